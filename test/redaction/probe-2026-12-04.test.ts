// The README-only probe of 2026-12-04 (test/redaction/probe-2026-12-04.cases.md; issue 11): an SSN
// or a card number beside another group of digits was stored whole, label or not (F1): the one
// separator mechanism (detectors.ts digitRuns) read `536-22-8514 1984-03-12` as one run of six
// groups, and an SSN had to be a run of its own; `4111 1111 1111 1111 1227` (a card and its expiry)
// as one longer number. Through the public API: detectSensitive, and an auditor with a file ledger.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, detectSensitive, fileLedger } from '@agent-audit/core';
import { storedJsonl } from './stored.js';

const spans = (text: string, type: string): string[] => detectSensitive(text).filter((d) => d.type === type).map((d) => text.slice(d.start, d.end));

describe('F1: an SSN beside another group of digits (another separator between them)', () => {
  it.each([
    ['SSN 536-22-8514 1984-03-12', ['536-22-8514']],
    ['SSN 412-67-3390 2026-01-15', ['412-67-3390']],
    ['SSN: 536-22-8514 - 1984-03-12', ['536-22-8514']],
    ['536-22-8514 03/12/1984', ['536-22-8514']],
    ['536-22-8514 412-67-3390', ['536-22-8514', '412-67-3390']],
    ['2026-12-03 10:01:02 536-22-8514 login ok', ['536-22-8514']],
    ['dob 1984-03-12 536-22-8514', ['536-22-8514']],
    ['SSN 536-22-8514 1984', ['536-22-8514']],
    ['ssn 536.22.8514 1984.03.12', ['536.22.8514']],
  ])('%j', (text, expected) => {
    expect(spans(text, 'SSN')).toEqual(expected);
  });

  it('any valid SSN with dashes, then a date or a number after a space, a " - " or a slash run', () => {
    const area = fc.integer({ min: 1, max: 899 }).filter((n) => n !== 666);
    fc.assert(
      fc.property(area, fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9999 }), fc.constantFrom(' ', ' - ', '  '), fc.constantFrom('1984-03-12', '2026', '03/12/1984', '412-67-3390', '10 20'), (a, g, s, gap, tail) => {
        const ssn = `${String(a).padStart(3, '0')}-${String(g).padStart(2, '0')}-${String(s).padStart(4, '0')}`;
        fc.pre(!/^(\d)\1\1-\1\1-\1\1\1\1$/.test(ssn));
        expect(spans(`SSN ${ssn}${gap}${tail}`, 'SSN')[0]).toBe(ssn);
      }),
      { numRuns: 300 },
    );
  });

  it('groups joined by one separator throughout stay one longer number', () => {
    expect(spans('+44 740 05 0007 0', 'SSN')).toEqual([]);
    expect(spans('ref 1-536-22-8514-7', 'SSN')).toEqual([]);
    expect(spans('part 536-22-8514-1984', 'SSN')).toEqual([]);
    expect(spans('serial 2024 536 22 8514 99', 'SSN')).toEqual([]);
    // After a calling code: a phone number written 3-2-4 (a French mobile), not an SSN.
    expect(spans('+33 612-09-0009', 'SSN')).toEqual([]);
    expect(spans('0033 612-09-0009', 'SSN')).toEqual([]);
    expect(spans('+33 612-09-0009', 'PHONE')).toEqual(['+33 612-09-0009']);
  });
});

describe('F1: a card number followed by its expiry (MMYY) and security code', () => {
  it.each([
    ['Card: 4111 1111 1111 1111 1227', '4111 1111 1111 1111'],
    ['5500 0000 0000 0004 0427 737', '5500 0000 0000 0004'],
    ['visa 4012 8888 8888 1881 0130 123', '4012 8888 8888 1881'],
  ])('%j', (text, card) => {
    expect(spans(text, 'CARD')).toEqual([card]);
  });

  it('a longer number in groups of four whose next group is no month stays one number', () => {
    expect(spans('4111 1111 1111 1111 1327', 'CARD')).toEqual([]);
    expect(spans('4111 1111 1111 1111 1227 1111 1111', 'CARD')).toEqual([]);
  });
});

