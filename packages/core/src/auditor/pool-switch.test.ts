import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createAuditor } from './auditor.js';
import { sealingWorkerTestHooks } from './pipeline.js';
import { patient, poolKey, workerReady } from './fixtures/pool.js';
import { createRedactor } from '../redaction/redactor.js';
import { fileLedger } from '../ledger/file-ledger.js';
import { readEvents } from '../ledger/read.js';
import { verifyLedger } from '../ledger/verify.js';

// The switch from the host's thread to the sealing pool (after `startAfterEvents` events): what
// the host learned before it must reach the threads, whatever came between.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-pool-switch-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function stored(dir: string): Promise<string[]> {
  const out: string[] = [];
  for await (const event of readEvents(dir)) out.push(JSON.stringify(event));
  return out;
}

describe('session memory across the switch to the pool', () => {
  it('a session that first came after more than 1024 events of another busy session (each its own trace): its values are masked after the pool took over', async () => {
    const ready = workerReady();
    const dir = path.join(root, 'busy');
    const errors: Error[] = [];
    const auditor = createAuditor({ agent: { id: 'busy' }, sink: fileLedger({ dir }), redactor: createRedactor({ pseudonymKey: poolKey() }), redactionWorker: { startAfterEvents: 1200 }, onError: (e) => errors.push(e) });
    // 1100 events of one session, each with its own trace (record() outside a run gives each a new one).
    for (let i = 0; i < 1100; i++) auditor.record({ type: 'tool.call', session: 'busy', tool: { name: 'tick', args: { i } } });
    // The host finds a patient's name in session `late`...
    auditor.record({ type: 'tool.result', session: 'late', tool: { name: 'lookup', result: { patient_name: patient(7) } } });
    for (let i = 0; i < 100; i++) auditor.record({ type: 'tool.call', session: 'busy', tool: { name: 'tick', args: { i } } });
    await auditor.flush();
    expect(auditor.stats().sealedInWorker).toBe(0);
    // ...the pool starts with the next drain and takes over once warm...
    auditor.record({ type: 'run.start', session: 'busy' });
    await auditor.flush();
    await ready;
    for (let i = 0; i < 3; i++) auditor.record({ type: 'tool.call', session: 'busy', tool: { name: 'tick', args: { i } } });
    await auditor.flush();
    expect(auditor.stats().sealedInWorker).toBeGreaterThan(0);
    // ...and the name recurs in session `late`, in a text no detector reads as a name.
    auditor.record({ type: 'model.call', session: 'late', content: { output: `${patient(7)} is booked.` } });
    await auditor.flush();
    expect(auditor.stats().sealedInWorker).toBeGreaterThan(3);
    await auditor.close();
    expect(errors).toEqual([]);
    const events = await stored(dir);
    expect(events.length).toBe(1206);
    expect(events.join('\n')).not.toContain(patient(7));
    expect((await verifyLedger(dir)).ok).toBe(true);
  });
  it('an event with no session but a trace: a value the host found in the trace before the switch is masked where it recurs in that trace in the pool\'s hands', async () => {
    const ready = workerReady();
    const dir = path.join(root, 'trace');
    const errors: Error[] = [];
    const auditor = createAuditor({ agent: { id: 'trace' }, sink: fileLedger({ dir }), redactor: createRedactor({ pseudonymKey: poolKey() }), redactionWorker: { startAfterEvents: 5 }, onError: (e) => errors.push(e) });
    const trace = { traceId: 'c'.repeat(32), spanId: 'd'.repeat(16) };
    auditor.record({ type: 'tool.result', trace, tool: { name: 'lookup', result: { patient_name: patient(8) } } });
    for (let i = 0; i < 5; i++) auditor.record({ type: 'tool.call', tool: { name: 'tick', args: { i } } });
    await auditor.flush();
    auditor.record({ type: 'run.start' });
    await auditor.flush();
    await ready;
    auditor.record({ type: 'model.call', trace, content: { output: `${patient(8)} is booked.` } });
    await auditor.flush();
    expect(auditor.stats().sealedInWorker).toBe(1);
    await auditor.close();
    expect(errors).toEqual([]);
    const events = await stored(dir);
    expect(events.length).toBe(8);
    expect(events[7]).toContain('is booked');
    expect(events.join('\n')).not.toContain(patient(8));
    expect((await verifyLedger(dir)).ok).toBe(true);
  });
});

describe('before the pool starts', () => {
  it('the host seals as one batch what is queued up to startAfterEvents (one append, one fsync), and with startAfterEvents Infinity as without a pool (maxBatchEvents)', async () => {
    let started = 0;
    sealingWorkerTestHooks.onWorkerStart = () => started++;
    try {
      for (const [name, startAfterEvents, events, appends] of [['default', undefined, 256, 1], ['never', Number.POSITIVE_INFINITY, 1000, 1], ['ten', 10, 10, 1]] as const) {
        started = 0;
        const dir = path.join(root, `batch-${name}`);
        const sink = fileLedger({ dir });
        const append = vi.spyOn(sink, 'append');
        const errors: Error[] = [];
        const auditor = createAuditor({ agent: { id: 'batch' }, sink, redactor: createRedactor({ pseudonymKey: poolKey() }), redactionWorker: startAfterEvents === undefined ? {} : { startAfterEvents }, onError: (e) => errors.push(e) });
        for (let i = 0; i < events; i++) auditor.record({ type: 'tool.result', session: `s${i % 7}`, tool: { name: 'lookup', result: `mail p${i}@example.org` } });
        await auditor.flush();
        expect(append.mock.calls.map(([, records]) => records.length)).toEqual(appends === 1 ? [events] : []);
        // With Infinity no thread ever starts; otherwise the drain that sealed the threshold starts them.
        if (name === 'never') expect(started).toBe(0);
        await auditor.close();
        expect(errors).toEqual([]);
        expect((await stored(dir)).join('\n')).not.toContain('@example.org');
        expect((await verifyLedger(dir)).ok).toBe(true);
      }
    } finally {
      delete sealingWorkerTestHooks.onWorkerStart;
    }
  });
});
