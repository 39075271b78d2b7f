// Issue 11, found by the Stryker run of 2026-12-08 on the dispatcher's compensation line (issue 13): compensation.ts reads
// an amount of one digit with its `k` (`salary: 5k`, `She earns 5k a month`), but detectors.ts called it only for a text of
// two digits or more, so those salaries were stored raw. The dispatcher's bound is one digit now; the reader's own rules
// (an amount with a currency or `k`, or a period after it) are as they were: a lone digit stays.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';

const salaries = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'SALARY').map((d) => text.slice(d.start, d.end));

describe('a salary of one digit and its `k`', () => {
  it.each([
    ['salary: 5k', '5k'],
    ['She earns 5k a month', '5k'],
    ['net pay 5k', '5k'],
    ['Gehalt: 8k brutto', '8k'],
    ['Maria earns 7k a month', '7k'],
  ])('%s', (text, amount) => expect(salaries(text)).toEqual([amount]));

  it.each(['bonus 5', 'salary grade 5', 'earns 5 stars', 'Maria earns 5 points', 'pension ref 5', 'wage 1 of 3', 'Rente 2'])('%s stays', (text) => expect(salaries(text)).toEqual([]));

  it('linear: cues and one-digit amounts repeated', () => {
    const make = (n: number) => 'salary: 5k, she earns 7k; bonus 5 net 3 '.repeat(Math.ceil(n / 40)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});
