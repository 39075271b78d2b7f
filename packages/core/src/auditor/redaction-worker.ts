// Worker thread entry, two roles (one per worker):
// - the sealing worker (pipeline.ts): redacts, classifies and seals every event of an auditor in
//   order, keeping the hash chain, and hands back the stored lines and leaf hashes; it holds the
//   session memory of the stream itself;
// - the redaction offload (offload.ts): redacts single large events for an auditor whose events
//   are otherwise sealed on the host's thread, with the session memory the host hands it.
// It holds a redactor rebuilt from the host redactor's recipe.
import { parentPort } from 'node:worker_threads';
import type { UnsealedEvent } from '../spec/event.js';
import type { CapturePolicy, RedactionResult, Redactor } from '../spec/redactor.js';
import { createRedactor, type RedactorOptions } from '../redaction/redactor.js';
import { Keyring } from '../redaction/keys.js';
import { internalsOf, type RedactorRecipe } from '../redaction/internals.js';
import type { MemorySnapshot } from '../redaction/session-memory.js';
import { eventMembers } from './seal-members.js';
import { sealLine } from './seal.js';
import { failedRedaction, mergeClassification } from './classify.js';
import { completeMedia, type PendingMedia } from '../internal/media.js';

/** Members the host recomputes after merging classification (see auditor.ts mergeClassification). */
const HOST_MEMBERS = new Set(['data', 'compliance']);

/** Host to worker. */
export type WorkerRequest =
  | { kind: 'init'; recipe: RedactorRecipe }
  | { kind: 'redact'; id: number; event: UnsealedEvent; capture: CapturePolicy; memory: MemorySnapshot }
  | SealRequest;

/** One event for the sealing worker: the snapshot made at record(), its capture policy and pending media. */
export interface SealDraft {
  event: UnsealedEvent;
  capture: CapturePolicy;
  media?: PendingMedia[];
}

/** Seal these events in order after `prev` (given on the first request a worker gets; later ones continue its chain). */
export interface SealRequest {
  kind: 'seal';
  id: number;
  prev?: string;
  /** Session memory the host learned before this worker took over (first request only). */
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
 * The sealed batch: stored lines joined by newlines (a JCS line holds none), the 32-byte leaf
 * hashes one after another, the hash the batch chained from and the hash of its last event.
 */
export type SealReply =
  | { kind: 'ready'; id: 0 }
  | { kind: 'sealed'; id: number; ok: true; text: string; leaves: Uint8Array; prevIn: string; lastHash: string; failures: SealFailure[] }
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

/** The sealing worker's chain: the hash of the last event it sealed. */
let chainPrev: string | undefined;

function isPromise(value: unknown): boolean {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/** Redacts, classifies and seals a batch in order (see auditor.ts redactOne for the host's version). */
function sealBatch(request: SealRequest): SealedReply {
  if (redactor === undefined) throw new Error('sealing worker used before init');
  if (request.prev !== undefined) chainPrev = request.prev;
  if (request.memory !== undefined) internalsOf(redactor)?.loadMemory(request.memory);
  if (chainPrev === undefined) throw new Error('sealing worker has no chain to continue');
  const prevIn = chainPrev;
  const lines: string[] = new Array(request.drafts.length);
  const leaves = new Uint8Array(32 * request.drafts.length);
  const failures: SealFailure[] = [];
  let prev = prevIn;
  for (let i = 0; i < request.drafts.length; i++) {
    const draft = request.drafts[i] as SealDraft;
    let event: UnsealedEvent;
    try {
      if (draft.media !== undefined) completeMedia(draft.media);
      const result = redactor.redact(draft.event, { capture: draft.capture });
      if (isPromise(result)) throw new Error('an offloaded redactor must be synchronous');
      const done = result as RedactionResult;
      if (!done || typeof done !== 'object' || !done.event) throw new Error('redactor returned no event');
      if (done.errors && done.errors.length > 0) failures.push({ index: i, whole: false, messages: done.errors.map(messageOf) });
      event = mergeClassification(done.event, done.data, done.compliance);
    } catch (error) {
      failures.push({ index: i, whole: true, messages: [messageOf(error)] });
      event = failedRedaction(draft.event);
    }
    let sealed: ReturnType<typeof sealLine>;
    try {
      sealed = sealLine(event, prev);
    } catch (error) {
      // Not encodable (cannot happen to a normalized snapshot): stored masked, never lost.
      failures.push({ index: i, whole: true, messages: [messageOf(error)] });
      sealed = sealLine(failedRedaction(draft.event), prev);
    }
    lines[i] = sealed.line;
    leaves.set(sealed.leaf, 32 * i);
    prev = sealed.hash;
  }
  // Only a batch sealed whole moves the chain on: a failed one is sealed again by the host.
  chainPrev = prev;
  return { kind: 'sealed', id: request.id, ok: true, text: lines.join('\n'), leaves, prevIn, lastHash: prev, failures };
}

parentPort?.on('message', (request: WorkerRequest) => {
  if (request.kind === 'init') {
    const keyring = new Keyring(request.recipe.keys.map((key) => ({ id: key.id, secret: key.secret })), request.recipe.activeId);
    redactor = createRedactor({ ...(request.recipe.options as RedactorOptions), pseudonymKey: keyring });
    // The sealing worker takes batches once this arrives; until then the host seals them.
    const ready: SealReply = { kind: 'ready', id: 0 };
    parentPort?.postMessage(ready);
    return;
  }
  if (request.kind === 'seal') {
    let reply: SealedReply;
    try {
      reply = sealBatch(request);
    } catch (error) {
      reply = { kind: 'sealed', id: request.id, ok: false, message: messageOf(error) };
    }
    if (reply.ok) parentPort?.postMessage(reply, [reply.leaves.buffer as ArrayBuffer]);
    else parentPort?.postMessage(reply);
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
    reply({
      id: request.id,
      ok: true,
      event: done.event,
      data: done.data,
      compliance: done.compliance,
      errors: (done.errors ?? []).map(messageOf),
      memory: internals?.memoryOf(request.event) ?? [],
      // The canonical JSON of the redacted event, so the host only hashes it (seal-members.ts).
      members: eventMembers(done.event, HOST_MEMBERS),
    });
  } catch (error) {
    reply({ id: request.id, ok: false, message: messageOf(error) });
  }
});
