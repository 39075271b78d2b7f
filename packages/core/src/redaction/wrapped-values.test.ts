// Values wrapped in a type object under a personal member (G1) and name/value attribute pairs in
// other spellings (G10) of the second probe of 2026-12-04 (test/redaction/probe-2026-12-04b.cases.md;
// issue 11): wrapped-values.ts and the redactor's `underKey` and pair reading. The probe's inputs,
// held-back inputs of the same kinds (Avro unions, GraphQL `{ value }`, protobuf Value, AWS tags,
// `{ key, val }`, `{ name, values }`, `attributes.` prefixes), and look-alikes that stay.
import { describe, expect, it } from 'vitest';
import type { JsonValue, UnsealedEvent } from '../spec/event.js';
import { createRedactor } from './redactor.js';
import { createKeyring } from './keys.js';
import { attributePair, isTypeWrapper, unprefixedName } from './wrapped-values.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([Buffer.alloc(32, 71)]) });
/** What a tool result becomes in the stored event. */
function stored(result: JsonValue): JsonValue {
  const event = { v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result } } as unknown as UnsealedEvent;
  const out = redactor.redact(event, { capture: {} } as never);
  if (typeof (out as { then?: unknown }).then === 'function') throw new Error('expected a synchronous redactor');
  return (out as unknown as { event: { tool: { result: JsonValue } } }).event.tool.result;
}
/** The value at `path` of `value`. */
function at(value: JsonValue, path: (string | number)[]): JsonValue {
  return path.reduce<JsonValue>((node, step) => (node as Record<string, JsonValue>)[step] as JsonValue, value);
}
const token = (type: string): RegExp => new RegExp(`^\\[${type}:psn_\\w+\\]$`);

/** Each case: the tool result, then each leaf's path and the token type it must hold. */
type Case = [name: string, result: JsonValue, leaves: [path: (string | number)[], type: string][]];

