// O2 of the ninth probe of 2026-12-05 (test/redaction/probe-2026-12-05b.cases.md): `Reg`
// (registration, register) was read as a person's name before `No`, `No.`, `Date` and in a table's
// header (`Company Reg No 04123456`, `VAT Reg. No. GB…`, `| Reg No |`), one pseudonym joining every
// such label across sessions. A `Reg` before a number's or a date's word is no person now
// (name-contexts.ts dropContextNonPersons); `Reg Smith called`, `Dear Reg,` stay persons.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../packages/core/src/index.js';

const persons = (text: string) => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('O2: Reg before No or Date is no person', () => {
  it.each([
    // The probe's inputs.
    'Company Reg No 04123456, VAT Reg. No. GB123456789',
    'Reg. no. 04123456 (Companies House)',
    'Charity Reg. No. 1123456',
    'Reg. No. 48213-074',
    'Charity Reg No 1123456',
    'Vehicle Reg No: KX19 ABC',
    'Reg Date: 2026-11-30',
    '| Item | Reg No |\n|---|---|\n| Van | KX19 ABC |',
    // Held back: capitals, `Nr`, `Number`, `#`.
    'REG NO: 04123456',
    'Handelsregister Reg Nr 12345',
    'Reg Number 04123456',
    'Reg # 04123456',
  ])('%s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it('Reg as a name stays a person', () => {
    expect(persons('Reg Smith called about the invoice')).toEqual(['Reg Smith']);
    expect(persons('Dear Reg, thanks for the call')).toEqual(['Reg']);
  });

  it('a hostile input: the label repeated', () => {
    expect(persons('Reg No '.repeat(30_000))).toEqual([]);
  });
});
