import { mkdtemp, rm } from 'node:fs/promises';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { activityReport, combineSources, createAuditor, decisionReport, exportBundle, fileLedger, ledgerSource, verifyBundle } from '@agent-audit/core';
import { createShipper } from '../../core/src/ship/index.js';
import { dropSchema, hasPostgres, schemaUrl, uniqueSchema } from '../../../test/delivery/services.js';
import { migrate, postgresReportSource, postgresSink } from './index.js';

// The same reports from a folder and from the PostgreSQL store it was shipped to must agree.
const enabled = await hasPostgres();
const schema = uniqueSchema('aa_report');
const url = schemaUrl(schema);

describe.skipIf(!enabled)('reports from PostgreSQL', () => {
  afterAll(async () => {
    await dropSchema(schema);
  });

  it('gives the figures, proofs and bundles a folder gives', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pg-report-'));
    const keyDir = await mkdtemp(join(tmpdir(), 'pg-report-keys-'));
    try {
      await migrate(url);
      const ledger = fileLedger({ dir, keyDir, checkpointEvery: 40 });
      const auditor = createAuditor({ agent: { id: 'pg-report-bot' }, sink: ledger });
      for (let i = 0; i < 150; i++) {
        await auditor.run({ session: `s-${i % 4}`, actor: { id: `u-${i % 3}`, type: 'user' } }, async () => {
          auditor.record({ type: i % 3 === 0 ? 'tool.call' : i % 3 === 1 ? 'tool.result' : 'decision.made', tool: { name: `t-${i % 5}` }, decision: { action: 'ok' } });
        });
      }
      await auditor.close();
      const verifierKey = fs.readFileSync(join(dir, 'verifier.key'), 'utf8').trim().split('\n')[0] as string;
      const shipper = createShipper({ dir, sink: postgresSink({ url }), batchSize: 64 });
      await shipper.drain();
      await shipper.stop();

      const options = { verifierKeys: [verifierKey], now: new Date('2026-12-01T00:00:00Z') };
      const fromFolder = await activityReport(ledgerSource(dir), options);
      const fromPostgres = await activityReport(postgresReportSource(url), options);
      expect(fromPostgres.verification).toMatchObject({ ok: true, events: 150, keySource: 'pinned' });
      for (const key of ['totals', 'byType', 'tools', 'agents', 'pci', 'actionHistory'] as const) expect(fromPostgres[key]).toEqual(fromFolder[key]);
      expect(fromPostgres.coverage.streams).toEqual(fromFolder.coverage.streams);
      expect(fromPostgres.coverage.sources[0]).toMatchObject({ kind: 'postgres' });
      expect(fromPostgres.coverage.sources[0]?.label).not.toMatch(/:[^@/]*@/);

      const decision = await decisionReport(postgresReportSource(url), { ...options, session: 's-1' });
      const folderDecision = await decisionReport(ledgerSource(dir), { ...options, session: 's-1' });
      expect(decision.timeline).toEqual(folderDecision.timeline);
      expect(decision.summary.proven).toBe(decision.summary.events);

      const { text } = await exportBundle(postgresReportSource(url), { session: 's-2', verifierKeys: [verifierKey] });
      expect(verifyBundle(text, [verifierKey])).toMatchObject({ ok: true });
      // A folder and the database holding the same stream cannot be read as one.
      await expect(activityReport(combineSources([ledgerSource(dir), postgresReportSource(url)]), options)).rejects.toThrow(/exists in both/);
    } finally {
      await rm(dir, { recursive: true, force: true });
      await rm(keyDir, { recursive: true, force: true });
    }
  });
});
