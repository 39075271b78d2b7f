import { getCountries, getCountryCallingCode } from 'libphonenumber-js/min';
import type { Detection } from './types.js';
import { ibanLength } from './internal/checks.js';
import { detectBuiltin } from './detectors.js';
import { isHyphenatedSurname } from './names.js';

// ------------------------------------------------------------------- values cut at a chunk's end
// Values streamed over chunks (L9 of the sixteenth probe, 2026-12-05i; issue 11): a model's answer
// streamed as one `model.response` event per chunk cut an IBAN (`Pay goes to DE89 3704 0044 ` +
// `0532 0130 00 as before.`), a phone with its country code (`+33 6 12 ` + `34 56 78`), a date of
// birth (`born 02.08.` + `1969.`) and an SSN (`SSN 536-22-` + `8514`). The redactor joined the
// second chunk to the end kept from the first and masked the rest there (redactor.ts noteEnd,
// continuedSpans), but the first chunk's part, no whole value by itself, was sealed raw. The ledger
// never holds an event back, so the first chunk's part is masked when that chunk is redacted, by
// what a value's start looks like at the very end of a streamed string:
//
// - a value with no cue, by its own shape: an international phone number begun (`+`, a country
//   calling code of libphonenumber's metadata and at least two more digits, five or more in all:
//   `+33 6 12`, `+48 601`), and an IBAN begun (a country with an IBAN, two check digits and the
//   BBAN's first characters, compact or in groups of four, at least 10 characters and fewer than
//   the country's length: `DE89 3704 0044`);
// - a value its cue makes one (a birth label's date, an SSN label's number): the end completed by
//   a filler of the same shape (`02.08.` + `1970`, `536-22-` + `4321`, `12 March` + ` 1970`,
//   `March 12th` + ` 1970`) and read by the built-in detectors themselves, so every cue they know, in
//   every language, counts, and a date or number with no cue stays (`Meeting on 12.03.`, `Build
//   536-22-`). The part before the filler of a date of birth or SSN the detectors find across it is
//   the value's start.
//
// The redactor masks such a start (its own pseudonym: the whole value is not known yet) and keeps
// the chunk's raw end for the next chunk, which the join then masks as the whole value.

/** Country calling codes (`1`, `33`, `48`, …), worked out once on first use. */
let callingCodes: Set<string> | undefined;
function callingCode(digits: string): string | undefined {
  if (callingCodes === undefined) {
    callingCodes = new Set();
    for (const country of getCountries()) callingCodes.add(getCountryCallingCode(country));
  }
  for (let size = 1; size <= 3; size++) if (callingCodes.has(digits.slice(0, size))) return digits.slice(0, size);
  return undefined;
}

