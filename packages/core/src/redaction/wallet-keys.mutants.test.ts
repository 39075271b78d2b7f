// Mutation tests for wallet-keys.ts (issue 13; docs/TESTING.md, the row of the detectors of
// 2026-12-03 evening): whole detections (span, type, class) through detectWalletKeys, and the
// Base58Check checks, in process, direct calls. Each test kills a mutant that the probe suite
// (test/redaction/secrets-probe-2026-12-03e.test.ts) let survive.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Detection } from './types.js';
import { base58, base58Check, sha256, wif } from '../../../../test/redaction/secret-helpers.js';
import { base58Decode, detectWalletKeys, isExtendedPrivateKey, isWif } from './wallet-keys.js';

const detect = (text: string): Detection[] => {
  const out: Detection[] = [];
  detectWalletKeys(text, out);
  return out;
};
const spans = (text: string): string[] => detect(text).map((d) => text.slice(d.start, d.end));

const KEY = Buffer.from('0c28fca386c7a227600b2fe50b7cae11ec86d3bf1fbe471be89827e19d72aa1d', 'hex');

describe('isWif and base58Decode', () => {
  it('the Bitcoin wiki example, mainnet and testnet, compressed and not', () => {
    expect(isWif(wif(KEY, 0x80, false))).toBe(true);
    expect(isWif(wif(KEY, 0x80, true))).toBe(true);
    expect(isWif(wif(KEY, 0xef, false))).toBe(true);
    expect(isWif(wif(KEY, 0xef, true))).toBe(true);
  });
  it('a valid checksum over any other version byte is no key', () => {
    for (const version of [0x00, 0x05, 0x7f, 0x81, 0xee, 0xf0]) {
      expect(isWif(wif(KEY, version, false)), String(version)).toBe(false);
      expect(isWif(wif(KEY, version, true)), String(version)).toBe(false);
    }
  });
  it('a valid checksum over 31, 34 or 35 bytes of key is no key (only 37 or 38 bytes in all)', () => {
    expect(isWif(base58Check(Buffer.concat([Buffer.from([0x80]), KEY.subarray(0, 31)])))).toBe(false);
    expect(isWif(base58Check(Buffer.concat([Buffer.from([0x80]), KEY, Buffer.from([1, 1])])))).toBe(false);
    expect(isWif(base58Check(Buffer.concat([Buffer.from([0x80]), KEY, Buffer.from([1, 1, 1])])))).toBe(false);
  });
  it('a 38-byte payload needs 0x01 as its 34th byte; a 37-byte one needs nothing there', () => {
    expect(isWif(base58Check(Buffer.concat([Buffer.from([0x80]), KEY, Buffer.from([0x00])])))).toBe(false);
    // The uncompressed key whose last key byte is not 0x01 is a key all the same.
    const key = Buffer.from(KEY);
    key[31] = 0x02;
    expect(isWif(wif(key, 0x80, false))).toBe(true);
  });
  it('the checksum is the first four bytes of SHA-256d: a wrong last or first checksum byte fails', () => {
    const payload = Buffer.concat([Buffer.from([0x80]), KEY, Buffer.from([1])]);
    const sum = sha256(sha256(payload)).subarray(0, 4);
    for (const at of [0, 3]) {
      const wrong = Buffer.from(sum);
      wrong[at] = (wrong[at] as number) ^ 1;
      expect(isWif(base58(Buffer.concat([payload, wrong])))).toBe(false);
    }
    // SHA-256 once is not the checksum.
    expect(isWif(base58(Buffer.concat([payload, sha256(payload).subarray(0, 4)])))).toBe(false);
  });
  it('decodes without throwing: a character outside the alphabet is undefined, leading 1s are zero bytes', () => {
    expect(base58Decode('')).toEqual(new Uint8Array(0));
    expect(base58Decode('1')).toEqual(new Uint8Array([0]));
    expect(base58Decode('z')).toEqual(new Uint8Array([57]));
    expect(base58Decode('21')).toEqual(new Uint8Array([58]));
    expect(base58Decode('5R')).toEqual(new Uint8Array([1, 0]));
    expect(base58Decode('1112')).toEqual(new Uint8Array([0, 0, 0, 1]));
    for (const text of ['0', 'O', 'I', 'l', 'ab0', 'ä', ' ']) expect(base58Decode(text), text).toBeUndefined();
    expect(isWif(`${wif(KEY, 0x80, true).slice(0, 51)}0`)).toBe(false);
  });
});

