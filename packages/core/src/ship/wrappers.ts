import type { AuditEvent } from '../spec/event.js';
import { callHostHandler } from '../internal/host-handler.js';
import { CircuitOpenError, SinkError } from './errors.js';
import { errorMessage, sleep } from './internal/sleep.js';
import type { ShipSink, ShippedCheckpoint, SinkStats } from './types.js';

/** Options of {@link retrying}. Delays follow exponential backoff with full jitter. */
export interface RetryingOptions {
  /** Attempts per call, the first included. `Infinity` retries until `signal` aborts. */
  maxAttempts?: number;
  /** Upper bound of the first retry delay. */
  initialDelayMs?: number;
  /** Cap of any single delay. */
  maxDelayMs?: number;
  multiplier?: number;
  /** Aborting stops waiting and rethrows the last error. */
  signal?: AbortSignal;
  /** Called before each retry (for logging; errors thrown here are ignored). */
  onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void;
  /** Source of randomness in [0, 1); replaceable for tests. */
  random?: () => number;
}

function baseStats(name: string): SinkStats {
  return { name, writes: 0, events: 0, failures: 0, retries: 0, consecutiveFailures: 0 };
}

function recordError(stats: SinkStats, error: unknown): void {
  const code = (error as { code?: unknown } | null)?.code;
  stats.lastError = { message: errorMessage(error), at: new Date().toISOString(), ...(typeof code === 'string' ? { code } : {}) };
}

/**
 * Full-jitter exponential backoff: a delay drawn uniformly from [0, min(max, initial * multiplier^n)].
 * Exported for the shipper and for tests.
 *
 * @example
 * ```ts
 * await sleep(backoffDelay(attempt, { initialDelayMs: 200, maxDelayMs: 30_000 }));
 * ```
 */
export function backoffDelay(attempt: number, options: { initialDelayMs?: number; maxDelayMs?: number; multiplier?: number; random?: () => number } = {}): number {
  const { initialDelayMs = 100, maxDelayMs = 30_000, multiplier = 2, random = Math.random } = options;
  const ceiling = Math.min(maxDelayMs, initialDelayMs * multiplier ** Math.max(0, attempt));
  return Math.floor(random() * ceiling);
}

/**
 * Wraps a sink so that a failed `write` is tried again with exponential backoff and full
 * jitter. Errors marked `retryable: false` (see {@link SinkError}) and an open circuit are
 * not retried here. Safe because sinks are idempotent by event id.
 *
 * @example
 * ```ts
 * const sink = circuitBreaker(retrying(httpSink({ url, token }), { maxAttempts: 5 }));
 * ```
 */
export function retrying<S extends ShipSink>(sink: S, options: RetryingOptions = {}): ShipSink {
  const { maxAttempts = 6, signal, onRetry } = options;
  if (!(maxAttempts >= 1)) throw new RangeError('retrying(): maxAttempts must be >= 1');
  let retries = 0;
  let failures = 0;
  let lastError: SinkStats['lastError'];

  async function attempt<T>(call: () => Promise<T>): Promise<T> {
    for (let attemptNo = 1; ; attemptNo++) {
      try {
        return await call();
      } catch (error) {
        failures++;
        const code = (error as { code?: unknown } | null)?.code;
        lastError = { message: errorMessage(error), at: new Date().toISOString(), ...(typeof code === 'string' ? { code } : {}) };
        const retryable = SinkError.isRetryable(error) && !(error instanceof CircuitOpenError);
        if (!retryable || attemptNo >= maxAttempts || signal?.aborted) throw error;
        const delayMs = backoffDelay(attemptNo - 1, options);
        retries++;
        // A logging hook (a throw, or a promise that rejects) must not change delivery.
        callHostHandler(onRetry, { attempt: attemptNo, delayMs, error });
        await sleep(delayMs, signal);
        if (signal?.aborted) throw error;
      }
    }
  }

  const wrapped: ShipSink = {
    name: sink.name,
    write: (events: readonly AuditEvent[]) => attempt(() => sink.write(events)),
    stats(): SinkStats {
      const inner = sink.stats?.() ?? baseStats(sink.name);
      return {
        ...inner,
        retries: inner.retries + retries,
        failures: Math.max(inner.failures, failures),
        ...(lastError && (!inner.lastError || inner.lastError.at <= lastError.at) ? { lastError } : {}),
      };
    },
  };
  if (sink.writeCheckpoints) {
    const writeCheckpoints = sink.writeCheckpoints.bind(sink);
    wrapped.writeCheckpoints = (checkpoints: readonly ShippedCheckpoint[]) => attempt(() => writeCheckpoints(checkpoints));
  }
  if (sink.close) wrapped.close = () => sink.close!();
  return wrapped;
}

