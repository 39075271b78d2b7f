// query.ts, from surviving mutants (issue 13): every field of a filter, its bounds and patterns,
// the usage errors, and the k-way merge of queryLedger (time, then stream; one head per stream).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sealEvent } from '../auditor/seal.js';
import { generateSignerKey } from '../crypto/note.js';
import type { AuditEvent, UnsealedEvent } from '../spec/event.js';
import { fileLedger } from './file-ledger.js';
import { compileFilter, matchesFilter, queryLedger, type EventFilter } from './query.js';

const TS = '2026-11-30T12:00:00.000Z';
const full = {
  v: 1, id: 'e1', ts: TS, stream: 'bot', seq: 4, type: 'tool.call', outcome: 'success', source: 'sdk', session: 'conv-1',
  agent: { id: 'bot', region: 'eu' }, trace: { traceId: 'ab'.repeat(16), spanId: 'cd'.repeat(8) }, actor: { id: 'u1', type: 'user' },
  resource: { type: 'file', id: 'a.txt' }, tool: { name: 'lookup' }, data: { classes: ['secret.key', 'pii.email'], sensitivity: 'high' },
} as unknown as AuditEvent;
const bare = { v: 1, id: 'e2', ts: TS, stream: 'bot', seq: 5, type: 'tool.call', agent: { id: 'bot' } } as unknown as AuditEvent;
const ev = (over: Record<string, unknown>): AuditEvent => ({ ...full, ...over }) as AuditEvent;

function thrown(run: () => unknown): { name: string; code?: string; message: string } {
  try {
    run();
  } catch (error) {
    const e = error as Error & { code?: string };
    return { name: e.name, ...(e.code ? { code: e.code } : {}), message: e.message };
  }
  throw new Error('did not throw');
}

