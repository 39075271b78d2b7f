// What the embedded file ledger promises (issue 13, from surviving mutants of file-ledger.ts):
// its option defaults, group commit (fdatasync per batch, fsync at rotation and close, none with
// fsync: false), checkpoint cadence by count and by time, segment rotation exactly where a
// segment fills, the signed head and published verifier keys, the key refusals, torn-tail repair
// with its exact ledger.recover record, and the exact errors of each refusal.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { sealEvent } from '../auditor/seal.js';
import { generateSignerKey, signNote } from '../crypto/note.js';
import { GENESIS_HASH, type UnsealedEvent } from '../spec/event.js';
import type { SealedRecord, StreamHead } from '../spec/sink.js';
import { fileLedger, readCheckpointFile, type FileLedgerOptions } from './file-ledger.js';
import { parseHead, readHeadNote } from './head.js';
import { verifyLedger } from './verify.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-fl-mutants-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});
let n = 0;
const fresh = (): string => path.join(root, `L${n++}`);
const key = generateSignerKey('fl-mutants/audit');
const other = generateSignerKey('fl-mutants/other');
const SEG0 = '00000000000000000000.jsonl';
const seg = (first: number): string => `${String(first).padStart(20, '0')}.jsonl`;

/** Records seq head.nextSeq.. chained on head.prev; `pad` makes every line the same length. */
function records(head: StreamHead, count: number, stream = 'bot'): SealedRecord[] {
  const out: SealedRecord[] = [];
  let prev = head.prev;
  for (let i = 0; i < count; i++) {
    const seq = head.nextSeq + i;
    const record = sealEvent({
      v: 1, id: `01JD${String(seq).padStart(22, '0')}`, ts: '2026-12-01T12:00:00.000Z', stream, seq, type: 'tool.call', outcome: 'success', source: 'test',
      agent: { id: 'bot' }, trace: { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7' },
    } as unknown as UnsealedEvent, prev);
    out.push(record);
    prev = record.event.hash;
  }
  return out;
}

/** Appends `count` events in one batch and returns the new head. */
async function add(ledger: ReturnType<typeof fileLedger>, head: StreamHead, count: number, stream = 'bot'): Promise<StreamHead> {
  const batch = records(head, count, stream);
  await ledger.append(stream, batch);
  return { nextSeq: head.nextSeq + count, prev: (batch[batch.length - 1] as SealedRecord).event.hash };
}

const sdir = (dir: string, stream = 'bot'): string => path.join(dir, 'streams', stream);
const segments = (dir: string, stream = 'bot'): string[] => fs.readdirSync(sdir(dir, stream)).filter((f) => /^\d{20}\.jsonl$/.test(f)).sort();
const checkpointSizes = (dir: string, stream = 'bot'): number[] => readCheckpointFile(path.join(sdir(dir, stream), 'checkpoints.jsonl')).map((c) => c.size);
const headOf = (dir: string) => {
  const note = readHeadNote(dir) as string;
  return parseHead(note.slice(0, note.lastIndexOf('\n\n') + 1));
};
const signed = (text: string, signerKey: string): string => signNote(text, signerKey);
const LINE = records({ nextSeq: 0, prev: GENESIS_HASH }, 1)[0]?.line.length as number;

function caught(run: () => unknown): { name?: string; code?: string; message: string } {
  try {
    run();
  } catch (error) {
    const e = error as Error & { code?: string };
    return { name: e.name, code: e.code, message: e.message };
  }
  return { message: 'returned' };
}

async function written(dir: string, count: number, options: Partial<FileLedgerOptions> = {}, stream = 'bot'): Promise<void> {
  const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false, ...options });
  const head = ledger.open(stream);
  if (count > 0) await add(ledger, head, count, stream);
  await ledger.close(stream);
}

describe('fileLedger: defaults and fsync', () => {
  it('every line has the same length (the segment arithmetic below relies on it)', () => {
    const lines = records({ nextSeq: 0, prev: GENESIS_HASH }, 10).map((r) => r.line.length);
    expect(new Set(lines).size).toBe(1);
    expect(Buffer.byteLength(records({ nextSeq: 0, prev: GENESIS_HASH }, 1)[0]?.line as string)).toBe(LINE);
  });

  it('fsync defaults to on: one fdatasync per batch, an fsync per checkpoint and at close', async () => {
    const dir = fresh();
    const datasync = vi.spyOn(fs, 'fdatasync');
    const sync = vi.spyOn(fs, 'fsync');
    const ledger = fileLedger({ dir, signingKey: key.signerKey });
    let head = ledger.open('bot');
    head = await add(ledger, head, 3);
    head = await add(ledger, head, 2);
    expect(datasync).toHaveBeenCalledTimes(2);
    expect(sync).toHaveBeenCalledTimes(0);
    await ledger.close('bot');
    // The final checkpoint's fsync and the segment's fsync at close.
    expect(sync).toHaveBeenCalledTimes(2);
    expect(checkpointSizes(dir)).toEqual([5]);
  });

  it('fsync: true syncs as the default does; fsync: false never syncs (batch, checkpoint, rotation or close)', async () => {
    for (const fsync of [true, false]) {
      vi.restoreAllMocks();
      const dir = fresh();
      const datasync = vi.spyOn(fs, 'fdatasync');
      const sync = vi.spyOn(fs, 'fsync');
      const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync, maxSegmentBytes: 2 * (LINE + 1), checkpointEvery: 2 });
      let head = ledger.open('bot');
      head = await add(ledger, head, 3); // two parts: a full segment, then a new one
      await ledger.close('bot');
      expect(segments(dir)).toEqual([SEG0, seg(2)]);
      // On: a fdatasync per part, an fsync of the full segment before rotating, of the checkpoint, and at close.
      expect([datasync.mock.calls.length, sync.mock.calls.length]).toEqual(fsync ? [2, 3] : [0, 0]);
    }
  });

  it('checkpointEvery and checkpointIntervalMs default to 10 000: no checkpoint before close for 9 999 events in 9.999 s', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T12:00:00.000Z'));
    const dir = fresh();
    const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false });
    let head = ledger.open('bot');
    head = await add(ledger, head, 1);
    vi.setSystemTime(new Date('2026-12-01T12:00:09.999Z'));
    head = await add(ledger, head, 1);
    expect(checkpointSizes(dir)).toEqual([]);
    // Exactly 10 s after the first uncheckpointed event: the next append signs one.
    vi.setSystemTime(new Date('2026-12-01T12:00:10.000Z'));
    head = await add(ledger, head, 1);
    expect(checkpointSizes(dir)).toEqual([3]);
    // The interval starts again at the next uncheckpointed event, not at the checkpoint.
    vi.setSystemTime(new Date('2026-12-01T12:00:15.000Z'));
    head = await add(ledger, head, 1);
    vi.setSystemTime(new Date('2026-12-01T12:00:24.999Z'));
    head = await add(ledger, head, 1);
    expect(checkpointSizes(dir)).toEqual([3]);
    vi.setSystemTime(new Date('2026-12-01T12:00:25.000Z'));
    head = await add(ledger, head, 1);
    expect(checkpointSizes(dir)).toEqual([3, 6]);
    await ledger.close('bot');
    expect(checkpointSizes(dir)).toEqual([3, 6]);
  });

  it('a 9 999-event batch signs nothing by count; the 10 000th event does', async () => {
    const dir = fresh();
    const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false });
    let head = ledger.open('bot');
    const batch = records(head, 10_000);
    await ledger.append('bot', batch.slice(0, 9_999));
    expect(checkpointSizes(dir)).toEqual([]);
    await ledger.append('bot', batch.slice(9_999));
    expect(checkpointSizes(dir)).toEqual([10_000]);
    head = { nextSeq: 10_000, prev: (batch[9_999] as SealedRecord).event.hash };
    await ledger.close('bot');
    expect(checkpointSizes(dir)).toEqual([10_000]);
  }, 20_000);

  it('checkpointEvery: a checkpoint exactly when the uncheckpointed events reach it', async () => {
    const dir = fresh();
    const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false, checkpointEvery: 3 });
    let head = ledger.open('bot');
    head = await add(ledger, head, 2);
    expect(checkpointSizes(dir)).toEqual([]);
    head = await add(ledger, head, 1);
    expect(checkpointSizes(dir)).toEqual([3]);
    head = await add(ledger, head, 2);
    expect(checkpointSizes(dir)).toEqual([3]);
    head = await add(ledger, head, 4);
    expect(checkpointSizes(dir)).toEqual([3, 9]);
    await ledger.close('bot');
    expect(checkpointSizes(dir)).toEqual([3, 9]);
    expect(headOf(dir).streams).toMatchObject([{ name: 'bot', size: 9, closed: true }]);
  });

  it('checkpointIntervalMs: the given interval, not the default', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T12:00:00.000Z'));
    const dir = fresh();
    const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false, checkpointIntervalMs: 60_000 });
    let head = ledger.open('bot');
    head = await add(ledger, head, 1);
    vi.setSystemTime(new Date('2026-12-01T12:00:59.999Z'));
    head = await add(ledger, head, 1);
    expect(checkpointSizes(dir)).toEqual([]);
    vi.setSystemTime(new Date('2026-12-01T12:01:00.000Z'));
    head = await add(ledger, head, 1);
    expect(checkpointSizes(dir)).toEqual([3]);
    await ledger.close('bot');
  });
});

