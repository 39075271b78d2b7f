import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';
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
  const key = keyObject(keyring, keyId);
  // One update of the joined text: the same UTF-8 bytes as the four parts (each NUL keeps a
  // surrogate of `type` or `normalized` from pairing across a boundary), one native call. The
  // digest comes back as hex, not as a Buffer: a Buffer per value (80,000 for a hostile tool
  // result) was a third of the sealing thread's garbage-collection time.
  const digest = createHmac('sha256', key).update(`agent-audit/pseudonym/v1\0${type}\0${normalized}`).digest('hex');
  return `[${type}:psn_${keyId}_${base32FromHex(digest, 30)}]`;
}

// KeyObjects make HMAC set-up cheaper than raw buffers; one per key, held as long as the keyring.
const keyObjects = new WeakMap<Keyring, Map<string, KeyObject>>();
function keyObject(keyring: Keyring, keyId: string): KeyObject {
  let byId = keyObjects.get(keyring);
  if (byId === undefined) {
    byId = new Map();
    keyObjects.set(keyring, byId);
  }
  let key = byId.get(keyId);
  if (key === undefined) {
    const raw = keyring.key(keyId);
    if (raw === undefined) throw new Error(`unknown pseudonym key id ${keyId}`);
    key = createSecretKey(raw);
    byId.set(keyId, key);
  }
  return key;
}

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
