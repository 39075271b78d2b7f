// The second README-only probe of 2026-12-04 (test/redaction/probe-2026-12-04b.cases.md; issue 11),
// rows G11, G12 and G19, as kinds: key/value pairs in text in other spellings (Ruby and PHP hashes,
// a non-English date-of-birth key in a query, a lone `nom`, FHIR name parts in a Python dict, LDIF's
// `sn`), SQL and Mongo shapes (row values in an IN list, a column's IN list, COPY ... FROM stdin
// rows, a value wrapped in a constructor call), and other spellings of a date of birth (ordinal
// words, a format hint and blanks around the slashes, a date constructor's arguments). The probe's
// own inputs and held-back inputs of the same kinds, look-alikes that stay, and the ledger.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, fileLedger } from '@agent-audit/core';
import { blankMachineValues, storedJsonl } from './stored.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([Buffer.alloc(32, 61)]) });
/** What a tool result's text becomes in the stored event. */
function stored(text: string): string {
  const event = { v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result: { text } } };
  const result = redactor.redact(event as never, { capture: {} } as never);
  if (typeof (result as { then?: unknown }).then === 'function') throw new Error('expected a synchronous redactor');
  return (result as unknown as { event: { tool: { result: { text: string } } } }).event.tool.result.text;
}
const TOKEN = /\[[A-Z_]+:psn_\w+\]/g;
/** The token types in `text`, in order. */
const tokens = (text: string): string[] => [...text.matchAll(/\[([A-Z_]+):psn_\w+\]/g)].map((m) => m[1] as string);

/** Each case: the text, its raw values (none may be stored), the token types expected in order. */
type Case = [text: string, raws: string[], types: string[]];

function expectMasked([text, raws, types]: Case): void {
  const out = stored(text);
  const blanked = out.replace(TOKEN, ' ');
  for (const raw of raws) expect(blanked, `${raw} in ${out}`).not.toContain(raw);
  expect(tokens(out), out).toEqual(types);
}

describe('G11: key/value pairs in text, other spellings', () => {
  it.each<Case>([
    // The probe's inputs.
    ['{"dob"=>"1984-03-12"}', ['1984-03-12'], ['DOB']],
    ['[dob] => 1979-11-02', ['1979-11-02'], ['DOB']],
    ['a=1&fecha_nacimiento=1979-11-02', ['1979-11-02'], ['DOB']],
    ['nom=Vlintuk', ['Vlintuk'], ['PERSON']],
    ["{'given':'Qxaro','family':'Dorvane'}", ['Qxaro', 'Dorvane'], ['PERSON', 'PERSON']],
    ['sn: Qxarsk', ['Qxarsk'], ['PERSON']],
    // Held back: other keys, other spellings of the same shapes.
    ['{:birth_date=>"1990-07-21", :id=>7}', ['1990-07-21'], ['DOB']],
    ['Array\n(\n    [date_of_birth] => 21/07/1990\n    [id] => 7\n)', ['21/07/1990'], ['DOB']],
    ['q=x&geburtsdatum=21.07.1990&page=2', ['21.07.1990'], ['DOB']],
    ['?id=3&data_nascimento=1990-07-21', ['1990-07-21'], ['DOB']],
    ['nombre=Ysaline', ['Ysaline'], ['PERSON']],
    ['naam: Brennick', ['Brennick'], ['PERSON']],
    ["{'family': 'Brennick', 'given': 'Ysaline', 'use': 'official'}", ['Brennick', 'Ysaline'], ['PERSON', 'PERSON']],
    ['first=Ysaline last=Brennick', ['Ysaline', 'Brennick'], ['PERSON', 'PERSON']],
    ["name = {'family': 'Brennick', 'given': ['Ysaline', 'Maren']}", ['Brennick', 'Ysaline', 'Maren'], ['PERSON', 'PERSON', 'PERSON']],
    ['dn: uid=yb,ou=people,dc=example,dc=org\nobjectClass: inetOrgPerson\nsn: Brennick\ngivenName: Ysaline', ['Brennick', 'Ysaline'], ['PERSON', 'PERSON']],
  ])('%j', (...row) => expectMasked(row));

  it.each([
    'name=PaymentService',
    'nom=rapport.pdf',
    'nom=fichier_2024',
    'nombre=el proyecto',
    'SN: XK-2231',
    'sn: 48213',
    'font-family: Roboto',
    "{'family':'sans-serif'}",
    "{'given':'x'}",
    "{'given': ['Ysaline'], 'tags': ['a', 'b']}",
    'born: unknown',
    '"dob"=>"n/a"',
    '[dob] => ',
    'version=1.2.3&build=4711',
  ])('keeps %j', (text) => {
    expect(stored(text)).toBe(text);
  });
});