describe('fileLedger: segments', () => {
  const SLOT = () => LINE + 1;

  it('fills a segment to exactly maxSegmentBytes, then starts the next at the next seq (one batch)', async () => {
    const dir = fresh();
    const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false, maxSegmentBytes: 3 * SLOT() });
    const head = ledger.open('bot');
    await add(ledger, head, 7);
    expect(segments(dir)).toEqual([SEG0, seg(3), seg(6)]);
    expect(segments(dir).map((f) => fs.statSync(path.join(sdir(dir), f)).size)).toEqual([3 * SLOT(), 3 * SLOT(), SLOT()]);
    await ledger.close('bot');
    expect(await verifyLedger(dir, { verifierKey: key.verifierKey })).toMatchObject({ ok: true, events: 7 });
  });

  it('one byte short of a full segment: the next line goes to a new segment', async () => {
    const dir = fresh();
    const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false, maxSegmentBytes: 3 * SLOT() - 1 });
    const head = ledger.open('bot');
    await add(ledger, head, 5);
    expect(segments(dir)).toEqual([SEG0, seg(2), seg(4)]);
    await ledger.close('bot');
  });

  it('batch by batch: a batch that fits is written whole; one that does not is split where the segment fills', async () => {
    const dir = fresh();
    const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false, maxSegmentBytes: 4 * SLOT() });
    let head = ledger.open('bot');
    head = await add(ledger, head, 1);
    head = await add(ledger, head, 3); // exactly fills segment 0
    expect(segments(dir)).toEqual([SEG0]);
    head = await add(ledger, head, 1);
    expect(segments(dir)).toEqual([SEG0, seg(4)]);
    head = await add(ledger, head, 5); // 1 + 5 = 6 > 4: 3 into seg 4, 2 into seg 8
    expect(segments(dir)).toEqual([SEG0, seg(4), seg(8)]);
    expect(segments(dir).map((f) => fs.statSync(path.join(sdir(dir), f)).size / SLOT())).toEqual([4, 4, 2]);
    await ledger.close('bot');
    expect(await verifyLedger(dir, { verifierKey: key.verifierKey })).toMatchObject({ ok: true, events: 10 });
  });

  it('a line larger than maxSegmentBytes gets a segment of its own, and the first one is not left empty', async () => {
    const dir = fresh();
    const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false, maxSegmentBytes: Math.floor(LINE / 2) });
    const head = ledger.open('bot');
    await add(ledger, head, 3);
    expect(segments(dir)).toEqual([SEG0, seg(1), seg(2)]);
    expect(segments(dir).map((f) => fs.statSync(path.join(sdir(dir), f)).size)).toEqual([SLOT(), SLOT(), SLOT()]);
    await ledger.close('bot');
    expect(await verifyLedger(dir, { verifierKey: key.verifierKey })).toMatchObject({ ok: true, events: 3 });
  });

  it('reopening continues in the last segment while it is shorter than maxSegmentBytes, else starts a new one', async () => {
    const dir = fresh();
    const max = 3 * SLOT();
    await written(dir, 2, { maxSegmentBytes: max });
    await written(dir, 1, { maxSegmentBytes: max });
    expect(segments(dir)).toEqual([SEG0]);
    expect(fs.statSync(path.join(sdir(dir), SEG0)).size).toBe(max);
    // Full (size == max): the next writer starts segment 3 at open.
    const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false, maxSegmentBytes: max });
    expect(ledger.open('bot').nextSeq).toBe(3);
    expect(segments(dir)).toEqual([SEG0, seg(3)]);
    await ledger.close('bot');
    // A larger maxSegmentBytes lets it continue in the same (still empty) segment 3.
    await written(dir, 1, { maxSegmentBytes: 10 * SLOT() });
    expect(segments(dir)).toEqual([SEG0, seg(3)]);
    expect(fs.statSync(path.join(sdir(dir), seg(3))).size).toBe(SLOT());
    expect(await verifyLedger(dir, { verifierKey: key.verifierKey })).toMatchObject({ ok: true, events: 4 });
  });

  it('checkpoints name the segments that start among the events they add', async () => {
    const dir = fresh();
    const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false, maxSegmentBytes: 2 * SLOT(), checkpointEvery: 3 });
    let head = ledger.open('bot');
    head = await add(ledger, head, 3);
    head = await add(ledger, head, 3);
    await ledger.close('bot');
    const checkpoints = readCheckpointFile(path.join(sdir(dir), 'checkpoints.jsonl'));
    expect(checkpoints.map((c) => [c.size, c.segments])).toEqual([[3, [0, 2]], [6, [4]]]);
  });
});

const ledgerId = (dir: string): string => (JSON.parse(fs.readFileSync(path.join(dir, 'LEDGER'), 'utf8')) as { id: string }).id;

describe('fileLedger: keys, the signed head and the published verifier keys', () => {
  it('verifierKey before any stream is open: the generated key, published in verifier.key with a head listing no stream', () => {
    const dir = fresh();
    const keyDir = path.join(root, `keys${n++}`);
    const ledger = fileLedger({ dir, keyDir });
    const verifierKey = ledger.verifierKey;
    expect(verifierKey).toMatch(/^agent-audit\./);
    expect(fs.readFileSync(path.join(dir, 'verifier.key'), 'utf8')).toBe(`${verifierKey}\n`);
    expect(headOf(dir).streams).toEqual([]);
    expect(fs.existsSync(path.join(keyDir, `ledger-${ledgerId(dir)}.key`))).toBe(true);
  });

  it('loads its key once: a key folder removed after open does not stop the writer', async () => {
    const dir = fresh();
    const keyDir = path.join(root, `keys${n++}`);
    const ledger = fileLedger({ dir, keyDir, fsync: false });
    let head = ledger.open('bot');
    fs.rmSync(keyDir, { recursive: true });
    head = await add(ledger, head, 2);
    await ledger.checkpoint('bot');
    await ledger.close('bot');
    expect(checkpointSizes(dir)).toEqual([2]);
    expect(await verifyLedger(dir)).toMatchObject({ ok: true, events: 2 });
  });

  it('a key folder inside the ledger is refused before the ledger folder is created; with a given signing key it is never used', async () => {
    const dir = fresh();
    const error = caught(() => fileLedger({ dir, keyDir: path.join(dir, 'keys') }).open('bot'));
    expect(error).toMatchObject({ name: 'KeyError', code: 'key_error' });
    expect(error.message).toContain(`is inside the ledger folder ${dir}`);
    expect(fs.existsSync(dir)).toBe(false);
    await written(dir, 1, { keyDir: path.join(dir, 'keys') });
    expect(fs.existsSync(path.join(dir, 'keys'))).toBe(false);
  });

  it('a folder that is neither empty nor a ledger: its own LedgerFormatError, not wrapped', () => {
    const dir = fresh();
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'x');
    expect(caught(() => fileLedger({ dir, signingKey: key.signerKey }).open('bot'))).toEqual({
      name: 'LedgerFormatError', code: 'ledger_format', message: `${dir} is not empty and is not an agent-audit ledger (found notes.txt)`,
    });
  });

  it('a lost key folder: refused, naming the key file and the published key that signed the head; nothing created', async () => {
    const dir = fresh();
    const keyDir = path.join(root, `keys${n++}`);
    const signedBy = fileLedger({ dir, keyDir }).verifierKey;
    const lost = path.join(root, `keys${n++}`);
    const file = path.join(lost, `ledger-${ledgerId(dir)}.key`);
    const expected = {
      name: 'KeyError', code: 'key_missing',
      message: `no signing key for ledger ${dir} at ${file}, but the ledger is already signed by ${signedBy}. If the key folder was lost (another AGENT_AUDIT_HOME, a container restart), restore the key file there or pass keyDir; to continue with a new key, pass rotateKey: true (the rotation is recorded and reported by verify)`,
    };
    expect(caught(() => fileLedger({ dir, keyDir: lost }).open('bot'))).toMatchObject({ name: expected.name, message: expected.message });
    expect(fs.existsSync(lost)).toBe(false);
    // verifier.key gone: the head still makes the ledger established; its signer is named by name+keyid.
    fs.rmSync(path.join(dir, 'verifier.key'));
    const keyId = signedBy.split('+').slice(0, 2).join('+');
    expect(caught(() => fileLedger({ dir, keyDir: lost }).open('bot')).message).toBe(expected.message.replace(`signed by ${signedBy}.`, `signed by ${keyId}.`));
    expect(fs.existsSync(lost)).toBe(false);
  });

  it('a lost key folder and no HEAD: established by the published keys, all of them named', () => {
    const dir = fresh();
    const signedBy = fileLedger({ dir, keyDir: path.join(root, `keys${n++}`) }).verifierKey;
    fs.appendFileSync(path.join(dir, 'verifier.key'), `${other.verifierKey}\n`);
    fs.rmSync(path.join(dir, 'HEAD'));
    const lost = path.join(root, `keys${n++}`);
    expect(caught(() => fileLedger({ dir, keyDir: lost }).open('bot')).message).toContain(`but the ledger is already signed by ${signedBy}, ${other.verifierKey}. If the key folder`);
  });

  it('another key: refused with both keys named; with rotateKey a ledger.key_rotate notice once, and both keys published once', async () => {
    const dir = fresh();
    await written(dir, 2);
    expect(caught(() => fileLedger({ dir, signingKey: other.signerKey }).open('bot'))).toMatchObject({
      name: 'KeyError',
      message: `ledger ${dir} is signed by ${key.verifierKey}, a key this writer does not hold (it holds ${other.verifierKey}). Use the ledger's key, or pass rotateKey: true to continue with this one (the rotation is recorded and reported by verify)`,
    });
    const ledger = fileLedger({ dir, signingKey: other.signerKey, rotateKey: true, fsync: false });
    ledger.open('bot');
    expect(ledger.takeNotices('bot')).toEqual([{ type: 'ledger.key_rotate', outcome: 'success', attrs: { from: key.verifierKey, to: other.verifierKey, reason: 'the writer was started with rotateKey' } }]);
    expect(ledger.takeNotices('bot')).toEqual([]);
    ledger.open('second');
    expect(ledger.takeNotices('second')).toEqual([]);
    await ledger.close('bot');
    await ledger.close('second');
    expect(fs.readFileSync(path.join(dir, 'verifier.key'), 'utf8')).toBe(`${key.verifierKey}\n${other.verifierKey}\n`);
    // Back to the first key: a rotation again, but its key is not published twice.
    const back = fileLedger({ dir, signingKey: key.signerKey, rotateKey: true, fsync: false });
    back.open('bot');
    expect(back.takeNotices('bot')).toMatchObject([{ type: 'ledger.key_rotate', attrs: { from: other.verifierKey, to: key.verifierKey } }]);
    await back.close('bot');
    expect(fs.readFileSync(path.join(dir, 'verifier.key'), 'utf8')).toBe(`${key.verifierKey}\n${other.verifierKey}\n`);
  });

  it('a lost key folder with rotateKey: a new key, the rotation from the published key recorded', () => {
    const dir = fresh();
    const signedBy = fileLedger({ dir, keyDir: path.join(root, `keys${n++}`) }).verifierKey;
    const ledger = fileLedger({ dir, keyDir: path.join(root, `keys${n++}`), rotateKey: true });
    ledger.open('bot');
    const notices = ledger.takeNotices('bot');
    expect(notices).toEqual([{ type: 'ledger.key_rotate', outcome: 'success', attrs: { from: signedBy, to: ledger.verifierKey, reason: 'the writer was started with rotateKey' } }]);
    expect(ledger.verifierKey).not.toBe(signedBy);
    return ledger.close('bot');
  });

  it('a deleted verifier.key is published again by the next writer, once', async () => {
    const dir = fresh();
    await written(dir, 1);
    fs.rmSync(path.join(dir, 'verifier.key'));
    await written(dir, 1);
    expect(fs.readFileSync(path.join(dir, 'verifier.key'), 'utf8')).toBe(`${key.verifierKey}\n`);
    await written(dir, 1);
    expect(fs.readFileSync(path.join(dir, 'verifier.key'), 'utf8')).toBe(`${key.verifierKey}\n`);
    expect(await verifyLedger(dir, { verifierKey: key.verifierKey })).toMatchObject({ ok: true, events: 3 });
  });

  it('the head lists an opened stream at once (open, size 0), and closed with its final checkpoint at close', async () => {
    const dir = fresh();
    const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false, checkpointEvery: 2 });
    let head = ledger.open('bot');
    const empty = createHash('sha256').update('').digest('hex');
    expect(headOf(dir).streams).toMatchObject([{ name: 'bot', size: 0, closed: false, checkpointBytes: 0, checkpointSha256: empty }]);
    head = await add(ledger, head, 2);
    const cpFile = path.join(sdir(dir), 'checkpoints.jsonl');
    const bytes = fs.readFileSync(cpFile);
    const [cp] = readCheckpointFile(cpFile);
    expect(headOf(dir).streams).toEqual([{ name: 'bot', size: 2, root: cp?.root, closed: false, checkpointBytes: bytes.length, checkpointSha256: createHash('sha256').update(bytes).digest('hex') }]);
    expect(cp?.note).toContain(`\n2\n`);
    expect(cp?.note).toContain(`\ntimestamp ${cp?.ts}\n`);
    ledger.open('two');
    head = await add(ledger, head, 1);
    await ledger.close('bot');
    expect(headOf(dir).streams.map((s) => [s.name, s.size, s.closed])).toEqual([['bot', 3, true], ['two', 0, false]]);
    await ledger.close('two');
    expect(headOf(dir).streams.map((s) => [s.name, s.size, s.closed])).toEqual([['bot', 3, true], ['two', 0, true]]);
  });

  it('checkpoint() with nothing new writes nothing, and the head stays open', async () => {
    const dir = fresh();
    const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false });
    let head = ledger.open('bot');
    await ledger.checkpoint('bot');
    expect(checkpointSizes(dir)).toEqual([]);
    head = await add(ledger, head, 1);
    await ledger.checkpoint('bot');
    await ledger.checkpoint('bot');
    expect(checkpointSizes(dir)).toEqual([1]);
    expect(headOf(dir).streams).toMatchObject([{ name: 'bot', size: 1, closed: false }]);
    await ledger.close('bot');
    expect(checkpointSizes(dir)).toEqual([1]);
  });
});

