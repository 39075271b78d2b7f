import { hostname } from 'node:os';
import { callHostHandler } from '../internal/host-handler.js';
import { performance } from 'node:perf_hooks';
import { closeOption, rejectUnknownOptions, requireOptions } from '../internal/options.js';
import { monotonicFactory } from 'ulid';
import { randomFraction } from './ids.js';
import { afterRedaction, DEFAULT_LIMITS, MAX_DEPTH_LIMIT, newBudget, type NormalizeLimits } from '../internal/normalize.js';
import type { Actor, AgentInfo, RecordInput, Trace, UnsealedEvent } from '../spec/event.js';
import { actorSchema, agentSchema, GENESIS_HASH } from '../spec/event.js';
import { AuditError, QueueOverflowError, RecordError, RedactionError } from '../spec/errors.js';
import type { CaptureMode, CapturePolicy, RedactionResult, RedactOptions, Redactor } from '../spec/redactor.js';
import { sealedSeq, type LedgerSink, type SealedRecord } from '../spec/sink.js';
import { currentContext, childTrace, resolveRunContext, runInContext, type AuditContext, type RunContext } from './context.js';
import { createRedactor } from '../redaction/redactor.js';
import { sealEvent } from './seal.js';
import { completeMedia } from '../internal/media.js';
import { createRedactionOffload, offloadedMembers, OffloadTimeoutError, type RedactionWorkerOptions } from './offload.js';
import { sealFromMembers } from './seal-members.js';
import { failedRedaction, mergeClassification } from './classify.js';
import { createSealingPool, sealingWorkerTestHooks, type InFlight } from './pipeline.js';
import { internalsOf } from '../redaction/internals.js';
import { memoryKey, type MemorySnapshot } from '../redaction/session-memory.js';
import { CAPTURE_POLICY_KEYS, captureOf, resolveEventTrace, shapeEvent, type DraftEvent, type ShapeDefaults } from './shape.js';
import { isRegionRouting, routeRegion, type RegionRouting } from '../regions/regions.js';

/** Options of `createAuditor()`. */
export interface AuditorOptions {
  /** The agent whose events these are. */
  agent: AgentInfo;
  /**
   * The local ledger; `fileLedger({ dir })` is the embedded default. `byRegion({ eu: ledgerA, us: ledgerB })`
   * writes to the ledger of `agent.region`; a region without one (or no `agent.region`) throws
   * `RegionRoutingError` here, never falls back (docs/REGIONS.md).
   */
  sink: LedgerSink | RegionRouting<LedgerSink>;
  /** Stream name: one writer's ordered log. Defaults to the agent id. */
  stream?: string;
  /** `source` of events that do not name one. */
  source?: string;
  /** Session and actor of events that name none and run outside any context. */
  session?: string;
  actor?: Actor;
  /** Redaction stage, applied before hashing. Defaults to `createRedactor()` (every built-in detector, managed pseudonym key). */
  redactor?: Redactor;
  /** Default capture mode for content, arguments and results. */
  capture?: CaptureMode | CapturePolicy;
  /** Receives every failure: overflow, redaction, ledger I/O, bad input. Never throws into record(). */
  onError?: (error: Error) => void;
  /** Most events waiting to be written before new ones are counted as a gap. */
  maxQueueEvents?: number;
  /**
   * Most characters of event snapshots waiting to be sealed (each event's `chars`: its values as
   * counted against `limits.maxEventChars`, plus what is kept of long strings for redaction) before
   * new events are counted as a gap. Default 64 Mi (67,108,864): about 128 MB of string data. It
   * bounds the backlog when large events come faster than they are sealed (a hostile tool server
   * can return 512 KiB results in a loop); the event that crosses it is still queued.
   */
  maxQueueChars?: number;
  /** Most events in one group commit. */
  maxBatchEvents?: number;
  /** How long an asynchronous redactor may take for one event before it counts as failed. */
  redactionTimeoutMs?: number;
  /**
   * Longest stretch, in milliseconds, the pipeline works on the host's thread before it lets the
   * host's pending I/O and timers run. Smaller is kinder to the host's latency, larger is
   * slightly more throughput.
   */
  sliceMs?: number;
  /** Limits for snapshotting values (see docs/FORMAT.md, "Normalization"). */
  limits?: Partial<NormalizeLimits>;
  /**
   * Lets `record()` write the event types agent-audit writes itself: `ledger.*` (gaps, chain
   * breaks, key rotations, recoveries, pruning) and `hold.*` (legal holds), which verify,
   * retention and the monitor act on. Off by default: from any other caller such a type is
   * recorded as `error`, with the type given under `attrs.invalidType`, and reported to
   * `onError`, so neither an agent nor data it passes on can forge a key rotation that verify
   * reports or a `hold.release` that ends a legal hold (docs/FORMAT.md §2). For agent-audit's own
   * writers (the collector's chain breaks, legal holds) and tests that stand in for them.
   */
  systemEvents?: boolean;
  /**
   * Where redaction and sealing run. By default (`true`) every event is redacted, classified and
   * put in RFC 8785 form in a small pool of worker threads (2 by default), shared out by session
   * so each session's events keep their order and session memory; the host's thread snapshots at
   * `record()`, splices each event into the SHA-256 chain, hashes it and writes the lines. The
   * pipeline uses the other cores and no event blocks the host's event loop however many
   * findings it holds. The threads start once the host's thread has sealed 256 events or a
   * large event comes (`startAfterEvents`). Only for redactors made by `createRedactor()` without custom detectors or
   * a vault; others run on the host's thread, and so do the events of a pool that failed three
   * times (each failure is reported; no event is lost or reordered). An object keeps the workers
   * and sets their number (`threads`), when they start (`startAfterEvents`), their priority (`nice`, Linux), their timeout
   * (`timeoutMs`) and the host-thread fallback's offload of large events (`minEventChars`).
   * `false` keeps all work on the host's thread. The threads load their redactors one core
   * fewer at a time than the machine has (at least one), so the host's thread keeps a core.
   * Any other value (`null`, a string, an array) throws an AuditError `invalid_options`.
   * See docs/ARCHITECTURE.md.
   */
  redactionWorker?: boolean | RedactionWorkerOptions;
  /**
   * Milliseconds since 1970-01-01T00:00:00Z (as `Date.now()`, the default); tests pass a fixed
   * clock. A fraction is cut to the whole millisecond. A value that is not a number from 0 to
   * 253402300799999 (9999-12-31T23:59:59.999Z, the last instant an event's `ts` can hold: RFC 3339
   * four-digit years; 0 also bounds the ULID's time), or a clock that throws, never throws into
   * the host nor loses the event: that event (and any later one the clock gets wrong) is recorded
   * at `Date.now()`, and the first such value is reported once to `onError` (AuditError
   * `invalid_clock`). Before 2026-12-07 NaN made `close()` hang, 1e15 lost the event, and the year
   * 10000 wrote a `ts` (`+010000-…`) no verifier takes.
   */
  clock?: () => number;
}

