// The sealing pool itself (issue 13, from surviving mutants of pipeline.ts): routing by session
// (else trace, else round robin), batches sealed in the order sent and chained one after the
// other, the session memory handed to each thread with its first batch, the failures that hand
// every unsealed batch back (exit, error, timeout, a refused or miscounted answer, a hash that
// throws) and the three that disable the pool, timers and the host's process left free when no
// batch is out, and close(). Most tests drive the pool with a fake worker written below (plain
// JavaScript, no redactor: it starts in milliseconds and reports in each sealed line which
// thread sealed it, with what memory and nice value), so every outcome is known in advance and
// nothing waits on time: each wait is for a message, an exit or a settled batch, with a timeout
// only as a failure bound.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BroadcastChannel, type Worker } from 'node:worker_threads';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSealingPool, SealingPool, sealingWorkerTestHooks, shardOfKey, type InFlight, type SealedBatch } from './pipeline.js';
import type { DraftEvent } from './shape.js';
import type { RedactorInternals } from '../redaction/internals.js';
import { memoryKey, type MemorySnapshot } from '../redaction/session-memory.js';
import type { Redactor } from '../spec/redactor.js';
import type { UnsealedEvent } from '../spec/event.js';

// The number of cores the pool's default thread count is taken from.
const cores = vi.hoisted(() => ({ n: 4 }));
vi.mock('node:os', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:os')>();
  return { ...actual, availableParallelism: () => cores.n };
});

// The host's sliced hash of large events, observed: how often it runs, a hook at its first pause
// (the host's event loop runs there), and a failure on demand.
const slicing = vi.hoisted(() => ({ calls: 0, onPause: undefined as undefined | (() => Promise<void>), fail: undefined as unknown }));
vi.mock('./seal-members.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./seal-members.js')>();
  return {
    ...actual,
    leafHashInSlices: async (text: string, pause: () => Promise<void> | undefined): Promise<Buffer> => {
      slicing.calls++;
      if (slicing.fail !== undefined) throw slicing.fail;
      return actual.leafHashInSlices(text, async () => {
        const hook = slicing.onPause;
        slicing.onPause = undefined;
        if (hook !== undefined) await hook();
        await pause();
      });
    },
  };
});

// V8's platform threads lowered when a thread starts: recorded, never done to the test process.
const platform = vi.hoisted(() => ({ lowered: [] as number[] }));
vi.mock('./platform-threads.js', () => ({
  lowerPlatformThreads: (nice: number): number[] => {
    platform.lowered.push(nice);
    return [];
  },
}));

// Where the built worker entry would be: gone, as in a bundle that left it out.
const entry = vi.hoisted(() => ({ gone: false }));
vi.mock('./offload.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./offload.js')>();
  return { ...actual, workerEntry: () => (entry.gone ? undefined : actual.workerEntry()) };
});

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-pipeline-mutants-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const CHANNEL = 'aa-pipeline-mutants';
// The fake sealing worker. Each event's line is
//   {"id":…,"thread":<its threadId>,"request":<request id>,"memory":<memory keys or null>,"nice":<init nice>,"media":<count or null>,"prev":…}
// or, for an event with `big`, {"id":…,"prev":…,"big":…}. `act` on an event: "exit" (exit 7
// before answering), "exit-after" (answer, then exit 9), "throw" (an uncaught error), "hang" (never
// answer), "refuse" (ok: false), "extra-head" / "extra-tail" (one part too many), "fail" (a
// redaction failure of that event). With AA_PIPELINE_HOLD=1 in its environment it holds every
// message until the test releases its thread on the channel.
const FAKE = path.join(root, 'fake-sealer.mjs');
fs.writeFileSync(
  FAKE,
  `import { BroadcastChannel, parentPort, threadId } from 'node:worker_threads';
let nice = null;
let held = process.env.AA_PIPELINE_HOLD === '1' ? [] : undefined;
const channel = new BroadcastChannel(${JSON.stringify(CHANNEL)});
channel.onmessage = ({ data }) => {
  if (data.release !== threadId || held === undefined) return;
  const queue = held;
  held = undefined;
  for (const request of queue) handle(request);
};
channel.unref();
function handle(request) {
  if (request.kind === 'init') {
    nice = request.nice ?? null;
    parentPort.postMessage({ kind: 'ready', id: 0 });
    return;
  }
  if (request.kind !== 'seal') {
    // As the real worker, which reads any other request as a redaction for the offload (and fails on this one).
    parentPort.postMessage({ id: request.id, ok: false, message: 'not a seal request: ' + request.kind });
    return;
  }
  // A draft of many values comes as JSON text (eventJson), as the real worker reads it.
  for (const d of request.drafts) if (d.event === undefined) d.event = JSON.parse(d.eventJson);
  const acts = request.drafts.map((d) => d.event.act);
  if (acts.includes('exit')) process.exit(7);
  if (acts.includes('throw')) throw new Error('the fake sealer threw');
  if (acts.includes('hang')) return;
  if (acts.includes('refuse')) {
    parentPort.postMessage({ kind: 'sealed', id: request.id, ok: false, message: 'no redactor here' });
    return;
  }
  const heads = [];
  const tails = [];
  const failures = [];
  request.drafts.forEach((d, i) => {
    const e = d.event;
    if (e.big !== undefined) {
      heads.push('{"id":' + JSON.stringify(e.id) + ',');
      tails.push(',"big":' + JSON.stringify(e.big) + '}');
    } else {
      const members = { id: e.id, thread: threadId, request: request.id, memory: request.memory === undefined ? null : request.memory.map((p) => p.key), nice, media: d.media === undefined ? null : d.media.length };
      heads.push(JSON.stringify(members).slice(0, -1) + ',');
      tails.push('}');
    }
    if (e.act === 'fail') failures.push({ index: i, whole: e.whole === true, messages: ['failed ' + e.id] });
  });
  const reply = { kind: 'sealed', id: request.id, ok: true, heads: heads.join('\\n'), tails: tails.join('\\n'), failures };
  if (acts.includes('extra-head')) reply.heads += '\\n{';
  if (acts.includes('extra-tail')) reply.tails += '\\n}';
  parentPort.postMessage(reply);
  if (acts.includes('exit-after')) setImmediate(() => process.exit(9));
}
parentPort.on('message', (request) => {
  if (held !== undefined) {
    if (request.kind === 'init') channel.postMessage({ held: threadId });
    held.push(request);
    return;
  }
  handle(request);
});
`,
);
const fake = { url: pathToFileURL(FAKE), typescript: false };

