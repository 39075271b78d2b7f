// The arguments of one call written in source code or a logged code line (`getConnection(url, "sa",
// "…")`, `auth=("qv", "…")`): where each starts and ends, and the value of each that is a string
// literal. Read for call-credentials.ts (a password at a known argument's position).
//
// Bounded: a list is read over at most MAX_LIST characters from its `(`; a string literal,
// a bracket or a parenthesis inside it is stepped over, not read again. A list that does not close
// within the bound is no list.

/** Longest argument list read, from its `(` to its `)`. */
const MAX_LIST = 1024;
/** Most arguments read. */
const MAX_ARGUMENTS = 12;

/** One argument of a call, as written. */
export interface CallArgument {
  /** Where the argument starts and ends in the text, blanks around it excluded. */
  start: number;
  end: number;
  /**
   * A string literal's value: `[start, end)` inside its quotes (`"…"`, `'…'`, a template without
   * `${`, with an `r`, `b`, `u` or `@` prefix, and a `.toCharArray()`, `.encode()` or
   * `.getBytes()` after it); undefined for any other expression.
   */
  value?: [number, number];
  /** A keyword argument's name (Python `password="…"`, `user=u`): it has no position. */
  keyword?: string;
}

/**
 * The arguments of the list that opens at `open` (a `(`), and where it closes; `list` is undefined
 * when it does not close within the bound (or holds more than 12 arguments), `close` then where the
 * reading stopped. A caller reads no list that starts before `close` again, so the work stays linear.
 */
export function callArguments(text: string, open: number): { list: CallArgument[] | undefined; close: number } {
  const list: CallArgument[] = [];
  const limit = Math.min(text.length, open + MAX_LIST);
  let depth = 0;
  let start = open + 1;
  for (let at = open + 1; at < limit; at++) {
    const code = text.charCodeAt(at);
    if (code === 34 || code === 39 || code === 96) {
      // A string literal: to its closing quote (an escaped quote is part of it).
      let close = at + 1;
      while (close < limit && text.charCodeAt(close) !== code) close += text.charCodeAt(close) === 92 ? 2 : 1;
      if (close >= limit) return { list: undefined, close: limit };
      at = close;
    } else if (code === 40 || code === 91 || code === 123) {
      depth++;
    } else if (code === 41 || code === 93 || code === 125) {
      if (depth > 0) {
        depth--;
        continue;
      }
      if (code !== 41) return { list: undefined, close: at };
      if (list.length > 0 || text.slice(start, at).trim() !== '') list.push(argument(text, start, at));
      return { list, close: at };
    } else if (code === 44 && depth === 0) {
      list.push(argument(text, start, at));
      if (list.length >= MAX_ARGUMENTS) return { list: undefined, close: at };
      start = at + 1;
    }
  }
  return { list: undefined, close: limit };
}

/** A string literal, whole: a prefix, the quoted value, a conversion to characters or bytes after it. */
const LITERAL = /^(?:[rRbBuU@]{1,2})?(["'`])((?:\\[\s\S]|(?!\1)[^\\])*)\1(?:\.(?:toCharArray|ToCharArray|encode|getBytes)\([^()]{0,24}\))?$/;
/** A keyword argument's name and its `=` (not `==`). */
const KEYWORD = /^([A-Za-z_][\w]{0,40})[ \t]*=(?!=)/;

function argument(text: string, from: number, to: number): CallArgument {
  let start = from;
  let end = to;
  while (start < end && text.charCodeAt(start) <= 32) start++;
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  const written = text.slice(start, end);
  const keyword = KEYWORD.exec(written);
  if (keyword !== null) return { start, end, keyword: keyword[1] as string };
  const literal = LITERAL.exec(written);
  if (literal === null) return { start, end };
  const quote = literal[1] as string;
  const inner = literal[2] as string;
  if (quote === '`' && inner.includes('${')) return { start, end };
  const valueStart = start + written.indexOf(quote) + 1;
  return { start, end, value: [valueStart, valueStart + inner.length] };
}
