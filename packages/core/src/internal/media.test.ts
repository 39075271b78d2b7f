import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createAuditor } from '../auditor/auditor.js';
import { createKeyring } from '../redaction/keys.js';
import { createRedactor } from '../redaction/redactor.js';
import { memoryLedger } from '../test.js';
import { sniffMimeType } from './media.js';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(300_000)]);
const wav = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVE'), randomBytes(20_000)]);
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
const blob = opaqueBytes(5000);
const tiny = Buffer.from('SSN 536-22-8514');

async function recorded(input: Record<string, unknown>) {
  const ledger = memoryLedger();
  const auditor = createAuditor({ agent: { id: 'media' }, sink: ledger, redactor: createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) }), onError: () => {} });
  auditor.record(input as never);
  await auditor.close();
  const event = ledger.events()[0];
  if (event === undefined) throw new Error('no event');
  return { event, line: ledger.lines('media')[0] ?? '' };
}

/** Fails when any 64-character window of the payload's base64 (or a decodable prefix) is in the stored line. */
function expectNoPayload(line: string, bytes: Buffer): void {
  const b64 = bytes.toString('base64');
  for (let from = 0; from + 64 <= b64.length; from += Math.max(64, Math.floor(b64.length / 50))) expect(line.includes(b64.slice(from, from + 64))).toBe(false);
  expect(line.includes(b64.slice(0, 24))).toBe(false);
  expect(line.includes(bytes.toString('base64url').slice(0, 24))).toBe(false);
}

