// Issue 11, the twelfth probe (2026-12-05e), the open part of row L10 (test/redaction/probe-2026-12-05e.cases.md):
// a German preposition street with no postcode after it, Austrian and Swiss four-digit postcodes after
// one, Turkish streets in lower case or without `No`.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../packages/core/src/index.js';
import { timeRatio } from './linear-time.js';
import { kept, leaks, masked } from './masked-text.js';

const check = (text: string, values: string[], around: string[] = []) => {
  expect([masked(text), leaks(text, values)]).toEqual([masked(text), []]);
  expect([masked(text), kept(text, around)]).toEqual([masked(text), []]);
};

describe('L10 (open part): German preposition streets without a postcode, AT/CH postcodes', () => {
  it('after a word of dwelling, an address label or a titled person and a comma', () => {
    check('Der Mieter ist wohnhaft An der Alster 12 in Hamburg.', ['Alster 12'], ['Der Mieter ist wohnhaft', 'in Hamburg.']);
    check('Anschrift: Im Tal 4', ['Tal 4'], ['Anschrift: ']);
    check('Bitte an Herrn Jonas Weber, Am Südpark 7a liefern.', ['Südpark 7a'], ['liefern.']);
    check('Lieferadresse ist Auf dem Berge 5.', ['Berge 5']);
  });
  it('Austrian and Swiss postcodes after a preposition street', () => {
    check('Wohnhaft Am Graben 3, 1010 Wien', ['Graben 3', '1010'], ['Wohnhaft ']);
    check('Zustellung: Im Ried 12, CH-8001 Zürich', ['Ried 12', '8001', 'Zürich']);
    check('Kanzlei Unter den Linden 9, A-1060 Wien, Tel. folgt', ['Linden 9', '1060']);
  });
  it('kept: German prose with capitalized nouns and numbers', () => {
    for (const text of ['Am Montag 3 Termine und am Dienstag 4 Termine.', 'Im Kapitel 3 steht es anders.', 'Im Jahr 2026 kamen viele.', 'Unter den Top 10 der Liga', 'Die Sitzung Am Hof 3 Mal verschoben']) {
      expect([text, detectSensitive(text).filter((d) => d.type === 'ADDRESS')]).toEqual([text, []]);
    }
  });
});

describe('L10 (open part): Turkish streets in lower case or without No', () => {
  it('in lower case', () => {
    check('adresim bağdat caddesi no: 212 daire: 9, kadıköy/istanbul', ['bağdat caddesi no: 212', 'daire: 9', 'kadıköy'], ['adresim ']);
    check('evim atatürk cad. no 45 d: 7', ['atatürk cad', 'no 45', 'd: 7'], ['evim ']);
  });
  it('without No: a flat after a slash, a flat or floor label, or the slashed district and city', () => {
    check('Adres: Bağdat Caddesi 212/9, Suadiye/Kadıköy/İstanbul', ['Bağdat Caddesi 212', '/9', 'Suadiye'], ['Adres: ']);
    check('Teslimat: Gül Sokak 8 Kat: 2', ['Gül Sokak 8', 'Kat: 2'], ['Teslimat: ']);
    check('İstiklal Caddesi 101, Beyoğlu/İstanbul', ['İstiklal Caddesi 101', 'Beyoğlu']);
  });
  it('kept: street names with a count or no number', () => {
    for (const text of ['Bağdat Caddesi 3 km uzakta.', 'bağdat caddesi çok kalabalık bugün', 'Sokak 5 dakika ötede']) {
      expect([text, detectSensitive(text).filter((d) => d.type === 'ADDRESS')]).toEqual([text, []]);
    }
  });
  it('linear: repeated forms and hostile runs', () => {
    const make = (n: number) => 'wohnhaft Am Am Am 12 An der Alster 12 A-1060 Wien; bağdat bağdat caddesi caddesi 212/9 no: daire: '.repeat(Math.ceil(n / 96)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});