describe('fileLedger: the witness', () => {
  it('gets every signed head, in order, the last one being HEAD', async () => {
    const dir = fresh();
    const seen: Array<[string, string, string | undefined]> = [];
    const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false, witness: { name: 'w', append: (id, note, from) => void seen.push([id, note, from]) } });
    let head = ledger.open('bot');
    head = await add(ledger, head, 1);
    await ledger.checkpoint('bot');
    await ledger.close('bot');
    // The first head (setup), the stream listed at open, the checkpoint, the closed head.
    expect(seen.length).toBe(4);
    expect(seen.every(([id, , from]) => id === ledgerId(dir) && from === dir)).toBe(true);
    expect(seen[3]?.[1]).toBe(readHeadNote(dir));
    expect(seen[0]?.[1]).toContain('\nkeys ');
    expect(seen[0]?.[1]).not.toContain('\nstream ');
  });

  it('a failing witness is reported by the next write, once, with its name and cause', async () => {
    const dir = fresh();
    let fail = true;
    const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false, witness: { name: 'wit', append: () => { if (fail) throw new Error('down'); } } });
    let head = ledger.open('bot');
    head = await add(ledger, head, 1);
    await expect(ledger.checkpoint('bot')).rejects.toMatchObject({ name: 'LedgerError', code: 'ledger_witness', message: 'could not append the signed head to the witness wit: down' });
    fail = false;
    head = await add(ledger, head, 1);
    await ledger.checkpoint('bot');
    await ledger.close('bot');
  });

  it('a witness folder inside the ledger is refused at once', () => {
    const dir = fresh();
    fs.mkdirSync(path.join(dir, 'w'), { recursive: true });
    expect(caught(() => fileLedger({ dir, signingKey: key.signerKey, witness: { name: 'w', folder: path.join(dir, 'w'), append: () => undefined } }))).toEqual({
      name: 'LedgerError', code: 'ledger_witness',
      message: `witness folder ${path.join(dir, 'w')} is inside the ledger ${dir}; a witness must be a place the ledger's writer cannot rewrite`,
    });
    const outside = path.join(root, `w${n++}`);
    fs.mkdirSync(outside);
    expect(() => fileLedger({ dir, signingKey: key.signerKey, witness: { name: 'w', folder: outside, append: () => undefined } })).not.toThrow();
  });
});

/** A copy of the ledger as a crash would leave it while `dir`'s writer is still open. */
function crashCopy(dir: string): string {
  const copy = fresh();
  fs.cpSync(dir, copy, { recursive: true });
  for (const stream of fs.readdirSync(path.join(copy, 'streams'))) fs.rmSync(path.join(copy, 'streams', stream, 'writer.lock'), { force: true });
  return copy;
}

/** The segment files a writer reads while opening stream bot. */
function segmentsReadAtOpen(dir: string, options: Partial<FileLedgerOptions> = {}): { read: string[]; head: StreamHead; ledger: ReturnType<typeof fileLedger> } {
  const read = vi.spyOn(fs, 'readFileSync');
  const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false, ...options });
  const head = ledger.open('bot');
  const files = read.mock.calls.map((c) => String(c[0])).filter((f) => path.dirname(f) === sdir(dir) && f.endsWith('0.jsonl') || /\d{20}\.jsonl$/.test(f)).map((f) => path.basename(f));
  read.mockRestore();
  return { read: files, head, ledger };
}

