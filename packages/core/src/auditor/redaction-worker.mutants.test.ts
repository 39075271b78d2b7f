// The worker thread's side of redaction and sealing (issue 13, from mutants of redaction-worker.ts),
// run in this process: `node:worker_threads` is replaced by a port that records what the worker
// posts, so each request's exact reply can be checked. The worker must answer as the host's own
// redactor would (same event, classification, memory, members), refuse work before init, and turn
// every failure of one event into a reply (never a crash): a throw (with its causes), a promise,
// no event, an event that cannot be encoded. The redactor it builds is wrapped so an event's
// `attrs.mode` can make it fail in one of those ways.
import { readlinkSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { UnsealedEvent } from '../spec/event.js';
import type { Redactor } from '../spec/redactor.js';
import { createKeyring } from '../redaction/keys.js';
import { createRedactor } from '../redaction/redactor.js';
import { internalsOf } from '../redaction/internals.js';
import { eventMembers } from './seal-members.js';
import { canonicalAroundPrev } from './seal.js';
import { failedRedaction, mergeClassification } from './classify.js';

const h = vi.hoisted(() => {
  const listeners: Array<(message: unknown) => void> = [];
  const sent: unknown[] = [];
  return {
    listeners,
    sent,
    port: {
      on(kind: string, listener: (message: unknown) => void) { if (kind === 'message') listeners.push(listener); },
      postMessage(message: unknown) { sent.push(message); },
    },
    priority: { current: 0, set: [] as Array<[number, number]> },
    preloads: { count: 0 },
  };
});

vi.mock('node:worker_threads', async (importOriginal) => ({ ...(await importOriginal<typeof import('node:worker_threads')>()), parentPort: h.port }));
vi.mock('node:os', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:os')>();
  return { ...actual, getPriority: () => h.priority.current, setPriority: (tid: number, nice: number) => { h.priority.set.push([tid, nice]); } };
});
vi.mock('../redaction/names.js', async (importOriginal) => ({ ...(await importOriginal<typeof import('../redaction/names.js')>()), preloadNameLists: () => { h.preloads.count++; } }));
vi.mock('../redaction/redactor.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../redaction/redactor.js')>();
  return {
    ...actual,
    createRedactor: (options: Parameters<typeof actual.createRedactor>[0]) => {
      const redactor = actual.createRedactor(options);
      const real = redactor.redact.bind(redactor);
      redactor.redact = (event, redactOptions) => {
        const mode = (event.attrs as Record<string, unknown> | undefined)?.mode;
        const done = () => real(event, redactOptions) as ReturnType<typeof real> & object;
        if (mode === 'throw') throw new Error('outer', { cause: new Error('middle', { cause: 'inner' }) });
        if (mode === 'throw-text') throw 'plain text';
        if (mode === 'async') return Promise.resolve(done());
        if (mode === 'no-event') return { event: undefined } as never;
        if (mode === 'null') return null as never;
        if (mode === 'errors') return { ...done(), errors: [new Error('first'), new Error('second', { cause: new Error('why') })] } as never;
        if (mode === 'bigint') return { event: { ...event, attrs: { n: 10n } } } as never;
        return real(event, redactOptions);
      };
      return redactor;
    },
  };
});

const key = () => createKeyring([new Uint8Array(32).fill(9)]);
const OPTIONS = { builtins: ['email', 'phone', 'card', 'ip', 'secrets'] as const };
const send = (request: unknown): unknown[] => {
  for (const listener of h.listeners) listener(request);
  return h.sent.splice(0);
};
const event = (id: string, extra: Record<string, unknown> = {}): UnsealedEvent =>
  ({ v: 1, id, ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, agent: { id: 'a' }, source: 't', outcome: 'success', session: 'visit', ...extra }) as unknown as UnsealedEvent;
