import type { Actor, RecordInput, Trace } from '@agent-audit/core';
import type { OpenModelCall } from './model-call-context.js';

/** One tool execution the integration saw start: its span and, fail-closed, its durable `tool.call`. */
export interface ToolSpan {
  spanId: string;
  parentSpanId: string;
  name: string;
  /** Fail-closed: the durable write of `tool.call`; the tool runs only once it resolved. */
  recorded?: Promise<void>;
}

/** What the integration keeps about one generateText / streamText / agent call while it runs. */
export interface RunState {
  /** The SDK's call id (ai 7), or one made up for the run (ai 6 gives its events none). */
  callId: string;
  /** The AI SDK major that reports this run: 6 or 7. */
  sdk: 6 | 7;
  traceId: string;
  spanId: string;
  parentSpanId: string | undefined;
  session: string | undefined;
  actor: Actor | undefined;
  model: { provider?: string; id?: string };
  operationId: string | undefined;
  steps: Map<number, string>;
  openSteps: Set<number>;
  currentStep: string | undefined;
  tools: Map<string, ToolSpan>;
  /** Fail-closed: the first event that could not be recorded; the run must not go on. */
  failure: Error | undefined;
  /** The write of `run.start` (awaited by `onStart`, so fail-closed runs start durable). */
  started: Promise<void>;
  /** ai 6: the key of the audit scope the run was started in (see `V6Runs`). */
  scopeKey: string | undefined;
  /** ai 6: removes the listener on the call's abort signal. */
  detach: (() => void) | undefined;
  /** Model streams of this run the middleware still watches (a consumer that left a stream unread). */
  openCalls: Set<OpenModelCall>;
}

/** How a run was closed; what arrives for it afterwards is recorded as late (`afterAbort` / `afterEnd`). */
export type EndReason = 'end' | 'abort' | 'error' | 'evicted' | 'unfinished';

/** A closed run, remembered so that events arriving after its end are still recorded in its trace. */
export interface EndedRun {
  state: RunState;
  reason: EndReason;
  /** Tools that were still running when the run was closed (ended as aborted or failed). */
  tools: Map<string, ToolSpan>;
}

/** The span of the run itself. */
export function runTrace(state: RunState): Trace {
  return state.parentSpanId === undefined
    ? { traceId: state.traceId, spanId: state.spanId }
    : { traceId: state.traceId, spanId: state.spanId, parentSpanId: state.parentSpanId };
}

/** A span inside the run's trace. */
export function childTrace(state: RunState, spanId: string, parentSpanId: string): Trace {
  return { traceId: state.traceId, spanId, parentSpanId };
}

/** The fields every event of a run carries: type, span, session and actor. */
export function baseInput(state: RunState, type: string, trace: Trace): RecordInput {
  const input: RecordInput = { type, trace };
  if (state.session !== undefined) input.session = state.session;
  if (state.actor !== undefined) input.actor = state.actor;
  return input;
}

/** The audit context nested work (a model call, a tool) runs in. */
export function contextOf(state: RunState, trace: Trace): { trace: Trace; session?: string; actor?: Actor } {
  const context: { trace: Trace; session?: string; actor?: Actor } = { trace };
  if (state.session !== undefined) context.session = state.session;
  if (state.actor !== undefined) context.actor = state.actor;
  return context;
}

/** Attributes that mark an event reported for a run after the run was closed. */
export function lateAttrs(reason: EndReason): Record<string, true> {
  return reason === 'abort' ? { afterAbort: true } : { afterEnd: true };
}
