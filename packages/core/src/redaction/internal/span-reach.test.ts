import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spanReach } from './span-reach.js';

// spanReach against the scans it replaces (issue 11: names.ts overlapsBefore and detectors.ts
// detectNameCommaPhones ask it once per detection): endBefore is the largest end of the spans that
// start before a position, firstAtOrAfter the number of spans that start before it. Spans with
// equal starts, ends before starts and negative positions included.
const span = fc.record({ start: fc.integer({ min: -5, max: 30 }), end: fc.integer({ min: -5, max: 40 }) });
const spans = fc.array(span, { maxLength: 12 });
const position = fc.integer({ min: -8, max: 45 });

describe('internal/span-reach.ts', () => {
  it('endBefore is the largest end of the spans starting before the position, -Infinity when none', () => {
    fc.assert(fc.property(spans, position, (s, at) => {
      const ends = s.filter((x) => x.start < at).map((x) => x.end);
      expect(spanReach(s).endBefore(at)).toBe(ends.length === 0 ? -Infinity : Math.max(...ends));
    }));
  });

  it('firstAtOrAfter is the index in start order of the first span starting at or after the position', () => {
    fc.assert(fc.property(spans, position, (s, at) => {
      const reach = spanReach(s);
      const index = reach.firstAtOrAfter(at);
      expect(index).toBe(s.filter((x) => x.start < at).length);
      if (index < reach.ordered.length) expect(reach.ordered[index]?.start).toBeGreaterThanOrEqual(at);
      if (index > 0) expect(reach.ordered[index - 1]?.start).toBeLessThan(at);
    }));
  });

  it('ordered holds the same objects sorted by start (stable), starts their starts', () => {
    fc.assert(fc.property(spans, (s) => {
      const reach = spanReach(s);
      const expected = s.map((x, k) => ({ x, k })).sort((a, b) => a.x.start - b.x.start || a.k - b.k).map(({ x }) => x);
      expect(reach.ordered.length).toBe(s.length);
      reach.ordered.forEach((x, k) => expect(x).toBe(expected[k]));
      expect(reach.starts).toEqual(expected.map((x) => x.start));
    }));
  });

  it('a few spans by hand: the furthest end, not the last one, answers', () => {
    const a = { start: 10, end: 30 };
    const b = { start: 0, end: 5 };
    const c = { start: 20, end: 25 };
    const reach = spanReach([a, b, c]);
    expect(reach.ordered).toEqual([b, a, c]);
    expect(reach.starts).toEqual([0, 10, 20]);
    expect([0, 1, 10, 11, 20, 21, 99].map((p) => reach.endBefore(p))).toEqual([-Infinity, 5, 5, 30, 30, 30, 30]);
    expect([-1, 0, 1, 10, 11, 20, 21].map((p) => reach.firstAtOrAfter(p))).toEqual([0, 0, 1, 1, 2, 2, 3]);
    expect(spanReach([]).endBefore(Infinity)).toBe(-Infinity);
    expect(spanReach([]).firstAtOrAfter(0)).toBe(0);
  });

  it('reads starts and ends when made: later changes to the spans and to the array are not seen', () => {
    const a = { start: 4, end: 9 };
    const b = { start: 12, end: 15 };
    const list = [b, a];
    const reach = spanReach(list);
    a.start = 20;
    a.end = 50;
    list.push({ start: 0, end: 99 });
    expect(reach.starts).toEqual([4, 12]);
    expect(reach.endBefore(5)).toBe(9);
    expect(reach.endBefore(13)).toBe(15);
    expect(reach.firstAtOrAfter(13)).toBe(2);
    expect(list.slice(0, 2)).toEqual([b, a]);
  });
});
