// Tables anywhere in a text (issue 11, F2 of the probe of 2026-12-04,
// test/redaction/probe-2026-12-04.cases.md): query results pasted as a psql table, a Markdown
// table, a MySQL box, or CSV after a first line of prose kept their names, SSNs and passwords,
// since only a delimited table that started the string had its columns read by their header.
// tables.ts textTables finds each table by its shape; the redactor decides its columns by the
// key-name rules of a JSON member (redactor.ts maskTableColumns, key-names.ts columnKinds).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRedactor } from './redactor.js';
import { createKeyring } from './keys.js';
import type { ScanWork } from './obfuscated-emails.js';
import { sameTables, textTables } from './tables.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]) });
const event = (result: unknown) => ({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 'x', result } }) as never;
const stored = (text: string): string => redactor.redact(event(text)).event.tool?.result as string;
/** What a JSON member of that name stores for the value (the structured path's token). */
const asMember = (name: string, value: string): string => (redactor.redact(event({ [name]: value })).event.tool?.result as Record<string, string>)[name] as string;
/** The text with the pseudonym tokens blanked (their random base32 could spell anything). */
const blanked = (text: string): string => text.replace(/\[[A-Z_]+:psn_\w+\]/g, '#');
/** Each row's cells as text. */
const cellsOf = (text: string, t = 0) => textTables(text)[t]?.rows.map((row) => row.map((c) => text.slice(c.start, c.end)));

const PSQL = ` first_name | last_name |    dob     |     ssn
------------+-----------+------------+-------------
 Qxaro      | Vlintuk   | 1984-03-12 | 536228514
 Brelm      | Othwaite  | 1990-07-01 | 412673390
(2 rows)
`;
const MARKDOWN = '| user | password |\n|---|---|\n| admin | Tr0ub4dor&3 |\n| ops | c0rrect-h0rse |';
const MYSQL = `+----+------------+-----------+
| id | first_name | last_name |
+----+------------+-----------+
|  1 | Qxaro      | Vlintuk   |
|  2 | Brelm      | Othwaite  |
+----+------------+-----------+
2 rows in set (0.00 sec)`;

