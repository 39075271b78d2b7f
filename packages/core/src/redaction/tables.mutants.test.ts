// What delimitedTable promises (issue 13, from surviving mutants of tables.ts): where the header
// is (after blank lines, CRLF or LF), each bound of its size (characters, columns, cell length),
// which delimiter wins a tie, and each data cell's exact span: blanks and quotes left out, a
// doubled quote kept inside, a tab blank in CSV but a delimiter in TSV, an empty cell empty.
import { describe, expect, it } from 'vitest';
import { delimitedTable } from './tables.js';

/** Each row's cells as [start, end] spans. */
const spans = (text: string) => delimitedTable(text)?.rows.map((row) => row.map((c) => [c.start, c.end]));
/** Each row's cells as text. */
const cells = (text: string) => delimitedTable(text)?.rows.map((row) => row.map((c) => text.slice(c.start, c.end)));

describe('delimitedTable: where the header is', () => {
  it('skips blank lines before the header, LF or CRLF', () => {
    expect(delimitedTable('\n\nname,dob\nA,1')?.header).toEqual(['name', 'dob']);
    expect(delimitedTable('\r\n\r\nname,dob\r\nA,1')?.header).toEqual(['name', 'dob']);
    expect(delimitedTable('\r\nname,dob\nA,1')?.header).toEqual(['name', 'dob']);
    expect(cells('\r\nname,dob\r\nA,1\r\n')).toEqual([['A', '1']]);
  });

  it('text of blank lines only, or a header without a line after it, is no table', () => {
    expect(delimitedTable('\n\n\r\n')).toBeUndefined();
    expect(delimitedTable('')).toBeUndefined();
    expect(delimitedTable('\nname,dob')).toBeUndefined();
  });
});

describe('delimitedTable: the bounds of the header', () => {
  /** A header line of `count` cells of `width` characters. */
  const header = (count: number, width: number, delimiter = ',') => Array.from({ length: count }, (_, i) => `c${String(i).padStart(2, '0')}`.padEnd(width, 'x')).join(delimiter);
  const row = (count: number, delimiter = ',') => Array.from({ length: count }, (_, i) => String(i)).join(delimiter);

  it('a header line of 1,024 characters is looked at, 1,025 is not', () => {
    // 16 cells: 15 commas + 16 cells of 63 or 64 characters.
    const at = (length: number) => {
      const parts = Array.from({ length: 16 }, (_, i) => `c${String(i).padStart(2, '0')}`.padEnd(63, 'x'));
      let line = parts.join(',');
      for (let i = 0; line.length < length; i++) {
        parts[i] = `${parts[i]}y`;
        line = parts.join(',');
      }
      return line;
    };
    expect(at(1024)).toHaveLength(1024);
    expect(at(1025)).toHaveLength(1025);
    expect(delimitedTable(`${at(1024)}\n${row(16)}`)?.header).toHaveLength(16);
    expect(delimitedTable(`${at(1025)}\n${row(16)}`)).toBeUndefined();
    // Counted from the header's start, after the blank lines skipped.
    expect(delimitedTable(`\n\n\n${at(1024)}\n${row(16)}`)?.header).toHaveLength(16);
  });

  it('64 columns are a table, 65 are not', () => {
    expect(delimitedTable(`${header(64, 3)}\n${row(64)}`)?.header).toHaveLength(64);
    expect(delimitedTable(`${header(65, 3)}\n${row(65)}`)).toBeUndefined();
  });

  it('two columns are the least', () => {
    expect(delimitedTable('a,b\n1,2')?.header).toEqual(['a', 'b']);
    expect(delimitedTable('a\n1')).toBeUndefined();
  });

  it('a header cell of 64 characters names a column, 65 does not', () => {
    expect(delimitedTable(`${'a'.repeat(64)},b\n1,2`)?.header).toEqual(['a'.repeat(64), 'b']);
    expect(delimitedTable(`${'a'.repeat(65)},b\n1,2`)).toBeUndefined();
  });

  it('an empty header cell, or one of blanks only, names no column', () => {
    expect(delimitedTable('a,,b\n1,2,3')).toBeUndefined();
    expect(delimitedTable('a, ,b\n1,2,3')).toBeUndefined();
  });

  it('header cells are trimmed of every blank, the no-break space too', () => {
    expect(delimitedTable('first\u00a0, last\u00a0\nA,B')?.header).toEqual(['first', 'last']);
  });
});

