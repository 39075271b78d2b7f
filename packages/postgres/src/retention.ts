import { DEFAULT_RETENTION_POLICY, collectHolds, holdCovers, retentionOf, type AuditEvent, type LegalHold, type RetentionPolicy } from '@agent-audit/core';
import type pg from 'pg';
import { describe, newPool, parseTarget, PostgresError, type PostgresTarget } from './internal/connection.js';

/** One month partition archived and removed by {@link applyRetention}. */
export interface RetentionResult {
  partition: string;
  rowsArchived: number;
}

/** Options of {@link applyRetention} and {@link planPostgresRetention}. */
export interface PostgresRetentionOptions {
  /** Role to run as (default `<schema>_retention`; false: the connecting role). */
  role?: string | false;
  /** The time periods are measured against (default: now). For tests and dry runs. */
  now?: Date;
  /** The retention table (docs/RETENTION.md); default DEFAULT_RETENTION_POLICY. */
  policy?: RetentionPolicy;
}

/** What retention would do to one month partition. */
export interface PartitionPlan {
  partition: string;
  /** First instant after the month (UTC). */
  end: string;
  rows: number;
  removable: boolean;
  /** Why it stays (the first row that must stay, a hold, or an earlier month that stays). */
  kept?: string;
}

/** What {@link planPostgresRetention} returns. */
export interface PostgresRetentionPlan {
  now: string;
  /** The cutoff `apply_retention` is called with: the end of the last removable month (undefined: nothing to do). */
  cutoff?: string;
  partitions: PartitionPlan[];
  holds: LegalHold[];
}

const FETCH = 2_000;

async function activeHolds(client: pg.PoolClient, s: string): Promise<{ holds: LegalHold[]; unreadable: string[] }> {
  // Holds are events (hold.add / hold.release) shipped like any other; archived ones still count.
  const rows = await client.query<{ line: string }>(
    `SELECT line FROM (SELECT line, ts, stream, seq FROM ${s}.events WHERE type IN ('hold.add', 'hold.release')
      UNION ALL SELECT line, ts, stream, seq FROM ${s}.events_archive WHERE type IN ('hold.add', 'hold.release')) h ORDER BY ts, stream, seq`,
  );
  const events = rows.rows.map((row) => JSON.parse(row.line) as AuditEvent);
  const { holds, unreadable } = await collectHolds(events);
  return { holds: holds.filter((h) => !h.released), unreadable };
}

/** Decides, oldest month first, which whole months may go: every row past its period and under no hold. */
async function plan(client: pg.PoolClient, s: string, schema: string, now: number, policy: RetentionPolicy | undefined, cutoff: Date | undefined): Promise<PostgresRetentionPlan> {
  const { holds, unreadable } = await activeHolds(client, s);
  const parts = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
     WHERE i.inhparent = format('%I.events', $1::text)::regclass AND c.relname ~ '^events_[0-9]{6}$' ORDER BY c.relname`,
    [schema],
  );
  const result: PostgresRetentionPlan = { now: new Date(now).toISOString(), partitions: [], holds };
  let stopped: string | undefined = unreadable.length > 0 ? `hold.add event ${unreadable[0]} cannot be read as a hold; nothing is removed until it is` : undefined;
  for (const { name } of parts.rows) {
    const year = Number(name.slice(7, 11));
    const month = Number(name.slice(11, 13));
    const end = Date.UTC(year, month, 1);
    const entry: PartitionPlan = { partition: name, end: new Date(end).toISOString(), rows: 0, removable: false };
    result.partitions.push(entry);
    if (stopped !== undefined) {
      entry.kept = stopped;
      continue;
    }
    if (end > now || (cutoff !== undefined && end > cutoff.getTime())) {
      entry.kept = cutoff !== undefined && end > cutoff.getTime() ? 'the month ends after the cutoff' : 'the month is not over';
      stopped = `an earlier month (${name}) stays`;
      continue;
    }
    // Every row: a cursor, so a month of millions of rows is read in pages.
    await client.query('BEGIN');
    try {
      // Through the parent table (the retention role may read it, not its partitions); the range prunes to one partition.
      const from = new Date(Date.UTC(year, month - 1, 1)).toISOString();
      await client.query(`DECLARE retention_scan NO SCROLL CURSOR FOR SELECT line FROM ${s}.events WHERE ts >= '${from}'::timestamptz AND ts < '${new Date(end).toISOString()}'::timestamptz`);
      scan: for (;;) {
        const page = await client.query<{ line: string }>(`FETCH ${FETCH} FROM retention_scan`);
        if (page.rows.length === 0) break;
        for (const row of page.rows) {
          entry.rows++;
          let event: AuditEvent;
          try {
            event = JSON.parse(row.line) as AuditEvent;
          } catch {
            entry.kept = `a row of ${name} is not a JSON event; run verifyPostgres`;
            break scan;
          }
          const held = holds.find((h) => holdCovers(h, event));
          if (held) {
            entry.kept = `event ${event.id} (${event.stream} seq ${event.seq}) is under hold ${held.id}: ${held.scope} ${held.value} (${held.reason})`;
            break scan;
          }
          if (policy) {
            const decision = retentionOf(event, policy);
            if (decision.expiresAt > now) {
              entry.kept = `event ${event.id} (${event.ts}) is kept until ${Number.isFinite(decision.expiresAt) ? new Date(decision.expiresAt).toISOString() : 'never'}: ${decision.basis}`;
              break scan;
            }
          }
        }
      }
    } finally {
      await client.query('COMMIT');
    }
    if (entry.kept !== undefined) {
      stopped = `an earlier month (${name}) stays`;
      continue;
    }
    entry.removable = true;
    result.cutoff = entry.end;
  }
  return result;
}

async function withClient<T>(target: string | PostgresTarget, role: string | false | undefined, work: (client: pg.PoolClient, names: ReturnType<typeof parseTarget>['names']) => Promise<T>): Promise<T> {
  const { connectionString, names, pool: given } = parseTarget(target);
  const pool = given ?? newPool(connectionString, 1);
  const client = await pool.connect().catch((error: unknown) => {
    throw new PostgresError({ code: 'postgres_unreachable', message: `cannot connect to PostgreSQL: ${describe(error)}`, cause: error });
  });
  try {
    const r = role === undefined ? names.retention : role;
    if (r !== false) await client.query(`SET ROLE "${r.replaceAll('"', '""')}"`);
    return await work(client, names);
  } finally {
    await client.query('RESET ROLE').catch(() => undefined);
    client.release();
    if (!given) await pool.end();
  }
}

