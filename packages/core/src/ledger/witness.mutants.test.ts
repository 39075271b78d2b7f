// What a witness folder promises (issue 13, from surviving mutants): every head the writer
// appends is kept, oldest first, in one file per ledger; reading it never blocks and names the
// file and line of anything that is not a witness entry.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { directoryWitness, readDirectoryWitness, witnessedAt } from './witness.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-witness-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
let n = 0;
const fresh = (): string => path.join(root, `w${n++}`);
/** A witness folder that exists (the witness never creates one: an unmounted volume must fail). */
const made = (): string => {
  const dir = fresh();
  fs.mkdirSync(dir);
  return dir;
};

function codeAndMessage(run: () => unknown): string {
  try {
    run();
    return 'returned';
  } catch (error) {
    return `${(error as { code?: string }).code}: ${(error as Error).message}`;
  }
}

describe('directoryWitness', () => {
  it('appends each head, with the time received, to <dir>/<ledger id>.heads.jsonl, and never creates the folder', async () => {
    const dir = fresh();
    const witness = directoryWitness(path.relative(process.cwd(), dir));
    // Not mounted: the append fails and nothing is created (a local folder would hide the missing volume).
    expect(codeAndMessage(() => witness.append('L1', 'head zero\n'))).toMatch(/^ENOENT: ENOENT: no such file or directory, open '.*L1\.heads\.jsonl'$/);
    expect(fs.existsSync(dir)).toBe(false);
    fs.mkdirSync(dir);
    expect(witness.name).toBe(dir);
    expect(witness.folder).toBe(dir);
    const before = Date.now();
    await witness.append('L1', 'head one\n\n— k sig\n');
    await witness.append('L1', 'head two\n');
    await witness.append('Other2', 'not this ledger\n');
    expect(fs.readdirSync(dir).sort()).toEqual(['L1.heads.jsonl', 'Other2.heads.jsonl']);
    const lines = fs.readFileSync(path.join(dir, 'L1.heads.jsonl'), 'utf8').split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    const entries = readDirectoryWitness(dir, 'L1');
    expect(entries.map((e) => e.head)).toEqual(['head one\n\n— k sig\n', 'head two\n']);
    for (const entry of entries) {
      const at = Date.parse(entry.received as string);
      expect(at).toBeGreaterThanOrEqual(before - 1);
      expect(at).toBeLessThanOrEqual(Date.now());
    }
  });

  it.runIf(fs.existsSync('/proc/self/fd'))('closes the witness file after each append (a writer appends a head per checkpoint, for days)', async () => {
    const witness = directoryWitness(made());
    const open = () => fs.readdirSync('/proc/self/fd').length;
    await witness.append('L1', 'h0\n');
    const before = open();
    for (let i = 1; i <= 20; i++) await witness.append('L1', `h${i}\n`);
    expect(open()).toBe(before);
    expect(readDirectoryWitness(witness.folder as string, 'L1')).toHaveLength(21);
  });

  it('refuses a ledger id that could not name a witness file (no path outside the folder)', () => {
    const dir = made();
    const witness = directoryWitness(dir);
    for (const id of ['', '../x', 'a/b', 'a.b', 'x'.repeat(65)]) {
      expect(codeAndMessage(() => witness.append(id, 'h\n'))).toBe(`ledger_error: ledger id ${JSON.stringify(id)} cannot name a witness file`);
      expect(codeAndMessage(() => readDirectoryWitness(dir, id))).toBe(`ledger_error: ledger id ${JSON.stringify(id)} cannot name a witness file`);
    }
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(readDirectoryWitness(dir, 'x'.repeat(64))).toEqual([]);
  });
});

