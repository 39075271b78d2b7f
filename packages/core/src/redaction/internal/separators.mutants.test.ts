// What internal/separators.ts promises (issue 13, from the surviving mutant `code === 0xa0` →
// `false`): the separators of every number detector are exactly space, no-break space, dash, dot
// and slash. Through detectSensitive the no-break space never reaches isSeparator (the normalized
// view folds it to a space first), so only a direct test holds it.
import { describe, expect, it } from 'vitest';
import { isSeparator } from './separators.js';

describe('isSeparator', () => {
  it('is true for space, no-break space, dash, dot, slash, plus and middle dot, and for nothing else below U+0580; the bullet too (2026-12-03)', () => {
    const want = new Set([0x20, 0xa0, 0x2d, 0x2e, 0x2f, 0x2b, 0xb7]);
    for (let code = 0; code < 0x580; code++) expect(isSeparator(code), `U+${code.toString(16)}`).toBe(want.has(code));
    expect(isSeparator(0x2022)).toBe(true);
    for (const code of [0x5f, 0x2c, 0x2007, 0x2009, 0x202f, 0x3000, Number.NaN, -1]) expect(isSeparator(code), String(code)).toBe(false);
  });

  it('reads every dash (Unicode Pd), the minus sign and the hyphen bullet, and the middle dots and ideographic commas and stops (G15, 2026-12-04)', () => {
    for (const code of [0x2010, 0x2013, 0x2212, 0xff0d, 0x2043, 0x2027, 0x30fb, 0xff65, 0x3001, 0x3002, 0xff64, 0xff61, 0x301c, 0x058a]) expect(isSeparator(code), `U+${code.toString(16)}`).toBe(true);
    for (const code of [0x2026, 0xff0c, 0x3000, 0x2044]) expect(isSeparator(code), `U+${code.toString(16)}`).toBe(false);
  });
});
