/**
 * `regex.test(text)` for a long alternation of words (a detector's prefilter: `pass|token|key|…`),
 * with the same answer, made cheaper in two steps.
 *
 * V8 runs such an alternation by trying each alternative at each position of the text: a
 * 178-word prefilter spent about 48 ns per character of prose holding none of its words.
 *
 * 1. The mask (workOutMask): the text is read once for all gates, case-folded, and each gate whose
 *    starts it may hold gets its bit. At its first question each gate works out from the regex's
 *    source (its bit is taken when it is made, in that order) the characters, pairs or triples a match can start with, and for an alternative that starts
 *    with a literal of three or more characters that literal's triples (startsOf). Most texts hold
 *    none of a gate's starts: the answer is then no, at the cost of one bit test. (Ten gates that
 *    each walked the text were half of all detection on prose, 2026-12-03.) Gates past the mask's
 *    93 bits (made after the detectors', in tests) ask the index (indexText) instead: which
 *    characters, pairs and triples the text holds, all of a word's triples asked.
 * 2. The walk: where the mask (or the index) lets the text through, the gate reads its characters and asks the
 *    regex (sticky, at that position) only where the first three characters are a triple some
 *    alternative starts with (startTables, exact but for case-folding in the index).
 *
 * Anything the analysis does not know makes it give up, and the gate is then `regex.test` itself.
 * Where the walk's tables cannot decide (a character outside ASCII, which case folding and `.`,
 * `\s` or `\p{…}` may match), the rest of the text is searched by the regex as it is; a text
 * holding a surrogate is not indexed. Exact: a match starts with one of the starts, whose characters
 * are then in the text in that order, and every position the walk skips starts none.
 */
export function gatedTest(regex: RegExp): (text: string) => boolean {
  const flags = regex.flags.replace(/[gy]/g, '');
  const source = regex.source;
  // The gate's bit of the mask is taken now, in the order gates are made; what it reads from the
  // source (its tables, its starts and their marks in the mask's tables) is worked out when it is
  // first asked. Most gates are made at import, where reading their sources was about a fifth of
  // the import's CPU; a process that redacts nothing (most commands of the CLI) never reads them.
  const slot = reserveSlot();
  const bit = slot === 0 ? 0 : 1 << (slot - 1) % MASK_WORD_BITS;
  // The mask's word that holds the bit: 0 (slots 1-31), 1 (32-62) or 2 (63-93).
  const word = slot === 0 ? 0 : Math.floor((slot - 1) / MASK_WORD_BITS);
  let read = false;
  let plain: RegExp | undefined;
  let firsts: Uint8Array = NO_TABLE;
  let pairs: Uint8Array = NO_TABLE;
  let triples: Int32Array = NO_TRIPLES;
  let mayStart: () => boolean = () => true;
  let minIndexed = 0;
  // How far before the character that set the gate's bit in a text's mask a match can start
  // (startLag): the walk of a masked gate starts there, not at the text's start.
  let lag = 0;
  // The regexes the walk asks, made when it first asks (V8 parses a pattern when it is made).
  let sticky: RegExp | undefined;
  let global: RegExp | undefined;
  const readSource = (): void => {
    read = true;
    let tables: Tables | undefined;
    let starts: Starts | undefined;
    try {
      if (flags.includes('v')) throw new Unsupported('v flag');
      const alternatives = parse(source, flags.includes('i'), flags.includes('u'));
      tables = startTables(alternatives);
      starts = startsOf(alternatives);
    } catch {
      tables = undefined;
    }
    if (tables === undefined || starts === undefined) {
      plain = new RegExp(source, flags);
      return;
    }
    ({ firsts, pairs, triples } = tables);
    mayStart = indexAsker(starts);
    // Asking the index costs about a probe of the slots per start, whatever the text's length; the
    // walk a few nanoseconds a character. Shorter texts (keys, ids, short values) are walked.
    minIndexed = Math.max(16, (starts.firsts.length + starts.pairs.length + starts.keys.length + starts.words.length) >> 1);
    lag = startLag(starts);
    if (slot !== 0) markStarts(slot, starts);
  };
  return (text) => {
    if (!read) readSource();
    if (plain !== undefined) return plain.test(text);
    // A masked gate's bit is what the index would answer (maskOf: exact); the others ask the index.
    let from = 0;
    if (bit !== 0) {
      if ((maskOf(text, word) & bit) === 0) return false;
      // No match starts before this (bitSetAt): the characters before it are not walked.
      from = Math.max(0, (bitSetAt[maskEntry * MASKED_GATES + slot - 1] as number) - lag + 1);
    } else if (text.length >= minIndexed && indexText(text) && !mayStart()) return false;
    const n = text.length;
    for (let i = from; i < n; i++) {
      const first = text.charCodeAt(i);
      if (first >= 128) {
        // Outside the tables: the regex searches from here (no match starts before i).
        global ??= new RegExp(source, `${flags}g`);
        global.lastIndex = i;
        return global.test(text);
      }
      const f = firsts[first] as number;
      if (f === 0) continue;
      let probe = (f & ENDS) !== 0;
      if (!probe && i + 1 < n) {
        const second = text.charCodeAt(i + 1);
        if (second >= 128) probe = (f & BEFORE_OTHER) !== 0;
        else {
          const pair = (first << 7) | second;
          const p = pairs[pair] as number;
          if (p === 0) continue;
          probe = (p & ENDS) !== 0;
          if (!probe && i + 2 < n) {
            const third = text.charCodeAt(i + 2);
            if (third >= 128) probe = (p & BEFORE_OTHER) !== 0;
            else {
              const slot = slotOf((pair << 7) | third);
              probe = ((triples[slot >>> 5] as number) & (1 << (slot & 31))) !== 0;
            }
          }
        }
      }
      if (probe) {
        sticky ??= new RegExp(source, `${flags}y`);
        sticky.lastIndex = i;
        if (sticky.test(text)) return true;
      }
    }
    return false;
  };
}
/** A gate's tables before it has read its source (never read: the gate reads its source before its tables). */
const NO_TABLE = new Uint8Array(0);
const NO_TRIPLES = new Int32Array(0);

/** Whether the text indexed last holds a start of `starts` (any first, pair or triple; all triples of a word). */
function indexAsker(starts: Starts): () => boolean {
  const { firsts, pairs, keys, words } = starts;
  return () => {
    const generation = indexGeneration;
    for (let k = 0; k < firsts.length; k++) if (firstSeen[firsts[k] as number] === generation) return true;
    for (let k = 0; k < pairs.length; k++) if (pairSeen[pairs[k] as number] === generation) return true;
    for (let k = 0; k < keys.length; k++) if (holds(keys[k] as number, generation)) return true;
    for (let w = 0; w < words.length; w++) {
      const word = words[w] as Int32Array;
      let all = true;
      for (let k = 0; k < word.length && all; k++) all = holds(word[k] as number, generation);
      if (all) return true;
    }
    return false;
  };
}

