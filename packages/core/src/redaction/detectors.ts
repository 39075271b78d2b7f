import { detectProseCategories, detectSpecialCategories } from './special-categories.js';
import { isIPv6 } from 'node:net';
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { Detection } from './types.js';
import { resolveSpans } from './overlaps.js';
import { basicCredentials, cardIssuer, eachMatch, entropy, ibanLength, ibanValid, luhnValid, randomHex, ssnValid } from './internal/checks.js';
import { aNumberPhone, personRoleValue, CUSTOMER_NOT_NAMES, withoutAccents, columnKinds, type ColumnKind, NUMBER_KIND_DETECTIONS, DEFAULT_IDENTITY_KEYS, DEFAULT_PERSON_KEYS, EXACT_SECRET_KEYS, governmentIdKey, governmentIdType, governmentIdValue, identityKeyType, isDobKeyName, isGenericNameKey, isPersonalSiblingKey, isRandomToken, isSecretKeyName, isTokenKeyName, isWorkingDirectory, storageKeyName, storageKeyValue, type GovernmentIdKey, matchKeyName, namesSecret, normalizeKeyName, numberKeyKind, type NumberKeyKind } from './key-names.js';
import { detectDottedNames } from './dotted-names.js';
import { detectFileNameBirthDates, detectFileNamePersons } from './file-name-persons.js';
import { detectUrlNames } from './url-names.js';
import { detectStatementPayees } from './statement-payees.js';
import { detectHanNames, detectPersons, detectSpelledNames, firmLikeName, isListedFirm, isListedPersonName, isLowerNameWord, isOrganizationValue, isRecordNameWord, personNormalForm, trimPersonTitles } from './names.js';
import { detectScriptNames } from './script-names.js';
import { dropScriptFirms } from './script-firms.js';
import { detectContextNames, dropContextNonPersons } from './name-contexts.js';
import { detectAddresses, homeOnBefore, homeOnWord } from './addresses.js';
import { detectArabicAddresses, detectCuedLowerStreets, detectIntlAddresses, detectLabelledStreets, detectLatinAmericanStreets, detectLatinAsianAddresses, detectPrepositionAndTurkishStreets } from './addresses-intl.js';
import { detectMrz } from './mrz.js';
import { detectAirlineDocs } from './airline.js';
import { detectWalletKeys } from './wallet-keys.js';
import { detectCryptoAddresses } from './crypto-addresses.js';
import { detectPartialAccounts } from './partial-accounts.js';
import { detectCompensation } from './compensation.js';
import { detectProviderTokens, randomBody } from './provider-tokens.js';
import { detectCutSecret } from './cut-secrets.js';
import { detectKeyFiles } from './key-files.js';
import { detectPasswordForms } from './password-forms.js';
import { detectPasswordVerbs } from './password-verbs.js';
import { detectOAuthCodes } from './oauth-codes.js';
import { argvSecretSpans, detectArgvInText, type ArgvSpan } from './argv.js';
import { detectSeedPhrases } from './seed-phrases.js';
import { detectCdaValues, detectXmlValues } from './xml-values.js';
import { detectLabelledPostcodes } from './postcodes.js';
import { detectMicrAccounts, detectPaymentAccounts, mayHoldMicr } from './payments.js';
import { detectBareImeis, detectBareSimIds, detectCommercialIds, mayHoldCommercialLabel } from './commercial-ids.js';
import { detectKeyDetails, pushColumnValue } from './pg-details.js';
import { MAX_STATEMENT, mayHoldLoggedBinds, mayHoldSqlLiterals, sqlBinds, sqlLiteralColumns, sqlLogBinds } from './sql-binds.js';
import { awsQueryAround } from './identifiers.js';
import { assignmentValue, detectOtherSecrets, otherPrefilter } from './secrets.js';
import { detectMistypedEmails, detectObfuscatedEmails } from './obfuscated-emails.js';
import { detectCredentialFiles } from './credential-files.js';
import { detectCallCredentials } from './call-credentials.js';
import { detectUnknownUserPasswords } from './unknown-users.js';
import { detectAccountIdCookies, detectSessionCookiePairs } from './cookies.js';
import { isSeparator, MAX_SEPARATOR } from './internal/separators.js';
import { type TextView, TextViewWriter } from './internal/text-view.js';
import { layoutGate, type LayoutView, layoutView, touchesRewrite } from './layout-view.js';
import { countCharacter, includesBy } from './internal/chars.js';
import { gatedTest, minMatchLength } from './internal/prefilter.js';
import { indexOfWithin, lineEndUntil, lineStartFrom } from './internal/lines.js';
import { type SpanReach, spanReach } from './internal/span-reach.js';
import { detectHealthIds } from './health-ids.js';
import { detectBai2, detectBankMessages, mayHoldBai2 } from './bank-messages.js';
import { detectDicom } from './dicom.js';
import { detectEdi } from './edi.js';
import { detectNcpdp } from './ncpdp.js';
import { encodedTextView, mayHoldDecodableRun, mayHoldEncodedText, mayHoldHexPairs } from './encoded-text.js';
import { detectHl7 } from './hl7.js';
import { detectPhoneWords, detectSpokenHouseNumbers } from './phone-words.js';
import { spokenDateAt } from './spoken-dates.js';
import { detectIndianPans, detectNationalIds } from './national-ids.js';
import { detectMacAddresses } from './mac-addresses.js';
import { detectAccountNames, detectHandles } from './account-names.js';
import { detectTerraformSecrets } from './terraform-secrets.js';
import { detectCrewLists } from './crew-lists.js';
import { detectGedcom, dropGedcomTagNames, gedcomCue } from './gedcom.js';

/**
 * Names of the built-in detectors; pass a subset as `detectors` to `createRedactor()` to turn
 * some off.
 */
export const BUILTIN_DETECTORS = [
  'email', 'phone', 'card', 'iban', 'ssn', 'ip', 'secrets', 'health', 'person', 'address', 'special',
] as const;
export type BuiltinDetectorName = (typeof BUILTIN_DETECTORS)[number];

// Every pattern here is linear: one character class per run, bounded quantifiers, and no
// nested quantifier over an ambiguous alternation, so adversarial input cannot make V8's
// backtracking engine explode.

const isWordChar = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
const isDigit = (code: number) => code >= 48 && code <= 57;

// ---------------------------------------------------------------------------------------- email
// Unicode letters and digits (EAI local parts `jürgen.weiß@`, IDN domains `bücher.de`, `почта.рф`).
const localChar = /[\p{L}\p{M}\p{N}._%+\-']/u;
/** The start of an unquoted local part ending before `at`, or -1 (none, or one that ends with a dot). */
function localStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && at - start < 64 && localChar.test(text[start - 1] ?? '')) start--;
  while (start < at && (text[start] === '.' || text[start] === "'" || text[start] === '`')) start++;
  return start < at && text[at - 1] !== '.' ? start : -1;
}
// Sticky: matched in place after each `@` (no copy of the text that follows it).
const domainPattern = /[\p{L}\p{M}\p{N}-]{1,63}(?:\.[\p{L}\p{M}\p{N}-]{1,63}){0,8}\.(?:xn--[A-Za-z0-9-]{2,59}|[\p{L}\p{M}]{2,24})/uy;

// An IP-literal domain (RFC 5321 §4.1.3): `[192.0.2.14]`, `[IPv6:2001:db8::1]`, sticky after the `@`.
const ipLiteralDomain = /\[(?:\d{1,3}(?:\.\d{1,3}){3}|IPv6:[0-9A-Fa-f:.]{2,45})\]/y;

/**
 * The start of a quoted local part (RFC 5322 §3.4.1: `"qxaro.vlintuk"@`, `"qxaro vlintuk"@`,
 * `"q.v\"x"@`) whose closing quote is at `close` (just before the `@`), or -1: up to 64 characters
 * other than a quote, a backslash or a line break, or a backslash and the character it quotes; the
 * opening quote not right after a letter, a digit or `_`.
 */
function quotedLocalStart(text: string, close: number): number {
  let i = close - 1;
  const floor = Math.max(0, close - 66);
  while (i >= floor) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return -1;
    // The opening quote starts a word: after a letter, digit or `_` it closes a string before
    // (`[type eq "work"].value co "@example.com"`: the K6 filter of 2026-12-04e read as an address).
    if (c === 34 && text.charCodeAt(i - 1) !== 92) return i < close - 1 && (i === 0 || !/[\p{L}\p{N}_]/u.test(text[i - 1] as string)) ? i : -1;
    i--;
  }
  return -1;
}

/**
 * A header line that holds message ids, not addresses (O8 of the probe of 2026-12-05e): RFC 5322
 * `Message-ID`, `In-Reply-To`, `References` (and `Resent-`, `X-Original-` forms), RFC 2392
 * `Content-ID`, at the start of a line (sticky at it), in any case; and iCalendar's `UID:` (RFC 5545
 * §3.8.4.7), in capitals as calendars write it (LDIF's lower-case `uid:` names an account).
 */
const MESSAGE_ID_HEADER = /[ \t]*(?:(?:resent-|x-(?:original-)?|original-)?message-?id|in-reply-to|references|content-id)[ \t]*:/iy;
const EVENT_UID = /[ \t]*UID[ \t]*:/y;

/**
 * For each `@` asked about (in increasing order), whether it is on a line of message ids
 * (MESSAGE_ID_HEADER, 1: an id there is in angle brackets, `<local@host>`, RFC 5322 §3.6.4; a bare
 * address after `References:` in a CV stays an address) or of an event's id (EVENT_UID, 2), else 0;
 * a line folded under such a header (its continuation starts with a blank, RFC 5322 §2.2.3) too. The
 * line breaks are walked once over the calls: linear in the text.
 */
function messageIdLines(text: string): (at: number) => 0 | 1 | 2 {
  let lineStart = 0;
  let next = text.indexOf('\n');
  const idsAt = (from: number, before: 0 | 1 | 2): 0 | 1 | 2 => {
    const code = text.charCodeAt(from);
    // A folded line (it starts with a blank) goes on with its header's reading.
    if (from > 0 && (code === 32 || code === 9)) return before;
    MESSAGE_ID_HEADER.lastIndex = from;
    if (MESSAGE_ID_HEADER.test(text)) return 1;
    EVENT_UID.lastIndex = from;
    return EVENT_UID.test(text) ? 2 : 0;
  };
  let ids = idsAt(0, 0);
  return (at: number): 0 | 1 | 2 => {
    while (next !== -1 && next < at) {
      lineStart = next + 1;
      next = text.indexOf('\n', lineStart);
      ids = idsAt(lineStart, ids);
    }
    return ids;
  };
}

/** Whether the `@` at `at` is inside `<…>` of a message id: a `<` before it with no blank, `>` or `,` between (at most 128 characters back). */
function inAngleId(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && at - i <= 128; i--) {
    const code = text.charCodeAt(i);
    if (code === 60) return i < at - 1;
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 62 || code === 44) return false;
  }
  return false;
}

/**
 * A member that names a message id (O8 of the probe of 2026-12-05e, its open part): Microsoft Graph's
 * `internetMessageId`, `messageId`, `message_id`, `In-Reply-To`, `references`, `contentId` keys of
 * JSON, YAML or `key=value` text, whatever the casing and separators.
 */
const ID_MEMBER_KEY = /^(?:(?:(?:internet|original|parent)[-_]?)?(message)[-_]?id|in[-_]?reply[-_]?to(?:[-_]?id)?|references|content[-_]?id)$/i;

/**
 * Whether an EMAIL found in `value`, a member's whole value under a key named by ID_MEMBER_KEY
 * (the redactor's objects: `{ internetMessageId: '<CAF8x1q=Zr0p@mail.gmail.com>' }`), is a message
 * id: the value is the address alone, or the address sits inside `<…>` (at most 192 characters back
 * to the `<`, no blank, `>` or `,` between).
 */
export function messageIdMemberValue(key: string, value: string, start: number, end: number): boolean {
  const match = ID_MEMBER_KEY.exec(key);
  if (match === null) return false;
  if (value.slice(0, start).trim() === '' && value.slice(end).trim() === '') return match[1] !== undefined;
  if (value.charCodeAt(end) !== 62) return false;
  for (let i = start - 1; i >= 0 && start - i <= 192; i--) {
    const code = value.charCodeAt(i);
    if (code === 60) return true;
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 62 || code === 44) return false;
  }
  return false;
}

/**
 * Whether the `@` at `at` is in the value of a member named by ID_MEMBER_KEY: walking back over the
 * id's own characters (no blank, quote or comma; one `<` allowed; at most 192), then its opening
 * quote, `:` or `=`, and the key (quoted or not, at most 40 characters). Constant work per `@`.
 */
function inIdMember(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && at - i <= 192) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 34 || code === 39 || code === 44 || code === 60 || code === 91) break;
    i--;
  }
  if (i < 0 || at - i > 192) return false;
  // The id is quoted or in angle brackets; bare only under a `…message id` key (a bare address after
  // a CV's `References:` stays an address).
  let wrapped = false;
  if (text.charCodeAt(i) === 60) {
    wrapped = true;
    i--;
  }
  if (text.charCodeAt(i) === 34 || text.charCodeAt(i) === 39) {
    wrapped = true;
    i--;
    if (text.charCodeAt(i) === 92) i--;
  }
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  const sep = text.charCodeAt(i);
  if (sep !== 58 && sep !== 61) return false;
  i--;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (text.charCodeAt(i) === 34 || text.charCodeAt(i) === 39) {
    i--;
    if (text.charCodeAt(i) === 92) i--;
  }
  const keyEnd = i + 1;
  while (i >= 0 && keyEnd - i <= 40 && /[A-Za-z_-]/.test(text[i] as string)) i--;
  if (keyEnd - i <= 1 || keyEnd - i > 40) return false;
  const key = ID_MEMBER_KEY.exec(text.slice(i + 1, keyEnd));
  return key !== null && (wrapped || key[1] !== undefined);
}

function detectEmails(text: string, out: Detection[]): void {
  let at = text.indexOf('@');
  const idLine = messageIdLines(text);
  while (at !== -1) {
    const ids = idLine(at);
    if (ids === 2 || (ids === 1 && inAngleId(text, at)) || inIdMember(text, at)) {
      at = text.indexOf('@', at + 1);
      continue;
    }
    if (text.charCodeAt(at - 1) === 34 || text.charCodeAt(at + 1) === 91) {
      // A quoted local part, or an IP-literal domain: the whole address, quotes and brackets included.
      const start = text.charCodeAt(at - 1) === 34 ? quotedLocalStart(text, at - 1) : localStart(text, at);
      let end = -1;
      if (start >= 0 && start < at) {
        if (text.charCodeAt(at + 1) === 91) {
          ipLiteralDomain.lastIndex = at + 1;
          const literal = ipLiteralDomain.exec(text);
          if (literal) end = at + 1 + literal[0].length;
        } else {
          domainPattern.lastIndex = at + 1;
          const domain = domainPattern.exec(text);
          const after = domain ? at + 1 + domain[0].length : -1;
          if (domain && !(after < text.length && isWordChar(text.charCodeAt(after)))) end = after;
        }
      }
      if (end > 0) {
        const value = text.slice(start, end);
        out.push({ start, end, type: 'EMAIL', class: 'pii.email', normalized: value.toLowerCase() });
        at = text.indexOf('@', end);
        continue;
      }
    }
    let start = at;
    while (start > 0 && at - start < 64 && localChar.test(text[start - 1] ?? '')) start--;
    // A local part cannot start or end with a dot; a quote or a backtick that starts it is the
    // text's quotation mark (`email = 'leilani@example.com'` in SQL kept its opening quote masked
    // away: a probe of 2026-12-03), not part of the address.
    while (start < at && (text[start] === '.' || text[start] === "'" || text[start] === '`')) start++;
    if (start < at && text[at - 1] !== '.') {
      domainPattern.lastIndex = at + 1;
      const domain = domainPattern.exec(text);
      if (domain) {
        const end = at + 1 + domain[0].length;
        // A dash after the top-level domain ends the address (`dave@example.com-thanks`): a
        // label that went on would have matched as part of the domain.
        if (!(end < text.length && (isWordChar(text.charCodeAt(end)) || localChar.test(text[end] ?? '')) && !/[.\-'%+]/.test(text[end] ?? ''))) {
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

// ---------------------------------------------------------------------------- digit group runs
// One separator mechanism for every checksum-validated number (card, IBAN, SSN, and phone
// numbers' slash notation): groups of digits (letters too for IBANs) joined by a separator of
// one to three characters from space, dash, dot and slash (`4111 1111`, `4111--1111`,
// `4111 - 1111`), or none. A run of groups is found in one linear pass; each detector then tries
// the windows of consecutive groups that can hold its number (at most 19 digits for a card, 34
// characters for an IBAN), so the number is found with whatever precedes or follows it:
// `card:4111-1111-1111-1111`, `IBAN BE68-5390-0754-7034.`. Card numbers may mix separators
// (`4111-1111 1111.1111`: Luhn and the issuer range keep precision); an SSN keeps one throughout.

const isAlnum = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * Digit groups of a text in flat typed arrays (no object per group: a text of 100 000 groups
 * costs five allocations): group `g` spans `[starts[g], ends[g])`; its run spans groups
 * `runFirst[g]..runLast[g]`; the separator after it spans `[ends[g], starts[g + 1])` within a run.
 */
interface DigitGroups {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  runFirst: Int32Array;
  runLast: Int32Array;
}

/** The digit groups of `text` (`digitCount`: its number of digits, an upper bound of groups); a run holds at most `maxGroups` groups (longer runs are split). */
function digitRuns(text: string, digitCount: number, maxGroups = 64): DigitGroups {
  const capacity = digitCount + 1;
  // One set of arrays reused across calls (up to 16 K groups, 256 KB): no allocation per string.
  let groups = sharedGroups;
  if (groups.starts.length < capacity) {
    const size = Math.max(capacity, groups.starts.length * 2);
    groups = { count: 0, starts: new Int32Array(size), ends: new Int32Array(size), runFirst: new Int32Array(size), runLast: new Int32Array(size) };
    if (size <= 16_384) sharedGroups = groups;
  }
  groups.count = 0;
  const length = text.length;
  let index = 0;
  let count = 0;
  while (index < length) {
    if (!isDigit(text.charCodeAt(index))) {
      index++;
      continue;
    }
    const first = count;
    for (;;) {
      groups.starts[count] = index;
      while (index < length && isDigit(text.charCodeAt(index))) index++;
      groups.ends[count] = index;
      groups.runFirst[count] = first;
      count++;
      if (count - first >= maxGroups) break;
      let gap = 0;
      while (gap < MAX_SEPARATOR && index + gap < length && isSeparator(text.charCodeAt(index + gap))) gap++;
      if (gap > 0 && index + gap < length && isDigit(text.charCodeAt(index + gap))) {
        index += gap;
        continue;
      }
      break;
    }
    groups.runLast.fill(count - 1, first, count);
  }
  groups.count = count;
  return groups;
}

let sharedGroups: DigitGroups = { count: 0, starts: new Int32Array(256), ends: new Int32Array(256), runFirst: new Int32Array(256), runLast: new Int32Array(256) };

const groupSize = (groups: DigitGroups, group: number): number => (groups.ends[group] as number) - (groups.starts[group] as number);

/** True when the separator after group `g` (within its run) is spaces only. */
function spacedAfter(text: string, groups: DigitGroups, g: number): boolean {
  for (let k = groups.ends[g] as number; k < (groups.starts[g + 1] as number); k++) if (text.charCodeAt(k) !== 32 && text.charCodeAt(k) !== 0xa0) return false;
  return true;
}

/** True when the separators after groups `a` and `b` are the same characters. */
function sameSeparator(text: string, groups: DigitGroups, a: number, b: number): boolean {
  const aStart = groups.ends[a] as number;
  const bStart = groups.ends[b] as number;
  const size = (groups.starts[a + 1] as number) - aStart;
  if (size !== (groups.starts[b + 1] as number) - bStart) return false;
  for (let k = 0; k < size; k++) if (text.charCodeAt(aStart + k) !== text.charCodeAt(bStart + k)) return false;
  return true;
}

/**
 * True when groups `first..last` of one run can be one number: set apart from neighbouring
 * groups of the run by spaces only (a dash, dot or slash ties groups into one longer number;
 * spaced groups amid more spaced groups of the same size are one longer number too), not part
 * of a decimal or signed number, and not glued to a letter.
 */
function windowStandsAlone(text: string, groups: DigitGroups, first: number, last: number, expiryAfter = false, glued = false): boolean {
  const runFirst = groups.runFirst[first] as number;
  const runLast = groups.runLast[first] as number;
  const start = groups.starts[first] as number;
  const end = groups.ends[last] as number;
  if (first > runFirst && !spacedAfter(text, groups, first - 1)) return false;
  if (last < runLast && !spacedAfter(text, groups, last) && !slashExpiryAfter(text, groups, first, last)) return false;
  if (last > first && spacedAfter(text, groups, first)) {
    const inner = groupSize(groups, first);
    if ((first > runFirst && groupSize(groups, first - 1) === inner) || (last < runLast && groupSize(groups, last + 1) === inner && !(expiryAfter && expiryTail(text, groups, last + 1)))) return false;
  }
  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  const after = end < text.length ? text.charCodeAt(end) : -1;
  // Parts of decimals, versions and signed numbers (`1.4111...`, `+4111...`) are not numbers of their own.
  if (first === runFirst && (before === 46 || before === 43 || before === 44 || before === 95)) return false;
  if (last === runLast && after === 95) return false;
  // Glued to punctuation is fine (`card:4111…`, `#4111…`); glued to a letter is an identifier
  // (`U62928788557186`, a licence number), except a magnetic stripe's track data (ISO/IEC 7813):
  // track 1 after its start sentinel and format code (`%B4111…^NAME^…?`; a probe of 2026-12-03
  // found it raw), or after its format code alone when the name field's `^` follows (ISO 8583
  // DE45 `DE45=B4111…^NAME^…`, `{track1:'B4111…^…'}`), and track 2 with the `D` separator of its
  // binary-coded form before the expiry `YYMM` (`4111…D2712101…`, DE35; the fourth probe of
  // 2026-12-04, J5, found these raw).
  const track1 = before === 66 && start >= 1 && (text.charCodeAt(start - 2) === 37 || (after === 94 && (start < 2 || !isAlnum(text.charCodeAt(start - 2)))));
  const track2 = after === 68 && trackTwoExpiry(text, end + 1);
  // When `glued` (detectCards' second look, cardAfterLetters): letters from a word's start before
  // the number, and then letters after it too (`CCVI4111…/1227`, `CARD4111…END`).
  const lettersBefore = glued && first === runFirst && lettersFromWordStart(text, start);
  return !(before !== -1 && isAlnum(before) && !track1 && !lettersBefore) && !(after !== -1 && isAlnum(after) && !track2 && !(lettersBefore && !isDigit(after)));
}

/**
 * Whether the groups after `last` are a card's expiry after one `/` (blanks around it allowed), `MMYY` or `MM/YY`, ending
 * their run, and the window from `first` holds no `/` (a GDS form of payment `CCVI4111…/1227`,
 * `card 4111…/12/27`; L2 of the sixth probe of 2026-12-04 found them raw).
 */
function slashExpiryAfter(text: string, groups: DigitGroups, first: number, last: number): boolean {
  const runLast = groups.runLast[last] as number;
  const at = groups.ends[last] as number;
  const start = groups.starts[last + 1] as number;
  // One `/`, blanks either side allowed (`4111… / 1227`).
  if (text.slice(at, start).trim() !== '/') return false;
  const month = (text.charCodeAt(start) - 48) * 10 + (text.charCodeAt(start + 1) - 48);
  if (month < 1 || month > 12) return false;
  const size = groupSize(groups, last + 1);
  const shape = (size === 4 && last + 1 === runLast) || (size === 2 && last + 2 === runLast && groupSize(groups, runLast) === 2 && text.charCodeAt(groups.ends[last + 1] as number) === 47 && (groups.starts[runLast] as number) === (groups.ends[last + 1] as number) + 1);
  return shape && text.slice(groups.starts[first] as number, at).indexOf('/') < 0;
}

/** Whether the characters before `at` are 1-24 ASCII letters that start a word (no letter, digit or more letters before them). */
function lettersFromWordStart(text: string, at: number): boolean {
  let index = at - 1;
  while (index >= 0 && at - index <= 25) {
    const code = text.charCodeAt(index);
    if (!((code >= 65 && code <= 90) || (code >= 97 && code <= 122))) break;
    index--;
  }
  return index < at - 1 && at - index <= 25 && (index < 0 || !isAlnum(text.charCodeAt(index)));
}

/**
 * A card number glued to letters before it (L2 of the sixth probe of 2026-12-04): a GDS form of
 * payment (`FOP CCVI4111…/1227`, `CCAX378282…`), a card type's code (`VI4111…`, `VISA4111…`),
 * `x4111…`, `CARD4111…END` were stored raw, a number glued to a letter being read as an
 * identifier. The number is a card when it has 13-19 digits, passes Luhn and its prefix and length
 * are a brand's of a narrow range (Visa, Mastercard, Amex, Discover, Diners, JCB, Mir, UnionPay);
 * Maestro's wide range (50, 56-69, 12-19 digits) is left out here, so that ids glued to a letter
 * (`U62928788557186`, a licence number) stay.
 */
function cardAfterLetters(digits: string): boolean {
  if (digits.length < 13) return false;
  const issuer = cardIssuer(digits);
  return issuer !== undefined && issuer !== 'maestro';
}

/** Whether `text` holds a track 2 expiry `YYMM` at `at` (a month 01-12). */
function trackTwoExpiry(text: string, at: number): boolean {
  if (!isDigit(text.charCodeAt(at)) || !isDigit(text.charCodeAt(at + 1))) return false;
  const month = (text.charCodeAt(at + 2) - 48) * 10 + (text.charCodeAt(at + 3) - 48);
  return isDigit(text.charCodeAt(at + 2)) && isDigit(text.charCodeAt(at + 3)) && month >= 1 && month <= 12;
}

// ----------------------------------------------------------------------------------------- card

/**
 * Whether groups from `g` to the end of their run are a card's expiry written `MMYY` and perhaps
 * its security code (`4111 1111 1111 1111 1227`, `5500 0000 0000 0004 0427 737`, as card details
 * are pasted: a probe of 2026-12-04 found them raw, the fifth group of four digits having made the
 * whole run one longer number).
 */
function expiryTail(text: string, groups: DigitGroups, g: number): boolean {
  const runLast = groups.runLast[g] as number;
  if (groupSize(groups, g) !== 4 || g + 1 < runLast) return false;
  const start = groups.starts[g] as number;
  const month = (text.charCodeAt(start) - 48) * 10 + (text.charCodeAt(start + 1) - 48);
  if (month < 1 || month > 12) return false;
  return g === runLast || (groupSize(groups, runLast) >= 3 && groupSize(groups, runLast) <= 4);
}

/** A waybill's, an invoice's or an order's label in Korean, Chinese or Japanese right before a number (운송장번호, 송장번호, 주문번호, 运单号, 快递单号, 订单号, 伝票番号, 追跡番号, 注文番号). */
const CJK_THING_LABEL_BEFORE = /(?:운송장|송장|주문|택배|运单|快递单|订单|運單|訂單|伝票|追跡|注文|問い合わせ)[ \t]?(?:번호|号码|號碼|号|號|番号)?[ \t]{0,2}[:：#]?[ \t]{0,2}$/u;
function detectCards(text: string, out: Detection[], groups: DigitGroups): void {
  for (let first = 0; first < groups.count; first++) {
    const runLast = groups.runLast[first] as number;
    let digitCount = 0;
    // The longest valid window wins (`6011--8382 0161 0000`: not its first 12 digits).
    let best: Detection | undefined;
    let bestLast = first;
    for (let last = first; last <= runLast; last++) {
      // Grouped numbers are written in groups of at least 4 (4-4-4-4, 4-6-5, 4-4-4-4-3), with
      // any separators (`4111-1111 1111-1111` is a card as written by people).
      if (last > first && groupSize(groups, last - 1) < 4) break;
      digitCount += groupSize(groups, last);
      if (digitCount > 19) break;
      // The last group has 3+ digits, or 2 in a 14-digit Diners number written 4-4-4-2 (`3622 7206 2716 67`; probe 6 of 2026-12-03).
      if (digitCount < 12 || (last > first && groupSize(groups, last) < 3 && !(groupSize(groups, last) === 2 && digitCount === 14 && last === first + 3))) continue;
      // A window followed by what reads as an expiry (`MMYY`) stands alone only when it holds 15
      // digits or more: 12 to 14 digits before a month-like group are as likely the front of a
      // longer number (`order 6011 1937 8771 0506`, whose first 12 digits pass Luhn as a Maestro).
      const alone = windowStandsAlone(text, groups, first, last, digitCount >= 15);
      // Else glued to letters before it (cardAfterLetters), a second look at 13 digits or more only.
      if (!alone && (digitCount < 13 || !windowStandsAlone(text, groups, first, last, digitCount >= 15, true))) continue;
      const start = groups.starts[first] as number;
      const end = groups.ends[last] as number;
      const digits = text.slice(start, end).replace(/\D/g, '');
      if (!luhnValid(digits) || cardIssuer(digits) === undefined || /^(\d)\1+$/.test(digits) || (!alone && !cardAfterLetters(digits))) continue;
      // 12 to 14 digits (Maestro's and Diners' shortest) after a thing's label are that thing's
      // number (`운송장번호: 6893-1120-4457`, `Tracking number 6893 1120 4457`: a courier's waybill
      // that passes Luhn; O5 of the thirteenth probe, 2026-12-05f). A card's 15 to 19 stay cards.
      if (digitCount <= 14 && (labelledIdentifier(text, start) || CJK_THING_LABEL_BEFORE.test(text.slice(Math.max(0, start - 16), start)))) continue;
      best = { start, end, type: 'CARD', class: 'payment.card', normalized: digits };
      bestLast = last;
    }
    if (best !== undefined) {
      best.end = trackTwoTailEnd(text, best.end);
      out.push(best);
      securityCodeAfter(text, best.end, out);
      trackOneTail(text, best, out);
      first = bestLast;
    }
  }
}

/**
 * A card number written one digit at a time (`4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1`, `4 1 1 1 - 1 1 1 1 - …`;
 * probe 6 of 2026-12-03): a whole run of 13-19 single digits, each apart from the next by one to
 * three separator characters, that passes Luhn and has an issuer's prefix and length.
 */
function detectSpacedDigitCards(text: string, out: Detection[], groups: DigitGroups): void {
  for (let first = 0; first < groups.count; first++) {
    if (groups.runFirst[first] !== first) continue;
    const last = groups.runLast[first] as number;
    const count = last - first + 1;
    if (count < 13 || count > 19) {
      first = last;
      continue;
    }
    let singles = true;
    for (let g = first; g <= last && singles; g++) singles = groupSize(groups, g) === 1;
    if (singles && windowStandsAlone(text, groups, first, last)) {
      const start = groups.starts[first] as number;
      const end = groups.ends[last] as number;
      const digits = text.slice(start, end).replace(/\D/g, '');
      if (luhnValid(digits) && cardIssuer(digits) !== undefined && !/^(\d)\1+$/.test(digits)) {
        out.push({ start, end, type: 'CARD', class: 'payment.card', normalized: digits });
        securityCodeAfter(text, end, out);
      }
    }
    first = last;
  }
}

/**
 * Card numbers whose groups are joined by tabs or line breaks (`4111\t1111\t1111\t1111`, a number
 * pasted from a table, `4111 1111\n1111 1111`; probe 6 of 2026-12-03): detectCards over a view of
 * the text with each tab, CR and LF read as a space (the same offsets), keeping the numbers that
 * hold one of them (the others were found in the text as written).
 */
function detectCardsAcrossBreaks(text: string, out: Detection[], digits: number): void {
  if (!/\d[ ]{0,2}[\t\r\n]/.test(text)) return;
  const view = text.replace(/[\t\r\n]/g, ' ');
  const found: Detection[] = [];
  const groups = digitRuns(view, digits);
  detectCards(view, found, groups);
  detectSpacedDigitCards(view, found, groups);
  for (const detection of found) if (detection.type !== 'CARD' || /[\t\r\n]/.test(text.slice(detection.start, detection.end))) out.push(detection);
}

/**
 * A card number inside EMV chip data (BER-TLV, EMV Book 3 Annex A): tag `5A` (Application PAN,
 * 6-10 bytes of BCD digits, an odd count padded with a final `F`) and tag `57` (Track 2 Equivalent
 * Data: the PAN, a `D` separator, expiry, service code, discretionary data, up to 19 bytes), as hex
 * compact or with a space between bytes (`5A084111111111111111`, `5A 08 41 11 11 …`, `…9F1A0208265A08…`
 * amid other tags). A probe of 2026-12-03 (the sixth) found the tag's digits stored raw: glued to
 * the tag's letter they were no number of their own. The digits of the PAN are masked (for tag
 * 57, the whole value), when they pass Luhn and have an issuer's prefix and length.
 */
const emvTag = /5[Aa7]/g;
function detectEmvPans(text: string, out: Detection[]): void {
  for (const tag of eachMatch(emvTag, text)) {
    const track2 = text.charCodeAt(tag.index + 1) === 55;
    let at = tag.index + 2;
    if (text.charCodeAt(at) === 32) at++;
    const length = Number.parseInt(text.slice(at, at + 2), 16);
    if (!/^[0-9A-Fa-f]{2}$/.test(text.slice(at, at + 2)) || length < (track2 ? 8 : 6) || length > (track2 ? 19 : 10)) continue;
    at += 2;
    const spaced = text.charCodeAt(at) === 32;
    if (spaced) at++;
    // The value's nibbles: hex digits, a space between bytes when the tag was written so.
    let nibbles = '';
    const start = at;
    let end = at;
    while (nibbles.length < length * 2 && at < text.length) {
      const code = text.charCodeAt(at);
      if (spaced && code === 32 && nibbles.length % 2 === 0 && nibbles.length > 0) {
        at++;
        continue;
      }
      if (!((code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 102))) break;
      nibbles += text[at];
      at++;
      end = at;
    }
    if (nibbles.length !== length * 2) continue;
    const upper = nibbles.toUpperCase();
    const pan = track2 ? /^\d{12,19}(?=D)/.exec(upper)?.[0] : /^(\d{12,19})F?$/.exec(upper)?.[1];
    if (pan === undefined || !luhnValid(pan) || cardIssuer(pan) === undefined || /^(\d)\1+$/.test(pan)) continue;
    // The PAN's digits as written (spaces between bytes included); tag 57's whole value.
    let panEnd = start;
    for (let seen = 0; seen < pan.length; panEnd++) if (text.charCodeAt(panEnd) !== 32) seen++;
    out.push({ start, end: track2 ? end : panEnd, type: 'CARD', class: 'payment.card', normalized: pan });
    emvTag.lastIndex = end;
  }
}

/**
 * Magnetic-stripe track data after the card number (ISO/IEC 7813): the expiry `YYMM`, the service
 * code and the discretionary data (PVV, CVV1 or iCVV) are sensitive authentication data, which PCI
 * DSS 3.3.1.1 forbids storing after authorization in any form, the full track included. Masked
 * with the number they follow, as tag 57 is (detectEmvPans); the span keeps the number's
 * normalized form, so the card has one pseudonym. (L21 of the probe of 2026-12-06: the PAN of
 * `;4111…=28091010000012300000?` was masked and the rest stored.)
 *
 * trackTwoTailEnd: where a track 2 (`PAN=YYMM…`, `PAN` `D` `YYMM…` in its binary-coded form, DE35)
 * ends after the number ending at `end`: past its run of digits (at most 37 characters of the
 * track in all, ISO/IEC 7813), the end sentinel `?` left out; `end` when no track 2 follows.
 */
const MAX_TRACK_TWO_TAIL = 21;
function trackTwoTailEnd(text: string, end: number): number {
  const separator = text.charCodeAt(end);
  if ((separator !== 61 && separator !== 68) || !trackTwoExpiry(text, end + 1)) return end;
  let at = end + 5;
  while (at < text.length && at - end <= MAX_TRACK_TWO_TAIL && isDigit(text.charCodeAt(at))) at++;
  // A digit right after the longest tail is no track's (a longer number): the number alone.
  return at < text.length && isDigit(text.charCodeAt(at)) ? end : at;
}

/**
 * trackOneTail: the expiry, service code and discretionary data of a track 1 after the number
 * (`%B4111…^NAME/GIVEN^2812101000000000000?`, `DE45=B4111…^…^2612101`): the digits after the
 * name field's closing `^`, masked as the card (the name is a person's: names.ts reads it).
 */
const trackOneTailPattern = /\^[^\^\r\n]{2,26}\^(\d{4})\d{0,75}/y;
function trackOneTail(text: string, card: Detection, out: Detection[]): void {
  if (text.charCodeAt(card.end) !== 94) return;
  trackOneTailPattern.lastIndex = card.end;
  const match = trackOneTailPattern.exec(text);
  if (match === null || !trackTwoExpiry(match[1] as string, 0)) return;
  const start = card.end + match[0].lastIndexOf('^') + 1;
  out.push({ start, end: card.end + match[0].length, type: 'CARD', class: 'payment.card', normalized: card.normalized });
}

/**
 * A card record's security code: in a delimited record, the field after the expiry that follows
 * the number (`4111111111111111|12|2027|737`, `4111111111111111,12/27,737`, `…;1227;737`). PCI DSS
 * 3.3.1.2 forbids storing the card verification code after authorization; it is masked as a
 * labelled one is (`CVV: 737`, secrets.ts): type `CVV`, class `secret`. A probe of 2026-12-03
 * (the sixth) found `|737` stored beside the masked number. The delimiter is a pipe, comma,
 * semicolon or tab, the same around each field; the expiry a month 01-12 and a year of two or
 * four digits, as separate fields, joined by `/` or `-`, or glued (`1227`).
 */
const recordSecurityCode = /([|,;\t]) ?(?:0[1-9]|1[0-2])(?: ?\1 ?| ?[/\-] ?)?(?:20)?\d\d ?\1 ?(\d{3,4})(?=$|[ \t\r\n]|\1)/y;
function securityCodeAfter(text: string, end: number, out: Detection[]): void {
  const next = text.charCodeAt(end);
  if (next !== 124 && next !== 44 && next !== 59 && next !== 9) return;
  recordSecurityCode.lastIndex = end;
  const match = recordSecurityCode.exec(text);
  if (match === null) return;
  const code = match[2] as string;
  const start = end + match[0].length - code.length;
  out.push({ start, end: start + code.length, type: 'CVV', class: 'secret' });
}

// ------------------------------------------------------------------------------ Polish NRB
// The domestic account number of Poland (NRB): the IBAN without `PL`, 26 digits written 2 + 6×4
// (`20 1020 5558 1111 1234 5678 9012`) or compact. Taken when the IBAN check holds for `PL` +
// digits, or after an account label (`Numer rachunku:`, `nr konta`, `NRB`, `account`) whatever
// the check (attack 2026-12-02 #0b). Reported as an IBAN (normalized `PL…`).
const nrbPattern = /(?<![\p{L}\p{N}_.\-])(\d{2})([ \-]?)(\d{4})\2(\d{4})\2(\d{4})\2(\d{4})\2(\d{4})\2(\d{4})(?![\p{L}\p{N}_]|[.\-]\d)/gu;
const nrbLabel = /(?:rachunk\p{L}*|rachunek|konta|konto|nrb|account|acct|iban)(?:[ \t]{1,3}(?:nr|no|number)\.?)?[ \t]{0,3}[:=#]?[ \t]{0,3}$/iu;

function detectNrbs(text: string, out: Detection[]): void {
  for (const match of eachMatch(nrbPattern, text)) {
    const digits = match[0].replace(/\D/g, '');
    const labelled = nrbLabel.test(text.slice(Math.max(0, match.index - 40), match.index));
    if (!labelled && (!ibanValid(`PL${digits}`) || labelledIdentifier(text, match.index))) continue;
    out.push({ start: match.index, end: match.index + match[0].length, type: 'IBAN', class: 'financial.iban', normalized: `PL${digits}` });
  }
}

// ----------------------------------------------------------------------------------------- IBAN
// Country code, check digits and BBAN in groups: `DE89370400440532013000`, `DE89 3704 0044 …`,
// `BE68-5390-0754-7034`, `NL 91 ABNA 0417 1643 00`, `nl91.abna.0417.1643.00`.

/** IBAN length per country code, indexed by (first letter) * 26 + (second letter); 0: no IBAN. */
const ibanLengthByCode = (() => {
  const table = new Uint8Array(26 * 26);
  for (let a = 0; a < 26; a++) for (let b = 0; b < 26; b++) table[a * 26 + b] = ibanLength(String.fromCharCode(65 + a, 65 + b)) ?? 0;
  return table;
})();

function detectIbans(text: string, out: Detection[]): void {
  const length = text.length;
  for (let index = 0; index + 15 <= length; index++) {
    const c0 = text.charCodeAt(index) | 32;
    const c1 = text.charCodeAt(index + 1) | 32;
    if (c0 < 97 || c0 > 122 || c1 < 97 || c1 > 122) continue;
    if (index > 0 && isAlnum(text.charCodeAt(index - 1))) continue;
    const expected = ibanLengthByCode[(c0 - 97) * 26 + (c1 - 97)] as number;
    if (expected === 0) continue;
    let cursor = index + 2;
    let separator: number | undefined;
    // The check digits, maybe split off by a separator (`NL 91`).
    if (isSeparator(text.charCodeAt(cursor)) && isDigit(text.charCodeAt(cursor + 1))) {
      separator = text.charCodeAt(cursor);
      cursor++;
    }
    if (!isDigit(text.charCodeAt(cursor)) || !isDigit(text.charCodeAt(cursor + 1))) continue;
    let count = 2;
    let end = -1;
    while (cursor < length && count < expected) {
      const code = text.charCodeAt(cursor);
      if (isAlnum(code)) {
        count++;
        cursor++;
        if (count === expected) end = cursor;
      } else if (isSeparator(code) && (separator === undefined || code === separator) && count >= 4 && isAlnum(text.charCodeAt(cursor + 1))) {
        separator = code;
        cursor++;
      } else {
        break;
      }
    }
    if (end === -1 || (end < length && isAlnum(text.charCodeAt(end)))) continue;
    const compact = text.slice(index, end).replace(/[^A-Za-z0-9]/g, '').toUpperCase();
    if (!ibanValid(compact)) continue;
    out.push({ start: index, end, type: 'IBAN', class: 'financial.iban', normalized: compact });
    index = end - 1;
  }
}

// ----------------------------------------------------------------------------- identifier labels
/**
 * A label right before a number that makes it an identifier of a thing, not a person's phone or
 * SSN: `Ticket 884-21-7730`, `Invoice #0203 4567 890`, `Batch No. 2023-114-5567`, `Lot 4412 0398 12`;
 * also as a member name written in the text (`"sku":"4471-220-19"`, `order_id=2023-114-5567`,
 * `productCode: …`): a `_` or `-` before the number word, quotes around the name and the value.
 * Customs tariff labels too (`HS 8517.12.0000`, `HTS code 8471.30.0100`, `tariff 6109.10.0012`,
 * `"hsCode":…`, `TARIC`, `HSN`, `NCM`, `Schedule B`, `commodity code`: O2 of the probe of 2026-12-05c).
 */
const idLabelBefore = /(?:^|[^A-Za-z])(?:tickets?|invoices?|inv|orders?|deals?|opportunit(?:y|ies)|opps?|conv|conversations?|batch|batches|lots?|serial|s\/n|sn|sku|part|parts|ref|refs|reference|case|cases|tracking|po|receipt|transaction|txn|confirmation|booking|reservation|claim|job|build|model|item|product|barcode|ean|upc|gtin|isbn|issn|zip|postal|postcode|docket|shipment|parcel|container|voucher|coupon|license|licence|permit|certificate|cert|order id|incident|issue|bug|request|req|skus|items?|asin|mpn|articles?|catalog(?:ue)?|package|consignment|waybill|awb|rma|bestellung|bestellnummer|artikel|artikelnummer|auftrag|auftragsnummer|rechnung|rechnungsnummer|sendungsnummer|commande|facture|produit|pedido|factura|producto|art[ií]culo|ordine|fattura|prodotto|articolo|encomenda|fatura|produto|bestelling|factuur|tariff|taric|hts|htsus|hsn|hs|ncm|commodity|customs|cn[ \t_-]?code|schedule[ \t]?b|harmoni[sz]ed(?:[ \t](?:tariff|system))?)\.?[\s_\-]{0,2}(?:(?:no|nr|nro|num|number|nummer|numero|id|code|ref)\.?\s{0,2})?["']?\s{0,2}[:#=]?\s{0,2}["']?#?$/i;
/**
 * Whether an identifier label stands right before `start` (idLabelBefore). A label that is the
 * last cell of a table's header, after a tab, `,`, `;` or `|` and before a line break, names its
 * own column, not the first cell of the row below (tables.ts reads the header so): `serial` in a
 * TSV `area\tgroup\tserial\n536\t22\t8514` (the third probe of 2026-12-04, H7) labels no row.
 */
/**
 * A company's registry number's, an invoice's or a payment reference's label of the Nordic, Baltic
 * and Central European countries right before a number (O3 of the probe of 2026-12-05g, where
 * `Organisationsnummer 556036-0793`, `cégjegyzékszám 01-10-041683` and `Faktura 2026-11873` read as
 * phones): Swedish `organisationsnummer`/`org.nr`, Norwegian `organisasjonsnummer`, Danish `CVR`,
 * Finnish `Y-tunnus`, Estonian `registrikood`, Latvian `reģistrācijas nr.`, Lithuanian `įmonės kodas`,
 * Czech and Slovak `IČO`, Hungarian `cégjegyzékszám`/`adószám`, Romanian `CUI`/`Nr. Reg. Com.`;
 * invoices (`faktura`, `fakturanummer`, `lasku`, `arve`, `faktúra`, `rēķins`); payment references
 * (`referens`, `viitenumero`, `betalingsreferanse`); and in capitals only the Norwegian `KID` and
 * the Swedish `OCR` (`my kid 555-0100` stays a phone).
 */
const registryLabelBefore = /(?:^|[^\p{L}])(?:organisationsnummer|organisationsnr|org\.?[ \t]?nr|orgnr|organisasjonsnummer|organisasjonsnr|cvr(?:-nr)?|se-nr|y-tunnus|ytunnus|registrikood|reģ(?:istrācijas)?\.?[ \t]?nr|įmonės[ \t]kodas|i[čc]o|i[čc]|di[čc]|c[ée]gjegyz[ée]ksz[áa]m|ad[óo]sz[áa]m|cui|cif|nr\.?[ \t]reg\.?[ \t]com|gemi|faktura|fakturanummer|fakturanr|fakturan|lasku|laskunumero|arve|arve[ \t]nr|faktúra|faktury|rēķins|rēķina[ \t]nr|referens|referensnummer|viite|viitenumero|betalingsreferanse|kundenummer)\.?[ \t]{0,2}(?:(?:no|nr|nro|číslo|cislo|number|nummer)\.?[ \t]{0,2})?[:#=]?[ \t]{0,2}$|(?:^|[^\p{L}])(?:KID|OCR)(?:-nr\.?|[ \t]?nr\.?)?[ \t]{0,2}:?[ \t]{0,2}$/iu;
const CAPS_ONLY_REFERENCE = /(?:kid|ocr)(?:-nr\.?|[ \t]?nr\.?)?[ \t]{0,2}:?[ \t]{0,2}$/i;
/** A reference that is a person, the word alone before the number: `landlord reference`, `employer references:`, `character reference`. */
const PERSON_REFERENCE = /(?:^|[^A-Za-z])(?:landlord|employer|employment|personal|character|professional|tenancy|rental|work|job)[ \t]+references?[ \t]{0,2}:?[ \t]{0,2}\(?$/i;
const labelledIdentifier = (text: string, start: number): boolean => {
  const near = text.slice(Math.max(0, start - 32), start);
  const registry = registryLabelBefore.exec(near);
  if (registry !== null && !(CAPS_ONLY_REFERENCE.test(registry[0]) && !/(?:KID|OCR)/.test(registry[0]))) return true;
  const label = idLabelBefore.exec(near);
  if (label === null) return false;
  // A landlord's, an employer's or a character reference is a person (`Landlord reference (905-555-0188)`; L5 of the probe of 2026-12-06b).
  if (PERSON_REFERENCE.test(near)) return false;
  const first = label[0].charCodeAt(0);
  return !((first === 9 || first === 44 || first === 59 || first === 124) && /[\r\n]/.test(label[0]));
};

// ------------------------------------------------------------------------------------------ SSN
// `S.S.N.` dotted too (probe 6 of 2026-12-03); `SS No.`, `SS num`, `social sec #` (the second probe
// of 2026-12-04, G3: `SS No. 545678901` was stored raw).
const ssnContext = /\b(?:ssn|ssns|social security|soc(?:ial)?\.? ?sec|taxpayer|tin|s\.s\.n|ss\.? ?(?:no|nr|num|number)\b\.?)\b|(?<![A-Za-z])ss#/i;
/** An SSN's label glued to the number by a dash (`SSN-536228514`, `SSN#536-22-8514`). */
/** An SSN's label right before the number, a colon or `is` between (`SSN: `, `Social Security Number is `). */
const ssnLabelRight = /(?:^|[^A-Za-z])(?:ssn|s\.s\.n\.?|ss#|social security(?: number| no\.?)?)\s{0,2}[:#=]?\s{0,3}(?:is\s{1,3})?$/i;
const ssnLabelGlued = /(?:^|[^A-Za-z])(?:ssn|ss#|social security(?: number| no\.?)?)[-:#]$/i;

/**
 * Whether groups `first..first + 2` of a longer run are an SSN's 3-2-4 joined by one separator,
 * and the run's separators next to them are other ones (`536-22-8514 1984-03-12`: a dash inside,
 * a space after; `02 536-22-8514`: a space before). Groups joined by one separator throughout
 * (`+44 740 05 0007 0`, `1 536-22-8514-7`) stay one longer number.
 */
function ssnInRun(text: string, groups: DigitGroups, first: number): boolean {
  const runFirst = groups.runFirst[first] as number;
  const runLast = groups.runLast[first] as number;
  const last = first + 2;
  if (last > runLast || groupSize(groups, first) !== 3 || groupSize(groups, first + 1) !== 2 || groupSize(groups, last) !== 4) return false;
  if (!sameSeparator(text, groups, first, first + 1)) return false;
  if (first > runFirst && sameSeparator(text, groups, first - 1, first)) return false;
  if (last < runLast && sameSeparator(text, groups, last, first)) return false;
  // After a calling code the run is a phone number (`+33 612-09-0009`, `0033 612-09-0009`).
  if (first > runFirst) {
    const runStart = groups.starts[runFirst] as number;
    if (runStart > 0 && text.charCodeAt(runStart - 1) === 43) return false;
    if (first === runFirst + 1 && text.startsWith('00', runStart) && groupSize(groups, runFirst) >= 3 && groupSize(groups, runFirst) <= 5) return false;
  }
  return true;
}

/**
 * Whether groups `first..first + 2` open a run of four groups joined by one separator throughout
 * whose last is a year, and are an SSN all the same (`536 22 8514 1984`, `SSN: 536-22-8514-1984`:
 * an SSN and a year of birth; a probe of 2026-12-04 found the first typed a phone). Any other
 * fourth group keeps the run one longer number (`SSN 536-22-1234-55`); not after a calling code
 * or glued to a word (`+1 536 …`, `x536-…`); a label of a thing still decides (`part 536-22-8514-1984`).
 */
function ssnLeadsRun(text: string, groups: DigitGroups, first: number): boolean {
  const runLast = groups.runLast[first] as number;
  if (groups.runFirst[first] !== first || runLast <= first + 2) return false;
  if (groupSize(groups, first) !== 3 || groupSize(groups, first + 1) !== 2 || groupSize(groups, first + 2) !== 4) return false;
  if (!sameSeparator(text, groups, first, first + 1)) return false;
  const start = groups.starts[first] as number;
  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  if (before !== -1 && (isWordChar(before) || before === 43 || before === 45 || before === 46)) return false;
  if (runLast !== first + 3 || groupSize(groups, runLast) !== 4) return false;
  const yearStart = groups.starts[runLast] as number;
  const year = Number(text.slice(yearStart, yearStart + 4));
  const end = groups.ends[runLast] as number;
  const after = end < text.length ? text.charCodeAt(end) : -1;
  return year >= 1900 && year <= 2099 && !(after !== -1 && (isWordChar(after) || after === 45 || after === 46));
}

function detectSsns(text: string, out: Detection[], groups: DigitGroups): void {
  let context: boolean | undefined;
  for (let first = 0; first < groups.count; first++) {
    // An SSN is a run of its own: `740 05 0007` inside `+44 740 05 0007 0` is part of a phone.
    // Or three groups of a longer run set apart from their neighbours by another separator than
    // their own (`536-22-8514 1984-03-12`, `SSN: 536-22-8514 - 1984-03-12`, two SSNs on one line,
    // a log line's time before it; a probe of 2026-12-04 found them raw): see ssnInRun.
    let last: number;
    const runLast = groups.runLast[first] as number;
    if (groups.runFirst[first] === first && (runLast === first || runLast === first + 2)) last = runLast;
    else if (ssnInRun(text, groups, first) || ssnLeadsRun(text, groups, first)) last = first + 2;
    else continue;
    // Nine digits in three groups of three (`536 228 514`) only after the SSN's label (a probe of 2026-12-03).
    let threeThrees = false;
    if (last === first + 2) {
      threeThrees = groupSize(groups, first) === 3 && groupSize(groups, first + 1) === 3 && groupSize(groups, last) === 3;
      if (!threeThrees && (groupSize(groups, first) !== 3 || groupSize(groups, first + 1) !== 2 || groupSize(groups, last) !== 4)) continue;
      if (!sameSeparator(text, groups, first, first + 1)) continue;
    } else if (last !== first || groupSize(groups, first) !== 9) {
      continue;
    }
    const start = groups.starts[first] as number;
    const end = groups.ends[last] as number;
    const before = start > 0 ? text.charCodeAt(start - 1) : -1;
    const after = end < text.length ? text.charCodeAt(end) : -1;
    // SSNs are not glued to letters or inside longer tokens (`SKU-536-22-1234`, `1.536221234`),
    // except to their own label (`SSN-536228514`).
    // (Inside a longer run, the separators around the window were checked by ssnInRun.)
    const inRun = groups.runFirst[first] !== first || runLast !== last;
    const glued = !inRun && before !== -1 && (isWordChar(before) || before === 45 || before === 46 || before === 43) && !((before === 45 || before === 35) && ssnLabelGlued.test(text.slice(Math.max(0, start - 24), start)));
    if (glued || (!inRun && after !== -1 && (isWordChar(after) || after === 45))) continue;
    const digits = text.slice(start, end).replace(/\D/g, '');
    if (!ssnValid(digits)) continue;
    // `Ticket 884-21-7730`: a labelled identifier, unless the text calls it an SSN.
    if (labelledIdentifier(text, start) && !ssnContext.test(text.slice(Math.max(0, start - 40), start))) continue;
    if (threeThrees && !ssnLabelRight.test(text.slice(Math.max(0, start - 32), start))) continue;
    if (last === first || threeThrees) {
      // Nine bare digits, or three groups of three, are an SSN only when the text says so before.
      context ??= ssnContext.test(text);
      if (!context || !ssnContext.test(text.slice(Math.max(0, start - 40), start))) continue;
    }
    out.push({ start, end, type: 'SSN', class: 'pii.government_id', normalized: digits });
  }
}

// ------------------------------------------------------------------------------------------- IP
const ipv4Pattern = /(?<![\w.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\w]|\.\d)/g;
const oidBefore = /(?:\boids?|object identifiers?|urn:oid|\barc)\s{0,2}[:=#(]?\s{0,2}$/i;
// The last 32 bits may be written as an IPv4 address (`::ffff:192.0.2.1`, `64:ff9b::192.0.2.33`).
const ipv6Pattern = /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{0,4})(?:%[A-Za-z0-9]{1,16})?(?![\w:])/g;

/** How many non-empty groups an IPv6 address has (`fe80::1` has 2), counted in place: one per match, thousands in a hostile tool result. */
function ipv6Groups(address: string): number {
  let groups = 0;
  let inGroup = false;
  for (let i = 0; i < address.length; i++) {
    const colon = address.charCodeAt(i) === 58;
    if (!colon && !inGroup) groups++;
    inGroup = !colon;
  }
  return groups;
}

function detectIps(text: string, out: Detection[], hasColon: boolean): void {
  for (const match of eachMatch(ipv4Pattern, text)) {
    const octets = [match[1], match[2], match[3], match[4]].map((octet) => octet ?? '');
    if (octets.some((octet) => Number(octet) > 255 || (octet.length > 1 && octet[0] === '0'))) continue;
    const value = match[0];
    // Unspecified, loopback and broadcast addresses identify nobody.
    if (value === '0.0.0.0' || value === '255.255.255.255' || octets[0] === '127') continue;
    // An ASN.1 object identifier with four arcs (`OID 2.5.4.3`, `urn:oid:1.3.6.1`) is no address.
    if (oidBefore.test(text.slice(Math.max(0, match.index - 24), match.index))) continue;
    out.push({ start: match.index, end: match.index + value.length, type: 'IP', class: 'pii.ip_address', normalized: value });
  }
  if (!hasColon) return;
  for (const match of eachMatch(ipv6Pattern, text)) {
    const value = match[0];
    const zone = value.indexOf('%');
    const address = zone === -1 ? value : value.slice(0, zone);
    if (!isIPv6(address)) continue;
    // At least three groups, or a compression with two (`fe80::1`); one group (`::1`, `a::`) is no address.
    // (`a::b` is valid IPv6 and is masked: hex-only code tokens like it are rare.)
    const groups = ipv6Groups(address);
    if (groups < 3 && !(address.includes('::') && groups >= 2)) continue;
    if (address === '::1' || address === '::') continue;
    out.push({ start: match.index, end: match.index + value.length, type: 'IP', class: 'pii.ip_address', normalized: address.toLowerCase() });
  }
}

/**
 * An IPv4 address written into a host name with dashes (probe 6 of 2026-12-03: each stored raw):
 * AWS's private and public DNS names (`ip-203-0-113-57.ec2.internal`,
 * `ip-10-0-1-23.us-west-2.compute.internal`, `ec2-203-0-113-57.compute-1.amazonaws.com`) and an
 * ISP's reverse DNS (`203-0-113-57.static.example.net`, `cpe-203-0-113-57.res.example.com`). Four
 * octets joined by `-`, at the start of a host name or after a label and a dash, then a dot and a
 * domain label; after `ip-` a host name of its own too (`node ip-10-0-1-23 Ready`). The octets
 * are masked as the dotted address (one pseudonym with `203.0.113.57` in text).
 */
const dashedIpv4 = /(?<=(?:^|[^\w.\-])(?:([A-Za-z][A-Za-z0-9]{0,14})-)?)(\d{1,3})-(\d{1,3})-(\d{1,3})-(\d{1,3})(?![\w\-])/g;
/** Two more labels of a host name (`.ec2.internal`, `.static.example.net`), or `.internal`/`.local`/`.lan` (`release-10-2-3-4.zip` is a file). */
const DOMAIN_LABEL_AFTER = /\.(?:[A-Za-z][A-Za-z0-9\-]{0,62}\.[A-Za-z0-9]|(?:internal|local|lan|localdomain)(?![\w\-]))/y;
function detectDashedIps(text: string, out: Detection[]): void {
  for (const match of eachMatch(dashedIpv4, text)) {
    const end = match.index + match[0].length;
    DOMAIN_LABEL_AFTER.lastIndex = end;
    if (!DOMAIN_LABEL_AFTER.test(text) && match[1]?.toLowerCase() !== 'ip') continue;
    const octets = [match[2], match[3], match[4], match[5]].map((octet) => octet ?? '');
    if (octets.some((octet) => Number(octet) > 255 || (octet.length > 1 && octet[0] === '0'))) continue;
    const value = octets.join('.');
    if (value === '0.0.0.0' || value === '255.255.255.255' || octets[0] === '127' || octets[0] === '0') continue;
    out.push({ start: match.index, end: match.index + match[0].length, type: 'IP', class: 'pii.ip_address', normalized: value });
  }
}

// ---------------------------------------------------------------------------------------- phone
// A run of digits and phone punctuation, one character class, ending in a digit; it may open
// with a calling code in parentheses (`(+44) 20 7946 0958`, `(0044) 20 …`).
const phoneRun = /(?:\(\+|[+(])?\d[\d ().\-/]{5,24}\d(?: ?(?:x|ext\.?|#) ?\d{1,6})?/g;
const phoneContext = /\b(?:phone|phones|tel|telephone|telefon|telefonu|telefono|t[ée]l[ée]phone|mobile|mob|mobil|handy|cell|cellphone|fax|tlf|call|calls|calling|called|text me|txt me|txt|texts|sms|messages?|whatsapp|wa|signal|telegram|viber|(?:my|his|her|their|your|'s|mera|meri|mere|apna|apni|apne) (?:number|no\.?|num)|namba yangu(?![ \t]+ya[ \t]+(?!simu))|nambari yangu|namba ya simu|nitumie|cel|contact|reach|dial|desk|office|answering|ring|telefone|telem[óo]vel|m[óo]vil|celular|cellulare|telefonino|contact[oa]|contatto|ligue|ligar|ll[áa]m[ae]me|llame|llamar|chiamami|chiama|chiamare)\b/i;
/**
 * Phone words of other scripts (issue 11: `هاتف: 0501234567` was no phone word): Arabic, Hebrew,
 * Hindi (with the nukta precomposed, decomposed as the normalized view writes it, or left out),
 * Russian, Chinese, Japanese, Korean, Greek. No `\b` (it knows ASCII letters only); the
 * abbreviations `тел` and `τηλ` must not run on into a word (`телевизор`, `τηλεόραση`).
 */
const OTHER_SCRIPT_PHONE_WORDS = 'هاتف|الهاتف|تلفون|جوال|موبايل|טלפון|נייד|\u095E\u094B\u0928|\u092B\u093C?\u094B\u0928|मोबाइल|телефон|тел(?![а-яё])|моб(?![а-яё])|мобильный|电话|電話|手机|手機|携帯|전화|휴대폰|핸드폰|τηλέφωνο|τηλ(?![α-ωά-ώ])|κινητό';
/**
 * Calling verbs and nouns of other scripts before a number, as `call`, `called`, `reach` are in
 * English (the tenth probe of 2026-12-05, L4: `العميل اتصل من 0501234567` "the customer called from"
 * was stored raw while `called from 0501234567` was masked): Arabic اتصل/اتصال/تواصل, Persian and
 * Urdu تماس/رابطہ, Hebrew התקשר/חייג, Hindi कॉल, Russian звонил/позвонить/звонок/набрать,
 * Greek καλέστε/τηλεφώνησε, Chinese 致电/来电/拨打, Japanese 連絡/架電, Korean 연락, Thai โทร.
 * Only in the 48 characters before a number, as the English words.
 */
const OTHER_SCRIPT_CALL_WORDS = 'اتصل|اتصلت|اتصلوا|يتصل|تتصل|اتصال|الاتصال|اتصلي|تواصل|تماس|رابطہ|התקשר|התקשרה|התקשרו|להתקשר|חייג|חייגה|कॉल|काल करें|звонил|звонила|звонили|позвонил|позвонила|позвонить|позвоните|звоните|звонок|набрать|наберите|καλέστε|καλέσει|τηλεφώνησε|τηλεφωνήστε|致电|致電|来电|來電|拨打|撥打|連絡|架電|연락|โทร';
const otherScriptPhoneWord = new RegExp(`(?:${OTHER_SCRIPT_PHONE_WORDS}|${OTHER_SCRIPT_CALL_WORDS})`, 'i');
/**
 * Phone words and "call me" of the Baltic, central and south-east European, Nordic, Greek (in Latin
 * letters), Celtic, Maltese and Swahili languages before a number (L16 of probe 2026-12-05g:
 * `helistage mulle 5123 4567`, Estonian "call me", and an 8-digit mobile with no trunk `0` were
 * stored raw): Estonian helista(ge) (mulle), mobiil; Latvian tālrunis/tālr., zvaniet/zvani (man);
 * Lithuanian telefonas, skambinkite/paskambink (man); Finnish puhelin/puh., soita(kaa) (minulle);
 * Hungarian telefonszám, mobilszám, hívjon/hívj fel; Romanian sunați-mă/sună-mă; Greek tilefono,
 * kinito, tilefoniste/kalese; Czech and Slovak zavolejte/zavolajte, volejte/volajte; Croatian,
 * Serbian, Slovene mobitel, nazovite/nazovi, pokličite; Albanian telefononi; Icelandic sími,
 * hringdu; Swahili simu, nipigie/tupigie; Swedish, Norwegian, Danish `ring mig`/`ring meg` are
 * English `ring`. A letter must not touch the word. Read in the 48 characters before a number only.
 * Calling verbs of Spanish, Portuguese, Polish, Italian, French and German in their past and
 * imperative forms (L6 of the sixteenth probe, 2026-12-05i: `llamé al 612 345 678`, `liguei para
 * 912 345 678`, `dzwoniłem pod 512 345 678` were stored raw while `call me back on` was masked):
 * CALL_VERBS below, read only right before the number (callVerbBefore).
 */
const CALL_VERBS = [
  // Spanish: llamé, llamó, llamamos, llamaron, llamarme, llámame/llámeme/llámenos, llamada(s), marqué, telefoneé.
  'llam(?:é|ó|amos|aron|aste|ad|ando|ar(?:me|le|les|nos))|ll[áa]m(?:ame|eme|enos|anos|alo|ale|elo|ele)|llamad[ao]s?|marqu[ée]|marc(?:ó|ar|ad)|telefone(?:é|ó|ar)',
  // Portuguese: liguei, ligou, ligaram, ligámos, liga-me, ligação, telefonei, telefonou, disquei, disque.
  'liguei|ligou|ligaram|lig[áa]mos|lig(?:a|ue|ar)-me|liga[çc](?:ão|ao|ões|oes)|telefonei|telefonou|telefonaram|telefon(?:a|e)-me|telefonar|disquei|discou|discar|disque',
  // Polish: (za|od)dzwoniłem/-łam/-ł/-ła/-li, zadzwoń(cie), zadzwonię, dzwonić, dzwoń.
  '(?:za|od)?dzwo(?:ni(?:ł(?:em|am|a|o|y|i|iśmy|yśmy)?|li(?:śmy)?|ć|ę|sz|my|cie)?|ń(?:cie)?)',
  // Italian: (ho) chiamato/-a, chiamalo, richiamami, telefonato, telefonami, telefonare.
  'chiamat[oaie]|chiamal[oa]|richiamami|richiamare|telefonat[oa]|telefonami|telefonarmi|telefonare',
  // French: appelé(e), appelez(-moi), appelle(-moi), appeler, rappelez(-moi), rappeler, joignable.
  'appel(?:é|ée|és|ez|er|le|lez)(?:-moi)?|rappel(?:é|ée|ez|er|le|lez)(?:-moi)?|joignable',
  // German: angerufen, anrufen, Anruf, zurückrufen, Rückruf, erreichbar, Rufnummer.
  'angerufen|anrufen|anruf|zur[üu]ckrufen|r[üu]ckruf|erreichbar|rufnummer',
].join('|');
const LATIN_PHONE_WORDS = 'helista(?:ge|ks|n)?|mobiil(?:telefon|i|il)?|t[āa]lr(?:unis|u[ņn]a|\\.)?|zvan(?:iet|i|ot)|piezvan(?:iet|i)|telefon(?:as|o|s|i|un|e|ul|szám(?:a|om)?|szam(?:a|om)?)|mobil(?:usis|szám|szam|ní|ni|ný|ny|ne|tel)|skambink(?:ite)?|paskambink(?:ite)?|puhelin(?:numero)?|puh\\.|matkapuhelin|soita(?:kaa)?|soittakaa|h[íi]vj(?:on|anak|ál|al)?|sun(?:a[țţt]i|[ăa])-?m[ăa]|tilef(?:ono|wno|oniste|onise|onisete)|kinito|kal[ée]ste|kalese|zavolej(?:te)?|zavolaj(?:te)?|volejte|volajte|nazov(?:ite|i)|pokli[čc](?:ite|i)|telefononi|s[íi]man[úu]mer|sími|fars[íi]mi|hringdu|(?:kinni|laua)telefon|simu|nipigie|tupigie|mpigie';
const latinPhoneWord = new RegExp(`(?<![\\p{L}\\p{N}])(?:${LATIN_PHONE_WORDS})(?![\\p{L}])`, 'iu');
/**
 * A phone word right before a number (`Phone: 51234567`, `Tel.: 98765432`, `helistage mulle 51234567`, `tālrunis 29123456`,
 * `call me at 5551234`; `Telefon:`, `Mobil:` of the Germanic and Slavic languages too): the word, then `number`/`no.`/`#` or the pronoun of a calling verb (`mulle`, `man`, `minulle`, `me`, …)
 * at most, then `:`/`.`/`=`/`#` and blanks. A compact number of seven or eight digits, the length of the national numbers
 * of Estonia, Latvia, Lithuania, the Nordic countries, Singapore and Hong Kong and of a US local number, is a phone only
 * after it (the open part of L16 of probe 2026-12-05g: such a number was read only with separators; `Order: 51234567`,
 * `Phone model 12345678`, `iPhone 15` stay). Not after the Romance words (`móvil 12345678`, `telemóvel`, `cellulare`): the
 * national numbers of Spain, Portugal, France and Italy are longer, and 2026-12-02 kept such numbers (text-labels-2026-12-02.test.ts).
 */
const PHONE_LABEL_RIGHT_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(?:(?:phone|telephone|tel|mobile|mob|cell|cellphone|ph|whatsapp|fax|tlf|handy|telefon|telefonu|mobil|${LATIN_PHONE_WORDS}|${OTHER_SCRIPT_PHONE_WORDS})(?:[ \\t]?(?:mulle|man|minulle|mi|me|mir|mij|mig|meg|nr\\.?|no\\.?|number|num|#))?|(?:call|text|reach|ring)(?:[ \\t]+(?:me|us|him|her|them))?[ \\t]+(?:at|on))\\.?[ \\t]{0,2}[:=#：]?[ \\t]{0,2}$`,
  'iu',
);
/**
 * A calling verb (CALL_VERBS) and at most three short words (a preposition, an article, a pronoun, a
 * name: `al`, `para o`, `pod`, `a María al`) right before the number: with a figure or a clause
 * between them the verb is another sentence's (`Llamamos a 3 clientes; ventas 612 345 678`).
 */
const callVerbBefore = new RegExp(`(?<![\\p{L}\\p{N}])(?:${CALL_VERBS})(?:[ \\t]+[\\p{L}'’]{1,10}){0,3}[ \\t:]*$`, 'iu');
const dateLike = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$/;
/** A year, a dash and a serial of four to six digits (`2026-44817`). */
const DATED_SERIAL = /^(?:19|20)\d{2}-\d{4,6}$/;
/** A tag's word right before a number, with its number word or sign (`tag `, `Tag No. `, `tags: `, `tag #`). */
/**
 * Numbers with a phone's shape that are a business's, a property's or a day's (O3 of the twelfth
 * probe, 2026-12-05e: each was typed PHONE): an employer identification number (`NN-NNNNNNN`, IRS)
 * after `EIN`, `FEIN`, `Employer identification number (EIN)` or `Federal tax ID`; a property's
 * index or parcel number (three dash-joined groups or more: Cook County's `10-24-317-009`, an APN)
 * after `PIN`, `APN`, `AIN` or `Property Index Number`; a cell's global id after `cell id` /
 * `cell_id` / `CGI` (MCC-MNC-LAC-CI); and a date written in a form's boxes (`Leaving date 30 11
 * 2026`, HMRC's P45) after a date word. The labels in capitals where they are words in
 * lower case (`ein` is German, `pin` a code).
 */
const EIN_SHAPE = /^\d{2}-\d{7}$/;
const EIN_LABEL_BEFORE = /(?:^|[^A-Za-z])(?:F?EIN|[Ee]mployer(?:['’]s)? (?:[Ii]dentification|ID|[Ii]d)(?: [Nn]umber| [Nn]o\.?| #)?|[Ff]ederal (?:[Tt]ax |[Ee]mployer )?(?:[Ii]dentification|ID|[Ii]d)(?: [Nn]umber| [Nn]o\.?| #)?)\)?[ \t]{0,2}(?:\(F?EIN\)[ \t]{0,2})?[:#]?[ \t]{0,2}$/;
const GROUPED_ID_SHAPE = /^\d{2,5}(?:-\d{1,5}){2,5}$/;
const PROPERTY_LABEL_BEFORE = /(?:^|[^A-Za-z])(?:PIN|APN|AIN|[Pp]roperty [Ii]ndex [Nn]umber(?: \(PIN\))?|[Aa]ssessor['’]?s? [Pp]arcel [Nn]umber(?: \(APN\))?|[Cc]ell[ _-]?(?:ID|[Ii]d|[Ii]dentity)|E?CGI)\)?[ \t]{0,2}[:#=]?[ \t]{0,2}$/;
const DATE_IN_BOXES = /^(?:(?:0?[1-9]|[12]\d|3[01]) (?:0?[1-9]|1[0-2])|(?:0?[1-9]|1[0-2]) (?:0?[1-9]|[12]\d|3[01])) (?:19|20)\d{2}$/;
/**
 * A date in two-digit boxes with no date word before it (the open part of O3 of 2026-12-05e: a P45's
 * box `4  30 11 2026`, `Employment ended 30 11 2026`, `Effective from 06 04 2026`): `DD MM YYYY` or
 * `MM DD YYYY`, single blanks, a day 01-31, a month 01-12 and a year 1900-2099. No country writes its
 * phones `NN NN NNNN` (Denmark, Norway and Luxembourg write `NN NN NN NN`); a phone word beside it
 * (`Tel: 30 11 2026`) or a country code before it (`+47 22 12 1990`) keeps it a phone.
 */
const DATE_IN_TWO_DIGIT_BOXES = /^(?:(?:0[1-9]|[12]\d|3[01]) (?:0[1-9]|1[0-2])|(?:0[1-9]|1[0-2]) (?:0[1-9]|[12]\d|3[01])) (?:19|20)\d{2}$/;
const DATE_WORD_BEFORE = /(?:^|[^A-Za-z])(?:date|dated|datum|fecha|data)(?: of [a-z]{2,12})?[ \t]{0,2}[:#]?[ \t]{0,2}$/i;
/**
 * A Korean business registration number (사업자등록번호, National Tax Service: `NNN-NN-NNNNN`, a
 * company's) after its label, and a medication's dosage schedule (German `Tropfen 20-20-20-20`,
 * `5 mg 10-10-5-5`: morning, noon, evening, night, three or four dash-joined groups of one to
 * three digits) after a dose's unit, a dosage form or a dosage word (O5 of the thirteenth probe,
 * 2026-12-05f: typed MRN and PHONE).
 */
const KR_BUSINESS_NUMBER_SHAPE = /^\d{3}-\d{2}-\d{5}$/;
const KR_BUSINESS_LABEL_BEFORE = /(?:사업자[ \t]?(?:등록)?[ \t]?번호|사업자|[Bb]usiness [Rr]egistration(?: [Nn]umber| [Nn]o\.?| #)?|BRN)\)?[ \t]{0,2}[:#：]?[ \t]{0,2}$/u;
const DOSAGE_SCHEDULE_SHAPE = /^\d{1,3}(?:-\d{1,3}){2,3}$/;
const DOSAGE_BEFORE = /(?:\d[ \t]?(?:mg|µg|mcg|ml|g|ie|i\.e\.|iu|einheiten)|tropfen|trpf\.?|tabletten|filmtabletten|tbl\.?|tabl\.?|kapseln|kps\.?|dragees|hub|hübe|sprühstöße|dosierung|dosis|einnahme|drops|gtt\.?|tablets?|tabs?|capsules?|caps?)[ \t]{0,2}[:=]?[ \t]{0,2}$/iu;
function businessNumberBefore(text: string, start: number, main: string): boolean {
  const before = text.slice(Math.max(0, start - 48), start);
  if (EIN_SHAPE.test(main) && EIN_LABEL_BEFORE.test(before)) return true;
  if (KR_BUSINESS_NUMBER_SHAPE.test(main) && KR_BUSINESS_LABEL_BEFORE.test(before)) return true;
  if (DOSAGE_SCHEDULE_SHAPE.test(main) && DOSAGE_BEFORE.test(before)) return true;
  if (GROUPED_ID_SHAPE.test(main) && PROPERTY_LABEL_BEFORE.test(before)) return true;
  return DATE_IN_BOXES.test(main) && (DATE_WORD_BEFORE.test(before) || DATE_IN_TWO_DIGIT_BOXES.test(main));
}
const TAG_WORD_BEFORE = /(?<![A-Za-z])tags?\.?[ \t]{0,2}(?:(?:no|nr|num|number)\.?[ \t]{0,2})?[:#]?[ \t]{0,2}$/i;
/** Two numbers joined by a dash: a range when a word before says so (RANGE_WORD_BEFORE). */
const NUMBER_RANGE = /^\d{3,6}-\d{3,6}$/;
const RANGE_WORD_BEFORE = /\b(?:ports?|range|ranges|between|from|ids?|numbers|values|rows|lines|pages|years|bytes|offsets?|seq(?:uence)?s?)\b[^\d\n]{0,8}$/i;

/** A phone word written right before the number, glued or with `:`/`.`/`=` (`Phone:+44…`, `Tel.030/…`). */
// Chinese, Japanese and Korean write `number` after the word (`携帯番号：`, `手机号码：`, `전화번호:`) and a
// full-width colon (a probe of 2026-12-03: `携帯番号：080-1234-5678` was stored raw).
const gluedPhoneWord = new RegExp(`(?:^|[^A-Za-z])(?:phone|tel|telephone|mobile|mob|cell|fax|ph|handy|tlf|whatsapp|${OTHER_SCRIPT_PHONE_WORDS})(?:番号|号码|號碼|번호)?\\.?\\s?[:=#：]?\\s?$`, 'i');

/**
 * libphonenumber's verdict per digit string: a number shared by several countries (+44, +1, +7)
 * costs a country lookup that compiles the metadata's patterns on every call (~25% of a
 * redaction's CPU on a tool result of orders with UK phones). The same numbers recur across the
 * rows and events of a session, so the verdict is kept; at most PHONE_VERDICTS entries, in
 * process memory only.
 */
const PHONE_VERDICTS = 2048;
const phoneVerdicts = new Map<string, string | false>();

/**
 * Numbers libphonenumber parses per text (detectPhones call) before the rest are taken by their
 * shape alone. A parse of a number whose calling code several countries share costs about 8 KB
 * of garbage and 20 µs; a hostile tool result of 28,000 distinct `+44` numbers in 512 KiB made
 * 200 MB, whose collection in a sealing thread slowed the host's thread too. Past the budget an
 * international number that passed the shape checks is masked as `+<digits>` without the
 * library's check: a flood is over-masked, never let through (docs/REDACTION.md).
 */
const PHONE_PARSES_PER_TEXT = 256;
let phoneParsesLeft = PHONE_PARSES_PER_TEXT;

/**
 * Validates an international number with libphonenumber-js (its `min` metadata): the calling
 * code must exist and the national number must have a length that country uses. Returns E.164.
 * Past this text's parse budget (PHONE_PARSES_PER_TEXT), `+<digits>` unchecked.
 */
function internationalPhone(e164Digits: string): string | undefined {
  if (e164Digits.length < 8 || e164Digits.length > 15) return undefined;
  const known = phoneVerdicts.get(e164Digits);
  if (known !== undefined) return known === false ? undefined : known;
  if (phoneParsesLeft <= 0) return `+${e164Digits}`;
  phoneParsesLeft--;
  const parsed = parsePhoneNumberFromString(`+${e164Digits}`);
  const verdict = parsed?.isPossible() === true ? parsed.number : undefined;
  // Bounded: cleared whole when full (no per-hit bookkeeping on the hot path).
  if (phoneVerdicts.size >= PHONE_VERDICTS) phoneVerdicts.clear();
  phoneVerdicts.set(e164Digits, verdict ?? false);
  return verdict;
}


/** Countries whose national numbers start with a trunk `0`, in which a recipient's number is tried (recipientPhone). */
const TRUNK_ZERO_COUNTRIES = ['GB', 'DE', 'FR', 'NL', 'BE', 'AT', 'CH', 'IE', 'IT', 'AU', 'NZ', 'ZA', 'IN', 'JP', 'KR', 'CN', 'BR', 'TR', 'SE', 'FI'] as const;
/** One phone number as a whole value: an optional `+`, digits, blanks, dots, dashes and parentheses. */
const RECIPIENT_SHAPE = /^\+?\(?\d[\d \u00a0().\-]{5,22}\d$/;

/**
 * The canonical form (`+<digits>` when written with a `+` or `00`, the digits otherwise, as under a
 * phone key) of a string that is one phone number by libphonenumber-js, or undefined: the value
 * of a member whose name says only where a message goes (`to`, `from`, `contact`, `recipient`;
 * key-names.ts isRecipientKeyName), which holds an email, a name, a date or a language as often.
 * International (`+44 7700 900123`, `0044…`): a calling code and a length it uses
 * (internationalPhone). National with a trunk `0` (`07700 900123`, `015112345678`): 9 to 12
 * digits, valid in one of TRUNK_ZERO_COUNTRIES. Without either: a valid NANP number
 * (`4155550134`, `14155550134`; an epoch `1700000000` is none, no area code starts with 1), or
 * 11 digits and more that start with a calling code (`447700900123`). Dates (`2026-12-03`),
 * counts and amounts have too few digits or no such shape.
 */
export function recipientPhone(value: string): string | undefined {
  const text = value.trim();
  if (!RECIPIENT_SHAPE.test(text)) return undefined;
  const digits = text.replace(NON_DIGITS, '');
  if (digits.length < 7 || digits.length > 15 || /^(\d)\1+$/.test(digits)) return undefined;
  if (text.startsWith('+') || digits.startsWith('00')) {
    const e164 = internationalPhone(text.startsWith('+') ? digits : digits.slice(2));
    return e164 === undefined ? undefined : `+${text.startsWith('+') ? digits : digits.slice(2)}`;
  }
  if (digits.startsWith('0')) {
    if (digits.length < 9 || digits.length > 12) return undefined;
    return TRUNK_ZERO_COUNTRIES.some((country) => parsePhoneNumberFromString(digits, country)?.isValid() === true) ? digits : undefined;
  }
  if ((digits.length === 10 || (digits.length === 11 && digits.startsWith('1'))) && parsePhoneNumberFromString(digits, 'US')?.isValid() === true) return digits;
  return digits.length >= 11 && internationalPhone(digits) !== undefined ? digits : undefined;
}

/**
 * A number in a messaging context (a WhatsApp, Telegram, Signal or Viber link, a `tel:`/`sms:`
 * URI, a messaging word before or after it): recipientPhone's reading, with a number of 11 to 15
 * digits that starts with no `0` read as international without its `+` (WhatsApp's `wa.me` links
 * and its API take the number so: https://faq.whatsapp.com/5913398998672934) when libphonenumber-js
 * takes `+<digits>` as possible; then its canonical form is `+<digits>` (E.164), the pseudonym of
 * `+44 7700 900123` written anywhere. Undefined when it is no phone number.
 */
function messagingPhone(raw: string): string | undefined {
  const normalized = recipientPhone(raw);
  if (normalized === undefined || normalized.startsWith('+') || normalized.startsWith('0') || normalized.length < 11) return normalized;
  return internationalPhone(normalized) !== undefined ? `+${normalized}` : normalized;
}

/**
 * A link or URI prefix that the number right after it (glued, `+` or not) is a phone number in:
 * `wa.me/`, `api.whatsapp.com/send?phone=`, `whatsapp://send?phone=`, `t.me/+`, `telegram.me/+`,
 * `signal.me/#p/+`, `viber://chat?number=`, and the URI schemes `tel:` (RFC 3966), `sms:`/`smsto:`
 * (RFC 5724), `mms:`, `callto:`, `facetime:`, `facetime-audio:`, `whatsapp:` (`whatsapp:+44…`,
 * Twilio's addresses).
 */
const MESSAGING_LINK_BEFORE = /(?:\b(?:wa\.me|t\.me|telegram\.me|signal\.me\/#p|signal\.me\/#eu)\/|(?:whatsapp|viber|telegram|signal)[^\s?#]{0,40}\?(?:[^\s#]{0,200}&)?(?:phone|number|to)=|\b(?:tel|sms|smsto|mms|mmsto|callto|facetime|facetime-audio|whatsapp|viber|skype):(?:\/\/)?)$/i;
/** A messaging service's name before or after a number (`reply to 447700900123 on whatsapp`, `447700900123 (Signal)`). */
const MESSAGING_WORD_BEFORE = /\b(?:whatsapp|whats app|wa|signal|telegram|viber|imessage|sms)\b/i;
/**
 * A call detail record's subscriber (L9 of the seventh probe of 2026-12-04: `A-number 14155550134`,
 * `CDR: 2026-11-02T10:11:22Z,447700900123,447700900456,62s,VOICE` were stored raw): CDRs write the
 * numbers with their calling code and no `+`. A party's word before the number (`A-number`,
 * `B-party`, `calling number`, `MSISDN`, `CDR`), or the number as a whole field of a delimited line
 * that holds a call's service (`VOICE`, `SMS`, `MOC`, in capitals) or its duration (`62s`, `00:01:02`) beside a
 * timestamp.
 */
const CDR_WORD_BEFORE = /\b(?:[ab][ -](?:number|party|subscriber|no)|(?:calling|called|originating|terminating|dialled|dialed|other)[ _-](?:number|party|msisdn)|msisdn|cdr|call detail record)\b/i;
const CDR_SERVICE_FIELD = /(?:^|[,;|\t])[ ]?(?:VOICE|SMS|MMS|MOC|MTC|SMS-MO|SMS-MT|VOLTE|VOIP)[ ]?(?=[,;|\t]|$)/m;
/** A duration field counts only in a record that also holds a timestamp (`bytes,14155550134,62s` stays). */
const CDR_DURATION_FIELD = /(?:^|[,;|\t])[ ]?(?:\d{1,6}s|\d{2}:\d{2}:\d{2})[ ]?(?=[,;|\t]|$)/m;
const CDR_TIMESTAMP = /\b\d{4}-?\d{2}-?\d{2}(?:[T ]|\d{2})\d{2}:?\d{2}/;
function cdrParty(text: string, start: number, end: number): boolean {
  if (CDR_WORD_BEFORE.test(text.slice(Math.max(0, start - 48), start))) return true;
  const before = start > 0 ? text.charCodeAt(start - 1) : 10;
  const after = end < text.length ? text.charCodeAt(end) : 10;
  const delimiter = (code: number) => code === 44 || code === 59 || code === 124 || code === 9;
  if (!(delimiter(before) || before === 10) || !(delimiter(after) || after === 10 || after === 13)) return false;
  // The line within 200 characters either side, read no further (an unbounded scan to the line's
  // ends for every number of one long line was quadratic; issue 11).
  const line = text.slice(lineStartFrom(text, start, start - 200), lineEndUntil(text, end, end + 200));
  return CDR_SERVICE_FIELD.test(line) || (CDR_DURATION_FIELD.test(line) && CDR_TIMESTAMP.test(line));
}
const MESSAGING_WORD_AFTER = /^[\s\-,:(]{0,3}(?:(?:on|via|by|over|in|at|per)\s{1,2})?(?:whatsapp|whats app|signal|telegram|viber|imessage|sms)\b/i;

/**
 * The other spellings of a phone number's digits, for session memory (redactor.ts remember), from
 * a detection's canonical form, parsed by libphonenumber-js (`min` metadata):
 * - international (`+447700900123`, `00447700900123`, or 11 to 15 digits with no trunk `0`,
 *   `447700900123`; the calling code must exist and the length be one it uses, `isPossible()`):
 *   the calling code and national significant number (`447700900123`, which `+44 7700 900123` is
 *   read as too), with the `00` prefix (`00447700900123`), the national format's digits
 *   (`07700900123`) and the national significant number alone (`7700900123`; ITU-T E.164 §6);
 * - national with a trunk `0` (`07911123456`): the number without it, and the international
 *   spellings in the first two of TRUNK_ZERO_COUNTRIES where it is valid (`isValid()`; which
 *   country is not written, so the international spelling is a guess: GB first);
 * - ten digits valid in the NANP (`4155550134`): `14155550134` and `0014155550134`.
 * Digits only (session memory reads blanks and dashes between digits), at most six, the number's
 * own digits among them (it may have been written otherwise: `0044 7700 900123`); none when the
 * number does not parse.
 */
export function phoneSpellings(normalized: string): string[] {
  const digits = normalized.replace(NON_DIGITS, '');
  if (digits.length < 7 || digits.length > 17) return [];
  const spellings = new Set<string>();
  const add = (parsed: ReturnType<typeof parsePhoneNumberFromString>): void => {
    if (parsed === undefined) return;
    const international = `${parsed.countryCallingCode}${parsed.nationalNumber}`;
    spellings.add(international);
    spellings.add(`00${international}`);
    spellings.add(parsed.formatNational().replace(NON_DIGITS, ''));
    spellings.add(parsed.nationalNumber as string);
  };
  const international = (e164Digits: string): ReturnType<typeof parsePhoneNumberFromString> => {
    const parsed = e164Digits.length >= 8 && e164Digits.length <= 15 ? parsePhoneNumberFromString(`+${e164Digits}`) : undefined;
    return parsed?.isPossible() === true ? parsed : undefined;
  };
  if (normalized.startsWith('+')) add(international(digits));
  else if (digits.startsWith('00')) add(international(digits.slice(2)));
  else if (digits.startsWith('0')) {
    let countries = 0;
    for (const country of TRUNK_ZERO_COUNTRIES) {
      const parsed = parsePhoneNumberFromString(digits, country);
      if (parsed?.isValid() !== true) continue;
      add(parsed);
      if (++countries === 2) break;
    }
  } else if ((digits.length === 10 || (digits.length === 11 && digits.startsWith('1'))) && parsePhoneNumberFromString(digits, 'US')?.isValid() === true) {
    add(parsePhoneNumberFromString(digits, 'US'));
  } else if (digits.length >= 11) add(international(digits));
  return [...spellings].slice(0, 6);
}

/** A nine-digit national number of Portugal or Spain (9 digits, no trunk prefix) by libphonenumber's metadata. */
function nineDigitNational(digits: string): boolean {
  return parsePhoneNumberFromString(digits, 'PT')?.isValid() === true || parsePhoneNumberFromString(digits, 'ES')?.isValid() === true;
}

/** A nine-digit national number of Poland, Portugal or Spain (no trunk prefix) by libphonenumber's metadata. */
function nineDigitMobile(digits: string): boolean {
  return nineDigitNational(digits) || parsePhoneNumberFromString(digits, 'PL')?.isValid() === true;
}
/**
 * Weak cues of a phone before a nine-digit national number (L6 of the sixteenth probe, 2026-12-05i):
 * a conversation's verb and then `at`/`on` right before the number (`Spoke with insured … at`,
 * `Talked to the tenant on`, `Left a voicemail for … at`), a number-porting cue (`Number(s) to port:`,
 * `porting number`, `MSISDN`, and the numbers listed after it: `…: 512 345 678 and 601 234 567`). Not a phone word alone: `valued at`, `Population at` and `port 601…` stay.
 */
const WEAK_PHONE_CUE = /(?:\b(?:spoke|spoken|speaking|talked|talking|chatted|texted|messaged|reached|contacted|phoned|rang|voicemail|voice mail)\b[^;!?\n]{0,40}\b(?:at|on)|(?:\bnumbers?(?:\(s\))? (?:to (?:be )?)?port(?:ed)?|\bport(?:ing|ed)(?:[ -](?:in|out))? (?:numbers?|lines?)|\bmsisdns?)[\s:#=]{0,3}(?:\d{3}[ .\-]?\d{3}[ .\-]?\d{3}(?:,| and| &|;)[ \t]{0,2}){0,3})[\s:#=]{0,3}$/i;
const weakPhoneCueGate = gatedTest(/spoke|spoken|speaking|talked|talking|chatted|texted|messaged|reached|contacted|phoned|rang|voice ?mail|number|porting|ported|msisdn/i);
/** A nine-digit national number of Poland, Portugal or Spain after a weak cue (WEAK_PHONE_CUE). */
function weakNineDigitPhone(text: string, start: number, digits: string): boolean {
  if (digits.length !== 9 || digits.charCodeAt(0) === 48) return false;
  const before = phoneWindowBefore(text, start);
  return weakPhoneCueGate(before) && WEAK_PHONE_CUE.test(before) && nineDigitMobile(digits);
}
/** A nine-digit number, 3-3-3 (blanks, dots or dashes) or compact, then the end, punctuation or a blank and a bracket or dash. */
const NAME_COMMA_NUMBER = /^,[ \t]{1,2}(\d{3}([ .\-])\d{3}\2\d{3}|\d{9})(?=$|[,;.)\]|/\n\r]|[ \t]+(?:$|[(\-–|/\n]))/;
/**
 * A nine-digit national number of Poland, Portugal or Spain right after a person's name and a comma
 * (`Parent/Guardian: Maria Lopes, 934 567 890`; L6 of the sixteenth probe, 2026-12-05i): a phone,
 * where the number ends its clause (`Maria Lopes, 934 567 890 views` stays). Reads the few
 * characters after each person found from `from` on.
 */
/** Whether a phone this pass added (start -> end) covers [start, end): such a number is at most 11 characters, so it starts at most 11 before. */
function addedCovers(added: ReadonlyMap<number, number>, start: number, end: number): boolean {
  for (let at = start - 11; at <= start; at++) if ((added.get(at) ?? -1) >= end) return true;
  return false;
}
/**
 * Ten compact digits right after a person's name and a blank, ending there (`Ankit Sharma 9876543210`, an
 * M-PESA receipt's `sent to JOHN KAMAU 0712345678 on …`; L9 of the probe of 2026-12-06c: stored raw).
 */
const NAME_BLANK_NUMBER = /^[ \t]{1,2}(\d{10})(?![\p{L}\p{N}_]|[.,\-/]\d)/u;
/** Swahili `kwa` (to, for) and a blank or two right before a number (`Tuma pesa kwa 0722123456`). */
const KWA_BEFORE = /(?:^|[^\p{L}\p{N}])kwa[ \t]{1,2}$/iu;
/** An Indian mobile (ten digits from 6-9) or a Kenyan one (`07…`, `010`, `011`), valid in libphonenumber's metadata (the `min` set has no number types). */
function indiaOrKenyaMobile(digits: string): boolean {
  if (/^[6-9]/.test(digits)) return parsePhoneNumberFromString(digits, 'IN')?.isValid() === true;
  return /^0(?:7\d|1[01])/.test(digits) && parsePhoneNumberFromString(digits, 'KE')?.isValid() === true;
}
function detectNameCommaPhones(text: string, out: Detection[], from: number): void {
  const to = out.length;
  // The phones found before (one binary search a person, not a scan of `out`: issue 11's linear
  // time), and those this loop adds, by start.
  let phones: SpanReach | undefined;
  const added = new Map<number, number>();
  for (let k = from; k < to; k++) {
    const person = out[k] as Detection;
    if (person.type !== 'PERSON') continue;
    const next = text.charCodeAt(person.end);
    if (next !== 44 && next !== 32 && next !== 9) continue;
    const match = next === 44 ? NAME_COMMA_NUMBER.exec(text.slice(person.end, person.end + 20)) : NAME_BLANK_NUMBER.exec(text.slice(person.end, person.end + 16));
    if (match === null) continue;
    const number = match[1] as string;
    const start = person.end + match[0].length - number.length;
    const digits = number.replace(NON_DIGITS, '');
    if (next === 44 ? digits.charCodeAt(0) === 48 || !nineDigitMobile(digits) : !indiaOrKenyaMobile(digits)) continue;
    phones ??= spanReach(out.filter((found) => found.type === 'PHONE'));
    const end = start + number.length;
    if (phones.endBefore(start + 1) >= end || addedCovers(added, start, end)) continue;
    added.set(start, end);
    out.push({ start, end: start + number.length, type: 'PHONE', class: 'pii.phone', normalized: digits });
  }
}

/**
 * Countries whose national numbers a person's parenthesis holds (L2 of the seventeenth probe,
 * 2026-12-05j): TRUNK_ZERO_COUNTRIES and Vietnam, Ghana and Hungary (`06` trunk).
 */
const NAME_PAREN_COUNTRIES = [...TRUNK_ZERO_COUNTRIES, 'VN', 'GH', 'HU'] as const;
/** A national number with a trunk `0` (9 to 12 digits in groups of blanks, dots or dashes), or nine digits 3-3-3, closing a parenthesis. */
const NAME_PAREN_NUMBER = /^[ \t]?\([ \t]?(0\d{1,4}(?:[ .\-]?\d{2,4}){1,4}|\d{3}([ .\-])\d{3}\2\d{3}|\d{9})[ \t]?\)/;
/** A national number of NAME_PAREN_COUNTRIES (trunk `0`), or of Poland, Portugal or Spain (nine digits, nineDigitMobile). */
function nameParenPhone(digits: string): boolean {
  if (digits.charCodeAt(0) !== 48) return digits.length === 9 && nineDigitMobile(digits);
  // `00` is the international prefix, no trunk.
  if (digits.length < 9 || digits.length > 12 || digits.charCodeAt(1) === 48) return false;
  return NAME_PAREN_COUNTRIES.some((country) => parsePhoneNumberFromString(digits, country)?.isValid() === true);
}
/** A date (dobDate) after a person's name in parentheses: `(`, the date, then `)`, `,` or `;`. */
const NAME_PAREN_OPEN = /[ \t]?\([ \t]?/y;
const NAME_PAREN_DATE_END = /[ \t]?[),;]/y;
/**
 * A person's phone or date of birth in parentheses right after the name (L2 and L5 of the
 * seventeenth probe, 2026-12-05j): `CRC called Ayşe Karaosmanoğlu (0532 418 27 63)`, `Called Kovács
 * Eszter (06 20 318 4472)`, `Caregiver 1: Ayşe Demir (23.04.1979)`, `Resident: Kwame Mensah (3 June
 * 1969)`, `Tenant: Nagy Ildikó (1975. 04. 18.)`. A phone is a national number valid by
 * libphonenumber (nameParenPhone) that closes the parenthesis; a date is one dobDate reads with a
 * separator or a month's name (eight digits alone are an id's), then `)`, `,` or `;`. Reads the
 * few characters after each person found from `from` on; a parenthesis after anything else
 * (`Keytruda (pembrolizumab)`, `Amendment 3 (12.05.2025)`) is not read.
 */
function detectNameParenValues(text: string, out: Detection[], from: number, phones: boolean, dates: boolean): void {
  const to = out.length;
  let last = -1;
  for (let k = from; k < to; k++) {
    const person = out[k] as Detection;
    if (person.type !== 'PERSON' || person.end === last) continue;
    const next = text.charCodeAt(person.end);
    if (next !== 40 && !((next === 32 || next === 9) && text.charCodeAt(person.end + 1) === 40)) continue;
    last = person.end;
    if (phones) {
      const match = NAME_PAREN_NUMBER.exec(text.slice(person.end, person.end + 24));
      if (match !== null) {
        const number = match[1] as string;
        const digits = number.replace(NON_DIGITS, '');
        if (nameParenPhone(digits)) {
          const start = person.end + match[0].indexOf(number);
          out.push({ start, end: start + number.length, type: 'PHONE', class: 'pii.phone', normalized: digits });
          continue;
        }
      }
    }
    if (!dates) continue;
    NAME_PAREN_OPEN.lastIndex = person.end;
    if (NAME_PAREN_OPEN.exec(text) === null) continue;
    dobDate.lastIndex = NAME_PAREN_OPEN.lastIndex;
    const date = dobDate.exec(text);
    if (date === null || /^\d+$/.test(date[0])) continue;
    // A date written with a closing dot (`1975. 04. 18.`) ends before it: the dot, then the parenthesis.
    NAME_PAREN_DATE_END.lastIndex = date.index + date[0].length + (text.charCodeAt(date.index + date[0].length) === 46 ? 1 : 0);
    if (NAME_PAREN_DATE_END.exec(text) === null) continue;
    out.push({ start: date.index, end: date.index + date[0].length, type: 'DOB', class: 'pii.date_of_birth', normalized: date[0].toLowerCase().replace(/\s+/g, ' ') });
  }
}

// detectPhones' patterns, made once: a regular-expression literal inside a function is a new
// RegExp object each time it is evaluated (ECMA-262, "Regular Expression Literals", Evaluation),
// and these run for every digit run of a text. The g ones are used only by replace(), which
// starts from and leaves lastIndex at 0.
const PHONE_WORD_AFTER = /^[\s\-,:]{0,3}(?:office|fax|mobile|cell|home|work|desk|phone|tel)\b/i;
const NON_DIGITS = /\D/g;
const DOUBLED_SEPARATOR = / {2,}|[.\-/]{2,}|[ .\-/][ .\-/]/;
const PAREN_AFTER_SPACE = /\) /g;
const PAREN_BEFORE_SPACE = / \(/g;
const LEADING_PLUS = /^\+/;
const PHONE_SEPARATORS = /[ ().\-]+/;
// A year never starts with the international prefix `00` (`0049-30-84712265` is a phone).
const ISO_DATE_START = /^(?!00)\d{4}-\d{2}-\d{2}/;
/** A calling code in parentheses at the start (`(+44) 20 …`, `(0049) 30 …`): read without them. */
const CALLING_CODE_IN_PARENS = /^\((\+|00)(\d{1,3})\)/;
/** A slash with spaces around it (`030 / 847 122 65`, German notation): read as one slash. */
const SPACED_SLASH = / ?\/ ?/;
const DIGITS_PLUS_PARENS = /[\d+()]/g;
const SPACE_DOT_DASH = /[ .\-]/g;
const TRUNK_AREA = /^0\d{1,4}$/;
const ALL_DIGITS = /^\d+$/;
const DOTS_ONLY = /^\.+$/;
const ONE_DIGIT_REPEATED = /^(\d)\1+$/;
const THING_LABEL_BEFORE = /\b(?:isbn|issn|zip|postal|postcode)\b/i;
/**
 * A URL path's segment before a number that names a phone (`/lookup/phone/`, `/by-phone/`,
 * `/sms/`, `/msisdn/`): the number alone in the next segment is read as a phone (K17 of the probe
 * of 2026-12-04e). A number with its `+` needs no such segment.
 */
const PHONE_PATH_SEGMENT = /(?:^|[/_.-])(?:phone|phones|phonenumber|phone-number|phone_number|msisdn|tel|telephone|mobile|mobiles|cell|sms|mms|whatsapp|caller|callers|callerid|contact|contacts|numbers?)\/$/i;
/** A blank inside a run: no URL path's segment holds one (`x/+44 207 946 0958` is no path). */
const BLANK_INSIDE = /[ \t]/;
/** What may end a URL path's segment: the end, `/`, `?`, `#`, `&`, a blank, a quote or a closing bracket. */
const isSegmentEnd = (code: number): boolean => code === -1 || code === 47 || code === 63 || code === 35 || code === 38 || code === 32 || code === 9 || code === 10 || code === 13 || code === 34 || code === 39 || code === 41 || code === 93 || code === 62 || code === 44 || code === 59;
/**
 * Toll-free numbers are a business's, never a person's (P6 of the probe of 2026-12-04e): the North
 * American Numbering Plan's toll-free codes 800, 833, 844, 855, 866, 877 and 888 (NANPA, "Toll-Free
 * Numbers"; 1 before them optional) and the UK's freephone ranges 0800 and 0808 (Ofcom, National
 * Telephone Numbering Plan), with or without their calling code. Other countries' free and
 * shared-cost ranges stay masked (docs/REDACTION.md).
 */
const TOLL_FREE = /^(?:1?8(?:00|33|44|55|66|77|88)\d{7}|(?:44|0)80[08]\d{6,7})$/;
/** True when `text` (a phone number as written) is a toll-free or freephone number (TOLL_FREE). */
export const isTollFreeNumber = (text: string): boolean => TOLL_FREE.test(tollFreeDigits(text.trim()));
/** A run's digits as TOLL_FREE reads them: an international `00` left out, the trunk `(0)` too. */
const tollFreeDigits = (run: string): string => {
  const digits = run.replace(TRUNK_ZERO_IN_PARENS, '').replace(NON_DIGITS, '');
  return run.trimStart().startsWith('00') ? digits.slice(2) : digits;
};
/**
 * A label right before a number that names an organisation's line, not a person's: a hospital's,
 * clinic's, pharmacy's, store's or branch's, a switchboard, front desk or reception, customer
 * service or support, a help desk or hotline, `our office` (O4 of the probe of 2026-12-04f:
 * `Hospital main line (937) 208-8000`, `Pharmacy: …`, `Clinic fax …`, `Customer service: +44 …`
 * were masked). A person's work line stays masked (`my office number`, `her direct line`), and so
 * does a bare `Fax:` (HIPAA Safe Harbor lists fax numbers among an individual's identifiers,
 * 45 CFR 164.514(b)(2)(i)(E)).
 */
const ORGANIZATION_LINE_BEFORE = /(?:^|[^\p{L}])(?:hospital|clinic|practice|pharmacy|surgery|store|shop|branch|company|business|switchboard|reception|front[ -]desk|customer[ -](?:service|care|support)|support|help[ -]?desk|help[ -]?line|hotline|(?:our|the|head|main|box)[ \t]office)(?:[ \t]{1,2}(?:main|general|direct|appointments?|line|lines|number|phone|telephone|tel\.?|fax|no\.?|#))*(?:[ \t]{1,2}is)?[ \t]*[:=\-]?[ \t]*$/iu;
const SSN_SHAPE = /^\d{3}([- ])\d{2}\1\d{4}$/;
const TRUNK_ZERO_IN_PARENS = /\(0\)/;

/**
 * A grouping no national numbering plan writes: a number without a trunk `0` (NANP, Spain, Italy's
 * mobiles, Scandinavia, which write 3-3-4, 3-3-3, 2-2-2-2, 3-2-3) whose last group is a pair after a
 * group of three or more (`4471-220-19`, `512 334 17`: product codes, part and order numbers).
 * Pairs after pairs stay phones (`612 34 56 78`), and so do numbers with a trunk `0`, which German
 * writes in threes and a pair (`0176 123 456 78`).
 */
function noPlanEnding(digits: string, groups: readonly string[]): boolean {
  return digits.charCodeAt(0) !== 48 && (groups[groups.length - 1] as string).length <= 2 && (groups[groups.length - 2] as string).length >= 3;
}

/**
 * A customs tariff code's shape (O2 of the probe of 2026-12-05c): a heading of four digits without
 * a trunk `0`, a dot, a subheading pair and national digits in dotted pairs or a four
 * (`8517.12.0000`, `8471.30.00.10`, `6109.10.0010`). No numbering plan writes a national number
 * 4.2.4 or 4.2.2.2 with dots; a phone only when the text says so. Spaced or dashed (`8471 30 00
 * 00`) stays a phone shape unless a tariff label stands before it (idLabelBefore).
 */
function tariffShape(digits: string, groups: readonly string[], dotsOnly: boolean): boolean {
  if (!dotsOnly || digits.charCodeAt(0) === 48 || (groups[0] as string).length !== 4 || (groups[1] as string).length !== 2) return false;
  const rest = groups.slice(2);
  return (rest.length === 1 && (rest[0] as string).length === 4) || (rest.length === 2 && rest.every((group) => group.length === 2));
}

/**
 * The 48 characters before a number, less the tail of a word the window cuts: `\bdesk` matched
 * the end of `Zendesk` when `Zendesk` began 51 characters before the number, so a CRM id in a
 * line of ticket systems read as a phone (O7 of the probe of 2026-12-05d: `Zendesk #35436;
 * Intercom conv 215468; HubSpot deal 9827361512`). A word whole inside the window still counts.
 */
function phoneWindowBefore(text: string, start: number): string {
  let from = Math.max(0, start - 48);
  if (from > 0 && isWordChar(text.charCodeAt(from - 1))) while (from < start && isWordChar(text.charCodeAt(from))) from++;
  return text.slice(from, start);
}

function phoneHasContext(text: string, start: number, end: number): boolean {
  const before = phoneWindowBefore(text, start);
  const after = text.slice(end, end + 16);
  return phoneContext.test(before) || PHONE_WORD_AFTER.test(after) || otherScriptPhoneWord.test(before) || latinPhoneWord.test(before) || callVerbBefore.test(before);
}

const phoneExtension = /(?: ?(?:x|ext\.?|#) ?\d{1,6})$/;

/** The digits of a NANP number: ten with an area code and an exchange that start with 2-9, a `1` before them or not. */
const NANP_WRAPPED = /^1?[2-9]\d{2}[2-9]\d{6}$/;
/** Digits that start with a date `YYYYMMDD` (a build's or a batch's number). */
const DATE_PREFIX = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])/;

function parenthesesBalanced(raw: string): boolean {
  let depth = 0;
  for (let index = 0; index < raw.length; index++) {
    const code = raw.charCodeAt(index);
    if (code === 40) depth++;
    else if (code === 41) depth--;
  }
  return depth === 0;
}

/** Judges one run of digits and phone punctuation (`raw`, at `start` in `text`) as a phone number; pushes it and returns true when it is one. */
const ISO_FORM_NUMBER = /^\d{2} \d{2} \d{2} \d{2}$/;
const ISO_LINE_BEFORE = /(?:^|[^\p{L}\p{N}])(?:CG|CA|CP|CR|CU|BP|DP|HO|IL|IM|PP|WC|EP|MP|ML|FA|GL)[ ]$/u;
function phoneAt(text: string, raw: string, start: number, out: Detection[]): boolean {
  // `(+44 74 …` with no closing parenthesis: the number starts at the `+`.
  if (raw.charCodeAt(0) === 40 && raw.charCodeAt(1) === 43 && !parenthesesBalanced(raw)) {
    raw = raw.slice(1);
    start++;
  }
  // A North American number wrapped whole in parentheses after a blank (`Mr. Sandhu (416-555-0199)`,
  // `my brother (604.555.0177)`: a contact beside a name; L5 of the probe of 2026-12-06b): read as
  // written alone. A national number with a trunk `0` there is detectNameParenValues' (after a name).
  const wrapped = raw.charCodeAt(0) === 40 && text.charCodeAt(start + raw.length) === 41 && raw.indexOf('(', 1) === -1 && raw.indexOf(')') === -1 && (start === 0 || /\s/.test(text.charAt(start - 1))) && NANP_WRAPPED.test(raw.slice(1).replace(phoneExtension, '').replace(NON_DIGITS, ''));
  if (wrapped) {
    raw = raw.slice(1);
    start++;
  }
  // Unbalanced parentheses: not a phone number written by a person.
  if ((raw.includes('(') || raw.includes(')')) && !parenthesesBalanced(raw)) return false;
  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  // An ISO insurance form's number after its line's code (`CG 20 10 12 19`, `HO 00 03 05 11`: line, form, edition month
  // and year; O4 of the probe of 2026-12-05i): four pairs of digits after two capitals of a line of business.
  if (before === 32 && start >= 3 && ISO_FORM_NUMBER.test(raw) && ISO_LINE_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return false;
  // A number in a messaging link or URI (`wa.me/447700900123`, `t.me/+44…`, `sms:07700900123`):
  // read as such wherever it is glued (issue 11, row 100 of the probe of 2026-12-03e).
  if ((before === 47 || before === 61 || before === 58) && MESSAGING_LINK_BEFORE.test(text.slice(Math.max(0, start - 64), start))) {
    const end = start + raw.length;
    const after = end < text.length ? text.charCodeAt(end) : -1;
    if (after !== -1 && (isWordChar(after) || after === 64 || after === 47 || after === 46 || after === 45)) return false;
    const normalized = messagingPhone(raw);
    if (normalized === undefined) return false;
    out.push({ start, end, type: 'PHONE', class: 'pii.phone', normalized });
    return true;
  }
  // The whole segment of a URL path (`/lookup/phone/+14155550132`, `/v1/sms/+447700900123/messages`,
  // `/customers/by-phone/4155550132`): judged as a number written alone (K17 of 2026-12-04e).
  const pathSegment = before === 47 && !BLANK_INSIDE.test(raw) && isSegmentEnd(start + raw.length < text.length ? text.charCodeAt(start + raw.length) : -1) && (raw.charCodeAt(0) === 43 || PHONE_PATH_SEGMENT.test(text.slice(Math.max(0, start - 24), start)));
  if (!pathSegment && before !== -1 && (isWordChar(before) || before === 46 || before === 43 || before === 45 || before === 47 || before === 58 || before === 64 || before === 61 || before === 35)) {
    // Glued to a phone word (`Phone:+442079460958`, `Tel.030/84712265`, `tel=+49…`), or an
    // international number as a value after `=` or `:` (`q=+44 207 946 0958`, a form nested in
    // a query parameter: a probe of 2026-12-03 found it raw); libphonenumber still judges it below.
    const valueAfterSign = (before === 61 || before === 58) && raw.charCodeAt(0) === 43;
    if (!valueAfterSign && (before === 43 || before === 45 || before === 47 || before === 64 || !gluedPhoneWord.test(text.slice(Math.max(0, start - 12), start)))) return false;
  }
  const end = start + raw.length;
  const after = end < text.length ? text.charCodeAt(end) : -1;
  if (after !== -1 && (isWordChar(after) || after === 64 || after === 58 || (after === 47 && !pathSegment))) return false;
  if ((after === 46 || after === 45) && isDigit(text.charCodeAt(end + 1))) return false;

  const extension = raw.includes('x') || raw.includes('#') ? phoneExtension.exec(raw) : null;
  // The number as read: a calling code in parentheses without them (`(+44) 20` as `+44 20`),
  // a spaced slash as one (`030 / 847 122 65` as `030/847 122 65`). Offsets stay the raw match's.
  let main = extension ? raw.slice(0, raw.length - extension[0].length) : raw;
  const spacedSlash = main.includes(' /') || main.includes('/ ');
  if (spacedSlash) main = main.replace(SPACED_SLASH, '/');
  if (main.charCodeAt(0) === 40) main = main.replace(CALLING_CODE_IN_PARENS, '$1$2');
  const international = main.startsWith('+') || main.startsWith('00');
  const digits = main.replace(NON_DIGITS, '');
  if (digits.length < 7 || digits.length > 15) return false;
  if (TOLL_FREE.test(tollFreeDigits(main))) return false;
  if (ORGANIZATION_LINE_BEFORE.test(text.slice(Math.max(0, start - 48), start))) return false;
  if (DOUBLED_SEPARATOR.test(main.replace(PAREN_AFTER_SPACE, ')').replace(PAREN_BEFORE_SPACE, '('))) return false;
  const groups = main.replace(LEADING_PLUS, '').split(PHONE_SEPARATORS).filter((group) => group.length > 0);
  if (dateLike.test(main) || ISO_DATE_START.test(main)) return false;
  const separators = main.replace(DIGITS_PLUS_PARENS, '');
  if (separators.includes('/') && !international) {
    // Slash notation separates the area code once: `030/84712265`, `0171/2345678`, `044/668 18 00`,
    // also with spaces around it (`0176 / 123 456 78`). An international number with a slash
    // (`+49 (0) 30 / 847 122 65`) is checked by libphonenumber below.
    const slash = main.indexOf('/');
    if (slash !== main.lastIndexOf('/') || main.includes('(')) return false;
    const area = main.slice(0, slash);
    const rest = main.slice(slash + 1).replace(SPACE_DOT_DASH, '');
    // A spaced slash also divides quantities (`0250 / 12500`): it needs 10+ digits or a phone word.
    const trunk = TRUNK_AREA.test(area) && rest.length >= 5 && digits.length >= (spacedSlash ? 10 : 8) && ALL_DIGITS.test(rest);
    if (!trunk && !(digits.length >= 7 && phoneHasContext(text, start, end))) return false;
    out.push({ start, end, type: 'PHONE', class: 'pii.phone', normalized: digits });
    return true;
  }
  const dotsOnly = separators.length > 0 && DOTS_ONLY.test(separators);
  // Dotted single-digit groups are version-like, unless the number is international (`+33.6.12.34.56.78`).
  if (dotsOnly && (groups.length === 2 || (!international && groups.some((group) => group.length < 2)))) return false;
  if (ONE_DIGIT_REPEATED.test(digits)) return false;

  const singleDigitGroup = groups.some((group) => group.length === 1);
  // `12 345 678`: thousands grouping of a count; a phone only when the text says so.
  const thousands = groups.length >= 3 && (groups[0]?.length ?? 0) <= 3 && groups.slice(1).every((group) => group.length === 3) && !main.includes('(') && !separators.includes('-');
  // Invoice, batch, lot, ticket, order numbers (and ISBN, ZIP) are identifiers of things.
  // A number wrapped in parentheses: its label stands before the parenthesis (`Order (4165550199)`).
  const labelAt = wrapped ? start - 1 : start;
  if (labelledIdentifier(text, labelAt) || THING_LABEL_BEFORE.test(text.slice(Math.max(0, labelAt - 24), labelAt))) return false;

  // A year, a dash and a serial after a tag's word (`tag 2026-44817`, `Tag #2026-44817`, `tags:
  // 2026-44817`): a dog's, a bag's or an asset's tag, dated as a county or a registry numbers it
  // (the misc brief of 2026-12-05, item 4). libphonenumber-js reads `2026-44817` as a valid
  // national number of 59 countries, so only the word tells them apart: with a phone word beside it
  // (`Call 2026-44817`, `Phone tag 2026-44817`) it stays a phone.
  if (DATED_SERIAL.test(main) && TAG_WORD_BEFORE.test(text.slice(Math.max(0, start - 16), start)) && !phoneHasContext(text, start, end)) return false;
  // A business's or a property's number after its label, or a date in a form's boxes after a date
  // word (businessNumberBefore; O3 of the twelfth probe, 2026-12-05e).
  if (businessNumberBefore(text, start, main) && !phoneHasContext(text, start, end)) return false;
  // The SSN shape is left to the SSN rules (which reject invalid and sample numbers).
  if (SSN_SHAPE.test(main) && !phoneHasContext(text, start, end)) return false;
  // A range of two numbers (`Port range 49152-65535`, `ports 8000-8080`, `IDs 10000-19999`: a
  // probe of 2026-12-03): the first below the second after a word that speaks of a range.
  if (NUMBER_RANGE.test(main) && RANGE_WORD_BEFORE.test(text.slice(Math.max(0, start - 24), start)) && !phoneHasContext(text, start, end)) {
    const [low, high] = main.split('-').map(Number) as [number, number];
    if (low < high) return false;
  }

  let accepted: boolean;
  if (international) {
    if (separators.includes('/') && main.indexOf('/') !== main.lastIndexOf('/')) return false;
    const national = main.replace(TRUNK_ZERO_IN_PARENS, '');
    const e164 = internationalPhone((national.startsWith('+') ? national.slice(1) : national.slice(2)).replace(NON_DIGITS, ''));
    if (e164 === undefined) return false;
    out.push({ start, end, type: 'PHONE', class: 'pii.phone', normalized: e164 });
    return true;
  } else if (main.includes('(') || extension) {
    accepted = digits.length >= 7 && (groups.length >= 2);
  } else if (groups.length >= 3) {
    // Groups of four throughout without a trunk `0` (`7489 2348 1234`: a FedEx tracking number, an
    // account): no numbering plan writes a national number so; a phone only when the text says so (P6).
    const fours = digits.charCodeAt(0) !== 48 && groups.every((group) => group.length === 4);
    accepted = (digits.length >= 8 && !thousands && !singleDigitGroup && !fours && !noPlanEnding(digits, groups) && !tariffShape(digits, groups, dotsOnly)) || phoneHasContext(text, start, end) || weakNineDigitPhone(text, start, digits);
  } else if (groups.length === 2) {
    // 4+7, 3+7, 5+6: national formats; `17151 2450` (a house number and more) is not.
    accepted = digits.length >= 10 || (digits.length === 9 && (groups[0]?.length ?? 0) <= 4) || phoneHasContext(text, start, end);
  } else {
    // Nine digits after a phone word: a Portuguese or Spanish number (`Telemóvel: 912345678`,
    // `Llámame al 612345678`) when libphonenumber's metadata takes it as one of those countries', a
    // Polish one right after a calling verb (`zadzwoń pod 512345678`).
    accepted = (((digits.length >= 10 && digits.length <= 12) || (digits.length === 9 && (nineDigitNational(digits) || (nineDigitMobile(digits) && callVerbBefore.test(phoneWindowBefore(text, start)))))) && (pathSegment || phoneHasContext(text, start, end))) || weakNineDigitPhone(text, start, digits) ||
      // Seven or eight digits right after a phone word (PHONE_LABEL_RIGHT_BEFORE).
      (digits.length <= 8 && !main.includes('(') && PHONE_LABEL_RIGHT_BEFORE.test(text.slice(Math.max(0, start - 32), start))) ||
      // Ten digits wrapped whole in parentheses (`(4165550199)`) that are a valid NANP number and start with no date (`(2026120601)`, a build).
      (wrapped && digits.length === 10 && !DATE_PREFIX.test(digits) && parsePhoneNumberFromString(digits, 'US')?.isValid() === true) ||
      // A Kenyan mobile right after Swahili `kwa` (to: `Tuma pesa kwa 0722123456`; the open part of L9 of the probe of 2026-12-06c):
      // `kwa` is too common a word for a phone's cue (`Asante kwa kutumia`), so only a valid mobile of Kenya's plan is read after it.
      (digits.length === 10 && digits.charCodeAt(0) === 48 && KWA_BEFORE.test(text.slice(Math.max(0, start - 6), start)) && indiaOrKenyaMobile(digits));
    // Beside a messaging service's name (`reply to 447700900123 on whatsapp`, `WhatsApp
    // 6281234567890`): a number with its calling code and no `+`, as those services write it.
    if (digits.length >= 10 && digits.charCodeAt(0) !== 48 && (MESSAGING_WORD_AFTER.test(text.slice(end, end + 24)) || MESSAGING_WORD_BEFORE.test(text.slice(Math.max(0, start - 48), start)) || cdrParty(text, start, end))) {
      // Ten digits that are no number with a calling code nor a valid NANP one may be an Indian mobile as India writes it
      // (`mera whatsapp 8800123456 hai`; the open part of L9 of the probe of 2026-12-06c): valid in India's plan, from 6-9.
      const normalized = messagingPhone(digits) ?? (digits.length === 10 && indiaOrKenyaMobile(digits) ? digits : undefined);
      if (normalized === undefined) return false;
      out.push({ start, end, type: 'PHONE', class: 'pii.phone', normalized });
      return true;
    }
  }
  if (!accepted) return false;
  out.push({ start, end, type: 'PHONE', class: 'pii.phone', normalized: digits });
  return true;
}

/**
 * A run of digit groups that is no phone number as a whole may hold one beside another number
 * (`(415) 555-0132 (415) 555-0199`, `+1 415-555-0132 2026-12-03`, a phone then an order number or a
 * time, a log line's time before it; a probe of 2026-12-04 found them raw): the run is cut where
 * its blanks set words apart that are joined inside by another separator (a dash, dot or slash on
 * either side) or where a new number opens (`(`, `+`); after a leading `+` at any blank, the
 * calling code telling how long the number is (`+44 20 7946 0958 4711`). Otherwise a run of one
 * separator throughout (`4155 5501 3219 84`) is not cut: it stays one longer number. The longest
 * piece from the run's start that is a phone by phoneAt's rules and by libphonenumber-js
 * (recipientPhone: a national number valid where it is read, an international one possible; or a
 * phone word beside it) is taken. Returns where the scan goes on: after that piece, or at the
 * first cut by the separators when no piece from the start is a phone (the rest is read again as a
 * run of its own, unless the words on both sides of it have one shape: sameShape), or -1. At most PHONE_CUTS cuts a run: bounded work.
 */
const PHONE_CUTS = 8;
const cutStarts = new Int32Array(PHONE_CUTS);
const cutEnds = new Int32Array(PHONE_CUTS);
function phoneInRun(text: string, raw: string, start: number, out: Detection[]): number {
  let cuts = 0;
  let tokenStart = 0;
  // A run's first word after a colon ends a time (`10:01:02 07700 900123`).
  let joined = start > 0 && text.charCodeAt(start - 1) === 58;
  // The first cut by the separators (not by a leading `+` alone): where the rest is read again.
  let firstReal = -1;
  let firstBefore = 0;
  let firstAfter = 0;
  // After a `+` the calling code tells libphonenumber-js how long the number is: any blank may end it (`+44 20 7946 0958 4711`).
  const international = raw.charCodeAt(0) === 43 || (raw.charCodeAt(0) === 40 && raw.charCodeAt(1) === 43);
  for (let index = 0; index < raw.length && cuts < PHONE_CUTS; index++) {
    const code = raw.charCodeAt(index);
    if (code === 45 || code === 46 || code === 47) joined = true;
    if (code !== 32) continue;
    let next = index;
    while (next < raw.length && raw.charCodeAt(next) === 32) next++;
    // Joined inside by another separator on either side, or a new number opening after the blank.
    let nextJoined = false;
    let k = next;
    for (; k < raw.length && raw.charCodeAt(k) !== 32; k++) {
      const c = raw.charCodeAt(k);
      if (c === 45 || c === 46 || c === 47) nextJoined = true;
    }
    // The run's last word going on with a colon is a time (`07700 900123 12:30`).
    if (k === raw.length && text.charCodeAt(start + k) === 58) nextJoined = true;
    const opens = raw.charCodeAt(next) === 40 || raw.charCodeAt(next) === 43;
    if ((joined || nextJoined || opens || international) && index > tokenStart) {
      if (firstReal === -1 && (joined || nextJoined || opens)) {
        firstReal = cuts;
        firstBefore = tokenStart;
        firstAfter = k;
      }
      cutStarts[cuts] = index;
      cutEnds[cuts] = next;
      cuts++;
    }
    joined = false;
    tokenStart = next;
    index = next - 1;
  }
  if (cuts === 0) return -1;
  for (let cut = cuts - 1; cut >= 0; cut--) {
    const pieceEnd = cutStarts[cut] as number;
    if (raw.charCodeAt(pieceEnd - 1) === 41) continue;
    const piece = raw.slice(0, pieceEnd);
    const found = out.length;
    if (!phoneAt(text, piece, start, out)) continue;
    const phone = out[found] as Detection;
    if (phone.normalized?.startsWith('+') === true || phoneHasContext(text, phone.start, phone.end) || recipientPhone(piece) !== undefined) return start + (cutEnds[cut] as number);
    out.length = found;
  }
  // Words of one shape on both sides of the first cut are a list of like things (`IDs 12345-67890
  // 23456-78901`, `sizes 100-200 300-400 500-600`): the rest is not read again on its own, where
  // the word before the list (a range, a label) no longer reaches it.
  // A run cut only for its leading `+` is not read again in parts (`q-+44 207 946 0958`, an
  // impossible `+44 20 794600000`: the rest of it is no number of its own).
  if (firstReal === -1) return -1;
  return sameShape(raw, firstBefore, cutStarts[firstReal] as number, cutEnds[firstReal] as number, firstAfter) ? -1 : start + (cutEnds[firstReal] as number);
}

/** Whether `raw[a..aEnd)` and `raw[b..bEnd)` are the same characters with any digit for any digit (`12345-67890`, `23456-78901`). */
function sameShape(raw: string, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (let k = 0; k < aEnd - a; k++) {
    const x = raw.charCodeAt(a + k);
    const y = raw.charCodeAt(b + k);
    if (x !== y && !(isDigit(x) && isDigit(y))) return false;
  }
  return true;
}

function detectPhones(text: string, out: Detection[]): void {
  for (const match of eachMatch(phoneRun, text)) {
    if (phoneAt(text, match[0], match.index, out)) continue;
    // A toll-free number is a business's (TOLL_FREE): its groups are not read again as numbers of their own
    // (TOLL_FREE wants ten digits or more, so a shorter run is not rewritten to ask it).
    if (match[0].length >= 10 && TOLL_FREE.test(tollFreeDigits(match[0]))) continue;
    // Nor are an organisation's line's (ORGANIZATION_LINE_BEFORE: `Store phone: (415) 555-0133`).
    if (ORGANIZATION_LINE_BEFORE.test(text.slice(Math.max(0, match.index - 48), match.index))) continue;
    // Another number beside a phone in one run of digit groups: see phoneInRun.
    const resume = match[0].length >= 14 || match.index + match[0].length < text.length ? phoneInRun(text, match[0], match.index, out) : -1;
    if (resume > match.index) phoneRun.lastIndex = resume;
  }
}

// -------------------------------------------------------------------------------------- secrets
interface SecretRule {
  type: string;
  pattern: RegExp;
  /** Index of the capture group holding the secret; the whole match when absent. */
  group?: number;
  validate?: (value: string, text: string, index: number) => boolean;
  /** The value is a secret however regular (the rule's validate decides): a meter's default key after its name. */
  anyEntropy?: true;
}

const mixedCase = (value: string) => /[a-z]/.test(value) && /[A-Z]/.test(value);
const mixed = (value: string) => mixedCase(value) && /\d/.test(value);
/** 32 to 64 hex digits in one case, digits and letters mixed, not a run of one digit (a SIM's key, a vendor's API key). */
const hexKey = (value: string) => value.length >= 32 && value.length <= 64 && randomHex(value.toLowerCase()) && (value === value.toLowerCase() || value === value.toUpperCase());
/**
 * A smart meter's key after its own name (`AK=`, `authentication key is`): 32 hex in one case, digits and letters
 * both. The name makes it one: the DLMS Green Book's example keys (`D0D1D2…DF`, `000102…0F`), which meters are
 * shipped and left with, are too regular for hexKey's entropy (L6 of 2026-12-05j). Its lengths: 32 hex (128-bit, DLMS
 * security suites 0 and 1, Zigbee link and network keys), 48 and 64 (192- and 256-bit, suite 2), and 16 after a key's
 * name in prose (an LLS secret of eight octets); the open part of that row found the others raw.
 */
const meterKey = (value: string) => value.length % 16 === 0 && value.length <= 64 && /\d/.test(value) && /[A-Fa-f]/.test(value) && (value === value.toLowerCase() || value === value.toUpperCase());
const placeholder = /^(?:null|nil|none|undefined|true|false|empty|redacted|hidden|masked|secret|password|token|example|sample|test|string|your[_-]?\w*|x{3,}|\*+|\.+|-+|_+|#+|0+|\[[^[\]]*\]|<[^<>]*>)$/i;
const isPlaceholder = (value: string) =>
  placeholder.test(value) || /^(.)\1*$/.test(value) || /^[$%]/.test(value) || value.startsWith('{{') || value.startsWith('${');

/**
 * An `sk-` key whose body is lower-case hex (issue 11, the probe of 2026-12-04, F5): the
 * OpenAI-compatible APIs' keys, DeepSeek's and Qwen's `sk-` + 32 hex (betterleaks deepseek-api-key
 * `sk-[a-f0-9]{32}`), OpenRouter's `sk-or-v1-` + 64 hex (openrouter-api-key), a project's
 * `sk-proj-` + hex, at most two provider segments before the body; or a UUID after a segment
 * (Langfuse's `sk-lf-<uuid>`; a bare `sk-<uuid>` stays). `mixed` asks for capitals, which such a
 * body never has: these keys were stored whole.
 */
const hexSkKey = /^sk-(?:(?:[A-Za-z][A-Za-z0-9]{1,9}-){1,2}([a-f0-9]{8}(?:-[a-f0-9]{4}){3}-[a-f0-9]{12})|(?:[A-Za-z][A-Za-z0-9]{1,9}-){0,2}([a-f0-9]{32,128}))$/;
const hexBodiedSkKey = (value: string) => {
  const m = hexSkKey.exec(value);
  return m !== null && randomHex((m[1] ?? m[2] ?? '').replace(/-/g, ''));
};

const secretRules: SecretRule[] = [
  { type: 'ANTHROPIC_KEY', pattern: /\bsk-ant-(?:api|admin|oat|sid)\d{2}-[A-Za-z0-9_\-]{20,}/g },
  { type: 'OPENAI_KEY', pattern: /\bsk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_\-]{20,}/g, validate: (value) => !value.startsWith('sk-ant-') && (value.includes('T3BlbkFJ') || (mixed(value) && entropy(value) > 3.5) || hexBodiedSkKey(value)) },
  // Key ids of users, roles, groups, ... (secretlint's aws rule and AWS's unique-id prefixes).
  { type: 'AWS_ACCESS_KEY', pattern: /\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA)[A-Z0-9]{16}\b/g, validate: (value) => !/EXAMPLE$/.test(value) && (/\d/.test(value.slice(4)) || /^(?:AKIA|ASIA)/.test(value)) },
  {
    type: 'AWS_SECRET_KEY',
    pattern: /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g,
    validate: (value, text, index) =>
      mixed(value) && entropy(value) > 4 && !/EXAMPLEKEY$/.test(value) && /aws|secret|access.?key/i.test(text.slice(Math.max(0, index - 80), index)),
  },
  { type: 'GITHUB_TOKEN', pattern: /\b(?:gh[pousr]_[A-Za-z0-9_]{36,}|github_pat_[A-Za-z0-9_]{50,})\b/g },
  { type: 'AWS_ACCOUNT_ID', pattern: /\baws_?account_?id["']?\s{0,3}(?::|=>|=)\s{0,3}["']?(\d{4}-?\d{4}-?\d{4})\b/gi, group: 1 },
  { type: 'GCP_API_KEY', pattern: /\bAIza[0-9A-Za-z_\-]{30,43}(?![0-9A-Za-z_\-])/g, validate: (value) => value.length === 39 || randomBody(value.slice(4)) },
  { type: 'HUGGINGFACE_TOKEN', pattern: /\bhf_[A-Za-z0-9]{30,}\b/g, validate: (value) => /[A-Z]/.test(value) && /[a-z]/.test(value.slice(3)) },
  { type: 'NPM_TOKEN', pattern: /\bnpm_[A-Za-z0-9_]{30,44}(?![A-Za-z0-9_])/g, validate: (value) => (value.length === 40 && !value.includes('_', 4)) || randomBody(value.slice(4)) },
  { type: 'SENDGRID_KEY', pattern: /\bSG\.[A-Za-z0-9_\-]{16,}\.[A-Za-z0-9_\-]{16,}/g },
  { type: 'SHOPIFY_TOKEN', pattern: /\bshp(?:pa|ca|at|ss)_[A-Za-z0-9]{32,}\b/g },
  { type: 'LINEAR_KEY', pattern: /\blin_api_[A-Za-z0-9_]{32,}\b/g },
  { type: 'ONEPASSWORD_TOKEN', pattern: /\bops_ey[A-Za-z0-9+/=]{100,}/g },
  { type: 'BASIC_AUTH', pattern: /\bBasic\s{1,4}([A-Za-z0-9+/]{8,}={0,2})/g, group: 1, validate: (value) => basicCredentials(value) },
  // `curl -u user:pass`, `--user=user:pass`, `wget --password=…` (the latter through PASSWORD).
  { type: 'BASIC_AUTH', pattern: /(?:^|\s)(?:-u|--user)(?:\s{1,4}|=)["']?[^\s:"'@]{1,256}:([^\s"']+)/g, group: 1, validate: (value) => !isPlaceholder(value) },
  // A key as the Basic user with an empty password (`curl https://api.segment.io/v1/track -u KEY:`, Segment's and
  // Stripe's documented form): a random token of 20+ letters and digits, mixed case (`-u admin:` stays; L4 of 2026-12-05h).
  // Or with a one-letter or short password (`-u KEY:x`, `--user KEY:X`, BambooHR's and Greenhouse's form), and a key of 32 to 64
  // hex digits in one case (`-u 83ebeabd…e3f9:`, Checkr's and BambooHR's 40-hex keys; L8 of 2026-12-05i).
  { type: 'BASIC_AUTH', pattern: /(?:^|\s)(?:-u|--user)(?:\s{1,4}|=)["']?([A-Za-z0-9_\-]{20,128}):(?=[^\s"'@:]{0,8}["']?(?:\s|$))/g, group: 1, validate: (value) => mixed(value) || hexKey(value) },
  // A SIM's authentication key `Ki` and operator key `OPc` (32 hex; whoever holds them can clone the SIM) after their names
  // (`KI=…;OPC=…` in a provisioning line, `Ki: …`, `"opc": "…"`; L8 of 2026-12-05i). Their members are redactor.ts's (SIM_KEY_MEMBERS).
  { type: 'SECRET', pattern: /(?<![A-Za-z0-9_])(?:e?ki|opc|sim[_-]?(?:ki|opc))["']?[ \t]{0,2}[:=][ \t]{0,2}["']?([0-9A-Fa-f]{32})(?![0-9A-Za-z])/gi, group: 1, validate: (value) => hexKey(value) },
  // A smart meter's DLMS/COSEM keys in a key file or a provisioning line: `AK=` (authentication), `EK=` (encryption),
  // `GUEK`/`GBEK` (global unicast/broadcast encryption), `GAK`, `KEK` (master) and 32 hex (L6 of 2026-12-05j).
  { type: 'SECRET', pattern: /(?<![A-Za-z0-9_])(?:ak|ek|gak|g[ub]ek|kek)["']?[ \t]{0,2}[:=][ \t]{0,2}["']?([0-9A-Fa-f]{32}(?:[0-9A-Fa-f]{16}){0,2})(?![0-9A-Za-z])/gi, group: 1, validate: (value) => meterKey(value), anyEntropy: true },
  // Those keys after their names in prose (`Authentication key: …`, `The global unicast encryption key for the meter is …`,
  // `DLMS key: …`): a meter key's words, `key`, up to three words after `for`/`of`, a colon or `is`, then 16, 32, 48 or
  // 64 hex; a Zigbee network's keys the same (`Zigbee link key: …`, `trust center link key = …`, `network key is …`)
  // and an LLS secret (`LLS key: 3132333435363738`; the open part of L6 of 2026-12-05j).
  {
    type: 'SECRET',
    pattern: /(?<![A-Za-z0-9_])(?:authentication|encryption|unicast|broadcast|dedicated|dlms|cosem|hls|lls|meter|master|link|network|nwk|zigbee)[ \t](?:auth(?:entication)?[ \t])?key(?:[ \t]{1,3}(?:for|of)(?:[ \t]{1,3}[A-Za-z0-9_.\-]{1,30}){1,3})?(?:[ \t]{0,2}[:=]|[ \t]{1,3}(?:is|was|reads|=))[ \t]{0,2}["']?([0-9A-Fa-f]{16}(?:[0-9A-Fa-f]{16}){0,3})(?![0-9A-Za-z])/gi,
    group: 1,
    // An LLS secret is eight octets, often ASCII digits (`12345678` is `3132333435363738`): after `LLS key` any 16 hex but one repeated.
    validate: (value, text, index) => meterKey(value) || (value.length === 16 && !/^(.)\1*$/.test(value) && /(?<![A-Za-z0-9_])lls[ \t]key/i.test(text.slice(Math.max(0, index - 80), index))),
    anyEntropy: true,
  },
  // A Zigbee install code after its name (`install code: 83FE D340 …`, `The install code is …`): 16, 24 or 32 hex
  // and a 4-hex CRC, in groups of four or none (L6 of 2026-12-05j; its members are key-names.ts's `installcode`).
  {
    type: 'SECRET',
    pattern: /(?<![A-Za-z0-9_])install(?:ation)?[ \t_-]?code(?:[ \t]{1,3}(?:is|was))?[ \t]{0,2}[:=]?[ \t]{0,2}["']?([0-9A-Fa-f]{4}(?:[ -]?[0-9A-Fa-f]{4}){4,8})(?![0-9A-Za-z])/gi,
    group: 1,
    validate: (value) => [20, 28, 36].includes(value.replace(/[ -]/g, '').length) && /\d/.test(value) && /[A-Fa-f]/.test(value),
  },
  // A prepaid meter's STS vend token (a bearer credit code, 20 digits; in groups of four or none) after `token`
  // (`The token …`, `Vend token …`, `STS token issued: …`, `prepaid token …`, `token no. …`; L8 of 2026-12-05j).
  {
    type: 'SECRET',
    pattern: /(?<![A-Za-z0-9_])token(?:[ \t]{1,3}(?:number|no\.?|code|issued|generated|purchased|bought|received|is|was|reads)){0,3}(?:(?:[ \t]{1,3}[A-Za-z'’]{1,12}){1,4}?[ \t]{0,2}:|[ \t]{0,2}[:=#])?[ \t]{0,2}["']?(\d{4}([ -]?)\d{4}\2\d{4}\2\d{4}\2\d{4})(?![0-9A-Za-z]|[-.,]\d)/gi,
    group: 1,
    validate: (value) => !/^(\d)\1*$/.test(value.replace(/[ -]/g, '')),
  },
  // Segment's write key in its snippet (`analytics.load("KEY")`, `analytics.load('KEY', { … })`; L4 of 2026-12-05h).
  { type: 'SECRET', pattern: /\banalytics\.load\(\s{0,3}["'`]([A-Za-z0-9]{20,64})["'`]/g, group: 1, validate: (value) => mixed(value) },
  { type: 'GITLAB_TOKEN', pattern: /\b(?:glpat|gldt|glrt|glptt|glft|glsoat|glcbt|glimt|gloas|glagent)-[A-Za-z0-9_\-]{20,}/g, validate: (value) => /\d/.test(value) || mixedCase(value.slice(value.indexOf('-') + 1)) },
  { type: 'SLACK_TOKEN', pattern: /\bxox[abposre]-[A-Za-z0-9\-]{10,}/g, validate: (value) => /\d/.test(value) },
  { type: 'SLACK_TOKEN', pattern: /\bxapp-\d-[A-Z0-9]{6,}-\d{6,}-[a-z0-9]{20,}/g },
  { type: 'SLACK_WEBHOOK', pattern: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/_\-]{20,}/g },
  { type: 'STRIPE_KEY', pattern: /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,}\b/g, validate: (value) => /\d/.test(value) },
  { type: 'STRIPE_KEY', pattern: /\bwhsec_[A-Za-z0-9]{24,}\b/g },
  { type: 'JWT', pattern: /\beyJ[A-Za-z0-9_\-]{8,4096}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]*/g },
  // A JWS or JWE whose payload is not a JSON object (RFC 7515 allows any bytes; RFC 7516 has five
  // parts): a JSON header (`eyJ`, base64url of `{"`) and two more parts of 16 or more characters.
  { type: 'JWT', pattern: /\beyJ[A-Za-z0-9_\-]{8,4096}\.[A-Za-z0-9_\-]{16,}\.[A-Za-z0-9_\-]{16,}(?:\.[A-Za-z0-9_\-]{16,}\.[A-Za-z0-9_\-]{16,})?/g },
  { type: 'BEARER_TOKEN', pattern: /\b[Bb]earer\s{1,4}([A-Za-z0-9\-._~+/]{8,}=*)/g, group: 1, validate: (value) => /\d/.test(value) && !isPlaceholder(value) },
  { type: 'BASIC_AUTH', pattern: /\bAuthorization["']?\s{0,3}[:=]\s{0,3}["']?(?:Basic|Digest|Token|Negotiate)\s{1,4}([A-Za-z0-9\-._~+/=,"]{8,})/gi, group: 1 },
  // Any other scheme (`SSWS` of Okta, `GenieKey`, `Splunk`, `DeepL-Auth-Key`, `ApiKey`, `sso-key`)
  // or none, then a long token: 16+ characters with a digit and a letter (attack 2026-12-02 #8).
  {
    type: 'AUTHORIZATION_TOKEN',
    pattern: /\bAuthorization["']?\s{0,3}[:=]\s{0,3}["']?(?:(?!(?:Basic|Bearer|Digest|Token|Negotiate)\s)[A-Za-z][A-Za-z0-9_\-]{1,30}\s{1,4})?([A-Za-z0-9\-._~+/=:]{16,})/gi,
    group: 1,
    validate: (value) => /\d/.test(value) && /[A-Za-z]/.test(value) && !isPlaceholder(value),
  },
  // Fixed-prefix token families of gitleaks' rules (not in secretlint's recommended preset), attack 2026-12-02 #9.
  { type: 'GOOGLE_OAUTH_CLIENT_SECRET', pattern: /\bGOCSPX-[A-Za-z0-9_\-]{24,36}(?![A-Za-z0-9_\-])/g, validate: (value) => value.length === 35 || randomBody(value.slice(7)) },
  // Atlassian's `ATATT3` tokens: provider-tokens.ts (a length range there; one exact length here missed others, H6).
  { type: 'VAULT_TOKEN', pattern: /\bhv[sbr]\.[A-Za-z0-9_\-]{24,}(?![A-Za-z0-9_\-])/g, validate: (value) => mixed(value.slice(4)) },
  // Vault's tokens before 1.10 (a fresh probe of 2026-12-03): service `s.`, batch `b.`, recovery `r.`
  // and 24 or more Base62 characters (gitleaks' vault-service-token `s\.(?i:[a-z0-9]{24})` with its
  // entropy floor 3.5 and its allowlist of letters-only runs; detect-secrets' `[brs]\.[A-Za-z0-9]{24,}`;
  // secretlint's recommended preset has no Vault rule), a namespace's `.<id>` after it. Not after a
  // letter, digit or dot: `e.g.`, `i.e.`, `s.t.`, `x.s.js` stay.
  {
    type: 'VAULT_TOKEN',
    pattern: /(?<![A-Za-z0-9_.\-])[sbr]\.[A-Za-z0-9]{24,}(?:\.[A-Za-z0-9]{5})?(?![A-Za-z0-9_\-])/g,
    validate: (value) => /\d/.test(value) && /[A-Za-z]/.test(value.slice(2)) && entropy(value.slice(2)) > 3.5,
  },
  { type: 'DOPPLER_TOKEN', pattern: /\bdp\.(?:pt|st|sa|ct|scim|audit)\.(?:[a-z0-9_\-]{2,35}\.)?[A-Za-z0-9]{40,44}(?![A-Za-z0-9])/g },
  { type: 'POSTMAN_KEY', pattern: /\bPMAK-[a-f0-9]{24}-[a-f0-9]{34}(?![A-Za-z0-9])/g },
  { type: 'DATABRICKS_TOKEN', pattern: /\bdapi[a-f0-9]{32}(?:-\d)?(?![A-Za-z0-9])/g, validate: (value) => /\d/.test(value.slice(4)) && /[a-f]/.test(value.slice(4)) },
  { type: 'SUPABASE_TOKEN', pattern: /\bsbp_(?:[a-f0-9]{40}|v0_[a-f0-9]{40})(?![A-Za-z0-9])/g },
  { type: 'MAILGUN_KEY', pattern: /\bkey-[a-f0-9]{28,40}(?![A-Za-z0-9])/g, validate: (value) => /\d/.test(value.slice(4)) && /[a-f]/.test(value.slice(4)) },
  // Telegram bot token `<bot id>:<35 characters>`, also in a Bot API URL (`/bot123456789:AA…/sendMessage`);
  // after `/bot` 30 to 64 characters, as Telegram's own documentation writes it (`bot123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11`,
  // 34; the probe of 2026-12-04 found it stored).
  { type: 'TELEGRAM_BOT_TOKEN', pattern: /(?:(?<=\/bot)\d{5,16}:A[A-Za-z0-9_\-]{29,63}|(?<![A-Za-z0-9_])\d{5,16}:A[A-Za-z0-9_\-]{34})(?![A-Za-z0-9_\-])/g, validate: (value) => mixed(value.slice(value.indexOf(':') + 1)) },
  // A Discord webhook's URL: its path (`/api/webhooks/<id>/<token>`) says the last segment is the
  // token, whatever its length (K11 of the fifth probe of 2026-12-04: a 41-character token was
  // stored raw under a rule that wanted the 68 of Discord's own; secretlint's Slack rule reads its
  // webhooks by their path the same way, `[a-zA-Z0-9]{1,40}`). `discordapp.com`, `ptb.`/`canary.`,
  // `/api/v10/`, `http:` and a percent-encoded URL (`%2F`) too; `{webhook.token}` in the API's docs stays.
  {
    type: 'DISCORD_WEBHOOK',
    pattern: /https?:(?:\/\/|%2F%2F)(?:(?:ptb|canary|www)\.)?discord(?:app)?\.com(?:\/|%2F)api(?:(?:\/|%2F)v\d{1,2})?(?:\/|%2F)webhooks(?:\/|%2F)\d{6,20}(?:\/|%2F)[A-Za-z0-9_\-]{16,}/gi,
    validate: (value) => !isPlaceholder(value.slice(value.search(/[A-Za-z0-9_\-]+$/))),
  },
  { type: 'TEAMS_WEBHOOK', pattern: /https:\/\/(?:[A-Za-z0-9\-]{1,63}\.)?(?:webhook|outlook)\.office\.com\/webhook(?:b2)?\/[A-Za-z0-9@\-]{20,100}\/IncomingWebhook\/[A-Za-z0-9]{32}\/[A-Za-z0-9\-]{36}(?:\/[A-Za-z0-9_\-]{10,})?/g },
  // Azure AD (Entra ID) client secret: three characters, a digit, `Q~`, 31-34 more.
  { type: 'AZURE_AD_CLIENT_SECRET', pattern: /(?<![A-Za-z0-9_~.\-])[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.\-]{31,34}(?![A-Za-z0-9_~.\-])/g, validate: (value) => mixed(value.slice(6)) },
  {
    type: 'URL_CREDENTIALS',
    pattern: /\b[A-Za-z][A-Za-z0-9+.\-]{1,20}:\/\/([^\s:@/?#]{0,256}:[^\s@/?#]+)@/g,
    group: 1,
    validate: (value) => !isPlaceholder(value.slice(value.indexOf(':') + 1)),
  },
];

/**
 * The fewest characters a match of each secret rule has (prefilter.ts minMatchLength): `sk-ant-api01-`
 * and 20 more, 33. Worked out at the rules' first run (reading the rules' sources at import was
 * part of the start of every process that loads the core, redacting or not).
 */
let secretRuleLengths: readonly number[] | undefined;

// `name = value`, `name: value`, `"name": "value"`, `--name value` where the name is a secret's
// (`db_password`, `AccountKey`, `X-Amz-Signature`): the value is masked (type PASSWORD). Found
// from each keyword, the name extended backwards (at most 40 characters) and forwards (24) by
// hand: one pass over the text, where a leading `[…]{0,40}` in the pattern would retry 40
// characters at every position.
// `[_-]key`: a service's key (`stripe_key=…`), when the name is one (key-names.ts, vendorKey).
// `sess`/`session`: a session id (`sessionid=…`, `session_id=…`, `PHPSESSID=…`, `X-Session: …`).
// `pw`, `pword`, `pswd`, `psw`, `passw`: abbreviations of password (a probe of 2026-12-03: `pw=…` was stored raw).
// `[_-]auth` last: a service's password (`REDIS_AUTH`, `MONGO_AUTH`; L13 of the seventh probe of 2026-12-04). The value may
// stand in a column after the operator, up to 40 blanks (`kubectl describe`: `DB_PASS:        …`, the same L13).
const assignmentKeyword = /password|passwd|pwd|pass\b|pass(?=_)|passw\b|pw(?:ord)?\b|psw(?:d)?\b|passphrase|secret|token|sess(?:ion)?|api[_\-]?key|apikey|access[_\-]?key|account[_\-]?key|auth[_\-]?key|private[_\-]?key|(?<=[_\-a-z])key\b|(?<=[_\-])auth\b|credentials?|signature|sig|hmac|code[_\-]?verifier/gi;
// The value's extent (quotes, key=value;… grammars) is assignmentValue's (secrets.ts).
// A subscript's closing `]` after the name (`os.environ["DB_PASSWORD"] = …`, `$_ENV['API_TOKEN'] = …`), and a
// comma after a quoted name that is a call's first argument (`define('DB_PASSWORD', '…')`: detectAssignments checks the `(`).
const assignmentTail = /([A-Za-z0-9_\-]{0,24})(?:\\{0,16}["'](?:\s{0,3}\])?|\])?\s{0,3}(=>|:=|=|:|,)(?:[ \t]{4,40}|\s{0,3})/y;
/** Values of a setting named `…_auth` that are a switch or a scheme (`off`, `true`, `basic`, `oidc`), no password. */
const AUTH_SETTING = /^(?:on|off|true|false|yes|no|enabled?|disabled?|none|null|required|optional|basic|bearer|digest|token|oauth2?|oidc|saml|jwt|ldap|kerberos|ntlm|md5|scram-sha-256|trust|password|peer|ident|cert|anonymous|internal|external)$/i;
const isNameChar = (code: number) => isWordChar(code) || code === 45 || code === 46;

/**
 * Roots of a member access that reads a secret from somewhere else (`process.env.DB_PASSWORD`,
 * `config.secretName`, `settings.API_KEY`, `self.token`): the value is the expression, not the secret.
 */
const expressionRoots = /^(?:process|os|environ|env|ENV|config|cfg|conf|configuration|settings|self|this|ctx|context|secrets|vars|options|opts|params|props|args|argv|req|request|res|app|vault|keys|window|globalThis|global|import|module|exports|System|Deno|Bun|Environment|data|state|store|session|credentials|creds|auth|client|response|result|payload|body|input|values|current|parsed|json|spec|cls|super)$/;
/** Keywords before an expression (`await getToken()`, `new Secret(…)`): the value's first word stops at the blank. */
const expressionKeyword = /^(?:await|new|yield|typeof|function|async|lambda)$/;
/** A declaration before the name on its line (`const`, `let`, `var`, `val`, `final String`): the line is code. */
const declaration = /(?:^|[\s;{(])(?:const|let|var|val|final|private|public|protected|static|readonly|my|local|auto|def|String|string|str|char\*?|Secret|SecretStr)[ 	]+(?:[\w<>[\]?*$]+[ 	]+)?$/;
/**
 * Whether an unquoted value assigned to a secret's name is an expression that refers to the secret
 * rather than holding it (issue 11, the sixth fresh probe of 2026-12-03: `const password =
 * process.env.DB_PASSWORD` and `const secret = config.secretName;` were masked): an environment
 * lookup (`process.env.X`, `os.environ[…]`, `os.getenv(…)`, `System.getenv(…)`, `$env:X`), a call
 * (`getToken()`, `vault.read(…)`), a keyword (`await`, `new`), or a member access whose root reads
 * from elsewhere (`config.…`, `settings.…`) or on a line of code (a declaration before the name, or
 * `;` after the value). A literal password with dots (`Correct.Horse9`) in a config file stays a secret.
 */
function assignedExpression(text: string, nameStart: number, start: number, end: number): boolean {
  const value = text.slice(start, end);
  if (expressionKeyword.test(value) && /^[ \t]{1,3}[A-Za-z_$]/.test(text.slice(end, end + 4))) return true;
  if (/^(?:process\.env|os\.environ|os\.getenv|System\.getenv|Deno\.env|Bun\.env|import\.meta\.env|Environment\.GetEnvironmentVariable|ENV\[|\$env:|\$ENV\{|getenv\(|env\()/.test(value)) return true;
  // A PowerShell cmdlet (`$password = ConvertTo-SecureString "…" -AsPlainText`, `Read-Host -AsSecureString`).
  if (/^(?:ConvertTo|ConvertFrom|Get|Read|New|Import|Invoke|Unprotect)-[A-Z][A-Za-z]{2,40}$/.test(value) && /^[ \t(]/.test(text.slice(end, end + 1))) return true;
  const access = /^([A-Za-z_$][\w$]*)((?:\??\.[A-Za-z_$][\w$]*)*)/.exec(value);
  if (access === null) return false;
  const [chain, root, members] = access as unknown as [string, string, string];
  const rest = value.slice(chain.length);
  // A call: `getToken()`, `vault.read("db")`, `keyring.get_password(…)`.
  if (rest.startsWith('(') && chain.length >= 3 && /^\([^()]*\)?;?$/.test(rest)) return true;
  if (members === '' || !/^;?$/.test(rest)) return false;
  if (expressionRoots.test(root)) return true;
  return declaration.test(text.slice(lineStartFrom(text, nameStart, nameStart - 80), nameStart)) || text[end] === ';' || value.endsWith(';');
}

function detectAssignments(text: string, out: Detection[], keyIsSecret: boolean): void {
  let consumed = 0;
  for (const keyword of eachMatch(assignmentKeyword, text)) {
    const keywordStart = keyword.index;
    if (keywordStart < consumed) continue;
    assignmentTail.lastIndex = keywordStart + keyword[0].length;
    const tail = assignmentTail.exec(text);
    if (tail === null) continue;
    let nameStart = keywordStart;
    while (nameStart > consumed && keywordStart - nameStart < 40 && isNameChar(text.charCodeAt(nameStart - 1))) nameStart--;
    const name = text.slice(nameStart, keywordStart + keyword[0].length + (tail[1] ?? '').length);
    // The name first: a value is scanned (to its end, unbounded) only when it is masked, and
    // scanning then moves past it, so every character is scanned once.
    // A comma only after a call's quoted first argument: `define('DB_PASSWORD', '…')`, `setenv("API_TOKEN", …)`
    // (not a list or tuple of field names, `["password", "email"]`, `("password", "username")`).
    if (tail[2] === ',' && !/[\w$]\s{0,3}\(\s{0,3}["']$/.test(text.slice(Math.max(0, nameStart - 9), nameStart))) {
      consumed = assignmentTail.lastIndex;
      continue;
    }
    // `PASS=…` as the whole name too, after `=` only (`export PASS=hunter22`; `boarding_pass=…` and a
    // test report's `pass: 12/12 tests` stay).
    const secretName = tail[2] === '=' ? namesSecret(name) : isSecretKeyName(name);
    // `writeKey: "…"`, `write_key=…`: a name ending in `key` holds a secret when its value is a random token (isTokenKeyName, isRandomToken; L4 of 2026-12-05h).
    const tokenKey = !secretName && !keyIsSecret && isTokenKeyName(name);
    // `AZURE_STORAGE_KEY=…`, `StorageKey: …`: a storage account's or a service's key when the value is a padded base64 key
    // (storageKeyValue; the open part of L13 of 2026-12-06: only members and table rows were read so).
    const storageKey = !secretName && !tokenKey && !keyIsSecret && storageKeyName(name, true);
    if (!secretName && !tokenKey && !storageKey && !keyIsSecret) {
      consumed = assignmentTail.lastIndex;
      continue;
    }
    const extent = assignmentValue(text, assignmentTail.lastIndex);
    if (extent === undefined) continue;
    const [start, end] = extent;
    // `password:` then a nested YAML mapping or list on the next lines (`min_length: 12`, `- a`):
    // its entries are no value (a probe of 2026-12-03 found `min_length:` masked).
    if (text.slice(keywordStart, start).includes('\n') && /^(?:-\s|["']?[\w.-]{1,60}["']?[ \t]*:(?:\s|$))/.test(text.slice(start, start + 66))) continue;
    const value = text.slice(start, end);
    if (value.length < 3) continue;
    consumed = end;
    if (isPlaceholder(value) || /^\d{1,5}$/.test(value)) continue;
    if (tokenKey && !isRandomToken(value.replace(/^["'`]|["'`]$/g, ''))) continue;
    if (storageKey && !storageKeyValue(name, value.replace(/^["'`]|["'`]$/g, ''), true)) continue;
    // The shell's working directory (`PWD=/srv/app`, sudo's `; PWD=/home/… ;`): a path, no password (key-names.ts isWorkingDirectory).
    if (isWorkingDirectory(name.replace(/^.*[^\w]/, ''), value)) continue;
    // `NGINX_AUTH: off`, `REDIS_AUTH=true`: a name ending in `auth` may hold a switch or a scheme, no secret.
    if (AUTH_SETTING.test(value) && /auth$/i.test(keyword[0])) continue;
    // `kubectl describe`'s reference to a Secret (`DB_PASS:  <set to the key 'password' in secret 'db'>`): no value (L13 of the seventh probe of 2026-12-04).
    if (value === '<set' && text.startsWith(' to the key ', end)) continue;
    // Code that refers to a secret without holding one: the value is an expression (the sixth fresh probe of 2026-12-03).
    if (start === assignmentTail.lastIndex && assignedExpression(text, nameStart, start, end)) continue;
    // No entropy floor here: the name says it is a secret, and people do pick low-entropy
    // passwords (`Q7aaaaaaaaaaaaz9`); only a placeholder (`xxxx`, `****`, `${VAR}`) stays.
    out.push({ start, end, type: 'PASSWORD', class: 'secret' });
  }
}

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

const secretPrefilter = /GOCSPX-|hv[sbr]\.|[sbr]\.[A-Za-z0-9]{24}|dp\.|PMAK-|dapi|sbp_|key-|\d:A|webhook|Q~|sk-|A3T|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|AIza|gh[pousr]_|github_pat_|gl[a-z]{2,6}-|xox|xapp-|hooks\.slack|_live_|_test_|whsec_|eyJ|[Bb]earer|basic\s|authorization|:\/\/|pass|pw|psw|secret|token|api.?key|access.?key|account.?key|auth.?key|private.?key|credential|[_\-]key|[_\-]auth\b|aws|hf_|npm_|SG\.|shp[a-z]{2}_|lin_api_|ops_ey|-u\s|--user|analytics\.load|[a-z]key\b|hmac|sig=|signature|x-amz-|sess|verifier|(?:ki|opc|ak|ek|kek)["']?[ \t]{0,2}[:=]|install(?:ation)?[ \t_-]?code|(?:authentication|encryption|unicast|broadcast|dedicated|dlms|cosem|hls|lls|meter|master|link|network|nwk|zigbee)[ \t](?:auth(?:entication)?[ \t])?key/i;

/**
 * Either prefilter in one scan: most strings hold no secret-ish word and skip both rule sets.
 * Both are `regex.test` through a table of the triples their matches start with (prefilter.ts).
 */
const anySecretWord = gatedTest(new RegExp(`${secretPrefilter.source}|${otherPrefilter.source}`, 'i'));
const anyRuleWord = gatedTest(secretPrefilter);

function detectSecrets(text: string, out: Detection[], keyIsSecret: boolean): void {
  const found: Detection[] = [];
  detectSecretSpans(text, found, keyIsSecret);
  // A secret cut short at the string's very end (`…token is ghp_AbCdEfGhIjKlMnOp`, a streamed chunk), unless a
  // rule above read its run already: its gate is the string's last run of token characters starting with a
  // known prefix (cut-secrets.ts; L7 of 2026-12-05h).
  detectCutSecret(text, found);
  for (const detection of withoutInnerSecrets(found)) out.push(detection);
}

/**
 * Drops each secret span lying strictly inside another (an AWS-looking run or a Bearer token
 * inside a password's quoted value): otherwise overlap resolution keeps the inner span, of higher
 * priority, and drops the whole value, whose rest is stored raw (issue 11). Equal spans are left
 * to overlap resolution (`token=eyJ…` stays a JWT). O(m log m).
 */
function withoutInnerSecrets(found: Detection[]): Detection[] {
  if (found.length < 2) return found;
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const inner = new Set<Detection>();
  let widest = sorted[0] as Detection;
  for (let index = 1; index < sorted.length; index++) {
    const detection = sorted[index] as Detection;
    if (detection.end <= widest.end && !(detection.start === widest.start && detection.end === widest.end)) inner.add(detection);
    else if (detection.end > widest.end) widest = detection;
  }
  return inner.size === 0 ? found : found.filter((detection) => !inner.has(detection));
}

/** The secret detections of one command line (argv.ts reads a command's array of strings as one). */
function commandLineSecrets(line: string): Detection[] {
  const found: Detection[] = [];
  readingArgv = true;
  try {
    detectSecretSpans(line, found, false);
  } finally {
    readingArgv = false;
  }
  return withoutInnerSecrets(found);
}
/** Set while a command array's line is read: its items are no list in text to read again. */
let readingArgv = false;

/**
 * The secret spans of a command given as an array of strings (`["mysql", "-u", "root",
 * "-phunter2"]`, an MCP server's `command` and `args`), per item, or undefined (argv.ts).
 */
export function argvSecrets(items: readonly unknown[]): ArgvSpan[][] | undefined {
  return argvSecretSpans(items, commandLineSecrets);
}

function detectSecretSpans(text: string, out: Detection[], keyIsSecret: boolean): void {
  if (text.includes('-----BEGIN')) detectPem(text, out);
  // A command as a list of quoted strings in text (`spawn(["mysql", "-u", "root", "-phunter2"])`): argv.ts.
  if (!readingArgv && text.length >= 12 && text.includes('[') && text.includes(',')) detectArgvInText(text, out, commandLineSecrets);
  // Password hashes, plist and netrc entries, user/password pairs (credential-files.ts): their own prefilter.
  detectCredentialFiles(text, out, isPlaceholder);
  // Wallet seed phrases need no label: BIP-39's word list and checksum (seed-phrases.ts).
  detectSeedPhrases(text, out);
  // Bitcoin WIF keys need no label either (their Base58Check checksum); Ethereum keys need a cue (wallet-keys.ts).
  detectWalletKeys(text, out);
  // A web framework's session cookie as `name=value` in a log line or a query (`connect.sid=s%3A…`, `laravel_session=…`; cookies.ts, F11 of 2026-12-07).
  detectSessionCookiePairs(text, out);
  // Prefixed tokens of more providers (Groq, Grafana, Docker Hub, …), Twilio and Okta near their cues (provider-tokens.ts).
  detectProviderTokens(text, out);
  // Secret files and blocks: PuTTY keys, Kubernetes Secrets, .npmrc credentials (key-files.ts).
  detectKeyFiles(text, out);
  // More spellings of a password: PowerShell, Java XML properties, `ENV NAME value`, Wi-Fi, protocol transcripts (password-forms.ts).
  detectPasswordForms(text, out);
  // A password after a verb or a preposition (`reset your password to …`, `Log in with …`), in Polish and Turkish prose (password-verbs.ts).
  detectPasswordVerbs(text, out);
  // An OAuth authorization code as `code=` beside OAuth's other parameters (oauth-codes.ts).
  detectOAuthCodes(text, out);
  // A password (and its user) passed by position to a call known to take them (call-credentials.ts).
  detectCallCredentials(text, out, isPlaceholder);
  // The `result` of Terraform's random_password and random_string in console, output and state show text (terraform-secrets.ts; L4 of 2026-12-05d).
  detectTerraformSecrets(text, out);
  if (!anySecretWord(text)) return;
  detectOtherSecrets(text, out, isPlaceholder);
  // `INSERT INTO users (email, password) VALUES ('a@b.co', 'hunter22')`: the value under a secret's column (`pin` too).
  if (sqlInsert(text)) detectSqlInserts(text, out, SECRETS, true);
  if (!anyRuleWord(text)) return;
  if (text.includes('=') && (text.includes('?') || text.includes('&'))) detectParameters(text, out, SECRETS, undefined, true);
  detectAssignments(text, out, keyIsSecret);
  const ruleLengths = (secretRuleLengths ??= secretRules.map((rule) => minMatchLength(rule.pattern)));
  for (let r = 0; r < secretRules.length; r++) {
    // Most texts that get here are short (`sess-1a`, `token_count`): shorter than any match of
    // most rules, which then need not run (each run cost about as much as the whole text's other
    // detectors).
    if (text.length < (ruleLengths[r] as number)) continue;
    const rule = secretRules[r] as SecretRule;
    for (const match of eachMatch(rule.pattern, text)) {
      const value = rule.group === undefined ? match[0] : match[rule.group];
      if (value === undefined) continue;
      const offset = rule.group === undefined ? 0 : match[0].lastIndexOf(value);
      const start = match.index + offset;
      if (rule.validate && !rule.validate(value, text, start)) continue;
      // Documentation placeholders (`ghp_xxxx...`, `sk-0000...`) have almost no entropy.
      if (value.length >= 16 && rule.anyEntropy !== true && entropy(value) < 3) continue;
      out.push({ start, end: start + value.length, type: rule.type, class: 'secret' });
    }
  }
}

// --------------------------------------------------------------------------------------- health
// Medical record numbers and the other HIPAA identifiers: health-ids.ts.
const icdPattern = /(?<![\w.\-])([A-TV-Z]\d[0-9AB](?:\.[0-9A-TV-Z]{1,4})?)(?![\w]|\.\w|-\d)/g;
const icdContext = /\b(?:icd|icd-?10(?:-cm)?|diagnos[ie]s|diagnosed|dx|condition|code[sd]?)\b/i;
/** icdContext's test over a whole text through the prefilter (gatedTest: the same answer, one bit test for most texts). */
const anyIcdContext = gatedTest(icdContext);
/**
 * HL7 v2 message types (HL7 v2.9 Table 0076, the first component of MSH-9): before `^` they make
 * the code after it a trigger event (`ORU^R01`, `ADT^A03`, `VXU^V04`: Table 0003), the message's
 * kind, which every interface log keys on, and no diagnosis (O1 of the probe of 2026-12-06 found
 * them masked as ICD-10 codes).
 */
const HL7_MESSAGE_TYPES = new Set('ACK ADR ADT BAR BPS BRP BRT BTS CCF CCI CCM CCQ CCU CQU CRM CSU DBC DBU DEL DEO DER DFT DPR DRC DRG DSR EAC EAN EAR EHC ESR ESU INR INU LSR LSU MDM MFD MFK MFN MFQ MFR NMD NMQ NMR OMB OMD OMG OMI OML OMN OMP OMQ OMS OPL OPR OPU ORA ORB ORD ORF ORG ORI ORL ORM ORN ORP ORR ORS ORU OSM OSQ OSR OSU OUL PEX PGL PIN PMU PPG PPP PPR PPT PPV PRR PTR QBP QCK QCN QRY QSB QSX QVR RAR RAS RCI RCL RDE RDR RDS RDY REF RER RGR RGV ROR RPA RPI RPL RPR RQA RQC RQI RQP RRA RRD RRE RRG RRI RSP RTB SCN SDN SDR SIU SLN SLR SMD SQM SQR SRM SRR SSR SSU STC STI SUR TBR TCR TCU UDM VXQ VXR VXU VXX'.split(' '));
/** Whether the code at `at` follows an HL7 message type and `^` standing alone (`|ORU^R01`, `ADT^A03` at a word's start). */
function hl7TriggerEventAt(text: string, at: number): boolean {
  if (at < 4 || text.charCodeAt(at - 1) !== 94 || !HL7_MESSAGE_TYPES.has(text.slice(at - 4, at - 1))) return false;
  return at === 4 || !/[A-Za-z0-9^]/.test(text[at - 5] as string);
}
/**
 * Whether the `I10` at `at` of `text` is a coding system's name in an HL7 v2 message, no diagnosis
 * (the open part of O1 of the probe of 2026-12-06: `DG1|1||E11.9^Type 2 diabetes^I10` masked the
 * coding system as the code `I10`): HL7 Table 0396 names ICD-10 `I10`, written as the third or the
 * sixth component of a coded element (CWE/CE: identifier, text, coding system, then the alternate
 * three), or as a DG1 segment's second field, its diagnosis coding method (`DG1|1|I10|…`). The
 * component must be the name whole (a `^` before it, a field's, a component's or a repetition's end
 * after it). Reads at most 200 characters back to the field's or the repetition's start.
 */
function hl7CodingSystemAt(text: string, at: number, code: string): boolean {
  if (code !== 'I10') return false;
  const after = text.charCodeAt(at + 3);
  if (!(Number.isNaN(after) || after === 124 || after === 94 || after === 126 || after === 38 || after === 13 || after === 10)) return false;
  const before = text.charCodeAt(at - 1);
  if (before === 124) return /(?:^|[\r\n])DG1\|\d{1,4}\|$/.test(text.slice(Math.max(0, at - 12), at));
  if (before !== 94) return false;
  let carets = 0;
  for (let k = at - 1, stop = Math.max(0, at - 200); k >= stop; k--) {
    const c = text.charCodeAt(k);
    if (c === 124 || c === 126) return carets === 2 || carets === 5;
    if (c === 10 || c === 13) return false;
    if (c === 94) carets++;
  }
  return false;
}
/** Context strong enough for an undotted code (`C99`, `B2B` after `code` are a C standard and a business model). */
const icdStrongContext = /\b(?:icd|icd-?10(?:-cm)?|diagnos[ie]s|diagnosed|dx|condition)\b/i;
/**
 * An ICD-10 category's shape: a letter (not U), two digits; a letter third only in the categories
 * ICD-10-CM has (C4A, C7A, C7B, D3A, M1A, Z3A; CDC/CMS ICD-10-CM tabular list). `B2B` is none.
 */
const icdCategory = (code: string): boolean => /^[A-TV-Z]\d\d/.test(code) || /^(?:C4A|C7A|C7B|D3A|M1A|Z3A)/.test(code);
export const medicalTerms = /\b(?:diagnos(?:is|es|ed|tic)|prognosis|medications?|prescri(?:ption|ptions|bed)|dosage|symptoms?|chemotherapy|radiotherapy|oncology|insulin|diabet(?:es|ic)|hypertension|HIV|AIDS|cancer|tumou?r|carcinoma|pregnan(?:t|cy)|allerg(?:y|ies|ic)|surgery|surgical|biopsy|mental health|depression|anxiety|schizophrenia|bipolar|psychiatric|clinical|lab results?|blood pressure|cholesterol|vaccinat(?:ion|ed)|immunization|discharge summary|treatment plan|treatments?|therapy|physician|inpatient|outpatient|patient (?:record|chart|history|name|id)|medical (?:record|history|condition)|health record|EHR|EMR|ICD-?10|hospital(?:ized|isation|ization)?)\b/i;

/** `medicalTerms.test` through a table of the triples its matches start with (prefilter.ts): most texts hold no term. */
const anyMedicalTerm = gatedTest(medicalTerms);

function detectHealth(text: string, out: Detection[], digits: number): void {
  const term = anyMedicalTerm(text) ? medicalTerms.exec(text) : null;
  if (term) out.push({ start: term.index, end: term.index + term[0].length, type: 'MEDICAL_TERM', class: 'phi', mask: false });
  if (digits === 0) return;
  // Record, plan, account and licence numbers, VINs, device serials (HIPAA Safe Harbor): health-ids.ts.
  detectHealthIds(text, out, digits, labelledIdentifier);
  if (term || anyIcdContext(text)) {
    for (const match of eachMatch(icdPattern, text)) {
      const code = match[1] ?? '';
      if (!icdCategory(code.toUpperCase())) continue;
      if (hl7TriggerEventAt(text, match.index) || hl7CodingSystemAt(text, match.index, code)) continue;
      // Undotted three-character codes need the word ICD or a diagnosis close by; `code` close by
      // only in a text with a medical term (`C99 code style` is a C standard: a probe of 2026-12-03).
      if (!code.includes('.') && !(term ? icdContext : icdStrongContext).test(text.slice(Math.max(0, match.index - 40), match.index + 40)) && !medicalTerms.test(text.slice(Math.max(0, match.index - 60), match.index + 60))) continue;
      out.push({ start: match.index, end: match.index + code.length, type: 'ICD10', class: 'phi', normalized: code.toUpperCase() });
    }
  }
}

// -------------------------------------------------------------------------------- date of birth
// A date right after a birth cue: `DOB: 04/12/1983`, `date of birth 1983-12-04`,
// `born on 12 March 1983`, `Geburtsdatum 04.12.1983`, `né le 4 mars 1983`. A date without
// such a cue is left alone (dates are everywhere and identify nobody on their own).
// Issue 11, still open from the third attacker's report: the cue in prose and in other languages
// with the words that link it to the date (`date of birth is …`, `DOB was …`, `she was born on the
// 12th of March 1984`, `nacido el 12 de marzo de 1984`, `nata il …`, `nascido em …`, `geboren op
// …`, `geb. am …`, `urodzony …`, `född …`, `birthdate (YYYY-MM-DD): …`), and dates written with
// the month names of English, German, French, Spanish, Italian and Portuguese (`12-Mar-1984`,
// `1er mars 1984`, `12 de marzo de 1984`). The cue is a noun label or a participle; the linking
// words are a bounded list (at most four, and one parenthesised note of 24 characters).
// Thai labels (J25 of the fourth probe of 2026-12-04): `วันเกิด` (date of birth), `วัน เดือน ปี เกิด`
// (day, month, year of birth), `เกิดวันที่` / `เกิดเมื่อ(วันที่)` (born on); Thai is written without
// blanks between words, so these need no boundary before them, only no Thai letter or mark after.
// Polish `ur.` (urodzony/urodzona: `Pacjent ur. 02.02.1952 r. w Krakowie`; F7 of the leak probe of 2026-12-07).
// Chat's `bday`, `b-day`, `b'day` (L14 of 2026-12-06); `bday` not right before `:` or `;`: a vCard's `BDAY:`
// and a `bday:` pair are read by their own rules (detectVcardBirthDays, the key pairs), which a second DOB would double.
const dobLabel = /(?:(?<![\p{L}\p{N}])(?:(?:dob|d\.o\.b|d\/o\/b|date[\s_\-]?of[\s_\-]?birth|birth[\s_\-]?date|birth[\s_\-]?day|b-?day(?![;:])|b['’]day|born|birth|b\.d|b(?=[.:])|dod|date[\s_\-]?of[\s_\-]?death|death[\s_\-]?date|death|died|deceased|passed away|gestorben|gest|sterbedatum|todesdatum|verstorben|d[ée]c[ée]d[ée]e?|date[\s_\-]?de[\s_\-]?d[ée]c[èe]s|fallecid[oa]|fecha[\s_\-]?de[\s_\-]?(?:defunci[óo]n|fallecimiento)|decedut[oa]|data[\s_\-]?di[\s_\-]?morte|falecid[oa]|data[\s_\-]?de[\s_\-]?[óo]bito|overleden|overlijdensdatum|zmar[łl]a?|data[\s_\-]?zgonu|d[öo]d|d[øo]d|d[öo]dsdatum|d[øo]dsdato|geb\.?-?datum|geb|geboren|geburtsdatum|geburtstag|дата[\s_\-]рождения|д\.\s?р\.|生年月日|seinen[\s_\-]?gapp?i|出生日期|出生年月日|생년월일|n[ée]e?|date[\s_\-]?de[\s_\-]?naissance|nacid[oa]|fecha[\s_\-]?de[\s_\-]?nacimiento|nat[oa]|data[\s_\-]?di[\s_\-]?nascita|nascid[oa]|data[\s_\-]?de[\s_\-]?nascimento|geboortedatum|f[øo]dselsdato|f[øo]dt|f[öo]dd|f[öo]delsedatum|syntym[äa]aika|syntynyt|data[\s_\-]?urodzenia|urodzon[ya]|nac(?:[íi]|i[óo]|iste|imos|ieron)|nasc(?:i|eu|este|emos|eram)|nacqu(?:i|e|ero)|naqu(?:is|it)|urodzi(?:[łl](?:a|em|am|y)?|li)(?:\s+si[ęe])?|родил(?:ся|ась|ись)|narodil[aiy]?(?:\s+se)?|narozen[aáý]?|nar(?=\.)|ur\.|sz[üu]l(?=\.)|datum[\s_\-]?narozen[íi]|sz[üu]letett|sz[üu]let[ée]si[\s_\-]?d[áa]tum|n[ăa]scut[ăa]?|data[\s_\-]?na[șşs]terii|ng[àa]y[\s_\-]?sinh|sinh(?:[\s_\-]?ng[àa]y|[\s_\-]?n[ăa]m)?|do[ğg]um[\s_\-]?tarih(?:i|im|in|iniz)?|do[ğg]um[\s_\-]?g[üu]n[üu]|do[ğg]du[mn]?|जन्मतिथि|जन्म[\s_\-]?(?:तिथि|दिनांक)|tanggal[\s_\-]?lahir|tgl\.?[\s_\-]?lahir|ttl|tarikh[\s_\-]?lahir|ημερομηνία[\s_\-]?γέννησης|γεννήθηκ[αε]|تاريخ[\s_\-]?(?:الميلاد|الولادة|ميلاد(?:ي|ه|ها|ك|كم|هم)|ولادت(?:ي|ه|ها|ك))|مواليد|תאריך[\s_\-]?לידה|נולד(?:ה|תי)?|출생|출생일)(?![\p{L}\p{N}])\.?|dob(?=\d)|(?<=[(\[]|[\p{L}\p{N}][,;]? )[*†])|(?:วัน\s?(?:เดือน\s?ปี\s?)?เกิด|เกิด(?:\s?(?:วันที่|เมื่อ(?:วันที่)?))?)(?![\p{L}\p{M}]))/giu;
/** What may stand between a birth cue and its date: `:`, quotes, `is`, `was`, `on the`, `am`, `le`, `el`, `(DD/MM/YYYY)`. */
// A source between the label and the date (`DOB per chart 03/12/1984`, `DOB as per records: …`,
// `DOB on file 3/12/84`; a fresh probe of 2026-12-04, H12): `per`, `from`, `on`, `in` then a record's noun.
// The same in other languages, and a participle that says the date was given (F7 of the leak probe of
// 2026-12-07: `Geburtsdatum laut Akte: …`, `lt. Versichertenkarte`, `gemäß Ausweis`, `Date de naissance
// indiquée : …`, `selon le dossier`, `d'après la carte vitale`, `según DNI`, `secondo la tessera`,
// `volgens paspoort`, `według dowodu`, `DOB stated:`, `as recorded:`, `dichiarata`, `opgegeven`).
const dobLink = /(?:\s{0,3}(?:[:：=\-–"']|\((?:[^()\n]){0,24}\)|(?:as\s)?(?:per|from|on|in)\s(?:the\s)?(?:chart|file|records?|ids?|licen[cs]e|passport|ehr|emr|system|intake|form|registration)(?![\p{L}\p{N}])|(?:(?:as\s)?(?:per|according\sto)|laut|lt\.|gem\.|gem[äa]ß|gemaess|selon|d['’]apr[èe]s|seg[úu]n|secondo|come\sda|volgens|wed[łl]ug|wg\.)\s(?:(?:the|his|her|their|der|dem|den|des|die|le|la|les|l['’]|el|los|las|il|lo|het|de)\s?)?\p{L}[\p{L}\p{M}'’.\-]{0,24}(?:\s\p{L}[\p{L}\p{M}'’\-]{0,24})?(?![\p{L}\p{N}])|(?:as\s)?(?:stated|given|recorded|reported|listed|provided|declared|verified|indiqu[ée]e?s?|d[ée]clar[ée]e?s?|renseign[ée]e?s?|angegeben|eingetragen|vermerkt|indicad[oa]|declarad[oa]|dichiarat[oa]|indicat[oa]|riportat[oa]|opgegeven|vermeld|podan[aey]|deklarowan[aey])(?![\p{L}\p{N}])|(?:is|was|on|the|am|an|le|el|il|em|op|den|dem|der|de|du|la|lo|a|dnia|el día|il giorno)(?![\p{L}\p{N}]))){0,4}\s{0,3}/iuy;
/**
 * The place of birth between a birth cue and its date (L4 of the twelfth probe, 2026-12-05e: `born
 * in Lagos on 06/21/1992`, `né à Villeurbanne le 14 mars 1987`, `nato a Bologna il 05/12/1974`,
 * `nacido en Sevilla el …`, `geboren in Köln am …`, `urodzony w Krakowie dnia …` were stored raw): a
 * preposition, then up to four capitalized words (`Porto Alegre, Brazil`, `St. Jude's Hospital`,
 * `Frankfurt am Main`, `Las Palmas de Gran Canaria`: a small connector may stand between two; an
 * English month's name is no place word: `born in Lagos, March 3, 1990`), then
 * dobLink's link words and the date. Capitals are read without the `i` flag (under it `\p{Lu}`
 * matches any letter), so `born in Lagos and moved to Atlanta on …` ends the place at `and`.
 */
const PLACE_WORD = "(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)(?![\\p{L}\\p{M}]))(?:\\p{Lu}\\p{Ll}{0,2}\\.|\\p{Lu}[\\p{L}\\p{M}'’\\-]{0,30})";
const dobPlace = new RegExp(`\\s{1,3}(?:[Ii]n|[Aa]t|[Nn]ear|à|au|a|en|em|no|na|w|we|te|op|bei|zu)\\s{1,3}${PLACE_WORD}(?:(?:,?\\s{1,3}|-)(?:(?:de|del|de la|di|da|do|dos|das|des|du|la|le|am|an|der|dem|upon|sur|sous|en|y|i)\\s{1,3})?${PLACE_WORD}){0,3},?`, 'uy');
/**
 * A birthday wish and the date in parentheses after it (L4 of 2026-12-05e: `Happy birthday!! 🎉
 * (03/14/1987)`, a chat export): after `birthday` / `Geburtstag`, at most one capitalized word (the
 * person's name), then `!` and emoji (at least one of them, at most 16 characters with blanks),
 * then `(`; the date must close the parentheses.
 */
const dobWish = /(?:\s{1,3}\p{Lu}[\p{L}\p{M}'’\-]{0,30})?(?:[!¡ \t\uFE0F\u200D]|\p{Extended_Pictographic}|\p{Emoji_Modifier}){1,16}\(/uy;
const BIRTHDAY_LABEL = /^(?:birth[\s_\-]?day|geburtstag)$/i;
/**
 * A place of birth in any case and of up to eight words (the open part of L4 of 2026-12-05e: `born
 * in lagos on …`, `born in a small village near Kraków on …`, `né à la maternité de Port-Royal le
 * …`, `geboren in einem kleinen Dorf bei Köln am …`): after dobPlace's preposition, words of letters
 * parted by blanks or a comma, the link words and the date tried before each word (birthPlaceWords).
 * A word that starts another clause ends the place (PLACE_BREAK: `and`, `moved`, `où`, `wohnhaft`,
 * an English past tense or `-ing` form in small letters), so do a digit, a line break and a
 * sentence's end: `born in Lagos and moved to Atlanta on …`, `born in Chicago. On …` give no DOB.
 */
const PLACE_PREPOSITION = /[ \t]{1,3}(?:in|at|near|à|au|aux|a|en|em|no|na|nel|nella|w|we|te|op|bei|zu|im)[ \t]{1,3}/iuy;
const PLACE_ANY_WORD = /\p{L}[\p{L}\p{M}'’\-]{0,30}/uy;
const PLACE_GAP = /(?:(?<=^|[\s,]\p{Lu}\p{Ll}{0,2})\.)?,?[ \t]{1,3}/uy;
const PLACE_BREAK = new Set(`and but or then where when which who whose that while until since before after later now currently
also moved died lived lives resides raised grew came went left arrived married emigrated immigrated relocated
et puis où qui que mais avant après depuis demeurant résidant domicilié domiciliée installé installée arrivé arrivée marié mariée décédé décédée mort morte
y e luego donde pero con domiciliado domiciliada residente casado casada fallecido fallecida vive vivió llegó
ed poi dove che ma residente domiciliato domiciliata sposato sposata trasferito trasferita morto morta deceduto deceduta
und dann wo aber seit bis wohnhaft verheiratet gestorben verstorben zog kam lebt lebte
depois onde mas casado casada mudou faleceu
en daarna waar maar wonende woonachtig verhuisd getrouwd overleden
oraz potem gdzie który która zamieszkały zamieszkała zmarł zmarła`.split(/\s+/));
const PLACE_MAX_WORDS = 8;
/**
 * Birthday wishes of the other languages before a date in parentheses (the open part of L4 of
 * 2026-12-05e: `Feliz cumpleaños!! 🎉 (14/03/1987)`, `Joyeux anniversaire !! 🎂 (…)`, `Buon
 * compleanno Marco! (…)`, `Gefeliciteerd met je verjaardag! (…)`, `Wszystkiego najlepszego z okazji
 * urodzin! (…)`, `İyi ki doğdun!! (…)`, `Happy bday! (…)`): read as `birthday` is (dobWish: a name, then
 * `!` or an emoji, then the date that closes the parentheses). A wish of no birthday (`Parabéns!!`,
 * `Felicidades!`, `Tanti auguri!`, a wedding's `anniversaire de mariage`) is none.
 */
const WISH_GATE = /cumple|anniversaire|compleanno|anivers[áa]rio|verjaardag|urodzin|sto lat|do[ğg](?:dun|um)|b-?day|hbd/iu;
/** WISH_GATE's test through the prefilter (gatedTest: the same answer, one bit test for most texts). */
const anyWish = gatedTest(WISH_GATE);
const WISH_WORDS = /(?<![\p{L}\p{N}])(?:feliz\s{1,3}cumplea[ñn]os|feliz\s{1,3}cumple|feliz\s{1,3}anivers[áa]rio|(?:joyeux|bon)\s{1,3}anniversaire|buon\s{1,3}compleanno|(?:gefeliciteerd\s{1,3}met\s{1,3}(?:je|jouw|uw)\s{1,3}|fijne\s{1,3}|gelukkige\s{1,3})verjaardag|z\s{1,3}okazji\s{1,3}urodzin|sto\s{1,3}lat|[iİ]yi\s{1,3}ki\s{1,3}do[ğg]dun|do[ğg]um\s{1,3}g[üu]n[üu]n(?:[üu]z)?\s{1,3}kutlu\s{1,3}olsun|happy\s{1,3}b-?day|hbd)(?![\p{L}\p{N}])/giu;
const WISH_MARK = /[!¡]|\p{Extended_Pictographic}/u;
const MONTHS = 'jan(?:uary|vier|uar|eiro)?|janv|ene(?:ro)?|genn(?:aio)?|feb(?:ruary|ruar|rero|braio)?|f[ée]v(?:rier|ereiro)?|mar(?:ch|s|zo|ço)?|m[äa]rz|apr(?:il|ile)?|avr(?:il)?|abr(?:il)?|may|mai|maio|maggio|mayo|jun(?:e|i|io|ho)?|juin|giu(?:gno)?|jul(?:y|i|io|ho)?|juil(?:let)?|lug(?:lio)?|aug(?:ust)?|ago(?:sto)?|ao[uû]t|sep(?:t|tember|tembre|tiembre|tembro)?|set(?:tembre|iembre|embro)?|oct(?:ober|obre|ubre)?|okt(?:ober)?|ott(?:obre)?|out(?:ubro)?|nov(?:ember|embre|iembre|embro)?|dec(?:ember)?|d[ée]c(?:embre)?|dez(?:ember|embro)?|dic(?:iembre|embre)?'
  // Dutch, Nordic, Indonesian and Romanian (januari, maart, mei, augustus, augusti, marts, maret,
  // agustus, desember, ianuarie, martie, iunie, iulie, octombrie, noiembrie), Turkish (ocak …
  // aralık), Hungarian (március, május, …), and the genitive forms of Polish (stycznia …), Czech
  // (ledna …), Russian (января …) and Greek (Ιανουαρίου …) that a date puts after its day (H11).
  + '|januari|februari|maart|mei|augustus|augusti|marts|maret|agustus|desember|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie'
  + '|ocak|[şs]ubat|mart|nisan|may[ıi]s|haziran|temmuz|a[ğg]ustos|eyl[üu]l|ekim|kas[ıi]m|aral[ıi]k'
  + '|janu[áa]r|febru[áa]r|m[áa]rcius|[áa]prilis|m[áa]jus|j[úu]nius|j[úu]lius|augusztus|szeptember|okt[óo]ber'
  + '|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze[śs]nia|pa[źz]dziernika|listopada|grudnia'
  + '|ledna|[úu]nora|b[řr]ezna|dubna|kv[ěe]tna|[čc]ervna|[čc]ervence|srpna|z[áa][řr][íi]|[řr][íi]jna|listopadu|prosince'
  + '|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря'
  + '|ιανουαρίου|φεβρουαρίου|μαρτίου|απριλίου|μαΐου|ιουνίου|ιουλίου|αυγούστου|σεπτεμβρίου|οκτωβρίου|νοεμβρίου|δεκεμβρίου'
  // Thai months in full and as abbreviated (ม.ค. … ธ.ค., the Royal Institute's abbreviations; J25 of
  // the fourth probe of 2026-12-04). A Buddhist-era year (พ.ศ., 543 years ahead: 2527 is 1984) has
  // four digits like any other, so the date's year needs nothing more.
  + '|มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม'
  + '|ม\\.ค|ก\\.พ|มี\\.ค|เม\\.ย|พ\\.ค|มิ\\.ย|ก\\.ค|ส\\.ค|ก\\.ย|ต\\.ค|พ\\.ย|ธ\\.ค';
// `DOB:04121983`, `DOB 19831204`: eight digits after a birth label are a date.
// A day as an English ordinal word (`the twelfth of March, 1984`, `March twenty-first, 1984`;
// the second probe of 2026-12-04, G19).
const ORDINAL_DAY = '(?:(?:twenty|thirty)[\\s-]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)';
// A day as a word in Spanish, Portuguese, Italian and French (cardinals, and the first as an
// ordinal: `doce de marzo`, `vinte e dois de abril`, `ventitré maggio`, `vingt-trois juin`, `primero
// de enero`) and a German ordinal (`am zwölften Juli`): H11 of the third probe of 2026-12-04.
const DAY_WORD =
  '(?:primero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|diecis[ée]is|diecisiete|dieciocho|diecinueve|veinte|veinti(?:uno|d[óo]s|tr[ée]s|cuatro|cinco|s[ée]is|siete|ocho|nueve)|treinta(?: y uno)?' +
  '|primeiro|um|dois|tr[êe]s|quatro|sete|oito|nove|dez|onze|doze|treze|q?uatorze|catorze|quinze|deze?sseis|dezasseis|deze?ssete|dezassete|dezoito|dezenove|dezanove|vinte(?: e (?:um|dois|tr[êe]s|quatro|cinco|seis|sete|oito|nove))?|trinta(?: e um)?' +
  '|primo|due|tre|quattro|cinque|sei|sette|otto|dieci|undici|dodici|tredici|quattordici|quindici|sedici|diciassette|diciotto|diciannove|venti|ventuno|ventidue|ventitr[ée]|ventiquattro|venticinque|ventisei|ventisette|ventotto|ventinove|trenta|trentuno' +
  '|premier|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|seize|dix-sept|dix-huit|dix-neuf|vingt(?:-et-un| et un|-(?:deux|trois|quatre|cinq|six|sept|huit|neuf))?|trente(?:-et-un| et un)?' +
  '|(?:ers|zwei|drit|vier|f[üu]nf|sechs|sieb|ach|neun|zehn|elf|zw[öo]lf|dreizehn|vierzehn|f[üu]nfzehn|sechzehn|siebzehn|achtzehn|neunzehn)ten|(?:(?:ein|zwei|drei|vier|f[üu]nf|sechs|sieben|acht|neun)und)?zwanzigsten|(?:einund)?drei[ßs]igsten)';
const DAY = `(?:\\d{1,2}(?:st|nd|rd|th|er|e|º|°)?\\.?|${ORDINAL_DAY}|${DAY_WORD})`;
// Between a numeric date's parts: `-`, `/` or `.` with a blank either side at most (`11 / 02 / 1979`,
// as a form's fields are filled in; G19), or one blank; a line break after the separator, as text
// extracted from a PDF breaks a date (`DOB 02/11/\n1947`, `geb. 03.07.\n1948`; F7 of the leak probe of 2026-12-07).
const SEP = '(?: ?[-/.](?: |\\r?\\n)?| )';
// A day, a month's name and a year glued together, as airlines, the military and clinical notes
// write them (`12MAR1984`, `12Mar84`, `3JAN90`; L3 of the sixth probe of 2026-12-04).
const dobDate = new RegExp(`(?:\\d{8}(?!\\d)|\\d{1,2}(?:${MONTHS})\\d{2}(?:\\d{2})?|\\d{4}${SEP}\\d{1,2}${SEP}\\d{1,2}|\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{4}년\\s?\\d{1,2}월\\s?\\d{1,2}일|\\d{1,2}${SEP}\\d{1,2}${SEP}\\d{2,4}|${DAY}[\\s\\-/](?:of\\s|de\\s)?(?:${MONTHS})\\.?,?[\\s\\-/](?:del?\\s)?\\d{2}(?:\\d{2})?|(?:${MONTHS})\\.?[\\s\\-/](?:the\\s)?(?:\\d{1,2}(?:st|nd|rd|th)?|${ORDINAL_DAY}),?[\\s\\-/]\\d{2}(?:\\d{2})?(?![:.]\\d)|\\d{4}\\.?\\s(?:${MONTHS})\\s\\d{1,2}\\.?|\\d{1,2}\\s{1,2}th[áa]ng\\s{1,2}\\d{1,2},?\\s{1,2}(?:n[ăa]m\\s{1,2})?\\d{4})(?:(?<=[日일])|(?![\\d\\p{L}]))`, 'iuy');
/**
 * A date's arguments to a constructor in code, year first (`datetime.date(1971, 5, 6)`,
 * `LocalDate.of(1971, 5, 6)`, `new Date(1971, 4, 6)`, `DateOnly(1971, 5, 6)`), as text pairs read
 * them under a date-of-birth key (text-pairs.ts; G19). Not a date after a label in prose.
 */
const DATE_ARGUMENTS = /\d{4}[ \t]{0,3},[ \t]{0,3}\d{1,2}[ \t]{0,3},[ \t]{0,3}\d{1,2}(?!\d)/y;

/**
 * Letters that OCR reads for digits (`O` for 0, `I` and `l` for 1, `Z` for 2, `S` for 5, `G` and
 * `b` for 6, `B` for 8, `g` and `q` for 9), folded in a numeric date where a date of birth is
 * expected only (the third probe of 2026-12-04, H15: `DOB: O3/I2/1984`, `Date of birth: 1984-O3-l2`
 * stored raw), as a government id's key takes its value whole (`SSN: 536-22-85l4` is masked); and
 * Cyrillic and Greek letters that look like digits (Unicode confusables.txt: Cyrillic `З`/`з` for
 * 3, `О`/`о`, Greek `Ο`/`ο` for 0, Greek `Ι`, Cyrillic `І`/`і`/`Ӏ`/`ӏ` for 1, `Б`/`б` for 6,
 * `Ч`/`ч` for 4, `Ѕ`/`ѕ` for 5, `В`, Greek `Β` for 8, Greek `Ζ` for 2). One map for dates of birth
 * and for an SSN or a card after its label (ocrIdAt; the fourth probe of 2026-12-04, J22).
 */
const OCR_DIGITS: Readonly<Record<string, string>> = {
  O: '0', o: '0', I: '1', l: '1', i: '1', Z: '2', z: '2', S: '5', s: '5', G: '6', b: '6', B: '8', g: '9', q: '9',
  '\u0417': '3', '\u0437': '3', '\u041e': '0', '\u043e': '0', '\u039f': '0', '\u03bf': '0', '\u0399': '1', '\u0406': '1', '\u0456': '1', '\u04c0': '1', '\u04cf': '1',
  '\u0411': '6', '\u0431': '6', '\u0427': '4', '\u0447': '4', '\u0405': '5', '\u0455': '5', '\u0412': '8', '\u0392': '8', '\u0396': '2',
};
/** At most this many OCR letters in a date, and at least this many digits as written (`Ol/Ol/OlOl` is none). */
const MAX_OCR_LETTERS = 3;
const MIN_OCR_DIGITS = 4;
/** Longest numeric date (`1984 - 03 - 12`: 14 characters) and what follows it. */
const OCR_WINDOW = 16;
const NUMERIC_DATE = /^[\d\s./-]+$/;

/**
 * The numeric date at `at` of `text` read with OCR letters as digits (OCR_DIGITS): its length and
 * its spelling with digits (its normalized value: the date's as written plainly), or undefined
 * when there is none or it needs no letter read so. Reads at most OCR_WINDOW characters.
 */
function ocrDateAt(text: string, at: number): { length: number; date: string } | undefined {
  const window = text.slice(at, at + OCR_WINDOW);
  let folded = '';
  for (let k = 0; k < window.length; k++) folded += OCR_DIGITS[window[k] as string] ?? window[k];
  if (folded === window) return undefined;
  dobDate.lastIndex = 0;
  const date = dobDate.exec(folded);
  if (date === null || !NUMERIC_DATE.test(date[0])) return undefined;
  const length = date[0].length;
  // Cut by the window: the text must not go on with a digit or a letter.
  const after = text.charCodeAt(at + length);
  if (length === window.length && (isDigit(after) || ASCII_LETTER_CODE(after))) return undefined;
  let letters = 0;
  let digits = 0;
  for (let k = 0; k < length; k++) {
    if (isDigit(window.charCodeAt(k))) digits++;
    else if (window[k] !== folded[k]) letters++;
  }
  return letters === 0 || letters > MAX_OCR_LETTERS || digits < MIN_OCR_DIGITS ? undefined : { length, date: date[0] };
}

/**
 * An SSN's or a card's label, then a blank, a colon or `is` (`SSN `, `SSN# `, `social security
 * number is `, `card `, `card no. `, `credit card: `, `CC# `, `PAN `): where ocrIdAt reads.
 * Group 1: the SSN's labels.
 */
const OCR_ID_LABEL = /(?<![A-Za-z])(?:(ssn(?: no\.?| number|#)?|s\.s\.n\.?|ss#|social security(?: number| no\.?)?)|(?:(?:credit|debit) )?card(?: number| no\.?|#)?|cc(?: number| no\.?|#)?|pan)(?![A-Za-z])[ \t]{0,2}[:#=]?[ \t]{0,3}(?:is[ \t]{1,3})?/gi;
/** An SSN as written (3-2-4, one separator or none) and a card's groups (4-4-4-4…, 4-6-5, or 13-19 digits), in the folded window. */
const OCR_SSN = /^\d{3}([- .]?)\d{2}\1\d{4}(?![\p{L}\p{N}])/u;
const OCR_CARD = /^(?:\d{4}([- ]?)\d{4}\1\d{4}\1\d{1,4}(?:\1\d{3})?|\d{4}([- ]?)\d{6}\2\d{4,5})(?![\p{L}\p{N}])/u;
/** Longest card as written (`4111 1111 1111 1111 111`: 23 characters) and what follows it. */
const OCR_ID_WINDOW = 24;

/**
 * SSNs and cards after their label with OCR or homoglyph letters for some digits (OCR_DIGITS: `SSN
 * 4l2-67-339O`, `SSN 5З6-22-85l4` with Cyrillic Ze, `SSN 536-22-85Ι4` with Greek Iota, `card 4III
 * 1111 1111 1111`; the fourth probe of 2026-12-04, J22, found them raw): at most MAX_OCR_LETTERS
 * letters read so, the value valid as folded (ssnValid; Luhn and an issuer's range). Type and
 * normalized value are the plain value's (its digits), so the folded spelling joins the plain one.
 */
function detectOcrIds(text: string, out: Detection[], ssn: boolean, card: boolean): void {
  for (const label of eachMatch(OCR_ID_LABEL, text)) {
    const isSsn = label[1] !== undefined;
    if (isSsn ? !ssn : !card) continue;
    const at = label.index + label[0].length;
    const window = text.slice(at, at + OCR_ID_WINDOW + 1);
    let folded = '';
    for (let k = 0; k < window.length; k++) folded += OCR_DIGITS[window[k] as string] ?? window[k];
    const value = (isSsn ? OCR_SSN : OCR_CARD).exec(folded);
    if (value === null || value[0].length > OCR_ID_WINDOW) continue;
    let letters = 0;
    let digits = '';
    for (let k = 0; k < value[0].length; k++) {
      const code = value[0].charCodeAt(k);
      if (!isDigit(code)) continue;
      digits += value[0][k];
      if (window[k] !== value[0][k]) letters++;
    }
    // A number that fails Luhn after a card's label is the card mistyped (L18 of 2026-12-06); with OCR letters
    // too it stays (the letters may be a word's: Luhn is what tells a folded card).
    if (letters === 0 && !isSsn) labelledCardWithTypo(digits, at, value[0].length, out);
    if (letters === 0 || letters > MAX_OCR_LETTERS) continue;
    if (isSsn ? !ssnValid(digits) : !luhnValid(digits) || cardIssuer(digits) === undefined || /^(\d)\1+$/.test(digits)) continue;
    out.push(isSsn ? { start: at, end: at + value[0].length, type: 'SSN', class: 'pii.government_id', normalized: digits } : { start: at, end: at + value[0].length, type: 'CARD', class: 'payment.card', normalized: digits });
  }
}

/**
 * A card number right after its label (OCR_ID_LABEL: `card number`, `my card is`, `debit card no`,
 * `card #`, `CC#`, `PAN`) that fails the Luhn check, in a card's groups (OCR_CARD) with an issuer's
 * prefix and length: a number mistyped by one digit, the customer's complaint that it "keeps
 * failing", is still 15 of the card's 16 digits (L18 of the probe of 2026-12-06 found it raw). A
 * number that passes Luhn is detectCards'. Masked as `CARD` with its own digits as normalized.
 */
function labelledCardWithTypo(digits: string, at: number, length: number, out: Detection[]): void {
  if (luhnValid(digits) || cardIssuer(digits) === undefined || /^(\d)\1+$/.test(digits)) return;
  out.push({ start: at, end: at + length, type: 'CARD', class: 'payment.card', normalized: digits });
}

/**
 * The letters of OCR_DIGITS that stand for 0 and 1 (`O`, `o`, `I`, `l`, `i`, and their Cyrillic and
 * Greek look-alikes), and the capitals `S` for 5 and `B` for 8 (and the Cyrillic `Ѕ`, `В` and Greek
 * `Β` that look like them): the ones people and OCR put in a phone number (`O77OO 9OO417`, `0l13
 * 496 0321`, `O2O 79B6 O9S8`; L17 of 2026-12-06, its open part). The others (`s`, `b`, `G`, `Z`,
 * `g`, `q`) are read in a date or an id after its label, not in a phone. A word after the number
 * (`Bob`, `Sam`) does not run on into it: each group must hold a digit as written (detectOcrPhones).
 */
const OCR_PHONE_DIGITS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(OCR_DIGITS).filter(([, digit]) => digit === '0' || digit === '1')),
  S: '5', B: '8', '\u0405': '5', '\u0412': '8', '\u0392': '8',
};
/** A digit beside such a letter, glued (`O7`, `7O`, `0l`, `S5`, `9B`): the gate of detectOcrPhones. */
const OCR_PHONE_GATE = /\d[OoIliОоΟοΙІіӀӏSBЅВΒ]|[OoIliОоΟοΙІіӀӏSBЅВΒ]\d/u;
/**
 * A run that may be a phone number with such letters, in the folded text: `+` or not, then 7 to 15
 * digits with at most one blank, dot or dash between two of them (`07700 900417`, `+44 7700 900 417`).
 */
const OCR_PHONE_SHAPE = /^\+?\d(?:[ .\-]?\d){6,14}/;
/** Longest such run as written (`+44 77OO 9OO 417`: 16; fifteen digits and their separators: 30) and what follows it. */
const OCR_PHONE_WINDOW = 31;
/** `my number is`, `my mobile no.`, `phone number is`, `number:` with `my`, `his`, `her`…: a phone's cue that PHONE_LABEL_RIGHT_BEFORE leaves out. */
const NUMBER_IS_BEFORE = /(?:^|[^\p{L}\p{N}])(?:(?:my|his|her|their|your|our)[ \t]+(?:(?:phone|mobile|mob|cell|home|work|contact|whatsapp)[ \t]+)?(?:number|no\.?|num|#)|(?:phone|mobile|cell|contact|whatsapp)[ \t]+(?:number|no\.?|num))(?:[ \t]+is)?[ \t]{0,2}[:=#]?[ \t]{0,2}$/iu;

/**
 * Whether `text` ends in a phone's cue (PHONE_LABEL_RIGHT_BEFORE: `phone:`, `tel`, `call me on`, `ring me on`,
 * …; NUMBER_IS_BEFORE: `my number is`), read as detectOcrPhones reads the text before a number: a streamed
 * chunk that ends so is kept with its end labelled (redactor.ts noteEnd), so the number in the next chunk is
 * read with its cue in front (`Call me on ` + `O77OO 9OO417` was stored raw). Bounded: the last 40 characters.
 */
export function phoneCueAtEnd(text: string): boolean {
  return PHONE_LABEL_RIGHT_BEFORE.test(text.slice(Math.max(0, text.length - 32))) || NUMBER_IS_BEFORE.test(text.slice(Math.max(0, text.length - 40)));
}

/**
 * A phone number written with the letter `O` for 0 or `l`/`I` for 1 (`S` for 5, `B` for 8), as people type it and OCR reads
 * it (L17 of the probe of 2026-12-06: `call me on O77OO 9OO417`, `mob +44 77OO 9OO 417`, `tel 0l13
 * 496 0321` were stored raw), right after a phone's cue (PHONE_LABEL_RIGHT_BEFORE: `phone:`, `tel`,
 * `mob`, `call me on`, `ring me on`, …, or NUMBER_IS_BEFORE: `my number is`): the letters of
 * OCR_PHONE_DIGITS folded, the run read as a phone's digits (OCR_PHONE_SHAPE), each of its groups
 * holding a digit as written (`OOO`, `lol` are words), at least one such letter, no more letters than
 * digits, and the folded number valid by libphonenumber-js (ocrPhoneNumber). Longest first, a
 * group at a time. Type and normalized value are the number's as written with digits, so the two
 * spellings share a pseudonym. Bounded work per cue: OCR_PHONE_WINDOW characters.
 */
function detectOcrPhones(text: string, out: Detection[]): void {
  if (!OCR_PHONE_GATE.test(text)) return;
  for (const run of eachMatch(OCR_PHONE_RUN, text)) {
    const at = run.index;
    if (!PHONE_LABEL_RIGHT_BEFORE.test(text.slice(Math.max(0, at - 32), at)) && !NUMBER_IS_BEFORE.test(text.slice(Math.max(0, at - 40), at))) continue;
    const window = text.slice(at, at + OCR_PHONE_WINDOW);
    let folded = '';
    for (let k = 0; k < window.length; k++) folded += OCR_PHONE_DIGITS[window[k] as string] ?? window[k];
    const shape = OCR_PHONE_SHAPE.exec(folded);
    if (shape === null) continue;
    // Where the run's groups end; a group with no digit as written (`OOO`, `lol`) ends the run before it.
    const ends: number[] = [];
    let groupDigits = 0;
    for (let k = 0; k <= shape[0].length; k++) {
      const code = k < shape[0].length ? window.charCodeAt(k) : 32;
      if (code === 32 || code === 46 || code === 45) {
        if (groupDigits === 0) break;
        ends.push(k);
        groupDigits = 0;
      } else if (isDigit(code)) groupDigits++;
    }
    // Longest first: the number must end there (no letter or digit glued after it) and be valid as folded.
    for (let g = ends.length - 1; g >= 0; g--) {
      const end = ends[g] as number;
      const next = text.charCodeAt(at + end);
      if (isDigit(next) || ASCII_LETTER_CODE(next) || OCR_PHONE_DIGITS[text.charAt(at + end)] !== undefined) continue;
      let letters = 0;
      let plain = 0;
      for (let k = 0; k < end; k++) {
        if (isDigit(window.charCodeAt(k))) plain++;
        else if (OCR_PHONE_DIGITS[window[k] as string] !== undefined) letters++;
      }
      if (letters === 0 || letters > plain) continue;
      const normalized = ocrPhoneNumber(folded.slice(0, end));
      if (normalized === undefined) continue;
      out.push({ start: at, end: at + end, type: 'PHONE', class: 'pii.phone', normalized });
      break;
    }
  }
}

/** Where a phone number with OCR letters may start: `+`, a digit or such a letter at a word's start (detectOcrPhones). */
const OCR_PHONE_RUN = /(?<![\p{L}\p{N}+])(?:\+|[\dOoIliОоΟοΙІіӀӏSBЅВΒ])(?=[\dOoIliОоΟοΙІіӀӏSBЅВΒ .\-]{6})/gu;

/**
 * A folded phone number (digits, blanks, dots, dashes, a leading `+`) as libphonenumber-js reads it:
 * international with a calling code and a length it uses (internationalPhone, as detectPhones reads
 * `+44 7700 900417`); national with a trunk `0` and valid in one of
 * TRUNK_ZERO_COUNTRIES (`07700900417`); ten digits valid in the NANP, or eleven with its leading 1 and no `+`
 * (`1 4l5 555 Ol32`, stored raw until issue 13's Stryker run of 2026-12-06d). Its canonical form (E.164 with
 * the `+`, the digits otherwise), as detectPhones gives the number written plainly; or undefined.
 * Verdicts are kept and parses counted as internationalPhone's (PHONE_VERDICTS, PHONE_PARSES_PER_TEXT):
 * past the text's budget a number of such a shape is masked unchecked, a flood over-masked.
 */
function ocrPhoneNumber(folded: string): string | undefined {
  const digits = folded.replace(NON_DIGITS, '');
  if (digits.length < 7 || digits.length > 15 || ONE_DIGIT_REPEATED.test(digits)) return undefined;
  if (folded.charCodeAt(0) === 43) return internationalPhone(digits);
  const trunk = digits.charCodeAt(0) === 48;
  // A NANP number with its leading 1 and no `+` (`1 4l5 555 Ol32`, as detectPhones reads `1 415 555 0132`).
  const nanpOne = !trunk && digits.length === 11 && digits.charCodeAt(0) === 49;
  if (trunk ? digits.charCodeAt(1) === 48 || digits.length < 9 || digits.length > 12 : digits.length !== 10 && !nanpOne) return undefined;
  // The verdicts and the parse budget of internationalPhone, a national number's key marked `n` (no calling code starts so).
  const key = `n${digits}`;
  const known = phoneVerdicts.get(key);
  if (known !== undefined) return known === false ? undefined : known;
  if (phoneParsesLeft <= 0) return digits;
  phoneParsesLeft--;
  const valid = trunk ? TRUNK_ZERO_COUNTRIES.some((country) => parsePhoneNumberFromString(digits, country)?.isValid() === true) : parsePhoneNumberFromString(nanpOne ? digits.slice(1) : digits, 'US')?.isValid() === true;
  if (phoneVerdicts.size >= PHONE_VERDICTS) phoneVerdicts.clear();
  phoneVerdicts.set(key, valid ? digits : false);
  return valid ? digits : undefined;
}

/**
 * The date that starts `value` (dobDate, or a constructor's year, month and day, or a numeric date
 * with OCR letters for digits: ocrDateAt), as its length and normalized value, or undefined: a
 * date-of-birth key's value in a text pair (redactor.ts keyedDetections).
 */
export function birthDateSpelling(value: string): { length: number; normalized: string } | undefined {
  const end = plainBirthDateEnd(value);
  if (end > 0) return { length: end, normalized: value.slice(0, end).toLowerCase().replace(/\s+/g, ' ') };
  // An answer's article or preposition before its date, dobLink's words (`le 12 mai 72`, `el 3 de
  // marzo de 1961`, `am 4. Juni 1949`, `on the 12th of March 1984`; F7 of the leak probe of
  // 2026-12-07): the date after them, the length to its end.
  dobLink.lastIndex = 0;
  dobLink.exec(value);
  const lead = dobLink.lastIndex;
  if (lead > 0) {
    const rest = value.slice(lead);
    const after = plainBirthDateEnd(rest);
    if (after > 0) return { length: lead + after, normalized: rest.slice(0, after).toLowerCase().replace(/\s+/g, ' ') };
  }
  const ocr = ocrDateAt(value, 0);
  return ocr === undefined ? undefined : { length: ocr.length, normalized: ocr.date.replace(/\s+/g, ' ') };
}

/** The end of the date that starts `value` (birthDateSpelling), or -1. */
export function birthDateEnd(value: string): number {
  return birthDateSpelling(value)?.length ?? -1;
}

/** The end of the date as written that starts `value` (dobDate, or a constructor's year, month and day), or -1. */
function plainBirthDateEnd(value: string): number {
  dobDate.lastIndex = 0;
  const date = dobDate.exec(value);
  if (date !== null) return date[0].length;
  // An ISO date and time (Mongo `ISODate("1990-07-21T00:00:00Z")`): its date.
  const stamp = /^\d{4}-\d{2}-\d{2}(?=T\d)/.exec(value);
  if (stamp !== null) return stamp[0].length;
  DATE_ARGUMENTS.lastIndex = 0;
  const args = DATE_ARGUMENTS.exec(value);
  return args === null ? -1 : args[0].length;
}

/**
 * Whether `text` holds six digits at `at`, no digit nor letter after them, that read as a date in
 * one of the orders a date of birth is written in six digits: `MMDDYY`, `DDMMYY` or `YYMMDD`
 * (a month 01-12 and a day 01-31 in their places): after a date of birth's label only.
 */
function sixDigitDateAt(text: string, at: number): boolean {
  for (let k = 0; k < 6; k++) if (!isDigit(text.charCodeAt(at + k))) return false;
  const next = text.charCodeAt(at + 6);
  if (isDigit(next) || (next >= 65 && next <= 90) || (next >= 97 && next <= 122)) return false;
  const pair = (k: number): number => (text.charCodeAt(at + k) - 48) * 10 + (text.charCodeAt(at + k + 1) - 48);
  const month = (m: number): boolean => m >= 1 && m <= 12;
  const day = (d: number): boolean => d >= 1 && d <= 31;
  const [a, b, c] = [pair(0), pair(2), pair(4)];
  return (month(a) && day(b)) || (day(a) && month(b)) || (month(b) && day(c));
}

/** dobLabel's test through the prefilter's table of its starts (most texts hold no birth label: one shared scan, not the regex's). */
const anyDobLabel = gatedTest(dobLabel);

/**
 * Dates of birth said in words after an English birth label in a text of fewer than four digits
 * (spoken-dates.ts; L11 of 2026-12-05c): `dob is oh three twelve eighty four`, `born on the
 * fourth of july nineteen fifty`. A text with more digits reads them in detectBirthDates.
 */
const spokenDobLabel = /(?<![\p{L}\p{N}])(?:date[ \t_-]?of[ \t_-]?birth|birth[ \t_-]?(?:date|day)|dob|d\.o\.b\.?|born)(?![\p{L}\p{N}])/giu;
function detectSpokenBirthDates(text: string, out: Detection[]): void {
  for (const label of eachMatch(spokenDobLabel, text)) {
    dobLink.lastIndex = label.index + label[0].length;
    dobLink.exec(text);
    const spoken = spokenDateAt(text, dobLink.lastIndex);
    if (spoken !== undefined) out.push({ start: spoken.start, end: spoken.end, type: 'DOB', class: 'pii.date_of_birth', normalized: text.slice(spoken.start, spoken.end).toLowerCase().replace(/[\s,\-]+/g, ' ') });
  }
}

function detectBirthDates(text: string, out: Detection[]): void {
  if (anyDobLabel(text)) for (const label of eachMatch(dobLabel, text)) {
    dobLink.lastIndex = label.index + label[0].length;
    dobLink.exec(text);
    let at = dobLink.lastIndex;
    dobDate.lastIndex = at;
    let date = dobDate.exec(text);
    // `TTL` before a date alone is a time-to-live's (PLACE_FIRST_LABEL).
    if (date !== null && TTL_LABEL.test(label[0])) date = null;
    if (date === null) {
      // A place of birth, then the link words again (dobPlace), or a birthday wish's `!! 🎉 (` (dobWish).
      const after = birthDateAfterPlaceOrWish(text, label.index + label[0].length, label[0]);
      if (after !== undefined) ({ at, date } = after);
    }
    if (date === null) {
      // Six digits that read as a date, `MMDDYY`, `DDMMYY` or `YYMMDD` (`dob 031284`; L3 of the sixth probe of 2026-12-04).
      const six = sixDigitDateAt(text, at);
      if (six) {
        out.push({ start: at, end: at + 6, type: 'DOB', class: 'pii.date_of_birth', normalized: text.slice(at, at + 6) });
        continue;
      }
      // Only where the date as written is none: OCR letters for its digits.
      const ocr = ocrDateAt(text, at);
      if (ocr !== undefined) {
        out.push({ start: at, end: at + ocr.length, type: 'DOB', class: 'pii.date_of_birth', normalized: ocr.date.replace(/\s+/g, ' ') });
        continue;
      }
      // A date said in words (`march twelfth nineteen seventy five`, `the fourth of july nineteen fifty`; L11 of 2026-12-05c).
      const spoken = spokenDateAt(text, at);
      if (spoken !== undefined) out.push({ start: spoken.start, end: spoken.end, type: 'DOB', class: 'pii.date_of_birth', normalized: text.slice(spoken.start, spoken.end).toLowerCase().replace(/[\s,\-]+/g, ' ') });
      continue;
    }
    out.push({ start: date.index, end: date.index + date[0].length, type: 'DOB', class: 'pii.date_of_birth', normalized: date[0].toLowerCase().replace(/\s+/g, ' ') });
  }
  if (anyWish(text)) for (const wish of eachMatch(WISH_WORDS, text)) {
    const after = birthdayWishDate(text, wish.index + wish[0].length);
    if (after !== undefined) out.push({ start: after.index, end: after.index + after[0].length, type: 'DOB', class: 'pii.date_of_birth', normalized: after[0].toLowerCase().replace(/\s+/g, ' ') });
  }
  // One scan for the three cues below (most texts hold none of them), then each on its own.
  if (!anyLaterDobCue(text)) return;
  if (dobAfterCue.test(text)) detectBirthDatesBeforeCue(text, out);
  if (dobLabelAfterGate.test(text)) detectBirthDatesBeforeLabel(text, out);
  if (markupDobCue.test(text)) {
    if (text.includes('<')) detectMarkupBirthDates(text, out);
    detectVcardBirthDays(text, out);
  }
}

/** The date after a place of birth's words in any case (PLACE_PREPOSITION, then up to PLACE_MAX_WORDS words; PLACE_BREAK ends the place), or undefined. */
function birthPlaceWords(text: string, from: number): { at: number; date: RegExpExecArray } | undefined {
  PLACE_PREPOSITION.lastIndex = from;
  if (PLACE_PREPOSITION.exec(text) === null) return undefined;
  let at = PLACE_PREPOSITION.lastIndex;
  for (let words = 0; words <= PLACE_MAX_WORDS; words++) {
    if (words > 0) {
      dobLink.lastIndex = at;
      dobLink.exec(text);
      dobDate.lastIndex = dobLink.lastIndex;
      const date = dobDate.exec(text);
      if (date !== null) return { at: dobLink.lastIndex, date };
    }
    if (words === PLACE_MAX_WORDS) return undefined;
    PLACE_ANY_WORD.lastIndex = at;
    const word = PLACE_ANY_WORD.exec(text);
    if (word === null) return undefined;
    const lower = word[0].toLowerCase();
    if (PLACE_BREAK.has(lower) || (lower === word[0] && lower.length >= 5 && /^[a-z]+(?:ed|ing)$/.test(lower))) return undefined;
    PLACE_GAP.lastIndex = at + word[0].length;
    if (PLACE_GAP.exec(text) === null) return undefined;
    at = PLACE_GAP.lastIndex;
  }
  return undefined;
}

/**
 * Indonesian and Malay labels of the place and date of birth together (`Tempat/Tgl Lahir :
 * JAKARTA, 07-08-1987`, `Tempat, tanggal lahir: Bandung, 21 Juni 1992`, `TTL: Surabaya,
 * 20-12-2001`, the KTP's fields; L10 of the thirteenth probe of 2026-12-05f: the date was stored
 * raw): the birthplace, up to four capitalized words, and a comma come first (dobPlaceComma).
 * `TTL` (tempat, tanggal lahir; also a cache's time-to-live) is read only so, never before a date
 * alone (`TTL: 2026-01-01`).
 */
const PLACE_FIRST_LABEL = /^(?:tanggal[\s_\-]?lahir|tgl\.?[\s_\-]?lahir|tarikh[\s_\-]?lahir|ttl)$/i;
/** `TTL` alone: read only with its place and comma (dobPlaceComma), never before a date alone or through the place words. */
const TTL_LABEL = /^ttl$/i;
const dobPlaceComma = new RegExp(`[ \\t]{0,3}[:：=]?[ \\t]{0,3}${PLACE_WORD}(?:[ \\t]{1,3}${PLACE_WORD}){0,3}[ \\t]{0,2},[ \\t]{0,3}`, 'uy');

/** The date after a birth cue's place (dobPlace, dobPlaceComma) or after a birthday wish (dobWish), with where it starts; undefined when none leads to a date. */
function birthDateAfterPlaceOrWish(text: string, from: number, label: string): { at: number; date: RegExpExecArray } | undefined {
  if (PLACE_FIRST_LABEL.test(label)) {
    dobPlaceComma.lastIndex = from;
    if (dobPlaceComma.exec(text) !== null) {
      dobDate.lastIndex = dobPlaceComma.lastIndex;
      const date = dobDate.exec(text);
      if (date !== null) return { at: dobPlaceComma.lastIndex, date };
    }
    // `TTL` is read with its place and comma only (a cache's `TTL in seconds until 2026-01-01` is no birth).
    if (TTL_LABEL.test(label)) return undefined;
  }
  dobPlace.lastIndex = from;
  if (dobPlace.exec(text) !== null) {
    dobLink.lastIndex = dobPlace.lastIndex;
    dobLink.exec(text);
    dobDate.lastIndex = dobLink.lastIndex;
    const date = dobDate.exec(text);
    if (date !== null) return { at: dobLink.lastIndex, date };
  }
  const placed = birthPlaceWords(text, from);
  if (placed !== undefined) return placed;
  if (!BIRTHDAY_LABEL.test(label)) return undefined;
  const date = birthdayWishDate(text, from);
  return date === undefined ? undefined : { at: date.index, date };
}

/** The date in parentheses after a birthday wish's words ending at `from` (dobWish: a name, `!` or an emoji, `(`; the date closes the parentheses), or undefined. */
function birthdayWishDate(text: string, from: number): RegExpExecArray | undefined {
  dobWish.lastIndex = from;
  const wish = dobWish.exec(text);
  if (wish === null || !WISH_MARK.test(wish[0])) return undefined;
  dobDate.lastIndex = dobWish.lastIndex;
  const date = dobDate.exec(text);
  if (date === null || text.charCodeAt(date.index + date[0].length) !== 41 /* ) */) return undefined;
  return date;
}

// A birth cue after its date, as verb-final languages write it (H11 of the third probe of
// 2026-12-04): Dutch and German `Ik ben op 12-03-1984 geboren`, `Ich bin am 04.12.1983 in Graz
// geboren`, Turkish `12 Mart 1984'te doğdum`, Japanese `1984年3月12日生まれ`, Korean `1984년 3월 12일
// 출생`, Hindi `12/03/1984 को जन्मा`. The date is the last one that ends within 48 characters
// before the cue, with at most three words between them (a Turkish case suffix such as `'te` may
// follow the date) and no punctuation: `Rechnung vom 12.03.1984, Kunde geboren` and `… gestartet.
// Geboren in Graz` stay.
const dobAfterCue = /geboren|do[ğg]d|do[ğg]mu|do[ğg]umlu|生まれ|出生|출생|태어났|जन्म/iu;
const dobCueAfterDate = /(?<![\p{L}\p{N}])(?:geboren|do[ğg](?:dum|du|dun|dunuz|mu[şs](?:tur)?|umlu(?:yum|yuz|yuz|sun|dur)?)|जन्म)|生まれ|出生|출생|태어났/giu;
const dobDateAnywhere = new RegExp(`(?<![\\p{L}\\p{N}])${dobDate.source}`, 'giu');
const DOB_CUE_GAP = /^(?:['’][\p{L}]{1,4})?(?:\s{1,3}[\p{L}\p{M}]{1,20}){0,3}\s{0,3}$/u;

function detectBirthDatesBeforeCue(text: string, out: Detection[]): void {
  for (const cue of eachMatch(dobCueAfterDate, text)) {
    // The 48 characters before the cue, read alone (linear: each cue reads its own window). A
    // date cut by the window's start is no date: its first character must start a word.
    const from = Math.max(0, cue.index - 48);
    const window = text.slice(from, cue.index);
    let last: RegExpExecArray | null = null;
    for (const date of eachMatch(dobDateAnywhere, window)) if (date.index > 0 || from === 0 || !/[\p{L}\p{N}]/u.test(text[from - 1] ?? '')) last = date;
    if (last === null || !DOB_CUE_GAP.test(window.slice(last.index + last[0].length))) continue;
    out.push({ start: from + last.index, end: from + last.index + last[0].length, type: 'DOB', class: 'pii.date_of_birth', normalized: last[0].toLowerCase().replace(/\s+/g, ' ') });
  }
}

// A date of birth's label noun after the date, a copula or a possessive between (J14 of the fourth
// probe of 2026-12-04: the verb-final cue above reads verbs, and `1979-11-02 is my date of birth`,
// `12.03.1984 ist mein Geburtsdatum`, `19/11/1979 è la mia data di nascita`, `02/11/1979 est ma date
// de naissance` were stored raw). The date is the last one that ends within 48 characters before
// the label, and what stands between them is a copula, a possessive or both, in the label's
// languages (DOB_LABEL_GAP): `2024-01-15 was the release date; birthday party` and `12.03.1984
// Geburtstag der Firma` (no copula nor possessive) stay. Birthday words count only with a
// possessive (`ist mein Geburtstag`), as a year in the date makes it a date of birth.
/** A birth label's word in a text with fewer than four digits (detectText's gate of spoken dates of birth). */
const spokenDobGate = gatedTest(/birth|dob|born|d\.o\.b/i);
const dobLabelAfterGate = /birth|\bdob\b|\bb-?day\b|b['’]day|geburt|nascit|naissance|nacimiento|nascimento|geboorte|urodzenia|födelse|fødsel|рождения|compleanno|anniversaire|cumpleaños/iu;
const dobLabelAfterDate = /(?<![\p{L}\p{N}])(?:date\s+of\s+birth|birth\s?date|birthday|b-?day|b['’]day|d\.?o\.?b\.?|geburtsdatum|geburtstag|data\s+di\s+nascita|compleanno|date\s+de\s+naissance|anniversaire|fecha\s+de\s+nacimiento|cumpleaños|data\s+de\s+nascimento|geboortedatum|data\s+urodzenia|födelsedag|födelsedatum|fødselsdag|fødselsdato|дата\s+рождения|день\s+рождения)(?![\p{L}\p{N}])/giu;
/** A copula, a possessive, or both, between a date and its label (`is my`, `ist mein`, `è la mia`, `est ma`, `es mi`, `é a minha`, `is mijn`, `to moja`, `är min`, `— my`). */
const DOB_LABEL_GAP = /^\s{0,3}[,\-–—]?\s{0,3}(?:(?:is|was|are|=|ist|war|è|era|est|était|es|é|foi|jest|to|är|var|er|—|–|-|это)\s{1,3})?(?:(?:my|his|her|their|your|our|the|la|le|el|die|der|das|het|mein|meine|sein|seine|ihr|ihre|dein|deine|la\s+mia|la\s+sua|il\s+mio|il\s+suo|mia|mio|ma|mon|sa|son|ta|ton|mi|su|tu|a\s+minha|o\s+meu|minha|meu|sua|seu|mijn|zijn|haar|moja|mój|jego|jej|min|mitt|hans|hennes|sin|mój|моя|мой|его|её)\s{1,3})?$/iu;
/** Whether a gap holds a copula or a possessive (DOB_LABEL_GAP with at least one word in it). */
const DOB_LABEL_GAP_WORD = /[\p{L}=]/u;
/** What may follow a date's label: the end, punctuation, or whose date it is (`of`, `de`, `von`, `di`). */
const DOB_LABEL_END = /^(?:\s*$|\s*[.,;!?)\]"'»…\r\n]|\s{1,3}(?:of|de|di|del|della|du|des|von|van|do|da|dla|för|for|und|and|et|e|y)\s)/iu;
/** Birthday words: a date of birth only with a possessive before them. */
const BIRTHDAY_WORD = /^(?:birthday|b-?day|b['’]day|geburtstag|compleanno|anniversaire|cumpleaños|fødselsdag|födelsedag|день\s+рождения)$/iu;
const DOB_POSSESSIVE = /(?:^|\s)(?:my|his|her|their|your|our|mein|meine|sein|seine|ihr|ihre|dein|deine|mia|mio|sua|suo|ma|mon|sa|son|ta|ton|mi|su|tu|minha|meu|seu|mijn|zijn|haar|moja|mój|jego|jej|min|mitt|hans|hennes|sin|моя|мой|его|её)\s{1,3}$/iu;

function detectBirthDatesBeforeLabel(text: string, out: Detection[]): void {
  for (const label of eachMatch(dobLabelAfterDate, text)) {
    // The 48 characters before the label, read alone (linear: each label reads its own window).
    const from = Math.max(0, label.index - 48);
    const window = text.slice(from, label.index);
    let last: RegExpExecArray | null = null;
    for (const date of eachMatch(dobDateAnywhere, window)) if (date.index > 0 || from === 0 || !/[\p{L}\p{N}]/u.test(text[from - 1] ?? '')) last = date;
    if (last === null) continue;
    const gap = window.slice(last.index + last[0].length);
    if (!DOB_LABEL_GAP.test(gap) || !DOB_LABEL_GAP_WORD.test(gap)) continue;
    if (BIRTHDAY_WORD.test(label[0]) && !DOB_POSSESSIVE.test(gap)) continue;
    // The label ends its clause (or names whose date it is): `the DOB cutoff`, `date of birth field` are other things.
    if (!DOB_LABEL_END.test(text.slice(label.index + label[0].length, label.index + label[0].length + 8))) continue;
    out.push({ start: from + last.index, end: from + last.index + last[0].length, type: 'DOB', class: 'pii.date_of_birth', normalized: last[0].toLowerCase().replace(/\s+/g, ' ') });
  }
}

// A date of birth named by markup rather than a label in prose: an XML element or attribute whose
// name is a date-of-birth key (key-names.ts isDobKeyName, as a JSON member's name:
// `<DateOfBirth>1975-04-23</DateOfBirth>`, `<ns:birthDate>…`, FHIR XML `<birthDate value="…"/>`,
// `<patient dob="…">`), and a vCard `BDAY` property (`BDAY:1979-06-21`, `BDAY;VALUE=date:…`).
// The value must start with a date (dobDate): `<birthDate/>`, `<dob>unknown</dob>` stay.
// Each of DOB_KEYS holds one of these (`fechanac` only `nac`: a mutant of this gate found
// `<fechaNac>1975-04-23</fechaNac>` stored raw, 2026-12-03).
const markupDobCue = /birth|dob|bday|geb|naiss|nac|nasc|urodz|f[oøö]d|born|bdate|death|deceas|died|sterbe|todes|deces|defunc|fallec|morte|obito|overlijd|zgonu|d[oøö]ds/i;
/** dobAfterCue, dobLabelAfterGate or markupDobCue in one scan (a superset: `iu` for all three). */
const anyLaterDobCue = gatedTest(new RegExp(`${dobAfterCue.source}|${dobLabelAfterGate.source}|${markupDobCue.source}`, 'iu'));
const markupTag = /<(?:[A-Za-z_][\w.\-]{0,31}:)?([A-Za-z_][\w.\-]{0,47})(\s[^<>]{0,300})?>/g;
const markupAttribute = /(?:^|\s)(?:[A-Za-z_][\w.\-]{0,31}:)?([A-Za-z_][\w.\-]{0,47})\s{0,3}=\s{0,3}(["'])([^"'<>]{1,40})\2/g;
/** The date of an ISO 8601 date-time (sticky). */
const isoDateTimeDate = /\d{4}-\d{2}-\d{2}(?=T\d{2}:\d{2})/y;
/** A child element that holds its parent's value, at the start of the parent's content: `<Date>`, `<ns:DateTime>`, `<value>`, `<text>`. */
const markupDateChild = /^\s{0,8}<(?:[A-Za-z_][\w.\-]{0,31}:)?(?:Date|DateTime|date|dateTime|Value|value|text|Text|iso)(?:\s[^<>]{0,60})?>/;
const vcardBday = /(?:^|[\r\n])(?:[\w-]{1,20}\.)?BDAY(?:;[^:\r\n]{0,60})?:([^\r\n]{1,40})/gi;

/** A date at `start` of `text` (after blanks): pushed as a DOB. */
function dateAt(text: string, start: number, limit: number, out: Detection[]): void {
  let at = start;
  while (at < limit && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9 || text.charCodeAt(at) === 10 || text.charCodeAt(at) === 13)) at++;
  dobDate.lastIndex = at;
  // An ISO 8601 date-time's date (`1979-11-02T00:00:00`: NCPDP `DateTime`), else a date alone.
  isoDateTimeDate.lastIndex = at;
  const date = dobDate.exec(text) ?? isoDateTimeDate.exec(text);
  if (date === null || date.index + date[0].length > limit) return;
  out.push({ start: date.index, end: date.index + date[0].length, type: 'DOB', class: 'pii.date_of_birth', normalized: date[0].toLowerCase().replace(/\s+/g, ' ') });
}

function detectMarkupBirthDates(text: string, out: Detection[]): void {
  for (const tag of eachMatch(markupTag, text)) {
    const name = tag[1] ?? '';
    const attributes = tag[2] ?? '';
    const dobElement = isDobKeyName(name);
    if (attributes !== '') {
      const base = tag.index + tag[0].length - 1 - attributes.length;
      for (const attribute of eachMatch(markupAttribute, attributes)) {
        const attributeName = attribute[1] ?? '';
        if (!(dobElement && attributeName === 'value') && !isDobKeyName(attributeName)) continue;
        const valueStart = base + attribute.index + attribute[0].length - 1 - (attribute[3] ?? '').length;
        dateAt(text, valueStart, valueStart + (attribute[3] ?? '').length, out);
      }
    }
    if (!dobElement || attributes.endsWith('/')) continue;
    let contentStart = tag.index + tag[0].length;
    // The date in a child element that holds the value (NCPDP SCRIPT `<DateOfBirth><Date>…</Date>`,
    // `<BirthDate><DateTime>…`, `<dob><value>…`; a probe of 2026-12-04, J2).
    const child = markupDateChild.exec(text.slice(contentStart, contentStart + 80));
    if (child !== null) contentStart += child[0].length;
    const close = text.indexOf('<', contentStart);
    const limit = close === -1 ? Math.min(text.length, contentStart + 64) : Math.min(close, contentStart + 64);
    dateAt(text, contentStart, limit, out);
  }
}

function detectVcardBirthDays(text: string, out: Detection[]): void {
  for (const line of eachMatch(vcardBday, text)) {
    const value = line[1] ?? '';
    const start = line.index + line[0].length - value.length;
    // `--0621` (no year, RFC 6350): the month and day alone.
    const noYear = /^--\d{2}-?\d{2}/.exec(value);
    if (noYear !== null) out.push({ start, end: start + noYear[0].length, type: 'DOB', class: 'pii.date_of_birth', normalized: noYear[0] });
    else dateAt(text, start, start + value.length, out);
  }
}

// A vCard's structured name (RFC 6350 §6.2.2, vCard 2.1 and 3.0 alike): `N:` then the family
// names, the given names, the additional names, the honorific prefixes and suffixes, separated by
// `;`, each a list separated by `,` (`N:Halversham;Dorric;;Mr;`, `N;CHARSET=UTF-8:Vlintuk;Qxaro;;;`,
// a group before it, `item1.N:`). The first three components are a person's names, each name
// masked as PERSON; the prefixes and suffixes (`Mr`, `Dr`, `Jr.`) are left. L7 of the seventh probe
// of 2026-12-04 found them raw when no `FN:` line repeated the name (with one, the name recurs and
// was masked there). Only in a text that names a vCard (`BEGIN:VCARD`, `text/vcard`: vcardCue).
const vcardCue = gatedTest(/vcard/i);
/**
 * An NCPDP claim's segment id or a patient's or cardholder's name or birth field id after a field
 * separator as logs show it (0x1C, `<FS>`, `~`, `|`, a line break), or at the text's start (ncpdp.ts reads the rest).
 */
const ncpdpSeparatedId = gatedTest(/[\x1c\x1d\x1e~|\n>][ \t]?(?:AM|C[ABCD4])|\\x1c|\\u001c/);
const ncpdpCue = (text: string): boolean => ((text.charCodeAt(0) === 67 || text.charCodeAt(0) === 65) && /^(?:AM\d|C[ABCD4])/.test(text)) || ncpdpSeparatedId(text);
/** One name of a component: one to three words of letters (`Amberwick-Lowe`, `O'Neil`, `de la Cruz`). */
const VCARD_NAME_PART = /^\p{L}[\p{L}\p{M}'’.-]{0,40}(?: [\p{L}][\p{L}\p{M}'’.-]{0,40}){0,2}$/u;
const vcardName = /(?:^|[\r\n])[ \t]{0,4}(?:[\w-]{1,20}\.)?N(?:;[^:\r\n]{0,120})?:([^\r\n]{1,300})/gi;

function detectVcardNames(text: string, out: Detection[]): void {
  for (const line of eachMatch(vcardName, text)) {
    const value = line[1] ?? '';
    // Structured: at least two components (`N: the sample size …` is a sentence).
    if (!value.includes(';')) continue;
    let at = line.index + line[0].length - value.length;
    let component = 0;
    let start = at;
    for (const end = at + value.length; at <= end && component < 3; at++) {
      const code = at < end ? text.charCodeAt(at) : 59;
      if (code === 92) {
        // An escaped character (`\,`, `\;`) is part of the name.
        at++;
        continue;
      }
      if (code !== 59 && code !== 44) continue;
      const name = text.slice(start, at);
      const trimmed = name.trim();
      if (VCARD_NAME_PART.test(trimmed)) {
        const from = start + name.indexOf(trimmed);
        out.push({ start: from, end: from + trimmed.length, type: 'PERSON', class: 'pii.person', normalized: personNormalForm(trimmed) });
      }
      if (code === 59) component++;
      start = at + 1;
    }
  }
}

// A vCard's address (RFC 6350 §6.3.1; vCard 2.1 and 3.0 alike): `ADR` (a group before it, `item1.ADR`),
// parameters, `:`, then the post office box, the extended address, the street, the locality, the region,
// the postal code and the country, separated by `;`. The box, the extended address, the street and the
// postal code are masked each as ADDRESS, and so is a `LABEL="…"` parameter (the address as printed); the
// locality, region and country stay (L13 of the probe of 2026-12-06c: `7 Fairview Strand` and the codes
// `D03 K2X8`, `NW1 6XE`, `01304-001` were stored). Structured only: five `;` or more after the colon.
const vcardAddress = /(?:^|[\r\n])[ \t]{0,4}(?:[\w-]{1,20}\.)?ADR((?:;[^:\r\n]{0,200})?):([^\r\n]{1,300})/g;
const vcardLabelParameter = /;LABEL="([^"\r\n]{1,200})"/i;
/** Components of an ADR value masked: 0 box, 1 extended address, 2 street, 5 postal code. */
const ADR_MASKED = [true, true, true, false, false, true, false];

function detectVcardAddresses(text: string, out: Detection[]): void {
  // The locality, region and country of each ADR value: place names, no persons (`Roma`, `Brasil`, `España` were masked as such: O4).
  const places: Array<[number, number]> = [];
  for (const line of eachMatch(vcardAddress, text)) {
    const parameters = line[1] ?? '';
    const value = line[2] ?? '';
    if ((value.match(/;/g) ?? []).length < 5) continue;
    const parametersAt = line.index + line[0].length - value.length - 1 - parameters.length;
    const label = vcardLabelParameter.exec(parameters);
    if (label !== null) {
      const from = parametersAt + label.index + label[0].indexOf('"') + 1;
      out.push({ start: from, end: from + (label[1] as string).length, type: 'ADDRESS', class: 'pii.address', normalized: (label[1] as string).toLowerCase() });
    }
    let at = line.index + line[0].length - value.length;
    let component = 0;
    let start = at;
    for (const end = at + value.length; at <= end && component < 7; at++) {
      const code = at < end ? text.charCodeAt(at) : 59;
      if (code === 92) {
        // An escaped character (`\,`, `\;`, `\n`) is part of the component.
        at++;
        continue;
      }
      if (code !== 59) continue;
      const part = text.slice(start, at);
      const trimmed = part.trim();
      if (ADR_MASKED[component] === true && trimmed.length > 0 && /[\p{L}\p{N}]/u.test(trimmed)) {
        const from = start + part.indexOf(trimmed);
        out.push({ start: from, end: from + trimmed.length, type: 'ADDRESS', class: 'pii.address', normalized: trimmed.toLowerCase() });
      } else if (component === 3 || component === 4 || component === 6) places.push([start, at]);
      component++;
      start = at + 1;
    }
  }
  if (places.length === 0) return;
  // One pass over the findings; the places are sorted and apart, so each person looks its place up by halving.
  let kept = 0;
  for (const found of out) {
    if (found.type === 'PERSON') {
      let low = 0;
      let high = places.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((places[middle] as [number, number])[0] <= found.start) low = middle;
        else high = middle - 1;
      }
      const place = places[low] as [number, number];
      if (place[0] <= found.start && found.end <= place[1]) continue;
    }
    out[kept++] = found;
  }
  out.length = kept;
}

// ------------------------------------------------------------------------------- SQL inserts
// `INSERT INTO customers (first_name, last_name, dob) VALUES ('Tomasz', 'Nowak', '1982-09-30'), (…)`:
// each quoted value is decided by its column's name, as a JSON member by its key: a person-name
// column (`first_name`, `nachname`) masks the value as PERSON, a date-of-birth column (`dob`,
// `birth_date`) as DOB when it is a date. Up to 64 columns and 1,000 rows per statement; other
// columns are left to the text detectors. A column named as a secret's member would be (`password`,
// `api_token`, `pin`: namesSecret) masks its value, quoted or a number, as PASSWORD in the secrets pass
// (`secrets`, from detectSecretSpans; a probe of 2026-12-03 found `INSERT INTO users (email, password) VALUES (…)` stored raw).
const sqlInsert = gatedTest(/\binsert\s+(?:ignore\s+)?into\b/i);
const sqlInsertHead = /\binsert\s+(?:ignore\s+)?into\s+[\w."`[\]]{1,128}\s*\(([^()]{1,2000})\)\s*values\s*/gi;
const sqlValue = /\s*(?:[NnEe]?'((?:[^']|''){0,200})'|(-?[\d.]+|null|true|false|default))\s*(,|\))/iy;

/**
 * Where a value sqlValue does not read ends (`NOW()`, `CAST('1982-09-30' AS date)`, a column
 * name): the index of the `,` or `)` after it at its own depth, quotes skipped; -1 if none within
 * 2,000 characters. Before, such a value ended the scan of the whole text, and the values after
 * it and every later statement were left to the text detectors (a mutant of 2026-12-03 showed it).
 */
function sqlValueEnd(text: string, from: number): number {
  let depth = 0;
  const limit = Math.min(text.length, from + 2000);
  for (let at = from; at < limit; at++) {
    const code = text.charCodeAt(at);
    if (code === 39) {
      // A quoted string, `''` inside it.
      at = text.indexOf("'", at + 1);
      while (at !== -1 && text.charCodeAt(at + 1) === 39) at = text.indexOf("'", at + 2);
      if (at === -1) return -1;
    } else if (code === 40) depth++;
    else if (code === 41) {
      if (depth === 0) return at;
      depth--;
    } else if (code === 44 && depth === 0) return at;
  }
  return -1;
}

// `INSERT INTO `customers` VALUES (1,'Qxaro','Vlintuk','q@example.org','1984-03-12')` (mysqldump,
// sqlite's .dump: no column list; L16 of the seventh probe of 2026-12-04): the columns of the
// table's `CREATE TABLE` in the same text when there is one, read as an INSERT's column list; else
// each row's quoted values by their shapes, as a headerless record (redactor.ts recordCompany): one
// to three capitalized name words (names.ts isRecordNameWord; one word alone only beside another
// such value or when listed) are a person's name, and a date of a year at least ten before this one
// a date of birth, in a row that holds a direct identifier's shape (an email, an SSN, a phone) or
// such a date beside the name. Rows with none of these (`(1,'Widget','Blue',9.99)`) stay.
const sqlInsertBare = /\binsert\s+(?:ignore\s+)?into\s+([\w."`[\]]{1,128})\s*values\s*(?=\()/gi;
const sqlCreateTable = /\bcreate\s+(?:temporary\s+)?table\s+(?:if\s+not\s+exists\s+)?([\w."`[\]]{1,128})\s*\(/gi;
const SQL_TABLE_CLAUSE = /^(?:primary|key|unique|constraint|index|foreign|check|fulltext|spatial|exclude)$/i;
const SQL_ROW_DATE = /^(?:(\d{4})-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|[12]\d|3[01])[/.](\d{4}))$/;
const SQL_ROW_IDENTIFIER = /^(?:[^\s@']{1,64}@[^\s@']{1,255}\.[A-Za-z]{2,24}|\d{3}-\d{2}-\d{4}|\+?[\d ().-]{10,20})$/;
const sqlBirthYearBound = new Date().getUTCFullYear() - 10;
/** A table's name as an INSERT and a CREATE TABLE write it, without quotes or schema, lower case. */
const sqlTableName = (name: string): string => (name.replace(/[`"[\]]/g, '').split('.').pop() ?? '').toLowerCase();

/** A column's definition in a CREATE TABLE without the line (`--`) and block (slash-star) comments before it. */
function sqlColumnDefinition(definition: string): string {
  let at = 0;
  for (;;) {
    while (at < definition.length && definition.charCodeAt(at) <= 32) at++;
    if (definition.startsWith('--', at)) {
      const end = definition.indexOf('\n', at);
      if (end === -1) return '';
      at = end + 1;
    } else if (definition.startsWith('/*', at)) {
      const end = definition.indexOf('*/', at + 2);
      if (end === -1) return '';
      at = end + 2;
    } else return definition.slice(at);
  }
}

/** The columns of `table`'s CREATE TABLE in `text`, or undefined when there is none. */
function sqlCreatedColumns(text: string, table: string): string[] | undefined {
  if (!/\bcreate\s/i.test(text)) return undefined;
  for (const head of eachMatch(sqlCreateTable, text)) {
    if (sqlTableName(head[1] as string) !== table) continue;
    const columns: string[] = [];
    let depth = 0;
    let start = head.index + head[0].length;
    const limit = Math.min(text.length, start + 20000);
    for (let at = start; at < limit; at++) {
      const code = text.charCodeAt(at);
      if (code === 39) {
        at = text.indexOf("'", at + 1);
        if (at === -1) return undefined;
      } else if (code === 40) depth++;
      else if (code === 41 || (code === 44 && depth === 0)) {
        if (code === 41 && depth-- > 0) continue;
        // A column whose name is not read (`2nd_phone`, a comment before it) still holds its place: the
        // values after it stay under their own columns (a mutant of 2026-12-05 showed them shifted).
        const name = /^\s*([`"[]?)([\p{L}_][\p{L}\d_$]{0,63})\1?\]?/u.exec(sqlColumnDefinition(text.slice(start, at)));
        if (name === null) columns.push('');
        else if (!SQL_TABLE_CLAUSE.test(name[2] as string)) columns.push(name[2] as string);
        if (code === 41 || columns.length > 64) return columns.some((column) => column !== '') ? columns : undefined;
        start = at + 1;
      }
    }
    return undefined;
  }
  return undefined;
}

/** The rows of a headerless INSERT from `at`, each by its values' shapes (see sqlInsertBare). */
function sqlBareRows(text: string, at: number, out: Detection[], on: number): void {
  for (let row = 0; row < 1000 && text.charCodeAt(at) === 40; row++) {
    at++;
    const values: Array<[start: number, quoted: string] | undefined> = [];
    for (let column = 0; column < 64; column++) {
      sqlValue.lastIndex = at;
      const value = sqlValue.exec(text);
      if (value === null) {
        const end = sqlValueEnd(text, at);
        if (end === -1) return;
        values.push(undefined);
        at = end + 1;
        if (text.charCodeAt(end) === 41) break;
        continue;
      }
      at = sqlValue.lastIndex;
      values.push(value[1] === undefined ? undefined : [value.index + value[0].indexOf("'") + 1, value[1]]);
      if (value[3] === ')') break;
    }
    sqlBareRow(text, values, out, on);
    while (at < text.length && (text.charCodeAt(at) === 44 || text.charCodeAt(at) <= 32)) at++;
  }
}

function sqlBareRow(text: string, values: ReadonlyArray<[number, string] | undefined>, out: Detection[], on: number): void {
  const kinds = values.map((value): 'person' | 'word' | 'dob' | 'id' | undefined => {
    if (value === undefined || value[1].length > 64) return undefined;
    const quoted = value[1];
    const date = SQL_ROW_DATE.exec(quoted);
    if (date !== null) {
      const year = Number(date[1] ?? date[2]);
      return year >= 1900 && year <= sqlBirthYearBound ? 'dob' : undefined;
    }
    if (SQL_ROW_IDENTIFIER.test(quoted) && (quoted.includes('@') || quoted.replace(/\D/g, '').length >= 9)) return 'id';
    const words = quoted.split(' ');
    if (quoted.length < 2 || words.length > 3 || !words.every(isRecordNameWord)) return undefined;
    return words.length > 1 || isListedPersonName(quoted) ? 'person' : 'word';
  });
  const named = kinds.map((kind, c) => kind === 'person' || (kind === 'word' && (kinds[c - 1] === 'word' || kinds[c - 1] === 'person' || kinds[c + 1] === 'word' || kinds[c + 1] === 'person')));
  if (!named.includes(true) || !(kinds.includes('id') || kinds.includes('dob'))) return;
  for (let c = 0; c < values.length; c++) {
    const value = values[c];
    if (value === undefined) continue;
    if (named[c] && (on & PERSON) !== 0) out.push({ start: value[0], end: value[0] + value[1].length, type: 'PERSON', class: 'pii.person', normalized: personNormalForm(value[1]) });
    else if (kinds[c] === 'dob' && (on & HEALTH) !== 0) dateAt(text, value[0], value[0] + value[1].length, out);
  }
}

// Spreadsheet cells pasted with their references (L10 of the seventh probe of 2026-12-04):
// `A1: Last  B1: First  C1: SSN\nA2: Vlintuk  B2: Qxaro  C2: 536-22-8514`, `B2=Halversham
// C2=Dorric D2=1979-02-11`, `Row 2: Halversham | Dorric | 1979-02-11`. A cell's value runs from its
// reference and `:` or `=` to the next reference on its line (or the line's end); a row's values
// after `Row N:` are split by `|`, tabs, `;` or `,`. When row 1 holds words (a header row), each
// cell below is decided by its column's name, as an INSERT's values by its column list
// (`key-names.ts` `columnKinds`); else each row's values by their shapes as a headerless
// INSERT's (sqlBareRow: name words beside an identifier's shape or an old date). Two cell
// references or a `Row N:` label are needed; behind a gate on a letter glued to a digit then
// `:`/`=`, or `row` and a number.
const sheetCue = gatedTest(/[A-Z][1-9][0-9]{0,4}[ \t]?[:=]|[Rr]ow[ \t]?[1-9]|ROW[ \t]?[1-9]/);
const SHEET_CELL = /(?<![\p{L}\d$_.])([A-Z]{1,3})([1-9]\d{0,5})[ \t]?[:=][ \t]?/gu;
const SHEET_ROW = /^[ \t]*row[ \t]+([1-9]\d{0,5})[ \t]*[:=.-][ \t]*(\S[^\r\n]{0,2000})$/gim;
const SHEET_HEADER_WORD = /^[\p{L}][\p{L}\p{M} _.'’/#-]{0,40}$/u;
/** A column's letters as a number (`A` 1, `Z` 26, `AA` 27). */
const columnNumber = (letters: string): number => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

function detectSheetCells(text: string, out: Detection[], on: number): void {
  // row -> column -> [start, value]
  const rows = new Map<number, Map<number, [number, string]>>();
  const refs = [...eachMatch(SHEET_CELL, text)];
  if (refs.length >= 2) {
    for (let r = 0; r < refs.length && r < 4096; r++) {
      const ref = refs[r] as RegExpExecArray;
      const from = ref.index + ref[0].length;
      const next = refs[r + 1];
      // Up to the line's end or the next reference, whichever comes first: a search for the line's
      // end alone read on to the text's end for every reference of one long line (quadratic up to
      // the 4,096 references; issue 11).
      const limit = next === undefined ? text.length : next.index;
      let end = indexOfWithin(text, 10, from, limit);
      if (end === -1) end = limit;
      let value = text.slice(from, end);
      // The value without the blanks around it (2026-12-05: `A2:   Qxaro` was no name, and under a
      // header its span started at the blanks, so a name's end stayed clear), and a CRLF line's `\r`.
      const lead = value.length - value.trimStart().length;
      value = value.slice(lead).replace(/[ \t\r|,;]+$/, '');
      if (value === '' || value.length > 200) continue;
      const row = Number(ref[2]);
      let cells = rows.get(row);
      if (cells === undefined) rows.set(row, (cells = new Map()));
      cells.set(columnNumber(ref[1] as string), [from + lead, value]);
    }
  }
  for (const line of eachMatch(SHEET_ROW, text)) {
    const body = line[2] as string;
    const separator = body.includes('|') ? '|' : body.includes('\t') ? '\t' : body.includes(';') ? ';' : ',';
    const base = line.index + line[0].length - body.length;
    const cells = new Map<number, [number, string]>();
    let at = 0;
    for (let column = 1; at <= body.length && column <= 64; column++) {
      let end = body.indexOf(separator, at);
      if (end === -1) end = body.length;
      const raw = body.slice(at, end);
      const trimmed = raw.trim();
      if (trimmed !== '') cells.set(column, [base + at + raw.indexOf(trimmed), trimmed]);
      at = end + 1;
    }
    rows.set(Number(line[1]), cells);
  }
  if (rows.size === 0) return;
  // A header row: row 1, every value a word or two with no digit.
  const header = rows.get(1);
  let kinds: Map<number, ColumnKind | 'secret' | 'none'> | undefined;
  if (header !== undefined && header.size >= 2 && [...header.values()].every(([, value]) => SHEET_HEADER_WORD.test(value.trim()))) {
    const columns = [...header.keys()];
    // A sheet's short headers: `Last`, `First`, `Given` are the name's parts.
    const found = columnKinds(columns.map((column) => (header.get(column) as [number, string])[1].trim().replace(/^(last|first|middle|given|family)$/i, '$1 name')));
    kinds = new Map(columns.map((column, i) => [column, found[i] ?? 'none']));
  }
  for (const [row, cells] of rows) {
    if (row === 1 && kinds !== undefined) continue;
    const ordered = [...cells.entries()].sort((a, b) => a[0] - b[0]);
    if (kinds !== undefined && ordered.some(([column]) => { const kind = (kinds as Map<number, string>).get(column); return kind !== undefined && kind !== 'none' && kind !== 'secret'; })) {
      for (const [column, [start, value]] of ordered) {
        const kind = kinds.get(column);
        if (kind !== undefined && kind !== 'none' && kind !== 'secret') sqlColumnValue(text, kind, start, value.trim(), out, on);
      }
    } else if (ordered.length >= 2) sqlBareRow(text, ordered.map(([, cell]) => cell), out, on);
  }
}

function detectSqlInserts(text: string, out: Detection[], on: number, secrets = false): void {
  if (!secrets) {
    for (const head of eachMatch(sqlInsertBare, text)) {
      const created = sqlCreatedColumns(text, sqlTableName(head[1] as string));
      if (created === undefined) sqlBareRows(text, head.index + head[0].length, out, on);
      else {
        const kinds = columnKinds(created).map((kind) => (kind === 'secret' ? 'none' : kind));
        if (kinds.some((kind) => kind !== 'none')) sqlRows(text, head.index + head[0].length, kinds, out, on);
      }
    }
  }
  for (const head of eachMatch(sqlInsertHead, text)) {
    const columns = (head[1] ?? '').split(',').map((column) => column.trim().replace(/^[`"[]|[`"\]]$/g, ''));
    if (columns.length > 64) continue;
    // The secrets pass reads the secret columns only; the personal pass every other kind (key-names.ts columnKinds).
    const kinds = secrets ? columns.map((column) => (namesSecret(column) ? 'secret' : 'none')) : columnKinds(columns).map((kind) => (kind === 'secret' ? 'none' : kind));
    if (kinds.every((kind) => kind === 'none')) continue;
    sqlRows(text, head.index + head[0].length, kinds, out, on);
  }
}

/**
 * The rows `(…), (…)` of a statement from `at` (an INSERT's VALUES, an `IN` list of row values),
 * each value decided by its position's column kind (`kinds`; with `one`, each value of one list by
 * the one column's: `last_name IN ('Havili', 'Fifita')`). Up to 1,000 rows.
 */
function sqlRows(text: string, at: number, kinds: readonly (ColumnKind | 'secret' | 'none')[], out: Detection[], on: number, one = false): void {
  for (let row = 0; row < 1000 && (one || text.charCodeAt(at) === 40); row++) {
    if (!one) at++;
    for (let column = 0; ; column++) {
      sqlValue.lastIndex = at;
      const value = sqlValue.exec(text);
      if (value === null) {
        const end = sqlValueEnd(text, at);
        if (end === -1) return;
        at = end + 1;
        if (text.charCodeAt(end) === 41) break;
        continue;
      }
      at = sqlValue.lastIndex;
      const quoted = value[1];
      const kind = one ? kinds[0] : kinds[column];
      if (kind === 'secret' && value[2] !== undefined && /\d/.test(value[2])) {
        const start = value.index + value[0].indexOf(value[2]);
        out.push({ start, end: start + value[2].length, type: 'PASSWORD', class: 'secret' });
      } else if (kind === 'secret' && quoted !== undefined && quoted !== '' && !isPlaceholder(quoted)) {
        const start = value.index + value[0].indexOf("'") + 1;
        out.push({ start, end: start + quoted.length, type: 'PASSWORD', class: 'secret' });
      } else if (quoted !== undefined && quoted !== '' && kind !== undefined && kind !== 'none' && kind !== 'secret') {
        sqlColumnValue(text, kind, value.index + value[0].indexOf("'") + 1, quoted, out, on);
      }
      if (value[3] === ')') break;
    }
    if (one) return;
    while (at < text.length && (text.charCodeAt(at) === 44 || text.charCodeAt(at) <= 32)) at++;
  }
}

// `UPDATE customers SET surname = 'Havili', first_name = 'Tevita' WHERE id = 4`,
// `SELECT * FROM patients WHERE last_name = 'Havili' AND dob = '1984-03-12'`: after an UPDATE's SET
// or a WHERE, each `column = 'value'` is decided by the column's name as an INSERT's is (a person-name
// column masks the value as PERSON, a date-of-birth column as DOB when it is a date). The sixth probe
// of 2026-12-03 found the surname stored raw. The column may carry its table (`p.last_name`) or quotes.
const sqlAssignStart = /\bupdate\s+[\w."`[\]]{1,128}\s+set\s|\bwhere\s/gi;
const sqlAssignment = /(?<![\w$])[`"[]?([A-Za-z_][\w$]{0,63})[`"\]]?\s*=\s*[NnEe]?'((?:[^']|''){1,200})'/g;

function detectSqlAssignments(text: string, out: Detection[], on: number): void {
  sqlAssignStart.lastIndex = 0;
  const start = sqlAssignStart.exec(text);
  if (start === null || !/\b(?:update|select|delete)\b/i.test(text.slice(0, start.index + 8))) return;
  sqlAssignment.lastIndex = start.index;
  const columns: string[] = [];
  const values: Array<[start: number, quoted: string]> = [];
  for (let count = 0; count < 256; count++) {
    const pair = sqlAssignment.exec(text);
    if (pair === null) break;
    const quoted = pair[2] as string;
    columns.push(pair[1] as string);
    values.push([pair.index + pair[0].length - quoted.length - 1, quoted]);
  }
  // The statement's columns together, as an INSERT's are: a generic `name` beside an `email` is a person's.
  const kinds = columnKinds(columns);
  for (let c = 0; c < kinds.length; c++) {
    const kind = kinds[c] as ColumnKind;
    if (kind !== 'none' && kind !== 'secret') sqlColumnValue(text, kind, ...(values[c] as [number, string]), out, on);
  }
}

// `WHERE last_name LIKE 'Havili%'`, `lower(surname) = lower('Havili')`, `dob BETWEEN '…' AND '…'`,
// `dob = DATE '1979-06-21'`, `SELECT 'Tevita Havili' AS patient_name`: each literal by the column
// that names it (sql-binds.ts sqlLiteralColumns; L15 of the ninth probe of 2026-12-05). A generic
// `name` alias is a person's beside another personal column, or when its literal is two to four
// capitalised words (`SELECT 'Kalani Makoa' AS name`).
const CAPITALISED_NAME = /^\p{Lu}[\p{Ll}'’-]{1,30}(?: \p{Lu}[\p{Ll}'’-]{1,30}){1,3}$/u;
function detectSqlLiterals(text: string, out: Detection[], on: number): void {
  const literals = sqlLiteralColumns(text);
  if (literals.length === 0) return;
  const kinds = columnKinds(literals.map((literal) => literal.column));
  for (let c = 0; c < kinds.length; c++) {
    const literal = literals[c] as { column: string; start: number; value: string };
    let kind = kinds[c] as ColumnKind;
    if (kind === 'none' && isGenericNameKey(literal.column) && CAPITALISED_NAME.test(literal.value)) kind = 'person';
    if (kind !== 'none' && kind !== 'secret') sqlColumnValue(text, kind, literal.start, literal.value, out, on);
  }
}

// `WHERE (last_name, dob) IN (('Havili', '1984-03-12'), (…))`: a row value's columns, then its
// rows, each value by its position's column as an INSERT's are; `WHERE last_name IN ('Havili',
// 'Fifita')`: each value of the list by the one column. PostgreSQL's COPY in text format
// (`COPY patients (first_name, last_name, dob) FROM stdin;` then one row a line, tab-separated,
// `\N` for null, up to `\.`): each field by its column. The second probe of 2026-12-04 (G12)
// found these stored raw.
const sqlInCue = /\bin\s*\(/i;
const sqlRowValueIn = /\(([\w."`[\] ,]{1,1000})\)\s*(?:not\s+)?in\s*\(\s*(?=\()/gi;
const sqlColumnIn = /(?<![\w$.])[`"[]?([A-Za-z_][\w$]{0,63})[`"\]]?\s+(?:not\s+)?in\s*\(\s*(?=[NnEe]?')/gi;
const sqlCopyHead = /\bcopy\s+[\w."`[\]]{1,128}\s*\(([^()]{1,2000})\)\s*from\s+stdin\b[^\n]{0,200}\n/gi;
const sqlCopyCue = /\bcopy\s/i;
const sqlColumnName = (column: string): string => column.trim().replace(/^[`"[]|[`"\]]$/g, '');

function detectSqlInLists(text: string, out: Detection[], on: number): void {
  for (const head of eachMatch(sqlRowValueIn, text)) {
    const columns = (head[1] as string).split(',').map(sqlColumnName);
    if (columns.length < 2 || columns.length > 64) continue;
    const kinds = columnKinds(columns).map((kind) => (kind === 'secret' ? 'none' : kind));
    if (kinds.some((kind) => kind !== 'none')) sqlRows(text, head.index + head[0].length, kinds, out, on);
  }
  for (const head of eachMatch(sqlColumnIn, text)) {
    const kind = columnKinds([head[1] as string])[0];
    if (kind !== undefined && kind !== 'none' && kind !== 'secret') sqlRows(text, head.index + head[0].length, [kind], out, on, true);
  }
}

function detectSqlCopy(text: string, out: Detection[], on: number): void {
  for (const head of eachMatch(sqlCopyHead, text)) {
    const columns = (head[1] as string).split(',').map(sqlColumnName);
    if (columns.length > 64) continue;
    const kinds = columnKinds(columns);
    if (kinds.every((kind) => kind === 'none' || kind === 'secret')) continue;
    let at = head.index + head[0].length;
    for (let row = 0; row < 100_000 && at < text.length; row++) {
      let end = text.indexOf('\n', at);
      if (end === -1) end = text.length;
      const lineEnd = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
      if (lineEnd - at === 2 && text.startsWith('\\.', at)) break;
      let start = at;
      for (let column = 0; column < kinds.length && start <= lineEnd; column++) {
        // A tab on the row's line only (a search on to the text's end for every row of a text with
        // no more tabs was quadratic; issue 11).
        let tab = indexOfWithin(text, 9, start, lineEnd);
        if (tab === -1) tab = lineEnd;
        const kind = kinds[column] as ColumnKind;
        const field = text.slice(start, tab);
        if (kind !== 'none' && kind !== 'secret' && field !== '' && field !== '\\N') sqlColumnValue(text, kind, start, field, out, on);
        start = tab + 1;
      }
      at = end + 1;
    }
  }
}

// T-SQL's `EXEC sp_executesql N'SELECT … WHERE last_name = @ln AND dob = @d', N'@ln nvarchar(50),
// @d date', @ln = N'Vlintuk', @d = '1984-03-12'`: the statement names each parameter by the column
// it is compared with or written to (sql-binds.ts), and each value after the declarations, named
// (`@ln = …`) or by its declaration's position, is decided by that column as an INSERT's literal
// is (H16 of the probe of 2026-12-04c found the values stored raw). Up to 64 values a call.
const sqlExecuteSql = /\bsp_executesql\s+[Nn]?'/gi;
const sqlExecuteCue = /sp_executesql/i;
const sqlExecuteArgument = /\s*,\s*(?:@([A-Za-z_][\w$]{0,63})\s*=\s*)?(?:[NnEe]?'((?:[^']|''){0,2000})'|(-?[\d.]+)\b)/y;

function detectSqlExecute(text: string, out: Detection[], on: number): void {
  let calls = 0;
  for (const call of eachMatch(sqlExecuteSql, text)) {
    // The statement's literal, `''` inside, read by hand to its closing quote (at most MAX_STATEMENT characters, 64 calls a text).
    if (++calls > 64) break;
    const start = call.index + call[0].length;
    const limit = Math.min(text.length, start + MAX_STATEMENT);
    let close = start;
    while (close < limit && (text.charCodeAt(close) !== 39 || text.charCodeAt(close + 1) === 39)) close += text.charCodeAt(close) === 39 ? 2 : 1;
    if (close >= limit) continue;
    const binds = sqlBinds(text.slice(start, close).replace(/''/g, "'"));
    if (binds === undefined) continue;
    const names: string[] = [];
    const values: Array<[start: number, value: string]> = [];
    let declarations: string[] | undefined;
    sqlExecuteArgument.lastIndex = close + 1;
    for (let count = 0; count < 65; count++) {
      const argument = sqlExecuteArgument.exec(text);
      if (argument === null) break;
      const value = (argument[2] ?? argument[3]) as string;
      if (declarations === undefined) {
        // The first argument declares the parameters (`@ln nvarchar(50), @d date`), in order.
        declarations = argument[1] === undefined && argument[2] !== undefined ? [...value.matchAll(/@([A-Za-z_][\w$]{0,63})/g)].map((name) => name[1] as string) : [];
        if (argument[1] === undefined) continue;
      }
      const name = argument[1] ?? declarations[values.length];
      const column = name === undefined ? undefined : binds.byName.get(name);
      if (column === undefined) continue;
      names.push(column);
      values.push([argument.index + argument[0].length - value.length - (argument[2] === undefined ? 0 : 1), value]);
    }
    const kinds = columnKinds(names);
    for (let c = 0; c < kinds.length; c++) {
      const kind = kinds[c] as ColumnKind;
      const [start, value] = values[c] as [number, string];
      if (kind !== 'none' && kind !== 'secret' && value !== '') sqlColumnValue(text, kind, start, value, out, on);
    }
  }
}

// Binds logged beside their statement (TypeORM's `-- PARAMETERS: […]`, Hibernate's `binding
// parameter [1] as [VARCHAR] - [Vlintuk]`, Rails' `[["last_name", "Vlintuk"]]`; sql-binds.ts
// sqlLogBinds): each value by its column, the statement's columns together.
function detectSqlLogBinds(text: string, out: Detection[], on: number): void {
  for (const group of sqlLogBinds(text)) {
    const kinds = columnKinds(group.columns);
    for (let c = 0; c < kinds.length; c++) {
      const kind = kinds[c] as ColumnKind;
      const [start, value] = group.values[c] as [number, string];
      // A date and time's date (EF Core's `'1979-11-02T00:00:00.0000000'`; sql-binds.ts gives the date alone).
      if (kind === 'dob' && (on & HEALTH) !== 0 && value.length === 10 && text.charCodeAt(start + 10) === 84 /* T */ && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
        out.push({ start, end: start + 10, type: 'DOB', class: 'pii.date_of_birth', normalized: value });
        continue;
      }
      if (kind !== 'none' && kind !== 'secret') sqlColumnValue(text, kind, start, value, out, on);
    }
  }
}

/**
 * One SQL string literal's content (`quoted`, from `start`; `''` inside) under a column of `kind`:
 * a date of birth when it is a date (HEALTH on), a person's name when it has a letter (PERSON on),
 * any other kind as a Postgres key detail's value is (pg-details.ts pushColumnValue).
 */
function sqlColumnValue(text: string, kind: ColumnKind, start: number, quoted: string, out: Detection[], on: number): void {
  const end = start + quoted.length;
  if (kind === 'dob') {
    if ((on & HEALTH) !== 0) dateAt(text, start, end, out);
  } else if (kind === 'person') {
    if ((on & PERSON) !== 0 && /\p{L}/u.test(quoted)) out.push({ start, end, type: 'PERSON', class: 'pii.person', normalized: personNormalForm(quoted.replace(/''/g, "'")) });
  } else pushColumnValue(out, kind, start, quoted);
}

// ------------------------------------------------------------------ query and form parameters
// `?email=…&phone=…`, `first_name=Lena&last_name=Vogt` (an x-www-form-urlencoded body): each
// parameter's name, percent- and form-decoded, is classified as the redactor classifies a JSON key
// (key-names.ts): a secret's name masks the value as URL_SECRET, a person-name key as PERSON, a
// government-id key as SSN, a card/phone/account number key as CARD/PHONE/ACCOUNT_NUMBER (IBAN when
// the value is one). A parameter starts after `?`, `&` or `;`; one at the start of the text or after
// a space or quote only in a form of two or more parameters, or when it is the whole text.

/** A parameter's name and `=`; its value is read by hand up to `&`, `#`, a space, a quote or `<>`. */
const parameterName = /(^|[?&;\s"'])([A-Za-z][A-Za-z0-9_.\-[\]%]{0,63})=/g;
const NEXT_PARAMETER = /^[A-Za-z][A-Za-z0-9_.\-]{0,63}=/;
const isValueEnd = (code: number) => code === 38 || code === 35 || code === 34 || code === 39 || code === 60 || code === 62 || code <= 32;

type ParameterKind = 'secret' | 'identity' | 'person' | 'role' | NumberKeyKind | GovernmentIdKey | 'none';
const identityKeyNames = DEFAULT_IDENTITY_KEYS.map(normalizeKeyName);
const personKeyNames = new Set(DEFAULT_PERSON_KEYS);
/**
 * A customer's, a client's or a patient's role as a parameter's name in German, Dutch, French, Spanish, Italian,
 * Portuguese and Polish (issue 11, F12 of the leak probe of 2026-12-07: `INFO kunde=Zwiebelhofer` and
 * `?kunde=Zwiebelhofer&ort=Berlin` were stored raw; English `customer`, `client` and `patient` are read as a name's cue
 * by the value's own scan, valueOnItsOwn). The value is a PERSON when it has a name's shape: one to four words of
 * letters, each capitalized (personRoleValue's `role` tier: no digit, no firm's or team's word), so `kunde=4471`,
 * `kunde=neu`, `cliente=todos`, `klant=Acme%20BV` stay.
 */
const ROLE_PARAMETERS: ReadonlySet<string> = new Set([
  'kunde', 'kundin', 'kunden', 'patientin', 'versicherter', 'versicherte', 'mandant', 'mandantin', 'klant',
  'cliente', 'paciente', 'asegurado', 'asegurada', 'paziente', 'assicurato', 'assicurata', 'segurado', 'segurada', 'klient', 'klientka', 'pacjent', 'pacjentka',
]);
/** Each word of a role parameter's value capitalized (`Zwiebelhofer`, `Olaizola Etxeberria`, `ZWIEBELHOFER`). */
const CAPITALIZED_WORDS_VALUE = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:(?:[ \t]{1,2}|,[ \t]?)\p{Lu}[\p{L}\p{M}'’.-]*){0,3}$/u;
/** A role parameter's value that is a name: capitalized words of a name's shape (personRoleValue's `role` tier), none a word of key-names.ts CUSTOMER_NOT_NAMES (`Alle`, `Neu`, `VIP`). */
function roleParameterName(raw: string): boolean {
  // A backslash too: a letter written as a JSON escape in a log line (`kunde=M\u00fcller`; 2026-12-08).
  const value = raw.includes('%') || raw.includes('+') || raw.includes('\\') ? decodeComponent(raw) : raw;
  return CAPITALIZED_WORDS_VALUE.test(value.replace(INNER_PARTICLES, ' ')) && personRoleValue(value, 'role', isListedPersonName) && !value.split(/[\s,]+/).some((word) => CUSTOMER_NOT_NAMES.has(word.toLowerCase()))
    // A firm's or a product's name (`client=Google Chrome`, `kunde=Blue Bottle Coffee`), one listed firm's word too
    // (`kunde=Siemens`, `klant=Philips`: names.ts FIRMS), as under a JSON member (redactor.ts customerFirm; 2026-12-07d).
    && !(firmLikeName(value) || isOrganizationValue(value) || isListedFirm(value.trim().replace(/\s+/g, ' ')));
}
/** A surname's particles inside a name (`Van der Berg`, `Ana de los Ríos`): the words either side are the name's. */
const NAME_PARTICLE = '(?:van|von|de|der|den|del|della|di|da|du|la|le|los|las|ter|ten|te|zu|dos|das|y)';
const INNER_PARTICLES = new RegExp(`(?<=\\S)(?:[ \\t]${NAME_PARTICLE})+[ \\t](?=\\p{Lu})`, 'gu');
/**
 * An unquoted logfmt value's further words under a person's or a role's name (`klant=Van Dijk`, `kunde=Müller Schmidt`,
 * `customer=Jane Doe status=ok`; issue 11, 2026-12-07c: the value was cut at the blank): up to three capitalized words,
 * particles between them, that run to the next `name=` or the line's end; anything else after the blank (`kunde=Neu
 * angelegt`, `customer=Okafor said hi`) leaves the value one word.
 */
const SPACED_NAME_REST = new RegExp(`^(?:[ \\t](?:${NAME_PARTICLE}[ \\t]){0,2}\\p{Lu}[\\p{L}\\p{M}'’.-]*){1,3}(?=[ \\t]+[A-Za-z][A-Za-z0-9_.\\-[\\]]{0,63}=|[ \\t]*(?:\\r?\\n|$))`, 'u');
/** The further words of a generic name's unencoded value before the query's next `&` or `;`. */
const LOWER_NAME_REST = /^(?:[ ]\p{L}[\p{L}\p{M}'’-]*){1,3}(?=[&;])/u;
/**
 * Whether the generic `name` parameter at `index` of `found` (`name`, `nom`, `nombre`: key-names.ts isGenericNameKey)
 * is a person's: a parameter of personal data beside it on its line, at most three pairs away (`name=amara
 * okafor&dob=1990-01-02`, `?name=tevita+havili&email=…`; key-names.ts isPersonalSiblingKey, as in an object; issue 11,
 * 2026-12-07c), and the value a name's shape in any case (personRoleValue, `weak`: two to four words of letters, or one
 * listed name), its first word listed, capitalized or a lower-case word that may be a name (nameWordFirst), no firm's (`name=Acme Corp&email=…`, `name=weekly sync&phone=…` keep their path: `sync` is no name).
 */
/** A value's first word (a given name) listed, capitalized or a lower-case word that may be a name (`zephra mollquist`; `weekly sync` stays). */
const nameWordFirst = (value: string): boolean => {
  const first = value.trim().split(/\s+/)[0] ?? '';
  return isListedPersonName(first) || /^\p{Lu}/u.test(first) || isLowerNameWord(first);
};
function genericNameBeside(text: string, found: ReadonlyArray<readonly [string, string, number, number, number, boolean, boolean?]>, index: number): boolean {
  const [, name, start, end] = found[index] as (typeof found)[number];
  if (!isGenericNameKey(name)) return false;
  const raw = text.slice(start, end);
  const value = raw.includes('%') || raw.includes('+') ? decodeComponent(raw) : raw;
  if (!personRoleValue(value, 'weak', isListedPersonName) || firmLikeName(value) || isOrganizationValue(value) || !nameWordFirst(value)) return false;
  for (let other = Math.max(0, index - 3); other <= Math.min(found.length - 1, index + 3); other++) {
    if (other === index) continue;
    const [, otherName, otherStart] = found[other] as (typeof found)[number];
    const between = otherStart < start ? text.slice(otherStart, start) : text.slice(end, otherStart);
    if (between.length <= 200 && !between.includes('\n') && isPersonalSiblingKey(otherName)) return true;
  }
  return false;
}
/** English role parameters read as a role's only with a spaced name (`customer=Jane Doe status=ok`); one word keeps its path (`client=Firefox`). */
const ENGLISH_ROLE_PARAMETERS: ReadonlySet<string> = new Set(['customer', 'client', 'patient']);
/** Parameter names repeat across texts: their kind is kept (at most 2,048 names, cleared whole when full). */
const parameterKinds = new Map<string, ParameterKind>();

function parameterKind(rawName: string): ParameterKind {
  let kind = parameterKinds.get(rawName);
  if (kind !== undefined) return kind;
  let name = rawName.includes('%') || rawName.includes('+') ? decodeComponent(rawName) : rawName;
  // `contact[last_name]`, `user[phone]`: the innermost name decides.
  if (name.endsWith(']')) name = name.slice(name.lastIndexOf('[') + 1, -1);
  const normalized = normalizeKeyName(name);
  kind =
    matchKeyName(name, identityKeyNames) !== undefined ? 'identity'
    : isSecretKeyName(name) || EXACT_SECRET_KEYS.has(normalized) ? 'secret'
    : normalized.length <= 40 && personKeyNames.has(normalized) ? 'person'
    : ROLE_PARAMETERS.has(withoutAccents(normalized)) ? 'role'
    : (governmentIdKey(name) ?? numberKeyKind(name) ?? 'none');
  if (parameterKinds.size >= 2048) parameterKinds.clear();
  parameterKinds.set(rawName, kind);
  return kind;
}



/**
 * Finds parameters in `text` and masks the values their names classify; returns the set of
 * whole-value spans. Two passes over one parser: the secrets pass (`secrets`, from detectSecrets,
 * URL_SECRET only) and the personal-data pass (every other kind, and names in unnamed values).
 */
function detectParameters(text: string, out: Detection[], on: number, covering: Set<Detection> | undefined, secrets: boolean, depth = MAX_DECODINGS): Set<Detection> | undefined {
  // Spans the text detectors found already (`tel=+4930123456`): not found twice.
  let taken: Set<string> | undefined;
  // The parameters are listed first: a value scanned on its own runs the detectors again, this
  // one included, and a nested scan must not move the shared pattern's lastIndex under this loop.
  // `after`: where the pair ends (past a quoted value's closing quote); `quoted`: a logfmt value in double quotes.
  // `spacedRole`: an English role's name before a spaced name (`customer=Jane Doe`), read as a role's.
  const found: Array<[lead: string, name: string, start: number, end: number, after: number, quoted: boolean, spacedRole?: boolean]> = [];
  for (const match of eachMatch(parameterName, text)) {
    let start = match.index + match[0].length;
    let end = start;
    // A `;` ends the value only before the next `name=` (`FirstName=Amara;LastName=Okafor;SSN=…`:
    // the first value took the whole line; a probe of 2026-12-03); `pass=ab;cd` keeps `;cd`.
    while (end < text.length && !isValueEnd(text.charCodeAt(end)) && !(text.charCodeAt(end) === 59 && NEXT_PARAMETER.test(text.slice(end + 1, end + 66)))) end++;
    // A logfmt value in double quotes (`kunde="Zwiebelhofer"`, `klant="Van Dijk"`): up to its closing quote on the line, at
    // most 100 characters; read for a person's or a role's name only (below).
    // Another name's quoted value is read as before (a quoted URL's own parameters inside it are found).
    const close = end === start && text.charCodeAt(start) === 34 ? text.slice(start + 1, start + 102).search(/["\n]/) : -1;
    const personal = close > 0 && text.charCodeAt(start + 1 + close) === 34 && ['role', 'person'].includes(parameterKind(match[2] ?? ''));
    if (personal) {
      start += 1;
      end = start + close;
      parameterName.lastIndex = end + 1;
      found.push([match[1] ?? '', match[2] ?? '', start, end, end + 1, true]);
      continue;
    }
    // A name written with blanks under a person's or a role's name, unquoted (SPACED_NAME_REST): the whole name is the value.
    let spaced = false;
    if (end > start && (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9) && /^\p{Lu}/u.test(text.slice(start, start + 2))) {
      const name = match[2] ?? '';
      const english = ENGLISH_ROLE_PARAMETERS.has(normalizeKeyName(name));
      if (english || ['role', 'person'].includes(parameterKind(name))) {
        const rest = SPACED_NAME_REST.exec(text.slice(end, end + 96));
        const words = rest === null ? '' : text.slice(start, end + rest[0].length);
        // Under an English role's name a listed word in it too (`customer=Jane Doe`; `client=Mozilla Firefox` stays as it was).
        const kind = english ? 'role' : parameterKind(name);
        if (rest !== null && (kind === 'person' || (roleParameterName(words) && (!english || words.split(/[ \t]+/).some((word) => isListedPersonName(word)))))) {
          end += rest[0].length;
          spaced = english;
        }
      }
    }
    // A generic name's value with blanks, unencoded, before the query's next `&` (`name=amara okafor&dob=…`): read whole,
    // a person's when a personal parameter stands beside it (genericNameBeside).
    if (!spaced && end > start && text.charCodeAt(end) === 32 && isGenericNameKey(match[2] ?? '')) {
      const rest = LOWER_NAME_REST.exec(text.slice(end, end + 72));
      if (rest !== null) end += rest[0].length;
    }
    parameterName.lastIndex = end;
    found.push([match[1] ?? '', match[2] ?? '', start, end, end, false, spaced]);
  }
  for (let index = 0; index < found.length; index++) {
    const [lead, name, start, end, after, quoted, spacedRole] = found[index] as (typeof found)[number];
    if (end === start) continue;
    const named = spacedRole === true ? 'role' : parameterKind(name);
    // A role's value that is no name (`kunde=4471`, `kunde=neu`) is read as before, scanned on its own after its name.
    const kind = named === 'role' && !roleParameterName(text.slice(start, end)) ? 'none' : named === 'none' && genericNameBeside(text, found, index) ? 'person' : named;
    if (quoted && kind !== 'role' && kind !== 'person') continue;
    const nameStart = start - (quoted ? 1 : 0) - name.length - 1;
    const next = found[index + 1];
    // A log line's pairs separated by blanks (logfmt: `INFO kunde=Zwiebelhofer vorname=Leberecht`, F12 of the probe of
    // 2026-12-07): a pair beside another with only blanks between is one of a form too, for the names that classify
    // their values (a value no name classifies is not scanned on its own there: prose's `x=1` stays as it was).
    const logPair = kind !== 'none' && kind !== 'secret' && (blanksOnlyBetween(text, found[index - 1]?.[4], nameStart) || blanksOnlyBetween(text, after, next === undefined ? undefined : next[2] - (next[5] ? 1 : 0) - next[1].length - 1));
    // A person's or a role's name alone after a blank or a quote, or opening the text before a line's end, its value a
    // capitalized name (`INFO kunde=Zwiebelhofer`, `msg="kunde=Zwiebelhofer"`, `paziente=Lombardozzi Rita\n`): as a pair.
    const loneNamePair = (kind === 'role' || kind === 'person') && (lead === ' ' || lead === '\t' || lead === '"' || lead === "'" || (lead === '' && (quoted || text.charCodeAt(end) === 10 || text.charCodeAt(end) === 13))) && CAPITALIZED_WORDS_VALUE.test(text.slice(start, end));
    if (!logPair && !loneNamePair && lead !== '?' && lead !== '&' && lead !== ';' && text.charCodeAt(end) !== 38 && text.charCodeAt(end) !== 59 && !(lead === '' && end === text.length)) continue;
    const raw = text.slice(start, end);
    if (secrets) {
      // Only in a URL or after another parameter: `password=…` opening a text is an assignment,
      // whose value runs on past `&` (detectAssignments).
      if (kind === 'secret' && (lead === '?' || lead === '&' || lead === ';') && !isPlaceholder(raw)) out.push({ start, end, type: 'URL_SECRET', class: 'secret' });
      continue;
    }
    if (kind === 'secret') continue;
    if (kind === 'none') {
      // 12 digits under `account` beside an AWS region or an ARN (`?account=123456789012&region=us-east-1`)
      // are an AWS account id, kept as in an AWS object (identifiers.ts; a probe of 2026-12-03 found it masked).
      if (/^\d{12}$/.test(raw) && /^(?:aws_?)?account(?:_?id)?$/i.test(name) && awsQueryAround(text, start)) continue;
      covering = valueOnItsOwn(name, raw, start, out, on, depth, covering);
      continue;
    }
    let detection: Detection;
    const value = raw.includes('%') || raw.includes('+') ? decodeComponent(raw) : raw;
    if (kind === 'person') {
      if ((on & PERSON) === 0 || !/\p{L}/u.test(value)) continue;
      detection = { start, end, type: 'PERSON', class: 'pii.person', normalized: personNormalForm(value) };
    } else if (kind === 'role') {
      if ((on & PERSON) === 0 || !roleParameterName(value)) continue;
      detection = { start, end, type: 'PERSON', class: 'pii.person', normalized: personNormalForm(value) };
    } else if (kind === 'identity') {
      if ((on & SSN) === 0 || !/\d/.test(value)) continue;
      detection = { start, end, type: identityKeyType(name), class: 'pii.government_id', normalized: governmentIdValue(value) ?? value };
    } else if (kind === 'ANUMBER' && governmentIdValue(value, kind) === undefined) {
      // A call detail record's A party under `a_number` (key-names.ts aNumberPhone), as under a JSON member.
      const phone = aNumberPhone(value);
      if ((on & PHONE) === 0 || phone === undefined) continue;
      detection = { start, end, type: 'PHONE', class: 'pii.phone', normalized: phone };
    } else if (kind === 'NATIONAL_ID' || kind === 'PASSPORT' || kind === 'DRIVER_LICENSE' || kind === 'SOCIAL' || kind === 'RG' || kind === 'NIP' || kind === 'IK' || kind === 'ANUMBER') {
      // As under a JSON member (key-names.ts governmentIdKey): only a value of an id's shape.
      const normalized = governmentIdValue(value, kind);
      if ((on & SSN) === 0 || normalized === undefined) continue;
      detection = { start, end, type: governmentIdType(kind), class: 'pii.government_id', normalized };
    } else {
      // As the redactor's byKey: 6 to 34 letters and digits once separators are gone, 4 digits in a row.
      const compact = value.replace(/[\s\-./()+]/g, '');
      if (!/^[A-Za-z0-9]{6,34}$/.test(compact) || !/\d{4}/.test(compact)) continue;
      const iban = kind === 'ACCOUNT' && ibanValid(compact.toUpperCase());
      const target = NUMBER_KIND_DETECTIONS[kind];
      if ((on & (iban || kind === 'ACCOUNT' ? IBAN : kind === 'CARD' ? CARD : PHONE)) === 0) continue;
      const digitsOnly = compact.replace(/\D/g, '');
      const normalized = kind === 'ACCOUNT' ? compact.toUpperCase() : kind === 'PHONE' && value.trim().startsWith('+') ? `+${digitsOnly}` : digitsOnly;
      detection = iban ? { start, end, type: 'IBAN', class: 'financial.iban', normalized } : { start, end, type: target.type, class: target.class, normalized };
    }
    if (taken === undefined) {
      taken = new Set();
      for (const found of out) taken.add(`${found.start}:${found.end}:${found.type}`);
    }
    if (taken.has(`${start}:${end}:${detection.type}`)) continue;
    out.push(detection);
    (covering ??= new Set()).add(detection);
  }
  return covering;
}

/** Whether only blanks (one at least, a line's at most 8) lie between `from` and `to` (a logfmt line's pairs). */
function blanksOnlyBetween(text: string, from: number | undefined, to: number | undefined): boolean {
  if (from === undefined || to === undefined || to <= from || to - from > 8) return false;
  for (let at = from; at < to; at++) if (text.charCodeAt(at) !== 32 && text.charCodeAt(at) !== 9) return false;
  return true;
}

/**
 * A parameter value no name classifies is scanned on its own, decoded, as the redactor scans a
 * JSON value: `q=%2B44%20207%20946%200958` holds `+44 207 946 0958` and `name=Amara%20Okafor`
 * holds `Amara Okafor`, each a string of its own (glued to `=` inside the whole text, a number is
 * no phone). The spans found mask whole (a fragment the whole text's scan found inside one is
 * dropped). Values of values (a URL in a `redirect=` parameter) down to MAX_DECODINGS levels.
 */
function valueOnItsOwn(name: string, raw: string, offset: number, out: Detection[], on: number, depth: number, covering: Set<Detection> | undefined): Set<Detection> | undefined {
  if (depth >= MAX_DECODINGS || raw.length < 3) return covering;
  // `+` is a space in a form value, except a leading one before a digit (a calling code); then
  // the percent escapes. Both views keep a map to the raw value's offsets.
  const spaced = raw.replace(/\+/g, (plus, at: number) => (at === 0 && isDigit(raw.charCodeAt(1)) ? plus : ' '));
  const view = decodedView(spaced);
  // The parameter's name goes before its value as its label: `build 2023-114-5567` is an
  // identifier, `order 0049-30-84712265` an order number, not phones. A value that is a form of
  // its own (`?r=q%3D%2B44…`, `?state=phone%3D…`: the parameters of a redirect or a state) is read
  // as that form, as a query (`?` before it: `pin=4821` is a secret parameter there), without the
  // label, which would make it prose: its own names label its values.
  const value = view?.text ?? spaced;
  // A capitalized name before a capitalized value takes a colon (`ProfileName: Itzel Quispe
  // Mamani`): after a blank it joined the value's run of capitalized words as one more word, and a
  // run of four with three unlisted was no name (L6 of probe 2026-12-05h: Twilio's
  // `ProfileName=Itzel+Quispe+Mamani` kept all but `Quispe`).
  const label = INNER_FORM.test(value) ? '?' : `${decodeComponent(name)}${CAPITALIZED_START.test(name) && CAPITALIZED_START.test(value) ? ':' : ''} `;
  const found = detectWithFlags(label + value, on, false, depth + 1);
  for (const detection of found) {
    if (detection.end <= label.length) continue;
    const from = Math.max(detection.start, label.length) - label.length;
    const to = detection.end - label.length;
    const start = offset + (view === undefined ? from : (view.starts[from] as number));
    const end = offset + (view === undefined ? to : (view.ends[to - 1] as number));
    const mapped: Detection = { ...detection, start, end };
    out.push(mapped);
    if (detection.mask !== false) (covering ??= new Set()).add(mapped);
  }
  return covering;
}

// ----------------------------------------------------------------- percent- and form-encoded text
// A string holding percent-encoding (`%40`, `%2B44%2020…`, UTF-8 `%C3%9F`), or `+` for a space in
// a URL's query or a form body, is scanned a second time in its decoded view: every detector runs
// on the decoded text and each span found there is mapped back onto the encoded text through an
// index map (decoded unit -> the encoded characters it came from), so the encoded span is masked.
// Text encoded twice (`%2540`) is decoded twice (MAX_DECODINGS). A span that takes in any decoded
// character masks whole: a detection of the plain text inside it (`Amara` of `Amara%20Okafor`) is
// dropped in its favour, so no piece of the value is left. Linear: one pass to decode, one to detect.

const MAX_DECODINGS = 2;
/** A value that starts with a capital letter (valueOnItsOwn's label then takes a colon). */
const CAPITALIZED_START = /^\p{Lu}/u;
/** A decoded parameter value that is itself a form: a parameter name, `=`, and a value (`q=+44…`, `a=1&phone=…`). */
const INNER_FORM = /^[A-Za-z0-9_.\-[\]]{1,64}=[^=\s]/;
const PERCENT_ENCODED = /%[0-9A-Fa-f]{2}/;

const hexValue = (code: number): number =>
  code >= 48 && code <= 57 ? code - 48 : code >= 65 && code <= 70 ? code - 55 : code >= 97 && code <= 102 ? code - 87 : -1;
/** The byte `%XX` at `index` spells, or -1. */
function percentByte(text: string, index: number): number {
  if (text.charCodeAt(index) !== 37 || index + 2 >= text.length) return -1;
  const high = hexValue(text.charCodeAt(index + 1));
  const low = hexValue(text.charCodeAt(index + 2));
  return high < 0 || low < 0 ? -1 : high * 16 + low;
}

/** A decoded view (internal/text-view.ts): changed[j] counts the first j units that came from an escape or a `+`. */
type DecodedView = TextView;

/**
 * Spans of `text` where `+` is a space: a URL's query (after `?`, up to `#`) and form bodies
 * (a token holding `=` and `&`, or the whole text when it is one `name=value`). Flat pairs.
 */
function formRegions(text: string): number[] {
  const regions: number[] = [];
  const token = /[^\s"'<>]+/g;
  for (const match of eachMatch(token, text)) {
    const value = match[0];
    if (!value.includes('+') || !value.includes('=')) continue;
    const question = value.indexOf('?');
    const hash = value.indexOf('#', question + 1);
    const stop = match.index + (hash === -1 ? value.length : hash);
    if (question !== -1 && value.indexOf('=', question) !== -1) regions.push(match.index + question + 1, stop);
    else if (question === -1 && (value.includes('&') || value.length === text.length)) regions.push(match.index, stop);
  }
  return regions;
}

// HTML/XML character references (issue 11, leak A: `dave&#64;example.com`, `dave&#x40;…`,
// `dave&commat;example&period;com`): decimal and hexadecimal ones for any code point, and the
// named ones of the characters that join or separate values (HTML5's names).
const CHARACTER_REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,9});/;
const NAMED_REFERENCES: Record<string, string> = {
  commat: '@', period: '.', hyphen: '-', dash: '-', lowbar: '_', UnderBar: '_', plus: '+', amp: '&', AMP: '&', lt: '<', LT: '<', gt: '>', GT: '>',
  quot: '"', QUOT: '"', apos: "'", nbsp: ' ', colon: ':', sol: '/', bsol: '\\', num: '#', percnt: '%', excl: '!', equals: '=', quest: '?',
  lsqb: '[', lbrack: '[', rsqb: ']', rbrack: ']', lpar: '(', rpar: ')', lcub: '{', lbrace: '{', rcub: '}', rbrace: '}', comma: ',',
  semi: ';', dollar: '$', ast: '*', midast: '*', verbar: '|', vert: '|', VerticalLine: '|', grave: '`', Hat: '^', tilde: '~',
  // Quotes, dashes and spaces around and inside names and dates (`O&rsquo;Brien`, `&laquo;…&raquo;`).
  rsquo: '\u2019', lsquo: '\u2018', rdquo: '\u201d', ldquo: '\u201c', laquo: '\u00ab', raquo: '\u00bb', ndash: '\u2013', mdash: '\u2014',
  ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', ordm: '\u00ba', ordf: '\u00aa', shy: '\u00ad',
  // Letters of Latin-1 and Latin Extended-A with no diacritic name of their own (F3 of the probe of 2026-12-07).
  szlig: '\u00df', eth: '\u00f0', ETH: '\u00d0', thorn: '\u00fe', THORN: '\u00de', AElig: '\u00c6', aelig: '\u00e6', OElig: '\u0152', oelig: '\u0153',
  Oslash: '\u00d8', oslash: '\u00f8', Lstrok: '\u0141', lstrok: '\u0142', Dstrok: '\u0110', dstrok: '\u0111', Hstrok: '\u0126', hstrok: '\u0127',
  Tstrok: '\u0166', tstrok: '\u0167', inodot: '\u0131', imath: '\u0131', IJlig: '\u0132', ijlig: '\u0133', Lmidot: '\u013f', lmidot: '\u0140',
  ENG: '\u014a', eng: '\u014b', kgreen: '\u0138', napos: '\u0149',
};
// HTML5's names of the Latin letters with a diacritic (F3 of the probe of 2026-12-07: names and dates
// of birth in HTML mail, `Ren&eacute;e`, `J&uuml;rgen`, `Bo&zdot;ena`, `n&eacute;e le`, were stored
// raw): a letter and the diacritic's name (`eacute`, `Ouml`, `ntilde`, `ccedil`, `scaron`, `aogon`,
// `zdot`, `odblac`, `amacr`, `gbreve`, `aring`), the letter it composes to (NFC) when that is one
// character of Latin-1 or Latin Extended-A (U+00C0-U+017F).
const DIACRITIC_MARKS: ReadonlyArray<[string, string]> = [
  ['acute', '\u0301'], ['grave', '\u0300'], ['circ', '\u0302'], ['tilde', '\u0303'], ['uml', '\u0308'], ['ring', '\u030a'], ['cedil', '\u0327'],
  ['caron', '\u030c'], ['ogon', '\u0328'], ['dot', '\u0307'], ['macr', '\u0304'], ['breve', '\u0306'], ['dblac', '\u030b'],
];
for (let letter = 65; letter <= 122; letter++) {
  if (letter > 90 && letter < 97) continue;
  for (const [name, mark] of DIACRITIC_MARKS) {
    const composed = (String.fromCharCode(letter) + mark).normalize('NFC');
    const code = composed.charCodeAt(0);
    if (composed.length === 1 && code >= 0xc0 && code <= 0x17f) NAMED_REFERENCES[String.fromCharCode(letter) + name] = composed;
  }
}
/** The character reference at `index` (an `&`): the code point it names and where it ends, or undefined. */
function characterReference(text: string, index: number): { value: string; end: number } | undefined {
  // The `;` within the longest reference (`&#x10FFFF;`, a 10-letter name): a bounded look ahead.
  const limit = Math.min(text.length, index + 12);
  let semicolon = -1;
  for (let k = index + 2; k < limit && semicolon === -1; k++) if (text.charCodeAt(k) === 59) semicolon = k;
  if (semicolon === -1) return undefined;
  const body = text.slice(index + 1, semicolon);
  if (body.charCodeAt(0) === 35) {
    const hex = body.charCodeAt(1) === 120 || body.charCodeAt(1) === 88;
    const digits = body.slice(hex ? 2 : 1);
    if (digits === '' || !(hex ? /^[0-9A-Fa-f]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) return undefined;
    const point = Number.parseInt(digits, hex ? 16 : 10);
    if (point === 0 || point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) return undefined;
    return { value: String.fromCodePoint(point), end: semicolon + 1 };
  }
  const value = Object.hasOwn(NAMED_REFERENCES, body) ? NAMED_REFERENCES[body] : undefined;
  return value === undefined ? undefined : { value, end: semicolon + 1 };
}

// Backslash escapes of JSON (RFC 8259 §7) and JavaScript (ECMA-262 §12.9.4): text that was
// escaped once more than it was decoded, as logs and tool results often hold it
// (`amara.okafor\u0040nhs.net`, `Patient:\nAmara Okafor\nDOB 1984-03-12`, `\"Amara Okafor\"`).
// `\uXXXX`, `\u{X…}` and `\xXX` stand for the character they name, `\n`, `\r`, `\t`, `\b`,
// `\f` and `\v` for their control characters, and `\"`, `\'`, `\/` and `\\` for the character
// after the backslash. A backslash before anything else stays as written.
const BACKSLASH_ESCAPE = /\\(?:u[0-9A-Fa-f]{4}|u\{[0-9A-Fa-f]{1,6}\}|x[0-9A-Fa-f]{2}|[nrtbfv"'\/\\])/;
const CONTROL_ESCAPES: Readonly<Record<number, string>> = { 110: '\n', 114: '\r', 116: '\t', 98: '\b', 102: '\f', 118: '\v' };
/** The backslash escape at `index` (a `\`): the text it stands for and where it ends, or undefined. */
function backslashEscape(text: string, index: number): { value: string; end: number } | undefined {
  const next = text.charCodeAt(index + 1);
  if (next === 117 /* u */) {
    if (text.charCodeAt(index + 2) === 123 /* { */) {
      const close = text.indexOf('}', index + 3);
      if (close === -1 || close > index + 9) return undefined;
      const digits = text.slice(index + 3, close);
      if (!/^[0-9A-Fa-f]{1,6}$/.test(digits)) return undefined;
      const point = Number.parseInt(digits, 16);
      return point === 0 || point > 0x10ffff ? undefined : { value: String.fromCodePoint(point), end: close + 1 };
    }
    const digits = text.slice(index + 2, index + 6);
    if (!/^[0-9A-Fa-f]{4}$/.test(digits)) return undefined;
    const unit = Number.parseInt(digits, 16);
    return unit === 0 ? undefined : { value: String.fromCharCode(unit), end: index + 6 };
  }
  if (next === 120 /* x */) {
    const digits = text.slice(index + 2, index + 4);
    if (!/^[0-9A-Fa-f]{2}$/.test(digits)) return undefined;
    const unit = Number.parseInt(digits, 16);
    return unit === 0 ? undefined : { value: String.fromCharCode(unit), end: index + 4 };
  }
  // n r t b f v: the control character they name; " ' / \: themselves.
  const control = CONTROL_ESCAPES[next];
  if (control !== undefined) return { value: control, end: index + 2 };
  if (next === 34 || next === 39 || next === 47 || next === 92) return { value: text[index + 1] as string, end: index + 2 };
  return undefined;
}
/**
 * The ideographic full stops `。` (U+3002) and `｡` (U+FF61), which IDNA reads as a domain
 * name's label separator (UTS #46 §4, RFC 3490 §3.1), stand for `.` between two ASCII letters or
 * digits (`amara。okafor＠nhs。net`); elsewhere they end a sentence and stay.
 */
const IDEOGRAPHIC_STOP_IN_NAME = /[0-9A-Za-z][。｡][0-9A-Za-z]/;
const isIdeographicStop = (code: number): boolean => code === 0x3002 || code === 0xff61;
const isAsciiAlnum = (code: number): boolean => (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);

/** The decoded view of `text`, or undefined when nothing in it is encoded. */
function decodedView(text: string): DecodedView | undefined {
  const percent = PERCENT_ENCODED.test(text);
  const references = text.includes('&') && CHARACTER_REFERENCE.test(text);
  const regions = text.includes('+') && text.includes('=') ? formRegions(text) : [];
  const escapes = text.includes('\\') && BACKSLASH_ESCAPE.test(text);
  const stops = IDEOGRAPHIC_STOP_IN_NAME.test(text);
  if (!percent && !references && regions.length === 0 && !escapes && !stops) return undefined;
  const length = text.length;
  const view = new TextViewWriter(length);
  const emit = (unit: string, from: number, to: number, escaped: boolean): void => view.emit(unit, from, to, escaped);
  let region = 0;
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (code === 43) {
      while (region < regions.length && (regions[region + 1] as number) <= index) region += 2;
      // A `+` opening a value before a digit is a calling code as people type it (`phone=+44…`).
      const callingCode = index > 0 && text.charCodeAt(index - 1) === 61 && isDigit(text.charCodeAt(index + 1));
      const inForm = !callingCode && region < regions.length && (regions[region] as number) <= index;
      emit(inForm ? ' ' : '+', index, index + 1, inForm);
      index++;
      continue;
    }
    if (code === 38 && references) {
      const reference = characterReference(text, index);
      if (reference !== undefined) {
        for (let k = 0; k < reference.value.length; k++) emit(reference.value[k] as string, index, reference.end, true);
        index = reference.end;
        continue;
      }
    }
    if (code === 92 && escapes) {
      const escape = backslashEscape(text, index);
      if (escape !== undefined) {
        for (let k = 0; k < escape.value.length; k++) emit(escape.value[k] as string, index, escape.end, true);
        index = escape.end;
        continue;
      }
    }
    if (stops && isIdeographicStop(code) && index > 0 && isAsciiAlnum(text.charCodeAt(index - 1)) && isAsciiAlnum(text.charCodeAt(index + 1))) {
      emit('.', index, index + 1, true);
      index++;
      continue;
    }
    const byte = code === 37 ? percentByte(text, index) : -1;
    if (byte < 0) {
      emit(text[index] as string, index, index + 1, false);
      index++;
      continue;
    }
    // UTF-8: a lead byte and its continuation bytes, each spelled `%XX`. A byte that starts no
    // valid sequence stays as written: `%DB_PASS%` is a placeholder, not `Û_PASS%`.
    const extra = byte >= 0xf0 && byte <= 0xf4 ? 3 : byte >= 0xe0 && byte <= 0xef ? 2 : byte >= 0xc2 && byte <= 0xdf ? 1 : 0;
    let point = extra === 3 ? byte & 0x07 : extra === 2 ? byte & 0x0f : extra === 1 ? byte & 0x1f : byte;
    let valid = extra > 0 || byte < 0x80;
    for (let k = 1; k <= extra && valid; k++) {
      const next = percentByte(text, index + 3 * k);
      if (next < 0x80 || next > 0xbf) valid = false;
      else point = point * 64 + (next & 0x3f);
    }
    if (valid && ((extra === 2 && (point < 0x800 || (point >= 0xd800 && point <= 0xdfff))) || (extra === 3 && (point < 0x10000 || point > 0x10ffff)))) valid = false;
    if (valid) {
      const to = index + 3 * (extra + 1);
      const decoded = String.fromCodePoint(point);
      for (let k = 0; k < decoded.length; k++) emit(decoded[k] as string, index, to, true);
      index = to;
    } else {
      emit('%', index, index + 1, false);
      index++;
    }
  }
  return view.rewritten === 0 ? undefined : view.finish();
}

/** Runs the detectors on the decoded view of `text` and adds their spans, mapped onto `text`. */
// ------------------------------------------------------------------ views of long texts, windowed
// A view (decoded, normalized, layout rewritten, reversed runs) differs from the text as written
// only where it rewrote something; elsewhere the text's own pass reads the same characters. Read
// whole, each view of a long text costs another full pass of every detector, and views nest (a
// decoded view has its own layout view): 50 KB of this project's REDACTION.md, which holds
// encoded, zero-width, boxed and right-to-left examples, took 3.6 s, and 100 KB recorded through
// the sealing pool 45 s (2026-12-05). From WINDOWED_VIEW_CHARS on, a view is read only in windows
// of VIEW_WINDOW characters either side of each rewritten unit (merged); a span that starts or
// ends within VIEW_EDGE of a window's cut edge is left out (a word or a number cut in two there
// is read whole by the text's own pass or by the neighbouring window's), and so is a reading that
// needs context further away than the window (a label more than VIEW_WINDOW - VIEW_EDGE
// characters before a rewritten value).
const WINDOWED_VIEW_CHARS = 8192;
const VIEW_WINDOW = 512;
const VIEW_EDGE = 128;

/**
 * The windows `[start, end)` of a view of `length` units around the units `changedAt` marks, merged;
 * undefined when the text is shorter than WINDOWED_VIEW_CHARS or the windows would cover more than
 * half of it (read whole then).
 */
function viewWindows(length: number, changedAt: (unit: number) => boolean): Array<[number, number]> | undefined {
  if (length < WINDOWED_VIEW_CHARS) return undefined;
  const windows: Array<[number, number]> = [];
  let covered = 0;
  for (let unit = 0; unit < length; unit++) {
    if (!changedAt(unit)) continue;
    const start = Math.max(0, unit - VIEW_WINDOW);
    const end = Math.min(length, unit + VIEW_WINDOW + 1);
    const last = windows[windows.length - 1];
    if (last !== undefined && start <= last[1]) {
      covered += end - last[1];
      last[1] = end;
    } else {
      windows.push([start, end]);
      covered += end - start;
    }
    if (covered * 2 > length) return undefined;
  }
  return windows;
}

/**
 * A view's rewritten units: its `changed` counts step there, or the unit stands for other than one
 * character of the text (characters left out before it, a zero-width one or a soft hyphen, are
 * taken into its span), or its original offsets do not follow the previous unit's.
 */
const rewrittenIn =
  (view: { changed: Int32Array; starts: Int32Array; ends: Int32Array }) =>
  (unit: number): boolean =>
    (view.changed[unit + 1] as number) > (view.changed[unit] as number) ||
    (view.ends[unit] as number) - (view.starts[unit] as number) !== 1 ||
    (unit > 0 && (view.starts[unit] as number) !== (view.ends[unit - 1] as number));

/**
 * `detect(viewText)`, or for a long view with few rewrites (viewWindows) the same read in the
 * windows around them, the spans mapped back onto `viewText`'s offsets.
 */
function detectInView(viewText: string, changedAt: (unit: number) => boolean, detect: (text: string) => Detection[]): Detection[] {
  const windows = viewWindows(viewText.length, changedAt);
  if (windows === undefined) return detect(viewText);
  const out: Detection[] = [];
  for (const [start, end] of windows) {
    for (const found of detect(viewText.slice(start, end))) {
      if ((start > 0 && found.start < VIEW_EDGE) || (end < viewText.length && found.end > end - start - VIEW_EDGE)) continue;
      out.push({ ...found, start: found.start + start, end: found.end + start });
    }
  }
  return out;
}

function detectDecoded(text: string, out: Detection[], on: number, keyIsSecret: boolean, depth: number, covering: Set<Detection> | undefined): Set<Detection> | undefined {
  const view = decodedView(text);
  if (view === undefined) return covering;
  // Without the parameter rules: the decoded text has the same parameters, and their values
  // (with any parameters encoded inside them) were scanned on their own already.
  const parameters = !text.includes('=');
  return addViewSpans(text, view, detectInView(view.text, rewrittenIn(view), (part) => detectWithFlags(part, on, keyIsSecret, depth + 1, parameters)), out, covering, false);
}

/**
 * Adds the spans `inner` found in `view` (a decoded or a normalized view of `text`) to `out`,
 * mapped onto `text` through the view's index map; returns the covering spans. `edges`: a span
 * also takes the characters the view removed right before and after it (invisible ones), unless
 * those after it begin another span.
 */
function addViewSpans(text: string, view: DecodedView, inner: Detection[], out: Detection[], covering: Set<Detection> | undefined, edges: boolean): Set<Detection> | undefined {
  // Spans found in the text as written already: not found twice.
  let taken: Set<string> | undefined;
  let innerStarts: Set<number> | undefined;
  for (const found of inner) {
    if (found.end <= found.start) continue;
    const start = view.starts[found.start] as number;
    let end = view.ends[found.end - 1] as number;
    if (edges && end < text.length && isRemoved(text, end)) {
      innerStarts ??= new Set(inner.map((detection) => detection.start));
      if (!innerStarts.has(found.end)) while (end < text.length && isRemoved(text, end)) end += text.codePointAt(end) as number > 0xffff ? 2 : 1;
    }
    if (taken === undefined) {
      taken = new Set();
      for (const known of out) taken.add(`${known.start}:${known.end}:${known.type}`);
    }
    if (taken.has(`${start}:${end}:${found.type}`)) continue;
    const mapped: Detection = { ...found, start, end, normalized: found.normalized ?? view.text.slice(found.start, found.end) };
    out.push(mapped);
    // A span over decoded characters masks whole (and so does a parameter's value found inside).
    if (found.mask !== false && ((view.changed[found.end] as number) > (view.changed[found.start] as number) || (end - start !== found.end - found.start))) (covering ??= new Set()).add(mapped);
  }
  return covering;
}

/**
 * Drops each detection that lies strictly inside a covering span (a parameter's whole value, a
 * span found in the decoded view): the covering one masks it, and keeping a higher-priority piece
 * would leave the rest of the value unmasked. O(m log m).
 */
function dropCovered(out: Detection[], covering: Set<Detection>): Detection[] {
  const spans = [...covering].sort((a, b) => a.start - b.start || b.end - a.end);
  const count = spans.length;
  const startsAt = new Float64Array(count);
  // reach[i]: the span of spans[0..i] reaching furthest right.
  const reach = new Int32Array(count);
  let best = 0;
  for (let i = 0; i < count; i++) {
    startsAt[i] = (spans[i] as Detection).start;
    if ((spans[i] as Detection).end > (spans[best] as Detection).end) best = i;
    reach[i] = best;
  }
  return out.filter((detection) => {
    if (covering.has(detection) || detection.mask === false) return true;
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((startsAt[mid] as number) <= detection.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return true;
    const cover = spans[reach[lo - 1] as number] as Detection;
    if (cover.end < detection.end) return true;
    // Strictly inside; the same span is left to overlap resolution.
    return cover.start === detection.start && cover.end === detection.end;
  });
}

/** Percent- and form-decodes one parameter name or value (invalid escapes stay as written). */
function decodeComponent(value: string): string {
  // A leading `+` before a digit stays: a calling code as people type it (`phone=+44…`).
  const spaced = value.replace(/\+/g, (plus, at: number) => (at === 0 && isDigit(value.charCodeAt(1)) ? plus : ' '));
  return decodedView(spaced)?.text ?? spaced;
}

// ------------------------------------------------------------------------------------ dispatcher

/** Detection order decides who wins an overlap: earlier rules first, then longer spans. */
const priority: Record<string, number> = {
  PRIVATE_KEY: 0, JWT: 1, URL_CREDENTIALS: 1, SLACK_WEBHOOK: 1, ANTHROPIC_KEY: 2, OPENAI_KEY: 2, GITHUB_TOKEN: 2, GITLAB_TOKEN: 2,
  SLACK_TOKEN: 2, STRIPE_KEY: 2, AWS_ACCESS_KEY: 2, AWS_ACCOUNT_ID: 2, GCP_API_KEY: 2, HUGGINGFACE_TOKEN: 2, NPM_TOKEN: 2, SENDGRID_KEY: 2,
  SHOPIFY_TOKEN: 2, LINEAR_KEY: 2, ONEPASSWORD_TOKEN: 2, DISCORD_WEBHOOK: 1, TEAMS_WEBHOOK: 1, GOOGLE_OAUTH_CLIENT_SECRET: 2, ATLASSIAN_TOKEN: 2,
  VAULT_TOKEN: 2, DOPPLER_TOKEN: 2,
  // provider-tokens.ts and key-files.ts (the sixth fresh probe of 2026-12-03), and secrets.ts' token families: above a name's span.
  GROQ_KEY: 2, GRAFANA_TOKEN: 2, DOCKER_HUB_TOKEN: 2, GOOGLE_OAUTH_TOKEN: 2, NEW_RELIC_KEY: 2, FIGMA_TOKEN: 2, NOTION_TOKEN: 2, AIRTABLE_TOKEN: 2,
  REPLICATE_TOKEN: 2, XAI_KEY: 2, PERPLEXITY_KEY: 2, ELEVENLABS_KEY: 2, PINECONE_KEY: 2, LANGSMITH_KEY: 2, NETLIFY_TOKEN: 2, AGE_SECRET_KEY: 2, ALIBABA_KEY: 2, TENCENT_KEY: 2,
  MAPBOX_TOKEN: 2, CONTENTFUL_TOKEN: 2, MAILCHIMP_KEY: 2, ZAPIER_WEBHOOK: 1, DISCORD_BOT_TOKEN: 2, TWILIO_KEY: 2, OKTA_TOKEN: 2, TOTP_SECRET: 3,
  DIGITALOCEAN_TOKEN: 2, PYPI_TOKEN: 2, SQUARE_TOKEN: 2, FACEBOOK_TOKEN: 2, POSTMAN_KEY: 2, DATABRICKS_TOKEN: 2, SUPABASE_TOKEN: 2, MAILGUN_KEY: 2, TELEGRAM_BOT_TOKEN: 2, AZURE_AD_CLIENT_SECRET: 2,
  // provider-tokens.ts' families of the third probe of 2026-12-04 (H6).
  FIREWORKS_KEY: 2, CEREBRAS_KEY: 2, NEON_KEY: 2, PLANETSCALE_TOKEN: 2, TAILSCALE_KEY: 2, SENTRY_TOKEN: 2, BRAINTREE_TOKEN: 2, FCM_SERVER_KEY: 2, HUBSPOT_TOKEN: 2,
  // A cookie's value (secrets.ts: `Cookie:` lines, curl's `-b`) had no entry, so a name-like run inside it
  // (`aa0_-Jax`) won as PERSON and left the rest raw (the K20 property test of 2026-12-04e found it).
  SESSION_COOKIE: 3,
  AUTHORIZATION_TOKEN: 3, URL_SECRET: 3, AWS_SECRET_KEY: 3, BEARER_TOKEN: 3, BASIC_AUTH: 3, PASSWORD_HASH: 3, PASSWORD: 4,
  EMAIL: 5, DOB: 5.5, IBAN: 6, CRYPTO_ADDRESS: 6, SALARY: 10, CARD: 7, SSN: 8, NATIONAL_ID: 8, PASSPORT: 8, DRIVER_LICENSE: 8, IP: 9, MRN: 10, ADDRESS: 10.5, GEO: 10.5, PHONE: 11, ICD10: 12, PERSON: 13,
  // A user beside a password in a call (call-credentials.ts): an email, a name or a phone found in it is masked as that instead.
  USERNAME: 14,
  HEALTH_PLAN_ID: 10, ACCOUNT_NUMBER: 10, LICENSE_NUMBER: 10, VEHICLE_ID: 10, LICENSE_PLATE: 10, DEVICE_ID: 10,
  // A student's number and a pet's chip, tag or licence (health-ids.ts; the probe of 2026-12-05a, L5, L9, O7), with the other record ids.
  STUDENT_ID: 10, PET_ID: 10,
  CORRECTIONAL_ID: 10,
  // Types the detectors emit that had no entry, so they took 50 and lost an overlap to a name's
  // span inside them (13), which was masked alone and left the rest of the value raw, as
  // SESSION_COOKIE's did (issue 11; overlap-priorities.test.ts): a capitalized seed phrase whose
  // words read as a name (`Coral Light Army Gather …`), a key detail's secret holding a name the
  // session knows. A wallet's mnemonic and private key are key material, as a provider's token
  // (2); a value a key, a column or a question names as a secret (turn-answers.ts, pg-details.ts,
  // redactor.ts keyLike), as a token found by its parameter (3); a card's security code, with a
  // password (4); a MAC address, with an IP (9); the health ids of identifiers.ts and a
  // provider's id of field-kinds.ts, with the other record ids (10). MEDICAL_TERM is never masked
  // (`mask: false`, left out before the ordering); a user detector's type still takes 50.
  SEED_PHRASE: 2, WALLET_PRIVATE_KEY: 2, SECRET: 3, CVV: 4, MAC_ADDRESS: 9, IDENTIFIER: 10, PROVIDER_ID: 10,
  // The special categories of GDPR Art. 9 under their labels (special-categories.ts): a labelled value, as the record ids.
  RELIGION: 10, TRADE_UNION: 10, SEXUAL_ORIENTATION: 10, ETHNIC_ORIGIN: 10, POLITICAL_OPINION: 10, DISABILITY: 10,
  // A biometric template under its member's name (health-ids.ts BIOMETRIC; L6 of the probe of 2026-12-06c): a
  // whole value, kept whole over a name or a number inside it, as the other record ids.
  BIOMETRIC: 10,
};

/**
 * Runs the enabled built-in detectors over one string. Cheap prefilters (an `@`, a digit, a
 * colon, a secret-ish word) decide which detectors run at all.
 */
// Which detectors a set enables, as bits, worked out once per set (the redactor's set lives as
// long as the redactor; detectSensitive's are short-lived): no Set lookups per string, and no
// call site in detectBuiltin that optimized code reaches without type feedback (a per-row set in
// a benchmark made V8 deoptimize detectBuiltin on every call at one such `enabled.has()`).
const [EMAIL, PHONE, CARD, IBAN, SSN, IP, SECRETS, HEALTH, PERSON, ADDRESS, SPECIAL] = BUILTIN_DETECTORS.map((_, index) => 1 << index) as [number, number, number, number, number, number, number, number, number, number, number];
const flagsBySet = new WeakMap<ReadonlySet<string>, number>();
/** The enabled built-ins of `enabled` as bits (the set must not change after its first use here). */
function enabledFlags(enabled: ReadonlySet<string>): number {
  let flags = flagsBySet.get(enabled);
  if (flags === undefined) {
    flags = flagsOf([...enabled]);
    flagsBySet.set(enabled, flags);
  }
  return flags;
}

export function detectBuiltin(text: string, enabled: ReadonlySet<string>, keyIsSecret = false): Detection[] {
  return detectWithFlags(text, enabledFlags(enabled), keyIsSecret, 0);
}

// ------------------------------------------------------------------------------ normalized view
// Detection runs on a normalized view of the text (docs/REDACTION.md, "Unicode spellings"):
// format characters (general category Cf: zero-width spaces and joiners, the soft hyphen, word
// joiner, BOM, bidi controls) and other default-ignorable code points are removed; decimal digits
// of every script (\p{Nd}: Arabic-Indic, Devanagari, mathematical, full-width) become ASCII;
// compatibility forms become their NFKC spelling, one code point at a time (full-width and
// mathematical letters, `ﬁ`, no-break and thin spaces); Unicode dashes and minus become `-`; and
// inside a word that also holds ASCII letters, Cyrillic and Greek look-alikes of Latin letters
// become those letters (`pаssword` with a Cyrillic а, `ѕk-proj-…`). The view keeps an index map
// onto the original text (the DecodedView of percent-decoding), so a span found in it masks the
// original characters, the invisible ones inside it and at its edges included. ASCII text costs
// one test; text whose view changes characters one for one (full-width digits, dashes, no-break
// spaces) is scanned once, in the view; text whose view drops or expands characters is scanned
// as written and in the view (a removed character may have been the only boundary of a value).

/** Cyrillic and Greek letters that look like ASCII letters (Unicode confusables.txt), folded in mixed words only. */
const CONFUSABLES: Record<string, string> = {
  // Cyrillic
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', ѕ: 's', і: 'i', ј: 'j', ԁ: 'd', һ: 'h', ԛ: 'q', ԝ: 'w', ӏ: 'l',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', Ѕ: 'S', І: 'I', Ј: 'J', Ԁ: 'D', Ԛ: 'Q', Ԝ: 'W', Ү: 'Y',
  // Greek
  α: 'a', ο: 'o', ρ: 'p', ν: 'v', ι: 'i', γ: 'y',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
};
const CONFUSABLE = new RegExp(`[${Object.keys(CONFUSABLES).join('')}]`);
const NON_ASCII = /[^\x00-\x7f]/;
/** Characters whose normalized spelling may differ: checked one by one (foldOf). `…` stays as written. */
// U+FFFD too: a lone surrogate inside a value becomes one when the event is made well formed, and
// must not hide the value (`jane\ud800@example.com`: a probe of 2026-12-03 found it stored raw).
// Combining marks over a digit or the punctuation of a number (`5̸3̸6̸-2̸2̸-8̸5̸1̸4̸`, Zalgo text) are
// removed: no script writes a digit with an accent. Over an ASCII letter only the overlay marks
// (U+0334-U+0338, strike-through and slash) and the enclosing marks (\p{Me}) are: other marks
// over a letter are its accent (a decomposed `é`) and stay. Group 1 is such a base and group 2
// its run of marks, matched together (a lookbehind for the base would be tried at every position,
// or again for every mark of a long run); the other alternative is one candidate character.
const CANDIDATE = /([\p{Nd}\-\u2010-\u2015\u2212.,/()+#: A-Za-z])(\p{M}+)|(?![\x00-\x7f\u2026])[\p{Cf}\p{Default_Ignorable_Code_Point}\p{Nd}\p{Changes_When_NFKC_Casefolded}\u2010-\u2015\u2212\uFFFD\p{Cs}]/gu;
const IGNORABLE = /^[\p{Cf}\p{Default_Ignorable_Code_Point}\uFFFD\p{Cs}]$/u;
const DECIMAL = /^\p{Nd}$/u;
/** The marks removed over an ASCII letter: overlays (U+0334-U+0338) and enclosing marks. */
const OVERLAY_MARK = /^[\u0334-\u0338\p{Me}]$/u;
const ASCII_LETTER_CODE = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
/** Normalized spelling per candidate character (at most 4,096, cleared whole when full). */
const folds = new Map<string, string>();

/** The normalized spelling of one code point (`char`): '' for an ignorable one. */
function foldOf(char: string): string {
  let fold = folds.get(char);
  if (fold !== undefined) return fold;
  const code = char.codePointAt(0) as number;
  if (IGNORABLE.test(char)) fold = '';
  else if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212) fold = '-';
  else if (DECIMAL.test(char)) {
    // Decimal digits are assigned in runs of ten, 0 to 9 (Unicode stability policy).
    let zero = code;
    while (DECIMAL.test(String.fromCodePoint(zero - 1))) zero--;
    fold = String.fromCharCode(48 + ((code - zero) % 10));
  } else {
    // A spelling of more than four units (Arabic ligatures of whole phrases, `U+FDFA` is 18) hides
    // nothing a detector reads and would let a short text make a long view: kept as written.
    const nfkc = char.normalize('NFKC');
    fold = nfkc === char || nfkc.length > 4 ? char : [...nfkc].map((part) => (part === char || part.charCodeAt(0) < 0x80 ? part : foldOf(part))).join('');
  }
  if (folds.size >= 4096) folds.clear();
  folds.set(char, fold);
  return fold;
}

/** True when the code point at `index` of `text` is one the view removes. */
const isRemoved = (text: string, index: number): boolean => text.charCodeAt(index) >= 0x80 && foldOf(String.fromCodePoint(text.codePointAt(index) as number)) === '';

interface NormalizedView extends DecodedView {
  /** True when every unit of the view stands for the unit of the original at the same offset. */
  sameOffsets: boolean;
}

/** The normalized view of `text`, or undefined when normalizing changes nothing. */
function normalizedView(text: string): NormalizedView | undefined {
  if (!NON_ASCII.test(text)) return undefined;
  const length = text.length;
  let pieces: string[] | undefined;
  let starts: Int32Array | undefined;
  let ends: Int32Array | undefined;
  let changed: Int32Array | undefined;
  let j = 0;
  let copied = 0;
  let pending = -1;
  let sameOffsets = true;
  const room = (extra: number) => {
    if (starts !== undefined && j + extra < starts.length) return;
    const size = Math.max(length + 1, (j + extra) * 2);
    const grow = (old: Int32Array | undefined, n: number) => {
      const array = new Int32Array(n);
      if (old !== undefined) array.set(old);
      return array;
    };
    starts = grow(starts, size);
    ends = grow(ends, size);
    changed = grow(changed, size + 1);
  };
  const copy = (to: number) => {
    if (to <= copied) return;
    room(to - copied);
    (pieces as string[]).push(text.slice(copied, to));
    for (let k = copied; k < to; k++, j++) {
      (starts as Int32Array)[j] = pending === -1 ? k : pending;
      (ends as Int32Array)[j] = k + 1;
      (changed as Int32Array)[j + 1] = (changed as Int32Array)[j] as number;
      pending = -1;
    }
    copied = to;
  };
  /** Writes `fold` for the character `char` at `at` (nothing when it is its own spelling). */
  const step = (at: number, char: string, fold: string) => {
    if (fold === char) return;
    pieces ??= [];
    copy(at);
    const next = at + char.length;
    if (fold.length !== char.length) sameOffsets = false;
    if (fold === '') {
      if (pending === -1) pending = at;
    } else {
      room(fold.length);
      pieces.push(fold);
      for (let k = 0; k < fold.length; k++, j++) {
        (starts as Int32Array)[j] = pending === -1 ? at : pending;
        (ends as Int32Array)[j] = next;
        (changed as Int32Array)[j + 1] = ((changed as Int32Array)[j] as number) + 1;
        pending = -1;
      }
    }
    copied = next;
  };
  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(text); match !== null; match = CANDIDATE.exec(text)) {
    const marks = match[2];
    if (marks === undefined) {
      step(match.index, match[0], foldOf(match[0]));
      continue;
    }
    // A base and its marks: the base as any character, then each mark removed or folded.
    const base = match[1] as string;
    if (base.charCodeAt(0) >= 0x80) step(match.index, base, foldOf(base));
    const letter = ASCII_LETTER_CODE(base.charCodeAt(0));
    let at = match.index + base.length;
    for (const mark of marks) {
      step(at, mark, !letter || OVERLAY_MARK.test(mark) ? '' : foldOf(mark));
      at += mark.length;
    }
  }
  let folded: string;
  if (pieces === undefined) {
    // Nothing but (maybe) look-alike letters to fold: one unit for one.
    folded = text;
  } else {
    copy(length);
    // A text of removed characters alone (`\u200b`, a lone variation selector) has an empty view
    // and wrote no unit: its maps are made empty here (they were left undefined, and every
    // detection and redaction of such a string failed).
    if (starts === undefined) room(0);
    // Removed characters at the very end belong to the last unit.
    if (pending !== -1 && j > 0) (ends as Int32Array)[j - 1] = length;
    folded = pieces.join('');
  }
  const confused = foldConfusables(folded);
  if (confused === undefined && pieces === undefined) return undefined;
  const view = confused ?? folded;
  if (pieces === undefined) {
    // Identity map: the look-alikes change one unit for one.
    starts = new Int32Array(length);
    ends = new Int32Array(length);
    changed = new Int32Array(length + 1);
    for (let k = 0; k < length; k++) {
      starts[k] = k;
      ends[k] = k + 1;
      changed[k + 1] = (changed[k] as number) + (view.charCodeAt(k) === text.charCodeAt(k) ? 0 : 1);
    }
    j = length;
  }
  return { text: view, starts: (starts as Int32Array).subarray(0, j), ends: (ends as Int32Array).subarray(0, j), changed: changed as Int32Array, sameOffsets };
}

/** Letters of a word for foldConfusables: ASCII letters, digits and `_`, Latin-1 to Cyrillic letters and combining marks. */
const inWord = (code: number) => isWordChar(code) || (code >= 0xc0 && code <= 0x52f && code !== 0xd7 && code !== 0xf7);

/**
 * `text` with the Cyrillic and Greek look-alikes of words that also hold an ASCII letter folded to
 * ASCII (one unit for one), or undefined when there are none. Words of one script stay as written
 * (`Пётр Иванов` is a name, not `Пётp Ивaнoв`).
 */
function foldConfusables(text: string): string | undefined {
  if (!CONFUSABLE.test(text)) return undefined;
  let out: string[] | undefined;
  let copied = 0;
  const length = text.length;
  let index = 0;
  while (index < length) {
    if (!inWord(text.charCodeAt(index))) {
      index++;
      continue;
    }
    const start = index;
    let latin = false;
    let confusable = false;
    for (; index < length && inWord(text.charCodeAt(index)); index++) {
      const code = text.charCodeAt(index);
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) latin = true;
      else if (code >= 0x370 && CONFUSABLES[text[index] as string] !== undefined) confusable = true;
    }
    if (!latin || !confusable) continue;
    out ??= [];
    out.push(text.slice(copied, start));
    for (let k = start; k < index; k++) out.push(CONFUSABLES[text[k] as string] ?? (text[k] as string));
    copied = index;
  }
  if (out === undefined) return undefined;
  out.push(text.slice(copied));
  return out.join('');
}

/**
 * `find`'s spans in `text` and in its normalized view (when it has one), mapped back onto `text`:
 * session memory finds remembered values through invisible characters and other spellings so.
 * `find` may answer with a shared (frozen) empty list, which is never added to; an empty answer
 * here may be that list too (read it, never add to it).
 */
export function findNormalized(text: string, find: (text: string) => Detection[]): Detection[] {
  let found = find(text);
  const view = normalizedView(text);
  if (view !== undefined) {
    const inner = find(view.text);
    if (inner.length > 0) {
      if (view.sameOffsets) found = found.concat(inner);
      else {
        // find may hand back a list shared between calls (an empty one): a list of this call's own.
        if (found.length === 0) found = [];
        addViewSpans(text, view, inner, found, undefined, true);
      }
    }
  }
  // A run after U+202E read as it is shown (see reversedRunsView), as the detectors read it.
  if (text.includes(RLO)) {
    const reversed = reversedRunsView(text);
    const inner = findNormalized(reversed.text, find);
    if (inner.length > 0) {
      // find may hand back a list shared between calls (an empty one): a list of this call's own.
      if (found.length === 0) found = [];
      addReversedSpans(text, reversed, inner, found);
    }
  }
  return found;
}

// ------------------------------------------------------------------------ right-to-left override
// U+202E RIGHT-TO-LEFT OVERRIDE makes every character after it, up to U+202C POP DIRECTIONAL
// FORMATTING (or the end of the paragraph), display right to left (Unicode Standard Annex #9,
// rules X4 and X6): `\u202E4158-22-635 NSS\u202C` is shown as `SSN 536-22-8514`. The normalized
// view removes the control and reads the run as stored, reversed; the reversed-run view reads it as
// shown. A cheap test (`includes`) first: text without the override costs nothing more.

const RLO = '\u202E';
/** The characters that end an override's run: PDF, PDI, and the ends of a paragraph (UAX #9 BD7, P1). */
const ENDS_OVERRIDE = /[\u202C\u2069\n\r\u2029\u0085]/g;

/**
 * `text` with each run after a U+202E read in display order (its code points reversed; a surrogate
 * pair stays one character) and the controls written as spaces, and `at[j]`: the offset in `text`
 * of the view's unit j. Same length as `text`.
 */
function reversedRunsView(text: string): { text: string; at: Int32Array } {
  const at = new Int32Array(text.length);
  const units: string[] = [];
  let index = 0;
  while (index < text.length) {
    const open = text.indexOf(RLO, index);
    const runStart = open === -1 ? text.length : open;
    for (; index < runStart; index++) {
      at[units.length] = index;
      units.push(text[index] as string);
    }
    if (open === -1) break;
    at[units.length] = open;
    units.push(' ');
    ENDS_OVERRIDE.lastIndex = open + 1;
    const close = ENDS_OVERRIDE.exec(text)?.index ?? text.length;
    // Nested overrides inside a run read as part of it (written as spaces).
    let k = close;
    while (k > open + 1) {
      let from = k - 1;
      const code = text.charCodeAt(from);
      if (code >= 0xdc00 && code <= 0xdfff && from > open + 1 && text.charCodeAt(from - 1) >= 0xd800 && text.charCodeAt(from - 1) <= 0xdbff) from--;
      for (let u = from; u < k; u++) {
        at[units.length] = u;
        units.push(text[u] === RLO || text[u] === '\u202D' ? ' ' : (text[u] as string));
      }
      k = from;
    }
    index = close;
    if (close < text.length && (text.charCodeAt(close) === 0x202c || text.charCodeAt(close) === 0x2069)) {
      at[units.length] = close;
      units.push(' ');
      index = close + 1;
    }
  }
  return { text: units.join(''), at };
}

/**
 * Spans found in the reversed-run view of `original` (reversedRunsView), mapped back: each spans
 * the original characters of its units (a reversed run's characters lie the other way round). Only
 * spans that hold a reversed character are added (the rest were found as written).
 */
function reversedRunSpans(original: string, on: number, keyIsSecret: boolean, depth: number, parameters: boolean, out: Detection[]): Detection[] {
  const view = reversedRunsView(original);
  // The units of a reversed run are those whose original offset does not follow the one before.
  const reversedAt = (unit: number): boolean => unit > 0 && (view.at[unit] as number) !== (view.at[unit - 1] as number) + 1;
  const inner = detectInView(view.text, reversedAt, (part) => detectViews(part, on, keyIsSecret, depth, parameters));
  if (inner.length === 0) return out;
  const covering = addReversedSpans(original, view, inner, out);
  return covering === undefined ? out : dropCovered(out, covering);
}

/** Adds to `out` each span of `inner` (found in `view`, reversedRunsView of `original`) that holds a reversed character, mapped back; returns those that mask, if any. */
function addReversedSpans(original: string, view: { text: string; at: Int32Array }, inner: readonly Detection[], out: Detection[]): Set<Detection> | undefined {
  let covering: Set<Detection> | undefined;
  for (const found of inner) {
    let start = original.length;
    let end = 0;
    let reversed = false;
    for (let j = found.start; j < found.end; j++) {
      const offset = view.at[j] as number;
      if (offset < start) start = offset;
      if (offset + 1 > end) end = offset + 1;
      if (j > found.start && offset < (view.at[j - 1] as number)) reversed = true;
    }
    if (!reversed || end <= start) continue;
    if (end < original.length && original.charCodeAt(end - 1) >= 0xd800 && original.charCodeAt(end - 1) <= 0xdbff) end++;
    const mapped: Detection = { ...found, start, end, normalized: found.normalized ?? view.text.slice(found.start, found.end) };
    out.push(mapped);
    if (found.mask !== false) (covering ??= new Set()).add(mapped);
  }
  return covering;
}

/** detectBuiltin with the enabled detectors as bits (see enabledFlags). */
function detectWithFlags(original: string, on: number, keyIsSecret: boolean, depth: number, parameters = true): Detection[] {
  // One libphonenumber budget per text, shared by its decoded view and its parameters' values.
  if (depth === 0) phoneParsesLeft = PHONE_PARSES_PER_TEXT;
  let out = detectViews(original, on, keyIsSecret, depth, parameters);
  if (layoutGate(original)) out = layoutSpans(original, on, keyIsSecret, depth, parameters, out);
  return original.includes(RLO) ? reversedRunSpans(original, on, keyIsSecret, depth, parameters, out) : out;
}

/** A date as file names and build ids write it first (`IMG_20261204_153012.jpg`, `Screenshot_20261204-153012.png`, `release_2026_12_04`). */
const LEADING_DATE = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])/;

/**
 * Types whose groups a tab may join in the layout view: numbers that validate on their own (Luhn
 * and issuer, the SSN's area rules, an IBAN's or a national id's check). A tab parts a table's
 * columns as often, and a phone or a date read across them is none (`1200\t34\t5678` amounts,
 * `9.99\t1984-03-12` a price and a date).
 */
const TAB_JOINED: ReadonlySet<string> = new Set(['CARD', 'SSN', 'IBAN', 'NATIONAL_ID']);

/**
 * A span found in the layout view that is none: one a tab joins, of a type that does not validate
 * on its own (TAB_JOINED); a phone whose groups an underscore joins (no numbering plan writes it),
 * or whose digits open with a date (a timestamp glued to a word).
 */
function layoutNoValue(original: string, view: LayoutView, found: Detection): boolean {
  const start = view.starts[found.start] as number;
  const end = view.ends[found.end - 1] as number;
  // A tab the view reads as a blank (a unit of its own; a wrapped line's leading tabs are removed).
  if (!TAB_JOINED.has(found.type)) for (let j = found.start; j < found.end; j++) if (original.charCodeAt(view.starts[j] as number) === 9 && view.text.charCodeAt(j) === 32) return true;
  if (found.type !== 'PHONE') return false;
  if (original.slice(start, end).includes('_')) return true;
  return LEADING_DATE.test(view.text.slice(found.start, found.end).replace(/\D/g, ''));
}

/**
 * Spans found in the layout view of `original` (layout-view.ts: an underscore or a file name's
 * dash beside a digit read as a blank, a number wrapped after its separator joined, letter-spaced
 * text closed up), mapped back: only those that hold or border a rewritten character (the rest
 * were decided in the text as written). They mask whole.
 */
function layoutSpans(original: string, on: number, keyIsSecret: boolean, depth: number, parameters: boolean, out: Detection[]): Detection[] {
  const view = layoutView(original);
  if (view === undefined) return out;
  const inner = detectInView(view.text, rewrittenIn(view), (part) => detectViews(part, on, keyIsSecret, depth, parameters)).filter((found) => found.end > found.start && touchesRewrite(view, found.start, found.end) && !layoutNoValue(original, view, found));
  if (inner.length === 0) return out;
  const before = out.length;
  addViewSpans(original, view, inner, out, undefined, false);
  if (out.length === before) return out;
  return dropCovered(out, new Set(out.slice(before).filter((found) => found.mask !== false)));
}

/** The detectors over `original` and its normalized view, mapped back onto `original`. */
function detectViews(original: string, on: number, keyIsSecret: boolean, depth: number, parameters: boolean): Detection[] {
  const view = normalizedView(original);
  if (view === undefined) return detectText(original, on, keyIsSecret, depth, parameters);
  if (view.sameOffsets) return detectText(view.text, on, keyIsSecret, depth, parameters);
  // Characters removed or expanded: the text as written, then the view, mapped back.
  const out = detectText(original, on, keyIsSecret, depth, parameters);
  const covering = addViewSpans(original, view, detectInView(view.text, rewrittenIn(view), (part) => detectText(part, on, keyIsSecret, depth, parameters)), out, undefined, true);
  return covering === undefined ? out : dropCovered(out, covering);
}

/**
 * ASCII characters whose presence the detectors below ask about (`text.includes('-')` and the like):
 * the counting pass of detectText sets their bits (TEXT_MARK_OF), one pass for all of them.
 */
const DASH_MARK = 1;
const PAREN_MARK = 2;
const LT_MARK = 4;
const UNDERSCORE_MARK = 8;
const TAB_MARK = 16;
const PERCENT_MARK = 32;
const AMPERSAND_MARK = 64;
const BACKSLASH_MARK = 128;
/** The mark of each ASCII code (0: none). */
const TEXT_MARK_OF = new Int32Array(128);
TEXT_MARK_OF[45] = DASH_MARK;
TEXT_MARK_OF[40] = PAREN_MARK;
TEXT_MARK_OF[60] = LT_MARK;
TEXT_MARK_OF[95] = UNDERSCORE_MARK;
TEXT_MARK_OF[9] = TAB_MARK;
TEXT_MARK_OF[37] = PERCENT_MARK;
TEXT_MARK_OF[38] = AMPERSAND_MARK;
TEXT_MARK_OF[92] = BACKSLASH_MARK;

/** The detectors over one text (its normalized view or the text as written). */
function detectText(text: string, on: number, keyIsSecret: boolean, depth: number, parameters: boolean): Detection[] {
  const out: Detection[] = [];
  const length = text.length;
  if (length < 3) return out;
  // One pass of character counts decides which detectors can possibly match.
  let digits = 0;
  let at = 0;
  let colons = 0;
  let dots = 0;
  // `|`: HL7 v2's field separator (hl7.ts).
  let pipes = 0;
  let letters = 0;
  // Han characters and Japanese kana (U+3040-U+9FFF): detectHanNames' gate.
  let han = 0;
  // Characters from U+0400 on (Cyrillic, Hebrew, Arabic, Indic, Thai, CJK, Hangul): the scripts of
  // script-names.ts and addresses-intl.ts.
  let wide = 0;
  // `*`; `+` and `'`: the separators of X12 and EDIFACT (edi.ts). `=`: encoded-words and
  // quoted-printable; a run of 16 base64 characters (`run`: the current one's length): a base64
  // run (encoded-text.ts).
  let stars = 0;
  let pluses = 0;
  let quotes = 0;
  let equals = 0;
  let run = 0;
  let base64Run = false;
  // The TEXT_MARK_OF bits of the characters met: `(marks & DASH_MARK) !== 0` is `text.includes('-')`.
  let marks = 0;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) {
      digits++;
      run++;
    } else if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
      letters++;
      run++;
    } else {
      if (code === 43 || code === 47 || code === 95 || code === 45) run++;
      else {
        if (run >= 16) base64Run = true;
        run = 0;
      }
      if (code < 128) marks |= TEXT_MARK_OF[code] as number;
      if (code === 64) at++;
      else if (code === 58) colons++;
      else if (code === 46) dots++;
      else if (code === 124) pipes++;
      else if (code === 42) stars++;
      else if (code === 43) pluses++;
      else if (code === 39) quotes++;
      else if (code === 61) equals++;
      else if (code >= 0xc0) {
        // Letters of other scripts (Cyrillic, Greek, accented Latin, CJK) count too.
        letters++;
        if (code >= 0x400) {
          wide++;
          if (code >= 0x3040 && code <= 0x9fff) han++; // Han, and the kana of Japanese (katakana names: detectJapaneseNames)
        }
      }
    }
  }
  if (run >= 16) base64Run = true;
  if (letters >= 3 || length >= 40) {
    if ((on & SECRETS) !== 0) detectSecrets(text, out, keyIsSecret);
    // A password an authentication log records as a user that does not exist (`Invalid user Wq7!rPz2#vLm9 from …`; L10 of 2026-12-06).
    if ((on & SECRETS) !== 0 && letters >= 8) detectUnknownUserPasswords(text, out);
  } else if (keyIsSecret && (on & SECRETS) !== 0 && length >= 3) {
    detectSecrets(text, out, keyIsSecret);
  }
  if ((on & EMAIL) !== 0) {
    if (at > 0) detectEmails(text, out);
    // Spelled-out and spaced addresses (`dave [at] example [dot] com`, `dave @ example . com`,
    // `dave at example dot com`): obfuscated-emails.ts. The shortest has six letters.
    if (length >= 9 && (at > 0 || letters >= 6)) detectObfuscatedEmails(text, out);
    // An address mistyped at a mailbox provider (`…@gmail,com`, `…@hotmail`; L16 of 2026-12-06).
    if (at > 0) detectMistypedEmails(text, out);
  }
  // ISO 8601 timestamps are everywhere in payloads and hold nothing to find.
  const timestamp = length <= 35 && isoTimestamp.test(text);
  if (digits >= 7 && !timestamp) {
    if ((on & IBAN) !== 0 && letters >= 2 && length >= 15) detectIbans(text, out);
    if ((on & IBAN) !== 0 && digits >= 26) detectNrbs(text, out);
    if (digits >= 9 && ((on & CARD) !== 0 || (on & SSN) !== 0)) {
      const groups = digitRuns(text, digits);
      if ((on & CARD) !== 0 && digits >= 12) {
        detectCards(text, out, groups);
        detectSpacedDigitCards(text, out, groups);
      }
      if ((on & SSN) !== 0) detectSsns(text, out, groups);
      // Groups joined by tabs or line breaks: a view of its own (the shared groups are rewritten).
      if ((on & CARD) !== 0 && digits >= 12) detectCardsAcrossBreaks(text, out, digits);
    }
    // EMV chip data (tags 5A, 57): the PAN glued to its tag and length.
    if ((on & CARD) !== 0 && digits >= 12 && letters >= 1 && length >= 16) detectEmvPans(text, out);
    if ((on & PHONE) !== 0) detectPhones(text, out);
  }
  // Cryptocurrency addresses by their checksums, under the iban switch (crypto-addresses.ts; F14 of the probe of 2026-12-07):
  // an address is one run of 26 or more letters and digits (base64Run: a run of 16) with a digit in it.
  if ((on & IBAN) !== 0 && base64Run && length >= 26 && digits >= 1) detectCryptoAddresses(text, out);
  // A card's or an IBAN's leading digits announced as such (`first eight digits of the card: 4556 7375`, `iban starts DE89 3704 0044`;
  // partial-accounts.ts, F14 of the probe of 2026-12-07): a card's has 6 digits, an IBAN's start two (`IBAN starts GB29 NWBK`); the shortest cue, `card starts`, 9 letters.
  if ((on & (CARD | IBAN)) !== 0 && digits >= 2 && letters >= 9 && !timestamp) detectPartialAccounts(text, out, (on & CARD) !== 0, (on & IBAN) !== 0);
  // A salary after its label and a pension reference (compensation.ts, F14 of the probe of 2026-12-07), under the iban switch (financial data).
  // One digit: an amount in thousands (`salary: 5k`, `She earns 5k a month`; two were asked before, 2026-12-08).
  if ((on & IBAN) !== 0 && digits >= 1 && letters >= 3 && !timestamp) detectCompensation(text, out, (on & PERSON) !== 0);
  // Phone numbers in words (`five five five, one two three, …`): phone-words.ts.
  // Read aloud, an SSN or a card number too (`my social is five three six, twenty-two, …`; H14),
  // fillers and a spoken dash between the groups, an id after its label and its letter (L10 of 2026-12-05c).
  if ((on & (PHONE | SSN | CARD)) !== 0 && letters >= 6 && !timestamp) detectPhoneWords(text, out, phoneHasContext, { phone: (on & PHONE) !== 0, ssn: (on & SSN) !== 0, card: (on & CARD) !== 0, ids: (on & HEALTH) !== 0 });
  // An SSN or a card after its label with OCR or homoglyph letters for digits (`SSN 4l2-67-339O`, `card 4III 1111 …`; J22).
  if ((on & (SSN | CARD)) !== 0 && digits >= 6 && letters >= 4 && !timestamp) detectOcrIds(text, out, (on & SSN) !== 0, (on & CARD) !== 0);
  // A phone after its cue with `O` for 0 or `l` for 1 (`call me on O77OO 9OO417`; L17 of 2026-12-06).
  if ((on & PHONE) !== 0 && digits >= 3 && letters >= 3 && !timestamp) detectOcrPhones(text, out);
  // Other countries' government ids (national-ids.ts), under the ssn switch: a UK NINO has six
  // digits, an Indian PAN four.
  if ((on & SSN) !== 0 && digits >= 5 && !timestamp) detectNationalIds(text, out, digits, labelledIdentifier);
  else if ((on & SSN) !== 0 && digits === 4 && letters >= 6) detectIndianPans(text, out, labelledIdentifier);
  // A passport's MRZ names line alone has no digits (mrz.ts: its structure marks it, at any length
  // OCR left it, beside a malformed data line too: L7 of the probe of 2026-12-06); detectNationalIds
  // reads the texts of 12 digits or more.
  if ((on & SSN) !== 0 && text.length >= 16 && !(digits >= 12 && !timestamp && text.length >= 36) && text.includes('<<')) detectMrz(text, out);
  if ((on & IP) !== 0 && ((digits >= 4 && dots >= 3) || colons >= 2) && !timestamp) detectIps(text, out, colons >= 2);
  // Dashes are counted only here, in a text that holds one and may reach one of the two rules below
  // (a counter in the pass above cost prose detection 5-8%, 2026-12-07). Three join the four octets
  // of a dashed IPv4 address (`ip-10-0-1-23`), five a MAC address's pairs: a text with fewer
  // (`ORD-2026-000123`) runs neither pattern.
  const dashes = (on & IP) !== 0 && (marks & DASH_MARK) !== 0 && !timestamp && (digits >= 4 || length >= 14) ? countCharacter(text, 45) : 0;
  if ((on & IP) !== 0 && digits >= 4 && letters >= 1 && !timestamp && dashes >= 3) detectDashedIps(text, out);
  // MAC addresses (mac-addresses.ts), under the ip switch: five colons, five dashes or two dots.
  if ((on & IP) !== 0 && length >= 14 && (colons >= 5 || dots >= 2 || dashes >= 5) && !timestamp) detectMacAddresses(text, out, colons >= 5 || dashes >= 5);
  // Any digit: an ICD-10 code has one or two (`I10`, `C4A`), an MRN five or more.
  // Two letters: the account label `a/c` (`a/c 4830291175`).
  if ((on & HEALTH) !== 0 && (letters >= 3 || (letters === 2 && digits >= 6))) detectHealth(text, out, digits);
  // The special categories of GDPR Art. 9 under their labels (special-categories.ts): religion, trade union, sexual orientation, ethnic origin, political opinions, a degree of disability.
  // `GdB 50` alone has three letters, `i'm gay` five (issue 11, 2026-12-07).
  if ((on & SPECIAL) !== 0 && letters >= 3) detectSpecialCategories(text, out);
  if ((on & SPECIAL) !== 0 && letters >= 4) detectProseCategories(text, out, (on & PERSON) !== 0);
  // HL7 v2 messages: the identifier fields of PID, NK1, GT1, IN1, IN2, MRG and PV1 by position (hl7.ts).
  // (A message with another field separator is read when it starts with its MSH segment.)
  if ((on & HEALTH) !== 0 && length >= 8 && letters >= 3 && (pipes > 0 || text.startsWith('MSH'))) detectHl7(text, out);
  // X12 (HIPAA) and EDIFACT interchanges: a person's elements by segment and position (edi.ts).
  if ((on & (HEALTH | PERSON)) !== 0 && length >= 8 && letters >= 3 && (stars > 0 || (pluses > 0 && quotes > 0) || text.includes('ISA') || text.includes('UNA'))) detectEdi(text, out);
  // A vCard's structured name `N:family;given;additional;prefix;suffix` (L7 of 2026-12-04g).
  if ((on & PERSON) !== 0 && letters >= 6 && vcardCue(text)) detectVcardNames(text, out);
  // Spreadsheet cells pasted with their references (`A2: Vlintuk  B2: Qxaro`, `Row 2: … | …`; L10 of 2026-12-04g).
  if ((on & (HEALTH | PERSON)) !== 0 && digits >= 2 && letters >= 6 && sheetCue(text)) detectSheetCells(text, out, on);
  // NCPDP Telecommunication Standard pharmacy claims: the patient's fields by field id (ncpdp.ts; L5 of 2026-12-04g).
  if ((on & (HEALTH | PERSON)) !== 0 && digits >= 2 && letters >= 6 && ncpdpCue(text)) detectNcpdp(text, out);
  // An airline reservation's SSR DOCS (APIS): the document's number, the date of birth and the names by position (airline.ts; L1 of 2026-12-04f);
  // SSR DOCA's address and DOCO's place of birth and visa number (issue 11).
  if ((on & (HEALTH | PERSON | SSN | ADDRESS)) !== 0 && digits >= 4 && letters >= 8 && length >= 20) detectAirlineDocs(text, out, { names: (on & PERSON) !== 0, dates: (on & HEALTH) !== 0, ids: (on & SSN) !== 0, addresses: (on & ADDRESS) !== 0 });
  // DICOM dumps (dcmdump, pydicom) and DICOM JSON: a patient's and a doctor's elements by tag (dicom.ts).
  if ((on & (HEALTH | PERSON)) !== 0 && digits >= 8 && ((marks & PAREN_MARK) !== 0 || text.indexOf('vr') !== -1)) detectDicom(text, out);
  // SWIFT MT fields 50a, 59a, 86 and NACHA entry records: a party's name, address and account by field (bank-messages.ts).
  if ((on & (PERSON | IBAN)) !== 0 && letters >= 3 && ((colons >= 2 && (text.indexOf(':5') !== -1 || text.indexOf(':86:') !== -1)) || (length >= 94 && digits >= 40))) detectBankMessages(text, out);
  // Crew lists (IMO FAL Form 5 rows, numbered crew entries) and seafarers' and pilots' documents after their labels (crew-lists.ts; L7 of 2026-12-05c).
  if ((on & (PERSON | SSN | HEALTH)) !== 0 && digits >= 4 && letters >= 3) detectCrewLists(text, out, { names: (on & PERSON) !== 0, dates: (on & HEALTH) !== 0, ids: (on & SSN) !== 0 });
  // Account names `given.surname` after an account label or a domain's backslash, and computers named after their user (account-names.ts; L6 of 2026-12-05c).
  // No gate here but the module's own (each pattern's characters, then its gatedTest): an account of one word at sshd's, sudo's or su's
  // place (`sudo: mquintanilla :`), a device named with a blank (`Hope's AirPods`) or an ARN in capitals hold no dot, `_`, `-` or `arn:`
  // (L6b of 2026-12-05c, found by a Stryker run).
  if ((on & PERSON) !== 0) detectAccountNames(text, out);
  // A person's handle after `my DNA match`, `my handle is`, `gamertag`, `aka` (account-names.ts detectHandles; L17 of probe-2026-12-05g): its own gated test.
  if ((on & PERSON) !== 0 && letters >= 8) detectHandles(text, out);
  // BAI2 cash-management files: the `03` record's account and the counterparty's name in a `16` detail's text (bank-messages.ts; L9 of 2026-12-05c).
  if ((on & (PERSON | IBAN | HEALTH)) !== 0 && digits >= 4 && length >= 12 && mayHoldBai2(text)) detectBai2(text, out, { names: (on & PERSON) !== 0, accounts: (on & (IBAN | HEALTH)) !== 0 });
  // Dates of birth are personal data under the health detector's switch (a label and a date).
  // The shortest birth cue, `b.` (`b. 12/03/1984`), has one letter; `*` and `†` (German
  // genealogy: `(*12.03.1984)`) none, but come after a name.
  // Three digits are the fewest a dated year needs with a month's name (`oct 9 91`, `3rd june 88`: L14 of 2026-12-06).
  if ((on & HEALTH) !== 0 && digits >= 3 && letters >= 1) detectBirthDates(text, out);
  // A date of birth said in words after its label (`dob is march twelfth nineteen seventy five`; L11 of 2026-12-05c): the shortest, `dob may first eighty`, has 17 letters.
  else if ((on & HEALTH) !== 0 && letters >= 16 && spokenDobGate(text)) detectSpokenBirthDates(text, out);
  // `INSERT INTO t (first_name, dob) VALUES ('Tomasz', '1982-09-30')`: each value under its column's name.
  if ((on & (HEALTH | PERSON)) !== 0 && letters >= 12 && sqlInsert(text)) detectSqlInserts(text, out, on);
  // `UPDATE t SET surname = 'Havili'`, `… WHERE last_name = 'Havili'`: each value under its column's name.
  if ((on & (HEALTH | PERSON)) !== 0 && letters >= 12 && equals > 0 && quotes > 0) detectSqlAssignments(text, out, on);
  // `last_name LIKE 'Havili%'`, `lower(last_name) = lower('Havili')`, `'Tevita Havili' AS patient_name`: each literal by its column.
  if ((on & (HEALTH | PERSON)) !== 0 && letters >= 12 && quotes >= 2 && mayHoldSqlLiterals(text)) detectSqlLiterals(text, out, on);
  // `WHERE (last_name, dob) IN (('Havili', '1984-03-12'))`, `last_name IN ('Havili')`; `COPY t (…) FROM stdin;` rows.
  if ((on & (HEALTH | PERSON)) !== 0 && letters >= 12 && quotes > 0 && sqlInCue.test(text)) detectSqlInLists(text, out, on);
  if ((on & (HEALTH | PERSON)) !== 0 && letters >= 12 && (marks & TAB_MARK) !== 0 && sqlCopyCue.test(text)) detectSqlCopy(text, out, on);
  // `EXEC sp_executesql N'… WHERE last_name = @ln', N'@ln nvarchar(50)', @ln = N'Vlintuk'`: each value by the column its parameter stands for.
  if ((on & (HEALTH | PERSON)) !== 0 && at > 0 && quotes >= 2 && letters >= 12 && sqlExecuteCue.test(text)) detectSqlExecute(text, out, on);
  // `… WHERE ssn = $1 -- PARAMETERS: ["…"]`, `binding parameter [1] as [VARCHAR] - […]`, `[["last_name", "…"]]`: logged binds by their columns.
  if ((on & (HEALTH | PERSON)) !== 0 && letters >= 12 && mayHoldLoggedBinds(text)) detectSqlLogBinds(text, out, on);
  // Names and address parts named by XML markup (`<Nm>`, `<StrtNm>`, `<PstCd>`, `<FirstName>`): xml-values.ts.
  // (One scan for a `<` in text without markup.)
  const firstTag = letters >= 8 && (on & (PERSON | ADDRESS | HEALTH | SSN)) !== 0 && (marks & LT_MARK) !== 0 ? text.indexOf('<') : -1;
  const closingTag = firstTag !== -1 && text.includes('</', firstTag);
  if ((on & (PERSON | ADDRESS)) !== 0 && closingTag) detectXmlValues(text, out);
  // HL7 CDA R2 / v3: an `<id root extension>` by its root OID or its patientRole, a PN's parts under a person; FHIR XML's
  // identifiers and name parts (xml-values.ts detectCdaValues).
  if ((on & (HEALTH | SSN | PERSON)) !== 0 && firstTag !== -1 && (closingTag || text.includes('extension=', firstTag))) {
    detectCdaValues(text, out, { governmentIds: (on & SSN) !== 0, health: (on & HEALTH) !== 0, names: (on & PERSON) !== 0 });
  }
  // A database constraint's `Key (last_name, dob)=(havili, 1984-03-12)`: each value by its column's name (pg-details.ts).
  if ((on & (HEALTH | PERSON)) !== 0 && letters >= 5 && text.includes(')=(')) detectKeyDetails(text, out);
  // Accounts in ISO 20022 `<Othr><Id>`, SWIFT `:59:/…`, after `wire to` (payments.ts).
  if ((on & (HEALTH | IBAN)) !== 0 && digits >= 6 && letters >= 2 && !timestamp) detectPaymentAccounts(text, out);
  // SIM, loyalty, employee, loan, escrow, supply and library numbers after their labels; an ICCID or EID alone (commercial-ids.ts).
  if ((on & HEALTH) !== 0 && digits >= 4 && letters >= 3 && !timestamp && mayHoldCommercialLabel(text)) {
    detectCommercialIds(text, out);
    // A social network's account id in a cookie (`c_user=100012345678901`, a cookies.txt line; cookies.ts), behind the same gate.
    detectAccountIdCookies(text, out);
  }
  if ((on & HEALTH) !== 0 && digits >= 19 && !timestamp) detectBareSimIds(text, out);
  // An IMEI with no label after a handset's cue (commercial-ids.ts; L11 of the probe of 2026-12-06c).
  if ((on & HEALTH) !== 0 && digits >= 15 && !timestamp) detectBareImeis(text, out);
  // A cheque's MICR line (`⑆021000021⑆ 4830291175⑈`, `A021000021A 4830291175C`): its account (payments.ts).
  if ((on & (HEALTH | IBAN)) !== 0 && digits >= 13 && !timestamp && mayHoldMicr(text)) detectMicrAccounts(text, out);
  // A timestamp holds no name and no street (its only letters are T and Z): the address scanner
  // would tokenize each of the thousands of `createdAt` values in a tool result.
  if ((on & PERSON) !== 0 && letters >= 2 && !timestamp) {
    const personsFrom = out.length;
    detectPersons(text, out);
    // Names by their context (`Borrowers: … & …`, `Kaya'nın`, `the Havili family`) and words that are no names there (syslog months, `Reg No`, `Hilton Honors`): name-contexts.ts.
    detectContextNames(text, out);
    dropContextNonPersons(text, out, personsFrom);
    // A name in a file's name, its words joined by `_`, `-`, `.` (`Payslip_Thandiwe_Ndlovu_Nov2026.pdf`; L20 of probe-2026-12-06): file-name-persons.ts.
    if (dots > 0) detectFileNamePersons(text, out);
    // A given name and a surname joined by `.` or `_` (`Jan.Kowalski`, `maria_garcia`), a title glued to a surname (`Dr.Smith`), and a
    // person's span glued so to a name word (`[PERSON].Kowalski` was stored; issue 11 of 2026-12-06): dotted-names.ts. A plain test, no gate.
    if (dots > 0 || (marks & UNDERSCORE_MARK) !== 0) detectDottedNames(text, out, personsFrom);
    // A compact date of birth glued to a name in a file's name (`Brunnhuber_Hildegard_03071948.pdf`; F13 of the probe of 2026-12-07): file-name-persons.ts.
    if (dots > 0 && (on & HEALTH) !== 0 && out.length > personsFrom) detectFileNameBirthDates(text, out, personsFrom);
    // A name in a URL: a profile's slug, a route's segment after a collection of persons, a user's parameter (F13 of the probe of 2026-12-07): url-names.ts.
    detectUrlNames(text, out, (on & HEALTH) !== 0);
    // A payer's or payee's initial and surname after a bank statement's code (`FPI T NDLOVU RENT`; L15 of probe-2026-12-06): statement-payees.ts.
    detectStatementPayees(text, out);
    // A nine-digit national mobile right after a name and a comma (`Maria Lopes, 934 567 890`; L6 of 2026-12-05i).
    if ((on & PHONE) !== 0 && digits >= 9 && out.length > personsFrom) detectNameCommaPhones(text, out, personsFrom);
    // A phone or a date of birth in parentheses right after a name (`Ayşe Demir (0532 418 27 63)`, `(23.04.1979)`; L2, L5 of 2026-12-05j).
    // Two digits: the fewest a date of dobDate holds (`(first of June 69)`, `(3 June 69)`: stored raw behind a gate of four).
    if ((on & (PHONE | HEALTH)) !== 0 && digits >= 2 && out.length > personsFrom && (marks & PAREN_MARK) !== 0) detectNameParenValues(text, out, personsFrom, (on & PHONE) !== 0 && digits >= 9, (on & HEALTH) !== 0);
    // A name spelled letter by letter after a spelling cue or after the name (`V-L-I-N-T-U-K`; H14).
    if (letters >= 6) detectSpelledNames(text, out);
    if (han >= 2) detectHanNames(text, out);
    // Arabic, Hebrew, Devanagari and Thai names (no capitals): script-names.ts.
    if (wide >= 2) detectScriptNames(text, out);
    // Companies in Cyrillic, Greek and Han script that the rules above took for persons (Greek
    // letters are below U+0400: not counted in `wide`): script-firms.ts.
    if (letters >= 4) dropScriptFirms(text, out, personsFrom);
    // GEDCOM tags in capitals among other tags (`Tags used: INDI, FAM, BIRT, DEAT, BURI`): no persons (O1 of probe-2026-12-05g).
    if (letters >= 12 && (text.includes('BIRT') || text.includes('BURI') || text.includes('MARR'))) dropGedcomTagNames(text, out, personsFrom);
    // A title is no part of the name (`Herr Kasimir Wendelin`, `Sig.ra`, `Frau Dr. med.`): each span starts after its titles,
    // one of titles only is dropped (names.ts trimPersonTitles; F1 of the leak probe of 2026-12-07).
    if (out.length > personsFrom) trimPersonTitles(text, out, personsFrom);
  }
  if ((on & ADDRESS) !== 0 && digits >= 1 && letters >= 2 && !timestamp) {
    detectAddresses(text, out);
    // Postal codes after their label (`postcode SW1A 1AA`, `zip 90210-1234`, `PLZ 10115`): postcodes.ts.
    if (digits >= 2) detectLabelledPostcodes(text, out);
    // Japanese, Chinese, Korean, Russian, Indian and Brazilian forms, and coordinates: addresses-intl.ts.
    detectIntlAddresses(text, out, digits, dots, wide > 0);
    // Korean, Indonesian, Philippine, Pakistani, Bangladeshi and Ethiopian forms in Latin letters (L8 of 2026-12-05c).
    detectLatinAsianAddresses(text, out);
    // German streets led by a preposition (`Am Südpark 7a, 04275 Leipzig`), Turkish `… Caddesi No: 212` (L10 of 2026-12-05e).
    if (letters >= 6) detectPrepositionAndTurkishStreets(text, out);
    // Colombian `Carrera 43A # 1 Sur-100`, Peruvian `Jr. Junín 345` (L17, L18 of 2026-12-05f).
    if (letters >= 2) detectLatinAmericanStreets(text, out);
    // Streets after an address's label of Estonia, Czechia, Slovakia, the Baltics, Greece, India, Sweden (`Aadress: Narva mnt 7-12`; L7 of 2026-12-05g).
    if (letters >= 4) detectLabelledStreets(text, out);
    // Lower-case streets after a cue of six European languages (`mi dirección es calle del pez 18`, `mieszkam na ul. długiej 17/4`; F10 of 2026-12-07).
    if (letters >= 8) detectCuedLowerStreets(text, out);
  } else if ((on & ADDRESS) !== 0 && digits === 0 && letters >= 12 && !timestamp && includesBy(text, ' on ', 2) && mayHoldHomeStreet(text)) {
    // A home's street with no number in a text with no digit (`she lives on Kestrel Terrace now`; L15 of probe-2026-12-05g): only the streets right after the home's cue.
    const from = out.length;
    detectAddresses(text, out);
    let kept = from;
    for (let k = from; k < out.length; k++) if (homeOnBefore(text, (out[k] as Detection).start)) out[kept++] = out[k] as Detection;
    out.length = kept;
  }
  // A house number read aloud before a street (`one twelve lindwurm strasse`; issue 11, 2026-12-07): phone-words.ts.
  if ((on & ADDRESS) !== 0 && letters >= 16 && !timestamp) detectSpokenHouseNumbers(text, out);
  // A vCard's `ADR` property: its street, box and postal code, and no persons in its places (L13, O4 of the probe of
  // 2026-12-06c); after the persons, which it drops there. A plain `includes`, no gate.
  if ((on & ADDRESS) !== 0 && !timestamp && text.includes('ADR')) detectVcardAddresses(text, out);
  // Arabic street addresses (`حي النخيل، شارع الأمير سلطان، مبنى 12، الرياض 12382`; L7 of the README-only probe of 2026-12-06b):
  // with no digit too (a street and a city as a member's value), and with Arabic-Indic digits only, which `digits` does not count.
  if ((on & ADDRESS) !== 0 && wide >= 3 && !timestamp) detectArabicAddresses(text, out);
  // GEDCOM records: names, birth dates and addresses by tag, and the over-reads of their levels, tags and places dropped (gedcom.ts; L1, O1 of probe-2026-12-05g).
  // (gedcomCue needs a level digit: a text with none is not asked, its regex tried at every line start.)
  if ((on & (PERSON | HEALTH | ADDRESS)) !== 0 && length >= 10 && letters >= 8 && digits > 0 && gedcomCue(text)) {
    detectGedcom(text, out, { names: (on & PERSON) !== 0, dates: (on & HEALTH) !== 0, addresses: (on & ADDRESS) !== 0, contacts: (on & (PHONE | EMAIL)) === (PHONE | EMAIL) });
  }
  // Query and form parameters (`?email=…&last_name=Vogt`): the parameter's name decides, as a JSON key does.
  let covering: Set<Detection> | undefined;
  if (on === 0) return out;
  if (parameters && equals > 0) covering = detectParameters(text, out, on, covering, false, depth);
  // Percent- and form-encoded text (`amara%40clinic.org`, `%2B44%2020%207946%200958`,
  // `Hauptstra%C3%9Fe+5`) and character references (`dave&#64;example.com`): detected in its
  // decoded view, each span mapped back onto the encoding.
  if (depth < MAX_DECODINGS && ((marks & (PERCENT_MARK | AMPERSAND_MARK | BACKSLASH_MARK)) !== 0 || (pluses > 0 && equals > 0) || (wide > 0 && (text.includes('。') || text.includes('｡'))))) covering = detectDecoded(text, out, on, keyIsSecret, depth, covering);
  // Text in base64, quoted-printable or hex (encoded-words, MIME bodies, `payload=eyJ…`, `3533362d…`): detected in
  // its decoded view, a finding masking the whole encoded run (encoded-text.ts); once, not in decoded text.
  // A base64 run asks for the view only when one may decode (mayHoldDecodableRun) or the view's other readers may find theirs:
  // an encoded-word's or quoted-printable's `=`, hex pairs (mayHoldHexPairs, the view's own gate of them).
  const encodedRun = base64Run && (equals > 0 || mayHoldDecodableRun(text) || mayHoldHexPairs(text));
  if (depth === 0 && length >= 16 && (encodedRun || (equals > 0 && mayHoldEncodedText(text)) || (digits >= 8 && length >= 23 && !timestamp && mayHoldHexPairs(text)))) covering = detectEncodedText(text, out, on, keyIsSecret, covering);
  return covering === undefined ? out : dropCovered(out, covering);
}

/** Runs the detectors on the view of `text` with its base64 and quoted-printable runs decoded; a span over decoded text covers its whole run. */
function detectEncodedText(text: string, out: Detection[], on: number, keyIsSecret: boolean, covering: Set<Detection> | undefined): Set<Detection> | undefined {
  const view = encodedTextView(text);
  if (view === undefined) return covering;
  return addViewSpans(text, view, detectWithFlags(view.text, on, keyIsSecret, 1, true), out, covering, false);
}

/** Whether `text` holds a home's cue before a capitalized word (addresses.ts homeOnWord). */
function mayHoldHomeStreet(text: string): boolean {
  homeOnWord.lastIndex = 0;
  return homeOnWord.test(text);
}

const isoTimestamp = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Orders detections and drops those overlapping a higher-priority or longer one. */
export function resolveOverlaps(detections: readonly Detection[]): Detection[] {
  return resolveSpans(detections, priorityOf);
}
const priorityOf = (type: string): number => priority[type] ?? 50;
/** The overlap priority of a detection's type (lower wins; 50 for a type the table lacks: a user detector's). For tests. */
export const overlapPriority = priorityOf;

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
  return resolveOverlaps(detectWithFlags(text, options.builtins === undefined ? ALL_FLAGS : flagsOf(options.builtins), false, 0));
}
const ALL_FLAGS = (1 << BUILTIN_DETECTORS.length) - 1;
function flagsOf(names: readonly string[]): number {
  let flags = 0;
  for (const name of names) {
    const index = (BUILTIN_DETECTORS as readonly string[]).indexOf(name);
    if (index !== -1) flags |= 1 << index;
  }
  return flags;
}