describe('readDirectoryWitness', () => {
  it('gives no heads when the witness has no file for the ledger (or no folder)', () => {
    const dir = fresh();
    expect(readDirectoryWitness(dir, 'L1')).toEqual([]);
    fs.mkdirSync(dir);
    expect(readDirectoryWitness(dir, 'L1')).toEqual([]);
  });

  it('keeps `received` only when it is a string, and accepts a file without a final newline', () => {
    const dir = fresh();
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'L1.heads.jsonl'), [
      JSON.stringify({ received: '2026-01-01T00:00:00Z', head: 'a\n' }),
      JSON.stringify({ received: 5, head: 'b\n' }),
      JSON.stringify({ head: 'c\n' }),
    ].join('\n'));
    const entries = readDirectoryWitness(dir, 'L1');
    expect(entries).toEqual([{ received: '2026-01-01T00:00:00Z', head: 'a\n' }, { head: 'b\n' }, { head: 'c\n' }]);
    expect(Object.keys(entries[1] as object)).toEqual(['head']);
  });

  it.each([
    ['a torn last line', `${JSON.stringify({ head: 'a\n' })}\n{"head":"b`, 2],
    ['an empty line in the middle', `${JSON.stringify({ head: 'a\n' })}\n\n${JSON.stringify({ head: 'b\n' })}\n`, 2],
    ['an entry without a head', `${JSON.stringify({ head: 'a\n' })}\n${JSON.stringify({ received: 'x' })}\n`, 2],
    ['a head that is not a string', `${JSON.stringify({ head: 1 })}\n`, 1],
    ['a line that is not an object', 'null\n', 1],
  ])('names the file and line of %s', (_label, text, line) => {
    const dir = fresh();
    fs.mkdirSync(dir);
    const file = path.join(dir, 'L1.heads.jsonl');
    fs.writeFileSync(file, text);
    expect(codeAndMessage(() => readDirectoryWitness(dir, 'L1'))).toBe(`witness_format: witness file ${file} line ${line} is not a witness entry (torn or edited)`);
  });

  it('an entry cut short by a crash is told to onTorn and skipped, whole entries around it and one glued after it counted; an edited line still throws (fresh tester finding 3)', () => {
    const dir = made();
    const file = path.join(dir, 'L1.heads.jsonl');
    const entry = (head: string): string => JSON.stringify({ received: '2026-12-01T00:00:00.000Z', head, path: '/srv/audit' });
    const cut = entry('b\n').slice(0, 40);
    // Old writers glued the next entry to the torn one; new writers end the torn line first.
    fs.writeFileSync(file, `${entry('a\n')}\n${cut}${entry('c\n')}\n${cut}\n${entry('d\n')}\n${cut}`);
    const torn: string[] = [];
    expect(readDirectoryWitness(dir, 'L1', (note) => torn.push(note)).map((e) => e.head)).toEqual(['a\n', 'c\n', 'd\n']);
    expect(torn).toEqual([
      `witness file ${file} line 2 holds an entry cut short (an append interrupted, e.g. by a crash), followed by a whole entry, which is counted; its head is not counted`,
      `witness file ${file} line 3 holds an entry cut short (an append interrupted, e.g. by a crash); its head is not counted`,
      `witness file ${file} line 5 holds an entry cut short (an append interrupted, e.g. by a crash); its head is not counted`,
    ]);
    // Cut within the entry's first bytes (a fresh tester's second round): still a cut-short append.
    for (const start of ['{', '{"', '{"received":', '{"received":"']) {
      fs.writeFileSync(file, `${entry('a\n')}\n${start}\n${entry('d\n')}\n`);
      const notes: string[] = [];
      expect(readDirectoryWitness(dir, 'L1', (note) => notes.push(note)).map((e) => e.head), start).toEqual(['a\n', 'd\n']);
      expect(notes, start).toHaveLength(1);
    }
    fs.writeFileSync(file, `${entry('a\n')}\n${cut}${entry('c\n')}\n${cut}\n${entry('d\n')}\n${cut}`);
    // Without onTorn it is a finding, as before.
    expect(codeAndMessage(() => readDirectoryWitness(dir, 'L1'))).toBe(`witness_format: witness file ${file} line 2 is not a witness entry (torn or edited)`);
    // A line changed in place is no torn append: still a finding.
    for (const edited of [`${entry('a\n').slice(0, -2)}`.replace('"received"', '"receivxd"'), `{"received":"x","head":"a","path":1}x`, `{"head":"cut`, `${entry('a\n').replace('"head"', '"hxad"')}`]) {
      fs.writeFileSync(file, `${entry('a\n')}\n${edited}\n`);
      expect(codeAndMessage(() => readDirectoryWitness(dir, 'L1', () => undefined)), edited).toBe(`witness_format: witness file ${file} line 2 is not a witness entry (torn or edited)`);
    }
  });

  it('the writer ends a line an interrupted append left open before appending, so the new entry is a line of its own', async () => {
    const dir = made();
    const file = path.join(dir, 'L1.heads.jsonl');
    const witness = directoryWitness(dir);
    await witness.append('L1', 'a\n');
    fs.appendFileSync(file, '{"received":"2026-12-01T00:00:00.000Z","head":"b');
    await witness.append('L1', 'c\n');
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe('{"received":"2026-12-01T00:00:00.000Z","head":"b');
    const notes: string[] = [];
    expect(readDirectoryWitness(dir, 'L1', (note) => notes.push(note)).map((e) => e.head)).toEqual(['a\n', 'c\n']);
    expect(notes).toHaveLength(1);
  });

  it('refuses a FIFO or a folder in the file\'s place without blocking, and reports a file it cannot read', () => {
    const dir = fresh();
    fs.mkdirSync(dir);
    const file = path.join(dir, 'L1.heads.jsonl');
    execFileSync('mkfifo', [file]);
    expect(codeAndMessage(() => readDirectoryWitness(dir, 'L1'))).toBe(`witness_format: witness file ${file} is a FIFO, not a regular file`);
    fs.unlinkSync(file);
    fs.mkdirSync(file);
    expect(codeAndMessage(() => readDirectoryWitness(dir, 'L1'))).toBe(`witness_format: witness file ${file} is a directory, not a regular file`);
    // The witness "folder" is a regular file: the path under it cannot be read (ENOTDIR).
    const notDir = path.join(dir, 'plain');
    fs.writeFileSync(notDir, '');
    expect(codeAndMessage(() => readDirectoryWitness(notDir, 'L1'))).toMatch(
      new RegExp(`^ledger_error: cannot read witness file ${notDir.replace(/[/\\^$.*+?()[\]{}|-]/g, '\\$&')}/L1\\.heads\\.jsonl: ENOTDIR`),
    );
  });
});

