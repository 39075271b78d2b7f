import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAuditor } from './auditor.js';
import { sealingWorkerTestHooks } from './pipeline.js';
import { offloadTestHooks } from './offload.js';
import { crashingSealer, poolKey, verified, workerReady } from './fixtures/pool.js';
import { createRedactor } from '../redaction/redactor.js';
import { memoryLedger } from '../test.js';
import type { RecordInput } from '../spec/event.js';

// redactionWorker.closeWaitMs: close() waits that long for the sealing pool, then the host's thread
// seals what the pool holds. The MCP proxy is killed 4 s after its client closes its stdin, and a
// pool still loading (or starved at nice 10 on a busy machine) answered later than that: every
// event it held was lost with the process (test/mcp/close-durable.test.ts drives the built proxy).
beforeAll(() => {
  sealingWorkerTestHooks.startAfterEvents = 0;
});
afterAll(() => {
  delete sealingWorkerTestHooks.startAfterEvents;
});
afterEach(() => {
  delete sealingWorkerTestHooks.entry;
  delete sealingWorkerTestHooks.onReady;
  delete offloadTestHooks.onStart;
});

const agent = { id: 'pool-close-wait' };
const input = (i: number): RecordInput => ({ type: 'tool.result', tool: { name: 'crm.lookup', result: { row: i, owner: `Mail zq${i}@example.org` } } });

describe('close() with redactionWorker.closeWaitMs', () => {
  it('a pool that does not answer within closeWaitMs is stopped and the host seals, redacts and stores every event it held, in order, and says so', async () => {
    // The fixture's thread loops for ever on an event holding HANG: a pool that never answers.
    sealingWorkerTestHooks.entry = crashingSealer;
    const ledger = memoryLedger();
    const errors: Error[] = [];
    const ready = workerReady();
    const auditor = createAuditor({ agent, sink: ledger, redactor: createRedactor({ pseudonymKey: poolKey() }), redactionWorker: { threads: 1, timeoutMs: 600_000, closeWaitMs: 200 }, onError: (e) => errors.push(e) });
    auditor.record(input(0));
    await ready;
    const receipts = [1, 2].map((i) => auditor.record(input(i)));
    const hung = auditor.record({ type: 'message.user', content: { input: 'HANG' }, attrs: { from: 'john.doe@example.org' } });
    receipts.push(hung, auditor.record(input(3)));
    // Without closeWaitMs this waits for the thread's time limit (10 minutes here).
    await auditor.close();
    const events = ledger.events();
    for (const receipt of receipts) expect(events.find((e) => e.id === receipt.id)?.seq).toBe(receipt.seq);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
    // Redacted on the host, not masked as a failed redaction: its text is kept, the e-mail address is not.
    const stored = JSON.stringify(events.find((e) => e.id === hung.id));
    expect(stored).toContain('"input":"HANG"');
    expect(stored).not.toContain('john.doe@example.org');
    expect(JSON.stringify(events)).not.toMatch(/@example\.org/);
    expect(errors.map((e) => e.message)).toContainEqual(expect.stringMatching(/^the sealing worker failed with \d+ events in its hands \(the sealing pool had not answered within 200 ms of close\(\)\); none is lost/));
    expect(await verified(ledger, agent.id)).toBe(true);
  }, 60_000);

  it('a large event the stopped pool hands back is redacted on the host, not in a redaction thread started then (which loads its own redactor first)', async () => {
    sealingWorkerTestHooks.entry = crashingSealer;
    let offloadStarts = 0;
    offloadTestHooks.onStart = () => offloadStarts++;
    const ledger = memoryLedger();
    const ready = workerReady();
    const auditor = createAuditor({ agent, sink: ledger, redactor: createRedactor({ pseudonymKey: poolKey() }), redactionWorker: { threads: 1, timeoutMs: 600_000, closeWaitMs: 200 }, onError: () => {} });
    auditor.record(input(0));
    await ready;
    auditor.record({ type: 'message.user', content: { input: 'HANG' } });
    // Over minEventChars (4096): the host's thread gives such an event to the offload's thread.
    const large = auditor.record({ type: 'tool.result', tool: { name: 'get-env', result: `${'PATH=/usr/bin '.repeat(400)}OWNER=zq9@example.org` } });
    await auditor.close();
    const stored = JSON.stringify(ledger.events().find((e) => e.id === large.id));
    expect(stored).toContain('PATH=/usr/bin');
    expect(stored).not.toContain('zq9@example.org');
    expect(offloadStarts).toBe(0);
    expect(await verified(ledger, agent.id)).toBe(true);
  }, 60_000);

  it('is refused when it is not a number >= 0', () => {
    for (const closeWaitMs of [-1, Number.NaN, '100'] as unknown[]) {
      expect(() => createAuditor({ agent, sink: memoryLedger(), redactionWorker: { closeWaitMs: closeWaitMs as number } })).toThrow(/redactionWorker\.closeWaitMs must be a number >= 0/);
    }
  });
});
