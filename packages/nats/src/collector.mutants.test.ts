// createCollector() without NATS or PostgreSQL (issue 13, docs/TESTING.md "Mutation testing"):
// the collector's own logic driven through small fakes of what it uses: the JetStream consumer
// (consume() as an async iterator of messages that record ack/nak), the JetStream manager
// (stream and consumer info/add), the connection (flush/drain), and an in-memory store whose
// transactions roll back when their work throws. The chain verifier (internal/chain.ts, tested
// on its own) and the core's auditor run for real. The clock is fake: every wait the collector
// asks for (the 200 ms look, the 500 ms pause after a failure, idle()'s polls) is advanced by
// hand, so each test is deterministic. nats.test.ts keeps the real NATS contract.
import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { canonicalize, formatCheckpoint, generateSignerKey, sealEvent, signNote, type AuditEvent, type UnsealedEvent } from '@agent-audit/core';
import type { ChainStateRow, CheckpointRow, PostgresStoreOptions, StoredLine } from '@agent-audit/postgres';
import { AckPolicy, DeliverPolicy } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { createCollector, type CollectorOptions } from './collector.js';
import { NatsError, subjectToken } from './internal/common.js';

const w = vi.hoisted(() => ({
  /** Set by each test: the fake store factory and the fake NATS. */
  store: undefined as unknown as (options: unknown) => unknown,
  net: undefined as unknown as {
    nc: unknown;
    jsm(): unknown;
    js(): unknown;
    connect(options: unknown): Promise<unknown>;
  },
  migrations: [] as unknown[],
}));

vi.mock('@agent-audit/postgres', () => ({
  migrate: async (options: unknown) => {
    w.migrations.push(options);
  },
  createPostgresStore: (options: unknown) => w.store(options),
}));

vi.mock('@nats-io/transport-node', () => ({
  connect: (options: unknown) => w.net.connect(options),
}));

vi.mock('@nats-io/jetstream', async (importOriginal) => {
  const real = await importOriginal<typeof import('@nats-io/jetstream')>();
  return { ...real, jetstream: () => w.net.js(), jetstreamManager: async () => w.net.jsm() };
});

// The sealing threads are not what is tested here: the collector's auditor seals on this thread.
vi.mock('@agent-audit/core', async (importOriginal) => {
  const real = await importOriginal<typeof import('@agent-audit/core')>();
  return { ...real, createAuditor: (options: Parameters<typeof real.createAuditor>[0]) => real.createAuditor({ ...options, redactionWorker: false }) };
});

// Under Stryker (its test processes carry STRYKER_MUTATOR_WORKER) a mutant that leaves the
// collector waiting for ever fails after 2 s here, instead of running into Stryker's timeout and
// a restart of the test process. Each test takes milliseconds; outside Stryker the defaults stay.
if (process.env.STRYKER_MUTATOR_WORKER !== undefined) vi.setConfig({ testTimeout: 2000, hookTimeout: 2000 });

const T0 = Date.parse('2026-05-06T07:08:09.000Z');
const GENESIS = '0'.repeat(64);
const PREFIX = 'audit.events';
const enc = new TextEncoder();

