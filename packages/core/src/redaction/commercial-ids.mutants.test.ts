import { describe, expect, it } from 'vitest';
import { detectBuiltin } from './detectors.js';

// Issue 13: what commercial-ids.ts promises, written for the Stryker run of 2026-12-05 (docs/TESTING.md):
// each rule's value shape at its bounds (an ICCID of 18-22 digits from `89`, an EID of 32, an IMSI of
// 14-15, an MPAN/MPRN of 6-10, 13 or 21 digits, the letters-and-digits tokens of the loyalty, employee,
// loan, meter and library rules), the type each label gives, a label glued to its value, a value
// followed by a letter, a date after a label, a count after a bare programme word, and the bare ICCID
// (its Luhn check) and EID. Through detectBuiltin with the health detectors only; an ICCID after
// `ICCID-` or `EID-` is read by the label alone (`-` before the digits keeps the bare rule out).
const HEALTH = new Set(['health']);
const found = (text: string): Array<[string, string]> => detectBuiltin(text, HEALTH).map((d) => [d.type, text.slice(d.start, d.end)]);

describe('each rule takes the values of its shape, and only those', () => {
  it.each([
    // ICCID after its label: 89 and 16 to 20 digits.
    ['ICCID 898944500102198304', [['DEVICE_ID', '898944500102198304']]],
    ['ICCID 89894450010219830', []],
    ['ICCID 8912345678901234567890', [['DEVICE_ID', '8912345678901234567890']]],
    ['ICCID 89123456789012345678901', []],
    ['ICCID 1289123456789012345678', []],
    ['ICCID-8944500102198304826', [['DEVICE_ID', '8944500102198304826']]],
    // EID: 89 and 30 digits.
    ['EID-89049032000001000000012345678901', [['DEVICE_ID', '89049032000001000000012345678901']]],
    ['EID-8904903200000100000001234567890', []],
    ['EID-890490320000010000000123456789012', []],
    ['EID-189049032000001000000012345678901', []],
    // IMSI: 14 or 15 digits, nothing else.
    ['IMSI 31015012345678', [['DEVICE_ID', '31015012345678']]],
    ['IMSI 310150123456789', [['DEVICE_ID', '310150123456789']]],
    ['IMSI 3101501234567', []],
    ['IMSI 3101501234567890', []],
    ['IMSI A310150123456789', []],
    // MPAN and MPRN: 6-10, 13 or 21 digits.
    ['MPAN 12345', []],
    ['MPAN 123456', [['IDENTIFIER', '123456']]],
    ['MPAN 1234567890', [['IDENTIFIER', '1234567890']]],
    ['MPAN 12345678901', []],
    ['MPAN 123456789012', []],
    ['MPAN 1234567890123', [['IDENTIFIER', '1234567890123']]],
    ['MPAN 12345678901234', []],
    ['MPAN 12345678901234567890', []],
    ['MPAN 123456789012345678901', [['IDENTIFIER', '123456789012345678901']]],
    ['MPAN 1234567890123456789012', []],
    ['MPAN A1234567', []],
    // Loyalty: 5-20 characters, four digits or more.
    ['loyalty number A1234', [['ACCOUNT_NUMBER', 'A1234']]],
    ['loyalty number 1234', []],
    ['loyalty number AB123', []],
    ['loyalty number A1234567890123456789', [['ACCOUNT_NUMBER', 'A1234567890123456789']]],
    ['loyalty number A12345678901234567890', []],
    // Employee: 4-16 characters, four digits or more.
    ['employee number 1234', [['IDENTIFIER', '1234']]],
    ['employee number 123', []],
    ['employee number A123456789012345', [['IDENTIFIER', 'A123456789012345']]],
    ['employee number A1234567890123456', []],
    // Loan: five digits or more; meter serial: four; library card: five.
    ['loan number 12345', [['ACCOUNT_NUMBER', '12345']]],
    ['loan number A1234', []],
    ['meter serial A1234', [['DEVICE_ID', 'A1234']]],
    ['library card 12345', [['IDENTIFIER', '12345']]],
    ['library card A1234', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('the label and what follows the value', () => {
  it.each([
    // A label glued to its digits is no label; `emp#` ends in `#` and is one.
    ['iccid89014103211118510720', []],
    ['emp#104477', [['IDENTIFIER', '104477']]],
    // No value after the label (a word of more than three letters first).
    ['loan number pending (ref 12345)', []],
    // The value runs to the end of the text, or stops before a blank; a letter or `_` right after it: no value.
    ['loan number 0041178823', [['ACCOUNT_NUMBER', '0041178823']]],
    ['loan number 0041178823 is due', [['ACCOUNT_NUMBER', '0041178823']]],
    ['loan number 0041178823_b', []],
    ['loan number 0041178823é', []],
    // A date after the label.
    ['loan number 2026-04-15', []],
    // A word's label inside the value is not read again (`FFN` is a loyalty label).
    ['loan number FFN 12345678', [['ACCOUNT_NUMBER', 'FFN 12345678']]],
    ['Employee ID: EID-104477', [['IDENTIFIER', 'EID-104477']]],
    // After a bare programme word a number of things is a count; after a number word in the label or a colon, the value.
    ['Rapid Rewards 50000 points', []],
    ['Rapid Rewards 12345678', [['ACCOUNT_NUMBER', '12345678']]],
    ['Rapid Rewards 12345678 expires', [['ACCOUNT_NUMBER', '12345678']]],
    ['Rapid Rewards: 50000 points', [['ACCOUNT_NUMBER', '50000']]],
    ['Rapid Rewards number 50000 points', [['ACCOUNT_NUMBER', '50000']]],
    ['employee 1200 hours', []],
    ['employee no 1200 hours', [['IDENTIFIER', '1200']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('the normalized value: upper case, no separators', () => {
    const text = 'frequent flyer ba 12345678';
    expect(detectBuiltin(text, HEALTH).map((d) => [d.type, d.class, text.slice(d.start, d.end), d.normalized])).toEqual([['ACCOUNT_NUMBER', 'financial.account', 'ba 12345678', 'BA12345678']]);
    const sim = 'IMSI 310150123456789';
    expect(detectBuiltin(sim, HEALTH).map((d) => [d.type, d.class, d.start, d.end, d.normalized])).toEqual([['DEVICE_ID', 'pii', 5, 20, '310150123456789']]);
  });
});

describe('an ICCID or an EID alone', () => {
  it.each([
    ['8944500102198304826', [['DEVICE_ID', '8944500102198304826']]],
    ['8944500102198304827', []],
    ['89445001021983048261', [['DEVICE_ID', '89445001021983048261']]],
    ['89445001021983048262', []],
    // An EID has no check digit: any 32 digits from 89.
    ['89490320000010000000123456789013', [['DEVICE_ID', '89490320000010000000123456789013']]],
    ['89490320000010000000123456789012', [['DEVICE_ID', '89490320000010000000123456789012']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('the span, class and normalized value', () => {
    const text = 'sim 8944500102198304826 swapped';
    expect(detectBuiltin(text, HEALTH).map((d) => [d.type, d.class, d.start, d.end, d.normalized])).toEqual([['DEVICE_ID', 'pii', 4, 23, '8944500102198304826']]);
  });
});