describe('media in recorded events', () => {
  it('stores MCP image, audio and blob content as { mimeType, bytes, sha256 }', async () => {
    const content = [
      { type: 'text', text: 'Screenshot of the customer page:' },
      { type: 'image', data: png.toString('base64'), mimeType: 'image/png' },
      { type: 'audio', data: wav.toString('base64'), mimeType: 'audio/wav' },
      { type: 'resource', resource: { uri: 'file:///tmp/scan.pdf', mimeType: 'application/pdf', blob: blob.toString('base64') } },
      { type: 'image', data: tiny.toString('base64'), mimeType: 'image/png' },
    ];
    const { event, line } = await recorded({ type: 'tool.result', tool: { name: 'screenshot', result: { content } } });
    const stored = (event.tool?.result as { content: Array<Record<string, unknown>> }).content;
    expect(stored[0]).toEqual({ type: 'text', text: 'Screenshot of the customer page:' });
    expect(stored[1]).toEqual({ type: 'image', mimeType: 'image/png', data: { mimeType: 'image/png', bytes: png.length, sha256: sha256(png) } });
    expect(stored[2]?.data).toEqual({ mimeType: 'audio/wav', bytes: wav.length, sha256: sha256(wav) });
    expect((stored[3]?.resource as Record<string, unknown>).blob).toEqual({ mimeType: 'application/pdf', bytes: blob.length, sha256: sha256(blob) });
    // Short image data is media too (the detectors never see inside base64).
    expect(stored[4]?.data).toEqual({ mimeType: 'image/png', bytes: tiny.length, sha256: sha256(tiny) });
    for (const bytes of [png, wav, blob, tiny]) expectNoPayload(line, bytes);
    expect(event.attrs?.truncated).toBeUndefined();
  });

  it('summarizes AI SDK file parts, LangChain image_url data: URLs and Uint8Array data', async () => {
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(40_000)]);
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(2_000)]);
    const messages = [
      { role: 'user', content: [{ type: 'text', text: 'what is in this picture?' }, { type: 'file', mediaType: 'image/jpeg', data: jpeg.toString('base64') }] },
      { role: 'user', content: [{ type: 'file', mediaType: 'application/pdf', data: new Uint8Array(pdf) }] },
      { role: 'user', content: [{ type: 'image_url', image_url: { url: `data:image/jpeg;base64,${jpeg.toString('base64')}` } }] },
      { role: 'user', content: [{ type: 'image_url', image_url: `data:image/png;base64,${png.toString('base64')}` }] },
      { role: 'user', content: [{ type: 'image', source_type: 'base64', mime_type: 'audio/wav', data: wav.toString('base64url') }] },
    ];
    const { event, line } = await recorded({ type: 'model.request', content: { input: messages } });
    const input = event.content?.input as Array<{ content: Array<Record<string, unknown>> }>;
    const jpegSummary = { mimeType: 'image/jpeg', bytes: jpeg.length, sha256: sha256(jpeg) };
    expect(input[0]?.content[1]?.data).toEqual(jpegSummary);
    expect(input[1]?.content[0]?.data).toEqual({ mimeType: 'application/pdf', bytes: pdf.length, sha256: sha256(pdf) });
    expect((input[2]?.content[0]?.image_url as Record<string, unknown>).url).toEqual(jpegSummary);
    expect(input[3]?.content[0]?.image_url).toEqual({ mimeType: 'image/png', bytes: png.length, sha256: sha256(png) });
    expect(input[4]?.content[0]?.data).toEqual({ mimeType: 'audio/wav', bytes: wav.length, sha256: sha256(wav) });
    for (const bytes of [jpeg, pdf, png, wav]) expectNoPayload(line, bytes);
  });

  it('sniffs the type when none is given, and keeps ordinary text under media-like keys', async () => {
    const { event } = await recorded({
      type: 'tool.result',
      tool: {
        name: 'fetch',
        result: {
          image: png.toString('base64'),
          data: 'the caller asked to move the delivery, see notes',
          bytes: 1234,
          file: 'report-2026.pdf',
          checksum: 'a'.repeat(120),
          b64_json: Buffer.from('not a known format, just bytes....................................................').toString('base64'),
        },
      },
    });
    const result = event.tool?.result as Record<string, unknown>;
    expect(result.image).toEqual({ mimeType: 'image/png', bytes: png.length, sha256: sha256(png) });
    expect(result.data).toBe('the caller asked to move the delivery, see notes');
    expect(result.bytes).toBe(1234);
    expect(result.file).toBe('report-2026.pdf');
    expect(result.checksum).toBe('a'.repeat(120));
    expect((result.b64_json as Record<string, unknown>).mimeType).toBe('application/octet-stream');
  });

  it('summarizes a payload larger than the string limit without cutting it first', async () => {
    const big = randomBytes(1_000_000);
    const { event, line } = await recorded({ type: 'tool.result', tool: { name: 'x', result: { type: 'image', data: big.toString('base64'), mimeType: 'image/webp' } } });
    expect((event.tool?.result as Record<string, unknown>).data).toEqual({ mimeType: 'image/webp', bytes: big.length, sha256: sha256(big) });
    expect(event.attrs?.truncated).toBeUndefined();
    expect(line.length).toBeLessThan(2000);
  });

  it('never accepts a malformed declared type as the mime type', async () => {
    const { event } = await recorded({ type: 'tool.result', tool: { name: 'x', result: { type: 'image', data: png.toString('base64'), mimeType: 'call me on +44 20 7946 0958' } } });
    expect(((event.tool?.result as Record<string, unknown>).data as Record<string, unknown>).mimeType).toBe('image/png');
  });

  it('knows the common magic numbers', () => {
    expect(sniffMimeType(png.subarray(0, 16))).toBe('image/png');
    expect(sniffMimeType(wav.subarray(0, 16))).toBe('audio/wav');
    expect(sniffMimeType(Buffer.from('%PDF-1.4'))).toBe('application/pdf');
    expect(sniffMimeType(Buffer.from('hello world'))).toBeUndefined();
  });
});

