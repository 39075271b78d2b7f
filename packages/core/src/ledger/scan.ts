import { createHash, hash as oneShotHash } from 'node:crypto';
import { eventTimeProblem } from '../spec/event.js';

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
 *
 * Verify uses it for lines that {@link leafOfHashFirstLine} does not take: lines of the older
 * layout (the hash member in sorted order, before `"id":`; ledgers written before the member
 * moved to the front), and the ledger's own events in either layout.
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
  let ts: string | undefined;
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
        case 'ts':
          if (ts !== undefined || (ts = value()) === undefined) return undefined;
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
  // An impossible time (30 February, 24:00, :60) is named by the full check (checkEvent).
  if (eventTimeProblem(ts) !== undefined) return undefined;
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

/** Bytes of `{"hash":"<64 hex>",`: the canonical bytes are `{` followed by the line from here. */
export const HASH_FIRST_LENGTH = 75;
/** The longest `type` value looked for at the end of a line (a line with a longer one takes the other paths). */
const MAX_TAIL_TYPE = 128;
/** Both lowercase hex digits of each byte value, as the 16-bit little-endian value of the two characters. */
const HEX_PAIRS = new Uint16Array(256);
for (let i = 0; i < 256; i++) HEX_PAIRS[i] = '0123456789abcdef'.charCodeAt(i >> 4) | ('0123456789abcdef'.charCodeAt(i & 15) << 8);

/**
 * Whether a line ends as the writer ends every line, `"type":"<type>","v":1}` (`type` and `v` are
 * the last members in sorted order), with a `type` of at most 128 bytes, no quote nor backslash,
 * that is not one of the ledger's own (`ledger.…`). Written out byte by byte: this runs per line.
 */
function endsWithOrdinaryType(line: Buffer, n: number): boolean {
  // `","v":1}`
  if (line[n - 1] !== 0x7d || line[n - 2] !== 0x31 || line[n - 3] !== 0x3a || line[n - 4] !== 0x22 || line[n - 5] !== 0x76 || line[n - 6] !== 0x22 || line[n - 7] !== 0x2c || line[n - 8] !== 0x22) return false;
  // Back to the quote that opens the type's value, within 128 bytes and after the hash member.
  const stop = Math.max(HASH_FIRST_LENGTH + 8, n - 9 - MAX_TAIL_TYPE);
  let at = n - 9;
  while (at > stop) {
    const c = line[at] as number;
    if (c === 0x22 || c === 0x5c) break;
    at--;
  }
  // `"type":"` before it
  if (line[at] !== 0x22 || line[at - 1] !== 0x3a || line[at - 2] !== 0x22 || line[at - 3] !== 0x65 || line[at - 4] !== 0x70 || line[at - 5] !== 0x79 || line[at - 6] !== 0x74 || line[at - 7] !== 0x22) return false;
  // not `ledger.`
  return !(line[at + 1] === 0x6c && line[at + 2] === 0x65 && line[at + 3] === 0x64 && line[at + 4] === 0x67 && line[at + 5] === 0x65 && line[at + 6] === 0x72 && line[at + 7] === 0x2e);
}

/**
 * The fast path of verification inside the signed range, for a line of the current layout
 * (docs/FORMAT.md §3): the line starts with `{"hash":"` + 64 hex digits + `",`, and `{` followed
 * by the rest of the line after those 75 bytes is the canonical bytes. Computes the leaf
 * SHA-256(0x00 || `{` || line[75..]) without reading the rest (the two bytes before it are
 * overwritten with 0x00 and `{` for one one-shot hash over the line's own bytes and put back at
 * once: no copy, and the line is as it was on return) and returns true, with the 32 bytes
 * written to `leaf`, when the stored member is its lowercase hex byte for byte (so the next
 * event's `prev` is `leaf` in hex). Only the end of the line is looked at besides: it must end
 * as the writer's lines end, `"type":"<type>","v":1}`, with a type that is not one of the
 * ledger's own (`ledger.key_rotate` is reported by the full check; the others are rare).
 * Anything else returns false, leaves `leaf` as it was, and the caller takes its other paths: a
 * line of the older layout (hash member in sorted order), another ending, a hash that does not
 * match. (A key holder who signs a `ledger.key_rotate` with its `type` elsewhere could as well
 * not write it.)
 *
 * Nothing else of the line is read: not `stream`, `seq` nor `prev`, not even whether the line
 * is JSON. That is sound only where the caller uses it (docs/FORMAT.md §7): for a line at a
 * position a signed Merkle root covers (a checkpoint's or the head's, whose signature was
 * checked), with that root compared when the position is reached, and any difference, or a
 * stream that fails or ends before it, sent to the exact pass that parses and checks every
 * line. The signed root commits to the leaf hashes in order; a leaf commits (SHA-256) to the
 * canonical bytes; and with the member at a fixed place a line gives exactly one set of hashed
 * bytes (drop bytes 1-74) and the hashed bytes exactly one line. So a line passes only if it is
 * byte for byte the line the signer wrote at that position, whose seq, prev, stream and v the
 * writer set before it hashed them (events a crashed writer left are adopted after their hash,
 * seq and prev were checked, and are trusted to the writer's host). What is given up: a line the
 * key holder signed with a wrong seq, prev, stream, v or an impossible ts is not reported here. Changing a line,
 * or moving, dropping or inserting one, changes a leaf or a position and so the root.
 */
export function leafOfHashFirstLine(line: Buffer, leaf: Buffer): boolean {
  const n = line.length;
  // `{"hash":"` … `",` (bytes 0-8 and 73-74), and the end.
  if (n <= HASH_FIRST_LENGTH + 16 || line[0] !== 0x7b || line[1] !== 0x22 || line[2] !== 0x68 || line[3] !== 0x61 || line[4] !== 0x73 || line[5] !== 0x68 ||
    line[6] !== 0x22 || line[7] !== 0x3a || line[8] !== 0x22 || line[73] !== 0x22 || line[74] !== 0x2c || !endsWithOrdinaryType(line, n)) {
    return false;
  }
  line[73] = 0x00;
  line[74] = 0x7b;
  let digest: string;
  try {
    digest = sha256Binary(line.subarray(73));
  } finally {
    line[73] = 0x22;
    line[74] = 0x2c;
  }
  // The stored member must be the digest's lowercase hex, byte for byte.
  for (let i = 0, at = 9; i < 32; i++, at += 2) {
    if (((line[at] as number) | ((line[at + 1] as number) << 8)) !== HEX_PAIRS[digest.charCodeAt(i)]) return false;
  }
  for (let i = 0; i < 32; i++) leaf[i] = digest.charCodeAt(i);
  return true;
}

/** SHA-256 of one buffer: `crypto.hash` where Node has it (one call, no Hash object), else createHash. */
export const sha256: (data: Buffer) => Buffer =
  typeof oneShotHash === 'function' ? (data) => oneShotHash('sha256', data, 'buffer') : (data) => createHash('sha256').update(data).digest();

/**
 * The same as a latin1 string, one character per byte. (`crypto.hash` makes a string faster
 * than a Buffer: a `'buffer'` result costs a new backing store per call, about as much as
 * hashing a 1.5 KB line.)
 */
const sha256Binary: (data: Buffer) => string =
  typeof oneShotHash === 'function' ? (data) => oneShotHash('sha256', data, 'binary') : (data) => createHash('sha256').update(data).digest('binary');
