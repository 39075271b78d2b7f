import { describe, expect, it } from 'vitest';
import { createRedactor } from './redactor.js';
import { createKeyring } from './keys.js';
import { columnKind, columnKinds } from './key-names.js';

// One rule names what a column holds (key-names.ts columnKind), read by three paths: SQL
// (`INSERT … (col) VALUES`, `UPDATE … SET col =`, `WHERE col =`; detectors.ts), a Postgres
// constraint message's `Key (col)=(value)` (pg-details.ts) and a delimited table's header
// (redactor.ts maskTableColumns). Issue 11 review: the three had each their own copy and disagreed
// (SQL masked only names and dates of birth; a table's `email_address` column counted for nothing).
const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) });
const stored = (text: string): string =>
  redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 'x', result: text } } as never).event.tool?.result as string;

/**
 * Column name, a value of it, the token type it must become (undefined: stays as written). The
 * values are ones no text detector reads alone (a local part, a short number), so the column's
 * name decides. Before the one rule, SQL kept the email, SSN, card and street values, and a
 * table's `email_address` column kept its value.
 */
const COLUMNS: ReadonlyArray<[column: string, value: string, type: string | undefined]> = [
  ['surname', 'havili', 'PERSON'],
  ['dob', '1984-03-12', 'DOB'],
  ['date_of_birth', '1984-03-12', 'DOB'],
  ['email_address', 'tevita.havili', 'EMAIL'],
  ['phone', '211 4567', 'PHONE'],
  ['ssn', 'ZX12345', 'SSN'],
  ['card_number', '4111 1111', 'CARD'],
  ['password', 'hunter2x9', undefined],
  ['street', 'Rongo Road', 'ADDRESS'],
  ['tool_name', 'grep', undefined],
  ['file_name', 'notes', undefined],
  ['order_id', '48213', undefined],
];

/** The four texts that carry `value` under `column`, one per path. */
function carriers(column: string, value: string): Record<string, string> {
  return {
    insert: `INSERT INTO customers (${column}, note) VALUES ('${value}', 'ok');`,
    update: `UPDATE customers SET ${column} = '${value}' WHERE id = 4;`,
    where: `SELECT * FROM customers WHERE ${column} = '${value}';`,
    pg: `duplicate key value violates unique constraint "customers_key"\nDETAIL: Key (${column})=(${value}) already exists.`,
    table: `${column},note\n${value},ok\n`,
  };
}

describe('column kinds: one rule for SQL, Postgres key details and column tables', () => {
  for (const [column, value, type] of COLUMNS) {
    it(`${column}: ${type ?? 'kept'} on every path`, () => {
      const wrong: string[] = [];
      for (const [path, text] of Object.entries(carriers(column, value))) {
        const out = stored(text);
        // A secret is masked by the secrets pass (SECRET or PASSWORD), never kept.
        const ok = column === 'password' ? !out.includes(value) : type === undefined ? out.includes(value) : !out.includes(value) && new RegExp(`\\[${type}:psn_`).test(out);
        if (!ok) wrong.push(`${path}: ${out}`);
      }
      expect(wrong).toEqual([]);
    });
  }

  it('names the kind for normalized and written names alike', () => {
    expect(['surname', 'Last-Name', 'dob', 'dateOfBirth', 'email_address', 'EMAIL', 'phone', 'ssn', 'card_number', 'password', 'street', 'zip_code', 'tool_name', 'file_name', 'order_id'].map(columnKind)).toEqual([
      'person', 'person', 'dob', 'dob', 'email', 'email', 'PHONE', 'identity', 'CARD', 'secret', 'address', 'addressNumber', 'none', 'none', 'none',
    ]);
  });

  it('reads a generic `name` as a person beside a personal column or a surname, not beside a secret or a thing id', () => {
    expect(columnKinds(['name', 'email'])).toEqual(['person', 'email']);
    expect(columnKinds(['name', 'surname'])).toEqual(['person', 'person']);
    expect(columnKinds(['name', 'api_key'])).toEqual(['none', 'secret']);
    expect(columnKinds(['name', 'order_id'])).toEqual(['none', 'none']);
  });
});

describe('column kinds: where the three paths disagreed before', () => {
  it('SQL reads a generic `name` beside an email column as a person, as a table and a key detail do', () => {
    for (const text of ["INSERT INTO users (name, email) VALUES ('wiremu tane', 'wt@example.com');", "UPDATE users SET name = 'wiremu tane', email = 'wt@example.com' WHERE id = 4;"]) {
      const out = stored(text);
      expect(out, text).not.toContain('wiremu');
      expect(out, text).toMatch(/\[PERSON:psn_/);
    }
  });

  it('SQL masks the email, SSN, card, account and street columns by name, as a key detail does', () => {
    const out = stored("INSERT INTO customers (email, ssn, card_number, account_number, street, note) VALUES ('tevita.havili', 'ZX12345', '4111 1111', 'AB 1234 55', 'Rongo Road', 'ok');");
    for (const value of ['tevita.havili', 'ZX12345', '4111 1111', 'AB 1234 55', 'Rongo Road']) expect(out).not.toContain(value);
    expect(out).toContain("'ok'");
  });

  it('a table reads a value under its email column as an email, as a key detail does', () => {
    expect(stored('email,note\ntevita.havili,ok\n')).toMatch(/^email,note\n\[EMAIL:psn_\w+\],ok\n$/);
  });

  it('a placeholder under an email column stays on every path (a key detail masked `x` and `n/a` before)', () => {
    for (const value of ['x', 'n/a']) {
      expect(stored(`email,note\n${value},ok\n`)).toBe(`email,note\n${value},ok\n`);
      expect(stored(`DETAIL: Key (email)=(${value}) already exists.`)).toBe(`DETAIL: Key (email)=(${value}) already exists.`);
      expect(stored(`UPDATE users SET email = '${value}' WHERE id = 4;`)).toBe(`UPDATE users SET email = '${value}' WHERE id = 4;`);
    }
  });

  it('a generic `name` beside a secret column only stays in a Postgres key detail, as in a table', () => {
    const out = stored('DETAIL: Key (name, api_key)=(billing-sync, sk9f3k2m1x8q) already exists.');
    expect(out).toContain('billing-sync');
    expect(stored('name,api_key\nbilling-sync,sk9f3k2m1x8q\n')).toContain('billing-sync');
  });

  it('a generic `name` beside a thing id stays in a table, as in a key detail', () => {
    expect(stored('name,order_id\nharbour lamp,48213\n')).toContain('harbour lamp');
    expect(stored('DETAIL: Key (name, order_id)=(harbour lamp, 48213) already exists.')).toContain('harbour lamp');
  });
});
