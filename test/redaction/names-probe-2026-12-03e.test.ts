// A fresh probe of 2026-12-03 (test/redaction/probe-2026-12-03.cases.md rows 48, 51, 53, 59, 61;
// issue 11): person names stored raw, and words that are no person masked as one.
// Leaks: a name percent- or `+`-encoded in a URL's path (`/patients/Amara%20Okafor/records`), a
// passenger name with a hyphenated given name (`SMITH/JOHN-PAUL`), a third unlisted word in
// capitals (`JOHN VARVIO KUSIO`), a list of unlisted given names after a meeting's cue (`Meeting
// with Ravi, Sanjay and Meera`), lower-case names after `pt`, `patient` or a kinship noun (`pt
// nwosu`, `her son tevita`). Over-masking: tools in a list (`We use Jenkins, Ansible, …`), a team
// after a sign-off (`Best,\nAcme Billing`), hospitals and places (`Karolinska
// Universitetssjukhuset`, `Queen Elizabeth Hospital Birmingham`, `Chelsea`), German prose (`Er kam
// von der Arbeit nach Hause`). Through the public API: detectSensitive, and an auditor with a
// file ledger for the URL form.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, detectSensitive, fileLedger } from '@agent-audit/core';
import { storedJsonl, unescapedLines, blankMachineValues } from './stored.js';

/** The name lists' common English words (FREQUENT_WORDS and the AMBIGUOUS_ lists of packages/core/assets/data/person-names.txt, front-coded). */
const commonWords = ((): Set<string> => {
  const out = new Set<string>();
  for (const line of readFileSync(new URL('../../packages/core/assets/data/person-names.txt', import.meta.url), 'utf8').split('\n')) {
    const [name, coded] = line.split('\t');
    if (coded === undefined || !/^(FREQUENT_WORDS|AMBIGUOUS_FIRST_NAMES|AMBIGUOUS_SURNAMES)$/.test(name as string)) continue;
    let previous = '';
    for (const part of coded.split('|')) out.add((previous = previous.slice(0, part.charCodeAt(0) - 97) + part.slice(1)));
  }
  return out;
})();
/** Places the generator below can spell (names.ts keeps places out of names without a cue). */
const PLACE_WORDS = new Set(['korea', 'kenya', 'tonga', 'malta', 'manila', 'kabul', 'tirana', 'kaduna', 'nagoya', 'kanata', 'meriden', 'zagora', 'togo', 'tobago', 'samoa', 'nauru', 'tokelau', 'managua', 'vanuatu', 'kerala', 'medina', 'merida', 'morena', 'modena', 'moravia', 'namibia', 'zambia']);
const persons = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));
const types = (text: string): string[] => detectSensitive(text).map((d) => d.type);
/** Stored text with pseudonym tokens and hex runs blanked, so that short checks cannot match a random token or hash. */
const readable = (stored: string): string => blankMachineValues(stored).replace(/\[[A-Z_]+:psn_\w+\]/g, ' ').replace(/[0-9a-f]{32,}/gi, ' ');

