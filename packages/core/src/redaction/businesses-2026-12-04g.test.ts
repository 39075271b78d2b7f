import { describe, expect, it } from 'vitest';
import { createRedactor, detectSensitive } from '../index.js';

// O1, O2 and O3 of the seventh probe of 2026-12-04 (test/redaction/probe-2026-12-04g.cases.md):
// a business in a place search result (its name, phone and address masked as a person's), doctrines,
// plans and estimators named after a person, and a practice named by a word and its specialty, were
// masked as persons (redactor.ts BUSINESS_RESULT_KEYS, names.ts firmLikeName, DOCTRINE_AFTER,
// TECHNICAL_EPONYM_AFTER, the specialties and trades among NOT_PERSON_AFTER).
const persons = (text: string) => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));
const redactor = createRedactor({ pseudonymKey: new Uint8Array(32).fill(13) });
function stored(result: unknown): unknown {
  const out = redactor.redact({ v: 1, id: 'e', seq: 0, ts: '2026-12-04T00:00:00Z', stream: 's', type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result } } as never, { capture: {} } as never) as { event: { tool: { result: unknown } } };
  return out.event.tool.result;
}
const MASK = /^\[(PERSON|PHONE|ADDRESS):psn_[a-z0-9_]+\]$/;

describe('O1: businesses in place and directory results', () => {
  it('a Google Places or Yelp result keeps its name, phone and address', () => {
    const places = { results: [{ name: 'Blue Bottle Coffee', formatted_address: '66 Mint St, San Francisco, CA 94103', formatted_phone_number: '(510) 653-3394', place_id: 'ChIJ123', rating: 4.5 }] };
    expect(stored(places)).toEqual(places);
    const yelp = { businesses: [{ name: 'Sunrise Bakery', review_count: 12, rating: 4, is_closed: false, display_phone: '(415) 555-0133' }] };
    expect(stored(yelp)).toEqual(yelp);
  });
  it('a business\'s name beside its phone is kept when it ends in a trade\'s word', () => {
    for (const name of ['Hilton Garden Inn', 'Blue Bottle Coffee', 'Golden Gate Dental', 'Riverbend Orthopedics', "Mario's Trattoria"]) expect((stored({ name, phone: '617-574-7101' }) as { name: string }).name, name).toBe(name);
  });
  it('persons stay: a person\'s name beside a phone, a surname that is also a place word, a person in a result without business members', () => {
    expect((stored({ name: 'Qxaro Vlintuk', address: '10 Avery St', phone: '617-574-7103' }) as Record<string, string>).name).toMatch(MASK);
    expect((stored({ name: 'Maria Hall', phone: '617-574-7102' }) as Record<string, string>).name).toMatch(MASK);
    expect((stored({ results: [{ name: 'Qxaro Vlintuk', rating: 5, text: 'great place' }] }) as { results: Array<Record<string, string>> }).results[0]?.name).toMatch(MASK);
    const noMarker = stored({ name: 'The Ritz-Carlton, Boston', address: '10 Avery St', phone: '617-574-7100' }) as Record<string, string>;
    expect(noMarker.phone).toMatch(MASK);
  });
});

describe('O2: doctrines, plans and estimators named after persons', () => {
  it('the probe row and held-back spellings', () => {
    for (const text of ['the Monroe Doctrine', 'Per the Monroe Doctrine and the Truman Doctrine', 'plus the Marshall Plan', 'the Kaplan Meier estimator', 'the Myers Briggs inventory', 'the Simpson paradox', 'a Pearson coefficient of 0.8', 'under the Dawes Plan']) expect(persons(text), text).toEqual([]);
  });
  it('persons stay beside such words without `the` or with a title', () => {
    expect(persons('Qxaro Vlintuk plan')).toEqual(['Qxaro Vlintuk']);
    expect(persons('Dr. Meier estimator')).toEqual(['Meier']);
    expect(persons('Maria Garcia report')).toEqual(['Maria Garcia']);
  });
});

describe('O3: a practice named by a word and its specialty', () => {
  it('after Provider:', () => {
    for (const text of ['Provider: Riverbend Orthopedics, NPI 1234567893', 'Provider: Riverbend Orthopedics', 'Provider: Stonebridge Cardiology', 'Referred to Lakeview Gastroenterology']) expect(persons(text), text).toEqual([]);
    expect(persons('Provider: Qxaro Vlintuk, NPI 1234567893')).toEqual(['Qxaro Vlintuk']);
  });
});
