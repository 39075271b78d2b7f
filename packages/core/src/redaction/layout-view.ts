/**
 * The layout view (the second probe of 2026-12-04, G6, G9, G15, G16): a text as a reader sees it
 * where its layout, not its characters, hides the bounds of an identifier. Five rewrites, each
 * local and linear:
 *
 * - in a file name (a token that ends in `.` and an extension of 2-5 letters and digits, one a
 *   letter), an underscore beside a digit and a dash between a letter and a digit are blanks
 *   (`ssn_412673390.pdf`, `card_4111…_receipt.txt`, `voicemail_+14155550132_20261204.wav`,
 *   `intake-536-22-8514.pdf`): `_` is a word character, so a number glued to a word by it had no
 *   boundary; and an underscore between two digits anywhere (`ssn 523_45_6789`). Elsewhere `_`
 *   and `-` still tie a number into an identifier (`x_4111111111111111`, `SSN_536228514`,
 *   `SKU-536-22-1234`);
 * - a line break (and the blanks or tabs starting the next line) right after a separator (`-`, or
 *   one to three blanks) after a digit, with a digit (or `(`) starting the next line, is removed:
 *   a number wrapped by text extracted from a PDF (`Social Security Number: 536-22-\n8514`,
 *   `(415) 555-\n0132`);
 * - letter-spaced text (PDF extraction): a run of four or more single characters, each apart from
 *   the next by one blank, at least three of them letters or digits, and a letter among them or
 *   a letter-spaced run right before, is read without those blanks;
 *   two or three blanks between two such runs are one word gap; a blank after a `:` stays
 *   (`S S N :  5 3 6 - 2 2 - 8 5 1 4` is read as `SSN: 536-22-8514`,
 *   `N A M E : Q X A R O   V L I N T U K` as `NAME: QXARO VLINTUK`);
 * - boxes of a form (the third probe of 2026-12-04, H8: OCR of a form that gives each character a
 *   box): a run of four or more boxes, three of them holding a digit, is read as its characters.
 *   A box is `[c]`, `(c)`, or `|c|` with any vertical of `|` U+007C, `│` U+2502, `┃` U+2503,
 *   `║` U+2551 (two boxes side by side share it), `c` one letter, digit, `-`, `/` or `.` with up
 *   to two blanks either side, or only blanks (an empty box, read as one blank). Between two
 *   boxes up to three blanks, `-`, `/` or `.` stay as a separator, except blanks that stand
 *   between every two boxes of the run alike, which are spacing (`[5] [3] [6] [2]`):
 *   `|5|3|6|2|2|8|5|1|4|` is read as `536228514`, `[4][1][1][1] [1][1][1][1]` as `4111 1111`,
 *   `║1║9║7║9║-║1║1║` as `1979-11`;
 * - control characters (the third probe of 2026-12-04, H7). The invisible ones, C0 but for tab, LF,
 *   VT, FF and CR, DEL, and C1 but for NEL (U+0000-U+0008, U+000E-U+001F, U+007F, U+0080-U+0084,
 *   U+0086-U+009F: nothing a reader sees), are removed (`qxaro.vlintuk\0@example.org`, UTF-16 read
 *   as bytes: `S\0S\0N\0`), except a run of them between two groups of two digits or more, read as
 *   one blank: it stands where the number's separator stood (`536\u000022\u00008514`, a field
 *   padded with NUL). The blanks among controls, tab, VT, FF, NEL U+0085 and the Unicode line
 *   and paragraph separators U+2028, U+2029, are read as a blank in a run of one to three between
 *   two digits, as a space there is (`SSN\t536\t22\t8514`, `412\u202867\u20283390`): the separator
 *   class (internal/separators.ts) has a space and no tab, so each number detector sees them
 *   here; a tab parts a table's columns as often, so only a number that validates on its own
 *   (card, SSN, IBAN, national id) is taken across one (detectors.ts layoutNoValue: `1200\t34\t5678`
 *   is no phone). LF and CR stay (a column of numbers one per line is no number; a number wrapped
 *   after its separator is the rule above).
 *
 * - form fill leaders (the ninth probe of 2026-12-05, L18: printed forms, OCR, typewriter-style
 *   reports): a run of four or more dots (`.`, `·`, or `. . . .` a blank between each), of two or
 *   more `…` (`‥`, `⋯`; mixed with dots, `…` counts three), or of three or more underscores, after
 *   a label (a letter, `)` or `#`, up to three blanks before the run) and before a value on the
 *   same line, is read as `: ` (the blanks around it removed): `Date of birth .......... 03/14/1951`
 *   as `Date of birth: 03/14/1951`, `NAME.........MOLLQUIST, ORVENNA` as `NAME: MOLLQUIST, ORVENNA`,
 *   `Name_____Siosaia Taufa` as `Name: Siosaia Taufa`; so every detector that reads a label and
 *   its `:` reads a form's leader too. After a label's own `:` the run is a blank (`Patient name:
 *   ____Siosaia Taufa`); a run that ends its line (the rest of a field: `Siosaia Taufa_____`) is
 *   removed. Three dots (an ellipsis), one `…`, two underscores (`__init__`) and a run after a
 *   number (`Chapter 1 ........ 12`) stay.
 *
 * - folded content lines of iCalendar (RFC 5545 §3.1) and vCard (RFC 6350 §3.2): in a text that
 *   holds such an object (`BEGIN:VCALENDAR`, `BEGIN:VEVENT`, `BEGIN:VCARD`, …) or opens a line with
 *   one of their personal properties (`ATTENDEE;`, `ORGANIZER:`, `DESCRIPTION:`, `LOCATION:`,
 *   `EMAIL;`, `TEL:`, `FN:`, …), a line break followed by one blank or tab is removed with that
 *   blank: the two pieces of a value are one again (`mailto:leonor\r\n ora.castellanos@posteo.net`,
 *   `CN=Leonora Cas\n tellanos`, `206-55\n 5-0166`; L12 of the twelfth probe, 2026-12-05e, stored
 *   the first piece raw). Elsewhere a line break and a blank are the text's own (an indented list).
 *
 * The detectors read the view only when layoutGate finds one of these shapes (ordinary text pays
 * one regular expression test); a span found there is kept only when it touches a rewritten
 * character, so what the text as written shows is decided there, and a number found in the view
 * must validate as any other (checksum, SSN area rules, phone parsing).
 */