describe('compileFilter', () => {
  it('matches every event with no filter or an empty one', () => {
    expect(compileFilter()(full)).toBe(true);
    expect(compileFilter({})(bare)).toBe(true);
    expect(matchesFilter(full)).toBe(true);
    expect(matchesFilter(bare, {})).toBe(true);
  });

  it('refuses a filter that is not an object', () => {
    expect(thrown(() => compileFilter(null as unknown as EventFilter))).toMatchObject({ code: 'invalid_options', message: 'compileFilter needs a filter object (all fields optional); got null' });
  });

  it('matches each field exactly, and an event without the field never', () => {
    const cases: Array<[EventFilter, Record<string, unknown>, Record<string, unknown> | undefined]> = [
      [{ stream: 'bot' }, { stream: 'bot2' }, undefined],
      [{ session: 'conv-1' }, { session: 'conv-2' }, { session: undefined }],
      [{ trace: 'ab'.repeat(16) }, { trace: { traceId: 'ac'.repeat(16), spanId: 'cd'.repeat(8) } }, { trace: undefined }],
      [{ actor: 'u1' }, { actor: { id: 'u2', type: 'user' } }, { actor: undefined }],
      [{ tool: 'lookup' }, { tool: { name: 'lookups' } }, { tool: undefined }],
      [{ outcome: 'success' }, { outcome: 'failure' }, { outcome: undefined }],
      [{ source: 'sdk' }, { source: 'mcp' }, { source: undefined }],
      [{ region: 'eu' }, { agent: { id: 'bot', region: 'us' } }, { agent: { id: 'bot' } }],
      [{ type: 'tool.call' }, { type: 'tool.calls' }, { type: undefined }],
      [{ dataClass: 'pii.email' }, { data: { classes: ['pii.phone'], sensitivity: 'high' } }, { data: undefined }],
    ];
    for (const [filter, other, without] of cases) {
      const name = JSON.stringify(filter);
      expect(matchesFilter(full, filter), name).toBe(true);
      expect(matchesFilter(ev(other), filter), name).toBe(false);
      if (without) expect(matchesFilter(ev(without), filter), name).toBe(false);
      expect(matchesFilter(bare, filter), name).toBe(name === '{"stream":"bot"}' || name === '{"type":"tool.call"}');
    }
    expect(matchesFilter(ev({ data: { classes: [], sensitivity: 'low' } }), { dataClass: 'pii.email' })).toBe(false);
    // An event without an agent block (not one the writer makes) matches no region, and does not throw.
    expect(matchesFilter(ev({ agent: undefined }), { region: 'eu' })).toBe(false);
  });

  it('matches a trailing `.*` as a whole noun, and anything else exactly', () => {
    const type = (t: string, pattern: string): boolean => matchesFilter(ev({ type: t }), { type: pattern });
    expect(type('tool.call', 'tool.*')).toBe(true);
    expect(type('tool.result', 'tool.*')).toBe(true);
    expect(type('tools.call', 'tool.*')).toBe(false);
    expect(type('tool', 'tool.*')).toBe(false);
    expect(type('tool.call', 'tool*')).toBe(false);
    expect(type('tool*', 'tool*')).toBe(true);
    expect(type('tool.call', 'tool.ca')).toBe(false);
    expect(type('tool.call', 'tool.call.*')).toBe(false);
    expect(matchesFilter(ev({ type: undefined }), { type: 'tool.*' })).toBe(false);
    // A data class matches when any of the event's classes does.
    expect(matchesFilter(full, { dataClass: 'pii.*' })).toBe(true);
    expect(matchesFilter(full, { dataClass: 'secret.*' })).toBe(true);
    expect(matchesFilter(full, { dataClass: 'phi.*' })).toBe(false);
    expect(matchesFilter(full, { dataClass: 'pii.e' })).toBe(false);
  });

  it('matches a resource by its id or by type:id', () => {
    expect(matchesFilter(full, { resource: 'a.txt' })).toBe(true);
    expect(matchesFilter(full, { resource: 'file:a.txt' })).toBe(true);
    expect(matchesFilter(full, { resource: 'file:b.txt' })).toBe(false);
    expect(matchesFilter(full, { resource: 'dir:a.txt' })).toBe(false);
    expect(matchesFilter(full, { resource: 'file' })).toBe(false);
    expect(matchesFilter(bare, { resource: 'a.txt' })).toBe(false);
    // No resource: no match, whatever the filter (the template string of a missing one is `undefined:undefined`).
    expect(matchesFilter(bare, { resource: 'undefined:undefined' })).toBe(false);
    expect(matchesFilter(ev({ resource: undefined }), { resource: 'undefined:undefined' })).toBe(false);
    expect(matchesFilter(ev({ resource: { type: 'file', id: 'undefined' } }), { resource: 'file:undefined' })).toBe(true);
  });

  it('bounds ts by since (inclusive) and until (exclusive), as instants', () => {
    const at = (ts: string, filter: EventFilter): boolean => matchesFilter(ev({ ts }), filter);
    expect(at(TS, { since: TS })).toBe(true);
    expect(at('2026-11-30T11:59:59.999Z', { since: TS })).toBe(false);
    expect(at(TS, { until: TS })).toBe(false);
    expect(at('2026-11-30T11:59:59.999Z', { until: TS })).toBe(true);
    expect(at('2026-11-30T12:00:00.001Z', { until: TS })).toBe(false);
    expect(at('2026-11-30T12:00:00.001Z', { since: TS })).toBe(true);
    // Written another way, the same instant: compared as the stored form.
    expect(at(TS, { since: '2026-11-30T12:00:00Z' })).toBe(true);
    expect(at(TS, { since: '2026-11-30T13:00:00+01:00' })).toBe(true);
    expect(at(TS, { until: '2026-11-30T12:00:00Z' })).toBe(false);
    expect(at(TS, { since: new Date(TS), until: new Date(Date.parse(TS) + 1) })).toBe(true);
    expect(at(TS, { since: new Date(Date.parse(TS) + 1) })).toBe(false);
  });

  it('refuses a bound that is not a date', () => {
    expect(thrown(() => compileFilter({ since: 'yesterday' }))).toEqual({ name: 'TypeError', message: 'not a date: yesterday' });
    expect(thrown(() => compileFilter({ until: new Date(Number.NaN) }))).toEqual({ name: 'TypeError', message: 'not a date: Invalid Date' });
  });

  it('refuses a region that no event could hold, naming it', () => {
    for (const region of ['eu', 'e', 'eu-west-1', '0', 'a'.repeat(63)]) expect(() => compileFilter({ region }), region).not.toThrow();
    for (const region of ['EU', '-eu', 'eu_1', ' eu', 'eu ', 'eu\n', 'a'.repeat(64), '']) {
      expect(thrown(() => compileFilter({ region })), region).toEqual({
        name: 'AuditError', code: 'invalid_options', message: `invalid region ${JSON.stringify(region)}: lower-case letters, digits and -, e.g. eu (docs/REGIONS.md)`,
      });
    }
    expect(thrown(() => compileFilter({ region: 5 as unknown as string })).message).toBe('invalid region 5: lower-case letters, digits and -, e.g. eu (docs/REGIONS.md)');
  });
});

