import { createHash, hash as oneShotHash } from 'node:crypto';

const LEAF_PREFIX = Buffer.from([0x00]);

/** RFC 6962 leaf hash: SHA-256(0x00 || data). */
export function leafHash(data: string | Uint8Array): Buffer {
  return createHash('sha256').update(LEAF_PREFIX).update(data).digest();
}

/**
 * The leaf hash of a string in lowercase hex: the same digest as `leafHash(text)`, in one
 * `crypto.hash` call where Node has it (no Hash object; `'\0' + text` is the bytes 0x00 and
 * then the text's UTF-8, as the NUL cannot pair with a surrogate).
 */
export const leafHashHex: (text: string) => string = (text) => sha256Hex('\0' + text);

/**
 * SHA-256 of a string's UTF-8 bytes, in lowercase hex (64 characters): one `crypto.hash` call
 * where Node has it (no Hash object), else a Hash. A caller that needs the leaf hash of `text`
 * and `text` itself may pass `'\0' + text` built once (`leafHashHex` builds it per call): hashing
 * flattens that string in place, so a slice of it afterwards copies nothing (seal.ts sealAroundPrev).
 */
export const sha256Hex: (text: string) => string =
  typeof oneShotHash === 'function' ? (text) => oneShotHash('sha256', text, 'hex') : (text) => createHash('sha256').update(text).digest('hex');

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