import type { TextView } from './internal/text-view.js';
import { lastIndexOfWithin } from './internal/lines.js';
import { gatedTest } from './internal/prefilter.js';
/** A view of a text (internal/text-view.ts): changed[j] counts the first j units that were rewritten or follow removed characters. */
export type LayoutView = TextView;

/**
 * Tests for the shapes, each behind a cheaper one (ordinary text pays an `includes` or two and
 * two short expressions): `_` beside a digit run long enough to be a group of an id (three
 * digits before it and one after, nine beside it, or a group of three after it and a group of four
 * before it with a separator: `523_45`, `ssn_412673390`, `…1111_receipt`, `scan_523-45-6780_final`;
 * a tool call's `call_00000001` does not open the view); a letter, a dash and three digits in a
 * token that ends in an extension, or four digits, a dash and a letter (file names); a digit, a
 * separator and a line break before a digit; four single characters apart by blanks; two boxes
 * side by side, the second holding a digit; an invisible control, or a tab or line separator after
 * a digit (the last two behind one scan for their characters). Linear: no nested quantifier, every
 * repetition bounded.
 */
const UNDERSCORE_GATE = /\d{3}_\d|_\+?\d{3}(?:\d{6}|[^\d\s_]\d)|\d(?:\d{8}|[^\d\s_]\d{4})_/;
const DASH_GATE = /[A-Za-z]-\+?\d{3}[\w+.-]{0,64}\.[A-Za-z]|\d{4}-[A-Za-z]/;
const WRAP_GATE = /\d[ -]{1,3}\r?\n[ \t]{0,8}[\d(]/;
const SPACED_HINT = / \S \S \S(?!\S)/;
const SPACED_GATE = /(?<!\S)\S \S \S \S(?!\S)/;
/** Two boxes side by side, the second holding a digit (`|5|3`, `][3]`, `)(3)`, `] [3]`). */
const BOX_GATE = /[\])|\u2502\u2503\u2551] {0,3}[[(|\u2502\u2503\u2551]? {0,2}\d {0,2}[\])|\u2502\u2503\u2551]/;
/** An invisible control anywhere, or a blank control or line separator after a digit. */
const CONTROL_GATE = /[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]|\d[\t\v\f\x85\u2028\u2029]/;
/** A box's closing side, a control character but LF and CR, or a line separator: one scan before BOX_GATE and CONTROL_GATE. */
const BOX_OR_CONTROL_HINT = /[\])|\u2502\u2503\u2551\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]/;
/**
 * The hints as gates (the same answers), asked of texts of GATED_FROM characters or more: from
 * there detectText asks the secrets' gates of every text (under the secrets' switch), so the
 * text's mask is worked out once, whoever asks first, and a gate is one bit test where the hint was
 * a search of the whole text (2026-12-07, issue 19). A shorter text may hold too few letters for
 * any gate to be asked (an id, a timestamp): its mask would be a pass of its own, and the search of
 * a few characters is cheaper.
 */
