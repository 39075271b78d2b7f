// Issue 11, the thirteenth probe (2026-12-05f), rows L2 and L3 (test/redaction/probe-2026-12-05f.cases.md):
// a US driver's licence number written with its issuing state's code after `LIC:`, `LIC#` or `Lic No:`
// (DMV abstracts) was stored raw; after `DL:` the licence's mask took the `Exp` after it.
import { describe, expect, it } from 'vitest';
import { timeRatio } from './linear-time.js';
import { check, masked } from './masked-text.js';

describe('L3: a licence number with its state code after LIC labels', () => {
  it('the probe rows', () => {
    check([
      ['LIC: MN K417-208-331-590   DOB: 11/27/1990', ['K417-208-331-590'], ['LIC: ']],
      ['LIC: MA S82031457', ['S82031457'], ['LIC: ']],
    ]);
  });
  it('more of the kind', () => {
    check([
      ['DMV ABSTRACT\nLIC# TX 04417829   CLASS C', ['04417829'], ['CLASS C', 'DMV ABSTRACT']],
      ['Lic No: WA D6612-0483-77 exp 2030', ['D6612-0483-77'], ['Lic No: ', 'exp 2030']],
      ['lic: NJ B2041 77312 55190', ['B2041 77312 55190'], ['lic: ']],
    ]);
  });
  it('keeps software licences, and licence words with no number', () => {
    check([
      ['License: MIT 2024', [], ['License: MIT 2024']],
      ['License: Apache-2.0', [], ['License: Apache-2.0']],
    ]);
  });
  it('reads in linear time', () => {
    const line = 'LIC: MN K417-208-331-590   DOB: 11/27/1990 lic lic MA ';
    expect(timeRatio((text) => masked(text), (n) => line.repeat(Math.ceil(n / line.length)), 12_500, 25_000)).toBeLessThanOrEqual(3);
  });
});

describe('L2: a name before a licence in a column layout', () => {
  it('the probe rows: the name before `  DL:` and a dated field after the number', () => {
    check([
      ['Renter: Fitzgerald Okafor-Lindgren  DL: MN K417-208-331-590  Exp 2029-08-19', ['Fitzgerald', 'Okafor-Lindgren', 'K417-208-331-590'], ['Renter: ', '  Exp ']],
      ['Renter: Rosalind Thackeray  DL: MN K417-208-331-590  Exp 2029-08-19', ['Rosalind', 'Thackeray'], ['Renter: ']],
    ]);
  });
  it('more of the kind: other field labels that are street abbreviations (DL, ST, CT, DR) after the name', () => {
    check([
      ['Driver: Oluwaseun Adeyemi-Hart  DL: TX 04417829  Exp 2030-01-31', ['Oluwaseun', 'Adeyemi-Hart', '04417829'], ['Driver: ']],
      ['Guest: Marisol Quintanar  ST: checked in  Room 412', ['Marisol', 'Quintanar'], ['ST: checked in  Room 412']],
      ['Renter: Evangeline Marchetti  DL: WA D6612-0483-77  Iss 2021-03-02', ['Evangeline', 'Marchetti'], ['Renter: ', '  Iss ']],
    ]);
  });
  it('keeps a street with its suffix and number', () => {
    expect(masked('Office at 12 Grace Hill Dr, Springfield')).not.toContain('Grace Hill Dr,');
  });
});

describe('L2: the licence mask stops before a validity field', () => {
  it('Exp after a licence in a column layout stays', () => {
    check([
      ['DL: MN K417-208-331-590  Exp 2029-08-19', ['K417-208-331-590'], ['  Exp ']],
      ['DL: CO 18-203-4471 Exp 2029-08-19', ['18-203-4471'], [' Exp ']],
      ["Driver's licence: OR 7281934  Iss 2021-03-02", ['7281934'], ['  Iss ']],
    ]);
  });
});
