// What the built-in detectors promise (issue 13, from surviving mutants of detectors.ts): for each
// detector, what it finds, the kind it gives, the exact span and the normalized value, where a
// value stops (the characters that end it or make it part of a longer token), the bounds of each
// length and count, and which detectors the dispatcher runs for which text.
import { describe, expect, it } from 'vitest';
import { BUILTIN_DETECTORS, detectBuiltin, detectSensitive, resolveOverlaps } from './detectors.js';

/** The raw findings of some built-in detectors (no overlap resolution): kind, text, normalized value. */
const raw = (text: string, ...names: string[]): Array<[string, string, string?]> =>
  detectBuiltin(text, new Set(names)).map((d) => (d.normalized === undefined ? [d.type, text.slice(d.start, d.end)] : [d.type, text.slice(d.start, d.end), d.normalized]));
/** The findings of one kind, as text. */
const kind = (text: string, type: string, ...names: string[]): string[] =>
  detectBuiltin(text, new Set(names)).filter((d) => d.type === type).map((d) => text.slice(d.start, d.end));
/** What detectSensitive masks: kind and text. */
const all = (text: string): string[] => detectSensitive(text).map((d) => `${d.type}:${text.slice(d.start, d.end)}`);

/** `body` with its Luhn check digit appended. */
function luhn(body: string): string {
  for (let check = 0; check <= 9; check++) {
    const digits = body + check;
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
      let digit = Number(digits[digits.length - 1 - i]);
      if (i % 2 === 1) {
        digit *= 2;
        if (digit > 9) digit -= 9;
      }
      sum += digit;
    }
    if (sum % 10 === 0) return digits;
  }
  throw new Error('unreachable');
}

/** An IBAN of `country` with `bban`, its check digits computed (ISO 7064 mod 97-10). */
function iban(country: string, bban: string): string {
  const rearranged = `${bban}${country}00`.toUpperCase().replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const digit of rearranged) rest = (rest * 10 + Number(digit)) % 97;
  return `${country}${String(98 - rest).padStart(2, '0')}${bban}`;
}

describe('emails', () => {
  it('finds each address with its exact span, lower-cased, and goes on after it', () => {
    expect(raw('mail Bob@Example.COM and x@example.org', 'email')).toEqual([
      ['EMAIL', 'Bob@Example.COM', 'bob@example.com'],
      ['EMAIL', 'x@example.org', 'x@example.org'],
    ]);
    expect(kind('a@example.com', 'EMAIL', 'email')).toEqual(['a@example.com']);
    // An `@` right after an address starts the next one's domain; its local part stops at the `@`.
    expect(kind('a@example.com@example.org', 'EMAIL', 'email')).toEqual(['a@example.com', 'example.com@example.org']);
  });

  it('takes at most 64 characters of local part', () => {
    const local = 'a'.repeat(70);
    expect(kind(`${local}@example.com`, 'EMAIL', 'email')).toEqual([`${'a'.repeat(64)}@example.com`]);
    expect(kind(`${'b'.repeat(64)}@example.com`, 'EMAIL', 'email')).toEqual([`${'b'.repeat(64)}@example.com`]);
  });

  it('drops leading dots of the local part and refuses one ending with a dot or empty', () => {
    expect(kind('..bob@example.com', 'EMAIL', 'email')).toEqual(['bob@example.com']);
    expect(kind('see .bob@example.com', 'EMAIL', 'email')).toEqual(['bob@example.com']);
    expect(kind('bob.@example.com', 'EMAIL', 'email')).toEqual([]);
    expect(kind('... @example.com', 'EMAIL', 'email')).toEqual([]);
    expect(kind('x @example.com', 'EMAIL', 'email')).toEqual([]);
    expect(kind('...@example.com', 'EMAIL', 'email')).toEqual([]);
  });

  it('tries the next @ after a refused one', () => {
    expect(kind('@ bob.@x.com carol@example.com', 'EMAIL', 'email')).toEqual(['carol@example.com']);
    expect(kind('a@b c@example.com', 'EMAIL', 'email')).toEqual(['c@example.com']);
  });

  it('ends at a quote, percent, plus, dot or dash after the domain, not at a word character', () => {
    expect(kind("bob@example.com's", 'EMAIL', 'email')).toEqual(['bob@example.com']);
    expect(kind('bob@example.com%x', 'EMAIL', 'email')).toEqual(['bob@example.com']);
    expect(kind('bob@example.com+x', 'EMAIL', 'email')).toEqual(['bob@example.com']);
    expect(kind('bob@example.com-x', 'EMAIL', 'email')).toEqual(['bob@example.com']);
    expect(kind('bob@example.com.', 'EMAIL', 'email')).toEqual(['bob@example.com']);
    expect(kind('bob@example.com_x', 'EMAIL', 'email')).toEqual([]);
    expect(kind('bob@example.com9', 'EMAIL', 'email')).toEqual([]);
    expect(kind('bob@example.com0', 'EMAIL', 'email')).toEqual([]);
  });
});

