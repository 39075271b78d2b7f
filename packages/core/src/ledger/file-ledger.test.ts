import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAuditor } from '../auditor/auditor.js';
import { fileLedger, partBuffers } from './file-ledger.js';
import { verifyLedger } from './verify.js';
import { listStreams, readEvents } from './read.js';
import { queryLedger } from './query.js';
import { generateSignerKey } from '../crypto/note.js';
import { sealEvent } from '../auditor/seal.js';
import { GENESIS_HASH, type UnsealedEvent } from '../spec/event.js';
import type { SealedRecord } from '../spec/sink.js';

let root: string;
let dir: string;
let keyDir: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-ledger-'));
  dir = path.join(root, 'ledger');
  keyDir = path.join(root, 'keys');
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const agent = { id: 'bot' };
async function write(n: number, options: Record<string, unknown> = {}, type = 'tool.call') {
  const auditor = createAuditor({ agent, sink: fileLedger({ dir, keyDir, ...options }) });
  for (let i = 0; i < n; i++) auditor.record({ type, tool: { name: 'lookup', arguments: { i } } });
  await auditor.close();
}
async function all(stream = 'bot') {
  const out = [];
  for await (const e of readEvents(dir, { stream })) out.push(e);
  return out;
}

describe('fileLedger', () => {
  it('writes, resumes after restart, and verifies', async () => {
    await write(50);
    await write(25);
    const events = await all();
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 75 }, (_, i) => i));
    expect(events[50]?.prev).toBe(events[49]?.hash);
    const result = await verifyLedger(dir);
    expect(result).toMatchObject({ ok: true, events: 75, streams: 1, checkpoints: 2 });
  });

  it('keeps the generated signing key outside the ledger and publishes the verifier key inside', async () => {
    await write(3);
    expect(fs.readdirSync(keyDir).some((f) => f.endsWith('.key'))).toBe(true);
    const published = fs.readFileSync(path.join(dir, 'verifier.key'), 'utf8').trim();
    expect(published).toMatch(/^agent-audit\.[0-9A-Z]+\+[0-9a-f]{8}\+/);
    expect(fs.readdirSync(dir, { recursive: true }).join(' ')).not.toMatch(/PRIVATE/);
    for (const file of fs.readdirSync(dir, { recursive: true }) as string[]) {
      const full = path.join(dir, file);
      if (fs.statSync(full).isFile()) expect(fs.readFileSync(full, 'utf8')).not.toContain('PRIVATE+KEY');
    }
    expect(() => fileLedger({ dir, keyDir: path.join(dir, 'keys') }).open('other')).toThrow(/inside the ledger/);
  });

  it('accepts a given signing key and verifies against the pinned verifier key only', async () => {
    const pinned = generateSignerKey('bank.example/audit');
    await write(10, { signingKey: pinned.signerKey });
    expect((await verifyLedger(dir, { verifierKey: pinned.verifierKey })).ok).toBe(true);
    const other = generateSignerKey('bank.example/audit');
    const wrong = await verifyLedger(dir, { verifierKey: other.verifierKey });
    expect(wrong.ok).toBe(false);
    expect(wrong.firstFailure?.reason).toMatch(/signature/);
  });

  it('rotates segments by size and verifies across them', async () => {
    await write(200, { maxSegmentBytes: 4096 });
    const files = fs.readdirSync(path.join(dir, 'streams', 'bot')).filter((f) => f.endsWith('.jsonl'));
    expect(files.length).toBeGreaterThan(5);
    expect((await verifyLedger(dir)).ok).toBe(true);
    await write(10, { maxSegmentBytes: 4096 });
    expect((await verifyLedger(dir)).events).toBe(210);
  });

  it('allows one writer per stream', async () => {
    const a = createAuditor({ agent, sink: fileLedger({ dir, keyDir }) });
    expect(() => createAuditor({ agent, sink: fileLedger({ dir, keyDir }) })).toThrow(/locked/);
    const b = createAuditor({ agent, stream: 'bot-2', sink: fileLedger({ dir, keyDir }) });
    a.record({ type: 'run.start' });
    b.record({ type: 'run.start' });
    await Promise.all([a.close(), b.close()]);
    expect(await listStreams(dir)).toEqual(['bot', 'bot-2']);
  });

  it('takes over a lock left by a dead process', async () => {
    await write(2);
    const lock = path.join(dir, 'streams', 'bot', 'writer.lock');
    fs.writeFileSync(lock, JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname(), since: 'then' }));
    await write(2);
    expect((await verifyLedger(dir)).events).toBe(4);
  });

  it('repairs a torn tail, quarantines the bytes and records ledger.recover', async () => {
    await write(20);
    const segment = path.join(dir, 'streams', 'bot', '00000000000000000000.jsonl');
    fs.appendFileSync(segment, '{"agent":{"id":"bot"},"data":{"classes":[],"sens');
    await write(1, {}, 'run.start');
    const events = await all();
    const recover = events.find((e) => e.type === 'ledger.recover');
    const torn = '{"agent":{"id":"bot"},"data":{"classes":[],"sens';
    expect(recover?.attrs).toMatchObject({ removedBytes: torn.length, segment: '00000000000000000000.jsonl' });
    expect(fs.readdirSync(path.join(dir, 'streams', 'bot', 'recovered'))).toHaveLength(1);
    expect((await verifyLedger(dir)).ok).toBe(true);
  });

  it('refuses to resume a stream shorter than its last signed checkpoint', async () => {
    await write(30);
    const segment = path.join(dir, 'streams', 'bot', '00000000000000000000.jsonl');
    const lines = fs.readFileSync(segment, 'utf8').split('\n').filter(Boolean);
    fs.writeFileSync(segment, lines.slice(0, 20).join('\n') + '\n');
    expect(() => fileLedger({ dir, keyDir }).open('bot')).toThrow(/(signed head covers|checkpoint) 30/);
    const result = await verifyLedger(dir);
    expect(result.ok).toBe(false);
    expect(result.firstFailure).toMatchObject({ stream: 'bot', seq: 20 });
    expect(result.firstFailure?.reason).toMatch(/truncated/);
  });

  it('names foreign and corrupt files clearly', async () => {
    await write(3);
    fs.writeFileSync(path.join(dir, 'streams', 'bot', 'notes.txt'), 'hello');
    const result = await verifyLedger(dir);
    expect(result.ok).toBe(false);
    expect(result.firstFailure?.reason).toMatch(/notes\.txt/);
    expect(() => fileLedger({ dir, keyDir }).open('bot')).toThrow(/notes\.txt/);
    fs.writeFileSync(path.join(dir, 'LEDGER'), 'garbage');
    // An edited marker is a finding about the ledger (exit 1), not an I/O error.
    const edited = await verifyLedger(dir);
    expect(edited.ok).toBe(false);
    expect(edited.firstFailure).toMatchObject({ file: 'LEDGER', reason: expect.stringMatching(/LEDGER is corrupt/) });
    const notLedger = path.join(root, 'photos');
    fs.mkdirSync(notLedger);
    fs.writeFileSync(path.join(notLedger, 'cat.jpg'), 'x');
    expect(() => fileLedger({ dir: notLedger, keyDir }).open('bot')).toThrow(/not an agent-audit ledger/);
  });

  it('queries across streams in time order with filters, streaming', async () => {
    const a = createAuditor({ agent, stream: 's1', sink: fileLedger({ dir, keyDir }) });
    const b = createAuditor({ agent, stream: 's2', sink: fileLedger({ dir, keyDir }) });
    for (let i = 0; i < 10; i++) {
      a.record({ type: 'tool.call', session: i % 2 ? 'odd' : 'even', tool: { name: 'lookup' } });
      b.record({ type: 'model.request', session: 'odd', actor: { id: 'u1', type: 'user' } });
    }
    await Promise.all([a.close(), b.close()]);
    const odd = [];
    for await (const e of queryLedger(dir, { session: 'odd' })) odd.push(e);
    expect(odd).toHaveLength(15);
    for (let i = 1; i < odd.length; i++) expect(odd[i - 1]!.ts <= odd[i]!.ts).toBe(true);
    const tools = [];
    for await (const e of queryLedger(dir, { type: 'tool.*', tool: 'lookup' })) tools.push(e);
    expect(tools).toHaveLength(10);
    const actor = [];
    for await (const e of queryLedger(dir, { actor: 'u1', stream: 's2' })) actor.push(e);
    expect(actor).toHaveLength(10);
  });
});

