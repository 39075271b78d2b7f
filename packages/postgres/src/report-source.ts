import type { AuditEvent, InclusionBundle, ReportSource, StoredCheckpoint } from '@agent-audit/core';
import type { PostgresTarget } from './internal/connection.js';
import { provePostgresEvent } from './prove.js';
import { cursorRows, queryPostgres, verifyPostgres, withReadTransaction, type PostgresReadOptions } from './query.js';

/** A URL without its password, for reports. */
function redactUrl(target: string | PostgresTarget): string {
  const url = typeof target === 'string' ? target : target.url;
  if (url === undefined) return 'postgres (pool)';
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres (unparsable URL)';
  }
}

/** A PostgreSQL report source, which also proves its events (`provePostgresEvent()`). */
export interface PostgresReportSource extends ReportSource {
  proveEvent(eventId: string, options?: { stream?: string }): Promise<InclusionBundle>;
}

/**
 * A PostgreSQL store as a report source: the same reports and evidence bundles as a ledger folder
 * (`ledgerSource()`), read through `queryPostgres()` and `verifyPostgres()` and server-side
 * cursors (bounded memory). Stream lines are read from the archive table, then the live one.
 *
 * @example
 * ```ts
 * import { activityReport } from '@agent-audit/core';
 * const report = await activityReport(postgresReportSource('postgres://127.0.0.1/audit'));
 * ```
 */
export function postgresReportSource(target: string | PostgresTarget, options: PostgresReadOptions = {}): PostgresReportSource {
  const label = redactUrl(target);
  const streamsSql = (s: string, table: string) => `WITH RECURSIVE t AS (
      SELECT min(stream) AS stream FROM ${s}.${table}
      UNION ALL SELECT (SELECT min(stream) FROM ${s}.${table} WHERE stream > t.stream) FROM t WHERE t.stream IS NOT NULL)
    SELECT stream FROM t WHERE stream IS NOT NULL`;
  return {
    async describe() {
      return [{ label, kind: 'postgres' as const }];
    },
    async streams() {
      const found = new Set<string>();
      for await (const stream of withReadTransaction(target, options, async function* (client, names) {
        for (const table of ['events_archive', 'events']) for (const row of (await client.query<{ stream: string }>(streamsSql(names.s, table))).rows) yield row.stream;
      })) found.add(stream);
      return [...found].sort();
    },
    events: (filter = {}) => queryPostgres(target, filter, options),
    lines(stream) {
      return withReadTransaction(target, options, async function* (client, names) {
        for (const table of ['events_archive', 'events']) {
          for await (const row of cursorRows<{ line: string }>(client, `SELECT line FROM ${names.s}.${table} WHERE stream = $1 ORDER BY seq`, [stream], options.fetchSize ?? 2000)) {
            yield { line: row.line, event: JSON.parse(row.line) as AuditEvent };
          }
        }
      });
    },
    async checkpoints(stream) {
      const out: StoredCheckpoint[] = [];
      for await (const row of withReadTransaction(target, options, async function* (client, names) {
        const result = await client.query<{ size: string; root: string; ts: string | Date; note: string }>(`SELECT size, root, ts, note FROM ${names.s}.checkpoints WHERE stream = $1 ORDER BY size`, [stream]);
        yield* result.rows;
      })) out.push({ size: Number(row.size), root: row.root, ts: row.ts instanceof Date ? row.ts.toISOString() : row.ts, note: row.note } as StoredCheckpoint);
      return out;
    },
    verify: (verifyOptions = {}) => verifyPostgres(target, { ...options, ...(verifyOptions.verifierKeys && verifyOptions.verifierKeys.length > 0 ? { verifierKeys: verifyOptions.verifierKeys } : {}) }),
    async publishedVerifierKeys() {
      return [];
    },
    proveEvent: (eventId, proveOptions = {}) => provePostgresEvent(target, eventId, { ...options, ...proveOptions }),
  };
}

