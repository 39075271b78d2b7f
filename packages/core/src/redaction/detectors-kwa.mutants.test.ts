// Mutation tests for detectors.ts KWA_BEFORE (issue 13; docs/TESTING.md, the row of 2026-12-06f, `Not
// done: KWA_BEFORE`): a Kenyan mobile right after Swahili `kwa` (to), through detectSensitive. The
// pattern is module-level (its 7 mutants static): each mutant was made by hand in the source and
// this file run. `kwa` at the text's start, after a blank or punctuation, one or two blanks or a tab
// before the number; not inside a word, not three blanks away, not with something between.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';

const phones = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'PHONE').map((d) => text.slice(d.start, d.end));

describe('KWA_BEFORE: `kwa` right before a Kenyan mobile', () => {
  it.each([
    ['kwa 0722123456'],
    ['Tuma pesa kwa 0722123456'],
    ['Tuma pesa KWA 0722123456'],
    ['Tuma pesa kwa  0722123456'],
    ['Tuma pesa kwa\t0722123456'],
    ['tuma: kwa 0722123456'],
    ['Tuma_kwa 0722123456'],
  ])('%j: a phone', (text) => {
    expect(phones(text)).toEqual(['0722123456']);
  });
  it.each([
    ['Mkwa 0722123456'],
    ['Tuma pesa Mkwa 0722123456'],
    ['Tuma 5kwa 0722123456'],
    ['Tuma pesa kwa   0722123456'],
    ['Tuma kwa ~0722123456'],
    ['Tuma kwa x 0722123456'],
    ['Tuma pesa kwa-0722123456'],
    ['Tuma kwa 0022123456'],
  ])('%j: kept', (text) => {
    expect(phones(text)).toEqual([]);
  });
});
