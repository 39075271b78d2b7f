// What national-ids.ts promises (issue 13, from surviving mutants): each checksum accepts exactly
// the numbers its standard makes valid (values built here from the published rules, every other
// check digit or letter refused, each date bound and exception), each label takes a value of its
// own format with the exact span, normalized value and kind, and the unlabelled detectors give
// exact spans, respect the dispatcher's digit counts and its rule for labels of things.
import { describe, expect, it } from 'vitest';
import type { Detection } from './types.js';
import { bsnValid, chineseIdValid, codiceFiscaleValid, cpfValid, detectNationalIds, myNumberValid, ninoPrefixValid, nirValid, peselValid, sinValid, spanishIdValid, steuerIdValid } from './national-ids.js';

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
/** `value` with the character at `at` replaced by each of `alphabet` but itself. */
const others = (value: string, at: number, alphabet: string): string[] => [...alphabet].filter((c) => c !== value[at]).map((c) => value.slice(0, at) + c + value.slice(at + 1));
const DIGITS = '0123456789';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** All detections of `text`, as [type, text, normalized]; unlabelled ones only if `things` allows them. */
function found(text: string, things: (text: string, start: number) => boolean = () => false, digits = [...text].filter((c) => c >= '0' && c <= '9').length): Array<[string, string, string | undefined]> {
  const out: Detection[] = [];
  detectNationalIds(text, out, digits, things);
  for (const d of out) expect(d.class).toBe('pii.government_id');
  return out.map((d) => [d.type, text.slice(d.start, d.end), d.normalized]);
}

// ------------------------------------------------------------------ the checksums, built from their rules

describe('ninoPrefixValid', () => {
  it('accepts exactly the prefixes HMRC issues', () => {
    const never = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);
    for (const first of LETTERS)
      for (const second of LETTERS) {
        const prefix = first + second;
        const valid = !'DFIQUV'.includes(first) && !'DFIOQUV'.includes(second) && !never.has(prefix);
        expect(ninoPrefixValid(prefix), prefix).toBe(valid);
      }
    for (const prefix of ['', 'A', 'ABC', 'ab', 'A1', ' AB', 'AB ']) expect(ninoPrefixValid(prefix), prefix).toBe(false);
  });
});

describe('spanishIdValid', () => {
  const LETTER = 'TRWAGMYFPDXBNJZSQVHLCKE';
  const withLetter = (body: string) => {
    const number = Number(body.replace(/^X/, '0').replace(/^Y/, '1').replace(/^Z/, '2'));
    return body + (LETTER[number % 23] as string);
  };

  it('accepts a DNI or an NIE with its letter and refuses every other letter', () => {
    const bodies = ['12345678', 'X1234567', 'Y1234567', 'Z1234567', '00000001', '99999998', 'X0000000', 'Z9999999'];
    for (let i = 0; i < 30; i++) bodies.push(digitsOf(8), `${'XYZ'[i % 3]}${digitsOf(7)}`);
    for (const body of bodies) {
      const id = withLetter(body);
      expect(spanishIdValid(id), id).toBe(true);
      for (const wrong of others(id, 8, LETTERS)) expect(spanishIdValid(wrong), wrong).toBe(false);
    }
  });

  it('reads X, Y and Z as 0, 1 and 2', () => {
    // 1234567 mod 23 = 19 (L), 11234567 mod 23 = 22 (E)... each prefix its own letter.
    expect(['X1234567L', 'Y1234567X', 'Z1234567R'].map(spanishIdValid)).toEqual([true, true, true]);
    expect(['X1234567X', 'Y1234567R', 'Z1234567L'].map(spanishIdValid)).toEqual([false, false, false]);
  });

  it('refuses a body of one digit repeated, and other shapes', () => {
    for (const digit of DIGITS) expect(spanishIdValid(withLetter(digit.repeat(8))), digit).toBe(false);
    expect(spanishIdValid(withLetter('11111112'))).toBe(true);
    expect(spanishIdValid(withLetter('01111111'))).toBe(true);
    for (const id of ['1234567Z', '123456789Z', 'A1234567L', 'X12345678L', '12345678', '12345678ZZ', ' 12345678Z', '12345678Z ', 'x1234567L', '12345678z']) expect(spanishIdValid(id), id).toBe(false);
  });
});

