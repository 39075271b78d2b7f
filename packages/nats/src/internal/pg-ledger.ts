import { GENESIS_HASH, type LedgerSink, type SealedRecord, type StreamHead } from '@agent-audit/core';
import type { PostgresStore } from '@agent-audit/postgres';

/**
 * A LedgerSink that appends the collector's own events (e.g. `ledger.chain_break`) straight to
 * PostgreSQL. The core seals and chains them; this only stores. `open()` must be synchronous,
 * so heads are loaded with {@link loadHead} before the auditor starts. One writer per stream:
 * the collector holds an advisory lock on its stream name.
 */
export function postgresLedger(store: PostgresStore, heads: Map<string, StreamHead>): LedgerSink {
  return {
    open(stream: string): StreamHead {
      return heads.get(stream) ?? { nextSeq: 0, prev: GENESIS_HASH };
    },
    async append(_stream: string, records: readonly SealedRecord[]) {
      const events = records.map((record) => record.event);
      await store.transaction((tx) => tx.insertEvents(events), { events });
    },
    async close() {},
  };
}

export async function loadHead(store: PostgresStore, stream: string): Promise<StreamHead> {
  const last = await store.transaction((tx) => tx.lastEvent(stream));
  return last ? { nextSeq: last.seq + 1, prev: last.hash } : { nextSeq: 0, prev: GENESIS_HASH };
}