describe('bytes given in memory', () => {
  it('are hashed at record(): a buffer reused at once still gets the digest of what was recorded', async () => {
    // Hashed on the caller's thread (SHA-256 runs at several hundred MB/s): a copy for a later
    // hash was tried and was slower on this machine (64 MiB: a copy 520-760 ms, first touch of new
    // pages; the hash 85-100 ms).
    const ledger = memoryLedger();
    const auditor = createAuditor({ agent: { id: 'media' }, sink: ledger, onError: () => {} });
    const big = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(1 << 20)]);
    const small = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(60_000)]);
    const bigDigest = sha256(big);
    const smallDigest = sha256(small);
    const view = new Uint8Array(big.buffer, big.byteOffset + 8, 200_000);
    const viewDigest = sha256(view);
    auditor.record({ type: 'tool.result', tool: { name: 'read', result: { image: big, doc: small, part: view, raw: big.buffer.slice(big.byteOffset, big.byteOffset + 100_000) } } });
    // The caller reuses its buffers before the pipeline runs.
    big.fill(0);
    small.fill(0);
    await auditor.close();
    const result = ledger.events('media')[0]?.tool?.result as Record<string, { mimeType: string; bytes: number; sha256: string }>;
    expect(result.image).toEqual({ mimeType: 'image/png', bytes: big.length, sha256: bigDigest });
    expect(result.doc).toEqual({ mimeType: 'application/pdf', bytes: small.length, sha256: smallDigest });
    expect(result.part).toMatchObject({ bytes: 200_000, sha256: viewDigest });
    expect(result.raw?.bytes).toBe(100_000);
    expect(result.raw?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

// Issue 11, item 6 (a fresh attacker): binary written other than as one base64 string was stored.
describe('binary spelled as hexadecimal or as characters, at record()', () => {
  const summary = (bytes: Buffer, mimeType: string) => ({ mimeType, bytes: bytes.length, sha256: sha256(bytes) });

  it('hexadecimal in media fields and under any key becomes the summary', async () => {
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(3_000)]);
    const { event, line } = await recorded({
      type: 'tool.result',
      tool: {
        name: 'screenshot',
        result: {
          content: [{ type: 'image', data: png.toString('hex'), mimeType: 'image/png' }, { type: 'image', data: `0x${tiny.toString('hex').toUpperCase()}`, mimeType: 'image/png' }],
          image: jpeg.toString('hex'),
          screenshot: png.toString('hex').toUpperCase(),
          bytes: blob.toString('hex'),
        },
      },
    });
    const result = event.tool?.result as Record<string, unknown> & { content: Array<Record<string, unknown>> };
    expect(result.content[0]?.data).toEqual(summary(png, 'image/png'));
    expect(result.content[1]?.data).toEqual(summary(tiny, 'image/png'));
    expect(result.image).toEqual(summary(jpeg, 'image/jpeg'));
    expect(result.screenshot).toEqual(summary(png, 'image/png'));
    expect(result.bytes).toEqual(summary(blob, 'application/octet-stream'));
    for (const bytes of [png, jpeg, blob, tiny]) expect(line.toLowerCase().includes(bytes.subarray(0, 12).toString('hex'))).toBe(false);
    expect(event.attrs?.truncated).toBeUndefined();
  });

  it('a file read as characters (latin1) under a media key becomes the summary', async () => {
    const { event, line } = await recorded({ type: 'tool.result', tool: { name: 'read', result: { type: 'image', data: png.toString('latin1'), mimeType: 'image/png' } } });
    expect((event.tool?.result as Record<string, unknown>).data).toEqual(summary(png, 'image/png'));
    expect(line.includes(JSON.stringify(png.subarray(16, 28).toString('latin1')).slice(1, -1))).toBe(false);
  });

  it('hex digests, git SHAs, UUIDs and ids under media keys stay', async () => {
    const sha512 = createHash('sha512').update('x').digest('hex');
    const result = {
      data: sha256(png),
      blobs: ['3f786850e387550fdab836ed7e6dc881de23001b'],
      file: '550e8400-e29b-41d4-a716-446655440000',
      bytes: sha512,
      image: 'img_01JABCDEFGHJKMNPQRSTVWXYZ0',
      content: [{ type: 'text', data: sha512 }],
    };
    const { event } = await recorded({ type: 'tool.result', tool: { name: 'x', result } });
    expect(event.tool?.result).toEqual(result);
  });
});

