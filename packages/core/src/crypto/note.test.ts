import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AuditError, KeyError } from '../spec/errors.js';
import { decodeBase64, encodeBase64 } from './base64.js';
import { merkleRoot } from './merkle.js';
import {
  formatCheckpoint,
  generateSignerKey,
  openNote,
  parseCheckpoint,
  parseSignerKey,
  parseVerifierKey,
  signNote,
  verifierKeyFromSigner,
} from './note.js';

// From Go's golang.org/x/mod/sumdb/note tests (also in the shared conformance vectors).
const PETER_SIGNER = 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
const PETER_VERIFIER = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const SEED_B64 = 'AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';

function keyError(run: () => unknown): KeyError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(KeyError);
    expect(AuditError.isInstance(error)).toBe(true);
    return error as KeyError;
  }
  throw new Error('expected a KeyError');
}

describe('base64', () => {
  it('decodes only canonical padded standard base64', () => {
    expect(encodeBase64(Uint8Array.of(1, 2, 3, 4))).toBe('AQIDBA==');
    expect(decodeBase64('AQIDBA==')).toEqual(new Uint8Array(Buffer.from([1, 2, 3, 4])));
    expect(decodeBase64('')).toEqual(new Uint8Array(0));
    for (const bad of ['AQIDBA', 'AQIDBA=', 'AQID BA==', 'AQIDBA==\n', 'AQ-_', 'AQIDBB==', 'A===']) {
      expect({ bad, decoded: decodeBase64(bad) }).toEqual({ bad, decoded: undefined });
    }
  });
});