const GATED_FROM = 40;
const boxOrControlHint = gatedTest(BOX_OR_CONTROL_HINT);

/** A label's last character, up to three blanks, and a leader (see above; the run's length is checked by formLeaders). */
const LEADER_GATE = /[\p{L})#:][ \t]{0,3}(?:\.{4}|\u00b7{2}|[.\u00b7]?[\u2025\u2026\u22ef][.\u00b7\u2025\u2026\u22ef]|_{3}|(?:\. ){3}\.)/u;
/** A leader's characters: `.`, `…` and the like, `_`. One scan before LEADER_GATE. */
const LEADER_HINT = /\.\.|[\u00b7\u2025\u2026\u22ef]|___|\. \. \./;
const leaderHint = gatedTest(LEADER_HINT);

/** True when `text` may hold a shape the layout view rewrites (see above). */
export function layoutGate(text: string): boolean {
  if (text.length < 7) return false;
  const gated = text.length >= GATED_FROM;
  return (
    (text.includes('_') && UNDERSCORE_GATE.test(text)) ||
    (text.includes('-') && DASH_GATE.test(text)) ||
    (text.includes('\n') && WRAP_GATE.test(text)) ||
    (SPACED_HINT.test(text) && SPACED_GATE.test(text)) ||
    ((gated ? boxOrControlHint(text) : BOX_OR_CONTROL_HINT.test(text)) && (BOX_GATE.test(text) || CONTROL_GATE.test(text))) ||
    ((gated ? leaderHint(text) : LEADER_HINT.test(text)) && LEADER_GATE.test(text)) ||
    foldedCalendar(text) ||
    foldedMailHeader(text)
  );
}

const isDigit = (code: number) => code >= 48 && code <= 57;
const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isBlank = (code: number) => code === 32 || code === 9 || code === 13 || code === 10 || Number.isNaN(code);
/** Characters of a file name token: letters, digits, `_`, `-`, `.`, `+`. */
const inFileName = (code: number) => isLetter(code) || isDigit(code) || code === 95 || code === 45 || code === 46 || code === 43;
/** Longest file name extension, in characters (`.jpeg`, `.docx`, `.xlsx`: 4; `.ipynb`: 5). */
const MAX_EXTENSION = 5;

/**
 * The rewrites of `text`: `edit[i]` is 0 (kept), 1 (removed), 2 (read as a blank) or 3 (read as
 * `: `, a form's leader). Undefined
 * when nothing is rewritten.
 */
