// C2SP signed-note (https://c2sp.org/signed-note) with Ed25519 (signature type 0x01), key
// strings in the golang.org/x/mod/sumdb/note format, and C2SP tlog-checkpoint bodies.
//
//   key ID        = SHA-256(name || 0x0A || 0x01 || publicKey32)[:4]   (uint32, big-endian)
//   verifier key  = name "+" hex8(keyID) "+" base64(0x01 || publicKey32)
//   signer key    = "PRIVATE+KEY+" name "+" hex8(keyID) "+" base64(0x01 || seed32)
//   signed note   = text (ends in LF) LF { "— " name " " base64(keyID4 || signature64) LF }
//
// Only node:crypto is used. Secret key material never appears in an error message.

import { createHash, createPrivateKey, createPublicKey, randomBytes, sign, verify, type KeyObject } from 'node:crypto';
import { AuditError, KeyError } from '../spec/errors.js';
import { decodeBase64, encodeBase64 } from './base64.js';

const ED25519 = 0x01;
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const SIGNATURE_PREFIX = '\u2014 '; // em dash, space
/** More than the 16 signatures C2SP requires verifiers to accept; bounds the work on hostile input. */
const MAX_SIGNATURES = 100;

// Unicode spaces as Go's unicode.IsSpace defines them (JavaScript's \s differs: it adds U+FEFF).
const unicodeSpace = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
// ASCII control characters other than LF, which C2SP forbids anywhere in a signed note.
const controlCharacter = /[\u0000-\u0009\u000b-\u001f]/;
// A lone UTF-16 surrogate cannot be encoded as UTF-8.
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Key name rule of C2SP / Go: non-empty, no '+', no Unicode space; we also refuse control characters. */
function nameProblem(name: string): string | undefined {
  if (name.length === 0) return 'the name is empty';
  if (name.includes('+')) return 'the name contains "+"';
  if (unicodeSpace.test(name)) return 'the name contains white space (a space, tab or line break; C2SP signed-note key names hold none)';
  if (controlCharacter.test(name) || name.includes('\n')) return 'the name contains a control character';
  if (loneSurrogate.test(name)) return 'the name is not valid UTF-8';
  return undefined;
}

function computeKeyId(name: string, publicKey: Uint8Array): string {
  return createHash('sha256').update(name, 'utf8').update(Uint8Array.of(0x0a, ED25519)).update(publicKey).digest().subarray(0, 4).toString('hex');
}

function publicKeyObject(publicKey: Uint8Array): KeyObject {
  return createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, publicKey]), format: 'der', type: 'spki' });
}

function privateKeyObject(seed: Uint8Array): KeyObject {
  return createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}

function publicKeyFromPrivate(privateKey: KeyObject): Uint8Array {
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  return new Uint8Array(spki.subarray(SPKI_ED25519_PREFIX.length));
}

/** Cut at the first '+' (base64 may itself contain '+', names and key IDs may not). */
function cut(text: string): [string, string] | undefined {
  const i = text.indexOf('+');
  return i < 0 ? undefined : [text.slice(0, i), text.slice(i + 1)];
}

/** A parsed Ed25519 verifier key. */
export interface VerifierKey {
  /** Key name, e.g. `example.com/audit-log`. */
  name: string;
  /** 8 lowercase hex digits: SHA-256(name || 0x0A || 0x01 || publicKey)[:4]. */
  keyId: string;
  /** 32-byte Ed25519 public key. */
  publicKey: Uint8Array;
}

/** A parsed signer key, without its secret: name, key ID, public key and the matching verifier key string. */
export interface SignerKeyInfo extends VerifierKey {
  verifierKey: string;
}

/**
 * Parse a verifier key `name+hex8(keyID)+base64(0x01||publicKey)`.
 * Throws KeyError with a message naming the problem when the key is malformed or its key ID
 * does not match its name and public key.
 *
 * @example
 * ```ts
 * const { name, keyId } = parseVerifierKey('PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW');
 * ```
 */
