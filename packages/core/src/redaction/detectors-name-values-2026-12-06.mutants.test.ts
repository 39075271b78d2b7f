// Issue 13: detectors.ts's readers of a value right after a person's name (a7b94796 and 16f8ec77,
// L2/L5 of probe-2026-12-05j and L6 of -05i): detectNameParenValues (a phone or a date of birth in
// parentheses), nameParenPhone (the national number's bounds) and detectNameCommaPhones (a nine-digit
// mobile after a comma). Each test was written from a mutant that survived the Stryker run of
// 2026-12-06 (docs/TESTING.md) and seen to fail with that mutant applied by hand. In process,
// through detectBuiltin (no overlap resolution, so a duplicate span shows).
import { describe, expect, it } from 'vitest';
import { detectBuiltin } from './detectors.js';

/** What detectBuiltin finds with the named detectors: kind, text as written, normalized value. */
const found = (text: string, ...names: string[]): string[] =>
  detectBuiltin(text, new Set(names)).map((d) => `${d.type}:${text.slice(d.start, d.end)}=${d.normalized}`);
const all = (text: string): string[] => found(text, 'person', 'phone', 'health');

describe('detectNameParenValues: a phone in parentheses after a name', () => {
  it('reads a tab before the parenthesis as a blank', () => {
    expect(all('Called Emre Kaya\t(0532 418 27 63) today')).toEqual(['PERSON:Emre Kaya=emre kaya', 'PHONE:0532 418 27 63=05324182763']);
  });

  it('takes 9 to 12 digits with a trunk 0, not 8 or 13, and no international 00', () => {
    expect(all('Called Emre Kaya (034 567 890) today')).toEqual(['PERSON:Emre Kaya=emre kaya', 'PHONE:034 567 890=034567890']);
    expect(all('Called Emre Kaya (0301 2345 6789) today')).toEqual(['PERSON:Emre Kaya=emre kaya', 'PHONE:0301 2345 6789=030123456789']);
    // Both are valid German numbers by libphonenumber: only the bounds keep them out.
    // (`at 10`: the text's digits reach nine, so the phone rules run.)
    expect(all('Called Emre Kaya (030 12345) at 10')).toEqual(['PERSON:Emre Kaya=emre kaya']);
    expect(all('Called Emre Kaya (0301 2345 67890) today')).toEqual(['PERSON:Emre Kaya=emre kaya']);
    // Valid in most of the trunk-zero countries, but `00` is a prefix, no trunk.
    expect(all('Called Emre Kaya (0043 123 456) today')).toEqual(['PERSON:Emre Kaya=emre kaya']);
  });

  it('reads no phone there when the phone detector is off', () => {
    expect(found('Called Emre Kaya (0532 418 27 63) today', 'person', 'health')).toEqual(['PERSON:Emre Kaya=emre kaya']);
  });
});

describe('detectNameParenValues: a date of birth in parentheses after a name', () => {
  it('ends the date at `)`, `,` or `;`, not at a word', () => {
    expect(all('Caregiver 1: Ayşe Demir (23.04.1979, father)')).toEqual(['PERSON:Ayşe Demir=ayşe demir', 'DOB:23.04.1979=23.04.1979']);
    expect(all('Caregiver 1: Ayşe Demir (23.04.1979; father)')).toEqual(['PERSON:Ayşe Demir=ayşe demir', 'DOB:23.04.1979=23.04.1979']);
    expect(all('Caregiver 1: Ayşe Demir (23.04.1979 father)')).toEqual(['PERSON:Ayşe Demir=ayşe demir']);
  });

  it('normalizes the date to lower case and single blanks', () => {
    expect(all('Resident: Efua Owusu (9 FEBRUARY 1974)')).toEqual(['PERSON:Efua Owusu=efua owusu', 'DOB:9 FEBRUARY 1974=9 february 1974']);
    expect(all('Resident: Efua Owusu (9\tFebruary 1974)')).toEqual(['PERSON:Efua Owusu=efua owusu', 'DOB:9\tFebruary 1974=9 february 1974']);
    expect(all('Tenant: Tőkés Szabolcs (1968. 12. 30.) pays')).toEqual(['PERSON:Tőkés Szabolcs=tőkés szabolcs', 'DOB:1968. 12. 30=1968. 12. 30']);
  });

  it('reads a date of four digits (the gate: four digits in the text)', () => {
    expect(all('Resident: Efua Owusu (1.5.70)')).toEqual(['PERSON:Efua Owusu=efua owusu', 'DOB:1.5.70=1.5.70']);
  });

  it('reads no date there when the health detector is off', () => {
    expect(found('Caregiver 1: Ayşe Demir (23.04.1979)', 'person', 'phone')).toEqual(['PERSON:Ayşe Demir=ayşe demir']);
  });

  it('reads only after a person: not after the phone a comma put after the name', () => {
    expect(all('Parent: Maria Lopes, 934 567 890 (23.04.1979)')).toEqual(['PERSON:Maria Lopes=maria lopes', 'PHONE:934 567 890=934567890']);
  });
});