describe('detectWalletKeys: the detections it appends', () => {
  it('a WIF alone, at the start, at the end: the span, WALLET_PRIVATE_KEY, secret', () => {
    const key = wif(KEY, 0x80, false); // 51 characters
    expect(key).toHaveLength(51);
    expect(detect(key)).toEqual([{ start: 0, end: 51, type: 'WALLET_PRIVATE_KEY', class: 'secret' }]);
    expect(detect(`${key} x`)).toEqual([{ start: 0, end: 51, type: 'WALLET_PRIVATE_KEY', class: 'secret' }]);
    expect(detect(`x ${key}`)).toEqual([{ start: 2, end: 53, type: 'WALLET_PRIVATE_KEY', class: 'secret' }]);
    const compressed = wif(KEY, 0xef, true); // 52, `c…`
    expect(compressed).toHaveLength(52);
    expect(detect(`wif=${compressed};`)).toEqual([{ start: 4, end: 56, type: 'WALLET_PRIVATE_KEY', class: 'secret' }]);
  });
  it('appends after what is there; two keys in one text, each its own span', () => {
    const a = wif(KEY, 0x80, true);
    const b = wif(randomBytes(32), 0xef, false);
    const out: Detection[] = [{ start: 0, end: 1, type: 'EMAIL', class: 'pii.email' }];
    detectWalletKeys(`${a}\n${b}`, out);
    expect(out.map((d) => d.type)).toEqual(['EMAIL', 'WALLET_PRIVATE_KEY', 'WALLET_PRIVATE_KEY']);
    expect(out.slice(1).map((d) => [d.start, d.end])).toEqual([
      [0, a.length],
      [a.length + 1, a.length + 1 + b.length],
    ]);
  });
  it('a WIF inside a longer Base58 run, or glued to a hex digit, is no key', () => {
    const key = wif(KEY, 0x80, true);
    expect(detect(`${key}z`)).toEqual([]);
    expect(detect(`z${key}`)).toEqual([]);
    expect(detect(`${key}-${key}`).map((d) => [d.start, d.end])).toEqual([
      [0, 52],
      [53, 105],
    ]);
  });
  it('an Ethereum key after its cue: its 64 digits with their 0x, at the end of the text too', () => {
    const hex = randomBytes(32).toString('hex');
    expect(detect(`private key: 0x${hex}`)).toEqual([{ start: 13, end: 79, type: 'WALLET_PRIVATE_KEY', class: 'secret' }]);
    expect(detect(`PRIVATE_KEY=${hex}\n`)).toEqual([{ start: 12, end: 76, type: 'WALLET_PRIVATE_KEY', class: 'secret' }]);
    expect(spans(`eth key ${hex.toUpperCase()} and more`)).toEqual([hex.toUpperCase()]);
  });
  it('a text of 64 hex digits and a cue but no 64-hex run, or no cue, has no Ethereum key', () => {
    const hex = randomBytes(32).toString('hex');
    expect(detect(`private key: ${hex.slice(0, 63)}`)).toEqual([]);
    expect(detect(`private value: ${hex}`)).toEqual([]);
    expect(detect(`${hex} is the hash`)).toEqual([]);
  });
  it('a word that says the hex is something else voids the cue; one that does not keeps it', () => {
    const hex = randomBytes(32).toString('hex');
    for (const word of ['public', 'address', 'hash', 'fingerprint', 'digest', 'checksum', 'sha256', 'id']) {
      expect(detect(`private key ${word} ${hex}`), word).toEqual([]);
    }
    expect(spans(`private key (hex) ${hex}`)).toEqual([hex]);
  });
});