describe('base64 cut into pieces or lines, at record() (issue 11, item 6)', () => {
  const summary = (bytes: Buffer, mimeType: string) => ({ mimeType, bytes: bytes.length, sha256: sha256(bytes) });
  const cut = (text: string, width: number): string[] => text.match(new RegExp(`[^]{1,${width}}`, 'g')) ?? [];

  it('a list of base64 pieces becomes one summary: MCP data, any key with a signature, opaque lines under a media key', async () => {
    const opaque = opaqueBytes(3_000);
    const irregular = png.toString('base64');
    const pieces = [irregular.slice(0, 11), irregular.slice(11, 25), irregular.slice(25, 1000), irregular.slice(1000)];
    const { event, line } = await recorded({
      type: 'tool.result',
      tool: {
        name: 'screenshot',
        result: {
          content: [
            { type: 'image', mimeType: 'image/png', data: cut(png.toString('base64'), 76) },
            { type: 'audio', mimeType: 'audio/wav', data: cut(wav.toString('base64url'), 64) },
            { type: 'image', mimeType: 'image/png', data: cut(tiny.toString('base64'), 4) },
          ],
          screenshot: pieces,
          data: cut(opaque.toString('base64'), 76),
          chunks: cut(blob.toString('base64'), 64),
        },
      },
    });
    const result = event.tool?.result as Record<string, unknown> & { content: Array<Record<string, unknown>> };
    expect(result.content[0]?.data).toEqual(summary(png, 'image/png'));
    expect(result.content[1]?.data).toEqual(summary(wav, 'audio/wav'));
    expect(result.content[2]?.data).toEqual(summary(tiny, 'image/png'));
    expect(result.screenshot).toEqual(summary(png, 'image/png'));
    expect(result.data).toEqual(summary(opaque, 'application/octet-stream'));
    expect(result.chunks).toEqual(summary(blob, 'application/octet-stream'));
    for (const bytes of [png, wav, opaque, blob]) expectNoPayload(line, bytes);
    expect(event.attrs?.truncated).toBeUndefined();
  });

  it('a string wrapped in lines or groups under a media key or with a signature, and data: URLs with parameters', async () => {
    const b64 = png.toString('base64');
    const { event, line } = await recorded({
      type: 'model.request',
      content: {
        input: [
          { type: 'image', source: { type: 'base64', media_type: 'image/png', data: cut(b64, 76).join('\\n') } },
          { type: 'file', mediaType: 'image/png', data: cut(b64, 64).join(' ') },
          { attachment: cut(b64, 76).join('\r\n    ') },
          { image_url: `data:image/png;name="scan 1.png";charset=binary;x-foo;base64,${b64}` },
          { image_url: `DATA:IMAGE/PNG;BASE64,${b64}` },
        ],
      },
    });
    const input = event.content?.input as Array<Record<string, unknown>>;
    const png1 = summary(png, 'image/png');
    expect((input[0]?.source as Record<string, unknown>).data).toEqual(png1);
    expect(input[1]?.data).toEqual(png1);
    expect(input[2]?.attachment).toEqual(png1);
    expect(input[3]?.image_url).toEqual(png1);
    expect(input[4]?.image_url).toEqual(png1);
    expectNoPayload(line, png);
  });

  it('lists of names, ids, UUIDs and digests stay lists', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `${createHash('sha256').update(`id${i}`).digest('base64').replace(/[+/=]/g, 'x').slice(0, 32)}`);
    const result = {
      data: ['Alice Smith', 'Bob', 'Charlie'],
      names: ['Alice', 'Bob', 'Charlie', 'Dana', 'Eve'],
      items: ids,
      data2: ids.slice(0, 8),
      uuids: Array.from({ length: 20 }, (_, i) => `550e8400-e29b-41d4-a716-4466554400${String(i).padStart(2, '0')}`),
      hashes: Array.from({ length: 20 }, (_, i) => createHash('sha256').update(String(i)).digest('hex')),
      digests: Array.from({ length: 20 }, (_, i) => createHash('sha256').update(String(i)).digest('base64')),
      shas: Array.from({ length: 20 }, (_, i) => createHash('sha1').update(String(i)).digest('hex')),
    };
    const { event } = await recorded({ type: 'tool.result', tool: { name: 'x', result } });
    const stored = event.tool?.result as Record<string, unknown[]>;
    // Still lists, item for item (the names are pseudonymized, as names are).
    for (const [key, list] of Object.entries(result)) expect(stored[key]).toHaveLength(list.length);
    for (const key of ['items', 'data2', 'uuids', 'hashes', 'digests', 'shas'] as const) expect(stored[key]).toEqual(result[key]);
  });
});

