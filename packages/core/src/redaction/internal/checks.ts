/** Luhn (mod 10) check over a string of digits. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let index = digits.length - 1; index >= 0; index--) {
    let digit = digits.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return false;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return sum % 10 === 0;
}

/**
 * Issuer (IIN) ranges and lengths of the major card schemes. A number must fall in one of them
 * as well as pass Luhn, which keeps random Luhn-valid identifiers (1 in 10) mostly out.
 */
export function cardIssuer(digits: string): string | undefined {
  const length = digits.length;
  const p2 = Number(digits.slice(0, 2));
  const p3 = Number(digits.slice(0, 3));
  const p4 = Number(digits.slice(0, 4));
  const p6 = Number(digits.slice(0, 6));
  if (digits[0] === '4' && (length === 13 || length === 16 || length === 19)) return 'visa';
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && length === 16) return 'mastercard';
  if ((p2 === 34 || p2 === 37) && length === 15) return 'amex';
  if ((p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65 || (p6 >= 622126 && p6 <= 622925)) && length >= 16 && length <= 19) return 'discover';
  if (((p3 >= 300 && p3 <= 305) || p4 === 3095 || p2 === 36 || p2 === 38 || p2 === 39) && length >= 14 && length <= 19) return 'diners';
  if (p2 === 35 && length >= 16 && length <= 19) return 'jcb';
  if ((p4 === 2131 || p4 === 1800) && length === 15) return 'jcb';
  if (p4 >= 2200 && p4 <= 2204 && length >= 16 && length <= 19) return 'mir';
  if (p2 === 62 && length >= 16 && length <= 19) return 'unionpay';
  if ((p2 === 50 || (p2 >= 56 && p2 <= 69) || p4 === 6060 || (digits[0] === '0' && p4 === 604)) && length >= 12 && length <= 19) return 'maestro';
  return undefined;
}

/** IBAN lengths per country (SWIFT IBAN registry). */
const ibanLengths: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28,
  CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18,
  FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28,
  IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20,
  LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28,
  NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24,
  SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26,
  UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

/** The IBAN length of a country (upper-case ISO 3166 alpha-2 code), or undefined when it has no IBAN. */
export function ibanLength(country: string): number | undefined {
  return Object.prototype.hasOwnProperty.call(ibanLengths, country) ? ibanLengths[country] : undefined;
}

/** True when `compact` (upper case, no spaces) has its country's length and passes ISO 7064 mod 97-10. */
export function ibanValid(compact: string): boolean {
  const expected = ibanLengths[compact.slice(0, 2)];
  if (expected === undefined || compact.length !== expected) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (let index = 0; index < rearranged.length; index++) {
    const code = rearranged.charCodeAt(index);
    if (code >= 48 && code <= 57) remainder = (remainder * 10 + (code - 48)) % 97;
    else if (code >= 65 && code <= 90) remainder = (remainder * 100 + (code - 55)) % 97;
    else return false;
  }
  return remainder === 1;
}

/** SSNs published as examples (Woolworth wallet card, an ad, textbooks) and never issued to a person. */
const sampleSsns = new Set(['078051120', '219099999', '123456789', '111111111', '333333333', '987654320', '987654321', '987654322', '987654323', '987654324', '987654325', '987654326', '987654327', '987654328', '987654329']);

/** SSA rules: area not 000, 666 or 900-999; group not 00; serial not 0000; published samples excluded. */
export function ssnValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const area = Number(digits.slice(0, 3));
  if (area === 0 || area === 666 || area >= 900) return false;
  if (digits.slice(3, 5) === '00' || digits.slice(5) === '0000') return false;
  if (/^(\d)\1{8}$/.test(digits)) return false;
  return !sampleSsns.has(digits);
}

/**
 * An ITIN (IRS Individual Taxpayer Identification Number): nine digits starting with 9, the 4th
 * and 5th digits in 50-65, 70-88, 90-92 or 94-99 (IRS, "ITIN" format, revised 2011; 93 is not used).
 */
export function itinValid(digits: string): boolean {
  if (!/^9\d{8}$/.test(digits)) return false;
  const group = Number(digits.slice(3, 5));
  return (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) || group >= 94;
}

/**
 * Shannon entropy in bits per character (Unicode code point, so `'😀😀'` is 0 like `'aa'`), used
 * to tell real secrets from placeholders. 0 for the empty string.
 */
export function entropy(text: string): number {
  const counts = new Map<string, number>();
  let length = 0;
  for (const char of text) {
    counts.set(char, (counts.get(char) ?? 0) + 1);
    length++;
  }
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/**
 * A body of lower-case hex only that reads as a random key's (a provider's `sk-`, `pplx-`, `sk_`
 * key): a digit and a letter, more than 3 bits of entropy per character (uniform hex carries 4; a
 * placeholder, `000…0`, `1234567890…`, does not pass).
 */
export function randomHex(body: string): boolean {
  return /^[a-f0-9]+$/.test(body) && /\d/.test(body) && /[a-f]/.test(body) && entropy(body) > 3;
}

/**
 * The matches of a global (or sticky) pattern in `text`, like `text.matchAll(pattern)` but
 * without the copy of the pattern that matchAll makes on every call (a measurable share of
 * scanning many short strings). The pattern's `lastIndex` is reset first; a caller must not run
 * the same pattern inside its loop.
 */
export function* eachMatch(pattern: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    yield match;
    if (match[0].length === 0) pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
}

/**
 * True when a base64 value decodes to printable `user:password`: the credentials of HTTP Basic
 * authentication (RFC 7617 §2) and of Docker's `auth` member.
 */
export function basicCredentials(value: string): boolean {
  if (value.length % 4 === 1) return false;
  const decoded = Buffer.from(value, 'base64').toString('latin1');
  const colon = decoded.indexOf(':');
  return colon > 0 && colon < decoded.length - 1 && /^[\x20-\x7e]+$/.test(decoded);
}

/**
 * US ABA routing transit number: nine digits, weights 3, 7, 1 repeated, the weighted sum a
 * multiple of 10 (ABA Routing Number Policy, Accuity/LexisNexis for the American Bankers
 * Association). The first two digits are a Federal Reserve district (01-12), a thrift (21-32),
 * an electronic number (61-72) or a traveller's cheque (80); others are not issued.
 */
export function abaValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const head = Number(digits.slice(0, 2));
  if (!((head >= 1 && head <= 12) || (head >= 21 && head <= 32) || (head >= 61 && head <= 72) || head === 80)) return false;
  let sum = 0;
  for (let index = 0; index < 9; index++) sum += (digits.charCodeAt(index) - 48) * ([3, 7, 1][index % 3] as number);
  return sum % 10 === 0;
}

/**
 * Mexico's CLABE (Clave Bancaria Estandarizada, Banco de México): 18 digits, a bank (3), a
 * plaza (3), the account (11) and a check digit: weights 3, 7, 1 repeated over the first 17,
 * each product mod 10, their sum mod 10 subtracted from 10, mod 10.
 */
export function clabeValid(digits: string): boolean {
  if (!/^\d{18}$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 17; index++) sum += ((digits.charCodeAt(index) - 48) * ([3, 7, 1][index % 3] as number)) % 10;
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(17) - 48;
}
