import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, fileLedger } from '@agent-audit/core';
import { delimitedRecords } from '../../packages/core/src/redaction/tables.js';
import { blankMachineValues, storedJsonl } from './stored.js';

// The second probe of 2026-12-04, G17: a CSV row with no header kept its names and date of birth
// while its SSN and email were masked (test/redaction/probe-2026-12-04b.cases.md).
const redactor = createRedactor({ pseudonymKey: new Uint8Array(32).fill(7) });
function stored(result: string): string {
  const out = redactor.redact({ v: 1, id: 'e', seq: 0, ts: '2026-12-04T00:00:00Z', stream: 's', type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result } } as never, { capture: {} } as never) as { event: { tool: { result: string } } };
  return out.event.tool.result;
}
const fields = (text: string, delimiter = ','): string[] => text.split(delimiter);
const PERSON = /^\[PERSON:psn_[a-z0-9_]+\]$/;
const DOB = /^\[DOB:psn_[a-z0-9_]+\]$/;

describe('G17: fields of a headerless record beside a direct identifier', () => {
  it('the probe row: given name, surname and date of birth beside an SSN and an email', () => {
    const out = fields(stored('Qxaro,Vlintuk,1984-03-12,536-22-8514,qv@example.org'));
    expect(out[0]).toMatch(PERSON);
    expect(out[1]).toMatch(PERSON);
    expect(out[2]).toMatch(DOB);
    expect(out[3]).toMatch(/^\[SSN:/);
    expect(out[4]).toMatch(/^\[EMAIL:/);
  });

  it('held-out rows of the kind: tabs and a day-first date, semicolons and a phone, a listed name alone, a two-word name', () => {
    const tabs = fields(stored('Dorvane\tWenrix\t02/11/1979\t412-67-3390\tdw@example.org'), '\t');
    expect(tabs.slice(0, 3).map((f) => PERSON.test(f) || DOB.test(f))).toEqual([true, true, true]);
    const semis = fields(stored('Qxaro;Vlintuk;12.03.1984;+1 415 555 0134'), ';');
    expect(semis[0]).toMatch(PERSON);
    expect(semis[1]).toMatch(PERSON);
    expect(semis[2]).toMatch(DOB);
    const listed = fields(stored('1042,Garcia,active,maria.g@example.org'));
    expect(listed[0]).toBe('1042');
    expect(listed[1]).toMatch(PERSON);
    expect(listed[2]).toBe('active');
    const two = fields(stored('C-77,Tamsin Orrell,1990-01-02,to@example.org'));
    expect(two[0]).toBe('C-77');
    expect(two[1]).toMatch(PERSON);
    expect(two[2]).toMatch(DOB);
  });

  it('the same column over several rows: a row without an identifier is masked by its column; an enum column stays', () => {
    const out = stored('Qxaro,Vlintuk,Gold,1984-03-12,qv@example.org\nDorvane,Wenrix,Gold,1979-11-02,dw@example.org\nTamsin,Orrell,Silver,1990-01-02,n/a').split('\n').map((line) => fields(line));
    for (const row of out) {
      expect(row[0]).toMatch(PERSON);
      expect(row[1]).toMatch(PERSON);
      expect(row[3]).toMatch(DOB);
    }
    expect(out.map((row) => row[2])).toEqual(['Gold', 'Gold', 'Silver']);
    expect(out[2]?.[4]).toBe('n/a');
  });

  it('look-alikes stay: logs, metrics, products, releases and orders, recent dates, rows with no identifier', () => {
    for (const text of [
      '2026-12-04,checkout,200,1523',
      '2026-12-04,Checkout,Failed',
      'sku,name,qty\nA-1,Widget,3\nB-2,Gadget,4',
      '1984-03-12,Release,v1.0.0,42',
    ]) {
      expect(stored(text)).toBe(text);
    }
    // A record of two name fields beside a date of birth is a person's with no identifier since 2026-12-08 (issue 11,
    // tables-left-2026-12-08.test.ts: `Zwiebelhofer,Leberecht,3A,17/02/1949` was stored whole); a field of no name stays.
    expect(stored('Qxaro,Vlintuk,1984-03-12,n/a')).toMatch(/^\[PERSON:psn_[a-z0-9_]+\],\[PERSON:psn_[a-z0-9_]+\],\[DOB:psn_[a-z0-9_]+\],n\/a$/);
    for (const [text, kept] of [
      ['2026-12-04,Checkout,Failed,ops@example.com', ['2026-12-04', 'Checkout', 'Failed']],
      ['Premium,Active,2025-01-01,billing@example.com', ['Premium', 'Active', '2025-01-01']],
      ['Widget,Blue,Large,sales@acme.com', ['Widget', 'Blue', 'Large']],
      ['v2.4.1,Release,2026-11-30,release@example.com', ['v2.4.1', 'Release', '2026-11-30']],
      ['ORD-88213,Shipped,2024-02-01,ops@example.com', ['ORD-88213', 'Shipped', '2024-02-01']],
      ['Paris,London,Berlin,ops@example.com', ['Paris', 'London', 'Berlin']],
    ] as const) {
      expect(fields(stored(text)).slice(0, 3), text).toEqual(kept);
    }
  });

  it('delimitedRecords stays linear on hostile 512 KiB input', () => {
    for (const unit of [',,,', 'a,b,c\n', '"a,b', 'Qxaro,Vlintuk,1984-03-12,qv@example.org\n', ';'.repeat(70) + '\n']) {
      const text = unit.repeat(Math.ceil((512 * 1024) / unit.length));
      const work = { steps: 0 };
      delimitedRecords(text, work);
      expect(work.steps).toBeLessThanOrEqual(3 * text.length);
    }
  });

  it('a 512 KiB CSV of personal rows through the redactor: every row masked, no throw', () => {
    // Distinct rows (a column holding one value twice is an enum): names of letters from the row's number.
    const word = (n: number): string => 'Qx' + [...n.toString(26)].map((c) => String.fromCharCode(97 + parseInt(c, 26))).join('') + 'u';
    const lines: string[] = [];
    let size = 0;
    for (let n = 0; size < 512 * 1024; n++) {
      const line = `${word(n)},Vl${word(n).toLowerCase()},19${String(50 + (n % 40))}-0${1 + (n % 9)}-1${n % 10},user${n}@example.org`;
      lines.push(line);
      size += line.length + 1;
    }
    const out = stored(lines.join('\n')).split('\n');
    expect(out).toHaveLength(lines.length);
    for (const line of out) expect(line).toMatch(/^\[PERSON:[^\]]+\],\[PERSON:[^\]]+\],\[DOB:[^\]]+\],\[EMAIL:[^\]]+\]$/);
  });
});

