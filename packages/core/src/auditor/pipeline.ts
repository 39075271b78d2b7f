import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AuditEvent } from '../spec/event.js';
import type { SealedRecord } from '../spec/sink.js';
import type { Redactor } from '../spec/redactor.js';
import { internalsOf, type RedactorInternals } from '../redaction/internals.js';
import { DEFAULT_YOUNG_GENERATION_MB, workerEntry, workerResourceLimits } from './offload.js';
import { prevMember, sealAroundPrevPieces, storedLinePieces } from './seal.js';
import { leafHashInSlices } from './seal-members.js';
import { lowerPlatformThreads } from './platform-threads.js';
import type { DraftEvent } from './shape.js';
import type { SealDraft, SealFailure, SealReply, WorkerRequest } from './redaction-worker.js';
import { memoryKey, type MemorySnapshot } from '../redaction/session-memory.js';

/** A batch sealed by the worker, in the order it was sent. */
export interface SealedBatch {
  records: SealedRecord[];
  /** Hash of the batch's last event: the next batch chains from it. */
  lastHash: string;
  /** Events whose redaction failed (by index in the batch). */
  failures: SealFailure[];
}

/** One batch sent to the worker and not yet taken by the auditor. */
export interface InFlight {
  drafts: DraftEvent[];
  /** Set once the worker answered. */
  result?: SealedBatch;
  /** Set when the worker failed before answering (the drafts must be sealed again). */
  error?: Error;
  done: Promise<void>;
}

/** One batch sent to the pool, split into the shards' parts, until it is sealed. */
interface Pending {
  entry: InFlight;
  settle: () => void;
  /** The shard of each draft, in the batch's order. */
  shardOf: Uint8Array;
  /** Sub-batches still out, by shard; their answers once in. */
  outstanding: number;
  parts: Array<{ heads: string[]; tails: string[]; failures: SealFailure[] } | undefined>;
}

/** One worker thread of the pool and the sub-batches in its hands (request id -> batch). */
interface Shard {
  index: number;
  worker: Worker | undefined;
  ready: boolean;
  /** Whether this worker got its first request (the session memory handed over goes with it). */
  fed: boolean;
  /**
   * Batches sent and not answered. A batch's time limit (`timer`) runs from the moment its thread
   * is ready: sent to a thread still loading its redactor, it has none yet, and `expire` arms it
   * when the thread says it is ready.
   */
  waiting: Map<number, { pending: Pending; timer: NodeJS.Timeout | undefined; expire: () => void; count: number }>;
  /** Bounds the load of a thread that holds batches: past the time limit it is stopped, the batches handed back unmarked. */
  loadTimer: NodeJS.Timeout | undefined;
}

/**
 * For the core's own tests only (not exported from the package): another worker entry, e.g. one
 * that crashes on a given event, to show that the auditor loses and reorders nothing. `onReady`
 * runs each time every worker of a pool is ready.
 */
export const sealingWorkerTestHooks: {
  entry?: { url: URL; typescript: boolean };
  onReady?: () => void;
  /** How long a large event waits for a starting pool (default WARMUP_WAIT_MS in auditor.ts). */
  warmupWaitMs?: number;
  /** Sees each draft as it is posted to a worker (how it crosses: `event` or `eventJson`). */
  onDraft?: (draft: SealDraft) => void;
  /** Called as the pool starts a thread, with the thread's Worker. */
  onWorkerStart?: (worker: Worker) => void;
  /** Called as a thread says it has loaded its redactor. */
  onThreadReady?: () => void;
  /** The default of RedactionWorkerOptions.startAfterEvents (tests of the pool start it with the first event). */
  startAfterEvents?: number;
  /** Threads that may load at once (default: one less than os.availableParallelism(), at least 1). */
  maxLoading?: number;
  /** The bound of a thread's load while it holds batches (default max(timeoutMs, LOAD_LIMIT_MS)). */
  loadLimitMs?: number;
} = {};

