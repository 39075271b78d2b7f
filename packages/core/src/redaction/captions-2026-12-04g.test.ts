import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../index.js';

// L2 of the seventh probe of 2026-12-04 (test/redaction/probe-2026-12-04g.cases.md), the caption
// form: the parties over `Plaintiff,` and `Defendant.` in a filing's caption were stored raw
// (names.ts captionParties). A case's parties in a citation are masked since 2026-12-05 (names.ts
// citedCaseParties; opens-2026-12-05.test.ts).
const persons = (text: string) => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('L2: the parties of a caption', () => {
  it('the probe row', () => {
    expect(persons('IN THE CIRCUIT COURT OF COOK COUNTY\nJORVIK PALLADINE, Plaintiff,\nv.\nSERAPHINA KEELWORTH, Defendant.')).toEqual(['JORVIK PALLADINE', 'SERAPHINA KEELWORTH']);
    expect(persons('QUENTARA BELLWICK,\n    Plaintiff,\nv.\nACME CORP.,\n    Defendant.')).toEqual(['QUENTARA BELLWICK']);
  });
  it('held back: a state as plaintiff, petitioners and respondents, mixed case', () => {
    expect(persons('STATE OF OHIO,\n  Plaintiff,\nv.\nDORRIC HALVERSHAM,\n  Defendant.')).toEqual(['DORRIC HALVERSHAM']);
    expect(persons('MERROW Q. CASTELLANE, Petitioner,\nv.\nTHE BOARD OF EDUCATION, Respondent.')).toEqual(['MERROW Q. CASTELLANE']);
    expect(persons('UNITED STATES OF AMERICA, Plaintiff,')).toEqual([]);
  });
  it('a citation\'s parties are masked too, and prose about a plaintiff is no caption', () => {
    expect(persons('Bellwick v. Halversham, 512 F.3d 101')).toEqual(['Bellwick', 'Halversham']);
    expect(persons('The plaintiff, a nurse, said so')).toEqual([]);
  });
});