// ------------------------------------------------------------------ the shared index of a text
/** Every character outside ASCII reads as this one code in the index (and in a gate's starts). */
const OTHER = 128;
/** ASCII folded: capitals to small letters, the rest as they are. */
const FOLD = new Uint8Array(128).map((_, code) => (code >= 65 && code <= 90 ? code | 32 : code));
/**
 * Slots of the triples of the index: 2^15, hashed (Fibonacci hashing of the key, which
 * is the folded codes). A slot keeps the generation of the last text that filled it and the key
 * that did; two keys of one text in one slot leave MANY there, which holds any key. So the index
 * never says no to a key the text holds, and says yes to one it does not hold only where such a
 * pair of keys met. (With generations alone, a gate's triple that shared a slot with `the` passed
 * nearly every text.)
 */
const SLOT_BITS = 15;
/** A pair's place in pairSeen (not hashed: 129 x 256 places). */
const pairKey = (a: number, b: number): number => (a << 8) | b;
const tripleKey = (a: number, b: number, c: number): number => (a << 16) | (b << 8) | c;
const slotOf = (key: number): number => Math.imul(key, 0x9e3779b1) >>> (32 - SLOT_BITS);
const MANY = -1;
/** Per slot: the generation of the last text that filled it, and its key (or MANY); per folded character and per pair: the generation. Nothing to clear between texts. */
const seen = new Uint32Array(1 << SLOT_BITS);
const keyAt = new Int32Array(1 << SLOT_BITS);
const firstSeen = new Uint32Array(OTHER + 1);
const pairSeen = new Uint32Array((OTHER + 1) << 8);
function note(key: number, generation: number): void {
  const slot = slotOf(key);
  if (seen[slot] !== generation) {
    seen[slot] = generation;
    keyAt[slot] = key;
  } else if (keyAt[slot] !== key) keyAt[slot] = MANY;
}
function holds(key: number, generation: number): boolean {
  const slot = slotOf(key);
  if (seen[slot] !== generation) return false;
  const at = keyAt[slot] as number;
  return at === key || at === MANY;
}
let indexGeneration = 0;
let indexed: string | undefined;
let indexUsable = false;

/**
 * Indexes `text` (when it is not the text indexed last): its folded characters, pairs and triples
 * get the new generation. False when the text holds a surrogate: gates then run their regex.
 */
function indexText(text: string): boolean {
  if (text === indexed) return indexUsable;
  indexed = text;
  indexGeneration = (indexGeneration + 1) >>> 0;
  if (indexGeneration === 0) {
    seen.fill(0);
    keyAt.fill(0);
    pairSeen.fill(0);
    firstSeen.fill(0);
    indexGeneration = 1;
  }
  const generation = indexGeneration;
  let a = -1;
  let b = -1;
  for (let i = 0; i < text.length; i++) {
    const raw = text.charCodeAt(i);
    let c: number;
    if (raw < 128) c = FOLD[raw] as number;
    else {
      if (raw >= 0xd800 && raw <= 0xdfff) return (indexUsable = false);
      c = OTHER;
    }
    firstSeen[c] = generation;
    if (b >= 0) {
      pairSeen[pairKey(b, c)] = generation;
      if (a >= 0) note(tripleKey(a, b, c), generation);
    }
    a = b;
    b = c;
  }
  return (indexUsable = true);
}

// --------------------------------------------------------------- the gates' mask of a text
/**
 * The first step for every gate at once: one pass over a text sets the bit of every gate whose
 * starts (Starts) the text may hold: a folded first character or pair (tables), a triple start
 * (exactly: a table of the triples the gates name), or a word (a literal of three or more
 * characters) once its WORD_TRIPLES rarest triples are all in the text (a text holding the word
 * holds them: `warehouse` holds `use` but not `ser`, so it is not sent on to the gates of `user`).
 * Each triple of the text takes effect once, at its first sighting. A gate whose bit is not in the
 * text's mask says no without reading anything else; one whose bit is in goes on to its walk,
 * which asks the regex. The mask is three words of 31 bits: up to 93 gates have a bit, in the order
 * they are made (the detectors' own, made at load: 55 on 2026-12-05, 62 on 2026-12-06, when the
 * mask had two words; the third, 2026-12-07, lets a dozen searches of whole texts for a few
 * literals be gates: docs/REDACTION.md, "Performance and time"); gates made later (tests)
 * ask the index (indexText), and a gate whose bit is in does not. The mask never lacks the bit of
 * a gate whose start the text holds. Linear: a pass of one table read per character and pair,
 * one probe of the triples' table per triple, and per distinct triple of the text its words once.
 * Before 2026-12-06 the triples were read from two hashed tables (a word by its two rarest
 * triples, one in each), and each gate whose bit was in then asked the index, a second pass over
 * the text with tables of their own and some 290 probes for the secret rules' gate: on the
 * benchmark's prose, one pass with three triples a word and no index is 0.86-0.91x of the time of
 * detection (docs/REDACTION.md, "Performance and time", 2026-12-06).
 */
const MASK_WORD_BITS = 31;
/** The mask's words: low, high and third. */
const MASK_WORDS = 3;
/** How many gates have a bit of the mask (the first made); later ones ask the index directly. */
export const MASKED_GATES = MASK_WORDS * MASK_WORD_BITS;
let maskedGates = 0;
let madeGates = 0;
let allLow = 0;
let allHigh = 0;
let allThird = 0;
/** Per entry three words, low, high and third: entry e's are at 3e, 3e + 1 and 3e + 2. */
const firstMask = new Int32Array((OTHER + 1) * MASK_WORDS);
const pairMask = new Int32Array(((OTHER + 1) << 8) * MASK_WORDS);
/**
 * The triples the masked gates name, exactly: open addressing (Fibonacci hashing of the key, the
 * next slot on a clash), at most half full; per slot the key (-1: none) and its triple's number.
 * Per triple: the bits of the gates with it as a start (three words, at 3t, 3t + 1 and 3t + 2), and the words
 * that hold it (wordsOfTriple[t], numbers of words).
 */
let tripleSlotBits = 12;
let tripleKeys = new Int32Array(1 << tripleSlotBits).fill(-1);
let tripleNumbers = new Int32Array(1 << tripleSlotBits);
let triples = 0;
let tripleBits = new Int32Array(256);
const wordsOfTriple: number[][] = [];
/**
 * A bit per hash of the triples in the table (TRIPLE_FILTER_BITS bits of a second hash, one
 * table of 8 KiB): a triple whose bit is clear is in no gate's starts, found with one read
 * instead of a walk of the slots (most triples of a text are in none, and a miss walked about
 * two and a half slots of a table too large for the first-level cache). No false negatives:
 * workOutMask works out the same mask with it.
 */
