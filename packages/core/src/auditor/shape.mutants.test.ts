// How record() turns a caller's input into the unsealed event (issue 13, from surviving mutants of
// shape.ts): every known block is copied member by member with its defaults, wrong types are
// repaired and listed as problems (never thrown), unknown fields are kept under attrs, and the
// trace of an event is resolved from its input and the current context. Exact outputs: these
// are the bytes that are redacted, hashed and stored.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, newBudget, type NormalizeLimits } from '../internal/normalize.js';
import { actorTypeSchema, eventTypeSchema, outcomeSchema, sensitivitySchema, type RecordInput, type Trace } from '../spec/event.js';
import type { CapturePolicy } from '../spec/redactor.js';
import { captureOf, resolveEventTrace, shapeEvent, type ShapeDefaults } from './shape.js';

const TRACE: Trace = { traceId: '1'.repeat(32), spanId: '2'.repeat(16) };
const BASE = { id: 'ev-1', ts: '2026-01-01T00:00:00.000Z', seq: 7, trace: TRACE };
const DEFAULTS: ShapeDefaults = { stream: 'st', agent: { id: 'ag' }, source: 'src', session: undefined, actor: undefined, capture: { default: 'redacted' } };
/** The members every event has, as shapeEvent sets them for BASE and DEFAULTS. */
const HEAD = { v: 1, id: 'ev-1', ts: '2026-01-01T00:00:00.000Z', stream: 'st', seq: 7, trace: TRACE, agent: { id: 'ag' }, source: 'src' };

function shape(input: unknown, defaults: Partial<ShapeDefaults> = {}, limits: Partial<NormalizeLimits> = {}) {
  const l = { ...DEFAULT_LIMITS, ...limits };
  return shapeEvent(input as RecordInput, BASE, { ...DEFAULTS, ...defaults }, l, newBudget(l));
}

