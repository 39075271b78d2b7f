import { describe, expect, it } from 'vitest';
import { canonicalize } from './jcs.js';

// Examples from RFC 8785 (JSON Canonicalization Scheme).
describe('canonicalize (RFC 8785)', () => {
  it('sorts members by UTF-16 code units (RFC 8785 §3.2.3)', () => {
    const input = JSON.parse('{"\\u20ac":"Euro Sign","\\r":"Carriage Return","\\ufb33":"Hebrew Letter Dalet With Dagesh","1":"One","\\ud83d\\ude00":"Emoji: Grinning Face","\\u0080":"Control","\\u00f6":"Latin Small Letter O With Diaeresis"}');
    const keys = Object.keys(JSON.parse(canonicalize(input)));
    // JSON.parse reorders integer-like keys, so compare the serialized order directly.
    const out = canonicalize(input);
    const order = ['\r', '1', '\u0080', '\u00f6', '\u20ac', '\ud83d\ude00', '\ufb33'].map((k) => out.indexOf(JSON.stringify(k) + ':'));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(keys).toHaveLength(7);
  });

  it('serializes numbers, strings and literals as the RFC example (§3.2.2.3)', () => {
    const input = JSON.parse('{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],"string":"\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/","literals":[null,true,false]}');
    expect(canonicalize(input)).toBe('{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}');
  });

  it('handles nesting, empty containers, -0 and rejects what JSON cannot hold', () => {
    expect(canonicalize({ b: [{}, []], a: { d: 1, c: -0 } })).toBe('{"a":{"c":0,"d":1},"b":[{},[]]}');
    expect(canonicalize({ z: undefined, y: 1 })).toBe('{"y":1}');
    expect(() => canonicalize(Number.NaN)).toThrow();
    expect(() => canonicalize({ f: () => 1 })).toThrow();
    expect(canonicalize({ '10': 'a', '9': 'b', a: 'c' })).toBe('{"10":"a","9":"b","a":"c"}');
  });
});

describe('canonicalize: member order and names', () => {
  it('orders small and large objects alike (insertion sort up to 16 members, Array.prototype.sort above)', () => {
    const keys = Array.from({ length: 40 }, (_, i) => `k${(i * 7919) % 40}`).concat(['\u00e9', 'A', '_', '"q"', '10', '9']);
    for (const count of [2, 3, 16, 17, keys.length]) {
      const object = Object.fromEntries(keys.slice(0, count).map((key, i) => [key, i]));
      const expected = `{${Object.keys(object).sort().map((key) => `${JSON.stringify(key)}:${object[key]}`).join(',')}}`;
      expect(canonicalize(object)).toBe(expected);
    }
  });

  it('writes escaped member names the same on every call (names are cached), long ones too', () => {
    const long = 'x'.repeat(100);
    const object = { 'a"b': 1, 'line\nbreak': 2, [long]: 3, '\u2028': 4 };
    const once = canonicalize(object);
    expect(canonicalize(object)).toBe(once);
    expect(once).toBe(`{"a\\"b":1,"line\\nbreak":2,"${long}":3,${JSON.stringify('\u2028')}:4}`);
  });
});
