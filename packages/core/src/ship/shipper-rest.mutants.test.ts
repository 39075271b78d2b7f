// createShipper() outside commit/shipStream (issue 13, docs/TESTING.md "Mutation testing"): the
// options and their defaults, deliver()'s and deliverCheckpoints()' backoff and the circuit's
// wait, the status file and its 1 s throttle, status(), runOnce(), start(), drain() and stop().
// In process and deterministic: the cursors, the lock and the status file live in memory (the
// cursor module is measured on its own), the ledger is an in-memory stream of really sealed
// events (the chain check stays real), and the clock is vitest's fake one: every wait the
// shipper asks for is seen as the time at which the sink is called next.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sealEvent } from '../auditor/seal.js';
import { AuditError } from '../spec/errors.js';
import type { AuditEvent, UnsealedEvent } from '../spec/event.js';
import { byRegion, RegionRoutingError } from '../regions/regions.js';
import { ShipError, SinkError } from './errors.js';
import type { Cursor } from './internal/cursor.js';
import { createShipper, type ShipperOptions } from './shipper.js';
import type { ShipSink, ShippedCheckpoint } from './types.js';

const world = vi.hoisted(() => ({
  /** stream -> events (the ledger). */
  ledger: new Map<string, AuditEvent[]>(),
  checkpoints: new Map<string, Array<{ size: number; root: string; ts: string; note: string }>>(),
  /** `${cursorDir}|${stream}` -> cursor. */
  cursors: new Map<string, Cursor>(),
  /** writeFileAtomic's files (the status file). */
  files: new Map<string, string>(),
  statusFails: false,
  /** The `durable` argument of each writeFileAtomic call. */
  durable: [] as unknown[],
  /** readCursor throws this for the stream named. */
  cursorError: undefined as undefined | { stream: string; error: unknown },
  locks: new Set<string>(),
  badCursor: new Set<string>(),
  /** Called before a stream is read (throw to fail the read). */
  beforeRead: undefined as undefined | ((stream: string) => void),
  listStreams: undefined as undefined | (() => string[]),
  reads: [] as Array<{ stream: string; fromSeq: number | undefined; at: number }>,
  lists: 0,
}));

vi.mock('./internal/cursor.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('./internal/cursor.js')>();
  const { ShipError: Err } = await import('./errors.js');
  return {
    ...real,
    readCursor: async (dir: string, stream: string) => {
      if (world.cursorError?.stream === stream) throw world.cursorError.error;
      if (world.badCursor.has(stream)) throw new Err({ stream, code: 'cursor_corrupt', message: `cursor of ${stream} is malformed` });
      const cursor = world.cursors.get(`${dir}|${stream}`);
      return cursor ? { ...cursor } : real.initialCursor(stream);
    },
    writeCursor: async (dir: string, cursor: Cursor) => {
      world.cursors.set(`${dir}|${cursor.stream}`, { ...cursor });
    },
    writeFileAtomic: async (file: string, _dir: string, text: string, durable?: boolean) => {
      world.durable.push(durable);
      if (world.statusFails) throw new Error('EACCES');
      world.files.set(file, text);
    },
    // As the real lock: the release removes the lock whoever holds it by then.
    acquireLock: async (dir: string) => {
      if (world.locks.has(dir)) throw new Err({ code: 'shipper_locked', message: `another shipper owns ${dir}` });
      world.locks.add(dir);
      return async () => {
        world.locks.delete(dir);
      };
    },
  };
});

vi.mock('./internal/ledger-access.js', async () => {
  const { computeEventHash } = await import('../auditor/seal.js');
  return {
    // A stream without a folder: the real ledgerHead fails to list it.
    ledgerHead: async (_dir: string, stream: string) => {
      const events = world.ledger.get(stream);
      if (!events) throw new Error(`ENOENT: ${stream}`);
      return events.length;
    },
    ledgerReader: () => ({
      listStreams: async () => {
        world.lists++;
        return world.listStreams ? world.listStreams() : [...world.ledger.keys()];
      },
      readEvents: async function* (_dir: string, options: { stream: string; fromSeq?: number }) {
        world.reads.push({ stream: options.stream, fromSeq: options.fromSeq, at: Date.now() });
        world.beforeRead?.(options.stream);
        for (const event of world.ledger.get(options.stream) ?? []) if (event.seq >= (options.fromSeq ?? 0)) yield event;
      },
      readCheckpoints: async (_dir: string, stream: string) => world.checkpoints.get(stream) ?? [],
      computeEventHash,
    }),
  };
});

const T0 = Date.parse('2026-03-04T05:06:07.000Z');
const DIR = '/ledger';
const GENESIS = '0'.repeat(64);

/** Lets every pending promise settle (the shipper's work here is promises and fake timers only). */
const flush = () => new Promise<void>((resolve) => setImmediate(resolve));
const at = (ms: number) => new Date(T0 + ms).toISOString();

function chainOf(stream: string, count: number, firstPrev = GENESIS): AuditEvent[] {
  const out: AuditEvent[] = [];
  let prev = firstPrev;
  for (let seq = 0; seq < count; seq++) {
    const id = `01J${String(seq).padStart(23, '0')}`;
    const unsealed = { v: 1, id, ts: '2026-01-02T03:04:05.678Z', stream, seq, type: 'tool.call', trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, outcome: 'success', source: 'sdk', agent: { id: stream }, tool: { name: 'lookup', arguments: { seq } } } as unknown as UnsealedEvent;
    const { event } = sealEvent(unsealed, prev);
    out.push(event);
    prev = event.hash;
  }
  return out;
}

