/**
 * Session memory: values identified as personal data once (a structured field such as
 * `patient_name`, or a detected span such as an email) are remembered, in this process's memory
 * only, for the rest of their session and trace, so that a later occurrence is masked too even
 * where no detector would see it (the model's answer repeating the patient's name).
 *
 * A value is found again in its spelling variants (see `find`): in any case, and with any run of
 * up to MAX_GAP separator characters (blanks, line breaks, `.`, `,`, `_`, `-`, `'`, `` ` ``; see isSeparator) or none where the value
 * has a run of them (`AMARA  OKAFOR`, `AmaraOkafor`, `amara.okafor`, `Amara\nOkafor` after
 * `Amara Okafor`), and with blanks or dashes between two of its digits (`1234 5678` after
 * `12345678`).
 *
 * Bounded: at most `maxSessions` sessions/traces (least recently used dropped first) and
 * `maxValues` values per session (oldest sighting dropped first). Nothing here is ever written
 * anywhere; the values live as long as the redactor and their LRU place.
 */

/** Limits of the session memory. */
export interface SessionMemoryOptions {
  /** Sessions and traces remembered at once; the least recently used is forgotten. Default 1000. */
  maxSessions?: number;
  /** Values remembered per session or trace; the least recently seen is forgotten. Default 256. */
  maxValues?: number;
}

/** What a remembered value is masked as: the same type and canonical form as its first sighting. */
export interface RememberedValue {
  type: string;
  class: string;
  normalized: string;
}

/** One recurrence found in a string. */
export interface Recurrence extends RememberedValue {
  start: number;
  end: number;
}

/** Characters of a string's end kept for the session's next event (SessionValues.carry): more than any value split there needs (an IBAN of 34 characters in groups). */
export const MAX_CARRIED_TAIL = 48;
/**
 * Characters of a kept end that is a JSON or Python member's name and its opening quote, kept as
 * `"name":"` and a mark (redactor.ts noteEnd, LABEL_END: the end's last character is U+0002): a
 * member's name of up to 128 characters, which the key rules read whole (streamed-labels.ts
 * MEMBER_NAME_WINDOW).
 */
export const MAX_CARRIED_LABEL = 136;
/** Strings' ends kept per session or trace (SessionValues.carry), by their path in the event. */
export const MAX_CARRIED_PATHS = 8;

/** Shortest value remembered, in characters other than separators (shorter ones recur by chance: initials, "Li", years). */
export const MIN_REMEMBERED_CHARS = 4;
/** Longest value remembered. */
export const MAX_REMEMBERED_CHARS = 128;
/** Values sharing their first three characters; more are not kept, so a scan does bounded work per position. */
const MAX_PER_PREFIX = 8;
/** Digits only, the first a zero (a number padded to a fixed width: `00482913`). */
const PADDED_NUMBER = /^0\d*$/;
const LEADING_ZEROS = /^0+/;
/** Digits a padded number keeps without its zeros for that spelling to be remembered too. */
export const MIN_UNPADDED_DIGITS = 6;
/** Digits and number punctuation only (made once: a literal in remember() was a RegExp per value). */
const NUMBER_LIKE = /^[\d\s.,\-/]+$/;
/**
 * Separator characters a gap of a value may hold in a text (`Amara\n    Okafor`, `Okafor ,  Amara`),
 * or as many as the value has there if that is more; a longer run is no recurrence.
 */
export const MAX_GAP = 8;
/** How much longer than the value a recurrence may be (its gaps together): a comparison reads at most the value and these. */
export const MAX_SKIPPED = 32;
/** Separators the start filters (the pair check, skeletonAt) walk over in one run: more than any gap a value allows. */
const MAX_RUN = MAX_REMEMBERED_CHARS + MAX_GAP;

/** 1 for the ASCII separators: blanks and line breaks (tab to CR, space), `'`, `,`, `-`, `.`, `_`, and `` ` `` (typed for an apostrophe: `` O`Brien ``). */
const ASCII_SEPARATOR = (() => {
  const table = new Uint8Array(128);
  for (const code of [9, 10, 11, 12, 13, 32, 39, 44, 45, 46, 95, 96]) table[code] = 1;
  return table;
})();

/**
 * A separator: what may join the parts of a value in its spelling variants (`Amara Okafor`,
 * `amara.okafor`, `amara_okafor`, `Okafor, Amara`, `O’Brien`). ASCII ones as in ASCII_SEPARATOR;
 * others: every space of Unicode's category Zs (U+00A0, U+1680, U+2000-U+200A, U+202F, U+205F,
 * U+3000), the line breaks U+0085, U+2028 and U+2029 (Unicode's line terminators, UAX #14
 * classes NL, BK), hyphens and dashes U+2010-U+2015, the typographic apostrophes U+2018, U+2019,
 * and what is typed for an apostrophe: U+02BC (modifier letter apostrophe), U+00B4 (acute
 * accent), U+2032 (prime), and the ASCII grave accent: `OʼBrien`, `O´Brien`, `O′Brien`, `` O`Brien ``
 * after `O'Brien`.
 */
export function isSeparator(code: number): boolean {
  if (code < 128) return ASCII_SEPARATOR[code] === 1;
  if (code < 0x2000) return code === 0xa0 || code === 0x85 || code === 0xb4 || code === 0x2bc || code === 0x1680;
  return code <= 0x200a || (code >= 0x2010 && code <= 0x2015) || code === 0x2018 || code === 0x2019 || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x2032 || code === 0x205f || code === 0x3000;
}