/**
 * Plans retention of a PostgreSQL store with the retention table: month partitions, oldest first,
 * whose every row is past its period (`retentionOf`, the same table as the file ledger) and under
 * no active legal hold (`hold.add` / `hold.release` events in `events` or `events_archive`).
 * Months are removed as a prefix, so the first month that stays keeps every later one. Changes nothing.
 *
 * @example
 * ```ts
 * const plan = await planPostgresRetention(url, { now: new Date('2031-01-01T00:00:00Z') });
 * plan.partitions.filter((p) => !p.removable).map((p) => p.kept);
 * ```
 */
export async function planPostgresRetention(target: string | PostgresTarget, options: PostgresRetentionOptions = {}): Promise<PostgresRetentionPlan> {
  const now = (options.now ?? new Date()).getTime();
  if (!Number.isFinite(now)) throw new PostgresError({ code: 'invalid_cutoff', message: 'retention: now is not a valid date' });
  try {
    return await withClient(target, options.role, (client, names) => plan(client, names.s, names.schema, now, options.policy ?? DEFAULT_RETENTION_POLICY, undefined));
  } catch (error) {
    if (error instanceof PostgresError) throw error;
    throw new PostgresError({ code: 'retention_failed', message: `retention plan failed: ${describe(error)}`, cause: error });
  }
}

/**
 * Applies retention through the database's dedicated function `<schema>.apply_retention`:
 * whole months are copied to `events_archive`, the copy is counted, the run is logged in
 * `retention_log`, then the month's partition is dropped. It is the only way rows leave the
 * events table. Run it as a role granted `<schema>_retention`.
 *
 * Which months: with `{ now, policy }` (or no second argument), those whose every row is past its
 * period under the retention table (docs/RETENTION.md); with a `Date`, those that end before that
 * cutoff. Either way a month holding one event under an active legal hold stays, with every later
 * month (months go as a prefix).
 *
 * @example
 * ```ts
 * await applyRetention(url); // the default retention table, holds respected
 * await applyRetention(url, new Date(Date.now() - 7 * 365 * 86_400_000)); // keep 7 years live, holds respected
 * ```
 */
export async function applyRetention(target: string | PostgresTarget, cutoffOrOptions: Date | PostgresRetentionOptions = {}, options: { role?: string | false } = {}): Promise<RetentionResult[]> {
  const byDate = cutoffOrOptions instanceof Date;
  const opts: PostgresRetentionOptions = byDate ? options : { ...cutoffOrOptions, ...options };
  if (byDate && Number.isNaN(cutoffOrOptions.getTime())) throw new PostgresError({ code: 'invalid_cutoff', message: 'retention cutoff is not a valid date' });
  const now = byDate ? Date.now() : (opts.now ?? new Date()).getTime();
  if (!Number.isFinite(now)) throw new PostgresError({ code: 'invalid_cutoff', message: 'retention: now is not a valid date' });
  try {
    return await withClient(target, opts.role, async (client, names) => {
      const planned = await plan(client, names.s, names.schema, byDate ? Math.max(now, cutoffOrOptions.getTime()) : now, byDate ? undefined : (opts.policy ?? DEFAULT_RETENTION_POLICY), byDate ? cutoffOrOptions : undefined);
      if (planned.cutoff === undefined) return [];
      const result = await client.query<{ partition_name: string; rows_archived: string }>(`SELECT partition_name, rows_archived FROM ${names.s}.apply_retention($1)`, [planned.cutoff]);
      return result.rows.map((row) => ({ partition: row.partition_name, rowsArchived: Number(row.rows_archived) }));
    });
  } catch (error) {
    if (error instanceof PostgresError && error.code !== 'retention_failed') throw error;
    throw new PostgresError({ code: 'retention_failed', message: `retention failed: ${describe(error)}`, cause: error });
  }
}
