// Row 104 of test/redaction/probe-2026-12-03e.cases.md: record() of very large input blocked the
// caller. The snapshot at record() does bounded work per value and says what it cut: these pin
// the caps (docs/FORMAT.md "Normalization", docs/REDACTION.md "Very large input at record()").
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger, readEvents, verifyLedger } from '@agent-audit/core';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-large-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function storedArguments(values: Record<string, unknown>): Promise<Record<string, { args: unknown; truncated: boolean }>> {
  const dir = fs.mkdtempSync(path.join(root, 'ledger-'));
  const errors: Error[] = [];
  const auditor = createAuditor({ agent: { id: 'large' }, sink: fileLedger({ dir, keyDir: path.join(root, 'keys') }), onError: (e) => errors.push(e) });
  const receipts = Object.entries(values).map(([name, value]) => auditor.record({ type: 'tool.call', tool: { name, arguments: value } }));
  expect(receipts.map((r) => r.seq)).toEqual(receipts.map((_, i) => i));
  await auditor.close();
  const out: Record<string, { args: unknown; truncated: boolean }> = {};
  for await (const event of readEvents(dir, { stream: 'large' })) out[event.tool?.name as string] = { args: event.tool?.arguments, truncated: event.attrs?.truncated === true };
  expect((await verifyLedger(dir)).ok).toBe(true);
  return out;
}

describe('record() of very large input: bounded work, every cut marked', () => {
  it('a typed array of numbers is { type, length, bytes }: never hashed or stored (O(1) at record())', async () => {
    const stored = await storedArguments({
      f64: new Float64Array(2_000_000).fill(1.5),
      i32: new Int32Array([1633837924]),
      clamped: new Uint8ClampedArray([65, 66, 67]),
      i64: new BigInt64Array([1n, 2n]),
    });
    expect(stored.f64?.args).toEqual({ type: 'Float64Array', length: 2_000_000, bytes: 16_000_000 });
    expect(stored.i32?.args).toEqual({ type: 'Int32Array', length: 1, bytes: 4 });
    expect(stored.clamped?.args).toEqual({ type: 'Uint8ClampedArray', length: 3, bytes: 3 });
    expect(stored.i64?.args).toEqual({ type: 'BigInt64Array', length: 2, bytes: 16 });
  });

  it('a Set is read up to limits.maxEntries (1,000) members, then `[truncated N more items]`', async () => {
    let read = 0;
    class CountingSet<T> extends Set<T> {
      override *[Symbol.iterator](): SetIterator<T> {
        for (const item of super.values()) {
          read++;
          yield item;
        }
        return undefined;
      }
    }
    const big = new CountingSet<number>();
    for (let i = 0; i < 300_000; i++) big.add(i);
    const stored = await storedArguments({ set: big });
    const args = stored.set?.args as unknown[];
    expect(args).toHaveLength(1001);
    expect(args.slice(0, 3)).toEqual([0, 1, 2]);
    expect(args[1000]).toBe('[truncated 299000 more items]');
    expect(stored.set?.truncated).toBe(true);
    // Array.from read all 300,000 on the caller's thread before.
    expect(read).toBeLessThanOrEqual(1001);
  });

  it('objects, arrays and Maps over limits.maxEntries keep 1,000 members and a count of the rest', async () => {
    const object: Record<string, number> = {};
    for (let i = 0; i < 300_000; i++) object[`k${i}`] = i;
    const map = new Map<string, number>();
    for (let i = 0; i < 5_000; i++) map.set(`k${i}`, i);
    const stored = await storedArguments({ object, array: Array.from({ length: 300_000 }, (_, i) => i), map, date: new Date(0), error: Object.assign(new Error('boom'), { code: 'E_BOOM' }) });
    const o = stored.object?.args as Record<string, unknown>;
    expect(Object.keys(o)).toHaveLength(1001);
    expect(o['[truncated]']).toBe('299000 more keys');
    const a = stored.array?.args as unknown[];
    expect(a).toHaveLength(1001);
    expect(a[1000]).toBe('[truncated 299000 more items]');
    const m = stored.map?.args as Record<string, unknown>;
    expect(Object.keys(m)).toHaveLength(1001);
    expect(m['[truncated]']).toBe('4000 more entries');
    for (const name of ['object', 'array', 'map']) expect(stored[name]?.truncated, name).toBe(true);
    expect(stored.date?.args).toBe('1970-01-01T00:00:00.000Z');
    expect(stored.error?.args).toEqual({ name: 'Error', message: 'boom', code: 'E_BOOM' });
  });

  it('a 20 MB string is snapshotted up to 1 MiB, redacted, stored up to 32 KiB with a marker naming its length', async () => {
    const head = 'Call Amara Okafor on +44 7700 900123 about claim 42. ';
    const big = (head + 'the refund never came '.repeat(Math.ceil((20 * 1024 * 1024) / 22))).slice(0, 20 * 1024 * 1024);
    expect(big.length).toBe(20_971_520);
    const stored = await storedArguments({ big });
    const text = stored.big?.args as string;
    expect(text).toMatch(/…\[truncated after redaction: \d+ of \d+ chars; the recorded value had 20971520\]$/);
    expect(text.length).toBeLessThan(32 * 1024 + 200);
    expect(text).not.toContain('7700 900123');
    expect(stored.big?.truncated).toBe(true);
  });
});
