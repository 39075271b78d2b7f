// How the file ledger turns a batch into bytes (issue 13, from surviving mutants of
// file-ledger.ts's `partBuffers`, `linesBuffer`, `sliceBuffers`, `sealedLineBytes`): the exact
// buffers written (short lines gathered up to WRITE_BATCH_CHARS, long lines and lines given as
// pieces in slices of WRITE_SLICE_CHARS that never split a surrogate pair), and a batch of
// records given as pieces written and split into segments without reading their `line`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sealEvent } from '../auditor/seal.js';
import { generateSignerKey } from '../crypto/note.js';
import { GENESIS_HASH, type UnsealedEvent } from '../spec/event.js';
import type { SealedRecord, StreamHead } from '../spec/sink.js';
import { fileLedger, partBuffers } from './file-ledger.js';
import { verifyLedger } from './verify.js';

const BATCH = 1024 * 1024;
const SLICE = 256 * 1024;

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-part-buffers-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const key = generateSignerKey('part-buffers/audit');

/** A record of `line` whose event is never parsed. */
const record = (line: string): SealedRecord => ({ line, leaf: new Uint8Array(32), seq: 0, prev: GENESIS_HASH, get event(): never { throw new Error('parsed'); } });
/** A record given as pieces: reading its `line` (a join) fails the test. */
const piecesRecord = (pieces: string[], from?: SealedRecord): SealedRecord => ({
  pieces,
  leaf: from?.leaf ?? new Uint8Array(32),
  seq: from?.seq ?? 0,
  prev: from?.prev ?? GENESIS_HASH,
  get line(): never {
    throw new Error('line read');
  },
  get event(): never {
    throw new Error('parsed');
  },
});
/** The buffers as text, one string each (exact slice boundaries). */
const texts = (records: SealedRecord[]): string[] => [...partBuffers(records)].map((b) => b.toString('utf8'));

describe('partBuffers: the exact buffers of a part', () => {
  it('an empty part is no buffer at all', () => {
    expect([...partBuffers([])]).toEqual([]);
  });

  it('gathers short lines until WRITE_BATCH_CHARS exactly (newlines counted), then starts a new buffer', () => {
    // Four lines of SLICE - 1 characters and their newlines: exactly BATCH characters, one buffer.
    const exact = ['a', 'b', 'c', 'd'].map((c) => c.repeat(SLICE - 1));
    expect(texts(exact.map(record))).toEqual([exact.map((l) => `${l}\n`).join('')]);
    // One character more: the fourth line starts the next buffer.
    const over = [...exact.slice(0, 3), 'e'.repeat(SLICE)];
    expect(texts(over.map(record))).toEqual([over.slice(0, 3).map((l) => `${l}\n`).join(''), `${over[3]}\n`]);
    // Two characters less than a full buffer, then a line of 1 character and its newline: it fits.
    const under = ['a'.repeat(SLICE - 1), 'b'.repeat(SLICE - 1), 'c'.repeat(SLICE - 1), 'd'.repeat(SLICE - 3), 'e'];
    expect(texts(under.map(record))).toEqual([under.map((l) => `${l}\n`).join('')]);
  });

  it('a line of exactly WRITE_BATCH_CHARS characters is written in slices, its newline leading the next buffer', () => {
    const long = 'x'.repeat(BATCH);
    expect(texts([record('{"a":1}'), record(long), record('{"b":2}')])).toEqual(['{"a":1}\n', ...Array.from({ length: 4 }, () => 'x'.repeat(SLICE)), '\n{"b":2}\n']);
    // A long line first: no empty buffer before its slices; last: its newline alone.
    expect(texts([record(long)])).toEqual([...Array.from({ length: 4 }, () => 'x'.repeat(SLICE)), '\n']);
  });

  it('a slice never ends inside a surrogate pair, and ends only there: the high surrogates U+D800 and U+DBFF', () => {
    for (const pair of ['\ud800\udc00', '\udbff\udfff']) {
      // The pair across the first slice boundary: the slice ends before it.
      const line = `${'x'.repeat(SLICE - 1)}${pair}${'y'.repeat(BATCH)}`;
      const buffers = texts([record(line)]);
      expect(buffers[0]).toBe('x'.repeat(SLICE - 1));
      expect(buffers[1]).toBe(`${pair}${'y'.repeat(SLICE - 2)}`);
      expect(buffers.join('')).toBe(`${line}\n`);
    }
    // A low surrogate or a character above the surrogates at the boundary: the slice is full.
    for (const end of ['\ud800\udc00', '\ue000']) {
      const line = `${'x'.repeat(SLICE - end.length)}${end}${'y'.repeat(BATCH)}`;
      const buffers = texts([record(line)]);
      expect(buffers[0]).toBe(line.slice(0, SLICE));
      expect(buffers.join('')).toBe(`${line}\n`);
    }
  });

  it('a long record given as pieces (WRITE_BATCH_CHARS or more): each piece in its own slices, never its line, between buffers of short lines', () => {
    const big = `${'p'.repeat(BATCH)}q`;
    const buffers = texts([record('{"n":0}'), piecesRecord(['{"hash":"h",', '', big, '"z":"é"}']), record('{"n":2}')]);
    expect(buffers).toEqual(['{"n":0}\n', '{"hash":"h",', ...Array.from({ length: 4 }, () => 'p'.repeat(SLICE)), 'q', '"z":"é"}', '\n{"n":2}\n']);
  });

  it('a short record given as pieces is gathered with the short lines, piece after piece, never its line; the bound counts its pieces', () => {
    const mid = `${'p'.repeat(SLICE)}q`;
    expect(texts([record('{"n":0}'), piecesRecord(['{"hash":"h",', '', mid, '"z":"é"}']), record('{"n":2}')])).toEqual([`{"n":0}\n{"hash":"h",${mid}"z":"é"}\n{"n":2}\n`]);
    // Pieces of BATCH - 1 characters in all fill a buffer with their newline; one more line starts the next.
    const full = piecesRecord(['a'.repeat(SLICE), 'b'.repeat(BATCH - SLICE - 1)]);
    expect(texts([full, record('c')])).toEqual([`${'a'.repeat(SLICE)}${'b'.repeat(BATCH - SLICE - 1)}\n`, 'c\n']);
    expect(texts([record('c'), full])).toEqual(['c\n', `${'a'.repeat(SLICE)}${'b'.repeat(BATCH - SLICE - 1)}\n`]);
    // Multi-byte pieces are encoded to the byte, as one string would be.
    const wide = piecesRecord(['{"hash":"€",', '😀'.repeat(300), 'é}']);
    const [only] = [...partBuffers([wide, record('{"n":1}')])];
    expect(only?.equals(Buffer.from(`{"hash":"€",${'😀'.repeat(300)}é}\n{"n":1}\n`, 'utf8'))).toBe(true);
    // A piece ending with a lone high surrogate (never in a stored line) is still written whole, once.
    expect(texts([piecesRecord(['ab\ud800'])])).toEqual(['ab\ufffd\n']);
  });

  it('multi-byte lines fill their buffer to the byte (3 bytes a unit at most, 4 for a pair)', () => {
    const lines = ['€'.repeat(1000), '😀'.repeat(500), 'é', ''];
    const buffers = [...partBuffers(lines.map(record))];
    expect(buffers.length).toBe(1);
    expect((buffers[0] as Buffer).equals(Buffer.from(lines.map((l) => `${l}\n`).join(''), 'utf8'))).toBe(true);
  });
});

