import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi, beforeAll } from 'vitest';
import { createAuditor } from './auditor.js';
import { sealingWorkerTestHooks } from './pipeline.js';
import { poolKey } from './fixtures/pool.js';
import { createRedactor } from '../redaction/redactor.js';
import { fileLedger } from '../ledger/file-ledger.js';
import { readEvents } from '../ledger/read.js';
import { verifyLedger } from '../ledger/verify.js';
import type { AuditEvent } from '../spec/event.js';

// These tests are about the pool: its threads start with the first event (by default after 256).
beforeAll(() => {
  sealingWorkerTestHooks.startAfterEvents = 0;
});
afterAll(() => {
  delete sealingWorkerTestHooks.startAfterEvents;
});

// A large event recorded while the sealing pool starts waits for the pool (which is loading
// already) rather than having the host's thread start one more thread (the offload) for it: the
// start of a Worker blocked the host for several ms (issue 11 item 7, the hostile event).
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-pool-warmup-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
afterEach(() => {
  delete sealingWorkerTestHooks.entry;
  delete sealingWorkerTestHooks.warmupWaitMs;
});

/** A tool result of about 40,000 characters, over the offload's 4,096. */
const large = (n: number) => ({ type: 'tool.result', tool: { name: 'scan', result: Array.from({ length: 800 }, (_, i) => `row ${n}.${i} mail a${i}@example.org ok`).join('\n') } });

async function stored(dir: string): Promise<AuditEvent[]> {
  const out: AuditEvent[] = [];
  for await (const event of readEvents(dir)) out.push(event);
  return out;
}

describe('a large event while the sealing pool starts', () => {
  it('is sealed by the pool, after the small events before it, in order and without gaps', async () => {
    // How long the pool takes to start is the machine's business (the threads load the redactor
    // through tsx here): this test is about the waiting, so the wait is made long enough for a
    // loaded machine, a failure bound only. The 3 s bound itself is the next test's.
    sealingWorkerTestHooks.warmupWaitMs = 60_000;
    const dir = path.join(root, 'waits');
    const errors: Error[] = [];
    const auditor = createAuditor({ agent: { id: 'warmup' }, sink: fileLedger({ dir }), redactor: createRedactor({ pseudonymKey: poolKey() }), onError: (e) => errors.push(e) });
    const small = Array.from({ length: 5 }, (_, i) => auditor.record({ type: 'run.start', attrs: { i } }));
    const big = auditor.record(large(1));
    const after = auditor.record({ type: 'run.end' });
    await auditor.flush();
    expect(auditor.stats().sealedInWorker).toBeGreaterThanOrEqual(2); // the large event and the one behind it
    await auditor.close();
    expect(errors).toEqual([]);
    const events = await stored(dir);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
    expect(events.map((e) => e.id)).toEqual([...small, big, after].map((r) => r.id));
    const result = (events[5] as AuditEvent).tool?.result as string;
    expect(result).toContain('row 1.799');
    expect(result).not.toContain('a1@example.org');
    expect((await verifyLedger(dir)).ok).toBe(true);
  });

  it('waits for a pool that never gets ready only for a bounded time, then the offload redacts it', async () => {
    sealingWorkerTestHooks.entry = { url: new URL('./fixtures/silent-sealer.mjs', import.meta.url), typescript: false };
    const dir = path.join(root, 'bounded');
    const errors: Error[] = [];
    const auditor = createAuditor({ agent: { id: 'warmup' }, sink: fileLedger({ dir }), redactor: createRedactor({ pseudonymKey: poolKey() }), onError: (e) => errors.push(e) });
    const started = performance.now();
    const big = auditor.record(large(2));
    const next = auditor.record({ type: 'run.end' });
    await auditor.flush();
    const waited = performance.now() - started;
    expect(waited).toBeGreaterThanOrEqual(2900); // WARMUP_WAIT_MS, 3 s: not a timing target, the bound itself
    expect(auditor.stats().sealedInWorker).toBe(0);
    await auditor.close();
    expect(errors).toEqual([]);
    const events = await stored(dir);
    expect(events.map((e) => e.id)).toEqual([big.id, next.id]);
    expect((events[0] as AuditEvent).tool?.result as string).not.toContain('a5@example.org');
    expect((await verifyLedger(dir)).ok).toBe(true);
  }, 30_000);
});

describe('a redactor whose recipe cannot be sent to a thread', () => {
  it('stops the thread the pool started for it, starts no other, and the host seals every event', async () => {
    const { Worker } = await import('node:worker_threads');
    const terminate = vi.spyOn(Worker.prototype, 'terminate');
    try {
      const dir = path.join(root, 'uncloneable');
      const errors: Error[] = [];
      // A JavaScript caller's options holding a function: the recipe copies unknown options, and
      // postMessage throws DataCloneError. Before, the thread was left running.
      const redactor = createRedactor({ pseudonymKey: poolKey(), onMatch: () => 1 } as Parameters<typeof createRedactor>[0]);
      const auditor = createAuditor({ agent: { id: 'warmup' }, sink: fileLedger({ dir }), redactor, onError: (e) => errors.push(e) });
      const receipts = Array.from({ length: 40 }, (_, i) => auditor.record({ type: 'tool.result', tool: { name: 't', result: `mail b${i}@example.org` } }));
      await auditor.flush();
      expect(terminate).toHaveBeenCalledTimes(1);
      expect(auditor.stats().sealedInWorker).toBe(0);
      await auditor.close();
      expect(terminate).toHaveBeenCalledTimes(1);
      const events = await stored(dir);
      expect(events.map((e) => e.id)).toEqual(receipts.map((r) => r.id));
      expect(JSON.stringify(events)).not.toContain('@example.org');
      expect(errors).toEqual([]);
    } finally {
      terminate.mockRestore();
    }
  });
});
