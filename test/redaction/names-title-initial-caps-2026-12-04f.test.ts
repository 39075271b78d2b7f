// L11 of the sixth README-only probe of 2026-12-04 (probe-2026-12-04f.cases.md): an honorific, one
// initial and a surname in capitals (`Ticket for Mr Q VLINTUK`, `Attn: MRS W DORVANE`, as tickets
// and letters' `Attn:` lines print them) left the surname raw: a word in capitals the name lists
// lack counts only right after a title, and the initial stood between. Other spellings through the
// pipeline; words in capitals that are no name (`REPORT`, `URGENT`) stay after a title and initial.
import { describe, expect, it } from 'vitest';
import { storedInput, storedInputs } from './probe-2026-12-04f-helpers.js';

describe('the row (L11)', () => {
  it.each([
    ['Ticket for Mr Q VLINTUK, coach C seat 42', 'VLINTUK', 'Ticket for Mr [PERSON], coach C seat 42'],
    ['Attn: MRS W DORVANE', 'DORVANE', 'Attn: MRS [PERSON]'],
  ])('%j', async (input, secret, expected) => {
    const { value, raw } = await storedInput(input);
    expect(value).toBe(expected);
    expect(raw).not.toContain(secret);
  });

  it('the row\u2019s masked inputs stay masked', async () => {
    const { values } = await storedInputs(['Mr Q Vlintuk called', 'Mrs W. Dorvane has arrived', 'Dr Q. Vlintuk on call', 'MR QXARO VLINTUK']);
    expect(values).toEqual(['Mr [PERSON] called', 'Mrs [PERSON] has arrived', 'Dr [PERSON] on call', 'MR [PERSON]']);
  });
});

describe('other spellings of the kind (held back from the row)', () => {
  it.each([
    ['Dr. K. MOLLQUIST will see you', 'MOLLQUIST'],
    ['ATTN: MR J. BRANNOCH', 'BRANNOCH'],
    ['Ms A SELLWYN, row 12', 'SELLWYN'],
    ['Prof. T QUILLON', 'QUILLON'],
    ['Mr Q VLINTUK AND Mrs W DORVANE', 'DORVANE'],
    ['Passenger: MISS R TAMMELAK\nSeat 14C', 'TAMMELAK'],
    ['Herr K. WENDLMAYR, Zimmer 12', 'WENDLMAYR'],
  ])('%j', async (input, secret) => {
    const { value, raw } = await storedInput(input);
    expect(value).toMatch(/\[PERSON\]/);
    expect(raw).not.toContain(secret);
  });
});

describe('look-alikes stay', () => {
  it('words in capitals that are no name after a title and an initial', async () => {
    const inputs = ['Mr T REPORT', 'Dear Mrs B ORDERS', 'MR X URGENT', 'Dr K REPORTING', 'Plan A TODO list', 'Section B NOTES'];
    const { values } = await storedInputs(inputs);
    expect(values).toEqual(inputs);
  });
});
