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
  base64: string;
}

/** Members whose long base64 string is media: MCP `data`/`blob`, AI SDK `image`/`data`, OpenAI `b64_json`, Bedrock `bytes`, ... */
const MEDIA_KEYS = new Set(['data', 'blob', 'image', 'audio', 'video', 'file', 'bytes', 'base64', 'b64', 'b64_json', 'image_base64', 'audio_base64', 'file_data', 'filedata', 'inline_data']);
/** Sibling members that name the payload's type. */
const MIME_KEYS = ['mimeType', 'mediaType', 'mime_type', 'media_type', 'contentType', 'content_type'] as const;
/** Shortest string under a media key that counts as media without other evidence (96 base64 chars = 72 bytes). */
const MIN_BASE64_CHARS = 96;
const MIME_SHAPE = /^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,63}\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,63}$/;
const DATA_URL = /^data:([A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,63}\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,63})?((?:;[A-Za-z0-9._-]{1,32}=[^;,]{0,64}){0,4});base64,/i;

const isBase64Code = (code: number): boolean =>
  (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 43 || code === 47 || code === 61 || code === 45 || code === 95 || code === 10 || code === 13;

/**
 * Whether a string looks like a base64 payload: base64 (or base64url) characters only, checked
 * on its first 512 and last 64 characters, so the cost does not grow with the payload. A text
 * that starts like base64 and hides prose further in is treated as media, the safe direction
 * (it is summarized, not stored).
 */
function looksBase64(value: string, minChars: number): boolean {
  if (value.length < minChars) return false;
  const head = Math.min(value.length, 512);
  for (let i = 0; i < head; i++) if (!isBase64Code(value.charCodeAt(i))) return false;
  for (let i = Math.max(head, value.length - 64); i < value.length; i++) if (!isBase64Code(value.charCodeAt(i))) return false;
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

/** The type a payload's first bytes announce, for the common media formats; undefined when unknown. */
export function sniffMimeType(head: Uint8Array): string | undefined {
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
  if (ascii(0, 'ID3') || (at(0) === 0xff && (at(1) & 0xe0) === 0xe0)) return 'audio/mpeg';
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
 * `data` of an MCP `image`/`audio` block, or a long base64 string under a media key. Returns
 * undefined when the string is ordinary text. The digest is left to `completeMedia()`.
 */
export function mediaFromString(value: string, key: string | undefined, parent: Record<string, unknown> | undefined, pending: PendingMedia[]): MediaSummary | undefined {
  if (value.length > 5 && (value.charCodeAt(0) === 100 || value.charCodeAt(0) === 68) && value.slice(0, 5).toLowerCase() === 'data:') {
    const url = DATA_URL.exec(value.slice(0, 256));
    if (url) {
      const payload = value.slice(url[0].length);
      return pendingSummary(payload, url[1] ?? declaredMime(parent), pending);
    }
  }
  if (key === undefined) return sniffedMedia(value, parent, pending);
  const lower = key.length <= 16 ? key.toLowerCase() : key;
  if (!MEDIA_KEYS.has(lower)) return sniffedMedia(value, parent, pending);
  let kind: unknown;
  try {
    kind = parent?.['type'];
  } catch {
    kind = undefined;
  }
  // MCP blobs, MCP image/audio data and AI SDK file parts are base64 by definition, whatever their length.
  const definite = lower === 'blob' || (lower === 'data' && (kind === 'image' || kind === 'audio' || kind === 'file'));
  if (!looksBase64(value, definite ? 1 : MIN_BASE64_CHARS)) return undefined;
  return pendingSummary(value, declaredMime(parent), pending);
}

/** Under any other key (`screenshot`, `png`, an array item): a long base64 string whose first bytes announce a media type. */
function sniffedMedia(value: string, parent: Record<string, unknown> | undefined, pending: PendingMedia[]): MediaSummary | undefined {
  if (value.length < MIN_TEXT_BASE64_CHARS || !looksBase64(value, MIN_TEXT_BASE64_CHARS)) return undefined;
  if (sniffMimeType(Buffer.from(value.slice(0, 32), 'base64')) === undefined) return undefined;
  return pendingSummary(value, declaredMime(parent), pending);
}

function pendingSummary(base64: string, declared: unknown, pending: PendingMedia[]): MediaSummary {
  const summary = { mimeType: mimeOf(declared, () => Buffer.from(base64.slice(0, 32), 'base64')), bytes: decodedLength(base64), sha256: '' };
  pending.push({ summary, base64 });
  return summary;
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
    const bytes = Buffer.from(item.base64, 'base64');
    item.summary.bytes = bytes.byteLength;
    item.summary.sha256 = createHash('sha256').update(bytes).digest('hex');
  }
}

/** The summary as a JSON value of the event. */
export function mediaJson(summary: MediaSummary): JsonValue {
  return summary as unknown as JsonValue;
}

// ------------------------------------------------------------------ media and blobs inside text
/** Shortest base64 run, anywhere in a string, that is checked for media (issue 11). */
export const MIN_TEXT_BASE64_CHARS = 256;
const DATA_URL_IN_TEXT = /^data:([A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,63}\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,63})?((?:;[A-Za-z0-9._-]{1,32}=[^;,]{0,64}){0,4});base64,/i;
const isRunCode = (code: number): boolean => isBase64Code(code) && code !== 10 && code !== 13;
/** `.` and `~`: inside a token (`Bearer a~b`, `header.payload.signature`), not base64. */
const isGlue = (code: number): boolean => code === 46 || code === 126;

function digest(base64: string): { bytes: number; sha256: string } {
  const bytes = Buffer.from(base64, 'base64');
  return { bytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
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
 * A whole string that is a long base64 payload whose first bytes announce a media type (PNG,
 * JPEG, GIF, WebP, WAV, PDF, MP3, Ogg, FLAC, MP4, WebM, ZIP), under any key or none: its summary,
 * hashed now. Undefined otherwise.
 */
export function mediaFromBase64String(value: string): MediaSummary | undefined {
  if (value.length < MIN_TEXT_BASE64_CHARS || !looksBase64(value, MIN_TEXT_BASE64_CHARS)) return undefined;
  const mimeType = sniffMimeType(Buffer.from(value.slice(0, 32), 'base64'));
  if (mimeType === undefined) return undefined;
  return { mimeType, ...digest(value) };
}

/**
 * Free text with media inside: every `data:<type>;base64,…` URL (any length) and every base64
 * run of MIN_TEXT_BASE64_CHARS or more whose first bytes announce a media type becomes
 * `[MEDIA:<mime>,<bytes>,sha256:<hex>]`; any other base64 run of that length with both letter
 * cases (an opaque blob: no decodable part is kept either) becomes `[BLOB:<bytes>,sha256:<hex>]`.
 * One pass over the text. Returns undefined when nothing was replaced.
 */
export function mediaInText(text: string): string | undefined {
  if (text.length < 16) return undefined;
  let out = '';
  let cursor = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    // `data:` URL: the prefix is not base64 (`:`, `;`, `,`), so it is handled on its own.
    if ((code === 100 || code === 68) && text.slice(i, i + 5).toLowerCase() === 'data:') {
      const url = DATA_URL_IN_TEXT.exec(text.slice(i, i + 256));
      if (url) {
        const from = i + url[0].length;
        let end = from;
        while (end < n && isRunCode(text.charCodeAt(end))) end++;
        if (end - from >= 8) {
          const payload = text.slice(from, end);
          const mimeType = url[1]?.toLowerCase() ?? sniffMimeType(Buffer.from(payload.slice(0, 32), 'base64')) ?? 'application/octet-stream';
          const { bytes, sha256 } = digest(payload);
          out += `${text.slice(cursor, i)}[MEDIA:${mimeType},${bytes},sha256:${sha256}]`;
          cursor = end;
          i = end;
          continue;
        }
      }
    }
    if (!isRunCode(code)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && isRunCode(text.charCodeAt(end))) end++;
    if (end - i >= MIN_TEXT_BASE64_CHARS) {
      // A run glued to a word on its left (`abc/…`) still counts: the run is what is masked.
      const payload = text.slice(i, end);
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
        const { bytes, sha256 } = digest(from === i && end === i + payload.length ? payload : text.slice(from, end));
        out += `${text.slice(cursor, from)}${mimeType === undefined ? `[BLOB:${bytes},sha256:${sha256}]` : `[MEDIA:${mimeType},${bytes},sha256:${sha256}]`}`;
        cursor = end;
      }
    }
    i = end;
  }
  return cursor === 0 ? undefined : out + text.slice(cursor);
}
