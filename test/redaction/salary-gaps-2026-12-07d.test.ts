// Issue 11, left open by h/leaks 2026-12-07c: a salary's label with words between it and the amount was stored in clear
// (`my salary right now is 61k`): the label rule reads the amount right after the label or its copula. compensation.ts
// gappedSalary: a possessive (`my`, `our`, `mein`, `mon`, `mi`, `mijn`, `il mio`, `meu`, a name's `'s`), the label, up
// to four words with no sentence's end and no id's word between (`right now`, `this year`), a copula or a verb of amount
// (`is`, `will be`, `liegt`, `beträgt`, `est`, `es`, `è`, `bedraagt`, `é`), up to three adverbs or prepositions
// (`currently`, `derzeit bei`, `actuellement de`), then the amount. Look-alikes: a statistic, a range, a bound, no one's
// pay (no possessive), and an id under a salary's word (`my salary slip number is 4471`: kept, an id is no amount).
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../packages/core/src/index.js';
import { timeRatio } from './linear-time.js';
import { check, kept, leaks, masked } from './masked-text.js';

describe('a salary with words between its label and its amount, 2026-12-07d', () => {
  it('the brief\'s: masked as SALARY, the words around kept', () => {
    check([
      ['my salary right now is 61k', ['61k'], ['my salary right now is ']],
      ['my salary is currently 61,000', ['61,000'], ['my salary is currently ']],
      ['our base pay this year will be €48k', ['48k'], ['our base pay this year will be ']],
      ['mein Gehalt liegt derzeit bei 4.200 €', ['4.200'], ['mein Gehalt liegt derzeit bei ']],
      ['mon salaire est actuellement de 3 100 €', ['3 100'], ['mon salaire est actuellement de ']],
    ]);
    expect(detectSensitive('my salary right now is 61k').map((d) => d.type)).toEqual(['SALARY']);
  });

  it.each([
    // Held back while the rule was written.
    ['his annual salary after the promotion was $92,500.', ['92,500']],
    ['mi sueldo ahora es de 2.300 € al mes', ['2.300']],
    ['mijn salaris is nu ongeveer 3.900 euro', ['3.900']],
    ['il mio stipendio attuale è di 1.850 €', ['1.850']],
    ['o meu salário agora é de 4.500 reais', ['4.500']],
    ["Maria's salary next year will be about £48,000", ['48,000']],
    ['ihr Gehalt beträgt seit Mai 5.100 €', ['5.100']],
  ])('held back: %s', (text, values) => {
    expect([masked(text), leaks(text, values)]).toEqual([masked(text), []]);
  });

  it('look-alikes stay: statistics, ranges, bounds, no one\'s pay, ids, a sentence between', () => {
    const text = 'the average salary in 2024 is 61k. salary range is 50-60k. minimum wage is now 12.41. ' +
      'my salary slip number is 4471. my salary review date is 2026. the salary for this role will be 61k. ' +
      'my salary went up. the office has 300 desks. our pay grade code is 4410. mein Gehaltskonto hat die Nummer 123456. ';
    expect(kept(text, ['61k.', '50-60k', '12.41', '4471', 'is 2026', '300 desks', '4410', '123456'])).toEqual([]);
  });

  it('linear: labels, words and amounts repeated', () => {
    const make = (n: number) => 'my salary right now is about my salary slip number is 61k mein Gehalt liegt derzeit bei '.repeat(Math.ceil(n / 88)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});
