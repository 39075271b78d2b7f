// Issue 13: direct calls of file-name-persons.ts detectFileNameBirthDates, birthDate and the spaced word before a
// file's stem (SPACED_WORD_BEFORE and its call in detectFileNamePersons; F13 of the README-only leak probe of
// 2026-12-07), written from the Stryker run of 2026-12-07 (docs/TESTING.md, its row), whose only tests went through
// the redactor (test/redaction/path-names-2026-12-07.test.ts). Exact spans and values; the date's three orders and the
// dashed one, the calendar's and the years' bounds, the joiners `_` and `-` and none, the rest of a file's name after
// the date (its length, its extension in any case, a glued letter), the detections before `from` and of other types.
import { describe, expect, it } from 'vitest';
import { detectFileNameBirthDates, detectFileNamePersons } from './file-name-persons.js';
import type { Detection } from './types.js';

type Found = [string, string, string | undefined];
const shown = (text: string, out: readonly Detection[]): Found[] => out.map((d) => [text.slice(d.start, d.end), d.type, d.normalized]);

/** The dates of birth read after a PERSON given at `name` (its first occurrence) in `text`. */
const dates = (text: string, name: string, type = 'PERSON'): Found[] => {
  const start = text.indexOf(name);
  const out: Detection[] = [{ start, end: start + name.length, type: type as 'PERSON', class: 'pii.person' }];
  detectFileNameBirthDates(text, out, 0);
  for (const d of out.slice(1)) expect(d.class).toBe('pii.date_of_birth');
  return shown(text, out.slice(1));
};
const dob = (value: string): Found[] => [[value, 'DOB', value]];
const latest = new Date().getUTCFullYear() - 10;

