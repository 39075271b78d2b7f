// A field's change and a rejected value (the fifth README-only probe of 2026-12-04,
// test/redaction/probe-2026-12-04e.cases.md): K4, a change history naming the field in one member
// and holding its old and new values in others (Salesforce field history, `{ field, old, new }`,
// `{ column, before, after }`, Zendesk's audit), and K5, a validation error echoing the value it
// rejected beside the field's name (Spring `rejectedValue`, pydantic `{ loc, input }`, AJV
// `{ instancePath, data }`), were stored raw. The probe's inputs, others of the same kinds (other
// names, values and spellings), and look-alikes that must stay.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../index.js';
import { blankMachineValues } from '../../../../test/redaction/stored.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(5)]) });

/** The stored form of `value` as a tool's result, as JSON. */
function stored(value: unknown): string {
  const result = redactor.redact({ v: 1, id: 'e', seq: 0, ts: '2026-12-04T00:00:00Z', stream: 's', type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', content: { output: value } } as never, { capture: {} } as never) as { event: { content: { output: unknown } } };
  return blankMachineValues(JSON.stringify(result.event.content.output));
}

/** [input, the values that must not be stored, a token type that must be there]. */
const CHANGES: Array<[unknown, string[], string]> = [
  // The probe's inputs.
  [{ Field: 'LastName', OldValue: 'Vlintuk', NewValue: 'Dorvane' }, ['Vlintuk', 'Dorvane'], 'PERSON'],
  [{ Field: 'Birthdate', OldValue: '1984-03-12', NewValue: '1984-03-21' }, ['1984-03-12', '1984-03-21'], 'DOB'],
  [{ field: 'lastName', old: 'Vlintuk', new: 'Dorvane' }, ['Vlintuk', 'Dorvane'], 'PERSON'],
  [{ field: 'ssn', old: '536228514', new: '412673390' }, ['536228514', '412673390'], 'SSN'],
  [{ attribute: 'dob', oldValue: '1984-03-12', newValue: '1984-03-21' }, ['1984-03-12', '1984-03-21'], 'DOB'],
  [{ column: 'last_name', before: 'Vlintuk', after: 'Dorvane' }, ['Vlintuk', 'Dorvane'], 'PERSON'],
  [{ field_name: 'ssn', value: '412673390', previous_value: '536228514' }, ['412673390', '536228514'], 'SSN'],
  // Others of the kind.
  [{ attributes: { type: 'ContactHistory' }, Id: '0175g00000AbCdE', ContactId: '0035g00000XyZaB', Field: 'SSN__c', OldValue: '536228514', NewValue: null, CreatedDate: '2026-12-01T10:00:00Z' }, ['536228514'], 'SSN'],
  [{ type: 'Change', id: 8812, field_name: 'Last Name', value: 'Tholvenk', previous_value: 'Kestrav' }, ['Tholvenk', 'Kestrav'], 'PERSON'],
  [{ field: 'birth_date', fieldtype: 'custom', from: null, fromString: '1979-11-02', to: null, toString: '1979-12-02' }, ['1979-11-02', '1979-12-02'], 'DOB'],
  [{ property: 'familyName', previousValue: 'Wenlix', currentValue: 'Orrabel' }, ['Wenlix', 'Orrabel'], 'PERSON'],
  [{ columnName: 'date_of_birth', oldVal: '1990-07-04', newVal: '1990-04-07', table: 'patients', op: 'UPDATE' }, ['1990-07-04', '1990-04-07'], 'DOB'],
  [{ key: 'surname', was: 'Kestrav', now: 'Vlintuk-Kestrav' }, ['Kestrav'], 'PERSON'],
  [{ history: [{ field: 'social_security_number', before: '078-05-1120', after: '219-09-9999' }] }, ['078-05-1120', '219-09-9999'], 'SSN'],
  [{ name: 'email', old_value: 'qxaro.vlintuk@example', new_value: 'q.vlintuk@example' }, ['qxaro.vlintuk', 'q.vlintuk'], 'EMAIL'],
];

const REJECTED: Array<[unknown, string[], string]> = [
  // The probe's inputs.
  [{ field: 'dob', rejectedValue: '1984-03-12' }, ['1984-03-12'], 'DOB'],
  [{ field: 'lastName', rejectedValue: 'Vlintuk' }, ['Vlintuk'], 'PERSON'],
  [{ field: 'email', rejectedValue: 'qxaro.vlintuk@example' }, ['qxaro.vlintuk'], 'EMAIL'],
  [{ loc: ['body', 'ssn'], msg: 'invalid', input: '536228514' }, ['536228514'], 'SSN'],
  [{ loc: ['body', 'dob'], input: '1984-03-12' }, ['1984-03-12'], 'DOB'],
  [{ loc: ['body', 'last_name'], input: 'Vlintuk' }, ['Vlintuk'], 'PERSON'],
  [{ instancePath: '/patient/ssn', keyword: 'pattern', data: '536228514' }, ['536228514'], 'SSN'],
  // Others of the kind.
  [{ timestamp: '2026-12-04T10:00:00Z', status: 400, errors: [{ codes: ['Past.patient.birthDate', 'Past'], arguments: null, defaultMessage: 'must be a past date', objectName: 'patient', field: 'birthDate', rejectedValue: '2031-03-12', bindingFailure: false, code: 'Past' }] }, ['2031-03-12'], 'DOB'],
  [{ detail: [{ type: 'string_pattern_mismatch', loc: ['body', 'patients', 0, 'family_name'], msg: 'String should match pattern', input: 'Kestrav', ctx: { pattern: '^[A-Z]+$' }, url: 'https://errors.pydantic.dev/2.9/v/string_pattern_mismatch' }] }, ['Kestrav'], 'PERSON'],
  [{ instancePath: '/members/2/dateOfBirth', schemaPath: '#/properties/dateOfBirth/format', keyword: 'format', params: { format: 'date' }, message: 'must match format "date"', data: '1984-13-12' }, ['1984-13-12'], 'DOB'],
  [{ dataPath: '.patient.lastName', keyword: 'minLength', data: 'Vlintuk' }, ['Vlintuk'], 'PERSON'],
  [{ property: 'surname', invalidValue: 'Dorvane', constraints: { isAlpha: 'must be letters' } }, ['Dorvane'], 'PERSON'],
  [{ propertyPath: 'ssn', invalidValue: '412673390', message: 'This value is not valid.' }, ['412673390'], 'SSN'],
];

/** Changes and errors about fields that hold no personal data, a tool call's `{ name, input }`, a rename of a field: stored as written. */
const KEPT: unknown[] = [
  { field: 'status', old: 'open', new: 'closed' },
  { Field: 'StageName', OldValue: 'Prospecting', NewValue: 'Closed Won' },
  { column: 'updated_at', before: '2026-12-01T10:00:00Z', after: '2026-12-04T10:00:00Z' },
  { field_name: 'priority', value: 'high', previous_value: 'normal' },
  { field: 'status', rejectedValue: 'archived' },
  { loc: ['query', 'limit'], msg: 'Input should be less than 100', input: '500' },
  { instancePath: '/page', keyword: 'minimum', data: 0 },
  { type: 'tool_use', id: 'toolu_01', name: 'search', input: { query: 'opening hours' } },
  { type: 'tool_use', id: 'toolu_02', name: 'get_email', input: { id: 'msg_123' } },
  { name: 'email', data: 'newsletter-template-v2' },
  { field: 'ssn', from: 'ssn', to: 'tax_id' },
  { name: 'phone', before: 'phone_number', after: 'mobile' },
];

describe('K4: a field named beside its old and new values', () => {
  it.each(CHANGES)('%j', (input, values, type) => {
    const out = stored(input);
    for (const value of values) expect(out).not.toContain(value);
    expect(out).toContain(`[${type}:`);
  });
  it('stores the same old value under the same pseudonym as the field itself', () => {
    const a = stored({ field: 'lastName', old: 'Vlintuk', new: 'Dorvane' });
    const b = stored({ lastName: 'Vlintuk' });
    const token = /\[PERSON:[^\]]+\]/.exec(b)?.[0] as string;
    expect(a).toContain(token);
  });
  it('any spelling of the members names the field and holds its values', () => {
    const nameMembers = fc.constantFrom('field', 'Field', 'FIELD', 'attribute', 'column', 'field_name', 'fieldName', 'property', 'key', 'attributeName', 'column_name');
    const valueMembers = fc.constantFrom('old', 'new', 'OldValue', 'NewValue', 'old_value', 'newValue', 'before', 'after', 'previous_value', 'previousValue', 'from', 'to', 'fromString', 'rejectedValue', 'rejected_value', 'invalidValue', 'original_value', 'current-value');
    const fields = fc.constantFrom<[string, string]>(['lastName', 'Vlintuk'], ['surname', 'Dorvane'], ['ssn', '536228514'], ['dob', '1984-03-12'], ['date_of_birth', '1979-11-02'], ['family_name', 'Kestrav']);
    fc.assert(fc.property(nameMembers, valueMembers, fields, (nameMember, valueMember, [field, raw]) => {
      expect(stored({ [nameMember]: field, [valueMember]: raw })).not.toContain(raw);
    }), { numRuns: 120 });
  });
});

describe('K5: a validation error echoing the rejected value', () => {
  it.each(REJECTED)('%j', (input, values, type) => {
    const out = stored(input);
    for (const value of values) expect(out).not.toContain(value);
    expect(out).toContain(`[${type}:`);
  });
});

describe('K4, K5: look-alikes that stay', () => {
  it.each(KEPT)('keeps %j', (input) => {
    expect(JSON.parse(stored(input))).toEqual(input);
  });
});
