// The paths hash.ts and merkle.ts take on a Node without the one-shot `crypto.hash` (before
// 20.12 / 21.7): the same digests from a Hash object (issue 13: the fallbacks of leafHashHex and
// hashChildren had no test, every Node here has `crypto.hash`). `node:crypto` is mocked
// without `hash`, so both modules load their fallback.
import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';

vi.mock('node:crypto', async (importOriginal) => ({ ...(await importOriginal<typeof import('node:crypto')>()), hash: undefined }));

const { leafHashHex, leafHash, sha256Hex } = await import('./hash.js');
const { hashChildren } = await import('./merkle.js');
const sha256 = (...parts: Array<Uint8Array | string>) => {
  const h = createHash('sha256');
  for (const part of parts) h.update(part);
  return h.digest('hex');
};

describe('without crypto.hash', () => {
  it('leafHashHex is the RFC 6962 leaf hash of the text, in hex', () => {
    for (const text of ['', 'a', '{"seq":0}', 'é\u{1F600}']) {
      expect(leafHashHex(text)).toBe(sha256(Buffer.from([0]), Buffer.from(text, 'utf8')));
      expect(leafHashHex(text)).toBe(leafHash(text).toString('hex'));
    }
    expect(leafHashHex('')).toBe('6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d');
  });

  it('sha256Hex is the SHA-256 of the UTF-8 bytes, in hex (a NUL first is the byte 0x00: the leaf hash)', () => {
    for (const text of ['', 'a', '\0{"seq":0}', 'é\u{1F600}']) expect(sha256Hex(text)).toBe(sha256(Buffer.from(text, 'utf8')));
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('\0é')).toBe(leafHashHex('é'));
  });

  it('hashChildren of two 32-byte hashes is SHA-256(0x01 || left || right)', () => {
    const left = new Uint8Array(32).fill(0xab);
    const right = new Uint8Array(32).map((_, i) => i);
    const node = hashChildren(left, right);
    expect(node).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(node).toString('hex')).toBe(sha256(Buffer.from([1]), left, right));
  });
});
