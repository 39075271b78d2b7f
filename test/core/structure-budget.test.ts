// Empty structure counts against an event's budget (fresh attacker finding of 2026-12-01: 2 MiB
// of `{}`, `[]`, `""` or `null` was stored whole, and walked whole at record()). Two limits hold
// it: 512 KiB of characters as JSON writes them, and 20,000 values (limits.maxEventValues), since
// record() copies each value on the caller's thread and 512 KiB of `{}` is 175,000 of them.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger, readEvents, verifyLedger } from '@agent-audit/core';

const work = mkdtempSync(join(tmpdir(), 'aa-structure-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const grid = (cell: string) => JSON.parse(`[${Array(666).fill(`[${Array(1000).fill(cell).join(',')}]`).join(',')}]`) as unknown;

/** Values in a stored JSON value (objects, arrays and scalars; keys not counted). */
function countValues(value: unknown): number {
  if (Array.isArray(value)) return 1 + value.reduce((n: number, item) => n + countValues(item), 0);
  if (value !== null && typeof value === 'object') return 1 + Object.values(value).reduce((n: number, item) => n + countValues(item), 0);
  return 1;
}

async function recordOne(name: string, result: unknown, limits?: { maxEventValues?: number; maxEventChars?: number }) {
  const dir = join(work, name);
  const auditor = createAuditor({ agent: { id: 'grid' }, sink: fileLedger({ dir, keyDir: join(work, 'keys'), fsync: false }), ...(limits ? { limits } : {}) });
  auditor.record({ type: 'tool.result', tool: { name: 'grid', result } });
  await auditor.close();
  const events = [];
  for await (const event of readEvents(dir, { stream: 'grid' })) events.push(event);
  const bytes = readdirSync(join(dir, 'streams', 'grid')).map((file) => readFileSync(join(dir, 'streams', 'grid', file), 'utf8')).join('').length;
  return { dir, events, bytes };
}

describe('an event made of empty structure', () => {
  it.each([
    ['{}', '{}'],
    ['[]', '[]'],
    ['""', '""'],
    ['null', 'null'],
  ])('2 MiB of %s is cut at 20,000 values with one marker per container, and the ledger verifies', async (_label, cell) => {
    const payload = grid(cell);
    expect(JSON.stringify(payload).length).toBeGreaterThan(1.9 * 1024 * 1024);
    const { dir, events, bytes } = await recordOne(`grid-${Buffer.from(cell).toString('hex')}`, payload);
    expect(events).toHaveLength(1);
    expect(events[0]?.attrs?.truncated).toBe(true);
    const result = events[0]?.tool?.result as unknown[][];
    // The snapshot stops at the values limit: the value count of tool.result plus the event's
    // other values is 20,000, and every container cut holds one marker (the outer one, and the
    // row the limit fell in).
    const stored = countValues(result);
    expect(stored).toBeGreaterThan(19_900);
    expect(stored).toBeLessThanOrEqual(20_000 + 2);
    expect(result[result.length - 1]).toBe('[truncated: event size limit]');
    const rows = result.slice(0, -1);
    expect(rows.slice(0, -1).every((row) => row.length === 1000 && !row.includes('[truncated: event size limit]' as never))).toBe(true);
    expect(rows[rows.length - 1]?.at(-1)).toBe('[truncated: event size limit]');
    expect(bytes).toBeLessThan(200 * 1024);
    expect((await verifyLedger(dir)).ok).toBe(true);
  });

  it('with limits.maxEventValues raised, the 512 KiB character budget cuts the same payload', async () => {
    const { dir, events, bytes } = await recordOne('grid-raised', grid('{}'), { maxEventValues: 1_000_000 });
    expect(events[0]?.attrs?.truncated).toBe(true);
    // About the 512 KiB budget, not the 2 MiB given.
    expect(bytes).toBeLessThan(600 * 1024);
    expect(bytes).toBeGreaterThan(400 * 1024);
    expect((await verifyLedger(dir)).ok).toBe(true);
  });

  it('a lower limits.maxEventValues is honoured exactly, members of an object included', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => ({ id: i, name: `row ${i}`, ok: true }));
    const { events } = await recordOne('rows-100', rows, { maxEventValues: 100 });
    const result = events[0]?.tool?.result as Array<Record<string, unknown> | string>;
    expect(events[0]?.attrs?.truncated).toBe(true);
    expect(result.at(-1)).toBe('[truncated: event size limit]');
    // tool.result's array and whole rows (4 values each) until the limit, then one cut row.
    const whole = result.filter((row) => typeof row === 'object' && !('[truncated]' in row));
    const cut = result.filter((row) => typeof row === 'object' && '[truncated]' in row);
    expect(whole.length).toBeGreaterThan(20);
    expect(whole.every((row, i) => typeof row === 'object' && row.id === i && row.name === `row ${i}` && row.ok === true)).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(1);
    if (cut[0] !== undefined) expect(cut[0]).toMatchObject({ '[truncated]': 'event size limit' });
  });

  it('a realistic 480 KB table result (1,000 rows of 15 fields) is stored whole', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => {
      const row: Record<string, unknown> = { id: `ord-${100000 + i}`, status: i % 3 ? 'shipped' : 'pending', total: i * 3.25, currency: 'EUR' };
      for (let f = 0; f < 11; f++) row[`field_${f}`] = `value ${i}-${f} of the row`;
      return row;
    });
    expect(JSON.stringify(rows).length).toBeGreaterThan(450 * 1000);
    const { events } = await recordOne('table', rows);
    expect(events[0]?.attrs?.truncated).toBeUndefined();
    expect((events[0]?.tool?.result as unknown[]).length).toBe(1000);
  });

  it('limits.maxEventValues must be a positive integer', () => {
    for (const [bad, shown] of [[0, '0'], [-1, '-1'], [1.5, '1.5'], [Number.NaN, 'NaN'], ['100', '"100"']] as const) {
      expect(() => createAuditor({ agent: { id: 'grid' }, sink: fileLedger({ dir: join(work, 'bad'), keyDir: join(work, 'keys'), fsync: false }), limits: { maxEventValues: bad as number } })).toThrow(`limits.maxEventValues must be a positive integer (got ${shown})`);
    }
  });
});
