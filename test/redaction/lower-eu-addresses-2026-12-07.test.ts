// Issue 11: European addresses written in lower case in chat (the open part of F10 of the leak probe of 2026-12-07,
// test/redaction/probe-2026-12-07.cases.md): a verb of dwelling or a statement of one's address (`mi dirección es`,
// `vivo en`, `mieszkam na`, `wohne in`, `j'habite`, `abito in`, `moro na`), a street's word in lower case, its name and a
// house number are an address, as `I live at` + a lower-case street line is in English (addresses.ts ADDRESS_CUE_BEFORE).
// The postcode and town after it, a floor after a comma and a Polish town after `w` go with it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { check, kept, masked, type Case } from './masked-text.js';

describe('a cue, a lower-case street, its name and a house number', () => {
  // [text, values that must be masked, parts that must stay]: each stored raw (or partly) before.
  const PROBE: Case[] = [
    ['mi dirección es calle del pez 18, 28004 madrid', ['calle del pez 18', '28004', 'madrid'], ['mi dirección es']],
    ['vivo en avenida de la paz 7, 3º b', ['avenida de la paz 7', '3º b'], ['vivo en']],
    ['mieszkam na ul. długiej 17/4 w gdańsku', ['ul. długiej 17/4', 'gdańsku'], ['mieszkam na']],
    ['wohne in der lindenstraße 12, 10115 berlin', ['lindenstraße 12', '10115', 'berlin'], ['wohne in der']],
  ];
  it.each(PROBE)('%j (the probe\'s)', (...c) => check([c]));

  // Held back while the rule was written: other languages, cues, street words, forms of the number and of the tail.
  const HELD: Case[] = [
    ['mi domicilio es avenida de américa 35, 28002 madrid', ['avenida de américa 35', '28002', 'madrid'], ['mi domicilio es']],
    ['vivo en la calle mayor 12, 2º izq, madrid', ['calle mayor 12', '2º izq'], ['vivo en la']],
    ['mieszkam przy ulicy słowackiego 5 m. 12, 00-950 warszawa', ['ulicy słowackiego 5', 'm. 12', '00-950', 'warszawa'], ['mieszkam przy']],
    ['mój adres to al. jerozolimskie 44, 00-024 warszawa', ['al. jerozolimskie 44', '00-024', 'warszawa'], ['mój adres to']],
    ['ich wohne in der berliner straße 5a', ['berliner straße 5a'], ['ich wohne in der']],
    ['meine adresse ist goethestr. 7, 80336 münchen', ['goethestr. 7', '80336', 'münchen'], ['meine adresse ist']],
    ["j'habite au 12 rue de la paix, 75002 paris", ['12 rue de la paix', '75002', 'paris'], ["j'habite au"]],
    ['mon adresse est 4 avenue victor hugo, 69002 lyon', ['4 avenue victor hugo', '69002', 'lyon'], ['mon adresse est']],
    ['abito in via roma 12, milano', ['via roma 12', 'milano'], ['abito in']],
    ['il mio indirizzo è corso garibaldi 45, 20121 milano', ['corso garibaldi 45', '20121', 'milano'], ['il mio indirizzo è']],
    ['moro na rua augusta 1500, lisboa', ['rua augusta 1500', 'lisboa'], ['moro na']],
    ['a minha morada é travessa do carmo 3, 1200-095 lisboa', ['travessa do carmo 3', 'lisboa'], ['a minha morada é']],
    ['Vivo en c/ san bernardo 22, 28015 madrid, gracias', ['san bernardo 22', '28015', 'madrid'], ['gracias']],
  ];
  it.each(HELD)('%j (held back)', (...c) => check([c]));

  it('property: each cue, street word, name and number, with or without a postcode and town', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<[string, string, string, string]>(
          ['mi dirección es', 'calle', 'del prado', '28014 madrid'],
          ['vivo en', 'paseo', 'de gracia', '08007 barcelona'],
          ['mieszkam na', 'ul.', 'mickiewicza', '30-059 kraków'],
          ['wohne in der', 'schillerstraße', '', '60313 frankfurt'],
          ["j'habite", 'boulevard', 'saint michel', '75005 paris'],
          ['abito in', 'piazza', 'navona', '00186 roma'],
          ['moro na', 'rua', 'das flores', '4050-262 porto'],
        ),
        fc.integer({ min: 1, max: 999 }),
        fc.boolean(),
        ([cue, street, name, town], number, withTown) => {
          const line = `${street}${name === '' ? '' : ` ${name}`} ${number}`;
          const text = `${cue} ${line}${withTown ? `, ${town}` : ''}`;
          return [line, ...(withTown ? town.split(' ') : [])].every((value) => !masked(text).includes(value));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('look-alikes stay', () => {
  it.each([
    // A street's word with no cue: counts, recipes, directions.
    ['pasé por la calle 3 veces', ['calle 3 veces']],
    ['añade la calle 2 cucharadas', ['calle 2 cucharadas']],
    ['add 5 ul. of buffer to 2 ml', ['5 ul. of buffer']],
    ['crucé la avenida 2 veces hoy', ['avenida 2 veces']],
    // A cue with no street word, or a number that is a count, a year or a duration after the street.
    ['vivo en madrid desde hace 3 años', ['madrid desde hace 3 años']],
    ['vivo en la calle mayor desde hace 3 años', ['calle mayor desde hace 3 años']],
    ['ich wohne in berlin seit 2019', ['berlin seit 2019']],
    ['mieszkam na wsi od 5 lat', ['wsi od 5 lat']],
    ["j'habite à paris depuis 12 ans", ['paris depuis 12 ans']],
    ['abito in via roma da 10 anni', ['da 10 anni']],
    ['moro na rua há 3 meses', ['rua há 3 meses']],
    ['wohne in der altstadt, 2 zimmer', ['altstadt, 2 zimmer']],
  ])('%j', (text, parts) => expect(kept(text, parts)).toEqual([]));
});

describe('linear time', () => {
  it('cues, street words and numbers repeated on one line', () => {
    const make = (n: number) => 'vivo en la calle mayor desde hace 3 años, mieszkam na ul. długiej 17/4 w gdańsku, '.repeat(Math.ceil(n / 82)).slice(0, n);
    expect(timeRatio(detectSensitive, make, 20_000, 40_000)).toBeLessThanOrEqual(2.6);
  });
  it('a cue followed by long runs of name words', () => {
    const make = (n: number) => `vivo en calle ${'de la paz '.repeat(Math.ceil(n / 10))}`.slice(0, n);
    expect(timeRatio(detectSensitive, make, 20_000, 40_000)).toBeLessThanOrEqual(2.6);
  });
});
