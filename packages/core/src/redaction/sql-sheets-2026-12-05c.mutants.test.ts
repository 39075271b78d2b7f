import { describe, expect, it } from 'vitest';
import { timeRatio } from '../../../../test/redaction/linear-time.js';
import { detectBuiltin } from './detectors.js';

// Issue 13: the survivors of the Stryker run of 2026-12-05 on detectors.ts's SQL INSERT-without-columns
// reader (sqlInsertBare, sqlCreatedColumns, sqlBareRows, sqlBareRow) and spreadsheet cell reader
// (detectSheetCells), after sql-sheets-2026-12-04g.mutants.test.ts. Each row names the mutant it
// kills (line of the run at 97e6504: mutation); the equivalent ones are listed in docs/TESTING.md.
// Three of the survivors showed wrong answers, fixed with the first block: a CREATE TABLE column
// whose name was not read was dropped, so every later value was read under the next column's name;
// a CRLF line's `\r` stayed in a cell's value; a cell's leading blanks stayed in its value (no name
// in a row without a header; under a header the span started at the blanks and missed the name's end).
const PERSON_AND_HEALTH = new Set(['person', 'health']);
const found = (text: string, on: ReadonlySet<string> = PERSON_AND_HEALTH): Array<[string, string]> =>
  detectBuiltin(text, on).map((d) => [d.type, text.slice(d.start, d.end)]);
const QV_DOB: Array<[string, string]> = [['PERSON', 'Qxaro Vlintuk'], ['DOB', '1984-03-12'], ['PERSON', 'Qxaro Vlintuk']];
const QV_CELLS: Array<[string, string]> = [['PERSON', 'Qxaro'], ['PERSON', 'Vlintuk'], ['DOB', '1979-02-11']];

describe('fixed: a CREATE TABLE column not read holds its place; a cell without its blanks or CRLF', () => {
  it.each([
    // Before: the row was read under id, first_name, dob: '555-0142' as a first name, 'Qxaro' as a date, nothing masked.
    ["CREATE TABLE t (id int, 2nd_phone text, first_name text, dob date);\nINSERT INTO t VALUES (1,'555-0142','Qxaro','1984-03-12');", [['PERSON', 'Qxaro'], ['DOB', '1984-03-12']]],
    ["CREATE TABLE t (id int, -- the key\n first_name text, dob date);\nINSERT INTO t VALUES (1,'Qxaro','1984-03-12');", [['PERSON', 'Qxaro'], ['DOB', '1984-03-12']]],
    ["CREATE TABLE t (id int, /* given */ first_name text, dob date);\nINSERT INTO t VALUES (1,'Qxaro','1984-03-12');", [['PERSON', 'Qxaro'], ['DOB', '1984-03-12']]],
    ["CREATE TABLE t (id int, -- the key\n first_name text, -- given /* name */\n dob date);\nINSERT INTO t VALUES (1,'Qxaro','1984-03-12');", [['PERSON', 'Qxaro'], ['DOB', '1984-03-12']]],
    // A comment that never ends hides the column it comments: its place is kept, the next column read.
    ["CREATE TABLE t (id int, /* unclosed first_name text, dob date);\nINSERT INTO t VALUES (1,'Qxaro','1984-03-12');", [['DOB', '1984-03-12']]],
    ['A2: Qxaro\r\nB2: Vlintuk\r\nC2: 1979-02-11\r\n', QV_CELLS],
    ['A2: Qxaro\r\nB2: \r\nC2: Vlintuk\r\nD2: 1979-02-11\r\n', QV_CELLS],
    ['A2:  Qxaro  B2:  Vlintuk  C2:  1979-02-11', QV_CELLS],
    // Before: PERSON '  Qxa' (the name's end clear) and no date.
    ['A1: First B1: DOB\nA2:   Qxaro B2:   1979-02-11', [['PERSON', 'Qxaro'], ['DOB', '1979-02-11']]],
  ] as Array<[string, Array<[string, string]>]>)('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('a CREATE TABLE none of whose column names is read is no column list: the row is read by its shapes', () => {
    expect(found("CREATE TABLE t (2nd_phone text, 3rd_phone text);\nINSERT INTO t VALUES ('Qxaro Vlintuk','1984-03-12');")).toEqual(QV_DOB);
    expect(found("CREATE TABLE t (PRIMARY KEY (id));\nINSERT INTO t VALUES ('Qxaro Vlintuk','1984-03-12');")).toEqual(QV_DOB);
    // A comment that runs to the list's end (no newline, no `*/`) leaves no name.
    expect(found("CREATE TABLE t (-- x);\nINSERT INTO t VALUES ('Qxaro Vlintuk','1984-03-12');")).toEqual(QV_DOB);
    expect(found("CREATE TABLE t (/* x);\nINSERT INTO t VALUES ('Qxaro Vlintuk','1984-03-12');")).toEqual(QV_DOB);
  });

  it('a block comment ends at the first `*/` after its `/*` (`/*/` opens one)', () => {
    expect(found("CREATE TABLE t (id int, /*/ x */ first_name text, dob date);\nINSERT INTO t VALUES (1,'Qxaro','1984-03-12');")).toEqual([['PERSON', 'Qxaro'], ['DOB', '1984-03-12']]);
  });

  it('comments before a column are read in linear time (2x input, at most ~3x time)', () => {
    // CPU time, the best of several runs (test/redaction/linear-time.ts): a single wall-clock
    // timing, as before, measures the machine's load as much as the reader. 2,000 and 4,000
    // lines (26 and 52 KB, about 20 and 35 ms): at 8,000 lines (104 KB) the text is past a bound
    // and takes less time than at 4,000 (21 against 36 ms), so 4,000 against 8,000 could not fail.
    const text = (n: number): string => `CREATE TABLE t (a int, ${'/* c */ -- d\n'.repeat(n)}first_name text);\nINSERT INTO t VALUES (1,'Qxaro');`;
    expect(timeRatio((t) => detectBuiltin(t, PERSON_AND_HEALTH), text, 2000, 4000, 2)).toBeLessThan(3.5);
  });
});

