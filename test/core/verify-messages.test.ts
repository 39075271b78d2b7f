import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger, generateSignerKey, signNote } from '@agent-audit/core';

// Issue 12, tester item 5 (and item 3's HEAD signature lines): what verify says names the file,
// relative to the ledger folder, and the reason a reader can act on.
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repo, 'packages', 'cli', 'dist', 'bin.js');
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-verify-messages-'));
const keyDir = path.join(base, 'keys');
const dir = path.join(base, 'ledger');
const signer = generateSignerKey('verify-messages.test/audit');
const key = signer.verifierKey;
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

function cli(args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: base, encoding: 'utf8', env: { ...process.env, AGENT_AUDIT_HOME: path.join(base, 'home') }, timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, out: run.stdout + run.stderr };
}
let copies = 0;
function changed(mutate: (d: string) => void): string {
  const name = `copy-${copies++}`;
  fs.cpSync(dir, path.join(base, name), { recursive: true });
  mutate(path.join(base, name));
  return name;
}
const seg0 = (d: string, stream = 'main') => path.join(d, 'streams', stream, '00000000000000000000.jsonl');

async function write(d: string, stream: string, n: number, signingKey = signer.signerKey, rotateKey = false): Promise<void> {
  const auditor = createAuditor({ agent: { id: 'bot' }, sink: fileLedger({ dir: d, stream, keyDir, signingKey, rotateKey }), onError: () => {} });
  for (let i = 0; i < n; i++) auditor.record({ type: 'decision.made', decision: { action: stream, reason: `#${i}` } });
  await auditor.close();
}

beforeAll(async () => {
  await write(dir, 'main', 5);
  await write(dir, 'other', 3);
  expect(cli(['verify', dir, '--key', key]).code).toBe(0);
}, 120_000);

describe('verify messages (issue 12, tester item 5)', { timeout: 120_000 }, () => {
  it('a truncation names the segment the stream ends in, and counts only that stream before the failure', () => {
    const name = changed((d) => fs.writeFileSync(seg0(d), fs.readFileSync(seg0(d), 'utf8').split('\n').slice(0, 3).join('\n') + '\n'));
    const r = cli(['verify', name, '--key', key]);
    expect(r.code, r.out).toBe(1);
    expect(r.stdout).toBe([
      'INVALID: stream main, seq 3: truncated: the signed head covers 5 events but the stream ends after 3, in streams/main/00000000000000000000.jsonl (file streams/main/00000000000000000000.jsonl)',
      'checked 3 events of stream main before the failure (6 events in 2 stream(s) in all)',
      '',
    ].join('\n'));
  });

  it('a checkpoint finding names streams/<s>/checkpoints.jsonl, never a bare checkpoints.jsonl nor ../..', async () => {
    const name = changed((d) => {
      const file = path.join(d, 'streams', 'main', 'checkpoints.jsonl');
      const record = JSON.parse(fs.readFileSync(file, 'utf8').trim().split('\n').at(-1) as string) as { note: string };
      fs.appendFileSync(file, JSON.stringify({ ...record, size: 99 }) + '\n');
    });
    // the head commits to the checkpoint bytes; an open stream's file may grow, a closed one's not
    const r = cli(['verify', name, '--key', key, '--json']);
    const failure = (JSON.parse(r.stdout) as { firstFailure: { file: string } }).firstFailure;
    expect(failure.file).toBe('streams/main/checkpoints.jsonl');
  });

  it('a pruned.jsonl that is not JSON: "line K of streams/x/pruned.jsonl is not JSON", not the parser error', () => {
    const name = changed((d) => fs.writeFileSync(path.join(d, 'streams', 'main', 'pruned.jsonl'), '{"note":"x"}\n{bad\n'));
    const r = cli(['verify', name, '--key', key]);
    expect(r.stdout.split('\n')[0]).toBe('INVALID: stream main, seq 0: line 2 of streams/main/pruned.jsonl is not JSON (file streams/main/pruned.jsonl)');
  });

  it('HEAD with a second signature line (a copy of the valid one, or an unknown key) is INVALID', () => {
    const duplicated = changed((d) => {
      const head = fs.readFileSync(path.join(d, 'HEAD'), 'utf8');
      fs.writeFileSync(path.join(d, 'HEAD'), head + (head.trimEnd().split('\n').at(-1) as string) + '\n');
    });
    expect(cli(['verify', duplicated, '--key', key]).stdout.split('\n')[0]).toMatch(/^INVALID: ledger: HEAD carries 2 signature lines \(verify-messages\.test\/audit\+[0-9a-f]{8}, verify-messages\.test\/audit\+[0-9a-f]{8}\); a writer signs the head with exactly one \(file HEAD\)$/);
    const other = generateSignerKey('stranger');
    const unknown = changed((d) => {
      const head = fs.readFileSync(path.join(d, 'HEAD'), 'utf8');
      const text = head.slice(0, head.lastIndexOf('\n\n') + 1);
      const line = signNote(text, other.signerKey).trimEnd().split('\n').at(-1) as string;
      fs.writeFileSync(path.join(d, 'HEAD'), head + line + '\n');
    });
    expect(cli(['verify', unknown, '--key', key]).stdout.split('\n')[0]).toMatch(/^INVALID: ledger: HEAD carries 2 signature lines \(.*, stranger\+[0-9a-f]{8} \(not a trusted key\)\)/);
  });

  it('only the old key pinned after a rotation: the head is signed by a rotated key, and what to pin', async () => {
    const d = path.join(base, 'rotated');
    fs.cpSync(dir, d, { recursive: true });
    const next = generateSignerKey('verify-messages.test/next');
    await write(d, 'main', 1, next.signerKey, true);
    const r = cli(['verify', 'rotated', '--key', key]);
    expect(r.code, r.out).toBe(1);
    expect(r.stdout.split('\n')[0]).toContain(`; the head is signed by a rotated key: ${next.verifierKey}, which the ledger's verifier.key lists after the pinned ${key} (a writer started with rotateKey records a ledger.key_rotate event). If that rotation was yours, pin the new key too (--key <old> --key ${next.verifierKey})`);
    expect(cli(['verify', 'rotated', '--key', key, '--key', next.verifierKey]).code).toBe(0);
  });

  it('an unsigned tail under a lock of a dead writer names writer.lock', () => {
    // the stream opened (head: open) and one event appended behind a writer that is gone
    const d = path.join(base, 'dead-lock');
    fs.cpSync(dir, d, { recursive: true });
    return (async () => {
      const auditor = createAuditor({ agent: { id: 'bot' }, sink: fileLedger({ dir: d, stream: 'main', keyDir, signingKey: signer.signerKey, checkpointIntervalMs: 3_600_000 }), onError: () => {} });
      auditor.record({ type: 'decision.made' });
      await auditor.flush();
      const copy = path.join(base, 'dead-lock-copy');
      fs.cpSync(d, copy, { recursive: true });
      await auditor.close();
      const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
      fs.writeFileSync(path.join(copy, 'streams', 'main', 'writer.lock'), JSON.stringify({ pid: Number(dead), host: os.hostname(), since: new Date().toISOString() }));
      const r = cli(['verify', 'dead-lock-copy', '--key', key]);
      expect(r.stdout.split('\n')[0]).toMatch(/^INVALID: stream main, seq 5: 1 events after the last signed checkpoint \(size 5\) and its writer \(pid \d+\) is no longer running \(streams\/main\/writer\.lock\): .* \(file streams\/main\/writer\.lock\)$/);
    })();
  });
});
