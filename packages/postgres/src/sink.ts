import { SinkError, type AuditEvent, type EventSink } from '@agent-audit/core';
import { createPostgresStore, type PostgresStoreOptions } from './store.js';

/** A signed checkpoint shipped with its stream (the shape `createShipper()` hands over). */
export interface PostgresCheckpointInput {
  stream: string;
  size: number;
  root: string;
  ts: string;
  note: string;
}

/** The PostgreSQL sink: the `EventSink` contract plus checkpoints. */
export interface PostgresSink extends EventSink {
  /**
   * Stores signed checkpoints, idempotent by `(stream, size)` (the same checkpoint again is no
   * error). One that cannot be stored because a different checkpoint holds its slot (the table is
   * append-only; a forger's, or a ledger re-signed) is never dropped silently: after the others of
   * the call are committed it rejects with a SinkError `checkpoint_conflict` (`retryable: false`)
   * naming each stream and size (never the note). `createShipper()` reports it (`onError`,
   * `status().lastError`) and moves on; verify the store with the pinned keys.
   */
  writeCheckpoints(checkpoints: readonly PostgresCheckpointInput[]): Promise<void>;
  close(): Promise<void>;
}

/** Options of {@link postgresSink}. */
export interface PostgresSinkOptions extends PostgresStoreOptions {
  name?: string;
}

/**
 * A sink that stores events in PostgreSQL: one `INSERT ... ON CONFLICT DO NOTHING` per batch,
 * committed before `write` resolves, as the writer role (no UPDATE or DELETE). Run
 * {@link migrate} first. Compose with `retrying()` and `circuitBreaker()` or hand it to
 * `createShipper()`, which does.
 *
 * @example
 * ```ts
 * await migrate(url);
 * const shipper = createShipper({ dir: './audit', sink: postgresSink({ url }) });
 * shipper.start();
 * ```
 */
export function postgresSink(options: PostgresSinkOptions): PostgresSink {
  const store = createPostgresStore(options);
  const name = options.name ?? 'postgres';
  return {
    name,
    async write(events: readonly AuditEvent[]) {
      if (events.length === 0) return;
      await store.insertEvents(events);
    },
    async writeCheckpoints(checkpoints) {
      const conflicts = await store.insertCheckpoints(checkpoints);
      if (conflicts.length === 0) return;
      const which = conflicts.slice(0, 5).map((c) => `stream ${JSON.stringify(c.stream).slice(1, -1)} at size ${c.size}`).join(', ') + (conflicts.length > 5 ? ` and ${conflicts.length - 5} more` : '');
      throw new SinkError({
        sink: name,
        retryable: false,
        code: 'checkpoint_conflict',
        message: `checkpoint conflict: another checkpoint of ${which} is stored (the store is append-only: the first stored is kept, this one was not stored; the others were); verify the store with the pinned keys (agent-audit verify postgres://… --key …)`,
      });
    },
    close: () => store.close(),
  };
}
