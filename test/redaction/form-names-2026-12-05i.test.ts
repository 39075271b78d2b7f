// Issue 11, the sixteenth probe (2026-12-05i), rows L2 and L3 (test/redaction/probe-2026-12-05i.cases.md):
// the forenames in capitals after an HMRC form's label (`Forenames or initials`, `First name(s)` on a
// P60 or a P45) were stored raw beside the masked surname, and so was a surname in capitals of two
// unlisted parts after `Surname`; after a party's label (`Recipient:`, `Tenant:`, `Insured:`,
// `Deponent:`) a `Surname, Given` kept its unlisted given name, or both words.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';
import { timeRatio } from './linear-time.js';
import { check, masked, storedResults } from './masked-text.js';

const { leaksIn } = storedResults(() => createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]), sessionMemory: false }), 'c');

describe('L2: names in capitals after the name labels of UK payroll forms', () => {
  it('the probe rows', () => {
    check([
      ['Surname VAUQUELIN-DAUDET  Forenames or initials SÉGOLÈNE', ['VAUQUELIN-DAUDET', 'SÉGOLÈNE'], ['Surname ', 'Forenames or initials']],
      ['Surname GRZEGORCZYK  Forenames or initials PRZEMYSŁAW', ['GRZEGORCZYK', 'PRZEMYSŁAW'], ['Forenames or initials']],
      ['P45 Surname OKONKWO. First name(s) CHIDINMA ADAEZE.', ['OKONKWO', 'CHIDINMA', 'ADAEZE'], ['P45 Surname', 'First name(s)']],
      ['P60 Forenames or initials MORWENNA.', ['MORWENNA'], ['P60 Forenames or initials']],
    ]);
  });
  it('more of the kind: other labels of the forms, a label first, a line each, a colon', () => {
    check([
      ['Forenames or initials TEGWEN   Surname ABERCROMBIE-NJOKU', ['TEGWEN', 'ABERCROMBIE-NJOKU'], ['Forenames or initials', 'Surname']],
      ['P45 Part 1A\n3 Surname LLEWELLYN-ADEBAYO\nFirst name(s) IFEOMA NKECHI\n4 Leaving date 30 11 2026', ['LLEWELLYN-ADEBAYO', 'IFEOMA', 'NKECHI'], ['Leaving date']],
      ["Employee's details. Surname: MAKINDE-HOLLIS. Forename(s): ZAINAB", ['MAKINDE-HOLLIS', 'ZAINAB'], ["Employee's details"]],
      ['Title MRS  Forenames or initials OLUWASEUN T  Surname QUAYE-BRENNAN  National Insurance number', ['OLUWASEUN', 'QUAYE-BRENNAN'], ['National Insurance number']],
    ]);
  });
  it('keeps words in capitals after the labels that are no names', () => {
    check([
      ['Surname REQUIRED  Forenames or initials NOT PROVIDED', [], ['REQUIRED', 'NOT PROVIDED']],
      ['First name(s) field: MANDATORY. Surname field: MANDATORY', [], ['MANDATORY']],
      ['Forenames or initials BLOCK CAPITALS please', [], ['BLOCK CAPITALS']],
      ['Surname  Forenames or initials  Date of birth  NI number', [], ['Surname', 'Forenames or initials', 'Date of birth']],
      ['P60 END OF YEAR CERTIFICATE Tax year to 5 April 2026', [], ['P60 END OF YEAR CERTIFICATE']],
    ]);
  });
});

describe('L3: `Surname, Given` after a party label', () => {
  it('the probe rows', () => {
    check([
      ['MUTUAL NDA. Recipient: Vauquelin-Daudet, Ségolène. Notices by post only.', ['Vauquelin-Daudet', 'Ségolène'], ['Recipient:', 'Notices by post only.']],
      ['Recipient: Grzegorczyk, Przemysław', ['Grzegorczyk', 'Przemysław'], ['Recipient:']],
      ['Recipient: Vauquelin-Daudet, Ségolène; Disclosing party: Acme Ltd', ['Vauquelin-Daudet', 'Ségolène'], ['Disclosing party: Acme Ltd']],
      ['Port request signed. Authorized name on the LOA: Achterberg, Ségolène.', ['Achterberg', 'Ségolène'], ['name on the LOA:']],
    ]);
  });
  it('more of the kind: other parties, unlisted surnames, other ends', () => {
    check([
      ['Lease schedule. Tenant: Oyelaran, Wairimu; term 24 months.', ['Oyelaran', 'Wairimu'], ['term 24 months']],
      ['Insured: Kowalczyk, Teodozja — adjuster visit booked.', ['Kowalczyk', 'Teodozja'], ['adjuster visit booked']],
      ['Deponent: Ekwueme-Sandoval, Chidinma', ['Ekwueme-Sandoval', 'Chidinma'], ['Deponent:']],
      ['Witness: Thorvaldsen, Ingibjörg (sworn)', ['Thorvaldsen', 'Ingibjörg'], ['(sworn)']],
      ['Landlord: Mbeki-Laurent, Thandiwe. Rent due on the 1st.', ['Mbeki-Laurent', 'Thandiwe'], ['Rent due on the 1st.']],
      ['Defendant: Zawadzka, Bożena - represented by counsel', ['Zawadzka', 'Bożena'], ['represented by counsel']],
      ['Policyholder: Nakamura-Reyes, Itzel\nPolicy: HO-3', ['Nakamura-Reyes', 'Itzel'], ['Policy: HO-3']],
    ]);
  });
  it('in a tool result as the redactor stores it', () => {
    expect(leaksIn({ nda: { text: 'Recipient: Vauquelin-Daudet, Ségolène. Term: 3 years.' } }, ['Vauquelin-Daudet', 'Ségolène'])).toEqual([]);
  });
  it('keeps look-alikes: firms, places, terms after the labels', () => {
    check([
      ['Recipient: Acme, Inc. Notices to legal.', [], ['Recipient: ', ', Inc. Notices']],
      ['Tenant: Northwind, LLC; term 12 months.', [], [', LLC; term']],
      ['Insured: Vehicle, Contents — both covered.', [], ['Vehicle, Contents']],
      ['Recipient: Finance, Payroll.', [], ['Finance, Payroll']],
      ['Witness: Exhibit, Transcript — see attached.', [], ['Exhibit, Transcript']],
      ['Deponent: Redacted, Pending.', [], ['Redacted, Pending']],
      ['Recipient: Smith, Ontario.', [], ['Ontario']],
      ['Patient: Vlintuk, Stable — reviewed.', [], ['Stable']],
    ]);
  });
  it('reads a long text in linear time', () => {
    const make = (n: number) => 'Recipient: Vauquelin-Daudet, Ségolène. Tenant: Acme, Inc. '.repeat(Math.ceil(n / 58)).slice(0, n);
    expect(timeRatio((text) => detectSensitive(text), make, 20_000, 40_000)).toBeLessThan(3);
    const labels = (n: number) => 'Forenames or initials SÉGOLÈNE  Surname VAUQUELIN-DAUDET '.repeat(Math.ceil(n / 57)).slice(0, n);
    expect(timeRatio((text) => detectSensitive(text), labels, 20_000, 40_000)).toBeLessThan(3);
    expect(masked('x')).toBe('x');
  });
});
