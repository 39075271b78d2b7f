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

/** UTF-16 code units kept in a cut copy (at most 768 bytes of UTF-8: two in one index row fit its 2704 bytes). */
export const INDEX_KEY_MAX = 256;

/**
 * The copy of a free-text field (type, session, actor, resource, tool name) in an indexed column:
 * {@link indexText}, cut to its first {@link INDEX_KEY_MAX} code units (not inside a surrogate
 * pair). A B-tree index row holds at most 2704 bytes: PostgreSQL refuses a longer one (SQLSTATE
 * 54000), and one event with a 3 KB session (which the auditor and the folder take) failed its
 * batch for ever, in every collector, until 2026-12-07. Queries cut their values the same way (an
 * equal value has an equal cut, a prefix's cut is a prefix of the cut) and re-check every row
 * against the event itself, so a cut copy only widens what SQL hands to that re-check.
 */
export function indexKey<T extends string | null | undefined>(value: T): T {
  const text = indexText(value);
  // A copy of exactly INDEX_KEY_MAX units is cut too when it ends in a high surrogate, so a prefix's cut stays a prefix of the cut.
  if (typeof text !== 'string' || text.length < INDEX_KEY_MAX) return text;
  const last = text.charCodeAt(INDEX_KEY_MAX - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? INDEX_KEY_MAX - 1 : INDEX_KEY_MAX) as T;
}

function keyRow(event: AuditEvent): Record<string, unknown> {
  return {
    id: indexText(event.id),
    ts: event.ts,
    stream: indexText(event.stream),
    seq: event.seq,
    type: indexKey(event.type),
    session: indexKey(event.session) ?? null,
    actor_id: indexKey(event.actor?.id) ?? null,
    actor_type: indexKey(event.actor?.type) ?? null,
    resource_type: indexKey(event.resource?.type) ?? null,
    resource_id: indexKey(event.resource?.id) ?? null,
    tool_name: indexKey(event.tool?.name) ?? null,
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