const CHECKPOINT = (size: number) => ({ size, root: String(size).padStart(64, 'c'), ts: at(size), note: `note ${size}\n` });

interface Call {
  at: number;
  seqs: number[];
}

/** A sink that records when it was called and with what; `fail(n)` (1-based call number) returns what to throw. */
function sink(name = 'memory', behaviour: { fail?: (call: number) => unknown; failCheckpoints?: (call: number) => unknown; checkpoints?: boolean; slow?: (call: number) => Promise<void> | undefined } = {}) {
  const calls: Call[] = [];
  const checkpointCalls: Array<{ at: number; sizes: number[]; list: ShippedCheckpoint[] }> = [];
  let closed = 0;
  const s: ShipSink & { calls: Call[]; checkpointCalls: typeof checkpointCalls; delivered(): number[]; closed(): number } = {
    name,
    calls,
    checkpointCalls,
    closed: () => closed,
    delivered: () => calls.filter((c) => !('failed' in c)).flatMap((c) => c.seqs),
    async write(events) {
      const call = { at: Date.now() - T0, seqs: events.map((e) => e.seq) } as Call & { failed?: true };
      calls.push(call);
      await behaviour.slow?.(calls.length);
      const error = behaviour.fail?.(calls.length);
      if (error !== undefined) {
        call.failed = true;
        throw error;
      }
    },
    ...(behaviour.checkpoints === false ? {} : {
      async writeCheckpoints(list: readonly ShippedCheckpoint[]) {
        checkpointCalls.push({ at: Date.now() - T0, sizes: list.map((c) => c.size), list: [...list] });
        const error = behaviour.failCheckpoints?.(checkpointCalls.length);
        if (error !== undefined) throw error;
      },
    }),
    async close() {
      closed++;
    },
  };
  return s;
}

function errorsOf() {
  const errors: Error[] = [];
  return { errors, onError: (e: Error) => void errors.push(e) };
}

function shipper(options: Partial<ShipperOptions> & { sink: ShipperOptions['sink'] }) {
  return createShipper({ dir: DIR, ...options });
}

const statusFile = (name = 'memory') => `${DIR}/.ship/${encodeURIComponent(name)}/status.json`;
const statusOf = (name = 'memory') => {
  const text = world.files.get(statusFile(name));
  return text === undefined ? undefined : (JSON.parse(text) as Record<string, unknown>);
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: T0 });
  world.ledger.clear();
  world.checkpoints.clear();
  world.cursors.clear();
  world.files.clear();
  world.statusFails = false;
  world.durable = [];
  world.cursorError = undefined;
  world.locks.clear();
  world.badCursor.clear();
  world.beforeRead = undefined;
  world.listStreams = undefined;
  world.reads = [];
  world.lists = 0;
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('createShipper: options and defaults', () => {
  it('refuses options that are not an object, naming what it needs', () => {
    for (const [bad, got] of [[undefined, 'undefined'], [null, 'null'], [[], 'an array'], ['dir', 'string']] as const) {
      const attempt = () => createShipper(bad as unknown as ShipperOptions);
      expect(attempt).toThrow(AuditError);
      expect(attempt).toThrow(`createShipper needs options { dir, sink }; got ${got}`);
    }
  });

  it('a region that is not a region id: RegionRoutingError with the pattern', () => {
    const attempt = () => shipper({ sink: sink(), region: 'EU west' });
    expect(attempt).toThrow(RegionRoutingError);
    expect(attempt).toThrow('createShipper(): region "EU west" is not a region id (/^[a-z0-9][a-z0-9-]{0,62}$/)');
    expect(() => shipper({ sink: sink(), region: 'eu-west-1' })).not.toThrow();
  });

  it('a byRegion() sink ships to the target of the folder\'s region, and needs a region', async () => {
    world.ledger.set('bot', chainOf('bot', 3));
    const eu = sink('eu');
    const us = sink('us');
    expect(() => shipper({ sink: byRegion({ eu, us }) })).toThrow('createShipper(): sink is routed by region (eu, us) but no region was given (set agent.region)');
    expect(() => shipper({ sink: byRegion({ eu, us }), region: 'ap' })).toThrow(RegionRoutingError);
    const s = shipper({ sink: byRegion({ eu, us }), region: 'us' });
    await s.runOnce();
    expect(us.delivered()).toEqual([0, 1, 2]);
    expect(eu.calls).toEqual([]);
    expect(s.status().sink).toBe('us');
  });

  it('a sink must be an object: a function carrying a write() method is refused', () => {
    const fn = Object.assign(async function fn() {}, { write: async () => undefined });
    expect(() => shipper({ sink: fn as unknown as ShipSink })).toThrow('createShipper needs `sink`: a ShipSink with write(), e.g. httpSink({ url })');
  });

  it('batchSize defaults to 500', async () => {
    world.ledger.set('bot', chainOf('bot', 501));
    const s = sink();
    await shipper({ sink: s }).runOnce();
    expect(s.calls.map((c) => c.seqs.length)).toEqual([500, 1]);
  });

  it('cursorDir: the cursors, the lock and the status file go there', async () => {
    world.ledger.set('bot', chainOf('bot', 2));
    const s = shipper({ sink: sink(), cursorDir: '/elsewhere' });
    await s.runOnce();
    expect(world.cursors.get('/elsewhere|bot')).toMatchObject({ stream: 'bot', nextSeq: 2 });
    expect([...world.cursors.keys()]).toEqual(['/elsewhere|bot']);
    expect(world.locks.has('/elsewhere')).toBe(true);
    expect(world.files.has('/elsewhere/status.json')).toBe(true);
    await s.stop();
    expect(world.locks.size).toBe(0);
  });

  it('checkpoints: shipped when the sink takes them, unless turned off; a sink without writeCheckpoints gets the events only', async () => {
    world.ledger.set('bot', chainOf('bot', 4));
    world.checkpoints.set('bot', [CHECKPOINT(2), CHECKPOINT(4)]);
    const on = sink('on');
    await shipper({ sink: on }).runOnce();
    expect(on.checkpointCalls.map((c) => c.sizes)).toEqual([[2, 4]]);
    expect(on.checkpointCalls[0]?.list[0]).toEqual({ stream: 'bot', ...CHECKPOINT(2) });
    const off = sink('off');
    await shipper({ sink: off, checkpoints: false }).runOnce();
    expect(off.delivered()).toEqual([0, 1, 2, 3]);
    expect(off.checkpointCalls).toEqual([]);
    const none = sink('none', { checkpoints: false });
    const { errors, onError } = errorsOf();
    const n = shipper({ sink: none, onError });
    await n.runOnce();
    expect(none.delivered()).toEqual([0, 1, 2, 3]);
    expect(errors).toEqual([]);
    expect(world.cursors.get(`${DIR}/.ship/none|bot`)).toMatchObject({ nextSeq: 4, checkpointSize: 0 });
  });
});

