// Empty structure counts against an event's 512 KiB budget (fresh attacker finding of
// 2026-12-01: 2 MiB of `{}`, `[]`, `""` or `null` was stored whole, and walked whole at record()).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger, readEvents, verifyLedger } from '@agent-audit/core';

const work = mkdtempSync(join(tmpdir(), 'aa-structure-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const grid = (cell: string) => JSON.parse(`[${Array(666).fill(`[${Array(1000).fill(cell).join(',')}]`).join(',')}]`) as unknown;

describe('an event made of empty structure', () => {
  it.each([
    ['{}', '{}'],
    ['[]', '[]'],
    ['""', '""'],
    ['null', 'null'],
  ])('2 MiB of %s is cut at the event budget with one marker per container, and the ledger verifies', async (_label, cell) => {
    const dir = join(work, `grid-${Buffer.from(cell).toString('hex')}`);
    const auditor = createAuditor({ agent: { id: 'grid' }, sink: fileLedger({ dir, keyDir: join(work, 'keys'), fsync: false }) });
    const payload = grid(cell);
    expect(JSON.stringify(payload).length).toBeGreaterThan(1.9 * 1024 * 1024);
    auditor.record({ type: 'tool.result', tool: { name: 'grid', result: payload } });
    await auditor.close();
    const events = [];
    for await (const event of readEvents(dir, { stream: 'grid' })) events.push(event);
    expect(events).toHaveLength(1);
    expect(events[0]?.attrs?.truncated).toBe(true);
    const lines = readdirSync(join(dir, 'streams', 'grid')).map((file) => readFileSync(join(dir, 'streams', 'grid', file), 'utf8')).join('');
    // About the 512 KiB budget, not the 2 MiB given.
    expect(lines.length).toBeLessThan(600 * 1024);
    expect(lines.length).toBeGreaterThan(400 * 1024);
    const result = events[0]?.tool?.result as unknown[];
    expect(result[result.length - 1]).toBe('[truncated: event size limit]');
    expect((await verifyLedger(dir)).ok).toBe(true);
  });
});
