// Issue 13: the survivors of name-contexts.ts's lines of 2026-12-06's second session that the first analysis left
// open (docs/TESTING.md, the row "name-contexts.ts and names.ts of 2026-12-06's second session"), from a Stryker run
// on those lines alone (reports/stryker-names-survivors-2026-12-06c.json). detectContextNames called directly (no
// other detector, no overlap resolution), so a wrong span or an empty person is seen as it is pushed.
// - subjectBeforeComma: no capitalized word before the comma, a word in capitals only, a run that holds a word that is
//   no name, a name of two words, a preposition of place before the name near the text's start;
// - kinTitledNames: the cut of a German kinship noun that is an ambiguous name from the person names.ts found over it,
//   and no cut when the word after the noun is no name.
// - names.ts: a memorial's head after a place's words is the place only when every word before the head is one.
// Bug found and fixed here: a capitalized preposition of place that the lists hold as a name too (`In`, `Im`, `Aus`,
// `Dans`) was read as the name's first word (`In Kaduna, a 5-year-old boy` gave the person `In Kaduna`).
import { describe, expect, it } from 'vitest';
import type { Detection } from '../../packages/core/src/redaction/types.js';
import { detectContextNames } from '../../packages/core/src/redaction/name-contexts.js';
import { detectPersons } from '../../packages/core/src/redaction/names.js';

/** What detectContextNames pushes to `out` (after `before`): `TYPE:text`. */
function context(text: string, before: Detection[] = []): string[] {
  const out = [...before];
  detectContextNames(text, out);
  return out.map((d) => `${d.type}:${text.slice(d.start, d.end)}`);
}
const person = (text: string, name: string): Detection => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, type: 'PERSON', class: 'pii.person', normalized: name.toLowerCase() } as Detection;
};

describe('subjectBeforeComma: the subject before an age or a role appositive', () => {
  it('no capitalized word right before the comma: nothing, no failure', () => {
    for (const text of [
      'lower case words, the index participant, reported nausea.',
      ', the index participant, reported nausea.',
      'as noted, a 5-year-old boy was seen.',
      '42, a 47-year-old participant, said',
    ]) expect(context(text)).toEqual([]);
  });

  it('a word in capitals only is an acronym: no person, not even an empty one', () => {
    expect(context('Sources told CNN, a 30-year-old man said')).toEqual([]);
    expect(context('Per the WHO, the index patient, recovered')).toEqual([]);
  });

  it('the run is the name words that end at the comma, not a word before them', () => {
    expect(context('Monday Karaosmanoğlu, a 47-year-old participant, said')).toEqual(['PERSON:Karaosmanoğlu']);
    expect(context('Yesterday Vlintuk, the index participant, reported nausea.')).toEqual(['PERSON:Vlintuk']);
  });

  it('a name of two or three words, exactly', () => {
    expect(context('Zephra Vlintuk, a 47-year-old participant, said')).toEqual(['PERSON:Zephra Vlintuk']);
    expect(context('Narrative: Zephra Ama Vlintuk, the index participant, reported nausea.')).toEqual(['PERSON:Zephra Ama Vlintuk']);
  });

  it('a preposition of place before the name at the text\'s start, also one the lists hold as a name (bug fixed)', () => {
    for (const text of [
      'In Vlintuk, a 5-year-old boy was seen.',
      'In Kaduna, a 5-year-old boy died.',
      'In Vlintuk, the index participant, was seen.',
      'At Vlintuk, a 5-year-old boy was seen.',
      'Aus Vlintuk, ein 47-jähriger Mann, kam.',
      'Im Vlintuk, ein 47-jähriger Mann, kam.',
      'Dans Vlintuk, un homme de 47 ans, est venu.',
    ]) expect(context(text)).toEqual([]);
    // look-alikes: a name that only begins with a preposition's letters, and the name after a word that is none
    expect(context('Ines Vlintuk, a 5-year-old girl, was seen.')).toEqual(['PERSON:Ines Vlintuk']);
    expect(context('Inez Vlintuk, a 47-year-old participant, said')).toEqual(['PERSON:Inez Vlintuk']);
    expect(context('Later, Vlintuk, a 5-year-old boy, was seen.')).toEqual(['PERSON:Vlintuk']);
  });
});

describe('kinTitledNames: a person names.ts found over a kinship noun and the word after it', () => {
  it('a German noun that is an ambiguous name too (Mutter, Kind) is cut from the name', () => {
    for (const [text, whole, name] of [
      ['Mutter Yıldız hat angerufen.', 'Mutter Yıldız', 'Yıldız'],
      ['Kind Vlintuk ist krank.', 'Kind Vlintuk', 'Vlintuk'],
    ] as const) expect(context(text, [person(text, whole)])).toEqual([`PERSON:${name}`]);
  });

  it('a word after the noun that is no name word leaves the person as names.ts found it', () => {
    for (const [text, whole] of [
      ['Mutter Hoffnung kommt.', 'Mutter Hoffnung'],
      ['Vater Tochter kommt.', 'Vater Tochter'],
      ['Mother Snacks came.', 'Mother Snacks'],
    ] as const) expect(context(text, [person(text, whole)])).toEqual([`PERSON:${whole}`]);
  });
});

describe('names.ts: a memorial\'s or a building\'s head after words the lists hold as places', () => {
  const persons = (text: string): string[] => {
    const out: Detection[] = [];
    detectPersons(text, out);
    return out.map((d) => text.slice(d.start, d.end));
  };
  it('every word before the head must be a place\'s: one name word among them keeps the person', () => {
    expect(persons('Visit Lincoln Memorial today.')).toEqual([]);
    expect(persons('Visit Washington Vlintuk Memorial today.')).toEqual(['Washington Vlintuk Memorial']);
    expect(persons('Visit Lincoln Vlintuk Memorial today.')).toEqual(['Lincoln Vlintuk Memorial']);
  });
});
