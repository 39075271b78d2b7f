// Mutation tests for national-ids.ts from `dayMonth` to the end of the file (issue 13; docs/TESTING.md,
// the national-ids.ts row "lines 480 to the end", 2026-12-05, twelfth session): written from the
// survivors and the mutants no test reached in that run. The Greek, Russian and Bulgarian labels'
// checks (AMKA, ΑΦΜ, ИНН, СНИЛС, ЕГН) against plain references written from their schemes over a
// seeded sweep, every last digit tried; the whole-value anchors of the CPR and NIDA formats; the
// check of a marked Latin letter right after a label. In process, direct calls, exact spans.
import { describe, expect, it } from 'vitest';
import { detectNationalIds, driverLicenceMemberValue } from './national-ids.js';
import type { Detection } from './types.js';

const countDigits = (text: string): number => [...text].filter((c) => c >= '0' && c <= '9').length;
function found(text: string, digits = countDigits(text)): string[] {
  const out: Detection[] = [];
  detectNationalIds(text, out, digits, () => false);
  return out.map((d) => `${d.type}:${text.slice(d.start, d.end)}:${d.normalized ?? ''}`);
}
const id = (value: string, type = 'NATIONAL_ID', normalized = value.replace(/[^0-9A-Za-z]/g, '').toUpperCase()): string => `${type}:${value}:${normalized}`;

// A seeded generator (the same numbers on every run).
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
const DIGITS = '0123456789';
const pad = (n: number): string => String(n).padStart(2, '0');
const digitsOf = (next: () => number, n: number): string => Array.from({ length: n }, () => DIGITS[Math.floor(next() * 10)]).join('');
const weighted = (c: string, weights: readonly number[]): number => weights.reduce((sum, w, i) => sum + w * Number(c[i]), 0);

/** Whether the value after `label` is read as a national id (exactly its span). */
const readAfter = (label: string, value: string): boolean => found(`${label} ${value}`).includes(id(value));
/** Whether the value is read with no label (an 11-digit value can be a fødselsnummer): then the label's answer cannot be told from it. */
const readBare = (value: string): boolean => found(`: ${value}`).includes(id(value));

/** The label's check and `reference` agree on every body with every last digit; a digit or letter more before or after is refused. */
function agreeAfter(label: string, reference: (c: string) => boolean, bodies: readonly string[]): void {
  let accepted = 0;
  for (const body of bodies) {
    for (const last of DIGITS) {
      const value = body + last;
      const expected = reference(value) || readBare(value);
      if (reference(value)) accepted++;
      if (readAfter(label, value) !== expected) expect(readAfter(label, value), `${label} ${value}`).toBe(expected);
      if (!reference(value)) continue;
      // The whole value: one character more is no longer this id.
      for (const longer of [`1${value}`, `${value}1`, `${value}A`]) {
        const expectedLonger = reference(longer) || readBare(longer);
        if (readAfter(label, longer) !== expectedLonger) expect(readAfter(label, longer), `${label} ${longer}`).toBe(expectedLonger);
      }
    }
  }
  // The sweep must hold both answers, many times.
  expect(accepted).toBeGreaterThan(bodies.length / 20);
  expect(accepted).toBeLessThan(bodies.length * 10 * 0.9);
}

