// When and how the sealing pool starts, and its time limit (issue 13, from the mutants of
// pipeline.ts ready(), whenReady(), settle()'s 'ready' branch, the constructor's maxLoading and
// send()'s timer, and of auditor.ts poolStartAfter(), poolWanted() and the drain loop's warm-up
// limits, large-event wait and timed-out head). Real worker threads through createAuditor. Nothing
// waits on time: a thread that must stay loading holds its 'ready' reply until the test opens its
// gate (fixtures/gated-sealer.mjs), a pool that never gets ready is fixtures/silent-sealer.mjs,
// and every wait is for a hook, a message or a flush(), with a timeout only as a failure bound.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAuditor } from './auditor.js';
import { SealingPool, sealingWorkerTestHooks } from './pipeline.js';
import { gatedSealer, poolKey, readyGate, sessionOn, verified, workerReady } from './fixtures/pool.js';
import { createRedactor } from '../redaction/redactor.js';
import { memoryLedger } from '../test.js';
import type { RecordInput } from '../spec/event.js';
import { waitUntil } from '../../../../test/wait.js';

// The number of cores the pool's default maxLoading is taken from.
const cores = vi.hoisted(() => ({ n: 2 }));
vi.mock('node:os', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:os')>();
  return { ...actual, availableParallelism: () => cores.n };
});

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-pool-start-mutants-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const gated = gatedSealer;
const silent = { url: new URL('./fixtures/silent-sealer.mjs', import.meta.url), typescript: false };

/** Threads of a gated pool that hold their 'ready' reply (thread ids), and a way to let one go. */
const gate = readyGate();
const held = gate.held;
afterAll(() => gate.close());
const openGate = gate.open;

let log: string[] = [];
beforeEach(() => {
  cores.n = 2;
  held.length = 0;
  log = [];
  sealingWorkerTestHooks.onWorkerStart = () => log.push('start');
  sealingWorkerTestHooks.onThreadReady = () => log.push('ready');
});
afterEach(() => {
  for (const name of ['entry', 'onReady', 'onWorkerStart', 'onThreadReady', 'startAfterEvents', 'maxLoading', 'warmupWaitMs'] as const) delete sealingWorkerTestHooks[name];
  vi.restoreAllMocks();
});

const agent = { id: 'pool-start-mutants' };
const small = (i: number, session = `s${i % 3}`): RecordInput => ({ type: 'tool.result', session, tool: { name: 'lookup', result: `row ${i} word${i}` } });
/** A tool result of about 40,000 characters, over the offload's 4,096: a large event. */
const large = (n: number): RecordInput => ({ type: 'tool.result', tool: { name: 'scan', result: Array.from({ length: 800 }, (_, i) => `row ${n}.${i} mail a${i}@example.org ok`).join('\n') } });
const starts = (): number => log.filter((entry) => entry === 'start').length;

describe('how many threads load at once (the constructor maxLoading: one core fewer than the machine has, at least 1)', () => {
  async function order(threads: number): Promise<string[]> {
    sealingWorkerTestHooks.startAfterEvents = 0;
    const ready = workerReady().then(() => log.push('all'));
    const errors: Error[] = [];
    const ledger = memoryLedger();
    const auditor = createAuditor({ agent, sink: ledger, redactor: createRedactor({ pseudonymKey: poolKey() }), redactionWorker: { threads }, onError: (e) => errors.push(e) });
    for (let i = 0; i < 6; i++) auditor.record(small(i));
    await auditor.flush();
    await ready;
    for (let i = 6; i < 12; i++) auditor.record(small(i));
    await auditor.flush();
    expect(auditor.stats().sealedInWorker).toBe(6);
    await auditor.close();
    expect(errors).toEqual([]);
    expect(ledger.events()).toHaveLength(12);
    return log;
  }

  it('2 cores: one thread at a time; the pool takes batches only once every thread is ready', async () => {
    cores.n = 2;
    expect(await order(2)).toEqual(['start', 'ready', 'start', 'ready', 'all']);
  }, 120_000);

  it('4 cores: three threads at once', async () => {
    cores.n = 4;
    const seen = await order(3);
    expect(seen.slice(0, 3)).toEqual(['start', 'start', 'start']);
    expect(seen.at(-1)).toBe('all');
  }, 120_000);
});

