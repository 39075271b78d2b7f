import { MAX_DEPTH_LIMIT } from '../internal/normalize.js';

/**
 * The deepest nesting of objects and arrays a stored event line can have: the event object, the
 * member holding a recorded value, and that value's own nesting, which the writer cuts at
 * `limits.maxDepth` (at most MAX_DEPTH_LIMIT, docs/FORMAT.md §8), with room for the fixed
 * envelope around it (e.g. `error.cause`, `attrs`).
 */
export const MAX_LINE_NESTING = MAX_DEPTH_LIMIT + 8;

/**
 * Checks a stored line in one pass over its bytes, in constant memory, before it is parsed: it
 * must start with `{` (an event is a JSON object) and nest no deeper than MAX_LINE_NESTING.
 * Returns the reason it cannot be an event the writer wrote, or undefined. (JSON.parse of a line
 * of millions of nested brackets takes gigabytes and minutes; this takes a fraction of a second.)
 */
export function lineShapeProblem(line: Uint8Array, maxNesting = MAX_LINE_NESTING): string | undefined {
  if (line.length === 0) return 'empty line (there are no blank lines in a segment)';
  if (line[0] !== 0x7b) return 'line does not start with "{": not a JSON event (damaged or inserted bytes)';
  let depth = 0;
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const byte = line[i] as number;
    if (inString) {
      if (byte === 0x5c) i++; // backslash: the next byte is escaped
      else if (byte === 0x22) inString = false;
      continue;
    }
    if (byte === 0x22) inString = true;
    else if (byte === 0x7b || byte === 0x5b) {
      if (++depth > maxNesting) return `line nested deeper than ${maxNesting} levels: deeper than any event the writer writes (docs/FORMAT.md §8)`;
    } else if (byte === 0x7d || byte === 0x5d) depth--;
  }
  return undefined;
}