export function parseVerifierKey(key: string): VerifierKey {
  if (typeof key !== 'string') throw new KeyError({ message: 'verifier key must be a string' });
  const first = cut(key);
  const second = first && cut(first[1]);
  if (!first || !second) throw new KeyError({ message: 'verifier key must have the form name+keyid+base64key' });
  const [name, [hash, encoded]] = [first[0], second];
  const problem = nameProblem(name);
  if (problem) throw new KeyError({ message: `verifier key is malformed: ${problem}` });
  if (!/^[0-9a-fA-F]{8}$/.test(hash)) throw new KeyError({ message: `verifier key "${name}": key ID must be 8 hex digits` });
  const bytes = decodeBase64(encoded);
  if (!bytes) throw new KeyError({ message: `verifier key "${name}": the key is not valid base64` });
  if (bytes[0] !== ED25519) throw new KeyError({ message: `verifier key "${name}": unsupported signature type (only Ed25519, 0x01)` });
  if (bytes.length !== 33) throw new KeyError({ message: `verifier key "${name}": an Ed25519 public key is 32 bytes, got ${bytes.length - 1}` });
  const publicKey = bytes.slice(1);
  const keyId = computeKeyId(name, publicKey);
  if (keyId !== hash.toLowerCase()) {
    throw new KeyError({ message: `verifier key "${name}": key ID ${hash} does not match the public key (expected ${keyId})` });
  }
  return { name, keyId, publicKey };
}

interface ParsedSigner extends SignerKeyInfo {
  privateKey: KeyObject;
}

function parseSigner(key: string): ParsedSigner {
  // Messages here must never include `key` or any part of its secret.
  if (typeof key !== 'string') throw new KeyError({ message: 'signer key must be a string' });
  const fields: string[] = [];
  let rest = key;
  for (let i = 0; i < 4; i++) {
    const parts = cut(rest);
    if (!parts) throw new KeyError({ message: 'signer key must have the form PRIVATE+KEY+name+keyid+base64seed' });
    fields.push(parts[0]);
    rest = parts[1];
  }
  const [private1, private2, name, hash] = fields as [string, string, string, string];
  if (private1 !== 'PRIVATE' || private2 !== 'KEY') throw new KeyError({ message: 'signer key must start with PRIVATE+KEY+' });
  const problem = nameProblem(name);
  if (problem) throw new KeyError({ message: `signer key is malformed: ${problem}` });
  if (!/^[0-9a-fA-F]{8}$/.test(hash)) throw new KeyError({ message: `signer key "${name}": key ID must be 8 hex digits` });
  const bytes = decodeBase64(rest);
  if (!bytes) throw new KeyError({ message: `signer key "${name}": the key is not valid base64` });
  if (bytes[0] !== ED25519) throw new KeyError({ message: `signer key "${name}": unsupported signature type (only Ed25519, 0x01)` });
  if (bytes.length !== 33) throw new KeyError({ message: `signer key "${name}": an Ed25519 seed is 32 bytes` });
  let privateKey: KeyObject;
  try {
    privateKey = privateKeyObject(bytes.subarray(1));
  } catch {
    throw new KeyError({ message: `signer key "${name}": the seed is not a usable Ed25519 key` });
  } finally {
    bytes.fill(0);
  }
  const publicKey = publicKeyFromPrivate(privateKey);
  const keyId = computeKeyId(name, publicKey);
  if (keyId !== hash.toLowerCase()) {
    throw new KeyError({ message: `signer key "${name}": key ID ${hash} does not match the key (expected ${keyId})` });
  }
  const verifierKey = `${name}+${keyId}+${encodeBase64(Uint8Array.of(ED25519, ...publicKey))}`;
  return { name, keyId, publicKey, verifierKey, privateKey };
}

/**
 * Parse a signer key `PRIVATE+KEY+name+hex8(keyID)+base64(0x01||seed)` and return its public
 * parts (the secret stays inside). Throws KeyError on malformed keys; the message never
 * contains the key.
 *
 * @example
 * ```ts
 * const { name, verifierKey } = parseSignerKey(process.env.AUDIT_SIGNER_KEY!);
 * ```
 */
