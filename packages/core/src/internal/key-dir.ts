import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KeyError } from '../spec/errors.js';

/**
 * Where agent-audit keeps keys it generates (ledger signing keys, the pseudonym key, the vault
 * master key): `$AGENT_AUDIT_HOME/keys`, else `$XDG_CONFIG_HOME/agent-audit/keys`, else
 * `~/.config/agent-audit/keys`. Never inside a ledger.
 */
export function defaultKeyDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.AGENT_AUDIT_HOME) return path.join(env.AGENT_AUDIT_HOME, 'keys');
  const config = env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config');
  return path.join(config, 'agent-audit', 'keys');
}

/**
 * The real path of `target`, through every symlink, even when its last parts do not exist yet
 * (the deepest existing ancestor is resolved and the rest appended; a dangling symlink is
 * followed to where it points).
 */
export function realPathOf(target: string, depth = 0): string {
  let current = path.resolve(target);
  const rest: string[] = [];
  for (;;) {
    try {
      return path.join(fs.realpathSync(current), ...rest);
    } catch {
      try {
        if (depth < 40 && fs.lstatSync(current).isSymbolicLink()) {
          return path.join(realPathOf(path.resolve(path.dirname(current), fs.readlinkSync(current)), depth + 1), ...rest);
        }
      } catch {
        // not there at all: go up
      }
      const parent = path.dirname(current);
      if (parent === current) return path.join(current, ...rest);
      rest.unshift(path.basename(current));
      current = parent;
    }
  }
}

/** True when `child` is `parent` or inside it (both compared as given: resolve them first). */
export function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Markers of the folders keys must never live in: a ledger (`LEDGER`) and a file vault store. */
function protectedFolderKind(dir: string): 'ledger' | 'vault' | undefined {
  try {
    if (fs.statSync(path.join(dir, 'LEDGER')).isFile()) return 'ledger';
  } catch {
    // not a ledger
  }
  try {
    if (fs.statSync(path.join(dir, 'subjects')).isDirectory() && fs.statSync(path.join(dir, 'records')).isDirectory()) return 'vault';
  } catch {
    // not a vault
  }
  return undefined;
}

/** The nearest folder at or above the real path `real` that is a ledger or a vault, if any. */
export function protectedAncestor(real: string): { dir: string; kind: 'ledger' | 'vault' } | undefined {
  for (let dir = real; ; dir = path.dirname(dir)) {
    const kind = protectedFolderKind(dir);
    if (kind) return { dir, kind };
    if (path.dirname(dir) === dir) return undefined;
  }
}

/**
 * Refuses a key folder that is, through any symlink, inside a ledger or vault folder: the ones
 * named in `avoid`, or any ancestor holding a ledger's `LEDGER` marker or a vault's
 * `subjects/` + `records/`. Returns the real path of the key folder. Throws KeyError.
 */
export function checkKeyDirPlacement(keyDir: string, avoid: ReadonlyArray<{ dir: string; kind: 'ledger' | 'vault' }> = []): string {
  const real = realPathOf(keyDir);
  for (const { dir, kind } of avoid) {
    const protectedReal = realPathOf(dir);
    if (isInside(real, protectedReal)) {
      // Suggest the default folder only when it is not the refused one (or inside the same folder).
      const fallback = realPathOf(defaultKeyDir());
      const hint = isInside(fallback, protectedReal) || fallback === real ? '' : ` (default ${defaultKeyDir()})`;
      throw new KeyError({
        message: `key folder ${keyDir}${real !== path.resolve(keyDir) ? ` (really ${real})` : ''} is inside the ${kind} folder ${dir}; keys must never live beside what they sign or protect: use a folder outside it${hint}`,
      });
    }
  }
  checkKeyDirWritable(keyDir, real);
  for (let dir = real; ; dir = path.dirname(dir)) {
    const kind = protectedFolderKind(dir);
    if (kind) {
      throw new KeyError({
        message: `key folder ${keyDir}${real !== path.resolve(keyDir) ? ` (really ${real})` : ''} is inside the ${kind} folder ${dir}; keys must never live beside what they sign or protect: use a folder outside it`,
      });
    }
    if (path.dirname(dir) === dir) break;
  }
  return real;
}

/** Refuses an existing key folder that group or others can write (they could swap the key file). */
export function checkKeyDirWritable(keyDir: string, real = realPathOf(keyDir)): void {
  if (process.platform === 'win32') return;
  let mode: number;
  try {
    mode = fs.statSync(real).mode & 0o777;
  } catch {
    return; // created later with mode 0700
  }
  if ((mode & 0o022) !== 0) {
    throw new KeyError({ message: `key folder ${keyDir} is writable by other users (mode ${mode.toString(8).padStart(3, '0')}): they could replace a key in it; run chmod 700 on it` });
  }
}

/**
 * Refuses a key file that users other than its owner can read or write (any group/other bit).
 * No-op on Windows, where modes do not carry this meaning. Throws KeyError naming the file.
 */
export function checkKeyFilePrivate(file: string, mode?: number): void {
  if (process.platform === 'win32') return;
  const bits = (mode ?? fs.statSync(file).mode) & 0o777;
  if ((bits & 0o077) !== 0) {
    throw new KeyError({ message: `key file ${file} is readable or writable by other users (mode ${bits.toString(8).padStart(3, '0')}); run chmod 600 on it` });
  }
}
