import pg from 'pg';
import { AuditError } from '@agent-audit/core';
import type { SchemaNames } from './migrations.js';

/** Where and how to connect: a URL (`postgres://...`, optional `?schema=name`) or options. */
export interface PostgresTarget {
  /** Connection URL. A `schema` query parameter selects the schema (default `agent_audit`). */
  url?: string;
  /** An existing pool (the caller owns it); `url` is then only used for the schema parameter. */
  pool?: pg.Pool;
  /** Schema holding the tables; role names derive from it (`<schema>_writer`, `_reader`, `_retention`). */
  schema?: string;
}

/**
 * A PostgreSQL operation failed (connection, SQL, or a refused change). Messages never carry
 * the connection URL.
 *
 * @example
 * ```ts
 * try { await migrate(url) } catch (e) { if (e instanceof PostgresError) console.error(e.code, e.message) }
 * ```
 */
export class PostgresError extends AuditError {
  constructor(options: { message: string; cause?: unknown; code?: string }) {
    super({ code: options.code ?? 'postgres_error', message: options.message, cause: options.cause });
    this.name = 'PostgresError';
  }
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,39}$/;

export function schemaNames(schema: string): SchemaNames {
  if (!SCHEMA_NAME.test(schema)) {
    throw new PostgresError({ code: 'invalid_schema', message: `schema name ${JSON.stringify(schema)} must match ${SCHEMA_NAME}` });
  }
  return { schema, s: `"${schema}"`, writer: `${schema}_writer`, reader: `${schema}_reader`, retention: `${schema}_retention` };
}

/** Splits our own `schema` parameter off the URL (pg must not see it). */
export function parseTarget(target: string | PostgresTarget): { connectionString: string | undefined; names: SchemaNames; pool: pg.Pool | undefined } {
  const options: PostgresTarget = typeof target === 'string' ? { url: target } : target;
  let connectionString = options.url;
  let schema = options.schema;
  if (connectionString !== undefined) {
    let url: URL;
    try {
      url = new URL(connectionString);
    } catch (error) {
      throw new PostgresError({ code: 'invalid_url', message: 'not a valid postgres:// URL', cause: error });
    }
    if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
      throw new PostgresError({ code: 'invalid_url', message: `expected a postgres:// URL, got ${url.protocol}//` });
    }
    const fromUrl = url.searchParams.get('schema');
    if (fromUrl !== null) {
      schema ??= fromUrl;
      url.searchParams.delete('schema');
      connectionString = url.toString();
    }
  }
  if (connectionString === undefined && options.pool === undefined) throw new PostgresError({ code: 'invalid_url', message: 'a postgres url or pool is required' });
  return { connectionString, names: schemaNames(schema ?? 'agent_audit'), pool: options.pool };
}

/** Message of a pg error without connection details (URLs may carry passwords). */
export function describe(error: unknown): string {
  const e = error as { message?: string; code?: string } | null;
  return `${e?.message ?? String(error)}${e?.code ? ` (SQLSTATE ${e.code})` : ''}`;
}

export function newPool(connectionString: string | undefined, max = 4): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, idleTimeoutMillis: 10_000, connectionTimeoutMillis: 10_000 });
  // An idle client's error (server restart) must not crash the host; the next query reconnects.
  pool.on('error', () => undefined);
  return pool;
}