/**
 * Separators that may group the digits of a number where the value has none (`1234 5678`,
 * `1234-5678` after `12345678`): blanks and dashes, not line breaks, `.` or `,`, which join other
 * numbers (versions, IP addresses, lists).
 */
function isDigitGroupSeparator(code: number): boolean {
  return code === 32 || code === 45 || code === 0xa0 || code === 0x2009 || code === 0x202f || (code >= 0x2010 && code <= 0x2015);
}

/** The Greek final sigma `ς` (U+03C2) and the sigma `σ` (U+03C3). */
const FINAL_SIGMA = 0x3c2;
const SIGMA = 0x3c3;

/**
 * Lower-cased code unit, a precomposed Latin or Greek letter folded to its base letter, and the
 * final sigma `ς` as `σ`. ASCII is folded arithmetically; U+0080-U+1FFF through LOWER_FOLDED
 * (filled on first use); others through toLowerCase (rare).
 * - The final sigma: `toLowerCase` of a whole word writes `Σ` at its end as `ς`, of one character
 *   as `σ` (Unicode SpecialCasing.txt, Final_Sigma), so `ΠΑΠΑΔΌΠΟΥΛΟΣ` and `Παπαδόπουλος` compare
 *   equal only with both as `σ`.
 * - Accents: a letter of Latin-1 Supplement, Latin Extended-A/B, Latin Extended Additional,
 *   Greek or Greek Extended whose canonical decomposition (Unicode NFD) is a letter followed by
 *   combining marks (U+0300-U+036F) compares as that letter: `é` as `e`, `ά` and `Ά` as `α`,
 *   `ệ` as `e`. Greek capitals are written without their tonos as a rule (`ΝΙΚΟΣ` for `Νίκος`),
 *   and a name is often typed without its accents (`Jose Garcia` for `José García`). One code
 *   unit for one, so offsets hold. Letters without a decomposition (`ł`, `ø`, `ß`, `æ`) and other
 *   scripts (Cyrillic `й` is a letter of its own, not `и` with a mark) are kept.
 * remember() writes a value the same way (foldValue).
 */
function lowerCode(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code > 127) {
    if (code < 0x2000) {
      const known = LOWER_FOLDED[code] as number;
      if (known !== 0) return known;
      const folded = foldOne(code);
      LOWER_FOLDED[code] = folded;
      return folded;
    }
    return String.fromCharCode(code).toLowerCase().charCodeAt(0);
  }
  return code;
}

/** lowerCode of U+0080-U+1FFF, 0 where not worked out yet (every such code folds to a code above 0). */
const LOWER_FOLDED = new Uint16Array(0x2000);

/** The blocks whose letters with diacritics fold to their base letter (see lowerCode). */
const FOLDED_BLOCKS = /[\u00c0-\u024f\u0370-\u03ff\u1e00-\u1fff]/;
const FOLDED_BLOCKS_ALL = /[\u00c0-\u024f\u0370-\u03ff\u1e00-\u1fff]/g;
const COMBINING_MARKS = /^[\u0300-\u036f]+$/;
const LETTER = /^\p{L}$/u;

function foldOne(code: number): number {
  const lower = String.fromCharCode(code).toLowerCase();
  const first = lower.charCodeAt(0);
  if (first === FINAL_SIGMA) return SIGMA;
  if (!FOLDED_BLOCKS.test(lower[0] as string)) return first;
  const parts = (lower[0] as string).normalize('NFD');
  if (parts.length < 2 || !LETTER.test(parts[0] as string) || !COMBINING_MARKS.test(parts.slice(1))) return first;
  return lowerCode(parts.charCodeAt(0));
}

/** A lower-cased value with its letters as lowerCode compares them (accents folded, `ς` as `σ`); the same length. */
function foldValue(lower: string): string {
  const folded = FOLDED_BLOCKS.test(lower) ? lower.replace(FOLDED_BLOCKS_ALL, (letter) => String.fromCharCode(lowerCode(letter.charCodeAt(0)))) : lower;
  // Combining marks (a name typed or stored decomposed, NFD: `Jose\u0301`) are skipped in a text
  // (isMark), so the value is compared without them.
  return COMBINING_ANY.test(folded) ? folded.replace(COMBINING_ALL, '') : folded;
}

/** Combining diacritical marks (U+0300-U+036F): skipped where a text is compared with values, as accents are folded. */
const isMark = (code: number): boolean => code >= 0x300 && code <= 0x36f;
const COMBINING_ANY = /[\u0300-\u036f]/;
const COMBINING_ALL = /[\u0300-\u036f]/g;

/**
 * The first three characters of a value or a text position (separators left out), lower-cased,
 * hashed to a small integer (a V8 Smi: no heap number made per position). Different prefixes may
 * share a key; matches are compared in full.
 */
function prefixOf(codes: Int32Array): number {
  return (Math.imul(Math.imul(codes[0] as number, 65599) + (codes[1] as number), 65599) + (codes[2] as number)) & 0x3fffffff;
}

/** A letter or digit for word boundaries: ASCII ones, and U+00C0-U+1FFF but `×`, `÷` and the separators there (U+02BC, U+1680). */
const isAlnum = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000 && code !== 0x2bc && code !== 0x1680);

