import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createRedactor } from './redactor.js';
import { createKeyring } from './keys.js';
import { mediaInText } from '../internal/media.js';

// Issue 11, media outside the listed member names: any long base64 run (a whole string under any
// key, a data: URL or a run inside free text, JSON parsed from strings) whose first bytes announce
// a media type is summarized; other long mixed-case base64 runs in text become [BLOB:…].

const redactor = createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]), sessionMemory: false });
async function redact(input: unknown): Promise<unknown> {
  const event = {
    v: 1, id: '01JABCDEFGHJKMNPQRSTVWXYZ0', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'model.call',
    trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, agent: { id: 'bot' }, source: 'test', outcome: 'success',
    content: { input },
  };
  const result = await redactor.redact(event as never, { capture: {} } as never);
  return result.event.content?.input;
}

const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(600)]);
/**
 * Random bytes no media signature can start: byte 0 and byte 4 are 0. Drawn plainly, one in 2,048
 * starts with an MPEG audio frame sync (ff e0 to ff ff) and is rightly taken for audio/mpeg.
 */
const opaqueBytes = (size: number): Buffer => {
  const bytes = randomBytes(size);
  bytes[0] = 0;
  bytes[4] = 0;
  return bytes;
};
const b64 = png.toString('base64');
const sha = createHash('sha256').update(png).digest('hex');

describe('media outside media-named members', () => {
  it('a whole base64 string under any key becomes the summary', async () => {
    expect(await redact({ screenshot: b64 })).toEqual({ screenshot: { mimeType: 'image/png', bytes: png.length, sha256: sha } });
  });

  it('a data: URL inside free text becomes an inline token', async () => {
    const out = (await redact(`see ![scan](data:image/png;base64,${b64}) above`)) as string;
    expect(out).toBe(`see ![scan]([MEDIA:image/png,${png.length},sha256:${sha}]) above`);
  });

  it('an MCP result that arrives as JSON text loses its data', async () => {
    const text = JSON.stringify({ content: [{ type: 'image', data: b64, mimeType: 'image/png' }] });
    const out = JSON.stringify(await redact(text));
    expect(out).not.toContain(b64.slice(0, 40));
    expect(out).toContain(sha);
  });

  it('long opaque base64 in text becomes a BLOB; short runs, hex digests and prose stay', () => {
    const blob = opaqueBytes(300).toString('base64');
    expect(mediaInText(`payload ${blob} end`)).toMatch(/^payload \[BLOB:300,sha256:[0-9a-f]{64}\] end$/);
    const sha512 = createHash('sha512').update('x').digest('hex');
    expect(mediaInText(`digests ${sha} ${sha512} ok`)).toBeUndefined();
    expect(mediaInText('ordinary words and an id ABCdef123')).toBeUndefined();
  });

  // Held back: spellings written after the fix and run untuned (not adjusted to pass).
  it('held-back spellings', async () => {
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(400)]).toString('base64');
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(400)]).toString('base64');
    expect(JSON.stringify(await redact({ attachments: [jpeg] }))).not.toContain(jpeg.slice(0, 40));
    expect(JSON.stringify(await redact(`<img src="data:image/jpeg;base64,${jpeg}">`))).not.toContain(jpeg.slice(0, 40));
    expect(JSON.stringify(await redact({ body: JSON.stringify({ file: { contents: pdf } }) }))).not.toContain(pdf.slice(0, 40));
    expect(JSON.stringify(await redact(`inline pdf:${pdf}`))).not.toContain(pdf.slice(0, 40));
  });
});

