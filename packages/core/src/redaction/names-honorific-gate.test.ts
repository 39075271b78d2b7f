import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHonorificAfter } from './names.js';

// isHonorificAfter answers most words before its ICU call (`toLocaleLowerCase('tr')`, about
// 0.6 µs): by length and first letter. The answer must be the plain definition's for every word.
const HONORIFICS = ['bey', 'beyefendi', 'hanım', 'hanim', 'hanımefendi', 'hanimefendi', 'efendi'];
const plain = (word: string): boolean => HONORIFICS.includes(word.toLocaleLowerCase('tr'));

describe('isHonorificAfter (the gate before the Turkish lower-casing)', () => {
  it('knows each honorific in any case, Turkish dotted and dotless capitals included', () => {
    for (const word of ['Bey', 'BEY', 'bey', 'Hanım', 'HANIM', 'Hanim', 'HANİM', 'Efendi', 'EFENDİ', 'Beyefendi', 'BEYEFENDİ', 'Hanımefendi', 'HANIMEFENDİ', 'hanimefendi']) {
      expect(isHonorificAfter(word), word).toBe(true);
    }
    for (const word of ['', 'Be', 'Beys', 'Doe', 'Hanna', 'Efe', 'Efendis', 'xbey', 'Hanımefendiler', 'ßey']) expect(isHonorificAfter(word), word).toBe(false);
  });

  it('answers as the plain definition for any word, seeded', () => {
    const letters = fc.constantFrom(...'bBeEhHyYaAnNıIiİmMfFdDsSxX'.split(''), 'ß', 'ẞ', '\u0307');
    const word = fc.oneof(fc.string({ maxLength: 14 }), fc.array(letters, { minLength: 2, maxLength: 12 }).map((a) => a.join('')), fc.constantFrom(...HONORIFICS).chain((h) => fc.array(fc.boolean(), { minLength: h.length, maxLength: h.length }).map((up) => [...h].map((c, k) => (up[k] ? c.toLocaleUpperCase('tr') : c)).join(''))));
    fc.assert(fc.property(word, (w) => isHonorificAfter(w) === plain(w)), { seed: 20261207, numRuns: 5000 });
  });
});