describe('codiceFiscaleValid', () => {
  const ODD: Record<string, number> = {};
  const oddValues = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
  LETTERS.split('').forEach((c, i) => (ODD[c] = oddValues[i] as number));
  DIGITS.split('').forEach((c, i) => (ODD[c] = oddValues[i] as number));
  const even = (c: string) => (c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 65);
  const withCheck = (body: string) => {
    let sum = 0;
    for (let i = 0; i < 15; i++) sum += i % 2 === 0 ? (ODD[body[i] as string] as number) : even(body[i] as string);
    return body + String.fromCharCode(65 + (sum % 26));
  };
  const randomBody = (day: string) => {
    const letter = () => LETTERS[Math.floor(next() * 26)] as string;
    return `${letter()}${letter()}${letter()}${letter()}${letter()}${letter()}${digitsOf(2)}${'ABCDEHLMPRST'[Math.floor(next() * 12)]}${day}${letter()}${digitsOf(3)}`;
  };

  it('accepts the check character its tables give, and no other', () => {
    for (let i = 0; i < 40; i++) {
      const code = withCheck(randomBody(String(1 + Math.floor(next() * 31)).padStart(2, '0')));
      expect(codiceFiscaleValid(code), code).toBe(true);
      for (const wrong of others(code, 15, LETTERS)) expect(codiceFiscaleValid(wrong), wrong).toBe(false);
    }
    expect(codiceFiscaleValid('RSSMRA85T10A562S')).toBe(true);
  });

  it('a day of 1 to 31 (a man) or 41 to 71 (a woman), and no other', () => {
    for (let day = 0; day <= 99; day++) {
      const code = withCheck(`RSSMRA85T${String(day).padStart(2, '0')}A562`);
      expect(codiceFiscaleValid(code), code).toBe((day >= 1 && day <= 31) || (day >= 41 && day <= 71));
    }
  });

  it('omocodia: a digit written as its letter counts as that digit, the day too', () => {
    // LMNPQRSTUV stand for 0-9.
    const omo = (digits: string) => digits.replace(/\d/g, (d) => 'LMNPQRSTUV'[Number(d)] as string);
    expect(codiceFiscaleValid(withCheck(`RSSMRA${omo('85')}T${omo('10')}A${omo('562')}`))).toBe(true);
    expect(codiceFiscaleValid(withCheck(`RSSMRA85T${omo('31')}A562`))).toBe(true);
    expect(codiceFiscaleValid(withCheck(`RSSMRA85T${omo('32')}A562`))).toBe(false);
    expect(codiceFiscaleValid(withCheck(`RSSMRA85T${omo('41')}A562`))).toBe(true);
    expect(codiceFiscaleValid(withCheck(`RSSMRA85T${omo('72')}A562`))).toBe(false);
    expect(codiceFiscaleValid(withCheck('RSSMRA85T1VA562'))).toBe(true); // V = 9: day 19
    expect(codiceFiscaleValid(withCheck('RSSMRA85T3VA562'))).toBe(false); // day 39
    expect(codiceFiscaleValid(withCheck('RSSMRA85TM9A562'))).toBe(true); // M = 1: day 19
  });

  it('refuses other shapes', () => {
    for (const code of ['RSSMRA85T10A562', 'RSSMRA85T10A562SS', 'RSSMR185T10A562S', 'RSSMRA85F10A562S', 'RSSMRA85T10A56WS', 'rssmra85t10a562s', 'RSSMRA85T10A5621']) expect(codiceFiscaleValid(code), code).toBe(false);
  });
});

describe('nirValid', () => {
  const withKey = (body: string) => {
    const n = BigInt(body.replace('2A', '19').replace('2B', '18'));
    return body + String(97n - (n % 97n)).padStart(2, '0');
  };

  it('accepts the key 97 - n mod 97 and no other', () => {
    for (let i = 0; i < 40; i++) {
      const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
      const body = `${'123478'[i % 6]}${digitsOf(2)}${month}${digitsOf(2)}${digitsOf(6)}`;
      const nir = withKey(body);
      expect(nirValid(nir), nir).toBe(true);
      const key = Number(nir.slice(13));
      for (const wrong of [key - 1, key + 1, (key + 50) % 100]) expect(nirValid(body + String(wrong).padStart(2, '0')), `${body} ${wrong}`).toBe(false);
    }
  });

  it('Corsica: 2A and 2B are read as 19 and 18', () => {
    for (const dept of ['2A', '2B']) {
      const nir = withKey(`18503${dept}116238`);
      expect(nirValid(nir), nir).toBe(true);
    }
    // The key of 2A is not that of 2B.
    expect(nirValid(`${withKey('185032A116238').slice(0, 13).replace('2A', '2B')}${withKey('185032A116238').slice(13)}`)).toBe(false);
    for (const key of ['00', '41', '96']) expect(nirValid(`185032C116238${key}`)).toBe(false);
  });

  it('the months: 01-12, 20-42 and 50-99 are issued, 00, 13-19 and 43-49 are not', () => {
    for (let month = 0; month <= 99; month++) {
      const nir = withKey(`185${String(month).padStart(2, '0')}75116238`);
      const valid = month !== 0 && !(month >= 13 && month <= 19) && !(month >= 43 && month <= 49);
      expect(nirValid(nir), nir).toBe(valid);
    }
  });

  it('the first digit is 1, 2, 3, 4, 7 or 8', () => {
    for (const sex of DIGITS) expect(nirValid(withKey(`${sex}85037511623`.padEnd(13, '8'))), sex).toBe('123478'.includes(sex));
  });
});