describe('fileLedger: resuming a stream', () => {
  it('resumes from the last checkpoint\'s frontier: reads only the segment holding its last event (and the tail to repair)', async () => {
    const dir = fresh();
    await written(dir, 6, { maxSegmentBytes: LINE + 1 });
    expect(segments(dir)).toEqual([0, 1, 2, 3, 4, 5].map(seg));
    const events = fs.readFileSync(path.join(sdir(dir), seg(5)), 'utf8');
    const { read, head, ledger } = segmentsReadAtOpen(dir, { maxSegmentBytes: LINE + 1 });
    expect([...new Set(read)]).toEqual([seg(5)]);
    expect(head).toEqual({ nextSeq: 6, prev: JSON.parse(events).hash });
    await ledger.close('bot');
    // Segment 6 was started at open (5 was full); it is empty, and the next open still knows the chain.
    expect(segments(dir)).toEqual([0, 1, 2, 3, 4, 5, 6].map(seg));
    const again = segmentsReadAtOpen(dir, { maxSegmentBytes: LINE + 1 });
    expect(again.head).toEqual({ nextSeq: 6, prev: JSON.parse(events).hash });
    expect([...new Set(again.read)].sort()).toEqual([seg(5), seg(6)]);
    await again.ledger.close('bot');
  });

  it('events after the last checkpoint (a crash): resumed, re-hashed into the tree, and the interval runs from the open', async () => {
    const dir = fresh();
    const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false, maxSegmentBytes: 2 * (LINE + 1) });
    let head = ledger.open('bot');
    head = await add(ledger, head, 2);
    await ledger.checkpoint('bot');
    head = await add(ledger, head, 3);
    const copy = crashCopy(dir);
    await ledger.close('bot');
    expect(checkpointSizes(copy)).toEqual([2]);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T12:00:00.000Z'));
    const { read, head: resumed, ledger: again } = segmentsReadAtOpen(copy, { checkpointEvery: 100, maxSegmentBytes: 2 * (LINE + 1) });
    expect([...new Set(read)].sort()).toEqual([seg(0), seg(2), seg(4)]);
    expect(resumed).toEqual(head);
    vi.setSystemTime(new Date('2026-12-01T12:00:10.000Z'));
    await add(again, resumed, 1);
    expect(checkpointSizes(copy)).toEqual([2, 6]);
    await again.close('bot');
    expect(await verifyLedger(copy, { verifierKey: key.verifierKey })).toMatchObject({ ok: true, events: 6, checkpoints: 2 });
  });

  it('a frontier that does not reproduce its checkpoint is not trusted: the tree is rebuilt from the first segment', async () => {
    for (const forge of [
      (f: { size: number; hashes: string[] }) => ({ ...f, size: f.size - 1 }),
      (f: { size: number; hashes: string[] }) => ({ ...f, hashes: [...f.hashes.slice(1), f.hashes[0] as string] }),
      (f: { size: number; hashes: string[] }) => ({ ...f, hashes: f.hashes.map((h) => h.replace(/^./, (c) => (c === '0' ? '1' : '0'))) }),
    ]) {
      const dir = fresh();
      await written(dir, 6, { maxSegmentBytes: 2 * (LINE + 1) });
      const cpFile = path.join(sdir(dir), 'checkpoints.jsonl');
      const [cp] = readCheckpointFile(cpFile);
      fs.writeFileSync(cpFile, JSON.stringify({ ...cp, frontier: forge(cp?.frontier as { size: number; hashes: string[] }) }) + '\n');
      // The head commits to the checkpoint file; re-sign it as the ledger's own writer would.
      const { writeHead } = await import('./head.js');
      const bytes = fs.readFileSync(cpFile);
      writeHead(dir, ledgerId(dir), key.signerKey, (current) => (current?.streams ?? []).map((s) => ({ ...s, closed: false, checkpointBytes: bytes.length, checkpointSha256: createHash('sha256').update(bytes).digest('hex') })));
      const { read, ledger } = segmentsReadAtOpen(dir, { maxSegmentBytes: 2 * (LINE + 1) });
      expect([...new Set(read)].sort()).toEqual([seg(0), seg(2), seg(4)]);
      await ledger.close('bot');
    }
  });

  it('a first segment that does not start at 0, or a segment that does not start where the previous one ends: refused', async () => {
    const dir = fresh();
    await written(dir, 2);
    fs.writeFileSync(path.join(sdir(dir), seg(5)), '');
    expect(caught(() => fileLedger({ dir, signingKey: key.signerKey }).open('bot'))).toEqual({
      name: 'LedgerError', code: 'ledger_corrupt',
      message: `cannot resume: segment ${path.join(sdir(dir), seg(5))} starts at seq 5, expected 2; run \`agent-audit verify ${dir}\``,
    });
    fs.rmSync(path.join(sdir(dir), seg(5)));
    fs.renameSync(path.join(sdir(dir), SEG0), path.join(sdir(dir), seg(1)));
    expect(caught(() => fileLedger({ dir, signingKey: key.signerKey }).open('bot'))).toEqual({
      name: 'LedgerError', code: 'ledger_corrupt',
      message: `cannot resume: segment ${path.join(sdir(dir), seg(1))} starts at seq 1, expected 0; run \`agent-audit verify ${dir}\``,
    });
  });

  it.each([
    ['a line that is not JSON', (lines: string[]) => { lines[1] = 'not json'; }],
    ['an edited event (its hash fails)', (lines: string[]) => { lines[1] = (lines[1] as string).replace('"source":"test"', '"source":"tESt"'); }],
    ['an event re-sealed at another seq', (lines: string[]) => { lines[1] = (records({ nextSeq: 7, prev: JSON.parse(lines[0] as string).hash }, 1)[0] as SealedRecord).line; }],
    ['an event re-sealed on another prev', (lines: string[]) => { lines[1] = (records({ nextSeq: 1, prev: GENESIS_HASH }, 1)[0] as SealedRecord).line; }],
    ['a first event re-sealed on another prev than genesis', (lines: string[]) => { lines[0] = (records({ nextSeq: 0, prev: 'ab'.repeat(32) }, 1)[0] as SealedRecord).line; }],
  ])('%s before the last line: the writer refuses to resume, naming the seq', async (what, edit) => {
    const dir = fresh();
    await written(dir, 3);
    const file = path.join(sdir(dir), SEG0);
    const lines = fs.readFileSync(file, 'utf8').split('\n').slice(0, 3);
    edit(lines);
    fs.writeFileSync(file, lines.map((l) => l + '\n').join(''));
    const at = what.startsWith('a first') ? 0 : 1;
    expect(caught(() => fileLedger({ dir, signingKey: key.signerKey }).open('bot'))).toEqual({
      name: 'LedgerError', code: 'ledger_corrupt',
      message: `cannot resume: the event at seq ${at} in ${file} fails its hash, seq or chain check; run \`agent-audit verify ${dir}\``,
    });
  });

  it('a checkpoints file no longer holding the signed bytes (edited, cut): refused', async () => {
    for (const change of [(b: Buffer) => Buffer.from(b.toString('latin1').replace('"size":2', '"size":3'), 'latin1'), (b: Buffer) => b.subarray(0, b.length - 1), () => Buffer.alloc(0)]) {
      const dir = fresh();
      await written(dir, 2);
      const cpFile = path.join(sdir(dir), 'checkpoints.jsonl');
      const bytes = fs.readFileSync(cpFile);
      fs.writeFileSync(cpFile, change(bytes));
      expect(caught(() => fileLedger({ dir, signingKey: key.signerKey }).open('bot'))).toEqual({
        name: 'LedgerError', code: 'ledger_corrupt',
        message: `cannot resume stream bot: its checkpoints.jsonl no longer holds the ${bytes.length} bytes the signed head commits to (deleted, emptied, cut or edited); run \`agent-audit verify ${dir}\``,
      });
    }
  });

  it('a torn last checkpoint record past the signed bytes is cut at open', async () => {
    const dir = fresh();
    await written(dir, 2);
    const cpFile = path.join(sdir(dir), 'checkpoints.jsonl');
    const bytes = fs.readFileSync(cpFile);
    fs.appendFileSync(cpFile, '{"size":3,"ro');
    await written(dir, 1);
    expect(fs.readFileSync(cpFile).subarray(0, bytes.length).equals(bytes)).toBe(true);
    expect(checkpointSizes(dir)).toEqual([2, 3]);
  });

  it('fewer events than the signed head or the last checkpoint covers: ledger_truncated', async () => {
    const dir = fresh();
    await written(dir, 3);
    const file = path.join(sdir(dir), SEG0);
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    fs.writeFileSync(file, lines.slice(0, 2).map((l) => l + '\n').join(''));
    expect(caught(() => fileLedger({ dir, signingKey: key.signerKey }).open('bot'))).toEqual({
      name: 'LedgerError', code: 'ledger_truncated',
      message: `cannot resume stream bot: it holds 2 events but the signed head covers 3; events were removed. Run \`agent-audit verify ${dir}\``,
    });
  });

  it('a checkpoint past the signed head (signed, then a crash before the head) still forbids removing its events', async () => {
    const dir = fresh();
    const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false });
    let head = ledger.open('bot');
    head = await add(ledger, head, 2);
    await ledger.checkpoint('bot');
    const headText = fs.readFileSync(path.join(dir, 'HEAD'));
    head = await add(ledger, head, 2);
    await ledger.checkpoint('bot');
    const copy = crashCopy(dir);
    await ledger.close('bot');
    fs.writeFileSync(path.join(copy, 'HEAD'), headText); // the head of checkpoint 2, not 4
    const file = path.join(sdir(copy), SEG0);
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    fs.writeFileSync(file, lines.slice(0, 3).map((l) => l + '\n').join(''));
    expect(caught(() => fileLedger({ dir: copy, signingKey: key.signerKey }).open('bot'))).toEqual({
      name: 'LedgerError', code: 'ledger_truncated',
      message: `cannot resume stream bot: it holds 3 events but checkpoint 4 was signed; events were removed. Run \`agent-audit verify ${copy}\``,
    });
    // A torn line there is not a torn write either: the checkpoint (4) covers it, not only the head (2).
    fs.writeFileSync(file, lines.slice(0, 3).map((l) => l + '\n').join('') + (lines[3] as string).slice(0, 20));
    expect(caught(() => fileLedger({ dir: copy, signingKey: key.signerKey }).open('bot'))).toEqual({
      name: 'LedgerError', code: 'ledger_corrupt',
      message: `cannot resume stream bot: the end of ${file} is not whole (a line without its final newline, or bytes that are not an event) at seq 3, but a signed checkpoint covers 4 events: signed events were cut or edited, not torn by a crash; nothing was changed. Run \`agent-audit verify ${copy}\``,
    });
  });

  it('a closed stream with more events than its signed end: refused', async () => {
    const dir = fresh();
    await written(dir, 2);
    const extra = records({ nextSeq: 2, prev: JSON.parse(fs.readFileSync(path.join(sdir(dir), SEG0), 'utf8').split('\n')[1] as string).hash }, 1)[0] as SealedRecord;
    fs.appendFileSync(path.join(sdir(dir), SEG0), extra.line + '\n');
    expect(caught(() => fileLedger({ dir, signingKey: key.signerKey }).open('bot'))).toEqual({
      name: 'LedgerError', code: 'ledger_corrupt',
      message: `cannot resume stream bot: the signed head closed it at 2 events but it holds 3; events were added after it was closed. Run \`agent-audit verify ${dir}\``,
    });
  });
});

