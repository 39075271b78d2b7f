/**
 * Tables in text (CSV, TSV, semicolon-separated, RFC 4180 quoting; tables drawn with a rule under
 * their header, psql, Markdown, MySQL; psql's and MySQL's records): the header row's cells and,
 * for every following row with as many cells, where each cell's content is. The redactor decides
 * each column by its header as it decides a member by its name (a column `last_name` is a
 * person's name in every row), so a row whose values no detector recognizes is masked too (issue
 * 11, a fresh attacker's round 3: `first_name,last_name,email` then `Wiremu,Tane,…` kept the
 * names; F2 of the probe of 2026-12-04: a psql table, a Markdown table, CSV after a line of prose).
 */

import type { ScanWork } from './obfuscated-emails.js';

/** A cell's content: `text.slice(start, end)`, without its quotes. */
export interface TableCell {
  start: number;
  end: number;
}

export interface DelimitedTable {
  /** `,`, a tab, `;` or `|` (SQLite's list mode); in a drawn table `|`, in records `|` or `:` (textTables). */
  delimiter: string;
  /** The header's cells, trimmed and unquoted. */
  header: string[];
  /** The data rows with as many cells as the header, in order (a row of another width ends the table). */
  rows: TableCell[][];
}

/** Most lines a quoted field of a delimited row goes on over (RFC 4180 2.6). */
const MAX_QUOTED_LINES = 8;
/** Longest header row looked at, in characters. */
const MAX_HEADER_CHARS = 1024;
/** A header cell longer than this names no column. */
const MAX_HEADER_CELL = 64;
const MAX_COLUMNS = 64;
const DELIMITERS = [',', '\t', ';', '|'] as const;
/**
 * A column name: one to three words of letters, digits, `_`, `-`, `.`, not ending a sentence; or two such names of one
 * or two words joined by a comma and a blank, a quoted cell of a whole name's column (`"Last, First"`, `"Surname, Given
 * names"`: L14 of the probe of 2026-12-06c).
 */
const HEADER_CELL = /^[\p{L}\p{N}_-][\p{L}\p{N}_.-]*(?: [\p{L}\p{N}_.-]+){0,2}(?<!\.)$|^[\p{L}_-][\p{L}\p{N}_.-]*(?: [\p{L}\p{N}_.-]+)?, [\p{L}_-][\p{L}\p{N}_.-]*(?: [\p{L}\p{N}_.-]+)?(?<!\.)$/u;

/**
 * The delimited table at the start of `text` (after blank lines), or undefined: the header is
 * the first line, of 2 to 64 cells that are short names (one to three words of letters, digits,
 * `_`, `-`, `.`, not ending in a full stop),
 * split by the delimiter it has most of (comma, tab, semicolon). One pass over the text.
 * With `like` (the table found in the text before the text detectors ran), the same table in
 * the redacted text: the delimiter `like`'s, the header as many cells as `like`'s, whatever they
 * hold now (a header cell read as a name, `Kunde`, is a token there).
 */
export function delimitedTable(text: string, like?: DelimitedTable): DelimitedTable | undefined {
  let from = 0;
  while (from < text.length && (text.charCodeAt(from) === 10 || text.charCodeAt(from) === 13)) from++;
  return delimitedAt(text, from, like)?.table;
}

/**
 * The delimited table whose header is the line at `from`, and where the line after its last row
 * starts; see delimitedTable.
 */
