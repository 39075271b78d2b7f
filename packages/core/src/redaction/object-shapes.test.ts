// The walk's object shapes (issue 19): what an object's member names alone say is worked out once
// per set of names (redactor.ts objectShape), and a shape rule that also reads values is skipped
// when a member it needs is not there (wrapped-values.ts mayBeAttributePair, mayBeFieldChange;
// unknown-users.ts hasUserMember; contact-shapes.ts mayBeSplitEmail). Each gate must hold for every
// object its rule answers for (else a value would be stored raw), and a warm redactor must answer
// as a fresh one does (the cache holds member names only, never values). In process, no I/O.
import { describe, expect, it } from 'vitest';
import type { JsonValue, UnsealedEvent } from '../spec/event.js';
import { createRedactor } from './redactor.js';
import { createKeyring } from './keys.js';
import { attributePair, fieldChangeOf, mayBeAttributePair, mayBeFieldChange } from './wrapped-values.js';
import { hasUserMember, unknownUserPasswordMember } from './unknown-users.js';
import { mayBeSplitEmail, splitEmailOf } from './contact-shapes.js';
import { sortKeys } from '../crypto/jcs.js';

const keysOf = (value: Record<string, JsonValue>): string[] => sortKeys(Object.keys(value));

describe('mayBeAttributePair', () => {
  // Pairs attributePair reads (its documented spellings), and look-alikes with no pair's value member.
  const pairs: Array<Record<string, JsonValue>> = [
    { name: 'ssn', value: '536-22-8514' },
    { Name: 'custom:ssn', Value: '536-22-8514' },
    { Key: 'Owner', Value: 'Amara Okafor' },
    { property: 'lastname', value: 'Okafor' },
    { attribute: 'dob', value: '1984-03-12' },
    { key: 'email', val: 'a@example.com' },
    { name: 'phone', values: ['+44 20 7946 0018'] },
    { propertyName: 'lastname', propertyValue: 'Okafor' },
    { tabLabel: 'SSN', value: '536-22-8514' },
    { op: 'replace', path: '/name/familyName', value: 'Okafor' },
    { '@type': 'Employee_ID', '#text': '21001' },
    { url: 'http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName', valueString: 'Okafor' },
  ];
  it('holds for every pair attributePair reads', () => {
    for (const pair of pairs) {
      const keys = keysOf(pair);
      expect(attributePair(pair, keys), JSON.stringify(pair)).toBeDefined();
      expect(mayBeAttributePair(keys), JSON.stringify(pair)).toBe(true);
    }
  });
  it('is false without a pair value member, an XML text or a FHIR extension, and attributePair answers nothing there', () => {
    const others: Array<Record<string, JsonValue>> = [
      { name: 'ssn', label: 'SSN' },
      { id: 'C-100001', status: 'open', total: 12.5, currency: 'EUR' },
      { url: 'https://example.com', name: 'site' },
      { '@type': 'Employee_ID', id: '21001' },
      {},
    ];
    for (const other of others) {
      const keys = keysOf(other);
      expect(mayBeAttributePair(keys), JSON.stringify(other)).toBe(false);
      expect(attributePair(other, keys), JSON.stringify(other)).toBeUndefined();
    }
  });
});

describe('mayBeFieldChange', () => {
  it('holds for every change fieldChangeOf reads', () => {
    const changes: Array<Record<string, JsonValue>> = [
      { Field: 'LastName', OldValue: 'Okafor', NewValue: 'Vlintuk' },
      { field: 'ssn', rejectedValue: '536-22-8514' },
      { loc: ['body', 'ssn'], input: '536-22-8514', msg: 'bad' },
      { instancePath: '/patient/ssn', data: '536-22-8514' },
    ];
    for (const change of changes) {
      const keys = keysOf(change);
      expect(fieldChangeOf(change, keys), JSON.stringify(change)).toBeDefined();
      expect(mayBeFieldChange(keys), JSON.stringify(change)).toBe(true);
    }
  });
  it('is false for other names, and fieldChangeOf answers nothing there', () => {
    const others: Array<Record<string, JsonValue>> = [
      { field: 'ssn', type: 'string' },
      { loc: ['body'], msg: 'bad' },
      { instancePath: '/x', message: 'bad' },
      { only: 1 },
    ];
    for (const other of others) {
      const keys = keysOf(other);
      expect(mayBeFieldChange(keys), JSON.stringify(other)).toBe(false);
      expect(fieldChangeOf(other, keys), JSON.stringify(other)).toBeUndefined();
    }
  });
});

