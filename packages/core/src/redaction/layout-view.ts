/**
 * The layout view (the second probe of 2026-12-04, G6, G9, G15, G16): a text as a reader sees it
 * where its layout, not its characters, hides the bounds of an identifier. Three rewrites, each
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
 *   `N A M E : Q X A R O   V L I N T U K` as `NAME: QXARO VLINTUK`).
 *
 * The detectors read the view only when layoutGate finds one of these shapes (ordinary text pays
 * one regular expression test); a span found there is kept only when it touches a rewritten
 * character, so what the text as written shows is decided there, and a number found in the view
 * must validate as any other (checksum, SSN area rules, phone parsing).
 */

import type { TextView } from './internal/text-view.js';
/** A view of a text (internal/text-view.ts): changed[j] counts the first j units that were rewritten or follow removed characters. */
export type LayoutView = TextView;

/**
 * Tests for the three shapes, each behind a cheaper one (ordinary text pays an `includes` or two
 * and one short expression): `_` beside a digit run long enough to be a group of an id (three
 * digits before it and one after, nine beside it, or a group of three after it and a group of four
 * before it with a separator: `523_45`, `ssn_412673390`, `…1111_receipt`, `scan_523-45-6780_final`;
 * a tool call's `call_00000001` does not open the view); a letter, a dash and three digits in a
 * token that ends in an extension, or four digits, a dash and a letter (file names); a digit, a
 * separator and a line break before a digit; four single characters apart by blanks. Linear: no
 * nested quantifier, every repetition bounded.
 */
const UNDERSCORE_GATE = /\d{3}_\d|_\+?\d{3}(?:\d{6}|[^\d\s_]\d)|\d(?:\d{8}|[^\d\s_]\d{4})_/;
const DASH_GATE = /[A-Za-z]-\+?\d{3}[\w+.-]{0,64}\.[A-Za-z]|\d{4}-[A-Za-z]/;
const WRAP_GATE = /\d[ -]{1,3}\r?\n[ \t]{0,8}[\d(]/;
const SPACED_HINT = / \S \S \S(?!\S)/;
const SPACED_GATE = /(?<!\S)\S \S \S \S(?!\S)/;

/** True when `text` may hold a shape the layout view rewrites (see above). */
export function layoutGate(text: string): boolean {
  if (text.length < 7) return false;
  return (text.includes('_') && UNDERSCORE_GATE.test(text)) || (text.includes('-') && DASH_GATE.test(text)) || (text.includes('\n') && WRAP_GATE.test(text)) || (SPACED_HINT.test(text) && SPACED_GATE.test(text));
}

const isDigit = (code: number) => code >= 48 && code <= 57;
const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isBlank = (code: number) => code === 32 || code === 9 || code === 13 || code === 10 || Number.isNaN(code);
/** Characters of a file name token: letters, digits, `_`, `-`, `.`, `+`. */
const inFileName = (code: number) => isLetter(code) || isDigit(code) || code === 95 || code === 45 || code === 46 || code === 43;
/** Longest file name extension, in characters (`.jpeg`, `.docx`, `.xlsx`: 4; `.ipynb`: 5). */
const MAX_EXTENSION = 5;

/**
 * The rewrites of `text`: `edit[i]` is 0 (kept), 1 (removed) or 2 (read as a blank). Undefined
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
      const dot = text.lastIndexOf('.', end - 1);
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
  letterSpacing(text, set);
  return edit;
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
