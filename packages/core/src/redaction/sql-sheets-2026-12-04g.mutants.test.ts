import { describe, expect, it } from 'vitest';
import { detectBuiltin } from './detectors.js';

// Issue 13: direct calls on the readers of 2026-12-04 (seventh probe) in detectors.ts: an SQL INSERT
// without a column list (sqlInsertBare, sqlCreateTable, sqlCreatedColumns, sqlBareRows, sqlBareRow:
// L16) and spreadsheet cells with their references (detectSheetCells: L10), written from the
// survivors of a Stryker run on those lines (docs/TESTING.md). Exact types and spans of the person
// and health detectors. Each expectation was reasoned from the rule's comment: a name word alone
// only beside another or when listed; a row only with an identifier's shape or a date of birth at
// least ten years old (1900 to this year - 10); a CREATE TABLE of the same table names the columns.
const PERSON_AND_HEALTH = new Set(['person', 'health']);
const found = (text: string, on: ReadonlySet<string> = PERSON_AND_HEALTH): Array<[string, string]> =>
  detectBuiltin(text, on).map((d) => [d.type, text.slice(d.start, d.end)]);
const thisYear = new Date().getUTCFullYear();

describe('SQL INSERT without columns, and spreadsheet cells', () => {
  it.each([
    ["INSERT IGNORE INTO t VALUES ('Qxaro','Vlintuk','1984-03-12');", [["PERSON", "Qxaro"], ["PERSON", "Vlintuk"], ["DOB", "1984-03-12"]]],
    ["insert into t values('Qxaro','Vlintuk','1984-03-12');", [["PERSON", "Qxaro"], ["PERSON", "Vlintuk"], ["DOB", "1984-03-12"]]],
    ["INSERT INTO `db`.`t` VALUES ('Qxaro','Vlintuk','qxaro@example.org');", [["PERSON", "Qxaro"], ["PERSON", "Vlintuk"]]],
    ["INSERT INTO [dbo].[t] VALUES ('Qxaro Vlintuk','536-22-8514');", [["PERSON", "Qxaro Vlintuk"], ["PERSON", "Qxaro Vlintuk"]]],
    ["xinsert into t values ('Qxaro','Vlintuk','1984-03-12');", []],
    ["INSERT INTO t VALUES ('Qxaro','Vlintuk','12/03/1984');", [["PERSON", "Qxaro"], ["PERSON", "Vlintuk"], ["DOB", "12/03/1984"]]],
    ["INSERT INTO t VALUES ('Qxaro','Vlintuk','1.3.1984');", [["PERSON", "Qxaro"], ["PERSON", "Vlintuk"], ["DOB", "1.3.1984"]]],
    ["INSERT INTO t VALUES ('Qxaro','Vlintuk','1984-13-12');", []],
    ["INSERT INTO t VALUES ('Qxaro','Vlintuk','1984-03-32');", []],
    ["INSERT INTO t VALUES ('Qxaro','Vlintuk','1899-03-12');", []],
    ["INSERT INTO t VALUES ('Qxaro','Vlintuk','1900-03-12');", [["PERSON", "Qxaro"], ["PERSON", "Vlintuk"], ["DOB", "1900-03-12"]]],
    ["INSERT INTO t VALUES ('Qxaro','Vlintuk','217-555-0142');", [["PERSON", "Qxaro"], ["PERSON", "Vlintuk"]]],
    ["INSERT INTO t VALUES ('Qxaro','Vlintuk','555-0142');", []],
    ["INSERT INTO t VALUES ('Qxaro','Vlintuk','+1 (217) 555-0142');", [["PERSON", "Qxaro"], ["PERSON", "Vlintuk"]]],
    ["INSERT INTO t VALUES ('Qxaro','Vlintuk','q@x');", []],
    ["INSERT INTO t VALUES ('Qxaro','1984-03-12');", []],
    ["INSERT INTO t VALUES ('Qxaro',1,'Vlintuk','1984-03-12');", []],
    ["INSERT INTO t VALUES ('Qxaro','Vlintuk','Dorric','Halversham','1984-03-12');", [["PERSON", "Qxaro"], ["PERSON", "Vlintuk"], ["PERSON", "Dorric"], ["PERSON", "Halversham"], ["DOB", "1984-03-12"]]],
    ["INSERT INTO t VALUES ('Qxaro Vlintuk Dorric','1984-03-12');", [["PERSON", "Qxaro Vlintuk Dorric"], ["DOB", "1984-03-12"], ["PERSON", "Qxaro Vlintuk Dorric"]]],
    ["INSERT INTO t VALUES ('Qxaro Vlintuk Dorric Halversham','1984-03-12');", []],
    ["INSERT INTO t VALUES ('Qxaro','Vlintuk');", []],
    ["INSERT INTO t VALUES ('Q','Vlintuk','1984-03-12');", []],
    ["INSERT INTO t VALUES ('John','1984-03-12');", [["PERSON", "John"], ["DOB", "1984-03-12"], ["PERSON", "John"]]],
    ["INSERT INTO t VALUES (NULL,'Qxaro',NOW(),'Vlintuk','1984-03-12');", []],
    ["INSERT INTO t VALUES ('Qxaro','Vlintuk','1984-03-12'),('Dorric','Halversham','1979-02-11');", [["PERSON", "Qxaro"], ["PERSON", "Vlintuk"], ["DOB", "1984-03-12"], ["PERSON", "Dorric"], ["PERSON", "Halversham"], ["DOB", "1979-02-11"]]],
    ["INSERT INTO t VALUES ('Qxaro','Vlintuk','1984-03-12'), ('Dorric','Halversham','1979-02-11');", [["PERSON", "Qxaro"], ["PERSON", "Vlintuk"], ["DOB", "1984-03-12"], ["PERSON", "Dorric"], ["PERSON", "Halversham"], ["DOB", "1979-02-11"]]],
    ["INSERT INTO t VALUES ('Widget','Blue',9.99);", []],
    ["INSERT INTO t VALUES ('Qxaro','Vlintuk','1984-03-12','aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');", [["PERSON", "Qxaro"], ["PERSON", "Vlintuk"], ["DOB", "1984-03-12"]]],
    ["INSERT INTO t VALUES (E'Qxaro',N'Vlintuk','1984-03-12');", [["PERSON", "Qxaro"], ["PERSON", "Vlintuk"], ["DOB", "1984-03-12"]]],
    ["CREATE TABLE t (id int, note varchar(20), title varchar(20));\nINSERT INTO t VALUES (1,'Qxaro Vlintuk','1984-03-12');", [["PERSON", "Qxaro Vlintuk"]]],
    ["CREATE TABLE t (id int, first_name varchar(20), dob date);\nINSERT INTO t VALUES (1,'Qxaro','1984-03-12');", [["PERSON", "Qxaro"], ["DOB", "1984-03-12"]]],
    ["CREATE TEMPORARY TABLE IF NOT EXISTS `Shop`.`T` (`id` int, `first_name` varchar(20), PRIMARY KEY (`id`), `dob` date);\nINSERT INTO t VALUES (1,'Qxaro','1984-03-12');", [["PERSON", "Qxaro"], ["DOB", "1984-03-12"]]],
    ["CREATE TABLE t (id int, code varchar(9) DEFAULT 'a(b', first_name text, dob date);\nINSERT INTO t VALUES (1,'x','Qxaro','1984-03-12');", [["PERSON", "Qxaro"], ["DOB", "1984-03-12"]]],
    ["CREATE TABLE t (id int, price decimal(10,2), first_name text, dob date);\nINSERT INTO t VALUES (1,2.5,'Qxaro','1984-03-12');", [["PERSON", "Qxaro"], ["DOB", "1984-03-12"]]],
    ["CREATE TABLE other (id int, first_name text);\nINSERT INTO t VALUES (1,'Qxaro','Vlintuk','1984-03-12');", [["PERSON", "Qxaro"], ["PERSON", "Vlintuk"], ["DOB", "1984-03-12"]]],
    ["CREATE TABLE t (id int, password text, note text);\nINSERT INTO t VALUES (1,'Qxaro','1984-03-12');", []],
    ["CREATE TABLE t (id int, first_name text, dob date, note text DEFAULT 'x", []],
    ["A1: Last  B1: First  C1: SSN\nA2: Vlintuk  B2: Qxaro  C2: 536-22-8514", [["PERSON", "Vlintuk"], ["PERSON", "Qxaro"], ["SSN", "536-22-8514"]]],
    ["B2=Halversham C2=Dorric D2=1979-02-11", [["PERSON", "Halversham"], ["PERSON", "Dorric"], ["DOB", "1979-02-11"]]],
    ["B2=Halversham C2=Dorric", []],
    ["Row 2: Halversham | Dorric | 1979-02-11", [["PERSON", "Halversham"], ["PERSON", "Dorric"], ["DOB", "1979-02-11"]]],
    // The sheet reader's cells, then the person detector's own reading of the two words a tab joins (2026-12-05): the same spans twice, resolved later.
    ["Row 2: Halversham\tDorric\t1979-02-11", [["PERSON", "Halversham"], ["PERSON", "Dorric"], ["DOB", "1979-02-11"], ["PERSON", "Halversham"], ["PERSON", "Dorric"]]],
    ["Row 2: Halversham; Dorric; 1979-02-11", [["PERSON", "Halversham"], ["PERSON", "Dorric"], ["DOB", "1979-02-11"]]],
    ["Row 2: Halversham, Dorric, 1979-02-11", [["PERSON", "Halversham"], ["PERSON", "Dorric"], ["DOB", "1979-02-11"]]],
    ["row 3 = Halversham | Dorric | 1979-02-11", [["PERSON", "Halversham"], ["PERSON", "Dorric"], ["DOB", "1979-02-11"]]],
    ["A2: Halversham | B2: Dorric | C2: 1979-02-11", [["PERSON", "Halversham"], ["PERSON", "Dorric"], ["DOB", "1979-02-11"]]],
    ["AA2: Halversham AB2: Dorric AC2: 1979-02-11", [["PERSON", "Halversham"], ["PERSON", "Dorric"], ["DOB", "1979-02-11"]]],
    ["xA2: Halversham B2: Dorric C2: 1979-02-11", []],
    ["A2: Halversham\nB2: Dorric\nC2: 1979-02-11", [["PERSON", "Halversham"], ["PERSON", "Dorric"], ["DOB", "1979-02-11"]]],
    ["A1: First B1: Note C1: DOB\nA2: Qxaro B2: Vlintuk C2: 1979-02-11", [["PERSON", "Qxaro"], ["DOB", "1979-02-11"]]],
    ["A1: Given B1: Family\nA2: Qxaro B2: Vlintuk", [["PERSON", "Qxaro"], ["PERSON", "Vlintuk"]]],
    ["A1: Note B1: Item\nA2: Qxaro B2: Vlintuk C2: 1979-02-11", [["PERSON", "Qxaro"], ["PERSON", "Vlintuk"], ["DOB", "1979-02-11"]]],
    ["A1: Note B1: Item 2\nA2: Qxaro B2: Vlintuk C2: 1979-02-11", [["PERSON", "Qxaro"], ["PERSON", "Vlintuk"], ["DOB", "1979-02-11"]]],
  ] as Array<[string, Array<[string, string]>]>)('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});


describe('the parts one by one', () => {
  it('a date of birth: at least ten years before this year (the bound moves with the clock)', () => {
    const row = (year: number): string => `INSERT INTO t VALUES ('Qxaro','Vlintuk','${year}-03-12');`;
    expect(found(row(thisYear - 10))).toEqual([['PERSON', 'Qxaro'], ['PERSON', 'Vlintuk'], ['DOB', `${thisYear - 10}-03-12`]]);
    expect(found(row(thisYear - 9))).toEqual([]);
    expect(found(`INSERT INTO t VALUES ('Qxaro','Vlintuk','12/03/${thisYear - 9}');`)).toEqual([]);
  });

  it('the detectors asked for: names only with person, dates only with health', () => {
    const text = "INSERT INTO t VALUES ('Qxaro','Vlintuk','1984-03-12');";
    expect(found(text, new Set(['person']))).toEqual([['PERSON', 'Qxaro'], ['PERSON', 'Vlintuk']]);
    expect(found(text, new Set(['health']))).toEqual([['DOB', '1984-03-12']]);
    const cells = 'B2=Halversham C2=Dorric D2=1979-02-11';
    expect(found(cells, new Set(['person']))).toEqual([['PERSON', 'Halversham'], ['PERSON', 'Dorric']]);
    expect(found(cells, new Set(['health']))).toEqual([['DOB', '1979-02-11']]);
    expect(found(cells, new Set(['email']))).toEqual([]);
  });

  it('exact offsets of the quoted values (after the quote, to the closing one)', () => {
    const text = "INSERT INTO t VALUES ( 'Qxaro' , N'Vlintuk' ,'1984-03-12' );";
    const spans = detectBuiltin(text, PERSON_AND_HEALTH).map((d) => [d.type, d.start, d.end]);
    expect(spans).toEqual([['PERSON', 24, 29], ['PERSON', 35, 42], ['DOB', 46, 56]]);
  });

  it('a value of more than 64 characters is no name; 64 or fewer may be', () => {
    const long = `Qxaro${'-vlintuk'.repeat(8)}`; // 69 characters, one name-like word
    expect(found(`INSERT INTO t VALUES ('${long}','Dorric','1984-03-12');`)).toEqual([]);
    expect(found("INSERT INTO t VALUES ('Qxaro','Vlintuk','1984-03-12','x');")).toEqual([['PERSON', 'Qxaro'], ['PERSON', 'Vlintuk'], ['DOB', '1984-03-12']]);
  });

  it('a word alone beside a name of two words, on either side', () => {
    expect(found("INSERT INTO t VALUES ('Qxaro Vlintuk','Dorric','1984-03-12');").filter(([, v]) => v === 'Dorric')).toEqual([['PERSON', 'Dorric']]);
    expect(found("INSERT INTO t VALUES ('Dorric','Qxaro Vlintuk','1984-03-12');").filter(([, v]) => v === 'Dorric')).toEqual([['PERSON', 'Dorric']]);
    expect(found("INSERT INTO t VALUES ('Dorric',2,'Qxaro Vlintuk','1984-03-12');").filter(([, v]) => v === 'Dorric')).toEqual([]);
  });

  it('an identifier alone (no name word) masks nothing; an email, or 10 to 20 phone characters with 9 digits, make one', () => {
    expect(found("INSERT INTO t VALUES (1,'x','1984-03-12');")).toEqual([]);
    expect(found("INSERT INTO t VALUES ('Qxaro','Vlintuk','1234-56-78');")).toEqual([]);
    expect(found("INSERT INTO t VALUES ('Qxaro','Vlintuk','123456789');")).toEqual([]);
    expect(found("INSERT INTO t VALUES ('Qxaro','Vlintuk','12345-6789');")).toEqual([['PERSON', 'Qxaro'], ['PERSON', 'Vlintuk']]);
    expect(found("INSERT INTO t VALUES ('Qxaro','Vlintuk','a b@example.org');")).toEqual([]);
  });

  it('more rows than the first, each read on its own', () => {
    const text = "INSERT INTO t VALUES ('Widget','Blue',9.99),('Qxaro','Vlintuk','1984-03-12'),\n ('Gear','Red',1);";
    expect(found(text)).toEqual([['PERSON', 'Qxaro'], ['PERSON', 'Vlintuk'], ['DOB', '1984-03-12']]);
  });

  it('a CREATE TABLE of 65 columns or more: the first 65 are read', () => {
    const columns = Array.from({ length: 70 }, (_, i) => `c${i} int`);
    columns[1] = 'first_name text';
    columns[2] = 'dob date';
    const text = `CREATE TABLE t (${columns.join(', ')});\nINSERT INTO t VALUES (1,'Qxaro','1984-03-12');`;
    expect(found(text)).toEqual([['PERSON', 'Qxaro'], ['DOB', '1984-03-12']]);
  });

  it('a CREATE TABLE that never closes is no column list: the row is read by its shapes', () => {
    const text = "CREATE TABLE t (id int, first_name text\nINSERT INTO t VALUES ('Qxaro','Vlintuk','1984-03-12');";
    expect(found(text)).toEqual([['PERSON', 'Qxaro'], ['PERSON', 'Vlintuk'], ['DOB', '1984-03-12']]);
  });

  it('spreadsheet cells: a value runs to the next reference or the line\u2019s end, trailing separators off', () => {
    const text = 'A2: Halversham,  B2: Dorric;\t C2: 1979-02-11 |';
    expect(found(text)).toEqual([['PERSON', 'Halversham'], ['PERSON', 'Dorric'], ['DOB', '1979-02-11']]);
    expect(found('A2: Halversham B2:  C2: 1979-02-11')).toEqual([]);
  });
});
