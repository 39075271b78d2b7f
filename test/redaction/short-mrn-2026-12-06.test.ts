// A medical record number of three or four digits after `MRN` or `medical record number`: stored
// raw before (`Patient MRN 4452 BP 120/80`, F27 of the README-only probe of the read side,
// 2026-12-06, test/cli/probe-readside-2026-12-06.cases.md). The weaker labels keep five characters.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../packages/core/src/redaction/detectors.js';
import { timeRatio } from './linear-time.js';

const masked = (text: string) => detectSensitive(text).filter((span) => span.type === 'MRN').map((span) => text.slice(span.start, span.end));

describe('a short MRN after its own label', () => {
  it.each([
    ['Patient MRN 4452 BP 120/80', '4452'],
    ['MRN: 4452, admitted 03/12', '4452'],
    ['mrn 445 seen in clinic', '445'],
    ['MRN#4452', '4452'],
    ['MRN no. 0912', '0912'],
    ['Medical record number 8812 (outpatient)', '8812'],
    ['medical record no: 771', '771'],
    ['Patient MRN 44521 BP', '44521'],
  ])('%s', (text, value) => {
    expect(masked(text)).toEqual([value]);
  });

  it.each([
    // Fewer than three digits, no digit, and the weaker labels with fewer than five characters.
    'MRN 12 is too short to be one',
    'MRN field is required',
    'please enter the MRN (max 20 characters)',
    'chart no 4452',
    'visit no 4452',
    'pt no 445',
    'medical record 4452',
    'Room 4452, Acct 4452',
    // Placeholders, as forms and docs write them, and letters with fewer than five digits.
    'MRN 1234',
    'MRN: 0000',
    'mrn 321',
    'MRN ABCD1234',
    'MRN A4452',
  ])('keeps %s', (text) => {
    expect(masked(text)).toEqual([]);
  });

  it('twice the labelled numbers cost about twice the time', () => {
    expect(timeRatio((text) => detectSensitive(text), (n) => 'MRN 4452 BP 120/80, mrn 12; '.repeat(Math.ceil(n / 28)))).toBeLessThan(2.6);
  });
});
