import type { Detection } from './types.js';

/** Counts the elementary steps of one call, for tests that check the work grows as O(n log n). */
export interface OverlapWork {
  steps: number;
}

/**
 * Up to this many spans, the pairwise check (at most SMALL²/2 comparisons) is cheaper than
 * building the tree; the bound keeps the whole O(m log m).
 */
const SMALL = 24;

function resolveSmall(masked: Detection[], priorityOf: (type: string) => number, work?: OverlapWork): Detection[] {
  masked.sort((a, b) => {
    if (work) work.steps++;
    return priorityOf(a.type) - priorityOf(b.type) || b.end - b.start - (a.end - a.start) || a.start - b.start;
  });
  const kept: Detection[] = [];
  for (const candidate of masked) {
    let free = true;
    for (const other of kept) {
      if (work) work.steps++;
      if (candidate.end > other.start && candidate.start < other.end) {
        free = false;
        break;
      }
    }
    if (free) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Keeps a set of non-overlapping spans: candidates are taken greedily in order of `priorityOf`
 * (lower first), then longer first, then earlier first, and a candidate is kept when it
 * overlaps no span kept before it. Spans with `mask: false` or no length are dropped. Returns
 * the kept spans ordered by `start`.
 *
 * O(m log m) for m spans: one sort, then for each candidate one binary search and two Fenwick
 * tree walks over the distinct start offsets. (Checking each candidate against every kept span,
 * as before, was O(m²): 4x the findings cost 13.9x the time.) Kept spans are disjoint, so the
 * only one a candidate `[s, e)` can overlap is the kept span with the largest start below `e`.
 */
export function resolveSpans(detections: readonly Detection[], priorityOf: (type: string) => number, work?: OverlapWork): Detection[] {
  const masked = detections.filter((detection) => detection.mask !== false && detection.end > detection.start);
  if (masked.length < 2) return masked;
  if (masked.length <= SMALL) return resolveSmall(masked, priorityOf, work);
  const count = masked.length;
  const rank = new Float64Array(count);
  for (let i = 0; i < count; i++) rank[i] = priorityOf((masked[i] as Detection).type);
  const order = Array.from({ length: count }, (_, i) => i);
  order.sort((a, b) => {
    if (work) work.steps++;
    const x = masked[a] as Detection;
    const y = masked[b] as Detection;
    return (rank[a] as number) - (rank[b] as number) || y.end - y.start - (x.end - x.start) || x.start - y.start;
  });

  // Distinct start offsets, ascending: the coordinates of the Fenwick tree.
  const sortedStarts = Float64Array.from(masked, (detection) => detection.start).sort();
  let distinct = 0;
  for (let i = 0; i < count; i++) if (i === 0 || sortedStarts[i] !== sortedStarts[i - 1]) sortedStarts[distinct++] = sortedStarts[i] as number;
  const starts = sortedStarts.subarray(0, distinct);
  if (work) work.steps += count;

  const tree = new Int32Array(distinct + 1);
  const keptEnd = new Float64Array(distinct);
  let topBit = 1;
  while (topBit * 2 <= distinct) topBit *= 2;
  /** Index of the last start <= value, or -1. */
  const lastAtOrBelow = (value: number): number => {
    let lo = 0;
    let hi = distinct;
    while (lo < hi) {
      if (work) work.steps++;
      const mid = (lo + hi) >>> 1;
      if ((starts[mid] as number) <= value) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };
  const markedUpTo = (index: number): number => {
    let sum = 0;
    for (let i = index + 1; i > 0; i -= i & -i) {
      if (work) work.steps++;
      sum += tree[i] as number;
    }
    return sum;
  };
  /** Index of the k-th marked start (1-based k). */
  const kthMarked = (k: number): number => {
    let position = 0;
    let rest = k;
    for (let step = topBit; step > 0; step >>= 1) {
      if (work) work.steps++;
      const next = position + step;
      if (next <= distinct && (tree[next] as number) < rest) {
        position = next;
        rest -= tree[next] as number;
      }
    }
    return position;
  };
  const mark = (index: number): void => {
    for (let i = index + 1; i <= distinct; i += i & -i) {
      if (work) work.steps++;
      tree[i] = (tree[i] as number) + 1;
    }
  };

  const kept: Detection[] = [];
  for (const at of order) {
    const candidate = masked[at] as Detection;
    const below = lastAtOrBelow(candidate.end - 1);
    const marked = below < 0 ? 0 : markedUpTo(below);
    if (marked > 0 && (keptEnd[kthMarked(marked)] as number) > candidate.start) continue;
    const own = lastAtOrBelow(candidate.start);
    mark(own);
    keptEnd[own] = candidate.end;
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}
