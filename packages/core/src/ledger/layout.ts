import fs from 'node:fs';
import path from 'node:path';
import { monotonicFactory } from 'ulid';
import { randomFraction } from '../auditor/ids.js';
import { LedgerFormatError } from '../spec/errors.js';
import { makeDirs } from '../internal/make-dirs.js';
import { readSmallFile } from '../internal/small-file.js';

/** Largest LEDGER marker read, in bytes (a marker is about 150). */
const MARKER_MAX_BYTES = 64 * 1024;

/** Marker file at a ledger folder's root. */
export const LEDGER_FILE = 'LEDGER';
export const LEDGER_FORMAT = 'agent-audit-ledger';
export const STREAMS_DIR = 'streams';
export const CHECKPOINTS_FILE = 'checkpoints.jsonl';
export const LOCK_FILE = 'writer.lock';
export const RECOVERED_DIR = 'recovered';
/** The ledger's own copy of its verifier key (public). Pin one with `verify --key` for real trust. */
export const VERIFIER_KEY_FILE = 'verifier.key';
export const SEGMENT_NAME = /^(\d{20})\.jsonl$/;
/** Signed `ledger.pruned` records of a stream whose oldest segments retention removed (docs/RETENTION.md). */
export const PRUNED_FILE = 'pruned.jsonl';

export interface LedgerInfo {
  format: typeof LEDGER_FORMAT;
  version: 1;
  id: string;
  created: string;
  /**
   * Set by writers that sign ledger heads (§9): such a ledger always has a HEAD, so a missing one
   * was deleted, and `agent-audit migrate` refuses it. Absent in ledgers of the earlier format.
   */
  signedHead?: true;
}

export function segmentName(firstSeq: number): string {
  return `${String(firstSeq).padStart(20, '0')}.jsonl`;
}

export function streamDir(dir: string, stream: string): string {
  return path.join(dir, STREAMS_DIR, stream);
}

/**
 * Reads and checks the LEDGER marker; throws a LedgerFormatError naming the file otherwise. Only a
 * regular file of at most 64 KiB is read: a FIFO, a device or a folder in its place is refused,
 * never read, so no command that opens a ledger can hang on it (the read side's re-check of
 * 2026-12-06: `query`, `tail`, `prove`, `report`, `export` and `watch` hung on a FIFO `LEDGER`).
 */
export function readLedgerInfo(dir: string): LedgerInfo {
  const file = path.join(dir, LEDGER_FILE);
  let text: string;
  try {
    text = readSmallFile(file, MARKER_MAX_BYTES);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      let exists = false;
      try {
        exists = fs.statSync(dir).isDirectory();
      } catch {
        // fall through
      }
      throw new LedgerFormatError({
        file,
        message: exists ? `${dir} is not an agent-audit ledger: ${LEDGER_FILE} is missing` : `ledger folder ${dir} does not exist`,
      });
    }
    throw new LedgerFormatError({ file, message: `cannot read ${file}: ${(error as Error).message.replace(`${file}: `, '')}`, cause: error });
  }
  let info: unknown;
  try {
    info = JSON.parse(text);
  } catch {
    throw new LedgerFormatError({ file, message: `${file} is corrupt: not JSON` });
  }
  const i = info as Partial<LedgerInfo> | null;
  if (!i || i.format !== LEDGER_FORMAT || i.version !== 1 || typeof i.id !== 'string') {
    throw new LedgerFormatError({ file, message: `${file} is not an agent-audit ledger marker (format ${JSON.stringify(i?.format)}, version ${JSON.stringify(i?.version)})` });
  }
  return i as LedgerInfo;
}

/** Creates the folder and its marker if they do not exist yet. */
export function initLedgerDir(dir: string): LedgerInfo {
  const file = path.join(dir, LEDGER_FILE);
  if (!fs.existsSync(file)) {
    // Checked before anything is created: a refused folder is left as it was.
    let entries: string[] = [];
    try {
      // Dot files count: verify reports any file it does not expect (`.hidden`, `.git`).
      entries = fs.readdirSync(dir).filter((name) => name !== STREAMS_DIR);
    } catch (error) {
      // Missing (created below), or a file in the way (makeDirs says so below).
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
    }
    if (entries.length > 0) {
      throw new LedgerFormatError({ file: path.join(dir, entries[0] as string), message: `${dir} is not empty and is not an agent-audit ledger (found ${entries[0]})` });
    }
    makeDirs(path.join(dir, STREAMS_DIR));
    const info: LedgerInfo = { format: LEDGER_FORMAT, version: 1, id: monotonicFactory(randomFraction)(), created: new Date().toISOString(), signedHead: true };
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, JSON.stringify(info) + '\n', { mode: 0o644 });
    fs.renameSync(temp, file);
    fsyncDir(dir);
    return readLedgerInfo(dir);
  }
  // A marker that is not a ledger's is refused before anything is created.
  const info = readLedgerInfo(dir);
  makeDirs(path.join(dir, STREAMS_DIR));
  return info;
}

export function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Some file systems do not support fsync on directories; the data files are still synced.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Segment files of a stream in seq order; other entries are returned as foreign. */
export function listSegments(dir: string): { segments: Array<{ file: string; firstSeq: number }>; foreign: string[] } {
  const segments: Array<{ file: string; firstSeq: number }> = [];
  const foreign: string[] = [];
  for (const name of fs.readdirSync(dir)) {
    const match = SEGMENT_NAME.exec(name);
    if (match) segments.push({ file: path.join(dir, name), firstSeq: Number(match[1]) });
    // No writer renames anything in a stream folder: a *.tmp there is foreign too (docs/FORMAT.md §1).
    else if (name !== CHECKPOINTS_FILE && name !== LOCK_FILE && name !== RECOVERED_DIR && name !== PRUNED_FILE) foreign.push(path.join(dir, name));
  }
  segments.sort((a, b) => a.firstSeq - b.firstSeq);
  return { segments, foreign };
}

/** The public verifier keys a ledger has published, oldest first (none if the file is missing). */
export function readVerifierKeys(dir: string): string[] {
  try {
    return fs.readFileSync(path.join(dir, VERIFIER_KEY_FILE), 'utf8').split('\n').map((line) => line.trim()).filter(Boolean);
  } catch {
    return [];
  }
}
