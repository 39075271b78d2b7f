import { describe, expect, it } from 'vitest';
import { countDigits, hasRunOf, isAsciiAlnum } from './chars.js';

// Issue 13: what chars.ts promises, written for its first Stryker run (docs/TESTING.md): the ASCII
// letters and digits and their neighbours on both sides of each range, the digits counted, and
// hasRunOf at the edges its skipping walk meets (a run that starts right after a probe outside the
// table, one that reaches back to the text's start, one cut by a character past ASCII). chars.test.ts
// checks hasRunOf against the regex over random texts.
const tableOf = (characters: string): Uint8Array => {
  const table = new Uint8Array(128);
  for (const character of characters) table[character.charCodeAt(0)] = 1;
  return table;
};
const DIGITS = tableOf('0123456789');

describe('isAsciiAlnum', () => {
  it('0-9, A-Z, a-z and no other code unit', () => {
    const expected = (code: number) => /^[0-9A-Za-z]$/.test(String.fromCharCode(code));
    const wrong: number[] = [];
    for (let code = 0; code < 0x200; code++) if (isAsciiAlnum(code) !== expected(code)) wrong.push(code);
    expect(wrong).toEqual([]);
    // The neighbours of each range.
    expect([47, 48, 57, 58, 64, 65, 90, 91, 96, 97, 122, 123].map(isAsciiAlnum)).toEqual([false, true, true, false, false, true, true, false, false, true, true, false]);
  });
});

describe('countDigits', () => {
  it('ASCII digits only', () => {
    expect(countDigits('')).toBe(0);
    expect(countDigits('a1b22/:0999')).toBe(7);
    expect(countDigits('٣۴१')).toBe(0);
    expect(countDigits('0')).toBe(1);
    expect(countDigits('9')).toBe(1);
    expect(countDigits('/:')).toBe(0);
  });
});

describe('hasRunOf at the edges of its walk', () => {
  it('a run that starts right after a character outside the table', () => {
    expect(hasRunOf('x123', DIGITS, 3)).toBe(true);
    expect(hasRunOf('xx123', DIGITS, 3)).toBe(true);
    expect(hasRunOf('x12x345', DIGITS, 3)).toBe(true);
    expect(hasRunOf('x12x34x56', DIGITS, 3)).toBe(false);
  });
  it('a run found from a probe in its middle reaches back to its start, not past it', () => {
    expect(hasRunOf('1234', DIGITS, 4)).toBe(true);
    expect(hasRunOf('12345678', DIGITS, 5)).toBe(true);
    expect(hasRunOf('12x345678', DIGITS, 6)).toBe(true);
    expect(hasRunOf('12x34567', DIGITS, 6)).toBe(false);
    expect(hasRunOf('123x4', DIGITS, 3)).toBe(true);
    expect(hasRunOf('12x34', DIGITS, 3)).toBe(false);
    expect(hasRunOf('1x23x4', DIGITS, 2)).toBe(true);
    expect(hasRunOf('1x2x3x4', DIGITS, 2)).toBe(false);
  });
  it('a run after a short one that ended just past the probe', () => {
    expect(hasRunOf('12x3456', DIGITS, 4)).toBe(true);
    expect(hasRunOf('123x456', DIGITS, 4)).toBe(false);
    expect(hasRunOf('1x2345', DIGITS, 4)).toBe(true);
    expect(hasRunOf('12x34x5678', DIGITS, 4)).toBe(true);
    expect(hasRunOf('12x34x567', DIGITS, 4)).toBe(false);
  });
  it('min 1: any character of the table', () => {
    expect(hasRunOf('xx1', DIGITS, 1)).toBe(true);
    expect(hasRunOf('xxx', DIGITS, 1)).toBe(false);
    expect(hasRunOf('1', DIGITS, 1)).toBe(true);
  });
  it('a code unit past ASCII is never in the table, nor code 128', () => {
    const table = new Uint8Array(256).fill(1);
    expect(hasRunOf('ab\u0080cd', table, 3)).toBe(false);
    expect(hasRunOf('ab\u007fcd', table, 5)).toBe(true);
    expect(hasRunOf('\u00e9\u00e9\u00e9', table, 1)).toBe(false);
  });
  it('longer than the text: false', () => {
    expect(hasRunOf('123', DIGITS, 4)).toBe(false);
    expect(hasRunOf('', DIGITS, 1)).toBe(false);
  });
});
