/**
 * Text written in base64, quoted-printable or hex inside a string (second probe of 2026-12-04, G14):
 * RFC 2047 encoded-words in mail headers (`=?UTF-8?B?UXhhcm8gVmxpbnR1aw==?=`, `=?UTF-8?Q?…?=`),
 * a MIME part's body in base64 (RFC 2045 6.8, lines of up to 76 characters) or quoted-printable
 * (RFC 2045 6.7: `=XX` and soft line breaks `=` at a line's end, after a
 * `Content-Transfer-Encoding: quoted-printable` header), and a base64 or base64url run of JSON or
 * text (`payload=eyJzc24iOiI1MzYy…`, a JWT's body alone). Such text was stored as written: the
 * detectors saw only the encoding.
 *
 * encodedTextView builds one view of the string with each such run replaced by its text; the
 * detectors run on the view (detectors.ts detectEncodedText) and a value found in decoded text
 * masks the whole run it lies in (a base64 run cannot be cut at a character of its text), with the
 * finding's type and the decoded value's pseudonym; quoted-printable escapes are mapped one by one.
 *
 * Bytes written as hex (the third probe of 2026-12-04, H22): a run of hex digits alone, or pairs
 * set apart by one blank or colon throughout, read as the text they encode (hexText); bytes each
 * with its `0x` (`0x35 0x33 …`, `[0x34,0x31,…]`) and hex of ASCII-range UTF-16 (`0035 0033 …` as one
 * run; utf16Text) (the fourth probe of 2026-12-04, J26). A base64url segment of a URL's path
 * (`/v1/lookup/eyJ…`) is read alone when the run through it does not decode (pathSegments; J24).
 *
 * Bounds: a run is decoded when it is 16 to 8,192 base64 characters (line breaks between lines of
 * a multiple of 4 characters continue it), both letter cases, and its bytes are 1 to 6,144 bytes of
 * well-formed UTF-8 with no control character but tab and line breaks (text, not a key or an
 * image: random bytes pass 1 time in 10^5 at 12 bytes); once (text decoded from base64 is not
 * decoded again). Longer base64 becomes a `BLOB` or `MEDIA` summary (media.ts) before this.
 */

import { type TextView, TextViewWriter } from './internal/text-view.js';

/** A view of a string (internal/text-view.ts): changed[j] counts the first j units that were decoded. */
export type EncodedTextView = TextView;

/** Counted work, for the linearity tests. */
export interface EncodedWork {
  steps: number;
}

const MIN_RUN = 16;
const MAX_RUN = 8192;
const MAX_BYTES = 6144;

/**
 * Whether `text`, which holds a `=`, may hold an encoded-word or a quoted-printable body (cheap).
 * A base64 run is found by the caller's count of characters (detectors.ts detectText).
 */
export function mayHoldEncodedText(text: string): boolean {
  return text.includes('=?') || ((text.includes('ransfer-') || text.includes('RANSFER-')) && QP_HEADER.test(text)) || headerlessQp(text);
}
const QP_HEADER = /content-transfer-encoding:[ \t]*quoted-printable/i;
/** An escape of quoted-printable as encoders write it: `=` and two hex digits in capitals (`=3D`, `=C3=A9`, `=0A`). */
const QP_ESCAPE = /=[0-9A-F]{2}/;

/**
 * A quoted-printable text part without its header (a MIME part's body read alone; the open part of
 * L12 of the twelfth probe, 2026-12-05e: a value cut by a soft line break, `Raghu=\r\nnathan`, was
 * stored raw): a soft line break (`=` at a line's end after a character that is no blank and no `=`)
 * and either an escape in capitals elsewhere or a line of 60 to 76 characters before a soft break (the
 * length encoders fold at, RFC 2045 §6.7). Each `=` before a line break is looked at once, its line's
 * length from the line break before: linear.
 */
