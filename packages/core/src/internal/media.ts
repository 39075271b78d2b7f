import { createHash } from 'node:crypto';
import type { JsonValue } from '../spec/event.js';

/**
 * What binary content (an image, audio clip, file or blob) is recorded as: never its bytes, nor
 * any decodable part of them. `sha256` is the hex SHA-256 of the decoded bytes, so a reviewer
 * holding the file can show it is the one the agent saw; `bytes` is the decoded length.
 */
export interface MediaSummary {
  mimeType: string;
  bytes: number;
  sha256: string;
}

/**
 * A base64 payload whose summary was made at `record()` with the size and type only; the digest
 * (decoding and hashing, proportional to the payload) is filled in by the pipeline, off the
 * caller's path. Strings are immutable, so holding the reference is a faithful snapshot.
 */
export interface PendingMedia {
  summary: { mimeType: string; bytes: number; sha256: string };
  /** The payload as written (base64 unless `encoding` says otherwise). */
  base64: string;
  /** How `base64` spells the bytes: hexadecimal, or one byte per character (see decodePayload). */
  encoding?: 'hex' | 'chars';
  /** What joins the lines of a wrapped payload (`\\n` written as two characters, spaces), left out when decoding. */
  separator?: string;
}

/**
 * The bytes a payload spells: base64 (or base64url; line breaks and spaces ignored), hexadecimal
 * (an optional `0x`, then digit pairs), or `chars`, a string that holds the bytes themselves (a
 * file read as latin1: each character one byte when all are below U+0100, else its UTF-8 bytes).
 */
export function decodePayload(text: string, encoding: PendingMedia['encoding'], separator?: string): Buffer {
  if (separator !== undefined) text = text.split(separator).join('');
  if (encoding === 'hex') return Buffer.from(hexDigits(/\s/.test(text) ? text.replace(/\s+/g, '') : text), 'hex');
  if (encoding === 'chars') return Buffer.from(text, allBelow256(text) ? 'latin1' : 'utf8');
  return Buffer.from(text, 'base64');
}

function allBelow256(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 255) return false;
  return true;
}

/** Where the digits of a hexadecimal payload start: after a leading `0x`/`0X`. */
const hexStart = (text: string, at = 0): number => (text.charCodeAt(at) === 48 && (text.charCodeAt(at + 1) | 32) === 120 ? at + 2 : at);

function hexDigits(text: string): string {
  return hexStart(text) === 0 ? text : text.slice(2);
}

/** Members whose long base64 string is media: MCP `data`/`blob`, AI SDK `image`/`data`, OpenAI `b64_json`, Bedrock `bytes`, ... */
const MEDIA_KEYS = new Set(['data', 'blob', 'image', 'audio', 'video', 'file', 'bytes', 'base64', 'b64', 'b64_json', 'image_base64', 'audio_base64', 'file_data', 'filedata', 'inline_data']);
/** Sibling members that name the payload's type. */
const MIME_KEYS = ['mimeType', 'mediaType', 'mime_type', 'media_type', 'contentType', 'content_type'] as const;
/** Shortest string under a media key that counts as media without other evidence (96 base64 chars = 72 bytes). */
const MIN_BASE64_CHARS = 96;
const MIME_SHAPE = /^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,63}\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,63}$/;
/**
 * A `data:` URL up to its base64 payload: a type, then up to 8 parameters of up to 128 characters
 * each, with or without a value (`;name="scan 1.png"`, `;charset=binary`, `;foo`), then `;base64,`.
 * Each parameter starts at a `;` it cannot hold, so the match is linear; read on the first
 * DATA_URL_HEAD characters.
 */
const DATA_URL = /^data:([A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,63}\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,63})?((?:;[^;,]{0,128}){0,8});base64,/i;
const DATA_URL_HEAD = 1200;

/**
 * Shortest hexadecimal string under a media key that counts as media without other evidence:
 * 144 digits (72 bytes, what 96 base64 characters hold), longer than any common digest
 * (SHA-512: 128 digits), so hex digests, git SHAs and ids stay text.
 */
const MIN_HEX_CHARS = 144;

const isHexCode = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
const isHexLetter = (code: number): boolean => (code >= 65 && code <= 70) || (code >= 97 && code <= 102);

/**
 * A character no text holds but a file read as characters does (a PNG read as latin1 starts with
 * U+0089): a C0 control other than tab, line feed, carriage return and escape (terminal colours),
 * DEL, a C1 control, or U+FFFD (a byte a UTF-8 decode could not read).
 */
export const isRawBinaryCode = (code: number): boolean =>
  code <= 8 || code === 11 || code === 12 || (code >= 14 && code <= 26) || (code >= 28 && code <= 31) || (code >= 127 && code <= 159) || code === 0xfffd;

const isBase64Code = (code: number): boolean =>
  (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 43 || code === 47 || code === 61 || code === 45 || code === 95 || code === 10 || code === 13;

/**
 * Whether a string looks like a base64 payload: base64 (or base64url) characters only, checked
 * on its first 512 and last 64 characters, so the cost does not grow with the payload. A text
 * that starts like base64 and hides prose further in is treated as media, the safe direction
 * (it is summarized, not stored).
 */
function looksBase64(value: string, minChars: number, anyCase = false): boolean {
  if (value.length < minChars) return false;
  const head = Math.min(value.length, 512);
  for (let i = 0; i < head; i++) if (!isBase64Code(value.charCodeAt(i))) return false;
  for (let i = Math.max(head, value.length - 64); i < value.length; i++) if (!isBase64Code(value.charCodeAt(i))) return false;
  if (anyCase) return true;
  // Prose-free identifiers of that length exist (hex digests, ids): require some mix.
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < head; i++) {
    const code = value.charCodeAt(i);
    if (code >= 65 && code <= 90) upper++;
    else if (code >= 97 && code <= 122) lower++;
  }
  return upper > 0 && lower > 0;
}

/**
 * Whether a string looks like a hexadecimal payload: an optional `0x`, then an even number of
 * hex digits, with both digits and letters unless `anyMix`, checked on its first 512 and last 64
 * characters like looksBase64.
 */
function looksHex(value: string, minChars: number, anyMix = false): boolean {
  const from = hexStart(value);
  const length = value.length - from;
  if (length < minChars || length % 2 !== 0) return false;
  const head = Math.min(value.length, from + 512);
  let letters = 0;
  for (let i = from; i < head; i++) {
    const code = value.charCodeAt(i);
    if (!isHexCode(code)) return false;
    if (isHexLetter(code)) letters++;
  }
  for (let i = Math.max(head, value.length - 64); i < value.length; i++) if (!isHexCode(value.charCodeAt(i))) return false;
  return anyMix || (letters > 0 && letters < head - from);
}

/**
 * Whether a string is bytes held as characters: `minTokens` raw binary characters (see
 * isRawBinaryCode) among its first 512, of at least `minDistinct` values. Prose, even with a
 * stray control character or terminal colours, has none or few.
 */
function looksRawBinary(value: string, minTokens: number, minDistinct: number): boolean {
  const head = Math.min(value.length, 512);
  let tokens = 0;
  const seen = new Set<number>();
  for (let i = 0; i < head; i++) {
    const code = value.charCodeAt(i);
    if (!isRawBinaryCode(code)) continue;
    tokens++;
    if (seen.size < minDistinct) seen.add(code);
  }
  return tokens >= minTokens && seen.size >= minDistinct;
}

/** A string of base64 (or hex) characters and whitespace only, with some of the former (first 512 and last 64 characters), like looksBase64: its kind, or undefined. */
function looksSpaced(value: string): 'hex' | 'base64' | undefined {
  const head = Math.min(value.length, 512);
  let digits = 0;
  let hex = true;
  const check = (i: number): boolean => {
    const code = value.charCodeAt(i);
    if (code === 32 || code === 9 || code === 10 || code === 13) return true;
    if (!isBase64Code(code)) return false;
    digits++;
    if (!isHexCode(code)) hex = false;
    return true;
  };
  for (let i = 0; i < head; i++) if (!check(i)) return undefined;
  for (let i = Math.max(head, value.length - 64); i < value.length; i++) if (!check(i)) return undefined;
  if (digits === 0) return undefined;
  return hex && digits >= 16 ? 'hex' : 'base64';
}

function decodedLength(base64: string): number {
  let length = 0;
  let padding = 0;
  for (let i = base64.length - 1; i >= 0 && padding < 3; i--) {
    const code = base64.charCodeAt(i);
    if (code === 61) padding++;
    else if (code !== 10 && code !== 13) break;
  }
  // Line breaks (MIME base64) carry no data; counted only when present at all.
  let breaks = 0;
  if (base64.includes('\n')) for (let i = 0; i < base64.length; i++) if (base64.charCodeAt(i) === 10 || base64.charCodeAt(i) === 13) breaks++;
  length = Math.floor(((base64.length - breaks - padding) * 3) / 4);
  return Math.max(0, length);
}

/**
 * The type a payload's first bytes announce, for the common media formats; undefined when unknown.
 * `strong`: only signatures of 24 bits or more (not the 11-bit MPEG audio frame sync, which one
 * digest in 2,048 starts with), for payloads too short to be told from ordinary data otherwise.
 */
