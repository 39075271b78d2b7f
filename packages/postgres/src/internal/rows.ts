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

/** The indexed columns (every column but `line`) in insert order, and their record type. */
export const KEY_COLUMNS = COLUMNS.filter(([name]) => name !== 'line').map(([name]) => name).join(', ');
export const KEY_RECORD_TYPE = COLUMNS.filter(([name]) => name !== 'line').map(([name, type]) => `${name} ${type}`).join(', ');

/**
 * An indexed text copy PostgreSQL can hold: `text` cannot hold U+0000 (the JSON parameter's
 * `\u0000` is refused with SQLSTATE 22P05, for ever, so one such event blocked its batch on every
 * retry), so it is replaced by U+FFFD in the copy. The stored `line` keeps the event byte for byte
 * (canonical JSON escapes U+0000), and queries re-check every row against the event itself.
 */
export function indexText<T extends string | null | undefined>(value: T): T {
  return (typeof value === 'string' && value.includes('\u0000') ? value.replaceAll('\u0000', '\uFFFD') : value) as T;
}

function keyRow(event: AuditEvent): Record<string, unknown> {
  return {
    id: indexText(event.id),
    ts: event.ts,
    stream: indexText(event.stream),
    seq: event.seq,
    type: indexText(event.type),
    session: indexText(event.session) ?? null,
    actor_id: indexText(event.actor?.id) ?? null,
    actor_type: indexText(event.actor?.type) ?? null,
    resource_type: indexText(event.resource?.type) ?? null,
    resource_id: indexText(event.resource?.id) ?? null,
    tool_name: indexText(event.tool?.name) ?? null,
    trace_id: indexText(event.trace.traceId),
    span_id: indexText(event.trace.spanId),
    outcome: indexText(event.outcome),
    hash: event.hash,
    prev: event.prev,
  };
}

/**
 * One batch as two text parameters for `INSERT ... SELECT FROM ROWS FROM
 * (json_to_recordset($1::json) AS (<KEY_RECORD_TYPE>), unnest(string_to_array($2::text, E'\\n')))`:
 * `keys`, the indexed columns of every row as one JSON array of `{column: value}` objects, and
 * `lines`, the stored lines joined by line feeds, zipped back row by row by `ROWS FROM`. The
 * lines (most of a row's bytes) are then neither escaped into JSON strings here nor lexed and
 * unescaped by PostgreSQL's JSON parser (twice: once when the parameter is bound, once by
 * json_to_recordset). `lines[i]`, when given, is event i's stored line (else it is
 * canonicalized here). Undefined when a line is empty or holds a line feed (canonical JSON
 * never does): such a batch goes through {@link eventRowsJson}.
 */
export function eventRowsSplit(events: readonly AuditEvent[], lines?: readonly string[]): { keys: string; lines: string } | undefined {
  const keys = new Array<Record<string, unknown>>(events.length);
  const text = new Array<string>(events.length);
  for (let i = 0; i < events.length; i++) {
    const line = lines?.[i] ?? canonicalize(events[i]!);
    if (line.length === 0 || line.includes('\n')) return undefined;
    keys[i] = keyRow(events[i]!);
    text[i] = line;
  }
  return { keys: JSON.stringify(keys), lines: text.join('\n') };
}

/**
 * One batch as a single JSON parameter (an array of `{column: value}` rows, `line` included)
 * for `INSERT ... SELECT FROM json_to_recordset($1::json)`: the form for lines that
 * {@link eventRowsSplit} cannot join. `lines[i]`, when given, is event i's stored line (else it
 * is canonicalized here).
 */
export function eventRowsJson(events: readonly AuditEvent[], lines?: readonly string[]): string {
  const rows = new Array<Record<string, unknown>>(events.length);
  for (let i = 0; i < events.length; i++) {
    const row = keyRow(events[i]!);
    row.line = lines?.[i] ?? canonicalize(events[i]!);
    rows[i] = row;
  }
  return JSON.stringify(rows);
}

/** First day of the event's month (UTC), as the partition key the sink makes sure exists. */
export function monthOf(ts: string): string {
  return `${ts.slice(0, 7)}-01T00:00:00Z`;
}
