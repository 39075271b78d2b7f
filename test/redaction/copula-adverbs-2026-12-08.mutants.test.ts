// Issue 13, the Stryker run of 2026-12-08 on names.ts FOREIGN_PREDICATE_ADVERBS' readers (2026-12-07d's over-reads
// session, copula-adverbs-2026-12-07d.test.ts): copulaVerbAt's adverb (`soy casi feliz`: no lower-case pair of names
// after a copula's adverb) asks both the adverb and the copula before it. A lower-case pair of names with no copula
// (`ping maria garcia`) and one after a copula with no greeting (`ik ben maria garcia`: FOREIGN_INTRO wants a greeting,
// the pair rule reads it) stay masked; an adverb with no copula before it does not stop the pair.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';

const persons = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('copulaVerbAt: an adverb after a copula, and nothing else, stops a lower-case pair', () => {
  it.each(['soy casi feliz', 'ik ben bijna klaar'])('%s: no person', (text) => expect(persons(text)).toEqual([]));

  it.each([
    ['ping maria garcia', 'maria garcia'],
    ['ik ben maria garcia', 'maria garcia'],
    ['soy maria garcia', 'maria garcia'],
  ])('%s: the pair masked', (text, pair) => expect(persons(text).filter((person) => person.endsWith(pair))).toHaveLength(1));
});