function layoutEdits(text: string): Uint8Array | undefined {
  const length = text.length;
  let edit: Uint8Array | undefined;
  const set = (index: number, kind: number) => {
    edit ??= new Uint8Array(length);
    edit[index] = kind;
  };
  // The file name around `index`, as `[end of the name before its extension, end of the token)`:
  // one scan per token (a text of many `_` and `-` stays linear).
  let tokenEnd = -1;
  let nameEnd = -1;
  const fileName = (index: number): number => {
    if (index >= tokenEnd) {
      let end = index + 1;
      while (end < length && inFileName(text.charCodeAt(end))) end++;
      tokenEnd = end;
      // A sentence's full stop after the name is no part of it.
      while (end > index && text.charCodeAt(end - 1) === 46) end--;
      // A dot after `index` only (an unbounded search read back to the text's start for every
      // token with no dot: quadratic; issue 11).
      const dot = lastIndexOfWithin(text, 46, index + 1, end);
      const extension = end - dot - 1;
      nameEnd = -1;
      if (dot > index && extension >= 2 && extension <= MAX_EXTENSION) {
        let letter = false;
        let plain = true;
        for (let k = dot + 1; k < end; k++) {
          const code = text.charCodeAt(k);
          if (isLetter(code)) letter = true;
          else if (!isDigit(code)) plain = false;
        }
        if (letter && plain) nameEnd = dot;
      }
    }
    return index < nameEnd ? nameEnd : -1;
  };
  // Underscores beside a digit in a file name, and between two digits anywhere (`523_45_6789`).
  for (let index = text.indexOf('_'); index !== -1; index = text.indexOf('_', index + 1)) {
    const before = text.charCodeAt(index - 1);
    let after = text.charCodeAt(index + 1);
    if (after === 43) after = text.charCodeAt(index + 2);
    if ((isDigit(before) && isDigit(after)) || ((isDigit(before) || isDigit(after)) && fileName(index) !== -1)) set(index, 2);
  }
  // Dashes between a letter and a digit inside a file name (`intake-536-22-8514.pdf`).
  tokenEnd = -1;
  for (let index = text.indexOf('-'); index !== -1; index = text.indexOf('-', index + 1)) {
    const before = text.charCodeAt(index - 1);
    let after = text.charCodeAt(index + 1);
    if (after === 43) after = text.charCodeAt(index + 2);
    if (((isLetter(before) && isDigit(after)) || (isDigit(before) && isLetter(after))) && fileName(index) !== -1) set(index, 2);
  }
  // A line break after a digit and a separator, before a digit or `(`.
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    let from = index;
    if (from > 0 && text.charCodeAt(from - 1) === 13) from--;
    let k = from - 1;
    while (k >= 0 && from - k <= 3 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 45)) k--;
    if (k === from - 1 || k < 0 || !isDigit(text.charCodeAt(k))) continue;
    let to = index + 1;
    while (to < length && to - index <= 8 && (text.charCodeAt(to) === 32 || text.charCodeAt(to) === 9)) to++;
    const next = text.charCodeAt(to);
    if (!isDigit(next) && next !== 40) continue;
    for (let r = from; r < to; r++) set(r, 1);
  }
  if (foldedCalendar(text)) unfold(text, set);
  if (foldedMailHeader(text)) unfoldMailHeaders(text, set);
  letterSpacing(text, set);
  formBoxes(text, set);
  controls(text, set);
  formLeaders(text, set);
  return edit;
}

/** An iCalendar or vCard object, or a line opening with one of their personal properties (see the module's comment). */
const CALENDAR_GATE = /BEGIN:V(?:CALENDAR|EVENT|TODO|JOURNAL|CARD|FREEBUSY)|(?:^|\n)(?:ATTENDEE|ORGANIZER|CONTACT|DESCRIPTION|SUMMARY|LOCATION|COMMENT|EMAIL|TEL|FN|N|ADR)[;:]/;
/** Whether `text` holds a folded line (a line break, then one blank or tab) of an iCalendar or vCard text. */
const foldedCalendar = (text: string): boolean => (text.includes('\n ') || text.includes('\n\t')) && CALENDAR_GATE.test(text);

/** Removes each fold: a line break (CR LF or LF) and the one blank or tab after it. */
function unfold(text: string, set: (index: number, kind: number) => void): void {
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    const next = text.charCodeAt(index + 1);
    if (next !== 32 && next !== 9) continue;
    if (index > 0 && text.charCodeAt(index - 1) === 13) set(index - 1, 1);
    set(index, 1);
    set(index + 1, 1);
  }
}

/**
 * An RFC 5322 header that holds addresses and display names (`From`, `To`, `Cc`, `Bcc`, `Reply-To`,
 * `Sender`, their `Resent-` forms), at a line's start (a quote's `>` allowed), in any case: sticky.
 */
const MAIL_ADDRESS_HEADER = /(?:>[ \t]?)*(?:resent-)?(?:from|to|cc|bcc|reply-to|sender)[ \t]*:/iy;
const MAIL_ADDRESS_HEADER_GATE = /(?:^|\n)(?:>[ \t]?)*(?:resent-)?(?:from|to|cc|bcc|reply-to|sender)[ \t]*:/i;
/** Whether `text` holds a folded line (a line break, then a blank or tab) and an address header of a mail. */
const foldedMailHeader = (text: string): boolean => (text.includes('\n ') || text.includes('\n\t')) && MAIL_ADDRESS_HEADER_GATE.test(text);
/** A character of a word, an address's local part or host: a letter (any script), a digit, `.`, `-`, `_`, `+`, `'`. */
const inWord = (code: number) => isLetter(code) || isDigit(code) || code === 46 || code === 45 || code === 95 || code === 43 || code === 39 || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000);

