// The validity checks behind the card, IBAN and SSN detectors (issue 13, from surviving
// mutants): Luhn as ISO/IEC 7812-1 Annex B defines it, the issuer ranges and lengths of each
// card scheme at every boundary, ISO 13616 IBANs (registry length, ISO 7064 MOD 97-10 over the
// rearranged digits and letters, nothing else accepted), the SSA's never-issued SSNs, Shannon
// entropy, `eachMatch` as a drop-in for `matchAll`, and `randomHex` (2026-12-04: the body of a
// provider's hex key, lower-case hex only, from end to end).
import { describe, expect, it } from 'vitest';
import { cardIssuer, eachMatch, entropy, ibanLength, ibanValid, luhnValid, randomHex, ssnValid } from './checks.js';

describe('luhnValid (ISO/IEC 7812-1 Annex B, mod 10)', () => {
  it.each([
    ['79927398713', 'the textbook example (every second digit from the right doubled, 9 subtracted above 9)'],
    ['4111111111111111', 'the Visa test number'],
    ['4012888888881881', 'a test number with a 0 in it'],
    ['5555555555554444', 'the Mastercard test number'],
    ['0', 'a single 0'],
    ['18', 'a doubled 1 (2) and an 8'],
    ['59', 'a doubled 5 (10 -> 1) and a 9'],
  ])('accepts %s: %s', (digits) => {
    expect(luhnValid(digits)).toBe(true);
  });

  it.each([
    ['79927398710', 'the textbook example with another check digit'],
    ['79927398714', 'the same, one more'],
    ['4111111111111112', 'the Visa test number with its last digit changed'],
    ['97927398713', 'the textbook example with its first two digits swapped'],
    ['1', 'a single 1'],
    ['19', 'an undoubled 9 and a doubled 1: 11'],
    ['81', 'an undoubled 1 and a doubled 8 (16 -> 7): 8'],
  ])('refuses %s: %s', (digits) => {
    expect(luhnValid(digits)).toBe(false);
  });

  it.each([
    [':', 'the character after 9 (it would count as 10, a multiple of 10)'],
    ['5/', 'the character before 0 (it would count as -1, and the doubled 5 as 1)'],
    ['4111 1111 1111 1111', 'spaces'],
    ['411111111111111A', 'a letter'],
  ])('refuses anything but ASCII digits: %s (%s)', (digits) => {
    expect(luhnValid(digits)).toBe(false);
  });
});

