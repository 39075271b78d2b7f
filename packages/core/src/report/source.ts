import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { AuditEvent } from '../spec/event.js';
import { AuditError } from '../spec/errors.js';
import type { StoredCheckpoint } from '../ledger/file-ledger.js';
import { queryLedger, type EventFilter } from '../ledger/query.js';
import { listStreams, readCheckpoints, readStreamLines } from '../ledger/read.js';
import { verifyLedger, type VerifyOptions, type VerifyResult } from '../ledger/verify.js';
import { readLedgerInfo, readVerifierKeys } from '../ledger/layout.js';
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
}

/** This bundle's own file (`dist/index.js` or `.cjs`), which a worker can import; undefined under a TypeScript runner. */
function builtEntry(): string | undefined {
  let base: string | undefined;
  try {
    base = import.meta.url;
  } catch {
    base = undefined;
  }
  if ((typeof base !== 'string' || base === '') && typeof __filename === 'string') base = `file://${__filename}`;
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
    streams: () => listStreams(dir),
    events: (filter = {}) => queryLedger(dir, filter),
    lines: (stream) => readStreamLines(dir, stream),
    checkpoints: (stream) => readCheckpoints(dir, stream),
    verify: (verifyOptions = {}) => verify(dir, verifyOptions.verifierKeys && verifyOptions.verifierKeys.length > 0 ? { verifierKey: [...verifyOptions.verifierKeys] } : {}),
    publishedVerifierKeys: async () => readVerifierKeys(dir),
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
        warnings: results.flatMap((r) => r.warnings),
      } as VerifyResult;
    },
    async publishedVerifierKeys() {
      const keys = new Set<string>();
      for (const source of sources) for (const key of await source.publishedVerifierKeys()) keys.add(key);
      return [...keys];
    },
  };
}
