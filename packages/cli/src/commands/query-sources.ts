import type { AuditEvent } from '@agent-audit/core';

/** Time order across sources: `ts`, then stream and `seq` (so ties stay stable and repeatable). */
function before(a: AuditEvent, b: AuditEvent): boolean {
  if (a.ts !== b.ts) return a.ts < b.ts;
  if (a.stream !== b.stream) return a.stream < b.stream;
  return a.seq < b.seq;
}

/**
 * Merges several time-ordered event sources (ledger folders of several processes, a
 * PostgreSQL store) into one time-ordered sequence, reading each source lazily.
 *
 * @example
 * ```ts
 * for await (const event of mergeByTime([queryLedger('./agent', f), queryLedger('./proxy', f)])) print(event);
 * ```
 */
export async function* mergeByTime(sources: ReadonlyArray<AsyncIterable<AuditEvent>>): AsyncGenerator<AuditEvent> {
  const iterators = sources.map((source) => source[Symbol.asyncIterator]());
  const heads = await Promise.all(iterators.map((iterator) => iterator.next()));
  try {
    for (;;) {
      let pick = -1;
      for (let i = 0; i < heads.length; i++) {
        const head = heads[i] as IteratorResult<AuditEvent>;
        if (head.done) continue;
        if (pick === -1 || before(head.value, (heads[pick] as IteratorYieldResult<AuditEvent>).value)) pick = i;
      }
      if (pick === -1) return;
      yield (heads[pick] as IteratorYieldResult<AuditEvent>).value;
      heads[pick] = await (iterators[pick] as AsyncIterator<AuditEvent>).next();
    }
  } finally {
    await Promise.allSettled(iterators.map((iterator, i) => (heads[i]?.done ? undefined : iterator.return?.())));
  }
}

/** One row of a trace tree: the event and how deep its span is. */
export interface TraceRow {
  event: AuditEvent;
  depth: number;
}

/**
 * Orders the events of one trace as a tree: a span's events in time order, then its child
 * spans (by their first event), depth first. A span whose parent has no event in the given
 * events (a caller outside these ledgers) is a root at depth 0.
 *
 * @example
 * ```ts
 * for (const { event, depth } of traceTree(events)) console.log('  '.repeat(depth) + event.type);
 * ```
 */
export function traceTree(events: readonly AuditEvent[]): TraceRow[] {
  const bySpan = new Map<string, AuditEvent[]>();
  for (const event of events) {
    const list = bySpan.get(event.trace.spanId);
    if (list) list.push(event);
    else bySpan.set(event.trace.spanId, [event]);
  }
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  for (const [spanId, list] of bySpan) {
    list.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    const parent = list.find((e) => e.trace.parentSpanId !== undefined)?.trace.parentSpanId;
    if (parent !== undefined && parent !== spanId && bySpan.has(parent)) {
      const siblings = children.get(parent);
      if (siblings) siblings.push(spanId);
      else children.set(parent, [spanId]);
    } else roots.push(spanId);
  }
  const first = (spanId: string): AuditEvent => (bySpan.get(spanId) as AuditEvent[])[0] as AuditEvent;
  const byStart = (a: string, b: string): number => (before(first(a), first(b)) ? -1 : before(first(b), first(a)) ? 1 : 0);
  const rows: TraceRow[] = [];
  const seen = new Set<string>();
  const visit = (spanId: string, depth: number): void => {
    if (seen.has(spanId)) return;
    seen.add(spanId);
    for (const event of bySpan.get(spanId) as AuditEvent[]) rows.push({ event, depth });
    for (const child of (children.get(spanId) ?? []).sort(byStart)) visit(child, depth + 1);
  };
  for (const root of roots.sort(byStart)) visit(root, 0);
  // Spans only reachable through a cycle of parents (a damaged ledger) are still shown.
  for (const spanId of [...bySpan.keys()].sort(byStart)) visit(spanId, 0);
  return rows;
}
