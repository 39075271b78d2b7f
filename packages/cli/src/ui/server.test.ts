import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger, ledgerSource, proveEvent, queryLedger, verifyInclusionBundle, type AuditEvent, type ReportSource } from '@agent-audit/core';
import { proveFromSource } from './server.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-ui-server-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('proveFromSource (a stream no folder of the view holds)', () => {
  it('gives the bundle proveEvent gives, from the stored lines and checkpoints of any source', async () => {
    const dir = path.join(root, 'ledger');
    const auditor = createAuditor({ agent: { id: 'proof-bot' }, sink: fileLedger({ dir, checkpointEvery: 8 }) });
    for (let i = 0; i < 21; i++) auditor.record({ type: 'tool.call', tool: { name: `t-${i}` } });
    await auditor.close();
    const events: AuditEvent[] = [];
    for await (const event of queryLedger(dir)) events.push(event);
    // Only the ReportSource methods (no proveEvent of its own): what a combined folder + PostgreSQL source offers.
    const source: ReportSource = ledgerSource(dir);
    const key = fs.readFileSync(path.join(dir, 'verifier.key'), 'utf8').trim().split('\n')[0] as string;
    for (const event of [events[0], events[9], events[20]] as AuditEvent[]) {
      const bundle = await proveFromSource(source, event.id, event.stream);
      expect(bundle).toEqual(await proveEvent(dir, event.id, { stream: event.stream }));
      expect(verifyInclusionBundle(bundle, { verifierKey: key })).toMatchObject({ ok: true });
    }
    await expect(proveFromSource(source, '01ARZ3NDEKTSV4RRFFQ69G5FAV', 'proof-bot')).rejects.toMatchObject({ status: 404 });
    await expect(proveFromSource(source, (events[0] as AuditEvent).id, 'no-such-stream')).rejects.toMatchObject({ status: 404 });
    // A source whose lines do not lead to its signed root: refused, not shown.
    const forged: ReportSource = {
      ...source,
      checkpoints: async (stream) => (await source.checkpoints(stream)).map((c) => ({ ...c, root: '0'.repeat(64) })),
    };
    await expect(proveFromSource(forged, (events[3] as AuditEvent).id, 'proof-bot')).rejects.toMatchObject({ status: 409 });
  });
});
