import { describe, expect, it } from 'vitest';
import { type CrewKinds, detectCrewLists } from './crew-lists.js';
import type { Detection } from './types.js';

// Issue 13: crew-lists.ts under Stryker (docs/TESTING.md). detectCrewLists called directly, no
// redactor: every detection as [text, start, end, type], in the order found. Invented names
// (`QXARO VLINTUK`).
const ALL: CrewKinds = { names: true, dates: true, ids: true };
const found = (text: string, kinds: CrewKinds = ALL): Array<[string, number, number, string]> => {
  const out: Detection[] = [];
  detectCrewLists(text, out, kinds);
  return out.map((d) => [text.slice(d.start, d.end), d.start, d.end, d.type]);
};
const at = (text: string, value: string, type: string, from = 0): [string, number, number, string] => {
  const start = text.indexOf(value, from);
  if (start === -1) throw new Error(`${value} not in ${text}`);
  return [value, start, start + value.length, type];
};
/** The three detections of a row with names, a date and a document. */
const row = (text: string, names: string, date: string, document: string, from = 0) => [at(text, names, 'PERSON', from), at(text, date, 'DOB', from), at(text, document, 'PASSPORT', from)];

describe('a crew row with a document number (no cue needed)', () => {
  it.each([
    ['1 DELA CRUZ JUAN MIGUEL Master PHL 12-MAR-1975 P1234567A', 'DELA CRUZ JUAN MIGUEL', '12-MAR-1975', 'P1234567A'],
    ['12. QXARO VLINTUK AB RUS 12.03.1975 753219864', 'QXARO VLINTUK', '12.03.1975', '753219864'],
    ['7 | VLINTUK | QXARO | Navigator | RUS | 1985-11-02 | Murmansk | 753219864', 'VLINTUK | QXARO', '1985-11-02', '753219864'],
    ['3) QXARO VLINTUK OILER IND 14 Feb 1979 Mumbai Andheri ABC12345', 'QXARO VLINTUK', '14 Feb 1979', 'ABC12345'],
    ['  4\tQXARO;VLINTUK,CHIEF OFFICER,GBR,02/03/79,Z1234567', 'QXARO;VLINTUK', '02/03/79', 'Z1234567'],
    ["5 O'NEIL ANNE-MARIE D’ARCY ST.JOHN Cook IRL 1-1-1980 1234567890", "O'NEIL ANNE-MARIE D’ARCY ST.JOHN", '1-1-1980', '1234567890'],
  ])('%s', (text, names, date, document) => {
    expect(found(text)).toEqual(row(text, names, date, document));
  });
  it('each row of a text, at its place', () => {
    const text = 'No Name Rank Nat DOB Passport\n1 QXARO VLINTUK AB PHL 12-MAR-1975 P1234567A\n\n2 DORRIC HALVERSHAM OS RUS 01.02.1980 753219864';
    expect(found(text)).toEqual([...row(text, 'QXARO VLINTUK', '12-MAR-1975', 'P1234567A'), ...row(text, 'DORRIC HALVERSHAM', '01.02.1980', '753219864')]);
  });
  it('a row indented by more than eight blanks, with no cue in the text (it was not read until 2026-12-05, mutation run)', () => {
    const text = '          1 QXARO VLINTUK Master PHL 12-MAR-1975 P1234567A';
    expect(found(text)).toEqual(row(text, 'QXARO VLINTUK', '12-MAR-1975', 'P1234567A'));
  });
  it('the switches: names, dates and ids each alone', () => {
    const text = '1 QXARO VLINTUK Master PHL 12-MAR-1975 P1234567A';
    const [name, date, document] = row(text, 'QXARO VLINTUK', '12-MAR-1975', 'P1234567A');
    expect(found(text, { names: true, dates: false, ids: false })).toEqual([name]);
    expect(found(text, { names: false, dates: true, ids: false })).toEqual([date]);
    expect(found(text, { names: false, dates: false, ids: true })).toEqual([document]);
  });
  it('the DOB is normalized in lower case, the passport as written', () => {
    const out: Detection[] = [];
    detectCrewLists('1 QXARO VLINTUK Master PHL 12-MAR-1975 P1234567A', out, ALL);
    expect(out.map((d) => [d.type, d.class, d.normalized])).toEqual([
      ['PERSON', 'pii.person', 'qxaro vlintuk'],
      ['DOB', 'pii.date_of_birth', '12-mar-1975'],
      ['PASSPORT', 'pii.government_id', 'P1234567A'],
    ]);
  });
});

