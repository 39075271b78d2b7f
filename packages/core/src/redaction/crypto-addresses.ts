// Cryptocurrency addresses (issue 11, the README-only probe of 2026-12-07, F14: `bc1qar0s…` and
// `0x8ba1…BA72` were stored raw). A wallet's address is pseudonymous personal data (GDPR Recital
// 26: a public ledger links it to every payment its holder made); type `CRYPTO_ADDRESS`, class
// `financial.crypto_address`. Each form is taken by its checksum, so a run of the same alphabet and
// length that fails it stays (a git SHA, a 64-hex transaction hash, a UUID, a Base58 id):
//   - Bitcoin P2PKH and P2SH (`1…`, `3…`) and Litecoin's (`L…`, `M…`): Base58Check (the Bitcoin
//     wiki's "Base58Check encoding"), 25 bytes, version 0x00, 0x05, 0x30 or 0x32, the first four
//     bytes of SHA-256(SHA-256(version and hash)) last. A random run passes 1 time in 2^32.
//   - SegWit addresses (`bc1q…`, `bc1p…`, testnet `tb1…`, Litecoin `ltc1…`): Bech32 (BIP-173) for
//     witness version 0 and Bech32m (BIP-350) for versions 1-16, the 30-bit BCH checksum of the
//     human-readable part and the data, one case only, a witness program of 2-40 bytes (20 or 32
//     for version 0).
//   - Ethereum (and EVM chains') `0x` + 40 hex digits: in mixed case the EIP-55 checksum decides
//     (a letter is upper case where the Keccak-256 of the lower-case address has a nibble of 8 or
//     more; a mixed-case run that fails it stays). All lower or all upper case carries no checksum,
//     and `0x` + 40 hex is also how code writes a 160-bit hash or an address of a contract: taken
//     only after a cue on its line, at most 64 characters before it (`wallet`, `address`, `ETH`,
//     `send to`, `deposit`, `recipient`, `payout`, `withdraw`, `MetaMask`, …).
// The checksums are implemented here (no dependency: SHA-256 is node:crypto's; Bech32's polymod
// and Keccak-256, the pre-standard padding that Ethereum uses and node's `sha3-256` does not, are
// short and follow BIP-173/350 and the Keccak reference). One pass over the text's characters finds
// the maximal runs of letters and digits; only runs of an address's length and first characters
// are decoded, each in constant time: linear in the text.
import { createHash } from 'node:crypto';
import { base58Decode } from './wallet-keys.js';
import type { Detection } from './types.js';

const TYPE = 'CRYPTO_ADDRESS';
const CLASS = 'financial.crypto_address';

const sha256 = (bytes: Uint8Array): Buffer => createHash('sha256').update(bytes).digest();

/** Base58Check versions of P2PKH and P2SH addresses: Bitcoin (0x00 `1…`, 0x05 `3…`), Litecoin (0x30 `L…`, 0x32 `M…`). */
const BASE58_VERSIONS = new Set([0x00, 0x05, 0x30, 0x32]);

/** Whether `text` is a Base58Check P2PKH or P2SH address of Bitcoin or Litecoin. */
export function isBase58Address(text: string): boolean {
  if (text.length < 26 || text.length > 35) return false;
  const bytes = base58Decode(text);
  if (bytes === undefined || bytes.length !== 25 || !BASE58_VERSIONS.has(bytes[0] as number)) return false;
  const check = sha256(sha256(bytes.subarray(0, 21)));
  return check.subarray(0, 4).equals(bytes.subarray(21));
}

const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32_VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < BECH32_CHARSET.length; i++) BECH32_VALUES[BECH32_CHARSET.charCodeAt(i)] = i;
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
/** BIP-173's polymod constant for Bech32, BIP-350's for Bech32m. */
const BECH32_CONST = 1;
const BECH32M_CONST = 0x2bc830a3;

function polymodStep(chk: number, value: number): number {
  const top = chk >>> 25;
  chk = ((chk & 0x1ffffff) << 5) ^ value;
  for (let i = 0; i < 5; i++) if (((top >>> i) & 1) !== 0) chk ^= GENERATOR[i] as number;
  return chk;
}

