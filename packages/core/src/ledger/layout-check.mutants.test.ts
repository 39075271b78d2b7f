// layout-check.ts, from surviving mutants (issue 13): what a ledger folder, a stream folder and a
// lock file may hold, each finding's file and exact reason, and the segment boundaries that the
// checkpoint records list. In-process, on folders made by hand.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkRootLayout, checkSegmentBoundaries, checkStreamLayout, lockContentProblem, STREAM_NAME } from './layout-check.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-layout-check-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
let n = 0;
/** A folder with the given entries: a string is a file's content, null a folder. */
function tree(entries: Record<string, string | null>): string {
  const dir = path.join(root, `d${n++}`);
  fs.mkdirSync(dir);
  for (const [name, content] of Object.entries(entries)) {
    const file = path.join(dir, name);
    if (content === null) fs.mkdirSync(file, { recursive: true });
    else {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
    }
  }
  return dir;
}
const LOCK = '{"pid":123,"host":"build-1.example.com","since":"2026-11-30T12:00:00.123Z"}';
const never = (): boolean => false;
const NOT_JSON = 'is not a lock file (not JSON: torn, or not written by a writer)';
const NOT_LOCK = 'is not a lock file: a writer writes exactly {"pid","host","since"} in it';

describe('lockContentProblem', () => {
  const problem = (content: string): string | undefined => lockContentProblem(path.join(tree({ l: content }), 'l'));

  it('accepts a missing, empty or well-formed lock file', () => {
    expect(lockContentProblem(path.join(root, 'missing.lock'))).toBeUndefined();
    expect(problem('')).toBeUndefined();
    expect(problem(LOCK)).toBeUndefined();
    expect(problem('{"since":"2026-11-30T12:00:00Z","host":"h","pid":1}')).toBeUndefined();
    expect(problem(`{"pid":${Number.MAX_SAFE_INTEGER},"host":"${'h'.repeat(253)}","since":"2026-11-30T12:00:00.123456789Z"}`)).toBeUndefined();
  });

  it('refuses anything else, naming why', () => {
    const dir = tree({ folder: null });
    expect(lockContentProblem(path.join(dir, 'folder'))).toBe('is a directory, not a regular file');
    expect(problem('x'.repeat(4097))).toBe('is 4097 bytes, more than a lock file holds');
    expect(problem(`${LOCK}${' '.repeat(4096 - LOCK.length)}`)).toBeUndefined(); // 4096 bytes: read whole
    expect(problem(`${' '.repeat(4096 - LOCK.length)}${LOCK}`)).toBeUndefined();
    expect(problem(`${LOCK}${' '.repeat(4095 - LOCK.length)}x`)).toBe(NOT_JSON);
    expect(problem('{"pid":1,')).toBe(NOT_JSON);
    // A path that cannot be looked at is an error, not a missing lock.
    const plain = path.join(tree({ f: 'x' }), 'f');
    expect(() => lockContentProblem(path.join(plain, 'l'))).toThrow(/ENOTDIR/);
    const bad = [
      'null', '[1,2,3]', '"pid"', '12', '{}',
      '{"pid":1,"host":"h"}',
      '{"pid":1,"host":"h","since":"2026-11-30T12:00:00Z","x":1}',
      '{"pid":0,"host":"h","since":"2026-11-30T12:00:00Z"}',
      '{"pid":-1,"host":"h","since":"2026-11-30T12:00:00Z"}',
      '{"pid":1.5,"host":"h","since":"2026-11-30T12:00:00Z"}',
      '{"pid":9007199254740992,"host":"h","since":"2026-11-30T12:00:00Z"}',
      '{"pid":"1","host":"h","since":"2026-11-30T12:00:00Z"}',
      '{"pid":1,"host":"","since":"2026-11-30T12:00:00Z"}',
      '{"pid":1,"host":"a b","since":"2026-11-30T12:00:00Z"}',
      `{"pid":1,"host":"${'h'.repeat(254)}","since":"2026-11-30T12:00:00Z"}`,
      '{"pid":1,"host":"x/h","since":"2026-11-30T12:00:00Z"}',
      '{"pid":1,"host":"h\\n","since":"2026-11-30T12:00:00Z"}',
      '{"pid":1,"host":1,"since":"2026-11-30T12:00:00Z"}',
      '{"pid":1,"host":"h","since":"2026-11-30T12:00:00"}',
      '{"pid":1,"host":"h","since":"2026-11-30 12:00:00Z"}',
      '{"pid":1,"host":"h","since":"2026-11-30T12:00:00.Z"}',
      '{"pid":1,"host":"h","since":"2026-11-30T12:00:00.1234567890Z"}',
      '{"pid":1,"host":"h","since":"x2026-11-30T12:00:00Z"}',
      '{"pid":1,"host":"h","since":"2026-11-30T12:00:00Zx"}',
      '{"pid":1,"host":"h","since":1}',
      '{"pid":1,"host":"h","since":["2026-11-30T12:00:00Z"]}',
      '{"pid":1,"host":["h"],"since":"2026-11-30T12:00:00Z"}',
      '{"pid":[1],"host":"h","since":"2026-11-30T12:00:00Z"}',
      '{"pid":1,"host":"h","pid2":"2026-11-30T12:00:00Z"}',
    ];
    for (const content of bad) expect(problem(content), content).toBe(NOT_LOCK);
  });

  it('closes the lock file it reads, whatever it finds', () => {
    const files = [LOCK, 'junk', '{}'].map((content) => path.join(tree({ l: content }), 'l'));
    const before = fs.readdirSync('/proc/self/fd').length;
    for (let i = 0; i < 5; i++) for (const file of files) lockContentProblem(file);
    expect(fs.readdirSync('/proc/self/fd').length).toBe(before);
  });
});

