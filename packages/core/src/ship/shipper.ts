import { scrubUrls } from '../internal/display-url.js';
import { callHostHandler } from '../internal/host-handler.js';
import { join } from 'node:path';
import type { AuditEvent } from '../spec/event.js';
import { requireOptions } from '../internal/options.js';
import { AuditError } from '../spec/errors.js';
import { CircuitOpenError, ShipError } from './errors.js';
import { acquireLock, readCursor, writeCursor, writeFileAtomic, type Cursor } from './internal/cursor.js';
import { ledgerHead, ledgerReader, type LedgerReader } from './internal/ledger-access.js';
import { errorMessage, sleep } from './internal/sleep.js';
import type { ShipSink, ShippedCheckpoint, SinkStats } from './types.js';
import { backoffDelay, circuitBreaker, instrumented, retrying, type CircuitBreakerOptions, type RetryingOptions } from './wrappers.js';
import { isRegionRouting, REGION_PATTERN, RegionRoutingError, routeRegion, type RegionRouting } from '../regions/regions.js';

/** Options of {@link createShipper}. */
export interface ShipperOptions {
  /** The ledger folder (as given to `fileLedger({ dir })`). It is the spool: nothing is buffered elsewhere. */
  dir: string;
  /**
   * Where events go. Wrapped by default in `circuitBreaker(retrying(sink))`. `byRegion({ eu: sinkA, us: sinkB })`
   * ships to the target of `region` (required then); a region without one throws `RegionRoutingError` here.
   */
  sink: ShipSink | RegionRouting<ShipSink>;
  /**
   * The region this ledger folder belongs to (docs/REGIONS.md). Selects the target of a `byRegion()` sink,
   * and guards residency: an event whose `agent.region` is another region is never shipped; its stream
   * stops (what came before it is shipped) and a `ShipError` with code `region_mismatch` is reported.
   * Events without `agent.region` ship as before.
   */
  region?: string;
  /** Folder of the per-stream cursors. Default `<dir>/.ship/<sink name>`. */
  cursorDir?: string;
  /** Events per `write`; also the most events held in memory. */
  batchSize?: number;
  /** Pause between passes once everything is shipped. */
  pollIntervalMs?: number;
  /** Only these streams (default: every stream in the ledger). */
  streams?: readonly string[];
  /** Options of the `retrying()` wrapper, or `false` when `sink` is already wrapped. */
  retry?: RetryingOptions | false;
  /** Options of the `circuitBreaker()` wrapper, or `false` when `sink` is already wrapped. */
  breaker?: CircuitBreakerOptions | false;
  /** Cap of the shipper's own wait between failed batches. */
  maxBackoffMs?: number;
  /** Ship signed checkpoints when the sink accepts them. */
  checkpoints?: boolean;
  /** Receives every failure (sink errors, unreadable ledger, chain breaks). */
  onError?: (error: Error) => void;
  /** @internal test hook: replaces the ledger reader. */
  reader?: LedgerReader;
}

/** Per-stream position. */
export interface StreamShipStatus {
  stream: string;
  /** Events committed at the sink (= next seq to ship). */
  shipped: number;
  /** Events in the ledger when last looked at. */
  head: number;
  lag: number;
  /** Set when shipping of the stream stopped because its events do not chain. */
  halted?: string;
}

/** What `status()` reports. */
export interface ShipperStatus {
  sink: string;
  state: 'idle' | 'running' | 'stopped';
  streams: StreamShipStatus[];
  /** Sum of the streams' lag. */
  lag: number;
  shippedEvents: number;
  retries: number;
  failures: number;
  lastError?: { message: string; at: string; code?: string };
  breaker: 'closed' | 'open' | 'half-open';
  lastShipAt?: string;
  updatedAt: string;
}

/** Ships a ledger's streams to a sink by cursor. */
export interface Shipper {
  /** Starts shipping in the background until `stop()`. */
  start(): void;
  /** Ships everything in the ledger now and resolves (retrying until done or stopped). */
  runOnce(): Promise<void>;
  /** Resolves once every stream's lag is 0 (looks again every poll interval). */
  drain(options?: { timeoutMs?: number }): Promise<void>;
  /** Stops after the batch in flight; its cursor is only advanced if the sink committed. */
  stop(): Promise<void>;
  status(): ShipperStatus;
}

/**
 * The file the shipper writes its last status to, for `agent-audit status`.
 *
 * @example
 * ```ts
 * JSON.parse(await readFile(join(dir, '.ship', 'postgres', SHIP_STATUS_FILE), 'utf8')).lag;
 * ```
 */