const recipeOf = (redactor: Redactor) => internalsOf(redactor)?.recipe();
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('redaction-worker', () => {
  beforeEach(() => {
    h.priority.set.length = 0;
    h.priority.current = 0;
  });

  it('refuses work before init, with a reply (no crash)', async () => {
    await import('./redaction-worker.js');
    expect(h.listeners).toHaveLength(1);
    expect(send({ kind: 'redact', id: 1, event: event('e'), capture: {}, memory: [] })).toStrictEqual([{ id: 1, ok: false, message: 'redaction worker used before init' }]);
    expect(send({ kind: 'seal', id: 2, drafts: [{ event: event('e'), capture: {} }] })).toStrictEqual([{ kind: 'sealed', id: 2, ok: false, message: 'sealing worker used before init' }]);
  });

  it('init: says ready; lowers its thread\'s priority only when asked and only downwards', () => {
    const recipe = recipeOf(createRedactor({ pseudonymKey: key(), ...OPTIONS }));
    expect(send({ kind: 'init', recipe })).toStrictEqual([{ kind: 'ready', id: 0 }]);
    expect(h.priority.set).toStrictEqual([]);
    if (process.platform !== 'linux') return;
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    expect(send({ kind: 'init', recipe, nice: 10 })).toStrictEqual([{ kind: 'ready', id: 0 }]);
    expect(h.priority.set).toStrictEqual([[tid, 10]]);
    h.priority.current = 10;
    send({ kind: 'init', recipe, nice: 10 });
    h.priority.current = 15;
    send({ kind: 'init', recipe, nice: 10 });
    expect(h.priority.set).toStrictEqual([[tid, 10]]);
  });

  it('init: preloads the name lists after answering, when the person detector is on', async () => {
    const cases: Array<[Record<string, unknown>, number]> = [[OPTIONS, 0], [{}, 1], [{ builtins: ['email', 'person'] }, 1]];
    for (const [options, preloads] of cases) {
      h.preloads.count = 0;
      send({ kind: 'init', recipe: recipeOf(createRedactor({ pseudonymKey: key(), ...options })) });
      expect(h.preloads.count).toBe(0);
      await turn();
      expect(h.preloads.count).toBe(preloads);
    }
  });

  it('redact: the reply holds what the host\'s redactor gives, the session memory after it, and the members to hash', () => {
    send({ kind: 'init', recipe: recipeOf(createRedactor({ pseudonymKey: key(), ...OPTIONS })) });
    const input = event('e1', { content: { input: 'mail zq@example.org from 10.0.0.7' }, data: { classes: ['x'], sensitivity: 'internal' } });
    const reference = createRedactor({ pseudonymKey: key(), ...OPTIONS });
    const expected = reference.redact(input, { capture: { default: 'redacted' } }) as { event: UnsealedEvent; data?: unknown; compliance?: unknown };
    const [reply] = send({ kind: 'redact', id: 7, event: input, capture: { default: 'redacted' }, memory: [] });
    expect(reply).toStrictEqual({
      id: 7, ok: true, event: expected.event, data: expected.data, compliance: expected.compliance, errors: [],
      memory: internalsOf(reference)?.memoryOf(input), members: eventMembers(expected.event, new Set(['data', 'compliance'])),
    });
    expect(JSON.stringify((reply as { event: unknown }).event)).not.toContain('zq@example.org');
    expect((reply as { members: Array<[string, string]> }).members.map(([name]) => name)).not.toContain('data');
    // The memory snapshot is not empty: the address is remembered for the session.
    expect((reply as { memory: unknown[] }).memory).not.toStrictEqual([]);
  });

  it('redact: the memory the host sends is what the worker masks recurrences with', () => {
    const host = createRedactor({ pseudonymKey: key(), ...OPTIONS });
    send({ kind: 'init', recipe: recipeOf(host) });
    host.redact(event('e1', { tool: { name: 't', arguments: { lastName: 'Quillfeather' } } }), { capture: { default: 'redacted' } });
    const later = event('e2', { content: { input: 'Mx Quillfeather called' } });
    const expected = host.redact(later, { capture: { default: 'redacted' } }) as { event: UnsealedEvent };
    expect(JSON.stringify(expected.event)).not.toContain('Quillfeather');
    const [reply] = send({ kind: 'redact', id: 8, event: later, capture: { default: 'redacted' }, memory: internalsOf(host)?.memoryOf(later) });
    expect((reply as { event: unknown }).event).toStrictEqual(expected.event);
  });

  it('redact: a redactor\'s errors are passed as messages (with their causes); a failure is a refusal with its message', () => {
    send({ kind: 'init', recipe: recipeOf(createRedactor({ pseudonymKey: key(), ...OPTIONS })) });
    const [withErrors] = send({ kind: 'redact', id: 1, event: event('e', { attrs: { mode: 'errors' } }), capture: {}, memory: [] });
    expect((withErrors as { ok: boolean; errors: string[] }).ok).toBe(true);
    expect((withErrors as { errors: string[] }).errors).toStrictEqual(['first', 'second: why']);
    expect(send({ kind: 'redact', id: 2, event: event('e', { attrs: { mode: 'throw' } }), capture: {}, memory: [] })).toStrictEqual([{ id: 2, ok: false, message: 'outer: middle: inner' }]);
    expect(send({ kind: 'redact', id: 3, event: event('e', { attrs: { mode: 'throw-text' } }), capture: {}, memory: [] })).toStrictEqual([{ id: 3, ok: false, message: 'plain text' }]);
    expect(send({ kind: 'redact', id: 4, event: event('e', { attrs: { mode: 'async' } }), capture: {}, memory: [] })).toStrictEqual([{ id: 4, ok: false, message: 'an offloaded redactor must be synchronous' }]);
  });

  it('seal: each event redacted, classified and split around prev, in order; each failure listed by index, the event masked', () => {
    send({ kind: 'init', recipe: recipeOf(createRedactor({ pseudonymKey: key(), ...OPTIONS })) });
    const reference = createRedactor({ pseudonymKey: key(), ...OPTIONS });
    const good = event('g', { content: { input: 'mail zq@example.org' }, compliance: { regimes: ['gdpr'] } });
    const modes = ['throw', 'errors', 'async', 'no-event', 'null', 'bigint', 'throw-text'];
    const drafts = [good, ...modes.map((mode, i) => event(`m${i}`, { content: { input: 'mail zq@example.org' }, attrs: { mode } }))].map((e) => ({ event: e, capture: { default: 'redacted' } }));
    const [reply] = send({ kind: 'seal', id: 5, drafts });
    const redacted = (e: UnsealedEvent) => {
      const done = reference.redact(e, { capture: { default: 'redacted' } }) as { event: UnsealedEvent; data?: never; compliance?: never };
      return canonicalAroundPrev(mergeClassification(done.event, done.data, done.compliance));
    };
    const masked = (e: UnsealedEvent) => canonicalAroundPrev(failedRedaction(e));
    const withErrors = { ...(reference.redact(drafts[2]!.event, { capture: { default: 'redacted' } }) as { event: UnsealedEvent; data?: never; compliance?: never }) };
    const parts = [
      redacted(good),
      masked(drafts[1]!.event),
      canonicalAroundPrev(mergeClassification(withErrors.event, withErrors.data, withErrors.compliance)),
      masked(drafts[3]!.event),
      masked(drafts[4]!.event),
      masked(drafts[5]!.event),
      masked(drafts[6]!.event),
      masked(drafts[7]!.event),
    ];
    expect(reply).toStrictEqual({
      kind: 'sealed', id: 5, ok: true,
      heads: parts.map((p) => p.head).join('\n'),
      tails: parts.map((p) => p.tail).join('\n'),
      failures: [
        { index: 1, whole: true, messages: ['outer: middle: inner'] },
        { index: 2, whole: false, messages: ['first', 'second: why'] },
        { index: 3, whole: true, messages: ['an offloaded redactor must be synchronous'] },
        { index: 4, whole: true, messages: ['redactor returned no event'] },
        { index: 5, whole: true, messages: ['redactor returned no event'] },
        { index: 6, whole: true, messages: [expect.stringMatching(/BigInt/i)] },
        { index: 7, whole: true, messages: ['plain text'] },
      ],
    });
    expect(parts[0]!.head + parts[0]!.tail).not.toContain('zq@example.org');
    // The redactor's classification is merged in (the event's own regime kept).
    expect(parts[0]!.head + parts[0]!.tail).toContain('"data":{"classes":["pii.email"],"sensitivity":"confidential"}');
    expect(parts[0]!.head + parts[0]!.tail).toMatch(/"compliance":\{"regimes":\[[^\]]*"gdpr"[^\]]*\]/);
  });

  it('seal: an empty batch is an empty reply; the memory sent with the first batch is loaded first', () => {
    const host = createRedactor({ pseudonymKey: key(), ...OPTIONS });
    send({ kind: 'init', recipe: recipeOf(host) });
    expect(send({ kind: 'seal', id: 1, drafts: [] })).toStrictEqual([{ kind: 'sealed', id: 1, ok: true, heads: '', tails: '', failures: [] }]);
    host.redact(event('e1', { tool: { name: 't', arguments: { lastName: 'Quillfeather' } } }), { capture: { default: 'redacted' } });
    const later = event('e2', { content: { input: 'Mx Quillfeather called' } });
    const [reply] = send({ kind: 'seal', id: 2, memory: internalsOf(host)?.memoryOf(later), drafts: [{ event: later, capture: { default: 'redacted' } }] });
    const { heads, tails } = reply as { heads: string; tails: string };
    expect(heads + tails).not.toContain('Quillfeather');
    // Without the memory the worker does not know the name.
    send({ kind: 'init', recipe: recipeOf(host) });
    const [fresh] = send({ kind: 'seal', id: 3, drafts: [{ event: later, capture: { default: 'redacted' } }] });
    expect((fresh as { heads: string }).heads + (fresh as { tails: string }).tails).toContain('Quillfeather');
  });

  it('seal: pending media are completed before redaction (their digests are in the sealed bytes)', async () => {
    send({ kind: 'init', recipe: recipeOf(createRedactor({ pseudonymKey: key(), ...OPTIONS })) });
    const { shapeEvent } = await import('./shape.js');
    const { DEFAULT_LIMITS, newBudget } = await import('../internal/normalize.js');
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 7)]).toString('base64');
    const draft = shapeEvent({ type: 'message.user', content: { input: `data:image/png;base64,${png}` } }, { id: 'm', ts: '2026-01-01T00:00:00.000Z', seq: 0, trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) } }, { stream: 's', agent: { id: 'a' }, source: 't', session: undefined, actor: undefined, capture: { default: 'redacted' } }, DEFAULT_LIMITS, newBudget(DEFAULT_LIMITS));
    expect(draft.media?.length).toBe(1);
    const before = JSON.stringify(draft.event);
    const [reply] = send({ kind: 'seal', id: 1, drafts: [{ event: draft.event, capture: draft.capture, media: draft.media }] });
    const { heads, tails, failures } = reply as { heads: string; tails: string; failures: unknown[] };
    expect(failures).toStrictEqual([]);
    expect(JSON.stringify(draft.event)).not.toBe(before);
    expect(heads + tails).toContain(`"bytes":${Buffer.from(png, 'base64').byteLength}`);
  });

  it('redact: the members handed back leave out data and compliance, which the host merges and hashes (a fresh copy of the module)', async () => {
    // Imported again inside the test, so the module's own constants are built under it.
    h.listeners.length = 0;
    // @ts-expect-error: a query makes a second instance of the module (its imports are shared).
    await import('./redaction-worker.js?fresh');
    send({ kind: 'init', recipe: recipeOf(createRedactor({ pseudonymKey: key(), ...OPTIONS })) });
    const input = event('e1', { content: { input: 'mail zq@example.org' }, data: { classes: ['x'], sensitivity: 'internal' }, compliance: { regimes: ['gdpr'] } });
    const [reply] = send({ kind: 'redact', id: 9, event: input, capture: { default: 'redacted' }, memory: [] });
    const names = (reply as { members: Array<[string, string]> }).members.map(([name]) => name).sort();
    expect(names).toStrictEqual(['agent', 'content', 'id', 'outcome', 'seq', 'session', 'source', 'stream', 'trace', 'ts', 'type', 'v']);
  });
});
