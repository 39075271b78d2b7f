// Mutants of detectors.ts left alive by the run of 2026-12-03 (docs/TESTING.md, the row
// `redaction/detectors.ts` lines changed since their rows' runs, at 5216c7f, and its list of 77
// left), and the lines changed after 5216c7f: a card on a magnetic stripe's track 1, SSNs in three
// groups of three or glued to their label, an international number after `=` or `:`, a call's
// quoted first argument (`define('DB_PASSWORD', …)`), secrets in SQL INSERT statements, a `;`
// between query parameters, an AWS account id in a query. Each expectation is what the detector
// is meant to give, seen to fail against the mutant named beside it (line numbers of 67a2a36). In
// process, through detectBuiltin.
import { describe, expect, it } from 'vitest';
import { detectBuiltin } from './detectors.js';

/** What detectBuiltin finds with the named detectors: kind, text as written, normalized value. */
const found = (text: string, ...names: string[]): string[] =>
  detectBuiltin(text, new Set(names)).map((d) => `${d.type}:${text.slice(d.start, d.end)}${d.normalized === undefined ? '' : `=${d.normalized}`}`);
/** The same with each detection's class. */
const classed = (text: string, ...names: string[]): string[] =>
  detectBuiltin(text, new Set(names)).map((d) => `${d.type}/${d.class}:${text.slice(d.start, d.end)}`);

describe('classes of the kinds found by detectors.ts itself', () => {
  it('a Polish account number is financial.iban (235), a date of birth pii.date_of_birth (915, 946), a name in SQL pii.person (989)', () => {
    expect(classed('przelew 20102055581111123456789012 dzis', 'iban')).toEqual(['IBAN/financial.iban:20102055581111123456789012']);
    expect(classed('<DateOfBirth>1975-04-23</DateOfBirth>', 'health')).toEqual(['DOB/pii.date_of_birth:1975-04-23']);
    expect(classed('x\nBDAY:--0621', 'health')).toEqual(['DOB/pii.date_of_birth:--0621']);
    expect(classed("INSERT INTO t (first_name) VALUES ('Qorvin')", 'person')).toEqual(['PERSON/pii.person:Qorvin']);
  });
});

describe('password: then a value on the next line (detectAssignments, 735)', () => {
  it('a value is no YAML entry because a `- ` or `name:` comes later in it, nor because of a sign before a name', () => {
    // `^` dropped: `- x` and `a: b` later on the line read as an entry.
    expect(found('PASSWORD =\n  Xy7pQ2zk9w - x', 'secrets')).toEqual(['PASSWORD:Xy7pQ2zk9w']);
    expect(found('PASSWORD =\n  Xy7pQ2zk9w a: b', 'secrets')).toEqual(['PASSWORD:Xy7pQ2zk9w']);
    // `["']?` -> `[^"']?`: `@` before the name read as a quote's place.
    expect(found('PASSWORD =\n  @Xy7pQ2zk9w: 1', 'secrets')).toEqual(['PASSWORD:@Xy7pQ2zk9w:']);
    // `-\s` -> `-\S`: a value starting with `-` read as a list entry.
    expect(found('PASSWORD =\n  -Xy7pQ2zk9w', 'secrets')).toEqual(['PASSWORD:-Xy7pQ2zk9w']);
  });

  it('an entry is a quoted name, blanks, then `:` and a blank or the end', () => {
    expect(found('password:\n  "Xy7pQ2zk9w" : x', 'secrets')).toEqual([]);
    expect(found('password:\n  key:', 'secrets')).toEqual([]);
  });
});