describe('shapeEvent: the event members', () => {
  it('a plain event: the base, the defaults, outcome success, nothing else', () => {
    const draft = shape({ type: 'tool.result' });
    expect(draft).toStrictEqual({ event: { ...HEAD, type: 'tool.result', outcome: 'success' }, capture: { default: 'redacted' }, problems: [], chars: 0, values: 0 });
  });

  it('a start type without an outcome is pending; a given outcome is kept; null counts as none', () => {
    expect(shape({ type: 'tool.call' }).event.outcome).toBe('pending');
    expect(shape({ type: 'tool.call', outcome: null }).event.outcome).toBe('pending');
    expect(shape({ type: 'tool.result', outcome: null }).event.outcome).toBe('success');
    expect(shape({ type: 'tool.call', outcome: 'denied' }).event.outcome).toBe('denied');
  });

  it('an invalid outcome is recorded as failure, the given one kept under attrs.invalidOutcome', () => {
    const draft = shape({ type: 'tool.result', outcome: 'meh' });
    expect(draft.event).toStrictEqual({ ...HEAD, type: 'tool.result', outcome: 'failure', attrs: { invalidOutcome: 'meh' } });
    expect(draft.problems).toStrictEqual(['invalid outcome; recorded as "failure"']);
  });

  it('an invalid or missing type is recorded as "error", the given one kept under attrs.invalidType', () => {
    const bad = shape({ type: 'Not A Type' });
    expect(bad.event).toStrictEqual({ ...HEAD, type: 'error', outcome: 'success', attrs: { invalidType: 'Not A Type' } });
    expect(bad.problems).toStrictEqual(['invalid event type (a string of 10 characters, kept under attrs.invalidType); recorded as "error"']);
    const number = shape({ type: 5 });
    expect(number.event).toStrictEqual({ ...HEAD, type: 'error', outcome: 'success', attrs: { invalidType: 5 } });
    expect(number.problems).toStrictEqual(['invalid event type (number, kept under attrs.invalidType); recorded as "error"']);
    const none = shape({});
    expect(none.event).toStrictEqual({ ...HEAD, type: 'error', outcome: 'success', attrs: { invalidType: null } });
    expect(none.problems).toStrictEqual(['invalid event type (undefined, kept under attrs.invalidType); recorded as "error"']);
    // The type in the problem is cut to 80 characters of its JSON form.
    const long = shape({ type: 'X'.repeat(200) });
    expect(long.problems).toStrictEqual(['invalid event type (a string of 200 characters, kept under attrs.invalidType); recorded as "error"']);
    expect(long.event.attrs).toStrictEqual({ invalidType: 'X'.repeat(200) });
  });

  it('"error" itself is a valid type', () => {
    expect(shape({ type: 'error' })).toStrictEqual({ event: { ...HEAD, type: 'error', outcome: 'success' }, capture: { default: 'redacted' }, problems: [], chars: 0, values: 0 });
  });

  it('input that is not an object: an error event whose keys could not be listed', () => {
    for (const input of [null, undefined, 'text', 42]) {
      const draft = shape(input);
      expect(draft.event).toStrictEqual({ ...HEAD, type: 'error', outcome: 'success', attrs: { invalidType: null } });
      expect(draft.problems).toStrictEqual(['invalid event type (undefined, kept under attrs.invalidType); recorded as "error"']);
    }
    const array = shape(['a']);
    expect(array.event.type).toBe('error');
    expect(array.event.attrs).toStrictEqual({ invalidType: null });
  });

  it('source: a string is kept (cut to 128 characters), an empty one or none takes the default, another type is listed', () => {
    expect(shape({ type: 'a.b', source: 'mine' }).event.source).toBe('mine');
    expect(shape({ type: 'a.b', source: '' }).event.source).toBe('src');
    expect(shape({ type: 'a.b', source: null }).event.source).toBe('src');
    const long = shape({ type: 'a.b', source: 's'.repeat(200) });
    expect(long.event.source).toBe(`${'s'.repeat(128)}…[truncated 72 of 200 chars]`);
    expect(long.event.attrs).toStrictEqual({ truncated: true });
    const number = shape({ type: 'a.b', source: 12 });
    expect(number.event.source).toBe('12');
    expect(number.problems).toStrictEqual(['source must be a string']);
  });

  it('session: given, else the default, else none; a non-string is listed and stringified', () => {
    expect(shape({ type: 'a.b', session: 's1' }).event.session).toBe('s1');
    expect(shape({ type: 'a.b', session: 's1' }, { session: 'd' }).event.session).toBe('s1');
    expect(shape({ type: 'a.b' }, { session: 'd' }).event.session).toBe('d');
    expect(shape({ type: 'a.b', session: null }, { session: 'd' }).event.session).toBe('d');
    expect(shape({ type: 'a.b', session: null }).problems).toStrictEqual([]);
    expect('session' in shape({ type: 'a.b' }).event).toBe(false);
    const object = shape({ type: 'a.b', session: { x: 1 } });
    expect(object.event.session).toBe('[object Object]');
    expect(object.problems).toStrictEqual(['session must be a string']);
    // Longer than 1,024: kept whole for redaction and cut after it (afterRedaction, cutHeaders).
    const long = shape({ type: 'a.b', session: 'q'.repeat(1030) });
    expect(long.event.session).toBe('q'.repeat(1030));
    expect(long.cutHeaders).toBe(true);
    expect(shape({ type: 'a.b', session: 'q'.repeat(1024) }).cutHeaders).toBeUndefined();
  });

  it('actor: shaped from an object (id, type, name), else the default; repairs listed', () => {
    expect(shape({ type: 'a.b', actor: { id: 'u1', type: 'admin', name: 'Ann', extra: 1 } }).event.actor).toStrictEqual({ id: 'u1', type: 'admin', name: 'Ann' });
    expect(shape({ type: 'a.b', actor: { id: 'u1', type: 'agent' } }).event.actor).toStrictEqual({ id: 'u1', type: 'agent' });
    const repaired = shape({ type: 'a.b', actor: { id: '', type: 'robot' } });
    expect(repaired.event.actor).toStrictEqual({ id: 'unknown', type: 'user' });
    expect(repaired.problems).toStrictEqual(['invalid actor.type; recorded as "user"']);
    const none = shape({ type: 'a.b', actor: {} });
    expect(none.event.actor).toStrictEqual({ id: 'unknown', type: 'user' });
    const typed = shape({ type: 'a.b', actor: { id: 3, type: 'user', name: 4 } });
    expect(typed.event.actor).toStrictEqual({ id: '3', type: 'user', name: '4' });
    expect(typed.problems).toStrictEqual(['actor.id must be a string', 'actor.name must be a string']);
    const fallback = { id: 'd', type: 'service' as const };
    expect(shape({ type: 'a.b' }, { actor: fallback }).event.actor).toStrictEqual(fallback);
    expect(shape({ type: 'a.b', actor: 'u1' }, { actor: fallback }).event.actor).toStrictEqual(fallback);
    expect(shape({ type: 'a.b', actor: ['u1'] }, { actor: fallback }).event.actor).toStrictEqual(fallback);
    expect('actor' in shape({ type: 'a.b', actor: 'u1' }).event).toBe(false);
  });

  it('model: its strings, finite numbers, parameters, usage and tool calls, nothing else', () => {
    const draft = shape({
      type: 'model.response',
      model: {
        provider: 'p', id: 'm', finishReason: 'stop', responseId: 'r', other: 'x',
        latencyMs: 12, timeToFirstChunkMs: 3,
        parameters: { temperature: 0.5 },
        usage: { inputTokens: 1, outputTokens: 2, totalTokens: 3, reasoningTokens: 4, cachedInputTokens: 5, other: 6 },
        toolCalls: [{ name: 'lookup', id: 'c1', arguments: { q: 1 } }, { name: 'two' }],
      },
    });
    expect(draft.event.model).toStrictEqual({
      provider: 'p', id: 'm', finishReason: 'stop', responseId: 'r', latencyMs: 12, timeToFirstChunkMs: 3,
      parameters: { temperature: 0.5 },
      usage: { inputTokens: 1, outputTokens: 2, totalTokens: 3, reasoningTokens: 4, cachedInputTokens: 5 },
      toolCalls: [{ name: 'lookup', id: 'c1', arguments: { q: 1 } }, { name: 'two' }],
    });
    expect(draft.problems).toStrictEqual([]);
  });

  it('model: wrong types are dropped or repaired, and listed', () => {
    const draft = shape({
      type: 'model.response',
      model: {
        provider: 7, latencyMs: Infinity, timeToFirstChunkMs: '3', parameters: 'hot', usage: { inputTokens: NaN, outputTokens: '2' },
        toolCalls: [null, { name: 5, id: 6, arguments: undefined }],
      },
    });
    expect(draft.event.model).toStrictEqual({ provider: '7', usage: {}, toolCalls: [{ name: 'unknown' }, { name: '5', id: '6' }] });
    expect(draft.problems).toStrictEqual(['model.provider must be a string', 'model.toolCalls[1].name must be a string', 'model.toolCalls[1].id must be a string']);
    expect(shape({ type: 'a.b', model: { toolCalls: 'x', usage: [1] } }).event.model).toStrictEqual({});
    expect('model' in shape({ type: 'a.b', model: 'gpt' }).event).toBe(false);
    expect('model' in shape({ type: 'a.b', model: ['gpt'] }).event).toBe(false);
  });

  it('model.toolCalls keeps at most maxEntries calls', () => {
    const calls = [{ name: 'a' }, { name: 'b' }, { name: 'c' }];
    expect(shape({ type: 'a.b', model: { toolCalls: calls } }, {}, { maxEntries: 2 }).event.model).toStrictEqual({ toolCalls: [{ name: 'a' }, { name: 'b' }] });
  });

  it('tool: name (else "unknown"), callId, server, arguments, result, a finite duration', () => {
    expect(shape({ type: 'tool.call', tool: { name: 'n', callId: 'c', server: 's', arguments: { a: 1 }, result: [1], durationMs: 4, other: 1 } }).event.tool)
      .toStrictEqual({ name: 'n', callId: 'c', server: 's', arguments: { a: 1 }, result: [1], durationMs: 4 });
    expect(shape({ type: 'tool.call', tool: { arguments: null, result: false, durationMs: NaN } }).event.tool).toStrictEqual({ name: 'unknown', arguments: null, result: false });
    const typed = shape({ type: 'tool.call', tool: { name: 1, callId: 2, server: 3 } });
    expect(typed.event.tool).toStrictEqual({ name: '1', callId: '2', server: '3' });
    expect(typed.problems).toStrictEqual(['tool.name must be a string', 'tool.callId must be a string', 'tool.server must be a string']);
    expect('tool' in shape({ type: 'tool.call', tool: 'n' }).event).toBe(false);
  });

  it('resource: type and id (else "unknown"), operation', () => {
    expect(shape({ type: 'a.b', resource: { type: 'file', id: '/x', operation: 'read', other: 1 } }).event.resource).toStrictEqual({ type: 'file', id: '/x', operation: 'read' });
    expect(shape({ type: 'a.b', resource: {} }).event.resource).toStrictEqual({ type: 'unknown', id: 'unknown' });
    const typed = shape({ type: 'a.b', resource: { type: 1, id: 2, operation: 3 } });
    expect(typed.event.resource).toStrictEqual({ type: '1', id: '2', operation: '3' });
    expect(typed.problems).toStrictEqual(['resource.type must be a string', 'resource.id must be a string', 'resource.operation must be a string']);
    // The id may be as long as any string; the type is cut at 1,024.
    const id = 'i'.repeat(5000);
    expect(shape({ type: 'a.b', resource: { type: 't'.repeat(1030), id } }).event.resource).toStrictEqual({ type: `${'t'.repeat(1024)}…[truncated 6 of 1030 chars]`, id });
    expect('resource' in shape({ type: 'a.b', resource: 'r' }).event).toBe(false);
  });

  it('decision: action (else "unknown"), reason, policy', () => {
    expect(shape({ type: 'a.b', decision: { action: 'deny', reason: 'r', policy: 'p', other: 1 } }).event.decision).toStrictEqual({ action: 'deny', reason: 'r', policy: 'p' });
    expect(shape({ type: 'a.b', decision: {} }).event.decision).toStrictEqual({ action: 'unknown' });
    const typed = shape({ type: 'a.b', decision: { action: 1, reason: 2, policy: 3 } });
    expect(typed.event.decision).toStrictEqual({ action: '1', reason: '2', policy: '3' });
    expect(typed.problems).toStrictEqual(['decision.action must be a string', 'decision.reason must be a string', 'decision.policy must be a string']);
    const reason = 'r'.repeat(5000);
    expect(shape({ type: 'a.b', decision: { reason } }).event.decision).toStrictEqual({ action: 'unknown', reason });
    expect('decision' in shape({ type: 'a.b', decision: 'd' }).event).toBe(false);
  });

  it('error: from an object, an Error, or any other value', () => {
    expect(shape({ type: 'error', error: { message: 'm', type: 'T', code: 'E1', other: 1 } }).event.error).toStrictEqual({ message: 'm', type: 'T', code: 'E1' });
    expect(shape({ type: 'error', error: { message: 'm', code: 42 } }).event.error).toStrictEqual({ message: 'm', code: 42 });
    expect(shape({ type: 'error', error: { message: 'm', code: NaN } }).event.error).toStrictEqual({ message: 'm' });
    expect(shape({ type: 'error', error: { message: 'm', code: true } }).event.error).toStrictEqual({ message: 'm' });
    expect(shape({ type: 'error', error: { message: 'm', code: { c: 1 } } }).event.error).toStrictEqual({ message: 'm' });
    expect(shape({ type: 'error', error: new TypeError('bad') }).event.error).toStrictEqual({ message: 'bad', type: 'TypeError' });
    const own = Object.assign(new RangeError('r'), { type: 'Mine' });
    expect(shape({ type: 'error', error: own }).event.error).toStrictEqual({ message: 'r', type: 'Mine' });
    expect(shape({ type: 'error', error: 'boom' }).event.error).toStrictEqual({ message: 'boom' });
    const number = shape({ type: 'error', error: 42 });
    expect(number.event.error).toStrictEqual({ message: '42' });
    expect(number.problems).toStrictEqual(['error.message must be a string']);
    expect(shape({ type: 'error', error: { code: 'E' } }).event.error).toStrictEqual({ message: '[object Object]', code: 'E' });
    const typed = shape({ type: 'error', error: { message: 'm', type: 9 } });
    expect(typed.event.error).toStrictEqual({ message: 'm', type: '9' });
    expect(typed.problems).toStrictEqual(['error.type must be a string']);
    expect('error' in shape({ type: 'error', error: null }).event).toBe(false);
    expect('error' in shape({ type: 'error', error: undefined }).event).toBe(false);
    const message = 'm'.repeat(5000);
    expect(shape({ type: 'error', error: { message } }).event.error).toStrictEqual({ message });
  });

  it('content: input and output, each only when given', () => {
    expect(shape({ type: 'a.b', content: { input: 'i', output: { o: 1 }, other: 1 } }).event.content).toStrictEqual({ input: 'i', output: { o: 1 } });
    expect(shape({ type: 'a.b', content: { input: null } }).event.content).toStrictEqual({ input: null });
    expect(shape({ type: 'a.b', content: { output: 0 } }).event.content).toStrictEqual({ output: 0 });
    expect(shape({ type: 'a.b', content: {} }).event.content).toStrictEqual({});
    expect('content' in shape({ type: 'a.b', content: 'c' }).event).toBe(false);
  });

  it('data: string classes (at most 64), a valid sensitivity else internal', () => {
    const classes = Array.from({ length: 70 }, (_, i) => `c${i}`);
    expect(shape({ type: 'a.b', data: { classes: [...classes, 1], sensitivity: 'restricted', other: 1 } }).event.data).toStrictEqual({ classes: classes.slice(0, 64), sensitivity: 'restricted' });
    expect(shape({ type: 'a.b', data: { classes: ['a', 1, null, 'b'], sensitivity: 'secret' } }).event.data).toStrictEqual({ classes: ['a', 'b'], sensitivity: 'internal' });
    expect(shape({ type: 'a.b', data: { classes: 'a' } }).event.data).toStrictEqual({ classes: [], sensitivity: 'internal' });
    expect('data' in shape({ type: 'a.b', data: 'd' }).event).toBe(false);
  });

  it('compliance: string regimes (at most 32), retentionDays only as an integer from 0', () => {
    const regimes = Array.from({ length: 40 }, (_, i) => `r${i}`);
    expect(shape({ type: 'a.b', compliance: { regimes: [1, ...regimes], retentionDays: 30, other: 1 } }).event.compliance).toStrictEqual({ regimes: regimes.slice(0, 32), retentionDays: 30 });
    expect(shape({ type: 'a.b', compliance: { regimes: 'gdpr', retentionDays: 0 } }).event.compliance).toStrictEqual({ regimes: [], retentionDays: 0 });
    for (const retentionDays of [-1, 1.5, '30', null, Infinity]) {
      expect(shape({ type: 'a.b', compliance: { regimes: ['gdpr'], retentionDays } }).event.compliance).toStrictEqual({ regimes: ['gdpr'] });
    }
    expect('compliance' in shape({ type: 'a.b', compliance: 'c' }).event).toBe(false);
  });

  it('attrs: an object is merged, any other value kept under attrs.value', () => {
    expect(shape({ type: 'a.b', attrs: { a: 1, b: 'x' } }).event.attrs).toStrictEqual({ a: 1, b: 'x' });
    expect(shape({ type: 'a.b', attrs: [1, 2] }).event.attrs).toStrictEqual({ value: [1, 2] });
    expect(shape({ type: 'a.b', attrs: null }).event.attrs).toStrictEqual({ value: null });
    expect(shape({ type: 'a.b', attrs: 'x' }).event.attrs).toStrictEqual({ value: 'x' });
    expect('attrs' in shape({ type: 'a.b', attrs: {} }).event).toBe(false);
    expect('attrs' in shape({ type: 'a.b', attrs: undefined }).event).toBe(false);
    expect(shape({ type: 'a.b', attrs: { a: 1 } }).problems).toStrictEqual([]);
  });

  it('unknown fields are kept under attrs and listed (the key cut to 64 characters of JSON)', () => {
    const key = 'k'.repeat(100);
    const draft = shape({ type: 'a.b', attrs: { a: 1 }, extra: { y: 2 }, [key]: 3 });
    expect(draft.event.attrs).toStrictEqual({ a: 1, extra: { y: 2 }, [key]: 3 });
    expect(draft.problems).toStrictEqual(['unknown field "extra" kept under attrs', `unknown field ${`"${key}"`.slice(0, 64)} kept under attrs`]);
  });

  it('an input whose keys cannot be listed, or whose members throw, is still shaped', () => {
    const keys = new Proxy({ type: 'a.b' }, { ownKeys() { throw new Error('no keys'); } });
    const draft = shape(keys);
    expect(draft.event).toStrictEqual({ ...HEAD, type: 'a.b', outcome: 'success' });
    expect(draft.problems).toStrictEqual(['input keys could not be listed']);
    const throwing = { type: 'a.b', get source(): string { throw new Error('no'); }, get session(): string { throw new Error('no'); } };
    const read = shape(throwing);
    expect(read.event).toStrictEqual({ ...HEAD, type: 'a.b', outcome: 'success' });
    // Each is left out, and said so (never silently lost).
    expect(read.problems).toStrictEqual([
      'reading "source" threw an Error (its message is not shown: it may hold data); the field was left out',
      'reading "session" threw an Error (its message is not shown: it may hold data); the field was left out',
    ]);
  });

  it('a truncated value marks attrs.truncated', () => {
    // The string that crosses the end of the event's budget is stored whole (never cut before it
    // is redacted: a cut at the last space or dash stored `+1 415-555-` in clear); what follows it
    // becomes the marker, and the event says it was cut.
    const draft = shape({ type: 'a.b', content: { input: 'x'.repeat(50), output: 'after' } }, {}, { maxEventChars: 10 });
    expect(draft.event.content).toStrictEqual({ input: 'x'.repeat(50), output: '[truncated: event size limit]' });
    expect(draft.event.attrs).toStrictEqual({ truncated: true });
    const words = shape({ type: 'a.b', content: { input: 'abc defgh ijkl' } }, {}, { maxEventChars: 11 });
    expect(words.event.content).toStrictEqual({ input: 'abc defgh ijkl' });
    expect(words.event.attrs).toBeUndefined();
  });

  it('chars: what the values cost of the event budget', () => {
    expect(shape({ type: 'a.b', content: { input: 'abcd' } }).chars).toBe(4);
    expect(shape({ type: 'a.b', content: { input: 'abcd', output: 12 } }).chars).toBe(12);
    expect(shape({ type: 'a.b', content: { input: 'abcd' } }, {}, { maxEventChars: 100 }).chars).toBe(4);
  });

  it('values: how many values the snapshot took (objects, arrays and leaves), of limits.maxEventValues', () => {
    // content's members are snapshotted one by one (content itself is not a value): input: 1;
    // input, output: 2; a list of three objects of one member each: 1 + 3 * 2.
    expect(shape({ type: 'a.b', content: { input: 'abcd' } }).values).toBe(1);
    expect(shape({ type: 'a.b', content: { input: 'abcd', output: 12 } }).values).toBe(2);
    expect(shape({ type: 'a.b', content: { input: [{ a: 1 }, { a: 2 }, { a: 3 }] } }).values).toBe(7);
    expect(shape({ type: 'a.b', content: { input: Array(50).fill('') } }, {}, { maxEventValues: 10 }).values).toBe(10);
  });

  it('media found in the values is handed over; none when a long string is not media', () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 7)]).toString('base64');
    const draft = shape({ type: 'a.b', content: { input: `data:image/png;base64,${png}` } });
    expect(draft.media?.length).toBe(1);
    const plain = shape({ type: 'a.b', content: { input: 'word '.repeat(30) } });
    expect('media' in plain).toBe(false);
  });

  it('capture: from the input, else the default', () => {
    expect(shape({ type: 'a.b', capture: 'hash' }).capture).toStrictEqual({ default: 'hash' });
    expect(shape({ type: 'a.b', capture: { content: 'none' } }).capture).toStrictEqual({ default: 'redacted', content: 'none' });
    expect(shape({ type: 'a.b' }).capture).toStrictEqual({ default: 'redacted' });
  });
});

