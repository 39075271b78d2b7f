// Signed-note and checkpoint promises (C2SP signed-note, tlog-checkpoint; issue 13, from
// surviving mutants): a signature counts only for the key named on its line; every refusal
// names its reason exactly (error class, code, message); limits are the documented ones.
import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from './base64.js';
import { fromHex, leafHash, sha256, toHex } from './hash.js';
import { formatCheckpoint, generateSignerKey, openNote, parseCheckpoint, parseVerifierKey, signNote, verifierKeyFromSigner } from './note.js';

// From Go's golang.org/x/mod/sumdb/note tests.
const PETER_SIGNER = 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
const PETER_VERIFIER = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const SEED = 'AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
const PUBLIC = 'ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const root = new Uint8Array(32).fill(7);

/** `Class code: message` of what `run` throws. */
function thrown(run: () => unknown): string {
  try {
    run();
    return 'returned';
  } catch (error) {
    return `${(error as Error).name} ${(error as { code?: string }).code}: ${(error as Error).message}`;
  }
}

describe('keys: each refusal names its reason', () => {
  it.each<[string, string, string]>([
    ['a key ID with a digit before', `PeterNeumann+0c74f20a3+${PUBLIC}`, 'verifier key "PeterNeumann": key ID must be 8 hex digits'],
    ['a key ID with a digit after', `PeterNeumann+c74f20a30+${PUBLIC}`, 'verifier key "PeterNeumann": key ID must be 8 hex digits'],
    ['a 31-byte public key', `PeterNeumann+c74f20a3+${encodeBase64(Uint8Array.of(1, ...new Uint8Array(31)))}`, 'verifier key "PeterNeumann": an Ed25519 public key is 32 bytes, got 31'],
    ['a 33-byte public key', `PeterNeumann+c74f20a3+${encodeBase64(Uint8Array.of(1, ...new Uint8Array(33)))}`, 'verifier key "PeterNeumann": an Ed25519 public key is 32 bytes, got 33'],
  ])('verifier key with %s', (_label, key, message) => {
    expect(thrown(() => parseVerifierKey(key))).toBe(`KeyError key_error: ${message}`);
  });

  it.each<[string, unknown, string]>([
    ['not a string', 42, 'signer key must be a string'],
    ['PRIVATES instead of PRIVATE', `PRIVATES+KEY+PeterNeumann+c74f20a3+${SEED}`, 'signer key must start with PRIVATE+KEY+'],
    ['KEYS instead of KEY', `PRIVATE+KEYS+PeterNeumann+c74f20a3+${SEED}`, 'signer key must start with PRIVATE+KEY+'],
    ['a key ID with a digit before', `PRIVATE+KEY+PeterNeumann+0c74f20a3+${SEED}`, 'signer key "PeterNeumann": key ID must be 8 hex digits'],
    ['a key ID with a digit after', `PRIVATE+KEY+PeterNeumann+c74f20a30+${SEED}`, 'signer key "PeterNeumann": key ID must be 8 hex digits'],
    ['signature type 2', `PRIVATE+KEY+PeterNeumann+c74f20a3+${encodeBase64(Uint8Array.of(2, ...new Uint8Array(32).fill(9)))}`, 'signer key "PeterNeumann": unsupported signature type (only Ed25519, 0x01)'],
  ])('signer key %s', (_label, key, message) => {
    expect(thrown(() => verifierKeyFromSigner(key as string))).toBe(`KeyError key_error: ${message}`);
  });

  it('generateSignerKey refuses a name that is not a string', () => {
    expect(thrown(() => generateSignerKey(42 as unknown as string))).toBe('KeyError key_error: cannot generate a key: the name is not a string');
  });
});

describe('signNote refusals', () => {
  it.each<[string, unknown, unknown, string]>([
    ['text that is not a string', 42, PETER_SIGNER, 'AuditError note_format: note text is not a string'],
    ['text without a final newline', 'hello', PETER_SIGNER, 'AuditError note_format: note text must end with a newline'],
    ['no signer key', 'hello\n', [], 'KeyError key_error: signNote needs at least one signer key'],
    ['signer keys that are not a list', 'hello\n', 42, 'KeyError key_error: signNote needs at least one signer key'],
  ])('%s', (_label, text, keys, expected) => {
    expect(thrown(() => signNote(text as string, keys as string))).toBe(expected);
  });
});