describe('dates of birth in markup and vCards (detectMarkupBirthDates, dateAt)', () => {
  it('an element or attribute named fechaNac (a DOB key with no other cue) is read: it was not (fixed with this file)', () => {
    expect(found('<fechaNac>1975-04-23</fechaNac>', 'health')).toEqual(['DOB:1975-04-23=1975-04-23']);
    expect(found('<p fecha_nac="1975-04-23">x</p>', 'health')).toEqual(['DOB:1975-04-23=1975-04-23']);
    expect(found('<nachricht>1975-04-23</nachricht>', 'health')).toEqual([]);
  });

  it('the normalized date keeps one space for one blank (915 `\' \'` -> `""`)', () => {
    expect(found('<DateOfBirth>12 March 1975</DateOfBirth>', 'health')).toEqual(['DOB:12 March 1975=12 march 1975']);
  });

  it('the element\'s date ends within 64 characters even when its closing tag is further (935 Math.min -> Math.max)', () => {
    expect(found(`<dob>${' '.repeat(54)}1975-04-23</dob>`, 'health')).toEqual(['DOB:1975-04-23=1975-04-23']);
    expect(found(`<dob>${' '.repeat(55)}1975-04-23</dob>`, 'health')).toEqual([]);
  });

  it('`value` only in an element named for a date of birth; an attribute by its own name (927)', () => {
    // (The prose reader finds `dob="1980-01-02"` too.)
    expect(found('<x value="1975-04-23" dob="1980-01-02"/>', 'health')).toEqual(['DOB:1980-01-02=1980-01-02', 'DOB:1980-01-02=1980-01-02']);
    expect(found('<birthdate VALUE="1975-04-23"/>', 'health')).toEqual([]);
    expect(found('<birthDate value="1975-04-23"/>', 'health')).toEqual(['DOB:1975-04-23=1975-04-23']);
    // An element closed in its own tag has no content (`endsWith('/')`).
    expect(found('<dob />1975-04-23', 'health')).toEqual([]);
    expect(found('<dob x="a/">1975-04-23</dob>', 'health')).toEqual(['DOB:1975-04-23=1975-04-23']);
  });

  it('a vCard date with no year starts the value (945 `^` dropped)', () => {
    expect(found('x\nBDAY:19--0621', 'health')).toEqual([]);
  });
});