function delimitedAt(text: string, from: number, like?: DelimitedTable, work?: ScanWork): { table: DelimitedTable; next: number } | undefined {
  const headerEnd = text.indexOf('\n', from);
  if (headerEnd < 0 || (like === undefined && headerEnd - from > MAX_HEADER_CHARS)) return undefined;
  const headerLine = text.slice(from, headerEnd);
  let delimiter: string | undefined = like?.delimiter;
  let most = 0;
  if (like === undefined) {
    for (const d of DELIMITERS) {
      const count = headerLine.split(d).length - 1;
      if (count > most) {
        most = count;
        delimiter = d;
      }
    }
  }
  if (delimiter === undefined || most + 1 > MAX_COLUMNS) return undefined;
  let headerCells = splitLine(text, from, headerEnd, delimiter, work);
  if (headerCells === undefined) return undefined;
  // A whole name's column written unquoted in a comma-separated header (`Last, First,Room` over
  // `"Kealamakia, Mahina",12`: the open part of L14 of the probe of 2026-12-06c): one cell.
  if (delimiter === ',' && headerCells.length >= 3 && headerLine.includes(', ')) headerCells = joinedNameHeader(text, headerCells, headerEnd + 1, work) ?? headerCells;
  const header = headerCells.map((c) => text.slice(c.start, c.end).trim());
  if (like !== undefined) {
    // The same table after the text detectors ran: its header may hold their tokens now.
    if (header.length !== like.header.length) return undefined;
  } else if (header.some((name) => name.length === 0 || name.length > MAX_HEADER_CELL || !HEADER_CELL.test(name))) {
    return undefined;
  } else if (delimiter === '|' && headerLine.trimEnd().split('|').some((name) => name.trim() !== name || name.indexOf(' ') >= 0)) {
    // Pipes as SQLite's list mode writes them (`first_name|ssn`): column names of one word, no
    // blank beside a pipe (`cat access.log | grep 404` is a shell's; a drawn table has its rule).
    return undefined;
  }
  const rows: TableCell[][] = [];
  let start = headerEnd + 1;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let cells = splitLine(text, start, end, delimiter, work);
    // A quoted field that holds a line break (RFC 4180 2.6: `"called twice\nleft VM"`) goes on
    // over the next lines, at most MAX_QUOTED_LINES of them (the fourth probe of 2026-12-04, J20).
    for (let extra = 0; cells === undefined && extra < MAX_QUOTED_LINES && end < text.length; extra++) {
      const next = text.indexOf('\n', end + 1);
      end = next < 0 ? text.length : next;
      cells = splitLine(text, start, end, delimiter, work);
    }
    if (cells === undefined || cells.length !== header.length) break;
    rows.push(cells);
    start = end + 1;
  }
  return rows.length === 0 ? undefined : { table: { delimiter, header, rows }, next: start };
}

/**
 * A table found anywhere in a text (textTables): its header is the text's line number `line`
 * (counted from 0), whatever lines of prose come before it.
 */
export interface TextTable extends DelimitedTable {
  /** Delimited rows under a header, a table drawn with a rule under its header, or records of `name | value` lines. */
  style: 'delimited' | 'drawn' | 'records' | 'spaced' | 'columns';
  line: number;
}

/** Most tables read in one text. */
const MAX_TABLES = 32;
/** Longest rule line (`---+---`, `|---|---|`, `+----+----+`) looked at, in characters. */
const MAX_RULE_CHARS = 8192;

/**
 * Every table in `text`, in order, each with the line its header is on (issue 11, F2 of the probe
 * of 2026-12-04: query results pasted after a line of prose, and drawn tables, kept their names
 * and SSNs):
 * - a delimited table (CSV, TSV, semicolons; pipes as SQLite's list mode writes them,
 *   `first_name|ssn`, one-word names and no blank beside a pipe) as delimitedTable reads one,
 *   wherever its header is: after a first line of prose (`Here are the results:\nfirst_name,…`) too;
 * - a drawn table: a header of 2 to 64 cells split by `|` (the outer pipes of a Markdown or MySQL
 *   row optional), then a rule of as many cells of dashes (`=` too, colons at their ends) split
 *   by `+` or `|` (psql `-----+-----`, Markdown `|---|:--:|`, MySQL `+----+----+`, a grid's
 *   `+====+`), then the rows of as many cells; rules between rows are skipped (a MySQL box's
 *   bottom, a grid's separators), any other line ends the table (psql's `(2 rows)`);
 * - records (recordsAt): psql's expanded display and MySQL's vertical one, a line a column;
 * - a printed data frame (spacedAt): pandas' and R's, column names split by blanks over rows
 *   that start with their index.
 * - a table laid out in columns (columnsAt), as PDF text extraction, OCR and fixed-width reports
 *   write one: column names of one to three words set apart by two blanks or more, over rows of
 *   as many cells set apart the same way.
 * A table is found by its shape, not by what its header names: the redactor decides its columns.
 * One pass over the text: a line is read as a header only when it has a delimiter or a pipe (or
 * starts a record) and has at most 1,024 characters, a rule only below such a header, and the
 * lines a table takes are not read again; `work` counts the characters looked at.
 */
