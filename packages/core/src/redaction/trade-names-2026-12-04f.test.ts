import { describe, expect, it } from 'vitest';
import { createRedactor, detectSensitive } from '../index.js';

// O6 of the sixth probe of 2026-12-04 (test/redaction/probe-2026-12-04f.cases.md): a business's
// name made of an ordinary word and a trade noun (`Brightside Dental`, `Riverside Bakery`), or a
// place and `branch` (`Dayton Branch`, `our Dayton branch`), was masked as a person (names.ts:
// the trade nouns among the words no person's name runs into; BRANCH_WORDS in lookAlike).
const persons = (text: string) => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));
const redactor = createRedactor({ pseudonymKey: new Uint8Array(32).fill(11) });
function stored(result: unknown): unknown {
  const out = redactor.redact({ v: 1, id: 'e', seq: 0, ts: '2026-12-04T00:00:00Z', stream: 's', type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result } } as never, { capture: {} } as never) as { event: { tool: { result: unknown } } };
  return out.event.tool.result;
}

describe('O6: trade names and branches are no persons', () => {
  it('the probe row', () => {
    for (const result of [{ name: 'Brightside Dental', type: 'merchant' }, { name: 'Riverside Bakery', type: 'merchant' }, { name: 'Dayton Branch', type: 'merchant' }]) expect(stored(result)).toEqual(result);
    expect(persons('Call our Dayton branch at 9am')).toEqual([]);
  });
  it('held back: other trades, in text and JSON', () => {
    for (const text of ['Paid Brightside Dental $120', 'Riverside Bakery charged my card twice', 'Appointment at Maple Dental on Monday', 'Picked up from Sunrise Cleaners', 'Booked at Willow Salon for Friday', 'Refund from Harbor Outfitters', 'Send it to the Leeds office']) expect(persons(text), text).toEqual([]);
    for (const result of [{ name: 'Lakeside Veterinary', category: 'pets' }, { merchant_name: 'Oakwood Florist' }]) expect(stored(result)).toEqual(result);
  });
  it('persons stay: a given name before Branch, a title, a person\'s verb, a name before office hours', () => {
    expect(persons('Michelle Branch sang')).toEqual(['Michelle Branch']);
    expect(persons('Mr. Dayton branch visit')).toEqual(['Dayton']);
    expect(persons('Qxaro Vlintuk office hours')).toEqual(['Qxaro Vlintuk']);
    expect(persons('Dear Qxaro Vlintuk, your dental appointment is confirmed')).toEqual(['Qxaro Vlintuk']);
  });
});
