// The lines of detectors.ts changed or added since their last Stryker run (issue 13; docs/TESTING.md,
// the row `redaction/detectors.ts` lines changed since the runs, at 5216c7f): Polish account
// numbers (detectNrbs), number ranges after a range word (detectPhones), a nested YAML mapping
// after `password:`, ICD-10 categories and their context, dates of birth in markup, vCard and SQL
// INSERT statements, government ids in query parameters, and the dispatcher's gates. Each
// expectation is what the detector is meant to give, seen to fail against a mutant. In process,
// through detectBuiltin.
import { describe, expect, it } from 'vitest';
import { detectBuiltin } from './detectors.js';

/** What detectBuiltin finds with the named detectors: kind, text as written, normalized value. */
const found = (text: string, ...names: string[]): string[] =>
  detectBuiltin(text, new Set(names)).map((d) => `${d.type}:${text.slice(d.start, d.end)}${d.normalized === undefined ? '' : `=${d.normalized}`}`);

describe('emails: the quotation mark before a local part (detectEmails)', () => {
  it('a quote or dot that starts the local part is the text\'s, one inside it the address\'s', () => {
    expect(found("email = 'leilani@example.com'", 'email')).toEqual(['EMAIL:leilani@example.com=leilani@example.com']);
    expect(found('.leilani@example.com', 'email')).toEqual(['EMAIL:leilani@example.com=leilani@example.com']);
    expect(found("to o'brien@example.com", 'email')).toEqual(["EMAIL:o'brien@example.com=o'brien@example.com"]);
    expect(found("x ''@example.com", 'email')).toEqual([]);
  });
});

describe('Polish account numbers, NRB (detectNrbs)', () => {
  it('takes 26 digits after an account label whatever the check, and alone only when the IBAN check holds', () => {
    expect(found('Numer rachunku: 21 1020 5558 1111 1234 5678 9012', 'iban')).toEqual(['IBAN:21 1020 5558 1111 1234 5678 9012=PL21102055581111123456789012']);
    expect(found('przelew 20102055581111123456789012 dzis', 'iban')).toEqual(['IBAN:20102055581111123456789012=PL20102055581111123456789012']);
    expect(found('przelew 21102055581111123456789012 dzis', 'iban')).toEqual([]);
    expect(found('20-1020-5558-1111-1234-5678-9012', 'iban')).toEqual(['IBAN:20-1020-5558-1111-1234-5678-9012=PL20102055581111123456789012']);
  });

  it('a valid number after a thing\'s label is that thing\'s number; the label must end right before the number', () => {
    expect(found('Invoice 20102055581111123456789012', 'iban')).toEqual([]);
    expect(found('Numer rachunku: stary, 21102055581111123456789012', 'iban')).toEqual([]);
    // The label read in the 40 characters before the number, not after it.
    expect(found(`nr konta 21102055581111123456789012 ${'x'.repeat(60)}`, 'iban')).toEqual(['IBAN:21102055581111123456789012=PL21102055581111123456789012']);
  });

  it('only with the iban detector on', () => {
    expect(found('Numer rachunku: 21 1020 5558 1111 1234 5678 9012', 'phone', 'card', 'ssn')).not.toContain('IBAN:21 1020 5558 1111 1234 5678 9012=PL21102055581111123456789012');
  });
});

describe('a number range after a range word is no phone (detectPhones)', () => {
  it('the first below the second, after a range word within a few characters, and no phone word', () => {
    expect(found('Port range 49152-65535', 'phone')).toEqual([]);
    expect(found('Port range 65535-49152', 'phone')).toEqual(['PHONE:65535-49152=6553549152']);
    expect(found('Port range 49152-49152', 'phone')).toEqual(['PHONE:49152-49152=4915249152']);
    expect(found('phone range 49152-65535', 'phone')).toEqual(['PHONE:49152-65535=4915265535']);
    expect(found('port range is set to a value of 49152-65535', 'phone')).toEqual(['PHONE:49152-65535=4915265535']);
    // Only two numbers of three to six digits are a range: `from 0301-2345678` is a phone.
    expect(found('from 0301-2345678', 'phone')).toEqual(['PHONE:0301-2345678=03012345678']);
  });
});