/** Whether `text` is a SegWit address (`bc1…`, `tb1…`, `ltc1…`) with a valid Bech32 (v0) or Bech32m (v1+) checksum (BIP-173, BIP-350). */
export function isSegwitAddress(text: string): boolean {
  if (text.length < 14 || text.length > 90) return false;
  const lower = text.toLowerCase();
  if (lower !== text && text.toUpperCase() !== text) return false;
  const separator = lower.lastIndexOf('1');
  const hrp = lower.slice(0, separator);
  if (hrp !== 'bc' && hrp !== 'tb' && hrp !== 'ltc' && hrp !== 'tltc') return false;
  const data: number[] = [];
  for (let i = separator + 1; i < lower.length; i++) {
    // A character past ASCII is none of the charset's (the table's `undefined` would read as 0, `q`).
    const code = lower.charCodeAt(i);
    const value = code < 128 ? (BECH32_VALUES[code] as number) : -1;
    if (value === -1) return false;
    data.push(value);
  }
  if (data.length < 7) return false;
  let chk = 1;
  for (let i = 0; i < hrp.length; i++) chk = polymodStep(chk, hrp.charCodeAt(i) >> 5);
  chk = polymodStep(chk, 0);
  for (let i = 0; i < hrp.length; i++) chk = polymodStep(chk, hrp.charCodeAt(i) & 31);
  for (const value of data) chk = polymodStep(chk, value);
  const version = data[0] as number;
  if (version > 16 || chk !== (version === 0 ? BECH32_CONST : BECH32M_CONST)) return false;
  // The witness program: the 5-bit groups after the version, without the 6 of the checksum, as bytes.
  const bits = (data.length - 7) * 5;
  const length = bits >> 3;
  if (bits - length * 8 >= 5 || length < 2 || length > 40) return false;
  return version !== 0 || length === 20 || length === 32;
}

// Keccak-256 (the Keccak team's submission as Ethereum uses it: padding 0x01, not SHA-3's 0x06),
// on 64-bit lanes as pairs of 32-bit halves.
const ROUND_CONSTANTS_HI = new Uint32Array(24);
const ROUND_CONSTANTS_LO = new Uint32Array(24);
{
  let lfsr = 1;
  for (let round = 0; round < 24; round++) {
    let hi = 0;
    let lo = 0;
    for (let j = 0; j < 7; j++) {
      if ((lfsr & 1) !== 0) {
        const bit = (1 << j) - 1;
        if (bit < 32) lo ^= 1 << bit;
        else hi ^= 1 << (bit - 32);
      }
      lfsr = (lfsr & 0x80) !== 0 ? ((lfsr << 1) ^ 0x71) & 0xff : (lfsr << 1) & 0xff;
    }
    ROUND_CONSTANTS_HI[round] = hi >>> 0;
    ROUND_CONSTANTS_LO[round] = lo >>> 0;
  }
}
const ROTATIONS = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14];

