// L13 of the ninth probe of 2026-12-05 (test/redaction/probe-2026-12-05b.cases.md): a surname named
// as a family or a household (`the Havili family`, `The Nakamura-Reyes family`, `the Kahananui
// household`) or in the plural (`the Fifitas donated $200`, `Dinner with the Havilis tonight`) was
// stored raw when the surname was not listed. Now the family's name is a person's (name-contexts.ts
// familyNames); the plural only of a surname ending in a vowel, beside a person's verb or after
// `with`, `to`, `for`, `visited`.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../packages/core/src/index.js';

const persons = (text: string) => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('L13: a family, a household, the plural of a surname', () => {
  it.each([
    // The probe's inputs.
    ['Sent a thank-you card to the Havili family for their gift', 'Havili'],
    ['the Oyelaran-Whitfield family', 'Oyelaran-Whitfield'],
    ['The Nakamura-Reyes family moved to unit 4B', 'Nakamura-Reyes'],
    ['Condolences to the Tupou-Faleafa family', 'Tupou-Faleafa'],
    ['Envelope #214 — the Oyelaran-Whitfield family, tithe', 'Oyelaran-Whitfield'],
    ['the Kahananui household missed two payments', 'Kahananui'],
    ['the Fifitas donated $200', 'Fifitas'],
    ['Dinner with the Havilis tonight', 'Havilis'],
    // Held back: the possessive, a capital F, other nouns and verbs.
    ["the Mahuika family's pledge is due", 'Mahuika'],
    ['Prayers for the Vaipulu Family this week', 'Vaipulu'],
    ['We stayed with the Tuilagis over Easter', 'Tuilagis'],
    ['the Kealohas visited on Sunday', 'Kealohas'],
  ])('%s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });

  it('the plural joins the surname\'s pseudonym', () => {
    const text = 'Dinner with the Havilis tonight';
    const found = detectSensitive(text).find((d) => d.type === 'PERSON');
    expect(found?.normalized).toBe('havili');
  });

  it('boundaries: common words, things, peoples, teams', () => {
    for (const text of ['the Royal family', 'the Royal Family', 'the Rose family', 'the Windows family', 'the Linux family of systems', 'the Pixel family', 'the Apache family', 'the Marvel family', 'the Data household survey', 'the Smiths played', 'the Lakers won', 'with the Bahamas', 'the Kiwis won', 'with the Rolling Stones', 'the Simpsons aired', 'the Borgias']) {
      expect(persons(text)).toEqual([]);
    }
  });

  it('a hostile input: the cue repeated', () => {
    expect(persons('the Havili family '.repeat(12_000)).length).toBeGreaterThan(0);
    expect(persons('with the Havilis '.repeat(12_000)).length).toBeGreaterThan(0);
    expect(detectSensitive('the family the Xs '.repeat(12_000))).toBeDefined();
  });
});
