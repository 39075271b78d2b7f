import type { CaptureMode, CapturePolicy } from '../spec/redactor.js';

/** One finding in a string: `[start, end)` in UTF-16 code units. */
export interface Detection {
  start: number;
  end: number;
  /** Token label, upper case: `EMAIL`, `PHONE`, `CARD`, ... It becomes `[EMAIL:psn_...]`. */
  type: string;
  /** Data class it adds to the event, e.g. `pii.email`. */
  class: string;
  /** Canonical form of the value used for the pseudonym (so `A@x.com` and `a@x.com` join). */
  normalized?: string;
  /** `false` for context signals (e.g. a medical term) that classify but are not masked. */
  mask?: boolean;
}

/** Where a string was found, for detectors that care (e.g. a key name hints at content). */
export interface DetectorContext {
  /**
   * Path of the field, when known. The redactor calls custom detectors once per distinct string
   * of an event (a string repeated in several fields is scanned once), so this is `''` there.
   */
  path: string;
  /** Set when the string is an object key rather than a value. */
  isKey?: boolean;
}

/**
 * A detector: finds sensitive spans in one string. It may be synchronous or return a promise
 * (e.g. a named-entity recognizer); asynchronous detectors are bounded by `timeoutMs`.
 */
export interface Detector {
  /** Unique name; shown in errors. */
  name: string;
  detect(text: string, context: DetectorContext): readonly Detection[] | Promise<readonly Detection[]>;
  /** Per-call time limit for asynchronous results; defaults to the redactor's `detectorTimeoutMs`. */
  timeoutMs?: number;
}

export type { CaptureMode, CapturePolicy };
