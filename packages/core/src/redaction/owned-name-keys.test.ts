// A name-part key with an owner word before or after it (a fresh README-only probe of 2026-12-04,
// H21: `patientLastName`, `cardholder_last_name`, `mother_maiden_name`, `next_of_kin_name`,
// `patient.last_name`, text `patient_last_name=…` stored raw).
import { describe, expect, it } from 'vitest';
import { isPersonKeyName } from './key-names.js';
import { createKeyring } from './keys.js';
import { createRedactor } from './redactor.js';
import type { RedactionResult } from '../spec/redactor.js';
import type { UnsealedEvent } from '../spec/event.js';

describe('isPersonKeyName with an owner word', () => {
  it.each(['patientLastName', 'patientFirstName', 'cardholder_last_name', 'subscriberLastName', 'mother_maiden_name', 'next_of_kin_name', 'patient.last_name', 'PATIENT_LAST_NAME', 'last_name_patient', 'guarantorName', 'insured_full_name', 'beneficiaryGivenName', 'kunde_lastname', 'traveler_surname'])('%s names a person', (key) => {
    expect(isPersonKeyName(key)).toBe(true);
  });
  it.each(['classFullName', 'fileDisplayName', 'serverDisplayName', 'toolName', 'lastNameField', 'firstNameLabel', 'productName', 'reportLastName_x'])('%s does not', (key) => {
    expect(isPersonKeyName(key)).toBe(false);
  });
});

describe('through the redactor', () => {
  const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(4)]) });
  const redact = (args: Record<string, unknown>) =>
    ((redactor.redact({ v: 1, id: '01JTESTOWN0000000000000000', ts: '2026-12-04T12:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'a' }, tool: { name: 'lookup', arguments: args } } as unknown as UnsealedEvent, { capture: {} }) as RedactionResult).event.tool?.arguments ?? {}) as Record<string, string>;
  it('masks the owner-prefixed members and a text pair of that name with the same pseudonym as last_name', () => {
    const out = redact({ patientLastName: 'Vlintuk', last_name: 'Vlintuk', q: 'patient_last_name=Vlintuk&x=1', classFullName: 'com.acme.Foo' });
    expect(out.patientLastName).toMatch(/^\[PERSON:/);
    expect(out.patientLastName).toBe(out.last_name);
    expect(out.q).toBe(`patient_last_name=${out.last_name}&x=1`);
    expect(out.classFullName).toBe('com.acme.Foo');
  });
});
