// The small ledger files' promises (issue 13, from surviving mutants): the writer/head lock
// (lock.ts), the folder layout and LEDGER marker (layout.ts), and reading files, streams and
// events (read.ts). In-process only; every result and error is asserted exactly.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { acquireLock, acquireLockWaiting } from './lock.js';
import {
  CHECKPOINTS_FILE, LEDGER_FILE, LEDGER_FORMAT, LOCK_FILE, PRUNED_FILE, RECOVERED_DIR, SEGMENT_NAME, STREAMS_DIR, VERIFIER_KEY_FILE,
  fsyncDir, initLedgerDir, listSegments, readLedgerInfo, readVerifierKeys, segmentName, streamDir,
} from './layout.js';
import { MAX_LINE_BYTES, fileKind, listStreams, readCheckpoints, readEvents, readFileLineChunks, readSmallFile, readStreamLines } from './read.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-ledger-files-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
let n = 0;
const fresh = (): string => {
  const dir = path.join(root, `d${n++}`);
  fs.mkdirSync(dir);
  return dir;
};
const MiB = 1024 * 1024;
// No process has this pid (above Linux's largest pid_max, 2^22).
const DEAD_PID = 2 ** 22 + 12345;

function failure(run: () => unknown): string {
  try {
    run();
    return 'returned';
  } catch (error) {
    const code = (error as { code?: string }).code;
    return `${code ? `${code}: ` : ''}${(error as Error).message}`;
  }
}
async function failureOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return 'returned';
  } catch (error) {
    const code = (error as { code?: string }).code;
    return `${code ? `${code}: ` : ''}${(error as Error).message}`;
  }
}
const lockedMessage = (file: string, pid: unknown, host: unknown, since: unknown): string =>
  `ledger_locked: stream is locked by pid ${pid} on ${host} since ${since} (${file}); one writer per stream: give this process another stream name`;

describe('acquireLock', () => {
  it('creates the lock file with this pid, host and time, and the release removes it once', () => {
    const file = path.join(fresh(), LOCK_FILE);
    const before = Date.now();
    const release = acquireLock(file);
    const info = JSON.parse(fs.readFileSync(file, 'utf8')) as { pid: number; host: string; since: string };
    expect(Object.keys(info)).toEqual(['pid', 'host', 'since']);
    expect(info.pid).toBe(process.pid);
    expect(info.host).toBe(os.hostname());
    expect(new Date(info.since).toISOString()).toBe(info.since);
    expect(Date.parse(info.since)).toBeGreaterThanOrEqual(before - 1);
    expect(Date.parse(info.since)).toBeLessThanOrEqual(Date.now());
    expect((fs.statSync(file).mode & 0o777) & ~0o644).toBe(0);
    release();
    expect(fs.existsSync(file)).toBe(false);
    // A second release after someone else took the lock leaves their lock alone.
    fs.writeFileSync(file, JSON.stringify({ pid: process.pid, host: os.hostname(), since: 'x' }));
    release();
    expect(fs.readFileSync(file, 'utf8')).toBe(JSON.stringify({ pid: process.pid, host: os.hostname(), since: 'x' }));
  });

  it('a release leaves a lock another process holds now, and ignores a lock already gone', () => {
    const file = path.join(fresh(), LOCK_FILE);
    const release = acquireLock(file);
    const other = JSON.stringify({ pid: process.ppid, host: os.hostname(), since: 's' });
    fs.writeFileSync(file, other);
    release();
    expect(fs.readFileSync(file, 'utf8')).toBe(other);
    const release2 = (fs.unlinkSync(file), acquireLock(file));
    fs.unlinkSync(file);
    expect(() => release2()).not.toThrow();
    expect(fs.existsSync(file)).toBe(false);
  });

  it('refuses a lock held by a live process on this host, naming pid, host, time and file', () => {
    const file = path.join(fresh(), LOCK_FILE);
    const text = JSON.stringify({ pid: process.ppid, host: os.hostname(), since: '2026-01-01T00:00:00.000Z' });
    fs.writeFileSync(file, text);
    expect(failure(() => acquireLock(file))).toBe(lockedMessage(file, process.ppid, os.hostname(), '2026-01-01T00:00:00.000Z'));
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
  });

  it('refuses a lock this very process holds (one writer per stream, even in one process)', () => {
    const file = path.join(fresh(), LOCK_FILE);
    const release = acquireLock(file);
    const since = (JSON.parse(fs.readFileSync(file, 'utf8')) as { since: string }).since;
    expect(failure(() => acquireLock(file))).toBe(lockedMessage(file, process.pid, os.hostname(), since));
    release();
    expect(fs.existsSync(file)).toBe(false);
  });

  it('refuses a lock of a dead pid on another host (its liveness cannot be known here)', () => {
    const file = path.join(fresh(), LOCK_FILE);
    fs.writeFileSync(file, JSON.stringify({ pid: DEAD_PID, host: `not-${os.hostname()}`, since: 's' }));
    expect(failure(() => acquireLock(file))).toBe(lockedMessage(file, DEAD_PID, `not-${os.hostname()}`, 's'));
  });

  it('refuses a lock of a live pid with no host (same host assumed), saying undefined', () => {
    const file = path.join(fresh(), LOCK_FILE);
    fs.writeFileSync(file, JSON.stringify({ pid: process.ppid }));
    expect(failure(() => acquireLock(file))).toBe(lockedMessage(file, process.ppid, undefined, undefined));
  });

  it('refuses a lock of pid 1 (alive; only root may signal it, EPERM counts as alive)', () => {
    const file = path.join(fresh(), LOCK_FILE);
    fs.writeFileSync(file, JSON.stringify({ pid: 1, host: os.hostname(), since: 's' }));
    expect(failure(() => acquireLock(file))).toBe(lockedMessage(file, 1, os.hostname(), 's'));
  });

  it.each([
    ['a dead pid on this host', JSON.stringify({ pid: DEAD_PID, host: os.hostname(), since: 's' })],
    ['a dead pid with no host', JSON.stringify({ pid: DEAD_PID })],
    ['an empty file', ''],
    ['a torn file', '{"pid":12'],
    ['a pid that is not a number', JSON.stringify({ pid: String(process.ppid), host: os.hostname() })],
  ])('takes over a stale lock: %s', (_, text) => {
    const file = path.join(fresh(), LOCK_FILE);
    fs.writeFileSync(file, text);
    const release = acquireLock(file);
    expect((JSON.parse(fs.readFileSync(file, 'utf8')) as { pid: number }).pid).toBe(process.pid);
    release();
    expect(fs.existsSync(file)).toBe(false);
  });

  it('says ledger_lock with the cause when the lock file cannot be created', () => {
    const file = path.join(root, 'missing-folder', LOCK_FILE);
    let caught: unknown;
    try {
      acquireLock(file);
    } catch (error) {
      caught = error;
    }
    expect(failure(() => { throw caught; })).toBe(`ledger_lock: cannot create lock ${file}: ENOENT: no such file or directory, open '${file}'`);
    expect(((caught as Error).cause as { code: string }).code).toBe('ENOENT');
  });

  it('gives up after three attempts when the stale lock cannot be removed', () => {
    const file = path.join(fresh(), LOCK_FILE);
    fs.mkdirSync(file); // exists (EEXIST), unreadable as JSON (stale), and unlinkSync fails
    expect(failure(() => acquireLock(file))).toBe(`ledger_locked: could not take lock ${file}`);
    expect(fs.statSync(file).isDirectory()).toBe(true);
  });
});

