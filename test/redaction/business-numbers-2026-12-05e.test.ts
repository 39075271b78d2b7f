// Business and property numbers read as a person's phone or account (O3 of the twelfth README-only
// probe, 2026-12-05e, issue 11): an employer's EIN (`NN-NNNNNNN`) after its label and under an `ein`
// member, a county's property index number after `PIN` (`NN-NN-NNN-NNN`), a bank's routing number
// right after the bank's name (`Bank of America 026009593`), a network cell's id under `cell_id`,
// and a date written in a form's boxes (`Leaving date 30 11 2026`). The row's inputs, other numbers
// and spellings of each kind made up here, and the personal numbers beside them that stay masked.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { kept, leaks, storedResults } from './masked-text.js';

const { stored } = storedResults(createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(4)]), sessionMemory: false }));

describe('O3: business and property numbers are no phones or accounts', () => {
  it('the probe rows', () => {
    const w2 = "Form W-2 Wage and Tax Statement 2025\na Employee's social security number 536-22-8514\nb Employer identification number (EIN) 36-4417210\nc Employer's name Harcourt Logistics LLC";
    expect(kept(w2, ['36-4417210'])).toEqual([]);
    expect(leaks(w2, ['536-22-8514'])).toEqual([]);
    expect(stored({ employer: { ein: '36-4417210', name: 'Harcourt Logistics LLC' } })).toContain('36-4417210');
    expect(stored({ employer: 'Harcourt Logistics LLC', ein: '36-4417210', state_id: 'IL 4417-2210', naics: '484121' })).toContain('36-4417210');
    expect(kept('Range 13 East of the Third Principal Meridian, PIN 10-24-317-009.', ['10-24-317-009'])).toEqual([]);
    expect(kept('ACH routing numbers: JPMorgan Chase 071000013, Bank of America 026009593, Wells Fargo 121000248.', ['071000013', '026009593', '121000248'])).toEqual([]);
    const cdr = 'call_id,caller,callee,start,duration,cell_id,imei\n88120,+12065550166,+13125550148,2026-12-02T09:14:02Z,312,310-260-4417-22901,356938035643809';
    const cdrStored = stored(cdr);
    expect(cdrStored).toContain('310-260-4417-22901');
    expect(cdrStored).not.toContain('12065550166');
    expect(cdrStored).not.toContain('13125550148');
    const p45 = "P45 Part 1A\n2 Employee's National Insurance number AB 12 34 56 C\n4 Leaving date 30 11 2026\n13 Employee's private address 14 Mulberry Close, Harrogate HG2 8QT";
    expect(kept(p45, ['30 11 2026'])).toEqual([]);
    expect(leaks(p45, ['AB 12 34 56 C'])).toEqual([]);
  });

  it.each([
    ['FEIN with a colon', 'FEIN: 47-1234567', '47-1234567'],
    ['Federal EIN', 'Federal EIN 27-0964312 (Acme Roofing Inc.)', '27-0964312'],
    ['employer identification number', 'Employer identification number: 91-1646860', '91-1646860'],
    ['a property index number', 'Property Index Number (PIN): 17-09-402-012-0000', '17-09-402-012-0000'],
    ['PIN of a parcel', 'PIN 16-03-215-034 assessed at $412,000', '16-03-215-034'],
    ['TD Bank', 'Wire instructions on file with TD Bank 031101266 (routing).', '031101266'],
    ['a date in boxes', 'Date of leaving 05 04 2026', '05 04 2026'],
    ['a start date in boxes', 'Start date 01 09 2025; tax code 1257L', '01 09 2025'],
  ])('%s', (_name, text, value) => {
    expect(kept(text, [value])).toEqual([]);
  });

  it.each([
    ['a member named fein', { fein: '47-1234567', legal_name: 'Acme Roofing Inc.' }, '47-1234567'],
    ['a member named employer_ein', { employer_ein: '27-0964312' }, '27-0964312'],
    ['a cell id member', { cell_id: '262-01-1234-56789', rsrp: -97 }, '262-01-1234-56789'],
  ])('%s', (_name, value, number) => {
    expect(stored(value)).toContain(number);
  });

  it('keeps personal numbers beside them masked', () => {
    expect(leaks('Employer EIN 36-4417210, employee phone 312-555-0148', ['312-555-0148'])).toEqual([]);
    expect(kept('Employer EIN 36-4417210, employee phone 312-555-0148', ['36-4417210'])).toEqual([]);
    expect(leaks('Call me at 312-555-0148, my PIN is 4821', ['312-555-0148'])).toEqual([]);
    expect(leaks('Direct deposit to my checking account 026009593 please', ['026009593'])).toEqual([]);
    expect(leaks('bank routing 021000021, account 4830291175', ['4830291175'])).toEqual([]);
    expect(leaks('Mobile 0171 2345678, Datum egal', ['0171 2345678'])).toEqual([]);
    expect(stored({ cell: '312-555-0148' })).not.toContain('312-555-0148');
  });

  it('linear on hostile runs of labels', () => {
    expect(timeRatio((text) => detectSensitive(text), (n) => 'EIN 36-4417210 PIN '.repeat(Math.ceil(n / 19)))).toBeLessThan(3);
    expect(timeRatio((text) => detectSensitive(text), (n) => 'Bank of America 026009593 '.repeat(Math.ceil(n / 26)))).toBeLessThan(3);
    expect(timeRatio((text) => detectSensitive(text), (n) => 'date 30 11 2026 '.repeat(Math.ceil(n / 16)))).toBeLessThan(3);
  });
});