export function textTables(text: string, work?: ScanWork): TextTable[] {
  const tables: TextTable[] = [];
  if (text.indexOf('\n') < 0) return tables;
  // A drawn table needs a pipe and a rule's dashes: text without both is read for delimited tables only.
  const drawn = text.indexOf('|') >= 0 && text.indexOf('-') >= 0;
  let line = 0;
  for (let from = 0; from < text.length && tables.length < MAX_TABLES; ) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    if (work !== undefined) work.steps += end - from + 1;
    let found: { table: DelimitedTable; next: number } | undefined;
    let style: TextTable['style'] = 'drawn';
    const shape = end - from <= MAX_HEADER_CHARS ? headerShape(text, from, end) : 0;
    if (shape & RECORD) {
      found = recordsAt(text, from, end, undefined, work);
      style = 'records';
    }
    if (found === undefined && shape & PIPE && drawn) {
      found = drawnAt(text, from, end, undefined, work);
      style = 'drawn';
    }
    if (found === undefined && shape & DELIMITED) {
      found = delimitedAt(text, from, undefined, work);
      style = 'delimited';
    }
    if (found === undefined && shape & SPACED) {
      found = spacedAt(text, from, end, undefined, work);
      style = 'spaced';
      if (found === undefined) {
        found = columnsAt(text, from, end, undefined, work);
        style = 'columns';
      }
    }
    if (found === undefined) {
      from = end + 1;
      line++;
      continue;
    }
    tables.push({ ...found.table, style, line });
    // The lines the table took, counted past.
    for (let at = text.indexOf('\n', from); at >= 0 && at < found.next; at = text.indexOf('\n', at + 1)) line++;
    from = found.next;
  }
  return tables;
}

/**
 * The tables `like` (textTables of the text before the text detectors ran) in `text` (the same
 * text after them), each on its line, with its delimiter and width, whatever its header holds now
 * (a header cell read as a name, `Kunde`, is a token there); undefined where that line holds no
 * such table any more.
 */
export function sameTables(text: string, like: readonly TextTable[]): Array<DelimitedTable | undefined> {
  const out: Array<DelimitedTable | undefined> = [];
  let line = 0;
  let from = 0;
  for (const table of like) {
    while (line < table.line && from <= text.length) {
      const at = text.indexOf('\n', from);
      from = at < 0 ? text.length + 1 : at + 1;
      line++;
    }
    if (from > text.length) {
      out.push(undefined);
      continue;
    }
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    out.push((table.style === 'drawn' ? drawnAt(text, from, end, table) : table.style === 'records' ? recordsAt(text, from, end, table) : table.style === 'spaced' ? spacedAt(text, from, end, table) : table.style === 'columns' ? columnsAt(text, from, end, table) : delimitedAt(text, from, table))?.table);
  }
  return out;
}

/** A first column that names the field of each row (`| Field | Value |`, `key,value`). */
const FIELD_COLUMNS: ReadonlySet<string> = new Set(['field', 'key', 'name', 'attribute', 'property', 'parameter', 'variable', 'column', 'label', 'setting']);
/** A second column that holds each row's value. */
const VALUE_COLUMNS: ReadonlySet<string> = new Set(['value', 'answer', 'response']);

/**
 * Whether a table's header is a field's and a value's (`| Field | Value |`, `key,value`,
 * `Attribute | Value`): a record written a row a field, each row's first cell naming its second,
 * as a form field's label names its answer.
 */
export function isFieldValueHeader(header: readonly string[]): boolean {
  return header.length === 2 && FIELD_COLUMNS.has((header[0] as string).toLowerCase()) && VALUE_COLUMNS.has((header[1] as string).toLowerCase());
}

const DELIMITED = 1;
const PIPE = 2;
const RECORD = 4;
const SPACED = 8;

/**
 * Whether the line `text[from, to)` can head a table: DELIMITED when it has a comma, tab,
 * semicolon or pipe and only the characters of column names besides (ASCII letters, digits, `_`,
 * `-`, `.`, blanks, quotes; any other script's), PIPE when it has a `|`, RECORD when it starts
 * with `-[` or `**` (a record's first line). A cheap look before the line is split.
 */
function headerShape(text: string, from: number, to: number): number {
  // A record's first line: psql's `-[ RECORD 1 ]---`, MySQL's `*** 1. row ***`.
  const first = text.charCodeAt(from);
  const record = (first === 45 && text.charCodeAt(from + 1) === 91) || (first === 42 && text.charCodeAt(from + 1) === 42) ? RECORD : 0;
  let delimiters = 0;
  let pipes = 0;
  let names = true;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 9 || c === 59) delimiters++;
    else if (c === 124) pipes++;
    else if (c < 128 && !((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46 || c === 32 || c === 34 || c === 13)) names = false;
  }
  return record | (delimiters + pipes > 0 && names ? DELIMITED : 0) | (pipes > 0 ? PIPE : 0) | (delimiters + pipes === 0 && names ? SPACED : 0);
}

