// Test helpers: find the real PostgreSQL and NATS servers (scripts/services.sh starts them).
// In CI (`CI` set, test/required.ts) an unreachable server fails the test run; elsewhere the tests skip with a message.
import { connect } from 'node:net';
import pg from 'pg';
import { inCI } from '../required.js';

export const POSTGRES_URL = process.env.AGENT_AUDIT_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const NATS_URL = process.env.AGENT_AUDIT_TEST_NATS_URL ?? 'nats://127.0.0.1:4222';

export function portOpen(port: number, host = '127.0.0.1', timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function available(name: string, port: number): Promise<boolean> {
  const ok = await portOpen(port);
  if (!ok) {
    if (inCI) throw new Error(`${name} is not reachable on 127.0.0.1:${port}; CI requires it (run scripts/services.sh)`);
    console.warn(`skipping ${name} tests: no server on 127.0.0.1:${port} (run scripts/services.sh; in CI these tests are required)`);
  }
  return ok;
}

export const hasPostgres = () => available('PostgreSQL', 5432);
export const hasNats = () => available('NATS', 4222);

/** A schema name no other run uses. */
export function uniqueSchema(prefix = 'aa_test'): string {
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
}

export function schemaUrl(schema: string, base = POSTGRES_URL): string {
  const url = new URL(base);
  url.searchParams.set('schema', schema);
  return url.toString();
}

/** Drops a test schema and the roles migrate() created for it. */
export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    for (const suffix of ['writer', 'reader', 'retention']) {
      const role = `${schema}_${suffix}`;
      const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
      if (exists.rowCount) {
        await client.query(`DROP OWNED BY "${role}"`);
        await client.query(`DROP ROLE "${role}"`);
      }
    }
  } finally {
    await client.end();
  }
}
