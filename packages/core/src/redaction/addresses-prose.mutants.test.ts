// What addresses.ts promises for the comma forms in prose and the French and Spanish forms added
// after a probe of 2026-12-02 (test/redaction/attack-2026-12-02.cases.md): exact spans, in process,
// for mutation testing (no fast-check, no long inputs).
import { describe, expect, it } from 'vitest';
import { detectAddresses } from './addresses.js';
import type { Detection } from './types.js';

const found = (text: string): string[] => {
  const out: Detection[] = [];
  detectAddresses(text, out);
  return out.map((d) => text.slice(d.start, d.end));
};

describe('a comma form before prose', () => {
  it('a lower-case word after the number, one or two blanks away, that is no floor, door or unit', () => {
    expect(found('Avenue Q, 2 tickets')).toEqual([]);
    expect(found('Avenue Q, 2  tickets')).toEqual([]);
    expect(found('Avenue Q, 2   tickets')).toEqual(['Avenue Q, 2']);
    expect(found('Avenue Q, 2 Tickets')).toEqual(['Avenue Q, 2']);
    expect(found('Avenue Q, 2')).toEqual(['Avenue Q, 2']);
    expect(found('Calle Mayor, 12 izq')).toEqual(['Calle Mayor, 12']);
    expect(found('Calle Mayor 12 veces')).toEqual(['Calle Mayor 12']);
  });
  it('in the block after a street line: a short number after a comma, not a postal code nor after a line break', () => {
    expect(found('Main Street, 5 stars')).toEqual(['Main Street']);
    expect(found('Main Street, 500 stars')).toEqual(['Main Street']);
    expect(found('Main Street, 5000 stars')).toEqual(['Main Street, 5000']);
    expect(found('Main Street,\n5 stars')).toEqual(['Main Street,\n5']);
  });
  it('the French comma: a name after the street word, and a line start, comma or preposition before the number', () => {
    expect(found('12, rue de la Paix')).toEqual(['12, rue de la Paix']);
    expect(found('Livraison au 12, rue de la Paix')).toEqual(['12, rue de la Paix']);
    expect(found('Livraison à 12, rue de la Paix')).toEqual(['12, rue de la Paix']);
    expect(found('Dupont, 12, rue de la Paix')).toEqual(['12, rue de la Paix']);
    expect(found('Chapter 12, rue de la Paix')).toEqual([]);
    expect(found('chapter\t12, rue de la Paix')).toEqual([]);
    expect(found('Chapter  12, rue de la Paix')).toEqual([]);
    // Without the comma, as before.
    expect(found('Chapter 12 rue de la Paix')).toEqual(['12 rue de la Paix']);
    expect(found('Note, see 12 rue de la Paix')).toEqual(['12 rue de la Paix']);
    expect(found('12, rue de la paix')).toEqual([]);
    expect(found('12 rue de la Paix')).toEqual(['12 rue de la Paix']);
  });
  it('a lower-case street word before lower-case words with no particle and no number', () => {
    expect(found('It cost 12 boulevard prices are high')).toEqual([]);
    expect(found('36 rue de pologne')).toEqual(['36 rue']);
    expect(found('947 trg revolucije 17')).toEqual(['947 trg']);
    expect(found('12 Boulevard prices are high')).toEqual(['12 Boulevard']);
    // A street word that ends a compound stands alone (it has no words after it to read).
    expect(found('5 hauptstraße')).toEqual(['5 hauptstraße']);
  });
});

