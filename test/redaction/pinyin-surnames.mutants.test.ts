// Issue 13: names.ts shortPinyinSurnames (a romanised Chinese name after a two-letter surname in capitals,
// `LI Wei`), whose check per match asks SpanGrid since 659ac98 (2026-12-06, linear time), written from the
// Stryker run of 2026-12-06e (docs/TESTING.md, its row). Its tests went through the redactor
// (form-name-labels-2026-12-05e.test.ts: whether the names were masked, the overlap resolution hiding a
// person pushed twice or one widened wrong). detectPersons called directly, with detections in `out`
// before it: a PERSON covering the given name takes the surname in (its start and normalized value), one
// that starts at or before the surname is left as it was, a detection of another type or one that only
// overlaps stops the push, one syllable needs a listed given name or a covering person.
import { describe, expect, it } from 'vitest';
import { detectPersons } from '../../packages/core/src/redaction/names.js';
import type { Detection } from '../../packages/core/src/redaction/types.js';

type Prior = [start: number, end: number, type: Detection['type']];

/** Every detection in `out` after detectPersons, `TYPE:value@start|normalized`, in order; `prior` ones first in `out` (normalized `N`). */
const after = (text: string, prior: Prior[] = []): string[] => {
  const out: Detection[] = prior.map(([start, end, type]) => ({ start, end, type, class: 'pii.person', normalized: 'N' }));
  detectPersons(text, out);
  return out.map((d) => `${d.type}:${text.slice(d.start, d.end)}@${d.start}|${d.normalized}`);
};

describe('shortPinyinSurnames: the name pushed', () => {
  it('a surname of two capitals, one blank or tab, a given name of pinyin syllables', () => {
    expect(after('name LI Zhiqiang / x')).toEqual(['PERSON:LI Zhiqiang@5|li zhiqiang']);
    expect(after('name LI Zhangweiming here')).toEqual(['PERSON:LI Zhangweiming@5|li zhangweiming']);
    expect(after('LI\tWei')).toEqual(['PERSON:LI\tWei@0|li wei']);
    expect(after('Passenger: WU Xiaoming, seat')).toEqual(['PERSON:WU Xiaoming@11|wu xiaoming']);
  });

  it('one syllable only when listed as a given name', () => {
    expect(after('name LI Wei / ID')).toEqual(['PERSON:LI Wei@5|li wei']);
    expect(after('name LI Na here')).toEqual(['PERSON:LI Na@5|li na']);
    expect(after('name LI Qiang here')).toEqual([]);
  });

  it('no pinyin, an English word, a place: nothing', () => {
    for (const text of ['DI Water', 'MA Thesis', 'HE Said no', 'YE Olde', 'name LI Paris here', 'name LI Xyz here']) expect(after(text)).toEqual([]);
  });

  it('each match on a line of many', () => {
    expect(after('name LI Wei, LI Wei, LI Wei')).toEqual(['PERSON:LI Wei@5|li wei', 'PERSON:LI Wei@13|li wei', 'PERSON:LI Wei@21|li wei']);
  });
});

describe('shortPinyinSurnames: the detections found before', () => {
  it('a PERSON covering the given name takes the surname in, its normalized value with it', () => {
    expect(after('name LI Zhiqiang / x', [[8, 16, 'PERSON']])).toEqual(['PERSON:LI Zhiqiang@5|li zhiqiang']);
    expect(after('name LI Qiang / x', [[8, 13, 'PERSON']])).toEqual(['PERSON:LI Qiang@5|li qiang']);
  });

  it('the widened value\'s blanks read as one', () => {
    expect(after('name LI Zhiqiang  Wang / x', [[8, 22, 'PERSON']])).toEqual(['PERSON:LI Zhiqiang  Wang@5|li zhiqiang wang', 'PERSON:Wang@18|wang']);
  });

  it('a PERSON that starts at the surname or before it is left as it was', () => {
    expect(after('name LI Zhiqiang / x', [[5, 16, 'PERSON']])).toEqual(['PERSON:LI Zhiqiang@5|N']);
    expect(after('name LI Zhiqiang / x', [[0, 16, 'PERSON']])).toEqual(['PERSON:name LI Zhiqiang@0|N']);
  });

  it('a PERSON that covers only part of the given name: no push, nothing widened', () => {
    expect(after('name LI Zhiqiang / x', [[8, 15, 'PERSON']])).toEqual(['PERSON:Zhiqian@8|N']);
    expect(after('name LI Qiang / x', [[9, 13, 'PERSON']])).toEqual(['PERSON:iang@9|N']);
  });

  it('a detection of another type over the match stops the push, one beside it does not', () => {
    expect(after('name LI Zhiqiang / x', [[8, 16, 'ID']])).toEqual(['ID:Zhiqiang@8|N']);
    expect(after('name LI Zhiqiang / x', [[3, 6, 'ID']])).toEqual(['ID:e L@3|N']);
    expect(after('name LI Zhiqiang / x', [[15, 18, 'ID']])).toEqual(['ID:g /@15|N']);
    expect(after('name LI Zhiqiang / x', [[16, 18, 'ID']])).toEqual(['ID: /@16|N', 'PERSON:LI Zhiqiang@5|li zhiqiang']);
    expect(after('name LI Zhiqiang / x', [[4, 5, 'ID']])).toEqual(['ID: @4|N', 'PERSON:LI Zhiqiang@5|li zhiqiang']);
  });

  it('a detection far along a long line (another block of 64) is no cover', () => {
    const text = `name LI Zhiqiang ${'x '.repeat(60)}end`;
    expect(after(text, [[100, 110, 'PERSON']])).toEqual([`PERSON:${text.slice(100, 110)}@100|N`, 'PERSON:LI Zhiqiang@5|li zhiqiang']);
    const late = `${'x '.repeat(40)}name LI Zhiqiang`;
    expect(after(late, [[88, 96, 'PERSON']])).toEqual(['PERSON:LI Zhiqiang@85|li zhiqiang']);
  });
});