describe('SQL INSERT statements (detectSqlInserts)', () => {
  it('a value it does not read (`NOW()`, a cast, a column) is skipped to its `,` or `)`: the values after it and later statements are read (they were not: fixed with this file)', () => {
    expect(found("INSERT INTO a (first_name, created) VALUES ('Ykva', NOW()); INSERT INTO b (first_name) VALUES ('Qorvin')", 'person')).toEqual(['PERSON:Ykva=ykva', 'PERSON:Qorvin=qorvin']);
    expect(found("INSERT INTO a (created, first_name, last_name) VALUES (NOW(), 'Ykva', 'Oxbold'), (CAST('2020-01-01' AS date), 'Qorvin', 'Smaxt')", 'person')).toEqual([
      'PERSON:Ykva=ykva', 'PERSON:Oxbold=oxbold', 'PERSON:Qorvin=qorvin', 'PERSON:Smaxt=smaxt',
    ]);
    // A quote inside the skipped value, `''` in it, and a comma in either, do not end it.
    expect(found("INSERT INTO t (x, first_name) VALUES (f('it''s, ok', (1, 2)), 'Qorvin')", 'person')).toEqual(['PERSON:Qorvin=qorvin']);
    // No end to it: the statement stops, the next is read.
    expect(found("INSERT INTO t (x, first_name) VALUES (f('open, 'Qorvin'); INSERT INTO u (first_name) VALUES ('Smaxt')", 'person')).toEqual(['PERSON:Smaxt=smaxt']);
    expect(found("INSERT INTO t (x, first_name) VALUES (f(1, 'Qorvin'", 'person')).toEqual([]);
  });

  it('up to 64 columns and 1,000 rows (966, 970); rows apart by a comma or blanks (993)', () => {
    const columns = (n: number) => Array.from({ length: n }, (_, i) => `c${i}`).join(', ');
    const ones = (n: number) => Array(n).fill('1').join(', ');
    expect(found(`INSERT INTO t (${columns(63)}, first_name) VALUES (${ones(63)}, 'Qorvin')`, 'person')).toEqual(['PERSON:Qorvin=qorvin']);
    expect(found(`INSERT INTO t (${columns(64)}, first_name) VALUES (${ones(64)}, 'Qorvin')`, 'person')).toEqual([]);
    const rows = `INSERT INTO t (first_name) VALUES ${Array(999).fill("('Qorvin')").join(',')},('Smaxt'),('Blorf')`;
    expect(found(rows, 'person').filter((d) => !d.endsWith('qorvin'))).toEqual(['PERSON:Smaxt=smaxt']);
    expect(found("INSERT INTO t (first_name) VALUES ('Qorvin'),('Smaxt')", 'person')).toEqual(['PERSON:Qorvin=qorvin', 'PERSON:Smaxt=smaxt']);
  });

  it('a statement with no column of a kind does not stop the next one (968)', () => {
    expect(found("INSERT INTO p (name) VALUES (oops); INSERT INTO t (first_name) VALUES ('Qorvin')", 'person')).toEqual(['PERSON:Qorvin=qorvin']);
  });

  it('rows start with `(`: after the last, the next statement (970 `=== 40` -> `true`)', () => {
    expect(found("INSERT INTO t (first_name) VALUES ('Qorvin');\nINSERT INTO t (first_name) VALUES ('Smaxt');", 'person')).toEqual(['PERSON:Qorvin=qorvin', 'PERSON:Smaxt=smaxt']);
  });

  it('a column name loses one quote or bracket at each end only (965)', () => {
    expect(found("INSERT INTO t (first`name) VALUES ('Qorvin')", 'person')).toEqual([]);
    expect(found("INSERT INTO t (\"first\"_name) VALUES ('Qorvin')", 'person')).toEqual([]);
    expect(found("INSERT INTO t ([[dob) VALUES ('1982-09-30')", 'health')).toEqual([]);
    expect(found("INSERT INTO t (dob``) VALUES ('1982-09-30')", 'health')).toEqual([]);
  });

  it('NULL under a person column is nothing (985), a name is any quoted text with a letter, a date under dob is no name (989)', () => {
    expect(found('INSERT INTO t (first_name) VALUES (NULL)', 'person')).toEqual([]);
    expect(found("INSERT INTO t (first_name) VALUES ('123')", 'person')).toEqual([]);
    expect(found("INSERT INTO t (first_name, dob) VALUES ('Qorvin', '1982-09-30')", 'health')).toEqual(['DOB:1982-09-30=1982-09-30']);
    expect(found("INSERT INTO t (first_name) VALUES ('O''Brien')", 'person')).toContain("PERSON:O''Brien=o'brien");
    expect(found("INSERT INTO t (first_name) VALUES ('Stryker was here!')", 'person')).toContain('PERSON:Stryker was here!=stryker was here!');
    expect(found("INSERT INTO t (first_name, dob) VALUES ('Qorvin', '30 Sep 1982')", 'person')).toEqual(['PERSON:Qorvin=qorvin']);
  });

  it('a secret\'s column masks its value, quoted or a number with a digit, in the secrets pass (812, 979-984)', () => {
    expect(classed("INSERT INTO users (email, password) VALUES ('a@b.co', 'hunter22')", 'secrets')).toEqual(['PASSWORD/secret:hunter22']);
    expect(classed("INSERT INTO u (x, pin) VALUES ( 'a' ,  98765 )", 'secrets')).toEqual(['PASSWORD/secret:98765']);
    expect(found("INSERT INTO u (password) VALUES ('it''s-Xy7pQ2')", 'secrets')).toEqual(["PASSWORD:it''s-Xy7pQ2"]);
    for (const value of ['NULL', 'DEFAULT', "''", "'****'"]) expect(found(`INSERT INTO u (password) VALUES (${value})`, 'secrets')).toEqual([]);
    // Only the secret's column, and only in the secrets pass: the name stays the person pass's.
    expect(found("INSERT INTO u (first_name, password) VALUES ('Qorvin', 'hunter22')", 'secrets')).toEqual(['PASSWORD:hunter22']);
    expect(found("INSERT INTO u (first_name, password) VALUES ('Qorvin', 'hunter22')", 'person')).toEqual(['PERSON:Qorvin=qorvin']);
  });
});

