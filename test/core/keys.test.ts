import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { KeyError, createAuditor, createVault, directoryWitness, fileLedger, generateSignerKey, loadKeyring, readDirectoryWitness, readLedgerInfo, verifyLedger } from '@agent-audit/core';

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
  it('a key home inside a ledger not created yet: the writer is refused before anything is written, the pseudonym key included (fresh tester finding 4)', () => {
    const dir = fresh('ledger');
    const saved = process.env.AGENT_AUDIT_HOME;
    process.env.AGENT_AUDIT_HOME = path.join(dir, 'home');
    try {
      expect(() => createAuditor({ agent: { id: 'bot' }, sink: fileLedger({ dir, stream: 'app' }), onError: () => {} })).toThrow(/inside|ledger/);
    } finally {
      if (saved === undefined) delete process.env.AGENT_AUDIT_HOME;
      else process.env.AGENT_AUDIT_HOME = saved;
    }
    expect(keyFilesUnder(dir)).toEqual([]);
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('a state file or a vault inside another ledger is refused, and that ledger still verifies (fresh tester finding 5)', async () => {
    const mine = fresh('ledger');
    const other = fresh('ledger');
    const myKey = await writeLedger(mine, fresh('keys'));
    const otherKey = await writeLedger(other, fresh('keys'));
    const stateInOther = path.join(other, 's.json');
    await expect(verifyLedger(mine, { verifierKey: myKey, state: stateInOther })).rejects.toThrow(new RegExp(`state file .*s\\.json is inside the ledger folder .*${path.basename(other)}; keep it outside every ledger and vault`));
    expect(() => createVault({ dir: path.join(other, 'vault'), keysDir: fresh('keys') })).toThrow(/vault folder .* is inside the ledger folder .*; keep a vault outside every ledger and other vault/);
    expect(fs.readdirSync(other).sort()).toEqual(['HEAD', 'LEDGER', 'streams', 'verifier.key']);
    expect((await verifyLedger(other, { verifierKey: otherKey })).ok).toBe(true);
  });

  it('a folder that is not a ledger is refused as it is: no streams/ folder left in it', () => {
    const dir = fresh('not-a-ledger');
    fs.mkdirSync(path.join(dir, 'pk'), { recursive: true });
    expect(() => fileLedger({ dir, keyDir: fresh('keys'), stream: 'app' }).open('app')).toThrow(/is not empty and is not an agent-audit ledger \(found pk\)/);
    expect(fs.readdirSync(dir)).toEqual(['pk']);
    // A dot file counts (verify reports any file it does not expect, so a ledger made there never verified).
    const dotted = fresh('dotted');
    fs.mkdirSync(dotted);
    fs.writeFileSync(path.join(dotted, '.hidden'), '');
    expect(() => fileLedger({ dir: dotted, keyDir: fresh('keys'), stream: 'app' }).open('app')).toThrow(/is not empty and is not an agent-audit ledger \(found \.hidden\)/);
    expect(fs.readdirSync(dotted)).toEqual(['.hidden']);
    // A LEDGER file that is not a ledger's marker: refused before streams/ is made.
    for (const marker of ['garbage\n', '{}\n', '{"format":"agent-audit-ledger","version":1}\n']) {
      const odd = fresh('odd-marker');
      fs.mkdirSync(odd);
      fs.writeFileSync(path.join(odd, 'LEDGER'), marker);
      expect(() => fileLedger({ dir: odd, keyDir: fresh('keys'), stream: 'app' }).open('app'), marker).toThrow();
      expect(fs.readdirSync(odd), marker).toEqual(['LEDGER']);
    }
  });

  it('a vault whose folder is a ledger is refused (its subjects/ and records/ would break the ledger)', async () => {
    const dir = fresh('ledger');
    await writeLedger(dir, fresh('keys'));
    expect(() => createVault({ dir, keysDir: fresh('keys') })).toThrow(/vault folder .* is a ledger folder; keep a vault outside every ledger/);
    expect(() => createVault({ dir: path.join(dir, 'streams', '..'), keysDir: fresh('keys') })).toThrow(/is a ledger folder/);
    expect(fs.readdirSync(dir).sort()).toEqual(['HEAD', 'LEDGER', 'streams', 'verifier.key']);
  });

  it('a state file whose remembered head was edited, or is another ledger\'s, is a usage error and is not rewritten', async () => {
    const dir = fresh('ledger');
    const key = await writeLedger(dir, fresh('keys'));
    const stateFile = path.join(fresh('state'), 'verify.state');
    fs.mkdirSync(path.dirname(stateFile));
    expect((await verifyLedger(dir, { verifierKey: key, state: stateFile })).ok).toBe(true);
    const good = fs.readFileSync(stateFile, 'utf8');
    const state = JSON.parse(good) as { head: string };
    for (const edit of [state.head.replace('timestamp', 'timestamq'), state.head.replace(/.{10}\n$/, 'AAAAAAAAA\n'), state.head.replace(/^agent-audit\/\S+/, 'agent-audit/01OTHERLEDGER')]) {
      fs.writeFileSync(stateFile, JSON.stringify({ ...JSON.parse(good), head: edit }));
      const before = fs.readFileSync(stateFile, 'utf8');
      await expect(verifyLedger(dir, { verifierKey: key, state: stateFile })).rejects.toThrow(/the head it remembers is not a head of ledger .* signed by a key given/);
      expect(fs.readFileSync(stateFile, 'utf8')).toBe(before);
    }
  });


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

  it('with a witness too, pinning only the new key after a rotation names the older key that signed (fresh tester round 2, item 6)', async () => {
    const dir = fresh('ledger');
    const w = fresh('witness');
    fs.mkdirSync(w);
    const first = generateSignerKey('agent-audit.first');
    const next = generateSignerKey('agent-audit.next');
    for (const [signingKey, rotateKey] of [[first.signerKey, false], [next.signerKey, true]] as const) {
      const auditor = createAuditor({ agent: { id: 'bot' }, sink: fileLedger({ dir, signingKey, rotateKey, stream: 'app', witness: directoryWitness(w) }), onError: () => {} });
      auditor.record({ type: 'tool.call', tool: { name: 'lookup' } });
      await auditor.close();
    }
    const heads = readDirectoryWitness(w, readLedgerInfo(dir).id).map((e) => e.head);
    const result = await verifyLedger(dir, { verifierKey: next.verifierKey, witness: { name: w, heads, folder: w } });
    expect(result.ok).toBe(false);
    expect(result.firstFailure?.reason).toContain(`head 1: signature invalid (no signature by a given verifier key); it is signed by ${first.verifierKey}, which the ledger's verifier.key lists but is not pinned`);
    expect((await verifyLedger(dir, { verifierKey: [first.verifierKey, next.verifierKey], witness: { name: w, heads, folder: w } })).ok).toBe(true);
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
    // Only the new key (the README's "last line of verifier.key"): the checkpoints before the
    // rotation fail, and the message names the listed key that signed them (a fresh tester got no hint).
    const newOnly = await verifyLedger(dir, { verifierKey: next.verifierKey });
    expect(newOnly.ok).toBe(false);
    expect(newOnly.firstFailure?.reason).toBe(`checkpoint 1 (size 3): signature invalid: no signature by a given verifier key; it is signed by ${oldKey}, which the ledger's verifier.key lists but is not pinned (a key used before a rotation, when the ledger has ledger.key_rotate events): if that key was yours, pin it too (--key ${oldKey} --key <the newer key>); if not, the ledger was signed by someone else`);
    // The new key is now the ledger's: the writer holding it goes on without rotateKey.
    const again = fileLedger({ dir, signingKey: next.signerKey });
    again.open('app');
    await again.close('app');
  });
});