const TRIPLE_FILTER_BITS = 16;
const tripleFilter = new Int32Array(1 << (TRIPLE_FILTER_BITS - 5));
const filterSlot = (key: number): number => Math.imul(key, 0x85ebca6b) >>> (32 - TRIPLE_FILTER_BITS);
/** The generation of the text whose mask last met each triple. */
let tripleSeen = new Uint32Array(128);
/** Per word (a literal of three or more characters some gate starts with): its gate's bits (3w, 3w + 1, 3w + 2), how many distinct triples it has, and for the text being masked how many of them are in. */
let wordBits = new Int32Array(256);
let wordNeeds = new Int32Array(128);
let wordHas = new Int32Array(128);
let wordSeen = new Uint32Array(128);
let words = 0;
let maskGeneration = 0;
/**
 * The masks of the last MASKED_TEXTS texts asked about, each an entry: its text, its three words
 * (3e, 3e + 1, 3e + 2), and its bitSetAt. More than one: a detector that asks a gate about a part of a text
 * (a window before a label) between two gates' questions about the whole made the whole's mask be
 * worked out again (4 times per detection of a 300-character paragraph of prose, 19 times of a
 * text holding a dozen kinds of personal data, 2026-12-06). An entry is replaced round robin.
 */
const MASKED_TEXTS = 4;
const maskedTexts: Array<string | undefined> = new Array<string | undefined>(MASKED_TEXTS).fill(undefined);
const textMasks = new Int32Array(MASK_WORDS * MASKED_TEXTS);
/** The entry of the text asked about last, and the entry the next new text takes. */
let maskEntry = 0;
let nextMaskEntry = 0;
/**
 * Per entry and slot of the mask (entry * MASKED_GATES + slot - 1): the offset of the character of
 * the entry's text at which workOutMask set the gate's bit (the last character of the first start
 * of the gate it met; 0 for the bits a surrogate sets). A match of the gate starts at or after it
 * less the gate's startLag plus one: the start it holds is met at its last character or, for a
 * word, at its last triple's, whose first sighting is no later than the one in the match.
 */
const bitSetAt = new Int32Array(MASKED_TEXTS * MASKED_GATES);

/**
 * The most characters from a match's first to the character at which the mask meets one of the
 * gate's starts: 1 for a first character, 2 for a pair, 3 for a triple, a word's length for a
 * word (the bit is set at the last character of the last of its triples to be seen).
 */
function startLag(starts: Starts): number {
  let lag = starts.firsts.length > 0 ? 1 : 0;
  if (starts.pairs.length > 0) lag = 2;
  if (starts.keys.length > 0) lag = 3;
  return Math.max(lag, starts.longestWord);
}

/** Records `at` in the bitSetAt of entry `entry` for the bits of `added` (the mask's word `word`: 0 low, 1 high, 2 third). */
function noteBitsSet(entry: number, added: number, word: number, at: number): void {
  const base = entry * MASKED_GATES + word * MASK_WORD_BITS;
  for (let rest = added; rest !== 0; rest &= rest - 1) bitSetAt[base + 31 - Math.clz32(rest & -rest)] = at;
}

/** English letter frequencies (per cent, rounded), to pick a word's rarest triples; others count 1, a blank 18. */
const LETTER_FREQUENCY: Record<string, number> = {
  e: 12.7, t: 9.1, a: 8.2, o: 7.5, i: 7, n: 6.7, s: 6.3, h: 6.1, r: 6, d: 4.3, l: 4, c: 2.8, u: 2.8, m: 2.4, w: 2.4, f: 2.2, g: 2, y: 2, p: 1.9, b: 1.5, v: 1, k: 0.8, j: 0.15, x: 0.15, q: 0.1, z: 0.07, ' ': 18,
};
const frequencyOf = (code: number): number => (code < 128 ? (LETTER_FREQUENCY[String.fromCharCode(code)] ?? 1) : 1);
/** frequencyOf of each folded code (0-128: ASCII and OTHER), read once: markStarts sorts every word's triples by it. */
const FREQUENCY = Float64Array.from({ length: OTHER + 1 }, (_, code) => frequencyOf(code));
const rarity = (key: number): number => (FREQUENCY[key >>> 16] as number) * (FREQUENCY[(key >>> 8) & 0xff] as number) * (FREQUENCY[key & 0xff] as number);
/**
 * A word's triples the mask waits for: its rarest ones (by rarity), at most this many. All of them
 * (as the index asks) made detection of prose slower than before (1.08-1.11x: common triples such
 * as `the` or `ent` belong to hundreds of words); two 0.89-0.91x, three 0.86-0.91x; four and six
 * no better than before in one run of five builds side by side (2026-12-06, load 15-18).
 */
const WORD_TRIPLES = 3;

const grown = <T extends Int32Array | Uint32Array>(old: T, size: number): T => {
  if (old.length >= size) return old;
  const made = new (old.constructor as new (n: number) => T)(Math.max(size, old.length * 2));
  made.set(old);
  return made;
};
const tripleSlot = (key: number, bits: number): number => Math.imul(key, 0x9e3779b1) >>> (32 - bits);

/** The number of triple `key` in the table, or -1. */
function tripleNumber(key: number): number {
  const mask = (1 << tripleSlotBits) - 1;
  for (let slot = tripleSlot(key, tripleSlotBits); ; slot = (slot + 1) & mask) {
    const held = tripleKeys[slot] as number;
    if (held === key) return tripleNumbers[slot] as number;
    if (held === -1) return -1;
  }
}

/** The number of triple `key`, added to the table when it is not in it. */
function addTriple(key: number): number {
  const known = tripleNumber(key);
  if (known !== -1) return known;
  if (2 * (triples + 1) > 1 << tripleSlotBits) {
    // Twice the slots, every triple again.
    const keys = tripleKeys;
    const numbers = tripleNumbers;
    tripleSlotBits++;
    tripleKeys = new Int32Array(1 << tripleSlotBits).fill(-1);
    tripleNumbers = new Int32Array(1 << tripleSlotBits);
    for (let at = 0; at < keys.length; at++) if ((keys[at] as number) !== -1) place(keys[at] as number, numbers[at] as number);
  }
  const number = triples++;
  place(key, number);
  const bit = filterSlot(key);
  tripleFilter[bit >>> 5] = (tripleFilter[bit >>> 5] as number) | (1 << (bit & 31));
  tripleBits = grown(tripleBits, MASK_WORDS * triples);
  tripleSeen = grown(tripleSeen, triples);
  wordsOfTriple.push([]);
  return number;
}
function place(key: number, number: number): void {
  const mask = (1 << tripleSlotBits) - 1;
  let slot = tripleSlot(key, tripleSlotBits);
  while ((tripleKeys[slot] as number) !== -1) slot = (slot + 1) & mask;
  tripleKeys[slot] = key;
  tripleNumbers[slot] = number;
}

/**
 * The WORD_TRIPLES rarest triples of a word, rarest first, the earlier of two as rare first: what a
 * stable sort by rarity then its first WORD_TRIPLES give, picked by a pass per triple kept.
 */
