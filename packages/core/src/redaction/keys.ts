import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { KeyError } from '../spec/errors.js';
import { checkKeyDirPlacement, defaultKeyDir } from '../internal/key-dir.js';
import { base32 } from './internal/base32.js';

/** The key files agent-audit manages: one for pseudonyms and digests, one for the vault. */
export type KeyName = 'pseudonym' | 'vault-master';

/** Short public identifier of a key: base32 of a SHA-256 of it. Reveals nothing about the key. */
export function keyId(secret: Uint8Array): string {
  return base32(createHash('sha256').update('agent-audit/key-id\0').update(secret).digest()).slice(0, 6);
}

interface StoredKey {
  id: string;
  secret: string;
  createdAt: string;
}
interface KeyFile {
  version: 1;
  active: string;
  keys: StoredKey[];
}

/**
 * A set of 256-bit keys, one of them active. Older keys are kept after rotation so values
 * pseudonymized under them can still be looked up. Printing or serializing a keyring shows key
 * ids only, never key material.
 *
 * @example
 * ```ts
 * const keyring = createKeyring([randomBytes(32)]);
 * keyring.activeId; // 'k3f9xa'
 * ```
 */
export class Keyring {
  readonly #keys: Map<string, Buffer>;
  readonly activeId: string;
  constructor(keys: ReadonlyArray<{ id?: string; secret: Uint8Array }>, activeId?: string) {
    if (keys.length === 0) throw new KeyError({ message: 'a keyring needs at least one key' });
    this.#keys = new Map();
    for (const key of keys) {
      if (key.secret.byteLength < 32) throw new KeyError({ message: 'keys must be at least 32 bytes (256 bits)' });
      this.#keys.set(key.id ?? keyId(key.secret), Buffer.from(key.secret));
    }
    const last = [...this.#keys.keys()].at(-1) as string;
    this.activeId = activeId ?? last;
    if (!this.#keys.has(this.activeId)) throw new KeyError({ message: `active key ${this.activeId} is not in the keyring` });
  }
  /** The active key, or the one with `id`. */
  key(id: string = this.activeId): Buffer | undefined {
    return this.#keys.get(id);
  }
  /** Every key id, oldest first. */
  ids(): string[] {
    return [...this.#keys.keys()];
  }
  toJSON(): { activeId: string; ids: string[] } {
    return { activeId: this.activeId, ids: this.ids() };
  }
  [inspect.custom](): string {
    return `Keyring { activeId: '${this.activeId}', ids: [${this.ids().map((id) => `'${id}'`).join(', ')}] }`;
  }
}

/**
 * A keyring from explicit key material (from a secret manager, an HSM export, a test). The last
 * key is the active one. Strings are base64 (standard or url-safe) or 64 hex digits.
 */
export function createKeyring(secrets: ReadonlyArray<Uint8Array | string>): Keyring {
  return new Keyring(secrets.map((secret) => ({ secret: decodeKey(secret) })));
}

export function decodeKey(secret: Uint8Array | string): Uint8Array {
  if (typeof secret !== 'string') return secret;
  const trimmed = secret.trim();
  const bytes = /^[0-9a-fA-F]{64,}$/.test(trimmed) && trimmed.length % 2 === 0 ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64url');
  if (bytes.byteLength < 32) throw new KeyError({ message: 'a key string must decode to at least 32 bytes (base64 or hex)' });
  return bytes;
}

export interface KeyStoreOptions {
  /** Folder holding the key files; default `defaultKeyDir()`. Keep it outside every ledger folder. */
  dir?: string;
  /** Create the key file when missing (default true). */
  create?: boolean;
  env?: NodeJS.ProcessEnv;
}

function keyPath(name: KeyName, options: KeyStoreOptions): string {
  const dir = options.dir ?? defaultKeyDir(options.env);
  // Never beside what the key protects, whatever a symlink says (a ledger or a vault folder).
  checkKeyDirPlacement(dir);
  return join(dir, `${name}.key`);
}

function checkPrivate(path: string): void {
  if (process.platform === 'win32') return;
  const mode = statSync(path).mode & 0o777;
  if ((mode & 0o077) !== 0) {
    throw new KeyError({ message: `key file ${path} is readable by other users (mode ${mode.toString(8)}); run chmod 600 on it` });
  }
}

function readKeyFile(path: string): KeyFile {
  checkPrivate(path);
  let parsed: KeyFile;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8')) as KeyFile;
  } catch (cause) {
    throw new KeyError({ message: `key file ${path} cannot be read`, cause });
  }
  if (parsed.version !== 1 || !Array.isArray(parsed.keys) || parsed.keys.length === 0) {
    throw new KeyError({ message: `key file ${path} is not an agent-audit key file` });
  }
  return parsed;
}

function keyringFromFile(file: KeyFile): Keyring {
  return new Keyring(file.keys.map((key) => ({ id: key.id, secret: Buffer.from(key.secret, 'base64') })), file.active);
}

function writeKeyFile(path: string, file: KeyFile, exclusive: boolean): void {
  const body = `${JSON.stringify(file, null, 2)}\n`;
  if (exclusive) {
    // Whole or not at all: written under a name of its own, then linked into place, which fails with
    // EEXIST when the key is there already. Written with `wx` on the key's own name, the file existed
    // empty for a moment and a second process creating it at once read it half-written ("cannot be
    // read": test/redaction/pseudonym-processes.test.ts failed so in a CI-mode run, 2026-12-04).
    const temporary = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    writeFileSync(temporary, body, { mode: 0o600, flag: 'wx' });
    try {
      chmodSync(temporary, 0o600);
      linkSync(temporary, path);
    } finally {
      rmSync(temporary, { force: true });
    }
    return;
  }
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, body, { mode: 0o600, flag: 'w' });
  chmodSync(temporary, 0o600);
  renameSync(temporary, path);
}

function newKey(): StoredKey {
  const secret = randomBytes(32);
  return { id: keyId(secret), secret: secret.toString('base64'), createdAt: new Date().toISOString() };
}

/**
 * Loads a managed keyring from its file (`<dir>/<name>.key`, mode 0600, folder 0700), creating
 * it on first use. Two processes racing to create it end up with the same key. Refuses a key
 * file other users can read.
 *
 * @example
 * ```ts
 * const keys = loadKeyring('pseudonym'); // ~/.config/agent-audit/keys/pseudonym.key
 * ```
 */
export function loadKeyring(name: KeyName, options: KeyStoreOptions = {}): Keyring {
  const path = keyPath(name, options);
  try {
    return keyringFromFile(readKeyFile(path));
  } catch (error) {
    const missing = (error as KeyError).cause && ((error as KeyError).cause as NodeJS.ErrnoException).code === 'ENOENT';
    const statMissing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    if (!(missing || statMissing) || options.create === false) {
      if (missing || statMissing) throw new KeyError({ message: `key file ${path} does not exist` });
      throw error;
    }
  }
  mkdirSync(join(path, '..'), { recursive: true, mode: 0o700 });
  const key = newKey();
  try {
    writeKeyFile(path, { version: 1, active: key.id, keys: [key] }, true);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new KeyError({ message: `cannot create key file ${path}`, cause: error });
  }
  return keyringFromFile(readKeyFile(path));
}

/**
 * Adds a new key to a managed keyring and makes it active. Old keys stay, so earlier
 * pseudonyms can still be computed for look-ups; new events use the new key.
 */
export function rotateKeyring(name: KeyName, options: KeyStoreOptions = {}): Keyring {
  const path = keyPath(name, options);
  loadKeyring(name, options);
  const file = readKeyFile(path);
  const key = newKey();
  file.keys.push(key);
  file.active = key.id;
  writeKeyFile(path, file, false);
  return keyringFromFile(file);
}
