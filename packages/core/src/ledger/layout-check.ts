import fs from 'node:fs';
import path from 'node:path';
import { CHECKPOINTS_FILE, LEDGER_FILE, LOCK_FILE, PRUNED_FILE, RECOVERED_DIR, SEGMENT_NAME, STREAMS_DIR, VERIFIER_KEY_FILE } from './layout.js';
import { fileKind } from './read.js';

// What a ledger folder may hold (docs/FORMAT.md §1): every name a writer, retention, a hold or
// the shipper creates, and nothing else. Verify refuses any other entry, and any entry of the
// wrong kind (a symbolic link or non-folder where a folder belongs, a non-regular file where a
// file belongs), checked with lstat before anything is read.

/** Root files read whole by verify (their content is checked there). */
const ROOT_FILES = new Set([LEDGER_FILE, 'HEAD', VERIFIER_KEY_FILE]);
/** Lock files at the root: HEAD.lock (a writer rewriting HEAD), HOLDS.lock and RETENTION.lock (docs/RETENTION.md). */
const ROOT_LOCKS = new Set(['HEAD.lock', 'HOLDS.lock', 'RETENTION.lock']);
/** A writer's temp file of an atomic rename of HEAD or LEDGER: `<name>.<pid>.tmp`. */
const ROOT_TEMP = /^(HEAD|LEDGER)\.[1-9][0-9]{0,9}\.tmp$/;
/** The shipper's cursors (`.ship/<sink>/`, not part of the record). */
const SHIP_DIR = '.ship';
const SHIP_FILE = /^(?:[^/]+\.cursor\.json|status\.json|LOCK)(?:\.[1-9][0-9]{0,9}\.tmp)?$/;
/** A stream's name (§1). */
export const STREAM_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
/** A torn tail the writer moved away: `<segment number>-<ms since epoch>.torn`. */
const TORN_NAME = /^\d{20}-\d{1,16}\.torn$/;
/** The most bytes a lock file holds: `{"pid":…,"host":…,"since":…}`. */
const LOCK_CAP = 4096;
/** How long a temp file of an atomic rename may take to go away (its writer renaming it). */
const TEMP_GRACE_MS = 250;

/** A layout finding: the file (relative to the ledger folder) and the reason. */
export interface LayoutProblem {
  file: string;
  reason: string;
  /** The stream whose folder holds it, when it is in one. */
  stream?: string;
}

function lstat(file: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * A lock file as `acquireLock()` writes it: empty (a writer killed between creating and filling
 * it) or exactly `{"pid":<n>,"host":"<host name>","since":"<RFC 3339>"}`, so nothing can be kept in it.
 */
export function lockContentProblem(file: string): string | undefined {
  const stat = lstat(file);
  if (!stat) return undefined;
  if (!stat.isFile()) return `is ${fileKind(stat)}, not a regular file`;
  if (stat.size === 0) return undefined;
  if (stat.size > LOCK_CAP) return `is ${stat.size} bytes, more than a lock file holds`;
  const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  let text: string;
  try {
    const buffer = Buffer.alloc(LOCK_CAP + 1);
    const n = fs.readSync(fd, buffer, 0, buffer.length, 0);
    text = buffer.toString('utf8', 0, n);
  } finally {
    fs.closeSync(fd);
  }
  if (text.length === 0) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'is not a lock file (not JSON: torn, or not written by a writer)';
  }
  const v = value as Record<string, unknown>;
  const keys = value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(v) : [];
  const ok = keys.length === 3 && typeof v.pid === 'number' && Number.isSafeInteger(v.pid) && v.pid > 0
    && typeof v.host === 'string' && /^[A-Za-z0-9._-]{1,253}$/.test(v.host)
    && typeof v.since === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?Z$/.test(v.since);
  return ok ? undefined : 'is not a lock file: a writer writes exactly {"pid","host","since"} in it';
}

/**
 * Checks the ledger folder's root and `streams/`: only the names of docs/FORMAT.md §1, each of its
 * kind; every entry of `streams/` a real folder with a stream's name (a hidden `.x` is refused
 * like any other name that is not a stream's). `isSignedHead(bytes)` tells whether a `HEAD.<pid>.tmp`
 * left behind holds a complete head signed by a trusted key for this ledger (harmless).
 */
