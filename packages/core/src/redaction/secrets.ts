// Extent of a secret assignment's value (`password = …`, `"secret": "…"`, `Password=…;`).
//
// A quoted value extends to its closing quote (spaces, `&`, `;`, `,` included), also when the
// quote is escaped any number of times (`\"`, `\\\"`: JSON inside JSON strings). An unquoted
// value extends to whitespace or the end of the text, except where a key=value grammar (ADO
// connection strings `;Name=`, query strings `&name=`, cookies `; name=`, `, name:`) starts the
// next pair: its separator ends the value. When unsure, more is masked, not less. Bounded: at
// most 512 characters of value and 64 of look-ahead per separator, so linear in the text.

const MAX_VALUE = 512;
const nextPair = /\s{0,2}[A-Za-z_][\w.\-]{0,63}\s{0,2}[=:]/y;

const isSpace = (code: number) => code <= 32 || code === 0x85 || code === 0xa0 || code === 0x2028 || code === 0x2029;

/** [start, end) of the value that begins at `from` (after the `=` / `:`), or undefined. */
export function assignmentValue(text: string, from: number): [number, number] | undefined {
  let slashes = 0;
  while (slashes < 16 && text.charCodeAt(from + slashes) === 92) slashes++;
  const quote = text[from + slashes];
  if (quote === '"' || quote === "'" || quote === '`') {
    const closing = text.slice(from, from + slashes + 1);
    const start = from + slashes + 1;
    const limit = Math.min(text.length, start + MAX_VALUE);
    let close = text.indexOf(closing, start);
    // A quote escaped once more than the opening one is part of the value.
    while (close !== -1 && close < limit && close > start && text.charCodeAt(close - 1) === 92) close = text.indexOf(closing, close + 1);
    if (close === -1 || close > limit) {
      // No closing quote nearby: mask to the end of the line (bounded).
      const newline = text.indexOf('\n', start);
      close = newline === -1 || newline > limit ? limit : newline;
    }
    return close > start ? [start, close] : undefined;
  }
  if (slashes > 0) return undefined;
  const start = from;
  const first = text[start];
  if (first === undefined || first === '{' || first === '[') return undefined;
  const limit = Math.min(text.length, start + MAX_VALUE);
  let end = start;
  for (; end < limit; end++) {
    const code = text.charCodeAt(end);
    if (isSpace(code) || code === 34 /* " */) break;
    if (code === 92 /* \ */ && text.charCodeAt(end + 1) === 34) break;
    if (code === 60 /* < */ && text.charCodeAt(end + 1) === 47 /* / */) break; // `</tag>`
    if (code === 59 /* ; */ || code === 38 /* & */ || code === 44 /* , */) {
      nextPair.lastIndex = end + 1;
      if (nextPair.test(text)) break;
    }
  }
  // Trailing closers without their opener in the value belong to the surrounding text.
  for (;;) {
    const last = text[end - 1];
    const opener = last === ')' ? '(' : last === ']' ? '[' : last === '}' ? '{' : last === '>' ? '<' : undefined;
    if (opener !== undefined && !text.slice(start, end).includes(opener)) end--;
    else if (last === ',' || last === ';' || last === "'" || last === '`') end--;
    else break;
    if (end <= start) return undefined;
  }
  return end > start ? [start, end] : undefined;
}
