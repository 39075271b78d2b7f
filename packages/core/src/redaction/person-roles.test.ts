// key-names.ts person-role rules (the sixth fresh probe of 2026-12-03; test/redaction/name-keys-probe6.test.ts end to end).
import { describe, expect, it } from 'vitest';
import { nameMembers, personReference, personRoleTier, personRoleValue } from './key-names.js';

const listed = (word: string) => ['tevita', 'havili', 'aroha'].includes(word.toLowerCase());

describe('personRoleTier', () => {
  it.each([
    ['beneficiary', 'strong'], ['Beneficiary', 'strong'], ['name_on_card', 'strong'], ['nameOnCard', 'strong'], ['next-of-kin', 'strong'], ['emergencyContact', 'strong'],
    ['signed_by', 'strong'], ['assignee', 'role'], ['createdBy', 'role'], ['reporter', 'role'], ['customer', 'customer'], ['kunde', 'customer'], ['owner', 'weak'], ['account_name', 'weak'], ['recipient', 'weak'],
  ])('%s is %s', (key, tier) => expect(personRoleTier(key)).toBe(tier));
  it.each(['customer_id', 'ownerId', 'beneficiary_iban', 'payee_account', 'name', 'display', 'label', 'to', 'from', 'username', 'x'.repeat(50)])('%s is none', (key) => expect(personRoleTier(key)).toBeUndefined());
});

describe('personRoleValue', () => {
  it.each([
    ['TEVITA HAVILI', 'weak'], ['kaewkla srisuk', 'weak'], ['Havili, Tevita', 'weak'], ["Seán O'Brien-Smith", 'weak'], ['T. Havili', 'weak'], ['Srisuk', 'strong'], ['srisuk', 'strong'],
    ['Srisuk', 'role'], ['NGATA', 'role'], ['tevita', 'weak'], ['Ngaio Te Rangi Tawhiri', 'weak'], ['Zoë Åberg', 'weak'],
  ] as const)('%s under a %s key is a name', (value, tier) => expect(personRoleValue(value, tier, listed)).toBe(true));
  it.each([
    ['srisuk', 'role'], ['Srisuk', 'weak'], ['Google', 'weak'], ['Platform Team', 'strong'], ['Acme Ltd', 'strong'], ['New York', 'strong'], ['siosaia.fifita', 'strong'],
    ['cus_123', 'strong'], ['Patient/123', 'strong'], ['a@b.co', 'strong'], ['07700900123', 'strong'], ['2024-01-01', 'strong'], ['T.', 'strong'], ['x', 'strong'],
    ['one two three four five', 'strong'], ['Havili, Tevita, Mele', 'strong'], ['unassigned', 'strong'], ['Main', 'weak'], ['Savings Account', 'weak'], ['', 'strong'],
    ['a'.repeat(61), 'strong'], ['github-actions[bot]', 'role'], ['Visa Gold', 'strong'], ['T. M.', 'weak'],
  ] as const)('%s under a %s key is not', (value, tier) => expect(personRoleValue(value, tier, listed)).toBe(false));
});

describe('nameMembers', () => {
  it('given, middle and family members together', () => {
    expect([...nameMembers(['first', 'last'])].sort()).toEqual(['first', 'last']);
    expect([...nameMembers(['fn', 'ln', 'id'])].sort()).toEqual(['fn', 'ln']);
    expect([...nameMembers(['first', 'middle', 'last', 'dob'])].sort()).toEqual(['first', 'last', 'middle']);
    expect([...nameMembers(['Forename', 'Surname'])].sort()).toEqual(['Forename', 'Surname']);
  });
  it('none without both kinds', () => {
    expect(nameMembers(['first', 'count']).size).toBe(0);
    expect(nameMembers(['last', 'page']).size).toBe(0);
    expect(nameMembers(['given']).size).toBe(0);
  });
});

describe('personReference', () => {
  it('a Reference to a person', () => {
    expect(personReference({ reference: 'Patient/1', display: 'x' }, ['display', 'reference'], 'subject')).toBe('named');
    expect(personReference({ reference: 'https://h/fhir/Practitioner/7/_history/2', display: 'x' }, ['display', 'reference'], undefined)).toBe('named');
    expect(personReference({ type: 'RelatedPerson', display: 'x' }, ['display', 'type'], undefined)).toBe('named');
    expect(personReference({ display: 'x' }, ['display'], 'individual')).toBe('member');
  });
  it('no Reference to a person', () => {
    expect(personReference({ reference: 'Device/1', display: 'x' }, ['display', 'reference'], 'subject')).toBeUndefined();
    expect(personReference({ type: 'Organization', display: 'x' }, ['display', 'type'], 'performer')).toBeUndefined();
    expect(personReference({ display: 'x' }, ['display'], 'code')).toBeUndefined();
    expect(personReference({ display: 3 }, ['display'], 'subject')).toBeUndefined();
    expect(personReference({ reference: 'Patient/1' }, ['reference'], 'subject')).toBeUndefined();
  });
});
