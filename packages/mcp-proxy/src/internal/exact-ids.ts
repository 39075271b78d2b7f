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

/**
 * Where ids live in a message: the id itself, the id a cancellation names, and progress tokens
 * (a request's `_meta.progressToken`, a progress notification's `progressToken`), which are
 * handed back to the client as well.
 */
const ID_PATHS: ReadonlyArray<readonly string[]> = [['id'], ['params', 'requestId'], ['params', '_meta', 'progressToken'], ['params', 'progressToken']];

const INTEGER = /^-?\d+$/;

// A number written where an id lives, and whether `JSON.stringify` of its value gives the same text.
const NUMBER_ID_MEMBER = /"(?:id|requestId|progressToken)"\s*:\s*(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g;
const canonical = (source: string): boolean => JSON.stringify(Number(source)) === source;

/** Whether the text holds an id-like member whose number `JSON.parse` would not write back as is. */
function hasInexactNumberId(text: string): boolean {
  NUMBER_ID_MEMBER.lastIndex = 0;
  for (let m = NUMBER_ID_MEMBER.exec(text); m !== null; m = NUMBER_ID_MEMBER.exec(text)) {
    if (!canonical(m[1] as string)) return true;
  }
  return false;
}

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
  let inexact: boolean | undefined;
  for (const path of ID_PATHS) {
    const target = holder(value as Record<string, unknown>, path);
    const last = path[path.length - 1] as string;
    const id = target?.[last];
    if (typeof id !== 'number') continue;
    if (Number.isSafeInteger(id) || !Number.isInteger(id)) {
      // `1.0`, `-0`, `1E2`, `1.5e0`, `1e400`: kept as written (a placeholder string, see `rawId`).
      inexact ??= hasInexactNumberId(text);
      if (!inexact) continue;
    }
    const source = memberSource(text, path);
    if (source === undefined) continue;
    if (INTEGER.test(source) && !Number.isSafeInteger(id)) (target as Record<string, unknown>)[last] = BigInt(source);
    else if (!canonical(source)) (target as Record<string, unknown>)[last] = rawId(source);
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
  if (/^-?\d/.test(text) && !canonical(text) && /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(text)) return rawId(text);
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
const MARKED = new RegExp(`"${JSON.stringify(MARK).slice(1, -1).replace(/\\/g, '\\\\')}(-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)"`, 'g');

/**
 * A number id that `JSON.parse` would change (`9007199254740993.0`, `1.0`, `-0`, `1E2`, `1e400`),
 * as a string no client can send (the per-process marker) holding its text: it routes as a
 * string and is written back as the same bare number text (`stringifyMessage`, `unmarkIds`).
 */
function rawId(source: string): string {
  return `${MARK}${source}`;
}

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
    const text = JSON.stringify(message);
    return text.includes(PLACEHOLDER_IN_JSON) ? text.replace(MARKED, '$1') : text;
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return JSON.stringify(message, replacer).replace(MARKED, '$1');
  }
}

function needsExactIds(value: unknown, anyNumber = false): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return ID_PATHS.some((path) => {
    const id = holder(value as Record<string, unknown>, path)?.[path[path.length - 1] as string];
    return typeof id === 'number' && (anyNumber || (Number.isInteger(id) && !Number.isSafeInteger(id)));
  });
}

/** Whether an id is a number text kept as written (a placeholder string, see `rawId`). */
export function isRawNumberId(id: unknown): boolean {
  return typeof id === 'string' && id.startsWith(MARK);
}

/** Whether a parsed message holds an id kept exactly (a `bigint` or a number text placeholder). */
export function holdsExactIds(message: unknown): boolean {
  let found = false;
  mapIds(message, (id) => {
    if (typeof id === 'bigint' || (typeof id === 'string' && id.startsWith(MARK))) found = true;
    return id;
  });
  return found;
}