// The helpers of fixtures/pool.ts, here without its imports: Stryker imports this file again for
// every mutant, and the ledger verifier and the redactor's name lists take seconds to load on a
// busy machine. The built-in redactor is imported only by the tests that use it.
/** Resolves when every thread of the next pool has loaded (until then the host seals). */
function workerReady(): Promise<void> {
  return new Promise((resolve) => {
    sealingWorkerTestHooks.onReady = () => {
      delete sealingWorkerTestHooks.onReady;
      resolve();
    };
  });
}
/** A session name whose memory key goes to thread `shard` of `count`. */
function sessionOn(shard: number, count: number, prefix: string): string {
  for (let i = 0; ; i++) if (shardOfKey(memoryKey(`${prefix}-${i}`, undefined) as string, count) === shard) return `${prefix}-${i}`;
}
/** The built-in redactor with the pool tests' fixed pseudonym key, and `options`. */
async function builtIn(options: Record<string, unknown> = {}): Promise<Redactor> {
  const [{ createRedactor }, { createKeyring }] = await Promise.all([import('../redaction/redactor.js'), import('../redaction/keys.js')]);
  return createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(5)]), ...options });
}

/** A redactor's internals for the fake worker (which ignores the recipe). */
const internals = (recipe: () => unknown = () => ({ options: {}, keys: [], activeId: 'k' })): RedactorInternals =>
  ({ recipe, memoryOf: () => [], loadMemory: () => undefined }) as unknown as RedactorInternals;

const P0 = '00'.repeat(32);
const leafHex = (text: string): string => createHash('sha256').update(Buffer.of(0)).update(text, 'utf8').digest('hex');
type Line = { id: string; hash: string; prev: string; thread?: number; request?: number; memory?: string[] | null; nice?: number | null; media?: number | null; big?: string };

/** A draft whose event the fake worker reads (`session`, `trace`, `act`, `big`, `whole`). */
function draft(id: string, extra: Record<string, unknown> = {}, media?: unknown[]): DraftEvent {
  const d = { event: { id, ...extra } as unknown as UnsealedEvent, capture: 'redacted', problems: [] } as unknown as DraftEvent;
  if (media !== undefined) (d as { media?: unknown[] }).media = media;
  return d;
}

let opened: SealingPool[] = [];
let created: Worker[] = [];
const exits = new Map<Worker, Promise<unknown>>();
const onWorker = (worker: Worker): void => {
  created.push(worker);
  exits.set(worker, new Promise((resolve) => worker.once('exit', resolve)));
};
/** Resolves once a worker has exited and the pool has heard it (listened to from its start, so no exit is missed). */
const exited = (worker: Worker | undefined): Promise<unknown> => exits.get(worker as Worker) as Promise<unknown>;
beforeEach(() => {
  opened = [];
  created = [];
  slicing.calls = 0;
  slicing.onPause = undefined;
  slicing.fail = undefined;
  platform.lowered = [];
  process.on('worker', onWorker);
});
afterEach(async () => {
  vi.useRealTimers();
  process.off('worker', onWorker);
  delete process.env.AA_PIPELINE_HOLD;
  delete sealingWorkerTestHooks.entry;
  delete sealingWorkerTestHooks.onReady;
  delete sealingWorkerTestHooks.onDraft;
  await Promise.all(opened.map((p) => p.close()));
});

function pool(threads = 2, timeoutMs = 60_000, nice = 10, own: RedactorInternals = internals()): SealingPool {
  const p = new SealingPool(own, fake, timeoutMs, threads, nice);
  opened.push(p);
  return p;
}

/** Starts every thread and waits until all are ready (the pool then takes every batch). */
async function warm(p: SealingPool): Promise<void> {
  const ready = workerReady();
  expect(p.ready()).toBe(false);
  await ready;
  expect(p.ready()).toBe(true);
}

