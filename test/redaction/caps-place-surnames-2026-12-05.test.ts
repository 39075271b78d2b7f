import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';

// A surname that is a place's word (PLACE_WORD_SURNAMES: Park, Hall, Lane, Court, Church, …) in
// capitals after a given name read behind a title or a label (`Patient: MARIA PARK`, `Patient:
// JOHN HALL`) was stored raw: words in capitals that are places are kept out of names so that
// `HYDE PARK` stays readable. Found by the Stryker run of names.ts on 2026-12-05 (survivors 97,
// 98); names.ts capsBesideNames.
const persons = (text: string) => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('a place-word surname in capitals after a label or a title', () => {
  it('the finding', () => {
    expect(persons('Patient: MARIA PARK')).toEqual(['MARIA PARK']);
    expect(persons('Patient: JOHN HALL')).toEqual(['JOHN HALL']);
  });
  it('held back: other labels, titles and place words', () => {
    expect(persons('Dr. GRACE HALL')).toEqual(['GRACE HALL']);
    expect(persons('Beneficiary: MARIA LANE')).toEqual(['MARIA LANE']);
    expect(persons('Patient: MARIA PARK DOB 1980-01-02')).toEqual(['MARIA PARK']);
    expect(persons('Member: JOHN CHURCH')).toEqual(['JOHN CHURCH']);
  });
  it('boundaries: places in capitals with no label or title', () => {
    expect(persons('HYDE PARK')).toEqual([]);
    expect(persons('Visit HYDE PARK today')).toEqual([]);
    expect(persons('CARNEGIE HALL tickets')).toEqual([]);
  });
});
