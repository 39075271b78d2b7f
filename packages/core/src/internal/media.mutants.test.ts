// Fast, in-process checks of media.ts's text scan for bytes spelled as spaced hexadecimal
// (spacedHex) and as decimal numbers (byteList), written against the mutants a Stryker run left
// alive (issue 13, docs/TESTING.md "internal/media.ts 990-1112"). Every expected marker is the
// SHA-256 of the exact bytes the test wrote: a byte read wrong, dropped or added changes it.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { mediaInText } from './media.js';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** `size` bytes: the PNG signature, then a fixed pattern (every value, hex letters among them). */
const png = (size: number): Buffer => Buffer.from(Array.from({ length: size }, (_, i) => (i < 8 ? (PNG[i] as number) : (i * 37 + 11) % 256)));
/** `size` bytes no media signature starts (byte 0 is 0), with hex letters. */
const opaque = (size: number): Buffer => Buffer.from(Array.from({ length: size }, (_, i) => (i === 0 ? 0 : (i * 53 + 7) % 256)));
const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const media = (bytes: Uint8Array, type = 'image/png'): string => `[MEDIA:${type},${bytes.length},sha256:${sha(bytes)}]`;
const blob = (bytes: Uint8Array): string => `[BLOB:${bytes.length},sha256:${sha(bytes)}]`;
const hex = (bytes: Uint8Array, upper = false): string[] => [...bytes].map((b) => b.toString(16).padStart(2, '0')).map((h) => (upper ? h.toUpperCase() : h));

describe('spaced hexadecimal (spacedHex)', () => {
  it('64 pairs with a signature are bytes; 63 are not', () => {
    expect(mediaInText(hex(png(64)).join(' '))).toBe(media(png(64)));
    expect(mediaInText(`x ${hex(png(63)).join(' ')} y`)).toBeUndefined();
  });

  it('without a signature: 128 pairs with a hex letter are bytes; 127, or 128 without a letter, are not', () => {
    expect(mediaInText(hex(opaque(128)).join(' '))).toBe(blob(opaque(128)));
    expect(mediaInText(`x ${hex(opaque(127)).join(' ')}`)).toBeUndefined();
    const digits = Buffer.from(Array.from({ length: 200 }, (_, i) => [0x12, 0x34, 0x56, 0x78, 0x90, 0x00][i % 6] as number));
    expect(mediaInText(hex(digits).join(' '))).toBeUndefined();
    // One letter anywhere is enough, high digit or low.
    const low = Buffer.from(digits.subarray(0, 128));
    low[100] = 0x1a;
    expect(mediaInText(hex(low).join(' '))).toBe(blob(low));
    const high = Buffer.from(digits.subarray(0, 128));
    high[127] = 0xb1;
    expect(mediaInText(hex(high).join(' '))).toBe(blob(high));
    expect(mediaInText(hex(high, true).join(' '))).toBe(blob(high));
  });

  it('reads each pair after any separator: whitespace, a comma with up to 3 spaces, a colon, 0x', () => {
    const bytes = png(80);
    const token = media(bytes);
    expect(mediaInText(hex(bytes).join('\t'))).toBe(token);
    expect(mediaInText(hex(bytes).join('\r\n'))).toBe(token);
    expect(mediaInText(hex(bytes).join('   '))).toBe(token);
    expect(mediaInText(hex(bytes).join(','))).toBe(token);
    expect(mediaInText(hex(bytes).join(',\n  '))).toBe(token);
    expect(mediaInText(hex(bytes).join(':'))).toBe(token);
    expect(mediaInText(hex(bytes).map((h) => `0x${h}`).join(', '))).toBe(token);
    expect(mediaInText(hex(bytes, true).map((h) => `0X${h}`).join(','))).toBe(token);
    expect(mediaInText(`{${hex(bytes).map((h) => `0x${h}`).join(', ')}};`)).toBe(`{${token}};`);
  });

  it('ends at a change of separator, past 32 characters of whitespace, at a colon and a space, and at a longer run', () => {
    const bytes = png(100);
    const h = hex(bytes);
    const first = Buffer.from(bytes.subarray(0, 70));
    // Spaces, then colons: the spaced part is the bytes, the rest is left (no signature, < 128 pairs).
    expect(mediaInText(`${h.slice(0, 70).join(' ')}:${h.slice(70).join(':')}`)).toBe(`${media(first)}:${h.slice(70).join(':')}`);
    expect(mediaInText(`${h.slice(0, 70).join(', ')} ${h.slice(70).join(' ')}`)).toBe(`${media(first)} ${h.slice(70).join(' ')}`);
    const wide = ' '.repeat(33);
    expect(mediaInText(`${h.slice(0, 70).join(' ')}${wide}${h.slice(70).join(' ')}`)).toBe(`${media(first)}${wide}${h.slice(70).join(' ')}`);
    expect(mediaInText(`${h.slice(0, 70).join(',')},${wide}${h.slice(70).join(',')}`)).toBe(`${media(first)},${wide}${h.slice(70).join(',')}`);
    // 32 are read: one list.
    expect(mediaInText(`${h.slice(0, 70).join(',')},${' '.repeat(32)}${h.slice(70).join(',')}`)).toBe(media(bytes));
    expect(mediaInText(`${h.slice(0, 70).join(' ')}${' '.repeat(32)}${h.slice(70).join(' ')}`)).toBe(media(bytes));
    expect(mediaInText(`${h.slice(0, 70).join(':')}: ${h.slice(70).join(':')}`)).toBe(`${media(first)}: ${h.slice(70).join(':')}`);
    // A pair glued to more hex is no pair: the list ends before it.
    expect(mediaInText(`${h.slice(0, 70).join(' ')} 4e47 ${h.slice(70).join(' ')}`)).toBe(`${media(first)} 4e47 ${h.slice(70).join(' ')}`);
    // A list ended by a word keeps the word.
    expect(mediaInText(`${h.slice(0, 70).join(' ')} done`)).toBe(`${media(first)} done`);
  });

  it('hex pairs with a separator that is not one of them stay', () => {
    expect(mediaInText(hex(png(100)).join(';'))).toBeUndefined();
    expect(mediaInText(hex(png(100)).join('-'))).toBeUndefined();
  });
});

