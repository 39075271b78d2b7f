// A date written in a form's two-digit boxes with no date word before it (the open part of O3 of
// the twelfth README-only probe, 2026-12-05e, issue 11: `Leaving date 30 11 2026` was typed PHONE;
// the first fix kept it only after a date word). `DD MM YYYY` / `MM DD YYYY` with a day 01-31, a
// month 01-12 and a year 1900-2099 is no country's phone layout; a phone word or a country code keeps
// a phone, and real phones of other layouts stay masked.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { kept, leaks } from './masked-text.js';

const phones = (text: string) => detectSensitive(text).filter((d) => d.type === 'PHONE').map((d) => text.slice(d.start, d.end));

describe('O3 open part: a date in boxes with no date word', () => {
  it.each([
    ['a P45 box with its number only', 'P45 Part 1A\n4  30 11 2026\n5  Tax code at leaving 1257L', '30 11 2026'],
    ['after a verb', 'Employment ended 30 11 2026.', '30 11 2026'],
    ['after a box label', 'Box 7: 15 06 1987', '15 06 1987'],
    ['a period of two dates', 'Effective from 06 04 2026 to 05 04 2027', '06 04 2026'],
    ['month first', 'Period ending 12 31 2026', '12 31 2026'],
    ['a year of the last century', 'Started 01 09 1998, full time', '01 09 1998'],
  ])('%s', (_name, text, value) => {
    expect(kept(text, [value])).toEqual([]);
    expect(phones(text)).toEqual([]);
  });

  it('keeps real phones masked', () => {
    expect(leaks('Tel: 30 11 2026', ['30 11 2026'])).toEqual([]);
    expect(leaks('Call me on 22 12 1990 tomorrow', ['22 12 1990'])).toEqual([]);
    expect(leaks('+47 22 12 1990', ['22 12 1990'])).toEqual([]);
    expect(leaks('Mobile 22 12 19 90', ['22 12 19 90'])).toEqual([]);
    expect(leaks('ring 0161 496 0000 or 020 7946 0958', ['0161 496 0000', '020 7946 0958'])).toEqual([]);
    // Not a date's boxes: a month 13, a day 32, a year 2126.
    expect(phones('Employment ended 30 13 2026.')).toEqual(['30 13 2026']);
    expect(phones('Box 7: 32 06 1987')).toEqual(['32 06 1987']);
    expect(phones('Employment ended 30 11 2126.')).toEqual(['30 11 2126']);
  });

  it('linear on hostile runs of boxes', () => {
    expect(timeRatio((text) => detectSensitive(text), (n) => '4  30 11 2026 '.repeat(Math.ceil(n / 14)))).toBeLessThan(3);
  });
});