/**
 * Shortest bound of a sealing thread's load (ms) while batches wait for it: loading the redactor
 * takes about half a second of CPU, seconds on a busy machine; a thread not ready after a minute
 * is taken for stuck, and its batches go back unmarked.
 */
const LOAD_LIMIT_MS = 60_000;

/** After this many failures (a worker's crash, exit, timeout or wrong answer with batches in its hands) the auditor stops starting sealing workers and seals on its own thread. */
const MAX_FAILURES = 3;

/**
 * Events of at least this many values (DraftEvent.values) cross to the pool as JSON text: the
 * structured clone of many small objects costs the host ten times JSON.stringify's time, and a
 * few values cost little either way.
 */
const JSON_DRAFT_VALUES = 1000;

/** Events longer than this (characters) are hashed on the host in slices, with its event loop let run between them. */
const SLICED_HASH_CHARS = 256 * 1024;

const yieldToHost = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));

/** Default nice value of the pool's threads on Linux (see redaction-worker.ts lowerThreadPriority). */
const DEFAULT_NICE = 10;

/** Most worker threads in a pool by default: the host's thread is busy too (record(), hashing, writing). */
const DEFAULT_THREADS = 2;

/**
 * One stored record of a batch sealed through the pool, with its chain position (`seq`, `prev`).
 * The event object is parsed from the line only when a sink asks for it (the file ledger reads
 * `seq`, `prev` and `leaf` instead).
 */
function lazyRecord(line: string | readonly string[], leaf: Uint8Array, seq: number, prev: string): SealedRecord {
  let joined = typeof line === 'string' ? line : undefined;
  let event: AuditEvent | undefined;
  return {
    // The line as pieces (see `SealedRecord.pieces`): the file ledger writes them, and `line`
    // is joined only for a sink that asks for it.
    pieces: typeof line === 'string' ? undefined : line,
    leaf,
    seq,
    prev,
    get line(): string {
      joined ??= (line as readonly string[]).join('');
      return joined;
    },
    get event(): AuditEvent {
      event ??= JSON.parse(this.line) as AuditEvent;
      return event;
    },
  };
}

/** FNV-1a of a memory key, to pick its shard: the same key always goes to the same worker. */
export function shardOfKey(key: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % shards;
}

/**
 * Starts the sealing pool of an auditor: `threads` worker threads (default 2, or 1 on a machine
 * with one core) that redact and classify its events, so the host's thread only snapshots at
 * `record()`, splices each event into the hash chain, hashes it and writes the lines. On Linux
 * the threads run at nice `nice` (default 10, 0 to 19), below the host's thread, so that with
 * every core busy the agent's event loop still comes first; so do V8's platform threads, where
 * the threads' garbage collection runs (`nicePlatformThreads`, platform-threads.ts).
 *
 * Undefined when the redactor cannot be rebuilt in a worker (a user's own redactor, custom
 * detectors, a vault) or the worker's entry is missing (a bundle that left it out).
 */
export function createSealingPool(redactor: Redactor, options: { timeoutMs?: number; threads?: number; nice?: number; nicePlatformThreads?: boolean; youngGenerationMb?: number } = {}): SealingPool | undefined {
  const internals = internalsOf(redactor);
  if (internals === undefined) return undefined;
  const entry = sealingWorkerTestHooks.entry ?? workerEntry();
  if (entry === undefined) return undefined;
  if (internals.recipe() === undefined) return undefined;
  const threads = options.threads ?? Math.min(DEFAULT_THREADS, Math.max(1, availableParallelism()));
  const nice = Number.isInteger(options.nice) ? Math.max(0, Math.min(19, options.nice as number)) : DEFAULT_NICE;
  return new SealingPool(internals, entry, options.timeoutMs ?? 60_000, threads, nice, options.nicePlatformThreads !== false, options.youngGenerationMb ?? DEFAULT_YOUNG_GENERATION_MB);
}


