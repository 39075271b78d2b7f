import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';

// libphonenumber checks at most 256 international numbers per text; past that, a number that
// passed the shape checks is masked by its shape (over-masked, never let through). Cached
// verdicts do not count: the same numbers recurring stay checked.
const phones = (text: string) => detectSensitive(text, { builtins: ['phone'] }).filter((d) => d.type === 'PHONE');

describe('phone numbers: the per-text parse budget', () => {
  it('checks the first 256 distinct numbers with libphonenumber and masks the rest by shape', () => {
    // +44 with 11 national digits: a length the UK does not use, so libphonenumber says "not possible".
    const numbers = Array.from({ length: 400 }, (_, i) => `+44 20 ${String(794600000 + i * 7)}`);
    const found = phones(numbers.join(' ; '));
    expect(found).toHaveLength(400 - 256);
    expect(found[0]?.normalized).toBe(`+4420${794600000 + 256 * 7}`);
  });

  it('valid numbers are found before and past the budget alike, with the same E.164 form', () => {
    const numbers = Array.from({ length: 600 }, (_, i) => `+44 20 7946 ${String(i).padStart(4, '0')}`);
    const found = phones(numbers.join(', '));
    expect(found).toHaveLength(600);
    expect(found[0]?.normalized).toBe('+442079460000');
    expect(found[599]?.normalized).toBe('+442079460599');
  });

  it('the budget is per text: a second text is checked from the start again', () => {
    const invalid = Array.from({ length: 300 }, (_, i) => `+44 20 ${String(794700000 + i * 13)}`).join(' ; ');
    expect(phones(invalid)).toHaveLength(300 - 256);
    expect(phones('call +44 20 794699991 now')).toHaveLength(0);
  });
});