describe('kind 1: a name percent- or +-encoded in a URL path (row 59)', () => {
  it.each([
    ['/patients/Amara%20Okafor/records', 'Amara%20Okafor'],
    ['GET /patients/Amara%20Okafor/records HTTP/1.1', 'Amara%20Okafor'],
    ['https://ehr.example.org/patients/Amara%20Okafor/records?page=2', 'Amara%20Okafor'],
    ['/users/Thandiwe%20Ndlovu', 'Thandiwe%20Ndlovu'],
    ['https://crm.example.com/users/Thandiwe%20Ndlovu#notes', 'Thandiwe%20Ndlovu'],
    ['/users/Thandiwe+Ndlovu/', 'Thandiwe+Ndlovu'],
    ['/api/v2/customers/Wiremu%20Tapsell/invoices', 'Wiremu%20Tapsell'],
    ['s3://bucket/scans/Krisztián%20Szöllösy/2026.pdf', 'Krisztián%20Szöllösy'],
    ['/staff/Ana%20de%20los%20R%C3%ADos', 'Ana%20de%20los%20R%C3%ADos'],
  ])('%s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });

  it('the query forms stay masked (they were already)', () => {
    expect(persons('?patient=Amara+Okafor')).toEqual(['Amara+Okafor']);
    expect(persons('https://x.invalid/search?q=Thandiwe%20Ndlovu&page=2')).toEqual(['Thandiwe%20Ndlovu']);
  });

  it('masks two unlisted capitalized words in a path segment, any path, %20 or + between them', () => {
    const word = fc.tuple(fc.constantFrom('K', 'T', 'N', 'M', 'Z', 'V'), fc.stringMatching(/^[aeiou][bdgklmnrtvz][aeiou][kmnrtvz]?[aeiou]$/)).map(([head, rest]) => head + rest);
    fc.assert(
      fc.property(fc.constantFrom('/patients', 'https://ehr.example.org/p', '/api/v1/users', 'GET /people'), word, word, fc.constantFrom('%20', '+'), fc.constantFrom('', '/records', '?x=1', '#top'), (prefix, given, family, separator, tail) => {
        // An English word the generator can make (`Mania`, `Tomato`) or a place (`Korea`) is no
        // unlisted name: those are taken only next to a listed name or after a cue.
        fc.pre(![given, family].some((word) => commonWords.has(word.toLowerCase()) || PLACE_WORDS.has(word.toLowerCase())));
        const segment = `${given}${separator}${family}`;
        const found = persons(`${prefix}/${segment}${tail}`);
        expect(found).toEqual([segment]);
      }),
      { numRuns: 60 },
    );
  });

  it.each(['C:/Program Files/Common Files', '/docs/Getting%20Started/', '/wiki/Apache%20Kafka', '/maps/Jordan/', '/api/Users/me', '/v1/Orders/12345', 'x/Maria Garcia', '/files/Annual%20Report%202026.pdf', '/places/Costa%20Rica/hotels', '/teams/Customer%20Support/'])('no person: %s', (text) => {
    expect(persons(text).filter((found) => found !== 'Garcia')).toEqual([]);
  });

  it('stores no piece of the name through an auditor and a file ledger', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aa-names-probe-e-'));
    const auditor = createAuditor({ agent: { id: 'ehr-bot' }, sink: fileLedger({ dir }), redactor: createRedactor({ pseudonymKey: createKeyring([Buffer.alloc(32, 23)]) }) });
    auditor.record({ type: 'tool.call', tool: { name: 'http.fetch', arguments: { url: 'https://ehr.example.org/patients/Amara%20Okafor/records', method: 'GET' } } });
    auditor.record({ type: 'tool.result', tool: { name: 'http.fetch', result: { log: 'GET /users/Thandiwe%20Ndlovu 200\nGET /users/Wiremu+Tapsell/ 404' } } });
    await auditor.close();
    const all = unescapedLines(storedJsonl(dir));
    expect(all.length).toBeGreaterThan(0);
    const text = readable(all);
    for (const piece of ['Amara', 'Okafor', 'Thandiwe', 'Ndlovu', 'Wiremu', 'Tapsell']) expect(text.includes(piece), piece).toBe(false);
    expect(all).toContain('/patients/[PERSON:psn_');
    expect(all).toContain('/users/[PERSON:psn_');
    expect(text).toContain('/records');
  });
});

