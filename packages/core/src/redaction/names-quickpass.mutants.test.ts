// The quick pass of names.ts (`nothingToFind`, issue 13): it may only rule out a text the full
// scan would find no name in. Each case here is a text the full scan finds a name in and the
// quick pass once ruled out (found by comparing detectPersons with and without the quick pass on
// about 580,000 texts), or one a surviving mutant of the quick pass would rule out. A mutant that
// makes the quick pass answer "scan" more often costs speed only; these pin the other direction.
import { describe, expect, it } from 'vitest';
import { detectPersons, preloadNameLists } from './names.js';
import type { Detection } from './types.js';

const persons = (text: string) => {
  const out: Detection[] = [];
  detectPersons(text, out);
  return out.map((d) => `${d.start}-${d.end}:${text.slice(d.start, d.end)}`);
};
/** The texts of which detectPersons finds nothing. */
const noneOf = (texts: string[]) => texts.filter((text) => persons(text).length > 0);
/** The same text with its cue capitalized: the quick pass must not make the two differ. */
const capitalizedCue = (text: string) => text.replace(/^[a-z]/, (c) => c.toUpperCase());

preloadNameLists();

describe('nothingToFind: a name of two or three capitals after a cue', () => {
  it('is found after a lower-case cue as after a capitalized one ("dear AMY", "hi ZOE", "thanks ZOE")', () => {
    const cases: Array<[string, string[]]> = [
      ['dear AMY', ['5-8:AMY']],
      ['dear AMY,', ['5-8:AMY']],
      ['hi ZOE!', ['3-6:ZOE']],
      ['hello MAX\n', ['6-9:MAX']],
      ['thanks ZOE', ['7-10:ZOE']],
      ['cheers MAX', ['7-10:MAX']],
      // Greetings that are no cue word of their own (GREETING_BEFORE only).
      ['hiya ZOE', ['5-8:ZOE']],
      ['good morning AMY', ['13-16:AMY']],
      // A title or label takes no word in capitals this short, in either case.
      ['mr MAX', []],
      ['my name is AMY', []],
      ['patient: MAX', []],
    ];
    for (const [text, found] of cases) {
      expect([text, persons(text)]).toEqual([text, found]);
      expect([text, persons(capitalizedCue(text))]).toEqual([text, found]);
    }
  });

  it('is found after a sign-off line written in lower case ("cheers,\\nZOE")', () => {
    for (const text of ['cheers,\nZOE', 'regards,\nAMY', 'vriendelijke groeten,\nZOE']) {
      expect([text, persons(text)]).toEqual([text, persons(capitalizedCue(text))]);
      expect([text, persons(text).length]).toEqual([text, 1]);
    }
  });

  it('an acronym with no cue before it is still no name, and the text is still ruled out', () => {
    expect(persons('ok EUR USD')).toEqual([]);
    expect(persons('status: OK, id ABC')).toEqual([]);
    expect(persons('hi')).toEqual([]);
  });
});

describe('nothingToFind: words joined by a hyphen or an apostrophe are one word, as in the full scan', () => {
  it('a short capitalized part joined to more letters is read whole ("mr ZOE-x", "dear ZOE-ANN", "patient: MA-x")', () => {
    const cases: Array<[string, string[]]> = [
      ['mr ZOE-x', ['3-8:ZOE-x']],
      ['dear ZOE-ANN', ['5-12:ZOE-ANN']],
      ['patient: MA-x', ['9-13:MA-x']],
      ['hi AB-x', ['3-7:AB-x']],
    ];
    for (const [text, found] of cases) {
      expect([text, persons(text)]).toEqual([text, found]);
      expect([text, persons(capitalizedCue(text))]).toEqual([text, found]);
    }
  });
});

describe('kindOf and the lower-case fast path (issue 13, survivors of lines 1-358)', () => {
  it('a word with an apostrophe is no name unless the apostrophe follows a name prefix at its start (O\', D\', L\', Mc, Di, De, Da)', () => {
    expect(persons("Patricia Should've")).toEqual(['0-8:Patricia']);
    expect(persons("Maria Could've gone")).toEqual([]);
    expect(persons("Grace Ko'olau")).toEqual([]);
    expect(persons("Patricia O'Brien")).toEqual(["0-16:Patricia O'Brien"]);
  });

  it('a stop-listed word is an ambiguous first name when a first-name list holds it, else an ambiguous surname', () => {
    // Places, months and names that are first names too: a first name before an unknown word.
    expect(persons('Florence Xqzt')).toEqual(['0-13:Florence Xqzt']);
    expect(persons('Georgia Xqzt')).toEqual(['0-12:Georgia Xqzt']);
    expect(persons('June Xqzt')).toEqual(['0-9:June Xqzt']);
    // Eponyms, drugs and places that no first-name list holds start no name.
    expect(noneOf(['Parkinson Xqzt', 'Texas Xqzt', 'Lyrica Xqzt', 'Everest Xqzt', 'Holter Xqzt'])).toEqual([]);
    // A stop-listed surname counts after an ambiguous first name when an unknown word follows.
    expect(persons('Grace Texas Xqzt')).toEqual(['0-16:Grace Texas Xqzt']);
  });

  it('a listed name ending in a capital A or Z after lower-case letters is no name ("PatriciA", "LopeZ"), unless a cue precedes', () => {
    expect(noneOf(['PatriciA', 'LopeZ'])).toEqual([]);
    expect(persons('Dear PatriciA')).toEqual(['5-13:PatriciA']);
  });

  it('a lower-case word with a hyphen or an apostrophe is looked up whole ("anne-marie garcia", "patricia o\'brien")', () => {
    expect(persons('ok anne-marie garcia')).toEqual(['3-20:anne-marie garcia']);
    expect(persons("ok patricia o'brien")).toEqual(["3-19:patricia o'brien"]);
  });
});