/**
 * Where a recurrence of `value` (trimmed, lower-case) that starts at text[at] ends, or -1. The
 * value's characters other than separators are compared in order, case-insensitively; where the
 * value has a run of separators the text may have any run of none to MAX_GAP of them (or as many
 * as the value's run, if longer), and between two digits of the value none to MAX_GAP blanks or
 * dashes; the recurrence is at most MAX_SKIPPED characters longer than the value. Each text
 * character is read once, so at most value.length + MAX_SKIPPED + 1 are. No string is made.
 */
function matchEnd(text: string, at: number, value: string): number {
  const length = text.length;
  const last = value.length;
  let t = at;
  let k = 0;
  let previousDigit = false;
  while (k < last) {
    let want = value.charCodeAt(k++);
    if (t >= length) return -1;
    let code = text.charCodeAt(t);
    if (want < 128 ? ASCII_SEPARATOR[want] === 1 : isSeparator(want)) {
      // A value neither starts nor ends with a separator (remember trims them): a character follows.
      let run = 1;
      while ((want = value.charCodeAt(k++)) < 128 ? ASCII_SEPARATOR[want] === 1 : isSeparator(want)) run++;
      const limit = run > MAX_GAP ? run : MAX_GAP;
      const from = t;
      // (Never read past the text: charCodeAt's NaN there would make these loops slow for good.)
      while (code < 128 ? ASCII_SEPARATOR[code] === 1 : isSeparator(code)) {
        if (++t - from > limit || t >= length) return -1;
        code = text.charCodeAt(t);
      }
      // t - at - (k - 1): how much longer than the value the text is so far.
      if (t - at - k + 1 > MAX_SKIPPED) return -1;
    } else if (previousDigit && want >= 48 && want <= 57) {
      const from = t;
      while (isDigitGroupSeparator(code)) {
        if (++t - from > MAX_GAP || t >= length) return -1;
        code = text.charCodeAt(t);
      }
      if (t - at - k + 1 > MAX_SKIPPED) return -1;
    }
    if (code !== want && (code >= 65 && code <= 90 ? code + 32 !== want : code < 128 || lowerCode(code) !== want)) return -1;
    t++;
    while (t < length && isMark(text.charCodeAt(t))) t++; // `e\u0301` is `é`, which compares as `e`
    previousDigit = want >= 48 && want <= 57;
  }
  return t;
}

/** The same value but for the spelling of its gaps (`okafor, amara` and `okafor amara`): one entry for both. */
function sameShape(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    const gap = isSeparator(x);
    if (gap !== isSeparator(y)) return false;
    if (gap) {
      while (i < a.length && isSeparator(a.charCodeAt(i))) i++;
      while (j < b.length && isSeparator(b.charCodeAt(j))) j++;
      continue;
    }
    if (x !== y) return false;
    i++;
    j++;
  }
  return i === a.length && j === b.length;
}

/** 1 for ASCII letters and digits: one read per scanned character. */
const ASCII_ALNUM = (() => {
  const table = new Uint8Array(128);
  for (let code = 0; code < 128; code++) if (isAlnum(code)) table[code] = 1;
  return table;
})();

/** Characters of a value's start in its print (see printOf). */
const PRINT_CHARS = 16;

/**
 * The first `count` characters of a text at `at` that are not separators, lower-cased as
 * matchEnd compares them, into `out` (-1 past the text's end or past a run of more than MAX_RUN
 * separators: no recurrence reaches there). A recurrence's text gives the value's own first
 * characters here (the value's gaps and digit groups are separators in the text), so these rule
 * out only values that cannot match. Linear over a scan: a run is walked from at most `count`
 * positions before it.
 */
function skeletonAt(text: string, at: number, count: number, out: Int32Array): void {
  const length = text.length;
  let t = at;
  let m = 0;
  for (; m < count; m++) {
    if (m > 0) {
      const from = t;
      while (t < length && t - from <= MAX_RUN && isSeparator(text.charCodeAt(t))) t++;
      if (t - from > MAX_RUN) break;
    }
    if (t >= length) break;
    const code = text.charCodeAt(t++);
    while (t < length && isMark(text.charCodeAt(t))) t++;
    out[m] = code < 128 ? (code >= 65 && code <= 90 ? code + 32 : code) : lowerCode(code);
  }
  for (; m < count; m++) out[m] = -1;
}

/**
 * A print of `count` codes (at most PRINT_CHARS): the count `m` of their leading ASCII codes and
 * a hash of those, as `m << 26 | hash`. A scan compares a value's print with the print of the
 * text's codes at a candidate position (printsOf) and reads only the entries whose print agrees:
 * a text that matches a value has the value's first characters there (their ASCII characters
 * match as such or through lowerCode), so this rules out only values that cannot match.
 */
function printOf(codes: Int32Array, count: number): number {
  let hash = 0;
  let m = 0;
  while (m < PRINT_CHARS && m < count) {
    const code = codes[m] as number;
    if (code >= 128) break;
    hash = (Math.imul(hash, 31) + code) & 0x3ffffff;
    m++;
  }
  return (m << 26) | hash;
}

/** Prints of a text position's codes (skeletonAt) for every count m (out[m]; -1 where the text has fewer). */
function printsOf(codes: Int32Array, out: Int32Array): void {
  let hash = 0;
  out[0] = 0;
  for (let m = 1; m <= PRINT_CHARS; m++) {
    const code = codes[m - 1] as number;
    if (code === -1) {
      for (; m <= PRINT_CHARS; m++) out[m] = -1;
      return;
    }
    hash = (Math.imul(hash, 31) + code) & 0x3ffffff;
    out[m] = (m << 26) | hash;
  }
}
/** Scratch for skeletonAt and printsOf (a scan does not re-enter itself; remember() uses valueCodes). */
const textCodes = new Int32Array(PRINT_CHARS);
const textPrints = new Int32Array(PRINT_CHARS + 1);
const valueCodes = new Int32Array(PRINT_CHARS);

