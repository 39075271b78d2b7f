import { describe, expect, it } from 'vitest';
import { detectNationalIds } from './national-ids.js';
import type { Detection } from './types.js';

// Issue 13: direct calls on the licence and US travel-id readers of 2026-12-04 (detectBareLicences,
// licenceShape, detectUsTravelIds, US_TRAVEL_KINDS), written from the survivors of a Stryker run on
// national-ids.ts 502-571 (docs/TESTING.md). Exact spans, types and normalized values.
const countDigits = (text: string): number => [...text].filter((c) => c >= '0' && c <= '9').length;
function found(text: string, digits = countDigits(text)): Array<[string, string, string | undefined]> {
  const out: Detection[] = [];
  detectNationalIds(text, out, digits, () => false);
  return out.map((d) => [d.type, text.slice(d.start, d.end), d.normalized]);
}
const licence = (value: string, normalized = value.replace(/[^0-9A-Za-z]/g, '').toUpperCase()): Array<[string, string, string]> => [['DRIVER_LICENSE', value, normalized]];
const id = (value: string, normalized = value.replace(/[^0-9A-Za-z]/g, '').toUpperCase()): Array<[string, string, string]> => [['NATIONAL_ID', value, normalized]];

describe('detectBareLicences: the labels', () => {
  it.each([
    ['license D1234567 expired', 'D1234567'],
    ['LICENSE D1234567', 'D1234567'],
    ['licence D1234567', 'D1234567'],
    ['lic D1234567', 'D1234567'],
    ['lic. D1234567', 'D1234567'],
    ['drivers lic D1234567', 'D1234567'],
    ["driver's lic. D1234567", 'D1234567'],
    ['driver’s lic D1234567', 'D1234567'],
    ['drivers’ lic D1234567', 'D1234567'],
    ['lic# S53041298765', 'S53041298765'],
    ['Lic #: S530-4129-8765', 'S530-4129-8765'],
    ['License = MORGA753116SM9IJ', 'MORGA753116SM9IJ'],
  ])('%j', (text, value) => {
    expect(found(text)).toEqual(licence(value));
  });

  it('not inside a word, nor before letters', () => {
    expect(found('public D1234567')).toEqual([]);
    expect(found('relic D1234567')).toEqual([]);
    expect(found('licensed D1234567')).toEqual([]);
    expect(found('licenses D1234567')).toEqual([]);
    expect(found('lick D1234567')).toEqual([]);
    expect(found('licx D1234567')).toEqual([]);
  });

  it('a number word after the label is another rule\u2019s (no DRIVER_LICENSE)', () => {
    for (const text of ['license no. D1234567', 'license nr D1234567', 'license num D1234567', 'license number D1234567', 'licence No D1234567']) {
      expect(found(text).filter(([type]) => type === 'DRIVER_LICENSE'), text).toEqual([]);
    }
    // a word starting with `no` is not a number word: `license now D1234567` is not read either
    // (the filler stops at `now`), but `license nrx` neither; only whole words count.
    expect(found('license: D1234567 no')).toEqual(licence('D1234567'));
  });

  it('every label of the text, each after the one before', () => {
    expect(found('license D1234567, lic S53041298765')).toEqual([...licence('D1234567'), ...licence('S53041298765')]);
    expect(found('MIT license, lic D1234567')).toEqual(licence('D1234567'));
  });

  it('the gate: nothing without `lic`, whatever the digits', () => {
    expect(found('driver D1234567')).toEqual([]);
  });
});

describe('licenceShape', () => {
  it.each([
    ['license A12345', 'A12345'],
    ['license AB12345678901234', 'AB12345678901234'],
    ['license 1234567', '1234567'],
    ['license 123456789012', '123456789012'],
    ['license 20241823', '20241823'],
    ['license DORVA801129WX9AB', 'DORVA801129WX9AB'],
    ['license MORGA753116SM9IJ', 'MORGA753116SM9IJ'],
    ['license 9ORVA801129WX9AB', '9ORVA801129WX9AB'],
  ])('%j', (text, value) => {
    expect(found(text)).toEqual(value === undefined ? [] : licence(value));
  });

  it.each([
    'license A1234',
    'license ABC12345',
    'license AB123456789012345',
    'license 123456',
    'license 1234567890123',
    'license 20242025',
    'license 19992000',
    'License: Apache-2.0',
    'license key abcdef',
    'license DORVA801129WX9A',
    'license DORVA801129WX9ABC',
    'license DORV1801129WX9AB',
    'license DORVA80112XWX9AB',
    'license DORVA801129W19AB',
    'license DORVA801129WXXAB',
    'license DORVA801129WX91B',
    'license xyD1234567',
    'license D1234567x',
  ])('%j: not a licence number', (text) => {
    expect(found(text).filter(([type]) => type === 'DRIVER_LICENSE')).toEqual([]);
  });

  it('a year pair only as the whole value', () => {
    expect(found('license 120242025')).toEqual(licence('120242025'));
    expect(found('license 2024202512')).toEqual(licence('2024202512'));
    expect(found('license 18242025')).toEqual(licence('18242025'));
    expect(found('license 20241825')).toEqual(licence('20241825'));
  });
});

