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
    for (const text of [`1.${visa16}`, `+${visa16}`, `1,${visa16}`, `x_${visa16}`, `${visa16}_x`, `${visa16}U`, `${visa16}z`, `0${visa16}`, `${visa16}A`, `9f${visa16}`]) {
      expect(kind(text, 'CARD', 'card'), text).toEqual([]);
    }
    // Glued to letters before it, a card of a narrow brand range is a card (L2 of the sixth probe
    // of 2026-12-04: `CCVI4111…`); a number of Maestro's wide range stays an identifier.
    for (const text of [`U${visa16}`, `a${visa16}`, `Z${visa16}`]) expect(kind(text, 'CARD', 'card'), text).toEqual([visa16]);
    for (const text of ['U5012345678901236', 'a5012345678901236', 'Z5012345678901236']) expect(kind(text, 'CARD', 'card'), text).toEqual([]);
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
    expect(kind(`${grouped} 1334`, 'CARD', 'card')).toEqual([]);
    // Unless that group is an expiry MMYY, perhaps with a security code after it (probe of 2026-12-04).
    expect(kind(`${grouped} 1234`, 'CARD', 'card')).toEqual([grouped]);
    expect(kind(`${grouped} 0427 737`, 'CARD', 'card')).toEqual([grouped]);
    expect(kind(`${grouped} 0027 737`, 'CARD', 'card')).toEqual([]);
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
    // With no card's label before it (after one, a number that fails Luhn by a typo is the card: labelledCardWithTypo, L18 of 2026-12-06).
    expect(kind(`ref ${visa16.slice(0, 15)}${(Number(visa16[15]) + 1) % 10}`, 'CARD', 'card')).toEqual([]);
    expect(kind(`card ${visa16.slice(0, 15)}${(Number(visa16[15]) + 1) % 10}`, 'CARD', 'card')).toEqual([`${visa16.slice(0, 15)}${(Number(visa16[15]) + 1) % 10}`]);
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

  it('takes three groups of three only right after its label (2026-12-03, a probe: `SSN: 536 228 514` was stored raw)', () => {
    expect(kind('SSN 536-221-234', 'SSN', 'ssn')).toEqual(['536-221-234']);
    expect(kind('SSN: 536 228 514', 'SSN', 'ssn')).toEqual(['536 228 514']);
    for (const text of ['536-221-234', 'SSN 536-221-2345', 'SSN 536-221 234', 'the SSN field is empty; order 536 228 514 shipped today from the warehouse']) expect(kind(text, 'SSN', 'ssn'), text).toEqual([]);
  });

  it('needs groups of exactly 3, 2 and 4 digits (or 3, 3 and 3 after its label), as a run of their own', () => {
    for (const text of ['SSN 5362-2-1234', 'SSN 53-622-1234', 'SSN 536-22-12345', 'SSN 536-22-123', 'SSN 5360-22-1234', 'SSN 36-22-1234', 'SSN 536-2-1234', 'SSN 536-22-1234-55', 'SSN 1-536-22-1234', '+44 740 05 0007 0', 'SSN 536-22']) {
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

  it('masks an IPv6 address written with an IPv4 tail whole', () => {
    // Before the fix, only `::ffff:192` was masked and `.0.2.1` stayed in the text (the IPv6 match
    // stopped at the first dot and won the overlap with the IPv4 address, being longer).
    expect(all('from ::ffff:192.0.2.1 to')).toEqual(['IP:::ffff:192.0.2.1']);
    expect(all('from 64:ff9b::192.0.2.33 to')).toEqual(['IP:64:ff9b::192.0.2.33']);
    expect(raw('from ::FFFF:192.0.2.1%eth0 to', 'ip')).toContainEqual(['IP', '::FFFF:192.0.2.1%eth0', '::ffff:192.0.2.1']);
    expect(all('addr ::192.0.2.1')).toEqual(['IP:192.0.2.1']);
    expect(all('from ::ffff:192.0.2 to')).toEqual(['IP:::ffff:192']);
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
    const pairs: Array<[string, string]> = [
      ['x 415 55 5 0132', 'call 415 55 5 0132'],
      ['x 17151 2450', 'call 17151 2450'],
      ['x 12 345 678', 'call 12 345 678'],
      ['x 4155550132', 'call 4155550132'],
      ['x 415555013212', 'call 415555013212'],
      ['x 12345 6789', 'call 12345 6789'],
      ['x 1234 5678', 'phone 1234 5678'],
      ['x 123 4567', 'phone 123 4567'],
      ['x 12/84712265', 'phone 12/84712265'],
    ];
    for (const [plain, withContext] of pairs) {
      expect(phones(plain), plain).toEqual([]);
      expect(phones(withContext), withContext).toEqual([withContext.replace(/^\S+ /, '')]);
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
    // An international number with a slash is checked by libphonenumber (issue 11): a phone.
    expect(phones('x +49 30/84712265')).toEqual(['+49 30/84712265']);
    expect(phones('x +999 30/84712265')).toEqual([]);
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

describe('secrets', () => {
  const secrets = (text: string) => raw(text, 'secrets').map(([type, value]) => `${type}:${value}`);

  it('finds each provider key with its exact span', () => {
    const cases: Array<[string, string]> = [
      ['ANTHROPIC_KEY', 'sk-ant-api03-Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv'],
      ['OPENAI_KEY', 'sk-proj-Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2Yz3'],
      ['OPENAI_KEY', 'sk-abcdefghijT3BlbkFJklmnopqrst'],
      ['AWS_ACCESS_KEY', 'AKIAZ7Q3XK4MPLR2WD5N'],
      ['AWS_ACCESS_KEY', 'AROAZ7Q3XK4MPLR2WD5N'],
      ['GCP_API_KEY', 'AIzaSyA1234567890abcdefghijklmnopqrstuv'],
      ['HUGGINGFACE_TOKEN', 'hf_AbCdEfGhIjKlMnOpQrStUvWxYz123456'],
      ['NPM_TOKEN', 'npm_AbCdEfGhIjKlMnOpQrStUvWxYz1234567890'],
      ['SENDGRID_KEY', 'SG.AbCdEfGhIjKlMnOp.QrStUvWxYz123456'],
      ['SHOPIFY_TOKEN', 'shpat_0123456789abcdef0123456789abcdef'],
      ['LINEAR_KEY', 'lin_api_0123456789abcdefABCDEF0123456789ab'],
      ['GITLAB_TOKEN', 'glpat-abcdefghijklmnopqrs1'],
      ['SLACK_TOKEN', 'xoxb-abcdefghijklmno1'],
      ['SLACK_TOKEN', 'xapp-1-A0123456-0123456-abcdefghij0123456789'],
      ['STRIPE_KEY', 'sk_live_abcdefghij1l'],
      ['STRIPE_KEY', 'whsec_abcdefghijklmnopqrstuvwx'],
      ['GITHUB_TOKEN', 'ghp_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5'],
      ['ONEPASSWORD_TOKEN', `ops_ey${'Ab3dE5gH7jK9mN1pQ3sT5vW7yZ9b'.repeat(4)}`],
    ];
    for (const [type, secret] of cases) {
      expect(secrets(`key ${secret} end`), secret).toEqual([`${type}:${secret}`]);
    }
    expect(secrets('https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX')).toEqual(['SLACK_WEBHOOK:https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX']);
  });

  it('refuses look-alikes: no digit, no mixed case, low entropy, documentation examples', () => {
    for (const text of ['key sk-abcdefghijklmnopqrstuvwxyz end', 'key AIDAZZZZZZZZZZZZZZZZ end', 'key AKIAIOSFODNN7EXAMPLE', 'key hf_abcdefghijklmnopqrstuvwxyz123456 x', 'key hf_ABCDEFGHIJKLMNOPQRSTUVWXYZ123456 x', 'x glpat-abcdefghijklmnopqrst y', 'x xoxb-abcdefghijklmnop y', 'x sk_live_abcdefghijkl y', 'x ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa y', 'Bearer abcdefghijkl', 'key sk-ant-api03-aaaaaaaaaaaaaaaaaaaaaaaaaaaa end']) {
      expect(secrets(text), text).toEqual([]);
    }
  });

  it('takes a GitLab token with a digit or mixed case after its prefix', () => {
    // Before the fix, `mixed()` (which needs a digit too) made mixed case alone count for nothing:
    // a token of letters only, one in about thirty, was left in the text.
    expect(secrets('x glpat-abcdefghijKLMNOPQRST y')).toEqual(['GITLAB_TOKEN:glpat-abcdefghijKLMNOPQRST']);
    expect(secrets('x glpat-abcdefghijklmnopqrs1 y')).toEqual(['GITLAB_TOKEN:glpat-abcdefghijklmnopqrs1']);
    expect(secrets('x glpat-abcdefghijklmnopqrst y')).toEqual([]);
    expect(secrets('x glpat-ABCDEFGHIJKLMNOPQRST y')).toEqual([]);
  });

  it('takes an AWS secret key only after an AWS word in the 80 characters before it', () => {
    const key = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCY1234567890';
    // The name then its value is a password too (password-forms.ts, the sixth fresh probe of 2026-12-03): one span, resolved as the AWS key.
    expect(secrets(`aws_secret_access_key ${key} x`)).toEqual([`PASSWORD:${key}`, `AWS_SECRET_KEY:${key}`]);
    expect(secrets(`secret ${'x'.repeat(72)} ${key}`)).toEqual([`AWS_SECRET_KEY:${key}`]);
    expect(secrets(`secret ${'x'.repeat(73)} ${key}`)).toEqual([]);
    expect(secrets(`nothing ${key} x`)).toEqual([]);
    expect(secrets(`aws ${'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'}`)).toEqual([]);
  });

  it('takes the value of a capture group where the rule has one', () => {
    expect(secrets('aws_account_id = 1234-5678-9012')).toEqual(['AWS_ACCOUNT_ID:1234-5678-9012']);
    expect(secrets('aws_account_id: 123456789012')).toEqual(['AWS_ACCOUNT_ID:123456789012']);
    expect(secrets('Basic dXNlcjpwYXNzd29yZA== x')).toEqual(['BASIC_AUTH:dXNlcjpwYXNzd29yZA==']);
    expect(secrets('curl -u admin:S3cretPass https://x')).toEqual(['BASIC_AUTH:S3cretPass']);
    expect(secrets('curl -u admin:password https://x')).toEqual([]);
    expect(secrets('Bearer abc123defghi')).toEqual(['BEARER_TOKEN:abc123defghi']);
    expect(secrets('postgres://app:s3cr3tPa55@db:5432/x')).toEqual(['URL_CREDENTIALS:app:s3cr3tPa55']);
    expect(secrets('postgres://app:password@db/x')).toEqual([]);
  });

  it('reads Basic credentials as printable user:password', () => {
    const b64 = (s: string) => Buffer.from(s, 'latin1').toString('base64');
    expect(secrets(`Basic ${b64('user:pass')} x`)).toEqual([`BASIC_AUTH:${b64('user:pass')}`]);
    for (const credential of ['abcdefghijk', ':password', 'username:', 'user:pa\u0001ss', 'us\u00e9r:pass']) {
      expect(secrets(`Basic ${b64(credential)} x`), credential).toEqual([]);
    }
    // A length of 4n+1 is no base64.
    expect(secrets('Basic dXNlcjpwYXNzd29yZ x')).toEqual([]);
    expect(secrets(`Basic ${b64('abc:def')} x`)).toEqual([`BASIC_AUTH:${b64('abc:def')}`]);
  });

  it('masks query parameters named like secrets, from the value to its end', () => {
    expect(raw('GET /x?token=Ab3dEf6hIj&x=1', 'secrets')[0]).toEqual(['URL_SECRET', 'Ab3dEf6hIj']);
    expect(all('GET /x?token=Ab3dEf6hIj&x=1')).toEqual(['URL_SECRET:Ab3dEf6hIj']);
    expect(all('a=1&api_key=Zq9Wx8Vc7')).toEqual(['URL_SECRET:Zq9Wx8Vc7']);
    expect(all('/x?X-Amz-Signature=Zq9Wx8Vc7Bn1')).toEqual(['URL_SECRET:Zq9Wx8Vc7Bn1']);
    expect(secrets('GET /x?token=xxx&x=1')).toEqual([]);
    expect(secrets('GET /x?page=Ab3dEf6hIj&x=1')).toEqual([]);
    expect(secrets('GET /x?token=${TOKEN}&x=1')).toEqual([]);
  });

  it('masks a value assigned to a secret name, but not short, numeric-count or placeholder values', () => {
    expect(secrets('db_password=Hunter2Hunter2')).toEqual(['PASSWORD:Hunter2Hunter2']);
    expect(secrets('password: abc')).toEqual(['PASSWORD:abc']);
    expect(secrets('password: ab')).toEqual([]);
    expect(secrets('password = 12345')).toEqual([]);
    expect(secrets('password = 123456')).toEqual(['PASSWORD:123456']);
    expect(secrets('pwd=123456')).toEqual(['PASSWORD:123456']);
    for (const placeholder of ['xxxx', 'null', '****', '${DB}', '{{db}}', '$DB', '%DB%', 'aaaa', '<password>', '[hidden]', 'your_password', 'changeme'.replace('changeme', 'REDACTED')]) {
      expect(secrets(`password = ${placeholder}`), placeholder).toEqual([]);
    }
    expect(secrets('apikey => s3cretvalue')).toEqual(['PASSWORD:s3cretvalue']);
    expect(secrets('x token := Abc123xyz')).toEqual(['PASSWORD:Abc123xyz']);
    expect(secrets('"secret": "Abc123xyz"')).toEqual(['PASSWORD:Abc123xyz']);
    expect(secrets('passwd=a1b2c3 pwd=z9y8x7')).toEqual(['PASSWORD:a1b2c3', 'PASSWORD:z9y8x7']);
    expect(secrets('my_token_count: 12345678')).toEqual([]);
    expect(secrets('tokenizer = bpe_model')).toEqual([]);
  });

  it('masks any assigned value when the key above the string is a secret', () => {
    expect(detectBuiltin('tokenizer = bpe_model', new Set(['secrets']), true).map((d) => d.type)).toEqual(['PASSWORD']);
    expect(detectBuiltin('tokenizer = bpe_model', new Set(['secrets']), false)).toEqual([]);
  });

  it('finds PEM private keys from BEGIN to the end of END, or to the end of the text', () => {
    const pem = '-----BEGIN RSA PRIVATE KEY-----\nMIIabc\n-----END RSA PRIVATE KEY-----';
    expect(secrets(`${pem} after`)).toEqual([`PRIVATE_KEY:${pem}`]);
    expect(secrets(`before ${pem}\n${pem}`)).toEqual([`PRIVATE_KEY:${pem}`, `PRIVATE_KEY:${pem}`]);
    const cert = '-----BEGIN CERTIFICATE-----\nMIIabc\n-----END CERTIFICATE-----';
    expect(secrets(`${cert} -----BEGIN PRIVATE KEY-----\nabc`)).toEqual(['PRIVATE_KEY:-----BEGIN PRIVATE KEY-----\nabc']);
    expect(secrets('-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE')).toEqual(['PRIVATE_KEY:-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE']);
    expect(secrets('-----BEGIN PRIVATE KEY')).toEqual([]);
    expect(secrets(`-----BEGIN ${'X'.repeat(28)} PRIVATE KEY-----\nabc`)).toEqual([]);
    expect(secrets(`-----BEGIN ${'X'.repeat(27)} PRIVATE KEY-----\nabc`)).toEqual([`PRIVATE_KEY:-----BEGIN ${'X'.repeat(27)} PRIVATE KEY-----\nabc`]);
  });
});

describe('health and dates of birth', () => {
  it('finds medical record numbers of five digits and more after their label, normalized', () => {
    expect(raw('MRN: 12345', 'health')).toEqual([['MRN', '12345', '12345']]);
    expect(raw('MRN: 1234', 'health')).toEqual([]);
    expect(raw('mrn pt-99812', 'health')).toEqual([['MRN', 'pt-99812', 'PT99812']]);
    expect(raw('NHS number 943 476 5919', 'health')).toEqual([['MRN', '943 476 5919', '9434765919']]);
    expect(raw('medical record no. 0012-44', 'health')).toEqual([['MEDICAL_TERM', 'medical record'], ['MRN', '0012-44', '001244']]);
  });

  it('flags the first medical term, unmasked', () => {
    const found = detectBuiltin('the cancer and the insulin', new Set(['health']));
    expect(found).toEqual([{ start: 4, end: 10, type: 'MEDICAL_TERM', class: 'phi', mask: false }]);
    expect(raw('HIV', 'health')).toEqual([['MEDICAL_TERM', 'HIV']]);
  });

  it('finds ICD-10 codes with a diagnosis or the word ICD, the undotted ones only close to it', () => {
    expect(raw('Patient MRN: 00123456 diagnosed with E11.9', 'health')).toEqual([['MEDICAL_TERM', 'diagnosed'], ['MRN', '00123456', '00123456'], ['ICD10', 'E11.9', 'E11.9']]);
    expect(raw('ICD E11.9', 'health')).toEqual([['ICD10', 'E11.9', 'E11.9']]);
    expect(raw('the diagnosis was E11 in 2020', 'health')).toEqual([['MEDICAL_TERM', 'diagnosis'], ['ICD10', 'E11', 'E11']]);
    expect(kind(`icd ${'x'.repeat(41)} E11 in 2020`, 'ICD10', 'health')).toEqual([]);
    expect(kind(`icd ${'x'.repeat(35)} E11 in 2020`, 'ICD10', 'health')).toEqual(['E11']);
    // `code` lets dotted codes in, not undotted ones (`C99 code style`: a probe of 2026-12-03).
    expect(kind(`code ${'x'.repeat(34)} E11 in 2020`, 'ICD10', 'health')).toEqual([]);
    expect(kind(`code ${'x'.repeat(34)} E11.2 in 2020`, 'ICD10', 'health')).toEqual(['E11.2']);
    expect(kind(`insulin ${'x'.repeat(60)} then code E11 in 2020`, 'ICD10', 'health')).toEqual(['E11']);
    expect(kind(`E11 in 2020 ${'x'.repeat(60)} icd`, 'ICD10', 'health')).toEqual([]);
    expect(kind('E11.9 in 2020 release', 'ICD10', 'health')).toEqual([]);
    expect(kind('release 1.2 of the A10 model', 'ICD10', 'health')).toEqual([]);
  });

  it('finds a date right after a birth label, normalized', () => {
    expect(raw('DOB: 04/12/1983', 'health')).toEqual([['DOB', '04/12/1983', '04/12/1983']]);
    expect(raw('date of birth 1983-12-04', 'health')).toEqual([['DOB', '1983-12-04', '1983-12-04']]);
    expect(raw('born on 12  March 1983', 'health')).toEqual([]);
    expect(raw('born on 12 March 1983', 'health')).toEqual([['DOB', '12 March 1983', '12 march 1983']]);
    expect(raw('dob 1.2.83', 'health')).toEqual([['DOB', '1.2.83', '1.2.83']]);
    expect(raw('DOB: soon, 04/12/1983', 'health')).toEqual([]);
    expect(raw('DOB: 04/12/19830', 'health')).toEqual([]);
    expect(raw('DOB: 04/12/1983, DOB: 05/12/1983', 'health')).toEqual([['DOB', '04/12/1983', '04/12/1983'], ['DOB', '05/12/1983', '05/12/1983']]);
  });
});

describe('the dispatcher', () => {
  it('runs only the detectors asked for', () => {
    const text = 'SSN 536-22-1234, mail bob@example.com, 203.0.113.7, call +44 20 7946 0958';
    expect(raw(text, 'email').map(([type]) => type)).toEqual(['EMAIL']);
    expect(raw(text, 'phone').map(([type]) => type)).toEqual(['PHONE']);
    expect(raw(text, 'ssn').map(([type]) => type)).toEqual(['SSN']);
    expect(raw(text, 'ip').map(([type]) => type)).toEqual(['IP']);
    expect(raw(`${text} ${luhn('411111111111111')}`, 'card').map(([type]) => type)).toEqual(['CARD']);
    expect(raw(text, 'card', 'iban', 'secrets', 'health', 'person', 'address')).toEqual([]);
    expect(detectSensitive(text, { builtins: ['ssn', 'ip'] }).map((d) => d.type)).toEqual(['SSN', 'IP']);
    expect(detectSensitive(text, { builtins: ['ip', 'no-such-detector' as 'ip'] }).map((d) => d.type)).toEqual(['IP']);
    expect(detectSensitive(text).map((d) => d.type)).toEqual(['SSN', 'EMAIL', 'IP', 'PHONE']);
    expect(BUILTIN_DETECTORS).toEqual(['email', 'phone', 'card', 'iban', 'ssn', 'ip', 'secrets', 'health', 'person', 'address', 'special']);
  });

  it('keeps the enabled set of a Set it has seen', () => {
    const set = new Set(['email']);
    expect(detectBuiltin('bob@example.com', set).length).toBe(1);
    expect(detectBuiltin('bob@example.com', set).length).toBe(1);
    expect(detectBuiltin('bob@example.com', new Set(['phone']))).toEqual([]);
  });

  it('runs each detector from the smallest text that can hold its finding', () => {
    expect(raw('ab', 'health', 'email', 'secrets', 'person')).toEqual([]);
    expect(raw('HIV', 'health')).toEqual([['MEDICAL_TERM', 'HIV']]);
    expect(raw('a @ bc.de', 'email')).toEqual([['EMAIL', 'a @ bc.de', 'a@bc.de']]);
    expect(raw('pwd=123456', 'secrets')).toEqual([['PASSWORD', '123456']]);
    expect(raw('call 555-0132', 'phone')).toEqual([['PHONE', '555-0132', '5550132']]);
    expect(raw('536-22-1234', 'ssn')).toEqual([['SSN', '536-22-1234', '536221234']]);
    expect(raw('500000000009'.slice(0, 11) + luhn('50000000000').slice(11), 'card')).toEqual([['CARD', luhn('50000000000'), luhn('50000000000')]]);
    const no = iban('NO', '86011117947');
    expect(raw(no, 'iban')).toEqual([['IBAN', no, no]]);
    expect(raw('1.2.3.4', 'ip')).toEqual([['IP', '1.2.3.4', '1.2.3.4']]);
    expect(raw('1::2', 'ip')).toEqual([['IP', '1::2', '1::2']]);
    expect(raw('MRN 12345', 'health')).toEqual([['MRN', '12345', '12345']]);
    expect(raw('ICD E11.9', 'health')).toEqual([['ICD10', 'E11.9', 'E11.9']]);
    expect(raw('dob 1.2.83', 'health')).toEqual([['DOB', '1.2.83', '1.2.83']]);
    expect(raw('5 Main St', 'address')).toEqual([['ADDRESS', '5 Main St', '5 main st']]);
    expect(raw('王伟说', 'person')).toEqual([['PERSON', '王伟说', '王伟说']]);
    expect(raw('Dr. Li Na', 'person')).toEqual([['PERSON', 'Li Na', 'li na']]);
  });

  it('skips numbers, addresses and names in a lone ISO timestamp, not in a longer text', () => {
    for (const text of ['2023-11-05T10:00:00Z', '2023-11-05 10:00:00+01:00', '2023-11-05T10:00:00.123456789+0100', '2023-11-05']) {
      expect(raw(text, 'phone', 'ip', 'address', 'person', 'card', 'ssn', 'iban'), text).toEqual([]);
    }
    expect(raw('2023-11-05 10:00:00+01:00 call 4155550132', 'phone')).toEqual([['PHONE', '4155550132', '4155550132']]);
  });

  it('folds other spellings of digits, dashes and spaces, keeping offsets into the original', () => {
    expect(raw('＋４４ ２０ ７９４６ ０９５８', 'phone')).toEqual([['PHONE', '＋４４ ２０ ７９４６ ０９５８', '+442079460958']]);
    expect(raw('call ４１５５５５０１３２', 'phone')).toEqual([['PHONE', '４１５５５５０１３２', '4155550132']]);
    expect(raw(`card ${'4111\u20131111\u20131111\u20131111'}`, 'card')).toEqual([['CARD', '4111\u20131111\u20131111\u20131111', '4111111111111111']]);
    for (const dash of ['\u2010', '\u2015', '\u2212']) {
      expect(raw(`call 415${dash}555${dash}0132`, 'phone'), dash).toEqual([['PHONE', `415${dash}555${dash}0132`, '4155550132']]);
    }
    for (const space of ['\u00a0', '\u2007', '\u2009', '\u202f']) {
      expect(raw(`call 415${space}555${space}0132`, 'phone'), space).toEqual([['PHONE', `415${space}555${space}0132`, '4155550132']]);
    }
    expect(raw('call 415\u2016555\u20160132', 'phone')).toEqual([]);
    expect(raw('call ４１５５５５０１３\uff1a', 'phone')).toEqual([]);
    // A folded text and a plain one after it: nothing of the first is left over.
    expect(raw('call 415\u2010555\u20100132', 'phone').length).toBe(1);
    expect(raw('call 415-555-0132', 'phone')).toEqual([['PHONE', '415-555-0132', '4155550132']]);
  });

  it('ranks overlapping findings by kind, then length; an unknown kind ranks last', () => {
    const d = (start: number, end: number, type: string) => ({ start, end, type, class: 'x' });
    expect(resolveOverlaps([d(0, 20, 'PHONE'), d(5, 10, 'EMAIL')]).map((x) => x.type)).toEqual(['EMAIL']);
    expect(resolveOverlaps([d(0, 20, 'CUSTOM'), d(5, 10, 'PERSON')]).map((x) => x.type)).toEqual(['PERSON']);
    expect(resolveOverlaps([d(0, 20, 'PERSON'), d(5, 10, 'PRIVATE_KEY')]).map((x) => x.type)).toEqual(['PRIVATE_KEY']);
    expect(resolveOverlaps([d(0, 5, 'CUSTOM'), d(3, 20, 'OTHER')]).map((x) => x.type)).toEqual(['OTHER']);
  });
});

describe('more boundaries', () => {
  const visa16 = luhn('411111111111111');

  it('gives each kind its class', () => {
    const classes = (text: string, ...names: string[]) => detectBuiltin(text, new Set(names)).map((d) => `${d.type}/${d.class}`);
    expect(classes('mail bob@example.com', 'email')).toEqual(['EMAIL/pii.email']);
    expect(classes(`card ${visa16}`, 'card')).toEqual(['CARD/payment.card']);
    expect(classes(iban('NO', '86011117947'), 'iban')).toEqual(['IBAN/financial.iban']);
    expect(classes('SSN 536-22-1234', 'ssn')).toEqual(['SSN/pii.government_id']);
    expect(classes('at 1.2.3.4 and 2001:db8::1', 'ip')).toEqual(['IP/pii.ip_address', 'IP/pii.ip_address']);
    expect(classes('x 030/84712265 and +44 20 7946 0958 and 415-555-0132', 'phone')).toEqual(['PHONE/pii.phone', 'PHONE/pii.phone', 'PHONE/pii.phone']);
    expect(classes('-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY----- /x?token=Ab3dEf6hIj&pwd=z9y8x7 AKIAZ7Q3XK4MPLR2WD5N', 'secrets')).toEqual([
      'PRIVATE_KEY/secret', 'URL_SECRET/secret', 'URL_SECRET/secret', 'PASSWORD/secret', 'PASSWORD/secret', 'AWS_ACCESS_KEY/secret',
    ]);
    expect(classes('MRN: 12345 diagnosed E11.9, DOB: 04/12/1983', 'health')).toEqual(['MEDICAL_TERM/phi', 'MRN/phi', 'ICD10/phi', 'DOB/pii.date_of_birth']);
  });

  it('does not read an address after an address as a new one', () => {
    expect(kind('bob@example.com x.org', 'EMAIL', 'email')).toEqual(['bob@example.com']);
  });

  it('keeps the runs after the 64th run whole', () => {
    const grouped = visa16.replace(/(\d{4})(?=\d)/g, '$1 ');
    expect(kind(`${'1 x '.repeat(70)}${grouped}`, 'CARD', 'card')).toEqual([grouped]);
  });

  it('takes two cards side by side, and a card next to a group of four in another run', () => {
    expect(kind(`${visa16} ${visa16}`, 'CARD', 'card')).toEqual([visa16, visa16]);
    const grouped = visa16.replace(/(\d{4})(?=\d)/g, '$1 ');
    expect(kind(`ab 1234 x ${grouped}`, 'CARD', 'card')).toEqual([grouped]);
    expect(kind(`${grouped} x 1234`, 'CARD', 'card')).toEqual([grouped]);
  });

  it('reads 0 and 9 as digits of a card, and refuses one repeated digit even when Luhn and the issuer pass', () => {
    const card = luhn('492900000000000');
    expect(kind(`card ${card.replace(/(\d{4})(?=\d)/g, '$1 ')}`, 'CARD', 'card')).toEqual([card.replace(/(\d{4})(?=\d)/g, '$1 ')]);
    const nines = luhn('499999999999999');
    expect(kind(`card ${nines.replace(/(\d{4})(?=\d)/g, '$1-')}`, 'CARD', 'card')).toEqual([nines.replace(/(\d{4})(?=\d)/g, '$1-')]);
    expect(kind('card 6666666666666', 'CARD', 'card')).toEqual([]);
    expect(kind('card 5555555555554444', 'CARD', 'card')).toEqual(['5555555555554444']);
  });

  it('sets an IBAN apart from letters and digits, not from other characters', () => {
    const de = iban('DE', '370400440532013000');
    for (const c of ['0', '9', 'A', 'Z', 'a', 'z']) {
      expect(kind(`${c}${de}`, 'IBAN', 'iban'), `${c} before`).toEqual([]);
      expect(kind(`${de}${c}`, 'IBAN', 'iban'), `${c} after`).toEqual([]);
    }
    for (const c of ['/', ':', '@', '[', '`', '{']) {
      expect(kind(`${c}${de}${c}`, 'IBAN', 'iban'), c).toEqual([de]);
    }
  });

  it('runs the IBAN detector from two letters: A and Z count', () => {
    for (const code of [iban('BA', '1290079401028494'), iban('CZ', '08000000192000145399')]) {
      expect(raw(code, 'iban'), code).toEqual([['IBAN', code, code]]);
      expect(raw(code.toLowerCase(), 'iban'), code).toEqual([['IBAN', code.toLowerCase(), code]]);
    }
    const sa = iban('SA', '80000000608010167519');
    expect(kind(`iban ${sa}`, 'IBAN', 'iban')).toEqual([sa]);
  });

  it('does not take a phone number glued to a letter, digit or underscore on either side', () => {
    for (const c of ['A', 'Z', 'a', 'z', '_']) {
      expect(kind(`call ${c}4155550132`, 'PHONE', 'phone'), `${c} before`).toEqual([]);
      expect(kind(`call 4155550132${c}`, 'PHONE', 'phone'), `${c} after`).toEqual([]);
    }
    // A run of 26 characters ends a phone match; the digits after it are glued to its last digit.
    for (const c of ['0', '9', '4']) {
      expect(kind(`phone 1234567890123456789012345${c}4155550132`, 'PHONE', 'phone'), c).toEqual([]);
    }
  });

  it('does not take an SSN glued to a letter or underscore on either side', () => {
    for (const c of ['A', 'Z', 'a', 'z', '_']) {
      expect(kind(`SSN ${c}536-22-1234`, 'SSN', 'ssn'), `${c} before`).toEqual([]);
      expect(kind(`SSN 536-22-1234${c}`, 'SSN', 'ssn'), `${c} after`).toEqual([]);
    }
  });

  it('checks the entropy of secrets of 16 characters and more', () => {
    expect(raw('xoxb-1111111111a', 'secrets')).toEqual([]);
    expect(raw('xoxb-111111111a', 'secrets')).toEqual([['SLACK_TOKEN', 'xoxb-111111111a']]);
  });

  it('reads the ICD context within 40 characters and a medical term within 60 of the code', () => {
    expect(kind(`icd ${'x'.repeat(35)} E11 in 2020`, 'ICD10', 'health')).toEqual(['E11']);
    expect(kind(`icd ${'x'.repeat(36)} E11 in 2020`, 'ICD10', 'health')).toEqual([]);
    expect(kind(`E11 in 2020 ${'x'.repeat(24)} icd`, 'ICD10', 'health')).toEqual(['E11']);
    expect(kind(`E11 in 2020 ${'x'.repeat(25)} icd`, 'ICD10', 'health')).toEqual([]);
    expect(kind(`insulin ${'x'.repeat(51)} E11 in 2020`, 'ICD10', 'health')).toEqual(['E11']);
    expect(kind(`insulin ${'x'.repeat(52)} E11 in 2020`, 'ICD10', 'health')).toEqual([]);
    expect(kind(`E11 in 2020 ${'x'.repeat(40)} insulin`, 'ICD10', 'health')).toEqual(['E11']);
    expect(kind(`E11 in 2020 ${'x'.repeat(45)} insulin`, 'ICD10', 'health')).toEqual([]);
  });

  it('counts 9 as a digit and two Han characters as enough for a name', () => {
    expect(raw('call 555-9132', 'phone')).toEqual([['PHONE', '555-9132', '5559132']]);
    expect(raw('田中さん', 'person')).toEqual([['PERSON', '田中', '田中']]);
  });

  it('skips a timestamp of 35 characters', () => {
    const stamp = '2023-11-05T10:00:00.123456789+01:00';
    expect(stamp.length).toBe(35);
    expect(raw(stamp, 'phone', 'ip', 'address', 'person', 'card', 'ssn', 'iban')).toEqual([]);
  });

  it('masks a secret assignment once, and needs a secret word before the assignment rules', () => {
    expect(raw('password=token:abc123', 'secrets')).toEqual([['PASSWORD', 'token:abc123']]);
    expect(raw('sig: Zq9Wx8Vc7Bn', 'secrets')).toEqual([]);
  });
});

describe('phone numbers: more bounds', () => {
  const phones = (text: string) => kind(text, 'PHONE', 'phone');

  it('takes up to 15 digits', () => {
    expect(phones('x (012) 3456 7890 1234')).toEqual(['(012) 3456 7890 1234']);
    expect(phones('x (012) 3456 7890 12345')).toEqual([]);
  });

  it('reads a space next to a parenthesis as part of it, not as a doubled separator', () => {
    expect(phones('x (415)  555-0132')).toEqual(['(415)  555-0132']);
    expect(phones('x +44  (0)20 7946 0958')).toEqual(['+44  (0)20 7946 0958']);
    expect(phones('x +44 -(0)20 7946 0958')).toEqual([]);
  });

  it('needs eight digits in three groups, and eight for a short trunk prefix', () => {
    expect(phones('x 12 34 5678')).toEqual(['12 34 5678']);
    expect(phones('x 12 34 567')).toEqual([]);
    expect(phones('x 03/847123')).toEqual(['03/847123']);
    expect(phones('x 03/84712')).toEqual([]);
  });

  it('takes a number glued to a phone word by a colon or dot, but not a second plus', () => {
    expect(phones('phone:4155550132')).toEqual(['4155550132']);
    expect(phones('phone.4155550132')).toEqual(['4155550132']);
    expect(phones('call ++44 20 7946 0958')).toEqual([]);
    expect(phones('tel++44 20 7946 0958')).toEqual([]);
  });
});

describe('from the survivors of the first run', () => {
  const visa16 = luhn('411111111111111');

  it('finds an undotted ICD-10 code in a text with only its own two digits', () => {
    // Before the fix, MRNs and ICD-10 codes were looked for only in texts with three digits or
    // more, so `diagnosed with I10` (hypertension) kept its code.
    expect(raw('the diagnosis was I10', 'health')).toEqual([['MEDICAL_TERM', 'diagnosis'], ['ICD10', 'I10', 'I10']]);
    expect(all('diagnosed with E11')).toEqual(['ICD10:E11']);
    expect(all('ICD code C4A')).toEqual(['ICD10:C4A']);
  });

  it('runs each detector alone on a text holding every kind', () => {
    const no = iban('NO', '86011117947');
    const text = `Dr. Li Na, 5 Main St, mail bob@example.com, call +44 20 7946 0958, card ${visa16}, iban ${no}, SSN 536-22-1234, host 203.0.113.7, db_password=Hunter2Hunter2, MRN: 12345 insulin, religion: Quaker`;
    const expected: Record<string, string[]> = {
      email: ['EMAIL'], phone: ['PHONE'], card: ['CARD'], iban: ['IBAN'], ssn: ['SSN'], ip: ['IP'], secrets: ['PASSWORD'],
      health: ['MEDICAL_TERM', 'MRN'], person: ['PERSON'], address: ['ADDRESS'], special: ['RELIGION'],
    };
    for (const name of BUILTIN_DETECTORS) {
      expect([...new Set(raw(text, name).map(([type]) => type))].sort(), name).toEqual(expected[name]);
    }
  });

  it('folds a Unicode hyphen to a dash and a no-break space to a space (a dash is not thousands grouping)', () => {
    expect(kind('x 123\u2010456\u2010789', 'PHONE', 'phone')).toEqual(['123\u2010456\u2010789']);
    expect(kind('x 123\u2013456\u2013789', 'PHONE', 'phone')).toEqual(['123\u2013456\u2013789']);
    expect(kind('x 123\u00a0456\u00a0789', 'PHONE', 'phone')).toEqual([]);
    expect(kind('x 123\u2009456\u2009789', 'PHONE', 'phone')).toEqual([]);
  });

  it('detectSensitive does not treat its text as the value of a secret key', () => {
    expect(all('tokenizer = bpe_model')).toEqual([]);
  });

  it('looks for secrets in a text of 40 characters with fewer than three letters, and in any text under a secret key', () => {
    expect(raw(`-u 1:${'1234567890'.repeat(4).slice(0, 35)}`, 'secrets')).toEqual([['BASIC_AUTH', '1234567890'.repeat(4).slice(0, 35)]]);
    expect(detectBuiltin('-u 1:2345', new Set(['secrets']), true).map((d) => d.type)).toEqual(['BASIC_AUTH']);
  });

  it('finds spelled-out addresses without an @', () => {
    expect(raw('dave at example dot com', 'email')).toEqual([['EMAIL', 'dave at example dot com', 'dave@example.com']]);
    expect(raw('a(at)b.cd', 'email')).toEqual([['EMAIL', 'a(at)b.cd', 'a@b.cd']]);
  });

  it('ends an email at a non-ASCII digit only by refusing it', () => {
    expect(kind('bob@example.com\u0663', 'EMAIL', 'email')).toEqual([]);
  });

  it('takes a card after a dot that ends a word, not after one inside a number', () => {
    expect(kind(`v.${visa16}`, 'CARD', 'card')).toEqual([]);
    expect(kind(`v. ${visa16}`, 'CARD', 'card')).toEqual([visa16]);
  });

  it('refuses an IBAN whose separators change, even when the rest of the text completes it', () => {
    const de = iban('DE', '370400440532013000');
    const mixed = `${de.slice(0, 4)} ${de.slice(4, 8)}-${de.slice(8, 12)} ${de.slice(12, 16)} ${de.slice(16, 20)} ${de.slice(20)}`;
    expect(kind(`${mixed}!`, 'IBAN', 'iban')).toEqual([]);
  });

  it('takes an SSN only as a run of its own, of three groups or one, or three groups set apart by another separator', () => {
    for (const text of ['SSN 12-536-22-1234', 'SSN 12 536 22 1234', 'SSN 536-221234', 'SSN 53622-1234', 'SSN +12 536-22-1234']) {
      expect(kind(text, 'SSN', 'ssn'), text).toEqual([]);
    }
    // Another separator around its groups than between them (probe of 2026-12-04: `02 536-22-8514` in a log line).
    expect(kind('SSN 12 536-22-1234', 'SSN', 'ssn')).toEqual(['536-22-1234']);
    expect(kind('SSN 000-22-1234 and 666-22-1234 and 536-00-1234 and 536-22-0000 and 536-22-1234', 'SSN', 'ssn')).toEqual(['536-22-1234']);
    for (const [open, close] of [['[', ']'], ['{', '}'], ['`', '`'], ['^', '|']]) {
      expect(kind(`SSN ${open}536-22-1234${close}`, 'SSN', 'ssn'), open).toEqual(['536-22-1234']);
      expect(kind(`call ${open}4155550132${close}`, 'PHONE', 'phone'), open).toEqual(['4155550132']);
    }
  });

  it('refuses a phone number that goes on after a dash or dot and a digit, even at the match limit', () => {
    expect(kind('call 1-2-3-4-5-6-7-8-9-0-1-2-3-4', 'PHONE', 'phone')).toEqual([]);
    expect(kind('call 1 2 3 4 5 6 7 8 9 0 1 2 3.4', 'PHONE', 'phone')).toEqual([]);
    expect(kind('call 1 2 3 4 5 6 7 8 9 0 1 2 3', 'PHONE', 'phone')).toEqual(['1 2 3 4 5 6 7 8 9 0 1 2 3']);
  });

  it('needs seven digits even with context', () => {
    expect(kind('call 123-45-6', 'PHONE', 'phone')).toEqual([]);
    expect(kind('call 123-45-67', 'PHONE', 'phone')).toEqual(['123-45-67']);
  });

  it('refuses a second slash or a parenthesized area code with slash notation even with context', () => {
    for (const text of ['phone 030/8471/2265', 'phone (030)/84712265', 'phone +49 30/8471/2265']) {
      expect(kind(text, 'PHONE', 'phone'), text).toEqual([]);
    }
    // An international number with one slash is libphonenumber's to check (issue 11).
    expect(kind('phone +49 30/84712265', 'PHONE', 'phone')).toEqual(['+49 30/84712265']);
    expect(kind('x 0123/4567', 'PHONE', 'phone')).toEqual([]);
    expect(kind('x 0123/45678', 'PHONE', 'phone')).toEqual(['0123/45678']);
  });

  it('treats only all-dot separators as version-like', () => {
    expect(kind('call 4 155 550.132', 'PHONE', 'phone')).toEqual(['4 155 550.132']);
    expect(kind('call 4.155 550 132', 'PHONE', 'phone')).toEqual(['4.155 550 132']);
    expect(kind('phone 1.2.3.4.5.6.7', 'PHONE', 'phone')).toEqual([]);
    expect(kind('x +4420.79460958', 'PHONE', 'phone')).toEqual([]);
  });

  it('refuses only a number of one repeated digit, and reads thousands grouping from a first group of up to three', () => {
    expect(kind('call 415-555-0133', 'PHONE', 'phone')).toEqual(['415-555-0133']);
    expect(kind('x 123 456 789', 'PHONE', 'phone')).toEqual([]);
  });

  it('leaves a number alone when ISBN, ZIP or postcode is written in the 24 characters before it', () => {
    expect(kind('ISBN of the book 415 555 0132', 'PHONE', 'phone')).toEqual([]);
    expect(kind('postcode, next 415 555 0132', 'PHONE', 'phone')).toEqual([]);
  });

  it('needs mixed case and a digit in an OpenAI key without its marker', () => {
    expect(kind('key sk-AbcdEfgh0123ijklMNOP4567qrst end', 'OPENAI_KEY', 'secrets')).toEqual(['sk-AbcdEfgh0123ijklMNOP4567qrst']);
    for (const key of ['sk-abcdefghijklmnop0123456789qrstuv', 'sk-abcdefghijklmnopABCDEFGHIJKLMNOP', `sk-${'aA1bB2cC'.repeat(3)}`]) {
      expect(kind(`key ${key} end`, 'OPENAI_KEY', 'secrets'), key).toEqual([]);
    }
  });

  it('reads the AWS key id rules: EXAMPLE only at the end, a digit after the prefix unless AKIA or ASIA', () => {
    expect(kind('key AKIAEXAMPLE2Z7Q3XK4M end', 'AWS_ACCESS_KEY', 'secrets')).toEqual(['AKIAEXAMPLE2Z7Q3XK4M']);
    expect(kind('key ASIABCDEFGHIJKLMNOPQ end', 'AWS_ACCESS_KEY', 'secrets')).toEqual(['ASIABCDEFGHIJKLMNOPQ']);
    for (const id of ['AROABCDEFGHIJKLMNOPQ', 'A3TABCDEFGHIJKLMNOPQ', 'AROAAKIABCDEFGHIJKLM']) {
      expect(kind(`key ${id} end`, 'AWS_ACCESS_KEY', 'secrets'), id).toEqual([]);
    }
  });

  it('reads the AWS secret key rules: mixed case, entropy over 4, EXAMPLEKEY only at the end, an access key word', () => {
    const key = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCY1234567890';
    expect(kind(`accesskey ${key}`, 'AWS_SECRET_KEY', 'secrets')).toEqual([key]);
    const inner = `EXAMPLEKEY${key.slice(10)}`;
    expect(kind(`aws ${inner}`, 'AWS_SECRET_KEY', 'secrets')).toEqual([inner]);
    for (const candidate of ['abcdefghij'.repeat(4), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCD', 'aA1bB2cC3d'.repeat(4), 'abcdefghijklmnopqrstuvwxyz0123456789abcd']) {
      expect(kind(`aws ${candidate}`, 'AWS_SECRET_KEY', 'secrets'), candidate).toEqual([]);
    }
  });

  it('masks values with a dollar or percent sign inside, and names extended over dots and dashes', () => {
    expect(raw('password = ab$cd', 'secrets')).toEqual([['PASSWORD', 'ab$cd']]);
    for (const text of ['max_tokens: unlimited', 'num-tokens: unlimited', 'num.tokens: unlimited']) {
      expect(raw(text, 'secrets'), text).toEqual([]);
    }
    expect(raw('secret_key: abc123', 'secrets')).toEqual([['PASSWORD', 'abc123']]);
  });

  it('looks for query secrets only with a ? or &', () => {
    expect(all('/x;sig=Zq9Wx8Vc7Bn')).toEqual(['PASSWORD:Zq9Wx8Vc7Bn']);
  });
});

describe('the libphonenumber budget per text', () => {
  it('masks international numbers past 256 parses in one text by their shape, and starts again at the next text', () => {
    // Fresh numbers on every run of this test: checked verdicts are kept in process memory.
    const state = globalThis as { detectorsMutantsSeed?: number };
    const seed = (state.detectorsMutantsSeed = (state.detectorsMutantsSeed ?? 0) + 1);
    const fillers = Array.from({ length: 256 }, (_, i) => `+44 20 ${String(1000 + seed).slice(-4)} ${String(i).padStart(4, '0')}`);
    const impossible = `+999 ${String(10_000 + seed).slice(-4)} 4321`;
    const found = detectBuiltin(`call ${fillers.join(', ')}, ${impossible}`, new Set(['phone']));
    expect(found.length).toBe(257);
    expect(found[256]?.normalized).toBe(`+999${String(10_000 + seed).slice(-4)}4321`);
    expect(kind(`call ${impossible}`, 'PHONE', 'phone')).toEqual([]);
  });
});

describe('from the survivors of the second run', () => {
  it('needs digits as IBAN check digits, even where letters would pass MOD 97', () => {
    // DECZ370400440532013000 passes MOD 97-10 (letters read as two digits each).
    expect(kind('iban DECZ370400440532013000', 'IBAN', 'iban')).toEqual([]);
  });

  it('takes an international number of 15 digits', () => {
    expect(kind('call +49 123 4567 890123', 'PHONE', 'phone')).toEqual(['+49 123 4567 890123']);
  });

  it('finds the secrets written other than as name = value, without a word of the main rules', () => {
    const token = 'ya29.A0ARrdaMabcdefghijklmnopqrst0123';
    expect(raw(`header ${token}`, 'secrets')).toEqual([['GOOGLE_OAUTH_TOKEN', token]]);
  });
});
