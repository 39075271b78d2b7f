// Issue 13: a survivor of the static run of 2026-12-08 on 2026-12-07f's names-left code (docs/TESTING.md, its row),
// made by hand in the working tree and seen to fail here: ACADEMIC_COMPOUND_END reads a compound's end only, so a
// name that holds `umc` or `hochschule` inside it is a second person after a comma, no institution.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';

const persons = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe("institutionSide, ACADEMIC_COMPOUND_END at a word's end only", () => {
  it('a word holding a compound end inside it is no institution', () => {
    for (const side of ['Dumcke Nijmegen', 'Humcker Nijmegen', 'Hochschulerin Nijmegen']) {
      expect([side, persons(`Anna van Dijk, ${side}`)]).toEqual([side, ['Anna van Dijk', side]]);
    }
    expect(persons('Anna van Dijk, Radboudumc Nijmegen')).toEqual(['Anna van Dijk']);
  });
});
