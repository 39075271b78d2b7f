import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, beforeAll } from 'vitest';
import { createAuditor } from './auditor.js';
import { sealingWorkerTestHooks } from './pipeline.js';
import { leafHashInSlices } from './seal-members.js';
import { sealLine, storedLinePieces } from './seal.js';
import { poolKey, workerReady } from './fixtures/pool.js';
import type { SealDraft } from './redaction-worker.js';
import { createRedactor } from '../redaction/redactor.js';
import { fileLedger, partBuffers } from '../ledger/file-ledger.js';
import { readEvents } from '../ledger/read.js';
import { verifyLedger } from '../ledger/verify.js';
import { sealedLineLength, type SealedRecord } from '../spec/sink.js';
import type { AuditEvent, RecordInput } from '../spec/event.js';

// These tests are about the pool: its threads start with the first event (by default after 256).
beforeAll(() => {
  sealingWorkerTestHooks.startAfterEvents = 0;
});
afterAll(() => {
  delete sealingWorkerTestHooks.startAfterEvents;
});

// What the host's thread does for a large event, made cheaper (issue 11, item 7: no event blocks
// the host's event loop for more than 5 ms): the canonical bytes of an event hashed and written as
// the pieces the worker gave, never joined into one flat megabyte string (3.5-5 ms for 1 M
// characters here); and an event of many small values posted to the pool as JSON text (0.5 ms
// for 20,000 objects against 4.4 ms for their structured clone). Both must store exactly what
// the plain paths store.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-host-work-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
afterEach(() => {
  delete sealingWorkerTestHooks.onDraft;
});

const leafOf = (text: string): Buffer => createHash('sha256').update(Buffer.of(0)).update(text, 'utf8').digest();

describe('hashing and writing a line given as pieces', () => {
  it('hashes pieces exactly as their concatenation, whatever falls on a 128 Ki chunk boundary', async () => {
    const chunk = 128 * 1024;
    const pair = '😀';
    const cases: string[][] = [
      ['{"a":1,', '"prev":"x"', '}'],
      // A pair across the first chunk boundary, in the first piece.
      [`{"a":"${'x'.repeat(chunk - 7)}${pair}y",`, '"prev":"x"', '}'],
      // A piece that starts one character before the boundary with a pair: the chunk takes the pair whole.
      ['x'.repeat(chunk - 1), `${pair}${'z'.repeat(chunk)}`, '}'],
      // Many pieces, some empty, some longer than two chunks.
      ['', 'é'.repeat(3 * chunk + 5), '', `${pair}`.repeat(chunk), '✓'],
    ];
    for (const pieces of cases) {
      let pauses = 0;
      const leaf = await leafHashInSlices(pieces, async () => {
        pauses++;
      });
      const joined = pieces.join('');
      expect(leaf.equals(leafOf(joined))).toBe(true);
      // The host's loop runs between chunks: one pause per chunk after the first, at most.
      expect(pauses).toBeLessThanOrEqual(Math.ceil(joined.length / chunk));
      if (joined.length > 2 * chunk + 2) expect(pauses).toBeGreaterThanOrEqual(Math.floor(joined.length / chunk) - 1);
    }
  });

  it('writes a record given as pieces as the bytes of its whole line, in slices that each decode alone, without reading `line`', () => {
    const slice = 256 * 1024;
    let big = '';
    while (big.length < 700_000) big += 'x'.repeat(slice - 1 - (big.length % slice)) + '😀';
    const pieces = storedLinePieces('c'.repeat(64), ['{"a":"' + big + '",', '"prev":"' + 'd'.repeat(64) + '"', ',"z":"é"}']);
    const whole = pieces.join('');
    let lineRead = 0;
    const record: SealedRecord = {
      pieces,
      leaf: new Uint8Array(32),
      seq: 1,
      prev: 'd'.repeat(64),
      get line(): string {
        lineRead++;
        return whole;
      },
      get event(): AuditEvent {
        throw new Error('not parsed');
      },
    };
    const small = (n: number): SealedRecord => ({ line: `{"n":${n}}`, leaf: new Uint8Array(32), event: {} as AuditEvent });
    const buffers = [...partBuffers([small(0), record, small(2)])];
    expect(Buffer.concat(buffers).toString('utf8')).toBe(`{"n":0}\n${whole}\n{"n":2}\n`);
    for (const b of buffers) expect(b.toString('utf8')).not.toContain('\ufffd');
    expect(Math.max(...buffers.map((b) => b.length))).toBeLessThanOrEqual(4 * slice);
    expect(sealedLineLength(record)).toBe(whole.length);
    expect(lineRead).toBe(0);
    // The line as stored is the line the plain sealer makes from the same text.
    expect(whole.slice(0, 75)).toBe(`{"hash":"${'c'.repeat(64)}",`);
  });
});

