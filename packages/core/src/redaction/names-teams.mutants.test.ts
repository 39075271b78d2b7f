// What names.ts promises for teams, bots and particles (after a probe of 2026-12-02,
// test/redaction/attack-2026-12-02.cases.md): exact spans of detectPersons, in process, for
// mutation testing of teamSigns, isTeamWord, particleTerm, particleRunAt, particleName,
// streetWordLeads and the particles before a run in decide().
import { describe, expect, it } from 'vitest';
import { detectPersons } from './names.js';
import type { Detection } from './types.js';

const persons = (text: string): string[] => {
  const out: Detection[] = [];
  detectPersons(text, out);
  return out.map((d) => text.slice(d.start, d.end));
};

describe('teams, departments and bots', () => {
  it('team words, their endings on unlisted words, articles before them', () => {
    expect(persons('Best,\nDevOps')).toEqual([]);
    expect(persons('Best,\nKlantenservice')).toEqual([]);
    expect(persons('Best,\nAcmebot')).toEqual([]);
    expect(persons('Best,\nIhr Kundenservice')).toEqual([]);
    expect(persons('Best,\nIhr Okafor')).toEqual(['Okafor']); // 'Ihr' is a possessive (names-function-words.test.ts), not part of the name
    expect(persons('Best,\nTalbot')).toEqual(['Talbot']);
    expect(persons('Best,\nBot')).toEqual([]);
    expect(persons('Mr DevOps called')).toEqual(['DevOps']);
  });
  it('bots only alone on the line after a sign-off', () => {
    expect(persons('Thanks,\nJenkins')).toEqual([]);
    expect(persons('Thanks,\nJenkins Okafor')).toEqual(['Jenkins Okafor']);
    expect(persons('Dear Jenkins,')).toEqual(['Jenkins']);
    expect(persons('Patient: Jenkins')).toEqual(['Jenkins']);
  });
  it('a capitalized common word after a sign-off that is a team word', () => {
    expect(persons('Cheers,\nSecurity')).toEqual([]);
    expect(persons('Cheers,\nMere')).toEqual(['Mere']);
  });
});

describe('particles', () => {
  it('a term: one name word after leading particles and before a lower-case noun', () => {
    expect(persons('Import van der Pol oscillator')).toEqual([]);
    expect(persons('Import van der Pol oscillators')).toEqual(['van der Pol']);
    expect(persons('Import van der Pol analysis')).toEqual([]);
    expect(persons('Import van der Pol oscillated')).toEqual(['van der Pol']);
    expect(persons('Import van der Pol quickly')).toEqual(['van der Pol']);
    expect(persons('Import van der Pol running')).toEqual(['van der Pol']);
    expect(persons('Import van der Pol yesterday')).toEqual(['van der Pol']);
    expect(persons('Import van der Pol osc')).toEqual(['van der Pol']);
    expect(persons("Import van der Pol's oscillator")).toEqual(['van der Pol']);
    expect(persons('Mr van der Pol oscillator')).toEqual(['van der Pol']);
    expect(persons('Patient: van der Pol oscillator')).toEqual(['van der Pol']);
    expect(persons('Import Pol oscillator')).toEqual(['Pol']);
  });
  it('particle runs read on the text, at most three, before a capitalized name word', () => {
    expect(persons('Ana de los Ríos')).toEqual(['Ana de los Ríos']);
    expect(persons('Hans von und zu Liechtenstein')).toEqual(['Hans von und zu Liechtenstein']);
    expect(persons('Daan v.d. Meulen')).toEqual(['Daan v.d. Meulen']);
    expect(persons('Daan v.d. meulen')).toEqual(['Daan v.d. meulen']);
    expect(persons('Ana de los de las Ríos')).toEqual(['Ana', 'de las Ríos']);
    expect(persons('Ana de los')).toEqual(['Ana']);
    expect(persons("Ana de los Ríos's car")).toEqual(['Ana de los Ríos']);
  });
  it('glued particles, after one blank only', () => {
    expect(persons("Pierre d'Artagnan")).toEqual(["Pierre d'Artagnan"]);
    expect(persons("Pierre  d'Artagnan")).toEqual(['Pierre']);
    expect(persons('Omar al-Farouk')).toEqual(['Omar al-Farouk']);
    expect(persons("Omar x'Farouk")).toEqual(['Omar']);
  });
  it('a lower-case surname after a two-particle prefix and a name word, no frequent word nor particle', () => {
    expect(persons('Daan van der meulen')).toEqual(['Daan van der meulen']);
    expect(persons('Anna van der meulen')).toEqual(['Anna van der meulen']);
    expect(persons('Anna van meulen')).toEqual(['Anna']);
    expect(persons('Anna van de week')).toEqual(['Anna']);
    expect(persons('Anna van der de')).toEqual(['Anna']);
    expect(persons('Anna van der me')).toEqual(['Anna']);
  });
  it('a street word leading the run with a number close after it', () => {
    expect(persons('Calle Mayor nº 12')).toEqual([]);
    expect(persons('Calle Mayor is closed')).toEqual(['Calle Mayor']);
    expect(persons('Calle 12')).toEqual([]);
  });
});