function rarestTriples(word: Int32Array): number[] {
  const out: number[] = [];
  const taken = new Uint8Array(word.length);
  for (let n = 0; n < WORD_TRIPLES && n < word.length; n++) {
    let best = -1;
    let bestRarity = Infinity;
    for (let k = 0; k < word.length; k++) {
      if (taken[k] === 1) continue;
      const r = rarity(word[k] as number);
      if (best === -1 || r < bestRarity) {
        best = k;
        bestRarity = r;
      }
    }
    taken[best] = 1;
    out.push(word[best] as number);
  }
  return out;
}

/** How many gates were made in this module instance, and how many of them have a bit of the mask (for tests). A gate takes its bit when it is made, before it reads its source: one whose source the reader gives up on keeps its bit unused. */
export function gateCounts(): { made: number; masked: number } {
  return { made: madeGates, masked: maskedGates };
}

/**
 * Counts a gate made and gives it a bit of the mask, in the order gates are made. Returns the
 * gate's slot: 1-31 the bit 0-30 of the low word, 32-62 the bit 0-30 of the high word, 63-93 the
 * bit 0-30 of the third word, 0 none (all taken). The bit is in no text's mask until markStarts adds the gate's starts to the tables.
 */
function reserveSlot(): number {
  madeGates++;
  if (maskedGates >= MASKED_GATES) return 0;
  return ++maskedGates;
}

/** Adds the starts of the gate of `slot` (reserveSlot) to the mask's tables, with its bit. */
function markStarts(slot: number, starts: Starts): void {
  const word = Math.floor((slot - 1) / MASK_WORD_BITS);
  const bit = 1 << (slot - 1) % MASK_WORD_BITS;
  if (word === 2) allThird |= bit;
  else if (word === 1) allHigh |= bit;
  else allLow |= bit;
  const mark = (table: Int32Array, entry: number): void => {
    table[MASK_WORDS * entry + word] = (table[MASK_WORDS * entry + word] as number) | bit;
  };
  for (const first of starts.firsts) mark(firstMask, first);
  for (const pair of starts.pairs) mark(pairMask, pair);
  for (const key of starts.keys) {
    // addTriple first: it may grow tripleBits, and the bit must go into the array it leaves (an
    // argument `tripleBits` read before the call marked the old one: 2026-12-06).
    const number = addTriple(key);
    mark(tripleBits, number);
  }
  for (const literal of starts.words) {
    // Each word its own number (the same literal in two gates: two words, each with its gate's bit).
    const number = words++;
    wordBits = grown(wordBits, MASK_WORDS * words);
    wordNeeds = grown(wordNeeds, words);
    wordHas = grown(wordHas, words);
    wordSeen = grown(wordSeen, words);
    wordBits[MASK_WORDS * number + word] = bit;
    const rarest = rarestTriples(literal);
    wordNeeds[number] = rarest.length;
    for (const key of rarest) (wordsOfTriple[addTriple(key)] as number[]).push(number);
  }
  // A mask worked out before this gate read its source lacks its bit.
  maskedTexts.fill(undefined);
}

/** The word `word` (0 low, 1 high, 2 third) of the mask of `text` (all bits when it holds a surrogate: see indexText). */
function maskOf(text: string, word: number): number {
  if (maskedTexts[maskEntry] !== text) {
    let entry = -1;
    for (let e = 0; e < MASKED_TEXTS; e++) {
      if (maskedTexts[e] === text) {
        entry = e;
        break;
      }
    }
    if (entry === -1) {
      entry = nextMaskEntry;
      nextMaskEntry = (nextMaskEntry + 1) % MASKED_TEXTS;
      workOutMask(text, entry);
    }
    maskEntry = entry;
  }
  return textMasks[MASK_WORDS * maskEntry + word] as number;
}

/** How many times workOutMask has read a text (for tests). */
let maskPassCount = 0;
export function maskPasses(): number {
  return maskPassCount;
}

/** Works out the three words of `text`'s mask (one pass) and keeps them, with its bitSetAt, as entry `entry`. */
function workOutMask(text: string, entry: number): void {
  maskPassCount++;
  maskGeneration = (maskGeneration + 1) >>> 0;
  if (maskGeneration === 0) {
    tripleSeen.fill(0);
    wordSeen.fill(0);
    maskGeneration = 1;
  }
  const generation = maskGeneration;
  let low = 0;
  let high = 0;
  let third = 0;
  let a = -1;
  let b = -1;
  const lows = allLow;
  const highs = allHigh;
  const thirds = allThird;
  const slotBits = tripleSlotBits;
  const slotMask = (1 << slotBits) - 1;
  const keys = tripleKeys;
  const numbers = tripleNumbers;
  const filter = tripleFilter;
  // (Once every gate's bit is in, the rest of the text cannot add any.)
  for (let i = 0; i < text.length && (low !== lows || high !== highs || third !== thirds); i++) {
    const raw = text.charCodeAt(i);
    let c: number;
    if (raw < 128) c = FOLD[raw] as number;
    else if (raw >= 0xd800 && raw <= 0xdfff) {
      noteBitsSet(entry, lows & ~low, 0, 0);
      noteBitsSet(entry, highs & ~high, 1, 0);
      noteBitsSet(entry, thirds & ~third, 2, 0);
      low = lows;
      high = highs;
      third = thirds;
      break;
    } else c = OTHER;
    const lowBefore = low;
    const highBefore = high;
    const thirdBefore = third;
    low |= firstMask[3 * c] as number;
    high |= firstMask[3 * c + 1] as number;
    third |= firstMask[3 * c + 2] as number;
    if (b >= 0) {
      const pair = 3 * pairKey(b, c);
      low |= pairMask[pair] as number;
      high |= pairMask[pair + 1] as number;
      third |= pairMask[pair + 2] as number;
      const key = tripleKey(a, b, c);
      const filtered = Math.imul(key, 0x85ebca6b) >>> (32 - TRIPLE_FILTER_BITS);
      if (a >= 0 && ((filter[filtered >>> 5] as number) & (1 << (filtered & 31))) !== 0) {
        let slot = Math.imul(key, 0x9e3779b1) >>> (32 - slotBits);
        let held = keys[slot] as number;
        while (held !== key && held !== -1) {
          slot = (slot + 1) & slotMask;
          held = keys[slot] as number;
        }
        if (held === key) {
          const number = numbers[slot] as number;
          if (tripleSeen[number] !== generation) {
            tripleSeen[number] = generation;
            low |= tripleBits[3 * number] as number;
            high |= tripleBits[3 * number + 1] as number;
            third |= tripleBits[3 * number + 2] as number;
            const holders = wordsOfTriple[number] as number[];
            for (let k = 0; k < holders.length; k++) {
              const word = holders[k] as number;
              let has = 1;
              if (wordSeen[word] === generation) has = (wordHas[word] as number) + 1;
              else wordSeen[word] = generation;
              wordHas[word] = has;
              if (has === wordNeeds[word]) {
                low |= wordBits[3 * word] as number;
                high |= wordBits[3 * word + 1] as number;
                third |= wordBits[3 * word + 2] as number;
              }
            }
          }
        }
      }
    }
    if (low !== lowBefore) noteBitsSet(entry, low & ~lowBefore, 0, i);
    if (high !== highBefore) noteBitsSet(entry, high & ~highBefore, 1, i);
    if (third !== thirdBefore) noteBitsSet(entry, third & ~thirdBefore, 2, i);
    a = b;
    b = c;
  }
  maskedTexts[entry] = text;
  textMasks[3 * entry] = low;
  textMasks[3 * entry + 1] = high;
  textMasks[3 * entry + 2] = third;
}

