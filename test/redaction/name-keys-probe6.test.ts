// The sixth fresh probe of 2026-12-03 (issue 11; probe-2026-12-03e.cases.md rows 60-64): person
// names in STRUCTURED data stored raw. Each kind is fixed as a kind, with look-alikes that must stay:
//   1. role keys whose value is a person (`beneficiary`, `payee`, `account_holder`, `assignee`,
//      `customer`, `recipient` when no phone): key-names.ts personRoleTier / personRoleValue;
//   2. given and middle members beside a family member (`{ first, last }`, `{ fn, ln }`): nameMembers;
//   3. a FHIR Reference's `display` to a Patient/Practitioner/RelatedPerson/Person, `actor.name`;
//   4. SQL `UPDATE … SET col = '…'` and `WHERE col = '…'` on person-name and birth-date columns;
//   5. a machine-readable zone under `mrz` (ICAO Doc 9303), each line whole.
// Every masking test here failed before the fix (the commit names the counts).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor } from '@agent-audit/core';
import { fileLedger } from '../../packages/core/src/ledger/file-ledger.js';
import type { JsonValue, UnsealedEvent } from '../../packages/core/src/spec/event.js';
import { storedJsonl, unescapedLines, blankMachineValues } from './stored.js';

const event = (args: JsonValue): UnsealedEvent => ({ type: 'tool.call', tool: { name: 'probe', arguments: args } }) as UnsealedEvent;
/** The arguments as stored, pseudonyms blanked. */
async function stored(args: JsonValue): Promise<string> {
  const out = await createRedactor().redact(event(args), { capture: {} } as never);
  return JSON.stringify(out.event.tool?.arguments).replace(/\[([A-Z_]+):psn_\w+\]/g, '[$1]');
}
/** Whether none of `parts` is left in the stored arguments (case-insensitive). */
async function hidden(args: JsonValue, parts: readonly string[]): Promise<string[]> {
  const text = (await stored(args)).toLowerCase();
  return parts.filter((part) => text.includes(part.toLowerCase()));
}