describe('bytes written as numbers, at record() (issue 11, item 6)', () => {
  const summary = (bytes: Buffer, mimeType: string) => ({ mimeType, bytes: bytes.length, sha256: sha256(bytes) });

  it('a Buffer through JSON, a typed array through JSON and a list of bytes with a signature become the summary', async () => {
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(3_000)]);
    // 300,008 numbers: far past maxEventValues (20,000), summarized before any is walked.
    const { event, line } = await recorded({
      type: 'tool.result',
      tool: {
        name: 'read',
        result: {
          image: JSON.parse(JSON.stringify(png)) as unknown,
          photo: JSON.parse(JSON.stringify(new Uint8Array(jpeg))) as unknown,
          pixels: [...wav],
          content: [{ type: 'image', mimeType: 'image/png', data: [...tiny] }],
          empty: { type: 'Buffer', data: [] },
        },
      },
    });
    const result = event.tool?.result as Record<string, unknown> & { content: Array<Record<string, unknown>> };
    expect(result.image).toEqual(summary(png, 'image/png'));
    expect(result.photo).toEqual(summary(jpeg, 'image/jpeg'));
    expect(result.pixels).toEqual(summary(wav, 'audio/wav'));
    expect(result.content[0]?.data).toEqual(summary(tiny, 'image/png'));
    expect(result.empty).toEqual(summary(Buffer.alloc(0), 'application/octet-stream'));
    for (const bytes of [png, jpeg, wav]) expect(line.includes(bytes.subarray(0, 16).join(','))).toBe(false);
    expect(event.attrs?.truncated).toBeUndefined();
  });

  it('lists and index-keyed objects of ordinary numbers stay', async () => {
    const result = {
      scores: Array.from({ length: 200 }, (_, i) => (i * 7) % 100),
      ages: Object.fromEntries(Array.from({ length: 100 }, (_, i) => [String(i), 20 + (i % 50)])),
      data: [1, 2, 3],
      rgb: [255, 128, 0],
      embedding: Array.from({ length: 64 }, (_, i) => i / 64),
      pair: { type: 'Buffer', data: 'not bytes' },
    };
    const { event } = await recorded({ type: 'tool.result', tool: { name: 'x', result } });
    expect(event.tool?.result).toEqual(result);
  });
});

