// L10 of the seventh README-only probe of 2026-12-04 (probe-2026-12-04g.cases.md): spreadsheet
// cells pasted with their references (`A2: Vlintuk`, `B2=Halversham`, `Row 2: … | …`) kept the
// names and dates of birth, while the same rows as a tab-separated table under a header were
// masked. A header in row 1 names the columns below it; without one, a row's values are read by
// their shapes. The row's inputs and other spellings of the kind through the real pipeline;
// look-alikes beside them stay as written.
import { afterAll, describe, expect, it } from 'vitest';
import type { JsonValue } from '@agent-audit/core';
import { kinds, redacted, removeLedgers, stored } from './pipeline-2026-12-04f.js';

afterAll(removeLedgers);

describe('L10: the row', () => {
  it.each([
    ['A1: Last  B1: First  C1: SSN\nA2: Vlintuk  B2: Qxaro  C2: 536-22-8514', 'A1: Last  B1: First  C1: SSN\nA2: [PERSON]  B2: [PERSON]  C2: [SSN]', ['Vlintuk', 'Qxaro']],
    ['B2=Halversham C2=Dorric D2=1979-02-11', 'B2=[PERSON] C2=[PERSON] D2=[DOB]', ['Halversham', 'Dorric', '1979-02-11']],
    ['Row 2: Halversham | Dorric | 1979-02-11 | 536-22-8514', 'Row 2: [PERSON] | [PERSON] | [DOB] | [SSN]', ['Halversham', 'Dorric', '1979-02-11']],
  ] as const)('%j', async (input, expected, raws) => {
    const { values, raw } = await stored([input]);
    expect(kinds(values[0] as JsonValue)).toBe(expected);
    for (const value of raws) expect(raw).not.toContain(value);
  });
  it('the row\u2019s masked input stays masked: a tab-separated table under a header', () => {
    expect(kinds(redacted('Last\tFirst\tSSN\nVlintuk\tQxaro\t536-22-8514'))).not.toContain('Vlintuk');
  });
});

describe('L10: other spellings of the kind (held back)', () => {
  it.each([
    ['A1: Surname, B1: Given name, C1: DOB\nA2: Castellane, B2: Merrow, C2: 1988-01-09\nA3: Feltsby, B3: Brannoch, C3: 1977-10-30', 'A1: Surname, B1: Given name, C1: DOB\nA2: [PERSON], B2: [PERSON], C2: [DOB]\nA3: [PERSON], B3: [PERSON], C3: [DOB]'],
    ['Row 1: Last | First | Email\nRow 2: Amberwick | Pelisse | pelisse@example.org', 'Row 1: Last | First | Email\nRow 2: [PERSON] | [PERSON] | [EMAIL]'],
    ['A5=Okonkwo B5=Idris C5=idris@example.net', 'A5=[PERSON] B5=[PERSON] C5=[EMAIL]'],
    ['row 7: Thistlecrake\tOrvenna\t1985-07-14', 'row 7: [PERSON]\t[PERSON]\t[DOB]'],
    ['Sheet1!\nA1: name  B1: dob\nA2: Quentara Bellwick  B2: 1990-06-17', 'Sheet1!\nA1: name  B1: dob\nA2: [PERSON]  B2: [DOB]'],
  ])('%j', async (input, expected) => {
    const { values } = await stored([input]);
    expect(kinds(values[0] as JsonValue)).toBe(expected);
  });
});

describe('L10: look-alikes stay as written', () => {
  it.each([
    'Set A1: 42 and B2: 17 then sum',
    'Row 3: Widget | Blue | 9.99 | 2024-01-01',
    'cell B2=SUM(A1:A10) C2=AVERAGE(A1:A10)',
    'Route A1: 5 miles, B2: closed',
    'v2: released, v3: planned',
    'A1: Product  B1: Colour\nA2: Widget  B2: Green',
  ])('%j', (input) => {
    expect(redacted(input)).toBe(input);
  });
});
