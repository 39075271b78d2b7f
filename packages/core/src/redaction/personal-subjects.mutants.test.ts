// Issue 13: personal-subjects.ts namedSubject through its two callers (compensation.ts detectCompensation and
// special-categories.ts detectProseCategories, with `persons`), written from the Stryker run of 2026-12-07
// (docs/TESTING.md, its row): the suites went through the redactor, which masks a name another rule finds too, so the
// span of a given name and a surname taken as one subject, and a given name of the lower tier before a surname, were
// never checked. Exact spans and types.
import { describe, expect, it } from 'vitest';
import { detectCompensation } from './compensation.js';
import { namedSubject } from './personal-subjects.js';
import { detectProseCategories } from './special-categories.js';
import type { Detection } from './types.js';

const found = (detect: (text: string, out: Detection[], persons?: boolean) => void, text: string, persons = true): Array<[string, number, string]> => {
  const out: Detection[] = [];
  detect(text, out, persons);
  return out.map((d) => [d.type, d.start, text.slice(d.start, d.end)]);
};

describe('namedSubject: a given name and a surname as one subject', () => {
  it('the two words\' span, from the given name (a sure one, and one that is a place too) to the surname', () => {
    expect(found(detectCompensation, 'Amara Okafor earns £52,000 a year.')).toEqual([['SALARY', 19, '£52,000'], ['PERSON', 0, 'Amara Okafor']]);
    expect(found(detectCompensation, 'so Amara Okafor earns £52,000 a year.')).toEqual([['SALARY', 22, '£52,000'], ['PERSON', 3, 'Amara Okafor']]);
    // `Jordan` alone is of the lower tier (a place too); before a surname it is a given name all the same.
    expect(found(detectCompensation, 'Jordan Okafor earns £52,000 a year.')).toEqual([['SALARY', 20, '£52,000'], ['PERSON', 0, 'Jordan Okafor']]);
    expect(found(detectProseCategories, 'Jordan Okafor is catholic')).toEqual([['RELIGION', 17, 'catholic'], ['PERSON', 0, 'Jordan Okafor']]);
  });

  it('the given name is the word right before, alone (a capitalized word further back, or before a comma, is none)', () => {
    expect(found(detectCompensation, 'Amara says Lena earns 61k a year.')).toEqual([['SALARY', 22, '61k'], ['PERSON', 11, 'Lena']]);
    expect(found(detectCompensation, 'Yes, Amara Okafor earns £52,000 a year.')).toEqual([['SALARY', 24, '£52,000'], ['PERSON', 5, 'Amara Okafor']]);
  });

  it('a word that is no given name before a surname-like word is no subject: a firm\'s earnings stay', () => {
    // `Bakery` may be a surname to the record rules; `Sunrise` is no listed given name.
    expect(found(detectCompensation, 'Sunrise Bakery earns £52,000 a year.')).toEqual([]);
    expect(found(detectProseCategories, 'Sunrise Bakery is catholic')).toEqual([]);
  });

  it('the bare answer: the pair\'s span and tier 2, a lone word\'s own tier', () => {
    const text = 'Amara Okafor earns';
    expect(namedSubject(text, 6, 12, false)).toEqual({ start: 0, end: 12, tier: 2 });
    expect(namedSubject('Jordan earns', 0, 6, false)).toBeUndefined();
    expect(namedSubject('Jordan earns', 0, 6, true)).toEqual({ start: 0, end: 6, tier: 1 });
    expect(namedSubject('Maria earns', 0, 5, false)).toEqual({ start: 0, end: 5, tier: 2 });
  });
});
