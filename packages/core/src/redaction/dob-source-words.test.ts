// A record's source between a date-of-birth label and the date (a fresh README-only probe of
// 2026-12-04, H12: `DOB per chart 03/12/1984` stored raw).
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';

const dobs = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'DOB').map((d) => text.slice(d.start, d.end));

describe('a DOB label, a source, the date', () => {
  it.each([
    ['DOB per chart 03/12/1984', '03/12/1984'],
    ['DOB per chart 3/12/84', '3/12/84'],
    ['DOB as per records: 1984-03-12', '1984-03-12'],
    ['DOB on file 3/12/84', '3/12/84'],
    ['Date of birth from ID: 12 March 1984', '12 March 1984'],
  ])('%s', (text, date) => {
    expect(dobs(text)).toEqual([date]);
  });
  it.each(['DOB per chart: unknown', 'born in the system 2019', 'DOB per chart pending'])('%s: no date of birth', (text) => {
    expect(dobs(text)).toEqual([]);
  });
});