describe('SQL INSERT without columns: the survivors of 2026-12-05', () => {
  const cols = (n: number, at: number, name: string): string => Array.from({ length: n }, (_, i) => (i === at ? `${name} text` : `c${i} int`)).join(', ');
  const ones = (n: number): string => Array(n).fill(1).join(',');
  it.each([
    // 2113 split('.') -> split(''): `cat` and `t` both end in t.
    ["CREATE TABLE cat (id int, note text, title text);\nINSERT INTO t VALUES (1,'Qxaro Vlintuk','1984-03-12');", QV_DOB],
    // 2128 at === -1 -> false, -1 -> +1: an unclosed quote ends the column list (the scan would restart at the text's start).
    ["1) INSERT INTO t VALUES (1,'Qxaro Vlintuk','1984-03-12');\nCREATE TABLE t (id int, note text DEFAULT 'x", QV_DOB],
    // 2130 depth === 0 -> true: a comma inside a key's parentheses ends no column.
    ["CREATE TABLE t (id int, note text, KEY k (note, dob));\nINSERT INTO t VALUES (1,'Qxaro Vlintuk','1984-03-12');", [['PERSON', 'Qxaro Vlintuk']]],
    // 2132 \1? -> \1: a bracketed column name has no `[` after it.
    ["CREATE TABLE [dbo].[t] ([id] int, [first_name] nvarchar(20), [dob] date);\nINSERT INTO [dbo].[t] VALUES (1,'Qxaro','1984-03-12');", [['PERSON', 'Qxaro'], ['DOB', '1984-03-12']]],
    // 2134 columns.length > 64 -> >= 64 (the 65th column read) and -> false (the 66th not).
    [`CREATE TABLE t (${cols(70, 64, 'first_name')});\nINSERT INTO t VALUES (${ones(64)},'Qxaro');`, [['PERSON', 'Qxaro']]],
    [`CREATE TABLE t (${cols(70, 65, 'first_name')});\nINSERT INTO t VALUES (${ones(65)},'Qxaro');`, []],
    // 2134 columns.length > 0 -> true / >= 0: a CREATE TABLE of clauses only is no column list.
    ["CREATE TABLE t (PRIMARY KEY (id));\nINSERT INTO t VALUES ('Qxaro Vlintuk','1984-03-12');", QV_DOB],
    // 2145 && -> ||, === 40 -> true: after the last row (no `(`) the reader stops.
    ["INSERT INTO t VALUES (1);'Qxaro','Vlintuk','1984-03-12');", []],
    // 2145 row < 1000 -> true / <= 1000, row++ -> row--: 1,000 rows at most.
    [`INSERT INTO t VALUES ${Array(1000).fill('(1)').join(',')},('Qxaro','Vlintuk','1984-03-12');`, []],
    [`INSERT INTO t VALUES ${Array(999).fill('(1)').join(',')},('Qxaro','Vlintuk','1984-03-12');`, [['PERSON', 'Qxaro'], ['PERSON', 'Vlintuk'], ['DOB', '1984-03-12']]],
    // 2148 column < 64 -> <= 64, column++ -> column--: 64 values of a row at most.
    [`INSERT INTO t VALUES (${ones(62)},'Qxaro Vlintuk','1984-03-12');`, QV_DOB],
    [`INSERT INTO t VALUES (${ones(63)},'Qxaro Vlintuk','1984-03-12');`, [['PERSON', 'Qxaro Vlintuk']]],
    // 2153/2155/2156: a value the reader cannot read (NOW()) is skipped to its comma; the row goes on.
    ["INSERT INTO t VALUES ('Qxaro Vlintuk',NOW(),'1984-03-12');", QV_DOB],
    ["INSERT INTO t VALUES ('Qxaro Vlintuk','1984-03-12',NOW(", [['PERSON', 'Qxaro Vlintuk']]],
    ["INSERT INTO t VALUES ('Qxaro Vlintuk','1984-03-12',NOW()),('Dorric Halversham','1979-02-11');", [['PERSON', 'Qxaro Vlintuk'], ['DOB', '1984-03-12'], ['PERSON', 'Dorric Halversham'], ['DOB', '1979-02-11'], ['PERSON', 'Qxaro Vlintuk'], ['PERSON', 'Dorric Halversham']]],
    // 2170 length > 64 -> >= 64: a name word of 64 characters is one.
    [`INSERT INTO t VALUES ('Qxaro${'-vlintuk'.repeat(7)}xyz','Dorric','1984-03-12');`, [['PERSON', `Qxaro${'-vlintuk'.repeat(7)}xyz`], ['PERSON', 'Dorric'], ['DOB', '1984-03-12']]],
    // 2179 length < 2 -> <= 2: a listed name of two letters.
    ["INSERT INTO t VALUES ('Wu','Vlintuk','1984-03-12');", [['PERSON', 'Wu'], ['PERSON', 'Vlintuk'], ['DOB', '1984-03-12'], ['PERSON', 'Wu']]],
    // 2179 every -> some: a lower-case word in the value makes it no name.
    ["INSERT INTO t VALUES ('Qxaro and Vlintuk','1984-03-12');", []],
    // 2188 dob && HEALTH -> true / || / dob -> true: a date of this decade beside them is no date of birth.
    ["INSERT INTO t VALUES ('Qxaro Vlintuk','1984-03-12','2025-06-01');", QV_DOB],
    // 2275 kind !== 'none' -> === 'none': a CREATE TABLE with a kind for every column.
    ["CREATE TABLE t (first_name text, dob date);\nINSERT INTO t VALUES ('Qxaro','1984-03-12');", [['PERSON', 'Qxaro'], ['DOB', '1984-03-12']]],
  ] as Array<[string, Array<[string, string]>]>)('%#: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('2123/2124: a CREATE TABLE read up to 20,000 characters after its `(` (Math.min -> max, < -> <=)', () => {
    const insert = "\nINSERT INTO t VALUES ('Qxaro Vlintuk','1984-03-12');";
    // `note text COMMENT '` is 19 characters: its `)` at 20,000 after the `(` is past the limit, at 19,999 within it.
    expect(found(`CREATE TABLE t (note text COMMENT '${'a'.repeat(19980)}');${insert}`)).toEqual(QV_DOB);
    expect(found(`CREATE TABLE t (note text COMMENT '${'a'.repeat(19979)}');${insert}`)).toEqual([['PERSON', 'Qxaro Vlintuk']]);
    expect(found(`CREATE TABLE t (id int, note text COMMENT '${'a'.repeat(20000)}', title text);\nINSERT INTO t VALUES (1,'Qxaro Vlintuk','1984-03-12');`)).toEqual(QV_DOB);
  });

  it('2187/2188: names only with person, dates only with health; the class of a name', () => {
    const text = "INSERT INTO t VALUES ('Qxaro','Vlintuk','1984-03-12');";
    expect(found(text, new Set(['health']))).toEqual([['DOB', '1984-03-12']]);
    expect(found(text, new Set(['person']))).toEqual([['PERSON', 'Qxaro'], ['PERSON', 'Vlintuk']]);
    expect(detectBuiltin(text, PERSON_AND_HEALTH).map((d) => d.class)).toEqual(['pii.person', 'pii.person', 'pii.date_of_birth']);
  });

  it('2269 !secrets -> true: the secrets pass reads no CREATE TABLE column list of a bare INSERT', () => {
    const text = "CREATE TABLE t (id int, email text, password text);\nINSERT INTO t VALUES (1,'q@example.org','hunter2');";
    expect(found(text, new Set(['secrets']))).toEqual([]);
    expect(found(text, new Set(['secrets', 'email']))).toEqual([['EMAIL', 'q@example.org']]);
  });
});

