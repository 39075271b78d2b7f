// Places after a verb of living, being born, working or travelling and a locative preposition of
// Italian, Spanish, Portuguese, French, German and Dutch (the third README-only probe of
// 2026-12-04, O2: `nato a Roma e vive a Milano` stored `nato a [PERSON] e vive a [PERSON]`,
// `vive en Sevilla y trabaja en Granada` both cities as persons; `Er wohnt in Berlin`, `à Lyon`
// were kept). The inputs here are other spellings of the kind: other cities, verbs and languages.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';

const persons = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('a city after a verb of living or travelling and its preposition is no person', () => {
  it.each([
    'è nata a Napoli e lavora a Messina',
    'vive ora a Ferrara',
    'si è trasferito a Salerno',
    'originario di Messina',
    'nació en Córdoba y vive en Zamora',
    'vive ahora en Segovia',
    'se ha mudado a Toledo',
    'viajó a Soria',
    'viene de Zamora',
    'procede de Toledo',
    'mora em Lisboa',
    'nasceu na Madeira e trabalha em Coimbra',
    'il vit à Nancy depuis 2010',
    'elle est née à Nancy',
    'er kommt aus Celle',
    'hij verhuisde naar Breda',
  ])('%s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('a person after the same prepositions stays a person', () => {
  it.each([
    ['visité a María ayer', ['María']],
    ['llamé a Lucía', ['Lucía']],
    ['fui a ver a María', ['María']],
    ["J'ai écrit à Marie hier", ['Marie']],
    ['Maria de Souza', ['Maria de Souza']],
    ['Jan de Jong', ['Jan de Jong']],
    ['vive con Maria Rossi', ['Maria Rossi']],
    ['vive a casa del Dr. Rossi', ['Rossi']],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it('a person between the verb and the place stays a person (the place after him is not read as one: the verb is not right before it)', () => {
    expect(persons('lavora con Marco Rossi a Milano')).toContain('Marco Rossi');
  });

  it('a person after the place keeps the cue of her own (nato a Roma da Giulia Bianchi)', () => {
    const text = 'nato a Roma da Giulia Bianchi';
    const found = persons(text);
    expect(found.some((name) => name.includes('Giulia Bianchi'))).toBe(true);
    expect(found.some((name) => name.includes('Roma'))).toBe(false);
    expect(persons('nata a Bari da Lucia Ferraro e Marco Greco').join(' ')).toContain('Lucia Ferraro');
  });
});