/** Words of SessionValues.pairBits (1,024 bits). */
const PAIR_WORDS = 32;
/** Bit of a start pair (two lower-cased ASCII codes) in pairBits: a multiplicative hash of the 14-bit pair to 10 bits. */
const pairSlot = (a: number, b: number): number => Math.imul((a << 7) | b, 0x9e3779b1) >>> 22;

/**
 * The slot arrays and pair bits of a memory that holds no value yet, shared by all such memories
 * (never written: a memory takes arrays of its own with its first value). Every event of a session
 * that has no value yet gets a fresh memory (SessionMemory.valuesOf): seven typed arrays each time
 * cost 2 µs and most of that event's garbage-collection time.
 */
const NO_SLOTS = new Int32Array(0);
const NO_PAIR_SLOTS = new Int16Array(0);
const NO_PAIR_BITS = new Uint32Array(PAIR_WORDS);

/** find() without a recurrence (never changed: frozen). */
const NO_RECURRENCES: Recurrence[] = Object.freeze([]) as unknown as Recurrence[];

/** How many ASCII digits `text` holds (`text.replace(/\D/g, '').length`, without a RegExp and a string made per value). */
function digitCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) count++;
  }
  return count;
}

/** `raw` without blanks and separators at its ends. */
function trimSeparators(raw: string): string {
  const trimmed = raw.trim();
  let from = 0;
  let to = trimmed.length;
  while (from < to && isSeparator(trimmed.charCodeAt(from))) from++;
  while (to > from && isSeparator(trimmed.charCodeAt(to - 1))) to--;
  return from === 0 && to === trimmed.length ? trimmed : trimmed.slice(from, to);
}

/** The values of one session or trace. */
export class SessionValues {
  /**
   * Values by their first three characters (prefixKey): each value is in exactly one bucket, so
   * a value is looked up there (a number key, then at most MAX_PER_PREFIX prints) and no map by
   * the value's text is kept. Each value has a slot, an index reused once it is forgotten: its
   * text in `lowers`, what it is masked as in `values`, and the rest in typed arrays by slot (its bucket's key, its print, the next
   * slot of its bucket, its pair slot, its older and newer neighbours by recency). A bucket is a
   * chain of slots through `nextInBucket`, oldest first, and the map holds its first slot.
   * Recency is a list from `oldest` to `newest` through `older` and `newer` (a value seen again
   * moves to the newest end by relinking). Walking a bucket, relinking and forgetting read only
   * these arrays (a few cache lines per memory); an entry object, somewhere in the heap, is read
   * only where a print agrees (a scan or a remember read every entry of a bucket, and forgetting
   * or refreshing a value its two neighbours, each read likely a cache miss: session memory was
   * the redactor's largest single cost on the record path). A value remembered or forgotten
   * makes no array (the arrays grow by doubling up to maxValues), and no object but the copy of
   * what it is masked as when that differs from the last one kept (see add): a value lives for
   * hundreds of events, so each object it held was promoted to the old generation and copied by
   * the garbage collector (an entry object per value was the costliest line of add() on the
   * sealing worker's profile, 2026-12-06).
   */
  private readonly byPrefix = new Map<number, number>();
  /** A slot's value, trimmed (of blanks and separators), lower-cased and folded as lowerCode compares (accents, a final sigma as `σ`); undefined for a free slot. */
  private lowers: Array<string | undefined> = [];
  /** What a slot's value is masked as (a copy made by add, never changed: slots may share one); undefined for a free slot. */
  private values: Array<RememberedValue | undefined> = [];
  /** The copy add() made last: the spellings of one value (a phone number's, a name's parts) come in a row and share it. */
  private lastValue: RememberedValue | undefined;
  private prefixes = NO_SLOTS;
  private prints = NO_SLOTS;
  /** The next more recently added slot of the same bucket, or -1 for the last. */
  private nextInBucket = NO_SLOTS;
  /** pairSlot of the value's first two characters other than separators, or -1 when one of them is not ASCII (counted in firstCodes instead). */
  private pairs = NO_PAIR_SLOTS;
  /** The next less recently seen slot, or -1 for the least recent. */
  private older = NO_SLOTS;
  /** The next more recently seen slot, or -1 for the most recent. */
  private newer = NO_SLOTS;
  /** Slots in use or freed so far (slots from here on were never used). */
  private used = 0;
  /** Freed slots, taken again first. */
  private readonly free: number[] = [];
  private count = 0;
  private oldest = -1;
  private newest = -1;
  /**
   * Bit pairSlot(c0, c1) set when a value starts with those two lower-cased ASCII characters
   * (1,024 bits, two cache lines): most word starts of a text are ruled out with one read. Bits
   * of forgotten values stay set (a wasted lookup, never a miss) until enough are forgotten to
   * rebuild the set.
   */
  private pairBits = NO_PAIR_BITS;
  private stale = 0;
  /** How many values start with each (lower-cased) non-ASCII character code, or an ASCII one followed by a non-ASCII one (key: first code + 65536). */
  private readonly firstCodes = new Map<number, number>();
  /** Values counted in firstCodes (its counts' sum): a scan reads this, not the map, to know whether it has any. */
  private others = 0;