/**
 * Unfolds the lines folded under an address header (RFC 5322 §2.2.3; the open part of L12 of the
 * twelfth probe, 2026-12-05e: `To: Leonora Cas\r\n tellanos <…>` and `<leonora.castel\r\n
 * lanos@posteo.net>` left the part before the fold raw). A fold between two characters of one word
 * (a letter, digit or address character before the line break, a lower-case letter, a digit, `@` or
 * `.` after its one blank) is removed with that blank, as generators that cut at a line's length write
 * it; any other fold loses its line break only, the blank after it staying the text's (`Leonora\r\n
 * Castellanos` reads `Leonora Castellanos`, `…>,\r\n Callum …` a list). Lines are walked once: linear.
 */
function unfoldMailHeaders(text: string, set: (index: number, kind: number) => void): void {
  let inHeader = false;
  let lineStart = 0;
  while (lineStart < text.length) {
    const first = text.charCodeAt(lineStart);
    if (lineStart > 0 && (first === 32 || first === 9)) {
      if (inHeader) {
        const lineBreak = lineStart - 1;
        const from = lineBreak > 0 && text.charCodeAt(lineBreak - 1) === 13 ? lineBreak - 1 : lineBreak;
        const before = text.charCodeAt(from - 1);
        const after = text.charCodeAt(lineStart + 1);
        const midWord = inWord(before) && before !== 39 && ((after >= 97 && after <= 122) || isDigit(after) || after === 64 || after === 46 || (after >= 0xdf && after < 0x2000 && String.fromCharCode(after) === String.fromCharCode(after).toLowerCase()));
        for (let r = from; r <= lineBreak; r++) set(r, 1);
        if (midWord) set(lineStart, 1);
      }
    } else {
      MAIL_ADDRESS_HEADER.lastIndex = lineStart;
      inHeader = MAIL_ADDRESS_HEADER.test(text);
    }
    const next = text.indexOf('\n', lineStart);
    if (next === -1) break;
    lineStart = next + 1;
  }
}

/** A dot leader's character and its weight in dots: `.` and `·` one, `‥` two, `…` and `⋯` three; 0 for any other. */
const dotWeight = (code: number): number => (code === 46 || code === 0xb7 ? 1 : code === 0x2025 ? 2 : code === 0x2026 || code === 0x22ef ? 3 : 0);
const isLineBlank = (code: number) => code === 32 || code === 9;
/** A label's last character before a leader: a letter (any script), `)`, `#`. */
const isLabelEnd = (code: number) => isLetter(code) || code === 41 || code === 35 || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && !dotWeight(code));
/** Fewest dots (by dotWeight) and underscores of a leader. */
const MIN_LEADER_DOTS = 4;
const MIN_LEADER_UNDERSCORES = 3;

/**
 * Marks form fill leaders (see the module's comment) through `set`: kind 3 reads a unit as `: `.
 * Linear: each run is read once, and the blanks around it at most three each way.
 */
