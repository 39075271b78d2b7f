// Issue 13: direct calls of statement-payees.ts detectStatementPayees (L15 of the probe of
// 2026-12-06, 94b4aeef), written from the Stryker run of 2026-12-06 (docs/TESTING.md, the row of the
// third session's new files), whose tests went through names-open-2026-12-06b.test.ts. Each
// boundary below fails with its mutant made: the two groups (initials first, surname first), the
// spans and their normalized words, the surname picked among the initials, a firm's word in the
// 12 characters after the name, the surname's parts read as names.
import { describe, expect, it } from 'vitest';
import type { Detection } from '../../packages/core/src/redaction/types.js';
import { detectStatementPayees } from '../../packages/core/src/redaction/statement-payees.js';

/** The detections as `text[start, end)=normalized`. */
function found(text: string): string[] {
  const out: Detection[] = [];
  detectStatementPayees(text, out);
  for (const detection of out) expect([detection.type, detection.class]).toEqual(['PERSON', 'pii.person']);
  return out.map((detection) => `${text.slice(detection.start, detection.end)}=${detection.normalized}`);
}

describe('detectStatementPayees', () => {
  it('initials then a surname after a code, the span the name alone', () => {
    expect(found('FPI T NDLOVU RENT DEC')).toEqual(['T NDLOVU=t ndlovu']);
    expect(found('2026-12-01,FPI T NDLOVU RENT DEC,-950.00')).toEqual(['T NDLOVU=t ndlovu']);
    expect(found('STO K J MENSAH')).toEqual(['K J MENSAH=k j mensah']);
    expect(found('CHQ 001043 PAID TO W NGATA')).toEqual(['W NGATA=w ngata']);
    expect(found('FASTER PAYMENT RECEIVED FROM O OYELARAN-BAKRE REF 4471')).toEqual(['O OYELARAN-BAKRE=o oyelaran-bakre']);
    expect(found('TFR TO MS H PARATA')).toEqual(['H PARATA=h parata']);
    // The gate lets the plural and blanks inside the code through, as CODE reads them.
    expect(found('FASTER PAYMENTS RECEIVED FROM O OYELARAN-BAKRE')).toEqual(['O OYELARAN-BAKRE=o oyelaran-bakre']);
    expect(found('FASTER\tPAYMENT TO T NDLOVU')).toEqual(['T NDLOVU=t ndlovu']);
    expect(found('FASTER  PAYMENTS OUT TO T NDLOVU')).toEqual(['T NDLOVU=t ndlovu']);
  });

  it('a surname then its initials', () => {
    expect(found('DD GEBREMEDHIN M')).toEqual(['GEBREMEDHIN M=gebremedhin m']);
    expect(found('01/12/2026\tDD FIFITA S INSURANCE\t-42.00')).toEqual(['FIFITA S=fifita s']);
    expect(found('BP NDLOVU T K')).toEqual(['NDLOVU T K=ndlovu t k']);
  });

  it('blanks and tabs inside the name normalized to one blank', () => {
    expect(found('BGC T\tNDLOVU')).toEqual(['T\tNDLOVU=t ndlovu']);
    expect(found('BGC  NDLOVU\tT')).toEqual(['NDLOVU\tT=ndlovu t']);
  });

  it('every payee of a statement, each with its own span', () => {
    expect(found('FPI T NDLOVU RENT\nDD GEBREMEDHIN M\nSTO SAVINGS ACCOUNT\nFPO W NGATA')).toEqual(['T NDLOVU=t ndlovu', 'GEBREMEDHIN M=gebremedhin m', 'W NGATA=w ngata']);
  });

  it("a firm's word after the name, within 12 characters, leaves it", () => {
    expect(found('DD J SAINSBURY')).toEqual(['J SAINSBURY=j sainsbury']);
    expect(found('DD J SAINSBURY PLC')).toEqual([]);
    expect(found('DD J SAINSBURY  HOLDINGS')).toEqual([]);
    expect(found('DD NDLOVU T LTD')).toEqual([]);
    expect(found('DD J SAINSBURY   PLC')).toEqual(['J SAINSBURY=j sainsbury']);
    expect(found('DD J SAINSBURY PLCX')).toEqual(['J SAINSBURY=j sainsbury']);
  });

  it('a surname that is no name: an English word, a place or a firm word', () => {
    expect(found('STO SAVINGS ACCOUNT')).toEqual([]);
    expect(found('DD COUNCIL TAX')).toEqual([]);
    expect(found('FPI A PLAN INSURANCE')).toEqual([]);
    expect(found('DD T WATER')).toEqual([]);
    expect(found('FPI T NDLOVU-WATER')).toEqual([]);
    expect(found('FPI T WATER-NDLOVU')).toEqual([]);
  });

  it("each part of a hyphenated surname three letters or more", () => {
    expect(found('FPI T NDLOVU-MOYO')).toEqual(['T NDLOVU-MOYO=t ndlovu-moyo']);
    expect(found('FPI T NDLOVU-MO')).toEqual([]);
    expect(found('FPI T NGO')).toEqual(['T NGO=t ngo']);
    expect(found('FPI T NDLOVU-NGO')).toEqual(['T NDLOVU-NGO=t ndlovu-ngo']);
  });

  it('no code, no name', () => {
    expect(found('T NDLOVU RENT DEC')).toEqual([]);
    expect(found('PAYMENT T NDLOVU')).toEqual([]);
    expect(found('')).toEqual([]);
  });
});
