import type { Actor, Auditor, Trace } from '@agent-audit/core';

/** A tracked call's span, with the session and actor of its run. */
export interface ToolSpanContext {
  trace: Trace;
  session?: string;
  actor?: Actor;
}

/**
 * Tool executions the telemetry integration recorded a `tool.call` for and has not ended yet,
 * per auditor and tool call id. {@link pauseTools} looks a call up here: a refusal of a tracked
 * call goes into that call's span (the integration ends it `denied`); an untracked call (no
 * integration) gets its own `tool.call` with outcome `denied` (docs/FORMAT.md §2.2).
 */
const open = new WeakMap<Auditor, Map<string, ToolSpanContext>>();

export function trackToolSpan(auditor: Auditor, toolCallId: string, context: ToolSpanContext): void {
  let calls = open.get(auditor);
  if (calls === undefined) open.set(auditor, (calls = new Map()));
  calls.set(toolCallId, context);
}

/** Forgets a call; only the span given, so a later call reusing the id keeps its own. */
export function untrackToolSpan(auditor: Auditor, toolCallId: string, spanId: string): void {
  const calls = open.get(auditor);
  if (calls?.get(toolCallId)?.trace.spanId === spanId) calls.delete(toolCallId);
}

export function trackedToolSpan(auditor: Auditor, toolCallId: string | undefined): ToolSpanContext | undefined {
  return toolCallId === undefined ? undefined : open.get(auditor)?.get(toolCallId);
}

/** Code of the error {@link pauseTools} rejects a refused call with. */
export const REFUSED_CODE = 'agent_paused';

/** The tool never ran: {@link pauseTools} refused the call. Its end is recorded `denied`, not `failure`. */
export function isRefusal(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === REFUSED_CODE && (error as { name?: unknown }).name === 'AuditError';
}