describe('textTables: a table by its shape, wherever it is', () => {
  it('a psql table: header, a `---+---` rule, rows to the `(n rows)` footer', () => {
    const [table] = textTables(PSQL);
    expect(table?.delimiter).toBe('|');
    expect(table?.header).toEqual(['first_name', 'last_name', 'dob', 'ssn']);
    expect(table?.line).toBe(0);
    expect(cellsOf(PSQL)).toEqual([
      ['Qxaro', 'Vlintuk', '1984-03-12', '536228514'],
      ['Brelm', 'Othwaite', '1990-07-01', '412673390'],
    ]);
  });

  it('a Markdown table, outer pipes or none, alignment colons, an escaped pipe inside a cell', () => {
    expect(cellsOf(MARKDOWN)).toEqual([
      ['admin', 'Tr0ub4dor&3'],
      ['ops', 'c0rrect-h0rse'],
    ]);
    expect(cellsOf('user | password\n:--- | ---:\nadmin | a\\|b')).toEqual([['admin', 'a\\|b']]);
    expect(textTables('| a | b | c |\n|:-:|---|:--|\n| 1 | 2 | 3 |')[0]?.header).toEqual(['a', 'b', 'c']);
  });

  it('a MySQL box: rules above, below the header and at the end; a grid with rules between rows', () => {
    const [table] = textTables(`mysql> SELECT * FROM users;\n${MYSQL}`);
    expect(table?.header).toEqual(['id', 'first_name', 'last_name']);
    expect(table?.line).toBe(2);
    expect(table?.rows).toHaveLength(2);
    const grid = '+------+-----+\n| name | dob |\n+======+=====+\n| A    | 1   |\n+------+-----+\n| B    | 2   |\n+------+-----+';
    expect(cellsOf(grid)).toEqual([
      ['A', '1'],
      ['B', '2'],
    ]);
  });

  it('a psql row whose first cell is empty keeps its width', () => {
    expect(cellsOf(' a | b\n---+---\n   | x\n 1 | \n')).toEqual([
      ['', 'x'],
      ['1', ''],
    ]);
  });

  it('a CSV or TSV table after a line of prose, and several tables in one text, each on its line', () => {
    const text = `Here are the results:\nfirst_name,last_name,ssn\nQxaro,Vlintuk,536228514\n\nAnd the other query:\n${MARKDOWN}\ndone\nname\tphone\nqxaro\t4155550132`;
    const tables = textTables(text);
    expect(tables.map((t) => [t.line, t.delimiter, t.header])).toEqual([
      [1, ',', ['first_name', 'last_name', 'ssn']],
      [5, '|', ['user', 'password']],
      [10, '\t', ['name', 'phone']],
    ]);
    expect(cellsOf(text, 2)).toEqual([['qxaro', '4155550132']]);
  });

  it("records: psql's expanded display, MySQL's vertical one, a header of the first record's names, a row a record", () => {
    const psql = 'x\n-[ RECORD 1 ]-+---------\nfirst_name | Qxaro\nssn        | 536228514\n-[ RECORD 2 ]-+---------\nfirst_name | Brelm\nssn        | \n\n(2 rows)';
    expect(textTables(psql).map((t) => [t.style, t.line, t.delimiter, t.header])).toEqual([['records', 1, '|', ['first_name', 'ssn']]]);
    expect(cellsOf(psql)).toEqual([
      ['Qxaro', '536228514'],
      ['Brelm', ''],
    ]);
    const mysql = '*************************** 1. row ***************************\n        id: 1\n last_name: Vlintuk\n      seen: 10:01:02\n*************************** 2. row ***************************\n        id: 2\n last_name: Othwaite\n      seen: 11:00\n2 rows in set (0.00 sec)';
    expect(textTables(mysql)[0]?.header).toEqual(['id', 'last_name', 'seen']);
    expect(cellsOf(mysql)).toEqual([
      ['1', 'Vlintuk', '10:01:02'],
      ['2', 'Othwaite', '11:00'],
    ]);
    // A record of other columns is a table of its own.
    const two = '-[ RECORD 1 ]---\na | 1\nb | 2\n-[ RECORD 1 ]---\nc | 3\n';
    expect(textTables(two).map((t) => [t.line, t.header])).toEqual([
      [0, ['a', 'b']],
      [3, ['c']],
    ]);
    // A first line and no column after it, or a bold Markdown line, is no record.
    expect(textTables('-[ RECORD 1 ]---\n\n')).toEqual([]);
    expect(textTables('**Note**\nsome text\n')).toEqual([]);
  });

  it("pipes as SQLite's list mode writes them: one-word names and no blank beside a pipe", () => {
    expect(textTables('$ sqlite3 -header app.db "select *"\nfirst_name|ssn\nQxaro|536228514\n')[0]).toMatchObject({ style: 'delimited', delimiter: '|', line: 1, header: ['first_name', 'ssn'] });
    for (const text of ['cat access.log | grep 404\nfoo | bar\n', 'cat access.log|grep 404 -c\nfoo|bar\n', ' a|b\n1|2']) expect(textTables(text), text).toEqual([]);
  });

  it('a table at the start is the one delimitedTable reads', () => {
    expect(textTables('\n\nname,dob\nA,1\n')[0]).toMatchObject({ line: 2, delimiter: ',', header: ['name', 'dob'] });
  });

  it('is no table: a rule of another width, no rule, a rule before no row, one column, ASCII art, prose and shell pipes', () => {
    for (const text of [
      'a | b\n---+---+---\n1 | 2',
      'a | b\n1 | 2',
      'a | b\n---+---\n',
      'a | b\n---+---\nplain text',
      '+-------+\n| hello |\n+-------+\n',
      '  ___\n |   |\n |___|\n',
      '   /\\_/\\\n  ( o.o )\n   > ^ <\n  --|--\n',
      'Choose one | or the other\n-- it is up to you | really --\nthanks',
      'cat access.log | grep 404 | wc -l\nps aux | grep node\n',
      'Hello,\nthis is a letter, with commas.\nBye',
    ]) {
      expect(textTables(text), text).toEqual([]);
    }
  });

  it('sameTables finds each table on its line after the text detectors changed its cells and header', () => {
    const written = `Results:\n| Kunde | dob |\n|---|---|\n| Klaus | 1978 |\nthen\nKunde,dob\nKlaus,1978\n`;
    const like = textTables(written);
    expect(like.map((t) => t.line)).toEqual([1, 5]);
    const after = 'Results:\n| [PERSON:psn_x] | dob |\n|---|---|\n| [PERSON:psn_y] | 1978 |\nthen\n[PERSON:psn_x],dob\n[PERSON:psn_y],1978\n';
    const same = sameTables(after, like);
    expect(same.map((t) => t?.rows.map((row) => row.map((c) => after.slice(c.start, c.end))))).toEqual([[['[PERSON:psn_y]', '1978']], [['[PERSON:psn_y]', '1978']]]);
    // Another width on that line, or no such line, is not the same table.
    expect(sameTables('Results:\n| a | b | c |\n|---|---|---|\n| 1 | 2 | 3 |', like.slice(0, 1))).toEqual([undefined]);
    expect(sameTables('Results:', like)).toEqual([undefined, undefined]);
  });
});

