// nesting.ts, from surviving mutants (issue 13): the shape check of a stored line before it is
// parsed (an object, nested no deeper than the limit; brackets inside strings do not count).
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH_LIMIT } from '../internal/normalize.js';
import { MAX_LINE_NESTING, lineShapeProblem } from './nesting.js';

const shape = (text: string, max?: number): string | undefined => (max === undefined ? lineShapeProblem(Buffer.from(text)) : lineShapeProblem(Buffer.from(text), max));
const deeper = (max: number): string => `line nested deeper than ${max} levels: deeper than any event the writer writes (docs/FORMAT.md §8)`;

describe('lineShapeProblem', () => {
  it('refuses an empty line and one that does not start with {', () => {
    expect(shape('')).toBe('empty line (there are no blank lines in a segment)');
    expect(shape('[{}]')).toBe('line does not start with "{": not a JSON event (damaged or inserted bytes)');
    expect(shape(' {}')).toBe('line does not start with "{": not a JSON event (damaged or inserted bytes)');
    expect(shape('{')).toBeUndefined();
    expect(shape('{}')).toBeUndefined();
  });

  it('allows nesting up to the limit and names the limit beyond it, for objects and arrays alike', () => {
    expect(MAX_LINE_NESTING).toBe(MAX_DEPTH_LIMIT + 8);
    const nested = (depth: number, open = '[', close = ']'): string => `{"a":${open.repeat(depth - 1)}${close.repeat(depth - 1)}}`;
    expect(shape(nested(MAX_LINE_NESTING))).toBeUndefined();
    expect(shape(nested(MAX_LINE_NESTING + 1))).toBe(deeper(MAX_LINE_NESTING));
    expect(shape(nested(3), 3)).toBeUndefined();
    expect(shape(nested(4), 3)).toBe(deeper(3));
    expect(shape('{"a":{"b":{"c":1}}}', 3)).toBeUndefined();
    expect(shape('{"a":{"b":{"c":{}}}}', 3)).toBe(deeper(3));
    expect(shape('{"a":[{"c":1}]}', 2)).toBe(deeper(2));
    // Closing brackets of either kind go back up: siblings do not add up.
    expect(shape(`{${Array.from({ length: 50 }, (_, i) => `"k${i}":[{}]`).join(',')}}`, 3)).toBeUndefined();
    expect(shape(`{${Array.from({ length: 50 }, (_, i) => `"k${i}":{"x":[]}`).join(',')}}`, 3)).toBeUndefined();
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    expect(shape('{"a":"[[[{{{"}', 1)).toBeUndefined();
    expect(shape('{"a":"\\"[[[{{{"}', 1)).toBeUndefined(); // an escaped quote does not end the string
    expect(shape('{"a\\"[[":"x"}', 1)).toBeUndefined();
    expect(shape('{"a":"\\\\","b":[[]]}', 2)).toBe(deeper(2)); // an escaped backslash does: the brackets after it count
    expect(shape('{"a":"x","b":[[]]}', 2)).toBe(deeper(2));
    expect(shape('{"a":"]]]]"', 1)).toBeUndefined();
    expect(shape('{"a":"]]]]","b":[[]]}', 2)).toBe(deeper(2));
  });
});