describe('peselValid', () => {
  const withCheck = (ten: string) => {
    const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
    const sum = [...ten].reduce((s, d, i) => s + Number(d) * (weights[i] as number), 0);
    return ten + String((10 - (sum % 10)) % 10);
  };

  it('accepts its check digit and no other', () => {
    for (let i = 0; i < 40; i++) {
      const pesel = withCheck(`${digitsOf(2)}${String(1 + (i % 12) + 20 * (i % 5)).padStart(2, '0')}${String(1 + (i % 31)).padStart(2, '0')}${digitsOf(4)}`);
      expect(peselValid(pesel), pesel).toBe(true);
      for (const wrong of others(pesel, 10, DIGITS)) expect(peselValid(wrong), wrong).toBe(false);
    }
  });

  it('a month of 1-12 with its century offset (+20, +40, +60, +80), a day of 1-31', () => {
    for (let month = 0; month <= 99; month++) expect(peselValid(withCheck(`85${String(month).padStart(2, '0')}121234`)), `month ${month}`).toBe(month % 20 >= 1 && month % 20 <= 12);
    for (let day = 0; day <= 99; day++) expect(peselValid(withCheck(`8503${String(day).padStart(2, '0')}1234`)), `day ${day}`).toBe(day >= 1 && day <= 31);
  });

  it('eleven digits only', () => {
    for (const value of ['4405140135', '440514013590', '4405140135a', ' 44051401359']) expect(peselValid(value), value).toBe(false);
  });
});

describe('bsnValid', () => {
  const valid = (nine: string) => {
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(nine[i]) * (9 - i);
    return (sum - Number(nine[8])) % 11 === 0;
  };

  it('the 11-proof, for every last digit of many numbers', () => {
    let accepted = 0;
    for (let i = 0; i < 60; i++) {
      const eight = digitsOf(8);
      for (const last of DIGITS) {
        const bsn = eight + last;
        expect(bsnValid(bsn), bsn).toBe(valid(bsn) && bsn !== '000000000');
        if (valid(bsn)) accepted++;
      }
    }
    expect(accepted).toBeGreaterThan(30);
  });

  it('refuses all zeros and other lengths', () => {
    for (const value of ['000000000', '12345678', '1234567820', '12345678a']) expect(bsnValid(value), value).toBe(false);
  });
});

describe('sinValid', () => {
  it('Luhn, and not starting with 0 or 8', () => {
    // 130692544 is valid; the same digits after each first digit, with the Luhn digit fixed.
    const luhnDigit = (eight: string) => {
      for (const d of DIGITS) {
        const s = eight + d;
        let sum = 0;
        for (let i = 0; i < 9; i++) {
          let v = Number(s[8 - i]);
          if (i % 2 === 1) v = v * 2 > 9 ? v * 2 - 9 : v * 2;
          sum += v;
        }
        if (sum % 10 === 0) return s;
      }
      throw new Error('unreachable');
    };
    for (const first of DIGITS) expect(sinValid(luhnDigit(`${first}3069254`)), first).toBe(first !== '0' && first !== '8');
    expect(sinValid('130692545')).toBe(false);
    expect(sinValid('1306925440')).toBe(false);
    expect(sinValid('13069254')).toBe(false);
  });
});

describe('steuerIdValid', () => {
  /** ISO 7064 MOD 11,10 check digit of ten digits. */
  const check = (ten: string) => {
    let product = 10;
    for (const d of ten) {
      let sum = (Number(d) + product) % 10;
      if (sum === 0) sum = 10;
      product = (sum * 2) % 11;
    }
    return String((11 - product) % 10);
  };
  const id = (ten: string) => ten + check(ten);

  it('accepts its check digit and no other', () => {
    for (const ten of ['8609574271', '6592997048', '1234567891', '9876543219', '1023456788', '5012345678']) {
      const value = id(ten);
      expect(steuerIdValid(value), value).toBe(true);
      for (const wrong of others(value, 10, DIGITS)) expect(steuerIdValid(wrong), wrong).toBe(false);
    }
  });

  it('exactly one digit twice or three times (never three in a row), the others at most once', () => {
    expect(steuerIdValid(id('1234567890'))).toBe(false); // none repeated
    expect(steuerIdValid(id('1234567891'))).toBe(true); // 1 twice
    expect(steuerIdValid(id('1213456789'))).toBe(true); // 1 three times, not in a row
    expect(steuerIdValid(id('1112345678'))).toBe(false); // three in a row
    expect(steuerIdValid(id('2311145678'))).toBe(false); // three in a row, inside
    expect(steuerIdValid(id('1213141567'))).toBe(false); // 1 four times
    expect(steuerIdValid(id('1123456788'))).toBe(false); // two digits repeated
    expect(steuerIdValid(id('1223456789'))).toBe(true); // 2 twice, side by side
    expect(steuerIdValid(id('2345678911'))).toBe(true); // twice at the end
  });

  it('eleven digits, not starting with 0', () => {
    expect(steuerIdValid(id('0234567891'))).toBe(false);
    expect(steuerIdValid('8609574271')).toBe(false);
    expect(steuerIdValid('860957427190')).toBe(false);
    expect(steuerIdValid('86095742719 ')).toBe(false);
  });
});

