import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import type { AuditEvent } from '../spec/event.js';
import { AuditError } from '../spec/errors.js';
import type { StoredCheckpoint } from '../ledger/file-ledger.js';
import { compileFilter, queryLedger, type EventFilter } from '../ledger/query.js';
import fs from 'node:fs';
import { listStreamsLeavingOut, readCheckpoints, readFileLineChunks, readStreamLines } from '../ledger/read.js';
import { parseLine } from '../ledger/lines.js';
import { verifyLedger, type StreamReport, type VerifyOptions, type VerifyResult } from '../ledger/verify.js';
import { listSegments, readLedgerInfo, readVerifierKeys, streamDir } from '../ledger/layout.js';
import { parseHead, readHeadNote } from '../ledger/head.js';

/** What a source says about itself (shown in every report's coverage). */
export interface SourceInfo {
  /** A folder path, or a PostgreSQL URL without its password. */
  label: string;
  kind: 'folder' | 'postgres';
  /** The ledger id (`LEDGER` file) of a folder; checkpoint origins are `agent-audit/<id>/<stream>`. */
  ledgerId?: string;
  /** When the ledger folder was created (RFC 3339), if known. */
  created?: string;
  /**
   * The signed ledger head (`<ledger>/HEAD`) the folder was verified against: its signed time,
   * the SHA-256 of the note's bytes, and each stream's size, root and closed flag as signed.
   * Read as found; `verification` says whether its signature and contents checked out.
   */
  ledgerHead?: { timestamp: string; sha256: string; streams: Array<{ name: string; size: number; root: string; closed: boolean }> };
}

/** The ledger head of a folder as a report shows it; undefined when there is none or it does not parse. */
function describeHead(dir: string): SourceInfo['ledgerHead'] {
  const note = readHeadNote(dir);
  if (note === undefined) return undefined;
  const split = note.lastIndexOf('\n\n');
  try {
    const head = parseHead(split < 0 ? note : note.slice(0, split + 1));
    return { timestamp: head.timestamp, sha256: createHash('sha256').update(note).digest('hex'), streams: head.streams.map((s) => ({ name: s.name, size: s.size, root: s.root, closed: s.closed })) };
  } catch {
    return undefined;
  }
}

/**
 * Where reports and evidence bundles read events from: a ledger folder, several folders, or a
 * PostgreSQL store (`postgresReportSource()` in `@agent-audit/postgres`). Every method streams;
 * nothing here loads a whole ledger into memory. Everything read from a source is untrusted
 * until `verify()` says otherwise.
 */
export interface ReportSource {
  describe(): Promise<SourceInfo[]>;
  /** Stream names, sorted. */
  streams(): Promise<string[]>;
  /** Events matching the filter, ordered by `ts`, then stream, then seq. */
  events(filter?: EventFilter): AsyncIterable<AuditEvent>;
  /** One stream's stored lines (canonical JSON with `hash`) in seq order, with the parsed event. */
  lines(stream: string): AsyncIterable<{ line: string; event: AuditEvent }>;
  /** One stream's signed checkpoints, oldest first (as stored: check them with `verify()`). */
  checkpoints(stream: string): Promise<StoredCheckpoint[]>;
  /** Full verification (hashes, chain, seq run, signed roots); pinned keys when given. */
  verify(options?: { verifierKeys?: readonly string[] }): Promise<VerifyResult>;
  /** Verifier keys the store publishes about itself (not a trust anchor: pin your own). */
  publishedVerifierKeys(): Promise<string[]>;
  /**
   * Optional: `events(filter)` and `verify(options)` from one read, each stored line read and
   * parsed once. A source without it is read twice (reports then call `events()` and `verify()`).
   */
  verifiedEvents?(filter: EventFilter, options?: VerifiedEventsOptions): VerifiedEvents;
}

/** Options of `ReportSource.verifiedEvents()`. */
export interface VerifiedEventsOptions {
  verifierKeys?: readonly string[];
  /**
   * Progress of the pass, about every 10,000 events: events read so far (every stream, whole,
   * selected or not) and the expected total (the stream sizes the signed head lists; undefined
   * when unknown). `done` may pass `total` when events were added after the head was signed.
   */
  onProgress?: (done: number, total: number | undefined) => void;
}

/**
 * The events a filter selects, ordered as `ReportSource.events()`, and the verification of the
 * whole source from the same pass. The pass runs as `events` is read: `verification` settles once
 * `events` has been read to its end (it stays pending if `events` is never read, and rejects if
 * the reader stops early). Attach a handler to `verification` before reading.
 */