/** Waits for a batch to settle (failing the test after 20 s, never a timing assumption). */
async function settled(entry: InFlight): Promise<InFlight> {
  let bound: NodeJS.Timeout | undefined;
  await Promise.race([entry.done, new Promise((_, reject) => (bound = setTimeout(() => reject(new Error('the batch never settled')), 20_000)))]);
  clearTimeout(bound);
  return entry;
}

/**
 * A batch sealed as the worker gave it: each line is `{"hash":H,` + the worker's bytes after `{`
 * with `prev` spliced in, H the RFC 6962 leaf of those bytes, each event chained from the one
 * before, starting at `prev`; the parsed event is read from the line once. Returns the lines.
 */
function chained(result: SealedBatch | undefined, prev: string): Line[] {
  expect(result).toBeDefined();
  const out: Line[] = [];
  for (const record of (result as SealedBatch).records) {
    const event = record.event as unknown as Line;
    expect(record.event).toBe(event);
    expect(event).toStrictEqual(JSON.parse(record.line));
    const start = `{"hash":"${event.hash}",`;
    expect(record.line.startsWith(start)).toBe(true);
    const text = `{${record.line.slice(start.length)}`;
    expect(text).toContain(`"prev":"${prev}"`);
    expect(event.prev).toBe(prev);
    expect(leafHex(text)).toBe(event.hash);
    expect(Buffer.from(record.leaf).toString('hex')).toBe(event.hash);
    prev = event.hash;
    out.push(event);
  }
  expect((result as SealedBatch).lastHash).toBe(prev);
  return out;
}

/** Handles that keep the process alive and are message ports: a worker thread counts while it is ref()'d. */
const refs = (): number => process.getActiveResourcesInfo().filter((r) => r === 'MessagePort').length;

describe('shardOfKey', () => {
  it('is FNV-1a 32 of the key modulo the shard count', () => {
    // Published FNV-1a 32 values.
    expect(shardOfKey('', 2 ** 32)).toBe(0x811c9dc5);
    expect(shardOfKey('a', 2 ** 32)).toBe(0xe40c292c);
    expect(shardOfKey('foobar', 2 ** 32)).toBe(0xbf9cf968);
    expect(shardOfKey('foobar', 7)).toBe(0xbf9cf968 % 7);
    expect(shardOfKey('foobar', 1)).toBe(0);
  });
});

describe('createSealingPool', () => {
  it('gives no pool for a redactor that cannot be rebuilt in a worker (a user\'s own, custom detectors)', async () => {
    const own: Redactor = { redact: (event) => ({ event }) } as Redactor;
    expect(createSealingPool(own)).toBeUndefined();
    const custom = await builtIn({ detectors: [{ name: 'x', classes: ['x'], detect: () => [] }] });
    expect(createSealingPool(custom)).toBeUndefined();
    const pool = createSealingPool(await builtIn());
    expect(pool).toBeInstanceOf(SealingPool);
    opened.push(pool as SealingPool);
  });

  it('gives no pool when the worker\'s entry is missing (a bundle that left it out)', async () => {
    const redactor = await builtIn();
    entry.gone = true;
    try {
      expect(createSealingPool(redactor)).toBeUndefined();
    } finally {
      entry.gone = false;
    }
  });

  it('runs 2 threads by default, 1 on a one-core machine, else the number asked (1 to 16)', async () => {
    const redactor = await builtIn();
    const threadsOf = (options: { threads?: number }): number => {
      const p = createSealingPool(redactor, options) as SealingPool;
      opened.push(p);
      return p.threads;
    };
    try {
      for (const [n, expected] of [[1, 1], [2, 2], [8, 2]] as const) {
        cores.n = n;
        expect(threadsOf({})).toBe(expected);
      }
    } finally {
      cores.n = 4;
    }
    for (const [asked, expected] of [[3, 3], [1, 1], [0, 1], [-2, 1], [Number.NaN, 1], [2.9, 2], [16, 16], [40, 16]] as const) expect(threadsOf({ threads: asked })).toBe(expected);
  });

  it('starts its threads at nice 10 by default, else at the integer asked within 0 to 19', async () => {
    const redactor = await builtIn();
    for (const [asked, expected] of [[undefined, 10], [3, 3], [0, 0], [-4, 0], [30, 19], [2.5, 10]] as const) {
      sealingWorkerTestHooks.entry = fake;
      const p = createSealingPool(redactor, { threads: 1, nice: asked }) as SealingPool;
      opened.push(p);
      const entry = await settled(p.send([draft('n')], P0));
      expect(chained(entry.result, P0)[0]?.nice).toBe(expected);
    }
  });

  it('waits 60 s for a batch by default, else the time asked; then the worker is stopped and the batch handed back', async () => {
    for (const [asked, ms] of [[undefined, 60_000], [1000, 1000]] as const) {
      sealingWorkerTestHooks.entry = fake;
      const p = createSealingPool(await builtIn(), { threads: 1, timeoutMs: asked }) as SealingPool;
      opened.push(p);
      await warm(p);
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const entry = p.send([draft('h1', { act: 'hang' }), draft('h2')], P0);
      vi.advanceTimersByTime(ms - 1);
      expect(entry.error).toBeUndefined();
      vi.advanceTimersByTime(1);
      // A batch sent at once goes to a new thread; the stopped one's exit, heard later, is no failure of it.
      const stopped = created.at(-1);
      const next = p.send([draft('n1')], P0);
      vi.useRealTimers();
      await settled(entry);
      expect(entry.error?.message).toBe(`the sealing worker took more than ${ms} ms for a batch of 2 events`);
      expect(p.lastError).toBe(entry.error);
      await exited(stopped);
      await settled(next);
      expect(next.error).toBeUndefined();
      chained(next.result, P0);
      expect(p.running).toBe(true);
      expect(created.at(-1)).not.toBe(stopped);
    }
  });
});

