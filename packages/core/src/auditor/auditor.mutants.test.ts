// The auditor itself (issue 13, from surviving mutants of auditor.ts): its options and defaults,
// what record() gives back and what reaches the ledger (the chain, the notices, gaps, the error
// events it writes about itself), what it tells onError and in which words, the redaction paths
// on the host's thread (a throwing, slow, empty or partly failing redactor; large events handed to
// the offload), the sealing pool's batches (warm-up, in-flight bound, answers, failures handed
// back in order), the ledger's retries and their backoff, and what flush(), recordDurable() and
// close() settle to. The sealing pool and the offload are fakes (vi.mock below) driven by each
// test, so nothing waits on a thread; time is faked where a retry's backoff matters.
import { hostname } from 'node:os';
import { afterEach, beforeEach, describe, expect, it, vi, beforeAll, afterAll } from 'vitest';
import { createAuditor, type AuditorOptions } from './auditor.js';
import { memoryLedger, fixedClock, type MemoryLedger } from '../test.js';
import { sealEvent } from './seal.js';
import { offloadedMembers, OffloadTimeoutError } from './offload.js';
import type { InFlight } from './pipeline.js';
import type { DraftEvent } from './shape.js';
import type { SealFailure } from './redaction-worker.js';
import { AuditError, KeyError, LedgerError, RecordError } from '../spec/errors.js';
import { GENESIS_HASH, type UnsealedEvent } from '../spec/event.js';
import type { RedactionResult, Redactor } from '../spec/redactor.js';
import type { LedgerSink, SealedRecord } from '../spec/sink.js';
import { byRegion } from '../regions/regions.js';
import { attachInternals } from '../redaction/internals.js';
import { sealingWorkerTestHooks as poolStartHooks } from './pipeline.js';

// These tests are about the pool: its threads start with the first event (by default after 256).
beforeAll(() => {
  poolStartHooks.startAfterEvents = 0;
});
afterAll(() => {
  delete poolStartHooks.startAfterEvents;
});

// The sealing pool and the offload the auditor creates: whatever the running test installs.
const fakes = vi.hoisted(() => ({
  pool: undefined as undefined | ((redactor: unknown, options: unknown) => unknown),
  offload: undefined as undefined | ((redactor: unknown, options: unknown) => unknown),
  poolOptions: [] as unknown[],
  offloadOptions: [] as unknown[],
}));
vi.mock('./pipeline.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./pipeline.js')>();
  return {
    ...actual,
    createSealingPool: (redactor: unknown, options: unknown) => {
      fakes.poolOptions.push(options);
      return fakes.pool?.(redactor, options);
    },
  };
});
// shapeEvent() never throws; the auditor still fills a seq it took if it ever did.
const shaping = vi.hoisted(() => ({ fail: undefined as unknown }));
vi.mock('./shape.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./shape.js')>();
  return {
    ...actual,
    shapeEvent: (...args: Parameters<typeof actual.shapeEvent>) => {
      if (shaping.fail !== undefined) throw shaping.fail;
      return actual.shapeEvent(...args);
    },
  };
});
// Each event sealed on the host's thread, observed (the slices of the sealing loop).
const sealing = vi.hoisted(() => ({ onSeal: undefined as undefined | ((event: { attrs?: Record<string, unknown> }) => void) }));
vi.mock('./seal.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./seal.js')>();
  return {
    ...actual,
    sealEvent: (...args: Parameters<typeof actual.sealEvent>) => {
      sealing.onSeal?.(args[0]);
      return actual.sealEvent(...args);
    },
  };
});
vi.mock('./offload.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./offload.js')>();
  return {
    ...actual,
    createRedactionOffload: (redactor: unknown, options: unknown) => {
      fakes.offloadOptions.push(options);
      return fakes.offload?.(redactor, options);
    },
  };
});

