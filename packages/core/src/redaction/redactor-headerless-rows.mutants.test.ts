// Issue 13: redactor.ts recordCompany's person-anchored records (PERSON_TOKEN, personCells, the records the name rules
// masked whole over two adjacent fields or over one beside a date of a year of birth) and givenNamesField (F12 of the
// README-only leak probe of 2026-12-07), through the redactor, written from the Stryker run of 2026-12-07
// (docs/TESTING.md, its row), whose tests (test/redaction/headerless-rows-2026-12-07.test.ts) had every row's date
// right after its names and no row of two names alone. Each output is the whole stored text, tokens' hashes left out.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../index.js';

// A fresh redactor for each text: session memory would mask a name a test before this one saw, whatever recordCompany did.
const stored = (text: string): string =>
  (createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) }).redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result: text } } as never, { capture: {} }) as { event: { tool: { result: string } } }).event.tool.result.replace(/:psn_[A-Za-z0-9]+_[a-z2-7]+\]/g, ']');

describe('a record the name rules masked whole', () => {
  it('over two adjacent fields, with no date: its rows read by its columns', () => {
    expect(stored('Zwiebelhofer\tLeberecht\t3A\nOberleitner\tMaria\t4C')).toBe('[PERSON]\t[PERSON]\t3A\n[PERSON]\t[PERSON]\t4C');
  });
  it('a date of birth away from the names is masked as the column says', () => {
    expect(stored('Zwiebelhofer\tLeberecht\t3A\t17.02.1949\nOberleitner\tMaria\t4C\t01.01.1950')).toBe('[PERSON]\t[PERSON]\t3A\t[DOB]\n[PERSON]\t[PERSON]\t4C\t[DOB]');
  });
  it('a record identified by an email (no person token in it) is read as before', () => {
    expect(stored('qx@example.com\tQxaro\tVlintuk\t01.01.1950')).toBe('[EMAIL]\t[PERSON]\t[PERSON]\t[DOB]');
    expect(stored('qx@example.com\t4C\t01.01.1950')).toBe('[EMAIL]\t4C\t[DOB]');
  });
});

describe('givenNamesField: a given name the lists also hold as a word, in a column of names', () => {
  it('of two letters, and in a row past the 64th character', () => {
    expect(stored('Zwiebelhofer\tLeberecht\t17.02.1949\t3A\nOberleitner\tAl\t01.01.1950\t4C')).toBe('[PERSON]\t[PERSON]\t[DOB]\t3A\n[PERSON]\t[PERSON]\t[DOB]\t4C');
    expect(stored('Zwiebelhofer\tLeberecht\t17.02.1949\t3A\nOberleitner\tMaria\t01.01.1950\t4C\nVanselow\tGrace\t12.09.1962\t2B')).toBe('[PERSON]\t[PERSON]\t[DOB]\t3A\n[PERSON]\t[PERSON]\t[DOB]\t4C\n[PERSON]\t[PERSON]\t[DOB]\t2B');
  });
  it('a field of no name in that column stays', () => {
    expect(stored('Zwiebelhofer\tLeberecht\t17.02.1949\t3A\nOberleitner\tn/a\t01.01.1950\t4C')).toBe('[PERSON]\t[PERSON]\t[DOB]\t3A\n[PERSON]\tn/a\t[DOB]\t4C');
  });
});
