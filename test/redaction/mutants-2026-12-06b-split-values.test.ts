// Issue 13: direct calls of the split values and key bodies of 2026-12-06's second session (cf32d0d5,
// e4c6d62c, 6290f391), written from the Stryker run of 2026-12-06 (docs/TESTING.md, the row "split
// dates of birth, digit groups, key bodies"), whose only tests went through the redactor
// (probe-2026-12-06.test.ts: one input a row). Each boundary below was seen to fail with its mutant
// made by hand.
// - split-values.ts splitNumberMembers' dates of birth (splitDateMembers, datePartOf, datePartValue):
//   a date split over day, month and year members; ISO 8601's YYYY-MM-DD as the whole value.
// - split-values.ts digitGroupsOf: a card (ISO/IEC 7812-1: Luhn, issuer range), a phone (E.164's 15
//   digits) or an IBAN (ISO 13616 mod-97) given as a list of its groups.
// - key-files.ts derPrivateKeyBody: a private key's base64 DER body (X.690; PKCS#8 RFC 5208, PKCS#1
//   RFC 8017, SEC1 RFC 5915, PKCS#12 RFC 7292) without its BEGIN line.
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../packages/core/src/spec/event.js';
import { digitGroupsOf, splitNumberMembers } from '../../packages/core/src/redaction/split-values.js';
import { derPrivateKeyBody } from '../../packages/core/src/redaction/key-files.js';

/** The split members of `object` as `key=TYPE:whole(first)`, in key order; [] when none. */
function split(object: Record<string, JsonValue>, parent?: string): string[] {
  const found = splitNumberMembers(object, Object.keys(object), parent);
  if (found !== undefined) for (const part of found.values()) expect(part.dataClass).toBe(part.type === 'DOB' ? 'pii.date_of_birth' : part.dataClass);
  return found === undefined ? [] : [...found].map(([key, part]) => `${key}=${part.type}:${part.whole}${part.first ? '(first)' : ''}`);
}

