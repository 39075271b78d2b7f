import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSensitive, type BuiltinDetectorName } from './detectors.js';
import { ibanValid, luhnValid, ssnValid } from './internal/checks.js';

// One separator mechanism for every checksum-validated detector (issue 11 item 5): a valid IBAN,
// card, SSN or phone number is found whatever single separator joins its groups (space, dash,
// dot, slash or none) and whatever text it is glued to; digit runs that fail the checksum are not.

const builtins: BuiltinDetectorName[] = ['email', 'phone', 'card', 'iban', 'ssn', 'ip', 'secrets', 'health'];
const find = (text: string) => detectSensitive(text, { builtins });

/** True when a detection of `type` covers `[start, end)` (the whole number is masked). */
function covered(text: string, start: number, end: number, type: string): boolean {
  return find(text).some((d) => d.type === type && d.start <= start && d.end >= end);
}

const separator = fc.constantFrom(' ', '-', '.', '/', '');
const before = fc.constantFrom('', ' ', 'to ', 'ref: ', 'IBAN:', 'card:', '#', '(', '"', 'Konto: ', 'account\n');
const after = fc.constantFrom('', ' ', '.', ',', ';', ')', '"', ' thanks', '\n', '-');

function groupsOf(value: string, sizes: readonly number[]): string[] {
  const out: string[] = [];
  let index = 0;
  for (let group = 0; index < value.length; group++) {
    const size = sizes[group % sizes.length] ?? 4;
    out.push(value.slice(index, index + size));
    index += size;
  }
  return out;
}

// ------------------------------------------------------------------------------------------ IBAN
const ibanCountries: Array<{ country: string; bban: (digits: string, letters: string) => string }> = [
  { country: 'DE', bban: (d) => d.slice(0, 18) },
  { country: 'BE', bban: (d) => d.slice(0, 12) },
  { country: 'FR', bban: (d, l) => `${d.slice(0, 20)}${l.slice(0, 1)}${d.slice(20, 22)}` },
  { country: 'NL', bban: (d, l) => `${l.slice(0, 4)}${d.slice(0, 10)}` },
  { country: 'GB', bban: (d, l) => `${l.slice(0, 4)}${d.slice(0, 14)}` },
  { country: 'ES', bban: (d) => d.slice(0, 20) },
  { country: 'IT', bban: (d, l) => `${l.slice(0, 1)}${d.slice(0, 22)}` },
  { country: 'CH', bban: (d) => d.slice(0, 17) },
];

function withCheckDigits(country: string, bban: string): string {
  const rearranged = `${bban}${country}00`;
  let remainder = 0;
  for (const char of rearranged) {
    const code = char.charCodeAt(0);
    remainder = code >= 65 ? (remainder * 100 + (code - 55)) % 97 : (remainder * 10 + (code - 48)) % 97;
  }
  return `${country}${String(98 - remainder).padStart(2, '0')}${bban}`;
}

const validIban = fc
  .record({ which: fc.nat(ibanCountries.length - 1), digits: fc.stringMatching(/^\d{24}$/), letters: fc.stringMatching(/^[A-Z]{4}$/) })
  .map(({ which, digits, letters }) => {
    const { country, bban } = ibanCountries[which] as (typeof ibanCountries)[number];
    return withCheckDigits(country, bban(digits, letters));
  });