describe('a card on a magnetic stripe\'s track 1 (windowStandsAlone, 187-188)', () => {
  it('after `%` and the format code B, at the text\'s start or inside it; not after another code or letter', () => {
    // The track's data after the name field is masked as the card too (trackOneTail; L21 of the probe of 2026-12-06).
    expect(found('%B4111111111111111^OKAFOR/AMARA^2512101?', 'card')).toEqual(['CARD:4111111111111111=4111111111111111', 'CARD:2512101=4111111111111111']);
    expect(found('track %B4111111111111111^X', 'card')).toEqual(['CARD:4111111111111111=4111111111111111']);
    // A number of Maestro's range, which a letter before it leaves an identifier (cardAfterLetters, L2 of the sixth probe of 2026-12-04).
    expect(found('%B5012345678901236^X', 'card')).toEqual(['CARD:5012345678901236=5012345678901236']);
    expect(found('%A5012345678901236^X', 'card')).toEqual([]);
    expect(found('xB5012345678901236^X', 'card')).toEqual([]);
    expect(found('B5012345678901236', 'card')).toEqual([]);
    expect(found('%B5012345678901236x', 'card')).toEqual([]);
    // A blank before is no letter (188 `before !== -1 && isAlnum(before)` -> `true`).
    expect(found('card 4111111111111111', 'card')).toEqual(['CARD:4111111111111111=4111111111111111']);
  });
});

describe('SSNs in three groups of three, and glued to their label (detectSsns, 314-336)', () => {
  it('three groups of three only right after the label; other group sizes not', () => {
    expect(found('SSN: 536 228 514', 'ssn')).toEqual(['SSN:536 228 514=536228514']);
    expect(found('ss# 536 228 514', 'ssn')).toEqual(['SSN:536 228 514=536228514']);
    expect(found('Social Security Number is 536 228 514', 'ssn')).toEqual(['SSN:536 228 514=536228514']);
    expect(found('536 228 514', 'ssn')).toEqual([]);
    expect(found('the SSN was noted, later: 536 228 514', 'ssn')).toEqual([]);
    for (const text of ['SSN: 536 228 5140', 'SSN: 5362 28 514', 'SSN: 53 228 514', 'SSN: 536 22 514', 'SSN: 536 228 51', 'ssn 536 228 514x']) expect(found(text, 'ssn')).toEqual([]);
    expect(found('SSN: 536 22 8514', 'ssn')).toEqual(['SSN:536 22 8514=536228514']);
  });

  it('glued to its label by `-` or `#`; to anything else, or another word, not', () => {
    expect(found('SSN-536228514', 'ssn')).toEqual(['SSN:536228514=536228514']);
    expect(found('SSN#536-22-8514', 'ssn')).toEqual(['SSN:536-22-8514=536228514']);
    expect(found('my social security number-536228514', 'ssn')).toEqual(['SSN:536228514=536228514']);
    for (const text of ['SKU-536228514', 'SSN.536228514', 'SSN+536228514', 'SSN_536228514', 'SSN 536228514-1']) expect(found(text, 'ssn')).toEqual([]);
    // The label read in the 24 characters before the number, in a longer text too (327 Math.max -> Math.min).
    expect(found('SSN-536228514 on file for the account', 'ssn')).toEqual(['SSN:536228514=536228514']);
  });

  it('three, two and four digits need no label; glued on either side to a letter or `-` they are none (316-334)', () => {
    expect(found('536-22-8514', 'ssn')).toEqual(['SSN:536-22-8514=536228514']);
    expect(found('SSN 536-22-8514 on file', 'ssn')).toEqual(['SSN:536-22-8514=536228514']);
    for (const text of ['SKU-536-22-8514', 'X536-22-8514', 'ssn 536-22-8514- x', 'SSN 536-22-8514x', 'SSN 53-622-8514', 'SSN 5362-2-8514']) expect(found(text, 'ssn')).toEqual([]);
    // Nine digits alone need the label.
    expect(found('order 536228514', 'ssn')).toEqual([]);
  });
});

describe('an international number as a value after `=` or `:` (detectPhones, 529-530)', () => {
  it('with its `+`, after `=` or `:` only; libphonenumber still judges it', () => {
    expect(found('q=+44 207 946 0958', 'phone')).toEqual(['PHONE:+44 207 946 0958=+442079460958']);
    expect(found('q:+44 207 946 0958', 'phone')).toEqual(['PHONE:+44 207 946 0958=+442079460958']);
    for (const text of ['q=44 207 946 0958', 'q-+44 207 946 0958', 'x/+44 207 946 0958', 'a+442079460958', 'offset=+05 30', 'tz:+0530']) expect(found(text, 'phone')).toEqual([]);
  });
});