describe('detectFileNameBirthDates', () => {
  it('`_` or `-` after the name, then eight digits or YYYY-MM-DD, then the rest of a file name', () => {
    expect(dates('Brunnhuber_Hildegard_03071948.pdf', 'Brunnhuber_Hildegard')).toEqual(dob('03071948'));
    expect(dates('Brunnhuber_Hildegard-03071948.pdf', 'Brunnhuber_Hildegard')).toEqual(dob('03071948'));
    expect(dates('Tevita Fifita-1972-03-12.jpg', 'Tevita Fifita')).toEqual(dob('1972-03-12'));
    expect(dates('Tevita Fifita_1972-03-12_scan.JPG', 'Tevita Fifita')).toEqual(dob('1972-03-12'));
    // No joiner, another joiner, nothing after the name.
    expect(dates('Brunnhuber_Hildegard03071948.pdf', 'Brunnhuber_Hildegard')).toEqual([]);
    expect(dates('Brunnhuber_Hildegard.03071948.pdf', 'Brunnhuber_Hildegard')).toEqual([]);
    expect(dates('Brunnhuber_Hildegard 03071948.pdf', 'Brunnhuber_Hildegard')).toEqual([]);
    expect(dates('Brunnhuber_Hildegard', 'Brunnhuber_Hildegard')).toEqual([]);
  });

  it("the date's shape: eight digits whole, or four, two and two dashed", () => {
    expect(dates('Hildegard Brunnhuber_0307194.pdf', 'Hildegard Brunnhuber')).toEqual([]);
    expect(dates('Hildegard Brunnhuber_030719481.pdf', 'Hildegard Brunnhuber')).toEqual([]);
    expect(dates('Hildegard Brunnhuber_03071948a.pdf', 'Hildegard Brunnhuber')).toEqual([]);
    expect(dates('Hildegard Brunnhuber_1948-7-03.pdf', 'Hildegard Brunnhuber')).toEqual([]);
    expect(dates('Hildegard Brunnhuber_1948-07-3.pdf', 'Hildegard Brunnhuber')).toEqual([]);
    expect(dates('Hildegard Brunnhuber_948-07-03.pdf', 'Hildegard Brunnhuber')).toEqual([]);
    expect(dates('Hildegard Brunnhuber_1948/07/03.pdf', 'Hildegard Brunnhuber')).toEqual([]);
  });

  it("the rest of a file's name: up to 80 name characters to a listed extension, none glued after it", () => {
    const rest = 'a'.repeat(80);
    expect(dates(`Hildegard Brunnhuber_03071948_${rest.slice(1)}.pdf`, 'Hildegard Brunnhuber')).toEqual(dob('03071948'));
    expect(dates(`Hildegard Brunnhuber_03071948_${rest}.pdf`, 'Hildegard Brunnhuber')).toEqual([]);
    expect(dates('Hildegard Brunnhuber_03071948-x.y_z.pdf', 'Hildegard Brunnhuber')).toEqual(dob('03071948'));
    expect(dates('Hildegard Brunnhuber_03071948_Bérénice.pdf', 'Hildegard Brunnhuber')).toEqual(dob('03071948'));
    expect(dates('Hildegard Brunnhuber_03071948_Be\u0301a.pdf', 'Hildegard Brunnhuber')).toEqual(dob('03071948'));
    expect(dates('Hildegard Brunnhuber_03071948_2.pdf', 'Hildegard Brunnhuber')).toEqual(dob('03071948'));
    expect(dates('Hildegard Brunnhuber_03071948 scan.pdf', 'Hildegard Brunnhuber')).toEqual([]);
    expect(dates('Hildegard Brunnhuber_03071948.pdfx', 'Hildegard Brunnhuber')).toEqual([]);
    expect(dates('Hildegard Brunnhuber_03071948.pdf1', 'Hildegard Brunnhuber')).toEqual([]);
    expect(dates('Hildegard Brunnhuber_03071948.pdf.zip', 'Hildegard Brunnhuber')).toEqual(dob('03071948'));
    expect(dates('Hildegard Brunnhuber_03071948.exe', 'Hildegard Brunnhuber')).toEqual([]);
    expect(dates('Hildegard Brunnhuber_03071948pdf', 'Hildegard Brunnhuber')).toEqual([]);
    for (const extension of ['pdf', 'jpg', 'jpeg', 'png', 'gif', 'heic', 'heif', 'tif', 'tiff', 'bmp', 'webp', 'doc', 'docx', 'odt', 'rtf', 'txt', 'xls', 'xlsx', 'ods', 'csv', 'ppt', 'pptx', 'eml', 'msg', 'zip', 'dcm', 'xml', 'json', 'hl7']) {
      for (const written of [extension, extension.toUpperCase()]) expect([written, dates(`Hildegard Brunnhuber_03071948.${written} ok`, 'Hildegard Brunnhuber')]).toEqual([written, dob('03071948')]);
    }
  });

  it('each PERSON from `from` on, once; other types and earlier detections are not read', () => {
    expect(dates('Hildegard Brunnhuber_03071948.pdf', 'Hildegard Brunnhuber', 'ORG')).toEqual([]);
    const text = 'Brunnhuber_Hildegard_03071948.pdf Wendelin_Kasimir_30111951.pdf';
    const at = (name: string): Detection => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, type: 'PERSON', class: 'pii.person' });
    const out = [at('Brunnhuber_Hildegard'), at('Wendelin_Kasimir')];
    detectFileNameBirthDates(text, out, 1);
    expect(shown(text, out.slice(2))).toEqual(dob('30111951'));
    const both = [at('Brunnhuber_Hildegard'), at('Wendelin_Kasimir')];
    detectFileNameBirthDates(text, both, 0);
    expect(shown(text, both.slice(2))).toEqual([...dob('03071948'), ...dob('30111951')]);
    expect(both.slice(2).map((d) => d.class)).toEqual(['pii.date_of_birth', 'pii.date_of_birth']);
  });
});

