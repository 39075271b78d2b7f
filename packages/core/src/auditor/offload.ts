import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { UnsealedEvent } from '../spec/event.js';
import { RedactionError } from '../spec/errors.js';
import type { CapturePolicy, RedactionResult, Redactor } from '../spec/redactor.js';
import { internalsOf, type RedactorInternals } from '../redaction/internals.js';
import type { WorkerReply, WorkerRequest } from './redaction-worker.js';
import type { EventMembers } from './seal-members.js';
import type { AfterRedactionCuts } from '../internal/normalize.js';

/** Canonical members of events redacted in the worker, by the redacted event (see seal-members.ts). */
export const offloadedMembers = new WeakMap<UnsealedEvent, EventMembers>();

/** Options of the redaction worker (`createAuditor({ redactionWorker })`). */
export interface RedactionWorkerOptions {
  /**
   * Events whose snapshotted values hold at least this many characters are redacted in the
   * worker thread; smaller ones on the host's thread, where they take well under a millisecond.
   * Default 4096.
   */
  minEventChars?: number;
  /**
   * Longest wait for a worker on one event (the offload) or one batch (a sealing pool's thread),
   * in milliseconds (default 60 000). Past it the worker is restarted and the content of every
   * event it held is masked, each reported as a failed redaction (`redaction_failed`): redacting
   * it again, in a new worker or on the host's thread, could loop as long (a redactor stuck on
   * that input would stall the agent). The pool's other threads and later events go on. A batch's
   * limit runs from the moment its thread is ready: a thread still loading its redactor (started
   * in place of a stopped one, slow on a busy machine) does not make its batches expire; one that
   * is not ready within max(timeoutMs, 60 000) ms of its first batch is stopped and its events are
   * handed back unmasked (reported: `the sealing worker was not ready within … ms of its first
   * batch`), to be redacted by the next thread or the host's thread.
   */
  timeoutMs?: number;
  /**
   * Worker threads that redact the auditor's events (default 2, 1 on a one-core machine; a value
   * below 1 or not a number counts as 1, above 16 as 16). Events are shared out by session (else by trace), so one session's events are redacted
   * in order by one thread with its session memory, and sessions run in parallel: more threads
   * help only an auditor that records many sessions at once. Each thread holds its own copy of
   * the redactor (name lists included, tens of MB).
   */
  threads?: number;
  /**
   * Events the host's thread seals itself before the sealing pool's threads start (default 256;
   * 0 starts them with the first event). An event of `minEventChars` or more starts them at
   * once. A process that records little (an MCP proxy for one client, a short script) never
   * starts them: each thread loads its own redactor (hundreds of ms of CPU at start-up), and at
   * nice 10 on a busy machine an event in their hands waited seconds for `flush()` and `close()`
   * (an MCP client kills the proxy 4 s after closing its stdin). Not a number, or below 0: an
   * `invalid_options` error.
   */
  startAfterEvents?: number;
  /**
   * Longest wait of `close()` for the sealing pool's threads, in milliseconds (default: no limit).
   * Past it the pool is stopped, the events in its hands come back in order and the host's thread
   * seals them (reported: `the sealing worker failed with N events in its hands (the sealing pool
   * had not answered within … ms of close()); none is lost`), without the session memory the
   * pool's threads had learnt. The thread that redacts large events is stopped then too: they are
   * redacted on the host's thread, not in a thread started then that loads its redactor first. For a host that is killed a known time after it is told to stop (an
   * MCP client kills its server 4 s after closing its stdin): a pool still loading its redactor, or
   * starved at nice 10 while other processes keep every core busy, answered seconds late, and
   * every event it held was lost with the process. Not a number, or below 0: an `invalid_options`
   * error.
   */
  closeWaitMs?: number;
  /**
   * Linux: the nice value (0 to 19, default 10; setpriority(2) per thread) of those threads, so
   * that while they keep every core busy the host's thread, whose event loop is the agent's,
   * still runs first. 0 keeps the process's own priority: the pipeline then competes with the
   * agent for the cores (the host's event-loop delay p99 went from about 7 to 18 ms in
   * benchmarks here) but keeps up better when other processes load the machine. Ignored elsewhere.
   */
  nice?: number;
  /**
   * Linux: whether V8's platform threads (the `--v8-pool-size` threads, 4 by default, that run
   * garbage collection for every isolate of the process, the pool's included) get the same nice
   * value when the pool starts (default true). The pool's garbage collection runs on them, not on
   * its own threads: at the process's priority it took the second core from the host's thread
   * (the host's event-loop delay p99 over 5 ms in 12 of 40 rounds of a hostile 512 KiB event,
   * 1 of 40 with them lowered). This lowers the priority of the host's own concurrent garbage
   * collection too, process-wide and for the process's life, and where other processes keep
   * the cores busy a niced platform thread can hold up the host's parallel scavenge (one round of
   * 40 at p99 45.9 ms beside two busy loops): `false` leaves them alone.
   * Ignored elsewhere and with `nice: 0`. See auditor/platform-threads.ts.
   */
  nicePlatformThreads?: boolean;
  /**
   * Size limit of each redaction thread's young generation (where V8 allocates new objects), in
   * MiB: a positive number (V8's `resourceLimits.maxYoungGenerationSizeMb`; default
   * DEFAULT_YOUNG_GENERATION_MB, 16), or 0 for V8's own default, which grows to 48 MiB per thread
   * under the redactor's allocation rate. Smaller keeps each thread's resident memory down at the
   * price of more frequent minor garbage collections (docs/benchmarks.md, "Memory"). Not a
   * number, or below 0: an `invalid_options` error.
   */
  youngGenerationMb?: number;
}

