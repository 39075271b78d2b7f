// Issue 13: direct calls of crypto-addresses.ts (F14 of the probe of 2026-12-07, 80cfb827), written
// from the Stryker run of 2026-12-07 (docs/TESTING.md, its row), whose only tests went through
// detectSensitive with a few addresses each. The addresses here are made by the test's own encoders
// (Base58Check with node's SHA-256, Bech32/Bech32m from BIP-173/350's reference, EIP-55 with a
// Keccak-256 written here from the specification on 64-bit BigInt lanes and checked against node's
// SHA3-256 with SHA-3's padding), so each boundary of the rules can be tried on both sides: the
// versions, the programs' lengths and padding, each witness version's constant, the hex digits'
// bounds, the cue's 64 characters and its line, the runs' edges.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { detectCryptoAddresses, eip55Holds, isBase58Address, isSegwitAddress, keccak256 } from './crypto-addresses.js';
import type { Detection } from './types.js';

// ---- encoders (independent of the module) ----
const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const sha256 = (bytes: Uint8Array): Buffer => createHash('sha256').update(bytes).digest();
function base58(bytes: Uint8Array): string {
  let value = 0n;
  for (const b of bytes) value = value * 256n + BigInt(b);
  let out = '';
  for (; value > 0n; value /= 58n) out = ALPHABET[Number(value % 58n)] + out;
  for (let i = 0; i < bytes.length && bytes[i] === 0; i++) out = `1${out}`;
  return out;
}
function base58Check(version: number, payload: Uint8Array): string {
  const body = Uint8Array.from([version, ...payload]);
  return base58(Uint8Array.from([...body, ...sha256(sha256(body)).subarray(0, 4)]));
}
const seeded = (length: number, seed: number): Uint8Array => Uint8Array.from({ length }, (_, i) => (i * 73 + seed * 151 + 17) & 0xff);