export function parseSignerKey(key: string): SignerKeyInfo {
  const { name, keyId, publicKey, verifierKey } = parseSigner(key);
  return { name, keyId, publicKey, verifierKey };
}

/**
 * The verifier key that checks signatures made with `signerKey`. Throws KeyError on a malformed signer key.
 *
 * @example
 * ```ts
 * verifierKeyFromSigner('PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz');
 * // 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW'
 * ```
 */
export function verifierKeyFromSigner(signerKey: string): string {
  return parseSigner(signerKey).verifierKey;
}

/**
 * Generate a new Ed25519 signer key for `name` (e.g. `example.com/audit/support-bot`) and its verifier key.
 * Throws KeyError if the name is not a valid key name.
 *
 * @example
 * ```ts
 * const { signerKey, verifierKey } = generateSignerKey('example.com/audit');
 * // keep signerKey secret; publish verifierKey to auditors
 * ```
 */
export function generateSignerKey(name: string): { signerKey: string; verifierKey: string } {
  const problem = typeof name === 'string' ? nameProblem(name) : 'the name is not a string';
  if (problem) throw new KeyError({ message: `cannot generate a key: ${problem}` });
  const seed = randomBytes(32);
  const publicKey = publicKeyFromPrivate(privateKeyObject(seed));
  const keyId = computeKeyId(name, publicKey);
  const encodedSeed = Buffer.concat([Uint8Array.of(ED25519), seed]);
  const signerKey = `PRIVATE+KEY+${name}+${keyId}+${encodedSeed.toString('base64')}`;
  seed.fill(0);
  encodedSeed.fill(0);
  return { signerKey, verifierKey: `${name}+${keyId}+${encodeBase64(Uint8Array.of(ED25519, ...publicKey))}` };
}

function textProblem(text: string): string | undefined {
  if (typeof text !== 'string') return 'is not a string';
  if (!text.endsWith('\n')) return 'must end with a newline';
  if (controlCharacter.test(text)) return 'contains an ASCII control character other than newline';
  if (loneSurrogate.test(text)) return 'is not valid UTF-8 (lone surrogate)';
  return undefined;
}

/**
 * Sign `text` as a C2SP signed note with one or more signer keys, in the order given.
 * `text` must end with '\n' and contain no ASCII control characters other than '\n'
 * (it may contain empty lines: the last empty line of a note separates text from
 * signatures, so the text can never be confused with the signature block).
 * Throws AuditError (code `note_format`) on bad text and KeyError on a bad key.
 *
 * @example
 * ```ts
 * const note = signNote(formatCheckpoint({ origin, size, root }), signerKey);
 * ```
 */
export function signNote(text: string, signerKey: string | readonly string[]): string {
  const problem = textProblem(text);
  if (problem) throw new AuditError({ code: 'note_format', message: `note text ${problem}` });
  const keys = typeof signerKey === 'string' ? [signerKey] : signerKey;
  if (!Array.isArray(keys) || keys.length === 0) throw new KeyError({ message: 'signNote needs at least one signer key' });
  const message = Buffer.from(text, 'utf8');
  const lines = keys.map((key) => {
    const signer = parseSigner(key);
    const signature = sign(null, message, signer.privateKey);
    const blob = Buffer.concat([Buffer.from(signer.keyId, 'hex'), signature]);
    return `${SIGNATURE_PREFIX}${signer.name} ${blob.toString('base64')}\n`;
  });
  return `${text}\n${lines.join('')}`;
}

/** One signature line of a note. */
export interface NoteSignature {
  name: string;
  /** 8 lowercase hex digits from the first four bytes of the signature. */
  keyId: string;
  /** True when a given verifier key (same name and key ID) checked this signature. */
  verified: boolean;
}

/** Result of openNote. */
export interface OpenedNote {
  /** The signed text including its final newline ('' when the note could not be split). */
  text: string;
  /** Every signature line, in order; unknown signers have `verified: false`. */
  signatures: NoteSignature[];
  /** True when at least one signature by a given key verifies and none by a given key fails. */
  verified: boolean;
  /** Why `verified` is false. */
  reason?: string;
}

interface SignatureLine {
  name: string;
  keyId: string;
  signature: Uint8Array;
}

