// What overlap resolution promises (issue 13, from surviving mutants): which findings are
// masked at all, which of two overlapping ones wins (priority, then length, then the earlier
// start), that touching spans both stay, that the result is in start order, that both the
// pairwise path (up to 24 spans) and the Fenwick-tree path (25 and more) keep the same spans,
// and that `work.steps` counts exactly the elementary steps the O(m log m) bound is about.
import { describe, expect, it } from 'vitest';
import { resolveSpans, type OverlapWork } from './overlaps.js';
import type { Detection } from './types.js';

const priorities: Record<string, number> = { SECRET: 0, EMAIL: 5, PHONE: 11 };
const priorityOf = (type: string): number => priorities[type] ?? 50;
const d = (start: number, end: number, type = 'CUSTOM', mask?: boolean): Detection => ({ start, end, type, class: 'x', ...(mask === undefined ? {} : { mask }) });
const spans = (kept: readonly Detection[]): Array<[number, number, string]> => kept.map((k) => [k.start, k.end, k.type]);
/** Disjoint spans far to the right of everything else, to push a case onto the tree path. */
const filler = (n: number): Detection[] => Array.from({ length: n }, (_, i) => d(10_000 + i * 10, 10_000 + i * 10 + 5, 'PHONE'));

// Each case, alone (the pairwise path) and with 30 far-away spans (the tree path).
const cases: Array<[string, Detection[], Array<[number, number, string]>]> = [
  ['the lower priority number wins over a longer span', [d(0, 20, 'EMAIL'), d(5, 8, 'SECRET')], [[5, 8, 'SECRET']]],
  ['the lower priority number wins whatever the order given', [d(5, 8, 'SECRET'), d(0, 20, 'EMAIL')], [[5, 8, 'SECRET']]],
  ['at one priority the longer span wins', [d(0, 4), d(2, 10)], [[2, 10, 'CUSTOM']]],
  ['at one priority the longer span wins, given first', [d(2, 10), d(0, 4)], [[2, 10, 'CUSTOM']]],
  ['at one priority and length the earlier start wins', [d(2, 6), d(0, 4)], [[0, 4, 'CUSTOM']]],
  ['the earlier start wins, given first', [d(0, 4), d(2, 6)], [[0, 4, 'CUSTOM']]],
  ['a chain of equal spans keeps every other one, from the left', [d(4, 8), d(2, 6), d(0, 4), d(6, 10)], [[0, 4, 'CUSTOM'], [4, 8, 'CUSTOM']]],
  ['spans that only touch both stay', [d(4, 8), d(0, 4)], [[0, 4, 'CUSTOM'], [4, 8, 'CUSTOM']]],
  ['a lower-ranked span ending where a kept one starts stays', [d(4, 8, 'SECRET'), d(0, 4, 'EMAIL')], [[0, 4, 'EMAIL'], [4, 8, 'SECRET']]],
  ['a span overlapping by its last character loses', [d(3, 5, 'EMAIL'), d(0, 4, 'SECRET')], [[0, 4, 'SECRET']]],
  ['a span overlapping by its first character loses', [d(3, 5, 'SECRET'), d(0, 4, 'EMAIL')], [[3, 5, 'SECRET']]],
  ['a span inside a kept one loses', [d(0, 10, 'SECRET'), d(3, 4, 'EMAIL'), d(0, 1, 'PHONE'), d(9, 10, 'PHONE')], [[0, 10, 'SECRET']]],
  ['one kept span does not shadow a later free one', [d(0, 10, 'SECRET'), d(2, 4, 'EMAIL'), d(10, 12, 'EMAIL'), d(20, 21, 'PHONE')], [[0, 10, 'SECRET'], [10, 12, 'EMAIL'], [20, 21, 'PHONE']]],
  ['a span bridging two kept ones loses', [d(0, 4, 'SECRET'), d(6, 9, 'SECRET'), d(3, 7, 'EMAIL')], [[0, 4, 'SECRET'], [6, 9, 'SECRET']]],
  ['spans at one start: the longest of the best priority', [d(0, 3, 'PHONE'), d(0, 2, 'EMAIL'), d(0, 5, 'PHONE'), d(2, 4, 'EMAIL')], [[0, 2, 'EMAIL'], [2, 4, 'EMAIL']]],
];