export interface VerifiedEvents {
  events: AsyncIterable<AuditEvent>;
  verification: Promise<VerifyResult>;
}

/**
 * Events buffered per stream before its reader waits for the merge (memory stays bounded). Small
 * enough that buffered events die young: 1,024 cost 18 % more CPU over 1M events (promoted to
 * the old generation, then collected there), 64 and 256 about the same.
 */
const LANE_CAPACITY = 256;

class ScanCancelled extends Error {
  override readonly name = 'ScanCancelled';
}

/**
 * One pass over a ledger folder: `verifyLedger()` reads and checks every stream (concurrently,
 * `onEvent`), and the events it has checked are merged by time for the report. A stream whose
 * verification stopped early (a changed line, an unlisted stream, a ledger-level failure) goes
 * on from where it stopped with the plain reader, as `queryLedger()` would read it, so a report on
 * a ledger that does not verify still shows every event (and says that it does not verify).
 */
function scanFolder(dir: string, filter: EventFilter, verifyOptions: VerifyOptions, onProgress?: (done: number, total: number | undefined) => void): VerifiedEvents {
  const match = compileFilter(filter);
  let read = 0;
  let total: number | undefined;
  interface Lane {
    stream: string;
    buffer: AuditEvent[];
    head: number;
    /** Events verification handed over (selected or not): where a fallback read resumes. */
    delivered: number;
    /** Verification is over for this stream (report set, or the whole pass settled). */
    verified: boolean;
    report?: StreamReport;
    /** Every event of the stream is in the buffer or was taken from it. */
    done: boolean;
    resume?: () => void;
  }
  const lanes = new Map<string, Lane>();
  const lane = (stream: string): Lane => {
    let found = lanes.get(stream);
    if (!found) {
      found = { stream, buffer: [], head: 0, delivered: 0, verified: false, done: false };
      lanes.set(stream, found);
    }
    return found;
  };
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  let cancelled = false;
  let failed: { error: unknown } | undefined;
  let settled = false;
  let started: Promise<VerifyResult> | undefined;
  let resolveVerification!: (result: VerifyResult) => void;
  let rejectVerification!: (error: unknown) => void;
  const verification = new Promise<VerifyResult>((resolve, reject) => {
    resolveVerification = resolve;
    rejectVerification = reject;
  });

  const push = (target: Lane, event: AuditEvent): void | Promise<void> => {
    if (cancelled) throw new ScanCancelled('the report stopped reading');
    target.delivered++;
    if (onProgress && ++read % 10_000 === 0) onProgress(read, total);
    if (!match(event)) return undefined;
    target.buffer.push(event);
    notify();
    if (target.buffer.length - target.head < LANE_CAPACITY) return undefined;
    return new Promise<void>((resolve) => {
      target.resume = resolve;
    });
  };
  // Past the point where verification stopped: the plain reader, skipping what was handed over.
  const readRest = async (target: Lane): Promise<void> => {
    try {
      let skip = target.delivered;
      for await (const event of readTolerant(dir, target.stream)) {
        if (skip > 0) {
          skip--;
          continue;
        }
        const waiting = push(target, event);
        if (waiting) await waiting;
      }
    } catch {
      // Only ScanCancelled reaches here (the report stopped reading); unreadable lines are skipped.
    }
    target.done = true;
    notify();
  };
  const endLane = (target: Lane, report: StreamReport | undefined): void => {
    if (target.verified) return;
    target.verified = true;
    if (report) target.report = report;
    if (report && !report.failure) {
      target.done = true;
      notify();
    } else void readRest(target);
  };

  const start = (): Promise<VerifyResult> =>
    (started ??= verifyLedger(dir, {
      ...verifyOptions,
      onEvent: (event) => push(lane(event.stream), event),
      onStreamEnd: (report) => endLane(lane(report.stream), report),
    }).then(
      (result) => {
        settled = true;
        // A ledger-level failure verifies no stream: every folder stream is then read plainly.
        for (const target of lanes.values()) endLane(target, undefined);
        notify();
        return result;
      },
      (error: unknown) => {
        settled = true;
        if (!(error instanceof ScanCancelled)) failed ??= { error };
        notify();
        throw error;
      },
    ));

  async function* events(): AsyncGenerator<AuditEvent> {
    // What streams/ holds besides stream folders is left out here; the verification names it.
    for (const stream of (await listStreamsLeavingOut(dir)).streams) lane(stream);
    if (onProgress) {
      total = describeHead(dir)?.streams.reduce((n, s) => n + s.size, 0);
      onProgress(0, total);
    }
    start().then(resolveVerification, rejectVerification);
    try {
      for (;;) {
        if (failed) throw failed.error;
        // Every stream still running must have an event waiting before the earliest can be told.
        let pending = false;
        let best: Lane | undefined;
        let bestEvent: AuditEvent | undefined;
        for (const target of lanes.values()) {
          if (target.head < target.buffer.length) {
            const event = target.buffer[target.head] as AuditEvent;
            if (!bestEvent || event.ts < bestEvent.ts || (event.ts === bestEvent.ts && (event.stream < bestEvent.stream || (event.stream === bestEvent.stream && event.seq < bestEvent.seq)))) {
              best = target;
              bestEvent = event;
            }
          } else if (!target.done) pending = true;
        }
        if (pending) {
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
          continue;
        }
        if (!best || !bestEvent) break;
        best.head++;
        if (best.head === best.buffer.length) {
          best.buffer = [];
          best.head = 0;
        } else if (best.head >= LANE_CAPACITY) {
          best.buffer = best.buffer.slice(best.head);
          best.head = 0;
        }
        if (best.resume && best.buffer.length - best.head < LANE_CAPACITY / 2) {
          const resume = best.resume;
          best.resume = undefined;
          resume();
        }
        yield bestEvent;
      }
      if (!settled) await started;
      onProgress?.(read, total !== undefined && read > total ? read : total);
    } finally {
      if (!settled) {
        // The reader stopped early: stop the pass too.
        cancelled = true;
        for (const target of lanes.values()) target.resume?.();
      }
    }
  }
  return {
    events: { [Symbol.asyncIterator]: () => events() },
    verification,
  };
}