describe('kind 2: passenger names with a hyphenated given name; a third unlisted word in capitals (row 51)', () => {
  it.each([
    ['SMITH/JOHN-PAUL', ['SMITH/JOHN-PAUL']],
    ['SMITH/JOHN-PAUL MR', ['SMITH/JOHN-PAUL']],
    ['Passenger NWOSU/ADA-GRACE MS, seat 12A', ['NWOSU/ADA-GRACE']],
    ['OKAFOR-NWOSU/AMARA', ['OKAFOR-NWOSU/AMARA']],
    ['JOHN VARVIO KUSIO', ['JOHN VARVIO KUSIO']],
    ['KUSIO VARVIO JOHN', ['KUSIO VARVIO JOHN']],
    ['Beneficiary: MARIA TAMMELA KUSIO', ['MARIA TAMMELA KUSIO']],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it.each(['TCP/IP-BASED', 'AND/OR', 'CI/CD-PIPELINE', 'READ/WRITE-ONCE'])('no person: %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
  it('words in capitals that are no name stay out of the run', () => {
    expect(persons('JOHN REPORT PAYMENTS')).toEqual(['JOHN']);
    expect(persons('MARIA GARCIA URGENT REVIEW')).toEqual(['MARIA GARCIA']);
  });
});

describe('kind 3: a list of given names none of which is listed, after a cue (row 51)', () => {
  it.each([
    ['Meeting with Ravi, Sanjay and Meera', ['Ravi', 'Sanjay', 'Meera']],
    ['Meeting with Ravi, Sanjay and Meera about the Q3 plan', ['Ravi', 'Sanjay', 'Meera']],
    ['Attendees: Ravi, Sanjay, Meera', ['Ravi', 'Sanjay', 'Meera']],
    ['cc Ravi and Meera', ['Ravi', 'Meera']],
    ['Call with Tevita, Sione and Losa tomorrow', ['Tevita', 'Sione', 'Losa']],
    ['Lunch with Priya, Anil & Deepa', ['Priya', 'Anil', 'Deepa']],
    ['She met with Priya and Anil.', ['Priya', 'Anil']],
    ['Participants: Okafor, Nwosu and Adeyemi', ['Okafor', 'Nwosu', 'Adeyemi']],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it.each([
    'Meeting with Sales, Legal and Finance',
    'Meeting with Design, Product and Growth',
    'sync with Jira and Confluence',
    'call with Berlin, Paris and Madrid',
    'compatible with Chrome, Firefox and Safari',
    'Attendees: Support, Billing and DevOps',
    'worked with Davis, Reynolds and Williamson for years',
    'Meeting with Lagos, Nairobi and Accra offices',
  ])('no person: %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('kind 4: lower-case names after a noun that points to a person (row 53)', () => {
  it.each([
    ['pt nwosu', ['nwosu']],
    ['pt. nwosu seen today', ['nwosu']],
    ['patient okafor, 54, presents with', ['okafor']],
    ['Patient amara okafor', ['amara okafor']],
    ['her son tevita', ['tevita']],
    ['called his daughter sione about the bill', ['sione']],
    ['my wife thandiwe', ['thandiwe']],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it.each([
    'pt afebrile', 'pt tolerated the procedure', 'patient education', 'pt ambulating', 'patient portal login', 'pt denies pain',
    'her son went home', 'my wife cooks', 'her son is fine', 'their daughter studied', 'his father passed', 'my son tomorrow',
    'her son mark', 'her mother tongue', 'my child seat', 'our child widget', 'her baby bump', 'the child node',
  ])('no person: %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('kind 5: tools, teams, hospitals, places and German prose are no persons (rows 48 and 61)', () => {
  it.each([
    'We use Jenkins, Ansible, Terraform and Grafana',
    'Our stack: Kafka, Redis and Jenkins.',
    'We use Jenkins and Okta',
    'Best,\nAcme Billing',
    'Cheers,\nGlobex Support Team',
    'Thanks,\nInitech Billing',
    'Karolinska Universitetssjukhuset',
    'Stockholms Universitet',
    'Oslo Universitetssykehus',
    'Queen Elizabeth Hospital Birmingham',
    'University Hospital Coventry',
    'Royal Infirmary Edinburgh',
    'Chelsea',
    'She lives in Chelsea',
    'Er kam von der Arbeit nach Hause',
    'Wir bleiben heute zu Hause.',
    'Er ging nach Hause',
  ])('%s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it('keeps the persons beside them', () => {
    expect(persons('Jenkins, Okafor and Smith approved')).toEqual(['Jenkins', 'Okafor', 'Smith']);
    expect(persons('Best,\nMaria Billing')).toEqual(['Maria Billing']);
    expect(persons('I met Chelsea Okafor')).toEqual(['Chelsea Okafor']);
    expect(persons('Dear Chelsea,')).toEqual(['Chelsea']);
    expect(persons('Ich habe mit Anna gesprochen')).toEqual(['Anna']);
    expect(persons('Gespräch mit Müller gestern')).toEqual(['Müller']);
    expect(persons('Dr. Birmingham signed')).toEqual(['Birmingham']);
  });

  it('an Ansible vault yields no card, in any wrapping', () => {
    // Two hex lines of a vault (hexlified salt, HMAC and ciphertext, hexlified again): digit runs
    // glued to `a`, split at 80 characters.
    const lines = ['62313365396662343061393464336163383764373764613633653634306231386433626436623361', '6236636131336530383138333764656130393665623834360a313732616230316339356630393732', '36353835373265363832613737343136353635353336383962613261623165626365363833646637'];
    for (const text of [`$ANSIBLE_VAULT;1.1;AES256\n${lines.join('\n')}`, `secret: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n          ${lines.join('\n          ')}`, ...lines]) {
      expect(types(text).filter((type) => type === 'CARD'), text).toEqual([]);
    }
  });

  it("masks an Ansible vault's body (its hex lines), in a vault file and under a YAML key's !vault tag; the header stays", () => {
    const lines = ['62313365396662343061393464336163383764373764613633653634306231386433626436623361', '6236636131336530383138333764656130393665623834360a313732616230316339356630393732'];
    const masked = (text: string) => detectSensitive(text).filter((d) => d.class === 'secret').map((d) => text.slice(d.start, d.end));
    expect(masked(`$ANSIBLE_VAULT;1.1;AES256\n${lines.join('\n')}\n`)).toEqual([lines.join('\n')]);
    expect(masked(`$ANSIBLE_VAULT;1.2;AES256;prod\r\n${lines.join('\r\n')}`)).toEqual([lines.join('\r\n')]);
    const yaml = `api_url: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n          ${lines.join('\n          ')}\nother: 1`;
    expect(masked(yaml)).toEqual([lines.join('\n          ')]);
    // Prose that names the format holds no vault.
    expect(masked('We keep secrets in $ANSIBLE_VAULT;1.1;AES256 files')).toEqual([]);
  });
});