describe('chineseIdValid', () => {
  const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const id = (seventeen: string) => seventeen + ('10X98765432'[[...seventeen].reduce((s, d, i) => s + Number(d) * (WEIGHTS[i] as number), 0) % 11] as string);

  it('accepts its check character (0-9 or X) and no other', () => {
    let withX = 0;
    for (let i = 0; i < 60; i++) {
      const value = id(`${1 + (i % 8)}${digitsOf(5)}${i % 2 === 0 ? '19' : '20'}${digitsOf(2)}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 31)).padStart(2, '0')}${digitsOf(3)}`);
      if (value.endsWith('X')) withX++;
      expect(chineseIdValid(value), value).toBe(true);
      for (const wrong of others(value, 17, `${DIGITS}X`)) expect(chineseIdValid(wrong), wrong).toBe(false);
    }
    expect(withX).toBeGreaterThan(0);
  });

  it('a birth date: 19xx or 20xx, month 1-12, day 1-31', () => {
    for (let month = 0; month <= 13; month++) expect(chineseIdValid(id(`110105 1949${String(month).padStart(2, '0')}31002`.replace(' ', ''))), `month ${month}`).toBe(month >= 1 && month <= 12);
    for (let day = 0; day <= 32; day++) expect(chineseIdValid(id(`1101051949 12${String(day).padStart(2, '0')}002`.replace(' ', ''))), `day ${day}`).toBe(day >= 1 && day <= 31);
    expect(chineseIdValid(id('11010518491231002'))).toBe(false);
    expect(chineseIdValid(id('11010521491231002'))).toBe(false);
    expect(chineseIdValid(id('01010519491231002'))).toBe(false);
    expect(chineseIdValid(id('91010519491231002'))).toBe(false);
  });
});

describe('cpfValid', () => {
  const cpf = (nine: string) => {
    let digits = nine;
    for (const length of [9, 10]) {
      let sum = 0;
      for (let i = 0; i < length; i++) sum += Number(digits[i]) * (length + 1 - i);
      digits += String(((sum * 10) % 11) % 10);
    }
    return digits;
  };

  it('accepts its two check digits and no others', () => {
    for (let i = 0; i < 40; i++) {
      const value = cpf(digitsOf(9));
      if (/^(\d)\1{10}$/.test(value)) continue;
      expect(cpfValid(value), value).toBe(true);
      for (const wrong of [...others(value, 9, DIGITS), ...others(value, 10, DIGITS)]) expect(cpfValid(wrong), wrong).toBe(false);
    }
  });

  it('one digit repeated is no CPF, though its check digits work', () => {
    for (const digit of DIGITS) {
      expect(cpf(digit.repeat(9))).toBe(digit.repeat(11));
      expect(cpfValid(digit.repeat(11)), digit).toBe(false);
    }
    expect(cpfValid(cpf('111111112'))).toBe(true);
    for (const value of ['5299822472', '529982247250', '5299822472a']) expect(cpfValid(value), value).toBe(false);
  });
});

describe('myNumberValid', () => {
  const withCheck = (eleven: string) => {
    let sum = 0;
    for (let n = 1; n <= 11; n++) sum += Number(eleven[11 - n]) * (n <= 6 ? n + 1 : n - 5);
    const r = sum % 11;
    return eleven + String(r <= 1 ? 0 : 11 - r);
  };

  it('accepts its check digit and no other, remainders 0 and 1 giving 0', () => {
    const remainders = new Set<number>();
    for (let i = 0; i < 200; i++) {
      const eleven = digitsOf(11);
      const value = withCheck(eleven);
      let sum = 0;
      for (let n = 1; n <= 11; n++) sum += Number(eleven[11 - n]) * (n <= 6 ? n + 1 : n - 5);
      remainders.add(sum % 11);
      expect(myNumberValid(value), value).toBe(true);
      for (const wrong of others(value, 11, DIGITS)) expect(myNumberValid(wrong), wrong).toBe(false);
    }
    expect(remainders.has(0) && remainders.has(1) && remainders.has(2)).toBe(true);
    for (const value of ['12345678901', '1234567890180', '12345678901a']) expect(myNumberValid(value), value).toBe(false);
  });
});

// ------------------------------------------------------------------ labels

