import type { Detection } from './types.js';

/**
 * Machine-readable zones of travel documents (ICAO Doc 9303, 8th edition, parts 4-6): the lines
 * of `<`-padded capitals and digits at the foot of a passport's data page or on an identity
 * card, which an agent meets in the text of a scanned document or an OCR tool's result. They hold
 * the holder's names, the document number, the nationality, the date of birth and the sex, so the
 * whole zone is masked as one PASSPORT value.
 *
 * - TD3 (passports, Part 4) and MRV-A visas (Part 7): two lines of 44 characters;
 * - TD2 (Part 6) and MRV-B visas: two lines of 36;
 * - TD1 (identity cards, Part 5): three lines of 30.
 *
 * A line of the right length and alphabet is no MRZ on its own (`<<<<` rulers, base32): the
 * fields must have their shapes (a document code, a names line of capitals and `<` with the `<<`
 * between surname and given names, a nationality of letters, dates of birth and expiry as valid
 * YYMMDD, a sex `M`, `F`, `X` or `<`), and one check digit at least of the document number, the
 * date of birth and the date of expiry must hold (weights 7, 3, 1 repeated; digits are their
 * value, A-Z 10-35, `<` 0; the sum mod 10). One, not all three: specimens and test documents are
 * often written by hand with wrong check digits (the attack's `P<GBRSMITH<<JOHN<PETER…` has one
 * right), and they hold a name and a birth date as a real one does. A TD3 or TD2 data line on
 * its own (copied without its names line) is masked when two of its three check digits hold.
 * Lines inside prose are read as words of 44 or 36 characters (see detectMrz).
 * Missed: zones with spaces inside a line; a TD1 zone's lines inside prose.
 */
const MRZ_LINE = /^[A-Z0-9<]+$/;

function value(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  return 0; // `<`
}
/** ICAO 9303 Part 3, 4.9: the check digit of `line[from, to)` is `line[at]`. */
export function mrzCheck(line: string, from: number, to: number, at: number): boolean {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = from; i < to; i++) sum += value(line.charCodeAt(i)) * (weights[(i - from) % 3] as number);
  const check = line.charCodeAt(at);
  // An empty field's check digit may be `<` (Part 3, 4.9.1).
  return check === 60 ? sum === 0 : sum % 10 === check - 48;
}

/** YYMMDD: a month 01-12 and a day 01-31 (a birth date may be unknown in part: `<<`, ICAO Part 3, 4.6). */
const DATE = '\\d\\d(?:0[1-9]|1[0-2]|<<)(?:0[1-9]|[12]\\d|3[01]|<<)';
/** TD3/TD2 second line: document number, check, nationality, date of birth, check, sex, expiry, check. */
const TWO_LINE_DATA = new RegExp(`^[A-Z0-9<]{9}[0-9<][A-Z<]{3}${DATE}\\d[MFX<]${DATE}\\d`);
/** TD1 second line: date of birth, check, sex, expiry, check, nationality. */
const TD1_DATA = new RegExp(`^${DATE}\\d[MFX<]${DATE}\\d[A-Z<]{3}`);
/** A names line (TD3/TD2 after the document code and the issuing state; all of TD1's third line): capitals and `<`, surname `<<` given names. */
const NAMES = /^[A-Z<]+$/;
/** TD3/TD2: document number 0-8 (check 9), date of birth 13-18 (check 19), expiry 21-26 (check 27). */
const twoLineData = (first: string, line: string): boolean =>
  NAMES.test(first) && first.includes('<<', 5) && TWO_LINE_DATA.test(line) && (mrzCheck(line, 0, 9, 9) || mrzCheck(line, 13, 19, 19) || mrzCheck(line, 21, 27, 27));
/** TD1: document number 5-13 of the first line (check 14); date of birth 0-5 (check 6) and expiry 8-13 (check 14) of the second; names on the third. */
const td1Data = (first: string, second: string, third: string): boolean =>
  /^[AIC][A-Z<][A-Z<]{3}[A-Z0-9<]{9}[0-9<]/.test(first) && TD1_DATA.test(second) && NAMES.test(third) && third.includes('<<') && (mrzCheck(first, 5, 14, 14) || mrzCheck(second, 0, 6, 6) || mrzCheck(second, 8, 14, 14));