describe('G17 end to end', () => {
  const work = mkdtempSync(join(tmpdir(), 'aa-headerless-csv-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  it('a headerless CSV row through createAuditor and a file ledger: no name nor date of birth stored', async () => {
    const dir = join(work, 'run');
    const auditor = createAuditor({ agent: { id: 'csv' }, sink: fileLedger({ dir, keyDir: join(work, 'keys'), fsync: false }), redactor: createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) }) });
    auditor.record({ type: 'tool.result', tool: { name: 'export', result: 'Qxaro,Vlintuk,1984-03-12,536-22-8514,qv@example.org' } });
    auditor.record({ type: 'model.response', content: { output: 'Dorvane\tWenrix\t1979-11-02\t412-67-3390\tdw@example.org' } });
    auditor.record({ type: 'tool.result', tool: { name: 'metrics', result: '2026-12-04,checkout,200,1523' } });
    await auditor.close();
    const text = blankMachineValues(storedJsonl(dir)).replace(/[0-9a-f]{32,}/g, '');
    for (const value of ['Qxaro', 'Vlintuk', '1984-03-12', '536-22-8514', 'Dorvane', 'Wenrix', '1979-11-02']) expect(text).not.toContain(value);
    expect(text).toContain('2026-12-04,checkout,200,1523');
  });
});