/** 9999-12-31T23:59:59.999Z in ms: the last instant an event's `ts` (four-digit year) can hold. */
const MAX_EVENT_TIME = 253_402_300_799_999;

/** What `record()` returns: the event id and its place in the stream (-1 if it was counted as a gap). */
export interface RecordReceipt {
  id: string;
  seq: number;
}

/** Counters of an auditor's pipeline. */
export interface AuditorStats {
  recorded: number;
  durable: number;
  queued: number;
  dropped: number;
  redactionFailures: number;
  sinkFailures: number;
  /** Events redacted in the sealing pool's worker threads (the rest were redacted on the host's thread). */
  sealedInWorker: number;
}

/**
 * Records an agent's audit events. Create one per process and stream with `createAuditor()`.
 */
export interface Auditor {
  readonly agent: AgentInfo;
  readonly stream: string;
  /**
   * Records an event. Synchronous and never throws; the expensive work runs batched off this path.
   * The input is snapshotted with bounded work per value (`limits`, docs/FORMAT.md "Normalization"):
   * a string over 32 KiB is kept up to 1 MiB, redacted, then stored as 32 KiB ending with
   * `…[truncated after redaction: N of M chars; the recorded value had L]`; objects, arrays, Maps
   * and Sets keep 1,000 members and a `[truncated]` count; a typed array of numbers becomes
   * `{ type, length, bytes }`, bytes `{ mimeType, bytes, sha256 }`; any cut sets `attrs.truncated`.
   */
  record(input: RecordInput): RecordReceipt;
  /**
   * Records an event and resolves once it is durable; rejects with `RecordError` when it is not:
   * at once while the ledger is failing, when the append holding the event fails, or when the
   * ledger fails three times in a row on events before it. The event stays queued either way.
   * For fail-closed hosts.
   */
  recordDurable(input: RecordInput): Promise<RecordReceipt>;
  /** Resolves once every event recorded before the call is durable. */
  flush(): Promise<void>;
  /**
   * Flushes, writes a final checkpoint and releases the stream. Later records are reported to onError.
   * Rejects with `RecordError` (naming the count and seq range of the events that are not durable)
   * when the ledger fails 5 times in a row after the call, which takes about 5 s at the retry
   * backoff's ceiling; pending `flush()` and `recordDurable()` callers are rejected with it. The
   * worker threads and the stream are released either way.
   */
  close(): Promise<void>;
  /** Runs `fn` in a context that nested work (and every adapter) inherits. */
  run<T>(context: RunContext, fn: () => T): T;
  /** The context of the calling code, if any. */
  currentContext(): AuditContext | undefined;
  /** Reports a failure through the auditor's `onError` (adapters use this for their own failures). */
  onError(error: unknown): void;
  stats(): AuditorStats;
}

interface Pending {
  draft: DraftEvent;
}

interface Waiter {
  seq: number;
  resolve: () => void;
  reject: (error: Error) => void;
  /** Rejects a `flush()` caller too, once `close()` has given up on a failing ledger. */
  abandon?: (error: Error) => void;
}

const STREAM_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
/** Events per message to the sealing worker, and most events in its hands at once. */
const WORKER_BATCH = 256;
const WORKER_IN_FLIGHT = 8;
/** A batch sent to the sealing pool ends after the event that reaches this many characters. */
const WORKER_BATCH_CHARS = 4 * 1024 * 1024;

/** An option's value as an error message shows it: a string quoted, NaN as NaN. */
const shown = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value) : String(value));

/**
 * What a queued event holds, in characters: its snapshot (`chars`) and the base64 of media whose
 * digests are still to be computed (a data: URL is summarized at record(), but its payload is kept
 * until the pipeline hashes it: a 16 MiB image counts as 16 Mi, not as its summary).
 */
function queueCost(draft: DraftEvent): number {
  let cost = draft.chars ?? 0;
  if (draft.media !== undefined) for (const media of draft.media) cost += media.base64.length;
  return cost;
}
/** Failed ledger appends after `close()` was called after which it gives up and rejects (a ledger that keeps failing must not hang the host's shutdown). */
const FAILED_ATTEMPTS_AFTER_CLOSE = 5;

/** Failed ledger appends in a row after which every fail-closed caller is rejected, not only those of the failing batch. */
const FAILED_ATTEMPTS_BEFORE_REJECTING_ALL = 3;
/** Events sealed on the host's thread at a time while the worker starts. */
const WARMUP_BATCH = 32;
/** Longest wait of a large event for the sealing pool to start (ms); then it is redacted by the offload. */
const WARMUP_WAIT_MS = 3000;
/** Session memories (memoryKey) the host hands to the sealing pool when it takes over: the most recently used. */
const HANDOVER_MEMORIES = 1024;
/** Events the host's thread seals before the sealing pool starts (RedactionWorkerOptions.startAfterEvents). */
const POOL_START_AFTER_EVENTS = 256;
function poolStartAfter(value: number | undefined): number {
  if (value === undefined) return sealingWorkerTestHooks.startAfterEvents ?? POOL_START_AFTER_EVENTS;
  if (typeof value !== 'number' || !(value >= 0)) {
    throw new AuditError({ code: 'invalid_options', message: `createAuditor: redactionWorker.startAfterEvents must be a number >= 0 (got ${shown(value)})` });
  }
  return value;
}

/** Whether `value` has the methods every {@link LedgerSink} has (`open`, `append`, `close`). */
function isLedgerSink(value: unknown): value is LedgerSink {
  if (typeof value !== 'object' || value === null) return false;
  const sink = value as Record<string, unknown>;
  return typeof sink['open'] === 'function' && typeof sink['append'] === 'function' && typeof sink['close'] === 'function';
}

/** The options createAuditor knows; any other key is refused (rejectUnknownOptions). */
const AUDITOR_OPTIONS = [
  'agent', 'sink', 'stream', 'source', 'session', 'actor', 'redactor', 'capture', 'onError', 'maxQueueEvents', 'maxQueueChars',
  'maxBatchEvents', 'redactionTimeoutMs', 'sliceMs', 'limits', 'systemEvents', 'redactionWorker', 'clock',
] as const satisfies ReadonlyArray<keyof AuditorOptions>;
/**
 * createAuditor's options that are objects of options of their own, with every key each takes:
 * their keys are checked too (`agent.verison` is refused, not dropped).
 */
