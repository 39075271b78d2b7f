import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';

// L4 of the eighth probe (test/redaction/probe-2026-12-05a.cases.md): a name after a role noun of
// gig work, housing, school or hiring (`Driver Kwabena Mensah-Boateng`) was stored raw when the
// given name was not listed, and a listed one was masked with its role (`[PERSON]` for `Driver
// Tomasz Grabowski`, `Guarantor …`). The role now leads the run as a cue and stays readable
// (names.ts ROLE_LEAD_NOUNS, CUE_BEFORE); portal and app words are no names after it.
const persons = (text: string) => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('L4: a name after a role noun', () => {
  it('the probe row', () => {
    expect(persons('Driver Kwabena Mensah-Boateng (plate 8XYZ123, DL D4829173) picked up the rider at 14:02.')).toEqual(['Kwabena Mensah-Boateng']);
    expect(persons('Courier Kwabena Mensah-Boateng (ref 8XYZ123) arrived at 14:02.')).toEqual(['Kwabena Mensah-Boateng']);
    expect(persons('Tenant Kwabena Mensah-Boateng (ref 8XYZ123) arrived at 14:02.')).toEqual(['Kwabena Mensah-Boateng']);
    expect(persons('Student Kwabena Mensah-Boateng (ref 8XYZ123) arrived at 14:02.')).toEqual(['Kwabena Mensah-Boateng']);
    expect(persons('Driver Tomasz Grabowski signed the delivery note.')).toEqual(['Tomasz Grabowski']);
    expect(persons('Guarantor Kwabena Mensah-Boateng (ref 8XYZ123) signed.')).toEqual(['Kwabena Mensah-Boateng']);
  });
  it('held back: other roles and names', () => {
    expect(persons('Rider Qxaro Vlintuk rated the trip 5 stars.')).toEqual(['Qxaro Vlintuk']);
    expect(persons('Landlord Orvenna Thistlecrake-Moss returned the deposit.')).toEqual(['Orvenna Thistlecrake-Moss']);
    expect(persons('Candidate Adaeze Nwachukwu-Obi accepted the offer.')).toEqual(['Adaeze Nwachukwu-Obi']);
    expect(persons('Executor Lindiwe Dlamini-Zuma filed the inventory.')).toEqual(['Lindiwe Dlamini-Zuma']);
  });
  it('boundaries: a role before products, teams and places', () => {
    expect(persons('Tenant Portal Login Page')).toEqual([]);
    expect(persons('Applicant Portal Help')).toEqual([]);
    expect(persons('Driver App Update')).toEqual([]);
    expect(persons('Student Loan Servicing Center')).toEqual([]);
    expect(persons('Candidate Experience Team')).toEqual([]);
    expect(persons('Courier Service Express')).toEqual([]);
  });
});