describe('digit groups and payment cards', () => {
  const visa16 = luhn('411111111111111');

  it('finds a card with its span and its digits, whatever separators of one to three characters', () => {
    expect(raw(`card ${visa16.replace(/(\d{4})(?=\d)/g, '$1 ')} end`, 'card')).toEqual([['CARD', '4111 1111 1111 1111', '4111111111111111']]);
    expect(kind(`card ${visa16.replace(/(\d{4})(?=\d)/g, '$1 - ')} end`, 'CARD', 'card')).toEqual(['4111 - 1111 - 1111 - 1111']);
    expect(kind(`card ${visa16.replace(/(\d{4})(?=\d)/g, '$1/')}`, 'CARD', 'card')).toEqual(['4111/1111/1111/1111']);
    expect(kind(`card ${visa16.replace(/(\d{4})(?=\d)/g, '$1.')}`, 'CARD', 'card')).toEqual(['4111.1111.1111.1111']);
    // Four characters apart: four numbers, none a card.
    expect(kind(`card ${visa16.replace(/(\d{4})(?=\d)/g, '$1    ')}`, 'CARD', 'card')).toEqual([]);
    expect(kind(`card ${visa16.replace(/(\d{4})(?=\d)/g, '$1 -- ')}`, 'CARD', 'card')).toEqual([]);
  });

  it('reads a card at either end of the text, and with punctuation around it', () => {
    expect(kind(visa16, 'CARD', 'card')).toEqual([visa16]);
    expect(kind(`#${visa16}`, 'CARD', 'card')).toEqual([visa16]);
    expect(kind(`card:${visa16};`, 'CARD', 'card')).toEqual([visa16]);
    expect(kind(`(${visa16})`, 'CARD', 'card')).toEqual([visa16]);
  });

  it('does not cut a card out of a decimal, a signed number, an identifier or a longer number', () => {
    for (const text of [`1.${visa16}`, `+${visa16}`, `1,${visa16}`, `x_${visa16}`, `${visa16}_x`, `U${visa16}`, `${visa16}U`, `a${visa16}`, `${visa16}z`, `0${visa16}`, `Z${visa16}`, `${visa16}A`]) {
      expect(kind(text, 'CARD', 'card'), text).toEqual([]);
    }
    // Tied by a dash, dot or slash to a neighbouring group: one longer number.
    for (const sep of ['-', '.', '/']) {
      expect(kind(`12${sep}${visa16}`, 'CARD', 'card'), sep).toEqual([]);
      expect(kind(`${visa16}${sep}12`, 'CARD', 'card'), sep).toEqual([]);
    }
    // Spaced apart from a shorter neighbour: a number of its own.
    expect(kind(`12 ${visa16} 12`, 'CARD', 'card')).toEqual([visa16]);
  });

  it('treats spaced groups amid more spaced groups of the same size as one longer number', () => {
    const grouped = visa16.replace(/(\d{4})(?=\d)/g, '$1 ');
    expect(kind(`1234 ${grouped}`, 'CARD', 'card')).toEqual([]);
    expect(kind(`${grouped} 1234`, 'CARD', 'card')).toEqual([]);
    expect(kind(`12 ${grouped}`, 'CARD', 'card')).toEqual([grouped]);
    expect(kind(`${grouped} 123`, 'CARD', 'card')).toEqual([grouped]);
    expect(kind(`${grouped} 12345`, 'CARD', 'card')).toEqual([grouped]);
  });

  it('takes 12 to 19 digits, in groups of at least four but the last (three or more)', () => {
    const maestro12 = luhn('50000000001');
    expect(kind(`card ${maestro12}`, 'CARD', 'card')).toEqual([maestro12]);
    const visa19 = luhn('411111111111111111');
    expect(kind(`card ${visa19}`, 'CARD', 'card')).toEqual([visa19]);
    const visa19Grouped = visa19.replace(/^(\d{4})(\d{4})(\d{4})(\d{4})/, '$1 $2 $3 $4 ');
    expect(kind(`card ${visa19Grouped}`, 'CARD', 'card')).toEqual([visa19Grouped]);
    // 4-4-4-3 (amex written 4-6-5 is one case of it): the last group may have three digits.
    const amex = luhn('37828224631000');
    expect(kind(`amex ${amex.slice(0, 4)} ${amex.slice(4, 10)} ${amex.slice(10)}`, 'CARD', 'card')).toEqual([`${amex.slice(0, 4)} ${amex.slice(4, 10)} ${amex.slice(10)}`]);
    const visa13 = luhn('411111111111');
    expect(kind(`card ${visa13.slice(0, 4)} ${visa13.slice(4, 8)} ${visa13.slice(8, 11)} ${visa13.slice(11)}`, 'CARD', 'card')).toEqual([]);
    expect(kind(`card ${visa13.slice(0, 4)} ${visa13.slice(4, 10)} ${visa13.slice(10)}`, 'CARD', 'card')).toEqual([`${visa13.slice(0, 4)} ${visa13.slice(4, 10)} ${visa13.slice(10)}`]);
    expect(kind(`card ${visa13.slice(0, 4)} ${visa13.slice(4, 11)} ${visa13.slice(11)}`, 'CARD', 'card')).toEqual([]);
    // A group of three inside the number breaks it.
    expect(kind(`card ${visa16.slice(0, 4)} ${visa16.slice(4, 7)} ${visa16.slice(7, 11)} ${visa16.slice(11)}`, 'CARD', 'card')).toEqual([]);
    // 20 digits and more are no card, nor any 16 of them.
    expect(kind(`card ${luhn('4111111111111111111')}`, 'CARD', 'card')).toEqual([]);
    expect(kind(`card ${luhn('41111111111')}`, 'CARD', 'card')).toEqual([]);
  });

  it('keeps the longest valid window of a run', () => {
    // The first 16 digits are a valid Visa too; the 19 are the card.
    const long = luhn(`${visa16}11`);
    expect(kind(`card ${visa16} ${long.slice(16)}`, 'CARD', 'card')).toEqual([`${visa16} ${long.slice(16)}`]);
    expect(kind(`card ${visa16} ${long.slice(16, 18)}${(Number(long[18]) + 1) % 10}`, 'CARD', 'card')).toEqual([visa16]);
    const short = visa16;
    const whole = `${short.slice(0, 4)}-${short.slice(4, 8)}-${short.slice(8, 12)}-${short.slice(12)}`;
    expect(kind(`card ${whole} and ${visa16}`, 'CARD', 'card')).toEqual([whole, visa16]);
  });

  it('needs Luhn, an issuer range, and more than one repeated digit', () => {
    expect(kind(`card ${visa16.slice(0, 15)}${(Number(visa16[15]) + 1) % 10}`, 'CARD', 'card')).toEqual([]);
    expect(kind('card 8888888888888888', 'CARD', 'card')).toEqual([]);
    expect(kind(`card ${luhn('911111111111111')}`, 'CARD', 'card')).toEqual([]);
  });

  it('splits a run after 64 groups', () => {
    // 64 one-digit groups tied by dashes end a run; the card after them starts its own.
    expect(kind(`${'1-'.repeat(64)}${visa16}`, 'CARD', 'card')).toEqual([visa16]);
    expect(kind(`${'1-'.repeat(63)}${visa16}`, 'CARD', 'card')).toEqual([]);
  });

  it('finds a card after more digit groups than the shared arrays hold', () => {
    const text = `${'7 '.repeat(40_000)}card ${visa16}`;
    expect(kind(text, 'CARD', 'card')).toEqual([visa16]);
    expect(detectBuiltin(text, new Set(['card']))[0]?.start).toBe(80_005);
  });
});

