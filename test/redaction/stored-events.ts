// Events as the audit stores them, for tests that go through the whole path: recorded by an auditor into a file
// ledger and read back (`ledgerRecorder`), or one streamed answer's chunks redacted by a redactor called directly
// (`redactorStream`). Shared by the probe, open-part and mutant tests of test/redaction (until 2026-12-06f each held
// its own copy of these helpers).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { createAuditor, createKeyring, createRedactor, fileLedger, readEvents, type AuditEvent, type Redactor } from '@agent-audit/core';

/** Where a recording runs: on the host thread (`false`) or in the sealing pool from the given event on. */
export type RedactionWorker = false | { startAfterEvents: number };

/** The two places a recording runs, as `describe.each` rows: `[label, RedactionWorker]`. */
export const MODES = [
  ['on the host thread', false],
  ['in the sealing pool', { startAfterEvents: 0 }],
] as const;

/**
 * A recorder into fresh file ledgers under one temporary folder named after `prefix` (removed after the file's tests):
 * `storedOf(inputs, redactionWorker)` records `inputs` (one session `s`, agent `probe`) through an auditor whose
 * redactor has a fixed pseudonym key and answers the events as stored; `streamed(chunks, redactionWorker, type)` the
 * chunks of one streamed answer (one event of `type` each, `model.response` unless given) as stored.
 */
export function ledgerRecorder(prefix: string): {
  storedOf(inputs: ReadonlyArray<Record<string, unknown>>, redactionWorker?: RedactionWorker): Promise<AuditEvent[]>;
  streamed(chunks: readonly string[], redactionWorker?: RedactionWorker, type?: string): Promise<string[]>;
} {
  const work = mkdtempSync(join(tmpdir(), `aa-${prefix}-`));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  let runs = 0;
  async function storedOf(inputs: ReadonlyArray<Record<string, unknown>>, redactionWorker: RedactionWorker = false): Promise<AuditEvent[]> {
    const dir = join(work, `run-${runs++}`);
    const auditor = createAuditor({
      agent: { id: 'probe' },
      sink: fileLedger({ dir, keyDir: join(work, 'keys'), fsync: false }),
      redactor: createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) }),
      redactionWorker,
    });
    for (const input of inputs) auditor.record({ session: 's', ...input } as never);
    await auditor.close();
    const events: AuditEvent[] = [];
    for await (const event of readEvents(dir, { stream: 'probe' })) events.push(event);
    return events;
  }
  async function streamed(chunks: readonly string[], redactionWorker: RedactionWorker = false, type = 'model.response'): Promise<string[]> {
    const events = await storedOf(chunks.map((output) => ({ type, content: { output } })), redactionWorker);
    return events.map((event) => String((event.content as Record<string, unknown>).output));
  }
  return { storedOf, streamed };
}

/**
 * The chunks of one streamed answer as `redactor` stores them, called directly: each chunk a `model.response` of a
 * fresh session (`<prefix>-<n>`) per call, the stored `content.output` of each.
 */
export function redactorStream(prefix: string, redactor: Redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) })): (chunks: readonly string[]) => Promise<string[]> {
  let sessions = 0;
  return async (chunks) => {
    const session = `${prefix}-${sessions++}`;
    const outs: string[] = [];
    for (const output of chunks) {
      const out = await redactor.redact({ v: 1, type: 'model.response', session, content: { output } } as never, {} as never);
      outs.push(String((out.event as { content: { output: unknown } }).content.output));
    }
    return outs;
  };
}