const AUDITOR_NESTED_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  agent: Object.keys(agentSchema.shape),
  actor: Object.keys(actorSchema.shape),
  capture: CAPTURE_POLICY_KEYS,
  limits: Object.keys(DEFAULT_LIMITS),
  redactionWorker: ['minEventChars', 'timeoutMs', 'threads', 'startAfterEvents', 'closeWaitMs', 'nice', 'nicePlatformThreads', 'youngGenerationMb'] satisfies ReadonlyArray<keyof RedactionWorkerOptions>,
};
/** Options that belong to the redactor or the ledger, given to createAuditor by mistake. */
const AUDITOR_OPTION_HINTS: Record<string, string> = {
  vault: 'the vault is the redactor\'s: `redactor: createRedactor({ vault })`',
  pseudonymKey: 'the pseudonym key is the redactor\'s: `redactor: createRedactor({ pseudonymKey })`',
  detectors: 'detectors are the redactor\'s: `redactor: createRedactor({ ... })`',
  dir: 'the folder is the ledger\'s: `sink: fileLedger({ dir })`',
  signingKey: 'the signing key is the ledger\'s: `sink: fileLedger({ dir, signingKey })`',
  keyDir: 'the key folder is the ledger\'s: `sink: fileLedger({ dir, keyDir })`',
  ledger: 'the ledger is the `sink`: `sink: fileLedger({ dir })`',
};

/**
 * Creates an auditor writing to a ledger.
 *
 * @example
 * ```ts
 * import { createAuditor, fileLedger } from '@agent-audit/core';
 *
 * const auditor = createAuditor({ agent: { id: 'claims-bot' }, sink: fileLedger({ dir: './audit' }) });
 * auditor.record({ type: 'message.user', actor: { id: 'u-42', type: 'user' }, content: { input: 'Where is my claim?' } });
 * await auditor.close();
 * ```
 *
 * @throws AuditError `invalid_options` when `agent` is not `{ id, name?, version?, region? }`, when
 *   `sink` is not a ledger sink (an object with `open`, `append` and `close`; the message names the
 *   option keys given, never their values), or when a stream name or a limit is out of range, or an option is unknown (a typo, or an option of
 *   the redactor or the ledger such as `vault`: the message names the key and the right one; a
 *   missing `agent` or `sink` beside an unknown key close to it, `sinc`, names that key first), or
 *   a key of an option object is unknown (`agent`, `actor`, `capture`, `limits`,
 *   `redactionWorker`: ``unknown option `agent.verison` (did you mean `version`?)``). A key set to
 *   `undefined` is let through.
 */