describe('hasUserMember and mayBeSplitEmail', () => {
  it('hold where their rules answer', () => {
    const unknown = { reason: 'user_not_found', username: 'Tr5#Lq9zWm2x' };
    expect(unknownUserPasswordMember(unknown, keysOf(unknown))).toBe('username');
    expect(hasUserMember(keysOf(unknown))).toBe(true);
    for (const split of [{ user: 'tevita.havili', host: 'gmail.com' }, { local_part: 'tevita.havili', domain: 'gmail.com', type: 'work' }]) {
      expect(splitEmailOf(split, keysOf(split))).toBeDefined();
      expect(mayBeSplitEmail(keysOf(split))).toBe(true);
    }
  });
  it('are false for look-alikes, where the rules answer nothing', () => {
    const noUser = { reason: 'user_not_found', password: 'Tr5#Lq9zWm2x' };
    expect(hasUserMember(keysOf(noUser))).toBe(false);
    expect(unknownUserPasswordMember(noUser, keysOf(noUser))).toBeUndefined();
    const noDomain = { user: 'tevita.havili', server: 'gmail.com' };
    expect(mayBeSplitEmail(keysOf(noDomain))).toBe(false);
    expect(splitEmailOf(noDomain, keysOf(noDomain))).toBeUndefined();
  });
});

describe('object shapes in the walk', () => {
  const key = new Uint8Array(32).fill(7);
  const event = (result: JsonValue, i: number): UnsealedEvent => ({
    v: 1,
    id: `01JABCDEFGHJKMNPQRSTVWXY${String(i).padStart(2, '0')}`,
    ts: '2026-01-01T00:00:00.000Z',
    stream: 's',
    seq: i,
    type: 'tool.result',
    agent: { id: 'bot' },
    source: 'test',
    outcome: 'success',
    tool: { name: 'lookup', result },
  });
  // Objects of one set of member names with values that do and do not make a shape rule answer,
  // and sets of names that join to the same text (`name\u0000surname` is one member name).
  const results: JsonValue[] = [
    { cols: ['last_name', 'ssn'], rows: [['Okafor', '536-22-8514']] },
    { cols: 3, rows: 2 },
    { cols: ['last_name', 'ssn'], rows: [['Vlintuk', '536-22-8515']] },
    { latitude: '51.507412', longitude: '-0.127812' },
    { latitude: 'north', longitude: 'west' },
    { name: 'Tevita', surname: 'Havili' },
    { 'name\u0000surname': 'Tevita' },
    { name: 'Maria Lopez', type: 'bot' },
    { name: 'Maria Lopez', type: 'user', ssn: '536-22-8514' },
    { name: 'ssn', value: '536-22-8514' },
    { name: 'ssn', label: 'SSN' },
    { reason: 'user_not_found', username: 'Tr5#Lq9zWm2x' },
    { reason: 'user_not_found', username: 'alice' },
    { user: 'tevita.havili', host: 'gmail.com' },
    { user: 'tevita.havili', host: 'not a host' },
    { Field: 'LastName', OldValue: 'Okafor', NewValue: 'Vlintuk' },
    { Field: 'Status', OldValue: 'open', NewValue: 'closed' },
  ];
  it('a warm redactor stores what a fresh one stores, for each object', async () => {
    const warm = createRedactor({ pseudonymKey: createKeyring([key]), sessionMemory: false });
    for (let round = 0; round < 2; round++) {
      for (const [i, result] of results.entries()) {
        const fresh = createRedactor({ pseudonymKey: createKeyring([key]), sessionMemory: false });
        const expected = (await fresh.redact(event(result, i), {})).event.tool?.result;
        expect((await warm.redact(event(result, i), {})).event.tool?.result, JSON.stringify(result)).toEqual(expected);
      }
    }
  });
  it('still applies the rules that read values (the shape only says which may apply)', async () => {
    const redactor = createRedactor({ pseudonymKey: createKeyring([key]), sessionMemory: false });
    const stored = async (result: JsonValue, i: number): Promise<string> => JSON.stringify((await redactor.redact(event(result, i), {})).event.tool?.result);
    expect(await stored(results[0] as JsonValue, 0)).not.toContain('536-22-8514');
    expect(await stored(results[1] as JsonValue, 1)).toBe('{"cols":3,"rows":2}');
    expect(await stored(results[3] as JsonValue, 3)).not.toContain('51.507412');
    expect(await stored(results[4] as JsonValue, 4)).toBe('{"latitude":"north","longitude":"west"}');
    expect(await stored(results[7] as JsonValue, 7)).toContain('Maria Lopez');
    expect(await stored(results[8] as JsonValue, 8)).not.toContain('Maria Lopez');
    expect(await stored(results[11] as JsonValue, 11)).not.toContain('Tr5#Lq9zWm2x');
    expect(await stored(results[13] as JsonValue, 13)).not.toContain('tevita.havili');
  });
});
