import { describe, newPool, parseTarget, PostgresError, type PostgresTarget } from './internal/connection.js';
import { MIGRATIONS } from './internal/migrations.js';

/** Result of {@link migrate}. */
export interface MigrateResult {
  schema: string;
  /** Versions applied by this call (empty when already up to date). */
  applied: number[];
  /** Version the schema is at now. */
  version: number;
}

/**
 * Creates or upgrades the agent-audit schema: tables, partitions, triggers, roles and grants.
 * Versioned in `<schema>.schema_migrations`, each version applied once in its own transaction,
 * under an advisory lock so concurrent callers do not race. Run it as a role that may create
 * schemas and roles (the writer role it creates has no UPDATE or DELETE).
 *
 * @example
 * ```ts
 * await migrate('postgres://postgres@127.0.0.1:5432/audit');
 * ```
 */
export async function migrate(target: string | PostgresTarget): Promise<MigrateResult> {
  const { connectionString, names, pool: given } = parseTarget(target);
  const pool = given ?? newPool(connectionString, 1);
  const client = await pool.connect().catch((error: unknown) => {
    throw new PostgresError({ code: 'postgres_unreachable', message: `cannot connect to PostgreSQL: ${describe(error)}`, cause: error });
  });
  const applied: number[] = [];
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [`agent-audit.migrate:${names.schema}`]);
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${names.s}`);
      await client.query(`CREATE TABLE IF NOT EXISTS ${names.s}.schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
      const done = new Set((await client.query<{ version: number }>(`SELECT version FROM ${names.s}.schema_migrations`)).rows.map((r) => r.version));
      for (const migration of MIGRATIONS) {
        if (done.has(migration.version)) continue;
        try {
          await client.query('BEGIN');
          await client.query(migration.sql(names));
          await client.query(`INSERT INTO ${names.s}.schema_migrations (version, name) VALUES ($1, $2)`, [migration.version, migration.name]);
          await client.query('COMMIT');
          applied.push(migration.version);
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw new PostgresError({ code: 'migration_failed', message: `migration ${migration.version} (${migration.name}) failed: ${describe(error)}`, cause: error });
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [`agent-audit.migrate:${names.schema}`]).catch(() => undefined);
    }
    const version = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);
    return { schema: names.schema, applied, version };
  } finally {
    client.release();
    if (!given) await pool.end();
  }
}