/**
 * The drawn table whose header is the line `text[from, to)` (see textTables), and where the line
 * after its last row starts. With `like`, its width, whatever its header cells hold.
 */
function drawnAt(text: string, from: number, to: number, like?: DelimitedTable, work?: ScanWork): { table: DelimitedTable; next: number } | undefined {
  if (to >= text.length) return undefined;
  let first = from;
  while (first < to && isBlank(text.charCodeAt(first))) first++;
  // Outer pipes as the header has them: a psql row's first cell may be empty (` | Vlintuk`).
  let outer = text.charCodeAt(first) === 124;
  let start = to + 1;
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  const width = ruleWidth(text, start, end, work);
  if (width === 0) return undefined;
  let header = headerOf(text, from, to, outer, like, work);
  // A header row after words on its line (`Found: | Name | Email | DOB |`, as models write an
  // answer; L6 of the probe of 2026-12-05d): the header starts at the line's first pipe when the
  // line ends with one and, read so, it is as wide as the rule under it. The words before are no column.
  if (header?.length !== width && !outer) {
    let last = to;
    while (last > first && isBlank(text.charCodeAt(last - 1))) last--;
    const pipe = text.charCodeAt(last - 1) === 124 ? text.indexOf('|', first) : -1;
    if (pipe > first && pipe < last - 1) {
      const leaded = headerOf(text, pipe, to, true, like, work);
      if (leaded?.length === width) {
        header = leaded;
        outer = true;
      }
    }
  }
  if (header === undefined || header.length !== width) return undefined;
  const rows: TableCell[][] = [];
  for (start = end + 1; start < text.length; start = end + 1) {
    end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (ruleWidth(text, start, end, work) === header.length) continue;
    const cells = pipeCells(text, start, end, header.length, outer, work);
    if (cells === undefined || cells.length !== header.length) break;
    rows.push(cells);
  }
  return rows.length === 0 ? undefined : { table: { delimiter: '|', header, rows }, next: start };
}

/** The cells of a drawn table's header line `text[from, to)` (drawnAt), undefined when they are no header's (or not `like`'s width). */
function headerOf(text: string, from: number, to: number, outer: boolean, like: DelimitedTable | undefined, work: ScanWork | undefined): string[] | undefined {
  const headerCells = pipeCells(text, from, to, like === undefined ? MAX_COLUMNS : like.header.length, outer, work);
  if (headerCells === undefined || headerCells.length < 2) return undefined;
  const header = headerCells.map((c) => text.slice(c.start, c.end).trim());
  if (like !== undefined) return header.length === like.header.length ? header : undefined;
  return header.some((name) => name.length > MAX_HEADER_CELL) || header.every((name) => name.length === 0) ? undefined : header;
}

/** psql's expanded display (`\\x`): `-[ RECORD 1 ]-----+------`. */
const PSQL_RECORD = /^-\[ RECORD \d{1,12} \][-+]*\r?$/;
/** MySQL's vertical display (`\\G`): `*************************** 1. row ***************************`. */
const MYSQL_RECORD = /^\*{3,64} \d{1,12}\. row \*{3,64}\r?$/;
/** Most lines of one record. */
const MAX_RECORD_LINES = 256;

/**
 * Records as psql's expanded display and MySQL's vertical one write them: a record's first line
 * (`-[ RECORD 1 ]---`, `*** 1. row ***`), then a line a column, its name, `|` (psql) or `:`
 * (MySQL) and its value (`first_name | Qxaro`, ` last_name: Vlintuk`), to a line of another shape
 * (a blank line, psql's `(2 rows)`, MySQL's `2 rows in set`). A table whose header is the first
 * record's column names and whose rows are the records with as many lines, each cell the value
 * after its name; a record of other columns ends it. With `like`, its width, whatever the names hold.
 */
