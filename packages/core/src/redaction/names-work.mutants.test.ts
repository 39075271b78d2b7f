// The speed of names.ts's prefilters (issue 13): the quick pass `nothingToFind` and the tokenizer's
// lower-case fast path (`asciiLetters`) exist for the throughput target, and a mutant that makes
// either let more through gives the same detections (the full scan decides the same), so only the
// work shows it. `PersonScanWork` counts it: `scans`, texts sent on to the full scan; `strings`,
// words the tokenizer made a string of. Each text below is one the prefilter must rule out on its
// own; the full scan finds no name in any of them either (checked with each call).
import { describe, expect, it } from 'vitest';
import { detectPersons, preloadNameLists, type PersonScanWork } from './names.js';
import type { Detection } from './types.js';

const run = (text: string) => {
  const out: Detection[] = [];
  const work: PersonScanWork = { scans: 0, strings: 0 };
  detectPersons(text, out, work);
  return { text, found: out.map((d) => text.slice(d.start, d.end)), scans: work.scans, strings: work.strings };
};

preloadNameLists();

describe('nothingToFind: ruled out without the full scan', () => {
  const none = (text: string) => ({ text, found: [], scans: 0, strings: 0 });
  const check = (texts: string[]) => {
    for (const text of texts) expect(run(text)).toEqual(none(text));
  };

  it('lower-case prose and a lone capital letter', () => {
    check(['the build passed in time', 'A build ran', 'mr A ok']);
  });

  it('an acronym of three capitals or fewer with no cue before it', () => {
    check(['pay 5 EUR now', 'ok EUR USD', 'status: OK, id ABC']);
  });

  it('a capitalized word glued to digits or identifier characters, on either side', () => {
    check(['ref Order2026 shipped', 'Order2026 shipped', 'see user_Name here', 'ref Order-2026 ok', 'ref 2026-Order ok', 'x Patient#3 y', 'a=Value b']);
  });

  it('a glued capitalized word after a cue (the cue makes only an unglued word a candidate)', () => {
    check(['mr ZOE2 ok', 'dear AMY_1 ok']);
  });

  it('a capitalized word joined by a hyphen or an apostrophe to letters and then glued to digits', () => {
    check(['see Patricia-x1 now', "see Ann'x1 now"]);
  });

  it('an acronym before a hyphen that no letter follows stays an acronym (the join looks at the character after the hyphen)', () => {
    check(['ok AB- x', 'ok AB-_x']);
  });

  it('a lower-case listed name that cannot start "maria garcia": not followed by a space, too short, or a surname', () => {
    check(['dave, ok', 'dave.', 'jo smith', 'ask garcia now']);
  });
});

describe('nothingToFind: text that could hold a name is scanned, once', () => {
  it('a capitalized word, a cue before capitals, a lower-case first name before a space', () => {
    expect(run('Dear Maria')).toMatchObject({ found: ['Maria'], scans: 1 });
    expect(run('dear AMY')).toMatchObject({ found: ['AMY'], scans: 1 });
    expect(run('dave garcia')).toMatchObject({ found: ['dave garcia'], scans: 1 });
    expect(run('hi José')).toMatchObject({ scans: 1 });
  });

  it('a capitalized word of two letters is a candidate: a listed first name alone ("ok Jo said", "Ed called")', () => {
    expect(run('ok Jo said')).toMatchObject({ found: ['Jo'], scans: 1 });
    expect(run('Ed called')).toMatchObject({ found: ['Ed'], scans: 1 });
  });

  it('a word in capitals is read whole, Z included ("ok LIZA said": not LI and ZA, two acronyms)', () => {
    expect(run('ok LIZA said')).toMatchObject({ found: ['LIZA'], scans: 1 });
  });
});

describe('the lower-case fast path: lower-case ASCII words no rule needs make no string', () => {
  it('only the capitalized word is made a string, wherever the lower-case words stand', () => {
    // `qwxz` and `data` hold the bounds of a-z (`a`, `z`); none of the words is in lowerKeep.
    expect(run('Maria qwxz data size')).toEqual({ text: 'Maria qwxz data size', found: [], scans: 1, strings: 1 });
    expect(run('qwxz data size Maria')).toEqual({ text: 'qwxz data size Maria', found: [], scans: 1, strings: 1 });
  });

  it('a lower-case word with a hyphen or apostrophe takes the slow path (and is read whole)', () => {
    expect(run('Maria qwxz-data')).toMatchObject({ found: [], scans: 1, strings: 2 });
  });
});

describe('kindOf: a name written with diacritics whose folded form is no name word', () => {
  // `jesús` folds to `jesus`, which NOT_NAMES makes a word ("god lord jesus"); the folded answer
  // `W` is not taken, so the accented word stays an unknown capitalized word, part of the name.
  // Jesús is a frequent Spanish given name: taking `W` would leave it in the text.
  it('"Jesús García" is masked whole', () => {
    expect(run('Jesús García llamó ayer').found).toEqual(['Jesús García']);
    expect(run('Llamar a Jesús Fernández mañana').found).toEqual(['Jesús Fernández']);
  });
});
