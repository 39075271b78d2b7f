import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../index.js';

// L12 and L14 of the seventh probe of 2026-12-04 (test/redaction/probe-2026-12-04g.cases.md):
// `PATIENT: VLINTUK, QXARO   DOB: …` masked the surname and left the given name (names.ts
// givenAfterLabelledSurname), and an initial and a surname after a proof-of-delivery or signing cue
// were raw (`POD: Signed by F. OTTERBURY`; signedInitialSurname).
const persons = (text: string) => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('L12: the given name after a labelled SURNAME and a comma', () => {
  it('the probe row', () => {
    expect(persons('PATIENT: VLINTUK, QXARO   DOB: 03/12/84   RX#: 7730211')).toEqual(['VLINTUK, QXARO']);
    expect(persons('PATIENT: HALVERSHAM, DORRIC\nDOB: 02/11/1979')).toEqual(['HALVERSHAM, DORRIC']);
  });
  it('held back: mixed case, a middle initial, other labels, the end of the text', () => {
    expect(persons('Patient: Vlintuk, Qxaro')).toEqual(['Vlintuk, Qxaro']);
    expect(persons('PATIENT: VLINTUK, QXARO M')).toEqual(['VLINTUK, QXARO M']);
    expect(persons('NAME: VLINTUK, QXARO | MRN 44120')).toEqual(['VLINTUK, QXARO']);
    expect(persons('Member: Dorvane, Wenlix (ID XJH123456789)')).toEqual(['Dorvane, Wenlix']);
  });
  it('a frequent word after the comma stays', () => {
    expect(persons('Patient: Vlintuk, Stable')).toEqual(['Vlintuk']);
  });
});

describe('L14: an initial and a surname after a signing cue', () => {
  it('the probe row', () => {
    expect(persons('POD: Signed by F. OTTERBURY at 14:02, left with neighbour')).toEqual(['F. OTTERBURY']);
    expect(persons('POD signed: D. HALVERSHAM 11/02 14:02')).toEqual(['D. HALVERSHAM']);
    expect(persons('Delivered, signed: Q BELLWICK')).toEqual(['Q BELLWICK']);
    expect(persons('Received by: Q. Bellwick (signature on file)')).toEqual(['Q. Bellwick']);
  });
  it('held back: other cues and casings', () => {
    expect(persons('Signed for by K. WALKER')).toEqual(['K. WALKER']);
    expect(persons('Collected by: T. Q. Zorvane')).toEqual(['T. Q. Zorvane']);
    expect(persons('SIGNED: M VLINTUK')).toEqual(['M VLINTUK']);
  });
  it('where a parcel was left stays', () => {
    for (const text of ['POD: Signed by F. NEIGHBOUR', 'Signed by: R. MAILROOM', 'POD: A. SAFE PLACE', 'Received by: A. Front Desk']) expect(persons(text), text).toEqual([]);
  });
});
