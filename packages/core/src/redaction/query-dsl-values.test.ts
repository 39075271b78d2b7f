// Query and patch DSLs: a personal value under an operator or a path while the member naming it
// sits above or beside it (a fresh README-only probe of 2026-12-04, H19: JSON Patch
// `{op:'replace',path:'/patient/ssn',value:…}`, Mongo `{ssn:{$eq:…}}`, Elasticsearch
// `{range:{dob:{gte:…}}}` stored raw). The inputs here are other spellings of the same kinds.
import { describe, expect, it } from 'vitest';
import { createKeyring } from './keys.js';
import { createRedactor } from './redactor.js';
import type { RedactionResult } from '../spec/redactor.js';
import type { UnsealedEvent } from '../spec/event.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) });
function redacted(query: unknown): string {
  const event = { v: 1, id: '01JTESTDSL00000000000000000', ts: '2026-12-04T12:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'a' }, tool: { name: 'db_query', arguments: { query } } };
  return JSON.stringify((redactor.redact(event as unknown as UnsealedEvent, { capture: {} }) as RedactionResult).event.tool?.arguments);
}

describe('JSON Patch (RFC 6902) and SCIM PATCH (RFC 7644): the path names the value', () => {
  it.each([
    ['a pointer past a list index', [{ op: 'add', path: '/patients/0/lastName', value: 'Qxarsk' }], ['Qxarsk'], 'PERSON'],
    ['a test operation', [{ op: 'test', path: '/subject/birthDate', value: '1971-05-06' }], ['1971-05-06'], 'DOB'],
    ['a number', [{ op: 'replace', path: '/member/taxId', value: 545678901 }], ['545678901'], 'SSN'],
    ['an append to a list', [{ op: 'add', path: '/aliases/surnames/-', value: 'Kestrav' }], ['Kestrav'], 'PERSON'],
    ['a list value', [{ op: 'replace', path: '/patient/ssn', value: ['412673390', '523456789'] }], ['412673390', '523456789'], 'SSN'],
    ['an escaped pointer', [{ op: 'replace', path: '/extensions/patient~1ssn', value: '534123456' }], ['534123456'], 'SSN'],
    ['a FHIR HumanName part', [{ op: 'replace', path: '/name/0/family', value: 'Dorvane' }], ['Dorvane'], 'PERSON'],
    ['a SCIM attribute path', { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'Replace', path: 'name.familyName', value: 'Orlonde' }] }, ['Orlonde'], 'PERSON'],
    ['a SCIM value filter', { Operations: [{ op: 'add', path: 'addresses[type eq "home"].streetAddress', value: '14 Kestrel Lane' }] }, ['Kestrel Lane'], 'ADDRESS'],
  ] as const)('masks %s', (_, query, raws, type) => {
    const out = redacted(query);
    for (const raw of raws) expect(out, out).not.toContain(raw);
    expect(out).toContain(`[${type}:psn_`);
  });
  it.each([
    ['paths that name nothing personal', [{ op: 'replace', path: '/status', value: 'active' }, { op: 'add', path: '/tags/-', value: 'vip' }, { op: 'replace', path: '/items/0/quantity', value: 3 }, { op: 'replace', path: '/name', value: 'Quarterly report' }]],
    ['SCIM operations on other attributes', { Operations: [{ op: 'replace', path: 'active', value: false }, { op: 'replace', path: 'title', value: 'Head of Billing' }] }],
    ['a path and a value with no operation', { path: '/var/lib/ssn', value: 'rotated' }],
  ] as const)('keeps %s', (_, query) => {
    expect(JSON.parse(redacted(query))).toEqual({ query });
  });
});