describe('bytes written as decimal numbers (byteList)', () => {
  it('64 numbers with a signature are bytes; 63 are not; a number past 255 ends the list', () => {
    const bytes = png(64);
    expect(mediaInText(`bytes: ${[...bytes].join(',')}`)).toBe(`bytes: ${media(bytes)}`);
    expect(mediaInText(`bytes: ${[...png(63)].join(',')}`)).toBeUndefined();
    const list = [...png(100)];
    expect(mediaInText(`bytes: ${list.slice(0, 70).join(',')},256,${list.slice(70).join(',')}`)).toBe(
      `bytes: ${media(Buffer.from(list.slice(0, 70)))},256,${list.slice(70).join(',')}`,
    );
    // Four digits are no byte either, even 0137.
    expect(mediaInText(`bytes: ${list.slice(0, 70).join(',')},0137,${list.slice(70).join(',')}`)).toBe(
      `bytes: ${media(Buffer.from(list.slice(0, 70)))},0137,${list.slice(70).join(',')}`,
    );
  });

  it('without a signature a long list stays; right after "type":"Buffer","data":[ any list is bytes', () => {
    const bytes = opaque(100);
    expect(mediaInText(`values: [${[...bytes].join(',')}]`)).toBeUndefined();
    const three = Buffer.from([1, 2, 3]);
    const pad = 'word '.repeat(4);
    expect(mediaInText(`${pad}{"type":"Buffer","data":[1,2,3]}`)).toBe(`${pad}{"type":"Buffer","data":"${blob(three)}"}`);
    expect(mediaInText(`${pad}{"type": "Buffer", "data": [ 1, 2, 3]}`)).toBe(`${pad}{"type": "Buffer", "data": "${blob(three)}"}`);
    expect(mediaInText(`${pad}{\\"type\\":\\"Buffer\\",\\"data\\":[1,2,3]}`)).toBe(`${pad}{\\"type\\":\\"Buffer\\",\\"data\\":\\"${blob(three)}\\"}`);
    // Not a Buffer's data: a short list stays.
    expect(mediaInText(`${pad}{"type":"Buffers","data":[1,2,3]}`)).toBeUndefined();
  });

  it('items after ", " or a line break are read exactly; more than 32 characters of whitespace after the comma end the list', () => {
    const bytes = png(80);
    const token = media(bytes);
    expect(mediaInText(`b = ${[...bytes].join(', ')}`)).toBe(`b = ${token}`);
    expect(mediaInText(`b = ${[...bytes].join(',\n ')}`)).toBe(`b = ${token}`);
    expect(mediaInText(`b = ${[...bytes].join(',  ')}`)).toBe(`b = ${token}`);
    const first = Buffer.from(bytes.subarray(0, 70));
    const wide = ' \n'.repeat(16) + ' ';
    expect(mediaInText(`b = ${[...bytes.subarray(0, 70)].join(',')},${wide}${[...bytes.subarray(70)].join(',')}`)).toBe(`b = ${media(first)},${wide}${[...bytes.subarray(70)].join(',')}`);
    expect(mediaInText(`b = ${[...bytes.subarray(0, 70)].join(',')},${' \t'.repeat(16)}${[...bytes.subarray(70)].join(',')}`)).toBe(`b = ${token}`);
  });

  it('a JSON array of only the bytes becomes a JSON string; a list inside a longer array does not', () => {
    const bytes = png(70);
    const token = media(bytes);
    expect(mediaInText(`x = [${[...bytes].join(',')}]`)).toBe(`x = "${token}"`);
    expect(mediaInText(JSON.stringify({ a: { b: [...bytes] } }))).toBe(`{"a":{"b":"${token}"}}`);
    // In an escaped string (JSON in JSON), the quotes are escaped too.
    expect(mediaInText(JSON.stringify(JSON.stringify({ b: [...bytes] })))).toBe(`"{\\"b\\":\\"${token}\\"}"`);
    expect(mediaInText(`x = [${[...bytes].join(',')}, "end"]`)).toBe(`x = [${token}, "end"]`);
    expect(mediaInText(`x = (${[...bytes].join(',')})`)).toBe(`x = (${token})`);
  });

  it('a typed array through JSON ({"0":137,"1":80,…}), quotes escaped or not, becomes a JSON string', () => {
    const bytes = png(70);
    const token = media(bytes);
    const typed = JSON.stringify(Object.fromEntries([...bytes].map((b, i) => [String(i), b])));
    expect(mediaInText(`t = ${typed}`)).toBe(`t = "${token}"`);
    expect(mediaInText(JSON.stringify({ t: typed }))).toBe(`{"t":"\\"${token}\\""}`);
    // Spaces after the colons and the commas; a member that is not a byte ends it.
    const spaced = `{${[...bytes].map((b, i) => `"${i}": ${b}`).join(', ')}}`;
    expect(mediaInText(`t = ${spaced}`)).toBe(`t = "${token}"`);
    const keyedSpace = `{${[...bytes].map((b, i) => `"${i}":${b}`).join(', ')}}`;
    expect(mediaInText(`t = ${keyedSpace}`)).toBe(`t = "${token}"`);
    const broken = `{${[...bytes].map((b, i) => `"${i}":${i === 66 ? 999 : b}`).join(',')}}`;
    expect(mediaInText(`t = ${broken}`)).toBe(`t = {${media(Buffer.from(bytes.subarray(0, 66)))},"66":999,"67":${bytes[67]},"68":${bytes[68]},"69":${bytes[69]}}`);
  });
});

