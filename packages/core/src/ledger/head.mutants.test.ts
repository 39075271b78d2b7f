// What the signed ledger head promises (docs/FORMAT.md §9; issue 13, from surviving mutants):
// one exact text per head (streams sorted), a parser that refuses every line that is not that
// format and says which, and a writer that replaces HEAD atomically under the head lock.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSignerKey, openNote } from '../crypto/note.js';
import { HEAD_FILE, HEAD_LOCK_FILE, fileSha256, formatHead, parseHead, readHeadNote, sha256Hex, writeHead, type LedgerHead } from './head.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-head-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
let n = 0;
const fresh = (): string => {
  const dir = path.join(root, `h${n++}`);
  fs.mkdirSync(dir);
  return dir;
};

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);
const E = createHash('sha256').update('').digest('hex');
const head: LedgerHead = {
  origin: 'agent-audit/L1',
  timestamp: '2026-01-02T03:04:05.678Z',
  marker: A,
  keys: B,
  streams: [
    { name: 'zeta', size: 12, root: C, closed: true, checkpointBytes: 345, checkpointSha256: A },
    { name: 'Alpha', size: 0, root: E, closed: false, checkpointBytes: 0, checkpointSha256: E },
    { name: 'beta', size: 3, root: B, closed: false, checkpointBytes: 7, checkpointSha256: C },
  ],
};
const text = [
  'agent-audit/L1',
  'ledger-head 1',
  'timestamp 2026-01-02T03:04:05.678Z',
  `marker ${A}`,
  `keys ${B}`,
  `stream Alpha 0 ${E} open 0 ${E}`,
  `stream beta 3 ${B} open 7 ${C}`,
  `stream zeta 12 ${C} closed 345 ${A}`,
].map((l) => `${l}\n`).join('');

function message(run: () => unknown): string {
  try {
    run();
    return 'returned';
  } catch (error) {
    const code = (error as { code?: string }).code;
    return `${code ? `${code}: ` : ''}${(error as Error).message}`;
  }
}