  /**
   * The ends of this session's strings that may go on in its next event (a value streamed in
   * chunks, `…card on file is 4111 1111` then ` 1111 1111`): [path of the string in its event,
   * its raw end], at most MAX_CARRIED_PATHS, oldest first. In this process's memory only, as the
   * values are (see RedactorOptions.sessionMemory); undefined while there is none.
   */
  private carried: Array<[string, string]> | undefined;

  /**
   * The kind of value the session's last turn asked for (`dob`, `person`: the redactor's decision
   * of its question, turn-answers.ts), for the answer in its next event; undefined while none.
   * One short string per session, in this process's memory only.
   */
  private question: string | undefined;

  /** The kind the session's last turn asked for (ask()), or undefined. */
  get asked(): string | undefined {
    return this.question;
  }

  /** Keeps (or with undefined forgets) the kind the session's last turn asked for; a memory kept for it alone joins its owner's LRU. */
  ask(kind: string | undefined): void {
    this.question = kind === undefined || kind.length === 0 || kind.length > 64 ? undefined : kind;
    if (this.question !== undefined && this.onFirstValue !== undefined) {
      const register = this.onFirstValue;
      this.onFirstValue = undefined;
      register();
    }
  }

  /** `onFirstValue`: called once, when the first value is remembered (the owner then keeps this memory). */
  constructor(
    private readonly maxValues: number,
    private onFirstValue?: () => void,
  ) {}

  get size(): number {
    return this.count;
  }

  /** Whether a string's end is kept for the next event (carry()). */
  get carrying(): boolean {
    return this.carried !== undefined;
  }

  /** The raw end of the last string at `path` (a string's path in its event, joined by `.`) when it may go on in this event; undefined otherwise. */
  carryOf(path: string): string | undefined {
    const carried = this.carried;
    if (carried === undefined) return undefined;
    for (const [at, tail] of carried) if (at === path) return tail;
    return undefined;
  }

  /**
   * Keeps `tail`, the raw end of the string at `path`, for the session's next event (undefined:
   * forgets what was kept for `path`). At most MAX_CARRIED_TAIL characters (MAX_CARRIED_LABEL for a
   * member's name kept as a label, marked by a last U+0002) and MAX_CARRIED_PATHS
   * paths (the least recently set is forgotten); a memory kept for its ends alone joins its owner's
   * LRU as it does with its first value.
   */
  carry(path: string, tail: string | undefined): void {
    let carried = this.carried;
    const at = carried === undefined ? -1 : carried.findIndex(([known]) => known === path);
    if (at >= 0) (carried as Array<[string, string]>).splice(at, 1);
    if (tail === undefined || tail.length === 0) {
      if (carried !== undefined && carried.length === 0) this.carried = undefined;
      return;
    }
    carried ??= this.carried = [];
    const limit = tail.charCodeAt(tail.length - 1) === 2 ? MAX_CARRIED_LABEL : MAX_CARRIED_TAIL;
    carried.push([path, tail.length > limit ? tail.slice(tail.length - limit) : tail]);
    if (carried.length > MAX_CARRIED_PATHS) carried.shift();
    if (this.onFirstValue !== undefined) {
      const register = this.onFirstValue;
      this.onFirstValue = undefined;
      register();
    }
  }

  /** The ends kept by carry(), oldest first (to hand to another thread's redactor). */
  carries(): Array<[string, string]> {
    return this.carried === undefined ? [] : this.carried.map(([path, tail]): [string, string] => [path, tail]);
  }

  /** The remembered values, least recent first (to hand to another thread's redactor). */
  entries(): Array<[string, RememberedValue]> {
    const out: Array<[string, RememberedValue]> = [];
    for (let at = this.oldest; at !== -1; at = this.newer[at] as number) {
      out.push([this.lowers[at] as string, this.values[at] as RememberedValue]);
    }
    return out;
  }

  /**
   * Remembers a value; true when it was not remembered yet (in any spelling of its gaps:
   * `Okafor, Amara` after `okafor amara` is the same value). Blanks and separators at its ends
   * are left out.
   */
  remember(raw: string, value: RememberedValue): boolean {
    const trimmed = trimSeparators(raw);
    // A number padded with zeros (`00482913`, a record number as its system stores it) recurs
    // without them (`record 482913` in the answer; a probe of 2026-12-03 found it raw): it is
    // remembered both ways, with the same type and canonical form, from six digits without the
    // zeros (shorter ones recur by chance, as below).
    if (trimmed.length <= MAX_REMEMBERED_CHARS && PADDED_NUMBER.test(trimmed)) {
      const bare = trimmed.replace(LEADING_ZEROS, '');
      if (bare.length >= MIN_UNPADDED_DIGITS) this.add(bare, value);
    }
    return this.add(trimmed, value);
  }