describe('delimitedTable: the delimiter', () => {
  it('is the one the header has most of', () => {
    expect(delimitedTable('a;b;c\n1;2,5;3')?.delimiter).toBe(';');
    expect(cells('a;b;c\n1;2,5;3')).toEqual([['1', '2,5', '3']]);
    expect(delimitedTable('a\tb\tc\n1\t2\t3')?.delimiter).toBe('\t');
    expect(delimitedTable('a,b\n1,2')?.delimiter).toBe(',');
  });

  it('on a tie the first of comma, tab, semicolon', () => {
    // One comma and one tab: comma; the tab is then a blank at the end of the first cell.
    const table = delimitedTable('first\t,last\nA,B');
    expect(table?.delimiter).toBe(',');
    expect(table?.header).toEqual(['first', 'last']);
    // One tab and one semicolon: tab, so the semicolon is in a cell and this header names nothing.
    expect(delimitedTable('first;\tlast\nA;\tB')).toBeUndefined();
    expect(delimitedTable('first;last\nA;B')?.delimiter).toBe(';');
  });
});

describe('delimitedTable: the cells of a row', () => {
  it('each cell is its text without blanks around it', () => {
    const text = 'a,b,c\n  x , y\t,\tz  ';
    expect(cells(text)).toEqual([['x', 'y', 'z']]);
    expect(spans(text)).toEqual([[[8, 9], [12, 13], [16, 17]]]);
    // A tab at the end of a CSV cell is a blank, whatever follows the delimiter.
    expect(cells('a,b,c\nx\t,y,z')).toEqual([['x', 'y', 'z']]);
    expect(cells('a,b\nx \t\t, y')).toEqual([['x', 'y']]);
  });

  it('an empty cell, or a cell of blanks, is an empty span where it is', () => {
    const text = 'a,b,c\n1,,3\n1,  ,3\n,,';
    expect(cells(text)).toEqual([
      ['1', '', '3'],
      ['1', '', '3'],
      ['', '', ''],
    ]);
    for (const row of spans(text) ?? []) for (const [start, end] of row as Array<[number, number]>) expect(end).toBeGreaterThanOrEqual(start);
    expect(spans('a,b\n1,  ')).toEqual([[[4, 5], [8, 8]]]);
  });

  it('in TSV a tab is a delimiter, never a blank: empty cells stay cells', () => {
    expect(cells('a\tb\tc\nx\t\tz')).toEqual([['x', '', 'z']]);
    expect(cells('a\tb\tc\n\t\tz')).toEqual([['', '', 'z']]);
    expect(cells('a\tb\tc\nx\ty\t')).toEqual([['x', 'y', '']]);
    expect(cells('a\tb\nx \t y ')).toEqual([['x', 'y']]);
  });

  it('quoted cells: the delimiter inside, doubled quotes kept, blanks around the quotes left out', () => {
    const text = 'a,b,c\n "x, y" ,"say ""hi""",""\n"",z,"q"';
    expect(cells(text)).toEqual([
      ['x, y', 'say ""hi""', ''],
      ['', 'z', 'q'],
    ]);
    // Text after the closing quote, before the delimiter, is not in the cell.
    expect(cells('a,b\n"x"tail,y')).toEqual([['x', 'y']]);
    // A doubled quote at the end of a quoted cell.
    expect(cells('a,b\n"x""",y')).toEqual([['x""', 'y']]);
    // A delimiter right before the closing quote is inside the cell.
    expect(cells('a,b\n"x,",y')).toEqual([['x,', 'y']]);
    expect(cells('a,b\n";",","')).toEqual([[';', ',']]);
  });

  it('a quote left open ends the table; an open quote in the header is no table', () => {
    expect(cells('a,b\n1,2\n"3,4\n5,6')).toEqual([['1', '2']]);
    expect(cells('a,b\n1,2\n3,"4')).toEqual([['1', '2']]);
    expect(delimitedTable('"a,b\n1,2')).toBeUndefined();
  });

  it('CR before LF is not in the last cell, a CR elsewhere is', () => {
    expect(cells('a,b\r\n1,2\r\n3,4')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(spans('a,b\r\n1,"2"\r\n')).toEqual([[[5, 6], [8, 9]]]);
  });

  it('a row of another width ends the table, and the rows before it stay', () => {
    expect(cells('a,b\n1,2\n3\n4,5')).toEqual([['1', '2']]);
    expect(cells('a,b\n1,2\n3,4,5\n6,7')).toEqual([['1', '2']]);
    expect(delimitedTable('a,b\n1\n2,3')).toBeUndefined();
  });

  it('the last row needs no newline, and a final newline adds no row', () => {
    expect(cells('a,b\n1,2\n3,4')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(cells('a,b\n1,2\n3,4\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });
});
