import { randomBytes } from 'node:crypto';
import type { Trace } from '../spec/event.js';

// Ids come from a pooled random buffer: one syscall per 4 KiB instead of one per id.
let pool = Buffer.alloc(0);
let offset = 0;
function randomHex(bytes: number): string {
  if (offset + bytes > pool.length) {
    pool = randomBytes(4096);
    offset = 0;
  }
  const hex = pool.toString('hex', offset, offset + bytes);
  offset += bytes;
  // All-zero ids are invalid in W3C Trace Context.
  return /^0+$/.test(hex) ? randomHex(bytes) : hex;
}

/**
 * A uniformly random fraction in [0, 1) with 8 bits of entropy from the pooled CSPRNG buffer:
 * the PRNG the ULID factory expects, without one getRandomValues call per character.
 */
export function randomFraction(): number {
  if (offset + 1 > pool.length) {
    pool = randomBytes(4096);
    offset = 0;
  }
  return (pool[offset++] as number) / 256;
}

/**
 * A new W3C trace id: 32 lower-case hex characters, never all zeros.
 *
 * @example
 * ```ts
 * auditor.run({ trace: { traceId: newTraceId(), spanId: newSpanId() } }, handle)
 * ```
 */
export function newTraceId(): string {
  return randomHex(16);
}

/** A new W3C span id: 16 lower-case hex characters, never all zeros. */
export function newSpanId(): string {
  return randomHex(8);
}

const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(?:-.*)?$/;

/**
 * Parses a W3C `traceparent` header value. Returns the trace with the caller's span as
 * `parentSpanId` and a fresh `spanId`, or `undefined` when the value is malformed.
 *
 * @example
 * ```ts
 * parseTraceparent('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01')
 * // { traceId: '4bf9…', spanId: '<new>', parentSpanId: '00f067aa0ba902b7' }
 * ```
 */
export function parseTraceparent(value: string | undefined | null): Trace | undefined {
  if (typeof value !== 'string') return undefined;
  const match = TRACEPARENT.exec(value.trim().toLowerCase());
  if (!match) return undefined;
  const [, version, traceId, parentSpanId] = match as unknown as [string, string, string, string];
  if (version === 'ff' || /^0+$/.test(traceId) || /^0+$/.test(parentSpanId)) return undefined;
  if (version === '00' && value.trim().length !== 55) return undefined;
  return { traceId, spanId: newSpanId(), parentSpanId };
}

/**
 * Formats a trace as a W3C `traceparent` value naming `trace.spanId` as the parent of
 * whatever the receiver does.
 *
 * @example
 * ```ts
 * formatTraceparent({ traceId, spanId }) // '00-<traceId>-<spanId>-01'
 * ```
 */
export function formatTraceparent(trace: Pick<Trace, 'traceId' | 'spanId'>, sampled = true): string {
  return `00-${trace.traceId}-${trace.spanId}-${sampled ? '01' : '00'}`;
}
