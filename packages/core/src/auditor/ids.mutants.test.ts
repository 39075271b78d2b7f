// Trace and span ids (W3C Trace Context, §3.2 traceparent; issue 13, from surviving mutants):
// 32 and 16 lower-case hex characters, never all zeros, drawn from a pooled 4 KiB random buffer
// (one `randomBytes(4096)` per 4 KiB, every byte used once, ids and fractions sharing it). The
// random source is replaced here by buffers the test chooses, so every id is known in advance.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const feed = vi.hoisted(() => ({ queue: [] as Buffer[], sizes: [] as number[] }));
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  return {
    ...actual,
    randomBytes: (size: number) => {
      feed.sizes.push(size);
      return feed.queue.shift() ?? actual.randomBytes(size);
    },
  };
});

type Ids = typeof import('./ids.js');
let ids: Ids;
beforeEach(async () => {
  // A fresh module: an empty pool, so the first id draws the first buffer queued.
  vi.resetModules();
  feed.queue = [];
  feed.sizes = [];
  ids = await import('./ids.js');
});
afterEach(() => {
  feed.queue = [];
});

/** 4096 bytes: `head` first, then `fill`. */
const pool = (head: number[], fill = 0x11): Buffer => Buffer.concat([Buffer.from(head), Buffer.alloc(4096 - head.length, fill)]);

describe('newTraceId / newSpanId (W3C Trace Context §3.2.2.3, §3.2.2.4)', () => {
  it('skip an all-zero draw (an invalid id) and keep ids that only start or end with zeros', () => {
    const trace = [0, ...Array<number>(14).fill(0xab), 0];
    feed.queue.push(pool([...Array<number>(16).fill(0), ...trace]));
    expect(ids.newTraceId()).toBe(`00${'ab'.repeat(14)}00`);
  });

  it('a span id likewise: 8 zero bytes are skipped, 00 cd … cd 00 is kept', async () => {
    feed.queue.push(pool([...Array<number>(8).fill(0), 0, 0xcd, 0xcd, 0xcd, 0xcd, 0xcd, 0xcd, 0]));
    expect(ids.newSpanId()).toBe('00cdcdcdcdcdcd00');
    // One zero byte alone is no reason to skip.
    feed.queue.push(pool([0, 0, 0, 0, 0, 0, 0, 1]));
    vi.resetModules();
    const fresh = await import('./ids.js');
    expect(fresh.newSpanId()).toBe('0000000000000001');
  });

  it('are 32 and 16 lower-case hex characters from the real source, never the same twice', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 600; i++) {
      const trace = ids.newTraceId();
      const span = ids.newSpanId();
      expect(trace).toMatch(/^[0-9a-f]{32}$/);
      expect(span).toMatch(/^[0-9a-f]{16}$/);
      seen.add(trace).add(span);
    }
    expect(seen.size).toBe(1200);
  });

  it('draw randomBytes(4096) once per 4 KiB and use every byte once, in order: 256 trace ids from the first buffer, the 257th from the next', () => {
    const first = Buffer.alloc(4096);
    for (let i = 0; i < 4096; i++) first[i] = (Math.floor(i / 16) % 255) + 1;
    feed.queue.push(first, pool([0x22]));
    const got: string[] = [];
    for (let i = 0; i < 256; i++) got.push(ids.newTraceId());
    expect(feed.sizes).toStrictEqual([4096]);
    expect(got[0]).toBe('01'.repeat(16));
    expect(got[254]).toBe('ff'.repeat(16));
    expect(got[255]).toBe('01'.repeat(16));
    expect(ids.newTraceId()).toBe(`22${'11'.repeat(15)}`);
    expect(feed.sizes).toStrictEqual([4096, 4096]);
  });
});

