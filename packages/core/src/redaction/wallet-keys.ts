// Wallets' private keys outside `name = value` forms (issue 11, a fresh probe of 2026-12-03, row 59):
//   - Bitcoin's Wallet Import Format (WIF): Base58Check (the Bitcoin wiki's "Wallet import format"
//     and "Base58Check encoding") of a version byte, 0x80 (mainnet) or 0xEF (testnet), the 32-byte
//     key, a 0x01 byte when the public key is compressed, and a checksum: the first four bytes of
//     SHA-256(SHA-256(payload)). 51 characters starting `5` (`9` on testnet) or 52 starting `K`, `L`
//     (`c` on testnet). The checksum makes a run of Base58 a key without any label: a random run of
//     the right length and first character passes 1 time in 2^32 (IPFS CIDs `Qm…`, other Base58
//     strings, the same key with one character changed stay).
//   - An Ethereum (secp256k1) private key, 64 hexadecimal digits with or without `0x`, only after a
//     cue on its line (`private key`, `privkey`, `PRIVATE_KEY=`, `eth key`, `wallet key`, `signing
//     key`): 64 hex digits alone are as often a SHA-256 digest or a transaction hash, which stay.
import { createHash } from 'node:crypto';
import { hasRunOf } from './internal/chars.js';
import type { Detection } from './types.js';

const BASE58_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BASE58_DIGITS = new Map([...BASE58_ALPHABET].map((character, digit) => [character, BigInt(digit)]));

/** The bytes a Base58 string spells (Bitcoin's alphabet: no `0`, `O`, `I`, `l`), or undefined. */
export function base58Decode(text: string): Uint8Array | undefined {
  let value = 0n;
  for (const character of text) {
    const digit = BASE58_DIGITS.get(character);
    if (digit === undefined) return undefined;
    value = value * 58n + digit;
  }
  const bytes: number[] = [];
  for (; value > 0n; value >>= 8n) bytes.push(Number(value & 0xffn));
  // Each leading `1` is a leading zero byte.
  for (let index = 0; index < text.length && text[index] === '1'; index++) bytes.push(0);
  return Uint8Array.from(bytes.reverse());
}

const sha256 = (bytes: Uint8Array): Buffer => createHash('sha256').update(bytes).digest();

/** Whether `text` is a private key in Wallet Import Format: version 0x80 or 0xEF, 32 bytes (and 0x01), a valid SHA-256d checksum. */
export function isWif(text: string): boolean {
  const bytes = base58Decode(text);
  if (bytes === undefined || (bytes.length !== 37 && bytes.length !== 38)) return false;
  if (bytes[0] !== 0x80 && bytes[0] !== 0xef) return false;
  if (bytes.length === 38 && bytes[33] !== 0x01) return false;
  const payload = bytes.subarray(0, bytes.length - 4);
  const checksum = sha256(sha256(payload));
  return checksum.subarray(0, 4).equals(bytes.subarray(bytes.length - 4));
}

/** Base58Check: the payload's last four bytes are the first four of SHA-256(SHA-256(the rest)). */
function checksumHolds(bytes: Uint8Array): boolean {
  const payload = bytes.subarray(0, bytes.length - 4);
  return sha256(sha256(payload)).subarray(0, 4).equals(bytes.subarray(bytes.length - 4));
}

/**
 * Whether `text` is a BIP-32 extended private key (`xprv`, `tprv`; SLIP-132's `yprv`, `zprv`,
 * `Yprv`, `Zprv`, `uprv`, `vprv`, `Uprv`, `Vprv`): 111 Base58 characters spelling 78 bytes and a
 * Base58Check checksum, the key data's first byte 0x00 (a private key's; a public key's is 0x02 or
 * 0x03, so `xpub…` stays). A wallet's master key: every address derived from it (L2 of the probe of
 * 2026-12-06c; stored raw before).
 */
export function isExtendedPrivateKey(text: string): boolean {
  if (!/^[xtyzYZuvUV]prv/.test(text)) return false;
  const bytes = base58Decode(text);
  return bytes !== undefined && bytes.length === 82 && bytes[45] === 0x00 && checksumHolds(bytes);
}

/** Whether `text` is a BIP-38 encrypted private key: `6P`, 58 Base58 characters, 39 bytes from 0x01 0x42 or 0x01 0x43, a valid checksum (L2 of 2026-12-06c). */
export function isBip38(text: string): boolean {
  const bytes = base58Decode(text);
  return bytes !== undefined && bytes.length === 43 && bytes[0] === 0x01 && (bytes[1] === 0x42 || bytes[1] === 0x43) && checksumHolds(bytes);
}