describe('pretty-printed lists of bytes (2026-12-03: all but the first line was stored as it was)', () => {
  const bytes = png(80);
  const token = media(bytes);

  it('a Buffer, a typed array and a byte list in JSON.stringify(…, null, 2) inside text', () => {
    expect(mediaInText(`result:\n${JSON.stringify({ image: bytes }, null, 2)}`)).toBe(
      `result:\n{\n  "image": {\n    "type": "Buffer",\n    "data": "${token}"\n  }\n}`,
    );
    expect(mediaInText(`result: ${JSON.stringify({ image: [...bytes] }, null, 2)}`)).toBe(`result: {\n  "image": "${token}"\n}`);
    expect(mediaInText(`result: ${JSON.stringify({ image: new Uint8Array(bytes) }, null, 2)}`)).toBe(`result: {\n  "image": "${token}"\n}`);
    // Tabs and CRLF line breaks too.
    expect(mediaInText(`result: ${JSON.stringify({ image: [...bytes] }, null, '\t').replace(/\n/g, '\r\n')}`)).toBe(`result: {\r\n\t"image": "${token}"\r\n}`);
  });

  it('a C array indented by 4 or 8, 12 bytes a line', () => {
    for (const indent of ['    ', '        ', '\t']) {
      const lines = hex(bytes).map((h) => `0x${h}`);
      const body = Array.from({ length: Math.ceil(lines.length / 12) }, (_, k) => `${indent}${lines.slice(k * 12, k * 12 + 12).join(', ')}`).join(',\n');
      expect(mediaInText(`static const unsigned char img[] = {\n${body}\n};`)).toBe(`static const unsigned char img[] = {\n${indent}${token}\n};`);
    }
    // A hex dump's lines of 16 pairs, indented.
    const dump = Array.from({ length: 5 }, (_, k) => `    ${hex(bytes.subarray(k * 16, k * 16 + 16)).join(' ')}`).join('\n');
    expect(mediaInText(`dump:\n${dump}\n`)).toBe(`dump:\n    ${token}\n`);
  });

  it('lists of ordinary numbers, pretty-printed, stay', () => {
    expect(mediaInText(JSON.stringify({ scores: Array.from({ length: 300 }, (_, i) => (i * 7) % 100) }, null, 2))).toBeUndefined();
    expect(mediaInText(`x ${JSON.stringify(Object.fromEntries(Array.from({ length: 100 }, (_, i) => [String(i), 20 + (i % 50)])), null, 2)}`)).toBeUndefined();
  });
});

describe('after the first run (survivors of 2026-12-03)', () => {
  const bytes = png(80);
  const token = media(bytes);

  it('a list or spaced hex that is not bytes does not stop the scan for a later one', () => {
    expect(mediaInText(`counts 1,2,3 then ${[...bytes].join(',')}`)).toBe(`counts 1,2,3 then ${token}`);
    expect(mediaInText(`mac ab cd ef then ${hex(bytes).join(' ')}`)).toBe(`mac ab cd ef then ${token}`);
  });

  it('255 is a byte', () => {
    const with255 = Buffer.from(bytes);
    with255[70] = 255;
    expect(mediaInText(`b = ${[...with255].join(',')}`)).toBe(`b = ${media(with255)}`);
  });

  it('an escaped JSON array after `\\": ` becomes an escaped JSON string', () => {
    expect(mediaInText(`"{\\"b\\": [${[...bytes].join(',')}]}"`)).toBe(`"{\\"b\\": \\"${token}\\"}"`);
  });
});
