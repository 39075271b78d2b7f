// O1 of the README-only probe of 2026-12-06 (test/redaction/probe-2026-12-06.cases.md; issue 11): an HL7 v2
// message type's trigger event (MSH-9, `ORU^R01`, `ADT^A03`) was masked as an ICD-10 code, and with it the
// message's kind that every interface log and query keys on. After a message type of HL7 v2 Table 0076 and
// `^`, the code is the trigger event (Table 0003); ICD-10 codes elsewhere in the same messages stay masked.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';

/** The ICD10 detections' texts. */
const icd = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'ICD10').map((d) => text.slice(d.start, d.end));
const msh = (type: string): string => `MSH|^~\\&|LIS|LAB|EHR|HOSP|20261205||${type}|88213|P|2.5.1`;

describe('trigger events after a message type stay', () => {
  it.each([
    // The row's example, its held-back inputs, and more of Table 0076.
    'ORU^R01^ORU_R01', 'ADT^A03^ADT_A03', 'OMG^O19^OMG_O19', 'RDE^O11', 'MDM^T02', 'VXU^V04', 'ACK^R01', 'ADT^A08', 'SIU^S12', 'ORM^O01', 'RSP^K11', 'QBP^Q11', 'MFN^M02', 'DFT^P03',
  ])('%s', (type) => {
    expect(icd(msh(type))).toEqual([]);
  });
  it('four MSH lines in one text', () => {
    expect(icd(['ADT^A08', 'ORU^R01', 'ORM^O01', 'SIU^S12'].map(msh).join('\n'))).toEqual([]);
  });
  it('in an interface log line', () => {
    expect(icd('Interface stats: ADT^A01 412, ORU^R01 1,877, SIU^S12 96 messages today (diagnosis feed)')).toEqual([]);
  });
});

describe('ICD-10 codes in the same messages are still read', () => {
  it('a DG1 segment\'s diagnosis beside an MSH line', () => {
    expect(icd(`${msh('ADT^A03^ADT_A03')}\nDG1|1||E11.9^Type 2 diabetes mellitus^I10|`)).toContain('E11.9');
  });
  it('a code after `^` that follows no message type', () => {
    expect(icd('diagnosis code ICD^E11 noted')).toEqual(['E11']);
    expect(icd('diagnosis: XYZ^C50 reported')).toEqual(['C50']);
    expect(icd('diagnosis ADTX^A03 noted')).toEqual(['A03']);
    expect(icd('diagnosis XADT^A03 noted')).toEqual(['A03']);
    // A message type and a code with no `^` between.
    expect(icd('diagnosis ADT A03 noted')).toEqual(['A03']);
  });
  it('a trigger event at the text\'s start', () => {
    expect(icd('ADT^A03 received, diagnosis feed')).toEqual([]);
  });
});
