import type { AuditEvent } from '../spec/event.js';
import type { EventSink } from '../spec/sink.js';

/** A signed checkpoint as the file ledger stores it, with the stream it belongs to. */
export interface ShippedCheckpoint {
  stream: string;
  /** Tree size (number of events) the checkpoint commits to. */
  size: number;
  /** Merkle root, hex. */
  root: string;
  ts: string;
  /** The C2SP signed note text. */
  note: string;
}

/** Counters and state a sink (or a wrapper around it) reports. */
export interface SinkStats {
  name: string;
  /** Successful `write` calls. */
  writes: number;
  /** Events handed to successful writes (duplicates included). */
  events: number;
  /** Failed attempts (each retry attempt that failed counts). */
  failures: number;
  /** Retries made by a `retrying()` wrapper. */
  retries: number;
  consecutiveFailures: number;
  lastError?: { message: string; at: string; code?: string };
  /** State of a `circuitBreaker()` wrapper, if there is one. */
  breaker?: 'closed' | 'open' | 'half-open';
  /** While open: when the breaker lets a trial call through (ISO time). */
  breakerRetryAt?: string;
}

/**
 * The sink contract plus the optional members shipping uses. Every member but `name` and
 * `write` is optional, so any `EventSink` is a `ShipSink`.
 */
export interface ShipSink extends EventSink {
  /** Stores signed checkpoints; idempotent by (stream, size). */
  writeCheckpoints?(checkpoints: readonly ShippedCheckpoint[]): Promise<void>;
  /** Counters for status; wrappers merge their own into the inner sink's. */
  stats?(): SinkStats;
}

export type { AuditEvent, EventSink };