describe('IBAN: any separator, any grouping, glued to text', () => {
  it('generates valid IBANs (the generator is right)', () => {
    fc.assert(fc.property(validIban, (iban) => ibanValid(iban)), { numRuns: 100 });
  });

  it('finds a valid IBAN written with one separator between groups of any size', () => {
    fc.assert(
      fc.property(validIban, separator, fc.array(fc.integer({ min: 2, max: 6 }), { minLength: 1, maxLength: 4 }), fc.boolean(), fc.boolean(), before, after, (iban, sep, sizes, lower, splitCountry, pre, post) => {
        const groups = splitCountry ? [iban.slice(0, 2), ...groupsOf(iban.slice(2), sizes)] : groupsOf(iban, [4]);
        let written = groups.join(sep);
        if (lower) written = written.toLowerCase();
        const text = `${pre}${written}${post}`;
        expect(covered(text, pre.length, pre.length + written.length, 'IBAN'), JSON.stringify(text)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('does not find an IBAN whose check digits are wrong', () => {
    fc.assert(
      fc.property(validIban, separator, fc.integer({ min: 1, max: 96 }), (iban, sep, shift) => {
        const check = (Number(iban.slice(2, 4)) + shift) % 97;
        const wrong = `${iban.slice(0, 2)}${String(check).padStart(2, '0')}${iban.slice(4)}`;
        fc.pre(!ibanValid(wrong));
        const text = `pay ${groupsOf(wrong, [4]).join(sep)} now`;
        expect(find(text).filter((d) => d.type === 'IBAN'), text).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

// ------------------------------------------------------------------------------------------ card
function luhnComplete(partial: string): string {
  for (let digit = 0; digit <= 9; digit++) if (luhnValid(`${partial}${digit}`)) return `${partial}${digit}`;
  throw new Error('unreachable');
}
const cardPrefix = fc.constantFrom({ prefix: '4', length: 16 }, { prefix: '51', length: 16 }, { prefix: '55', length: 16 }, { prefix: '2221', length: 16 }, { prefix: '37', length: 15 }, { prefix: '6011', length: 16 });
const validCard = fc
  .record({ issuer: cardPrefix, body: fc.stringMatching(/^\d{18}$/) })
  .map(({ issuer, body }) => luhnComplete(`${issuer.prefix}${body}`.slice(0, issuer.length - 1)))
  .filter((digits) => !/^(\d)\1+$/.test(digits));

const cardGroups = (digits: string) => (digits.length === 15 ? groupsOf(digits, [4, 6, 5]) : groupsOf(digits, [4]));

describe('card: any separator, glued to punctuation', () => {
  it('finds a Luhn-valid card number in its printed groups with any one separator', () => {
    fc.assert(
      fc.property(validCard, separator, before, after, (digits, sep, pre, post) => {
        const written = cardGroups(digits).join(sep);
        const text = `${pre}${written}${post}`;
        expect(covered(text, pre.length, pre.length + written.length, 'CARD'), JSON.stringify(text)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('does not find digit runs that fail Luhn, whatever the separator', () => {
    fc.assert(
      fc.property(validCard, separator, fc.integer({ min: 1, max: 9 }), (digits, sep, delta) => {
        const last = (Number(digits.at(-1)) + delta) % 10;
        const wrong = `${digits.slice(0, -1)}${last}`;
        fc.pre(!luhnValid(wrong));
        const text = `order ${cardGroups(wrong).join(sep)} shipped`;
        expect(find(text).filter((d) => d.type === 'CARD'), text).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

// ------------------------------------------------------------------------------------------- SSN
const validSsn = fc
  .record({ area: fc.integer({ min: 1, max: 899 }), group: fc.integer({ min: 1, max: 99 }), serial: fc.integer({ min: 1, max: 9999 }) })
  .map(({ area, group, serial }) => [String(area).padStart(3, '0'), String(group).padStart(2, '0'), String(serial).padStart(4, '0')] as const)
  .filter((parts) => ssnValid(parts.join('')));

describe('SSN: any separator', () => {
  it('finds a valid SSN written 3-2-4 with one separator (none needs an SSN word nearby)', () => {
    fc.assert(
      fc.property(validSsn, separator, fc.constantFrom('SSN ', 'ssn: ', 'social security number '), fc.constantFrom('', '.', ',', ' on file'), (parts, sep, pre, post) => {
        const written = parts.join(sep);
        const text = `${pre}${written}${post}`;
        expect(covered(text, pre.length, pre.length + written.length, 'SSN'), JSON.stringify(text)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('does not take mixed separators or impossible numbers for an SSN', () => {
    expect(find('SSN 536-22.1234').filter((d) => d.type === 'SSN')).toEqual([]);
    expect(find('SSN 666-22-1234 or 536-00-1234').filter((d) => d.type === 'SSN')).toEqual([]);
  });
});

// ----------------------------------------------------------------------------------------- phone
// National numbers of libphonenumber-js's example mobile numbers, with random subscriber digits.
const phoneCountries = [
  { cc: '44', national: '7400123456' }, { cc: '49', national: '15123456789' }, { cc: '1', national: '2015550123' },
  { cc: '33', national: '612345678' }, { cc: '31', national: '612345678' }, { cc: '61', national: '412345678' },
  { cc: '34', national: '612345678' }, { cc: '46', national: '701234567' }, { cc: '27', national: '711234567' },
];
const validPhone = fc
  .record({ which: fc.nat(phoneCountries.length - 1), tail: fc.stringMatching(/^\d{6}$/) })
  .map(({ which, tail }) => {
    const { cc, national } = phoneCountries[which] as (typeof phoneCountries)[number];
    return { cc, national: `${national.slice(0, national.length - 6)}${tail}` };
  });

describe('phone: international numbers with any separator, glued to a phone word', () => {
  it('finds +CC and the national number in groups with one separator', () => {
    fc.assert(
      fc.property(validPhone, fc.constantFrom(' ', '-', '.', ''), fc.array(fc.integer({ min: 2, max: 4 }), { minLength: 1, maxLength: 3 }), fc.constantFrom('', 'Phone:', 'Tel. ', 'tel=', 'call ', 'mobile: ', '(', 'Phone: ', 'fax\n'), fc.constantFrom('', '.', ',', ')', ' today'), ({ cc, national }, sep, sizes, pre, post) => {
        const grouped = groupsOf(national, sizes).join(sep);
        // Four dotted groups of 1-3 digits are an IPv4 address as much as a phone: the IP wins.
        fc.pre(!/^\d{1,3}(?:\.\d{1,3}){3}$/.test(grouped));
        const written = `+${cc}${sep === '' ? '' : ' '}${grouped}`;
        const text = `${pre}${written}${post}`;
        expect(covered(text, pre.length, pre.length + written.length, 'PHONE'), JSON.stringify(text)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('finds national numbers in slash notation (area code / subscriber)', () => {
    fc.assert(
      fc.property(fc.constantFrom('030', '089', '0171', '040', '0221', '044'), fc.stringMatching(/^[1-9]\d{5,7}$/), fc.constantFrom('Tel. ', 'Tel.', 'Telefon: ', 'phone ', 'call '), (area, subscriber, pre) => {
        const written = `${area}/${subscriber}`;
        const text = `${pre}${written}`;
        expect(covered(text, pre.length, text.length, 'PHONE'), text).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('does not take calling-code look-alikes, dates, versions or ids for phones', () => {
    for (const text of ['+999 1234 5678', 'on 03/15/2024', 'v1.2.3456789', 'order 4155550132 shipped', 'id 2024/1234', 'build 12.345.678', 'see page 10/2024', 'SKU-0301-8471226']) {
      expect(find(text).filter((d) => d.type === 'PHONE'), text).toEqual([]);
    }
  });
});

describe('random digit runs are not masked', () => {
  it('masks nothing in runs of 6 to 30 digits in groups that fail every checksum', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^\d{2,5}$/), { minLength: 2, maxLength: 6 }), fc.constantFrom('-', '.', '/'), (groups, sep) => {
        const digits = groups.join('');
        fc.pre(!luhnValid(digits) && !(digits.length === 9 && ssnValid(digits)));
        const text = `ref ${groups.join(sep)} ok`;
        const found = find(text).filter((d) => d.type === 'CARD' || d.type === 'IBAN' || d.type === 'SSN');
        expect(found, text).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('hostile inputs for the separator and secret rules', () => {
  it('finishes on long runs of separators, prefixes and parameters, and still finds what is there', () => {
    const adversarial = [
      '?a='.repeat(70_000),
      '&token='.repeat(30_000),
      'Basic '.repeat(40_000),
      'SG.'.repeat(70_000),
      '-u a:'.repeat(40_000),
      'de89-'.repeat(40_000),
      'DE89 '.repeat(40_000),
      '4111-'.repeat(40_000),
      '4111 1111 '.repeat(20_000),
      '536-22-'.repeat(30_000),
      'Tel. 0/'.repeat(30_000),
      '+1 '.repeat(70_000),
      '0/'.repeat(100_000),
      'AIza'.repeat(50_000),
      'hf_'.repeat(70_000),
      'x@y.com-'.repeat(25_000),
    ];
    for (const text of adversarial) {
      const found = find(`${text} mail me at someone@example.org`);
      expect(found.some((d) => d.type === 'EMAIL' && d.normalized === 'someone@example.org'), text.slice(0, 12)).toBe(true);
    }
  });
});

// A fresh tester's inputs (issue 11): the same numbers written with no-break spaces, Unicode
// dashes and full-width digits are found, and the span is the original text's.
describe('separators and digits in other Unicode spellings', () => {
  const cases: Array<[string, string, string]> = [
    ['no-break spaces', 'call +44\u00a020\u00a07946\u00a00958 now', 'PHONE'],
    ['narrow no-break spaces', 'call +44\u202f20\u202f7946\u202f0958 now', 'PHONE'],
    ['en dash', 'call +1 (415) 555\u20130132 today', 'PHONE'],
    ['full-width digits and plus', 'call \uff0b\uff14\uff14 \uff12\uff10 \uff17\uff19\uff14\uff16 \uff10\uff19\uff15\uff18 now', 'PHONE'],
    ['card with no-break spaces', 'card 4111\u00a01111\u00a01111\u00a01111 ok', 'CARD'],
    ['IBAN with en dashes', 'IBAN DE89\u20133704\u20130044\u20130532\u20130130\u201300 ok', 'IBAN'],
  ];
  for (const [name, text, type] of cases) {
    it(name, () => {
      const found = detectSensitive(text).filter((d) => d.type === type);
      expect(found).toHaveLength(1);
      const span = text.slice(found[0]!.start, found[0]!.end);
      expect(span.replace(/\D/g, '').length + (span.match(/[\uff10-\uff19]/g)?.length ?? 0)).toBeGreaterThanOrEqual(10);
      expect(text.slice(0, found[0]!.start).trim().length).toBeGreaterThan(0);
    });
  }
});

// A fresh tester's input (issue 11): AWS key ids are base32, so one in about 28 has no digit.
describe('AWS access key ids without a digit', () => {
  it('an AKIA/ASIA id of letters only is a secret; a documentation example is not', () => {
    for (const text of ['key AKIAQWERTYUIOPASDFGH here', 'AWS_ACCESS_KEY_ID=ASIAQWERTYUIOPASDFGH']) {
      expect(detectSensitive(text).map((d) => d.type)).toContain('AWS_ACCESS_KEY');
    }
    expect(detectSensitive('key AKIAIOSFODNN7EXAMPLE here').map((d) => d.type)).not.toContain('AWS_ACCESS_KEY');
  });
});