describe('a batch of records given as pieces, through the file ledger', () => {
  /** Sealed records chained from `head`, each with `é` (2 bytes, 1 unit) in it. */
  function sealed(head: StreamHead, count: number): SealedRecord[] {
    const out: SealedRecord[] = [];
    let prev = head.prev;
    for (let i = 0; i < count; i++) {
      const seq = head.nextSeq + i;
      const r = sealEvent({
        v: 1, id: `01JD${String(seq).padStart(22, '0')}`, ts: '2026-12-01T12:00:00.000Z', stream: 'bot', seq, type: 'tool.call', outcome: 'success', source: 'test',
        agent: { id: 'bot', name: 'é'.repeat(50) }, trace: { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7' },
      } as unknown as UnsealedEvent, prev);
      out.push(r);
      prev = r.event.hash;
    }
    return out;
  }
  const asPieces = (r: SealedRecord): SealedRecord => {
    const line = r.line;
    return piecesRecord([line.slice(0, 20), line.slice(20, 90), line.slice(90)], { line, leaf: r.leaf, seq: r.event.seq, prev: r.event.prev, event: r.event });
  };

  it('splits the batch into segments by the UTF-8 bytes of lines and of pieces, writes them whole, and never reads a line given as pieces', async () => {
    const dir = path.join(root, 'split');
    const plain = sealed({ nextSeq: 0, prev: GENESIS_HASH }, 5);
    const bytes = Buffer.byteLength((plain[0] as SealedRecord).line) + 1;
    // Every line is the same length in bytes; 'é' makes bytes exceed characters by 50.
    for (const r of plain) expect(Buffer.byteLength(r.line) + 1).toBe(bytes);
    expect(bytes - ((plain[0] as SealedRecord).line.length + 1)).toBe(50);
    // Two lines a segment, and the batch is over the fast path's bound: split by bytes.
    const ledger = fileLedger({ dir, signingKey: key.signerKey, fsync: false, maxSegmentBytes: 2 * bytes });
    ledger.open('bot');
    // The first record as a plain line, the rest as pieces: both measured without a join.
    await ledger.append('bot', [plain[0] as SealedRecord, ...plain.slice(1).map(asPieces)]);
    await ledger.close('bot');
    const files = fs.readdirSync(path.join(dir, 'streams', 'bot')).filter((f) => f.endsWith('.jsonl') && f !== 'checkpoints.jsonl').sort();
    expect(files).toEqual([0, 2, 4].map((s) => `${String(s).padStart(20, '0')}.jsonl`));
    const stored = files.map((f) => fs.readFileSync(path.join(dir, 'streams', 'bot', f), 'utf8'));
    expect(stored).toEqual([plain.slice(0, 2), plain.slice(2, 4), plain.slice(4)].map((rs) => rs.map((r) => `${r.line}\n`).join('')));
    expect(await verifyLedger(dir, { verifierKey: key.verifierKey })).toMatchObject({ ok: true, events: 5 });
    // One byte less than two lines (their newlines counted): one line a segment.
    const tight = path.join(root, 'split-tight');
    const one = fileLedger({ dir: tight, signingKey: key.signerKey, fsync: false, maxSegmentBytes: 2 * bytes - 1 });
    one.open('bot');
    await one.append('bot', plain.map(asPieces));
    await one.close('bot');
    expect(fs.readdirSync(path.join(tight, 'streams', 'bot')).filter((f) => f.endsWith('.jsonl') && f !== 'checkpoints.jsonl').sort()).toEqual([0, 1, 2, 3, 4].map((s) => `${String(s).padStart(20, '0')}.jsonl`));
  });
});