describe('queryLedger', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-query-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const key = generateSignerKey('query.test/audit');
  const dir = path.join(root, 'ledger');

  /** Writes streams of events with the given ts (seconds past TS) and types. */
  async function write(streams: Record<string, Array<[number, string]>>): Promise<void> {
    const ledger = fileLedger({ dir, keyDir: path.join(root, 'keys'), signingKey: key.signerKey, fsync: false });
    for (const [stream, events] of Object.entries(streams)) {
      let head = ledger.open(stream);
      for (const [s, type] of events) {
        const ts = new Date(Date.parse(TS) + s * 1000).toISOString();
        const record = sealEvent({ v: 1, id: `${stream}-${head.nextSeq}`, ts, stream, seq: head.nextSeq, type, source: 'test', agent: { id: 'bot' } } as unknown as UnsealedEvent, head.prev);
        await ledger.append(stream, [record]);
        head = { nextSeq: head.nextSeq + 1, prev: record.event.hash };
      }
      await ledger.close(stream);
    }
  }
  const ids = async (filter?: EventFilter): Promise<string[]> => {
    const out: string[] = [];
    for await (const e of filter === undefined ? queryLedger(dir) : queryLedger(dir, filter)) out.push(e.id);
    return out;
  };

  it('merges the streams by time, then by stream name, and filters as it goes', async () => {
    await write({
      a: [[1, 'x.a'], [3, 'x.b'], [3, 'x.c'], [9, 'x.a']],
      b: [[0, 'x.a'], [3, 'x.a'], [5, 'x.b']],
      c: [[1, 'x.b'], [2, 'x.a'], [3, 'x.a'], [3, 'x.b']],
      d: [],
    });
    expect(await ids()).toEqual(['b-0', 'a-0', 'c-0', 'c-1', 'a-1', 'a-2', 'b-1', 'c-2', 'c-3', 'b-2', 'a-3']);
    expect(await ids({})).toEqual(['b-0', 'a-0', 'c-0', 'c-1', 'a-1', 'a-2', 'b-1', 'c-2', 'c-3', 'b-2', 'a-3']);
    expect(await ids({ type: 'x.a' })).toEqual(['b-0', 'a-0', 'c-1', 'b-1', 'c-2', 'a-3']);
    expect(await ids({ stream: 'c' })).toEqual(['c-0', 'c-1', 'c-2', 'c-3']);
    expect(await ids({ stream: 'd' })).toEqual([]);
    expect(await ids({ type: 'x.b', stream: 'a' })).toEqual(['a-1']);
    expect(await ids({ since: new Date(Date.parse(TS) + 3000), until: new Date(Date.parse(TS) + 5000) })).toEqual(['a-1', 'a-2', 'b-1', 'c-2', 'c-3']);
  });

  it('refuses a bad filter before reading', async () => {
    await expect(ids({ region: 'EU' })).rejects.toMatchObject({ code: 'invalid_options' });
    await expect(ids(null as unknown as EventFilter)).rejects.toMatchObject({ code: 'invalid_options' });
  });
});
