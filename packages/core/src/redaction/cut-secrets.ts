import type { Detection } from './types.js';
import { entropy } from './internal/checks.js';
import { PREFIXED_TOKEN_FAMILIES } from './provider-tokens.js';

// ------------------------------------------------------------------ secrets cut at a string's end
// Secrets streamed over chunks (L7 of the fifteenth probe, 2026-12-05h; issue 11): a model's answer
// streamed as one `model.response` event per chunk cut a Slack bot token after
// `xoxb-123456789012-12345678` (masked as a shorter SLACK_TOKEN; the next chunk's `90123-AbCd…`
// stayed raw), an `sk-proj-` key and a `ghp_` token inside their bodies (both chunks raw: neither
// part is long enough for its rule). A string whose last run of token characters starts with a
// known secret prefix and a random-looking body is masked as that secret (a fragment of a key is
// secret), and the redactor carries such an end, or one that is a prefix cut short (`gh` of
// `ghp_`), so the next chunk's continuation is joined and masked as the whole secret
// (redactor.ts noteEnd, continuedSpans).
//
// One table of prefixes: the provider families of provider-tokens.ts, read from their gates (the
// literal start of each pattern), and the prefixes of detectors.ts' and secrets.ts' own rules,
// written in the same notation (a literal, `\\.`, a class of letters `[pousr]`, an alternation of
// literals `(?:live|test)`), with the type each rule gives.
const RULE_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['sk-ant-', 'ANTHROPIC_KEY'],
  ['sk-(?:proj|svcacct|admin|None)-', 'OPENAI_KEY'],
  ['sk-', 'OPENAI_KEY'],
  ['gh[pousr]_', 'GITHUB_TOKEN'],
  ['github_pat_', 'GITHUB_TOKEN'],
  ['(?:AKIA|ASIA)', 'AWS_ACCESS_KEY'],
  ['AIza', 'GCP_API_KEY'],
  ['hf_', 'HUGGINGFACE_TOKEN'],
  ['npm_', 'NPM_TOKEN'],
  ['SG\\.', 'SENDGRID_KEY'],
  ['shp(?:pa|ca|at|ss)_', 'SHOPIFY_TOKEN'],
  ['lin_api_', 'LINEAR_KEY'],
  ['gl(?:pat|dt|rt|ptt|ft|soat|cbt|imt|oas|agent)-', 'GITLAB_TOKEN'],
  ['xox[abposre]-', 'SLACK_TOKEN'],
  ['xapp-', 'SLACK_TOKEN'],
  ['(?:sk|rk)_(?:live|test)_', 'STRIPE_KEY'],
  ['whsec_', 'STRIPE_KEY'],
  ['eyJ', 'JWT'],
  ['GOCSPX-', 'GOOGLE_OAUTH_CLIENT_SECRET'],
  ['hv[sbr]\\.', 'VAULT_TOKEN'],
  ['PMAK-', 'POSTMAN_KEY'],
  ['dp\\.(?:pt|st|sa|ct)\\.', 'DOPPLER_TOKEN'],
  ['ya29\\.', 'GOOGLE_OAUTH_TOKEN'],
  ['do[opr]_v1_', 'DIGITALOCEAN_TOKEN'],
  ['pypi-', 'PYPI_TOKEN'],
  ['sq0(?:atp|csp|idp)-', 'SQUARE_TOKEN'],
];

/**
 * The literal spellings of a prefix written as above; none when the source holds anything else
 * (a quantifier, a range, `\\d`): such a gate is no fixed prefix.
 */
export function prefixSpellings(source: string): string[] {
  let spellings = [''];
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    let options: string[];
    if (c === '\\') {
      const next = source[i + 1];
      if (next === undefined || /[A-Za-z0-9]/.test(next)) return [];
      options = [next];
      i += 2;
    } else if (c === '[') {
      const close = source.indexOf(']', i);
      const inside = source.slice(i + 1, close);
      if (close === -1 || !/^[A-Za-z0-9]+$/.test(inside)) return [];
      options = [...inside];
      i = close + 1;
    } else if (source.startsWith('(?:', i)) {
      const close = source.indexOf(')', i);
      const inside = source.slice(i + 3, close);
      if (close === -1 || !/^[A-Za-z0-9]+(?:\|[A-Za-z0-9]+)*$/.test(inside)) return [];
      options = inside.split('|');
      i = close + 1;
    } else if (/[A-Za-z0-9_\-]/.test(c)) {
      options = [c];
      i++;
    } else {
      return [];
    }
    spellings = spellings.flatMap((head) => options.map((option) => head + option));
  }
  return spellings;
}