describe('detectNameParenValues: the parenthesis glued to the name, and the classes', () => {
  it('reads a parenthesis right after the name', () => {
    expect(all('Caregiver 1: Ayşe Demir(23.04.1979)')).toEqual(['PERSON:Ayşe Demir=ayşe demir', 'DOB:23.04.1979=23.04.1979']);
  });

  it('gives the phone and the date their classes', () => {
    const classes = (text: string) => detectBuiltin(text, new Set(['person', 'phone', 'health'])).map((d) => d.class);
    expect(classes('Called Emre Kaya (0532 418 27 63) today')).toEqual(['pii.person', 'pii.phone']);
    expect(classes('Caregiver 1: Ayşe Demir (23.04.1979)')).toEqual(['pii.person', 'pii.date_of_birth']);
  });
});

describe('detectNameCommaPhones', () => {
  it('adds no second span for a number the phone rules found', () => {
    expect(all('Call Maria Lopes, 934 567 890')).toEqual(['PHONE:934 567 890=934567890', 'PERSON:Maria Lopes=maria lopes']);
  });
});

// Written from the survivors of the Stryker after-run of 2026-12-06 (reports/stryker-nameparen-after-2026-12-06.json),
// each mutant applied by hand and seen to fail a test here.
describe('the after-run’s survivors', () => {
  it('adds one phone where two persons of the pass end at the same place (addedCovers, and `last` of the parenthesis)', () => {
    // `Leilani Akana` is found twice, `Smith, John` also as `John`.
    expect(all('Title is vested in Keoni Akana and Leilani Akana, 934 567 890').filter((d) => d.startsWith('PHONE'))).toEqual(['PHONE:934 567 890=934567890']);
    expect(all('Smith, John, 934 567 890').filter((d) => d.startsWith('PHONE'))).toEqual(['PHONE:934 567 890=934567890']);
    expect(all('Smith, John (0532 418 27 63)').filter((d) => d.startsWith('PHONE'))).toEqual(['PHONE:0532 418 27 63=05324182763']);
    expect(all('Smith, John (23.04.1979)').filter((d) => d.startsWith('DOB'))).toEqual(['DOB:23.04.1979=23.04.1979']);
  });

  it('reads a comma’s number near the text’s start (its end is its start and its length)', () => {
    expect(all('Eva Ek, 934 567 890')).toEqual(['PERSON:Eva Ek=eva ek', 'PHONE:934 567 890=934567890']);
    expect(all('Ana Li, 934567890')).toEqual(['PERSON:Ana Li=ana li', 'PHONE:934567890=934567890']);
  });

  it('takes no nine digits with a trunk 0 after a comma, nor with `00` that libphonenumber reads as a valid international number', () => {
    expect(all('Parent: Maria Lopes, 034 567 890')).toEqual(['PERSON:Maria Lopes=maria lopes']);
    // `004935384` is +49 35384 to libphonenumber, valid for PL, PT and ES alike.
    expect(all('Parent: Maria Lopes, 004 935 384')).toEqual(['PERSON:Maria Lopes=maria lopes']);
  });

  it('gives the comma’s phone its class, and reads it only with the phone detector on', () => {
    const classes = (text: string) => detectBuiltin(text, new Set(['person', 'phone'])).map((d) => d.class);
    expect(classes('Parent: Maria Lopes, 934 567 890')).toEqual(['pii.person', 'pii.phone']);
    expect(found('Parent: Maria Lopes, 934 567 890', 'person', 'health')).toEqual(['PERSON:Maria Lopes=maria lopes']);
  });

  it('takes no eight digits alone as a date in the parenthesis (an id’s)', () => {
    expect(all('Caregiver 1: Ayşe Demir (19790423)')).toEqual(['PERSON:Ayşe Demir=ayşe demir']);
  });

  it('normalizes a date’s runs of blanks to one', () => {
    expect(all('Người giám hộ: Trần Thị Mai (15  tháng 8  năm 1990)')).toEqual(['PERSON:Trần Thị Mai=trần thị mai', 'DOB:15  tháng 8  năm 1990=15 tháng 8 năm 1990']);
  });

  it('reads a date of two or three digits (the gate: two digits in the text)', () => {
    expect(all('Resident: Kwame Mensah (3 June 69)')).toEqual(['PERSON:Kwame Mensah=kwame mensah', 'DOB:3 June 69=3 june 69']);
    expect(all('Resident: Kwame Mensah (first of June 69)')).toEqual(['PERSON:Kwame Mensah=kwame mensah', 'DOB:first of June 69=first of june 69']);
  });
});
