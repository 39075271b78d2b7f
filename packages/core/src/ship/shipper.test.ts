import { mkdtemp, readFile, rm, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAuditor } from '../auditor/auditor.js';
import { fileLedger } from '../ledger/file-ledger.js';
import { verifyEvents } from '../ledger/verify.js';
import { readCheckpoints } from '../ledger/read.js';
import type { AuditEvent } from '../spec/event.js';
import { SinkError } from './errors.js';
import { createShipper } from './shipper.js';
import { readShipStatus } from './status.js';
import type { ShipSink, ShippedCheckpoint } from './types.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const verifierKeys = new Map<string, string>();

async function ledgerWith(count: number, options: { stream?: string; checkpointEvery?: number } = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ship-test-'));
  dirs.push(dir);
  const keyDir = await mkdtemp(join(tmpdir(), 'ship-keys-'));
  dirs.push(keyDir);
  const ledger = fileLedger({ dir, keyDir, checkpointEvery: options.checkpointEvery ?? 100 });
  const auditor = createAuditor({ agent: { id: options.stream ?? 'bot' }, sink: ledger, onError: (e) => { throw e; } });
  for (let i = 0; i < count; i++) auditor.record({ type: 'tool.call', tool: { name: 'lookup', arguments: { i } }, session: `s-${i % 7}` });
  await auditor.close();
  verifierKeys.set(dir, ledger.verifierKey);
  return dir;
}

/** A receiver that keeps every event it commits, duplicates included, in arrival order. */
function memorySink(behaviour: { failFirst?: number; failAfterCommit?: number; permanent?: boolean } = {}) {
  const received: AuditEvent[] = [];
  const checkpoints = new Map<string, ShippedCheckpoint>();
  let calls = 0;
  let delivered = 0;
  const sink: ShipSink & { received: typeof received; checkpoints: typeof checkpoints; delivered(): number; calls(): number } = {
    name: 'memory',
    received,
    checkpoints,
    delivered: () => delivered,
    calls: () => calls,
    async write(events) {
      calls++;
      if (calls <= (behaviour.failFirst ?? 0)) throw new SinkError({ sink: 'memory', message: `refused #${calls}`, retryable: !behaviour.permanent });
      delivered += events.length;
      for (const event of events) received.push(structuredClone(event));
      if (calls <= (behaviour.failFirst ?? 0) + (behaviour.failAfterCommit ?? 0)) throw new SinkError({ sink: 'memory', message: 'lost ack' });
    },
    async writeCheckpoints(list) {
      for (const c of list) checkpoints.set(`${c.stream}@${c.size}`, c);
    },
  };
  return sink;
}

/** How many times each id that arrived more than once arrived. */
function repeats(events: readonly AuditEvent[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const event of events) counts[event.id] = (counts[event.id] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 1));
}

/** The first copy of each id, in arrival order: what a sink that ignores known ids stores (the EventSink contract). */
function firstCopies(events: readonly AuditEvent[]): AuditEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => !seen.has(e.id) && seen.add(e.id));
}

