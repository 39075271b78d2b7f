import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';
import { luhnValid } from './internal/checks.js';

// Probe 6 of 2026-12-03 (a fresh attacker, README and docs only): card numbers whose groups are
// joined by tabs or line breaks, written one digit at a time, inside EMV chip data, a Diners
// number as 4-4-4-2, and a record's security code after the number were stored raw.

const spans = (text: string, type: string): string[] => detectSensitive(text).filter((d) => d.type === type).map((d) => text.slice(d.start, d.end));

/** Luhn-valid test numbers of each brand (the networks' published test PANs). */
const BRANDS = ['4111111111111111', '5555555555554444', '378282246310005', '6011111111111117', '3566002020360505', '2223003122003222', '36227206271667', '4222222222222'];

/** `digits` in groups of four (the last the rest) joined by `separator`. */
const grouped = (digits: string, separator: string): string => (digits.match(/.{1,4}/g) as string[]).join(separator);

describe('card groups joined by a tab or a line break', () => {
  it.each(BRANDS.filter((pan) => pan.length >= 14))('%s with tabs, LF, CRLF, and spaces and a line break mixed', (pan) => {
    for (const separator of ['\t', '\n', '\r\n', ' \n']) {
      const text = `card no ${grouped(pan, separator)} exp 12/27`;
      expect(spans(text, 'CARD'), JSON.stringify(text)).toEqual([grouped(pan, separator)]);
    }
    expect(spans('4111 1111\n1111 1111', 'CARD')).toEqual(['4111 1111\n1111 1111']);
  });
  it('any tab or line-break spelling of a valid number (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BRANDS.filter((pan) => pan.length === 16)), fc.array(fc.constantFrom('\t', '\n', '\r\n', ' ', '\t\t'), { minLength: 3, maxLength: 3 }), (pan, separators) => {
        const groups = pan.match(/.{4}/g) as string[];
        const text = `pay with ${groups[0]}${separators[0]}${groups[1]}${separators[1]}${groups[2]}${separators[2]}${groups[3]} now`;
        expect(spans(text, 'CARD').map((s) => s.replace(/\s/g, ''))).toEqual([pan]);
      }),
    );
  });
  it('numbers in table columns that fail Luhn or have no issuer stay', () => {
    for (const text of ['4111\t1111\t1111\t1112', '1234\t5678\t9012\t3456', '2019\n2020\n2021\n2022', 'id\t0001\t0002\t0003\t0004', '7777\t7777\t7777\t7777'])
      expect(spans(text, 'CARD'), JSON.stringify(text)).toEqual([]);
  });
});

describe('a card number written one digit at a time', () => {
  it.each(BRANDS)('%s spaced, and in spaced quads joined by a dash', (pan) => {
    const spaced = pan.split('').join(' ');
    expect(spans(`card no ${spaced} exp 12/27`, 'CARD')).toEqual([spaced]);
  });
  it('4 1 1 1 - 1 1 1 1 - …', () => {
    expect(spans('Card: 4 1 1 1 - 1 1 1 1 - 1 1 1 1 - 1 1 1 1', 'CARD')).toEqual(['4 1 1 1 - 1 1 1 1 - 1 1 1 1 - 1 1 1 1']);
  });
  it('any Luhn-valid Visa of 16 digits, spaced (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 14, maxLength: 14 }), (body) => {
        const partial = `4${body}`;
        const check = [...'0123456789'].find((digit) => luhnValid(partial + digit)) as string;
        const pan = partial + check;
        fc.pre(!/^(\d)\1+$/.test(pan));
        expect(spans(`no ${pan.split('').join(' ')} ok`, 'CARD')).toHaveLength(1);
      }),
    );
  });
  it('spaced digits that fail Luhn, are too few, or part of a longer run stay', () => {
    for (const text of ['4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 2', '1 2 3 4 5 6 7 8 9 0 1 2', 'row 0 1 0 0 1 1 0 1 0 1 1 0 0 1 0 1', 'v 4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1'])
      expect(spans(text, 'CARD'), text).toEqual([]);
  });
});

describe('a Diners number as 4-4-4-2', () => {
  it.each(['3622 7206 2716 67', '3622-7206-2716-67', '3622.7206.2716.67', '3622  7206  2716  67', '3622/7206/2716/67'])('%s', (card) => {
    expect(spans(`card no ${card} exp 12/27`, 'CARD')).toEqual([card]);
  });
  it('not 4-4-4-2 of 14 digits failing Luhn, nor 4-4-4-2 of other lengths', () => {
    for (const text of ['3622 7206 2716 68', '4111 1111 1111 11']) expect(spans(text, 'CARD'), text).toEqual([]);
  });
});

describe('EMV chip data (BER-TLV tags 5A and 57)', () => {
  it.each([
    ['5A084111111111111111', '4111111111111111'],
    ['5a085555555555554444', '5555555555554444'],
    ['5A 08 41 11 11 11 11 11 11 11', '41 11 11 11 11 11 11 11'],
    ['9F02060000000010005A0841111111111111115F2403271231', '4111111111111111'],
    ['5A08378282246310005F', '378282246310005'],
  ])('%s', (text, pan) => {
    expect(spans(text, 'CARD')).toEqual([pan]);
  });
  it('tag 57, the track 2 equivalent data, whole', () => {
    const value = '4111111111111111D2712201' + '1234567890123' + 'F';
    expect(value).toHaveLength(38);
    expect(spans(`5713${value}9F`, 'CARD')).toEqual([value]);
  });
  it('a 5A whose value is no valid PAN, or whose length does not match, stays', () => {
    for (const text of ['5A084111111111111112', '5A094111111111111111', 'sha 5a08deadbeefdeadbeef', 'model 5A08 4111']) expect(spans(text, 'CARD'), text).toEqual([]);
  });
});

describe('a security code after the number in a delimited record', () => {
  it.each([
    ['4111111111111111|12|2027|737', '737'],
    ['4111111111111111,12/27,737', '737'],
    ['4111111111111111;1227;1234', '1234'],
    ['4111111111111111|12|27|737|Tevita', '737'],
    ['4111111111111111\t12\t2027\t737', '737'],
    ['cards:\n5555555555554444|01|2030|123\n', '123'],
  ])('%s', (text, code) => {
    expect(spans(text, 'CVV')).toEqual([code]);
    expect(spans(text, 'CARD')).toHaveLength(1);
  });
  it('no code after an invalid month, no expiry, a code of other length, or no card before', () => {
    for (const text of ['4111111111111111|13|2027|737', '4111111111111111|737', '4111111111111111|12|2027|73', '4111111111111112|12|2027|737', 'order|12|2027|737', '4111111111111111|12|2027|73750'])
      expect(spans(text, 'CVV'), text).toEqual([]);
  });
});
