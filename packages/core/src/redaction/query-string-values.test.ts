import { describe, expect, it } from 'vitest';
import { createRedactor } from '../index.js';

// A value in a query string (Lucene and Elasticsearch `query_string`, KQL, JQL) ran on over the
// query's boolean operator: `last_name:Kestrav AND ssn:…` stored `last_name:[PERSON:x] ssn:[SSN:…]`,
// the `AND` lost and the name's pseudonym that of `Kestrav AND`, not of `Kestrav` (found by the
// H19 helper of the fourth session of 2026-12-04). The kind: `AND`, `OR`, `NOT`, `ORDER BY`, `&&`,
// `||` between blanks end a text pair's value and a name's words.
const redactor = createRedactor({ pseudonymKey: new Uint8Array(32).fill(7) });
const stored = (result: unknown): string =>
  JSON.stringify((redactor.redact({ v: 1, id: 'e', seq: 0, ts: '2026-12-04T00:00:00Z', stream: 's', type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result } } as never, { capture: {} } as never) as { event: { tool: { result: unknown } } }).event.tool.result);
const alone = (key: string, name: string): string => (stored(`${key}:${name}`).match(/\[PERSON:[^\]]+\]/) ?? [''])[0];

describe('a query string: its operators end a value', () => {
  it.each([
    ['last_name:Kestrav AND ssn:536-22-8514', 'last_name', 'Kestrav', ' AND ssn:[SSN:'],
    ['lastName: Kestrav OR firstName: Qxaro', 'lastName', 'Kestrav', ' OR firstName: [PERSON:'],
    ['surname: Dorvane NOT status: closed', 'surname', 'Dorvane', ' NOT status: closed'],
    ['family_name:Vlintuk || dob:1984-03-12', 'family_name', 'Vlintuk', ' || dob:[DOB:'],
    ['patient_name: Wenlix Dorvane ORDER BY created', 'patient_name', 'Wenlix Dorvane', ' ORDER BY created'],
  ])('%s', (query, key, name, after) => {
    const out = stored(query);
    const token = alone(key, name);
    expect(token).toMatch(/^\[PERSON:/);
    // The same pseudonym as the name alone, and the operator kept.
    expect(out).toContain(`${token}${after}`);
    expect(stored({ query_string: { query } })).toContain(`${token}${after}`);
  });

  it('an operator word inside a value of no query stays part of it: a lower-case and, a name ending in capitals', () => {
    expect(stored('full_name=Qxaro Vlintuk status=ok')).toBe(JSON.stringify(`full_name=${alone('full_name', 'Qxaro Vlintuk')} status=ok`));
    expect(stored('company: Salt and Pepper Ltd')).toBe(JSON.stringify('company: Salt and Pepper Ltd'));
  });
});