describe('formatHead / parseHead', () => {
  it('formats one exact text, streams sorted by name (code units), and parses it back', () => {
    expect(formatHead(head)).toBe(text);
    expect(formatHead({ ...head, streams: [...head.streams].reverse() })).toBe(text);
    const parsed = parseHead(text);
    expect(parsed).toEqual({ ...head, streams: [head.streams[1], head.streams[2], head.streams[0]] });
    expect(head.streams.map((s) => s.name)).toEqual(['zeta', 'Alpha', 'beta']); // the input is not sorted in place
    expect(parseHead(formatHead({ ...head, streams: [] }))).toEqual({ ...head, streams: [] });
  });

  const lines = text.slice(0, -1).split('\n');
  const withLine = (i: number, line: string | undefined): string => {
    const copy = [...lines];
    if (line === undefined) copy.splice(i, 1);
    else copy[i] = line;
    return copy.map((l) => `${l}\n`).join('');
  };
  const streamError = (line: string) => `head line ${JSON.stringify(line)} is not "stream <name> <size> <root> <open|closed> <bytes> <sha256>"`;

  it.each([
    ['no final newline', text.slice(0, -1), 'head text does not end with a newline'],
    ['another origin', withLine(0, 'other/L1'), 'head origin is not agent-audit/<ledger id>'],
    ['an empty text', '\n', 'head origin is not agent-audit/<ledger id>'],
    ['another version', withLine(1, 'ledger-head 2'), 'unsupported head version line "ledger-head 2"'],
    ['no version', 'agent-audit/L1\n', 'unsupported head version line undefined'],
    ['no timestamp', withLine(2, 'time 2026'), 'head has no timestamp line'],
    ['nothing after the version', 'agent-audit/L1\nledger-head 1\n', 'head has no timestamp line'],
    ['no marker', withLine(3, `mark ${A}`), 'head has no marker line'],
    ['a short marker', withLine(3, `marker ${A.slice(1)}`), 'head has no marker line'],
    ['a marker with a suffix', withLine(3, `marker ${A}0`), 'head has no marker line'],
    ['a marker line tagged in capitals', withLine(3, `MARKER ${A}`), 'head has no marker line'],
    ['a missing marker line', lines.slice(0, 3).map((l) => `${l}\n`).join(''), 'head has no marker line'],
    ['no keys', withLine(4, `key ${B}`), 'head has no keys line'],
    ['an upper-case keys hash', withLine(4, `keys ${B.toUpperCase()}`), 'head has no keys line'],
    ['a keys hash with a prefix', withLine(4, `keys 0${B}`), 'head has no keys line'],
    ['a keys line tagged in capitals', withLine(4, `KEYS ${B}`), 'head has no keys line'],
    ['a missing keys line', lines.slice(0, 4).map((l) => `${l}\n`).join(''), 'head has no keys line'],
  ])('refuses a head with %s', (_label, bad, expected) => {
    expect(message(() => parseHead(bad))).toBe(expected);
  });

  it.each([
    ['six fields', `stream Alpha 0 ${E} open 0`],
    ['eight fields', `stream Alpha 0 ${E} open 0 ${E} x`],
    ['another tag', `streams Alpha 0 ${E} open 0 ${E}`],
    ['an empty name', `stream  0 ${E} open 0 ${E}`],
    ['a name starting with a dot', `stream .a 0 ${E} open 0 ${E}`],
    ['a name with a slash', `stream a/b 0 ${E} open 0 ${E}`],
    ['a name of 129 characters', `stream ${'n'.repeat(129)} 0 ${E} open 0 ${E}`],
    ['a size with a leading zero', `stream Alpha 01 ${E} open 0 ${E}`],
    ['a negative size', `stream Alpha -1 ${E} open 0 ${E}`],
    ['a size with a suffix', `stream Alpha 1x ${E} open 0 ${E}`],
    ['a short root', `stream Alpha 0 ${E.slice(1)} open 0 ${E}`],
    ['another state', `stream Alpha 0 ${E} shut 0 ${E}`],
    ['a byte count with a leading zero', `stream Alpha 0 ${E} open 00 ${E}`],
    ['a byte count with a prefix', `stream Alpha 0 ${E} open x0 ${E}`],
    ['an upper-case checkpoint hash', `stream Alpha 0 ${E} open 0 ${E.toUpperCase()}`],
  ])('refuses a stream line with %s, quoting it', (_label, line) => {
    expect(message(() => parseHead(withLine(5, line)))).toBe(streamError(line));
  });

  it('accepts the longest stream name and names the stream listed twice', () => {
    const long = 'n'.repeat(128);
    expect(parseHead(withLine(5, `stream ${long} 10 ${E} open 20 ${E}`)).streams[0]).toEqual({ name: long, size: 10, root: E, closed: false, checkpointBytes: 20, checkpointSha256: E });
    expect(message(() => parseHead(withLine(6, `stream Alpha 3 ${B} open 7 ${C}`)))).toBe('head lists stream Alpha twice');
  });
});

describe('head files', () => {
  it('readHeadNote: undefined without HEAD, its text with, a LedgerError when it cannot be read', () => {
    const dir = fresh();
    expect(readHeadNote(dir)).toBeUndefined();
    fs.writeFileSync(path.join(dir, HEAD_FILE), 'note ü\n');
    expect(readHeadNote(dir)).toBe('note ü\n');
    const other = fresh();
    fs.mkdirSync(path.join(other, HEAD_FILE));
    expect(message(() => readHeadNote(other))).toMatch(new RegExp(`^ledger_head: cannot read ${path.join(other, HEAD_FILE)}: EISDIR`));
  });

  it('fileSha256: the hash of the bytes, of "" for a missing file, and an error for anything else', () => {
    const dir = fresh();
    fs.writeFileSync(path.join(dir, 'f'), 'bytes');
    expect(fileSha256(path.join(dir, 'f'))).toBe(createHash('sha256').update('bytes').digest('hex'));
    expect(sha256Hex('bytes')).toBe(fileSha256(path.join(dir, 'f')));
    expect(fileSha256(path.join(dir, 'missing'))).toBe(E);
    expect(message(() => fileSha256(dir))).toMatch(/not a regular file/);
  });
});

