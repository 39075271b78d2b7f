// What health-ids.ts promises (issue 13, from surviving mutants): each checksum accepts exactly
// the values its standard makes valid (values built here from the published rules, every other
// check digit refused), each label takes a value of its own shape with the exact span, kind and
// normalized value, and the unlabelled detectors give exact spans, respect the dispatcher's digit
// counts and its rule for labels of things, and never report a labelled value twice. In process,
// `detectHealthIds` called directly, no redactor.
import { describe, expect, it } from 'vitest';
import type { Detection } from './types.js';
import { deaValid, detectHealthIds, mbiValid, nhsNumberValid, normalizeHealthId, npiValid, vinValid } from './health-ids.js';

/** A seeded generator (mulberry32), so a failure names the same values every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const next = random(13);
const digitsOf = (count: number): string => Array.from({ length: count }, () => String(Math.floor(next() * 10))).join('');
const DIGITS = '0123456789';
/** `value` with the character at `at` replaced by each of `alphabet` but itself. */
const others = (value: string, at: number, alphabet: string): string[] => [...alphabet].filter((c) => c !== value[at]).map((c) => value.slice(0, at) + c + value.slice(at + 1));
const countOf = (text: string) => [...text].filter((c) => c >= '0' && c <= '9').length;

/** [type, text, normalized] of each detection; `things` is the dispatcher's rule for labels of things. */
function found(text: string, things: (text: string, start: number) => boolean = () => false, digits = countOf(text)): Array<[string, string, string | undefined]> {
  const out: Detection[] = [];
  detectHealthIds(text, out, digits, things);
  return out.map((d) => [d.type, text.slice(d.start, d.end), d.normalized]);
}
const kinds = (text: string) => {
  const out: Detection[] = [];
  detectHealthIds(text, out, countOf(text), () => false);
  return out.map((d) => [d.type, d.class]);
};

// ------------------------------------------------------------------ the checksums, built from their rules

/** The NHS check digit of nine digits (10 for "never issued"). */
const nhsCheck = (nine: string) => {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (10 - i);
  const check = 11 - (sum % 11);
  return check === 11 ? 0 : check;
};
/** The Luhn check digit of `body`. */
const luhnCheck = (body: string) => {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
};
const VIN_VALUE: Record<string, number> = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 };
const VIN_WEIGHT = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const vinCheck = (vin: string) => {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (/\d/.test(vin[i] as string) ? Number(vin[i]) : (VIN_VALUE[vin[i] as string] as number)) * (VIN_WEIGHT[i] as number);
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
};

describe('nhsNumberValid', () => {
  it('accepts exactly the check digit of the modulus 11 rule, 11 read as 0, never 10', () => {
    let zero = 0;
    let never = 0;
    for (let n = 0; n < 300; n++) {
      const nine = digitsOf(9);
      const check = nhsCheck(nine);
      if (check === 0) zero++;
      if (check === 10) {
        never++;
        for (const d of DIGITS) expect(nhsNumberValid(nine + d), nine + d).toBe(false);
        continue;
      }
      const valid = nine + check;
      if (/^(\d)\1{9}$/.test(valid)) continue;
      expect(nhsNumberValid(valid), valid).toBe(true);
      for (const other of others(valid, 9, DIGITS)) expect(nhsNumberValid(other), other).toBe(false);
      // A changed digit of the nine changes the check (weights 10..2 are all below 11).
      for (let at = 0; at < 9; at++) expect(nhsNumberValid(valid.slice(0, at) + String((Number(valid[at]) + 1) % 10) + valid.slice(at + 1))).toBe(false);
    }
    expect(zero).toBeGreaterThan(5);
    expect(never).toBeGreaterThan(5);
  });

  it('refuses other lengths, other characters and ten equal digits', () => {
    expect(nhsNumberValid('9434765919')).toBe(true);
    for (const value of ['94347659190', '943476591', 'x9434765919', '9434765919x', '943476591x', '943 476 5919', '0000000000', '1111111111']) expect(nhsNumberValid(value), value).toBe(false);
  });
});

