// keys.ts, from surviving mutants (issue 13): where a ledger's signer key file is, reading it
// (missing, unreadable, not private, malformed), creating it (mode, no overwrite, a race lost),
// and the refusals of a key folder or key file inside a ledger.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSignerKey, verifierKeyFromSigner } from '../crypto/note.js';
import { checkKeyFolder, createSignerKey, defaultKeyDir, loadOrCreateSignerKey, readSignerKey, signerKeyFile } from './keys.js';

const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'aa-keys-')));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
let n = 0;
/** A fresh folder; with `ledger`, one holding a LEDGER marker. */
const fresh = (ledger = false): string => {
  const dir = path.join(root, `d${n++}`);
  fs.mkdirSync(dir, { mode: 0o700 });
  if (ledger) fs.writeFileSync(path.join(dir, 'LEDGER'), '{}');
  return dir;
};
const mode = (file: string): number => fs.statSync(file).mode & 0o777;
const openFds = (): number => fs.readdirSync('/proc/self/fd').length;

function failure(run: () => unknown): { name: string; message: string } {
  try {
    run();
  } catch (error) {
    return { name: (error as Error).name, message: (error as Error).message };
  }
  throw new Error('did not throw');
}

describe('checkKeyFolder', () => {
  it('returns the real path of a folder outside every ledger, and refuses one inside a folder to avoid', () => {
    const dir = fresh();
    const link = path.join(root, `link${n++}`);
    fs.symlinkSync(dir, link);
    expect(checkKeyFolder(link)).toBe(dir);
    expect(checkKeyFolder(path.join(dir, 'keys'), [fresh()])).toBe(path.join(dir, 'keys'));
    const refused = failure(() => checkKeyFolder(path.join(dir, 'keys'), [fresh(), dir]));
    expect(refused.name).toBe('KeyError');
    expect(refused.message).toMatch(new RegExp(`^key folder ${path.join(dir, 'keys')} is inside the ledger folder ${dir}; `));
  });
});

describe('signerKeyFile', () => {
  it('is <keyDir>/ledger-<id>.key, the key folder resolved, by default under the agent-audit home', () => {
    const ledgerDir = fresh(true);
    const keyDir = fresh();
    expect(signerKeyFile({ ledgerDir, ledgerId: 'L1', keyDir })).toBe(path.join(keyDir, 'ledger-L1.key'));
    expect(signerKeyFile({ ledgerDir, ledgerId: 'L2', keyDir: path.relative(process.cwd(), keyDir) })).toBe(path.join(keyDir, 'ledger-L2.key'));
    expect(signerKeyFile({ ledgerDir, ledgerId: 'L3' })).toBe(path.resolve(defaultKeyDir(), 'ledger-L3.key'));
  });

  it('refuses a key folder, or a key file symlink, inside a ledger folder that has no LEDGER marker yet', () => {
    const ledgerDir = fresh();
    expect(failure(() => signerKeyFile({ ledgerDir, ledgerId: 'L1', keyDir: path.join(ledgerDir, 'keys') })).message)
      .toMatch(new RegExp(`^key folder ${path.join(ledgerDir, 'keys')} is inside the ledger folder ${ledgerDir}; `));
    const keyDir = fresh();
    fs.symlinkSync(path.join(ledgerDir, 'inside.key'), path.join(keyDir, 'ledger-L1.key'));
    expect(failure(() => signerKeyFile({ ledgerDir, ledgerId: 'L1', keyDir })).message)
      .toMatch(new RegExp(`^key file ${path.join(keyDir, 'ledger-L1.key')} is a symlink to ${path.join(ledgerDir, 'inside.key')}: its folder ${ledgerDir} is inside the ledger folder ${ledgerDir}; `));
  });

  it('refuses a key folder inside the ledger', () => {
    const ledgerDir = fresh(true);
    const refused = failure(() => signerKeyFile({ ledgerDir, ledgerId: 'L1', keyDir: path.join(ledgerDir, 'keys') }));
    expect(refused.name).toBe('KeyError');
    expect(refused.message).toMatch(new RegExp(`^key folder ${path.join(ledgerDir, 'keys')} is inside the ledger folder ${ledgerDir}; `));
  });

  it('refuses a key file that is a symlink into the ledger, and takes one that points elsewhere', () => {
    const ledgerDir = fresh(true);
    const keyDir = fresh();
    const file = path.join(keyDir, 'ledger-L1.key');
    fs.symlinkSync(path.join(ledgerDir, 'inside.key'), file);
    const refused = failure(() => signerKeyFile({ ledgerDir, ledgerId: 'L1', keyDir }));
    expect(refused.name).toBe('KeyError');
    expect(refused.message).toMatch(
      new RegExp(`^key file ${file} is a symlink to ${path.join(ledgerDir, 'inside.key')}: its folder ${ledgerDir} is inside the ledger folder ${ledgerDir}; keys must never live beside`),
    );
    const elsewhere = fresh();
    fs.symlinkSync(path.join(elsewhere, 'real.key'), path.join(keyDir, 'ledger-L2.key'));
    expect(signerKeyFile({ ledgerDir, ledgerId: 'L2', keyDir })).toBe(path.join(keyDir, 'ledger-L2.key'));
    // A key folder reached through a symlink is not a key file symlink.
    const linkedKeys = path.join(root, `keys-link${n++}`);
    fs.symlinkSync(keyDir, linkedKeys);
    expect(signerKeyFile({ ledgerDir, ledgerId: 'L3', keyDir: linkedKeys })).toBe(path.join(linkedKeys, 'ledger-L3.key'));
  });
});