export function sniffMimeType(head: Uint8Array, strong = false): string | undefined {
  const at = (i: number): number => head[i] ?? -1;
  const ascii = (from: number, text: string): boolean => {
    for (let i = 0; i < text.length; i++) if (at(from + i) !== text.charCodeAt(i)) return false;
    return true;
  };
  if (at(0) === 0x89 && ascii(1, 'PNG')) return 'image/png';
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'image/jpeg';
  if (ascii(0, 'GIF8')) return 'image/gif';
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return 'image/webp';
  if (ascii(0, 'RIFF') && ascii(8, 'WAVE')) return 'audio/wav';
  if (ascii(0, '%PDF')) return 'application/pdf';
  if (ascii(0, 'ID3') || (!strong && at(0) === 0xff && (at(1) & 0xe0) === 0xe0)) return 'audio/mpeg';
  if (ascii(0, 'OggS')) return 'audio/ogg';
  if (ascii(0, 'fLaC')) return 'audio/flac';
  if (ascii(4, 'ftyp')) return 'video/mp4';
  if (at(0) === 0x1a && at(1) === 0x45 && at(2) === 0xdf && at(3) === 0xa3) return 'video/webm';
  if (at(0) === 0x50 && at(1) === 0x4b && at(2) === 0x03 && at(3) === 0x04) return 'application/zip';
  return undefined;
}

function mimeOf(declared: unknown, head: () => Uint8Array): string {
  if (typeof declared === 'string' && MIME_SHAPE.test(declared)) return declared.toLowerCase();
  return sniffMimeType(head()) ?? 'application/octet-stream';
}

function declaredMime(parent: Record<string, unknown> | undefined): unknown {
  if (parent === undefined) return undefined;
  for (const key of MIME_KEYS) {
    try {
      const value = parent[key];
      if (typeof value === 'string') return value;
    } catch {
      // A throwing getter names no type.
    }
  }
  return undefined;
}

/**
 * Summarizes a string member when it is media: a `data:…;base64,` URL anywhere, any `blob`, the
 * `data` of an MCP `image`/`audio` block, a long base64 or hexadecimal string or a string of raw
 * bytes under a media key, or a long base64 or hexadecimal string with a media type's signature
 * under any key. Returns undefined when the string is ordinary text. The digest is left to
 * `completeMedia()`.
 */
export function mediaFromString(value: string, key: string | undefined, parent: Record<string, unknown> | undefined, pending: PendingMedia[]): MediaSummary | undefined {
  if (value.length > 5 && (value.charCodeAt(0) === 100 || value.charCodeAt(0) === 68) && value.slice(0, 5).toLowerCase() === 'data:') {
    const url = DATA_URL.exec(value.slice(0, DATA_URL_HEAD));
    if (url) {
      const payload = value.slice(url[0].length);
      return pendingSummary(payload, url[1] ?? declaredMime(parent), pending);
    }
  }
  if (key === undefined) return sniffedMedia(value, parent, pending);
  const lower = key.length <= 16 ? key.toLowerCase() : key;
  if (!MEDIA_KEYS.has(lower)) return sniffedMedia(value, parent, pending);
  // MCP blobs, MCP image/audio data and AI SDK file parts are bytes by definition, whatever their
  // length and letter case (base64, or hexadecimal from 16 digits on: a base64 payload of hex
  // digits only is that long one time in ten million).
  const definite = isDefinite(lower, parent);
  // Hexadecimal first: a hex string is made of base64 characters too.
  if (definite ? looksHex(value, 16, true) : looksHex(value, MIN_HEX_CHARS)) return pendingSummary(value, declaredMime(parent), pending, 'hex');
  if (looksBase64(value, definite ? 1 : MIN_BASE64_CHARS, definite)) return pendingSummary(value, declaredMime(parent), pending);
  // Wrapped in lines or groups (spaces, `\\n` written out): the lines' shape, read on the head.
  const wrapped = looksWrapped(value);
  if (wrapped !== undefined) {
    const encoding = wrapped.hex ? 'hex' : undefined;
    const opaque = !wrapped.hex && wrapped.width >= MIN_WRAP_WIDTH && value.length >= MIN_BASE64_CHARS && wrapped.mixedCase;
    if (definite || opaque || sniffMimeType(headBytes(value, encoding, wrapped.separator)) !== undefined) return pendingSummary(value, declaredMime(parent), pending, encoding, wrapped.separator);
  }
  // In a definite member, whitespace anywhere (`iVBO Rw0K …`, `89 50 4e 47 …`): the bytes are read without it.
  const spaced = definite ? looksSpaced(value) : undefined;
  if (spaced !== undefined) return pendingSummary(value, declaredMime(parent), pending, spaced === 'hex' ? 'hex' : undefined);
  // A file read as characters (`readFileSync(path, 'latin1')`): its bytes, not text.
  if (definite ? looksRawBinary(value, 1, 1) : value.length >= 16 && looksRawBinary(value, 8, 4)) return pendingSummary(value, declaredMime(parent), pending, 'chars');
  return undefined;
}

/**
 * Under any other key (`screenshot`, `png`, an array item): a long base64 or hexadecimal string
 * (MIN_TEXT_BASE64_CHARS or more) whose first bytes announce a media type.
 */
function sniffedMedia(value: string, parent: Record<string, unknown> | undefined, pending: PendingMedia[]): MediaSummary | undefined {
  if (value.length < MIN_TEXT_BASE64_CHARS) return undefined;
  if (looksHex(value, MIN_TEXT_BASE64_CHARS)) return sniffMimeType(headBytes(value, 'hex')) === undefined ? undefined : pendingSummary(value, declaredMime(parent), pending, 'hex');
  if (looksBase64(value, MIN_TEXT_BASE64_CHARS)) return sniffMimeType(headBytes(value, undefined)) === undefined ? undefined : pendingSummary(value, declaredMime(parent), pending);
  const wrapped = looksWrapped(value);
  if (wrapped === undefined || sniffMimeType(headBytes(value, wrapped.hex ? 'hex' : undefined, wrapped.separator)) === undefined) return undefined;
  return pendingSummary(value, declaredMime(parent), pending, wrapped.hex ? 'hex' : undefined, wrapped.separator);
}

/** The first bytes (up to 24) a payload spells, for sniffMimeType. */
function headBytes(text: string, encoding: PendingMedia['encoding'], separator?: string): Buffer {
  const head = separator === undefined ? text.slice(0, encoding === 'hex' ? hexStart(text) + 48 : 32) : text.slice(0, 48 + 4 * separator.length * 8);
  return decodePayload(head, encoding, separator).subarray(0, 24);
}

function pendingSummary(payload: string, declared: unknown, pending: PendingMedia[], encoding?: PendingMedia['encoding'], separator?: string): MediaSummary {
  const bytes = encoding === 'hex' ? (payload.length - hexStart(payload)) >> 1 : encoding === 'chars' ? payload.length : decodedLength(payload);
  const summary = { mimeType: mimeOf(declared, () => headBytes(payload, encoding, separator)), bytes, sha256: '' };
  const item: PendingMedia = { summary, base64: payload };
  if (encoding !== undefined) item.encoding = encoding;
  if (separator !== undefined) item.separator = separator;
  pending.push(item);
  return summary;
}

// ------------------------------------------------------------------ payloads cut into lines or pieces
/** Shortest line of a wrapped or chunked payload without a signature (PEM wraps at 64, MIME at 76). */
const MIN_WRAP_WIDTH = 16;
/** Shortest group of a payload written in groups (`iVBO Rw0K GgoA …`): counted only with a signature. */
const MIN_GROUP_WIDTH = 4;
/** Lines this long make a wrapped or chunked payload without a signature a blob anywhere; shorter ones need a `+` or `/` (ids have neither). */
const OPAQUE_WRAP_WIDTH = 60;

/**
 * The separator at `at` between two lines of a wrapped payload, its length or 0: a line break
 * (`\n`, `\r\n`, or the same written out as `\\n`, `\\r\\n` in an escaped string) with up
 * to 8 spaces or tabs after it (indentation), or 1 to 4 spaces or tabs alone.
 */