const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;
const isAlnumCode = (code: number): boolean => isDigitCode(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
/** Separators a value may be cut after: blanks, `-`, `.`, `/`. */
const isCutSeparator = (code: number): boolean => code === 32 || code === 9 || code === 0xa0 || code === 45 || code === 46 || code === 47;

/**
 * An international phone number begun at `end`: `+`, a calling code and its first digits in groups
 * of one separator (a blank, `-` or `.`), five to fourteen digits in all, two or more after the
 * calling code. The `+` stands after a blank, `(`, `:`, a quote or the start, and not after a
 * number and a blank (`3 +33 6`: a sum).
 */
function phoneStart(text: string, end: number): Detection | undefined {
  let at = end;
  while (at > 0 && end - at < 24) {
    const code = text.charCodeAt(at - 1);
    if (isDigitCode(code)) at--;
    else if ((code === 32 || code === 45 || code === 46) && at - 1 > 0 && isDigitCode(text.charCodeAt(at - 2))) at--;
    else break;
  }
  if (at === 0 || text.charCodeAt(at - 1) !== 43 || !isDigitCode(text.charCodeAt(at))) return undefined;
  const plus = at - 1;
  if (plus > 0) {
    const before = text.charCodeAt(plus - 1);
    if (before === 32 || before === 9) {
      let k = plus - 1;
      while (k > 0 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
      const word = k > 0 ? text.charCodeAt(k - 1) : 32;
      if (isDigitCode(word) || '=+-*/<>^%'.includes(String.fromCharCode(word))) return undefined;
    } else if (!(before === 40 || before === 58 || before === 34 || before === 39)) return undefined;
  }
  let digits = '';
  for (let k = at; k < end; k++) if (isDigitCode(text.charCodeAt(k))) digits += text[k];
  if (digits.length < 5 || digits.length > 14) return undefined;
  const code = callingCode(digits);
  if (code === undefined || digits.length - code.length < 2) return undefined;
  return { start: plus, end, type: 'PHONE', class: 'pii.phone', normalized: `+${digits}` };
}

/** An IBAN's country code, check digits and BBAN begun, compact or in groups of four, at the end of `tail`. */
const IBAN_START = /(?<![A-Za-z0-9])([A-Z]{2})\d{2}(?:[A-Z0-9]{6,30}|(?: [A-Z0-9]{4}){1,7}(?: [A-Z0-9]{1,3})?|(?:-[A-Z0-9]{4}){1,7}(?:-[A-Z0-9]{1,3})?)$/;
function ibanStart(text: string, end: number): Detection | undefined {
  const from = Math.max(0, end - 48);
  const match = IBAN_START.exec(text.slice(from, end));
  if (match === null) return undefined;
  const full = ibanLength(match[1] as string);
  const compact = match[0].replace(/[ -]/g, '');
  if (full === undefined || compact.length < 10 || compact.length >= full) return undefined;
  return { start: from + match.index, end, type: 'IBAN', class: 'financial.iban', normalized: compact };
}

/**
 * A payment card's first groups at the end of `text` (the open part of L9 of 2026-12-05i: `Please charge
 * 4111 1111 ` + `1111 1111 for the order.` left `4111 1111` raw): a first group of an issuer's range
 * (Visa `4`, Mastercard `51`-`55`, Discover `6011`/`644`-`649`/`65`, JCB `35`) and one or two more groups
 * of four with one separator (a blank or `-`), or a Mastercard `2221`-`2720` first group and two more;
 * American Express `34`/`37` as 4-6; or twelve to fifteen such digits compact. Not after a digit and a
 * separator (a longer run of numbers), a dot, a comma or a slash.
 */
const CARD_START = /(?<![\d.,/]|\d[ -])(?:(?:4\d{3}|5[1-5]\d{2}|6011|64[4-9]\d|65\d{2}|35\d{2})([ -])\d{4}(?:\1\d{4})?|(?:222[1-9]|22[3-9]\d|2[3-6]\d{2}|27[01]\d|2720)([ -])\d{4}\2\d{4}|3[47]\d{2}[ -]\d{6}|(?:4|5[1-5]|6011|65|3[47])\d{10,13})$/;
function cardStart(text: string, end: number): Detection | undefined {
  const from = Math.max(0, end - 24);
  const match = CARD_START.exec(text.slice(from, end));
  if (match === null) return undefined;
  const start = from + match.index;
  return { start, end, type: 'CARD', class: 'payment.card', normalized: match[0].replace(/[ -]/g, '') };
}

/**
 * Ends of a value its cue makes one, each with the filler that completes it (a date's year, day, an
 * SSN's last groups), read on the last 40 characters before the blanks at the end. `$1` in a filler is
 * the separator the value uses.
 */
const CUE_ENDS: ReadonlyArray<readonly [RegExp, string]> = [
  // A day and a month, or a month and a day, before their year: `02.08.`, `03/12/`, `14-03-`.
  [/(?<![\d./-])\d{1,2}([./-])\d{1,2}\1$/, '1970'],
  // A year and a month before the day: `1984-03-`, `1984/3/`.
  [/(?<![\d./-])\d{4}([./-])\d{1,2}\1$/, '15'],
  // A year before the month and day: `1984-`.
  [/(?<![\d./-])(?:19|20)\d{2}([./-])$/, '06$115'],
  // An SSN's area and group, or its area alone: `536-22-`, `536 22 ` (its blank left out), `536-`.
  [/(?<![\d./-])\d{3}-\d{2}-$/, '4321'],
  [/(?<![\d./-])\d{3} \d{2}$/, ' 4321'],
  [/(?<![\d./-])\d{3}-$/, '22-4321'],
  // A day and a month's name before their year: `12 March`, `12. März`, `1er mars`, `12th of March`.
  [/(?<![\p{L}\p{N}])\d{1,2}(?:\.|st|nd|rd|th|er)?(?: of| de)? \p{L}{3,12}\.?$/u, ' 1970'],
  // A month's name and a day before the year: `March 12,`, `March 12`.
  [/(?<![\p{L}\p{N}])\p{L}{3,12}\.? \d{1,2}(?:st|nd|rd|th)?,?$/u, ' 1970'],
];
const CUE_TYPES: ReadonlySet<string> = new Set(['DOB', 'SSN']);
/** The detectors that read a cue's value (dates of birth are read by `health`). */
const CUE_DETECTORS = ['ssn', 'health'] as const;

function cueValueStart(text: string, end: number, enabled: ReadonlySet<string>): Detection | undefined {
  const tail = text.slice(Math.max(0, end - 40), end);
  let filler: string | undefined;
  for (const [shape, fill] of CUE_ENDS) {
    const match = shape.exec(tail);
    if (match !== null) {
      filler = fill.replace('$1', match[1] ?? '');
      break;
    }
  }
  if (filler === undefined) return undefined;
  const readers = new Set<string>();
  for (const name of CUE_DETECTORS) if (enabled.has(name)) readers.add(name);
  if (readers.size === 0) return undefined;
  const across = startAcrossSeam(text, end, 64, filler, readers, (detection) => CUE_TYPES.has(detection.type));
  if (across === null) return undefined;
  if (across !== undefined) return across;
  return readers.has('health') && filler === '1970' ? cueAfterDateStart(text, end) : undefined;
}

/**
 * The part before `end` of the first detection by `readers` (one that `accept` takes) that runs over the
 * seam when the last `back` characters before `end` are read with `filler` after them, mapped onto `text`;
 * undefined for none; null when the detectors failed (the string's own detection reports that).
 */
function startAcrossSeam(text: string, end: number, back: number, filler: string, readers: ReadonlySet<string>, accept: (detection: Detection) => boolean): Detection | undefined | null {
  const from = Math.max(0, end - back);
  const seam = end - from;
  let found: Detection[];
  try {
    found = detectBuiltin(text.slice(from, end) + filler, readers);
  } catch {
    return null;
  }
  for (const detection of found) {
    if (!accept(detection) || detection.start >= seam || detection.end <= seam) continue;
    const start = from + detection.start;
    return { start, end, type: detection.type, class: detection.class, normalized: text.slice(start, end) };
  }
  return undefined;
}

/**
 * A German or Dutch sentence that puts its cue after the date (`Er ist am 14.03.` + `1981 in Graz geboren.`,
 * `Zij is op 21-06-` + `1990 in Gent geboren.`; the open part of L9 of 2026-12-05i): the first chunk holds no
 * cue yet. A day and a month cut at the end after a person and a verb of being with `am`/`den`/`op` (a
 * pronoun, or a possessive and a kinship word: `Sie wurde am`, `Mein Sohn ist am`, `Hij is op`) are a date of
 * birth's start, as a perfect tense of being born opens; a thing's date (`Der Termin ist am 14.03.`, `Meeting
 * on 12.03.`) has no such subject and stays.
 */
const BORN_FRAME = /(?:^|[^\p{L}])(?:ich|du|er|sie|wir|ihr|ik|jij|je|hij|zij|ze|wij|we|(?:mein|meine|dein|deine|sein|seine|ihr|ihre|unser|unsere|mijn|jouw|zijn|haar|onze|ons)\s+(?:sohn|tochter|mutter|vater|bruder|schwester|kind|enkel|enkelin|frau|mann|oma|opa|großmutter|großvater|grossmutter|grossvater|zoon|dochter|moeder|vader|broer|zus|zuster|kleinzoon|kleindochter|vrouw|man))\s+(?:bin|bist|ist|sind|seid|wurde|wurdest|wurden|war|warst|waren|ben|bent|is|zijn|werd|werden|was|waren)\s+(?:am|den|op)\s+$/iu;
const DAY_MONTH_END = /(?<![\d./-])\d{1,2}([./-])\d{1,2}\1$/;
function cueAfterDateStart(text: string, end: number): Detection | undefined {
  const from = Math.max(0, end - 64);
  const tail = text.slice(from, end);
  const date = DAY_MONTH_END.exec(tail);
  if (date === null || !BORN_FRAME.test(tail.slice(0, date.index))) return undefined;
  const start = from + date.index;
  return { start, end, type: 'DOB', class: 'pii.date_of_birth', normalized: text.slice(start, end) };
}

/** A day with its ordinal's letters (`12th`, `1st`): the end of `March 12th`. */
const ORDINAL_DAY = /^\d{1,2}(?:st|nd|rd|th)$/;

/**
 * A hex key begun after its name (L6 of the seventeenth probe, 2026-12-05j: `The DLMS authentication key is
 * D0D1D2D3D4D5D6D7` + `D8D9DADBDCDDDEDF …`): 12 to 31 hex digits in one case, letters and digits both, at
 * the end, completed to 32 by a random filler of that case and read by the secrets detector itself, so
 * only a key its name makes one (a meter's `AK=`, `authentication key is`, a SIM's `Ki:`) counts and a bare
 * hex run (a commit, a request id) stays.
 */
const HEX_RUN = /(?<![0-9A-Za-z])[0-9A-Fa-f]{12,31}$/;
const HEX_FILLER = '9c4e1a7b3f6d208e5a1c9b7d3e0f2a6c';
const SECRET_READERS: ReadonlySet<string> = new Set(['secrets']);
function hexKeyStart(text: string, end: number, enabled: ReadonlySet<string>): Detection | undefined {
  if (!enabled.has('secrets')) return undefined;
  const run = HEX_RUN.exec(text.slice(Math.max(0, end - 32), end))?.[0];
  if (run === undefined || !/\d/.test(run) || !/[A-Fa-f]/.test(run)) return undefined;
  const upper = run.toUpperCase();
  if (run !== upper && run !== run.toLowerCase()) return undefined;
  const fill = HEX_FILLER.slice(0, 32 - run.length);
  return startAcrossSeam(text, end, 120, run === upper ? fill.toUpperCase() : fill, SECRET_READERS, (detection) => detection.class === 'secret') ?? undefined;
}

/**
 * A double-barrelled surname cut at its hyphen right after a label (L1 of the seventeenth probe,
 * 2026-12-05j: `Narrative: Demirtaş-` + `Yıldız, a 62-year-old man …`, `Case summary: Oyelaran-` +
 * `Mbeki, …`): the label's value, a narrative's subject, is begun at the chunk's end. A label is a
 * line's first one to three words, or `SAE 0412`, before a colon; the word must read as a surname's
 * first part with any second part (names.ts isHyphenatedSurname: no frequent word, no prefix of a
 * compound), so `Narrative: Follow-`, `Summary: Post-`, `Notes: Long-` stay.
 */
const LABELLED_CUT_WORD = /(?:^|\n)[ \t]*\p{L}[\p{L}\p{N}]{1,20}(?:[ \t][\p{L}\p{N}]{1,20}){0,2}[ \t]{0,2}:[ \t]{1,3}(\p{Lu}[\p{Ll}\p{M}'’]{2,30})-$/u;
function surnameStart(text: string, end: number): Detection | undefined {
  const from = Math.max(0, end - 72);
  const match = LABELLED_CUT_WORD.exec(text.slice(from, end));
  if (match === null) return undefined;
  const word = match[1] as string;
  if (!isHyphenatedSurname(`${word}-Zxqvor`)) return undefined;
  const start = from + match.index + match[0].length - word.length - 1;
  return { start, end: start + word.length, type: 'PERSON', class: 'pii.person', normalized: word.normalize('NFC').toLowerCase() };
}

/**
 * The start of a value cut at the very end of a streamed string (blanks and up to three separators
 * after it left out): an international phone number, an IBAN, or a date of birth or SSN after its
 * cue (above). Reads the string's last 64 characters at most, and runs the detectors of a cue's value
 * on them only when the end has a date's or an SSN's shape.
 */
export function cutValueAtEnd(text: string, enabled: ReadonlySet<string>): Detection | undefined {
  const n = text.length;
  if (n < 5) return undefined;
  // Blanks at the end, then (for the values with no cue) a separator after the last group.
  let end = n;
  while (end > 0 && n - end < 3 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9 || text.charCodeAt(end - 1) === 0xa0)) end--;
  if (end < 5) return undefined;
  const last = text.charCodeAt(end - 1);
  if (isCutSeparator(last) || isDigitCode(last)) {
    let bare = end;
    while (bare > 0 && end - bare < 2 && isCutSeparator(text.charCodeAt(bare - 1))) bare--;
    if (bare > 0 && isDigitCode(text.charCodeAt(bare - 1))) {
      if (enabled.has('phone')) {
        const phone = phoneStart(text, bare);
        if (phone !== undefined) return phone;
      }
      if (enabled.has('iban')) {
        const iban = ibanStart(text, bare);
        if (iban !== undefined) return iban;
      }
      if (enabled.has('card')) {
        const card = cardStart(text, bare);
        if (card !== undefined) return card;
      }
    }
    if (last === 45 && enabled.has('person')) {
      const surname = surnameStart(text, end);
      if (surname !== undefined) return surname;
    }
    return cueValueStart(text, end, enabled) ?? (isDigitCode(last) ? hexKeyStart(text, end, enabled) : undefined);
  }
  if (last === 44) return cueValueStart(text, end, enabled);
  if (isAlnumCode(last) || last > 127) {
    const key = (last >= 65 && last <= 70) || (last >= 97 && last <= 102) ? hexKeyStart(text, end, enabled) : undefined;
    if (key !== undefined) return key;
    // A month's name after a day (`born on 12 March`): the word before the last one holds a digit;
    // or a day with its ordinal after a month's name (`born March 12th`).
    let k = end;
    while (k > 0 && end - k < 14 && text.charCodeAt(k - 1) !== 32) k--;
    if (k < 2 || text.charCodeAt(k - 1) !== 32) return undefined;
    let digit = ORDINAL_DAY.test(text.slice(k, end));
    for (let j = k - 2; j >= 0 && j >= k - 8 && text.charCodeAt(j) !== 32; j--) if (isDigitCode(text.charCodeAt(j))) digit = true;
    // `12th of March`, `12 de marzo`: a short word between.
    if (!digit && k >= 5 && /\d(?:\.|st|nd|rd|th|er)? (?:of|de)$/.test(text.slice(Math.max(0, k - 10), k - 1))) digit = true;
    return digit ? cueValueStart(text, end, enabled) : undefined;
  }
  return undefined;
}