const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(values: number[]): number {
  const gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk = (chk ^ (gen[i] as number)) >>> 0;
  }
  return chk;
}
const hrpExpand = (hrp: string): number[] => [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31)];
function toGroups(bytes: Uint8Array, extraZeroGroups = 0): number[] {
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out.push((acc >> bits) & 31);
    }
  }
  if (bits > 0) out.push((acc << (5 - bits)) & 31);
  for (let i = 0; i < extraZeroGroups; i++) out.push(0);
  return out;
}
/** A SegWit address: `constant` 1 (Bech32) or 0x2bc830a3 (Bech32m). */
function segwit(hrp: string, version: number, program: Uint8Array, constant: number, extraZeroGroups = 0): string {
  const data = [version, ...toGroups(program, extraZeroGroups)];
  const mod = polymod([...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ constant;
  const checksum = Array.from({ length: 6 }, (_, i) => (mod >>> (5 * (5 - i))) & 31);
  return `${hrp}1${[...data, ...checksum].map((v) => CHARSET[v]).join('')}`;
}
const BECH32 = 1;
const BECH32M = 0x2bc830a3;

// Keccak-f[1600] on BigInt lanes, from the specification (FIPS 202's round constants and offsets).
const RC = [
  0x0000000000000001n, 0x0000000000008082n, 0x800000000000808an, 0x8000000080008000n, 0x000000000000808bn, 0x0000000080000001n,
  0x8000000080008081n, 0x8000000000008009n, 0x000000000000008an, 0x0000000000000088n, 0x0000000080008009n, 0x000000008000000an,
  0x000000008000808bn, 0x800000000000008bn, 0x8000000000008089n, 0x8000000000008003n, 0x8000000000008002n, 0x8000000000000080n,
  0x000000000000800an, 0x800000008000000an, 0x8000000080008081n, 0x8000000000008080n, 0x0000000080000001n, 0x8000000080008008n,
];
const MASK = (1n << 64n) - 1n;
const rotl = (v: bigint, r: number): bigint => (r === 0 ? v : ((v << BigInt(r)) | (v >> BigInt(64 - r))) & MASK);
function referenceSponge(input: Uint8Array, pad: number): string {
  const rate = 136;
  const s: bigint[] = new Array<bigint>(25).fill(0n);
  const padded = new Uint8Array(Math.floor(input.length / rate) * rate + rate);
  padded.set(input);
  padded[input.length] = (padded[input.length] as number) ^ pad;
  padded[padded.length - 1] = (padded[padded.length - 1] as number) ^ 0x80;
  for (let block = 0; block < padded.length; block += rate) {
    for (let i = 0; i < rate / 8; i++) {
      let lane = 0n;
      for (let k = 7; k >= 0; k--) lane = (lane << 8n) | BigInt(padded[block + i * 8 + k] as number);
      s[i] = (s[i] as bigint) ^ lane;
    }
    for (let round = 0; round < 24; round++) {
      const c = Array.from({ length: 5 }, (_, x) => (s[x] as bigint) ^ (s[x + 5] as bigint) ^ (s[x + 10] as bigint) ^ (s[x + 15] as bigint) ^ (s[x + 20] as bigint));
      for (let x = 0; x < 5; x++) {
        const d = (c[(x + 4) % 5] as bigint) ^ rotl(c[(x + 1) % 5] as bigint, 1);
        for (let y = 0; y < 5; y++) s[x + 5 * y] = (s[x + 5 * y] as bigint) ^ d;
      }
      // ρ offsets by walking (x, y) → (y, 2x + 3y) from (1, 0), t(t+1)/2.
      const offsets = new Array<number>(25).fill(0);
      let x = 1;
      let y = 0;
      for (let t = 0; t < 24; t++) {
        offsets[x + 5 * y] = (((t + 1) * (t + 2)) / 2) % 64;
        [x, y] = [y, (2 * x + 3 * y) % 5];
      }
      const b = new Array<bigint>(25).fill(0n);
      for (let xx = 0; xx < 5; xx++) for (let yy = 0; yy < 5; yy++) b[yy + 5 * ((2 * xx + 3 * yy) % 5)] = rotl(s[xx + 5 * yy] as bigint, offsets[xx + 5 * yy] as number);
      for (let yy = 0; yy < 5; yy++) for (let xx = 0; xx < 5; xx++) s[xx + 5 * yy] = (b[xx + 5 * yy] as bigint) ^ (~(b[((xx + 1) % 5) + 5 * yy] as bigint) & MASK & (b[((xx + 2) % 5) + 5 * yy] as bigint));
      s[0] = (s[0] as bigint) ^ (RC[round] as bigint);
    }
  }
  let hex = '';
  for (let i = 0; i < 4; i++) for (let k = 0; k < 8; k++) hex += Number(((s[i] as bigint) >> BigInt(8 * k)) & 0xffn).toString(16).padStart(2, '0');
  return hex;
}
/** EIP-55's spelling of 40 lower-case hex digits, by the reference Keccak. */
function eip55(lowerHex: string): string {
  const hash = referenceSponge(new TextEncoder().encode(lowerHex), 0x01);
  return [...lowerHex].map((c, i) => (/[a-f]/.test(c) && parseInt(hash[i] as string, 16) >= 8 ? c.toUpperCase() : c)).join('');
}
const hexOf = (seed: number): string => Array.from({ length: 40 }, (_, i) => '0123456789abcdef'[(i * 7 + seed * 13 + ((i * seed) >> 2)) % 16]).join('');

const found = (text: string): Array<[string, string | undefined]> => {
  const out: Detection[] = [];
  detectCryptoAddresses(text, out);
  for (const d of out) {
    expect(d.type).toBe('CRYPTO_ADDRESS');
    expect(d.class).toBe('financial.crypto_address');
  }
  return out.map((d) => [text.slice(d.start, d.end), d.normalized]);
};

describe('Keccak-256 and EIP-55', () => {
  it('the reference sponge is SHA3-256 with SHA-3 padding, at every length to three blocks', () => {
    for (let length = 0; length <= 3 * 136 + 2; length++) {
      const input = seeded(length, length);
      expect(referenceSponge(input, 0x06)).toBe(createHash('sha3-256').update(input).digest('hex'));
    }
  });

  it('keccak256 is the reference with Keccak padding, at every length to three blocks', () => {
    expect(Buffer.from(keccak256(new TextEncoder().encode('abc'))).toString('hex')).toBe('4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45');
    for (let length = 0; length <= 3 * 136 + 2; length++) {
      const input = seeded(length, length + 5);
      expect(Buffer.from(keccak256(input)).toString('hex')).toBe(referenceSponge(input, 0x01));
    }
  });

  it('eip55Holds: every checksummed spelling holds, and each of its letters flipped alone does not', () => {
    let letters = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const good = eip55(hexOf(seed));
      expect(eip55Holds(good)).toBe(true);
      for (let i = 0; i < 40; i++) {
        const c = good[i] as string;
        if (!/[a-fA-F]/.test(c)) continue;
        letters++;
        const flipped = good.slice(0, i) + (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()) + good.slice(i + 1);
        expect(eip55Holds(flipped)).toBe(false);
      }
    }
    expect(letters).toBeGreaterThan(400);
    // Digits carry no case: all digits hold.
    expect(eip55Holds('0123456789'.repeat(4))).toBe(true);
  });
});

describe('isBase58Address and isSegwitAddress', () => {
  it('Base58Check: the four versions, not the others, not a broken checksum', () => {
    for (const version of [0x00, 0x05, 0x30, 0x32]) {
      for (let seed = 0; seed < 5; seed++) expect(isBase58Address(base58Check(version, seeded(20, seed)))).toBe(true);
    }
    for (const version of [0x01, 0x04, 0x06, 0x1e, 0x2f, 0x31, 0x33, 0x6f, 0xc4]) expect(isBase58Address(base58Check(version, seeded(20, version)))).toBe(false);
    // Twenty zero bytes: `1111111111111111111114oLvT2`, 27 characters.
    const zeros = base58Check(0, new Uint8Array(20));
    expect(zeros).toHaveLength(27);
    expect(isBase58Address(zeros)).toBe(true);
    // Nineteen zero bytes and a 1: 26 characters, the shortest an address can be (20 leading `1`s and 6 more).
    const shortest = base58Check(0, Uint8Array.from([...new Array<number>(19).fill(0), 1]));
    expect(shortest).toHaveLength(26);
    expect(isBase58Address(shortest)).toBe(true);
    expect(isBase58Address(shortest.slice(1))).toBe(false);
    const good = base58Check(0, seeded(20, 3));
    expect(isBase58Address(`${good.slice(0, -1)}${good.endsWith('z') ? 'y' : 'z'}`)).toBe(false);
    expect(isBase58Address(`${good.slice(0, 10)}0${good.slice(11)}`)).toBe(false);
  });

  it('Bech32 for version 0 (20 or 32 bytes), Bech32m for 1 to 16 (2 to 40 bytes), every network', () => {
    for (const hrp of ['bc', 'tb', 'ltc', 'tltc']) {
      expect(isSegwitAddress(segwit(hrp, 0, seeded(20, 1), BECH32))).toBe(true);
      expect(isSegwitAddress(segwit(hrp, 0, seeded(32, 2), BECH32))).toBe(true);
      expect(isSegwitAddress(segwit(hrp, 1, seeded(32, 3), BECH32M))).toBe(true);
    }
    for (const hrp of ['bb', 'bcc', 'tbc', 'ltcc', 'lt', 'b', 'xbc']) expect(isSegwitAddress(segwit(hrp, 0, seeded(20, 1), BECH32))).toBe(false);
    for (const length of [2, 3, 20, 31, 33, 40]) expect(isSegwitAddress(segwit('bc', 1, seeded(length, length), BECH32M))).toBe(true);
    for (const length of [1, 41]) expect(isSegwitAddress(segwit('bc', 1, seeded(length, length), BECH32M))).toBe(false);
    // A one-byte program under the longest prefix: 14 characters, long enough to be read, too short a program.
    const oneByte = segwit('tltc', 1, seeded(1, 1), BECH32M);
    expect(oneByte).toHaveLength(14);
    expect(isSegwitAddress(oneByte)).toBe(false);
    for (const length of [19, 21, 31, 33]) expect(isSegwitAddress(segwit('bc', 0, seeded(length, length), BECH32))).toBe(false);
    expect(isSegwitAddress(segwit('bc', 16, seeded(20, 4), BECH32M))).toBe(true);
    expect(isSegwitAddress(segwit('bc', 17, seeded(20, 4), BECH32M))).toBe(false);
    // The wrong constant for the version.
    expect(isSegwitAddress(segwit('bc', 0, seeded(20, 1), BECH32M))).toBe(false);
    expect(isSegwitAddress(segwit('bc', 1, seeded(32, 3), BECH32))).toBe(false);
    expect(isSegwitAddress(segwit('bc', 16, seeded(20, 4), BECH32))).toBe(false);
    // More than four bits of padding (a zero group too many), for programs whose bits end evenly and not.
    expect(isSegwitAddress(segwit('bc', 1, seeded(5, 5), BECH32M, 1))).toBe(false);
    // Four bits of padding is allowed (two bytes: 4 groups, 20 bits).
    expect(isSegwitAddress(segwit('bc', 1, seeded(2, 5), BECH32M))).toBe(true);
    expect(isSegwitAddress(segwit('bc', 0, seeded(20, 1), BECH32, 1))).toBe(false);
  });

  it('the shortest address (14 characters) and one case only', () => {
    const shortest = segwit('bc', 1, seeded(2, 9), BECH32M);
    expect(shortest).toHaveLength(14);
    expect(isSegwitAddress(shortest)).toBe(true);
    expect(isSegwitAddress(shortest.toUpperCase())).toBe(true);
    const v0 = segwit('bc', 0, seeded(20, 6), BECH32);
    expect(isSegwitAddress(v0.toUpperCase())).toBe(true);
    expect(isSegwitAddress(`B${v0.slice(1)}`)).toBe(false);
    const letter = v0.search(/[a-z][^a-z]*$/);
    expect(letter).toBeGreaterThan(3);
    expect(isSegwitAddress(`${v0.slice(0, letter)}${v0.charAt(letter).toUpperCase()}${v0.slice(letter + 1)}`)).toBe(false);
    // A character outside the charset (`b`, `i`, `o`) in the data.
    expect(isSegwitAddress(`${v0.slice(0, 10)}b${v0.slice(11)}`)).toBe(false);
    // A character past ASCII where a `q` (the value 0) was: until 2026-12-07 the table's `undefined` read as 0 and it passed.
    const probe = 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq';
    expect(isSegwitAddress(probe)).toBe(true);
    for (const other of ['é', 'ő', '\u0100', 'ｑ', '\u0080']) expect([other, isSegwitAddress(`${probe.slice(0, -1)}${other}`)]).toEqual([other, false]);
    // And where a `p` (the value 1) was.
    const withP = segwit('bc', 0, seeded(20, 11), BECH32);
    const p = withP.indexOf('p', 4);
    expect(p).toBeGreaterThan(3);
    expect(isSegwitAddress(`${withP.slice(0, p)}é${withP.slice(p + 1)}`)).toBe(false);
  });
});

describe('detectCryptoAddresses: the runs, the branches, the spans', () => {
  it('each first character of Base58 (1, 3, L, M), with the run as its value', () => {
    const shortest = base58Check(0, Uint8Array.from([...new Array<number>(19).fill(0), 1]));
    expect(found(`pay ${shortest} now`)).toEqual([[shortest, shortest]]);
    for (const version of [0x00, 0x05, 0x30, 0x32]) {
      const address = base58Check(version, seeded(20, version + 1));
      expect(found(`pay ${address}, thanks`)).toEqual([[address, address]]);
      expect(found(address)).toEqual([[address, address]]);
    }
  });

  it('SegWit on each network, lower-case as its value, in upper case too', () => {
    for (const hrp of ['bc', 'tb', 'ltc', 'tltc']) {
      const address = segwit(hrp, 0, seeded(20, 7), BECH32);
      expect(found(`to ${address}.`)).toEqual([[address, address]]);
      expect(found(`to ${address.toUpperCase()}.`)).toEqual([[address.toUpperCase(), address]]);
      const taproot = segwit(hrp, 1, seeded(32, 8), BECH32M);
      expect(found(`(${taproot})`)).toEqual([[taproot, taproot]]);
    }
  });

  it('an address of 26 to 90 characters only: the shortest SegWit addresses (14-25) are not read in text', () => {
    const short = segwit('bc', 1, seeded(2, 9), BECH32M);
    expect(isSegwitAddress(short)).toBe(true);
    expect(found(`to ${short}`)).toEqual([]);
    const ten = segwit('bc', 1, seeded(10, 9), BECH32M);
    expect(ten).toHaveLength(26);
    expect(found(`to ${ten}`)).toEqual([[ten, ten]]);
    const nine = segwit('bc', 1, seeded(9, 9), BECH32M);
    expect(nine).toHaveLength(25);
    expect(isSegwitAddress(nine)).toBe(true);
    expect(found(`to ${nine}`)).toEqual([]);
    const longest = segwit('tltc', 1, seeded(40, 9), BECH32M);
    expect(found(`to ${longest}`)).toEqual([[longest, longest]]);
  });

  it('an Ethereum address in mixed case by its checksum, single case after a cue; its value is lower case', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const good = eip55(hexOf(seed));
      if (good === good.toLowerCase()) continue;
      expect(found(`from 0x${good} today`)).toEqual([[`0x${good}`, `0x${good.toLowerCase()}`]]);
      expect(found(`from 0X${good}`)).toEqual([[`0X${good}`, `0x${good.toLowerCase()}`]]);
      const broken = good.replace(/[a-f]/, (c) => c.toUpperCase());
      if (broken !== good) expect(found(`from 0x${broken}`)).toEqual([]);
    }
  });

  it('every hex digit, and the first letters past them (g, G) or `_`, in a single-case address', () => {
    const lower = '0123456789abcdef0123456789abcdef01234567';
    expect(found(`wallet 0x${lower}`)).toEqual([[`0x${lower}`, `0x${lower}`]]);
    expect(found(`wallet 0x${lower.toUpperCase()}`)).toEqual([[`0x${lower.toUpperCase()}`, `0x${lower}`]]);
    for (const odd of ['g', 'G', '_', 'z', 'Z']) expect(found(`wallet 0x${lower.slice(0, 20)}${odd}${lower.slice(21)}`)).toEqual([]);
    // Digits only: single case, the cue decides.
    const digits = '0123456789'.repeat(4);
    expect(found(`wallet 0x${digits}`)).toEqual([[`0x${digits}`, `0x${digits}`]]);
    expect(found(`order 0x${digits}`)).toEqual([]);
    // 0y, 1x: not Ethereum's prefix.
    expect(found(`wallet 0y${lower}`)).toEqual([]);
    expect(found(`wallet 1x${lower}`)).toEqual([]);
  });

  it("the cue: 64 characters before on the address's line, not 65, not the line before (\\n or \\r)", () => {
    const hex = '0x8ba1f109551bd432803012645ac136ddd64dba72';
    const pad = (n: number) => 'x'.repeat(n);
    // `wallet` then blanks: the window starts 64 characters before the address.
    expect(found(`wallet${' '.repeat(58)}${hex}`)).toHaveLength(1);
    expect(found(`${pad(3)} wallet${' '.repeat(57)}${hex}`)).toHaveLength(1);
    expect(found(`wallet${' '.repeat(59)}${hex}`)).toEqual([]);
    expect(found(`wallet\n${hex}`)).toEqual([]);
    expect(found(`wallet\r${hex}`)).toEqual([]);
    expect(found(`wallet\r\nto ${hex}`)).toEqual([]);
    expect(found(`x\nwallet ${hex}`)).toHaveLength(1);
    expect(found(`x\rwallet ${hex}`)).toHaveLength(1);
    expect(found(`\nwallet ${hex}`)).toHaveLength(1);
    expect(found(`wallet ${hex}\nwallet ${hex}`)).toHaveLength(2);
  });

  it('runs: `_` and a letter or digit before or after join the run; a non-ASCII letter after too; other characters end it', () => {
    const address = base58Check(0, seeded(20, 2));
    expect(found(`id_${address}`)).toEqual([]);
    expect(found(`${address}_x`)).toEqual([]);
    expect(found(`${address}ä`)).toEqual([]);
    expect(found(`${address}٣`)).toEqual([]);
    expect(found(`${address}。`)).toEqual([[address, address]]);
    expect(found(`${address}é1`)).toEqual([]);
    expect(found(`«${address}»`)).toEqual([[address, address]]);
    expect(found(`${address}-${address}`)).toEqual([[address, address], [address, address]]);
    // A run after one that was passed over is still read.
    expect(found(`${address}ä ${address}`)).toEqual([[address, address]]);
    expect(found(`x${'a'.repeat(100)} ${address}`)).toEqual([[address, address]]);
    expect(found(`${'a'.repeat(25)} ${address}`)).toEqual([[address, address]]);
  });

  it('an upper-case Litecoin address short enough to look like Base58 (`L…`, 35 characters or fewer) is read as SegWit', () => {
    // BIP-350 allows witness programs of 2 to 40 bytes for versions 1 to 16; QR codes write addresses in capitals.
    for (const length of [10, 14]) {
      const address = segwit('ltc', 1, seeded(length, 3), BECH32M).toUpperCase();
      expect(address.length).toBeLessThanOrEqual(35);
      expect(found(`to ${address}`)).toEqual([[address, address.toLowerCase()]]);
    }
  });

  it("a transaction hash (0x + 64 hex) or 0x + 41 hex after a wallet's cue stays", () => {
    const tx = '0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060';
    expect(found(`wallet tx ${tx}`)).toEqual([]);
    expect(found(`wallet ${tx.slice(0, 43)}`)).toEqual([]);
    expect(found(`wallet ${tx.slice(0, 41)}`)).toEqual([]);
  });

  it("mixed case decides by EIP-55 alone: a failing spelling stays after a cue too, whichever letter is the odd one (a or A, at the letters' bounds)", () => {
    // Digits, then `b` and `a` whose EIP-55 spelling is both small: `Ba` and `bA` fail it.
    let lower = '';
    for (let i = 0; i < 1000 && lower === ''; i++) {
      const candidate = `${String(i).padStart(38, '0')}ba`;
      if (eip55(candidate) === candidate) lower = candidate;
    }
    expect(lower).not.toBe('');
    expect(found(`wallet 0x${lower}`)).toEqual([[`0x${lower}`, `0x${lower}`]]);
    for (const spelling of [`${lower.slice(0, 38)}Ba`, `${lower.slice(0, 38)}bA`]) {
      expect(eip55Holds(spelling)).toBe(false);
      expect([spelling, found(`wallet 0x${spelling}`)]).toEqual([spelling, []]);
    }
  });

  it("SegWit's look-alikes in text: a broken checksum, the prefix alone, a run of b's", () => {
    const good = segwit('bc', 0, seeded(20, 12), BECH32);
    const broken = `${good.slice(0, -1)}${good.endsWith('q') ? 'p' : 'q'}`;
    expect(found(`to ${broken}`)).toEqual([]);
    expect(found(`to bc1${'q'.repeat(40)}`)).toEqual([]);
    expect(found(`to ${'b'.repeat(30)} and ${'t'.repeat(30)} and ${'l'.repeat(30)}`)).toEqual([]);
    expect(found(`to tb1${good.slice(3)}`)).toEqual([]);
  });

  it('a C1 control after an address ends its run', () => {
    const address = base58Check(0x05, seeded(20, 6));
    expect(found(`${address}\u0080`)).toEqual([[address, address]]);
  });

  it('a Base58 run whose first character is no address version, or a SegWit run in Base58 clothes, stays', () => {
    for (const version of [0x1e, 0x6f, 0xc4]) {
      const other = base58Check(version, seeded(20, 1));
      expect(found(`pay ${other}`)).toEqual([]);
    }
    // A valid address's characters under another first letter.
    const address = base58Check(0x05, seeded(20, 4));
    expect(found(`pay 2${address.slice(1)}`)).toEqual([]);
  });
});