  /** remember() of one spelling, trimmed already. */
  private add(trimmed: string, value: RememberedValue): boolean {
    if (trimmed.length > MAX_REMEMBERED_CHARS) return false;
    // Short numbers recur by chance (years, counts); numbers are remembered from six digits on.
    if (NUMBER_LIKE.test(trimmed) && digitCount(trimmed) < 6) return false;
    const cased = trimmed.toLowerCase();
    if (cased.length !== trimmed.length) return false; // case mapping changed the offsets; not matchable safely
    // As lowerCode compares text: accents folded (`Νίκος` and `ΝΙΚΟΣ`, `José` and `JOSE` are one
    // value), a final sigma as the sigma it is elsewhere (`Παπαδόπουλος` and `ΠΑΠΑΔΌΠΟΥΛΟΣ`).
    const lower = foldValue(cased);
    // Its characters other than separators: the first ones (bucket, pair, print) and their count.
    const codes = valueCodes;
    let count = 0;
    for (let k = 0; k < lower.length; k++) {
      const code = lower.charCodeAt(k);
      if (isSeparator(code)) continue;
      if (count < PRINT_CHARS) codes[count] = lowerCode(code);
      count++;
    }
    if (count < MIN_REMEMBERED_CHARS) return false;
    const prefix = prefixOf(codes);
    const print = printOf(codes, count);
    const head = this.byPrefix.get(prefix);
    if (head !== undefined) {
      // One walk of the bucket: the value itself (prints first, then the text), and its size.
      const prints = this.prints;
      const nextInBucket = this.nextInBucket;
      let inBucket = 0;
      for (let at = head; at !== -1; at = nextInBucket[at] as number) {
        inBucket++;
        if (prints[at] !== print) continue;
        const known = this.lowers[at] as string;
        if (known !== lower && !sameShape(known, lower)) continue;
        // Seen again: most recent now, masked as at its first sighting.
        if (at !== this.newest) {
          this.unlink(at);
          this.append(at);
        }
        return false;
      }
      if (inBucket >= MAX_PER_PREFIX) this.forget(head);
    }
    if (this.count >= this.maxValues) this.forget(this.oldest);
    const first = codes[0] as number;
    const second = codes[1] as number;
    const pair = first < 128 && second < 128 ? pairSlot(first, second) : -1;
    const slot = this.takeSlot();
    // A copy, so that a caller's object is never held; equal copies are one object (never changed).
    let kept = this.lastValue;
    if (kept === undefined || kept.type !== value.type || kept.class !== value.class || kept.normalized !== value.normalized) {
      kept = { type: value.type, class: value.class, normalized: value.normalized };
      this.lastValue = kept;
    }
    this.lowers[slot] = lower;
    this.values[slot] = kept;
    this.prefixes[slot] = prefix;
    this.prints[slot] = print;
    this.nextInBucket[slot] = -1;
    this.pairs[slot] = pair;
    this.count++;
    this.append(slot);
    // Last of its bucket. A forget above may have emptied the bucket and dropped it from the map.
    let tail = this.byPrefix.get(prefix);
    if (tail === undefined) this.byPrefix.set(prefix, slot);
    else {
      while (this.nextInBucket[tail] !== -1) tail = this.nextInBucket[tail] as number;
      this.nextInBucket[tail] = slot;
    }
    if (this.pairBits === NO_PAIR_BITS) this.pairBits = new Uint32Array(PAIR_WORDS);
    this.index(slot, 1);
    if (this.onFirstValue !== undefined) {
      const register = this.onFirstValue;
      this.onFirstValue = undefined;
      register();
    }
    return true;
  }

  /** A free slot: a forgotten value's, else the next never used (the arrays doubled when full, up to maxValues). */
  private takeSlot(): number {
    const reused = this.free.pop();
    if (reused !== undefined) return reused;
    const slot = this.used++;
    if (slot >= this.prints.length) {
      const size = Math.min(this.maxValues, Math.max(8, this.prints.length * 2));
      const grow = <T extends Int32Array | Int16Array>(old: T, made: T): T => {
        made.set(old);
        return made;
      };
      this.prefixes = grow(this.prefixes, new Int32Array(size));
      this.prints = grow(this.prints, new Int32Array(size));
      this.nextInBucket = grow(this.nextInBucket, new Int32Array(size));
      this.pairs = grow(this.pairs, new Int16Array(size));
      this.older = grow(this.older, new Int32Array(size));
      this.newer = grow(this.newer, new Int32Array(size));
    }
    return slot;
  }

  /** Links a slot in as the most recent. */
  private append(slot: number): void {
    this.older[slot] = this.newest;
    this.newer[slot] = -1;
    if (this.newest === -1) this.oldest = slot;
    else this.newer[this.newest] = slot;
    this.newest = slot;
  }

  /** Takes a slot out of the recency list. */
  private unlink(slot: number): void {
    const older = this.older[slot] as number;
    const newer = this.newer[slot] as number;
    if (older === -1) this.oldest = newer;
    else this.newer[older] = newer;
    if (newer === -1) this.newest = older;
    else this.older[newer] = older;
    this.older[slot] = -1;
    this.newer[slot] = -1;
  }

  /** Adds (`delta` 1) or removes (-1) a value's start in the pair bits or the non-ASCII counts. */
  private index(slot: number, delta: 1 | -1): void {
    const pair = this.pairs[slot] as number;
    if (pair !== -1) {
      if (delta === 1) this.pairBits[pair >>> 5] = (this.pairBits[pair >>> 5] as number) | (1 << (pair & 31));
      return;
    }
    const first = lowerCode((this.lowers[slot] as string).charCodeAt(0)); // a value starts with a character other than a separator
    const key = first < 128 ? first + 65536 : first;
    this.others += delta;
    const count = (this.firstCodes.get(key) ?? 0) + delta;
    if (count <= 0) this.firstCodes.delete(key);
    else this.firstCodes.set(key, count);
  }

