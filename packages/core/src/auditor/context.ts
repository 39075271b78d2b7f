import { AsyncLocalStorage } from 'node:async_hooks';
import type { Actor, Trace } from '../spec/event.js';
import { newSpanId, newTraceId } from './ids.js';

/** What nested work inherits: the current span, session and actor. */
export interface AuditContext {
  trace: Trace;
  session?: string;
  actor?: Actor;
}

/** Options for `auditor.run()`: any part left out is inherited or, for the trace, derived. */
export interface RunContext {
  /** The span to run in. Without it, a child span of the current one (or a new trace). */
  trace?: Partial<Trace>;
  session?: string;
  actor?: Actor;
}

// One store for every auditor in the process, so adapters on different auditors still see
// each other's trace (one agent turn can cross a LangChain handler and an AI SDK model).
const storage = new AsyncLocalStorage<AuditContext>();

export function currentContext(): AuditContext | undefined {
  return storage.getStore();
}

export function childTrace(parent: Trace | undefined): Trace {
  if (!parent) return { traceId: newTraceId(), spanId: newSpanId() };
  return { traceId: parent.traceId, spanId: newSpanId(), parentSpanId: parent.spanId };
}

export function resolveRunContext(context: RunContext): AuditContext {
  const current = storage.getStore();
  let trace: Trace;
  const given = context.trace;
  if (given?.traceId && given.spanId) {
    trace = { traceId: given.traceId, spanId: given.spanId, ...(given.parentSpanId ? { parentSpanId: given.parentSpanId } : {}) };
  } else if (given?.traceId) {
    trace = { traceId: given.traceId, spanId: newSpanId(), ...(given.parentSpanId ? { parentSpanId: given.parentSpanId } : {}) };
  } else {
    trace = childTrace(current?.trace);
  }
  const session = context.session ?? current?.session;
  const actor = context.actor ?? current?.actor;
  return { trace, ...(session !== undefined ? { session } : {}), ...(actor !== undefined ? { actor } : {}) };
}

export function runInContext<T>(context: AuditContext, fn: () => T): T {
  return storage.run(context, fn);
}