beforeEach(() => {
  fakes.pool = undefined;
  fakes.offload = undefined;
  fakes.poolOptions = [];
  fakes.offloadOptions = [];
  shaping.fail = undefined;
  sealing.onSeal = undefined;
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const agent = { id: 'bot' };
/** A redactor that keeps every event as it is. */
const keep: Redactor = { redact: (event) => ({ event }) };

/** Lets the auditor's setImmediate-driven pipeline run until `done()` holds (a bound, not a wait on time). */
async function until(done: () => boolean, turns = 2000): Promise<void> {
  for (let i = 0; i < turns && !done(); i++) await new Promise<void>((resolve) => setImmediate(resolve));
  if (!done()) throw new Error('condition never held');
}
async function turns(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

function make(extra: Partial<AuditorOptions> = {}, ledger: MemoryLedger = memoryLedger()) {
  const errors: Error[] = [];
  const auditor = createAuditor({ agent, sink: ledger, redactor: keep, onError: (e) => errors.push(e), clock: fixedClock(Date.UTC(2026, 0, 1), 1000), ...extra });
  return { auditor, ledger, errors, messages: () => errors.map((e) => e.message) };
}

/** A sealing pool the test drives: it seals each batch at send() (chained after the last one sent) and answers when told. */
class FakePool {
  usable = true;
  isReady = true;
  auto = true;
  closed = 0;
  readyWaits: number[] = [];
  whenReadyResult: Promise<void> = Promise.resolve();
  failures: SealFailure[][] = [];
  sent: Array<{ drafts: DraftEvent[]; prev: string; memory: unknown; entry: InFlight; records: SealedRecord[]; lastHash: string; settle: () => void }> = [];
  private chain: string | undefined;

  ready(): boolean {
    return this.isReady;
  }
  whenReady(ms: number): Promise<void> {
    this.readyWaits.push(ms);
    return this.whenReadyResult;
  }
  send(drafts: DraftEvent[], prev: string, memory?: () => unknown): InFlight {
    let p = this.chain ?? prev;
    const records = drafts.map((d) => {
      const record = sealEvent(d.event, p);
      p = record.event.hash;
      return record;
    });
    this.chain = p;
    let settle!: () => void;
    const done = new Promise<void>((resolve) => (settle = resolve));
    const entry: InFlight = { drafts, done };
    this.sent.push({ drafts, prev, memory: memory?.(), entry, records, lastHash: p, settle });
    if (this.auto) this.answer(this.sent.length - 1);
    return entry;
  }
  answer(index: number, failures: SealFailure[] = []): void {
    const s = this.sent[index];
    if (s === undefined) throw new Error(`no batch ${index}`);
    s.entry.result = { records: s.records, lastHash: s.lastHash, failures };
    s.settle();
  }
  fail(index: number, error: Error): void {
    const s = this.sent[index];
    if (s === undefined) throw new Error(`no batch ${index}`);
    s.entry.error = error;
    this.chain = undefined;
    s.settle();
  }
  close(): Promise<void> {
    this.closed++;
    return Promise.resolve();
  }
  rechained = 0;
  /** The host sealed events between the pool's batches: the next batch chains from the hash it is given. */
  rechain(): void {
    this.rechained++;
    this.chain = undefined;
  }
}

function installPool(pool = new FakePool()): FakePool {
  fakes.pool = () => pool;
  return pool;
}

/** An offload the test drives: wants events of at least `min` characters; answers with `answer`. */
class FakeOffload {
  closed = 0;
  asked: Array<{ event: UnsealedEvent; capture: unknown }> = [];
  answer: (event: UnsealedEvent) => Promise<RedactionResult> = async (event) => ({ event });
  constructor(readonly min = 1000) {}
  wants(chars: number): boolean {
    return chars >= this.min;
  }
  redact(event: UnsealedEvent, capture: unknown): Promise<RedactionResult> {
    this.asked.push({ event, capture });
    return this.answer(event);
  }
  close(): Promise<void> {
    this.closed++;
    return Promise.resolve();
  }
}

const big = (n = 2000) => ({ type: 'tool.call', tool: { name: 'big', arguments: { text: 'x'.repeat(n) } } });

describe('createAuditor options', () => {
  it('names what is wrong with the options, the agent, the stream and the depth limit', () => {
    const ledger = memoryLedger();
    expect(() => createAuditor(undefined as never)).toThrow('createAuditor needs options { agent, sink }; got undefined');
    expect(() => createAuditor({ agent: { id: 5 } as never, sink: ledger })).toThrow(
      'createAuditor: agent must be { id: string, name?, version?, region? } (region: lower-case letters, digits, -)',
    );
    expect(() => createAuditor({ agent, sink: ledger, stream: 'a/b' })).toThrow(`createAuditor: stream name "a/b" must match ${String(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/)}`);
    for (const stream of ['', '-a', 'a b', ' a', 'a ', 'é', 'a'.repeat(129)]) {
      expect(() => createAuditor({ agent, sink: memoryLedger(), stream }), stream).toThrow(AuditError);
    }
    for (const stream of ['a', 'A0._-z', 'a'.repeat(128), '9']) {
      expect(createAuditor({ agent, sink: memoryLedger(), stream, redactor: keep, redactionWorker: false }).stream).toBe(stream);
    }
    for (const maxDepth of [0, 129, 1.5, Number.NaN, 2 ** 60]) {
      expect(() => createAuditor({ agent, sink: memoryLedger(), limits: { maxDepth } }), String(maxDepth)).toThrow(
        `createAuditor: limits.maxDepth must be an integer from 1 to 128 (got ${JSON.stringify(maxDepth)}); verify refuses lines nested deeper than any event a writer writes`,
      );
    }
    for (const maxDepth of [1, 128]) expect(() => createAuditor({ agent, sink: memoryLedger(), redactor: keep, limits: { maxDepth } })).not.toThrow();
    for (const bad of [() => createAuditor({ agent, sink: ledger, stream: 'a/b' }), () => createAuditor({ agent: {} as never, sink: ledger }), () => createAuditor({ agent, sink: ledger, limits: { maxDepth: 0 } })]) {
      expect(bad).toThrow(expect.objectContaining({ code: 'invalid_options' }));
    }
  });

  it('opens nothing when the agent is refused, and the stream is the option, else the sink default, else the agent id', () => {
    const ledger = memoryLedger();
    const open = vi.spyOn(ledger, 'open');
    expect(() => createAuditor({ agent: {} as never, sink: ledger })).toThrow();
    expect(open).not.toHaveBeenCalled();
    expect(createAuditor({ agent, sink: memoryLedger(), redactor: keep }).stream).toBe('bot');
    const withDefault = Object.assign(memoryLedger(), { defaultStream: 'fallback' });
    expect(createAuditor({ agent, sink: withDefault, redactor: keep }).stream).toBe('fallback');
    expect(createAuditor({ agent, sink: Object.assign(memoryLedger(), { defaultStream: 'fallback' }), redactor: keep, stream: 'given' }).stream).toBe('given');
    const a = createAuditor({ agent: { id: 'x', name: 'X', region: 'eu' }, sink: memoryLedger(), redactor: keep });
    expect(a.agent).toEqual({ id: 'x', name: 'X', region: 'eu' });
  });

  it('writes to the ledger of the agent region and refuses an agent without one', async () => {
    const eu = memoryLedger();
    const us = memoryLedger();
    const auditor = createAuditor({ agent: { id: 'r', region: 'eu' }, sink: byRegion({ eu, us }), redactor: keep });
    auditor.record({ type: 'run.start' });
    await auditor.flush();
    expect(eu.events('r')).toHaveLength(1);
    expect(us.events('r')).toHaveLength(0);
    expect(() => createAuditor({ agent: { id: 'r' }, sink: byRegion({ eu, us }) })).toThrow('createAuditor(): sink is routed by region (eu, us) but no region was given (set agent.region)');
  });

  it('creates the sealing pool and the offload with the worker options, and neither with redactionWorker: false', async () => {
    createAuditor({ agent, sink: memoryLedger(), redactor: keep, redactionWorker: { timeoutMs: 7, threads: 3, nice: 4, minEventChars: 9 } });
    expect(fakes.poolOptions).toEqual([{ timeoutMs: 7, threads: 3, nice: 4 }]);
    expect(fakes.offloadOptions).toEqual([{ timeoutMs: 7, threads: 3, nice: 4, minEventChars: 9 }]);
    createAuditor({ agent, sink: memoryLedger(), redactor: keep });
    createAuditor({ agent, sink: memoryLedger(), redactor: keep, redactionWorker: true });
    expect(fakes.poolOptions.slice(1)).toEqual([
      { timeoutMs: undefined, threads: undefined, nice: undefined },
      { timeoutMs: undefined, threads: undefined, nice: undefined },
    ]);
    expect(fakes.offloadOptions.slice(1)).toEqual([{}, {}]);
    createAuditor({ agent, sink: memoryLedger(), redactor: keep, redactionWorker: false });
    expect(fakes.poolOptions).toHaveLength(3);
    expect(fakes.offloadOptions).toHaveLength(3);
  });

  it('seals on the host thread when the pool cannot be created (it throws)', async () => {
    fakes.pool = () => {
      throw new Error('key unreadable');
    };
    const { auditor, ledger, errors } = make({ redactionWorker: true });
    auditor.record({ type: 'run.start' });
    await auditor.close();
    expect(ledger.events().map((e) => e.type)).toEqual(['run.start']);
    expect(errors).toEqual([]);
  });

  it('uses the default redactor when none is given (a password is masked)', async () => {
    const ledger = memoryLedger();
    const auditor = createAuditor({ agent, sink: ledger, redactionWorker: false });
    auditor.record({ type: 'tool.call', tool: { name: 'login', arguments: { password: 'hunter2' } } });
    await auditor.close();
    expect(ledger.lines('bot')[0]).not.toContain('hunter2');
  });
});

describe('defaults and what reaches the ledger', () => {
  it('fills stream, agent, source, capture, outcome and the time of the clock; chains from GENESIS', async () => {
    const { auditor, ledger } = make();
    const r = auditor.record({ type: 'message.user', content: { input: 'hi' } });
    expect(r).toEqual({ id: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{26}$/), seq: 0 });
    await auditor.flush();
    const [e] = ledger.events();
    expect(e).toMatchObject({ v: 1, id: r.id, seq: 0, stream: 'bot', agent, source: 'app', outcome: 'success', ts: '2026-01-01T00:00:00.000Z', prev: GENESIS_HASH });
    expect(e?.content).toEqual({ input: 'hi' });
    expect((e as Record<string, unknown> | undefined)?.capture).toBeUndefined();
  });

  it('takes source, session, actor and capture from the options', async () => {
    const captures: unknown[] = [];
    const redactor: Redactor = { redact: (event, options) => (captures.push(options?.capture), { event }) };
    const { auditor, ledger } = make({ source: 'svc', session: 's-0', actor: { id: 'u', type: 'user' }, capture: 'hash', redactor });
    auditor.record({ type: 'message.user', content: { input: 'hi' } });
    await auditor.flush();
    const [e] = ledger.events();
    expect(e).toMatchObject({ source: 'svc', session: 's-0', actor: { id: 'u', type: 'user' } });
    expect(captures).toEqual([{ default: 'hash' }]);
    const plain = make({ redactor });
    plain.auditor.record({ type: 'message.user' });
    await plain.auditor.flush();
    expect(captures[1]).toEqual({ default: 'redacted' });
    // The context's session and actor win over the options', each on its own.
    auditor.run({ session: 's-1' }, () => auditor.record({ type: 'message.user' }));
    auditor.run({ actor: { id: 'v', type: 'user' } }, () => auditor.record({ type: 'message.user' }));
    await auditor.flush();
    const [, a, b] = ledger.events();
    expect([a?.session, a?.actor?.id, b?.session, b?.actor?.id]).toEqual(['s-1', 'u', 's-0', 'v']);
  });

  it('resumes a stream where the ledger left it: next seq and the last hash', async () => {
    const ledger = memoryLedger();
    const first = make({}, ledger);
    first.auditor.record({ type: 'run.start' });
    first.auditor.record({ type: 'run.end' });
    await first.auditor.close();
    const second = make({}, ledger);
    expect(second.auditor.record({ type: 'run.start' }).seq).toBe(2);
    await second.auditor.flush();
    const events = ledger.events();
    expect(events[2]?.prev).toBe(events[1]?.hash);
    // Nothing more to wait for: flush() of a resumed stream with nothing new resolves.
    const third = make({}, memoryLedger());
    await third.auditor.flush();
  });

  it('chains from GENESIS when the sink gives no previous hash', async () => {
    const inner = memoryLedger();
    const sink: LedgerSink = { open: (s) => ({ ...inner.open(s), prev: '' }), append: (s, r) => inner.append(s, r), close: (s) => inner.close(s) };
    const { auditor } = make({ sink });
    auditor.record({ type: 'run.start' });
    await auditor.close();
    expect(inner.events()[0]?.prev).toBe(GENESIS_HASH);
  });

  it('writes at most 4096 events in one append by default', async () => {
    const ledger = memoryLedger();
    const append = vi.spyOn(ledger, 'append');
    const { auditor } = make({ sliceMs: 1e9 }, ledger);
    for (let i = 0; i < 5000; i++) auditor.record({ type: 'run.start' });
    await auditor.flush();
    expect(append.mock.calls.map(([, r]) => r.length)).toEqual([4096, 904]);
  });

  it('counts recorded, durable and queued events in stats()', async () => {
    const { auditor } = make();
    expect(auditor.stats()).toEqual({ recorded: 0, durable: 0, queued: 0, dropped: 0, redactionFailures: 0, sinkFailures: 0, sealedInWorker: 0 });
    auditor.record({ type: 'run.start' });
    auditor.record({ type: 'run.end' });
    expect(auditor.stats()).toMatchObject({ recorded: 2, durable: 0, queued: 2 });
    await auditor.flush();
    expect(auditor.stats()).toMatchObject({ recorded: 2, durable: 2, queued: 0 });
  });

  it('writes the ledger notices first, as agent-audit system events', async () => {
    const ledger = memoryLedger();
    ledger.notices = [{ type: 'ledger.recover', attrs: { bytes: 3 } }, { type: 'ledger.recover', outcome: 'failure', attrs: { bytes: 4 } }] as never;
    const { auditor } = make({}, ledger);
    const r = auditor.record({ type: 'run.start' });
    expect(r.seq).toBe(2);
    await auditor.flush();
    const [a, b] = ledger.events();
    expect(a).toMatchObject({ seq: 0, type: 'ledger.recover', outcome: 'success', source: 'agent-audit', attrs: { bytes: 3 }, actor: { id: hostname(), type: 'system' } });
    expect(b).toMatchObject({ seq: 1, outcome: 'failure', attrs: { bytes: 4 } });
  });

  it('works with a sink without takeNotices', async () => {
    const inner = memoryLedger();
    const sink: LedgerSink = { open: (s) => inner.open(s), append: (s, r) => inner.append(s, r), close: (s) => inner.close(s) };
    const { auditor } = make({ sink });
    auditor.record({ type: 'run.start' });
    await auditor.close();
    expect(inner.events()).toHaveLength(1);
  });

  it('runs fn in the context given, and in an empty one for undefined', () => {
    const { auditor } = make();
    expect(auditor.currentContext()).toBeUndefined();
    const seen = auditor.run({ session: 's' }, () => auditor.currentContext());
    expect(seen?.session).toBe('s');
    const empty = auditor.run(undefined as never, () => auditor.currentContext());
    expect(empty?.trace.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(auditor.run({}, () => 42)).toBe(42);
  });
});

describe('what onError hears', () => {
  it('wraps a non-Error in an AuditError, and survives a throwing onError', async () => {
    const { auditor, errors } = make();
    auditor.onError('plain text');
    expect(errors[0]).toBeInstanceOf(AuditError);
    expect(errors[0]?.message).toBe('plain text');
    const e = new Error('as is');
    auditor.onError(e);
    expect(errors[1]).toBe(e);
    const throwing = createAuditor({ agent, sink: memoryLedger(), redactor: keep, onError: () => { throw new Error('handler broke'); } });
    expect(() => throwing.onError(new Error('x'))).not.toThrow();
    throwing.record({ type: 'run.start' });
    await throwing.close();
  });

  it('goes to process warnings with the error code when there is no onError', async () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
    const auditor = createAuditor({ agent, sink: memoryLedger(), redactor: keep });
    auditor.onError(new RecordError({ message: 'gone' }));
    auditor.onError(new Error('plain'));
    expect(warn.mock.calls).toEqual([
      ['gone', { code: 'record_failed' }],
      ['plain', { code: 'agent_audit_error' }],
    ]);
  });

  it('hears bad input with the event id and every problem', async () => {
    const { auditor, errors } = make();
    const r = auditor.record({ type: 'Bad Type', outcome: 'maybe' } as never);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'invalid_input' });
    expect(errors[0]?.message).toMatch(new RegExp(`^event ${r.id}: .+; .+`));
    auditor.record({ type: 'run.start' });
    expect(errors).toHaveLength(1);
  });

  it('records input that cannot be shaped as an InvalidInput error event at the seq it took', async () => {
    const { auditor, ledger, errors } = make({ source: 'src' });
    shaping.fail = new Error('y'.repeat(2000));
    const r = auditor.record({ type: 'run.start' });
    shaping.fail = 'not an error';
    const r2 = auditor.record({ type: 'run.start' });
    shaping.fail = undefined;
    expect([r.seq, r2.seq]).toEqual([0, 1]);
    await auditor.flush();
    const [e, e2] = ledger.events();
    expect(e).toMatchObject({ v: 1, id: r.id, seq: 0, stream: 'bot', type: 'error', agent, source: 'src', outcome: 'failure', ts: '2026-01-01T00:00:00.000Z' });
    expect(e?.error).toEqual({ type: 'InvalidInput', message: `input could not be read: ${'y'.repeat(1000 - 'input could not be read: '.length)}` });
    expect(e2?.error?.message).toBe('input could not be read: not an error');
    expect(errors.map((x) => x.message)).toEqual([`event ${r.id}: input could not be read`, `event ${r2.id}: input could not be read`]);
    expect(errors[0]).toMatchObject({ code: 'invalid_input' });
  });

  // Until 2026-12-07 the event was lost (seq -1, an empty id): now it is recorded at Date.now().
  it('a clock that throws: the event is recorded at the system time, and onError hears it once', () => {
    let fail = false;
    const { auditor, errors } = make({ clock: () => { if (fail) throw new Error('clock broke'); return Date.UTC(2026, 0, 1); } });
    fail = true;
    const receipt = auditor.record({ type: 'run.start' });
    expect(receipt.seq).toBe(0);
    expect(receipt.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    auditor.record({ type: 'run.end' });
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/^createAuditor: clock\(\) returned nothing \(it threw Error: clock broke\), not a time/)]);
  });

  it('an input whose trace cannot be read gets a trace of its own', async () => {
    const { auditor, ledger } = make();
    const input = { type: 'run.start', get trace(): never { throw new Error('no trace'); } };
    auditor.record(input as never);
    await auditor.flush();
    expect(ledger.events()[0]?.trace.traceId).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('record() when the queue is full or the auditor closed', () => {
  it('counts overflow as one gap event after what was queued, told once per gap', async () => {
    const captures: unknown[] = [];
    const redactor: Redactor = { redact: (event, options) => (captures.push(options?.capture), { event }) };
    const { auditor, ledger, errors } = make({ maxQueueEvents: 2, capture: 'hash', redactor });
    const receipts = Array.from({ length: 5 }, () => auditor.record({ type: 'run.start' }));
    expect(receipts.map((r) => r.seq)).toEqual([0, 1, -1, -1, -1]);
    expect(receipts[2]?.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(auditor.stats()).toMatchObject({ dropped: 3, recorded: 2, queued: 2 });
    expect(errors.map((e) => e.message)).toEqual(['audit queue full (2 events): events are being counted as a gap until the ledger catches up']);
    expect(errors[0]).toMatchObject({ code: 'queue_overflow' });
    await auditor.flush();
    await until(() => ledger.events().length === 3);
    const gap = ledger.events()[2];
    expect(gap).toMatchObject({
      seq: 2, type: 'ledger.gap', source: 'agent-audit', outcome: 'failure', stream: 'bot', agent, v: 1,
      actor: { id: hostname(), type: 'system' },
      attrs: { dropped: 3, firstDroppedAt: '2026-01-01T00:00:02.000Z', lastDroppedAt: '2026-01-01T00:00:04.000Z', reason: 'queue_overflow' },
      ts: '2026-01-01T00:00:05.000Z',
    });
    expect(gap?.trace.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(captures).toEqual([{ default: 'hash' }, { default: 'hash' }, { default: 'redacted' }]);
    expect(gap?.id).not.toBe(receipts[4]?.id);
    expect(auditor.stats()).toMatchObject({ recorded: 3, durable: 3, dropped: 3 });
    // The next overflow is a new gap, told again.
    for (let i = 0; i < 3; i++) auditor.record({ type: 'run.start' });
    expect(errors).toHaveLength(2);
    await auditor.close();
    expect(ledger.events().map((e) => e.type)).toEqual(['run.start', 'run.start', 'ledger.gap', 'run.start', 'run.start', 'ledger.gap']);
    expect(ledger.events()[5]?.attrs?.dropped).toBe(1);
  });

  it('record() and recordDurable() after close() are refused and told', async () => {
    const { auditor, errors } = make();
    await auditor.close();
    const r = auditor.record({ type: 'run.end' });
    expect(r.seq).toBe(-1);
    expect(r.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(errors.map((e) => e.message)).toEqual([`record() after close(): event ${r.id} was not recorded`]);
    expect(errors[0]).toMatchObject({ code: 'record_failed' });
    const rejected = await auditor.recordDurable({ type: 'run.end' }).catch((e: Error) => e);
    expect(rejected).toBeInstanceOf(RecordError);
    expect((rejected as Error).message).toMatch(/^event [0-9A-HJKMNP-TV-Z]{26} could not be recorded \(queue full or auditor closed\)$/);
    expect(auditor.stats().recorded).toBe(0);
  });
});

describe('redaction on the host thread', () => {
  it('masks an event whose redactor throws, tells onError, and writes an error event about it', async () => {
    const cause = new Error('detector crashed');
    const redactor: Redactor = { redact: (event) => { if (event.source === 'agent-audit') return { event }; throw cause; } };
    const { auditor, ledger, errors } = make({ redactor });
    const r = auditor.run({ trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) } }, () => auditor.record({ type: 'message.user', content: { input: 'secret' } }));
    await auditor.close();
    const [masked, notice] = ledger.events();
    expect(JSON.stringify(masked)).not.toContain('secret');
    expect(masked?.data).toEqual({ classes: ['redaction.failed'], sensitivity: 'restricted' });
    expect(notice).toMatchObject({
      seq: 1, type: 'error', outcome: 'failure', source: 'agent-audit',
      error: { type: 'RedactionError', message: `redaction failed for event ${r.id}; its content was masked` },
      attrs: { reason: 'redaction_failed', eventId: r.id },
    });
    expect(notice?.trace.traceId).toBe('a'.repeat(32));
    expect(notice?.trace.spanId).toBe(masked?.trace.spanId);
    expect(errors.map((e) => e.message)).toEqual([`redaction failed for event ${r.id}; its content was masked`]);
    expect(errors[0]).toMatchObject({ code: 'redaction_failed' });
    expect(errors[0]?.cause).toBe(cause);
    expect(auditor.stats().redactionFailures).toBe(1);
  });

  it('says what to fix for a key problem, and writes no notice about a failed notice', async () => {
    const redactor: Redactor = { redact: () => { throw new KeyError({ message: 'pseudonym key is group-readable' }); } };
    const { auditor, ledger, errors } = make({ redactor });
    const r = auditor.record({ type: 'run.start' });
    await auditor.close();
    expect(ledger.events().map((e) => e.type)).toEqual(['run.start', 'error']);
    const notice = ledger.events()[1];
    expect(errors.map((e) => e.message)).toEqual([
      `redaction failed for event ${r.id}; its content was masked: pseudonym key is group-readable`,
      `redaction failed for event ${notice?.id}; its content was masked: pseudonym key is group-readable`,
    ]);
    expect(auditor.stats().redactionFailures).toBe(2);
  });

  it('keeps the message of another AuditError out of the report (it stays in cause)', async () => {
    const cause = new LedgerError({ message: 'quoted content' });
    const { auditor, errors } = make({ redactor: { redact: (event) => { if (event.source === 'agent-audit') return { event }; throw cause; } } });
    const r = auditor.record({ type: 'run.start' });
    await auditor.close();
    expect(errors.map((e) => e.message)).toEqual([`redaction failed for event ${r.id}; its content was masked`]);
    expect(errors[0]?.cause).toBe(cause);
  });

  it('an error event of the host itself is not about a redaction failure unless it comes from agent-audit', async () => {
    const redactor: Redactor = { redact: (event) => { if (event.attrs?.eventId !== undefined) return { event }; throw new Error('x'); } };
    const { auditor, ledger } = make({ redactor, source: 'agent-audit' });
    auditor.record({ type: 'run.start' });
    auditor.record({ type: 'error', error: { type: 'E', message: 'm' } } as never);
    await auditor.close();
    // run.start (agent-audit source, not an error) gets a notice; the error event does not, nor does its notice.
    expect(ledger.events().map((e) => e.type)).toEqual(['run.start', 'error', 'error']);
    expect(ledger.events()[2]?.attrs?.eventId).toBe(ledger.events()[0]?.id);
  });

  it('an app error event whose redaction fails gets its notice', async () => {
    const redactor: Redactor = { redact: (event) => { if (event.source === 'agent-audit') return { event }; throw new Error('x'); } };
    const { auditor, ledger } = make({ redactor });
    auditor.record({ type: 'error', error: { type: 'E', message: 'm' } } as never);
    await auditor.close();
    expect(ledger.events().map((e) => [e.type, e.source])).toEqual([['error', 'app'], ['error', 'agent-audit']]);
  });

  it('waits for a redactor that returns a promise, and masks one that rejects or returns no event', async () => {
    const plan: Array<() => unknown> = [
      () => Promise.resolve({ event: undefined }),
      () => Promise.reject(new Error('async failure')),
      () => undefined,
      () => 'text',
      () => ({}),
      () => null,
    ];
    let i = 0;
    const redactor: Redactor = { redact: (event) => (event.source === 'agent-audit' ? { event } : (plan[i++] as () => never)()) };
    const { auditor, ledger, errors } = make({ redactor });
    for (let k = 0; k < plan.length; k++) auditor.record({ type: 'run.start' });
    await auditor.close();
    const causes = errors.map((e) => (e.cause as Error).message);
    expect(causes).toEqual(['redactor returned no event', 'async failure', 'redactor returned no event', 'redactor returned no event', 'redactor returned no event', 'redactor returned no event']);
    expect(ledger.events().filter((e) => e.type === 'error')).toHaveLength(6);
    const good = make({ redactor: { redact: async (event) => ({ event: { ...event, attrs: { seen: true } } }) } });
    good.auditor.record({ type: 'run.start' });
    await good.auditor.close();
    expect(good.ledger.events()[0]?.attrs).toEqual({ seen: true });
  });

  it('a redactor slower than redactionTimeoutMs is a failure, its timer cleared otherwise', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let answer: ((value: RedactionResult) => void) | undefined;
    let asked: UnsealedEvent | undefined;
    const redactor: Redactor = { redact: (event) => (event.source === 'agent-audit' ? { event } : new Promise<RedactionResult>((resolve) => ((asked = event), (answer = resolve)))) };
    const { auditor, ledger, errors } = make({ redactor });
    auditor.record({ type: 'run.start' });
    await until(() => answer !== undefined);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(4999);
    await turns(5);
    expect(errors).toHaveLength(0);
    vi.advanceTimersByTime(1);
    await until(() => errors.length === 1);
    expect((errors[0]?.cause as Error).message).toBe('redactor timed out after 5000 ms');
    // Answered in time: no timer left behind.
    answer = undefined;
    auditor.record({ type: 'run.start' });
    await until(() => answer !== undefined);
    (answer as unknown as (value: RedactionResult) => void)({ event: asked as UnsealedEvent });
    await auditor.flush();
    expect(ledger.events().map((e) => e.type)).toEqual(['run.start', 'error', 'run.start']);
    expect(vi.getTimerCount()).toBe(0);
    // A redactor that rejects in time: cleared too.
    const other = make({ redactor: { redact: () => Promise.reject(new Error('no')) }, redactionTimeoutMs: 50 });
    other.auditor.record({ type: 'run.start' });
    await until(() => other.errors.length >= 1);
    expect(vi.getTimerCount()).toBe(0);
    const custom = make({ redactor: { redact: () => new Promise(() => {}) }, redactionTimeoutMs: 50 });
    custom.auditor.record({ type: 'run.start' });
    await until(() => vi.getTimerCount() === 1);
    vi.advanceTimersByTime(50);
    await until(() => custom.errors.length === 1);
    expect((custom.errors[0]?.cause as Error).message).toBe('redactor timed out after 50 ms');
  });

  it('reports each partial failure, merges the classification and writes one notice', async () => {
    const redactor: Redactor = {
      redact: (event) =>
        event.source === 'agent-audit'
          ? { event }
          : { event, errors: [new Error('first'), new Error('second')], data: { classes: ['pii.email'], sensitivity: 'confidential' }, compliance: { regimes: ['gdpr'] } },
    };
    const { auditor, ledger, errors } = make({ redactor });
    const r = auditor.record({ type: 'run.start' });
    await auditor.close();
    expect(errors.map((e) => e.message)).toEqual([
      `redaction partly failed for event ${r.id}: first; the affected values were masked`,
      `redaction partly failed for event ${r.id}: second; the affected values were masked`,
    ]);
    expect((errors[1]?.cause as Error).message).toBe('second');
    expect(auditor.stats().redactionFailures).toBe(2);
    const [event, notice] = ledger.events();
    expect(event?.data).toEqual({ classes: ['pii.email'], sensitivity: 'confidential' });
    expect(event?.compliance?.regimes).toEqual(['gdpr']);
    expect(notice?.attrs).toEqual({ reason: 'redaction_partly_failed', eventId: r.id });
    expect(ledger.events()).toHaveLength(2);
    // No errors (an empty list): nothing told, no notice.
    const clean = make({ redactor: { redact: (event) => ({ event, errors: [] }) } });
    clean.auditor.record({ type: 'run.start' });
    await clean.auditor.close();
    expect(clean.errors).toEqual([]);
    expect(clean.ledger.events()).toHaveLength(1);
  });

  it('digests media before redaction', async () => {
    const bytes = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(300, 7)]);
    const { auditor, ledger } = make();
    auditor.record({ type: 'tool.result', tool: { name: 'shot', result: { content: [{ type: 'image', data: bytes.toString('base64'), mimeType: 'image/png' }] } } });
    await auditor.close();
    const stored = (ledger.events()[0]?.tool?.result as { content: Array<{ data: unknown }> }).content[0]?.data;
    const { createHash } = await import('node:crypto');
    expect(stored).toEqual({ mimeType: 'image/png', bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  });

  it('yields to the host between events once sliceMs is used up (>=, default 2 ms)', async () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const log: string[] = [];
    const redactor: Redactor = { redact: (event) => { log.push(`redact ${String(event.attrs?.n)}`); now += 1; return { event }; } };
    const { auditor } = make({ redactor });
    for (let n = 0; n < 4; n++) auditor.record({ type: 'run.start', attrs: { n } });
    // The slice starts when the pipeline starts, not when the auditor was made.
    now = 10;
    let hostTurns = 0;
    const host = (): void => { hostTurns++; log.push('host'); if (hostTurns < 20) setImmediate(host); };
    setImmediate(host);
    await auditor.flush();
    // Two events fit in a slice of 2 ms (1 ms each): the host runs after every second one.
    const order = log.filter((l) => l.startsWith('redact') || l === 'host').join(',');
    expect(order.startsWith('redact 0,redact 1,host')).toBe(true);
    expect(order).toMatch(/redact 2,redact 3/);
    expect(order.indexOf('redact 2')).toBeGreaterThan(order.indexOf('host'));
  });
});

describe('the host thread slices', () => {
  it('the sealing loop lets the host run once a slice is used up', async () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const log: string[] = [];
    sealing.onSeal = (event) => {
      log.push(`seal ${String(event.attrs?.n)}`);
      now += 1;
    };
    const { auditor } = make();
    for (let n = 0; n < 4; n++) auditor.record({ type: 'run.start', attrs: { n } });
    let hostTurns = 0;
    const host = (): void => { hostTurns++; log.push('host'); if (hostTurns < 20) setImmediate(host); };
    setImmediate(host);
    await auditor.flush();
    expect(log.join(',').startsWith('seal 0,seal 1,host,seal 2,seal 3,host')).toBe(true);
  });

  it('the host runs between the slices of a large event hashed from its members', async () => {
    const offload = new FakeOffload();
    fakes.offload = () => offload;
    const log: string[] = [];
    offload.answer = async (event) => {
      log.push('offload');
      offloadedMembers.set(event, new Map([['tool', `"tool":{"name":"FROM-WORKER","pad":"${'y'.repeat(300_000)}"}`]]));
      return { event };
    };
    const ledger = memoryLedger();
    const append = ledger.append.bind(ledger);
    vi.spyOn(ledger, 'append').mockImplementation((stream, records) => (log.push('append'), append(stream, records)));
    const { auditor } = make({ sliceMs: 0 }, ledger);
    auditor.record(big());
    let hostTurns = 0;
    const host = (): void => { hostTurns++; log.push('host'); if (hostTurns < 50) setImmediate(host); };
    setImmediate(host);
    await auditor.flush();
    const from = log.indexOf('offload');
    const to = log.indexOf('append');
    expect(ledger.lines('bot')[0]).toContain('"tool":{"name":"FROM-WORKER"');
    expect(log.slice(from, to).filter((l) => l === 'host')).toHaveLength(4);
  });
});

