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
      // Never created here: a witness volume that is not mounted must fail, not become a local folder.
      const fd = fs.openSync(witnessFile(resolved, ledgerId), 'a+', 0o644);
      try {
        // An append cut short (a crash) left a line without its newline: end it first, so this
        // entry is a line of its own (readDirectoryWitness reports the torn one; an append-only
        // witness cannot be repaired, and must not lose the entries after it).
        const size = fs.fstatSync(fd).size;
        let torn = false;
        if (size > 0) {
          const last = Buffer.alloc(1);
          fs.readSync(fd, last, 0, 1, size - 1);
          torn = last[0] !== 0x0a;
        }
        fs.writeSync(fd, (torn ? '\n' : '') + JSON.stringify({ received: new Date().toISOString(), head, ...(ledgerDir !== undefined ? { path: realPathOf(ledgerDir) } : {}) }) + '\n');
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
    },
  };
}

/**
 * The heads a witness folder holds for a ledger, oldest first (none when it has no file for it).
 * Throws LedgerError (`witness_format`) naming the file and line when a line is not a witness
 * entry. With `onTorn`, a line holding an entry cut short by an interrupted append (a prefix of
 * an entry, alone or with one whole entry glued after it) is told to `onTorn` and skipped (the
 * glued entry counted) instead; without it, it throws as any other.
 */
export function readDirectoryWitness(dir: string, ledgerId: string, onTorn?: (message: string) => void): WitnessEntry[] {
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
    const entry = witnessEntry(line);
    if (entry) {
      out.push(entry);
      continue;
    }
    // An append cut short by a crash: a prefix of an entry, on its own line (ended by the next
    // append) or, from writers before that, with the next whole entry glued to it. Reported, its
    // head not counted; the entries after it are.
    const torn = onTorn && tornEntry(line);
    if (torn) {
      onTorn(`witness file ${file} line ${i + 1} holds an entry cut short (an append interrupted, e.g. by a crash)${torn.rest ? ', followed by a whole entry, which is counted' : ''}; its head is not counted`);
      if (torn.rest) out.push(torn.rest);
      continue;
    }
    throw new LedgerError({ code: 'witness_format', message: `witness file ${file} line ${i + 1} is not a witness entry (torn or edited)` });
  }
  return out;
}

/** A line that is a whole witness entry, else undefined. */
function witnessEntry(line: string): WitnessEntry | undefined {
  let value: WitnessEntry;
  try {
    value = JSON.parse(line) as WitnessEntry;
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object' || typeof value.head !== 'string') return undefined;
  return { head: value.head, ...(typeof value.received === 'string' ? { received: value.received } : {}), ...(typeof value.path === 'string' ? { path: value.path } : {}) };
}

const ENTRY_START = '{"received":"';

/**
 * A line holding an entry cut short: a prefix of the way the writer starts every entry, or one
 * that starts that way and ends before the entry does (JSON.parse runs out of input), alone or
 * with one whole entry glued after it (`rest`). Anything else is an edit.
 */
function tornEntry(line: string): { rest?: WitnessEntry } | undefined {
  const glued = line.indexOf(ENTRY_START, 1);
  const prefix = glued < 0 ? line : line.slice(0, glued);
  if (prefix.length === 0) return undefined;
  if (!ENTRY_START.startsWith(prefix)) {
    // Cut after the entry's start: JSON.parse must run out of input, not meet something else.
    if (!prefix.startsWith(ENTRY_START)) return undefined;
    try {
      JSON.parse(prefix);
      return undefined; // whole, so not cut short
    } catch (error) {
      if (!/Unexpected end of JSON input|Unterminated string in JSON/.test((error as Error).message)) return undefined;
    }
  }
  if (glued < 0) return {};
  const rest = witnessEntry(line.slice(glued));
  return rest ? { rest } : undefined;
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
