import type { Detection } from './types.js';

// Extent of a secret assignment's value (`password = …`, `"secret": "…"`, `Password=…;`).
//
// A quoted value extends to its closing quote (spaces, `&`, `;`, `,` included), also when the
// quote is escaped any number of times (`\"`, `\\\"`: JSON inside JSON strings). An unquoted
// value extends to whitespace or the end of the text, except where a key=value grammar (ADO
// connection strings `;Name=`, query strings `&name=`, cookies `; name=`, `, name:`) starts the
// next pair: its separator ends the value. When unsure, more is masked, not less. Bounded: at
// most 512 characters of value and 64 of look-ahead per separator, so linear in the text.

const MAX_VALUE = 512;
const nextPair = /\s{0,2}[A-Za-z_][\w.\-]{0,63}\s{0,2}[=:]/y;

const isSpace = (code: number) => code <= 32 || code === 0x85 || code === 0xa0 || code === 0x2028 || code === 0x2029;

/** [start, end) of the value that begins at `from` (after the `=` / `:`), or undefined. */
export function assignmentValue(text: string, from: number): [number, number] | undefined {
  let slashes = 0;
  while (slashes < 16 && text.charCodeAt(from + slashes) === 92) slashes++;
  const quote = text[from + slashes];
  if (quote === '"' || quote === "'" || quote === '`') {
    const closing = text.slice(from, from + slashes + 1);
    const start = from + slashes + 1;
    const limit = Math.min(text.length, start + MAX_VALUE);
    let close = text.indexOf(closing, start);
    // A quote escaped once more than the opening one is part of the value.
    while (close !== -1 && close < limit && close > start && text.charCodeAt(close - 1) === 92) close = text.indexOf(closing, close + 1);
    if (close === -1 || close > limit) {
      // No closing quote nearby: mask to the end of the line (bounded).
      const newline = text.indexOf('\n', start);
      close = newline === -1 || newline > limit ? limit : newline;
    }
    return close > start ? [start, close] : undefined;
  }
  if (slashes > 0) return undefined;
  const start = from;
  const first = text[start];
  if (first === undefined || first === '{' || first === '[') return undefined;
  const limit = Math.min(text.length, start + MAX_VALUE);
  let end = start;
  for (; end < limit; end++) {
    const code = text.charCodeAt(end);
    if (isSpace(code) || code === 34 /* " */) break;
    if (code === 92 /* \ */ && text.charCodeAt(end + 1) === 34) break;
    if (code === 60 /* < */ && text.charCodeAt(end + 1) === 47 /* / */) break; // `</tag>`
    if (code === 59 /* ; */ || code === 38 /* & */ || code === 44 /* , */) {
      nextPair.lastIndex = end + 1;
      if (nextPair.test(text)) break;
    }
  }
  // Trailing closers without their opener in the value belong to the surrounding text.
  for (;;) {
    const last = text[end - 1];
    const opener = last === ')' ? '(' : last === ']' ? '[' : last === '}' ? '{' : last === '>' ? '<' : undefined;
    if (opener !== undefined && !text.slice(start, end).includes(opener)) end--;
    else if (last === ',' || last === ';' || last === "'" || last === '`') end--;
    else break;
    if (end <= start) return undefined;
  }
  return end > start ? [start, end] : undefined;
}

// ------------------------------------------------------- secrets outside `name = value` forms

interface Found {
  start: number;
  end: number;
  type: string;
}