describe('keys', () => {
  it('generated keys round-trip and have the documented shape', () => {
    const { signerKey, verifierKey } = generateSignerKey('example.com/audit');
    expect(signerKey).toMatch(/^PRIVATE\+KEY\+example\.com\/audit\+[0-9a-f]{8}\+A[A-Za-z0-9+/]{43}$/);
    expect(verifierKey).toMatch(/^example\.com\/audit\+[0-9a-f]{8}\+A[A-Za-z0-9+/]{43}$/);
    expect(verifierKeyFromSigner(signerKey)).toBe(verifierKey);
    const parsed = parseVerifierKey(verifierKey);
    expect(parsed.name).toBe('example.com/audit');
    expect(parsed.publicKey).toHaveLength(32);
    const expectedId = createHash('sha256').update('example.com/audit\n').update(Uint8Array.of(1)).update(parsed.publicKey).digest('hex').slice(0, 8);
    expect(parsed.keyId).toBe(expectedId);
    const info = parseSignerKey(signerKey);
    expect(info).toEqual({ ...parsed, verifierKey });
    expect(Object.values(info).join(' ')).not.toContain(signerKey.split('+').slice(4).join('+'));
    expect(generateSignerKey('example.com/audit').signerKey).not.toBe(signerKey);
  });

  it('rejects invalid key names as Go does (empty, "+", Unicode spaces) plus control characters', () => {
    for (const name of ['', 'a+b', 'a b', 'a\tb', 'a\u00a0b', 'a\u2003b', 'a\u3000b', 'a\u0085b', 'a\u0001b', 'a\ud800b']) {
      expect(keyError(() => generateSignerKey(name)).message).toMatch(/cannot generate a key: the name/);
    }
    // U+FEFF is not a space for Go's unicode.IsSpace, so it is allowed.
    expect(() => generateSignerKey('a\ufeffb')).not.toThrow();
  });

  it('rejects malformed verifier keys with a clear KeyError', () => {
    const cases: Array<[string, RegExp]> = [
      ['PeterNeumann', /form name\+keyid\+base64key/],
      ['PeterNeumann+c74f20a3', /form name\+keyid\+base64key/],
      ['+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW', /name is empty/],
      ['Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW', /space/],
      ['Peter\tNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW', /contains white space \(a space, tab or line break/],
      ['PeterNeumann+c74f20a+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW', /8 hex digits/],
      ['PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10T', /not valid base64/],
      ['PeterNeumann+c74f20a3+Apc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW', /not valid base64|unsupported signature type/],
      ['PeterNeumann+c74f20a3+Ahpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW', /unsupported signature type/],
      ['PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy', /32 bytes/],
      ['PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW', /does not match the public key \(expected c74f20a3\)/],
      ['PeterNeumanm+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW', /does not match/],
    ];
    for (const [key, message] of cases) expect(keyError(() => parseVerifierKey(key)).message).toMatch(message);
    expect(keyError(() => parseVerifierKey(42 as unknown as string)).message).toMatch(/must be a string/);
    // Upper-case hex key IDs are accepted (Go parses them) and normalized.
    expect(parseVerifierKey(PETER_VERIFIER.replace('c74f20a3', 'C74F20A3')).keyId).toBe('c74f20a3');
  });

  it('rejects malformed signer keys without ever echoing the secret', () => {
    const cases: Array<[string, RegExp]> = [
      ['PeterNeumann+c74f20a3+' + SEED_B64, /form PRIVATE\+KEY/],
      ['PRIVATE+KEYS+PeterNeumann+c74f20a3+' + SEED_B64, /start with PRIVATE\+KEY\+/],
      ['PRIVATE+KEY+Peter\tNeumann+c74f20a3+' + SEED_B64, /space/],
      ['PRIVATE+KEY+PeterNeumann+c74f20aZ+' + SEED_B64, /8 hex digits/],
      ['PRIVATE+KEY+PeterNeumann+c74f20a3+' + SEED_B64.slice(0, -1), /not valid base64/],
      ['PRIVATE+KEY+PeterNeumann+c74f20a3+' + SEED_B64.slice(0, -4), /32 bytes/],
      ['PRIVATE+KEY+PeterNeumann+c74f20a3+A' + SEED_B64.slice(1).replace('A', 'B'), /does not match the key/],
      ['PRIVATE+KEY+PeterNeumann+00000000+' + SEED_B64, /does not match the key \(expected c74f20a3\)/],
    ];
    for (const [key, message] of cases) {
      const error = keyError(() => verifierKeyFromSigner(key));
      expect(error.message).toMatch(message);
      const secret = key.slice(key.lastIndexOf('+') + 1);
      expect(error.message).not.toContain(secret);
      expect(error.message).not.toContain(secret.slice(4, 20));
      expect(String(error.stack)).not.toContain(secret.slice(4, 20));
      expect(error.cause).toBeUndefined();
      expect(() => signNote('hello\n', key)).toThrow(KeyError);
    }
  });
});

describe('signNote / openNote', () => {
  const text = 'If you think cryptography is the answer to your problem,\nthen you don\'t know what your problem is.\n';

  it('reproduces the Go test vector signature and verifies it', () => {
    const note = signNote(text, PETER_SIGNER);
    expect(note).toBe(`${text}\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n`);
    expect(openNote(note, PETER_VERIFIER)).toEqual({
      text,
      signatures: [{ name: 'PeterNeumann', keyId: 'c74f20a3', verified: true }],
      verified: true,
    });
  });

  it('refuses text that does not end in a newline or has control characters; allows empty lines', () => {
    for (const bad of ['hello', 'hello\r\n', 'a\u0000b\n', 'tab\there\n', 'x\ud800\n', '']) {
      expect(() => signNote(bad, PETER_SIGNER)).toThrow(/note text/);
    }
    for (const good of ['a\n\nb\n', 'a\n\n', '\n', 'a\n\n\u2014 PeterNeumann fake\n', 'ünïcödé ✓\n']) {
      const opened = openNote(signNote(good, PETER_SIGNER), PETER_VERIFIER);
      expect({ good, verified: opened.verified, text: opened.text }).toEqual({ good, verified: true, text: good });
    }
    expect(() => signNote('a\n', [])).toThrow(KeyError);
  });

  it('signs with several keys; each verifier alone accepts; unknown signers are listed, not trusted', () => {
    const other = generateSignerKey('example.com/witness');
    const note = signNote('checkpoint\n', [PETER_SIGNER, other.signerKey]);
    expect(note.split('\n\u2014 ')).toHaveLength(3);
    const byPeter = openNote(note, PETER_VERIFIER);
    expect(byPeter.verified).toBe(true);
    expect(byPeter.signatures.map((s) => [s.name, s.verified])).toEqual([['PeterNeumann', true], ['example.com/witness', false]]);
    expect(openNote(note, [other.verifierKey]).verified).toBe(true);
    expect(openNote(note, [PETER_VERIFIER, other.verifierKey]).signatures.every((s) => s.verified)).toBe(true);

    const stranger = generateSignerKey('example.com/stranger');
    const unknown = openNote(note, stranger.verifierKey);
    expect(unknown).toMatchObject({ verified: false, reason: 'no signature by a given verifier key' });
    expect(unknown.signatures).toHaveLength(2);
    expect(openNote(note, []).verified).toBe(false);
  });

  it('a key with the same name but another key ID is unknown, not a failure', () => {
    const impostor = generateSignerKey('PeterNeumann');
    const note = signNote('hello\n', impostor.signerKey);
    expect(openNote(note, PETER_VERIFIER)).toMatchObject({ verified: false, reason: 'no signature by a given verifier key' });
  });

  it('rejects the whole note when a given key signature fails, even if another given key verifies', () => {
    const other = generateSignerKey('example.com/witness');
    const good = signNote('hello\n', [PETER_SIGNER, other.signerKey]);
    const lines = good.split('\n');
    // Replace the witness signature with one over different text (still well-formed).
    const foreign = signNote('bye\n', other.signerKey).split('\n')[2] as string;
    lines[3] = foreign;
    const tampered = lines.join('\n');
    const opened = openNote(tampered, [PETER_VERIFIER, other.verifierKey]);
    expect(opened.verified).toBe(false);
    expect(opened.reason).toMatch(/signature by example\.com\/witness\+[0-9a-f]{8} does not verify/);
    expect(opened.signatures.map((s) => s.verified)).toEqual([true, false]);
    // Only trusting Peter, the witness line is just an unknown signature and is ignored.
    expect(openNote(tampered, PETER_VERIFIER).verified).toBe(true);
    expect(openNote(good, PETER_VERIFIER).verified).toBe(true);
  });

  it('detects a changed text byte', () => {
    const note = signNote('size 10\n', PETER_SIGNER);
    expect(openNote(note.replace('10', '11'), PETER_VERIFIER)).toMatchObject({ verified: false, reason: expect.stringMatching(/does not verify/) });
  });

  it('never throws on malformed notes and says why', () => {
    const note = signNote('hello\n', PETER_SIGNER);
    const sigLine = note.split('\n')[2] as string;
    const cases: Array<[unknown, RegExp]> = [
      [undefined, /not a string/],
      [42, /not a string/],
      ['', /no empty line/],
      ['hello\n', /no empty line/],
      ['hello\n\n', /signature block missing/],
      [note.slice(0, -1), /signature block missing or not ending/],
      [note.replace('\u2014 ', '- '), /does not start with/],
      [note.replace('\u2014 PeterNeumann ', '\u2014 PeterNeumann  '), /is not "— name base64/],
      [note.replace('\u2014 PeterNeumann ', '\u2014 PeterNeumann'), /is not "— name base64/],
      [note.replace('\u2014 PeterNeumann ', '\u2014  '), /is not "— name base64/],
      [note.replace(/ [A-Za-z0-9+/]+=*\n$/, ' AAAA\n'), /is not "— name base64/],
      [note.replace(/ [A-Za-z0-9+/]+=*\n$/, ' !!!!\n'), /is not "— name base64/],
      [note.replace('hello', 'hel\u0007lo'), /control character/],
      [note.replace('hello', 'hel\rlo'), /control character/],
      [note.replace('hello', 'hel\ud800lo'), /not valid UTF-8/],
      [`hello\n\n${`${sigLine}\n`.repeat(101)}`, /more than 100 signatures/],
    ];
    for (const [bad, reason] of cases) {
      const opened = openNote(bad as string, PETER_VERIFIER);
      expect(opened.verified).toBe(false);
      expect({ bad, reason: opened.reason }).toEqual({ bad, reason: expect.stringMatching(reason) });
    }
    // Truncated signature (valid base64, 4-byte key ID plus fewer than 64 bytes).
    const short = note.replace(/ [A-Za-z0-9+/]+=*\n$/, ` ${Buffer.from([0xc7, 0x4f, 0x20, 0xa3, 1, 2, 3]).toString('base64')}\n`);
    expect(openNote(short, PETER_VERIFIER)).toMatchObject({ verified: false, reason: expect.stringMatching(/does not verify/) });
    // Duplicate identical signatures are fine (100 is the limit, not 1).
    expect(openNote(`hello\n\n${`${sigLine}\n`.repeat(16)}`, PETER_VERIFIER).verified).toBe(true);
  });

  it('never throws on malformed verifier keys; reports which one', () => {
    const note = signNote('hello\n', PETER_SIGNER);
    expect(openNote(note, ['nope'])).toMatchObject({ verified: false, reason: expect.stringMatching(/^verifier key 0: .*form name\+keyid/) });
    expect(openNote(note, [PETER_VERIFIER, 'x+y+z'])).toMatchObject({ verified: false, reason: expect.stringMatching(/^verifier key 1:/) });
    expect(openNote(note, null as unknown as string[])).toMatchObject({ verified: false });
    expect(openNote(note, [7] as unknown as string[])).toMatchObject({ verified: false, reason: expect.stringMatching(/must be a string/) });
  });
});

describe('checkpoints', () => {
  const leaves = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map(
    (d) => new Uint8Array(createHash('sha256').update(Uint8Array.of(0)).update(Buffer.from(d, 'hex')).digest()),
  );
  const root = merkleRoot(leaves);

  it('formats origin, size and base64 root, one per line, and parses back', () => {
    const body = formatCheckpoint({ origin: 'example.com/audit', size: 8, root });
    expect(body).toBe('example.com/audit\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n');
    expect(parseCheckpoint(body)).toEqual({ origin: 'example.com/audit', size: 8, root, extensions: [] });
    const withExtensions = formatCheckpoint({ origin: 'o', size: 2 ** 53 - 1, root, extensions: ['ext one', 'two'] });
    expect(withExtensions).toBe(`o\n9007199254740991\n${encodeBase64(root)}\next one\ntwo\n`);
    expect(parseCheckpoint(withExtensions)).toEqual({ origin: 'o', size: 2 ** 53 - 1, root, extensions: ['ext one', 'two'] });
    expect(parseCheckpoint(formatCheckpoint({ origin: 'o', size: 0, root: merkleRoot([]) })).size).toBe(0);
  });

  it('signs and opens a checkpoint end to end', () => {
    const note = signNote(formatCheckpoint({ origin: 'PeterNeumann', size: 8, root }), PETER_SIGNER);
    const opened = openNote(note, PETER_VERIFIER);
    expect(opened.verified).toBe(true);
    expect(Buffer.from(parseCheckpoint(opened.text).root).toString('hex')).toBe('5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328');
  });

  it('formatCheckpoint refuses bad fields', () => {
    const bad: Array<[Parameters<typeof formatCheckpoint>[0], RegExp]> = [
      [{ origin: '', size: 1, root }, /origin is empty/],
      [{ origin: 'a\nb', size: 1, root }, /origin contains a newline/],
      [{ origin: 'a', size: -1, root }, /size/],
      [{ origin: 'a', size: 1.5, root }, /size/],
      [{ origin: 'a', size: 2 ** 53, root }, /size/],
      [{ origin: 'a', size: 1, root: root.subarray(1) }, /root must be 32 bytes/],
      [{ origin: 'a', size: 1, root, extensions: [''] }, /extension 0 is empty/],
      [{ origin: 'a', size: 1, root, extensions: ['ok', 'x\ny'] }, /extension 1 contains a newline/],
    ];
    for (const [input, message] of bad) expect(() => formatCheckpoint(input)).toThrow(message);
  });

  it('parseCheckpoint refuses malformed bodies with a clear error', () => {
    const r = encodeBase64(root);
    const bad: Array<[string, RegExp]> = [
      [`o\n8\n${r}`, /does not end with a newline/],
      [`o\n8\n`, /at least 3 lines/],
      [`\n8\n${r}\n`, /line 1 is empty/],
      [`o\n8\n${r}\n\n`, /line 4 is empty/],
      [`o\n08\n${r}\n`, /leading zeros/],
      [`o\n-1\n${r}\n`, /decimal/],
      [`o\n 8\n${r}\n`, /decimal/],
      [`o\n18446744073709551615\n${r}\n`, /exceeds 2\^53 - 1/],
      [`o\n8\n${r.slice(0, -1)}\n`, /32 bytes/],
      [`o\n8\nZG9uJ3QgY2FyZSAx\n`, /32 bytes/],
      [`o\r\n8\n${r}\n`, /control character/],
    ];
    for (const [text, message] of bad) {
      let error: unknown;
      try {
        parseCheckpoint(text);
      } catch (e) {
        error = e;
      }
      expect(AuditError.isInstance(error)).toBe(true);
      expect({ text, message: (error as Error).message }).toEqual({ text, message: expect.stringMatching(message) });
    }
  });
});
