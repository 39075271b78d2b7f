import { createHash, createHmac, createSecretKey, hash as oneShotHash, type KeyObject } from 'node:crypto';
import { base32FromHex } from './internal/base32.js';
import { canonicalize as canonicalJson } from '../crypto/jcs.js';
import type { Keyring } from './keys.js';

/** Matches a pseudonym token: `[EMAIL:psn_<key id>_<digest>]`. */
export const PSEUDONYM_PATTERN = /\[([A-Z][A-Z0-9_]{0,31}):psn_([a-z2-7]{6})_([a-z2-7]{24})\]/g;

/** The marker a value becomes when a detector failed on it: never the raw value. */
export const REDACTION_FAILED_MARKER = '[REDACTION_FAILED]';

/**
 * Typed, keyed, joinable pseudonym of a value: HMAC-SHA-256 under the keyring's active key (or
 * `keyId`) over the type and the value's canonical form, 120 bits in base32, with the key id in
 * the token so rotation is visible. Without the key nobody can confirm a guess (a phone number,
 * an SSN) against a token.
 *
 * @example
 * ```ts
 * pseudonym(keyring, 'EMAIL', 'alice@example.com'); // '[EMAIL:psn_k3f9xa_q4...]'
 * ```
 */
export function pseudonym(keyring: Keyring, type: string, normalized: string, keyId: string = keyring.activeId): string {
  // One text: the same UTF-8 bytes as the four parts (each NUL keeps a surrogate of `type` or
  // `normalized` from pairing across a boundary). The digest comes back as hex, not as a Buffer:
  // a Buffer per value (80,000 for a hostile tool result) was a third of the sealing thread's
  // garbage-collection time.
  const digest = hmacSha256Hex(keyring, keyId, `agent-audit/pseudonym/v1\0${type}\0${normalized}`);
  return `[${type}:psn_${keyId}_${base32FromHex(digest, 30)}]`;
}

/** SHA-256's block size in bytes (FIPS 180-4), the B of RFC 2104. */
const BLOCK = 64;
/** Message bytes the one-shot path holds; a longer message takes createHmac. */
const SCRATCH_BYTES = 1024;

/**
 * A key's HMAC pads written once (RFC 2104: K XOR ipad and K XOR opad, K hashed first when longer
 * than a block), with room after each for what is hashed after it: the message after the inner
 * pad, the inner digest (32 bytes) after the outer one.
 */
interface Pads {
  inner: Buffer;
  outer: Buffer;
}

/**
 * HMAC-SHA-256 of `message` (UTF-8) under the keyring's key `keyId`, in lowercase hex: the same
 * digest as `createHmac('sha256', key).update(message).digest('hex')` (RFC 2104, RFC 4231). Where
 * Node has `crypto.hash` (20.12 and later), as its two hashes, each one native call over the
 * key's pads written once: no Hmac object and no key set-up per value (1.5 µs a value here
 * before, 0.9 µs after). A message that may not fit the scratch bytes, and an older Node, take
 * createHmac.
 *
 * @throws Error when the keyring has no key `keyId`
 */
function hmacSha256Hex(keyring: Keyring, keyId: string, message: string): string {
  // UTF-8 takes at most 3 bytes per UTF-16 code unit, so this bound guarantees the message fits.
  if (typeof oneShotHash !== 'function' || message.length * 3 > SCRATCH_BYTES) return createHmac('sha256', keyObject(keyring, keyId)).update(message).digest('hex');
  const pads = padsOf(keyring, keyId);
  const written = pads.inner.write(message, BLOCK, 'utf8');
  // 'binary' (latin1): one character per byte of the 32-byte digest, written back byte for byte below.
  const inner = oneShotHash('sha256', pads.inner.subarray(0, BLOCK + written), 'binary');
  pads.outer.write(inner, BLOCK, 'binary');
  return oneShotHash('sha256', pads.outer, 'hex');
}

/**
 * What `make` derives from the keyring's key `keyId`, made once and held as long as the keyring.
 *
 * @throws Error when the keyring has no key `keyId`
 */
function perKey<T>(cache: WeakMap<Keyring, Map<string, T>>, keyring: Keyring, keyId: string, make: (raw: Buffer) => T): T {
  let byId = cache.get(keyring);
  if (byId === undefined) {
    byId = new Map();
    cache.set(keyring, byId);
  }
  let made = byId.get(keyId);
  if (made === undefined) {
    const raw = keyring.key(keyId);
    if (raw === undefined) throw new Error(`unknown pseudonym key id ${keyId}`);
    made = make(raw);
    byId.set(keyId, made);
  }
  return made;
}

const padsByKeyring = new WeakMap<Keyring, Map<string, Pads>>();
const padsOf = (keyring: Keyring, keyId: string): Pads =>
  perKey(padsByKeyring, keyring, keyId, (raw) => {
    const key = raw.length > BLOCK ? createHash('sha256').update(raw).digest() : raw;
    const inner = Buffer.alloc(BLOCK + SCRATCH_BYTES, 0x36);
    const outer = Buffer.alloc(BLOCK + 32, 0x5c);
    for (let i = 0; i < key.length; i++) {
      inner[i] = (inner[i] as number) ^ (key[i] as number);
      outer[i] = (outer[i] as number) ^ (key[i] as number);
    }
    return { inner, outer };
  });

// KeyObjects make HMAC set-up cheaper than raw buffers; one per key, held as long as the keyring.
const keyObjects = new WeakMap<Keyring, Map<string, KeyObject>>();
const keyObject = (keyring: Keyring, keyId: string): KeyObject => perKey(keyObjects, keyring, keyId, (raw) => createSecretKey(raw));

/** Pseudonyms of one value under every key of the keyring (to find events from before a rotation). */
export function pseudonymsUnderAllKeys(keyring: Keyring, type: string, normalized: string): string[] {
  return keyring.ids().map((id) => pseudonym(keyring, type, normalized, id));
}

/** Keyed digest of a JSON value's RFC 8785 canonical bytes: `hmac-sha256:<key id>:<hex>`. */
export function contentDigest(keyring: Keyring, value: unknown): string {
  const key = keyring.key() as Buffer;
  const digest = createHmac('sha256', key).update('agent-audit/content-digest/v1\0').update(canonicalJson(value)).digest('hex');
  return `hmac-sha256:${keyring.activeId}:${digest}`;
}