describe('captureOf', () => {
  const fallback: CapturePolicy = { default: 'redacted', content: 'hash' };

  it('a mode name sets the default; any other string is ignored', () => {
    for (const mode of ['none', 'hash', 'redacted', 'full'] as const) expect(captureOf(mode, fallback)).toStrictEqual({ default: mode, content: 'hash' });
    expect(captureOf('bogus', fallback)).toStrictEqual(fallback);
  });

  it('an object sets each of default, content, arguments, result that names a mode', () => {
    expect(captureOf({ default: 'full', content: 'none', arguments: 'hash', result: 'full', other: 'none' }, fallback))
      .toStrictEqual({ default: 'full', content: 'none', arguments: 'hash', result: 'full' });
    expect(captureOf({ default: 'bogus', content: 5, arguments: 'none' }, fallback)).toStrictEqual({ default: 'redacted', content: 'hash', arguments: 'none' });
    expect(captureOf({ result: 'none' }, {})).toStrictEqual({ result: 'none' });
  });

  it('anything else is the fallback, unchanged', () => {
    for (const value of [undefined, null, 5, ['full']]) expect(captureOf(value, fallback)).toStrictEqual(fallback);
    const throwing = { get default(): string { throw new Error('no'); }, content: 'full' };
    expect(captureOf(throwing, fallback)).toStrictEqual({ default: 'redacted', content: 'full' });
    expect(fallback).toStrictEqual({ default: 'redacted', content: 'hash' });
  });
});