describe('ready() while a thread loads (gated: the thread holds its ready reply)', () => {
  it('later drains start no other thread while one loads (maxLoading 1); the next starts as it is ready; the host seals meanwhile', async () => {
    sealingWorkerTestHooks.entry = gated;
    sealingWorkerTestHooks.startAfterEvents = 0;
    sealingWorkerTestHooks.maxLoading = 1;
    const errors: Error[] = [];
    const ledger = memoryLedger();
    const auditor = createAuditor({ agent, sink: ledger, redactor: createRedactor({ pseudonymKey: poolKey() }), redactionWorker: { threads: 2 }, onError: (e) => errors.push(e) });
    for (let i = 0; i < 3; i++) auditor.record(small(i));
    await auditor.flush();
    expect(starts()).toBe(1);
    await waitUntil(() => held.length === 1, 'the first thread to hold its ready reply', 60_000);
    // Each drain asks the pool again while the first thread loads: no second thread.
    for (let round = 0; round < 3; round++) {
      auditor.record(small(10 + round));
      await auditor.flush();
    }
    expect(starts()).toBe(1);
    expect(auditor.stats().sealedInWorker).toBe(0);
    const ready = workerReady();
    openGate(held[0] as number);
    // Its ready reply starts the second thread (settle() asks ready() again); the pool is not warm yet.
    await waitUntil(() => held.length === 2, 'the second thread to hold its ready reply', 60_000);
    expect(log).toEqual(['start', 'ready', 'start']);
    auditor.record(small(20));
    await auditor.flush();
    expect(auditor.stats().sealedInWorker).toBe(0);
    openGate(held[1] as number);
    await ready;
    expect(log).toEqual(['start', 'ready', 'start', 'ready']);
    for (let i = 30; i < 36; i++) auditor.record(small(i));
    await auditor.flush();
    expect(auditor.stats().sealedInWorker).toBe(6);
    await auditor.close();
    expect(errors).toEqual([]);
    expect(ledger.events()).toHaveLength(13);
    expect(await verified(ledger, agent.id)).toBe(true);
  }, 120_000);

  it('a large event waits for the loading pool once, and is woken by its readiness (the time bound is far away): the events before it sealed on the host, it and the next by the pool', async () => {
    sealingWorkerTestHooks.entry = gated;
    sealingWorkerTestHooks.warmupWaitMs = 600_000;
    const whenReady = vi.spyOn(SealingPool.prototype, 'whenReady');
    const errors: Error[] = [];
    const ledger = memoryLedger();
    const append = vi.spyOn(ledger, 'append');
    const auditor = createAuditor({ agent, sink: ledger, redactor: createRedactor({ pseudonymKey: poolKey() }), redactionWorker: { threads: 1 }, onError: (e) => errors.push(e) });
    const ids = [0, 1, 2].map((i) => auditor.record(small(i)).id);
    ids.push(auditor.record(large(1)).id);
    ids.push(auditor.record(small(3)).id);
    const flushed = auditor.flush();
    // The large event started the pool (256 events were not sealed yet): no other way started it.
    await waitUntil(() => held.length === 1, 'the thread to hold its ready reply', 60_000);
    expect(starts()).toBe(1);
    expect(append.mock.calls.map(([, records]) => records.length)).toEqual([3]);
    openGate(held[0] as number);
    await flushed;
    expect(whenReady).toHaveBeenCalledTimes(1);
    expect(auditor.stats().sealedInWorker).toBe(2);
    // A later large event does not wait again (the pool is warm; it goes to the pool).
    ids.push(auditor.record(large(2)).id);
    await auditor.flush();
    expect(whenReady).toHaveBeenCalledTimes(1);
    expect(auditor.stats().sealedInWorker).toBe(3);
    await auditor.close();
    expect(errors).toEqual([]);
    expect(ledger.events().map((e) => e.id)).toEqual(ids);
    expect(JSON.stringify(ledger.events())).not.toContain('@example.org');
    expect(await verified(ledger, agent.id)).toBe(true);
  }, 120_000);
});

