import { AsyncLocalStorage } from 'node:async_hooks';
import type { Actor, Auditor, Trace } from '@agent-audit/core';

/**
 * What the telemetry integration hands to the model middleware for one model call:
 * the span the call's `model.*` events go into, and the run's session and actor.
 */
/** A model stream the middleware is still watching, which the integration can end when it closes the run. */
export interface OpenModelCall {
  /** Records the stream's end as `model.error` (`attrs.cancelled`, `attrs.unfinished`) unless it ended already. */
  unfinished(reason: string): Promise<void>;
}

export interface ModelCallSlot {
  readonly auditor: Auditor;
  readonly trace: Trace;
  readonly session: string | undefined;
  readonly actor: Actor | undefined;
  /** Set by the middleware when it recorded this call; the integration reads it afterwards. */
  claimed: boolean;
  /** A fail-closed run that already failed to record: the middleware must not call the model. */
  readonly failure: () => Error | undefined;
  /** The run's model streams not ended yet (see {@link OpenModelCall}). */
  readonly openCalls?: Set<OpenModelCall>;
}

// Shared through a global symbol so the ESM and CJS builds (or two copies of the package)
// still find each other's slot.
const key = Symbol.for('agent-audit.ai-sdk.model-call');
const holder = globalThis as unknown as Record<symbol, AsyncLocalStorage<ModelCallSlot> | undefined>;

export const modelCallStorage: AsyncLocalStorage<ModelCallSlot> =
  holder[key] ?? (holder[key] = new AsyncLocalStorage<ModelCallSlot>());

/**
 * ai 6 reports no call id with its telemetry events and has no `executeLanguageModelCall`, so
 * the middleware cannot be handed the run's span. Instead, the integration lists here the ai 6
 * runs open per auditor and audit scope (the span of the `auditor.run()` the call was made in,
 * or '' outside any), and the middleware joins a model call to the current step of the one run
 * of its scope that is not busy running tools. When that is ambiguous (several runs at once in
 * one scope), the model call gets a span of its own under the current context, as without the
 * integration.
 */
export interface OpenV6Run {
  readonly traceId: string;
  readonly currentStep: string | undefined;
  readonly session: string | undefined;
  readonly actor: Actor | undefined;
  readonly failure: Error | undefined;
  /** Tool executions in progress (a run running tools is not the one calling the model). */
  readonly tools: { readonly size: number };
  /** The run's model streams not ended yet (see {@link OpenModelCall}). */
  readonly openCalls?: Set<OpenModelCall>;
}

const v6Key = Symbol.for('agent-audit.ai-sdk.v6-runs');
const v6Holder = globalThis as unknown as Record<symbol, WeakMap<Auditor, Map<string, Set<OpenV6Run>>> | undefined>;
const v6Runs: WeakMap<Auditor, Map<string, Set<OpenV6Run>>> = v6Holder[v6Key] ?? (v6Holder[v6Key] = new WeakMap());

/** The key of the audit scope current now: its span id, or '' outside any `auditor.run()`. */
export function scopeKey(auditor: Auditor): string {
  return auditor.currentContext()?.trace.spanId ?? '';
}

export function addV6Run(auditor: Auditor, key: string, run: OpenV6Run): void {
  let scopes = v6Runs.get(auditor);
  if (scopes === undefined) v6Runs.set(auditor, (scopes = new Map()));
  let runs = scopes.get(key);
  if (runs === undefined) scopes.set(key, (runs = new Set()));
  runs.add(run);
}

export function removeV6Run(auditor: Auditor, key: string, run: OpenV6Run): void {
  const scopes = v6Runs.get(auditor);
  const runs = scopes?.get(key);
  if (runs === undefined) return;
  runs.delete(run);
  if (runs.size === 0) scopes?.delete(key);
}

/**
 * The one open ai 6 run of the current scope that is calling a model now; `'ambiguous'` when
 * several runs of the scope could be (calls at once in one scope); undefined when none.
 */
export function v6RunCallingModel(auditor: Auditor): OpenV6Run | 'ambiguous' | undefined {
  const runs = v6Runs.get(auditor)?.get(scopeKey(auditor));
  if (runs === undefined) return undefined;
  let found: OpenV6Run | undefined;
  for (const run of runs) {
    if (run.tools.size > 0 || run.currentStep === undefined) continue;
    if (found !== undefined) return 'ambiguous';
    found = run;
  }
  return found;
}