/** At most this many pairs or triples stand for one prefix; past it, the prefix is asked by its first one or two characters. */
const MAX_KEYS_PER_PREFIX = 256;

/**
 * What a gate asks the index: folded first characters, pairs and keys of triples (any one), and
 * words: the triples of a literal of three or more characters that an alternative starts with
 * (all of one word's). `login` asks for `log`, `ogi` and `gin` together, where its first triple
 * alone would send every `catalog` to the regex.
 */
interface Starts {
  firsts: Uint8Array;
  pairs: Int32Array;
  keys: Int32Array;
  words: Int32Array[];
  /** The most characters from a match's start to the end of a literal in `words` (0 when there is none): a literal's length, plus one for a literal after a match's first character (startsOf). */
  longestWord: number;
}

/** At most this many sequences are made of one alternative's leading groups (literalStarts). */
const MAX_LITERAL_STARTS = 256;

/**
 * The literals an alternative's matches start with: its characters met once (a set of two or three
 * folded characters, `s` or `ſ`, gives a literal for each), read on through assertions (they consume
 * nothing) and through groups met once or optionally (each of the group's alternatives, and the
 * rest without it when optional), each cut at the first node that is none of these. Undefined
 * when that makes more than MAX_LITERAL_STARTS.
 *
 * With `repeats`, a set of at most three folded characters met up to twice (`[ \t]{0,2}`,
 * `[ \t]{1,2}`) is read on too, at any length of the literal: a literal for each count from its
 * least to its most and each character of each occurrence. `ek["']?[ \t]{0,2}[:=]` then starts
 * `ek:`, `ek :`, `ek\t=`, …, where it was cut to `ek` (asked by the triple `ek `, which every
 * `week ` and `seek ` of prose holds: the secret rules' gate walked most prose, 2026-12-06).
 * startsOf asks with `repeats` first and without when that makes too many.
 */
function literalStarts(sequence: readonly Node[], repeats = false): number[][] | undefined {
  const out: number[][] = [];
  const walk = (nodes: readonly Node[], codes: number[], depth: number): boolean => {
    if (depth > 16) return false;
    for (let k = 0; k < nodes.length; k++) {
      const node = nodes[k] as Node;
      if (node.kind === 'assertion') continue;
      if (node.kind === 'set' && node.min === 1 && node.max === 1) {
        const folded = foldedCodes(node.set);
        if (folded.length === 1) {
          codes = codes.concat(folded[0] as number);
          continue;
        }
        // Two or three characters (with i and u, `s` is also `ſ` and `k` the Kelvin sign, both
        // OTHER here, and `ü` may be `s` or `k` too): a literal for each. (Cut there, `fünf` cut
        // every digit word of its gate to its first triple, and `vier` was asked by `vie` alone,
        // which `reviewed` holds: the gate walked most prose, 2026-12-04.)
        if (folded.length <= 3) {
          const rest = nodes.slice(k + 1);
          for (const code of folded) if (!walk(rest, codes.concat(code), depth + 1)) return false;
          return true;
        }
      }
      // An optional character before the literal has three (`co-?borrower`, `e-?mail`): a literal
      // with it and one without, so the gate asks for the words' triples and not only for their
      // first two characters (each `claim` went on to the walk of `claimants?`'s gate for `cla`).
      // Cut there, as any other node, once the literal has three characters.
      // Met up to twice (`repeats`): the literals of each count, then the rest. Exact: every
      // match has one of the counts and one of the characters at each occurrence.
      if (repeats && node.kind === 'set' && node.max <= 2 && node.max >= 1) {
        const folded = foldedCodes(node.set);
        if (folded.length <= 3) {
          const rest = nodes.slice(k + 1);
          if (node.min === 0 && !walk(rest, codes, depth + 1)) return false;
          const again: Node[] = node.max > 1 ? [boundedAgain(node)].concat(rest) : rest;
          for (const code of folded) if (!walk(again, codes.concat(code), depth + 1)) return false;
          return true;
        }
      }
      if (node.kind === 'set' && node.min === 0 && node.max === 1 && codes.length < 3) {
        const folded = foldedCodes(node.set);
        if (folded.length <= 3) {
          const rest = nodes.slice(k + 1);
          if (!walk(rest, codes, depth + 1)) return false;
          for (const code of folded) if (!walk(rest, codes.concat(code), depth + 1)) return false;
          return true;
        }
      }
      if (node.kind === 'group' && node.max === 1) {
        const rest = nodes.slice(k + 1);
        if (node.min === 0 && !walk(rest, codes, depth + 1)) return false;
        for (const alternative of node.alternatives) if (!walk(alternative.concat(rest), codes, depth + 1)) return false;
        return true;
      }
      break;
    }
    out.push(codes);
    return out.length <= MAX_LITERAL_STARTS;
  };
  return walk(sequence, [], 0) ? out : undefined;
}

/**
 * Where the rest of `sequence` starts after its first character, when it starts (past
 * assertions) with a set met exactly once: the index after that set, or -1.
 */
function leadingCharacter(sequence: readonly Node[]): number {
  for (let k = 0; k < sequence.length; k++) {
    const node = sequence[k] as Node;
    if (node.kind === 'assertion') continue;
    return node.kind === 'set' && node.min === 1 && node.max === 1 ? k + 1 : -1;
  }
  return -1;
}

/** The folded codes of a set (OTHER for any character outside ASCII). */
function foldedCodes(set: CharSet): readonly number[] {
  if (set.folded !== undefined) return set.folded;
  const out = new Set<number>();
  for (let code = 0; code < 128; code++) if (set.ascii[code] === 1) out.add(FOLD[code] as number);
  if (set.other) out.add(OTHER);
  return (set.folded = [...out]);
}

/** The ASCII codes of a set, in order (kept on the set: sets are not changed once parsed). */
function asciiCodes(set: CharSet): readonly number[] {
  if (set.codes !== undefined) return set.codes;
  const out: number[] = [];
  for (let code = 0; code < 128; code++) if (set.ascii[code] === 1) out.push(code);
  return (set.codes = out);
}

