// Direct tests of textTables, sameTables and isFieldValueHeader (tables.ts, issue 13, mutation
// testing of the code of 2026-12-04). text-tables.test.ts reads cells and what the redactor
// stores; here each table's style, line, delimiter and header are read whole, at the bounds
// (1,024 characters a header line, 32 tables), with the work counted exactly, and sameTables is
// held to give back what textTables found, for each style.
import { describe, expect, it } from 'vitest';
import type { ScanWork } from './obfuscated-emails.js';
import { isFieldValueHeader, sameTables, textTables } from './tables.js';

/** Each table as [style, line, delimiter, header, rows]. */
const shapes = (text: string) => textTables(text).map((t) => [t.style, t.line, t.delimiter, t.header, t.rows.length]);
const RECORDS = '-[ RECORD 1 ]-+----\nfirst_name | Q\nssn        | 5\n';
const ALL = `x\n| a | b |\n|---|---|\n| 1 | 2 |\ny\n${RECORDS}\nn,d\nA,1\n`;

describe('textTables', () => {
  it('each style on its line: a drawn table, records and a delimited table after prose', () => {
    expect(shapes(ALL)).toEqual([
      ['drawn', 1, '|', ['a', 'b'], 1],
      ['records', 5, '|', ['first_name', 'ssn'], 1],
      ['delimited', 9, ',', ['n', 'd'], 1],
    ]);
  });

  it('the lines a table takes are counted, an empty line after it too', () => {
    expect(shapes('a,b\n1,2\n\nc,d\n3,4')).toEqual([
      ['delimited', 0, ',', ['a', 'b'], 1],
      ['delimited', 3, ',', ['c', 'd'], 1],
    ]);
    expect(shapes('a,b\n1,2\n\n\nc,d\n3,4\n').map((t) => t[1])).toEqual([0, 4]);
    expect(shapes('\nname,dob\nA,1\n')).toEqual([['delimited', 1, ',', ['name', 'dob'], 1]]);
  });

  it('a drawn table needs a dash somewhere in the text (one at its very start will do)', () => {
    expect(shapes('-\n| a | b |\n|===|===|\n| 1 | 2 |')).toEqual([['drawn', 1, '|', ['a', 'b'], 1]]);
    expect(shapes('| a | b |\n|===|===|\n| 1 | 2 |')).toEqual([]);
  });

  it('a header line of 1,024 characters is read, one of 1,025 is not, for each style', () => {
    const csv = (n: number) => `${Array.from({ length: 64 }, (_, i) => `c${i}`.padEnd(i === 0 ? n - 1008 : 15, 'x')).join(',')}\n${Array.from({ length: 64 }, () => '1').join(',')}\n`;
    const drawn = (n: number) => `| a${' '.repeat(n - 8)}| b |\n|---|---|\n| 1 | 2 |\n`;
    const records = (n: number) => `-[ RECORD 1 ]${'-'.repeat(n - 13)}\nfirst_name | Q\nssn        | 5\n`;
    for (const [make, style] of [[csv, 'delimited'], [drawn, 'drawn'], [records, 'records']] as const) {
      expect(make(1024).indexOf('\n'), style).toBe(1024);
      expect(shapes(make(1024)).map((t) => t[0]), style).toEqual([style]);
      expect(shapes(make(1025)), style).toEqual([]);
      // The same after a line of prose: the line's own length counts, not its offset.
      expect(shapes(`x\n${make(1024)}`).map((t) => [t[0], t[1]]), style).toEqual([[style, 1]]);
      expect(shapes(`x\n${make(1025)}`), style).toEqual([]);
    }
  });

  it('counts each line it reads, its line break included', () => {
    const work: ScanWork = { steps: 0 };
    expect(textTables('abc\ndefg', work)).toEqual([]);
    expect(work.steps).toBe(9);
    const none: ScanWork = { steps: 0 };
    expect(textTables('abcdefg', none)).toEqual([]);
    expect(none.steps).toBe(0);
    // A last line break starts no line of its own.
    const ended: ScanWork = { steps: 0 };
    expect(textTables('abc\ndefg\n', ended)).toEqual([]);
    expect(ended.steps).toBe(9);
  });

  it('at most 32 tables', () => {
    const text = 'a,b\n1,2\n\n'.repeat(33);
    expect(textTables(text).map((t) => t.line)).toEqual(Array.from({ length: 32 }, (_, i) => 3 * i));
  });
});

describe('sameTables', () => {
  it('gives back each table textTables found, whatever its style, on the same text', () => {
    const like = textTables(ALL);
    expect(like.map((t) => t.style)).toEqual(['drawn', 'records', 'delimited']);
    expect(sameTables(ALL, like)).toEqual(like.map(({ style: _style, line: _line, ...table }) => table));
  });

  it('undefined for a table whose line is past the end, or holds another table', () => {
    const like = textTables(ALL);
    expect(sameTables('x\n| a | b |\n|---|---|\n| 1 | 2 |\n', like)).toEqual([like.map(({ style: _style, line: _line, ...table }) => table)[0], undefined, undefined]);
    expect(sameTables('x\n', like)).toEqual([undefined, undefined, undefined]);
    expect(sameTables('x', like)).toEqual([undefined, undefined, undefined]);
    // The records' line holding a delimited table: not the same table.
    const moved = `x\n| a | b |\n|---|---|\n| 1 | 2 |\ny\nn,d\nA,1\n`;
    expect(sameTables(moved, like.slice(0, 2)).map((t) => t?.header)).toEqual([['a', 'b'], undefined]);
    // Past the last line break the walk stays past the end: it never reads the text again from its start.
    const [late] = textTables('x\ny\nn,d\nA,1');
    expect(late?.line).toBe(2);
    expect(sameTables('n,d\nA,1', late === undefined ? [] : [late])).toEqual([undefined]);
  });

  it('a text that starts with a line break: the table on the line after it', () => {
    const text = '\nn,d\nA,1';
    const like = textTables(text);
    expect(like.map((t) => [t.style, t.line])).toEqual([['delimited', 1]]);
    expect(sameTables(text, like).map((t) => t?.header)).toEqual([['n', 'd']]);
  });
});

describe('isFieldValueHeader', () => {
  it('two cells: a field word, then a value word, in any case', () => {
    for (const field of ['field', 'key', 'name', 'attribute', 'property', 'parameter', 'variable', 'column', 'label', 'setting', 'Field', 'KEY']) {
      for (const value of ['value', 'answer', 'response', 'Value', 'ANSWER']) expect(isFieldValueHeader([field, value]), `${field} ${value}`).toBe(true);
    }
  });

  it('not: another count of cells, the words swapped, another word on either side', () => {
    for (const header of [['field'], ['field', 'value', 'x'], ['value', 'field'], ['field', 'x'], ['x', 'value'], ['fields', 'value'], ['field', 'values'], []]) {
      expect(isFieldValueHeader(header), header.join('|')).toBe(false);
    }
  });
});
