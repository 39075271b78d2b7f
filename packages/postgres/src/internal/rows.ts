import { canonicalize, type AuditEvent } from '@agent-audit/core';

/** Columns written per event, in insert order, with their SQL types. */
const COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ['id', 'text'], ['ts', 'timestamptz'], ['stream', 'text'], ['seq', 'int8'], ['type', 'text'], ['session', 'text'],
  ['actor_id', 'text'], ['actor_type', 'text'], ['resource_type', 'text'], ['resource_id', 'text'], ['tool_name', 'text'],
  ['trace_id', 'text'], ['span_id', 'text'], ['outcome', 'text'], ['hash', 'text'], ['prev', 'text'], ['line', 'text'],
];

export const INSERT_COLUMNS = COLUMNS.map(([name]) => name).join(', ');
/** The record type of one row in `json_to_recordset(...) AS x(<this>)`. */
export const RECORD_TYPE = COLUMNS.map(([name, type]) => `${name} ${type}`).join(', ');

/**
 * One batch as a single JSON parameter (an array of `{column: value}` rows) for
 * `INSERT ... SELECT FROM json_to_recordset($1::json)`: one native `JSON.stringify` on this side
 * and PostgreSQL's JSON parser on the other, instead of 17 array parameters whose elements the
 * driver escapes one by one. `lines[i]`, when given, is event i's stored line (else it is
 * canonicalized here).
 */
export function eventRowsJson(events: readonly AuditEvent[], lines?: readonly string[]): string {
  const rows = new Array<Record<string, unknown>>(events.length);
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    rows[i] = {
      id: event.id,
      ts: event.ts,
      stream: event.stream,
      seq: event.seq,
      type: event.type,
      session: event.session ?? null,
      actor_id: event.actor?.id ?? null,
      actor_type: event.actor?.type ?? null,
      resource_type: event.resource?.type ?? null,
      resource_id: event.resource?.id ?? null,
      tool_name: event.tool?.name ?? null,
      trace_id: event.trace.traceId,
      span_id: event.trace.spanId,
      outcome: event.outcome,
      hash: event.hash,
      prev: event.prev,
      line: lines?.[i] ?? canonicalize(event),
    };
  }
  return JSON.stringify(rows);
}

/** First day of the event's month (UTC), as the partition key the sink makes sure exists. */
export function monthOf(ts: string): string {
  return `${ts.slice(0, 7)}-01T00:00:00Z`;
}