/** Finds machine-readable zones in `text` (see the module comment) and adds each, whole, to `out`. */
export function detectMrz(text: string, out: Detection[]): void {
  if (!text.includes('<<')) return;
  // The lines, with their offsets; blanks at either end of a line are not part of it.
  const lines: Array<[string, number]> = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let a = start;
    let b = end;
    while (a < b && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9)) a++;
    while (b > a && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9 || text.charCodeAt(b - 1) === 13)) b--;
    lines.push([text.slice(a, b), a]);
    start = end + 1;
  }
  const used = new Set<number>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const [first, at] = lines[i] as [string, number];
    const length = first.length;
    if ((length !== 44 && length !== 36 && length !== 30) || !MRZ_LINE.test(first)) continue;
    const [second, secondAt] = lines[i + 1] as [string, number];
    if (second.length !== length || !MRZ_LINE.test(second)) continue;
    if (length === 30) {
      const third = lines[i + 2];
      if (third === undefined || third[0].length !== 30 || !td1Data(first, second, third[0])) continue;
      out.push({ start: at, end: third[1] + 30, type: 'PASSPORT', class: 'pii.government_id', normalized: `${first}${second}${third[0]}` });
      used.add(i).add(i + 1).add(i + 2);
      i += 2;
      continue;
    }
    // The first line: the document code (P passport, V visa, I/A/C identity documents) and names.
    if (!/^[PVIAC][A-Z<]/.test(first) || !twoLineData(first, second)) continue;
    out.push({ start: at, end: secondAt + length, type: 'PASSPORT', class: 'pii.government_id', normalized: `${first}${second}` });
    used.add(i).add(i + 1);
    i += 1;
  }
  // A TD3 or TD2 data line on its own (copied without its names line: a fresh probe of
  // 2026-12-03): the document number, the nationality, the dates of birth and expiry. Without the
  // names line beside it two of its three check digits must hold.
  for (let i = 0; i < lines.length; i++) {
    const [line, at] = lines[i] as [string, number];
    if (used.has(i) || (line.length !== 44 && line.length !== 36) || !MRZ_LINE.test(line) || !TWO_LINE_DATA.test(line)) continue;
    if (dataChecks(line) >= 2) {
      out.push({ start: at, end: at + line.length, type: 'PASSPORT', class: 'pii.government_id', normalized: line });
      used.add(i);
    }
  }
  // Lines of a zone inside prose (`Scanned: P<UTOERIKSSON<<ANNA<MARIA<<<… and L898902C36UTO…<10
  // from the kiosk`; a fresh probe of 2026-12-03): each run of 44 or 36 MRZ characters standing
  // alone as a word, on a line not read above. A data line as above (two check digits, or one
  // beside a names line); a names line (a document code, capitals and `<`, `<<` between the
  // surname and the given names, padded with `<` to its length) is masked beside a data line, or
  // alone when its padding is long (the holder's names).
  // After an `MRZ` label (`MRZ: P<NZLHAVILI<<TEVITA<<<…\nLA1234567<NZL…`; probe 6 of 2026-12-03
  // found a hand-typed zone, its names line 42 characters long, stored raw): up to three lines of
  // the MRZ alphabet after it, each of 20-44 characters holding a `<`, whatever their lengths and
  // check digits (the label says what they are).
  for (const label of text.matchAll(MRZ_LABEL)) {
    let at = label.index + label[0].length;
    for (let line = 0; line < 3; line++) {
      MRZ_LABELLED_LINE.lastIndex = at;
      const match = MRZ_LABELLED_LINE.exec(text);
      if (match === null || !(match[1] as string).includes('<')) break;
      const start = at + match[0].indexOf(match[1] as string);
      out.push({ start, end: start + (match[1] as string).length, type: 'PASSPORT', class: 'pii.government_id', normalized: match[1] as string });
      at += match[0].length;
    }
  }
  const inProse: Array<[string, number]> = [];
  // The words come in order, so the line holding each is found by moving forward (linear).
  let line = 0;
  for (const match of text.matchAll(MRZ_WORD)) {
    while (line < lines.length && (lines[line] as [string, number])[1] + (lines[line] as [string, number])[0].length <= match.index) line++;
    const holding = lines[line];
    // On a line not read above, with other words beside it (a line of its own was judged above).
    if (holding !== undefined && !used.has(line) && holding[1] <= match.index && holding[0] !== match[0]) inProse.push([match[0], match.index]);
  }
  if (inProse.length === 0) {
    pushNamesLines(text, out);
    return;
  }
  const isNames = (word: string) => /^[PVIAC][A-Z<][A-Z<]{3}/.test(word) && NAMES.test(word) && word.includes('<<', 5);
  const isData = (word: string) => TWO_LINE_DATA.test(word) && dataChecks(word) >= 1;
  const names = inProse.some(([word]) => isNames(word));
  const data = inProse.some(([word]) => isData(word));
  for (const [word, at] of inProse) {
    const masked = isNames(word) ? data || /<{6}$/.test(word) : TWO_LINE_DATA.test(word) && dataChecks(word) >= (names ? 1 : 2);
    if (masked) out.push({ start: at, end: at + word.length, type: 'PASSPORT', class: 'pii.government_id', normalized: word });
  }
  pushNamesLines(text, out);
}

