// Tests written to kill the mutants of the lines of addresses-intl.ts changed since 983cce9 (issue
// 13, StrykerJS, 2026-12-05: thaiVietnamese and viCount, the Brazilian abbreviated street word,
// detectPrepositionAndTurkishStreets, detectLatinAmericanStreets, detectLabelledStreets) that the
// fixes' own suites (through detectSensitive and the redactor) let live. Each detector is called
// directly and every span it pushes is compared, in order, duplicates included.
import { describe, expect, it } from 'vitest';
import { detectIntlAddresses, detectLabelledStreets, detectLatinAmericanStreets, detectPrepositionAndTurkishStreets } from './addresses-intl.js';
import type { Detection } from './types.js';

const intl = (text: string, wide = /[\u0400-\uffff]/.test(text)): string[] => {
  const out: Detection[] = [];
  detectIntlAddresses(text, out, (text.match(/\d/g) ?? []).length, (text.match(/\./g) ?? []).length, wide);
  for (const d of out) expect([d.type, d.class]).toEqual(['ADDRESS', 'pii.address']);
  return out.map((d) => text.slice(d.start, d.end));
};
const spansOf = (detect: (text: string, out: Detection[]) => void) => (text: string): string[] => {
  const out: Detection[] = [];
  detect(text, out);
  for (const d of out) expect([d.type, d.class]).toEqual(['ADDRESS', 'pii.address']);
  return out.map((d) => text.slice(d.start, d.end));
};
const deTr = spansOf(detectPrepositionAndTurkishStreets);
const latam = spansOf(detectLatinAmericanStreets);
const labelled = spansOf(detectLabelledStreets);
/** Text after the address, so that a window counted from the wrong end of the text reads nothing. */
const TAIL = `, ${'-'.repeat(60)}`;

describe('Thai addresses', () => {
  it('reads the house number and the Thai parts, the blanks, dots, dashes and slashes at the end cut', () => {
    expect(intl('ที่อยู่ 99/123 หมู่บ้านพฤกษา ถนนรามอินทรา แขวงท่าแร้ง. -/ ')).toEqual(['99/123 หมู่บ้านพฤกษา ถนนรามอินทรา แขวงท่าแร้ง']);
    expect(intl('ส่งที่ 55/7 หมู่ 3 ตำบลสุเทพ')).toEqual(['55/7 หมู่ 3 ตำบลสุเทพ']);
    expect(intl('ส่งที่ 55/7 หมู่ 3 ตำบลสุเทพ.')).toEqual(['55/7 หมู่ 3 ตำบลสุเทพ']);
  });

  it('reads no Thai address when the caller says the text has no wide character', () => {
    expect(intl('55/7 หมู่ 3 ตำบลสุเทพ', false)).toEqual([]);
  });

  it("reads Thailand's Moo and Soi in Latin letters, and nothing without them", () => {
    expect(intl('Office at 55/7 Moo 3, Suthep')).toEqual(['55/7 Moo 3']);
    expect(intl('Deliver to 88/1 Soi Sukhumvit 55, Bangkok')).toEqual(['88/1 Soi Sukhumvit 55']);
    expect(intl('Deliver to 88/1 Sukhumvit 55, Bangkok')).toEqual([]);
    // No blank between Moo or M. and its number: the hint took only a blank (both stored raw before).
    expect(intl('Office at 55/7 M.3, T.Suthep')).toEqual(['55/7 M.3']);
    expect(intl('Office at 55/7 Moo3, Suthep')).toEqual(['55/7 Moo3']);
  });
});

