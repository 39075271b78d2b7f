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

describe('F6: a German title after capitalized nouns starts the name', () => {
  const persons = (text: string): string[] => spans(text, 'PERSON');
  it.each([
    ['Die Patientin Frau Müller-Lüdenscheidt hat Diabetes.', ['Frau Müller-Lüdenscheidt']],
    ['Die Patientin Frau Lüdenscheidt hat Diabetes.', ['Frau Lüdenscheidt']],
    ['Heute Frau Lüdenscheidt hat angerufen', ['Frau Lüdenscheidt']],
    ['Der Patient Herr Tawhiri hat Fieber', ['Herr Tawhiri']],
    ['Die Patientin Frau Müller hat Diabetes.', ['Frau Müller']],
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