describe('resolveSpans: the winners', () => {
  it.each(cases)('%s (pairwise path)', (_label, input, expected) => {
    expect(spans(resolveSpans(input, priorityOf))).toEqual(expected);
  });

  it.each(cases)('%s (tree path)', (_label, input, expected) => {
    const far = filler(30);
    expect(spans(resolveSpans([...far, ...input], priorityOf))).toEqual([...expected, ...spans(far)]);
    expect(spans(resolveSpans([...input, ...far], priorityOf))).toEqual([...expected, ...spans(far)]);
  });

  it('returns the spans given (the same objects), in start order', () => {
    const a = d(30, 40);
    const b = d(0, 5);
    const c = d(10, 20);
    const kept = resolveSpans([a, b, c], priorityOf);
    expect(kept).toHaveLength(3);
    expect(kept[0]).toBe(b);
    expect(kept[1]).toBe(c);
    expect(kept[2]).toBe(a);
    const many = [...filler(30)].reverse();
    expect(resolveSpans(many, priorityOf).map((k) => k.start)).toEqual(many.map((k) => k.start).reverse());
  });
});

describe('resolveSpans: what is masked at all', () => {
  it('drops spans with mask: false, even when they would win', () => {
    expect(spans(resolveSpans([d(0, 20, 'SECRET', false), d(5, 8, 'EMAIL')], priorityOf))).toEqual([[5, 8, 'EMAIL']]);
    expect(spans(resolveSpans([d(0, 20, 'SECRET', false)], priorityOf))).toEqual([]);
    expect(spans(resolveSpans([d(0, 20, 'SECRET', false), d(30, 40, 'SECRET', false), d(50, 51)], priorityOf))).toEqual([[50, 51, 'CUSTOM']]);
  });

  it('keeps spans with mask: true or no mask member', () => {
    expect(spans(resolveSpans([d(0, 2, 'SECRET', true), d(4, 6)], priorityOf))).toEqual([[0, 2, 'SECRET'], [4, 6, 'CUSTOM']]);
  });

  it('drops spans with no length or a negative one, which would otherwise win', () => {
    expect(spans(resolveSpans([d(5, 5, 'SECRET'), d(0, 10, 'EMAIL')], priorityOf))).toEqual([[0, 10, 'EMAIL']]);
    expect(spans(resolveSpans([d(8, 2, 'SECRET'), d(0, 10, 'EMAIL')], priorityOf))).toEqual([[0, 10, 'EMAIL']]);
    expect(spans(resolveSpans([d(5, 5, 'SECRET')], priorityOf))).toEqual([]);
    expect(spans(resolveSpans([...filler(30), d(5, 5, 'SECRET'), d(8, 2, 'SECRET'), d(0, 10, 'EMAIL')], priorityOf))).toEqual([[0, 10, 'EMAIL'], ...spans(filler(30))]);
  });

  it('returns a single span, or none, as it is', () => {
    expect(resolveSpans([], priorityOf)).toEqual([]);
    const only = d(3, 4);
    expect(resolveSpans([only], priorityOf)).toEqual([only]);
  });

  it('resolves exactly two overlapping spans', () => {
    expect(spans(resolveSpans([d(0, 4), d(1, 3)], priorityOf))).toEqual([[0, 4, 'CUSTOM']]);
  });
});

// The model of `work.steps`: one per comparison of the priority sort; on the pairwise path
// (2-24 spans) one per pair checked until the first overlap; on the tree path one per span for
// the distinct starts, one per probe of each binary search and one per Fenwick node visited.
const byRank = (a: Detection, b: Detection): number => priorityOf(a.type) - priorityOf(b.type) || b.end - b.start - (a.end - a.start) || a.start - b.start;

