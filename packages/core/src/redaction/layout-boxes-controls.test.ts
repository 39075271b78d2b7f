// The digits of a number are all there, but interleaved with layout (the third README-only probe of
// 2026-12-04): H8 digits written in the boxes of a form (OCR), H7 control characters and Unicode line
// separators between its groups, H15 OCR letters for digits in a date after a birth cue. The probe's
// inputs, held-back inputs of the same kinds, and look-alikes that stay.
import { describe, expect, it } from 'vitest';
import { birthDateEnd, detectSensitive } from './detectors.js';
import { layoutView } from './layout-view.js';

/** Each span found, as [type, the text it covers]. */
const spans = (text: string) => detectSensitive(text).map((d) => [d.type, text.slice(d.start, d.end)]);
const normalizedOf = (text: string, type: string) => detectSensitive(text).find((d) => d.type === type)?.normalized;
/** The spans of the kinds this file is about (a look-alike must give none of them). */
const numberSpans = (text: string) => spans(text).filter(([type]) => ['SSN', 'CARD', 'PHONE', 'DOB', 'EMAIL', 'NATIONAL_ID', 'IBAN'].includes(type as string));

describe('H8: digits in the boxes of a form', () => {
  it.each([
    ['Social Security Number |5|3|6|2|2|8|5|1|4|', 'SSN', '5|3|6|2|2|8|5|1|4|'],
    ['Date of Birth [0][3][1][2][1][9][8][4]', 'DOB', '0][3][1][2][1][9][8][4]'],
    ['Card [4][1][1][1] [1][1][1][1] [1][1][1][1] [1][1][1][1]', 'CARD', '4][1][1][1] [1][1][1][1] [1][1][1][1] [1][1][1][1]'],
    ['SSN (5)(3)(6)(2)(2)(8)(5)(1)(4)', 'SSN', '5)(3)(6)(2)(2)(8)(5)(1)(4)'],
    ['SSN │5│3│6│2│2│8│5│1│4│', 'SSN', '5│3│6│2│2│8│5│1│4│'],
    ['SSN | 5 | 3 | 6 | 2 | 2 | 8 | 5 | 1 | 4 |', 'SSN', '5 | 3 | 6 | 2 | 2 | 8 | 5 | 1 | 4 |'],
    // held back: other numbers, boxes holding the separators, groups apart, boxes apart by blanks
    ['SSN |4|1|2|-|6|7|-|3|3|9|0|', 'SSN', '4|1|2|-|6|7|-|3|3|9|0|'],
    ['| 4 | 1 | 2 |   | 6 | 7 |   | 3 | 3 | 9 | 0 |', 'SSN', '| 4 | 1 | 2 |   | 6 | 7 |   | 3 | 3 | 9 | 0 |'],
    ['Date of birth: [1][2]/[0][3]/[1][9][8][4]', 'DOB', '1][2]/[0][3]/[1][9][8][4]'],
    ['card number (5)(5)(0)(0) (0)(0)(0)(0) (0)(0)(0)(0) (0)(0)(0)(4)', 'CARD', '5)(5)(0)(0) (0)(0)(0)(0) (0)(0)(0)(0) (0)(0)(0)(4)'],
    ['SSN [4] [1] [2] [6] [7] [3] [3] [9] [0]', 'SSN', '4] [1] [2] [6] [7] [3] [3] [9] [0]'],
    ['DOB ║1║9║7║9║-║1║1║-║0║2║', 'DOB', '1║9║7║9║-║1║1║-║0║2║'],
    ['Phone: ┃4┃1┃5┃ ┃5┃5┃5┃ ┃0┃1┃3┃2┃', 'PHONE', '4┃1┃5┃ ┃5┃5┃5┃ ┃0┃1┃3┃2┃'],
  ])('%s: %s masked', (text, type, value) => {
    expect(spans(text)).toContainEqual([type, value]);
  });

  it('a boxed number has the pseudonym of the number written plainly (the same normalized value)', () => {
    expect(normalizedOf('Social Security Number |5|3|6|2|2|8|5|1|4|', 'SSN')).toBe(normalizedOf('Social Security Number 536228514', 'SSN'));
    expect(normalizedOf('Card [4][1][1][1] [1][1][1][1] [1][1][1][1] [1][1][1][1]', 'CARD')).toBe(normalizedOf('Card 4111 1111 1111 1111', 'CARD'));
  });

  it.each([
    '| Qty | 5 |',
    '| Qty | 5 | 3 | 6 |',
    '| Item | Qty |\n|---|---|\n| pens | 5 |\n| pads | 3 |',
    'as shown in [1][2]',
    'Section [3][1] applies',
    'see [1][2][3][4] and [5]',
    '§ 164.514(b)(2)(i)(A)',
    'Step (1)(2)(3) then (4)',
    'tic-tac-toe |X|O|X| |O|X|O|',
    'checklist [x] [ ] [x] [x]',
    'array a[1][2][3][4] = 0',
    'Name |V|L|I|N|T|U|K|',
  ])('look-alike %j stays', (text) => {
    expect(numberSpans(text)).toEqual([]);
  });
});