describe('Vietnamese addresses', () => {
  it('reads the house number and street before a ward or district, at the start and inside a text', () => {
    expect(intl('45 Nguyễn Huệ, phường Bến Nghé, Quận 1')).toEqual(['45 Nguyễn Huệ']);
    expect(intl('Giao tới 12 Lê Lợi, quận 1')).toEqual(['12 Lê Lợi']);
    expect(intl('Số 12 Lê Lợi, quận 1')).toEqual(['Số 12 Lê Lợi']);
  });

  it('reads no count: a number after a word of having or amount, or before a counted noun', () => {
    expect(intl('Nhà có 12 Lê Lợi, quận 1')).toEqual([]);
    expect(intl('có 12 Lê Lợi, quận 1')).toEqual([]);
    expect(intl(`${'Nhà ở đâu vậy bạn ơi '.repeat(3)}khoảng 12 Lê Lợi, quận 1`)).toEqual([]);
    expect(intl('Có 12 Người, quận 1')).toEqual([]);
    expect(intl('Nhà 3 Phòng, phường 4')).toEqual([]);
    expect(intl('Nhà 3  Phòng, phường 4')).toEqual([]);
    expect(intl('Nhà 3 Phòng Lớn, phường 4')).toEqual([]);
    // Each form of the house number before a counted noun: five digits, a letter, a slash and one
    // to four digits, and `Số` with more than one blank.
    expect(intl('Nhà 12345 Phòng, phường 4')).toEqual([]);
    expect(intl('Nhà 12A Phòng, phường 4')).toEqual([]);
    expect(intl('Nhà 45/7 Phòng, phường 4')).toEqual([]);
    expect(intl('Nhà 4/1234B Phòng, phường 4')).toEqual([]);
    expect(intl('Số  3 Phòng, phường 4')).toEqual([]);
    expect(intl('Giao tới 4/1234B Phong, phường 4')).toEqual(['4/1234B Phong']);
    expect(intl('Giao tới 3  Phong, phường 4')).toEqual(['3  Phong']);
    expect(intl('Số 3 Phòng, phường 4')).toEqual([]);
    // A word of having must stand alone (`Lócó` is no `có`), and a noun not counted is a street.
    expect(intl('Lócó 12 Lê Lợi, quận 1')).toEqual(['12 Lê Lợi']);
    expect(intl('Giao tới 3 Phong, phường 4')).toEqual(['3 Phong']);
  });

  it('looks back 16 characters for the word of having, the window bound reading as a start', () => {
    // `khoảng` and ten blanks are 16 characters: a letter right before them is out of the window.
    expect(intl(`Xkhoảng${' '.repeat(10)}12 Lê Lợi, quận 1`)).toEqual([]);
    expect(intl(`Xkhoảng${' '.repeat(9)}12 Lê Lợi, quận 1`)).toEqual([`12 Lê Lợi`]);
  });
});

describe('Brazilian streets after an abbreviated street word', () => {
  it('reads the street when its name has a word with no dot, and no court rule', () => {
    expect(intl('R. Augusta, 1500')).toEqual(['R. Augusta, 1500']);
    expect(intl('Rua Augusta, 1500')).toEqual(['Rua Augusta, 1500']);
    expect(intl('R. XV, 1')).toEqual(['R. XV, 1']);
    expect(intl('Av. Paulista, nº1000')).toEqual(['Av. Paulista, nº1000']);
    expect(intl('Fed. R. Civ. P. 12')).toEqual([]);
    expect(intl('Fed. R. Evid. 803')).toEqual([]);
    expect(intl('R. X. 1')).toEqual([]);
    // A street word written out needs no such word.
    expect(intl('Rua 1, 12')).toEqual(['Rua 1, 12']);
  });

  it('reads a street whose name starts with a number (R. 25 de Março, Av. 7 de Setembro)', () => {
    expect(intl('R. 25 de Março, 1000')).toEqual(['R. 25 de Março, 1000']);
    expect(intl('Entrega: Av. 7 de Setembro, 100')).toEqual(['Av. 7 de Setembro, 100']);
  });
});

describe('German streets led by a preposition', () => {
  it("reads the street alone after a cue, the cue's window counted back from the street", () => {
    expect(deTr(`wohnhaft An der Alster 12${TAIL}`)).toEqual(['An der Alster 12']);
    expect(deTr(`Frau Henrike Vosskamp, Am Südpark 7a${TAIL}`)).toEqual(['Am Südpark 7a']);
    expect(deTr(`${'x'.repeat(60)} wohnhaft Im Tal 4`)).toEqual(['Im Tal 4']);
  });

  it('reads a cue only within 48 characters before the street', () => {
    // `Frau`, a name and a comma: 48 characters, then 49.
    expect(deTr(`Frau A${'b'.repeat(40)}, Am Südpark 7a`)).toEqual(['Am Südpark 7a']);
    expect(deTr(`Frau A${'b'.repeat(41)}, Am Südpark 7a`)).toEqual([]);
  });

  it('takes five digits, or a letter and four, as the postcode that makes it an address alone', () => {
    expect(deTr('Am Südpark 7a, 04275 Leipzig')).toEqual(['Am Südpark 7a, 04275 Leipzig']);
    expect(deTr('Am Graben 3, A-1010 Wien')).toEqual(['Am Graben 3, A-1010 Wien']);
    expect(deTr('Am Graben 3, CH-8001 Zürich')).toEqual(['Am Graben 3, CH-8001 Zürich']);
    expect(deTr('Am Graben 3, 1010 Wien')).toEqual([]);
    expect(deTr('Im Kapitel 3, 2000 Beispiele')).toEqual([]);
    expect(deTr('Am Montag 3 Termine')).toEqual([]);
    expect(deTr('Anschrift: Am Graben 3, 1010 Wien')).toEqual(['Am Graben 3, 1010 Wien']);
  });
});