describe('readSignerKey', () => {
  const key = generateSignerKey('agent-audit.keys-test');

  it('reads a private key file, trimmed, with its verifier key', () => {
    const file = path.join(fresh(), 'k.key');
    fs.writeFileSync(file, `  ${key.signerKey}\n\n`, { mode: 0o600 });
    expect(readSignerKey(file)).toEqual({ signerKey: key.signerKey, verifierKey: key.verifierKey, file, created: false });
  });

  it('returns undefined for a missing file, and refuses one it cannot open, naming the cause', () => {
    const dir = fresh();
    expect(readSignerKey(path.join(dir, 'none.key'))).toBeUndefined();
    const notDir = path.join(dir, 'plain');
    fs.writeFileSync(notDir, 'x');
    expect(failure(() => readSignerKey(path.join(notDir, 'k.key')))).toEqual({ name: 'KeyError', message: `cannot read signing key file ${path.join(notDir, 'k.key')}: ENOTDIR` });
  });

  it('refuses a file others can read, and a malformed one, closing the file every time', () => {
    const dir = fresh();
    const open = path.join(dir, 'open.key');
    fs.writeFileSync(open, key.signerKey);
    fs.chmodSync(open, 0o640);
    const bad = path.join(dir, 'bad.key');
    fs.writeFileSync(bad, 'PRIVATE+KEY+nope\n', { mode: 0o600 });
    const good = path.join(dir, 'good.key');
    fs.writeFileSync(good, key.signerKey, { mode: 0o600 });
    const before = openFds();
    for (let i = 0; i < 5; i++) {
      expect(failure(() => readSignerKey(open))).toEqual({ name: 'KeyError', message: `key file ${open} is readable or writable by other users (mode 640); run chmod 600 on it` });
      expect(failure(() => readSignerKey(bad))).toEqual({
        name: 'KeyError', message: `signing key file ${bad} is malformed (expected PRIVATE+KEY+name+keyid+base64, as written by agent-audit keygen)`,
      });
      expect(readSignerKey(good)?.signerKey).toBe(key.signerKey);
    }
    expect(openFds()).toBe(before);
  });
});

describe('createSignerKey', () => {
  it('creates the key file 0600 in new folders 0700, named for the ledger, and leaves no temporary file', () => {
    const file = path.join(fresh(), 'a', 'b', 'ledger-L1.key');
    const created = createSignerKey(file, 'L1');
    expect(created).toEqual({ signerKey: created.signerKey, verifierKey: verifierKeyFromSigner(created.signerKey), file, created: true });
    expect(created.signerKey.startsWith('PRIVATE+KEY+agent-audit.L1+')).toBe(true);
    expect(created.verifierKey.startsWith('agent-audit.L1+')).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toBe(`${created.signerKey}\n`);
    expect(mode(file)).toBe(0o600);
    expect(mode(path.dirname(file))).toBe(0o700);
    expect(mode(path.dirname(path.dirname(file)))).toBe(0o700);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['ledger-L1.key']);
  });

  it('makes the file private even where a stale temporary file of this pid was left open to others', () => {
    const file = path.join(fresh(), 'ledger-L1.key');
    fs.writeFileSync(`${file}.${process.pid}.tmp`, 'stale', { mode: 0o644 });
    fs.chmodSync(`${file}.${process.pid}.tmp`, 0o644);
    const created = createSignerKey(file, 'L1');
    expect(mode(file)).toBe(0o600);
    expect(fs.readFileSync(file, 'utf8')).toBe(`${created.signerKey}\n`);
  });

  it('never overwrites: a key file already there is read and returned', () => {
    const dir = fresh();
    const file = path.join(dir, 'ledger-L1.key');
    const first = createSignerKey(file, 'L1');
    const second = createSignerKey(file, 'L1');
    expect(second).toEqual({ ...first, created: false });
    expect(fs.readdirSync(dir)).toEqual(['ledger-L1.key']);
  });

  it('refuses, removing its temporary file, when the name is taken by something that is not a key', () => {
    const dir = fresh();
    const file = path.join(dir, 'ledger-L1.key');
    fs.symlinkSync(path.join(dir, 'nowhere'), file);
    const refused = failure(() => createSignerKey(file, 'L1'));
    expect(refused.name).toBe('KeyError');
    expect(refused.message).toMatch(new RegExp(`^cannot create signing key file ${file}: EEXIST`));
    expect(fs.readdirSync(dir)).toEqual(['ledger-L1.key']);
    const bad = path.join(dir, 'ledger-L2.key');
    fs.writeFileSync(bad, 'junk', { mode: 0o600 });
    expect(failure(() => createSignerKey(bad, 'L2')).message).toMatch(/is malformed/);
    expect(fs.readFileSync(bad, 'utf8')).toBe('junk');
    expect(fs.readdirSync(dir).sort()).toEqual(['ledger-L1.key', 'ledger-L2.key']);
  });
});

describe('loadOrCreateSignerKey', () => {
  it('creates the key on first use and reads the same one after', () => {
    const ledgerDir = fresh(true);
    const keyDir = path.join(fresh(), 'keys');
    const first = loadOrCreateSignerKey({ ledgerDir, ledgerId: 'L9', keyDir });
    expect(first).toMatchObject({ file: path.join(keyDir, 'ledger-L9.key'), created: true });
    expect(loadOrCreateSignerKey({ ledgerDir, ledgerId: 'L9', keyDir })).toEqual({ ...first, created: false });
    expect(failure(() => loadOrCreateSignerKey({ ledgerDir, ledgerId: 'L9', keyDir: path.join(ledgerDir, 'k') })).name).toBe('KeyError');
  });
});
