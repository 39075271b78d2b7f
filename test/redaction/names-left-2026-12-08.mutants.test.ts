// Issue 13: the code of 2026-12-07e's names-left session (issue 11, branch h/namesleft), written from the Stryker runs of
// 2026-12-08 (docs/TESTING.md, their rows). Its tests (names-left-2026-12-07e.test.ts) went through the redactor, where
// other rules mask many of the same words, so which rule found a name, its exact span and each bound of the new rules
// were never checked. names.ts detectPersons and compensation.ts detectCompensation called directly, exact spans:
// capitalNameAfterCopula and the copula's branches of lowerCaseAfterNameCue (a capital after a copula, one lower-case
// word, particles and a lower-case surname after it), copulaVerbAt, familyNameFirst's particles before the family word,
// placeOrBodyRun's two particles and a surname's particle before a place's lead, decide's lone country and town of
// origin, isListedFirm's MAJOR_FIRMS, gappedSalary's named earner.
import { describe, expect, it } from 'vitest';
import { detectCompensation } from '../../packages/core/src/redaction/compensation.js';
import { detectPersons, isListedFirm } from '../../packages/core/src/redaction/names.js';
import type { Detection } from '../../packages/core/src/redaction/types.js';

/** detectPersons' spans, in its order. */
const found = (text: string): string[] => {
  const out: Detection[] = [];
  detectPersons(text, out);
  return out.map((d) => text.slice(d.start, d.end));
};
/** detectPersons' spans with their starts. */
const at = (text: string): string[] => {
  const out: Detection[] = [];
  detectPersons(text, out);
  return out.map((d) => `${text.slice(d.start, d.end)}@${d.start}`);
};

describe('a capital after a copula (capitalNameAfterCopula)', () => {
  it('one unlisted word that ends the clause is a name, at its place, before each end of a clause', () => {
    expect(at('ik ben Daan')).toEqual(['Daan@7']);
    for (const end of [',', '.', '?', '!', ';', ':', ')', '  .', '\nok', '\rok']) expect(found(`ik ben Daan${end}`)).toEqual(['Daan']);
    // A word after it: no name (`ik ben Daan en ik werk hier` stays whole), nor after a tab and a word.
    expect(found('ik ben Daan en jij')).toEqual([]);
    expect(found('ik ben Daan\tok')).toEqual([]);
    // A word of three letters, 22 letters; not 23.
    expect(found('ik ben Jox.')).toEqual(['Jox']);
    expect(found('ik ben Abcdefghijklmnopqrstuv.')).toEqual(['Abcdefghijklmnopqrstuv']);
    expect(found('ik ben Abcdefghijklmnopqrstuvw.')).toEqual([]);
    // Letters of any script and marks after the capital; no word in capitals.
    expect(found('ik ben Dáan.')).toEqual(['Dáan']);
    expect(found('ik ben Daane\u0301.')).toEqual(['Daane\u0301']);
    expect(found('ik ben DAAN.')).toEqual([]);
  });

  it('each copula of those languages, with its pronoun, after a greeting of Portuguese too', () => {
    for (const text of ['je suis Iara.', 'jestem Iara.', 'sou Iara', 'eu sou Iara.', 'yo soy Iara.', 'io sono Iara.', 'Olá, sou Iara.', 'ola, sou Iara.', 'Oi, sou Iara.', 'Bom dia, sou Iara.', 'Boa tarde, sou Iara.', 'Boa noite, sou Iara.', 'Ciao, sono Iara.']) {
      expect(found(text)).toEqual(['Iara']);
    }
    // Not after a word (`x sou`), nor after German `ich bin`, whose nouns are capitalized, in either case.
    expect(found('x sou Iara.')).toEqual([]);
    expect(found('ich bin Daan.')).toEqual([]);
    expect(found('Hallo, ich bin Daan.')).toEqual([]);
    expect(found('Hallo, ICH bin Daan.')).toEqual([]);
  });

  it('a caller\'s word after a greeting (`met`, `tu`) reads no capital: only a copula does', () => {
    expect(found('Hallo, met Daan.')).toEqual([]);
    expect(found('Hallo, tu Daan.')).toEqual([]);
    expect(found('Hallo, ik ben Daan.')).toEqual(['Daan']);
  });

  it('no name: a hyphenated word, a predicate, a people\'s noun, a word of an adjective\'s ending, a pronoun, a place\'s word', () => {
    for (const text of ['ik ben Jan-Daan.', 'ik ben Thuis.', 'ik ben Klaar.', 'ik ben Marokkaan.', 'ik ben Nederlander.', 'je suis Français.', 'ik ben Belg.', 'ik ben Grappig.', 'je suis Heureuse.', 'je suis Moi.', 'soy Hospital.']) {
      expect(found(text)).toEqual([]);
    }
  });

  it('a listed given name the run rules leave alone there is taken (`eu sou João`), once', () => {
    expect(at('eu sou João')).toEqual(['João@7']);
    expect(at('ik ben Sietske.')).toEqual(['Sietske@7']);
  });
});