describe('sealing pool: routing and order', () => {
  it('seals batches in the order sent, each chained from the one before it, whatever prev later sends give', async () => {
    const p = pool(2);
    await warm(p);
    const a0 = sessionOn(0, 2, 'r');
    const a1 = sessionOn(1, 2, 'r');
    const sent = [
      p.send([draft('a', { session: a1 }), draft('b', { session: a0 }), draft('c', { session: a1 })], P0),
      p.send([draft('d', { session: a0 })], 'ee'.repeat(32)),
      p.send([draft('e', { session: a1 }), draft('f', { session: a0 })], 'ff'.repeat(32)),
    ];
    let prev = P0;
    const ids: string[] = [];
    for (const entry of sent) {
      await settled(entry);
      expect(entry.error).toBeUndefined();
      for (const line of chained(entry.result, prev)) ids.push(line.id);
      prev = (entry.result as SealedBatch).lastHash;
    }
    expect(ids).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    // A batch sent after all earlier ones were sealed chains from the last of them too.
    const later = await settled(p.send([draft('g', { session: a0 })], '11'.repeat(32)));
    expect(chained(later.result, prev).map((l) => l.id)).toEqual(['g']);
    expect(created).toHaveLength(2);
  });

  it('rechain(): with no batch out the next batch chains from the prev it is sent with; with a batch out, nothing changes', async () => {
    const p = pool(2);
    await warm(p);
    const first = p.send([draft('a'), draft('b')], P0);
    // A batch is out: the chain stays as it is.
    p.rechain();
    await settled(first);
    expect(chained(first.result, P0).map((l) => l.id)).toEqual(['a', 'b']);
    // Nothing out: the auditor sealed events itself; the next batch chains from what it gives.
    p.rechain();
    const given = '22'.repeat(32);
    const next = await settled(p.send([draft('c')], given));
    expect(chained(next.result, given).map((l) => l.id)).toEqual(['c']);
  });

  it('sends each session to one thread, else each trace, and events with neither to the threads in turn', async () => {
    const p = pool(2);
    await warm(p);
    const [t0, t1] = created.map((w) => w.threadId);
    const trace = (id: string) => ({ traceId: id, spanId: 'cd'.repeat(8) });
    let on0 = '';
    let on1 = '';
    for (let i = 0; (on0 === '' || on1 === '') && i < 100; i++) {
      const id = i.toString(16).padStart(32, '0');
      if (shardOfKey(`t\u0000${id}`, 2) === 0) on0 ||= id;
      else on1 ||= id;
    }
    const drafts = [
      draft('s0', { session: sessionOn(0, 2, 'q') }),
      draft('s1', { session: sessionOn(1, 2, 'q') }),
      draft('t0', { trace: trace(on0) }),
      draft('t1', { trace: trace(on1) }),
      draft('st', { session: sessionOn(1, 2, 'q'), trace: trace(on0) }),
      draft('n0'),
      draft('n1'),
      draft('n2'),
      draft('e0', { session: '', trace: trace(on1) }),
    ];
    const entry = await settled(p.send(drafts, P0));
    const thread = Object.fromEntries(chained(entry.result, P0).map((l) => [l.id, l.thread]));
    expect(thread).toEqual({ s0: t0, s1: t1, t0: t0, t1: t1, st: t1, n0: t0, n1: t1, n2: t0, e0: t1 });
  });

  it('hands each event\'s pending media to the worker', async () => {
    const p = pool(1);
    await warm(p);
    const media = [{ summary: { mimeType: 'image/png', bytes: 3, sha256: '' }, base64: 'AAAA' }];
    const entry = await settled(p.send([draft('m', {}, media), draft('plain')], P0));
    expect(chained(entry.result, P0).map((l) => l.media)).toEqual([1, null]);
  });

  it('gives each redaction failure the event\'s index in the batch, in batch order, from several threads', async () => {
    const p = pool(2);
    await warm(p);
    const s0 = sessionOn(0, 2, 'f');
    const s1 = sessionOn(1, 2, 'f');
    const drafts = [
      draft('x0', { session: s0 }),
      draft('x1', { session: s1, act: 'fail', whole: true }),
      draft('x2', { session: s0, act: 'fail' }),
      draft('x3', { session: s1 }),
      draft('x4', { session: s1, act: 'fail' }),
      draft('x5', { session: s0, act: 'fail', whole: true }),
    ];
    const entry = await settled(p.send(drafts, P0));
    chained(entry.result, P0);
    expect(entry.result?.failures).toStrictEqual([
      { index: 1, whole: true, messages: ['failed x1'] },
      { index: 2, whole: false, messages: ['failed x2'] },
      { index: 4, whole: false, messages: ['failed x4'] },
      { index: 5, whole: true, messages: ['failed x5'] },
    ]);
    const clean = await settled(p.send([draft('y0', { session: s0 }), draft('y1', { session: s1 })], P0));
    expect(clean.result?.failures).toStrictEqual([]);
  });

  it('hands the memory learned during warm-up to each thread with its own first batch only, asking for it only while a thread is unfed', async () => {
    const p = pool(2);
    await warm(p);
    const s0 = sessionOn(0, 2, 'm');
    const s1 = sessionOn(1, 2, 'm');
    const s0b = sessionOn(0, 2, 'mb');
    const learned: MemorySnapshot = [
      { key: `s\u0000${s1}`, values: [] },
      { key: `s\u0000${s0}`, values: [] },
      { key: `s\u0000${s0b}`, values: [] },
    ];
    let asked = 0;
    // As the auditor's takeHandover(): what was learned, once.
    const memory = (): MemorySnapshot => (asked++ === 0 ? learned : []);
    const first = await settled(p.send([draft('a', { session: s0 })], P0, memory));
    expect(chained(first.result, P0).map((l) => l.memory)).toEqual([[`s\u0000${s0}`, `s\u0000${s0b}`]]);
    const second = await settled(p.send([draft('b', { session: s0 }), draft('c', { session: s1 })], P0, memory));
    expect(chained(second.result, first.result?.lastHash as string).map((l) => l.memory)).toEqual([null, [`s\u0000${s1}`]]);
    expect(asked).toBe(2);
    const third = await settled(p.send([draft('d', { session: s0 }), draft('e', { session: s1 })], P0, memory));
    expect(chained(third.result, second.result?.lastHash as string).map((l) => l.memory)).toEqual([null, null]);
    expect(asked).toBe(2);
  });
});