/** The starts of the matches of `alternatives` (a regex's, from parse); see Starts. Throws Unsupported for a match of no characters. */
function startsOf(alternatives: Node[][]): Starts {
  const firsts = new Set<number>();
  const pairs = new Set<number>();
  const keys = new Set<number>();
  const words = new Map<string, Int32Array>();
  let longestWord = 0;
  // A literal that another of the same alternative starts (`token`, `tokens` of `tokens?`) is
  // left out: a text holding the longer holds the shorter, and a match starting with the longer
  // starts with the shorter, within its length of the bit (startLag).
  const addWords = (literals: number[][], offset: number): void => {
    const all = new Set(literals.map((codes) => codes.join(',')));
    for (const codes of literals) {
      let prefixed = false;
      for (let end = 3; end < codes.length && !prefixed; end++) prefixed = all.has(codes.slice(0, end).join(','));
      if (prefixed) continue;
      const word = new Set<number>();
      for (let k = 0; k + 3 <= codes.length; k++) word.add(tripleKey(codes[k] as number, codes[k + 1] as number, codes[k + 2] as number));
      words.set(`${offset}:${codes.join(',')}`, Int32Array.from(word));
      longestWord = Math.max(longestWord, offset + codes.length);
    }
  };
  const allWords = (literals: number[][] | undefined): literals is number[][] => literals !== undefined && literals.every((codes) => codes.length >= 3);
  for (const alternative of alternatives) {
    let literals = literalStarts(alternative, true);
    if (literals === undefined) literals = literalStarts(alternative);
    if (allWords(literals)) {
      addWords(literals, 0);
      continue;
    }
    // One character of a wide set, then literals (`[a-z]key\b`, `\dkey`): the literals, one
    // character into the match (longestWord counts it, so startLag reaches the match's start).
    // Asked by its first triples (`ake`, `ske`, `oke`: prose's `make`, `asked`, `spoke`), every
    // text walked; asked by the literal's, only a text holding `key`. Exact: each match holds one
    // of the literals right after its first character.
    const skip = leadingCharacter(alternative);
    if (skip !== -1) {
      let after = literalStarts(alternative.slice(skip), true);
      if (after === undefined) after = literalStarts(alternative.slice(skip));
      if (allWords(after)) {
        addWords(after, 1);
        continue;
      }
    }
    for (const prefix of prefixes(alternative, 3, 0)) {
      // A match of no characters: every position matches; the gate has nothing to skip.
      if (prefix.length === 0) throw new Unsupported('empty match');
      const [first, second, third] = prefix.map(foldedCodes) as [number[], number[] | undefined, number[] | undefined];
      if (second !== undefined && third !== undefined && first.length * second.length * third.length <= MAX_KEYS_PER_PREFIX) {
        for (const a of first) for (const b of second) for (const c of third) keys.add(tripleKey(a, b, c));
      } else if (second !== undefined && first.length * second.length <= MAX_KEYS_PER_PREFIX) {
        for (const a of first) for (const b of second) pairs.add(pairKey(a, b));
      } else for (const a of first) firsts.add(a);
    }
  }
  return { firsts: Uint8Array.from(firsts), pairs: Int32Array.from(pairs), keys: Int32Array.from(keys), words: [...words.values()], longestWord };
}

/**
 * The fewest characters (UTF-16 code units) any match of `regex` has, read from its source as the
 * gates read it: a lookaround or `\b` is none, a character at least one, a group its shortest
 * alternative, each times its least count. 0 (no bound) for what the reader does not take.
 * A text shorter than this holds no match: a rule that runs its regex over every text that
 * passed a shared prefilter skips the short ones without running it (detectors.ts secretRules).
 */
export function minMatchLength(regex: RegExp): number {
  try {
    if (regex.flags.includes('v')) return 0;
    return shortestOf(parse(regex.source, regex.flags.includes('i'), regex.flags.includes('u')));
  } catch {
    return 0;
  }
}

function shortestOf(alternatives: readonly Node[][]): number {
  let shortest = Infinity;
  for (const sequence of alternatives) {
    let length = 0;
    for (const node of sequence) {
      if (node.min === 0 || node.kind === 'assertion') continue;
      length += node.min * (node.kind === 'set' ? 1 : shortestOf(node.alternatives));
    }
    shortest = Math.min(shortest, length);
  }
  return shortest === Infinity ? 0 : shortest;
}

/** Whether gatedTest reads `regex` (else it is `regex.test` itself). For tests. */
export function gateReads(regex: RegExp): boolean {
  try {
    startsOf(parse(regex.source, regex.flags.includes('i'), regex.flags.includes('u')));
    return !regex.flags.includes('v');
  } catch {
    return false;
  }
}

/** Flags of a start (one character, or two): a match can end here (or the analysis read no further). */
const ENDS = 1;
/** It can go on with a character outside ASCII. */
const BEFORE_OTHER = 2;
/** It can go on with an ASCII character (the next table says which). */
const GOES_ON = 4;

/**
 * The walk's triples table has a bit per slot (2^SLOT_BITS bits, 4 KiB): a triple ((first << 7 |
 * second) << 7 | third, 21 bits, case as written) is hashed to one by slotOf. Two triples may share
 * a bit: the gate then asks the regex at a position it could have skipped, and the answer is the
 * same. (An exact table is 256 KiB a gate.)
 */

/**
 * The starts of a regex's matches, of ASCII characters, for the gate's walk over a text that the
 * index let through: flags of each first character and of each pair (first << 7 | second), and a
 * bit per triple ((pair << 7) | third), hashed (slotOf).
 */
interface Tables {
  firsts: Uint8Array;
  pairs: Uint8Array;
  triples: Int32Array;
}

/**
 * A set of characters: ASCII codes, whether any character outside ASCII may be in it, and whether
 * those may include U+017F (ſ) or U+212A (the Kelvin sign), the only characters outside ASCII whose
 * simple case folding is an ASCII letter (s, k). A literal `é` or `д` cannot be either: under `iu`
 * it adds no ASCII letter, where a class such as `\p{L}`, `.` or `[^…]` may.
 */
interface CharSet {
  ascii: Uint8Array;
  other: boolean;
  foldsToAscii: boolean;
  /** foldedCodes and asciiCodes of the set, once asked (after parsing, when the set no longer changes). */
  folded?: readonly number[];
  codes?: readonly number[];
}
type Node = { kind: 'set'; set: CharSet; min: number; max: number } | { kind: 'group'; alternatives: Node[][]; min: number; max: number } | { kind: 'assertion'; min: number; max: number };

class Unsupported extends Error {}

function emptySet(): CharSet {
  return { ascii: new Uint8Array(128), other: false, foldsToAscii: false };
}
/** Any character (`.`, `\\S`, `\\p{…}`, a negated class): one set for all. */
const ANY: CharSet = { ascii: new Uint8Array(128).fill(1), other: true, foldsToAscii: true };
/** The sets of characters written alone (Parser literal), by code and flags. */
const LITERALS = new Map<number, CharSet>();
/** U+017F (LATIN SMALL LETTER LONG S) and U+212A (KELVIN SIGN): case-fold to s and k under `iu`. */
const LONG_S = 0x17f;
const KELVIN = 0x212a;
function addCode(set: CharSet, code: number): void {
  if (code < 128) set.ascii[code] = 1;
  else {
    set.other = true;
    if (code === LONG_S || code === KELVIN) set.foldsToAscii = true;
  }
}
function addRange(set: CharSet, from: number, to: number): void {
  if (from > to) throw new Unsupported('range');
  for (let code = from; code <= Math.min(to, 127); code++) set.ascii[code] = 1;
  if (to >= 128) set.other = true;
  if ((from <= LONG_S && to >= LONG_S) || (from <= KELVIN && to >= KELVIN)) set.foldsToAscii = true;
}