describe('large events and the offload', () => {
  it('sends events of minEventChars or more to the offload with their capture; smaller ones stay here', async () => {
    const offload = new FakeOffload();
    fakes.offload = () => offload;
    const seen: string[] = [];
    const redactor: Redactor = { redact: (event) => (seen.push(String(event.tool?.name)), { event }) };
    const { auditor, ledger, errors } = make({ redactor, capture: 'hash' });
    auditor.record(big());
    auditor.record({ type: 'tool.call', tool: { name: 'small' } });
    await auditor.close();
    expect(offload.asked.map((a) => a.event.tool?.name)).toEqual(['big']);
    expect(offload.asked[0]?.capture).toEqual({ default: 'hash' });
    expect(seen).toEqual(['small']);
    expect(ledger.events()).toHaveLength(2);
    expect(errors).toEqual([]);
    expect(offload.closed).toBe(1);
  });

  it('an offload failure is told and the event redacted here instead; a timeout masks it', async () => {
    const offload = new FakeOffload();
    fakes.offload = () => offload;
    const seen: string[] = [];
    const redactor: Redactor = { redact: (event) => (seen.push(event.id), { event }) };
    const { auditor, ledger, errors } = make({ redactor });
    const crash = new Error('worker crashed');
    offload.answer = () => Promise.reject(crash);
    const a = auditor.record(big());
    await auditor.flush();
    expect(seen).toEqual([a.id]);
    expect(errors.map((e) => e.message)).toEqual([`the redaction worker failed on event ${a.id}; it was redacted on the host's thread instead`]);
    expect(errors[0]?.cause).toBe(crash);
    expect(errors[0]).toMatchObject({ code: 'redaction_failed' });
    expect(ledger.events()[0]?.tool?.arguments).toEqual({ text: 'x'.repeat(2000) });
    offload.answer = () => Promise.reject(new OffloadTimeoutError('too slow'));
    const b = auditor.record(big());
    await auditor.close();
    expect(seen).toHaveLength(2); // only the notice was redacted here
    expect(errors.slice(1).map((e) => e.message)).toEqual([`redaction failed for event ${b.id}; its content was masked`]);
    expect(ledger.events()[1]?.data?.classes).toEqual(['redaction.failed']);
    expect(JSON.stringify(ledger.events()[1])).not.toContain('xxxx');
  });

  it('seals an offloaded event from the members the worker computed', async () => {
    const offload = new FakeOffload();
    fakes.offload = () => offload;
    offload.answer = async (event) => {
      const redacted = { ...event, tool: { name: 'big' } };
      offloadedMembers.set(redacted, new Map([['tool', '"tool":{"name":"FROM-WORKER"}']]));
      return { event: redacted, data: { classes: ['pii.email'], sensitivity: 'confidential' } };
    };
    const { auditor, ledger } = make();
    auditor.record(big());
    await auditor.close();
    expect(ledger.lines('bot')[0]).toContain('"tool":{"name":"FROM-WORKER"}');
    expect(ledger.lines('bot')[0]).toContain('"classes":["pii.email"]');
  });
});

