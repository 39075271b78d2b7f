import fs from 'node:fs';
import path from 'node:path';
import { generateSignerKey, verifierKeyFromSigner } from '../crypto/note.js';
import { KeyError } from '../spec/errors.js';
import { checkKeyDirPlacement, checkKeyFilePrivate, defaultKeyDir, realPathOf } from '../internal/key-dir.js';
import { makeDirs } from '../internal/make-dirs.js';

export { defaultKeyDir };

/**
 * Checks a folder meant for keys: resolved through symlinks, it must not be inside a ledger
 * (a folder with a `LEDGER` marker) or a vault folder, nor inside any of `avoid`. Returns its real
 * path; throws KeyError naming the folder it is inside.
 *
 * @example
 * ```ts
 * checkKeyFolder('/etc/agent-audit/keys', ['./audit']);
 * ```
 */
export function checkKeyFolder(dir: string, avoid: readonly string[] = []): string {
  return checkKeyDirPlacement(dir, avoid.map((d) => ({ dir: d, kind: 'ledger' as const })));
}

/** A ledger's signer key as kept in its key folder. */
export interface LoadedSignerKey {
  signerKey: string;
  verifierKey: string;
  /** The key file (`<keyDir>/ledger-<ledger id>.key`). */
  file: string;
  created: boolean;
}

/**
 * The key file of a ledger: `<keyDir>/ledger-<ledger id>.key`. The key folder is resolved through
 * symlinks and refused (KeyError) when it is inside the ledger or any ledger or vault folder.
 */
export function signerKeyFile(options: { ledgerDir: string; ledgerId: string; keyDir?: string }): string {
  const keyDir = path.resolve(options.keyDir ?? defaultKeyDir());
  checkKeyDirPlacement(keyDir, [{ dir: options.ledgerDir, kind: 'ledger' }]);
  const file = path.join(keyDir, `ledger-${options.ledgerId}.key`);
  // The key FILE may itself be a symlink: where it really is must pass the same rules.
  const realFile = realPathOf(file);
  if (realFile !== path.join(realPathOf(keyDir), path.basename(file))) {
    try {
      checkKeyDirPlacement(path.dirname(realFile), [{ dir: options.ledgerDir, kind: 'ledger' }]);
    } catch (error) {
      throw new KeyError({ message: `key file ${file} is a symlink to ${realFile}: ${(error as Error).message.replace(/^key folder /, 'its folder ')}` });
    }
  }
  return file;
}

/**
 * Reads a ledger's signer key from its key folder. Returns undefined when the file does not exist;
 * throws KeyError when it is readable by other users (mode must be 0600 or stricter) or malformed.
 */
export function readSignerKey(file: string): LoadedSignerKey | undefined {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new KeyError({ message: `cannot read signing key file ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}` });
  }
  try {
    checkKeyFilePrivate(file, fs.fstatSync(fd).mode);
    const signerKey = fs.readFileSync(fd, 'utf8').trim();
    try {
      return { signerKey, verifierKey: verifierKeyFromSigner(signerKey), file, created: false };
    } catch {
      throw new KeyError({ message: `signing key file ${file} is malformed (expected PRIVATE+KEY+name+keyid+base64, as written by agent-audit keygen)` });
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** Generates a signer key for a ledger and writes it (mode 0600, folder 0700); never overwrites. */
export function createSignerKey(file: string, ledgerId: string): LoadedSignerKey {
  makeDirs(path.dirname(file), 0o700);
  const { signerKey, verifierKey } = generateSignerKey(`agent-audit.${ledgerId}`);
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, signerKey + '\n', { mode: 0o600 });
  fs.chmodSync(temp, 0o600);
  try {
    fs.linkSync(temp, file); // fails if another process created it first
  } catch (error) {
    fs.unlinkSync(temp);
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      const other = readSignerKey(file);
      if (other) return other;
    }
    throw new KeyError({ message: `cannot create signing key file ${file}: ${(error as Error).message}` });
  }
  fs.unlinkSync(temp);
  return { signerKey, verifierKey, file, created: true };
}

/**
 * Loads the signer key of a ledger, or generates one on first use. The key file is written
 * with mode 0600 outside the ledger folder; refusing a key folder inside the ledger (through
 * any symlink) keeps the signing key from living beside the log it signs.
 */
export function loadOrCreateSignerKey(options: { ledgerDir: string; ledgerId: string; keyDir?: string }): LoadedSignerKey {
  const file = signerKeyFile(options);
  return readSignerKey(file) ?? createSignerKey(file, options.ledgerId);
}