function separatorAt(text: string, at: number): number {
  let p = at;
  const code = text.charCodeAt(p);
  if (code === 13 && text.charCodeAt(p + 1) === 10) p += 2;
  else if (code === 10) p++;
  else if (code === 92 && text.charCodeAt(p + 1) === 110) p += 2;
  else if (code === 92 && text.charCodeAt(p + 1) === 114 && text.charCodeAt(p + 2) === 92 && text.charCodeAt(p + 3) === 110) p += 4;
  const lineBreak = p > at;
  const limit = p + (lineBreak ? 8 : 4);
  while (p < limit && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  if (!lineBreak && (p === at || text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) return 0;
  return p - at;
}

interface Wrapped {
  /** End of the last line. */
  end: number;
  separator: string;
  /** Payload characters (separators left out). */
  chars: number;
  width: number;
  /** Every line hexadecimal. */
  hex: boolean;
  mixedCase: boolean;
  /** A `+` or `/`: the standard base64 alphabet. */
  plusSlash: boolean;
}

/**
 * Lines of one width joined by one separator, from the run [from, firstEnd): a payload wrapped
 * at a fixed width (PEM, MIME, `base64 -w`, `xxd -p`, groups of 4 or 8). Every line but the last
 * is `width` long (MIN_GROUP_WIDTH or more, a multiple of 4; callers want MIN_WRAP_WIDTH without a
 * signature) and does not end with `=`
 * (base64 digests listed one a line are each padded); the last is at most as long, a multiple of
 * 4, padded or hex, and without `-`/`_` unless the others have them (`-----END …` is no line of
 * it). Undefined for one line alone. Scans to `limit` at most (record() reads a head only).
 */
function wrappedRuns(text: string, from: number, firstEnd: number, limit = text.length): Wrapped | undefined {
  const width = firstEnd - from;
  if (width < MIN_GROUP_WIDTH || width % 4 !== 0 || text.charCodeAt(firstEnd - 1) === 61) return undefined;
  const separatorLength = separatorAt(text, firstEnd);
  if (separatorLength === 0) return undefined;
  const separator = text.slice(firstEnd, firstEnd + separatorLength);
  const shape = { hex: true, upper: false, lower: false, plusSlash: false, url: false };
  lineShape(text, from, firstEnd, shape);
  let end = firstEnd;
  let lines = 1;
  while (end < limit && text.startsWith(separator, end)) {
    const start = end + separatorLength;
    let stop = start;
    while (stop < text.length && stop - start <= width && isRunCode(text.charCodeAt(stop))) stop++;
    const length = stop - start;
    if (length === 0 || length > width) break;
    const line = { hex: true, upper: false, lower: false, plusSlash: false, url: false };
    lineShape(text, start, stop, line);
    if (length === width && text.charCodeAt(stop - 1) !== 61) {
      mergeShape(shape, line);
      end = stop;
      lines++;
      continue;
    }
    // A shorter (or padded) line: the last one.
    if ((length % 4 === 0 || text.charCodeAt(stop - 1) === 61 || (line.hex && shape.hex && length % 2 === 0)) && (!line.url || shape.url)) {
      mergeShape(shape, line);
      end = stop;
      lines++;
    }
    break;
  }
  if (lines < 2) return undefined;
  return { end, separator, chars: end - from - (lines - 1) * separatorLength, width, hex: shape.hex, mixedCase: shape.upper && shape.lower, plusSlash: shape.plusSlash };
}

interface Shape {
  hex: boolean;
  upper: boolean;
  lower: boolean;
  plusSlash: boolean;
  url: boolean;
}

function lineShape(text: string, from: number, to: number, shape: Shape): void {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (!isHexCode(code)) shape.hex = false;
    if (code >= 65 && code <= 90) shape.upper = true;
    else if (code >= 97 && code <= 122) shape.lower = true;
    else if (code === 43 || code === 47) shape.plusSlash = true;
    else if (code === 45 || code === 95) shape.url = true;
  }
}

function mergeShape(into: Shape, line: Shape): void {
  into.hex &&= line.hex;
  into.upper ||= line.upper;
  into.lower ||= line.lower;
  into.plusSlash ||= line.plusSlash;
  into.url ||= line.url;
}

/**
 * A whole string that is a wrapped payload (wrappedRuns from its start), checked on its first
 * 512 characters and its last 64 (payload or separator characters only), like looksBase64.
 */
function looksWrapped(value: string): Wrapped | undefined {
  let first = 0;
  while (first < value.length && first <= 512 && isRunCode(value.charCodeAt(first))) first++;
  const wrapped = wrappedRuns(value, 0, first, 512 + first);
  if (wrapped === undefined) return undefined;
  if (wrapped.end < value.length) {
    for (let i = Math.max(wrapped.end, value.length - 64); i < value.length; i++) {
      const code = value.charCodeAt(i);
      if (!isRunCode(code) && !wrapped.separator.includes(String.fromCharCode(code))) return undefined;
    }
  }
  return wrapped;
}

/**
 * A list whose items are one payload cut into pieces (`{ "data": ["iVBORw0KGgo…", "…"] }`):
 * strings of base64 (or hex) characters only, two or more, that together
 * - carry a media signature, with MIN_TEXT_BASE64_CHARS characters or more (MIN_BASE64_CHARS
 *   under a media key; any length in a definite member: `blob`, `data` of an image, audio or
 *   file part);
 * - or, base64, are cut at one width like wrapped lines (every piece but the last `width` long,
 *   MIN_WRAP_WIDTH or more and a multiple of 4, `=` only at the very end), as long, with both
 *   letter cases and OPAQUE_WRAP_WIDTH-wide pieces or a `+` or `/`.
 * A list of ids, names or digests (each padded, or hex without a signature) stays a list.
 * Returns the joined payload and its encoding, or undefined.
 */
export function chunkedPayload(array: readonly unknown[], key: string | undefined, parent: Record<string, unknown> | undefined): { payload: string; encoding?: 'hex' } | undefined {
  const count = array.length;
  if (count < 2 || typeof array[0] !== 'string') return undefined;
  const lower = key === undefined ? undefined : key.length <= 16 ? key.toLowerCase() : key;
  const definite = isDefinite(lower, parent);
  // Outside a member that is bytes by definition, a list with a piece that is no string or empty, or
  // with fewer characters in all than a payload there needs, is none (the checks below say so after
  // reading and decoding its head): answered by the pieces' lengths alone, up to the bound. A list of
  // a few words (`include: ['orders', 'contact']`) cost about 1 µs per event before (issue 19).
  const mediaKey = lower !== undefined && MEDIA_KEYS.has(lower);
  if (!definite && !enoughPieces(array, mediaKey ? MIN_BASE64_CHARS : MIN_TEXT_BASE64_CHARS)) return undefined;
  // Outside a member that is bytes by definition, decided on the first pieces before every piece is
  // read: a list of a thousand 32 KB strings that is no payload cost the caller's thread hundreds of
  // ms at record() (each piece a rope, flattened to read its head; probe of 2026-12-06), while the
  // event's budget keeps only the first of them. A payload needs a signature in its first bytes, or
  // the opaque shape, whose width and mixed case its first piece shows (below).
  if (!definite && !mayOpenPayload(array)) return undefined;
  const shape = { hex: true, upper: false, lower: false, plusSlash: false, url: false };
  let width = 0;
  let even = true;
  let chars = 0;
  for (let k = 0; k < count; k++) {
    const item = array[k];
    if (typeof item !== 'string' || item.length === 0 || !looksBase64(item, 1, true)) return undefined;
    const padded = item.charCodeAt(item.length - 1) === 61;
    if (k === 0) width = item.length;
    if ((k < count - 1 && (item.length !== width || padded)) || item.length > width) even = false;
    lineShape(item, 0, Math.min(item.length, 512), shape);
    chars += item.length;
  }
  const encoding = shape.hex && chars >= 16 ? 'hex' : undefined;
  if (!definite) {
    const opaque = encoding === undefined && even && width >= MIN_WRAP_WIDTH && width % 4 === 0 && shape.upper && shape.lower && (width >= OPAQUE_WRAP_WIDTH || shape.plusSlash);
    // The signature is read on the first pieces only: a long list of ids is not joined for nothing.
    let head = '';
    for (let k = 0; k < count && head.length < 64; k++) head += array[k] as string;
    if (!opaque && sniffMimeType(headBytes(head, encoding)) === undefined) return undefined;
  }
  const payload = array.join('');
  return encoding === undefined ? { payload } : { payload, encoding };
}

/**
 * Whether every piece of `array` read before `min` characters are reached is a non-empty string,
 * and they reach `min`: reads at most `min` pieces (each has one character or more), and only
 * their lengths (a long piece that is a rope is not flattened).
 */
function enoughPieces(array: readonly unknown[], min: number): boolean {
  let chars = 0;
  for (let k = 0; k < array.length; k++) {
    const item = array[k];
    if (typeof item !== 'string' || item.length === 0) return false;
    chars += item.length;
    if (chars >= min) return true;
  }
  return false;
}

/**
 * Whether a list of strings may be a chunked payload outside a definite member, read on its first
 * pieces only: a media signature in the first bytes of its head (read as base64 and, when the head
 * is hex, as hex), or a first piece with the opaque shape's own marks (at least MIN_WRAP_WIDTH
 * characters, a multiple of 4, upper and lower case in its first 512). chunkedPayload then checks
 * every piece as before; the one list this turns away that it took before is an opaque payload
 * whose first piece has one case only (its later pieces the other), which random base64 of that
 * width does not write.
 */
function mayOpenPayload(array: readonly unknown[]): boolean {
  const first = array[0] as string;
  let head = '';
  for (let k = 0; k < array.length && head.length < 64; k++) {
    const item = array[k];
    if (typeof item !== 'string') return false;
    head += item;
  }
  if (sniffMimeType(headBytes(head, undefined)) !== undefined) return true;
  const headShape = { hex: true, upper: false, lower: false, plusSlash: false, url: false };
  lineShape(head, 0, Math.min(head.length, 512), headShape);
  if (headShape.hex && sniffMimeType(headBytes(head, 'hex')) !== undefined) return true;
  if (first.length < MIN_WRAP_WIDTH || first.length % 4 !== 0) return false;
  const firstShape = { hex: true, upper: false, lower: false, plusSlash: false, url: false };
  lineShape(first, 0, Math.min(first.length, 512), firstShape);
  return firstShape.upper && firstShape.lower;
}

/** MCP blobs, MCP image/audio data and AI SDK file parts: bytes by definition. */
function isDefinite(lowerKey: string | undefined, parent: Record<string, unknown> | undefined): boolean {
  if (lowerKey === 'blob') return true;
  if (lowerKey !== 'data' || parent === undefined) return false;
  let kind: unknown;
  try {
    kind = parent['type'];
  } catch {
    return false;
  }
  return kind === 'image' || kind === 'audio' || kind === 'file';
}

/**
 * Summarizes a list that is media: pieces of one payload (chunkedPayload), or bytes as numbers
 * (byteNumbers). Base64 and hex pending their digest when `pending` is given (record()), hashed
 * now otherwise (the redactor, for JSON parsed from strings); numbers hashed now.
 */
export function mediaFromArray(array: readonly unknown[], key: string | undefined, parent: Record<string, unknown> | undefined, pending: PendingMedia[] | undefined): MediaSummary | undefined {
  if (typeof array[0] === 'number') {
    const bytes = byteNumbers(array, isDefinite(key === undefined ? undefined : key.length <= 16 ? key.toLowerCase() : key, parent));
    return bytes === undefined ? undefined : mediaFromBytes(bytes, parent);
  }
  const chunked = chunkedPayload(array, key, parent);
  if (chunked === undefined) return undefined;
  if (pending !== undefined) return pendingSummary(chunked.payload, declaredMime(parent), pending, chunked.encoding);
  const bytes = decodePayload(chunked.payload, chunked.encoding);
  return { mimeType: mimeOf(declaredMime(parent), () => bytes.subarray(0, 24)), ...digestOf(bytes) };
}

// ------------------------------------------------------------------ bytes written as numbers
/** Numbers from which a list of bytes whose first bytes carry a media signature counts (`[137, 80, 78, 71, …]`). */
const MIN_BYTE_NUMBERS = 16;

const isByte = (value: unknown): boolean => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 255;

/**
 * A list of numbers that is bytes: in a definite member (`data` of an image, audio or file part,
 * `blob`), or MIN_BYTE_NUMBERS or more whose first 16 are bytes (integers 0-255) carrying a
 * media signature of 24 bits or more (a list of scores or readings carries none). The bytes as
 * Uint8Array.from gives them (the items of a true byte list unchanged); undefined otherwise.
 */
function byteNumbers(list: readonly unknown[], definite: boolean): Uint8Array | undefined {
  if (!definite) {
    if (list.length < MIN_BYTE_NUMBERS) return undefined;
    const head = new Uint8Array(MIN_BYTE_NUMBERS);
    for (let k = 0; k < MIN_BYTE_NUMBERS; k++) {
      if (!isByte(list[k])) return undefined;
      head[k] = list[k] as number;
    }
    if (sniffMimeType(head, true) === undefined) return undefined;
  }
  return Uint8Array.from(list as ArrayLike<number>);
}

/**
 * An object that is bytes: Node's `Buffer.toJSON()` (`{ "type": "Buffer", "data": [137, 80, …] }`,
 * exactly these two members), any length; or a typed array serialized as an object
 * (`{ "0": 137, "1": 80, … }`: its first members `"0"` to `"15"` bytes carrying a media signature of
 * 24 bits or more), its bytes the values of `"0"`, `"1"`, … up to the first missing index. `keys`:
 * the object's own keys, in their order. Summarized and hashed now; a Buffer whose bytes are text
 * (textOfBytes) is that text instead; undefined for other objects.
 */
export function mediaFromObject(object: Record<string, unknown>, keys: readonly string[], parent: Record<string, unknown> | undefined): MediaSummary | string | undefined {
  if (keys.length === 2 && object['type'] === 'Buffer' && Array.isArray(object['data']) && (keys[0] === 'data' || keys[1] === 'data')) {
    const data = object['data'] as unknown[];
    if (data.length > 0 && typeof data[0] !== 'number') return undefined;
    const bytes = Uint8Array.from(data as ArrayLike<number>);
    return textOfBytes(bytes) ?? mediaFromBytes(bytes, parent);
  }
  if (keys.length < MIN_BYTE_NUMBERS || keys[0] !== '0') return undefined;
  const head = new Uint8Array(MIN_BYTE_NUMBERS);
  for (let k = 0; k < MIN_BYTE_NUMBERS; k++) {
    const value = object[String(k)];
    if (keys[k] !== String(k) || !isByte(value)) return undefined;
    head[k] = value as number;
  }
  if (sniffMimeType(head, true) === undefined) return undefined;
  let count = MIN_BYTE_NUMBERS;
  while (count < keys.length && keys[count] === String(count)) count++;
  const bytes = new Uint8Array(count);
  for (let k = 0; k < count; k++) bytes[k] = Number(object[keys[k] as string]);
  return mediaFromBytes(bytes, parent);
}

/**
 * Longest bytes (Buffer, typed array, ArrayBuffer, a Buffer through JSON) read as text when they
 * are text (textOfBytes): the default `limits.maxStringLength`, 32 Ki.
 */
export const MAX_TEXT_BYTES = 32 * 1024;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text that bytes spell, when they are text: 1 to `maxBytes` bytes of well-formed UTF-8 with
 * no control character but tab, line feed and carriage return (C0, DEL and C1 excluded), and no
 * media signature in their first bytes. A file read without an encoding, a decrypted value, an
 * HTTP body as a Buffer: recorded as the string and redacted as any string is. Summarized as
 * media instead, `Buffer.from('4821')` kept the SHA-256 of `4821`, which anyone reverses by trying
 * every PIN (an unkeyed digest of a low-entropy value; a fresh attacker's finding, 2026-12-02).
 * Undefined for anything else (binary, longer, or empty).
 */
export function textOfBytes(bytes: Uint8Array, maxBytes = MAX_TEXT_BYTES): string | undefined {
  if (bytes.byteLength === 0 || bytes.byteLength > maxBytes) return undefined;
  if (sniffMimeType(bytes.subarray(0, 16)) !== undefined) return undefined;
  // Binary bytes show a control byte or a stray continuation byte early: no decode for them.
  for (let i = 0; i < bytes.byteLength; i++) {
    const byte = bytes[i] as number;
    if ((byte < 32 && byte !== 9 && byte !== 10 && byte !== 13) || byte === 127) return undefined;
  }
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 && code <= 0x9f) return undefined;
  }
  return text;
}

