import { mkdir, open, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GENESIS_HASH } from '../../spec/event.js';
import { ShipError } from '../errors.js';

/** Where shipping of one stream to one sink stands. Written only after the sink committed. */
export interface Cursor {
  v: 1;
  stream: string;
  /** Next seq to ship: every event with a lower seq is committed at the sink. */
  nextSeq: number;
  /** Hash of event `nextSeq - 1` (genesis for 0): the next event's `prev` must equal it. */
  lastHash: string;
  /** Largest checkpoint size shipped (0: none). */
  checkpointSize: number;
  updatedAt: string;
}

export function cursorFile(cursorDir: string, stream: string): string {
  return join(cursorDir, `${encodeURIComponent(stream)}.cursor.json`);
}

export function initialCursor(stream: string): Cursor {
  return { v: 1, stream, nextSeq: 0, lastHash: GENESIS_HASH, checkpointSize: 0, updatedAt: new Date(0).toISOString() };
}

export async function readCursor(cursorDir: string, stream: string): Promise<Cursor> {
  const file = cursorFile(cursorDir, stream);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return initialCursor(stream);
    throw new ShipError({ stream, message: `cannot read cursor ${file}`, cause: error });
  }
  let parsed: Partial<Cursor>;
  try {
    parsed = JSON.parse(text) as Partial<Cursor>;
  } catch (error) {
    throw new ShipError({ stream, code: 'cursor_corrupt', message: `cursor ${file} is not JSON; remove it to reship the stream from seq 0 (sinks deduplicate)`, cause: error });
  }
  if (parsed.v !== 1 || parsed.stream !== stream || !Number.isSafeInteger(parsed.nextSeq) || (parsed.nextSeq ?? -1) < 0 || typeof parsed.lastHash !== 'string' || !/^[0-9a-f]{64}$/.test(parsed.lastHash)) {
    throw new ShipError({ stream, code: 'cursor_corrupt', message: `cursor ${file} is malformed; remove it to reship the stream from seq 0 (sinks deduplicate)` });
  }
  return { v: 1, stream, nextSeq: parsed.nextSeq!, lastHash: parsed.lastHash, checkpointSize: Number.isSafeInteger(parsed.checkpointSize) ? parsed.checkpointSize! : 0, updatedAt: String(parsed.updatedAt ?? '') };
}

/** Atomic and durable replacement: write a temp file, fsync it, rename over, fsync the folder. */
export async function writeFileAtomic(file: string, dir: string, text: string, durable = true): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  const handle = await open(temp, 'w', 0o600);
  try {
    await handle.writeFile(text, 'utf8');
    if (durable) await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, file);
  if (durable) {
    const folder = await open(dir, 'r');
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  }
}

export async function writeCursor(cursorDir: string, cursor: Cursor): Promise<void> {
  await writeFileAtomic(cursorFile(cursorDir, cursor.stream), cursorDir, JSON.stringify(cursor) + '\n');
}

/**
 * One shipper per cursor folder: a lock file holding the owner's pid. A lock whose process is
 * gone (e.g. after SIGKILL) is taken over.
 */
export async function acquireLock(cursorDir: string): Promise<() => Promise<void>> {
  await mkdir(cursorDir, { recursive: true, mode: 0o700 });
  const file = join(cursorDir, 'LOCK');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(file, `${process.pid}\n`, { flag: 'wx', mode: 0o600 });
      return async () => {
        await unlink(file).catch(() => undefined);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(await readFile(file, 'utf8').catch(() => ''), 10);
      if (Number.isSafeInteger(owner) && owner > 0 && (owner === process.pid || isAlive(owner))) {
        throw new ShipError({ code: 'shipper_locked', message: `another shipper (pid ${owner}) owns ${cursorDir}` });
      }
      await unlink(file).catch(() => undefined);
    }
  }
  throw new ShipError({ code: 'shipper_locked', message: `cannot lock ${cursorDir}` });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
