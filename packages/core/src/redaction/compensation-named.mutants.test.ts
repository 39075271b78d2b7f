// Issue 13: compensation.ts detectCompensation's loops of 2026-12-07d (a named earner, `namedEarner`/`namedEarned`, and a
// salary's label with words before its amount, `gappedSalary`), called directly with `persons`, written from the Stryker
// run of 2026-12-07 (docs/TESTING.md, its row): the suites went through the redactor, where the label rule masks
// `Maria's salary is 61k` too and a thrown error leaves a text as it was, so the spans, the kinds, the currency or
// period an earned amount needs and the possessive's case were never checked. Exact spans, types and classes.
import { describe, expect, it } from 'vitest';
import { detectCompensation } from './compensation.js';
import { detectSensitive } from './detectors.js';
import type { Detection } from './types.js';

const found = (text: string): Array<[string, string, number, string]> => {
  const out: Detection[] = [];
  detectCompensation(text, out, true);
  return out.map((d) => [d.type, d.class, d.start, text.slice(d.start, d.end)]);
};
const SALARY = ['SALARY', 'financial.salary'] as const;
const PERSON = ['PERSON', 'pii.person'] as const;

describe('detectCompensation: a named earner (namedEarner, namedEarned)', () => {
  it('the amount\'s span with its currency and blanks, its kind, and the name', () => {
    expect(found('Sven verdient 4.200 € brutto')).toEqual([[...SALARY, 14, '4.200 €'], [...PERSON, 0, 'Sven']]);
    expect(found('ok. Maria earns 61 k.')).toEqual([[...SALARY, 16, '61 k'], [...PERSON, 4, 'Maria']]);
  });

  it('an amount with a period after it and no currency is a salary; one with neither is a count', () => {
    expect(found('Sven earns 4200 a month')).toEqual([[...SALARY, 11, '4200'], [...PERSON, 0, 'Sven']]);
    expect(found('Pedro made 250, Maria made 300.')).toEqual([]);
    // A year is no amount, even with a period after it.
    expect(found('Maria earns 2024 a year')).toEqual([]);
  });

  it('a name before a verb of earning with no amount after it (the sticky tail fails) is left', () => {
    expect(found('Maria earns points. Pedro makes dinner, Sven gets paid weekly.')).toEqual([]);
  });
});

describe('detectCompensation: a possessive, words and a verb before the amount (gappedSalary)', () => {
  it('the amount\'s span and kind; a possessive word that is no name gives no PERSON (`Jouw`, `Meine`: `Jo`, `Mei` are given names)', () => {
    expect(found('my salary right now is 61k')).toEqual([[...SALARY, 23, '61k']]);
    expect(found('Jouw salaris is nu 3.900 euro')).toEqual([[...SALARY, 19, '3.900']]);
    expect(found('Meine Rente liegt derzeit bei 1.200 €')).toEqual([[...SALARY, 30, '1.200 €']]);
  });

  it('a name\'s possessive in its capitals only: a thing\'s or a firm\'s stays (`company\'s`, `eBay\'s`), and a year is no amount', () => {
    expect(found("Maria's salary right now is 61k")).toEqual([[...SALARY, 28, '61k'], [...PERSON, 0, 'Maria']]);
    expect(found("the company's salary this year is 61k")).toEqual([]);
    expect(found("eBay's salary this year is 61k")).toEqual([]);
    expect(found('my pension at the earliest will be 2041.')).toEqual([]);
  });
});

describe('an earned amount\'s currency code in lower case (until 2026-12-07 the check after the match read capitals only)', () => {
  it.each([
    ['she earns 61,000 eur.', '61,000 eur'],
    ['Maria earns 61,000 usd', '61,000 usd'],
    ['I make 4200 chf', '4200 chf'],
    ['er verdient 3 100 fr.', '3 100 fr.'],
    ['Sven verdient 5 200 Zł.', '5 200 Zł'],
  ])('%s', (text, value) => {
    expect(detectSensitive(text).filter((d) => d.type === 'SALARY').map((d) => text.slice(d.start, d.end))).toEqual([value]);
  });
});
