// Directory lines the fourteenth README-only probe (2026-12-05g, issue 11) found stored raw:
// L2 `Surname, Given & Given2` (church, club and parish directories, a family's membership): the surname was
//    masked, both given names after the comma and ` & ` stayed raw (read as a firm `Philippa & Barnaby`).
// The row's inputs, other directory lines made up here, and the firms and neighbouring text that stay.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { kept, leaks, masked } from './masked-text.js';

describe('L2: the given names of a directory line `Surname, Given & Given2`', () => {
  it('the probe rows', () => {
    const line = 'Wainwright, Philippa & Barnaby ... 2718 Juniper Hollow Road ... 503-555-0142';
    expect(leaks(line, ['Wainwright', 'Philippa', 'Barnaby'])).toEqual([]);
    expect(kept(line, [' & ', ' ... '])).toEqual([]);
    expect(leaks('Eze-Oyelaran, Chidinma & Thaddeus ... 12 Elm Row', ['Chidinma', 'Thaddeus'])).toEqual([]);
    expect(leaks('Vanderhoeven, Leopold & Ottilie ... 8 Mill Lane', ['Leopold', 'Ottilie'])).toEqual([]);
    expect(leaks('Abernathy, Rosalind & Ignatius ... 12 Elm Row', ['Rosalind', 'Ignatius'])).toEqual([]);
  });

  it.each([
    ['a directory with a header', 'PARISH DIRECTORY 2026\nPemberton, Araminta & Octavian ... 41 Oak Street\nFairbrother, Imogen & Lucius ... 9 Ash Court', ['Araminta', 'Octavian', 'Imogen', 'Lucius']],
    ['families after a label, split by `;`', 'Member families: Ferreira, Beatriz & Joaquim; Lindgren, Astrid & Henrik', ['Beatriz', 'Joaquim', 'Astrid', 'Henrik']],
    ['a tab-separated row', 'Household\tHollingsworth, Margery & Ambrose\t555-0199', ['Margery', 'Ambrose']],
    ['a second word that is also an English word', 'Families: Haugland, Solveig & Per', ['Solveig']],
  ])('%s', (_kind, text, values) => {
    expect(leaks(text, values)).toEqual([]);
  });

  it.each([
    ['a listed firm', 'Suppliers: Acme, Procter & Gamble', 'Procter & Gamble'],
    ['a bookseller', 'Counsel: Smith, Barnes & Noble', 'Barnes & Noble'],
    ['a firm with its sons', 'Bakers: Wainwright, Philippa & Sons', '& Sons'],
    ['a firm and company', 'Vendors: Smith, Jones & Co', 'Jones & Co'],
  ])('keeps %s', (_kind, text, value) => {
    expect(kept(text, [value])).toEqual([]);
  });

  it('no directory line in prose: a pair after a comma in mid-sentence stays as it was', () => {
    expect(masked('We stock Apple, Marks & Spencer and more')).toContain('Marks & Spencer');
  });

  it('runs in linear time', () => {
    const unit = 'Wainwright, Philippa & Barnaby ... 12 Elm Row\nAcme, Procter & Gamble; ';
    const make = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    expect(timeRatio((text) => detectSensitive(text), make)).toBeLessThanOrEqual(3);
  });
});
