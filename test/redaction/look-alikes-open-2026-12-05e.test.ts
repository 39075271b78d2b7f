// Issue 11, the twelfth probe (2026-12-05e), the open parts of rows O1 and O2
// (test/redaction/probe-2026-12-05e.cases.md) and two misses the first helpers noticed: course lines
// whose credits have no decimal read as a street, a brand and its country (`Telekom Deutschland`) and a
// case's short name before its citation read as persons, an English town `upon` its river read as a
// person, and a capitalized word before an amount on the next line taken into the address.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../packages/core/src/index.js';
import { timeRatio } from './linear-time.js';
import { kept, leaks, masked } from './masked-text.js';

describe('O1 (open parts): course lines, brands with a country, case names', () => {
  it('course lines whose credits have no decimal stay', () => {
    for (const line of ['CHEM 101 General Chemistry 3 B+', 'HIST 140 Western Civilization 3 A', 'CS 1010 Intro Programming 4 credits', 'ENG 201 American Literature 3']) {
      expect(masked(line)).toBe(line);
    }
  });
  it('a brand and the country it serves is no person', () => {
    for (const text of ['MCC 262 MNC 01 (Telekom Deutschland)', 'Carrier: Vodafone España, roaming on', 'Provider Swisscom Schweiz since 2020', 'Network: Telefónica Deutschland']) {
      expect(masked(text)).toBe(text);
    }
  });
  it('a case short name before its reporter citation is no person', () => {
    for (const text of ['Under Erie at 304 U.S. 64, state law applies.', 'Iqbal, 556 U.S. at 678, says more.', 'See Zelbrook, 410 Ill. App. 3d 1, for the rule.', 'Cf. Marsden, 312 F. Supp. 2d 45.']) {
      expect(masked(text)).toBe(text);
    }
  });
  it('an English town upon its river is no person', () => {
    for (const text of ['She moved to Newcastle upon Tyne in 2019.', 'Office: Stratford upon Avon', 'Kingston upon Hull and Newcastle upon Tyne']) {
      expect(masked(text)).toBe(text);
    }
    expect(kept('Bağdat Caddesi çok kalabalık, Bağdat Caddesi', ['Bağdat Caddesi'])).toEqual([]);
  });
  it('still masked: persons beside them', () => {
    expect(leaks('Contact: Maria España called about the Vodafone España bill.', ['Maria España'])).toEqual([]);
    expect(leaks('Patient Chris Ireland, 42 Main St.', ['Chris Ireland'])).toEqual([]);
    expect(leaks('Called upon Tyne Castellanos to testify.', ['Castellanos'])).toEqual([]);
    expect(leaks('Student Leonora Castellanos: CHEM 101 General Chemistry 3 A', ['Leonora Castellanos'])).toEqual([]);
    expect(leaks('Ship to 20789 Allika 46, Tallinn', ['Allika 46'])).toEqual([]);
  });
});

describe('O2 (open part): a capitalized word before an amount on the next line', () => {
  it('the row: the street line ends before the amount line', () => {
    const text = 'Address: 4417 Birchwood Lane\nGross 4,120.00';
    expect(leaks(text, ['4417 Birchwood Lane'])).toEqual([]);
    expect(kept(text, ['Gross 4,120.00'])).toEqual([]);
  });
  it('more of the kind: other rows of a payslip or an invoice', () => {
    for (const [text, value, row] of [
      // The amount under `Net Pay` is the employee's pay: a SALARY since the lead's decision of 2026-12-07
      // (compensation.ts); what this row guards is that the street line ends before it, so its label stays.
      ['Employee: 915 Alder Crest Avenue\nNet Pay $3,201.55', '915 Alder Crest Avenue', 'Net Pay '],
      ['Bill to: 2210 Peachtree Ridge Drive\nTotal EUR 512.40', '2210 Peachtree Ridge Drive', 'Total EUR 512.40'],
      ['88 Harcourt Street\nBalance 1.250,00', '88 Harcourt Street', 'Balance 1.250,00'],
    ] as const) {
      expect(leaks(text, [value])).toEqual([]);
      expect(kept(text, [row])).toEqual([]);
    }
  });
  it('still taken: the city and postal code lines', () => {
    expect(leaks('Address: 4417 Birchwood Lane\nEvanston IL 60201', ['Evanston', '60201'])).toEqual([]);
    expect(leaks('88 Harcourt Street\nBoulder, CO 80302\nGross 4,120.00', ['Boulder', '80302'])).toEqual([]);
  });
});

describe('linear time', () => {
  it('many course lines, brands and amount lines', () => {
    const make = (n: number) => 'CHEM 101 General Chemistry 3 A; Telekom Deutschland; Erie at 304 U.S. 64; 88 Harcourt Street\nGross 4,120.00\n'.repeat(Math.ceil(n / 100)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});
