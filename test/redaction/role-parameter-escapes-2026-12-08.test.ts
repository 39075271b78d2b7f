// Issue 11, found by the Stryker run of 2026-12-08 on detectors.ts roleParameterName (issue 13: the decoding's test →
// `true` survived): a customer's role parameter whose value spells a letter as a JSON or JavaScript escape
// (`INFO kunde=M\u00fcller status=ok`, a log line written with its non-ASCII letters escaped) was stored raw: the value
// was decoded only when it held `%` or `+`, and `\u00fc` is no letter of a name's shape. A backslash now asks for the
// decoded view too (decodeComponent reads `\uXXXX` and `\xXX`). A listed firm so written stays a firm.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';

const persons = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('a role parameter\'s name with an escaped letter', () => {
  it.each([
    ['INFO kunde=M\\u00fcller status=ok', 'M\\u00fcller'],
    ['INFO klant=J\\u00f8rgensen status=ok', 'J\\u00f8rgensen'],
    ['kunde=Zwiebelh\\u00f6fer action=update', 'Zwiebelh\\u00f6fer'],
    ['INFO paziente=Lombard\\xf2zzi reparto=3', 'Lombard\\xf2zzi'],
  ])('%s', (text, value) => expect(persons(text)).toEqual([value]));

  it.each(['INFO kunde=Nestl\\u00e9 status=ok', 'INFO kunde=\\u0041lle status=ok', 'INFO kunde=M\\u00fcller\\u0031 status=ok'])('%s stays', (text) => expect(persons(text)).toEqual([]));

  it('linear: escaped values under role parameters repeated', () => {
    const make = (n: number) => 'kunde=M\\u00fcller klant=Nestl\\u00e9 x=\\u00 '.repeat(Math.ceil(n / 44)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});