function splitNote(note: string): { text: string; lines: SignatureLine[] } | { text: string; reason: string } {
  if (typeof note !== 'string') return { text: '', reason: 'malformed note: not a string' };
  if (controlCharacter.test(note)) return { text: '', reason: 'malformed note: contains an ASCII control character other than newline' };
  if (loneSurrogate.test(note)) return { text: '', reason: 'malformed note: not valid UTF-8' };
  const split = note.lastIndexOf('\n\n');
  if (split < 0) return { text: '', reason: 'malformed note: no empty line before the signatures' };
  const text = note.slice(0, split + 1);
  const block = note.slice(split + 2);
  if (block.length === 0 || !block.endsWith('\n')) return { text, reason: 'malformed note: signature block missing or not ending in a newline' };
  const rawLines = block.slice(0, -1).split('\n');
  if (rawLines.length > MAX_SIGNATURES) return { text, reason: `malformed note: more than ${MAX_SIGNATURES} signatures` };
  const lines: SignatureLine[] = [];
  for (const [i, raw] of rawLines.entries()) {
    if (!raw.startsWith(SIGNATURE_PREFIX)) return { text, reason: `malformed note: signature line ${i + 1} does not start with "— "` };
    const body = raw.slice(SIGNATURE_PREFIX.length);
    const space = body.indexOf(' ');
    const name = space < 0 ? '' : body.slice(0, space);
    const blob = space < 0 ? undefined : decodeBase64(body.slice(space + 1));
    if (nameProblem(name) !== undefined || !blob || blob.length < 5) {
      return { text, reason: `malformed note: signature line ${i + 1} is not "— name base64(keyid||signature)"` };
    }
    lines.push({ name, keyId: Buffer.from(blob.subarray(0, 4)).toString('hex'), signature: blob.subarray(4) });
  }
  return { text, lines };
}

/**
 * Open a C2SP signed note and check its signatures against trusted verifier keys.
 * Never throws: a malformed note or verifier key gives `verified: false` with a `reason`.
 * Signatures by keys not given (different name or key ID) are listed but never count.
 * Following C2SP, a signature by a given key that fails to verify rejects the whole note,
 * even if another given key's signature is good.
 *
 * @example
 * ```ts
 * const opened = openNote(noteText, [verifierKey]);
 * if (!opened.verified) throw new Error(`checkpoint rejected: ${opened.reason}`);
 * const checkpoint = parseCheckpoint(opened.text);
 * ```
 */
export function openNote(note: string, verifierKeys: string | readonly string[]): OpenedNote {
  try {
    const split = splitNote(note);
    if ('reason' in split) return { text: split.text, signatures: [], verified: false, reason: split.reason };
    const { text, lines } = split;
    const signatures: NoteSignature[] = lines.map(({ name, keyId }) => ({ name, keyId, verified: false }));

    const keyList = typeof verifierKeys === 'string' ? [verifierKeys] : verifierKeys;
    if (!Array.isArray(keyList)) return { text, signatures, verified: false, reason: 'verifier keys must be a string or an array of strings' };
    const known: VerifierKey[] = [];
    for (const [i, key] of keyList.entries()) {
      try {
        known.push(parseVerifierKey(key as string));
      } catch (error) {
        return { text, signatures, verified: false, reason: `verifier key ${i}: ${(error as Error).message}` };
      }
    }

    const message = Buffer.from(text, 'utf8');
    let failure: string | undefined;
    lines.forEach((line, i) => {
      const matching = known.filter((k) => k.name === line.name && k.keyId === line.keyId);
      if (matching.length === 0) return;
      const ok = line.signature.length === 64 && matching.some((k) => verify(null, message, publicKeyObject(k.publicKey), line.signature));
      (signatures[i] as NoteSignature).verified = ok;
      if (!ok) failure ??= `signature by ${line.name}+${line.keyId} does not verify`;
    });
    if (failure) return { text, signatures, verified: false, reason: failure };
    if (!signatures.some((s) => s.verified)) return { text, signatures, verified: false, reason: 'no signature by a given verifier key' };
    return { text, signatures, verified: true };
  } catch (error) {
    return { text: '', signatures: [], verified: false, reason: `could not open note: ${(error as Error)?.message ?? String(error)}` };
  }
}

