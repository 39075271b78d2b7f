import pg from 'pg';
import type { HeadWitness } from '@agent-audit/core';
import { describe, parseTarget, PostgresError, type PostgresTarget } from './internal/connection.js';

const LEDGER_ID = /^[0-9A-Za-z]{1,64}$/;

/** SQL creating the insert-only witness table in schema `s` (idempotent). */
function witnessSql(s: string, schema: string, writer: string): string {
  return `
CREATE SCHEMA IF NOT EXISTS ${s};
CREATE TABLE IF NOT EXISTS ${s}.witness_heads (
  id bigserial PRIMARY KEY,
  ledger_id text NOT NULL,
  head text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS witness_heads_ledger ON ${s}.witness_heads (ledger_id, id);
CREATE OR REPLACE FUNCTION ${s}.witness_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION 'agent-audit: % on %.% refused: the witness is insert-only', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME;
END $fn$;
DROP TRIGGER IF EXISTS witness_insert_only ON ${s}.witness_heads;
CREATE TRIGGER witness_insert_only BEFORE UPDATE OR DELETE ON ${s}.witness_heads FOR EACH ROW EXECUTE FUNCTION ${s}.witness_refuse_change();
DROP TRIGGER IF EXISTS witness_insert_only_statement ON ${s}.witness_heads;
CREATE TRIGGER witness_insert_only_statement BEFORE UPDATE OR DELETE ON ${s}.witness_heads FOR EACH STATEMENT EXECUTE FUNCTION ${s}.witness_refuse_change();
DROP TRIGGER IF EXISTS witness_no_truncate ON ${s}.witness_heads;
CREATE TRIGGER witness_no_truncate BEFORE TRUNCATE ON ${s}.witness_heads FOR EACH STATEMENT EXECUTE FUNCTION ${s}.witness_refuse_change();
REVOKE ALL ON ${s}.witness_heads FROM PUBLIC;
DO $do$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${writer}') THEN CREATE ROLE "${writer}" NOLOGIN; END IF;
END $do$;
GRANT USAGE ON SCHEMA ${s} TO "${writer}";
GRANT SELECT, INSERT ON ${s}.witness_heads TO "${writer}";
GRANT USAGE ON SEQUENCE ${s}.witness_heads_id_seq TO "${writer}";
COMMENT ON TABLE ${s}.witness_heads IS 'agent-audit witness of ${schema}: signed ledger heads, insert-only (docs/FORMAT.md section 10)';`;
}

async function withClient<T>(target: string | PostgresTarget, task: (client: pg.Client, s: string) => Promise<T>): Promise<T> {
  const { connectionString, names } = parseTarget(target);
  const client = new pg.Client({ connectionString });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new PostgresError({ code: 'postgres_unreachable', message: `cannot connect to PostgreSQL: ${describe(error)}`, cause: error });
  }
  try {
    return await task(client, names.s);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Creates the witness table `<schema>.witness_heads` (idempotent): INSERT and SELECT granted to
 * `<schema>_writer`, nothing to PUBLIC, and triggers that refuse UPDATE, DELETE and TRUNCATE for
 * every role, the owner included. Run it once as a role that may create schemas and roles; give
 * the writer a login in `<schema>_writer`.
 *
 * @example
 * ```ts
 * await createPostgresWitness('postgres://admin@db/audit?schema=audit_witness');
 * ```
 */
export async function createPostgresWitness(target: string | PostgresTarget): Promise<void> {
  const { names } = parseTarget(target);
  await withClient(target, async (client) => {
    try {
      await client.query('SELECT pg_advisory_lock(hashtext($1))', [`agent-audit.witness:${names.schema}`]);
      await client.query(witnessSql(names.s, names.schema, names.writer));
    } catch (error) {
      throw new PostgresError({ code: 'migration_failed', message: `cannot create the witness table: ${describe(error)}`, cause: error });
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [`agent-audit.witness:${names.schema}`]).catch(() => undefined);
    }
  });
}

/**
 * A witness in PostgreSQL for `fileLedger({ witness })`: each signed head is inserted into
 * `<schema>.witness_heads` (one short connection per head; heads come at most once per checkpoint).
 * Create the table first with `createPostgresWitness()`.
 *
 * @example
 * ```ts
 * fileLedger({ dir: './audit', witness: postgresWitness(process.env.WITNESS_URL!) });
 * ```
 */
export function postgresWitness(target: string | PostgresTarget): HeadWitness {
  const { names } = parseTarget(target);
  return {
    name: `PostgreSQL ${names.schema}.witness_heads`,
    async append(ledgerId: string, head: string): Promise<void> {
      if (!LEDGER_ID.test(ledgerId)) throw new PostgresError({ message: `ledger id ${JSON.stringify(ledgerId)} is not a ledger id` });
      await withClient(target, async (client, s) => {
        try {
          await client.query(`INSERT INTO ${s}.witness_heads (ledger_id, head) VALUES ($1, $2)`, [ledgerId, head]);
        } catch (error) {
          throw new PostgresError({ message: `cannot append the head to the witness: ${describe(error)}`, cause: error });
        }
      });
    },
  };
}

/**
 * The heads a PostgreSQL witness holds for a ledger, oldest first, for
 * `verifyLedger(dir, { witness: { name, heads } })` (what `agent-audit verify --witness postgres://…` does).
 * Throws PostgresError when the table is missing or the server unreachable.
 */
export async function readPostgresWitness(target: string | PostgresTarget, ledgerId: string): Promise<string[]> {
  return withClient(target, async (client, s) => {
    try {
      const rows = await client.query<{ head: string }>(`SELECT head FROM ${s}.witness_heads WHERE ledger_id = $1 ORDER BY id`, [ledgerId]);
      return rows.rows.map((row) => row.head);
    } catch (error) {
      throw new PostgresError({ message: `cannot read the witness: ${describe(error)}`, cause: error });
    }
  });
}
