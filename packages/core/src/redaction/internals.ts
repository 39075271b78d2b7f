import type { UnsealedEvent } from '../spec/event.js';
import type { RedactionResult, RedactOptions, Redactor } from '../spec/redactor.js';
import type { MemorySnapshot } from './session-memory.js';

/**
 * What the core needs from a redactor made by `createRedactor()` to run it in a worker thread:
 * its options as plain data, and its session memory for one event. Not public: a redactor
 * without it (a user's own) always runs on the host's thread.
 */
export interface RedactorInternals {
  /**
   * Options that rebuild an equivalent redactor in another thread, keys included; undefined when
   * the redactor holds functions or objects that cannot be copied (custom detectors, a vault).
   * Throws what loading the pseudonym key throws.
   */
  recipe(): RedactorRecipe | undefined;
  /**
   * `redact()` for the core's sealing, which merges the result's `data` and `compliance` into the
   * event itself (mergeClassification): the same result, but its event does not carry them (a
   * redactor with custom detectors, whose redact() is asynchronous, returns redact()'s result as
   * is). Throws what redact() throws. Optional: without it the core calls redact().
   */
  redactForSeal?(event: UnsealedEvent, options: RedactOptions): RedactionResult | Promise<RedactionResult>;
  /** The session memory of an event's session and trace (only those two members are read). */
  memoryOf(event: Pick<UnsealedEvent, 'id' | 'session' | 'trace'>): MemorySnapshot;
  /** Replaces those sessions' memory (with what the worker ended with). */
  loadMemory(snapshot: MemorySnapshot): void;
}

/** Plain-data options of a redactor (see `RedactorInternals.recipe`). */
export interface RedactorRecipe {
  /** `RedactorOptions` without pseudonymKey, keysDir, detectors and vault. */
  options: Record<string, unknown>;
  keys: Array<{ id: string; secret: Uint8Array }>;
  activeId: string;
}

const INTERNALS = Symbol.for('agent-audit.redactor.internals');

export function attachInternals(redactor: Redactor, internals: RedactorInternals): void {
  Object.defineProperty(redactor, INTERNALS, { value: internals, enumerable: false });
}

export function internalsOf(redactor: Redactor): RedactorInternals | undefined {
  const value = (redactor as unknown as Record<symbol, unknown>)[INTERNALS];
  return typeof value === 'object' && value !== null ? (value as RedactorInternals) : undefined;
}
