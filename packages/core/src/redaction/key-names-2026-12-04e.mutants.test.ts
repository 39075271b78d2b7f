// What key-names.ts promises for the lines of the fifth probe of 2026-12-04 (issue 13, for their
// Stryker run): the vocabulary's reads (key-vocabulary.ts) in isPersonKeyName, isGenericNameKey,
// hasSurnameKey, isDobKeyName and numberKeyKind (K1); expandedKeyName and columnKind's reading of
// it (K3); isFormatPlaceholder (P9); isThingNameKey (P3). Exact answers, direct calls, in process.
import { beforeAll, describe, expect, it } from 'vitest';
import { columnKind, expandedKeyName, hasSurnameKey, isDobKeyName, isFormatPlaceholder, isGenericNameKey, isPersonKeyName, isThingNameKey, numberKeyKind } from './key-names.js';

// The caches of expandedKeyName (4,096 names, cleared whole when full), columnKind (2,048) and
// isThingNameKey (4,096, then no more kept) outlive a test run if the runner keeps the module
// between runs (not established for Stryker's vitest runner): a name answered in an earlier run
// would be answered from the cache and a mutant of the code behind it never run. More names than
// each holds, first, so that every name below is read afresh in every run.
beforeAll(() => {
  for (let i = 0; i < 4200; i++) {
    expandedKeyName(`cache_fill_${i}`);
    isThingNameKey(`cache_fill_${i}`);
    if (i < 2100) columnKind(`cache_fill_${i}`);
  }
});

describe('the vocabulary\'s reads', () => {
  it('isPersonKeyName: a person word, not a generic, dob or phone word; the 40-character bound', () => {
    expect(isPersonKeyName('фамилия')).toBe(true);
    expect(isPersonKeyName('soyadı')).toBe(true);
    // Listed without its accent only: the list is asked for the name as written or without accents.
    expect(isPersonKeyName('prénom')).toBe(true);
    expect(isPersonKeyName('x'.repeat(33) + 'фамилия')).toBe(true);
    for (const name of ['x'.repeat(34) + 'фамилия', 'имя', 'дата_рождения', 'телефон', 'order', 'продукт']) expect(isPersonKeyName(name), name).toBe(false);
  });

  it('isGenericNameKey: a generic word, not a person word', () => {
    for (const name of ['имя', 'ad', 'isim', 'الاسم', 'όνομα', 'नाम', 'name', 'nombre']) expect(isGenericNameKey(name), name).toBe(true);
    for (const name of ['фамилия', 'телефон', 'дата_рождения', 'order', 'productName']) expect(isGenericNameKey(name), name).toBe(false);
  });

  it('hasSurnameKey: a person word among the keys, up to 40 characters', () => {
    expect(hasSurnameKey(['фамилия'])).toBe(true);
    expect(hasSurnameKey(['order', 'фамилия'])).toBe(true);
    expect(hasSurnameKey(['x'.repeat(33) + 'фамилия'])).toBe(true);
    expect(hasSurnameKey(['x'.repeat(34) + 'фамилия'])).toBe(false);
    expect(hasSurnameKey(['имя', 'телефон', 'дата_рождения', 'order'])).toBe(false);
    expect(hasSurnameKey([])).toBe(false);
  });

  it('isDobKeyName: a dob word, not a person or phone word', () => {
    for (const name of ['дата_рождения', 'ngay_sinh', 'تاريخ_الميلاد', 'जन्मतिथि', 'musteri_dogum_tarihi']) expect(isDobKeyName(name), name).toBe(true);
    for (const name of ['фамилия', 'имя', 'телефон', 'order', 'продукт']) expect(isDobKeyName(name), name).toBe(false);
  });

  it('numberKeyKind: a phone word is a phone, after the metadata words', () => {
    for (const name of ['телефон', '手机号', 'мобильный_телефон_клиента', 'رقم_الهاتف', 'so_dien_thoai']) expect(numberKeyKind(name), name).toBe('PHONE');
    for (const name of ['фамилия', 'имя', 'дата_рождения', 'order', 'продукт', 'телефон_type', 'телефон_verified']) expect(numberKeyKind(name), name).toBeUndefined();
  });
});

