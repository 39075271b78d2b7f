import { isIPv6 } from 'node:net';
import { getCountries, getCountryCallingCode } from 'libphonenumber-js/min';
import type { Detection } from './types.js';
import { resolveSpans } from './overlaps.js';
import { cardIssuer, entropy, ibanValid, luhnValid, ssnValid } from './internal/checks.js';
import { isSecretKeyName } from './key-names.js';

/**
 * Names of the built-in detectors; pass a subset as `detectors` to `createRedactor()` to turn
 * some off.
 */
export const BUILTIN_DETECTORS = [
  'email', 'phone', 'card', 'iban', 'ssn', 'ip', 'secrets', 'health',
] as const;
export type BuiltinDetectorName = (typeof BUILTIN_DETECTORS)[number];

// Every pattern here is linear: one character class per run, bounded quantifiers, and no
// nested quantifier over an ambiguous alternation, so adversarial input cannot make V8's
// backtracking engine explode.

const isWordChar = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
const isDigit = (code: number) => code >= 48 && code <= 57;

// ---------------------------------------------------------------------------------------- email
const localChar = /[A-Za-z0-9._%+\-']/;
const domainPattern = /^[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}/;

function detectEmails(text: string, out: Detection[]): void {
  let at = text.indexOf('@');
  while (at !== -1) {
    let start = at;
    while (start > 0 && at - start < 64 && localChar.test(text[start - 1] ?? '')) start--;
    // A local part cannot start or end with a dot.
    while (start < at && text[start] === '.') start++;
    if (start < at && text[at - 1] !== '.') {
      const domain = domainPattern.exec(text.slice(at + 1, at + 1 + 300));
      if (domain) {
        const end = at + 1 + domain[0].length;
        if (!(end < text.length && (isWordChar(text.charCodeAt(end)) || text[end] === '-'))) {
          const value = text.slice(start, end);
          out.push({ start, end, type: 'EMAIL', class: 'pii.email', normalized: value.toLowerCase() });
          at = text.indexOf('@', end);
          continue;
        }
      }
    }
    at = text.indexOf('@', at + 1);
  }
}

// ----------------------------------------------------------------------------------------- card
const cardPattern = /(?<![\w.+\-])(?:\d[ -]?){11,18}\d(?![\w]|[.\-]\d)/g;

function detectCards(text: string, out: Detection[]): void {
  for (const match of text.matchAll(cardPattern)) {
    const raw = match[0];
    const hasSpace = raw.includes(' ');
    const hasDash = raw.includes('-');
    if (hasSpace && hasDash) continue;
    const digits = raw.replace(/[ -]/g, '');
    if (hasSpace || hasDash) {
      // Grouped numbers are written in groups of at least 4 (4-4-4-4, 4-6-5, 4-4-4-4-3).
      const groups = raw.split(/[ -]/);
      if (groups.some((group) => group.length < 4 && group !== groups[groups.length - 1])) continue;
      if ((groups[groups.length - 1]?.length ?? 0) < 3) continue;
    }
    if (!luhnValid(digits) || cardIssuer(digits) === undefined) continue;
    if (/^(\d)\1+$/.test(digits)) continue;
    const start = match.index;
    out.push({ start, end: start + raw.length, type: 'CARD', class: 'payment.card', normalized: digits });
  }
}

// ----------------------------------------------------------------------------------------- IBAN
const ibanCompact = /(?<![\w])[A-Za-z]{2}\d{2}[A-Za-z0-9]{11,30}(?![\w])/g;
const ibanSpaced = /(?<![\w])[A-Za-z]{2}\d{2}(?: [A-Za-z0-9]{4}){2,7}(?: [A-Za-z0-9]{1,3})?(?![\w])/g;

function detectIbans(text: string, out: Detection[]): void {
  for (const pattern of [ibanCompact, ibanSpaced]) {
    for (const match of text.matchAll(pattern)) {
      const compact = match[0].replace(/ /g, '').toUpperCase();
      if (!ibanValid(compact)) continue;
      out.push({ start: match.index, end: match.index + match[0].length, type: 'IBAN', class: 'financial.iban', normalized: compact });
    }
  }
}

// ------------------------------------------------------------------------------------------ SSN
const ssnSeparated = /(?<![\w\-.])(\d{3})([- ])(\d{2})\2(\d{4})(?![\w]|[\-.]\d)/g;
const ssnCompact = /(?<![\w\-.])\d{9}(?![\w]|[\-.]\d)/g;
const ssnContext = /\b(?:ssn|ssns|social security|soc\.? ?sec|taxpayer|tin)\b/i;

function detectSsns(text: string, out: Detection[]): void {
  for (const match of text.matchAll(ssnSeparated)) {
    const digits = `${match[1]}${match[3]}${match[4]}`;
    if (!ssnValid(digits)) continue;
    out.push({ start: match.index, end: match.index + match[0].length, type: 'SSN', class: 'pii.government_id', normalized: digits });
  }
  // Nine bare digits are an SSN only when the text says so.
  if (!ssnContext.test(text)) return;
  for (const match of text.matchAll(ssnCompact)) {
    if (!ssnValid(match[0])) continue;
    const window = text.slice(Math.max(0, match.index - 40), match.index);
    if (!ssnContext.test(window)) continue;
    out.push({ start: match.index, end: match.index + 9, type: 'SSN', class: 'pii.government_id', normalized: match[0] });
  }
}

// ------------------------------------------------------------------------------------------- IP
const ipv4Pattern = /(?<![\w.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\w]|\.\d)/g;
const ipv6Pattern = /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?:%[A-Za-z0-9]{1,16})?(?![\w:])/g;