describe('spreadsheet cells: the survivors of 2026-12-05', () => {
  const fillers = (n: number): string => Array.from({ length: n }, (_, i) => `A${i + 2}: 1`).join('\n');
  const row = (n: number): string => `Row 2: ${Array(n).fill('1').join(' | ')} | Qxaro Vlintuk | 1979-02-11`;
  it.each([
    // 2207 - 64 -> + 64: a header of cell references over a `Row N:` line's columns 1, 2.
    ['A1: First B1: DOB\nRow 2: Qxaro | 1979-02-11', [['PERSON', 'Qxaro'], ['DOB', '1979-02-11']]],
    // 2207 n * 26 -> n / 26: AA after Z.
    ['Z2: Qxaro AA2: Vlintuk AB2: 1979-02-11', QV_CELLS],
    // 2213 refs.length >= 2 -> true / > 2: one reference alone is no cell; two are (2222 without $: the blank between two words stays).
    ['Row 1: First | Last\nA2: Qxaro', []],
    ['A2: Qxaro Vlintuk B2: 1979-02-11', [['PERSON', 'Qxaro Vlintuk'], ['DOB', '1979-02-11'], ['PERSON', 'Qxaro Vlintuk']]],
    ['Row 1: First | DOB\nA2: Qxaro B2: 1979-02-11', [['PERSON', 'Qxaro'], ['DOB', '1979-02-11']]],
    // 2223 an empty cell is no cell: the values on either side of it are neighbours.
    ['A2: Qxaro B2: C2: Vlintuk D2: 1979-02-11', QV_CELLS],
    // 2223 value.length > 200 -> false / >= 200: a value of more than 200 characters is no cell; of 200 it is.
    [`A2: Qxaro B2: ${'1'.repeat(201)} C2: Vlintuk D2: 1979-02-11`, QV_CELLS],
    [`A2: Qxaro B2: ${'1'.repeat(200)} C2: Vlintuk D2: 1979-02-11`, []],
    // 2236 column <= 64 -> < 64 / true / ||: 64 values of a `Row N:` line at most.
    [row(62), [['PERSON', 'Qxaro Vlintuk'], ['DOB', '1979-02-11'], ['PERSON', 'Qxaro Vlintuk']]],
    [row(63), [['PERSON', 'Qxaro Vlintuk']]],
    // 2241 trimmed !== '' -> true: an empty column of a `Row N:` line is no cell.
    ['Row 2: Qxaro | | Vlintuk | 1979-02-11', QV_CELLS],
    // 2250 header.size >= 2 -> true: one word in row 1 is no header.
    ['A1: First\nA2: Qxaro B2: 1979-02-11', []],
    // 2250 every -> some, [] for the values: a number in row 1 makes it no header.
    ['A1: First B1: 2024\nA2: Qxaro B2: 1979-02-11', []],
    // 2250/2253 value.trim() -> value: a header's leading blanks.
    ['A1:  First B1:  DOB\nA2: Qxaro B2: 1979-02-11', [['PERSON', 'Qxaro'], ['DOB', '1979-02-11']]],
    // 2253 ^(last|…)$ without ^ or $: only a header that is the part's word alone is its name.
    ['A1: Patient last B1: DOB\nA2: Qxaro B2: 1979-02-11', [['DOB', '1979-02-11']]],
    ['A1: Lastname B1: DOB\nA2: Qxaro B2: 1979-02-11', [['PERSON', 'Qxaro'], ['DOB', '1979-02-11']]],
    // 2257 kinds !== undefined -> true: row 1 that is no header is a row of values.
    ['A1: Qxaro B1: Vlintuk C1: 1979-02-11', QV_CELLS],
    // 2258 sort removed, () => undefined, a + b: the cells by column, not by their place in the text.
    ['A2: Qxaro C2: 1979-02-11 B2: Vlintuk', QV_CELLS],
    // 2259 kind !== 'secret' -> true, 'secret' -> '': a secret's header alone does not make a row read by its header.
    ['A1: Password B1: Note\nA2: Qxaro Vlintuk B2: 1979-02-11', [['PERSON', 'Qxaro Vlintuk'], ['DOB', '1979-02-11'], ['PERSON', 'Qxaro Vlintuk']]],
    // 2262: under a header, a cell without a column's kind or of a secret's column is left alone.
    ['A1: First B1: Last\nA2: Qxaro B2: Vlintuk C2: x', [['PERSON', 'Qxaro'], ['PERSON', 'Vlintuk']]],
    ['A1: First B1: Password\nA2: Qxaro B2: hunter2', [['PERSON', 'Qxaro']]],
    // 2285 value.trim() -> value: a form feed after a name under a header is out of its span.
    ['A1: First B1: DOB\nA2: Qxaro\f B2: 1979-02-11', [['PERSON', 'Qxaro'], ['DOB', '1979-02-11']]],
  ] as Array<[string, Array<[string, string]>]>)('%#: %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('2214 r < 4096 -> true / <= 4096: 4,096 cell references at most', () => {
    const cells = 'A9000: Qxaro Vlintuk B9000: 1979-02-11 C9000: x';
    expect(found(`${fillers(4095)}\n${cells}`)).toEqual([['PERSON', 'Qxaro Vlintuk']]);
    expect(found(`${fillers(4094)}\n${cells}`)).toEqual([['PERSON', 'Qxaro Vlintuk'], ['DOB', '1979-02-11'], ['PERSON', 'Qxaro Vlintuk']]);
  });

  it('2187/2188: names only with person, dates only with health', () => {
    const cells = 'B2=Halversham C2=Dorric D2=1979-02-11';
    expect(found(cells, new Set(['health']))).toEqual([['DOB', '1979-02-11']]);
    expect(found(cells, new Set(['person']))).toEqual([['PERSON', 'Halversham'], ['PERSON', 'Dorric']]);
  });
});
