// Mutation tests for names.ts joinedToBody and its call in decide() (issue 13; docs/TESTING.md, the
// row of names.ts 870-884 and 4065 of 2026-12-06): one word joined by `ve`/`és`/`ja`/`và` to a public
// body's name is part of that name, not a person (O2 of probe-2026-12-05j: `Aile ve Sosyal Hizmetler
// Bakanlığı`). Each case was written from a mutant that survived the first Stryker run
// (reports/stryker-joined-to-body-2026-12-06.json). `Aile` alone reads as a person (a listed name).
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';

const persons = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('a lone word joined to a public body', () => {
  it('is the body’s when the joiner, blank-separated capitalized words and a body’s tail follow', () => {
    expect(persons('Aile ve Sosyal Hizmetler Bakanlığı')).toEqual([]);
    expect(persons('Aile')).toEqual(['Aile']);
  });

  it('stays a person where the joiner is not ` ve ` with one blank each side', () => {
    expect(persons('Aile ve  Sosyal Hizmetler Bakanlığı')).toEqual(['Aile']);
  });

  it('stays a person where the words after the joiner are in lower case, end in no body’s tail, or are more than four', () => {
    expect(persons('Aile ve sosyal hizmetler bakanlığı')).toEqual(['Aile']);
    expect(persons('Aile ve Sosyal')).toEqual(['Aile']);
    expect(persons('Aile ve Sosyal Hizmetler')).toEqual(['Aile', 'Sosyal Hizmetler']);
    expect(persons('Aile ve Sosyal Hizmetler Politikaları Ulusal Bakanlığı')).toEqual(['Aile']);
  });

  it('stays a person after a title or a cue, and as a run of two words', () => {
    expect(persons('Dr. Aile ve Sosyal Hizmetler Bakanlığı')).toEqual(['Aile']);
    expect(persons('Mrs Aile ve Sosyal Hizmetler Bakanlığı')).toEqual(['Aile']);
    expect(persons('Patient: Aile ve Sosyal Hizmetler Bakanlığı')).toEqual(['Aile']);
    expect(persons('Aile Kaya ve Sosyal Hizmetler Bakanlığı')).toEqual(['Aile Kaya']);
  });
});