describe('the sealing pool', () => {
  it('sends batches of 256 (or maxBatchEvents) chained from the last hash, and writes what comes back in order', async () => {
    const pool = installPool();
    const { auditor, ledger, errors } = make({ sliceMs: 1e9 });
    for (let i = 0; i < 600; i++) auditor.record({ type: 'run.start', attrs: { i } });
    await auditor.flush();
    expect(pool.sent.map((s) => s.drafts.length)).toEqual([256, 256, 88]);
    expect(pool.sent[0]?.prev).toBe(GENESIS_HASH);
    expect(pool.sent[0]?.memory).toEqual([]);
    expect(ledger.events().map((e) => e.attrs?.i)).toEqual(Array.from({ length: 600 }, (_, i) => i));
    expect(auditor.stats()).toMatchObject({ sealedInWorker: 600, durable: 600, queued: 0 });
    expect(errors).toEqual([]);
    // A later batch chains from the last hash the pool gave back.
    auditor.record({ type: 'run.end' });
    await auditor.flush();
    expect(pool.sent[3]?.prev).toBe(ledger.events()[599]?.hash);
    await auditor.close();
    expect(pool.closed).toBe(1);
    const small = installPool();
    const other = make({ maxBatchEvents: 100, sliceMs: 1e9 });
    for (let i = 0; i < 250; i++) other.auditor.record({ type: 'run.start' });
    await other.auditor.flush();
    expect(small.sent.map((s) => s.drafts.length)).toEqual([100, 100, 50]);
  });

  it('keeps at most 8 batches in the pool, and writes the answered ones in one append up to maxBatchEvents', async () => {
    const pool = installPool();
    pool.auto = false;
    const ledger = memoryLedger();
    const append = vi.spyOn(ledger, 'append');
    const { auditor } = make({ sliceMs: 1e9, maxBatchEvents: 40 }, ledger);
    for (let i = 0; i < 400; i++) auditor.record({ type: 'run.start' });
    await until(() => pool.sent.length === 8);
    await turns(10);
    expect(pool.sent).toHaveLength(8);
    for (let i = 0; i < 8; i++) pool.answer(i);
    await until(() => pool.sent.length === 10);
    pool.answer(8);
    pool.answer(9);
    await auditor.flush();
    expect(append.mock.calls.map(([, records]) => records.length)).toEqual([40, 40, 40, 40, 40, 40, 40, 40, 40, 40]);
    expect(ledger.events()).toHaveLength(400);
    // Larger batches than maxBatchEvents are written whole, one batch at a time.
    const pool2 = installPool();
    pool2.auto = false;
    const ledger2 = memoryLedger();
    const append2 = vi.spyOn(ledger2, 'append');
    const two = make({ sliceMs: 1e9, maxBatchEvents: 4096 }, ledger2);
    for (let i = 0; i < 600; i++) two.auditor.record({ type: 'run.start' });
    await until(() => pool2.sent.length === 3);
    pool2.answer(0);
    pool2.answer(1);
    pool2.answer(2);
    await two.auditor.flush();
    expect(append2.mock.calls.map(([, records]) => records.length)).toEqual([600]);
  });

  it('feeds one batch per host turn when the slice is used up', async () => {
    const pool = installPool();
    pool.auto = false;
    const { auditor } = make({ sliceMs: 0 });
    for (let i = 0; i < 256 * 12; i++) auditor.record({ type: 'run.start' });
    await until(() => pool.sent.length >= 1);
    expect(pool.sent).toHaveLength(1);
    await until(() => pool.sent.length === 8);
    await turns(10);
    expect(pool.sent).toHaveLength(8);
    for (let i = 0; i < 8; i++) pool.answer(i);
    await until(() => pool.sent.length === 12);
    // The queue is empty, four batches are out: nothing more is fed (not an empty batch).
    await turns(10);
    expect(pool.sent.map((s) => s.drafts.length)).toEqual(Array(12).fill(256));
    for (let i = 8; i < 12; i++) pool.answer(i);
    await auditor.flush();
    expect(auditor.stats().sealedInWorker).toBe(256 * 12);
  });

  it('seals here in batches of 32 while the pool starts, and hands the sessions memory over with the first batch', async () => {
    const pool = installPool();
    pool.isReady = false;
    const redactor: Redactor = { redact: (event) => ({ event }) };
    attachInternals(redactor, { recipe: () => undefined, memoryOf: (event) => [[`m:${event.session}`, event.id]] as never, loadMemory: () => {} });
    const ledger = memoryLedger();
    const append = vi.spyOn(ledger, 'append');
    const { auditor } = make({ redactor, sliceMs: 1e9 }, ledger);
    auditor.run({ trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) } }, () => {
      for (let i = 0; i < 70; i++) auditor.record({ type: 'run.start', session: `s${i % 3}` });
    });
    await auditor.flush();
    expect(append.mock.calls.map(([, r]) => r.length)).toEqual([32, 32, 6]);
    expect(pool.sent).toHaveLength(0);
    pool.isReady = true;
    auditor.record({ type: 'run.start' });
    auditor.record({ type: 'run.start' });
    await auditor.flush();
    expect(pool.sent).toHaveLength(1);
    const ids = ledger.events().map((e) => e.id);
    // The last event of each session sealed here (67, 68, 69), least recently used first.
    expect(pool.sent[0]?.memory).toEqual([['m:s1', ids[67]], ['m:s2', ids[68]], ['m:s0', ids[69]]]);
    auditor.record({ type: 'run.start' });
    await auditor.flush();
    expect(pool.sent[1]?.memory).toEqual([]);
    // maxBatchEvents below 32 bounds the warm-up batches too.
    const p2 = installPool();
    p2.isReady = false;
    const l2 = memoryLedger();
    const a2 = vi.spyOn(l2, 'append');
    const two = make({ maxBatchEvents: 5, sliceMs: 1e9 }, l2);
    for (let i = 0; i < 12; i++) two.auditor.record({ type: 'run.start' });
    await two.auditor.flush();
    expect(a2.mock.calls.map(([, r]) => r.length)).toEqual([5, 5, 2]);
  });

  it('hands over no memory from a redactor that has none to give', async () => {
    const pool = installPool();
    pool.isReady = false;
    const { auditor, errors } = make({ sliceMs: 1e9 });
    auditor.record({ type: 'run.start', session: 's' });
    await auditor.flush();
    pool.isReady = true;
    auditor.record({ type: 'run.start', session: 's' });
    await auditor.flush();
    expect(pool.sent[0]?.memory).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('writes two answered batches in one append when together they are exactly maxBatchEvents', async () => {
    const pool = installPool();
    pool.auto = false;
    const ledger = memoryLedger();
    const append = vi.spyOn(ledger, 'append');
    const { auditor } = make({ sliceMs: 1e9, maxBatchEvents: 512 }, ledger);
    for (let i = 0; i < 513; i++) auditor.record({ type: 'run.start' });
    await until(() => pool.sent.length === 3);
    pool.answer(0);
    pool.answer(1);
    pool.answer(2);
    await auditor.flush();
    expect(append.mock.calls.map(([, r]) => r.length)).toEqual([512, 1]);
  });

  it('hands over at most 1024 sessions', async () => {
    const pool = installPool();
    pool.isReady = false;
    const redactor: Redactor = { redact: (event) => ({ event }) };
    attachInternals(redactor, { recipe: () => undefined, memoryOf: (event) => [[String(event.session), 1]] as never, loadMemory: () => {} });
    const { auditor } = make({ redactor, sliceMs: 1e9 });
    for (let i = 0; i < 1030; i++) auditor.record({ type: 'run.start', session: `s${i}` });
    await auditor.flush();
    pool.isReady = true;
    auditor.record({ type: 'run.start' });
    await auditor.flush();
    expect((pool.sent[0]?.memory as unknown[]).length).toBe(1024);
    // The most recently used ones, as the redactor's memory keeps them.
    expect((pool.sent[0]?.memory as unknown[][])[0]?.[0]).toBe('s6');
    expect((pool.sent[0]?.memory as unknown[][])[1023]?.[0]).toBe('s1029');
  });

  it('a large event waits once for the pool (3 s at most); the events before it are sealed here meanwhile', async () => {
    const pool = installPool();
    pool.isReady = false;
    const offload = new FakeOffload();
    fakes.offload = () => offload;
    const ledger = memoryLedger();
    const append = vi.spyOn(ledger, 'append');
    const { auditor } = make({ sliceMs: 1e9 }, ledger);
    auditor.record({ type: 'run.start' });
    auditor.record({ type: 'run.start' });
    auditor.record(big());
    auditor.record({ type: 'run.start' });
    auditor.record(big());
    await auditor.flush();
    expect(pool.readyWaits).toEqual([3000]);
    // Two before the first large one, then (the pool still not ready) the rest here, through the offload.
    expect(append.mock.calls.map(([, r]) => r.length)).toEqual([2, 3]);
    expect(offload.asked).toHaveLength(2);
    auditor.record(big());
    await auditor.flush();
    expect(pool.readyWaits).toEqual([3000]);
    expect(offload.asked).toHaveLength(3);
  });

  it('a large event first in the queue goes to the pool once it got ready meanwhile', async () => {
    const pool = installPool();
    pool.isReady = false;
    pool.whenReady = (ms: number) => {
      pool.readyWaits.push(ms);
      pool.isReady = true;
      return Promise.resolve();
    };
    const offload = new FakeOffload();
    fakes.offload = () => offload;
    const { auditor, ledger } = make({ sliceMs: 1e9 });
    auditor.record(big());
    auditor.record({ type: 'run.start' });
    await auditor.flush();
    expect(pool.readyWaits).toEqual([3000]);
    expect(offload.asked).toHaveLength(0);
    expect(pool.sent.map((s) => s.drafts.length)).toEqual([2]);
    expect(ledger.events()).toHaveLength(2);
  });

  it('a large event past the first warm-up batch does not make the events before it wait', async () => {
    const pool = installPool();
    pool.isReady = false;
    const offload = new FakeOffload();
    fakes.offload = () => offload;
    const ledger = memoryLedger();
    const append = vi.spyOn(ledger, 'append');
    const { auditor } = make({ sliceMs: 1e9 }, ledger);
    for (let i = 0; i < 33; i++) auditor.record({ type: 'run.start' });
    auditor.record(big());
    await auditor.flush();
    expect(append.mock.calls.map(([, r]) => r.length)).toEqual([32, 1, 1]);
    expect(pool.readyWaits).toEqual([3000]);
  });

  it('reports the events the pool could not redact and writes a notice for each', async () => {
    const pool = installPool();
    pool.auto = false;
    const { auditor, ledger, errors } = make({ sliceMs: 1e9 });
    const a = auditor.record({ type: 'run.start' });
    const b = auditor.record({ type: 'run.start' });
    const c = auditor.record({ type: 'run.start' });
    await until(() => pool.sent.length === 1);
    pool.answer(0, [{ index: 0, whole: true, messages: ['boom'] }, { index: 2, whole: false, messages: ['one', 'two'] }, { index: 1, whole: false, messages: [] }]);
    await until(() => pool.sent.length === 2);
    pool.answer(1);
    await auditor.flush();
    expect(errors.map((e) => e.message)).toEqual([
      `redaction failed for event ${a.id}; its content was masked`,
      `redaction partly failed for event ${c.id}: one; the affected values were masked`,
      `redaction partly failed for event ${c.id}: two; the affected values were masked`,
    ]);
    expect((errors[1]?.cause as Error).message).toBe('one');
    expect(errors[0]).toMatchObject({ code: 'redaction_failed' });
    expect(auditor.stats().redactionFailures).toBe(3);
    expect(ledger.events().slice(3).map((e) => e.attrs)).toEqual([
      { reason: 'redaction_failed', eventId: a.id },
      { reason: 'redaction_partly_failed', eventId: c.id },
      { reason: 'redaction_partly_failed', eventId: b.id },
    ]);
  });

  it('a pool failure hands its batches back: sealed again in order, told with the count', async () => {
    const pool = installPool();
    pool.auto = false;
    const { auditor, ledger, errors } = make({ sliceMs: 1e9, maxBatchEvents: 2 });
    for (let i = 0; i < 5; i++) auditor.record({ type: 'run.start', attrs: { i } });
    await until(() => pool.sent.length === 3);
    pool.answer(0);
    pool.fail(1, new Error('thread died'));
    pool.fail(2, new Error('thread died'));
    await until(() => pool.sent.length === 5);
    expect(errors.map((e) => e.message)).toEqual(["the sealing worker failed with 3 events in its hands (thread died); none is lost: a new worker takes over"]);
    expect(errors[0]).toMatchObject({ code: 'redaction_failed' });
    expect((errors[0]?.cause as Error).message).toBe('thread died');
    expect(pool.sent.slice(3).map((s) => s.drafts.map((d) => d.event.attrs?.i))).toEqual([[2, 3], [4]]);
    expect(pool.sent[3]?.prev).toBe(pool.sent[0]?.lastHash);
    pool.answer(3);
    pool.answer(4);
    await auditor.flush();
    expect(ledger.events().map((e) => e.attrs?.i)).toEqual([0, 1, 2, 3, 4]);
    expect(auditor.stats().sealedInWorker).toBe(5);
  });

  it('after a failure that disables the pool, the events are sealed here, and it says so', async () => {
    const pool = installPool();
    pool.auto = false;
    const { auditor, ledger, errors } = make({ sliceMs: 1e9 });
    auditor.record({ type: 'run.start' });
    auditor.record({ type: 'run.start' });
    await until(() => pool.sent.length === 1);
    const append = vi.spyOn(ledger, 'append');
    pool.usable = false;
    pool.fail(0, new Error('third failure'));
    await auditor.flush();
    expect(append.mock.calls.map(([, r]) => r.length)).toEqual([2]);
    expect(errors.map((e) => e.message)).toEqual(["the sealing worker failed with 2 events in its hands (third failure); none is lost: events are redacted and sealed on the host's thread from now on"]);
    expect(ledger.events()).toHaveLength(2);
    expect(auditor.stats().sealedInWorker).toBe(0);
  });

  it('sends nothing new while a failed batch is still in the pool behind an unanswered one', async () => {
    const pool = installPool();
    pool.auto = false;
    const { auditor, ledger } = make({ sliceMs: 1e9, maxBatchEvents: 1 });
    for (let i = 0; i < 3; i++) auditor.record({ type: 'run.start', attrs: { i } });
    await until(() => pool.sent.length === 3);
    pool.fail(2, new Error('gone'));
    pool.answer(0);
    auditor.record({ type: 'run.start', attrs: { i: 3 } });
    await until(() => ledger.events().length === 1);
    await turns(20);
    expect(pool.sent).toHaveLength(3);
    pool.fail(1, new Error('gone'));
    await until(() => pool.sent.length === 6);
    for (let i = 3; i < 6; i++) pool.answer(i);
    await auditor.flush();
    expect(ledger.events().map((e) => e.attrs?.i)).toEqual([0, 1, 2, 3]);
  });

  it('an answer from the pool starts a new slice: the next batch goes out at once', async () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const pool = installPool();
    pool.auto = false;
    const { auditor, ledger } = make();
    for (let i = 0; i < 256 * 10; i++) auditor.record({ type: 'run.start' });
    await until(() => pool.sent.length === 8);
    // Time passed while the pool worked: the slice the batches went out in is long used up.
    now = 100;
    pool.answer(0);
    await until(() => ledger.events().length === 256);
    expect(pool.sent).toHaveLength(9);
    for (let i = 1; i < 10; i++) {
      await until(() => pool.sent.length > i);
      pool.answer(i);
    }
    await auditor.flush();
  });

  it('does not use a pool that is not usable', async () => {
    const pool = installPool();
    pool.usable = false;
    const { auditor, ledger } = make();
    auditor.record({ type: 'run.start' });
    await auditor.close();
    expect(pool.sent).toHaveLength(0);
    expect(ledger.events()).toHaveLength(1);
  });
});

