// Issue 13: the named subjects of 2026-12-08 (personal-subjects.ts namedSubject's given name before a place's name and its
// title before a surname) and the names.ts tests the table rules of that day ask (isSureGivenName, isListedNameWord,
// isPlacePrefix, isSurnameParticle, isSubjectTitle), called directly: exact spans and answers, fast enough for Stryker.
import { describe, expect, it } from 'vitest';
import { isListedNameWord, isPlacePrefix, isSubjectTitle, isSureGivenName, isSurnameParticle } from './names.js';
import { namedSubject } from './personal-subjects.js';

describe('namedSubject, 2026-12-08', () => {
  it('a sure given name before a listed name that is a place: one subject, before a bare religion too', () => {
    expect(namedSubject('Maria Jordan is catholic', 6, 12, false)).toEqual({ start: 0, end: 12, tier: 2 });
    expect(namedSubject('I think Maria Jordan is catholic', 14, 20, false)).toEqual({ start: 8, end: 20, tier: 2 });
  });
  it('not after a place\'s lead, a given name of the lower tier, a dot, nor before a place\'s head', () => {
    expect(namedSubject('West Jordan is catholic', 5, 11, false)).toBeUndefined();
    expect(namedSubject('Paris Jordan is catholic', 6, 12, false)).toBeUndefined();
    expect(namedSubject('Maria. Jordan is catholic', 7, 13, false)).toBeUndefined();
    expect(namedSubject('Maria Street is catholic', 6, 12, false)).toBeUndefined();
  });
  it('a title or an office before a surname: the surname alone, with or without the title\'s dot', () => {
    expect(namedSubject('Director Okafor earns', 9, 15, true)).toEqual({ start: 9, end: 15, tier: 2 });
    expect(namedSubject('Dr. Okafor earns', 4, 10, true)).toEqual({ start: 4, end: 10, tier: 2 });
    expect(namedSubject('Director General earns', 9, 16, true)).toBeUndefined();
    // A surname the name rules do not read alone here (a word they read is a subject whatever comes before it: `Manager
    // Okafor earns`, the change after this test was written, 2026-12-08).
    expect(namedSubject('Manager Brunnhuber earns', 8, 18, true)).toBeUndefined();
    expect(namedSubject('Director Brunnhuber earns', 9, 19, true)).toEqual({ start: 9, end: 19, tier: 2 });
  });
  it('a given name and its dot before a surname make no pair', () => {
    expect(namedSubject('Maria. Brunnhuber earns', 7, 17, true)).toBeUndefined();
    expect(namedSubject('Maria Okafor earns', 6, 12, true)).toEqual({ start: 0, end: 12, tier: 2 });
  });
});

describe('the names.ts tests of 2026-12-08', () => {
  it('isSureGivenName: a listed given name that is nothing else', () => {
    expect(['Hildegard', 'Maria', 'Red', 'Ward', 'Jordan', 'Okafor', 'Qxaro', 'hildegard'].map(isSureGivenName)).toEqual([true, false, false, false, false, false, false, false]);
  });
  it('isListedNameWord: a listed name, a place\'s too, no day, team word nor place\'s head', () => {
    expect(['Jordan', 'Okafor', 'Maria', 'Street', 'Monday', 'Qxaro', 'jordan', 'Park'].map(isListedNameWord)).toEqual([true, true, true, false, false, false, false, false]);
  });
  it('isPlacePrefix, isSurnameParticle and isSubjectTitle', () => {
    expect(['West', 'north', 'Maria'].map(isPlacePrefix)).toEqual([true, true, false]);
    expect(['van', 'der', 'Van', 'vanx'].map(isSurnameParticle)).toEqual([true, true, false, false]);
    expect(['Dr', 'Director', 'Judge', 'Professor', 'Doctor', 'Manager', 'Maria'].map(isSubjectTitle)).toEqual([true, true, true, true, true, false, false]);
  });
});
