// Issue 11: values of call-centre transcripts read aloud that no rule read (docs/REDACTION.md, spoken values):
//  - a UK sort code in digit words after its label (`sort code two zero four five seven seven`): six digit words are
//    under the seven a run needs to be a number by itself, so the label is the cue, as `sort code 20-45-77` is written;
//  - a house number in words before a street (`one twelve lindwurm strasse`): the run of number words before a
//    street's name and word is the house number, as `112 Lindwurmstraße` would be.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { kept, leaks, masked } from './masked-text.js';

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

describe('a sort code read aloud after its label', () => {
  it.each([
    ['sort code two zero four five seven seven', 'two zero four five seven seven'],
    ['Agent: and the sort code? Caller: sort code is two oh, four five, seven seven', 'two oh, four five, seven seven'],
    ['my sort code is forty, twelve, ninety-one', 'forty, twelve, ninety-one'],
    ['sort-code: six zero, one six, one three', 'six zero, one six, one three'],
    ['the BSB is zero six two zero zero zero', 'zero six two zero zero zero'],
  ])('%j', (text, value) => {
    expect(leaks(text, [value])).toEqual([]);
    expect(detectSensitive(text).some((d) => d.type === 'ACCOUNT_NUMBER')).toBe(true);
  });
  it('its canonical value is the written one\'s (one pseudonym for both)', () => {
    const said = detectSensitive('sort code two zero four five seven seven').find((d) => d.type === 'ACCOUNT_NUMBER');
    const written = detectSensitive('sort code 20-45-77').find((d) => d.type === 'ACCOUNT_NUMBER');
    expect(said?.normalized).toBe(written?.normalized);
  });
  it('property: any six digits in words after the label', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 6, maxLength: 6 }), fc.constantFrom('sort code ', 'sort code is ', 'Sort Code: ', 'my sort code is uh '), (digits, label) => {
        const spoken = digits.map((d) => WORDS[d]).join(' ');
        return !masked(`${label}${spoken} thanks`).includes(spoken);
      }),
    );
  });
  it.each([
    // Six digit words with no label, another label, five or seven words, a count.
    ['one two three four five six', ['one two three four five six']],
    ['the code is two zero four five seven seven', ['two zero four five seven seven']],
    ['sort code two zero four five seven', ['two zero four five seven']],
    ['I sorted code one two three four five six times', ['one two three four five six']],
    ['sort code of the two teams: one four five seven', ['one four five seven']],
  ])('%j stays', (text, parts) => expect(kept(text, parts)).toEqual([]));
});

describe('a house number in words before a street', () => {
  it.each([
    ['one twelve lindwurm strasse', 'one twelve lindwurm strasse'],
    ['Caller: it is one twelve lindwurmstrasse, munich', 'one twelve lindwurmstrasse'],
    ['I live at twenty two baker street', 'twenty two baker street'],
    ['deliver to four fifty seven quillon road please', 'four fifty seven quillon road'],
    ['that was seven oh three elm avenue', 'seven oh three elm avenue'],
  ])('%j', (text, address) => {
    expect(leaks(text, [address])).toEqual([]);
    expect(masked(text)).toContain('[ADDRESS]');
  });
  it.each([
    // One number word (`two way street`, `one lane road`), no street's name before its word, a year.
    ['it is a two way street', ['two way street']],
    ['a one lane road', ['one lane road']],
    ['twenty twenty road trip', ['twenty twenty road trip']],
    ['in nineteen ninety abbey road was busy', ['nineteen ninety']],
    ['one of the streets', ['one of the streets']],
    ['three or four side streets', ['three or four side streets']],
  ])('%j stays', (text, parts) => expect(kept(text, parts)).toEqual([]));
});

describe('linear time', () => {
  it('labels and number words repeated', () => {
    const make = (n: number) => 'sort code two zero four five seven seven, one twelve lindwurm strasse, two way street '.repeat(Math.ceil(n / 88)).slice(0, n);
    expect(timeRatio(detectSensitive, make, 20_000, 40_000)).toBeLessThanOrEqual(2.6);
  });
  it('a long run of number words before a street word', () => {
    const make = (n: number) => `${'one twelve '.repeat(Math.ceil(n / 11))}strasse`;
    expect(timeRatio(detectSensitive, make, 20_000, 40_000)).toBeLessThanOrEqual(2.6);
  });
});