function formLeaders(text: string, set: (index: number, kind: number) => void): void {
  const length = text.length;
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    const underscore = code === 95;
    if (!underscore && dotWeight(code) === 0) {
      index++;
      continue;
    }
    // The run: underscores, or dots (single blanks between dots allowed when each is one `.`).
    const start = index;
    let weight = 0;
    let end = index;
    if (underscore) {
      while (end < length && text.charCodeAt(end) === 95) end++;
      weight = end - start;
    } else {
      for (;;) {
        const w = dotWeight(text.charCodeAt(end));
        if (w > 0) {
          weight += w;
          end++;
        } else if (text.charCodeAt(end) === 32 && text.charCodeAt(end - 1) === 46 && text.charCodeAt(end + 1) === 46) end++;
        else break;
      }
    }
    index = end;
    if (weight < (underscore ? MIN_LEADER_UNDERSCORES : MIN_LEADER_DOTS) || end - start < 2) continue;
    // The label before it: up to three blanks, then a letter, `)`, `#` or the label's own `:`.
    let before = start - 1;
    while (before >= 0 && start - before <= 3 && isLineBlank(text.charCodeAt(before))) before--;
    const last = before >= 0 ? text.charCodeAt(before) : NaN;
    const colon = last === 58;
    if (!colon && !isLabelEnd(last)) continue;
    // What follows: up to three blanks, then the value, or the line's end.
    let after = end;
    while (after < length && after - end < 3 && isLineBlank(text.charCodeAt(after))) after++;
    const next = after < length ? text.charCodeAt(after) : 10;
    const lineEnd = next === 10 || next === 13;
    if (lineEnd) {
      // The rest of a field (`Siosaia Taufa_____`): one blank (so a value's span ends before it).
      for (let k = before + 1; k < after; k++) set(k, k === before + 1 ? 2 : 1);
      continue;
    }
    if (isLineBlank(next) || dotWeight(next) !== 0 || next === 95) continue;
    // An empty field: two blanks or more, then the next field's label on the same line
    // (`Principal's signature: ________  Agent's phone: 617-…`; O4 of the probe of 2026-12-05e
    // read `Agent's` as the signature's value, a password).
    if (after - end >= 2 && labelAhead(text, after)) continue;
    if (colon) {
      // After the label's own `:`: a blank (one already there stays and the run goes).
      const spaced = before + 1 < start;
      for (let k = start; k < after; k++) set(k, k === start && !spaced ? 2 : 1);
      continue;
    }
    // `label ..... value` reads `label: value`.
    for (let k = before + 1; k < after; k++) set(k, k === start ? 3 : 1);
  }
}

/** Longest next field's label read after an empty field's leader (labelAhead). */
const MAX_LABEL_AHEAD = 40;
/**
 * A field's label starts at `from`: letters, blanks, `'`, `’`, `.`, `#`, `/`, `(`, `)` and `-`
 * (a letter first), then `:` and a blank or the line's end, within MAX_LABEL_AHEAD characters.
 */
function labelAhead(text: string, from: number): boolean {
  if (!isLetter(text.charCodeAt(from))) return false;
  const limit = Math.min(text.length, from + MAX_LABEL_AHEAD);
  for (let k = from + 1; k < limit; k++) {
    const code = text.charCodeAt(k);
    if (code === 58) {
      const after = k + 1 < text.length ? text.charCodeAt(k + 1) : 10;
      return after === 32 || after === 9 || after === 10 || after === 13;
    }
    if (!(isLetter(code) || code === 32 || code === 39 || code === 0x2019 || code === 46 || code === 35 || code === 47 || code === 40 || code === 41 || code === 45)) return false;
  }
  return false;
}

/** A vertical that draws a box's sides: `|`, `│` U+2502, `┃` U+2503, `║` U+2551. */
const isVertical = (code: number) => code === 124 || code === 0x2502 || code === 0x2503 || code === 0x2551;
/** What a box may hold: a letter, a digit, `-`, `/`, `.`. */
const isBoxContent = (code: number) => isLetter(code) || isDigit(code) || code === 45 || code === 47 || code === 46;
/** Fewest boxes of a run, and fewest of them holding a digit (`[1][2]`, `(b)(2)(i)(A)` stay). */
const MIN_BOXES = 4;
const MIN_BOXED_DIGITS = 3;

/**
 * Marks the boxes of a form (see the module's comment) through `set`. Linear: a box is at most
 * eight characters and is read at most twice (once more as the next box's opening vertical), and
 * the scan goes on after each run.
 */
