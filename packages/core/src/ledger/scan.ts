import { createHash, hash as oneShotHash } from 'node:crypto';

/**
 * The top-level members of a stored line that the chain check needs, read without parsing
 * the line, when the line passes that check as it stands. See {@link scanVerifiedLine}.
 */
export interface ScannedLine {
  id: string;
  type: string;
  hash: string;
  seq: number;
  /** SHA-256(0x00 || line without its `"hash":"…",` member): the Merkle leaf, 32 bytes. */
  leaf: Buffer;
}

const QUOTE = 0x22;
/** 1: a quote, 2: an opening bracket, 3: a closing one, 0: anything else (latin1 code units). */
const STRUCTURAL = new Uint8Array(256);
STRUCTURAL[0x22] = 1;
STRUCTURAL[0x7b] = 2;
STRUCTURAL[0x5b] = 2;
STRUCTURAL[0x7d] = 3;
STRUCTURAL[0x5d] = 3;
const BACKSLASH = 0x5c;

/** The value of a plain decimal integer (no sign, no leading zero, at most 15 digits), else -1. */
function plainInteger(text: string): number {
  const n = text.length;
  if (n === 0 || n > 15 || (n > 1 && text.charCodeAt(0) === 0x30)) return -1;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const d = text.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** Index just past the string whose opening quote is at `at`, or -1 when it does not end. */
function stringEnd(s: string, at: number): number {
  let end = s.indexOf('"', at + 1);
  while (end > 0 && s.charCodeAt(end - 1) === BACKSLASH) {
    let slashes = 1;
    while (s.charCodeAt(end - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) break;
    end = s.indexOf('"', end + 1);
  }
  return end < 0 ? -1 : end + 1;
}

/** Index just past the JSON value starting at `at` (strings, nesting and scalars), or -1. */
function valueEnd(s: string, at: number): number {
  const c = s.charCodeAt(at);
  if (c === QUOTE) return stringEnd(s, at);
  if (c === 0x7b || c === 0x5b) {
    let depth = 0;
    for (let i = at; i < s.length; i++) {
      const kind = STRUCTURAL[s.charCodeAt(i)];
      if (kind === 0) continue;
      if (kind === 1) {
        i = stringEnd(s, i) - 1;
        if (i < 0) return -1;
      } else if (kind === 2) {
        depth++;
      } else if (--depth === 0) {
        return i + 1;
      }
    }
    return -1;
  }
  let i = at;
  while (i < s.length) {
    const d = s.charCodeAt(i);
    if (d === 0x2c || d === 0x7d || d === 0x5d) break;
    i++;
  }
  return i > at ? i : -1;
}

let scratch = Buffer.allocUnsafe(64 * 1024);

/**
 * The fast path of verification for one stored line (without its newline): a scanner over the
 * top level of the line (strings skipped by their closing quote, nesting by depth, no JSON
 * parse) that returns the members the chain check needs only when every check
 * `checkEvent()` makes passes as the line stands: it is one JSON object whose top-level `v`
 * is 1, `stream` and `seq` are the expected ones, `prev` is the expected hash, and `hash` is 64
 * lowercase hex digits equal to SHA-256(0x00 || the line without its `"hash":"<hash>",`
 * member). Anything else, and any line it is not sure about (an escape in a top-level key or
 * in the members read, a stream name that is not byte for byte the expected one, a repeated
 * member, a seq not in plain integer form, a `ledger.key_rotate` whose attributes the caller
 * reads), returns undefined: the caller then parses the line and runs the full check, which
 * names the reason.
 *
 * The line's inner values are not validated as JSON here; the caller uses this path only
 * where a signed Merkle root covers the line, so changed bytes there cannot go unnoticed.
 */
export function scanVerifiedLine(line: Buffer, stream: string, expectedSeq: number, expectedPrev: string): ScannedLine | undefined {
  const s = line.toString('latin1');
  const n = s.length;
  if (n < 2 || s.charCodeAt(0) !== 0x7b || s.charCodeAt(n - 1) !== 0x7d) return undefined;
  let v: string | undefined;
  let id: string | undefined;
  let type: string | undefined;
  let hash: string | undefined;
  let prev: string | undefined;
  let seq: string | undefined;
  let streamValue: string | undefined;
  let at = 1;
  let backslashAt = s.indexOf('\\');
  for (;;) {
    if (s.charCodeAt(at) !== QUOTE) return undefined;
    const keyEnd = stringEnd(s, at);
    if (keyEnd < 0 || s.charCodeAt(keyEnd) !== 0x3a) return undefined;
    // A top-level key with an escape may decode to a member read here: left to the full check.
    while (backslashAt >= 0 && backslashAt < at) backslashAt = s.indexOf('\\', backslashAt + 1);
    if (backslashAt >= 0 && backslashAt < keyEnd) return undefined;
    const start = keyEnd + 1;
    const end = valueEnd(s, start);
    if (end < 0) return undefined;
    const keyLength = keyEnd - at - 2;
    if (keyLength <= 6) {
      const key = s.slice(at + 1, keyEnd - 1);
      // Only the members read here; a repeated one (JSON.parse keeps the last) is left to the full check.
      const value = (): string | undefined => (s.charCodeAt(start) === QUOTE ? s.slice(start + 1, end - 1) : undefined);
      switch (key) {
        case 'v':
          if (v !== undefined) return undefined;
          v = s.slice(start, end);
          break;
        case 'id':
          if (id !== undefined || (id = value()) === undefined) return undefined;
          break;
        case 'type':
          if (type !== undefined || (type = value()) === undefined) return undefined;
          break;
        case 'hash':
          if (hash !== undefined || (hash = value()) === undefined) return undefined;
          break;
        case 'prev':
          if (prev !== undefined || (prev = value()) === undefined) return undefined;
          break;
        case 'seq':
          if (seq !== undefined) return undefined;
          seq = s.slice(start, end);
          break;
        case 'stream':
          if (streamValue !== undefined || (streamValue = value()) === undefined) return undefined;
          break;
      }
    }
    const c = s.charCodeAt(end);
    if (c === 0x7d) {
      if (end !== n - 1) return undefined;
      break;
    }
    if (c !== 0x2c) return undefined;
    at = end + 1;
  }
  if (v !== '1' || id === undefined || type === undefined || hash === undefined || prev === undefined || seq === undefined || streamValue === undefined) return undefined;
  if (plainInteger(seq) !== expectedSeq || prev !== expectedPrev || hash.length !== 64) return undefined;
  // The members read must mean what their bytes say. The stream is compared byte for byte with
  // the expected name (an escape or a non-ASCII character makes them differ: full check); the
  // hash is compared with a lowercase hex digest below; id and type must hold no escape.
  if (streamValue !== stream || id.includes('\\') || type.includes('\\') || type === 'ledger.key_rotate') return undefined;
  // The hash as hashOfLineBytes() computes it (first occurrence of the member), with one
  // one-shot digest over a copy instead of a streaming hash with three updates.
  const member = `"hash":"${hash}",`;
  const cut = s.indexOf(member);
  if (cut < 0) return undefined;
  const size = n + 1 - member.length;
  if (scratch.length < size) scratch = Buffer.allocUnsafe(Math.max(size, scratch.length * 2));
  scratch[0] = 0x00;
  line.copy(scratch, 1, 0, cut);
  line.copy(scratch, 1 + cut, cut + member.length);
  const leaf = sha256(scratch.subarray(0, size));
  if (leaf.toString('hex') !== hash) return undefined;
  return { id, type, hash, seq: expectedSeq, leaf };
}

/** SHA-256 of one buffer: `crypto.hash` where Node has it (one call, no Hash object), else createHash. */
export const sha256: (data: Buffer) => Buffer =
  typeof oneShotHash === 'function' ? (data) => oneShotHash('sha256', data, 'buffer') : (data) => createHash('sha256').update(data).digest();