function keccakF(hi: Uint32Array, lo: Uint32Array): void {
  const cHi = new Uint32Array(5);
  const cLo = new Uint32Array(5);
  const bHi = new Uint32Array(25);
  const bLo = new Uint32Array(25);
  for (let round = 0; round < 24; round++) {
    // θ
    for (let x = 0; x < 5; x++) {
      cHi[x] = (hi[x] as number) ^ (hi[x + 5] as number) ^ (hi[x + 10] as number) ^ (hi[x + 15] as number) ^ (hi[x + 20] as number);
      cLo[x] = (lo[x] as number) ^ (lo[x + 5] as number) ^ (lo[x + 10] as number) ^ (lo[x + 15] as number) ^ (lo[x + 20] as number);
    }
    for (let x = 0; x < 5; x++) {
      const nHi = cHi[(x + 1) % 5] as number;
      const nLo = cLo[(x + 1) % 5] as number;
      const dHi = (cHi[(x + 4) % 5] as number) ^ ((nHi << 1) | (nLo >>> 31));
      const dLo = (cLo[(x + 4) % 5] as number) ^ ((nLo << 1) | (nHi >>> 31));
      for (let y = 0; y < 25; y += 5) {
        hi[x + y] = (hi[x + y] as number) ^ dHi;
        lo[x + y] = (lo[x + y] as number) ^ dLo;
      }
    }
    // ρ and π: lane (x, y) rotated by its offset goes to (y, 2x + 3y).
    for (let x = 0; x < 5; x++) {
      for (let y = 0; y < 5; y++) {
        const from = x + 5 * y;
        const to = y + 5 * ((2 * x + 3 * y) % 5);
        const r = ROTATIONS[from] as number;
        const h = hi[from] as number;
        const l = lo[from] as number;
        if (r === 0) {
          bHi[to] = h;
          bLo[to] = l;
        } else if (r < 32) {
          bHi[to] = (h << r) | (l >>> (32 - r));
          bLo[to] = (l << r) | (h >>> (32 - r));
        } else if (r === 32) {
          bHi[to] = l;
          bLo[to] = h;
        } else {
          const s = r - 32;
          bHi[to] = (l << s) | (h >>> (32 - s));
          bLo[to] = (h << s) | (l >>> (32 - s));
        }
      }
    }
    // χ
    for (let y = 0; y < 25; y += 5) {
      for (let x = 0; x < 5; x++) {
        hi[x + y] = (bHi[x + y] as number) ^ (~(bHi[((x + 1) % 5) + y] as number) & (bHi[((x + 2) % 5) + y] as number));
        lo[x + y] = (bLo[x + y] as number) ^ (~(bLo[((x + 1) % 5) + y] as number) & (bLo[((x + 2) % 5) + y] as number));
      }
    }
    // ι
    hi[0] = (hi[0] as number) ^ (ROUND_CONSTANTS_HI[round] as number);
    lo[0] = (lo[0] as number) ^ (ROUND_CONSTANTS_LO[round] as number);
  }
}

/** Keccak-256 of `input` (bytes, at most one block of 136: what EIP-55 hashes is 40), as 32 bytes. */
export function keccak256(input: Uint8Array): Uint8Array {
  const rate = 136;
  const hi = new Uint32Array(25);
  const lo = new Uint32Array(25);
  let offset = 0;
  const absorb = (block: Uint8Array): void => {
    for (let i = 0; i < rate / 8; i++) {
      const b = i * 8;
      lo[i] = (lo[i] as number) ^ ((block[b] as number) | ((block[b + 1] as number) << 8) | ((block[b + 2] as number) << 16) | ((block[b + 3] as number) << 24));
      hi[i] = (hi[i] as number) ^ ((block[b + 4] as number) | ((block[b + 5] as number) << 8) | ((block[b + 6] as number) << 16) | ((block[b + 7] as number) << 24));
    }
    keccakF(hi, lo);
  };
  for (; offset + rate <= input.length; offset += rate) absorb(input.subarray(offset, offset + rate));
  const last = new Uint8Array(rate);
  last.set(input.subarray(offset));
  last[input.length - offset] = (last[input.length - offset] as number) ^ 0x01;
  last[rate - 1] = (last[rate - 1] as number) ^ 0x80;
  absorb(last);
  const out = new Uint8Array(32);
  for (let i = 0; i < 4; i++) {
    for (let k = 0; k < 4; k++) {
      out[i * 8 + k] = ((lo[i] as number) >>> (8 * k)) & 0xff;
      out[i * 8 + 4 + k] = ((hi[i] as number) >>> (8 * k)) & 0xff;
    }
  }
  return out;
}

/** Whether the 40 hex digits `hex` (no `0x`) hold EIP-55's checksum in their letters' case. */
export function eip55Holds(hex: string): boolean {
  const lower = hex.toLowerCase();
  const hash = keccak256(new TextEncoder().encode(lower));
  for (let i = 0; i < 40; i++) {
    const code = hex.charCodeAt(i);
    if (code < 65) continue;
    const nibble = (((hash[i >> 1] as number) >> ((i & 1) === 0 ? 4 : 0)) & 15) >= 8;
    const upper = code <= 90;
    if (nibble !== upper) return false;
  }
  return true;
}