describe('randomFraction (the ULID factory\'s PRNG)', () => {
  it('is one pool byte / 256: in [0, 1), 8 bits per call', () => {
    feed.queue.push(pool([0, 1, 128, 255]));
    expect([ids.randomFraction(), ids.randomFraction(), ids.randomFraction(), ids.randomFraction()]).toStrictEqual([0, 1 / 256, 0.5, 255 / 256]);
  });

  it('uses all 4096 bytes of a buffer before drawing the next, and shares the pool with the ids', () => {
    const first = Buffer.alloc(4096, 7);
    first[4095] = 9;
    feed.queue.push(first, pool([200, 0xee, 0xee, 0xee, 0xee, 0xee, 0xee, 0xee, 0xee]));
    for (let i = 0; i < 4095; i++) expect(ids.randomFraction()).toBe(7 / 256);
    expect(ids.randomFraction()).toBe(9 / 256);
    expect(feed.sizes).toStrictEqual([4096]);
    expect(ids.randomFraction()).toBe(200 / 256);
    expect(ids.newSpanId()).toBe('ee'.repeat(8));
    expect(feed.sizes).toStrictEqual([4096, 4096]);
  });
});

describe('parseTraceparent (W3C Trace Context §3.2)', () => {
  const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
  const PARENT = '00f067aa0ba902b7';

  it('gives the trace id, the caller\'s span as parentSpanId and a fresh span id', () => {
    feed.queue.push(pool([0x5a, 0x5a, 0x5a, 0x5a, 0x5a, 0x5a, 0x5a, 0x5a]));
    expect(ids.parseTraceparent(`00-${TRACE}-${PARENT}-01`)).toStrictEqual({ traceId: TRACE, spanId: '5a'.repeat(8), parentSpanId: PARENT });
  });

  it.each<[string, string]>([
    ['unsampled flags', `00-${TRACE}-${PARENT}-00`],
    ['surrounding white space (trimmed before the version 00 length check)', `  00-${TRACE}-${PARENT}-01\t`],
    ['upper-case hex (read as lower case)', `00-${TRACE.toUpperCase()}-${PARENT.toUpperCase()}-01`],
    ['a later version with more fields after the flags (§3.2.4: parse the first four)', `cc-${TRACE}-${PARENT}-01-what-comes-next`],
    ['ids that start and end with zeros', `00-0${TRACE.slice(1, 31)}0-0${PARENT.slice(1, 15)}0-01`],
  ])('accepts %s', (_label, value) => {
    const parsed = ids.parseTraceparent(value);
    const trimmed = value.trim().toLowerCase();
    expect(parsed).toStrictEqual({ traceId: trimmed.slice(3, 35), spanId: expect.stringMatching(/^[0-9a-f]{16}$/), parentSpanId: trimmed.slice(36, 52) });
    expect(parsed?.traceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it.each<[string, string | undefined | null]>([
    ['undefined', undefined],
    ['null', null],
    ['an empty string', ''],
    ['version ff (§3.2.2.1: invalid)', `ff-${TRACE}-${PARENT}-01`],
    ['an all-zero trace id (§3.2.2.3)', `00-${'0'.repeat(32)}-${PARENT}-01`],
    ['an all-zero parent id (§3.2.2.4)', `00-${TRACE}-${'0'.repeat(16)}-01`],
    ['version 00 with a field after the flags (version 00 is exactly 55 characters)', `00-${TRACE}-${PARENT}-01-x`],
    ['a short trace id', `00-${TRACE.slice(1)}-${PARENT}-01`],
    ['a non-hex character', `00-${TRACE.slice(0, 31)}g-${PARENT}-01`],
    ['anything before the version (here `x` before a later version cc)', `xcc-${TRACE}-${PARENT}-01`],
    ['a later version with more after the flags but no `-` (§3.2.4: later fields follow a dash)', `cc-${TRACE}-${PARENT}-01x`],
  ])('refuses %s', (_label, value) => {
    expect(ids.parseTraceparent(value)).toBeUndefined();
  });

  it('refuses what is not a string', () => {
    expect(ids.parseTraceparent(42 as unknown as string)).toBeUndefined();
  });
});

describe('formatTraceparent (W3C Trace Context §3.2)', () => {
  it('is version 00, the trace id, the span id as the parent, and flags 01 (sampled) unless told otherwise', () => {
    const trace = { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7' };
    expect(ids.formatTraceparent(trace)).toBe('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01');
    expect(ids.formatTraceparent(trace, false)).toBe('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00');
    expect(ids.parseTraceparent(ids.formatTraceparent(trace))?.parentSpanId).toBe(trace.spanId);
  });
});
