import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger } from '@agent-audit/core';
import { fixedClock } from '@agent-audit/core/test';

// Drives the built `agent-audit` binary: retention plan/apply, verify of the archive and of the
// pruned ledger, hold add/list/release, with --now as the fixed clock.
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repo, 'packages', 'cli', 'dist', 'bin.js');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-retention-cli-'));
const dir = path.join(root, 'ledger');
const home = path.join(root, 'home');
const archive = path.join(root, 'archive');
const keyFile = path.join(root, 'secrets', 'archive.key');
let verifierKey = '';
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function cli(...args: string[]) {
  if (!fs.existsSync(bin)) throw new Error(`${bin} is missing: run \`pnpm build\` first (pnpm test does)`);
  const env = { ...process.env, AGENT_AUDIT_HOME: home };
  delete env.AGENT_AUDIT_VERIFIER_KEY;
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, out: run.stdout + run.stderr };
}

beforeAll(async () => {
  const ledger = fileLedger({ dir, keyDir: path.join(home, 'keys'), maxSegmentBytes: 4_000, checkpointEvery: 7 });
  verifierKey = ledger.verifierKey;
  const auditor = createAuditor({ agent: { id: 'bot' }, stream: 'bot', clock: fixedClock(Date.UTC(2020, 0, 1), 86_400_000), sink: ledger });
  for (let i = 0; i < 90; i++) {
    auditor.record({ type: 'tool.call', session: `s-${Math.floor(i / 10)}`, tool: { name: 'lookup', arguments: { i } } });
    if (i % 5 === 4) await auditor.flush();
  }
  await auditor.close();
  fs.mkdirSync(path.dirname(keyFile), { recursive: true });
  fs.writeFileSync(keyFile, Buffer.alloc(32, 5).toString('hex') + '\n', { mode: 0o600 });
});

describe('agent-audit retention and hold', () => {
  it('hold add/list/release record events; usage errors exit 2', () => {
    const added = cli('hold', 'add', dir, '--session', 's-7', '--reason', 'matter 2026-114');
    expect(added.code, added.out).toBe(0);
    expect(added.stdout).toMatch(/^placed hold-[0-9a-f]{12}\tsession "s-7"/);
    expect(cli('hold', 'add', dir, '--session', 's-8', '--reason', 'temp').code).toBe(0);
    expect(cli('hold', 'release', dir, '--session', 's-8', '--reason', 'closed').code).toBe(0);
    expect(cli('hold', 'release', dir, '--session', 's-8', '--reason', 'again').code).toBe(1);
    const list = cli('hold', 'list', dir);
    expect(list.stdout).toMatch(/session "s-7"/);
    expect(list.stdout).not.toMatch(/"s-8"/);
    expect(cli('hold', 'list', dir, '--all').stdout).toMatch(/"s-8".*released/);
    expect(cli('hold', 'add', dir, '--session', 'x', '--actor', 'y', '--reason', 'r').code).toBe(2);
    expect(cli('hold', 'add', dir, '--session', 'x').code).toBe(2);
  });

  it('plan prints what apply does; apply archives, verifies, prunes; verify checks the archive and the rest', () => {
    const plan = cli('retention', 'plan', dir, '--now', '2023-01-01T00:00:00Z');
    expect(plan.code, plan.out).toBe(0);
    expect(plan.stdout).toMatch(/bot: archive and remove seqs 0\.\.\d+/);
    expect(plan.stdout).toMatch(/under hold hold-[0-9a-f]+: session s-7/);
    expect(plan.stdout).toMatch(/holds: nothing to remove; keeps the rest: the holds stream is never pruned/);
    const segmentsBefore = fs.readdirSync(path.join(dir, 'streams', 'bot')).filter((f) => f.endsWith('.jsonl') && /^\d/.test(f));

    expect(cli('retention', 'apply', dir, '--now', '2023-01-01T00:00:00Z').code).toBe(2); // --archive is required
    expect(cli('retention', 'apply', dir, '--now', '2023-01-01T00:00:00Z', '--archive', path.join(dir, 'arch')).code).toBe(2); // not inside the ledger
    expect(fs.existsSync(path.join(dir, 'arch'))).toBe(false); // and nothing was created there
    const apply = cli('retention', 'apply', dir, '--now', '2023-01-01T00:00:00Z', '--archive', archive, '--encrypt-key', keyFile, '--key', verifierKey);
    expect(apply.code, apply.out).toBe(0);
    expect(apply.stdout).toMatch(/pruned bot: seqs 0\.\.\d+ .*archive verified, ledger\.pruned signed/);
    const after = fs.readdirSync(path.join(dir, 'streams', 'bot')).filter((f) => f.endsWith('.jsonl') && /^\d/.test(f));
    expect(after.length).toBeLessThan(segmentsBefore.length);
    // Every event of the held session is still there.
    const sessions = after.flatMap((f) => fs.readFileSync(path.join(dir, 'streams', 'bot', f), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { session?: string }).session));
    expect(sessions.filter((s) => s === 's-7')).toHaveLength(10);

    const [file] = fs.readdirSync(archive);
    const archiveFile = path.join(archive, file!);
    const ok = cli('verify', archiveFile, '--key', verifierKey, '--encrypt-key', keyFile);
    expect(ok.code, ok.out).toBe(0);
    expect(ok.stdout).toMatch(/^OK: archive of stream bot, seqs 0\.\.\d+ \(\d+ events.*decrypted \(key: pinned\)/);
    expect(cli('verify', archiveFile, '--key', verifierKey).code).toBe(2); // encrypted: the key is needed
    const ledgerOk = cli('verify', dir, '--key', verifierKey);
    expect(ledgerOk.code, ledgerOk.out).toBe(0);
    expect(ledgerOk.stderr).toMatch(/were pruned by retention/);

    const bytes = fs.readFileSync(archiveFile);
    const changed = Buffer.from(bytes);
    changed[bytes.length - 100] ^= 0x20;
    fs.writeFileSync(archiveFile, changed);
    const bad = cli('verify', archiveFile, '--key', verifierKey, '--encrypt-key', keyFile);
    expect(bad.code, bad.out).toBe(1);
    expect(bad.stdout).toMatch(/^INVALID: archive /);

    // The archive is lost: the ledger's remaining part still verifies.
    fs.rmSync(archive, { recursive: true });
    expect(cli('verify', dir, '--key', verifierKey).code).toBe(0);
  });
});
