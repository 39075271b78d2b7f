import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger, generateSignerKey, readLedgerInfo, verifyLedger, type HeadWitness } from '@agent-audit/core';
import { createPostgresWitness, postgresWitness, readPostgresWitness } from '@agent-audit/postgres';
import { dropSchema, hasPostgres, POSTGRES_URL, schemaUrl, uniqueSchema } from '../delivery/services.js';

// A PostgreSQL table as the witness a ledger writer appends its signed heads to: insert-only for
// every role (grants and triggers), and verify catches a folder rolled back behind it.
// Needs the local PostgreSQL (127.0.0.1:5432): skipped with a message elsewhere, required in CI.
const enabled = await hasPostgres();
const schema = uniqueSchema('aa_witness');
const url = schemaUrl(schema);
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repo, 'packages', 'cli', 'dist', 'bin.js');
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-witness-pg-'));
const signer = generateSignerKey('witness-postgres.test/audit');
let admin: pg.Client;

async function write(dir: string, n: number, tag: string, witness?: HeadWitness): Promise<void> {
  const sink = fileLedger({ dir, stream: 'app', signingKey: signer.signerKey, ...(witness ? { witness } : {}) });
  const auditor = createAuditor({ agent: { id: 'bot' }, sink, onError: (e) => { throw e; } });
  for (let i = 0; i < n; i++) auditor.record({ type: 'decision.made', decision: { action: tag, reason: `#${i}` } });
  await auditor.close();
}

describe.skipIf(!enabled)('PostgreSQL witness', () => {
  beforeAll(async () => {
    admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    await createPostgresWitness(url);
    await createPostgresWitness(url); // idempotent
  });
  afterAll(async () => {
    await admin?.end();
    await dropSchema(schema);
    fs.rmSync(base, { recursive: true, force: true });
  });

  it('receives every head; verify catches a rolled-back folder and a fork', async () => {
    const dir = path.join(base, 'ledger');
    const witness = postgresWitness(url);
    await write(dir, 10, 'first', witness);
    const old = path.join(base, 'old');
    fs.cpSync(dir, old, { recursive: true });
    await write(dir, 10, 'second', witness);
    const forked = path.join(base, 'forked');
    fs.cpSync(old, forked, { recursive: true });
    await write(forked, 10, 'forged');
    const id = readLedgerInfo(dir).id;
    const heads = await readPostgresWitness(url, id);
    expect(heads.length).toBeGreaterThanOrEqual(4); // creation, open, checkpoint, close, for each session
    const name = 'postgres';
    expect((await verifyLedger(dir, { verifierKey: signer.verifierKey, witness: { name, heads } })).ok).toBe(true);
    const rolledBack = await verifyLedger(old, { verifierKey: signer.verifierKey, witness: { name, heads } });
    expect(rolledBack.firstFailure).toMatchObject({ stream: 'app', seq: 10, reason: expect.stringMatching(/rolled back: witness postgres .* saw 20 events, the stream holds 10/) });
    const fork = await verifyLedger(forked, { verifierKey: signer.verifierKey, witness: { name, heads } });
    expect(fork.firstFailure).toMatchObject({ stream: 'app', reason: expect.stringMatching(/inconsistent with witness postgres/) });
    if (fs.existsSync(bin)) {
      const run = spawnSync(process.execPath, [bin, 'verify', old, '--key', signer.verifierKey, '--witness', url], { encoding: 'utf8' });
      expect(run.status, run.stdout + run.stderr).toBe(1);
      expect(run.stdout).toMatch(/^INVALID: stream app, seq 10: rolled back: witness PostgreSQL|^INVALID: stream app, seq 10: rolled back: witness postgres/);
    }
  });

  it('exit codes (FORMAT §7): no server or no table = exit 2 "cannot check against the witness"; reachable but no head of this ledger = exit 1', async () => {
    const dir = path.join(base, 'codes');
    await write(dir, 3, 'codes');
    const run = (witness: string) => spawnSync(process.execPath, [bin, 'verify', dir, '--key', signer.verifierKey, '--witness', witness], { encoding: 'utf8' });
    const noTable = run(schemaUrl(uniqueSchema('aa_witness_none')));
    expect(noTable.status, noTable.stdout + noTable.stderr).toBe(2);
    expect(noTable.stderr).toMatch(/cannot check against the witness postgres:.*witness_heads/);
    const noServer = run('postgres://nobody@127.0.0.1:1/test');
    expect(noServer.status, noServer.stdout + noServer.stderr).toBe(2);
    expect(noServer.stderr).toMatch(/cannot check against the witness postgres:/);
    const empty = run(url);
    expect(empty.status, empty.stdout + empty.stderr).toBe(1);
    expect(empty.stdout).toMatch(/^INVALID: ledger: witness postgres:.* holds no head of ledger/);
  });

  it('is insert-only: the writer role may not update or delete, and triggers stop even the owner', async () => {
    await admin.query(`INSERT INTO "${schema}".witness_heads (ledger_id, head) VALUES ('01TEST', 'x')`);
    for (const sql of [`UPDATE "${schema}".witness_heads SET head = 'y'`, `DELETE FROM "${schema}".witness_heads`]) {
      await admin.query('BEGIN');
      await admin.query(`SET LOCAL ROLE "${schema}_writer"`);
      await expect(admin.query(sql)).rejects.toMatchObject({ code: '42501' });
      await admin.query('ROLLBACK');
    }
    await admin.query('BEGIN');
    await admin.query(`SET LOCAL ROLE "${schema}_writer"`);
    await admin.query(`INSERT INTO "${schema}".witness_heads (ledger_id, head) VALUES ('01TEST', 'by the writer')`);
    await admin.query('COMMIT');
    await expect(admin.query(`UPDATE "${schema}".witness_heads SET head = 'y' WHERE ledger_id = '01TEST'`)).rejects.toThrow(/insert-only/);
    await expect(admin.query(`DELETE FROM "${schema}".witness_heads WHERE ledger_id = '01TEST'`)).rejects.toThrow(/insert-only/);
    await expect(admin.query(`TRUNCATE "${schema}".witness_heads`)).rejects.toThrow(/insert-only/);
    const count = await admin.query(`SELECT count(*)::int AS n FROM "${schema}".witness_heads WHERE ledger_id = '01TEST'`);
    expect(count.rows[0].n).toBe(2);
  });
});