describe('ranks', () => {
  it.each([
    // Known ranks from the end, dots left out, any case; shapes `2/O`, `3RD`, `c/e`, `4`.
    ['1 QXARO VLINTUK Ch.Off. PHL 12-MAR-1975 P1234567A', 'QXARO VLINTUK'],
    ['1 QXARO VLINTUK chief cook PHL 12-MAR-1975 P1234567A', 'QXARO VLINTUK'],
    ['1 QXARO VLINTUK 2/O PHL 12-MAR-1975 P1234567A', 'QXARO VLINTUK'],
    ['1 QXARO VLINTUK 3rd ENGINEER PHL 12-MAR-1975 P1234567A', 'QXARO VLINTUK'],
    ['1 QXARO VLINTUK c/e 4 PHL 12-MAR-1975 P1234567A', 'QXARO VLINTUK'],
    ['1 QXARO VLINTUK 2nd Eng. PHL 12-MAR-1975 P1234567A', 'QXARO VLINTUK'],
    // An unknown rank: the last word before the code.
    ['1 QXARO VLINTUK DORRIC Navigator PHL 12-MAR-1975 P1234567A', 'QXARO VLINTUK DORRIC'],
  ])('%s', (text, names) => {
    expect(found(text)).toEqual(row(text, names, '12-MAR-1975', 'P1234567A'));
  });
  it.each([
    // Not a rank's shape, so a name that is no word: the row is not read.
    '1 QXARO VLINTUK 5TH ENGINEER PHL 12-MAR-1975 P1234567A',
    '1 QXARO VLINTUK ABCD/E ENGINEER PHL 12-MAR-1975 P1234567A',
    '1 QXARO VLINTUK 2/ODDS ENGINEER PHL 12-MAR-1975 P1234567A',
    '1 QXARO VLINTUK X2ND ENGINEER PHL 12-MAR-1975 P1234567A',
    // One name word left: not a row of names.
    '1 QXARO Master PHL 12-MAR-1975 P1234567A',
    '1 QXARO AB CO PHL 12-MAR-1975 P1234567A',
    '1 QXARO Navigator PHL 12-MAR-1975 P1234567A',
    // Ranks only: none read past the first cell.
    '1 AB CO PHL 12-MAR-1975 P1234567A',
  ])('%s: none', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('rows that are not read', () => {
  it.each([
    // No nationality code, no date after it, a letter glued to the date.
    '1 QXARO VLINTUK Master XYZ 12-MAR-1975 P1234567A',
    '1 QXARO VLINTUK Master PHL P1234567A 12-MAR-1975',
    '1 QXARO VLINTUK Master PHL 12-MAR-1975X P1234567A',
    '1 QXARO VLINTUK Master PHL 12-MAR-1975 P1234567AB',
    // A name cell that is no word, first or last.
    '1 2QXARO VLINTUK Master PHL 12-MAR-1975 P1234567A',
    '1 QXARO VLINTUK2 Master PHL 12-MAR-1975 P1234567A',
    // No row number; a number glued to the first cell.
    'QXARO VLINTUK Master PHL 12-MAR-1975 P1234567A',
    '1QXARO VLINTUK Master PHL 12-MAR-1975 P1234567A',
    // The document four cells after the date, or no document: not read without a cue.
    '1 QXARO VLINTUK Master PHL 12-MAR-1975 Manila City Hall P1234567A',
    '1 QXARO VLINTUK Master PHL 12-MAR-1975',
    '1 x Dell Latitude 5420 USA 2023-01-15 warranty',
  ])('%s: none', (text) => {
    expect(found(text)).toEqual([]);
  });
  it.each([
    // Document shapes: four letters, four digits, eleven digits, two letters after.
    ['ABCD12345', false],
    ['ABC12345', true],
    ['P1234', false],
    ['12345', true],
    ['1234567890', true],
    ['12345678901', false],
    ['P12345AB', false],
    ['p1234567', false],
  ])('document %s', (document, read) => {
    const text = `1 QXARO VLINTUK Master PHL 12-MAR-1975 ${document}`;
    expect(found(text)).toEqual(read ? row(text, 'QXARO VLINTUK', '12-MAR-1975', document) : []);
  });
  it('the document among the three cells after the date', () => {
    const text = '1 QXARO VLINTUK Master PHL 12-MAR-1975 Manila City P1234567A';
    expect(found(text)).toEqual(row(text, 'QXARO VLINTUK', '12-MAR-1975', 'P1234567A'));
  });
  it('the first 24 cells of a line', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `Q${'XARO'.slice(0, 1 + (i % 4))}${String.fromCharCode(65 + i)}`).join(' ');
    const fits = `1 ${words(20)} Master PHL 12-MAR-1975 P1234567A`;
    expect(found(fits)).toEqual(row(fits, words(20), '12-MAR-1975', 'P1234567A'));
    expect(found(`1 ${words(21)} Master PHL 12-MAR-1975 P1234567A`)).toEqual([]);
    // In a crew text, a code that is the 24th cell is not read: its date is past the cells.
    expect(found(`Crew\n1 ${words(20)} Master PHL 12-MAR-1975`).length).toBe(2);
    expect(found(`Crew\n1 ${words(22)} Master PHL 12-MAR-1975`)).toEqual([]);
  });
});

describe('in a text that calls itself a crew list', () => {
  it('a row without a document: the names and the date', () => {
    const text = 'CREW LIST (FAL 5)\n1 QXARO VLINTUK Master PHL 12-MAR-1975\n2 DORRIC HALVERSHAM AB RUS 01.02.1980 Murmansk';
    expect(found(text)).toEqual([
      at(text, 'QXARO VLINTUK', 'PERSON'),
      at(text, '12-MAR-1975', 'DOB'),
      at(text, 'DORRIC HALVERSHAM', 'PERSON'),
      at(text, '01.02.1980', 'DOB'),
    ]);
  });
  // The last cell before the code is the rank only if it holds a letter: until 2026-12-05 (mutation run) `5420` was, and `x Dell Latitude` a name.
  it.each(['Passenger list\n1 x Dell Latitude 5420 USA 2023-01-15', 'Crew\n1 QXARO VLINTUK 21 PHL 12-MAR-1975'])('%s: none', (text) => {
    expect(found(text)).toEqual([]);
  });
  it('an unknown rank of letters and marks', () => {
    const text = 'Crew\n1 QXARO VLINTUK AB(D) PHL 12-MAR-1975';
    expect(found(text)).toEqual([at(text, 'QXARO VLINTUK', 'PERSON'), at(text, '12-MAR-1975', 'DOB')]);
  });
  it('a numbered entry in capitals before ` - `', () => {
    const text = 'Seafarers on board:\n1. SANTOS, RICARDO JOSE - MASTER\n2) VLINTUK QXARO – AB';
    expect(found(text)).toEqual([at(text, 'SANTOS, RICARDO JOSE', 'PERSON'), at(text, 'VLINTUK QXARO', 'PERSON')]);
    expect(found(text, { names: false, dates: true, ids: true })).toEqual([]);
    expect(found('Owners:\n1. SANTOS, RICARDO JOSE - MASTER')).toEqual([]);
  });
});

describe("seafarers' and pilots' documents after their labels", () => {
  it.each([
    ['SIRB C0123456', 'C0123456', 'NATIONAL_ID'],
    ["Seaman's book no. 12345678", '12345678', 'NATIONAL_ID'],
    ['Discharge Book: MUM 123456', 'MUM 123456', 'NATIONAL_ID'],
    ['ATPL 58812', '58812', 'LICENSE_NUMBER'],
    ['CPL(A) #: 123456', '123456', 'LICENSE_NUMBER'],
    ["Pilot's licence number 7654321", '7654321', 'LICENSE_NUMBER'],
  ])('%s', (text, value, type) => {
    expect(found(text)).toEqual([at(text, value, type)]);
    expect(found(text, { names: true, dates: true, ids: false })).toEqual([]);
  });
  it('SID and CDC only in a crew text', () => {
    expect(found('session SID 12345678')).toEqual([]);
    expect(found('CDC No: MUM 123456')).toEqual([]);
    const text = 'Crew: SID PH0012345, CDC No: MUM 123456';
    expect(found(text)).toEqual([at(text, 'PH0012345', 'NATIONAL_ID'), at(text, 'MUM 123456', 'NATIONAL_ID')]);
  });
  // The prefilter let these through only from 2026-12-05 (mutation run).
  it.each([
    ["Seamen's book no. 12345678", '12345678', 'NATIONAL_ID'],
    ['Discharge\tBook: MUM 123456', 'MUM 123456', 'NATIONAL_ID'],
    ['Pilot  licence 7654321', '7654321', 'LICENSE_NUMBER'],
    ['SIRB2345678', '2345678', 'NATIONAL_ID'],
    ['ref_ATPL 58812', '58812', 'LICENSE_NUMBER'],
  ])('%s: read without a crew word', (text, value, type) => {
    expect(found(text)).toEqual([at(text, value, type)]);
  });
  it.each(['SID S-1-5-21-3623811015', 'Oracle SID ORCL1', 'ATPL theory exam 2025x'])('%s: none', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('the prefilter', () => {
  it('a text with no cue and no row number is not read', () => {
    expect(found('QXARO VLINTUK PHL 12-MAR-1975 P1234567A')).toEqual([]);
  });
});