export function createAuditor(options: AuditorOptions): Auditor {
  requireOptions('createAuditor', options, 'options { agent, sink }');
  // A required option missing beside an unknown key close to it (`sinc`, `Sink`, `agnt`): that key
  // is the typo, said before the missing option's own message, which would not name it.
  for (const required of ['agent', 'sink'] as const) {
    if (options[required] !== undefined) continue;
    const typo = Object.keys(options).find((k) => !(AUDITOR_OPTIONS as readonly string[]).includes(k) && closeOption(k, [required]) !== undefined);
    if (typo !== undefined) throw new AuditError({ code: 'invalid_options', message: `createAuditor: unknown option \`${typo}\` (did you mean \`${required}\`?)` });
  }
  const agentParse = agentSchema.safeParse(options.agent);
  if (!agentParse.success) {
    // A misspelt key of an agent that lacks its `id` (`{ idd: 'bot' }`) is named first.
    rejectUnknownOptions('createAuditor', { agent: options.agent }, ['agent'], { nested: { agent: AUDITOR_NESTED_OPTIONS['agent']! } });
    throw new AuditError({ code: 'invalid_options', message: 'createAuditor: agent must be { id: string, name?, version?, region? } (region: lower-case letters, digits, -)' });
  }
  const agent = agentParse.data;
  const sink: LedgerSink = isRegionRouting(options.sink) ? routeRegion(options.sink, agent.region, 'createAuditor(): sink') : options.sink;
  if (!isLedgerSink(sink)) {
    const given = Object.keys(options).filter((k) => k !== 'agent');
    throw new AuditError({
      code: 'invalid_options',
      message: `createAuditor: sink must be a ledger sink ({ open, append, close }), for example fileLedger({ dir }), postgresLedger(…) or natsSink(…); got ${options.sink === undefined ? 'none' : typeof options.sink}${options.sink === undefined && given.length > 0 ? ` (options given: ${given.join(', ')})` : ''}`,
    });
  }
  // After agent and sink, whose messages already name a misplaced key (`ledger:` for `sink:`).
  rejectUnknownOptions('createAuditor', options, AUDITOR_OPTIONS, { hints: AUDITOR_OPTION_HINTS, nested: AUDITOR_NESTED_OPTIONS });
  const stream = options.stream ?? sink.defaultStream ?? agent.id;
  if (!STREAM_NAME.test(stream)) {
    throw new AuditError({ code: 'invalid_options', message: `createAuditor: stream name ${JSON.stringify(stream)} must match ${STREAM_NAME}` });
  }
  const givenClock = options.clock;
  let clockReported = false;
  /** The given clock's value when it is a time an event's ts and id can hold, else Date.now() (see `clock`). */
  const clock = givenClock === undefined ? Date.now : (): number => {
    let value: unknown;
    let threw: unknown;
    try {
      value = givenClock();
    } catch (error) {
      threw = error;
    }
    if (threw === undefined && typeof value === 'number' && value >= 0 && value <= MAX_EVENT_TIME) return Math.floor(value);
    if (!clockReported) {
      clockReported = true;
      const shown = threw !== undefined ? `nothing (it threw ${threw instanceof Error ? `${threw.name}: ${threw.message.slice(0, 200)}` : typeof threw})` : typeof value === 'number' ? String(value) : `a ${value === null ? 'null' : typeof value}`;
      reportError(new AuditError({ code: 'invalid_clock', message: `createAuditor: clock() returned ${shown}, not a time in milliseconds since 1970 (a number from 0 to ${MAX_EVENT_TIME}, 9999-12-31T23:59:59.999Z); the system time (Date.now()) was used for the event, and will be for any later one the clock gets wrong (reported once)` }));
    }
    return Date.now();
  };
  const limits: NormalizeLimits = { ...DEFAULT_LIMITS, ...options.limits };
  if (!Number.isSafeInteger(limits.maxDepth) || limits.maxDepth < 1 || limits.maxDepth > MAX_DEPTH_LIMIT) {
    throw new AuditError({ code: 'invalid_options', message: `createAuditor: limits.maxDepth must be an integer from 1 to ${MAX_DEPTH_LIMIT} (got ${JSON.stringify(limits.maxDepth)}); verify refuses lines nested deeper than any event a writer writes` });
  }
  if (!Number.isSafeInteger(limits.maxEventValues) || limits.maxEventValues < 1) {
    throw new AuditError({ code: 'invalid_options', message: `createAuditor: limits.maxEventValues must be a positive integer (got ${shown(limits.maxEventValues)})` });
  }
  const worker: unknown = options.redactionWorker;
  if (worker !== undefined && typeof worker !== 'boolean' && (typeof worker !== 'object' || worker === null || Array.isArray(worker))) {
    throw new AuditError({ code: 'invalid_options', message: `createAuditor: redactionWorker must be true, false or an object of options (got ${shown(worker)})` });
  }
  const youngGenerationMb: unknown = typeof worker === 'object' ? (worker as RedactionWorkerOptions).youngGenerationMb : undefined;
  if (youngGenerationMb !== undefined && (typeof youngGenerationMb !== 'number' || !(youngGenerationMb >= 0) || youngGenerationMb === Infinity)) {
    throw new AuditError({ code: 'invalid_options', message: `createAuditor: redactionWorker.youngGenerationMb must be a number >= 0 (got ${shown(youngGenerationMb)})` });
  }
  const closeWaitMs: unknown = typeof worker === 'object' ? (worker as RedactionWorkerOptions).closeWaitMs : undefined;
  if (closeWaitMs !== undefined && (typeof closeWaitMs !== 'number' || !(closeWaitMs >= 0))) {
    throw new AuditError({ code: 'invalid_options', message: `createAuditor: redactionWorker.closeWaitMs must be a number >= 0 (got ${shown(closeWaitMs)})` });
  }
  // The ledger first: a writer it refuses (another key, a folder that is not a ledger, a key folder
  // inside it) must leave nothing behind, not even the pseudonym key the redactor would create.
  const head = sink.open(stream);
  const redactor = options.redactor ?? createRedactor();
  // The default redactor leaves the classification off the event it returns when the core merges
  // it anyway (RedactorInternals.redactForSeal); any other redactor is called as it is.
  const sealingRedact = internalsOf(redactor)?.redactForSeal;
  const redactForSeal = sealingRedact ?? ((event: UnsealedEvent, options: RedactOptions) => redactor.redact(event, options));
  const offload =
    options.redactionWorker === false ? undefined : createRedactionOffload(redactor, typeof options.redactionWorker === 'object' ? options.redactionWorker : {});
  const sealer = options.redactionWorker === false ? undefined : createSealingPoolSafely();
  function createSealingPoolSafely(): ReturnType<typeof createSealingPool> {
    const workerOptions = typeof options.redactionWorker === 'object' ? options.redactionWorker : {};
    try {
      return createSealingPool(redactor, { timeoutMs: workerOptions.timeoutMs, threads: workerOptions.threads, nice: workerOptions.nice, nicePlatformThreads: workerOptions.nicePlatformThreads, youngGenerationMb: workerOptions.youngGenerationMb });
    } catch {
      // The redactor's key could not be read for the worker: events are redacted on the host's thread.
      return undefined;
    }
  }
  const maxQueue = options.maxQueueEvents ?? 100_000;
  const maxQueueChars = options.maxQueueChars ?? 64 * 1024 * 1024;
  if (typeof maxQueueChars !== 'number' || !(maxQueueChars > 0)) {
    throw new AuditError({ code: 'invalid_options', message: `createAuditor: maxQueueChars must be a positive number (got ${shown(options.maxQueueChars)})` });
  }
  const maxBatch = options.maxBatchEvents ?? 4096;
  const redactionTimeoutMs = options.redactionTimeoutMs ?? 5_000;
  const sliceMs = options.sliceMs ?? 2;
  const onErrorOption = options.onError;
  const nextUlid = monotonicFactory(randomFraction);
  const defaults: ShapeDefaults = {
    stream,
    agent,
    source: options.source ?? 'app',
    session: options.session,
    actor: options.actor,
    capture: captureOf(options.capture ?? 'redacted', { default: 'redacted' }),
    systemEvents: false,
  };
  const systemDefaults: ShapeDefaults = { ...defaults, systemEvents: true };

  let nextSeq = head.nextSeq;
  // The hash of the last event sealed (by the worker or here): the next one chains from it.
  let chainPrev = head.prev || GENESIS_HASH;
  let durableSeq = head.nextSeq - 1;

  let queue: Pending[] = [];
  /** Characters (queueCost) of the events in `queue`: bounded by maxQueueChars. */
  let queuedChars = 0;
  /** Whether a large event has waited for the sealing pool to start (see the sealing loop). */
  let waitedForPool = false;
  // The pool's threads start only once the host's thread has sealed `startAfterEvents` events or
  // a large event comes: a process that records little never pays for them (each thread loads
  // its own redactor, hundreds of ms of CPU) nor waits for them when it closes.
  const startAfterEvents = poolStartAfter(typeof options.redactionWorker === 'object' ? options.redactionWorker.startAfterEvents : undefined);
  let hostSealed = 0;
  const poolWanted = (): boolean => waitedForPool || hostSealed >= startAfterEvents;
  // Batches in the sealing worker's hands, oldest first.
  let inFlight: InFlight[] = [];
  let workerFailuresReported = 0;
  let draining = false;
  let closed = false;
  let closing: Promise<void> | undefined;
  /** Set when `close()` gave up on a ledger that kept failing: nothing more is written. */
  let abandoned: Error | undefined;
  let closeRequested = false;
  /** The ledger retry being waited for, if any: unref'd until close() is called. */
  let retryTimer: NodeJS.Timeout | undefined;
  let failedAfterClose = 0;
  let sinkFailing = false;
  const waiters: Waiter[] = [];
  const stats: AuditorStats = { recorded: 0, durable: 0, queued: 0, dropped: 0, redactionFailures: 0, sinkFailures: 0, sealedInWorker: 0 };
  let gap: { count: number; first: string; last: string; reason: string } | undefined;

  const reportError = (error: unknown): void => {
    const e = error instanceof Error ? error : new AuditError({ message: String(error) });
    if (!onErrorOption) {
      // Never silent: without a handler, failures go to stderr (messages only, never event content).
      process.emitWarning(e.message, { code: AuditError.isInstance(e) ? e.code : 'agent_audit_error' });
      return;
    }
    // A throwing onError, or one whose promise rejects, must not break the pipeline nor the host.
    callHostHandler(onErrorOption, e);
  };

  // The ledger's own notices (e.g. a torn tail it repaired) are its first events.
  for (const notice of sink.takeNotices?.(stream) ?? []) {
    enqueue({ type: notice.type, outcome: notice.outcome ?? 'success', source: 'agent-audit', attrs: notice.attrs, actor: { id: hostname(), type: 'system' } }, undefined, true);
  }

  function enqueue(input: RecordInput, context: AuditContext | undefined, system = options.systemEvents === true): RecordReceipt {
    const now = clock();
    const id = nextUlid(now);
    if (closed) {
      reportError(new RecordError({ message: `record() after close(): event ${id} was not recorded` }));
      return { id, seq: -1 };
    }
    if (queue.length >= maxQueue || queuedChars >= maxQueueChars) {
      stats.dropped++;
      const ts = new Date(now).toISOString();
      if (!gap) {
        gap = { count: 0, first: ts, last: ts, reason: 'queue_overflow' };
        const full = queue.length >= maxQueue ? `${maxQueue} events` : `${queue.length} events of ${queuedChars} characters, limit ${maxQueueChars}`;
        reportError(new QueueOverflowError({ message: `audit queue full (${full}): events are being counted as a gap until the ledger catches up` }));
      }
      gap.count++;
      gap.last = ts;
      return { id, seq: -1 };
    }
    let givenTrace: unknown;
    try {
      givenTrace = (input as { trace?: unknown } | null | undefined)?.trace;
    } catch {
      givenTrace = undefined;
    }
    const trace = resolveEventTrace(givenTrace, context?.trace, () => childTrace(undefined));
    // Nothing after this line may throw before the event is queued: a taken seq must be filled.
    const seq = nextSeq++;
    const base = { id, ts: new Date(now).toISOString(), seq, trace };
    let draft: DraftEvent;
    try {
      draft = shapeEvent(
        input,
        base,
        context ? { ...(system ? systemDefaults : defaults), session: context.session ?? defaults.session, actor: context.actor ?? defaults.actor } : system ? systemDefaults : defaults,
        limits,
        newBudget(limits),
      );
    } catch (error) {
      // The seq is taken, so the event must exist: record that the input was unreadable.
      draft = {
        event: { v: 1, ...base, stream, type: 'error', agent, source: defaults.source, outcome: 'failure', error: { type: 'InvalidInput', message: `input could not be read: ${error instanceof Error ? error.message : String(error)}`.slice(0, 1000) } },
        capture: defaults.capture,
        problems: ['input could not be read'],
      };
    }
    if (draft.problems.length > 0) {
      reportError(new AuditError({ code: 'invalid_input', message: `event ${id}: ${draft.problems.join('; ')}` }));
    }
    queue.push({ draft });
    queuedChars += queueCost(draft);
    stats.recorded++;
    scheduleDrain();
    return { id, seq };
  }

  function scheduleDrain(): void {
    if (draining) return;
    draining = true;
    setImmediate(() => {
      drain().catch((error) => {
        if (error !== abandoned) reportError(error);
      });
    });
  }

  async function drain(): Promise<void> {
    sliceStart = performance.now();
    try {
      for (;;) {
        if (gap && queue.length < maxQueue && queuedChars < maxQueueChars) {
          const g = gap;
          gap = undefined;
          // The gap takes its place in the chain after what was queued before it.
          queue.push({ draft: gapDraft(g) });
        }
        // Events a worker ran out of time on are masked here, never sent to a worker again.
        const timedOutHead = inFlight.length === 0 && headTimedOut();
        if (sealer !== undefined && sealer.usable && !timedOutHead && (inFlight.length > 0 || (poolWanted() && sealer.ready()))) {
          fillWorker();
          if (inFlight.length === 0) {
            if (queue.length === 0) break;
            continue;
          }
          const records = await takeSealed();
          if (records === undefined) continue;
          await write(records);
          continue;
        }
        if (queue.length === 0) break;
        // While the worker starts, small batches here, so it takes over as soon as it is ready.
        // Before it is wanted, batches as without a pool, up to where it is: small batches then
        // cost an append (an fsync) per 32 events and bought nothing (no thread to take over).
        let limit = maxBatch;
        if (sealer?.usable) limit = Math.min(maxBatch, poolWanted() ? WARMUP_BATCH : Math.max(WARMUP_BATCH, startAfterEvents - hostSealed));
        if (timedOutHead) {
          let n = 0;
          while (n < limit && n < queue.length && (queue[n] as Pending).draft.sealTimedOut === true) n++;
          limit = n;
        } else if (sealer?.usable && offload !== undefined && !waitedForPool && !closeRequested) {
          // A large event waits for the pool, which is loading already, instead of starting the
          // offload's thread from the host's (a Worker's start blocks the host for some ms) and
          // redacting there; the events before it are sealed here meanwhile. Once per auditor, and
          // for at most WARMUP_WAIT_MS: a pool that does not get ready leaves it to the offload.
          const end = Math.min(limit, queue.length);
          let firstLarge = -1;
          for (let i = 0; i < end && firstLarge === -1; i++) if (offload.wants((queue[i] as Pending).draft.chars ?? 0)) firstLarge = i;
          if (firstLarge === 0) {
            waitedForPool = true;
            await sealer.whenReady(sealingWorkerTestHooks.warmupWaitMs ?? WARMUP_WAIT_MS);
            continue;
          }
          if (firstLarge > 0) limit = firstLarge;
        }
        const batch = queue.length <= limit ? queue : queue.slice(0, limit);
        queue = queue.length <= limit ? [] : queue.slice(limit);
        for (const pending of batch) queuedChars -= queueCost(pending.draft);
        stats.queued = queue.length;
        if (sealer?.usable) for (const pending of batch) noteHandover(pending.draft.event);
        // Sealed here between the pool's batches: the pool's next batch chains from these.
        if (timedOutHead) sealer?.rechain();
        const prepared = await prepareBatch(batch);
        const records: SealedRecord[] = new Array(prepared.length);
        let p = chainPrev;
        for (let i = 0; i < prepared.length; i++) {
          const event = prepared[i] as UnsealedEvent;
          // An event redacted in the worker comes with its canonical JSON: hashed here in slices.
          const members = offloadedMembers.get(event);
          let record: SealedRecord;
          try {
            record = members === undefined ? sealEvent(event, p) : await sealFromMembers(event, members, p, () => (sliceUsedUp() ? yieldToHost() : undefined));
          } catch (error) {
            // Not encodable: a custom redactor returned a value JSON cannot hold (a bigint, a
            // non-finite number). The event is stored masked from its snapshot, never lost, and the
            // rest of the batch goes on (a throw here lost the batch and stalled every flush()).
            stats.redactionFailures++;
            const draft = (batch[i] as Pending).draft;
            reportError(new RedactionError({ message: `the redacted event ${draft.event.id} could not be encoded as JSON; its content was masked`, cause: error }));
            record = sealEvent(failedRedaction(draft.event), p);
          }
          records[i] = record;
          p = record.event.hash;
          if (sliceUsedUp()) await yieldToHost();
        }
        chainPrev = p;
        hostSealed += records.length;
        await write(records);
      }
    } finally {
      draining = false;
      stats.queued = queue.length;
      if ((queue.length > 0 || gap) && abandoned === undefined) scheduleDrain();
    }
  }

  /** Hands queued events to the sealing pool, in order, up to its in-flight bound. */
  function fillWorker(): void {
    // After a failure, nothing new is sent until the failed batches are back in the queue.
    for (const entry of inFlight) if (entry.error !== undefined) return;
    // Copying events to the pool is work on the host's thread too: at most a slice of it at once;
    // the rest is sent one batch per macrotask (feedPool), so the threads never wait for the
    // host's writes and fsyncs.
    while (inFlight.length < WORKER_IN_FLIGHT && queue.length > 0 && !headTimedOut() && sealer?.usable && (inFlight.length === 0 || !sliceUsedUp())) sendBatch();
    if (inFlight.length < WORKER_IN_FLIGHT && queue.length > 0 && !headTimedOut()) scheduleFeed();
  }

  /** Whether the next queued event is one a sealing worker ran out of time on (masked on the host, never sent again). */
  function headTimedOut(): boolean {
    return queue.length > 0 && (queue[0] as Pending).draft.sealTimedOut === true;
  }

  function sendBatch(): void {
    const most = Math.min(queue.length, WORKER_BATCH, maxBatch);
    const drafts: DraftEvent[] = [];
    // At most WORKER_BATCH_CHARS of snapshots per batch (the event that reaches it included), so
    // the batches in the pool's hands stay bounded in bytes as well as in events.
    let chars = 0;
    for (let i = 0; i < most && (i === 0 || chars < WORKER_BATCH_CHARS); i++) {
      const draft = (queue[i] as Pending).draft;
      // A worker ran out of time on it: the drain loop masks it on the host (see redactOne).
      if (draft.sealTimedOut === true) break;
      drafts.push(draft);
      chars += queueCost(draft);
    }
    const n = drafts.length;
    queuedChars -= chars;
    queue = n === queue.length ? [] : queue.slice(n);
    stats.queued = queue.length;
    (inFlight as InFlight[]).push((sealer as NonNullable<typeof sealer>).send(drafts, chainPrev, takeHandover));
  }

  // One batch per macrotask to the pool while the drain loop waits for an answer or a write. Only
  // while batches are out: the host seals a batch itself only when none is, so the pool never
  // chains from a hash not yet known.
  let feeding = false;
  function scheduleFeed(): void {
    if (feeding || sealer === undefined) return;
    feeding = true;
    setImmediate(() => {
      feeding = false;
      if (closed || !sealer.usable || queue.length === 0 || headTimedOut() || inFlight.length >= WORKER_IN_FLIGHT || inFlight.length === 0) return;
      for (const entry of inFlight) if (entry.error !== undefined) return;
      sendBatch();
      scheduleFeed();
    });
  }

  // Sessions of the events sealed here while the worker started: their memory goes to the worker
  // with its first batch, so it masks recurrences of what was found here. One entry per memory
  // (memoryKey: the session, else the trace), the most recently used 1024 of them, as the
  // redactor's own memory keeps its most recently used sessions: keyed by session and trace, the
  // traces of one busy session filled it and a session that came later lost its memory.
  // Only what names the memory is kept, never the event: until the pool starts (perhaps never)
  // up to HANDOVER_MEMORIES entries stay here.
  const handover = new Map<string, Pick<UnsealedEvent, 'id' | 'session' | 'trace'>>();
  function noteHandover(event: UnsealedEvent): void {
    const key = memoryKey(event.session, event.trace?.traceId);
    if (key === undefined) return;
    handover.delete(key);
    handover.set(key, { id: event.id, session: event.session, trace: event.trace });
    if (handover.size > HANDOVER_MEMORIES) handover.delete(handover.keys().next().value as string);
  }
  function takeHandover(): MemorySnapshot {
    const internals = internalsOf(redactor);
    const out: MemorySnapshot = [];
    if (internals !== undefined) for (const event of handover.values()) out.push(...internals.memoryOf(event));
    handover.clear();
    return out;
  }

  /**
   * Waits for the oldest batch in the worker and returns its records with every later batch
   * already answered (one group commit). When the worker failed, every batch in its hands goes
   * back to the front of the queue, in order, and undefined is returned.
   */
  async function takeSealed(): Promise<SealedRecord[] | undefined> {
    await (inFlight[0] as InFlight).done;
    sliceStart = performance.now();
    const records: SealedRecord[] = [];
    while (inFlight.length > 0) {
      const entry = inFlight[0] as InFlight;
      if (entry.error !== undefined) {
        requeueInFlight(entry.error);
        break;
      }
      if (entry.result === undefined) break;
      if (records.length > 0 && records.length + entry.result.records.length > maxBatch) break;
      inFlight.shift();
      const result = entry.result;
      for (const record of result.records) records.push(record);
      stats.sealedInWorker += result.records.length;
      chainPrev = result.lastHash;
      for (const failure of result.failures) {
        const draft = entry.drafts[failure.index] as DraftEvent;
        for (const message of failure.messages) {
          stats.redactionFailures++;
          reportError(
            new RedactionError({
              message: failure.whole
                ? `redaction failed for event ${draft.event.id}; its content was masked`
                : `redaction partly failed for event ${draft.event.id}: ${message}; the affected values were masked`,
              cause: new Error(message),
            }),
          );
        }
        recordRedactionFailure(draft.event, failure.whole ? 'redaction_failed' : 'redaction_partly_failed');
      }
    }
    return records.length > 0 ? records : undefined;
  }

  /** The worker failed: its batches go back to the front of the queue, to be sealed again in order. */
  function requeueInFlight(error: Error): void {
    const back: Pending[] = [];
    for (const entry of inFlight) for (const draft of entry.drafts) back.push({ draft });
    inFlight = [];
    for (const pending of back) queuedChars += queueCost(pending.draft);
    queue = back.concat(queue);
    stats.queued = queue.length;
    workerFailuresReported++;
    const fallback = sealer?.usable ? 'a new worker takes over' : "events are redacted and sealed on the host's thread from now on";
    reportError(new RedactionError({ message: `the sealing worker failed with ${back.length} events in its hands (${error.message}); none is lost: ${fallback}`, cause: error }));
  }

  /** Makes records durable (retrying the ledger) and settles whoever waits on them. */
  async function write(records: SealedRecord[]): Promise<void> {
    await appendWithRetry(records);
    const last = records[records.length - 1];
    if (last) durableSeq = sealedSeq(last);
    stats.durable += records.length;
    settleWaiters();
  }

  function gapDraft(g: { count: number; first: string; last: string; reason: string }): DraftEvent {
    const now = clock();
    const seq = nextSeq++;
    stats.recorded++;
    return {
      event: {
        v: 1, id: nextUlid(now), ts: new Date(now).toISOString(), stream, seq, type: 'ledger.gap',
        trace: childTrace(undefined), agent, source: 'agent-audit', outcome: 'failure',
        actor: { id: hostname(), type: 'system' },
        attrs: { dropped: g.count, firstDroppedAt: g.first, lastDroppedAt: g.last, reason: g.reason },
      },
      capture: { default: 'redacted' },
      problems: [],
    };
  }

  async function prepareBatch(batch: Pending[]): Promise<UnsealedEvent[]> {
    const out: UnsealedEvent[] = new Array(batch.length);
    for (let i = 0; i < batch.length; i++) {
      out[i] = await redactOne((batch[i] as Pending).draft);
      if (sliceUsedUp()) await yieldToHost();
    }
    return out;
  }

  // The pipeline shares the host's thread: it works in slices of a few milliseconds and then
  // lets the host's pending I/O and timers run, so a large batch never stalls the agent.
  let sliceStart = performance.now();
  function sliceUsedUp(): boolean {
    return performance.now() - sliceStart >= sliceMs;
  }
  async function yieldToHost(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    sliceStart = performance.now();
  }

  async function redactOne(draft: DraftEvent): Promise<UnsealedEvent> {
    let result: RedactionResult;
    let merged: UnsealedEvent;
    if (draft.sealTimedOut === true) {
      // A sealing worker ran out of time on it: redacting it again could loop here, on the agent's thread.
      stats.redactionFailures++;
      reportError(new RedactionError({ message: `redaction failed for event ${draft.event.id}: it did not finish within the sealing worker's time limit; its content was masked` }));
      recordRedactionFailure(draft.event, 'redaction_failed');
      return failedRedaction(draft.event);
    }
    try {
      if (draft.media !== undefined) completeMedia(draft.media);
      const value = offload !== undefined && offload.wants(draft.chars ?? 0) ? await redactOffThread(draft) : redactForSeal(draft.event, { capture: draft.capture });
      result = isPromise(value) ? await withTimeout(value, redactionTimeoutMs) : value;
      if (!result || typeof result !== 'object' || !result.event) throw new Error('redactor returned no event');
      // A result of the wrong shape (classes that are not a list, errors that are not an array) is
      // a failed redaction too: thrown later, it would lose the whole batch and stall the stream.
      if (result.errors !== undefined && !Array.isArray(result.errors)) throw new Error('redactor returned errors that are not an array');
      merged = mergeClassification(result.event, result.data, result.compliance);
      // (The offload's worker cut its result already; a second pass keeps what is cut.)
      merged = afterRedaction(merged, draft);
    } catch (error) {
      stats.redactionFailures++;
      // A key problem (a missing, misplaced or group-readable pseudonym key) says what to fix; other
      // causes stay in `cause` only (a redactor's own message could quote the content).
      const why = AuditError.isInstance(error) && error.code === 'key_error' ? `: ${error.message}` : '';
      reportError(new RedactionError({ message: `redaction failed for event ${draft.event.id}; its content was masked${why}`, cause: error }));
      recordRedactionFailure(draft.event, 'redaction_failed');
      return failedRedaction(draft.event);
    }
    if (result.errors && result.errors.length > 0) {
      for (const error of result.errors) {
        stats.redactionFailures++;
        reportError(new RedactionError({ message: `redaction partly failed for event ${draft.event.id}: ${error instanceof Error ? error.message : String(error)}; the affected values were masked`, cause: error }));
      }
      recordRedactionFailure(draft.event, 'redaction_partly_failed');
    }
    const members = offloadedMembers.get(result.event);
    if (members !== undefined) offloadedMembers.set(merged, members);
    return merged;
  }

  // A large event is redacted in the worker thread. If the worker fails, the event is redacted
  // here instead (reported, never lost); if it is too slow, the event is masked (see offload.ts).
  async function redactOffThread(draft: DraftEvent): Promise<RedactionResult | Promise<RedactionResult>> {
    try {
      return await (offload as NonNullable<typeof offload>).redact(draft.event, draft.capture, draft);
    } catch (error) {
      if (error instanceof OffloadTimeoutError) throw error;
      reportError(new RedactionError({ message: `the redaction worker failed on event ${draft.event.id}; it was redacted on the host's thread instead`, cause: error }));
      return redactForSeal(draft.event, { capture: draft.capture });
    }
  }

  // The failure becomes an event of its own, queued like any other so seq order holds.
  // A failure while redacting such a notice does not produce another one.
  function recordRedactionFailure(about: UnsealedEvent, reason: string): void {
    if (about.source === 'agent-audit' && about.type === 'error') return;
    enqueue(
      {
        type: 'error', outcome: 'failure', source: 'agent-audit', trace: about.trace,
        error: { type: 'RedactionError', message: `redaction failed for event ${about.id}; its content was masked` },
        attrs: { reason, eventId: about.id },
      },
      undefined,
      true,
    );
  }

  async function appendWithRetry(records: SealedRecord[]): Promise<void> {
    let attempt = 0;
    for (;;) {
      try {
        await sink.append(stream, records);
        failedAfterClose = 0;
        if (sinkFailing) {
          sinkFailing = false;
        }
        return;
      } catch (error) {
        stats.sinkFailures++;
        attempt++;
        const first = records.length > 0 ? sealedSeq(records[0] as SealedRecord) : undefined;
        const last = records.length > 0 ? sealedSeq(records[records.length - 1] as SealedRecord) : undefined;
        // The ledger's own errors say what happened (a file, a collision, a witness): shown in full.
        // Other sinks' messages stay in `cause` only (they could quote a connection string).
        const why = AuditError.isInstance(error) ? `: ${error.message}` : '';
        const failure = new RecordError({ message: `ledger append failed for seq ${first}..${last} (attempt ${attempt}); retrying${why}`, cause: error });
        if (!sinkFailing || attempt % 20 === 1) reportError(failure);
        sinkFailing = true;
        // Fail-closed callers waiting on these events hear it now; the events stay queued. After
        // three failed attempts in a row the outage is not a blip: callers of later events (queued
        // behind this batch, so not durable either) hear it too, instead of waiting for a ledger
        // that may not come back. flush() keeps waiting.
        rejectWaiters(attempt >= FAILED_ATTEMPTS_BEFORE_REJECTING_ALL ? Number.POSITIVE_INFINITY : (last ?? -1), failure);
        if (closeRequested && ++failedAfterClose >= FAILED_ATTEMPTS_AFTER_CLOSE) throw abandon(error instanceof Error ? error : failure);
        // Unref'd while the host runs; once close() was called (here, or by close() itself for a
        // retry already waiting) the timer holds the process open, so close() always settles.
        await new Promise<void>((resolve) => {
          retryTimer = setTimeout(resolve, Math.min(1000, 10 * 2 ** Math.min(attempt, 7)) * (0.5 + Math.random()));
          if (!closeRequested) retryTimer.unref?.();
        });
        retryTimer = undefined;
      }
    }
  }

  /**
   * `close()` gives up: the events not yet durable are counted in one error, which rejects
   * `close()` and every caller still waiting (`flush()` included), so no one waits for a ledger
   * that does not come back.
   */
  function abandon(cause: Error): Error {
    const first = durableSeq + 1;
    const last = nextSeq - 1;
    abandoned = new RecordError({
      message: `close(): ${last - first + 1} event(s) (seq ${first}..${last}) are not durable: the ledger failed ${failedAfterClose} times in a row after close() was called (${cause.message})`,
      cause,
    });
    for (const w of waiters) (w.abandon ?? w.reject)(abandoned);
    waiters.length = 0;
    return abandoned;
  }

  function settleWaiters(): void {
    let kept = 0;
    for (let i = 0; i < waiters.length; i++) {
      const w = waiters[i] as Waiter;
      if (w.seq <= durableSeq) w.resolve();
      else waiters[kept++] = w;
    }
    waiters.length = kept;
  }

  function rejectWaiters(uptoSeq: number, error: Error): void {
    let kept = 0;
    for (let i = 0; i < waiters.length; i++) {
      const w = waiters[i] as Waiter;
      if (w.seq >= 0 && w.seq <= uptoSeq && w.reject !== noop) {
        w.reject(error);
      } else waiters[kept++] = w;
    }
    waiters.length = kept;
  }

  function waitFor(seq: number, failFast: boolean): Promise<void> {
    if (seq <= durableSeq) return Promise.resolve();
    if (abandoned !== undefined) return Promise.reject(abandoned);
    if (failFast && sinkFailing) {
      // During an outage a fail-closed caller hears at once; the event stays queued for retry.
      return Promise.reject(new RecordError({ message: `event seq ${seq} is not durable: the ledger is failing` }));
    }
    return new Promise<void>((resolve, reject) => {
      waiters.push({ seq, resolve, reject: failFast ? reject : noop, abandon: reject });
    });
  }

  const auditor: Auditor = {
    agent,
    stream,
    record(input: RecordInput): RecordReceipt {
      try {
        return enqueue(input, currentContext());
      } catch (error) {
        // Unreachable by design; kept so that no input can ever throw into the host.
        reportError(error);
        return { id: '', seq: -1 };
      }
    },
    async recordDurable(input: RecordInput): Promise<RecordReceipt> {
      const receipt = auditor.record(input);
      if (receipt.seq < 0) throw new RecordError({ message: `event ${receipt.id} could not be recorded (queue full or auditor closed)` });
      await waitFor(receipt.seq, true);
      return receipt;
    },
    flush(): Promise<void> {
      return waitFor(nextSeq - 1, false);
    },
    close(): Promise<void> {
      if (closing) return closing;
      closing = (async () => {
        closeRequested = true;
        retryTimer?.ref?.();
        let failure: unknown;
        // The pool gets `closeWaitMs` to answer what it holds; then it is stopped, its batches
        // come back to the queue in order (reported: `the sealing worker failed with N events in
        // its hands (…)`) and are sealed here, before a host killed at a known deadline dies.
        // The offload's thread is stopped with it: a large event among those would otherwise start
        // it now, a thread that loads its own redactor first (seconds on a busy machine); an event
        // it holds comes back and is redacted here (reported).
        let poolStopped: Promise<void> | undefined;
        let offloadStopped: Promise<void> | undefined;
        const poolTimer =
          (sealer === undefined && offload === undefined) || typeof closeWaitMs !== 'number' || closeWaitMs === Infinity
            ? undefined
            : setTimeout(() => {
                poolStopped = sealer?.close(`the sealing pool had not answered within ${closeWaitMs} ms of close()`);
                poolStopped?.catch(() => {});
                offloadStopped = offload?.close();
                offloadStopped?.catch(() => {});
              }, closeWaitMs);
        poolTimer?.unref?.();
        try {
          // Flushing can queue more (a gap or failure notice), so flush until nothing is left.
          do await auditor.flush();
          while (queue.length > 0 || inFlight.length > 0 || gap || draining);
        } catch (error) {
          failure = error;
        } finally {
          clearTimeout(poolTimer);
        }
        closed = true;
        // The threads' ends are awaited after the ledger's final checkpoint: tearing down a
        // thread that holds a redactor took over a second on a loaded machine, and a process
        // killed meanwhile (an MCP client's SIGKILL) was left with an unsigned tail.
        const stopping = Promise.all([poolStopped ?? sealer?.close(), offloadStopped ?? offload?.close()]);
        // Handled now (awaited, and so thrown, below): a rejection while the ledger closes must
        // not surface as an unhandled rejection in the host.
        stopping.catch(() => {});
        try {
          await sink.close(stream);
        } catch (error) {
          failure ??= new RecordError({ message: `close(): the ledger could not be closed (its final checkpoint may be missing): ${error instanceof Error ? error.message : String(error)}`, cause: error });
        }
        await stopping;
        if (failure !== undefined) throw failure;
      })();
      return closing;
    },
    run<T>(context: RunContext, fn: () => T): T {
      return runInContext(resolveRunContext(context ?? {}), fn);
    },
    currentContext,
    onError: reportError,
    stats: () => ({ ...stats, queued: queue.length }),
  };
  return auditor;
}

const noop = (): void => {};

function isPromise<T>(value: unknown): value is Promise<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}


function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redactor timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

export type { Trace };
