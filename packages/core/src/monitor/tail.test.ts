import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor } from '../auditor/auditor.js';
import { fileLedger } from '../ledger/file-ledger.js';
import { ledgerTail } from './tail.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-tail-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('ledgerTail', () => {
  it('returns what was appended since the last poll, across segments and new streams, and waits for a line being written', async () => {
    const dir = path.join(root, 'ledger');
    const a = createAuditor({ agent: { id: 'a' }, stream: 'a', sink: fileLedger({ dir, maxSegmentBytes: 2048 }) });
    const tail = ledgerTail(dir);
    expect(tail.poll()).toEqual([]);
    for (let i = 0; i < 20; i++) a.record({ type: 'tool.call', tool: { name: `t${i}` } });
    await a.flush();
    expect(fs.readdirSync(path.join(dir, 'streams', 'a')).filter((n) => n.endsWith('.jsonl') && n !== 'checkpoints.jsonl').length).toBeGreaterThan(1);
    expect(tail.poll().map((e) => e.seq)).toEqual([...Array(20).keys()]);
    expect(tail.poll()).toEqual([]);

    const b = createAuditor({ agent: { id: 'b' }, stream: 'b', sink: fileLedger({ dir }) });
    a.record({ type: 'tool.call', tool: { name: 'late' } });
    b.record({ type: 'tool.call', tool: { name: 'other' } });
    await Promise.all([a.flush(), b.flush()]);
    expect(tail.poll().map((e) => `${e.stream}/${e.seq}`).sort()).toEqual(['a/20', 'b/0']);
    await a.close();
    await b.close();

    // A line without its newline yet is left for the next poll.
    const segment = path.join(dir, 'streams', 'b', '00000000000000000000.jsonl');
    const [line] = fs.readFileSync(segment, 'utf8').trim().split('\n');
    const next = JSON.stringify({ ...JSON.parse(line as string), seq: 1 });
    fs.appendFileSync(segment, next.slice(0, 40));
    expect(tail.poll()).toEqual([]);
    fs.appendFileSync(segment, next.slice(40) + '\n');
    expect(tail.poll().map((e) => `${e.stream}/${e.seq}`)).toEqual(['b/1']);
  });
});

describe('ledgerTail and a line that is not a JSON event', () => {
  it('reports it (stream, segment, byte offset) to onMalformed and reads the lines after it', async () => {
    const dir = path.join(root, 'malformed');
    const a = createAuditor({ agent: { id: 'a' }, stream: 'a', sink: fileLedger({ dir }) });
    a.record({ type: 'tool.call', tool: { name: 'one' } });
    await a.close();
    const segment = path.join(dir, 'streams', 'a', '00000000000000000000.jsonl');
    const offset = fs.statSync(segment).size;
    const [line] = fs.readFileSync(segment, 'utf8').trim().split('\n');
    fs.appendFileSync(segment, 'this is not json\n' + JSON.stringify({ ...JSON.parse(line as string), seq: 1, tool: { name: 'two' } }) + '\n');
    const seen: unknown[] = [];
    const tail = ledgerTail(dir, { onMalformed: (line) => seen.push(line) });
    expect(tail.poll().map((e) => e.tool?.name)).toEqual(['one', 'two']);
    expect(seen).toEqual([{ stream: 'a', segment, offset, length: 16, message: `stream a: ${segment} at byte ${offset} is not a JSON event` }]);
    expect(() => ledgerTail(dir).poll()).toThrow(`at byte ${offset} is not a JSON event`);
  });
  it.each([['{"foreign":true}'], ['{"seq":"1"}'], ['{"seq":-1}'], ['{"seq":1.5}']])('an object without a non-negative integer seq (%s) is reported too, never skipped in silence', async (text) => {
    const dir = path.join(root, `noseq-${text.length}-${text.charCodeAt(2)}-${text.charCodeAt(text.length - 2)}`);
    const a = createAuditor({ agent: { id: 'a' }, stream: 'a', sink: fileLedger({ dir }) });
    a.record({ type: 'tool.call', tool: { name: 'one' } });
    await a.close();
    const segment = path.join(dir, 'streams', 'a', '00000000000000000000.jsonl');
    const offset = fs.statSync(segment).size;
    fs.appendFileSync(segment, `${text}\n`);
    const seen: Array<{ offset: number }> = [];
    expect(ledgerTail(dir, { onMalformed: (line) => seen.push(line) }).poll().map((e) => e.tool?.name)).toEqual(['one']);
    expect(seen.map((l) => l.offset)).toEqual([offset]);
  });
});
