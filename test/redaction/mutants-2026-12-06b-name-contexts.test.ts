// Issue 13: name-contexts.ts's code of 2026-12-06's second session (948deacc, e72cfc9a, a0cbe7d1,
// 19492af5, f90e1c46), from the survivors of its Stryker run (docs/TESTING.md, the row "name-contexts.ts
// and names.ts of 2026-12-06's second session"): each test was seen to fail with its mutant made by hand.
// - SpanGrid, the lone-name rules' index of the detections by 64-character blocks, against a plain walk
//   of `out` (its model): through the redactor a duplicate or a missed person is hidden by the overlap
//   resolution, so only a direct test sees the grid answer wrong.
// - detectContextNames called directly (no other detector, no overlap resolution): a person found
//   already is not pushed again, a kinship noun is cut from the person names.ts found over it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Detection } from '../../packages/core/src/redaction/types.js';
import { detectContextNames, SpanGrid } from '../../packages/core/src/redaction/name-contexts.js';

const TYPES = ['PERSON', 'EMAIL', 'ADDRESS'] as const;
const span = fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 140 }), fc.constantFrom(...TYPES));
const query = fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 140 }), fc.boolean(), fc.option(fc.constantFrom(...TYPES), { nil: undefined }));

const detection = ([start, length, type]: [number, number, string]): Detection => ({ start, end: start + length, type, class: 'pii' }) as Detection;

describe('SpanGrid against a plain walk of the detections', () => {
  it('find: a detection (of the type) that covers or overlaps the span, with detections pushed after the grid was made and some dropped', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 24 }), fc.array(span, { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 6 }), fc.array(query, { minLength: 1, maxLength: 12 }), (first, later, drops, queries) => {
        const out = first.map(detection);
        const grid = new SpanGrid(out);
        // A first query reads `out` as it is; later detections are read as `out` grows.
        grid.find(0, 1, false);
        for (const added of later) out.push(detection(added));
        const dropped = new Set<Detection>();
        for (const k of drops) {
          if (out.length === 0) break;
          const found = out[k % out.length] as Detection;
          grid.drop(found);
          dropped.add(found);
        }
        for (const [start, length, cover, type] of queries) {
          const end = start + length;
          const fits = (d: Detection): boolean => !dropped.has(d) && (type === undefined || d.type === type) && (cover ? d.start <= start && d.end >= end : d.start < end && d.end > start);
          const found = grid.find(start, end, cover, type);
          expect(found === undefined ? undefined : fits(found)).toBe(out.some(fits) ? true : undefined);
        }
        // exact: a PERSON of exactly the span, not dropped
        for (const d of out) {
          const exact = grid.exact(d.start, d.end);
          const model = out.some((o) => o.type === 'PERSON' && o.start === d.start && o.end === d.end && !dropped.has(o));
          expect(exact !== undefined).toBe(model);
          if (exact !== undefined) expect([exact.type, exact.start, exact.end, dropped.has(exact)]).toEqual(['PERSON', d.start, d.end, false]);
        }
        grid.removeDropped();
        expect(out.filter((d) => dropped.has(d))).toEqual([]);
        expect(out.length).toBe(first.length + later.length - dropped.size);
      }),
      { numRuns: 400 },
    );
  });

  it('exact: a person spanning the text exactly behind a longer one that covers it in its block', () => {
    const longer = detection([10, 40, 'PERSON']);
    const same = detection([20, 10, 'PERSON']);
    const grid = new SpanGrid([longer, same]);
    expect(grid.exact(20, 30)).toBe(same);
    grid.drop(same);
    expect(grid.exact(20, 30)).toBeUndefined();
    expect(grid.exact(10, 50)).toBe(longer);
    // an exact span of another type is none
    expect(new SpanGrid([detection([20, 10, 'EMAIL'])]).exact(20, 30)).toBeUndefined();
    // a person starting there but ending elsewhere is none
    expect(new SpanGrid([detection([20, 12, 'PERSON']), detection([20, 8, 'PERSON'])]).exact(20, 30)).toBeUndefined();
  });

  it('an empty detection and one across several blocks', () => {
    const empty = detection([64, 0, 'PERSON']);
    const wide = detection([60, 200, 'EMAIL']);
    const grid = new SpanGrid([empty, wide]);
    expect(grid.find(200, 210, true)).toBe(wide);
    expect(grid.find(255, 259, false, 'EMAIL')).toBe(wide);
    expect(grid.find(259, 270, false)).toBe(wide);
    expect(grid.find(260, 270, false)).toBeUndefined();
    expect(grid.find(63, 65, false, 'PERSON')).toBe(empty);
    expect(grid.find(64, 70, false, 'PERSON')).toBeUndefined();
    expect(grid.exact(64, 64)).toBe(empty);
  });
});

