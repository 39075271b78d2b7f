import type { AuditEvent } from '../spec/event.js';
import type { VerifyFailure, VerifyResult } from '../ledger/verify.js';
import type { EventFilter } from '../ledger/query.js';
import type { ReportSource, SourceInfo } from './source.js';
import { parseTimeSpec } from './time.js';

/** The report kinds. */
export type ReportKind = 'activity' | 'subject' | 'decision' | 'ai-act' | 'coverage';

/** Options every report takes. */
export interface ReportOptions {
  /** Inclusive lower bound on `ts`: a Date or anything `parseTimeSpec()` reads (`24h`, `yesterday`, ISO). */
  from?: string | Date;
  /** Exclusive upper bound on `ts`. */
  to?: string | Date;
  /** Pinned verifier keys for the checkpoint signatures; without them the source's own keys are used (and the report says so). */
  verifierKeys?: readonly string[];
  /** Reference time for relative bounds and for "stopped reporting" (default: now). */
  now?: Date;
  /** Most rows kept in each listing (action history, events, anomalies); counts stay exact. Default 1000. */
  maxRows?: number;
  /**
   * Progress of the read, about every 10,000 events: events read (every stream, whole, since the
   * pass also verifies) and the expected total, when the source knows it (a folder's signed head).
   * For progress displays; a source that cannot tell calls it with the report's own count and no total.
   */
  onProgress?: (done: number, total: number | undefined) => void;
}

/** A listing cut at `maxRows`: `total` is exact, `rows` holds the first ones (time order). */
export interface Listing<T> {
  total: number;
  rows: T[];
}

/** The latest signed checkpoint of a stream (the signed head the report was checked against). */
export interface SignedHead {
  stream: string;
  /** Events the signed checkpoint covers (seq 0 … size − 1). */
  size: number;
  /** Hex RFC 6962 root. */
  root: string;
  /** The checkpoint's signed time (RFC 3339). */
  ts: string;
}

/** Per stream: what the report read and what verification found. */
export interface StreamCoverage {
  stream: string;
  /** Events of the stream in the report's period (and selection). */
  events: number;
  /** Lowest and highest seq among them (absent when none). */
  firstSeq?: number;
  lastSeq?: number;
  /** Events verification checked in this stream (the whole stream). */
  verifiedEvents: number;
  /** Events covered by a valid signed checkpoint. */
  checkpointedEvents: number;
  signedHead?: SignedHead;
  failure?: VerifyFailure;
}

/** What a report covers: sources, period, streams with seq ranges, signed heads. */
export interface ReportCoverage {
  sources: SourceInfo[];
  streams: StreamCoverage[];
}

/** Verification of the sources the report read (every stream, whole). */
export interface ReportVerification {
  ok: boolean;
  /** `pinned` (keys given by the reader), `ledger` (the source's own copy), or `none`. */
  keySource: VerifyResult['keySource'];
  streams: number;
  events: number;
  checkpoints: number;
  firstFailure?: VerifyFailure;
  warnings: string[];
}

/** Fields every report has. */
export interface ReportEnvelope<K extends ReportKind> {
  format: 'agent-audit-report';
  version: 1;
  kind: K;
  /** When the report was made (RFC 3339). */
  generatedAt: string;
  /** The period read: `from` inclusive, `to` exclusive (RFC 3339); absent bounds are open. */
  period: { from?: string; to?: string };
  coverage: ReportCoverage;
  verification: ReportVerification;
}

export const DEFAULT_MAX_ROWS = 1000;

export function resolvePeriod(options: ReportOptions): { from?: string; to?: string; now: Date } {
  const now = options.now ?? new Date();
  const bound = (value: string | Date | undefined): string | undefined =>
    value === undefined ? undefined : (value instanceof Date ? value : parseTimeSpec(value, now)).toISOString();
  const from = bound(options.from);
  const to = bound(options.to);
  return { ...(from ? { from } : {}), ...(to ? { to } : {}), now };
}

export function periodFilter(period: { from?: string; to?: string }): EventFilter {
  return { ...(period.from ? { since: period.from } : {}), ...(period.to ? { until: period.to } : {}) };
}

/**
 * Gives a report the events it reads (`events`) and tracks, per stream, the ones it used. Where
 * the source can (`ReportSource.verifiedEvents`, a ledger folder), the events come from the pass
 * that verifies the source: every stored line is read and parsed once. Otherwise verification
 * starts when the tracker is made and runs alongside the report's own pass.
 */
