import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNameTable, WORD_KIND, wordsOfKind } from './name-table.js';

// Issue 13: what name-table.ts promises, written for its first Stryker run (docs/TESTING.md), on
// small tables the build's encoder writes (packages/core/scripts/name-table.mjs): a broken file is
// refused by name (too short, a foreign header, the bounds of its bit counts, one byte more or less),
// every word's kind bits (narrow and wide words, a word of 255 characters, words that share a home
// slot), the same answer asked twice, the lower-case hashes kept, and wordsOfKind's bit test.
type Lists = Partial<Record<keyof typeof WORD_KIND, string[]>>;
let encodeNameTable: (lists: Lists) => Uint8Array;
const here = dirname(fileURLToPath(import.meta.url));
beforeAll(async () => {
  ({ encodeNameTable } = (await import(join(here, '..', '..', 'scripts', 'name-table.mjs') as string)) as { encodeNameTable: (lists: Lists) => Uint8Array });
});

/** names.ts wordHash of a whole word (as the build keeps it). */
const lowerKeepHash = (word: string): number => {
  let hash = 0x811c9dc5;
  for (let k = 0; k < word.length; k++) hash = Math.imul(hash ^ (word.charCodeAt(k) | 32), 16777619);
  return hash & 0x3fffffff;
};
const withHeader = (bytes: Uint8Array, index: number, value: number): Uint8Array => {
  const copy = bytes.slice();
  new DataView(copy.buffer).setUint32(4 * index, value, true);
  return copy;
};

describe('openNameTable refuses what is no table of this version', () => {
  it('too short for the header', () => {
    expect(() => openNameTable(new Uint8Array(0))).toThrow('person-name table is truncated');
    expect(() => openNameTable(new Uint8Array(31))).toThrow('person-name table is truncated');
  });
  it('a foreign magic or version, or bit counts past 28', () => {
    const bytes = encodeNameTable({ first: ['amara'] });
    expect(() => openNameTable(withHeader(bytes, 0, 0x544e4142))).toThrow('person-name table has an unknown format');
    expect(() => openNameTable(withHeader(bytes, 1, 2))).toThrow('person-name table has an unknown format');
    expect(() => openNameTable(withHeader(bytes, 1, 0))).toThrow('person-name table has an unknown format');
    expect(() => openNameTable(withHeader(bytes, 2, 29))).toThrow('person-name table has an unknown format');
    expect(() => openNameTable(withHeader(bytes, 3, 29))).toThrow('person-name table has an unknown format');
    // 28 bits is a format this version reads: the file is then too short for it.
    expect(() => openNameTable(withHeader(bytes, 2, 28))).toThrow('person-name table is truncated');
    expect(() => openNameTable(withHeader(bytes, 3, 28))).toThrow('person-name table is truncated');
  });
  it('one byte more or less than the header says', () => {
    const bytes = encodeNameTable({ first: ['amara'] });
    expect(openNameTable(bytes).kindOf('amara')).toBe(1);
    const longer = new Uint8Array(bytes.length + 4);
    longer.set(bytes);
    expect(() => openNameTable(longer)).toThrow('person-name table is truncated');
    expect(() => openNameTable(bytes.subarray(0, bytes.length - 4))).toThrow('person-name table is truncated');
    expect(() => openNameTable(withHeader(bytes, 4, new DataView(bytes.buffer).getUint32(16, true) + 1))).toThrow('person-name table is truncated');
    expect(() => openNameTable(withHeader(bytes, 5, new DataView(bytes.buffer).getUint32(20, true) + 1))).toThrow('person-name table is truncated');
  });
});

