// Helpers shared by the secret suites (test/redaction/secrets-*.test.ts and the detectors'
// *.mutants.test.ts beside them): what the built-in detectors call a secret in a text, and
// Base58Check/WIF encoding to make wallet keys (the Bitcoin wiki's "Wallet import format").
import { createHash } from 'node:crypto';
import { detectSensitive } from '@agent-audit/core';

/** Whether one secret detection covers `value` inside `text` whole (throws when `value` is not in `text`). */
export function secretCovers(text: string, value: string): boolean {
  const start = text.indexOf(value);
  if (start === -1) throw new Error(`${value} not in ${text}`);
  return detectSensitive(text).some((d) => d.start <= start && d.end >= start + value.length && d.class === 'secret');
}

/** The secret spans of a text as `TYPE:text` (empty when nothing is a secret). */
export function secretSpans(text: string): string[] {
  return detectSensitive(text)
    .filter((d) => d.class === 'secret')
    .map((d) => `${d.type}:${text.slice(d.start, d.end)}`);
}

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Base58 (Bitcoin's alphabet) of `bytes`, a leading `1` per leading zero byte. */
export function base58(bytes: Uint8Array): string {
  let value = BigInt(`0x${Buffer.from(bytes).toString('hex') || '0'}`);
  let out = '';
  while (value > 0n) {
    out = (ALPHABET[Number(value % 58n)] as string) + out;
    value /= 58n;
  }
  for (const byte of bytes) {
    if (byte !== 0) break;
    out = `1${out}`;
  }
  return out;
}

/** SHA-256 of `bytes` (a Buffer). */
export const sha256 = (bytes: Uint8Array): Buffer => createHash('sha256').update(bytes).digest();

/** Base58Check of `payload`: the payload and the first 4 bytes of its SHA-256d. */
export function base58Check(payload: Uint8Array): string {
  return base58(Buffer.concat([payload, sha256(sha256(payload)).subarray(0, 4)]));
}

/** A private key in Wallet Import Format: version byte, key, 0x01 when compressed, Base58Check. */
export function wif(key: Uint8Array, version: number, compressed: boolean): string {
  return base58Check(Buffer.concat([Buffer.from([version]), key, compressed ? Buffer.from([1]) : Buffer.alloc(0)]));
}