describe('G12: SQL and Mongo shapes', () => {
  it.each<Case>([
    // The probe's inputs.
    ["WHERE (last_name, dob) IN (('Vlintuk','1984-03-12'))", ['Vlintuk', '1984-03-12'], ['PERSON', 'DOB']],
    ['COPY patients (first_name,last_name,dob) FROM stdin;\nWenlix\tDorvane\t1979-11-02\n\\.', ['Wenlix', 'Dorvane', '1979-11-02'], ['PERSON', 'PERSON', 'DOB']],
    ['dob: ISODate("1971-05-06")', ['1971-05-06'], ['DOB']],
    // Held back.
    ["SELECT * FROM members WHERE (first_name, surname) IN (('Ysaline', 'Brennick'), ('Oriel', 'Dashwood')) AND active", ['Ysaline', 'Brennick', 'Oriel', 'Dashwood'], ['PERSON', 'PERSON', 'PERSON', 'PERSON']],
    ["DELETE FROM p WHERE surname NOT IN ('Brennick', 'Dashwood')", ['Brennick', 'Dashwood'], ['PERSON', 'PERSON']],
    ["SELECT id FROM p WHERE birth_date IN ('1990-07-21')", ['1990-07-21'], ['DOB']],
    ['COPY public.members (id, given_name, family_name, birth_date) FROM stdin;\r\n1\tYsaline\tBrennick\t1990-07-21\r\n2\t\\N\tDashwood\t\\N\r\n\\.\r\n', ['Ysaline', 'Brennick', '1990-07-21', 'Dashwood'], ['PERSON', 'PERSON', 'DOB', 'PERSON']],
    ['db.members.insertOne({ birthDate: new Date("1990-07-21T00:00:00Z"), status: "A" })', ['1990-07-21'], ['DOB']],
    ['{ "date_of_birth": ISODate("1990-07-21T00:00:00.000Z") }', ['1990-07-21'], ['DOB']],
    ['{ last_name: String("Brennick") }', ['Brennick'], ['PERSON']],
  ])('%j', (...row) => expectMasked(row));

  it.each([
    "WHERE (id, status) IN ((1,'open'))",
    "WHERE status IN ('open','closed')",
    "WHERE city IN ('Paris')",
    "I live in ('London')",
    'COPY orders (id,status) FROM stdin;\n1\topen\n\\.',
    '_id: ObjectId("5f1d7ac2e4b0a1b2c3d4e5f6")',
    'created: ISODate("2024-01-02")',
    'version: NumberLong("42")',
    'dob: normalize(raw)',
    'v = LocalDate.of(2024, 5, 6)',
  ])('keeps %j', (text) => {
    expect(stored(text)).toBe(text);
  });
});

describe('G19: other spellings of a date of birth', () => {
  it.each<Case>([
    // The probe's inputs.
    ['born on the twelfth of March, 1984', ['twelfth', '1984'], ['DOB']],
    ['Date of birth (mm/dd/yyyy): 11 / 02 / 1979', ['11 / 02', '1979'], ['DOB']],
    ['dob=datetime.date(1971, 5, 6)', ['1971, 5, 6'], ['DOB']],
    // Held back.
    ['She was born on the twenty-first of July, 1990.', ['twenty-first', '1990'], ['DOB']],
    ['DOB: July thirtieth, 1990', ['thirtieth', '1990'], ['DOB']],
    ['Birth date (dd.mm.yyyy): 21 . 07 . 1990', ['21 . 07', '1990'], ['DOB']],
    ['DOB (YYYY-MM-DD): 1990 - 07 - 21', ['1990 - 07', '- 21'], ['DOB']],
    ['birth_date = date(1990, 7, 21)', ['1990, 7, 21'], ['DOB']],
    ['patientDob = LocalDate.of(1990, 7, 21);', ['1990, 7, 21'], ['DOB']],
    ['{ dateOfBirth: new Date(1990, 6, 21) }', ['1990, 6, 21'], ['DOB']],
  ])('%j', (...row) => expectMasked(row));

  it.each([
    'released on the twelfth of March, 1984',
    'the first of March, 2024 release',
    'ratio 11 / 02 / 1979',
    'order_id=datetime.date(2024, 1, 2)',
    'start = LocalDate.of(1990, 7, 21)',
    'born: 3 / 4 done',
  ])('keeps %j', (text) => {
    expect(stored(text)).toBe(text);
  });
});

