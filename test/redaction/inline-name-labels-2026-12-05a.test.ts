import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';

// L7 of the eighth probe (test/redaction/probe-2026-12-05a.cases.md): a form's name label with no
// colon inside its line (`Question 3: Surname Nguyen-Tran, Given names Bao Anh`, an ATO tax file
// number declaration pasted as text) left the surname raw, and a surname before `, Given names`
// took the label with it (`Okafor, Given`) (names.ts NAME_LABEL_IN_LINE, familyNameFirst).
const persons = (text: string) => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('L7: a name label inside its line, no colon', () => {
  it('the probe row', () => {
    expect(persons('Question 3: Surname Nguyen-Tran, Given names Bao Anh')).toEqual(['Nguyen-Tran', 'Bao Anh']);
    expect(persons('Question 3: Surname Nguyen-Tran.')).toEqual(['Nguyen-Tran']);
    expect(persons('Surname Okafor, Given names Chidi')).toEqual(['Okafor', 'Chidi']);
  });
  it('held back: other labels, separators and names', () => {
    expect(persons('Q3: Surname Vlintuk, Given names Qxaro')).toEqual(['Vlintuk', 'Qxaro']);
    expect(persons('Applicant: Family name Kuznetsova-Hart; First name Olga')).toEqual(['Kuznetsova-Hart', 'Olga']);
    expect(persons('Section B, Last name Thistlecrake, first name Orvenna')).toEqual(['Thistlecrake', 'Orvenna']);
    expect(persons('Patient: Okafor, Given name Amara')).toEqual(['Okafor', 'Amara']);
  });
  it('boundaries: prose about the fields, a bare name word, a surname-first name', () => {
    expect(persons('Note: Surname fields are required')).toEqual([]);
    expect(persons('Tip: first name Only letters allowed')).toEqual([]);
    expect(persons('Okafor, Amara')).toEqual(['Okafor, Amara']);
  });
});
