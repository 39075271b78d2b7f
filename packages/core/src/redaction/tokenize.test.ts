import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, tokenPattern } from './addresses.js';

// tokenize() finds token starts by code and ends with the sticky pattern; it must give exactly
// the tokens of a global search with tokenPattern, on any text.
function reference(text: string): Array<[number, number]> {
  return [...text.matchAll(new RegExp(tokenPattern.source, 'gu'))].map((m) => [m.index, m.index + m[0].length]);
}

const pieces = fc.constantFrom('12', '221B', 'Baker', 'St.', 'straße', 'Łódź', 'ul.', "O'Brien", 'd’Arc', 'é', 'e\u0301', '\u0301', '日本', '😀', '\ud83d', '\ude00', '𝔸b', ' ', ',', '-', '.', '/', '\n', '1234567890123', 'a1', '4/17', 'Ⅻ', '٣', '\u00a0', 'Zürich', 'zone', 'AZ', '09');

describe('tokenize: the same tokens as a global search with tokenPattern', () => {
  it('on random texts of address pieces, unicode, lone surrogates and marks', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'grapheme-ascii', maxLength: 6 })), { maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 20 }), (parts, noise) => {
        const text = parts.join('') + noise;
        expect(tokenize(text).map((t) => [t.start, t.end])).toEqual(reference(text));
      }),
      { numRuns: 3000, seed: 0x70c3 },
    );
  });

  it('keeps each token text, lower-case form, number and capital flags', () => {
    const tokens = tokenize('221B Baker St., Łódź 90-001');
    expect(tokens.map((t) => [t.text, t.lower, t.number, t.capitalized])).toEqual([
      ['221B', '221b', true, false],
      ['Baker', 'baker', false, true],
      ['St.', 'st', false, true],
      ['Łódź', 'łódź', false, true],
      ['90', '90', true, false],
      ['001', '001', true, false],
    ]);
  });
});
