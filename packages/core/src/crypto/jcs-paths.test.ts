import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { canonicalize, canonicalizeByMember, memberName } from './jcs.js';

// canonicalize() writes values whose objects already hold their members in RFC 8785 order with
// the native JSON.stringify, and everything else member by member: both must give the same
// bytes for every JSON-safe value, sorted or not.
const key = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('1', '2', '10', '9', '__proto__', 'toJSON', '\ud800', '\u20ac', '\ud83d\ude00', 'a', 'b', ''));
const number = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.constantFrom(-0, 1e21, 1e-7, 5e-324, Number.MAX_SAFE_INTEGER + 2));
const leaf = fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), number, fc.boolean(), fc.constant(null), fc.constant(undefined));
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(key, tie('value'), { maxKeys: 5 }),
}));

/** The same value with every object's members inserted in RFC 8785 order (what the redactor's copy holds). */
function sortedCopy(item: unknown): unknown {
  if (Array.isArray(item)) return item.map(sortedCopy);
  if (item === null || typeof item !== 'object') return item;
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(item).sort()) {
    const child = sortedCopy((item as Record<string, unknown>)[name]);
    if (name === '__proto__') Object.defineProperty(out, name, { value: child, enumerable: true, writable: true, configurable: true });
    else out[name] = child;
  }
  return out;
}

describe('canonicalize: the JSON.stringify path and the member path agree', () => {
  it('on random JSON-safe values, as given and with members in canonical order', () => {
    fc.assert(
      fc.property(value, (item) => {
        if (item === undefined) {
          expect(() => canonicalize(item)).toThrow(TypeError);
          return;
        }
        const expected = canonicalizeByMember(item);
        expect(canonicalize(item)).toBe(expected);
        expect(canonicalize(sortedCopy(item))).toBe(expected);
      }),
      { numRuns: 3000, seed: 0x1cc5 },
    );
  });

  it('takes the member path where JSON.stringify would differ', () => {
    // Integer-like keys: JSON.stringify writes them in numeric order, RFC 8785 by code units.
    expect(canonicalize({ '9': 1, '10': 2 })).toBe('{"10":2,"9":1}');
    // A toJSON member, a Date, a Map: JSON.stringify would call toJSON or write something else.
    expect(() => canonicalize({ a: { toJSON: () => 'x' } })).toThrow(TypeError);
    expect(canonicalize({ when: new Date(0) })).toBe('{"when":{}}');
    expect(canonicalize({ a: [1, 2] })).toBe('{"a":[1,2]}');
    // Non-finite numbers are refused, never written as null.
    expect(() => canonicalize({ a: Number.POSITIVE_INFINITY })).toThrow(TypeError);
    expect(() => canonicalize([Number.NaN])).toThrow(TypeError);
    // A bigint is refused by both.
    expect(() => canonicalize({ a: 1n })).toThrow(TypeError);
  });

  it('ignores a toJSON planted on Object.prototype or Array.prototype (prototype pollution)', () => {
    const planted = [Object.prototype, Array.prototype] as Array<Record<string, unknown>>;
    for (const prototype of planted) {
      Object.defineProperty(prototype, 'toJSON', { value: () => 'polluted', configurable: true, writable: true, enumerable: false });
      try {
        expect(canonicalize({ a: [1, { b: 2 }] })).toBe('{"a":[1,{"b":2}]}');
      } finally {
        delete prototype.toJSON;
      }
    }
  });

  it('deeper than the checked nesting still gives the canonical bytes', () => {
    let deep: unknown = { a: 1, b: 2 };
    for (let i = 0; i < 200; i++) deep = { x: deep };
    expect(canonicalize(deep)).toBe(canonicalizeByMember(deep));
  });
});

describe('canonicalize: which path writes a value (issue 13, from surviving mutants)', () => {
  // The JSON.stringify path is one native call for the whole value; the member path calls
  // JSON.stringify for every string, number and member name. Counting the calls tells them apart.
  function stringifyCalls(value: unknown): number {
    const spy = vi.spyOn(JSON, 'stringify');
    try {
      canonicalize(value);
      return spy.mock.calls.length;
    } finally {
      spy.mockRestore();
    }
  }

  it('a plain value in canonical order, with every kind of leaf, is one JSON.stringify call', () => {
    const value = { a: 'x', b: true, c: undefined, d: 1.5, e: null, f: [1, 'y', false, null, undefined, { g: [] }], h: { i: { j: -0 } } };
    expect(stringifyCalls(value)).toBe(1);
    expect(stringifyCalls([{ a: 1 }, ['b'], 'c', 2, true, null, undefined])).toBe(1);
    expect(stringifyCalls(Object.assign(Object.create(null), { a: 1, b: 2 }))).toBe(1);
  });

  it('out of order, a class instance, anywhere in the value, takes the member path (a call per leaf)', () => {
    expect(stringifyCalls({ b: 1, a: 2 })).toBe(2);
    expect(stringifyCalls({ a: { d: 1, c: 2 } })).toBe(2);
    expect(stringifyCalls({ a: [{ b: 1, a: 2 }] })).toBe(2);
    expect(stringifyCalls({ a: new (class Point { x = 1; y = 2; })() })).toBe(2);
  });

  it('nesting up to 64 levels below the top is checked; a deeper value is written in parts', () => {
    // A leaf at every level: written in parts, the top's leaf is a call of its own.
    const nested = (levels: number) => {
      let value: unknown = { n: 0 };
      for (let i = 0; i < levels; i++) value = { n: i + 1, x: value };
      return value;
    };
    expect(stringifyCalls(nested(64))).toBe(1);
    expect(stringifyCalls(nested(65))).toBe(2);
    expect(canonicalize(nested(65))).toBe(canonicalizeByMember(nested(65)));
  });
});

describe('memberName: the bounded cache of "key": forms', () => {
  function stringifyCallsFor(keys: string[]): number {
    const spy = vi.spyOn(JSON, 'stringify');
    try {
      for (const key of keys) expect(memberName(key)).toBe(`${JSON.stringify(key)}:`);
      return spy.mock.calls.length - keys.length;
    } finally {
      spy.mockRestore();
    }
  }

  it('escapes a name once and reuses it; names longer than 64 characters are not kept', () => {
    expect(stringifyCallsFor(['cache-a', 'cache-b', 'cache-a', 'cache-b'])).toBe(2);
    expect(stringifyCallsFor(['k'.repeat(64), 'k'.repeat(64)])).toBe(1);
    expect(stringifyCallsFor(['l'.repeat(65), 'l'.repeat(65)])).toBe(2);
  });

  it('starts over once it holds 4,096 names: a name kept is escaped again after the 4,097th distinct name', () => {
    // Find a start-over (the probe is no longer kept), so the cache's size is known from there:
    // the name that made it start over, then the probe itself.
    memberName('sync-probe');
    let inserted = 0;
    while (stringifyCallsFor(['sync-probe']) === 0) {
      expect(inserted++).toBeLessThan(5000);
      memberName(`sync-${inserted}`);
    }
    const after = Array.from({ length: 4094 }, (_, i) => `after-${i}`);
    expect(stringifyCallsFor(after)).toBe(4094);
    // 4,096 names kept: after-0 still is.
    expect(stringifyCallsFor(['after-0'])).toBe(0);
    // The 4,097th distinct name starts the cache over: after-0 is escaped again.
    expect(stringifyCallsFor(['after-new'])).toBe(1);
    expect(stringifyCallsFor(['after-0'])).toBe(1);
  });
});
