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
  redact(event: UnsealedEvent): RedactionResult | Promise<RedactionResult>;
}
