// Worker thread entry: redacts large events for an auditor (see offload.ts), so that their
// detection and pseudonyms never block the host's event loop. It holds a redactor rebuilt from
// the host redactor's recipe and, per event, the session memory the host hands it.
import { parentPort } from 'node:worker_threads';
import type { UnsealedEvent } from '../spec/event.js';
import type { CapturePolicy, RedactionResult, Redactor } from '../spec/redactor.js';
import { createRedactor, type RedactorOptions } from '../redaction/redactor.js';
import { Keyring } from '../redaction/keys.js';
import { internalsOf, type RedactorRecipe } from '../redaction/internals.js';
import type { MemorySnapshot } from '../redaction/session-memory.js';
import { eventMembers } from './seal-members.js';

/** Members the host recomputes after merging classification (see auditor.ts mergeClassification). */
const HOST_MEMBERS = new Set(['data', 'compliance']);

/** Host to worker. */
export type WorkerRequest =
  | { kind: 'init'; recipe: RedactorRecipe }
  | { kind: 'redact'; id: number; event: UnsealedEvent; capture: CapturePolicy; memory: MemorySnapshot };

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

parentPort?.on('message', (request: WorkerRequest) => {
  if (request.kind === 'init') {
    const keyring = new Keyring(request.recipe.keys.map((key) => ({ id: key.id, secret: key.secret })), request.recipe.activeId);
    redactor = createRedactor({ ...(request.recipe.options as RedactorOptions), pseudonymKey: keyring });
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
