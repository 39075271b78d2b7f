import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createAuditor, fileLedger, readEvents, verifyLedger } from '@agent-audit/core';
import { memoryLedger } from '@agent-audit/core/test';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-bad-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('hostile and unusual values are recorded safely', () => {
  it('records every case, throws nothing, marks truncation, and the ledger verifies', async () => {
    const dir = path.join(root, 'ledger');
    const onError = vi.fn();
    const auditor = createAuditor({ agent: { id: 'bad' }, sink: fileLedger({ dir, keyDir: path.join(root, 'keys') }), onError });

    const circular: Record<string, unknown> = { name: 'loop' };
    circular.self = circular;
    let deep: Record<string, unknown> = { leaf: true };
    for (let i = 0; i < 20_000; i++) deep = { next: deep };
    const deepArray: unknown[] = [];
    let cursor = deepArray;
    for (let i = 0; i < 20_000; i++) {
      const inner: unknown[] = [];
      cursor.push(inner);
      cursor = inner;
    }
    const protoKeys = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}');
    const cases: Record<string, unknown> = {
      circular,
      bigint: 12345678901234567890n,
      fn: function namedFunction() {},
      symbol: Symbol('secret-symbol'),
      buffer: Buffer.from([0x00, 0xff, 0x10, 0x80, 0x7f, 0x42]),
      // Bytes that are UTF-8 text are that text (redacted as any string), not a digest of it.
      textBuffer: Buffer.from('plain text data'),
      typed: new Float64Array([1.5, 2.5]),
      date: new Date('2026-01-02T03:04:05.006Z'),
      badDate: new Date('nope'),
      map: new Map<unknown, unknown>([['k', 'v'], [{ o: 1 }, 2]]),
      set: new Set([1, 'two']),
      numbers: [NaN, Infinity, -Infinity, -0, 1e308],
      surrogates: 'lone \uD800 high and \uDC00 low and pair \uD83D\uDE00',
      protoKeys,
      deep,
      deepArray,
      huge: 'x'.repeat(50 * 1024 * 1024),
      error: Object.assign(new Error('boom'), { code: 'E_BOOM' }),
      getterThrows: Object.defineProperty({}, 'bad', { enumerable: true, get() { throw new Error('getter'); } }),
    };
    // record() catches everything, so "did not throw" proves nothing: each call must have taken
    // the next seq (not the -1 of a swallowed failure) and its event must be the one stored there.
    const receipts = Object.entries(cases).map(([name, value]) => auditor.record({ type: 'tool.call', tool: { name, arguments: value } }));
    // Also as whole blocks and as attrs.
    receipts.push(auditor.record({ type: 'tool.result', content: { output: cases.huge }, attrs: { deep } }));
    expect(receipts.map((r) => r.seq)).toEqual(receipts.map((_, i) => i));
    await auditor.close();

    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const events = [];
    for await (const event of readEvents(dir, { stream: 'bad' })) events.push(event);
    expect(events).toHaveLength(Object.keys(cases).length + 1);
    expect(events.map((e) => [e.seq, e.id])).toEqual(receipts.map((r) => [r.seq, r.id]));
    const byName = Object.fromEntries(events.filter((e) => e.tool).map((e) => [e.tool?.name, e.tool?.arguments]));
    expect(byName.circular).toEqual({ name: 'loop', self: '[Circular]' });
    expect(byName.bigint).toBe('12345678901234567890');
    expect(byName.fn).toBe('[Function namedFunction]');
    expect(byName.symbol).toBe('[Symbol secret-symbol]');
    // Binary content is media: type, size and digest, never the bytes (docs/FORMAT.md, "Media").
    expect(byName.buffer).toEqual({ mimeType: 'application/octet-stream', bytes: 6, sha256: createHash('sha256').update(Buffer.from([0x00, 0xff, 0x10, 0x80, 0x7f, 0x42])).digest('hex') });
    expect(byName.textBuffer).toBe('plain text data');
    // A typed array of numbers: its type, element count and byte length (row 104 of probe-2026-12-03e).
    expect(byName.typed).toEqual({ type: 'Float64Array', length: 2, bytes: 16 });
    expect(byName.date).toBe('2026-01-02T03:04:05.006Z');
    expect(byName.badDate).toBe('[Invalid Date]');
    expect(byName.map).toEqual({ k: 'v', '{"o":1}': 2 });
    expect(byName.set).toEqual([1, 'two']);
    expect(byName.numbers).toEqual(['[NaN]', '[Infinity]', '[-Infinity]', 0, 1e308]);
    expect(byName.surrogates).toBe('lone \uFFFD high and \uFFFD low and pair \uD83D\uDE00');
    expect(Object.keys(byName.protoKeys as object)).toEqual(['__proto__', 'constructor']);
    expect(JSON.stringify(byName.deep)).toContain('[truncated: depth limit]');
    expect(JSON.stringify(byName.deepArray)).toContain('[truncated: depth limit]');
    // Snapshotted up to 1 MiB (32 x 32 KiB), redacted, then cut to 32 KiB; the marker names the length recorded.
    expect(byName.huge).toMatch(/^x{32768}…\[truncated after redaction: \d+ of \d+ chars; the recorded value had 52428800\]$/);
    expect(byName.error).toEqual({ name: 'Error', message: 'boom', code: 'E_BOOM' });
    expect(byName.getterThrows).toEqual({ bad: '[Unreadable: getter]' });
    const truncated = events.filter((e) => e.attrs?.truncated === true).map((e) => e.tool?.name ?? e.type);
    expect(truncated).toEqual(expect.arrayContaining(['deep', 'deepArray', 'huge', 'tool.result']));
    // The whole event stays under the per-event budget.
    const segment = fs.readFileSync(path.join(dir, 'streams', 'bad', '00000000000000000000.jsonl'), 'utf8');
    for (const line of segment.split('\n').filter(Boolean)) expect(line.length).toBeLessThan(1024 * 1024);
    expect((await verifyLedger(dir)).ok).toBe(true);
  });

  it('documents what a stored string looks like after JSON round trip (no lone surrogates stored)', async () => {
    const dir = path.join(root, 'ledger2');
    const auditor = createAuditor({ agent: { id: 'bad' }, sink: fileLedger({ dir, keyDir: path.join(root, 'keys') }) });
    auditor.record({ type: 'message.user', content: { input: '\uDBFF' } });
    await auditor.close();
    const text = fs.readFileSync(path.join(dir, 'streams', 'bad', '00000000000000000000.jsonl'), 'utf8');
    expect(text).not.toMatch(/\\ud[89ab]/i);
    expect((await verifyLedger(dir)).ok).toBe(true);
  });
});

