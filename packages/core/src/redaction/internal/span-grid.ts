import type { Detection } from '../types.js';

/**
 * The detections of one `out` by the blocks of 64 characters they touch, read as `out` grows (only pushed to while the
 * grid is in use; a detection cut shorter in place stays in its blocks): whether one overlaps or covers a span, asked
 * once per match of a rule, costs the detections near it, not a walk of `out` (which made many matches quadratic).
 * Used by name-contexts.ts's lone-name rules and names.ts's shortPinyinSurnames; tested against a plain walk of `out`
 * (test/redaction/mutants-2026-12-06b-name-contexts.test.ts, through name-contexts.ts's re-export).
 */
export class SpanGrid {
  private readonly blocks = new Map<number, Detection[]>();
  private read = 0;
  private readonly dropped = new Set<Detection>();
  constructor(private readonly out: Detection[]) {}
  private sync(): void {
    for (; this.read < this.out.length; this.read++) {
      const found = this.out[this.read] as Detection;
      const last = Math.max(found.start, found.end - 1) >> 6;
      for (let block = found.start >> 6; block <= last; block++) {
        const list = this.blocks.get(block);
        if (list === undefined) this.blocks.set(block, [found]);
        else list.push(found);
      }
    }
  }
  /** A detection (of `type` when given) that covers text[start, end) (`cover`) or overlaps it; undefined when none. */
  find(start: number, end: number, cover: boolean, type?: string): Detection | undefined {
    this.sync();
    const last = Math.max(start, end - 1) >> 6;
    for (let block = start >> 6; block <= last; block++) {
      const list = this.blocks.get(block);
      if (list === undefined) continue;
      for (let k = 0; k < list.length; k++) {
        const found = list[k] as Detection;
        if ((type !== undefined && found.type !== type) || this.dropped.has(found)) continue;
        if (cover ? found.start <= start && found.end >= end : found.start < end && found.end > start) return found;
      }
    }
    return undefined;
  }
  /** A PERSON spanning exactly text[start, end), or undefined. */
  exact(start: number, end: number): Detection | undefined {
    const found = this.find(start, end, true, 'PERSON');
    if (found !== undefined && found.start === start && found.end === end) return found;
    // Another person may cover the span first in its block: look at every one that starts there.
    const list = this.blocks.get(start >> 6) ?? [];
    for (let k = 0; k < list.length; k++) {
      const other = list[k] as Detection;
      if (other.type === 'PERSON' && other.start === start && other.end === end && !this.dropped.has(other)) return other;
    }
    return undefined;
  }
  /** Marks a detection to be removed from `out` (removeDropped). */
  drop(found: Detection): void {
    this.dropped.add(found);
  }
  /** Removes the dropped detections from `out` in one pass. */
  removeDropped(): void {
    if (this.dropped.size === 0) return;
    let write = 0;
    for (let k = 0; k < this.out.length; k++) {
      const found = this.out[k] as Detection;
      if (!this.dropped.has(found)) this.out[write++] = found;
    }
    this.out.length = write;
  }
}