/** A sink whose appends the test settles one by one (in memory behind it). */
function heldSink(inner: MemoryLedger = memoryLedger()) {
  const calls: Array<{ records: readonly SealedRecord[]; resolve: () => void; reject: (error: unknown) => void }> = [];
  let closeError: unknown;
  const sink: LedgerSink = {
    open: (stream) => inner.open(stream),
    append: (stream, records) =>
      new Promise<void>((resolve, reject) => {
        calls.push({ records: [...records], resolve: () => inner.append(stream, records).then(resolve, reject), reject });
      }),
    close: async (stream) => {
      if (closeError !== undefined) throw closeError;
      return inner.close(stream);
    },
    takeNotices: () => [],
  };
  return { sink, calls, inner, failClose: (error: unknown) => (closeError = error) };
}

/** A promise's state, without waiting for it. */
function track<T>(promise: Promise<T>) {
  const state: { settled: 'pending' | 'resolved' | 'rejected'; value?: T; error?: Error } = { settled: 'pending' };
  promise.then(
    (value) => Object.assign(state, { settled: 'resolved', value }),
    (error: Error) => Object.assign(state, { settled: 'rejected', error }),
  );
  return state;
}

describe('ledger failures, retries and the waiters', () => {
  it('tells the first failure and every 20th, names the seq range and attempt, and retries with backoff', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const held = heldSink();
    const { auditor, errors } = make({ sink: held.sink });
    for (let i = 0; i < 3; i++) auditor.record({ type: 'run.start' });
    await until(() => held.calls.length === 1);
    expect(held.calls[0]?.records.map((r) => r.event.seq)).toEqual([0, 1, 2]);
    const cause = new Error('EIO: postgres://user:pw@host');
    held.calls[0]?.reject(cause);
    await until(() => errors.length === 1);
    expect(errors[0]?.message).toBe('ledger append failed for seq 0..2 (attempt 1); retrying');
    expect(errors[0]).toMatchObject({ code: 'record_failed' });
    expect(errors[0]?.cause).toBe(cause);
    expect(auditor.stats().sinkFailures).toBe(1);
    // Backoff: 10 ms * 2^attempt (times 0.5 + random), at most 1 s.
    const delays = [20, 40, 80, 160, 320, 640, 1000, 1000];
    for (let attempt = 1; attempt <= 21; attempt++) {
      const delay = delays[Math.min(attempt, delays.length) - 1] as number;
      vi.advanceTimersByTime(delay - 1);
      await turns(2);
      expect(held.calls).toHaveLength(attempt);
      vi.advanceTimersByTime(1);
      await until(() => held.calls.length === attempt + 1);
      if (attempt < 21) held.calls[attempt]?.reject(new LedgerError({ message: `disk full ${attempt + 1}` }));
      await turns(2);
    }
    expect(errors.map((e) => e.message)).toEqual([
      'ledger append failed for seq 0..2 (attempt 1); retrying',
      'ledger append failed for seq 0..2 (attempt 21); retrying: disk full 21',
    ]);
    expect(auditor.stats().sinkFailures).toBe(21);
    held.calls[21]?.resolve();
    await auditor.flush();
    // Recovered: the next failure is told at once again.
    auditor.record({ type: 'run.start' });
    await until(() => held.calls.length === 23);
    held.calls[22]?.reject(new Error('again'));
    await until(() => errors.length === 3);
    expect(errors[2]?.message).toBe('ledger append failed for seq 3..3 (attempt 1); retrying');
    vi.advanceTimersByTime(20);
    await until(() => held.calls.length === 24);
    held.calls[23]?.resolve();
    await auditor.flush();
  });

  it('a waiting retry does not hold the process until close() is called', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const timers: Array<{ hasRef(): boolean }> = [];
    const original = globalThis.setTimeout;
    vi.spyOn(globalThis, 'setTimeout').mockImplementation(((fn: () => void, ms: number) => {
      const timer = original(fn, ms) as unknown as { hasRef(): boolean };
      timers.push(timer);
      return timer;
    }) as never);
    const held = heldSink();
    const { auditor } = make({ sink: held.sink });
    auditor.record({ type: 'run.start' });
    await until(() => held.calls.length === 1);
    held.calls[0]?.reject(new Error('EIO'));
    await until(() => timers.length === 1);
    expect(timers[0]?.hasRef()).toBe(false);
    const closed = track(auditor.close());
    expect(timers[0]?.hasRef()).toBe(true);
    vi.runOnlyPendingTimers();
    await until(() => held.calls.length === 2);
    held.calls[1]?.reject(new Error('EIO'));
    await until(() => timers.length === 2);
    expect(timers[1]?.hasRef()).toBe(true);
    vi.runOnlyPendingTimers();
    await until(() => held.calls.length === 3);
    held.calls[2]?.resolve();
    await until(() => closed.settled !== 'pending');
    expect(closed.settled).toBe('resolved');
  });

  it('rejects the fail-closed callers of the failing batch, all of them from the third attempt on; flush() waits', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const held = heldSink();
    const { auditor } = make({ sink: held.sink, maxBatchEvents: 1 });
    const first = track(auditor.recordDurable({ type: 'run.start' }));
    await until(() => held.calls.length === 1);
    const second = track(auditor.recordDurable({ type: 'run.start' }));
    const flushed = track(auditor.flush());
    held.calls[0]?.reject(new Error('EIO'));
    await until(() => first.settled !== 'pending');
    expect(first.error?.message).toBe('ledger append failed for seq 0..0 (attempt 1); retrying');
    expect(second.settled).toBe('pending');
    // During the outage a new fail-closed caller hears at once.
    const during = await auditor.recordDurable({ type: 'run.start' }).catch((e: Error) => e);
    expect((during as Error).message).toBe('event seq 2 is not durable: the ledger is failing');
    expect(during).toBeInstanceOf(RecordError);
    vi.runOnlyPendingTimers();
    await until(() => held.calls.length === 2);
    held.calls[1]?.reject(new Error('EIO'));
    await turns(5);
    expect(second.settled).toBe('pending');
    vi.runOnlyPendingTimers();
    await until(() => held.calls.length === 3);
    held.calls[2]?.reject(new Error('EIO'));
    await until(() => second.settled !== 'pending');
    expect(second.error?.message).toBe('ledger append failed for seq 0..0 (attempt 3); retrying');
    expect(flushed.settled).toBe('pending');
    vi.runOnlyPendingTimers();
    await until(() => held.calls.length === 4);
    held.calls[3]?.resolve();
    for (let i = 4; i < 6; i++) {
      await until(() => held.calls.length === i + 1);
      held.calls[i]?.resolve();
    }
    await until(() => flushed.settled !== 'pending');
    expect(flushed.settled).toBe('resolved');
    expect(held.inner.events().map((e) => e.seq)).toEqual([0, 1, 2]);
    // Durable again: a fail-closed caller resolves with its receipt.
    const after = auditor.recordDurable({ type: 'run.end' });
    await until(() => held.calls.length === 7);
    held.calls[6]?.resolve();
    await expect(after).resolves.toEqual({ id: expect.any(String), seq: 3 });
  });

  it('settles each waiter once its own event is durable, not before', async () => {
    const held = heldSink();
    const { auditor, errors } = make({ sink: held.sink, maxBatchEvents: 1 });
    const a = track(auditor.recordDurable({ type: 'run.start' }));
    const flushA = track(auditor.flush());
    const b = track(auditor.recordDurable({ type: 'run.start' }));
    const flushB = track(auditor.flush());
    await until(() => held.calls.length === 1);
    held.calls[0]?.resolve();
    await until(() => a.settled !== 'pending');
    await turns(3);
    expect([a.settled, flushA.settled, b.settled, flushB.settled]).toEqual(['resolved', 'resolved', 'pending', 'pending']);
    expect(a.value).toMatchObject({ seq: 0 });
    await until(() => held.calls.length === 2);
    held.calls[1]?.resolve();
    await until(() => flushB.settled !== 'pending');
    expect([b.settled, flushB.settled]).toEqual(['resolved', 'resolved']);
    expect(errors).toEqual([]);
    // Everything durable: flush() and recordDurable() of a durable seq resolve at once.
    await auditor.flush();
  });

  it('close() gives up after 5 failed appends in a row, naming what is not durable, and every waiter hears it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const held = heldSink();
    const { auditor, errors } = make({ sink: held.sink, maxBatchEvents: 2 });
    auditor.record({ type: 'run.start' });
    await until(() => held.calls.length === 1);
    held.calls[0]?.resolve();
    await auditor.flush();
    for (let i = 0; i < 3; i++) auditor.record({ type: 'run.start' });
    const flushed = track(auditor.flush());
    await until(() => held.calls.length === 2);
    // Failures before close() do not count towards its five.
    held.calls[1]?.reject(new Error('EIO'));
    await turns(2);
    vi.runOnlyPendingTimers();
    await until(() => held.calls.length === 3);
    const closing = track(auditor.close());
    expect(auditor.close()).toBe(auditor.close());
    for (let n = 3; n < 7; n++) {
      held.calls[n - 1]?.reject(new Error(`EIO ${n}`));
      await turns(3);
      expect(closing.settled).toBe('pending');
      vi.runOnlyPendingTimers();
      await until(() => held.calls.length === n + 1);
    }
    held.calls[6]?.reject(new Error('EIO last'));
    await until(() => closing.settled !== 'pending');
    const expected = 'close(): 3 event(s) (seq 1..3) are not durable: the ledger failed 5 times in a row after close() was called (EIO last)';
    expect(closing.error?.message).toBe(expected);
    expect(closing.error).toBeInstanceOf(RecordError);
    expect((closing.error?.cause as Error).message).toBe('EIO last');
    await until(() => flushed.settled !== 'pending');
    expect(flushed.error).toBe(closing.error);
    await expect(auditor.flush()).rejects.toBe(closing.error);
    // Nothing more is tried, and the give-up is not told as a pipeline error.
    await turns(10);
    vi.runOnlyPendingTimers();
    await turns(10);
    expect(held.calls).toHaveLength(7);
    expect(errors.filter((e) => e === closing.error)).toHaveLength(0);
  });

  it('a success after close() resets the count of failures in a row', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const held = heldSink();
    const { auditor } = make({ sink: held.sink, maxBatchEvents: 1 });
    auditor.record({ type: 'run.start' });
    auditor.record({ type: 'run.start' });
    const closing = track(auditor.close());
    await until(() => held.calls.length === 1);
    for (let n = 0; n < 4; n++) {
      held.calls[n]?.reject(new Error('EIO'));
      await turns(2);
      vi.runOnlyPendingTimers();
      await until(() => held.calls.length === n + 2);
    }
    held.calls[4]?.resolve();
    for (let n = 5; n < 9; n++) {
      await until(() => held.calls.length === n + 1);
      held.calls[n]?.reject(new Error('EIO'));
      await turns(2);
      vi.runOnlyPendingTimers();
    }
    await until(() => held.calls.length === 10);
    held.calls[9]?.resolve();
    await until(() => closing.settled !== 'pending');
    expect(closing.settled).toBe('resolved');
    expect(held.inner.events()).toHaveLength(2);
  });

  it('close() waits for the notices flushing queues, closes the pool, the offload and the stream, and says when the stream cannot be closed', async () => {
    const pool = installPool();
    pool.isReady = false;
    const offload = new FakeOffload();
    fakes.offload = () => offload;
    const held = heldSink();
    const redactor: Redactor = { redact: (event) => { if (event.source === 'agent-audit') return { event }; throw new Error('x'); } };
    const { auditor } = make({ sink: held.sink, redactor });
    auditor.record({ type: 'run.start' });
    const closing = track(auditor.close());
    for (let i = 0; i < 2; i++) {
      await until(() => held.calls.length === i + 1);
      held.calls[i]?.resolve();
    }
    await until(() => closing.settled !== 'pending');
    expect(closing.settled).toBe('resolved');
    expect(held.inner.events().map((e) => e.type)).toEqual(['run.start', 'error']);
    expect([pool.closed, offload.closed]).toEqual([1, 1]);
    expect(() => held.inner.open('bot')).not.toThrow(); // the stream was released
    const failing = heldSink();
    failing.failClose(new Error('fsync failed'));
    const other = make({ sink: failing.sink });
    await expect(other.auditor.close()).rejects.toThrow('close(): the ledger could not be closed (its final checkpoint may be missing): fsync failed');
    const third = heldSink();
    third.failClose('text');
    const t = make({ sink: third.sink });
    const error = await t.auditor.close().catch((e: Error) => e);
    expect(error).toBeInstanceOf(RecordError);
    expect((error as Error).message).toBe('close(): the ledger could not be closed (its final checkpoint may be missing): text');
    expect((error as Error).cause).toBe('text');
  });

  it('close() rejects with the give-up, not the stream close failure, when both happen', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const held = heldSink();
    held.failClose(new Error('close failed'));
    const { auditor } = make({ sink: held.sink });
    auditor.record({ type: 'run.start' });
    const closing = track(auditor.close());
    for (let n = 0; n < 5; n++) {
      await until(() => held.calls.length === n + 1);
      held.calls[n]?.reject('EIO as text');
      await turns(2);
      vi.runOnlyPendingTimers();
    }
    await until(() => closing.settled !== 'pending');
    // A sink that throws something other than an Error: the cause is the append failure.
    expect(closing.error?.message).toBe('close(): 1 event(s) (seq 0..0) are not durable: the ledger failed 5 times in a row after close() was called (ledger append failed for seq 0..0 (attempt 5); retrying)');
    expect((closing.error?.cause as Error).cause).toBe('EIO as text');
  });
});