/**
 * Default size limit of a redaction thread's young generation, in MiB (V8's
 * `maxYoungGenerationSizeMb`; RedactionWorkerOptions.youngGenerationMb). Unset, V8 grows each
 * thread's young generation to 48 MiB (16 MiB semi-spaces) under the redactor's allocation
 * rate, and every thread's resident memory with it. Measured 2026-12-06 (100,000 bench events,
 * 2 threads, three runs each, alternated): peak RSS 351-360 MiB unbounded, 312-316 at 16, 298-300
 * at 8; process CPU per event within the run-to-run noise at 16 (+4% on the means) and +8% on the
 * means at 8 (more minor collections, more promoted), so 16. See docs/benchmarks.md, "Memory".
 */
export const DEFAULT_YOUNG_GENERATION_MB = 16;

/** A Worker's resource limits for `youngGenerationMb` (0: V8's own default, no limit). */
export function workerResourceLimits(youngGenerationMb: number): { resourceLimits: { maxYoungGenerationSizeMb: number } } | undefined {
  return youngGenerationMb > 0 ? { resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb } } : undefined;
}

/** The worker did not answer in time; the event is masked rather than redacted on the host's thread. */
export class OffloadTimeoutError extends Error {
  override readonly name = 'OffloadTimeoutError';
}

interface Waiting {
  resolve: (result: RedactionResult) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
  event: UnsealedEvent;
}

/** After this many worker crashes the auditor stops starting new workers and redacts on its own thread. */
const MAX_CRASHES = 3;

/** Where the worker's entry is, next to this module: `.js`/`.cjs` when built, `.ts` under a TypeScript test runner. */
export function workerEntry(): { url: URL; typescript: boolean } | undefined {
  let base: string | undefined;
  try {
    base = import.meta.url;
  } catch {
    base = undefined;
  }
  if (typeof base !== 'string' || base === '') base = typeof __filename === 'string' ? pathToFileURL(__filename).href : undefined;
  if (base === undefined) return undefined;
  const extension = /\.(ts|cjs|mjs|js)$/.exec(new URL(base).pathname)?.[1];
  if (extension === undefined) return undefined;
  const url = new URL(`./redaction-worker.${extension}`, base);
  try {
    if (!existsSync(fileURLToPath(url))) return undefined;
  } catch {
    return undefined;
  }
  return { url, typescript: extension === 'ts' };
}

/**
 * Runs a `createRedactor()` redactor's work for large events in one worker thread, so that one
 * event full of findings (a hostile tool result) never blocks the host's event loop. The host
 * keeps the order: the pipeline awaits each event before it seals the next. The session memory
 * of the event's session travels with it and comes back updated, so the host and the worker
 * mask recurrences alike.
 *
 * Returns undefined when the redactor cannot be copied to a worker (a user's own redactor, custom
 * detectors, a vault) or the worker's entry is not found next to this module (a bundle that left
 * it out): the auditor then redacts on the host's thread, as before.
 */
export function createRedactionOffload(redactor: Redactor, options: RedactionWorkerOptions = {}): RedactionOffload | undefined {
  const internals = internalsOf(redactor);
  if (internals === undefined) return undefined;
  const entry = workerEntry();
  if (entry === undefined) return undefined;
  return new RedactionOffload(internals, entry, options.minEventChars ?? 4096, options.timeoutMs ?? 60_000, options.youngGenerationMb ?? DEFAULT_YOUNG_GENERATION_MB);
}

/** For the core's own tests only (not exported from the package): sees each thread the offload starts. */
export const offloadTestHooks: { onStart?: () => void } = {};

export class RedactionOffload {
  private worker: Worker | undefined;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  private crashes = 0;
  private disabled = false;

  constructor(
    private readonly internals: RedactorInternals,
    private readonly entry: { url: URL; typescript: boolean },
    readonly minEventChars: number,
    private readonly timeoutMs: number,
    private readonly youngGenerationMb = DEFAULT_YOUNG_GENERATION_MB,
  ) {}

