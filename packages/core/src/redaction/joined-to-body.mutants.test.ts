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

// Written from the survivors of the Stryker after-run of 2026-12-06 (reports/stryker-joined-to-body-after-2026-12-06.json),
// each mutant applied by hand and seen to fail a test here.
describe('a lone word joined to a public body: the after-run’s survivors', () => {
  it('skips a joiner the lists keep as a token (`ja`) or that is no ASCII word (`és`) to the body’s first word', () => {
    // (`ve` is a shared lower-case token without a position; `ja`, `és` and `và` have theirs.)
    expect(persons('Aile ja Helsingin Energia')).toEqual([]);
    expect(persons('Aile és Családsegítő Központ')).toEqual([]);
  });

  it('needs one blank between the body’s words: two blanks, a tab or a bracket between them keep the person', () => {
    expect(persons('Aile ve Sosyal  Hizmetler Bakanlığı')).toEqual(['Aile']);
    expect(persons('Aile ve Sosyal\tHizmetler Bakanlığı')).toEqual(['Aile']);
    expect(persons('Aile ve Sosyal (Hizmetler Bakanlığı')).toEqual(['Aile']);
    expect(persons('Aile ve Spor (Bakanlığı')).toEqual(['Aile']);
  });

  it('stays a person after a Dutch title that is no cue of CUE_BEFORE (`Mw.`)', () => {
    expect(persons('Mw. Aile ve Sosyal Hizmetler Bakanlığı')).toEqual(['Aile']);
    expect(persons('Mw. Gençlik ve Spor Bakanlığı')).toEqual(['Gençlik']);
  });

  it('does not throw when no token follows the joiner (a word of more than 40 letters is none)', () => {
    expect(persons('Aile ve Donaudampfschifffahrtsgesellschaftskapitänsmützen')).toEqual(['Aile']);
  });
});