export function checkRootLayout(dir: string, isSignedHead: (bytes: Buffer) => boolean): LayoutProblem | undefined {
  for (const name of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    const stat = lstat(file);
    if (!stat) continue;
    if (ROOT_FILES.has(name)) continue; // read whole, with their own kind and size checks
    if (name === STREAMS_DIR) {
      if (!stat.isDirectory()) return { file: name, reason: `${STREAMS_DIR} is ${fileKind(stat)}, not a folder (it must be a real folder inside the ledger)` };
      continue;
    }
    if (ROOT_LOCKS.has(name)) {
      const problem = lockContentProblem(file);
      if (problem) return { file: name, reason: `${name} ${problem}` };
      continue;
    }
    if (name === SHIP_DIR) {
      const problem = shipProblem(file);
      if (problem) return problem;
      continue;
    }
    if (ROOT_TEMP.test(name)) {
      const problem = tempProblem(file, name, isSignedHead);
      if (problem) return { file: name, reason: problem };
      continue;
    }
    return { file: name, reason: `unexpected ${stat.isDirectory() ? 'folder' : 'file'} ${name} in the ledger folder: not a name the writer creates (docs/FORMAT.md §1)` };
  }
  const root = path.join(dir, STREAMS_DIR);
  if (!lstat(root)?.isDirectory()) return undefined;
  for (const name of fs.readdirSync(root).sort()) {
    const file = path.join(root, name);
    const stat = lstat(file);
    if (!stat) continue;
    const rel = `${STREAMS_DIR}/${name}`;
    if (!STREAM_NAME.test(name)) return { file: rel, reason: `unexpected ${stat.isDirectory() ? 'folder' : 'file'} ${rel}: ${JSON.stringify(name)} is not a stream name (a hidden or unlisted stream; docs/FORMAT.md §1)` };
    if (stat.isSymbolicLink()) return { file: rel, stream: name, reason: `stream folder ${rel} is a symbolic link, not a folder (it must be a real folder inside the ledger)` };
    if (!stat.isDirectory()) return { file: rel, reason: `unexpected file in ${STREAMS_DIR}/: ${rel} is ${fileKind(stat)}, not a stream folder` };
  }
  return undefined;
}

/** A temp file of an atomic rename: gone within a moment (its writer renaming it), empty, or a signed head. */
function tempProblem(file: string, name: string, isSignedHead: (bytes: Buffer) => boolean): string | undefined {
  for (let waited = 0; ; waited += 50) {
    const stat = lstat(file);
    if (!stat) return undefined;
    if (!stat.isFile()) return `${name} is ${fileKind(stat)}, not a regular file`;
    if (stat.size === 0) return undefined;
    if (name.startsWith('HEAD.') && stat.size <= 16 * 1024 * 1024) {
      const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
      let bytes: Buffer;
      try {
        bytes = Buffer.alloc(stat.size);
        bytes = bytes.subarray(0, fs.readSync(fd, bytes, 0, stat.size, 0));
      } finally {
        fs.closeSync(fd);
      }
      if (isSignedHead(bytes)) return undefined;
    }
    if (waited >= TEMP_GRACE_MS) {
      return `${name} is a writer's temp file that is still there and is not a complete signed head (a writer killed while replacing ${name.split('.')[0]}, or planted); it is not part of the record: remove it`;
    }
    sleep(50);
  }
}

/** `.ship/<sink>/` folders holding cursor, status and lock files (and their temp files). */
function shipProblem(file: string): LayoutProblem | undefined {
  const stat = lstat(file) as fs.Stats;
  if (!stat.isDirectory()) return { file: SHIP_DIR, reason: `${SHIP_DIR} is ${fileKind(stat)}, not the shipper's folder` };
  for (const sink of fs.readdirSync(file)) {
    const sinkDir = path.join(file, sink);
    const rel = `${SHIP_DIR}/${sink}`;
    if (!lstat(sinkDir)?.isDirectory()) return { file: rel, reason: `${rel} is not a real folder (the shipper keeps one folder per sink in ${SHIP_DIR})` };
    for (const name of fs.readdirSync(sinkDir)) {
      const s = lstat(path.join(sinkDir, name));
      if (s && (!s.isFile() || !SHIP_FILE.test(name))) return { file: `${rel}/${name}`, reason: `unexpected ${s.isFile() ? 'file' : fileKind(s)} ${rel}/${name}: the shipper keeps only <stream>.cursor.json, status.json and LOCK there` };
    }
  }
  return undefined;
}

