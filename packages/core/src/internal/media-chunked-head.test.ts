import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chunkedPayload } from './media.js';

/** `items` behind a Proxy that notes which items were read: reads() is how many different ones. */
function counted(items: string[]): { list: string[]; reads: () => number } {
  const read = new Set<string>();
  const list = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) read.add(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { list, reads: () => read.size };
}

// A probe of 2026-12-06: a tool result of 1,000 strings of 32,000 base64 characters ('B…') held
// record()'s caller for 94-616 ms: every piece was read (a rope, flattened) to decide whether the
// list was one chunked payload, and the event's budget then kept 18 of them.
describe('a list of strings that is no payload is turned away on its first pieces', () => {
  it('one case only, no signature: undefined after reading the first piece', () => {
    const { list, reads } = counted(Array.from({ length: 1000 }, (_, i) => 'B'.repeat(31996) + String(1000 + i)));
    expect(chunkedPayload(list, 'result', undefined)).toBeUndefined();
    expect(reads()).toBe(1);
  });
  it('a first piece of a width that is no multiple of 4, or shorter than 16, and no signature', () => {
    const b64 = randomBytes(3000).toString('base64');
    for (const width of [62, 15]) {
      const pieces = b64.match(new RegExp(`.{1,${width}}`, 'g')) as string[];
      const { list, reads } = counted(pieces);
      expect(chunkedPayload(list, 'result', undefined)).toBeUndefined();
      // The pieces up to the 256 characters a payload outside a media member needs (their lengths
      // only: enoughPieces), and those of the 64-character head read for a signature.
      expect(reads()).toBe(Math.max(Math.ceil(256 / width), Math.ceil(64 / width)));
    }
  });
  it('a list of a few short words is answered by the lengths of its pieces (issue 19)', () => {
    for (const words of [['orders', 'contact'], ['a', 'b', 'c'], Array.from({ length: 300 }, () => 'x')]) {
      const { list, reads } = counted(words);
      expect(chunkedPayload(list, 'include', undefined)).toBeUndefined();
      expect(reads()).toBe(Math.min(words.length, 256));
    }
    // A piece that is no string or empty ends the reading there.
    for (const pieces of [['QUJD', 7, 'QUJD'.repeat(100)], ['QUJD', '', 'QUJD'.repeat(100)]] as unknown[][]) {
      const { list, reads } = counted(pieces as string[]);
      expect(chunkedPayload(list, 'result', undefined)).toBeUndefined();
      expect(reads()).toBe(2);
    }
  });
  it('still a payload: wrapped random base64 (opaque), a PNG in chunks, hex chunks of a PDF, and any list under `blob`', () => {
    const b64 = randomBytes(3000).toString('base64');
    const wrapped = b64.match(/.{1,76}/g) as string[];
    expect(chunkedPayload(wrapped, 'result', undefined)?.payload).toBe(b64);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(600)]).toString('base64');
    const pngPieces = png.match(/.{1,10}/g) as string[];
    expect(chunkedPayload(pngPieces, 'result', undefined)?.payload).toBe(png);
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(300)]).toString('hex');
    const pdfPieces = pdf.match(/.{1,32}/g) as string[];
    expect(chunkedPayload(pdfPieces, 'result', undefined)).toEqual({ payload: pdf, encoding: 'hex' });
    const ones = Array.from({ length: 4 }, () => 'B'.repeat(40));
    expect(chunkedPayload(ones, 'blob', undefined)?.payload).toBe('B'.repeat(160));
  });
});