describe('resolveEventTrace', () => {
  const T = (c: string) => c.repeat(32);
  const S = (c: string) => c.repeat(16);
  const context: Trace = { traceId: T('a'), spanId: S('b'), parentSpanId: S('c') };
  const fresh: Trace = { traceId: T('d'), spanId: S('e'), parentSpanId: S('f') };
  const make = () => fresh;

  it('nothing usable given: the context, else a fresh trace', () => {
    for (const given of [undefined, null, 'x', ['a'], {}, { traceId: 'A'.repeat(32), spanId: 'zz' }, { traceId: T('a').slice(1), spanId: `${S('b')}0` }, { traceId: 1, spanId: 2 }, { parentSpanId: S('9') }]) {
      expect(resolveEventTrace(given, context, make)).toBe(context);
      expect(resolveEventTrace(given, undefined, make)).toBe(fresh);
    }
  });

  it('a trace and a span given: used; the parent is the given one, else the context span in the same trace', () => {
    expect(resolveEventTrace({ traceId: T('1'), spanId: S('2'), parentSpanId: S('3') }, context, make)).toStrictEqual({ traceId: T('1'), spanId: S('2'), parentSpanId: S('3') });
    expect(resolveEventTrace({ traceId: T('1'), spanId: S('2') }, context, make)).toStrictEqual({ traceId: T('1'), spanId: S('2') });
    expect(resolveEventTrace({ traceId: T('a'), spanId: S('2') }, context, make)).toStrictEqual({ traceId: T('a'), spanId: S('2'), parentSpanId: S('b') });
    expect(resolveEventTrace({ traceId: T('a'), spanId: S('b') }, context, make)).toStrictEqual({ traceId: T('a'), spanId: S('b') });
    expect(resolveEventTrace({ traceId: T('1'), spanId: S('2') }, undefined, make)).toStrictEqual({ traceId: T('1'), spanId: S('2') });
    expect(resolveEventTrace({ traceId: T('1'), spanId: S('2'), parentSpanId: 'X' }, undefined, make)).toStrictEqual({ traceId: T('1'), spanId: S('2') });
  });

  it('a span alone: in the context trace, a child of the context span (not of itself)', () => {
    expect(resolveEventTrace({ spanId: S('2') }, context, make)).toStrictEqual({ traceId: T('a'), spanId: S('2'), parentSpanId: S('b') });
    expect(resolveEventTrace({ spanId: S('b') }, context, make)).toStrictEqual({ traceId: T('a'), spanId: S('b') });
    expect(resolveEventTrace({ spanId: S('2') }, undefined, make)).toStrictEqual({ traceId: T('d'), spanId: S('2') });
    expect(resolveEventTrace({ spanId: S('2'), parentSpanId: S('3') }, undefined, make)).toStrictEqual({ traceId: T('d'), spanId: S('2'), parentSpanId: S('3') });
  });

  it('a trace alone: the context span and its parent, or the given parent', () => {
    expect(resolveEventTrace({ traceId: T('1') }, context, make)).toStrictEqual({ traceId: T('1'), spanId: S('b'), parentSpanId: S('c') });
    expect(resolveEventTrace({ traceId: T('1'), parentSpanId: S('3') }, context, make)).toStrictEqual({ traceId: T('1'), spanId: S('b'), parentSpanId: S('3') });
    expect(resolveEventTrace({ traceId: T('1') }, { traceId: T('a'), spanId: S('b') }, make)).toStrictEqual({ traceId: T('1'), spanId: S('b') });
    expect(resolveEventTrace({ traceId: T('1') }, undefined, make)).toStrictEqual({ traceId: T('1'), spanId: S('e'), parentSpanId: S('f') });
  });
});