describe('labelled values: kind, exact span and normalized value', () => {
  it('each label gives its kind, the value as written, and the value upper case without separators', () => {
    const cases: Array<[string, [string, string, string]]> = [
      ['NI number: qq 12 34 56 c', ['NATIONAL_ID', 'qq 12 34 56 c', 'QQ123456C']],
      ['nino AB123456', ['NATIONAL_ID', 'AB123456', 'AB123456']],
      ['dni 12.345.678-z', ['NATIONAL_ID', '12.345.678-z', '12345678Z']],
      ['codice fiscale rssmra85t10a562s', ['NATIONAL_ID', 'rssmra85t10a562s', 'RSSMRA85T10A562S']],
      ['carte vitale 1 85 03 2a 116 238', ['NATIONAL_ID', '1 85 03 2a 116 238', '185032A116238']],
      ['PESEL 12345678901', ['NATIONAL_ID', '12345678901', '12345678901']],
      ['BSN 12345678', ['NATIONAL_ID', '12345678', '12345678']],
      ['SIN 123 456 789', ['NATIONAL_ID', '123 456 789', '123456789']],
      ['Steuer-ID 12 345 678 901', ['NATIONAL_ID', '12 345 678 901', '12345678901']],
      ['Ausweis-Nr. l01x00t47', ['NATIONAL_ID', 'l01x00t47', 'L01X00T47']],
      ['居民身份证号码 110105194912310', ['NATIONAL_ID', '110105194912310', '110105194912310']],
      ['CPF 123.456.789-01', ['NATIONAL_ID', '123.456.789-01', '12345678901']],
      ['Aadhaar 2345 6789 0123', ['NATIONAL_ID', '2345 6789 0123', '234567890123']],
      ['personnummer 850312-1238', ['NATIONAL_ID', '850312-1238', '8503121238']],
      ['RRN 850312-1234567', ['NATIONAL_ID', '850312-1234567', '8503121234567']],
      ['個人番号 1234 5678 9012', ['NATIONAL_ID', '1234 5678 9012', '123456789012']],
      ['id card A09a9z0Z5', ['NATIONAL_ID', 'A09a9z0Z5', 'A09A9Z0Z5']],
      ['passport: A09a9z0Z5', ['PASSPORT', 'A09a9z0Z5', 'A09A9Z0Z5']],
      ['driving licence 0a9Z09', ['DRIVER_LICENSE', '0a9Z09', '0A9Z09']],
      ['ITIN 912-70-1234', ['NATIONAL_ID', '912-70-1234', '912701234']],
      ['social 536-22-8514', ['SSN', '536-22-8514', '536228514']],
      ['national id 123456782', ['NATIONAL_ID', '123456782', '123456782']],
    ];
    for (const [text, want] of cases) expect(found(text, () => true), text).toEqual([want]);
  });

  it('each label refuses a value of another format', () => {
    for (const text of [
      'NI number: Q1 12 34 56 C', 'NI number: QQ 12 34 5', 'nino QQ1234567',
      'DNI 1234567Z', 'NIE W1234567L', 'DNI 123456789Z',
      'codice fiscale RSSMRA85T10A562', 'codice fiscale RSSMRA85F10A562S',
      'carte vitale 5 85 03 75 116 238', 'carte vitale 1 85 03 75 116 23',
      'PESEL 1234567890', 'PESEL 123456789012', 'BSN 1234567', 'BSN 1234567890', 'SIN 12345678', 'SIN 1234567890',
      'Steuer-ID 1234567890', 'Ausweis A0123456B', 'Ausweis ABCDEFGHJ', 'Ausweis 12345678', 'Ausweis 12345678901',
      '身份证 1101051949123100', 'CPF 1234567890', 'Aadhaar 1345 6789 0123', 'Aadhaar 2345 6789 012', 'personnummer 123456789',
      'personnummer 12345678901', 'RRN 850312-123456', 'マイナンバー 1234 5678 901', 'ITIN 812-70-1234', 'ITIN 912-70-123',
      'social 000-22-8514', 'national id 123456789',
    ]) expect(found(text, () => true), text).toEqual([]);
  });

  it('the length and digit bounds of passports, id cards and licences', () => {
    // Passport: 6 to 12 characters, at least 5 digits.
    expect(found('passport 12345', () => true)).toEqual([]);
    expect(found('passport A12345', () => true)).toEqual([['PASSPORT', 'A12345', 'A12345']]);
    expect(found('passport AB1234', () => true)).toEqual([]);
    expect(found('passport 12345678901B', () => true)).toEqual([['PASSPORT', '12345678901B', '12345678901B']]);
    expect(found('passport 12345678901BC', () => true)).toEqual([]);
    // Id card: 5 to 14, at least 4 digits.
    expect(found('id card A123', () => true)).toEqual([]);
    expect(found('id card A1234', () => true)).toEqual([['NATIONAL_ID', 'A1234', 'A1234']]);
    expect(found('id card ABC123', () => true)).toEqual([]);
    expect(found('id card 1234567890123A', () => true)).toEqual([['NATIONAL_ID', '1234567890123A', '1234567890123A']]);
    expect(found('id card 1234567890123AB', () => true)).toEqual([]);
    // Licence: 5 to 18, at least 4 digits; the digits 0 and 9 count.
    expect(found('driving licence 0a9z09', () => true)).toEqual([['DRIVER_LICENSE', '0a9z09', '0A9Z09']]);
    expect(found('driving licence 0a9z0b', () => true)).toEqual([]);
    expect(found('driving licence 09a9', () => true)).toEqual([]);
    expect(found('driving licence 12345678901234567A', () => true)).toEqual([['DRIVER_LICENSE', '12345678901234567A', '12345678901234567A']]);
    expect(found('driving licence 12345678901234567AB', () => true)).toEqual([]);
  });

  it('short labels that are words count only in capitals, and other labels in any case', () => {
    expect(found('SIN 046 454 286', () => true)).toEqual([['NATIONAL_ID', '046 454 286', '046454286']]);
    expect(found('Sin 046 454 286', () => true)).toEqual([]);
    expect(found('sin 046 454 286', () => true)).toEqual([]);
    expect(found('PASSPORT 561234987', () => true)).toEqual([['PASSPORT', '561234987', '561234987']]);
    expect(found('Passport 561234987', () => true)).toEqual([['PASSPORT', '561234987', '561234987']]);
    expect(found('Pesel 44051401359', () => true)).toEqual([['NATIONAL_ID', '44051401359', '44051401359']]);
  });

  it('the value starts after the filler: number, is, colon, hash', () => {
    expect(found('PESEL: 44051401359', () => true)).toEqual([['NATIONAL_ID', '44051401359', '44051401359']]);
    expect(found('PESEL number is 44051401359', () => true)).toEqual([['NATIONAL_ID', '44051401359', '44051401359']]);
    expect(found('passport #561234987', () => true)).toEqual([['PASSPORT', '561234987', '561234987']]);
  });

  it('the groups of a value: separators of one to three characters, blanks between numbers of their own', () => {
    expect(found('passport 123 456 789', () => true)).toEqual([['PASSPORT', '123 456 789', '123456789']]);
    expect(found('passport 123 - 456789', () => true)).toEqual([['PASSPORT', '123 - 456789', '123456789']]);
    // Four separator characters end the value: 123 alone is no passport.
    expect(found('passport 123    456789', () => true)).toEqual([]);
    // A dash, dot or slash after a window ties the next group to it; blanks do not.
    expect(found('SIN 046 454 286-1', () => true)).toEqual([]);
    expect(found('SIN 046 454 286 - 1', () => true)).toEqual([]);
    expect(found('SIN 046 454 286 1', () => true)).toEqual([['NATIONAL_ID', '046 454 286', '046454286']]);
    expect(found('SIN 046 454 286  1', () => true)).toEqual([['NATIONAL_ID', '046 454 286', '046454286']]);
    expect(found('SIN 046 454 286\u00a01', () => true)).toEqual([['NATIONAL_ID', '046 454 286', '046454286']]);
    expect(found('SIN 046 454 286 -1', () => true)).toEqual([]);
  });

  it('at most eight groups', () => {
    expect(found('passport 1 2 3 4 5 6 7 8 9', () => true)).toEqual([['PASSPORT', '1 2 3 4 5 6 7 8', '12345678']]);
  });

  it('short letter groups are part of the value, a word of four letters or more after it is not; a first group of letters is', () => {
    expect(found('passport 12345678 GBR', () => true)).toEqual([['PASSPORT', '12345678 GBR', '12345678GBR']]);
    expect(found('passport 12345678 ABCD', () => true)).toEqual([['PASSPORT', '12345678', '12345678']]);
    expect(found('passport ABCDE 123456', () => true)).toEqual([['PASSPORT', 'ABCDE 123456', 'ABCDE123456']]);
    expect(found('passport 12345678 ABC1', () => true)).toEqual([['PASSPORT', '12345678 ABC1', '12345678ABC1']]);
  });

  it('the boundaries of ASCII letters and digits end or join a value', () => {
    // Characters just outside 0-9, A-Z, a-z end the value.
    for (const stop of [':', '@', '[', '`', '{']) expect(found(`PESEL 44051401359${stop}x`, () => true), stop).toEqual([['NATIONAL_ID', '44051401359', '44051401359']]);
    // Glued to a letter or digit, the value is not a number of its own.
    for (const glued of ['0', '9', 'A', 'Z', 'a', 'z']) expect(found(`PESEL 44051401359${glued}`, () => true), glued).toEqual([]);
  });

  it('a value found is not read again for a label inside it', () => {
    expect(found('passport 12345 DL 67890', () => true)).toEqual([['PASSPORT', '12345 DL 67890', '12345DL67890']]);
    // Two labelled values in one text are both found.
    expect(found('PESEL 44051401359, SIN 046 454 286', () => true)).toEqual([
      ['NATIONAL_ID', '44051401359', '44051401359'],
      ['NATIONAL_ID', '046 454 286', '046454286'],
    ]);
  });
});