describe('acquireLockWaiting', () => {
  it('takes a free lock at once', async () => {
    const file = path.join(fresh(), LOCK_FILE);
    const release = await acquireLockWaiting(file);
    expect((JSON.parse(fs.readFileSync(file, 'utf8')) as { pid: number }).pid).toBe(process.pid);
    release();
    expect(fs.existsSync(file)).toBe(false);
  });

  it('waits while the lock is held and takes it once released', async () => {
    const file = path.join(fresh(), LOCK_FILE);
    const first = acquireLock(file);
    let tries = 0;
    const poll = setInterval(() => {
      if (++tries === 3) first();
    }, 5);
    try {
      const release = await acquireLockWaiting(file, 10_000, 1);
      expect(tries).toBeGreaterThanOrEqual(3);
      release();
    } finally {
      clearInterval(poll);
    }
    expect(fs.existsSync(file)).toBe(false);
  });

  it('throws the ledger_locked error once the timeout has passed', async () => {
    const file = path.join(fresh(), LOCK_FILE);
    fs.writeFileSync(file, JSON.stringify({ pid: process.ppid, host: 'h', since: 's' }));
    const start = Date.now();
    expect(await failureOf(() => acquireLockWaiting(file, 30, 1))).toBe(lockedMessage(file, process.ppid, 'h', 's'));
    expect(Date.now() - start).toBeGreaterThanOrEqual(30);
  });

  it('throws any other error at once, without waiting', async () => {
    const file = path.join(root, 'no-such-folder', LOCK_FILE);
    const start = Date.now();
    expect(await failureOf(() => acquireLockWaiting(file, 60_000, 1))).toBe(`ledger_lock: cannot create lock ${file}: ENOENT: no such file or directory, open '${file}'`);
    expect(Date.now() - start).toBeLessThan(5_000);
  });
});

describe('layout names', () => {
  it('has the documented file and folder names', () => {
    expect([LEDGER_FILE, LEDGER_FORMAT, STREAMS_DIR, CHECKPOINTS_FILE, LOCK_FILE, RECOVERED_DIR, VERIFIER_KEY_FILE, PRUNED_FILE]).toEqual([
      'LEDGER', 'agent-audit-ledger', 'streams', 'checkpoints.jsonl', 'writer.lock', 'recovered', 'verifier.key', 'pruned.jsonl',
    ]);
  });

  it('names a segment by its first seq in 20 digits', () => {
    expect(segmentName(0)).toBe('00000000000000000000.jsonl');
    expect(segmentName(1234)).toBe('00000000000000001234.jsonl');
    expect(SEGMENT_NAME.exec(segmentName(1234))?.[1]).toBe('00000000000000001234');
    for (const bad of ['0000000000000000123.jsonl', '000000000000000001234.jsonl', 'x00000000000000001234.jsonl', '00000000000000001234.jsonlx', '00000000000000001234.json', '0000000000000000123a.jsonl', '00000000000000001234xjsonl']) {
      expect(SEGMENT_NAME.test(bad), bad).toBe(false);
    }
  });

  it('puts a stream under streams/', () => {
    expect(streamDir('/l', 'bot')).toBe(path.join('/l', 'streams', 'bot'));
  });
});

