// One-time codes spelled in groups after a code's label (issue 11, F11 of the README-only leak
// probe of 2026-12-07: `the code I got is 47 12 90` was stored raw). The same code in one run or
// in single digits was masked; in pairs or triples (`47 12 90`, `471 290`, `4712 9035`, `47-12-90`)
// it was not, after any of the code rules' labels (`secrets.ts` otpWords, bareCodeLabel,
// bareCodeWords; `groupedCode` decides). The groups are one code when they are of one length and
// hold 4 to 10 digits; unequal groups, dates, ranges and two years are no code. Numbers without a
// code's label (times, prices, pages) stay.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectSensitive } from '@agent-audit/core';
import { groupedCode } from '../../packages/core/src/redaction/secrets.js';
import { timeRatio } from './linear-time.js';
import { kept, leaks, masked } from './masked-text.js';

const groupsLeft = (text: string, value: string) => leaks(text, [value, ...value.split(/[ -]/)]);

describe('F11: a one-time code in groups after its label', () => {
  it.each([
    // The probe's and the brief's.
    ['the code I got is 47 12 90', '47 12 90'],
    ['OTP: 471 290', '471 290'],
    ['verification code 4 7 1 2 9 0', '4 7 1 2 9 0'],
    // Other labels of the rules, other groupings.
    ['OTP 471 290', '471 290'],
    ['the code you sent me is 4712 9035', '4712 9035'],
    ['the code I got by sms is 47-12-90', '47-12-90'],
    ['PIN: 47 12', '47 12'],
    ['TAN 47-12-90', '47-12-90'],
    ['SMS code 83 91 27 55', '83 91 27 55'],
    ['one-time code 583 902 117', '583 902 117'],
    ['kod weryfikacyjny 58 39 02', '58 39 02'],
  ])('%s', (text, value) => {
    expect([masked(text), groupsLeft(text, value)]).toEqual([masked(text), []]);
  });

  it.each([
    // Held back while the rule was written.
    ['the six digit code: 39 28 71', '39 28 71'],
    ['code received: 928 371', '928 371'],
    ['authenticator shows 392 871', '392 871'],
    ['access code 39-28-71', '39-28-71'],
    ['I just got a text with 39 28 71', '39 28 71'],
    ['mTAN 3928 7163', '3928 7163'],
  ])('held back: %s', (text, value) => {
    expect([masked(text), groupsLeft(text, value)]).toEqual([masked(text), []]);
  });

  it('look-alikes stay: no label, dates, ranges, counts', () => {
    const text = 'page 12 of 90; meeting at 12 30; costs 47 12 EUR; room 47 12 90; call me at 10 30; ' +
      'code 47 12 90 in the listing; verification code 2024-01-15 expired; OTP 10-20 seconds; Flight 471 290 passengers';
    expect(kept(text, ['page 12 of 90', 'at 12 30', '47 12 EUR', 'room 47 12 90', '10 30', 'code 47 12 90', '2024-01-15', '10-20 seconds', '471 290 passengers'])).toEqual([]);
  });

  it('groupedCode: equal groups of 4-10 digits, else the first group when it is a code', () => {
    expect(groupedCode('47 12 90')).toBe('47 12 90');
    expect(groupedCode('4712')).toBe('4712');
    expect(groupedCode('4 7 1 2')).toBe('4 7 1 2');
    expect(groupedCode('4821 12')).toBe('4821');
    expect(groupedCode('12 345')).toBeUndefined();
    expect(groupedCode('2024 2025')).toBeUndefined();
    expect(groupedCode('2024-01-15')).toBeUndefined();
    expect(groupedCode('10-20')).toBeUndefined();
    expect(groupedCode('12 34 56 78 90 12')).toBeUndefined();
    expect(detectSensitive('PIN 4821 12 times').map((d) => [d.start, d.end])).toEqual([[4, 8]]);
  });

  it('any grouping of 4 to 10 digits in equal groups after a label', () => {
    fc.assert(
      fc.property(fc.constantFrom(2, 3, 4), fc.integer({ min: 2, max: 5 }), fc.constantFrom(' ', '-'), fc.constantFrom('OTP: ', 'the code I got is ', 'verification code ', 'PIN '), fc.integer({ min: 0, max: 1e9 }), (size, count, sep, label, seed) => {
        fc.pre(size * count >= 4 && size * count <= 10);
        const digits = String(seed).padStart(10, '7').slice(0, size * count).replace(/^0/, '5');
        const groups = digits.match(new RegExp(`.{${size}}`, 'g')) as string[];
        fc.pre(!(groups.length === 2 && groups.every((g) => /^(?:19|20)\d\d$/.test(g))) && !(groups.length === 3 && /^(?:19|20)\d\d$/.test(groups[0] as string)));
        fc.pre(!(groups.length === 2 && groups.every((g) => g.endsWith('0'))));
        const value = groups.join(sep);
        const text = `${label}${value}`;
        expect(masked(text)).not.toContain(value);
      }),
    );
  });

  it('linear: labels and groups repeated', () => {
    const make = (n: number) => 'the code I got is 47 12 90 OTP: 471 290 PIN 47 12 34 56 78 90 12 34 verification code 4 7 1 2 '.repeat(Math.ceil(n / 95)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});