export const SHIP_STATUS_FILE = 'status.json';

/**
 * Ships events from a local ledger to a sink by cursor: at-least-once (the cursor advances
 * only after the sink committed, atomically and durably), idempotent at the sink by event id,
 * retried with backoff and jitter behind a circuit breaker, with at most one batch in memory.
 * Each event is checked against the chain (seq run, `prev` link, recomputed hash) before it
 * leaves; a stream that does not chain stops shipping and is reported.
 *
 * @example
 * ```ts
 * const shipper = createShipper({ dir: './audit', sink: httpSink({ url, token }), onError: console.error });
 * shipper.start();
 * // later
 * console.log(shipper.status().lag);
 * await shipper.stop();
 * ```
 */
export function createShipper(options: ShipperOptions): Shipper {
  requireOptions('createShipper', options, 'options { dir, sink }');
  const { dir, batchSize = 500, pollIntervalMs = 1000, maxBackoffMs = 30_000, onError } = options;
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) throw new RangeError('createShipper(): batchSize must be a positive integer');
  const region = options.region;
  if (region !== undefined && !REGION_PATTERN.test(region)) {
    throw new RegionRoutingError({ region, message: `createShipper(): region ${JSON.stringify(region)} is not a region id (${REGION_PATTERN})` });
  }
  if (typeof dir !== 'string' || dir === '') throw new AuditError({ code: 'invalid_options', message: 'createShipper needs `dir`: the ledger folder to ship from' });
  const target: ShipSink = isRegionRouting(options.sink) ? routeRegion(options.sink, region, 'createShipper(): sink') : options.sink;
  if (target === null || typeof target !== 'object' || typeof target.write !== 'function') {
    throw new AuditError({ code: 'invalid_options', message: 'createShipper needs `sink`: a ShipSink with write(), e.g. httpSink({ url })' });
  }
  const cursorDir = options.cursorDir ?? join(dir, '.ship', encodeURIComponent(target.name));
  const reader = options.reader ?? ledgerReader();
  const controller = new AbortController();
  const signal = controller.signal;
  let sink: ShipSink = instrumented(target);
  if (options.retry !== false) sink = retrying(sink, { maxAttempts: 4, maxDelayMs: 5_000, ...options.retry, signal });
  if (options.breaker !== false) sink = circuitBreaker(sink, { failureThreshold: 3, openMs: 5_000, ...options.breaker });
  const shipCheckpoints = options.checkpoints !== false && typeof sink.writeCheckpoints === 'function';

  const streams = new Map<string, StreamShipStatus>();
  /** Seq at which reading a stream last failed: a tail being written fails once, a real defect twice. */
  const readFailedAt = new Map<string, number>();
  let state: ShipperStatus['state'] = 'idle';
  let loop: Promise<void> | undefined;
  let running: Promise<void> | undefined;
  let releaseLock: (() => Promise<void>) | undefined;
  let shippedEvents = 0;
  let shipperRetries = 0;
  let lastError: ShipperStatus['lastError'];
  let lastShipAt: string | undefined;
  let lastStatusWrite = 0;

  const report = (error: unknown) => {
    const err = error instanceof Error ? error : new Error(String(error));
    const code = (err as { code?: unknown }).code;
    lastError = { message: err.message, at: new Date().toISOString(), ...(typeof code === 'string' ? { code } : {}) };
    // The host's handler (a throw, or a promise that rejects) must not stop shipping.
    callHostHandler(onError, err);
  };

  function streamStatus(stream: string): StreamShipStatus {
    let entry = streams.get(stream);
    if (!entry) streams.set(stream, (entry = { stream, shipped: 0, head: 0, lag: 0 }));
    return entry;
  }

  /** Writes one batch until the sink commits it; false when stopped first. */
  async function deliver(batch: AuditEvent[]): Promise<boolean> {
    for (let attempt = 0; ; attempt++) {
      if (signal.aborted) return false;
      try {
        await sink.write(batch);
        return true;
      } catch (error) {
        report(error);
        shipperRetries++;
        const wait = error instanceof CircuitOpenError
          ? Math.max(50, error.retryAt - Date.now())
          : Math.max(50, backoffDelay(Math.min(attempt, 16), { initialDelayMs: 200, maxDelayMs: maxBackoffMs }));
        await writeStatus(false);
        await sleep(wait, signal);
      }
    }
  }

  async function deliverCheckpoints(checkpoints: ShippedCheckpoint[]): Promise<boolean> {
    for (let attempt = 0; ; attempt++) {
      if (signal.aborted) return false;
      try {
        await sink.writeCheckpoints!(checkpoints);
        return true;
      } catch (error) {
        report(error);
        // The sink stored the rest; the conflicting checkpoint can never be stored (an append-only
        // slot another holds): reported once, and shipping goes on (a retry would loop for ever).
        if (AuditError.isInstance(error) && error.code === 'checkpoint_conflict') return true;
        shipperRetries++;
        const wait = error instanceof CircuitOpenError ? Math.max(50, error.retryAt - Date.now()) : Math.max(50, backoffDelay(Math.min(attempt, 16), { initialDelayMs: 200, maxDelayMs: maxBackoffMs }));
        await sleep(wait, signal);
      }
    }
  }

  async function commit(cursor: Cursor, batch: AuditEvent[]): Promise<boolean> {
    if (!(await deliver(batch))) return false;
    const last = batch[batch.length - 1]!;
    cursor.nextSeq = last.seq + 1;
    cursor.lastHash = last.hash;
    cursor.updatedAt = new Date().toISOString();
    await writeCursor(cursorDir, cursor);
    shippedEvents += batch.length;
    lastShipAt = cursor.updatedAt;
    const entry = streamStatus(cursor.stream);
    entry.shipped = cursor.nextSeq;
    entry.head = Math.max(entry.head, cursor.nextSeq);
    entry.lag = entry.head - entry.shipped;
    return true;
  }

  async function shipStream(stream: string): Promise<void> {
    const entry = streamStatus(stream);
    if (entry.halted) return;
    const cursor = await readCursor(cursorDir, stream);
    entry.shipped = cursor.nextSeq;
    entry.head = Math.max(await ledgerHead(dir, stream, reader).catch(() => entry.head), cursor.nextSeq);
    entry.lag = entry.head - entry.shipped;
    if (entry.lag > 0) {
      let batch: AuditEvent[] = [];
      let expectSeq = cursor.nextSeq;
      let expectPrev = cursor.lastHash;
      try {
        for await (const event of reader.readEvents(dir, { stream, fromSeq: cursor.nextSeq })) {
          if (event.seq < expectSeq) continue;
          const problem = event.seq !== expectSeq
            ? `expected seq ${expectSeq}, found ${event.seq}`
            : event.prev !== expectPrev
              ? `seq ${event.seq}: prev does not match the hash of seq ${event.seq - 1}`
              : reader.computeEventHash(event) !== event.hash
                ? `seq ${event.seq}: hash does not match the event's content`
                : undefined;
          const eventRegion = (event.agent as { region?: unknown } | undefined)?.region;
          const foreign = !problem && region !== undefined && eventRegion !== undefined && eventRegion !== region
            ? `seq ${event.seq}: event of region ${JSON.stringify(eventRegion)} in a folder shipped for region ${JSON.stringify(region)}`
            : undefined;
          if (problem || foreign) {
            // Ship what chains, then stop this stream: a sink must not receive a broken chain, or another region's data, silently.
            if (batch.length > 0 && !(await commit(cursor, batch))) return;
            entry.halted = (problem ?? foreign)!;
            report(problem
              ? new ShipError({ stream, code: 'chain_break', message: `stream ${stream}: ${problem}; shipping of this stream stopped (run agent-audit verify)` })
              : new ShipError({ stream, code: 'region_mismatch', message: `stream ${stream}: ${foreign}; shipping of this stream stopped (data residency)` }));
            return;
          }
          expectSeq = event.seq + 1;
          expectPrev = event.hash;
          batch.push(event);
          if (expectSeq > entry.head) entry.head = expectSeq;
          if (batch.length >= batchSize) {
            if (!(await commit(cursor, batch))) return;
            batch = [];
            await writeStatus(false);
          }
        }
        readFailedAt.delete(stream);
      } catch (error) {
        // A line still being written reads as torn: ship what was read, try the rest on the next
        // pass, and report only when the same place fails twice in a row.
        if (readFailedAt.get(stream) === expectSeq) {
          report(new ShipError({ stream, message: `reading stream ${stream} at seq ${expectSeq} failed: ${errorMessage(error)}`, cause: error }));
        }
        readFailedAt.set(stream, expectSeq);
      }
      if (batch.length > 0 && !(await commit(cursor, batch))) return;
    }
    if (shipCheckpoints && !signal.aborted) {
      const stored = await reader.readCheckpoints(dir, stream).catch((error: unknown) => {
        report(new ShipError({ stream, message: `reading checkpoints of ${stream} failed: ${errorMessage(error)}`, cause: error }));
        return [];
      });
      const pending = stored.filter((c) => c.size > cursor.checkpointSize && c.size <= cursor.nextSeq).map((c) => ({ stream, size: c.size, root: c.root, ts: c.ts, note: c.note }));
      if (pending.length > 0 && (await deliverCheckpoints(pending))) {
        cursor.checkpointSize = Math.max(...pending.map((c) => c.size));
        cursor.updatedAt = new Date().toISOString();
        await writeCursor(cursorDir, cursor);
      }
    }
  }

  async function pass(): Promise<void> {
    const names = options.streams ?? (await reader.listStreams(dir));
    for (const stream of names) {
      if (signal.aborted) return;
      try {
        await shipStream(stream);
      } catch (error) {
        report(error);
      }
    }
    await writeStatus(true);
  }

  async function ensureLock(): Promise<void> {
    releaseLock ??= await acquireLock(cursorDir);
  }

  async function writeStatus(force: boolean): Promise<void> {
    const now = Date.now();
    if (!force && now - lastStatusWrite < 1000) return;
    lastStatusWrite = now;
    try {
      await writeFileAtomic(join(cursorDir, SHIP_STATUS_FILE), cursorDir, JSON.stringify({ pid: process.pid, ...status() }) + '\n', false);
    } catch {
      // status is advisory; cursors are what count
    }
  }

  function status(): ShipperStatus {
    const stats: SinkStats = sink.stats?.() ?? { name: sink.name, writes: 0, events: 0, failures: 0, retries: 0, consecutiveFailures: 0 };
    const list = [...streams.values()].map((entry) => ({ ...entry }));
    const latestError = [stats.lastError, lastError].filter((e): e is NonNullable<typeof e> => e !== undefined).sort((a, b) => (a.at < b.at ? 1 : -1))[0];
    return {
      sink: sink.name,
      state,
      streams: list,
      lag: list.reduce((sum, entry) => sum + entry.lag, 0),
      shippedEvents,
      retries: stats.retries + shipperRetries,
      failures: stats.failures,
      // A message naming a URL (a sink's own, a custom sink's) keeps only its origin: this goes to status.json and `agent-audit status`.
      ...(latestError ? { lastError: { ...latestError, message: scrubUrls(latestError.message) } } : {}),
      breaker: stats.breaker ?? 'closed',
      ...(lastShipAt ? { lastShipAt } : {}),
      updatedAt: new Date().toISOString(),
    };
  }

  /** Looks at the ledger again: a pass only knows the head as it was when it started. */
  async function refreshHeads(): Promise<void> {
    const names = options.streams ?? (await reader.listStreams(dir));
    for (const stream of names) {
      const entry = streamStatus(stream);
      if (!streams.has(stream) || entry.shipped === 0) entry.shipped = (await readCursor(cursorDir, stream)).nextSeq;
      entry.head = Math.max(entry.shipped, await ledgerHead(dir, stream).catch(() => entry.head));
      entry.lag = entry.head - entry.shipped;
    }
  }

  async function runOnce(): Promise<void> {
    if (running) return running;
    running = (async () => {
      await ensureLock();
      await pass();
    })().finally(() => {
      running = undefined;
    });
    return running;
  }

  return {
    start() {
      if (loop || signal.aborted) return;
      state = 'running';
      loop = (async () => {
        while (!signal.aborted) {
          try {
            await runOnce();
          } catch (error) {
            report(error);
          }
          await sleep(pollIntervalMs, signal);
        }
      })();
    },
    runOnce,
    async drain({ timeoutMs = Infinity } = {}) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        await runOnce();
        await refreshHeads();
        const current = status();
        const halted = current.streams.filter((s) => s.halted);
        if (halted.length > 0) throw new ShipError({ message: `cannot drain: ${halted.map((s) => `${s.stream} (${s.halted})`).join('; ')}` });
        if (current.lag === 0) return;
        if (signal.aborted) throw new ShipError({ message: 'shipper stopped before it drained' });
        if (Date.now() >= deadline) throw new ShipError({ code: 'drain_timeout', message: `drain timed out with lag ${current.lag}` });
        await sleep(Math.min(pollIntervalMs, 250), signal);
      }
    },
    async stop() {
      controller.abort();
      await loop;
      await running?.catch(() => undefined);
      state = 'stopped';
      await writeStatus(true);
      await releaseLock?.();
      releaseLock = undefined;
      await sink.close?.();
    },
    status,
  };
}
