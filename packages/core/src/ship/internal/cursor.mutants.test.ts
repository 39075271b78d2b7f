// Ship-cursor promises left open by cursor.test.ts (issue 13, from surviving mutants): a cursor
// whose lastHash is not a string is refused; writing cursors for days keeps no descriptor
// open; a lock that cannot be created for another reason than "held" says so.
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireLock, cursorFile, readCursor, writeCursor, writeFileAtomic } from './cursor.js';

const root = fs.mkdtempSync(join(tmpdir(), 'aa-cursor-m-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
let n = 0;
const fresh = (): string => {
  const dir = join(root, `c${n++}`);
  fs.mkdirSync(dir);
  return dir;
};
const HASH = 'ab'.repeat(32);

async function outcome(promise: Promise<unknown>): Promise<string> {
  return promise.then(() => 'resolved', (error: { code?: string; message?: string }) => `${error.code}: ${error.message}`);
}

describe('ship cursor', () => {
  it('refuses a lastHash that is not a string, even one that prints as a hash', async () => {
    const dir = fresh();
    fs.writeFileSync(cursorFile(dir, 'bot'), JSON.stringify({ v: 1, stream: 'bot', nextSeq: 3, lastHash: [HASH], checkpointSize: 0 }));
    expect(await outcome(readCursor(dir, 'bot'))).toMatch(/^cursor_corrupt: cursor .* is malformed; remove it to reship the stream from seq 0/);
  });

  it.runIf(fs.existsSync('/proc/self/fd'))('closes every file and folder it opens to write a cursor, durable or not', async () => {
    const dir = fresh();
    const open = () => fs.readdirSync('/proc/self/fd').length;
    await writeCursor(dir, { v: 1, stream: 'bot', nextSeq: 0, lastHash: HASH, checkpointSize: 0, updatedAt: '' });
    const before = open();
    for (let i = 1; i <= 20; i++) {
      await writeCursor(dir, { v: 1, stream: 'bot', nextSeq: i, lastHash: HASH, checkpointSize: 0, updatedAt: '' });
      await writeFileAtomic(join(dir, 'other'), dir, `${i}`, false);
    }
    expect(open()).toBe(before);
    expect((await readCursor(dir, 'bot')).nextSeq).toBe(20);
  });

  it.runIf(fs.existsSync('/proc/self'))('reports a lock it cannot create as that error, not as "another shipper owns it"', async () => {
    // /proc/self exists, but no file can be created in it: ENOENT, not EEXIST.
    const result = await outcome(acquireLock('/proc/self'));
    expect(result).not.toMatch(/^shipper_locked/);
    expect(result).toMatch(/^E[A-Z]+: /);
  });
});
