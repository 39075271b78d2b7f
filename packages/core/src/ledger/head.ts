import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { signNote } from '../crypto/note.js';
import { LedgerError } from '../spec/errors.js';
import { LEDGER_FILE, VERIFIER_KEY_FILE, fsyncDir } from './layout.js';
import { acquireLock } from './lock.js';
import { readSmallFileBytes } from '../internal/small-file.js';

/** The signed ledger head: a C2SP signed note at `<ledger>/HEAD` (docs/FORMAT.md §9). */
export const HEAD_FILE = 'HEAD';
/** Held while a writer rewrites HEAD (the head is shared by every stream's writer). */
export const HEAD_LOCK_FILE = 'HEAD.lock';
const HEAD_VERSION_LINE = 'ledger-head 1';
const HEX64 = /^[0-9a-f]{64}$/;
const STREAM_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** One stream as the head commits to it. */
export interface HeadStream {
  name: string;
  /** Tree size of the stream's newest signed checkpoint (0 before the first). */
  size: number;
  /** RFC 6962 root at `size`, lower-case hex (SHA-256("") for 0). */
  root: string;
  /** True once the writer closed the stream cleanly; no event may follow `size` then. */
  closed: boolean;
  /** Length in bytes of `checkpoints.jsonl` when the head was signed... */
  checkpointBytes: number;
  /** ...and the SHA-256 (hex) of those bytes: the checkpoints file may only grow past them. */
  checkpointSha256: string;
}

