// Mutation tests for the lines of names.ts changed by the redaction work of 2026-12-03 afternoon
// (issue 13; docs/TESTING.md, the names/script-names/seed-phrases/xml-values row of that day):
// abstract-noun endings, words in capitals beside names, names in capitals with a slash, a name
// written family name first with a comma, verbs around names the lists lack, thing nouns and German
// articles before a word. In process, names.ts alone (detectPersons, direct calls), so each
// mutant costs milliseconds; the same cases through detectSensitive are in
// names-probe-2026-12-03.test.ts. 'Zubrak', 'Zelmor', 'Varvio', 'Kusi' are on no list (unknown
// words); 'Svetlana', 'Ivanova', 'John' are listed; 'Mark', 'Will' are ambiguous (common words).
import { describe, expect, it } from 'vitest';
import { detectPersons } from './names.js';
import type { Detection } from './types.js';

/** `start-end:slice` of every PERSON detection, in the order found. */
const persons = (text: string): string[] => {
  const out: Detection[] = [];
  detectPersons(text, out);
  return out.map((d) => `${d.start}-${d.end}:${text.slice(d.start, d.end)}`);
};
const cases = (table: Array<[string, string[]]>) => {
  for (const [text, expected] of table) expect(persons(text), text).toEqual(expected);
};

describe('an unlisted word with an abstract-noun ending (kindOf)', () => {
  it('is no name from seven letters on, with any of the endings; shorter, or another ending, it is', () => {
    cases([
      ['Dr. Zubtion', []],
      ['Dr. Zubsion', []],
      ['Dr. Zubment', []],
      ['Dr. Zubness', []],
      ['Dr. Zubship', []],
      ['Dr. Zubology', []],
      ['Dr. Zubability', []],
      ['Dr. Zubibility', []],
      ['Dr. Zuubism', []],
      // Six letters: a name after a title.
      ['Dr. Zution', ['4-10:Zution']],
      ['Dr. Zubism', ['4-10:Zubism']],
      // The ending must end the word.
      ['Dr. Zubtions', ['4-12:Zubtions']],
    ]);
  });
});

describe('a word in capitals the lists lack, beside a listed name or after a title (capsBesideNames)', () => {
  it('beside a listed name in capitals, one blank between, on either side', () => {
    cases([
      ['JOHN VARVIO', ['0-11:JOHN VARVIO']],
      ['VARVIO JOHN', ['0-11:VARVIO JOHN']],
      // Two blanks, a possessive, a partner not in capitals: the unknown word stays a word.
      ['JOHN  VARVIO', ['0-4:JOHN']],
      ['VARVIO  JOHN', ['8-12:JOHN']],
      ["JOHN'S VARVIO", []],
      ["VARVIO'S JOHN", ['9-13:JOHN']],
      ['John VARVIO', ['0-4:John']],
      ['VARVIO John', ['7-11:John']],
      // Only a blank between: after a comma the unknown word stays a word (no family-name-first pair).
      ['JOHN, VARVIO', ['0-4:JOHN']],
      ['VARVIO, JOHN', ['8-12:JOHN']],
      // The partner is read as a word in capitals, in a text that is not all capitals.
      ['Hello JOHN VARVIO', ['6-17:JOHN VARVIO']],
    ]);
  });
  it('four letters or more, all capitals, not an abbreviation or an English-looking word', () => {
    cases([
      ['JOHN VAR', ['0-4:JOHN']],
      ['JOHN VARV', ['0-9:JOHN VARV']],
      ['JOHN ASAP', ['0-4:JOHN']],
      ['JOHN REPORT', ['0-4:JOHN']],
      ['MARIA URGENT', []],
      ['JOHN PAYMENTS', ['0-4:JOHN']],
      ['JOHN REPORTING', ['0-4:JOHN']],
    ]);
  });
  it('after a title or a label that is a strong cue, and a second such word right after the first', () => {
    cases([
      ['Dr. VARVIO', ['4-10:VARVIO']],
      ['Beneficiary: VARVIO', ['13-19:VARVIO']],
      ['Dr. ADAEZE NWOSU', ['4-16:ADAEZE NWOSU']],
      ['Dr. ZUBRAK ZELMOR', ['4-17:ZUBRAK ZELMOR']],
      // No title: the chain of words after a title has no start (the third and fourth words of a text).
      ['x y ZUBRAK VARVIO here', []],
      // A weak cue ('to', 'from') is none.
      ['to VARVIO', []],
      ['from VARVIO KUSI', []],
      // The title is read in the 40 characters before the word, wherever the word stands in a long text.
      ['Dr. VARVIO signed the form for the account yesterday at noon.', ['4-10:VARVIO']],
      [`${'x'.repeat(60)} Dr. VARVIO`, ['65-71:VARVIO']],
    ]);
  });
});