describe('H7: control characters and Unicode line separators inside a number', () => {
  it.each([
    ['SSN\t536\t22\t8514', 'SSN', '536\t22\t8514'],
    ['536\u000022\u00008514', 'SSN', '536\u000022\u00008514'],
    ['4111\u00001111\u00001111\u00001111', 'CARD', '4111\u00001111\u00001111\u00001111'],
    ['qxaro.vlintuk\u0000@example.org', 'EMAIL', 'qxaro.vlintuk\u0000@example.org'],
    ['412\u202867\u20283390', 'SSN', '412\u202867\u20283390'],
    ['415\u0085555\u00850132', 'PHONE', '415\u0085555\u00850132'],
    ['536\u000b22\u000b8514', 'SSN', '536\u000b22\u000b8514'],
    // held back: other controls (C0, DEL, C1, FF, U+2029), other numbers and places
    ['ssn: 412\t67\t3390 (verified)', 'SSN', '412\t67\t3390'],
    ['SSN 412\u000167\u00013390', 'SSN', '412\u000167\u00013390'],
    ['on file 536\u001f22\u001f8514', 'SSN', '536\u001f22\u001f8514'],
    ['on file 536\u007f22\u007f8514', 'SSN', '536\u007f22\u007f8514'],
    ['on file 536\u009622\u00968514', 'SSN', '536\u009622\u00968514'],
    ['on file 536\u202922\u20298514', 'SSN', '536\u202922\u20298514'],
    ['on file 412\u000c67\u000c3390', 'SSN', '412\u000c67\u000c3390'],
    ['card 5500\u00000000\u00000000\u00000004', 'CARD', '5500\u00000000\u00000000\u00000004'],
    ['mail amara\u0000.okafor@example.com', 'EMAIL', 'amara\u0000.okafor@example.com'],
    ['amara.okafor@exam\u0000ple.com', 'EMAIL', 'amara.okafor@exam\u0000ple.com'],
    // UTF-16LE text read as single bytes: a NUL after every character
    ['S\u0000S\u0000N\u0000 \u00005\u00003\u00006\u0000-\u00002\u00002\u0000-\u00008\u00005\u00001\u00004\u0000', 'SSN', '5\u00003\u00006\u0000-\u00002\u00002\u0000-\u00008\u00005\u00001\u00004\u0000'],
  ])('%j: %s masked', (text, type, value) => {
    expect(spans(text)).toContainEqual([type, value]);
  });

  it('a TSV row under a header whose last cell is an identifier label (`serial`): the label names its column, not the row below', () => {
    expect(spans('area\tgroup\tserial\n536\t22\t8514')).toContainEqual(['SSN', '536\t22\t8514']);
    expect(spans('area\tgroup\tserial\r\n412\t67\t3390\r\n')).toContainEqual(['SSN', '412\t67\t3390']);
    expect(spans('area|group|serial\n536-22-8514')).toContainEqual(['SSN', '536-22-8514']);
    // A label on its own line, or before the value on its line, still labels it.
    expect(numberSpans('Serial:\n536-22-8514')).toEqual([]);
    expect(numberSpans('Ticket\n884-21-7730')).toEqual([]);
    expect(numberSpans('part\tserial 536-22-1234')).toEqual([]);
  });

  it('the number has the pseudonym of the number written plainly (the same normalized value)', () => {
    expect(normalizedOf('536\u000022\u00008514', 'SSN')).toBe(normalizedOf('536 22 8514', 'SSN'));
    expect(normalizedOf('SSN\t536\t22\t8514', 'SSN')).toBe(normalizedOf('SSN 536-22-8514', 'SSN'));
    expect(normalizedOf('qxaro.vlintuk\u0000@example.org', 'EMAIL')).toBe(normalizedOf('qxaro.vlintuk@example.org', 'EMAIL'));
  });

  it.each([
    'total\t1200\t34\t5678',
    'subtotal\t19.99\t59.97',
    'total\tdob\n9.99\t1984-03-12',
    'price\t12\t03\t1984 units',
    'Qty\tPrice\tTotal\n3\t19.99\t59.97\n12\t4.50\t54.00',
    'id\tqty\tamount\n1001\t2\t1500.00',
    '2026\t12\t04\t10\t30',
    'page 1\t2\t3\t4',
    'line one\u2028line two\u2029and 42\u2028items',
    'a\u0000b\u0000c 12\u000034',
    'x\u0085y 1\u00852',
    'version 1\u00002\u00003',
  ])('look-alike %j stays', (text) => {
    expect(numberSpans(text)).toEqual([]);
  });
});

