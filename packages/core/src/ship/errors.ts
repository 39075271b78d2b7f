import { AuditError } from '../spec/errors.js';

/**
 * A sink could not store a batch. `retryable` says whether trying again may help
 * (connection refused, timeout, 5xx) or not (401, 400: a configuration or data problem).
 *
 * @example
 * ```ts
 * throw new SinkError({ message: 'HTTP 503 from SIEM', sink: 'http', retryable: true });
 * ```
 */
export class SinkError extends AuditError {
  readonly sink: string;
  readonly retryable: boolean;
  constructor(options: { message: string; sink: string; retryable?: boolean; cause?: unknown; code?: string }) {
    super({ code: options.code ?? 'sink_error', message: options.message, cause: options.cause });
    this.name = 'SinkError';
    this.sink = options.sink;
    this.retryable = options.retryable ?? true;
  }
  /** True unless the error says explicitly that retrying cannot help. */
  static isRetryable(error: unknown): boolean {
    if (AuditError.isInstance(error) && typeof (error as { retryable?: unknown }).retryable === 'boolean') {
      return (error as unknown as { retryable: boolean }).retryable;
    }
    return true;
  }
}

/**
 * The circuit breaker is open: the sink failed repeatedly and is not called until the
 * cool-down has passed. Nothing is lost; the shipper keeps its cursor and tries later.
 *
 * @example
 * ```ts
 * if (error instanceof CircuitOpenError) console.log('retry after', error.retryAt);
 * ```
 */
export class CircuitOpenError extends AuditError {
  readonly sink: string;
  /** Epoch milliseconds at which the breaker lets one trial call through. */
  readonly retryAt: number;
  constructor(options: { sink: string; retryAt: number; cause?: unknown }) {
    super({ code: 'circuit_open', message: `circuit open for sink ${options.sink} until ${new Date(options.retryAt).toISOString()}`, cause: options.cause });
    this.name = 'CircuitOpenError';
    this.sink = options.sink;
    this.retryAt = options.retryAt;
  }
}

/**
 * Shipping failed: events in the ledger that do not chain (`chain_break`; shipping of that
 * stream stops), an unreadable cursor (`cursor_corrupt`), a second shipper (`shipper_locked`).
 *
 * @example
 * ```ts
 * createShipper({ dir, sink, onError: (e) => { if (e instanceof ShipError && e.code === 'chain_break') page(e.stream) } });
 * ```
 */
export class ShipError extends AuditError {
  readonly stream: string | undefined;
  constructor(options: { message: string; stream?: string; cause?: unknown; code?: string }) {
    super({ code: options.code ?? 'ship_error', message: options.message, cause: options.cause });
    this.name = 'ShipError';
    this.stream = options.stream;
  }
}
