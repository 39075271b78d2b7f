import { AsyncLocalStorage } from 'node:async_hooks';
import type { Actor, Auditor, Trace } from '@agent-audit/core';

/**
 * What the telemetry integration hands to the model middleware for one model call:
 * the span the call's `model.*` events go into, and the run's session and actor.
 */
export interface ModelCallSlot {
  readonly auditor: Auditor;
  readonly trace: Trace;
  readonly session: string | undefined;
  readonly actor: Actor | undefined;
  /** Set by the middleware when it recorded this call; the integration reads it afterwards. */
  claimed: boolean;
  /** A fail-closed run that already failed to record: the middleware must not call the model. */
  readonly failure: () => Error | undefined;
}

// Shared through a global symbol so the ESM and CJS builds (or two copies of the package)
// still find each other's slot.
const key = Symbol.for('agent-audit.ai-sdk.model-call');
const holder = globalThis as unknown as Record<symbol, AsyncLocalStorage<ModelCallSlot> | undefined>;

export const modelCallStorage: AsyncLocalStorage<ModelCallSlot> =
  holder[key] ?? (holder[key] = new AsyncLocalStorage<ModelCallSlot>());