/**
 * Redaction and classification of an auditor's events in a pool of worker threads, sharded by
 * session memory (`memoryKey()`, redaction/session-memory.ts): all events of one session (or
 * of one trace without a session) go to the same worker, in record order, so a value found in one event is masked where
 * it recurs later in the session exactly as on one thread; sessions run in parallel. Each worker
 * hands back the events' RFC 8785 bytes split where `prev` goes, and the host seals the batches
 * in the order they were sent (splices `prev`, SHA-256, stored line).
 *
 * The host keeps the order and the durability: when a worker fails (crash, exit, timeout, a wrong
 * answer) every batch not yet sealed is handed back, and the auditor seals it again, in order,
 * after the last batch that came back whole. The other workers keep running, with their memory.
 */
export class SealingPool {
  private readonly shards: Shard[];
  /** Batches in the order they were sent; the first is sealed as soon as all its parts are in. */
  private order: Pending[] = [];
  /** Hash the next batch chains from (undefined until a batch is sent after a start or a failure). */
  private prev: string | undefined;
  private nextId = 1;
  private failures = 0;
  private disabled = false;
  private wasReady = false;
  /** Whether every worker has been ready once (from then on the pool takes every batch). */
  private warm = false;
  /** Session memory the host learned before the pool was warm, not yet handed to its workers. */
  private handover: MemorySnapshot = [];
  /** Whether sealInOrder() runs (it may wait between the slices of a large event's hash). */
  private sealing = false;
  /** Bumped by each failure: a seal in progress for an earlier generation stops. */
  private generation = 0;
  /** Threads that may load their redactor at the same time (see ready()). */
  private readonly maxLoading: number;
  /** Callers of whenReady() still waiting. */
  private readyWaiters: Array<() => void> = [];
  /** The last failure, for the auditor's report. */
  lastError: Error | undefined;

  constructor(
    private readonly internals: RedactorInternals,
    private readonly entry: { url: URL; typescript: boolean },
    private readonly timeoutMs: number,
    threads: number,
    private readonly nice: number,
    /** Whether the first thread started lowers V8's platform threads to `nice` too (platform-threads.ts). */
    private readonly nicePlatformThreads = true,
    /** Each thread's young-generation limit in MiB (0: V8's default); see DEFAULT_YOUNG_GENERATION_MB. */
    private readonly youngGenerationMb = DEFAULT_YOUNG_GENERATION_MB,
  ) {
    const count = Math.max(1, Math.min(16, Math.floor(threads) || 1));
    this.maxLoading = sealingWorkerTestHooks.maxLoading ?? Math.max(1, availableParallelism() - 1);
    this.shards = Array.from({ length: count }, (_, index) => ({ index, worker: undefined, ready: false, fed: false, waiting: new Map(), loadTimer: undefined }));
  }

  /** Number of worker threads. */
  get threads(): number {
    return this.shards.length;
  }

  /** Whether batches go to the pool (false once it failed too often or was closed). */
  get usable(): boolean {
    return !this.disabled;
  }

  /** Whether any worker thread is running now. */
  get running(): boolean {
    return this.shards.some((shard) => shard.worker !== undefined);
  }

  /**
   * Whether the pool takes batches: once every worker has been ready (each loads its redactor
   * first); until then the auditor seals on its own thread, so the first events never wait.
   * Starts the workers that do not run. A worker restarted after a failure gets its batches
   * queued behind its start: the host does not seal meanwhile, since its redactor lacks the
   * session memory the other workers hold.
   */
  ready(): boolean {
    if (this.disabled) return false;
    if (this.warm) return true;
    let all = true;
    // Threads that load their redactor at the same time: at most one core less than the machine
    // has, so the host's thread always finds a free core. Loading is hundreds of ms of CPU per
    // thread, and a niced thread does not give the core back at once when the host wakes (Linux's
    // EEVDF scheduler lets it finish its slice, about 3 ms): two threads loading on a 2-core
    // machine delayed the host's event loop by 3-6 ms, many times a second.
    let loading = 0;
    for (const shard of this.shards) if (shard.worker !== undefined && !shard.ready) loading++;
    for (const shard of this.shards) {
      if (shard.ready) continue;
      all = false;
      if (shard.worker === undefined && loading < this.maxLoading) {
        loading++;
        try {
          this.start(shard);
        } catch (error) {
          // No thread can be started here (a resource limit, a sandbox): the host seals from now on.
          this.lastError = error instanceof Error ? error : new Error(String(error));
          this.disabled = true;
          this.wakeReadyWaiters();
          return false;
        }
      }
    }
    return all;
  }