/** The tables of the matches of `alternatives` (a regex's, from parse); see Tables. Throws Unsupported for a match of no characters. */
function startTables(alternatives: Node[][]): Tables {
  const firsts = new Uint8Array(128);
  const pairs = new Uint8Array(128 * 128);
  const triples = new Int32Array((1 << SLOT_BITS) / 32);
  for (const alternative of alternatives) {
    for (const prefix of prefixes(alternative, 3, 0)) {
      // A match of no characters: every position matches; the gate has nothing to skip.
      if (prefix.length === 0) throw new Unsupported('empty match');
      const [first, second, third] = prefix as [CharSet, CharSet | undefined, CharSet | undefined];
      // A first character outside ASCII always sends the text to the regex: only ASCII ones are kept.
      for (const a of asciiCodes(first)) {
        if (second === undefined) {
          firsts[a] = (firsts[a] as number) | ENDS;
          continue;
        }
        firsts[a] = (firsts[a] as number) | GOES_ON | (second.other ? BEFORE_OTHER : 0);
        for (const b of asciiCodes(second)) {
          const pair = (a << 7) | b;
          if (third === undefined) {
            pairs[pair] = (pairs[pair] as number) | ENDS;
            continue;
          }
          pairs[pair] = (pairs[pair] as number) | GOES_ON | (third.other ? BEFORE_OTHER : 0);
          for (const c of asciiCodes(third)) {
            const slot = slotOf((pair << 7) | c);
            triples[slot >>> 5] = (triples[slot >>> 5] as number) | (1 << (slot & 31));
          }
        }
      }
    }
  }
  return { firsts, pairs, triples };
}

/** The sequences of up to `need` character sets a match of `sequence` can start with (shorter: it can end there). */
function prefixes(sequence: readonly Node[], need: number, depth: number): CharSet[][] {
  if (depth > 32) throw new Unsupported('too deep');
  if (need === 0 || sequence.length === 0) return [[]];
  // (Copies by slice and concat: spreads and destructuring ran through the iterator protocol, slow in code not yet optimized, as at import.)
  const node = sequence[0] as Node;
  const rest = sequence.slice(1);
  if (node.kind === 'assertion') return prefixes(rest, need, depth + 1);
  const out: CharSet[][] = node.min === 0 ? prefixes(rest, need, depth + 1) : [];
  if (node.max === 0) return out;
  // One occurrence, then the node again (while its bound allows) and the rest.
  const again: Node[] = node.max > 1 ? [boundedAgain(node)].concat(rest) : rest;
  if (node.kind === 'set') {
    for (const tail of prefixes(again, need - 1, depth + 1)) out.push([node.set].concat(tail));
  } else {
    for (const alternative of node.alternatives) for (const prefix of prefixes(alternative.concat(again), need, depth + 1)) out.push(prefix);
  }
  return out;
}

/** `node` after one occurrence: one fewer at least and at most. */
function boundedAgain(node: Node): Node {
  const min = Math.max(0, node.min - 1);
  const max = node.max - 1;
  if (node.kind === 'set') return { kind: 'set', set: node.set, min, max };
  if (node.kind === 'group') return { kind: 'group', alternatives: node.alternatives, min, max };
  return { kind: 'assertion', min, max };
}

/** The top-level alternatives of `source`; throws Unsupported for what the parser does not read. */
function parse(source: string, ignoreCase: boolean, unicode: boolean): Node[][] {
  const parser = new Parser(source, ignoreCase, unicode);
  const alternatives = parser.alternatives();
  if (parser.at < source.length) throw new Unsupported('unbalanced');
  return alternatives;
}

// Sticky: read at the parser's position without a copy of the rest of the source (a copy per
// brace made parsing a long prefilter quadratic).
const BRACE = /\{(\d+)(,(\d*))?\}/y;
const HEX2 = /[0-9a-fA-F]{2}/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

const isAsciiAlnum = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** The bounds of an atom with no quantifier (shared: never changed). */
const ONCE: readonly [number, number] = [1, 1];

/** Reads the subset of RegExp syntax prefilters use; throws Unsupported for the rest (backreferences, named groups' references, …). */
class Parser {
  at = 0;
  constructor(
    private readonly source: string,
    private readonly ignoreCase: boolean,
    private readonly unicode: boolean,
  ) {}

