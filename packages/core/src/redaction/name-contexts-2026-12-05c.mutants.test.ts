import { describe, expect, it } from 'vitest';
import { detectBuiltin } from './detectors.js';

// Issue 13: the survivors of name-contexts.ts's Stryker run of 2026-12-05 (docs/TESTING.md), one
// input each (or a pair), written to tell the mutant from the code. Through detectBuiltin with the
// person detectors only; each detection as [text, start, end], in the order found (names.ts first,
// then name-contexts.ts: a name both find is listed twice). Invented names (`Qxaro Vlintuk`) are
// no listed names.
const PERSON = new Set(['person']);
const found = (text: string): Array<[string, number, number]> => detectBuiltin(text, PERSON).map((d) => [text.slice(d.start, d.end), d.start, d.end]);

describe('a side after a party label', () => {
  it.each([
    // nameWord: only trailing apostrophes come off (`She'll` is no `Shell`), all of them (`Garden''` is `Garden`, a word), and the word is kept.
    ["Owners: Tevita She'll & Mele Fifita", [["Tevita She'll", 8, 21], ['Mele Fifita', 24, 35]]],
    ["Owners: Qxaro Garden'' & Dorric Halversham", []],
    ["Owners: Qxaro Vlintuk' & Dorric Halversham", [['Qxaro Vlintuk', 8, 21], ["Qxaro Vlintuk'", 8, 22], ['Dorric Halversham', 25, 42]]],
    // Every part of a hyphenated word must be a name word.
    ['Owners: Qxaro Vlintuk-Garden & Dorric Halversham', []],
    // A label with no name after it.
    ['Owners: none', []],
    // Two blanks after a list's comma.
    ['Owners: Qxaro Vlintuk,  Dorric Halversham', [['Qxaro Vlintuk', 8, 21], ['Dorric Halversham', 24, 41], ['Qxaro Vlintuk', 8, 21], ['Dorric Halversham', 24, 41]]],
    // A deed's label with one name not in capitals: names.ts's reading alone, no second one here.
    ['Grantee: Qxaro Vlintuk', [['Qxaro Vlintuk', 9, 22]]],
    // A listed firm whose words are names (`Paul Smith`), first or second: no persons.
    ['Owners: Paul Smith & Mele Fifita', []],
    ['Owners: Mele Fifita & Paul Smith', []],
  ] as Array<[string, Array<[string, number, number]>]>)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('Turkish names before a case suffix: the leading nouns', () => {
  it.each([
    // Three name words and no lead: all three are the name.
    ["Qxaro Dorric Vlintuk'un dosyası", [['Qxaro Dorric Vlintuk', 0, 20]]],
    // Only leads: nothing, and no word read past the last.
    ["Hasta Bay'ın dosyası", []],
  ] as Array<[string, Array<[string, number, number]>]>)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('a family and the plural of a surname', () => {
  it.each([
    // The apostrophe and `s` come off only at the surname's end, for the word check and for the span.
    ["the She'll family", [["She'll", 4, 10]]],
    ["the D'arcy family", [["D'arcy", 4, 10]]],
    ["the Havili' family", [['Havili', 4, 10]]],
    ["the Garden' family", []],
    // A product's family, in any case the text writes it.
    ['the Ubuntu family', []],
    // A people's name (`Kiwis`), a common word's plural (`Pianos`), a listed name that ends in `s` (`Thomas`: names.ts's reading alone).
    ['with the Kiwis', []],
    ['with the Pianos', []],
    ['with the Thomas', [['Thomas', 9, 15]]],
  ] as Array<[string, Array<[string, number, number]>]>)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('the plural is a person, of the class pii.person', () => {
    expect(detectBuiltin('the Vlintukas donated', PERSON).map((d) => [d.type, d.class])).toEqual([['PERSON', 'pii.person']]);
  });
});
