// OCR and homoglyph letters inside an SSN or a card after its label (the fourth README-only probe
// of 2026-12-04, J22: `SSN 4l2-67-339O`, `SSN 5З6-22-85l4` with a Cyrillic Ze, `SSN 536-22-85Ι4`
// with a Greek Iota, `card 4III 1111 1111 1111` were stored raw). One map of letters read for
// digits (detectors.ts OCR_DIGITS) serves dates of birth (H15) and these labelled ids. The inputs
// here are other values, labels and letters of the kind.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';

const found = (text: string): string[] => detectSensitive(text).map((d) => `${d.type}:${text.slice(d.start, d.end)}:${d.normalized ?? ''}`).filter((f) => /^(?:SSN|CARD|DOB):/.test(f));

describe('an SSN after its label, letters for digits', () => {
  it.each([
    ['SSN# 2B7-65-4321', '2B7-65-4321', '287654321'],
    ['social security number is 545 67 89Ol', '545 67 89Ol', '545678901'],
    ['SSN 321-54-987\u0411', '321-54-987\u0411', '321549876'],
    ['ssn 287-6\u0405-4321 on file', '287-6\u0405-4321', '287654321'],
    ['SSN no. 545678g0l', '545678g0l', '545678901'],
    ['SSN 287-65-\u0447321', '287-65-\u0447321', '287654321'],
    ['SSN \u039f87-65-4321', '\u039f87-65-4321', '087654321'],
  ])('%s', (text, value, digits) => {
    expect(found(text)).toEqual([`SSN:${value}:${digits}`]);
  });
});

describe('a card after its label, letters for digits', () => {
  it.each([
    ['credit card: 5SOO 0000 0000 0004', '5SOO 0000 0000 0004', '5500000000000004'],
    ['card no. 4O12 8888 8888 1881', '4O12 8888 8888 1881', '4012888888881881'],
    ['CC# 3782 822463 1OOO5', '3782 822463 1OOO5', '378282246310005'],
    ['card 6\u041e11 1111 1111 1117 exp 12/27', '6\u041e11 1111 1111 1117', '6011111111111117'],
  ])('%s', (text, value, digits) => {
    expect(found(text)).toEqual([`CARD:${value}:${digits}`]);
  });
});

describe('the shared map reads homoglyphs in a date of birth too', () => {
  it('DOB: \u041e3/12/1984 (Cyrillic O)', () => {
    expect(found('DOB: \u041e3/12/1984')).toEqual(['DOB:\u041e3/12/1984:03/12/1984']);
  });
});

describe('look-alikes stay', () => {
  it.each([
    'SSN lookup failed for user 12',
    'SSN OOO-OO-OOOO',
    'SSN 666-l2-3456',
    'card 4III IIII IIII IIII',
    'card 4III 1111 1111 1112',
    'plan 536-22-85l4',
    'cardinal 4III 1111 1111 1111',
    'SSN 536-22-85l4x',
    'Japan 5O1-22-8514',
    'card SOLD OUT 2024 edition 1111',
    'PAN IIS-ISO 9001 certified 2019',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('a hostile flood of labels is read (the test timeout bounds it)', () => {
  it('50,000 labels with near-values', () => {
    const text = 'SSN 4l2-67-339 card 4III 1111 '.repeat(50_000);
    expect(found(text)).toEqual([]);
  });
});
