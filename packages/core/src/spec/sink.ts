import type { AuditEvent } from './event.js';

/** Where a stream resumes: the next sequence number and the hash it must chain from. */
export interface StreamHead {
  nextSeq: number;
  prev: string;
}

/** One sealed event and its canonical bytes (the JCS text the hash covers). */
export interface SealedRecord {
  event: AuditEvent;
  /** The stored line, without newline: `{"hash":"<hash>",` then the canonical bytes after their `{` (docs/FORMAT.md §3). */
  line: string;
  /** RFC 6962 leaf hash, raw 32 bytes (equal to hex `event.hash`). */
  leaf: Uint8Array;
  /**
   * The event's `seq` and `prev`, when the sealer has them without parsing `line`. A sink that
   * needs only the chain position reads these before `event`, which the sealing pool parses from
   * the line on first access (a whole JSON.parse: milliseconds for a megabyte line).
   */
  seq?: number;
  prev?: string;
  /**
   * The stored line as pieces whose concatenation is `line`, when the sealer has them (every
   * event sealed by the pool: `{"hash":"…",` and the canonical text after its `{`, or more pieces
   * for a large event). No piece ends inside a surrogate pair. A sink that writes bytes encodes
   * them piece by piece instead of reading `line`, which joins the pieces into one flat string on
   * first access (a copy of the line; milliseconds of the host's thread for a megabyte line).
   */
  pieces?: readonly string[];
}

/** A record's line length in UTF-16 code units, from its pieces when it has them (no join). */
export function sealedLineLength(record: SealedRecord): number {
  if (record.pieces === undefined) return record.line.length;
  let n = 0;
  for (const piece of record.pieces) n += piece.length;
  return n;
}

/** A record's seq, from the sealer's field when it set one (no parse of the line). */
export function sealedSeq(record: SealedRecord): number {
  return record.seq ?? record.event.seq;
}

/** A record's prev, from the sealer's field when it set one. */
export function sealedPrev(record: SealedRecord): string {
  return record.prev ?? record.event.prev;
}

/**
 * The local ledger an auditor writes to: it owns a stream's chain (one writer per stream)
 * and makes batches durable. `fileLedger()` is the embedded default; `memoryLedger()` (from
 * `@agent-audit/core/test`) keeps events in memory.
 */
export interface LedgerSink {
  /** Stream an auditor writes when it names none (before falling back to the agent id). */
  readonly defaultStream?: string;
  /** Opens (locks, repairs, resumes) a stream. Synchronous so `record()` can number events. */
  open(stream: string): StreamHead;
  /**
   * Appends a batch in order. Resolves once every record is durable (for a file ledger:
   * written and fdatasync'd). Records carry consecutive `seq` values starting at the head.
   */
  append(stream: string, records: readonly SealedRecord[]): Promise<void>;
  /** Signs and stores a checkpoint of the stream's Merkle tree now. */
  checkpoint?(stream: string): Promise<void>;
  /** Releases the stream (final checkpoint, unlock). */
  close(stream: string): Promise<void>;
  /** Events the ledger itself wants chained, e.g. `ledger.recover` after a torn tail repair. */
  takeNotices?(stream: string): LedgerNotice[];
}

/** Something the ledger wants recorded as an event of its own (`ledger.*`). */
export interface LedgerNotice {
  type: 'ledger.recover' | 'ledger.gap' | 'ledger.checkpoint' | (string & {});
  outcome?: 'success' | 'failure';
  attrs: Record<string, unknown>;
}

/**
 * A destination events are shipped to from a ledger (PostgreSQL, NATS, HTTP, ...).
 * Delivery is at-least-once, so `write` must be idempotent by event id.
 * Retries, backoff and circuit breaking are wrappers around this contract.
 */
export interface EventSink {
  readonly name: string;
  /** Stores a batch; resolves once the sink has committed it. Must ignore ids it already has. */
  write(events: readonly AuditEvent[]): Promise<void>;
  close?(): Promise<void>;
}
