import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, fileLedger, readEvents } from '@agent-audit/core';
import { textTables } from '../../packages/core/src/redaction/tables.js';
import { blankMachineValues, storedJsonl } from './stored.js';

// The second probe of 2026-12-04, G2: result sets whose column names sit apart from the rows
// (a schema, a header row, a printed data frame) were stored raw
// (test/redaction/probe-2026-12-04b.cases.md).
const redactor = createRedactor({ pseudonymKey: new Uint8Array(32).fill(7) });
function stored(result: unknown): unknown {
  const out = redactor.redact({ v: 1, id: 'e', seq: 0, ts: '2026-12-04T00:00:00Z', stream: 's', type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result } } as never, { capture: {} } as never) as { event: { tool: { result: unknown } } };
  return out.event.tool.result;
}
const PERSON = /^\[PERSON:psn_[a-z0-9_]+\]$/;
const DOB = /^\[DOB:psn_[a-z0-9_]+\]$/;
const SSN = /^\[(?:SSN|NATIONAL_ID):psn_[a-z0-9_]+\]$/;

describe('G2: result sets with their column names apart from the rows', () => {
  it('BigQuery: schema.fields and rows of { f: [{ v }] }', () => {
    const out = stored({ schema: { fields: [{ name: 'last_name', type: 'STRING' }, { name: 'ssn' }, { name: 'plan' }] }, rows: [{ f: [{ v: 'Vlintuk' }, { v: '536228514' }, { v: 'gold' }] }], totalRows: '1' }) as { rows: Array<{ f: Array<{ v: string }> }>; schema: unknown };
    const cells = out.rows[0]?.f.map((cell) => cell.v) ?? [];
    expect(cells[0]).toMatch(PERSON);
    expect(cells[1]).toMatch(SSN);
    expect(cells[2]).toBe('gold');
    expect(out.schema).toEqual({ fields: [{ name: 'last_name', type: 'STRING' }, { name: 'ssn' }, { name: 'plan' }] });
  });

  it('Google Sheets: a 2-D array whose first row is the header', () => {
    const out = stored({ range: 'Sheet1!A1:C2', values: [['Last name', 'DOB', 'SSN'], ['Dorvane', '1979-11-02', '412673390'], ['Wenrix', '1983-07-19', '523456789']] }) as { values: string[][] };
    expect(out.values[0]).toEqual(['Last name', 'DOB', 'SSN']);
    for (const row of out.values.slice(1)) {
      expect(row[0]).toMatch(PERSON);
      expect(row[1]).toMatch(DOB);
      expect(row[2]).toMatch(SSN);
    }
  });

  it('Athena: a header row of { VarCharValue } cells, with and without ColumnInfo', () => {
    const rows = [{ Data: [{ VarCharValue: 'first_name' }, { VarCharValue: 'date_of_birth' }] }, { Data: [{ VarCharValue: 'Qxaro' }, { VarCharValue: '1984-03-12' }] }];
    for (const result of [{ ResultSet: { Rows: rows } }, { ResultSet: { Rows: rows, ResultSetMetadata: { ColumnInfo: [{ Name: 'first_name', Type: 'varchar' }, { Name: 'date_of_birth', Type: 'varchar' }] } } }]) {
      const out = stored(result) as { ResultSet: { Rows: Array<{ Data: Array<{ VarCharValue: string }> }> } };
      expect(out.ResultSet.Rows[0]?.Data.map((c) => c.VarCharValue)).toEqual(['first_name', 'date_of_birth']);
      expect(out.ResultSet.Rows[1]?.Data[0]?.VarCharValue).toMatch(PERSON);
      expect(out.ResultSet.Rows[1]?.Data[1]?.VarCharValue).toMatch(DOB);
    }
  });

  it('ClickHouse meta + data (beside a rows count), Snowflake resultSetMetaData.rowType, DB-API description tuples', () => {
    const clickhouse = stored({ meta: [{ name: 'surname', type: 'String' }, { name: 'birth_date', type: 'Date' }], data: [['Vlintuk', '1984-03-12']], rows: 1 }) as { data: string[][] };
    expect(clickhouse.data[0]?.[0]).toMatch(PERSON);
    expect(clickhouse.data[0]?.[1]).toMatch(DOB);
    const snowflake = stored({ resultSetMetaData: { numRows: 1, rowType: [{ name: 'LAST_NAME' }, { name: 'SSN' }] }, data: [['Vlintuk', '536228514']] }) as { data: string[][] };
    expect(snowflake.data[0]?.[0]).toMatch(PERSON);
    expect(snowflake.data[0]?.[1]).toMatch(SSN);
    const dbapi = stored({ description: [['family_name', 'STRING', null, null, null, null, true], ['ssn', 'STRING', null, null, null, null, true]], rows: [['Dorvane', '412673390']] }) as { rows: string[][] };
    expect(dbapi.rows[0]?.[0]).toMatch(PERSON);
    expect(dbapi.rows[0]?.[1]).toMatch(SSN);
  });

  it('a printed data frame: pandas (index column, aligned or not) and R', () => {
    const compact = stored('last_name dob ssn\n0 Qxarsk 1971-05-06 523456789') as string;
    expect(compact.split('\n')[0]).toBe('last_name dob ssn');
    expect(compact.split('\n')[1]).toMatch(/^0 \[PERSON:[^\]]+\] \[DOB:[^\]]+\] \[(?:SSN|NATIONAL_ID):[^\]]+\]$/);
    const aligned = stored('  last_name         dob        ssn\n0    Qxarsk  1971-05-06  523456789\n1   Okafor A  1980-01-02  412673390\n\n[2 rows x 3 columns]') as string;
    expect(aligned).not.toMatch(/Qxarsk|Okafor|1971-05-06|1980-01-02|523456789|412673390/);
    expect(aligned).toContain('[2 rows x 3 columns]');
    const r = stored('  surname       birth.date\n1 Vlintuk       1984-03-12\n2 Dorvane       1979-11-02') as string;
    expect(r).not.toMatch(/Vlintuk|Dorvane|1984-03-12|1979-11-02/);
    expect(r.split('\n')[0]).toBe('  surname       birth.date');
  });

  it('look-alikes stay: tables of products and metrics, matrices, prose before a numbered line', () => {
    const products = { values: [['sku', 'name', 'price'], ['A-100', 'Widget', '9.99'], ['B-200', 'Gadget Pro', '19.99']] };
    expect(stored(products)).toEqual(products);
    const matrix = { data: [[1, 2, 3], [4, 5, 6]] };
    expect(stored(matrix)).toEqual(matrix);
    const bq = { schema: { fields: [{ name: 'order_id' }, { name: 'version' }, { name: 'status' }] }, rows: [{ f: [{ v: 'ORD-88213' }, { v: '2.4.1' }, { v: 'shipped' }] }] };
    expect(stored(bq)).toEqual(bq);
    for (const text of ['   endpoint  status  count\n0  checkout     200   1523\n1    refund     500     12', 'version build date\n0 2.4.1 2026-12-04', 'Steps to follow\n1 Open the file\n2 Save it']) {
      expect(stored(text)).toBe(text);
    }
  });

  it('textTables stays linear on a hostile 512 KiB printout', () => {
    for (const unit of ['a b\n0 c\n', 'last_name ssn\n0 x y z\n', 'a b c d e f g h\n1 ', 'x y\n0  a  b  c\n']) {
      const text = unit.repeat(Math.ceil((512 * 1024) / unit.length));
      const work = { steps: 0 };
      textTables(text, work);
      expect(work.steps).toBeLessThanOrEqual(4 * text.length);
    }
  });
});