/** A C2SP tlog-checkpoint body. */
export interface Checkpoint {
  /** Log identity, e.g. `example.com/audit/support-bot`. */
  origin: string;
  /** Number of leaves in the tree. */
  size: number;
  /** 32-byte RFC 6962 root hash. */
  root: Uint8Array;
  /** Optional opaque extension lines (non-empty, no newline). */
  extensions: string[];
}

function lineProblem(line: string): string | undefined {
  if (typeof line !== 'string') return 'is not a string';
  if (line.length === 0) return 'is empty';
  if (line.includes('\n')) return 'contains a newline';
  if (controlCharacter.test(line)) return 'contains a control character';
  if (loneSurrogate.test(line)) return 'is not valid UTF-8';
  return undefined;
}

/**
 * Format a C2SP tlog-checkpoint body: `origin\nsize\nbase64(root)\n` followed by one line per extension.
 * Throws AuditError (code `checkpoint_format`) on an invalid origin, size, root or extension.
 *
 * @example
 * ```ts
 * formatCheckpoint({ origin: 'example.com/audit', size: 8, root });
 * // 'example.com/audit\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n'
 * ```
 */
export function formatCheckpoint(checkpoint: { origin: string; size: number; root: Uint8Array; extensions?: readonly string[] }): string {
  const fail = (message: string) => new AuditError({ code: 'checkpoint_format', message: `checkpoint ${message}` });
  const originProblem = lineProblem(checkpoint.origin);
  if (originProblem) throw fail(`origin ${originProblem}`);
  if (!Number.isSafeInteger(checkpoint.size) || checkpoint.size < 0) throw fail('size must be a non-negative safe integer');
  if (!(checkpoint.root instanceof Uint8Array) || checkpoint.root.length !== 32) throw fail('root must be 32 bytes');
  const extensions = checkpoint.extensions ?? [];
  extensions.forEach((line, i) => {
    const problem = lineProblem(line);
    if (problem) throw fail(`extension ${i} ${problem}`);
  });
  return [checkpoint.origin, String(checkpoint.size), encodeBase64(checkpoint.root), ...extensions].map((l) => `${l}\n`).join('');
}

/**
 * Parse a C2SP tlog-checkpoint body (the text of an opened note). Throws AuditError (code
 * `checkpoint_format`) naming the problem: fewer than three lines, an empty line, a size
 * that is not canonical decimal or exceeds 2^53 - 1, a root that is not base64 of 32 bytes.
 *
 * @example
 * ```ts
 * const { origin, size, root } = parseCheckpoint(openNote(note, keys).text);
 * ```
 */
export function parseCheckpoint(text: string): Checkpoint {
  const fail = (message: string) => new AuditError({ code: 'checkpoint_format', message: `malformed checkpoint: ${message}` });
  if (typeof text !== 'string') throw fail('not a string');
  if (!text.endsWith('\n')) throw fail('does not end with a newline');
  if (controlCharacter.test(text) || loneSurrogate.test(text)) throw fail('contains a control character or invalid UTF-8');
  const lines = text.slice(0, -1).split('\n');
  if (lines.length < 3) throw fail(`needs at least 3 lines (origin, size, root), got ${lines.length}`);
  const emptyLine = lines.findIndex((l) => l.length === 0);
  if (emptyLine >= 0) throw fail(`line ${emptyLine + 1} is empty`);
  const [origin, sizeLine, rootLine, ...extensions] = lines as [string, string, string, ...string[]];
  if (!/^(0|[1-9][0-9]*)$/.test(sizeLine)) throw fail('tree size is not a decimal number without leading zeros');
  const size = Number(sizeLine);
  if (!Number.isSafeInteger(size)) throw fail('tree size exceeds 2^53 - 1');
  const root = decodeBase64(rootLine);
  if (!root || root.length !== 32) throw fail('root hash is not standard base64 of 32 bytes');
  return { origin, size, root, extensions };
}