describe('splitNumberMembers: a date of birth over day, month and year members', () => {
  it('joins a stem that says birth, its first member first', () => {
    expect(split({ dob_day: '03', dob_month: '04', dob_year: '1985' })).toEqual(['dob_day=DOB:1985-04-03(first)', 'dob_month=DOB:1985-04-03', 'dob_year=DOB:1985-04-03']);
    expect(split({ name: 'x', birthYear: 1985, birthMonth: 4 })).toEqual(['birthYear=DOB:1985-04(first)', 'birthMonth=DOB:1985-04']);
    expect(split({ yearOfBirth: 1985, monthOfBirth: 'April', dayOfBirth: 9 })).toEqual(['yearOfBirth=DOB:1985-04-09(first)', 'monthOfBirth=DOB:1985-04-09', 'dayOfBirth=DOB:1985-04-09']);
  });

  it('reads every ending of a part: dd, mm, yyyy, yy, day, month, year, of birth; any case, _ - . and blanks left out', () => {
    expect(split({ dobdd: '3', dobmm: '4', dobyyyy: '1985' })).toEqual(['dobdd=DOB:1985-04-03(first)', 'dobmm=DOB:1985-04-03', 'dobyyyy=DOB:1985-04-03']);
    expect(split({ DOB_MM: '12', DOB_YY: '85' })).toEqual(['DOB_MM=DOB:85-12(first)', 'DOB_YY=DOB:85-12']);
    expect(split({ 'Dob.Month': 4, 'DOB YEAR': '1985', 'dob-day': '31' })).toEqual(['Dob.Month=DOB:1985-04-31(first)', 'DOB YEAR=DOB:1985-04-31', 'dob-day=DOB:1985-04-31']);
    expect(split({ DAYOFBIRTH: '1', MONTHOFBIRTH: '2', YEAROFBIRTH: '2000' })).toEqual(['DAYOFBIRTH=DOB:2000-02-01(first)', 'MONTHOFBIRTH=DOB:2000-02-01', 'YEAROFBIRTH=DOB:2000-02-01']);
    expect(split({ patient_birth_year: '1985', patient_birth_month: 'mar' })).toEqual(['patient_birth_year=DOB:1985-03(first)', 'patient_birth_month=DOB:1985-03']);
  });

  it('reads a key twice the same (the cache), one longer than 64 characters too', () => {
    const long = `${'x'.repeat(60)}birthyear`;
    const longMonth = `${'x'.repeat(60)}birthmonth`;
    for (let k = 0; k < 2; k++) {
      expect(split({ dobYear: '1985', dobMonth: '4' })).toEqual(['dobYear=DOB:1985-04(first)', 'dobMonth=DOB:1985-04']);
      expect(split({ [long]: '1985', [longMonth]: '4' })).toEqual([`${long}=DOB:1985-04(first)`, `${longMonth}=DOB:1985-04`]);
      expect(split({ start_year: '1985', start_month: '4' })).toEqual([]);
    }
  });

  it('reads bare part names only under a member naming a date of birth', () => {
    const parts = { year: 1985, month: 4, day: 3 };
    const whole = ['year=DOB:1985-04-03(first)', 'month=DOB:1985-04-03', 'day=DOB:1985-04-03'];
    expect(split(parts, 'dob')).toEqual(whole);
    expect(split(parts, 'dateOfBirth')).toEqual(whole);
    expect(split(parts, 'Geburt')).toEqual(whole);
    expect(split({ y: '1985', m: '4', d: '3' }, 'birth')).toEqual(['y=DOB:1985-04-03(first)', 'm=DOB:1985-04-03', 'd=DOB:1985-04-03']);
    expect(split({ yyyy: '1985', mm: '04' }, 'born')).toEqual(['yyyy=DOB:1985-04(first)', 'mm=DOB:1985-04']);
    expect(split(parts)).toEqual([]);
    expect(split(parts, 'start')).toEqual([]);
    expect(split(parts, 'report')).toEqual([]);
    expect(split(parts, `${'x'.repeat(60)}birth`)).toEqual([]);
    expect(split(parts, `${'x'.repeat(59)}birth`)).toEqual(whole);
  });

  it('wants a year and a month, each of its part\'s shape', () => {
    expect(split({ birth_year: '1985' })).toEqual([]);
    expect(split({ birth_year: '1985', birth_day: '3' })).toEqual([]);
    expect(split({ birth_month: '4', birth_day: '3' })).toEqual([]);
    // days 1-31, months 1-12
    expect(split({ dob_day: '0', dob_month: '4', dob_year: '1985' })).toEqual(['dob_month=DOB:1985-04(first)', 'dob_year=DOB:1985-04']);
    expect(split({ dob_day: '32', dob_month: '4', dob_year: '1985' })).toEqual(['dob_month=DOB:1985-04(first)', 'dob_year=DOB:1985-04']);
    expect(split({ dob_month: '13', dob_year: '1985' })).toEqual([]);
    expect(split({ dob_month: '0', dob_year: '1985' })).toEqual([]);
    expect(split({ dob_month: '12', dob_year: '1985' })).toEqual(['dob_month=DOB:1985-12(first)', 'dob_year=DOB:1985-12']);
    expect(split({ dob_month: '1', dob_year: '1985' })).toEqual(['dob_month=DOB:1985-01(first)', 'dob_year=DOB:1985-01']);
    expect(split({ dob_month: '123', dob_year: '1985' })).toEqual([]);
    // years of two digits, or 1870 to 2099
    expect(split({ dob_month: '4', dob_year: '1869' })).toEqual([]);
    expect(split({ dob_month: '4', dob_year: '1870' })).toEqual(['dob_month=DOB:1870-04(first)', 'dob_year=DOB:1870-04']);
    expect(split({ dob_month: '4', dob_year: '2099' })).toEqual(['dob_month=DOB:2099-04(first)', 'dob_year=DOB:2099-04']);
    expect(split({ dob_month: '4', dob_year: '2100' })).toEqual([]);
    expect(split({ dob_month: '4', dob_year: '198' })).toEqual([]);
    expect(split({ dob_month: '4', dob_year: ' 1985 ' })).toEqual(['dob_month=DOB:1985-04(first)', 'dob_year=DOB:1985-04']);
    // numbers: whole and safe only; strings of at most 12 characters
    expect(split({ dob_month: 4.5, dob_year: 1985 })).toEqual([]);
    expect(split({ dob_month: 4, dob_year: 2 ** 53 })).toEqual([]);
    expect(split({ dob_month: '4', dob_year: '        1985' })).toEqual(['dob_month=DOB:1985-04(first)', 'dob_year=DOB:1985-04']);
    expect(split({ dob_month: '4', dob_year: '         1985' })).toEqual([]);
    expect(split({ dob_month: true, dob_year: '1985' })).toEqual([]);
    // digits only: no sign, decimal point, leading zero of a fifth digit or hex prefix
    expect(split({ dob_month: '4', dob_year: '01985' })).toEqual([]);
    expect(split({ dob_month: '4', dob_year: '1985.0' })).toEqual([]);
    expect(split({ dob_month: '4', dob_year: '+1985' })).toEqual([]);
    expect(split({ dob_day: '3.0', dob_month: '4', dob_year: '1985' })).toEqual(['dob_month=DOB:1985-04(first)', 'dob_year=DOB:1985-04']);
    expect(split({ dob_day: '+3', dob_month: '4', dob_year: '1985' })).toEqual(['dob_month=DOB:1985-04(first)', 'dob_year=DOB:1985-04']);
    expect(split({ dob_month: '4.0', dob_year: '1985' })).toEqual([]);
  });

  it('reads no member whose name ends in another character (a trailing separator), and passes over other keys', () => {
    expect(split({ dob_year_: '1985', dob_month_: '4' })).toEqual([]);
    expect(split({ userid: '5', path: 'x', dob_year: '1985', dob_month: '4', form: 'a', number: 7 })).toEqual(['dob_year=DOB:1985-04(first)', 'dob_month=DOB:1985-04']);
  });

  it('reads a month by its English name or its first three letters and more of it', () => {
    const month = (value: string): string[] => split({ dob_month: value, dob_year: '1985' });
    expect(month('March')).toEqual(['dob_month=DOB:1985-03(first)', 'dob_year=DOB:1985-03']);
    expect(month('SEPT.')).toEqual(['dob_month=DOB:1985-09(first)', 'dob_year=DOB:1985-09']);
    expect(month('jan')).toEqual(['dob_month=DOB:1985-01(first)', 'dob_year=DOB:1985-01']);
    expect(month('december')).toEqual(['dob_month=DOB:1985-12(first)', 'dob_year=DOB:1985-12']);
    expect(month('marx')).toEqual([]);
    expect(month('ma')).toEqual([]);
    expect(month('mayday')).toEqual([]);
    expect(month('abc')).toEqual([]);
    // a name is no day's
    expect(split({ dob_day: 'March', dob_month: '4', dob_year: '1985' })).toEqual(['dob_month=DOB:1985-04(first)', 'dob_year=DOB:1985-04']);
  });

  it('groups by stem and keeps the first member of each part', () => {
    expect(split({ dob_year: '1985', dob_month: '4', start_year: '2020', start_month: '1' })).toEqual(['dob_year=DOB:1985-04(first)', 'dob_month=DOB:1985-04']);
    expect(split({ dobyear: '1985', dob_year: '1990', dob_month: '4' })).toEqual(['dobyear=DOB:1985-04(first)', 'dob_month=DOB:1985-04']);
    expect(split({ child_birth_year: '2010', child_birth_month: '6', mother_birth_year: '1980', mother_birth_month: '2' })).toEqual([
      'child_birth_year=DOB:2010-06(first)',
      'child_birth_month=DOB:2010-06',
      'mother_birth_year=DOB:1980-02(first)',
      'mother_birth_month=DOB:1980-02',
    ]);
  });
});

