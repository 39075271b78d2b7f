import fs from 'node:fs';
import path from 'node:path';
import type { AuditEvent } from '../spec/event.js';
import { AuditError, LedgerFormatError } from '../spec/errors.js';
import { requireOptions } from '../internal/options.js';
import { CHECKPOINTS_FILE, STREAMS_DIR, listSegments, readLedgerInfo, streamDir } from './layout.js';
import { readCheckpointFile, type StoredCheckpoint } from './file-ledger.js';
import { parseLine } from './lines.js';
import { lineShapeProblem } from './nesting.js';

/**
 * Streams a file's lines as byte ranges, a chunk's worth at a time (1 MiB reads): one await per
 * chunk, not per line, and no decoding for callers that only hash the bytes. A line that spans
 * chunks is kept as a list of its pieces and joined once, when its newline arrives, so the
 * cost is linear in the line's length (joining at every chunk made a 192 MB line quadratic).
 */
/** The longest line (one event, without its newline) a reader accepts: 256 MiB (docs/FORMAT.md §1). */
export const MAX_LINE_BYTES = 256 * 1024 * 1024;

export async function* readFileLineChunks(file: string, maxLineBytes = MAX_LINE_BYTES): AsyncGenerator<Buffer[]> {
  const stat = fs.lstatSync(file);
  if (!stat.isFile()) throw new LedgerFormatError({ file, message: `${file} is ${fileKind(stat)}, not a regular file` });
  const stream = fs.createReadStream(file, { highWaterMark: 1024 * 1024 });
  const tooLong = () => {
    stream.destroy();
    return new LedgerFormatError({ file, message: `${path.basename(file)} holds a line longer than ${maxLineBytes} bytes (the longest event a reader accepts)` });
  };
  let pieces: Buffer[] = [];
  let pending = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const buffer = chunk;
    const lines: Buffer[] = [];
    let start = 0;
    if (pending > 0) {
      const end = buffer.indexOf(0x0a);
      if (end < 0) {
        pieces.push(buffer);
        pending += buffer.length;
        if (pending > maxLineBytes) throw tooLong();
        continue;
      }
      if (pending + end > maxLineBytes) throw tooLong();
      pieces.push(buffer.subarray(0, end));
      lines.push(Buffer.concat(pieces, pending + end));
      pieces = [];
      pending = 0;
      start = end + 1;
    }
    for (let end = buffer.indexOf(0x0a, start); end >= 0; end = buffer.indexOf(0x0a, start)) {
      if (end - start > maxLineBytes) throw tooLong();
      lines.push(buffer.subarray(start, end));
      start = end + 1;
    }
    if (start < buffer.length) {
      pieces = [buffer.subarray(start)];
      pending = buffer.length - start;
      if (pending > maxLineBytes) throw tooLong();
    }
    if (lines.length > 0) yield lines;
  }
  if (pending > 0) yield [Buffer.concat(pieces, pending)];
}

