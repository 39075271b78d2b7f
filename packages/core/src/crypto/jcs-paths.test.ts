import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalize, canonicalizeByMember } from './jcs.js';

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
