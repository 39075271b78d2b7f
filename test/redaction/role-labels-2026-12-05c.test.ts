import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, detectSensitive, fileLedger } from '@agent-audit/core';
import { storedJsonl } from './stored.js';

// Issue 11 (a property test of 2026-12-05): person names after role labels stored raw.
// 1. `Contact: Amara Park, 555-0100`: a number anywhere near a run ending in a street's word
//    (`Park`, `Hill`, `Field`) read as its house number (names.ts streetAhead), so a phone, a year
//    after `born` or a number before the label dropped the name.
// 2. `Tenant: Grace Hill`, `Contact: Maria Lincoln`: two words the lists hold as ambiguous given
//    names after a role label of a person were read as a name only after `Name:`/`Patient:`.
// 3. `Amara Okafor/Support`: the slash glued `Okafor` to the word after it; only `Amara` was masked.
const persons = (text: string) => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));
const types = (text: string) => detectSensitive(text).map((d) => `${d.type}:${text.slice(d.start, d.end)}`);

describe('a number after a name whose surname is a street word', () => {
  it('the issue rows: a phone or a year after the comma', () => {
    expect(persons('Contact: Amara Park, +44 20 7946 0958')).toEqual(['Amara Park']);
    expect(persons('Contact: Amara Park, 555-0100')).toEqual(['Amara Park']);
    expect(persons('Contact: Amara Park, born 1970')).toEqual(['Amara Park']);
    expect(types('Contact: Amara Park, +44 20 7946 0958')).toContain('PHONE:+44 20 7946 0958');
  });
  it('its kind: other labels, surnames, numbers', () => {
    expect(persons('Contact: Joy Field, 555-0100')).toEqual(['Joy Field']);
    expect(persons('Guarantor: Amara Court, tel 0161 496 0000')).toEqual(['Amara Court']);
    expect(persons('Contact: Amara Park, 12 High Street, Leeds')).toEqual(['Amara Park']);
    expect(persons('Ticket 4521 contact: Amara Park')).toEqual(['Amara Park']);
    expect(persons('Contact: Amara Park (mobile 07700 900123)')).toEqual(['Amara Park']);
  });
  it('held: a house number beside the street stays a street', () => {
    expect(persons('12 Elisabeth Parks')).toEqual([]);
    expect(persons('Elisabeth Parks 12')).toEqual([]);
    expect(persons('Isaac Lodge Road 5')).toEqual([]);
    expect(persons('Contact: Hyde Park, 555-0100')).toEqual([]);
  });
  it('held: a club after a run is a venue, with or without a number near it', () => {
    expect(persons('Where: Upton Scudamore Country Club.')).toEqual([]);
    expect(persons('When: 2000-04-16 11:34:35\nWhere: UPTON SCUDAMORE Country Club.')).toEqual([]);
    expect(persons('Venue: Wentworth Golf Club')).toEqual([]);
    expect(persons('Maria Garcia joined the club')).toEqual(['Maria Garcia']);
  });
});

