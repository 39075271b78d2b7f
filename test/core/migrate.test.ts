import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger, verifyLedger } from '@agent-audit/core';

// A ledger written before signed heads (no HEAD file) is refused by writers and by verify until
// `agent-audit migrate` has verified it and signed its first head; a tampered one is not migrated.
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repo, 'packages', 'cli', 'dist', 'bin.js');
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-migrate-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

async function legacyLedger(name: string): Promise<{ dir: string; keyDir: string; key: string }> {
  const dir = path.join(base, name);
  const keyDir = path.join(base, `${name}-keys`);
  let key = '';
  for (const stream of ['a', 'b']) {
    const sink = fileLedger({ dir, keyDir, stream });
    const auditor = createAuditor({ agent: { id: 'bot' }, sink, onError: () => {} });
    for (let i = 0; i < 5; i++) auditor.record({ type: 'tool.call', tool: { name: 'lookup' } });
    await auditor.close();
    key = sink.verifierKey;
  }
  // What a ledger of the earlier format looks like: no HEAD, and a marker without signedHead.
  fs.rmSync(path.join(dir, 'HEAD'));
  const marker = JSON.parse(fs.readFileSync(path.join(dir, 'LEDGER'), 'utf8')) as Record<string, unknown>;
  delete marker.signedHead;
  fs.writeFileSync(path.join(dir, 'LEDGER'), JSON.stringify(marker) + '\n');
  return { dir, keyDir, key };
}

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('agent-audit migrate', { timeout: 300_000 }, () => {
  it('signs the first head of a valid older ledger; writers and verify refuse it before', async () => {
    const { dir, keyDir, key } = await legacyLedger('valid');
    expect(() => fileLedger({ dir, keyDir }).open('a')).toThrow(/no signed HEAD: .*agent-audit migrate/);
    expect((await verifyLedger(dir, { verifierKey: key })).firstFailure?.reason).toMatch(/HEAD is missing/);
    const run = cli('migrate', dir, '--key', key, '--key-dir', keyDir);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^OK: 10 events in 2 stream\(s\)/);
    const after = await verifyLedger(dir, { verifierKey: key });
    expect(after.ok, JSON.stringify(after.firstFailure)).toBe(true);
    expect(cli('migrate', dir, '--key', key, '--key-dir', keyDir).stdout).toMatch(/already has a signed head/);
    fs.rmSync(path.join(dir, 'streams', 'b'), { recursive: true });
    expect((await verifyLedger(dir, { verifierKey: key })).firstFailure).toMatchObject({ stream: 'b', reason: expect.stringMatching(/stream folder is missing/) });
  });

  it('does not migrate a ledger that fails verification, and changes nothing', async () => {
    const { dir, keyDir, key } = await legacyLedger('tampered');
    const segment = path.join(dir, 'streams', 'a', '00000000000000000000.jsonl');
    fs.writeFileSync(segment, fs.readFileSync(segment, 'utf8').replace('"lookup"', '"delete"'));
    const run = cli('migrate', dir, '--key', key, '--key-dir', keyDir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^INVALID: stream a, seq 0/);
    expect(fs.existsSync(path.join(dir, 'HEAD'))).toBe(false);
    expect(cli('migrate', dir, '--key', 'garbage').code).toBe(2);
  });
});