/** Fixed-prefix token families (gitleaks / secretlint shapes). */
const tokenFamilies: Array<[string, RegExp]> = [
  ['GOOGLE_OAUTH_TOKEN', /\bya29\.[A-Za-z0-9_\-]{20,2048}/g],
  ['DIGITALOCEAN_TOKEN', /\bdo[opr]_v1_[a-f0-9]{64}\b/g],
  ['PYPI_TOKEN', /\bpypi-[A-Za-z0-9_\-]{50,512}/g],
  ['SQUARE_TOKEN', /\bsq0(?:atp|csp|idp)-[A-Za-z0-9_\-]{22,64}/g],
  ['FACEBOOK_TOKEN', /\bEAACEdEose0cBA[A-Za-z0-9]{20,512}/g],
];
/** Command-line flags whose next word (or `=value`) is a secret. */
const longFlag = /(?:^|\s)--(?:password|passwd|pass|token|auth-token|access-token|api-key|apikey|secret|client-secret|private-key-passphrase|passphrase)(?:=|\s{1,4})(["']?)([^\s"']{3,512})/gi;
/** `-p<password>` glued (mysql family), `-p <password>` after a registry login. */
const shortFlag = /(?:^|\s)-p(\s{1,4})?([^\s"'\-][^\s"']{2,255})/g;
// The line before the match, which ends before the space of ` -p`: `mysql -pX` ends in `mysql`.
const mysqlContext = /\b(?:mysql\w{0,10}|mariadb\w{0,10})(?:\s|$)/;
const loginContext = /\b(?:docker|podman|buildah|skopeo|nerdctl|helm registry|oras)\s{1,4}login\b/;
/** Prose: `my wifi password is W1nter-Fox-89`, `passcode: …` handled by assignments. */
const prose = /\b(?:password|passphrase|passcode|passwort|pin(?: code)?|pwd)\s{1,3}(?:is|was|is now|will be|changed to|set to|reset to)\s{1,3}["'“‘]?([^\s"'”’]{4,256})/gi;
const xmlElement = /<((?:[A-Za-z_][\w.\-]{0,40}:)?(?:password|passwd|pass|secret|token|api[_\-]?key|apikey|client[_\-]?secret|access[_\-]?token|private[_\-]?key))\b[^<>]{0,200}>([^<]{1,4096})<\/\1\s{0,3}>/gi;
const pgpassLine = /^[^:\s#][^:\s]{0,254}:(?:\d{1,5}|\*):[^:\s]{1,255}:[^:\s]{1,255}:(\S{1,512})$/gm;
const cookieHeader = /\b(?:Set-)?Cookie\s{0,3}:[ \t]{0,3}([^\r\n]{1,8192})/gi;
const cookieAttributes = new Set(['path', 'domain', 'expires', 'max-age', 'samesite', 'secure', 'httponly', 'priority', 'partitioned', 'version', 'comment']);
const shortQueryKey = /[?&;](auth|pass|passcode|pin|key)=([^&\s#"'<>]{3,4096})/gi;
const awsKeyId = /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g;
const awsSecretNearby = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;

const looksSecret = (value: string) => /\d/.test(value) || (/[a-z]/.test(value) && /[A-Z]/.test(value)) || /[^A-Za-z]/.test(value);
/** Trailing punctuation ends the sentence, except the `!`s right after the value (`Winter2024!`); punctuation alone stays. */
const trimTrailing = (value: string) => value.replace(/[.,;:!?)\]}>]+$/, (tail) => (tail.length === value.length ? tail : (/^!*/.exec(tail)?.[0] ?? '')));

function lineAround(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index) + 1;
  return text.slice(Math.max(start, index - 200), index);
}

export const otherPrefilter = /ya29\.|do[opr]_v1_|pypi-|sq0|EAACEdEose0cBA|--|-p|pass|pwd|pin|secret|token|key|cookie|auth|AKIA|ASIA|:\d{1,5}:|:\*:/i;

/**
 * Secrets written other than as `name = value`: fixed-prefix token families, command-line flags,
 * prose, XML elements, `.pgpass` lines, every Cookie/Set-Cookie value, `?auth=` style query
 * parameters, and the 40-character secret on the line of an AWS key id. Linear: every pattern is
 * anchored on a literal and bounded.
 */
export function detectOtherSecrets(text: string, out: Detection[], isPlaceholder: (value: string) => boolean): void {
  if (!otherPrefilter.test(text)) return;
  const found: Found[] = [];
  const push = (start: number, value: string, type: string) => {
    if (value.length >= 3 && !isPlaceholder(value)) found.push({ start, end: start + value.length, type });
  };
  for (const [type, pattern] of tokenFamilies) for (const m of text.matchAll(pattern)) push(m.index, m[0], type);
  for (const m of text.matchAll(longFlag)) {
    const value = m[2] ?? '';
    if (value.startsWith('-')) continue;
    push(m.index + m[0].length - value.length, value, 'PASSWORD');
  }
  if (text.includes('-p')) {
    for (const m of text.matchAll(shortFlag)) {
      const value = m[2] ?? '';
      const before = lineAround(text, m.index);
      const spaced = m[1] !== undefined;
      if (spaced ? !loginContext.test(before) : !mysqlContext.test(before)) continue;
      push(m.index + m[0].length - value.length, value, 'PASSWORD');
    }
  }
  for (const m of text.matchAll(prose)) {
    const value = trimTrailing(m[1] ?? '');
    if (!looksSecret(value)) continue;
    push(m.index + m[0].length - (m[1] ?? '').length, value, 'PASSWORD');
  }
  if (text.includes('<')) {
    for (const m of text.matchAll(xmlElement)) {
      const raw = m[2] ?? '';
      const value = raw.trim();
      if (value === '') continue;
      push(m.index + m[0].indexOf('>') + 1 + raw.indexOf(value), value, 'PASSWORD');
    }
  }
  if (text.includes(':')) for (const m of text.matchAll(pgpassLine)) push(m.index + m[0].length - (m[1] ?? '').length, m[1] ?? '', 'PASSWORD');
  if (/cookie/i.test(text)) {
    for (const m of text.matchAll(cookieHeader)) {
      const header = m[1] ?? '';
      const base = m.index + m[0].length - header.length;
      let offset = 0;
      for (const part of header.split(';')) {
        const eq = part.indexOf('=');
        const name = part.slice(0, eq).trim().toLowerCase();
        const value = eq === -1 ? '' : part.slice(eq + 1).trim();
        if (eq !== -1 && value !== '' && !cookieAttributes.has(name)) push(base + offset + part.indexOf(value, eq + 1), value, 'SESSION_COOKIE');
        offset += part.length + 1;
      }
    }
  }
  if (text.includes('=')) {
    for (const m of text.matchAll(shortQueryKey)) {
      const value = m[2] ?? '';
      if (m[1]?.toLowerCase() === 'key' && !(value.length >= 12 && /\d/.test(value) && /[A-Za-z]/.test(value))) continue;
      push(m.index + m[0].length - value.length, value, 'URL_SECRET');
    }
  }
  for (const m of text.matchAll(awsKeyId)) {
    const lineEnd = text.indexOf('\n', m.index);
    const stop = Math.min(lineEnd === -1 ? text.length : lineEnd, m.index + 300);
    const from = m.index + m[0].length;
    for (const s of text.slice(from, stop).matchAll(awsSecretNearby)) {
      if (/\d/.test(s[0]) && /[a-z]/.test(s[0]) && /[A-Z]/.test(s[0])) push(from + s.index, s[0], 'AWS_SECRET_KEY');
    }
  }
  for (const f of found) out.push({ start: f.start, end: f.end, type: f.type, class: 'secret' });
}