describe('1. keys that say a person role', () => {
  it.each([
    [{ beneficiary: 'TEVITA HAVILI', amount: 100 }, ['TEVITA', 'HAVILI']],
    [{ beneficiary_name: 'kaewkla srisuk' }, ['kaewkla', 'srisuk']],
    [{ payee: 'havili tevita' }, ['havili']],
    [{ payer: 'Ngaio Tawhiri' }, ['Tawhiri']],
    [{ owner: 'tjarda ylvisaker' }, ['ylvisaker']],
    [{ account_holder: 'Srisuk' }, ['Srisuk']],
    [{ holder: 'kaewkla srisuk' }, ['srisuk']],
    [{ name_on_card: 'Srisuk' }, ['Srisuk']],
    [{ cardholder: 'T HAVILI' }, ['HAVILI']],
    [{ customer: 'kaewkla srisuk' }, ['srisuk']],
    [{ recipient: 'kaewkla srisuk' }, ['srisuk']],
    [{ sender: 'Ngaio Tawhiri' }, ['Tawhiri']],
    [{ attendee: ['Ngaio Tawhiri', 'Siosaia Fifita'] }, ['Tawhiri', 'Fifita']],
    [{ guardian: 'Havili' }, ['Havili']],
    [{ next_of_kin: 'ngaio' }, ['ngaio']],
    [{ emergency_contact: 'Srisuk' }, ['Srisuk']],
    [{ emergencyContact: 'kaewkla srisuk' }, ['srisuk']],
    [{ signed_by: 'T. Havili' }, ['Havili']],
    [{ assignee: 'Srisuk' }, ['Srisuk']],
    [{ reporter: 'Kaewkla Srisuk' }, ['Srisuk']],
    [{ spouse: 'srisuk' }, ['srisuk']],
    [{ guarantor: 'Srisuk' }, ['Srisuk']],
    [{ policyholder: 'Srisuk' }, ['Srisuk']],
    [{ debtor_name: 'Srisuk' }, ['Srisuk']],
    [{ creditor: 'Srisuk' }, ['Srisuk']],
    [{ doctor: 'Srisuk' }, ['Srisuk']],
    [{ referring_provider: 'Srisuk' }, ['Srisuk']],
    [{ contact_person: 'kaewkla srisuk' }, ['srisuk']],
    [{ patient: 'kaewkla srisuk' }, ['srisuk']],
    [{ pt_name: 'siosaia fifita' }, ['fifita']],
    // An account that spells a listed name under a role key is its person's (L3 of 2026-12-05d; kept as a login before).
    [{ assignee: 'siosaia.fifita' }, ['siosaia.fifita']],
  ] as Array<[JsonValue, string[]]>)('%j', async (args, parts) => expect(await hidden(args, parts)).toEqual([]));

  it('any two or three words of letters under any role key, in any case', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('beneficiary', 'payee', 'owner', 'assignee', 'customer', 'recipient', 'sender', 'attendee', 'guardian', 'signedBy', 'Account-Holder'),
        fc.array(fc.stringMatching(/^[a-z]{4,9}$/), { minLength: 2, maxLength: 3 }),
        fc.constantFrom((w: string) => w, (w: string) => w.toUpperCase(), (w: string) => w[0]?.toUpperCase() + w.slice(1)),
        async (key, words, casing) => {
          fc.pre(words.every((word) => !['team', 'corp', 'group', 'admin', 'support', 'system', 'service', 'bank', 'city', 'store', 'road', 'room'].includes(word)));
          const value = words.map(casing).join(' ');
          expect(await stored({ [key]: value })).not.toContain(value);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a phone under recipient keys is still a phone', async () => {
    expect(await stored({ recipient: '07700900123' })).toBe('{"recipient":"[PHONE]"}');
    expect(await stored({ emergency_contact: '+44 7700 900123' })).toBe('{"emergency_contact":"[PHONE]"}');
  });

  it.each([
    { owner: 'platform-team' }, { owner: 'Platform Team' }, { provider: 'openai' }, { provider: 'Google' }, { author: 'Anthropic' },
    { customer: 'cus_123ABC' }, { recipient: 'all' }, { sender: 'system' }, { assignee: 'unassigned' }, { assignee: 'nightly_build' },
    { assignee: 'kaewkla' }, { reporter: 'github-actions[bot]' }, { owner: 'root' }, { client: 'web' }, { patient: 'Observation/123' },
    { holder: 'Visa Gold' }, { beneficiary: 'Acme Ltd' }, { owner: 'New York' }, { member: 'admin' }, { sender: 'GitHub' },
    { from: 'New York', to: 'Los Angeles' }, { beneficiary: 'IBAN DE89' }, { payee: 'ACME-42' },
  ] as JsonValue[])('%j stays', async (args) => expect(await stored(args)).toBe(JSON.stringify(args)));

  // A reference to a patient is the patient's identifier (probe6-numbers: HIPAA Safe Harbor (R)), not a name.
  it('{"patient":"Patient/123"} is masked as the record number it is, not as a person', async () => {
    const out = await stored({ patient: 'Patient/123' });
    expect(out).not.toContain('123');
    expect(out).not.toContain('[PERSON:');
  });
});

