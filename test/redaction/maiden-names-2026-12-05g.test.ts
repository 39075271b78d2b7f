// Maiden names and kin the fourteenth README-only probe (2026-12-05g, issue 11) found stored raw:
// L11 a maiden name after `née` in prose (obituaries): an unlisted surname stayed (a listed one was masked);
//     `in memory of her late mother Lindqvist` likewise (a kinship noun after `late`).
// The row's inputs, other spellings of the kind made up here, and the neighbouring text that stays.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { kept, leaks } from './masked-text.js';

describe('L11: a maiden name after `née`, a name after `late mother`', () => {
  it('the probe rows', () => {
    const obituary = '… survived by his daughter Torvald Haugen-Sørby (née Lindqvist) and her husband';
    expect(leaks(obituary, ['Lindqvist', 'Torvald'])).toEqual([]);
    expect(kept(obituary, ['survived by his daughter ', ' (née ', ') and her husband'])).toEqual([]);
    const memory = '… in memory of her late mother Lindqvist';
    expect(leaks(memory, ['Lindqvist'])).toEqual([]);
    expect(kept(memory, ['in memory of her late mother '])).toEqual([]);
  });

  it.each([
    ['`née` between commas', 'Margit Ostrowska, née Pennywhistle, of Fargo, passed away', ['Pennywhistle'], ['passed away']],
    ['`nee` without its accent', 'Helen Carter (nee Threlkeld) died peacefully', ['Threlkeld'], ['died peacefully']],
    ['German `geb.`', 'Ingrid Hoffmann geb. Quellmalz verstarb am Montag', ['Quellmalz'], ['verstarb am Montag']],
    ['Swedish `född`', 'Anna Berg, född Vinterbladh, avled i Umeå', ['Vinterbladh'], ['avled i Umeå']],
    ['a late husband', 'She joins her late husband Fennimore in rest', ['Fennimore'], ['She joins her late husband ', ' in rest']],
    ['a beloved wife', 'survived by his beloved wife Ottoline', ['Ottoline'], ['survived by his beloved wife ']],
  ])('%s', (_kind, text, values, neighbours) => {
    expect(leaks(text, values)).toEqual([]);
    expect(kept(text, neighbours)).toEqual([]);
  });

  it('keeps a name with `née` in it and words after a late noun that is no kin', () => {
    expect(kept('the late shift Manager called', ['late shift Manager'])).toEqual([]);
  });

  it('runs in linear time', () => {
    const unit = 'Maria Kowalski, née Quarrington, of Duluth; her late mother Lindqvist. ';
    const make = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    expect(timeRatio((text) => detectSensitive(text), make)).toBeLessThanOrEqual(3);
  });
});