describe('fileLedger: bytes another process put in a stream are never written over', () => {
  async function collide(change: (segment: string) => void) {
    const errors: Error[] = [];
    const auditor = createAuditor({ agent, sink: fileLedger({ dir, keyDir }), onError: (error) => errors.push(error) });
    for (let i = 0; i < 3; i++) auditor.record({ type: 'tool.call', tool: { name: 'lookup', arguments: { i } } });
    await auditor.flush();
    const segment = path.join(dir, 'streams', 'bot', '00000000000000000000.jsonl');
    change(segment);
    const after = fs.readFileSync(segment);
    const durable = auditor.recordDurable({ type: 'tool.call', tool: { name: 'lookup', arguments: { i: 3 } } });
    await expect(durable).rejects.toThrow(/not durable|append failed/);
    const cause = errors.map((e) => (e as Error & { cause?: { code?: string; message?: string } }).cause).find((c) => c?.code === 'ledger_collision');
    expect(fs.readFileSync(segment).equals(after)).toBe(true);
    return { auditor, cause, segment };
  }

  it('refuses to write when another process appended to the segment, and keeps its line', async () => {
    const foreign = JSON.stringify({ v: 1, id: 'x', seq: 3, agent: { id: 'intruder' } }) + '\n';
    const { auditor, cause } = await collide((segment) => fs.appendFileSync(segment, foreign));
    expect(cause?.message).toMatch(/00000000000000000000\.jsonl is \d+ bytes long but this writer left it at \d+: another process appended \d+ byte\(s\)/);
    await expect(auditor.close()).rejects.toThrow(/not durable/);
    const result = await verifyLedger(dir);
    expect(result.ok).toBe(false);
    expect(result.firstFailure).toMatchObject({ stream: 'bot', seq: 3 });
  });

  it('refuses to write when another process cut the segment', async () => {
    const { auditor, cause } = await collide((segment) => fs.truncateSync(segment, fs.statSync(segment).size - 10));
    expect(cause?.message).toMatch(/another process cut 10 byte\(s\) from it/);
    await expect(auditor.close()).rejects.toThrow(/not durable/);
  });
});