describe('F1: a phone number beside another number in one run of digit groups', () => {
  it.each([
    ['(415) 555-0132 (415) 555-0199', ['(415) 555-0132', '(415) 555-0199']],
    ['+1 415-555-0132 2026-12-03', ['+1 415-555-0132']],
    ['415-555-0132 415-555-0199', ['415-555-0132', '415-555-0199']],
    ['call 415-555-0132 12345678', ['415-555-0132']],
    ['415-555-0132 10:30 tomorrow', ['415-555-0132']],
    ['2026-12-03 10:01:02 415-555-0132 login ok', ['415-555-0132']],
    ['+44 20 7946 0958 2026-12-03', ['+44 20 7946 0958']],
    ['07700 900123 12:30', ['07700 900123']],
    ['10:01:02 07700 900123', ['07700 900123']],
    ['415.555.0132 2026.12.03', ['415.555.0132']],
    ['(212) 555-0100 (415) 555-0132 (415) 555-0199', ['(212) 555-0100', '(415) 555-0132', '(415) 555-0199']],
  ])('%j', (text, expected) => {
    expect(spans(text, 'PHONE')).toEqual(expected);
  });

  it('a NANP or UK number, then a date, a time, an order number or another phone, after any gap', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('415-555-0132', '(415) 555-0132', '+1 415-555-0132', '+44 20 7946 0958', '212.555.0100', '+1 (303) 555-0100'),
        fc.constantFrom(' ', '  ', '   '),
        fc.constantFrom('2026-12-03', '1984-03-12', '03/12/1984', '12345678', '(212) 555-0100', '212-555-0100', '10:30', '10:01:02 ok', '4711'),
        (phone, gap, tail) => {
          // Masked: a phone span holds it (`415-555-0132 4711` is read as one number with an extension-like tail).
          const found = spans(`Contact ${phone}${gap}${tail}`, 'PHONE');
          expect(found.some((span) => span.startsWith(phone)), found.join(' | ')).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('look-alikes stay: lists of ranges, ids, versions, ISBNs, amounts, timestamps, plain numbers in prose, labelled ids', () => {
    for (const text of [
      'IDs 12345-67890 23456-78901',
      'sizes 100-200 300-400 500-600',
      'range 49152-65535 10000-20000',
      'ports 8000-8080 9000-9090',
      'ISBN 978-0-306-40615-7 978-1-4028-9462-6',
      'v2.10.3 2.11.0 3.0.1',
      'versions 10.2.1-1 10.2.2-1 10.3.0-2',
      '2026-12-03 2026-12-04 2026-12-05',
      '2026-12-03 10:01:02.123 INFO started',
      'from 2020-01-01 to 2020-12-31',
      'Total 1.234.567 2.345.678',
      'payment of 1.234.567 12.30',
      'qty 12 price 3.50 total 42.00',
      'order 2023-114-5567 12345',
      'Order 1234-5678-90 4412',
      'invoice 0203-4567-890 12',
      'SKU 4471-220-19 3321',
      'we shipped 1200 units in 2026 and 1400 in 2027',
      'coords 37.7749 -122.4194 12.3456',
    ]) expect(spans(text, 'PHONE'), text).toEqual([]);
  });

  it('groups joined by blanks throughout are not cut (one longer number)', () => {
    expect(spans('ref 4155 5501 3219 84', 'PHONE')).toEqual([]);
    expect(spans('+44 740 05 0007 0', 'PHONE')).toEqual(['+44 740 05 0007 0']);
  });
});

describe('F1: NHS numbers in one run of groups, or beside another number', () => {
  const mrns = (text: string): string[] => spans(text, 'MRN');
  it.each([
    ['NHS numbers 943 476 5919 401 023 2137', ['943 476 5919', '401 023 2137']],
    ['nhs: 943 476 5919 401 023 2137 450 557 7104', ['943 476 5919', '401 023 2137', '450 557 7104']],
    ['patient 943-476-5919 401-023-2137', ['943-476-5919', '401-023-2137']],
    ['NHS number 943 476 5919 2026-12-03', ['943 476 5919']],
    ['2026-12-03 10:01:02 943 476 5919 seen in clinic', ['943 476 5919']],
    ['patient 943-476-5919 1984', ['943-476-5919']],
  ])('%j', (text, expected) => {
    expect(mrns(text)).toEqual(expected);
  });

  it('a run is NHS numbers only when every number in it passes the check; a group of its own separator after one makes a longer number', () => {
    expect(mrns('patient ids 943 476 5919 401 023 2138')).toEqual([]);
    expect(mrns('patient ref 943 476 5919 12')).toEqual([]);
    expect(mrns('call 943 476 5919 401 023 2137 re patient')).toEqual([]);
  });

  it('any two valid NHS numbers in one spaced run after a health word are both found', () => {
    const nhs = fc.integer({ min: 100_000_000, max: 999_999_999 }).map((n) => {
      const nine = String(n);
      let sum = 0;
      for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (10 - i);
      const check = 11 - (sum % 11);
      return check === 10 ? undefined : `${nine}${check === 11 ? 0 : check}`;
    });
    const spaced = (d: string, sep: string) => `${d.slice(0, 3)}${sep}${d.slice(3, 6)}${sep}${d.slice(6)}`;
    fc.assert(
      fc.property(nhs, nhs, fc.constantFrom(' ', '-'), (a, b, sep) => {
        fc.pre(a !== undefined && b !== undefined && !/^(\d)\1+$/.test(a) && !/^(\d)\1+$/.test(b));
        const first = spaced(a as string, sep);
        const second = spaced(b as string, sep);
        expect(mrns(`NHS numbers ${first}${sep}${second}`)).toEqual([first, second]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('F1: an SSN opening a run of one separator throughout', () => {
  it.each([
    ['536 22 8514 1984', ['536 22 8514']],
    ['SSN 536 22 8514 1984', ['536 22 8514']],
    ['SSN: 536-22-8514-1984', ['536-22-8514']],
    ['ssn 536.22.8514.1984', ['536.22.8514']],
  ])('%j', (text, expected) => {
    expect(spans(text, 'SSN')).toEqual(expected);
  });

  it('only before a year (any other fourth group or a fifth keeps one longer number); not after a label of a thing, a calling code or glued', () => {
    for (const text of ['536 22 8514 2345', 'SSN 536-22-1234-55', 'SSN 536 22 8514 12 34', '536 22 8514 1984 12', 'part 536-22-8514-1984', 'order 536 22 8514 1984', '+1 536 22 8514 1984', 'x536-22-8514-1984', '536-22-8514-1984.5', 'serial 2024 536 22 8514 99']) expect(spans(text, 'SSN'), text).toEqual([]);
  });
});

describe('F1 in the ledger', () => {
  it('stores none of the numbers of a log line, a labelled SSN beside a date, two SSNs, a card with its expiry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'probe-20261204-'));
    const auditor = createAuditor({ agent: { id: 'probe' }, sink: fileLedger({ dir: join(dir, 'ledger') }), redactor: createRedactor({ pseudonymKey: createKeyring([Buffer.alloc(32, 41)]) }) });
    const texts = ['SSN 536-22-8514 1984-03-12', '2026-12-03 10:01:02 412-67-3390 login ok', '536-22-8514 412-67-3390', 'Card: 4111 1111 1111 1111 1227'];
    for (const text of texts) auditor.record({ type: 'message.user', content: { input: text } });
    await auditor.close();
    const stored = storedJsonl(join(dir, 'ledger'));
    for (const raw of ['536-22-8514', '412-67-3390', '4111 1111 1111 1111']) expect(stored).not.toContain(raw);
  });
});

describe('F6: a German title after capitalized nouns starts the name (the title itself is no part of it since F1 of the probe of 2026-12-07)', () => {
  const persons = (text: string): string[] => spans(text, 'PERSON');
  it.each([
    ['Die Patientin Frau Müller-Lüdenscheidt hat Diabetes.', ['Müller-Lüdenscheidt']],
    ['Die Patientin Frau Lüdenscheidt hat Diabetes.', ['Lüdenscheidt']],
    ['Heute Frau Lüdenscheidt hat angerufen', ['Lüdenscheidt']],
    ['Der Patient Herr Tawhiri hat Fieber', ['Tawhiri']],
    ['Die Patientin Frau Müller hat Diabetes.', ['Müller']],
  ])('%j', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it('the noun before the title is no part of the name', () => {
    expect(persons('Patientin Frau Müller').join(' ')).not.toContain('Patientin');
  });
});

describe('F8: an initial before a surname that is also a common word', () => {
  const persons = (text: string): string[] => spans(text, 'PERSON');
  it.each([
    ['J. Smith was discharged', ['J. Smith']],
    ['pt J. Smith', ['J. Smith']],
    ['A. Smith and B. Jones', ['A. Smith', 'B. Jones']],
    ['seen by K. Baker today', ['K. Baker']],
  ])('%j', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it('a letter that grades or names a thing before a sentence is no initial; an unlisted word after an initial stays', () => {
    for (const text of ['Take vitamin B. May cause drowsiness', 'hepatitis B. Young patients', 'We have a Plan B. Will it work?', 'Type A. Grace period ends', 'E. Coli found', 'J. Crew sale']) expect(persons(text), text).toEqual([]);
  });
});

describe('F8: a word the lists lack after an initial, in a list of names or after a clinical cue', () => {
  const persons = (text: string): string[] => spans(text, 'PERSON');
  it.each([
    ['Discharged: J. Garcia, M. Nguyen, T. Havili', ['J. Garcia', 'M. Nguyen', 'T. Havili']],
    ['T. Havili, J. Garcia', ['T. Havili', 'J. Garcia']],
    ['J. Garcia and T. Havili', ['J. Garcia', 'T. Havili']],
    ['J. Garcia, T. Havili, Q. Vlintuk', ['J. Garcia', 'T. Havili', 'Q. Vlintuk']],
    ['Discharged: T. Havili', ['T. Havili']],
    ['pt T. Havili', ['T. Havili']],
    ['Authors: A. Okafor, T. Havili', ['A. Okafor', 'T. Havili']],
    ['Admitted: Q. Vlintuk', ['Q. Vlintuk']],
  ])('%j', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it('species, places, titles, outline headings, abbreviations and letters of things stay as they were', () => {
    for (const text of [
      'Cultures grew E. coli, H. pylori and S. aureus',
      'Cultures grew E. Coli, S. Aureus and C. Difficile',
      'Organisms: E. Coli, S. Aureus, C. Difficile',
      'pt E. Coli positive',
      'A. Introduction, B. Methods, C. Results',
      'A. Introduction',
      'No. 5 Main',
      'U.S. Army',
      'Plan B. Havili',
      'E. Coli found',
    ]) expect(persons(text), text).toEqual([]);
    expect(persons('J. Smith, E. Coli')).toEqual(['J. Smith']);
    expect(persons('U.S. Army and J. Garcia')).toEqual(['J. Garcia']);
  });

  it('unlisted words after initials in a list of initials and listed names, any list joiner', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Garcia', 'Nguyen', 'Smith', 'Okafor', 'Patel'),
        fc.constantFrom('Havili', 'Vlintuk', 'Tawhiri', 'Qxaro'),
        // Not ` & `: `A. Garcia & Q. Havili` reads as a firm (`Garcia & Havili`), as before.
        fc.constantFrom(', ', ' and ', ', and ', '; '),
        fc.constantFrom('A', 'J', 'M', 'T'),
        fc.constantFrom('Q', 'R', 'K'),
        (listed, unlisted, joiner, i1, i2) => {
          const first = `${i1}. ${listed}`;
          const second = `${i2}. ${unlisted}`;
          expect(persons(`Seen: ${first}${joiner}${second}`)).toContain(second);
          expect(persons(`${second}${joiner}${first} today`)).toContain(second);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('F8: a lower-case name under `name` beside personal members', () => {
  async function stored(values: readonly unknown[]): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), 'probe-20261204-f8-'));
    const auditor = createAuditor({ agent: { id: 'probe' }, sink: fileLedger({ dir: join(dir, 'ledger') }), redactor: createRedactor({ pseudonymKey: createKeyring([Buffer.alloc(32, 44)]), sessionMemory: false }) });
    for (const result of values) auditor.record({ type: 'tool.result', tool: { name: 't', result } });
    await auditor.close();
    return storedJsonl(join(dir, 'ledger')).replace(/\[[A-Z_]+:psn_\w+\]/g, ' ');
  }

  it('beside an SSN, a date of birth, an email, a phone, an address', async () => {
    const raw = await stored([
      { name: 'tevita havili', ssn: '536-22-8514' },
      { name: 'qxaro vlintuk', dob: '1984-03-12' },
      { name: 'mele tawhiri', email: 'mt@corp.example' },
      { name: 'sione fifita', phone: '+1 415 555 0132' },
      { name: 'ana lolohea', address: '12 Rue Sainte-Catherine, Bordeaux' },
      [{ name: 'losa kupu', date_of_birth: '03/12/1984', id: 7 }],
    ]);
    expect(raw).not.toMatch(/tevita|havili|qxaro|vlintuk|mele|tawhiri|sione|fifita|lolohea|losa kupu/);
  });

  it('a tool, a file, an account, a schema and a name alone stay', async () => {
    const raw = await stored([
      { name: 'search', type: 'tool' },
      { name: 'report.pdf', size: 3 },
      { name: 'Plaid Checking', account_id: 'acc_1', mask: '0000' },
      { name: { type: 'string', description: 'Full name' }, email: { type: 'string', format: 'email' } },
      { name: 'nightly-build', status: 'ok', zip: '94105' },
    ]);
    for (const kept of ['"search"', 'report.pdf', 'Plaid Checking', 'Full name', 'nightly-build']) expect(raw).toContain(kept);
  });
});

describe('F7: a value found in one line of a string is masked where it recurs later in that string', () => {
  async function stored(outputs: readonly unknown[]): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), 'probe-20261204-f7-'));
    const auditor = createAuditor({ agent: { id: 'probe' }, sink: fileLedger({ dir: join(dir, 'ledger') }), redactor: createRedactor({ pseudonymKey: createKeyring([Buffer.alloc(32, 43)]) }) });
    for (const result of outputs) auditor.record({ type: 'tool.result', tool: { name: 't', result } });
    await auditor.close();
    return storedJsonl(join(dir, 'ledger')).replace(/\[[A-Z_]+:psn_\w+\]/g, ' ');
  }

  it('an iCalendar event, a vCard, a From line: the name in clear nowhere', async () => {
    const raw = await stored([
      'SUMMARY:Therapy session - Qxaro Vlintuk\nATTENDEE;CN=Qxaro Vlintuk:mailto:qv@corp.example',
      'BEGIN:VCARD\nFN:Qxaro Vlintuk\nN:Vlintuk;Qxaro;;;\nEND:VCARD',
      'Dear Qxaro Vlintuk,\nyour results are ready.\nFrom: "Vlintuk, Qxaro" <qv@corp.example>',
    ]);
    expect(raw).not.toMatch(/Vlintuk|Qxaro/);
  });
});

describe('F2: query results as text tables (psql, Markdown, MySQL, CSV after prose)', () => {
  it('stores none of the names, dates of birth, SSNs and passwords of the tables; their headers and other columns stay', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'probe-20261204-f2-'));
    const auditor = createAuditor({ agent: { id: 'probe' }, sink: fileLedger({ dir: join(dir, 'ledger') }), redactor: createRedactor({ pseudonymKey: createKeyring([Buffer.alloc(32, 44)]) }) });
    const results = [
      ' first_name | last_name |    dob     |     ssn\n------------+-----------+------------+-------------\n Qxaro      | Vlintuk   | 1984-03-12 | 536228514\n(1 row)\n',
      'The users table:\n\n| user | password |\n|---|---|\n| admin | Tr0ub4dor&3 |\n',
      'Here are the results:\nfirst_name,last_name,ssn\nBrelm,Othwaite,412673390',
      '+----+-----------+----------+\n| id | full_name | order_id |\n+----+-----------+----------+\n|  7 | Ysolde Prax | 1001   |\n+----+-----------+----------+',
    ];
    for (const result of results) auditor.record({ type: 'tool.result', tool: { name: 'db.query', result } });
    await auditor.close();
    const stored = storedJsonl(join(dir, 'ledger')).replace(/\[[A-Z_]+:psn_\w+\]/g, ' ');
    for (const raw of ['Qxaro', 'Vlintuk', '1984-03-12', '536228514', 'Tr0ub4dor', 'Brelm', 'Othwaite', '412673390', 'Ysolde', 'Prax']) expect(stored).not.toContain(raw);
    for (const kept of ['first_name | last_name', '| user | password |', 'first_name,last_name,ssn', '| id | full_name | order_id |', '1001', '(1 row)']) expect(stored).toContain(kept);
  });
});

describe('F3: personal fields named in text formats, in the ledger', () => {
  it("stores none of the probe's values: logfmt, YAML, NDJSON, XML, .env, INI, a query, quoted values with blanks", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'probe-20261204-f3-'));
    const auditor = createAuditor({ agent: { id: 'probe' }, sink: fileLedger({ dir: join(dir, 'ledger') }), redactor: createRedactor({ pseudonymKey: createKeyring([Buffer.alloc(32, 44)]) }) });
    const outputs = [
      'a=1 social_security_number=536228514',
      'patient_ssn: 412673390',
      '---\nrecord:\n  first_name: Qxaro\n  last_name: Vlintuk\n',
      'ts=2026-12-04T10:00:00Z level=info first_name=zephyrine last_name=okonkwoa msg=ok',
      '{"id":1,"last_name":"Brindlewick"}\n{"id":2,"last_name":"Tumbarrow"}',
      '<Patient FirstName="Ysolde" LastName="Quenneville"><ssn>533471208</ssn><user_phone>4155550132</user_phone></Patient>',
      'a=1 user_phone=4155550199',
      'FULL_NAME="Oriel Dashwoody"\nMOBILE=4155550177\n',
      '[patient]\nfull_name = Halvard Pemberdine\n',
      '?a=1&customer_name=Ximena&mobile_number=4155550188',
      "name: 'Corvina Astley'\nsurname: 'Astley'",
    ];
    for (const result of outputs) auditor.record({ type: 'tool.result', tool: { name: 't', result } });
    await auditor.close();
    const stored = storedJsonl(join(dir, 'ledger')).replace(/\[[A-Z_]+:psn_\w+\]/g, ' ');
    for (const raw of ['536228514', '412673390', 'Qxaro', 'Vlintuk', 'zephyrine', 'okonkwoa', 'Brindlewick', 'Tumbarrow', 'Ysolde', 'Quenneville', '533471208', '4155550132', '4155550199', 'Oriel', 'Dashwoody', '4155550177', 'Halvard', 'Pemberdine', 'Ximena', '4155550188', 'Corvina', 'Astley']) {
      expect(stored).not.toContain(raw);
    }
  });

  it('keeps keys that name things and a name: in a sentence', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'probe-20261204-f3b-'));
    const auditor = createAuditor({ agent: { id: 'probe' }, sink: fileLedger({ dir: join(dir, 'ledger') }), redactor: createRedactor({ pseudonymKey: createKeyring([Buffer.alloc(32, 45)]) }) });
    const outputs = ['file_name=report.pdf tool_name=search id=42 status=shipped', 'The name: field of the tool is search', 'name: web_search\ndescription: searches the web\n'];
    for (const result of outputs) auditor.record({ type: 'tool.result', tool: { name: 't', result } });
    await auditor.close();
    const stored = storedJsonl(join(dir, 'ledger'));
    for (const text of outputs) expect(stored).toContain(JSON.stringify(text).slice(1, -1));
  });
});