function expectedSteps(detections: readonly Detection[]): number {
  const masked = detections.filter((x) => x.mask !== false && x.end > x.start);
  if (masked.length < 2) return 0;
  let steps = 0;
  if (masked.length <= 24) {
    // The same sort over the same array makes the same comparisons.
    const sorted = [...masked].sort((a, b) => {
      steps++;
      return byRank(a, b);
    });
    const kept: Detection[] = [];
    for (const c of sorted) {
      let free = true;
      for (const o of kept) {
        steps++;
        if (c.end > o.start && c.start < o.end) {
          free = false;
          break;
        }
      }
      if (free) kept.push(c);
    }
    return steps;
  }
  const order = Array.from({ length: masked.length }, (_, i) => i).sort((a, b) => {
    steps++;
    return byRank(masked[a] as Detection, masked[b] as Detection);
  });
  const starts = [...new Set(masked.map((x) => x.start))].sort((a, b) => a - b);
  const n = starts.length;
  steps += masked.length;
  const probes = (value: number): number => {
    let count = 0;
    for (let lo = 0, hi = n; lo < hi; count++) {
      const mid = Math.floor((lo + hi) / 2);
      if ((starts[mid] as number) <= value) lo = mid + 1;
      else hi = mid;
    }
    return count;
  };
  const lowBit = (i: number): number => i & -i;
  let levels = 0;
  while (2 ** levels <= n) levels++;
  const kept: Detection[] = [];
  for (const at of order) {
    const c = masked[at] as Detection;
    steps += probes(c.end - 1);
    const below = starts.filter((s) => s <= c.end - 1).length - 1;
    for (let i = below + 1; i > 0; i -= lowBit(i)) steps++;
    if (kept.some((k) => k.start <= c.end - 1)) steps += levels;
    if (kept.some((k) => c.end > k.start && c.start < k.end)) continue;
    steps += probes(c.start);
    for (let i = starts.indexOf(c.start) + 1; i <= n; i += lowBit(i)) steps++;
    kept.push(c);
  }
  return steps;
}

describe('resolveSpans: work.steps', () => {
  const shapes: Array<[string, Detection[]]> = [
    ['2 overlapping', [d(0, 4), d(1, 3)]],
    ['5 mixed', [d(0, 20, 'EMAIL'), d(5, 8, 'SECRET'), d(30, 31), d(29, 33, 'PHONE'), d(8, 9)]],
    ['24 nested (the last pairwise size)', Array.from({ length: 24 }, (_, i) => d(i, 60 - i, i % 2 ? 'EMAIL' : 'PHONE'))],
    ['25 nested (the first tree size)', Array.from({ length: 25 }, (_, i) => d(i, 60 - i, i % 2 ? 'EMAIL' : 'PHONE'))],
    ['32 distinct starts (a power of two)', Array.from({ length: 32 }, (_, i) => d(i * 3, i * 3 + 1 + (i % 5), i % 3 ? 'CUSTOM' : 'EMAIL'))],
    ['40 with shared starts and touching ends', Array.from({ length: 40 }, (_, i) => d((i % 13) * 4, (i % 13) * 4 + 1 + (i % 7), ['SECRET', 'EMAIL', 'PHONE', 'CUSTOM'][i % 4]))],
    ['50 disjoint', Array.from({ length: 50 }, (_, i) => d(i * 8, i * 8 + 6))],
    ['64 at one start', Array.from({ length: 64 }, (_, i) => d(0, 1 + (i % 50)))],
  ];

  it.each(shapes)('%s: the exact count', (_label, input) => {
    const work: OverlapWork = { steps: 0 };
    const kept = resolveSpans(input, priorityOf, work);
    expect(work.steps).toBe(expectedSteps(input));
    expect(work.steps).toBeGreaterThan(input.length - 1);
    // Counting does not change the answer.
    expect(resolveSpans(input, priorityOf)).toEqual(kept);
  });

  it('adds to the count it is given', () => {
    const input = shapes[5]?.[1] ?? [];
    const work: OverlapWork = { steps: 1000 };
    resolveSpans(input, priorityOf, work);
    expect(work.steps).toBe(1000 + expectedSteps(input));
  });

  it('counts nothing for fewer than two masked spans', () => {
    const work: OverlapWork = { steps: 0 };
    resolveSpans([d(0, 3), d(1, 2, 'X', false), d(4, 4)], priorityOf, work);
    expect(work.steps).toBe(0);
  });
});