describe('IBANs', () => {
  const de = iban('DE', '370400440532013000');

  it('finds an IBAN compact, grouped, lower-case, with its span and normalized form', () => {
    expect(raw(`pay ${de} now`, 'iban')).toEqual([['IBAN', de, de]]);
    const grouped = de.replace(/(.{4})(?=.)/g, '$1 ');
    expect(raw(`pay ${grouped}.`, 'iban')).toEqual([['IBAN', grouped, de]]);
    const dashed = de.replace(/(.{4})(?=.)/g, '$1-');
    expect(raw(dashed, 'iban')).toEqual([['IBAN', dashed, de]]);
    expect(raw(de.toLowerCase(), 'iban')).toEqual([['IBAN', de.toLowerCase(), de]]);
    const nl = iban('NL', 'ABNA0417164300');
    const spaced = `NL ${nl.slice(2, 4)} ${nl.slice(4, 8)} ${nl.slice(8, 12)} ${nl.slice(12, 16)} ${nl.slice(16)}`;
    expect(raw(`to ${spaced}`, 'iban')).toEqual([['IBAN', spaced, nl]]);
  });

  it('finds the shortest IBAN (Norway, 15) ending the text, and one starting it', () => {
    const no = iban('NO', '86011117947');
    expect(kind(no, 'IBAN', 'iban')).toEqual([no]);
    expect(kind(`x ${no}`, 'IBAN', 'iban')).toEqual([no]);
    expect(kind(no.slice(0, 14), 'IBAN', 'iban')).toEqual([]);
  });

  it('knows country codes from AD to XK, in either case', () => {
    const az = iban('AZ', 'NABZ00000000137010001944');
    expect(kind(`iban ${az}`, 'IBAN', 'iban')).toEqual([az]);
    const ad = iban('AD', '00012030200359100100');
    expect(kind(`iban ${ad}`, 'IBAN', 'iban')).toEqual([ad]);
    const xk = iban('XK', '1212012345678906');
    expect(kind(`iban ${xk}`, 'IBAN', 'iban')).toEqual([xk]);
    expect(kind(`iban ${xk.toLowerCase()}`, 'IBAN', 'iban')).toEqual([xk.toLowerCase()]);
    expect(kind(`iban ${ad.toLowerCase()}`, 'IBAN', 'iban')).toEqual([ad.toLowerCase()]);
    // Not letters: `@` and `[` sit next to `A`/`Z` in ASCII, and `` ` ``, `{` next to `a`/`z`.
    expect(kind(`iban [${de.slice(1)}`, 'IBAN', 'iban')).toEqual([]);
  });

  it('is not cut out of a longer token', () => {
    expect(kind(`X${de}`, 'IBAN', 'iban')).toEqual([]);
    expect(kind(`9${de}`, 'IBAN', 'iban')).toEqual([]);
    expect(kind(`${de}X`, 'IBAN', 'iban')).toEqual([]);
    expect(kind(`${de}0`, 'IBAN', 'iban')).toEqual([]);
    expect(kind(`-${de}-`, 'IBAN', 'iban')).toEqual([de]);
  });

  it('keeps one separator throughout, after the check digits at the earliest', () => {
    const mixed = `${de.slice(0, 4)} ${de.slice(4, 8)}-${de.slice(8, 12)} ${de.slice(12, 16)} ${de.slice(16, 20)} ${de.slice(20)}`;
    expect(kind(mixed, 'IBAN', 'iban')).toEqual([]);
    const early = `${de.slice(0, 3)} ${de.slice(3)}`;
    expect(kind(early, 'IBAN', 'iban')).toEqual([]);
    const double = de.replace(/(.{4})(?=.)/g, '$1  ');
    expect(kind(double, 'IBAN', 'iban')).toEqual([]);
    const trailing = `${de.slice(0, 4)} ${de.slice(4)}`;
    expect(kind(trailing, 'IBAN', 'iban')).toEqual([trailing]);
    expect(kind(`${de.slice(0, 20)} ${de.slice(20)}`, 'IBAN', 'iban')).toEqual([`${de.slice(0, 20)} ${de.slice(20)}`]);
  });

  it('needs the country length and the check digits', () => {
    expect(kind(`${de.slice(0, 21)} and`, 'IBAN', 'iban')).toEqual([]);
    expect(kind(`DE${(Number(de.slice(2, 4)) + 1) % 100}${de.slice(4)}`.replace(/^DE(\d)(?=\d{18}$)/, 'DE0$1'), 'IBAN', 'iban')).toEqual([]);
    expect(kind(`QQ${de.slice(2)}`, 'IBAN', 'iban')).toEqual([]);
    expect(kind(`DEx9${de.slice(4)}`, 'IBAN', 'iban')).toEqual([]);
    expect(kind(`DE8x${de.slice(4)}`, 'IBAN', 'iban')).toEqual([]);
  });

  it('finds two IBANs in a row', () => {
    const no = iban('NO', '86011117947');
    expect(kind(`${de} ${no}`, 'IBAN', 'iban')).toEqual([de, no]);
    expect(kind(`${no},${de}`, 'IBAN', 'iban')).toEqual([no, de]);
  });
});

