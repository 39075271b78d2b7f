import { canonicalize, type AuditEvent } from '@agent-audit/core';

/**
 * Column arrays for one `INSERT ... SELECT FROM unnest(...)`: 17 parameters whatever the batch
 * size. `lines[i]`, when given, is event i's stored line (else it is canonicalized here).
 */
export function eventColumns(events: readonly AuditEvent[], lines?: readonly string[]): unknown[][] {
  const columns: unknown[][] = Array.from({ length: 17 }, () => new Array<unknown>(events.length));
  events.forEach((event, i) => {
    const values = [
      event.id,
      event.ts,
      event.stream,
      event.seq,
      event.type,
      event.session ?? null,
      event.actor?.id ?? null,
      event.actor?.type ?? null,
      event.resource?.type ?? null,
      event.resource?.id ?? null,
      event.tool?.name ?? null,
      event.trace.traceId,
      event.trace.spanId,
      event.outcome,
      event.hash,
      event.prev,
      lines?.[i] ?? canonicalize(event),
    ];
    values.forEach((value, c) => {
      columns[c]![i] = value;
    });
  });
  return columns;
}

export const INSERT_COLUMNS = 'id, ts, stream, seq, type, session, actor_id, actor_type, resource_type, resource_id, tool_name, trace_id, span_id, outcome, hash, prev, line';
export const UNNEST_TYPES = ['text', 'timestamptz', 'text', 'int8', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text'];

/** First day of the event's month (UTC), as the partition key the sink makes sure exists. */
export function monthOf(ts: string): string {
  return `${ts.slice(0, 7)}-01T00:00:00Z`;
}
