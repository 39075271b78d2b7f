import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import type { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it, beforeAll } from 'vitest';
import { createAuditor } from './auditor.js';
import { sealingWorkerTestHooks } from './pipeline.js';
import { crashingSealer, patient, poolKey, sessionOn, verified, workerReady } from './fixtures/pool.js';
import { createRedactor } from '../redaction/redactor.js';
import { memoryLedger } from '../test.js';
import type { RecordInput } from '../spec/event.js';
import type { LedgerSink, SealedRecord } from '../spec/sink.js';

// These tests are about the pool: its threads start with the first event (by default after 256).
beforeAll(() => {
  sealingWorkerTestHooks.startAfterEvents = 0;
});
afterAll(() => {
  delete sealingWorkerTestHooks.startAfterEvents;
});

// Regressions from a review of the sealing pool: each test failed before its fix (the handover
// to a worker fed after another, memory kept for the sessions of workers that did not fail,
// the chain head kept across a worker exit with answered batches waiting, and fail-closed
// callers of later events rejected once the ledger keeps failing).
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-pool-bugs-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
afterEach(() => {
  delete sealingWorkerTestHooks.entry;
  delete sealingWorkerTestHooks.onReady;
});
const key = poolKey;
const agent = { id: 'pool-bugs' };
const crashing = crashingSealer;




const opens = (k: number): RecordInput => ({ type: 'tool.call', tool: { name: 'ehr.open', arguments: { patient_name: patient(k) } } });
const mentions = (k: number): RecordInput => ({ type: 'message.assistant', content: { output: `Discharge letter for ${patient(k)} is ready.` } });

