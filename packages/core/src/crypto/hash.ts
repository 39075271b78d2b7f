import { createHash } from 'node:crypto';

const LEAF_PREFIX = Buffer.from([0x00]);

/** RFC 6962 leaf hash: SHA-256(0x00 || data). */
export function leafHash(data: string | Uint8Array): Buffer {
  return createHash('sha256').update(LEAF_PREFIX).update(data).digest();
}

/** SHA-256 of the data. */
export function sha256(data: string | Uint8Array): Buffer {
  return createHash('sha256').update(data).digest();
}

export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

export function fromHex(hex: string): Buffer {
  return Buffer.from(hex, 'hex');
}
