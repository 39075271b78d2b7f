// RFC 8785 details every event hash depends on (issue 13, from surviving mutants): the same
// bytes as JSON.stringify for what JSON can hold, members sorted, undefined treated as
// JSON.stringify treats it, and a clear TypeError for what JSON cannot hold.
import { describe, expect, it } from 'vitest';
import { canonicalize } from './jcs.js';

describe('canonicalize: parity with JSON.stringify (RFC 8785 §3.2.2)', () => {
  it.each<[string, unknown, string]>([
    ['a top-level string', 'a"b\u2028', '"a\\"b\u2028"'],
    ['a top-level number', 1.5, '1.5'],
    ['true', true, 'true'],
    ['false', false, 'false'],
    ['null', null, 'null'],
    ['an empty array', [], '[]'],
    ['an empty object', {}, '{}'],
    ['undefined in an array (null, as JSON.stringify)', [1, undefined, 2], '[1,null,2]'],
    ['an array of one', [false], '[false]'],
    ['an array of three', [true, 'x', 3], '[true,"x",3]'],
    ['an undefined first member', { a: undefined, b: 1, c: 2 }, '{"b":1,"c":2}'],
    ['only undefined members', { a: undefined, b: undefined }, '{}'],
    ['one member', { only: [null] }, '{"only":[null]}'],
    ['members given out of order', { c: 3, a: 1, b: 2 }, '{"a":1,"b":2,"c":3}'],
    ['a member named "undefined"', { undefined: 1, a: 2 }, '{"a":2,"undefined":1}'],
  ])('%s', (_label, value, expected) => {
    expect(canonicalize(value)).toBe(expected);
    // Where no member had to be sorted, the bytes are JSON.stringify's.
    if (!(value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).join() !== Object.keys(value).sort().join())) {
      expect(canonicalize(value)).toBe(JSON.stringify(value));
    }
  });

  it.each<[string, unknown, string]>([
    ['NaN', Number.NaN, 'JCS cannot encode a non-finite number'],
    ['Infinity', Number.POSITIVE_INFINITY, 'JCS cannot encode a non-finite number'],
    ['-Infinity inside an object', { a: [Number.NEGATIVE_INFINITY] }, 'JCS cannot encode a non-finite number'],
    ['a bigint', 1n, 'JCS cannot encode a value of type bigint'],
    ['a function member', { f: () => 1 }, 'JCS cannot encode a value of type function'],
    ['a symbol in an array', [Symbol('s')], 'JCS cannot encode a value of type symbol'],
    ['undefined at the top level', undefined, 'JCS cannot encode a value of type undefined'],
  ])('refuses %s with a TypeError naming why', (_label, value, message) => {
    expect(() => canonicalize(value)).toThrow(new TypeError(message));
  });
});