describe('French and Spanish forms', () => {
  it('two-letter French street words only before a capitalized name', () => {
    expect(found('12 bd Haussmann')).toEqual(['12 bd Haussmann']);
    expect(found('12 av Foch')).toEqual(['12 av Foch']);
    expect(found('12 bd items')).toEqual([]);
    expect(found('12 bd de la Paix')).toEqual([]);
  });
  it('the repetition index after the number, glued or spaced, with a comma after it', () => {
    expect(found('12bis rue de la Paix')).toEqual(['12bis rue de la Paix']);
    expect(found('12ter rue de la Paix')).toEqual(['12ter rue de la Paix']);
    expect(found('12 quater, rue de la Paix')).toEqual(['12 quater, rue de la Paix']);
    expect(found('12  bis rue de la Paix')).toEqual(['12  bis rue de la Paix']);
    expect(found('score 12 bis')).toEqual([]);
    expect(found('12 bis')).toEqual([]);
  });
  it('calle in either case, and the number signs', () => {
    expect(found('c/ Mayor 12')).toEqual(['c/ Mayor 12']);
    expect(found('c/Mayor 12')).toEqual(['c/Mayor 12']);
    expect(found('c/ mayor 12')).toEqual([]);
    expect(found('d/ Mayor 12')).toEqual([]);
    expect(found('C/ Mayor 12')).toEqual(['C/ Mayor 12']);
    expect(found('C Mayor 12')).toEqual([]);
    expect(found('C/  Mayor 12')).toEqual([]);
    expect(found('C/-Mayor 12')).toEqual([]);
    // The comma before the number only after a leading street word (not an ending: `Hauptstraße, 5`).
    expect(found('Hauptstraße, 5')).toEqual([]);
    expect(found('Calle Mayor\nnº 12')).toEqual([]);
    expect(found('Calle Mayor - 12')).toEqual([]);
    expect(found('12\tbis rue de la Paix')).toEqual([]);
    expect(found('12 bd')).toEqual([]);
    expect(found('Old Kings Street bis')).toEqual(['Old Kings Street']);
    expect(found('12 rue de la Paix bis')).toEqual(['12 rue de la Paix']);
    expect(found('12 C/')).toEqual([]);
    for (const sign of ['nº', 'n°', 'n.º', 'no.', 'no', 'nr.', 'nro.', 'núm.', 'num.', 'n.', 'Nº']) expect(found(`Calle Mayor ${sign} 12`), sign).toEqual([`Calle Mayor ${sign} 12`]);
    expect(found('Calle Mayor, nº 12')).toEqual(['Calle Mayor, nº 12']);
    expect(found('Calle Mayor nº12')).toEqual(['Calle Mayor nº12']);
    expect(found('Calle Mayor nºx 12')).toEqual([]);
    expect(found('Mayor nº 12')).toEqual([]);
  });
  it('a floor and door, a repetition index at the end of its part', () => {
    expect(found('Calle Mayor, 12 3º B')).toEqual(['Calle Mayor, 12 3º B']);
    expect(found('Calle Mayor, 12, 3º izda')).toEqual(['Calle Mayor, 12, 3º izda']);
    expect(found('Calle Mayor, 12 3ª')).toEqual(['Calle Mayor, 12 3ª']);
    expect(found('Calle Mayor, 12 3o B')).toEqual(['Calle Mayor, 12 3o B']);
    expect(found('Calle Mayor, 12 bajo')).toEqual(['Calle Mayor, 12 bajo']);
    expect(found('Via Roma 12 bis')).toEqual(['Via Roma 12 bis']);
    expect(found('Via Roma 12 bis, 00184 Roma')).toEqual(['Via Roma 12 bis, 00184 Roma']);
    expect(found('Hauptstraße 5 bis 7')).toEqual(['Hauptstraße 5']);
    expect(found('Calle Mayor, 12 3º Bx')).toEqual(['Calle Mayor, 12 3º']);
  });
  it('the house number after a named street, not a count', () => {
    expect(found('Old Kings Street 5')).toEqual(['Old Kings Street 5']);
    expect(found('Old Kings Street 5, Springfield')).toEqual(['Old Kings Street 5, Springfield']);
    // A year after it is read as a postal code by the block rule, as before.
    expect(found('Old Kings Street 2019')).toEqual(['Old Kings Street 2019']);
    expect(found('Old Kings Street 5 stars')).toEqual(['Old Kings Street']);
    expect(found('Old Kings Street  5')).toEqual(['Old Kings Street  5']);
  });
});