describe('H15: OCR letters for digits in a date after a birth cue', () => {
  it.each([
    ['DOB: O3/I2/1984', 'O3/I2/1984', '03/12/1984'],
    ['Date of birth: 1984-O3-l2', '1984-O3-l2', '1984-03-12'],
    // held back: other letters (o, i, Z, S, B), other cues and orders
    ['D.O.B. l2.O3.I984', 'l2.O3.I984', '12.03.1984'],
    ['born on O7/2l/1979', 'O7/2l/1979', '07/21/1979'],
    ['birthDate: 1979-ll-O2', '1979-ll-O2', '1979-11-02'],
    ['Geburtsdatum: l2.o3.1984', 'l2.o3.1984', '12.03.1984'],
    ['DOB 19B4-03-12', '19B4-03-12', '1984-03-12'],
    ['DOB: 03/1Z/19B4', '03/1Z/19B4', '03/12/1984'],
    ['dob=0S/12/1984;', '0S/12/1984', '05/12/1984'],
  ])('%s: the date is masked, with the plain date’s value', (text, date, plain) => {
    const found = detectSensitive(text).filter((d) => d.type === 'DOB');
    expect(found.map((d) => text.slice(d.start, d.end))).toEqual([date]);
    expect(found[0]?.normalized).toBe(plain);
  });

  it('a date-of-birth value in a text pair is read so too (birthDateEnd)', () => {
    expect(birthDateEnd('O3/I2/1984, next')).toBe(10);
    expect(birthDateEnd('1984-O3-l2')).toBe(10);
    expect(birthDateEnd('Ol/Ol/OlOl')).toBe(-1);
  });

  it.each([
    'O2 saturation 98%',
    'ICD I10 code',
    'l0gin failed',
    'DOB unknown',
    'DOB: SOS',
    'DOB: see file I-2',
    'DOB: ISO 8601',
    'born in Ohio',
    'DOB: Ol/Ol/OlOl',
    'born lOO years ago',
    'DOB: l0/lO/l0l0 (test)',
    'SSN 536-22-85l4 and O3/I2/1984',
  ])('look-alike %j stays (no DOB)', (text) => {
    expect(detectSensitive(text).filter((d) => d.type === 'DOB')).toEqual([]);
  });
});

describe('the layout view of boxes and controls', () => {
  it('drops the boxes and an invisible control, reads a tab or a line separator between digits as a blank', () => {
    expect(layoutView('SSN |5|3|6|2|')?.text).toBe('SSN 5362');
    expect(layoutView('SSN [5] [3] [6] [2]')?.text).toBe('SSN 5362');
    expect(layoutView('[4][1][1][1] [1][1][1][1]')?.text).toBe('4111 1111');
    expect(layoutView('|4|1|2|-|6|7| |3|3|9|0|')?.text).toBe('412-67 3390');
    expect(layoutView('a\u0000b 536\u000022')?.text).toBe('ab 536 22');
    expect(layoutView('SSN\t536\t22\u20288514')?.text).toBe('SSN\t536 22 8514');
  });

  it('a hostile text of boxes and controls is read (the test timeout bounds it)', () => {
    const text = '|5|3|6|2|2|8|5|1|4|[1][2](3)\u00005\u00006\t7\u2028'.repeat(10_000) + ' SSN 536\u000022\u00008514';
    expect(spans(text)).toContainEqual(['SSN', '536\u000022\u00008514']);
  });
});
