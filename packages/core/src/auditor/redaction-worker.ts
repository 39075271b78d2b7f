// Worker thread entry, two roles (one per worker):
// - a sealing worker (pipeline.ts, one of a small pool): redacts and classifies, in order, the
//   events of the sessions the host routes to it, and hands back their canonical bytes split
//   where `prev` goes (the host splices in the chain and hashes); it holds those sessions'
//   memory itself;
// - the redaction offload (offload.ts): redacts single large events for an auditor whose events
//   are otherwise sealed on the host's thread, with the session memory the host hands it.
// It holds a redactor rebuilt from the host redactor's recipe.
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { UnsealedEvent } from '../spec/event.js';
import type { CapturePolicy, RedactionResult, RedactOptions, Redactor } from '../spec/redactor.js';
import { createRedactor, type RedactorOptions } from '../redaction/redactor.js';
import { preloadNameLists } from '../redaction/names.js';
import { Keyring } from '../redaction/keys.js';
import { internalsOf, type RedactorRecipe } from '../redaction/internals.js';
import type { MemorySnapshot } from '../redaction/session-memory.js';
import { eventMembers } from './seal-members.js';
import { canonicalAroundPrev } from './seal.js';
import { classificationMembers, failedRedaction, mergeClassification } from './classify.js';
import { afterRedaction, type AfterRedactionCuts } from '../internal/normalize.js';
import { completeMedia, type PendingMedia } from '../internal/media.js';

/** Members the host recomputes after merging classification (see auditor.ts mergeClassification). */
const HOST_MEMBERS = new Set(['data', 'compliance']);

/** Host to worker. */
export type WorkerRequest =
  | { kind: 'init'; recipe: RedactorRecipe; nice?: number }
  | { kind: 'redact'; id: number; event: UnsealedEvent; capture: CapturePolicy; memory: MemorySnapshot } & AfterRedactionCuts
  | SealRequest;

/** One event for the sealing worker: the snapshot made at record(), its capture policy and pending media. */
export interface SealDraft extends AfterRedactionCuts {
  /** The snapshot; absent when it comes as `eventJson`. */
  event?: UnsealedEvent;
  /**
   * The snapshot as JSON text, for an event of many values and no media: the host's
   * `JSON.stringify` of 20,000 small objects takes a tenth of their structured clone (0.5 ms
   * against 4.4 ms here), and a string crosses to the worker as one copy.
   */
  eventJson?: string;
  capture: CapturePolicy;
  media?: PendingMedia[];
}

/** Redact these events in order and give their canonical bytes (see `canonicalAroundPrev()`). */
export interface SealRequest {
  kind: 'seal';
  id: number;
  /** Session memory the host learned before this worker took over (a fresh worker's first request only). */
  memory?: MemorySnapshot;
  drafts: SealDraft[];
}

/** A redaction failure of one event of a batch: `whole` when the event was masked, else the affected values were. */
export interface SealFailure {
  index: number;
  whole: boolean;
  messages: string[];
}

/**
 * The redacted batch: each event's canonical bytes before and after its `prev` member, joined by
 * newlines (canonical JSON holds none), in the order of the request's drafts.
 */
export type SealReply =
  | { kind: 'ready'; id: 0 }
  | { kind: 'sealed'; id: number; ok: true; heads: string; tails: string; failures: SealFailure[] }
  | { kind: 'sealed'; id: number; ok: false; message: string };
type SealedReply = Exclude<SealReply, { kind: 'ready' }>;

/** Worker to host. */
export type WorkerReply =
  | { id: number; ok: true; event: UnsealedEvent; data: RedactionResult['data']; compliance: RedactionResult['compliance']; errors: string[]; memory: MemorySnapshot; members: Array<[string, string]> }
  | { id: number; ok: false; message: string };

let redactor: Redactor | undefined;

/** The message of an error and of its causes (only the text crosses to the host). */
function messageOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause === undefined ? error.message : `${error.message}: ${messageOf(error.cause)}`;
}

/**
 * Linux: lowers this thread's scheduling priority to `nice` (setpriority(2) on the thread's id,
 * read from /proc/thread-self), so that when the pool's threads keep every core busy the host's
 * thread still runs as soon as it has work (its event loop is the agent's). Never raises it;
 * elsewhere, or when the kernel refuses, nothing changes.
 */
function lowerThreadPriority(nice: number): void {
  if (process.platform !== 'linux') return;
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isSafeInteger(tid) && tid > 0 && getPriority(tid) < nice) setPriority(tid, nice);
  } catch {
    // Not permitted, or no /proc: the thread keeps the process's priority.
  }
}

