// How an event is chained (docs/FORMAT.md §3; issue 13, from surviving mutants): the hashed bytes
// are the RFC 8785 (JCS) form of the event without `hash` and with the `prev` given, the hash is
// the RFC 6962 leaf hash SHA-256(0x00 || bytes), and the stored line puts `"hash"` first. The
// expected hashes below were computed outside this code (Python hashlib over the literal bytes).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { UnsealedEvent } from '../spec/event.js';
import fc from 'fast-check';
import { canonicalAroundPrev, computeEventHash, sealAroundPrev, sealEvent, sealLine, storedLine } from './seal.js';

const PREV = 'ab'.repeat(32);
// Members out of order, a non-ASCII string (hashed as UTF-8), a stale `hash` and `prev` that
// sealing must replace, and an undefined member that JCS leaves out.
const input = {
  v: 1, type: 'tool.call', seq: 3, stream: 's', id: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
  attrs: { b: 1, a: 'é' }, session: undefined, hash: 'ff'.repeat(32), prev: 'cd'.repeat(32),
} as unknown as UnsealedEvent;
const TEXT = `{"attrs":{"a":"é","b":1},"id":"01ARZ3NDEKTSV4RRFFQ69G5FAV","prev":"${PREV}","seq":3,"stream":"s","type":"tool.call","v":1}`;
const HASH = '8f69c328e53ca49ed7c6556c91d5aff492a99db7f780ad4168e6b395ab07de50';
const LINE = `{"hash":"${HASH}",${TEXT.slice(1)}`;

describe('sealLine / sealEvent (docs/FORMAT.md §3)', () => {
  it('hash = SHA-256(0x00 || JCS(event without hash, with the prev given)) (RFC 6962 leaf, RFC 8785 bytes); the line is {"hash":…, then those bytes', () => {
    const { line, leaf, hash } = sealLine(input, PREV);
    expect(hash).toBe(HASH);
    expect(leaf.toString('hex')).toBe(HASH);
    expect(line).toBe(LINE);
  });

  it('sealEvent gives the same line and leaf, and the event with the new prev and hash (the stale ones replaced)', () => {
    const sealed = sealEvent(input, PREV);
    expect(sealed.line).toBe(LINE);
    expect(Buffer.from(sealed.leaf).toString('hex')).toBe(HASH);
    expect(sealed.event).toStrictEqual({
      v: 1, type: 'tool.call', seq: 3, stream: 's', id: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
      attrs: { b: 1, a: 'é' }, session: undefined, hash: HASH, prev: PREV,
    });
  });

  it('an event with no member but prev hashes {"prev":…} (the genesis prev of 64 zeros)', () => {
    const zero = '0'.repeat(64);
    const { line, hash } = sealLine({} as UnsealedEvent, zero);
    expect(hash).toBe('f02ac29e3d27f908d6bec526abf60a5efa11bba827c690c77b23e2ca2f3da6fb');
    expect(line).toBe(`{"hash":"f02ac29e3d27f908d6bec526abf60a5efa11bba827c690c77b23e2ca2f3da6fb","prev":"${zero}"}`);
  });

  it('a member named "undefined" is hashed once, like any other member (RFC 8785 sorts it after "prev")', () => {
    const zero = '0'.repeat(64);
    const text = `{"a":2,"prev":"${zero}","undefined":1}`;
    const { line, hash } = sealLine({ undefined: 1, a: 2 } as unknown as UnsealedEvent, zero);
    expect(hash).toBe('4074da8f659f955b48defdd1482ac19746bfb207b21e7b3191e25a62bca47350');
    expect(line).toBe(`{"hash":"${hash}",${text.slice(1)}`);
  });
});

describe('storedLine (docs/FORMAT.md §3)', () => {
  it('puts {"hash":"<hash>", before the canonical bytes after their {; and `{` + line[75..] is exactly those bytes again', () => {
    const line = storedLine(HASH, TEXT);
    expect(line).toBe(LINE);
    expect(`{${line.slice(75)}`).toBe(TEXT);
    expect(storedLine('h', '{"prev":"p"}')).toBe('{"hash":"h","prev":"p"}');
  });
});

describe('computeEventHash (what a third-party verifier recomputes)', () => {
  it('is the leaf hash of JCS(event without hash), whatever `hash` holds', () => {
    const sealed = sealEvent(input, PREV).event;
    expect(computeEventHash(sealed)).toBe(HASH);
    expect(computeEventHash({ ...sealed, hash: 'anything' })).toBe(HASH);
    expect(computeEventHash({ prev: '0'.repeat(64) })).toBe('f02ac29e3d27f908d6bec526abf60a5efa11bba827c690c77b23e2ca2f3da6fb');
  });

  it('changes when any hashed member changes (here one character of attrs)', () => {
    const sealed = sealEvent(input, PREV).event;
    expect(computeEventHash({ ...sealed, attrs: { b: 1, a: 'e' } })).not.toBe(HASH);
  });
});