describe('readLedgerInfo', () => {
  const marker = (dir: string, text: string): string => {
    fs.writeFileSync(path.join(dir, LEDGER_FILE), text);
    return path.join(dir, LEDGER_FILE);
  };
  const withFile = (run: () => unknown): string => {
    try {
      run();
      return 'returned';
    } catch (error) {
      return `${(error as { code: string }).code} [${(error as { file?: string }).file}] ${(error as Error).message}`;
    }
  };

  it('returns a valid marker as it is', () => {
    const dir = fresh();
    marker(dir, JSON.stringify({ format: 'agent-audit-ledger', version: 1, id: 'X', created: 'c', extra: 2 }));
    expect(readLedgerInfo(dir)).toEqual({ format: 'agent-audit-ledger', version: 1, id: 'X', created: 'c', extra: 2 });
  });

  it('says a missing folder does not exist, and a folder without LEDGER is not a ledger', () => {
    const missing = path.join(root, 'nope');
    expect(withFile(() => readLedgerInfo(missing))).toBe(`ledger_format [${path.join(missing, 'LEDGER')}] ledger folder ${missing} does not exist`);
    const dir = fresh();
    expect(withFile(() => readLedgerInfo(dir))).toBe(`ledger_format [${path.join(dir, 'LEDGER')}] ${dir} is not an agent-audit ledger: LEDGER is missing`);
    // A dangling LEDGER name under a file that is not a folder: ENOTDIR, read error.
    const file = path.join(fresh(), 'f');
    fs.writeFileSync(file, 'x');
    expect(withFile(() => readLedgerInfo(file))).toBe(`ledger_format [${path.join(file, 'LEDGER')}] cannot read ${path.join(file, 'LEDGER')}: ENOTDIR: not a directory, open '${path.join(file, 'LEDGER')}'`);
  });

  it('says a LEDGER that cannot be read cannot be read, with the cause', () => {
    const dir = fresh();
    const file = path.join(dir, LEDGER_FILE);
    fs.mkdirSync(file);
    let caught: unknown;
    try {
      readLedgerInfo(dir);
    } catch (error) {
      caught = error;
    }
    // A folder (or a FIFO, a device) in the marker's place is refused, never read (2026-12-06:
    // `query`, `tail`, `prove`, `report` and `export` hung on a FIFO LEDGER).
    expect(withFile(() => { throw caught; })).toBe(`ledger_format [${file}] cannot read ${file}: not a regular file`);
    expect(((caught as Error).cause as { code: string }).code).toBe('ENOTREG');
  });

  it('refuses a marker that is not JSON or not the format', () => {
    const dir = fresh();
    const file = marker(dir, '{not json');
    expect(withFile(() => readLedgerInfo(dir))).toBe(`ledger_format [${file}] ${file} is corrupt: not JSON`);
    const cases: Array<[string, string]> = [
      ['null', 'format undefined, version undefined'],
      ['0', 'format undefined, version undefined'],
      [JSON.stringify({ format: 'other', version: 1, id: 'X' }), 'format "other", version 1'],
      [JSON.stringify({ format: 'agent-audit-ledger', version: 2, id: 'X' }), 'format "agent-audit-ledger", version 2'],
      [JSON.stringify({ format: 'agent-audit-ledger', version: '1', id: 'X' }), 'format "agent-audit-ledger", version "1"'],
      [JSON.stringify({ format: 'agent-audit-ledger', version: 1, id: 7 }), 'format "agent-audit-ledger", version 1'],
      [JSON.stringify({ format: 'agent-audit-ledger', version: 1 }), 'format "agent-audit-ledger", version 1'],
    ];
    for (const [text, detail] of cases) {
      marker(dir, text);
      expect(withFile(() => readLedgerInfo(dir)), text).toBe(`ledger_format [${file}] ${file} is not an agent-audit ledger marker (${detail})`);
    }
  });
});