/** The signed body of a ledger head. */
export interface LedgerHead {
  /** `agent-audit/<ledger id>`. */
  origin: string;
  /** RFC 3339 time the head was signed. */
  timestamp: string;
  /** SHA-256 (hex) of the `LEDGER` marker's bytes. */
  marker: string;
  /** SHA-256 (hex) of `verifier.key`'s bytes (of "" when it is missing). */
  keys: string;
  /** Every stream of the ledger, sorted by name. */
  streams: HeadStream[];
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** SHA-256 (hex) of a file's bytes, or of "" when it does not exist. */
export function fileSha256(file: string): string {
  try {
    // Bounded and never blocking: a FIFO or a device in the file's place is refused, not read.
    return sha256Hex(readSmallFileBytes(file, 16 * 1024 * 1024));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return sha256Hex('');
    throw error;
  }
}

/** The text a head note signs (ends with a newline). */
export function formatHead(head: LedgerHead): string {
  const lines = [head.origin, HEAD_VERSION_LINE, `timestamp ${head.timestamp}`, `marker ${head.marker}`, `keys ${head.keys}`];
  for (const s of [...head.streams].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    lines.push(`stream ${s.name} ${s.size} ${s.root} ${s.closed ? 'closed' : 'open'} ${s.checkpointBytes} ${s.checkpointSha256}`);
  }
  return lines.map((line) => line + '\n').join('');
}

/** Parses the signed text of a head. Throws Error naming the problem. */
export function parseHead(text: string): LedgerHead {
  if (!text.endsWith('\n')) throw new Error('head text does not end with a newline');
  const lines = text.slice(0, -1).split('\n');
  const [origin, version, time, marker, keys, ...rest] = lines;
  if (!origin || !origin.startsWith('agent-audit/')) throw new Error('head origin is not agent-audit/<ledger id>');
  if (version !== HEAD_VERSION_LINE) throw new Error(`unsupported head version line ${JSON.stringify(version)}`);
  if (!time?.startsWith('timestamp ')) throw new Error('head has no timestamp line');
  if (!marker?.startsWith('marker ') || !HEX64.test(marker.slice(7))) throw new Error('head has no marker line');
  if (!keys?.startsWith('keys ') || !HEX64.test(keys.slice(5))) throw new Error('head has no keys line');
  const streams: HeadStream[] = [];
  for (const line of rest) {
    const parts = line.split(' ');
    const [tag, name, size, root, state, bytes, sha] = parts;
    if (parts.length !== 7 || tag !== 'stream' || !name || !STREAM_NAME.test(name) || !/^(0|[1-9][0-9]*)$/.test(size ?? '') || !HEX64.test(root ?? '') ||
      (state !== 'open' && state !== 'closed') || !/^(0|[1-9][0-9]*)$/.test(bytes ?? '') || !HEX64.test(sha ?? '')) {
      throw new Error(`head line ${JSON.stringify(line)} is not "stream <name> <size> <root> <open|closed> <bytes> <sha256>"`);
    }
    if (streams.some((s) => s.name === name)) throw new Error(`head lists stream ${name} twice`);
    streams.push({ name, size: Number(size), root: root as string, closed: state === 'closed', checkpointBytes: Number(bytes), checkpointSha256: sha as string });
  }
  return { origin, timestamp: time.slice('timestamp '.length), marker: marker.slice(7), keys: keys.slice(5), streams };
}

/** Reads `<ledger>/HEAD`; undefined when it does not exist. */
export function readHeadNote(dir: string): string | undefined {
  try {
    return fs.readFileSync(path.join(dir, HEAD_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new LedgerError({ code: 'ledger_head', message: `cannot read ${path.join(dir, HEAD_FILE)}: ${(error as Error).message}` });
  }
}

/** The head text of a note without checking its signatures (a writer already checked them). */
function unsignedText(note: string): string {
  const split = note.lastIndexOf('\n\n');
  return split < 0 ? '' : note.slice(0, split + 1);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function withHeadLock<T>(dir: string, task: () => T): T {
  const file = path.join(dir, HEAD_LOCK_FILE);
  let release: (() => void) | undefined;
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      release = acquireLock(file);
      break;
    } catch (error) {
      if ((error as LedgerError).code !== 'ledger_locked' || Date.now() > deadline) throw error;
      sleep(2);
    }
  }
  try {
    return task();
  } finally {
    release();
  }
}

/** Where a writer also appends every head it signs (a witness the writer cannot rewrite). */
export interface HeadWitness {
  /** A name for messages, e.g. the folder or the database. */
  readonly name: string;
  /** The witness folder, when it is one (a writer refuses a witness inside its ledger). */
  readonly folder?: string;
  /** Appends one signed head of ledger `ledgerId`, written by the writer of the ledger folder `ledgerDir`. */
  append(ledgerId: string, head: string, ledgerDir?: string): void | Promise<void>;
}

/**
 * Rewrites HEAD under the ledger's head lock: `update` gets the current head (undefined if there
 * is none) and returns the new one without `marker`, `keys` and `timestamp`, which are filled in
 * from the files as they are now. `beforeSign` runs under the lock first (e.g. to publish a key).
 * Returns the signed note. Atomic: temp file, fsync, rename, fsync of the folder.
 */
export function writeHead(
  dir: string,
  ledgerId: string,
  signerKey: string,
  update: (current: LedgerHead | undefined) => LedgerHead['streams'],
  beforeSign?: () => void,
): string {
  return withHeadLock(dir, () => {
    beforeSign?.();
    const currentNote = readHeadNote(dir);
    let current: LedgerHead | undefined;
    if (currentNote !== undefined) {
      try {
        current = parseHead(unsignedText(currentNote));
      } catch (error) {
        throw new LedgerError({ code: 'ledger_corrupt', message: `${path.join(dir, HEAD_FILE)} is malformed (${(error as Error).message}); run \`agent-audit verify ${dir}\`` });
      }
    }
    const head: LedgerHead = {
      origin: `agent-audit/${ledgerId}`,
      timestamp: new Date().toISOString(),
      marker: fileSha256(path.join(dir, LEDGER_FILE)),
      keys: fileSha256(path.join(dir, VERIFIER_KEY_FILE)),
      streams: update(current),
    };
    const note = signNote(formatHead(head), signerKey);
    const file = path.join(dir, HEAD_FILE);
    const temp = `${file}.${process.pid}.tmp`;
    const fd = fs.openSync(temp, 'w', 0o644);
    try {
      fs.writeSync(fd, note);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
    fsyncDir(dir);
    return note;
  });
}