/**
 * A wallet's cue before an unchecked (single-case) `0x` address, on its line: the last 64
 * characters before it are searched (bounded, so the work per address is constant).
 */
const walletCue = /(?<![\p{L}\p{N}])(?:wallet|address|addr|eth|ether|ethereum|erc-?20|usdt|usdc|evm|metamask|ledger|send(?:ing)? (?:it |them )?to|sent to|pay(?:ing)? to|transfer(?:red)? to|deposit|recipient|beneficiary|payout|withdraw(?:al)?|receiv(?:e|ing) (?:address|wallet)|polygon|arbitrum|bnb|bsc)(?![\p{L}])/iu;

const enum Kind {
  Other = 0,
  Digit = 1,
  Letter = 2,
}
const KIND = new Uint8Array(128);
for (let c = 48; c <= 57; c++) KIND[c] = Kind.Digit;
for (let c = 65; c <= 90; c++) KIND[c] = Kind.Letter;
for (let c = 97; c <= 122; c++) KIND[c] = Kind.Letter;

const isHex = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);

/** Cryptocurrency addresses in `text` (see the file's head): type `CRYPTO_ADDRESS`, class `financial.crypto_address`. */
export function detectCryptoAddresses(text: string, out: Detection[]): void {
  const length = text.length;
  let start = -1;
  for (let index = 0; index <= length; index++) {
    const code = index < length ? text.charCodeAt(index) : 0;
    // `_` joins a run too: an address glued to an identifier (`id_1A1z…`) is no address.
    const inRun = code === 95 || (code < 128 && KIND[code] !== Kind.Other);
    if (inRun) {
      if (start === -1) start = index;
      continue;
    }
    if (start === -1) continue;
    const runLength = index - start;
    const runStart = start;
    start = -1;
    // A non-ASCII letter right after (`…ä`) makes the run part of a word.
    if (code >= 128 && /\p{L}|\p{N}/u.test(String.fromCharCode(code))) continue;
    if (runLength < 26 || runLength > 90) continue;
    const first = text.charCodeAt(runStart);
    if (runLength === 42 && first === 48 && (text.charCodeAt(runStart + 1) | 32) === 120) {
      checkEthereum(text, runStart, out);
      continue;
    }
    if (runLength <= 35 && (first === 49 || first === 51 || first === 76 || first === 77)) {
      const run = text.slice(runStart, index);
      if (isBase58Address(run)) {
        out.push({ start: runStart, end: index, type: TYPE, class: CLASS, normalized: run });
        continue;
      }
      // `L…` may be a Litecoin SegWit address in capitals (`LTC1P…`, a short witness program): read below.
    }
    const lowerFirst = first | 32;
    if (runLength >= 14 && (lowerFirst === 98 || lowerFirst === 116 || lowerFirst === 108)) {
      const run = text.slice(runStart, index);
      if (/^(?:bc|tb|ltc|tltc)1/i.test(run) && isSegwitAddress(run)) out.push({ start: runStart, end: index, type: TYPE, class: CLASS, normalized: run.toLowerCase() });
    }
  }
}

function checkEthereum(text: string, start: number, out: Detection[]): void {
  let lower = false;
  let upper = false;
  for (let i = start + 2; i < start + 42; i++) {
    const code = text.charCodeAt(i);
    if (!isHex(code)) return;
    if (code >= 97) lower = true;
    else if (code >= 65) upper = true;
  }
  const hex = text.slice(start + 2, start + 42);
  if (lower && upper) {
    if (!eip55Holds(hex)) return;
  } else {
    // No checksum: a cue on the line, within 64 characters before.
    let from = Math.max(0, start - 64);
    const lineStart = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('\r', start - 1)) + 1;
    if (lineStart > from) from = lineStart;
    if (!walletCue.test(text.slice(from, start))) return;
  }
  out.push({ start, end: start + 42, type: TYPE, class: CLASS, normalized: `0x${hex.toLowerCase()}` });
}
