// Issue 13: direct calls of names.ts detectPersons (and detectSensitive for name-contexts.ts) on the code of
// 2026-12-07f's names-left session (particleFamilyField with FIELD_LEAD_PARTICLES, FIELD_START_BEFORE,
// FIELD_END_AFTER, TITLE_CASE_AT and its call in familyNameFirst; brandCountryRun's and namedThingRun's accented
// given name; givenBeforeCountry, CAPITAL_WORD_BEFORE and their accept in decide; institutionSide's ACADEMIC_HEADS
// and ACADEMIC_COMPOUND_END), written from the Stryker run of 2026-12-08 (docs/TESTING.md, its row), whose only tests
// went through the redactor (test/redaction/names-left-2026-12-07f.test.ts). Exact spans.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';
import { detectPersons } from './names.js';
import type { Detection } from './types.js';

const found = (text: string): string[] => {
  const out: Detection[] = [];
  detectPersons(text, out);
  return out.map((d) => text.slice(d.start, d.end));
};
const persons = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('particleFamilyField: a surname led by particles, a comma and a given name as a whole field', () => {
  it('each listed particle leads a pair of two unlisted words, one span from the first particle', () => {
    for (const particle of ['van', 'von', 'de', 'der', 'den', 'di', 'du', 'da', 'dos', 'das', 'ter', 'ten', 'del', 'della']) {
      const text = `${particle} Oosterhout, Jorien`;
      expect([particle, found(text).includes(text)]).toEqual([particle, true]);
    }
    expect(found('van de der Oosterhout, Jorien')).toContain('van de der Oosterhout, Jorien');
  });

  it('no pair: no particle, an unlisted particle, a capitalized one, four particles, two blanks, not title case', () => {
    for (const text of [
      'Oosterhout, Jorien', 'ver Oosterhout, Jorien', 'Van Oosterhout, Jorien', 'van  Oosterhout, Jorien', 'van de der den Oosterhout, Jorien',
      'van OOSTERHOUT, Jorien', 'van Oosterhout, JORIEN', 'van oosterhout, Jorien',
    ]) expect([text, found(text)]).toEqual([text, []]);
  });

  it("the field's start: the text's, a line's, a tab, a label's colon with up to two blanks, a quote, a bracket", () => {
    for (const before of ['\n', '\r', '\t', ';', 'Naam:', 'Naam: ', 'Naam:  ', 'Naam:\t\t', '"', "'", '(', '<', '[', '{', '|', '>']) {
      expect([before, found(`${before}van Oosterhout, Jorien`)]).toEqual([before, ['van Oosterhout, Jorien']]);
    }
    for (const before of ['x ', 'Naam:   ', 'kwam ', 'x']) expect([before, found(`${before}van Oosterhout, Jorien`)]).toEqual([before, []]);
  });

  it("the field's end: the text's, a line's, a tab, a quote, a bracket, `;`, `|`, a sentence's dot, a comma and no capital", () => {
    for (const after of ['', ' ', '\n', '\r', '\t', ';', '|', ' |', '"', "'", '<', '(', ')', ']', '}', '>', '.', '. Next', ',', ',x', ', x']) {
      expect([after, found(`van Oosterhout, Jorien${after}`)]).toEqual([after, ['van Oosterhout, Jorien']]);
    }
    for (const after of [' x', '.x', ':x', ',Utrecht', ', Utrecht']) expect([after, found(`van Oosterhout, Jorien${after}`)]).toEqual([after, []]);
  });
});

describe('givenBeforeCountry and its accept in decide: a given name and a country as its surname', () => {
  it('a word-like listed given name or an accented one the lists lack, before a country of LONE_COUNTRIES', () => {
    for (const text of ['Maria Portugal', 'Peter Portugal', 'Peter Espanha', 'Peter Holanda', 'João Portugal', 'João Holanda', 'Joao Brasil', 'João Lisboa']) {
      expect([text, found(text)]).toEqual([text, [text]]);
    }
    expect(found('O cliente Maria Portugal ligou.')).toEqual(['Maria Portugal']);
    // Two blanks or a word in lower case before the run: no capitalized word right before it.
    expect(found('ave Maria Portugal')).toEqual(['Maria Portugal']);
    expect(found('Ave  Maria Portugal')).toEqual(['Maria Portugal']);
  });

  it('stay: a possessive country, an English country name, an unknown word, a Romance adjective, a capitalized word before', () => {
    for (const text of [
      "Maria Portugal's", 'Maria Ireland', 'Xyzzo Portugal', 'João brasil', 'Nova Portugal', 'Santa Portugal', 'Victoria Portugal', 'Georgia Portugal',
      'Ave Maria Portugal', 'AVE Maria Portugal', 'Ève Maria Portugal', 'Santa Maria Portugal', 'Maria do Portugal',
    ]) expect([text, found(text)]).toEqual([text, []]);
  });
});

describe("brandCountryRun's and namedThingRun's accented given name", () => {
  it('an accented given name before a brand country or a place is a person; a brand or an unknown word is not', () => {
    for (const text of ['João Deutschland', 'Gonçalo Deutschland', 'João Brasil', 'Sebastião Brasil']) expect([text, found(text)]).toEqual([text, [text]]);
    for (const text of ['Telekom Deutschland', 'Telefónica Deutschland', 'Provider João Deutschland', 'João Telekom Deutschland', 'Charité Portugal', 'Charité Berlin']) {
      expect([text, found(text)]).toEqual([text, []]);
    }
  });
});

describe("institutionSide: a university's, college's or institute's word after a name and a comma", () => {
  it('each head word, and each compound end after three letters', () => {
    for (const head of [
      'Universiteit', 'Universität', 'Universitat', 'University', 'Universidad', 'Universidade', 'Università', 'Universita', 'Université', 'Universite',
      'Uniwersytet', 'Hogeschool', 'Hochschule', 'Academie', 'Akademie', 'Academy', 'Instituut', 'Institut', 'Institute', 'Istituto', 'Instituto', 'UMC',
    ]) expect([head, persons(`Anna van Dijk, Leiden ${head}`)]).toEqual([head, ['Anna van Dijk']]);
    for (const side of ['Erasmusuniversiteit', 'Humboldtuniversität', 'Inholland-hogeschool', 'Fachhochschule', 'Trimbos-instituut', 'Radboudumc', 'Abcumc']) {
      expect([side, persons(`Anna van Dijk, ${side} Nijmegen`)]).toEqual([side, ['Anna van Dijk']]);
    }
    expect(persons('Anna van Dijk, Abumc Nijmegen')).toEqual(['Anna van Dijk', 'Abumc Nijmegen']);
    expect(persons('Anna van Dijk, Maria Lopez')).toEqual(['Anna van Dijk', 'Maria Lopez']);
  });
});