function detectIps(text: string, out: Detection[], hasColon: boolean): void {
  for (const match of text.matchAll(ipv4Pattern)) {
    const octets = [match[1], match[2], match[3], match[4]].map((octet) => octet ?? '');
    if (octets.some((octet) => Number(octet) > 255 || (octet.length > 1 && octet[0] === '0'))) continue;
    const value = match[0];
    // Unspecified, loopback and broadcast addresses identify nobody.
    if (value === '0.0.0.0' || value === '255.255.255.255' || octets[0] === '127') continue;
    out.push({ start: match.index, end: match.index + value.length, type: 'IP', class: 'pii.ip_address', normalized: value });
  }
  if (!hasColon) return;
  for (const match of text.matchAll(ipv6Pattern)) {
    const value = match[0];
    const address = value.split('%')[0] ?? value;
    if (!isIPv6(address)) continue;
    // At least three groups or a compression with two groups: rules out `a::b`-like code tokens.
    const groups = address.split(':').filter((group) => group.length > 0);
    if (groups.length < 3 && !(address.includes('::') && groups.length >= 2)) continue;
    if (address === '::1' || address === '::') continue;
    out.push({ start: match.index, end: match.index + value.length, type: 'IP', class: 'pii.ip_address', normalized: address.toLowerCase() });
  }
}