describe('a generic label: the value must pass one of the checksums', () => {
  it('finds each checksummed kind by its length', () => {
    const values = [
      '123456782', // BSN (9)
      '130692544', // SIN (9)
      '536228514', // SSN (9)
      '44051401359', // PESEL (11)
      '86095742719', // Steuer-ID (11)
      '52998224725', // CPF (11)
      '123456789018', // My Number (12)
      '185037511623881', // NIR (15)
      '185032A11623841', // NIR, Corsica
      '12345678Z', // DNI
      'RSSMRA85T10A562S', // codice fiscale
      '11010519491231002X', // Chinese id
    ];
    for (const value of values) expect(found(`national id ${value}`, () => true), value).toEqual([['NATIONAL_ID', value, value]]);
  });

  it('refuses each length when no checksum passes', () => {
    for (const value of ['123456789', '12345678902', '123456789012', '185037511623882', '12345678A', 'RSSMRA85T10A562T', '11010519491231002Y', '1234567890123']) {
      expect(found(`national id ${value}`, () => true), value).toEqual([]);
    }
  });
});

// ------------------------------------------------------------------ unlabelled

describe('unlabelled: exact spans and normalized values', () => {
  it('each detector', () => {
    const cases: Array<[string, [string, string, string]]> = [
      ['x AB 12 34 56 C y', ['NATIONAL_ID', 'AB 12 34 56 C', 'AB123456C']],
      ['x AB-12-34-56-C y', ['NATIONAL_ID', 'AB-12-34-56-C', 'AB123456C']],
      ['x 12.345.678-Z y', ['NATIONAL_ID', '12.345.678-Z', '12345678Z']],
      ['x X-1234567-L y', ['NATIONAL_ID', 'X-1234567-L', 'X1234567L']],
      ['x 529.982.247-25 y', ['NATIONAL_ID', '529.982.247-25', '52998224725']],
      ['x RSSMRA85T10A562S y', ['NATIONAL_ID', 'RSSMRA85T10A562S', 'RSSMRA85T10A562S']],
      ['x 1 85 03 75 116 238 81 y', ['NATIONAL_ID', '1 85 03 75 116 238 81', '185037511623881']],
      ['x 1.85.03.2A.116.238.41 y', ['NATIONAL_ID', '1.85.03.2A.116.238.41', '185032A11623841']],
      ['x 11010519491231002x y', ['NATIONAL_ID', '11010519491231002x', '11010519491231002X']],
    ];
    for (const [text, want] of cases) expect(found(text), text).toEqual([want]);
  });

  it('checksums are applied: a wrong check refuses', () => {
    for (const text of ['x QQ 12 34 56 C y', 'x 12.345.678-A y', 'x 529.982.247-26 y', 'x RSSMRA85T10A562T y', 'x 1 85 03 75 116 238 82 y', 'x 11010519491231002Y y']) expect(found(text), text).toEqual([]);
  });

  it('a label of a thing before it: nothing', () => {
    for (const text of ['x AB 12 34 56 C y', 'x 12.345.678-Z y', 'x 529.982.247-25 y', 'x RSSMRA85T10A562S y', 'x 1 85 03 75 116 238 81 y', 'x 11010519491231002X y']) {
      expect(found(text, () => true), text).toEqual([]);
    }
    // The rule is asked for the value's own start.
    const asked: number[] = [];
    detectNationalIds('x AB 12 34 56 C', [], 6, (_, start) => {
      asked.push(start);
      return false;
    });
    expect(asked).toEqual([2]);
  });

  it('each detector runs from the least count of digits its numbers have', () => {
    // The dispatcher's count of ASCII digits in the whole text: exactly what each needs.
    expect(found('AB123456C', undefined, 6)).toEqual([['NATIONAL_ID', 'AB123456C', 'AB123456C']]);
    expect(found('AB123456C', undefined, 5)).toEqual([]);
    expect(found('X1234567L', undefined, 7)).toEqual([['NATIONAL_ID', 'X1234567L', 'X1234567L']]);
    expect(found('X1234567L', undefined, 6)).toEqual([]);
    expect(found('529.982.247-25', undefined, 11)).toEqual([['NATIONAL_ID', '529.982.247-25', '52998224725']]);
    expect(found('529.982.247-25', undefined, 10)).toEqual([]);
    expect(found('185032A11623841', undefined, 13)).toEqual([['NATIONAL_ID', '185032A11623841', '185032A11623841']]);
    expect(found('185032A11623841', undefined, 12)).toEqual([]);
    expect(found('11010519491231002X', undefined, 17)).toEqual([['NATIONAL_ID', '11010519491231002X', '11010519491231002X']]);
    expect(found('11010519491231002X', undefined, 16)).toEqual([]);
    // The codice fiscale needs no digit at all (omocodia).
    expect(found('RSSMRA85T10A562S', undefined, 0)).toEqual([['NATIONAL_ID', 'RSSMRA85T10A562S', 'RSSMRA85T10A562S']]);
  });

  it('several in one text, each found', () => {
    expect(found('AB 12 34 56 C and CE 12 34 56 D').map((d) => d[1])).toEqual(['AB 12 34 56 C', 'CE 12 34 56 D']);
    expect(found('12345678Z and 87654321X').map((d) => d[1])).toEqual(['12345678Z', '87654321X']);
    expect(found('529.982.247-25 or 111.444.777-35').map((d) => d[1])).toEqual(['529.982.247-25', '111.444.777-35']);
  });
});