describe('createShipper: deliver() waits between failed batches', () => {
  it('exponential from 200 ms (attempt capped at 16), at most maxBackoffMs (30 s by default), at least 50 ms', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(1);
    world.ledger.set('bot', chainOf('bot', 2));
    const s = sink('memory', { fail: (n) => (n <= 10 ? new Error('down') : undefined) });
    const { errors, onError } = errorsOf();
    const sh = shipper({ sink: s, retry: false, breaker: false, onError });
    const run = sh.runOnce();
    await vi.runAllTimersAsync();
    await run;
    const gaps = s.calls.slice(1).map((c, i) => c.at - s.calls[i]!.at);
    expect(gaps).toEqual([200, 400, 800, 1600, 3200, 6400, 12800, 25600, 30000, 30000]);
    expect(s.delivered()).toEqual([0, 1]);
    expect(errors.map((e) => e.message)).toEqual(Array(10).fill('down'));
    expect(sh.status()).toMatchObject({ retries: 10, failures: 10, breaker: 'closed', lastError: { message: 'down', at: at(s.calls[9]!.at) }, shippedEvents: 2 });
  });

  it('maxBackoffMs caps the wait; with no jitter left it still waits 50 ms', async () => {
    const random = vi.spyOn(Math, 'random').mockReturnValue(1);
    world.ledger.set('bot', chainOf('bot', 1));
    const s = sink('memory', { fail: (n) => (n <= 5 ? new Error('down') : undefined) });
    const run = shipper({ sink: s, retry: false, breaker: false, maxBackoffMs: 1000, onError: () => undefined }).runOnce();
    await vi.runAllTimersAsync();
    await run;
    expect(s.calls.slice(1).map((c, i) => c.at - s.calls[i]!.at)).toEqual([200, 400, 800, 1000, 1000]);

    random.mockReturnValue(0);
    const t = Date.now() - T0;
    world.ledger.set('two', chainOf('two', 1));
    const z = sink('zero', { fail: (n) => (n <= 2 ? new Error('down') : undefined) });
    const again = shipper({ sink: z, retry: false, breaker: false, streams: ['two'], onError: () => undefined }).runOnce();
    await vi.runAllTimersAsync();
    await again;
    expect(z.calls.map((c) => c.at - t)).toEqual([0, 50, 100]);
  });

  it('the status file: written after a failure, at most once a second (exactly 1 s apart is due)', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(1);
    world.ledger.set('bot', chainOf('bot', 1));
    const seen: unknown[] = [];
    const s = sink('memory', {
      fail: (n) => {
        seen.push(statusOf()?.retries);
        return n <= 5 ? new Error('down') : undefined;
      },
    });
    const run = shipper({ sink: s, retry: false, breaker: false, maxBackoffMs: 1000, onError: () => undefined }).runOnce();
    await vi.runAllTimersAsync();
    await run;
    // Failures at 0, 200, 600, 1400, 2400 ms: the file is written at 0, 1400 and 2400.
    expect(s.calls.map((c) => c.at)).toEqual([0, 200, 600, 1400, 2400, 3400]);
    expect(seen).toEqual([undefined, 1, 1, 1, 4, 5]);
    expect(statusOf()).toMatchObject({ retries: 5, shippedEvents: 1, lag: 0 });
  });

  it('an open circuit is waited out until its retry time (breaker default: 3 failures, 5 s), counted and reported', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(1);
    world.ledger.set('bot', chainOf('bot', 2));
    const s = sink('flaky', { fail: (n) => (n <= 3 ? new Error('down') : undefined) });
    const { errors, onError } = errorsOf();
    const sh = shipper({ sink: s, retry: false, onError });
    const run = sh.runOnce();
    await flush();
    await vi.advanceTimersByTimeAsync(600);
    expect(s.calls.map((c) => c.at)).toEqual([0, 200, 600]);
    expect(sh.status().breaker).toBe('open');
    await vi.runAllTimersAsync();
    await run;
    // 600 + 800 (backoff) = 1400: the circuit is open until 5600; one wait of 4200 ms.
    expect(s.calls.map((c) => c.at)).toEqual([0, 200, 600, 5600]);
    expect(errors.map((e) => e.message)).toEqual(['down', 'down', 'down', `circuit open for sink flaky until ${at(5600)}`]);
    expect(sh.status()).toMatchObject({ retries: 4, failures: 3, breaker: 'closed' });
    expect(s.delivered()).toEqual([0, 1]);
  });

  it('the retry options reach retrying() (4 attempts and 5 s by default, the host\'s options over them)', async () => {
    world.ledger.set('bot', chainOf('bot', 1));
    vi.spyOn(Math, 'random').mockReturnValue(1);
    const s = sink('memory', { fail: (n) => (n <= 4 ? new SinkError({ sink: 'memory', message: `refused ${n}` }) : undefined) });
    const { errors, onError } = errorsOf();
    const sh = shipper({ sink: s, breaker: false, retry: { initialDelayMs: 4000 }, onError });
    const run = sh.runOnce();
    await vi.runAllTimersAsync();
    await run;
    // retrying(): 4000, then 5000 (capped), 5000; then the shipper's own 200 ms.
    expect(s.calls.map((c) => c.at)).toEqual([0, 4000, 9000, 14000, 14200]);
    expect(errors.map((e) => e.message)).toEqual(['refused 4']);
    expect(sh.status()).toMatchObject({ retries: 4, failures: 4, lastError: { message: 'refused 4', code: 'sink_error' } });

    const t = Date.now() - T0;
    world.ledger.set('two', chainOf('two', 1));
    const two = sink('two', { fail: (n) => (n <= 3 ? new SinkError({ sink: 'two', message: `refused ${n}` }) : undefined) });
    const other = shipper({ sink: two, breaker: false, streams: ['two'], retry: { maxAttempts: 2, initialDelayMs: 10 }, onError: () => undefined });
    const again = other.runOnce();
    await vi.runAllTimersAsync();
    await again;
    expect(two.calls.map((c) => c.at - t)).toEqual([0, 10, 210, 220]);
    // Two retries inside retrying(), one of the shipper's own.
    expect(other.status()).toMatchObject({ retries: 3, failures: 3 });
  });

  it('stop() during the shipper\'s wait: no more attempts, the cursor stays', async () => {
    world.ledger.set('bot', chainOf('bot', 2));
    const s = sink('memory', { fail: (n) => (n === 1 ? new Error('down') : undefined) });
    const sh = shipper({ sink: s, retry: false, breaker: false, onError: () => undefined });
    const run = sh.runOnce();
    await flush();
    expect(s.calls).toHaveLength(1);
    let stopped = false;
    const stopping = sh.stop().then(() => (stopped = true));
    await flush();
    expect(stopped).toBe(true);
    await stopping;
    await run;
    expect(s.calls).toHaveLength(1);
    expect(world.cursors.size).toBe(0);
    expect(sh.status()).toMatchObject({ state: 'stopped', shippedEvents: 0 });
  });

  it('stop() during retrying()\'s wait ends it at once (the shipper passes its signal)', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(1);
    world.ledger.set('bot', chainOf('bot', 2));
    const s = sink('memory', { fail: () => new SinkError({ sink: 'memory', message: 'down' }) });
    const sh = shipper({ sink: s, breaker: false, retry: { initialDelayMs: 60_000 }, onError: () => undefined });
    const run = sh.runOnce();
    await flush();
    expect(s.calls).toHaveLength(1);
    let stopped = false;
    const stopping = sh.stop().then(() => (stopped = true));
    await flush();
    expect(stopped).toBe(true);
    await stopping;
    await run;
    expect(s.calls).toHaveLength(1);
  });

  it('a sink that throws a non-Error: reported as an Error with its text, no code', async () => {
    world.ledger.set('bot', chainOf('bot', 1));
    const s = sink('memory', { fail: (n) => (n === 1 ? 'plain text' : undefined) });
    const { errors, onError } = errorsOf();
    const sh = shipper({ sink: s, retry: false, breaker: false, onError });
    const run = sh.runOnce();
    await vi.runAllTimersAsync();
    await run;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(Error);
    expect(errors[0]?.message).toBe('plain text');
    expect(sh.status().lastError).toEqual({ message: 'plain text', at: at(0) });
  });
});