describe('hostile inputs for the new shapes', () => {
  // No timing here (speed lives in `pnpm bench`): a linear pass over 512 KiB takes tens of ms, a
  // quadratic one 2.7e11 steps, minutes, so the test's own timeout is the failure bound.
  it.each([
    ['row values', (n: number) => `WHERE (${'last_name, '.repeat(n / 11)}dob) IN (('a'`],
    ['IN lists', (n: number) => "last_name IN ('a', ".repeat(n / 19)],
    ['COPY rows', (n: number) => `COPY p (first_name,last_name) FROM stdin;\n${'\t'.repeat(n)}`],
    ['calls', (n: number) => 'dob: new Date('.repeat(n / 15)],
    ['quoted lists', (n: number) => "'given': ['Ysaline', ".repeat(n / 21)],
    ['ordinal days', (n: number) => 'born on the twenty-first of '.repeat(n / 28)],
    ['spaced slashes', (n: number) => 'DOB: 1 / 2 / '.repeat(n / 13)],
  ])('%s: 512 KiB is redacted and returned (the timeout bounds a scan that is not linear)', (_name, make) => {
    const text = make(512 * 1024);
    const out = stored(text);
    expect(typeof out).toBe('string');
    expect(out.length).toBeGreaterThan(text.length / 4);
  }, 60_000);
});

describe('G11, G12, G19 in the ledger', () => {
  it('stores none of the values: pairs, SQL, Mongo and dates of birth; the look-alikes stay', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'probe-20261204b-g11-'));
    const auditor = createAuditor({ agent: { id: 'probe' }, sink: fileLedger({ dir: join(dir, 'ledger') }), redactor: createRedactor({ pseudonymKey: createKeyring([Buffer.alloc(32, 62)]) }) });
    const outputs = [
      '{"dob"=>"1984-03-12"}',
      '[dob] => 1979-11-02',
      'a=1&fecha_nacimiento=1977-08-19',
      'nom=Vlintuk',
      "{'given':'Qxaro','family':'Dorvane'}",
      'dn: uid=q,ou=people\nsn: Qxarsk\n',
      "WHERE (last_name, dob) IN (('Plimbourne','1983-04-15'))",
      'COPY patients (first_name,last_name,dob) FROM stdin;\nWenlix\tTorvaldine\t1979-10-22\n\\.',
      'dob: ISODate("1971-05-06")',
      'born on the twelfth of March, 1982',
      'Date of birth (mm/dd/yyyy): 11 / 03 / 1976',
      'dob=datetime.date(1969, 5, 6)',
      'name=PaymentService sn: 48213 version=1.2.3 created: ISODate("2024-01-02") WHERE status IN (\'open\')',
    ];
    for (const result of outputs) auditor.record({ type: 'tool.result', tool: { name: 't', result } });
    await auditor.close();
    // Machine values blanked (ids, span ids, checkpoints; hashes and trace ids by the 32-hex rule) before short values are looked for.
    const text = blankMachineValues(storedJsonl(join(dir, 'ledger'))).replace(TOKEN, ' ').replace(/[0-9a-f]{32,}/g, '<hex>');
    for (const raw of ['1984-03-12', '1979-11-02', '1977-08-19', 'Vlintuk', 'Qxaro', 'Dorvane', 'Qxarsk', 'Plimbourne', '1983-04-15', 'Wenlix', 'Torvaldine', '1979-10-22', '1971-05-06', 'twelfth of March', '1982', '11 / 03', '1976', '1969, 5, 6']) {
      expect(text, raw).not.toContain(raw);
    }
    for (const kept of ['name=PaymentService', 'sn: 48213', 'version=1.2.3', 'ISODate(\\"2024-01-02\\")', "status IN ('open')"]) expect(text).toContain(kept);
  });
});