// What a caller may not claim, and what redaction may make of an event (cbbe86e, 09e252a, d4b61a8,
// bc319cd, 8f99608; not measured since ede1bda): from surviving mutants of those changes.
describe('shapeEvent: reserved names, labels, traces, header fields, the cuts after redaction', () => {
  const LABEL_FORM = '^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$';

  it('source "agent-audit" is the library\'s own: recorded as the default and reported, unless systemEvents is true', () => {
    const claimed = shape({ type: 'a.b', source: 'agent-audit' });
    expect(claimed.event.source).toBe('src');
    expect(claimed.problems).toStrictEqual(['source "agent-audit" is agent-audit\'s own (AuditorOptions.systemEvents); recorded as "src"']);
    expect(shape({ type: 'a.b', source: 'agent-audit' }, { systemEvents: false }).event.source).toBe('src');
    const system = shape({ type: 'a.b', source: 'agent-audit' }, { systemEvents: true });
    expect(system.event.source).toBe('agent-audit');
    expect(system.problems).toStrictEqual([]);
    expect(shape({ type: 'a.b', source: 'agent-audit-x' })).toMatchObject({ event: { source: 'agent-audit-x' }, problems: [] });
    expect(shape({ type: 'a.b', source: '' }, { systemEvents: true })).toMatchObject({ event: { source: 'src' }, problems: [] });
  });

  it('types agent-audit writes itself (ledger.*, hold.*) are recorded as "error", the type kept under attrs.invalidType, unless systemEvents is true', () => {
    for (const t of ['ledger.rotate', 'hold.release']) {
      const refused = shape({ type: t });
      expect(refused.event).toStrictEqual({ ...HEAD, type: 'error', outcome: 'success', attrs: { invalidType: t } });
      expect(refused.problems).toStrictEqual([`event type "${t}" is written by agent-audit itself (ledger.*, hold.*); recorded as "error" (AuditorOptions.systemEvents)`]);
      expect(shape({ type: t }, { systemEvents: false }).event.type).toBe('error');
      expect(shape({ type: t }, { systemEvents: true })).toMatchObject({ event: { type: t }, problems: [] });
    }
    for (const t of ['ledgers.x', 'my.ledger.x', 'holder.x']) expect(shape({ type: t })).toMatchObject({ event: { type: t }, problems: [] });
    // A null type is named as null (typeof says "object"), never by its value.
    expect(shape({ type: null }).problems).toStrictEqual(['invalid event type (null, kept under attrs.invalidType); recorded as "error"']);
  });

  it('data.classes and compliance.regimes keep only label-shaped names, in order, and say how many were left out', () => {
    const given = ['pii.email', 'free text', 5, 'a'.repeat(64), 'b'.repeat(65), '-x', 'custom:finance', 'A_b.c:d-e', 'x-', 'é'];
    const kept = ['pii.email', 'a'.repeat(64), 'custom:finance', 'A_b.c:d-e', 'x-'];
    const draft = shape({ type: 'a.b', data: { classes: given }, compliance: { regimes: given } });
    expect(draft.event.data?.classes).toStrictEqual(kept);
    expect(draft.event.compliance?.regimes).toStrictEqual(kept);
    expect(draft.problems).toStrictEqual([
      `data.classes: 5 value(s) that are not names of the form ${LABEL_FORM} left out`,
      `compliance.regimes: 5 value(s) that are not names of the form ${LABEL_FORM} left out`,
    ]);
    // More names than the list keeps (64 classes, 32 regimes) is no problem; a bad one among those kept is.
    const many = Array.from({ length: 70 }, (_, i) => `c${i}`);
    const full = shape({ type: 'a.b', data: { classes: many }, compliance: { regimes: many } });
    expect(full.event.data?.classes).toStrictEqual(many.slice(0, 64));
    expect(full.event.compliance?.regimes).toStrictEqual(many.slice(0, 32));
    expect(full.problems).toStrictEqual([]);
    const oneBad = shape({ type: 'a.b', data: { classes: ['bad one', ...many.slice(0, 63)] }, compliance: { regimes: ['bad one', ...many.slice(0, 31)] } });
    expect(oneBad.event.data?.classes).toStrictEqual(many.slice(0, 63));
    expect(oneBad.event.compliance?.regimes).toStrictEqual(many.slice(0, 31));
    expect(oneBad.problems).toStrictEqual([
      `data.classes: 1 value(s) that are not names of the form ${LABEL_FORM} left out`,
      `compliance.regimes: 1 value(s) that are not names of the form ${LABEL_FORM} left out`,
    ]);
    expect(shape({ type: 'a.b', data: { classes: 'pii' }, compliance: { regimes: {} } })).toMatchObject({ event: { data: { classes: [] }, compliance: { regimes: [] } }, problems: [] });
  });

  it('a trace with a member that is not W3C Trace Context is reported; absent members and a well-formed trace are not', () => {
    const T32 = 'a'.repeat(32);
    const S16 = 'b'.repeat(16);
    const problemsOf = (trace: unknown): string[] => shape({ type: 'a.b', trace }).problems;
    for (const good of [{ traceId: T32, spanId: S16, parentSpanId: S16 }, {}, { traceId: T32 }, { spanId: S16 }, { parentSpanId: S16 }, 'not an object']) expect(problemsOf(good)).toStrictEqual([]);
    for (const bad of [{ traceId: S16 }, { traceId: T32.toUpperCase() }, { traceId: 5 }, { traceId: null }, { spanId: T32 }, { spanId: 'B'.repeat(16) }, { parentSpanId: T32 }, { parentSpanId: 'x' }, { traceId: T32, spanId: S16, parentSpanId: 'x' }, { traceId: [T32] }, { spanId: [S16] }]) {
      expect(problemsOf(bad)).toStrictEqual(['invalid trace (W3C Trace Context: traceId 32 and spanId 16 lower-case hex digits); the invalid members were replaced by those of the current or a new trace']);
    }
  });

  it('actor.id and actor.name longer than 1,024 are kept whole for redaction and cut after it (cutHeaders); 1,024 is not cut', () => {
    const long = 'i'.repeat(5000);
    const byId = shape({ type: 'a.b', actor: { id: long, type: 'user', name: 'n' } });
    expect(byId.event.actor).toStrictEqual({ id: long, type: 'user', name: 'n' });
    expect(byId.cutHeaders).toBe(true);
    const byName = shape({ type: 'a.b', actor: { id: 'x', type: 'user', name: long } });
    expect(byName.event.actor).toStrictEqual({ id: 'x', type: 'user', name: long });
    expect(byName.cutHeaders).toBe(true);
    const exact = 'e'.repeat(1024);
    expect(shape({ type: 'a.b', actor: { id: exact, type: 'user', name: exact } }).cutHeaders).toBeUndefined();
  });

  it('a getter that throws leaves its field out and says why: a non-Error by its type, an Error by its class (never its message), an unknown key cut to 64', () => {
    const key = 'k'.repeat(100);
    const input = {
      type: 'a.b',
      get source(): string {
        throw 'nope';
      },
      get session(): string {
        throw new Error('m'.repeat(300));
      },
      get [key](): string {
        throw new Error('no');
      },
    };
    const draft = shape(input);
    expect(draft.event.source).toBe('src');
    expect(draft.event.session).toBeUndefined();
    expect(draft.problems).toContain('reading "source" threw a string; the field was left out');
    expect(draft.problems).toContain('reading "session" threw an Error (its message is not shown: it may hold data); the field was left out');
    expect(draft.problems).toContain(`reading ${`"${'k'.repeat(100)}"`.slice(0, 64)} threw an Error (its message is not shown: it may hold data); the field was left out`);
  });

  it('chars counts what redaction will read (long strings whole), asks for the cut after redaction, and bounds a large event\'s growth', () => {
    const long = shape({ type: 'a.b', attrs: { s: 'x'.repeat(200) } }, {}, { maxStringLength: 10, maxEventChars: 10_000 });
    const whole = shape({ type: 'a.b', attrs: { s: 'x'.repeat(200) } }, {}, { maxEventChars: 10_000 });
    expect(whole.chars).toBe(207);
    expect(long.chars).toBe(207);
    expect(long.cutAfterRedaction).toBe(10);
    expect(whole.cutAfterRedaction).toBeUndefined();
    // Growth bound: chars x 18 (MAX_REDACTION_GROWTH) past 2 x maxEventChars (STORED_FACTOR_EVENT): 100 x 18 = 1,800 is not past 1,800.
    const at = shape({ type: 'a.b', attrs: { s: 'x'.repeat(93) } }, {}, { maxEventChars: 900 });
    expect(at.chars).toBe(100);
    expect(at.maxStoredChars).toBeUndefined();
    const past = shape({ type: 'a.b', attrs: { s: 'x'.repeat(94) } }, {}, { maxEventChars: 900 });
    expect(past.chars).toBe(101);
    expect(past.maxStoredChars).toBe(1800);
  });
});

