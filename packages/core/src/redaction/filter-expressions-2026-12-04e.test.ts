// A filter expression's comparison (the fifth README-only probe of 2026-12-04, K6;
// test/redaction/probe-2026-12-04e.cases.md): SCIM filters (`name.familyName eq "Vlintuk"`) and
// OData `$filter`s (`lastname eq 'Vlintuk' and birthdate eq 1984-03-12`) were stored raw. The
// probe's inputs, others of the kind (URL-encoded, OData string functions, SCIM URNs), and
// look-alikes that must stay (text-pairs.ts filterPairs).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../index.js';
import { blankMachineValues } from '../../../../test/redaction/stored.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(5)]) });

function stored(value: unknown): string {
  const result = redactor.redact({ v: 1, id: 'e', seq: 0, ts: '2026-12-04T00:00:00Z', stream: 's', type: 'tool.call', agent: { id: 'a' }, source: 's', outcome: 'success', content: { input: value } } as never, { capture: {} } as never) as { event: { content: { input: unknown } } };
  return blankMachineValues(JSON.stringify(result.event.content.input));
}

/** [input, the values that must not be stored, a token type that must be there]. */
const LEAKS: Array<[unknown, string[], string]> = [
  // The probe's inputs.
  [{ filter: 'name.familyName eq "Vlintuk"' }, ['Vlintuk'], 'PERSON'],
  [{ filter: 'lastName eq "Vlintuk"' }, ['Vlintuk'], 'PERSON'],
  [{ filter: 'dob eq "1984-03-12"' }, ['1984-03-12'], 'DOB'],
  [{ $filter: "LastName eq 'Vlintuk'" }, ['Vlintuk'], 'PERSON'],
  ["https://org.crm.dynamics.com/api/data/v9.2/contacts?$filter=lastname eq 'Vlintuk' and birthdate eq 1984-03-12", ['Vlintuk', '1984-03-12'], 'PERSON'],
  // Others of the kind.
  ['/scim/v2/Users?filter=name.familyName%20eq%20%22Kestrav%22&count=10', ['Kestrav'], 'PERSON'],
  ["GET /odata/Patients?$filter=contains(LastName,'Tholv') and ssn eq '412673390'", ['Tholv', '412673390'], 'PERSON'],
  [{ filter: 'urn:ietf:params:scim:schemas:core:2.0:User:name.givenName sw "Qxaro" and name.familyName EQ "Dorvane"' }, ['Qxaro', 'Dorvane'], 'PERSON'],
  [{ url: '/api/people', params: { $filter: "Surname eq 'Wenlix' or DateOfBirth eq 1979-11-02" } }, ['Wenlix', '1979-11-02'], 'PERSON'],
  ["$filter=startswith(last_name,'Orra')+and+birth_date+eq+1990-07-04", ['Orra', '1990-07-04'], 'PERSON'],
  [{ filter: 'displayName eq "Qxaro Vlintuk"' }, ['Qxaro Vlintuk'], 'PERSON'],
];

/** Filters on attributes that hold no personal data, and prose with the same two letters: stored as written. */
const KEPT: unknown[] = [
  { filter: "status eq 'active' and priority ne 'low'" },
  { filter: 'emails[type eq "work"].value co "@example.com"' },
  { filter: 'meta.lastModified gt "2026-12-01T00:00:00Z"' },
  "/odata/Orders?$filter=Freight eq 32 and ShipCountry eq 'France'",
  'Je ne sais pas, il ne vient pas',
  { filter: 'title sw "Dr"' },
  { $filter: "contains(Description,'green tea')" },
];

describe('K6: a filter expression compares an attribute with a literal', () => {
  it.each(LEAKS)('%j', (input, values, type) => {
    const out = stored(input);
    for (const value of values) expect(out).not.toContain(value);
    expect(out).toContain(`[${type}:`);
  });
  it.each(KEPT)('keeps %j', (input) => {
    expect(JSON.parse(stored(input))).toEqual(input);
  });
  it('any attribute spelling, operator case, quote and separator hides the literal', () => {
    const attributes = fc.constantFrom<[string, string]>(['lastName', 'Vlintuk'], ['name.familyName', 'Kestrav'], ['surname', 'Tholvenk'], ['LastName', 'Dorvane'], ['dob', '1984-03-12'], ['birthdate', '1979-11-02'], ['ssn', '536228514'], ['family_name', 'Wenlix']);
    const operators = fc.constantFrom('eq', 'EQ', 'Eq', 'ne', 'sw', 'co', 'ew');
    const quotes = fc.constantFrom<[string, string]>(['"', '"'], ["'", "'"], ['%22', '%22'], ['%27', '%27']);
    const blanks = fc.constantFrom(' ', '+', '%20');
    fc.assert(fc.property(attributes, operators, quotes, blanks, ([attribute, raw], operator, [open, close], blank) => {
      expect(stored({ filter: `${attribute}${blank}${operator}${blank}${open}${raw}${close}` })).not.toContain(raw);
    }), { numRuns: 120 });
  });
});