interface SecretPrefix {
  prefix: string;
  type: string;
}

/** The prefixes by their first two characters, the longest first. */
const byHead = new Map<string, SecretPrefix[]>();
{
  // A family counts when its pattern starts at its gate, after `\b`: the gate itself (`\bgsk_…`) or an
  // alternation of its spellings (`\b(?:NRAK-…|NRII-…|NRJS-…)`, `\b(?:sntrys_…|sntryu_…)`: New Relic's and
  // Sentry's, left out before 2026-12-05's Stryker run). Others' gates are a part inside the token
  // (`:APA91b`, `-us\d`) or after a look-behind (`1//0`, Discord's `.xxxxxx.`, Zapier's URL).
  const families = PREFIXED_TOKEN_FAMILIES.filter((family) => family.pattern.source.startsWith('\\b')).map((family): readonly [string, string] => [family.gate, family.type]);
  for (const [source, type] of [...RULE_PREFIXES, ...families]) {
    for (const prefix of prefixSpellings(source)) {
      if (prefix.length < 3 || !/^[A-Za-z0-9_.\-]+$/.test(prefix)) continue;
      const head = prefix.slice(0, 2);
      const list = byHead.get(head) ?? [];
      if (!list.some((known) => known.prefix === prefix)) list.push({ prefix, type });
      byHead.set(head, list);
    }
  }
  for (const list of byHead.values()) list.sort((a, b) => b.prefix.length - a.prefix.length);
}

/** Characters of a token's run: letters, digits, `_`, `-`, `.` (`SG.…`, `hvs.…`, a JWT's parts). */
const isRunCode = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45 || code === 46;
const isSeparatorCode = (code: number): boolean => code === 95 || code === 45 || code === 46;
/** Longest run read back from a string's end: longer ones are no token this reads (a JWT is at most a few kilobytes). */
const MAX_RUN = 8192;
/** Shortest body read as a secret's fragment (fewer characters are no key's, and are kept only to be joined). */
const MIN_BODY = 10;

/** Where the run of token characters ending at `end` starts (`end` when there is none; -1 when it is longer than MAX_RUN). */
function runStartBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && isRunCode(text.charCodeAt(start - 1))) {
    if (end - start >= MAX_RUN) return -1;
    start--;
  }
  return start;
}

/** The longest known prefix `text` holds at `at`. */
function prefixAt(text: string, at: number): SecretPrefix | undefined {
  const list = byHead.get(text.slice(at, at + 2));
  if (list === undefined) return undefined;
  for (const known of list) if (text.startsWith(known.prefix, at)) return known;
  return undefined;
}

/** `text.slice(at, end)` (two characters or more) is the start of a known prefix, cut short (`gh` of `ghp_`, `sk-pr` of `sk-proj-`). */
function partialPrefixAt(text: string, at: number, end: number): boolean {
  if (end - at < 2) return false;
  const list = byHead.get(text.slice(at, at + 2));
  if (list === undefined) return false;
  const part = text.slice(at, end);
  return list.some((known) => known.prefix.length > part.length && known.prefix.startsWith(part));
}

/**
 * A body that reads as a random token's (cut short or not): MIN_BODY or more characters, a capital
 * and a small letter or a digit, more than 3 bits of entropy per character, and not words or
 * numbers joined by `_`, `-` or `.` (`config_cache_dir`, `Learn-Docs2024`). A body with no capital
 * is left to the rules: hex runs and UUIDs after `sk-` are ids and hashes as often
 * (`sk-0e6f44a47a05f1dad2ad`, `sk-<uuid>`, provider-hex-keys.test.ts), and read cut short they would
 * be masked at every string's end. Separators at its end are no part of it.
 */
function randomCutBody(body: string): boolean {
  let end = body.length;
  while (end > 0 && isSeparatorCode(body.charCodeAt(end - 1))) end--;
  if (end < MIN_BODY) return false;
  const value = body.slice(0, end);
  if (!/[A-Z]/.test(value) || !/[a-z\d]/.test(value) || entropy(value) <= 3) return false;
  const parts = value.split(/[_.\-]/);
  return parts.length === 1 || !parts.every((part) => WORD_PART.test(part));
}
/**
 * The body after `known` reads as its secret's: randomCutBody, no documentation placeholder in it
 * (AWS's `AKIAIOSFODNN7EXAMPLE`, `xxxx`), and for a JWT its payload begun (`….eyJ`: a header
 * alone, `eyJhbGciOiJIUzI1NiJ9`, or a header and short parts is no token's).
 */