describe('SSNs', () => {
  it('finds 3-2-4 with one separator throughout, with its span and digits', () => {
    expect(raw('SSN 536-22-1234', 'ssn')).toEqual([['SSN', '536-22-1234', '536221234']]);
    expect(kind('536-22-1234', 'SSN', 'ssn')).toEqual(['536-22-1234']);
    expect(kind('SSN 536 22 1234', 'SSN', 'ssn')).toEqual(['536 22 1234']);
    expect(kind('SSN 536.22.1234', 'SSN', 'ssn')).toEqual(['536.22.1234']);
    expect(kind('SSN 536--22--1234', 'SSN', 'ssn')).toEqual(['536--22--1234']);
    expect(kind('SSN 536-22-1234.', 'SSN', 'ssn')).toEqual(['536-22-1234']);
    expect(kind('SSN 536-22-1234 and 536-22-1235', 'SSN', 'ssn')).toEqual(['536-22-1234', '536-22-1235']);
    expect(kind('SSN 536-22 1234', 'SSN', 'ssn')).toEqual([]);
    expect(kind('SSN 536-22--1234', 'SSN', 'ssn')).toEqual([]);
  });

  it('needs groups of exactly 3, 2 and 4 digits, as a run of their own', () => {
    for (const text of ['SSN 5362-2-1234', 'SSN 53-622-1234', 'SSN 536-22-12345', 'SSN 536-221-234', 'SSN 536-22-123', 'SSN 5360-22-1234', 'SSN 36-22-1234', 'SSN 536-2-1234', 'SSN 536-22-1234-55', 'SSN 1-536-22-1234', '+44 740 05 0007 0', 'SSN 536-22']) {
      expect(kind(text, 'SSN', 'ssn'), text).toEqual([]);
    }
  });

  it('is not glued to a letter, digit run, dash, dot or plus', () => {
    for (const text of ['SSN A536-22-1234', 'SSN 536-22-1234A', 'SSN -536-22-1234', 'SSN 536-22-1234-', 'SSN .536-22-1234', 'SSN +536-22-1234', 'SSN _536-22-1234', 'SSN 536-22-1234_', 'SSN z536-22-1234', 'SSN 536-22-1234z', 'SSN Z536-22-1234', 'SSN 536-22-1234a']) {
      expect(kind(text, 'SSN', 'ssn'), text).toEqual([]);
    }
    expect(kind('SSN:536-22-1234,', 'SSN', 'ssn')).toEqual(['536-22-1234']);
    expect(kind('SSN (536-22-1234)', 'SSN', 'ssn')).toEqual(['536-22-1234']);
  });

  it('refuses invalid numbers', () => {
    expect(kind('SSN 000-22-1234 666-22-1234 536-00-1234 536-22-0000', 'SSN', 'ssn')).toEqual([]);
  });

  it('takes nine bare digits only with SSN context in the 40 characters before them', () => {
    expect(raw('ssn: 536221234', 'ssn')).toEqual([['SSN', '536221234', '536221234']]);
    expect(kind('536221234 ssn', 'SSN', 'ssn')).toEqual([]);
    expect(kind('id 536221234', 'SSN', 'ssn')).toEqual([]);
    expect(kind(`the ssn is on file. ${'x'.repeat(40)} 536221234`, 'SSN', 'ssn')).toEqual([]);
    expect(kind(`ssn ${'x'.repeat(35)} 536221234`, 'SSN', 'ssn')).toEqual(['536221234']);
    expect(kind(`ssn ${'x'.repeat(36)} 536221234`, 'SSN', 'ssn')).toEqual([]);
    expect(kind('SSN 536221234 and 536221235', 'SSN', 'ssn')).toEqual(['536221234', '536221235']);
    expect(kind('social security 53622123', 'SSN', 'ssn')).toEqual([]);
    expect(kind('social security 5362212345', 'SSN', 'ssn')).toEqual([]);
  });

  it('leaves a labelled identifier alone unless the text calls it an SSN', () => {
    expect(kind('Ticket 536-22-1234', 'SSN', 'ssn')).toEqual([]);
    expect(kind('SSN of ticket 536-22-1234', 'SSN', 'ssn')).toEqual(['536-22-1234']);
    expect(kind(`ssn ${'x'.repeat(40)} ticket 536-22-1234`, 'SSN', 'ssn')).toEqual([]);
    expect(kind(`ticket ${'x'.repeat(40)} 536-22-1234`, 'SSN', 'ssn')).toEqual(['536-22-1234']);
  });
});

