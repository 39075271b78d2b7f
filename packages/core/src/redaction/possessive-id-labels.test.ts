// A possessive before an id's label is no person (a fresh README-only probe of 2026-12-04, O1:
// `Mi DNI es 12345678Z` stored `[PERSON] DNI es [NATIONAL_ID]`).
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';

const found = (text: string): string[] => detectSensitive(text).map((d) => `${d.type}:${text.slice(d.start, d.end)}`);

describe('a possessive, then an id label in capitals', () => {
  it.each([
    ['Mi DNI es 12345678Z', ['NATIONAL_ID:12345678Z']],
    ['Tu DNI es 12345678Z', ['NATIONAL_ID:12345678Z']],
    ['Mon NIR est 184037511542317', ['NATIONAL_ID:184037511542317']],
    ['Meu CPF é 529.982.247-25', ['NATIONAL_ID:529.982.247-25']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
  it('a name after the same word stays a name', () => {
    expect(found('Su Wei said hi')).toEqual(['PERSON:Su Wei']);
  });
});