function isPromise(value: unknown): boolean {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/** The redactor's redact() for sealing (RedactorInternals.redactForSeal), set at init. */
let sealingRedact: (event: UnsealedEvent, options: RedactOptions) => RedactionResult | Promise<RedactionResult> = () => {
  throw new Error('sealing worker used before init');
};

/** Redacts and classifies a batch in order (see auditor.ts redactOne for the host's version). */
function sealBatch(request: SealRequest): SealedReply {
  if (redactor === undefined) throw new Error('sealing worker used before init');
  if (request.memory !== undefined) internalsOf(redactor)?.loadMemory(request.memory);
  const heads: string[] = new Array(request.drafts.length);
  const tails: string[] = new Array(request.drafts.length);
  const failures: SealFailure[] = [];
  for (let i = 0; i < request.drafts.length; i++) {
    const draft = request.drafts[i] as SealDraft;
    // The host's own JSON.stringify of a normalized snapshot: it parses (a failure fails the batch,
    // which the host then seals itself).
    const source = draft.event ?? (JSON.parse(draft.eventJson as string) as UnsealedEvent);
    let event: UnsealedEvent;
    // The classification, written in place of the event's own members (no merged copy of the
    // event) where nothing is cut after redaction; otherwise merged first (afterRedaction reads it).
    let members: ReturnType<typeof classificationMembers> | undefined;
    try {
      if (draft.media !== undefined) completeMedia(draft.media);
      // The classification is merged into the event below: redactForSeal leaves it off the redacted event.
      const result = sealingRedact(source, { capture: draft.capture });
      if (isPromise(result)) throw new Error('an offloaded redactor must be synchronous');
      const done = result as RedactionResult;
      if (!done || typeof done !== 'object' || !done.event) throw new Error('redactor returned no event');
      if (done.errors && done.errors.length > 0) failures.push({ index: i, whole: false, messages: done.errors.map(messageOf) });
      if (draft.cutAfterRedaction === undefined && draft.maxStoredChars === undefined && draft.cutHeaders !== true) {
        event = done.event;
        members = classificationMembers(done.event, done.data, done.compliance);
      } else event = afterRedaction(mergeClassification(done.event, done.data, done.compliance), draft);
    } catch (error) {
      failures.push({ index: i, whole: true, messages: [messageOf(error)] });
      event = failedRedaction(source);
      members = undefined;
    }
    let parts: { head: string; tail: string };
    try {
      parts = canonicalAroundPrev(event, members);
    } catch (error) {
      // Not encodable (cannot happen to a normalized snapshot): stored masked, never lost.
      failures.push({ index: i, whole: true, messages: [messageOf(error)] });
      parts = canonicalAroundPrev(failedRedaction(source));
    }
    heads[i] = parts.head;
    tails[i] = parts.tail;
  }
  return { kind: 'sealed', id: request.id, ok: true, heads: heads.join('\n'), tails: tails.join('\n'), failures };
}

parentPort?.on('message', (request: WorkerRequest) => {
  if (request.kind === 'init') {
    if (request.nice !== undefined) lowerThreadPriority(request.nice);
    const keyring = new Keyring(request.recipe.keys.map((key) => ({ id: key.id, secret: key.secret })), request.recipe.activeId);
    const made = createRedactor({ ...(request.recipe.options as RedactorOptions), pseudonymKey: keyring });
    redactor = made;
    sealingRedact = internalsOf(made)?.redactForSeal ?? ((event, options) => made.redact(event, options));
    // The sealing worker takes batches once this arrives; until then the host seals them.
    const ready: SealReply = { kind: 'ready', id: 0 };
    parentPort?.postMessage(ready);
    // Then the one-time loading of the person-name lists, before the first batch that needs them.
    const builtins = (request.recipe.options as RedactorOptions).builtins;
    if (builtins === undefined || builtins.includes('person')) setImmediate(preloadNameLists);
    return;
  }
  if (request.kind === 'seal') {
    let reply: SealedReply;
    try {
      reply = sealBatch(request);
    } catch (error) {
      reply = { kind: 'sealed', id: request.id, ok: false, message: messageOf(error) };
    }
    parentPort?.postMessage(reply);
    return;
  }
  const reply = (message: WorkerReply): void => parentPort?.postMessage(message);
  try {
    if (redactor === undefined) throw new Error('redaction worker used before init');
    const internals = internalsOf(redactor);
    internals?.loadMemory(request.memory);
    const result = redactor.redact(request.event, { capture: request.capture });
    if (typeof (result as { then?: unknown }).then === 'function') throw new Error('an offloaded redactor must be synchronous');
    const done = result as RedactionResult;
    const event = afterRedaction(done.event, request);
    reply({
      id: request.id,
      ok: true,
      event,
      data: done.data,
      compliance: done.compliance,
      errors: (done.errors ?? []).map(messageOf),
      memory: internals?.memoryOf(request.event) ?? [],
      // The canonical JSON of the redacted event, so the host only hashes it (seal-members.ts).
      members: eventMembers(event, HOST_MEMBERS),
    });
  } catch (error) {
    reply({ id: request.id, ok: false, message: messageOf(error) });
  }
});
