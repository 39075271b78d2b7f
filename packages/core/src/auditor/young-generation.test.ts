import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createAuditor } from './auditor.js';
import { DEFAULT_YOUNG_GENERATION_MB } from './offload.js';
import { sealingWorkerTestHooks } from './pipeline.js';
import { poolKey } from './fixtures/pool.js';
import { createRedactor } from '../redaction/redactor.js';
import { fileLedger } from '../ledger/file-ledger.js';
import { verifyLedger } from '../ledger/verify.js';
import { AuditError } from '../spec/errors.js';

// The sealing pool's threads run with a bounded young generation (RedactionWorkerOptions.youngGenerationMb):
// unbounded, V8 grew each thread's to 48 MiB under the redactor's allocation rate, and the process's
// resident memory with it (docs/benchmarks.md, "Memory"; issue 19's peak-RSS target).
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-young-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
afterEach(() => {
  delete sealingWorkerTestHooks.onWorkerStart;
  delete sealingWorkerTestHooks.startAfterEvents;
});

const event = (i: number) => ({ type: 'tool.result', session: `s${i % 2}`, tool: { name: 'lookup', result: `row ${i}: mail p${i}@example.org` } });

/** The young-generation limit each started thread runs with, after recording a few events through the pool. */
async function limitsOf(name: string, youngGenerationMb?: number): Promise<number[]> {
  const dir = path.join(root, name);
  const workers: Worker[] = [];
  sealingWorkerTestHooks.startAfterEvents = 0;
  sealingWorkerTestHooks.onWorkerStart = (worker) => workers.push(worker);
  const errors: Error[] = [];
  const auditor = createAuditor({
    agent: { id: name },
    sink: fileLedger({ dir }),
    redactor: createRedactor({ pseudonymKey: poolKey() }),
    redactionWorker: youngGenerationMb === undefined ? {} : { youngGenerationMb },
    onError: (error) => errors.push(error),
  });
  for (let i = 0; i < 20; i++) auditor.record(event(i));
  await auditor.flush();
  const limits = workers.map((worker) => worker.resourceLimits?.maxYoungGenerationSizeMb ?? -1);
  await auditor.close();
  expect(errors).toEqual([]);
  expect((await verifyLedger(dir)).ok).toBe(true);
  expect(workers.length).toBeGreaterThan(0);
  return limits;
}

describe('the sealing threads young generation', () => {
  it(`is bounded to ${DEFAULT_YOUNG_GENERATION_MB} MiB by default`, async () => {
    expect(DEFAULT_YOUNG_GENERATION_MB).toBe(16);
    const limits = await limitsOf('default');
    // V8 reports the young generation it sized from the limit: the semi-spaces are rounded, so the figure is near, not equal.
    for (const limit of limits) expect(limit).toBeGreaterThan(0), expect(limit).toBeLessThanOrEqual(DEFAULT_YOUNG_GENERATION_MB + 1);
  });

  it('takes the option, and 0 leaves V8 its own default (larger)', async () => {
    const eight = await limitsOf('eight', 8);
    for (const limit of eight) expect(limit).toBeGreaterThan(0), expect(limit).toBeLessThanOrEqual(9);
    const unbounded = await limitsOf('unbounded', 0);
    for (const limit of unbounded) expect(limit).toBeGreaterThan(DEFAULT_YOUNG_GENERATION_MB + 1);
  });

  it.each([-1, Number.NaN, Infinity, '8', null])('refuses youngGenerationMb %s with invalid_options', (value) => {
    const dir = path.join(root, `bad-${String(value)}`);
    let caught: unknown;
    try {
      createAuditor({ agent: { id: 'bad' }, sink: fileLedger({ dir }), redactionWorker: { youngGenerationMb: value as number } });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AuditError);
    expect((caught as AuditError).code).toBe('invalid_options');
    expect((caught as AuditError).message).toContain('youngGenerationMb');
    // Refused before the ledger is opened: nothing left behind.
    expect(fs.existsSync(dir)).toBe(false);
  });
});
