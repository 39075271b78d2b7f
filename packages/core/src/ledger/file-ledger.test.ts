import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAuditor } from '../auditor/auditor.js';
import { fileLedger } from './file-ledger.js';
import { verifyLedger } from './verify.js';
import { listStreams, readEvents } from './read.js';
import { queryLedger } from './query.js';
import { generateSignerKey } from '../crypto/note.js';

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
