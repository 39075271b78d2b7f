// L2 of the fifteenth probe of 2026-12-05 (test/redaction/probe-2026-12-05h.cases.md): vendor spellings
// of name/value pairs (HubSpot webhooks' `propertyName` + `propertyValue`, DocuSign tabs' `tabLabel` +
// `value`, `fieldName` + `fieldValue`, `attributeName` + `attributeValue`, …) whose value was not read by
// the field it names (wrapped-values.ts attributePair, PAIR_STEMS). Look-alike pairs stay.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';
import { storedResults } from './masked-text.js';

const { leaksIn, keptIn } = storedResults(createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(5)]), sessionMemory: false }), 'c');

describe('L2: name/value pairs in vendor spellings', () => {
  it.each<[string, unknown, string[]]>([
    ['HubSpot webhook batch', [
      { eventId: 1, subscriptionId: 2214, portalId: 62515, occurredAt: 1764930000000, subscriptionType: 'contact.propertyChange', attemptNumber: 0, objectId: 51, propertyName: 'lastname', propertyValue: 'Obiefuna-Larsen', changeSource: 'CRM_UI', appId: 4 },
      { subscriptionType: 'contact.propertyChange', propertyName: 'firstname', propertyValue: 'Ngozika', objectId: 51 },
      { propertyName: 'date_of_birth', propertyValue: '1981-06-17' },
    ], ['Obiefuna-Larsen', 'Ngozika', '1981-06-17']],
    ['DocuSign text tabs', { tabs: { textTabs: [
      { tabLabel: 'DateOfBirth', value: '1987-03-14', tabId: 'a1', documentId: '1', recipientId: '1', pageNumber: '2', xPosition: '100', yPosition: '200', tabType: 'text' },
      { tabLabel: 'PassportNumber', value: 'X4471209' },
      { tabLabel: 'MobilePhone', value: '912 345 678' },
      { tabLabel: 'LastName', value: 'Farahani-Dufresne' },
    ] } }, ['1987-03-14', 'X4471209', '912 345 678', 'Farahani-Dufresne']],
    ['field, attribute, parameter and column pairs', [
      { fieldName: 'lastname', fieldValue: 'Obiefuna-Larsen' },
      { field_name: 'birth_date', field_value: '1983-02-21' },
      { attributeName: 'surname', attributeValue: 'Okonkwo-Baptiste' },
      { attribute: 'given_name', attributeValue: 'Nkechinyere' },
      { property: 'surname', propertyValue: 'Mokoena-Pillay' },
      { property_name: 'home_phone', property_value: '912 345 678' },
      { fieldLabel: 'Surname', fieldValue: 'Nwachukwu-Reyes' },
      { parameterName: 'surname', parameterValue: 'Ong-Marchetti' },
    ], ['Obiefuna-Larsen', '1983-02-21', 'Okonkwo-Baptiste', 'Nkechinyere', 'Mokoena-Pillay', '912 345 678', 'Nwachukwu-Reyes', 'Ong-Marchetti']],
  ])('%s', (_name, value, values) => {
    expect(leaksIn(value, values)).toEqual([]);
  });

  it('keeps pairs whose name names nothing personal, and names that are no pair', () => {
    const value = {
      hubspot: [{ propertyName: 'dealstage', propertyValue: 'closedwon' }, { propertyName: 'hs_lead_status', propertyValue: 'Open Deal' }],
      docusign: { textTabs: [{ tabLabel: 'CompanyName', value: 'Kestrel Holdings plc' }, { tabLabel: 'ContractTerm', value: '36 months' }, { tabLabel: 'PlanName', value: 'Enterprise Plus' }] },
      options: [{ label: 'United States', value: 'US' }, { fieldName: 'plan', fieldValue: 'Premium' }],
      // A big object with a bare `name`/`value` is read as before (no pair beyond 8 members).
      product: { name: 'surname', value: 'Nordic Blue', a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 },
    };
    expect(keptIn(value, ['closedwon', 'Open Deal', 'Kestrel Holdings plc', '36 months', 'Enterprise Plus', 'United States', 'Premium', 'Nordic Blue'])).toEqual([]);
  });
});
