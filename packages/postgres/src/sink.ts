import type { AuditEvent, EventSink } from '@agent-audit/core';
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
  return {
    name: options.name ?? 'postgres',
    async write(events: readonly AuditEvent[]) {
      if (events.length === 0) return;
      await store.insertEvents(events);
    },
    async writeCheckpoints(checkpoints) {
      await store.insertCheckpoints(checkpoints);
    },
    close: () => store.close(),
  };
}