describe('two ambiguous given-name words after a role label of a person', () => {
  it('the issue rows', () => {
    expect(persons('Tenant: Grace Hill')).toEqual(['Grace Hill']);
    expect(persons('Owner: Grace Hill')).toEqual(['Grace Hill']);
    expect(persons('Contact: Maria Lincoln')).toEqual(['Maria Lincoln']);
  });
  it('its kind: other roles, spacing, place-word surnames', () => {
    expect(persons('Landlord: Grace Hill')).toEqual(['Grace Hill']);
    expect(persons('Driver: Grace Hill')).toEqual(['Grace Hill']);
    expect(persons('Guarantor: Maria Lincoln')).toEqual(['Maria Lincoln']);
    expect(persons('Emergency contact: Grace Hill')).toEqual(['Grace Hill']);
    expect(persons('Assigned to: Grace Hill')).toEqual(['Grace Hill']);
    expect(persons('Owner : Grace Hill')).toEqual(['Grace Hill']);
    expect(persons('Tenant:\tGrace Hill')).toEqual(['Grace Hill']);
    expect(persons('Lease\nTENANT: Grace Hill\nRent: 900')).toEqual(['Grace Hill']);
    expect(persons('Owner: Grace Park')).toEqual(['Grace Park']);
    expect(persons('Tenant: Maria Lane')).toEqual(['Maria Lane']);
  });
  it('a role noun of a person without its colon', () => {
    expect(persons('Tenant Grace Hill signed the lease.')).toEqual(['Grace Hill']);
    expect(persons('Lease guarantor Maria Lincoln, per clause 4')).toEqual(['Maria Lincoln']);
    expect(persons('Driver Grace Hill picked up the rider.')).toEqual(['Grace Hill']);
    expect(persons('Student Grace Hill Academy')).toEqual([]);
    expect(persons('Tenant Portal Login Page')).toEqual([]);
  });
  it('held: places, teams and firms after a label stay readable', () => {
    expect(persons('Contact: Hyde Park')).toEqual([]);
    expect(persons('Contact: Support Team')).toEqual([]);
    expect(persons('Owner: Acme Ltd')).toEqual([]);
    expect(persons('Owner: Platform Team')).toEqual([]);
    expect(persons('Location: Grace Hill')).toEqual([]);
    expect(persons('Venue: Grace Hill')).toEqual([]);
  });
});

describe('a name before a slash and a team or another person', () => {
  it('the issue rows', () => {
    expect(persons('Amara Okafor/Support')).toEqual(['Amara Okafor']);
    expect(persons('Assigned to: Amara Okafor/Support')).toEqual(['Amara Okafor']);
    expect(persons('Amara Okafor/Jane Doe')).toEqual(['Amara Okafor', 'Jane Doe']);
    expect(persons('Sales/Marketing')).toEqual([]);
  });
  it('its kind: other names and teams', () => {
    expect(persons('Owner: Tevita Havili/Billing')).toEqual(['Tevita Havili']);
    expect(persons('Maria Garcia/Finance Team')).toEqual(['Maria Garcia']);
    expect(persons('Reviewer: Amara Okafor/Jane Doe')).toEqual(['Amara Okafor', 'Jane Doe']);
    expect(persons('- Amara Okafor/IT')).toEqual(['Amara Okafor']);
  });
  it('held: paths and words joined by a slash', () => {
    expect(persons('src/Components/Button')).toEqual([]);
    expect(persons('Customer Success/Support')).toEqual([]);
    expect(persons('TCP/IP and CI/CD')).toEqual([]);
    expect(persons('see docs/Getting Started/Install')).toEqual([]);
  });
  it('a long hostile input completes', () => {
    const text = 'Ann Lee/Support '.repeat(8_000) + 'Ann Lee/'.repeat(5_000) + 'Contact: Grace Hill, 555-0100 '.repeat(2_000);
    expect(detectSensitive(text).length).toBeGreaterThan(0);
  });
});

describe('stored bytes', () => {
  const work = mkdtempSync(join(tmpdir(), 'role-labels-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  it('a ticket with these names reaches the ledger masked', async () => {
    const dir = join(work, 'ledger');
    const auditor = createAuditor({ agent: { id: 'a' }, sink: fileLedger({ dir }), redactionWorker: false });
    auditor.record({ type: 'tool.result', tool: { name: 'crm', result: 'Contact: Amara Park, 555-0100\nTenant: Grace Hill\nAssigned to: Tevita Havili/Support\nLocation: Leeds' } });
    await auditor.close();
    const stored = storedJsonl(dir);
    for (const raw of ['Amara Park', 'Tenant: Grace Hill', 'Havili']) expect(stored).not.toContain(raw);
    for (const kept of ['Contact:', '/Support', 'Location: Leeds']) expect(stored).toContain(kept);
  });
});
