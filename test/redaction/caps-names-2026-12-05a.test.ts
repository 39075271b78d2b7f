import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';

// L3 of the eighth probe (test/redaction/probe-2026-12-05a.cases.md): a full name in capitals in
// running text with no label or honorific (`TUNDE BAKARE will cover the night shift`, `Hi QXARO
// VLINTUK,`, `Approved by TUNDE BAKARE`) was stored raw unless the lists held its words, and a
// listed three-letter given name stayed beside its masked surname (`MEI [PERSON]`) (names.ts
// capsPairsInContext's person cues, shortCapsGivenNames).
const persons = (text: string) => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('L3: names in capitals without a label', () => {
  it('the probe row', () => {
    expect(persons('TUNDE BAKARE will cover the night shift on Saturday.')).toEqual(['TUNDE BAKARE']);
    expect(persons('Hi TUNDE BAKARE, following up on the invoice')).toEqual(['TUNDE BAKARE']);
    expect(persons('Approved by TUNDE BAKARE on 2026-11-02.')).toEqual(['TUNDE BAKARE']);
    expect(persons('ok thanks TUNDE BAKARE, see you tomorrow')).toEqual(['TUNDE BAKARE']);
    expect(persons('Hi QXARO VLINTUK, following up on the invoice')).toEqual(['QXARO VLINTUK']);
    expect(persons('MEI LING will cover the night shift on Saturday.')).toEqual(['MEI LING']);
  });
  it('held back: other names, cues and verbs', () => {
    expect(persons('Dear ORVENNA THISTLECRAKE, your claim')).toEqual(['ORVENNA THISTLECRAKE']);
    expect(persons('DORRIC HALVERSHAM approved the refund')).toEqual(['DORRIC HALVERSHAM']);
    expect(persons('Reviewed by ADAEZE NWACHUKWU yesterday')).toEqual(['ADAEZE NWACHUKWU']);
    expect(persons('Hi ANA GARCIA,')).toEqual(['ANA GARCIA']);
  });
  it('boundaries: capitals that are no names', () => {
    expect(persons('THE SMITH FAMILY')).toEqual([]);
    expect(persons('ERROR HANDLER will retry')).toEqual([]);
    expect(persons('to ACME HOLDINGS')).toEqual([]);
    expect(persons('from GITHUB ACTIONS')).toEqual([]);
    expect(persons('Hi TEAM, quick update')).toEqual([]);
    expect(persons('Hi ALL STAFF, reminder')).toEqual([]);
    expect(persons('CEO SMITH said')).toEqual(['SMITH']);
  });
});
