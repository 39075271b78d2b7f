import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { resolveSpans, type OverlapWork } from './overlaps.js';
import type { Detection } from './types.js';

const priorities: Record<string, number> = { SECRET: 0, EMAIL: 5, PHONE: 11 };
const priorityOf = (type: string): number => priorities[type] ?? 50;

/** The former quadratic resolution, kept as the oracle. */
function naive(detections: readonly Detection[]): Detection[] {
  const masked = detections.filter((d) => d.mask !== false && d.end > d.start);
  if (masked.length < 2) return masked;
  masked.sort((a, b) => priorityOf(a.type) - priorityOf(b.type) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Detection[] = [];
  for (const c of masked) if (kept.every((o) => c.end <= o.start || c.start >= o.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

const span = fc
  .record({ start: fc.nat(200), length: fc.nat(30), type: fc.constantFrom('SECRET', 'EMAIL', 'PHONE', 'CUSTOM'), mask: fc.constantFrom(true, true, true, false) })
  .map(({ start, length, type, mask }): Detection => ({ start, end: start + length, type, class: 'x', ...(mask ? {} : { mask: false }) }));

describe('resolveSpans', () => {
  it('keeps exactly what the greedy pairwise check keeps (same order, same winners)', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 60 }), (spans) => {
        expect(resolveSpans(spans, priorityOf)).toEqual(naive(spans));
      }),
      { numRuns: 400 },
    );
  });

  it('returns disjoint spans in start order', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 80 }), (spans) => {
        const kept = resolveSpans(spans, priorityOf);
        for (let i = 1; i < kept.length; i++) expect((kept[i] as Detection).start).toBeGreaterThanOrEqual((kept[i - 1] as Detection).end);
      }),
    );
  });

  // Linearity as counted work, not time: doubling the findings must cost about twice the steps
  // (n log n: a little over 2x), where the pairwise check cost 4x.
  it('does O(n log n) work: twice the findings cost at most ~2.2x the steps', () => {
    const workFor = (n: number, shape: 'disjoint' | 'nested' | 'same-start'): number => {
      const spans: Detection[] = [];
      for (let i = 0; i < n; i++) {
        if (shape === 'disjoint') spans.push({ start: i * 8, end: i * 8 + 6, type: 'IP', class: 'x' });
        else if (shape === 'nested') spans.push({ start: i, end: 2 * n - i, type: i % 2 ? 'EMAIL' : 'PHONE', class: 'x' });
        else spans.push({ start: 0, end: 1 + (i % 50), type: 'CUSTOM', class: 'x' });
      }
      const work: OverlapWork = { steps: 0 };
      resolveSpans(spans, priorityOf, work);
      return work.steps;
    };
    for (const shape of ['disjoint', 'nested', 'same-start'] as const) {
      expect(workFor(16_000, shape) / workFor(8_000, shape)).toBeLessThan(2.2);
      expect(workFor(64_000, shape) / workFor(32_000, shape)).toBeLessThan(2.2);
    }
  });
});