function recordsAt(text: string, from: number, to: number, like?: DelimitedTable, work?: ScanWork): { table: DelimitedTable; next: number } | undefined {
  const marker = text.slice(from, to);
  const psql = PSQL_RECORD.test(marker);
  if (!psql && !MYSQL_RECORD.test(marker)) return undefined;
  const separator = psql ? 124 : 58;
  let header: string[] | undefined;
  const rows: TableCell[][] = [];
  let start = to + 1;
  // Where the record being read starts (its first line): where the table ends when it is another table's.
  let record = from;
  while (start < text.length) {
    const names: string[] = [];
    const cells: TableCell[] = [];
    for (; start < text.length && cells.length < MAX_RECORD_LINES; ) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      // The separator after a name: within the name's bound.
      let at = start;
      const bound = Math.min(end, start + MAX_HEADER_CELL + 64);
      while (at < bound && text.charCodeAt(at) !== separator) at++;
      if (work !== undefined) work.steps += at - start + 1;
      if (at >= bound) break;
      const name = text.slice(start, at).trim();
      if (like === undefined && (name.length === 0 || name.length > MAX_HEADER_CELL || !HEADER_CELL.test(name))) break;
      // MySQL puts one blank after the colon; psql pads the name, then ` | `.
      let valueStart = at + 1;
      if (text.charCodeAt(valueStart) === 32) valueStart++;
      let valueEnd = end;
      while (valueEnd > valueStart && isBlank(text.charCodeAt(valueEnd - 1))) valueEnd--;
      names.push(name);
      cells.push({ start: valueStart, end: valueEnd });
      start = end + 1;
    }
    if (header === undefined) header = like === undefined || like.header.length === names.length ? names : undefined;
    if (cells.length === 0 || header === undefined || names.length !== header.length || (like === undefined && names.some((name, i) => name !== header?.[i]))) {
      // A record of other columns is read again as a table of its own.
      if (rows.length > 0) start = record;
      break;
    }
    rows.push(cells);
    // The next record's first line, or the end of the records.
    if (start >= text.length) break;
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start > 200 || !(psql ? PSQL_RECORD : MYSQL_RECORD).test(text.slice(start, end))) break;
    record = start;
    start = end + 1;
  }
  if (header === undefined || rows.length === 0) return undefined;
  return { table: { delimiter: String.fromCharCode(separator), header, rows }, next: start };
}

/**
 * The cells of the line `text[from, to)` split by runs of two blanks or more (a tab is one), each
 * trimmed; undefined past `max` cells or when the line has no such run.
 */
function gapCells(text: string, from: number, to: number, max: number): TableCell[] | undefined {
  const cells: TableCell[] = [];
  let i = from;
  while (i < to && isBlank(text.charCodeAt(i))) i++;
  let start = i;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isBlank(c) && (c === 9 || (i + 1 < to && isBlank(text.charCodeAt(i + 1))))) {
      const stop = i;
      while (i < to && isBlank(text.charCodeAt(i))) i++;
      if (i >= to) break;
      if (cells.length === max - 1) return undefined;
      cells.push({ start, end: stop });
      start = i;
    } else i++;
  }
  let end = to;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  if (cells.length === 0) return undefined;
  cells.push({ start, end });
  return cells;
}

/**
 * A table laid out in columns (the third probe of 2026-12-04, H13: `Name   Date of Birth   SSN`
 * then `Qxaro Vlintuk   03/12/1984   536-22-8514`; a report in capitals kept every value): a
 * header of 2 to 64 column names of one to three words each (HEADER_CELL) set apart by two blanks
 * or more, then rows split the same way into as many cells; any other line ends the table. With
 * `like`, its width, whatever the header's cells hold now.
 */
function columnsAt(text: string, from: number, to: number, like?: DelimitedTable, work?: ScanWork): { table: DelimitedTable; next: number } | undefined {
  if (to >= text.length) return undefined;
  // A gap (two blanks, or a tab) in the line, looked for in the line alone.
  let gap = from;
  while (gap < to && !(text.charCodeAt(gap) === 9 || (text.charCodeAt(gap) === 32 && isBlank(text.charCodeAt(gap + 1))))) gap++;
  if (gap >= to) return undefined;
  let headerTo = to;
  if (headerTo > from && text.charCodeAt(headerTo - 1) === 13) headerTo--;
  const cells = gapCells(text, from, headerTo, like === undefined ? MAX_COLUMNS : like.header.length);
  if (cells === undefined || cells.length < 2) return undefined;
  if (work !== undefined) work.steps += headerTo - from + 1;
  const header = cells.map((c) => text.slice(c.start, c.end));
  if (like !== undefined ? header.length !== like.header.length : header.some((name) => name.length > MAX_HEADER_CELL || !HEADER_CELL.test(name))) return undefined;
  const rows: TableCell[][] = [];
  let start = to + 1;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let lineEnd = end;
    if (lineEnd > start && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    if (work !== undefined) work.steps += lineEnd - start + 1;
    const row = gapCells(text, start, lineEnd, header.length);
    if (row === undefined || row.length !== header.length) break;
    rows.push(row);
    start = end + 1;
  }
  return rows.length === 0 ? undefined : { table: { delimiter: '  ', header, rows }, next: start };
}

