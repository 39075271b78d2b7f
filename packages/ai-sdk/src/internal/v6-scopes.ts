import type { Auditor } from '@agent-audit/core';
import { addV6Run, removeV6Run } from './model-call-context.js';
import type { RunState } from './run-state.js';

/**
 * ai 6 events carry no call id: the open ai 6 runs of one integration, per audit scope (the span
 * of the `auditor.run()` a call was made in, or '' outside any), innermost last (a tool may start
 * a nested run). Each run is also listed for the middleware (see `v6RunCallingModel`).
 */
export class V6Scopes {
  private readonly scopes = new Map<string, RunState[]>();

  constructor(private readonly auditor: Auditor) {}

  /** The innermost open run of a scope. */
  innermost(key: string): RunState | undefined {
    return this.scopes.get(key)?.at(-1);
  }

  /** Every open ai 6 run, scope by scope. */
  *all(): Generator<RunState> {
    for (const stack of this.scopes.values()) yield* stack;
  }

  add(state: RunState, key: string): void {
    state.scopeKey = key;
    const stack = this.scopes.get(key) ?? [];
    stack.push(state);
    this.scopes.set(key, stack);
    addV6Run(this.auditor, key, state);
  }

  remove(state: RunState): void {
    if (state.scopeKey === undefined) return;
    const stack = this.scopes.get(state.scopeKey);
    const at = stack?.indexOf(state) ?? -1;
    if (stack !== undefined && at >= 0) stack.splice(at, 1);
    if (stack?.length === 0) this.scopes.delete(state.scopeKey);
    removeV6Run(this.auditor, state.scopeKey, state);
  }
}