describe('fileLedger: torn-tail repair', () => {
  it('cuts a torn last line, quarantines its exact bytes and records ledger.recover with every attribute', async () => {
    const dir = fresh();
    await written(dir, 2);
    const file = path.join(sdir(dir), SEG0);
    const kept = fs.statSync(file).size;
    const torn = Buffer.from('{"v":1,"id":"01JD');
    fs.appendFileSync(file, torn);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T12:00:00.000Z'));
    const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false });
    expect(ledger.open('bot').nextSeq).toBe(2);
    const quarantinedTo = path.join('streams', 'bot', 'recovered', `00000000000000000000-${Date.parse('2026-12-01T12:00:00.000Z')}.torn`);
    expect(ledger.takeNotices('bot')).toEqual([{
      type: 'ledger.recover', outcome: 'success',
      attrs: { reason: 'torn tail after an unclean shutdown', segment: SEG0, keptBytes: kept, removedBytes: torn.length, removedSha256: createHash('sha256').update(torn).digest('hex'), quarantinedTo },
    }]);
    expect(fs.statSync(file).size).toBe(kept);
    expect(fs.readFileSync(path.join(dir, quarantinedTo)).equals(torn)).toBe(true);
    await ledger.close('bot');
  });

  it('cuts every trailing line that is not complete JSON (zeros, a prefix), and a segment torn from its first byte', async () => {
    const dir = fresh();
    await written(dir, 1);
    const file = path.join(sdir(dir), SEG0);
    const kept = fs.statSync(file).size;
    fs.appendFileSync(file, Buffer.concat([Buffer.from('{"v":1,\n'), Buffer.alloc(5), Buffer.from('\n\n{"v')]));
    const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false });
    ledger.open('bot');
    expect(ledger.takeNotices('bot')).toMatchObject([{ attrs: { keptBytes: kept, removedBytes: 8 + 5 + 2 + 3 } }]);
    await ledger.close('bot');
    // Only a torn line, in a segment of its own: all of it goes.
    const only = fresh();
    const first = fileLedger({ dir: only, signingKey: key.signerKey, fsync: false });
    first.open('bot');
    await first.close('bot');
    fs.writeFileSync(path.join(sdir(only), SEG0), '{"v":1');
    const second = fileLedger({ dir: only, signingKey: key.signerKey, fsync: false });
    expect(second.open('bot').nextSeq).toBe(0);
    expect(second.takeNotices('bot')).toMatchObject([{ attrs: { keptBytes: 0, removedBytes: 6 } }]);
    expect(fs.statSync(path.join(sdir(only), SEG0)).size).toBe(0);
    await second.close('bot');
  });

  it('a last complete line that is JSON but not a hashed event is an edit: refused, nothing moved', async () => {
    for (const last of ['{"a":1}', '[1,2]', '{"seq":2,"hash":5}']) {
      const dir = fresh();
      await written(dir, 2);
      const file = path.join(sdir(dir), SEG0);
      fs.appendFileSync(file, last + '\n');
      expect(caught(() => fileLedger({ dir, signingKey: key.signerKey }).open('bot'))).toEqual({
        name: 'LedgerError', code: 'ledger_corrupt',
        message: `cannot resume: the last complete line of ${file} is JSON that fails its hash check: an edit, not a torn write; run \`agent-audit verify ${dir}\``,
      });
      expect(fs.existsSync(path.join(sdir(dir), 'recovered'))).toBe(false);
    }
  });

  it('counts the kept events by their newlines only: an empty line after them is not an event', async () => {
    const dir = fresh();
    await written(dir, 3);
    const file = path.join(sdir(dir), SEG0);
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    fs.writeFileSync(file, `${lines[0]}\n${lines[1]}\n\n{"v`);
    expect(caught(() => fileLedger({ dir, signingKey: key.signerKey }).open('bot')).message).toContain(`is not whole (a line without its final newline, or bytes that are not an event) at seq 2, but a signed checkpoint covers 3 events`);
  });
});

describe('fileLedger: writes another process changed, and failed writes', () => {
  async function opened(): Promise<{ dir: string; ledger: ReturnType<typeof fileLedger>; head: StreamHead; file: string }> {
    const dir = fresh();
    const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false });
    const head = await add(ledger, ledger.open('bot'), 2);
    return { dir, ledger, head, file: path.join(sdir(dir), SEG0) };
  }

  it('bytes appended or cut by another process: ledger_collision with both lengths, every later append too', async () => {
    const { dir, ledger, head, file } = await opened();
    fs.appendFileSync(file, 'xyz');
    const size = 2 * (LINE + 1);
    const appended = `stream bot: ${file} is ${size + 3} bytes long but this writer left it at ${size}: another process appended 3 byte(s) to it. Nothing was written over it; run \`agent-audit verify ${dir}\``;
    await expect(ledger.append('bot', records(head, 1))).rejects.toMatchObject({ name: 'LedgerError', code: 'ledger_collision', message: appended });
    await expect(ledger.append('bot', records(head, 1))).rejects.toMatchObject({ message: appended });
    fs.truncateSync(file, size - 5);
    await expect(ledger.append('bot', records(head, 1))).rejects.toMatchObject({
      code: 'ledger_collision',
      message: `stream bot: ${file} is ${size - 5} bytes long but this writer left it at ${size}: another process cut 5 byte(s) from it. Nothing was written over it; run \`agent-audit verify ${dir}\``,
    });
    expect(fs.statSync(file).size).toBe(size - 5);
    await ledger.close('bot').catch(() => undefined);
  });

  it('checked before the first write too: bytes appended between open and the first append', async () => {
    const dir = fresh();
    await written(dir, 1);
    const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false });
    const head = ledger.open('bot');
    fs.appendFileSync(path.join(sdir(dir), SEG0), 'z');
    await expect(ledger.append('bot', records(head, 1))).rejects.toMatchObject({ code: 'ledger_collision', message: expect.stringContaining('another process appended 1 byte(s) to it') });
    await ledger.close('bot').catch(() => undefined);
  });

  it('a segment deleted, or replaced by another file: ledger_collision saying which', async () => {
    const { dir, ledger, head, file } = await opened();
    fs.copyFileSync(file, `${file}.new`);
    fs.renameSync(`${file}.new`, file);
    await expect(ledger.append('bot', records(head, 1))).rejects.toMatchObject({
      code: 'ledger_collision',
      message: `stream bot: ${file} was replaced by another file while this writer had it open: another process changed the ledger. Nothing more is written to it; run \`agent-audit verify ${dir}\``,
    });
    fs.rmSync(file);
    await expect(ledger.append('bot', records(head, 1))).rejects.toMatchObject({
      code: 'ledger_collision',
      message: `stream bot: ${file} was deleted while this writer had it open: another process changed the ledger. Nothing more is written to it; run \`agent-audit verify ${dir}\``,
    });
    await ledger.close('bot').catch(() => undefined);
  });

  it('a failed write is cut back and reported as ledger_write; the retry appends the same records at the same place', async () => {
    const { dir, ledger, head } = await opened();
    const real = fs.write;
    const write = vi.spyOn(fs, 'write').mockImplementationOnce(((fd: number, buffer: Buffer, offset: number, length: number, position: number, cb: (e: Error | null, n: number) => void) => {
      real(fd, buffer, offset, length, position, () => cb(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }), 0));
    }) as never);
    const batch = records(head, 2);
    await expect(ledger.append('bot', batch)).rejects.toMatchObject({ name: 'LedgerError', code: 'ledger_write', message: `write to ${SEG0} failed: ENOSPC: no space left on device` });
    write.mockRestore();
    expect(fs.statSync(path.join(sdir(dir), SEG0)).size).toBe(2 * (LINE + 1));
    await ledger.append('bot', batch);
    await ledger.close('bot');
    expect(await verifyLedger(dir, { verifierKey: key.verifierKey })).toMatchObject({ ok: true, events: 4 });
  });

  it('a failed write whose cut fails too: the retry writes over the writer\'s own bytes, not refused as a collision', async () => {
    const { dir, ledger, head } = await opened();
    const real = fs.write;
    vi.spyOn(fs, 'write').mockImplementationOnce(((fd: number, buffer: Buffer, offset: number, length: number, position: number, cb: (e: Error | null, n: number) => void) => {
      real(fd, buffer, offset, length, position, () => cb(new Error('EIO: i/o error'), 0));
    }) as never);
    vi.spyOn(fs, 'ftruncateSync').mockImplementationOnce(() => {
      throw new Error('EIO');
    });
    const batch = records(head, 2);
    await expect(ledger.append('bot', batch)).rejects.toMatchObject({ code: 'ledger_write', message: `write to ${SEG0} failed: EIO: i/o error` });
    vi.restoreAllMocks();
    expect(fs.statSync(path.join(sdir(dir), SEG0)).size).toBe(4 * (LINE + 1));
    await ledger.append('bot', batch);
    // Past the retry the check is back: another process's byte is refused.
    fs.appendFileSync(path.join(sdir(dir), SEG0), 'q');
    await expect(ledger.append('bot', records({ nextSeq: 4, prev: (batch[1] as SealedRecord).event.hash }, 1))).rejects.toMatchObject({ code: 'ledger_collision' });
    fs.truncateSync(path.join(sdir(dir), SEG0), 4 * (LINE + 1));
    await ledger.close('bot');
    expect(await verifyLedger(dir, { verifierKey: key.verifierKey })).toMatchObject({ ok: true, events: 4 });
  });
});

