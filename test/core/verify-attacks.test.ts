import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalize, computeEventHash, createAuditor, fileLedger, generateSignerKey, verifyLedger, type AuditEvent } from '@agent-audit/core';

// Holes a security tester found in verification that "trusts nothing in the folder" (issue 12),
// driven through the built CLI with the key pinned.
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repo, 'packages', 'cli', 'dist', 'bin.js');
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-verify-attacks-'));
const keyDir = path.join(base, 'keys');
const dir = path.join(base, 'ledger');
const signer = generateSignerKey('verify-attacks.test/audit');
const key = signer.verifierKey;
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

function cli(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, AGENT_AUDIT_HOME: path.join(base, 'home'), ...env }, timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, out: run.stdout + run.stderr };
}

let copies = 0;
function copy(): string {
  const d = path.join(base, `copy-${copies++}`);
  fs.cpSync(dir, d, { recursive: true });
  return d;
}
const sdir = (d: string, stream: string) => path.join(d, 'streams', stream);
const seg0 = (d: string, stream: string) => path.join(sdir(d, stream), '00000000000000000000.jsonl');

beforeAll(async () => {
  for (const stream of ['alpha', 'beta', 'gamma']) {
    const sink = fileLedger({ dir, stream, keyDir, signingKey: signer.signerKey });
    const auditor = createAuditor({ agent: { id: 'bot' }, sink, onError: () => {} });
    for (let i = 0; i < 12; i++) auditor.record({ type: 'decision.made', decision: { action: stream, reason: `#${i}` } });
    await auditor.close();
  }
  const ok = cli(['verify', dir, '--key', key]);
  expect(ok.code, ok.out).toBe(0);
}, 120_000);

