// L15 of the ninth probe of 2026-12-05 (test/redaction/probe-2026-12-05b.cases.md): SQL that
// matched or selected a personal value other than `column = 'value'` stored it raw: `LIKE`,
// `ILIKE`, `<>`, `BETWEEN`, a column inside `lower()`/`upper()`, a literal with an alias in a select
// list or a CTE (`SELECT 'Tevita Havili' AS patient_name`), a typed date literal (`DATE '…'`,
// `'…'::date`). `WHERE last_name = 'Havili'` was masked. Now each literal is read by the column
// that names it (sql-binds.ts sqlLiteralColumns, detectors.ts detectSqlLiterals), the column's kind
// by the key-name rules as for an INSERT.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';
import { detectSensitive } from '../../packages/core/src/redaction/detectors.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(15)]), sessionMemory: false });
function stored(args: Record<string, unknown>): string {
  const result = redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', arguments: args } } as never, { capture: {} });
  if (typeof (result as { then?: unknown }).then === 'function') throw new Error('expected a synchronous redactor');
  return JSON.stringify((result as { event: { tool: { arguments: unknown } } }).event.tool.arguments);
}
const found = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'PERSON' || d.type === 'DOB').map((d) => `${d.type}:${text.slice(d.start, d.end)}`);

describe('a literal by the column that names it', () => {
  it.each([
    // The probe's inputs.
    ["SELECT * FROM patients WHERE last_name LIKE 'Havili%'", ['PERSON:Havili']],
    ["SELECT * FROM members WHERE surname ILIKE 'Tūhoe%'", ['PERSON:Tūhoe']],
    ["SELECT id FROM p WHERE first_name LIKE 'Kalani' AND last_name LIKE 'Makoa'", ['PERSON:Kalani', 'PERSON:Makoa']],
    ["SELECT id FROM p WHERE last_name <> 'Havili'", ['PERSON:Havili']],
    ["SELECT id FROM p WHERE lower(last_name) = lower('Havili')", ['PERSON:Havili']],
    ["SELECT id FROM p WHERE upper(surname) = 'HAVILI'", ['PERSON:HAVILI']],
    ["SELECT 'Tevita Havili' AS patient_name FROM dual", ['PERSON:Tevita Havili']],
    ["SELECT 'Kalani Makoa' AS name", ['PERSON:Kalani Makoa']],
    ["SELECT 'Yaw Boateng' AS full_name, '536-22-8514' AS ssn", ['PERSON:Yaw Boateng']],
    ["WITH p AS (SELECT 'Kalani' AS first_name, 'Makoa' AS last_name) SELECT * FROM p", ['PERSON:Kalani', 'PERSON:Makoa']],
    ["MERGE INTO clients c USING (SELECT 'Yaw Boateng' AS full_name, 1 AS id) s ON (c.id = s.id)", ['PERSON:Yaw Boateng']],
    ["SELECT id FROM p WHERE dob = DATE '1979-06-21'", ['DOB:1979-06-21']],
    ["SELECT id FROM p WHERE dob BETWEEN '1979-06-21' AND '1979-12-31'", ['DOB:1979-06-21', 'DOB:1979-12-31']],
    ["SELECT id, '1979-06-21'::date AS dob", ['DOB:1979-06-21']],
    // Held back: other operators, spellings and casts.
    ["SELECT * FROM patients p WHERE p.last_name NOT LIKE '%Fifita%'", ['PERSON:Fifita']],
    ['SELECT * FROM "patients" WHERE "last_name" != \'Havili\'', ['PERSON:Havili']],
    ["DELETE FROM t WHERE UPPER(first_name) LIKE UPPER('siosaia%')", ['PERSON:siosaia']],
    ["SELECT * FROM t WHERE date_of_birth >= DATE '1979-06-21'", ['DOB:1979-06-21']],
    ["SELECT * FROM t WHERE surname SIMILAR TO 'Havil%'", ['PERSON:Havil']],
    ["SELECT CAST('1979-06-21' AS date) AS dob", ['DOB:1979-06-21']],
    ["SELECT TIMESTAMP '1979-06-21 00:00:00' AS date_of_birth", ['DOB:1979-06-21']],
    ["UPDATE t SET x = 1 WHERE lower(family_name) = 'havili' AND given_name ILIKE 'tevita%'", ['PERSON:havili', 'PERSON:tevita']],
  ])('%s', (text, values) => {
    expect(found(text)).toEqual(values);
  });

  it('is stored masked under a sql member', () => {
    const out = stored({ sql: "SELECT 'Tevita Havili' AS patient_name, '1979-06-21'::date AS dob FROM dual WHERE surname ILIKE 'Tūhoe%'" });
    for (const value of ['Tevita', 'Havili', '1979-06-21', 'Tūhoe']) expect(out, value).not.toContain(value);
    expect(out).toContain('ILIKE');
  });
});

describe('look-alikes stay', () => {
  it.each([
    "SELECT * FROM orders WHERE status LIKE 'act%'",
    "SELECT * FROM orders WHERE created_at BETWEEN '2026-01-01' AND '2026-02-01'",
    "SELECT 'billing-sync' AS name, 'active' AS status",
    "SELECT CAST('2026-01-01' AS date) AS created",
    "SELECT * FROM skus WHERE lower(code) <> lower('AB-12')",
    "I like 'Havili' as a name",
    "SELECT 'ok' AS name",
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('hostile input', () => {
  it('200 KB of literals and comparisons completes', () => {
    const text = "SELECT * FROM t WHERE last_name LIKE '".repeat(3000) + "'x' AS name, ".repeat(3000) + "''".repeat(20000);
    expect(text.length).toBeGreaterThan(150_000);
    expect(Array.isArray(found(text))).toBe(true);
  });
});