describe('sealing pool: readiness', () => {
  it('is ready once every thread is, tells the test hook once per warm-up, and takes batches behind a restarted thread', async () => {
    process.env.AA_PIPELINE_HOLD = '1';
    const channel = new BroadcastChannel(CHANNEL);
    try {
      const held = new Set<number>();
      let heldAll!: () => void;
      const allHeld = new Promise<void>((resolve) => (heldAll = resolve));
      channel.onmessage = (message: unknown) => {
        held.add((message as { data: { held: number } }).data.held);
        if (held.size === 2) heldAll();
      };
      let readyCalls = 0;
      const p = pool(2);
      expect(p.running).toBe(false);
      expect(p.ready()).toBe(false);
      delete process.env.AA_PIPELINE_HOLD;
      sealingWorkerTestHooks.onReady = () => readyCalls++;
      expect(p.running).toBe(true);
      expect(p.ready()).toBe(false);
      await allHeld;
      const [w0, w1] = created as [Worker, Worker];
      channel.postMessage({ release: w0.threadId });
      await once(w0, 'message');
      expect(p.ready()).toBe(false);
      expect(readyCalls).toBe(0);
      channel.postMessage({ release: w1.threadId });
      await once(w1, 'message');
      expect(readyCalls).toBe(1);
      expect(p.ready()).toBe(true);
      expect(created).toHaveLength(2);
      // Thread 0 exits with a batch in its hands: thread 1 keeps running.
      const failed = await settled(p.send([draft('x', { session: sessionOn(0, 2, 'w'), act: 'exit' })], P0));
      expect(failed.error?.message).toBe('the sealing worker exited with code 7');
      expect(p.running).toBe(true);
      // Still ready: a batch for thread 0 waits behind its restart, and the hook is told again.
      expect(p.ready()).toBe(true);
      const ready = new Promise<void>((resolve) => (sealingWorkerTestHooks.onReady = () => (readyCalls++, resolve())));
      const entry = await settled(p.send([draft('y', { session: sessionOn(0, 2, 'w') })], P0));
      chained(entry.result, P0);
      await ready;
      expect(readyCalls).toBe(2);
      expect(created).toHaveLength(3);
    } finally {
      channel.close();
    }
  });

  it('a redactor that cannot be sent to a worker: not ready, not usable, the reason kept', () => {
    const p = pool(2, 60_000, 10, internals(() => undefined));
    expect(p.ready()).toBe(false);
    expect(p.usable).toBe(false);
    expect(p.lastError?.message).toBe('this redactor cannot run in a worker');
    expect(created).toHaveLength(0);
    const thrown = pool(1, 60_000, 10, internals(() => {
      throw 'no recipe';
    }));
    expect(thrown.ready()).toBe(false);
    expect(thrown.lastError).toBeInstanceOf(Error);
    expect(thrown.lastError?.message).toBe('no recipe');
  });

  it('a redactor found not to run in a worker when a batch is sent: the batch is handed back and the pool is no longer usable', async () => {
    const p = pool(1, 60_000, 10, internals(() => undefined));
    const entry = await settled(p.send([draft('a')], P0));
    expect(entry.error?.message).toBe('this redactor cannot run in a worker');
    expect(p.usable).toBe(false);
    expect(created).toHaveLength(0);
  });

  it('a batch that cannot be started or sent is handed back at once, and what was sent of it is forgotten', async () => {
    const refused = pool(1, 60_000, 10, internals(() => {
      throw 'no recipe';
    }));
    const entry = await settled(refused.send([draft('a')], P0));
    expect(entry.error).toBeInstanceOf(Error);
    expect(entry.error?.message).toBe('no recipe');

    const base = refs();
    const p = pool(2);
    await warm(p);
    const s0 = sessionOn(0, 2, 'c');
    const s1 = sessionOn(1, 2, 'c');
    const first = await settled(p.send([draft('w0', { session: s0 }), draft('w1', { session: s1 })], P0));
    expect(refs()).toBe(base);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // Sent in the same turn: the first batch is still in thread 0's hands when the second fails.
    const before = p.send([draft('b', { session: s0 })], P0);
    const bad = p.send([draft('c', { session: s0 }), draft('d', { session: s1, notCloneable: () => 1 })], P0);
    expect(bad.error?.name).toBe('DataCloneError');
    await settled(bad);
    await settled(before);
    chained(before.result, (first.result as SealedBatch).lastHash);
    expect(vi.getTimerCount()).toBe(0);
    expect(refs()).toBe(base);
    // Thread 0 answers the forgotten part too; the pool goes on.
    const after = await settled(p.send([draft('e', { session: s0 }), draft('f', { session: s1 })], P0));
    expect(chained(after.result, (before.result as SealedBatch).lastHash).map((l) => l.id)).toEqual(['e', 'f']);
    expect(vi.getTimerCount()).toBe(0);
    expect(p.lastError).toBeUndefined();
  });
});