/** Summarizes bytes held in memory (Buffer, typed array, ArrayBuffer): hashed now, since the caller may reuse the buffer. */
export function mediaFromBytes(bytes: Uint8Array, parent: Record<string, unknown> | undefined): MediaSummary {
  return {
    mimeType: mimeOf(declaredMime(parent), () => bytes.subarray(0, 16)),
    bytes: bytes.byteLength,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** Decodes and hashes the payloads summarized at record(); run by the pipeline before redaction. */
export function completeMedia(pending: readonly PendingMedia[]): void {
  for (const item of pending) {
    const bytes = decodePayload(item.base64, item.encoding, item.separator);
    item.summary.bytes = bytes.byteLength;
    item.summary.sha256 = createHash('sha256').update(bytes).digest('hex');
  }
}

/** The summary as a JSON value of the event. */
export function mediaJson(summary: MediaSummary): JsonValue {
  return summary as unknown as JsonValue;
}

// ------------------------------------------------------------------ payloads named by their API's shape
// Provider shapes whose payload is base64 whatever its length (a sixth fresh probe of 2026-12-03
// found 32-character payloads stored raw: under 96 characters a `data` member needed a
// signature):
//  - Anthropic's `source` of an `image` or `document` block: `{ type: 'base64', media_type, data }`;
//  - Gemini's Blob: `inline_data` / `inlineData`: `{ mime_type | mimeType, data }`;
// both files sent to a model, summarized as media (`{ mimeType, bytes, sha256 }`) whatever their
// type, as a file is (a document's text is the file's content, not a message);
//  - the Gmail API's MessagePartBody: `body: { size, data, attachmentId }` of `payload` and of each
//    `parts[]` item (and `users.messages.attachments.get`'s answer, the same members), `data`
//    base64url. A message body is text the agent read, as a tool's text result is: decoded, and
//    when its bytes are text (textOfBytes: UTF-8 up to 32 Ki with no control character) recorded as
//    that text, redacted as any string; binary bodies (attachments) are summarized. A `size` that is
//    not the decoded length says it is no Gmail body; without a `size` (`{"body":{"data":"ok"}}` of
//    another API as often) only bytes that are text are taken, anything else stays as written.

/** Members of Gemini's Blob. */
const GEMINI_BLOB_KEYS = new Set(['data', 'mime_type', 'mimeType', 'display_name', 'displayName']);
/** Members of Gmail's MessagePartBody. */
const GMAIL_BODY_KEYS = new Set(['data', 'size', 'attachmentId']);
const BASE64URL = /^[A-Za-z0-9+/_-]+={0,2}$/;

/**
 * How a provider's payload is read: `file` is summarized; `text` (a Gmail body with its `size`) is
 * its text when its bytes are text, else summarized; `maybeText` (a `body: { data }` without a
 * `size`, a shape other APIs use too: `{"body":{"data":"ok"}}`) is its text only when its bytes are
 * text, else left as written.
 */
export type PayloadKind = 'file' | 'text' | 'maybeText';

/**
 * Which kind of provider payload an object's `data` is by the object's shape: `file` (Anthropic
 * `source`, Gemini `inline_data`), `text` or `maybeText` (a Gmail body); undefined for other objects.
 * @param ownKey the member name the object stands under (`inline_data`, `body`)
 */
export function payloadMemberOf(object: Record<string, unknown>, keys: readonly string[], ownKey: string | undefined): PayloadKind | undefined {
  if (keys.length < 1 || keys.length > 5 || !keys.includes('data')) return undefined;
  let data: unknown;
  let kind: unknown;
  try {
    data = object['data'];
    kind = object['type'];
  } catch {
    return undefined;
  }
  if (typeof data !== 'string' || data.length === 0 || !BASE64URL.test(data.length <= 4096 ? data : data.slice(0, 512) + data.slice(-64))) return undefined;
  if (kind === 'base64' && keys.length <= 4 && keys.every((key) => key === 'type' || key === 'data' || key === 'media_type' || key === 'mediaType')) return 'file';
  if ((ownKey === 'inline_data' || ownKey === 'inlineData') && keys.every((key) => GEMINI_BLOB_KEYS.has(key))) return 'file';
  if ((ownKey === 'body' || keys.includes('attachmentId')) && keys.every((key) => GMAIL_BODY_KEYS.has(key))) {
    const size = object['size'];
    if (size === undefined) return 'maybeText';
    return size === decodedLength(data) ? 'text' : undefined;
  }
  return undefined;
}

/**
 * A provider payload's replacement (payloadMemberOf): a media summary, or for a Gmail body whose
 * bytes are text, that text (`maybeText` that is no text: the string as written). `pending`: the digest of a file is left to completeMedia() (record());
 * without it, hashed now (the redactor, for JSON parsed from strings).
 */
export function payloadValue(data: string, kind: PayloadKind, parent: Record<string, unknown>, pending: PendingMedia[] | undefined): MediaSummary | string {
  if (kind === 'maybeText') return decodedLength(data) <= MAX_TEXT_BYTES ? (textOfBytes(Buffer.from(data, 'base64')) ?? data) : data;
  if (kind === 'text' && decodedLength(data) <= MAX_TEXT_BYTES) {
    const bytes = Buffer.from(data, 'base64');
    return textOfBytes(bytes) ?? mediaFromBytes(bytes, parent);
  }
  if (pending !== undefined) return pendingSummary(data, declaredMime(parent), pending);
  return mediaFromBytes(Buffer.from(data, 'base64'), parent);
}

// ------------------------------------------------------------------ media and blobs inside text
/** Shortest base64 run, anywhere in a string, that is checked for media (issue 11). */
export const MIN_TEXT_BASE64_CHARS = 256;
const isRunCode = (code: number): boolean => isBase64Code(code) && code !== 10 && code !== 13;
/** `.` and `~`: inside a token (`Bearer a~b`, `header.payload.signature`), not base64. */
const isGlue = (code: number): boolean => code === 46 || code === 126;

function digest(base64: string): { bytes: number; sha256: string } {
  return digestOf(Buffer.from(base64, 'base64'));
}

function digestOf(bytes: Uint8Array): { bytes: number; sha256: string } {
  return { bytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
}

function marker(mimeType: string | undefined, bytes: Uint8Array): string {
  const { bytes: length, sha256 } = digestOf(bytes);
  return mimeType === undefined ? `[BLOB:${length},sha256:${sha256}]` : `[MEDIA:${mimeType},${length},sha256:${sha256}]`;
}

function mixedCase(text: string, from: number, to: number): boolean {
  let upper = false;
  let lower = false;
  for (let i = from; i < Math.min(to, from + 512); i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) upper = true;
    else if (code >= 97 && code <= 122) lower = true;
    if (upper && lower) return true;
  }
  return false;
}

/**
 * A whole string that is a payload whose first bytes announce a media type (PNG, JPEG, GIF,
 * WebP, WAV, PDF, MP3, Ogg, FLAC, MP4, WebM, ZIP), under any key or none: MIN_TEXT_BASE64_CHARS
 * or more base64 or hexadecimal characters (also wrapped in lines, wrappedRuns), or raw bytes held as characters (a file read as
 * latin1; those also without a signature once 64 of the first 512 characters are raw binary
 * ones of 16 values). Its summary, hashed now; undefined otherwise.
 */
export function mediaFromWholeString(value: string): MediaSummary | undefined {
  if (value.length < MIN_TEXT_BASE64_CHARS) return undefined;
  let encoding: PendingMedia['encoding'];
  if (looksHex(value, MIN_TEXT_BASE64_CHARS)) encoding = 'hex';
  else if (looksBase64(value, MIN_TEXT_BASE64_CHARS)) encoding = undefined;
  else if (looksRawBinary(value, 8, 4)) encoding = 'chars';
  else {
    // Wrapped lines filling the whole string (a trailing line break aside).
    let first = 0;
    while (first < value.length && isRunCode(value.charCodeAt(first))) first++;
    const wrapped = wrappedRuns(value, 0, first);
    if (wrapped === undefined || wrapped.chars < MIN_TEXT_BASE64_CHARS || value.slice(wrapped.end).trim() !== '') return undefined;
    const bytes = decodePayload(value.slice(0, wrapped.end), wrapped.hex ? 'hex' : undefined, wrapped.separator);
    const mimeType = sniffMimeType(bytes.subarray(0, 24));
    return mimeType === undefined ? undefined : { mimeType, ...digestOf(bytes) };
  }
  const mimeType = sniffMimeType(headBytes(value, encoding));
  if (mimeType === undefined && !(encoding === 'chars' && looksRawBinary(value, MIN_SPAN_BINARY, MIN_SPAN_DISTINCT))) return undefined;
  return { mimeType: mimeType ?? 'application/octet-stream', ...digestOf(decodePayload(value, encoding)) };
}

// Binary spelled as text other than base64 (issue 11, item 6): hexadecimal runs and lists,
// escaped bytes, raw bytes held as characters.
/** Characters allowed between two escaped or raw bytes of one binary span. */
const SPAN_GAP = 64;
/** Binary bytes (controls, or bytes that are no UTF-8 text) that make a span binary without a signature... */
const MIN_SPAN_BINARY = 64;
/** ...of at least this many values (a list separated by NUL characters is not a file). */
const MIN_SPAN_DISTINCT = 16;
/** Bytes from which a span or a list whose first bytes carry a media signature counts (a signature quoted in documentation, `\x89PNG\r\n\x1a\n`, stays). */
const MIN_SIGNED_BYTES = 64;
/** Binary bytes a span with a signature needs (`PNG starts with \x89PNG\r\n\x1a\n`, said three times, has six). */
const MIN_SIGNED_BINARY = 16;
/** Bytes of spaced hexadecimal (`89 50 4e 47 …`) that make it binary without a signature. */
const MIN_SPACED_HEX_BYTES = 128;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function hexPairAt(text: string, at: number): number {
  const high = hexValue(text.charCodeAt(at));
  const low = hexValue(text.charCodeAt(at + 1));
  return high < 0 || low < 0 ? -1 : (high << 4) | low;
}

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  const lower = code | 32;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

const ESCAPE_CHAR = 1 << 8;

/**
 * The byte an escape at `at` spells, as `(length << 9) | ESCAPE_CHAR? | byte`, or -1: `\xHH`,
 * octal `\NNN` or `\u00HH` (ESCAPE_CHAR: a character, as JSON escapes latin1) behind one to four
 * backslashes (one more per level of quoting), or `%HH`.
 */
function escapeAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code === 37) {
    const value = hexPairAt(text, at + 1);
    return value < 0 ? -1 : (3 << 9) | value;
  }
  if (code !== 92) return -1;
  let p = at + 1;
  while (p < at + 4 && text.charCodeAt(p) === 92) p++;
  const kind = text.charCodeAt(p);
  if (kind === 120) {
    const value = hexPairAt(text, p + 1);
    return value < 0 ? -1 : ((p + 3 - at) << 9) | value;
  }
  if (kind === 117 && text.charCodeAt(p + 1) === 48 && text.charCodeAt(p + 2) === 48) {
    const value = hexPairAt(text, p + 3);
    return value < 0 ? -1 : ((p + 5 - at) << 9) | ESCAPE_CHAR | value;
  }
  const second = text.charCodeAt(p + 1) - 48;
  const third = text.charCodeAt(p + 2) - 48;
  if (kind >= 48 && kind <= 51 && second >= 0 && second <= 7 && third >= 0 && third <= 7) return ((p + 3 - at) << 9) | ((kind - 48) << 6) | (second << 3) | third;
  return -1;
}