describe('verify attacks (issue 12)', { timeout: 180_000 }, () => {
  it('1. a forged stream with a writer.lock (this host or another) is not in the signed head: exit 1', () => {
    for (const lock of [{ pid: 1, host: os.hostname() }, { pid: 4242, host: 'otherhost' }]) {
      const d = copy();
      fs.mkdirSync(sdir(d, 'delta'));
      let prev = '0'.repeat(64);
      const lines = fs.readFileSync(seg0(d, 'beta'), 'utf8').split('\n').filter(Boolean).map((line) => {
        const e = { ...(JSON.parse(line) as AuditEvent), stream: 'delta', prev } as Partial<AuditEvent>;
        delete e.hash;
        const next = e as AuditEvent;
        next.hash = computeEventHash(next);
        prev = next.hash;
        return canonicalize(next) + '\n';
      });
      fs.writeFileSync(seg0(d, 'delta'), lines.join(''));
      fs.writeFileSync(path.join(sdir(d, 'delta'), 'writer.lock'), JSON.stringify(lock));
      const r = cli(['verify', d, '--key', key]);
      expect(r.code, r.out).toBe(1);
      expect(r.stdout).toMatch(/^INVALID: stream delta, seq 0: stream is not listed in the signed head/);
    }
  });

  it('1. an unsigned tail of a listed stream under a lock naming another host is INVALID, or with --accept-unsigned-tail a warning that says so', async () => {
    const d = path.join(base, 'open-stream');
    const sink = fileLedger({ dir: d, stream: 'app', keyDir, signingKey: signer.signerKey, checkpointIntervalMs: 3_600_000 });
    const auditor = createAuditor({ agent: { id: 'bot' }, sink, onError: () => {} });
    for (let i = 0; i < 3; i++) auditor.record({ type: 'tool.call', tool: { name: 'lookup' } });
    await auditor.flush();
    const copyOf = path.join(base, 'open-stream-copy');
    fs.cpSync(d, copyOf, { recursive: true });
    await auditor.close();
    fs.writeFileSync(path.join(sdir(copyOf, 'app'), 'writer.lock'), JSON.stringify({ pid: 4242, host: 'otherhost', since: new Date().toISOString() }));
    const refused = cli(['verify', copyOf, '--key', key]);
    expect(refused.code, refused.out).toBe(1);
    expect(refused.stdout).toMatch(/^INVALID: stream app, seq 0: 3 events after the last signed checkpoint \(size 0\) are unsigned and its lock names pid 4242 on another host \(otherhost\)/);
    const r = cli(['verify', copyOf, '--key', key, '--accept-unsigned-tail']);
    expect(r.code, r.out).toBe(0);
    expect(r.stderr, r.out).toMatch(/stream app: the last 3 events are unsigned and unverifiable: .*another host \(otherhost\)/);
  });

  it('2. migrate refuses a ledger created with signed heads whose HEAD was deleted; verify does not advise it', () => {
    const d = copy();
    fs.rmSync(path.join(d, 'HEAD'));
    fs.writeFileSync(seg0(d, 'gamma'), '');
    fs.rmSync(path.join(sdir(d, 'gamma'), 'checkpoints.jsonl'));
    const v = cli(['verify', d, '--key', key]);
    expect(v.code, v.out).toBe(1);
    expect(v.stdout).toMatch(/HEAD is missing: the signed ledger head was deleted/);
    expect(v.out).not.toMatch(/migrate/);
    const m = cli(['migrate', d, '--key', key, '--key-dir', keyDir]);
    expect(m.code, m.out).toBe(1);
    expect(m.stderr).toMatch(/created with signed heads/);
    expect(fs.existsSync(path.join(d, 'HEAD'))).toBe(false);
    // A marker edited to look older does not help: the emptied stream has no signed checkpoint.
    const marker = JSON.parse(fs.readFileSync(path.join(d, 'LEDGER'), 'utf8')) as Record<string, unknown>;
    delete marker.signedHead;
    fs.writeFileSync(path.join(d, 'LEDGER'), JSON.stringify(marker) + '\n');
    expect(cli(['verify', d, '--key', key]).stdout).toMatch(/only then, run `agent-audit migrate/);
    const m2 = cli(['migrate', d, '--key', key, '--key-dir', keyDir]);
    expect(m2.code, m2.out).toBe(1);
    expect(m2.stdout).toMatch(/^INVALID: stream gamma, seq 0: stream has no events or no signed checkpoint/);
    expect(fs.existsSync(path.join(d, 'HEAD'))).toBe(false);
  });

  it('3. --stream with --state never lowers what the state remembers; a later rollback is caught', async () => {
    const d = path.join(base, 'state-ledger');
    const state = path.join(base, 'state-3.json');
    const write = async (n: number) => {
      for (const stream of ['a', 'b']) {
        const sink = fileLedger({ dir: d, stream, keyDir, signingKey: signer.signerKey });
        const auditor = createAuditor({ agent: { id: 'bot' }, sink, onError: () => {} });
        for (let i = 0; i < n; i++) auditor.record({ type: 'tool.call', tool: { name: 'x' } });
        await auditor.close();
      }
    };
    await write(3);
    const old = path.join(base, 'state-ledger-old');
    fs.cpSync(d, old, { recursive: true });
    await write(3);
    expect(cli(['verify', d, '--key', key, '--state', state]).code).toBe(0);
    const before = fs.readFileSync(state, 'utf8');
    // The old copy, one stream at a time: b is rolled back, a alone must not rewrite the state.
    const partial = cli(['verify', d, '--key', key, '--state', state, '--stream', 'a']);
    expect(partial.code, partial.out).toBe(0);
    expect(partial.stderr).toMatch(/--state .* was checked, not updated/);
    expect(fs.readFileSync(state, 'utf8')).toBe(before);
    const rolledBack = cli(['verify', old, '--key', key, '--state', state]);
    expect(rolledBack.code, rolledBack.out).toBe(1);
    expect(rolledBack.stdout).toMatch(/rolled back/);
  });

  it('4. a --stream the signed head does not know is a usage error (exit 2), naming the streams', () => {
    for (const name of ['Alpha', 'nosuch']) {
      const r = cli(['verify', dir, '--key', key, '--stream', name]);
      expect(r.code, r.out).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`no stream "${name}" .*not in the signed head.*alpha, beta, gamma`));
    }
  });

  it('5/8. a FIFO, directory or /dev/zero in place of a ledger file is a finding naming it (no hang)', () => {
    const cases: Array<[string, (d: string) => string, RegExp]> = [
      ['HEAD fifo', (d) => path.join(d, 'HEAD'), /HEAD is a FIFO/],
      ['LEDGER fifo', (d) => path.join(d, 'LEDGER'), /LEDGER is a FIFO/],
      ['verifier.key fifo', (d) => path.join(d, 'verifier.key'), /verifier.key is a FIFO/],
      ['checkpoints fifo', (d) => path.join(sdir(d, 'beta'), 'checkpoints.jsonl'), /checkpoints.jsonl is a FIFO/],
      ['segment fifo', (d) => seg0(d, 'beta'), /is a FIFO/],
    ];
    for (const [name, file, reason] of cases) {
      const d = copy();
      fs.rmSync(file(d));
      const made = spawnSync('mkfifo', [file(d)]);
      expect(made.status, name).toBe(0);
      const r = cli(['verify', d, '--key', key]);
      expect(r.code, `${name}: ${r.out}`).toBe(1);
      expect(r.stdout, name).toMatch(reason);
    }
    const dirs: Array<[string, (d: string) => string, RegExp]> = [
      ['segment dir', (d) => path.join(sdir(d, 'alpha'), '00000000000000000012.jsonl'), /^INVALID: stream alpha.*00000000000000000012.jsonl is a directory/],
      ['checkpoints dir', (d) => path.join(sdir(d, 'alpha'), 'checkpoints.jsonl'), /^INVALID: stream alpha.*checkpoints.jsonl is a directory/],
      ['HEAD dir', (d) => path.join(d, 'HEAD'), /^INVALID: ledger: HEAD is a directory/],
    ];
    for (const [name, file, reason] of dirs) {
      const d = copy();
      fs.rmSync(file(d), { force: true });
      fs.mkdirSync(file(d));
      const r = cli(['verify', d, '--key', key]);
      expect(r.code, `${name}: ${r.out}`).toBe(1);
      expect(r.stdout, name).toMatch(reason);
    }
    const d = copy();
    fs.rmSync(seg0(d, 'gamma'));
    fs.symlinkSync('/dev/zero', seg0(d, 'gamma'));
    const r = cli(['verify', d, '--key', key]);
    expect(r.code, r.out).toBe(1);
    expect(r.stdout).toMatch(/^INVALID: stream gamma, seq 0: .*00000000000000000000.jsonl is a symbolic link/);
  });

  it('5. a line longer than the reader accepts is invalid without being buffered whole', async () => {
    const { readFileLineChunks } = await import('../../packages/core/src/ledger/read.js');
    const file = path.join(base, 'long.jsonl');
    fs.writeFileSync(file, 'x'.repeat(5 * 1024 * 1024));
    await expect(async () => {
      for await (const chunk of readFileLineChunks(file, 2 * 1024 * 1024)) void chunk;
    }).rejects.toThrow(/line longer than 2097152 bytes/);
  });

  it('7. verify | true on a valid ledger exits 0 without a stack trace', () => {
    const p = spawnSync('/bin/bash', ['-c', `"${process.execPath}" "${bin}" verify "${dir}" --key "${key}" | true; echo \${PIPESTATUS[0]}`], { encoding: 'utf8', env: { ...process.env, AGENT_AUDIT_HOME: path.join(base, 'home') } });
    expect(p.stdout.trim()).toBe('0');
    expect(p.stderr).not.toMatch(/EPIPE|Error/);
  });

  it('8. a garbage line in a witness folder is INVALID: ledger (exit 1), naming the witness', async () => {
    const witness = path.join(base, 'witness-8');
    fs.mkdirSync(witness);
    const { readLedgerInfo } = await import('@agent-audit/core');
    fs.writeFileSync(path.join(witness, `${readLedgerInfo(dir).id}.heads.jsonl`), 'garbage\n');
    const r = cli(['verify', dir, '--key', key, '--witness', witness]);
    expect(r.code, r.out).toBe(1);
    expect(r.stdout).toMatch(/^INVALID: ledger: witness /);
  });

  it('5/8. a FIFO in place of the witness file is INVALID: ledger (exit 1), not a hang', async () => {
    const witness = path.join(base, 'witness-fifo');
    fs.mkdirSync(witness);
    const { readLedgerInfo } = await import('@agent-audit/core');
    const fifo = spawnSync('mkfifo', [path.join(witness, `${readLedgerInfo(dir).id}.heads.jsonl`)]);
    expect(fifo.status).toBe(0);
    const r = cli(['verify', dir, '--key', key, '--witness', witness]);
    expect(r.code, r.out).toBe(1);
    expect(r.stdout).toMatch(/^INVALID: ledger: witness .*a FIFO, not a regular file/);
  });

  it('9. an empty AGENT_AUDIT_VERIFIER_KEY is a usage error; the OK line names the ledger', async () => {
    const r = cli(['verify', dir], { AGENT_AUDIT_VERIFIER_KEY: '' });
    expect(r.code, r.out).toBe(2);
    expect(r.stderr).toMatch(/AGENT_AUDIT_VERIFIER_KEY is set but empty/);
    const ok = cli(['verify', dir, '--key', key]);
    const { readLedgerInfo } = await import('@agent-audit/core');
    expect(ok.stdout).toContain(`(key: pinned); ledger ${readLedgerInfo(dir).id}\n`);
    expect((await verifyLedger(dir, { verifierKey: key })).ledger).toBe(readLedgerInfo(dir).id);
  });
});

describe('key files and folders (issue 12, 6 and 9)', { timeout: 120_000 }, () => {
  it('6. a signer key FILE symlinked into the ledger is refused, and so is a group/other-writable key folder', async () => {
    const { readLedgerInfo } = await import('@agent-audit/core');
    const { signerKeyFile } = await import('../../packages/core/src/ledger/keys.js');
    const d = copy();
    const id = readLedgerInfo(d).id;
    const outside = path.join(base, 'keys-6');
    fs.mkdirSync(outside, { mode: 0o700 });
    fs.writeFileSync(path.join(d, 'planted.key'), 'x');
    fs.symlinkSync(path.join(d, 'planted.key'), path.join(outside, `ledger-${id}.key`));
    expect(() => signerKeyFile({ ledgerDir: d, ledgerId: id, keyDir: outside })).toThrow(/is a symlink to .*inside the ledger folder/);
    const open = path.join(base, 'keys-6-open');
    fs.mkdirSync(open);
    fs.chmodSync(open, 0o777);
    expect(() => signerKeyFile({ ledgerDir: d, ledgerId: id, keyDir: open })).toThrow(/writable by other users \(mode 777\)/);
  });

  it('9. keygen --out into a missing folder says so; a refused writer (HEAD deleted) creates no key file', async () => {
    const r = cli(['keygen', '--out', path.join(base, 'no', 'such', 'k.key')]);
    expect(r.code, r.out).toBe(2);
    expect(r.stderr).toMatch(/folder .*no\/such does not exist/);
    const d = copy();
    fs.rmSync(path.join(d, 'HEAD'));
    const fresh = path.join(base, 'keys-9');
    expect(() => fileLedger({ dir: d, keyDir: fresh }).open('alpha')).toThrow(/no signed HEAD.*created with signed heads/);
    expect(fs.existsSync(fresh) ? fs.readdirSync(fresh) : []).toEqual([]);
  });
});