/** Lets pending promises and the auditor's setImmediate steps run, a bounded number of rounds (no time passes). */
async function until(condition: () => boolean, what = 'condition'): Promise<void> {
  for (let i = 0; i < 2000; i++) {
    if (condition()) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  throw new Error(`never happened: ${what}`);
}
const settle = () => until(() => false, '').catch(() => undefined);

// ---------------------------------------------------------------------------------------------
// The store

class FakeStore {
  static claimed = new Set<string>();
  rows: Array<{ event: AuditEvent; line: string }> = [];
  /** Lines as the collector passed them to insertEvents (undefined: none given). */
  passedLines: Array<string | undefined> = [];
  checkpoints: CheckpointRow[] = [];
  chains = new Map<string, ChainStateRow>();
  /** The `events` option of each transaction that inserted other streams' events (the collector's batches). */
  batches: string[][] = [];
  claims: string[] = [];
  closed = 0;
  /** Makes insertEvents of a batch throw (the transaction rolls back). */
  failInsert: ((events: readonly AuditEvent[]) => Error | undefined) | undefined;
  /** Makes insertEvents of a batch wait for this promise. */
  gate: Promise<void> | undefined;
  /** Makes saveChainState throw (after the chain checks, as a trigger on chain_state would). */
  failSave: ((states: readonly ChainStateRow[]) => Error | undefined) | undefined;

  constructor(readonly options: PostgresStoreOptions) {}

  async claimWriter(stream: string): Promise<boolean> {
    if (this.claims.includes(stream)) return true; // as the real store: already claimed by this store
    if (FakeStore.claimed.has(stream)) return false;
    FakeStore.claimed.add(stream);
    this.claims.push(stream);
    return true;
  }

  async close(): Promise<void> {
    this.closed++;
    for (const stream of this.claims.splice(0)) FakeStore.claimed.delete(stream);
  }

  own(stream: string): AuditEvent[] {
    return this.rows.filter((r) => r.event.stream === stream).map((r) => r.event);
  }

  async transaction<T>(work: (tx: unknown) => Promise<T>, options?: { events?: readonly AuditEvent[] }): Promise<T> {
    const saved = { rows: [...this.rows], passed: [...this.passedLines], checkpoints: [...this.checkpoints], chains: new Map([...this.chains].map(([k, v]) => [k, { ...v }])) };
    const store = this;
    const mine = new Set<{ event: AuditEvent; line: string }>();
    const tx = {
      async insertEvents(events: readonly AuditEvent[], lines?: readonly string[]) {
        const batch = events.some((e) => !e.stream.startsWith('collector-'));
        if (batch) {
          store.batches.push((options?.events ?? []).map((e) => `${e.stream}/${e.seq}`));
          if (store.gate) await store.gate;
          const error = store.failInsert?.(events);
          if (error) throw error;
        }
        const ids = new Set<string>();
        events.forEach((event, i) => {
          if (store.rows.some((r) => r.event.id === event.id) || ids.has(event.id)) return;
          ids.add(event.id);
          const row = { event, line: lines?.[i] ?? canonicalize(event) };
          mine.add(row);
          store.rows.push(row);
          store.passedLines.push(lines?.[i]);
        });
        return ids;
      },
      async insertCheckpoints(list: readonly CheckpointRow[]) {
        for (const c of list) if (!store.checkpoints.some((k) => k.stream === c.stream && k.size === c.size)) store.checkpoints.push(c);
        return [];
      },
      async chainState(consumer: string, streams: readonly string[]) {
        const out = new Map<string, ChainStateRow>();
        for (const stream of streams) out.set(stream, { ...(store.chains.get(`${consumer}|${stream}`) ?? { stream, nextSeq: 0, lastHash: GENESIS, breaks: 0, maxSeen: -1 }) });
        return out;
      },
      async saveChainState(consumer: string, states: readonly ChainStateRow[]) {
        const error = store.failSave?.(states);
        if (error) throw error;
        for (const s of states) store.chains.set(`${consumer}|${s.stream}`, { ...s });
      },
      async storedHashes(stream: string, seqs: readonly number[]) {
        const map = new Map<number, string[]>();
        for (const { event } of store.rows) if (event.stream === stream && seqs.includes(event.seq)) map.set(event.seq, [...(map.get(event.seq) ?? []), event.hash]);
        return map;
      },
      async lastEvent(stream: string) {
        const own = store.own(stream).sort((a, b) => b.seq - a.seq)[0];
        return own ? { seq: own.seq, hash: own.hash } : undefined;
      },
      async linesFrom(from: ReadonlyArray<{ stream: string; fromSeq: number }>, limit: number) {
        const out = new Map<string, StoredLine[]>();
        for (const { stream, fromSeq } of from) {
          const list = store.rows.filter((r) => r.event.stream === stream && r.event.seq >= fromSeq).sort((a, b) => a.event.seq - b.event.seq).slice(0, limit);
          if (list.length > 0) out.set(stream, list.map(({ event, line }) => ({ seq: event.seq, id: event.id, hash: event.hash, prev: event.prev, line })));
        }
        return out;
      },
    };
    try {
      return await work(tx);
    } catch (error) {
      // Rows other transactions inserted meanwhile (the collector's own records, committed on
      // their own before the batch) stay.
      this.rows = [...saved.rows, ...this.rows.filter((r) => !saved.rows.includes(r) && !mine.has(r))];
      this.passedLines = saved.passed;
      this.checkpoints = saved.checkpoints;
      this.chains = saved.chains;
      throw error;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// NATS

interface FakeMsg {
  subject: string;
  data: Uint8Array;
  seq: number;
  acks: number;
  naks: Array<number | undefined>;
  ack(): void;
  nak(delay?: number): void;
}

function msg(subject: string, payload: string, seq: number): FakeMsg {
  const m: FakeMsg = {
    subject,
    data: enc.encode(payload),
    seq,
    acks: 0,
    naks: [],
    ack() {
      m.acks++;
    },
    nak(delay?: number) {
      m.naks.push(delay);
    },
  };
  return m;
}

/** What consume() returns: an async iterator over the messages pushed to it; stop() ends it. */
class Feed {
  private items: FakeMsg[] = [];
  private wake: (() => void) | undefined;
  stopped = 0;
  ended: { error?: unknown } | undefined;
  taken = 0;
  constructor(readonly options: unknown) {}
  push(...messages: FakeMsg[]) {
    this.items.push(...messages);
    this.wake?.();
  }
  get remaining() {
    return this.items.length;
  }
  end(error?: unknown) {
    this.ended = error === undefined ? {} : { error };
    this.wake?.();
  }
  stop() {
    this.stopped++;
    this.wake?.();
  }
  async *[Symbol.asyncIterator](): AsyncGenerator<FakeMsg> {
    for (;;) {
      if (this.stopped) return;
      if (this.items.length > 0) {
        this.taken++;
        yield this.items.shift()!;
        continue;
      }
      if (this.ended) {
        if ('error' in this.ended) throw this.ended.error;
        return;
      }
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
  }
}

class FakeNats {
  feeds: Feed[] = [];
  gets: Array<[string, string]> = [];
  /** Makes consumers.get() fail or wait. */
  getHook: (() => Promise<void> | void) | undefined;
  streams = new Map<string, unknown>();
  streamAdds: unknown[] = [];
  consumers = new Map<string, unknown>();
  consumerAdds: Array<[string, Record<string, unknown>]> = [];
  consumerAddError: Error | undefined;
  /** Created by another collector when this one's add fails (the race start() tolerates). */
  addedByOther = false;
  infoCalls: Array<[string, string]> = [];
  /** consumers.info() answers once the consumer exists (null: the consumer's state as below). */
  infoHook: (() => unknown) | undefined;
  /** Runs when a JetStream manager is made (its account-info request): throwing fails jetstreamManager(). */
  jsmHook: (() => void) | undefined;
  pending = 0;
  ackPending = 0;
  flushes = 0;
  drains = 0;
  connects: unknown[] = [];
  nc = {
    flush: async () => {
      this.flushes++;
    },
    drain: async () => {
      this.drains++;
    },
  };

  get feed(): Feed {
    return this.feeds[this.feeds.length - 1]!;
  }

  async connect(options: unknown) {
    this.connects.push(options);
    return this.nc;
  }

  js() {
    return {
      consumers: {
        get: async (stream: string, durable: string) => {
          this.gets.push([stream, durable]);
          await this.getHook?.();
          return {
            consume: async (options: unknown) => {
              const feed = new Feed(options);
              this.feeds.push(feed);
              return feed;
            },
          };
        },
      },
    };
  }

  jsm() {
    this.jsmHook?.();
    return {
      streams: {
        info: async (name: string) => {
          if (!this.streams.has(name)) throw new Error('stream not found');
          return this.streams.get(name);
        },
        add: async (config: { name: string }) => {
          this.streamAdds.push(config);
          this.streams.set(config.name, config);
        },
      },
      consumers: {
        info: async (stream: string, durable: string) => {
          this.infoCalls.push([stream, durable]);
          if (this.infoHook) return this.infoHook();
          if (!this.consumers.has(`${stream}/${durable}`)) throw new Error('consumer not found');
          return { num_pending: this.pending, num_ack_pending: this.ackPending };
        },
        add: async (stream: string, config: Record<string, unknown>) => {
          this.consumerAdds.push([stream, config]);
          if (this.addedByOther) this.consumers.set(`${stream}/${String(config.durable_name)}`, config);
          if (this.consumerAddError) throw this.consumerAddError;
          this.consumers.set(`${stream}/${String(config.durable_name)}`, config);
        },
      },
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Events

function chainOf(stream: string, count: number, from = 0, prev = GENESIS): AuditEvent[] {
  const out: AuditEvent[] = [];
  for (let seq = from; seq < from + count; seq++) {
    // A ULID (Crockford base32: digits only here), distinct per stream and seq.
    const id = `01J${String([...stream].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) % 1_000_000, 7)).padStart(6, '0')}${String(seq).padStart(17, '0')}`;
    const unsealed = { v: 1, id, ts: '2026-01-02T03:04:05.678Z', stream, seq, type: 'tool.call', trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, outcome: 'success', source: 'sdk', agent: { id: stream }, tool: { name: 'lookup', arguments: { seq } } } as unknown as UnsealedEvent;
    const { event } = sealEvent(unsealed, prev);
    out.push(event);
    prev = event.hash;
  }
  return out;
}

let natsSeq = 0;
const eventMsg = (event: AuditEvent, prefix = PREFIX) => msg(`${prefix}.${subjectToken(event.stream)}`, canonicalize(event), ++natsSeq);
const checkpointMsg = (c: CheckpointRow, prefix = PREFIX) => msg(`${prefix}.~checkpoints`, JSON.stringify(c), ++natsSeq);
const settled = (...messages: FakeMsg[]) => () => messages.every((m) => m.acks + m.naks.length > 0);

// ---------------------------------------------------------------------------------------------

let net: FakeNats;
let stores: FakeStore[];
let running: Array<{ stop(): Promise<void> }>;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: T0 });
  net = new FakeNats();
  stores = [];
  running = [];
  natsSeq = 0;
  FakeStore.claimed.clear();
  w.migrations = [];
  w.net = net;
  w.store = (options) => {
    const s = new FakeStore(options as PostgresStoreOptions);
    stores.push(s);
    return s;
  };
});

afterEach(async () => {
  for (const c of running.splice(0)) await stop(c);
  vi.useRealTimers();
});

/** stop() wakes the loop at its next 200 ms look. */
async function stop(c: { stop(): Promise<void> }): Promise<void> {
  const done = c.stop();
  await vi.advanceTimersByTimeAsync(200);
  await done;
}

function collector(options: Partial<CollectorOptions> = {}) {
  const errors: Error[] = [];
  const c = createCollector({ nats: { servers: 'nats://fake:4222' }, postgres: 'postgres://fake/db', durable: 'central', instance: 'one', onError: (e) => void errors.push(e), ...options });
  running.push(c);
  return Object.assign(c, { errors });
}

async function started(options: Partial<CollectorOptions> = {}) {
  const c = collector(options);
  await c.start();
  await until(() => net.feeds.length > 0, 'consume()');
  return c;
}

describe('createCollector: options', () => {
  it('a durable name outside [A-Za-z0-9_-]{1,64} is refused at once', () => {
    for (const durable of ['a b', '', 'x'.repeat(65), 'a.b', '-ok-but.']) {
      let error: unknown;
      try {
        createCollector({ nats: {}, postgres: 'postgres://fake/db', durable });
      } catch (e) {
        error = e;
      }
      expect(error, JSON.stringify(durable)).toBeInstanceOf(NatsError);
      expect(error).toMatchObject({ code: 'invalid_durable', retryable: false, message: 'durable name must match [A-Za-z0-9_-]{1,64}' });
    }
    for (const durable of ['x'.repeat(64), 'A-z_9', 'a']) expect(() => createCollector({ nats: {}, postgres: 'postgres://fake/db', durable })).not.toThrow();
  });

  it('its own stream: collector-<durable>-<instance>, the instance escaped; by default the durable and the host name', () => {
    expect(createCollector({ nats: {}, postgres: 'x', durable: 'd1', instance: 'host.a b' }).status().ownStream).toBe('collector-d1-host_a_b');
    expect(createCollector({ nats: {}, postgres: 'x' }).status().ownStream).toBe(`collector-agent-audit-collector-${hostname().replace(/[^A-Za-z0-9_-]/g, '_')}`);
  });

  it('status() before start(): idle, every counter 0, no lastError', () => {
    expect(collector().status()).toEqual({ state: 'idle', received: 0, stored: 0, duplicates: 0, checkpoints: 0, chainBreaks: 0, waiting: [], ownStream: 'collector-central-one' });
  });
});

describe('createCollector: start()', () => {
  it('defaults: migrates the URL, creates the stream and the durable consumer (explicit acks, from the start, 60 s ack wait), consumes 2 batches of 500', async () => {
    const c = await started();
    expect(w.migrations).toEqual([{ url: 'postgres://fake/db' }]);
    expect(stores.map((s) => s.options)).toEqual([{ url: 'postgres://fake/db' }]);
    expect(stores[0]?.claims).toEqual(['collector-central-one']);
    expect(net.connects).toEqual([expect.objectContaining({ servers: 'nats://fake:4222', name: 'agent-audit collector central' })]);
    expect(net.streamAdds).toEqual([expect.objectContaining({ name: 'AUDIT', subjects: ['audit.events.>'], num_replicas: 1 })]);
    expect(net.consumerAdds).toEqual([['AUDIT', { durable_name: 'central', ack_policy: AckPolicy.Explicit, deliver_policy: DeliverPolicy.All, ack_wait: 60_000_000_000, max_ack_pending: 8000 }]]);
    expect(net.gets).toEqual([['AUDIT', 'central']]);
    expect(net.feed.options).toEqual({ max_messages: 1000 });
    expect(c.status().state).toBe('running');
  });

  it('the options given: store options as they are, no migration, stream and prefix, replicas, ack wait, batch size', async () => {
    const postgres = { url: 'postgres://fake/other', maxConnections: 2 };
    const c = await started({ postgres, migrate: false, nats: { servers: 'nats://fake:4222', stream: 'EVENTS', subjectPrefix: 'p.q', createStream: { replicas: 3 } }, ackWaitMs: 5000, batchSize: 100 });
    expect(w.migrations).toEqual([]);
    expect(stores[0]?.options).toBe(postgres);
    expect(net.streamAdds).toEqual([expect.objectContaining({ name: 'EVENTS', subjects: ['p.q.>'], num_replicas: 3 })]);
    expect(net.consumerAdds).toEqual([['EVENTS', expect.objectContaining({ durable_name: 'central', ack_wait: 5_000_000_000, max_ack_pending: 1600 })]]);
    expect(net.gets).toEqual([['EVENTS', 'central']]);
    expect(net.feed.options).toEqual({ max_messages: 200 });
    // The prefix given is what a checkpoint subject is recognised by.
    const cp = checkpointMsg({ stream: 's', size: 4, root: 'c'.repeat(64), ts: '2026-01-01T00:00:00.000Z', note: 'n\n' }, 'p.q');
    net.feed.push(cp);
    await until(settled(cp));
    expect(c.status()).toMatchObject({ checkpoints: 1, chainBreaks: 0 });
    await stop(c);
    const d = await started({ batchSize: 10, durable: 'small' });
    expect(net.consumerAdds[1]).toEqual(['AUDIT', expect.objectContaining({ durable_name: 'small', max_ack_pending: 1000 })]);
    await stop(d);
  });

  it('createStream: false leaves the stream alone; a stream and consumer that exist are not created again', async () => {
    net.streams.set('AUDIT', {});
    net.consumers.set('AUDIT/central', {});
    const c = await started();
    expect(net.streamAdds).toEqual([]);
    expect(net.consumerAdds).toEqual([]);
    await stop(c);
    const d = await started({ nats: { servers: 'nats://fake:4222', stream: 'NONE', createStream: false }, durable: 'other' });
    expect(net.streamAdds).toEqual([]);
    expect(net.consumerAdds).toEqual([['NONE', expect.objectContaining({ durable_name: 'other' })]]);
    await stop(d);
  });

  it('another collector creating the durable first is fine; a consumer that cannot be created fails start()', async () => {
    net.consumerAddError = new Error('consumer already exists');
    net.addedByOther = true;
    const c = await started();
    expect(c.status().state).toBe('running');
    await stop(c);
    net.addedByOther = false;
    net.consumerAddError = new Error('insufficient resources');
    const d = collector({ durable: 'nope' });
    await expect(d.start()).rejects.toThrow('insufficient resources');
    expect(d.status().state).toBe('idle');
  });

  it('start() while running does nothing', async () => {
    const c = await started();
    await c.start();
    expect(stores).toHaveLength(1);
    expect(net.connects).toHaveLength(1);
  });

  it('an instance already running elsewhere: instance_in_use, and the store it opened is closed (once)', async () => {
    FakeStore.claimed.add('collector-central-one');
    const c = collector();
    let error: unknown;
    await c.start().catch((e: unknown) => (error = e));
    expect(error).toBeInstanceOf(NatsError);
    expect(error).toMatchObject({
      code: 'instance_in_use',
      retryable: false,
      message: 'another collector already runs as instance "one" of durable "central" (it writes stream collector-central-one); give each collector its own instance name (CollectorOptions.instance, --instance)',
    });
    expect(stores[0]?.closed).toBe(1);
    expect(net.connects).toEqual([]);
    await c.stop();
    expect(stores[0]?.closed).toBe(1);
  });

  it('a connection given is used and left open; one it opened is drained on stop()', async () => {
    const c = await started({ nats: { connection: net.nc as unknown as NatsConnection } });
    expect(net.connects).toEqual([]);
    await stop(c);
    expect(net.drains).toBe(0);
    expect(stores[0]?.closed).toBe(1);
    const d = await started({ durable: 'own' });
    await stop(d);
    expect(net.drains).toBe(1);
    expect(d.status().state).toBe('stopped');
  });
});

describe('createCollector: batches', () => {
  it('stores each event with its line, verifies the chain per stream, acknowledges after the commit, then flushes', async () => {
    const c = await started();
    const a = chainOf('alpha', 3);
    const b = chainOf('beta', 2);
    const messages = [a[0]!, b[0]!, a[1]!, b[1]!, a[2]!].map((e) => eventMsg(e));
    net.feed.push(...messages);
    await until(settled(...messages));
    const store = stores[0]!;
    expect(messages.map((m) => [m.acks, m.naks])).toEqual(Array(5).fill([1, []]));
    expect(net.flushes).toBeGreaterThan(0);
    expect(store.rows.map((r) => r.event.id).sort()).toEqual([...a, ...b].map((e) => e.id).sort());
    expect(store.passedLines).toEqual(expect.arrayContaining([...a, ...b].map((e) => canonicalize(e))));
    expect(store.passedLines.every((l) => l !== undefined)).toBe(true);
    expect([...store.chains.keys()].sort()).toEqual(['nats:AUDIT:central|alpha', 'nats:AUDIT:central|beta']);
    expect(store.chains.get('nats:AUDIT:central|alpha')).toEqual({ stream: 'alpha', nextSeq: 3, lastHash: a[2]!.hash, breaks: 0, maxSeen: 2 });
    expect(store.chains.get('nats:AUDIT:central|beta')).toEqual({ stream: 'beta', nextSeq: 2, lastHash: b[1]!.hash, breaks: 0, maxSeen: 1 });
    expect(c.status()).toEqual({ state: 'running', received: 5, stored: 5, duplicates: 0, checkpoints: 0, chainBreaks: 0, waiting: [], ownStream: 'collector-central-one' });
    // Redelivered: counted as duplicates, nothing stored twice, no break.
    const again = eventMsg(a[1]!);
    net.feed.push(again);
    await until(settled(again));
    expect(c.status()).toMatchObject({ received: 6, stored: 5, duplicates: 1, chainBreaks: 0 });
    expect(again.acks).toBe(1);
  });

  it('takes at most batchSize messages per transaction and holds at most two batches', async () => {
    const c = await started({ batchSize: 2 });
    const store = stores[0]!;
    let open!: () => void;
    store.gate = new Promise<void>((resolve) => (open = resolve));
    const events = chainOf('bot', 10);
    const messages = events.map((e) => eventMsg(e));
    net.feed.push(...messages);
    const held = () => 10 - net.feed.remaining;
    await until(() => store.batches.length === 1 && held() === store.batches[0]!.length + 4, 'first batch taken, two more queued');
    await settle();
    // One batch in the transaction, two batches (4 messages) queued; the rest wait in JetStream.
    expect(store.batches).toHaveLength(1);
    expect(store.batches[0]!.length).toBeLessThanOrEqual(2);
    expect(held()).toBe(store.batches[0]!.length + 4);
    open();
    store.gate = undefined;
    await until(settled(...messages), 'all acknowledged');
    expect(store.batches.every((b) => b.length <= 2)).toBe(true);
    expect(store.batches.flat()).toEqual(events.map((e) => `bot/${e.seq}`));
    expect(c.status()).toMatchObject({ received: 10, stored: 10 });
  });

  it('every event of a stream in one batch is checked: a fork before the next event is recorded', async () => {
    const c = await started();
    const store = stores[0]!;
    const events = chainOf('bot', 4);
    const first = events.slice(0, 3).map((e) => eventMsg(e));
    net.feed.push(...first);
    await until(settled(...first));
    // Another event at seq 1, and seq 3, arrive in one batch (queued behind a batch held open).
    const forked = { ...chainOf('bot', 2)[1]!, tool: { name: 'lookup', arguments: { seq: 1, forked: true } } } as AuditEvent;
    const resealed = sealEvent({ ...(forked as unknown as Record<string, unknown>), id: '01J99999900000000000000001', hash: undefined, prev: undefined } as unknown as UnsealedEvent, events[0]!.hash).event;
    let open!: () => void;
    store.gate = new Promise<void>((resolve) => (open = resolve));
    const before = store.batches.length;
    const blocker = eventMsg(chainOf('other', 1)[0]!);
    net.feed.push(blocker);
    await until(() => store.batches.length === before + 1);
    const together = [eventMsg(resealed), eventMsg(events[3]!)];
    net.feed.push(...together);
    await until(() => net.feed.remaining === 0);
    open();
    store.gate = undefined;
    await until(settled(blocker, ...together));
    expect(store.batches.slice(before + 1)).toEqual([['bot/1', 'bot/3']]);
    expect(c.status()).toMatchObject({ chainBreaks: 1, waiting: [] });
    expect(store.own('collector-central-one').map((e) => (e.attrs as { reason?: string }).reason)).toEqual(['fork: a different event with seq 1 was already verified']);
    expect(store.chains.get('nats:AUDIT:central|bot')).toMatchObject({ nextSeq: 4, lastHash: events[3]!.hash, breaks: 1, maxSeen: 3 });
  });

  it('a gap: the stream waits at the missing seq, events after it are stored; the missing one catches up', async () => {
    const c = await started();
    const events = chainOf('bot', 4);
    const first = [events[0]!, events[2]!, events[3]!].map((e) => eventMsg(e));
    net.feed.push(...first);
    await until(settled(...first));
    expect(c.status()).toMatchObject({ stored: 3, waiting: [{ stream: 'bot', nextSeq: 1 }] });
    expect(stores[0]!.chains.get('nats:AUDIT:central|bot')).toMatchObject({ nextSeq: 1, maxSeen: 3 });
    const missing = eventMsg(events[1]!);
    net.feed.push(missing);
    await until(settled(missing));
    expect(c.status()).toMatchObject({ stored: 4, waiting: [], chainBreaks: 0 });
    expect(stores[0]!.chains.get('nats:AUDIT:central|bot')).toMatchObject({ nextSeq: 4, lastHash: events[3]!.hash, breaks: 0 });
  });

  it('a changed event: a ledger.chain_break event in the collector\'s own stream, chained on its stored head; the message is acknowledged', async () => {
    // The collector's stream already holds two events (from an earlier run).
    const earlier = chainOf('collector-central-one', 2);
    net.consumers.set('AUDIT/central', {});
    const c = collector();
    const origin = w.store;
    w.store = (options) => {
      const s = origin(options) as FakeStore;
      s.rows.push(...earlier.map((event) => ({ event, line: canonicalize(event) })));
      return s;
    };
    await c.start();
    await until(() => net.feeds.length > 0);
    const [e0, e1] = chainOf('bot', 2);
    const forged = { ...e1!, tool: { name: 'delete' } } as AuditEvent;
    const messages = [eventMsg(e0!), eventMsg(forged)];
    net.feed.push(...messages);
    await until(settled(...messages));
    expect(messages.map((m) => m.acks)).toEqual([1, 1]);
    expect(c.status()).toMatchObject({ stored: 2, chainBreaks: 1 });
    const own = stores[0]!.own('collector-central-one');
    expect(own).toHaveLength(3);
    const breakEvent = own[2]!;
    expect(breakEvent).toMatchObject({
      stream: 'collector-central-one',
      seq: 2,
      prev: earlier[1]!.hash,
      type: 'ledger.chain_break',
      outcome: 'failure',
      source: 'collector',
      agent: { id: 'agent-audit-collector', name: 'central' },
      attrs: { consumer: 'nats:AUDIT:central', stream: 'bot', seq: 1, id: e1!.id, reason: 'hash mismatch: the event was changed after it was written' },
    });
    expect(stores[0]!.chains.get('nats:AUDIT:central|bot')).toMatchObject({ nextSeq: 2, breaks: 1 });
  });

  it('a malformed message: recorded with its subject, JetStream seq and SHA-256, acknowledged, nothing stored', async () => {
    const c = await started();
    const bad = msg('audit.events.bot', 'not json', 41);
    net.feed.push(bad);
    await until(settled(bad));
    expect(bad.acks).toBe(1);
    expect(c.status()).toMatchObject({ received: 1, stored: 0, duplicates: 0, chainBreaks: 1 });
    const [breakEvent] = stores[0]!.own('collector-central-one');
    expect(breakEvent?.attrs).toEqual({ consumer: 'nats:AUDIT:central', reason: 'malformed message: payload is not JSON', subject: 'audit.events.bot', streamSequence: 41, sha256: createHash('sha256').update('not json').digest('hex') });
    expect(stores[0]!.rows.filter((r) => !r.event.stream.startsWith('collector-'))).toEqual([]);
    expect(stores[0]!.batches).toEqual([]);
  });

  it('signed checkpoints are stored with the batch and counted', async () => {
    const c = await started();
    const checkpoint = { stream: 'bot', size: 2, root: 'c'.repeat(64), ts: '2026-01-01T00:00:00.000Z', note: 'note\n' };
    const [e0] = chainOf('bot', 1);
    const messages = [checkpointMsg(checkpoint), eventMsg(e0!)];
    net.feed.push(...messages);
    await until(settled(...messages));
    expect(stores[0]!.checkpoints).toEqual([checkpoint]);
    expect(c.status()).toMatchObject({ received: 2, stored: 1, checkpoints: 1, chainBreaks: 0 });
  });

  it('a transaction that fails: reported, nothing stored or acknowledged, each message nak\'d for 1 s; the next batch after 500 ms', async () => {
    const c = await started();
    const store = stores[0]!;
    store.failInsert = () => new Error('deadlock detected');
    const [e0] = chainOf('bot', 1);
    const first = eventMsg(e0!);
    net.feed.push(first);
    await until(settled(first));
    expect(first).toMatchObject({ acks: 0, naks: [1000] });
    expect(c.errors.map((e) => e.message)).toEqual(['deadlock detected']);
    expect(c.status()).toMatchObject({ received: 1, stored: 0, lastError: { message: 'deadlock detected', at: new Date(T0).toISOString() } });
    expect(store.rows).toEqual([]);
    expect(store.chains.size).toBe(0);
    store.failInsert = undefined;
    const redelivered = eventMsg(e0!);
    net.feed.push(redelivered);
    await vi.advanceTimersByTimeAsync(499);
    await settle();
    expect(redelivered.acks).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    await until(settled(redelivered));
    expect(redelivered.acks).toBe(1);
    expect(c.status()).toMatchObject({ received: 2, stored: 1 });
  });

  it('a host onError that throws does not stop collection', async () => {
    const c = await started({ onError: () => {
      throw new Error('host bug');
    } });
    stores[0]!.failInsert = (events) => (events[0]?.seq === 0 ? new Error('once') : undefined);
    const [e0, e1] = chainOf('bot', 2);
    const first = eventMsg(e0!);
    net.feed.push(first);
    await until(settled(first));
    expect(c.status().lastError?.message).toBe('once');
    stores[0]!.failInsert = undefined;
    const next = eventMsg(e1!);
    net.feed.push(next);
    await vi.advanceTimersByTimeAsync(500);
    await until(settled(next));
    expect(next.acks).toBe(1);
  });
});

describe('createCollector: the consumer', () => {
  it('consumers.get() failing: reported, tried again after 500 ms', async () => {
    let failures = 1;
    net.getHook = () => {
      if (failures-- > 0) throw 'no responders';
    };
    const c = collector();
    await c.start();
    await until(() => c.errors.length === 1);
    expect(c.errors[0]).toBeInstanceOf(Error);
    expect(c.errors[0]?.message).toBe('no responders');
    await vi.advanceTimersByTimeAsync(499);
    await settle();
    expect(net.gets).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await until(() => net.feeds.length === 1);
    expect(net.gets).toHaveLength(2);
    const [e0] = chainOf('bot', 1);
    const m = eventMsg(e0!);
    net.feed.push(m);
    await until(settled(m));
    expect(m.acks).toBe(1);
  });

  it('the messages iterator failing: reported, consumed again after 500 ms; ending cleanly: not reported, consumed again', async () => {
    const c = await started();
    net.feed.end(new Error('consumer deleted'));
    await until(() => c.errors.length === 1);
    expect(c.errors.map((e) => e.message)).toEqual(['consumer deleted']);
    await vi.advanceTimersByTimeAsync(500);
    await until(() => net.feeds.length === 2);
    net.feed.end();
    await settle();
    await vi.advanceTimersByTimeAsync(500);
    await until(() => net.feeds.length === 3);
    expect(c.errors).toHaveLength(1);
    const [e0] = chainOf('bot', 1);
    const m = eventMsg(e0!);
    net.feed.push(m);
    await until(settled(m));
    expect(m.acks).toBe(1);
  });

  it('stop(): the batch in flight commits and is acknowledged, queued messages are nak\'d at once, the consumer is stopped', async () => {
    const c = await started({ batchSize: 2 });
    const store = stores[0]!;
    let open!: () => void;
    store.gate = new Promise<void>((resolve) => (open = resolve));
    const messages = chainOf('bot', 10).map((e) => eventMsg(e));
    net.feed.push(...messages);
    await until(() => store.batches.length === 1 && 10 - net.feed.remaining === store.batches[0]!.length + 4);
    const k = store.batches[0]!.length;
    const stopping = c.stop();
    open();
    await stopping;
    expect(messages.map((m) => [m.acks, m.naks])).toEqual([
      ...Array(k).fill([1, []]),
      ...Array(4).fill([0, [undefined]]),
      ...Array(6 - k).fill([0, []]),
    ]);
    expect(net.feeds.map((f) => f.stopped)).toEqual([1]);
    expect(c.status()).toMatchObject({ state: 'stopped', received: k, stored: k });
    expect(store.closed).toBe(1);
    expect(net.drains).toBe(1);
  });

  it('an error while stopping is not reported', async () => {
    let fail!: (error: unknown) => void;
    net.getHook = () => new Promise<void>((_resolve, reject) => (fail = reject));
    const c = collector();
    await c.start();
    await until(() => net.gets.length === 1);
    const stopping = c.stop();
    await settle();
    fail(new Error('connection closed'));
    await vi.advanceTimersByTimeAsync(200);
    await stopping;
    expect(c.errors).toEqual([]);
    expect(net.gets).toHaveLength(1);
    expect(c.status().state).toBe('stopped');
  });
});

describe('createCollector: idle()', () => {
  it('before start() and after stop(): not_running', async () => {
    const c = collector();
    await expect(c.idle()).rejects.toMatchObject({ code: 'not_running', retryable: false, message: 'collector.idle(): start() the collector first' });
    await c.start();
    await stop(c);
    await expect(c.idle()).rejects.toMatchObject({ code: 'not_running' });
  });

  it('resolves once nothing arrived for quietMs and the consumer has nothing pending or unacknowledged', async () => {
    net.consumers.set('AUDIT/central', {});
    const c = await started();
    // A batch at 1000 ms whose commit takes 300 ms: quiet is counted from its end.
    const store = stores[0]!;
    const [e0] = chainOf('bot', 1);
    await vi.advanceTimersByTimeAsync(1000);
    store.gate = new Promise<void>((resolve) => setTimeout(resolve, 300));
    const m = eventMsg(e0!);
    net.feed.push(m);
    await until(() => store.batches.length === 1);
    await vi.advanceTimersByTimeAsync(300);
    await until(settled(m));
    store.gate = undefined;
    expect(Date.now() - T0).toBe(1300);
    let doneAt: number | undefined;
    const idle = c.idle({ quietMs: 400 }).then(() => (doneAt = Date.now() - T0));
    await vi.advanceTimersByTimeAsync(1000);
    await idle;
    // Looks at 1300, 1500, 1700: quiet for 400 ms at 1700.
    expect(doneAt).toBe(1700);
    expect(net.infoCalls.slice(-1)).toEqual([['AUDIT', 'central']]);
  });

  it('quietMs defaults to 1500 ms', async () => {
    net.consumers.set('AUDIT/central', {});
    const c = await started();
    const infoBefore = net.infoCalls.length;
    let doneAt: number | undefined;
    const idle = c.idle().then(() => (doneAt = Date.now() - T0));
    await vi.advanceTimersByTimeAsync(5000);
    await idle;
    // Looks every 200 ms from 0: 1600 is the first look 1500 ms after start().
    expect(doneAt).toBe(1600);
    expect(net.infoCalls.length - infoBefore).toBe(1);
  });

  it('messages pending, or only awaiting acknowledgement: not idle; the timeout names the pending count', async () => {
    net.consumers.set('AUDIT/central', {});
    const c = await started();
    net.pending = 7;
    const before = net.infoCalls.length;
    let failedAt: number | undefined;
    const idle = c.idle({ quietMs: 0, timeoutMs: 1000 }).catch((e: unknown) => {
      failedAt = Date.now() - T0;
      return e;
    });
    await vi.advanceTimersByTimeAsync(2000);
    expect(await idle).toMatchObject({ code: 'idle_timeout', message: 'collector not idle after 1000 ms (7 pending)' });
    expect(failedAt).toBe(1200);
    expect(net.infoCalls.length - before).toBe(7);

    net.pending = 0;
    net.ackPending = 3;
    const t = Date.now() - T0;
    let failed2: number | undefined;
    const idle2 = c.idle({ quietMs: 0, timeoutMs: 100 }).catch((e: unknown) => {
      failed2 = Date.now() - T0 - t;
      return e;
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(await idle2).toMatchObject({ message: 'collector not idle after 100 ms (0 pending)' });
    expect(failed2).toBe(200);
  });

  it('timeoutMs defaults to 120 s', async () => {
    net.consumers.set('AUDIT/central', {});
    const c = await started();
    net.pending = 2;
    let failedAt: number | undefined;
    const idle = c.idle({ quietMs: 0 }).catch((e: unknown) => {
      failedAt = Date.now() - T0;
      return e;
    });
    await vi.advanceTimersByTimeAsync(121_000);
    expect(await idle).toMatchObject({ message: 'collector not idle after 120000 ms (2 pending)' });
    expect(failedAt).toBe(120_200);
  });

  it('consumer-info requests that fail are asked again; the timeout names the last failure, or none once one answered', async () => {
    net.consumers.set('AUDIT/central', {});
    const c = await started();
    net.infoHook = () => {
      throw new Error('no responders available');
    };
    const idle = c.idle({ quietMs: 0, timeoutMs: 300 }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await idle).toMatchObject({ code: 'idle_timeout', message: 'collector not idle after 300 ms (0 pending; last consumer-info request failed: no responders available)' });

    let calls = 0;
    net.infoHook = () => {
      calls++;
      if (calls === 1) throw 'timeout';
      return { num_pending: 5, num_ack_pending: 0 };
    };
    const third = c.idle({ quietMs: 0, timeoutMs: 200 }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await third).toMatchObject({ message: 'collector not idle after 200 ms (5 pending)' });

    calls = 0;
    net.infoHook = () => {
      calls++;
      if (calls === 1) return { num_pending: 5, num_ack_pending: 0 };
      throw 'timeout';
    };
    const fourth = c.idle({ quietMs: 0, timeoutMs: 200 }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await fourth).toMatchObject({ message: 'collector not idle after 200 ms (5 pending; last consumer-info request failed: timeout)' });
  });

  it('a JetStream manager that cannot be made (its account-info request times out in a leader election) is asked again, not thrown', async () => {
    // CI of 2026-12-03 (Node 22): the three-node cluster test's idle() rejected with the
    // account-info TimeoutError that jetstreamManager() raises while a new stream leader is elected.
    net.consumers.set('AUDIT/central', {});
    const c = await started();
    let failures = 2;
    net.jsmHook = () => {
      if (failures-- > 0) throw new Error('timeout');
    };
    let settled = false;
    const idle = c.idle({ quietMs: 0, timeoutMs: 5000 }).then(
      () => (settled = true),
      (e: unknown) => e,
    );
    await vi.advanceTimersByTimeAsync(1000);
    expect(await idle).toBe(true);
    expect(settled).toBe(true);
    expect(failures).toBe(-1);

    net.jsmHook = () => {
      throw new Error('timeout');
    };
    const failing = c.idle({ quietMs: 0, timeoutMs: 300 }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await failing).toMatchObject({ code: 'idle_timeout', message: 'collector not idle after 300 ms (0 pending; last consumer-info request failed: timeout)' });
  });
});

// The fleet probe's decisions and gaps closed on 2026-12-07 (issue 13: Stryker's survivors of
// collector.ts in docs/TESTING.md): pinned verifier keys and the start warning, the collector
// streams refused from NATS, SQLSTATE class 54 as a refusal of the data, and one record per break
// across a refused batch and its retry one message at a time.
describe('createCollector: pinned keys, collector streams, refusals of the data', () => {
  const key = generateSignerKey('collector.test/audit');
  const CONSUMER = 'nats:AUDIT:central';
  const WARNING = "collector central: checkpoints are not authenticated (no verifier keys pinned): the first checkpoint to arrive at a (stream, size) is stored, a forger's included; pin the agents' verifier keys (CollectorOptions.verifierKeys, agent-audit collect --key)";
  const TS = '2026-01-02T03:04:05.678Z';
  const signed = (stream: string, size: number, root: string): CheckpointRow => ({
    stream, size, root, ts: TS,
    note: signNote(formatCheckpoint({ origin: `agent-audit/L1/${stream}`, size, root: Buffer.from(root, 'hex'), extensions: [`timestamp ${TS}`] }), key.signerKey),
  });
  const records = () => stores[0]!.own('collector-central-one').map((e) => e.attrs as Record<string, unknown>);
  const evidence = (m: FakeMsg) => ({ subject: m.subject, streamSequence: m.seq, sha256: createHash('sha256').update(m.data).digest('hex') });
  const refusal = (code: unknown, message = `refused with ${String(code)}`) => Object.assign(new Error(message), { code });

  it('with keys: a checkpoint no pinned key verifies is recorded as refused and acknowledged, never stored; the genuine one is stored; nothing is said at start', async () => {
    const warnings: string[] = [];
    const c = await started({ verifierKeys: [key.verifierKey], onWarning: (m) => void warnings.push(m) });
    const genuine = signed('bot', 2, 'c'.repeat(64));
    const [e0] = chainOf('bot', 1);
    const forged = checkpointMsg({ ...genuine, root: 'f'.repeat(64), note: 'forged' });
    const wrongRoot = checkpointMsg({ ...genuine, root: 'd'.repeat(64) });
    const good = checkpointMsg(genuine);
    const event = eventMsg(e0!);
    const messages = [forged, wrongRoot, event, good];
    net.feed.push(...messages);
    await until(settled(...messages));
    expect(messages.map((m) => [m.acks, m.naks.length])).toEqual([[1, 0], [1, 0], [1, 0], [1, 0]]);
    expect(stores[0]!.checkpoints).toEqual([genuine]);
    expect(records()).toEqual([
      { consumer: CONSUMER, reason: 'checkpoint refused: checkpoint of stream bot at size 2: its note is not signed by a pinned verifier key (malformed note: no empty line before the signatures)', ...evidence(forged) },
      { consumer: CONSUMER, reason: 'checkpoint refused: checkpoint of stream bot at size 2: its size or root is not what its signed note says', ...evidence(wrongRoot) },
    ]);
    expect(c.status()).toMatchObject({ received: 4, stored: 1, checkpoints: 1, chainBreaks: 2 });
    expect(warnings).toEqual([]);
  });

  it.each([['none given', {}], ['an empty list', { verifierKeys: [] }]])('without keys (%s): checkpoints are stored unauthenticated, the first to arrive kept; onWarning is told once, not again on a later start', async (_, options: Partial<CollectorOptions>) => {
    const warnings: string[] = [];
    const c = await started({ ...options, onWarning: (m) => void warnings.push(m) });
    expect(warnings).toEqual([WARNING]);
    const genuine = signed('bot', 2, 'c'.repeat(64));
    const forgedRow = { ...genuine, root: 'f'.repeat(64), note: 'forged' };
    const messages = [checkpointMsg(forgedRow), checkpointMsg(genuine)];
    net.feed.push(...messages);
    await until(settled(...messages));
    expect(stores[0]!.checkpoints).toEqual([forgedRow]);
    expect(records()).toEqual([]);
    expect(c.status()).toMatchObject({ checkpoints: 2, chainBreaks: 0 });
    await stop(c);
    await c.start();
    await until(() => net.feeds.length > 1, 'consume() again');
    expect(warnings).toEqual([WARNING]);
  });

  it('without keys or onWarning: process.emitWarning, with its code, once', async () => {
    const emitted = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      const c = await started();
      await stop(c);
      await c.start();
      await until(() => net.feeds.length > 1, 'consume() again');
      expect(emitted.mock.calls).toEqual([[WARNING, { code: 'agent_audit_checkpoints_unauthenticated' }]]);
      emitted.mockClear();
      await started({ instance: 'two', verifierKeys: [key.verifierKey] });
      expect(emitted).not.toHaveBeenCalled();
    } finally {
      emitted.mockRestore();
    }
  });

  it("an event of any collector's stream (collector-..., another durable's or this one's) is not taken from NATS: recorded, acknowledged, not stored; names that only hold the word are stored", async () => {
    const c = await started();
    const refused = ['collector-night_import-host2', 'collector-central-one'].map((stream) => eventMsg(chainOf(stream, 1)[0]!));
    const kept = ['audit-collector-', 'collectors', 'collector_x'].map((stream) => eventMsg(chainOf(stream, 1)[0]!));
    const messages = [...refused, ...kept];
    net.feed.push(...messages);
    await until(settled(...messages));
    expect(messages.map((m) => m.acks)).toEqual([1, 1, 1, 1, 1]);
    expect(records()).toEqual(['collector-night_import-host2', 'collector-central-one'].map((stream, i) => ({
      consumer: CONSUMER, reason: `malformed message: stream ${stream} is a collector's stream (collector-…: collectors write their streams to PostgreSQL themselves, never through NATS)`, ...evidence(refused[i]!),
    })));
    expect(stores[0]!.rows.filter((r) => r.event.type !== 'ledger.chain_break').map((r) => r.event.stream)).toEqual(['audit-collector-', 'collectors', 'collector_x']);
    expect(c.status()).toMatchObject({ received: 5, stored: 3, chainBreaks: 2 });
  });

  it.each(['54000', '54001', '5400A', '22P05', '23514'])('SQLSTATE %s refuses the data: the batch is retried one message at a time; the one refused alone is recorded as malformed and acknowledged, the rest stored', async (code) => {
    const c = await started();
    stores[0]!.failInsert = (events) => (events.some((e) => e.stream === 'long') ? refusal(code) : undefined);
    const [a0, a1] = chainOf('bot', 2);
    const messages = [eventMsg(a0!), eventMsg(chainOf('long', 1)[0]!), eventMsg(a1!)];
    net.feed.push(...messages);
    await until(settled(...messages));
    expect(messages.map((m) => [m.acks, m.naks.length])).toEqual([[1, 0], [1, 0], [1, 0]]);
    expect(stores[0]!.rows.filter((r) => r.event.stream !== 'collector-central-one').map((r) => `${r.event.stream}/${r.event.seq}`)).toEqual(['bot/0', 'bot/1']);
    expect(records()).toEqual([{ consumer: CONSUMER, reason: `malformed message: PostgreSQL refused it: refused with ${code}`, ...evidence(messages[1]!) }]);
    expect(c.errors.map((e) => e.message)).toEqual([`refused with ${code}`]);
  });

  it.each([['55000'], ['5400'], ['540000'], ['X54000'], ['54-00'], ['08006'], [54000]])('SQLSTATE %j is not a refusal of the data: the batch is nak\'d, nothing recorded', async (code) => {
    const c = await started();
    stores[0]!.failInsert = () => refusal(code);
    const messages = [eventMsg(chainOf('long', 1)[0]!)];
    net.feed.push(...messages);
    await until(settled(...messages));
    expect(messages.map((m) => [m.acks, m.naks])).toEqual([[0, [1000]]]);
    expect(records()).toEqual([]);
    expect(c.errors.map((e) => e.message)).toEqual([`refused with ${String(code)}`]);
    // The pause after a failure, before the next batch (stop() waits for it).
    await vi.advanceTimersByTimeAsync(500);
  });

  it('a break found in a batch PostgreSQL refuses after its chain checks is recorded once across the batch and its retry one message at a time; a redelivery is a new attempt, recorded again', async () => {
    const c = await started();
    stores[0]!.failSave = (states) => (states.some((s) => s.breaks > 0) ? refusal('23514', 'a new break refused') : undefined);
    const [e0, e1, e2] = chainOf('bot', 3);
    const forged = { ...e1!, tool: { name: 'delete' } } as AuditEvent;
    const messages = [eventMsg(e0!), eventMsg(forged), eventMsg(e2!)];
    net.feed.push(...messages);
    await until(settled(...messages));
    const brk = { consumer: CONSUMER, stream: 'bot', seq: 1, id: e1!.id, reason: 'hash mismatch: the event was changed after it was written' };
    const refusedAlone = { consumer: CONSUMER, reason: 'malformed message: PostgreSQL refused it: a new break refused', ...evidence(messages[1]!) };
    expect(records()).toEqual([brk, refusedAlone]);
    expect(c.status()).toMatchObject({ chainBreaks: 2 });
    expect(messages.map((m) => m.acks)).toEqual([1, 1, 1]);
    const again = eventMsg(forged);
    net.feed.push(again);
    await until(settled(again));
    expect(records()).toEqual([brk, refusedAlone, brk, { ...refusedAlone, ...evidence(again) }]);
    expect(c.status()).toMatchObject({ chainBreaks: 4 });
  });
});
