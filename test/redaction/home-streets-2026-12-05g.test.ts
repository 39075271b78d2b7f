// Home streets with no house number that the fourteenth README-only probe (2026-12-05g, issue 11)
// found stored raw:
// L15 a street after `I live on` / `lives on` / `is on` whose suffix is `Parkway`, `Terrace` or
//     `Way` (`Road`, `Lane` were masked): the street detector's one suffix list is read there.
// The row's inputs, other suffixes, and the places that stay.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { check } from './masked-text.js';

describe('L15: a home street with no house number', () => {
  it('the probe rows', () => {
    check([
      ['P-017: Sure, I live on Tamarack Ridge Parkway so I take the 14 bus', ['Tamarack Ridge Parkway'], ['P-017: Sure, I live on ', ' so I take the 14 bus']],
      ['P-018: I live on Wendover Terrace', ['Wendover Terrace'], ['I live on ']],
      ['P-019: I live on Bristlecone Way', ['Bristlecone Way'], ['I live on ']],
    ]);
  });

  it.each([
    ['Drive with no digit in the text', 'I live on Maple Drive', 'Maple Drive'],
    ['Circle', 'we live on Birch Circle with the kids', 'Birch Circle'],
    ['Court', 'they lived on Elm Court in 1990', 'Elm Court'],
    ['Crescent', 'she lives on Rowan Crescent now', 'Rowan Crescent'],
    ['Place after my home is on', 'my home is on Larkspur Place', 'Larkspur Place'],
    ['Trail', 'He lives on Quail Run Trail', 'Quail Run Trail'],
    ['Terrace before a full stop', 'I live on Kestrel Terrace. Thanks', 'Kestrel Terrace'],
  ])('%s', (_kind, text, street) => {
    check([[text, [street], []]]);
  });

  it('keeps places and prose after the same words', () => {
    check([
      ['She lives on Long Island', [], ['Long Island']],
      ['he lives on Mercer Island', [], ['Mercer Island']],
      ['The meeting is on Park Avenue', [], ['Park Avenue']],
      ['The game is on Channel Way', [], ['Channel Way']],
      ['Go via Abbey Road. Then left', [], ['Abbey Road']],
    ]);
  });

  it('runs in linear time', () => {
    const unit = 'I live on Silverbirch Parkway near the school and she lives on Kestrel Terrace now; my home is on ';
    const make = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    expect(timeRatio((text) => detectSensitive(text), make)).toBeLessThanOrEqual(3);
  });
});