describe('witnessedAt', () => {
  const entry = (head: string, at?: string): string => JSON.stringify({ received: '2026-12-01T00:00:00.000Z', head, ...(at !== undefined ? { path: at } : {}) });
  it('counts, per ledger file, the heads appended from the ledger folder at this real path, in name order; others, older entries without a path and unreadable files are left out', () => {
    const dir = made();
    const ledger = made();
    const real = fs.realpathSync(ledger);
    const link = path.join(fresh());
    fs.symlinkSync(ledger, link);
    const elsewhere = path.join(real, 'elsewhere');
    const write = (name: string, ...lines: string[]) => fs.writeFileSync(path.join(dir, name), lines.map((l) => `${l}\n`).join(''));
    write('Lz.heads.jsonl', entry('a', real));
    write('L2.heads.jsonl', entry('a', real), entry('b', elsewhere), entry('c', real), entry('d'));
    write('La.heads.jsonl', entry('a', real));
    write('L1.heads.jsonl', entry('a', real));
    write('Lm.heads.jsonl', entry('a', real));
    write('L3.heads.jsonl', entry('a', elsewhere), entry('b'));
    write('L4.heads.jsonl', entry('a', real), 'not an entry');
    write(`${'A'.repeat(64)}.heads.jsonl`, entry('a', real));
    // Names no ledger id gives: never read.
    // (Names that end or start like a ledger file that exists: a pattern without its anchors would count L1 twice.)
    for (const name of ['a-b.heads.jsonl', 'L1.heads.jsonl.bak', 'x.L1.heads.jsonl', 'L1.heads.jsonl~', `${'B'.repeat(65)}.heads.jsonl`, 'L7.heads.json', 'L8-heads.jsonl', 'L9.headsXjsonl', '.heads.jsonl']) write(name, entry('a', real));
    fs.mkdirSync(path.join(dir, 'L0.heads.jsonl'));
    const expected = [{ ledger: 'A'.repeat(64), heads: 1 }, { ledger: 'L1', heads: 1 }, { ledger: 'L2', heads: 2 }, { ledger: 'La', heads: 1 }, { ledger: 'Lm', heads: 1 }, { ledger: 'Lz', heads: 1 }];
    expect(witnessedAt(dir, ledger)).toEqual(expected);
    // The ledger named through a symbolic link: its real path.
    expect(witnessedAt(dir, link)).toEqual(expected);
    // Another folder: nothing; a witness folder that does not exist: nothing.
    expect(witnessedAt(dir, made())).toEqual([]);
    expect(witnessedAt(fresh(), ledger)).toEqual([]);
  });
});
