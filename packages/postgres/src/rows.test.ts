import { describe, expect, it } from 'vitest';
import { canonicalize, createAuditor, type AuditEvent } from '@agent-audit/core';
import { memoryLedger } from '@agent-audit/core/test';
import { eventRowsJson, eventRowsSplit, indexKey, INDEX_KEY_MAX, INSERT_COLUMNS, KEY_COLUMNS } from './internal/rows.js';

async function makeEvents(count: number): Promise<AuditEvent[]> {
  const ledger = memoryLedger();
  const auditor = createAuditor({ agent: { id: 'rows-bot' }, sink: ledger });
  for (let i = 0; i < count; i++) auditor.record({ type: 'tool.call', session: `s-${i}`, tool: { name: 'lookup', arguments: { text: `line\nfeed "${i}" é ✓` } } });
  await auditor.close();
  return ledger.events('rows-bot');
}

describe('insert rows (internal/rows.ts)', () => {
  it('splits a batch into the indexed columns (JSON) and the lines joined by line feeds, in order', async () => {
    const events = await makeEvents(3);
    const lines = events.map((e) => canonicalize(e));
    const split = eventRowsSplit(events, lines)!;
    expect(split.lines).toBe(lines.join('\n'));
    // A line feed inside a string is escaped in canonical JSON: one line per event.
    expect(split.lines.split('\n')).toEqual(lines);
    const keys = JSON.parse(split.keys) as Array<Record<string, unknown>>;
    expect(keys.map((k) => Object.keys(k).join(', '))).toEqual(events.map(() => KEY_COLUMNS));
    expect(`${KEY_COLUMNS}, line`).toBe(INSERT_COLUMNS);
    expect(keys.map((k) => [k.id, k.seq, k.hash, k.prev, k.session])).toEqual(events.map((e) => [e.id, e.seq, e.hash, e.prev, e.session]));
    // Without the caller's lines each event is canonicalized.
    expect(eventRowsSplit(events)).toEqual(split);
  });

  it('leaves a batch with an empty line or a line holding a line feed to the single-JSON form, which keeps the line as given', async () => {
    const events = await makeEvents(2);
    const lines = events.map((e) => canonicalize(e));
    expect(eventRowsSplit(events, [lines[0]!, `${lines[1]!}\n`])).toBeUndefined();
    expect(eventRowsSplit(events, [lines[0]!, ''])).toBeUndefined();
    const rows = JSON.parse(eventRowsJson(events, [lines[0]!, `${lines[1]!}\n`])) as Array<{ line: string }>;
    expect(rows.map((r) => r.line)).toEqual([lines[0], `${lines[1]}\n`]);
  });
});

describe('indexKey: the cut copy of a free-text field (an index row holds at most 2704 bytes)', () => {
  it('keeps a short value, maps U+0000, cuts a long one to INDEX_KEY_MAX units, never inside a surrogate pair', () => {
    expect(INDEX_KEY_MAX).toBe(256);
    expect(indexKey('conv-17')).toBe('conv-17');
    expect(indexKey(undefined)).toBeUndefined();
    expect(indexKey(null)).toBeNull();
    expect(indexKey('a\u0000b')).toBe('a\uFFFDb');
    const long = 'x'.repeat(300);
    expect(indexKey(long)).toBe('x'.repeat(256));
    expect(indexKey('x'.repeat(256))).toBe('x'.repeat(256));
    // A pair at units 256-257 (index 255-256): the high surrogate is not kept alone.
    const pair = `${'x'.repeat(255)}\u{1F600}${'y'.repeat(10)}`;
    expect(indexKey(pair)).toBe('x'.repeat(255));
    // The same at exactly 256 units (a value ending in a lone high surrogate): cut alike, so a prefix's cut stays a prefix.
    expect(indexKey(pair.slice(0, 256))).toBe('x'.repeat(255));
    const before = `${'x'.repeat(254)}\u{1F600}${'y'.repeat(10)}`;
    expect(indexKey(before)).toBe(`${'x'.repeat(254)}\u{1F600}`);
    // UTF-8 bound: 256 units of 3-byte characters are 768 bytes.
    expect(Buffer.byteLength(indexKey('\u20AC'.repeat(1000)))).toBe(768);
  });
});