describe('cardIssuer: IIN ranges and lengths of each scheme, at their boundaries', () => {
  const digits = (prefix: string, length: number): string => prefix.padEnd(length, '0');

  it.each<[string, number, string | undefined]>([
    // Visa: 4, 13, 16 or 19 digits.
    ['4', 13, 'visa'], ['4', 16, 'visa'], ['4', 19, 'visa'],
    ['4', 12, undefined], ['4', 14, undefined], ['4', 15, undefined], ['4', 17, undefined], ['4', 18, undefined],
    // Mastercard: 51-55 and 2221-2720, 16 digits.
    ['51', 16, 'mastercard'], ['55', 16, 'mastercard'], ['2221', 16, 'mastercard'], ['2720', 16, 'mastercard'],
    ['2220', 16, undefined], ['2721', 16, undefined], ['51', 15, undefined], ['51', 17, undefined], ['2221', 15, undefined],
    ['51', 12, undefined], ['55', 12, undefined],
    // American Express: 34 and 37, 15 digits.
    ['34', 15, 'amex'], ['37', 15, 'amex'], ['34', 16, undefined], ['34', 14, undefined], ['37', 16, undefined], ['33', 15, undefined],
    // Discover: 6011, 644-649, 65, 622126-622925; 16-19 digits.
    ['6011', 16, 'discover'], ['6011', 19, 'discover'], ['644', 16, 'discover'], ['649', 16, 'discover'], ['65', 16, 'discover'],
    ['622126', 16, 'discover'], ['622925', 16, 'discover'],
    ['6011', 15, 'maestro'], ['66', 16, 'maestro'], ['69', 16, 'maestro'], ['6011', 20, undefined], ['6012', 16, 'maestro'], ['643', 16, 'maestro'],
    ['622125', 16, 'unionpay'], ['622926', 16, 'unionpay'],
    // Diners Club: 300-305, 3095, 36, 38, 39; 14-19 digits.
    ['300', 14, 'diners'], ['305', 14, 'diners'], ['3095', 14, 'diners'], ['36', 14, 'diners'], ['38', 14, 'diners'], ['39', 19, 'diners'],
    ['36', 15, 'diners'], ['300', 19, 'diners'],
    ['299', 14, undefined], ['306', 14, undefined], ['3094', 14, undefined], ['3096', 14, undefined], ['37', 14, undefined],
    ['36', 13, undefined], ['36', 20, undefined],
    // JCB: 35 with 16-19 digits; 2131 and 1800 with 15.
    ['35', 16, 'jcb'], ['35', 19, 'jcb'], ['2131', 15, 'jcb'], ['1800', 15, 'jcb'],
    ['35', 15, undefined], ['35', 20, undefined], ['2131', 16, undefined], ['1800', 14, undefined], ['1801', 15, undefined], ['2130', 15, undefined],
    // Mir: 2200-2204, 16-19 digits.
    ['2200', 16, 'mir'], ['2204', 19, 'mir'], ['2199', 16, undefined], ['2205', 16, undefined], ['2200', 15, undefined], ['2200', 20, undefined],
    // UnionPay: 62, 16-19 digits (15 falls to Maestro).
    ['62', 16, 'unionpay'], ['62', 19, 'unionpay'], ['62', 15, 'maestro'], ['62', 20, undefined], ['63', 16, 'maestro'],
    // Maestro: 50, 56-69, 6060, 0604; 12-19 digits.
    ['50', 12, 'maestro'], ['50', 19, 'maestro'], ['56', 12, 'maestro'], ['69', 12, 'maestro'], ['6060', 12, 'maestro'], ['0604', 12, 'maestro'],
    ['50', 11, undefined], ['50', 20, undefined], ['70', 12, undefined], ['49', 12, undefined],
    ['0605', 12, undefined], ['0000', 12, undefined], ['1234', 12, undefined],
  ])('%s followed by zeros, %i digits: %s', (prefix, length, issuer) => {
    expect(cardIssuer(digits(prefix, length))).toBe(issuer);
  });

  it('reads the prefix from real test numbers', () => {
    expect(cardIssuer('4111111111111111')).toBe('visa');
    expect(cardIssuer('5555555555554444')).toBe('mastercard');
    expect(cardIssuer('378282246310005')).toBe('amex');
    expect(cardIssuer('6011111111111117')).toBe('discover');
    expect(cardIssuer('3530111333300000')).toBe('jcb');
    expect(cardIssuer('30569309025904')).toBe('diners');
  });
});

describe('ibanLength (ISO 13616 / SWIFT IBAN registry)', () => {
  it.each<[string, number | undefined]>([
    ['DE', 22], ['GB', 22], ['NO', 15], ['RU', 33], ['LC', 32], ['MT', 31],
    ['US', undefined], ['de', undefined], ['', undefined],
    // Names every object has must not read as countries.
    ['toString', undefined], ['constructor', undefined], ['__proto__', undefined], ['hasOwnProperty', undefined],
  ])('%s: %s', (country, length) => {
    expect(ibanLength(country)).toBe(length);
  });
});