// ------------------------------------------------------------------ from the survivors of the after run (9323774)

describe('the checksums refuse a valid number with a character more', () => {
  it('NIR, SIN, Chinese id: nothing before or after the number', () => {
    expect(nirValid('185037511623881')).toBe(true);
    expect(nirValid('1850375116238817')).toBe(false);
    expect(nirValid('9185037511623881')).toBe(false);
    // SIN: a leading 0 leaves the Luhn sum as it is.
    expect(sinValid('0130692544')).toBe(false);
    const luhn10 = [...DIGITS].map((d) => `13069254${d}`).flatMap((nine) => [...DIGITS].map((d) => nine + d)).filter((ten) => {
      let sum = 0;
      for (let i = 0; i < ten.length; i++) {
        let v = Number(ten[ten.length - 1 - i]);
        if (i % 2 === 1) v = v * 2 > 9 ? v * 2 - 9 : v * 2;
        sum += v;
      }
      return sum % 10 === 0;
    });
    expect(luhn10.length).toBeGreaterThan(0);
    for (const ten of luhn10) expect(sinValid(ten), ten).toBe(false);
    expect(chineseIdValid('11010519491231002X')).toBe(true);
    expect(chineseIdValid('11010519491231002X5')).toBe(false);
  });

  it('a Chinese id with a digit before it is refused, even where the first 17 characters give its check character', () => {
    const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const checkOf = (s: string) => '10X98765432'[[...s.slice(0, 17)].reduce((sum, d, i) => sum + Number(d) * (WEIGHTS[i] as number), 0) % 11];
    let tried = 0;
    for (let i = 0; i < 3000 && tried < 5; i++) {
      const body = `${1 + (i % 8)}${digitsOf(5)}19${digitsOf(2)}0${1 + (i % 9)}1${i % 10}${digitsOf(3)}`;
      const id = body + (checkOf(body) as string);
      for (const before of DIGITS) {
        const longer = before + id;
        if (checkOf(longer) !== longer[17]) continue;
        tried++;
        expect(chineseIdValid(id), id).toBe(true);
        expect(chineseIdValid(longer), longer).toBe(false);
      }
    }
    expect(tried).toBeGreaterThan(0);
  });
});