describe('digitGroupsOf: a number as a list of its groups', () => {
  const of = (kind: 'CARD' | 'PHONE' | 'ACCOUNT', items: JsonValue[]): string => {
    const found = digitGroupsOf(kind, items);
    return found === undefined ? 'none' : `${found.type}/${found.dataClass}:${found.whole}`;
  };
  it('a card of 2 to 8 groups, 13 to 19 digits, Luhn and an issuer', () => {
    expect(of('CARD', ['4111', '1111', '1111', '1111'])).toBe('CARD/payment.card:4111111111111111');
    expect(of('CARD', [4111, 1111, 1111, 1111])).toBe('CARD/payment.card:4111111111111111');
    expect(of('CARD', [' 4111 ', '1111', '1111', '1111'])).toBe('CARD/payment.card:4111111111111111');
    expect(of('CARD', ['41', '11', '11', '11', '11', '11', '11', '11'])).toBe('CARD/payment.card:4111111111111111');
    expect(of('CARD', ['41', '11', '11', '11', '11', '11', '11', '1', '1'])).toBe('none');
    expect(of('CARD', ['4111111', '111111111'])).toBe('none');
    expect(of('CARD', ['4111', '1111', '1111', '1112'])).toBe('none');
    expect(of('CARD', ['4222', '2222', '22222'])).toBe('CARD/payment.card:4222222222222');
    expect(of('CARD', ['4222', '2222', '2222'])).toBe('none');
    // a Maestro number of 12 digits (Luhn-valid, an issuer's range) is below the 13 read here
    expect(of('CARD', ['5018', '0000', '0009'])).toBe('none');
    expect(of('CARD', ['4111', '1111', '1111', '1111', '110'])).toBe('CARD/payment.card:4111111111111111110');
    expect(of('CARD', ['4111', '1111', '1111', '1111', '1103'])).toBe('none');
    expect(of('CARD', ['4111', '1111', '1111', '1111', '1115'])).toBe('none');
    // Luhn-valid, no issuer's range
    expect(of('CARD', ['0000', '0000', '0000', '0000'])).toBe('none');
    expect(of('CARD', ['+4111', '1111', '1111', '1111'])).toBe('none');
    expect(of('CARD', [-4111, 1111, 1111, 1111])).toBe('none');
    expect(of('CARD', [4111.5, 1111, 1111, 1111])).toBe('none');
    expect(of('CARD', ['4111', null, '1111', '1111'])).toBe('none');
  });

  it('a phone of 3 to 6 groups, or 2 after + or 0, 7 to 15 digits', () => {
    expect(of('PHONE', ['415', '555', '0198'])).toBe('PHONE/pii.phone:4155550198');
    expect(of('PHONE', ['+44', '7700', '900123'])).toBe('PHONE/pii.phone:+447700900123');
    expect(of('PHONE', ['07700', '900417'])).toBe('PHONE/pii.phone:07700900417');
    expect(of('PHONE', ['07911', '123456'])).toBe('PHONE/pii.phone:07911123456');
    expect(of('PHONE', ['41230', '55501'])).toBe('none');
    expect(of('PHONE', [0, 12, 3456])).toBe('PHONE/pii.phone:0123456');
    // the `+` is no digit: 6 digits are none, 15 are one
    expect(of('PHONE', ['+4', '12', '345'])).toBe('none');
    expect(of('PHONE', ['+12345', '123456', '1234'])).toBe('PHONE/pii.phone:+123451234561234');
    expect(of('PHONE', ['+49', '301234567'])).toBe('none');
    expect(of('PHONE', ['+49', '301234'])).toBe('PHONE/pii.phone:+49301234');
    expect(of('PHONE', ['415', '555019'])).toBe('none');
    expect(of('PHONE', ['415', '+555', '0198'])).toBe('none');
    expect(of('PHONE', ['12', '34', '56', '78', '90', '12'])).toBe('PHONE/pii.phone:123456789012');
    expect(of('PHONE', ['12', '34', '56', '78', '90', '12', '34'])).toBe('none');
    expect(of('PHONE', ['0', '12', '3456'])).toBe('PHONE/pii.phone:0123456');
    expect(of('PHONE', ['0', '12', '345'])).toBe('none');
    expect(of('PHONE', ['123456', '123456', '123'])).toBe('PHONE/pii.phone:123456123456123');
    expect(of('PHONE', ['123456', '123456', '1234'])).toBe('none');
    expect(of('PHONE', ['5550198'])).toBe('none');
    expect(of('PHONE', ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '1'])).toBe('none');
  });

  it('an account of 2 to 10 groups that make a valid IBAN, any case', () => {
    expect(of('ACCOUNT', ['GB29', 'NWBK', '6016', '1331', '9268', '19'])).toBe('IBAN/financial.iban:GB29NWBK60161331926819');
    expect(of('ACCOUNT', ['gb29', 'nwbk', '6016', '1331', '9268', '19'])).toBe('IBAN/financial.iban:GB29NWBK60161331926819');
    expect(of('ACCOUNT', ['GB29', 'NWBK', '6016', '1331', '9268', '18'])).toBe('none');
    expect(of('ACCOUNT', ['GB29NWBK', '6016', '1331', '9268', '19'])).toBe('none');
    expect(of('ACCOUNT', ['DE89', '3704', '0044', '0532', '0130', '00'])).toBe('IBAN/financial.iban:DE89370400440532013000');
    // ten groups at most
    expect(of('ACCOUNT', ['DE', '89', '37', '04', '00', '44', '05', '32', '01', '3000'])).toBe('IBAN/financial.iban:DE89370400440532013000');
    expect(of('ACCOUNT', ['DE', '89', '37', '04', '00', '44', '05', '32', '01', '30', '00'])).toBe('none');
    expect(of('ACCOUNT', ['DE89', '3704', '0044', '0532', '0130', ''])).toBe('none');
  });
});

