// Issue 11, left open by the session of 2026-12-07e (names-left, 2026-12-07f). Three kinds:
// 1. A surname led by particles, a comma and a given name, neither listed (`van Leeuwen, Femke`, Dutch `Achternaam,
//    Voornaam`): names.ts familyNameFirst read a pair only when one word is listed (`de Jong, Pieter`), so the whole name
//    stayed raw, or only its surname was masked (`Aan: ter Veen, Joukje` left `Joukje`). Now a whole field: particles at
//    a field's start, the given name at its end (particleFamilyField).
// 2. A country's word as the surname after a given name the lists hold as a word too (`Maria Portugal`) or lack in its
//    accented spelling (`João Brasil`, `João Portugal`): kept as a brand and its country (brandCountryRun) or as a place.
// 3. An institution after a name and a comma (`Anna van Dijk, Erasmus Universiteit`, `…, Radboudumc Nijmegen`): masked as
//    a second person; name-contexts.ts institutionSide now knows universities and Dutch university medical centres.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '../../packages/core/src/index.js';
import { timeRatio } from './linear-time.js';
import { storedText } from './masked-text.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]), sessionMemory: false });
const { stored, gone } = storedText(redactor);
const persons = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('a surname with particles, a comma, a given name (names-left 2026-12-07f)', () => {
  it.each([
    // The brief's.
    ['van Leeuwen, Femke', ['Leeuwen', 'Femke'], []],
    ['From: van Leeuwen, Femke <f.vanleeuwen@example.nl>', ['Leeuwen', 'Femke'], ['From: ']],
    ['"van Leeuwen, Femke",Utrecht', ['Leeuwen', 'Femke'], ['Utrecht']],
    ['de Jong, Pieter', ['Jong', 'Pieter'], []],
    ['van der Berg, Sanne', ['Berg', 'Sanne'], []],
    ['von Trapp, Maria', ['Trapp', 'Maria'], []],
    ['di Marco, Luca', ['Marco', 'Luca'], []],
    // Held back while the rule was written.
    ['Naam: van Houten, Marieke', ['Houten', 'Marieke'], ['Naam: ']],
    ['name;city\nvan Leeuwen, Femke;Utrecht', ['Leeuwen', 'Femke'], ['Utrecht', 'name;city']],
    ['Aan: ter Veen, Joukje', ['Veen', 'Joukje'], ['Aan: ']],
    ['[van Oosterhout, Jorien]', ['Oosterhout', 'Jorien'], []],
    ['van der Meulen, Sjoukje', ['Meulen', 'Sjoukje'], []],
    ['de Graaf, Sietske', ['Graaf', 'Sietske'], []],
  ])('%s', (text, raws, labels) => gone(text, raws, labels));

  it('one span from the first particle; look-alikes stay', () => {
    expect(persons('van Leeuwen, Femke')).toEqual(['van Leeuwen, Femke']);
    expect(persons('Contact: van der Meulen, Sjoukje')).toEqual(['van der Meulen, Sjoukje']);
    for (const text of [
      'van Amsterdam, Rotterdam en Utrecht', 'de Lisboa, Portugal', 'vlucht van Schiphol, Amsterdam', 'de Paris, France',
      // Not at a field's start, or more after the given name.
      'de trein van Leeuwarden, Friesland', 'kwam van Leeuwen, Femke niet',
    ]) expect(stored(text)).toBe(text);
  });
});

describe('a country as the surname after a given name (names-left 2026-12-07f)', () => {
  it.each([
    // The brief's.
    ['João Brasil', ['João', 'Brasil'], []],
    ['O cliente João Brasil ligou ontem.', ['João', 'Brasil'], ['O cliente', 'ligou ontem.']],
    ['Maria Espanha', ['Maria', 'Espanha'], []],
    ['Anna Berlin', ['Anna', 'Berlin'], []],
    // Held back.
    ['João Portugal', ['João', 'Portugal'], []],
    ['Maria Portugal ligou ontem.', ['Maria', 'Portugal'], ['ligou ontem.']],
    ['Gonçalo Portugal ligou.', ['Gonçalo', 'Portugal'], ['ligou.']],
    ['Sebastião Brasil', ['Sebastião', 'Brasil'], []],
  ])('%s', (text, raws, labels) => gone(text, raws, labels));

  it('look-alikes stay: places, brands and a country, a country\'s English name after a word', () => {
    for (const text of [
      'We visit Paris in June.', 'Hotel Berlin is full.', 'Telekom Deutschland', 'Vodafone España', 'Turismo Portugal', 'Visit Portugal',
      'Caixa Portugal', 'Bank Austria', 'Air Canada', 'Mark Ireland', 'Nova Portugal', 'Santa Maria Portugal', 'Ave Maria Portugal',
    ]) expect(stored(text)).toBe(text);
  });
});

describe('an institution after a name and a comma (names-left 2026-12-07f)', () => {
  it.each([
    // The brief's.
    ['Anna van Dijk, Erasmus Universiteit', ['Anna', 'Dijk'], [', Erasmus Universiteit']],
    ['Sanne van der Linden, Radboudumc Nijmegen', ['Sanne', 'Linden'], [', Radboudumc Nijmegen']],
    // Held back.
    ['Pieter de Groot, Universiteit Leiden', ['Pieter', 'Groot'], [', Universiteit Leiden']],
    ['Maria Schmidt, Humboldt-Universität zu Berlin', ['Maria', 'Schmidt'], [', Humboldt-Universität zu Berlin']],
    ['Jan Peters, Technische Hochschule München', ['Jan', 'Peters'], [', Technische Hochschule München']],
    ['Luca Rossi, Università di Bologna', ['Luca', 'Rossi'], [', Università di Bologna']],
  ])('%s', (text, raws, labels) => gone(text, raws, labels));

  it('two persons stay two persons', () => {
    expect(persons('Anna van Dijk, Maria Lopez')).toEqual(['Anna van Dijk', 'Maria Lopez']);
    gone('Thomas Müller, Anna Schmidt', ['Thomas', 'Müller', 'Anna', 'Schmidt'], []);
  });
});

describe('linear', () => {
  it('particle fields, countries and institutions repeated', () => {
    const make = (n: number) => 'van Leeuwen, Femke\nJoão Brasil; Anna van Dijk, Erasmus Universiteit. '.repeat(Math.ceil(n / 70)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });

  it('a flood of particles before capitalized pairs', () => {
    const make = (n: number) => '\nvan de der Aa, Bb\nvan Cc, Dd, '.repeat(Math.ceil(n / 30)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});
