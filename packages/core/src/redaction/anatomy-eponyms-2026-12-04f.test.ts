import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../index.js';

// O5 of the sixth probe of 2026-12-04 (test/redaction/probe-2026-12-04f.cases.md): a part of the
// body or a lesion named after someone, with its noun right after the eponym (`Achilles tendon`,
// `Barrett esophagus`), was masked as a person (names.ts ANATOMY_NOUN_AFTER in lookAlike).
const persons = (text: string) => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('O5: anatomical eponyms before their noun are no persons', () => {
  it('the probe row', () => {
    for (const text of ['Assessment: Achilles tendon rupture, left', 'Patient had a Bankart repair and Achilles tendon rupture', 'Barrett esophagus surveillance']) expect(persons(text), text).toEqual([]);
  });
  it('held back: other tissues and lesions, possessive or not', () => {
    for (const text of ["Barrett's oesophagus, no dysplasia", "Peyer's patches hypertrophy", 'Wharton jelly sample', 'Zenker diverticulum on swallow study', 'Morton neuroma, left foot', 'Virchow node palpable', 'Bartholin gland abscess']) expect(persons(text), text).toEqual([]);
  });
  it('persons stay: with a title, before another word, and before a verb that is also such a noun', () => {
    expect(persons('Seen by Maria Barrett today')).toEqual(['Maria Barrett']);
    expect(persons('Ms. Barrett esophagus biopsy today')).toEqual(['Barrett']);
    expect(persons('Anna spots the error')).toEqual(['Anna']);
    expect(persons('Referred by Dr. Achilles Vlintuk')).toEqual(['Achilles Vlintuk']);
  });
});