describe('end to end: nothing decodable of a binary payload reaches a file ledger (issue 11, item 6)', () => {
  /** Every way a piece of `bytes` could be stored readable: a 16-byte window, in each spelling. */
  function readableIn(stored: string, bytes: Buffer): string[] {
    const found: string[] = [];
    const lower = stored.toLowerCase();
    for (let at = 0; at + 18 <= bytes.length; at += Math.max(18, Math.floor(bytes.length / 40))) {
      const piece = bytes.subarray(at, at + 16);
      const spelled = {
        hex: piece.toString('hex'),
        spacedHex: [...piece].map((b) => b.toString(16).padStart(2, '0')).join(' '),
        decimal: piece.join(','),
        decimalSpaced: piece.join(', '),
        escaped: [...piece].map((b) => `\\\\x${b.toString(16).padStart(2, '0')}`).join(''),
        latin1: JSON.stringify(piece.toString('latin1')).slice(1, -1),
      };
      for (const [kind, text] of Object.entries(spelled)) if (lower.includes(text.toLowerCase())) found.push(`${kind}@${at}`);
      // base64 of the 18 bytes from a multiple of 3: the same characters wherever the payload was cut.
      const aligned = bytes.subarray(at - (at % 3), at - (at % 3) + 18);
      for (const text of [aligned.toString('base64'), aligned.toString('base64url')]) if (stored.includes(text)) found.push(`base64@${at}`);
    }
    return found;
  }

  it('records every spelling through createAuditor and fileLedger, and stores none of the bytes', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { fileLedger } = await import('../ledger/file-ledger.js');
    const { verifyLedger } = await import('../ledger/verify.js');
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-media-e2e-'));
    const dir = path.join(root, 'ledger');
    try {
      const image = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(40_000)]);
      const opaque = randomBytes(6_000);
      const b64 = image.toString('base64');
      const hex = [...image].map((b) => b.toString(16).padStart(2, '0'));
      const lines = (text: string, width: number) => text.match(new RegExp(`[^]{1,${width}}`, 'g')) ?? [];
      const pyrepr = `b'${[...image].map((b) => (b >= 32 && b < 127 && b !== 39 && b !== 92 ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`)).join('')}'`;
      const content = [
        { type: 'text', text: `hex: ${image.toString('hex')}` },
        { type: 'text', text: `dump:\n${hex.map((h, i) => (i % 16 === 15 ? `${h}\n` : `${h} `)).join('')}` },
        { type: 'text', text: `const unsigned char png[] = { ${hex.map((h) => `0x${h}`).join(', ')} };` },
        { type: 'text', text: `python: ${pyrepr}` },
        { type: 'text', text: `percent: data:image/png,${hex.map((h) => `%${h}`).join('')}` },
        { type: 'text', text: `latin1 ${JSON.stringify({ bytes: image.toString('latin1') })}` },
        { type: 'text', text: `mime:\r\n${lines(b64, 76).join('\r\n')}\r\n` },
        { type: 'text', text: `opaque:\n${lines(opaque.toString('base64'), 64).join('\n')}\n` },
        { type: 'text', text: `buffer: ${JSON.stringify({ file: image })}` },
        { type: 'text', text: `typed: ${JSON.stringify({ file: new Uint8Array(image) })}` },
        { type: 'text', text: JSON.stringify({ data: lines(b64, 76), mimeType: 'image/png' }) },
        { type: 'image', mimeType: 'image/png', data: image.toString('hex') },
        { type: 'image', mimeType: 'image/png', data: lines(b64, 76) },
        { type: 'image', mimeType: 'image/png', data: image.toString('latin1') },
        { type: 'resource', resource: { uri: 'file:///x.bin', blob: lines(opaque.toString('base64'), 64).join('\n') } },
        { type: 'json', value: { image: JSON.parse(JSON.stringify(image)) as unknown, typed: JSON.parse(JSON.stringify(new Uint8Array(image))) as unknown, bytes: [...image] } },
      ];
      const auditor = createAuditor({ agent: { id: 'media-e2e' }, sink: fileLedger({ dir, keyDir: path.join(root, 'keys') }), redactor: createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]) }), onError: () => {} });
      auditor.record({ type: 'tool.result', tool: { name: 'screenshot', result: { content } } });
      await auditor.close();
      expect((await verifyLedger(dir)).ok).toBe(true);
      const stored = fs
        .readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => fs.readFileSync(path.join(entry.parentPath, entry.name), 'latin1'))
        .join('\n');
      expect(stored).toContain('tool.result');
      expect(readableIn(stored, image)).toEqual([]);
      expect(readableIn(stored, opaque)).toEqual([]);
      expect(stored).toContain(sha256(image));
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('base64 and hex with whitespace in a definite member, and in groups, at record() (issue 11, item 6)', () => {
  it('MCP image data, resource blobs and AI SDK file data with spaces or groups become the summary', async () => {
    const b64 = png.toString('base64');
    const groups = (text: string, width: number, separator: string): string => (text.match(new RegExp(`[^]{1,${width}}`, 'g')) ?? []).join(separator);
    const { event, line } = await recorded({
      type: 'tool.result',
      tool: {
        name: 'screenshot',
        result: {
          content: [
            { type: 'image', mimeType: 'image/png', data: groups(b64, 4, ' ') },
            { type: 'image', mimeType: 'image/png', data: [...png].map((b) => b.toString(16).padStart(2, '0')).join(' ') },
            { type: 'resource', resource: { uri: 'file:///x', blob: ` ${groups(blob.toString('base64'), 3, '  ')} ` } },
          ],
          image: groups(b64, 8, '\n'),
        },
      },
    });
    const result = event.tool?.result as Record<string, unknown> & { content: Array<Record<string, unknown>> };
    const pngSummary = { mimeType: 'image/png', bytes: png.length, sha256: sha256(png) };
    expect(result.content[0]?.data).toEqual(pngSummary);
    expect(result.content[1]?.data).toEqual(pngSummary);
    expect((result.content[2]?.resource as Record<string, unknown>).blob).toEqual({ mimeType: 'application/octet-stream', bytes: blob.length, sha256: sha256(blob) });
    expect(result.image).toEqual(pngSummary);
    expect(line.includes(b64.slice(0, 8))).toBe(false);
  });
});
