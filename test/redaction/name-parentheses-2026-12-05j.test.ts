// A person's phone or date of birth in parentheses right after the name, and a Ghana Card's number
// (the seventeenth README-only probe, 2026-12-05j, L2, L5 and the Ghana Card part of L4; issue 11):
// `CRC called Ayşe Karaosmanoğlu (0532 418 27 63)`, `Caregiver 1: Ayşe Demir (23.04.1979)` and
// `Ghana Card GHA-718204356-3` were stored raw, and `My Ghana Card` was masked as a person. A national
// number valid by libphonenumber (TR, VN, FI, GH, HU and the trunk-zero countries; nine-digit PL/PT/ES)
// or a date that closes the name's parenthesis is the person's; a parenthesis after anything that is
// no name is not read. The CSV `id` column of L4 stays open.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';
import { masked } from './masked-text.js';

const typeOf = (text: string, value: string): string | undefined => {
  const at = text.indexOf(value);
  return detectSensitive(text).find((d) => d.start <= at && d.end >= at + value.length)?.type;
};

describe('a national phone in parentheses after a name', () => {
  it.each([
    ['CRC called Ayşe Karaosmanoğlu (0532 418 27 63) to reschedule C4D1', '0532 418 27 63'],
    ['CRC called Trương Quốc Bảo (0912 384 671) about the diary.', '0912 384 671'],
    ['CRC called Efua Owusu-Ansah (024 415 8832) to reschedule.', '024 415 8832'],
    ['CRC called Tőkés-Hajdú Szabolcs (06 30 482 1957) to reschedule.', '06 30 482 1957'],
    ['Called Marie Dupont (06 12 34 56 78) this morning.', '06 12 34 56 78'],
    ['Reached Lukas Becker (0171 2345678) after two tries.', '0171 2345678'],
    ['Parent: Maria Lopes (934 567 890) will come.', '934 567 890'],
  ])('%j', (text, phone) => {
    expect(masked(text)).not.toContain(phone);
    expect(typeOf(text, phone)).toBe('PHONE');
  });
  it('a Finnish mobile there stays masked (an MRN\'s reading wins the overlap)', () => {
    expect(masked('CRC called Aino Virtanen (040 718 2934) to reschedule.')).not.toContain('040 718 2934');
  });
  it.each([
    ['Keytruda (pembrolizumab) 200 mg, lot (0532 418).', '0532 418'],
    ['Cohort Alpha (0 12 24 48) weeks.', '0 12 24 48'],
    ['Smith et al. (2019 2020) reported 12 cases.', '2019 2020'],
    ['Order Ankara Depot (0532 4182) shipped.', '0532 4182'],
    ['Called Emre Kaya (0000 000 00 00) as a test.', '0000 000 00 00'],
  ])('look-alike %j', (text, kept) => {
    expect(masked(text)).toContain(kept);
  });
});

describe('a date of birth in parentheses after a name', () => {
  it.each([
    ['Caregiver 1: Ayşe Demir (23.04.1979)', '23.04.1979'],
    ['Caregiver 1: Trương Quốc Bảo (02/11/1986), father.', '02/11/1986'],
    ['Parent: Aino Häkkinen (15.7.1992) attended.', '15.7.1992'],
    ['Resident: Efua Owusu (9 February 1974)', '9 February 1974'],
    ['Tenant: Tőkés Szabolcs (1968. 12. 30.) pays by card.', '1968. 12. 30'],
    ['Household members: Ama Owusu (1 January 1970) and Kofi Owusu (2 May 2012).', '2 May 2012'],
  ])('%j', (text, date) => {
    expect(masked(text)).not.toContain(date);
    expect(typeOf(text, date)).toBe('DOB');
  });
  it('after the Arabic `تاريخ ميلادي` (my date of birth)', () => {
    expect(masked('اسمي نور حسن، تاريخ ميلادي 12/06/1977، وأريد المشاركة.')).not.toContain('12/06/1977');
    expect(masked('تاريخ ميلاده 1985/04/12')).not.toContain('1985/04/12');
  });
  it.each([
    ['Protocol Amendment 3 (12.05.2025) approved by the IRB.', '12.05.2025'],
    ['Release: Version 2 (23.04.2024) deployed.', '23.04.2024'],
    ['Keytruda (pembrolizumab) started 02/11/2025.', 'Keytruda (pembrolizumab)'],
    ['Subject Ayşe Demir (19790423) enrolled.', '19790423'],
  ])('look-alike %j', (text, kept) => {
    expect(masked(text)).toContain(kept);
  });
});

// Found by the Stryker after-run of detectNameParenValues (2026-12-06, issue 13, survivor 230 `digits >= 4` → `true`):
// the reader ran only in a text of four digits or more, so a date of birth of a day and a two-digit year (three
// digits), or of a day's word and a two-digit year (two), after the name was stored raw when the text held no
// other digit. dobDate reads no date of fewer than two digits.
describe('a date of birth of two or three digits in parentheses after a name', () => {
  it.each([
    ['Resident: Kwame Mensah (3 June 69)', '3 June 69'],
    // Held back (not tuned on).
    ['Tenant: Zephra Vlintuk (1 Oct 84) pays by card.', '1 Oct 84'],
    ['Caregiver: Selin Aydoğdu (4 May 81), mother.', '4 May 81'],
    ['Resident: Kwame Mensah (first of June 69)', 'first of June 69'],
  ])('%j', (text, date) => {
    expect(masked(text)).not.toContain(date);
    expect(typeOf(text, date)).toBe('DOB');
  });
  it.each([
    ['Release Candidate (3 June 24) shipped.', '(3 June 24)'],
    ['Meeting (3 June 25) moved.', '(3 June 25)'],
    ['Resident: Kwame Mensah (3 June) moved in.', '(3 June)'],
    ['Resident: Kwame Mensah (room 12) moved in.', '(room 12)'],
  ])('look-alike %j', (text, kept) => {
    expect(masked(text)).toContain(kept);
  });
});

describe('a Ghana Card number, and `My … Card`', () => {
  it.each([
    ['Identity verified: Efua Owusu-Ansah, Ghana Card GHA-718204356-3, DOB 1988-01-02', 'GHA-718204356-3'],
    ['My Ghana Card is GHA-718204356-3 and my meter is prepaid.', 'GHA-718204356-3'],
    ['38461927550 (TC Kimlik), Ghana Card GHA-718204356-3', 'GHA-718204356-3'],
    ['ghana card number: GHA-567123890-4', 'GHA-567123890-4'],
    ['NIA PIN GHA7182043563 on file', 'GHA7182043563'],
  ])('%j', (text, value) => {
    expect(masked(text)).not.toContain(value);
  });
  it.each([
    ['My Ghana Card is GHA-718204356-3', 'My Ghana Card'],
    ['My Ghana Card expired last month.', 'My Ghana Card'],
    ['My Aadhaar Card is here.', 'My Aadhaar Card'],
    ['Ghana Card registration resumes at NIA offices in Accra.', 'Ghana Card registration'],
    ['Flight GHA-12 departs at 9.', 'GHA-12'],
  ])('kept %j', (text, kept) => {
    expect(masked(text)).toContain(kept);
  });
  it('a Vietnamese `My` stays a given name', () => {
    expect(masked('My Tran called me.')).not.toContain('My Tran');
  });
});
