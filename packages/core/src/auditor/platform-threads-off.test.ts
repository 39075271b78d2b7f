import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAuditor } from './auditor.js';
import { poolKey, workerReady } from './fixtures/pool.js';
import { threads } from './fixtures/threads.js';
import { fileLedger } from '../ledger/file-ledger.js';
import { createRedactor } from '../redaction/redactor.js';
import { sealingWorkerTestHooks as poolStartHooks } from './pipeline.js';

// These tests are about the pool: its threads start with the first event (by default after 256).
beforeAll(() => {
  poolStartHooks.startAfterEvents = 0;
});
afterAll(() => {
  delete poolStartHooks.startAfterEvents;
});

// A file of its own: the platform's threads are lowered once per process (vitest runs each file
// in a fresh process), so this one sees them as Node started them.

describe.runIf(process.platform === 'linux')('the sealing pool with nicePlatformThreads: false', () => {
  it('leaves V8 platform threads at the process priority, and still lowers its own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aa-nice-'));
    const before = threads();
    const ready = workerReady();
    const auditor = createAuditor({ agent: { id: 'nice' }, sink: fileLedger({ dir }), redactor: createRedactor({ pseudonymKey: poolKey() }), redactionWorker: { nicePlatformThreads: false } });
    for (let i = 0; i < 20; i++) auditor.record({ type: 'run.start', attrs: { i } });
    await ready;
    await auditor.flush();
    const after = threads();
    await auditor.close();
    rmSync(dir, { recursive: true, force: true });
    const platform = before.filter((t) => t.tid !== process.pid).sort((a, b) => a.start - b.start || a.tid - b.tid).slice(0, 5);
    expect(platform).toHaveLength(5);
    for (const t of platform) expect(after.find((a) => a.tid === t.tid)?.nice, `thread ${t.tid}`).toBe(t.nice);
    // The pool's own threads (started after `before`) run at nice 10.
    const started = after.filter((a) => !before.some((b) => b.tid === a.tid));
    const own = before.find((t) => t.tid === process.pid)?.nice as number;
    expect(started.some((t) => t.nice === Math.max(10, own))).toBe(true);
  });
});
