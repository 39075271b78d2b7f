// Over-redactions that earlier probes left open (issue 11: look-alikes must stay), fixed on
// 2026-12-05 (test/redaction/probe-2026-12-04g.cases.md, "Open parts of earlier probes, fixed
// 2026-12-05", X1 and X2; X3 is schema-text-2026-12-05.test.ts, X4 city-keys-2026-12-05.test.ts). Each kind
// comes with the probe's inputs, held-back inputs of the same kind and its boundary: persons in
// the same shapes stay masked.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';

const persons = (text: string) => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('X1: a place named `<given name> <place word>` in prose', () => {
  // Decided on 2026-12-05 (the lead, after merging X1): with a word of going or being somewhere
  // before it the place is kept; with no cue either way a listed given name before a place's word
  // is masked as a person (`John Hall`, `Stanley Park is lovely`): a leak costs more than a masked park.
  it('the probe row: `Meet at Albert Park at noon` stays; `Stanley Park is lovely` (no cue) is masked', () => {
    expect(persons('Meet at Albert Park at noon')).toEqual([]);
    expect(persons('Stanley Park is lovely')).toEqual(['Stanley Park']);
  });
  it('held back: a word of going or being somewhere before the place, or a word of a place after it', () => {
    for (const text of ['We visited Stanley Park today', 'a walk around Stanley Park', 'Victoria Hall tonight', 'the walk to Franklin Court', 'Stanley Gardens is lovely', 'We drove to Stanley Heights']) expect(persons(text), text).toEqual([]);
  });
  it('no cue either way: masked as a person', () => {
    for (const text of ['John Hall', 'John Park', 'George Church is lovely', 'Stanley Lake is cold', 'Albert Park is lovely', 'Jefferson Park is lovely']) expect(persons(text).length, text).toBe(1);
  });
  it('the boundary: a person cue, a person verb or a listed surname keeps the person', () => {
    const people: [string, string[]][] = [
      ['Maria Park is here', ['Maria Park']], ['Mrs. Maria Park', ['Maria Park']], ['Henry Park is here', ['Henry Park']], ['Henry Park called', ['Henry Park']],
      ['Mr. Henry Park', ['Henry Park']], ['Seen by John Hall today', ['John Hall']], ['Jude Law signed the form', ['Jude Law']], ['Jude Law', ['Jude Law']],
      ['Contact: Stanley Park', ['Stanley Park']], ['Attendees: Maria Park, John Hall, Jude Law', ['Maria Park', 'John Hall', 'Jude Law']],
      ['John Hall and Maria Lee', ['John Hall', 'Maria Lee']], ['Mrs. Albert Park', ['Albert Park']], ['Albert Park called', ['Albert Park']], ['Dear Stanley Park,', ['Stanley Park']],
      ['Stanley Okafor is lovely', ['Stanley Okafor']],
    ];
    for (const [text, want] of people) expect(persons(text), text).toEqual(want);
  });
});

describe('X2: trade names and products read as persons', () => {
  it('the probe row', () => {
    expect(persons('I ordered from Pukka Pies')).toEqual([]);
    expect(persons('Mic: Shure SM7B')).toEqual([]);
  });
  it('held back: plural business nouns, model codes, equipment labels', () => {
    for (const text of ['ordered Pukka Pies again', 'from Halfords Tyres', 'from Magnet Kitchens', 'lunch from Greggs Bakes', 'ordered from Tonys Pizzas', 'I use a Shure SM7B', 'Camera: Shure SM7B', 'Mic: Rode NT1', 'Mic: Shure', 'Mic:', 'Mic: Blue Yeti', 'Headphones: Sony WH-1000XM5', 'GPU: Nvidia RTX 4090', 'bought a Fender HM7 amp']) expect(persons(text), text).toEqual([]);
  });
  it('the boundary: a person after an equipment label, before a code, or ordering', () => {
    const people: [string, string[]][] = [
      ['Mic: Maria Lopez', ['Maria Lopez']], ['Camera: operated by Qxaro Vlintuk', ['Qxaro Vlintuk']], ['Patient Maria Lopez MRN 12345', ['Maria Lopez']],
      ['I ordered from Maria Lopez', ['Maria Lopez']], ['Dr. Shure SM7B', ['Shure']], ['Mic called me', ['Mic']],
    ];
    for (const [text, want] of people) expect(persons(text), text).toEqual(want);
  });
});