describe('G1: a personal member whose value is wrapped in a type object', () => {
  it.each<Case>([
    // The probe's inputs.
    ['DynamoDB S', { Item: { ssn: { S: '536228514' }, dob: { S: '1984-03-12' }, last_name: { S: 'Vlintuk' } } }, [[['Item', 'ssn', 'S'], 'SSN'], [['Item', 'dob', 'S'], 'DOB'], [['Item', 'last_name', 'S'], 'PERSON']]],
    ['Firestore stringValue', { fields: { ssn: { stringValue: '412673390' } } }, [[['fields', 'ssn', 'stringValue'], 'SSN']]],
    ['Notion rich_text', { SSN: { rich_text: [{ plain_text: '523456789' }] } }, [[['SSN', 'rich_text', 0, 'plain_text'], 'SSN']]],
    // Held back: the other wrappers of those stores and of other formats.
    ['DynamoDB N, SS and L', { phone: { N: '4155550132' }, first_name: { SS: ['Qxaro', 'Wen'] }, aliases: { L: [{ S: 'Wenlix Dorvane' }] }, passport_number: { L: [{ S: 'X12345678' }] } }, [[['phone', 'N'], 'PHONE'], [['first_name', 'SS', 0], 'PERSON'], [['first_name', 'SS', 1], 'PERSON'], [['passport_number', 'L', 0, 'S'], 'PASSPORT']]],
    ['DynamoDB M decides by its own members', { Item: { M: { surname: { S: 'Qxarsk' }, birthdate: { S: '1971-05-06' } } } }, [[['Item', 'M', 'surname', 'S'], 'PERSON'], [['Item', 'M', 'birthdate', 'S'], 'DOB']]],
    ['Firestore integerValue, timestampValue, arrayValue', { fields: { tax_id: { integerValue: '545678901' }, birth_date: { timestampValue: '1979-11-02T00:00:00Z' }, surname: { arrayValue: { values: [{ stringValue: 'Dorvane' }] } } } }, [[['fields', 'birth_date', 'timestampValue'], 'DOB'], [['fields', 'surname', 'arrayValue', 'values', 0, 'stringValue'], 'PERSON']]],
    ['Firestore mapValue', { fields: { patient: { mapValue: { fields: { ssn: { stringValue: '534123456' } } } } } }, [[['fields', 'patient', 'mapValue', 'fields', 'ssn', 'stringValue'], 'SSN']]],
    ['Notion title, text.content, date.start, phone_number', { properties: { 'Last name': { id: 'title', type: 'title', title: [{ type: 'text', text: { content: 'Kestrav', link: null }, annotations: { bold: false, color: 'default' }, plain_text: 'Kestrav', href: null }] }, 'Date of birth': { id: 'a%3B', type: 'date', date: { start: '1966-07-08', end: null, time_zone: null } }, Phone: { type: 'phone_number', phone_number: '+1 415 555 0132' } } }, [[['properties', 'Last name', 'title', 0, 'text', 'content'], 'PERSON'], [['properties', 'Last name', 'title', 0, 'plain_text'], 'PERSON'], [['properties', 'Date of birth', 'date', 'start'], 'DOB'], [['properties', 'Phone', 'phone_number'], 'PHONE']]],
    ['Notion number', { SSN: { type: 'number', number: 523456789 } }, [[['SSN', 'number'], 'SSN']]],
    ['Avro JSON union', { ssn: { string: '545678901' }, last_name: { string: 'Wenlix' }, dob: { string: '1990-07-21' } }, [[['ssn', 'string'], 'SSN'], [['last_name', 'string'], 'PERSON'], [['dob', 'string'], 'DOB']]],
    ['GraphQL/OpenAPI value', { dob: { value: '1966-07-08' }, family_name: { value: 'Orlonde', type: 'String' } }, [[['dob', 'value'], 'DOB'], [['family_name', 'value'], 'PERSON']]],
    ['protobuf Value', { ssn: { stringValue: '534123456' }, surname: { listValue: { values: [{ stringValue: 'Kestrav' }] } } }, [[['ssn', 'stringValue'], 'SSN'], [['surname', 'listValue', 'values', 0, 'stringValue'], 'PERSON']]],
  ])('%s', (_name, result, leaves) => {
    const out = stored(result);
    for (const [path, type] of leaves) expect(at(out, path), `${path.join('.')} in ${JSON.stringify(out)}`).toMatch(token(type));
  });

  it('a tag member is read as usual and the pseudonym is the value\'s own', () => {
    const out = stored({ a: { ssn: { S: '536228514' } }, b: { SSN: { type: 'rich_text', rich_text: [{ type: 'text', plain_text: '536-22-8514' }] } }, c: { ssn: '536228514' } });
    expect(at(out, ['a', 'ssn', 'S'])).toBe(at(out, ['c', 'ssn']));
    expect(at(out, ['b', 'SSN', 'type'])).toBe('rich_text');
    expect(at(out, ['b', 'SSN', 'rich_text', 0, 'type'])).toBe('text');
  });

  it.each<[string, JsonValue]>([
    // A generic or tool-ish name's wrapped value, and ids, versions, order numbers.
    ['tool-ish DynamoDB item', { Item: { name: { S: 'search' }, type: { S: 'tool' }, version: { S: '1.2.3' }, order_id: { N: '536228514' } } }],
    ['Notion title and select', { properties: { Title: { title: [{ plain_text: 'Quarterly report' }] }, Status: { select: { name: 'Done' } } } }],
    // A personal member over a record: decided member by member (status, note stay).
    ['a record under patient', { patient: { id: 'p1', status: 'active', note: { text: 'stable' }, value: 'ok' } }],
    // A value that is not of the named kind stays, as it does unwrapped (`{"passport":"valid"}`).
    ['not of the kind', { passport: { S: 'valid' }, ssn: { stringValue: 'n/a' } }],
    // A bigger object under a personal key is no wrapper: its other members are walked as usual.
    ['no wrapper with other members', { ssn: { value: 'see note', source: 'intake form', verified: true } }],
  ])('%s stays', (_name, result) => {
    expect(stored(result)).toEqual(result);
  });
});