// A fresh attacker's findings of 2026-12-01: fields were dropped with no report, and fetch's
// Headers were stored as {}.
describe('nothing is left out silently', () => {
  it('a getter that throws on the event leaves its field out and reports it', async () => {
    const sink = memoryLedger();
    const errors: string[] = [];
    const auditor = createAuditor({ agent: { id: 'getters' }, sink, onError: (e) => errors.push(e.message) });
    const input = { type: 'tool.call', get tool(): never { throw new Error('tool is gone'); }, get content(): never { throw new Error('no content'); } };
    auditor.record(input as never);
    const proxy = new Proxy({ type: 'tool.call' } as Record<string, unknown>, { get: (target, key) => { if (key === 'tool') throw new Error('trap'); return target[key as string]; } });
    auditor.record(proxy as never);
    await auditor.close();
    const events = sink.events('getters');
    expect(events.map((e) => e.type)).toEqual(['tool.call', 'tool.call']);
    expect(events[0]?.tool).toBeUndefined();
    expect(errors.join('\n')).toContain('reading "tool" threw an Error (its message is not shown: it may hold data); the field was left out');
    expect(errors.join('\n')).toContain('reading "content" threw an Error');
    expect(errors.filter((e) => e.includes('reading "tool" threw an Error'))).toHaveLength(2);
    // What a getter threw is the host's text, which may hold the data it guards: never repeated.
    expect(errors.join('\n')).not.toMatch(/tool is gone|no content|trap/);
  });

  it('fetch Headers and URLSearchParams are stored as their entries, and redacted', async () => {
    const sink = memoryLedger();
    const auditor = createAuditor({ agent: { id: 'headers' }, sink, onError: () => {} });
    const headers = new Headers({ 'content-type': 'application/json', authorization: 'Bearer sk-live-abcdefghijklmnopqrstuvwx', 'x-request-id': 'r-1' });
    const params = new URLSearchParams('q=shoes&tag=a&tag=b&email=jane.doe%40example.com');
    auditor.record({ type: 'tool.call', tool: { name: 'fetch', arguments: { headers, params } } });
    await auditor.close();
    const args = sink.events('headers')[0]?.tool?.arguments as { headers: Record<string, string>; params: Record<string, unknown> };
    expect(args.headers['content-type']).toBe('application/json');
    expect(args.headers['x-request-id']).toBe('r-1');
    expect(args.headers.authorization).toMatch(/^\[/);
    expect(JSON.stringify(args)).not.toContain('sk-live-abcdefghij');
    expect(args.params.q).toBe('shoes');
    expect(args.params.tag).toEqual(['a', 'b']);
    expect(JSON.stringify(args)).not.toContain('jane.doe@example.com');
  });
});