describe('shapeEvent: type, outcome, actor type and sensitivity checked as the schemas check them', () => {
  it('accepts exactly what eventTypeSchema, outcomeSchema, actorTypeSchema and sensitivitySchema accept (valid values, look-alikes, other types)', () => {
    const candidates: unknown[] = [
      'tool.result', 'error', 'a.b', 'a_1.b_2.c', 'success', 'failure', 'denied', 'pending', 'user', 'agent', 'admin', 'system', 'service',
      'public', 'internal', 'confidential', 'restricted', 'Success', 'success ', ' user', 'user\n', 'tool.result\n', 'Tool.result', 'tool.', '.tool', 'tool',
      'errors', 'error.x', '1a.b', 'a.1b', 'a..b', '', 'toString', 'constructor', '__proto__', 'hasOwnProperty', 0, 1, true, null, ['user'], { user: 1 },
    ];
    for (const value of candidates) {
      const typed = shape({ type: value, outcome: value, actor: { id: 'u', type: value }, data: { classes: [], sensitivity: value } });
      const valid = (schema: { safeParse(v: unknown): { success: boolean } }) => schema.safeParse(value).success;
      expect(typed.event.type).toBe(valid(eventTypeSchema) && !/^(?:ledger|hold)\./.test(value as string) ? value : 'error');
      expect(typed.event.outcome).toBe(value === null ? 'success' : valid(outcomeSchema) ? value : 'failure');
      expect(typed.event.actor?.type).toBe(valid(actorTypeSchema) ? value : 'user');
      expect(typed.event.data?.sensitivity).toBe(valid(sensitivitySchema) ? value : 'internal');
    }
  });
});