describe('G10: name/value attribute pairs in other spellings', () => {
  it.each<Case>([
    // The probe's inputs.
    ['Cognito UserAttributes', { UserAttributes: [{ Name: 'custom:ssn', Value: '536228514' }, { Name: 'family_name', Value: 'Vlintuk' }, { Name: 'birthdate', Value: '1984-03-12' }] }, [[['UserAttributes', 0, 'Value'], 'SSN'], [['UserAttributes', 1, 'Value'], 'PERSON'], [['UserAttributes', 2, 'Value'], 'DOB']]],
    ['HubSpot property', { properties: [{ property: 'date_of_birth', value: '1979-11-02' }] }, [[['properties', 0, 'value'], 'DOB']]],
    // Held back: other spellings of the names, cases and prefixes.
    ['AWS tags Key/Value', { Tags: [{ Key: 'ssn', Value: '412673390' }, { Key: 'Owner', Value: 'Qxaro Vlintuk' }] }, [[['Tags', 0, 'Value'], 'SSN']]],
    ['attribute/value', [{ attribute: 'surname', value: 'Qxarsk' }], [[[0, 'value'], 'PERSON']]],
    ['key/val', [{ key: 'last_name', val: 'Wenlix' }], [[[0, 'val'], 'PERSON']]],
    ['name/values', [{ name: 'ssn', values: ['545678901', '534123456'] }], [[[0, 'values', 0], 'SSN'], [[0, 'values', 1], 'SSN']]],
    ['attributes. prefix', [{ Name: 'attributes.birthdate', Value: '1966-07-08' }], [[[0, 'Value'], 'DOB']]],
    ['dev:custom: prefix', [{ NAME: 'dev:custom:passport_number', VALUE: 'X12345678' }], [[[0, 'VALUE'], 'PASSPORT']]],
    ['PropertyName/Value', [{ PropertyName: 'phone_number', Value: '+1 415 555 0132' }], [[[0, 'Value'], 'PHONE']]],
  ])('%s', (_name, result, leaves) => {
    const out = stored(result);
    for (const [path, type] of leaves) expect(at(out, path), `${path.join('.')} in ${JSON.stringify(out)}`).toMatch(token(type));
  });

  it.each<[string, JsonValue]>([
    ['Cognito non-personal attributes', { UserAttributes: [{ Name: 'sub', Value: '1a2b3c4d' }, { Name: 'email_verified', Value: 'true' }, { Name: 'custom:plan', Value: 'pro' }] }],
    ['AWS tags', { Tags: [{ Key: 'Environment', Value: 'prod' }, { Key: 'aws:cloudformation:stack-name', Value: 'billing-api' }] }],
    ['HubSpot deal', [{ property: 'dealstage', value: 'closedwon' }, { property: 'amount', value: '536228514' }]],
    ['an order id and a version', [{ field: 'order_id', value: '536228514' }, { key: 'version', val: '1.2.3' }, { name: 'app.version', values: ['2.0.1'] }]],
    ['a select option naming its own field', [{ name: 'ssn', value: 'ssn' }]],
  ])('%s stays', (_name, result) => {
    expect(stored(result)).toEqual(result);
  });
});

describe('G1 bounds', () => {
  it('a wrapper nested past the depth limit is a marker, a long wrapped list is masked item by item', () => {
    let deep: JsonValue = '536228514';
    for (let i = 0; i < 5000; i++) deep = { value: deep };
    const out = JSON.stringify(stored({ ssn: deep }));
    expect(out).not.toContain('536228514');
    expect(out).toContain('[REDACTION_FAILED]');
    const wide = stored({ ssn: { L: Array.from({ length: 20_000 }, () => ({ S: '536228514' })) } });
    const items = at(wide, ['ssn', 'L']) as { S: string }[];
    expect(items).toHaveLength(20_000);
    expect(new Set(items.map((item) => item.S)).size).toBe(1);
    expect(items[0]?.S).toMatch(token('SSN'));
  });
});

describe('wrapped-values.ts', () => {
  it('isTypeWrapper: content members and tags only, at most six members', () => {
    expect(isTypeWrapper({ S: 'x' })).toBe(true);
    expect(isTypeWrapper({ type: 'date', date: { start: 'x' } })).toBe(true);
    expect(isTypeWrapper({ type: 'x', id: 'y' })).toBe(false);
    expect(isTypeWrapper({ M: {} })).toBe(false);
    expect(isTypeWrapper({ S: 'x', name: 'y' })).toBe(false);
    expect(isTypeWrapper({ value: 1, type: 1, id: 1, kind: 1, format: 1, href: 1, link: 1 })).toBe(false);
  });
  it('attributePair: any case, the value member and the name', () => {
    expect(attributePair({ Name: 'a', Value: 1 }, ['Name', 'Value'])).toEqual({ name: 'a', member: 'Value' });
    expect(attributePair({ key: 'a', val: 1 }, ['key', 'val'])).toEqual({ name: 'a', member: 'val' });
    expect(attributePair({ name: 3, value: 1 }, ['name', 'value'])).toBeUndefined();
    expect(attributePair({ name: 'a', size: 1 }, ['name', 'size'])).toBeUndefined();
  });
  it('unprefixedName: past the last `:`, `.` or `/`', () => {
    expect(unprefixedName('custom:ssn')).toBe('ssn');
    expect(unprefixedName('attributes.birthdate')).toBe('birthdate');
    expect(unprefixedName('user/last_name')).toBe('last_name');
    expect(unprefixedName('ssn')).toBeUndefined();
    expect(unprefixedName('ssn:')).toBeUndefined();
    expect(unprefixedName(':ssn')).toBeUndefined();
    expect(unprefixedName(`${'a'.repeat(70)}:ssn`)).toBeUndefined();
  });
});
