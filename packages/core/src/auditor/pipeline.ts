import { Worker } from 'node:worker_threads';
import type { AuditEvent } from '../spec/event.js';
import type { SealedRecord } from '../spec/sink.js';
import type { Redactor } from '../spec/redactor.js';
import { internalsOf, type RedactorInternals } from '../redaction/internals.js';
import { workerEntry } from './offload.js';
import type { DraftEvent } from './shape.js';
import type { SealDraft, SealFailure, SealReply, WorkerRequest } from './redaction-worker.js';
import type { MemorySnapshot } from '../redaction/session-memory.js';

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

interface Waiting {
  entry: InFlight;
  expectedPrev: string | undefined;
  settle: () => void;
  timer: NodeJS.Timeout;
}

/**
 * For the core's own tests only (not exported from the package): another worker entry, e.g. one
 * that crashes on a given event, to show that the auditor loses and reorders nothing.
 */
export const sealingWorkerTestHooks: { entry?: { url: URL; typescript: boolean }; onReady?: () => void } = {};

/** After this many worker failures the auditor stops starting sealing workers and seals on its own thread. */
const MAX_FAILURES = 3;

/**
 * One stored record of a batch sealed in the worker. Only the line and leaf crossed the thread;
 * the event object is parsed from the line when a sink asks for it (the file ledger asks for the
 * first and last of a batch only).
 */
function lazyRecord(line: string, leaf: Uint8Array): SealedRecord {
  let event: AuditEvent | undefined;
  return {
    line,
    leaf,
    get event(): AuditEvent {
      event ??= JSON.parse(line) as AuditEvent;
      return event;
    },
  };
}

/**
 * Runs redaction, classification and sealing (JCS + SHA-256 chain) of every event of an auditor
 * in one worker thread, the host's second core. Batches are answered in the order they were sent
 * (one worker, one queue) and the worker continues the hash chain from batch to batch, so the
 * host only snapshots at `record()` and writes the returned lines. The host keeps the order and
 * the durability: a batch the worker failed on (crash, exit, timeout, a wrong chain) is handed
 * back, and the auditor seals it again, in order, after the last batch that came back whole.
 *
 * Undefined when the redactor cannot be rebuilt in a worker (a user's own redactor, custom
 * detectors, a vault) or the worker's entry is missing (a bundle that left it out).
 */
export function createSealingWorker(redactor: Redactor, options: { timeoutMs?: number } = {}): SealingWorker | undefined {
  const internals = internalsOf(redactor);
  if (internals === undefined) return undefined;
  const entry = sealingWorkerTestHooks.entry ?? workerEntry();
  if (entry === undefined) return undefined;
  if (internals.recipe() === undefined) return undefined;
  return new SealingWorker(internals, entry, options.timeoutMs ?? 60_000);
}

export class SealingWorker {
  private worker: Worker | undefined;
  /** Whether the current worker has loaded its redactor and takes batches. */
  private isReady = false;
  /** Whether the current worker was given the chain to continue. */
  private chained = false;
  /** Hash the next answer must chain from (undefined until the first answer of a worker's life). */
  private expectedPrev: string | undefined;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  private failures = 0;
  private disabled = false;
  /** The last failure, for the auditor's report. */
  lastError: Error | undefined;

  constructor(
    private readonly internals: RedactorInternals,
    private readonly entry: { url: URL; typescript: boolean },
    private readonly timeoutMs: number,
  ) {}

  /** Whether batches go to the worker (false once it failed too often or was closed). */
  get usable(): boolean {
    return !this.disabled;
  }

  /** Whether a worker thread is running now. */
  get running(): boolean {
    return this.worker !== undefined;
  }

  /**
   * Whether a worker is ready for batches. Starts one if none runs; until it is ready (it loads
   * its redactor first) the auditor seals on its own thread, so the first events never wait.
   */
  ready(): boolean {
    if (this.isReady) return true;
    if (this.worker === undefined && !this.disabled) {
      try {
        this.start();
      } catch (error) {
        // No thread can be started here (a resource limit, a sandbox): the host seals from now on.
        this.lastError = error instanceof Error ? error : new Error(String(error));
        this.disabled = true;
      }
    }
    return false;
  }