/** What a non-regular file is, for messages ("a FIFO", "a directory", "a symbolic link"). */
export function fileKind(stat: fs.Stats): string {
  if (stat.isFile()) return 'a regular file';
  if (stat.isDirectory()) return 'a directory';
  if (stat.isSymbolicLink()) return 'a symbolic link';
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * Reads a small file (marker, head, key, state) after checking it is a regular file (not a FIFO,
 * device, directory or symbolic link) no larger than `cap` bytes. Undefined when it does not
 * exist; throws LedgerFormatError naming the file otherwise.
 */
export function readSmallFile(file: string, cap: number): Buffer | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new LedgerFormatError({ file, message: `cannot read ${file}: ${(error as Error).message}` });
  }
  if (!stat.isFile()) throw new LedgerFormatError({ file, message: `${path.basename(file)} is ${fileKind(stat)}, not a regular file` });
  if (stat.size > cap) throw new LedgerFormatError({ file, message: `${path.basename(file)} is ${stat.size} bytes, more than the ${cap} a valid one can hold` });
  const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  try {
    const buffer = Buffer.alloc(cap + 1);
    let n = 0;
    for (let r = -1; r !== 0 && n <= cap; n += r) r = fs.readSync(fd, buffer, n, cap + 1 - n, null);
    if (n > cap) throw new LedgerFormatError({ file, message: `${path.basename(file)} grew past ${cap} bytes while being read` });
    return buffer.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The entries of a ledger's `streams/` folder (`root`), sorted, after checking the ledger's marker;
 * `undefined` when the folder does not exist yet. Dot-files are the caller's to skip.
 * @throws LedgerFormatError when the folder cannot be read
 */
async function streamEntries(dir: string, root: string): Promise<string[] | undefined> {
  readLedgerInfo(dir);
  try {
    return (await fs.promises.readdir(root)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new LedgerFormatError({ file: root, message: `cannot read ${root}: ${(error as Error).message}` });
  }
}

/**
 * The streams of a ledger folder.
 *
 * @example
 * ```ts
 * for (const stream of await listStreams('./audit')) console.log(stream);
 * ```
 */
export async function listStreams(dir: string): Promise<string[]> {
  const root = path.join(dir, STREAMS_DIR);
  const names = await streamEntries(dir, root);
  if (names === undefined) return [];
  const out: string[] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const stat = await fs.promises.stat(path.join(root, name));
    if (!stat.isDirectory()) throw new LedgerFormatError({ file: path.join(root, name), message: `unexpected file in ${root}: ${name}` });
    out.push(name);
  }
  return out;
}

/** A file of a ledger a tolerant reader left out, and why (`streams/x is a FIFO, not a stream folder`). */
export interface LeftOut {
  file: string;
  reason: string;
}

/**
 * The streams of a ledger folder for a reader that keeps going: what `streams/` holds besides
 * stream folders (a FIFO, a plain file, a symbolic link, a device, anything with a hidden name
 * such as `.hidden/` or `.DS_Store`) is left out and named instead of failing the whole read
 * (`listStreams` refuses it, or skips a hidden name; verification reports it as a change).
 * Never opens what it leaves out, so a FIFO cannot hang it.
 */
export async function listStreamsLeavingOut(dir: string): Promise<{ streams: string[]; leftOut: LeftOut[] }> {
  const root = path.join(dir, STREAMS_DIR);
  const names = await streamEntries(dir, root);
  if (names === undefined) return { streams: [], leftOut: [] };
  const streams: string[] = [];
  const leftOut: LeftOut[] = [];
  for (const name of names) {
    const file = path.join(root, name);
    const stat = await fs.promises.lstat(file);
    // No writer puts a dot name in streams/ (a stream's name starts with a letter or digit):
    // `.hidden`, `.DS_Store`, a `.git` are named as left out, as verify reports them.
    if (name.startsWith('.')) leftOut.push({ file, reason: `${STREAMS_DIR}/${name} is ${fileKind(stat)} with a hidden name, not a stream folder (${JSON.stringify(name)} is not a stream name)` });
    else if (stat.isDirectory()) streams.push(name);
    else leftOut.push({ file, reason: `${STREAMS_DIR}/${name} is ${fileKind(stat)}, not a stream folder` });
  }
  return { streams, leftOut };
}

/**
 * The events of one stream, leaving out what cannot be read: a segment that is not a regular file
 * (a directory, FIFO or symbolic link planted in the stream folder), a line over 256 MiB or a line
 * that is not a JSON event ends that segment's reading, is named through `onLeftOut`, and the next
 * segment is read. A missing stream folder is named too.
 */
export async function* readEventsLeavingOut(dir: string, stream: string, onLeftOut: (leftOut: LeftOut) => void): AsyncGenerator<AuditEvent> {
  const sdir = streamDir(dir, stream);
  let segments: Array<{ file: string }>;
  try {
    segments = listSegments(sdir).segments;
  } catch (error) {
    onLeftOut({ file: sdir, reason: (error as Error).message });
    return;
  }
  for (const { file } of segments) {
    let lineNumber = 0;
    try {
      for await (const chunk of readFileLineChunks(file)) {
        for (const bytes of chunk) {
          lineNumber++;
          const shape = lineShapeProblem(bytes);
          if (shape) throw new LedgerFormatError({ file, message: `${path.basename(file)} line ${lineNumber}: ${shape}` });
          const event = parseLine(bytes.toString('utf8'));
          if (!event) throw new LedgerFormatError({ file, message: `${path.basename(file)} line ${lineNumber} is not a JSON event` });
          yield event;
        }
      }
    } catch (error) {
      if (!(error instanceof LedgerFormatError)) throw error;
      const rel = path.relative(dir, file);
      const message = error.message.startsWith(file) ? `${rel}${error.message.slice(file.length)}` : error.message;
      onLeftOut({ file, reason: `${message}${lineNumber > 0 ? ' (the rest of this segment left out)' : ''}` });
    }
  }
}

/** Options of `readEvents()`. */
export interface ReadEventsOptions {
  /**
   * The stream to read. Default: the ledger's only stream; a ledger with several streams needs
   * it (the error names them; `queryLedger()` reads all streams at once).
   */
  stream?: string;
  /** First seq to return (segments before it are skipped unread). */
  fromSeq?: number;
}

/**
 * Streams the events of one stream in seq order, without loading the ledger into memory.
 * Lines that are not JSON objects raise a LedgerFormatError naming the file. Without
 * `options.stream`, the ledger's only stream is read (several streams: AuditError `invalid_options`).
 *
 * @example
 * ```ts
 * for await (const event of readEvents('./audit', { stream: 'claims-bot', fromSeq: 1000 })) ship(event);
 * ```
 */
export async function* readEvents(dir: string, options: ReadEventsOptions = {}): AsyncGenerator<AuditEvent> {
  requireOptions('readEvents', options, 'options { stream?, fromSeq? }');
  const fromSeq = options.fromSeq ?? 0;
  let stream = options.stream;
  if (stream === undefined) {
    const streams = await listStreams(dir);
    if (streams.length !== 1) {
      throw new AuditError({
        code: 'invalid_options',
        message: streams.length === 0
          ? `readEvents: ${dir} holds no stream yet`
          : `readEvents needs options.stream: ${dir} holds ${streams.length} streams (${streams.slice(0, 10).join(', ')}${streams.length > 10 ? ', …' : ''}); queryLedger() reads them all`,
      });
    }
    stream = streams[0] as string;
  }
  for await (const { event } of readStreamLines(dir, stream, fromSeq)) {
    if (event.seq >= fromSeq) yield event;
  }
}

/** Lines with their parsed events (internal: verification and shipping use the raw line too). */
export async function* readStreamLines(dir: string, stream: string, fromSeq = 0): AsyncGenerator<{ line: string; event: AuditEvent; file: string }> {
  const sdir = streamDir(dir, stream);
  if (!fs.existsSync(sdir)) throw new LedgerFormatError({ file: sdir, message: `stream ${stream} does not exist in ${dir}` });
  const { segments } = listSegments(sdir);
  let start = 0;
  for (let i = 0; i < segments.length; i++) if ((segments[i] as { firstSeq: number }).firstSeq <= fromSeq) start = i;
  for (let i = start; i < segments.length; i++) {
    const { file } = segments[i] as { file: string };
    let lineNumber = 0;
    for await (const chunk of readFileLineChunks(file)) {
      for (const bytes of chunk) {
        lineNumber++;
        const shape = lineShapeProblem(bytes);
        if (shape) throw new LedgerFormatError({ file, message: `${file} line ${lineNumber}: ${shape}` });
        const line = bytes.toString('utf8');
        const event = parseLine(line);
        if (!event) throw new LedgerFormatError({ file, message: `${file} line ${lineNumber} is not a JSON event` });
        yield { line, event, file };
      }
    }
  }
}

/**
 * The signed checkpoints of a stream, oldest first.
 *
 * @example
 * ```ts
 * const [latest] = (await readCheckpoints('./audit', 'claims-bot')).slice(-1);
 * ```
 */
export async function readCheckpoints(dir: string, stream: string): Promise<StoredCheckpoint[]> {
  return readCheckpointFile(path.join(streamDir(dir, stream), CHECKPOINTS_FILE));
}
