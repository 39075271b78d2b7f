// O1 of the eighth README-only probe of 2026-12-05 (probe-2026-12-05a.cases.md, issue 11): a
// business's own address, said as its own (`Visit us at`, `Our store:`, `Head office:`, `Our office
// is at`, `Return items to our warehouse at`, `Company address:`, `Registered office:`) or under a
// member naming a company's premises beside the company's name (`{ company: 'Acme Corp', hq }`,
// `headquarters`, `storeAddress`, `returnAddress`) was masked as a person's. A business's address is
// no personal data (GDPR protects natural persons; HIPAA Safe Harbor's geographic identifiers are the
// individual's). addresses.ts ORGANIZATION_ADDRESS_BEFORE; redactor.ts COMPANY_ADDRESS_KEYS beside
// COMPANY_NAME_KEYS with a legal form (legalEntityName). A person's address stays masked, and so does
// a sole trader's (a business with no legal form, often its owner's home).
import { afterAll, describe, expect, it } from 'vitest';
import type { JsonValue } from '@agent-audit/core';
import { kinds, redacted, removeLedgers, stored } from './pipeline-2026-12-04f.js';

afterAll(removeLedgers);

const code = (digits: string): RegExp => new RegExp(`(?<![0-9A-Za-z])${digits}(?![0-9A-Za-z])`);

describe('O1: a business\'s own address, said as its own, stays (text)', () => {
  it.each([
    'Visit us at 1600 Pennsylvania Avenue NW, Washington, DC 20500.',
    'Our store: 350 Fifth Avenue, New York, NY 10118',
    'Head office: 10 Downing Street, London',
    'Our office is at 1 Infinite Loop, Cupertino, CA 95014',
    'Return items to our warehouse at 5757 N Green Bay Ave, Milwaukee, WI 53209',
    'Company address: 5757 N Green Bay Ave, Milwaukee, WI 53209',
    'Registered office: 10 Downing Street, London',
    // held back
    'Thanks for your order! Visit us at 350 Fifth Avenue, New York, NY 10118 or call.',
    'Headquarters:\n5757 N Green Bay Ave\nMilwaukee, WI 53209',
    'Please send it to our returns centre at 5757 N Green Bay Ave, Milwaukee, WI 53209.',
    'Our clinic is located at 200 First St SW, Rochester, MN 55905',
  ])('%s', (input) => {
    expect(redacted(input)).toBe(input);
  });
});

describe('O1: a company\'s address under a member naming its premises, beside its name, stays (JSON)', () => {
  it.each([
    { company: 'Acme Corp', hq: '5757 N Green Bay Ave, Milwaukee, WI 53209' },
    { company: 'Acme Corp', headquarters: '5757 N Green Bay Ave, Milwaukee, WI 53209' },
    { company: 'Acme Corp', storeAddress: '5757 N Green Bay Ave, Milwaukee, WI 53209' },
    { company: 'Acme Corp', returnAddress: '5757 N Green Bay Ave, Milwaukee, WI 53209' },
    // held back
    { companyName: 'Globex Inc.', registered_office: '10 Downing Street, London' },
    { organization: 'Initech LLC', hq_address: '1 Infinite Loop, Cupertino, CA 95014', supportPhone: '1-800-275-2273' },
    // A city that is also a surname inside the kept address is no person's name (a business result's too, O1 of 2026-12-04g).
    { company: 'Mayo Corp', hq: '200 First St SW, Rochester, MN 55905' },
    { place_id: 'ChIJ1', formatted_address: '200 First St SW, Rochester, MN 55905' },
  ])('%j', (input) => {
    expect(redacted(input as JsonValue)).toEqual(input);
  });
});

describe('O1: a person\'s address stays masked (the real pipeline)', () => {
  it.each([
    ['I live at 4471 Brannoch Ave, Springfield, IL 62704', 'I live at [ADDRESS]'],
    ['Ship to: 4471 Brannoch Ave, Springfield, IL 62704', 'Ship to: [ADDRESS]'],
    ['Our customer lives at 4471 Brannoch Ave, Springfield, IL 62704', 'Our customer lives at [ADDRESS]'],
    ['Come visit us at 4471 Brannoch Ave, Springfield, IL 62704 this weekend', 'Come visit us at [ADDRESS] this weekend'],
    ['Return address: 4471 Brannoch Ave, Springfield, IL 62704', 'Return address: [ADDRESS]'],
    ['Business address: 4471 Brannoch Ave, Springfield, IL 62704', 'Business address: [ADDRESS]'],
    ['Our address is 4471 Brannoch Ave, Springfield, IL 62704', 'Our address is [ADDRESS]'],
    [{ customer: { address: '4471 Brannoch Ave, Springfield, IL 62704' } }, '{"customer":{"address":"[ADDRESS]"}}'],
    [{ company: 'Acme Corp', contact: { name: 'Qxaro Vlintuk', address: '4471 Brannoch Ave, Springfield, IL 62704' } }, '{"company":"Acme Corp","contact":{"address":"[ADDRESS]","name":"[PERSON]"}}'],
    // A sole trader (no legal form): the business's address is often its owner's home.
    [{ businessName: 'Qxaro Vlintuk Plumbing', address: '4471 Brannoch Ave, Springfield, IL 62704' }, '{"address":"[ADDRESS]","businessName":"Qxaro Vlintuk Plumbing"}'],
    [{ businessName: 'Qxaro Vlintuk Plumbing', storeAddress: '4471 Brannoch Ave, Springfield, IL 62704' }, '{"businessName":"Qxaro Vlintuk Plumbing","storeAddress":"[ADDRESS]"}'],
    // A company named by a person's listed name, a company's name without a legal form, a plain `address`.
    [{ company: 'Amara Okafor LLC', hq: '4471 Brannoch Ave, Springfield, IL 62704' }, '{"company":"Amara Okafor LLC","hq":"[ADDRESS]"}'],
    [{ company: 'Acme', storeAddress: '4471 Brannoch Ave, Springfield, IL 62704' }, '{"company":"Acme","storeAddress":"[ADDRESS]"}'],
    [{ name: 'Qxaro Vlintuk', company: 'Acme Corp', address: '4471 Brannoch Ave, Springfield, IL 62704' }, '{"address":"[ADDRESS]","company":"Acme Corp","name":"[PERSON]"}'],
  ] as Array<[JsonValue, string]>)('%j', async (input, expected) => {
    const { values, raw } = await stored([input]);
    expect(kinds(values[0] as JsonValue)).toBe(expected);
    expect(raw).not.toContain('Brannoch');
    expect(raw).not.toMatch(code('4471'));
    expect(raw).not.toMatch(code('62704'));
  });
});
