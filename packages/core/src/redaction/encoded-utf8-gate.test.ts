import { describe, expect, it } from 'vitest';
import { encodedTextView } from './encoded-text.js';

// encoded-text.ts mayBeUtf8Text (issue 19): decoded bytes are refused before the fatal decoder is
// asked when they cannot be text for asText (ill-formed UTF-8 by the Unicode Standard's Table 3-7, a
// control character, U+FFFD). The gate must refuse exactly what the decoder and asText's scan refuse:
// each row's boundary on both sides, then random bytes against the decoder itself.
const UTF8 = new TextDecoder('utf-8', { fatal: true });
/** What asText answered before the gate: the decoder's text, unless it throws or holds a refused character. */
function reference(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return undefined;
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || (code >= 0x7f && code <= 0x9f) || code === 0xfffd) return undefined;
  }
  return text;
}
/** The text encodedTextView reads from `bytes` written as one run of hex digits, or undefined. */
function viewOf(bytes: number[]): string | undefined {
  const hex = Buffer.from(bytes).toString('hex');
  const view = encodedTextView(`x ${hex} y`);
  return view === undefined ? undefined : view.text.slice(2, -2);
}
// Eight ASCII letters around the bytes under test: a hex run is read from 8 bytes on.
const around = (bytes: number[]): number[] => [0x61, 0x62, 0x63, 0x64, ...bytes, 0x65, 0x66, 0x67, 0x68];

describe('UTF-8 refused before decoding (mayBeUtf8Text)', () => {
  it.each([
    ['C2 A0 (no-break space) read; C2 9F (a C1 control) and C1 BF (overlong) refused', [0xc2, 0xa0], [[0xc2, 0x9f], [0xc1, 0xbf]]],
    ['DF BF read; DF C0 and a lone continuation byte refused', [0xdf, 0xbf], [[0xdf, 0xc0], [0x80]]],
    ['E0 A0 80 read; E0 9F BF (overlong) refused', [0xe0, 0xa0, 0x80], [[0xe0, 0x9f, 0xbf]]],
    ['ED 9F BF read; ED A0 80 (a surrogate) refused', [0xed, 0x9f, 0xbf], [[0xed, 0xa0, 0x80]]],
    ['EF BF BC read; EF BF BD (U+FFFD) refused', [0xef, 0xbf, 0xbc], [[0xef, 0xbf, 0xbd]]],
    ['F0 90 80 80 read; F0 8F BF BF (overlong) refused', [0xf0, 0x90, 0x80, 0x80], [[0xf0, 0x8f, 0xbf, 0xbf]]],
    ['F4 8F BF BF read; F4 90 80 80 (past U+10FFFF) and F5 80 80 80 refused', [0xf4, 0x8f, 0xbf, 0xbf], [[0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80]]],
    ['tab, line feed and carriage return read; 1F, 7F and 00 refused', [0x09, 0x0a, 0x0d, 0x7e], [[0x1f], [0x7f], [0x00, 0x41]]],
  ])('%s', (_, read, refused) => {
    expect(viewOf(around(read))).toBe(reference(Uint8Array.from(around(read))));
    expect(viewOf(around(read))).toBeDefined();
    for (const bytes of refused) expect(viewOf(around(bytes))).toBeUndefined();
  });

  it('a sequence cut at the end of the bytes is refused', () => {
    expect(viewOf([...around([]), 0xe2, 0x82])).toBeUndefined();
    expect(viewOf([...around([]), 0xe2, 0x82, 0xac])).toBe('abcdefgh€');
  });

  it('answers as the decoder does on random bytes (no zero byte: hexText would read UTF-16)', () => {
    let seed = 19;
    const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24;
    for (let k = 0; k < 3000; k++) {
      const bytes = around(Array.from({ length: 1 + (k % 9) }, () => (k % 3 === 0 ? 0xc0 + (next() % 0x40) : next()) || 1));
      expect(viewOf(bytes)).toBe(reference(Uint8Array.from(bytes)));
    }
  });
});
