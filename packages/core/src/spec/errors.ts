const marker = Symbol.for('agent-audit.error');

/**
 * Base class of every error agent-audit raises or reports to `onError`.
 *
 * @example
 * ```ts
 * createAuditor({ agent, sink, onError: (e) => { if (AuditError.isInstance(e)) alert(e.code) } });
 * ```
 */
export class AuditError extends Error {
  readonly [marker] = true;
  /** Stable machine-readable code, e.g. `queue_overflow`. */
  readonly code: string;
  constructor({ message, cause, code = 'audit_error' }: { message: string; cause?: unknown; code?: string }) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'AuditError';
    this.code = code;
  }
  /** True for errors from any copy of this library (works across package versions). */
  static isInstance(error: unknown): error is AuditError {
    return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }
}

/** The ledger could not be opened, written, or read. */
export class LedgerError extends AuditError {
  constructor(options: { message: string; cause?: unknown; code?: string }) {
    super({ code: 'ledger_error', ...options });
    this.name = 'LedgerError';
  }
}

/** A file or record in a ledger is not what the format says it must be. */
export class LedgerFormatError extends LedgerError {
  readonly file: string | undefined;
  constructor(options: { message: string; file?: string; cause?: unknown }) {
    super({ code: 'ledger_format', message: options.message, cause: options.cause });
    this.name = 'LedgerFormatError';
    this.file = options.file;
  }
}

/** The bounded queue was full; the event was counted and a `ledger.gap` event follows. */
export class QueueOverflowError extends AuditError {
  constructor(options: { message: string; cause?: unknown }) {
    super({ code: 'queue_overflow', ...options });
    this.name = 'QueueOverflowError';
  }
}

/** A redactor threw or timed out; the affected content was replaced by a marker. */
export class RedactionError extends AuditError {
  constructor(options: { message: string; cause?: unknown }) {
    super({ code: 'redaction_failed', ...options });
    this.name = 'RedactionError';
  }
}

/** An event could not be made durable (fail-closed hosts receive this). */
export class RecordError extends AuditError {
  constructor(options: { message: string; cause?: unknown }) {
    super({ code: 'record_failed', ...options });
    this.name = 'RecordError';
  }
}

/** A key string is malformed or does not match. */
export class KeyError extends AuditError {
  constructor(options: { message: string; cause?: unknown }) {
    super({ code: 'key_error', ...options });
    this.name = 'KeyError';
  }
}
