import { randomUUID } from 'node:crypto';

/**
 * JSON-RPC ids kept exactly as the peer wrote them.
 *
 * `JSON.parse` turns an integer id beyond 2^53 (`9007199254740993`) into the nearest double
 * (`…992`), so the answer would carry an id the client never sent. A line transport parses
 * with `parseMessage`, which keeps such an id (and the `params.requestId` of a cancellation)
 * as a `bigint`; `stringifyMessage` writes a `bigint` back as the same digits. Everything else
 * is plain `JSON.parse` / `JSON.stringify`, and the extra work happens only for those ids.
 */

/** Where ids live in a message: the id itself and the id a cancellation names. */
const ID_PATHS: ReadonlyArray<readonly string[]> = [['id'], ['params', 'requestId']];

const INTEGER = /^-?\d+$/;

function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  return i;
}

function skipString(text: string, at: number): number {
  for (let i = at + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return -1;
}

function skipValue(text: string, at: number): number {
  const first = text[at];
  if (first === '"') return skipString(text, at);
  if (first === '{' || first === '[') {
    let depth = 0;
    for (let i = at; i < text.length; ) {
      const char = text[i];
      if (char === '"') {
        i = skipString(text, i);
        if (i < 0) return -1;
        continue;
      }
      if (char === '{' || char === '[') depth++;
      else if (char === '}' || char === ']') {
        depth--;
        if (depth === 0) return i + 1;
      }
      i++;
    }
    return -1;
  }
  let i = at;
  while (i < text.length && !',}] \t\n\r'.includes(text[i] as string)) i++;
  return i;
}

/**
 * The source text of the member at `path` in a JSON object text (the last one when a key is
 * repeated, as `JSON.parse` keeps), or `undefined`. Only walks the objects on the path.
 */
export function memberSource(text: string, path: readonly string[]): string | undefined {
  let start = skipSpace(text, 0);
  let end = -1;
  for (const name of path) {
    if (text[start] !== '{') return undefined;
    let i = start + 1;
    let found: [number, number] | undefined;
    for (;;) {
      i = skipSpace(text, i);
      if (text[i] === '}') break;
      if (text[i] !== '"') return undefined;
      const keyEnd = skipString(text, i);
      if (keyEnd < 0) return undefined;
      const key = JSON.parse(text.slice(i, keyEnd)) as string;
      i = skipSpace(text, keyEnd);
      if (text[i] !== ':') return undefined;
      i = skipSpace(text, i + 1);
      const valueEnd = skipValue(text, i);
      if (valueEnd < 0) return undefined;
      if (key === name) found = [i, valueEnd];
      i = skipSpace(text, valueEnd);
      if (text[i] === ',') i++;
      else if (text[i] !== '}') return undefined;
    }
    if (!found) return undefined;
    [start, end] = found;
  }
  return end < 0 ? undefined : text.slice(start, end);
}

function holder(message: Record<string, unknown>, path: readonly string[]): Record<string, unknown> | undefined {
  let current: unknown = message;
  for (const name of path.slice(0, -1)) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[name];
  }
  return typeof current === 'object' && current !== null && !Array.isArray(current) ? (current as Record<string, unknown>) : undefined;
}

/**
 * `JSON.parse` of one message, except that an integer id too large for a double comes back as
 * a `bigint` with the digits as written. Throws `SyntaxError` like `JSON.parse`.
 *
 * @example
 * ```ts
 * parseMessage('{"jsonrpc":"2.0","id":9007199254740993,"method":"ping"}').id // 9007199254740993n
 * ```
 */
export function parseMessage(text: string): unknown {
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  for (const path of ID_PATHS) {
    const target = holder(value as Record<string, unknown>, path);
    const last = path[path.length - 1] as string;
    const id = target?.[last];
    if (typeof id !== 'number' || Number.isSafeInteger(id) || !Number.isInteger(id)) continue;
    const source = memberSource(text, path);
    if (source !== undefined && INTEGER.test(source)) (target as Record<string, unknown>)[last] = BigInt(source);
  }
  return value;
}

/**
 * The JSON text of one id (`9007199254740993`, `-7`, `"a\\"b"`, `1e3`) as `parseMessage` would
 * give it: an integer too large for a double is a `bigint` of the same digits. `undefined` for
 * text that is not a string or a finite number.
 *
 * @example
 * ```ts
 * parseId('9007199254740993') // 9007199254740993n
 * parseId('"x"')              // 'x'
 * ```
 */
export function parseId(source: string): string | number | bigint | undefined {
  const text = source.trim();
  if (INTEGER.test(text) && !Number.isSafeInteger(Number(text))) return BigInt(text);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? value : undefined;
}

// One JSON-RPC id as JSON text: a number (digits kept for parseId) or a string of up to 64 characters.
const ID_TEXT = '(-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|"(?:[^"\\\\]|\\\\.){0,64}")';
// `…,"id":N}` at the end of the line, or `{"id":N,` / `{"jsonrpc":"2.0","id":N,` at its start. The
// `,` or `}` after the id makes sure the sample did not cut its digits.
const TAIL_ID = new RegExp(`"id"\\s*:\\s*${ID_TEXT}\\s*\\}\\s*$`);
const HEAD_ID = new RegExp(`^\\s*\\{\\s*(?:"jsonrpc"\\s*:\\s*"2\\.0"\\s*,\\s*)?"id"\\s*:\\s*${ID_TEXT}\\s*[,}]`);

/**
 * The id of a message that was too large to parse, from the first and last bytes of its line
 * (`{"jsonrpc":"2.0","id":N,…` or `…,"id":N}`), exactly as written; `undefined` when neither
 * end shows one.
 *
 * @example
 * ```ts
 * idAtEitherEnd('{"jsonrpc":"2.0","id":9007199254740993,"method":"tools/call","par', 'xxx"}}}') // 9007199254740993n
 * ```
 */
export function idAtEitherEnd(head: string, tail: string): string | number | bigint | undefined {
  const source = TAIL_ID.exec(tail)?.[1] ?? HEAD_ID.exec(head)?.[1];
  return source === undefined ? undefined : parseId(source);
}

// A bigint travels through JSON.stringify as this string, then its quotes go. The random part
// keeps a client's own string ids from ever looking like one.
const MARK = `\u0000exact-id-${randomUUID()}:`;
const MARKED = new RegExp(`"${JSON.stringify(MARK).slice(1, -1).replace(/\\/g, '\\\\')}(-?\\d+)"`, 'g');

function replacer(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? `${MARK}${value.toString()}` : value;
}

/**
 * `JSON.stringify` of one message; a `bigint` (an id from `parseMessage`) is written as its
 * digits, unquoted.
 *
 * @example
 * ```ts
 * stringifyMessage({ jsonrpc: '2.0', id: 9007199254740993n, result: {} }) // '{"jsonrpc":"2.0","id":9007199254740993,"result":{}}'
 * ```
 */
export function stringifyMessage(message: unknown): string {
  try {
    return JSON.stringify(message);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return JSON.stringify(message, replacer).replace(MARKED, '$1');
  }
}

/** An id as an audit event can hold it: a `bigint` becomes its digits as a string. */
export function recordableId<T>(id: T | bigint): T | string {
  return typeof id === 'bigint' ? id.toString() : id;
}