describe('fileLedger: the sink API', () => {
  it('append: a batch partly written already is written from the next seq; a batch all written, or empty, writes nothing', async () => {
    const dir = fresh();
    const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false });
    const head = ledger.open('bot');
    const batch = records(head, 5);
    await ledger.append('bot', batch.slice(0, 2));
    await ledger.append('bot', batch.slice(0, 4));
    await ledger.append('bot', batch.slice(0, 3));
    await ledger.append('bot', batch.slice(3, 4));
    await ledger.append('bot', []);
    expect(fs.statSync(path.join(sdir(dir), SEG0)).size).toBe(4 * (LINE + 1));
    await expect(ledger.append('bot', batch.slice(0, 1))).resolves.toBeUndefined();
    await ledger.append('bot', batch.slice(4));
    await ledger.close('bot');
    expect(await verifyLedger(dir, { verifierKey: key.verifierKey })).toMatchObject({ ok: true, events: 5 });
  });

  it('append: a record not at the next seq, or not on the stream\'s last hash, is refused with nothing written', async () => {
    const dir = fresh();
    const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false });
    const head = await add(ledger, ledger.open('bot'), 1);
    await expect(ledger.append('bot', records({ nextSeq: 2, prev: head.prev }, 1))).rejects.toMatchObject({ name: 'LedgerError', message: 'append out of order: got seq 2, expected 1' });
    await expect(ledger.append('bot', records({ nextSeq: 1, prev: GENESIS_HASH }, 1))).rejects.toMatchObject({ message: 'append out of order: got seq 1, expected 1' });
    expect(fs.statSync(path.join(sdir(dir), SEG0)).size).toBe(LINE + 1);
    await ledger.close('bot');
  });

  it('open, append, checkpoint and takeNotices of a stream that is not open; open twice; open again after close', async () => {
    const dir = fresh();
    const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false, stream: 'main' });
    expect(ledger.defaultStream).toBe('main');
    expect(fileLedger({ dir, signingKey: key.signerKey }).defaultStream).toBeUndefined();
    await expect(ledger.append('nope', [])).rejects.toMatchObject({ name: 'LedgerError', message: 'stream nope is not open' });
    await expect(ledger.checkpoint('nope')).rejects.toMatchObject({ name: 'LedgerError', message: 'stream nope is not open' });
    expect(ledger.takeNotices('nope')).toEqual([]);
    await expect(ledger.close('nope')).resolves.toBeUndefined();
    let head = ledger.open('bot');
    expect(caught(() => ledger.open('bot'))).toEqual({ name: 'LedgerError', code: 'ledger_locked', message: 'stream bot is already open in this process' });
    head = await add(ledger, head, 1);
    await ledger.close('bot');
    expect(fs.existsSync(path.join(sdir(dir), 'writer.lock'))).toBe(false);
    head = ledger.open('bot');
    expect(head.nextSeq).toBe(1);
    await ledger.close('bot');
  });

  it('close: appends and checkpoints queued behind it are refused or do nothing; its interval is cleared and its files closed', async () => {
    const dir = fresh();
    const fds = (): number => (fs.existsSync('/proc/self/fd') ? fs.readdirSync('/proc/self/fd').length : 0);
    const before = fds();
    const clear = vi.spyOn(globalThis, 'clearInterval');
    const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false });
    const head = await add(ledger, ledger.open('bot'), 1);
    const closing = ledger.close('bot');
    const late = ledger.append('bot', records(head, 1));
    const lateCheckpoint = ledger.checkpoint('bot');
    await closing;
    await expect(late).rejects.toMatchObject({ name: 'LedgerError', message: 'stream bot is closed' });
    await expect(lateCheckpoint).resolves.toBeUndefined();
    expect(clear).toHaveBeenCalledTimes(1);
    expect(fds()).toBe(before);
    expect(checkpointSizes(dir)).toEqual([1]);
    expect(fs.statSync(path.join(sdir(dir), SEG0)).size).toBe(LINE + 1);
  });

  it('the checkpoint interval timer: ticks every min(interval, 1 s), never under 50 ms, and signs once the interval has passed', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(new Date('2026-12-01T12:00:00.000Z'));
    const dir = fresh();
    const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false, checkpointIntervalMs: 2000 });
    let head = ledger.open('bot');
    vi.advanceTimersByTime(500);
    head = await add(ledger, head, 1); // first uncheckpointed event at +500
    vi.advanceTimersByTime(2050); // ticks at +1000 and +2000 (1.5 s): nothing yet; at +2550 a 50 ms tick would sign
    await ledger.append('bot', []);
    expect(checkpointSizes(dir)).toEqual([]);
    vi.advanceTimersByTime(450); // the tick at +3000: 2.5 s
    await ledger.append('bot', []);
    expect(checkpointSizes(dir)).toEqual([1]);
    await ledger.close('bot');
  });

  it('the timer never ticks faster than every 50 ms', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(new Date('2026-12-01T12:00:00.000Z'));
    const dir = fresh();
    const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false, checkpointIntervalMs: 10 });
    let head = ledger.open('bot');
    vi.advanceTimersByTime(5);
    head = await add(ledger, head, 1); // +5; 10 ms later would be +15
    vi.advanceTimersByTime(44);
    await ledger.append('bot', []);
    expect(checkpointSizes(dir)).toEqual([]);
    vi.advanceTimersByTime(1);
    await ledger.append('bot', []);
    expect(checkpointSizes(dir)).toEqual([1]);
    await ledger.close('bot');
  });
});

describe('readCheckpointFile', () => {
  it('no file: no checkpoints; a folder: cannot read', () => {
    const dir = fresh();
    fs.mkdirSync(dir);
    expect(readCheckpointFile(path.join(dir, 'none.jsonl'))).toEqual([]);
    // A folder (or a FIFO, a device) is refused, never read (2026-12-06: a link to /dev/zero hung `prove`).
    expect(caught(() => readCheckpointFile(dir))).toMatchObject({ name: 'LedgerFormatError', message: `cannot read ${dir}: not a regular file` });
  });

  it('a torn last record: a finding without repair, cut with repair', () => {
    const dir = fresh();
    fs.mkdirSync(dir);
    const file = path.join(dir, 'checkpoints.jsonl');
    const good = JSON.stringify({ size: 1, root: 'ab', ts: 't', note: 'n' }) + '\n';
    fs.writeFileSync(file, good + '{"size":2,"ro');
    expect(caught(() => readCheckpointFile(file))).toEqual({ name: 'LedgerFormatError', code: 'ledger_format', message: `${file} ends in a torn checkpoint record (a crash while signing, or an edit)` });
    expect(fs.readFileSync(file, 'utf8')).toBe(good + '{"size":2,"ro');
    expect(readCheckpointFile(file, { repair: true })).toEqual([{ size: 1, root: 'ab', ts: 't', note: 'n' }]);
    expect(fs.readFileSync(file, 'utf8')).toBe(good);
    fs.writeFileSync(file, good + 'é{"size"');
    expect(readCheckpointFile(file, { repair: true })).toHaveLength(1);
    expect(fs.readFileSync(file, 'utf8')).toBe(good);
  });

  it.each([
    ['size not a number', { size: '1', root: 'ab', note: 'n' }],
    ['no note', { size: 1, root: 'ab' }],
    ['no root', { size: 1, note: 'n' }],
    ['no size', { root: 'ab', note: 'n' }],
  ])('a record with %s is not a checkpoint record, named by its line', (_, bad) => {
    const dir = fresh();
    fs.mkdirSync(dir);
    const file = path.join(dir, 'checkpoints.jsonl');
    fs.writeFileSync(file, JSON.stringify({ size: 1, root: 'ab', note: 'n' }) + '\n' + JSON.stringify(bad) + '\n');
    expect(caught(() => readCheckpointFile(file))).toEqual({ name: 'LedgerFormatError', code: 'ledger_format', message: `${file} line 2 is not a checkpoint record` });
  });

  it('an empty line is not a record, except after the last newline', () => {
    const dir = fresh();
    fs.mkdirSync(dir);
    const file = path.join(dir, 'checkpoints.jsonl');
    const good = JSON.stringify({ size: 1, root: 'ab', note: 'n' }) + '\n';
    fs.writeFileSync(file, '\n' + good);
    expect(caught(() => readCheckpointFile(file)).message).toBe(`${file} line 1 is not a checkpoint record`);
    fs.writeFileSync(file, '');
    expect(readCheckpointFile(file)).toEqual([]);
  });
});