describe('createShipper: deliverCheckpoints() waits too', () => {
  it('retries a refused checkpoint write on the shipper\'s backoff (capped by maxBackoffMs), then records its size', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(1);
    world.ledger.set('bot', chainOf('bot', 4));
    world.checkpoints.set('bot', [CHECKPOINT(4)]);
    const s = sink('memory', { failCheckpoints: (n) => (n <= 3 ? new Error(`no checkpoints ${n}`) : undefined) });
    const { errors, onError } = errorsOf();
    const sh = shipper({ sink: s, retry: false, breaker: false, maxBackoffMs: 300, onError });
    const run = sh.runOnce();
    await vi.runAllTimersAsync();
    await run;
    expect(s.checkpointCalls.map((c) => c.at)).toEqual([0, 200, 500, 800]);
    expect(errors.map((e) => e.message)).toEqual(['no checkpoints 1', 'no checkpoints 2', 'no checkpoints 3']);
    expect(sh.status().retries).toBe(3);
    expect(world.cursors.get(`${DIR}/.ship/memory|bot`)).toMatchObject({ nextSeq: 4, checkpointSize: 4, updatedAt: at(800) });
  });

  it('at least 50 ms, and the attempt is capped at 16 (2^16 * 200 ms is past the 30 s cap)', async () => {
    const random = vi.spyOn(Math, 'random').mockReturnValue(0);
    world.ledger.set('bot', chainOf('bot', 1));
    world.checkpoints.set('bot', [CHECKPOINT(1)]);
    const s = sink('memory', { failCheckpoints: (n) => (n <= 2 ? new Error('no') : undefined) });
    const run = shipper({ sink: s, retry: false, breaker: false, onError: () => undefined }).runOnce();
    await vi.runAllTimersAsync();
    await run;
    expect(s.checkpointCalls.map((c) => c.at)).toEqual([0, 50, 100]);
    random.mockReturnValue(0.5);
    const t = Date.now() - T0;
    world.ledger.set('two', chainOf('two', 1));
    world.checkpoints.set('two', [CHECKPOINT(1)]);
    const two = sink('two', { failCheckpoints: (n) => (n <= 1 ? new Error('no') : undefined) });
    const again = shipper({ sink: two, retry: false, breaker: false, streams: ['two'], onError: () => undefined }).runOnce();
    await vi.runAllTimersAsync();
    await again;
    expect(two.checkpointCalls.map((c) => c.at - t)).toEqual([0, 100]);
  });

  it('an open circuit: waits until its retry time', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(1);
    world.ledger.set('bot', chainOf('bot', 1));
    world.checkpoints.set('bot', [CHECKPOINT(1)]);
    const s = sink('cp', { failCheckpoints: (n) => (n === 1 ? new Error('no') : undefined) });
    const { errors, onError } = errorsOf();
    const run = shipper({ sink: s, retry: false, breaker: { failureThreshold: 1, openMs: 1000 }, onError }).runOnce();
    await vi.runAllTimersAsync();
    await run;
    // Refused at 0 (the circuit opens until 1000), the shipper waits 200, finds it open, waits 800.
    expect(s.checkpointCalls.map((c) => c.at)).toEqual([0, 1000]);
    expect(errors.map((e) => e.message)).toEqual(['no', `circuit open for sink cp until ${at(1000)}`]);
  });

  // deliverCheckpoints()' checkpoint_conflict branch (2026-12-07, from its mutants; the sink's
  // side is packages/postgres/src/sink-conflict.test.ts): the one refusal that is never retried.
  it('a checkpoint_conflict from the sink is reported once and not retried: the checkpoint size moves on, no retry counted', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(1);
    world.ledger.set('bot', chainOf('bot', 4));
    world.checkpoints.set('bot', [CHECKPOINT(2), CHECKPOINT(4)]);
    const conflict = new SinkError({ sink: 'memory', code: 'checkpoint_conflict', retryable: false, message: 'checkpoint conflict: another checkpoint of stream bot at size 2 is stored' });
    const s = sink('memory', { failCheckpoints: (n) => (n === 1 ? conflict : undefined) });
    const { errors, onError } = errorsOf();
    const sh = shipper({ sink: s, retry: false, breaker: false, onError });
    const run = sh.runOnce();
    await vi.runAllTimersAsync();
    await run;
    expect(s.checkpointCalls.map((c) => [c.at, c.sizes])).toEqual([[0, [2, 4]]]);
    expect(errors).toEqual([conflict]);
    expect(sh.status()).toMatchObject({ retries: 0, lastError: { code: 'checkpoint_conflict', message: conflict.message }, shippedEvents: 4 });
    expect(world.cursors.get(`${DIR}/.ship/memory|bot`)).toMatchObject({ nextSeq: 4, checkpointSize: 4 });
  });

  it('every other refusal is retried: an AuditError of another code, a plain error whose code is checkpoint_conflict, a thrown non-error', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(1);
    const plain = Object.assign(new Error('not ours'), { code: 'checkpoint_conflict' });
    const others: Array<[string, unknown]> = [
      ['sinkerror', new SinkError({ sink: 'sinkerror', message: 'down for a moment' })],
      ['autherror', new AuditError({ code: 'sink_auth', message: 'token refused' })],
      ['plain', plain],
      ['nothing', null],
    ];
    for (const [name, refusal] of others) {
      world.ledger.set(name, chainOf(name, 2));
      world.checkpoints.set(name, [CHECKPOINT(2)]);
      const s = sink(name, { failCheckpoints: (n) => (n === 1 ? refusal : undefined) });
      const { errors, onError } = errorsOf();
      const sh = shipper({ sink: s, retry: false, breaker: false, streams: [name], onError });
      const run = sh.runOnce();
      await vi.runAllTimersAsync();
      await run;
      expect(s.checkpointCalls.map((c) => c.sizes), name).toEqual([[2], [2]]);
      expect(errors, name).toHaveLength(1);
      expect(sh.status().retries, name).toBe(1);
      expect(world.cursors.get(`${DIR}/.ship/${name}|${name}`), name).toMatchObject({ nextSeq: 2, checkpointSize: 2 });
    }
  });

  it('stop() during its wait: no more attempts, the checkpoint size stays', async () => {
    world.ledger.set('bot', chainOf('bot', 1));
    world.checkpoints.set('bot', [CHECKPOINT(1)]);
    const s = sink('memory', { failCheckpoints: (n) => (n === 1 ? new Error('no') : undefined) });
    const sh = shipper({ sink: s, retry: false, breaker: false, onError: () => undefined });
    const run = sh.runOnce();
    await flush();
    expect(s.checkpointCalls).toHaveLength(1);
    await sh.stop();
    await run;
    expect(s.checkpointCalls).toHaveLength(1);
    expect(world.cursors.get(`${DIR}/.ship/memory|bot`)).toMatchObject({ nextSeq: 1, checkpointSize: 0 });
  });
});

