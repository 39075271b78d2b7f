import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { KeyError, createAuditor, createVault, fileLedger, generateSignerKey, loadKeyring, verifyLedger } from '@agent-audit/core';

// Keys never live beside what they sign or protect, whatever a symlink says; key files are private
// to their owner; a writer never signs a ledger with a key it was not given. Each refusal is a
// clear error, and nothing is written in the wrong place.
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-keys-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));
let n = 0;
const fresh = (name: string) => path.join(base, `${name}-${n++}`);

/** Every file below `dir` whose name ends in `.key` (a key written where it must not be). */
function keyFilesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.key') && f !== 'verifier.key');
}

async function writeLedger(dir: string, keyDir: string, events = 3): Promise<string> {
  const sink = fileLedger({ dir, keyDir, stream: 'app' });
  const auditor = createAuditor({ agent: { id: 'bot' }, sink, onError: () => {} });
  for (let i = 0; i < events; i++) auditor.record({ type: 'tool.call', tool: { name: 'lookup' } });
  await auditor.close();
  return sink.verifierKey;
}

describe('key folders', () => {
  it('refuses a key folder that is a symlink into the ledger, existing or not yet', async () => {
    const dir = fresh('ledger');
    await writeLedger(dir, fresh('keys'));
    const toLedger = fresh('link');
    fs.symlinkSync(dir, toLedger);
    const dangling = fresh('link');
    fs.symlinkSync(path.join(dir, 'keys'), dangling);
    const toStreams = fresh('link');
    fs.symlinkSync(path.join(dir, 'streams'), toStreams);
    for (const keyDir of [toLedger, dangling, path.join(toStreams, 'sub')]) {
      const error = (() => {
        try {
          fileLedger({ dir, keyDir, stream: 'other' }).open('other');
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(KeyError.isInstance(error), String(error)).toBe(true);
      expect((error as Error).message).toMatch(/key folder .* \(really .*\) is inside the ledger folder/);
    }
    expect(keyFilesUnder(dir)).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'streams', 'other'))).toBe(false);
  });

  it('refuses a pseudonym key inside a ledger and a vault master key inside the vault (through symlinks too)', async () => {
    const dir = fresh('ledger');
    await writeLedger(dir, fresh('keys'));
    expect(() => loadKeyring('pseudonym', { dir: path.join(dir, 'keys') })).toThrow(/inside the ledger folder/);
    const link = fresh('link');
    fs.symlinkSync(path.join(dir, 'streams'), link);
    expect(() => loadKeyring('pseudonym', { dir: link })).toThrow(/inside the ledger folder/);
    const vaultDir = fresh('vault');
    expect(() => createVault({ dir: vaultDir, keysDir: path.join(vaultDir, 'keys') })).toThrow(/inside the vault folder/);
    const vaultLink = fresh('link');
    fs.mkdirSync(vaultDir, { recursive: true });
    fs.symlinkSync(vaultDir, vaultLink);
    expect(() => createVault({ dir: vaultDir, keysDir: path.join(vaultLink, 'keys') })).toThrow(/inside the vault folder/);
    expect(keyFilesUnder(dir)).toEqual([]);
    expect(keyFilesUnder(vaultDir)).toEqual([]);
    // agent-audit keygen --out refuses a file inside a ledger, through a symlink too.
    const bin = path.join(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'), 'packages', 'cli', 'dist', 'bin.js');
    for (const out of [path.join(dir, 'signer.key'), path.join(link, 'signer.key')]) {
      const run = spawnSync(process.execPath, [bin, 'keygen', '--name', 'x', '--out', out], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(2);
      expect(run.stderr).toMatch(/inside the ledger folder/);
    }
    expect(keyFilesUnder(dir)).toEqual([]);
    // The right places still work.
    expect(() => loadKeyring('pseudonym', { dir: fresh('keys') })).not.toThrow();
  });
});

describe('key file modes', () => {
  it('refuses a signer key file readable or writable by group or others, naming it and the fix', async () => {
    const dir = fresh('ledger');
    const keyDir = fresh('keys');
    await writeLedger(dir, keyDir);
    const [file] = fs.readdirSync(keyDir);
    expect((fs.statSync(path.join(keyDir, file as string)).mode & 0o777).toString(8)).toBe('600');
    for (const mode of [0o644, 0o640, 0o602]) {
      fs.chmodSync(path.join(keyDir, file as string), mode);
      expect(() => fileLedger({ dir, keyDir }).open('app')).toThrow(new RegExp(`key file .*${file} is readable or writable by other users \\(mode ${mode.toString(8)}\\); run chmod 600`));
    }
    fs.chmodSync(path.join(keyDir, file as string), 0o600);
    const ledger = fileLedger({ dir, keyDir });
    ledger.open('app');
    await ledger.close('app');
  });

  it('refuses a 0644 pseudonym key', () => {
    const keyDir = fresh('keys');
    loadKeyring('pseudonym', { dir: keyDir });
    fs.chmodSync(path.join(keyDir, 'pseudonym.key'), 0o644);
    expect(() => loadKeyring('pseudonym', { dir: keyDir })).toThrow(/readable by other users|readable or writable by other users/);
  });
});

describe('a ledger signed by a key the writer does not hold', () => {
  it('a lost key folder: the writer refuses, creates nothing, and and an auditor on it fails at construction', async () => {
    const dir = fresh('ledger');
    const oldKey = await writeLedger(dir, fresh('keys'));
    const lost = fresh('keys'); // another AGENT_AUDIT_HOME after a container restart
    expect(() => fileLedger({ dir, keyDir: lost }).open('app')).toThrow(/no signing key for ledger .* but the ledger is already signed by .*rotateKey/);
    expect(fs.existsSync(lost)).toBe(false);
    // An auditor on it fails at construction with the same KeyError, before any event is taken.
    expect(() => createAuditor({ agent: { id: 'bot' }, sink: fileLedger({ dir, keyDir: lost, stream: 'app' }), onError: () => {} })).toThrow(KeyError);
    expect(fs.existsSync(lost)).toBe(false);
    expect((await verifyLedger(dir, { verifierKey: oldKey })).ok).toBe(true);
  });

  it('another explicit key is refused; rotateKey records a signed rotation that verify reports', async () => {
    const dir = fresh('ledger');
    const oldKey = await writeLedger(dir, fresh('keys'));
    const next = generateSignerKey('agent-audit.rotated');
    expect(() => fileLedger({ dir, signingKey: next.signerKey }).open('app')).toThrow(/is signed by .*a key this writer does not hold/);
    const sink = fileLedger({ dir, signingKey: next.signerKey, rotateKey: true, stream: 'app' });
    const auditor = createAuditor({ agent: { id: 'bot' }, sink, onError: () => {} });
    auditor.record({ type: 'tool.call', tool: { name: 'after-rotation' } });
    await auditor.close();
    const both = await verifyLedger(dir, { verifierKey: [oldKey, next.verifierKey] });
    expect(both.ok, JSON.stringify(both.firstFailure)).toBe(true);
    expect(both.rotations).toEqual([expect.objectContaining({ stream: 'app', seq: 3, from: oldKey, to: next.verifierKey })]);
    expect(both.warnings.join('\n')).toMatch(/stream app, seq 3: the signing key was rotated from .* to agent-audit\.rotated/);
    const oldOnly = await verifyLedger(dir, { verifierKey: oldKey });
    expect(oldOnly.ok).toBe(false);
    expect(oldOnly.firstFailure?.reason).toMatch(/HEAD: signature invalid/);
    // The new key is now the ledger's: the writer holding it goes on without rotateKey.
    const again = fileLedger({ dir, signingKey: next.signerKey });
    again.open('app');
    await again.close('app');
  });
});