describe('openNote', () => {
  const note = signNote('hello\n', PETER_SIGNER);
  const sigLine = note.split('\n')[2] as string;

  it('does not count a valid signature under another name, even with the key ID of a given key', () => {
    const renamed = note.replace('\u2014 PeterNeumann ', '\u2014 PaulNeumann ');
    expect(openNote(renamed, PETER_VERIFIER)).toEqual({
      text: 'hello\n', signatures: [{ name: 'PaulNeumann', keyId: 'c74f20a3', verified: false }], verified: false, reason: 'no signature by a given verifier key',
    });
  });

  it('gives no text and no signatures for a note it cannot split, with the reason', () => {
    const cases: Array<[unknown, string]> = [
      [42, 'malformed note: not a string'],
      [note.replace('hello', 'hel\u0001lo'), 'malformed note: contains an ASCII control character other than newline'],
      [note.replace('hello', 'hel\udc00lo'), 'malformed note: not valid UTF-8'],
      ['hello\n', 'malformed note: no empty line before the signatures'],
    ];
    for (const [bad, reason] of cases) expect(openNote(bad as string, PETER_VERIFIER)).toEqual({ text: '', signatures: [], verified: false, reason });
    expect(openNote(note.slice(0, -1), PETER_VERIFIER)).toEqual({ text: 'hello\n', signatures: [], verified: false, reason: 'malformed note: signature block missing or not ending in a newline' });
  });

  it('names the signature line that is malformed, counting from 1', () => {
    expect(openNote(`${note}- x\n`, PETER_VERIFIER).reason).toBe('malformed note: signature line 2 does not start with "— "');
    expect(openNote(`${note}\u2014 x !!!!\n`, PETER_VERIFIER).reason).toBe('malformed note: signature line 2 is not "— name base64(keyid||signature)"');
  });

  it('reads a 5-byte signature blob as a (failing) signature, and a 4-byte one as malformed', () => {
    const five = `hello\n\n\u2014 PeterNeumann ${Buffer.from([0xc7, 0x4f, 0x20, 0xa3, 1]).toString('base64')}\n`;
    expect(openNote(five, PETER_VERIFIER)).toEqual({
      text: 'hello\n', signatures: [{ name: 'PeterNeumann', keyId: 'c74f20a3', verified: false }], verified: false, reason: 'signature by PeterNeumann+c74f20a3 does not verify',
    });
    const four = `hello\n\n\u2014 PeterNeumann ${Buffer.from([0xc7, 0x4f, 0x20, 0xa3]).toString('base64')}\n`;
    expect(openNote(four, PETER_VERIFIER).reason).toBe('malformed note: signature line 1 is not "— name base64(keyid||signature)"');
  });

  it('accepts exactly 100 signature lines and refuses 101', () => {
    expect(openNote(`hello\n\n${`${sigLine}\n`.repeat(100)}`, PETER_VERIFIER).verified).toBe(true);
    expect(openNote(`hello\n\n${`${sigLine}\n`.repeat(101)}`, PETER_VERIFIER).reason).toBe('malformed note: more than 100 signatures');
  });

  it('says that verifier keys must be a string or a list, and still lists the signatures', () => {
    expect(openNote(note, 42 as unknown as string)).toEqual({
      text: 'hello\n', signatures: [{ name: 'PeterNeumann', keyId: 'c74f20a3', verified: false }], verified: false, reason: 'verifier keys must be a string or an array of strings',
    });
  });
});

describe('checkpoint refusals', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['an origin that is not a string', { origin: 42, size: 1, root }, 'checkpoint origin is not a string'],
    ['an origin with a control character', { origin: 'a\u0007b', size: 1, root }, 'checkpoint origin contains a control character'],
    ['an origin with a lone surrogate', { origin: 'a\ud800b', size: 1, root }, 'checkpoint origin is not valid UTF-8'],
    ['an extension with a control character', { origin: 'o', size: 1, root, extensions: ['x\u0001'] }, 'checkpoint extension 0 contains a control character'],
    ['a negative size', { origin: 'o', size: -1, root }, 'checkpoint size must be a non-negative safe integer'],
    ['a short root', { origin: 'o', size: 1, root: root.subarray(1) }, 'checkpoint root must be 32 bytes'],
  ])('formatCheckpoint refuses %s', (_label, checkpoint, message) => {
    expect(thrown(() => formatCheckpoint(checkpoint as unknown as Parameters<typeof formatCheckpoint>[0]))).toBe(`AuditError checkpoint_format: ${message}`);
  });

  it.each<[string, unknown, string]>([
    ['a body that is not a string', 42, 'malformed checkpoint: not a string'],
    ['two lines', 'o\n8\n', 'malformed checkpoint: needs at least 3 lines (origin, size, root), got 2'],
    ['a size with a leading zero', `o\n08\n${encodeBase64(root)}\n`, 'malformed checkpoint: tree size is not a decimal number without leading zeros'],
  ])('parseCheckpoint refuses %s', (_label, text, message) => {
    expect(thrown(() => parseCheckpoint(text as string))).toBe(`AuditError checkpoint_format: ${message}`);
  });
});

describe('hash and base64 helpers', () => {
  it('leafHash is SHA-256(0x00 || data), for strings and bytes alike', () => {
    expect(toHex(sha256(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    // RFC 6962 leaf of the empty string (the first leaf of the RFC's test tree).
    expect(toHex(leafHash(''))).toBe('6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d');
    expect(toHex(leafHash('abc'))).toBe(toHex(sha256(Buffer.from([0, 0x61, 0x62, 0x63]))));
    expect(toHex(leafHash(Buffer.from('abc')))).toBe(toHex(leafHash('abc')));
  });

  it('toHex reads only the view it is given; fromHex is its inverse', () => {
    const bytes = Buffer.from('00ff10ab', 'hex');
    expect(toHex(bytes.subarray(1, 3))).toBe('ff10');
    expect(toHex(new Uint8Array(bytes.buffer, bytes.byteOffset + 2, 2))).toBe('10ab');
    expect([...fromHex('00ff10ab')]).toEqual([0, 255, 16, 171]);
  });

  it('decodeBase64 gives undefined, never an exception, for what is not a base64 string', () => {
    for (const bad of [1234, null, undefined, ['AAAA'], { toString: () => 'AAAA' }]) expect(decodeBase64(bad as unknown as string)).toBeUndefined();
    expect(encodeBase64(new Uint8Array(0))).toBe('');
    const view = Buffer.from([9, 1, 2, 3, 9]).subarray(1, 4);
    expect(encodeBase64(view)).toBe('AQID');
  });
});
