import { describe, newPool, parseTarget, PostgresError, type PostgresTarget } from './internal/connection.js';

/** One month partition archived and removed by {@link applyRetention}. */
export interface RetentionResult {
  partition: string;
  rowsArchived: number;
}

/**
 * Applies retention through the database's dedicated function `<schema>.apply_retention`:
 * whole months that end before `cutoff` are copied to `events_archive`, the copy is counted,
 * the run is logged in `retention_log`, then the month's partition is dropped. It is the only
 * way rows leave the events table. Run it as a role granted `<schema>_retention`.
 *
 * @example
 * ```ts
 * await applyRetention(url, new Date(Date.now() - 7 * 365 * 86_400_000)); // keep 7 years live
 * ```
 */
export async function applyRetention(target: string | PostgresTarget, cutoff: Date, options: { role?: string | false } = {}): Promise<RetentionResult[]> {
  const { connectionString, names, pool: given } = parseTarget(target);
  if (Number.isNaN(cutoff.getTime())) throw new PostgresError({ code: 'invalid_cutoff', message: 'retention cutoff is not a valid date' });
  const pool = given ?? newPool(connectionString, 1);
  const client = await pool.connect().catch((error: unknown) => {
    throw new PostgresError({ code: 'postgres_unreachable', message: `cannot connect to PostgreSQL: ${describe(error)}`, cause: error });
  });
  try {
    const role = options.role === undefined ? names.retention : options.role;
    if (role !== false) await client.query(`SET ROLE "${role.replaceAll('"', '""')}"`);
    const result = await client.query<{ partition_name: string; rows_archived: string }>(`SELECT partition_name, rows_archived FROM ${names.s}.apply_retention($1)`, [cutoff.toISOString()]);
    return result.rows.map((row) => ({ partition: row.partition_name, rowsArchived: Number(row.rows_archived) }));
  } catch (error) {
    throw new PostgresError({ code: 'retention_failed', message: `retention failed: ${describe(error)}`, cause: error });
  } finally {
    await client.query('RESET ROLE').catch(() => undefined);
    client.release();
    if (!given) await pool.end();
  }
}
