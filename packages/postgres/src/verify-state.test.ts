import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger } from '@agent-audit/core';
import { createShipper } from '../../core/src/ship/index.js';
import { dropSchema, hasPostgres, schemaUrl, uniqueSchema } from '../../../test/delivery/services.js';
import { migrate, postgresSink, verifyPostgres } from './index.js';

// Probe 2026-12-06 F9: as superuser, with the triggers disabled, every row and checkpoint of one
// stream (or a signed tail with its checkpoints) deleted, and verify said OK: the store has no
// signed head. verifyPostgres({ state }) remembers each stream's newest signed checkpoint.
const enabled = await hasPostgres();
const schema = uniqueSchema('aa_vstate');
const url = schemaUrl(schema);
const BIN = join(import.meta.dirname, '../../cli/dist/bin.js');

describe.skipIf(!enabled)('verifyPostgres with a state file', () => {
  afterAll(async () => {
    await dropSchema(schema);
  });

  it('reports a stream or a signed tail removed after a verification it remembers', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pg-vstate-'));
    const keyDir = await mkdtemp(join(tmpdir(), 'pg-vstate-keys-'));
    const work = await mkdtemp(join(tmpdir(), 'pg-vstate-state-'));
    const state = join(work, 'store.state.json');
    try {
      await migrate(url);
      for (const agent of ['claims-bot', 'bank-bot', 'desk-bot']) {
        const auditor = createAuditor({ agent: { id: agent }, sink: fileLedger({ dir, keyDir, checkpointEvery: 5 }) });
        for (let i = 0; i < 23; i++) auditor.record({ type: 'tool.call', tool: { name: `t-${i % 3}`, arguments: { i } } });
        await auditor.close();
      }
      const verifierKey = fs.readFileSync(join(dir, 'verifier.key'), 'utf8').trim().split('\n')[0] as string;
      const shipper = createShipper({ dir, sink: postgresSink({ url }), batchSize: 20 });
      await shipper.drain();
      await shipper.stop();

      const first = await verifyPostgres(url, { verifierKeys: [verifierKey], state });
      expect(first.ok).toBe(true);
      const remembered = JSON.parse(fs.readFileSync(state, 'utf8'));
      expect(remembered).toMatchObject({ format: 'agent-audit-postgres-verify-state', version: 1 });
      expect(remembered.store).toMatch(new RegExp(`^[^@ ]+:\\d+/\\w+ schema ${schema}$`));
      expect(Object.keys(remembered.streams).sort()).toEqual(['bank-bot', 'claims-bot', 'desk-bot']);
      expect(remembered.streams['bank-bot'].size).toBeGreaterThanOrEqual(20);
      expect(JSON.stringify(remembered)).not.toContain('postgres@');
      // Unchanged: still OK, state kept.
      expect((await verifyPostgres(url, { verifierKeys: [verifierKey], state })).ok).toBe(true);

      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        await admin.query(`SET search_path TO ${schema}`);
        await admin.query('ALTER TABLE events DISABLE TRIGGER USER');
        await admin.query('ALTER TABLE checkpoints DISABLE TRIGGER USER');
        await admin.query(`DELETE FROM events WHERE stream = 'claims-bot'`);
        await admin.query(`DELETE FROM checkpoints WHERE stream = 'claims-bot'`);
        await admin.query(`DELETE FROM events WHERE stream = 'bank-bot' AND seq >= 12`);
        await admin.query(`DELETE FROM checkpoints WHERE stream = 'bank-bot' AND size > 12`);
      } finally {
        await admin.end();
      }
      // Without the state the store still verifies: what the docs say.
      expect((await verifyPostgres(url, { verifierKeys: [verifierKey] })).ok).toBe(true);
      const before = fs.readFileSync(state, 'utf8');
      const found = await verifyPostgres(url, { verifierKeys: [verifierKey], state });
      expect(found.ok).toBe(false);
      const failures = found.reports.filter((r) => r.failure).map((r) => [r.stream, r.failure?.reason.split(':')[0]]);
      expect(failures.sort()).toEqual([['bank-bot', 'truncated'], ['claims-bot', 'stream gone']]);
      expect(found.firstFailure?.reason).toMatch(/--state remembers a signed checkpoint of \d+ events/);
      // A failed run does not lower what is remembered; --stream limits the check.
      expect(fs.readFileSync(state, 'utf8')).toBe(before);
      expect((await verifyPostgres(url, { verifierKeys: [verifierKey], state, streams: ['desk-bot'] })).ok).toBe(true);
      expect((await verifyPostgres(url, { verifierKeys: [verifierKey], state, streams: ['claims-bot'] })).ok).toBe(false);

      // A state file of another store, or not a state file, is refused before reading.
      const other = join(work, 'other.json');
      fs.writeFileSync(other, JSON.stringify({ ...remembered, store: '10.0.0.1:5432/audit schema x' }));
      await expect(verifyPostgres(url, { state: other })).rejects.toMatchObject({ code: 'verify_state' });
      fs.writeFileSync(other, '{}');
      await expect(verifyPostgres(url, { state: other })).rejects.toThrow(/not an agent-audit PostgreSQL verify state file/);
      await expect(verifyPostgres(url, { state: join(work, 'missing', 's.json') })).rejects.toThrow(/does not exist/);

      // The CLI: `verify postgres://… --state FILE` (it refused --state for PostgreSQL before).
      if (fs.existsSync(BIN)) {
        const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, 'verify', url, '--key', verifierKey, ...args], { encoding: 'utf8' });
        const gone = cli('--state', state);
        expect([gone.status, gone.stdout + gone.stderr]).toEqual([1, expect.stringMatching(/^INVALID: stream bank-bot, seq \d+: truncated: --state remembers a signed checkpoint of \d+ events/)]);
        const fresh = cli('--state', join(work, 'fresh.json'));
        expect(fresh.status).toBe(0);
        expect(cli('--state', other).status).toBe(2);
        expect(cli('--witness', work).status).toBe(2);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
      await rm(keyDir, { recursive: true, force: true });
      await rm(work, { recursive: true, force: true });
    }
  });
});