describe('IP addresses', () => {
  it('finds IPv4 with its span and value, at either end of the text', () => {
    expect(raw('from 203.0.113.7 to 10.0.0.255', 'ip')).toEqual([['IP', '203.0.113.7', '203.0.113.7'], ['IP', '10.0.0.255', '10.0.0.255']]);
    expect(kind('1.2.3.4', 'IP', 'ip')).toEqual(['1.2.3.4']);
    expect(kind('x 1.2.3.4.', 'IP', 'ip')).toEqual(['1.2.3.4']);
  });

  it('refuses octets over 255 or with a leading zero, and the addresses that identify nobody', () => {
    expect(kind('256.1.1.1 1.256.1.1 1.1.256.1 1.1.1.256 255.1.1.1', 'IP', 'ip')).toEqual(['255.1.1.1']);
    expect(kind('01.2.3.4 1.02.3.4 1.2.03.4 1.2.3.04 0.2.3.4 10.2.3.40', 'IP', 'ip')).toEqual(['0.2.3.4', '10.2.3.40']);
    expect(kind('0.0.0.0 255.255.255.255 127.0.0.5 128.0.0.1 0.0.0.1 255.255.255.254', 'IP', 'ip')).toEqual(['128.0.0.1', '0.0.0.1', '255.255.255.254']);
  });

  it('leaves four-arc object identifiers alone', () => {
    for (const text of ['OID 2.5.4.3', 'oid:1.3.6.1', 'urn:oid:1.3.6.1', 'arc 1.2.3.4', 'object identifier 1.2.3.4', 'OIDs (1.2.3.4']) {
      expect(kind(text, 'IP', 'ip'), text).toEqual([]);
    }
    expect(kind('the void 1.2.3.4', 'IP', 'ip')).toEqual(['1.2.3.4']);
    expect(kind(`OID ${'x'.repeat(24)} 1.2.3.4`, 'IP', 'ip')).toEqual(['1.2.3.4']);
  });

  it('finds IPv6, lower-cased, without its zone, and not code tokens, loopback or the unspecified address', () => {
    expect(raw('a 2001:db8::8a2e:370:7334 b', 'ip')).toEqual([['IP', '2001:db8::8a2e:370:7334', '2001:db8::8a2e:370:7334']]);
    expect(raw('fe80::1%eth0 and FE80::AB:CD', 'ip')).toEqual([['IP', 'fe80::1%eth0', 'fe80::1'], ['IP', 'FE80::AB:CD', 'fe80::ab:cd']]);
    expect(kind('2001:db8:0:0:0:0:2:1', 'IP', 'ip')).toEqual(['2001:db8:0:0:0:0:2:1']);
    expect(kind('1::2', 'IP', 'ip')).toEqual(['1::2']);
    expect(kind('1:2::', 'IP', 'ip')).toEqual(['1:2::']);
    for (const text of ['::1 and ::', 'fe80:: and ::a', '12:34:56', 'a:b:c', 'x :: y', 'std::vector']) {
      expect(kind(text, 'IP', 'ip'), text).toEqual([]);
    }
  });

  it('looks for IPv6 only with two colons, and IPv4 only with three dots and four digits', () => {
    expect(kind('2001:db8::1', 'IP', 'ip')).toEqual(['2001:db8::1']);
    expect(all('at 2001:db8::1')).toEqual(['IP:2001:db8::1']);
    expect(all('at 1.2.3.4')).toEqual(['IP:1.2.3.4']);
    expect(all('1.2.3.4')).toEqual(['IP:1.2.3.4']);
  });
});

