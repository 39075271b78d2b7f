// A plain object with its own toJSON is snapshotted as what toJSON returns, as JSON.stringify
// reads it (a fresh README-only probe of 2026-12-04, L1: `result: { toJSON() { return {…} } }` was
// stored as `{}`, with no marker and no onError: the data silently lost).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, newBudget, normalizeValue } from './normalize.js';
import { createAuditor } from '../auditor/auditor.js';
import { fileLedger } from '../ledger/file-ledger.js';
import { readEvents } from '../ledger/read.js';

const snapshot = (value: unknown) => normalizeValue(value, DEFAULT_LIMITS, newBudget(DEFAULT_LIMITS));

describe('a plain object’s own toJSON', () => {
  it('stands for what it returns, as JSON.stringify reads it', () => {
    const value = { status: 'pending', toJSON: () => ({ status: 'approved', amount: 180 }) };
    expect(snapshot(value)).toEqual(JSON.parse(JSON.stringify(value)));
    expect(snapshot({ nested: { toJSON: () => 'as text' } })).toEqual({ nested: 'as text' });
    expect(snapshot([{ toJSON: () => [1, 2] }])).toEqual([[1, 2]]);
  });

  it('a toJSON that returns the object itself leaves its members; one that throws says so', () => {
    const self: Record<string, unknown> = { a: 1 };
    self.toJSON = () => self;
    expect(snapshot(self)).toEqual({ a: 1 });
    const bad = { toJSON: () => { throw new Error('nope'); } };
    expect(snapshot(bad)).toMatch(/^\[Unreadable: nope\]$/);
  });

  it('through record(): the result is stored as toJSON gives it', async () => {
    const work = mkdtempSync(join(tmpdir(), 'aa-tojson-'));
    const dir = join(work, 'ledger');
    try {
      const auditor = createAuditor({ agent: { id: 'tojson' }, sink: fileLedger({ dir, keyDir: join(work, 'keys'), fsync: false }), redactionWorker: false });
      auditor.record({ type: 'tool.result', tool: { name: 'approve', result: { toJSON: () => ({ status: 'approved', amount: 180 }) } } });
      await auditor.close();
      const events = [];
      for await (const event of readEvents(dir, { stream: 'tojson' })) events.push(event);
      expect(events[0]?.tool?.result).toEqual({ status: 'approved', amount: 180 });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
