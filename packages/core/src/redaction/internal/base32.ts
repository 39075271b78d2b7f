const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
/** The alphabet's character codes. */
const alphabetCodes = Array.from(alphabet, (c) => c.charCodeAt(0));
/** base32FromHex's output codes by output length, reused: the string is made once, by one String.fromCharCode. */
const outputs: number[][] = [];

/** RFC 4648 base32, lower case, no padding (tokens stay short and case-insensitive). */
export function base32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += alphabet[(buffer << (5 - bits)) & 31];
  return out;
}

/**
 * `base32()` of the bytes spelled by the first `digits` hex digits of `hex`, without making those
 * bytes: 5 hex digits (20 bits) give 4 base32 characters. `digits` must be a multiple of 5 and at
 * most `hex.length` (a RangeError otherwise), and `hex` lower- or upper-case hex.
 */
export function base32FromHex(hex: string, digits: number): string {
  if (digits % 5 !== 0 || digits > hex.length || digits < 0) throw new RangeError(`base32FromHex: ${digits} digits of ${hex.length} (a multiple of 5 is needed)`);
  const length = (digits / 5) * 4;
  const codes = (outputs[length] ??= new Array<number>(length).fill(0));
  for (let i = 0; i < digits; i += 5) {
    let value = 0;
    for (let j = i; j < i + 5; j++) {
      const c = hex.charCodeAt(j);
      const lower = c | 32;
      const digit = c >= 48 && c <= 57 ? c - 48 : lower >= 97 && lower <= 102 ? lower - 87 : -1;
      if (digit < 0) throw new RangeError(`base32FromHex: not a hex digit at ${j}`);
      value = value * 16 + digit;
    }
    const at = (i / 5) * 4;
    codes[at] = alphabetCodes[value >>> 15] as number;
    codes[at + 1] = alphabetCodes[(value >>> 10) & 31] as number;
    codes[at + 2] = alphabetCodes[(value >>> 5) & 31] as number;
    codes[at + 3] = alphabetCodes[value & 31] as number;
  }
  // One string for the whole output (appending 4 characters at a time made about six strings per
  // call: a pseudonym per finding, 64,000 for a hostile tool result).
  return String.fromCharCode.apply(null, codes);
}
