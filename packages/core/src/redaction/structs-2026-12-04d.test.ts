// Structured members of the fourth README-only probe of 2026-12-04
// (test/redaction/probe-2026-12-04d.cases.md), rows J2 (wrapper objects with content members not
// read through), J3 (Salesforce custom-field suffixes), J6 (X12 segments as JSON), J23 (NACHA
// entries as JSON), J17 (GraphQL variables named through the query) and J16 (columns named apart
// from their rows). Each row: held-back inputs of the kind and look-alikes that stay as written.
import { describe, expect, it } from 'vitest';
import type { JsonValue, UnsealedEvent } from '../spec/event.js';
import { createRedactor } from './redactor.js';
import { createKeyring } from './keys.js';
import { graphqlArguments } from './graphql-variables.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([Buffer.alloc(32, 73)]) });
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
const token = (type: string): RegExp => new RegExp(`^\\[${type}:psn_\\w+\\]`);

/** Each case: the tool result, then each leaf's path and the token type it must start with. */
type Case = [name: string, result: JsonValue, leaves: [path: (string | number)[], type: string][]];
/** Each look-alike: the tool result, which must be stored as written. */
type Kept = [name: string, result: JsonValue];

function masks(cases: Case[]): void {
  it.each<Case>(cases)('%s', (_name, result, leaves) => {
    const out = stored(result);
    for (const [path, type] of leaves) expect(at(out, path), `${path.join('.')} in ${JSON.stringify(out)}`).toMatch(token(type));
  });
}
function keeps(cases: Kept[]): void {
  it.each<Kept>(cases)('keeps %s', (_name, result) => {
    expect(stored(result)).toEqual(result);
  });
}

describe('J2: a personal member whose value is a small wrapper object', () => {
  masks([
    ['NCPDP DateTime choice', { Patient: { BirthDate: { DateTime: '1971-05-06T00:00:00' } } }, [[['Patient', 'BirthDate', 'DateTime'], 'DOB']]],
    ['a date object with precision and zone', { date_of_birth: { Date: '1966-07-08', precision: 'day', timezone: 'UTC' } }, [[['date_of_birth', 'Date'], 'DOB']]],
    ['an ISO member', { birthdate: { iso: '1990-07-21', calendar: 'gregory' } }, [[['birthdate', 'iso'], 'DOB']]],
    ['fast-xml-parser text and @_ attribute', { surname: { '#text': 'Kestrav', '@_xml:lang': 'de' } }, [[['surname', '#text'], 'PERSON']]],
    ['xml2js text beside $ attributes', { given_name: { _: 'Orlonde', $: { lang: 'fr' } } }, [[['given_name', '_'], 'PERSON']]],
    ['xml-js compact text', { ssn: { _text: '534123456', _attributes: { type: 'US' } } }, [[['ssn', '_text'], 'SSN']]],
    ['Google Data $t', { maidenName: { $t: 'Qxarsk' } }, [[['maidenName', '$t'], 'PERSON']]],
    ['a text with its language', { last_name: { text: 'Wenlix', language: 'en' } }, [[['last_name', 'text'], 'PERSON']]],
  ]);
  it('masks a date of birth in an XML child element (NCPDP Date, DateTime, value)', () => {
    for (const [xml, raw] of [
      ['<Patient><BirthDate>\n  <ncpdp:DateTime>1971-05-06T00:00:00</ncpdp:DateTime>\n</BirthDate></Patient>', '1971-05-06'],
      ['<DateOfBirth><Date>1966-07-08</Date></DateOfBirth>', '1966-07-08'],
      ['<dob><value>1990-07-21</value></dob>', '1990-07-21'],
    ] as const) expect(stored(xml)).not.toContain(raw);
  });
  keeps([
    ['a title with its language', { title: { '#text': 'Quarterly report', '@lang': 'en' } }],
    ['a record date with precision', { created: { Date: '2024-01-15', precision: 'day' } }],
    ['a tool name in xml2js form', { name: { _: 'search', $: { type: 'tool' } } }],
    ['an XML invoice date', '<Invoice><Date>2024-01-15</Date></Invoice>'],
    ['an XML created date', '<CreatedDate><Date>2024-01-15</Date></CreatedDate>'],
  ]);
});

