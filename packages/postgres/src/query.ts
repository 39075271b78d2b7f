import type pg from 'pg';
import { compileFilter, verifyEvents, type AuditEvent, type EventFilter, type VerifyResult } from '@agent-audit/core';
import { describe, newPool, parseTarget, PostgresError, type PostgresTarget } from './internal/connection.js';
import type { SchemaNames } from './internal/migrations.js';
import { indexKey, indexText } from './internal/rows.js';
import { checkAgainstState, readPostgresVerifyState, storeLabel, writePostgresVerifyState } from './verify-state.js';

/** Options of {@link queryPostgres} and {@link verifyPostgres}. */
export interface PostgresReadOptions {
  /** Schema (overrides `?schema=` in the URL). */
  schema?: string;
  /** Rows fetched per round trip from the server-side cursor. */
  fetchSize?: number;
}

function toIso(value: string | Date | undefined): string | undefined {
  if (value === undefined) return undefined;
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new PostgresError({ code: 'invalid_filter', message: `not a date: ${String(value)}` });
  return date.toISOString();
}

/** Turns the indexed parts of a filter into SQL; everything is re-checked in JS afterwards. */
function whereClause(filter: EventFilter): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    parts.push(sql.replace('?', `$${params.length}`));
  };
  const since = toIso(filter.since);
  const until = toIso(filter.until);
  if (since !== undefined) add('ts >= ?', since);
  if (until !== undefined) add('ts < ?', until);
  if (filter.stream !== undefined) add('stream = ?', filter.stream);
  // The free-text copies are cut (rows.ts indexKey, since 2026-12-07): a value is compared cut,
  // and whole as well when the cut changed it (rows stored before hold whole copies).
  const equals = (column: string, value: string): string => {
    params.push(indexKey(value));
    const cut = `${column} = $${params.length}`;
    if (indexKey(value) === indexText(value)) return cut;
    params.push(value);
    return `(${cut} OR ${column} = $${params.length})`;
  };
  if (filter.type !== undefined) {
    // A prefix's cut is a prefix of the cut and of the whole copy.
    if (filter.type.endsWith('.*')) add("starts_with(type, ?)", indexKey(filter.type.slice(0, -1)));
    else parts.push(equals('type', filter.type));
  }
  if (filter.session !== undefined) parts.push(equals('session', filter.session));
  if (filter.trace !== undefined) add('trace_id = ?', filter.trace);
  if (filter.actor !== undefined) parts.push(equals('actor_id', filter.actor));
  if (filter.tool !== undefined) parts.push(equals('tool_name', filter.tool));
  if (filter.outcome !== undefined) add('outcome = ?', filter.outcome);
  if (filter.resource !== undefined) {
    const colon = filter.resource.indexOf(':');
    const whole = equals('resource_id', filter.resource);
    if (colon > 0) {
      parts.push(`(${whole} OR (${equals('resource_type', filter.resource.slice(0, colon))} AND ${equals('resource_id', filter.resource.slice(colon + 1))}))`);
    } else {
      parts.push(whole);
    }
  }
  // The indexed copies hold U+FFFD for U+0000 (rows.ts); the re-check compares with the event itself.
  return { sql: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', params: params.map((p) => (typeof p === 'string' ? indexText(p) : p)) };
}

/** Streams rows of a query through a server-side cursor (bounded memory). */
export async function* cursorRows<R extends pg.QueryResultRow>(client: pg.PoolClient, sql: string, params: unknown[], fetchSize: number): AsyncGenerator<R> {
  const name = `agent_audit_${Math.random().toString(36).slice(2, 10)}`;
  await client.query(`DECLARE ${name} NO SCROLL CURSOR FOR ${sql}`, params);
  try {
    for (;;) {
      const result = await client.query<R>(`FETCH ${fetchSize} FROM ${name}`);
      for (const row of result.rows) yield row;
      if (result.rows.length < fetchSize) return;
    }
  } finally {
    await client.query(`CLOSE ${name}`).catch(() => undefined);
  }
}

export async function* withReadTransaction<T>(target: string | PostgresTarget, options: PostgresReadOptions, body: (client: pg.PoolClient, names: SchemaNames) => AsyncGenerator<T>): AsyncGenerator<T> {
  const base = parseTarget(target);
  const names = options.schema ? parseTarget({ url: base.connectionString, pool: base.pool, schema: options.schema }).names : base.names;
  const pool = base.pool ?? newPool(base.connectionString, 1);
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    if (!base.pool) await pool.end();
    throw new PostgresError({ code: 'postgres_unreachable', message: `cannot connect to PostgreSQL: ${describe(error)}`, cause: error });
  }
  try {
    // One snapshot for the whole read: a verify sees a consistent set of rows while writers go on.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      yield* body(client, names);
    } catch (error) {
      if (error instanceof PostgresError) throw error;
      throw new PostgresError({ code: 'postgres_read', message: `PostgreSQL read failed: ${describe(error)}`, cause: error });
    } finally {
      await client.query('ROLLBACK').catch(() => undefined);
    }
  } finally {
    client.release();
    if (!base.pool) await pool.end();
  }
}