describe('expandedKeyName', () => {
  it('writes the abbreviated words out, joined by _', () => {
    expect(expandedKeyName('brth_dt')).toBe('birth_date');
    expect(expandedKeyName('pat_lname')).toBe('patient_last_name');
    expect(expandedKeyName('CUST_LAST_NAME')).toBe('customer_last_name');
    expect(expandedKeyName('MBR_NO')).toBe('member_no');
    expect(expandedKeyName('home_ph')).toBe('home_phone');
    expect(expandedKeyName('ph_no')).toBe('phone_no');
    expect(expandedKeyName('last_nm')).toBe('last_name');
    expect(expandedKeyName('frst_nm')).toBe('first_name');
  });

  it('undefined when nothing changes', () => {
    for (const name of ['order_id', 'surname', 'phone_123', '12', 'a1', 'ab123', 'ph', 'lname', 'dob_id', 'last_name', '___', '']) {
      expect(expandedKeyName(name), name).toBeUndefined();
    }
  });

  it('a trailing number off the last word, or a number word of one or two digits off the name', () => {
    expect(expandedKeyName('surname1')).toBe('surname');
    expect(expandedKeyName('phone2')).toBe('phone');
    expect(expandedKeyName('phone12')).toBe('phone');
    expect(expandedKeyName('phone_2')).toBe('phone');
    expect(expandedKeyName('phone_12')).toBe('phone');
    expect(expandedKeyName('MBR_NO2')).toBe('member_no');
    expect(expandedKeyName('lst_nm1')).toBe('last_name');
    expect(expandedKeyName('home_ph_2')).toBe('home_phone');
    expect(expandedKeyName('a_b1')).toBeUndefined();
    // The last word's letters from its start: `x1ab12` is no word with a number after it.
    expect(expandedKeyName('x1ab12')).toBeUndefined();
  });

  it('the words that are a name alone', () => {
    expect(expandedKeyName('geb')).toBe('geboren');
    expect(expandedKeyName('GEB')).toBe('geboren');
    expect(expandedKeyName('geb1')).toBe('geboren');
    expect(expandedKeyName('mob')).toBe('mobile');
    expect(expandedKeyName('mobno')).toBe('mobile_number');
    expect(expandedKeyName('gebdt')).toBe('geburtsdatum');
  });

  it('a date of birth\'s date is the date of birth', () => {
    expect(expandedKeyName('dob_dt')).toBe('dob');
    expect(expandedKeyName('cust_dob_dt')).toBe('customer_dob');
    expect(expandedKeyName('dob_date')).toBe('dob');
    expect(expandedKeyName('x_date_dob')).toBeUndefined();
    expect(expandedKeyName('date_dt')).toBe('date_date');
  });

  it('a name part after `name` goes before it, once per pair', () => {
    expect(expandedKeyName('nameLast')).toBe('last_name');
    expect(expandedKeyName('name_first')).toBe('first_name');
    expect(expandedKeyName('name_legal')).toBe('legal_name');
    expect(expandedKeyName('pat_nm_last')).toBe('patient_last_name');
    expect(expandedKeyName('name_last_first')).toBe('last_name_first');
    expect(expandedKeyName('name_last_name_first')).toBe('last_name_first_name');
    expect(expandedKeyName('name_order')).toBeUndefined();
    expect(expandedKeyName('last_name_x')).toBeUndefined();
  });

  it('names of one to six words, up to 64 characters', () => {
    expect(expandedKeyName('b_c_d_e_f_ph')).toBe('b_c_d_e_f_phone');
    expect(expandedKeyName('a_b_c_d_e_f_ph')).toBeUndefined();
    expect(expandedKeyName('x'.repeat(61) + '_ph')).toBe('x'.repeat(61) + '_phone');
    expect(expandedKeyName('x'.repeat(62) + '_ph')).toBeUndefined();
  });

  it('the same answer asked again, undefined not null (the cache)', () => {
    for (let i = 0; i < 3; i++) {
      expect(expandedKeyName('brth_dt')).toBe('birth_date');
      expect(expandedKeyName('order_id')).toBeUndefined();
    }
  });

  it('more names than the cache holds: each still read right', () => {
    for (let i = 0; i < 4200; i++) expect(expandedKeyName(`fld_${i}_ph`)).toBe(`fld_${i}_phone`);
    expect(expandedKeyName('brth_dt')).toBe('birth_date');
  });
});

