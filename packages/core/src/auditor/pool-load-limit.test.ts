// The sealing pool's time limit (`redactionWorker.timeoutMs`) is for a batch a thread is working
// on, not for a thread still loading its redactor. Seen in scripts/repeat-tests.sh on 2026-12-07
// (load 13, pool-review.test.ts): after a thread was stopped on a stuck event, the thread started
// in its place took longer than the limit to load, and the events queued behind its start were
// stored masked (`redaction.failed`) as if each had hung the redactor, their content lost from
// the record. Now a batch's limit runs from the moment its thread is ready; a thread that does not
// get ready within max(limit, 1 min) of its first batch is stopped and its events handed back unmarked (the next thread or
// the host's thread redacts them). A thread that must stay loading holds its 'ready' reply until
// the test opens its gate (fixtures/gated-sealer.mjs).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAuditor } from './auditor.js';
import { sealingWorkerTestHooks } from './pipeline.js';
import { gatedSealer, poolKey, readyGate, verified, workerReady } from './fixtures/pool.js';
import { createRedactor } from '../redaction/redactor.js';
import { memoryLedger } from '../test.js';
import type { RecordInput } from '../spec/event.js';
import { waitUntil } from '../../../../test/wait.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-pool-load-limit-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const stallFlag = path.join(root, 'stall');
process.env.AGENT_AUDIT_TEST_STALL_FLAG = stallFlag;
const stalling = { url: new URL('./fixtures/stalling-sealer.mjs', import.meta.url), typescript: false };
const gated = gatedSealer;
const gate = readyGate();
const held = gate.held;
afterAll(() => gate.close());
const openGate = gate.open;

beforeEach(() => {
  held.length = 0;
});
afterEach(() => {
  for (const name of ['entry', 'onReady', 'startAfterEvents', 'loadLimitMs'] as const) delete sealingWorkerTestHooks[name];
});

const LIMIT_MS = 1_000;
const agent = { id: 'pool-load-limit' };
const row = (i: number): RecordInput => ({ type: 'tool.result', session: 'one', tool: { name: 'lookup', result: `row ${i} word${i} mail zq${i}@example.org` } });
const failures = (errors: Error[]): string[] => errors.map((e) => e.message).filter((m) => /sealing worker failed/.test(m));

/** A one-thread pool, warm, that has just stopped its thread on a stuck event (the next thread is not started yet). */
async function afterAStuckEvent(entry: typeof gated = gated, onReady: () => void = () => {}) {
  sealingWorkerTestHooks.entry = entry;
  sealingWorkerTestHooks.startAfterEvents = 0;
  const errors: Error[] = [];
  const ledger = memoryLedger();
  const ready = workerReady();
  const auditor = createAuditor({ agent, sink: ledger, redactor: createRedactor({ pseudonymKey: poolKey() }), redactionWorker: { threads: 1, timeoutMs: LIMIT_MS, nice: 0 }, onError: (e) => errors.push(e) });
  auditor.record({ type: 'run.start', session: 'one' });
  if (entry === gated) {
    await waitUntil(() => held.length === 1, 'the first thread to hold its ready reply', 60_000);
    openGate(held[0] as number);
  }
  await ready;
  onReady();
  const hung = auditor.record({ type: 'message.user', session: 'one', content: { input: 'HANG' } });
  await auditor.flush();
  expect(failures(errors)).toHaveLength(1);
  expect(failures(errors)[0]).toContain(`took more than ${LIMIT_MS} ms for a batch of 1 events`);
  return { auditor, ledger, errors, hung };
}

/** The stuck event is stored masked; each row redacted (its word kept, its email masked), none masked. */
function expectOnlyTheStuckEventMasked(ledger: ReturnType<typeof memoryLedger>, hungId: string, rowIds: string[]): void {
  const byId = new Map(ledger.events().map((e) => [e.id, JSON.stringify(e)]));
  expect(byId.get(hungId)).toContain('redaction.failed');
  for (const [i, id] of rowIds.entries()) {
    const stored = byId.get(id) as string;
    expect(stored).not.toContain('redaction.failed');
    expect(stored).toContain(`word${i + 1}`);
    expect(stored).not.toContain('@example.org');
  }
}

describe('the time limit runs from a thread being ready, not from its start', () => {
  it('events queued behind a thread that loads for longer than the limit are redacted by it, not stored masked (its ready reply held; it seals the batch once loaded)', async () => {
    const { auditor, ledger, errors, hung } = await afterAStuckEvent();
    const rows = [1, 2, 3].map((i) => auditor.record(row(i)));
    // The thread started in place of the stopped one holds its ready reply.
    await waitUntil(() => held.length === 2, 'the second thread to hold its ready reply', 60_000);
    const heldAt = performance.now();
    // Three time limits pass while it loads (the time itself is what this test is about).
    await waitUntil(() => performance.now() - heldAt > 3 * LIMIT_MS, 'three time limits to pass', 60_000);
    expect(failures(errors)).toHaveLength(1);
    openGate(held[1] as number);
    await auditor.flush();
    await auditor.close();
    expectOnlyTheStuckEventMasked(ledger, hung.id, rows.map((r) => r.id));
    expect(failures(errors)).toHaveLength(1);
    expect(auditor.stats().sealedInWorker).toBeGreaterThanOrEqual(3);
    expect(await verified(ledger, agent.id)).toBe(true);
  }, 120_000);

  it('a thread that never gets ready is stopped after the limit; its events are handed back unmarked and redacted elsewhere', async () => {
    fs.rmSync(stallFlag, { force: true });
    // The load's bound is a minute at least; here 2 s.
    sealingWorkerTestHooks.loadLimitMs = 2 * LIMIT_MS;
    // Once the first thread is ready, every thread started after it stalls while it loads (the
    // one started for the stuck event's notice too).
    const { auditor, ledger, errors, hung } = await afterAStuckEvent(stalling, () => fs.writeFileSync(stallFlag, ''));
    const rows = [1, 2, 3].map((i) => auditor.record(row(i)));
    await auditor.flush();
    const notReady = failures(errors).slice(1);
    expect(notReady.length).toBeGreaterThan(0);
    for (const message of notReady) expect(message).toContain(`the sealing worker was not ready within ${2 * LIMIT_MS} ms of its first batch`);
    await auditor.close();
    expectOnlyTheStuckEventMasked(ledger, hung.id, rows.map((r) => r.id));
    expect(errors.filter((e) => /did not finish within the sealing worker's time limit/.test(e.message))).toHaveLength(1);
    expect(await verified(ledger, agent.id)).toBe(true);
  }, 120_000);
});
