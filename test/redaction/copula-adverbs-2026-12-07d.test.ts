// Issue 11, an over-read left open on 2026-12-07: after a copula of Dutch, German, French, Spanish, Italian or Polish
// (`ik ben`, `ich bin`, `je suis`, `soy`, `sono`, `jestem`), two lower-case words that end the clause were read as a
// name (names.ts FOREIGN_INTRO) unless one was a function word of FOREIGN_NOT_NAMES: `ik ben bijna klaar` ("I am almost
// done"), `sono quasi pronto`, `je suis presque prêt` were masked as a PERSON. The kind: an adverb of degree, time or
// manner opening the predicate (`bijna`, `quasi`, `presque`, `casi`, `prawie`, `gleich`, `meteen`, `bientôt`). Such a
// word first (FOREIGN_PREDICATE_ADVERBS) makes the words no name. Names after the same cues stay masked.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { leaks, masked } from './masked-text.js';

const persons = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('an adverb and a predicate after a copula is no name', () => {
  it.each([
    // The brief's inputs.
    'ik ben bijna klaar', 'ik ben even weg', 'ich bin gleich da', 'sono quasi pronto',
    // Held back: other adverbs, languages, greetings before, a full stop after.
    'soy casi listo', 'jestem prawie gotowy', 'ik ben meteen klaar', 'ich bin gleich fertig', 'je suis bientôt prêt',
    'je suis presque prêt', 'soy todavía joven', 'jestem zaraz gotowy', 'jestem trochę zmęczony', 'sono appena sveglio',
    'je suis enfin prêt', 'hola soy casi listo', 'hoi, ik ben bijna klaar', 'ciao sono quasi pronto', 'ik ben bijna klaar.',
    'sono quasi pronta', 'Ich bin gleich fertig.',
  ])('%s stays', (text) => expect([masked(text), persons(text)]).toEqual([masked(text), []]));

  // (`fertig` is left out here: `bald fertig` alone, with no cue, is masked by the lower-case pair rule, open in docs/REDACTION.md.)
  it('held back: a language\'s copula, adverb and predicate', () => {
    const LANGUAGES: Array<[string[], string[], string[]]> = [
      [['ik ben', 'hoi, ik ben'], ['bijna', 'meteen', 'alweer', 'straks', 'eindelijk', 'helemaal'], ['klaar', 'thuis', 'terug', 'wakker']],
      [['ich bin', 'hallo, ich bin'], ['gleich', 'bald', 'sofort', 'endlich', 'ziemlich', 'fast'], ['da', 'zurück', 'bereit', 'wach']],
      [['je suis', 'bonjour, je suis'], ['presque', 'bientôt', 'enfin', 'toujours', 'assez'], ['prêt', 'prête', 'là', 'libre']],
      [['soy', 'hola, soy'], ['casi', 'todavía', 'bastante', 'siempre', 'demasiado'], ['listo', 'joven', 'feliz', 'libre']],
      [['sono', 'ciao sono'], ['quasi', 'appena', 'ormai', 'abbastanza', 'troppo'], ['pronto', 'pronta', 'sveglio', 'libero']],
      [['jestem', 'cześć, jestem'], ['prawie', 'zaraz', 'trochę', 'całkiem', 'naprawdę'], ['gotowy', 'gotowa', 'wolny', 'zmęczony']],
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...LANGUAGES).chain(([cues, adverbs, predicates]) => fc.tuple(fc.constantFrom(...cues), fc.constantFrom(...adverbs), fc.constantFrom(...predicates), fc.constantFrom('', '.', '!'))),
        ([cue, adverb, predicate, end]) => persons(`${cue} ${adverb} ${predicate}${end}`).length === 0,
      ),
      { numRuns: 150 },
    );
  });

  it.each([
    // Names after the same cues stay masked (capitalized or lower case, as before).
    ['ik ben sjoukje wiersma', ['sjoukje', 'wiersma']],
    ['ich bin korbinian zwiebelhofer', ['korbinian', 'zwiebelhofer']],
    ['ich bin Lena Vogt', ['Lena Vogt']],
    ['je suis Amélie', ['Amélie']],
    ['soy maría lópez', ['maría lópez']],
    ['hola soy remedios ibarguren', ['remedios', 'ibarguren']],
    ['ciao sono donatella scarpellini', ['donatella', 'scarpellini']],
    ['jestem grażyna wiśniewska', ['grażyna', 'wiśniewska']],
    ['ik ben lena lang', ['lena']],
  ])('%s: the name stays masked', (text, names) => expect([masked(text), leaks(text, names)]).toEqual([masked(text), []]));

  it('linear: copulas and adverbs repeated', () => {
    const make = (n: number) => 'ik ben bijna klaar. sono quasi pronto. hola soy remedios ibarguren. '.repeat(Math.ceil(n / 70)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});