/** The source text of each element of a JSON array text, or `undefined` when it is not one. */
function elementSources(text: string): string[] | undefined {
  let i = skipSpace(text, 0);
  if (text[i] !== '[') return undefined;
  const out: string[] = [];
  i = skipSpace(text, i + 1);
  if (text[i] === ']') return out;
  for (;;) {
    const end = skipValue(text, i);
    if (end < 0) return undefined;
    out.push(text.slice(i, end));
    i = skipSpace(text, end);
    if (text[i] === ']') return out;
    if (text[i] !== ',') return undefined;
    i = skipSpace(text, i + 1);
  }
}

/**
 * `parseMessage` of an HTTP body: one message, or a batch (array) of them, each with its
 * integer ids beyond 2^53 as `bigint`. Throws `SyntaxError` like `JSON.parse`.
 *
 * @example
 * ```ts
 * parseBody('[{"jsonrpc":"2.0","id":9007199254740993,"method":"ping"}]') // [{ …, id: 9007199254740993n }]
 * ```
 */
export function parseBody(text: string): unknown {
  const value = parseMessage(text);
  if (!Array.isArray(value)) return value;
  const inexact = hasInexactNumberId(text);
  if (!inexact && !value.some((element) => needsExactIds(element))) return value;
  const sources = elementSources(text);
  return value.map((element, index) => (needsExactIds(element, inexact) && sources?.[index] !== undefined ? parseMessage(sources[index]) : element));
}

/** `object` with the member at `path` set to `value`, copying the objects on the path. */
function withMember(object: Record<string, unknown>, path: readonly string[], value: unknown): Record<string, unknown> {
  const [name, ...rest] = path as [string, ...string[]];
  return { ...object, [name]: rest.length === 0 ? value : withMember(object[name] as Record<string, unknown>, rest, value) };
}

/** A copy of a message with `map` applied to its ids (see `ID_PATHS`); the message itself when none changes. */
export function mapIds<T>(message: T, map: (id: unknown) => unknown): T {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return message;
  let out = message as Record<string, unknown>;
  for (const path of ID_PATHS) {
    const last = path[path.length - 1] as string;
    const target = holder(out, path);
    if (!target || !(last in target)) continue;
    const mapped = map(target[last]);
    if (mapped !== target[last]) out = withMember(out, path, mapped);
  }
  return out as T;
}

/**
 * For transports that validate ids as safe numbers or strings (the MCP SDK's HTTP server
 * transport): a `bigint` id as a string no client can send (it holds a random per-process
 * marker), and back. `unmarkIds` turns such a string in JSON text back into the bare digits.
 *
 * @example
 * ```ts
 * const wire = idToPlaceholder(9007199254740993n);           // a string
 * placeholderToId(wire)                                      // 9007199254740993n
 * unmarkIds(JSON.stringify({ id: wire }))                    // '{"id":9007199254740993}'
 * ```
 */
export function idToPlaceholder(id: unknown): unknown {
  return typeof id === 'bigint' ? `${MARK}${id.toString()}` : id;
}

/** See `idToPlaceholder`. */
export function placeholderToId(id: unknown): unknown {
  if (typeof id !== 'string' || !id.startsWith(MARK)) return id;
  const digits = id.slice(MARK.length);
  // An integer beyond 2^53 goes back to its bigint; other number texts (`-0`, `1.0`) stay placeholders.
  return INTEGER.test(digits) && !Number.isSafeInteger(Number(digits)) ? BigInt(digits) : id;
}

/** The placeholder as it appears inside JSON text; a quick test before `unmarkIds`. */
export const PLACEHOLDER_IN_JSON = JSON.stringify(MARK).slice(1, -1);

/** JSON text with every placeholder string (`idToPlaceholder`) replaced by its bare digits. */
export function unmarkIds(text: string): string {
  return text.replace(MARKED, '$1');
}

/** An id as an audit event can hold it: a `bigint` becomes its digits as a string. */
export function recordableId<T>(id: T | bigint): T | string {
  if (typeof id === 'string' && id.startsWith(MARK)) return id.slice(MARK.length);
  return typeof id === 'bigint' ? id.toString() : id;
}