describe('writeHead', () => {
  const signer = generateSignerKey('head.mutants.test/audit');

  it('signs the head with marker and keys hashed from the files, gives update the current head, and leaves only HEAD', () => {
    const dir = fresh();
    fs.writeFileSync(path.join(dir, 'LEDGER'), 'marker bytes');
    const seen: Array<LedgerHead | undefined> = [];
    const before = Date.now();
    const first = writeHead(dir, 'L1', signer.signerKey, (current) => {
      seen.push(current);
      return [head.streams[0]!];
    });
    expect(fs.readFileSync(path.join(dir, HEAD_FILE), 'utf8')).toBe(first);
    expect(fs.readdirSync(dir).sort()).toEqual([HEAD_FILE, 'LEDGER']); // no temp file, lock released
    const opened = openNote(first, signer.verifierKey);
    expect(opened.verified).toBe(true);
    const parsed = parseHead(opened.text);
    expect(parsed).toMatchObject({ origin: 'agent-audit/L1', marker: createHash('sha256').update('marker bytes').digest('hex'), keys: E, streams: [head.streams[0]] });
    expect(Date.parse(parsed.timestamp)).toBeGreaterThanOrEqual(before - 1);
    expect(seen).toEqual([undefined]);

    fs.writeFileSync(path.join(dir, 'verifier.key'), 'key bytes');
    const order: string[] = [];
    const second = writeHead(dir, 'L1', signer.signerKey, (current) => {
      order.push('update');
      seen.push(current);
      return [...(current?.streams ?? []), head.streams[2]!];
    }, () => {
      order.push('beforeSign');
      expect(fs.existsSync(path.join(dir, HEAD_LOCK_FILE))).toBe(true); // under the lock
    });
    expect(order).toEqual(['beforeSign', 'update']);
    expect(seen[1]).toEqual(parsed);
    expect(parseHead(openNote(second, signer.verifierKey).text)).toMatchObject({ keys: createHash('sha256').update('key bytes').digest('hex'), streams: [head.streams[2], head.streams[0]] });
  });

  it('refuses to build on a malformed HEAD, and leaves it as it was', () => {
    const dir = fresh();
    const cases: Array<[string, string]> = [
      ['no empty line\n', 'head text does not end with a newline'], // no signature block: no signed text at all
      [`${text.replace('ledger-head 1', 'ledger-head 9')}\n— x sig\n`, 'unsupported head version line "ledger-head 9"'],
    ];
    for (const [bad, why] of cases) {
      fs.writeFileSync(path.join(dir, HEAD_FILE), bad);
      expect(message(() => writeHead(dir, 'L1', signer.signerKey, () => []))).toBe(`ledger_corrupt: ${path.join(dir, HEAD_FILE)} is malformed (${why}); run \`agent-audit verify ${dir}\``);
      expect(fs.readFileSync(path.join(dir, HEAD_FILE), 'utf8')).toBe(bad);
    }
    expect(fs.existsSync(path.join(dir, HEAD_LOCK_FILE))).toBe(false);
  });

  it.runIf(fs.existsSync('/proc/self/fd'))('closes what it opens: a writer signing heads for days keeps no descriptor per head', () => {
    const dir = fresh();
    const open = () => fs.readdirSync('/proc/self/fd').length;
    writeHead(dir, 'L1', signer.signerKey, () => []);
    const before = open();
    for (let i = 0; i < 20; i++) writeHead(dir, 'L1', signer.signerKey, () => []);
    expect(open()).toBe(before);
  });

  it('fails at once, with the lock\'s error, when the head lock cannot be created at all', () => {
    const dir = path.join(fresh(), 'missing');
    // (Only a held lock is waited for; a wait here would run into the 10 s deadline.)
    expect(message(() => writeHead(dir, 'L1', signer.signerKey, () => []))).toMatch(/^ledger_lock: cannot create lock .*HEAD\.lock: ENOENT/);
  });

  it('waits while another live writer holds the head lock, then writes', async () => {
    const dir = fresh();
    const lock = path.join(dir, HEAD_LOCK_FILE);
    // Another live process holds the lock and lets go of it (removes the file) half a second later.
    // The delay is the scenario (a lock held for a while), not a synchronisation: the test waits
    // for the holder's exit, and writeHead() must neither fail nor take the lock over meanwhile.
    const holder = spawn('sh', ['-c', `sleep 0.5; rm -f '${lock}'`], { stdio: 'ignore' });
    fs.writeFileSync(lock, JSON.stringify({ pid: holder.pid, host: os.hostname(), since: new Date().toISOString() }));
    const exited = new Promise((resolve) => holder.on('exit', resolve));
    const note = writeHead(dir, 'L1', signer.signerKey, () => []);
    // The write could only happen once the holder had removed its lock (it exits right after).
    await exited;
    expect(openNote(note, signer.verifierKey).verified).toBe(true);
    expect(fs.readdirSync(dir)).toEqual([HEAD_FILE]);
  });
});