  alternatives(): Node[][] {
    const out: Node[][] = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      out.push(this.sequence());
    }
    return out;
  }

  private sequence(): Node[] {
    const out: Node[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      // The atom's node, its bounds set in place (a copy by spread per atom was most of parsing).
      const node = this.atom();
      const bounds = this.quantifier();
      const min = bounds[0];
      const max = bounds[1];
      if (node.kind === 'assertion' && (min !== 1 || max !== 1)) throw new Unsupported('quantified assertion');
      node.min = min;
      node.max = max;
      out.push(node);
    }
    return out;
  }

  private quantifier(): readonly [number, number] {
    const c = this.source[this.at];
    let bounds: [number, number] | undefined;
    if (c === '?') bounds = [0, 1];
    else if (c === '*') bounds = [0, Infinity];
    else if (c === '+') bounds = [1, Infinity];
    else if (c === '{') {
      BRACE.lastIndex = this.at;
      const m = BRACE.exec(this.source);
      if (m === null) throw new Unsupported('brace');
      this.at += (m[0] as string).length - 1;
      const min = Number(m[1]);
      bounds = [min, m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])];
    }
    if (bounds === undefined) return ONCE;
    this.at++;
    if (this.source[this.at] === '?') this.at++; // lazy: the same characters
    return bounds;
  }

  /**
   * Whether a lookaround's `?=`, `?!`, `?<=` or `?<!` starts at `at` (read by character: a gate reads
   * its source at its first question, where a regex of the reader's own would count as one of the
   * gate's; prefilter tests count them).
   */
  private lookaroundAt(at: number): boolean {
    const source = this.source;
    if (source[at] !== '?') return false;
    const next = source[at + 1] === '<' ? source[at + 2] : source[at + 1];
    return next === '=' || next === '!';
  }

  /** The next atom as a node of one occurrence (sequence sets its bounds). */
  private atom(): Node {
    const c = this.source[this.at] as string;
    if (c === '(') {
      this.at++;
      let lookaround = false;
      if (this.source.startsWith('?:', this.at)) this.at += 2;
      else if (this.lookaroundAt(this.at)) {
        lookaround = true;
        this.at += this.source[this.at + 1] === '<' ? 3 : 2;
      } else if (this.source[this.at] === '?') throw new Unsupported('group kind');
      const alternatives = this.alternatives();
      if (this.source[this.at] !== ')') throw new Unsupported('unclosed group');
      this.at++;
      // A lookaround only narrows where a match starts: read as no characters (a superset).
      return lookaround ? { kind: 'assertion', min: 1, max: 1 } : { kind: 'group', alternatives, min: 1, max: 1 };
    }
    if (c === '^' || c === '$') {
      this.at++;
      return { kind: 'assertion', min: 1, max: 1 };
    }
    if (c === '.') {
      this.at++;
      return { kind: 'set', set: ANY, min: 1, max: 1 };
    }
    if (c === '[') return { kind: 'set', set: this.charClass(), min: 1, max: 1 };
    if (c === '\\') {
      if (this.source[this.at + 1] === 'b' || this.source[this.at + 1] === 'B') {
        this.at += 2;
        return { kind: 'assertion', min: 1, max: 1 };
      }
      return { kind: 'set', set: this.escape(false), min: 1, max: 1 };
    }
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === ']' || c === '}') throw new Unsupported('stray');
    const code = this.source.codePointAt(this.at) as number;
    this.at += code > 0xffff ? 2 : 1;
    return { kind: 'set', set: this.literal(code), min: 1, max: 1 };
  }

  /** The set of the character `code` written alone, folded by the flags: one object per character and flags, shared (no set is changed once parsed). */
  private literal(code: number): CharSet {
    const key = code * 4 + (this.ignoreCase ? 2 : 0) + (this.unicode ? 1 : 0);
    let set = LITERALS.get(key);
    if (set === undefined) {
      set = emptySet();
      addCode(set, code);
      LITERALS.set(key, (set = this.folded(set)));
    }
    return set;
  }

  /**
   * `set` with both cases of its letters under the `i` flag; with `s` or `k` under `iu`,
   * characters outside ASCII too (`ſ` and the Kelvin sign fold to them), and the other way round:
   * under `iu` a set holding characters outside ASCII may hold those two, so `s` and `k` too.
   */
  private folded(set: CharSet): CharSet {
    if (!this.ignoreCase) return set;
    // ſ is s and the Kelvin sign is k: each adds its letter in both cases.
    if (this.unicode && set.foldsToAscii) for (const code of [75, 83, 107, 115]) set.ascii[code] = 1;
    for (let code = 65; code <= 122; code++) {
      if (set.ascii[code] !== 1 || (code > 90 && code < 97)) continue;
      set.ascii[code ^ 32] = 1;
    }
    // Outside ASCII only U+017F and U+212A fold to ASCII letters (s and k), and only under `iu`
    // (simple case folding); without `u`, Canonicalize never maps a character outside ASCII to
    // one inside (ECMA-262 §22.2.2.7.3). Checked over every code point on Node 20.
    if (this.unicode && (set.ascii[115] === 1 || set.ascii[107] === 1)) {
      set.other = true;
      set.foldsToAscii = true;
    }
    return set;
  }

  private charClass(): CharSet {
    this.at++; // [
    const negated = this.source[this.at] === '^';
    if (negated) this.at++;
    const set = emptySet();
    while (this.at < this.source.length && this.source[this.at] !== ']') {
      const from = this.classMember();
      if (this.source[this.at] === '-' && this.source[this.at + 1] !== ']' && this.at + 1 < this.source.length) {
        this.at++;
        const to = this.classMember();
        if (typeof from !== 'number' || typeof to !== 'number') throw new Unsupported('class range');
        addRange(set, from, to);
      } else if (typeof from === 'number') addCode(set, from);
      else {
        for (let code = 0; code < 128; code++) if (from.ascii[code] === 1) set.ascii[code] = 1;
        if (from.other) set.other = true;
        if (from.foldsToAscii) set.foldsToAscii = true;
      }
    }
    if (this.source[this.at] !== ']') throw new Unsupported('unclosed class');
    this.at++;
    return negated ? ANY : this.folded(set);
  }

  /** One member of a class: a character's code, or a set (`\d`, `\s`, `\p{…}`). */
  private classMember(): number | CharSet {
    const c = this.source[this.at];
    if (c === '\\') {
      const next = this.source[this.at + 1];
      if (next === 'b') {
        this.at += 2;
        return 8; // backspace, in a class
      }
      return this.escape(true);
    }
    if (c === '[') throw new Unsupported('nested class');
    const code = this.source.codePointAt(this.at) as number;
    this.at += code > 0xffff ? 2 : 1;
    return code;
  }

  /** An escape at `at` (`\d`, `\.`, `\u00e9`, `\p{L}`): a set, or a code inside a class when `inClass`. */
  private escape(inClass: true): number | CharSet;
  private escape(inClass: false): CharSet;
  private escape(inClass: boolean): number | CharSet {
    const e = this.source[this.at + 1];
    if (e === undefined) throw new Unsupported('trailing backslash');
    this.at += 2;
    switch (e) {
      case 'd': {
        const set = emptySet();
        addRange(set, 48, 57);
        return set;
      }
      case 'w': {
        const set = emptySet();
        addRange(set, 48, 57);
        addRange(set, 65, 90);
        addRange(set, 97, 122);
        addCode(set, 95);
        // Under iu, \w also matches ſ and the Kelvin sign (ECMA-262 WordCharacters).
        if (this.ignoreCase && this.unicode) {
          set.other = true;
          set.foldsToAscii = true;
        }
        return set;
      }
      case 's': {
        const set = emptySet();
        addRange(set, 9, 13);
        addCode(set, 32);
        set.other = true;
        return set;
      }
      case 'D':
      case 'W':
      case 'S':
        return ANY;
      case 'p':
      case 'P':
        if (this.source[this.at] === '{') {
          const close = this.source.indexOf('}', this.at);
          if (close === -1) throw new Unsupported('property');
          this.at = close + 1;
        }
        return ANY;
      case 't':
        return this.code(9, inClass);
      case 'n':
        return this.code(10, inClass);
      case 'r':
        return this.code(13, inClass);
      case 'v':
        return this.code(11, inClass);
      case 'f':
        return this.code(12, inClass);
      case '0':
        return this.code(0, inClass);
      case 'x': {
        HEX2.lastIndex = this.at;
        const hex = HEX2.exec(this.source);
        if (hex === null) throw new Unsupported('\\x');
        this.at += 2;
        return this.code(parseInt(hex[0], 16), inClass);
      }
      case 'u': {
        HEX4.lastIndex = this.at;
        const hex = HEX4.exec(this.source);
        if (hex === null) throw new Unsupported('\\u');
        this.at += 4;
        const code = parseInt(hex[0], 16);
        // A surrogate pair written as two escapes: outside ASCII either way.
        return this.code(code, inClass);
      }
      default:
        // Backreferences, \c, \k and the like: not read.
        if (isAsciiAlnum(e.charCodeAt(0))) throw new Unsupported(`\\${e}`);
        return this.code(e.charCodeAt(0), inClass);
    }
  }

  private code(code: number, inClass: boolean): number | CharSet {
    return inClass ? code : this.literal(code);
  }
}


