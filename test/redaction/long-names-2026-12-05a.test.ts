import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, detectSensitive, fileLedger } from '@agent-audit/core';
import { storedJsonl } from './stored.js';

// L1 of the eighth probe (test/redaction/probe-2026-12-05a.cases.md): South Asian names of four or
// five parts (given name, middle names, a clan or caste name, a surname) whose words the lists lack
// were stored raw in prose and under a party's name member (`assessee_name`, `applicant_name`), while
// `Rajendra Prasad Singh Chauhan` (three listed words) was masked (names.ts decide: five name
// words and more unknown words beside a listed one with a person's cue; APPROVER_BEFORE, the
// shift phrase of PERSON_VERB_AFTER, `attendees`/`participants` cues; key-names.ts PARTY_NAMES).
const persons = (text: string) => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));
const work = mkdtempSync(join(tmpdir(), 'aa-long-names-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('L1: names of four and five parts', () => {
  it('the probe row, in prose', () => {
    expect(persons('Aryan Pratap Singh Rathore will cover the night shift on Saturday.')).toEqual(['Aryan Pratap Singh Rathore']);
    expect(persons('Name: Naga Venkata Sai Teja Kommineni\nCity: Pune')).toEqual(['Naga Venkata Sai Teja Kommineni']);
    expect(persons('Venkata Subrahmanya Sastry Kolluri will cover the night shift on Saturday.')).toEqual(['Venkata Subrahmanya Sastry Kolluri']);
    expect(persons('Attendees: Venkata Subrahmanya Sastry Kolluri, Dan Cole')).toEqual(['Venkata Subrahmanya Sastry Kolluri', 'Dan Cole']);
    expect(persons('Approved by Aryan Pratap Singh Rathore on 2026-11-02.')).toEqual(['Aryan Pratap Singh Rathore']);
  });
  it('held back: other names and cues', () => {
    expect(persons('Hi Naga Venkata Sai Teja Kommineni, following up on the invoice')).toEqual(['Naga Venkata Sai Teja Kommineni']);
    expect(persons('Best regards,\nSatya Narayana Murthy Pemmasani')).toEqual(['Satya Narayana Murthy Pemmasani']);
    expect(persons('Reviewed by Lakshmi Venkata Ramana Kumari Bhogireddy on Monday')).toEqual(['Lakshmi Venkata Ramana Kumari Bhogireddy']);
    expect(persons('Participants: Qxaro Vlintuk, Orvenna Thistlecrake')).toEqual(['Qxaro Vlintuk', 'Orvenna Thistlecrake']);
    expect(persons('Qxaro Vlintuk can take my shift on Friday')).toEqual(['Qxaro Vlintuk']);
  });
  it('boundaries: long title-case phrases without a cue, organisations after a cue', () => {
    expect(persons('The Annual General Meeting Minutes Review starts at noon')).toEqual([]);
    expect(persons('Blue Cross Blue Shield will cover the night stay')).toEqual([]);
    expect(persons('Approved by Finance Committee on Monday')).toEqual([]);
    expect(persons('Attendees: Product, Design, Engineering')).toEqual([]);
    expect(persons('Dear Customer Service Team Member,')).toEqual([]);
  });
  it("a party's name member: applicant_name, assessee_name, taxpayerName, claimant_name", async () => {
    const dir = join(work, 'keys');
    const auditor = createAuditor({ agent: { id: 'a' }, sink: fileLedger({ dir }), redactionWorker: false });
    const values = { assessee_name: 'Naga Venkata Sai Teja Kommineni', applicant_name: 'Venkata Subrahmanya Sastry Kolluri', taxpayerName: 'Qxaro Vlintuk', claimant_name: 'Orvenna Thistlecrake', studentName: 'Dorric Halversham' };
    auditor.record({ type: 'tool.result', tool: { name: 'form16', result: values } });
    auditor.record({ type: 'tool.result', tool: { name: 'catalog', result: { productName: 'Rose Gold', companyName: 'Acme Corp', planName: 'Gold Plus' } } });
    await auditor.close();
    const stored = storedJsonl(dir);
    for (const value of Object.values(values)) expect(stored).not.toContain(value);
    for (const kept of ['Rose Gold', 'Acme Corp', 'Gold Plus']) expect(stored).toContain(kept);
  });
});
