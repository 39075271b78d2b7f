import { describe, expect, it } from 'vitest';
import { createRedactor, detectSensitive } from '../index.js';

// O2 and O3 of the sixth probe of 2026-12-04 (test/redaction/probe-2026-12-04f.cases.md): named
// storms (`Hurricane Milton`, `Storm Ciarán`) and buildings, rooms, memorials, prizes and
// instruments named after a person (`the Lincoln Memorial`, `the Nobel Prize`, `the Marie Curie
// ward`) were masked as persons (names.ts lookAlike: STORM_WORDS, NAMED_PLACE_NOUN_AFTER).
const persons = (text: string) => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));
const redactor = createRedactor({ pseudonymKey: new Uint8Array(32).fill(9) });
function stored(result: unknown): unknown {
  const out = redactor.redact({ v: 1, id: 'e', seq: 0, ts: '2026-12-04T00:00:00Z', stream: 's', type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result } } as never, { capture: {} } as never) as { event: { tool: { result: unknown } } };
  return out.event.tool.result;
}

describe('O2: named storms are no persons', () => {
  it('the probe row, in text and as JSON values', () => {
    for (const text of ['Claims from Hurricane Milton and Hurricane Helene are delayed', 'Is my roof covered after Hurricane Ian?', 'CAT code for Hurricane Beryl: 24-0712', 'Damage caused by Storm Ciarán on 2 Nov', 'Typhoon Haiyan relief fund', 'Tropical Storm Debby flooded the basement', 'Winter Storm Elliott froze the pipes', "Cyclone Gabrielle claims in Hawke's Bay"]) expect(persons(text), text).toEqual([]);
    for (const result of [{ catastrophe: 'Hurricane Milton' }, { eventName: 'Storm Ciarán' }]) expect(stored(result)).toEqual(result);
  });
  it('held back: lower-case storm words before the name, other basins', () => {
    for (const text of ['the hurricane Katrina claims', 'after typhoon Mangkhut the roof leaked', 'Superstorm Sandy flooded the garage', 'Tropical Depression Nine became Tropical Storm Idalia']) expect(persons(text), text).toEqual([]);
  });
  it('a person named Storm stays a person', () => {
    expect(persons('Storm Vlintuk called about the claim')).toEqual(['Storm Vlintuk']);
    expect(persons('Dear Storm Vlintuk,')).toEqual(['Storm Vlintuk']);
    expect(persons('Mr. Milton called about the hurricane')).toEqual(['Milton']);
  });
});

describe('O3: buildings, rooms, memorials, prizes and instruments named after a person', () => {
  it('the probe row', () => {
    for (const text of ['Visit the Lincoln Memorial', 'She won the Nobel Prize', 'images from the James Webb Space Telescope', 'The Hubble telescope', 'The Marie Curie ward on level 4', 'The Florence Nightingale wing is closed', 'Book the Ada Lovelace meeting room', 'Conference in the Winston Churchill room', 'Moved to the Ronald Reagan Building', 'Parking at the Walter Reed campus', 'Applied for the Rhodes Scholarship', 'Meet at the Martin Luther King Jr. Library']) expect(persons(text), text).toEqual([]);
  });
  it('held back: other nouns of the kind', () => {
    for (const text of ['Tickets for the Kennedy Center gala', 'She gave the Reith Lectures last year', 'Lunch in the Grace Hopper conference room', 'Patients wait in the Mary Seacole wing', 'The Fulbright Scholarship deadline is Friday']) expect(persons(text), text).toEqual([]);
  });
  it('persons stay: without `the`, with a title, beside such a word in another role', () => {
    expect(persons('Patient Qxaro Vlintuk room 12')).toEqual(['Qxaro Vlintuk']);
    expect(persons('met Qxaro Vlintuk in the Ada Lovelace room')).toEqual(['Qxaro Vlintuk']);
    expect(persons('John Ward called')).toEqual(['John Ward']);
    expect(persons('the Dr. Qxaro Vlintuk building')).toEqual(['Qxaro Vlintuk']);
  });
});