describe('phone numbers', () => {
  const phones = (text: string) => kind(text, 'PHONE', 'phone');

  it('finds international numbers, normalized to E.164, with + or 00 and an optional (0)', () => {
    expect(raw('x +44 20 7946 0958', 'phone')).toEqual([['PHONE', '+44 20 7946 0958', '+442079460958']]);
    expect(raw('x 0044 20 7946 0958', 'phone')).toEqual([['PHONE', '0044 20 7946 0958', '+442079460958']]);
    expect(raw('x +44 (0)20 7946 0958', 'phone')).toEqual([['PHONE', '+44 (0)20 7946 0958', '+442079460958']]);
    expect(raw('x 0044 (0)20 7946 0958', 'phone')).toEqual([['PHONE', '0044 (0)20 7946 0958', '+442079460958']]);
    expect(raw('x +1.415.555.0132', 'phone')).toEqual([['PHONE', '+1.415.555.0132', '+14155550132']]);
    expect(raw('+33.6.12.34.56.78', 'phone')).toEqual([['PHONE', '+33.6.12.34.56.78', '+33612345678']]);
    expect(phones('x +999 1234 5678')).toEqual([]);
    expect(phones('x +1 234')).toEqual([]);
    // The same number twice: the cached verdict gives the same answer.
    expect(phones('x +44 20 7946 0958 and +44 20 7946 0958')).toEqual(['+44 20 7946 0958', '+44 20 7946 0958']);
    expect(phones('x +999 1234 5678 and +999 1234 5678')).toEqual([]);
  });

  it('takes 8 to 15 digits after the international prefix', () => {
    // Niue's four-digit numbers are possible numbers, but seven digits are too few to be sure.
    expect(phones('call +683 4002')).toEqual([]);
    expect(phones('call +290 23456')).toEqual(['+290 23456']);
    expect(phones('call +35312345678')).toEqual(['+35312345678']);
  });

  it('finds national numbers by their grouping', () => {
    expect(raw('x (415) 555-0132', 'phone')).toEqual([['PHONE', '(415) 555-0132', '4155550132']]);
    expect(phones('x (415)5550132')).toEqual(['(415)5550132']);
    expect(raw('x 555-0132 x12', 'phone')).toEqual([['PHONE', '555-0132 x12', '5550132']]);
    expect(phones('x 415-555-0132 #204')).toEqual(['415-555-0132 #204']);
    expect(phones('x 5550132 x12')).toEqual([]);
    expect(phones('x 415 555 0132')).toEqual(['415 555 0132']);
    expect(phones('x 41 555 0132')).toEqual(['41 555 0132']);
    expect(phones('x 0171 2345678')).toEqual(['0171 2345678']);
    expect(phones('x 017 1234567')).toEqual(['017 1234567']);
    expect(phones('x 01712 345678')).toEqual(['01712 345678']);
    expect(phones('x 1234 56789')).toEqual(['1234 56789']);
    expect(phones('x 123 456789')).toEqual(['123 456789']);
    expect(phones('x 12.34.56.78.90')).toEqual(['12.34.56.78.90']);
    expect(phones('x 06.12.34.56.78')).toEqual(['06.12.34.56.78']);
  });

  it('needs context for short, bare, single-digit-grouped and thousands-grouped numbers', () => {
    for (const [plain, withContext] of [
      ['x 415 55 5 0132', 'call 415 55 5 0132'],
      ['x 17151 2450', 'call 17151 2450'],
      ['x 12 345 678', 'call 12 345 678'],
      ['x 4155550132', 'call 4155550132'],
      ['x 415555013212', 'call 415555013212'],
      ['x 12345 6789', 'call 12345 6789'],
      ['x 1234 5678', 'phone 1234 5678'],
      ['x 123 4567', 'phone 123 4567'],
      ['x 12/84712265', 'phone 12/84712265'],
    ]) {
      expect(phones(plain), plain).toEqual([]);
      expect(phones(withContext as string), withContext).toEqual([(withContext as string).replace(/^\S+ /, '')]);
    }
    expect(phones('call 415555013')).toEqual([]);
    expect(phones('call 4155550132123')).toEqual([]);
    expect(phones('call 41555501')).toEqual([]);
    expect(phones('x 1 234 567 890')).toEqual([]);
    expect(phones('x 123 456 7890')).toEqual(['123 456 7890']);
    expect(phones('x 1234 567 890')).toEqual(['1234 567 890']);
    expect(phones('x 123-456-789')).toEqual(['123-456-789']);
  });

  it('reads context in the 48 characters before and a phone word right after', () => {
    expect(phones('4155550132 mobile')).toEqual(['4155550132']);
    expect(phones('4155550132 - fax')).toEqual(['4155550132']);
    expect(phones('4155550132 ,,fax')).toEqual(['4155550132']);
    expect(phones('4155550132 ,,,, fax')).toEqual([]);
    expect(phones('4155550132 faxes')).toEqual([]);
    expect(phones(`call ${'x'.repeat(42)} 4155550132`)).toEqual(['4155550132']);
    expect(phones(`call ${'x'.repeat(43)} 4155550132`)).toEqual([]);
    expect(phones(`4155550132 ${'x'.repeat(10)} fax`)).toEqual([]);
  });

  it('uses slash notation for one area code with a trunk 0', () => {
    expect(raw('x 030/84712265 y', 'phone')).toEqual([['PHONE', '030/84712265', '03084712265']]);
    expect(phones('x 0171/2345678')).toEqual(['0171/2345678']);
    expect(phones('x 044/668 18 00')).toEqual(['044/668 18 00']);
    expect(phones('x 03012/84712')).toEqual(['03012/84712']);
    expect(phones('x 030123/84712')).toEqual([]);
    expect(phones('x 030/8471')).toEqual([]);
    expect(phones('x 030/8471/2265 y')).toEqual([]);
    expect(phones('x +49 30/84712265')).toEqual([]);
    expect(phones('x (030)/84712265')).toEqual([]);
    expect(phones('x 12/84712265')).toEqual([]);
    expect(phones('x 030/847122a')).toEqual([]);
    expect(phones('x 0/84712265')).toEqual([]);
    expect(phones('phone 0/84712265')).toEqual(['0/84712265']);
  });

  it('takes a number glued to a phone word but not to other words or signs', () => {
    expect(phones('Phone:+442079460958')).toEqual(['+442079460958']);
    expect(phones('Tel.030/84712265')).toEqual(['030/84712265']);
    expect(phones('tel=+4930123456')).toEqual(['+4930123456']);
    expect(phones('fax#4155550132')).toEqual(['4155550132']);
    for (const text of ['id:4155550132', 'a4155550132', '4155550132b', 'x.4155550132', 'x-4155550132', 'x/4155550132', 'x@4155550132', 'x=4155550132', 'x#4155550132', 'x_4155550132', 'phone-4155550132', 'phone/4155550132', 'phone@4155550132']) {
      expect(phones(`call ${text}`), text).toEqual([]);
    }
  });

  it('does not end inside a longer token', () => {
    for (const text of ['x 415-555-0132@x', 'x 415-555-0132:', 'x 415-555-0132/', 'x 415-555-0132.5', 'x 415-555-0132-5', 'x 415-555-0132_', 'x 415-555-0132a', 'x 415-555-0132Z']) {
      expect(phones(text), text).toEqual([]);
    }
    expect(phones('x 415-555-0132.')).toEqual(['415-555-0132']);
    expect(phones('x 415-555-0132-')).toEqual(['415-555-0132']);
    expect(phones('x 415-555-0132.x')).toEqual(['415-555-0132']);
  });

  it('refuses unbalanced parentheses, doubled separators, dates, repeated digits and versions', () => {
    for (const text of ['x (415 555-0132', 'x 415) 555-0132', 'x )415( 555-0132', 'x 415  555 0132', 'x 415--555-0132', 'x 415 -555-0132', 'x 415./555', 'v 1.2.3.4.5.6.7', 'x 0612.345678', 'x 1.234.567.890', 'phone 1111111111', 'x 2023-11-05', 'x 05.11.2023', 'x 2023-11-05 12', 'call 2023-11-0512']) {
      expect(phones(text), text).toEqual([]);
    }
    expect(phones('x (415) (555) 0132')).toEqual(['(415) (555) 0132']);
  });

  it('leaves labelled identifiers and the SSN shape to other rules', () => {
    for (const text of ['Invoice 415 555 0132', 'zip 415 555 0132', 'ISBN 415 555 0132', 'postcode 415 555 0132', 'x 536-22-1234', 'x 536 22 1234']) {
      expect(phones(text), text).toEqual([]);
    }
    expect(phones('call 536-22-1234')).toEqual(['536-22-1234']);
    expect(phones('x 536-22 1234')).toEqual(['536-22 1234']);
    expect(phones(`isbn ${'x'.repeat(20)} 415 555 0132`)).toEqual(['415 555 0132']);
  });
});
