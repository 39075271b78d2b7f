/**
 * Test doubles for code that uses agent-audit: an in-memory ledger and a fixed clock.
 *
 * @example
 * ```ts
 * import { createAuditor } from '@agent-audit/core';
 * import { memoryLedger } from '@agent-audit/core/test';
 *
 * const ledger = memoryLedger();
 * const auditor = createAuditor({ agent: { id: 'test' }, sink: ledger });
 * auditor.record({ type: 'tool.call', tool: { name: 'lookup' } });
 * await auditor.flush();
 * ledger.events(); // [{ type: 'tool.call', ... }]
 * ```
 */
import { GENESIS_HASH, type AuditEvent } from './spec/event.js';
import type { LedgerNotice, LedgerSink, SealedRecord, StreamHead } from './spec/sink.js';
import { LedgerError } from './spec/errors.js';

/** A ledger kept in memory, with failure injection for tests. */
export interface MemoryLedger extends LedgerSink {
  /** Sealed events in order; all streams, or one. */
  events(stream?: string): AuditEvent[];
  /** Stored lines (canonical JSON) of a stream. */
  lines(stream: string): string[];
  /** Makes every following append reject with this error (or succeed again with `undefined`). */
  failWith(error: Error | undefined): void;
  /** Notices to hand out at the next open (e.g. to test ledger.recover handling). */
  notices: LedgerNotice[];
}

/**
 * Creates an in-memory ledger. It enforces the same contract as a file ledger (one writer per
 * stream, consecutive seq, chained prev) so tests catch what the real one would.
 */
export function memoryLedger(): MemoryLedger {
  const streams = new Map<string, { records: SealedRecord[]; open: boolean }>();
  let failure: Error | undefined;
  const ledger: MemoryLedger = {
    notices: [],
    open(stream: string): StreamHead {
      let s = streams.get(stream);
      if (s?.open) throw new LedgerError({ code: 'ledger_locked', message: `stream ${stream} is already open` });
      if (!s) streams.set(stream, (s = { records: [], open: true }));
      s.open = true;
      const last = s.records[s.records.length - 1];
      return { nextSeq: s.records.length, prev: last ? last.event.hash : GENESIS_HASH };
    },
    async append(stream: string, records: readonly SealedRecord[]): Promise<void> {
      if (failure) throw failure;
      const s = streams.get(stream);
      if (!s?.open) throw new LedgerError({ message: `stream ${stream} is not open` });
      for (const record of records) {
        const last = s.records[s.records.length - 1];
        if (record.event.seq !== s.records.length) {
          throw new LedgerError({ message: `seq ${record.event.seq} out of order (expected ${s.records.length})` });
        }
        if (record.event.prev !== (last ? last.event.hash : GENESIS_HASH)) throw new LedgerError({ message: `prev of seq ${record.event.seq} does not chain` });
        s.records.push(record);
      }
    },
    async close(stream: string): Promise<void> {
      const s = streams.get(stream);
      if (s) s.open = false;
    },
    takeNotices(): LedgerNotice[] {
      const out = ledger.notices;
      ledger.notices = [];
      return out;
    },
    events(stream?: string): AuditEvent[] {
      if (stream !== undefined) return (streams.get(stream)?.records ?? []).map((r) => r.event);
      return [...streams.values()].flatMap((s) => s.records.map((r) => r.event));
    },
    lines(stream: string): string[] {
      return (streams.get(stream)?.records ?? []).map((r) => r.line);
    },
    failWith(error: Error | undefined): void {
      failure = error;
    },
  };
  return ledger;
}

/**
 * A clock for tests: starts at `start` and advances by `stepMs` each time it is read.
 *
 * @example
 * ```ts
 * createAuditor({ agent, sink, clock: fixedClock(Date.UTC(2026, 0, 1)) })
 * ```
 */
export function fixedClock(start = Date.UTC(2026, 0, 1), stepMs = 0): () => number {
  let now = start;
  return () => {
    const value = now;
    now += stepMs;
    return value;
  };
}

// Generated monitor traffic (normal workload, chained streams) for tests and benchmarks.
export { normalWorkload, WorkloadWriter, seededRandom, WORKLOAD_START } from './monitor/workload.js';
