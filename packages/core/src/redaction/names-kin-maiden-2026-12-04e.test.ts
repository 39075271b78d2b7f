// K15 and K21 of the fifth README-only probe of 2026-12-04 (probe-2026-12-04e.cases.md): a
// capitalized given name after a kinship noun with no possessive (`Pt seen w/ wife Zephra.`,
// `accompanied by daughter Zephra`, `Pt brought in by son Wenlix`, `Spoke with mother Zephra re:
// consent`) and a mother's maiden name in a sentence (`mother's maiden name is Mollquist`) were
// stored raw. Other names and spellings of the kinds, a property, and look-alikes that stay.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';

const persons = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('K15: a name after a kinship noun with no possessive', () => {
  it.each([
    ['Pt seen w/ wife Zephra.', ['Zephra']],
    ['accompanied by daughter Zephra', ['Zephra']],
    ['Pt brought in by son Wenlix', ['Wenlix']],
    ['Spoke with mother Zephra re: consent', ['Zephra']],
    ["Pt's wife Zephra at bedside", ['Zephra']],
    ['Discussed plan with husband Torvek Almstrad, who agrees.', ['Torvek Almstrad']],
    ['Consent signed by guardian Ildren Bravosk', ['Ildren Bravosk']],
    ['Visitors: sister Oskardy and nephew Brellin', ['Oskardy', 'Brellin']],
    ["Caller's fianc\u00e9e Isvane phoned twice", ['Isvane']],
    ['Pt lives with grandmother Kestravin (primary carer)', ['Kestravin']],
  ] as const)('%j', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it('a made-up name after any kinship noun and a preposition or verb before it (property)', () => {
    const kin = fc.constantFrom('wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'niece', 'grandson', 'spouse', 'guardian');
    const before = fc.constantFrom('Pt seen w/ ', 'accompanied by ', 'Spoke with ', 'brought in by ', "Pt's ", 'called by ', 'Plan discussed with ');
    const names = fc.constantFrom('Zephra', 'Wenlix', 'Ildren', 'Torvek', 'Ulmoth');
    fc.assert(
      fc.property(before, kin, names, fc.constantFrom('', '.', ' today', ' re: consent'), (lead, noun, name, tail) => {
        expect(persons(`${lead}${noun} ${name}${tail}`)).toEqual([name]);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    'with partner Acme on the integration',
    'with daughter Apple Music subscriptions',
    'the son Of God',
    'by mother Nature',
    'Pt seen w/ wife. Plan: Discharge',
    'with father Time',
  ])('%j stays', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe("K21: a mother's maiden name in a sentence", () => {
  it.each([
    ["mother's maiden name is Mollquist", ['Mollquist']],
    ['Her mother\u2019s maiden name was Kestravin.', ['Kestravin']],
    ['maiden name is Oskardy', ['Oskardy']],
    ["the patient's last name is Trevasco", ['Trevasco']],
    ["mother's maiden name is mollquist", ['mollquist']],
    ['Security answer: my mothers maiden name is Brellin', ['Brellin']],
  ] as const)('%j', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it.each([
    "the file's name is Config",
    'name is Required',
    "the project's name is Phoenix",
    'the maiden name field is optional',
  ])('%j stays', (text) => {
    expect(persons(text)).toEqual([]);
  });
});
