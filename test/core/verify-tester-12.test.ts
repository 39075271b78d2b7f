import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger, generateSignerKey } from '@agent-audit/core';

// Holes a fresh tester of issue 12 found, driven through the built CLI with the key pinned.
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repo, 'packages', 'cli', 'dist', 'bin.js');
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-verify-tester-12-'));
const keyDir = path.join(base, 'keys');
const dir = path.join(base, 'ledger');
const signer = generateSignerKey('verify-tester-12.test/audit');
const key = signer.verifierKey;
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill();
  fs.rmSync(base, { recursive: true, force: true });
});

function cli(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, AGENT_AUDIT_HOME: path.join(base, 'home'), ...env }, timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, out: run.stdout + run.stderr };
}

beforeAll(async () => {
  const auditor = createAuditor({ agent: { id: 'bot' }, sink: fileLedger({ dir, stream: 'main', keyDir, signingKey: signer.signerKey }), onError: () => {} });
  for (let i = 0; i < 4; i++) auditor.record({ type: 'tool.call', tool: { name: 'lookup' } });
  await auditor.close();
  const ok = cli(['verify', dir, '--key', key]);
  expect(ok.code, ok.out).toBe(0);
}, 120_000);

describe('verify, as a fresh tester of issue 12 found it', { timeout: 120_000 }, () => {
  it('a forged writer.lock naming a process that only reads the segment (tail -f, a follower) does not make a dead writer\'s unsigned tail a warning', async () => {
    const d = path.join(base, 'reader-lock');
    const auditor = createAuditor({ agent: { id: 'bot' }, sink: fileLedger({ dir: d, stream: 'main', keyDir, signingKey: signer.signerKey, checkpointEvery: 3, checkpointIntervalMs: 3_600_000 }), onError: () => {} });
    for (let i = 0; i < 5; i++) {
      auditor.record({ type: 'tool.call', tool: { name: 'lookup' } });
      await auditor.flush();
    }
    // A copy taken while the writer is open: 2 unsigned events; then the writer goes away.
    const copy = path.join(base, 'reader-lock-copy');
    fs.cpSync(d, copy, { recursive: true });
    await auditor.close();
    const seg = path.join(copy, 'streams', 'main', '00000000000000000000.jsonl');
    // A process on this host that holds the copy's segment open read-only (as `tail -f` would).
    const fd = fs.openSync(seg, 'r');
    const reader = spawn('sleep', ['600'], { stdio: [fd, 'ignore', 'ignore'] });
    fs.closeSync(fd);
    children.push(reader);
    expect(reader.pid).toBeGreaterThan(0);
    fs.writeFileSync(path.join(copy, 'streams', 'main', 'writer.lock'), JSON.stringify({ pid: reader.pid, host: os.hostname(), since: new Date().toISOString() }));
    const r = cli(['verify', copy, '--key', key]);
    expect(r.code, r.out).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^INVALID: stream main, seq 3: 2 events after the last signed checkpoint \\(size 3\\) and its lock names pid ${reader.pid}, which is running but does not hold this stream open for writing .*\\(file streams/main/writer\\.lock\\)`));
  });

  it('a signer key given as --key (or AGENT_AUDIT_VERIFIER_KEY) is a usage error that prints no part of its secret', () => {
    const secret = signer.signerKey.split('+').slice(4).join('+'); // the seed's base64 may hold '+'
    for (const run of [cli(['verify', dir, '--key', signer.signerKey]), cli(['verify', dir], { AGENT_AUDIT_VERIFIER_KEY: signer.signerKey }), cli(['migrate', dir, '--key', signer.signerKey])]) {
      expect(run.code, run.out).toBe(2);
      expect(run.stderr).toMatch(/is a signer key \(PRIVATE\+KEY\+…\), not a verifier key/);
      for (let i = 0; i + 6 <= secret.length; i++) expect(run.out).not.toContain(secret.slice(i, i + 6));
    }
  });

  it('an empty --state or --witness (an unset variable) is a usage error, not a run without them', () => {
    for (const flag of ['--state', '--witness']) {
      for (const command of ['verify', 'migrate']) {
        const r = cli([command, dir, '--key', key, flag, '']);
        expect(r.code, r.out).toBe(2);
        expect(r.stderr).toMatch(new RegExp(`agent-audit ${command}: ${flag} was given an empty path`));
      }
    }
  });

  it('a writer refused for a key folder inside its new ledger (directly or through a symlink) leaves no ledger behind', () => {
    for (const how of ['inside', 'symlink']) {
      const d = path.join(base, `refused-${how}`);
      let keys = path.join(d, 'keys');
      if (how === 'symlink') {
        keys = path.join(base, 'keys-link');
        fs.symlinkSync(path.join(d, 'streams'), keys);
      }
      expect(() => createAuditor({ agent: { id: 'bot' }, sink: fileLedger({ dir: d, keyDir: keys }), onError: () => {} })).toThrow(/is inside the ledger folder/);
      // No LEDGER marker of a ledger "created with signed heads" and no HEAD: verify would call it tampering.
      expect(fs.existsSync(d), how).toBe(false);
    }
  });
});

describe('a pseudonym key the redactor refuses, as a fresh tester of issue 12 found it', () => {
  it('onError says why (group-readable key, chmod 600), not only that the content was masked; nothing of the content is stored', async () => {
    const { createRedactor } = await import('@agent-audit/core');
    const keysDir = path.join(base, 'loose-keys');
    fs.mkdirSync(keysDir, { mode: 0o700 });
    fs.writeFileSync(path.join(keysDir, 'pseudonym.key'), Buffer.alloc(32, 7).toString('base64') + '\n', { mode: 0o644 });
    fs.chmodSync(path.join(keysDir, 'pseudonym.key'), 0o644);
    const messages: string[] = [];
    const d = path.join(base, 'loose-key-ledger');
    const auditor = createAuditor({ agent: { id: 'bot' }, sink: fileLedger({ dir: d, stream: 'main', keyDir, signingKey: signer.signerKey }), redactor: createRedactor({ keysDir }), onError: (e) => messages.push(e.message) });
    auditor.record({ type: 'message.user', content: { input: 'mail zq-loose@example.org' } });
    await auditor.close();
    expect(messages.join('\n')).toMatch(/redaction failed for event \S+; its content was masked: key file .*pseudonym\.key is readable by other users \(mode 644\); run chmod 600 on it/);
    const stored = fs.readdirSync(path.join(d, 'streams', 'main')).filter((f) => f.endsWith('.jsonl') && f !== 'checkpoints.jsonl').map((f) => fs.readFileSync(path.join(d, 'streams', 'main', f), 'utf8')).join('');
    expect(stored).toContain('[REDACTION_FAILED]');
    expect(stored).not.toContain('zq-loose@example.org');
  });
});