describe('the Greek, Russian and Bulgarian labels\' checks', () => {
  it('AMKA: 11 digits, the first six a DDMMYY date', () => {
    const ref = (c: string) => /^\d{11}$/.test(c) && Number(c.slice(0, 2)) >= 1 && Number(c.slice(0, 2)) <= 31 && Number(c.slice(2, 4)) >= 1 && Number(c.slice(2, 4)) <= 12;
    const next = random(21);
    const bodies: string[] = [];
    for (const day of [0, 1, 2, 15, 30, 31, 32, 40, 99]) for (const month of [0, 1, 2, 11, 12, 13, 20]) bodies.push(`${pad(day)}${pad(month)}${digitsOf(next, 6)}`);
    agreeAfter('AMKA:', ref, bodies);
    expect(found('ΑΜΚΑ 01018012345')).toEqual([id('01018012345')]);
    expect(found('AMKA: 0101801234')).toEqual([]);
    expect(found('AMKA: 101018012345')).toEqual([]);
    expect(found('AMKA: 01018012345A')).toEqual([]);
  });

  it('ΑΦΜ: 9 digits, not all zeros, Σ dᵢ·2^(8-i) mod 11 mod 10', () => {
    const ref = (c: string) => /^\d{9}$/.test(c) && c !== '000000000' && (weighted(c, [256, 128, 64, 32, 16, 8, 4, 2]) % 11) % 10 === Number(c[8]);
    const next = random(22);
    const bodies: string[] = [];
    for (let i = 0; i < 200; i++) bodies.push(digitsOf(next, 8));
    agreeAfter('AFM', ref, bodies);
    // The body of zeros: its check digit 0 is refused (0 would be its check).
    expect(found('AFM 000000000')).toEqual([]);
    expect(found('ΑΦΜ: 094259216')).toEqual([id('094259216')]);
    expect(found('AFM 0942592161')).toEqual([]);
    expect(found('AFM 1094259216')).toEqual([]);
    expect(found('AFM 094259216A')).toEqual([]);
  });

  it('ИНН: 10 digits (one check digit) or 12 (two)', () => {
    const ref = (c: string) => {
      if (/^\d{10}$/.test(c)) return (weighted(c, [2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10 === Number(c[9]);
      if (!/^\d{12}$/.test(c)) return false;
      return (weighted(c, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10 === Number(c[10]) && (weighted(c, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10 === Number(c[11]);
    };
    const next = random(23);
    const ten: string[] = [];
    for (let i = 0; i < 150; i++) ten.push(digitsOf(next, 9));
    agreeAfter('ИНН', ref, ten);
    // Twelve digits: the eleventh right half of the time, the twelfth tried in full.
    const twelve: string[] = [];
    for (let i = 0; i < 150; i++) {
      const body = digitsOf(next, 10);
      const eleventh = (weighted(body, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10;
      twelve.push(`${body}${i % 2 === 0 ? eleventh : (eleventh + 1 + Math.floor(next() * 9)) % 10}`);
    }
    agreeAfter('ИНН', ref, twelve);
    expect(found('ИНН 7707083893')).toEqual([id('7707083893')]);
    expect(found('ИНН 500100732259')).toEqual([id('500100732259')]);
    for (const other of ['ИНН 77070838931', 'ИНН 707083893', 'ИНН 5001007322591', 'ИНН 7707083893A', 'ИНН 500100732259A']) expect(found(other), other).toEqual([]);
  });

  it('СНИЛС: the last two digits the check number of the first nine (under 100 itself, 100 and 101 give 00, else mod 101)', () => {
    const ref = (c: string) => {
      if (!/^\d{11}$/.test(c)) return false;
      const sum = weighted(c, [9, 8, 7, 6, 5, 4, 3, 2, 1]);
      const check = sum < 100 ? sum : sum === 100 || sum === 101 ? 0 : (sum % 101) % 100;
      return check === Number(c.slice(9));
    };
    const next = random(24);
    // Bodies of nine digits and the first check digit; sums below, at and above 100 and 101.
    const bodies: string[] = [];
    const nines: string[] = ['000000000', '000000011', '100000000', '110000000', '111111000', '111100100'];
    for (let i = 0; i < 200; i++) nines.push(digitsOf(next, 9));
    // Sums of exactly 100 and 101 (9+8+…: 1·9+1·8+… chosen by a search).
    for (let n = 0; n < 20000 && nines.filter((b) => weighted(b, [9, 8, 7, 6, 5, 4, 3, 2, 1]) === 100).length < 3; n++) {
      const candidate = digitsOf(next, 9);
      if (weighted(candidate, [9, 8, 7, 6, 5, 4, 3, 2, 1]) === 100) nines.push(candidate);
    }
    for (let n = 0; n < 20000 && nines.filter((b) => weighted(b, [9, 8, 7, 6, 5, 4, 3, 2, 1]) === 101).length < 3; n++) {
      const candidate = digitsOf(next, 9);
      if (weighted(candidate, [9, 8, 7, 6, 5, 4, 3, 2, 1]) === 101) nines.push(candidate);
    }
    for (const nine of nines) {
      const sum = weighted(nine, [9, 8, 7, 6, 5, 4, 3, 2, 1]);
      const check = sum < 100 ? sum : sum === 100 || sum === 101 ? 0 : (sum % 101) % 100;
      // The first check digit right, so that the sweep of the last one meets the right check.
      bodies.push(`${nine}${Math.floor(check / 10)}`);
      bodies.push(`${nine}${(Math.floor(check / 10) + 1) % 10}`);
    }
    expect(nines.filter((b) => weighted(b, [9, 8, 7, 6, 5, 4, 3, 2, 1]) === 100)).toHaveLength(3);
    expect(nines.filter((b) => weighted(b, [9, 8, 7, 6, 5, 4, 3, 2, 1]) === 101)).toHaveLength(3);
    agreeAfter('СНИЛС', ref, bodies);
    expect(found('СНИЛС 112-233-445 95')).toEqual([id('112-233-445 95')]);
    expect(found('SNILS 00000001103')).toEqual([id('00000001103')]);
    expect(found('SNILS 11223344595A')).toEqual([]);
    expect(found('SNILS 1122334459')).toEqual([]);
    // Eleven digits exactly: the first nine of these sum to 3 (a check number of one digit), and
    // the digits after them read as 3 too, in ten digits and in twelve.
    expect(found('SNILS 00000001103')).toEqual([id('00000001103')]);
    expect(found('SNILS 0000000113')).toEqual([]);
    expect(found('SNILS 000000011003')).toEqual([]);
  });

  it('ЕГН: 10 digits, Σ dᵢ·(2,4,8,5,10,9,7,3,6) mod 11 mod 10', () => {
    const ref = (c: string) => /^\d{10}$/.test(c) && (weighted(c, [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11) % 10 === Number(c[9]);
    const next = random(25);
    const bodies: string[] = [];
    for (let i = 0; i < 200; i++) bodies.push(digitsOf(next, 9));
    agreeAfter('EGN', ref, bodies);
    expect(found('ЕГН 7523169263')).toEqual([id('7523169263')]);
    for (const other of ['EGN 75231692631', 'EGN 17523169263', 'EGN 7523169263A', 'EGN 752316926']) expect(found(other), other).toEqual([]);
  });
});

describe('a label\'s format is the whole value: CPR and NIDA', () => {
  it('CPR: ten digits, no more before or after', () => {
    expect(found('CPR 0101781234')).toEqual([id('0101781234')]);
    expect(found('CPR 10101781234')).toEqual([]);
    expect(found('CPR 0101781234A')).toEqual([]);
  });

  it('NIDA: twenty digits from 19 or 20, no more before or after', () => {
    expect(found('NIDA: 20010101123450000123')).toEqual([id('20010101123450000123')]);
    // One digit more before: the last twenty start with 20 and put a date at the offsets read.
    expect(found('NIDA: 220010101123450000123')).toEqual([]);
    expect(found('NIDA: 200101011234500001234')).toEqual([]);
  });
});

describe('detectLabelled: a Latin letter with a mark right after a label', () => {
  it('the letter right after the label is read, not one a label\'s length before it', () => {
    // `Émile's ` is as long as `passport`: the character a label's length before the label is É.
    expect(found("Émile's passport AB1234567")).toEqual([id('AB1234567', 'PASSPORT')]);
    expect(found('Ñu passport AB1234567')).toEqual([id('AB1234567', 'PASSPORT')]);
  });

  it('a label glued to a marked letter is a part of a longer word, even where the filler could read the letter as a copula or a number word', () => {
    // Without the check, `è `/`é ` would be read as a copula and `č.` as a number word (`pas č. 45123456` is a passport).
    expect(found('pas č. 45123456')).toEqual([id('45123456', 'PASSPORT')]);
    expect(found('pasč. 45123456')).toEqual([]);
    expect(found('paszportè 12345678')).toEqual([]);
    expect(found('paszporté 12345678')).toEqual([]);
    expect(found('paszport è 12345678')).toEqual([id('12345678', 'PASSPORT')]);
  });

  it('a character past Latin (a full-width colon, a Han or Thai letter) after the label does not stop it', () => {
    expect(found('マイナンバー：123456789018')).toEqual([id('123456789018')]);
    expect(found('マイナンバー:123456789018')).toEqual([id('123456789018')]);
  });
});

describe('detectNationalIds: the digit counts and pre-checks that gate each reader', () => {
  const TD2_DATA = 'D231458907UTO7408122F1204159<<<<<<<6'; // mrz.mutants.test.ts's TD2 data line: 36 characters, 24 digits
  it('a machine-readable zone: twelve digits or more, 36 characters or more (a TD2 data line alone is exactly 36)', () => {
    const mrz = { start: 0, end: 36, type: 'PASSPORT', class: 'pii.government_id', normalized: TD2_DATA };
    const out: Detection[] = [];
    detectNationalIds(TD2_DATA, out, 12, () => false);
    expect(out).toEqual([mrz]);
    const fewer: Detection[] = [];
    detectNationalIds(TD2_DATA, fewer, 11, () => false);
    expect(fewer).toEqual([]);
    expect(found(`ID card:\n${TD2_DATA}`)).toEqual([`PASSPORT:${TD2_DATA}:${TD2_DATA}`]);
  });

  it('the Swiss AHV as written: thirteen digits or more and `756`', () => {
    expect(found('versichert unter 756.9217.0769.85 seit', 13)).toEqual([id('756.9217.0769.85')]);
    expect(found('versichert unter 756.9217.0769.85 seit', 12)).toEqual([]);
  });

  it('the Emirates ID as written: fifteen digits or more and `784`', () => {
    expect(found('holder 784-1985-1234567-3', 15)).toEqual([id('784-1985-1234567-3')]);
    expect(found('holder 784-1985-1234567-3', 14)).toEqual([]);
  });
});

describe('detectUnlabelledPans: a thing\'s label before a PAN', () => {
  it('a PAN with no label is a person\'s unless the dispatcher\'s thing label is right before it', () => {
    const pans = (text: string, thing: boolean): string[] => {
      const out: Detection[] = [];
      detectNationalIds(text, out, countDigits(text), () => thing);
      return out.map((d) => text.slice(d.start, d.end));
    };
    expect(pans('holder ABCPE1234F', false)).toEqual(['ABCPE1234F']);
    expect(pans('Invoice # ABCPE1234F', true)).toEqual([]);
  });
});

describe('licences with no driver word', () => {
  it('a pet\'s licence right before the label (within twelve characters) is not a driver\'s', () => {
    expect(found('dog license D1234567')).toEqual([]);
    expect(found('county dog license D1234567')).toEqual([]);
    expect(found('pet licence S53041298765')).toEqual([]);
    expect(found('my license D1234567')).toEqual([id('D1234567', 'DRIVER_LICENSE')]);
    // A pet word further back is another sentence's.
    expect(found('dog food, then license D1234567')).toEqual([id('D1234567', 'DRIVER_LICENSE')]);
  });

  it('a year, a dash and a serial is a dated record number: the holder\'s licence, not a driver\'s', () => {
    expect(found('licence 2026-44817')).toEqual([id('2026-44817', 'LICENSE_NUMBER')]);
    expect(found('licence 2026-44817 issued')).toEqual([id('2026-44817', 'LICENSE_NUMBER')]);
    expect(found('licence 202644817')).toEqual([id('202644817', 'DRIVER_LICENSE')]);
  });

  it('each licence found is a government id', () => {
    const out: Detection[] = [];
    detectNationalIds('license D1234567', out, 7, () => false);
    expect(out).toEqual([{ start: 8, end: 16, type: 'DRIVER_LICENSE', class: 'pii.government_id', normalized: 'D1234567' }]);
  });

  it('a GB licence is the whole value: nothing before it', () => {
    expect(found('licence DORVA801129WX9AB')).toEqual([id('DORVA801129WX9AB', 'DRIVER_LICENSE')]);
    expect(found('licence XDORVA801129WX9AB')).toEqual([]);
  });

  it('a state\'s code glued to the number: a letter and 7 to 14 digits, or 7 to 12 digits, nothing more', () => {
    expect(found('license MNK12345678901234')).toEqual([id('MNK12345678901234', 'DRIVER_LICENSE')]);
    expect(found('license MNK123456789012345')).toEqual([]);
    expect(found('license MNXK1234567')).toEqual([]);
  });
});

describe('driverLicenceMemberValue: the state\'s code', () => {
  it.each([
    ['OR K7281934', true],
    ['OR WDLQXZ8821PK', true],
    ['X OR 7281934', false],
    ['X OR K7281934', false],
  ])('%j', (value, expected) => {
    expect(driverLicenceMemberValue(value)).toBe(expected);
  });
});

describe('the US travel labels', () => {
  it('a Known Traveler Number holds seven digits or more', () => {
    expect(found('Known Traveler Number: AB1234567')).toEqual([id('AB1234567')]);
    // The text holds seven digits or more (the reader's gate), the value only six.
    expect(found('Known Traveler Number: ABC123456, flight 1234')).toEqual([]);
    expect(found('Known Traveler Number: AB1234567, flight 1234')).toEqual([id('AB1234567')]);
  });

  it('`KTN` only in capitals', () => {
    expect(found('KTN 98765432')).toEqual([id('98765432')]);
    expect(found('ktn 98765432')).toEqual([]);
    expect(found('my Ktn: 98765432')).toEqual([]);
  });
});