describe('2. given and middle members beside a family member', () => {
  it.each([
    [{ first: 'Siosaia', last: 'Fifita' }, ['Siosaia', 'Fifita']],
    [{ name: { first: 'Siosaia', last: 'Fifita' } }, ['Siosaia']],
    [{ fn: 'Siosaia', ln: 'Fifita' }, ['Siosaia']],
    [{ surname: 'Tawhiri', given: 'Ngaio' }, ['Ngaio', 'Tawhiri']],
    [{ fname: 'ngaio', lname: 'tawhiri' }, ['ngaio', 'tawhiri']],
    [{ forename: 'Ngaio', surname: 'Tawhiri' }, ['Ngaio']],
    [{ first: 'Siosaia', middle: 'Mele', last: 'Fifita' }, ['Siosaia', 'Mele', 'Fifita']],
    [{ given: ['Tevita', 'Mele'], family: 'Havili', use: 'official', assigner: 'x' }, ['Tevita', 'Mele']],
  ] as Array<[JsonValue, string[]]>)('%j', async (args, parts) => expect(await hidden(args, parts)).toEqual([]));

  it.each([
    { first: 1, last: 10 }, { first: '2024-01-01', last: '2024-12-31' }, { first: 'cursor_abc', last: 'cursor_xyz' },
    { first: 'Siosaia' }, { middle: 'center' },
  ] as JsonValue[])('%j stays', async (args) => expect(await stored(args)).toBe(JSON.stringify(args)));
});

describe('3. FHIR Reference.display and actor.name', () => {
  it.each([
    [{ subject: { reference: 'Patient/123', display: 'HAVILI, Tevita' } }, ['HAVILI', 'Tevita']],
    [{ resourceType: 'Observation', subject: { display: 'HAVILI, Tevita' } }, ['HAVILI']],
    [{ participant: [{ individual: { display: 'Ngata, Aroha' } }] }, ['Ngata']],
    [{ performer: [{ reference: 'Practitioner/9', display: 'Dr Aroha Ngata' }] }, ['Ngata']],
    [{ requester: { reference: 'https://fhir.example.org/r4/Practitioner/77', display: 'Srisuk' } }, ['Srisuk']],
    [{ author: { type: 'RelatedPerson', display: 'kaewkla srisuk' } }, ['srisuk']],
    [{ beneficiary: { reference: 'Patient/5', display: 'Fifita' } }, ['Fifita']],
    [{ contact: [{ name: { text: 'leilani havili' } }] }, ['leilani']],
  ] as Array<[JsonValue, string[]]>)('%j', async (args, parts) => expect(await hidden(args, parts)).toEqual([]));

  it.each([
    { subject: { display: 'Pump X200', reference: 'Device/1' } }, { subject: { display: 'Diabetes cohort', reference: 'Group/4' } },
    { performer: [{ display: 'Auckland City Hospital', reference: 'Organization/1' }] }, { code: { display: 'Blood pressure' } },
    { button: { name: { text: 'Submit' } } },
  ] as JsonValue[])('%j stays', async (args) => expect(await stored(args)).toBe(JSON.stringify(args)));

  it.each(['TEVITA HAVILI', 'tevita havili', 'Ngaio Tawhiri'])('actor.name %s', async (name) => {
    const out = await createRedactor().redact({ type: 'message.user', actor: { id: 'u1', name }, content: { input: 'hi' } } as UnsealedEvent, { capture: {} } as never);
    expect(out.event.actor?.name).toMatch(/^\[PERSON:psn_\w+\]$/);
  });
  it.each(['billing-bot', 'support agent', 'claude-3'])('actor.name %s stays', async (name) => {
    const out = await createRedactor().redact({ type: 'message.user', actor: { id: 'u1', name }, content: { input: 'hi' } } as UnsealedEvent, { capture: {} } as never);
    expect(out.event.actor?.name).toBe(name);
  });
});

