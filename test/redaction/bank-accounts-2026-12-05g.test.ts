// L13 of test/redaction/probe-2026-12-05g.cases.md: a bank account number right after `ACH` in a
// tenant ledger or statement line (`11/05/26 Payment ACH 4417820093 -1,850.00`, `Refund via ACH
// …`) and a Hungarian giro account (8-8-8 or 8-8 digits) after `bankszámlaszám` were stored raw.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../packages/core/src/index.js';
import { masked } from './masked-text.js';
import { timeRatio } from './linear-time.js';

describe('L13: an account after `ACH` and after the Hungarian account word', () => {
  it('masks the account of a ledger line after ACH and keeps the dates, amounts and words', () => {
    const ledger = 'TENANT LEDGER — Unit 3B\n11/01/26 Rent charge 1,850.00\n11/05/26 Payment ACH 4417820093 -1,850.00\n12/01/26 Late fee 75.00';
    const out = masked(ledger);
    expect(out).not.toContain('4417820093');
    for (const keep of ['11/05/26 Payment ACH ', '-1,850.00', 'Rent charge 1,850.00', 'Late fee 75.00']) expect(out, keep).toContain(keep);
    for (const [text, value] of [
      ['Refund via ACH 7730192845 on 12/02', '7730192845'],
      ['03/14/26 Deposit ACH 000123456789 +2,400.00', '000123456789'],
      ['Autopay ACH: 88120034 posted', '88120034'],
      ['ACH #5502913377 returned R01', '5502913377'],
    ] as const) {
      expect(masked(text), text).not.toContain(value);
      expect(masked(text), text).toContain('ACH');
    }
  });

  it('keeps ACH words, codes, counts and amounts that are no account', () => {
    for (const text of ['ACH 2024 rules update', 'ACH R01 insufficient funds', 'NACHA ACH file with 120000 entries', 'ACH batch of 250000 payments', 'ACH transfers cost 0.25 each', 'ach 12345678 (lower case word)', 'Achieved 12345678 points']) {
      expect(masked(text), text).toBe(text);
    }
  });

  it('masks a Hungarian account after bankszámlaszám (and its forms) and keeps the rest of the line', () => {
    const line = 'Ügyfél ügyszám 4471, bankszámlaszám 11773016-11111018-00000000, lakcím Budapest.';
    expect(masked(line)).not.toContain('11773016');
    expect(masked(line)).toContain('Ügyfél ügyszám 4471, bankszámlaszám ');
    for (const [text, value] of [
      ['Bankszámlaszám: 10918001-00000123-45670001', '10918001-00000123-45670001'],
      ['számlaszáma: 12010154-01234567', '12010154-01234567'],
      ['a bankszámlaszámom 11600006-00000000-12345678 lesz', '11600006-00000000-12345678'],
    ] as const) expect(masked(text), text).not.toContain(value);
    expect(masked('számla 2026/114 kiállítva')).toBe('számla 2026/114 kiállítva');
  });

  it('stays linear in the input', () => {
    const unit = 'Payment ACH ACH bankszámlaszám 1234- ';
    expect(timeRatio(detectSensitive, (n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n), 20_000, 40_000)).toBeLessThanOrEqual(3);
  });
});