/** Options of {@link circuitBreaker}. */
export interface CircuitBreakerOptions {
  /** Consecutive failed calls that open the circuit. */
  failureThreshold?: number;
  /** How long the circuit stays open before one trial call is let through. */
  openMs?: number;
  /** Clock, replaceable for tests. */
  now?: () => number;
  /** Called on every state change. */
  onStateChange?: (state: 'closed' | 'open' | 'half-open') => void;
}

/**
 * Wraps a sink in a circuit breaker: after `failureThreshold` consecutive failures calls fail
 * fast with {@link CircuitOpenError} for `openMs`, then one trial call decides whether the
 * circuit closes again. A shipper keeps its cursor while the circuit is open, so nothing is lost.
 *
 * @example
 * ```ts
 * const sink = circuitBreaker(retrying(postgresSink({ url })), { failureThreshold: 3, openMs: 10_000 });
 * ```
 */
export function circuitBreaker<S extends ShipSink>(sink: S, options: CircuitBreakerOptions = {}): ShipSink {
  const { failureThreshold = 5, openMs = 15_000, now = Date.now, onStateChange } = options;
  if (!(failureThreshold >= 1)) throw new RangeError('circuitBreaker(): failureThreshold must be >= 1');
  let state: 'closed' | 'open' | 'half-open' = 'closed';
  let consecutive = 0;
  let retryAt = 0;
  let trialInFlight = false;
  let writes = 0;
  let events = 0;
  let lastError: SinkStats['lastError'];

  const setState = (next: typeof state) => {
    if (next === state) return;
    state = next;
    try {
      onStateChange?.(next);
    } catch {
      // observers cannot break delivery
    }
  };

  async function guarded<T>(call: () => Promise<T>): Promise<T> {
    if (state === 'open') {
      if (now() < retryAt) throw new CircuitOpenError({ sink: sink.name, retryAt });
      setState('half-open');
    }
    if (state === 'half-open') {
      if (trialInFlight) throw new CircuitOpenError({ sink: sink.name, retryAt: now() + openMs });
      trialInFlight = true;
    }
    try {
      const result = await call();
      consecutive = 0;
      setState('closed');
      return result;
    } catch (error) {
      consecutive++;
      const code = (error as { code?: unknown } | null)?.code;
      lastError = { message: errorMessage(error), at: new Date().toISOString(), ...(typeof code === 'string' ? { code } : {}) };
      if (state === 'half-open' || consecutive >= failureThreshold) {
        retryAt = now() + openMs;
        setState('open');
      }
      throw error;
    } finally {
      trialInFlight = false;
    }
  }

  const wrapped: ShipSink = {
    name: sink.name,
    async write(batch: readonly AuditEvent[]) {
      await guarded(() => sink.write(batch));
      writes++;
      events += batch.length;
    },
    stats(): SinkStats {
      const inner = sink.stats?.() ?? { ...baseStats(sink.name), writes, events };
      return {
        ...inner,
        consecutiveFailures: consecutive,
        breaker: state === 'open' && now() >= retryAt ? 'half-open' : state,
        ...(state === 'open' ? { breakerRetryAt: new Date(retryAt).toISOString() } : {}),
        ...(lastError && (!inner.lastError || inner.lastError.at <= lastError.at) ? { lastError } : {}),
      };
    },
  };
  if (sink.writeCheckpoints) {
    const writeCheckpoints = sink.writeCheckpoints.bind(sink);
    wrapped.writeCheckpoints = (checkpoints: readonly ShippedCheckpoint[]) => guarded(() => writeCheckpoints(checkpoints));
  }
  if (sink.close) wrapped.close = () => sink.close!();
  return wrapped;
}

/**
 * Adds counters to a sink that has none, so `status()` can report writes and errors.
 *
 * @example
 * ```ts
 * const sink = instrumented({ name: 'siem', write: async (events) => post(events) });
 * sink.stats().writes;
 * ```
 */
export function instrumented<S extends ShipSink>(sink: S): ShipSink & { stats(): SinkStats } {
  if (sink.stats) return sink as S & { stats(): SinkStats };
  const stats = baseStats(sink.name);
  const track = async <T>(call: () => Promise<T>): Promise<T> => {
    try {
      const result = await call();
      stats.consecutiveFailures = 0;
      return result;
    } catch (error) {
      stats.failures++;
      stats.consecutiveFailures++;
      recordError(stats, error);
      throw error;
    }
  };
  const wrapped: ShipSink & { stats(): SinkStats } = {
    name: sink.name,
    async write(batch) {
      await track(() => sink.write(batch));
      stats.writes++;
      stats.events += batch.length;
    },
    stats: () => ({ ...stats, ...(stats.lastError ? { lastError: { ...stats.lastError } } : {}) }),
  };
  if (sink.writeCheckpoints) {
    const writeCheckpoints = sink.writeCheckpoints.bind(sink);
    wrapped.writeCheckpoints = (checkpoints) => track(() => writeCheckpoints(checkpoints));
  }
  if (sink.close) wrapped.close = () => sink.close!();
  return wrapped;
}