describe('npiValid', () => {
  it('accepts exactly the Luhn digit over 80840 and the first nine, and a first digit 1 or 2', () => {
    for (let n = 0; n < 100; n++) {
      for (const first of '0123456789') {
        const nine = first + digitsOf(8);
        const valid = nine + luhnCheck(`80840${nine}`);
        expect(npiValid(valid), valid).toBe(first === '1' || first === '2');
        if (first === '1') for (const other of others(valid, 9, DIGITS)) expect(npiValid(other), other).toBe(false);
      }
    }
    for (const value of ['12345678930', '123456789', 'x1234567893', '1234567893x']) expect(npiValid(value), value).toBe(false);
    // Eleven digits: for one digit before or after, Luhn over 80840 and all eleven holds; still no NPI.
    for (const d of DIGITS) {
      expect(npiValid(`${d}1234567893`), `${d}1234567893`).toBe(false);
      expect(npiValid(`1234567893${d}`), `1234567893${d}`).toBe(false);
    }
  });
});

describe('deaValid', () => {
  it('accepts exactly (d1 + d3 + d5 + 2 (d2 + d4 + d6)) mod 10, after a registrant letter and a letter or 9', () => {
    for (let n = 0; n < 200; n++) {
      const six = digitsOf(6);
      const d = [...six].map(Number) as number[];
      const check = ((d[0] as number) + (d[2] as number) + (d[4] as number) + 2 * ((d[1] as number) + (d[3] as number) + (d[5] as number))) % 10;
      const valid = `AB${six}${check}`;
      expect(deaValid(valid), valid).toBe(true);
      for (const other of others(valid, 8, DIGITS)) expect(deaValid(other), other).toBe(false);
      for (let at = 2; at < 8; at++) expect(deaValid(valid.slice(0, at) + String((Number(valid[at]) + 1) % 10) + valid.slice(at + 1)), `${valid} at ${at}`).toBe(false);
    }
    for (const first of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') expect(deaValid(`${first}B1234563`), first).toBe('ABCDEFGHJKLMPRSTUX'.includes(first));
    expect(deaValid('A91234563')).toBe(true);
    expect(deaValid('A81234563')).toBe(false);
    for (const value of ['AB12345630', 'AB123456', 'xAB1234563', 'AB1234563x', 'ab1234563']) expect(deaValid(value), value).toBe(false);
  });
});

describe('vinValid', () => {
  it('accepts exactly the check digit of 49 CFR 565.15, 10 written X', () => {
    let x = 0;
    for (let n = 0; n < 300; n++) {
      const chars = Array.from({ length: 17 }, () => VIN_CHARS[Math.floor(next() * VIN_CHARS.length)] as string);
      chars[0] = 'W';
      chars[1] = '1';
      chars[2] = '2';
      chars[3] = '3';
      chars[4] = '4';
      const vin = chars.join('');
      const check = vinCheck(vin);
      const valid = vin.slice(0, 8) + check + vin.slice(9);
      if (check === 'X') x++;
      expect(vinValid(valid), valid).toBe(true);
      for (const other of others(valid, 8, `${DIGITS}X`)) expect(vinValid(other), other).toBe(false);
    }
    expect(x).toBeGreaterThan(5);
  });

  it('refuses I, O and Q, other lengths, no letter, fewer than five digits', () => {
    expect(vinValid('1HGCM82633A004352')).toBe(true);
    for (const value of ['1HGCM82633A00435', '1HGCM82633A0043521', 'x1HGCM82633A004352', '1HGCM82633A004352x', '1hgcm82633a004352']) expect(vinValid(value), value).toBe(false);
    // Every character with each of I, O, Q in its place.
    for (let at = 0; at < 17; at++) for (const bad of 'IOQ') expect(vinValid(`1HGCM82633A004352`.slice(0, at) + bad + '1HGCM82633A004352'.slice(at + 1))).toBe(false);
    // The check holding, seventeen digits (no letter) and four digits are refused, five accepted.
    const withCheck = (sixteen: string) => sixteen.slice(0, 8) + vinCheck(`${sixteen.slice(0, 8)}0${sixteen.slice(8)}`) + sixteen.slice(8);
    const digitsOnly = withCheck('1234567890123457');
    expect(digitsOnly).toMatch(/^\d{17}$/);
    expect(vinValid(digitsOnly), digitsOnly).toBe(false);
    const four = withCheck('ABCDEFGHABCD123J');
    const five = withCheck('ABCDEFGHABC1234J');
    expect([four, five].map((v) => v[8])).not.toContain('X');
    expect(vinValid(four), four).toBe(false);
    expect(vinValid(five), five).toBe(true);
  });
});

describe('mbiValid', () => {
  const valid = '1EG4TE5MK73';
  it('accepts the CMS format at each position, and only it', () => {
    expect(mbiValid(valid)).toBe(true);
    const LETTERS = 'ACDEFGHJKMNPQRTUVWXY';
    const ALL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    // Position by position: 1 a digit 1-9, 2/5/8/9 a letter, 3/6 a letter or digit, 4/7/10/11 a digit.
    const allowed = ['123456789', LETTERS, LETTERS + DIGITS, DIGITS, LETTERS, LETTERS + DIGITS, DIGITS, LETTERS, LETTERS, DIGITS, DIGITS];
    for (let at = 0; at < 11; at++) {
      for (const c of ALL) {
        const value = valid.slice(0, at) + c + valid.slice(at + 1);
        expect(mbiValid(value), value).toBe((allowed[at] as string).includes(c));
      }
    }
    for (const value of [`${valid}3`, valid.slice(0, 10), `x${valid}`, `${valid}x`, '1eg4te5mk73']) expect(mbiValid(value), value).toBe(false);
  });
});

// ------------------------------------------------------------------------------ labelled values

describe('a value after its label', () => {
  it('gives each kind its type, class and normalized value', () => {
    expect(kinds('MRN 12345678')).toEqual([['MRN', 'phi']]);
    expect(kinds('member id 12345678')).toEqual([['HEALTH_PLAN_ID', 'phi']]);
    expect(kinds('account number 12345678')).toEqual([['ACCOUNT_NUMBER', 'financial.account']]);
    expect(kinds('license number 12345678')).toEqual([['LICENSE_NUMBER', 'pii.government_id']]);
    expect(kinds('chassis number 12345678ABC')).toEqual([['VEHICLE_ID', 'pii']]);
    expect(kinds('license plate 7ABC123')).toEqual([['LICENSE_PLATE', 'pii']]);
    expect(kinds('device serial 12345678')).toEqual([['DEVICE_ID', 'pii']]);
    expect(found('Patient ID #a-889 123 seen')).toEqual([['MRN', 'a-889 123', 'A889123']]);
    expect(normalizeHealthId('a-8\t9 1')).toBe('A891');
  });

  it('takes the short labels in capitals only', () => {
    expect(found('NPI 1234567893', () => false, 0)).toEqual([['LICENSE_NUMBER', '1234567893', '1234567893']]);
    expect(found('npi 1234567893', () => false, 0)).toEqual([]);
    expect(found('Npi 1234567893', () => false, 0)).toEqual([]);
    expect(found('DEA AB1234563', () => false, 0)).toEqual([['LICENSE_NUMBER', 'AB1234563', 'AB1234563']]);
    expect(found('dea AB1234563', () => false, 0)).toEqual([]);
    expect(found('mrn 12345678')).toEqual([['MRN', '12345678', '12345678']]);
  });

  it('needs something after a label of letters, not after a label of another script', () => {
    // `MRN` alone may be glued to its digits (`MRN00482913`, probe 6 of 2026-12-03); other labels may not.
    expect(found('EHR ID12345678')).toEqual([]);
    expect(found('visit no0098812')).toEqual([]);
    expect(found('MRN12345678')).toEqual([['MRN', '12345678', '12345678']]);
    expect(found('MRN12345678x')).toEqual([]);
    expect(found('visit #0098812')).toEqual([['MRN', '0098812', '0098812']]);
    expect(found('病历号20231145')).toEqual([['MRN', '20231145', '20231145']]);
  });

  it('takes up to four groups, and no run of more', () => {
    expect(found('MRN 1234 5678 9012 3456 seen')).toEqual([['MRN', '1234 5678 9012 3456', '1234567890123456']]);
    expect(found('MRN 1234 5678 9012 3456 7890')).toEqual([]);
    expect(found('MRN 1234-5678.9012/3456')).toEqual([['MRN', '1234-5678.9012/3456', '12345678.9012/3456']]);
  });

  it('stops before a word after a space, not after a dash', () => {
    expect(found('MRN 12345 reviewed')).toEqual([['MRN', '12345', '12345']]);
    expect(found('MRN 12345-AB reviewed')).toEqual([['MRN', '12345-AB', '12345AB']]);
    // A word first, then a group with digits after a space.
    expect(found('MRN AB 12345')).toEqual([['MRN', 'AB 12345', 'AB12345']]);
  });

  it('stops at a separator not followed by a letter or digit', () => {
    expect(found('MRN 12345- done')).toEqual([['MRN', '12345', '12345']]);
    expect(found('MRN 12345--678')).toEqual([['MRN', '12345', '12345']]);
    expect(found('MRN 12345, 678')).toEqual([['MRN', '12345', '12345']]);
    expect(found('MRN: ')).toEqual([]);
  });

  it('takes forty characters at most', () => {
    const forty = `${'A1'.repeat(20)}`;
    expect(found(`device serial: ${forty}`)).toEqual([['DEVICE_ID', forty, forty]]);
    expect(found(`device serial: ${forty}B`)).toEqual([]);
    expect(found(`device serial: ${'A1'.repeat(19)} AB12`)).toEqual([]);
  });

  it('needs the value to end at a boundary', () => {
    expect(found('MRN 12345_x')).toEqual([]);
    expect(found('MRN 12345é')).toEqual([]);
    expect(found('MRN 12345٣')).toEqual([]);
    expect(found('MRN 12345')).toEqual([['MRN', '12345', '12345']]);
    expect(found('MRN 12345!')).toEqual([['MRN', '12345', '12345']]);
  });

  it("checks the value by its label's rule", () => {
    expect(found('NHS number 123456789', () => false, 0)).toEqual([]);
    expect(found('NHS number 1234567890', () => false, 0)).toEqual([['MRN', '1234567890', '1234567890']]);
    expect(found('MRN 1234')).toEqual([]);
    expect(found('MRN ABCD1234')).toEqual([]);
    expect(found('MRN ABC12345')).toEqual([['MRN', 'ABC12345', 'ABC12345']]);
    expect(found(`MRN ${'1'.repeat(24)}`)).toEqual([['MRN', '1'.repeat(24), '1'.repeat(24)]]);
    expect(found(`MRN ${'1'.repeat(25)}`)).toEqual([]);
    expect(found('medicare number 123456789A')).toEqual([['HEALTH_PLAN_ID', '123456789A', '123456789A']]);
    expect(found('DEA number A12345678', () => false, 0)).toEqual([]);
    expect(found('NPI 123456789', () => false, 0)).toEqual([]);
    expect(found('license number ABC1234')).toEqual([['LICENSE_NUMBER', 'ABC1234', 'ABC1234']]);
    expect(found('license number ABC123')).toEqual([]);
    expect(found('account number 12345', () => false, 0)).toEqual([['ACCOUNT_NUMBER', '12345', '12345']]);
    expect(found(`account number ${'1'.repeat(34)}`, () => false, 0)).toEqual([['ACCOUNT_NUMBER', '1'.repeat(34), '1'.repeat(34)]]);
    expect(found(`account number ${'1'.repeat(35)}`, () => false, 0)).toEqual([]);
    expect(found('VIN ABCDEFGH12', () => false, 0)).toEqual([]);
    expect(found('VIN ABCDEFGHJ12', () => false, 0)).toEqual([['VEHICLE_ID', 'ABCDEFGHJ12', 'ABCDEFGHJ12']]);
    expect(found('VIN ABCDEFGHJK1', () => false, 0)).toEqual([]);
    expect(found('license plate ABC', () => false, 0)).toEqual([]);
    expect(found('license plate AB1', () => false, 0)).toEqual([]);
    expect(found('license plate AB12', () => false, 0)).toEqual([['LICENSE_PLATE', 'AB12', 'AB12']]);
    expect(found('license plate ABCDEFGH12', () => false, 0)).toEqual([['LICENSE_PLATE', 'ABCDEFGH12', 'ABCDEFGH12']]);
    expect(found('license plate ABCDEFGHJ12', () => false, 0)).toEqual([]);
    expect(found('license plate ABCDE', () => false, 0)).toEqual([]);
    // From the survivors of the first run: each rule's anchors and bounds.
    expect(found('device serial: A123', () => false, 0)).toEqual([]);
    expect(found('NHS number 12345678901', () => false, 0)).toEqual([]);
    expect(found('medicare number ABC1234', () => false, 0)).toEqual([]);
    expect(found('medicare number 12345678', () => false, 0)).toEqual([['HEALTH_PLAN_ID', '12345678', '12345678']]);
    expect(found('DEA number XAB1234563', () => false, 0)).toEqual([]);
    expect(found('DEA number AB12345634', () => false, 0)).toEqual([]);
    expect(found('NPI 12345678931', () => false, 0)).toEqual([]);
    expect(found('NPI 31234567893', () => false, 0)).toEqual([]);
    expect(found('VIN 1HGCM82633A0043521', () => false, 0)).toEqual([]);
    expect(found('VIN X1HGCM82633A004352', () => false, 0)).toEqual([]);
    expect(found('license plate ABC1', () => false, 0)).toEqual([['LICENSE_PLATE', 'ABC1', 'ABC1']]);
  });

  it('reads on after a value, not inside it', () => {
    expect(found('MRN MRN-12345')).toEqual([['MRN', 'MRN-12345', 'MRN12345']]);
    expect(found('MRN 12345 and MRN 67890')).toEqual([
      ['MRN', '12345', '12345'],
      ['MRN', '67890', '67890'],
    ]);
  });
});

// ---------------------------------------------------------------------------- unlabelled values

describe('values without a label', () => {
  it('finds each format with its exact span, kind and canonical value', () => {
    expect(found('ward 943-476-5919 ok')).toEqual([['MRN', '943-476-5919', '9434765919']]);
    // With dashes (a NANP phone's form) only beside a health word; after a phone word never (2026-12-03).
    expect(found('ref 943-476-5919 ok')).toEqual([]);
    expect(found('call 943 476 5919')).toEqual([]);
    expect(found('phone the ward: 943-476-5919')).toEqual([]);
    expect(found('prescriber 1234567893 ok')).toEqual([['LICENSE_NUMBER', '1234567893', '1234567893']]);
    expect(found('script AB1234563 ok')).toEqual([['LICENSE_NUMBER', 'AB1234563', 'AB1234563']]);
    expect(found('car 1HGCM82633A004352 ok')).toEqual([['VEHICLE_ID', '1HGCM82633A004352', '1HGCM82633A004352']]);
    expect(found('card 1EG4-TE5-MK73 ok')).toEqual([['HEALTH_PLAN_ID', '1EG4-TE5-MK73', '1EG4TE5MK73']]);
  });

  it('refuses a value whose checksum or shape fails', () => {
    expect(found('ref 943 476 5918 ok')).toEqual([]);
    expect(found('prescriber 1234567890 ok')).toEqual([]);
    expect(found('script AB1234564 ok')).toEqual([]);
    expect(found('car 1HGCM82643A004352 ok')).toEqual([]);
    expect(found('card 1SG4TE5MK73 ok')).toEqual([]);
  });

  it('needs both dashes of an MBI or none', () => {
    expect(found('card 1EG4-TE5MK73 ok')).toEqual([]);
    expect(found('card 1EG4TE5-MK73 ok')).toEqual([]);
    expect(found('card 1EG4TE5MK73 ok')).toEqual([['HEALTH_PLAN_ID', '1EG4TE5MK73', '1EG4TE5MK73']]);
  });

  it("respects the dispatcher's digit count", () => {
    const never = () => false;
    expect(found('ward 943-476-5919', never, 9)).toEqual([]);
    expect(found('ward 943-476-5919', never, 10)).toEqual([['MRN', '943-476-5919', '9434765919']]);
    expect(found('prescriber 1234567893', never, 9)).toEqual([]);
    expect(found('prescriber 1234567893', never, 10)).toEqual([['LICENSE_NUMBER', '1234567893', '1234567893']]);
    expect(found('script AB1234563', never, 6)).toEqual([]);
    expect(found('script AB1234563', never, 7)).toEqual([['LICENSE_NUMBER', 'AB1234563', 'AB1234563']]);
    expect(found('car 1HGCM82633A004352', never, 4)).toEqual([]);
    expect(found('car 1HGCM82633A004352', never, 5)).toEqual([['VEHICLE_ID', '1HGCM82633A004352', '1HGCM82633A004352']]);
    expect(found('card 1EG4TE5MK73', never, 4)).toEqual([]);
    expect(found('card 1EG4TE5MK73', never, 5)).toEqual([['HEALTH_PLAN_ID', '1EG4TE5MK73', '1EG4TE5MK73']]);
    // The labelled values do not depend on it.
    expect(found('MRN 12345678', never, 0)).toEqual([['MRN', '12345678', '12345678']]);
  });

  it('leaves a value after a label of a thing alone, asking with its start', () => {
    const asked: Array<[string, number]> = [];
    const text = 'order AB1234563 and 1HGCM82633A004352';
    expect(found(text, (t, start) => (asked.push([t, start]), start === 6))).toEqual([['VEHICLE_ID', '1HGCM82633A004352', '1HGCM82633A004352']]);
    expect(asked).toEqual([
      [text, 6],
      [text, 20],
    ]);
  });

  it('reports a labelled value once', () => {
    expect(found('NHS number 943 476 5919')).toEqual([['MRN', '943 476 5919', '9434765919']]);
    expect(found('NPI 1234567893 from the provider')).toEqual([['LICENSE_NUMBER', '1234567893', '1234567893']]);
    expect(found('VIN 1HGCM82633A004352')).toEqual([['VEHICLE_ID', '1HGCM82633A004352', '1HGCM82633A004352']]);
  });

  it('needs a clinical word within 32 characters before an NPI', () => {
    expect(found('provider 1234567893')).toEqual([['LICENSE_NUMBER', '1234567893', '1234567893']]);
    expect(found(`provider${' '.repeat(24)}1234567893`)).toEqual([['LICENSE_NUMBER', '1234567893', '1234567893']]);
    expect(found(`provider${' '.repeat(25)}1234567893`)).toEqual([]);
    expect(found('1234567893 provider')).toEqual([]);
    expect(found('1234567893 and 1234567893')).toEqual([]);
    // The first number is too far from the word, the second close enough.
    expect(found(`provider${' '.repeat(30)}1234567893 dr 1234567893`)).toEqual([['LICENSE_NUMBER', '1234567893', '1234567893']]);
  });

  it('finds every value of a text, each after the last', () => {
    expect(found('clinic 943 476 5919 b 943-476-5919 c AB1234563 d AB1234563 e 1EG4TE5MK73 f 1EG4TE5MK73').map(([type, value]) => `${type} ${value}`)).toEqual([
      'MRN 943 476 5919',
      'MRN 943-476-5919',
      'LICENSE_NUMBER AB1234563',
      'LICENSE_NUMBER AB1234563',
      'HEALTH_PLAN_ID 1EG4TE5MK73',
      'HEALTH_PLAN_ID 1EG4TE5MK73',
    ]);
  });
});