describe('J3: Salesforce custom-field suffixes', () => {
  masks([
    ['__c with words', { Tax_Payer_SSN__c: '534123456', Surname__c: 'Kestrav', Birthdate__c: '1971-05-06' }, [[['Tax_Payer_SSN__c'], 'SSN'], [['Surname__c'], 'PERSON'], [['Birthdate__c'], 'DOB']]],
    ['__pc of a person account', { FirstName__pc: 'Orlonde', Mobile_Phone__pc: '+1 415 555 0132' }, [[['FirstName__pc'], 'PERSON'], [['Mobile_Phone__pc'], 'PHONE']]],
    ['a managed package namespace', { acme__Drivers_License__c: 'D1234567', acme__Email__c: 'q.orlonde@example.com' }, [[['acme__Drivers_License__c'], 'DRIVER_LICENSE'], [['acme__Email__c'], 'EMAIL']]],
    ['a relationship __r', { Guardian__r: { Name: 'Wenlix Dorvane' } }, [[['Guardian__r', 'Name'], 'PERSON']]],
    ['capital suffix', { Mothers_Maiden_Name__C: 'Qxarsk' }, [[['Mothers_Maiden_Name__C'], 'PERSON']]],
  ]);
  keeps([
    ['business custom fields', { Status__c: 'Open', Amount__c: '412673390', Type__c: 'Claim', Case_Number__c: '536228514', Order__c: '771234509', Account__r: { Name: 'Acme Corp' }, Close_Date__c: '2024-01-15' }],
    ['a Python dunder', { __class__: 'Vlintuk', __module__: 'x' }],
  ]);
});

describe('J6: X12 segments given as JSON', () => {
  masks([
    ['Stedi Guide JSON names with positions', { subscriber_name_NM1: { entity_identifier_code_01: 'IL', entity_type_qualifier_02: '1', name_last_or_organization_name_03: 'KESTRAV', name_first_04: 'ORLONDE', identification_code_qualifier_08: '34', identification_code_09: '534123456' }, subscriber_demographic_information_DMG: { date_time_period_format_qualifier_01: 'D8', date_time_period_02: '19710506' } }, [[['subscriber_name_NM1', 'name_last_or_organization_name_03'], 'PERSON'], [['subscriber_name_NM1', 'name_first_04'], 'PERSON'], [['subscriber_name_NM1', 'identification_code_09'], 'SSN'], [['subscriber_demographic_information_DMG', 'date_time_period_02'], 'DOB']]],
    ['positions with an underscore, a list of NM1, PER, N3, N4', { NM1: [{ NM1_01: 'QC', NM1_02: '1', NM1_03: 'DORVANE', NM1_04: 'WENLIX' }], PER: { PER01: 'IC', PER02: 'QXARO VLINTUK', PER03: 'TE', PER04: '4155550132' }, N3: { N301: '12 ELM ST' }, N4: { N401: 'SPRINGFIELD', N402: 'IL', N403: '62701' } }, [[['NM1', 0, 'NM1_03'], 'PERSON'], [['NM1', 0, 'NM1_04'], 'PERSON'], [['PER', 'PER02'], 'PERSON'], [['PER', 'PER04'], 'PHONE'], [['N3', 'N301'], 'ADDRESS'], [['N4', 'N401'], 'ADDRESS'], [['N4', 'N403'], 'ADDRESS']]],
    ['dictionary names without positions', { loop2100C: { NM1: { identificationCodeQualifier: 'MI', identificationCode: 'W77123450' }, DMG: { dateTimePeriod: '19660708' } } }, [[['loop2100C', 'NM1', 'identificationCode'], 'HEALTH_PLAN_ID'], [['loop2100C', 'DMG', 'dateTimePeriod'], 'DOB']]],
    ['REF of a medical record number by its dictionary names', { REF: { referenceIdentificationQualifier: 'EA', referenceIdentification: 'MRN00482913' } }, [[['REF', 'referenceIdentification'], 'MRN']]],
    ['REF SY with short names', { REF: [{ qualifier: 'SY', value: '534123456' }] }, [[['REF', 0, 'value'], 'SSN']]],
  ]);
  keeps([
    ['a payer NM1', { NM1: { NM101: 'PR', NM103: 'BLUE CROSS', NM108: 'PI', NM109: '00123' } }],
    ['an organization NM1 with NM102 = 2', { NM1: { NM101: '1P', NM102: '2', NM103: 'ACME CLINIC', NM108: 'XX', NM109: '1234567893' } }],
    ['REF of an employer id', { REF: { qualifier: 'EI', value: '412673390' } }],
    ['a lower-case ref member', { ref: { qualifier: 'SY', value: 'main' } }],
    ['a DMG without its date', { DMG: { DMG01: 'D8' } }],
  ]);
});