  /**
   * Resolves once the pool takes batches (`ready()`), once it never will (failed too often,
   * closed), or after `maxMs` milliseconds, whichever comes first; never rejects. Starts the
   * workers that do not run. The timer keeps the process alive meanwhile, so events waiting for
   * the pool are not lost to an exit.
   */
  whenReady(maxMs: number): Promise<void> {
    if (this.ready() || this.disabled) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.readyWaiters = this.readyWaiters.filter((waiter) => waiter !== done);
        resolve();
      }, maxMs);
      this.readyWaiters.push(done);
    });
  }

  private wakeReadyWaiters(): void {
    const waiters = this.readyWaiters;
    this.readyWaiters = [];
    for (const wake of waiters) wake();
  }

  /**
   * Sends a batch, to be sealed after `prev` when it is the first batch the pool gets (later ones
   * continue from the batch before them, also after a failure: only batches not yet sealed are
   * handed back). `memory` gives the session memory the host learned while the pool started;
   * each worker gets the part of it that is its own with its first batch. Never throws: a
   * failure shows up as the entry's `error`.
   */
  send(drafts: DraftEvent[], prev: string, memory?: () => MemorySnapshot): InFlight {
    let settle!: () => void;
    const entry: InFlight = { drafts, done: new Promise<void>((resolve) => (settle = resolve)) };
    const count = this.shards.length;
    const shardOf = new Uint8Array(drafts.length);
    const split: SealDraft[][] = Array.from({ length: count }, () => []);
    let unkeyed = 0;
    for (let i = 0; i < drafts.length; i++) {
      const draft = drafts[i] as DraftEvent;
      const key = memoryKey(draft.event.session, draft.event.trace?.traceId);
      // An event without session or trace has no memory: any worker will do.
      const shard = count === 1 ? 0 : key === undefined ? unkeyed++ % count : shardOfKey(key, count);
      shardOf[i] = shard;
      // Many values and no media (whose summaries the event shares with draft.media: JSON would
      // part them): as JSON text, a tenth of the host's time of a structured clone.
      const sealDraft: SealDraft = draft.media === undefined && (draft.values ?? 0) >= JSON_DRAFT_VALUES ? { eventJson: JSON.stringify(draft.event), capture: draft.capture } : { event: draft.event, capture: draft.capture };
      sealingWorkerTestHooks.onDraft?.(sealDraft);
      if (draft.media !== undefined) sealDraft.media = draft.media;
      if (draft.cutAfterRedaction !== undefined) sealDraft.cutAfterRedaction = draft.cutAfterRedaction;
      if (draft.maxStoredChars !== undefined) sealDraft.maxStoredChars = draft.maxStoredChars;
      if (draft.cutHeaders === true) sealDraft.cutHeaders = true;
      (split[shard] as SealDraft[]).push(sealDraft);
    }
    const pending: Pending = { entry, settle, shardOf, outstanding: 0, parts: new Array(count).fill(undefined) };
    try {
      for (let s = 0; s < count; s++) {
        const sub = split[s] as SealDraft[];
        if (sub.length === 0) continue;
        const shard = this.shards[s] as Shard;
        const worker = this.start(shard);
        let snapshot: MemorySnapshot | undefined;
        if (!shard.fed) {
          // What the host learned while the pool started goes to each session's worker with its
          // first batch, however many batches later that is.
          if (memory !== undefined) for (const part of memory()) this.handover.push(part);
          snapshot = this.handover.filter((part) => shardOfKey(part.key, count) === s);
          if (snapshot.length > 0) this.handover = this.handover.filter((part) => shardOfKey(part.key, count) !== s);
        }
        const id = this.nextId++;
        const expire = (): void => {
          // The events this worker holds are never redacted again: stored masked (see DraftEvent.sealTimedOut).
          for (let i = 0; i < drafts.length; i++) if (shardOf[i] === s) (drafts[i] as DraftEvent).sealTimedOut = true;
          this.fail(shard, worker, new Error(`the sealing worker took more than ${this.timeoutMs} ms for a batch of ${sub.length} events`));
          void worker.terminate();
        };
        // The limit is for the work on the batch: a thread still loading its redactor (restarted
        // after a failure, slow on a busy machine) arms it when it is ready, and its load has a
        // bound of its own (boundLoad), past which the events go back unmarked.
        const timer = shard.ready ? setTimeout(expire, this.timeoutMs) : undefined;
        shard.waiting.set(id, { pending, timer, expire, count: sub.length });
        if (!shard.ready) this.boundLoad(shard, worker);
        pending.outstanding++;
        worker.ref();
        const request: WorkerRequest = snapshot === undefined || snapshot.length === 0 ? { kind: 'seal', id, drafts: sub } : { kind: 'seal', id, drafts: sub, memory: snapshot };
        worker.postMessage(request);
        shard.fed = true;
      }
    } catch (error) {
      // Not started, or not cloneable (cannot happen to a normalized snapshot): the auditor seals it.
      this.dropPending(pending);
      entry.error = error instanceof Error ? error : new Error(String(error));
      settle();
      return entry;
    }
    // The first batch chains from the auditor's last hash; every later one from the batch before it
    // (a failure hands back only batches not yet sealed, so the last sealed one stays the head).
    this.prev ??= prev;
    this.order.push(pending);
    return entry;
  }

  /**
   * The auditor seals events itself while nothing is in the pool's hands (events a worker ran out
   * of time on, masked): the next batch chains from the hash the auditor gives with it again.
   */
  rechain(): void {
    if (this.order.length === 0) this.prev = undefined;
  }

  /**
   * Stops the workers; batches still waiting get an error (the auditor seals them itself), with
   * `reason` as its message, and a large event waiting for the pool to start waits no longer.
   */
  async close(reason = 'the sealing worker was stopped'): Promise<void> {
    this.disabled = true;
    const stopping: Array<Promise<number>> = [];
    for (const shard of this.shards) {
      const worker = shard.worker;
      if (worker === undefined) continue;
      this.fail(shard, worker, new Error(reason));
      stopping.push(worker.terminate());
    }
    this.wakeReadyWaiters();
    await Promise.all(stopping);
  }

  private start(shard: Shard): Worker {
    if (shard.worker !== undefined) return shard.worker;
    if (this.disabled) throw new Error('the sealing worker is stopped');
    const recipe = this.internals.recipe();
    if (recipe === undefined) {
      this.disabled = true;
      throw new Error('this redactor cannot run in a worker');
    }
    // The pool's garbage collection runs on V8's platform threads, not on its own: lower them too.
    if (this.nicePlatformThreads) lowerPlatformThreads(this.nice);
    const worker = new Worker(this.entry.typescript ? new URL('./redaction-worker.dev.mjs', this.entry.url) : this.entry.url, workerResourceLimits(this.youngGenerationMb));
    sealingWorkerTestHooks.onWorkerStart?.(worker);
    worker.on('message', (reply: SealReply) => this.settle(shard, worker, reply));
    worker.on('error', (error) => this.fail(shard, worker, error));
    worker.on('messageerror', (error) => this.fail(shard, worker, error));
    worker.on('exit', (code) => this.fail(shard, worker, new Error(`the sealing worker exited with code ${code}`)));
    // After the listeners: adding a 'message' listener refs the worker's port again (Node 20), and
    // an idle thread must never keep the host's process alive (send() refs it while a batch is out).
    worker.unref();
    const init: WorkerRequest = { kind: 'init', recipe, nice: this.nice };
    try {
      worker.postMessage(init);
    } catch (error) {
      // A recipe that cannot be copied (an option holding a function) never will be: stop this
      // thread (it was left running before) and start none again; the host seals from now on.
      this.disabled = true;
      this.wakeReadyWaiters();
      void worker.terminate();
      throw error;
    }
    shard.worker = worker;
    shard.ready = false;
    shard.fed = false;
    return worker;
  }

  private settle(shard: Shard, worker: Worker, reply: SealReply): void {
    if (shard.worker !== worker) return;
    // Any answer means the thread has loaded.
    clearTimeout(shard.loadTimer);
    shard.loadTimer = undefined;
    if (reply.kind === 'ready') {
      shard.ready = true;
      for (const waiting of shard.waiting.values()) waiting.timer ??= setTimeout(waiting.expire, this.timeoutMs);
      sealingWorkerTestHooks.onThreadReady?.();
      if (!this.wasReady && this.shards.every((s) => s.ready)) {
        this.wasReady = true;
        this.warm = true;
        this.wakeReadyWaiters();
        sealingWorkerTestHooks.onReady?.();
      } else if (!this.wasReady) {
        // The next thread starts loading now (ready() starts at most maxLoading at a time).
        this.ready();
      }
      return;
    }
    const waiting = shard.waiting.get(reply.id);
    if (waiting === undefined) return;
    if (!reply.ok) {
      this.fail(shard, worker, new Error(`the sealing worker failed: ${reply.message}`));
      void worker.terminate();
      return;
    }
    const heads = reply.heads.split('\n');
    const tails = reply.tails.split('\n');
    if (heads.length !== waiting.count || tails.length !== waiting.count) {
      this.fail(shard, worker, new Error(`the sealing worker answered ${heads.length} events for ${waiting.count}`));
      void worker.terminate();
      return;
    }
    shard.waiting.delete(reply.id);
    clearTimeout(waiting.timer);
    this.idle(shard);
    waiting.pending.parts[shard.index] = { heads, tails, failures: reply.failures };
    waiting.pending.outstanding--;
    this.sealReady();
  }

  /**
   * Seals, in the order sent, every batch whose parts are all in. An event of more than
   * `SLICED_HASH_CHARS` characters is hashed in slices with the host's event loop let run between
   * them (a hostile multi-megabyte event must not stall the host); meanwhile the batch stays first
   * in `order`, so a failure hands it back too, and this stops.
   */
  private sealReady(): void {
    if (this.sealing) return;
    this.sealing = true;
    this.sealInOrder().then(
      () => {
        this.sealing = false;
        // A batch completed after the loop's last look is sealed now.
        if (this.order.length > 0 && (this.order[0] as Pending).outstanding === 0) this.sealReady();
      },
      (error: unknown) => {
        // Cannot happen (hashing strings); if it did, the batches go back to the auditor.
        this.sealing = false;
        this.failAll(error instanceof Error ? error : new Error(String(error)));
      },
    );
  }

  private async sealInOrder(): Promise<void> {
    while (this.order.length > 0 && (this.order[0] as Pending).outstanding === 0) {
      const pending = this.order[0] as Pending;
      const generation = this.generation;
      const drafts = pending.entry.drafts;
      const records: SealedRecord[] = new Array(drafts.length);
      const next = new Uint32Array(this.shards.length);
      let prev = this.prev as string;
      for (let i = 0; i < drafts.length; i++) {
        const s = pending.shardOf[i] as number;
        const part = pending.parts[s] as { heads: string[]; tails: string[]; failures: SealFailure[] };
        const j = (next[s] as number)++;
        const head = part.heads[j] as string;
        const tail = part.tails[j] as string;
        if (head.length + tail.length <= SLICED_HASH_CHARS) {
          // As pieces (`{"hash":…,` and the text): the file ledger encodes them without a joined copy.
          const sealed = sealAroundPrevPieces(head, tail, prev);
          records[i] = lazyRecord(sealed.pieces, sealed.leaf, (drafts[i] as DraftEvent).event.seq, prev);
          prev = sealed.hash;
          continue;
        }
        // Hashed and stored as pieces around `prev`, never joined here: head and tail are slices
        // of the worker's answer, and a joined megabyte line is flattened in one step of milliseconds.
        const pieces = [head, prevMember(prev), tail];
        const leaf = await leafHashInSlices(pieces, yieldToHost);
        if (this.generation !== generation) return;
        const hash = leaf.toString('hex');
        records[i] = lazyRecord(storedLinePieces(hash, pieces), leaf, (drafts[i] as DraftEvent).event.seq, prev);
        prev = hash;
      }
      this.order.shift();
      // Failures name the index in their shard's part: back to the index in the batch.
      const failures: SealFailure[] = [];
      for (let s = 0; s < this.shards.length; s++) {
        const part = pending.parts[s];
        if (part === undefined || part.failures.length === 0) continue;
        const indexes: number[] = [];
        for (let i = 0; i < drafts.length; i++) if (pending.shardOf[i] === s) indexes.push(i);
        for (const failure of part.failures) failures.push({ ...failure, index: indexes[failure.index] as number });
      }
      failures.sort((x, y) => x.index - y.index);
      this.prev = prev;
      pending.entry.result = { records, lastHash: prev, failures };
      pending.settle();
    }
  }

  /**
   * A crash, exit, timeout or wrong answer of one worker: every batch not yet sealed is handed
   * back (the parts other workers still owe are dropped when they come), and the chain restarts
   * from what the auditor gives with the next batch.
   */
  /**
   * A thread that holds batches and is not ready within the time limit is stopped: the batches go
   * back unmarked (their events did nothing wrong), to the next thread or the host's thread.
   */
  private boundLoad(shard: Shard, worker: Worker): void {
    if (shard.loadTimer !== undefined) return;
    // A load takes about half a second of CPU, several seconds on a busy machine: never bounded
    // tighter than LOAD_LIMIT_MS, whatever the batch limit.
    const limit = sealingWorkerTestHooks.loadLimitMs ?? Math.max(this.timeoutMs, LOAD_LIMIT_MS);
    shard.loadTimer = setTimeout(() => {
      shard.loadTimer = undefined;
      this.fail(shard, worker, new Error(`the sealing worker was not ready within ${limit} ms of its first batch`));
      void worker.terminate();
    }, limit);
  }

  private fail(shard: Shard, worker: Worker, error: Error): void {
    if (shard.worker !== worker) return;
    clearTimeout(shard.loadTimer);
    shard.loadTimer = undefined;
    shard.worker = undefined;
    shard.ready = false;
    shard.fed = false;
    this.failAll(error);
  }

  /** Hands back every batch not yet sealed; parts other workers still owe are dropped when they come. */
  private failAll(error: Error): void {
    this.wasReady = false;
    this.generation++;
    const handedBack = this.order.length;
    if (!this.disabled && handedBack > 0) {
      this.failures++;
      this.lastError = error;
      if (this.failures >= MAX_FAILURES) this.disabled = true;
    }
    if (this.disabled) this.wakeReadyWaiters();
    for (const s of this.shards) {
      for (const waiting of s.waiting.values()) clearTimeout(waiting.timer);
      s.waiting.clear();
      this.idle(s);
    }
    const order = this.order;
    this.order = [];
    for (const pending of order) {
      pending.entry.error = error;
      pending.settle();
    }
  }

  /** Forgets a batch that could not be sent whole (its sub-batches already sent are dropped when they come). */
  private dropPending(pending: Pending): void {
    for (const shard of this.shards) {
      for (const [id, waiting] of shard.waiting) {
        if (waiting.pending !== pending) continue;
        clearTimeout(waiting.timer);
        shard.waiting.delete(id);
      }
      this.idle(shard);
    }
  }

  /** No batch waiting: the worker must not keep the host's process alive. */
  private idle(shard: Shard): void {
    if (shard.waiting.size === 0) shard.worker?.unref();
  }
}
