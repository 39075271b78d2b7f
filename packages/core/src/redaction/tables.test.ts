import { describe, expect, it } from 'vitest';
import { createRedactor } from './redactor.js';
import { createKeyring } from './keys.js';
import { delimitedTable } from './tables.js';

// A delimited table's columns are decided by its header (a fresh attacker's round 3, finding 7:
// `first_name,last_name,email` then `Wiremu,Tane,…` kept the names no detector knew; `name` and
// `phone` columns kept `kofi mensah`; a `name,dob` table kept the date).
const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(5)]) });
const stored = (text: string): string => redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 'x', result: text } } as never).event.tool?.result as string;

describe('delimitedTable', () => {
  it('finds the header, the delimiter and each data cell without quotes or blanks', () => {
    const text = 'id; name ;note\r\n1; "Okafor, Amara" ;"say ""hi""; bye"\n2;Tane;ok\nnot a row\n3;x;y';
    const table = delimitedTable(text);
    expect(table?.delimiter).toBe(';');
    expect(table?.header).toEqual(['id', 'name', 'note']);
    expect(table?.rows.map((row) => row.map((c) => text.slice(c.start, c.end)))).toEqual([
      ['1', 'Okafor, Amara', 'say ""hi""; bye'],
      ['2', 'Tane', 'ok'],
    ]);
  });

  it('is not a table: prose with commas, one column, a header of sentences, an open quote, no data row', () => {
    for (const text of ['Hello,\nthis is a letter, with commas.\nBye', 'name\nAmara', 'Dear Amara, thanks for your note.\nBest, Lena', 'a,b\n"open,quote\n', 'first_name,last_name\n', 'first_name,last_name']) {
      expect(delimitedTable(text), text).toBeUndefined();
    }
  });
});

describe('a table in text: columns masked by their header', () => {
  it('names, emails, phones, dates of birth, ids and passwords by the column they are in, in CSV, TSV and semicolons', () => {
    const cases: Array<[string, string[]]> = [
      ['first_name,last_name,email\nAmara,Okafor,amara@example.org\nWiremu,Tane,wiremu@example.org\n', ['Wiremu', 'Tane', 'Okafor', 'wiremu@']],
      ['name\tphone\nkofi mensah\t+44 20 7946 0958\nana lima\t020 7946 0123', ['kofi', 'mensah', 'ana lima', '7946']],
      ['name,dob\nLena Vogt,1983-12-04\n', ['Lena', '1983-12-04']],
      ['id;patient_name;ssn;note\n1;"Okafor, Amara";536-22-8514;"likes tea; no sugar"\n2;Tane;123-45-6789;ok', ['Okafor', 'Tane', '536-22', '123-45']],
      ['user,password\nadmin,Tr1cky#Pass\n', ['Tr1cky#Pass']],
      ['nachname,vorname,telefon\nBrandvold,Ximena,030123456', ['Brandvold', 'Ximena', '030123456']],
    ];
    for (const [text, secrets] of cases) {
      const out = stored(text);
      for (const secret of secrets) expect(out, text).not.toContain(secret);
      // The table's shape stays: the header and the delimiters.
      expect(out.split('\n')[0]).toBe(text.split('\n')[0]?.replace(/\r$/, ''));
    }
  });

  it('columns that name nothing personal stay, and so does a bare `name` column with nothing personal beside it', () => {
    expect(stored('product,qty,price\nwidget,3,9.99\ngadget,1,19.00')).toBe('product,qty,price\nwidget,3,9.99\ngadget,1,19.00');
    expect(stored('name,version,license\nvitest,4.1.12,MIT\nzod,3.23.8,MIT')).toBe('name,version,license\nvitest,4.1.12,MIT\nzod,3.23.8,MIT');
    expect(stored('toolName,fileName\nsearch,report.pdf\n')).toBe('toolName,fileName\nsearch,report.pdf\n');
  });

  it('a value of a column is masked with the token it gets as a member, and found again later in the same text by session memory', () => {
    const out = stored('first_name,last_name\nQuillon,Vantrelby\n');
    const member = redactor.redact({ v: 1, id: 'y', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 'x', result: { last_name: 'Vantrelby' } } } as never).event.tool?.result as { last_name: string };
    expect(out).toContain(member.last_name);
  });
});

describe('a table whose header the text detectors changed', () => {
  // `Kunde` (a surname in the lists) and `Ort` were read as names in the header row, which then
  // was no header: every column went unmasked (a fresh attacker's finding, 2026-12-02,
  // test/redaction/attack-2026-12-02.cases.md #4). The columns are named by the header as written.
  it('masks the columns by the header as written, also where a header cell was taken for a name', () => {
    const cases: Array<[string, string[]]> = [
      ['Kunde,dob\nKlaus Brandt,12.05.1978\nJana Nowak,03.11.1990\n', ['12.05.1978', '03.11.1990', 'Brandt', 'Nowak']],
      ['Name,Geburtsdatum,Ort\nKlaus Brandt,12.05.1978,Köln\nWiremu Tane,1983-12-04,Bonn\n', ['12.05.1978', '1983-12-04', 'Brandt', 'Wiremu']],
      ['Patient\tphone\tMarkus\nAmara Okafor\t020 7946 0123\tx\n', ['7946 0123', 'Okafor']],
    ];
    for (const [text, raw] of cases) {
      const out = stored(text);
      for (const value of raw) expect(out, text).not.toContain(value);
    }
  });

  it('finds the same table in the redacted text by the delimiter and width of the one written', () => {
    const written = 'Kunde,dob\nKlaus,1978\n';
    const like = delimitedTable(written);
    expect(like?.header).toEqual(['Kunde', 'dob']);
    const after = '[PERSON:psn_x],dob\n[PERSON:psn_y],1978\n';
    expect(delimitedTable(after)).toBeUndefined();
    const table = delimitedTable(after, like);
    expect(table?.rows.map((row) => row.map((c) => after.slice(c.start, c.end)))).toEqual([['[PERSON:psn_y]', '1978']]);
    // Another width is not the same table.
    expect(delimitedTable('[PERSON:psn_x];dob;x\n1;2;3\n', like)).toBeUndefined();
  });
});