describe('a name in capitals with a slash (slashedNames)', () => {
  it('surname/given names with one part listed, ended by a title, a blank, punctuation, a caret or the end', () => {
    cases([
      ['SMITH/JOHN', ['0-10:SMITH/JOHN']],
      ['X SMITH/JOHN', ['2-12:SMITH/JOHN']],
      ['SMITH/JOHN PETER', ['0-16:SMITH/JOHN PETER']],
      ['SMITH/JOHN MRS', ['0-10:SMITH/JOHN']],
      ['(SMITH/JOHN)', ['1-11:SMITH/JOHN']],
      ['SMITH/JOHN^', ['0-10:SMITH/JOHN']],
      ["O'NEIL/JOHN", ["0-11:O'NEIL/JOHN"]],
      ['IVANOVA/ZUBRAK', ['0-14:IVANOVA/ZUBRAK']],
      ['ZUBRAK/SVETLANA', ['0-15:ZUBRAK/SVETLANA']],
    ]);
  });
  it('not with no part listed, a frequent word or an abbreviation among the parts, nor inside a path', () => {
    cases([
      ['KUSI/VARVIO', []],
      ['SMITH/REPORT', []],
      ['SMITH/ASAP', []],
      // A listed part ('IVANOVA') beside a frequent word, a word the lists keep out, an abbreviation.
      ['IVANOVA/REPORT', []],
      ['IVANOVA/MONDAY', []],
      ['IVANOVA/ASAP', []],
      ['SMITH/JOHN/X', []],
      ['1SMITH/JOHN', []],
      ['SMITH/JOHN1', []],
      ['Smith/John', []],
    ]);
  });
});

describe('a name written family name first with a comma (familyNameFirst)', () => {
  it('one span from the family name to the given name (and an initial), when one of them is listed', () => {
    cases([
      ['Zubrak, Svetlana', ['8-16:Svetlana', '0-16:Zubrak, Svetlana']],
      ['Svetlana, Ivanova', ['0-8:Svetlana', '10-17:Ivanova', '0-17:Svetlana, Ivanova']],
      ['Svetlana, Ivanova.', ['0-8:Svetlana', '10-17:Ivanova', '0-17:Svetlana, Ivanova']],
      ['Ivanova, Svetlana K.', ['0-7:Ivanova', '9-19:Svetlana K', '0-20:Ivanova, Svetlana K.']],
      // Not an initial: a letter after the dot, or two letters.
      ['Ivanova, Svetlana K.x', ['0-7:Ivanova', '9-17:Svetlana', '0-17:Ivanova, Svetlana']],
      ['Ivanova, Svetlana,pedro', ['0-7:Ivanova', '9-17:Svetlana', '0-17:Ivanova, Svetlana']],
    ]);
  });
  it('not two unknown words, a possessive, another spacing, or a list', () => {
    cases([
      ['Zubrak, Zelmor', []],
      // A family name of three letters is one, of two letters none.
      ['Lee, Svetlana', ['5-13:Svetlana', '0-13:Lee, Svetlana']],
      ['see Xu, Svetlana', ['4-6:Xu', '8-16:Svetlana']],
      // A word that is no name ('Zubtion': an abstract-noun ending) on either side, a word in lower case.
      ['Zubtion, Svetlana', ['9-17:Svetlana']],
      ['Svetlana, Zubtion', ['0-8:Svetlana']],
      ['ivanova, Svetlana', ['9-17:Svetlana']],
      ['Ivanova, svetlana', ['0-7:Ivanova']],
      ["Ivanova's, Svetlana", ['0-7:Ivanova', '11-19:Svetlana']],
      ['Ivanova,  Svetlana', ['0-7:Ivanova', '10-18:Svetlana']],
      ['Ivanova,Svetlana', ['0-7:Ivanova', '8-16:Svetlana']],
      ['Svetlana, Ivanova, Petrova', ['0-8:Svetlana', '10-17:Ivanova']],
      ['Svetlana, Ivanova and Petrova', ['0-8:Svetlana', '10-17:Ivanova', '22-29:Petrova']],
      ['Svetlana, Ivanova & co', ['0-8:Svetlana', '10-17:Ivanova']],
      ['Ivanova, Svetlana or X', ['0-7:Ivanova', '9-17:Svetlana']],
      ['Ivanova, Svetlana, Pedro', ['0-7:Ivanova', '9-17:Svetlana', '19-24:Pedro']],
      ['x, Svetlana, Ivanova', ['3-11:Svetlana', '13-20:Ivanova']],
    ]);
  });
});