/**
 * The events of a stream that failed verification, read as far as they can be: a line that is
 * not a JSON event (garbage, blank, torn) is skipped, a segment that cannot be read (a line over
 * 256 MiB, not a regular file) is left from there, a missing stream folder yields nothing. The
 * failure itself is already in the verification result, which the report shows; this only keeps
 * the report from losing the events around it.
 */
async function* readTolerant(dir: string, stream: string): AsyncGenerator<AuditEvent> {
  const sdir = streamDir(dir, stream);
  if (!fs.existsSync(sdir)) return;
  let segments: Array<{ file: string }>;
  try {
    segments = listSegments(sdir).segments;
  } catch {
    return;
  }
  for (const { file } of segments) {
    try {
      for await (const chunk of readFileLineChunks(file)) {
        for (const bytes of chunk) {
          const event = parseLine(bytes.toString('utf8'));
          if (event) yield event;
        }
      }
    } catch {
      // This segment cannot be read on (verification already names the failure).
    }
  }
}

/** This bundle's own file (`dist/index.js` or `.cjs`), which a worker can import; undefined under a TypeScript runner. */
function builtEntry(): string | undefined {
  let base: string | undefined;
  try {
    base = import.meta.url;
  } catch {
    base = undefined;
  }
  if ((typeof base !== 'string' || base === '') && typeof __filename === 'string') base = pathToFileURL(__filename).href;
  return typeof base === 'string' && /\/index\.(c?js|mjs)$/.test(base) ? base : undefined;
}

const VERIFY_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.entry)
  .then((core) => core.verifyLedger(workerData.dir, workerData.options))
  .then((result) => parentPort.postMessage({ result }), (error) => parentPort.postMessage({ error: { message: String((error && error.message) || error), code: error && error.code } }));
