// Issue 13: direct calls of addresses-intl.ts detectCuedLowerStreets (the open part of F10 of the probe of
// 2026-12-07, f7d986bf), written from the Stryker run of 2026-12-07 (docs/TESTING.md, its row), whose only
// tests went through detectSensitive and asked that the pieces leak or stay. Exact spans: from the street's
// word or its house number (the cue and its article stay), to the end of the tail; each match of a text.
import { describe, expect, it } from 'vitest';
import { detectCuedLowerStreets } from './addresses-intl.js';
import type { Detection } from './types.js';

const found = (text: string): Array<[string, string | undefined]> => {
  const out: Detection[] = [];
  detectCuedLowerStreets(text, out);
  for (const d of out) {
    expect(d.type).toBe('ADDRESS');
    expect(d.class).toBe('pii.address');
  }
  return out.map((d) => [text.slice(d.start, d.end), d.normalized]);
};

describe('detectCuedLowerStreets: spans', () => {
  it('from the street word to the end of the tail; the cue and its article stay', () => {
    expect(found('mi dirección es calle del pez 18, 28004 madrid')).toEqual([['calle del pez 18, 28004 madrid', 'calle del pez 18 28004 madrid']]);
    expect(found('hola! vivo en la calle mayor 12, 2º izq, madrid')).toEqual([['calle mayor 12, 2º izq, madrid', 'calle mayor 12 2º izq madrid']]);
    expect(found('mieszkam na ul. długiej 17/4 w gdańsku')).toEqual([['ul. długiej 17/4 w gdańsku', 'ul. długiej 17/4 w gdańsku']]);
    expect(found('ich wohne in der lindenstraße 12')).toEqual([['lindenstraße 12', 'lindenstraße 12']]);
    expect(found('VIVO EN CALLE MAYOR 12')).toEqual([['CALLE MAYOR 12', 'calle mayor 12']]);
  });

  it('from the house number when it comes first', () => {
    expect(found("j'habite au 12 rue de la paix, 75002 paris")).toEqual([['12 rue de la paix, 75002 paris', '12 rue de la paix 75002 paris']]);
  });

  it('a street word that is also in the cue: the span starts at the street, not at an earlier copy', () => {
    // `via` is a street word; `vivo in via` holds `vi` before it, and the cue `abito in` no copy of `via`.
    expect(found('abito in via roma 12, milano')).toEqual([['via roma 12, milano', 'via roma 12 milano']]);
    expect(found('ciao, vivo in via vivo 3')).toEqual([['via vivo 3', 'via vivo 3']]);
  });

  it('each address of a text, in order', () => {
    expect(found('vivo en calle mayor 12 y vivo en calle menor 3.')).toEqual([['calle mayor 12', 'calle mayor 12'], ['calle menor 3', 'calle menor 3']]);
  });

  it("every cue of EU_CUE passes the gate: Italian `risiedo`/`risiede`, Portuguese `moramos` (until 2026-12-07 the gate held neither, and the line was stored raw)", () => {
    expect(found('risiedo in via roma 12, milano')).toEqual([['via roma 12, milano', 'via roma 12 milano']]);
    expect(found('risiede a via roma 12')).toEqual([['via roma 12', 'via roma 12']]);
    expect(found('moramos na rua augusta 1500, lisboa')).toEqual([['rua augusta 1500, lisboa', 'rua augusta 1500 lisboa']]);
    for (const text of ['vivimos en calle mayor 12', 'viviamo in via roma 3', 'nous habitons au 12 rue de la paix', 'mieszkamy na ul. długiej 17', 'resido en calle mayor 4', 'wohnen in der lindenstraße 12', 'mora no rua augusta 3']) {
      expect([text, found(text)]).toEqual([text, [expect.anything()]]);
    }
  });

  it('no cue, or a duration after the street: nothing', () => {
    expect(found('pasé por la calle 3 veces')).toEqual([]);
    expect(found('vivo en la calle mayor desde hace 3 años')).toEqual([]);
    expect(found('calle mayor 12, 28004 madrid')).toEqual([]);
  });
});