function formBoxes(text: string, set: (index: number, kind: number) => void): void {
  const length = text.length;
  // The box opening at `at`: where it ends (at its closing vertical, which may open the next box,
  // or after its `]` or `)`), or -1; `content` is its character's offset, or -1 for an empty box.
  let content = -1;
  const boxEnd = (at: number): number => {
    const open = text.charCodeAt(at);
    const close = open === 91 ? 93 : open === 40 ? 41 : isVertical(open) ? open : -1;
    if (close === -1) return -1;
    let k = at + 1;
    while (k < length && k - at <= 3 && text.charCodeAt(k) === 32) k++;
    content = -1;
    if (isBoxContent(text.charCodeAt(k)) && k - at <= 3) {
      content = k;
      k++;
      while (k < length && k - content <= 2 && text.charCodeAt(k) === 32) k++;
    } else if (k === at + 1) return -1;
    if (text.charCodeAt(k) !== close) return -1;
    return close === 93 || close === 41 ? k + 1 : k;
  };
  /** A gap's character between two `[c]` or `(c)` boxes: a blank, `-`, `/`, `.`. */
  const isGap = (code: number) => code === 32 || code === 45 || code === 47 || code === 46;
  // The run being read: each box's opening offset and content offset, flat.
  const boxes: number[] = [];
  let index = 0;
  while (index < length) {
    const opener = text.charCodeAt(index);
    if (opener !== 91 && opener !== 40 && !isVertical(opener)) {
      index++;
      continue;
    }
    const vertical = isVertical(opener);
    boxes.length = 0;
    let filled = 0;
    let digits = 0;
    // Whether every gap is the same number of blanks (spacing); -1 before the first gap.
    let spacing = true;
    let gapLength = -1;
    let at = index;
    let runEnd = index + 1;
    for (;;) {
      const end = boxEnd(at);
      if (end === -1) break;
      boxes.push(at, content);
      if (content !== -1) {
        filled++;
        if (isDigit(text.charCodeAt(content))) digits++;
      }
      if (vertical) {
        // The closing vertical opens the next box, or ends the run.
        runEnd = end + 1;
        if (!isVertical(text.charCodeAt(end))) break;
        at = end;
        continue;
      }
      runEnd = end;
      let next = end;
      while (next < length && next - end < 3 && isGap(text.charCodeAt(next))) next++;
      if (text.charCodeAt(next) !== opener) break;
      const gap = next - end;
      let blanks = gap > 0;
      for (let k = end; k < next; k++) if (text.charCodeAt(k) !== 32) blanks = false;
      if (!blanks || (gapLength !== -1 && gap !== gapLength)) spacing = false;
      gapLength = gap;
      at = next;
    }
    if (filled >= MIN_BOXES && digits >= MIN_BOXED_DIGITS) {
      const count = boxes.length / 2;
      for (let b = 0; b < count; b++) {
        const open = boxes[2 * b] as number;
        const inside = boxes[2 * b + 1] as number;
        const last = b === count - 1;
        // To the next box's opening, or the run's end: the frame and blanks go, the content stays;
        // an empty box keeps its first blank; a gap goes when it is spacing.
        const to = last ? runEnd : (boxes[2 * b + 2] as number);
        let k = open;
        for (; k < to; k++) {
          const code = text.charCodeAt(k);
          if (k === inside || (inside === -1 && k === open + 1)) continue;
          if (!vertical && k > open && (code === 93 || code === 41) && !last) {
            // The gap after `]` or `)` up to the next box: a separator unless spacing.
            set(k, 1);
            for (let g = k + 1; g < to; g++) if (spacing) set(g, 1);
            break;
          }
          set(k, 1);
        }
      }
    }
    index = Math.max(runEnd, index + 1);
  }
}

/** An invisible control: C0 but tab, LF, VT, FF, CR; DEL; C1 but NEL. */
const isInvisibleControl = (code: number) => code <= 8 || (code >= 14 && code <= 31) || (code >= 0x7f && code <= 0x9f && code !== 0x85);
/** A control or separator that is a blank: tab, VT, FF, NEL, U+2028, U+2029. */
const isBlankControl = (code: number) => code === 9 || code === 11 || code === 12 || code === 0x85 || code === 0x2028 || code === 0x2029;

/** Marks the control characters (see the module's comment) through `set`. */
function controls(text: string, set: (index: number, kind: number) => void): void {
  const length = text.length;
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (isInvisibleControl(code)) {
      const start = index;
      while (index < length && isInvisibleControl(text.charCodeAt(index))) index++;
      // Between two groups of two digits or more: one blank where the separator stood.
      const between = isDigit(text.charCodeAt(start - 1)) && isDigit(text.charCodeAt(start - 2)) && isDigit(text.charCodeAt(index)) && isDigit(text.charCodeAt(index + 1));
      for (let k = start; k < index; k++) set(k, between && k === start ? 2 : 1);
    } else if (isBlankControl(code)) {
      const start = index;
      while (index < length && index - start < 4 && isBlankControl(text.charCodeAt(index))) index++;
      if (index - start <= 3 && isDigit(text.charCodeAt(start - 1)) && isDigit(text.charCodeAt(index))) for (let k = start; k < index; k++) set(k, 2);
      while (index < length && isBlankControl(text.charCodeAt(index))) index++;
    } else index++;
  }
}