describe('columnKind reads an abbreviated name as written out', () => {
  it('when the name as written is none', () => {
    expect(columnKind('brth_dt')).toBe('dob');
    expect(columnKind('last_nm')).toBe('person');
    expect(columnKind('ph_no')).toBe('PHONE');
    expect(columnKind('mob')).toBe('PHONE');
    expect(columnKind('geb')).toBe('dob');
    expect(columnKind('cust_dob_dt')).toBe('dob');
    expect(columnKind('order_id')).toBe('none');
    expect(columnKind('x_nm')).toBe('none');
  });

  it('the name as written decides first', () => {
    // `ssn_2`: written out it is `ssn`, an identity; as written it is one already.
    expect(columnKind('last_name')).toBe('person');
    expect(columnKind('phone2')).toBe('PHONE');
    // `addr_1` is an address part as written; written out (`addr`) it is none.
    expect(columnKind('addr_1')).toBe('address');
  });
});

describe('isFormatPlaceholder', () => {
  it('date formats whose groups name different parts', () => {
    for (const value of ['YYYY-MM-DD', ' YYYY-MM-DD ', 'MM/DD/YYYY', 'dd/mm/yyyy', 'tt.mm.jjjj', 'YYYYMMDD', 'ddmmyy', 'YYYY-M-D', 'DD-MM', 'mm/dd', 'M/D/YY', 'D M YY']) {
      expect(isFormatPlaceholder(value), value).toBe(true);
    }
    for (const value of ['MM-MM-MM', 'Y-M-D', 'D-M', 'yy', 'Y/YY', 'mm-MM', 'MMYYYY']) expect(isFormatPlaceholder(value), value).toBe(false);
  });

  it('masks of X, #, *, • or N without a digit, up to 48 characters', () => {
    for (const value of ['XXX-XX-XXXX', '***', '•••', 'NNN', '#####', 'xxx xx', 'X'.repeat(48)]) expect(isFormatPlaceholder(value), value).toBe(true);
    for (const value of ['XXX-XX-1234', 'X'.repeat(49), 'XX', 'X', '**', '##', '']) expect(isFormatPlaceholder(value), value).toBe(false);
  });

  it('a personal field\'s name in brackets, braces, ${…}, %…% or as an identifier', () => {
    for (const value of ['<last name>', '[date of birth]', '{{lastName}}', '{name}', '${LAST_NAME}', '%FIRST_NAME%', 'LAST_NAME', 'lastName', '<телефон>', '<brth_dt>', '<фамилия>']) {
      expect(isFormatPlaceholder(value), value).toBe(true);
    }
  });

  it('`name`, `full name`, a generic name word, with your/the/enter/customer\'s/patient\'s before it', () => {
    for (const value of ['<name>', '< name >', '<full name>', '<your name>', '< your name >', '<the name>', '<enter name>', "<customer's name>", '<customers name>', '<customer name>', "<patient's name>", '<patient name>', '<имя>', '<nom>', '[Name]', '<NAME>', '<customer nom>', '<patient nom>', '<your  nom>']) {
      expect(isFormatPlaceholder(value), value).toBe(true);
    }
  });

  it('values, and fields that name no personal data, are no hint', () => {
    for (const value of ['Smith', 'Mary-Jane', 'Vlintuk', '<order id>', '< >', '<>', '<<name>>', '%na me%', '<your order>', '<nick name 2>', 'order_id', 'X1-Y2-Z3', '<name>x',
      // `your`, `the`, ... are taken off the start only; `name` is the whole field, not its end or start.
      '<last the name>', '<filename>', '<hostname>', '<name of product>']) {
      expect(isFormatPlaceholder(value), value).toBe(false);
    }
  });
});

describe('isThingNameKey', () => {
  it('a thing attribute\'s word last, or before name/title/label', () => {
    for (const name of ['color', 'colour', 'tier', 'segment', 'edition', 'Édition', 'productName', 'product_title', 'product_label', 'campaign_name', 'label_tier', 'name_tier', 'a_b_c_color', 'item_variant_name']) {
      expect(isThingNameKey(name), name).toBe(true);
    }
  });

  it('not a person\'s key, `name`, `title` or `label` alone, a thing word inside, more than four words', () => {
    for (const name of ['name', 'title', 'label', 'customer', 'customer_name', 'tier_name_x', 'a_b_c_d_color', 'color_code', '', '___']) {
      expect(isThingNameKey(name), name).toBe(false);
    }
  });

  it('names up to 64 characters', () => {
    expect(isThingNameKey('x'.repeat(59) + '_tier')).toBe(true);
    expect(isThingNameKey('x'.repeat(60) + '_tier')).toBe(false);
  });

  it('the same answer asked again', () => {
    for (let i = 0; i < 3; i++) {
      expect(isThingNameKey('brand')).toBe(true);
      expect(isThingNameKey('surname')).toBe(false);
    }
  });
});