/** A blank of a drawn table: space, tab, no-break space, CR. */
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 160 || c === 13;
}

/**
 * The cells of the line `text[from, to)` split by `|` (not `\|`, Markdown's escaped pipe), each
 * trimmed of blanks; with `outer`, a pipe that starts the line and one that ends it are a Markdown
 * or MySQL row's outer pipes, no cell's bounds. Undefined past `max` cells.
 */
function pipeCells(text: string, from: number, to: number, max: number, outer: boolean, work?: ScanWork): TableCell[] | undefined {
  let i = from;
  let end = to;
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  while (end > i && isBlank(text.charCodeAt(end - 1))) end--;
  if (work !== undefined) work.steps += end - i + 1;
  if (outer && i < end && text.charCodeAt(i) === 124) {
    i++;
    if (end > i && text.charCodeAt(end - 1) === 124 && text.charCodeAt(end - 2) !== 92) end--;
  }
  const cells: TableCell[] = [];
  for (;;) {
    let stop = i;
    while (stop < end && !(text.charCodeAt(stop) === 124 && text.charCodeAt(stop - 1) !== 92)) stop++;
    let start = i;
    let last = stop;
    while (start < last && isBlank(text.charCodeAt(start))) start++;
    while (last > start && isBlank(text.charCodeAt(last - 1))) last--;
    if (cells.length === max) return undefined;
    cells.push({ start, end: last });
    if (stop >= end) return cells;
    i = stop + 1;
  }
}

/**
 * How many cells the rule line `text[from, to)` draws: cells of dashes or `=` (a colon at either
 * end, blanks around) split by `+` or `|`, the outer ones optional; 0 when the line is no rule.
 */
function ruleWidth(text: string, from: number, to: number, work?: ScanWork): number {
  let i = from;
  let end = to;
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  while (end > i && isBlank(text.charCodeAt(end - 1))) end--;
  if (end - i > MAX_RULE_CHARS || i === end) return 0;
  if (work !== undefined) work.steps += end - i + 1;
  const first = text.charCodeAt(i);
  if (first === 43 || first === 124) i++;
  const last = text.charCodeAt(end - 1);
  if (end > i && (last === 43 || last === 124)) end--;
  let width = 0;
  let dashes = 0;
  // 0: before a cell's dashes (blanks, a colon), 1: in them, 2: after them (a colon, blanks).
  let state = 0;
  for (; i <= end; i++) {
    const c = i === end ? 43 : text.charCodeAt(i);
    if (c === 43 || c === 124) {
      if (dashes === 0) return 0;
      width++;
      dashes = 0;
      state = 0;
    } else if (c === 45 || c === 61) {
      if (state === 2) return 0;
      state = 1;
      dashes++;
    } else if (c === 58) {
      if (state === 1) state = 2;
      else if (state === 0 && dashes === 0 && i + 1 < end && (text.charCodeAt(i + 1) === 45 || text.charCodeAt(i + 1) === 61)) continue;
      else return 0;
    } else if (isBlank(c)) {
      if (state === 1) state = 2;
    } else return 0;
  }
  return width;
}

/**
 * The cells of the line `text[from, to)` split by `delimiter`, each trimmed of blanks and of its
 * RFC 4180 quotes (a delimiter inside quotes does not split); undefined when a quote is left open.
 */
