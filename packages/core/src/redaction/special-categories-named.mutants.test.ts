// Issue 13: special-categories.ts detectProseCategories' named subjects of 2026-12-07d (NAMED_CANDIDATE, NAMED_PROSE,
// NAMED_FORMS, personalPredicate and their loop), called directly with `persons`, written from the Stryker run of
// 2026-12-07 (docs/TESTING.md, its row). A given name of the lower tier (`Jordan`, `Paris`, `April`: a place or a month
// too) is read only before a predicate said of a person alone, so each of personalPredicate's answers is seen here on
// such a name, with the exact span, type and class of the value and of the PERSON.
import { describe, expect, it } from 'vitest';
import { detectProseCategories } from './special-categories.js';
import type { Detection } from './types.js';

const found = (text: string, persons = true): Array<[string, string, number, string]> => {
  const out: Detection[] = [];
  detectProseCategories(text, out, persons);
  return out.map((d) => [d.type, d.class, d.start, text.slice(d.start, d.end)]);
};
const PERSON = ['PERSON', 'pii.person'] as const;
const ORIENTATION = ['SEXUAL_ORIENTATION', 'pii.special.sexual_orientation'] as const;
const UNION = ['TRADE_UNION', 'pii.special.trade_union'] as const;
const POLITICS = ['POLITICAL_OPINION', 'pii.special.political_opinion'] as const;
const RELIGION = ['RELIGION', 'pii.special.religion'] as const;
const person = (at: number, name: string) => [...PERSON, at, name];

describe('detectProseCategories: a given name of the lower tier before a predicate said of a person alone', () => {
  it('a union\'s membership with no member\'s word (`joined`)', () => {
    expect(found('Jordan joined the GMB union')).toEqual([[...UNION, 18, 'GMB union'], [...PERSON, 0, 'Jordan']]);
  });

  it.each([
    // An article before the value (a country is no `a …`), a practice's word, a vote's verb, a member's word.
    ['Paris is a socialist', [...POLITICS, 11, 'socialist']],
    ['Jordan is practicing Catholic.', [...RELIGION, 21, 'Catholic']],
    ['Jordan wählt die AfD', [...POLITICS, 17, 'AfD']],
    ['Jordan est adhérent du PS', [...POLITICS, 23, 'PS']],
    ['Jordan is lid van de PVV', [...POLITICS, 21, 'PVV']],
  ] as const)('%s', (text, value) => {
    expect(found(text)).toEqual([value, [...PERSON, 0, text.slice(0, text.indexOf(' '))]]);
  });

  it('`disabled` is said of an account too: a lower-tier name before it stays (the form without a pronoun reads `registered disabled` alone)', () => {
    expect(found('the user Jordan is disabled')).toEqual([]);
  });

  it('an apostrophe\'s `s` in the value is no possessive (until 2026-12-07 `Jordan is a Jehovah\'s Witness` was kept whole)', () => {
    expect(found("Jordan is a Jehovah's Witness")).toEqual([[...RELIGION, 12, "Jehovah's Witness"], [...PERSON, 0, 'Jordan']]);
  });

  it('a possessive\'s sexual orientation (until 2026-12-07 a possessive counted for no category and `April\'s sexuality is straight` was kept whole); a possessive\'s religion stays (`Jordan\'s religion is islam`: the country\'s)', () => {
    expect(found("April's sexuality is straight")).toEqual([[...ORIENTATION, 21, 'straight'], [...PERSON, 0, 'April']]);
    expect(found("Jordan's sexual orientation is gay")).toEqual([[...ORIENTATION, 31, 'gay'], [...PERSON, 0, 'Jordan']]);
    expect(found("Jordan's religion is islam")).toEqual([]);
  });
});

describe('detectProseCategories: the named forms\' loop', () => {
  it('the last named form (Portuguese creeds) is reached, and a name with no category after its copula is left', () => {
    expect(found('Maria é comunista')).toEqual([[...POLITICS, 8, 'comunista'], [...PERSON, 0, 'Maria']]);
    expect(found('Maria is happy. Maria was here, Pedro ist müde')).toEqual([]);
  });

  it('the value\'s normal form, as under a label (upper case, no blanks)', () => {
    const out: Detection[] = [];
    detectProseCategories('Maria is roman  catholic', out, true);
    expect(out.map((d) => [d.type, d.start, d.end, d.normalized])).toEqual([['RELIGION', 9, 24, 'ROMANCATHOLIC'], ['PERSON', 0, 5, 'maria']]);
  });

  it('no PERSON without `persons`', () => {
    expect(found('Jordan joined the GMB union', false)).toEqual([[...UNION, 18, 'GMB union']]);
  });
});

describe('the named subjects of each language, and their candidate\'s words (NAMED_SUBJECTS, NAMED_CANDIDATE: static, run with AGENT_AUDIT_MUTATE_COVERAGE=all)', () => {
  it.each([
    // A candidate after other words, and one blank or two (a copula's, a negation's, a vote's, a possessive's).
    ['so Maria is catholic', [[...RELIGION, 12, 'catholic'], person(3, 'Maria')]],
    ['Maria  is catholic', [[...RELIGION, 10, 'catholic'], person(0, 'Maria')]],
    ["Maria's  faith is buddhism", [[...RELIGION, 18, 'buddhism'], person(0, 'Maria')]],
    ["Pierre n'est pas musulman", [[...RELIGION, 17, 'musulman'], person(0, 'Pierre')]],
    ['Carmen no es católica', [[...RELIGION, 13, 'católica'], person(0, 'Carmen')]],
    ['Carmen no  es católica', [[...RELIGION, 14, 'católica'], person(0, 'Carmen')]],
    ['Maria não é comunista', [[...POLITICS, 12, 'comunista'], person(0, 'Maria')]],
    ['Maria não  é comunista', [[...POLITICS, 13, 'comunista'], person(0, 'Maria')]],
    // Italian drops its pronoun: the form without one reads the value again, the named form the PERSON.
    ['Giulia è comunista', [[...POLITICS, 9, 'comunista'], person(0, 'Giulia'), [...POLITICS, 9, 'comunista']]],
    ['Giulia non  è comunista', [[...POLITICS, 14, 'comunista'], person(0, 'Giulia'), [...POLITICS, 14, 'comunista']]],
    // The verbs of a vote.
    ['Maria vota al PP', [[...POLITICS, 14, 'PP'], person(0, 'Maria')]],
    ['Giulia ha votato per il PD', [[...POLITICS, 24, 'PD'], person(0, 'Giulia')]],
    ['Giulia ha  votato per il PD', [[...POLITICS, 25, 'PD'], person(0, 'Giulia')]],
    ['Pierre a voté pour le PS', [[...POLITICS, 22, 'PS'], person(0, 'Pierre')]],
    ['Pierre a  voté pour le PS', [[...POLITICS, 23, 'PS'], person(0, 'Pierre')]],
    ['Pierre vote PS', [[...POLITICS, 12, 'PS'], person(0, 'Pierre')]],
    ['Bram stemt op de PVV', [[...POLITICS, 17, 'PVV'], person(0, 'Bram')]],
  ] as const)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