describe('createShipper', () => {
  it('ships every event once, in batches, with checkpoints, and the chain verifies at the sink', async () => {
    const dir = await ledgerWith(1234);
    const sink = memorySink();
    const shipper = createShipper({ dir, sink, batchSize: 100 });
    await shipper.drain();
    await shipper.stop();
    // Exactly once at the sink, with nothing there to de-duplicate.
    expect(sink.received).toHaveLength(1234);
    expect(repeats(sink.received)).toEqual({});
    expect(sink.calls()).toBe(13);
    const stored = await readCheckpoints(dir, 'bot');
    expect(stored.length).toBeGreaterThan(0);
    expect(sink.checkpoints.size).toBe(stored.length);
    const checkpoints = { bot: [...sink.checkpoints.values()].sort((a, b) => a.size - b.size) };
    // In arrival order, not sorted: an out-of-order delivery fails here.
    const result = await verifyEvents(sink.received, { checkpoints, verifierKeys: [verifierKeys.get(dir)!] });
    expect(result.firstFailure).toBeUndefined();
    expect(result.ok).toBe(true);
    expect(result.events).toBe(1234);
    expect(shipper.status()).toMatchObject({ lag: 0, shippedEvents: 1234, breaker: 'closed', state: 'stopped' });
  });

  it('drain() waits for events the agent recorded while a pass was running', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ship-live-'));
    const keyDir = await mkdtemp(join(tmpdir(), 'ship-live-keys-'));
    dirs.push(dir, keyDir);
    const ledger = fileLedger({ dir, keyDir });
    const auditor = createAuditor({ agent: { id: 'live' }, sink: ledger });
    auditor.record({ type: 'run.start' });
    await auditor.flush();
    const slow: ShipSink & { ids: Set<string> } = {
      name: 'slow',
      ids: new Set(),
      async write(events) {
        await new Promise((r) => setTimeout(r, 5));
        for (const e of events) slow.ids.add(e.id);
      },
    };
    const shipper = createShipper({ dir, sink: slow, batchSize: 50, pollIntervalMs: 10 });
    shipper.start();
    for (let i = 0; i < 3000; i++) {
      auditor.record({ type: 'tool.call', tool: { name: 't', arguments: { i } } });
      if (i % 500 === 499) await auditor.flush();
    }
    await auditor.close();
    await shipper.drain();
    await shipper.stop();
    expect(slow.ids.size).toBe(3001);
  });

  it('resumes from the persisted cursor without resending', async () => {
    const dir = await ledgerWith(300);
    const first = memorySink();
    const a = createShipper({ dir, sink: first, batchSize: 50 });
    await a.drain();
    await a.stop();
    const cursorFiles = await readdir(join(dir, '.ship', 'memory'));
    expect(cursorFiles).toContain('bot.cursor.json');
    const cursor = JSON.parse(await readFile(join(dir, '.ship', 'memory', 'bot.cursor.json'), 'utf8'));
    expect(cursor.nextSeq).toBe(300);
    const second = memorySink();
    const b = createShipper({ dir, sink: second, batchSize: 50 });
    await b.drain();
    await b.stop();
    expect(second.calls()).toBe(0);
  });

  it('retries through failures and lost acknowledgements: nothing lost, a batch repeats only where its acknowledgement was lost', async () => {
    const dir = await ledgerWith(500);
    const sink = memorySink({ failFirst: 4, failAfterCommit: 2 });
    const errors: Error[] = [];
    const shipper = createShipper({ dir, sink, batchSize: 100, retry: { initialDelayMs: 1, maxDelayMs: 2 }, breaker: { failureThreshold: 100 }, onError: (e) => errors.push(e) });
    await shipper.drain();
    await shipper.stop();
    // Calls 1-4 are refused; calls 5 and 6 commit the first batch and lose the acknowledgement,
    // so that batch arrives three times; nothing else repeats.
    expect(sink.received).toHaveLength(500 + 2 * 100);
    expect(Object.values(repeats(sink.received))).toEqual(Array(100).fill(3));
    expect(Object.keys(repeats(sink.received))).toEqual(sink.received.slice(0, 100).map((e) => e.id));
    expect(firstCopies(sink.received)).toHaveLength(500);
    const status = shipper.status();
    expect(status.retries).toBeGreaterThanOrEqual(6);
    expect(status.lastError?.message).toMatch(/refused|lost ack/);
    expect(errors.length).toBeGreaterThan(0);
    expect(await verifyEvents(firstCopies(sink.received))).toMatchObject({ ok: true, events: 500 });
  });

  it('opens the circuit on repeated failures and reports it in status', async () => {
    const dir = await ledgerWith(10);
    const sink = memorySink({ failFirst: 1000 });
    const shipper = createShipper({ dir, sink, retry: false, breaker: { failureThreshold: 2, openMs: 60_000 } });
    shipper.start();
    // Until the breaker opens (bounded at 30 s, not at 200 looks 10 ms apart).
    await vi.waitFor(() => expect(shipper.status().breaker).toBe('open'), { timeout: 30_000, interval: 10 });
    const status = shipper.status();
    expect(status.breaker).toBe('open');
    expect(status.lag).toBe(10);
    expect(sink.calls()).toBe(2);
    await shipper.stop();
    expect(sink.received).toHaveLength(0);
    const [report] = await readShipStatus(dir);
    expect(report).toMatchObject({ sink: 'memory', lag: 10, streams: [{ stream: 'bot', shipped: 0, head: 10, lag: 10 }] });
    expect(report?.reported?.breaker).toBe('open');
  });

  it('stops a stream whose events do not chain and reports it', async () => {
    const dir = await ledgerWith(20);
    const segment = join(dir, 'streams', 'bot', '00000000000000000000.jsonl');
    const lines = (await readFile(segment, 'utf8')).split('\n');
    lines[12] = lines[12]!.replace('"lookup"', '"delete"');
    await writeFile(segment, lines.join('\n'));
    const sink = memorySink();
    const errors: Error[] = [];
    const shipper = createShipper({ dir, sink, batchSize: 5, onError: (e) => errors.push(e) });
    await expect(shipper.drain()).rejects.toThrow(/cannot drain/);
    await shipper.stop();
    expect(sink.received.map((e) => e.seq)).toEqual([...Array(12).keys()]);
    expect(shipper.status().streams[0]?.halted).toMatch(/seq 12: hash does not match/);
    expect(errors.some((e) => (e as { code?: string }).code === 'chain_break')).toBe(true);
  });

  it('refuses a second shipper on the same cursor folder', async () => {
    const dir = await ledgerWith(5);
    const a = createShipper({ dir, sink: memorySink() });
    await a.runOnce();
    const b = createShipper({ dir, sink: memorySink() });
    await expect(b.runOnce()).rejects.toThrow(/another shipper/);
    await a.stop();
    await b.runOnce();
    await b.stop();
  });
});
