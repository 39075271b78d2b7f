// Issue 11: lower-case self-disclosures of the special categories (GDPR Art. 9(1)) in chat prose, the kinds the
// rules of 2026-12-07 left open (docs/REDACTION.md, "Special categories"): `i'm bi` (`bi` was in the orientations
// but not in the rule's prefilter gate, so a text with no other category word never reached the rule), the pronoun
// and its copula typed without the apostrophe (`im gay`, `shes a lesbian`), ethnic origin (a census's group, `of …
// descent`, `my ethnicity is …`) and political opinion (a vote for a party, a party's voter or member, a creed).
// Look-alikes: the same letters and words that say nothing of a person's category (`bi-weekly`, `I'm biased`,
// `bilingual`, `the Labour market`, `catholic school`, a chess side, `conservative with estimates`, `in labour`).
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../packages/core/src/index.js';
import { timeRatio } from './linear-time.js';
import { kept, leaks, masked } from './masked-text.js';

const types = (text: string): string[] => detectSensitive(text).map((d) => d.type);

describe('special categories said in lower-case prose, 2026-12-07b', () => {
  it.each([
    ["i'm bi", ['bi'], 'SEXUAL_ORIENTATION'],
    ['im gay', ['gay'], 'SEXUAL_ORIENTATION'],
    ['im bi and proud', ['bi'], 'SEXUAL_ORIENTATION'],
    ['shes a lesbian', ['lesbian'], 'SEXUAL_ORIENTATION'],
    ['im catholic', ['catholic'], 'RELIGION'],
    ["i'm hispanic", ['hispanic'], 'ETHNIC_ORIGIN'],
    ["i'm black british", ['black british'], 'ETHNIC_ORIGIN'],
    ['im of pakistani descent', ['pakistani'], 'ETHNIC_ORIGIN'],
    ['my ethnicity is black caribbean', ['black caribbean'], 'ETHNIC_ORIGIN'],
    ['i vote labour', ['labour'], 'POLITICAL_OPINION'],
    ["i'm a tory voter", ['tory'], 'POLITICAL_OPINION'],
    ['im a card-carrying member of the labour party', ['labour party'], 'POLITICAL_OPINION'],
    ["i'm a socialist", ['socialist'], 'POLITICAL_OPINION'],
  ])('%j', (text, values, type) => {
    expect([masked(text), leaks(text, values)]).toEqual([masked(text), []]);
    expect(types(text)).toContain(type);
  });

  it.each([
    // Held back while the forms were written: other pronouns, spellings, groups and parties.
    ["he's bi, fyi", ['bi'], 'SEXUAL_ORIENTATION'],
    ['theyre muslim', ['muslim'], 'RELIGION'],
    ['she is latina', ['latina'], 'ETHNIC_ORIGIN'],
    ["i'm mixed race btw", ['mixed race'], 'ETHNIC_ORIGIN'],
    ['i always vote for the greens', ['greens'], 'POLITICAL_OPINION'],
    ["he's a republican", ['republican'], 'POLITICAL_OPINION'],
    ["i'm from a turkish background", ['turkish'], 'ETHNIC_ORIGIN'],
    // Tried after the commit: both failed (`both` between the copula and the value; `in the … party`), read since.
    ['my partner and i are both bi', ['bi'], 'SEXUAL_ORIENTATION'],
    ["i'm in the green party", ['green party'], 'POLITICAL_OPINION'],
  ])('held back: %j', (text, values, type) => {
    expect([masked(text), leaks(text, values)]).toEqual([masked(text), []]);
    expect(types(text)).toContain(type);
  });

  it('look-alikes stay', () => {
    const text = "Payroll runs bi-weekly. I'm biased toward tests. i'm bilingual. The Labour market is tight. " +
      "She went to catholic school. i'm black, you're white. i'm conservative with estimates. im green with envy. " +
      "she's in labour. i vote by post. the race is on. i'm a bit tired. i'm the party planner. we are a catholic charity. " +
      "she's in the party mood. we are all set. i'm bipolar.";
    expect(kept(text, ['bi-weekly', 'biased', 'bilingual', 'Labour market', 'catholic school', 'black', 'white',
      'conservative', 'green', 'in labour', 'by post', 'race', 'bit', 'party planner', 'catholic charity', 'party mood', 'all set'])).toEqual([]);
  });

  it('linear: self-disclosures and look-alikes repeated', () => {
    const make = (n: number) => "im bi and i vote labour, i'm of pakistani descent; bi-weekly party vote race im ".repeat(Math.ceil(n / 80)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});
