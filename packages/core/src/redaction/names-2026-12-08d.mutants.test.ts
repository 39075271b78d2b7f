// Issue 13: survivors of the after run of 2026-12-08 on 2026-12-07f's names-left code (docs/TESTING.md, its row),
// each mutant made by hand in the working tree and seen to change these answers: familyNameFirst's pair of one
// listed word (the call of particleFamilyField only when neither is listed), decide's accept of givenBeforeCountry on a
// run of two words only (a particle between them is no given name and country), namedThingRun's unlisted word and
// a place's word (O2 of the leak probe of 2026-12-07: `Charité Berlin`).
import { describe, expect, it } from 'vitest';
import { detectPersons } from './names.js';
import type { Detection } from './types.js';

const found = (text: string): string[] => {
  const out: Detection[] = [];
  detectPersons(text, out);
  return out.map((d) => text.slice(d.start, d.end));
};

describe('the survivors of the after run', () => {
  it('familyNameFirst: a pair with one listed word is read whole without particles', () => {
    expect(found('Smith, John')).toEqual(['John', 'Smith, John']);
    expect(found('Oosterhout, John')).toEqual(['John', 'Oosterhout, John']);
  });

  it("givenBeforeCountry's accept: two named words with a particle between them stay", () => {
    for (const text of ['Maria da Portugal', 'Maria de Portugal', 'Maria van Portugal', 'Maria dos Portugal']) expect([text, found(text)]).toEqual([text, []]);
    expect(found('Maria Portugal')).toEqual(['Maria Portugal']);
  });

  it("namedThingRun: an unlisted word before a place's word in a sentence is a named thing", () => {
    expect(found('Samples shipped to Charité Berlin for sequencing.')).toEqual([]);
  });
});
