// Handles built from a person's name that the fourteenth README-only probe (2026-12-05g, issue 11)
// found stored raw:
// L17 a username after `my DNA match` (`pwainwright83`, `chidi_eo79`, `leovdh`) beside a masked name.
// A narrow rule: a handle after a genealogy site's match, a possessive and a handle's word, a
// gamertag, `aka`; the rest of a text's words stay.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { check } from './masked-text.js';

describe('L17: a handle after the words that say it is one', () => {
  it('the probe rows', () => {
    check([
      ['my DNA match pwainwright83 turned out to be Barnaby Colquhoun, a second cousin', ['pwainwright83', 'Barnaby', 'Colquhoun'], ['my DNA match ', ' turned out to be ']],
      ['my DNA match chidi_eo79 turned out to be Chidinma Eze-Oyelaran', ['chidi_eo79'], ['my DNA match ']],
      ['my DNA match leovdh turned out to be Leopold Vanderhoeven', ['leovdh'], ['my DNA match ']],
    ]);
  });

  it.each([
    ['Ancestry matches with a colon', 'Ancestry matches: tq_fairweather (212 cM)', 'tq_fairweather'],
    ['a handle after a possessive', 'my handle is @leovdh on twitter', 'leovdh'],
    ['a gamertag', 'add me, my gamertag is NightOwl77', 'NightOwl77'],
    ['a username in prose', 'her username was mquintanilla', 'mquintanilla'],
    ['aka', 'Torvald (aka thaugen_s) joined the raid', 'thaugen_s'],
  ])('%s', (_kind, text, handle) => {
    check([[text, [handle], []]]);
  });

  it('keeps words, versions and accounts after the same words', () => {
    check([
      ['This DNA match is a strong one', [], ['is a strong one']],
      ['my username is admin', [], ['admin']],
      ['please handle with care', [], ['with care']],
      ['also known as, aka v2.3', [], ['v2.3']],
      ['aka the boss', [], ['the boss']],
      ['The match ended 3-1', [], ['3-1']],
      ['username: rkumar', [], ['rkumar']],
    ]);
  });

  it('runs in linear time', () => {
    const unit = 'my DNA match pwainwright83 shares 212 cM; aka leovdh; match match handle aka ';
    const make = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    expect(timeRatio((text) => detectSensitive(text), make)).toBeLessThanOrEqual(3);
  });
});
