// The sealing pool's load limit (issue 13, from the mutants of pipeline.ts `boundLoad`, the batch
// timer armed at `ready` (`expire`), `settle`'s and `fail`'s clearing of `loadTimer`; see
// pool-load-limit.test.ts for the bug). Real worker threads through createAuditor. A thread that
// must stay loading is fixtures/loading-sealer.mjs: it holds its 'ready' reply and every batch
// sent to it until the test opens its gate, so the pool sees a thread that has answered nothing.
// Where the time itself is what a test is about (a load limit that must not fire), it waits for
// that time to pass; every other wait is for a hook, an error or a flush(), with a bound only on
// failure.
import { Worker } from 'node:worker_threads';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAuditor } from './auditor.js';
import { sealingWorkerTestHooks } from './pipeline.js';
import { poolKey, readyGate, verified, workerReady } from './fixtures/pool.js';
import { createRedactor } from '../redaction/redactor.js';
import { memoryLedger } from '../test.js';
import type { RecordInput } from '../spec/event.js';
import { bounded, waitUntil } from '../../../../test/wait.js';

const loading = { url: new URL('./fixtures/loading-sealer.mjs', import.meta.url), typescript: false };
const gate = readyGate();
const held = gate.held;
afterAll(() => gate.close());

/** Every thread the pool started, in order, and those that have exited. */
const workers: Worker[] = [];
const startedAt: number[] = [];
const exited = new Set<Worker>();
beforeEach(() => {
  held.length = 0;
  workers.length = 0;
  startedAt.length = 0;
  exited.clear();
  sealingWorkerTestHooks.onWorkerStart = (worker) => {
    workers.push(worker);
    startedAt.push(performance.now());
    worker.once('exit', () => exited.add(worker));
  };
});
afterEach(async () => {
  for (const name of ['entry', 'onReady', 'startAfterEvents', 'loadLimitMs', 'onWorkerStart', 'onDraft'] as const) delete sealingWorkerTestHooks[name];
  await Promise.all(workers.map((worker) => worker.terminate()));
});

const LIMIT_MS = 1_000;
const agent = { id: 'pool-load-limit-mutants' };
const row = (i: number): RecordInput => ({ type: 'tool.result', session: 'one', tool: { name: 'lookup', result: `row ${i} word${i} mail zq${i}@example.org` } });
const hang = (): RecordInput => ({ type: 'message.user', session: 'one', content: { input: 'HANG' } });
const failures = (errors: Error[]): string[] => errors.map((e) => e.message).filter((m) => /sealing worker failed/.test(m));
const tookMore = (ms: number) => expect.stringContaining(`took more than ${ms} ms for a batch of 1 events`);
const notReady = (ms: number) => expect.stringContaining(`the sealing worker was not ready within ${ms} ms of its first batch`);

/**
 * A one-thread pool of loading-sealer.mjs threads, warm (its first thread's gate opened), whose
 * thread has just been stopped on a stuck event after `timeoutMs`. The stuck event's notice starts
 * the next thread, which stays loading until the test opens its gate.
 */
async function afterAStuckEvent(timeoutMs = LIMIT_MS, loadLimitMs?: number, whileStuck?: (auditor: ReturnType<typeof createAuditor>) => void, maxBatchEvents?: number) {
  sealingWorkerTestHooks.entry = loading;
  sealingWorkerTestHooks.startAfterEvents = 0;
  const errors: Error[] = [];
  const ledger = memoryLedger();
  const ready = workerReady();
  const auditor = createAuditor({ agent, sink: ledger, redactor: createRedactor({ pseudonymKey: poolKey() }), redactionWorker: { threads: 1, timeoutMs, nice: 0 }, onError: (e) => errors.push(e), ...(maxBatchEvents === undefined ? {} : { maxBatchEvents }) });
  auditor.record({ type: 'run.start', session: 'one' });
  await waitUntil(() => held.length === 1, 'the first thread to hold its ready reply', 60_000);
  gate.open(held[0] as number);
  await ready;
  // Set once the first thread is ready: it bounds the loads of the threads started after it.
  if (loadLimitMs !== undefined) sealingWorkerTestHooks.loadLimitMs = loadLimitMs;
  let posted = 0;
  sealingWorkerTestHooks.onDraft = () => void posted++;
  const hung = auditor.record(hang());
  // Recorded once the stuck event is in the thread's hands: queued behind it, sent after it.
  await waitUntil(() => posted > 0, 'the stuck event to be posted to the thread', 60_000);
  whileStuck?.(auditor);
  await waitUntil(() => failures(errors).length === 1, 'the stuck event to be stopped', 60_000);
  expect(failures(errors)).toEqual([tookMore(timeoutMs)]);
  return { auditor, ledger, errors, hung };
}

