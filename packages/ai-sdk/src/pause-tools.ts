import { AuditError, newSpanId, newTraceId } from '@agent-audit/core';
import type { Auditor, RecordInput, Trace } from '@agent-audit/core';
import { checkOptions } from './internal/options.js';
import { SOURCE } from './internal/recorder.js';
import { REFUSED_CODE, trackedToolSpan } from './internal/tool-spans.js';

/** Whose pause to check and how: `pauseStore()` of `@agent-audit/core`, or your own. */
export interface PauseGate {
  /** `{ paused: true, reason }` while the agent is paused; runs before every tool call, so keep it fast. */
  check(agent: string): { paused: boolean; reason?: string };
}

/** Options of {@link pauseTools}. */
export interface PauseToolsOptions {
  /** The auditor refusals are recorded with (the same one the middleware and telemetry use). */
  auditor: Auditor;
  /** The pause state, e.g. `pauseStore()` (its `check` fails closed). */
  pause: PauseGate;
  /** Agent id whose pause is checked; default the auditor's `agent.id`. */
  agent?: string;
}

/**
 * The adapter's policy hook for tool calls: returns the same tool set with each `execute`
 * checking the agent's pause first (set by a monitor rule with `action: pause`, lifted by
 * `agent-audit resume`). While the agent is paused, a call is refused: it is recorded as
 * `policy.deny` (`decision.policy: 'pause'`, the tool's name, call id and input) and `execute`
 * rejects with an `AuditError` (`code: 'agent_paused'`), which the SDK hands to the model as the
 * tool's error; the tool's own `execute` never runs. The refusal follows docs/FORMAT.md §2.2:
 * with {@link auditTelemetry} (ai 6 or 7), which records the call's `tool.call` (`pending`)
 * before `execute` runs, the `policy.deny` goes into that call's span and the integration ends
 * the span with `tool.error`, outcome `denied` (`attrs.refused`), not `failure`; without the
 * integration, `pauseTools` records the start itself: `tool.call` with outcome `denied` and the
 * `policy.deny`, in one span of their own, and no end. Fails closed: a `check` that throws, or answers anything but
 * `paused: false`, refuses. Tools without `execute` (client-side tools) are left as they are,
 * and a tool's streaming `execute` (an async iterable) is passed through unchanged when allowed.
 * Works the same on ai 6 and ai 7.
 *
 * @throws AuditError `invalid_options` at construction (no auditor, no `pause.check`, an unknown key)
 * @example
 * ```ts
 * import { pauseStore } from '@agent-audit/core';
 * import { pauseTools } from '@agent-audit/ai-sdk';
 *
 * const tools = pauseTools({ issueRefund, lookupOrder }, { auditor, pause: pauseStore() });
 * await generateText({ model, tools, prompt, stopWhen: stepCountIs(5) });
 * ```
 */
export function pauseTools<TOOLS extends Record<string, unknown>>(tools: TOOLS, options: PauseToolsOptions): TOOLS {
  checkOptions('pauseTools', options, ['auditor', 'pause', 'agent']);
  const { auditor, pause } = options;
  if (pause === null || typeof pause !== 'object' || typeof pause.check !== 'function') {
    throw new AuditError({ message: 'pauseTools needs `pause` with a check(agent) function (e.g. pauseStore())', code: 'invalid_options' });
  }
  if (options.agent !== undefined && typeof options.agent !== 'string') {
    throw new AuditError({ message: 'pauseTools `agent` must be a string', code: 'invalid_options' });
  }

  function refusal(agent: string): string | undefined {
    try {
      const result = pause.check(agent);
      if (result.paused === false) return undefined;
      return result.reason ?? `agent ${agent} is paused`;
    } catch (error) {
      return `pause state of agent ${agent} unreadable (${error instanceof Error ? error.message : String(error)}): refusing (fail closed)`;
    }
  }

  const guarded: Record<string, unknown> = {};
  for (const [name, tool] of Object.entries(tools)) {
    const execute = (tool as { execute?: unknown } | null)?.execute;
    if (typeof execute !== 'function') {
      guarded[name] = tool;
      continue;
    }
    guarded[name] = {
      ...(tool as object),
      // Not async: an allowed call returns exactly what the tool's execute returns (a promise, a
      // value or an async iterable of streamed outputs).
      execute(input: unknown, callOptions: { toolCallId?: unknown } | undefined): unknown {
        const agent = options.agent ?? auditor.agent.id;
        const reason = refusal(agent);
        if (reason === undefined) return (execute as (i: unknown, o: unknown) => unknown).call(tool, input, callOptions);
        const callId = typeof callOptions?.toolCallId === 'string' ? callOptions.toolCallId : undefined;
        try {
          const toolBlock = { name, arguments: input, ...(callId === undefined ? {} : { callId }) };
          const deny: RecordInput = { type: 'policy.deny', source: SOURCE, outcome: 'denied', tool: toolBlock, decision: { action: 'deny', policy: 'pause', reason } };
          const tracked = trackedToolSpan(auditor, callId);
          if (tracked !== undefined) {
            // The telemetry integration recorded this call's start: the refusal goes into its span.
            auditor.record({ ...deny, ...tracked });
          } else {
            // Nobody recorded the start: a denied start and the policy decision, in one span.
            const trace = refusalSpan(auditor);
            auditor.record({ type: 'tool.call', source: SOURCE, outcome: 'denied', tool: toolBlock, trace, attrs: { refused: true } });
            auditor.record({ ...deny, trace });
          }
        } catch (error) {
          // record() never throws; a custom auditor that does cannot let the call through.
          try {
            auditor.onError(new AuditError({ message: `pauseTools could not record the refusal of ${name}: ${error instanceof Error ? error.message : String(error)}`, cause: error, code: 'adapter_error' }));
          } catch {
            // nothing left to tell
          }
        }
        return Promise.reject(new AuditError({ code: REFUSED_CODE, message: `tool ${name} refused: ${reason}` }));
      },
    };
  }
  return guarded as TOOLS;
}

/** A new span for a refused call, under the current audit context (a run scope or a tool span) if any. */
function refusalSpan(auditor: Auditor): Trace {
  const parent = auditor.currentContext()?.trace;
  return parent === undefined ? { traceId: newTraceId(), spanId: newSpanId() } : { traceId: parent.traceId, spanId: newSpanId(), parentSpanId: parent.spanId };
}