  /**
   * Sends a batch to be sealed after `prev` (used only by a fresh worker; a running one continues
   * its own chain). Never throws: a failure shows up as the entry's `error`.
   */
  send(drafts: DraftEvent[], prev: string, memory?: () => MemorySnapshot): InFlight {
    let settle!: () => void;
    const entry: InFlight = { drafts, done: new Promise<void>((resolve) => (settle = resolve)) };
    let worker: Worker;
    try {
      worker = this.start();
    } catch (error) {
      entry.error = error instanceof Error ? error : new Error(String(error));
      settle();
      return entry;
    }
    const id = this.nextId++;
    const timer = setTimeout(() => {
      this.fail(worker, new Error(`the sealing worker took more than ${this.timeoutMs} ms for a batch of ${drafts.length} events`));
      void worker.terminate();
    }, this.timeoutMs);
    this.waiting.set(id, { entry, expectedPrev: this.chained ? undefined : prev, settle, timer });
    worker.ref();
    const sealDrafts: SealDraft[] = new Array(drafts.length);
    for (let i = 0; i < drafts.length; i++) {
      const draft = drafts[i] as DraftEvent;
      sealDrafts[i] = draft.media === undefined ? { event: draft.event, capture: draft.capture } : { event: draft.event, capture: draft.capture, media: draft.media };
    }
    const request: WorkerRequest = this.chained ? { kind: 'seal', id, drafts: sealDrafts } : { kind: 'seal', id, prev, drafts: sealDrafts, ...(memory ? { memory: memory() } : {}) };
    try {
      worker.postMessage(request);
      this.chained = true;
    } catch (error) {
      // Not cloneable (cannot happen to a normalized snapshot): this batch is sealed on the host.
      clearTimeout(timer);
      this.waiting.delete(id);
      this.idle();
      entry.error = error instanceof Error ? error : new Error(String(error));
      settle();
    }
    return entry;
  }

  /** Stops the worker; batches still waiting get an error (the auditor seals them itself). */
  async close(): Promise<void> {
    this.disabled = true;
    const worker = this.worker;
    if (worker === undefined) return;
    this.fail(worker, new Error('the sealing worker was stopped'));
    await worker.terminate();
  }

  private start(): Worker {
    if (this.worker !== undefined) return this.worker;
    if (this.disabled) throw new Error('the sealing worker is stopped');
    const recipe = this.internals.recipe();
    if (recipe === undefined) {
      this.disabled = true;
      throw new Error('this redactor cannot run in a worker');
    }
    const worker = new Worker(this.entry.typescript ? new URL('./redaction-worker.dev.mjs', this.entry.url) : this.entry.url);
    worker.unref();
    worker.on('message', (reply: SealReply) => this.settle(worker, reply));
    worker.on('error', (error) => this.fail(worker, error));
    worker.on('messageerror', (error) => this.fail(worker, error));
    worker.on('exit', (code) => this.fail(worker, new Error(`the sealing worker exited with code ${code}`)));
    const init: WorkerRequest = { kind: 'init', recipe };
    worker.postMessage(init);
    this.worker = worker;
    this.isReady = false;
    this.chained = false;
    this.expectedPrev = undefined;
    return worker;
  }

  private settle(worker: Worker, reply: SealReply): void {
    if (this.worker !== worker) return;
    if (reply.kind === 'ready') {
      this.isReady = true;
      sealingWorkerTestHooks.onReady?.();
      return;
    }
    const waiting = this.waiting.get(reply.id);
    if (waiting === undefined) return;
    if (!reply.ok) {
      this.fail(worker, new Error(`the sealing worker failed: ${reply.message}`));
      void worker.terminate();
      return;
    }
    const expected = waiting.expectedPrev ?? this.expectedPrev;
    if (expected !== undefined && reply.prevIn !== expected) {
      this.fail(worker, new Error('the sealing worker continued the wrong chain'));
      void worker.terminate();
      return;
    }
    const lines = reply.text.split('\n');
    const count = waiting.entry.drafts.length;
    if (lines.length !== count || reply.leaves.byteLength !== 32 * count) {
      this.fail(worker, new Error(`the sealing worker answered ${lines.length} lines for ${count} events`));
      void worker.terminate();
      return;
    }
    this.waiting.delete(reply.id);
    clearTimeout(waiting.timer);
    this.idle();
    this.expectedPrev = reply.lastHash;
    const records: SealedRecord[] = new Array(count);
    for (let i = 0; i < count; i++) records[i] = lazyRecord(lines[i] as string, reply.leaves.subarray(32 * i, 32 * i + 32));
    waiting.entry.result = { records, lastHash: reply.lastHash, failures: reply.failures };
    waiting.settle();
  }

  /** A crash, exit, timeout or wrong answer: every batch waiting on this worker is handed back. */
  private fail(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.isReady = false;
    this.chained = false;
    this.expectedPrev = undefined;
    if (!this.disabled) {
      this.failures++;
      this.lastError = error;
      if (this.failures >= MAX_FAILURES) this.disabled = true;
    }
    for (const [id, waiting] of this.waiting) {
      clearTimeout(waiting.timer);
      this.waiting.delete(id);
      waiting.entry.error = error;
      waiting.settle();
    }
  }

  /** No batch waiting: the worker must not keep the host's process alive. */
  private idle(): void {
    if (this.waiting.size === 0) this.worker?.unref();
  }
}