/** A one-letter escape (`\n`, `\r`, `\t`, `\0`, `\\`, `\'`, `\"`, ...) behind one to four backslashes, as `(length << 9) | byte`, or -1. */
function simpleEscapeAt(text: string, at: number): number {
  let p = at + 1;
  while (p < at + 4 && text.charCodeAt(p) === 92) p++;
  const byte = SIMPLE_ESCAPES.indexOf(text.charAt(p));
  if (byte >= 0 && p < text.length) return ((p + 1 - at) << 9) | (SIMPLE_BYTES[byte] as number);
  return p > at + 1 ? (2 << 9) | 92 : -1;
}
const SIMPLE_ESCAPES = 'nrt0\'"abfv/';
const SIMPLE_BYTES = [10, 13, 9, 0, 39, 34, 7, 8, 12, 11, 47];

/**
 * The binary span starting at `from` (a raw binary character or an escaped byte): raw binary
 * characters and escaped bytes with at most SPAN_GAP other characters between two of them, and
 * the bytes glued to either end (up to SPAN_GAP characters, to a space, a quote or a bracket: the
 * `GIF89a` before `\x00`). Its end, and its bytes when it is binary: MIN_SPAN_BINARY binary bytes
 * of MIN_SPAN_DISTINCT values, or MIN_SIGNED_BYTES bytes or more with MIN_SIGNED_BINARY binary
 * ones that start with a media signature. See decodeSpan for the bytes and which are binary.
 */