/** Base64 of `bytes` followed by filler bytes up to `size` bytes. */
function der(bytes: number[], size = 48): string {
  const all = [...bytes];
  while (all.length < size) all.push(0x41 + (all.length % 26));
  return Buffer.from(all).toString('base64');
}

describe('derPrivateKeyBody: a private key\'s DER body in base64', () => {
  it('reads the outer SEQUENCE\'s length in each form: short, 0x81, 0x82, 0x83; not 0x80 nor 0x84', () => {
    expect(derPrivateKeyBody(der([0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20]))).toBe(true);
    expect(derPrivateKeyBody(der([0x30, 0x7f, 0x02, 0x01, 0x01, 0x04, 0x20]))).toBe(true);
    expect(derPrivateKeyBody(der([0x30, 0x81, 0x87, 0x02, 0x01, 0x00, 0x30]))).toBe(true);
    expect(derPrivateKeyBody(der([0x30, 0x82, 0x04, 0xbd, 0x02, 0x01, 0x00, 0x30]))).toBe(true);
    expect(derPrivateKeyBody(der([0x30, 0x83, 0x01, 0x00, 0x00, 0x02, 0x01, 0x03, 0x02]))).toBe(true);
    expect(derPrivateKeyBody(der([0x30, 0x80, 0x02, 0x01, 0x00, 0x30, 0x02, 0x01, 0x00]))).toBe(false);
    expect(derPrivateKeyBody(der([0x30, 0x84, 0x00, 0x01, 0x00, 0x00, 0x02, 0x01, 0x00]))).toBe(false);
    expect(derPrivateKeyBody(der([0x30, 0x84, 0x02, 0x01, 0x00, 0x30, 0x02, 0x01, 0x00]))).toBe(false);
  });

  it('wants INTEGER 0, 1 or 3 first, then a SEQUENCE, an INTEGER or an OCTET STRING', () => {
    for (const version of [0, 1, 3]) expect(derPrivateKeyBody(der([0x30, 0x82, 0x04, 0xbd, 0x02, 0x01, version, 0x30]))).toBe(true);
    for (const version of [2, 4]) expect(derPrivateKeyBody(der([0x30, 0x82, 0x04, 0xbd, 0x02, 0x01, version, 0x30]))).toBe(false);
    for (const next of [0x30, 0x02, 0x04]) expect(derPrivateKeyBody(der([0x30, 0x82, 0x04, 0xbd, 0x02, 0x01, 0x00, next]))).toBe(true);
    for (const next of [0x03, 0x05, 0x31, 0xa0]) expect(derPrivateKeyBody(der([0x30, 0x82, 0x04, 0xbd, 0x02, 0x01, 0x00, next]))).toBe(false);
    // no INTEGER, or one of two bytes
    expect(derPrivateKeyBody(der([0x30, 0x82, 0x04, 0xbd, 0x03, 0x01, 0x00, 0x30]))).toBe(false);
    expect(derPrivateKeyBody(der([0x30, 0x82, 0x04, 0xbd, 0x02, 0x02, 0x00, 0x30]))).toBe(false);
    // a certificate: a SEQUENCE first (MIIDXTCCAkWg…); a SET outside (base64 `M` too)
    expect(derPrivateKeyBody(der([0x30, 0x82, 0x03, 0x5d, 0x30, 0x82, 0x02, 0x45, 0xa0]))).toBe(false);
    expect(derPrivateKeyBody(der([0x31, 0x82, 0x04, 0xbd, 0x02, 0x01, 0x00, 0x30]))).toBe(false);
  });

  it('wants 32 base64 characters or more, over lines and blank lines', () => {
    const key = der([0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20], 24);
    expect(key.length).toBe(32);
    expect(derPrivateKeyBody(key)).toBe(true);
    expect(derPrivateKeyBody(key.slice(0, 31))).toBe(false);
    expect(derPrivateKeyBody(`${key.slice(0, 16)}\n\n  ${key.slice(16)}\n`)).toBe(true);
    // 31 characters of base64 in a body of 34 with its blanks
    expect(derPrivateKeyBody(`${key.slice(0, 16)}\n  \n${key.slice(16, 31)}`)).toBe(false);
    expect(derPrivateKeyBody(`${key.slice(0, 16)}\n  ${key.slice(16, 31)}=`)).toBe(true);
    expect(derPrivateKeyBody(`${key.slice(0, 16)}\n${key.slice(16)}==`)).toBe(true);
    expect(derPrivateKeyBody(`${key.slice(0, 16)}\n${key.slice(16)}===`)).toBe(false);
    expect(derPrivateKeyBody(`${key.slice(0, 16)}\n${key.slice(16, 24)}-${key.slice(24)}`)).toBe(false);
    expect(derPrivateKeyBody(` ${key}`)).toBe(false);
  });

  it('reads the first bytes across a line break', () => {
    // The length 0x83 puts the last byte read at the 9th: with a break in the first 12 characters, only when the blanks are left out.
    const key = der([0x30, 0x83, 0x01, 0x00, 0x00, 0x02, 0x01, 0x03, 0x02]);
    expect(derPrivateKeyBody(`${key.slice(0, 6)}\n${key.slice(6)}`)).toBe(true);
  });
});
