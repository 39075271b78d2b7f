import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../index.js';

// L15 of the seventh probe of 2026-12-04 (test/redaction/probe-2026-12-04g.cases.md): a lower-case
// name introduced behind a transcript's speaker label and spoken fillers (`Caller: yeah hi this is
// …`, `Speaker 2: yes it's …`) was stored raw: the introduction rule wanted a greeting at the start
// of a sentence (names.ts SPEAKER_FILLER_BEFORE, SPEAKER_INTRO).
const persons = (text: string) => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('L15: introductions behind a speaker label and fillers', () => {
  it('the probe row', () => {
    expect(persons('caller: yeah hi this is qxaro vlintuk calling about my claim')).toEqual(['qxaro vlintuk']);
    expect(persons('CALLER: this is quentara bellwick, I want to cancel')).toEqual(['quentara bellwick']);
    expect(persons("Speaker 2: yes it's quentara bellwick speaking")).toEqual(['quentara bellwick']);
    expect(persons("agent: who am I speaking with? caller: it's qxaro vlintuk")).toEqual(['qxaro vlintuk']);
  });
  it('held back: other labels and fillers', () => {
    expect(persons('Customer: um hello, i am zephra dorvane')).toEqual(['zephra dorvane']);
    expect(persons('[caller] okay so this is wenlix dorvane')).toEqual(['wenlix dorvane']);
  });
  it('what a speaker says that is no name stays', () => {
    for (const text of ['Caller: yes this is about my bill', "Caller: it's broken again", "Caller: yeah it's fine now", 'Customer: this is ridiculous', 'User: im good thanks']) expect(persons(text), text).toEqual([]);
  });
});
