// What createShipper() promises beyond the happy path (issue 13, from the mutants that survived
// shipper.test.ts; docs/TESTING.md): the chain is checked before anything leaves and the reason
// a stream stops is pinned, events below the cursor are never sent again, another region's
// events never leave, a read that fails twice at one place is reported, and only the
// checkpoints the sink's events cover are shipped. The ledger is real; where a forgery is
// needed, the `reader` hook hands the shipper forged events (the way a rewritten file would).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAuditor } from '../auditor/auditor.js';
import { sealEvent } from '../auditor/seal.js';
import { fileLedger } from '../ledger/file-ledger.js';
import { readEvents } from '../ledger/read.js';
import type { AuditEvent, UnsealedEvent } from '../spec/event.js';
import { ShipError } from './errors.js';
import { ledgerReader, type LedgerReader } from './internal/ledger-access.js';
import { createShipper } from './shipper.js';
import type { ShipSink, ShippedCheckpoint } from './types.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A ledger of `count` events of stream `bot` (agent region per event range when given). */
async function ledgerWith(count: number, options: { checkpointEvery?: number; regions?: Array<string | undefined> } = {}): Promise<{ dir: string; events: AuditEvent[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'ship-mut-'));
  const keyDir = await mkdtemp(join(tmpdir(), 'ship-mut-keys-'));
  dirs.push(dir, keyDir);
  const parts = options.regions ?? [undefined];
  const per = Math.ceil(count / parts.length);
  let written = 0;
  for (const region of parts) {
    const auditor = createAuditor({ agent: { id: 'bot', ...(region ? { region } : {}) }, sink: fileLedger({ dir, keyDir, checkpointEvery: options.checkpointEvery ?? 1000 }), onError: (e) => { throw e; } });
    for (let i = 0; i < per && written < count; i++, written++) {
      auditor.record({ type: 'tool.call', tool: { name: 'lookup', arguments: { i: written } } });
      // A batch per checkpoint interval, so the ledger signs one at each multiple.
      if (options.checkpointEvery && (written + 1) % options.checkpointEvery === 0) await auditor.flush();
    }
    await auditor.close();
  }
  const events: AuditEvent[] = [];
  for await (const event of readEvents(dir, { stream: 'bot' })) events.push(event);
  return { dir, events };
}

/** The real reader, except that readEvents yields `events` (from seq 0, whatever fromSeq says). */
function readerOf(events: readonly AuditEvent[] | (() => AsyncIterable<AuditEvent>), more: Partial<LedgerReader> = {}): LedgerReader {
  const base = ledgerReader();
  return {
    ...base,
    readEvents: typeof events === 'function' ? events : async function* () { yield* events; },
    ...more,
  };
}

function sink(name = 'memory', options: { checkpoints?: boolean } = {}) {
  const batches: number[][] = [];
  const checkpoints: ShippedCheckpoint[][] = [];
  let closed = 0;
  const s: ShipSink & { batches: number[][]; checkpoints: ShippedCheckpoint[][]; closed(): number } = {
    name,
    batches,
    checkpoints,
    closed: () => closed,
    async write(events) {
      batches.push(events.map((e) => e.seq));
    },
    ...(options.checkpoints === false ? {} : { async writeCheckpoints(list: readonly ShippedCheckpoint[]) { checkpoints.push([...list]); } }),
    async close() {
      closed++;
    },
  };
  return s;
}

const errorsOf = () => {
  const errors: Error[] = [];
  return { errors, onError: (e: Error) => void errors.push(e) };
};

function resealed(event: AuditEvent, prev: string, change: Record<string, unknown> = {}): AuditEvent {
  const { hash: _h, prev: _p, ...rest } = event;
  return sealEvent({ ...rest, ...change } as unknown as UnsealedEvent, prev).event;
}