describe('a redactor result of the wrong shape', () => {
  it('is a failed redaction of that event: masked, told and noted; the batch is written and the stream goes on', async () => {
    const bad: unknown[] = [{ data: { classes: 5 } }, { errors: { length: 1 } }, { compliance: { regimes: 7 } }];
    let n = 0;
    const redactor: Redactor = { redact: (event) => (event.source === 'agent-audit' ? { event } : ({ event, ...(bad[n++] as object) } as RedactionResult)) };
    const { auditor, ledger, errors } = make({ redactor });
    const receipts = [0, 1, 2, 3].map(() => auditor.record({ type: 'run.start', attrs: { secret: 's3cr3t' } }));
    await until(() => ledger.events().length === 7);
    await auditor.flush();
    const events = ledger.events();
    expect(events.slice(0, 4).map((e) => e.data?.classes)).toEqual([['redaction.failed'], ['redaction.failed'], ['redaction.failed'], []]);
    expect(JSON.stringify(events.slice(0, 3))).not.toContain('s3cr3t');
    expect(events.slice(4).map((e) => e.attrs)).toEqual(receipts.slice(0, 3).map((r) => ({ reason: 'redaction_failed', eventId: r.id })));
    expect(errors.map((e) => e.message)).toEqual(receipts.slice(0, 3).map((r) => `redaction failed for event ${r.id}; its content was masked`));
    expect((errors[1]?.cause as Error).message).toBe('redactor returned errors that are not an array');
  });

  it('partial errors that are not Error objects are told by their text', async () => {
    const redactor: Redactor = { redact: (event) => (event.source === 'agent-audit' ? { event } : ({ event, errors: ['plain text', null] } as unknown as RedactionResult)) };
    const { auditor, errors } = make({ redactor });
    const r = auditor.record({ type: 'run.start' });
    await auditor.close();
    expect(errors.map((e) => e.message)).toEqual([
      `redaction partly failed for event ${r.id}: plain text; the affected values were masked`,
      `redaction partly failed for event ${r.id}: null; the affected values were masked`,
    ]);
  });
});

describe('more from the survivors', () => {
  it('a capture option that is not a mode falls back to redacted, and a policy keeps redacted as its default', async () => {
    const captures: unknown[] = [];
    const redactor: Redactor = { redact: (event, options) => (captures.push(options?.capture), { event }) };
    for (const capture of ['bogus', { content: 'hash' }]) {
      const { auditor } = make({ redactor, capture: capture as never });
      auditor.record({ type: 'message.user' });
      await auditor.close();
    }
    expect(captures).toEqual([{ default: 'redacted' }, { default: 'redacted', content: 'hash' }]);
  });

  it('joins the problems of an input with "; "', () => {
    const { auditor, errors } = make();
    const r = auditor.record({ type: 'Bad Type', outcome: 'maybe' } as never);
    const problems = errors[0]?.message.slice(`event ${r.id}: `.length) ?? '';
    const withoutSeparator = make();
    withoutSeparator.auditor.record({ type: 'Bad Type' } as never);
    const first = withoutSeparator.errors[0]?.message.replace(/^event [0-9A-Z]{26}: /, '') ?? '';
    expect(problems.startsWith(`${first}; `)).toBe(true);
  });

  it('a pending gap does not take the place of an event in the queue: one recorded once there is room is kept', async () => {
    const held = heldSink();
    const { auditor } = make({ sink: held.sink, maxQueueEvents: 2, maxBatchEvents: 1 });
    const receipts = Array.from({ length: 5 }, () => auditor.record({ type: 'run.start' }));
    expect(receipts.map((r) => r.seq)).toEqual([0, 1, -1, -1, -1]);
    await until(() => held.calls.length === 1);
    // e0 is being written: the queue holds e1 only, so there is room for one more.
    const later = auditor.record({ type: 'run.end' });
    expect(later.seq).toBe(2);
    for (let i = 0; i < 4; i++) {
      await until(() => held.calls.length === i + 1);
      held.calls[i]?.resolve();
    }
    await auditor.flush();
    expect(held.inner.events().map((e) => e.type)).toEqual(['run.start', 'run.start', 'run.end', 'ledger.gap']);
  });

  it('nothing goes wrong after the last batch from the pool is written', async () => {
    installPool();
    const { auditor, ledger, errors } = make({ sliceMs: 1e9 });
    auditor.record({ type: 'run.start' });
    await auditor.flush();
    await turns(10);
    expect(errors).toEqual([]);
    expect(ledger.events()).toHaveLength(1);
  });

  it('one feed at a time: at most one batch more per host turn while the slice is used up', async () => {
    const pool = installPool();
    pool.auto = false;
    const { auditor } = make({ sliceMs: 0 });
    for (let i = 0; i < 256 * 12; i++) auditor.record({ type: 'run.start' });
    await until(() => pool.sent.length === 1);
    pool.answer(0);
    const counts: number[] = [pool.sent.length];
    for (let i = 0; i < 12; i++) {
      await turns(1);
      counts.push(pool.sent.length);
    }
    // The answer lets the drain send one batch itself; from then on the feed sends one a turn.
    for (let i = 2; i < counts.length; i++) expect((counts[i] as number) - (counts[i - 1] as number)).toBeLessThanOrEqual(1);
    expect(counts[counts.length - 1]).toBe(9);
    for (let i = 1; i < 12; i++) {
      await until(() => pool.sent.length > i);
      pool.answer(i);
    }
    await auditor.flush();
  });
});

describe('measured at 12fc201 (redactOne onward, and the sealing loop of an unencodable event)', () => {
  it('a string kept longer than maxStringLength is redacted whole on the host thread, then cut with its marker', async () => {
    // The redactor masks SECRET, which spans the cut at 100: redacted first, so no piece of it is kept.
    const redactor: Redactor = { redact: (event) => ({ event: JSON.parse(JSON.stringify(event).replace(/SECRET/g, '[S]')) as UnsealedEvent }) };
    const { auditor, ledger, errors } = make({ redactor, limits: { maxStringLength: 100 } });
    auditor.record({ type: 'tool.result', tool: { name: 't', result: { text: `${'a'.repeat(97)}SECRET${'b'.repeat(200)}` } } });
    auditor.record({ type: 'tool.result', tool: { name: 't', result: { text: 'short' } } });
    await auditor.close();
    const [cut, short] = ledger.events();
    expect((cut?.tool?.result as { text: string }).text).toBe(`${'a'.repeat(97)}[S]…[truncated after redaction: 200 of 300 chars]`);
    expect(cut?.attrs?.truncated).toBe(true);
    expect((short?.tool?.result as { text: string }).text).toBe('short');
    expect(errors).toEqual([]);
  });

  it('a redacted event JSON cannot encode is sealed masked: counted, told with its id and cause, the batch written', async () => {
    const redactor: Redactor = { redact: (event) => ({ event: event.type === 'tool.result' ? { ...event, content: { output: 10n as unknown as string } } : event }) };
    const { auditor, ledger, errors } = make({ redactor });
    auditor.record({ type: 'run.start' });
    const r = auditor.record({ type: 'tool.result', content: { output: 'the secret answer' } });
    auditor.record({ type: 'run.end' });
    await auditor.close();
    const events = ledger.events();
    expect(events.map((e) => e.type)).toEqual(['run.start', 'tool.result', 'run.end']);
    expect(events[1]?.content).toEqual({ k0: '[REDACTION_FAILED]' });
    expect(events[1]?.data?.classes).toEqual(['redaction.failed']);
    expect(JSON.stringify(events)).not.toContain('the secret answer');
    expect(errors.map((e) => e.message)).toEqual([`the redacted event ${r.id} could not be encoded as JSON; its content was masked`]);
    expect(errors[0]).toMatchObject({ code: 'redaction_failed' });
    expect((errors[0]?.cause as Error).message).toMatch(/bigint/);
    expect(auditor.stats().redactionFailures).toBe(1);
  });
});

describe('survivors of the run at 12fc201 (lines 561-678)', () => {
  it('an event the offload failed on is redacted here with the capture option', async () => {
    const offload = new FakeOffload();
    fakes.offload = () => offload;
    offload.answer = () => Promise.reject(new Error('worker crashed'));
    const captures: unknown[] = [];
    const redactor: Redactor = { redact: (event, options) => (captures.push(options?.capture), { event }) };
    const { auditor } = make({ redactor, capture: 'hash' });
    auditor.record(big());
    await auditor.flush();
    expect(captures).toEqual([{ default: 'hash' }]);
  });

  it('the fail-closed caller of a failing batch past seq 0 hears the first failure', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const held = heldSink();
    const { auditor } = make({ sink: held.sink });
    auditor.record({ type: 'run.start' });
    await until(() => held.calls.length === 1);
    held.calls[0]?.resolve();
    await auditor.flush();
    const durable = track(auditor.recordDurable({ type: 'run.start' }));
    await until(() => held.calls.length === 2);
    held.calls[1]?.reject(new Error('EIO'));
    await until(() => durable.settled !== 'pending');
    expect(durable.error?.message).toBe('ledger append failed for seq 1..1 (attempt 1); retrying');
    vi.runOnlyPendingTimers();
    await until(() => held.calls.length === 3);
    held.calls[2]?.resolve();
    await auditor.flush();
  });

  it('the backoff is 10 ms x 2^attempt times (0.5 + random): 10 ms for the first retry when random is 0', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const held = heldSink();
    const { auditor } = make({ sink: held.sink });
    auditor.record({ type: 'run.start' });
    await until(() => held.calls.length === 1);
    held.calls[0]?.reject(new Error('EIO'));
    await turns(3);
    vi.advanceTimersByTime(9);
    await turns(3);
    expect(held.calls).toHaveLength(1);
    vi.advanceTimersByTime(1);
    await until(() => held.calls.length === 2);
    held.calls[1]?.resolve();
    await auditor.flush();
  });
});