describe('one lower-case word after a copula, and particles and a surname after it (lowerCaseAfterNameCue)', () => {
  it('a listed given name alone after a copula, its accents folded', () => {
    expect(at('ik ben jan')).toEqual(['jan@7']);
    expect(at('je suis hélène')).toEqual(['hélène@8']);
    expect(at('ik ben zoë.')).toEqual(['zoë@7']);
  });

  it('not after a caller\'s word, nor a word no list holds, nor a predicate of those languages', () => {
    for (const text of ['Hallo, tu jan.', 'Hallo, met jan.', 'ik ben qwrtz', 'ik ben moe', 'ik ben thuis', 'ik ben klaar.', 'soy rosa', 'sono felice']) expect(found(text)).toEqual([]);
  });

  it('particles and a lower-case surname after one or two given names; not after three', () => {
    expect(at('ik ben jan de vries')).toEqual(['jan de vries@7']);
    expect(at('je suis marie anne claire de vries')).toEqual(['marie anne claire@8']);
    expect(found('ik ben jan piet klaas de vries')).toEqual([]);
  });
});

describe('a copula\'s verb before a listed pair (copulaVerbAt)', () => {
  it('`ben` after `ik`, `bin` after `ich` start no lower-case pair; after another word they may', () => {
    for (const text of ['ik ben moe', 'ich bin moe', 'ik bin moe', 'ich ben moe', 'ik  ben moe', 'ik\tben moe', 'Ik ben moe', 'IK ben moe']) expect(found(text)).toEqual([]);
    expect(found('xik ben moe')).toEqual(['ben moe']);
  });

  it('an adverb after a copula starts no pair; after a comma or a word it may', () => {
    for (const text of ['soy casi feliz', 'soy  casi feliz', 'SOY casi feliz', 'sono quasi pronto', 'jestem prawie gotowy', 'ik ben echt moe']) expect(found(text)).toEqual([]);
    expect(found('xsoy casi feliz')).toEqual(['casi feliz']);
    expect(found('soy, casi feliz')).toEqual(['casi feliz']);
  });
});

describe('particles before a family name and a comma (familyNameFirst)', () => {
  it('the span starts at the particles, up to three, each after one blank; a capital is no particle', () => {
    expect(at('de Vries, Jan')).toEqual(['Jan@10', 'de Vries, Jan@0']);
    expect(found('ok van der Berg, Pieter')).toEqual(['van der Berg', 'Pieter', 'van der Berg, Pieter']);
    expect(found('van de van der Berg, Pieter')).toEqual(['van der Berg', 'Pieter', 'de van der Berg, Pieter']);
    expect(found('de  Vries, Jan')).toEqual(['Jan', 'Vries, Jan']);
    expect(found('De Vries, Jan')).toEqual(['Jan']);
    expect(found('The de Vries, Jan')).toEqual(['Jan', 'de Vries, Jan']);
  });

  it('after a name word the particles end a name written given name first', () => {
    expect(found('Jan de Vries, Erasmus MC')).toEqual(['Jan de Vries']);
    expect(found('Jan van der Berg, Erasmus MC')).toEqual(['Jan van der Berg']);
  });
});

