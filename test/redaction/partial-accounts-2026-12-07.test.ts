// A card's or an IBAN's leading digits announced as such (issue 11, F14 of the README-only leak probe
// of 2026-12-07: `first eight digits of the card: 4556 7375` and `iban starts DE89 3704 0044` were
// stored raw; too short for the Luhn and mod-97 checks that find whole numbers). partial-accounts.ts:
// 6 to 15 leading digits of a card (a BIN and more) and an IBAN's country code, check digits and four
// characters or more, after a fragment's announcement. Kept on purpose: the last four
// (`card ending in 4242`, PCI DSS req. 3.4.1), four or five leading digits, a BIN alone, and numbers
// with no announcement.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { kept, leaks, masked } from './masked-text.js';

const left = (text: string, value: string) => leaks(text, [value, ...value.split(/[ -]/).filter((g) => g.length >= 3)]);

describe('F14: leading fragments of cards and IBANs', () => {
  it.each([
    ['first eight digits of the card: 4556 7375', '4556 7375', 'CARD'],
    ['iban starts DE89 3704 0044', 'DE89 3704 0044', 'IBAN'],
    ['the card starts with 4556 7375', '4556 7375', 'CARD'],
    ['my IBAN begins with GB29 NWBK 6016', 'GB29 NWBK 6016', 'IBAN'],
    ['first 6 digits of my card are 455673', '455673', 'CARD'],
    ['the card number starts 4556-7375', '4556-7375', 'CARD'],
    ["my card's first eight digits: 45567375", '45567375', 'CARD'],
  ])('%s', (text, value, type) => {
    expect([masked(text), left(text, value)]).toEqual([masked(text), []]);
    expect(detectSensitive(text).map((d) => d.type)).toContain(type);
  });

  it.each([
    // Held back while the rule was written.
    ['Customer read out the first twelve digits of the credit card: 5105 1051 0510', '5105 1051 0510'],
    ['first 8 characters of the IBAN: GB29 NWBK', 'GB29 NWBK'],
    ['her debit card number begins with 4000 0566', '4000 0566'],
    ['Iban beginning with fr76 3000 6000', 'fr76 3000 6000'],
    ["the client's card starts 371449 (Amex)", '371449'],
  ])('held back: %s', (text, value) => {
    expect([masked(text), left(text, value)]).toEqual([masked(text), []]);
  });

  it('look-alikes stay: last four, short prefixes, no announcement, dates', () => {
    const text = 'card ending in 4242; last four digits of the card: 4242; first four digits of the card: 4556; the card starts with 4556; ' +
      'BIN 455673; card: 4556 7375 was declined; page 4556 of 7375; iban starts with DE; card starts at 2024-01-15; the card starts in 2026; ' +
      'IBAN: DE89 3704 is short; the card started 12 days ago, 123456 points; first 8 digits of the order: 12345678';
    expect(kept(text, ['ending in 4242', 'card: 4242', 'card: 4556;', 'with 4556;', 'BIN 455673', 'card: 4556 7375', 'page 4556 of 7375', 'with DE', '2024-01-15', 'in 2026',
      'IBAN: DE89 3704', '123456 points', 'order: 12345678'])).toEqual([]);
  });

  it('any 6 to 15 leading digits in groups after the announcement', () => {
    fc.assert(
      fc.property(fc.integer({ min: 6, max: 15 }), fc.constantFrom(' ', '-', ''), fc.constantFrom('first eight digits of the card: ', 'the card starts with ', "my card's first digits are ", 'card number begins '), fc.integer({ min: 0, max: 2 ** 31 }), (count, sep, cue, seed) => {
        const digits = `4${String(seed).padStart(15, '3')}`.slice(0, count);
        const value = (digits.match(/.{1,4}/g) as string[]).join(sep);
        expect(masked(`${cue}${value}`)).not.toContain(digits.slice(0, 6));
      }),
    );
  });

  it('linear: announcements repeated', () => {
    const make = (n: number) => 'first eight digits of the card: 4556 7375 iban starts DE89 3704 0044 the card starts with 4556 '.repeat(Math.ceil(n / 95)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
    const starts = (n: number) => 'card starts card starts first first 12 '.repeat(Math.ceil(n / 40)).slice(0, n);
    expect(timeRatio(detectSensitive, starts)).toBeLessThanOrEqual(3);
  });
});