describe('measured at 5216c7f (the lines changed since 7fbbac1: options, queued characters, the pool start, the time limit)', () => {
  it('refuses a redactionWorker, limits.maxEventValues, maxQueueChars or startAfterEvents it cannot use, naming what was given', () => {
    for (const [bad, shown] of [[null, 'null'], ['yes', '"yes"'], [[], ''], [1, '1']] as const) {
      const ledger = memoryLedger();
      const open = vi.spyOn(ledger, 'open');
      expect(() => createAuditor({ agent, sink: ledger, redactionWorker: bad as never }), shown).toThrow(
        `createAuditor: redactionWorker must be true, false or an object of options (got ${shown})`,
      );
      expect(open).not.toHaveBeenCalled();
    }
    for (const ok of [undefined, true, false, {}]) expect(() => createAuditor({ agent, sink: memoryLedger(), redactor: keep, redactionWorker: ok })).not.toThrow();
    for (const [bad, shown] of [[0, '0'], [-1, '-1'], [1.5, '1.5'], [Number.NaN, 'NaN'], [2 ** 60, String(2 ** 60)]] as const) {
      expect(() => createAuditor({ agent, sink: memoryLedger(), limits: { maxEventValues: bad } }), shown).toThrow(
        `createAuditor: limits.maxEventValues must be a positive integer (got ${shown})`,
      );
    }
    expect(() => createAuditor({ agent, sink: memoryLedger(), redactor: keep, limits: { maxEventValues: 1 } })).not.toThrow();
    for (const [bad, shown] of [[0, '0'], [-5, '-5'], [Number.NaN, 'NaN'], ['1000', '"1000"']] as const) {
      expect(() => createAuditor({ agent, sink: memoryLedger(), maxQueueChars: bad as number }), shown).toThrow(`createAuditor: maxQueueChars must be a positive number (got ${shown})`);
    }
    expect(() => createAuditor({ agent, sink: memoryLedger(), redactor: keep, maxQueueChars: 0.5 })).not.toThrow();
    for (const [bad, shown] of [[-1, '-1'], [Number.NaN, 'NaN'], ['3', '"3"']] as const) {
      expect(() => createAuditor({ agent, sink: memoryLedger(), redactionWorker: { startAfterEvents: bad as number } }), shown).toThrow(
        `createAuditor: redactionWorker.startAfterEvents must be a number >= 0 (got ${shown})`,
      );
    }
    for (const bad of [() => createAuditor({ agent, sink: memoryLedger(), redactionWorker: null as never }), () => createAuditor({ agent, sink: memoryLedger(), maxQueueChars: 0 }), () => createAuditor({ agent, sink: memoryLedger(), limits: { maxEventValues: 0 } }), () => createAuditor({ agent, sink: memoryLedger(), redactionWorker: { startAfterEvents: -1 } })]) {
      expect(bad).toThrow(expect.objectContaining({ code: 'invalid_options' }));
    }
    expect(() => createAuditor({ agent, sink: memoryLedger(), redactor: keep, redactionWorker: { startAfterEvents: 0 } })).not.toThrow();
  });

  it('hands nicePlatformThreads to the sealing pool', () => {
    createAuditor({ agent, sink: memoryLedger(), redactor: keep, redactionWorker: { nicePlatformThreads: false } });
    createAuditor({ agent, sink: memoryLedger(), redactor: keep, redactionWorker: { nicePlatformThreads: true } });
    expect(fakes.poolOptions.map((o) => (o as { nicePlatformThreads?: boolean }).nicePlatformThreads)).toEqual([false, true]);
  });
});

describe('measured at 5216c7f: queued characters, the pool start, the time limit, close()', () => {
  it('past maxQueueChars events are counted as a gap, told with the characters; the queue takes events again once a batch is sealed', async () => {
    const { auditor, ledger, errors } = make({ maxQueueChars: 1, sliceMs: 1e9 });
    const first = auditor.record({ type: 'tool.result', tool: { name: 'a', result: 'abcdef' } });
    const second = auditor.record({ type: 'run.start' });
    expect([first.seq, second.seq]).toEqual([0, -1]);
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/^audit queue full \(1 events of [1-9]\d* characters, limit 1\): events are being counted as a gap until the ledger catches up$/)]);
    await auditor.flush();
    await until(() => ledger.events().length === 2);
    expect(ledger.events().map((e) => e.type)).toEqual(['tool.result', 'ledger.gap']);
    // Sealed and written: the characters it held are free again.
    expect(auditor.record({ type: 'run.end' }).seq).toBe(2);
    await auditor.close();
    expect(ledger.events().map((e) => e.type)).toEqual(['tool.result', 'ledger.gap', 'run.end']);
  });

  it('maxQueueEvents full is told by events even when maxQueueChars is reached too', () => {
    const { auditor, errors } = make({ maxQueueEvents: 1, maxQueueChars: 1 });
    auditor.record({ type: 'run.start' });
    auditor.record({ type: 'run.start' });
    expect(errors.map((e) => e.message)).toEqual(['audit queue full (1 events): events are being counted as a gap until the ledger catches up']);
  });

  it('counts the base64 of media still to be hashed in the queued characters', () => {
    const url = `data:image/png;base64,${Buffer.alloc(30_000, 7).toString('base64')}`;
    const { auditor } = make({ maxQueueChars: 30_000 });
    // The event's snapshot holds the media's summary only; its 40,000 characters of base64 count.
    expect(auditor.record({ type: 'tool.result', tool: { name: 'shot', result: [{ type: 'image', url }] } }).seq).toBe(0);
    expect(auditor.record({ type: 'run.start' }).seq).toBe(-1);
    const small = make({ maxQueueChars: 30_000 });
    expect(small.auditor.record({ type: 'run.start' }).seq).toBe(0);
    expect(small.auditor.record({ type: 'run.start' }).seq).toBe(1);
  });

  it('the characters of batches handed to the pool are freed, and counted again when a failed pool hands them back', async () => {
    const pool = installPool();
    pool.auto = false;
    const { auditor, ledger } = make({ maxQueueChars: 1, sliceMs: 1e9 });
    expect(auditor.record({ type: 'run.start' }).seq).toBe(0);
    await until(() => pool.sent.length === 1);
    // In the pool's hands: the queue is empty again.
    expect(auditor.record({ type: 'run.start' }).seq).toBe(1);
    pool.usable = false;
    pool.fail(0, new Error('thread died'));
    await until(() => ledger.events().length === 2);
    await auditor.flush();
    // Both back and sealed here: nothing is counted twice, the queue takes events.
    expect(auditor.record({ type: 'run.end' }).seq).toBe(2);
    await auditor.close();
    expect(ledger.events().map((e) => e.seq)).toEqual([0, 1, 2]);
  });

  it('a batch to the pool ends after the event that reaches 4 Mi characters', async () => {
    const pool = installPool();
    const { auditor, ledger } = make({ sliceMs: 1e9 });
    for (let i = 0; i < 6; i++) auditor.record({ type: 'tool.result', tool: { name: `t${i}`, result: String(i).repeat(1_000_000) } });
    await auditor.flush();
    expect(pool.sent.map((s) => s.drafts.length)).toEqual([5, 1]);
    expect(ledger.events().map((e) => e.tool?.name)).toEqual(['t0', 't1', 't2', 't3', 't4', 't5']);
  });

  it('the pool starts after startAfterEvents events sealed here, in batches as large as the rest of them (at least 32)', async () => {
    const pool = installPool();
    const ledger = memoryLedger();
    const append = vi.spyOn(ledger, 'append');
    const { auditor } = make({ sliceMs: 1e9, redactionWorker: { startAfterEvents: 100 } }, ledger);
    for (let i = 0; i < 10; i++) auditor.record({ type: 'run.start' });
    await auditor.flush();
    for (let i = 0; i < 95; i++) auditor.record({ type: 'run.start' });
    await auditor.flush();
    expect(append.mock.calls.map(([, r]) => r.length)).toEqual([10, 90, 5]);
    expect(pool.sent.map((s) => s.drafts.length)).toEqual([5]);
    // Near the start, batches of 32 at least.
    const p2 = installPool();
    const l2 = memoryLedger();
    const a2 = vi.spyOn(l2, 'append');
    const two = make({ sliceMs: 1e9, redactionWorker: { startAfterEvents: 40 } }, l2);
    for (let i = 0; i < 30; i++) two.auditor.record({ type: 'run.start' });
    await two.auditor.flush();
    for (let i = 0; i < 40; i++) two.auditor.record({ type: 'run.start' });
    await two.auditor.flush();
    expect(a2.mock.calls.map(([, r]) => r.length)).toEqual([30, 32, 8]);
    expect(p2.sent.map((s) => s.drafts.length)).toEqual([8]);
  });

  it('without the test hook the pool starts after 256 events', async () => {
    const hook = poolStartHooks.startAfterEvents;
    delete poolStartHooks.startAfterEvents;
    try {
      const pool = installPool();
      const ledger = memoryLedger();
      const append = vi.spyOn(ledger, 'append');
      const { auditor } = make({ sliceMs: 1e9 }, ledger);
      for (let i = 0; i < 300; i++) auditor.record({ type: 'run.start' });
      await auditor.flush();
      expect(append.mock.calls.map(([, r]) => r.length)).toEqual([256, 44]);
      expect(pool.sent.map((s) => s.drafts.length)).toEqual([44]);
    } finally {
      poolStartHooks.startAfterEvents = hook;
    }
  });

  it('events a sealing thread ran out of time on are masked here, in order, told and noted; the pool chains after them', async () => {
    const pool = installPool();
    pool.auto = false;
    const redactor: Redactor = { redact: vi.fn((event: UnsealedEvent) => ({ event })) };
    const { auditor, ledger, errors } = make({ sliceMs: 1e9, redactor });
    for (let i = 0; i < 4; i++) auditor.record({ type: 'run.start', attrs: { n: i } });
    await until(() => pool.sent.length === 1);
    const sent = pool.sent[0]?.drafts as DraftEvent[];
    // The thread held events 1 and 2 when its time ran out (the pool marks them, then fails the batch).
    (sent[1] as DraftEvent).sealTimedOut = true;
    (sent[2] as DraftEvent).sealTimedOut = true;
    const ids = sent.map((d) => d.event.id);
    pool.fail(0, new Error('timed out'));
    // Event 0 goes to the pool again alone: the timed-out run after it is not sent.
    await until(() => pool.sent.length === 2);
    expect(pool.sent[1]?.drafts.map((d) => d.event.id)).toEqual([ids[0]]);
    await turns(20);
    expect(pool.sent).toHaveLength(2);
    pool.answer(1);
    // Then 1 and 2 masked here (never redacted again), then 3 to the pool, chained after them.
    await until(() => pool.sent.length === 3);
    expect(pool.rechained).toBe(1);
    // (with the two notices queued behind it)
    expect(pool.sent[2]?.drafts.map((d) => d.event.id)).toEqual([ids[3], expect.any(String), expect.any(String)]);
    expect(pool.sent[2]?.prev).toBe(ledger.events()[2]?.hash);
    pool.answer(2);
    await auditor.flush();
    expect(pool.sent).toHaveLength(3);
    expect(redactor.redact).not.toHaveBeenCalled();
    const events = ledger.events();
    expect(events.slice(0, 4).map((e) => e.id)).toEqual(ids);
    for (const i of [1, 2]) {
      expect(events[i]?.data?.classes).toEqual(['redaction.failed']);
      expect(events[i]?.attrs?.n).toBeUndefined();
    }
    expect(events[0]?.attrs?.n).toBe(0);
    expect(events[3]?.attrs?.n).toBe(3);
    const timeLimit = errors.map((e) => e.message).filter((m) => m.includes("within the sealing worker's time limit"));
    expect(timeLimit).toEqual([1, 2].map((i) => `redaction failed for event ${ids[i]}: it did not finish within the sealing worker's time limit; its content was masked`));
    expect(auditor.stats().redactionFailures).toBe(2);
    // A notice for each, after them.
    expect(events.slice(4).map((e) => [e.type, e.attrs?.reason, e.attrs?.eventId])).toEqual([
      ['error', 'redaction_failed', ids[1]],
      ['error', 'redaction_failed', ids[2]],
    ]);
  });

  it('close() stops the threads and waits for them after the ledger closed; their failure is thrown, never unhandled', async () => {
    const pool = installPool();
    const offload = new FakeOffload();
    fakes.offload = () => offload;
    let endPool!: () => void;
    pool.close = () => {
      pool.closed++;
      return new Promise<void>((resolve) => (endPool = resolve));
    };
    const ledger = memoryLedger();
    const order: string[] = [];
    const closeStream = ledger.close.bind(ledger);
    ledger.close = async (stream: string) => {
      order.push(`ledger ${pool.closed}`);
      return closeStream(stream);
    };
    const { auditor } = make({ sliceMs: 1e9 }, ledger);
    auditor.record({ type: 'run.start' });
    const closing = track(auditor.close());
    await until(() => order.length === 1);
    await turns(10);
    // The threads were told to stop before the ledger's close, and are waited for after it.
    expect(order).toEqual(['ledger 1']);
    expect(offload.closed).toBe(1);
    expect(closing.settled).toBe('pending');
    endPool();
    await until(() => closing.settled !== 'pending');
    expect(closing.settled).toBe('resolved');
    // A pool whose stop fails while the ledger closes: close() rejects with it, and nothing is unhandled.
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const failing = installPool();
      failing.close = () => Promise.reject(new Error('thread would not stop'));
      const slow = memoryLedger();
      const closeSlow = slow.close.bind(slow);
      slow.close = async (stream: string) => {
        await turns(5);
        return closeSlow(stream);
      };
      const other = make({}, slow);
      await expect(other.auditor.close()).rejects.toThrow('thread would not stop');
      await turns(5);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('maxQueueChars is reached when the queued characters equal it', () => {
    const probe = make({ maxQueueChars: 1 });
    const input = { type: 'tool.result', tool: { name: 'a', result: 'abcdef' } };
    probe.auditor.record(input);
    probe.auditor.record(input);
    const chars = Number(/of (\d+) characters/.exec(probe.messages()[0] ?? '')?.[1]);
    expect(chars).toBeGreaterThan(0);
    const exact = make({ maxQueueChars: chars });
    expect(exact.auditor.record(input).seq).toBe(0);
    expect(exact.auditor.record(input).seq).toBe(-1);
    const above = make({ maxQueueChars: chars + 1 });
    expect(above.auditor.record(input).seq).toBe(0);
    expect(above.auditor.record(input).seq).toBe(1);
  });

  it('a pending gap waits while the queued characters are at the bound: an event recorded once there is room comes before it', async () => {
    const held = heldSink();
    const { auditor } = make({ sink: held.sink, maxQueueChars: 1500, maxBatchEvents: 1 });
    const large = { type: 'tool.result', tool: { name: 'a', result: 'x'.repeat(1000) } };
    const receipts = [auditor.record(large), auditor.record(large), auditor.record(large)];
    expect(receipts.map((r) => r.seq)).toEqual([0, 1, -1]);
    await until(() => held.calls.length === 1);
    // e0 is being written: the queue holds e1 only, under the bound.
    expect(auditor.record({ type: 'run.end' }).seq).toBe(2);
    for (let i = 0; i < 4; i++) {
      await until(() => held.calls.length === i + 1);
      held.calls[i]?.resolve();
    }
    await auditor.flush();
    expect(held.inner.events().map((e) => e.type)).toEqual(['tool.result', 'tool.result', 'run.end', 'ledger.gap']);
  });

  it('the batches a failed pool hands back count in the queued characters again', async () => {
    const pool = installPool();
    pool.auto = false;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // The host's redaction of the first event handed back waits on the test.
    const redactor: Redactor = { redact: async (event) => (event.tool?.name === 'small' ? (await gate, { event }) : { event }) };
    const { auditor, ledger } = make({ redactor, maxQueueChars: 500, maxBatchEvents: 1, sliceMs: 1e9 });
    expect(auditor.record({ type: 'tool.result', tool: { name: 'small', result: 'a' } }).seq).toBe(0);
    expect(auditor.record({ type: 'tool.result', tool: { name: 'large', result: 'x'.repeat(1000) } }).seq).toBe(1);
    await until(() => pool.sent.length === 2);
    pool.isReady = false;
    pool.fail(0, new Error('thread died'));
    // Both back in the queue; the host takes the first (one event a batch) and waits on its redaction:
    // the large one is queued again, its characters count.
    await turns(20);
    expect(auditor.record({ type: 'run.start' }).seq).toBe(-1);
    release();
    await auditor.flush();
    await until(() => ledger.events().length >= 3);
    expect(ledger.events().slice(0, 2).map((e) => e.tool?.name)).toEqual(['small', 'large']);
  });

  it('systemEvents: agent-audit\'s own source and types are refused unless the option is true, inside run() too', async () => {
    const input = { type: 'ledger.note', source: 'agent-audit' };
    const ctx = { trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) } };
    const plain = make();
    plain.auditor.record(input);
    plain.auditor.run(ctx, () => plain.auditor.record(input));
    await plain.auditor.flush();
    expect(plain.ledger.events().map((e) => [e.type, e.source])).toEqual([['error', 'app'], ['error', 'app']]);
    expect(plain.errors).toHaveLength(2);
    const system = make({ systemEvents: true });
    system.auditor.record(input);
    system.auditor.run(ctx, () => system.auditor.record(input));
    await system.auditor.flush();
    expect(system.ledger.events().map((e) => [e.type, e.source])).toEqual([['ledger.note', 'agent-audit'], ['ledger.note', 'agent-audit']]);
    expect(system.errors).toEqual([]);
  });

  it('hands over one memory per trace for events without a session, the last event of each', async () => {
    const pool = installPool();
    pool.isReady = false;
    const redactor: Redactor = { redact: (event) => ({ event }) };
    attachInternals(redactor, { recipe: () => undefined, memoryOf: (event) => [[`t:${event.trace?.traceId}:${event.session}`, event.id]] as never, loadMemory: () => {} });
    const { auditor, ledger } = make({ redactor, sliceMs: 1e9 });
    const traces = ['a', 'b'].map((c) => ({ trace: { traceId: c.repeat(32), spanId: 'c'.repeat(16) } }));
    for (let i = 0; i < 4; i++) auditor.run(traces[i % 2] as never, () => auditor.record({ type: 'run.start' }));
    await auditor.flush();
    pool.isReady = true;
    auditor.record({ type: 'run.start', session: 's' });
    await auditor.flush();
    const ids = ledger.events().map((e) => e.id);
    expect(pool.sent[0]?.memory).toEqual([[`t:${'a'.repeat(32)}:undefined`, ids[2]], [`t:${'b'.repeat(32)}:undefined`, ids[3]]]);
  });

  it('a timed-out event at the head waits here while an earlier batch is still in the pool\'s hands (no event sealed out of order)', async () => {
    const pool = installPool();
    pool.auto = false;
    // One event a batch, so two batches are out when the timed-out event reaches the queue's head.
    const { auditor, ledger } = make({ sliceMs: 1e9, maxBatchEvents: 1 });
    for (let i = 0; i < 4; i++) auditor.record({ type: 'run.start', attrs: { n: i } });
    await until(() => pool.sent.length === 4);
    const ids = pool.sent.map((s) => s.drafts[0]?.event.id);
    (pool.sent[2]?.drafts[0] as DraftEvent).sealTimedOut = true;
    pool.fail(0, new Error('timed out'));
    // 0 and 1 go to the pool again; 2, timed out, is not sent.
    await until(() => pool.sent.length === 6);
    expect(pool.sent.slice(4).map((s) => s.drafts[0]?.event.id)).toEqual([ids[0], ids[1]]);
    pool.answer(4);
    await until(() => ledger.events().length === 1);
    // Event 1 is still out: event 2 is not masked and sealed here before it.
    await turns(20);
    expect(ledger.events().map((e) => e.id)).toEqual([ids[0]]);
    pool.answer(5);
    await until(() => pool.sent.length >= 7);
    expect(pool.sent[6]?.drafts[0]?.event.id).toBe(ids[3]);
    // (and the notice of event 2 after it)
    pool.auto = true;
    for (let i = 6; i < pool.sent.length; i++) pool.answer(i);
    await auditor.flush();
    const events = ledger.events();
    expect(events.slice(0, 4).map((e) => e.id)).toEqual(ids);
    expect(events.slice(0, 4).map((e) => e.data?.classes ?? [])).toEqual([[], [], ['redaction.failed'], []]);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
  });

  it('one batch per host turn: nothing is fed to a pool that became unusable, nor past a timed-out event at the head', async () => {
    // A pool that stops being usable after its first batch: the feed sends it nothing more.
    const pool = installPool();
    pool.auto = false;
    const send = pool.send.bind(pool);
    pool.send = (...args: Parameters<FakePool['send']>) => {
      const entry = send(...args);
      pool.usable = false;
      return entry;
    };
    const { auditor, ledger } = make({ sliceMs: 0, maxBatchEvents: 1 });
    for (let i = 0; i < 4; i++) auditor.record({ type: 'run.start', attrs: { n: i } });
    await until(() => pool.sent.length === 1);
    await turns(20);
    expect(pool.sent).toHaveLength(1);
    pool.answer(0);
    await auditor.flush();
    expect(pool.sent).toHaveLength(1);
    expect(ledger.events().map((e) => e.attrs?.n)).toEqual([0, 1, 2, 3]);

    // The feed stops at a timed-out event at the head: no empty batch is sent.
    const p2 = installPool();
    p2.auto = false;
    const two = make({ sliceMs: 0, maxBatchEvents: 1 });
    for (let i = 0; i < 4; i++) two.auditor.record({ type: 'run.start', attrs: { n: i } });
    await until(() => p2.sent.length === 4);
    const ids = p2.sent.map((s) => s.drafts[0]?.event.id);
    (p2.sent[2]?.drafts[0] as DraftEvent).sealTimedOut = true;
    p2.fail(0, new Error('timed out'));
    // 0 and 1 again, one a turn; then nothing while 2 is at the head and 1 is out.
    await until(() => p2.sent.length === 6);
    p2.answer(4);
    await turns(20);
    expect(p2.sent.map((s) => s.drafts.length)).toEqual([1, 1, 1, 1, 1, 1]);
    p2.answer(5);
    await until(() => p2.sent.length >= 7);
    p2.auto = true;
    for (let i = 6; i < p2.sent.length; i++) p2.answer(i);
    await two.auditor.flush();
    expect(p2.sent.every((s) => s.drafts.length === 1)).toBe(true);
    expect(two.ledger.events().slice(0, 4).map((e) => e.id)).toEqual(ids);
  });

  it('no batch is fed to the pool while none is out and the host seals (the pool would chain from a hash not yet known)', async () => {
    // A pool that answers at once and is not ready after its first batch (its threads restart):
    // the host seals the rest, in slices, with a feed still pending from that first batch.
    const pool = installPool();
    const send = pool.send.bind(pool);
    pool.send = (...args: Parameters<FakePool['send']>) => {
      const entry = send(...args);
      pool.isReady = false;
      return entry;
    };
    const { auditor, ledger } = make({ sliceMs: 0, maxBatchEvents: 8 });
    for (let i = 0; i < 40; i++) auditor.record({ type: 'run.start', attrs: { n: i } });
    await auditor.flush();
    expect(pool.sent.map((s) => s.drafts.length)).toEqual([8]);
    const events = ledger.events();
    expect(events.map((e) => e.attrs?.n)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    for (let i = 1; i < events.length; i++) expect(events[i]?.prev).toBe(events[i - 1]?.hash);
  });

  it('timed-out events at the end of the queue are all masked here, nothing read past it', async () => {
    const pool = installPool();
    pool.auto = false;
    const { auditor, ledger, errors } = make({ sliceMs: 1e9 });
    for (let i = 0; i < 3; i++) auditor.record({ type: 'run.start', attrs: { n: i } });
    await until(() => pool.sent.length === 1);
    const sent = pool.sent[0]?.drafts as DraftEvent[];
    (sent[1] as DraftEvent).sealTimedOut = true;
    (sent[2] as DraftEvent).sealTimedOut = true;
    pool.fail(0, new Error('timed out'));
    await until(() => pool.sent.length === 2);
    pool.answer(1);
    await until(() => ledger.events().length === 3);
    await until(() => pool.sent.length === 3);
    pool.answer(2);
    await auditor.flush();
    expect(ledger.events().slice(0, 3).map((e) => e.data?.classes ?? [])).toEqual([[], ['redaction.failed'], ['redaction.failed']]);
    expect(errors.map((e) => e.message).filter((m) => !m.includes('time limit') && !m.includes('sealing worker failed'))).toEqual([]);
  });

  it('a pending gap waits while the queued characters equal the bound', async () => {
    const input = { type: 'tool.result', tool: { name: 'a', result: 'abcdef' } };
    const probe = make({ maxQueueChars: 1 });
    probe.auditor.record(input);
    probe.auditor.record(input);
    const chars = Number(/of (\d+) characters/.exec(probe.messages()[0] ?? '')?.[1]);
    const held = heldSink();
    const { auditor } = make({ sink: held.sink, maxQueueChars: chars });
    expect([auditor.record(input).seq, auditor.record(input).seq]).toEqual([0, -1]);
    await until(() => held.calls.length === 1);
    expect(auditor.record({ type: 'run.end' }).seq).toBe(1);
    for (let i = 0; i < 2; i++) {
      await until(() => held.calls.length === i + 1);
      held.calls[i]?.resolve();
    }
    await auditor.flush();
    expect(held.inner.events().map((e) => e.type)).toEqual(['tool.result', 'run.end', 'ledger.gap']);
  });
});