describe('J23: NACHA entries as JSON', () => {
  masks([
    ['moov-io style entry', { entryDetail: { individualName: 'Wenlix Dorvane', individual_identification_number: 'EMP-00042A', DFIAccountNumber: '123456789' } }, [[['entryDetail', 'individualName'], 'PERSON'], [['entryDetail', 'individual_identification_number'], 'ACCOUNT_NUMBER'], [['entryDetail', 'DFIAccountNumber'], 'ACCOUNT_NUMBER']]],
    ['receiver id number', { receiverIdNumber: '534123456', receiverName: 'QXARO VLINTUK' }, [[['receiverIdNumber'], 'ACCOUNT_NUMBER']]],
  ]);
  keeps([
    ['a batch header', { companyName: 'Acme Payroll', companyIdentification: '1234567890', standardEntryClassCode: 'PPD', companyEntryDescription: 'PAYROLL' }],
  ]);
});

describe('J17: GraphQL variables named only through the query text', () => {
  masks([
    ['an input object field and a list argument', { query: 'mutation Create($in: String, $p: String, $n: [String!]) { createMember(input: { familyName: $in, phone: $p }) { id } findMembers(surnames: [$n]) { id } }', variables: { in: 'Kestrav', p: '+1 415 555 0132', n: ['Orlonde'] } }, [[['variables', 'in'], 'PERSON'], [['variables', 'p'], 'PHONE'], [['variables', 'n', 0], 'PERSON']]],
    ['a date of birth and a passport by argument', { operationName: 'Lookup', query: 'query Lookup($a: Date!, $b: String) { travellers(date_of_birth: $a, passportNumber: $b) { id } }', variables: { a: '1966-07-08', b: '533401372' } }, [[['variables', 'a'], 'DOB'], [['variables', 'b'], 'PASSPORT']]],
  ]);
  keeps([
    ['paging, directive and id arguments', { query: 'query($first: Int, $after: String, $flag: Boolean, $id: ID!) { orders(first: $first, after: $after, customer: $id) @include(if: $flag) { id } }', variables: { first: 50, after: 'Y3Vyc29yOjQxMjY3MzM5MA==', flag: true, id: 'cus_771234509' } }],
    ['a search by status', { query: 'query($s: Status) { claims(status: $s) { id } }', variables: { s: 'OPEN' } }],
  ]);
});

describe('J17: graphqlArguments', () => {
  it('maps only variables passed to a named argument; hostile queries end within the test timeout', () => {
    expect([...graphqlArguments('mutation M($x: String! = "a", $y: Int) { f(ssn: $x) @skip(if: $y) { g(ids: [$x, $z]) } }')]).toEqual([['x', 'ssn'], ['y', 'if'], ['z', 'ids']]);
    for (const hostile of ['a'.repeat(20_000), 'a: '.repeat(7_000), 'a:[$'.repeat(5_000), '$a'.repeat(10_000)]) expect(graphqlArguments(hostile).size).toBeLessThanOrEqual(1);
  });
});

describe('J16: column names held apart from the rows by an id', () => {
  masks([
    ['BigQuery row objects by description', { schema: { fields: [{ name: 'col_a', type: 'STRING', description: 'Patient surname' }, { name: 'col_b', type: 'DATE', description: 'Birth date' }] }, rows: [{ col_a: 'Kestrav', col_b: '1971-05-06' }, { col_a: 'Orlonde', col_b: '1966-07-08' }] }, [[['rows', 0, 'col_a'], 'PERSON'], [['rows', 1, 'col_b'], 'DOB']]],
    ['BigQuery REST rows by position', { schema: { fields: [{ name: 'x1', description: 'Family name' }, { name: 'x2', description: 'Claim status' }] }, rows: [{ f: [{ v: 'Wenlix' }, { v: 'OPEN' }] }] }, [[['rows', 0, 'f', 0, 'v'], 'PERSON']]],
    ['Avro doc', { fields: [{ name: 'a1', doc: 'social security number' }, { name: 'a2', doc: 'phone' }], records: [{ a1: '534123456', a2: '+1 415 555 0132' }] }, [[['records', 0, 'a1'], 'SSN'], [['records', 0, 'a2'], 'PHONE']]],
    ['Zendesk ticket field ids', { ticket_fields: [{ id: 9001, title: 'Passport number' }, { id: 9002, title: 'Last name' }], custom_fields: [{ id: 9001, value: '533401372' }, { id: 9002, value: 'Qxarsk' }] }, [[['custom_fields', 0, 'value'], 'PASSPORT'], [['custom_fields', 1, 'value'], 'PERSON']]],
  ]);
  keeps([
    ['business descriptions', { schema: { fields: [{ name: 'c1', description: 'Order number' }, { name: 'c2', description: 'Created at' }] }, rows: [{ c1: '771234509', c2: '2024-01-15' }] }],
    ['Zendesk priority and product', { ticket_fields: [{ id: 7, title: 'Priority' }, { id: 8, title: 'Product' }], custom_fields: [{ id: 7, value: 'high' }, { id: 8, value: 'Widget Pro' }] }],
  ]);
});
