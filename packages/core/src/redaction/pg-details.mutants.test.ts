import { describe, expect, it } from 'vitest';
import { detectKeyDetails, pushColumnValue } from './pg-details.js';
import type { Detection } from './types.js';

// Issue 13: what pg-details.ts promises, written for its first Stryker run (docs/TESTING.md):
// detectKeyDetails called directly, every detection with its type, class, offsets and normalized
// value; the column list's quotes and blanks, its bounds (32 columns, no empty one), where the values
// end (PostgreSQL's words after them, else the line's last `)`), the split at `, ` and its fallback,
// several keys on a line and on several lines, a key inside a value; pushColumnValue per kind.
type Row = [type: string, dataClass: string, start: number, end: number, text: string, normalized: string | undefined];
const found = (text: string): Row[] => {
  const out: Detection[] = [];
  detectKeyDetails(text, out);
  return out.map((d) => [d.type, d.class, d.start, d.end, text.slice(d.start, d.end), d.normalized]);
};
const columns = (n: number, last: string) => Array.from({ length: n }, (_, i) => (i === n - 1 ? last : `c${i}`)).join(', ');
const values = (n: number, last: string) => Array.from({ length: n }, (_, i) => (i === n - 1 ? last : 'v')).join(', ');

describe('detectKeyDetails', () => {
  it('each value by its column, at its offsets', () => {
    expect(found('Key (last_name, dob)=(havili, 1984-03-12) already exists')).toEqual([
      ['PERSON', 'pii.person', 22, 28, 'havili', 'havili'],
      ['DOB', 'pii.date_of_birth', 30, 40, '1984-03-12', '1984-03-12'],
    ]);
    expect(found('Key (street, postcode, city)=(12 Main St, SW1A 1AA, London) is not present in table "a"')).toEqual([
      ['ADDRESS', 'pii.address', 30, 40, '12 Main St', '12 main st'],
      ['ADDRESS', 'pii.address', 42, 50, 'SW1A 1AA', 'sw1a 1aa'],
    ]);
  });

  it('quoted columns with blanks around them; values with blanks around them', () => {
    expect(found('Key ("last_name" , "dob")=( havili ,  1984-03-12 ) already exists')).toEqual([
      ['PERSON', 'pii.person', 28, 34, 'havili', 'havili'],
      ['DOB', 'pii.date_of_birth', 38, 48, '1984-03-12', '1984-03-12'],
    ]);
  });

  it('a tuple that does not split into one value per column is masked whole as its first personal column', () => {
    expect(found('Key (id, last_name)=(5, Havili, Jr.) is still referenced from table "b"')).toEqual([['PERSON', 'pii.person', 21, 35, '5, Havili, Jr.', '5, havili, jr.']]);
    // No personal column: nothing, whatever the values (and no throw).
    expect(found('Key (id, sku)=(5) already exists')).toEqual([]);
    expect(found('Key (id, sku)=(5, 6) already exists')).toEqual([]);
  });

  it('at most 32 columns, none empty', () => {
    expect(found(`Key (${columns(32, 'dob')})=(${values(32, '1990-01-01')}) already exists`)).toEqual([['DOB', 'pii.date_of_birth', 249, 259, '1990-01-01', '1990-01-01']]);
    expect(found(`Key (${columns(33, 'dob')})=(${values(33, '1990-01-01')}) already exists`)).toEqual([]);
    expect(found('Key (, dob)=(x, 1984-03-12) already exists')).toEqual([]);
    expect(found('Key (dob, )=(1984-03-12, x) already exists')).toEqual([]);
  });

  it('values with no end, or empty', () => {
    expect(found('Key (dob)=(1984-03-12')).toEqual([]);
    expect(found('Key (dob)=() already exists')).toEqual([]);
    expect(found('Key (dob)=(1984-03-12 and more')).toEqual([]);
  });

  it("a line's last `)` ends values with no message words after them", () => {
    expect(found('Key (surname)=(Havili)')).toEqual([['PERSON', 'pii.person', 15, 21, 'Havili', 'havili']]);
    expect(found('Key (surname)=(Havili) (x)')).toEqual([['PERSON', 'pii.person', 15, 25, 'Havili) (x', 'havili) (x']]);
  });

  it('several keys: on one line, on several lines, the message words on a later line', () => {
    expect(found('Key (dob)=(1990-01-01) already exists; Key (last_name)=(Havili) already exists')).toEqual([
      ['DOB', 'pii.date_of_birth', 11, 21, '1990-01-01', '1990-01-01'],
      ['PERSON', 'pii.person', 56, 62, 'Havili', 'havili'],
    ]);
    expect(found('Key (dob)=(1990-01-01)\nKey (last_name)=(Havili) already exists')).toEqual([
      ['DOB', 'pii.date_of_birth', 11, 21, '1990-01-01', '1990-01-01'],
      ['PERSON', 'pii.person', 40, 46, 'Havili', 'havili'],
    ]);
    expect(found('a Key (dob)=(1990-01-01)\nKey (last_name)=(Havili) x\nKey (ssn)=(123-45-6789) already exists')).toEqual([
      ['DOB', 'pii.date_of_birth', 13, 23, '1990-01-01', '1990-01-01'],
      ['PERSON', 'pii.person', 42, 48, 'Havili', 'havili'],
      ['SSN', 'pii.government_id', 63, 74, '123-45-6789', '123456789'],
    ]);
    // The message words of a later line do not end this line's values.
    expect(found('Key (last_name)=(Havili) x\nKey (id)=(5) already exists')).toEqual([['PERSON', 'pii.person', 17, 23, 'Havili', 'havili']]);
    // A later key after one whose values ran to the line's end, with the message words further on.
    expect(found('Key (dob)=(1990-01-01)\nKey (id)=(5)\nKey (last_name)=(Havili) already exists')).toEqual([
      ['DOB', 'pii.date_of_birth', 11, 21, '1990-01-01', '1990-01-01'],
      ['PERSON', 'pii.person', 53, 59, 'Havili', 'havili'],
    ]);
  });

  it("an exclusion violation (23P01): the existing key's values too, after its lower-case `key`", () => {
    expect(found('Key (dob)=(1990-01-01) conflicts with existing key (dob)=(1990-01-02).')).toEqual([
      ['DOB', 'pii.date_of_birth', 11, 21, '1990-01-01', '1990-01-01'],
      ['DOB', 'pii.date_of_birth', 58, 68, '1990-01-02', '1990-01-02'],
    ]);
    // Only `key` right after `existing `: prose's "the key (dob)=(…" is not read.
    expect(found('the key (dob)=(1990-01-02)')).toEqual([]);
    expect(found('Monkey (dob)=(1990-01-02)')).toEqual([]);
  });

  it('keys with no message words anywhere; a later key left open after a closed one', () => {
    expect(found('Key (dob)=(1990-01-01)\nKey (last_name)=(Havili)')).toEqual([
      ['DOB', 'pii.date_of_birth', 11, 21, '1990-01-01', '1990-01-01'],
      ['PERSON', 'pii.person', 40, 46, 'Havili', 'havili'],
    ]);
    expect(found('Key (dob)=(1990-01-01) already exists Key (dob)=(x')).toEqual([['DOB', 'pii.date_of_birth', 11, 21, '1990-01-01', '1990-01-01']]);
  });

  it('the search goes on after the values: a key written inside a value is not read again', () => {
    expect(found('Key (email)=(Key (dob)=(1990-01-01) already exists')).toEqual([['EMAIL', 'pii.email', 13, 34, 'Key (dob)=(1990-01-01', 'key (dob)=(1990-01-01']]);
  });

  it('a second call reads the text afresh', () => {
    const text = 'Key (dob)=(1990-01-01) already exists';
    expect(found(text)).toEqual(found(text));
    expect(found(`x ${text}`)).toEqual([['DOB', 'pii.date_of_birth', 13, 23, '1990-01-01', '1990-01-01']]);
  });
});

