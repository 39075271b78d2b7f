import { describe, expect, it } from 'vitest';
import { detectBuiltin } from '../../packages/core/src/redaction/detectors.js';
import { timeRatio } from './linear-time.js';

// Found by the analysis of name-contexts.ts's Stryker survivors (issue 13, 2026-12-05): a rule's
// cheap gate that refused texts its rule reads, and a label skipped after the names before it.
// - labelledParties looked for the next label from the last name's end: a label glued to that name
//   (`… & John Smith Sellers: Tevita Fifita & Mele Fifita`) was inside the names, so its parties stayed raw.
// - PLURAL_GATE wanted a blank after `the` and only lower-case letters in the name, FAMILY_PLURAL
//   reads a tab and an apostrophe or mark inside (`the Ke'alohas`): such a plural stayed raw.
// - SYSLOG_GATE took a line's start only after \n; SYSLOG_HEADER's `^` (m flag) also after \r,
//   U+2028, U+2029: a header there kept its month and program as persons.
// - LOYALTY_GATE wanted a blank inside `asia miles`, `flying blue`, `rapid rewards`, `executive
//   club`; LOYALTY reads a tab too: a person over `Asia<TAB>Miles` was kept.
// Through detectBuiltin with the person detectors only, [text, start, end] in the order found.
const PERSON = new Set(['person']);
const found = (text: string): Array<[string, number, number]> => detectBuiltin(text, PERSON).map((d) => [text.slice(d.start, d.end), d.start, d.end]);
const words = (text: string): string[] => found(text).map(([word]) => word);

describe('a party label glued to the last name before it', () => {
  it.each([
    ['Buyers: Mary Smith & John Smith Sellers: Tevita Fifita & Mele Fifita', ['Tevita Fifita', 'Mele Fifita']],
    ['Buyers: Qxaro Vlintuk & Dorric Halversham Sellers: Qxaro Dorric & Vlintuk Halversham', ['Qxaro Dorric', 'Vlintuk Halversham']],
  ] as Array<[string, string[]]>)('%s', (text, names) => {
    for (const name of names) expect(words(text)).toContain(name);
  });

  it('stays: one label, its names read once', () => {
    expect(found('Owners: Qxaro Vlintuk & Dorric Halversham')).toEqual([['Qxaro Vlintuk', 8, 21], ['Dorric Halversham', 24, 41]]);
  });
});

describe("a family's plural with an apostrophe inside or a tab before it", () => {
  it.each([
    ["Dinner with the Ke'alohas tonight", 'Ke\'alohas'],
    ['Dinner with the Ke’alohas tonight', 'Ke’alohas'],
    ['the\tHavilis donated', 'Havilis'],
  ])('%s', (text, name) => {
    expect(words(text)).toContain(name);
  });

  it.each([
    ["the Ke'alohas went home", 'Ke\'alohas'],
    ["with the Bahamas", 'Bahamas'],
  ])('stays: %s', (text, word) => {
    expect(words(text)).not.toContain(word);
  });
});

describe('a syslog header after \\r, U+2028, U+2029', () => {
  it.each([
    ['Qxaro Vlintuk\rDec  5 04:12:01 bastion CRON[991]: x', [['Qxaro Vlintuk', 0, 13]]],
    ['x\u2028Dec  5 04:12:01 bastion CRON[991]: x', []],
    ['x\u2029Dec  5 04:12:01 bastion CRON[991]: x', []],
  ] as Array<[string, Array<[string, number, number]>]>)('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('linear time on long inputs of the gates', () => {
  const ratio = (make: (n: number) => string): number => timeRatio((text) => detectBuiltin(text, PERSON), make);
  it.each([
    ['`the` and a long apostrophe name without the plural', (n: number) => "the Ke'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ".repeat(n / 37).slice(0, n)],
    ['line breaks by \\r and months', (n: number) => '\rDec  5 04:12:0'.repeat(n / 16).slice(0, n)],
  ] as const)('%s: 2x input <= ~3x time', (_, make) => {
    expect(ratio(make)).toBeLessThan(3.2);
  });
});