describe('sealing pool: failures', () => {
  it('a thread that exits with batches in its hands: every unsealed batch is handed back, in order; the next chains from the last sealed one', async () => {
    const p = pool(2);
    await warm(p);
    const s0 = sessionOn(0, 2, 'e');
    const s1 = sessionOn(1, 2, 'e');
    const first = await settled(p.send([draft('a', { session: s0 }), draft('b', { session: s1 })], P0));
    const head = (first.result as SealedBatch).lastHash;
    const crash = p.send([draft('c', { session: s1 }), draft('d', { session: s0, act: 'exit' })], head);
    const behind = p.send([draft('e', { session: s1 })], head);
    await settled(crash);
    await settled(behind);
    expect(crash.error?.message).toBe('the sealing worker exited with code 7');
    expect(behind.error).toBe(crash.error);
    expect(crash.result).toBeUndefined();
    expect(p.lastError).toBe(crash.error);
    expect(p.usable).toBe(true);
    expect(created[1]?.threadId).toBeGreaterThan(0);
    const next = await settled(p.send([draft('c', { session: s1 }), draft('d', { session: s0 })], 'ab'.repeat(32)));
    expect(chained(next.result, head).map((l) => l.id)).toEqual(['c', 'd']);
  });

  it('an uncaught error in a thread: the batches go back with that error', async () => {
    const p = pool(1);
    await warm(p);
    const entry = await settled(p.send([draft('a', { act: 'throw' })], P0));
    expect(entry.error?.message).toBe('the fake sealer threw');
    expect(p.lastError).toBe(entry.error);
  });

  for (const [act, message] of [
    ['refuse', 'the sealing worker failed: no redactor here'],
    ['extra-head', 'the sealing worker answered 3 events for 2'],
    ['extra-tail', 'the sealing worker answered 2 events for 2'],
  ] as const) {
    it(`an answer that is refused or miscounted (${act}): the batch goes back and the thread is stopped`, async () => {
      const p = pool(1);
      await warm(p);
      const entry = await settled(p.send([draft('a', { act }), draft('b')], P0));
      expect(entry.error?.message).toBe(message);
      expect(entry.result).toBeUndefined();
      expect(p.running).toBe(false);
      await exited(created[0]);
    });
  }

  it('three failures with batches in hand disable the pool; exits with nothing in hand do not count', async () => {
    const p = pool(1);
    await warm(p);
    for (let i = 0; i < 3; i++) {
      const entry = await settled(p.send([draft(`q${i}`, { act: 'exit-after' })], P0));
      expect(entry.error).toBeUndefined();
      await exited(created.at(-1));
      expect(p.running).toBe(false);
    }
    expect(p.lastError).toBeUndefined();
    expect(p.usable).toBe(true);
    for (let i = 0; i < 3; i++) {
      expect(p.usable).toBe(true);
      const entry = await settled(p.send([draft(`x${i}`, { act: 'exit' })], P0));
      expect(entry.error?.message).toBe('the sealing worker exited with code 7');
    }
    expect(p.usable).toBe(false);
    expect(p.ready()).toBe(false);
    const count = created.length;
    const refused = await settled(p.send([draft('z')], P0));
    expect(refused.error?.message).toBe('the sealing worker is stopped');
    expect(created).toHaveLength(count);
  });

  it('leaves no timer behind and keeps the process alive only while a batch is in a thread\'s hands', async () => {
    const base = refs();
    const p = pool(2);
    await warm(p);
    const s0 = sessionOn(0, 2, 't');
    const s1 = sessionOn(1, 2, 't');
    // (A first batch to each thread first, so that every count below starts from idle threads.)
    await settled(p.send([draft('w0', { session: s0 }), draft('w1', { session: s1 })], P0));
    expect(refs()).toBe(base);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const done = p.send([draft('a', { session: s0 }), draft('b', { session: s1 })], P0);
    expect(vi.getTimerCount()).toBe(2);
    expect(refs()).toBe(base + 2);
    await settled(done);
    expect(vi.getTimerCount()).toBe(0);
    expect(refs()).toBe(base);
    // Two batches with thread 1: it answers the first and keeps the second.
    const answered = p.send([draft('c', { session: s1 })], P0);
    const kept = p.send([draft('d', { session: s1, act: 'hang' })], P0);
    await once(created[1] as Worker, 'message');
    expect(answered.result).toBeDefined();
    expect(vi.getTimerCount()).toBe(1);
    expect(refs()).toBe(base + 1);
    // Thread 0 exits with a batch in hand: thread 1's timer goes with the batches handed back.
    const crash = p.send([draft('e', { session: s0, act: 'exit' })], P0);
    await settled(crash);
    expect(kept.error).toBe(crash.error);
    expect(vi.getTimerCount()).toBe(0);
    expect(refs()).toBe(base);
  });

  it('a hash that throws hands every batch back with the error', async () => {
    const p = pool(1);
    await warm(p);
    slicing.fail = 'hash broke';
    const big = 'x'.repeat(300_000);
    const entry = p.send([draft('a', { big })], P0);
    const behind = p.send([draft('b')], P0);
    await settled(entry);
    await settled(behind);
    expect(entry.error).toBeInstanceOf(Error);
    expect(entry.error?.message).toBe('hash broke');
    expect(behind.error).toBe(entry.error);
    slicing.fail = undefined;
    const next = await settled(p.send([draft('c')], P0));
    chained(next.result, P0);
  });
});