describe('a pool that never gets ready (fixtures/silent-sealer.mjs)', () => {
  it('a large event waits once per auditor for the time bound, then the host seals in batches of 32 (the pool is wanted now), the large events through the offload', async () => {
    sealingWorkerTestHooks.entry = silent;
    sealingWorkerTestHooks.warmupWaitMs = 50;
    const whenReady = vi.spyOn(SealingPool.prototype, 'whenReady');
    const errors: Error[] = [];
    const ledger = memoryLedger();
    const append = vi.spyOn(ledger, 'append');
    const auditor = createAuditor({ agent, sink: ledger, redactor: createRedactor({ pseudonymKey: poolKey() }), redactionWorker: { threads: 1 }, onError: (e) => errors.push(e) });
    const ids = [auditor.record(large(1)).id];
    for (let i = 0; i < 100; i++) ids.push(auditor.record(small(i)).id);
    ids.push(auditor.record(large(2)).id);
    await auditor.flush();
    expect(whenReady).toHaveBeenCalledTimes(1);
    expect(append.mock.calls.map(([, records]) => records.length)).toEqual([32, 32, 32, 6]);
    expect(auditor.stats().sealedInWorker).toBe(0);
    await auditor.close();
    expect(errors).toEqual([]);
    expect(ledger.events().map((e) => e.id)).toEqual(ids);
    expect(JSON.stringify(ledger.events())).not.toContain('@example.org');
  }, 120_000);

  it('before the threshold the host seals up to the events still to go (at most maxBatchEvents); once it is reached, the threads start at once and the host seals in batches of 32', async () => {
    sealingWorkerTestHooks.entry = silent;
    const errors: Error[] = [];
    const ledger = memoryLedger();
    const append = vi.spyOn(ledger, 'append');
    const sealedAtStart: number[] = [];
    sealingWorkerTestHooks.onWorkerStart = () => sealedAtStart.push(ledger.events().length);
    const auditor = createAuditor({ agent, sink: ledger, redactor: createRedactor({ pseudonymKey: poolKey() }), redactionWorker: { threads: 1, startAfterEvents: 100 }, maxBatchEvents: 50, onError: (e) => errors.push(e) });
    for (let i = 0; i < 60; i++) auditor.record(small(i));
    await auditor.flush();
    expect(sealedAtStart).toEqual([]);
    for (let i = 60; i < 120; i++) auditor.record(small(i));
    await auditor.flush();
    expect(append.mock.calls.map(([, records]) => records.length)).toEqual([50, 10, 40, 20]);
    // The drain that sealed the 100th event started the thread, before the next batch.
    expect(sealedAtStart).toEqual([100]);
    await auditor.close();
    expect(errors).toEqual([]);
    expect(ledger.events()).toHaveLength(120);
  }, 120_000);

  it('startAfterEvents 10: the thread starts in the drain that sealed the 10th event, not later', async () => {
    sealingWorkerTestHooks.entry = silent;
    const ledger = memoryLedger();
    const sealedAtStart: number[] = [];
    sealingWorkerTestHooks.onWorkerStart = () => sealedAtStart.push(ledger.events().length);
    const auditor = createAuditor({ agent, sink: ledger, redactor: createRedactor({ pseudonymKey: poolKey() }), redactionWorker: { threads: 1, startAfterEvents: 10 } });
    for (let i = 0; i < 10; i++) auditor.record(small(i));
    await auditor.flush();
    auditor.record(small(10));
    await auditor.flush();
    expect(sealedAtStart).toEqual([10]);
    await auditor.close();
    expect(ledger.events()).toHaveLength(11);
  }, 120_000);

  it('startAfterEvents 0 (the option, not the test hook): accepted, and the thread starts with the first drain, before anything is sealed', async () => {
    sealingWorkerTestHooks.entry = silent;
    const ledger = memoryLedger();
    const sealedAtStart: number[] = [];
    sealingWorkerTestHooks.onWorkerStart = () => sealedAtStart.push(ledger.events().length);
    const auditor = createAuditor({ agent, sink: ledger, redactor: createRedactor({ pseudonymKey: poolKey() }), redactionWorker: { threads: 1, startAfterEvents: 0 } });
    auditor.record(small(0));
    await auditor.flush();
    expect(sealedAtStart).toEqual([0]);
    await auditor.close();
    expect(ledger.events()).toHaveLength(1);
  }, 120_000);
});

