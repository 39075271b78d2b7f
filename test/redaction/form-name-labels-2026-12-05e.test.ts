// Issue 11, the thirteenth probe (2026-12-05f), rows L1, L4 and L7 (test/redaction/probe-2026-12-05f.cases.md):
// name labels the readers did not know, so an unlisted name part after them stayed raw.
//  - L1: USCIS form labels glossed in brackets (`Family Name (Last Name)`, `Given Name (First Name)`,
//    numbered `1.a.`), in text and as JSON member names;
//  - L4: a lab slip's `ORDERING:` before `SURNAME, GIVEN MD` in capitals;
//  - L7: a lower-case `name` with no colon before a romanised Chinese name, surname in capitals.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';
import { timeRatio } from './linear-time.js';
import { check, masked, storedResults } from './masked-text.js';

const { stored } = storedResults(createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]), sessionMemory: false }));

describe('L1: USCIS name labels with a bracketed gloss', () => {
  it('the probe rows: I-130, I-485 and N-400 text', () => {
    check([
      ['1. Family Name (Last Name) Okafor-Lindgren\n   Given Name (First Name) Fitzgerald', ['Okafor-Lindgren', 'Fitzgerald'], ['Family Name (Last Name) ', 'Given Name (First Name) ']],
      ['1. Family Name (Last Name) Nwachukwu\n   Given Name (First Name) Obiageli', ['Nwachukwu', 'Obiageli'], ['Family Name (Last Name) ']],
    ]);
  });
  it('more of the kind: colons, numbered items, middle names, other unlisted names', () => {
    check([
      ['Family Name (Last Name): Dunleavy-Marsh\nGiven Name (First Name): Ozioma\nMiddle Name: Ifeoma', ['Dunleavy-Marsh', 'Ozioma'], ['Family Name (Last Name): ', 'Given Name (First Name): ']],
      ['2.a. Family Name (Last Name) Achterberg-Quist\n2.b. Given Name (First Name) Thandiwe', ['Achterberg-Quist', 'Thandiwe'], ['2.a. Family Name (Last Name) ', '2.b. Given Name (First Name) ']],
      ['Your Current Legal Name\nFamily Name (Last Name) Mbeki-Sorensen\nGiven Name (First Name) Nkechi', ['Mbeki-Sorensen', 'Nkechi'], ['Your Current Legal Name']],
    ]);
  });
  it('as JSON member names', () => {
    for (const [result, values] of [
      [{ 'Family Name (Last Name)': 'Dunleavy-Marsh', 'Given Name (First Name)': 'Ozioma' }, ['Dunleavy-Marsh', 'Ozioma']],
      [{ 'Last Name (Family Name)': 'Achterberg-Quist', 'First Name (Given Name)': 'Thandiwe' }, ['Achterberg-Quist', 'Thandiwe']],
    ] as Array<[Record<string, string>, string[]]>) {
      const out = stored(result);
      expect(values.filter((v) => out.includes(v)), out).toEqual([]);
      for (const key of Object.keys(result)) expect(out).toContain(key);
    }
  });
  it('keeps what is no name after such labels or beside them', () => {
    const out = stored({ 'Country (Last Residence)': 'Nigeria', 'Form (Edition)': 'I-130 (04/01/24)' });
    expect(out).toContain('Nigeria');
    expect(out).toContain('I-130 (04/01/24)');
    check([['Family Name (Last Name)  Given Name (First Name)  Middle Name', [], ['Family Name (Last Name)  Given Name (First Name)  Middle Name']]]);
  });
});

describe('L4: SURNAME, GIVEN in capitals after a lab slip label', () => {
  it('the probe rows and more labels of the kind', () => {
    check([
      ['ORDERING: BRIGHTWATER, ANSELM MD', ['BRIGHTWATER', 'ANSELM'], ['ORDERING: ', ' MD']],
      ['ORDERING: HARCASTLE, LEOPOLD MD\nCOLLECTED: 12/02/2026 07:40', ['HARCASTLE', 'LEOPOLD'], ['ORDERING: ', 'COLLECTED: 12/02/2026 07:40']],
      ['RESULTED BY: QUILLFEATHER, MARGARET\nSPECIMEN: SERUM', ['QUILLFEATHER', 'MARGARET'], ['RESULTED BY: ', 'SPECIMEN: SERUM']],
      ['ATTENDING: OKONKWO-LAIRD, THOMAS DO', ['OKONKWO-LAIRD', 'THOMAS'], ['ATTENDING: ', ' DO']],
    ]);
  });
  it('keeps a frequent word before the comma', () => {
    check([['STATUS: FINAL, MARGARET reviewed', [], ['STATUS: FINAL, ']]]);
  });
});

describe('L7: a romanised Chinese name with a two-letter surname in capitals', () => {
  it('the probe row', () => {
    check([['Guest registration (公安登记): name LI Zhiqiang / 李志强, ID 110101199003074578', ['LI Zhiqiang', 'Zhiqiang'], ['Guest registration (公安登记): name ']]]);
  });
  it('more of the kind: other surnames of two letters, given names of one to three syllables', () => {
    check([
      ['Passenger: WU Xiaoming, seat 34C', ['WU Xiaoming', 'Xiaoming'], ['Passenger: ', 'seat 34C']],
      ['name HE Jianhua checked in', ['HE Jianhua'], ['checked in']],
      ['Guest: XU Meiling (room 1203)', ['XU Meiling'], ['room 1203']],
      ['name LI Wei / ID on file', ['LI Wei'], ['ID on file']],
    ]);
  });
  it('keeps acronyms and English words after two capitals', () => {
    check([
      ['DI Water for the rinse', [], ['DI Water']],
      ['MA Thesis submitted', [], ['MA Thesis']],
      ['HE Said no to the plan', [], ['HE Said']],
      ['YE Olde Shoppe', [], ['YE Olde Shoppe']],
    ]);
  });
});

describe('L7 on one long line: every name of the kind found, the look-alikes kept (the check per match reads the detections near it)', () => {
  it('a list of names and acronyms repeated past many blocks of 64 characters', () => {
    const unit = 'name LI Wei, WU Xiaoming, DI Water, HE Na; MA Thesis, XU Meiling; ';
    const text = unit.repeat(12);
    check([[text, ['LI Wei', 'WU Xiaoming', 'Xiaoming', 'HE Na', 'XU Meiling', 'Meiling'], ['DI Water', 'MA Thesis']]]);
  });
  it('on many lines', () => {
    const unit = 'Passenger: LI Wei\nseat 34C, DI Water\nname HE Jianhua checked in\n';
    check([[unit.repeat(12), ['LI Wei', 'HE Jianhua'], ['DI Water', 'seat 34C', 'checked in']]]);
  });
});

describe('linear time', () => {
  it('labels with a gloss and capital labels before SURNAME, GIVEN', () => {
    const block = 'ORDERING: BRIGHTWATER, ANSELM MD\n1.a. Family Name (Last Name) Okafor-Lindgren\nREFERRING: HARCASTLE, LEOPOLD\nname LI Zhiqiang, MA Thesis\n';
    expect(timeRatio((text) => masked(text), (n) => block.repeat(Math.ceil(n / block.length)), 12_500, 25_000)).toBeLessThanOrEqual(3);
  });
});