// An event of many values, with what JSON text must carry faithfully: an own `__proto__`, keys
// that look like indexes, unicode, numbers, nulls, nesting, and personal data to redact.
function manyValues(n: number): RecordInput {
  const rows = Array.from({ length: n }, (_, i) => ({ i, ok: i % 2 === 0, none: null, mail: `row${i}@example.org`, '10': 'ten', note: 'é ✓ 😀' }));
  const odd = JSON.parse('{"__proto__":{"polluted":"zq@example.org"},"constructor":"x"}') as Record<string, unknown>;
  return { type: 'tool.result', tool: { name: 'crm.export', result: { rows, odd, nested: [[[1.5, -2, 1e21]]] } } };
}

async function storedBy(redactionWorker: boolean, inputs: RecordInput[], name: string): Promise<{ events: AuditEvent[]; drafts: SealDraft[] }> {
  const dir = path.join(root, name, 'ledger');
  const drafts: SealDraft[] = [];
  const ready = redactionWorker ? workerReady() : undefined;
  const auditor = createAuditor({ agent: { id: 'host-work' }, sink: fileLedger({ dir, keyDir: path.join(root, name, 'keys'), fsync: false }), redactor: createRedactor({ pseudonymKey: poolKey() }), redactionWorker, onError: () => {} });
  if (ready !== undefined) {
    auditor.record({ type: 'run.start' });
    await ready;
    sealingWorkerTestHooks.onDraft = (draft) => drafts.push(draft);
  }
  for (const input of inputs) auditor.record(input);
  await auditor.close();
  const report = await verifyLedger(dir);
  expect(report.ok).toBe(true);
  const events: AuditEvent[] = [];
  for await (const e of readEvents(dir, { stream: 'host-work' })) events.push(e);
  return { events: events.filter((e) => e.type === 'tool.result'), drafts };
}

describe('the pool path stores what the host thread stores', () => {
  it('an event of many values crosses to the pool as JSON text; one of few values and one with media as a structured clone; all stored as on the host', async () => {
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(300, 7)]).toString('base64');
    const inputs: RecordInput[] = [manyValues(400), { type: 'tool.result', tool: { name: 'small', result: { mail: 'a@example.org' } } }, { type: 'tool.result', tool: { name: 'shot', result: { rows: Array.from({ length: 300 }, (_, i) => ({ i })), content: [{ type: 'image', mimeType: 'image/png', data: png }] } } }];
    const pool = await storedBy(true, inputs, 'pool');
    const host = await storedBy(false, inputs, 'host');
    expect(pool.drafts.map((d) => (d.eventJson !== undefined ? 'json' : 'clone'))).toEqual(['json', 'clone', 'clone']);
    const content = (e: AuditEvent) => ({ tool: e.tool, data: e.data, compliance: e.compliance });
    expect(pool.events.map(content)).toEqual(host.events.map(content));
    const text = JSON.stringify(pool.events);
    expect(text).not.toMatch(/@example\.org/);
    expect(text).toContain('"i":399');
    expect(text).toContain('é ✓ 😀');
    // The own __proto__ member is kept as data, not as the object's prototype.
    const odd = (pool.events[0]?.tool?.result as { odd: Record<string, unknown> }).odd;
    expect(Object.prototype.hasOwnProperty.call(odd, '__proto__')).toBe(true);
    expect((odd as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('an event of over 256 Ki characters is sealed from pieces: stored line, hash and chain as the plain sealer makes them', async () => {
    const long = Array.from({ length: 12 }, (_, k) => `Case ${k}: ${'lorem ipsum dolor sit amet é 😀 '.repeat(1200)} contact k${k}@example.org`);
    const inputs: RecordInput[] = [{ type: 'tool.result', tool: { name: 'notes', result: long } }, { type: 'tool.result', tool: { name: 'after', result: 'ok' } }];
    const pool = await storedBy(true, inputs, 'pool-large');
    const host = await storedBy(false, inputs, 'host-large');
    const big = pool.events[0] as AuditEvent;
    expect(JSON.stringify(big).length).toBeGreaterThan(256 * 1024);
    expect(big.tool).toEqual(host.events[0]?.tool);
    // What is on disk is the canonical line of the event as read back (the verifier checked the chain and hash).
    const lines = fs.readFileSync(path.join(root, 'pool-large', 'ledger', 'streams', 'host-work', fs.readdirSync(path.join(root, 'pool-large', 'ledger', 'streams', 'host-work')).find((f) => f.endsWith('.jsonl')) as string), 'utf8').split('\n');
    const stored = lines.find((l) => l.includes('"name":"notes"')) as string;
    const { prev, hash, ...rest } = big;
    const sealed = sealLine(rest as never, prev);
    expect(sealed.line).toBe(stored);
    expect(sealed.hash).toBe(hash);
  });
});
