// A date of birth after the Czech/Slovak `nar.` and the Hungarian `szül.` abbreviations (L14 of the
// fourteenth README-only probe, 2026-12-05g, issue 11): `nar. 3. 2. 1985` and `(szül. 1979.11.23.)`
// were stored raw while `narozena 3. 2. 1985` was read. Other dates and the words beside them kept.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { kept, leaks } from './masked-text.js';

describe('L14: nar. and szül.', () => {
  it.each([
    ['nar. d. m. yyyy', 'Uchazeč: Petra Černá, nar. 3. 2. 1985, e-mail x', '3. 2. 1985'],
    ['nar. dd.mm.yyyy', 'Jan Novák, nar. 12.11.1979, trvale bytem Brno', '12.11.1979'],
    ['Nar.: capital', 'Nar.: 21. 6. 1990', '21. 6. 1990'],
    ['szül. yyyy.mm.dd.', 'Ügyfél: Szabó Gábor (szül. 1979.11.23.), lakcím Budapest', '1979.11.23'],
    ['szül. with spaces', 'Kovács Anna, szül. 1988. 04. 12., Szeged', '1988. 04. 12'],
    ['Szül.: colon', 'Szül.: 1975.03.02.', '1975.03.02'],
  ])('%s', (_name, text, value) => {
    expect(leaks(text, [value])).toEqual([]);
  });
  it('other dates and words stay', () => {
    expect(kept('Objednávka ze dne 3. 2. 2025, faktura 2025.11.23.', ['3. 2. 2025', '2025.11.23'])).toEqual([]);
    expect(kept('Granátové jablko (nar) a 12.11.2024', ['12.11.2024'])).toEqual([]);
  });
});

describe('linear time', () => {
  it('labels and dates repeated', () => {
    const make = (n: number) => 'nar. 3. 2. 1985, szül. 1979.11.23., nar. nar. szül. '.repeat(Math.ceil(n / 50)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});