// ---------------------------------------------------------------------------------------- phone
// A run of digits and phone punctuation, one character class, ending in a digit.
const phoneRun = /[+(]?\d[\d ().\-]{5,24}\d(?: ?(?:x|ext\.?|#) ?\d{1,6})?/g;
const phoneContext = /\b(?:phone|phones|tel|telephone|mobile|cell|cellphone|fax|call|calls|calling|called|text me|texts|sms|messages?|whatsapp|contact|reach|dial|desk|office|answering|ring)\b/i;
const dateLike = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$/;

let callingCodes: Set<string> | undefined;
function callingCodeOf(digits: string): string | undefined {
  callingCodes ??= new Set(getCountries().map((country) => getCountryCallingCode(country) as string));
  for (let length = 1; length <= 3; length++) {
    const prefix = digits.slice(0, length);
    if (callingCodes.has(prefix)) return prefix;
  }
  return undefined;
}

function phoneHasContext(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 48), start);
  const after = text.slice(end, end + 16);
  return phoneContext.test(before) || /^[\s\-,:]{0,3}(?:office|fax|mobile|cell|home|work|desk|phone|tel)\b/i.test(after);
}

function detectPhones(text: string, out: Detection[]): void {
  for (const match of text.matchAll(phoneRun)) {
    const raw = match[0];
    const start = match.index;
    // Unbalanced parentheses: not a phone number written by a person.
    const opens = (raw.match(/\(/g) ?? []).length;
    const closes = (raw.match(/\)/g) ?? []).length;
    if (opens !== closes) continue;
    const before = start > 0 ? text.charCodeAt(start - 1) : -1;
    if (before !== -1 && (isWordChar(before) || before === 46 || before === 43 || before === 45 || before === 47 || before === 58 || before === 64)) continue;
    const end = start + raw.length;
    const after = end < text.length ? text.charCodeAt(end) : -1;
    if (after !== -1 && (isWordChar(after) || after === 64 || after === 58 || after === 47)) continue;
    if ((after === 46 || after === 45) && isDigit(text.charCodeAt(end + 1))) continue;

    const extension = /(?: ?(?:x|ext\.?|#) ?\d{1,6})$/.exec(raw);
    const main = extension ? raw.slice(0, raw.length - extension[0].length) : raw;
    const international = main.startsWith('+') || main.startsWith('00');
    const digits = main.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) continue;
    if (/ {2,}|[.\-]{2,}|[ .\-][ .\-]/.test(main.replace(/\) /g, ')').replace(/ \(/g, '('))) continue;
    const groups = main.replace(/^\+/, '').split(/[ ().\-]+/).filter((group) => group.length > 0);
    if (dateLike.test(main) || /^\d{4}-\d{2}-\d{2}/.test(main)) continue;
    const separators = main.replace(/[\d+()]/g, '');
    const dotsOnly = separators.length > 0 && /^\.+$/.test(separators);
    if (dotsOnly && (groups.length === 2 || groups.some((group) => group.length < 2))) continue;
    if (/^(\d)\1+$/.test(digits)) continue;

    const singleDigitGroup = groups.some((group) => group.length === 1);
    // `12 345 678`: thousands grouping of a count; a phone only when the text says so.
    const thousands = groups.length >= 3 && (groups[0]?.length ?? 0) <= 3 && groups.slice(1).every((group) => group.length === 3) && !main.includes('(') && !/-/.test(separators);
    if (/\b(?:isbn|issn|zip|postal|postcode)\b/i.test(text.slice(Math.max(0, start - 24), start))) continue;

    // The SSN shape is left to the SSN rules (which reject invalid and sample numbers).
    if (/^\d{3}([- ])\d{2}\1\d{4}$/.test(main) && !phoneHasContext(text, start, end)) continue;

    let accepted: boolean;
    if (international) {
      // Country calling codes from libphonenumber's metadata; parsing every candidate with the
      // full library costs ~15 µs, this check well under one.
      const national = main.replace(/\(0\)/, '');
      const e164 = (national.startsWith('+') ? national.slice(1) : national.slice(2)).replace(/\D/g, '');
      const code = callingCodeOf(e164);
      if (code !== undefined && e164.length >= 8 && e164.length <= 15 && e164.length - code.length >= 4) {
        out.push({ start, end, type: 'PHONE', class: 'pii.phone', normalized: `+${e164}` });
      }
      continue;
    } else if (main.includes('(') || extension) {
      accepted = digits.length >= 7 && (groups.length >= 2);
    } else if (groups.length >= 3) {
      accepted = (digits.length >= 8 && !thousands && !singleDigitGroup) || phoneHasContext(text, start, end);
    } else if (groups.length === 2) {
      // 4+7, 3+7, 5+6: national formats; `17151 2450` (a house number and more) is not.
      accepted = digits.length >= 10 || (digits.length === 9 && (groups[0]?.length ?? 0) <= 4) || phoneHasContext(text, start, end);
    } else {
      accepted = digits.length >= 10 && digits.length <= 12 && phoneHasContext(text, start, end);
    }
    if (!accepted) continue;
    out.push({ start, end, type: 'PHONE', class: 'pii.phone', normalized: digits });
  }
}

// -------------------------------------------------------------------------------------- secrets
interface SecretRule {
  type: string;
  pattern: RegExp;
  /** Index of the capture group holding the secret; the whole match when absent. */
  group?: number;
  validate?: (value: string, text: string, index: number) => boolean;
}

const mixed = (value: string) => /[a-z]/.test(value) && /[A-Z]/.test(value) && /\d/.test(value);
const placeholder = /^(?:null|nil|none|undefined|true|false|empty|redacted|hidden|masked|secret|password|token|example|sample|test|string|your[_-]?\w*|x{3,}|\*+|\.+|-+|_+|#+|0+|\[.*\]|<.*>)$/i;
const isPlaceholder = (value: string) =>
  placeholder.test(value) || /^(.)\1*$/.test(value) || /^[$%]/.test(value) || value.startsWith('{{') || value.startsWith('${');

const secretRules: SecretRule[] = [
  { type: 'ANTHROPIC_KEY', pattern: /\bsk-ant-(?:api|admin|oat|sid)\d{2}-[A-Za-z0-9_\-]{20,300}/g },
  { type: 'OPENAI_KEY', pattern: /\bsk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_\-]{20,300}/g, validate: (value) => !value.startsWith('sk-ant-') && (value.includes('T3BlbkFJ') || (mixed(value) && entropy(value) > 3.5)) },
  { type: 'AWS_ACCESS_KEY', pattern: /\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b/g, validate: (value) => !/EXAMPLE$/.test(value) },
  {
    type: 'AWS_SECRET_KEY',
    pattern: /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g,
    validate: (value, text, index) =>
      mixed(value) && entropy(value) > 4 && !/EXAMPLEKEY$/.test(value) && /aws|secret|access.?key/i.test(text.slice(Math.max(0, index - 80), index)),
  },
  { type: 'GITHUB_TOKEN', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{50,255})\b/g },
  { type: 'GITLAB_TOKEN', pattern: /\b(?:glpat|gldt|glrt|glptt|glft|glsoat|glcbt|glimt|gloas|glagent)-[A-Za-z0-9_\-]{20,255}/g, validate: (value) => /\d/.test(value) || mixed(value) },
  { type: 'SLACK_TOKEN', pattern: /\bxox[abposre]-[A-Za-z0-9\-]{10,250}/g, validate: (value) => /\d/.test(value) },
  { type: 'SLACK_TOKEN', pattern: /\bxapp-\d-[A-Z0-9]{6,}-\d{6,}-[a-z0-9]{20,}/g },
  { type: 'SLACK_WEBHOOK', pattern: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/_\-]{20,200}/g },
  { type: 'STRIPE_KEY', pattern: /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,250}\b/g, validate: (value) => /\d/.test(value) },
  { type: 'STRIPE_KEY', pattern: /\bwhsec_[A-Za-z0-9]{24,250}\b/g },
  { type: 'JWT', pattern: /\beyJ[A-Za-z0-9_\-]{8,4096}\.eyJ[A-Za-z0-9_\-]{8,8192}\.[A-Za-z0-9_\-]{0,4096}/g },
  { type: 'BEARER_TOKEN', pattern: /\b[Bb]earer\s{1,4}([A-Za-z0-9\-._~+/]{8,4096}=*)/g, group: 1, validate: (value) => /\d/.test(value) && !isPlaceholder(value) },
  { type: 'BASIC_AUTH', pattern: /\bAuthorization["']?\s{0,3}[:=]\s{0,3}["']?(?:Basic|Digest|Token|Negotiate)\s{1,4}([A-Za-z0-9\-._~+/=,"]{8,4096})/gi, group: 1 },
  {
    type: 'URL_CREDENTIALS',
    pattern: /\b[A-Za-z][A-Za-z0-9+.\-]{1,20}:\/\/([^\s:@/?#]{0,256}:[^\s@/?#]{1,256})@/g,
    group: 1,
    validate: (value) => !isPlaceholder(value.slice(value.indexOf(':') + 1)),
  },
  {
    type: 'PASSWORD',
    // `name = value`, `name: value`, `"name": "value"`, `--name value`: the value is masked.
    pattern: /([A-Za-z0-9_.\-]{0,40}(?:password|passwd|pwd|passphrase|secret|token|api[_\-]?key|apikey|access[_\-]?key|auth[_\-]?key|private[_\-]?key|credentials?)[A-Za-z0-9_\-]{0,24})["']?\s{0,3}(?:=>|:=|=|:)\s{0,3}["']?([^\s"'`,;&<>{}()[\]]{3,512})/gi,
    group: 2,
    validate: (value, _text, _index) => !isPlaceholder(value) && !/^\d{1,5}$/.test(value),
  },
];

function detectPem(text: string, out: Detection[]): void {
  let from = 0;
  for (;;) {
    const begin = text.indexOf('-----BEGIN', from);
    if (begin === -1) return;
    const headerEnd = text.indexOf('-----', begin + 10);
    if (headerEnd === -1) return;
    const label = text.slice(begin + 10, headerEnd);
    if (label.length > 40 || !label.includes('PRIVATE KEY')) {
      from = headerEnd + 5;
      continue;
    }
    const endMarker = text.indexOf('-----END', headerEnd + 5);
    let end = text.length;
    if (endMarker !== -1) {
      const close = text.indexOf('-----', endMarker + 8);
      end = close === -1 ? text.length : close + 5;
    }
    out.push({ start: begin, end, type: 'PRIVATE_KEY', class: 'secret' });
    from = end;
  }
}

const secretPrefilter = /sk-|AKIA|ASIA|ABIA|ACCA|A3T|gh[pousr]_|github_pat_|gl[a-z]{2,6}-|xox|xapp-|hooks\.slack|_live_|_test_|whsec_|eyJ|[Bb]earer|authorization|:\/\/|pass|pwd|secret|token|api.?key|access.?key|auth.?key|private.?key|credential|aws/i;

function detectSecrets(text: string, out: Detection[], keyIsSecret: boolean): void {
  if (text.includes('-----BEGIN')) detectPem(text, out);
  if (!secretPrefilter.test(text)) return;
  for (const rule of secretRules) {
    for (const match of text.matchAll(rule.pattern)) {
      const value = rule.group === undefined ? match[0] : match[rule.group];
      if (value === undefined) continue;
      const offset = rule.group === undefined ? 0 : match[0].lastIndexOf(value);
      const start = match.index + offset;
      if (rule.type === 'PASSWORD') {
        const name = match[1] ?? '';
        if (!isSecretKeyName(name) && !keyIsSecret) continue;
      }
      if (rule.validate && !rule.validate(value, text, start)) continue;
      // Documentation placeholders (`ghp_xxxx...`, `sk-0000...`) have almost no entropy.
      if (value.length >= 16 && entropy(value) < 3) continue;
      out.push({ start, end: start + value.length, type: rule.type, class: 'secret' });
    }
  }
}

// --------------------------------------------------------------------------------------- health
const mrnPattern = /\b(?:MRN|medical record(?: number| no\.?| #)?|patient (?:id|number|no\.?)|chart (?:number|no\.?))\s{0,3}[:#]?\s{0,3}([A-Z]{0,3}-?\d{5,12})\b/gi;
const icdPattern = /(?<![\w.\-])([A-TV-Z]\d[0-9AB](?:\.[0-9A-TV-Z]{1,4})?)(?![\w]|\.\w|-\d)/g;
const icdContext = /\b(?:icd|icd-?10(?:-cm)?|diagnos[ie]s|diagnosed|dx|condition|code[sd]?)\b/i;
const medicalTerms = /\b(?:diagnos(?:is|es|ed|tic)|prognosis|medications?|prescri(?:ption|ptions|bed)|dosage|symptoms?|chemotherapy|radiotherapy|oncology|insulin|diabet(?:es|ic)|hypertension|HIV|AIDS|cancer|tumou?r|carcinoma|pregnan(?:t|cy)|allerg(?:y|ies|ic)|surgery|surgical|biopsy|mental health|depression|anxiety|schizophrenia|bipolar|psychiatric|clinical|lab results?|blood pressure|cholesterol|vaccinat(?:ion|ed)|immunization|discharge summary|treatment plan|treatments?|therapy|physician|inpatient|outpatient|patient (?:record|chart|history|name|id)|medical (?:record|history|condition)|health record|EHR|EMR|ICD-?10|hospital(?:ized|isation|ization)?)\b/i;

function detectHealth(text: string, out: Detection[], hasDigits: boolean): void {
  const term = medicalTerms.exec(text);
  if (term) out.push({ start: term.index, end: term.index + term[0].length, type: 'MEDICAL_TERM', class: 'phi', mask: false });
  if (!hasDigits) return;
  for (const match of text.matchAll(mrnPattern)) {
    const value = match[1] ?? '';
    const start = match.index + match[0].lastIndexOf(value);
    out.push({ start, end: start + value.length, type: 'MRN', class: 'phi', normalized: value.toUpperCase().replace('-', '') });
  }
  if (term || icdContext.test(text)) {
    for (const match of text.matchAll(icdPattern)) {
      const code = match[1] ?? '';
      // Undotted three-character codes need the word ICD or a diagnosis close by.
      if (!code.includes('.') && !icdContext.test(text.slice(Math.max(0, match.index - 40), match.index + 40)) && !medicalTerms.test(text.slice(Math.max(0, match.index - 60), match.index + 60))) continue;
      out.push({ start: match.index, end: match.index + code.length, type: 'ICD10', class: 'phi', normalized: code.toUpperCase() });
    }
  }
}

// ------------------------------------------------------------------------------------ dispatcher

/** Detection order decides who wins an overlap: earlier rules first, then longer spans. */
const priority: Record<string, number> = {
  PRIVATE_KEY: 0, JWT: 1, URL_CREDENTIALS: 1, SLACK_WEBHOOK: 1, ANTHROPIC_KEY: 2, OPENAI_KEY: 2, GITHUB_TOKEN: 2, GITLAB_TOKEN: 2,
  SLACK_TOKEN: 2, STRIPE_KEY: 2, AWS_ACCESS_KEY: 2, AWS_SECRET_KEY: 3, BEARER_TOKEN: 3, BASIC_AUTH: 3, PASSWORD: 4,
  EMAIL: 5, IBAN: 6, CARD: 7, SSN: 8, IP: 9, MRN: 10, PHONE: 11, ICD10: 12,
};

/**
 * Runs the enabled built-in detectors over one string. Cheap prefilters (an `@`, a digit, a
 * colon, a secret-ish word) decide which detectors run at all.
 */
export function detectBuiltin(text: string, enabled: ReadonlySet<string>, keyIsSecret = false): Detection[] {
  const out: Detection[] = [];
  const length = text.length;
  if (length < 3) return out;
  // One pass of character counts decides which detectors can possibly match.
  let digits = 0;
  let at = 0;
  let colons = 0;
  let dots = 0;
  let letters = 0;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) digits++;
    else if (code === 64) at++;
    else if (code === 58) colons++;
    else if (code === 46) dots++;
    else if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) letters++;
  }
  if (letters >= 3 || length >= 40) {
    if (enabled.has('secrets')) detectSecrets(text, out, keyIsSecret);
  } else if (keyIsSecret && enabled.has('secrets') && length >= 3) {
    detectSecrets(text, out, keyIsSecret);
  }
  if (at > 0 && enabled.has('email')) detectEmails(text, out);
  // ISO 8601 timestamps are everywhere in payloads and hold nothing to find.
  const timestamp = length <= 35 && isoTimestamp.test(text);
  if (digits >= 7 && !timestamp) {
    if (enabled.has('iban') && letters >= 2 && length >= 15) detectIbans(text, out);
    if (enabled.has('card') && digits >= 12) detectCards(text, out);
    if (enabled.has('ssn') && digits >= 9) detectSsns(text, out);
    if (enabled.has('phone')) detectPhones(text, out);
  }
  if (enabled.has('ip') && ((digits >= 4 && dots >= 3) || colons >= 2) && !timestamp) detectIps(text, out, colons >= 2);
  if (enabled.has('health') && letters >= 3) detectHealth(text, out, digits >= 3);
  return out;
}

const isoTimestamp = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Orders detections and drops those overlapping a higher-priority or longer one. */
export function resolveOverlaps(detections: Detection[]): Detection[] {
  return resolveSpans(detections, priorityOf);
}
const priorityOf = (type: string): number => priority[type] ?? 50;

/**
 * Finds the values the redactor would mask in one string, after overlap resolution, with the
 * built-in detectors only. For evaluations and for tools that need spans rather than tokens.
 *
 * @example
 * ```ts
 * detectSensitive('mail bob@example.com'); // [{ start: 5, end: 20, type: 'EMAIL', class: 'pii.email', ... }]
 * ```
 */
export function detectSensitive(text: string, options: { builtins?: readonly BuiltinDetectorName[] } = {}): Detection[] {
  return resolveOverlaps(detectBuiltin(text, new Set<string>(options.builtins ?? BUILTIN_DETECTORS)));
}