describe('password: then a nested YAML mapping or list', () => {
  it('its entries are no value; a value on the next line is', () => {
    expect(found('password:\n  min_length: 12\n  require_digit: true', 'secrets')).toEqual([]);
    expect(found('password:\n  - hunter2hunter2', 'secrets')).toEqual([]);
    // On the keyword's own line it is the value.
    expect(found('password: min_length: 12', 'secrets')).toEqual(['PASSWORD:min_length:']);
    expect(found('password: min_length: 12\nuser: bob', 'secrets')).toEqual(['PASSWORD:min_length:']);
    // The entry is read where the value starts, not at the start of the text.
    expect(found('my password:\n  min_length: 12', 'secrets')).toEqual([]);
  });

  it('a BIP-39 seed phrase with no label (detectSecretSpans)', () => {
    const phrase = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';
    expect(found(phrase, 'secrets')).toEqual([`SEED_PHRASE:${phrase}=${phrase}`]);
  });
});

describe('dates of birth in markup (detectMarkupBirthDates, dateAt)', () => {
  it('an element named for a date of birth, with blanks around the date, and its namespace prefix', () => {
    expect(found('<Patient><DateOfBirth>1975-04-23</DateOfBirth></Patient>', 'health')).toEqual(['DOB:1975-04-23=1975-04-23']);
    expect(found('<DateOfBirth>\n\t 1975-04-23  </DateOfBirth>', 'health')).toEqual(['DOB:1975-04-23=1975-04-23']);
    expect(found('<DateOfBirth>\r\n1975-04-23</DateOfBirth>', 'health')).toEqual(['DOB:1975-04-23=1975-04-23']);
    expect(found('<ns:birthDate>1975-04-23</ns:birthDate>', 'health')).toEqual(['DOB:1975-04-23=1975-04-23']);
    expect(found('<dob a="1">1975-04-23</dob>', 'health')).toEqual(['DOB:1975-04-23=1975-04-23']);
    expect(found('<dob>1975-04-23', 'health')).toEqual(['DOB:1975-04-23=1975-04-23']);
  });

  it('the date must start the content, within 64 characters and before the next tag', () => {
    expect(found('<dob>unknown</dob>', 'health')).toEqual([]);
    expect(found('<dob/>1975-04-23', 'health')).toEqual([]);
    expect(found(`<dob>${' '.repeat(60)}1975-04-23`, 'health')).toEqual([]);
    expect(found('<dob>1975-04-23</dob> and <created>2024-01-01</created>', 'health')).toEqual(['DOB:1975-04-23=1975-04-23']);
    expect(found('<dob></dob>2024-01-01', 'health')).toEqual([]);
  });

  it('an attribute named for a date of birth, and `value` in an element named for one', () => {
    expect(found('<birthDate value="1975-04-23"/>', 'health')).toEqual(['DOB:1975-04-23=1975-04-23']);
    expect(found('<birthDate id="x" value = "1975-04-23" />', 'health')).toEqual(['DOB:1975-04-23=1975-04-23']);
    expect(found("<person patientDob='1975-04-23'>x</person>", 'health')).toEqual(['DOB:1975-04-23=1975-04-23']);
    expect(found('<event value="1975-04-23"/>', 'health')).toEqual([]);
    expect(found('<person created="1975-04-23">x</person>', 'health')).toEqual([]);
    expect(found('<birthDate value="unknown"/>', 'health')).toEqual([]);
  });

  it('only in text with `<` and a cue', () => {
    expect(found('DateOfBirth>1975-04-23', 'health')).toEqual([]);
  });
});