  private forget(slot: number): void {
    this.unlink(slot);
    const prefix = this.prefixes[slot] as number;
    const head = this.byPrefix.get(prefix);
    if (head === undefined) return;
    const nextInBucket = this.nextInBucket;
    if (head === slot) {
      if (nextInBucket[slot] === -1) this.byPrefix.delete(prefix);
      else this.byPrefix.set(prefix, nextInBucket[slot] as number);
    } else {
      let before = head;
      while (nextInBucket[before] !== -1 && nextInBucket[before] !== slot) before = nextInBucket[before] as number;
      if (nextInBucket[before] !== slot) return;
      nextInBucket[before] = nextInBucket[slot] as number;
    }
    nextInBucket[slot] = -1;
    this.count--;
    if (this.pairs[slot] === -1) this.index(slot, -1);
    this.lowers[slot] = undefined;
    this.values[slot] = undefined;
    this.free.push(slot);
    if (this.pairs[slot] !== -1 && ++this.stale >= Math.max(16, this.count)) {
      // Rebuilt once as many values were forgotten as are remembered: amortized O(1).
      this.stale = 0;
      this.pairBits.fill(0);
      for (let kept = 0; kept < this.used; kept++) if (this.lowers[kept] !== undefined && this.pairs[kept] !== -1) this.index(kept, 1);
    }
  }


  /**
   * Every recurrence of a remembered value in `text`, case-insensitive, on word boundaries
   * (a value starting or ending with a letter or digit must not continue a word), in the
   * spellings matchEnd allows. Linear in the text: at most MAX_PER_PREFIX comparisons per
   * position, each reading at most the value and MAX_SKIPPED + 1 more characters, and only where
   * a value could start. `work`, when given, counts the comparisons (tests check the growth).
   */
  find(text: string, work?: { steps: number }): Recurrence[] {
    let out = NO_RECURRENCES;
    const length = text.length;
    if (this.count === 0 || length < MIN_REMEMBERED_CHARS) return out;
    const firstCodes = this.firstCodes;
    const pairBits = this.pairBits;
    const others = this.others > 0;
    // (A scan remembers nothing: the slot arrays stay.)
    const lowers = this.lowers;
    const prints = this.prints;
    const nextInBucket = this.nextInBucket;
    // Steps counted here and added to `work` at the end: one a position, one an entry compared.
    let steps = 0;
    let previousAlnum = false;
    for (let i = 0; i <= length - MIN_REMEMBERED_CHARS; i++) {
      steps++;
      const code = text.charCodeAt(i);
      let a: number;
      if (code < 128) {
        if (ASCII_ALNUM[code] === 1) {
          // Inside a word no value starts (values starting with a letter or digit need a boundary).
          if (previousAlnum) continue;
          previousAlnum = true;
          a = code >= 65 && code <= 90 ? code + 32 : code;
        } else {
          previousAlnum = false;
          if (ASCII_SEPARATOR[code] === 1) continue; // no value starts with a separator
          a = code;
        }
      } else {
        const alnum = isAlnum(code);
        const inside = alnum && previousAlnum;
        previousAlnum = alnum;
        if (inside) continue;
        // A letter with an accent starts the values of its base letter (`É` those of `e`).
        a = lowerCode(code);
        if (a >= 128 && (!others || !firstCodes.has(a))) continue;
      }
      if (a < 128) {
        // The second character other than separators (`J. Smith`, `Li  Wei`: rare, a short walk).
        let at = i + 1;
        let b = text.charCodeAt(at);
        if (!(b < 128 && ASCII_ALNUM[b] === 1)) {
          while ((isSeparator(b) || isMark(b)) && ++at < length && at - i <= MAX_RUN) b = text.charCodeAt(at);
          if (b >= 128) b = lowerCode(b); // (past the text b is NaN and stays so)
        }
        if (b < 128) {
          if (b >= 65 && b <= 90) b += 32;
          const slot = pairSlot(a, b);
          if (((pairBits[slot >>> 5] as number) & (1 << (slot & 31))) === 0) continue;
        } else if (!others || !firstCodes.has(a + 65536)) {
          continue;
        }
      }
      skeletonAt(text, i, 3, textCodes);
      const head = this.byPrefix.get(prefixOf(textCodes));
      if (head === undefined) continue;
      skeletonAt(text, i, PRINT_CHARS, textCodes);
      printsOf(textCodes, textPrints);
      let best = -1;
      let bestEnd = -1;
      for (let at = head; at !== -1; at = nextInBucket[at] as number) {
        steps++;
        const print = prints[at] as number;
        if (print !== textPrints[print >>> 26]) continue;
        const value = lowers[at] as string;
        const end = matchEnd(text, i, value);
        if (end <= bestEnd) continue;
        if (isAlnum(value.charCodeAt(value.length - 1)) && end < length && isAlnum(text.charCodeAt(end))) continue;
        best = at;
        bestEnd = end;
      }
      if (best === -1) continue;
      const remembered = this.values[best] as RememberedValue;
      if (out === NO_RECURRENCES) out = [];
      out.push({ start: i, end: bestEnd, type: remembered.type, class: remembered.class, normalized: remembered.normalized });
      i = bestEnd - 1;
      previousAlnum = isAlnum(text.charCodeAt(i));
    }
    if (work) work.steps += steps;
    return out;
  }
}

/** Session memories of one redactor, by session id and by trace id. */
/**
 * The key an event's values are remembered under: its session, else its trace, else none (one
 * memory per event). The sealing pool shares events out by this key, so it must stay the one
 * `SessionMemory` uses.
 */
