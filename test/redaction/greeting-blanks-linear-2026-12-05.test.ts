import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';

// A greeting followed by a long run of blanks took time quadratic in the run: `hi` + 20,000 blanks
// + `x` took 2.2-3.4 s in detectSensitive (found by the perf helper of 2026-12-05): names.ts
// GREETING_INTRO and its gate mayHoldIntro read `[ \t]*[,!.:-]*[ \t]*`, two runs of blanks that
// split a run of blanks in every way. They now read `[ \t]*(?:[,!.:-]+[ \t]*)?`, the same texts.
// The test timeout is the bound (a hostile tool result must not stall the redactor).
const persons = (text: string) => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('a greeting before a long run of blanks', () => {
  it('stays linear: 100,000 blanks after hi, hello and good morning', { timeout: 20_000 }, () => {
    for (const greeting of ['hi', 'hello', 'good morning', 'hey there']) expect(persons(`${greeting}${' '.repeat(100_000)}x`)).toEqual([]);
    expect(persons(`hi${' \t'.repeat(25_000)},${' '.repeat(50_000)}x`)).toEqual([]);
  });
  it('reads the same introductions: blanks and punctuation between the greeting and the introduction', () => {
    expect(persons('hi, this is qxaro vlintuk calling about my claim')).toEqual(['qxaro vlintuk']);
    expect(persons('hello  -  i am qxaro vlintuk')).toEqual(['qxaro vlintuk']);
    expect(persons('hi!! i am qxaro vlintuk')).toEqual(['qxaro vlintuk']);
    expect(persons('hi\tthis is qxaro vlintuk')).toEqual(['qxaro vlintuk']);
  });
});