describe('a secret\'s name as a call\'s quoted first argument (detectAssignments, 720-726)', () => {
  it('`define(\'DB_PASSWORD\', …)`, `setenv("API_TOKEN", …)`, blanks around `(`; a list or tuple of names is none', () => {
    expect(found("define('DB_PASSWORD', 'Xy7pQ2zk9w')", 'secrets')).toEqual(['PASSWORD:Xy7pQ2zk9w']);
    expect(found('setenv("API_TOKEN", "Xy7pQ2zk9w")', 'secrets')).toEqual(['PASSWORD:Xy7pQ2zk9w']);
    expect(found("f  ( 'password', 'Xy7pQ2zk9w')", 'secrets')).toEqual(['PASSWORD:Xy7pQ2zk9w']);
    expect(found("abcdefghij('password', 'Xy7pQ2zk9w')", 'secrets')).toEqual(['PASSWORD:Xy7pQ2zk9w']);
    expect(found("$f(\"password\", 'Xy7pQ2zk9w')", 'secrets')).toEqual(['PASSWORD:Xy7pQ2zk9w']);
    expect(found("fields = ['password', 'email']", 'secrets')).toEqual([]);
    expect(found("x = ('password', 'username')", 'secrets')).toEqual([]);
  });

  it('`PASS` alone as the name after `=` only', () => {
    expect(found('export PASS=hunter22', 'secrets')).toEqual(['PASSWORD:hunter22']);
    expect(found('boarding_pass=AB12345', 'secrets')).toEqual([]);
    expect(found('pass: 12/12 tests', 'secrets')).toEqual([]);
  });
});

describe('query and form parameters: `;` and an AWS account (detectParameters, 1057-1076)', () => {
  it('a `;` ends a value before the next `name=` only', () => {
    expect(found('FirstName=Amara;LastName=Okafor;SSN=536228514', 'person', 'ssn')).toEqual(['SSN:536228514=536228514', 'PERSON:Amara=amara', 'PERSON:Okafor=okafor']);
    expect(found('?first_name=Amara;x&y=1', 'person')).toEqual(['PERSON:Amara;x=amara;x']);
    expect(found('FirstName=Amara', 'person')).toEqual(['PERSON:Amara=amara']);
    // A capitalized value after a blank is a pair since 2026-12-07 (detectors.ts `loneNamePair`); a lower-case one is not.
    expect(found('note FirstName=Amara', 'person')).toEqual(['PERSON:Amara=amara']);
    expect(found('note FirstName=amara', 'person')).toEqual([]);
  });

  it('12 digits under account (aws_, _id) beside a region stay; under another name they are an account number', () => {
    expect(found('?account=123456789012&region=us-east-1', 'health')).toEqual([]);
    expect(found('?AccountId=123456789012&region=us-east-1', 'health')).toEqual([]);
    expect(found('?my_account=123456789012&region=us-east-1', 'health')).toEqual(['ACCOUNT_NUMBER:123456789012=123456789012']);
    expect(found('?accountnumber=123456789012&region=us-east-1', 'health')).toEqual(['ACCOUNT_NUMBER:123456789012=123456789012']);
    expect(found('?aws__account=123456789012&region=us-east-1', 'health')).toEqual(['ACCOUNT_NUMBER:123456789012=123456789012']);
    expect(found('?account=1234567890123&region=us-east-1', 'health')).toEqual(['ACCOUNT_NUMBER:1234567890123=1234567890123', 'ACCOUNT_NUMBER:1234567890123=1234567890123']);
  });
});

describe('the dispatcher\'s gate for names named by XML markup (detectText, 1748)', () => {
  it('an element\'s text under a name key is read when the text holds `</`', () => {
    expect(found('<FirstName>Ykva</FirstName>', 'person')).toEqual(['PERSON:Ykva=ykva']);
    expect(found('<StrtNm>Qorvin Lane</StrtNm>', 'address')).toEqual(['ADDRESS:Qorvin Lane=qorvin lane']);
  });
});
