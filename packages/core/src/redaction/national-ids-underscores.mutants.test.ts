// Issue 13: the unlabelled national ids' bounds of F13 of the README-only leak probe of 2026-12-07 (national-ids.ts
// NOT_AFTER, NOT_BEFORE, NINO_NOT_AFTER, the NINO's end, fiscalPattern's and chinesePattern's bounds), through
// detectSensitive, written from the Stryker run of 2026-12-07 (docs/TESTING.md, its row). `_` is a separator on both
// sides of each id (test/redaction/id-underscores-2026-12-07.test.ts pinned the lookbehinds and the NOT_BEFORE/NINO
// ends; the lookaheads of the codice fiscale and the Chinese id are pinned here: `_` put back in either fails it),
// and a letter, a digit or a digit's group beside an id still keeps it.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../index.js';

const ids = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'NATIONAL_ID').map((d) => text.slice(d.start, d.end));

describe('a codice fiscale and a Chinese resident id between `_`', () => {
  it('read with `_` after them as before them', () => {
    expect(ids('docs/cf_RSSMRA85T10A562S_scan.pdf')).toEqual(['RSSMRA85T10A562S']);
    expect(ids('RSSMRA85T10A562S_scan.pdf')).toEqual(['RSSMRA85T10A562S']);
    expect(ids('id_11010519491231002X_front.png')).toEqual(['11010519491231002X']);
    expect(ids('11010519491231002x_front.png')).toEqual(['11010519491231002x']);
    expect(ids('id_110105194912310029_front.png')).toEqual([]);
  });
  it('a letter or a digit glued on either side, or a digit group beside it, keeps it', () => {
    for (const text of [
      'docs/cfRSSMRA85T10A562S.pdf', 'docs/RSSMRA85T10A562Sx.pdf', 'docs/RSSMRA85T10A562S1.pdf', 'docs/1RSSMRA85T10A562S.pdf',
      'id11010519491231002X.png', 'id_11010519491231002Xa.png', 'id_11010519491231002X1.png', 'id 11010519491231002X 5', 'id 11010519491231002X-5', 'id 11010519491231002X/5', 'id 11010519491231002X.5',
      'id 5 11010519491231002X', 'id 5-11010519491231002X', 'id 5/11010519491231002X', 'id 5.11010519491231002X', '+11010519491231002X', 'a11010519491231002X',
    ]) expect([text, ids(text)]).toEqual([text, []]);
  });
});

describe('the ids of NOT_AFTER, NOT_BEFORE and the NINO: their bounds other than `_`', () => {
  it('a digit group before or after, a letter glued, keeps them', () => {
    for (const text of [
      'ref 1 48291735S', 'scan 1.48291735S', 'scan 1, 48291735S', 'scan 48291735S 1', 'scan 48291735S, 1', 'scan 48291735S-1', 'scan x48291735S', 'scan 48291735Sx', 'scan +48291735S',
      'ref 1 AB123456C', 'ref 1-AB123456C', 'ref AB123456C 1', 'ref AB123456C/1', 'ref xAB123456C', 'ref AB123456Cx', 'ref 1AB123456C',
    ]) expect([text, ids(text)]).toEqual([text, []]);
    // The NINO's prefix starts a field after a comma (NINO_NOT_AFTER has no comma); the DNI's does not.
    expect(ids('12,AB123456C')).toEqual(['AB123456C']);
    expect(ids('12,48291735S')).toEqual([]);
  });
});