describe('measured 2026-12-03 (evening): auditor.ts 429-471, 509-517', () => {
  it('timed-out events at the head are masked here in batches of at most maxBatchEvents, each its own append', async () => {
    // 429 `n < limit` → `true` or `<=`: the run of timed-out events was taken whole, or one past the limit.
    const pool = installPool();
    pool.auto = false;
    const ledger = memoryLedger();
    const append = vi.spyOn(ledger, 'append');
    const { auditor } = make({ sliceMs: 1e9, maxBatchEvents: 2 }, ledger);
    for (let i = 0; i < 5; i++) auditor.record({ type: 'run.start', attrs: { n: i } });
    await until(() => pool.sent.length === 3);
    expect(pool.sent.map((s) => s.drafts.length)).toEqual([2, 2, 1]);
    for (const s of pool.sent) for (const draft of s.drafts) draft.sealTimedOut = true;
    pool.fail(0, new Error('timed out'));
    pool.auto = true;
    await auditor.flush();
    const events = ledger.events();
    expect(events.slice(0, 5).map((e) => e.attrs?.n ?? null)).toEqual([null, null, null, null, null]);
    expect(events.slice(0, 5).map((e) => e.data?.classes ?? [])).toEqual(Array.from({ length: 5 }, () => ['redaction.failed']));
    expect(append.mock.calls.slice(0, 3).map(([, r]) => r.length)).toEqual([2, 2, 1]);
    expect(pool.sent).toHaveLength(3);
  });
  it('a batch for the pool ends with the event that reaches 4 MiB of characters, not one after it', async () => {
    // 509 `chars < WORKER_BATCH_CHARS` → `<=` (one event more at exactly 4 MiB) or `false` (one event a batch).
    // The queued characters are the snapshot's (`chars`): set on the drafts handed back, not built as 4 MiB of text.
    const pool = installPool();
    pool.auto = false;
    const { auditor, ledger } = make({ sliceMs: 1e9 });
    for (let i = 0; i < 5; i++) auditor.record({ type: 'run.start', attrs: { n: i } });
    await until(() => pool.sent.length === 1);
    const drafts = pool.sent[0]?.drafts as DraftEvent[];
    expect(drafts).toHaveLength(5);
    (drafts[0] as DraftEvent).chars = 4 * 1024 * 1024 - 10;
    (drafts[1] as DraftEvent).chars = 10;
    for (const i of [2, 3, 4]) (drafts[i] as DraftEvent).chars = 1;
    pool.fail(0, new Error('thread died'));
    pool.auto = true;
    await auditor.flush();
    // Handed back: the first two make exactly 4 MiB, the batch ends there; the rest go together.
    expect(pool.sent.slice(1).map((s) => s.drafts.length)).toEqual([2, 3]);
    expect(ledger.events().slice(0, 5).map((e) => e.attrs?.n)).toEqual([0, 1, 2, 3, 4]);
  });
});