function binarySpan(text: string, from: number, floor: number): { start: number; end: number; bytes?: Buffer; mimeType?: string } {
  const n = text.length;
  let p = from;
  let end = from;
  let tokens = 0;
  // Bytes that may be binary (raw binary characters, escaped control bytes, escaped bytes from
  // 0x80 whose status decodeSpan settles) and how many values they take: most spans end here.
  let candidates = 0;
  const values = distinctValues();
  // One kind of escape a span: `%HH` when it starts with one (URLs), else backslash escapes (a `%`
  // in a Python literal's printable bytes is a byte).
  const escape = text.charCodeAt(from) === 37 ? 37 : 92;
  while (p < n && p - end <= SPAN_GAP) {
    const code = text.charCodeAt(p);
    if (isRawBinaryCode(code)) {
      p++;
      end = p;
      tokens++;
      candidates++;
      values.add(code);
      continue;
    }
    if (code === escape) {
      const token = escapeAt(text, p);
      if (token >= 0) {
        const byte = token & 255;
        if (isRawBinaryCode(byte) || ((token & ESCAPE_CHAR) === 0 && byte >= 0x80)) {
          candidates++;
          values.add(byte);
        }
        p += token >> 9;
        end = p;
        tokens++;
        continue;
      }
    }
    p++;
  }
  const tokensEnd = end;
  if (end - from < MIN_SIGNED_BYTES || tokens < 2 || candidates < MIN_SIGNED_BINARY) return { start: from, end };
  let start = from;
  const quoted = quotedBounds(text, from, tokensEnd, floor);
  if (quoted !== undefined) {
    // A quoted literal (`b'…'`, `"…"`): its printable bytes may hold stops (`,`, `:`, spaces),
    // so the bytes run from quote to quote.
    start = quoted.start;
    end = quoted.end;
  } else {
    while (start > floor && from - start < SPAN_GAP && !isSpanStop(text.charCodeAt(start - 1))) start--;
    const stop = Math.min(n, end + SPAN_GAP);
    while (end < stop && !isSpanStop(text.charCodeAt(end))) end++;
  }
  const raw = rawIn(text, from, tokensEnd);
  if ((candidates < MIN_SPAN_BINARY || values.size < MIN_SPAN_DISTINCT) && sniffMimeType(decodeSpan(text, start, end, raw, escape, 24).bytes) === undefined) return { start: from, end: tokensEnd };
  const span = decodeSpan(text, start, end, raw, escape, Infinity);
  const mimeType = span.bytes.length >= MIN_SIGNED_BYTES && span.binary >= MIN_SIGNED_BINARY ? sniffMimeType(span.bytes.subarray(0, 24)) : undefined;
  if (mimeType === undefined && (span.binary < MIN_SPAN_BINARY || span.distinct < MIN_SPAN_DISTINCT)) return { start: from, end: tokensEnd };
  return mimeType === undefined ? { start, end, bytes: span.bytes } : { start, end, bytes: span.bytes, mimeType };
}

/**
 * The inside of the quoted literal around the escapes [from, tokensEnd): the nearest quote (`'`,
 * `"` or a backtick) at most SPAN_GAP characters before `from` on the same line, not escaped, and
 * the first same quote, not escaped, at most SPAN_GAP characters after `tokensEnd` on the same
 * line. Python's repr and JSON always escape the literal's own quote inside it. Undefined when
 * either quote is missing or is itself escaped (`\"` in JSON within JSON: the span's stops decide).
 */
function quotedBounds(text: string, from: number, tokensEnd: number, floor: number): { start: number; end: number } | undefined {
  let open = from - 1;
  const low = Math.max(floor, from - SPAN_GAP);
  while (open >= low && !isQuoteCode(text.charCodeAt(open))) {
    if (isLineBreak(text.charCodeAt(open))) return undefined;
    open--;
  }
  if (open < low || escapedAt(text, open)) return undefined;
  const quote = text.charCodeAt(open);
  const high = Math.min(text.length, tokensEnd + SPAN_GAP);
  for (let close = tokensEnd; close < high; close++) {
    const code = text.charCodeAt(close);
    if (isLineBreak(code)) return undefined;
    if (code === quote && !escapedAt(text, close)) return { start: open + 1, end: close };
  }
  return undefined;
}
const isQuoteCode = (code: number): boolean => code === 39 || code === 34 || code === 96;
const isLineBreak = (code: number): boolean => code === 10 || code === 13;
/** Whether the character at `at` follows an odd number of backslashes. */
function escapedAt(text: string, at: number): boolean {
  let p = at;
  while (p > 0 && text.charCodeAt(p - 1) === 92) p--;
  return (at - p) % 2 === 1;
}

/** Whether [from, to) holds a raw binary character (then the span is bytes held as characters). */
function rawIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isRawBinaryCode(text.charCodeAt(i))) return true;
  return false;
}

/** Counts distinct byte values (U+FFFD as one more), up to MIN_SPAN_DISTINCT. */
function distinctValues(): { add(value: number): void; readonly size: number } {
  const seen = new Uint8Array(257);
  let size = 0;
  return {
    add(value: number): void {
      const index = value > 255 ? 256 : value;
      if (seen[index] === 0) {
        seen[index] = 1;
        size++;
      }
    },
    get size(): number {
      return size;
    },
  };
}

/** Where a span's glued bytes end: whitespace, a quote, a bracket, `,`, `;`, `=`, `:` or `<`/`>`. */
const isSpanStop = (code: number): boolean =>
  code === 32 || code === 9 || code === 10 || code === 13 || code === 34 || code === 39 || code === 96 || code === 40 || code === 41 || code === 91 || code === 93 || code === 123 || code === 125 || code === 44 || code === 59 || code === 61 || code === 58 || code === 60 || code === 62 || Number.isNaN(code);

/**
 * The bytes characters [from, to) spell, up to `limit`: escapes of the span's kind decoded
 * (`escape`: `%` for `%HH`, else a backslash for `\xHH`, octal, `\u00HH`, and one-letter ones
 * `\n`, `\r`, `\0`, ...); other characters below U+0100 one byte
 * each where the span holds raw binary characters (`raw`: bytes held as latin1), else below
 * U+0080; the rest their UTF-8 bytes. Binary bytes: raw binary characters, escaped control bytes,
 * and (when the bytes are no UTF-8 text) bytes from 0x80 escaped as `\x`, octal or `%`:
 * `caf\xc3\xa9`, `%E4%BD%A0` and JSON's `\u00e9` stay text.
 */
function decodeSpan(text: string, from: number, to: number, raw: boolean, escape: number, limit: number): { bytes: Buffer; binary: number; distinct: number } {
  const out = Buffer.allocUnsafe(Math.min((to - from) * 3, limit + 4));
  let length = 0;
  const seen = distinctValues();
  const highSeen = distinctValues();
  const highValues: number[] = [];
  let binary = 0;
  let high = 0;
  for (let i = from; i < to && length < limit; ) {
    const code = text.charCodeAt(i);
    if (code === escape) {
      const token = escapeAt(text, i);
      if (token >= 0) {
        const byte = token & 255;
        out[length++] = byte;
        if ((token & ESCAPE_CHAR) === 0 && byte >= 0x80) {
          high++;
          if (highSeen.size < MIN_SPAN_DISTINCT && highValues.length < 256) {
            highSeen.add(byte);
            highValues.push(byte);
          }
        } else if (isRawBinaryCode(byte)) {
          binary++;
          seen.add(byte);
        }
        i += token >> 9;
        continue;
      }
      const simple = code === 92 ? simpleEscapeAt(text, i) : -1;
      if (simple >= 0) {
        out[length++] = simple & 255;
        i += simple >> 9;
        continue;
      }
    }
    if (isRawBinaryCode(code)) {
      binary++;
      seen.add(code);
    }
    if (code < 128 || (raw && code < 256)) {
      out[length++] = code;
      i++;
    } else {
      length = utf8Into(text, i, to, out, length);
      i += pairAt(text, i, to) ? 2 : 1;
    }
  }
  const bytes = Buffer.from(out.subarray(0, Math.min(length, limit)));
  if (high > 0 && !isUtf8(bytes)) {
    binary += high;
    for (const byte of highValues) seen.add(byte);
  }
  return { bytes, binary, distinct: seen.size };
}

/** A surrogate pair at `i` (both halves before `to`). */
function pairAt(text: string, i: number, to: number): boolean {
  const code = text.charCodeAt(i);
  const low = text.charCodeAt(i + 1);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < to && low >= 0xdc00 && low <= 0xdfff;
}

