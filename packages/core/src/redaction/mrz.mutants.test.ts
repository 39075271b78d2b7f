// In-process tests of mrz.ts written from the survivors of a Stryker run (docs/TESTING.md, the
// mrz.ts row): each pins one decision of `detectMrz` or `mrzCheck` directly, with no redactor, so
// a mutant is killed in milliseconds. The zones are ICAO Doc 9303's specimens (Part 4 TD3, Part 5
// TD1, Part 6 TD2) and variants of them with one field changed.
import { describe, expect, it } from 'vitest';
import { detectMrz, mrzCheck } from './mrz.js';
import type { Detection } from './types.js';

const found = (text: string): Detection[] => {
  const out: Detection[] = [];
  detectMrz(text, out);
  return out;
};
const spans = (text: string): string[] => found(text).map((d) => text.slice(d.start, d.end));
/** `line` with the check digit at `at` made wrong. */
const wrong = (line: string, at: number): string => line.slice(0, at) + String((Number(line[at]) + 1) % 10) + line.slice(at + 1);

const TD3 = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'] as const;
const TD2 = ['I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'D231458907UTO7408122F1204159<<<<<<<6'] as const;
const TD1 = ['I<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<6', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<'] as const;
// TD3/TD2: document number check at 9, birth at 19, expiry at 27 of the second line.
const td3 = (second: string = TD3[1], first: string = TD3[0]) => `${first}\n${second}`;
// TD1: document number check at 14 of the first line, birth at 6 and expiry at 14 of the second.
const td1 = (first: string = TD1[0], second: string = TD1[1], third: string = TD1[2]) => `${first}\n${second}\n${third}`;

describe('mrzCheck (ICAO 9303 Part 3, 4.9)', () => {
  it('counts A as 10 and Z as 35, and takes a < check digit only for an empty field', () => {
    // A is 10 (0 mod 10): only the `<` check of an empty field tells it from 0.
    expect(mrzCheck('A<', 0, 1, 1)).toBe(false);
    expect(mrzCheck('Z<', 0, 1, 1)).toBe(false);
    expect(mrzCheck('<<Z5', 0, 3, 3)).toBe(true);
    expect(mrzCheck('<<Z0', 0, 3, 3)).toBe(false);
    expect(mrzCheck('<<<<', 0, 3, 3)).toBe(true);
  });
});

describe('detectMrz: the three formats, whole', () => {
  it('masks a TD2 zone (two lines of 36) as one PASSPORT of class pii.government_id, normalized without the line break', () => {
    const text = `Card:\n${TD2[0]}\n${TD2[1]}\nend`;
    expect(found(text)).toEqual([{ start: 6, end: 6 + 36 + 1 + 36, type: 'PASSPORT', class: 'pii.government_id', normalized: TD2[0] + TD2[1] }]);
  });
  it('masks a TD3 zone and a TD1 zone with their class and normalized value', () => {
    expect(found(td3())).toEqual([{ start: 0, end: 89, type: 'PASSPORT', class: 'pii.government_id', normalized: TD3[0] + TD3[1] }]);
    expect(found(`x\n${td1()}`)).toEqual([{ start: 2, end: 2 + 92, type: 'PASSPORT', class: 'pii.government_id', normalized: TD1.join('') }]);
  });
  it('takes blanks, tabs and a carriage return around a line off it, each alone', () => {
    for (const [before, after] of [[' ', ''], ['\t', ''], ['', ' '], ['', '\t'], ['', '\r'], ['  \t', ' \t\r']] as const) {
      const text = `${before}${TD3[0]}${after}\n${before}${TD3[1]}${after}\n`;
      expect(spans(text), JSON.stringify([before, after])).toEqual([`${TD3[0]}${after}\n${before}${TD3[1]}`]);
      const card = `${before}${TD1[0]}${after}\n${before}${TD1[1]}${after}\n${before}${TD1[2]}${after}`;
      expect(spans(card), JSON.stringify([before, after])).toEqual([`${TD1[0]}${after}\n${before}${TD1[1]}${after}\n${before}${TD1[2]}`]);
    }
  });
});

describe('detectMrz: one check digit of three is enough, none is not', () => {
  it('TD3: the document number, the birth date or the expiry alone', () => {
    expect(spans(td3(wrong(wrong(TD3[1], 19), 27)))).toHaveLength(1);
    expect(spans(td3(wrong(wrong(TD3[1], 9), 27)))).toHaveLength(1);
    expect(spans(td3(wrong(wrong(TD3[1], 9), 19)))).toHaveLength(1);
    // No zone; its names line alone since L7 of the probe of 2026-12-06 (the holder's names, whatever the data line).
    expect(spans(td3(wrong(wrong(wrong(TD3[1], 9), 19), 27)))).toEqual([TD3[0]]);
  });
  it('TD1: the document number, the birth date or the expiry alone', () => {
    expect(spans(td1(TD1[0], wrong(wrong(TD1[1], 6), 14)))).toHaveLength(1);
    expect(spans(td1(wrong(TD1[0], 14), wrong(TD1[1], 14)))).toHaveLength(1);
    expect(spans(td1(wrong(TD1[0], 14), wrong(TD1[1], 6)))).toHaveLength(1);
    expect(spans(td1(wrong(TD1[0], 14), wrong(wrong(TD1[1], 6), 14)))).toEqual([]);
  });
});

describe('detectMrz: lines that are no zone', () => {
  // A zone of two or three lines holds a line break; a data line alone (found since 2026-12-03 when two of its check digits hold) does not.
  const zones = (text: string) => spans(text).filter((span) => span.includes('\n'));
  it('needs lines of 44, 36 or 30, both of the same length and alphabet', () => {
    // One character short: the fields and check digits still hold.
    expect(zones(td3(TD3[1].slice(0, 43), TD3[0].slice(0, 43)))).toEqual([]);
    expect(zones(td3(TD3[1].slice(0, 43)))).toEqual([]);
    expect(zones(`${TD3[0]}\n${TD2[1]}`)).toEqual([]);
    // A small letter in the second line's optional data, where the field pattern does not look.
    expect(zones(td3(TD3[1].replace('ZE184226B', 'ZE184226b')))).toEqual([]);
  });
  it('TD3: a document code P, V, I, A or C first, and a names line with << after the issuing state', () => {
    expect(zones(td3(TD3[1], `X${TD3[0].slice(1)}`))).toEqual([]);
    expect(zones(td3(TD3[1], `V${TD3[0].slice(1)}`))).toHaveLength(1);
    expect(zones(td3(TD3[1], 'P<UTO' + 'ERIKSSONXANNAXMARIA'.padEnd(39, 'X')))).toEqual([]);
  });
  it('TD1: the first line\'s code, issuing state and document number; its second line\'s fields; a third line of 30 names with <<', () => {
    expect(spans(td1('X<UTOD231458907A<<<<<<<<<<<<<<'))).toEqual([]);
    expect(spans(td1('I<UT0D231458907<<<<<<<<<<<<<<<'))).toEqual([]);
    // A letter in the document number past its first character is a document number.
    expect(spans(td1('I<UTODX31458900<<<<<<<<<<<<<<<'))).toHaveLength(1);
    expect(spans(td1(TD1[0], TD1[1].replace('740812', '741312')))).toEqual([]);
    expect(spans(td1(TD1[0], TD1[1], 'ERIKSSONXANNAXMARIAXXXXXXXXXXX'))).toEqual([]);
    expect(spans(td1(TD1[0], TD1[1], 'ERIKSSON<<ANNA<MARIA<<<<<<<<<1'))).toEqual([]);
    expect(spans(td1(TD1[0], TD1[1], `${TD1[2]}<`))).toEqual([]);
    expect(spans(td1(TD1[0], TD1[1], TD1[2].slice(0, 29)))).toEqual([]);
    // Two lines of a card at the end of the text: no third line.
    expect(spans(`${TD1[0]}\n${TD1[1]}`)).toEqual([]);
  });
});

describe('detectMrz: lines of a zone inside prose (a fresh probe of 2026-12-03: stored raw)', () => {
  it('masks both lines of a TD3 or TD2 zone written inside a sentence, each as a PASSPORT', () => {
    for (const [names, data] of [TD3, TD2]) {
      const text = `Scanned passport: ${names} and ${data} from the kiosk`;
      expect(spans(text)).toEqual([names, data]);
    }
  });
  it('a data line alone in prose needs two check digits, one beside a names line', () => {
    expect(spans(`The MRZ reads ${TD3[1]} today`)).toEqual([TD3[1]]);
    expect(spans(`The MRZ reads ${wrong(TD3[1], 9)} today`)).toEqual([wrong(TD3[1], 9)]);
    expect(spans(`The MRZ reads ${wrong(wrong(TD3[1], 9), 19)} today`)).toEqual([]);
    expect(spans(`${TD3[0]} then ${wrong(wrong(TD3[1], 9), 19)}`)).toEqual([TD3[0], wrong(wrong(TD3[1], 9), 19)]);
  });
  it('a names line alone in prose when its padding is long; rulers, glued and other-length runs stay', () => {
    expect(spans(`name ${TD3[0]} ok`)).toEqual([TD3[0]]);
    expect(spans(`ruler ${'<'.repeat(44)} end`)).toEqual([]);
    expect(spans(`hash ABCDEFGHIJKLMNOPQRSTUVWXYZ234567ABCDEFGHIJKL<< end`)).toEqual([]);
    expect(spans(`x${TD3[1]} glued`)).toEqual([]);
    expect(spans(`${TD3[1]}9 longer`)).toEqual([]);
    // A names line with no `<<` after the issuing state, or padded with fewer than six `<`, alone.
    expect(spans(`name P<UTOERIKSSON<ANNA<MARIA<BEATRIX<JOHANNA<<<< ok`)).toEqual([]);
  });
  it('a line read whole above is not found twice; a line of its own is judged as a line', () => {
    expect(found(`${TD3[0]}\n${TD3[1]}`)).toHaveLength(1);
    expect(found(`${TD3[1]}`)).toHaveLength(1);
    // A names line of its own is masked alone since L7 of the probe of 2026-12-06 (pushNamesLines), after the data line.
    expect(spans(`${TD3[0]}`)).toEqual([TD3[0]]);
    expect(spans(`${TD3[0]}\nsigned ${TD3[1]} today`)).toEqual([TD3[1], TD3[0]]);
  });
});

// The data line alone (43a6788), measured again on 2026-12-03.
describe('detectMrz: a TD3 or TD2 data line on its own', () => {
  it('a TD2 data line alone is masked whole, as the TD3 one is', () => {
    const text = `ID card:\n${TD2[1]}\n(scan)`;
    expect(found(text)).toEqual([{ start: 9, end: 9 + 36, type: 'PASSPORT', class: 'pii.government_id', normalized: TD2[1] }]);
    expect(spans(`x\n${TD3[1]}`)).toEqual([TD3[1]]);
  });

  it('two of the three check digits must hold: any one wrong still masks it, any two wrong do not', () => {
    for (const line of [TD3[1], TD2[1]]) {
      for (const at of [9, 19, 27]) expect(spans(wrong(line, at)), `${line} ${at}`).toEqual([wrong(line, at)]);
      for (const [a, b] of [[9, 19], [9, 27], [19, 27]] as const) expect(spans(wrong(wrong(line, a), b)), `${line} ${a} ${b}`).toEqual([]);
    }
  });

  it('a line of another length is no data line alone (a TD1 line, a TD3 line cut by one)', () => {
    expect(spans(TD1[1])).toEqual([]);
    expect(spans(TD3[1].slice(0, 43))).toEqual([]);
    expect(spans(`${TD3[1]}<`)).toEqual([]);
  });
});
