// The sealing backlog is bounded in characters as well as in events (issue 11, a fresh attacker's
// finding: a tool server that returns 512 KiB results in a loop grew the queue by count only, up
// to 100,000 events of up to 1 MiB each). Past maxQueueChars, events are counted into a
// ledger.gap and reported, never lost silently; the batches handed to the sealing pool are
// bounded in characters too (WORKER_BATCH_CHARS), and keep their order.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger, readEvents, verifyLedger, type AuditEvent } from '@agent-audit/core';
import { memoryLedger } from '@agent-audit/core/test';

const work = mkdtempSync(join(tmpdir(), 'aa-queue-chars-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const agent = { id: 'queue-chars' };

describe('maxQueueChars', () => {
  it('events past the queued characters are counted into a ledger.gap and reported; the queue takes events again once it drains', async () => {
    const errors: Error[] = [];
    const ledger = memoryLedger();
    const auditor = createAuditor({ agent, sink: ledger, maxQueueChars: 100_000, onError: (e) => errors.push(e) });
    // Each event holds about 30,050 characters: 0, 30k, 60k and 90k are below the limit when the
    // first four are recorded, so they are queued; from the fifth on the queue holds 120k.
    const receipts = Array.from({ length: 10 }, (_, i) => auditor.record({ type: 'tool.result', tool: { name: `t${i}`, result: `${i}`.repeat(30_000) } }));
    expect(receipts.map((r) => r.seq >= 0)).toEqual([true, true, true, true, false, false, false, false, false, false]);
    expect(auditor.stats().dropped).toBe(6);
    const overflow = errors.filter((e) => (e as { code?: string }).code === 'queue_overflow');
    expect(overflow).toHaveLength(1);
    expect(overflow[0]?.message).toMatch(/audit queue full \(4 events of 1\d{5} characters, limit 100000\)/);
    await auditor.flush();
    // Drained: the next event is taken. (The gap takes its place in the chain when the loop that
    // seals finds room for it, which may be after this event: its attrs give the times it covers.)
    const after = auditor.record({ type: 'run.end' });
    expect(after.seq).toBeGreaterThanOrEqual(0);
    await auditor.close();
    const events = ledger.events(agent.id);
    expect(events.slice(0, 4).map((e) => e.tool?.name)).toEqual(['t0', 't1', 't2', 't3']);
    expect(events.slice(4).map((e) => e.type).sort()).toEqual(['ledger.gap', 'run.end']);
    expect(events.find((e) => e.type === 'ledger.gap')?.attrs).toMatchObject({ dropped: 6, reason: 'queue_overflow' });
    expect(events.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('must be a positive number, and the message shows what was given', () => {
    for (const [bad, shown] of [[0, '0'], [-5, '-5'], [Number.NaN, 'NaN'], ['1000', '"1000"']] as const) {
      expect(() => createAuditor({ agent, sink: memoryLedger(), maxQueueChars: bad as number })).toThrow(`maxQueueChars must be a positive number (got ${shown})`);
    }
  });

  it('counts the base64 of media still to be hashed, not only its summary (a hostile flood of data: URLs)', async () => {
    // A fresh attacker's finding: 30 events each holding a 16 MiB data: URL were all queued under
    // maxQueueChars 8 Mi (each counted as its 120-character summary), and the heap grew 515 MB.
    const errors: Error[] = [];
    const ledger = memoryLedger();
    const auditor = createAuditor({ agent, sink: ledger, maxQueueChars: 8 * 1024 * 1024, onError: (e) => errors.push(e) });
    const receipts = Array.from({ length: 6 }, (_, i) => {
      const url = JSON.parse(JSON.stringify(`data:image/png;base64,${Buffer.alloc(3 << 20, i).toString('base64')}`)) as string;
      return auditor.record({ type: 'tool.result', tool: { name: 'screenshot', result: [{ type: 'image', url }] } });
    });
    // 4 Mi characters of base64 each: after two the queue holds 8 Mi and a bit, the rest are counted.
    expect(receipts.map((r) => r.seq >= 0)).toEqual([true, true, false, false, false, false]);
    expect(errors.filter((e) => (e as { code?: string }).code === 'queue_overflow')).toHaveLength(1);
    await auditor.close();
    const events = ledger.events(agent.id);
    expect(events.filter((e) => e.type === 'tool.result')).toHaveLength(2);
    expect(events.find((e) => e.type === 'ledger.gap')?.attrs).toMatchObject({ dropped: 4 });
    // Each stored as its summary.
    const first = (events[0]?.tool?.result as Array<{ url: unknown }>)[0]?.url as { mimeType: string; bytes: number; sha256: string };
    expect(first).toMatchObject({ mimeType: 'image/png', bytes: 3 << 20 });
    expect(first.sha256).toMatch(/^[0-9a-f]{64}$/);
  }, 60_000);

  it('large events reach the sealing pool in batches bounded in characters, in order, none lost', async () => {
    const dir = join(work, 'large');
    const errors: Error[] = [];
    const auditor = createAuditor({ agent, sink: fileLedger({ dir, keyDir: join(work, 'keys'), fsync: false }), onError: (e) => errors.push(e) });
    auditor.record({ type: 'run.start' });
    await auditor.flush();
    // 12 events of 1,000,000 characters each: batches of five (4 Mi characters reached), and all
    // twelve are within the default 64 Mi of queued characters.
    const receipts = Array.from({ length: 12 }, (_, i) => auditor.record({ type: 'tool.result', tool: { name: `big${i}`, result: String.fromCharCode(97 + i).repeat(1_000_000) } }));
    expect(receipts.every((r) => r.seq >= 0)).toBe(true);
    await auditor.close();
    expect(errors).toEqual([]);
    const events: AuditEvent[] = [];
    for await (const event of readEvents(dir, { stream: agent.id })) events.push(event);
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 13 }, (_, i) => i));
    expect(events.slice(1).map((e) => e.tool?.name)).toEqual(Array.from({ length: 12 }, (_, i) => `big${i}`));
    expect(events.slice(1).every((e, i) => String(e.tool?.result).startsWith(String.fromCharCode(97 + i).repeat(100)))).toBe(true);
    expect((await verifyLedger(dir)).ok).toBe(true);
  }, 120_000);
});