describe('sealing pool: the host process', () => {
  // start() unrefs the thread after adding its listeners (adding a 'message' listener refs the
  // port again on Node 20): a program that records a few events and never calls close() exits.
  it('a ready thread that has had no batch yet does not keep the process alive', async () => {
    const base = refs();
    const p = pool(2);
    await warm(p);
    expect(refs()).toBe(base);
  });
});

describe('sealing pool: events hashed on the host in slices', () => {
  it('hashes an event of more than 256 Ki characters in slices, and one of exactly 256 Ki at once', async () => {
    const p = pool(1);
    await warm(p);
    // {"id":"<id>", + "prev":… + ,"big":"<big>"}: 19 characters around the id and the big string.
    const exactly = 'y'.repeat(256 * 1024 - 19 - 1);
    const small = await settled(p.send([draft('a', { big: exactly }), draft('b')], P0));
    expect(chained(small.result, P0).map((l) => l.big?.length)).toEqual([exactly.length, undefined]);
    expect(slicing.calls).toBe(0);
    const big = await settled(p.send([draft('c', { big: `${exactly}y` }), draft('d', { big: 'é😀'.repeat(100_000) })], P0));
    expect(chained(big.result, (small.result as SealedBatch).lastHash).map((l) => l.id)).toEqual(['c', 'd']);
    expect(slicing.calls).toBe(2);
  });

  it('a batch answered while an earlier one is hashed in slices is sealed after it, once', async () => {
    const p = pool(1);
    await warm(p);
    const worker = created[0] as Worker;
    slicing.onPause = async () => {
      // The second batch's answer comes in while the first is hashed.
      await once(worker, 'message');
    };
    const first = p.send([draft('a', { big: 'z'.repeat(300_000) }), draft('b')], P0);
    const second = p.send([draft('c')], P0);
    await settled(first);
    await settled(second);
    const lines = chained(first.result, P0);
    expect(chained(second.result, lines.at(-1)?.hash as string).map((l) => l.id)).toEqual(['c']);
    expect(slicing.calls).toBe(1);
  });

  it('a failure while a batch is hashed in slices: that batch is handed back, not sealed, and the next chains from the last batch sealed', async () => {
    const p = pool(2);
    await warm(p);
    const [w0, w1] = created as [Worker, Worker];
    const s0 = sessionOn(0, 2, 'g');
    const s1 = sessionOn(1, 2, 'g');
    const sealed = await settled(p.send([draft('a', { session: s0 })], P0));
    const head = (sealed.result as SealedBatch).lastHash;
    let crash!: InFlight;
    let after!: InFlight;
    slicing.onPause = async () => {
      // Thread 1 exits with a batch in hand while the host hashes the big event...
      crash = p.send([draft('c', { session: s1, act: 'exit' })], head);
      await exited(w1);
      // ...and a new batch is answered by thread 0 before the hashing goes on.
      after = p.send([draft('d', { session: s0 })], head);
      await once(w0, 'message');
    };
    const hashed = p.send([draft('b', { session: s0, big: 'z'.repeat(300_000) })], head);
    await settled(hashed);
    expect(hashed.error?.message).toBe('the sealing worker exited with code 7');
    expect(crash.error).toBe(hashed.error);
    await settled(after);
    expect(hashed.result).toBeUndefined();
    expect(chained(after.result, head).map((l) => l.id)).toEqual(['d']);
  });
});

