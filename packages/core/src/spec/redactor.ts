import type { DataBlock, ComplianceBlock, UnsealedEvent } from './event.js';

/** What the redaction stage hands back: the event to chain plus anything it learned. */
export interface RedactionResult {
  /** The event with every sensitive value replaced. This, and only this, is hashed and stored. */
  event: UnsealedEvent;
  /** Classification found; merged into `data` / `compliance` by the core. */
  data?: Partial<DataBlock>;
  compliance?: Partial<ComplianceBlock>;
  /** Failures that did not stop redaction (the affected value was masked); reported to onError. */
  errors?: Error[];
}

/**
 * The redaction stage. It runs off the caller's path, before the event is hashed. It may be
 * asynchronous (e.g. a named-entity recognizer). It must never let a raw value through when it
 * fails: the core masks the whole content of an event whose redactor throws.
 */
export interface Redactor {
  /**
   * Redacts one event of JSON values (`record()` snapshots anything else first).
   * @throws RedactionError (code `redaction_failed`) from `createRedactor()`'s redactor when the
   *   event holds a value that is not JSON (a BigInt, a getter that throws); the error quotes no
   *   value of the event.
   */
  redact(event: UnsealedEvent, options: RedactOptions): RedactionResult | Promise<RedactionResult>;
}

/**
 * How much of a field's content is kept:
 * - `none`: sizes and counts only;
 * - `hash`: a keyed digest of the content (joinable, not reversible);
 * - `redacted` (default): the content with every detected value replaced by a pseudonym;
 * - `full`: originals go only to the vault, encrypted; the ledger keeps the redacted form.
 */
export type CaptureMode = 'none' | 'hash' | 'redacted' | 'full';

/** Capture mode per field group; `default` applies where a field has none. */
export interface CapturePolicy {
  default?: CaptureMode;
  /** `content.input` / `content.output` (messages, prompts, responses). */
  content?: CaptureMode;
  /** `tool.arguments` and `model.toolCalls[].arguments`. */
  arguments?: CaptureMode;
  /** `tool.result`. */
  result?: CaptureMode;
}

export interface RedactOptions {
  capture: CapturePolicy;
}
