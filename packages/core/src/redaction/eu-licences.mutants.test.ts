import { describe, expect, it } from 'vitest';
import { detectEuLicenceFields, mayHoldEuLicence } from './eu-licences.js';
import type { Detection } from './types.js';

// Issue 13: eu-licences.ts under Stryker (docs/TESTING.md). Each function called directly, no
// redactor: every detection as [value, start, end, type, class, normalized], in the order found, so a
// value one character longer or shorter, a field of the wrong kind or a value that is not the field's
// own fails. The cards are invented (names and numbers of no one).
type Row = [string, number, number, string, string, string | undefined];
const found = (text: string): Row[] => {
  const out: Detection[] = [];
  detectEuLicenceFields(text, out);
  return out.map((d) => [text.slice(d.start, d.end), d.start, d.end, d.type, d.class, d.normalized]);
};
const CLASS: Record<string, string> = { PERSON: 'pii.person', DOB: 'pii.date_of_birth', DRIVER_LICENSE: 'pii.government_id', ADDRESS: 'pii.address' };
/** The detection of `value` (its first place at or after `from`) as `type`. */
const at = (text: string, value: string, type: string, from = 0): Row => {
  const start = text.indexOf(value, from);
  expect(start, `${value} is in the text`).toBeGreaterThanOrEqual(0);
  return [value, start, start + value.length, type, CLASS[type] as string, value.toLowerCase()];
};

describe('mayHoldEuLicence', () => {
  it('needs 1., 3. and 5. all three', () => {
    expect(mayHoldEuLicence('1. A 3. B 5. C')).toBe(true);
    expect(mayHoldEuLicence('3. B 5. C')).toBe(false);
    expect(mayHoldEuLicence('1. A 5. C')).toBe(false);
    expect(mayHoldEuLicence('1. A 3. B')).toBe(false);
    expect(mayHoldEuLicence('no numbers at all')).toBe(false);
  });
});

describe('detectEuLicenceFields', () => {
  it('masks each field of a card on lines of its own by its number, the 4s and 9 left', () => {
    const text = '1. QUARVELL\n2. ODESSA LINN\n3. 12.08.1964 BERLIN\n4a. 19.01.2013 4b. 18.01.2028\n4c. Amt Nordtal\n5. B072RRE2I55\n7. sig\n8. Lindenweg 4, Nordtal\n9. AM/B/L';
    expect(found(text)).toEqual([
      at(text, 'QUARVELL', 'PERSON'),
      at(text, 'ODESSA LINN', 'PERSON'),
      at(text, '12.08.1964 BERLIN', 'DOB'),
      at(text, 'B072RRE2I55', 'DRIVER_LICENSE'),
      at(text, 'Lindenweg 4, Nordtal', 'ADDRESS'),
    ]);
  });

  it('ends a value at the next marker on one line, less the blanks, commas and semicolons before it', () => {
    const text = '1. DUBRANE, 2. CAMILLE; 3. 14/07/1990 LYON  4a. 01/09/2018 4b. 01/09/2033 5. 18AB12345';
    expect(found(text)).toEqual([
      at(text, 'DUBRANE', 'PERSON'),
      at(text, 'CAMILLE', 'PERSON'),
      at(text, '14/07/1990 LYON', 'DOB'),
      at(text, '18AB12345', 'DRIVER_LICENSE'),
    ]);
  });

  it('ends a value at a line feed, a carriage return alone or a CRLF, and at the text\'s end', () => {
    const crlf = '1.\tJANVELD\r\n2.\tPIETER\r\n3.\t21-06-1979\rUtrecht\r\n5.\t5123456789';
    expect(found(crlf)).toEqual([
      at(crlf, 'JANVELD', 'PERSON'),
      at(crlf, 'PIETER', 'PERSON'),
      at(crlf, '21-06-1979', 'DOB'),
      at(crlf, '5123456789', 'DRIVER_LICENSE'),
    ]);
    const lf = '1. ORVANE\n2. TILDA\n3. 01.02.1985 WARSZAWA\n5. 00123/15/1465\n';
    expect(found(lf).map((row) => row[0])).toEqual(['ORVANE', 'TILDA', '01.02.1985 WARSZAWA', '00123/15/1465']);
    // a line that is no field's after a value: the value ends at its own line's end
    const wrapped = '1. ORVANE\n2. TILDA\n3. 01.02.1985\nWARSZAWA\n5. 00123/15/1465';
    expect(found(wrapped)).toEqual([
      at(wrapped, 'ORVANE', 'PERSON'),
      at(wrapped, 'TILDA', 'PERSON'),
      at(wrapped, '01.02.1985', 'DOB'),
      at(wrapped, '00123/15/1465', 'DRIVER_LICENSE'),
    ]);
  });

  it('reads the UK card\'s 4a, 4c then 4b as one card', () => {
    const text = '1. MORVAIN\n2. SARAH MEREDITH\n3. 11.03.1976 UNITED KINGDOM\n4a. 19.01.2013 4c. DVLA\n4b. 18.01.2023\n5. MORVA753116SM9IJ 35\n8. 122 BURNS CRESCENT EDINBURGH';
    expect(found(text).map((row) => row[0])).toEqual(['MORVAIN', 'SARAH MEREDITH', '11.03.1976 UNITED KINGDOM', 'MORVA753116SM9IJ 35', '122 BURNS CRESCENT EDINBURGH']);
  });

  it('needs each of 1., 2., 3. and 5. in its shape: one of them wrong and nothing is masked', () => {
    const good = ['1. QUARVELL', '2. ODESSA', '3. 12.08.1964 BERLIN', '5. B072RRE2I55'];
    expect(found(good.join('\n'))).toHaveLength(4);
    const wrong = ['1. open the app', '2. tap Settings', '3. soon, 12.08.1964', '5. B07-2RRE'];
    for (let i = 0; i < 4; i++) {
      const text = good.map((line, j) => (j === i ? wrong[i] : line)).join('\n');
      expect([text, found(text)]).toEqual([text, []]);
    }
    // a field missing
    for (let i = 0; i < 4; i++) {
      const text = good.filter((_, j) => j !== i).join('\n');
      expect([text, found(text)]).toEqual([text, []]);
    }
  });

  it('takes a licence number of four digits, not of three, and one of digits only', () => {
    const card = (number: string) => `1. QUARVELL 2. ODESSA 3. 12.08.1964 5. ${number}`;
    expect(found(card('AB12CD34')).at(-1)?.[0]).toBe('AB12CD34');
    expect(found(card('AB12CD3X'))).toEqual([]);
    expect(found(card('ABCDEFGH'))).toEqual([]);
    expect(found(card('55501234')).at(-1)?.[0]).toBe('55501234');
  });

  it('takes blanks after a marker, a year of two to four digits, and a licence number from its first character to its last', () => {
    const wide = '1.  QUARVELL\n2. \t ODESSA\n3.   12.08.64 BERLIN\n5.  B072RRE2I55';
    expect(found(wide)).toEqual([
      at(wide, 'QUARVELL', 'PERSON'),
      at(wide, 'ODESSA', 'PERSON'),
      at(wide, '12.08.64 BERLIN', 'DOB'),
      at(wide, 'B072RRE2I55', 'DRIVER_LICENSE'),
    ]);
    const card = (date: string, number: string) => `1. QUARVELL\n2. ODESSA\n3. ${date}\n5. ${number}`;
    expect(found(card('12.08.1964', 'B072RRE2I55'))).toHaveLength(4);
    expect(found(card('12.08.7 BERLIN', 'B072RRE2I55'))).toEqual([]);
    expect(found(card('12.08.1964', 'no B0721234'))).toEqual([]);
    expect(found(card('12.08.1964', 'B0721234 see'))).toEqual([]);
  });

  it('masks no empty field: an address marker with nothing after it', () => {
    const text = '1. QUARVELL\n2. ODESSA\n3. 12.08.1964\n5. B072RRE2I55\n8. ,\n9. B';
    expect(found(text).map((row) => row[0])).toEqual(['QUARVELL', 'ODESSA', '12.08.1964', 'B072RRE2I55']);
  });

  it('reads a card after a numbered list, and leaves a list that follows a card', () => {
    const text = 'Steps: 1. Open 2. Tap 3. 12.08.2024 now\n1. QUARVELL\n2. ODESSA\n3. 12.08.1964\n5. B072RRE2I55\n1. Open the app\n2. Tap Settings';
    const card = text.indexOf('\n1. QUARVELL');
    expect(found(text)).toEqual([
      at(text, 'QUARVELL', 'PERSON', card),
      at(text, 'ODESSA', 'PERSON', card),
      at(text, '12.08.1964', 'DOB', card),
      at(text, 'B072RRE2I55', 'DRIVER_LICENSE', card),
    ]);
    // The same twice: one call reads both cards (its pattern starts at 0 each time).
    const two = `${text}\n${text}`;
    expect(found(two)).toHaveLength(8);
  });
});

