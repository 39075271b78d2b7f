// Bytes that are text (a file read without an encoding, an HTTP body or a decrypted value held as
// a Buffer) are recorded as that text and redacted as any string. Summarized as media, they kept
// an unkeyed SHA-256 of their content: `Buffer.from('4821')` under `pin` stored the digest of
// `4821`, which anyone reverses by trying every PIN, and a JSON body's password and email were
// only as safe as the body was hard to guess (a fresh attacker's finding, 2026-12-02,
// test/redaction/attack-2026-12-02.cases.md). Binary bytes are still summarized.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, fileLedger, readEvents } from '../../packages/core/src/index.js';
import { textOfBytes } from '../../packages/core/src/internal/media.js';
import { blankMachineValues } from './stored.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-text-bytes-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

async function stored(results: unknown[]): Promise<Array<{ result: unknown; line: string }>> {
  const dir = fs.mkdtempSync(path.join(root, 'ledger-'));
  const auditor = createAuditor({ agent: { id: 'bytes' }, sink: fileLedger({ dir }), redactor: createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) }), redactionWorker: false });
  for (const result of results) auditor.record({ type: 'tool.result', tool: { name: 'read', result } });
  await auditor.close();
  const out: Array<{ result: unknown; line: string }> = [];
  for await (const event of readEvents(dir)) if (event.type === 'tool.result') out.push({ result: event.tool?.result, line: JSON.stringify(event) });
  expect(out).toHaveLength(results.length);
  return out;
}