function headerlessQp(text: string): boolean {
  let soft = false;
  let fullLine = false;
  for (let at = text.indexOf('=\n'), crlf = text.indexOf('=\r\n'); at !== -1 || crlf !== -1; ) {
    const index = at === -1 ? crlf : crlf === -1 ? at : Math.min(at, crlf);
    const before = text.charCodeAt(index - 1);
    if (index > 0 && before !== 32 && before !== 9 && before !== 61 && before !== 10 && before !== 13) {
      soft = true;
      const lineStart = text.lastIndexOf('\n', index - 1) + 1;
      const length = index + 1 - lineStart;
      if (length >= 60 && length <= 76) fullLine = true;
      if (fullLine) break;
    }
    if (index === at) at = text.indexOf('=\n', at + 1);
    else crlf = text.indexOf('=\r\n', crlf + 1);
  }
  return soft && (fullLine || QP_ESCAPE.test(text));
}
/** An RFC 2047 encoded-word: charset (a language after `*`, RFC 2231), B or Q, the encoded text. */
const ENCODED_WORD = /=\?([A-Za-z0-9!#$%&'+^_`{}~-]{1,40})(?:\*[A-Za-z0-9-]{1,20})?\?([BbQq])\?([^?\s]{0,1024})\?=/y;

const B64 = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) B64['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(i)] = i;
B64[45] = 62; // '-' (base64url)
B64[95] = 63; // '_'
const isB64 = (code: number): boolean => code < 128 && (B64[code] as number) >= 0;
const isHex = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);

/** Decodes base64 characters (no padding, no breaks) to bytes; undefined when the length cannot be base64. */
function base64Bytes(chars: string): Uint8Array | undefined {
  if (chars.length % 4 === 1) return undefined;
  const bytes = new Uint8Array(Math.floor((chars.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let j = 0;
  for (let i = 0; i < chars.length; i++) {
    value = (value << 6) | (B64[chars.charCodeAt(i)] as number);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[j++] = (value >> bits) & 0xff;
    }
  }
  return bytes.subarray(0, j);
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Whether `bytes` may be text for asText read as UTF-8: false when they are not well-formed UTF-8
 * (the Unicode Standard's Table 3-7 of well-formed byte sequences: a lead byte C2-F4, then the
 * continuation bytes its row allows) or when they hold what asText refuses in the decoded text: a
 * control character but tab and line breaks (a byte 00-1F or 7F: in UTF-8 a byte under 80 is always
 * a character of its own; C2 80-C2 9F, the C1 controls) or U+FFFD (EF BF BD). Exact as a no: a
 * false here is an undefined of asText, whose fatal decoder would throw or whose scan would refuse;
 * a true decides nothing (asText decodes and checks as before). Random bytes (a trace id's hex, an
 * id's base64 read as bytes) fail within a few bytes here, where the decoder's throw cost about a
 * microsecond each (2026-12-06, issue 19).
 */
function mayBeUtf8Text(bytes: Uint8Array): boolean {
  const n = bytes.length;
  for (let i = 0; i < n; ) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      if (lead < 0x20 ? lead !== 9 && lead !== 10 && lead !== 13 : lead === 0x7f) return false;
      i++;
      continue;
    }
    // The row of Table 3-7: how many continuation bytes follow, and the range of the first.
    let more: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
      more = 1;
      if (lead === 0xc2) low = 0xa0; // C2 80-9F: the C1 controls, refused by asText
    } else if (lead >= 0xe0 && lead <= 0xef) {
      more = 2;
      if (lead === 0xe0) low = 0xa0;
      else if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      more = 3;
      if (lead === 0xf0) low = 0x90;
      else if (lead === 0xf4) high = 0x8f;
    } else return false;
    if (i + more >= n) return false;
    const first = bytes[i + 1] as number;
    if (first < low || first > high) return false;
    for (let k = 2; k <= more; k++) {
      const next = bytes[i + k] as number;
      if (next < 0x80 || next > 0xbf) return false;
    }
    // U+FFFD (EF BF BD), the replacement character: refused by asText.
    if (lead === 0xef && first === 0xbf && bytes[i + 2] === 0xbd) return false;
    i += more + 1;
  }
  return true;
}

/** The bytes as text when they are well-formed UTF-8 (or `charset`) with no control character but tab and line breaks. */
function asText(bytes: Uint8Array, charset = 'utf-8'): string | undefined {
  if (bytes.length === 0 || bytes.length > MAX_BYTES) return undefined;
  let text: string;
  try {
    const name = charset.toLowerCase();
    const utf8 = name === 'utf-8' || name === 'utf8' || name === 'us-ascii';
    if (utf8 && !mayBeUtf8Text(bytes)) return undefined;
    text = utf8 ? UTF8.decode(bytes) : new TextDecoder(name, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || (code >= 0x7f && code <= 0x9f) || code === 0xfffd) return undefined;
  }
  return text;
}

/** Decodes an encoded-word's text (B: base64; Q: `_` a space, `=XX` a byte). */
function decodeWord(charset: string, encoding: string, encoded: string): string | undefined {
  if (encoding === 'B' || encoding === 'b') {
    const body = encoded.replace(/=+$/, '');
    for (let i = 0; i < body.length; i++) if (!isB64(body.charCodeAt(i))) return undefined;
    const bytes = base64Bytes(body);
    return bytes === undefined ? undefined : asText(bytes, charset);
  }
  const bytes: number[] = [];
  for (let i = 0; i < encoded.length; i++) {
    const code = encoded.charCodeAt(i);
    if (code === 61 && isHex(encoded.charCodeAt(i + 1)) && isHex(encoded.charCodeAt(i + 2))) {
      bytes.push(parseInt(encoded.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (code === 95) bytes.push(32);
    else if (code < 128) bytes.push(code);
    else return undefined;
  }
  return asText(Uint8Array.from(bytes), charset);
}

/**
 * Bytes written as hex digits (the third probe of 2026-12-04, H22: debug logs, hexdumps and wire
 * traces: `payload hex: 3533362d32322d38353134`, `0x3533…`, `35 33 36 2d …`, `35:33:36:2d:…`):
 * 8 to 6,144 bytes, an even number of digits, one letter case, that are text by asText (random
 * bytes such as a SHA-256 or a trace id fail it: a byte under 0x20 or a malformed UTF-8 sequence).
 */
function hexText(digits: string): string | undefined {
  if (digits.length < 16 || digits.length % 2 !== 0 || digits.length > MAX_BYTES * 2) return undefined;
  let upper = false;
  let lower = false;
  for (let i = 0; i < digits.length; i++) {
    const code = digits.charCodeAt(i);
    if (!isHex(code)) return undefined;
    if (code >= 65 && code <= 70) upper = true;
    else if (code >= 97) lower = true;
  }
  if (upper && lower) return undefined;
  const bytes = new Uint8Array(digits.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(digits.slice(i * 2, i * 2 + 2), 16);
  return asText(bytes) ?? utf16Text(bytes);
}

/**
 * Bytes of UTF-16 text in the ASCII and Latin-1 range (`0035003300360032…`, big-endian, or
 * `3500330036003200…`, little-endian; the fourth probe of 2026-12-04, J26: a UTF-16 hex dump stored
 * raw): every other byte zero and none of the others; their text by asText (read as UTF-8, so
 * ASCII), or undefined. UTF-16 of other scripts (no zero bytes) is not read.
 */
function utf16Text(bytes: Uint8Array): string | undefined {
  if (bytes.length < 8 || bytes.length % 2 !== 0) return undefined;
  const high = bytes[0] === 0 ? 0 : 1;
  const low = new Uint8Array(bytes.length / 2);
  for (let i = 0; i < low.length; i++) {
    if (bytes[i * 2 + high] !== 0 || bytes[i * 2 + 1 - high] === 0) return undefined;
    low[i] = bytes[i * 2 + 1 - high] as number;
  }
  return asText(low);
}

/** A base64 match that is hex digits alone, after an optional `0x`: its text (hexText). */
function hexRunText(run: string): string | undefined {
  return hexText(run.charCodeAt(0) === 48 && (run.charCodeAt(1) === 120 || run.charCodeAt(1) === 88) ? run.slice(2) : run);
}

/** Eight hex pairs or more, each set apart by a blank or a colon (the same one throughout: checked by the reader). */
const HEX_PAIRS = /(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{2}[ :]){7,6143}[0-9A-Fa-f]{2}(?![0-9A-Fa-f:])/g;
const HEX_PAIRS_CUE = /[0-9A-Fa-f]{2}[ :][0-9A-Fa-f]{2}[ :][0-9A-Fa-f]{2}[ :][0-9A-Fa-f]{2}[ :][0-9A-Fa-f]{2}[ :][0-9A-Fa-f]{2}[ :][0-9A-Fa-f]{2}[ :][0-9A-Fa-f]{2}/;

/**
 * Whether `text` may hold eight hex pairs set apart by blanks or colons (one native scan): the
 * caller's gate for encodedTextView where no base64 run or `=` asks for it (detectors.ts).
 */
export function mayHoldHexPairs(text: string): boolean {
  return HEX_PAIRS_CUE.test(text) || mayHoldPrefixedHex(text);
}

/**
 * Eight bytes or more written each with its `0x` (`0x35 0x33 0x36 …`, an array `[0x34,0x31,…]`,
 * C's `{0x34, 0x31, …}`; the fourth probe of 2026-12-04, J26): set apart by a blank, or a comma and
 * an optional blank.
 */
const HEX_PREFIXED = /(?<![0-9A-Za-z])0[xX][0-9A-Fa-f]{2}(?:(?:,[ \t]?|[ \t])0[xX][0-9A-Fa-f]{2}){7,6143}(?![0-9A-Za-z])/g;
const HEX_PREFIXED_CUE = /0[xX][0-9A-Fa-f]{2}(?:,[ \t]?|[ \t])0[xX][0-9A-Fa-f]{2}(?:,[ \t]?|[ \t])0[xX][0-9A-Fa-f]{2}/;
const HEX_PREFIX_AND_SEPARATOR = /0[xX]|[, \t]/g;
/** Whether `text` may hold bytes written each with its `0x` (an indexOf, then one native scan). */
function mayHoldPrefixedHex(text: string): boolean {
  return (text.includes('0x') || text.includes('0X')) && HEX_PREFIXED_CUE.test(text);
}

/**
 * Whether a run of `text` that BASE64_RUN finds may decode (encodedTextView): false when `text` holds
 * no `/`, not both letter cases, and no run of 16 base64 characters or more that is hex digits
 * (and `x`) alone. Exact as a no for the runs: a run decodes as base64 only with both letter cases
 * (base64Run, segmentText), a path's segments are read only in a run holding `/` (pathSegments), and
 * hex is read only from a run of hex digits after an optional `0x` (hexRunText). Fresh ids (`call_0000ubk1`
 * and a round's digits, a ULID in capitals, `sess-…`) are such texts: one pass here, where the view's
 * regex, slices and checks cost a few microseconds (issue 19). The caller asks the view anyway for
 * a text with `=` (encoded-words, quoted-printable) or hex pairs (mayHoldHexPairs).
 */
export function mayHoldDecodableRun(text: string): boolean {
  let upper = false;
  let lower = false;
  let run = 0;
  let hexRun = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 47) return true;
    if (code < 128 && (B64[code] as number) >= 0) {
      if (code >= 65 && code <= 90) upper = true;
      else if (code >= 97 && code <= 122) lower = true;
      if (upper && lower) return true;
      if (!isHex(code) && code !== 120 && code !== 88) hexRun = false;
      run++;
    } else {
      if (run >= MIN_RUN && hexRun) return true;
      run = 0;
      hexRun = true;
    }
  }
  return run >= MIN_RUN && hexRun;
}

/** 16 base64 characters or more from a run's start: the runs base64Run reads. */
const BASE64_RUN = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{16,}/g;

/**
 * The view of `text` with its encoded runs decoded (see the module comment), or undefined when it
 * holds none. The runs are found first (natively, by BASE64_RUN and indexOf), and the view is built
 * only when one of them decodes to text; each character is read by at most one run's scan.
 */
export function encodedTextView(text: string, work?: EncodedWork): EncodedTextView | undefined {
  const pieces: Array<[from: number, to: number, decoded: string]> = [];
  for (let at = text.indexOf('=?'); at !== -1; ) {
    const words = encodedWords(text, at, work);
    if (words !== undefined) pieces.push([at, words[1], words[0]]);
    at = text.indexOf('=?', words === undefined ? at + 2 : words[1]);
  }
  BASE64_RUN.lastIndex = 0;
  for (let match = BASE64_RUN.exec(text); match !== null; match = BASE64_RUN.exec(text)) {
    if (work !== undefined) work.steps += match[0].length;
    // A run of hex digits alone (`3533362d…`, `0x3533…`) is bytes written as hex, not base64.
    const hexText = hexRunText(match[0]);
    if (hexText !== undefined) {
      pieces.push([match.index, match.index + match[0].length, hexText]);
      continue;
    }
    const run = base64Run(text, match.index, work);
    if (run.text !== undefined) pieces.push([match.index, run.end, run.text]);
    else if (match[0].includes('/')) pathSegments(match[0], match.index, pieces, work);
    BASE64_RUN.lastIndex = Math.max(run.end, match.index + match[0].length);
  }
  // Hex pairs set apart by one blank or one colon throughout (`35 33 36 2d …`, `35:33:36:…`).
  if (mayHoldHexPairs(text)) {
    HEX_PAIRS.lastIndex = 0;
    for (let match = HEX_PAIRS.exec(text); match !== null; match = HEX_PAIRS.exec(text)) {
      if (work !== undefined) work.steps += match[0].length;
      const separator = match[0][2] as string;
      let pairs = '';
      for (let i = 0; i < match[0].length; i += 3) {
        if (i > 0 && match[0][i - 1] !== separator) {
          pairs = '';
          break;
        }
        pairs += match[0].slice(i, i + 2);
      }
      const decoded = pairs === '' ? undefined : hexText(pairs);
      if (decoded !== undefined) pieces.push([match.index, match.index + match[0].length, decoded]);
    }
  }
  // Bytes written each with its `0x` (`0x35 0x33 …`, `[0x34,0x31,…]`).
  if (mayHoldPrefixedHex(text)) {
    HEX_PREFIXED.lastIndex = 0;
    for (let match = HEX_PREFIXED.exec(text); match !== null; match = HEX_PREFIXED.exec(text)) {
      if (work !== undefined) work.steps += match[0].length;
      const pairs = match[0].replace(HEX_PREFIX_AND_SEPARATOR, '');
      const decoded = hexText(pairs);
      if (decoded !== undefined) pieces.push([match.index, match.index + match[0].length, decoded]);
    }
  }
  // Quoted-printable after its header: escapes decoded together (a character's UTF-8 bytes), soft breaks dropped.
  const qp = text.includes('ransfer-') || text.includes('RANSFER-') ? QP_HEADER.exec(text) : null;
  const qpFrom = qp !== null ? qp.index + qp[0].length : headerlessQp(text) ? 0 : -1;
  if (qpFrom !== -1) {
    for (let at = text.indexOf('=', qpFrom); at !== -1; ) {
      if (work !== undefined) work.steps++;
      const escapes = qpEscapes(text, at);
      if (escapes !== undefined) pieces.push([at, escapes[1], escapes[0]]);
      at = text.indexOf('=', escapes === undefined ? at + 1 : escapes[1]);
    }
  }
  if (pieces.length === 0) return undefined;
  // Earliest first; a run inside another (base64 inside an encoded-word) is the other's.
  pieces.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const length = text.length;
  let size = length;
  for (const piece of pieces) size += piece[2].length;
  const view = new TextViewWriter(size);
  let index = 0;
  for (const [from, to, decoded] of pieces) {
    if (from < index) continue;
    for (; index < from; index++) view.emit(text[index] as string, index, index + 1, false);
    for (let k = 0; k < decoded.length; k++) view.emit(decoded[k] as string, from, to, true);
    index = to;
  }
  for (; index < length; index++) view.emit(text[index] as string, index, index + 1, false);
  return view.finish();
}

/**
 * The segments of a base64 match that does not decode whole and holds `/`, each read alone: a
 * URL's path with a base64url segment (`/v1/lookup/eyJzc24iOi…?x=1`, `/r/eyJkb2Ii…`; the fourth
 * probe of 2026-12-04, J24: the run from the host's last label through the segment decoded to
 * nothing, so the segment was stored raw). A segment is read as a base64 run (16 to 8,192
 * characters, both letter cases, text by asText) or as hex digits (hexRunText).
 */
function pathSegments(run: string, at: number, pieces: Array<[from: number, to: number, decoded: string]>, work: EncodedWork | undefined): void {
  let from = 0;
  for (let slash = run.indexOf('/'); from <= run.length; slash = run.indexOf('/', from)) {
    const to = slash === -1 ? run.length : slash;
    if (to - from >= MIN_RUN && to - from <= MAX_RUN) {
      const segment = run.slice(from, to);
      if (work !== undefined) work.steps += segment.length;
      const decoded = hexRunText(segment) ?? segmentText(segment);
      if (decoded !== undefined) pieces.push([at + from, at + to, decoded]);
    }
    if (slash === -1) break;
    from = slash + 1;
  }
}

/** A base64 segment's text: both letter cases, decoded to text by asText; or undefined. */
function segmentText(segment: string): string | undefined {
  let upper = false;
  let lower = false;
  for (let i = 0; i < segment.length; i++) {
    const code = segment.charCodeAt(i);
    if (code >= 65 && code <= 90) upper = true;
    else if (code >= 97 && code <= 122) lower = true;
  }
  if (!upper || !lower) return undefined;
  const bytes = base64Bytes(segment);
  return bytes === undefined ? undefined : asText(bytes);
}

/** The decoded text of the encoded-words from `at` (joined over blanks) and where they end, or undefined. */
function encodedWords(text: string, at: number, work: EncodedWork | undefined): [string, number] | undefined {
  let joined = '';
  let end = at;
  let next = at;
  for (;;) {
    ENCODED_WORD.lastIndex = next;
    const word = ENCODED_WORD.exec(text);
    if (word === null) break;
    if (work !== undefined) work.steps += word[0].length;
    const decodedWord = decodeWord(word[1] as string, word[2] as string, word[3] as string);
    if (decodedWord === undefined) break;
    joined += decodedWord;
    end = next + word[0].length;
    next = end;
    while (next < text.length && (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9 || text.charCodeAt(next) === 13 || text.charCodeAt(next) === 10)) next++;
    if (work !== undefined) work.steps += next - end;
  }
  return end === at ? undefined : [joined, end];
}

/** Quoted-printable escapes from `at` (`=XX` and soft breaks): their text and end, or undefined. */
function qpEscapes(text: string, at: number): [string, number] | undefined {
  const bytes: number[] = [];
  let i = at;
  while (text.charCodeAt(i) === 61) {
    if (isHex(text.charCodeAt(i + 1)) && isHex(text.charCodeAt(i + 2))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 3;
    } else if (text.charCodeAt(i + 1) === 10) i += 2;
    else if (text.charCodeAt(i + 1) === 13 && text.charCodeAt(i + 2) === 10) i += 3;
    else break;
  }
  if (i === at) return undefined;
  if (bytes.length === 0) return ['', i];
  return [new TextDecoder('utf-8').decode(Uint8Array.from(bytes)), i];
}

/**
 * The base64 run from `at`: base64 characters, then `=` padding; a line break continues it when
 * the line so far holds a multiple of 4 characters (16 or more) and no padding. Its text when the
 * run is within the bounds and decodes to text; `end` is where the scan stopped either way.
 */
function base64Run(text: string, at: number, work: EncodedWork | undefined): { end: number; text?: string } {
  const length = text.length;
  let i = at;
  let chars = '';
  let upper = false;
  let lower = false;
  let end = at;
  for (;;) {
    const line = i;
    while (i < length && isB64(text.charCodeAt(i))) {
      const code = text.charCodeAt(i);
      if (code >= 65 && code <= 90) upper = true;
      else if (code >= 97 && code <= 122) lower = true;
      i++;
    }
    if (work !== undefined) work.steps += i - line;
    if (chars.length <= MAX_RUN) chars += text.slice(line, Math.min(i, line + MAX_RUN + 1));
    end = i;
    let padding = 0;
    while (padding < 2 && text.charCodeAt(end) === 61) {
      padding++;
      end++;
    }
    // `=` glued to more base64 is a parameter's `name=value`: the run ends before it.
    if (padding > 0 && end < length && isB64(text.charCodeAt(end))) {
      end = i;
      padding = 0;
    }
    const lineLength = i - line;
    if (padding > 0 || lineLength < MIN_RUN || lineLength % 4 !== 0) break;
    let next = end;
    if (text.charCodeAt(next) === 13) next++;
    if (text.charCodeAt(next) !== 10) break;
    next++;
    if (next >= length || !isB64(text.charCodeAt(next))) break;
    i = next;
  }
  // Not decoded: the scan resumes at its last base64 character (a `=` after it may be quoted-printable's).
  if (chars.length < MIN_RUN || chars.length > MAX_RUN || !upper || !lower) return { end: i };
  const bytes = base64Bytes(chars);
  const decodedText = bytes === undefined ? undefined : asText(bytes);
  return decodedText === undefined ? { end: i } : { end, text: decodedText };
}
