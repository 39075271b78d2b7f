import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor } from '../auditor/auditor.js';
import { fileLedger } from './file-ledger.js';
import { verifyLedger } from './verify.js';

// A writer whose queue overflowed records a ledger.gap event (attrs.dropped). The chain is intact,
// so the ledger verifies, but the record is incomplete: verifyLedger reports the gaps per stream
// and says so in a warning (a probe found `agent-audit verify` printing a bare OK over 100,000
// dropped events).
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-verify-gaps-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function ledger(name: string, record: (a: ReturnType<typeof createAuditor>) => void, maxQueueEvents?: number): Promise<string> {
  const dir = path.join(root, name);
  const auditor = createAuditor({ agent: { id: name }, stream: name, sink: fileLedger({ dir, keyDir: path.join(root, 'keys') }), ...(maxQueueEvents ? { maxQueueEvents } : {}), onError: () => undefined });
  record(auditor);
  await auditor.close();
  return dir;
}

describe('verifyLedger reports ledger.gap events', () => {
  it('a flooded writer: ok, the stream\'s gaps (events, dropped, seqs) and one warning naming them', async () => {
    const dir = await ledger('flood', (a) => {
      for (let i = 0; i < 300; i++) a.record({ type: 'tool.call', tool: { name: 'x', arguments: { i } } });
    }, 40);
    const result = await verifyLedger(dir);
    expect(result.ok).toBe(true);
    const gaps = result.reports[0]?.gaps;
    expect(gaps?.events).toBe(1);
    expect(gaps?.dropped).toBeGreaterThan(0);
    expect(gaps?.dropped).toBe(300 - (result.events - 1));
    expect(result.warnings.filter((w) => w.includes('ledger.gap'))).toEqual([
      `stream flood: 1 ledger.gap event(s) (seq ${gaps?.seqs[0]}) record ${gaps?.dropped} event(s) its writer dropped (a full queue): the chain is intact, the record of that activity is not complete`,
    ]);
  });

  it('look-alikes are no gap: the type\'s bytes inside an argument or a nested member, a similar type', async () => {
    const dir = await ledger('plain', (a) => {
      a.record({ type: 'tool.call', tool: { name: 'x', arguments: { note: '"type":"ledger.gap"' } } });
      a.record({ type: 'tool.call', tool: { name: 'x', arguments: { nested: { type: 'ledger.gap', dropped: 5 } } } });
      a.record({ type: 'ledger.gaps.report' as 'tool.call' });
    });
    const result = await verifyLedger(dir);
    expect(result.ok).toBe(true);
    expect(result.reports[0]?.gaps).toBeUndefined();
    expect(result.warnings.some((w) => w.includes('ledger.gap'))).toBe(false);
  });
});
