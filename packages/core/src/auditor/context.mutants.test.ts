// What nested work inherits (issue 13, from surviving mutants of context.ts): `auditor.run()`'s
// context resolves the trace given (whole, a trace id alone, or nothing: a child of the current
// span or a new trace), and the session and actor given or inherited; `runInContext` makes it
// current for the callback and for the async work it starts, and only there.
import { describe, expect, it } from 'vitest';
import type { Trace } from '../spec/event.js';
import { childTrace, currentContext, resolveRunContext, runInContext, type AuditContext } from './context.js';

const HEX32 = /^[0-9a-f]{32}$/;
const HEX16 = /^[0-9a-f]{16}$/;
const T = 'a'.repeat(32);
const S = 'b'.repeat(16);
const P = 'c'.repeat(16);

describe('childTrace', () => {
  it('of nothing: a new trace id and span id, no parent', () => {
    const trace = childTrace(undefined);
    expect(Object.keys(trace).sort()).toStrictEqual(['spanId', 'traceId']);
    expect(trace.traceId).toMatch(HEX32);
    expect(trace.spanId).toMatch(HEX16);
    expect(childTrace(undefined).traceId).not.toBe(trace.traceId);
  });

  it('of a span: the same trace, a new span, the parent named', () => {
    const trace = childTrace({ traceId: T, spanId: S, parentSpanId: P });
    expect(Object.keys(trace).sort()).toStrictEqual(['parentSpanId', 'spanId', 'traceId']);
    expect(trace.traceId).toBe(T);
    expect(trace.parentSpanId).toBe(S);
    expect(trace.spanId).toMatch(HEX16);
    expect(trace.spanId).not.toBe(S);
  });
});

describe('resolveRunContext', () => {
  it('outside any context, nothing given: a new trace, no session, no actor', () => {
    expect(currentContext()).toBeUndefined();
    const context = resolveRunContext({});
    expect(Object.keys(context)).toStrictEqual(['trace']);
    expect(Object.keys(context.trace).sort()).toStrictEqual(['spanId', 'traceId']);
    expect(context.trace.traceId).toMatch(HEX32);
    expect(context.trace.spanId).toMatch(HEX16);
  });

  it('a whole trace given is used as it is (its parent only when given)', () => {
    expect(resolveRunContext({ trace: { traceId: T, spanId: S } })).toStrictEqual({ trace: { traceId: T, spanId: S } });
    expect(resolveRunContext({ trace: { traceId: T, spanId: S, parentSpanId: P } })).toStrictEqual({ trace: { traceId: T, spanId: S, parentSpanId: P } });
    expect(resolveRunContext({ trace: { traceId: T, spanId: S, parentSpanId: '' } })).toStrictEqual({ trace: { traceId: T, spanId: S } });
    // Inside a context too: the given trace wins.
    runInContext({ trace: { traceId: 'd'.repeat(32), spanId: 'e'.repeat(16) } }, () => {
      expect(resolveRunContext({ trace: { traceId: T, spanId: S } })).toStrictEqual({ trace: { traceId: T, spanId: S } });
    });
  });

  it('a trace id alone: a new span in that trace (its parent only when given)', () => {
    const alone = resolveRunContext({ trace: { traceId: T } });
    expect(Object.keys(alone.trace).sort()).toStrictEqual(['spanId', 'traceId']);
    expect(alone.trace.traceId).toBe(T);
    expect(alone.trace.spanId).toMatch(HEX16);
    const parented = resolveRunContext({ trace: { traceId: T, parentSpanId: P } });
    expect(Object.keys(parented.trace).sort()).toStrictEqual(['parentSpanId', 'spanId', 'traceId']);
    expect(parented.trace.parentSpanId).toBe(P);
    expect(parented.trace.spanId).toMatch(HEX16);
    const empty = resolveRunContext({ trace: { traceId: T, spanId: '', parentSpanId: '' } });
    expect(Object.keys(empty.trace).sort()).toStrictEqual(['spanId', 'traceId']);
    expect(empty.trace.spanId).toMatch(HEX16);
  });

  it('a span id without a trace id is not used: a child of the current span, or a new trace', () => {
    const outside = resolveRunContext({ trace: { spanId: S, parentSpanId: P } });
    expect(Object.keys(outside.trace).sort()).toStrictEqual(['spanId', 'traceId']);
    expect(outside.trace.traceId).toMatch(HEX32);
    expect(outside.trace.spanId).not.toBe(S);
    const current: Trace = { traceId: T, spanId: S };
    runInContext({ trace: current }, () => {
      const inside = resolveRunContext({ trace: { spanId: P } });
      expect(inside.trace.traceId).toBe(T);
      expect(inside.trace.parentSpanId).toBe(S);
      expect(inside.trace.spanId).not.toBe(P);
    });
  });

  it('inside a context: a child span of the current one, its session and actor inherited unless given', () => {
    const actor = { id: 'u', type: 'user' as const };
    const other = { id: 'v', type: 'agent' as const };
    runInContext({ trace: { traceId: T, spanId: S }, session: 's1', actor }, () => {
      const inherited = resolveRunContext({});
      expect(inherited.trace.traceId).toBe(T);
      expect(inherited.trace.parentSpanId).toBe(S);
      expect(inherited.trace.spanId).toMatch(HEX16);
      expect(inherited.session).toBe('s1');
      expect(inherited.actor).toBe(actor);
      const given = resolveRunContext({ session: 's2', actor: other });
      expect(given.session).toBe('s2');
      expect(given.actor).toBe(other);
    });
    runInContext({ trace: { traceId: T, spanId: S } }, () => {
      expect(Object.keys(resolveRunContext({}))).toStrictEqual(['trace']);
      expect(Object.keys(resolveRunContext({ session: 's' }))).toStrictEqual(['trace', 'session']);
      expect(Object.keys(resolveRunContext({ actor }))).toStrictEqual(['trace', 'actor']);
    });
  });
});

describe('runInContext / currentContext', () => {
  it('the context is current in the callback and the async work it starts, and gone after', async () => {
    const context: AuditContext = { trace: { traceId: T, spanId: S }, session: 's' };
    const seen: Array<AuditContext | undefined> = [];
    const result = await runInContext(context, async () => {
      seen.push(currentContext());
      await new Promise<void>((resolve) => setImmediate(resolve));
      seen.push(currentContext());
      return 42;
    });
    expect(result).toBe(42);
    expect(seen[0]).toBe(context);
    expect(seen[1]).toBe(context);
    expect(currentContext()).toBeUndefined();
  });

  it('nested runs see the innermost context, and the outer one again after', () => {
    const outer: AuditContext = { trace: { traceId: T, spanId: S } };
    const inner: AuditContext = { trace: { traceId: T, spanId: P } };
    runInContext(outer, () => {
      expect(runInContext(inner, () => currentContext())).toBe(inner);
      expect(currentContext()).toBe(outer);
    });
  });
});
