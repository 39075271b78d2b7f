import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../spec/event.js';
import { CircuitOpenError, SinkError } from './errors.js';
import type { ShipSink } from './types.js';
import { backoffDelay, circuitBreaker, instrumented, retrying } from './wrappers.js';

const batch = [{ id: '01J00000000000000000000000' }] as unknown as AuditEvent[];

function scripted(results: Array<'ok' | 'retryable' | 'permanent'>): ShipSink & { calls: number } {
  const sink = {
    name: 'scripted',
    calls: 0,
    async write() {
      const result = results[sink.calls++] ?? 'ok';
      if (result === 'retryable') throw new SinkError({ sink: 'scripted', message: 'temporarily down' });
      if (result === 'permanent') throw new SinkError({ sink: 'scripted', message: 'bad request', retryable: false });
    },
  };
  return sink;
}

describe('backoffDelay', () => {
  it('draws full jitter below an exponentially growing, capped ceiling', () => {
    expect(backoffDelay(0, { initialDelayMs: 100, random: () => 0.999 })).toBe(99);
    expect(backoffDelay(3, { initialDelayMs: 100, random: () => 0.5 })).toBe(400);
    expect(backoffDelay(30, { initialDelayMs: 100, maxDelayMs: 1000, random: () => 0.999 })).toBe(999);
    expect(backoffDelay(5, { random: () => 0 })).toBe(0);
  });
});

describe('retrying', () => {
  it('retries retryable failures until one succeeds', async () => {
    const inner = scripted(['retryable', 'retryable', 'ok']);
    const retries: number[] = [];
    const sink = retrying(instrumented(inner), { initialDelayMs: 1, onRetry: ({ attempt }) => retries.push(attempt) });
    await sink.write(batch);
    expect(inner.calls).toBe(3);
    expect(retries).toEqual([1, 2]);
    expect(sink.stats!()).toMatchObject({ retries: 2, writes: 1, failures: 2 });
  });

  it('does not retry an error marked non-retryable', async () => {
    const inner = scripted(['permanent', 'ok']);
    await expect(retrying(inner, { initialDelayMs: 1 }).write(batch)).rejects.toThrow('bad request');
    expect(inner.calls).toBe(1);
  });

  it('gives up after maxAttempts with the last error', async () => {
    const inner = scripted(['retryable', 'retryable', 'retryable', 'ok']);
    await expect(retrying(inner, { maxAttempts: 3, initialDelayMs: 1 }).write(batch)).rejects.toThrow('temporarily down');
    expect(inner.calls).toBe(3);
  });

  it('stops waiting when aborted', async () => {
    const inner = scripted(['retryable', 'retryable']);
    const controller = new AbortController();
    const pending = retrying(inner, { maxAttempts: Infinity, initialDelayMs: 60_000, random: () => 0.99, signal: controller.signal }).write(batch);
    controller.abort();
    await expect(pending).rejects.toThrow('temporarily down');
  });
});

describe('circuitBreaker', () => {
  it('opens after the threshold, fails fast while open, closes after a successful trial', async () => {
    let now = 1_000;
    const inner = scripted(['retryable', 'retryable', 'retryable', 'ok']);
    const states: string[] = [];
    const sink = circuitBreaker(inner, { failureThreshold: 2, openMs: 500, now: () => now, onStateChange: (s) => states.push(s) });
    await expect(sink.write(batch)).rejects.toThrow('temporarily down');
    await expect(sink.write(batch)).rejects.toThrow('temporarily down');
    expect(sink.stats!().breaker).toBe('open');
    await expect(sink.write(batch)).rejects.toBeInstanceOf(CircuitOpenError);
    expect(inner.calls).toBe(2);
    now += 500;
    expect(sink.stats!().breaker).toBe('half-open');
    await expect(sink.write(batch)).rejects.toThrow('temporarily down'); // failed trial: open again
    expect(sink.stats!().breaker).toBe('open');
    now += 500;
    await sink.write(batch);
    expect(sink.stats!()).toMatchObject({ breaker: 'closed', consecutiveFailures: 0 });
    expect(states).toEqual(['open', 'half-open', 'open', 'half-open', 'closed']);
  });

  it('is not retried by retrying() when composed outside it', async () => {
    const inner = scripted(['retryable', 'retryable']);
    const sink = retrying(circuitBreaker(inner, { failureThreshold: 1, openMs: 60_000 }), { initialDelayMs: 1, maxAttempts: 5 });
    await expect(sink.write(batch)).rejects.toBeInstanceOf(CircuitOpenError);
    expect(inner.calls).toBe(1);
  });
});