describe('kindOf', () => {
  // Many words in a table of few slots, so that home slots are shared and probes run on.
  const words = Array.from({ length: 300 }, (_, i) => `w${i.toString(36)}${'x'.repeat(i % 7)}`);
  it('every word its bits, look-alikes none, asked once or twice', () => {
    const table = openNameTable(encodeNameTable({ first: words.slice(0, 200), last: words.slice(100), frequent: ['the'] }));
    const expected = words.map((_, i) => (i < 200 ? 1 : 0) | (i >= 100 ? 2 : 0));
    expect(words.map((word) => table.kindOf(word))).toEqual(expected);
    expect(words.map((word) => table.kindOf(word))).toEqual(expected);
    expect(table.kindOf('the')).toBe(16);
    const lookAlikes = words.flatMap((word) => [`${word}y`, word.slice(0, -1), word.toUpperCase(), `${word.slice(0, -1)}z`]).filter((word) => !words.includes(word));
    expect(lookAlikes.filter((word) => table.kindOf(word) !== 0)).toEqual([]);
    expect(table.kindOf('')).toBe(0);
  });
  it('a word of 255 characters is read; wide words from their list; a word of one wide unit', () => {
    const long = 'a'.repeat(255);
    const table = openNameTable(encodeNameTable({ first: [long, 'łukasz', 'zoë'], last: ['ł', 'ab'] }));
    expect(table.kindOf(long)).toBe(1);
    expect(table.kindOf('a'.repeat(254))).toBe(0);
    expect(table.kindOf('łukasz')).toBe(1);
    expect(table.kindOf('zoë')).toBe(1);
    expect(table.kindOf('ł')).toBe(2);
    expect(table.kindOf('ab')).toBe(2);
    expect(table.kindOf('łukas')).toBe(0);
    expect(table.kindOf('lukasz')).toBe(0);
    expect(table.kindOf('abł')).toBe(0);
    // U+00FF is the last narrow code unit: stored in the pool, found there.
    expect(openNameTable(encodeNameTable({ first: ['ÿann'] })).kindOf('ÿann')).toBe(1);
  });
  it('more words asked than it keeps answers for: the answers stay right', () => {
    const table = openNameTable(encodeNameTable({ first: ['amara'] }));
    for (let i = 0; i < 5000; i++) expect(table.kindOf(i === 4500 ? 'amara' : `n${i}`)).toBe(i === 4500 ? 1 : 0);
    expect(table.kindOf('amara')).toBe(1);
    expect(table.kindOf('n1')).toBe(0);
  });
  it('bytes that start off a 4-byte boundary are copied, then read', () => {
    const bytes = encodeNameTable({ first: ['amara'] });
    const unaligned = new Uint8Array(bytes.length + 2).subarray(2);
    unaligned.set(bytes);
    expect(openNameTable(unaligned).kindOf('amara')).toBe(1);
  });
  it('an empty table answers 0', () => {
    const table = openNameTable(encodeNameTable({}));
    expect(table.kindOf('amara')).toBe(0);
    expect(table.keeps(lowerKeepHash('amara'))).toBe(false);
  });
});

describe('keeps', () => {
  it("the lower-case hashes of the first names', surnames' and ambiguous first names' [a-z]+ words", () => {
    const first = Array.from({ length: 40 }, (_, i) => `f${String.fromCharCode(97 + (i % 26))}${i}`.replace(/\d/g, (d) => String.fromCharCode(97 + Number(d))));
    const table = openNameTable(encodeNameTable({ first, last: ['okafor'], ambiguousFirst: ['may'], ambiguousLast: ['rose'], frequent: ['the'] }));
    expect(first.filter((word) => !table.keeps(lowerKeepHash(word)))).toEqual([]);
    expect(table.keeps(lowerKeepHash('okafor'))).toBe(true);
    expect(table.keeps(lowerKeepHash('may'))).toBe(true);
    expect(table.keeps(lowerKeepHash('rose'))).toBe(false);
    expect(table.keeps(lowerKeepHash('the'))).toBe(false);
    expect(table.keeps(lowerKeepHash('okafo'))).toBe(false);
    // The stored value is the hash + 1: neither the hash's neighbours nor 0 are kept.
    expect(table.keeps(lowerKeepHash('okafor') + 1)).toBe(false);
    expect(table.keeps(lowerKeepHash('okafor') - 1)).toBe(false);
    expect(Array.from({ length: 2000 }, (_, i) => table.keeps(Math.imul(i + 1, 2654435761) >>> 2)).filter(Boolean)).toEqual([]);
  });
});

describe('wordsOfKind', () => {
  it("a Set's has over one kind bit", () => {
    const table = openNameTable(encodeNameTable({ first: ['amara'], last: ['okafor', 'amara'], frequent: ['the'] }));
    const firsts = wordsOfKind(table, WORD_KIND.first);
    const lasts = wordsOfKind(table, WORD_KIND.last);
    expect(['amara', 'okafor', 'the', 'x'].map((word) => firsts.has(word))).toEqual([true, false, false, false]);
    expect(['amara', 'okafor', 'the', 'x'].map((word) => lasts.has(word))).toEqual([true, true, false, false]);
    expect(wordsOfKind(table, WORD_KIND.frequent).has('the')).toBe(true);
    expect(wordsOfKind(table, WORD_KIND.ambiguousFirst).has('amara')).toBe(false);
  });
  it('the kind bits as scripts/name-table.mjs writes them', () => {
    expect(WORD_KIND).toEqual({ first: 1, last: 2, ambiguousFirst: 4, ambiguousLast: 8, frequent: 16 });
  });
});