/** Marks the blanks of letter-spaced runs (see the module's comment) through `set`. */
function letterSpacing(text: string, set: (index: number, kind: number) => void): void {
  const length = text.length;
  // Single characters: a non-blank BMP unit with a blank (or an end) on each side.
  const single = (index: number) => index >= 0 && index < length && !isBlank(text.charCodeAt(index)) && isBlank(text.charCodeAt(index - 1)) && isBlank(text.charCodeAt(index + 1));
  let previousRunEnd = -1;
  let index = 0;
  while (index < length) {
    if (!single(index)) {
      index++;
      continue;
    }
    // A run: singles apart by exactly one space.
    const start = index;
    let count = 1;
    let alnum = isLetter(text.charCodeAt(index)) || isDigit(text.charCodeAt(index)) ? 1 : 0;
    let letter = isLetter(text.charCodeAt(index));
    while (text.charCodeAt(index + 1) === 32 && single(index + 2)) {
      index += 2;
      count++;
      const code = text.charCodeAt(index);
      if (isLetter(code)) letter = true;
      if (isLetter(code) || isDigit(code)) alnum++;
    }
    const end = index + 1;
    index = end;
    // A run needs three letters or digits, and a letter unless a letter-spaced run is right
    // before it (`S S N :  5 3 6 - …`; spaced digits alone are the detectors' as written:
    // `call 1 2 3 4 5 6 7 8 9 0 1 2 3.4`, `MRN 1 2 3 4 5`).
    const follows = previousRunEnd !== -1 && start - previousRunEnd >= 2 && start - previousRunEnd <= 3;
    if (count < 4 || alnum < 3 || (!letter && !follows)) continue;
    for (let k = start + 1; k < end; k += 2) if (text.charCodeAt(k - 1) !== 58) set(k, 1);
    // Two or three blanks from the previous run: one word gap.
    if (follows) {
      let blanks = true;
      for (let k = previousRunEnd; k < start; k++) if (text.charCodeAt(k) !== 32) blanks = false;
      if (blanks) for (let k = previousRunEnd + 1; k < start; k++) set(k, 1);
    }
    previousRunEnd = end;
  }
}

/**
 * The layout view of `text`, or undefined when it rewrites nothing. A removed character belongs
 * to the unit before it (`5 3 6` is `536`, its `5` and `3` holding the blanks after them), or to
 * the first unit when it opens the text; the unit after a removal counts as rewritten.
 */
export function layoutView(text: string): LayoutView | undefined {
  const edit = layoutEdits(text);
  if (edit === undefined) return undefined;
  const length = text.length;
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  const changed = new Int32Array(length + 1);
  const pieces: string[] = [];
  let j = 0;
  // Offset of the first character removed before any unit; whether the next unit follows a removal.
  let opening = -1;
  let removed = false;
  let copied = 0;
  const unit = (at: number, rewritten: boolean) => {
    starts[j] = j === 0 && opening !== -1 ? opening : at;
    ends[j] = at + 1;
    changed[j + 1] = (changed[j] as number) + (rewritten || removed ? 1 : 0);
    removed = false;
    j++;
  };
  for (let index = 0; index < length; index++) {
    const kind = edit[index];
    if (kind === 0) continue;
    if (index > copied) pieces.push(text.slice(copied, index));
    for (let k = copied; k < index; k++) unit(k, false);
    if (kind === 1) {
      if (j > 0) ends[j - 1] = index + 1;
      else if (opening === -1) opening = index;
      removed = true;
    } else if (kind === 3) {
      // A form's leader read as `: ` (two units of the one character; its run has two or more).
      pieces.push(': ');
      unit(index, true);
      unit(index, true);
    } else {
      pieces.push(' ');
      unit(index, true);
    }
    copied = index + 1;
  }
  if (length > copied) pieces.push(text.slice(copied));
  for (let k = copied; k < length; k++) unit(k, false);
  return { text: pieces.join(''), starts: starts.subarray(0, j), ends: ends.subarray(0, j), changed: changed.subarray(0, j + 1) };
}

/** True when the view's span `[start, end)` holds or borders a rewritten unit. */
export function touchesRewrite(view: LayoutView, start: number, end: number): boolean {
  const count = view.text.length;
  return (view.changed[Math.min(end + 1, count)] as number) > (view.changed[Math.max(start - 1, 0)] as number);
}