describe('birthDate', () => {
  it('YYYYMMDD, DDMMYYYY and MMDDYYYY; YYYY-MM-DD only so', () => {
    expect(dates('Hildegard Brunnhuber_19480703.pdf', 'Hildegard Brunnhuber')).toEqual(dob('19480703'));
    expect(dates('Hildegard Brunnhuber_13071948.pdf', 'Hildegard Brunnhuber')).toEqual(dob('13071948'));
    expect(dates('Hildegard Brunnhuber_07131948.pdf', 'Hildegard Brunnhuber')).toEqual(dob('07131948'));
    // `1912-19-48` read as DDMMYYYY would be the 19th of December 1948.
    expect(dates('Hildegard Brunnhuber_1912-19-48.pdf', 'Hildegard Brunnhuber')).toEqual([]);
    expect(dates('Hildegard Brunnhuber_1948-07-03.pdf', 'Hildegard Brunnhuber')).toEqual(dob('1948-07-03'));
  });

  it("the calendar's bounds: months 1 to 12, days 1 to the month's last", () => {
    for (const [value, valid] of [
      ['19480101', true], ['19481231', true], ['19480001', false], ['19481301', false], ['19480100', false], ['19480132', false],
      ['19480229', true], ['19490229', false], ['19480430', true], ['19480431', false],
      ['01011948', true], ['31121948', true], ['00011948', false], ['32011948', false], ['01001948', false], ['01131948', true], ['13131948', false],
      ['12311948', true], ['12001948', false], ['00121948', false], ['29021949', false], ['02291948', true],
      ['1948-01-01', true], ['1948-12-31', true], ['1948-00-10', false], ['1948-13-10', false], ['1948-02-30', false], ['1948-03-00', false],
    ] as const) expect([value, dates(`Hildegard Brunnhuber_${value}.pdf`, 'Hildegard Brunnhuber')]).toEqual([value, valid ? dob(value) : []]);
  });

  it('years from 1900 to ten years before now', () => {
    for (const [year, valid] of [[1900, true], [1899, false], [latest, true], [latest + 1, false], [0, false]] as const) {
      const y = String(year).padStart(4, '0');
      for (const value of [`${y}0615`, `1506${y}`, `0615${y}`, `${y}-06-15`]) expect([value, dates(`Hildegard Brunnhuber_${value}.pdf`, 'Hildegard Brunnhuber')]).toEqual([value, valid ? dob(value) : []]);
    }
  });
});

describe('a spaced word before the stem (SPACED_WORD_BEFORE)', () => {
  const persons = (text: string): Found[] => {
    const out: Detection[] = [];
    detectFileNamePersons(text, out);
    for (const d of out) expect([d.type, d.class]).toEqual(['PERSON', 'pii.person']);
    return shown(text, out);
  };
  it("one capitalized name word and a blank right before the stem's first name word", () => {
    expect(persons('upload /scans/Hildegard Brunnhuber_03071948.pdf done')).toEqual([['Hildegard Brunnhuber', 'PERSON', 'hildegard brunnhuber']]);
    expect(persons('Hildegard Brunnhuber_03071948.pdf')).toEqual([['Hildegard Brunnhuber', 'PERSON', 'hildegard brunnhuber']]);
    expect(persons('Hildegard Brunnhuber-Passport.png')).toEqual([['Hildegard Brunnhuber', 'PERSON', 'hildegard brunnhuber']]);
  });
  it('a lower-case word, a word glued to a joiner, a digit or a letter before it, a word of two letters, two blanks, or a stem that starts with a joiner: not read', () => {
    expect(persons('hildegard Brunnhuber_Wendelin_Passport.pdf')).toEqual([['Brunnhuber_Wendelin', 'PERSON', 'brunnhuber wendelin']]);
    expect(persons('x_Hildegard Brunnhuber_Wendelin_Passport.pdf')).toEqual([['Brunnhuber_Wendelin', 'PERSON', 'brunnhuber wendelin']]);
    expect(persons('Ohne Hildegard  Brunnhuber_03071948.pdf')).toEqual([]);
    expect(persons('Ab Brunnhuber_Wendelin_Passport.pdf')).toEqual([['Brunnhuber_Wendelin', 'PERSON', 'brunnhuber wendelin']]);
    expect(persons('Hildegard _Brunnhuber_03071948.pdf')).toEqual([]);
    expect(persons('see Hildegard _.pdf')).toEqual([]);
  });
});