describe('Turkish streets', () => {
  it('reads the capitalized form and the loose form, each once', () => {
    expect(deTr('Bağdat Caddesi No: 212 Daire: 9')).toEqual(['Bağdat Caddesi No: 212 Daire: 9', 'Bağdat Caddesi No: 212 Daire: 9']);
    expect(deTr('Caferağa Mah. Moda Cad. No: 5')).toEqual(['Caferağa Mah. Moda Cad. No: 5', 'Moda Cad. No: 5']);
    expect(deTr('adresim bağdat caddesi no: 212 daire: 9, kadıköy/istanbul')).toEqual(['bağdat caddesi no: 212 daire: 9, kadıköy/istanbul']);
  });

  it('reads a street without No when a flat, a floor or the district and city follow its number', () => {
    expect(deTr('Bağdat Caddesi 212/9')).toEqual(['Bağdat Caddesi 212/9']);
    expect(deTr('Gül Sokak 8 Kat: 2')).toEqual(['Gül Sokak 8 Kat: 2']);
    expect(deTr('Gül Sokak 8 K. 2')).toEqual(['Gül Sokak 8 K. 2']);
    expect(deTr('İstiklal Caddesi 101, Beyoğlu/İstanbul')).toEqual(['İstiklal Caddesi 101, Beyoğlu/İstanbul']);
    expect(deTr('Bağdat Caddesi 212')).toEqual([]);
    expect(deTr('adresim gül sokak no: 8')).toEqual(['gül sokak no: 8']);
    expect(deTr('gül sokak 8 sonra')).toEqual([]);
  });
});

describe('Colombian and Peruvian streets', () => {
  it('reads the Colombian form and the jirón', () => {
    expect(latam('Carrera 43A # 1 Sur-100')).toEqual(['Carrera 43A # 1 Sur-100']);
    expect(latam('Calle 8 del mapa')).toEqual([]);
    expect(latam(`vive en Jr. Junín 345${TAIL}`)).toEqual(['Jr. Junín 345']);
    expect(latam('Jr. de la Unión 840')).toEqual(['Jr. de la Unión 840']);
  });

  it('refuses Jr. after a capitalized word (English Junior) unless it is an address label', () => {
    expect(latam(`Robert Downey Jr. Award 2024${TAIL}`)).toEqual([]);
    expect(latam(`Dirección Jr. Junín 345${TAIL}`)).toEqual(['Jr. Junín 345']);
    expect(latam(`Domicilio Jr. Junín 345`)).toEqual(['Jr. Junín 345']);
    // The 40 characters before it: a capitalized word further back is out of reach.
    expect(latam(`Robert${' '.repeat(3)}Jr. Junín 345`)).toEqual([]);
  });
});

describe('streets after a label', () => {
  it('reads the street after the cue, the cue left out', () => {
    expect(labelled(`Aadress: Narva mnt 7-12${TAIL}`)).toEqual(['Narva mnt 7-12']);
    expect(labelled('Bydliště: Vinohradská 1234/56')).toEqual(['Vinohradská 1234/56']);
    expect(labelled('meno stin Athina 3 Meres')).toEqual(['Athina 3']);
    // Every cue the pattern reads passes the gate (the three below were refused by it before).
    expect(labelled('dieuthinsi: Tsimiski 44')).toEqual(['Tsimiski 44']);
    expect(labelled('elan\tRahu 5')).toEqual(['Rahu 5']);
    expect(labelled('meno  stin Tsimiski 44')).toEqual(['Tsimiski 44']);
  });

  it("needs a capital as written at the street's start, and no lower-case word after the number", () => {
    expect(labelled('elukoht: tartu Rahu 5')).toEqual([]);
    expect(labelled('aadress: narva mnt 7')).toEqual([]);
    expect(labelled('meno stin Athina 3 meres')).toEqual([]);
    expect(labelled('meno stin Athina 3 me')).toEqual(['Athina 3']);
  });

  it('reads an Indian house number first, and a plain number after the cue, the cue left out', () => {
    expect(labelled('14/2 Nehru Nagar')).toEqual(['14/2 Nehru Nagar']);
    expect(labelled('ghar ka pata: 12 Shanti Nagar')).toEqual(['12 Shanti Nagar']);
    expect(labelled('12 Shanti Nagar')).toEqual([]);
  });
});
