/**
 * Delimited tables in text (CSV, TSV, semicolon-separated; RFC 4180 quoting): the header row's
 * cells and, for every following row with as many cells, where each cell's content is. The
 * redactor decides each column by its header as it decides a member by its name (a column
 * `last_name` is a person's name in every row), so a row whose values no detector recognizes is
 * masked too (issue 11, a fresh attacker's round 3: `first_name,last_name,email` then
 * `Wiremu,Tane,…` kept the names).
 */

/** A cell's content: `text.slice(start, end)`, without its quotes. */
export interface TableCell {
  start: number;
  end: number;
}

export interface DelimitedTable {
  delimiter: string;
  /** The header's cells, trimmed and unquoted. */
  header: string[];
  /** The data rows with as many cells as the header, in order (a row of another width ends the table). */
  rows: TableCell[][];
}

/** Longest header row looked at, in characters. */
const MAX_HEADER_CHARS = 1024;
/** A header cell longer than this names no column. */
const MAX_HEADER_CELL = 64;
const MAX_COLUMNS = 64;
const DELIMITERS = [',', '\t', ';'] as const;
/** A column name: one to three words of letters, digits, `_`, `-`, `.`, not ending a sentence. */
const HEADER_CELL = /^[\p{L}\p{N}_-][\p{L}\p{N}_.-]*(?: [\p{L}\p{N}_.-]+){0,2}(?<!\.)$/u;

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
  const headerCells = splitLine(text, from, headerEnd, delimiter);
  if (headerCells === undefined) return undefined;
  const header = headerCells.map((c) => text.slice(c.start, c.end).trim());
  if (like !== undefined) {
    // The same table after the text detectors ran: its header may hold their tokens now.
    if (header.length !== like.header.length) return undefined;
  } else if (header.some((name) => name.length === 0 || name.length > MAX_HEADER_CELL || !HEADER_CELL.test(name))) {
    return undefined;
  }
  const rows: TableCell[][] = [];
  for (let start = headerEnd + 1; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const cells = splitLine(text, start, end, delimiter);
    if (cells === undefined || cells.length !== header.length) break;
    rows.push(cells);
    start = end + 1;
  }
  return rows.length === 0 ? undefined : { delimiter, header, rows };
}

/**
 * The cells of the line `text[from, to)` split by `delimiter`, each trimmed of blanks and of its
 * RFC 4180 quotes (a delimiter inside quotes does not split); undefined when a quote is left open.
 */
function splitLine(text: string, from: number, to: number, delimiter: string): TableCell[] | undefined {
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