describe('G2 end to end: nothing of the rows reaches the ledger', () => {
  const work = mkdtempSync(join(tmpdir(), 'aa-result-sets-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  it('BigQuery, Sheets and a pandas printout through createAuditor and a file ledger', async () => {
    const dir = join(work, 'run');
    const auditor = createAuditor({ agent: { id: 'sets' }, sink: fileLedger({ dir, keyDir: join(work, 'keys'), fsync: false }), redactor: createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) }) });
    auditor.record({ type: 'tool.result', tool: { name: 'bigquery', result: { schema: { fields: [{ name: 'last_name' }, { name: 'ssn' }] }, rows: [{ f: [{ v: 'Vlintuk' }, { v: '536228514' }] }] } } });
    auditor.record({ type: 'tool.result', tool: { name: 'sheets', result: { values: [['Last name', 'DOB', 'SSN'], ['Dorvane', '1979-11-02', '412673390']] } } });
    auditor.record({ type: 'model.response', content: { output: 'last_name dob ssn\n0 Qxarsk 1971-05-06 523456789' } });
    await auditor.close();
    let count = 0;
    for await (const event of readEvents(dir, { stream: 'sets' })) count += event.type === 'agent.start' ? 0 : 1;
    expect(count).toBeGreaterThanOrEqual(3);
    const text = blankMachineValues(storedJsonl(dir)).replace(/[0-9a-f]{32,}/g, '');
    for (const value of ['Vlintuk', '536228514', 'Dorvane', '1979-11-02', '412673390', 'Qxarsk', '1971-05-06', '523456789']) expect(text).not.toContain(value);
    expect(text).toContain('Last name');
    expect(text).toContain('last_name dob ssn');
  });
});

describe('G2, found with it: a column list of two names is no [name, value] pair', () => {
  it('columns: [last_name, dob] keeps both names; the rows are masked', () => {
    for (const columnsKey of ['columns', 'cols', 'headers']) {
      const out = stored({ [columnsKey]: ['last_name', 'dob'], index: [0], data: [['Vlintuk', '1984-03-12']] }) as Record<string, unknown> & { data: string[][] };
      expect(out[columnsKey], columnsKey).toEqual(['last_name', 'dob']);
      expect(out.data[0]?.[0]).toMatch(PERSON);
      expect(out.data[0]?.[1]).toMatch(DOB);
    }
    // A [name, value] pair elsewhere still decides by its name.
    const pair = stored({ entries: [['ssn', '536228514']] }) as { entries: string[][] };
    expect(pair.entries[0]?.[1]).toMatch(SSN);
  });
});