/** Every row redacted (its word kept, its email masked), none stored masked; each stuck event stored masked. */
function expectStored(ledger: ReturnType<typeof memoryLedger>, hungIds: string[], rowIds: Array<[number, string]>): void {
  const byId = new Map(ledger.events().map((e) => [e.id, JSON.stringify(e)]));
  for (const id of hungIds) expect(byId.get(id)).toContain('redaction.failed');
  for (const [i, id] of rowIds) {
    const stored = byId.get(id) as string;
    expect(stored).not.toContain('redaction.failed');
    expect(stored).toContain(`word${i}`);
    expect(stored).not.toContain('@example.org');
  }
}

describe('the load limit and the batch time limit of a thread started in place of a stopped one', () => {
  // settle()'s `waiting.timer ??= setTimeout(waiting.expire, …)` on 'ready': without it a batch
  // sent while its thread loaded had no time limit at all, and a stuck event there hung the pool.
  it('a stuck event sent to a loading thread is stopped one time limit after the thread is ready, and stored masked', async () => {
    let hung2: { id: string } | undefined;
    // The second stuck event waits behind the first; handed back with it, it goes with the first
    // one's notice in the batch that starts the next thread, which stays loading.
    const { auditor, ledger, errors, hung } = await afterAStuckEvent(LIMIT_MS, undefined, (a) => void (hung2 = a.record(hang())));
    await waitUntil(() => held.length === 2, 'the second thread to hold its ready reply', 60_000);
    gate.open(held[1] as number);
    await waitUntil(() => failures(errors).length === 2, 'the second stuck event to be stopped', 60_000);
    expect(failures(errors)).toEqual([tookMore(LIMIT_MS), expect.stringContaining(`took more than ${LIMIT_MS} ms for a batch of 2 events`)]);
    // The third thread, started for the second notice, loads as long as the test wants. (Its
    // first batch may take more than the 1 s limit on a loaded machine: not counted here.)
    await waitUntil(() => held.length === 3, 'the third thread to hold its ready reply', 60_000);
    gate.open(held[2] as number);
    await bounded(auditor.flush(), 'flush', 60_000);
    await auditor.close();
    expect(failures(errors).slice(0, 2)).toEqual([tookMore(LIMIT_MS), expect.stringContaining('for a batch of 2 events')]);
    expectStored(ledger, [hung.id, (hung2 as { id: string }).id], []);
    expect(await verified(ledger, agent.id)).toBe(true);
  }, 180_000);

  // settle()'s clearTimeout(shard.loadTimer) on the thread's first answer, and boundLoad arming one
  // timer per load however many batches wait (`if (shard.loadTimer !== undefined) return`): a
  // timer left running stopped a thread that was working, as "not ready".
  it('a thread that gets ready within the load limit is not stopped when the limit has passed since its first batches', async () => {
    // Long enough for a thread's load on a loaded 2-core machine (seconds).
    const LOAD_MS = 20_000;
    const rows: Array<[number, string]> = [];
    // Queued behind the stuck event: with batches of one event, the rows and the notice go to the
    // next thread as three batches while it loads. A batch limit of 5 s: a thread's first batches
    // (the name lists loading) may take more than 1 s here.
    const { auditor, ledger, errors, hung } = await afterAStuckEvent(5 * LIMIT_MS, LOAD_MS, (a) => {
      for (const i of [1, 2]) rows.push([i, a.record(row(i)).id]);
    }, 1);
    await waitUntil(() => held.length === 2, 'the second thread to hold its ready reply', 60_000);
    // Its load limit was armed as it started, with its first batch.
    const start = startedAt[1] as number;
    gate.open(held[1] as number);
    await bounded(auditor.flush(), 'flush', 60_000);
    // The load limit passes after the thread's start (the time itself is what this test is about).
    await waitUntil(() => performance.now() - start > LOAD_MS + 2_000, 'the load limit to pass', 60_000);
    expect(failures(errors)).toHaveLength(1);
    rows.push([3, auditor.record(row(3)).id]);
    await bounded(auditor.flush(), 'flush', 60_000);
    await auditor.close();
    expect(failures(errors)).toHaveLength(1);
    expect(auditor.stats().sealedInWorker).toBeGreaterThanOrEqual(4);
    expectStored(ledger, [hung.id], rows);
    expect(await verified(ledger, agent.id)).toBe(true);
  }, 180_000);

  // fail()'s `shard.loadTimer = undefined` (a thread that exits while it loads leaves no timer
  // behind that would keep the next thread's load unbounded), and boundLoad's terminate().
  it('after a thread exits while it loads, the next one is bounded too; a thread past its load limit is terminated', async () => {
    const LOAD_MS = 2_000;
    const { auditor, ledger, errors, hung } = await afterAStuckEvent(LIMIT_MS, LOAD_MS);
    // The thread started for the notice exits while it loads (its batch armed its load limit).
    await waitUntil(() => workers.length === 2, 'the second thread to start', 60_000);
    await (workers[1] as Worker).terminate();
    await waitUntil(() => failures(errors).length === 2, 'the exit to be seen', 60_000);
    expect(failures(errors)[1]).toContain('(the sealing worker exited with code ');
    // The third thread, started for the notice handed back, never gets ready: stopped at its limit.
    await waitUntil(() => failures(errors).length === 3, 'the third thread to be stopped at its load limit', 60_000);
    expect(failures(errors)[2]).toEqual(notReady(LOAD_MS));
    await waitUntil(() => workers.length === 3 && exited.has(workers[2] as Worker), 'the third thread to be terminated', 60_000);
    // Three failures: the pool is off, the host seals.
    const rows = [1, 2].map((i) => [i, auditor.record(row(i)).id] as [number, string]);
    await bounded(auditor.flush(), 'flush', 60_000);
    await auditor.close();
    expect(failures(errors)).toHaveLength(3);
    expectStored(ledger, [hung.id], rows);
    expect(await verified(ledger, agent.id)).toBe(true);
  }, 180_000);

  // fail()'s clearTimeout(shard.loadTimer): the load timer of a thread that exited while it loaded,
  // left running, cleared the shard's timer field when it fired, so the next thread's own timer
  // was never cleared by its ready reply and stopped it later, working, as "not ready".
  it('the load timer of a thread that exited while it loaded is stopped with it: the next thread, ready late in its own limit, keeps working', async () => {
    // Long enough for a thread's load on a loaded 2-core machine (seconds).
    const LOAD_MS = 20_000;
    const { auditor, ledger, errors, hung } = await afterAStuckEvent(5 * LIMIT_MS, LOAD_MS);
    await waitUntil(() => workers.length === 2, 'the second thread to start', 60_000);
    const second = startedAt[1] as number;
    // Half its load limit later, it exits while it loads (its batch armed its load limit).
    await waitUntil(() => performance.now() - second > LOAD_MS / 2, 'half the load limit to pass', 60_000);
    await (workers[1] as Worker).terminate();
    await waitUntil(() => workers.length === 3, 'the third thread to start', 60_000);
    const third = startedAt[2] as number;
    // The third thread gets ready after the second one's limit would have passed, within its own.
    const thread = (workers[2] as Worker).threadId;
    await waitUntil(() => held.includes(thread) && performance.now() - second > LOAD_MS + 500, 'the third thread to load and the second one\'s limit to pass', 60_000);
    expect(performance.now() - third).toBeLessThan(LOAD_MS - 2_000);
    gate.open(thread);
    const rows = [[1, auditor.record(row(1)).id]] as Array<[number, string]>;
    await bounded(auditor.flush(), 'flush', 60_000);
    // Past the third thread's own limit (the time itself is what this test is about).
    await waitUntil(() => performance.now() - third > LOAD_MS + 2_000, 'the third thread\'s load limit to pass', 60_000);
    rows.push([2, auditor.record(row(2)).id]);
    await bounded(auditor.flush(), 'flush', 60_000);
    await auditor.close();
    expect(failures(errors)).toHaveLength(2);
    expect(failures(errors)[1]).toContain('(the sealing worker exited with code ');
    expectStored(ledger, [hung.id], rows);
    expect(await verified(ledger, agent.id)).toBe(true);
  }, 180_000);
});

describe('a ready thread has a batch time limit, never a load limit', () => {
  // send()'s `if (!shard.ready) this.boundLoad(…)`: a ready thread's stuck batch is its time
  // limit's (stored masked), not a load that went wrong (handed back unmarked).
  it('a stuck event on a ready thread is stopped at the time limit even when the load limit is shorter', async () => {
    const { auditor, ledger, errors, hung } = await afterAStuckEvent(3 * LIMIT_MS, LIMIT_MS / 2);
    // The threads started after it never get ready: each stopped at the load limit, then the host seals.
    await waitUntil(() => failures(errors).length === 3, 'the pool to turn off', 60_000);
    expect(failures(errors)).toEqual([tookMore(3 * LIMIT_MS), notReady(LIMIT_MS / 2), notReady(LIMIT_MS / 2)]);
    const rows = [[1, auditor.record(row(1)).id]] as Array<[number, string]>;
    await bounded(auditor.flush(), 'flush', 60_000);
    await auditor.close();
    expectStored(ledger, [hung.id], rows);
    expect(await verified(ledger, agent.id)).toBe(true);
  }, 180_000);
});