describe('createShipper: status() and the status file', () => {
  it('before anything ran: every field, no lastError, no lastShipAt', () => {
    const sh = shipper({ sink: sink('fresh') });
    expect(sh.status()).toEqual({ sink: 'fresh', state: 'idle', streams: [], lag: 0, shippedEvents: 0, retries: 0, failures: 0, breaker: 'closed', updatedAt: at(0) });
  });

  it('after a pass: the lag summed over the streams, and the file written with the pid', async () => {
    world.ledger.set('a', chainOf('a', 3));
    world.ledger.set('b', chainOf('b', 5));
    world.beforeRead = () => {
      throw new Error('torn');
    };
    const sh = shipper({ sink: sink() });
    await sh.runOnce();
    const expected = { sink: 'memory', state: 'idle', streams: [{ stream: 'a', shipped: 0, head: 3, lag: 3 }, { stream: 'b', shipped: 0, head: 5, lag: 5 }], lag: 8, shippedEvents: 0, retries: 0, failures: 0, breaker: 'closed', updatedAt: at(0) };
    expect(sh.status()).toEqual(expected);
    const text = world.files.get(statusFile());
    expect(text?.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text!)).toEqual({ pid: process.pid, ...expected });
    // Advisory: written without fsync.
    expect(world.durable).toEqual([false]);
    // The next pass, within the same second, writes it again (a pass forces it).
    world.beforeRead = undefined;
    await sh.runOnce();
    expect(statusOf()).toMatchObject({ lag: 0, shippedEvents: 8, lastShipAt: at(0) });
  });

  it('a status file that cannot be written changes nothing else', async () => {
    world.ledger.set('bot', chainOf('bot', 2));
    world.statusFails = true;
    const s = sink();
    const sh = shipper({ sink: s });
    await sh.runOnce();
    await sh.stop();
    expect(s.delivered()).toEqual([0, 1]);
    expect(world.cursors.get(`${DIR}/.ship/memory|bot`)).toMatchObject({ nextSeq: 2 });
  });

  it('lastError is the newer of the sink\'s and the shipper\'s own', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(1);
    world.ledger.set('a', [chainOf('a', 1, 'f'.repeat(64))[0]!]);
    world.ledger.set('b', chainOf('b', 1));
    // b's first write fails after 100 ms; retrying() tries again 100 ms later and it commits.
    const slow = (n: number) => (n === 1 ? new Promise<void>((resolve) => setTimeout(resolve, 100)) : undefined);
    const first = shipper({ sink: sink('one', { slow, fail: (n) => (n === 1 ? new SinkError({ sink: 'one', message: 'refused', code: 'http_503' }) : undefined) }), streams: ['a', 'b'], breaker: false, onError: () => undefined });
    const run = first.runOnce();
    await vi.runAllTimersAsync();
    await run;
    // The chain break at 0, the sink's error at 100.
    expect(first.status().lastError).toEqual({ message: 'refused', at: at(100), code: 'http_503' });
    expect(first.status().retries).toBe(1);

    const t = Date.now() - T0;
    const second = shipper({ sink: sink('two', { slow, fail: (n) => (n === 1 ? new SinkError({ sink: 'two', message: 'refused', code: 'http_503' }) : undefined) }), streams: ['b', 'a'], breaker: false, onError: () => undefined });
    const again = second.runOnce();
    await vi.runAllTimersAsync();
    await again;
    // The sink's error at t + 100, the chain break after b committed (t + 200).
    expect(second.status().lastError).toEqual({ message: 'stream a: seq 0: prev does not match the hash of seq -1; shipping of this stream stopped (run agent-audit verify)', at: at(t + 200), code: 'chain_break' });
  });

  it('lastError on a tie (the sink\'s error and the shipper\'s in the same millisecond): the shipper\'s', async () => {
    world.ledger.set('a', [chainOf('a', 1, 'f'.repeat(64))[0]!]);
    world.ledger.set('b', chainOf('b', 1));
    // b's first write is refused and retried at once (no delay): both errors at 0 ms.
    const sh = shipper({ sink: sink('tie', { fail: (n) => (n === 1 ? new SinkError({ sink: 'tie', message: 'refused', code: 'http_503' }) : undefined) }), streams: ['b', 'a'], breaker: false, retry: { initialDelayMs: 0 }, onError: () => undefined });
    await sh.runOnce();
    expect(sh.status().retries).toBe(1);
    expect(sh.status().lastError).toEqual({ message: 'stream a: seq 0: prev does not match the hash of seq -1; shipping of this stream stopped (run agent-audit verify)', at: at(0), code: 'chain_break' });
  });

  it('a host onError that throws does not stop shipping', async () => {
    world.ledger.set('a', [chainOf('a', 1, 'f'.repeat(64))[0]!]);
    world.ledger.set('b', chainOf('b', 2));
    const s = sink();
    let calls = 0;
    const sh = shipper({ sink: s, onError: () => {
      calls++;
      throw new Error('host bug');
    } });
    await sh.runOnce();
    expect(calls).toBe(1);
    expect(s.delivered()).toEqual([0, 1]);
    expect(sh.status().streams.map((e) => [e.stream, e.halted ?? null])).toEqual([['a', 'seq 0: prev does not match the hash of seq -1'], ['b', null]]);
  });
});

