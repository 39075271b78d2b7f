import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasRunOf, includesBy } from './chars.js';

const tableOf = (characters: string): Uint8Array => {
  const table = new Uint8Array(128);
  for (const character of characters) table[character.charCodeAt(0)] = 1;
  return table;
};
const HEX = tableOf('0123456789abcdefABCDEF');
const escapeClass = (characters: string) => characters.replace(/[\\\]^-]/g, '\\$&');

describe('hasRunOf', () => {
  it('finds a run of exactly min at the start, the end and in the middle, and none of min - 1', () => {
    const run = 'a1b2c3d4e5';
    for (const min of [1, 2, 5, 10]) {
      expect(hasRunOf(run.slice(0, min), HEX, min)).toBe(true);
      expect(hasRunOf(`${run.slice(0, min)} zz`, HEX, min)).toBe(true);
      expect(hasRunOf(`zz ${run.slice(0, min)}`, HEX, min)).toBe(true);
      expect(hasRunOf(`q ${run.slice(0, min)} q`, HEX, min)).toBe(true);
      expect(hasRunOf(`q ${run.slice(0, min - 1)} q ${run.slice(0, min - 1)}`, HEX, min)).toBe(false);
    }
    expect(hasRunOf('', HEX, 1)).toBe(false);
    expect(hasRunOf('abc', HEX, 4)).toBe(false);
  });

  it('ends a run at a character outside ASCII whose low byte would be in the table', () => {
    // U+0161 (š): its code modulo 128 is 0x61 (`a`); it must not count.
    expect(hasRunOf('abc\u0161def', HEX, 4)).toBe(false);
    expect(hasRunOf('abcd\u0161', HEX, 4)).toBe(true);
  });

  it('answers as the regex [...]{min} does, over random texts of table and other characters', () => {
    const alphabet = 'ab1Fz -xé.';
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 300 }), fc.integer({ min: 1, max: 40 }), (characters, min) => {
        const text = characters.join('');
        const regex = new RegExp(`[${escapeClass('0123456789abcdefABCDEF')}]{${min}}`);
        expect(hasRunOf(text, HEX, min)).toBe(regex.test(text));
      }),
      { numRuns: 2000, seed: 20261203 },
    );
  });
});

describe('includesBy', () => {
  it('answers as includes at the text\'s edges, with the anchor character elsewhere, and for every anchor', () => {
    const cases: Array<[string, string]> = [
      [' key', ' key'], [' key', 'a key'], [' key', 'akey'], [' key', 'k key'], [' key', 'keys key'], [' key', ' ke'], [' key', 'the kid key'],
      ['ecovery', 'recovery'], ['ecovery', 'ecover'], ['ecovery', 'very recovery'], ['ecovery', 'vecovery'], ['ecovery', 'ecovery'],
      [' on ', ' on '], [' on ', 'going on'], [' on ', 'on on on '], ['ab', 'b ab'], ['ab', 'ba'], ['a', ''], ['ab', 'a'],
    ];
    for (const [needle, text] of cases) for (let anchor = 0; anchor < needle.length; anchor++) expect([needle, text, anchor, includesBy(text, needle, anchor)]).toEqual([needle, text, anchor, text.includes(needle)]);
  });

  it('answers as includes over any text and needle of a small alphabet', () => {
    const small = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'k', '\u00e9'), maxLength: 24 });
    fc.assert(
      fc.property(small, fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'k', '\u00e9'), minLength: 1, maxLength: 4 }), fc.nat(), (text, needle, pick) => {
        const anchor = pick % needle.length;
        return includesBy(text, needle, anchor) === text.includes(needle);
      }),
      { numRuns: 3000 },
    );
  });
});