export class CoverageTracker {
  readonly #streams = new Map<string, { events: number; firstSeq: number; lastSeq: number }>();
  readonly #verifying: Promise<VerifyResult>;
  /** The events of the report's selection, ordered by `ts`, then stream, then seq. Read it once, to its end, before `finish()`. */
  readonly events: AsyncIterable<AuditEvent>;
  constructor(source: ReportSource, options: ReportOptions, filter: EventFilter) {
    const verifyOptions = options.verifierKeys ? { verifierKeys: options.verifierKeys } : {};
    const { onProgress } = options;
    if (source.verifiedEvents) {
      const scan = source.verifiedEvents(filter, { ...verifyOptions, ...(onProgress ? { onProgress } : {}) });
      this.events = scan.events;
      this.#verifying = scan.verification;
    } else {
      this.#verifying = source.verify(verifyOptions);
      const events = source.events(filter);
      this.events = onProgress ? counted(events, onProgress) : events;
    }
    // Awaited in finish(); a report that fails first must not leave an unhandled rejection behind.
    this.#verifying.catch(() => undefined);
  }
  add(event: AuditEvent): void {
    const entry = this.#streams.get(event.stream);
    if (!entry) this.#streams.set(event.stream, { events: 1, firstSeq: event.seq, lastSeq: event.seq });
    else {
      entry.events++;
      if (event.seq < entry.firstSeq) entry.firstSeq = event.seq;
      if (event.seq > entry.lastSeq) entry.lastSeq = event.seq;
    }
  }
  /** Verifies the source and builds the coverage and verification sections. */
  async finish(source: ReportSource): Promise<{ coverage: ReportCoverage; verification: ReportVerification }> {
    const result = await this.#verifying;
    const names = new Set([...(await source.streams()), ...this.#streams.keys()]);
    const streams: StreamCoverage[] = [];
    for (const stream of [...names].sort()) {
      const read = this.#streams.get(stream);
      const verified = result.reports.find((r) => r.stream === stream);
      let signedHead: SignedHead | undefined;
      if (verified && verified.checkpointedSize > 0) {
        const checkpoints = await source.checkpoints(stream);
        const head = [...checkpoints].reverse().find((c) => c.size === verified.checkpointedSize);
        if (head) signedHead = { stream, size: head.size, root: head.root, ts: head.ts };
      }
      streams.push({
        stream,
        events: read?.events ?? 0,
        ...(read ? { firstSeq: read.firstSeq, lastSeq: read.lastSeq } : {}),
        verifiedEvents: verified?.events ?? 0,
        checkpointedEvents: verified?.checkpointedSize ?? 0,
        ...(signedHead ? { signedHead } : {}),
        ...(verified?.failure ? { failure: verified.failure } : {}),
      });
    }
    return {
      coverage: { sources: await source.describe(), streams },
      verification: {
        ok: result.ok,
        keySource: result.keySource,
        streams: result.streams,
        events: result.events,
        checkpoints: result.checkpoints,
        ...(result.firstFailure ? { firstFailure: result.firstFailure } : {}),
        warnings: result.warnings,
      },
    };
  }
}

async function* counted(events: AsyncIterable<AuditEvent>, onProgress: (done: number, total: number | undefined) => void): AsyncGenerator<AuditEvent> {
  let n = 0;
  for await (const event of events) {
    if (++n % 10_000 === 0) onProgress(n, undefined);
    yield event;
  }
  onProgress(n, n);
}

export function envelope<K extends ReportKind>(kind: K, period: { from?: string; to?: string; now: Date }, parts: { coverage: ReportCoverage; verification: ReportVerification }): ReportEnvelope<K> {
  return {
    format: 'agent-audit-report',
    version: 1,
    kind,
    generatedAt: period.now.toISOString(),
    period: { ...(period.from ? { from: period.from } : {}), ...(period.to ? { to: period.to } : {}) },
    coverage: parts.coverage,
    verification: parts.verification,
  };
}

/** Adds `key` to a counting record. */
export function bump(record: Record<string, number>, key: string, by = 1): void {
  record[key] = (record[key] ?? 0) + by;
}

/** A record with its keys sorted (stable JSON and tables). */
export function sortedRecord(record: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of Object.keys(record).sort()) out[key] = record[key] as number;
  return out;
}

export function pushRow<T>(listing: Listing<T>, row: () => T, maxRows: number): void {
  listing.total++;
  if (listing.rows.length < maxRows) listing.rows.push(row());
}

/** Event types that mark an error. */
export function isErrorEvent(event: AuditEvent): boolean {
  return event.type === 'error' || event.type.endsWith('.error');
}

/** Human oversight: approvals asked, granted and denied. */
export const APPROVAL_GRANTED = new Set(['approval.grant']);
export const DENIED_TYPES = new Set(['approval.deny', 'policy.deny', 'permission.denied']);
export function isDenial(event: AuditEvent): boolean {
  return DENIED_TYPES.has(event.type) || event.outcome === 'denied';
}