describe('sealing pool review: regressions', () => {
  it('handover: what the host learned during warm-up reaches a thread whose first batch comes after another thread was fed', async () => {
    const ledger = memoryLedger();
    const errors: Error[] = [];
    const s0 = sessionOn(0, 2, 'bed');
    const s1 = sessionOn(1, 2, 'bed');
    const ready = workerReady();
    const auditor = createAuditor({ agent, sink: ledger, redactor: createRedactor({ pseudonymKey: key() }), redactionWorker: { threads: 2 }, onError: (e) => errors.push(e) });
    // Sealed on the host while the threads start: the host remembers both names.
    auditor.run({ session: s0 }, () => auditor.record(opens(0)));
    auditor.run({ session: s1 }, () => auditor.record(opens(1)));
    await auditor.flush();
    expect(auditor.stats().sealedInWorker).toBe(0);
    await ready;
    // The first pool batch holds only thread 0's session: the handover is taken (and cleared) here.
    auditor.run({ session: s0 }, () => auditor.record(mentions(0)));
    await auditor.flush();
    // Thread 1's first batch: it gets no memory.
    auditor.run({ session: s1 }, () => auditor.record(mentions(1)));
    await auditor.close();
    expect(errors).toEqual([]);
    expect(auditor.stats().sealedInWorker).toBe(2);
    const text = JSON.stringify(ledger.events());
    expect(text).not.toContain(patient(0));
    expect(text).not.toContain(patient(1));
  }, 60_000);

  it("crash: a session held by a thread that did not fail keeps its memory when its events are resealed after another thread's crash", async () => {
    const flag = path.join(root, 'crash-memory');
    fs.writeFileSync(flag, '');
    sealingWorkerTestHooks.entry = crashing;
    const ledger = memoryLedger();
    const errors: Error[] = [];
    const survivor = sessionOn(1, 2, 'ward');
    const crasher = sessionOn(0, 2, 'ward');
    const ready = workerReady();
    const auditor = createAuditor({ agent, sink: ledger, redactor: createRedactor({ pseudonymKey: key() }), redactionWorker: { threads: 2 }, onError: (e) => errors.push(e) });
    auditor.record({ type: 'run.start' });
    await ready;
    // Thread 1 learns the name.
    auditor.run({ session: survivor }, () => auditor.record(opens(7)));
    await auditor.flush();
    expect(auditor.stats().sealedInWorker).toBe(1);
    // One batch: thread 0 dies on its part; thread 1's part (the recurrence) is handed back too.
    auditor.run({ session: crasher }, () => auditor.record({ type: 'message.user', content: { input: `CRASH:${flag}` } }));
    auditor.run({ session: survivor }, () => auditor.record(mentions(7)));
    await auditor.close();
    expect(fs.existsSync(flag)).toBe(false);
    expect(errors.map((e) => e.message).join('\n')).toMatch(/the sealing worker failed with 2 events in its hands/);
    expect(await verified(ledger, agent.id)).toBe(true);
    expect(JSON.stringify(ledger.events())).not.toContain(patient(7));
  }, 60_000);

  it('crash, then the host seals the handed-back events, then the pool takes batches again: the next batch chains from the host\'s last event', async () => {
    const flag = path.join(root, 'crash-then-pool');
    fs.writeFileSync(flag, '');
    sealingWorkerTestHooks.entry = crashing;
    const ledger = memoryLedger();
    const errors: Error[] = [];
    const ready = workerReady();
    const auditor = createAuditor({ agent, sink: ledger, redactor: createRedactor({ pseudonymKey: key() }), redactionWorker: { threads: 2 }, onError: (e) => errors.push(e) });
    auditor.record({ type: 'run.start' });
    await ready;
    for (let k = 0; k < 4; k++) auditor.run({ session: sessionOn(k % 2, 2, 'before') }, () => auditor.record(opens(k)));
    await auditor.flush();
    // One batch: a thread dies on it; its events go back and are sealed on the host's thread.
    auditor.run({ session: sessionOn(0, 2, 'crash') }, () => auditor.record({ type: 'message.user', content: { input: `CRASH:${flag}` } }));
    await auditor.flush();
    expect(fs.existsSync(flag)).toBe(false);
    // The restarted pool takes the next batches: they must chain from the host's last event.
    const sealedBefore = auditor.stats().sealedInWorker;
    for (let round = 0; round < 20 && auditor.stats().sealedInWorker === sealedBefore; round++) {
      for (let k = 0; k < 6; k++) auditor.run({ session: sessionOn(k % 2, 2, `after-${round}`) }, () => auditor.record(opens(10 + k)));
      await auditor.flush();
    }
    expect(auditor.stats().sealedInWorker).toBeGreaterThan(sealedBefore);
    await auditor.close();
    expect(errors.map((e) => e.message).join('\n')).toMatch(/the sealing worker failed/);
    expect(await verified(ledger, agent.id)).toBe(true);
  }, 60_000);

  it('prev: a thread that exits right after answering (nothing in its hands) while answered batches wait for the ledger: the next batch chains from the last sealed event', async () => {
    // A sealing worker that exits just after answering a batch holding "EXIT-AFTER-REPLY".
    const fixture = path.join(root, 'exit-after-reply.mjs');
    fs.writeFileSync(
      fixture,
      `import { parentPort } from 'node:worker_threads';
const on = parentPort.on.bind(parentPort);
parentPort.on = (name, listener) => on(name, name === 'message' ? (request) => {
  listener(request);
  if (request.kind === 'seal' && request.drafts.some((d) => d.event.content?.input === 'EXIT-AFTER-REPLY')) setImmediate(() => process.exit(9));
} : listener);
await import(${JSON.stringify(crashing.url.href)});
`,
    );
    sealingWorkerTestHooks.entry = { url: pathToFileURL(fixture), typescript: false };
    const workers: Worker[] = [];
    const onWorker = (w: Worker) => workers.push(w);
    process.on('worker', onWorker);
    try {
      const memory = memoryLedger();
      // A ledger whose writes wait for the test to let them through.
      let gate: Promise<void> = Promise.resolve();
      let open = (): void => {};
      const sink: LedgerSink = {
        open: (stream) => memory.open(stream),
        close: (stream) => memory.close(stream),
        async append(stream: string, records: readonly SealedRecord[]) {
          await gate;
          return memory.append(stream, records);
        },
      };
      const errors: Error[] = [];
      let chainBroken!: () => void;
      const broken = new Promise<string>((resolve) => (chainBroken = () => resolve('chain broken')));
      const ready = workerReady();
      const auditor = createAuditor({
        agent,
        sink,
        redactor: createRedactor({ pseudonymKey: key() }),
        redactionWorker: { threads: 1 },
        maxBatchEvents: 1,
        onError: (e) => {
          errors.push(e);
          if (/ledger append failed/.test(e.message)) chainBroken();
        },
      });
      auditor.record({ type: 'run.start' });
      await ready;
      await auditor.flush();
      expect(workers).toHaveLength(1);
      gate = new Promise<void>((resolve) => (open = resolve));
      // Four batches of one event; the worker answers all four, then exits with nothing in its hands.
      for (let i = 0; i < 3; i++) auditor.record({ type: 'message.user', content: { input: `hello ${i}` } });
      auditor.record({ type: 'message.user', content: { input: 'EXIT-AFTER-REPLY' } });
      await once(workers[0] as Worker, 'exit');
      // Three answered batches still wait for the ledger; a new event is sent meanwhile.
      auditor.record({ type: 'message.user', content: { input: 'after the exit' } });
      open();
      const outcome = await Promise.race([auditor.flush().then(() => 'flushed'), broken]);
      // Fails with: ledger append failed for seq 5..5 (attempt 1); retrying: prev of seq 5 does not chain.
      expect(errors.map((e) => `${e.message}: ${(e.cause as Error | undefined)?.message}`)).toEqual([]);
      expect(outcome).toBe('flushed');
      expect(memory.events(agent.id)).toHaveLength(6);
      expect(await verified(memory, agent.id)).toBe(true);
      await auditor.close();
    } finally {
      process.off('worker', onWorker);
    }
  }, 60_000);

  for (const redactionWorker of [true, false]) {
    it(`recordDurable (redactionWorker: ${redactionWorker}): rejects while the ledger fails, also when earlier events are the ones being retried`, async () => {
      const ledger = memoryLedger();
      const ready = redactionWorker ? workerReady() : undefined;
      const auditor = createAuditor({ agent, sink: ledger, redactor: createRedactor({ pseudonymKey: key() }), redactionWorker, maxBatchEvents: 10, onError: () => {} });
      auditor.record({ type: 'run.start' });
      await ready;
      await auditor.flush();
      ledger.failWith(new Error('disk full'));
      for (let i = 0; i < 100; i++) auditor.record({ type: 'message.user', content: { input: `hello ${i}` } });
      const outcome = await Promise.race([
        auditor.recordDurable({ type: 'message.user', content: { input: 'must be durable' } }).then(
          () => 'resolved',
          () => 'rejected',
        ),
        // The ledger is retried for 10 s, on the order of 15 attempts: a fail-closed caller must have heard by then.
        new Promise<string>((resolve) => setTimeout(() => resolve('still waiting after 10 s of failed appends'), 10_000)),
      ]);
      ledger.failWith(undefined);
      await auditor.close();
      expect(outcome).toBe('rejected');
    }, 60_000);
  }
});