/** Per ASCII character: 1 when Base58 (a WIF's), 2 when hexadecimal (an Ethereum key's); both for `1`-`9`, `A`-`F`, `a`-`f`. */
const CHARACTER_KINDS = new Uint8Array(128);
for (const character of BASE58_ALPHABET) CHARACTER_KINDS[character.charCodeAt(0)] = 1;
for (const character of '0123456789abcdefABCDEF') {
  const code = character.charCodeAt(0);
  CHARACTER_KINDS[code] = (CHARACTER_KINDS[code] as number) | 2;
}
const WIF_FIRST = new Set(['5', '9', 'K', 'L', 'c']);
/**
 * An Ethereum private key's cue, then at most 40 characters on the same line (`: `, `=`, `is`,
 * `(hex)`, a quote), then 64 hex digits (`0x` optional) not inside a longer hex run. Words between
 * that say the hex is something else (`public`, `address`, `hash`, `fingerprint`) void the cue.
 */
const ethKey = /(?<![\p{L}\p{N}])(?:private[ _-]?key|priv[ _-]?key|privkey|(?:eth(?:ereum)?|wallet|account|signer|signing|evm|metamask)[ _-]?(?:private[ _-]?)?key)([^\r\n]{0,40}?)(?<![0-9a-fA-F])((?:0x)?[0-9a-fA-F]{64})(?![0-9a-zA-Z])/giu;
const notAKey = /public|address|hash|fingerprint|digest|checksum|sha-?\d|\bid\b/i;

/** WIF keys anywhere, Ethereum keys after their cue: type `WALLET_PRIVATE_KEY`, class `secret`. */
/**
 * Characters of either kind: a WIF (51 Base58 characters) or an Ethereum key (64 hex digits) is a
 * run of 51 or more of them, so where hasRunOf finds none the loop below has nothing to find. (A
 * native `/[…]{51}|[…]{64}/` tried every position and read each word to its end: 3.5% of the
 * sealing CPU of hotpath-compare's events, 2026-12-03.)
 */
const EITHER_KIND = CHARACTER_KINDS.map((kind) => (kind === 0 ? 0 : 1));

/**
 * A Solana keypair as `solana-keygen` writes it (`id.json`): a JSON list of exactly 64 bytes, the
 * ed25519 secret key and its public key (L3 of the probe of 2026-12-06c: stored raw in text). The
 * classes of the list (digits, blanks, a comma) do not overlap, so the count is read in one pass.
 */
const byteList64 = /\[[ \t\r\n]*(?:\d{1,3}[ \t\r\n]*,[ \t\r\n]*){63}\d{1,3}[ \t\r\n]*\]/g;

export function detectWalletKeys(text: string, out: Detection[]): void {
  if (text.length >= 129 && text.includes('[') && text.includes(',')) {
    for (const m of text.matchAll(byteList64)) {
      if ((m[0].match(/\d+/g) as string[]).every((byte) => Number(byte) <= 255)) out.push({ start: m.index, end: m.index + m[0].length, type: 'WALLET_PRIVATE_KEY', class: 'secret' });
    }
  }
  if (text.length < 51 || !hasRunOf(text, EITHER_KIND, 51)) return;
  // One pass over the characters: each maximal Base58 run of 51 or 52 with a WIF's first character
  // is decoded; whether a run of 64 hex digits exists decides whether the Ethereum cue is looked for.
  let base58Start = 0;
  let hexRun = 0;
  let hex64 = false;
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 0;
    const kind = code < 128 ? (CHARACTER_KINDS[code] as number) : 0;
    hexRun = (kind & 2) !== 0 ? hexRun + 1 : 0;
    if (hexRun >= 64) hex64 = true;
    if ((kind & 1) !== 0) continue;
    const length = index - base58Start;
    if ((length === 51 || length === 52) && WIF_FIRST.has(text[base58Start] as string) && isWif(text.slice(base58Start, index))) {
      out.push({ start: base58Start, end: index, type: 'WALLET_PRIVATE_KEY', class: 'secret' });
    } else if ((length === 111 && isExtendedPrivateKey(text.slice(base58Start, index))) || (length === 58 && text.startsWith('6P', base58Start) && isBip38(text.slice(base58Start, index)))) {
      out.push({ start: base58Start, end: index, type: 'WALLET_PRIVATE_KEY', class: 'secret' });
    }
    base58Start = index + 1;
  }
  if (!hex64 || !/key/i.test(text)) return;
  for (const match of text.matchAll(ethKey)) {
    if (notAKey.test(match[1] as string)) continue;
    const key = match[2] as string;
    const start = match.index + match[0].length - key.length;
    out.push({ start, end: start + key.length, type: 'WALLET_PRIVATE_KEY', class: 'secret' });
  }
}