describe('createShipper: options', () => {
  it('refuses a batch size that is not a positive integer, and a region that is not a region id', async () => {
    for (const batchSize of [0, -1, 1.5, Number.NaN]) {
      expect(() => createShipper({ dir: '/nonexistent', sink: sink(), batchSize }), String(batchSize)).toThrow(new RangeError('createShipper(): batchSize must be a positive integer'));
    }
    expect(() => createShipper({ dir: '/nonexistent', sink: sink(), batchSize: 1 })).not.toThrow();
    expect(() => createShipper({ dir: '/nonexistent', sink: sink(), region: 'EU west' })).toThrow(/region "EU west" is not a region id/);
    expect(() => createShipper({ dir: '', sink: sink() })).toThrow(expect.objectContaining({ code: 'invalid_options', message: 'createShipper needs `dir`: the ledger folder to ship from' }));
    expect(() => createShipper({ dir: 7 as unknown as string, sink: sink() })).toThrow(/createShipper needs `dir`/);
    for (const bad of [null, 'sink', { name: 'no-write' }]) {
      expect(() => createShipper({ dir: '/nonexistent', sink: bad as unknown as ShipSink }), JSON.stringify(bad)).toThrow(expect.objectContaining({ code: 'invalid_options', message: 'createShipper needs `sink`: a ShipSink with write(), e.g. httpSink({ url })' }));
    }
  });

  it('ships in batches of batchSize, keeping a cursor per sink under .ship/<sink name, encoded>', async () => {
    const { dir, events } = await ledgerWith(12);
    const s = sink('pg/main');
    const shipper = createShipper({ dir, sink: s, batchSize: 5 });
    await shipper.runOnce();
    expect(s.batches).toEqual([[0, 1, 2, 3, 4], [5, 6, 7, 8, 9], [10, 11]]);
    const cursor = JSON.parse(await readFile(join(dir, '.ship', 'pg%2Fmain', 'bot.cursor.json'), 'utf8'));
    expect(cursor).toMatchObject({ v: 1, stream: 'bot', nextSeq: 12, lastHash: events[11]?.hash });
    expect(shipper.status()).toMatchObject({ sink: 'pg/main', state: 'idle', lag: 0, shippedEvents: 12, streams: [{ stream: 'bot', shipped: 12, head: 12, lag: 0 }] });
    expect(Date.parse(shipper.status().lastShipAt ?? '')).toBeLessThanOrEqual(Date.parse(cursor.updatedAt));
    await shipper.stop();
    expect(shipper.status().state).toBe('stopped');
    expect(s.closed()).toBe(1);
    const written = JSON.parse(await readFile(join(dir, '.ship', 'pg%2Fmain', 'status.json'), 'utf8'));
    expect(written).toMatchObject({ pid: process.pid, state: 'stopped', shippedEvents: 12, lag: 0 });
  });
});