  /** Whether an event of this size goes to the worker. */
  wants(chars: number): boolean {
    return !this.disabled && chars >= this.minEventChars;
  }

  /**
   * Redacts one event in the worker, and cuts it after redaction as `afterRedaction()` does
   * (`cuts.cutAfterRedaction`, `cuts.maxStoredChars`) before the worker encodes the members the
   * host hashes.
   * Rejects when the worker cannot be started or fails (the caller redacts on its own thread)
   * and with `OffloadTimeoutError` when it takes too long.
   */
  redact(event: UnsealedEvent, capture: CapturePolicy, cuts: AfterRedactionCuts = {}): Promise<RedactionResult> {
    let worker: Worker;
    try {
      worker = this.start();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    const id = this.nextId++;
    return new Promise<RedactionResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new OffloadTimeoutError(`the redaction worker took more than ${this.timeoutMs} ms for event ${event.id}`));
        // It may be stuck: start afresh for the next event.
        void this.stop();
      }, this.timeoutMs);
      this.waiting.set(id, { resolve, reject, timer, event });
      worker.ref();
      try {
        const request: WorkerRequest = { kind: 'redact', id, event, capture, memory: this.internals.memoryOf(event), ...(cuts.cutAfterRedaction === undefined ? {} : { cutAfterRedaction: cuts.cutAfterRedaction }), ...(cuts.maxStoredChars === undefined ? {} : { maxStoredChars: cuts.maxStoredChars }), ...(cuts.cutHeaders === true ? { cutHeaders: true } : {}) };
        worker.postMessage(request);
      } catch (error) {
        clearTimeout(timer);
        this.waiting.delete(id);
        this.idle();
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  /** Stops the worker; events still waiting are rejected (the caller redacts them on its own thread). */
  async close(): Promise<void> {
    this.disabled = true;
    await this.stop();
  }

  private start(): Worker {
    if (this.worker !== undefined) return this.worker;
    if (this.disabled) throw new Error('the redaction worker is stopped');
    const recipe = this.internals.recipe();
    if (recipe === undefined) {
      this.disabled = true;
      throw new Error('this redactor cannot run in a worker');
    }
    // From TypeScript sources (the project's tests) a small .mjs entry loads the .ts one through tsx.
    const worker = new Worker(this.entry.typescript ? new URL('./redaction-worker.dev.mjs', this.entry.url) : this.entry.url, workerResourceLimits(this.youngGenerationMb));
    offloadTestHooks.onStart?.();
    worker.unref();
    worker.on('message', (reply: WorkerReply) => this.settle(reply));
    worker.on('error', (error) => this.fail(worker, error));
    worker.on('messageerror', (error) => this.fail(worker, error));
    worker.on('exit', (code) => this.fail(worker, new Error(`the redaction worker exited with code ${code}`)));
    const init: WorkerRequest = { kind: 'init', recipe };
    try {
      worker.postMessage(init);
    } catch (error) {
      // A recipe that cannot be copied (an option holding a function) never will be: stop this
      // thread, and start none for the next events, which are redacted on the host's thread.
      this.disabled = true;
      void worker.terminate();
      throw error;
    }
    this.worker = worker;
    return worker;
  }

  private settle(reply: WorkerReply): void {
    const waiting = this.waiting.get(reply.id);
    if (waiting === undefined) return;
    this.waiting.delete(reply.id);
    clearTimeout(waiting.timer);
    this.idle();
    if (!reply.ok) {
      waiting.reject(new Error(reply.message));
      return;
    }
    this.internals.loadMemory(reply.memory);
    const result: RedactionResult = { event: reply.event };
    offloadedMembers.set(reply.event, new Map(reply.members));
    if (reply.data !== undefined) result.data = reply.data;
    if (reply.compliance !== undefined) result.compliance = reply.compliance;
    if (reply.errors.length > 0) result.errors = reply.errors.map((message) => new RedactionError({ message }));
    waiting.resolve(result);
  }

  /** A crash or exit: every event waiting on this worker is handed back to the caller. */
  private fail(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    if (this.waiting.size > 0 || !this.disabled) this.crashes++;
    if (this.crashes >= MAX_CRASHES) this.disabled = true;
    for (const [id, waiting] of this.waiting) {
      clearTimeout(waiting.timer);
      this.waiting.delete(id);
      waiting.reject(error);
    }
  }

  /** No event waiting: the worker must not keep the host's process alive. */
  private idle(): void {
    if (this.waiting.size === 0) this.worker?.unref();
  }

  private async stop(): Promise<void> {
    const worker = this.worker;
    if (worker === undefined) return;
    this.worker = undefined;
    for (const [id, waiting] of this.waiting) {
      clearTimeout(waiting.timer);
      this.waiting.delete(id);
      waiting.reject(new Error('the redaction worker was stopped'));
    }
    await worker.terminate();
  }
}