describe('ibanValid (ISO 13616: registry length, then ISO 7064 MOD 97-10 over the rearranged IBAN)', () => {
  it.each([
    'DE89370400440532013000', // digits only, with 0 and 9
    'GB82WEST12345698765432', // letters in the BBAN
    'SA0380000000608010167519', // A (the first letter) in the country code
    'CZ6508000000192000145399', // Z (the last letter) in the country code
    'NO9386011117947', // the shortest (15)
    'FR1420041010050500013M02606',
    'MT84MALT011000012345MTLCAST001S',
    'RU0204452560040702810412345678901', // the longest (33)
  ])('accepts the registry example %s', (iban) => {
    expect(ibanValid(iban)).toBe(true);
  });

  it.each([
    ['DE88370400440532013000', 'another check number'],
    ['DE89370400440532013001', 'a changed digit'],
    ['GB82WEST12345698765433', 'a changed digit after letters'],
    ['GB82WEDT12345698765432', 'a changed letter'],
    ['DE5137040044053201300', 'mod 97 = 1, but 21 characters where Germany has 22'],
    ['DE89370400440532013000 ', 'a trailing space (23 characters)'],
    ['ZZ22370400440532013000', 'mod 97 = 1, but ZZ has no IBAN'],
    ['de89370400440532013000', 'lower case (the caller upper-cases)'],
  ])('refuses %s: %s', (iban) => {
    expect(ibanValid(iban)).toBe(false);
  });

  // Each of these has the right length and would give remainder 1 if the character that is
  // neither a digit nor an upper-case letter were counted as one (a digit worth code - 48, or a
  // letter worth code - 55); the standard allows only 0-9 and A-Z.
  it.each([
    ['DE443704004405320130 0', 'a space read as a digit'],
    ['DE093704/0440532013000', 'a slash read as a digit'],
    ['DE833704004405320130 0', 'a space read as a letter'],
    ['DE18370400440532013-00', 'a hyphen read as a letter'],
    ['DE4837040044:532013000', 'a colon read as a letter'],
    ['DE1437040044053201300a', 'a lower-case letter read as a letter'],
    ['DE86370400440532013z00', 'a lower-case z read as a letter'],
  ])('refuses %s: only 0-9 and A-Z count (%s)', (iban) => {
    expect(iban).toHaveLength(22);
    expect(ibanValid(iban)).toBe(false);
  });
});

describe('ssnValid (SSA: never-issued areas, groups, serials and the published samples)', () => {
  it.each(['123456780', '001451234', '665451234', '667451234', '899451234', '123010001', '222222223', '078051121'])('accepts %s', (ssn) => {
    expect(ssnValid(ssn)).toBe(true);
  });

  it.each([
    ['000451234', 'area 000'],
    ['666451234', 'area 666'],
    ['900451234', 'area 900'],
    ['999451234', 'area 999'],
    ['123006789', 'group 00'],
    ['123450000', 'serial 0000'],
    ['222222222', 'one digit nine times'],
    ['777777777', 'one digit nine times'],
    ['078051120', 'the Woolworth wallet-card sample'],
    ['219099999', 'the 1940s advertisement sample'],
    ['123456789', 'the textbook sample'],
    ['12345678', 'eight digits'],
    ['1234567801', 'ten digits'],
    ['a12345678', 'a letter first'],
    ['12345678a', 'a letter last'],
    ['123-45-6789', 'dashes (the caller strips them)'],
    ['', 'nothing'],
  ])('refuses %s: %s', (ssn) => {
    expect(ssnValid(ssn)).toBe(false);
  });
});

describe('entropy (Shannon, bits per character)', () => {
  it.each<[string, number]>([
    ['', 0],
    ['aaaa', 0],
    ['ab', 1],
    ['abab', 1],
    ['abcd', 2],
    ['aab', -((2 / 3) * Math.log2(2 / 3) + (1 / 3) * Math.log2(1 / 3))],
    ['aaab', -((3 / 4) * Math.log2(3 / 4) + (1 / 4) * Math.log2(1 / 4))],
    ['0123456789abcdef', 4],
    // Per code point, not per UTF-16 unit: an astral character counts once.
    ['😀😀', 0],
    ['😀a', 1],
    ['𝐀𝐁𝐂𝐃', 2],
  ])('%j: %d bits', (text, bits) => {
    expect(entropy(text)).toBeCloseTo(bits, 12);
  });
});