describe('createShipper: passes', () => {
  it('a stream that cannot be shipped is reported; the next stream still ships', async () => {
    world.ledger.set('a', chainOf('a', 2));
    world.ledger.set('b', chainOf('b', 2));
    world.badCursor.add('a');
    const s = sink();
    const { errors, onError } = errorsOf();
    await shipper({ sink: s, onError }).runOnce();
    expect(errors.map((e) => [(e as ShipError).code, e.message])).toEqual([['cursor_corrupt', 'cursor of a is malformed']]);
    expect(world.cursors.get(`${DIR}/.ship/memory|b`)).toMatchObject({ nextSeq: 2 });
    expect(s.delivered()).toEqual([0, 1]);
  });

  it('an error without a string code: lastError has no code member', async () => {
    world.ledger.set('a', chainOf('a', 1));
    world.cursorError = { stream: 'a', error: Object.assign(new Error('EIO'), { code: 5 }) };
    const { errors, onError } = errorsOf();
    const sh = shipper({ sink: sink(), onError });
    await sh.runOnce();
    expect(errors.map((e) => e.message)).toEqual(['EIO']);
    expect(sh.status().lastError).toStrictEqual({ message: 'EIO', at: at(0) });
  });

  it('`streams` limits the pass and drain() to those streams; the ledger\'s list is not read', async () => {
    world.ledger.set('a', chainOf('a', 2));
    world.ledger.set('b', chainOf('b', 3));
    const s = sink();
    const sh = shipper({ sink: s, streams: ['b'] });
    await sh.drain();
    expect(world.lists).toBe(0);
    expect(s.calls.map((c) => c.seqs)).toEqual([[0, 1, 2]]);
    expect(sh.status().streams.map((e) => e.stream)).toEqual(['b']);
  });

  it('stop() in the middle of a pass: the streams after the one in flight are not touched', async () => {
    world.ledger.set('a', chainOf('a', 2));
    world.ledger.set('b', chainOf('b', 2));
    let release!: () => void;
    const s = sink('memory', { slow: (n) => (n === 1 ? new Promise<void>((resolve) => (release = resolve)) : undefined) });
    const sh = shipper({ sink: s });
    const run = sh.runOnce();
    await flush();
    const stopping = sh.stop();
    release();
    await run;
    await stopping;
    expect(s.calls.map((c) => c.seqs)).toEqual([[0, 1]]);
    expect(world.reads.map((r) => r.stream)).toEqual(['a']);
    expect(sh.status().streams.map((e) => e.stream)).toEqual(['a']);
  });

  it('runOnce() while a pass runs joins it: nothing is sent twice', async () => {
    world.ledger.set('bot', chainOf('bot', 3));
    const s = sink();
    const sh = shipper({ sink: s });
    const [a, b] = [sh.runOnce(), sh.runOnce()];
    await Promise.all([a, b]);
    expect(s.calls.map((c) => c.seqs)).toEqual([[0, 1, 2]]);
    expect(world.lists).toBe(1);
    // Once it is over, the next runOnce() is a new pass.
    world.ledger.set('bot', chainOf('bot', 5));
    await sh.runOnce();
    expect(s.calls.map((c) => c.seqs)).toEqual([[0, 1, 2], [3, 4]]);
  });
});