/** What detectContextNames pushes to `out` (after `before`): `TYPE:text`. */
function context(text: string, before: Detection[] = []): string[] {
  const out = [...before];
  detectContextNames(text, out);
  return out.map((d) => `${d.type}:${text.slice(d.start, d.end)}`);
}
const person = (text: string, name: string, from = 0): Detection => {
  const start = text.indexOf(name, from);
  return { start, end: start + name.length, type: 'PERSON', class: 'pii.person', normalized: name.toLowerCase() } as Detection;
};

describe('detectContextNames: a person found already is not pushed twice', () => {
  it('met …, a children\'s list, a kinship noun, a meeting for …', () => {
    for (const [text, name] of [
      ['We met Zephra at the flat.', 'Zephra'],
      ['Children: Zephra (5), Qxaro (9).', 'Zephra'],
      ['Mother Vlintuk is on the phone.', 'Vlintuk'],
      ['Mutter Demir ruft an.', 'Demir'],
      ['the review meeting for Nnamdi on 3 January', 'Nnamdi'],
    ] as const) {
      const alone = context(text);
      expect(alone).toContain(`PERSON:${name}`);
      const again = context(text, [person(text, name)]);
      expect(again.filter((d) => d === `PERSON:${name}`)).toHaveLength(1);
    }
  });

  it('a person of another type over the span does not count', () => {
    const text = 'We met Zephra at the flat.';
    const email = { ...person(text, 'Zephra'), type: 'EMAIL', class: 'pii.email' } as Detection;
    expect(context(text, [email])).toEqual(['EMAIL:Zephra', 'PERSON:Zephra']);
  });

  it('a recurring name is pushed where nothing covers it yet, not inside another detection', () => {
    const text = 'We met Zephra at the flat. Zephra was asleep. Mail: Zephra@example.org';
    expect(context(text)).toEqual(['PERSON:Zephra', 'PERSON:Zephra', 'PERSON:Zephra']);
    const mail = text.indexOf('Zephra@');
    const email = { start: mail, end: text.length, type: 'EMAIL', class: 'pii.email' } as Detection;
    expect(context(text, [email])).toEqual(['EMAIL:Zephra@example.org', 'PERSON:Zephra', 'PERSON:Zephra']);
  });
});

describe('detectContextNames: every word of a list item is a name word', () => {
  it('a two-word item with a place in it is no name', () => {
    expect(context('We met Zephra Vlintuk at the flat.')).toContain('PERSON:Zephra Vlintuk');
    expect(context('We met Zephra Boston at the flat.')).toEqual([]);
    expect(context('We met Boston Zephra at the flat.')).toEqual([]);
  });
});

describe('kinTitledNames: a name word after a capitalized kinship noun, called directly', () => {
  it('the plural of a common word is none; of a name word the lists lack, one', () => {
    expect(context('Kind Snacks are sold here.')).toEqual([]);
    expect(context('Mother Vlintuks are here.')).toEqual(['PERSON:Vlintuks']);
  });

  it('a possessive and a closing apostrophe are no part of the name', () => {
    expect(context("Mum Ndlovu's flat is cold.")).toEqual(['PERSON:Ndlovu']);
    expect(context("Mum Ndlov's flat is cold.")).toEqual(['PERSON:Ndlov']);
    expect(context("Mum Vlintuk' is here.")).toEqual(['PERSON:Vlintuk']);
  });

  it('opens a clause: not after a word the lead list lacks, also far into a text', () => {
    expect(context('xyz Mother Vlintuk is on the phone.')).toEqual([]);
    expect(context('Some text here and then Mother Vlintuk is on the phone.')).toEqual([]);
    expect(context('Some text here, and we spoke. Mother Vlintuk is on the phone.')).toEqual(['PERSON:Vlintuk']);
  });

  it('two words: each a name word, one at least the lists lack', () => {
    expect(context('Daughter Zephra Vlintuk (LPA) manages it.')).toEqual(['PERSON:Zephra Vlintuk']);
    expect(context('Daughter Zephra Boston (LPA) manages it.')).toEqual([]);
    expect(context('Daughter Boston Zephra (LPA) manages it.')).toEqual([]);
  });

  it('cuts the noun from a person found over the noun and the word; drops it for a personified noun', () => {
    const text = 'Vater Yıldız hat angerufen.';
    expect(context(text, [person(text, 'Vater Yıldız')])).toEqual(['PERSON:Yıldız']);
    const staat = 'Vater Staat zahlt.';
    expect(context(staat, [person(staat, 'Vater Staat')])).toEqual([]);
    // an English noun that is a name too stays with the name
    const son = 'Son Heungmin scored.';
    expect(context(son, [person(son, 'Son Heungmin')])).toEqual(['PERSON:Son Heungmin']);
  });
});

describe('repeatedNames: a recurring name is not pushed over part of another detection', () => {
  it('a detection that overlaps the recurrence without covering it', () => {
    const text = 'We met Zephra at the flat. Zephra was asleep.';
    const second = text.lastIndexOf('Zephra');
    const other = { start: second + 2, end: second + 12, type: 'EMAIL', class: 'pii.email' } as Detection;
    expect(context(text, [other])).toEqual(['EMAIL:phra was a', 'PERSON:Zephra']);
  });
});
