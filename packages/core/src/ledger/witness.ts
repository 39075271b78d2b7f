import fs from 'node:fs';
import path from 'node:path';
import { LedgerError } from '../spec/errors.js';
import type { HeadWitness } from './head.js';
import { fileKind } from './read.js';
import { realPathOf } from '../internal/key-dir.js';

/** One head as a witness holds it. */
export interface WitnessEntry {
  /** The signed head note, exactly as the writer signed it. */
  head: string;
  /** When the witness received it (RFC 3339), as the witness tells it. */
  received?: string;
  /** The real path of the ledger folder whose writer appended it (folder witnesses record it). */
  path?: string;
}

const ID = /^[0-9A-Za-z]{1,64}$/;

function witnessFile(dir: string, ledgerId: string): string {
  if (!ID.test(ledgerId)) throw new LedgerError({ message: `ledger id ${JSON.stringify(ledgerId)} cannot name a witness file` });
  return path.join(dir, `${ledgerId}.heads.jsonl`);
}

/**
 * A witness folder: another volume the writer appends each signed head to
 * (`<dir>/<ledger id>.heads.jsonl`, one `{"received","head","path"}` object a line, `path` being
 * the real path of the ledger folder, opened O_APPEND
 * and fsync'd). Mount it so the writer's account can append but not rewrite (e.g. `chattr +a`,
 * or a separate volume). `agent-audit verify --witness DIR` checks the ledger against it.
 *
 * @example
 * ```ts
 * fileLedger({ dir: './audit', witness: directoryWitness('/mnt/witness') });
 * ```
 */
export function directoryWitness(dir: string): HeadWitness {
  const resolved = path.resolve(dir);
  return {
    name: resolved,
    folder: resolved,
    append(ledgerId: string, head: string, ledgerDir?: string): void {
      fs.mkdirSync(resolved, { recursive: true });
      const fd = fs.openSync(witnessFile(resolved, ledgerId), 'a', 0o644);
      try {
        fs.writeSync(fd, JSON.stringify({ received: new Date().toISOString(), head, ...(ledgerDir !== undefined ? { path: realPathOf(ledgerDir) } : {}) }) + '\n');
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
    },
  };
}

/**
 * The heads a witness folder holds for a ledger, oldest first (none when it has no file for it).
 * Throws LedgerError naming the file and line when a line is not a witness entry.
 */
export function readDirectoryWitness(dir: string, ledgerId: string): WitnessEntry[] {
  const file = witnessFile(path.resolve(dir), ledgerId);
  let text: string;
  try {
    // A FIFO or device in its place would block the read forever: only a regular file is read.
    const stat = fs.lstatSync(file);
    if (!stat.isFile()) throw new LedgerError({ code: 'witness_format', message: `witness file ${file} is ${fileKind(stat)}, not a regular file` });
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    if (error instanceof LedgerError) throw error;
    throw new LedgerError({ message: `cannot read witness file ${file}: ${(error as Error).message}` });
  }
  const out: WitnessEntry[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '' && i === lines.length - 1) continue;
    try {
      const value = JSON.parse(line) as WitnessEntry;
      if (typeof value.head !== 'string') throw new Error('no head');
      out.push({ head: value.head, ...(typeof value.received === 'string' ? { received: value.received } : {}), ...(typeof value.path === 'string' ? { path: value.path } : {}) });
    } catch {
      throw new LedgerError({ code: 'witness_format', message: `witness file ${file} line ${i + 1} is not a witness entry (torn or edited)` });
    }
  }
  return out;
}

/**
 * The ledgers a witness folder holds heads of that were appended from the ledger folder at
 * `ledgerDir` (by its recorded real path), with how many: what proves a ledger existed at a path
 * that no longer holds it (or holds another). Unreadable or malformed files are skipped.
 */
export function witnessedAt(dir: string, ledgerDir: string): Array<{ ledger: string; heads: number }> {
  const real = realPathOf(ledgerDir);
  const out: Array<{ ledger: string; heads: number }> = [];
  let names: string[];
  try {
    names = fs.readdirSync(path.resolve(dir)).sort();
  } catch {
    return out;
  }
  for (const name of names) {
    const match = /^([0-9A-Za-z]{1,64})\.heads\.jsonl$/.exec(name);
    if (!match) continue;
    let heads = 0;
    try {
      heads = readDirectoryWitness(dir, match[1] as string).filter((entry) => entry.path === real).length;
    } catch {
      continue;
    }
    if (heads > 0) out.push({ ledger: match[1] as string, heads });
  }
  return out;
}
