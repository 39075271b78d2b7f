import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor } from './auditor.js';
import { sealingWorkerTestHooks } from './pipeline.js';
import { poolKey, workerReady } from './fixtures/pool.js';
import { createRedactor } from '../redaction/redactor.js';
import { fileLedger } from '../ledger/file-ledger.js';
import { readEvents } from '../ledger/read.js';
import { verifyLedger } from '../ledger/verify.js';
import { AuditError } from '../spec/errors.js';

// The sealing pool's threads start only once the host's thread has sealed `startAfterEvents`
// events (default 256) or a large event comes. Before this, every auditor started two threads
// with its first event: each loads its own redactor, and in an MCP proxy that recorded five events
// on a loaded machine, flush() and close() waited seconds for those niced threads; the client's
// SIGKILL (4 s after it closed stdin) left the ledger with an unsigned tail (CI, test/mcp/cli.test.ts).
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-pool-start-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const email = (i: number) => ({ type: 'tool.result', session: `s${i % 3}`, tool: { name: 'lookup', result: `row ${i}: mail p${i}@example.org` } });

async function storedIds(dir: string): Promise<string[]> {
  const out: string[] = [];
  for await (const event of readEvents(dir)) out.push(event.id);
  return out;
}

describe('when the sealing pool starts', () => {
  it('not for a process that records little: 255 events sealed on the host and no thread started; the 256th starts the threads', async () => {
    expect(sealingWorkerTestHooks.startAfterEvents).toBeUndefined();
    const dir = path.join(root, 'little');
    const errors: Error[] = [];
    const auditor = createAuditor({ agent: { id: 'little' }, sink: fileLedger({ dir }), redactor: createRedactor({ pseudonymKey: poolKey() }), onError: (e) => errors.push(e) });
    let started = 0;
    sealingWorkerTestHooks.onWorkerStart = () => started++;
    const ids: string[] = [];
    try {
      for (let i = 0; i < 255; i++) {
        ids.push(auditor.record(email(i)).id);
        if (i % 50 === 0) await auditor.flush();
      }
      await auditor.flush();
      expect(started).toBe(0);
      expect(auditor.stats().sealedInWorker).toBe(0);
      // The 256th sealed on the host starts the threads with the next drain.
      ids.push(auditor.record(email(255)).id);
      await auditor.flush();
      ids.push(auditor.record(email(256)).id);
      await auditor.flush();
      // Threads load one core fewer at a time than the machine has (at least one): the rest follow.
      expect(started).toBe(Math.max(1, Math.min(2, os.availableParallelism() - 1)));
    } finally {
      delete sealingWorkerTestHooks.onWorkerStart;
    }
    await auditor.close();
    expect(errors).toEqual([]);
    expect(await storedIds(dir)).toEqual(ids);
    expect((await verifyLedger(dir)).ok).toBe(true);
  });

  it('once the host has sealed startAfterEvents events: later ones go to the pool, with the session memory the host learned', async () => {
    const ready = workerReady();
    const dir = path.join(root, 'after');
    const errors: Error[] = [];
    const auditor = createAuditor({ agent: { id: 'after' }, sink: fileLedger({ dir }), redactor: createRedactor({ pseudonymKey: poolKey() }), redactionWorker: { startAfterEvents: 10 }, onError: (e) => errors.push(e) });
    const ids: string[] = [];
    // A value found by the host in session s1 before the pool starts...
    ids.push(auditor.record({ type: 'tool.result', session: 's1', tool: { name: 'lookup', result: { patient_name: 'Amara Okafor' } } }).id);
    for (let i = 0; i < 10; i++) ids.push(auditor.record(email(i)).id);
    await auditor.flush();
    // ...and after it: the pool starts with the next drain and takes the events once warm.
    ids.push(auditor.record(email(11)).id);
    await auditor.flush();
    await ready;
    for (let i = 0; i < 5; i++) ids.push(auditor.record(email(i)).id);
    await auditor.flush();
    expect(auditor.stats().sealedInWorker).toBeGreaterThan(0);
    const recurrence = auditor.record({ type: 'model.call', session: 's1', content: { output: 'Amara Okafor is booked.' } });
    ids.push(recurrence.id);
    await auditor.close();
    expect(errors).toEqual([]);
    expect(await storedIds(dir)).toEqual(ids);
    const events: string[] = [];
    for await (const event of readEvents(dir)) events.push(JSON.stringify(event));
    expect(events.join('\n')).not.toContain('Amara');
    expect((await verifyLedger(dir)).ok).toBe(true);
  });

  it('at once for a large event (the host never redacts it on its own thread)', async () => {
    sealingWorkerTestHooks.warmupWaitMs = 60_000;
    try {
      const dir = path.join(root, 'large');
      const auditor = createAuditor({ agent: { id: 'large' }, sink: fileLedger({ dir }), redactor: createRedactor({ pseudonymKey: poolKey() }) });
      auditor.record({ type: 'run.start' });
      auditor.record({ type: 'tool.result', tool: { name: 'scan', result: Array.from({ length: 800 }, (_, i) => `row ${i} mail a${i}@example.org ok`).join('\n') } });
      await auditor.flush();
      expect(auditor.stats().sealedInWorker).toBeGreaterThanOrEqual(1);
      await auditor.close();
      expect((await verifyLedger(dir)).ok).toBe(true);
    } finally {
      delete sealingWorkerTestHooks.warmupWaitMs;
    }
  });

  it('refuses a startAfterEvents that is not a number >= 0', () => {
    for (const bad of [-1, Number.NaN, '5' as unknown as number]) {
      let thrown: unknown;
      try {
        createAuditor({ agent: { id: 'bad' }, sink: fileLedger({ dir: path.join(root, `bad-${String(bad)}`) }), redactor: createRedactor({ pseudonymKey: poolKey() }), redactionWorker: { startAfterEvents: bad } });
      } catch (error) {
        thrown = error;
      }
      expect(AuditError.isInstance(thrown) && thrown.code).toBe('invalid_options');
      expect((thrown as Error).message).toContain('startAfterEvents');
    }
  });

  it('refuses a redactionWorker that is neither a boolean nor an object of options (null was a TypeError), and creates no ledger', () => {
    for (const bad of [null, 'yes', 2, []] as unknown[]) {
      const dir = path.join(root, `bad-worker-${JSON.stringify(bad)}`);
      let thrown: unknown;
      try {
        createAuditor({ agent: { id: 'bad' }, sink: fileLedger({ dir }), redactor: createRedactor({ pseudonymKey: poolKey() }), redactionWorker: bad as boolean });
      } catch (error) {
        thrown = error;
      }
      expect(AuditError.isInstance(thrown) && thrown.code).toBe('invalid_options');
      expect((thrown as Error).message).toMatch(/redactionWorker must be true, false or an object/);
      expect(fs.existsSync(dir)).toBe(false);
    }
  });
});