function splitLine(text: string, from: number, to: number, delimiter: string, work?: ScanWork): TableCell[] | undefined {
  if (work !== undefined) work.steps += to - from + 1;
  let end = to;
  if (end > from && text.charCodeAt(end - 1) === 13) end--;
  const cells: TableCell[] = [];
  const d = delimiter.charCodeAt(0);
  let i = from;
  for (;;) {
    while (i < end && (text.charCodeAt(i) === 32 || (text.charCodeAt(i) === 9 && d !== 9))) i++;
    let start = i;
    let stop: number;
    if (i < end && text.charCodeAt(i) === 34) {
      start = ++i;
      for (;;) {
        if (i >= end) return undefined;
        if (text.charCodeAt(i) === 34) {
          if (text.charCodeAt(i + 1) === 34) {
            i += 2;
            continue;
          }
          break;
        }
        i++;
      }
      stop = i++;
      while (i < end && text.charCodeAt(i) !== d) i++;
    } else {
      while (i < end && text.charCodeAt(i) !== d) i++;
      stop = i;
      while (stop > start && (text.charCodeAt(stop - 1) === 32 || (text.charCodeAt(stop - 1) === 9 && d !== 9))) stop--;
    }
    cells.push({ start, end: stop });
    if (i >= end) return cells;
    i++;
  }
}

/** A name's part as a column's word (`Last`, `First name`, `Surname`, `Given names`, `Nachname`, `Prénom`): two of them joined by `, ` name a whole name's column. */
const NAME_PART_HEADER = /^(?:last|first|middle|family|given|sur|fore|christian|maiden)?(?:[ _]?names?)?$|^(?:surname|forename|nachname|vorname|nom|pr[ée]nom|apellidos?|nombres?|achternaam|voornaam|cognome|nome|sobrenome)$/i;

/**
 * The header's cells with two joined (joinedNameHeader): a comma and a blank between two name parts
 * (`Last, First`), when the first row below has one cell fewer and its cell there is quoted and holds a
 * comma and a blank (`"Kealamakia, Mahina"`). Undefined otherwise. Reads the first row once.
 */
function joinedNameHeader(text: string, cells: readonly TableCell[], rowFrom: number, work?: ScanWork): TableCell[] | undefined {
  let rowEnd = text.indexOf('\n', rowFrom);
  if (rowEnd < 0) rowEnd = text.length;
  const row = splitLine(text, rowFrom, rowEnd, ',', work);
  if (row === undefined || row.length !== cells.length - 1) return undefined;
  for (let i = 0; i + 1 < cells.length; i++) {
    const first = cells[i] as TableCell;
    const second = cells[i + 1] as TableCell;
    const cell = row[i] as TableCell;
    if (text.charCodeAt(first.end) !== 44 || text.charCodeAt(first.end + 1) !== 32) continue;
    const a = text.slice(first.start, first.end);
    const b = text.slice(second.start, second.end);
    if (a.length === 0 || b.length === 0 || !NAME_PART_HEADER.test(a) || !NAME_PART_HEADER.test(b)) continue;
    if (text.charCodeAt(cell.start - 1) !== 34 || text.slice(cell.start, cell.end).indexOf(', ') <= 0) return undefined;
    return [...cells.slice(0, i), { start: first.start, end: second.end }, ...cells.slice(i + 2)];
  }
  return undefined;
}

/** A data frame's row index as pandas and R print it: digits, then a blank. */
function indexEnd(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isBlank(text.charCodeAt(i))) i++;
  const digits = i;
  while (i < to && i - digits <= 12 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  return i > digits && i < to && isBlank(text.charCodeAt(i)) ? i : -1;
}

/** The words of `text[from, to)` split by blanks, as cells. */
function blankWords(text: string, from: number, to: number, max: number): TableCell[] | undefined {
  const words: TableCell[] = [];
  let i = from;
  for (;;) {
    while (i < to && isBlank(text.charCodeAt(i))) i++;
    if (i >= to) return words;
    const start = i;
    while (i < to && !isBlank(text.charCodeAt(i))) i++;
    if (words.length === max) return undefined;
    words.push({ start, end: i });
  }
}

/**
 * A data frame as pandas and R print it (`  last_name         dob        ssn` then
 * `0    Qxarsk  1971-05-06  523456789`; G2 of the second probe of 2026-12-04): a header of 2 to
 * 64 column names (one word each) split by blanks, then rows that start with their index (digits
 * and a blank) and hold as many cells after it: split by blanks when that gives as many, else by
 * runs of two blanks or more (pandas' gap), else where the header's names end (both print values
 * right-aligned under their name); any other line ends the table. With `like`, its width,
 * whatever the header's words hold now.
 */
