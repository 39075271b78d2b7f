import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GENESIS_HASH } from '../../spec/event.js';
import { acquireLock, cursorFile, initialCursor, readCursor, writeCursor, writeFileAtomic, type Cursor } from './cursor.js';

const root = mkdtempSync(join(tmpdir(), 'aa-cursor-'));
let n = 0;
const fresh = (): string => {
  const dir = join(root, `c${n++}`);
  mkdirSync(dir);
  return dir;
};
afterAll(() => rmSync(root, { recursive: true, force: true }));

const HASH = 'ab'.repeat(32);
const valid: Cursor = { v: 1, stream: 'bot', nextSeq: 7, lastHash: HASH, checkpointSize: 5, updatedAt: '2026-01-01T00:00:00.000Z' };

async function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(() => 'resolved', (error: { code?: string; message?: string }) => `${error.code}: ${error.message}`);
}

describe('ship cursor', () => {
  it('starts at seq 0 and the genesis hash when there is no cursor', async () => {
    expect(await readCursor(fresh(), 'bot')).toEqual({ v: 1, stream: 'bot', nextSeq: 0, lastHash: GENESIS_HASH, checkpointSize: 0, updatedAt: '1970-01-01T00:00:00.000Z' });
    expect(initialCursor('x').stream).toBe('x');
  });

  it('writes atomically and reads back what it wrote, under a file name safe for any stream name', async () => {
    const dir = fresh();
    await writeCursor(dir, { ...valid, stream: 'a/b c' });
    expect(readdirSync(dir)).toEqual(['a%2Fb%20c.cursor.json']);
    expect(cursorFile(dir, 'a/b c')).toBe(join(dir, 'a%2Fb%20c.cursor.json'));
    expect(readFileSync(join(dir, 'a%2Fb%20c.cursor.json'), 'utf8')).toBe(JSON.stringify({ ...valid, stream: 'a/b c' }) + '\n');
    expect(await readCursor(dir, 'a/b c')).toEqual({ ...valid, stream: 'a/b c' });
  });

  it('keeps nothing but the target after an atomic write, durable or not', async () => {
    const dir = fresh();
    await writeFileAtomic(join(dir, 'f'), dir, 'one', false);
    await writeFileAtomic(join(dir, 'f'), dir, 'two');
    expect(readdirSync(dir)).toEqual(['f']);
    expect(readFileSync(join(dir, 'f'), 'utf8')).toBe('two');
  });

  it.each([
    ['v', { ...valid, v: 2 }],
    ['stream', { ...valid, stream: 'other' }],
    ['nextSeq (fraction)', { ...valid, nextSeq: 1.5 }],
    ['nextSeq (negative)', { ...valid, nextSeq: -1 }],
    ['nextSeq (missing)', { ...valid, nextSeq: undefined }],
    ['lastHash (missing)', { ...valid, lastHash: undefined }],
    ['lastHash (uppercase)', { ...valid, lastHash: HASH.toUpperCase() }],
    ['lastHash (prefixed)', { ...valid, lastHash: `x${HASH}` }],
    ['lastHash (suffixed)', { ...valid, lastHash: `${HASH}x` }],
    ['lastHash (short)', { ...valid, lastHash: HASH.slice(1) }],
  ])('refuses a cursor with a bad %s', async (_label, cursor) => {
    const dir = fresh();
    writeFileSync(cursorFile(dir, 'bot'), JSON.stringify(cursor));
    expect(await codeOf(readCursor(dir, 'bot'))).toMatch(/^cursor_corrupt: cursor .* is malformed; remove it to reship the stream from seq 0/);
  });

  it('accepts seq 0 and fills a missing checkpoint size and time', async () => {
    const dir = fresh();
    writeFileSync(cursorFile(dir, 'bot'), JSON.stringify({ v: 1, stream: 'bot', nextSeq: 0, lastHash: HASH, checkpointSize: 'x' }));
    expect(await readCursor(dir, 'bot')).toEqual({ v: 1, stream: 'bot', nextSeq: 0, lastHash: HASH, checkpointSize: 0, updatedAt: '' });
  });

  it('refuses a cursor that is not JSON, and one it cannot read', async () => {
    const dir = fresh();
    writeFileSync(cursorFile(dir, 'bot'), '{"v":1,');
    expect(await codeOf(readCursor(dir, 'bot'))).toMatch(/^cursor_corrupt: cursor .* is not JSON; remove it/);
    mkdirSync(cursorFile(dir, 'dir'));
    expect(await codeOf(readCursor(dir, 'dir'))).toMatch(/: cannot read cursor /);
  });

  it('locks the folder for one shipper, takes over a dead owner\'s or an unreadable lock, and releases', async () => {
    const dir = join(fresh(), 'nested');
    const release = await acquireLock(dir);
    expect(readFileSync(join(dir, 'LOCK'), 'utf8')).toBe(`${process.pid}\n`);
    expect(await codeOf(acquireLock(dir))).toBe(`shipper_locked: another shipper (pid ${process.pid}) owns ${dir}`);
    await release();
    expect(readdirSync(dir)).toEqual([]);

    writeFileSync(join(dir, 'LOCK'), `${process.ppid}\n`); // a live process that is not us
    expect(await codeOf(acquireLock(dir))).toBe(`shipper_locked: another shipper (pid ${process.ppid}) owns ${dir}`);

    for (const stale of ['2147483646\n', 'not a pid\n', '0\n', '-5\n']) {
      writeFileSync(join(dir, 'LOCK'), stale);
      const again = await acquireLock(dir);
      expect(readFileSync(join(dir, 'LOCK'), 'utf8'), `after ${JSON.stringify(stale)}`).toBe(`${process.pid}\n`);
      await again();
    }
  });
});
