import { describe, expect, it } from 'vitest';
import { canonicalize, createAuditor, type AuditEvent } from '@agent-audit/core';
import { memoryLedger } from '@agent-audit/core/test';
import { eventRowsJson, eventRowsSplit, INSERT_COLUMNS, KEY_COLUMNS } from './internal/rows.js';

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