// The sealing pool (pipeline.ts) splits the canonical bytes where `prev` goes in the worker and
// splices `prev` in on the host: the line, leaf and hash must be those of sealLine, byte for byte.
describe('canonicalAroundPrev / sealAroundPrev', () => {
  it('gives the pinned bytes: head ends before "prev", tail starts after it, no line break in either', () => {
    const { head, tail } = canonicalAroundPrev(input);
    expect(head).toBe('{"attrs":{"a":"é","b":1},"id":"01ARZ3NDEKTSV4RRFFQ69G5FAV",');
    expect(tail).toBe(',"seq":3,"stream":"s","type":"tool.call","v":1}');
    const sealed = sealAroundPrev(head, tail, PREV);
    expect(sealed.hash).toBe(HASH);
    expect(sealed.line).toBe(LINE);
    expect(Buffer.from(sealed.leaf).toString('hex')).toBe(HASH);
  });

  it('prev first, prev last, prev alone, and a member that escapes to a line break', () => {
    const zero = '0'.repeat(64);
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{}, '{', '}'],
      [{ seq: 1, v: 1 }, '{', ',"seq":1,"v":1}'],
      [{ id: 'x', attrs: { '\n': 'a\nb' } }, '{"attrs":{"\\n":"a\\nb"},"id":"x",', '}'],
      [{ hash: 'h', prev: 'p' }, '{', '}'],
    ];
    for (const [event, head, tail] of cases) {
      const parts = canonicalAroundPrev(event as unknown as UnsealedEvent);
      expect(parts).toEqual({ head, tail });
      expect(`${parts.head}${parts.tail}`).not.toContain('\n');
      expect(sealAroundPrev(parts.head, parts.tail, zero)).toEqual(sealLine(event as unknown as UnsealedEvent, zero));
    }
  });

  it('is SHA-256(0x00 || UTF-8 text) from a Hash object and the line `{"hash":…,` + text after its `{`, for any head, tail and prev (property: the text is built once with its NUL, and the line is a slice of it)', () => {
    const text = fc.array(fc.oneof(fc.constantFrom('a', 'é', '\u{1F600}', '\u2028', '\\u0000', '"', ','), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('hex')), (body, after, prev) => {
        const head = `{${body}`;
        const tail = `${after}}`;
        const bytes = `${head}"prev":"${prev}"${tail}`;
        const expected = createHash('sha256').update(Buffer.from([0])).update(Buffer.from(bytes, 'utf8')).digest('hex');
        const sealed = sealAroundPrev(head, tail, prev);
        expect(sealed.hash).toBe(expected);
        expect(Buffer.from(sealed.leaf).toString('hex')).toBe(expected);
        expect(sealed.line).toBe(`{"hash":"${expected}",${bytes.slice(1)}`);
      }),
      { numRuns: 300 },
    );
  });

  it('equals sealLine for any event (property)', () => {
    const key = fc.oneof(fc.constantFrom('prev', 'hash', 'v', 'id', 'seq', 'type', 'attrs', 'tool', 'zz', 'a', 'pre', 'prevx', 'undefined', 'é'), fc.string({ maxLength: 6 }));
    const value = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined));
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 12 }), fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('hex')), (event, prev) => {
        const parts = canonicalAroundPrev(event as unknown as UnsealedEvent);
        expect(sealAroundPrev(parts.head, parts.tail, prev)).toEqual(sealLine(event as unknown as UnsealedEvent, prev));
      }),
      { numRuns: 500 },
    );
  });

  it('with members: the bytes of { ...event, ...members } (members given as undefined keep the event\'s own; hash and prev among them ignored) (property)', () => {
    const key = fc.oneof(fc.constantFrom('prev', 'hash', 'v', 'id', 'data', 'compliance', 'attrs', 'zz', 'a', 'undefined'), fc.string({ maxLength: 4 }));
    const value = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined));
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 10 }), fc.dictionary(key, value, { maxKeys: 4 }), (event, members) => {
        const defined: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(members)) if (v !== undefined && k !== 'hash' && k !== 'prev') defined[k] = v;
        expect(canonicalAroundPrev(event as unknown as UnsealedEvent, members)).toEqual(canonicalAroundPrev({ ...event, ...defined } as unknown as UnsealedEvent));
      }),
      { numRuns: 500 },
    );
    // The classification members in place of the event's own.
    const own = { v: 1, data: { classes: ['x'] }, compliance: { regimes: ['gdpr'] }, attrs: { a: 1 } } as unknown as UnsealedEvent;
    const parts = canonicalAroundPrev(own, { data: { classes: ['pii.email'], sensitivity: 'confidential' }, compliance: undefined });
    expect(parts.head).toBe('{"attrs":{"a":1},"compliance":{"regimes":["gdpr"]},"data":{"classes":["pii.email"],"sensitivity":"confidential"},');
    expect(parts.tail).toBe(',"v":1}');
  });
});
