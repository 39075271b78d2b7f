// Reads the name lists' binary form (dist/data/person-names.bin; written at build time by
// scripts/name-table.mjs, whose header says the layout) without decoding it: the file's bytes are
// wrapped in typed arrays and a word is looked up by hashing it and comparing its code units in
// place. Loading costs one file read (about 1.6 MB) per thread instead of building Sets of 62,000
// strings in every thread's heap (issue 19: 25-40 ms of CPU per thread, and the young generation's
// collections of them).

/** Kind bits of a listed word (scripts/name-table.mjs KIND). */
export const WORD_KIND = { first: 1, last: 2, ambiguousFirst: 4, ambiguousLast: 8, frequent: 16 } as const;

const HEADER_BYTES = 32;
/** Answers kept per table (see kindOf). */
const KNOWN_WORDS = 4096;
const MAGIC = 0x544e4141; // 'AANT', little-endian

/** The lists in their binary form: the kind bits of a word, and the lowerKeep hashes. */
export interface NameTable {
  /** Kind bits of `word` (exact, lower case as stored), 0 when it is in no list. */
  kindOf(word: string): number;
  /** Whether a 30-bit lowerKeep hash (names.ts wordHash) is one of a listed name's. */
  keeps(hash: number): boolean;
}

/**
 * The table in `bytes` (the file's whole content). Throws when they are no name table of this
 * version (a truncated or foreign file), so that a broken file is reported, never read as empty.
 */
export function openNameTable(bytes: Uint8Array): NameTable {
  // Typed arrays over the file need 4-byte alignment: a Buffer from a pool may start anywhere.
  const data = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  if (data.byteLength < HEADER_BYTES) throw new Error('person-name table is truncated');
  const header = new Uint32Array(data.buffer, data.byteOffset, HEADER_BYTES / 4);
  const [magic, version, slotBits, keepBits, poolBytes, wideBytes] = header as unknown as [number, number, number, number, number, number];
  if (magic !== MAGIC || version !== 1 || slotBits > 28 || keepBits > 28) throw new Error('person-name table has an unknown format');
  const slotCount = 2 ** slotBits;
  const keepCount = 2 ** keepBits;
  const poolStart = HEADER_BYTES + 4 * slotCount + 4 * keepCount;
  if (data.byteLength !== poolStart + poolBytes + wideBytes) throw new Error('person-name table is truncated');
  const slots = new Uint32Array(data.buffer, data.byteOffset + HEADER_BYTES, slotCount);
  const keep = new Uint32Array(data.buffer, data.byteOffset + HEADER_BYTES + 4 * slotCount, keepCount);
  const pool = new Uint8Array(data.buffer, data.byteOffset + poolStart, poolBytes);
  const wide = new Map<string, number>(JSON.parse(new TextDecoder().decode(data.subarray(poolStart + poolBytes))) as Array<[string, number]>);
  const slotMask = slotCount - 1;
  const keepMask = keepCount - 1;
  // The words asked about recur (the same names and common words in every event): their answers
  // are kept in a Map, whose lookup is V8's own code, fast from the first call, while the probe
  // below runs in JavaScript that V8 optimizes only after many calls (a fresh thread's first few
  // hundred events paid that). Bounded: emptied when full.
  const known = new Map<string, number>();
  return {
    kindOf(word: string): number {
      const seen = known.get(word);
      if (seen !== undefined) return seen;
      const length = word.length;
      let kind = 0;
      if (length <= 255) {
        let hash = 0x811c9dc5;
        let narrow = true;
        for (let i = 0; i < length; i++) {
          const code = word.charCodeAt(i);
          if (code > 255) narrow = false;
          hash = Math.imul(hash ^ code, 16777619);
        }
        if (!narrow) kind = wide.get(word) ?? 0;
        else {
          for (let slot = hash & slotMask; ; slot = (slot + 1) & slotMask) {
            const at = slots[slot] as number;
            if (at === 0) break;
            const offset = at - 1;
            if (pool[offset] !== length) continue;
            let i = 0;
            while (i < length && pool[offset + 2 + i] === word.charCodeAt(i)) i++;
            if (i === length) {
              kind = pool[offset + 1] as number;
              break;
            }
          }
        }
      }
      if (known.size >= KNOWN_WORDS) known.clear();
      known.set(word, kind);
      return kind;
    },
    keeps(hash: number): boolean {
      const stored = hash + 1;
      for (let slot = hash & keepMask; ; slot = (slot + 1) & keepMask) {
        const at = keep[slot] as number;
        if (at === stored) return true;
        if (at === 0) return false;
      }
    },
  };
}

/** A list of the table as a Set's `has` (names.ts NameLists). */
export interface WordSet {
  has(word: string): boolean;
}

/** The words of one kind bit. */
export function wordsOfKind(table: NameTable, bit: number): WordSet {
  return { has: (word: string) => (table.kindOf(word) & bit) !== 0 };
}
