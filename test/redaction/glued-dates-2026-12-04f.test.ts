// L3 of the sixth README-only probe of 2026-12-04 (probe-2026-12-04f.cases.md): a date of birth
// written with a month's name glued to its day and year (`DDMMMYY`, `DDMMMYYYY`, as airlines, the
// military and clinical notes write it) or as six digits (`MMDDYY`, `DDMMYY`) after a date of
// birth's label was stored raw (`DOB 12MAR1984`, `dob: 12Mar1984`, `dob 031284`). The row's inputs
// and other spellings of the kind through the real pipeline; look-alikes beside them stay.
import { afterAll, describe, expect, it } from 'vitest';
import type { JsonValue } from '@agent-audit/core';
import { kinds, redacted, removeLedgers, stored } from './pipeline-2026-12-04f.js';

afterAll(removeLedgers);

describe('L3: the row', () => {
  it.each([
    ['Pt verified, DOB 12MAR1984, allergies NKDA', '12MAR1984', 'Pt verified, DOB [DOB], allergies NKDA'],
    ['DOB 12MAR1984 SEX M', '12MAR1984', 'DOB [DOB] SEX M'],
    ['dob: 12Mar1984', '12Mar1984', 'dob: [DOB]'],
    ['D.O.B 12Mar84', '12Mar84', 'D.O.B [DOB]'],
    ['born 12MAR1984', '12MAR1984', 'born [DOB]'],
    ['Please add DOB 12MAR84 to the booking', '12MAR84', 'Please add DOB [DOB] to the booking'],
    ['dob 031284', '031284', 'dob [DOB]'],
    ['DOB: 031284 (MMDDYY)', '031284', 'DOB: [DOB] (MMDDYY)'],
  ])('%s', async (input, date, expected) => {
    const { values, raw } = await stored([input]);
    expect(kinds(values[0] as JsonValue)).toBe(expected);
    expect(raw).not.toContain(date);
  });
  it('the row\u2019s masked inputs stay masked', () => {
    for (const text of ['dob 03121984', 'DOB 12-MAR-1984', 'DOB 12 MAR 84', 'DOB 12 Mar 84', 'DOB Mar-12-1984', 'DOB 1984.03.12', 'DOB 12/3/84', 'DOB=19840312']) expect(kinds(redacted(text)), text).toMatch(/^DOB ?[:=]? ?\[DOB\]$|^dob \[DOB\]$|^DOB=\[DOB\]$/i);
    expect(kinds(redacted({ dob: '12MAR84' }))).toBe('{"dob":"[DOB]"}');
    expect(kinds(redacted({ dob: '12Mar1984' }))).toBe('{"dob":"[DOB]"}');
    expect(kinds(redacted({ birthDate: '031284' }))).toBe('{"birthDate":"[DOB]"}');
  });
});

describe('L3: other spellings of the kind (held back)', () => {
  it.each([
    ['DOB 3JAN1990', '3JAN1990'],
    ['Date of birth 07Sep1975', '07Sep1975'],
    ['Geburtsdatum: 12MAR84', '12MAR84'],
    ['née le 12MAR1984 à Lyon', '12MAR1984'],
    ['pt DOB 07SEP1975 MRN pending', '07SEP1975'],
    ['d.o.b.: 07SEP75', '07SEP75'],
    ['born 12mar84 in Leeds', '12mar84'],
    ['DOB 120384', '120384'],
    ['birth date 071575, verified', '071575'],
    ['date of birth: 840312', '840312'],
    ['07SEP1975 is my date of birth', '07SEP1975'],
    ['Passenger DOB 25DEC1969 requires assistance', '25DEC1969'],
  ])('%s', async (input, date) => {
    const { values, raw } = await stored([input]);
    expect(kinds(values[0] as JsonValue)).toContain('[DOB]');
    expect(raw).not.toContain(date);
  });
});

describe('L3: look-alikes stay as written', () => {
  it.each([
    'Order 031284 shipped',
    'born 123456 times',
    'DOB 999999',
    'flight BA117 12MAR departs',
    'build 12MAR84 deployed',
    'ref 12MAR1984X',
    'DOB field id 031284',
    'ticket 120384 closed',
    'born 12MAR1984X',
    'DOB 1234567',
  ])('%s', (text) => {
    expect(redacted(text)).toBe(text);
  });
});