function cutSecretBody(known: SecretPrefix, body: string): boolean {
  if (!randomCutBody(body) || PLACEHOLDER_PART.test(body)) return false;
  return known.type !== 'JWT' || body.includes('.eyJ');
}
const PLACEHOLDER_PART = /example|x{4}|\*{3}/i;
/** A part of words joined by separators: a word, a number, or a word and a number (`docs2024`, `api03`, `V2`). */
const WORD_PART = /^(?:[A-Z]?[a-z]*\d*|[A-Z]*\d*)$/;

/**
 * A secret cut short at the string's very end: the last run of token characters starts with a
 * known prefix and holds a random-looking body (`…your token is ghp_AbCdEfGhIjKlMnOp`), masked
 * as the prefix's secret (separators at the end left out). Reads the string's end only: the run
 * back from the last character (at most MAX_RUN) and one look-up of its first two characters.
 */
export function detectCutSecret(text: string, out: Detection[]): void {
  const n = text.length;
  if (n < MIN_BODY + 3 || !isRunCode(text.charCodeAt(n - 1))) return;
  const start = runStartBefore(text, n);
  if (start < 0 || n - start < MIN_BODY + 3) return;
  const known = prefixAt(text, start);
  if (known === undefined || !cutSecretBody(known, text.slice(start + known.prefix.length))) return;
  let end = n;
  while (isSeparatorCode(text.charCodeAt(end - 1))) end--;
  // The prefix's rule read the whole run already (a whole token, not cut): its span is the one kept.
  for (const found of out) if (found.type === known.type && found.start <= start && found.end >= end) return;
  out.push({ start, end, type: known.type, class: 'secret' });
}

/**
 * The end of `text` to carry to the session's next chunk when it may be a secret cut short: its
 * last run of token characters starts with a known prefix (a body after it or none) or is the
 * start of one (`gh`); undefined otherwise. The run alone (no prose before it), at most `max`
 * characters: for a longer run its prefix and its last characters (the join then reads the
 * prefix and the type; the pseudonym is no longer the whole token's).
 */
export function cutSecretEnd(text: string, max: number): string | undefined {
  const n = text.length;
  if (n < 2 || !isRunCode(text.charCodeAt(n - 1))) return undefined;
  const start = runStartBefore(text, n);
  if (start < 0 || n - start < 2) return undefined;
  const known = prefixAt(text, start);
  if (known === undefined && !partialPrefixAt(text, start, n)) return undefined;
  if (n - start <= max) return text.slice(start);
  return known === undefined ? undefined : known.prefix + text.slice(n - (max - known.prefix.length));
}

/** A secret begun at the end of `tail` (a kept end) and going on at the start of `text`: the run's end in `text`, its type and the whole run. */
export interface SeamSecret {
  end: number;
  type: string;
  whole: string;
}

/**
 * The secret that `tail`'s last run and `text`'s first run make together (`ghp_AbCd…` + `QrSt…`,
 * `gh` + `p_AbCd…`), when the joined run starts with a known prefix and a random-looking body.
 * Reads `text`'s first run only (at most MAX_RUN characters), however long: a token longer than
 * the window a join reads is masked to its end.
 */
export function secretAcrossSeam(tail: string, text: string): SeamSecret | undefined {
  if (tail.length === 0 || !isRunCode(tail.charCodeAt(tail.length - 1)) || text.length === 0 || !isRunCode(text.charCodeAt(0))) return undefined;
  const start = runStartBefore(tail, tail.length);
  if (start < 0) return undefined;
  let end = 0;
  while (end < text.length && end < MAX_RUN && isRunCode(text.charCodeAt(end))) end++;
  while (end > 0 && isSeparatorCode(text.charCodeAt(end - 1))) end--;
  if (end === 0) return undefined;
  const whole = tail.slice(start) + text.slice(0, end);
  const known = prefixAt(whole, 0);
  if (known === undefined || !cutSecretBody(known, whole.slice(known.prefix.length))) return undefined;
  return { end, type: known.type, whole };
}

/**
 * cutSecretEnd over a chunk that is one run of token characters from its start to its end, read
 * after the end kept before it (`before`): a token cut over three chunks (`ghp_AbCd` + `EfGh…` +
 * `…789 ok`) is carried on from the middle one. Undefined for a chunk holding any other character.
 */
export function cutSecretEndAfter(before: string, text: string, max: number): string | undefined {
  if (text.length === 0 || text.length > MAX_RUN) return undefined;
  for (let i = 0; i < text.length; i++) if (!isRunCode(text.charCodeAt(i))) return undefined;
  return cutSecretEnd(before + text, max);
}