describe('checkRootLayout', () => {
  const check = (entries: Record<string, string | null>, isSignedHead: (bytes: Buffer) => boolean = never) => checkRootLayout(tree(entries), isSignedHead);

  it('accepts every name a writer, retention, a hold or the shipper creates', () => {
    expect(check({})).toBeUndefined();
    expect(check({
      LEDGER: 'x', HEAD: 'x', 'verifier.key': 'x', streams: null, 'streams/a': null, 'streams/b.c_d-e': null, 'HEAD.lock': LOCK, 'HOLDS.lock': '', 'RETENTION.lock': LOCK,
      '.ship/pg': null, '.ship/pg/a.cursor.json': '{}', '.ship/pg/status.json': '{}', '.ship/pg/LOCK': '', '.ship/pg/b.cursor.json.123.tmp': '', '.ship/pg/LOCK.9.tmp': '',
      'HEAD.1.tmp': '', 'LEDGER.4294967295.tmp': '',
    })).toBeUndefined();
    // A root file may be of any kind here: it is read whole later, with its own checks.
    expect(check({ HEAD: null, LEDGER: null })).toBeUndefined();
  });

  it('names an unexpected entry, the first in name order', () => {
    expect(check({ notes: 'x' })).toEqual({ file: 'notes', reason: 'unexpected file notes in the ledger folder: not a name the writer creates (docs/FORMAT.md §1)' });
    // Made in reverse name order (a folder may list them in that order, newest first, or by hash), reported in name order.
    const names = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`a${String.fromCharCode(108 - i)}`, i % 2 ? 'x' : null]));
    expect(check(names)).toEqual({ file: 'aa', reason: 'unexpected file aa in the ledger folder: not a name the writer creates (docs/FORMAT.md §1)' });
    expect(check({ stuff: null })).toEqual({ file: 'stuff', reason: 'unexpected folder stuff in the ledger folder: not a name the writer creates (docs/FORMAT.md §1)' });
    for (const name of ['HEAD.0.tmp', 'HEAD.12345678901.tmp', 'HEAD.tmp', 'xHEAD.1.tmp', 'HEAD.1.tmpx', 'STATE.1.tmp', 'OTHER.lock']) {
      expect(check({ [name]: '' })?.file, name).toBe(name);
    }
    expect(check({ streams: 'x' })).toEqual({ file: 'streams', reason: 'streams is a regular file, not a folder (it must be a real folder inside the ledger)' });
  });

  it('checks the root lock files\' content', () => {
    expect(check({ 'HOLDS.lock': 'junk' })).toEqual({ file: 'HOLDS.lock', reason: `HOLDS.lock ${NOT_JSON}` });
    expect(check({ 'HEAD.lock': '{}' })).toEqual({ file: 'HEAD.lock', reason: `HEAD.lock ${NOT_LOCK}` });
    expect(check({ 'RETENTION.lock': null })).toEqual({ file: 'RETENTION.lock', reason: 'RETENTION.lock is a directory, not a regular file' });
  });

  it('checks the shipper\'s folder', () => {
    // A sound .ship/ does not end the check: what sorts after it is still looked at.
    expect(check({ '.ship/pg/LOCK': '', zz: 'x' })).toEqual({ file: 'zz', reason: 'unexpected file zz in the ledger folder: not a name the writer creates (docs/FORMAT.md §1)' });
    expect(check({ '.ship': 'x' })).toEqual({ file: '.ship', reason: ".ship is a regular file, not the shipper's folder" });
    expect(check({ '.ship/pg': 'x' })).toEqual({ file: '.ship/pg', reason: '.ship/pg is not a real folder (the shipper keeps one folder per sink in .ship)' });
    const unexpected = (name: string, kind = 'file') => ({ file: `.ship/pg/${name}`, reason: `unexpected ${kind} .ship/pg/${name}: the shipper keeps only <stream>.cursor.json, status.json and LOCK there` });
    expect(check({ '.ship/pg/notes.txt': 'x' })).toEqual(unexpected('notes.txt'));
    expect(check({ '.ship/pg/a.cursor.json': null })).toEqual(unexpected('a.cursor.json', 'a directory'));
    for (const name of ['.cursor.json', 'a.cursor.json.0.tmp', 'a.cursor.jsonx', 'xstatus.json', 'LOCK.tmp', 'status.json.1.tmpx']) {
      expect(check({ [`.ship/pg/${name}`]: '' }), name).toEqual(unexpected(name));
    }
    const dir = tree({ '.ship/pg': null });
    fs.symlinkSync(path.join(dir, '.ship', 'pg'), path.join(dir, '.ship', 'link'));
    expect(checkRootLayout(dir, never)).toEqual({ file: '.ship/link', reason: '.ship/link is not a real folder (the shipper keeps one folder per sink in .ship)' });
  });

  it('accepts a writer\'s temp file that is empty, goes away, or holds a signed head; refuses it otherwise after a grace time', () => {
    const seen: string[] = [];
    const signed = `signed ${'h'.repeat(1000)}`;
    expect(check({ 'HEAD.7.tmp': signed }, (bytes) => (seen.push(bytes.toString()), bytes.toString() === signed))).toBeUndefined();
    expect(seen).toEqual([signed]);
    const fds = fs.readdirSync('/proc/self/fd').length;
    for (let i = 0; i < 5; i++) check({ 'HEAD.7.tmp': signed }, () => true);
    expect(fs.readdirSync('/proc/self/fd').length).toBe(fds);
    const started = Date.now();
    expect(check({ 'HEAD.7.tmp': 'partial' })).toEqual({
      file: 'HEAD.7.tmp',
      reason: "HEAD.7.tmp is a writer's temp file that is still there and is not a complete signed head (a writer killed while replacing HEAD, or planted); it is not part of the record: remove it",
    });
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(240);
    expect(waited).toBeLessThan(2_000);
    // LEDGER's temp file is never a head: not even shown to isSignedHead.
    const asked: string[] = [];
    expect(check({ 'LEDGER.7.tmp': 'signed' }, (bytes) => (asked.push(bytes.toString()), true))?.reason).toMatch(/^LEDGER\.7\.tmp is a writer's temp file .* while replacing LEDGER, or planted/);
    expect(asked).toEqual([]);
    expect(check({ 'HEAD.7.tmp': null })).toEqual({ file: 'HEAD.7.tmp', reason: 'HEAD.7.tmp is a directory, not a regular file' });
    // Renamed away while it is looked at: no finding.
    const dir = tree({ 'HEAD.8.tmp': 'partial' });
    let calls = 0;
    expect(checkRootLayout(dir, () => {
      if (++calls === 2) fs.rmSync(path.join(dir, 'HEAD.8.tmp'));
      return false;
    })).toBeUndefined();
    expect(calls).toBe(2);
  });

  it('reads a temp HEAD of up to 16 MiB to ask whether it is a signed head, and not a larger one', () => {
    const sizes: number[] = [];
    const MiB16 = 16 * 1024 * 1024;
    expect(check({ 'HEAD.7.tmp': 'x'.repeat(MiB16) }, (bytes) => (sizes.push(bytes.length), true))).toBeUndefined();
    expect(check({ 'HEAD.8.tmp': 'x'.repeat(MiB16 + 1) }, (bytes) => (sizes.push(bytes.length), true))?.file).toBe('HEAD.8.tmp');
    expect(sizes).toEqual([MiB16]);
  });

  it('checks the entries of streams/: stream names, real folders', () => {
    expect(check({ 'streams/.hidden': null })).toEqual({ file: 'streams/.hidden', reason: 'unexpected folder streams/.hidden: ".hidden" is not a stream name (a hidden or unlisted stream; docs/FORMAT.md §1)' });
    expect(check({ 'streams/a b': 'x' })).toEqual({ file: 'streams/a b', reason: 'unexpected file streams/a b: "a b" is not a stream name (a hidden or unlisted stream; docs/FORMAT.md §1)' });
    expect(check({ 'streams/f': 'x', 'streams/e': 'x', 'streams/d': 'x', 'streams/c': 'x', 'streams/b': 'x', 'streams/a': 'x' })).toEqual({ file: 'streams/a', reason: 'unexpected file in streams/: streams/a is a regular file, not a stream folder' });
    const dir = tree({ streams: null, elsewhere: null });
    fs.rmSync(path.join(dir, 'elsewhere'), { recursive: true });
    fs.symlinkSync(root, path.join(dir, 'streams', 's1'));
    expect(checkRootLayout(dir, never)).toEqual({ file: 'streams/s1', stream: 's1', reason: 'stream folder streams/s1 is a symbolic link, not a folder (it must be a real folder inside the ledger)' });
    expect(STREAM_NAME.test('a'.repeat(128))).toBe(true);
    expect(STREAM_NAME.test('a'.repeat(129))).toBe(false);
    expect(STREAM_NAME.test('-a')).toBe(false);
  });
});