describe('sealing pool: close()', () => {
  it('stops every thread before it resolves, hands back the batches out, and refuses later ones; threads never started are fine', async () => {
    const p = pool(3);
    const started = new Promise((resolve) => process.once('worker', resolve));
    const entry = p.send([draft('a', { session: sessionOn(0, 3, 'z'), act: 'hang' })], P0);
    await started;
    expect(created).toHaveLength(1);
    await p.close();
    expect(created[0]?.threadId).toBe(-1);
    await settled(entry);
    expect(entry.error?.message).toBe('the sealing worker was stopped');
    // Stopping is no failure: it is not counted and not reported as the last one.
    expect(p.lastError).toBeUndefined();
    expect(p.usable).toBe(false);
    expect(p.running).toBe(false);
    expect(p.ready()).toBe(false);
    const late = await settled(p.send([draft('b')], P0));
    expect(late.error?.message).toBe('the sealing worker is stopped');
    expect(created).toHaveLength(1);

    const q = pool(2);
    await warm(q);
    await q.close();
    expect(created.slice(1).map((w) => w.threadId)).toEqual([-1, -1]);
  });
});

describe('sealing pool: the real worker entry', () => {
  it('runs the TypeScript entry through its loader and seals redacted events', async () => {
    const p = createSealingPool(await builtIn(), { threads: 1 }) as SealingPool;
    opened.push(p);
    await warm(p);
    const event = { v: 1, id: '01ARZ3NDEKTSV4RRFFQ69G5FAV', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'message.user', agent: { id: 'a' }, source: 'app', content: { input: 'mail zq@example.org' } };
    const entry = await settled(p.send([{ event: event as unknown as UnsealedEvent, capture: 'redacted', problems: [] } as unknown as DraftEvent], P0));
    expect(entry.error).toBeUndefined();
    const record = (entry.result as SealedBatch).records[0];
    expect(record?.line).not.toContain('zq@example.org');
    expect(record?.event.prev).toBe(P0);
    expect(leafHex(`{${record?.line.slice(75)}`)).toBe(record?.event.hash);
  });
});

describe('sealing pool: how a draft crosses, a large line as pieces, V8\'s platform threads (82178fc, dee6c1c)', () => {
  it('posts a draft of 1,000 values or more and no media as JSON text, any other as the event itself; each sealed the same', async () => {
    const p = pool(1);
    await warm(p);
    const posted: Array<{ event?: unknown; eventJson?: string; media?: unknown[] }> = [];
    sealingWorkerTestHooks.onDraft = (d) => posted.push(d);
    const withValues = (id: string, values: number | undefined, media?: unknown[]): DraftEvent => {
      const d = draft(id, { n: 'é😀' }, media);
      if (values !== undefined) d.values = values;
      return d;
    };
    const cut = withValues('cut', 2000);
    cut.cutAfterRedaction = 10;
    cut.maxStoredChars = 100;
    const batch = [withValues('few', 999), withValues('many', 1000), withValues('media', 5000, [{ at: 'x' }]), withValues('unknown', undefined), cut];
    const entry = await settled(p.send(batch, P0));
    expect(chained(entry.result, P0).map((l) => [l.id, l.media])).toEqual([['few', null], ['many', null], ['media', 1], ['unknown', null], ['cut', null]]);
    expect(posted.map((d) => (d.eventJson !== undefined ? 'json' : 'clone'))).toEqual(['clone', 'json', 'clone', 'clone', 'json']);
    // Only what the draft has: no member left undefined.
    expect(posted[1]).toStrictEqual({ eventJson: JSON.stringify(batch[1]?.event), capture: 'redacted' });
    expect(posted[4]).toStrictEqual({ eventJson: JSON.stringify(cut.event), capture: 'redacted', cutAfterRedaction: 10, maxStoredChars: 100 });
    expect(posted[0]?.event).toBe(batch[0]?.event);
    expect(posted[0]?.eventJson).toBeUndefined();
  });

  it('a record hashed in slices keeps its line as pieces (the file ledger writes them unjoined); a small one as two: `{"hash":…,` and the text', async () => {
    const p = pool(1);
    await warm(p);
    const big = 'é😀'.repeat(100_000);
    const entry = await settled(p.send([draft('a', { big }), draft('b')], P0));
    const lines = chained(entry.result, P0);
    expect(lines.map((l) => l.big?.length)).toEqual([big.length, undefined]);
    const [large, small] = (entry.result as SealedBatch).records;
    expect(large?.pieces?.join('')).toBe(large?.line);
    expect(large?.pieces?.length).toBe(4);
    expect(large?.pieces?.[0]).toBe(`{"hash":"${lines[0]?.hash}",`);
    expect(small?.pieces).toEqual([`{"hash":"${lines[1]?.hash}",`, (small?.line as string).slice(75)]);
    expect(small?.pieces?.join('')).toBe(small?.line);
  });

  it('lowers V8\'s platform threads to the pool\'s nice value when a thread starts, unless told not to', async () => {
    await warm(pool(1, 60_000, 7));
    expect(platform.lowered).toEqual([7]);
    platform.lowered = [];
    const off = new SealingPool(internals(), fake, 60_000, 1, 7, false);
    opened.push(off);
    await warm(off);
    expect(platform.lowered).toEqual([]);
    const redactor = await builtIn();
    for (const [nicePlatformThreads, expected] of [[undefined, [4]], [true, [4]], [false, []]] as const) {
      platform.lowered = [];
      sealingWorkerTestHooks.entry = fake;
      const q = createSealingPool(redactor, { threads: 1, nice: 4, ...(nicePlatformThreads === undefined ? {} : { nicePlatformThreads }) }) as SealingPool;
      opened.push(q);
      await warm(q);
      expect(platform.lowered).toEqual(expected);
    }
  });
});
