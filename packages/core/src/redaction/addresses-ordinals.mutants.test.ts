// Mutation tests for addresses.ts ordinalAt (issue 13; docs/TESTING.md, the row of 2026-12-06f): an
// English ordinal street name (`1600 5th Ave`, `12 East 96th Street`) read by detectAddresses, with
// the exact span, for each suffix the number takes (`st`, `nd`, `rd`, `th`; 11-13 and 111-113 take
// `th`), and the look-alikes whose letters are not the number's own: no ordinal, so no street name
// (the line is no address). Each test kills mutants that the probe suites let survive.
import { describe, expect, it } from 'vitest';
import { detectAddresses } from './addresses.js';
import type { Detection } from './types.js';

/** [start, end, text] of each address found. */
const found = (text: string): Array<[number, number, string]> => {
  const out: Detection[] = [];
  detectAddresses(text, out);
  return out.map((d) => [d.start, d.end, text.slice(d.start, d.end)]);
};
const whole = (text: string): Array<[number, number, string]> => [[0, text.length, text]];

describe('ordinalAt: the suffix a number takes', () => {
  it.each([
    '1600 5th Ave', '5 1st Ave', '5 2nd Ave', '5 3rd Ave', '5 4th Ave', '5 10th Ave', '40 11th Street', '40 12th Street', '40 13th Street',
    '5 21st Ave', '5 22nd Ave', '7 23RD Street', '5 101st Ave', '88 42nd Street', '120 121st Street', '40 111th Street', '40 112th Street',
    '40 113th Street', '5 1000th Ave', '12 East 96th Street', '1600 5TH Ave',
  ])('%s is a street', (text) => expect(found(text)).toEqual(whole(text)));
  it.each([
    '1600 5st Ave', '12 East 96st Street', '120 121th Street', '88 42th Street', '7 23th Street', '40 11st Street', '40 12nd Street',
    '40 13rd Street', '40 111st Street', '40 112nd Street', '40 113rd Street', '5 21th Ave', '5 22th Ave', '5 5thx Ave', '5 5t Ave', '5 10000th Ave',
  ])('%s: letters that are not the number\'s ordinal, or a number of 5 digits, make no street', (text) => expect(found(text)).toEqual([]));
});

describe('ordinalAt: where it is read', () => {
  it('an ordinal after a house number is the street\'s name, not a second number', () => {
    expect(found('Deliver to 1600 5th Ave, New York')).toEqual([[11, 33, '1600 5th Ave, New York']]);
    expect(found('at 350 5th Avenue today')).toEqual([[3, 17, '350 5th Avenue']]);
  });
  it('an ordinal at the text\'s end (no token after the number) and a number alone end no street', () => {
    expect(found('room 12 on the 5th')).toEqual([]);
    expect(found('12 East 96')).toEqual([]);
  });
  it('the letters glued to the number: with a blank between, no ordinal (227 `letters.start !== number.end`)', () => {
    // Read as an ordinal, `3 rd` would join the prose before it to the street: `12 Goals 3 rd Place`.
    expect(found('Scored 12 Goals 3 rd Place')).toEqual([[16, 26, '3 rd Place']]);
    expect(found('Won 4 Games 2 nd Street')).toEqual([[12, 23, '2 nd Street']]);
  });
});