describe('checkStreamLayout', () => {
  const check = (entries: Record<string, string | null>) => {
    const dir = tree(Object.fromEntries([['streams/s', null], ...Object.entries(entries).map(([k, v]) => [`streams/s/${k}`, v])]));
    return checkStreamLayout(dir, 's');
  };
  const SEG = '00000000000000000000.jsonl';

  it('accepts segments, checkpoints, pruned records, a writer lock and torn tails', () => {
    expect(check({})).toBeUndefined();
    expect(check({ [SEG]: '', '00000000000000000010.jsonl': 'x', 'checkpoints.jsonl': '', 'pruned.jsonl': 'x', 'writer.lock': LOCK, recovered: null, 'recovered/00000000000000000000-1.torn': 'x', 'recovered/00000000000000000010-1234567890123456.torn': '' })).toBeUndefined();
  });

  it('names what is not of its kind, or not a name the writer creates, with the stream', () => {
    const at = (file: string, reason: string) => ({ stream: 's', file: `streams/s/${file}`, reason });
    expect(check({ [SEG]: null })).toEqual(at(SEG, `streams/s/${SEG} is a directory, not a regular file`));
    expect(check({ 'checkpoints.jsonl': null })).toEqual(at('checkpoints.jsonl', 'streams/s/checkpoints.jsonl is a directory, not a regular file'));
    expect(check({ 'pruned.jsonl': null })).toEqual(at('pruned.jsonl', 'streams/s/pruned.jsonl is a directory, not a regular file'));
    expect(check({ 'pruned.jsonl': '' })).toEqual(at('pruned.jsonl', 'streams/s/pruned.jsonl is empty: retention only creates it by appending a signed record'));
    expect(check({ 'writer.lock': 'x' })).toEqual(at('writer.lock', `streams/s/writer.lock ${NOT_JSON}`));
    expect(check({ recovered: 'x' })).toEqual(at('recovered', 'streams/s/recovered is a regular file, not a folder'));
    expect(check({ 'recovered/0-1.torn': 'x' })).toEqual(at('recovered/0-1.torn', 'unexpected file streams/s/recovered/0-1.torn: the writer only moves torn tails there, as <segment>-<ms>.torn'));
    expect(check({ 'recovered/x': null })).toEqual(at('recovered/x', 'unexpected folder streams/s/recovered/x: the writer only moves torn tails there, as <segment>-<ms>.torn'));
    for (const torn of ['00000000000000000000-12345678901234567.torn', '00000000000000000000-.torn', 'x00000000000000000000-1.torn', '00000000000000000000-1.tornx']) {
      expect(check({ [`recovered/${torn}`]: '' })?.file, torn).toBe(`streams/s/recovered/${torn}`);
    }
    expect(check({ 'recovered/00000000000000000000-1.torn': null })).toEqual(at('recovered/00000000000000000000-1.torn', 'streams/s/recovered/00000000000000000000-1.torn is a directory, not a regular file'));
    expect(check(Object.fromEntries(['6', '5', '4', '3', '2', '1', '0'].map((d) => [`recovered/${d}0000000000000000000-1.torn`, null]))))
      .toEqual(at('recovered/00000000000000000000-1.torn', 'streams/s/recovered/00000000000000000000-1.torn is a directory, not a regular file'));
    expect(check({ [`${SEG}.tmp`]: '' })).toEqual(at(`${SEG}.tmp`, `unexpected file in the stream folder: streams/s/${SEG}.tmp is not a name the writer creates (docs/FORMAT.md §1)`));
    expect(check({ sub: null })).toEqual(at('sub', 'unexpected folder in the stream folder: streams/s/sub is not a name the writer creates (docs/FORMAT.md §1)'));
    expect(check({ ag: '', af: '', ae: '', ad: '', ac: '', ab: '', aa: '' })?.file).toBe('streams/s/aa');
  });
});

