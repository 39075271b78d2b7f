import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, beforeAll } from 'vitest';
import { createAuditor, type Auditor } from './auditor.js';
import { sealingWorkerTestHooks } from './pipeline.js';
import { crashingSealer, poolKey, sessionOn, verified, workerReady } from './fixtures/pool.js';
import { createRedactor } from '../redaction/redactor.js';
import { memoryLedger } from '../test.js';
import type { AuditEvent, RecordInput } from '../spec/event.js';

// These tests are about the pool: its threads start with the first event (by default after 256).
beforeAll(() => {
  sealingWorkerTestHooks.startAfterEvents = 0;
});
afterAll(() => {
  delete sealingWorkerTestHooks.startAfterEvents;
});

// Review of the sealing pool (issue 19): the auditor's guarantees under races between the pool's
// threads, the feeder, the drain loop, failures of threads and of the ledger, and close().
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-pool-review-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
afterEach(() => {
  delete sealingWorkerTestHooks.entry;
  delete sealingWorkerTestHooks.onReady;
});
const key = poolKey;
const agent = { id: 'pool-review' };
const crashing = crashingSealer;

function input(i: number): RecordInput {
  return { type: 'tool.result', tool: { name: 'crm.lookup', result: { row: i, owner: `Mail zq${i}@example.org`, iban: 'DE89 3704 0044 0532 0130 00' } } };
}


/** seq 0..n-1 with no gap, each stored once, and the events in the order record() numbered them. */
function expectInOrder(events: AuditEvent[], receipts: Array<{ id: string; seq: number }>): void {
  expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
  expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  const byId = new Map(events.map((e) => [e.id, e.seq]));
  for (const r of receipts) expect(byId.get(r.id)).toBe(r.seq);
}