/**
 * Streams the events matching a filter from PostgreSQL in time order (ts, then stream and seq),
 * through a server-side cursor: memory stays bounded whatever the result size. The indexed
 * filter fields (time, session, actor, resource, type, trace, tool, outcome, stream) are pushed
 * into SQL; every event is re-checked with the same predicate a folder query uses.
 *
 * @example
 * ```ts
 * for await (const event of queryPostgres('postgres://127.0.0.1/audit', { session: 'conv-17' })) console.log(event.type);
 * ```
 */
export function queryPostgres(target: string | PostgresTarget, filter: EventFilter = {}, options: PostgresReadOptions = {}): AsyncIterable<AuditEvent> {
  const match = compileFilter(filter);
  const fetchSize = options.fetchSize ?? 1000;
  return withReadTransaction(target, options, async function* (client, names) {
    const { sql, params } = whereClause(filter);
    for await (const row of cursorRows<{ line: string }>(client, `SELECT line FROM ${names.s}.events ${sql} ORDER BY ts, stream, seq`, params, fetchSize)) {
      const event = JSON.parse(row.line) as AuditEvent;
      if (match(event)) yield event;
    }
  });
}

/** Options of {@link verifyPostgres}. */
export interface VerifyPostgresOptions extends PostgresReadOptions {
  /** Pinned verifier keys for the checkpoint signatures. */
  verifierKeys?: readonly string[];
  /** Only these streams. */
  streams?: readonly string[];
  /**
   * A state file (outside the database's reach) that remembers, per stream, the newest signed
   * checkpoint verified: a stream or a signed tail removed since (with the triggers disabled,
   * its checkpoints too) fails the verification. Created by the first run; written after a run
   * that passes. The store has no signed head, so without it such a removal leaves a store that
   * verifies. Format: `PostgresVerifyState`.
   */
  state?: string;
}

/**
 * Verifies a PostgreSQL store exactly as a ledger folder is verified: every stored line's hash,
 * the chain links, the seq run (archived rows first, then live ones), the Merkle roots at the
 * stored checkpoints and their signatures. Reads one consistent snapshot through cursors.
 *
 * @example
 * ```ts
 * const result = await verifyPostgres(url, { verifierKeys: [process.env.AUDIT_VERIFIER_KEY!] });
 * if (!result.ok) console.error(result.firstFailure);
 * ```
 */
export async function verifyPostgres(target: string | PostgresTarget, options: VerifyPostgresOptions = {}): Promise<VerifyResult> {
  const fetchSize = options.fetchSize ?? 2000;
  const parsed = parseTarget(target);
  const store = options.state !== undefined ? storeLabel(parsed.connectionString, options.schema ?? parsed.names.schema) : '';
  // Read (and checked) before the store is: a bad state file is a usage error, not a finding.
  const previous = options.state !== undefined ? readPostgresVerifyState(options.state, store) : undefined;
  let checkpoints: Record<string, Array<{ size: number; root: string; ts: string; note: string }>> = {};
  const items = withReadTransaction(target, options, async function* (client, names) {
    const cps = await client.query<{ stream: string; size: string; root: string; ts: string; note: string }>(`SELECT stream, size, root, ts, note FROM ${names.s}.checkpoints ORDER BY stream, size`);
    checkpoints = {};
    for (const row of cps.rows) {
      if (options.streams && !options.streams.includes(row.stream)) continue;
      (checkpoints[row.stream] ??= []).push({ size: Number(row.size), root: row.root, ts: row.ts, note: row.note });
    }
    // Distinct streams by a loose index scan over (stream, seq), in both tables.
    const streamsSql = (table: string) => `WITH RECURSIVE s AS (
        SELECT min(stream) AS stream FROM ${names.s}.${table}
        UNION ALL SELECT (SELECT min(stream) FROM ${names.s}.${table} WHERE stream > s.stream) FROM s WHERE s.stream IS NOT NULL)
      SELECT stream FROM s WHERE stream IS NOT NULL`;
    const found = new Set<string>();
    for (const table of ['events_archive', 'events']) for (const row of (await client.query<{ stream: string }>(streamsSql(table))).rows) found.add(row.stream);
    const streams = [...found].filter((stream) => !options.streams || options.streams.includes(stream)).sort();
    for (const stream of streams) {
      for (const table of ['events_archive', 'events']) {
        for await (const row of cursorRows<{ line: string }>(client, `SELECT line FROM ${names.s}.${table} WHERE stream = $1 ORDER BY seq, id`, [stream], fetchSize)) {
          let event: AuditEvent;
          try {
            event = JSON.parse(row.line) as AuditEvent;
          } catch {
            event = { stream, seq: -1 } as unknown as AuditEvent;
          }
          yield { event, line: row.line };
        }
      }
    }
  });
  // verifyEvents needs the checkpoints before the first event of each stream: read them first.
  const iterator = items[Symbol.asyncIterator]();
  const first = await iterator.next();
  let replayed = false;
  const rest: AsyncIterable<{ event: AuditEvent; line: string }> = {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!replayed) {
          replayed = true;
          return first;
        }
        return iterator.next();
      },
      async return() {
        await iterator.return?.(undefined);
        return { done: true as const, value: undefined };
      },
    }),
  };
  const result = await verifyEvents(rest, { checkpoints, ...(options.verifierKeys ? { verifierKeys: options.verifierKeys } : {}) });
  if (options.state !== undefined) {
    if (previous) checkAgainstState(result, previous, checkpoints, options.streams);
    if (result.ok) writePostgresVerifyState(options.state, store, result, checkpoints, previous);
  }
  return result;
}