// Issue 11, item 6, a fresh attacker's finding: binary written other than as one base64 run was
// stored. Each spelling below holds the 608-byte PNG above; `expectGone` checks that no 16-byte
// piece of it is left in any of the spellings, and that the marker names its digest.
const pieces = (bytes: Buffer): Buffer[] => [0, 100, 300, bytes.length - 16].map((at) => bytes.subarray(at, at + 16));
const spellings = (piece: Buffer): string[] => [
  piece.toString('hex'),
  piece.toString('hex').toUpperCase(),
  [...piece].map((b) => b.toString(16).padStart(2, '0')).join(' '),
  [...piece].map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join(''),
  [...piece].map((b) => `%${b.toString(16).padStart(2, '0')}`).join(''),
  piece.toString('latin1'),
];
function expectGone(out: unknown, bytes: Buffer, digest = sha): void {
  const text = typeof out === 'string' ? out : JSON.stringify(out);
  for (const piece of pieces(bytes)) for (const spelled of spellings(piece)) expect(text.includes(spelled)).toBe(false);
  expect(text).toContain(digest);
}
const pyrepr = (bytes: Buffer): string =>
  `b'${[...bytes].map((b) => (b === 10 ? '\\n' : b === 13 ? '\\r' : b === 9 ? '\\t' : b >= 32 && b < 127 && b !== 39 && b !== 92 ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`)).join('')}'`;