describe('4. SQL assignments to a person-name column', () => {
  const sql = async (text: string) => (await createRedactor().redact({ type: 'tool.result', tool: { name: 'sql', result: text } } as UnsealedEvent, { capture: {} } as never)).event.tool?.result as string;
  it.each([
    ["UPDATE customers SET surname = 'Havili', first_name = 'Tevita' WHERE id = 4", ['Havili', 'Tevita']],
    ["UPDATE customers SET surname = 'Havili' WHERE id = 7", ['Havili']],
    ["update patients set lastName='Fifita', firstName='Siosaia' where id=2", ['Fifita', 'Siosaia']],
    ["UPDATE \"patients\" SET \"last_name\" = 'O''Brien' WHERE id = 1", ["O''Brien"]],
    ["SELECT * FROM patients WHERE last_name = 'Havili' AND dob = '1984-03-12'", ['Havili', '1984-03-12']],
    ["SELECT id FROM people p WHERE p.given_name = 'Ngaio'", ['Ngaio']],
    ["DELETE FROM contacts WHERE full_name = 'Kaewkla Srisuk'", ['Srisuk']],
    ["INSERT INTO patients (first_name, last_name) VALUES ('Tevita', 'Havili')", ['Tevita', 'Havili']],
  ])('%s', async (text, parts) => {
    const out = await sql(text);
    for (const part of parts) expect(out).not.toContain(part);
  });
  it.each(["UPDATE settings SET theme = 'dark' WHERE id = 4", "SELECT * FROM orders WHERE status = 'Shipped'", "where name = 'x' is prose"])('%s stays', async (text) => {
    expect(await sql(text)).toBe(text);
  });
});

describe('5. a machine-readable zone under mrz', () => {
  it('every line of the zone', async () => {
    const out = await stored({ mrz: ['P<GBRHAVILI<<TEVITA<<<<<<<<<<<<<<<<<<<<<<<<<<', '5612345674GBR8403125M3012315<<<<<<<<<<<<<<04'] });
    expect(out).toBe('{"mrz":["[PASSPORT]","[PASSPORT]"]}');
    expect(await stored({ machine_readable_zone: 'IDNZLHAVILI<<TEVITA<<<<<<<<<<<' })).not.toContain('HAVILI');
  });
  it.each([{ mrz: 'valid' }, { mrz: true }, { mrz_checked: 'YES' }] as JsonValue[])('%j stays', async (args) => expect(await stored(args)).toBe(JSON.stringify(args)));
});

describe('stored ledger lines (createAuditor + fileLedger)', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-name-keys-probe6-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  it('hold none of the names in clear', async () => {
    const dir = path.join(root, 'ledger');
    const errors: unknown[] = [];
    const auditor = createAuditor({ agent: { id: 'probe-6' }, sink: fileLedger({ dir }), redactor: createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]) }), onError: (e) => errors.push(e) });
    auditor.run({ session: 's-name-keys-probe6', actor: { id: 'u1', type: 'user', name: 'KAEWKLA SRISUK' } }, () => {
      auditor.record({ type: 'tool.call', tool: { name: 'bank.transfer', arguments: { beneficiary: 'TEVITA HAVILI', payee: 'havili tevita', amount: 100 } } });
      auditor.record({ type: 'tool.call', tool: { name: 'ehr.update', arguments: { name: { first: 'Siosaia', last: 'Fifita' } } } });
      auditor.record({ type: 'tool.result', tool: { name: 'fhir.read', result: { resourceType: 'Observation', subject: { reference: 'Patient/123', display: 'NGATA, Aroha' } } } });
      auditor.record({ type: 'tool.result', tool: { name: 'sql', result: "UPDATE customers SET surname = 'Tawhiri', first_name = 'Ngaio' WHERE id = 4" } });
      auditor.record({ type: 'tool.result', tool: { name: 'ocr', result: { mrz: ['P<GBRYLVISAKER<<TJARDA<<<<<<<<<<<<<<<<<<<<<<', '5612345674GBR8403125M3012315<<<<<<<<<<<<<<04'] } } });
    });
    await auditor.flush();
    await auditor.close();
    expect(errors).toEqual([]);
    const raw = storedJsonl(dir);
    expect(raw).toContain('s-name-keys-probe6');
    const lines = blankMachineValues(unescapedLines(raw)).replace(/\[[A-Z_]+:psn_\w+\]/g, '[X]').replace(/[0-9a-f]{32,}/g, 'h').toLowerCase();
    for (const name of ['srisuk', 'kaewkla', 'havili', 'tevita', 'siosaia', 'fifita', 'ngata', 'aroha', 'tawhiri', 'ngaio', 'ylvisaker', 'tjarda']) expect(lines, name).not.toContain(name);
  });
});