`;

/** `verifyLedger()` in a worker thread (a second core), falling back to this thread when the bundle cannot be found. */
function verifyInWorker(dir: string, options: VerifyOptions): Promise<VerifyResult> {
  const entry = builtEntry();
  if (entry === undefined) return verifyLedger(dir, options);
  return new Promise((resolve, reject) => {
    // No inherited flags: `--input-type=module` would make this CommonJS snippet a module.
    const worker = new Worker(VERIFY_WORKER, { eval: true, execArgv: [], workerData: { entry, dir, options } });
    worker.once('message', (message: { result?: VerifyResult; error?: { message: string; code?: string } }) => {
      void worker.terminate();
      if (message.result) resolve(message.result);
      else reject(new AuditError({ code: message.error?.code ?? 'verify_failed', message: message.error?.message ?? 'verification failed' }));
    });
    worker.once('error', (error) => reject(error));
    worker.once('exit', (code) => {
      if (code !== 0) reject(new AuditError({ code: 'verify_failed', message: `the verification worker stopped (exit ${code})` }));
    });
  });
}

/**
 * A ledger folder as a report source, built on the folder readers of `ledger/` (`queryLedger`,
 * `readStreamLines`, `readCheckpoints`, `verifyLedger`). Verification runs in a worker thread
 * when this module is the built bundle (so a report's pass and the verification use two cores);
 * `verifyInWorker: false` keeps it on the calling thread.
 *
 * @example
 * ```ts
 * const report = await activityReport(ledgerSource('./audit'), { from: '2026-11-01' });
 * ```
 */
export function ledgerSource(dir: string, options: { verifyInWorker?: boolean } = {}): ReportSource {
  const verify = options.verifyInWorker === false ? verifyLedger : verifyInWorker;
  return {
    async describe() {
      const info = readLedgerInfo(dir);
      const ledgerHead = describeHead(dir);
      return [{ label: dir, kind: 'folder', ledgerId: info.id, created: info.created, ...(ledgerHead ? { ledgerHead } : {}) }];
    },
    // A planted file (a FIFO or plain file in streams/, a directory, FIFO or link as a segment) is
    // left out of the reading, never a failure of the report: verification names it, the report
    // says "VERIFICATION FAILED" and the CLI exits 1.
    streams: async () => (await listStreamsLeavingOut(dir)).streams,
    events: (filter = {}) => queryLedger(dir, filter, { onLeftOut: () => undefined }),
    lines: (stream) => readStreamLines(dir, stream),
    checkpoints: (stream) => readCheckpoints(dir, stream),
    verify: (verifyOptions = {}) => verify(dir, verifyOptions.verifierKeys && verifyOptions.verifierKeys.length > 0 ? { verifierKey: [...verifyOptions.verifierKeys] } : {}),
    publishedVerifierKeys: async () => readVerifierKeys(dir),
    verifiedEvents: (filter, scanOptions = {}) =>
      scanFolder(dir, filter, scanOptions.verifierKeys && scanOptions.verifierKeys.length > 0 ? { verifierKey: [...scanOptions.verifierKeys] } : {}, scanOptions.onProgress),
  };
}

/** Merges sorted iterables by `ts`, stream, seq, holding one event per input. */
async function* mergeByTime(inputs: Array<AsyncIterable<AuditEvent>>): AsyncGenerator<AuditEvent> {
  const heads: Array<{ iterator: AsyncIterator<AuditEvent>; event: AuditEvent }> = [];
  for (const input of inputs) {
    const iterator = input[Symbol.asyncIterator]();
    const first = await iterator.next();
    if (!first.done) heads.push({ iterator, event: first.value });
  }
  try {
    while (heads.length > 0) {
      let best = 0;
      for (let i = 1; i < heads.length; i++) {
        const a = (heads[i] as { event: AuditEvent }).event;
        const b = (heads[best] as { event: AuditEvent }).event;
        if (a.ts < b.ts || (a.ts === b.ts && (a.stream < b.stream || (a.stream === b.stream && a.seq < b.seq)))) best = i;
      }
      const head = heads[best] as { iterator: AsyncIterator<AuditEvent>; event: AuditEvent };
      yield head.event;
      const next = await head.iterator.next();
      if (next.done) heads.splice(best, 1);
      else head.event = next.value;
    }
  } finally {
    for (const head of heads) await head.iterator.return?.();
  }
}

/**
 * Several sources read as one (folders of several processes or regions, a folder and a
 * database). Events are merged by time. A stream name must belong to one source only: two
 * sources holding a stream of the same name raise an `AuditError` (`stream_conflict`), since
 * their events could not be told apart; report on them separately.
 *
 * @example
 * ```ts
 * const source = combineSources([ledgerSource('./eu'), ledgerSource('./us')]);
 * ```
 */
export function combineSources(sources: readonly ReportSource[]): ReportSource {
  if (sources.length === 1) return sources[0] as ReportSource;
  let owners: Promise<Map<string, ReportSource>> | undefined;
  const ownerMap = (): Promise<Map<string, ReportSource>> =>
    (owners ??= (async () => {
      const map = new Map<string, ReportSource>();
      for (const source of sources) {
        const label = (await source.describe()).map((s) => s.label).join(', ');
        for (const stream of await source.streams()) {
          if (map.has(stream)) {
            const other = (await (map.get(stream) as ReportSource).describe()).map((s) => s.label).join(', ');
            throw new AuditError({ code: 'stream_conflict', message: `stream ${JSON.stringify(stream)} exists in both ${other} and ${label}; report on them separately` });
          }
          map.set(stream, source);
        }
      }
      return map;
    })());
  const owner = async (stream: string): Promise<ReportSource> => {
    const source = (await ownerMap()).get(stream);
    if (!source) throw new AuditError({ code: 'not_found', message: `no stream ${JSON.stringify(stream)} in any source` });
    return source;
  };
  return {
    async describe() {
      const out: SourceInfo[] = [];
      for (const source of sources) out.push(...(await source.describe()));
      return out;
    },
    async streams() {
      return [...(await ownerMap()).keys()].sort();
    },
    events(filter = {}) {
      return {
        [Symbol.asyncIterator]: () =>
          (async function* () {
            await ownerMap();
            yield* mergeByTime(sources.map((source) => source.events(filter)));
          })(),
      };
    },
    lines(stream) {
      return {
        [Symbol.asyncIterator]: () =>
          (async function* () {
            yield* (await owner(stream)).lines(stream);
          })(),
      };
    },
    checkpoints: async (stream) => (await owner(stream)).checkpoints(stream),
    async verify(options = {}) {
      await ownerMap();
      const results: VerifyResult[] = [];
      for (const source of sources) results.push(await source.verify(options));
      return combineResults(results);
    },
    verifiedEvents(filter, options = {}) {
      let scans: VerifiedEvents[] | undefined;
      let ready!: (value: VerifiedEvents[]) => void;
      let failed!: (error: unknown) => void;
      const opened = new Promise<VerifiedEvents[]>((resolve, reject) => {
        ready = resolve;
        failed = reject;
      });
      const verification = opened.then((list) => Promise.all(list.map((scan) => scan.verification))).then(combineResults);
      return {
        events: {
          [Symbol.asyncIterator]: () =>
            (async function* () {
              try {
                await ownerMap();
              } catch (error) {
                failed(error);
                throw error;
              }
              // Progress of several sources: their counts and totals added up.
              const progress = sources.map(() => ({ done: 0, total: undefined as number | undefined }));
              const { onProgress, ...verifyOptions } = options;
              scans = sources.map((source, i) => {
                const own = onProgress
                  ? (done: number, total: number | undefined) => {
                      progress[i] = { done, total };
                      const known = progress.every((p) => p.total !== undefined);
                      onProgress(progress.reduce((n, p) => n + p.done, 0), known ? progress.reduce((n, p) => n + (p.total as number), 0) : undefined);
                    }
                  : undefined;
                return source.verifiedEvents?.(filter, { ...verifyOptions, ...(own ? { onProgress: own } : {}) }) ?? { events: source.events(filter), verification: source.verify(verifyOptions) };
              });
              ready(scans);
              yield* mergeByTime(scans.map((scan) => scan.events));
            })(),
        },
        verification,
      };
    },
    async publishedVerifierKeys() {
      const keys = new Set<string>();
      for (const source of sources) for (const key of await source.publishedVerifierKeys()) keys.add(key);
      return [...keys];
    },
  };
}

/** The verification results of several sources as one. */
function combineResults(results: readonly VerifyResult[]): VerifyResult {
  const reports = results.flatMap((r) => r.reports);
  const firstFailure = results.find((r) => r.firstFailure)?.firstFailure;
  const keySources = new Set(results.map((r) => r.keySource));
  // Fields the readers add over time (e.g. key rotations) are concatenated when they are lists.
  const extra: Record<string, unknown> = {};
  for (const result of results) {
    for (const [key, value] of Object.entries(result)) if (Array.isArray(value) && !['reports', 'warnings'].includes(key)) extra[key] = [...((extra[key] as unknown[] | undefined) ?? []), ...(value as unknown[])];
  }
  return {
    ...extra,
    ok: results.every((r) => r.ok),
    streams: reports.length,
    events: results.reduce((n, r) => n + r.events, 0),
    checkpoints: results.reduce((n, r) => n + r.checkpoints, 0),
    ...(firstFailure ? { firstFailure } : {}),
    reports,
    keySource: keySources.size === 1 ? (results[0] as VerifyResult).keySource : keySources.has('none') ? 'none' : 'ledger',
    // A warning two sources give alike (e.g. each folder's own verifier.key) is said once.
    warnings: [...new Set(results.flatMap((r) => r.warnings))],
  } as VerifyResult;
}