describe('initLedgerDir', () => {
  it('creates folder, streams/ and a signed-head marker in a new or empty folder', () => {
    const dir = path.join(fresh(), 'a', 'b');
    const before = Date.now();
    const info = initLedgerDir(dir);
    expect(Object.keys(info)).toEqual(['format', 'version', 'id', 'created', 'signedHead']);
    expect(info.format).toBe('agent-audit-ledger');
    expect(info.version).toBe(1);
    expect(info.signedHead).toBe(true);
    expect(info.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(Date.parse(info.created)).toBeGreaterThanOrEqual(before - 1);
    expect(new Date(info.created).toISOString()).toBe(info.created);
    expect(fs.readFileSync(path.join(dir, LEDGER_FILE), 'utf8')).toBe(JSON.stringify(info) + '\n');
    expect(fs.readdirSync(dir).sort()).toEqual(['LEDGER', 'streams']);
    expect(fs.statSync(path.join(dir, 'streams')).isDirectory()).toBe(true);
    expect(fs.statSync(path.join(dir, LEDGER_FILE)).mode & 0o777 & ~0o644).toBe(0);
    // Two ledgers get two ids.
    expect(initLedgerDir(path.join(fresh(), 'c')).id).not.toBe(info.id);
  });

  it('accepts a folder holding only streams/', () => {
    // (Whether dot files count is being changed in the working tree: not asserted here.)
    const dir = fresh();
    fs.mkdirSync(path.join(dir, 'streams'));
    fs.writeFileSync(path.join(dir, 'streams', 'x'), '');
    initLedgerDir(dir);
    expect(fs.readdirSync(dir).sort()).toEqual(['LEDGER', 'streams']);
    expect(fs.readdirSync(path.join(dir, 'streams'))).toEqual(['x']);
  });

  it('opens an existing ledger as it is, making a missing streams/ again', () => {
    const dir = fresh();
    const info = initLedgerDir(dir);
    const text = fs.readFileSync(path.join(dir, LEDGER_FILE), 'utf8');
    fs.rmdirSync(path.join(dir, 'streams'));
    fs.writeFileSync(path.join(dir, 'other'), 'x');
    expect(initLedgerDir(dir)).toEqual(info);
    expect(fs.readFileSync(path.join(dir, LEDGER_FILE), 'utf8')).toBe(text);
    expect(fs.readdirSync(dir).sort()).toEqual(['LEDGER', 'other', 'streams']);
  });

  it('refuses a folder holding anything else and leaves it as it was', () => {
    const dir = fresh();
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'x');
    let caught: unknown;
    try {
      initLedgerDir(dir);
    } catch (error) {
      caught = error;
    }
    expect((caught as { code: string }).code).toBe('ledger_format');
    expect((caught as { file: string }).file).toBe(path.join(dir, 'notes.txt'));
    expect((caught as Error).message).toBe(`${dir} is not empty and is not an agent-audit ledger (found notes.txt)`);
    expect(fs.readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('refuses a file in the way (ENOTDIR from makeDirs), leaving it', () => {
    const file = path.join(fresh(), 'f');
    fs.writeFileSync(file, 'x');
    expect(failure(() => initLedgerDir(file))).toBe(`ENOTDIR: ENOTDIR: not a directory, mkdir '${path.join(file, 'streams')}'`);
    expect(fs.readFileSync(file, 'utf8')).toBe('x');
    const sub = path.join(file, 'sub');
    expect(failure(() => initLedgerDir(sub))).toBe(`ENOTDIR: ENOTDIR: not a directory, mkdir '${path.join(sub, 'streams')}'`);
  });

  it('throws a readdir error other than missing or not-a-folder as it is', () => {
    // A LEDGER name that is a dangling symlink: existsSync is false, readdir of the folder works;
    // use a folder that is a symlink loop instead, which readdir refuses with ELOOP.
    const dir = path.join(fresh(), 'loop');
    fs.symlinkSync(dir, dir);
    expect(failure(() => initLedgerDir(dir))).toBe(`ELOOP: ELOOP: too many symbolic links encountered, scandir '${dir}'`);
  });
});

describe('fsyncDir', () => {
  it('syncs a folder and quietly ignores one it cannot open', () => {
    expect(() => fsyncDir(fresh())).not.toThrow();
    expect(() => fsyncDir(path.join(root, 'missing'))).not.toThrow();
  });
});

describe('listSegments', () => {
  it('returns segments in seq order and everything unknown as foreign', () => {
    const dir = fresh();
    const seqs = [900, 5, 70, 0, 12, 3000, 41, 8, 600, 1];
    for (const seq of seqs) fs.writeFileSync(path.join(dir, segmentName(seq)), '');
    for (const name of [CHECKPOINTS_FILE, LOCK_FILE, PRUNED_FILE, 'x.tmp', `${segmentName(3)}.tmp`, 'notes']) fs.writeFileSync(path.join(dir, name), '');
    fs.mkdirSync(path.join(dir, RECOVERED_DIR));
    const { segments, foreign } = listSegments(dir);
    expect(segments).toEqual([...seqs].sort((a, b) => a - b).map((seq) => ({ file: path.join(dir, segmentName(seq)), firstSeq: seq })));
    expect([...foreign].sort()).toEqual([`${segmentName(3)}.tmp`, 'notes', 'x.tmp'].map((name) => path.join(dir, name)));
  });
});

describe('readVerifierKeys', () => {
  it('returns the trimmed non-empty lines, or none when the file is missing', () => {
    const dir = fresh();
    expect(readVerifierKeys(dir)).toEqual([]);
    fs.writeFileSync(path.join(dir, VERIFIER_KEY_FILE), '  k1 \n\n k2\n   \n');
    expect(readVerifierKeys(dir)).toEqual(['k1', 'k2']);
  });
});

describe('readFileLineChunks', () => {
  async function chunks(file: string, max?: number): Promise<string[][]> {
    const out: string[][] = [];
    for await (const chunk of readFileLineChunks(file, max)) out.push(chunk.map((b) => `${b.length}:${b.subarray(0, 1).toString()}${b.subarray(-1).toString()}`));
    return out;
  }
  const write = (text: string | Buffer): string => {
    const file = path.join(fresh(), 'seg.jsonl');
    fs.writeFileSync(file, text);
    return file;
  };
  const tooLong = (max: number): string => `ledger_format: seg.jsonl holds a line longer than ${max} bytes (the longest event a reader accepts)`;

  it('defaults to 256 MiB lines', () => {
    expect(MAX_LINE_BYTES).toBe(256 * MiB);
  });

  it('refuses a file that is not a regular file, naming its kind', async () => {
    const dir = fresh();
    expect(await failureOf(() => chunks(dir))).toBe(`ledger_format: ${dir} is a directory, not a regular file`);
    const link = path.join(fresh(), 'link');
    fs.symlinkSync(write('{}\n'), link);
    expect(await failureOf(() => chunks(link))).toBe(`ledger_format: ${link} is a symbolic link, not a regular file`);
  });

  it('yields nothing for an empty file, and one chunk of lines for a small one', async () => {
    expect(await chunks(write(''))).toEqual([]);
    expect(await chunks(write('ab\n\ncd\n'))).toEqual([['2:ab', '0:', '2:cd']]);
    expect(await chunks(write('ab\ncde'))).toEqual([['2:ab'], ['3:ce']]);
  });

  it('refuses a line in one chunk longer than the limit, accepting one exactly at it', async () => {
    const file = write('abc\nde\n');
    expect(await chunks(file, 3)).toEqual([['3:ac', '2:de']]);
    expect(await failureOf(() => chunks(file, 2))).toBe(tooLong(2));
  });

  it('refuses an unterminated tail longer than the limit, accepting one exactly at it', async () => {
    const file = write('ab\ncdef');
    expect(await chunks(file, 4)).toEqual([['2:ab'], ['4:cf']]);
    expect(await failureOf(() => chunks(file, 3))).toBe(tooLong(3));
  });

  it('joins a line ending in the next chunk, checking its whole length', async () => {
    const file = write(Buffer.concat([Buffer.alloc(MiB, 0x61), Buffer.alloc(9, 0x62), Buffer.from('\nxy\n')]));
    expect(await chunks(file, MiB + 9)).toEqual([[`${MiB + 9}:ab`, '2:xy']]);
    expect(await failureOf(() => chunks(file, MiB + 8))).toBe(tooLong(MiB + 8));
  });

  it('a line exactly at the limit whose newline starts the third chunk is accepted (the checks are strict)', async () => {
    const file = write(Buffer.concat([Buffer.from('q'), Buffer.alloc(2 * MiB - 2, 0x61), Buffer.from('z\nk\n')]));
    expect(await chunks(file, 2 * MiB)).toEqual([[`${2 * MiB}:qz`, '1:kk']]);
    expect(await failureOf(() => chunks(file, 2 * MiB - 1))).toBe(tooLong(2 * MiB - 1));
    // Ending exactly at the first chunk's end: the tail check is strict too.
    const one = write(Buffer.concat([Buffer.from('q'), Buffer.alloc(MiB - 2, 0x61), Buffer.from('z\n')]));
    expect(await chunks(one, MiB)).toEqual([[`${MiB}:qz`]]);
    expect(await failureOf(() => chunks(one, MiB - 1))).toBe(tooLong(MiB - 1));
  });

  it('refuses a line growing past the limit across chunks before its newline arrives', async () => {
    const file = write(Buffer.concat([Buffer.from('ok\n'), Buffer.alloc(3 * MiB, 0x61)]));
    expect(await failureOf(() => chunks(file, MiB + MiB / 2))).toBe(tooLong(MiB + MiB / 2));
    expect(await chunks(file, 3 * MiB)).toEqual([['2:ok'], [`${3 * MiB}:aa`]]);
  });

  it('yields the lines after a joined one from the same chunk, and an unterminated last piece', async () => {
    const file = write(Buffer.concat([Buffer.alloc(MiB + 3, 0x61), Buffer.from('\nb\nc\nde')]));
    expect(await chunks(file)).toEqual([[`${MiB + 3}:aa`, '1:bb', '1:cc'], ['2:de']]);
  });
});

describe('fileKind', () => {
  const fake = (kind: string): fs.Stats => {
    const is = (k: string) => () => k === kind;
    return {
      isFile: is('file'), isDirectory: is('dir'), isSymbolicLink: is('link'), isFIFO: is('fifo'), isSocket: is('socket'),
      isCharacterDevice: is('char'), isBlockDevice: is('block'),
    } as unknown as fs.Stats;
  };
  it('names every kind', () => {
    expect(['file', 'dir', 'link', 'fifo', 'socket', 'char', 'block', 'none'].map((k) => fileKind(fake(k)))).toEqual([
      'a regular file', 'a directory', 'a symbolic link', 'a FIFO', 'a socket', 'a device', 'a device', 'not a regular file',
    ]);
    expect(fileKind(fs.lstatSync('/dev/null'))).toBe('a device');
  });

  it('names a real socket', async () => {
    const sock = path.join(fresh(), 's.sock');
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(sock, resolve));
    try {
      expect(fileKind(fs.lstatSync(sock))).toBe('a socket');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('readSmallFile', () => {
  it('returns the bytes of a file up to the cap, undefined for a missing one', () => {
    const dir = fresh();
    const file = path.join(dir, 'f');
    expect(readSmallFile(file, 10)).toBeUndefined();
    fs.writeFileSync(file, '');
    expect(readSmallFile(file, 10)?.toString()).toBe('');
    fs.writeFileSync(file, '0123456789');
    expect(readSmallFile(file, 10)?.toString()).toBe('0123456789');
    expect(failure(() => readSmallFile(file, 9))).toBe('ledger_format: f is 10 bytes, more than the 9 a valid one can hold');
  });

  it('refuses what is not a regular file and a path it cannot look at', () => {
    const dir = fresh();
    expect(failure(() => readSmallFile(dir, 10))).toBe(`ledger_format: ${path.basename(dir)} is a directory, not a regular file`);
    const file = path.join(dir, 'f');
    fs.writeFileSync(file, 'x');
    const under = path.join(file, 'x');
    expect(failure(() => readSmallFile(under, 10))).toBe(`ledger_format: cannot read ${under}: ENOTDIR: not a directory, lstat '${under}'`);
  });

  it('reads a file whose size lstat does not know, and refuses one that grows past the cap', () => {
    // /proc files say size 0 and hold more.
    const status = readSmallFile('/proc/self/status', 1 << 20);
    expect(status?.toString().split('\n')[0]).toBe(fs.readFileSync('/proc/self/status', 'utf8').split('\n')[0]);
    expect(status?.length).toBeGreaterThan(100);
    expect(status?.toString().startsWith('Name:')).toBe(true);
    expect(failure(() => readSmallFile('/proc/self/status', 10))).toBe('ledger_format: status grew past 10 bytes while being read');
    const version = fs.readFileSync('/proc/version');
    expect(readSmallFile('/proc/version', version.length)?.equals(version)).toBe(true);
    expect(failure(() => readSmallFile('/proc/version', version.length - 1))).toBe(`ledger_format: version grew past ${version.length - 1} bytes while being read`);
  });
});

// A hand-made ledger: readStreamLines only parses (verify checks hashes).
function ledger(streams: Record<string, Record<number, string>>): string {
  const dir = fresh();
  initLedgerDir(dir);
  for (const [name, segments] of Object.entries(streams)) {
    const sdir = streamDir(dir, name);
    fs.mkdirSync(sdir);
    for (const [first, text] of Object.entries(segments)) fs.writeFileSync(path.join(sdir, segmentName(Number(first))), text);
  }
  return dir;
}
const ev = (...seqs: number[]): string => seqs.map((seq) => `${JSON.stringify({ seq })}\n`).join('');
async function seqs(events: AsyncIterable<{ seq: number }>): Promise<number[]> {
  const out: number[] = [];
  for await (const e of events) out.push(e.seq);
  return out;
}

describe('listStreams', () => {
  it('lists the stream folders sorted, skipping dot names', async () => {
    const dir = ledger({ zeta: {}, Alpha: {}, beta: {} });
    fs.mkdirSync(path.join(dir, STREAMS_DIR, '.hidden'));
    expect(await listStreams(dir)).toEqual(['Alpha', 'beta', 'zeta']);
  });

  it('refuses a folder that is not a ledger, and a file among the streams', async () => {
    const dir = fresh();
    expect(await failureOf(() => listStreams(dir))).toBe(`ledger_format: ${dir} is not an agent-audit ledger: LEDGER is missing`);
    const l = ledger({ a: {} });
    fs.writeFileSync(path.join(l, STREAMS_DIR, 'b'), '');
    expect(await failureOf(() => listStreams(l))).toBe(`ledger_format: unexpected file in ${path.join(l, STREAMS_DIR)}: b`);
  });

  it('returns no streams without streams/, and refuses a streams/ that is a file', async () => {
    const l = ledger({});
    fs.rmdirSync(path.join(l, STREAMS_DIR));
    expect(await listStreams(l)).toEqual([]);
    const root2 = path.join(l, STREAMS_DIR);
    fs.writeFileSync(root2, '');
    expect(await failureOf(() => listStreams(l))).toBe(`ledger_format: cannot read ${root2}: ENOTDIR: not a directory, scandir '${root2}'`);
  });
});

describe('readEvents / readStreamLines', () => {
  it('reads the only stream in seq order across segments', async () => {
    const dir = ledger({ bot: { 0: ev(0, 1, 2), 3: ev(3, 4), 5: ev(5) } });
    expect(await seqs(readEvents(dir))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(await seqs(readEvents(dir, { stream: 'bot' }))).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('skips the segments before fromSeq unread and the events before it', async () => {
    // The first segment is damaged: reading from seq 3 or later never opens it.
    const dir = ledger({ bot: { 0: 'garbage\n', 3: ev(3, 4), 5: ev(5, 6) } });
    expect(await seqs(readEvents(dir, { fromSeq: 3 }))).toEqual([3, 4, 5, 6]);
    expect(await seqs(readEvents(dir, { fromSeq: 4 }))).toEqual([4, 5, 6]);
    expect(await seqs(readEvents(dir, { fromSeq: 5 }))).toEqual([5, 6]);
    expect(await seqs(readEvents(dir, { fromSeq: 6 }))).toEqual([6]);
    expect(await seqs(readEvents(dir, { fromSeq: 7 }))).toEqual([]);
    const file = path.join(streamDir(dir, 'bot'), segmentName(0));
    expect(await failureOf(() => seqs(readEvents(dir, { fromSeq: 2 })))).toBe(`ledger_format: ${file} line 1: line does not start with "{": not a JSON event (damaged or inserted bytes)`);
    expect(await failureOf(() => seqs(readEvents(dir)))).toBe(`ledger_format: ${file} line 1: line does not start with "{": not a JSON event (damaged or inserted bytes)`);
  });

  it('yields each line with its event and file', async () => {
    const dir = ledger({ s: { 0: ev(0), 1: ev(1) } });
    const out: unknown[] = [];
    for await (const item of readStreamLines(dir, 's')) out.push(item);
    const sdir = streamDir(dir, 's');
    expect(out).toEqual([
      { line: '{"seq":0}', event: { seq: 0 }, file: path.join(sdir, segmentName(0)) },
      { line: '{"seq":1}', event: { seq: 1 }, file: path.join(sdir, segmentName(1)) },
    ]);
  });

  it('names the file and line of a line that is not an event', async () => {
    const dir = ledger({ s: { 0: `${ev(0)}\n${ev(1)}`, 2: `${ev(2)}{bad\n`, 9: `${ev(9)}{"a":[1]}\n[1]\n` } });
    const sdir = streamDir(dir, 's');
    expect(await failureOf(() => seqs(readEvents(dir)))).toBe(`ledger_format: ${path.join(sdir, segmentName(0))} line 2: empty line (there are no blank lines in a segment)`);
    expect(await failureOf(() => seqs(readEvents(dir, { fromSeq: 2 })))).toBe(`ledger_format: ${path.join(sdir, segmentName(2))} line 2 is not a JSON event`);
    expect(await failureOf(() => seqs(readEvents(dir, { fromSeq: 9 })))).toBe(`ledger_format: ${path.join(sdir, segmentName(9))} line 3: line does not start with "{": not a JSON event (damaged or inserted bytes)`);
  });

  it('counts lines across chunks', async () => {
    const big = `{"seq":0,"pad":"${'x'.repeat(MiB)}"}\n`;
    const dir = ledger({ s: { 0: `${big}${ev(1)}\n` } });
    expect(await failureOf(() => seqs(readEvents(dir)))).toBe(`ledger_format: ${path.join(streamDir(dir, 's'), segmentName(0))} line 3: empty line (there are no blank lines in a segment)`);
  });

  it('needs options.stream when the ledger holds no stream or several, naming up to ten', async () => {
    const none = ledger({});
    expect(await failureOf(() => seqs(readEvents(none)))).toBe(`invalid_options: readEvents: ${none} holds no stream yet`);
    const two = ledger({ b: {}, a: {} });
    expect(await failureOf(() => seqs(readEvents(two)))).toBe(`invalid_options: readEvents needs options.stream: ${two} holds 2 streams (a, b); queryLedger() reads them all`);
    const names = Array.from({ length: 11 }, (_, i) => `s${String(i).padStart(2, '0')}`);
    const eleven = ledger(Object.fromEntries(names.map((name) => [name, {}])));
    expect(await failureOf(() => seqs(readEvents(eleven)))).toBe(`invalid_options: readEvents needs options.stream: ${eleven} holds 11 streams (${names.slice(0, 10).join(', ')}, …); queryLedger() reads them all`);
    const ten = ledger(Object.fromEntries(names.slice(0, 10).map((name) => [name, {}])));
    expect(await failureOf(() => seqs(readEvents(ten)))).toBe(`invalid_options: readEvents needs options.stream: ${ten} holds 10 streams (${names.slice(0, 10).join(', ')}); queryLedger() reads them all`);
  });

  it('refuses bad options and a stream that does not exist', async () => {
    const dir = ledger({ s: { 0: ev(0) } });
    expect(await failureOf(() => seqs(readEvents(dir, null as never)))).toBe('invalid_options: readEvents needs options { stream?, fromSeq? }; got null');
    expect(await failureOf(() => seqs(readEvents(dir, { stream: 't' })))).toBe(`ledger_format: stream t does not exist in ${dir}`);
    expect(await seqs(readEvents(dir, {}))).toEqual([0]);
  });
});

describe('readCheckpoints', () => {
  it("reads the stream's checkpoints.jsonl", async () => {
    const dir = ledger({ s: { 0: ev(0) } });
    const file = path.join(streamDir(dir, 's'), CHECKPOINTS_FILE);
    fs.mkdirSync(file);
    expect(await failureOf(() => readCheckpoints(dir, 's'))).toContain(file);
  });
});

// Calls that leave no trace in results: counted with spies on the fs module object the code uses.
describe('what only a spy sees', () => {
  afterEach(() => vi.restoreAllMocks());

  it('acquireLock writes its holder without an fsync (a lock torn by a crash is stale), and tries a stale lock it cannot remove exactly three times', () => {
    const fsync = vi.spyOn(fs, 'fsyncSync');
    const close = vi.spyOn(fs, 'closeSync');
    const file = path.join(fresh(), LOCK_FILE);
    const release = acquireLock(file);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ pid: process.pid, host: os.hostname(), since: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    expect(close).toHaveBeenCalledTimes(1);
    release();
    expect(fs.existsSync(file)).toBe(false);
    expect(fsync).not.toHaveBeenCalled();
    const dir = path.join(fresh(), LOCK_FILE);
    fs.mkdirSync(dir);
    const unlink = vi.spyOn(fs, 'unlinkSync');
    expect(failure(() => acquireLock(dir))).toBe(`ledger_locked: could not take lock ${dir}`);
    expect(unlink).toHaveBeenCalledTimes(3);
  });

  it('fsyncDir syncs and closes the folder it opens', () => {
    const fsync = vi.spyOn(fs, 'fsyncSync');
    const close = vi.spyOn(fs, 'closeSync');
    fsyncDir(fresh());
    expect(fsync).toHaveBeenCalledTimes(1);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('readSmallFile closes its file', () => {
    const file = path.join(fresh(), 'f');
    fs.writeFileSync(file, 'abc');
    const close = vi.spyOn(fs, 'closeSync');
    expect(readSmallFile(file, 10)?.toString()).toBe('abc');
    expect(close).toHaveBeenCalledTimes(1);
  });
});

describe('reading in 1 MiB chunks', () => {
  it('yields lines of one 1 MiB read together (not in 64 KiB reads)', async () => {
    const file = path.join(fresh(), 'seg.jsonl');
    fs.writeFileSync(file, `${'a'.repeat(100_000)}\n${'b'.repeat(100_000)}\n`);
    const sizes: number[][] = [];
    for await (const chunk of readFileLineChunks(file)) sizes.push(chunk.map((b) => b.length));
    expect(sizes).toEqual([[100_000, 100_000]]);
  });

  it('an empty line starting a chunk right after a newline is a line', async () => {
    const file = path.join(fresh(), 'seg.jsonl');
    fs.writeFileSync(file, `${'a'.repeat(MiB - 1)}\n\nk\n`);
    const sizes: number[][] = [];
    for await (const chunk of readFileLineChunks(file)) sizes.push(chunk.map((b) => b.length));
    expect(sizes).toEqual([[MiB - 1], [0, 1]]);
  });

  it('listStreams sorts many streams whatever the folder order', async () => {
    const names = Array.from({ length: 40 }, (_, i) => `s${String((i * 17) % 40).padStart(2, '0')}${'xyz'[i % 3]}`);
    const dir = ledger(Object.fromEntries(names.map((name) => [name, {}])));
    expect(await listStreams(dir)).toEqual([...names].sort());
  });
});

// This machine's folders list in name order: the order is reversed by a spy to see the sorting.
describe('sorting what a folder lists', () => {
  afterEach(() => vi.restoreAllMocks());

  it('listSegments sorts segments by first seq', () => {
    const dir = fresh();
    for (const seq of [3, 1, 20, 2]) fs.writeFileSync(path.join(dir, segmentName(seq)), '');
    const real = fs.readdirSync;
    vi.spyOn(fs, 'readdirSync').mockImplementation(((d: string) => (real(d) as string[]).sort().reverse()) as typeof fs.readdirSync);
    expect(listSegments(dir).segments.map((s) => s.firstSeq)).toEqual([1, 2, 3, 20]);
  });

  it('listStreams sorts stream names', async () => {
    const dir = ledger({ b: {}, a: {}, c: {} });
    const real = fs.promises.readdir;
    vi.spyOn(fs.promises, 'readdir').mockImplementation((async (d: string) => ((await real(d)) as string[]).sort().reverse()) as typeof fs.promises.readdir);
    expect(await listStreams(dir)).toEqual(['a', 'b', 'c']);
  });

  it('initLedgerDir syncs the folder after writing the marker', () => {
    const fsync = vi.spyOn(fs, 'fsyncSync');
    initLedgerDir(path.join(fresh(), 'l'));
    expect(fsync).toHaveBeenCalledTimes(1);
  });
});

describe('lock liveness and deadline, seen through spies', () => {
  afterEach(() => vi.restoreAllMocks());

  it('a pid that may not be signalled (EPERM, as for another user) is alive: the lock is refused', () => {
    const file = path.join(fresh(), LOCK_FILE);
    fs.writeFileSync(file, JSON.stringify({ pid: DEAD_PID, host: os.hostname(), since: 's' }));
    vi.spyOn(process, 'kill').mockImplementation(() => {
      throw Object.assign(new Error('kill EPERM'), { code: 'EPERM' });
    });
    expect(failure(() => acquireLock(file))).toBe(lockedMessage(file, DEAD_PID, os.hostname(), 's'));
  });

  it('acquireLockWaiting tries again while the clock has not passed the deadline (strictly later)', async () => {
    const file = path.join(fresh(), LOCK_FILE);
    fs.writeFileSync(file, JSON.stringify({ pid: process.ppid, host: 'h', since: 's' }));
    const times = [1000, 1000, 1001];
    const now = vi.spyOn(Date, 'now').mockImplementation(() => times.shift() ?? 1001);
    expect(await failureOf(() => acquireLockWaiting(file, 0, 1))).toBe(lockedMessage(file, process.ppid, 'h', 's'));
    expect(now).toHaveBeenCalledTimes(3);
  });
});

describe('acquireLock: a lock file that names no holder', () => {
  it('a lock file holding JSON null (or a number) is stale like a torn one, not a TypeError', () => {
    for (const text of ['null', '7', '"x"']) {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'aa-lock-null-')), 'writer.lock');
      fs.writeFileSync(file, text);
      const release = acquireLock(file);
      expect((JSON.parse(fs.readFileSync(file, 'utf8')) as { pid: number }).pid, text).toBe(process.pid);
      release();
      expect(fs.existsSync(file), text).toBe(false);
    }
  });
});
