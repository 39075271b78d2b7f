// The name lists' binary form (assets/data/person-names.bin), written at build time by
// build-name-lists.mjs and read by src/redaction/name-table.ts with one file read and no decoding:
// every thread that loads the redactor (the host's, each sealing thread's) wraps the bytes in typed
// arrays instead of building Sets of 62,000 strings (issue 19: each thread paid that at start).
//
// Layout (little-endian; every section starts at a multiple of 4):
//   header, 32 bytes: 'AANT', u32 version (1), u32 slotBits, u32 keepBits, u32 poolBytes,
//                     u32 wideBytes, u32 entries, u32 0
//   slots  u32 x 2^slotBits   open addressing (linear probing) over the words: 0 empty, else the
//                             word's offset in pool + 1; a word's home slot is its hash & mask
//                             (FNV-1a over its UTF-16 code units, wordTableHash below)
//   keep   u32 x 2^keepBits   open addressing over the 30-bit lowerKeep hashes (names.ts wordHash:
//                             FNV-1a over the code units | 32) of the [a-z]+ first names, surnames and
//                             ambiguous first names: 0 empty, else hash + 1; home slot hash & mask
//   pool   u8 x poolBytes     per word: length, kind bits, then its code units (all below 256)
//   wide   UTF-8 JSON         [[word, kind], ...] of the few words with a code unit above 255
// Kind bits: 1 first name, 2 surname, 4 ambiguous first name, 8 ambiguous surname, 16 frequent word.
// Deterministic: the same lists give the same bytes (the words are placed in sorted order).

export const KIND = { first: 1, last: 2, ambiguousFirst: 4, ambiguousLast: 8, frequent: 16 };
const HEADER_BYTES = 32;

/** FNV-1a over a word's UTF-16 code units (as src/redaction/name-table.ts computes it). */
export function wordTableHash(word) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 16777619);
  return hash;
}

/** names.ts wordHash of a whole word: FNV-1a over the code units | 32, 30 bits. */
export function lowerKeepHash(word) {
  let hash = 0x811c9dc5;
  for (let k = 0; k < word.length; k++) hash = Math.imul(hash ^ (word.charCodeAt(k) | 32), 16777619);
  return hash & 0x3fffffff;
}

/** Smallest power-of-two exponent whose table keeps the load at or below one half. */
function bitsFor(count) {
  let bits = 4;
  while (1 << bits < count * 2) bits++;
  return bits;
}

/**
 * The binary table of `lists` ({ first, last, ambiguousFirst, ambiguousLast, frequent }: arrays of
 * lower-case words) as a Uint8Array.
 */
export function encodeNameTable(lists) {
  const kinds = new Map();
  for (const [name, bit] of Object.entries(KIND)) for (const word of lists[name] ?? []) kinds.set(word, (kinds.get(word) ?? 0) | bit);
  const words = [...kinds.keys()].sort();
  const isNarrow = (word) => word.length <= 255 && /^[\u0000-\u00ff]*$/.test(word);
  const narrow = words.filter(isNarrow);
  const wide = words.filter((word) => !isNarrow(word)).map((word) => [word, kinds.get(word)]);
  const slotBits = bitsFor(narrow.length);
  const keepWords = new Set();
  for (const name of ['first', 'last', 'ambiguousFirst']) for (const word of lists[name] ?? []) if (/^[a-z]+$/.test(word)) keepWords.add(lowerKeepHash(word));
  const keepBits = bitsFor(keepWords.size);
  const poolBytes = narrow.reduce((sum, word) => sum + 2 + word.length, 0);
  const wideText = Buffer.from(JSON.stringify(wide), 'utf8');
  const poolStart = HEADER_BYTES + 4 * (1 << slotBits) + 4 * (1 << keepBits);
  const out = new Uint8Array(poolStart + poolBytes + wideText.length);
  const view = new DataView(out.buffer);
  out.set([0x41, 0x41, 0x4e, 0x54], 0);
  const header = [1, slotBits, keepBits, poolBytes, wideText.length, narrow.length, 0];
  header.forEach((value, i) => view.setUint32(4 + 4 * i, value, true));
  const slotMask = (1 << slotBits) - 1;
  let at = 0;
  for (const word of narrow) {
    const offset = poolStart + at;
    out[offset] = word.length;
    out[offset + 1] = kinds.get(word);
    for (let i = 0; i < word.length; i++) out[offset + 2 + i] = word.charCodeAt(i);
    let slot = wordTableHash(word) & slotMask;
    while (view.getUint32(HEADER_BYTES + 4 * slot, true) !== 0) slot = (slot + 1) & slotMask;
    view.setUint32(HEADER_BYTES + 4 * slot, at + 1, true);
    at += 2 + word.length;
  }
  const keepStart = HEADER_BYTES + 4 * (1 << slotBits);
  const keepMask = (1 << keepBits) - 1;
  for (const hash of [...keepWords].sort((a, b) => a - b)) {
    let slot = hash & keepMask;
    while (view.getUint32(keepStart + 4 * slot, true) !== 0) slot = (slot + 1) & keepMask;
    view.setUint32(keepStart + 4 * slot, hash + 1, true);
  }
  out.set(wideText, poolStart + poolBytes);
  return out;
}