describe('checkSegmentBoundaries', () => {
  const dir = path.join(root, 'ledger');
  const seg = (firstSeq: number) => ({ file: path.join(dir, 'streams', 's', `${String(firstSeq).padStart(20, '0')}.jsonl`), firstSeq });
  const rel = (firstSeq: number) => `streams/s/${String(firstSeq).padStart(20, '0')}.jsonl`;

  it('accepts segments that start where the records list them, and skips what it cannot check', () => {
    expect(checkSegmentBoundaries(dir, [seg(0), seg(10), seg(15)], [{ size: 10, segments: [0] }, { size: 20, segments: [10, 15] }, { size: 25, segments: [] }])).toBeUndefined();
    expect(checkSegmentBoundaries(dir, [seg(0), seg(5)], [{ size: 10 }])).toBeUndefined(); // an older writer's record
    expect(checkSegmentBoundaries(dir, [seg(0), seg(5)], [{ size: 10, segments: 'x' }])).toBeUndefined();
    expect(checkSegmentBoundaries(dir, [seg(10), seg(12)], [{ size: 12, segments: [0] }, { size: 20, segments: [12] }])).toBeUndefined();
    // A pruned range (before the first segment) is not checked; the records after it are.
    expect(checkSegmentBoundaries(dir, [seg(10), seg(12)], [{ size: 11, segments: [] }, { size: 20, segments: [12] }])).toBeUndefined();
    expect(checkSegmentBoundaries(dir, [seg(10), seg(15)], [{ size: 12, segments: [0] }, { size: 20, segments: [12] }])?.seq).toBe(15);
    // A record whose size does not grow, or is not a number, is another check's finding.
    expect(checkSegmentBoundaries(dir, [seg(0), seg(5)], [{ size: 10, segments: [0, 5] }, { size: 10, segments: [3] }])).toBeUndefined();
    expect(checkSegmentBoundaries(dir, [seg(0), seg(5)], [{ size: 10, segments: [0, 5] }, { size: 9, segments: [3] }])).toBeUndefined();
    const x = 'x' as unknown as number;
    expect(checkSegmentBoundaries(dir, [seg(0), seg(5), seg(10)], [{ size: 10, segments: [0, 5] }, { size: x, segments: [7] }, { size: 12, segments: [10] }])).toBeUndefined();
    expect(checkSegmentBoundaries(dir, [], [])).toBeUndefined();
  });

  it('names a segment split in two', () => {
    expect(checkSegmentBoundaries(dir, [seg(0), seg(5)], [{ size: 10, segments: [0] }])).toEqual({
      seq: 5, file: seg(5).file,
      reason: `segment ${rel(5)} starts at seq 5 where the writer did not start one: checkpoint 1 (size 10) lists the segments starting at 0 among seqs 0 to 9 (a segment was split)`,
    });
    expect(checkSegmentBoundaries(dir, [seg(0), seg(10), seg(19)], [{ size: 10, segments: [0] }, { size: 20, segments: [10] }])?.reason).toBe(
      `segment ${rel(19)} starts at seq 19 where the writer did not start one: checkpoint 2 (size 20) lists the segments starting at 10 among seqs 10 to 19 (a segment was split)`,
    );
    expect(checkSegmentBoundaries(dir, [seg(0), seg(20)], [{ size: 10, segments: [0] }, { size: 20, segments: [] }, { size: 30, segments: [20] }])).toBeUndefined();
  });

  it('says none when the record lists no segment start', () => {
    expect(checkSegmentBoundaries(dir, [seg(0), seg(5)], [{ size: 10, segments: [] }])?.reason).toBe(
      `segment ${rel(0)} starts at seq 0 where the writer did not start one: checkpoint 1 (size 10) lists the segments starting at none among seqs 0 to 9 (a segment was split)`,
    );
  });

  it('names segments joined into one, and the file holding the missing start', () => {
    // A start listed outside the record's range: held by the last segment starting before it.
    expect(checkSegmentBoundaries(dir, [seg(0), seg(10), seg(20)], [{ size: 10, segments: [0] }, { size: 20, segments: [10] }, { size: 30, segments: [20, 10] }])).toMatchObject({ seq: 10, file: seg(0).file });
    expect(checkSegmentBoundaries(dir, [seg(0), seg(3)], [{ size: 10, segments: [0, 3] }, { size: 20, segments: [10] }])).toEqual({
      seq: 10, file: seg(3).file,
      reason: 'no segment starts at seq 10 where the writer started one: checkpoint 2 (size 20) lists the segments starting at 10 among seqs 10 to 19 (segments were joined)',
    });
    expect(checkSegmentBoundaries(dir, [seg(0), seg(12)], [{ size: 20, segments: [0, 5, 12] }])).toEqual({
      seq: 5, file: seg(0).file,
      reason: 'no segment starts at seq 5 where the writer started one: checkpoint 1 (size 20) lists the segments starting at 0, 5, 12 among seqs 0 to 19 (segments were joined)',
    });
    expect(checkSegmentBoundaries(dir, [seg(5)], [{ size: 5, segments: [] }, { size: 9, segments: [5, 2] }])).toEqual({
      seq: 2, file: seg(5).file, reason: 'no segment starts at seq 2 where the writer started one: checkpoint 2 (size 9) lists the segments starting at 5, 2 among seqs 5 to 8 (segments were joined)',
    });
    expect(checkSegmentBoundaries(dir, [], [{ size: 5, segments: [0] }])).toEqual({
      seq: 0, file: dir, reason: 'no segment starts at seq 0 where the writer started one: checkpoint 1 (size 5) lists the segments starting at 0 among seqs 0 to 4 (segments were joined)',
    });
  });
});