describe('binary spelled as hexadecimal, escapes or raw characters (issue 11, item 6)', () => {
  it('a hexadecimal image in free text, and as a whole string under any key', async () => {
    expect(mediaInText(`the image: ${png.toString('hex')} (end)`)).toBe(`the image: [MEDIA:image/png,${png.length},sha256:${sha}] (end)`);
    expect(mediaInText(`raw 0x${png.toString('hex').toUpperCase()}.`)).toBe(`raw [MEDIA:image/png,${png.length},sha256:${sha}].`);
    expect(await redact({ screenshot: png.toString('hex') })).toEqual({ screenshot: { mimeType: 'image/png', bytes: png.length, sha256: sha } });
    // Opaque hex (no signature) of 128 bytes or more is a blob.
    const opaque = opaqueBytes(200);
    expect(mediaInText(`key material ${opaque.toString('hex')} ok`)).toBe(`key material [BLOB:200,sha256:${createHash('sha256').update(opaque).digest('hex')}] ok`);
  });

  it('escaped bytes: Python and C literals, octal, percent-encoding, JSON-escaped latin1', async () => {
    const octal = `"${[...png].map((b) => `\\${b.toString(8).padStart(3, '0')}`).join('')}"`;
    const percent = `data:image/png,${[...png].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')}`;
    const json = JSON.stringify({ file: png.toString('latin1') });
    for (const text of [`read: ${pyrepr(png)}`, octal, percent, `got ${json.slice(1, -1)} back`]) {
      const out = mediaInText(text);
      expect(out).toContain(`[MEDIA:image/png,`);
      expectGone(out, png, '');
    }
    // Whole, the bytes (and the digest) are exact.
    expect(mediaInText(pyrepr(png))).toBe(`b'[MEDIA:image/png,${png.length},sha256:${sha}]'`);
    expect(mediaInText(percent)).toBe(`data:image/png,[MEDIA:image/png,${png.length},sha256:${sha}]`);
    expectGone(await redact({ note: `read: ${pyrepr(png)}` }), png);
  });

  it('spaced hexadecimal: a hex dump, a C array, colon-separated bytes', () => {
    const hex = [...png].map((b) => b.toString(16).padStart(2, '0'));
    const token = `[MEDIA:image/png,${png.length},sha256:${sha}]`;
    expect(mediaInText(`dump:\n${hex.join(' ')}\nend`)).toBe(`dump:\n${token}\nend`);
    expect(mediaInText(`static const unsigned char img[] = { ${hex.map((h) => `0x${h}`).join(', ')} };`)).toBe(`static const unsigned char img[] = { ${token} };`);
    expect(mediaInText(hex.join(':'))).toBe(token);
    const lines = hex.map((h, i) => (i % 16 === 15 ? `${h}\n` : `${h} `)).join('');
    expect(mediaInText(lines)).toMatch(/^\[MEDIA:image\/png,/);
  });

  it('bytes held as characters (a file read as latin1), whole or inside text', async () => {
    expect(await redact({ body: png.toString('latin1') })).toEqual({ body: { mimeType: 'image/png', bytes: png.length, sha256: sha } });
    // Inside text (the text's first 512 characters are prose): the span is replaced.
    const prose = 'The tool read the file and returned its contents as text. '.repeat(10);
    const out = await redact(`${prose}${png.toString('latin1')}`);
    expect(out).toMatch(new RegExp(`^${prose}\\[MEDIA:image/png,`));
    expectGone(out, png, '');
    const opaque = opaqueBytes(2000).toString('latin1');
    expect(await redact({ body: opaque })).toMatchObject({ body: { mimeType: 'application/octet-stream', bytes: 2000 } });
  });

  it('ordinary data stays: digests, git SHAs, UUIDs, ids, URL-encoded and escaped text, short lists, terminal colours', () => {
    const texts = [
      `sha256 ${sha}, sha512 ${createHash('sha512').update('x').digest('hex')}, git 3f786850e387550fdab836ed7e6dc881de23001b, uuid 550e8400-e29b-41d4-a716-446655440000 and ${'0123456789abcdef'.repeat(8)}`,
      `https://example.com/search?q=${'%E4%BD%A0%E5%A5%BD%20'.repeat(40)}`,
      'caf\\xc3\\xa9 au lait, '.repeat(40),
      JSON.stringify('Jürgen Müller, Straße 5, café résumé naïve. '.repeat(20)).replace(/[\u0080-\u00ff]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`),
      Array.from({ length: 40 }, (_, i) => `aa:bb:cc:dd:ee:${(i + 16).toString(16)}`).join(', '),
      Array.from({ length: 300 }, (_, i) => String(10 + (i % 89))).join(' '),
      '\u001b[31mred\u001b[0m and \u001b[1mbold\u001b[0m '.repeat(40),
      'one\u0000two\u0000three\u0000'.repeat(60),
      'A PNG file starts with \\x89PNG\\r\\n\\x1a\\n, then IHDR. '.repeat(4),
      '\ufffda'.repeat(2000),
    ];
    for (const text of texts) expect(mediaInText(text)).toBeUndefined();
  });
});

describe('base64 wrapped in lines or cut into pieces, in text and JSON in strings (issue 11, item 6)', () => {
  const cut = (text: string, width: number): string[] => text.match(new RegExp(`[^]{1,${width}}`, 'g')) ?? [];
  const b64 = png.toString('base64');
  const token = `[MEDIA:image/png,${png.length},sha256:${sha}]`;

  it('lines of one width: PEM-like, MIME CRLF, an escaped string\'s \\n, spaces, indentation, hex lines', () => {
    expect(mediaInText(`Here it is:\n${cut(b64, 76).join('\n')}\nthat's all`)).toBe(`Here it is:\n${token}\nthat's all`);
    expect(mediaInText(`Content-Transfer-Encoding: base64\r\n\r\n${cut(b64, 76).join('\r\n')}\r\n--b--`)).toBe(`Content-Transfer-Encoding: base64\r\n\r\n${token}\r\n--b--`);
    expect(mediaInText(`{"png":"${cut(b64, 64).join('\\n')}"}`)).toBe(`{"png":"${token}"}`);
    expect(mediaInText(`b64: ${cut(b64, 16).join(' ')} end`)).toBe(`b64: ${token} end`);
    expect(mediaInText(`image: |\n    ${cut(b64, 76).join('\n    ')}\nnext: 1`)).toBe(`image: |\n    ${token}\nnext: 1`);
    expect(mediaInText(`xxd -p:\n${cut(png.toString('hex'), 60).join('\n')}\n`)).toBe(`xxd -p:\n${token}\n`);
  });

  it('opaque wrapped base64 is a BLOB; a certificate keeps its armour, a private key is left to the secret rules', async () => {
    const opaque = opaqueBytes(600);
    const blob = `[BLOB:600,sha256:${createHash('sha256').update(opaque).digest('hex')}]`;
    expect(mediaInText(`${cut(opaque.toString('base64'), 76).join('\n')}\n`)).toBe(`${blob}\n`);
    const cert = `-----BEGIN CERTIFICATE-----\n${cut(opaque.toString('base64'), 64).join('\n')}\n-----END CERTIFICATE-----`;
    expect(mediaInText(cert)).toBe(`-----BEGIN CERTIFICATE-----\n${blob}\n-----END CERTIFICATE-----`);
    const key = `-----BEGIN PRIVATE KEY-----\n${cut(opaque.toString('base64'), 64).join('\n')}\n-----END PRIVATE KEY-----`;
    expect(mediaInText(key)).toBeUndefined();
    expect(await redact(`key:\n${key}\n`)).toMatch(/^key:\n\[PRIVATE_KEY:[^\]]+\]\n$/);
  });

  it('JSON in a string: a list of pieces becomes one summary', async () => {
    const text = JSON.stringify({ content: [{ type: 'image', mimeType: 'image/png', data: cut(b64, 76) }] });
    const out = JSON.stringify(await redact(text));
    expect(out).toContain(sha);
    for (const line of cut(b64, 76).slice(0, -1)) expect(out).not.toContain(line.slice(0, 24));
    expect(await redact({ screenshot: cut(b64, 50) })).toEqual({ screenshot: { mimeType: 'image/png', bytes: png.length, sha256: sha } });
  });

  it('a data: URL with parameters in text', () => {
    expect(mediaInText(`<img src="data:image/png;name=scan 1.png;charset=binary;x-foo;base64,${b64}">`)).toBe(`<img src="${token}">`);
  });

  it('lists one a line stay: digests (hex, padded base64), ids, a short last word', () => {
    const lines = (make: (i: number) => string) => Array.from({ length: 20 }, (_, i) => make(i)).join('\n');
    for (const text of [
      lines((i) => createHash('sha256').update(String(i)).digest('hex')),
      lines((i) => createHash('sha256').update(String(i)).digest('base64')),
      lines((i) => createHash('sha512').update(String(i)).digest('base64')),
      lines((i) => createHash('sha256').update(String(i)).digest('base64url')),
      lines((i) => createHash('sha256').update(String(i)).digest('base64').replace(/[+/=]/g, 'x').slice(0, 32)),
      lines((i) => `550e8400-e29b-41d4-a716-4466554400${String(i).padStart(2, '0')}`),
    ]) expect(mediaInText(text)).toBeUndefined();
  });
});

describe('bytes written as decimal numbers, in text and JSON in strings (issue 11, item 6)', () => {
  const token = `[MEDIA:image/png,${png.length},sha256:${sha}]`;

  it('a Buffer or a typed array through JSON, inside text: the list becomes a JSON string marker', () => {
    expect(mediaInText(`result: ${JSON.stringify({ image: png })}`)).toBe(`result: {"image":{"type":"Buffer","data":"${token}"}}`);
    expect(mediaInText(JSON.stringify({ text: JSON.stringify({ image: png }) }))).toBe(JSON.stringify({ text: `{"image":{"type":"Buffer","data":"${token}"}}` }));
    expect(mediaInText(`typed: ${JSON.stringify(new Uint8Array(png))}!`)).toBe(`typed: "${token}"!`);
    expect(mediaInText(`bytes = [${[...png].join(', ')}]`)).toBe(`bytes = "${token}"`);
    // A Buffer is bytes whatever its length; the text around it is long enough to be scanned.
    expect(mediaInText(`${'word '.repeat(60)}{"type":"Buffer","data":[1,2,3]}`)).toMatch(/"data":"\[BLOB:3,sha256:[0-9a-f]{64}\]"}$/);
  });

  it('JSON in a string: Buffer objects, typed arrays and byte lists become markers, and the JSON stays JSON', async () => {
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(500)]);
    const jpegSha = createHash('sha256').update(jpeg).digest('hex');
    const out = await redact(JSON.stringify({ a: png, b: new Uint8Array(jpeg), c: [...png] }));
    expect(JSON.parse(out as string)).toEqual({
      a: { type: 'Buffer', data: token },
      b: `[MEDIA:image/jpeg,${jpeg.length},sha256:${jpegSha}]`,
      c: token,
    });
    // A short one is left to the parsed JSON's walk (text rules start at 256 characters): a summary.
    const three = createHash('sha256').update(Buffer.from([1, 2, 3])).digest('hex');
    expect(await redact({ body: JSON.stringify({ file: { type: 'Buffer', data: [1, 2, 3] } }) })).toEqual({
      body: JSON.stringify({ file: { mimeType: 'application/octet-stream', bytes: 3, sha256: three } }),
    });
  });

  it('a Python bytes literal with a `%` in its printable bytes keeps its exact digest', () => {
    const bytes = Buffer.concat([png.subarray(0, 100), Buffer.from('%41%ZZ%4'), png.subarray(100)]);
    const literal = `b'${[...bytes].map((b) => (b >= 32 && b < 127 && b !== 39 && b !== 92 ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`)).join('')}'`;
    expect(mediaInText(literal)).toBe(`b'[MEDIA:image/png,${bytes.length},sha256:${createHash('sha256').update(bytes).digest('hex')}]'`);
  });

  it('a quoted literal keeps its exact bytes when its printable bytes hold stops (CI: 1 random image in 11 lost its last bytes)', () => {
    // Printable bytes with `,`, `:`, `;`, spaces and brackets at both ends, inside b'…' and "…".
    const bytes = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('a, b: [c]'), png.subarray(8), Buffer.from('D,^ x; y=(z)')]);
    const digest = createHash('sha256').update(bytes).digest('hex');
    expect(mediaInText(pyrepr(bytes))).toBe(`b'[MEDIA:image/png,${bytes.length},sha256:${digest}]'`);
    const cString = `"${[...bytes].map((b) => (b >= 32 && b < 127 && b !== 34 && b !== 92 ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`)).join('')}"`;
    expect(mediaInText(`char img[] = ${cString};`)).toBe(`char img[] = "[MEDIA:image/png,${bytes.length},sha256:${digest}]";`);
    // Any random image: 300 of them, each exact (before the fix about 1 in 11 was cut short).
    for (let i = 0; i < 300; i++) {
      const image = Buffer.concat([png.subarray(0, 8), randomBytes(600)]);
      expect(mediaInText(pyrepr(image))).toBe(`b'[MEDIA:image/png,${image.length},sha256:${createHash('sha256').update(image).digest('hex')}]'`);
    }
  });

  it('lists of ordinary numbers stay', () => {
    for (const text of [
      `scores: [${Array.from({ length: 300 }, (_, i) => (i * 7) % 100).join(',')}]`,
      JSON.stringify(Object.fromEntries(Array.from({ length: 100 }, (_, i) => [String(i), 20 + (i % 50)]))),
      `rgb ${Array.from({ length: 100 }, () => '255, 128, 0').join(', ')}`,
      `${'word '.repeat(60)}[137, 80, 78, 71] is how a PNG starts`,
    ]) expect(mediaInText(text)).toBeUndefined();
  });
});

describe('base64 in groups, in a URL, or after a parameter name (issue 11, item 6)', () => {
  const b64 = png.toString('base64');
  const token = `[MEDIA:image/png,${png.length},sha256:${sha}]`;
  const groups = (text: string, width: number, separator: string): string => (text.match(new RegExp(`[^]{1,${width}}`, 'g')) ?? []).join(separator);

  it('groups of 4 or 8 with a signature; prose of four-letter words stays', () => {
    expect(mediaInText(`b64: ${groups(b64, 4, ' ')} end`)).toBe(`b64: ${token} end`);
    expect(mediaInText(`b64:\n${groups(b64, 8, '\n')}\n`)).toBe(`b64:\n${token}\n`);
    expect(mediaInText('that with from this have been will them than some what when your '.repeat(20))).toBeUndefined();
  });

  it('percent-encoded base64 in a query, a parameter value, a percent-encoded data: URL', () => {
    expect(mediaInText(`https://x.test/upload?img=${encodeURIComponent(b64)}&n=1`)).toBe(`https://x.test/upload?img=${token}&n=1`);
    expect(mediaInText(`POST body: name=scan&file=${b64}`)).toBe(`POST body: name=scan&file=${token}`);
    expect(mediaInText(`https://x.test/r?u=${encodeURIComponent(`data:image/png;base64,${b64}`)}`)).toBe(`https://x.test/r?u=data%3Aimage%2Fpng%3Bbase64%2C${token}`);
  });
});