// Found while judging NAME_VALUE's mutants (2026-12-06c): a name field in a form the shape refused (a
// surname of five words or more, given names with commas between them, a lower-case particle first,
// `ST.`) or a licence number with a `-` (Portugal's) left the whole card unread, its date of birth and
// licence number stored raw.
describe('detectEuLicenceFields: names in the forms of more countries', () => {
  const card = (one: string, two: string) => `1. ${one}\n2. ${two}\n3. 14.02.1981 LISBOA\n4a. 01.03.2016\n5. L-1234567 8\n9. B`;
  it.each([
    ['RODRIGUES DOS SANTOS FERREIRA DA COSTA', 'ANA'],
    ['DUBRANE', 'MARIE, ANNE'],
    ['van der Berg', 'Pieter'],
    ['ST. JOHN', 'MARY'],
    // held back: a particle inside a mixed-case surname, four given names with commas, `d'` and `y`
    ['Quarvell de la Fuente', 'Ana'],
    ['ORVANE', 'ANA, MARIA, SOFIA, LUISA'],
    ['GARCÍA y LÓPEZ', 'JOSÉ'],
    ['von Orvane', 'Tilda Anne'],
    // the names of one word each: the licence number's `-` alone (Portugal's `L-1234567 8`)
    ['ORVANE', 'ANA'],
  ])('reads the card with %j and %j', (one, two) => {
    const text = card(one, two);
    expect(found(text).map((row) => [row[0], row[3]])).toEqual([
      [one, 'PERSON'],
      [two, 'PERSON'],
      ['14.02.1981 LISBOA', 'DOB'],
      ['L-1234567 8', 'DRIVER_LICENSE'],
    ]);
  });
  it.each([
    // look-alikes: a particle before lower-case words, a list of lower-case items, nine words, a particle last
    ['de facto rules', 'Anna'],
    ['Open the app', 'Tap Settings'],
    ['ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE', 'ANA'],
    ['ORVANE de', 'ANA'],
    ['ORVANE,, ANA', 'ANA'],
  ])('leaves %j and %j', (one, two) => {
    expect(found(card(one, two))).toEqual([]);
  });
});