/**
 * Checks one stream folder: segments, checkpoints.jsonl and pruned.jsonl regular files (an
 * empty pruned.jsonl is never written), writer.lock a lock file in any state of the stream,
 * recovered/ a real folder of `<segment>-<ms>.torn` files, and nothing else (no `*.tmp`: no
 * writer renames anything in a stream folder).
 */
export function checkStreamLayout(dir: string, stream: string): LayoutProblem | undefined {
  const sdir = path.join(dir, STREAMS_DIR, stream);
  const rel = (name: string) => `${STREAMS_DIR}/${stream}/${name}`;
  for (const name of fs.readdirSync(sdir).sort()) {
    const file = path.join(sdir, name);
    const stat = lstat(file);
    if (!stat) continue;
    if (SEGMENT_NAME.test(name) || name === CHECKPOINTS_FILE || name === PRUNED_FILE) {
      if (!stat.isFile()) return { stream, file: rel(name), reason: `${rel(name)} is ${fileKind(stat)}, not a regular file` };
      if (name === PRUNED_FILE && stat.size === 0) return { stream, file: rel(name), reason: `${rel(name)} is empty: retention only creates it by appending a signed record` };
      continue;
    }
    if (name === LOCK_FILE) {
      const problem = lockContentProblem(file);
      if (problem) return { stream, file: rel(name), reason: `${rel(name)} ${problem}` };
      continue;
    }
    if (name === RECOVERED_DIR) {
      if (!stat.isDirectory()) return { stream, file: rel(name), reason: `${rel(name)} is ${fileKind(stat)}, not a folder` };
      for (const torn of fs.readdirSync(file).sort()) {
        const s = lstat(path.join(file, torn));
        if (!s) continue;
        const where = rel(`${RECOVERED_DIR}/${torn}`);
        if (!TORN_NAME.test(torn)) return { stream, file: where, reason: `unexpected ${s.isDirectory() ? 'folder' : 'file'} ${where}: the writer only moves torn tails there, as <segment>-<ms>.torn` };
        if (!s.isFile()) return { stream, file: where, reason: `${where} is ${fileKind(s)}, not a regular file` };
      }
      continue;
    }
    return { stream, file: rel(name), reason: `unexpected ${stat.isDirectory() ? 'folder' : 'file'} in the stream folder: ${rel(name)} is not a name the writer creates (docs/FORMAT.md §1)` };
  }
  return undefined;
}

/**
 * Segments start where the writer started them (docs/FORMAT.md §1): each checkpoint record lists
 * the first seqs of the segment files that start among the events it adds (from the previous
 * record's size to its own), as the writer found them when it signed, and the records' bytes are
 * committed to by the signed head. The segment starts in that range must be exactly those: one
 * segment split into two files (or two joined) is found here. Records without the list (older
 * writers), and ranges retention pruned, are not checked.
 */
export function checkSegmentBoundaries(
  dir: string,
  segments: ReadonlyArray<{ file: string; firstSeq: number }>,
  checkpoints: ReadonlyArray<{ size: number; segments?: unknown }>,
): { seq: number; file: string; reason: string } | undefined {
  const first = segments[0]?.firstSeq ?? 0;
  let from = 0;
  for (const [i, cp] of checkpoints.entries()) {
    const to = cp.size;
    const listed = cp.segments;
    const start = from;
    from = typeof to === 'number' ? to : from;
    // Sizes that do not grow (a duplicated record) are the checkpoint check's finding, not this one's.
    if (!Array.isArray(listed) || typeof to !== 'number' || start < first || to <= start) continue;
    const present = segments.filter((s) => s.firstSeq >= start && s.firstSeq < to);
    const extra = present.find((s) => !listed.includes(s.firstSeq));
    const missing = listed.find((k) => !present.some((s) => s.firstSeq === k));
    if (extra === undefined && missing === undefined) continue;
    const rel = (file: string) => path.relative(dir, file).split(path.sep).join('/');
    const where = `checkpoint ${i + 1} (size ${to}) lists the segments starting at ${listed.length > 0 ? listed.join(', ') : 'none'} among seqs ${start} to ${to - 1}`;
    if (extra) return { seq: extra.firstSeq, file: extra.file, reason: `segment ${rel(extra.file)} starts at seq ${extra.firstSeq} where the writer did not start one: ${where} (a segment was split)` };
    const holder = [...segments].reverse().find((s) => s.firstSeq < (missing as number)) ?? segments[0];
    return { seq: missing as number, file: holder?.file ?? dir, reason: `no segment starts at seq ${missing} where the writer started one: ${where} (segments were joined)` };
  }
  return undefined;
}
