import { describe, expect, it } from 'vitest';
import { parsePath, pathMatches } from './paths.js';

// Issue 13: what paths.ts promises, written for its first Stryker run (docs/TESTING.md): a pino-style
// path's segments (dots, brackets with or without quotes and blanks, `*`), the errors of a path
// that is no path (an unclosed or empty bracket, nothing at all) with their messages, and a pattern
// against a concrete path (same length, `*` for any one segment).
describe('parsePath', () => {
  it('dots and brackets', () => {
    expect(parsePath('tool.arguments.card.number')).toEqual(['tool', 'arguments', 'card', 'number']);
    expect(parsePath('attrs["x-api-key"]')).toEqual(['attrs', 'x-api-key']);
    expect(parsePath("attrs['x.y']")).toEqual(['attrs', 'x.y']);
    expect(parsePath('tool.arguments.items[*].ssn')).toEqual(['tool', 'arguments', 'items', '*', 'ssn']);
    expect(parsePath('content.*.password')).toEqual(['content', '*', 'password']);
    expect(parsePath('a[0][1]b')).toEqual(['a', '0', '1', 'b']);
    expect(parsePath('x')).toEqual(['x']);
  });
  it('blanks inside brackets are trimmed, then one pair of matching quotes taken off', () => {
    expect(parsePath('a[ "b c" ]')).toEqual(['a', 'b c']);
    expect(parsePath('a[ b ]')).toEqual(['a', 'b']);
    expect(parsePath('a["b\']')).toEqual(['a', '"b\'']);
    expect(parsePath("a['b\"]")).toEqual(['a', '\'b"']);
    expect(parsePath('a["b]')).toEqual(['a', '"b']);
    expect(parsePath('a[b"]')).toEqual(['a', 'b"']);
    expect(parsePath("a['b]")).toEqual(['a', "'b"]);
    expect(parsePath("a[b']")).toEqual(['a', "b'"]);
    expect(parsePath('a[""""]')).toEqual(['a', '""']);
    // Blanks outside brackets are part of the name.
    expect(parsePath(' a . b ')).toEqual([' a ', ' b ']);
  });
  it('empty segments between dots are dropped', () => {
    expect(parsePath('.a..b.')).toEqual(['a', 'b']);
    expect(parsePath('a.[b]')).toEqual(['a', 'b']);
  });
  it('what is no path throws, saying why', () => {
    expect(() => parsePath('a[b')).toThrow('redaction path "a[b": unclosed [');
    expect(() => parsePath('a[]')).toThrow('redaction path "a[]": empty []');
    expect(() => parsePath('a[ ]')).toThrow('redaction path "a[ ]": empty []');
    expect(() => parsePath('a[""]')).toThrow('redaction path "a[\\"\\"]": empty []');
    expect(() => parsePath("a['']")).toThrow('empty []');
    expect(() => parsePath('')).toThrow('redaction path "" is empty');
    expect(() => parsePath('...')).toThrow('redaction path "..." is empty');
  });
  it('a `]` closes the first bracket; what follows is read on', () => {
    expect(parsePath('a[b]c]')).toEqual(['a', 'b', 'c]']);
    expect(parsePath('a[b]]')).toEqual(['a', 'b', ']']);
  });
});

describe('pathMatches', () => {
  it('segment by segment, `*` for any one', () => {
    expect(pathMatches(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(pathMatches(['a', '*'], ['a', 'zz'])).toBe(true);
    expect(pathMatches(['*', 'b'], ['a', 'b'])).toBe(true);
    expect(pathMatches(['a', 'b'], ['a', 'c'])).toBe(false);
    expect(pathMatches(['x', 'b'], ['a', 'b'])).toBe(false);
    expect(pathMatches(['a', '*', 'c'], ['a', 'b', 'd'])).toBe(false);
    expect(pathMatches([], [])).toBe(true);
  });
  it('lengths must agree, a `*` included', () => {
    expect(pathMatches(['a'], ['a', 'b'])).toBe(false);
    expect(pathMatches(['a', '*'], ['a'])).toBe(false);
    expect(pathMatches(['a', 'b'], ['a'])).toBe(false);
    expect(pathMatches(['*'], [])).toBe(false);
  });
});