describe('isExtendedPrivateKey: a private key\'s version at the start only (2026-12-06f)', () => {
  // An extended public key (`xpub`, version 0x0488B21E) whose key data starts 0x00 and whose
  // Base58Check spelling holds `vprv` at 78: 82 bytes, a valid checksum, every check but the start.
  // Found by a search over the chain code (its first four bytes 1197); the probe-06c-readers run
  // of 2026-12-06e left `/[xtyzYZuvUV]prv/` (the `^` dropped) alive for want of such a string.
  const XPUB_WITH_VPRV = 'xpub661MyMwAqRbcEYS959kh5LLS7jaMFaxaFKDcPgarQcLQJae3uZnijYJ7hu5XenJrdpJzzdaYqHvprvtpC68rmwrHVAH5GDcPoXynsnd7LCa';
  it('is no key, though `vprv` is inside and every other check holds', () => {
    const bytes = base58Decode(XPUB_WITH_VPRV) as Uint8Array;
    expect([XPUB_WITH_VPRV.length, XPUB_WITH_VPRV.indexOf('vprv'), bytes.length, bytes[45]]).toEqual([111, 78, 82, 0]);
    expect(sha256(sha256(bytes.subarray(0, 78))).subarray(0, 4).equals(Buffer.from(bytes.subarray(78)))).toBe(true);
    expect(isExtendedPrivateKey(XPUB_WITH_VPRV)).toBe(false);
    expect(spans(`xpub: ${XPUB_WITH_VPRV}`)).toEqual([]);
  });
});

describe('the rest of the 2026-12-06e run (2026-12-06f): the 64-byte list\'s bounds and class, a version before no Base58', () => {
  it('the shortest list (64 one-digit bytes, 129 characters) and a byte of 255 are a Solana keypair, class secret', () => {
    const shortest = `[${Array.from({ length: 64 }, (_, k) => k % 10).join(',')}]`;
    expect(shortest.length).toBe(129);
    expect(detect(shortest)).toEqual([{ start: 0, end: 129, type: 'WALLET_PRIVATE_KEY', class: 'secret' }]);
    const top = `k=[${Array.from({ length: 64 }, (_, k) => (k === 7 ? 255 : k)).join(',')}]`;
    expect(detect(top)).toEqual([{ start: 2, end: top.length, type: 'WALLET_PRIVATE_KEY', class: 'secret' }]);
  });
  it('a private key\'s version before characters that are no Base58 is no key (and does not throw)', () => {
    expect(isExtendedPrivateKey(`xprv${'0'.repeat(107)}`)).toBe(false);
  });
});

describe('the last 12 of the 2026-12-06f run (issue 13): 82 bytes, and a run of exactly 111 characters', () => {
  /**
   * A Base58Check string of `characters` characters opening with `prefix`, spelling `byteCount`
   * bytes (the checksum's 4 included), key data byte (45) 0x00: the middle of the numbers the
   * prefix opens, byte 45 and the checksum then set (both far below the prefix's digits).
   */
  const spelled = (prefix: string, characters: number, byteCount: number): string => {
    const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
    const rest = 58n ** BigInt(characters - prefix.length);
    let value = 0n;
    for (const character of prefix) value = value * 58n + BigInt(ALPHABET.indexOf(character));
    const bytes = Buffer.from((value * rest + rest / 2n).toString(16).padStart(byteCount * 2, '0'), 'hex');
    bytes[45] = 0;
    sha256(sha256(bytes.subarray(0, byteCount - 4))).copy(bytes, byteCount - 4, 0, 4);
    return base58(bytes);
  };
  it('a private key\'s version, key data 0x00 and a valid checksum over 83 bytes is no extended key', () => {
    const long = spelled('xprv', 112, 83);
    expect([long.slice(0, 4), long.length, base58Decode(long)?.length, (base58Decode(long) as Uint8Array)[45]]).toEqual(['xprv', 112, 83, 0]);
    expect(isExtendedPrivateKey(long)).toBe(false);
  });
  it('a Base58 run of 112 characters is not read as an extended key, though it spells 82 bytes that pass (`tprv` opens numbers below 2^656)', () => {
    const long = spelled('tprv', 112, 82);
    expect([long.length, base58Decode(long)?.length, isExtendedPrivateKey(long)]).toEqual([112, 82, true]);
    expect(detect(`tprv: ${long} end`)).toEqual([]);
    const key = spelled('tprv', 111, 82);
    expect(detect(`tprv: ${key} end`)).toEqual([{ start: 6, end: 117, type: 'WALLET_PRIVATE_KEY', class: 'secret' }]);
  });
});
