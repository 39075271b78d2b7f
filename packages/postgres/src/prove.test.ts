import { mkdtemp, rm } from 'node:fs/promises';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalize, createAuditor, fileLedger, proveEvent, queryLedger, verifyInclusionBundle, type AuditEvent } from '@agent-audit/core';
import { createShipper } from '../../core/src/ship/index.js';
import { dropSchema, hasPostgres, schemaUrl, uniqueSchema } from '../../../test/delivery/services.js';
import { migrate, postgresReportSource, postgresSink, provePostgresEvent } from './index.js';

// Inclusion proofs from PostgreSQL must be the proofs the folder the events were shipped from gives.
const enabled = await hasPostgres();
const schema = uniqueSchema('aa_prove');
const url = schemaUrl(schema);

describe.skipIf(!enabled)('inclusion proofs from PostgreSQL', () => {
  afterAll(async () => {
    await dropSchema(schema);
  });

  it('proves each event as the folder does, refuses unknown ids and uncovered events, and notices a changed hash', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pg-prove-'));
    const keyDir = await mkdtemp(join(tmpdir(), 'pg-prove-keys-'));
    try {
      await migrate(url);
      const auditor = createAuditor({ agent: { id: 'pg-prove-bot' }, sink: fileLedger({ dir, keyDir, checkpointEvery: 16 }) });
      for (let i = 0; i < 53; i++) auditor.record({ type: 'tool.call', tool: { name: `t-${i % 4}`, arguments: { i } } });
      await auditor.close();
      const verifierKey = fs.readFileSync(join(dir, 'verifier.key'), 'utf8').trim().split('\n')[0] as string;
      const shipper = createShipper({ dir, sink: postgresSink({ url }), batchSize: 20 });
      await shipper.drain();
      await shipper.stop();

      const events: AuditEvent[] = [];
      for await (const event of queryLedger(dir)) events.push(event);
      expect(events).toHaveLength(53);
      for (const event of [events[0], events[17], events[31], events[52]] as AuditEvent[]) {
        const fromFolder = await proveEvent(dir, event.id);
        const fromPostgres = await provePostgresEvent(url, event.id, { stream: event.stream });
        const { verifierKey: _published, ...expected } = fromFolder;
        // The same proof; the line as each store holds it: the folder's with the hash member
        // first, PostgreSQL's the canonical JSON of the whole event (docs/FORMAT.md §3).
        expect(fromPostgres).toEqual({ ...expected, line: canonicalize(JSON.parse(fromFolder.line) as AuditEvent) });
        expect(fromFolder.line.startsWith(`{"hash":"${event.hash}",`)).toBe(true);
        expect(verifyInclusionBundle(fromPostgres, { verifierKey })).toMatchObject({ ok: true, keySource: 'pinned' });
      }
      // The report source offers the same proof (the web view uses it).
      const last = events[52] as AuditEvent;
      expect(await postgresReportSource(url).proveEvent(last.id)).toEqual(await provePostgresEvent(url, last.id));

      await expect(provePostgresEvent(url, '01ARZ3NDEKTSV4RRFFQ69G5FAV')).rejects.toMatchObject({ code: 'not_found' });
      await expect(provePostgresEvent(url, last.id, { stream: 'another-stream' })).rejects.toMatchObject({ code: 'not_found' });

      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`SET search_path TO ${schema}`);
        // A stored hash changed below the checkpoint: the path no longer leads to the signed root.
        await client.query('ALTER TABLE events DISABLE TRIGGER USER');
        await client.query(`UPDATE events SET hash = $1 WHERE id = $2`, ['0'.repeat(64), (events[3] as AuditEvent).id]);
        await expect(provePostgresEvent(url, (events[10] as AuditEvent).id)).rejects.toMatchObject({ code: 'ledger_corrupt' });
        // An event no signed checkpoint covers (the checkpoints removed from the table).
        await client.query('ALTER TABLE checkpoints DISABLE TRIGGER USER');
        await client.query('DELETE FROM checkpoints');
        await expect(provePostgresEvent(url, last.id)).rejects.toMatchObject({ code: 'not_checkpointed' });
      } finally {
        await client.end();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
      await rm(keyDir, { recursive: true, force: true });
    }
  });
});
