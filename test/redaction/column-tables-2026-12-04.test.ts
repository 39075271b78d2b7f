import { describe, expect, it } from 'vitest';
import { createRedactor } from '@agent-audit/core';
import { textTables } from '../../packages/core/src/redaction/tables.js';

// The third README-only probe of 2026-12-04, H13 (test/redaction/probe-2026-12-04c.cases.md): a
// table laid out in columns, as PDF text extraction, OCR and fixed-width reports write it, with
// its headers on a line of their own (`Name   Date of Birth   SSN` then `Qxaro Vlintuk
// 03/12/1984   536-22-8514`): the name and the SSN were masked by their shapes, the date of birth
// stored raw; in capitals (`PATIENT NAME      DATE OF BIRTH     MRN`) nothing was masked. The
// kind: column names of one to three words set apart by two blanks or more, over rows of as
// many cells set apart the same way.
const redactor = createRedactor({ pseudonymKey: new Uint8Array(32).fill(7) });
function stored(result: string): string {
  const out = redactor.redact({ v: 1, id: 'e', seq: 0, ts: '2026-12-04T00:00:00Z', stream: 's', type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result } } as never, { capture: {} } as never) as { event: { tool: { result: string } } };
  return out.event.tool.result;
}
const cells = (line: string): string[] => line.trim().split(/\s{2,}|\s*\|\s*/);

describe('H13: tables laid out in columns, headers on their own line', () => {
  it("the probe's tables: the date of birth under its column is masked", () => {
    const one = stored('Name   Date of Birth   SSN\nQxaro Vlintuk   03/12/1984   536-22-8514').split('\n');
    expect(one[0]).toBe('Name   Date of Birth   SSN');
    expect(cells(one[1] as string).map((c) => c.slice(0, 5))).toEqual(['[PERS', '[DOB:', '[SSN:']);
    const two = stored('Patient Name  DOB  Sex\nWenlix Dorvane  1979-11-02  F').split('\n');
    expect(cells(two[1] as string)).toEqual([expect.stringMatching(/^\[PERSON:/), expect.stringMatching(/^\[DOB:/), 'F']);
  });

  it('held back: a report in capitals, several rows, names as SURNAME, GIVEN, an MRN column', () => {
    const text = 'PATIENT NAME      DATE OF BIRTH     MRN\nDORVANE, WENLIX   11/02/1979        00482913\nVLINTUK, QXARO    03/12/1984        00482914';
    const out = stored(text).split('\n');
    expect(out[0]).toBe('PATIENT NAME      DATE OF BIRTH     MRN');
    for (const row of out.slice(1)) expect(cells(row).map((c) => c.replace(/:.*$/, ''))).toEqual(['[PERSON', '[DOB', '[MRN']);
    for (const value of ['DORVANE', 'WENLIX', 'VLINTUK', '11/02/1979', '03/12/1984', '00482913']) expect(out.join('\n')).not.toContain(value);
  });

  it('held back: a column table after a line of prose, with a phone and an email column', () => {
    const text = 'Contacts on file:\nSurname     First name    Phone              Email\nTapsell     Mereana       021 555 0147       mt@example.org\nOkonkwo     Chidi         +44 20 7946 0018   co@example.org';
    const out = stored(text);
    for (const value of ['Tapsell', 'Mereana', 'Okonkwo', 'Chidi', '0147', '0018', 'mt@example.org']) expect(out).not.toContain(value);
    expect(out.split('\n').slice(0, 2)).toEqual(['Contacts on file:', 'Surname     First name    Phone              Email']);
  });

  it('tables of no personal column, and prose with double blanks, stay as written', () => {
    for (const text of [
      'Item        Qty    Price\nWidget      2      9.99\nGadget      1      19.50',
      'Date          Event           Status\n2026-12-01    deploy          ok\n2026-12-02    rollback        failed',
      'The results are in.  Two tests failed.\nWe will  look again tomorrow.',
      'ps aux | grep node\nroot  1  0.0  node server.js',
    ]) expect(stored(text), text).toBe(text);
  });

  it('the reader: column cells, each row as wide as the header, a line of another width ends the table', () => {
    const text = 'Name   Date of Birth   SSN\nQxaro Vlintuk   03/12/1984   536-22-8514\nthat is all for today';
    const tables = textTables(text);
    expect(tables.map((t) => [t.style, t.header, t.rows.length])).toEqual([['columns', ['Name', 'Date of Birth', 'SSN'], 1]]);
    const row = tables[0]?.rows[0] ?? [];
    expect(row.map((c) => text.slice(c.start, c.end))).toEqual(['Qxaro Vlintuk', '03/12/1984', '536-22-8514']);
  });

  it('stays linear on hostile 512 KiB texts of column headers, rows of other widths and lines without gaps (the test timeout is the bound)', () => {
    for (const unit of ['Name  DOB\nQx  1984  z\n', 'a  b  c\n', 'a b\n0 c\n', 'Name  DOB\nQx  1984\n', 'x\ty  z\n']) {
      const text = unit.repeat(Math.ceil((512 * 1024) / unit.length));
      const work = { steps: 0 };
      textTables(text, work);
      expect(work.steps, unit).toBeLessThanOrEqual(4 * text.length);
    }
  });
});