describe('two particles and a surname\'s particle before a place\'s word (placeOrBodyRun)', () => {
  it('the surname after them is a person\'s; an article alone or a capital particle leaves the place', () => {
    expect(found('Piet van den Bosch')).toEqual(['Piet van den Bosch']);
    expect(found('Émile du Pont')).toEqual(['Émile du Pont']);
    expect(found('Émile de Pont')).toEqual(['Émile de Pont']);
    expect(found('Émile van Pont')).toEqual(['Émile van Pont']);
    expect(found('Ana de la Torre')).toEqual(['Ana de la Torre']);
    expect(found('Ana de le Torre')).toEqual(['Ana de le Torre']);
    for (const text of ['Piet van Den Bosch', 'Émile le Pont', 'Ana la Torre', 'Ana el la Torre', 'Émile du Pont Neuf']) expect(found(text)).toEqual([]);
  });
});

describe('a lone country and a town of origin (decide)', () => {
  it('a country alone stays; with a person\'s verb after it, or its possessive, or another word, it is read', () => {
    expect(found('o PT governa o Brasil')).toEqual([]);
    expect(found('a Espanha e o Brasil')).toEqual([]);
    expect(found('sono di Brasil')).toEqual([]);
    expect(found('o PT governa o Brasil said')).toEqual(['Brasil']);
    expect(found("o Brasil's team")).toEqual(['Brasil']);
    expect(found('o Brasil Portugal')).toEqual(['Brasil Portugal']);
    expect(found('visto di Brasil')).toEqual(['di Brasil']);
  });

  it('a town after a copula of the first person and `di`, `de`, `da`; not after `do`, nor joined to the copula', () => {
    for (const text of ['sono di Roma', 'sono de Roma', 'sono da Roma', 'sou de Coimbra', 'je suis de Lyon', 'siamo di Napoli', 'SONO di Torino']) expect(found(text)).toEqual([]);
    expect(found('sono do Roma')).toEqual(['Roma']);
    expect(found('sonodi Roma')).toEqual(['Roma']);
  });
});

describe('isListedFirm: MAJOR_FIRMS beside FIRMS', () => {
  it('a large one-word firm in any case, a firm named after persons; not a person, not over 80 characters', () => {
    expect(isListedFirm('Volkswagen')).toBe(true);
    expect(isListedFirm('HEINEKEN')).toBe(true);
    expect(isListedFirm('Morgan Stanley')).toBe(true);
    expect(isListedFirm('Okafor')).toBe(false);
    expect(isListedFirm(`Volkswagen${' '.repeat(71)}`)).toBe(false);
  });
});

describe('gappedSalary\'s named earner (detectCompensation)', () => {
  const compensation = (text: string): string[] => {
    const out: Detection[] = [];
    detectCompensation(text, out, true);
    return out.map((d) => `${d.type}:${text.slice(d.start, d.end)}@${d.start}`);
  };

  it('the name before `\'s` or `’s` is a PERSON, after the SALARY; a word before it is left out', () => {
    expect(compensation("ok Maria's salary right now is 61k")).toEqual(['SALARY:61k@31', 'PERSON:Maria@3']);
    expect(compensation('ok. Pedro’s salary right now is $85,000')).toEqual(['SALARY:$85,000@32', 'PERSON:Pedro@4']);
    expect(compensation("Apple's salary right now is 61k")).toEqual(['SALARY:61k@28']);
  });
});