export function memoryKey(session: string | undefined, traceId: string | undefined): string | undefined {
  if (session !== undefined && session !== '') return `s\0${session}`;
  if (traceId !== undefined && traceId !== '') return `t\0${traceId}`;
  return undefined;
}

/** A session's or trace's memory in a SessionMemory, linked into its recency list. */
interface Held {
  values: SessionValues;
  /** The session id or trace id (the key of `sessions` or `traces`). */
  id: string;
  trace: boolean;
  /** Next less recently used, or undefined for the least recent. */
  older: Held | undefined;
  /** Next more recently used, or undefined for the most recent. */
  newer: Held | undefined;
}

export class SessionMemory {
  /**
   * Memories by session id and by trace id (memoryKey's two kinds, kept apart so that no key
   * string is built per event), one recency list over both from `oldest` to `newest`: an event's
   * memory is looked up once and relinked as the most recent, no map entry is deleted and set
   * again per event.
   */
  private readonly sessions = new Map<string, Held>();
  private readonly traces = new Map<string, Held>();
  private oldest: Held | undefined;
  private newest: Held | undefined;
  private readonly maxSessions: number;
  private readonly maxValues: number;

  constructor(options: SessionMemoryOptions = {}) {
    this.maxSessions = Math.max(1, Math.floor(options.maxSessions ?? 1000));
    this.maxValues = Math.max(1, Math.floor(options.maxValues ?? 256));
  }

  /**
   * The memory an event belongs to: its session's, or its trace's when it names no session
   * (one memory per event, so each string is scanned once); undefined for neither. A session
   * not remembered yet gets an empty memory that joins the LRU with its first value.
   */
  valuesOf(session: string | undefined, traceId: string | undefined): SessionValues | undefined {
    if (session !== undefined && session !== '') return this.get(this.sessions, session, false);
    if (traceId !== undefined && traceId !== '') return this.get(this.traces, traceId, true);
    return undefined;
  }

  /** valuesOf as a list of none or one. */
  of(session: string | undefined, traceId: string | undefined): SessionValues[] {
    const values = this.valuesOf(session, traceId);
    return values === undefined ? [] : [values];
  }

  private get(map: Map<string, Held>, id: string, trace: boolean): SessionValues {
    const held = map.get(id);
    if (held !== undefined) {
      if (held !== this.newest) {
        this.unlink(held);
        this.append(held);
      }
      return held.values;
    }
    const fresh: SessionValues = new SessionValues(this.maxValues, () => this.keep(map, id, trace, fresh));
    return fresh;
  }

  private keep(map: Map<string, Held>, id: string, trace: boolean, values: SessionValues): void {
    const known = map.get(id);
    if (known !== undefined) {
      this.unlink(known);
      map.delete(id);
    }
    if (this.size >= this.maxSessions) {
      const oldest = this.oldest as Held;
      this.unlink(oldest);
      (oldest.trace ? this.traces : this.sessions).delete(oldest.id);
    }
    const held: Held = { values, id, trace, older: undefined, newer: undefined };
    this.append(held);
    map.set(id, held);
  }

  private append(held: Held): void {
    held.older = this.newest;
    held.newer = undefined;
    if (this.newest === undefined) this.oldest = held;
    else this.newest.newer = held;
    this.newest = held;
  }

  private unlink(held: Held): void {
    if (held.older === undefined) this.oldest = held.newer;
    else held.older.newer = held.newer;
    if (held.newer === undefined) this.newest = held.older;
    else held.newer.older = held.older;
    held.older = undefined;
    held.newer = undefined;
  }

  /** Sessions and traces currently remembered. */
  get size(): number {
    return this.sessions.size + this.traces.size;
  }

  /** The values of an event's session and trace, to redact it in another thread with the same memory. */
  snapshot(session: string | undefined, traceId: string | undefined): MemorySnapshot {
    const key = memoryKey(session, traceId);
    if (key === undefined) return [];
    const held = session !== undefined && session !== '' ? this.sessions.get(session) : this.traces.get(traceId as string);
    if (held === undefined) return [{ key, values: [] }];
    const carried = held.values.carries();
    const asked = held.values.asked;
    const snapshot: MemorySnapshot[number] = carried.length === 0 ? { key, values: held.values.entries() } : { key, values: held.values.entries(), carried };
    if (asked !== undefined) snapshot.asked = asked;
    return [snapshot];
  }

  /** Replaces the named sessions' values by those of a snapshot (what the other thread ended with). */
  load(snapshot: MemorySnapshot): void {
    for (const { key, values, carried, asked } of snapshot) {
      // memoryKey's forms: `s\0` and a session id, `t\0` and a trace id (no other key is ever looked up).
      const trace = key.startsWith('t\0');
      if (!trace && !key.startsWith('s\0')) continue;
      const map = trace ? this.traces : this.sessions;
      const id = key.slice(2);
      const fresh = new SessionValues(this.maxValues);
      for (const [raw, value] of values) fresh.remember(raw, value);
      for (const [path, tail] of carried ?? []) fresh.carry(path, tail);
      fresh.ask(asked);
      if (fresh.size > 0 || fresh.carrying || fresh.asked !== undefined || map.has(id)) this.keep(map, id, trace, fresh);
    }
  }
}

/** Some sessions' remembered values, as plain data (structured-clonable). */
export type MemorySnapshot = Array<{ key: string; values: Array<[string, RememberedValue]>; carried?: Array<[string, string]>; asked?: string }>;
