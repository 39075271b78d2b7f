/**
 * The furthest end among spans that start before a position, answered by a binary search over the
 * spans sorted by start once (with the largest end up to each), instead of a scan of every span per
 * question: a rule that asks once per detection whether an earlier one overlaps or covers it is then
 * O(n log n) over a text, not O(n²) (issue 11, the linear-time sweep of 2026-12-05).
 *
 * Reads `start` and `end` when made: later changes to the spans are not seen.
 */
export interface SpanReach {
  /** The largest `end` of the spans whose `start` < `position`; -Infinity when none does. */
  endBefore(position: number): number;
  /** Index (in start order) of the first span whose start is >= `position`. */
  firstAtOrAfter(position: number): number;
  /** The spans in start order (the same objects). */
  readonly ordered: readonly { start: number; end: number }[];
  /** Their starts as they were when made, in that order. */
  readonly starts: readonly number[];
}

export function spanReach<S extends { start: number; end: number }>(spans: readonly S[]): SpanReach & { readonly ordered: readonly S[] } {
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  const starts = ordered.map((span) => span.start);
  const reach: number[] = [];
  let furthest = -Infinity;
  for (const span of ordered) {
    if (span.end > furthest) furthest = span.end;
    reach.push(furthest);
  }
  const firstAtOrAfter = (position: number): number => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((starts[mid] as number) < position) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    ordered,
    starts,
    firstAtOrAfter,
    endBefore: (position) => {
      const at = firstAtOrAfter(position);
      return at === 0 ? -Infinity : (reach[at - 1] as number);
    },
  };
}
