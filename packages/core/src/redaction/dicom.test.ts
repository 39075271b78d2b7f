// Third probe of 2026-12-04, H2 (test/redaction/probe-2026-12-04c.cases.md): DICOM patient tags
// (`(0010,0010) PN [VLINTUK^QXARO]`, DICOM JSON `"00100010"`) were stored raw. dicom.ts masks a
// person's elements by tag (PS3.6, PS3.15 Annex E). The inputs here are held back from the probe's.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';

const found = (text: string): string[] => detectSensitive(text).map((d) => `${d.type}:${text.slice(d.start, d.end)}`);
const masked = (text: string): string[] => found(text).map((span) => span.slice(span.indexOf(':') + 1));

describe('dcmdump and gdcmdump lines', () => {
  it("a patient's name by its components, id, birth date, address and phone", () => {
    const dump = [
      '(0010,0010) PN [DORVANE^WENLIX^M]                       #  16, 1 PatientName',
      '(0010,0020) LO [XJH-7734120]                            #  12, 1 PatientID',
      '(0010,0030) DA [19710506]                               #   8, 1 PatientBirthDate',
      '(0010,1040) LO [48 Hartwell Lane, Dayton]               #  24, 1 PatientAddress',
      '(0010,2154) SH [4155550132]                             #  10, 1 PatientTelephoneNumbers',
    ].join('\n');
    const spans = masked(dump);
    for (const value of ['DORVANE', 'WENLIX', 'M', 'XJH-7734120', '19710506', '4155550132']) expect(spans, value).toContain(value);
    expect(spans.join(' ')).toContain('Hartwell');
    expect(found(dump)).toContain('PERSON:DORVANE');
    expect(found(dump)).toContain('DOB:19710506');
    expect(found(dump)).toContain('MRN:XJH-7734120');
  });

  it("doctors, operators, accession number; a name's prefix stays; each value of a multi-valued element", () => {
    expect(found('(0008,0090) PN [OKAFOR^AMARA^^DR]')).toEqual(['PERSON:OKAFOR', 'PERSON:AMARA']);
    expect(found('(0008,1070) PN [NWOSU^ADA\\HAVILI^TEVITA]')).toEqual(['PERSON:NWOSU', 'PERSON:ADA', 'PERSON:HAVILI', 'PERSON:TEVITA']);
    expect(found('(0032,1032) PN [QXARSK^ILENA]')).toEqual(['PERSON:QXARSK', 'PERSON:ILENA']);
    expect(found('(0008,0050) SH [A20261204017]')).toEqual(['MRN:A20261204017']);
  });

  it('any element of VR PN is a name, a private tag too', () => {
    expect(found('(0009,1010) PN [BRELLOCK^ZANIV]')).toEqual(['PERSON:BRELLOCK', 'PERSON:ZANIV']);
  });
});

describe("pydicom's print of a data set", () => {
  it('names, ids and dates after the VR and colon, quoted', () => {
    const printed = [
      "(0010, 0010) Patient's Name                      PN: 'Dorvane^Wenlix'",
      "(0010, 0020) Patient ID                          LO: 'XJH123456789'",
      "(0010, 0030) Patient's Birth Date                DA: '19710506'",
      "(0008, 1050) Performing Physician's Name         PN: 'Havili^Tevita'",
      "(0010,1001) Other Patient Names                  PN: ['Qxarsk^Ilena', 'Nwosu^Ada']",
    ].join('\n');
    expect(masked(printed)).toEqual(['Dorvane', 'Wenlix', 'XJH123456789', '19710506', 'Havili', 'Tevita', 'Qxarsk', 'Ilena', 'Nwosu', 'Ada']);
  });
});

describe('DICOM JSON (PS3.18 F.2)', () => {
  it('JSON and an object literal with single quotes and bare member names', () => {
    const json = '{"00100010":{"vr":"PN","Value":[{"Alphabetic":"Dorvane^Wenlix"}]},"00100020":{"vr":"LO","Value":["XJH123456789"]},"00100030":{"vr":"DA","Value":["19710506"]},"00080060":{"vr":"CS","Value":["MR"]},"0020000D":{"vr":"UI","Value":["1.2.840.113619.2.55.3.604688119"]}}';
    expect(masked(json)).toEqual(['Dorvane', 'Wenlix', 'XJH123456789', '19710506']);
    const literal = "{'00100010': {vr: 'PN', Value: [{Alphabetic: 'Brellock^Zaniv', Ideographic: 'ブレロック^ザニフ'}]}, '00081050': {vr: 'PN', Value: [{Alphabetic: 'Okafor^Amara'}]}}";
    expect(masked(literal)).toEqual(['Brellock', 'Zaniv', 'ブレロック', 'ザニフ', 'Okafor', 'Amara']);
  });
});

describe('look-alikes stay', () => {
  it('modality, rows, UIDs, sex, institution, study date and id, and tags in prose', () => {
    for (const text of [
      '(0008,0060) CS [CT]                                     #   2, 1 Modality',
      '(0028,0010) US 512                                      #   2, 1 Rows',
      '(0020,000d) UI [1.2.840.113619.2.55.3.604688119.868.1234567890.123] #  50, 1 StudyInstanceUID',
      '(0010,0040) CS [F]                                      #   2, 1 PatientSex',
      '(0008,0080) LO [ACME IMAGING CENTRE]                    #  20, 1 InstitutionName',
      '(0008,0020) DA [20261204]                               #   8, 1 StudyDate',
      "(0028, 0010) Rows                                US: 512",
      "(0008, 0060) Modality                            CS: 'MR'",
      'the value (0010,0010) is the name tag and 00100010 its JSON key',
    ]) expect(found(text), text).toEqual([]);
  });
});

describe('hostile input', () => {
  it('many unclosed brackets, quotes and JSON elements finish within the test timeout', () => {
    const lines = "(0010,0010) PN [VLINTUK^QXARO\n(0010, 0010) Patient's Name   PN: \"Vlintuk\n{'00100010':{vr:'PN',Value:[{Alphabetic:'Vlintuk\n".repeat(4_000);
    expect(found(lines).length).toBeGreaterThan(0);
  });
});