describe('vCard birthdays (detectVcardBirthDays)', () => {
  it('BDAY with or without parameters and a group; `--MMDD` with no year', () => {
    expect(found('BEGIN:VCARD\nBDAY:1979-06-21\nEND:VCARD', 'health')).toEqual(['DOB:1979-06-21=1979-06-21']);
    expect(found('BEGIN:VCARD\r\nBDAY;VALUE=date:19790621\r\nEND:VCARD', 'health')).toEqual(['DOB:19790621=19790621']);
    expect(found('item1.BDAY:1979-06-21', 'health')).toEqual(['DOB:1979-06-21=1979-06-21']);
    expect(found('x\nBDAY:--0621\nEND', 'health')).toEqual(['DOB:--0621=--0621']);
    expect(found('x\nBDAY:--06-21', 'health')).toEqual(['DOB:--06-21=--06-21']);
    expect(found('x\nBDAY:unknown', 'health')).toEqual([]);
  });
});

describe('SQL INSERT statements (detectSqlInserts)', () => {
  it('each quoted value under a person or date-of-birth column, in every row', () => {
    expect(found("INSERT INTO customers (first_name, last_name, city, dob) VALUES ('Ykva', 'Oxbold', 'Krakow', '1982-09-30'), ('Qorvin', 'Smaxt', 'Cork', '1990-01-02');", 'health', 'person')).toEqual([
      'PERSON:Ykva=ykva', 'PERSON:Oxbold=oxbold', 'DOB:1982-09-30=1982-09-30', 'PERSON:Qorvin=qorvin', 'PERSON:Smaxt=smaxt', 'DOB:1990-01-02=1990-01-02',
    ]);
  });

  it('quoted column names; numbers, NULL and empty strings skipped; the switches of each kind', () => {
    expect(found("INSERT INTO t (`first_name`, \"dob\", [x]) VALUES ('Ykva', '1982-09-30', 'y')", 'health', 'person')).toEqual(['PERSON:Ykva=ykva', 'DOB:1982-09-30=1982-09-30']);
    expect(found("INSERT INTO t (first_name, dob) VALUES ('Ykva', '1982-09-30')", 'person')).toEqual(['PERSON:Ykva=ykva']);
    expect(found("INSERT INTO t (first_name, dob) VALUES ('Ykva', '1982-09-30')", 'health')).toEqual(['DOB:1982-09-30=1982-09-30']);
    expect(found("INSERT INTO t (n, first_name, x) VALUES (12, '42', 1), (-1.5, '', NULL), (null, 'Qorvin', 2)", 'person')).toEqual(['PERSON:Qorvin=qorvin']);
    expect(found("INSERT INTO t (n, dob) VALUES (DEFAULT, 'unknown'), (true, '1982-09-30')", 'health')).toEqual(['DOB:1982-09-30=1982-09-30']);
  });

  it('INSERT IGNORE, lower case, rows apart by blanks and commas', () => {
    expect(found("INSERT IGNORE INTO t (first_name) VALUES ('Qorvin')", 'person')).toEqual(['PERSON:Qorvin=qorvin']);
    expect(found("insert into t (first_name) values ('Qorvin') ,\n  ('Smaxt')", 'person')).toEqual(['PERSON:Qorvin=qorvin', 'PERSON:Smaxt=smaxt']);
  });

  it('no column of a kind: nothing; a value it does not read is skipped, the rows after it read', () => {
    expect(found("INSERT INTO products (name, created) VALUES ('Widget', '1982-09-30')", 'health', 'person')).toEqual([]);
    expect(found("INSERT INTO t (first_name, dob) VALUES ('Qorvin', oops), ('Smaxt', '1982-09-30')", 'person')).toEqual(['PERSON:Qorvin=qorvin', 'PERSON:Smaxt=smaxt']);
  });
});

describe('ICD-10 categories and their context (icdCategory, detectHealth)', () => {
  it('a letter other than U and two digits; a letter third only in the six ICD-10-CM categories', () => {
    expect(found('ICD code C4A', 'health')).toEqual(['ICD10:C4A=C4A']);
    expect(found('ICD code M1A', 'health')).toEqual(['ICD10:M1A=M1A']);
    expect(found('ICD code B2B', 'health')).toEqual([]);
    expect(found('ICD code U07', 'health')).toEqual([]);
    expect(found('ICD code V01', 'health')).toEqual(['ICD10:V01=V01']);
  });

  it('`code` alone is context for an undotted code only in a text with a medical term', () => {
    expect(found('C99 code style', 'health')).toEqual([]);
    expect(found('RFC C99 code with B2B and X509', 'health')).toEqual([]);
    expect(found('diagnosed: code E11', 'health')).toEqual(['MEDICAL_TERM:diagnosed', 'ICD10:E11=E11']);
  });
});