describe('after the pool was warm', () => {
  it('a thread that crashes: the batches it held go to the pool again, behind its restart (the pool stays warm; the host seals none)', async () => {
    const flag = path.join(root, 'crash-once');
    fs.writeFileSync(flag, '');
    sealingWorkerTestHooks.entry = { url: new URL('./fixtures/crashing-sealer.mjs', import.meta.url), typescript: false };
    sealingWorkerTestHooks.startAfterEvents = 0;
    const errors: Error[] = [];
    const ledger = memoryLedger();
    const ready = workerReady();
    const auditor = createAuditor({ agent, sink: ledger, redactor: createRedactor({ pseudonymKey: poolKey() }), redactionWorker: { threads: 2 }, onError: (e) => errors.push(e) });
    auditor.record({ type: 'run.start' });
    await ready;
    const before = auditor.stats().sealedInWorker;
    const onCrash = sessionOn(0, 2, 'crash');
    const onOther = sessionOn(1, 2, 'other');
    for (let i = 0; i < 10; i++) auditor.record(small(i, i % 2 === 0 ? onCrash : onOther));
    auditor.record({ type: 'message.user', session: onCrash, content: { input: `CRASH:${flag}` } });
    for (let i = 10; i < 20; i++) auditor.record(small(i, i % 2 === 0 ? onCrash : onOther));
    await auditor.flush();
    expect(fs.existsSync(flag)).toBe(false);
    expect(errors.map((e) => e.message).join('\n')).toMatch(/the sealing worker failed with \d+ events in its hands/);
    expect(auditor.stats().sealedInWorker - before).toBe(21);
    await auditor.close();
    expect(ledger.events()).toHaveLength(22);
    expect(await verified(ledger, agent.id)).toBe(true);
  }, 120_000);

  it('the time limit: a thread stuck on an event is terminated, the events of its part of the batch stored masked and never sent again, the other thread\'s events redacted as usual, and the chain continues from the host\'s seal', async () => {
    sealingWorkerTestHooks.entry = { url: new URL('./fixtures/crashing-sealer.mjs', import.meta.url), typescript: false };
    sealingWorkerTestHooks.startAfterEvents = 0;
    const terminate = vi.spyOn(Worker.prototype, 'terminate');
    const errors: Error[] = [];
    const ledger = memoryLedger();
    const ready = workerReady();
    // nice 0: a time limit of 10 s must not be reached by a batch that merely waited for a core.
    const auditor = createAuditor({ agent, sink: ledger, redactor: createRedactor({ pseudonymKey: poolKey() }), redactionWorker: { threads: 2, timeoutMs: 10_000, nice: 0 }, onError: (e) => errors.push(e) });
    auditor.record({ type: 'run.start' });
    await ready;
    const stuck = sessionOn(0, 2, 'stuck');
    const other = sessionOn(1, 2, 'other');
    const atStart = auditor.stats().sealedInWorker;
    // One batch: two events of the other thread, the stuck one, one of its own thread after it, one more of the other's.
    const a = auditor.record(small(1, other));
    const hung = auditor.record({ type: 'message.user', session: stuck, content: { input: 'HANG' } });
    const sameThread = auditor.record(small(2, stuck));
    const b = auditor.record(small(3, other));
    await auditor.flush();
    const failures = () => errors.filter((e) => /sealing worker failed/.test(e.message));
    expect(failures()).toHaveLength(1);
    expect(failures()[0]?.message).toContain('took more than 10000 ms for a batch of 2 events');
    expect(terminate).toHaveBeenCalled();
    const byId = () => new Map(ledger.events().map((e) => [e.id, JSON.stringify(e)]));
    for (const masked of [hung, sameThread]) expect(byId().get(masked.id)).toContain('redaction.failed');
    expect(byId().get(hung.id)).not.toContain('HANG');
    for (const kept of [a, b]) expect(byId().get(kept.id)).not.toContain('redaction.failed');
    expect(byId().get(b.id)).toContain('word3');
    // The host sealed only the timed-out run at the head of the queue; the other thread's two went
    // to the pool, and so did the two notices about the masked events, queued behind them.
    expect(auditor.stats().sealedInWorker - atStart).toBe(4);
    // The events after it go to the pool again (the stuck event is never sent again), chained after the host's seal.
    const inWorker = auditor.stats().sealedInWorker;
    for (let i = 4; i < 8; i++) auditor.record(small(i, i % 2 === 0 ? stuck : other));
    await auditor.flush();
    expect(auditor.stats().sealedInWorker - inWorker).toBe(4);
    expect(failures()).toHaveLength(1);
    // A stuck event last in the queue (nothing behind it): sealed masked on the host too.
    const last = auditor.record({ type: 'message.user', session: other, content: { input: 'HANG' } });
    await auditor.flush();
    expect(failures()).toHaveLength(2);
    expect(byId().get(last.id)).toContain('redaction.failed');
    await auditor.close();
    // Each masked event has its notice; nothing else went wrong.
    expect(errors.filter((e) => !/sealing worker failed|did not finish within the sealing worker's time limit/.test(e.message))).toEqual([]);
    expect(await verified(ledger, agent.id)).toBe(true);
  }, 180_000);
});

describe('a redactor whose recipe cannot be sent to a thread', () => {
  it('ready() gives up at the first thread: one started and stopped, none other, the host seals every event, nothing reported', async () => {
    sealingWorkerTestHooks.startAfterEvents = 0;
    const terminate = vi.spyOn(Worker.prototype, 'terminate');
    const errors: Error[] = [];
    const ledger = memoryLedger();
    const redactor = createRedactor({ pseudonymKey: poolKey(), onMatch: () => 1 } as Parameters<typeof createRedactor>[0]);
    const auditor = createAuditor({ agent, sink: ledger, redactor, redactionWorker: { threads: 3 }, onError: (e) => errors.push(e) });
    for (let i = 0; i < 40; i++) auditor.record(small(i));
    await auditor.flush();
    for (let i = 40; i < 50; i++) auditor.record(small(i));
    await auditor.flush();
    expect(starts()).toBe(1);
    expect(terminate).toHaveBeenCalledTimes(1);
    expect(auditor.stats().sealedInWorker).toBe(0);
    await auditor.close();
    expect(errors).toEqual([]);
    expect(ledger.events()).toHaveLength(50);
  }, 60_000);

  it('a large event with such a redactor does not wait for the pool: whenReady() returns at once once ready() found no thread can start (the time bound is far away)', async () => {
    sealingWorkerTestHooks.warmupWaitMs = 600_000;
    const errors: Error[] = [];
    const ledger = memoryLedger();
    const redactor = createRedactor({ pseudonymKey: poolKey(), onMatch: () => 1 } as Parameters<typeof createRedactor>[0]);
    const auditor = createAuditor({ agent, sink: ledger, redactor, redactionWorker: { threads: 2 }, onError: (e) => errors.push(e) });
    const ids = [auditor.record(large(1)).id, auditor.record(small(1)).id];
    await auditor.flush();
    expect(starts()).toBe(1);
    expect(auditor.stats().sealedInWorker).toBe(0);
    await auditor.close();
    expect(ledger.events().map((e) => e.id)).toEqual(ids);
    expect(JSON.stringify(ledger.events())).not.toContain('@example.org');
  }, 60_000);
});