describe('steuerIdValid: three in a row counts in the first ten digits only', () => {
  it('two equal digits at the end of the ten and the same check digit are valid', () => {
    const check = (ten: string) => {
      let product = 10;
      for (const d of ten) {
        let sum = (Number(d) + product) % 10;
        if (sum === 0) sum = 10;
        product = (sum * 2) % 11;
      }
      return String((11 - product) % 10);
    };
    let found = 0;
    for (const prefix of ['12345678', '23456789', '13579246', '98765432', '31415926'.replace(/1/g, '0').replace(/^0/, '3')]) {
      for (const x of DIGITS) {
        if (prefix.includes(x) || !/^[1-9]/.test(prefix) || new Set(prefix).size !== 8) continue;
        const ten = prefix + x + x;
        if (check(ten) !== x) continue;
        found++;
        expect(steuerIdValid(ten + x), ten + x).toBe(true);
      }
    }
    expect(found).toBeGreaterThan(0);
  });
});

describe('a generic label: each checksum of a length is tried', () => {
  it('nine digits: a BSN or a SIN that is no SSN (9xx is never an SSN area)', () => {
    const bsn = (eight: string) => [...DIGITS].map((d) => eight + d).find((nine) => bsnValid(nine) && !sinValid(nine));
    const nine = bsn('91234567') ?? bsn('92345678') ?? bsn('93456789');
    expect(nine).toBeDefined();
    expect(found(`national id ${nine}`, () => true)).toEqual([['NATIONAL_ID', nine, nine]]);
    const sin = [...DIGITS].map((d) => `91234567${d}`).find((value) => sinValid(value) && !bsnValid(value)) as string;
    expect(sin).toBeDefined();
    expect(found(`national id ${sin}`, () => true)).toEqual([['NATIONAL_ID', sin, sin]]);
  });

  it('eighteen digits: a Chinese id whose check is a digit', () => {
    const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    let id = '';
    for (let serial = 100; serial < 200 && id === ''; serial++) {
      const body = `11010519491231${serial}`;
      const check = '10X98765432'[[...body].reduce((sum, d, i) => sum + Number(d) * (WEIGHTS[i] as number), 0) % 11] as string;
      if (check !== 'X') id = body + check;
    }
    expect(chineseIdValid(id)).toBe(true);
    expect(found(`national id ${id}`, () => true)).toEqual([['NATIONAL_ID', id, id]]);
  });
});

describe('each label: its whole format, nothing before or after it', () => {
  it('accepts', () => {
    const cases: Array<[string, string]> = [
      ['DNI 12345678', '12345678'],
      ['NIE X1234567L', 'X1234567L'],
      ['carte vitale 1 85 03 75 116 238', '1 85 03 75 116 238'],
      ['carte vitale 1 85 03 75 116 238 81', '1 85 03 75 116 238 81'],
      ['carte vitale 1 85 03 2B 116 238 11', '1 85 03 2B 116 238 11'],
      ['Ausweis CFGHJKLM1', 'CFGHJKLM1'],
      ['身份证 11010519491231002X', '11010519491231002X'],
      ['身份证 110105194912310021', '110105194912310021'],
      ['RRN 8503121234567', '8503121234567'],
      ['personnummer 198503121238', '198503121238'],
    ];
    for (const [text, value] of cases) expect(found(text, () => true).map((d) => d[1]), text).toEqual([value]);
  });

  it('refuses', () => {
    for (const text of [
      'NI number: XQQ123456C', 'carte vitale 91850375116238', 'carte vitale 1850375116238817', 'Steuer-ID 123456789012', 'Steuer-ID 112345678901'.replace('11', '91'),
      'Ausweis CFGHJKLMN', 'CPF 123456789012', 'CPF 912345678901', 'Aadhaar 1234567890123', 'Aadhaar 2345678901234', 'personnummer AB8503121238',
      'RRN 12345678901234', '個人番号 1234567890123', 'ITIN 1912701234', 'ITIN 9127012345', '身份证 1110105194912310021', '身份证 11010519491231002XX',
    ]) expect(found(text, () => true), text).toEqual([]);
  });
});

describe('unlabelled Chinese ids: the checksum is applied', () => {
  it('a number of the shape with a wrong check character is no id', () => {
    expect(found('x 11010519491231003X y')).toEqual([]);
    expect(found('x 110105194912310020 y')).toEqual([]);
  });
});