describe('query operators: the nearest member above that is no operator names the value', () => {
  it.each([
    ['Mongo $ne', { ssn: { $ne: '412673390' } }, ['412673390'], 'SSN'],
    ['Mongo $nin', { lastName: { $nin: ['Qxarsk', 'Kestrav'] } }, ['Qxarsk', 'Kestrav'], 'PERSON'],
    ['Mongo $regex with $options', { last_name: { $regex: '^Dorv', $options: 'i' } }, ['Dorv'], 'PERSON'],
    ['Mongo $gte and $lt', { dob: { $gte: '1971-05-06', $lt: '1971-05-07' } }, ['1971-05-06', '1971-05-07'], 'DOB'],
    ['Mongo $in under a dotted path', { 'patient.ssn': { $in: ['545678901'] } }, ['545678901'], 'SSN'],
    ['Mongo $not around $eq', { surname: { $not: { $eq: 'Orlonde' } } }, ['Orlonde'], 'PERSON'],
    ['Mongo $addToSet with $each', { $addToSet: { lastNames: { $each: ['Kestrav'] } } }, ['Kestrav'], 'PERSON'],
    ['Mongo $elemMatch', { ssns: { $elemMatch: { $eq: '523456789' } } }, ['523456789'], 'SSN'],
    ['a Mongo update path with array positions', { $set: { 'patients.$.lastName': 'Qxarsk', 'visits.$[v].patient.ssn': '412673390', 'patients.0.dob': '1971-05-06' } }, ['Qxarsk', '412673390', '1971-05-06'], 'PERSON'],
    ['a Mongo $expr comparing a field reference', { $expr: { $eq: ['$lastName', 'Qxarsk'] } }, ['Qxarsk'], 'PERSON'],
    ['a Mongo Extended JSON date', { dob: { $date: '1971-05-06T00:00:00Z' } }, ['1971-05-06'], 'DOB'],
    ['Strapi $eqi', { filters: { lastName: { $eqi: 'Qxarsk' } } }, ['Qxarsk'], 'PERSON'],
    ['Hasura _eq', { where: { last_name: { _eq: 'Orlonde' } } }, ['Orlonde'], 'PERSON'],
    ['Directus _in', { filter: { ssn: { _in: ['412673390'] } } }, ['412673390'], 'SSN'],
    ['Prisma equals', { where: { ssn: { equals: '523456789' } } }, ['523456789'], 'SSN'],
    ['Prisma contains with mode', { where: { surname: { contains: 'Dorv', mode: 'insensitive' } } }, ['Dorv'], 'PERSON'],
    ['Prisma lte', { where: { birthDate: { lte: '1971-05-06' } } }, ['1971-05-06'], 'DOB'],
    ['LoopBack inq', { where: { lastName: { inq: ['Kestrav'] } } }, ['Kestrav'], 'PERSON'],
    ['a TypeORM find operator', { where: { lastName: { _type: 'in', _value: ['Qxarsk'], _useParameter: true, _multipleParameters: true } } }, ['Qxarsk'], 'PERSON'],
    ['Elasticsearch range with format', { range: { birth_date: { gte: '1971-05-06', lte: '1971-05-06', format: 'yyyy-MM-dd' } } }, ['1971-05-06'], 'DOB'],
    ['Elasticsearch match with operator', { match: { surname: { query: 'Kestrav', operator: 'and' } } }, ['Kestrav'], 'PERSON'],
    ['OpenSearch match_phrase with slop', { match_phrase: { full_name: { query: 'Qxaro Vlintuk', slop: 1 } } }, ['Qxaro', 'Vlintuk'], 'PERSON'],
    ['a term on a .keyword field', { term: { 'last_name.keyword': 'Orlonde' } }, ['Orlonde'], 'PERSON'],
    ['a term on a .keyword field with value and boost', { term: { 'ssn.keyword': { value: '545678901', boost: 2 } } }, ['545678901'], 'SSN'],
    ['a Firestore REST field filter', { structuredQuery: { where: { fieldFilter: { field: { fieldPath: 'ssn' }, op: 'EQUAL', value: { stringValue: '534123456' } } } } }, ['534123456'], 'SSN'],
    ['multi_match over name fields', { multi_match: { query: 'Kestrav', fields: ['last_name^2', 'maiden_name'] } }, ['Kestrav'], 'PERSON'],
    ['query_string with a default field', { query_string: { query: 'Dorvane', default_field: 'surname' } }, ['Dorvane'], 'PERSON'],
  ] as const)('masks %s', (_, query, raws, type) => {
    const out = redacted(query);
    for (const raw of raws) expect(out, out).not.toContain(raw);
    expect(out).toContain(`[${type}:psn_`);
  });
  it.each([
    ['Mongo operators over a status, an order id, an amount', { status: { $eq: 'approved' }, orderId: { $in: ['ORD-2291'] }, amount: { $gte: 100, $lt: 500 } }],
    ['ranges over an amount and a creation date', { range: { amount: { gte: 100 }, created_at: { gte: '2026-12-01', format: 'yyyy-MM-dd' } } }],
    ['a match on a title, a term on status.keyword', { match: { title: { query: 'annual leave', operator: 'and' } }, term: { 'status.keyword': 'open' } }],
    ['Prisma filters over a status and a title', { where: { status: { in: ['open'] }, title: { contains: 'invoice', mode: 'insensitive' } } }],
    ['multi_match and query_string over other fields', { multi_match: { query: 'invoice overdue', fields: ['title', 'body^2'] }, query_string: { query: 'refund', default_field: 'subject' } }],
    ['a Firestore field filter on a status, a sort on last_name.keyword', { where: { fieldFilter: { field: { fieldPath: 'status' }, op: 'EQUAL', value: { stringValue: 'open' } } }, sort: [{ 'last_name.keyword': { order: 'asc' } }] }],
    ['Mongo update paths with positions over other fields', { $set: { 'items.$.quantity': 3, 'lines.$[l].status': 'shipped', 'tags.0': 'vip' } }],
    ['Extended JSON and field references over other fields', { created: { $date: '2026-12-01T00:00:00Z' }, $expr: { $gt: ['$total', '$paid'] }, n: { $numberLong: '42' } }],
    ['operators that describe the field, not its value', { dob: { $exists: true, $type: 'string' }, last_name: { _is_null: false }, surname: { $size: 2 } }],
  ] as const)('keeps %s', (_, query) => {
    expect(JSON.parse(redacted(query))).toEqual({ query });
  });
});
