// What key-names.ts promises for the lines the redaction work of 2026-12-04 added (issue 13, from
// mutants of those lines): governmentIdKeyKind's bound on a name's words, the words that say how an
// id is written taken off its end, the whole name's words (and each ending of them) looked up as
// listed before the number word is taken off (43211c0), and isPersonalSiblingKey, the members
// that make a generic `name` beside them a person's (672404a). In process, key-names.ts alone.
import { describe, expect, it } from 'vitest';
import { governmentIdKeyKind, isPersonalSiblingKey } from './key-names.js';

describe('governmentIdKeyKind: names of at most six words', () => {
  it('six words ending in an id name are read, seven are not', () => {
    expect(governmentIdKeyKind('a_b_c_d_e_ssn')).toBe('NATIONAL_ID');
    expect(governmentIdKeyKind('primaryHomeContactRecordLegacyPassport')).toBe('PASSPORT');
    expect(governmentIdKeyKind('a_b_c_d_e_f_ssn')).toBeUndefined();
    expect(governmentIdKeyKind('patientPrimaryHomeContactRecordLegacyPassport')).toBeUndefined();
  });

  it('the bound counts the form words too (they are taken off after it)', () => {
    expect(governmentIdKeyKind('a_b_c_d_ssn_full')).toBe('NATIONAL_ID');
    expect(governmentIdKeyKind('a_b_c_d_e_ssn_full')).toBeUndefined();
  });

  it('a name with no word names nothing', () => {
    for (const name of ['', '_', '__--..', '  ']) expect(governmentIdKeyKind(name), JSON.stringify(name)).toBeUndefined();
  });
});

describe('governmentIdKeyKind: words that say how an id is written', () => {
  it('are taken off the end, one or several, in any spelling', () => {
    expect(governmentIdKeyKind('ssn_full')).toBe('NATIONAL_ID');
    expect(governmentIdKeyKind('ssnFullPlainText')).toBe('NATIONAL_ID');
    expect(governmentIdKeyKind('PASSPORT_NUMBER_RAW')).toBe('PASSPORT');
    expect(governmentIdKeyKind('dl-no-value')).toBe('DRIVER_LICENSE');
  });

  it('name nothing alone or with each other, and are not taken off the front or the middle', () => {
    for (const name of ['full', 'value', 'raw_value', 'plain_text', 'full_ssn_count', 'text_ssn_len']) expect(governmentIdKeyKind(name), name).toBeUndefined();
  });
});

describe('governmentIdKeyKind: the whole name, and each ending of it, looked up as listed first', () => {
  it('a listed glued name after an owner word, with its number word', () => {
    // `taxpayerid`, `dlno`, `passportnum` are listed glued; after the number word is taken off,
    // `taxpayer`, `dl` and `passport`'s neighbours name no id.
    expect(governmentIdKeyKind('patient_taxpayer_id')).toBe('NATIONAL_ID');
    expect(governmentIdKeyKind('customerDlNo')).toBe('DRIVER_LICENSE');
    expect(governmentIdKeyKind('applicant_dl_num')).toBe('DRIVER_LICENSE');
    expect(governmentIdKeyKind('holder_soc_sec')).toBe('NATIONAL_ID');
    expect(governmentIdKeyKind('primary_gov_id')).toBe('NATIONAL_ID');
  });

  it('a word that needs a number word names nothing without one (nothing was taken off)', () => {
    for (const name of ['tax', 'license', 'identity', 'patient_tax', 'drivers']) expect(governmentIdKeyKind(name), name).toBeUndefined();
    expect(governmentIdKeyKind('tax_id')).toBe('NATIONAL_ID');
    expect(governmentIdKeyKind('licenseNumber')).toBe('DRIVER_LICENSE');
    // `social` as the whole name, with no number word, is the social security number.
    expect(governmentIdKeyKind('social')).toBe('NATIONAL_ID');
  });

  it('an ending that is no listed name stays unread', () => {
    for (const name of ['download_id', 'dl_count', 'ss_id', 'nat_gateway_id', 'pp_no', 'taxpayer_name', 'gov_url']) expect(governmentIdKeyKind(name), name).toBeUndefined();
  });
});

describe('isPersonalSiblingKey', () => {
  it('a government id, a date of birth, an email, a phone, a street or an address, a person key', () => {
    const personal = ['ssn', 'national_id', 'passport', 'drivers_license', 'dob', 'date_of_birth', 'email', 'phone', 'mobile', 'street', 'address', 'Address', 'ADDRESS', 'last_name', 'surname'];
    expect(personal.filter((name) => !isPersonalSiblingKey(name))).toEqual([]);
  });

  it('not a generic name itself, a secret, a card, an account, a postcode or house number alone, nor metadata', () => {
    const kept = ['name', 'Name', 'nom', 'nombre', 'password', 'api_key', 'token', 'card_number', 'cc_number', 'account_number', 'iban', 'postcode', 'zip', 'house_number', 'type', 'size', 'id', 'addresses', 'address_count'];
    expect(kept.filter((name) => isPersonalSiblingKey(name))).toEqual([]);
  });
});