/** Writes the UTF-8 bytes of the character at `i` (a pair: one character) into `out` at `at`; returns the new length. */
function utf8Into(text: string, i: number, to: number, out: Buffer, at: number): number {
  let code = text.charCodeAt(i);
  if (pairAt(text, i, to)) code = 0x10000 + ((code - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00);
  if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
  if (code < 0x80) out[at++] = code;
  else if (code < 0x800) {
    out[at++] = 0xc0 | (code >> 6);
    out[at++] = 0x80 | (code & 63);
  } else if (code < 0x10000) {
    out[at++] = 0xe0 | (code >> 12);
    out[at++] = 0x80 | ((code >> 6) & 63);
    out[at++] = 0x80 | (code & 63);
  } else {
    out[at++] = 0xf0 | (code >> 18);
    out[at++] = 0x80 | ((code >> 12) & 63);
    out[at++] = 0x80 | ((code >> 6) & 63);
    out[at++] = 0x80 | (code & 63);
  }
  return at;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Spaced hexadecimal from `from` (a run of two hex digits, or `0x` and two): byte pairs joined by
 * one kind of separator, whitespace (`89 50 4e 47`, a hex dump's lines), a comma and optional
 * whitespace (`0x89, 0x50`, a C array) or a colon (`89:50:4e`). Its end, and its bytes when it
 * is binary: MIN_SPACED_HEX_BYTES pairs or more with a hex letter among them (a list of
 * two-digit numbers has none; MAC addresses joined by `, ` are lists of six), or
 * MIN_SIGNED_BYTES or more starting with a media signature.
 */
function spacedHex(text: string, from: number): { end: number; bytes?: Buffer } {
  const n = text.length;
  let separator = 0; // 1 whitespace, 2 comma, 3 colon
  let p = from;
  let end = from;
  let count = 0;
  let letters = false;
  for (;;) {
    const digits = hexStart(text, p);
    if (hexPairAt(text, digits) < 0 || (digits + 2 < n && isRunCode(text.charCodeAt(digits + 2)))) break;
    if (isHexLetter(text.charCodeAt(digits)) || isHexLetter(text.charCodeAt(digits + 1))) letters = true;
    count++;
    end = digits + 2;
    // The separator: the same kind all along.
    let q = end;
    const code = text.charCodeAt(q);
    const kind = code === 44 ? 2 : code === 58 ? 3 : code === 32 || code === 9 || code === 10 || code === 13 ? 1 : 0;
    if (kind === 0 || (separator !== 0 && kind !== separator)) break;
    separator = kind;
    if (kind !== 1) q++;
    if (kind !== 3) q = spacesEnd(text, q);
    p = q;
  }
  if (count < MIN_SIGNED_BYTES) return { end };
  const bytes = (limit: number): Buffer => {
    const out = Buffer.allocUnsafe(Math.min(count, limit));
    for (let q = from, k = 0; k < out.length; k++) {
      const digits = hexStart(text, q);
      out[k] = hexPairAt(text, digits);
      q = digits + 2;
      while (q < end && !isHexCode(text.charCodeAt(q))) q++;
    }
    return out;
  };
  if ((count >= MIN_SPACED_HEX_BYTES && letters) || sniffMimeType(bytes(24)) !== undefined) return { end, bytes: bytes(count) };
  return { end };
}

/** `"type":"Buffer","data":[` (quotes escaped or not, spaces allowed) just before a list: Node's Buffer.toJSON. */
const BUFFER_JSON_BEFORE = /"type\\?"\s*:\s*\\?"Buffer\\?"\s*,\s*\\?"data\\?"\s*:\s*\[\s*$/;

/**
 * Most whitespace read between two items of a list of bytes (after a comma, or as the separator):
 * a line break and the indentation of pretty-printed JSON or source code (`JSON.stringify(…, null,
 * 2)` indents a Buffer's bytes by 6, a C array is often indented by 4 or 8). Was 3, so such a list
 * ended after its first line and the rest of the bytes was stored as it was (2026-12-03).
 */
const MAX_LIST_SPACES = 32;

const isSpaceCode = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13;

/** The end of the whitespace at `at` (at most MAX_LIST_SPACES characters). */
function spacesEnd(text: string, at: number): number {
  let q = at;
  while (q < at + MAX_LIST_SPACES && q < text.length && isSpaceCode(text.charCodeAt(q))) q++;
  return q;
}

/** Digits at `at` (up to `max`), as `(count << 24) | value`, or -1 when none. */
function digitsAt(text: string, at: number, max: number): number {
  let value = 0;
  let p = at;
  while (p < at + max && p < text.length) {
    const digit = text.charCodeAt(p) - 48;
    if (digit < 0 || digit > 9) break;
    value = value * 10 + digit;
    p++;
  }
  return p === at || (p < text.length && isDigit(text.charCodeAt(p))) ? -1 : ((p - at) << 24) | value;
}
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** The quote at `at` (`"`, or `\"` in an escaped string): its length, or 0. */
const quoteAt = (text: string, at: number): number => (text.charCodeAt(at) === 34 ? 1 : text.charCodeAt(at) === 92 && text.charCodeAt(at + 1) === 34 ? 2 : 0);

/**
 * Bytes written as decimal numbers from `from`: a list's items (`137,80,78,71,…`, `, ` too) or a
 * typed array's members (`"0":137,"1":80,…`, quotes escaped or not). Its range and, when it is
 * binary, its bytes: MIN_SIGNED_BYTES numbers or more, all bytes (0-255), whose first carry a
 * media signature of 24 bits or more, or any count right after `"type":"Buffer","data":[`. A list
 * of scores, counts or readings carries no signature and stays. `quote`: the quote the list's
 * JSON uses, when the list fills a JSON array or object (the marker then replaces it as a string).
 */
function byteList(text: string, from: number): { start: number; end: number; bytes?: Buffer; wrap?: string } {
  const n = text.length;
  const first = digitsAt(text, from, 7);
  const keyQuote = first < 0 ? 0 : quoteAt(text, from + (first >>> 24));
  const keyed = keyQuote > 0 && text.charCodeAt(from + (first >>> 24) + keyQuote) === 58 && quoteAt(text, from - keyQuote) === keyQuote;
  const start = keyed ? from - keyQuote : from;
  const head: number[] = [];
  let count = 0;
  let p = from;
  let end = from;
  for (;;) {
    let q = p;
    if (keyed) {
      const key = digitsAt(text, q, 7);
      if (key < 0 || quoteAt(text, q + (key >>> 24)) !== keyQuote || text.charCodeAt(q + (key >>> 24) + keyQuote) !== 58) break;
      q = spacesEnd(text, q + (key >>> 24) + keyQuote + 1);
    }
    const value = digitsAt(text, q, 3);
    if (value < 0 || (value & 0xffffff) > 255) break;
    if (head.length < 24) head.push(value & 0xffffff);
    count++;
    end = q + (value >>> 24);
    if (text.charCodeAt(end) !== 44) break;
    q = spacesEnd(text, end + 1);
    if (keyed) {
      if (quoteAt(text, q) !== keyQuote) break;
      q += keyQuote;
    }
    p = q;
  }
  const buffer = !keyed && BUFFER_JSON_BEFORE.test(text.slice(Math.max(0, start - 48), start));
  if (!buffer && (count < MIN_SIGNED_BYTES || sniffMimeType(Uint8Array.from(head), true) === undefined)) return { start, end };
  const bytes = Buffer.allocUnsafe(count);
  for (let k = 0, r = start + (keyed ? keyQuote : 0); k < count; k++) {
    if (keyed) r = spacesEnd(text, r + (digitsAt(text, r, 7) >>> 24) + keyQuote + 1);
    const value = digitsAt(text, r, 3);
    bytes[k] = value & 0xffffff;
    r += value >>> 24;
    r++;
    while (r < end && !isDigit(text.charCodeAt(r))) r++;
  }
  // A JSON array or object holding only the bytes (pretty-printed too): the marker replaces it as a JSON string.
  let left = start;
  while (left > 0 && start - left < MAX_LIST_SPACES && isSpaceCode(text.charCodeAt(left - 1))) left--;
  const right = spacesEnd(text, end);
  const open = text.charCodeAt(left - 1);
  const close = text.charCodeAt(right);
  if ((open === 91 && close === 93) || (open === 123 && close === 125 && keyed)) {
    // `\":` before the bracket, spaces allowed after the colon (`{\"b\": [137, …]}`): the quotes are escaped.
    const before = text.slice(Math.max(0, left - 4 - MAX_LIST_SPACES), left - 1).trimEnd();
    const wrap = keyed ? (keyQuote === 2 ? '\\"' : '"') : before.endsWith('\\":') ? '\\"' : '"';
    return { start: left - 1, end: right + 1, bytes, wrap };
  }
  return { start, end, bytes };
}

/** `%2B`, `%2F` or `%3D` at `at`: `+`, `/`, `=` percent-encoded (base64 in a URL's query), part of a base64 run. */
function isPercentBase64(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 37) return false;
  const first = text.charCodeAt(at + 1);
  const second = text.charCodeAt(at + 2) | 32;
  return (first === 50 && (second === 98 || second === 102)) || (first === 51 && second === 100);
}

/** The end of the base64 run from `from`: base64 characters, and `+`, `/`, `=` percent-encoded. */
function runEnd(text: string, from: number): number {
  let end = from;
  for (;;) {
    if (end < text.length && isRunCode(text.charCodeAt(end))) end++;
    else if (isPercentBase64(text, end)) end += 3;
    else return end;
  }
}

/**
 * Where the value in the run [from, to) starts: after its last `=` that is not trailing padding
 * (`img=iVBOR…`), or after the two hex digits of a `%XX` escape the run starts with (`%2CiVBOR…`,
 * the run starting at `2C`); `from` otherwise.
 */
function valueStart(text: string, from: number, to: number): number {
  let value = from;
  if (text.charCodeAt(from - 1) === 37 && hexPairAt(text, from) >= 0) value = from + 2;
  let last = to;
  while (last > value && text.charCodeAt(last - 1) === 61) last--;
  for (let i = last - 1; i >= value; i--) if (text.charCodeAt(i) === 61) return i + 1;
  return value;
}

/** A run with its percent-encoded `+`, `/`, `=` decoded. */
const unpercent = (run: string): string => (run.includes('%') ? run.replace(/%2B/gi, '+').replace(/%2F/gi, '/').replace(/%3D/gi, '=') : run);

/**
 * Whether a separator at `at` leads to a line that can continue a wrapped payload of `width`: as
 * wide, or, for lines of 128 or more, a shorter last one (a payload of MIN_TEXT_BASE64_CHARS in
 * narrower lines has three or more). Most words of prose fail here, before wrappedRuns.
 */
function nextLineFits(text: string, at: number, width: number): boolean {
  const separator = separatorAt(text, at);
  if (separator === 0) return false;
  let end = at + separator;
  const limit = end + width + 1;
  while (end < limit && end < text.length && isRunCode(text.charCodeAt(end))) end++;
  const length = end - at - separator;
  return length === width || (width >= 128 && length > 0 && length < width);
}

const isListSeparator = (code: number): boolean => code === 44 || code === 58 || code === 32 || code === 9 || code === 10 || code === 13;

/**
 * The marker for a wrapped payload in text, or undefined: MIN_TEXT_BASE64_CHARS payload
 * characters or more that carry a media signature (base64 or hex, lines or groups of any width
 * wrappedRuns takes), or base64 with both letter cases in lines MIN_WRAP_WIDTH or more and
 * OPAQUE_WRAP_WIDTH wide or with a `+` or `/` (a list of digests, one a line, is hex or padded on
 * every line; a list of ids has neither).
 */
function wrappedMarker(text: string, from: number, wrapped: Wrapped): string | undefined {
  if (wrapped.chars < MIN_TEXT_BASE64_CHARS) return undefined;
  const encoding = wrapped.hex ? 'hex' : undefined;
  const opaque = !wrapped.hex && wrapped.width >= MIN_WRAP_WIDTH && wrapped.mixedCase && (wrapped.width >= OPAQUE_WRAP_WIDTH || wrapped.plusSlash);
  // The signature first, on the first lines: the whole is decoded only when it is replaced.
  const mimeType = sniffMimeType(decodePayload(text.slice(from, Math.min(wrapped.end, from + 4 * (wrapped.width + wrapped.separator.length))), encoding, wrapped.separator).subarray(0, 24));
  if (mimeType === undefined && !opaque) return undefined;
  return marker(mimeType, decodePayload(text.slice(from, wrapped.end), encoding, wrapped.separator));
}

/** The end of a PEM private key block at `at` as the secret rules take it (detectors.ts detectPem), or `at` when it is none. */
function privateKeyEnd(text: string, at: number): number {
  const label = text.slice(at + 10, at + 55);
  const headerEnd = label.indexOf('-----');
  if (headerEnd === -1 || headerEnd > 40 || !label.slice(0, headerEnd).includes('PRIVATE KEY')) return at;
  const endMarker = text.indexOf('-----END', at + 15 + headerEnd);
  if (endMarker === -1) return text.length;
  const close = text.indexOf('-----', endMarker + 8);
  return close === -1 ? text.length : close + 5;
}

/** A hexadecimal run (an optional `0x`, then hex digits with both digits and letters) filling [from, to). */
function hexRun(text: string, from: number, to: number): boolean {
  let letters = 0;
  const start = hexStart(text, from);
  for (let i = start; i < to; i++) {
    const code = text.charCodeAt(i);
    if (!isHexCode(code)) return false;
    if (isHexLetter(code)) letters++;
  }
  return letters > 0 && letters < to - start;
}

/**
 * Free text with media inside: every `data:<type>;base64,…` URL (any length) and every base64
 * run of MIN_TEXT_BASE64_CHARS or more whose first bytes announce a media type becomes
 * `[MEDIA:<mime>,<bytes>,sha256:<hex>]`; any other base64 run of that length with both letter
 * cases (an opaque blob: no decodable part is kept either) becomes `[BLOB:<bytes>,sha256:<hex>]`.
 * Binary spelled otherwise is replaced the same way: a hexadecimal run of that length with both
 * digits and letters, spaced hexadecimal (spacedHex), and escaped or raw bytes (binarySpan).
 * One pass over the text. Returns undefined when nothing was replaced.
 */
export function mediaInText(text: string): string | undefined {
  if (text.length < 16) return undefined;
  let out = '';
  let cursor = 0;
  let i = 0;
  const n = text.length;
  // Where a span or list tried from an earlier start ended without being binary: not tried again
  // from inside it, so the pass stays linear.
  let spanTried = 0;
  let spacedTried = 0;
  let wrapTried = 0;
  let listTried = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (!isRunCode(code)) {
      // Escaped bytes (`\x89PNG\r\n…`, `%89PNG`, `\u0089PNG`) and bytes held as characters.
      if (i >= spanTried && (code === 92 || code === 37 ? escapeAt(text, i) >= 0 : isRawBinaryCode(code))) {
        const span = binarySpan(text, i, cursor);
        if (span.bytes !== undefined) {
          out += text.slice(cursor, span.start) + marker(span.mimeType, span.bytes);
          cursor = span.end;
          i = span.end;
          continue;
        }
        spanTried = span.end;
      }
      // A run may start with a percent-encoded `+`, `/` or `=`.
      if (code !== 37 || !isPercentBase64(text, i)) {
        i++;
        continue;
      }
    }
    // A PEM private key is the secret rules' (masked whole, with a typed pseudonym): left as is.
    if (code === 45 && text.startsWith('-----BEGIN', i)) {
      const end = privateKeyEnd(text, i);
      if (end > i) {
        i = end;
        continue;
      }
    }
    // `data:` URL: the prefix is not base64 (`:`, `;`, `,`), so it is handled on its own.
    if ((code === 100 || code === 68) && text.slice(i, i + 5).toLowerCase() === 'data:') {
      const url = DATA_URL.exec(text.slice(i, i + DATA_URL_HEAD));
      if (url) {
        const from = i + url[0].length;
        const end = runEnd(text, from);
        if (end - from >= 8) {
          const payload = unpercent(text.slice(from, end));
          const mimeType = url[1]?.toLowerCase() ?? sniffMimeType(Buffer.from(payload.slice(0, 32), 'base64')) ?? 'application/octet-stream';
          const { bytes, sha256 } = digest(payload);
          out += `${text.slice(cursor, i)}[MEDIA:${mimeType},${bytes},sha256:${sha256}]`;
          cursor = end;
          i = end;
          continue;
        }
      }
    }
    let end = runEnd(text, i);
    // Bytes as decimal numbers: `[137,80,78,71,…]`, `{"0":137,"1":80,…}`.
    if (i >= listTried && end - i <= 7 && isDigit(code)) {
      const next = text.charCodeAt(end);
      if (next === 44 || next === 34 || next === 92) {
        const list = byteList(text, i);
        if (list.bytes !== undefined) {
          const replaced = marker(sniffMimeType(list.bytes.subarray(0, 24)), list.bytes);
          out += text.slice(cursor, list.start) + (list.wrap === undefined ? replaced : `${list.wrap}${replaced}${list.wrap}`);
          cursor = list.end;
          i = list.end;
          continue;
        }
        listTried = list.end;
      }
    }
    // Spaced hexadecimal: `89 50 4e 47 …`, `0x89, 0x50, …`.
    if (i >= spacedTried && (end - i === 2 || (end - i === 4 && hexStart(text, i) === i + 2)) && hexPairAt(text, end - 2) >= 0 && isListSeparator(text.charCodeAt(end))) {
      const spaced = spacedHex(text, i);
      if (spaced.bytes !== undefined) {
        out += text.slice(cursor, i) + marker(sniffMimeType(spaced.bytes.subarray(0, 24)), spaced.bytes);
        cursor = spaced.end;
        i = spaced.end;
        continue;
      }
      spacedTried = spaced.end;
    }
    // Lines of one width (PEM, MIME, `\n` written out in an escaped string): one payload.
    if (i >= wrapTried && end - i >= MIN_GROUP_WIDTH && (end - i) % 4 === 0 && end < n && nextLineFits(text, end, end - i)) {
      const wrapped = wrappedRuns(text, i, end);
      if (wrapped !== undefined) {
        const replaced = wrappedMarker(text, i, wrapped);
        if (replaced !== undefined) {
          out += text.slice(cursor, i) + replaced;
          cursor = wrapped.end;
          i = wrapped.end;
          continue;
        }
        wrapTried = wrapped.end;
      }
    }
    if (end - i >= MIN_TEXT_BASE64_CHARS && hexRun(text, i, end)) {
      const bytes = Buffer.from(text.slice(hexStart(text, i), end), 'hex');
      out += text.slice(cursor, i) + marker(sniffMimeType(bytes.subarray(0, 24)), bytes);
      cursor = end;
      i = end;
      continue;
    }
    if (end - i >= MIN_TEXT_BASE64_CHARS) {
      // A run glued to a word on its left (`abc/…`) still counts: the run is what is masked.
      const runEnds = end;
      // The value of `name=<media>` (a query or form parameter) or of a percent-encoded data: URL
      // (`…%3Bbase64%2C<media>`): the media starts after the name or the escape.
      const value = valueStart(text, i, end);
      if (value > i && end - value >= MIN_TEXT_BASE64_CHARS) {
        const inner = unpercent(text.slice(value, end));
        const innerType = sniffMimeType(Buffer.from(inner.slice(0, 32), 'base64'));
        if (innerType !== undefined) {
          const { bytes, sha256 } = digest(inner);
          out += `${text.slice(cursor, value)}[MEDIA:${innerType},${bytes},sha256:${sha256}]`;
          cursor = end;
          i = end;
          continue;
        }
      }
      const payload = unpercent(text.slice(i, end));
      const mimeType = sniffMimeType(Buffer.from(payload.slice(0, 32), 'base64'));
      // A BLOB is one base64 value: `=` only as trailing padding (`NAME=ops_…` is an assignment,
      // left to the secret rules, which give it a typed pseudonym).
      const equals = payload.indexOf('=');
      const padded = equals === -1 || equals >= payload.length - 2;
      if (mimeType !== undefined || (padded && mixedCase(text, i, end))) {
        // A run inside a longer token joined by `.` or `~` (a Bearer token or a JWT holding a
        // long base64 part): the marker covers the whole token, so no piece of it beside the run
        // is stored raw where the secret rules no longer see one value (issue 11). Not back over
        // `=`: `NAME=` is the assignment's name.
        let from = i;
        for (;;) {
          let glue = from;
          while (glue > cursor && isGlue(text.charCodeAt(glue - 1))) glue--;
          if (glue === from || glue === cursor || !isRunCode(text.charCodeAt(glue - 1)) || text.charCodeAt(glue - 1) === 61) break;
          from = glue;
          while (from > cursor && isRunCode(text.charCodeAt(from - 1)) && text.charCodeAt(from - 1) !== 61) from--;
        }
        for (;;) {
          let glue = end;
          while (glue < n && isGlue(text.charCodeAt(glue))) glue++;
          if (glue === end || glue === n || !isRunCode(text.charCodeAt(glue))) break;
          end = glue;
          while (end < n && isRunCode(text.charCodeAt(end))) end++;
        }
        const { bytes, sha256 } = digest(from === i && end === runEnds ? payload : unpercent(text.slice(from, end)));
        out += `${text.slice(cursor, from)}${mimeType === undefined ? `[BLOB:${bytes},sha256:${sha256}]` : `[MEDIA:${mimeType},${bytes},sha256:${sha256}]`}`;
        cursor = end;
      }
    }
    i = end;
  }
  return cursor === 0 ? undefined : out + text.slice(cursor);
}