describe('a table anywhere in a text: columns masked by their header', () => {
  it('the probe inputs: a psql table, a Markdown table, a CSV after prose, a MySQL box', () => {
    const cases: Array<[string, string[]]> = [
      [PSQL, ['Qxaro', 'Vlintuk', '1984-03-12', '536228514', 'Brelm', 'Othwaite', '412673390']],
      [`Query result:\n\n${MARKDOWN}`, ['Tr0ub4dor&3', 'c0rrect-h0rse']],
      ['Here are the results:\nfirst_name,last_name,ssn\nQxaro,Vlintuk,536228514', ['Qxaro', 'Vlintuk', '536228514']],
      [`mysql> SELECT * FROM users;\n${MYSQL}`, ['Qxaro', 'Vlintuk', 'Brelm', 'Othwaite']],
      ['Found 1 row.\nname\tphone\temail\nqxaro vlintuk\t4155550132\tqv@corp.example', ['qxaro', 'vlintuk', '4155550132', 'qv@corp']],
      ['-[ RECORD 1 ]---------\nfirst_name | Qxaro\nlast_name  | Vlintuk\nssn        | 536228514\nstatus     | active\n', ['Qxaro', 'Vlintuk', '536228514']],
      ['mysql> SELECT * FROM users\\G\n*************************** 1. row ***************************\n        id: 1\nfirst_name: Qxaro\n  password: Tr0ub4dor&3\n1 row in set (0.00 sec)', ['Qxaro', 'Tr0ub4dor&3']],
      ['sqlite> .headers on\nsqlite> SELECT * FROM users;\nuser|password|dob\nadmin|Tr0ub4dor&3|1984-03-12', ['Tr0ub4dor&3', '1984-03-12']],
    ];
    for (const [text, raw] of cases) {
      const out = blanked(stored(text));
      for (const value of raw) expect(out, text).not.toContain(value);
    }
  });

  it('the header, the rules, the prose and the columns of no personal data stay as written', () => {
    const out = stored(`mysql> SELECT * FROM users;\n${MYSQL}`);
    expect(out.split('\n').filter((line) => !line.includes('psn_'))).toEqual(`mysql> SELECT * FROM users;\n${MYSQL}`.split('\n').filter((line) => !/Qxaro|Brelm/.test(line)));
    expect(out).toContain('|  1 | [PERSON:');
    expect(stored(PSQL).split('\n').slice(0, 2).join('\n')).toBe(PSQL.split('\n').slice(0, 2).join('\n'));
    expect(stored(PSQL)).toContain('\n(2 rows)\n');
  });

  it('a cell gets the token a JSON member of its column gets', () => {
    const out = stored(PSQL);
    expect(out).toContain(asMember('last_name', 'Vlintuk'));
    expect(out).toContain(asMember('ssn', '536228514'));
    expect(out).toContain(asMember('dob', '1984-03-12'));
    expect(stored(MARKDOWN)).toContain(asMember('password', 'Tr0ub4dor&3'));
  });

  it('a record written a row a field (`| Field | Value |`, `key,value`): each row\'s first cell decides its second', () => {
    const cases: Array<[string, string[], string[]]> = [
      ['Patient record:\n| Field | Value |\n|---|---|\n| Name | Qxaro Vlintuk |\n| Date of birth | 1984-03-12 |\n| **SSN** | 536228514 |\n| Status | active |', ['Qxaro', 'Vlintuk', '1984-03-12', '536228514'], ['| Status | active |', '| **SSN** | [SSN:']],
      ['| Parameter | Value |\n|---|---|\n| `DB_PASSWORD` | Tr0ub4dor&3 |\n| timeout | 30 |', ['Tr0ub4dor&3'], ['| timeout | 30 |']],
      ['Saved:\nkey,value\nlast_name,Vlintuk\nregion,eu-west-1\n', ['Vlintuk'], ['region,eu-west-1']],
      [' attribute | value\n-----------+---------\n email     | qv@corp.example\n phone     | 4155550132\n', ['qv@corp', '4155550132'], [' attribute | value']],
    ];
    for (const [text, raw, kept] of cases) {
      const out = stored(text);
      for (const value of raw) expect(blanked(out), text).not.toContain(value);
      for (const value of kept) expect(out, text).toContain(value);
    }
    expect(stored('| Field | Value |\n|---|---|\n| Last name | Vlintuk |')).toContain(asMember('last_name', 'Vlintuk'));
  });

  it('cells still go through the text detectors: an email or a card in a column of no personal data', () => {
    const out = stored('| id | note |\n|---|---|\n| 7 | write to qv@corp.example, card 4111 1111 1111 1111 |');
    expect(blanked(out)).not.toMatch(/qv@corp|4111 1111/);
    expect(out).toContain('| 7 | write to ');
  });

  it('look-alikes stay as written: ASCII art, tables of doses, order statuses, packages; a sentence with a pipe; shell pipes', () => {
    for (const text of [
      '| Drug | Dose | Route |\n|------|------|-------|\n| Warfarin | 5 mg | PO |\n| Metformin | 500 mg | PO |\n',
      'Orders:\n| order_id | status | total |\n|---|---|---|\n| 1001 | shipped | 9.99 |\n| 1002 | pending | 19.00 |',
      ' id | status  | total\n----+---------+-------\n  1 | shipped |  9.99\n(1 row)\n',
      '+----------+---------+\n| name     | version |\n+----------+---------+\n| vitest   | 4.1.12  |\n+----------+---------+',
      'Results:\nproduct,qty,price\nwidget,3,9.99\ngadget,1,19.00',
      '+-------+\n| hello |\n+-------+\n  \\o/\n   |\n  / \\\n',
      'Choose plan A | plan B for the rollout.\nEither works.',
      'cat access.log | grep 404 | wc -l\nps aux | grep node | head\n',
      '| Medication | Morning | Evening |\n| --- | --- | --- |\n| Lisinopril | 10 mg | - |\n| Atorvastatin | - | 20 mg |',
      '-[ RECORD 1 ]----\nid     | 1001\nstatus | shipped\ntotal  | 9.99\n',
      '*************************** 1. row ***************************\n   drug: Warfarin\n   dose: 5 mg\n',
      'git log --oneline|head\nfoo|bar\n',
      '**Summary**\n- item one\n- item two\n',
      '| Field | Value |\n|---|---|\n| Drug | Warfarin |\n| Dose | 5 mg |\n| Order | 1001 |',
      '| Setting | Value |\n|---|---|\n| Name | billing-sync |\n| Region | eu-west-1 |',
      'key,value\ntimeout,30\nretries,3\n',
    ]) {
      expect(stored(text), text).toBe(text);
    }
  });

  // Table styles × header spellings × where in the text the table is: the personal columns'
  // cells are stored as their member's token, the others as written.
  it('property: every style, spelling and position', () => {
    const columns: Array<[string[], string, string]> = [
      [['first_name', 'FirstName', 'First Name', 'FIRST_NAME', 'given_name', 'first-name'], 'Qxaro', 'first_name'],
      [['last_name', 'LastName', 'Last Name', 'surname', 'family_name'], 'Vlintuk', 'last_name'],
      [['dob', 'DOB', 'date_of_birth', 'DateOfBirth', 'Date of birth', 'birthdate'], '1984-03-12', 'dob'],
      [['ssn', 'SSN', 'social_security_number'], '536228514', 'ssn'],
      [['password', 'Password', 'passwd', 'pwd'], 'Tr0ub4dor&3', 'password'],
    ];
    const plain: Array<[string, string]> = [
      ['id', '7781'],
      ['status', 'shipped'],
      ['order_id', '1001'],
      ['total', '9.99'],
    ];
    const draw = (header: string[], row: string[], style: string): string => {
      const widths = header.map((h, i) => Math.max(h.length, (row[i] as string).length));
      const pad = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] as number));
      switch (style) {
        case 'psql':
          return `${pad(header).map((c) => ` ${c} `).join('|')}\n${widths.map((w) => '-'.repeat(w + 2)).join('+')}\n${pad(row).map((c) => ` ${c} `).join('|')}\n(1 row)`;
        case 'markdown':
          return `| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|\n| ${row.join(' | ')} |`;
        case 'markdown-bare':
          return `${header.join(' | ')}\n${header.map(() => ':---').join(' | ')}\n${row.join(' | ')}`;
        case 'mysql': {
          const rule = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
          return `${rule}\n|${pad(header).map((c) => ` ${c} `).join('|')}|\n${rule}\n|${pad(row).map((c) => ` ${c} `).join('|')}|\n${rule}`;
        }
        case 'psql-expanded': {
          const width = Math.max(...header.map((h) => h.length));
          return `-[ RECORD 1 ]-${'-'.repeat(width)}+------\n${header.map((h, i) => `${h.padEnd(width)} | ${row[i]}`).join('\n')}`;
        }
        case 'mysql-vertical': {
          const width = Math.max(...header.map((h) => h.length));
          return `*************************** 1. row ***************************\n${header.map((h, i) => `${h.padStart(width)}: ${row[i]}`).join('\n')}\n1 row in set (0.00 sec)`;
        }
        case 'sqlite':
          return `${header.join('|')}\n${row.join('|')}`;
        case 'csv':
          return `${header.join(',')}\n${row.join(',')}`;
        case 'tsv':
          return `${header.join('\t')}\n${row.join('\t')}`;
        default:
          return `${header.join(';')}\n${row.join(';')}`;
      }
    };
    const column = fc.constantFrom(...columns).chain(([spellings, value, member]) => fc.constantFrom(...spellings).map((spelling) => ({ spelling, value, member })));
    fc.assert(
      fc.property(
        fc.uniqueArray(column, { minLength: 1, maxLength: 3, selector: (c) => c.member }),
        fc.subarray(plain, { minLength: 1, maxLength: 2 }),
        fc.constantFrom('psql', 'markdown', 'markdown-bare', 'mysql', 'psql-expanded', 'mysql-vertical', 'sqlite', 'csv', 'tsv', 'semicolon'),
        fc.constantFrom('', 'Here are the results:\n', 'Sure. I ran the query.\n\n', 'SELECT * FROM patients LIMIT 1;\n'),
        fc.constantFrom('', '\n', '\nLet me know if you need more.', '\n\nDone'),
        fc.boolean(),
        (personal, others, style, before, after, personalFirst) => {
          const all: Array<[string, string, string | undefined]> = personalFirst
            ? [...personal.map((c): [string, string, string] => [c.spelling, c.value, c.member]), ...others.map(([h, v]): [string, string, undefined] => [h, v, undefined])]
            : [...others.map(([h, v]): [string, string, undefined] => [h, v, undefined]), ...personal.map((c): [string, string, string] => [c.spelling, c.value, c.member])];
          fc.pre(all.length >= 2);
          // SQLite's list mode names its columns in one word (`First Name` is no column name there).
          fc.pre(style !== 'sqlite' || all.every(([h]) => !h.includes(' ')));
          const text = `${before}${draw(all.map(([h]) => h), all.map(([, v]) => v), style)}${after}`;
          const out = stored(text);
          for (const [, value, member] of all) {
            if (member === undefined) expect(out, text).toContain(value);
            else {
              // The member's token, unless a text detector took the cell first (`password: …` is
              // an assignment the secrets pass masks as PASSWORD).
              if (!/password/i.test(member) || !['psql-expanded', 'mysql-vertical'].includes(style)) expect(out, text).toContain(asMember(member, value));
              expect(blanked(out), text).not.toContain(value);
            }
          }
          // The table's lines and the prose around it stay (a header cell the name detector reads as
          // a name, `First` of `Last Name\tFirst Name`, is its finding, as at the start of a text).
          expect(out.split('\n'), text).toHaveLength(text.split('\n').length);
          for (const [header, , member] of all) if (member === undefined) expect(out, text).toContain(header);
          expect(out.startsWith(before), text).toBe(true);
          expect(out.endsWith(after), text).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('bounded, linear work', () => {
  const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  const hostile = ['-[ RECORD 1 ]\n', '-[ RECORD 1 ]\na | 1\n', '*** 1. row ***\n', '*** 1. row ***\nname: x\n', 'a|b\n1|2|3\n', '|', '|\n', '| a |\n', 'a|b\n', '| a | b |\n|---|---|\n', 'a | b\n---+---\n', '+-+-+\n', '| x | y |\n|-|-|\n| 1 |\n', 'a,b\n', 'a,b\n1,2,3\n', '-|', ':|-\n', '|\\|\\\n'];

  // Counted work, not time: twice the input costs at most ~2.2x the steps, and a bounded constant a character.
  it('twice the input, at most 2.2x the steps', () => {
    const steps = (unit: string, n: number) => {
      const work: ScanWork = { steps: 0 };
      textTables(fill(unit, n), work);
      return work.steps;
    };
    for (const unit of hostile) {
      const small = steps(unit, 256 * 1024);
      const large = steps(unit, 512 * 1024);
      expect(large / Math.max(small, 1), JSON.stringify(unit)).toBeLessThan(2.2);
      expect(large / (512 * 1024), JSON.stringify(unit)).toBeLessThan(8);
    }
  });

  it('512 KiB of pipes, rules and rows through the redactor: a string back, no throw', () => {
    for (const unit of ['|', '| a | b |\n|---|---|\n', '| name | ssn |\n|---|---|\n| Qxaro | 536228514 |\n']) {
      const out = stored(fill(unit, 512 * 1024));
      expect(typeof out).toBe('string');
    }
  });

  it('at most 32 tables are read in one text', () => {
    const text = Array.from({ length: 40 }, () => 'a,b\n1,2\n\n').join('');
    expect(textTables(text)).toHaveLength(32);
  });
});