describe('detectUsTravelIds', () => {
  it.each([
    ['Alien Registration Number: A123456789', 'A123456789'],
    ['alien registration no. A12345678', 'A12345678'],
    ['alien registration no A12345678', 'A12345678'],
    ['alien registration # A12345678', 'A12345678'],
    ['alien registration 123456789', '123456789'],
    ['alien number 12345678', '12345678'],
    ['alien no. 12345678', '12345678'],
    ['alien no 12345678', '12345678'],
    ['alien # 12345678', '12345678'],
    ['A-Number: A123456789', 'A123456789'],
    ['a-no. A123456789', 'A123456789'],
    ['a-no A123456789', 'A123456789'],
    ['A# 098765432', '098765432'],
    ['USCIS 987654321', '987654321'],
    ['uscis a# 987654321', '987654321'],
    ['I-94 12345678901', '12345678901'],
    ['i94 12345678901', '12345678901'],
    ['I-94 admission 9876543210A', '9876543210A'],
    ['I-94 record 123456789AB', '123456789AB'],
    ['I-94 admission record 12345678901', '12345678901'],
    ['Known Traveler Number: 98765432', '98765432'],
    ['known traveller 98765432', '98765432'],
    ['known traveler id 9876543210', '9876543210'],
    ['trusted traveler TT1234567', 'TT1234567'],
    ['trusted traveller id 98765432', '98765432'],
    ['KTN 98765432', '98765432'],
    ['Global Entry PASSID 123456789', '123456789'],
    ['passid 123456789', '123456789'],
    ['global entry pass id 123456789', '123456789'],
    ['Global Entry 123456789', '123456789'],
    ['NEXUS 112233445', '112233445'],
    ['sentri 112233445', '112233445'],
    ['Redress: 1234567', '1234567'],
    ['redress control 7654321', '7654321'],
  ])('%j', (text, value) => {
    expect(found(text)).toEqual(id(value));
  });

  it.each([
    'alien registration A1234567',
    'alien registration A1234567890',
    'alien registration B12345678',
    'I-94 1234567890',
    'I-94 123456789012',
    'I-94 12345678ABC',
    'I-94 123456789ABC',
    'I-94 1234567ABCD',
    'KTN 1234567',
    'KTN 12345678901',
    'KTN ABC12345D',
    'Redress 123456',
    'Redress 12345678',
    'Redress 123456A',
    'ktn 98765432',
    'Ktn 98765432',
    'xktn 98765432',
    'nexusx 112233445',
    'anexus 112233445',
  ])('%j: nothing', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('KTN in capitals after a lower-case ktn further back', () => {
    expect(found('ktn or KTN 98765432')).toEqual(id('98765432'));
    expect(found('KTN: 98765432')).toEqual(id('98765432'));
    expect(found('KTN  #98765432')).toEqual(id('98765432'));
  });

  it('a lower-case ktn far (24 characters or more) before another label does not stop it', () => {
    expect(found('ktn Redress: 1234567')).toEqual(id('1234567'));
    expect(found('ktn                     Redress 1234567')).toEqual(id('1234567'));
  });

  it('the digit gate: fewer than 7 digits in the text reads nothing (the caller\u2019s count)', () => {
    expect(found('Redress: 1234567', 6)).toEqual([]);
    expect(found('Redress: 1234567', 7)).toEqual(id('1234567'));
  });

  it('the label gate: the pattern alone would not read it without a label word', () => {
    expect(found('a number 12345678 of times')).toEqual([]);
    expect(found('boarding pass id 12345678')).toEqual([]);
  });
});

describe('the whole detection, and the KTN window', () => {
  it('a bare licence is a government id of type DRIVER_LICENSE', () => {
    const out: Detection[] = [];
    detectNationalIds('license D1234567', out, 7, () => false);
    expect(out).toEqual([{ start: 8, end: 16, type: 'DRIVER_LICENSE', class: 'pii.government_id', normalized: 'D1234567' }]);
  });

  it('a lower-case ktn right before the value, in a text longer than the window', () => {
    expect(found('ktn 98765432 is what the form says')).toEqual([]);
    expect(found('ktn  98765432')).toEqual([]);
    expect(found('KTN or ktn 98765432')).toEqual([]);
    expect(found('KTN  98765432')).toEqual(id('98765432'));
  });
});
