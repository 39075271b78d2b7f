// Issue 13: the survivors of the Stryker run of 2026-12-08 on names.ts isSureGivenName and isListedNameWord
// (docs/TESTING.md, its row): an accented given name the lists lack is no sure given name (the pair rule of
// redactor.ts recordCompany reads listed names only), and a listed name is read in its capitals only.
import { describe, expect, it } from 'vitest';
import { givenNameTier, isListedNameWord, isSureGivenName } from './names.js';

describe('the survivors of 2026-12-08', () => {
  it('isSureGivenName: an accented given name the lists lack ranks 2 but is not sure', () => {
    expect([givenNameTier('Lucía'), isSureGivenName('Lucía'), isSureGivenName('Zoë')]).toEqual([2, false, false]);
  });
  it('isListedNameWord: a capital, then small letters to the end', () => {
    expect(['jOrdan', 'JordaN', 'JORDAN', 'Jordan'].map(isListedNameWord)).toEqual([false, false, false, true]);
  });
});