describe('createShipper: start() and stop()', () => {
  it('start() ships at once, then every pollIntervalMs (1 s by default) until stop()', async () => {
    world.ledger.set('bot', chainOf('bot', 2));
    const s = sink();
    const sh = shipper({ sink: s });
    sh.start();
    expect(sh.status().state).toBe('running');
    await flush();
    expect(s.calls.map((c) => [c.at, c.seqs])).toEqual([[0, [0, 1]]]);
    world.ledger.set('bot', chainOf('bot', 4));
    await vi.advanceTimersByTimeAsync(999);
    await flush();
    expect(s.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await flush();
    expect(s.calls.map((c) => [c.at, c.seqs])).toEqual([[0, [0, 1]], [1000, [2, 3]]]);
    await sh.stop();
    world.ledger.set('bot', chainOf('bot', 6));
    await vi.advanceTimersByTimeAsync(5000);
    await flush();
    expect(s.calls).toHaveLength(2);
    expect(sh.status().state).toBe('stopped');
    expect(statusOf()).toMatchObject({ state: 'stopped', shippedEvents: 4 });
    expect(s.closed()).toBe(1);

    world.ledger.set('fast', chainOf('fast', 1));
    const f = sink('fast');
    const t = Date.now() - T0;
    const quick = shipper({ sink: f, streams: ['fast'], pollIntervalMs: 30 });
    quick.start();
    await flush();
    world.ledger.set('fast', chainOf('fast', 2));
    await vi.advanceTimersByTimeAsync(29);
    await flush();
    expect(f.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await flush();
    expect(f.calls.map((c) => [c.at - t, c.seqs])).toEqual([[0, [0]], [30, [1]]]);
    await quick.stop();
  });

  it('a pass that fails (the cursor folder is locked) is reported and tried again on the next poll', async () => {
    world.ledger.set('bot', chainOf('bot', 2));
    world.locks.add(`${DIR}/.ship/memory`);
    const s = sink();
    const { errors, onError } = errorsOf();
    const sh = shipper({ sink: s, onError });
    sh.start();
    // A second start() while running adds no second loop (which would report each failure twice).
    sh.start();
    await flush();
    expect(errors.map((e) => e.message)).toEqual([`another shipper owns ${DIR}/.ship/memory`]);
    expect(s.calls).toEqual([]);
    world.locks.clear();
    await vi.advanceTimersByTimeAsync(1000);
    await flush();
    expect(s.delivered()).toEqual([0, 1]);
    await sh.stop();
  });

  it('stop() twice does not remove the lock another shipper took in between', async () => {
    world.ledger.set('bot', chainOf('bot', 1));
    const a = shipper({ sink: sink() });
    await a.runOnce();
    await a.stop();
    const b = shipper({ sink: sink() });
    await b.runOnce();
    await a.stop();
    await expect(shipper({ sink: sink() }).runOnce()).rejects.toThrow('another shipper owns');
    await b.stop();
  });
});

describe('createShipper: drain()', () => {
  /** A stream whose reads fail `failures` times. */
  function failingReads(failures: number) {
    let n = 0;
    world.beforeRead = () => {
      if (++n <= failures) throw new Error('torn');
    };
  }

  it('looks again every min(pollIntervalMs, 250) ms until timeoutMs (a deadline reached is over)', async () => {
    world.ledger.set('bot', chainOf('bot', 2));
    failingReads(Infinity);
    const sh = shipper({ sink: sink(), onError: () => undefined });
    let error: unknown;
    const draining = sh.drain({ timeoutMs: 500 }).catch((e: unknown) => (error = e));
    await vi.advanceTimersByTimeAsync(2000);
    await draining;
    expect(error).toMatchObject({ code: 'drain_timeout', message: 'drain timed out with lag 2' });
    expect(world.reads.map((r) => r.at - T0)).toEqual([0, 250, 500]);

    world.reads = [];
    const t = Date.now() - T0;
    const quick = shipper({ sink: sink('quick'), pollIntervalMs: 100, onError: () => undefined });
    const d = quick.drain({ timeoutMs: 300 }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await d).toMatchObject({ code: 'drain_timeout' });
    expect(world.reads.map((r) => r.at - T0 - t)).toEqual([0, 100, 200, 300]);
  });

  it('without a timeout: waits as long as it takes', async () => {
    world.ledger.set('bot', chainOf('bot', 2));
    failingReads(3);
    const s = sink();
    const sh = shipper({ sink: s, onError: () => undefined });
    let done = false;
    const draining = sh.drain().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(500);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(250);
    await draining;
    expect(done).toBe(true);
    expect(s.delivered()).toEqual([0, 1]);
  });

  it('names every stopped stream', async () => {
    world.ledger.set('a', [chainOf('a', 1, 'f'.repeat(64))[0]!]);
    world.ledger.set('b', chainOf('b', 3).filter((e) => e.seq !== 1));
    const sh = shipper({ sink: sink(), onError: () => undefined });
    await expect(sh.drain()).rejects.toThrow(new ShipError({ message: 'cannot drain: a (seq 0: prev does not match the hash of seq -1); b (expected seq 1, found 2)' }));
  });

  it('a stream listed after the pass: its cursor is read, so what was shipped earlier is not lag', async () => {
    world.ledger.set('bot', chainOf('bot', 4));
    const first = shipper({ sink: sink() });
    await first.runOnce();
    await first.stop();
    // The ledger's list has the stream only every second time: the pass misses it, refreshHeads() sees it.
    world.lists = 0;
    world.listStreams = () => (world.lists % 2 === 0 ? ['bot'] : []);
    const s = sink();
    const second = shipper({ sink: s });
    await second.drain({ timeoutMs: 0 });
    expect(second.status().streams).toEqual([{ stream: 'bot', shipped: 4, head: 4, lag: 0 }]);
    expect(s.calls).toEqual([]);
  });

  it('a listed stream without a folder: drain() resolves (head 0, not NaN)', async () => {
    const sh = shipper({ sink: sink(), streams: ['ghost'], onError: () => undefined });
    await sh.drain({ timeoutMs: 0 });
    expect(sh.status().streams).toEqual([{ stream: 'ghost', shipped: 0, head: 0, lag: 0 }]);
  });
});
