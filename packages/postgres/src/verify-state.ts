import fs from 'node:fs';
import path from 'node:path';
import type { VerifyFailure, VerifyResult } from '@agent-audit/core';
import { PostgresError } from './internal/connection.js';

/**
 * What `verifyPostgres(…, { state })` (`agent-audit verify postgres://… --state FILE`) remembers
 * of a store: per stream, the size and Merkle root of the newest signed checkpoint it verified.
 * The store has no signed head of its own, so this file, kept where the database's
 * administrators cannot write, is what shows a stream or a signed tail removed later (with the
 * triggers disabled) that leaves a consistent store behind.
 */
export interface PostgresVerifyState {
  format: 'agent-audit-postgres-verify-state';
  version: 1;
  /** The store: host, port, database and schema (never the user or password). */
  store: string;
  /** When it was last written (RFC 3339). */
  verifiedAt: string;
  streams: Record<string, { size: number; root: string }>;
}

const HEX64 = /^[0-9a-f]{64}$/;

/** The store a connection string and schema name: `host:port/database schema <name>`, no credentials. */
export function storeLabel(connectionString: string | undefined, schema: string): string {
  if (connectionString === undefined) return `schema ${schema}`;
  const url = new URL(connectionString);
  return `${url.hostname || 'localhost'}:${url.port || '5432'}${url.pathname || '/'} schema ${schema}`;
}

/** Reads a state file; undefined when it does not exist yet (its folder must). Throws PostgresError `verify_state`. */
export function readPostgresVerifyState(file: string, store: string): PostgresVerifyState | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      const folder = path.dirname(path.resolve(file));
      if (!fs.existsSync(folder)) throw new PostgresError({ code: 'verify_state', message: `the folder of state file ${file} (${folder}) does not exist; create it, or fix the path` });
      return undefined;
    }
    throw new PostgresError({ code: 'verify_state', message: `cannot read state file ${file}: ${(error as Error).message}` });
  }
  let state: PostgresVerifyState;
  try {
    state = JSON.parse(text) as PostgresVerifyState;
    if (state.format !== 'agent-audit-postgres-verify-state' || state.version !== 1 || typeof state.store !== 'string' || typeof state.streams !== 'object' || state.streams === null) throw new Error('fields');
    for (const entry of Object.values(state.streams)) if (!Number.isSafeInteger(entry.size) || entry.size < 0 || !HEX64.test(entry.root)) throw new Error('stream');
  } catch {
    throw new PostgresError({ code: 'verify_state', message: `state file ${file} is not an agent-audit PostgreSQL verify state file (a ledger folder's state file is another format)` });
  }
  if (state.store !== store) throw new PostgresError({ code: 'verify_state', message: `state file ${file} remembers the store ${state.store}, not this one (${store}); use one state file per store` });
  return state;
}

/**
 * Compares a verification with what the state remembers: a remembered stream that is gone, or
 * whose newest valid signed checkpoint is smaller than the remembered one (a signed tail
 * removed with its checkpoints), or whose checkpoint at the remembered size has another root,
 * fails the result (the first such failure becomes `firstFailure` when there was none).
 * `checkpoints` are the store's rows, to find the root at a size.
 */
export function checkAgainstState(result: VerifyResult, state: PostgresVerifyState, checkpoints: Record<string, Array<{ size: number; root: string }>>, only?: readonly string[]): void {
  for (const [stream, seen] of Object.entries(state.streams).sort(([a], [b]) => a.localeCompare(b))) {
    if (only && !only.includes(stream)) continue;
    if (seen.size === 0) continue;
    const report = result.reports.find((r) => r.stream === stream);
    let reason: string | undefined;
    if (!report || report.events === 0) reason = `stream gone: --state remembers a signed checkpoint of ${seen.size} events (verified ${state.verifiedAt}), the store has ${report ? 'no events' : 'no such stream'}`;
    else if (report.checkpointedSize < seen.size) reason = `truncated: --state remembers a signed checkpoint of ${seen.size} events (verified ${state.verifiedAt}), the store's newest valid one covers ${report.checkpointedSize} (of ${report.events} events)`;
    else {
      const same = checkpoints[stream]?.find((cp) => cp.size === seen.size);
      if (same && same.root !== seen.root) reason = `the signed checkpoint at size ${seen.size} has another root than the one --state remembers (verified ${state.verifiedAt})`;
    }
    if (reason === undefined) continue;
    const failure: VerifyFailure = { stream, seq: Math.min(report?.events ?? 0, seen.size), reason };
    if (report) report.failure ??= failure;
    else result.reports.push({ stream, events: 0, checkpoints: 0, checkpointedSize: 0, failure });
    result.ok = false;
    result.firstFailure ??= failure;
  }
}

/**
 * Remembers, per stream, the newest valid signed checkpoint of a verification that passed
 * (atomic replace). A remembered size never goes down; streams not verified this time keep
 * their entry.
 */
export function writePostgresVerifyState(file: string, store: string, result: VerifyResult, checkpoints: Record<string, Array<{ size: number; root: string }>>, previous: PostgresVerifyState | undefined): void {
  const streams: PostgresVerifyState['streams'] = { ...(previous?.streams ?? {}) };
  for (const report of result.reports) {
    const cp = checkpoints[report.stream]?.find((c) => c.size === report.checkpointedSize);
    if (!cp || report.checkpointedSize === 0) continue;
    const before = streams[report.stream];
    if (before && before.size > cp.size) continue;
    streams[report.stream] = { size: cp.size, root: cp.root };
  }
  const state: PostgresVerifyState = { format: 'agent-audit-postgres-verify-state', version: 1, store, verifiedAt: new Date().toISOString(), streams };
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(state, null, 2) + '\n', { mode: 0o644 });
  fs.renameSync(temp, file);
}