describe('the dispatcher\'s gates (detectText): each detector runs on the texts it can match', () => {
  it('HL7 segments with `|` and no MSH header', () => {
    expect(found('PID|1||12345678^^^HOSP^MR||DOE^JOHN', 'health')).toEqual(['MRN:12345678', 'PERSON:DOE', 'PERSON:JOHN']);
  });

  it('an account after `a/c`: two letters and six digits or more', () => {
    expect(found('a/c 4830291175', 'health')).toEqual(['ACCOUNT_NUMBER:4830291175=4830291175']);
    expect(found('ab 4830291175', 'health')).toEqual([]);
  });

  it('a date of birth after `né`: two letters, one of them past U+00C0', () => {
    expect(found('né 12.3.1983', 'health')).toEqual(['DOB:12.3.1983=12.3.1983']);
  });

  it('names and addresses in scripts from U+0400 on', () => {
    expect(found('محمد أحمد', 'person')).toEqual(['PERSON:محمد أحمد=محمد أحمد']);
    expect(found('ул. Ленина, д. 5', 'address')).toEqual(['ADDRESS:ул. Ленина, д. 5=ул. ленина д. 5']);
    expect(found('東京都千代田区1-1', 'address')).toEqual(['ADDRESS:東京都千代田区1-1=東京都千代田区1-1']);
  });

  it('phone numbers in words, and a UK NINO, under their switches only', () => {
    expect(found('five five five one two three four', 'phone')).toEqual(['PHONE:five five five one two three four=5551234']);
    expect(found('five five five one two three four', 'ssn', 'health', 'address')).toEqual([]);
    expect(found('NI number AB 12 34 56 C', 'ssn')).toContain('NATIONAL_ID:AB 12 34 56 C=AB123456C');
    expect(found('NI number AB 12 34 56 C', 'phone', 'health')).not.toContain('NATIONAL_ID:AB 12 34 56 C=AB123456C');
  });

  it('a passport MRZ names line alone in prose (no digits), under the ssn switch', () => {
    const line = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<';
    expect(found(`name line ${line} end`, 'ssn')).toEqual([`PASSPORT:${line}=${line}`]);
    expect(found(`name line ${line} end`, 'phone', 'health')).toEqual([]);
  });
});

describe('government ids in query parameters (detectParameters)', () => {
  it('an identity key\'s type from its name; each government id key with a value of its shape', () => {
    expect(found('GET /p?passport_number=X1234567&x=1', 'ssn')).toEqual(['PASSPORT:X1234567=X1234567']);
    expect(found('GET /p?ssn=536228514&x=1', 'ssn')).toEqual(['SSN:536228514=536228514']);
    expect(found('GET /p?ssn=abc&x=1', 'ssn')).toEqual([]);
    expect(found('GET /p?driver_license=D1234567&x=1', 'ssn')).toEqual(['DRIVER_LICENSE:D1234567=D1234567']);
    expect(found('GET /p?rg=123456789&x=1', 'ssn')).toEqual(['NATIONAL_ID:123456789=123456789']);
    expect(found('GET /p?nip=1234563218&x=1', 'ssn')).toEqual(['NATIONAL_ID:1234563218=1234563218']);
    expect(found('GET /p?pesel=44051401359&x=1', 'ssn')).toEqual(['NATIONAL_ID:44051401359=44051401359']);
    expect(found('GET /p?id_number=AB123456&x=1', 'ssn')).toEqual(['NATIONAL_ID:AB123456=AB123456']);
    expect(found('GET /p?pesel=44051401359&x=1', 'phone')).toEqual([]);
  });
});