describe('sealing pool review: order, chain, durability', () => {
  for (const [threads, maxBatchEvents] of [[1, 1], [3, 2], [3, 3], [16, 1]] as const) {
    it(`threads ${threads}, maxBatchEvents ${maxBatchEvents}: many sessions and sessionless events, recordDurable() and flush() interleaved, all stored once in order and chained`, async () => {
      const ledger = memoryLedger();
      const errors: Error[] = [];
      const ready = workerReady();
      const auditor = createAuditor({ agent, sink: ledger, redactor: createRedactor({ pseudonymKey: key() }), redactionWorker: { threads }, maxBatchEvents, onError: (e) => errors.push(e) });
      const receipts = [auditor.record({ type: 'run.start' })];
      await ready;
      const checks: Array<Promise<void>> = [];
      for (let i = 0; i < 400; i++) {
        const one = input(i);
        if (i % 50 === 17) {
          checks.push(
            auditor.recordDurable(one).then((r) => {
              receipts.push(r);
              // Durable when it resolves: it is in the ledger already.
              expect(ledger.events().some((e) => e.id === r.id && e.seq === r.seq)).toBe(true);
            }),
          );
          continue;
        }
        if (i % 50 === 31) {
          const upto = receipts.length;
          const before = receipts.slice(0, upto);
          checks.push(
            auditor.flush().then(() => {
              const ids = new Set(ledger.events().map((e) => e.id));
              for (const r of before) expect(ids.has(r.id)).toBe(true);
            }),
          );
        }
        // Sessionless events (each a trace of its own) mixed with 40 sessions.
        receipts.push(i % 3 === 0 ? auditor.record(one) : auditor.run({ session: `m-${i % 40}` }, () => auditor.record(one)));
      }
      await Promise.all(checks);
      await auditor.close();
      expect(errors).toEqual([]);
      const events = ledger.events();
      expect(events).toHaveLength(401);
      receipts.sort((a, b) => a.seq - b.seq);
      expectInOrder(events, receipts);
      expect(await verified(ledger, agent.id)).toBe(true);
      expect(auditor.stats().sealedInWorker).toBe(400);
      expect(JSON.stringify(events)).not.toMatch(/@example\.org|DE89 3704/);
    }, 120_000);
  }

  it('a ledger that fails while batches are out, record() from onError, and records after close(): every accepted event stored once, in order, chained', async () => {
    const ledger = memoryLedger();
    const errors: Error[] = [];
    const receipts: Array<{ id: string; seq: number }> = [];
    let auditor!: Auditor;
    let failing!: () => void;
    const firstFailure = new Promise<void>((resolve) => (failing = resolve));
    const ready = workerReady();
    auditor = createAuditor({
      agent,
      sink: ledger,
      redactor: createRedactor({ pseudonymKey: key() }),
      redactionWorker: { threads: 2 },
      maxBatchEvents: 64,
      onError: (e) => {
        errors.push(e);
        if (/ledger append failed/.test(e.message)) failing();
        // An agent that logs its audit errors as audit events (never for the after-close report).
        if (!/after close/.test(e.message)) receipts.push(auditor.run({ session: 'errors' }, () => auditor.record({ type: 'error', outcome: 'failure', error: { type: 'Audit', message: e.message.slice(0, 80) } } as RecordInput)));
      },
    });
    receipts.push(auditor.record({ type: 'run.start' }));
    await ready;
    for (let i = 0; i < 600; i++) receipts.push(auditor.run({ session: `f-${i % 5}` }, () => auditor.record(input(i))));
    // Batches are out in the pool now; the ledger fails under them.
    ledger.failWith(new Error('disk full'));
    await firstFailure;
    // The ledger is known to fail: a fail-closed caller hears it at once.
    const rejected = auditor.recordDurable(input(-2)).then(
      () => 'resolved',
      () => 'rejected',
    );
    for (let i = 0; i < 300; i++) receipts.push(auditor.run({ session: `f-${i % 5}` }, () => auditor.record(input(i))));
    expect(await rejected).toBe('rejected');
    ledger.failWith(undefined);
    const closed = auditor.close();
    await closed;
    const late = auditor.record(input(-3));
    expect(late.seq).toBe(-1);
    expect(errors.some((e) => /ledger append failed/.test(e.message))).toBe(true);
    expect(errors.at(-1)?.message).toMatch(/after close/);
    const events = ledger.events();
    // The rejected recordDurable() event was recorded and stays: every seq is there once.
    expect(events.length).toBe(receipts.length + 1);
    expectInOrder(events, receipts.filter((r) => r.seq >= 0));
    expect(await verified(ledger, agent.id)).toBe(true);
  }, 120_000);

  it('a thread that times out on every batch: the pool gives up after three failures and the host seals everything, in order', async () => {
    const ledger = memoryLedger();
    const errors: Error[] = [];
    const auditor = createAuditor({ agent, sink: ledger, redactor: createRedactor({ pseudonymKey: key() }), redactionWorker: { threads: 3, timeoutMs: 1 }, maxBatchEvents: 3, onError: (e) => errors.push(e) });
    const receipts: Array<{ id: string; seq: number }> = [];
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && errors.filter((e) => /sealing worker failed/.test(e.message)).length < 3) {
      for (let i = 0; i < 30; i++) receipts.push(auditor.run({ session: `t-${i % 7}` }, () => auditor.record(input(i))));
      await auditor.flush();
    }
    for (let i = 0; i < 100; i++) receipts.push(auditor.record(input(i)));
    await auditor.close();
    expect(errors.filter((e) => /sealing worker failed/.test(e.message)).length).toBe(3);
    const events = ledger.events();
    // The events a worker ran out of time on are stored masked, each with the error event that says so.
    // A notice can itself be in a batch that runs out of time: it is stored masked and reported,
    // with no notice about the notice (recordRedactionFailure stops there, so failures cannot cascade).
    const notices = events.filter((e) => e.source === 'agent-audit' && e.type === 'error');
    const noticeIds = new Set(notices.map((e) => e.id));
    const timedOutIds = errors.flatMap((e) => /^redaction failed for event (\S+): it did not finish within the sealing worker's time limit/.exec(e.message)?.[1] ?? []);
    expect(new Set(timedOutIds).size).toBe(timedOutIds.length);
    const timedOutAgentEvents = timedOutIds.filter((id) => !noticeIds.has(id));
    expect(timedOutAgentEvents.length).toBeGreaterThan(0);
    expect(notices).toHaveLength(timedOutAgentEvents.length);
    // Each notice names one event the time limit masked, and each such event has exactly one notice.
    // A notice that ran out of time itself is stored masked, so the event it names cannot be read
    // (seen at load 10-15, 2026-12-03): the readable notices name distinct masked events.
    const named = notices.filter((e) => !timedOutIds.includes(e.id)).map((e) => (e.attrs as { eventId?: string } | undefined)?.eventId);
    expect(new Set(named).size).toBe(named.length);
    for (const id of named) expect(timedOutAgentEvents).toContain(id);
    if (notices.every((e) => !timedOutIds.includes(e.id))) expect([...named].sort()).toEqual([...timedOutAgentEvents].sort());
    for (const id of timedOutIds) expect(JSON.stringify(events.find((e) => e.id === id)?.data?.classes ?? [])).toContain('redaction.failed');
    expect(events).toHaveLength(receipts.length + notices.length);
    expectInOrder(events, receipts);
    expect(await verified(ledger, agent.id)).toBe(true);
    expect(JSON.stringify(events)).not.toMatch(/@example\.org/);
  }, 120_000);

  it('a thread stuck in a loop on one event: that event is stored masked after the time limit, never redacted again, and the pool goes on', async () => {
    sealingWorkerTestHooks.entry = crashing;
    const ledger = memoryLedger();
    const errors: Error[] = [];
    const auditor = createAuditor({ agent, sink: ledger, redactor: createRedactor({ pseudonymKey: key() }), redactionWorker: { threads: 2, timeoutMs: 10_000 }, onError: (e) => errors.push(e) });
    const ready = workerReady();
    auditor.record(input(0));
    await ready;
    const receipts: Array<{ id: string; seq: number }> = [];
    for (let i = 1; i <= 5; i++) receipts.push(auditor.record(input(i)));
    const hung = auditor.record({ type: 'message.user', content: { input: 'HANG' } });
    for (let i = 6; i <= 10; i++) receipts.push(auditor.record(input(i)));
    await auditor.flush();
    // After the stuck batch, the pool still works: these go through a worker again.
    for (let i = 11; i <= 15; i++) receipts.push(auditor.record(input(i)));
    await auditor.close();
    const events = ledger.events();
    const stored = events.find((e) => e.id === hung.id);
    expect(JSON.stringify(stored)).not.toContain('HANG');
    expect(errors.filter((e) => /did not finish within the sealing worker's time limit/.test(e.message)).map((e) => e.message)).toContain(`redaction failed for event ${hung.id}: it did not finish within the sealing worker's time limit; its content was masked`);
    // One worker failure (the time limit), not three: the stuck event is never sent again.
    expect(errors.filter((e) => /sealing worker failed/.test(e.message))).toHaveLength(1);
    for (const receipt of receipts) expect(events.some((e) => e.id === receipt.id)).toBe(true);
    expect(await verified(ledger, agent.id)).toBe(true);
    expect(JSON.stringify(events)).not.toMatch(/@example\.org/);
  }, 120_000);
});

describe('sealing pool review: a thread that crashes', () => {
  it('while another thread holds parts of the same batches and events of over 256 Ki characters are hashed on the host: nothing lost or reordered, chain verifies', async () => {
    const flag = path.join(root, 'crash-big');
    fs.writeFileSync(flag, '');
    sealingWorkerTestHooks.entry = crashing;
    const ledger = memoryLedger();
    const errors: Error[] = [];
    const big = (i: number) => ({ type: 'tool.result', tool: { name: 'fetch', result: { pages: Array.from({ length: 12 }, (_, p) => `page ${p} of ${i}: é😀 `.repeat(1500).slice(0, 30_000)) } } }) as RecordInput;
    const onBig = sessionOn(1, 2, 'big');
    const onCrash = sessionOn(0, 2, 'crash');
    const ready = workerReady();
    const auditor = createAuditor({ agent, sink: ledger, redactor: createRedactor({ pseudonymKey: key() }), redactionWorker: { threads: 2 }, maxBatchEvents: 2, onError: (e) => errors.push(e) });
    const receipts = [auditor.record({ type: 'run.start' })];
    await ready;
    for (let i = 0; i < 8; i++) {
      receipts.push(auditor.run({ session: onBig }, () => auditor.record(big(i))));
      receipts.push(auditor.run({ session: onCrash }, () => auditor.record(i === 4 ? { type: 'message.user', content: { input: `CRASH:${flag}` } } : input(i))));
    }
    await auditor.close();
    expect(fs.existsSync(flag)).toBe(false);
    expect(errors.map((e) => e.message).join('\n')).toMatch(/the sealing worker failed with \d+ events in its hands/);
    const events = ledger.events();
    // At a load where a thread takes more than its time limit (60 s) on one of these events, that event is stored
    // masked and an `error` event of agent-audit's says so (docs/ARCHITECTURE.md, the sealing pool; seen in a fresh-clone
    // run at load 8 on 2026-12-08: 18 events, the 18th that error): allowed, and nothing else besides the 17.
    const failures = events.filter((e) => e.source === 'agent-audit' && e.type === 'error' && (e.attrs as { reason?: string } | undefined)?.reason === 'redaction_failed');
    const told = `${events.map((e) => `${e.seq} ${e.type} ${e.id}`).join(', ')}\n${errors.map((e) => e.message).join('\n')}`;
    expect(events.length - failures.length, told).toBe(17);
    for (const failure of failures) {
      const about = events.find((e) => e.id === (failure.attrs as { eventId?: string }).eventId);
      expect([about?.id, about?.data?.classes], told).toEqual([(failure.attrs as { eventId?: string }).eventId, expect.arrayContaining(['redaction.failed'])]);
    }
    expectInOrder(events, receipts);
    expect(await verified(ledger, agent.id)).toBe(true);
  }, 120_000);
});