describe('eachMatch: the matches of matchAll, without copying the pattern', () => {
  const same = (pattern: RegExp, text: string): void => {
    const got = [...eachMatch(pattern, text)].map((m) => [m.index, m[0]]);
    const want = [...text.matchAll(new RegExp(pattern.source, pattern.flags))].map((m) => [m.index, m[0]]);
    expect(got).toEqual(want);
  };

  it('gives every match of a global pattern, in order', () => {
    same(/a/g, 'aa');
    same(/\d+/g, 'x12 y3 456');
    expect([...eachMatch(/a/g, 'aa')].map((m) => m.index)).toEqual([0, 1]);
  });

  it('steps past an empty match (as matchAll does) instead of looping on it', () => {
    same(/x*/g, 'ab');
    same(/a*/g, 'baab');
    expect([...eachMatch(/a*/g, 'baab')].map((m) => [m.index, m[0]])).toEqual([[0, ''], [1, 'aa'], [3, ''], [4, '']]);
  });

  it('starts from 0 whatever lastIndex was, and leaves it at 0', () => {
    const pattern = /b/g;
    pattern.lastIndex = 3;
    expect([...eachMatch(pattern, 'abab')].map((m) => m.index)).toEqual([1, 3]);
    expect(pattern.lastIndex).toBe(0);
  });

  it('gives nothing when nothing matches', () => {
    expect([...eachMatch(/z/g, 'abc')]).toEqual([]);
  });

  it('stops a sticky pattern at the first gap', () => {
    expect([...eachMatch(/a/y, 'aaba')].map((m) => m.index)).toEqual([0, 1]);
  });
});

describe('randomHex: a body of lower-case hex only, with a digit, a letter and more than 3 bits a character', () => {
  const HEX32 = '0e6f44a47a05f1dad2ad7e88c4c1d6b7';

  it('accepts random lower-case hex bodies', () => {
    for (const body of [HEX32, '0123456789abcdef', '012345abc', `${HEX32}${HEX32}`]) expect(randomHex(body), body).toBe(true);
  });

  it('refuses a body with anything but lower-case hex in it, at its start, its end or inside', () => {
    for (const body of [
      `z${HEX32}`,
      `${HEX32}z`,
      `${HEX32.slice(0, 16)}-${HEX32.slice(16)}`,
      `G${HEX32}`,
      `${HEX32}G`,
      HEX32.toUpperCase(),
      `${HEX32}\n`,
      `\n${HEX32}`,
      ` ${HEX32}`,
      '',
    ]) {
      expect(randomHex(body), JSON.stringify(body)).toBe(false);
    }
  });

  it('refuses a body of digits only or letters only, whatever its entropy', () => {
    expect(entropy('0123456789')).toBeGreaterThan(3);
    expect(randomHex('0123456789')).toBe(false);
    expect(randomHex('9876543210'.repeat(4))).toBe(false);
    expect(randomHex('abcdef'.repeat(6))).toBe(false);
  });

  it('needs more than 3 bits a character: 8 symbols used evenly are not enough, 9 are', () => {
    expect(entropy('01234abc')).toBe(3);
    expect(randomHex('01234abc')).toBe(false);
    expect(randomHex('01234abc'.repeat(4))).toBe(false);
    expect(randomHex('012345abc')).toBe(true);
    for (const placeholder of ['0'.repeat(32), '1234567890abcdef'.slice(0, 4).repeat(8), 'deadbeef'.repeat(4), `0a${'0'.repeat(30)}`]) {
      expect(randomHex(placeholder), placeholder).toBe(false);
    }
  });
});
