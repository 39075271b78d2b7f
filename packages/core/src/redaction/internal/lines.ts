/**
 * Bounded line scans for rules that run once per match, per detection or per position. An
 * unbounded `text.lastIndexOf('\n', at)` or `text.indexOf('\n', at)` reads back to the text's start
 * or on to its end on a single long line: O(n) a call, O(n²) over a text (issue 11: `movies: ` +
 * `Annie Hall, ` x 16,000 took 3.5x the time for twice the input). Each of these reads at most as
 * far as the caller's window reaches and gives the answer the unbounded scan gave inside it.
 */

/** The first index in [from, to) of the code unit `code`, or -1: `text.indexOf` that stops at `to`. */
export function indexOfWithin(text: string, code: number, from: number, to: number): number {
  const end = Math.min(to, text.length);
  for (let index = Math.max(0, from); index < end; index++) if (text.charCodeAt(index) === code) return index;
  return -1;
}

/** The last index in [from, to) of the code unit `code`, or -1: `text.lastIndexOf` that stops at `from`. */
export function lastIndexOfWithin(text: string, code: number, from: number, to: number): number {
  const floor = Math.max(0, from);
  for (let index = Math.min(to, text.length) - 1; index >= floor; index--) if (text.charCodeAt(index) === code) return index;
  return -1;
}

/**
 * `Math.max(text.lastIndexOf('\n', at - 1) + 1, floor)`: the start of the line holding text[at], or
 * `floor` when the line starts before it, reading back no further than `floor`.
 */
export function lineStartFrom(text: string, at: number, floor: number): number {
  const floorAt = Math.max(0, floor);
  return Math.max(lastIndexOfWithin(text, 10, floorAt, at) + 1, floorAt);
}

/**
 * `Math.min(lineEnd, ceiling)` where lineEnd is `text.indexOf('\n', from)` (the text's length when
 * none): the end of the line from `from` on, or `ceiling` when it ends after it.
 */
export function lineEndUntil(text: string, from: number, ceiling: number): number {
  const to = Math.min(ceiling, text.length);
  const end = indexOfWithin(text, 10, from, to);
  return end === -1 ? to : end;
}

/**
 * The start of the line holding text[at] (the index after the last `\n` before `at`, or 0) when it
 * is at most `max` characters before `at`; -1 when the line starts further back.
 */
export function lineStartWithin(text: string, at: number, max: number): number {
  const newline = lastIndexOfWithin(text, 10, at - max - 1, at);
  if (newline !== -1) return newline + 1;
  return at - max - 1 < 0 ? 0 : -1;
}