describe('pushColumnValue', () => {
  const push = (kind: Parameters<typeof pushColumnValue>[1], start: number, value: string): Detection[] => {
    const out: Detection[] = [];
    pushColumnValue(out, kind, start, value);
    return out;
  };
  it('each kind its type, class and normalized value; the blanks around left out', () => {
    expect(push('person', 10, '  Ana Havili ')).toEqual([{ start: 12, end: 22, type: 'PERSON', class: 'pii.person', normalized: 'ana havili' }]);
    expect(push('dob', 0, '12-MAR-1984')).toEqual([{ start: 0, end: 11, type: 'DOB', class: 'pii.date_of_birth', normalized: '12-mar-1984' }]);
    expect(push('address', 5, ' Rue  de, la Paix')).toEqual([{ start: 6, end: 22, type: 'ADDRESS', class: 'pii.address', normalized: 'rue de la paix' }]);
    expect(push('addressNumber', 0, 'SW1A 1AA')).toEqual([{ start: 0, end: 8, type: 'ADDRESS', class: 'pii.address', normalized: 'sw1a 1aa' }]);
    expect(push('identity', 0, '123-45-6789')).toEqual([{ start: 0, end: 11, type: 'SSN', class: 'pii.government_id', normalized: '123456789' }]);
    expect(push('PASSPORT', 0, 'x.123/456 (7)')).toEqual([{ start: 0, end: 13, type: 'SSN', class: 'pii.government_id', normalized: 'X1234567' }]);
    expect(push('email', 0, 'Ann.Lee@Example.COM')).toEqual([{ start: 0, end: 19, type: 'EMAIL', class: 'pii.email', normalized: 'ann.lee@example.com' }]);
    expect(push('secret', 0, 'Tr1cky Pass.9')).toEqual([{ start: 0, end: 13, type: 'SECRET', class: 'secret', normalized: 'Tr1cky Pass.9' }]);
    expect(push('PHONE', 0, '+1 (555) 010-9999')).toEqual([{ start: 0, end: 17, type: 'PHONE', class: 'pii.phone', normalized: '+15550109999' }]);
    expect(push('CARD', 0, '4111 1111 1111 1111')).toEqual([{ start: 0, end: 19, type: 'CARD', class: 'payment.card', normalized: '4111111111111111' }]);
    expect(push('ACCOUNT', 0, 'ab-12')).toEqual([{ start: 0, end: 5, type: 'ACCOUNT_NUMBER', class: 'financial.account', normalized: 'AB12' }]);
  });
  it('nothing for none, an empty value, null, a placeholder id, a name without a letter, a part not of its shape, an email not of its shape', () => {
    expect(push('none', 0, 'Havili')).toEqual([]);
    expect(push('person', 0, '   ')).toEqual([]);
    expect(push('person', 0, ' null ')).toEqual([]);
    expect(push('person', 0, '12345')).toEqual([]);
    expect(push('identity', 0, 'unknown')).toEqual([]);
    expect(push('PASSPORT', 0, 'n/a')).toEqual([]);
    expect(push('address', 0, '123')).toEqual([]);
    expect(push('addressNumber', 0, 'abc')).toEqual([]);
    expect(push('email', 0, 'X')).toEqual([]);
    // Not an id column: a placeholder-looking value is still masked.
    expect(push('secret', 0, 'unknown')).toEqual([{ start: 0, end: 7, type: 'SECRET', class: 'secret', normalized: 'unknown' }]);
    // `null` only as the whole value.
    expect(push('person', 0, 'nullah')).toEqual([{ start: 0, end: 6, type: 'PERSON', class: 'pii.person', normalized: 'nullah' }]);
  });
});