describe('fileLedger: a segment replaced or deleted behind the writer', () => {
  it.each([
    ['renamed over by a copy (as editors and sed -i do)', (segment: string) => {
      fs.copyFileSync(segment, `${segment}.new`);
      fs.renameSync(`${segment}.new`, segment);
    }],
    ['deleted with its folder', (segment: string) => fs.rmSync(path.dirname(segment), { recursive: true, force: true })],
  ])('%s: the writer refuses instead of acknowledging events no reader sees', async (_, change) => {
    const errors: Error[] = [];
    const auditor = createAuditor({ agent, sink: fileLedger({ dir, keyDir }), onError: (error) => errors.push(error) });
    await auditor.recordDurable({ type: 'tool.call', tool: { name: 'lookup' } });
    change(path.join(dir, 'streams', 'bot', '00000000000000000000.jsonl'));
    await expect(auditor.recordDurable({ type: 'tool.call', tool: { name: 'lookup' } })).rejects.toThrow(/not durable|append failed/);
    expect(errors.map((e) => e.message).join('\n')).toMatch(/00000000000000000000\.jsonl (was replaced by another file|was deleted) while this writer had it open/);
    await expect(auditor.close()).rejects.toThrow(/event\(s\) \(seq 1\.\.1\) are not durable|could not be closed/);
  });

  it('takes the chain position from a record\'s seq and prev, never parsing its event (a megabyte line costs milliseconds to parse)', async () => {
    const key = generateSignerKey('parse-free');
    const ledger = fileLedger({ dir, keyDir, signingKey: key.signerKey, fsync: false });
    let head = ledger.open('bot');
    const untouched = (record: SealedRecord, seq: number, prev: string): SealedRecord => ({
      line: record.line,
      leaf: record.leaf,
      seq,
      prev,
      get event(): never {
        throw new Error(`event ${seq} was parsed`);
      },
    });
    for (let batch = 0; batch < 3; batch++) {
      const records: SealedRecord[] = [];
      let prev = head.prev;
      for (let i = 0; i < 4; i++) {
        const seq = head.nextSeq + i;
        const sealed = sealEvent({ v: 1, id: `01JD00000000000000000000${String(seq).padStart(2, '0')}`, ts: '2026-12-01T12:00:00.000Z', stream: 'bot', seq, type: 'tool.call', outcome: 'success', source: 'test', agent, trace: { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7' } } as unknown as UnsealedEvent, prev);
        records.push(untouched(sealed, seq, prev));
        prev = sealed.event.hash;
      }
      await ledger.append('bot', records);
      head = { nextSeq: head.nextSeq + 4, prev };
    }
    // A record whose seq is not the next one is refused before anything is written.
    const stray = sealEvent({ v: 1, id: '01JD0000000000000000000099', ts: '2026-12-01T12:00:00.000Z', stream: 'bot', seq: 20, type: 'tool.call', outcome: 'success', source: 'test', agent, trace: { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7' } } as unknown as UnsealedEvent, head.prev);
    await expect(ledger.append('bot', [untouched(stray, 20, head.prev)])).rejects.toThrow(/append out of order: got seq 20, expected 12/);
    // Nor one whose prev is not the stream's head.
    const forked = sealEvent({ v: 1, id: '01JD0000000000000000000012', ts: '2026-12-01T12:00:00.000Z', stream: 'bot', seq: 12, type: 'tool.call', outcome: 'success', source: 'test', agent, trace: { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7' } } as unknown as UnsealedEvent, GENESIS_HASH);
    await expect(ledger.append('bot', [untouched(forked, 12, GENESIS_HASH)])).rejects.toThrow(/append out of order/);
    await ledger.close('bot');
    const result = await verifyLedger(dir, { verifierKey: key.verifierKey });
    expect(result).toMatchObject({ ok: true, events: 12 });
    expect((await all()).map((e) => e.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i));
  });

  it('writes a part as the exact UTF-8 of its lines: one buffer for an ordinary batch, slices for a line of megabytes, no surrogate pair split', () => {
    const record = (line: string): SealedRecord => ({ line, leaf: new Uint8Array(32), seq: 0, prev: GENESIS_HASH, get event(): never { throw new Error('parsed'); } });
    const bytesOf = (lines: string[]): Buffer => Buffer.from(lines.map((l) => `${l}\n`).join(''), 'utf8');
    // An ordinary batch: one buffer, one write.
    const small = Array.from({ length: 300 }, (_, i) => `{"hash":"${'a'.repeat(64)}","n":${i},"text":"é ✓ 😀"}`);
    expect([...partBuffers(small.map(record))]).toEqual([bytesOf(small)]);
    // Characters of three UTF-8 bytes each, the most per UTF-16 unit, filling the 1 Mi-character
    // batch: the buffer's room (3 bytes a unit) is used to the last byte, and split into batches.
    const wide = Array.from({ length: 40 }, (_, i) => `${i}${'€'.repeat(40_000)}`);
    const wideBuffers = [...partBuffers(wide.map(record))];
    expect(wideBuffers.length).toBe(2);
    expect(Buffer.concat(wideBuffers).equals(bytesOf(wide))).toBe(true);
    // A line of 1.5 M characters with a surrogate pair across every 256 Ki boundary: sliced, and the bytes are those of the whole.
    const slice = 256 * 1024;
    let huge = '';
    while (huge.length < 1_500_000) huge += 'x'.repeat(slice - 1 - (huge.length % slice)) + '😀';
    const lines = ['{"before":1}', huge, '{"after":2}', 'y'.repeat(2 * 1024 * 1024 + 3)];
    const buffers = [...partBuffers(lines.map(record))];
    expect(buffers.length).toBeGreaterThan(8);
    expect(Math.max(...buffers.map((b) => b.length))).toBeLessThanOrEqual(4 * slice);
    expect(Buffer.concat(buffers).equals(bytesOf(lines))).toBe(true);
    // No buffer ends inside a character: each decodes to valid text on its own.
    for (const b of buffers) expect(b.toString('utf8')).not.toContain('\ufffd');
  });
});