describe('how the threads of the sealing pool start', () => {
  // Each thread loads its own redactor (hundreds of ms of CPU). Loaded all at once on a 2-core
  // machine, the niced threads held both cores, and the host's thread, woken by its timers, waited
  // for a core up to a scheduler slice (about 3 ms) many times a second: its event loop's p99 went
  // over 5 ms (benchmarks/redaction.bench.mjs, part 4). At most maxLoading threads load at once.
  async function starts(threads: number, maxLoading: number): Promise<string[]> {
    const log: string[] = [];
    sealingWorkerTestHooks.maxLoading = maxLoading;
    sealingWorkerTestHooks.startAfterEvents = 0;
    sealingWorkerTestHooks.onWorkerStart = () => log.push('start');
    sealingWorkerTestHooks.onThreadReady = () => log.push('ready');
    const dir = path.join(root, `stagger-${threads}-${maxLoading}`);
    const errors: Error[] = [];
    try {
      const ready = workerReady();
      const auditor = createAuditor({ agent: { id: 'stagger' }, sink: fileLedger({ dir }), redactor: createRedactor({ pseudonymKey: poolKey() }), redactionWorker: { threads }, onError: (e) => errors.push(e) });
      const ids: string[] = [];
      for (let i = 0; i < 20; i++) ids.push(auditor.record(email(i)).id);
      await auditor.flush();
      await ready;
      for (let i = 20; i < 40; i++) ids.push(auditor.record(email(i)).id);
      await auditor.flush();
      expect(auditor.stats().sealedInWorker).toBeGreaterThan(0);
      await auditor.close();
      expect(errors).toEqual([]);
      expect(await storedIds(dir)).toEqual(ids);
      expect((await verifyLedger(dir)).ok).toBe(true);
    } finally {
      delete sealingWorkerTestHooks.maxLoading;
      delete sealingWorkerTestHooks.startAfterEvents;
      delete sealingWorkerTestHooks.onWorkerStart;
      delete sealingWorkerTestHooks.onThreadReady;
    }
    return log;
  }

  it('one at a time where one may load: each thread starts only once the one before it is ready, and the pool takes batches once all are', async () => {
    expect(await starts(3, 1)).toEqual(['start', 'ready', 'start', 'ready', 'start', 'ready']);
  }, 60_000);

  it('two at a time where two may: the third starts as one of the first two is ready', async () => {
    expect(await starts(3, 2)).toEqual(['start', 'start', 'ready', 'start', 'ready', 'ready']);
  }, 60_000);

  it('all at once where the machine has the cores for it', async () => {
    expect((await starts(2, 4)).slice(0, 2)).toEqual(['start', 'start']);
  }, 60_000);
});