describe('fileLedger: what it refuses to open', () => {
  const INVALID = 'fileLedger needs `dir`: the ledger folder, a non-empty string (e.g. fileLedger({ dir: "./audit" }))';
  it.each([[null], [undefined], ['./audit'], [{}], [{ dir: '' }], [{ dir: 7 }]])('options %j: invalid_options', (bad) => {
    expect(caught(() => fileLedger(bad as never))).toEqual({ name: 'AuditError', code: 'invalid_options', message: INVALID });
  });

  it('a streams folder that is a symbolic link, a stream folder that is a file, a checkpoints file that is a folder or a link', async () => {
    const dir = fresh();
    await written(dir, 1);
    const elsewhere = fresh();
    fs.mkdirSync(elsewhere);
    fs.renameSync(path.join(dir, 'streams'), path.join(elsewhere, 'streams'));
    fs.symlinkSync(path.join(elsewhere, 'streams'), path.join(dir, 'streams'));
    const open = (): ReturnType<typeof caught> => caught(() => fileLedger({ dir, signingKey: key.signerKey }).open('bot'));
    expect(open()).toEqual({
      name: 'LedgerError', code: 'ledger_open',
      message: `cannot open the streams folder: ${path.join(dir, 'streams')} is a symbolic link; a stream folder must be a real directory inside the ledger ${dir}. Run \`agent-audit verify ${dir}\``,
    });
    fs.rmSync(path.join(dir, 'streams'));
    fs.renameSync(path.join(elsewhere, 'streams'), path.join(dir, 'streams'));
    fs.renameSync(sdir(dir), path.join(elsewhere, 'bot'));
    fs.writeFileSync(sdir(dir), 'x');
    expect(caught(() => fileLedger({ dir, signingKey: key.signerKey }).open('bot'))).toEqual({
      name: 'LedgerError', code: 'ledger_open',
      message: `cannot open the stream folder of bot: ${sdir(dir)} is not a directory; a stream folder must be a real directory inside the ledger ${dir}. Run \`agent-audit verify ${dir}\``,
    });
    fs.rmSync(sdir(dir));
    fs.renameSync(path.join(elsewhere, 'bot'), sdir(dir));
    const cpFile = path.join(sdir(dir), 'checkpoints.jsonl');
    fs.renameSync(cpFile, path.join(elsewhere, 'checkpoints.jsonl'));
    fs.mkdirSync(cpFile);
    expect(open()).toEqual({ name: 'LedgerError', code: 'ledger_open', message: `cannot open stream bot: ${cpFile} is not a regular file; run \`agent-audit verify ${dir}\`` });
    fs.rmdirSync(cpFile);
    fs.symlinkSync(path.join(elsewhere, 'checkpoints.jsonl'), cpFile);
    expect(open()).toEqual({ name: 'LedgerError', code: 'ledger_open', message: `cannot open stream bot: ${cpFile} is a symbolic link; run \`agent-audit verify ${dir}\`` });
    fs.rmSync(cpFile);
    fs.renameSync(path.join(elsewhere, 'checkpoints.jsonl'), cpFile);
    fs.writeFileSync(path.join(sdir(dir), 'notes.txt'), 'x');
    expect(open()).toEqual({ name: 'LedgerFormatError', code: 'ledger_format', message: `unexpected file in ledger stream folder: ${path.join(sdir(dir), 'notes.txt')} (remove it or move it out of the ledger)` });
    fs.rmSync(path.join(sdir(dir), 'notes.txt'));
    await written(dir, 1);
  });

  it('streams but no HEAD: ledger_migrate, saying HEAD was deleted when the marker says heads were signed; hidden entries do not count', async () => {
    const dir = fresh();
    await written(dir, 2);
    fs.rmSync(path.join(dir, 'HEAD'));
    expect(caught(() => fileLedger({ dir, signingKey: key.signerKey }).open('bot'))).toEqual({
      name: 'LedgerError', code: 'ledger_migrate',
      message: `${dir} has streams but no signed HEAD, and its LEDGER marker says it was created with signed heads: HEAD was deleted. Run \`agent-audit verify ${dir} --key <verifier key>\` and restore the ledger from a copy`,
    });
    const marker = JSON.parse(fs.readFileSync(path.join(dir, 'LEDGER'), 'utf8')) as Record<string, unknown>;
    delete marker.signedHead;
    fs.writeFileSync(path.join(dir, 'LEDGER'), JSON.stringify(marker) + '\n');
    expect(caught(() => fileLedger({ dir, signingKey: key.signerKey }).verifierKey)).toEqual({
      name: 'LedgerError', code: 'ledger_migrate',
      message: `${dir} has streams but no signed HEAD: it was written before signed heads, or HEAD was deleted. Run \`agent-audit verify ${dir} --key <verifier key>\`; if it verifies, \`agent-audit migrate ${dir} --key <verifier key>\` signs its first head`,
    });
    expect(fs.existsSync(path.join(dir, 'HEAD'))).toBe(false);
    // migrate: a first head, even for a stream without checkpoints (checked by verify before, not here).
    fs.rmSync(path.join(sdir(dir), 'checkpoints.jsonl'));
    const ledger = fileLedger({ dir, signingKey: key.signerKey, migrate: true, fsync: false });
    expect(ledger.open('bot').nextSeq).toBe(2);
    await ledger.close('bot');
    expect(headOf(dir).streams).toMatchObject([{ name: 'bot', size: 2, closed: true }]);

    const hidden = fresh();
    expect(fileLedger({ dir: hidden, signingKey: key.signerKey }).verifierKey).toBe(key.verifierKey);
    fs.rmSync(path.join(hidden, 'HEAD'));
    fs.mkdirSync(path.join(hidden, 'streams', '.partial'));
    await written(hidden, 1);
    expect(headOf(hidden).streams).toMatchObject([{ name: 'bot', size: 1 }]);
  });

  describe('a stream with events the signed head does not list (a crash before the head was signed)', () => {
    async function unlisted(): Promise<{ dir: string; cpFile: string; checkpoints: string }> {
      const dir = fresh();
      await written(dir, 2, { checkpointEvery: 1 });
      const { writeHead } = await import('./head.js');
      writeHead(dir, ledgerId(dir), key.signerKey, (current) => (current?.streams ?? []).filter((s) => s.name !== 'bot'));
      const cpFile = path.join(sdir(dir), 'checkpoints.jsonl');
      return { dir, cpFile, checkpoints: fs.readFileSync(cpFile, 'utf8') };
    }
    const refusal = (dir: string, why: string): ReturnType<typeof caught> => ({
      name: 'LedgerError', code: 'ledger_corrupt',
      message: `cannot resume stream bot: it holds 2 events but the signed head does not list it, and ${why}; it was not written by this ledger's writer. Run \`agent-audit verify ${dir}\``,
    });

    it('resumed when every checkpoint is this ledger\'s for this stream', async () => {
      const { dir } = await unlisted();
      await written(dir, 1);
      expect(await verifyLedger(dir, { verifierKey: key.verifierKey })).toMatchObject({ ok: true, events: 3 });
    });

    it('refused without checkpoints', async () => {
      const { dir, cpFile } = await unlisted();
      fs.writeFileSync(cpFile, '');
      expect(caught(() => fileLedger({ dir, signingKey: key.signerKey }).open('bot'))).toEqual(refusal(dir, 'it has no signed checkpoint'));
    });

    it.each([
      ['another size than its note', (cp: Record<string, unknown>) => ({ ...cp, size: 1 })],
      ['another root than its note', (cp: Record<string, unknown>) => ({ ...cp, root: 'ab'.repeat(32) })],
      ['a note of another key', (cp: Record<string, unknown>) => ({ ...cp, note: signed(String(cp.note).slice(0, String(cp.note).indexOf('\n\n') + 1), other.signerKey) })],
      ['a note of this key that is no checkpoint', (cp: Record<string, unknown>) => ({ ...cp, note: signed('hello\n', key.signerKey) })],
    ])('refused with a checkpoint of %s', async (_, change) => {
      const { dir, cpFile, checkpoints } = await unlisted();
      const lines = checkpoints.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines.map((l) => l.size)).toEqual([2]);
      lines[0] = change(lines[0] as Record<string, unknown>);
      fs.writeFileSync(cpFile, lines.map((l) => JSON.stringify(l) + '\n').join(''));
      expect(caught(() => fileLedger({ dir, signingKey: key.signerKey }).open('bot'))).toEqual(refusal(dir, `its checkpoint at size ${lines[0]?.size} is not signed by this ledger's key for this stream`));
    });
  });
});

describe('fileLedger: more of opening and resuming', () => {
  it('a folder that cannot be created: ledger_open with the folder and the system\'s message', () => {
    const dir = fresh();
    fs.writeFileSync(dir, 'x');
    const ledgerDir = path.join(dir, 'audit');
    expect(caught(() => fileLedger({ dir: ledgerDir, signingKey: key.signerKey }).open('bot'))).toEqual({
      name: 'LedgerError', code: 'ledger_open', message: `cannot open the ledger folder ${ledgerDir}: ENOTDIR: not a directory, mkdir '${path.join(ledgerDir, 'streams')}'`,
    });
  });

  it('the head decides who signs, not verifier.key: a writer holding the head\'s key opens though verifier.key names another', async () => {
    const dir = fresh();
    await written(dir, 1);
    fs.writeFileSync(path.join(dir, 'verifier.key'), `${other.verifierKey}\n`);
    await written(dir, 1);
    expect(fs.readFileSync(path.join(dir, 'verifier.key'), 'utf8')).toBe(`${other.verifierKey}\n${key.verifierKey}\n`);
  });

  it('without a head, the published keys decide: another writer key is refused', () => {
    const dir = fresh();
    expect(fileLedger({ dir, signingKey: key.signerKey }).verifierKey).toBe(key.verifierKey);
    fs.rmSync(path.join(dir, 'HEAD'));
    expect(caught(() => fileLedger({ dir, signingKey: other.signerKey }).open('bot')).message).toBe(
      `ledger ${dir} is signed by ${key.verifierKey}, a key this writer does not hold (it holds ${other.verifierKey}). Use the ledger's key, or pass rotateKey: true to continue with this one (the rotation is recorded and reported by verify)`,
    );
  });

  it('names the published key that signed the head, wherever it is in verifier.key', async () => {
    const dir = fresh();
    await written(dir, 1);
    fs.writeFileSync(path.join(dir, 'verifier.key'), `${other.verifierKey}\n${key.verifierKey}\n`);
    expect(caught(() => fileLedger({ dir, signingKey: generateSignerKey('third').signerKey }).open('bot')).message).toContain(`is signed by ${key.verifierKey}, a key this writer does not hold`);
  });

  it('a cleanly closed stream reopened: the checkpoint interval starts at its next event, not at the open', async () => {
    const dir = fresh();
    await written(dir, 2);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T12:00:00.000Z'));
    const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false });
    const head = ledger.open('bot');
    vi.setSystemTime(new Date('2026-12-01T12:00:10.000Z'));
    await add(ledger, head, 1);
    expect(checkpointSizes(dir)).toEqual([2]);
    await ledger.close('bot');
    expect(checkpointSizes(dir)).toEqual([2, 3]);
  });

  it('a second torn tail goes to the same recovered/ folder, and the repair leaves no file open', async () => {
    const dir = fresh();
    await written(dir, 1);
    const fds = (): number => (fs.existsSync('/proc/self/fd') ? fs.readdirSync('/proc/self/fd').length : 0);
    for (let i = 0; i < 2; i++) {
      fs.appendFileSync(path.join(sdir(dir), SEG0), '{"v":1,');
      const before = fds();
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(Date.UTC(2026, 11, 1, 12, 0, i)));
      const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false });
      ledger.open('bot');
      expect(ledger.takeNotices('bot')).toMatchObject([{ type: 'ledger.recover', attrs: { removedBytes: 7 } }]);
      await ledger.close('bot');
      vi.useRealTimers();
      expect(fds()).toBe(before);
    }
    expect(fs.readdirSync(path.join(sdir(dir), 'recovered')).length).toBe(2);
  });

  it('a rotating writer leaves no file open after close', async () => {
    const dir = fresh();
    const fds = (): number => (fs.existsSync('/proc/self/fd') ? fs.readdirSync('/proc/self/fd').length : 0);
    const before = fds();
    const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false, maxSegmentBytes: LINE + 1 });
    await add(ledger, ledger.open('bot'), 4);
    await ledger.close('bot');
    expect(segments(dir)).toEqual([0, 1, 2, 3].map(seg));
    expect(fds()).toBe(before);
  });

  it('a stream retention pruned resumes at its first kept segment, on the pruned record\'s last hash', async () => {
    const { applyRetention } = await import('../retention/apply.js');
    const dir = fresh();
    await written(dir, 6, { maxSegmentBytes: 2 * (LINE + 1) });
    const lines = fs.readFileSync(path.join(sdir(dir), seg(4)), 'utf8').split('\n');
    const { pruned } = await applyRetention(dir, { now: new Date('2060-01-01T00:00:00Z'), archiveDir: path.join(root, `archive${n++}`), signingKey: key.signerKey, recordEvents: false });
    expect(pruned.find((p) => p.stream === 'bot')?.to).toBe(4);
    expect(segments(dir)).toEqual([seg(4)]);
    const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false, maxSegmentBytes: 2 * (LINE + 1) });
    const head = ledger.open('bot');
    expect(head).toEqual({ nextSeq: 6, prev: JSON.parse(lines[1] as string).hash });
    await add(ledger, head, 1);
    await ledger.close('bot');
    expect(await verifyLedger(dir, { verifierKey: key.verifierKey })).toMatchObject({ ok: true });
  });
});