describe('bytes that are text', () => {
  it('a Buffer, a Uint8Array, an ArrayBuffer and a Buffer through JSON holding text are stored as the redacted text, with no digest of it', async () => {
    const body = '{"password":"hunter2-Xq9z","email":"amara.okafor@example.org"}';
    const csv = 'name,dob\nAmara Okafor,1984-03-12\n';
    const phone = 'call me at +44 20 7946 0958';
    const rows = await stored([
      { body: Buffer.from(body) },
      { file: new TextEncoder().encode(csv) },
      { raw: new TextEncoder().encode(phone).buffer },
      JSON.parse(JSON.stringify({ payload: Buffer.from(phone) })),
      { pin: Buffer.from('4821') },
    ]);
    const all = rows.map((r) => r.line).join('\n');
    // Looked for outside the events' hex digests (id, hash, prev): a random 64-digit hash holds `4821`
    // about 1 run in 1,000 (it did once, CI on Node 24, 2026-12-03).
    // Span ids (16 hex digits) and ULIDs are the pipeline's own too (stored.ts blankMachineValues): a
    // CI-mode run of 2026-12-04 found `4821` in one.
    const outsideDigests = blankMachineValues(all).replace(/\b[0-9a-f]{32,}\b/g, '[hex]');
    expect(outsideDigests).toContain('[hex]');
    for (const raw of ['hunter2-Xq9z', 'amara.okafor@example.org', 'Amara Okafor', '1984-03-12', '7946 0958', '4821']) expect(outsideDigests).not.toContain(raw);
    for (const text of [body, csv, phone, '4821']) expect(all).not.toContain(sha256(text));
    expect(typeof (rows[0]?.result as { body: unknown }).body).toBe('string');
    expect((rows[0]?.result as { body: string }).body).toContain('"password"');
    expect((rows[1]?.result as { file: string }).file).toMatch(/^name,dob\n\[PERSON:psn_[a-z0-9_]+\],\[DOB:psn_/);
    expect((rows[2]?.result as { raw: string }).raw).toMatch(/^call me at \[PHONE:psn_/);
    expect((rows[3]?.result as { payload: string }).payload).toMatch(/^call me at \[PHONE:psn_/);
  });

  it('a Buffer through JSON inside a JSON string is read as text too', async () => {
    const inner = JSON.stringify({ type: 'Buffer', data: [...Buffer.from('mail amara.okafor@example.org')] });
    const [row] = await stored([{ response: inner }]);
    expect(row?.line).not.toContain('amara.okafor@example.org');
    expect(row?.line).not.toContain(sha256('mail amara.okafor@example.org'));
    expect(row?.line).toContain('[EMAIL:psn_');
  });

  it('binary bytes are still summarized as { mimeType, bytes, sha256 }: a PNG, control bytes, invalid UTF-8, C1 controls, an empty buffer, text over 32 Ki bytes', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR text-like tail')]);
    const cases: Array<[string, Uint8Array]> = [
      ['png', png],
      ['control', Buffer.from([0x41, 0x42, 0x00, 0x43])],
      ['invalid', Buffer.from([0x41, 0xc3, 0x28, 0x42])],
      ['c1', Buffer.from([0x41, 0xc2, 0x85, 0x42])],
      ['empty', Buffer.alloc(0)],
      ['long', Buffer.from('a'.repeat(32 * 1024 + 1))],
    ];
    const rows = await stored(cases.map(([name, bytes]) => ({ [name]: bytes })));
    for (let i = 0; i < cases.length; i++) {
      const [name, bytes] = cases[i] as [string, Uint8Array];
      const value = (rows[i]?.result as Record<string, unknown>)[name];
      expect(value, name).toEqual({ mimeType: name === 'png' ? 'image/png' : expect.any(String), bytes: bytes.byteLength, sha256: sha256(bytes) });
    }
  });
});

describe('typed arrays of numbers', () => {
  it('an Int32Array, a Uint16Array, a BigInt64Array, a Float64Array and a Uint8ClampedArray are summarized as { type, length, bytes }, never read as text (a fresh probe, 2026-12-02: new Int32Array([1633837924]) was stored as "dcba")', async () => {
    const arrays: Array<[string, ArrayBufferView]> = [
      ['i32', new Int32Array([1633837924])],
      ['u16', new Uint16Array([0x6261, 0x6463])],
      ['i64', new BigInt64Array([0x6867666564636261n])],
      ['f64', new Float64Array([1.5])],
      ['clamped', new Uint8ClampedArray([65, 66, 67])],
    ];
    const rows = await stored(arrays.map(([name, view]) => ({ [name]: view })));
    for (let i = 0; i < arrays.length; i++) {
      const [name, view] = arrays[i] as [string, ArrayBufferView];
      // Since row 104 of probe-2026-12-03e: `{ type, length, bytes }`, never hashed (numbers, not media).
      expect((rows[i]?.result as Record<string, unknown>)[name], name).toEqual({ type: view.constructor.name, length: (view as unknown as { length: number }).length, bytes: view.byteLength });
    }
  });
});

describe('textOfBytes', () => {
  it('reads well-formed UTF-8 with tabs and line breaks, in any script, up to the limit', () => {
    expect(textOfBytes(Buffer.from('a\tb\r\nc'))).toBe('a\tb\r\nc');
    expect(textOfBytes(Buffer.from('Grüße, 李华 😀'))).toBe('Grüße, 李华 😀');
    expect(textOfBytes(Buffer.from('abcd'), 4)).toBe('abcd');
    expect(textOfBytes(Buffer.from('abcde'), 4)).toBeUndefined();
  });

  it('refuses control bytes, DEL, C1 controls, broken or overlong UTF-8, a media signature and nothing at all', () => {
    for (const byte of [0, 8, 11, 12, 27, 31, 127]) expect(textOfBytes(Buffer.from([0x41, byte, 0x42])), String(byte)).toBeUndefined();
    expect(textOfBytes(Buffer.from([0x41, 0xc2, 0x9f]))).toBeUndefined();
    expect(textOfBytes(Buffer.from([0x41, 0xc2, 0xa0]))).toBe('A\u00a0');
    expect(textOfBytes(Buffer.from([0xc0, 0xaf]))).toBeUndefined();
    expect(textOfBytes(Buffer.from([0x41, 0xe2, 0x82]))).toBeUndefined();
    expect(textOfBytes(Buffer.from('%PDF-1.7 plain looking header'))).toBeUndefined();
    expect(textOfBytes(Buffer.alloc(0))).toBeUndefined();
  });
});