function spacedAt(text: string, from: number, to: number, like?: DelimitedTable, work?: ScanWork): { table: DelimitedTable; next: number } | undefined {
  if (to >= text.length) return undefined;
  let end = text.indexOf('\n', to + 1);
  if (end < 0) end = text.length;
  if (indexEnd(text, to + 1, end) < 0) return undefined;
  let headerTo = to;
  if (headerTo > from && text.charCodeAt(headerTo - 1) === 13) headerTo--;
  const words = blankWords(text, from, headerTo, like === undefined ? MAX_COLUMNS : like.header.length);
  if (words === undefined || words.length < 2) return undefined;
  if (work !== undefined) work.steps += headerTo - from + 1;
  const header = words.map((w) => text.slice(w.start, w.end));
  if (like !== undefined ? header.length !== like.header.length : header.some((name) => name.length > MAX_HEADER_CELL || !HEADER_CELL.test(name))) return undefined;
  // Where each name ends, counted from its line's start.
  const ends = words.map((w) => w.end - from);
  const rows: TableCell[][] = [];
  let start = to + 1;
  while (start < text.length) {
    end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let lineEnd = end;
    if (lineEnd > start && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    if (work !== undefined) work.steps += lineEnd - start + 1;
    const index = indexEnd(text, start, lineEnd);
    if (index < 0) break;
    const cells = spacedCells(text, index, lineEnd, start, ends);
    if (cells === undefined) break;
    rows.push(cells);
    start = end + 1;
  }
  return rows.length === 0 ? undefined : { table: { delimiter: ' ', header, rows }, next: start };
}

/** A printed data frame's row after its index (spacedAt): its cells, or undefined. */
function spacedCells(text: string, from: number, to: number, lineStart: number, ends: readonly number[]): TableCell[] | undefined {
  const width = ends.length;
  const words = blankWords(text, from, to, width);
  if (words !== undefined && words.length === width) return words;
  // Runs of two blanks or more between the cells (pandas).
  const gaps: TableCell[] = [];
  let i = from;
  while (i < to && isBlank(text.charCodeAt(i))) i++;
  let start = i;
  while (i < to && gaps.length < width) {
    if (isBlank(text.charCodeAt(i)) && (i + 1 >= to || isBlank(text.charCodeAt(i + 1)))) {
      let stop = i;
      while (i < to && isBlank(text.charCodeAt(i))) i++;
      gaps.push({ start, end: stop });
      start = i;
      stop = i;
    } else i++;
  }
  if (start < to && gaps.length < width) gaps.push({ start, end: to });
  if (i >= to && gaps.length === width) return gaps;
  // Right-aligned under the header's names.
  if (to - lineStart < (ends[width - 1] as number)) return undefined;
  const cells: TableCell[] = [];
  let left = from;
  for (let c = 0; c < width; c++) {
    const right = lineStart + (ends[c] as number);
    if (right <= left || isBlank(text.charCodeAt(right - 1)) || (right < to && !isBlank(text.charCodeAt(right)))) return undefined;
    let s = left;
    while (s < right && isBlank(text.charCodeAt(s))) s++;
    cells.push({ start: s, end: right });
    left = right;
  }
  return left === to || blankWords(text, left, to, 0)?.length === 0 ? cells : undefined;
}

/** A line of delimited fields with no header (delimitedRecords). */
export interface DelimitedRecord {
  cells: TableCell[];
}

/** Longest line read as a record, in characters. */
const MAX_RECORD_CHARS = 4096;

/**
 * Every line of `text` that is a delimited record of 3 to 64 fields (split by the comma, tab or
 * semicolon it has most of, RFC 4180 quotes kept together), header or not; other lines are left
 * out. For the redactor's record rule (G17 of the second probe of 2026-12-04: a CSV row with no
 * header). One pass over the text; `work` counts the characters looked at.
 */
export function delimitedRecords(text: string, work?: ScanWork): DelimitedRecord[] {
  const out: DelimitedRecord[] = [];
  for (let from = 0; from <= text.length; ) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    if (end - from <= MAX_RECORD_CHARS) {
      let commas = 0;
      let tabs = 0;
      let semicolons = 0;
      for (let i = from; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === 44) commas++;
        else if (c === 9) tabs++;
        else if (c === 59) semicolons++;
      }
      if (work !== undefined) work.steps += end - from + 1;
      const most = Math.max(commas, tabs, semicolons);
      if (most >= 2 && most < MAX_COLUMNS) {
        const cells = splitLine(text, from, end, most === commas ? ',' : most === tabs ? '\t' : ';', work);
        if (cells !== undefined) out.push({ cells });
      }
    }
    from = end + 1;
  }
  return out;
}
