// A UK town and postcode in lower case after a street line (F10 of the README-only leak probe of
// 2026-12-07, issue 11): `[ADDRESS] bristol bs8 1th`, `[ADDRESS] leeds ls6 4ex` kept the town and
// the postcode after the masked street, and `14 wellbrook close, sevenoaks tn13 2qp` was stored
// whole, as chat writes an address. The postcode's shape (outward and inward code, Royal Mail) at
// the end is what makes the lower-case words a town.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { kept, leaks } from './masked-text.js';

describe('F10: a lower-case town and UK postcode after the street', () => {
  it.each([
    ['my address is 12 Clifton Road, bristol bs8 1th', ['bs8 1th', 'bristol']],
    ['deliver to 4 Headingley Lane, leeds ls6 4ex please', ['ls6 4ex', 'leeds']],
    ['is it still 14 wellbrook close, sevenoaks tn13 2qp?', ['wellbrook close', 'tn13 2qp']],
    ['send it to 221b baker street, london nw1 6xe', ['baker street', 'nw1 6xe']],
    ['27 Old Gloucester Street, london wc1n3ax', ['wc1n3ax']],
    ['8 high street, milton keynes mk9 2ah', ['high street', 'mk9 2ah']],
  ])('%s', (text, values) => {
    expect(leaks(text, values)).toEqual([]);
  });
  it('lower-case words and codes that are no town and postcode stay', () => {
    expect(kept('12 Main Street, room b2 3cd is booked; see ticket ab1 2cd', ['ticket ab1 2cd'])).toEqual([]);
  });
  it('any valid postcode shape in lower case after a town (property)', () => {
    const letter = fc.constantFrom(...'abcdefghijklmnoprstuwyz');
    const inward = fc.constantFrom(...'abdefghjlnpqrstuwxyz');
    fc.assert(
      fc.property(fc.constantFrom('bristol', 'leeds', 'sevenoaks', 'milton keynes', 'york'), letter, fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 9 }), inward, inward, fc.constantFrom(' ', ''), (town, area, district, sector, a, b, blank) => {
        const code = `${area}${district} ${sector}${a}${b}`.replace(' ', blank);
        return leaks(`12 Clifton Road, ${town} ${code}`, [code]).length === 0;
      }),
    );
  });
});

describe('linear time', () => {
  it('house numbers before commas and postcodes, repeated on one line', () => {
    const make = (n: number) => '14 wellbrook close, 12 a, 3 b, sevenoaks tn13 2qp '.repeat(Math.ceil(n / 50)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});
