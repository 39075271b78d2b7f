// A government id under a generic member (`ID`, `Value`, `Number`) classed by a type reference
// beside it or by the member it stands under (a fresh README-only probe of 2026-12-04, H18:
// Workday `National_ID:[{National_ID_Data:{ID:'536228514',ID_Type_Reference:{ID:'USA-SSN'}}}]`
// stored raw while a FHIR Identifier with an SSN system was masked). Other spellings of the kind.
import { describe, expect, it } from 'vitest';
import { createKeyring } from './keys.js';
import { createRedactor } from './redactor.js';
import type { RedactionResult } from '../spec/redactor.js';
import type { UnsealedEvent } from '../spec/event.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]) });
function redacted(result: unknown): string {
  const event = { v: 1, id: '01JTESTTYPEDID0000000000000', ts: '2026-12-04T12:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', agent: { id: 'a' }, tool: { name: 'hr_read', result } };
  return JSON.stringify((redactor.redact(event as unknown as UnsealedEvent, { capture: {} }) as RedactionResult).event.tool?.result);
}

describe('a generic id member classed by a type reference or its enclosing member', () => {
  it.each([
    ['a Workday national id of another country', { Worker: { Personal_Data: { Identification_Data: { National_ID: [{ National_ID_Data: { ID: '046454286', ID_Type_Reference: { ID: 'CAN-SIN' }, Country_Reference: { ID: 'CAN' } } }] } } } }, ['046454286'], 'NATIONAL_ID'],
    ['a Workday passport, its type naming no kind', { Passport_ID: [{ Passport_ID_Data: { ID: 'X4471823', ID_Type_Reference: { ID: 'Regular' }, Country_Reference: { ID: 'NZL' } } }] }, ['X4471823'], 'PASSPORT'],
    ['a Workday government id without the data layer', { Government_ID: [{ ID: 'D77124490', Issued_Date: '2019-04-01' }] }, ['D77124490'], 'NATIONAL_ID'],
    ['a type reference as WID and type code ids (SOAP to JSON)', { Identification: [{ ID: '412673390', ID_Type_Reference: { ID: [{ '@type': 'WID', '#text': '9f1c2e4b7a8d4c3e9b2f1a0d5c6e7f80' }, { '@type': 'National_ID_Type_Code', '#text': 'USA-SSN' }] } }] }, ['412673390'], 'NATIONAL_ID'],
    ['an identification type in words', { identifications: [{ IdentificationType: 'Passport', Value: 'X9917342' }] }, ['X9917342'], 'PASSPORT'],
    ['an id type and a number', { idType: 'Social Security Number', Number: '523456789' }, ['523456789'], 'NATIONAL_ID'],
    ['a country-prefixed HL7 type code', { licences: [{ ID: 'D12345678', ID_Type: 'USA-DL' }] }, ['D12345678'], 'DRIVER_LICENSE'],
    ['a document type and a capitalized value', { identity: { documentType: 'National Insurance Number', Value: '545678901' } }, ['545678901'], 'NATIONAL_ID'],
    ['a passport object with a generic number member', { traveller: { passport: { number: 'X5522019', country: 'NZL', expires: '2031-02-01' } } }, ['X5522019'], 'PASSPORT'],
    // An employee's number is a personal identifier since L6 of the probe of 2026-12-05b (commercial-ids.ts);
    // it was kept here before. Still raw: an `Employee_ID` in a `Worker_Reference` list of `@type`/`#text` pairs (open in L6).
    ['an employee id by its type reference', { Custom_ID: [{ Custom_ID_Data: { ID: 'E-88213', ID_Type_Reference: { ID: 'Employee_ID' } } }] }, ['E-88213'], 'IDENTIFIER'],
  ] as const)('masks %s', (_, result, raws, type) => {
    const out = redacted(result);
    for (const raw of raws) expect(out, out).not.toContain(raw);
    expect(out).toContain(`[${type}:psn_`);
  });
  it.each([
    ['an order id alone', { ID: 'ORD-2291' }],
    ['a worker reference of WIDs', { Worker_Reference: { ID: [{ '@type': 'WID', '#text': '3aa5550b7fe348b98d7b5741afc65534' }] } }],
    ['a passport object whose value holds no id', { document: { type: 'passport', value: 'valid' } }],
    ['a licence and an invoice by their types', { items: [{ type: 'license', Number: 'MIT-2024-00012' }, { Type: 'invoice', Number: 'INV-00871' }] }],
    ['an organization reference', { Organization_Reference: { ID: 'SUPERVISORY_Finance', ID_Type_Reference: { ID: 'Organization_Reference_ID' } } }],
  ] as const)('keeps %s', (_, result) => {
    expect(JSON.parse(redacted(result))).toEqual(result);
  });
});