describe('the static lists and patterns of that code', () => {
  it('SURNAME_PARTICLES: each particle before a place\'s lead that ends the run makes it a surname', () => {
    for (const particle of ['du', 'van', 'von', 'de', 'da', 'das', 'dos', 'di', 'der', 'den', 'ter', 'ten']) expect(found(`Émile ${particle} Pont`)).toEqual([`Émile ${particle} Pont`]);
  });

  it('LONE_COUNTRIES: the English names that are given names are left out; the lists of other languages are in', () => {
    for (const name of ['America', 'Canada', 'Australia', 'India', 'Japan', 'Ireland', 'Chile', 'Peru']) expect(found(`Hi ${name},`)).toEqual([name]);
    for (const text of ['Hi Brasil,', 'la Francia vince', 'a Itália perdeu', 'el PSOE gobierna España']) expect(found(text)).toEqual([]);
  });

  it('PARTICLE_SURNAME_AFTER: each particle, up to three; a surname of 3 to 31 letters; no host\'s or mail\'s character after it', () => {
    for (const particle of ['van', 'von', 'de', 'der', 'den', 'da', 'das', 'do', 'dos', 'di', 'du', 'le', 'la', 'del', 'della', 'ten', 'ter']) {
      expect(found(`ik ben jan ${particle} vries`)).toEqual([`jan ${particle} vries`]);
    }
    expect(found('ik ben jan van de la vries')).toEqual(['jan van de la vries']);
    expect(found('ik ben jan van de la de vries')).toEqual([]);
    expect(found(`ik ben jan de v${'ries'.repeat(7)}vr`)).toEqual([`jan de v${'ries'.repeat(7)}vr`]);
    expect(found(`ik ben jan de v${'ries'.repeat(7)}vrx`)).toEqual([]);
    expect(found('ik ben jan de vr')).toEqual([]);
    for (const after of ['@x', '2', '/x', '_x', '.nl']) expect(found(`ik ben jan de vries${after}`)).toEqual([]);
  });

  it('FOREIGN_PREDICATE_NAMES and FOREIGN_PREDICATE_WORDS: a predicate alone after a copula is no name', () => {
    for (const word of ['moe', 'alleen', 'lief', 'ravi', 'rico', 'felice', 'rosa', 'blanca', 'clara', 'bella', 'serena', 'santa', 'viva', 'nova', 'thuis', 'klaar', 'prête', 'listo', 'stanco', 'sozinho']) {
      expect(found(`ik ben ${word}`)).toEqual([]);
    }
    expect(found('ik ben clara de vries')).toEqual(['clara de vries']);
  });

  it('ORIGIN_NOUN_ENDING: a capital with an ending of a people\'s noun after a copula is no name; another ending is', () => {
    for (const ending of ['er', 'iaan', 'kaan', 'aans', 'ees', 'ais', 'aise', 'ois', 'oise', 'ano', 'ana', 'ino', 'ina', 'ese', 'eño', 'eña', 'ense', 'ês', 'esa', 'eiro', 'eira', 'ier', 'iër', 'ir', 'ca', 'co', 'ek', 'man']) {
      expect(found(`ik ben Zorb${ending}.`)).toEqual([]);
    }
    for (const word of ['Zorbu', 'Zorberu', 'Zorbaan', 'Zorbër']) expect(found(`ik ben ${word}.`)).toEqual([word]);
  });

  it('COPULA_BEFORE: each copula, one to three blanks, before an adverb', () => {
    for (const copula of ['soy', 'sono', 'sou', 'ik ben', 'ich bin', 'je suis', 'jestem']) expect(found(`${copula} casi feliz`)).toEqual([]);
    expect(found('soy   casi feliz')).toEqual([]);
    expect(found('soy\tcasi feliz')).toEqual([]);
    expect(found('soy    casi feliz')).toEqual(['casi feliz']);
    expect(found('xsono casi feliz')).toEqual(['casi feliz']);
  });

  it('ORIGIN_COPULA_BEFORE: each copula of the first person before `di`/`de`', () => {
    for (const copula of ['sono di', 'siamo di', 'soy de', 'somos de', 'sou de', 'je suis de', 'nous sommes de', 'sono  di', 'sono\tdi']) expect(found(`${copula} Roma`)).toEqual([]);
    expect(found('visto di Roma')).toEqual(['di Roma']);
  });
});