describe('verbs around a name the lists lack (decide: PERSON_VERB_AFTER, ADDRESSED_BEFORE)', () => {
  it('a verb of what a person did right after an unknown or ambiguous word', () => {
    cases([
      ['Zubrak approved', ['0-6:Zubrak']],
      ['Zubrak, said', ['0-6:Zubrak']],
      ['Mark said', ['0-4:Mark']],
      ['Will said', ['0-4:Will']],
      ['The Zubrak Zelmor approved', ['4-17:Zubrak Zelmor']],
      ['Zubrak', []],
      ['Mark', []],
      ['The Zubrak Zelmor', []],
      ['Zubrak  approved', []],
      ["Zubrak's approved", []],
      ['Zubrak approvedx', []],
    ]);
  });
  it('a verb addressed to a person at a sentence start before an unknown word (not before an ambiguous one)', () => {
    cases([
      ['Ask Zubrak', ['4-10:Zubrak']],
      ['ask Zubrak', ['4-10:Zubrak']],
      ['Hi. ask Zubrak', ['8-14:Zubrak']],
      ['x: ask Zubrak', ['7-13:Zubrak']],
      ['Ask  Zubrak', ['5-11:Zubrak']],
      ['x:ask Zubrak', []],
      ['Ask    Zubrak', []],
      ['Ask Mark', []],
    ]);
  });
  it('a verb that is also a surname opening a sentence is the verb; elsewhere it is part of the name', () => {
    cases([
      ['Pay Svetlana Ivanova', ['4-20:Svetlana Ivanova']],
      ['Hello. Call Svetlana Ivanova', ['12-28:Svetlana Ivanova']],
      ['so Pay Svetlana Ivanova', ['3-23:Pay Svetlana Ivanova']],
    ]);
  });
  it('an amount after a name is no house number', () => {
    cases([
      ['Svetlana Ivanova 200 EUR', ['0-16:Svetlana Ivanova']],
      ['Svetlana Ivanova 200 euro', ['0-16:Svetlana Ivanova']],
      ['Zubrak Zelmor 200 EUR', ['0-13:Zubrak Zelmor']],
      ['Svetlana Ivanova 200', []],
      ['Zubrak Zelmor 200', []],
    ]);
  });
});

describe('a thing noun or a German article before a word (decide: THING_NOUN_BEFORE, GERMAN_ARTICLE_BEFORE)', () => {
  it('one word, or two not both listed, after a thing noun are no name', () => {
    cases([
      ['host Svetlana', []],
      ['Host Svetlana', []],
      ['Cluster Svetlana', []],
      ['host Svetlana Zubrak', []],
      // Not inside a word, not after more than two blanks, not two listed names or three words, not before particles.
      ['ghost Svetlana', ['6-14:Svetlana']],
      ['host   Svetlana', ['7-15:Svetlana']],
      ['host Svetlana Ivanova', ['5-21:Svetlana Ivanova']],
      // In capitals too: a listed name beside another stays listed (it is not made an unknown word).
      ['host SVETLANA IVANOVA', ['5-21:SVETLANA IVANOVA']],
      ['host Svetlana Ivanova Zubrak', ['5-28:Svetlana Ivanova Zubrak']],
      ['host van der Zubrak', ['5-19:van der Zubrak']],
      ['Mr Host arrived', ['3-7:Host']],
    ]);
  });
  it('one unlisted word after a German article is a noun; a listed name, two words, a longer gap or a letter before the article leave it', () => {
    cases([
      ['Zubrak said', ['0-6:Zubrak']],
      ['die Zubrak said', []],
      ['-die Zubrak said', []],
      ['die  Zubrak said', []],
      ['eine Zubrak said', []],
      ['bdie Zubrak said', ['5-11:Zubrak']],
      ['die   Zubrak said', ['6-12:Zubrak']],
      ['die Svetlana said', ['4-12:Svetlana']],
      ['die Svetlana Zubrak said', ['4-19:Svetlana Zubrak']],
      ['die Zubrak Svetlana said', ['4-19:Zubrak Svetlana']],
    ]);
  });
});