/**
 * A names line standing alone (L7 of the probe of 2026-12-06: no label and no valid data line
 * beside it, on a line of its own or in prose, of any length OCR left it: `V<ETHGEBREMEDHIN<<
 * MAHLET<ALEMU<<<…` stored the surname and first given name, only a listed name was masked). Its
 * structure is the zone's own (MRZ_NAMES_WORD); a line read above is not found twice. Missed: a
 * TD1 card's third line alone (no document code: `ERIKSSON<<ANNA<MARIA<<<…`).
 */
function pushNamesLines(text: string, out: Detection[]): void {
  if (!text.includes('<<')) return;
  // The spans found above, in order, passed by a moving index (the words come in order).
  const found = out.filter((d) => d.type === 'PASSPORT').sort((a, b) => a.start - b.start);
  let next = 0;
  for (const match of text.matchAll(MRZ_NAMES_WORD)) {
    const word = match[0];
    const end = match.index + word.length;
    if (word.length > 44) continue;
    while (next < found.length && (found[next] as Detection).end <= match.index) next++;
    if (next < found.length && (found[next] as Detection).start < end) continue;
    out.push({ start: match.index, end, type: 'PASSPORT', class: 'pii.government_id', normalized: word });
  }
}

/** The label `MRZ` (`MRZ:`, `MRZ lines -`, `mrz=`), then blanks and one line break at most. */
const MRZ_LABEL = /(?<![A-Za-z0-9])(?:MRZ|mrz|Mrz)(?:[ _](?:lines?|code|data|text))?[ \t]{0,2}[:=\-]?[ \t]{0,3}(?:\r?\n)?/g;
/** A line of the MRZ alphabet after that label (20-44 characters), with the line break after it. */
const MRZ_LABELLED_LINE = /[ \t]{0,4}([A-Z0-9<]{20,44})(?![A-Za-z0-9<])[ \t]*(?:\r?\n|$)/y;
/**
 * An MRZ names line as a word: the document code (`P`, `V`, `I`, `A`, `C`), a letter or
 * `<`, and the issuing state (three letters, or a letter padded with `<`, `D<<`); then the
 * surname's parts, `<<`, the given names' parts and two `<` or more of padding (16 characters or
 * more in all, 44 at most).
 */
const MRZ_NAMES_WORD = /(?<![A-Za-z0-9<])[PVIAC][A-Z<][A-Z][A-Z<]{2}(?=[A-Z<]{11})[A-Z]{2,39}(?:<[A-Z]{1,39}){0,4}<<[A-Z]{2,39}(?:<[A-Z]{1,39}){0,5}<{2,42}(?![A-Za-z0-9<])/g;
/** A run of 44 or 36 MRZ characters standing alone as a word (a line of a zone inside prose). */
const MRZ_WORD = /(?<![A-Za-z0-9<])(?:[A-Z0-9<]{44}|[A-Z0-9<]{36})(?![A-Za-z0-9<])/g;
/** How many of a TD3/TD2 data line's three check digits hold (document number, birth, expiry). */
const dataChecks = (line: string): number => (mrzCheck(line, 0, 9, 9) ? 1 : 0) + (mrzCheck(line, 13, 19, 19) ? 1 : 0) + (mrzCheck(line, 21, 27, 27) ? 1 : 0);
