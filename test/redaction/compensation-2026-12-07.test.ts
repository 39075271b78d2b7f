// A person's salary and pension reference under their labels (issue 11, F14 of the README-only leak
// probe of 2026-12-07: `salary_gbp: 61250`, `gross 61,250 GBP`, `Pension ref NEST-77120938` were kept).
// compensation.ts: an amount after a salary's label (`SALARY`, class `financial.salary`), `gross`/`net`
// alone only in a text about pay, and a pension reference (`ACCOUNT_NUMBER`, `financial.account`).
// Generic amounts (an invoice's `total`, `gross` and `net`, `gross profit`) stay.
import { describe, expect, it } from 'vitest';
import { classify, detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { kept, leaks, masked } from './masked-text.js';

describe('F14: salaries and pension references', () => {
  it.each([
    ['salary_gbp: 61250', '61250', 'SALARY'],
    ['Employee record. gross 61,250 GBP', '61,250', 'SALARY'],
    ['Pension ref NEST-77120938', 'NEST-77120938', 'ACCOUNT_NUMBER'],
    ['salary: £61,250', '61,250', 'SALARY'],
    ['annual salary 61250', '61250', 'SALARY'],
    ['gross salary: 61,250 GBP', '61,250', 'SALARY'],
    ['pension reference: NEST-77120938', 'NEST-77120938', 'ACCOUNT_NUMBER'],
    ['{"salary": 61250, "dept": "ops"}', '61250', 'SALARY'],
  ])('%s', (text, value, type) => {
    expect([masked(text), leaks(text, [value])]).toEqual([masked(text), []]);
    expect(detectSensitive(text).map((d) => d.type)).toContain(type);
  });

  it.each([
    // Held back while the rule was written.
    ['Gehalt: 4.850 EUR brutto', '4.850'],
    ['the salary is 45k', '45k'],
    ['payroll export: net 3,912.40 EUR for May', '3,912.40'],
    ['wynagrodzenie: 7 200 zł', '7 200'],
    ['superannuation member number 40021877', '40021877'],
    ['base_salary=72000', '72000'],
  ])('held back: %s', (text, value) => {
    expect([masked(text), leaks(text, [value])]).toEqual([masked(text), []]);
  });

  it('look-alikes stay: invoices, profit, bands, years, counts', () => {
    const text = 'Invoice 2026-114: gross 61,250 GBP, net 51,041.67 GBP, total 61,250 GBP; gross profit 61,250 GBP; invoice total: 61250; ' +
      'salary band: B3; salary review in 2026; salary 2026 review; salary: 5 days late; super fund; pension: 2 years; superb 123456';
    expect(kept(text, ['gross 61,250 GBP', 'net 51,041.67 GBP', 'total 61,250 GBP', 'profit 61,250 GBP', 'total: 61250', 'B3', 'in 2026', 'salary 2026', '5 days', 'super fund', '2 years', 'superb 123456'])).toEqual([]);
  });

  it('a bank statement memo stays (found by names-open-2026-12-06b.test.ts in the full redaction run)', () => {
    expect(kept('07/12/2026  BGC Z VLINTUK WAGES  1,820.00', ['WAGES  1,820.00'])).toEqual([]);
    expect(kept('01/12/2026,BGC Z VLINTUK WAGES,1820.00\nBGC WAGES 1820.00', ['WAGES,1820.00', 'WAGES 1820.00'])).toEqual([]);
  });

  it('classed financial and GDPR', () => {
    expect(detectSensitive('salary: 61250').map((d) => d.class)).toContain('financial.salary');
    expect(classify(['financial.salary']).compliance.regimes).toContain('gdpr');
  });

  it('linear: labels and amounts repeated', () => {
    const make = (n: number) => 'salary_gbp: 61250 gross 61,250 GBP Pension ref NEST-77120938 salary salary 12 payroll '.repeat(Math.ceil(n / 90)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});