describe('fileLedger: a head that cannot be read or written at open', () => {
  it('a HEAD signed by the ledger\'s key that is not a head: ledger_corrupt naming the parse error', async () => {
    const dir = fresh();
    await written(dir, 1);
    fs.writeFileSync(path.join(dir, 'HEAD'), signNote('hello\n', key.signerKey));
    expect(caught(() => fileLedger({ dir, signingKey: key.signerKey }).open('bot'))).toEqual({
      name: 'LedgerError', code: 'ledger_corrupt',
      message: `${path.join(dir, 'HEAD')} is malformed (head origin is not agent-audit/<ledger id>); run \`agent-audit verify ${dir}\``,
    });
    expect(fs.existsSync(path.join(sdir(dir), 'writer.lock'))).toBe(false);
  });

  it('a head that cannot be signed at open (its lock held elsewhere): open throws, releasing the stream, its timer and its files', async () => {
    const dir = fresh();
    await written(dir, 1);
    const fds = (): number => (fs.existsSync('/proc/self/fd') ? fs.readdirSync('/proc/self/fd').length : 0);
    const before = fds();
    fs.writeFileSync(path.join(dir, 'HEAD.lock'), JSON.stringify({ pid: 1, host: 'elsewhere.example', since: '2026-12-01T12:00:00.000Z' }));
    const clear = vi.spyOn(globalThis, 'clearInterval');
    // The head lock is waited for 10 s: let each look at the clock be 4 s later.
    let now = Date.now();
    vi.spyOn(Date, 'now').mockImplementation(() => (now += 4000));
    const error = caught(() => fileLedger({ dir, signingKey: key.signerKey }).open('bot'));
    vi.mocked(Date.now).mockRestore();
    expect(error).toMatchObject({ name: 'LedgerError', code: 'ledger_locked' });
    expect(error.message).toContain('stream is locked by pid 1 on elsewhere.example');
    expect(clear).toHaveBeenCalledTimes(1);
    expect(fds()).toBe(before);
    expect(fs.existsSync(path.join(sdir(dir), 'writer.lock'))).toBe(false);
    fs.rmSync(path.join(dir, 'HEAD.lock'));
    await written(dir, 1);
  });
});

describe('fileLedger: last details', () => {
  it('a ledger without HEAD (and without streams) gets its head signed as the writer starts', () => {
    const dir = fresh();
    expect(fileLedger({ dir, signingKey: key.signerKey }).verifierKey).toBe(key.verifierKey);
    fs.rmSync(path.join(dir, 'HEAD'));
    expect(fileLedger({ dir, signingKey: key.signerKey }).verifierKey).toBe(key.verifierKey);
    expect(headOf(dir).streams).toEqual([]);
    expect(fs.readFileSync(path.join(dir, 'verifier.key'), 'utf8')).toBe(`${key.verifierKey}\n`);
  });

  it('a head signed by two keys: the refusal names the published ones that verify, all of them', async () => {
    const dir = fresh();
    await written(dir, 1);
    const note = readHeadNote(dir) as string;
    fs.writeFileSync(path.join(dir, 'HEAD'), signNote(note.slice(0, note.lastIndexOf('\n\n') + 1), [key.signerKey, other.signerKey]));
    const third = generateSignerKey('third');
    const refused = (): string => caught(() => fileLedger({ dir, signingKey: third.signerKey }).open('bot')).message;
    expect(refused()).toContain(`is signed by ${key.verifierKey}, a key this writer does not hold`);
    fs.writeFileSync(path.join(dir, 'verifier.key'), `${key.verifierKey}\n${other.verifierKey}\n`);
    expect(refused()).toContain(`is signed by ${key.verifierKey}, ${other.verifierKey}, a key this writer does not hold`);
  });

  it('the directory entry of every new segment is synced, and so is a repaired tail, even with fsync: false', async () => {
    const dir = fresh();
    const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false, maxSegmentBytes: LINE + 1 });
    const head = ledger.open('bot');
    const sync = vi.spyOn(fs, 'fsyncSync');
    await add(ledger, head, 3); // segments 1 and 2 are created
    expect(sync).toHaveBeenCalledTimes(2);
    await ledger.close('bot');
    fs.appendFileSync(path.join(sdir(dir), seg(2)), '{"v');
    sync.mockClear();
    const cut = vi.spyOn(fs, 'ftruncateSync');
    const again = fileLedger({ dir, signingKey: key.signerKey, fsync: false, maxSegmentBytes: 10 * (LINE + 1) });
    again.open('bot');
    expect(cut).toHaveBeenCalledTimes(1);
    // The next sync after the cut is of the cut segment.
    const order = cut.mock.invocationCallOrder[0] as number;
    const next = sync.mock.invocationCallOrder.findIndex((o) => o > order);
    expect(sync.mock.calls[next]?.[0]).toBe(cut.mock.calls[0]?.[0]);
    await again.close('bot');
  });

  it('the timer signs on the tick exactly one interval after the first uncheckpointed event', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(new Date('2026-12-01T12:00:00.000Z'));
    const dir = fresh();
    const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false, checkpointIntervalMs: 2000 });
    await add(ledger, ledger.open('bot'), 1);
    vi.advanceTimersByTime(1999);
    await ledger.append('bot', []);
    expect(checkpointSizes(dir)).toEqual([]);
    vi.advanceTimersByTime(1);
    await ledger.append('bot', []);
    expect(checkpointSizes(dir)).toEqual([1]);
    await ledger.close('bot');
  });

  it('a pruned stream whose checkpoint has no frontier resumes from the pruned record\'s frontier', async () => {
    const { applyRetention } = await import('../retention/apply.js');
    const { writeHead } = await import('./head.js');
    const dir = fresh();
    await written(dir, 6, { maxSegmentBytes: 2 * (LINE + 1) });
    await applyRetention(dir, { now: new Date('2060-01-01T00:00:00Z'), archiveDir: path.join(root, `archive${n++}`), signingKey: key.signerKey, recordEvents: false });
    const cpFile = path.join(sdir(dir), 'checkpoints.jsonl');
    const stripped = readCheckpointFile(cpFile).map(({ frontier: _, ...cp }) => JSON.stringify(cp) + '\n').join('');
    fs.writeFileSync(cpFile, stripped);
    writeHead(dir, ledgerId(dir), key.signerKey, (current) => (current?.streams ?? []).map((s) => ({ ...s, closed: false, checkpointBytes: Buffer.byteLength(stripped), checkpointSha256: createHash('sha256').update(stripped).digest('hex') })));
    const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false, maxSegmentBytes: 2 * (LINE + 1) });
    const head = ledger.open('bot');
    expect(head.nextSeq).toBe(6);
    await add(ledger, head, 1);
    await ledger.close('bot');
    expect(await verifyLedger(dir, { verifierKey: key.verifierKey })).toMatchObject({ ok: true });
  });
});

describe('fileLedger: the witness folder', () => {
  const refusal = (dir: string, folder: string) => caught(() => fileLedger({ dir, signingKey: key.signerKey, witness: { name: 'w', folder, append: () => undefined } }));

  it('one that does not exist, or is a file: refused, never created', () => {
    const dir = fresh();
    const missing = path.join(root, `missing${n++}`);
    expect(refusal(dir, missing)).toEqual({
      name: 'LedgerError', code: 'ledger_witness',
      message: `witness folder ${missing} does not exist: mount the witness volume or create the folder first (the writer never creates it, so an unmounted volume is not mistaken for a local folder)`,
    });
    expect(fs.existsSync(missing)).toBe(false);
    const file = path.join(root, `file${n++}`);
    fs.writeFileSync(file, 'x');
    expect(refusal(dir, file)).toEqual({ name: 'LedgerError', code: 'ledger_witness', message: `witness folder ${file} is not a folder` });
  });

  it('one inside another ledger: refused, naming that ledger folder; through a symbolic link, naming where it really is', () => {
    const dir = fresh();
    const otherLedger = fresh();
    expect(fileLedger({ dir: otherLedger, signingKey: other.signerKey }).verifierKey).toBe(other.verifierKey);
    const inside = path.join(otherLedger, 'heads');
    fs.mkdirSync(inside);
    expect(refusal(dir, inside)).toEqual({
      name: 'LedgerError', code: 'ledger_witness',
      message: `witness folder ${inside} is inside the ledger folder ${otherLedger}; a witness must be a place the ledger's writer cannot rewrite`,
    });
    const link = path.join(root, `link${n++}`);
    fs.symlinkSync(inside, link);
    expect(refusal(dir, link).message).toBe(`witness folder ${link} (really ${fs.realpathSync(inside)}) is inside the ledger folder ${fs.realpathSync(otherLedger)}; a witness must be a place the ledger's writer cannot rewrite`);
  });
});

describe('fileLedger: short writes', () => {
  it('a write the system cut short is continued where it stopped, in the segment and in the checkpoints file', async () => {
    const dir = fresh();
    const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false });
    let head = await add(ledger, ledger.open('bot'), 1);
    const real = fs.write;
    const short = ((fd: number, buffer: Buffer, offset: number, length: number, position: number | null, cb: (e: Error | null, n: number) => void) => {
      real(fd, buffer, offset, Math.min(length, 10), position, cb);
    }) as never;
    const write = vi.spyOn(fs, 'write').mockImplementationOnce(short);
    head = await add(ledger, head, 2);
    expect(write.mock.calls.length).toBeGreaterThan(1);
    expect(fs.statSync(path.join(sdir(dir), SEG0)).size).toBe(3 * (LINE + 1));
    write.mockClear();
    write.mockImplementationOnce(short);
    await ledger.checkpoint('bot');
    expect(write.mock.calls.length).toBeGreaterThan(1);
    vi.restoreAllMocks();
    await ledger.close('bot');
    expect(checkpointSizes(dir)).toEqual([3]);
    expect(await verifyLedger(dir, { verifierKey: key.verifierKey })).toMatchObject({ ok: true, events: 3, checkpoints: 1 });
  });
});