describe('createShipper: nothing leaves that does not chain', () => {
  async function shipForged(forge: (events: AuditEvent[]) => AuditEvent[]) {
    const { dir, events } = await ledgerWith(12);
    const s = sink();
    const { errors, onError } = errorsOf();
    const shipper = createShipper({ dir, sink: s, batchSize: 4, reader: readerOf(forge(events)), onError });
    await shipper.runOnce();
    return { dir, events, s, errors, shipper };
  }

  it('a deleted event: what came before ships, then the stream stops with the seq expected and found', async () => {
    const { s, errors, shipper } = await shipForged((events) => events.filter((e) => e.seq !== 6));
    expect(s.batches.flat()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(shipper.status().streams).toEqual([{ stream: 'bot', shipped: 6, head: 12, lag: 6, halted: 'expected seq 6, found 7' }]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(ShipError);
    expect(errors[0]).toMatchObject({ code: 'chain_break', stream: 'bot', message: 'stream bot: expected seq 6, found 7; shipping of this stream stopped (run agent-audit verify)' });
    await expect(shipper.drain()).rejects.toThrow('cannot drain: bot (expected seq 6, found 7)');
    // A stopped stream is not read, shipped or reported again.
    await shipper.runOnce();
    expect(s.batches.flat()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(errors).toHaveLength(1);
    await shipper.stop();
  });

  it('an event re-sealed with a valid hash: the next event\'s prev link stops the stream', async () => {
    const { s, shipper } = await shipForged((events) => events.map((e, i) => (i === 6 ? resealed(e, e.prev, { tool: { name: 'delete' } }) : e)));
    expect(s.batches.flat()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(shipper.status().streams[0]?.halted).toBe('seq 7: prev does not match the hash of seq 6');
    await shipper.stop();
  });

  it('an event changed without re-sealing: its own hash stops the stream before it', async () => {
    const { s, shipper } = await shipForged((events) => events.map((e, i) => (i === 6 ? ({ ...e, tool: { name: 'delete' } } as AuditEvent) : e)));
    expect(s.batches.flat()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(shipper.status().streams[0]?.halted).toBe("seq 6: hash does not match the event's content");
    await shipper.stop();
  });

  it('a first event whose prev is not the genesis hash', async () => {
    const { s, shipper } = await shipForged((events) => [resealed(events[0] as AuditEvent, 'f'.repeat(64)), ...events.slice(1)]);
    expect(s.batches).toEqual([]);
    expect(shipper.status().streams[0]).toMatchObject({ shipped: 0, halted: 'seq 0: prev does not match the hash of seq -1' });
    await shipper.stop();
  });

  it('events below the cursor that a reader hands back are skipped, not sent again', async () => {
    const { dir, events } = await ledgerWith(12);
    const first = sink();
    const a = createShipper({ dir, sink: first, reader: readerOf(events.slice(0, 8)) });
    await a.runOnce();
    await a.stop();
    expect(first.batches).toEqual([[0, 1, 2, 3, 4, 5, 6, 7]]);
    // Same sink name, so the same cursor: the reader yields every event from seq 0 again.
    const second = sink();
    const asked: unknown[] = [];
    const b = createShipper({ dir, sink: second, reader: readerOf(events, { readEvents: (_dir, options) => { asked.push(options); return (async function* () { yield* events; })(); } }) });
    await b.runOnce();
    expect(asked).toEqual([{ stream: 'bot', fromSeq: 8 }]);
    expect(second.batches).toEqual([[8, 9, 10, 11]]);
    expect(b.status().streams[0]).toEqual({ stream: 'bot', shipped: 12, head: 12, lag: 0 });
    await b.stop();
  });
});

describe('createShipper: data residency', () => {
  it('events of another region never leave; what came before them ships', async () => {
    const { dir } = await ledgerWith(8, { regions: [undefined, 'us'] });
    const s = sink();
    const { errors, onError } = errorsOf();
    const shipper = createShipper({ dir, sink: s, region: 'eu', onError });
    await shipper.runOnce();
    expect(s.batches.flat()).toEqual([0, 1, 2, 3]);
    expect(shipper.status().streams[0]?.halted).toBe('seq 4: event of region "us" in a folder shipped for region "eu"');
    expect(errors.map((e) => [(e as ShipError).code, e.message])).toEqual([['region_mismatch', 'stream bot: seq 4: event of region "us" in a folder shipped for region "eu"; shipping of this stream stopped (data residency)']]);
    await shipper.stop();
  });

  it('events of the folder\'s own region, and any region when the folder has none, ship', async () => {
    const { dir } = await ledgerWith(8, { regions: ['eu', undefined] });
    for (const region of ['eu', undefined]) {
      const s = sink(`m-${region ?? 'none'}`);
      const shipper = createShipper({ dir, sink: s, ...(region ? { region } : {}) });
      await shipper.runOnce();
      expect(s.batches.flat()).toHaveLength(8);
      expect(shipper.status().streams[0]?.halted).toBeUndefined();
      await shipper.stop();
    }
  });
});

describe('createShipper: events without an agent block', () => {
  it('ship, region or not (only an event that names another region is held back)', async () => {
    const { dir, events } = await ledgerWith(4);
    const bare: AuditEvent[] = [];
    for (const event of events) {
      const { agent: _a, ...rest } = event as AuditEvent & { agent?: unknown };
      bare.push(resealed(rest as AuditEvent, bare.length ? (bare[bare.length - 1] as AuditEvent).hash : event.prev));
    }
    for (const region of ['eu', undefined]) {
      const s = sink(`bare-${region ?? 'none'}`);
      const { errors, onError } = errorsOf();
      const shipper = createShipper({ dir, sink: s, reader: readerOf(bare), onError, ...(region ? { region } : {}) });
      await shipper.runOnce();
      await shipper.runOnce();
      expect(s.batches.flat()).toEqual([0, 1, 2, 3]);
      expect(errors).toEqual([]);
      await shipper.stop();
    }
  });
});

describe('createShipper: reading the ledger', () => {
  it('a read that fails at one place twice in a row is reported; what was read before ships', async () => {
    const { dir, events } = await ledgerWith(12);
    const failing = () => (async function* () {
      yield* events.slice(0, 5);
      throw new Error('torn line');
    })();
    const s = sink();
    const { errors, onError } = errorsOf();
    const shipper = createShipper({ dir, sink: s, reader: readerOf(failing), onError });
    await shipper.runOnce();
    expect(s.batches).toEqual([[0, 1, 2, 3, 4]]);
    expect(errors).toEqual([]);
    await shipper.runOnce();
    expect(errors.map((e) => e.message)).toEqual(['reading stream bot at seq 5 failed: torn line']);
    expect(shipper.status().streams[0]).toMatchObject({ shipped: 5, head: 12, lag: 7 });
    await expect(shipper.drain({ timeoutMs: 0 })).rejects.toMatchObject({ code: 'drain_timeout', message: 'drain timed out with lag 7' });
    await shipper.stop();
  });

  it('a read that fails once, at a tail still being written, is not reported', async () => {
    const { dir, events } = await ledgerWith(12);
    let calls = 0;
    const once = () => (async function* () {
      calls++;
      yield* events.slice(0, 5);
      if (calls === 1) throw new Error('torn line');
      yield* events.slice(5);
    })();
    const s = sink();
    const { errors, onError } = errorsOf();
    const shipper = createShipper({ dir, sink: s, reader: readerOf(once), onError });
    await shipper.drain();
    expect(errors).toEqual([]);
    expect(s.batches.flat()).toEqual([...Array(12).keys()]);
    await shipper.stop();
  });

  it('a clean read between two failures at one seq: neither is reported (not twice in a row)', async () => {
    const { dir, events } = await ledgerWith(12);
    let calls = 0;
    const flaky = () => (async function* () {
      calls++;
      yield* events.slice(0, 5);
      if (calls !== 2) throw new Error('torn line');
    })();
    const { errors, onError } = errorsOf();
    const shipper = createShipper({ dir, sink: sink(), reader: readerOf(flaky), onError });
    for (let i = 0; i < 3; i++) await shipper.runOnce();
    expect(calls).toBe(3);
    expect(errors).toEqual([]);
    await shipper.runOnce();
    expect(errors.map((e) => e.message)).toEqual(['reading stream bot at seq 5 failed: torn line']);
    await shipper.stop();
  });

  it('checkpoints: only those the shipped events cover, each once, and none when turned off or unsupported', async () => {
    const { dir, events } = await ledgerWith(12, { checkpointEvery: 4 });
    const s = sink();
    // The reader stops after seq 8: the checkpoint at 12 is not covered yet.
    const partial = createShipper({ dir, sink: s, reader: readerOf(events.slice(0, 9)) });
    await partial.runOnce();
    expect(s.checkpoints.map((list) => list.map((c) => c.size))).toEqual([[4, 8]]);
    expect(s.checkpoints[0]?.[0]).toMatchObject({ stream: 'bot', size: 4, root: expect.stringMatching(/^[0-9a-f]{64}$/), note: expect.stringContaining('\n') });
    await partial.stop();
    const rest = createShipper({ dir, sink: s });
    await rest.runOnce();
    expect(s.checkpoints.map((list) => list.map((c) => c.size))).toEqual([[4, 8], [12]]);
    const cursor = JSON.parse(await readFile(join(dir, '.ship', 'memory', 'bot.cursor.json'), 'utf8'));
    expect(cursor).toMatchObject({ nextSeq: 12, checkpointSize: 12 });
    await rest.runOnce();
    expect(s.checkpoints).toHaveLength(2);
    await rest.stop();
    for (const [name, options] of [['off', { checkpoints: false }], ['none', {}]] as const) {
      const other = sink(name, { checkpoints: name === 'off' });
      const shipper = createShipper({ dir, sink: other, ...options });
      await shipper.runOnce();
      expect(other.batches.flat()).toHaveLength(12);
      expect(other.checkpoints).toEqual([]);
      await shipper.stop();
    }
  });

  it('a listed stream without a folder: head and lag stay numbers (0), nothing ships', async () => {
    const { dir } = await ledgerWith(2);
    const s = sink();
    const shipper = createShipper({ dir, sink: s, streams: ['ghost'], onError: () => undefined });
    await shipper.runOnce();
    expect(shipper.status().streams).toEqual([{ stream: 'ghost', shipped: 0, head: 0, lag: 0 }]);
    expect(shipper.status().lag).toBe(0);
    expect(s.batches).toEqual([]);
    await shipper.stop();
  });

  it('checkpoints that cannot be read are reported; the events still ship', async () => {
    const { dir } = await ledgerWith(6, { checkpointEvery: 2 });
    const s = sink();
    const { errors, onError } = errorsOf();
    const shipper = createShipper({ dir, sink: s, onError, reader: { ...ledgerReader(), readCheckpoints: async () => { throw new Error('EIO'); } } });
    await shipper.runOnce();
    expect(s.batches.flat()).toHaveLength(6);
    expect(errors.map((e) => e.message)).toEqual(['reading checkpoints of bot failed: EIO']);
    expect(s.checkpoints).toEqual([]);
    await shipper.stop();
  });
});

describe('createShipper: running and stopping', () => {
  it('start() ships in the background until stop(); drain() after stop() says it stopped', async () => {
    const { dir } = await ledgerWith(6);
    const s = sink();
    const shipper = createShipper({ dir, sink: s, pollIntervalMs: 5 });
    shipper.start();
    shipper.start();
    expect(shipper.status().state).toBe('running');
    await shipper.drain();
    expect(s.batches.flat()).toEqual([0, 1, 2, 3, 4, 5]);
    await shipper.stop();
    expect(shipper.status().state).toBe('stopped');
    shipper.start();
    expect(shipper.status().state).toBe('stopped');

    const { dir: other } = await ledgerWith(3);
    const idle = createShipper({ dir: other, sink: sink() });
    await idle.stop();
    await expect(idle.drain()).rejects.toThrow('shipper stopped before it drained');
  });

  it('a sink that refuses: the shipper retries on its own backoff, counts it and reports the error', async () => {
    const { dir } = await ledgerWith(3);
    let calls = 0;
    const delivered: number[] = [];
    const flaky: ShipSink = {
      name: 'flaky',
      async write(events) {
        if (++calls === 1) throw new Error('refused once');
        delivered.push(...events.map((e) => e.seq));
      },
    };
    const { errors, onError } = errorsOf();
    const shipper = createShipper({ dir, sink: flaky, retry: false, breaker: false, maxBackoffMs: 1, onError });
    await shipper.runOnce();
    expect(delivered).toEqual([0, 1, 2]);
    expect(errors.map((e) => e.message)).toEqual(['refused once']);
    expect(shipper.status()).toMatchObject({ retries: 1, breaker: 'closed', lastError: { message: 'refused once' } });
    await shipper.stop();
  });
});
