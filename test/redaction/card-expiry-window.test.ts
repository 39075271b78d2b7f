import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../packages/core/src/index.js';

const cards = (text: string) => detectSensitive(text).filter((d) => d.type === 'CARD').map((d) => text.slice(d.start, d.end));

describe('a card before its expiry (MMYY) holds 15 digits or more', () => {
  it('the front 12 digits of a 16-digit number are no card because the last group reads as a month and year', () => {
    // 601119378771 passes Luhn and starts like a Maestro; 6011193787710506 is no card.
    expect(cards('order 6011 1937 8771 0506 shipped')).toEqual([]);
    expect(cards('tracking 6759 6498 2643 1225')).toEqual([]);
  });

  it('a 16- or 15-digit card followed by its expiry (and security code) is still masked', () => {
    expect(cards('Card: 4111 1111 1111 1111 1227')).toEqual(['4111 1111 1111 1111']);
    expect(cards('5500 0000 0000 0004 0427 737')).toEqual(['5500 0000 0000 0004']);
  });

  it('over four groups of four digits whose 16 digits are no card, no card of 12 to 14 digits is found', () => {
    const group = fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0'));
    fc.assert(
      fc.property(fc.tuple(group, group, group, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 99 })), ([a, b, c, month, year]) => {
        const last = `${String(month).padStart(2, '0')}${String(year).padStart(2, '0')}`;
        const text = `order ${a} ${b} ${c} ${last} shipped`;
        for (const found of cards(text)) expect(found.replace(/\D/g, '').length).toBeGreaterThanOrEqual(15);
      }),
      { numRuns: 3000 },
    );
  });
});
