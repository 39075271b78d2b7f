// The bind parameters of a parameterised SQL statement and the columns they stand for (a fresh
// README-only probe of 2026-12-04, H16: `{ sql: '… WHERE ssn = $1 AND last_name = $2', params:
// ['536228514', 'Vlintuk'] }` stored the params raw). The statement names each value by the column
// it is compared with or written to, as an INSERT's column list names its literals
// (detectors.ts detectSqlInserts, detectSqlAssignments, detectSqlInLists): which column name is
// personal data is the key-name rules' (key-names.ts, through the redactor's columnDecisions and
// detectors.ts columnKinds), none is listed here.
//
// Placeholders: `$1` (PostgreSQL), `?` and `?1` (MySQL, SQLite, JDBC), `:name` and `:1` (Oracle,
// SQLite), `@name` (T-SQL, SQLite), `$name` (SQLite), `%s` and `%(name)s` (Python DB-API, PEP 249
// paramstyles format and pyformat). A placeholder is mapped to the column of
// - a comparison: `col = $1`, `$1 = col`, `col <> ?`, `col LIKE :p`, `col NOT ILIKE :p`,
//   `col BETWEEN ? AND ?`, `lower(col) = lower(?)`, `col::text = $1::text`; an UPDATE's `SET col = ?`;
// - a list: `col IN (?, ?)`, `col NOT IN (…)`, `col = ANY($1)` (the bind a list itself), row
//   values `(a, b) IN ((?, ?), (?, ?))` by position in each row;
// - an INSERT: `INSERT INTO t (a, b) VALUES (?, ?), (?, ?)`, by position in the tuple;
// - a T-SQL procedure's parameter: `EXEC proc @LastName = @p1` (the parameter's name is the column).
// A placeholder inside a function call at its first argument (`CAST(? AS date)`, `to_date(:d,
// 'YYYY-MM-DD')`) is the call's value. Anything else maps to no column.
//
// Linear: one pass of a tokenizer over at most MAX_STATEMENT characters (at most MAX_TOKENS tokens),
// one pass over the tokens with a stack of open parentheses; each look-back reads at most five tokens.

import { lineStartFrom } from './internal/lines.js';

/** Longest statement read; the binds past it map to no column. */
export const MAX_STATEMENT = 20_000;
/** Most tokens read from one statement. */
const MAX_TOKENS = 8192;

/** The columns a statement's binds stand for. */
export interface SqlBinds {
  /**
   * By a bind's 0-based position in a list of values: `$n` and `?n` at `n - 1`, other
   * placeholders (`?`, `%s`, `:name`, `@name`) in the order they occur (node-oracledb and the
   * DB-API bind a list so). The column's name as written, without quotes or table; undefined
   * where no column names the bind.
   */
  byPosition: (string | undefined)[];
  /** By a named bind's name without its sigil (`dob` for `:dob`, `@dob`, `$dob`, `%(dob)s`), as written. */
  byName: Map<string, string>;
}

const enum Kind {
  Word,
  Bind,
  Op,
  Open,
  Close,
  Comma,
  Cast,
  Other,
}

interface Token {
  kind: Kind;
  /** A word as written (the last part of a dotted name, quotes removed); a named bind's name. */
  text: string;
  /** A numbered bind's number (`$2`, `?2`: 2); 0 for the others. */
  number: number;
  /** A T-SQL `@name`. */
  at: boolean;
}

/** A statement's first word that makes a string SQL: the binds are read only in one. */
const SQL_START = /^[\s(]{0,16}(?:select|insert|update|delete|with|merge|replace|upsert|call|exec|execute|values)\b/i;

/** Whether `text` starts as an SQL statement (`SELECT …`, `INSERT …`, `WITH …`, `EXEC …`). */
export function isSqlStatement(text: string): boolean {
  return SQL_START.test(text.length > 64 ? text.slice(0, 64) : text);
}

/** Words that are no column's name where a column is looked for. */
const KEYWORDS: ReadonlySet<string> = new Set([
  'select', 'where', 'and', 'or', 'not', 'in', 'values', 'set', 'like', 'ilike', 'between', 'is', 'null', 'on', 'as', 'from', 'join', 'by',
  'any', 'all', 'some', 'exists', 'case', 'when', 'then', 'else', 'end', 'limit', 'offset', 'returning', 'into', 'update', 'delete', 'insert',
  'having', 'top', 'exec', 'execute', 'call', 'with', 'union', 'true', 'false', 'distinct', 'group', 'order', 'using', 'default', 'escape',
  'regexp', 'rlike', 'glob', 'match', 'similar', 'to', 'array', 'interval', 'date', 'timestamp', 'time', 'do', 'conflict', 'output',
]);
/** Words that compare like an operator (`col LIKE ?`). */
const COMPARING: ReadonlySet<string> = new Set(['like', 'ilike', 'regexp', 'rlike', 'glob', 'match']);

const isWordStart = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code >= 0xc0;
const isWordChar = (code: number): boolean => isWordStart(code) || (code >= 48 && code <= 57) || code === 36;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** The end of a quoted run from `at` (its opening quote `quote`, a doubled quote inside it), after its closing quote; -1 when it does not close before `end`. */
function quotedEnd(text: string, at: number, quote: number, end: number): number {
  for (let index = at + 1; index < end; index++) {
    if (text.charCodeAt(index) !== quote) continue;
    if (text.charCodeAt(index + 1) === quote) index++;
    else return index + 1;
  }
  return -1;
}

/** `text.indexOf(search, from)` looked for before `limit` only; -1 when not there. */
function boundedIndexOf(text: string, search: string, from: number, limit: number): number {
  const found = text.slice(from, limit + search.length - 1).indexOf(search);
  return found === -1 ? -1 : from + found;
}

/** The end of a string literal from its opening quote at `at`; `end` when it does not close (the rest is the literal). */
function literalEnd(text: string, at: number, end: number): number {
  const close = quotedEnd(text, at, 39, end);
  return close === -1 ? end : close;
}

/** The end of a run of word characters from `at`. */
function wordEnd(text: string, at: number, end: number): number {
  while (at < end && isWordChar(text.charCodeAt(at))) at++;
  return at;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const end = Math.min(text.length, MAX_STATEMENT);
  /** The last token is a word and a dot followed it: a word next continues its name. */
  let joined = false;
  const push = (kind: Kind, value = '', number = 0, at = false): void => {
    joined = false;
    tokens.push({ kind, text: value, number, at });
  };
  let index = 0;
  while (index < end && tokens.length < MAX_TOKENS) {
    const code = text.charCodeAt(index);
    const next = text.charCodeAt(index + 1);
    if (code <= 32) {
      index++;
    } else if (code === 39) {
      // A string literal (its `N`, `E`, `X` prefix read with the word before it).
      index = literalEnd(text, index, end);
      push(Kind.Other);
    } else if (code === 34 || code === 96 || code === 91) {
      // A quoted name: `"last_name"`, `` `last_name` ``, T-SQL's `[last_name]`.
      // A name is at most 128 characters: the search for its closing quote stops there.
      const limit = Math.min(end, index + 130);
      const close = code === 91 ? boundedIndexOf(text, ']', index + 1, limit) : quotedEnd(text, index, code, limit) - 1;
      if (close < 0) {
        index++;
        push(Kind.Other);
        continue;
      }
      word(text.slice(index + 1, close), close + 1);
    } else if (code === 45 && next === 45) {
      // `-- comment` to its line's end.
      while (index < end && text.charCodeAt(index) !== 10) index++;
    } else if (code === 47 && next === 42) {
      const close = text.indexOf('*/', index + 2);
      index = close === -1 || close >= end ? end : close + 2;
    } else if (isWordStart(code)) {
      const stop = wordEnd(text, index, end);
      // A string literal's prefix (`N'Vlintuk'`, `E'…'`, `X'0A'`): the literal, no word.
      if (stop - index === 1 && text.charCodeAt(stop) === 39 && /[NnEeXxBbUu]/.test(text[index] as string)) {
        index = literalEnd(text, stop, end);
        push(Kind.Other);
        continue;
      }
      word(text.slice(index, stop), stop);
    } else if (code === 36 /* $ */ || code === 58 /* : */ || code === 64 /* @ */ || code === 63 /* ? */) {
      if (code === 58 && next === 58) {
        // PostgreSQL's cast `::`.
        index += 2;
        push(Kind.Cast);
        continue;
      }
      const previous = index === 0 ? 32 : text.charCodeAt(index - 1);
      if (isDigit(next) && code !== 64) {
        // `$2`, `?2`, `:2`.
        let stop = index + 1;
        while (stop < end && isDigit(text.charCodeAt(stop))) stop++;
        const digits = text.slice(index + 1, stop);
        if (code === 58) push(Kind.Bind, digits);
        else push(Kind.Bind, '', Number(digits.slice(0, 6)));
        index = stop;
      } else if (code !== 63 && isWordStart(next) && !(code === 58 && isWordChar(previous)) && !(code === 36 && isWordChar(previous))) {
        // `:dob`, `@LastName`, `$dob`.
        const stop = wordEnd(text, index + 1, end);
        push(Kind.Bind, text.slice(index + 1, stop), 0, code === 64);
        index = stop;
      } else if (code === 64 && next === 64) {
        // T-SQL's `@@ROWCOUNT`: a system variable.
        index = wordEnd(text, index + 2, end);
        push(Kind.Other);
      } else {
        if (code === 63) push(Kind.Bind);
        else push(Kind.Other);
        index++;
      }
    } else if (code === 37 /* % */ && next === 115 /* s */) {
      push(Kind.Bind);
      index += 2;
    } else if (code === 37 && next === 40 /* ( */) {
      const close = boundedIndexOf(text, ')s', index + 2, Math.min(end, index + 68));
      if (close !== -1 && close < end && close - index <= 66 && /^[A-Za-z_]\w*$/.test(text.slice(index + 2, close))) {
        push(Kind.Bind, text.slice(index + 2, close));
        index = close + 2;
      } else {
        push(Kind.Other);
        index++;
      }
    } else if (code === 61 || code === 60 || code === 62 || (code === 33 && next === 61)) {
      // `=`, `==`, `<`, `<=`, `<>`, `>`, `>=`, `!=`.
      index += next === 61 || (code === 60 && next === 62) || code === 33 ? 2 : 1;
      push(Kind.Op);
    } else if (code === 40) {
      index++;
      push(Kind.Open);
    } else if (code === 41) {
      index++;
      push(Kind.Close);
    } else if (code === 44) {
      index++;
      push(Kind.Comma);
    } else {
      index++;
      push(Kind.Other);
    }
  }
  return tokens;

  /** A word ending at `stop`; after `p.` (a dotted name: `p.last_name`, `"t"."last_name"`) it replaces the table's name. */
  function word(value: string, stop: number): void {
    const last = tokens[tokens.length - 1];
    if (joined && last !== undefined && last.kind === Kind.Word) last.text = value;
    else push(Kind.Word, value);
    joined = text.charCodeAt(stop) === 46;
    index = joined ? stop + 1 : stop;
  }
}

interface Context {
  kind: 'in' | 'tuples' | 'values' | 'columns' | 'call' | 'group';
  /** An `in` list's column. */
  column?: string | undefined;
  /** A `values` tuple's or a `tuples` list's columns; a `columns` list's or a group's names so far. */
  columns?: (string | undefined)[] | undefined;
  /** A group of names alone (`(last_name, dob)`, a row value's columns): no other token inside. */
  plain?: boolean;
  /** Commas seen so far: the position inside the parentheses. */
  position: number;
  /** A call's name token. */
  word: number;
}

/**
 * The columns the binds of `statement` stand for (see the module's comment); undefined when the
 * statement maps none. Reads at most MAX_STATEMENT characters.
 *
 * @example
 * ```ts
 * sqlBinds('SELECT * FROM p WHERE ssn = $1 AND last_name = $2')?.byPosition; // ['ssn', 'last_name']
 * sqlBinds('INSERT INTO p (first_name, dob) VALUES (:fn, :dob)')?.byName.get('fn'); // 'first_name'
 * ```
 */
export function sqlBinds(statement: string): SqlBinds | undefined {
  const tokens = tokenize(statement);
  // A statement that numbers its binds (`$1`, `?1`) reads a bare `?` as an operator (PostgreSQL's jsonb `?`).
  const numbered = tokens.some((token) => token.kind === Kind.Bind && token.number > 0);
  const byPosition: (string | undefined)[] = [];
  const byName = new Map<string, string>();
  const stack: Context[] = [];
  let insertColumns: (string | undefined)[] | undefined;
  /** The `)` that closed a VALUES tuple (a `, (` after it opens the next row). */
  let closedValues = -1;
  /** The last group of names alone that closed, and the index of its `)`: a row value's columns before `IN`. */
  let rowValue: { close: number; columns: (string | undefined)[] } | undefined;
  let occurrence = 0;
  let found = false;
  const isWord = (at: number, word?: string): boolean => {
    const token = tokens[at];
    return token !== undefined && token.kind === Kind.Word && (word === undefined || token.text.toLowerCase() === word);
  };
  const isKeyword = (at: number): boolean => isWord(at) && KEYWORDS.has((tokens[at] as Token).text.toLowerCase());
  const kindAt = (at: number): Kind | undefined => tokens[at]?.kind;
  /** The column named by the operand that ends at token `at`: `col`, `t.col`, `col::text`, `lower(col)`, a T-SQL `@Param`. */
  const columnBefore = (at: number): string | undefined => {
    if (kindAt(at) === Kind.Word && kindAt(at - 1) === Kind.Cast) at -= 2;
    const token = tokens[at];
    if (token === undefined) return undefined;
    if (token.kind === Kind.Word) return isKeyword(at) ? undefined : token.text;
    if (token.kind === Kind.Bind && token.at && token.text !== '') return token.text;
    if (token.kind === Kind.Close && isWord(at - 1) && !isKeyword(at - 1) && kindAt(at - 2) === Kind.Open && isWord(at - 3)) return (tokens[at - 1] as Token).text;
    return undefined;
  };
  /** The column a value from token `from` to `to` is compared with (`col = ?`, `? = col`, `col LIKE ?`, `col BETWEEN ? AND ?`). */
  const comparedColumn = (from: number, to: number): string | undefined => {
    const before = from - 1;
    if (kindAt(before) === Kind.Op) return columnBefore(before - 1);
    if (isWord(before)) {
      const word = (tokens[before] as Token).text.toLowerCase();
      if (COMPARING.has(word)) return columnBefore(isWord(before - 1, 'not') ? before - 2 : before - 1);
      if (word === 'between') return columnBefore(isWord(before - 1, 'not') ? before - 2 : before - 1);
      if (word === 'and' && isWord(before - 2, 'between')) return columnBefore(isWord(before - 3, 'not') ? before - 4 : before - 3);
    }
    // `? = col`: the operand on the right.
    if (kindAt(to + 1) === Kind.Op && isWord(to + 2) && !isKeyword(to + 2) && kindAt(to + 3) !== Kind.Open) return (tokens[to + 2] as Token).text;
    return undefined;
  };
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    const top = stack[stack.length - 1];
    if (top?.kind === 'group' && token.kind !== Kind.Word && token.kind !== Kind.Comma && token.kind !== Kind.Close) top.plain = false;
    switch (token.kind) {
      case Kind.Open: {
        let context: Context;
        const inAt = isWord(at - 1, 'in') ? (isWord(at - 2, 'not') ? at - 3 : at - 2) : -1;
        // `(last_name, dob) IN ((?, ?), (?, ?))`: the row value's columns, each row's values by position.
        if (top?.kind === 'tuples') context = { kind: 'values', columns: top.columns, position: 0, word: at };
        else if (inAt >= 0 && rowValue !== undefined && rowValue.close === inAt) context = { kind: 'tuples', columns: rowValue.columns, position: 0, word: at };
        else if (isWord(at - 1, 'in')) context = { kind: 'in', column: columnBefore(isWord(at - 2, 'not') ? at - 3 : at - 2), position: 0, word: at };
        else if ((isWord(at - 1, 'any') || isWord(at - 1, 'all') || isWord(at - 1, 'some')) && kindAt(at - 2) === Kind.Op) context = { kind: 'in', column: columnBefore(at - 3), position: 0, word: at };
        else if (isWord(at - 1, 'values') || (kindAt(at - 1) === Kind.Comma && at - 2 === closedValues)) context = { kind: 'values', columns: insertColumns, position: 0, word: at };
        else if (isWord(at - 1) && !isKeyword(at - 1) && (isWord(at - 2, 'into') || isWord(at - 2, 'insert'))) context = { kind: 'columns', columns: [], position: 0, word: at };
        else if (isWord(at - 1, 'insert')) context = { kind: 'columns', columns: [], position: 0, word: at };
        else if (isWord(at - 1) && !isKeyword(at - 1)) context = { kind: 'call', position: 0, word: at - 1 };
        else context = { kind: 'group', columns: [], plain: true, position: 0, word: at };
        if (stack.length < 256) stack.push(context);
        break;
      }
      case Kind.Close:
        stack.pop();
        if (top?.kind === 'columns') insertColumns = top.columns;
        else if (top?.kind === 'group' && top.plain === true && top.position > 0) rowValue = { close: at, columns: top.columns ?? [] };
        else if (top?.kind === 'values') closedValues = at;
        break;
      case Kind.Comma:
        if (top !== undefined) top.position++;
        break;
      case Kind.Word:
        if ((top?.kind === 'columns' || top?.kind === 'group') && top.columns !== undefined && top.columns.length < 1024) {
          // Two words at one position (`(SELECT id …)`) are no list of names.
          if (top.columns[top.position] !== undefined) top.plain = false;
          top.columns[top.position] = token.text;
        }
        break;
      case Kind.Bind: {
        // `@LastName = …` in an EXEC: a procedure's parameter, no value.
        if (token.at && kindAt(at + 1) === Kind.Op && stack.length === 0 && (isWord(0, 'exec') || isWord(0, 'execute'))) break;
        let from = at;
        let to = at;
        let depth = stack.length - 1;
        // Inside a call at its first argument (`lower(?)`, `CAST(? AS date)`): the call is the value.
        while (depth >= 0 && (stack[depth] as Context).kind === 'call' && (stack[depth] as Context).position === 0) {
          from = (stack[depth] as Context).word;
          to = -2;
          depth--;
        }
        const context = stack[depth];
        const column =
          context?.kind === 'in' && from === at ? context.column
          : context?.kind === 'values' ? context.columns?.[context.position]
          : comparedColumn(from, to);
        const position = token.number > 0 ? token.number - 1 : token.text !== '' || !numbered ? occurrence++ : -1;
        if (position >= 0 && position < 4096 && column !== undefined && byPosition[position] === undefined) {
          byPosition[position] = column;
          found = true;
        }
        if (token.text !== '' && column !== undefined && !byName.has(token.text)) {
          byName.set(token.text, column);
          found = true;
        }
        break;
      }
      default:
        break;
    }
  }
  return found ? { byPosition, byName } : undefined;
}

/** Members that hold a parameterised statement's text (node-postgres `text`, knex and mysql2 `sql`). */
const STATEMENT_MEMBERS = ['sql', 'query', 'text', 'statement'] as const;
/** Members that hold its binds (node-postgres `values`, knex `bindings`, node-oracledb `binds`, Sequelize `bind` and `replacements`). */
const BIND_MEMBERS = ['params', 'values', 'args', 'bindings', 'binds', 'parameters', 'bind', 'replacements'] as const;
const BIND_MEMBER_SET: ReadonlySet<string> = new Set(BIND_MEMBERS);

/** A parameterised statement in an object: the member holding its binds and what they stand for. */
export interface BoundStatement {
  member: string;
  binds: SqlBinds;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * `{ sql, params }`, `{ text, values }` (node-postgres), `{ sql, bindings }` (knex), `{ sql, binds }`
 * (node-oracledb), `{ query, parameters }`, Prisma's `{ strings, values }` (a `$queryRaw` template,
 * its strings joined by `$1`, `$2`, …): the member holding the binds, a list or an object, or a JSON
 * list in a string (Prisma's query event), and the columns they stand for; undefined for any other
 * object, and for a statement that does not start as SQL or maps no bind.
 */
export function boundStatementOf(value: { readonly [key: string]: Json }, keys: readonly string[]): BoundStatement | undefined {
  let member: string | undefined;
  for (const key of keys) {
    if (BIND_MEMBER_SET.has(key)) {
      member = key;
      break;
    }
  }
  if (member === undefined) return undefined;
  const binds = value[member];
  if (binds === null || (typeof binds !== 'object' && !(typeof binds === 'string' && binds.startsWith('[')))) return undefined;
  let statement: string | undefined;
  for (const key of STATEMENT_MEMBERS) {
    const text = value[key];
    if (typeof text === 'string') {
      statement = text;
      break;
    }
  }
  const strings = value.strings;
  if (statement === undefined && Array.isArray(strings) && strings.length >= 2 && strings.length <= 1024 && strings.every((part) => typeof part === 'string')) {
    statement = (strings as string[]).reduce((joined, part, index) => (index === 0 ? part : `${joined}$${index}${part}`), '');
  }
  if (statement === undefined || !isSqlStatement(statement)) return undefined;
  const mapped = sqlBinds(statement);
  return mapped === undefined ? undefined : { member, binds: mapped };
}

/** One statement's binds as a log line writes them: each value's extent in the text and its column's name. */
export interface LoggedBinds {
  columns: string[];
  /** `[start, value]`: the value as written (a JSON string's content without its quotes, a number). */
  values: Array<[start: number, value: string]>;
}

/** TypeORM's `query: SELECT … = $1 -- PARAMETERS: ["…",…]`. */
const TYPEORM_PARAMETERS = /-- PARAMETERS: \[/g;
/** Hibernate 5's `binding parameter [1] as [VARCHAR] - [Vlintuk]`, Hibernate 6's `binding parameter (1:VARCHAR) <- [Vlintuk]`. */
const HIBERNATE_BINDING = /binding parameter (?:\[(\d{1,4})\] as \[\w{1,40}\] - |\((\d{1,4}):\w{1,40}\) <- )\[([^\]\r\n]{0,256})\]/g;
/** Rails' binds after its statement: `[["last_name", "Vlintuk"], ["LIMIT", 1]]`. */
const RAILS_BINDS = /\[\["[A-Za-z_][\w.]{0,63}", /g;
/** A line of a statement whose binds a Hibernate trace lists: SQL's words (and a `?`, asked apart). */
const SQL_LINE = /\b(?:select|insert|update|delete|merge)\b/i;
/** One JSON scalar in a list: a string (its content captured), a number, null, true or false; then `,` or `]`. */
const JSON_ITEM = /\s{0,8}(?:"((?:[^"\\\n]|\\.){0,256})"|(-?\d[\d.eE+-]{0,40})|null|nil|true|false)\s{0,8}([,\]])/y;

/**
 * The items of a JSON list of binds from `from` (after its `[`), at most 256, each put in `group`
 * under the column of its position; returns where the last item read ends, or undefined when none
 * was read.
 */
function jsonListBinds(text: string, from: number, byPosition: ReadonlyArray<string | undefined>, group: LoggedBinds): number | undefined {
  let end: number | undefined;
  JSON_ITEM.lastIndex = from;
  for (let index = 0; index < 256; index++) {
    const item = JSON_ITEM.exec(text);
    if (item === null) break;
    end = JSON_ITEM.lastIndex;
    const column = byPosition[index];
    const value = item[1] ?? item[2];
    if (column !== undefined && value !== undefined) {
      group.columns.push(column);
      group.values.push([item.index + (item[1] === undefined ? item[0].indexOf(value) : item[0].indexOf('"') + 1), value]);
    }
    if (item[3] === ']') break;
  }
  return end;
}
/** One Rails bind: `["name", value]`, then `,` or `]`. */
const RAILS_ITEM = /\s{0,8}\["([A-Za-z_][\w.]{0,63})", (?:"((?:[^"\\\n]|\\.){0,256})"|(-?\d[\d.eE+-]{0,40})|nil|true|false)\]\s{0,8}([,\]])/y;

/** Whether `text` may hold binds logged beside their statement (sqlLogBinds): a cheap gate. */
export function mayHoldLoggedBinds(text: string): boolean {
  return (
    (text.indexOf('[') !== -1 && (text.indexOf('PARAMETERS') !== -1 || text.indexOf('binding parameter') !== -1 || text.indexOf('[["') !== -1 || text.indexOf('arams') !== -1 || text.indexOf('Parameters=[') !== -1 || text.indexOf('s ago]') !== -1 || text.indexOf('[generated in ') !== -1 || text.indexOf('[no key ') !== -1)) ||
    text.indexOf('==> ') !== -1
  );
}

// ------------------------------------------------------------------ binds on their own line
// ORM and driver debug logs that write the binds on a line of their own, after the statement or
// (EF Core) before it (the fourth probe of 2026-12-04, J4):
//   - SQLAlchemy (1.4, 2.0): `[generated in 0.00012s] ('Wenlix', 'Dorvane')`, `[cached since 2.1s
//     ago] {'surname_1': 'Mollquist'}`, `[no key 0.0001s] (…)`, `[raw sql] (…)`: a Python tuple by
//     position or a dict by name (`%(surname_1)s`);
//   - Prisma's query event as logged: `params: ["Mollquist",1,0]`, `prisma:query params […]`,
//     `Params: […]`: a JSON list by position;
//   - MyBatis: `==> Parameters: Mollquist(String), 412673390(String), 7(Integer)` after `==>
//     Preparing: …`: by position;
//   - EF Core: `Executed DbCommand (3ms) [Parameters=[@p0='Dorvane' (Nullable = false) (Size =
//     4000), @__lastName_0='Vlintuk'], CommandType='Text', …]` then the statement: by name.
// The statement of the first three is the last line before the binds with an SQL statement's
// word, from that word to the binds' line (a statement over several lines too); each stretch of
// text is read once, the binds of each list at most 256.

/** Where binds start on their own line: SQLAlchemy's bracket, Prisma's `params`, MyBatis' `==> Parameters:`, EF Core's `[Parameters=[`. */
const OWN_LINE_BINDS = /\[(?:generated in [\d.]{1,12}s|cached since [\d.]{1,12}s ago|no key [\d.]{1,12}s|raw sql|dialect [^\]\n]{1,120})\][ \t]{0,4}(?=[({])|\b[Pp]arams:?[ \t]{1,4}(?=\[)|==>[ \t]{0,4}Parameters:[ \t]{0,4}|\[Parameters=\[/g;
/** A statement's first word (the statement read from it). */
const STATEMENT_WORD = /\b(?:select|insert|update|delete|merge|with)\b/i;
/** One Python literal in a tuple: a quoted string (its content captured), a number, None, True, False, a constructor call; then `,` or `)`. */
const PY_ITEM = /\s{0,8}(?:'((?:[^'\\\n]|\\.){0,256})'|"((?:[^"\\\n]|\\.){0,256})"|(-?\d[\d.eE+-]{0,40})|None|True|False|[A-Za-z_][\w.]{0,40}\([^()\n]{0,80}\))\s{0,8}([,)])/y;
/** One member of a Python dict: `'name': literal`, then `,` or `}`. */
const PY_MEMBER = /\s{0,8}'([A-Za-z_]\w{0,63})':\s{0,4}(?:'((?:[^'\\\n]|\\.){0,256})'|"((?:[^"\\\n]|\\.){0,256})"|(-?\d[\d.eE+-]{0,40})|None|True|False|[A-Za-z_][\w.]{0,40}\([^()\n]{0,80}\))\s{0,8}([,}])/y;
/** One MyBatis parameter: `value(Type)` or `null`, then `, ` or the line's end. */
const MYBATIS_ITEM = /(?:([^\r\n]{0,256}?)\(([A-Za-z][\w.]{0,40})\)|null)(, |[ \t]*(?=[\r\n]|$))/y;
/** One EF Core parameter: `@name='value'` (`''` inside), `NULL` or a number, its facets `(Size = 4000)`, then `,` or `]`. */
const EF_ITEM = /\s{0,4}@([A-Za-z_]\w{0,63})=(?:'((?:[^'\r\n]|''){0,256})'|NULL|(-?\d[\d.]{0,40}))(?:\s\([A-Za-z ]{1,24}=\s?[\w.]{1,24}\)){0,6}\s{0,4}([,\]])/y;

/** An ISO 8601 date and time (`1979-11-02T00:00:00.0000000`). */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** The binds of `text` on lines of their own (see above), each with its column. */
function ownLineBinds(text: string, out: LoggedBinds[]): void {
  /** Where the last list read ended: a statement is looked for after it. */
  let searched = 0;
  for (const match of text.matchAll(OWN_LINE_BINDS)) {
    const at = match.index;
    const from = at + match[0].length;
    if (at < searched) continue;
    const group: LoggedBinds = { columns: [], values: [] };
    if (match[0].startsWith('[Parameters=')) {
      // EF Core: the statement follows, up to the next command's log line.
      const items: Array<[name: string, start: number, value: string]> = [];
      EF_ITEM.lastIndex = from;
      let end = from;
      for (let index = 0; index < 256; index++) {
        const item = EF_ITEM.exec(text);
        if (item === null) break;
        end = EF_ITEM.lastIndex;
        const value = item[2] ?? item[3];
        if (value !== undefined) items.push([item[1] as string, item.index + item[0].indexOf(value, item[0].indexOf('=')), value]);
        if (item[4] === ']') break;
      }
      searched = end;
      if (items.length === 0) continue;
      const next = text.indexOf('DbCommand', end);
      const statement = text.slice(end, Math.min(next === -1 ? text.length : next, end + MAX_STATEMENT));
      const binds = sqlBinds(statement);
      if (binds === undefined) continue;
      for (const [name, start, value] of items) {
        const column = binds.byName.get(name);
        if (column !== undefined) {
          group.columns.push(column);
          // A .NET DateTime's round-trip form (`1979-11-02T00:00:00.0000000`): its date is the value.
          group.values.push([start, ISO_DATE_TIME.test(value) ? value.slice(0, 10) : value]);
        }
      }
      if (group.values.length > 0) out.push(group);
      continue;
    }
    // The statement: the last line before the binds' line with a statement's word, from that word on.
    // Read back to `searched` at most (issue 11: a scan to the text's start for every bind was quadratic).
    const lineStart = lineStartFrom(text, at, searched);
    const statement = statementBefore(text.slice(Math.max(searched, lineStart - MAX_STATEMENT), lineStart));
    searched = from;
    if (statement === undefined) continue;
    const binds = sqlBinds(statement);
    if (binds === undefined) continue;
    const opening = text.charCodeAt(from);
    if (match[0].startsWith('==>')) {
      MYBATIS_ITEM.lastIndex = from;
      for (let index = 0; index < 256; index++) {
        const item = MYBATIS_ITEM.exec(text);
        if (item === null || item[0] === '') break;
        searched = MYBATIS_ITEM.lastIndex;
        const column = binds.byPosition[index];
        const value = item[1];
        if (column !== undefined && value !== undefined && value !== '') {
          group.columns.push(column);
          group.values.push([item.index, value]);
        }
        if (item[3] !== ', ') break;
      }
    } else if (opening === 91 /* [ */) {
      searched = jsonListBinds(text, from + 1, binds.byPosition, group) ?? searched;
    } else if (opening === 40 /* ( */) {
      PY_ITEM.lastIndex = from + 1;
      for (let index = 0; index < 256; index++) {
        const item = PY_ITEM.exec(text);
        if (item === null) break;
        searched = PY_ITEM.lastIndex;
        const column = binds.byPosition[index];
        const value = item[1] ?? item[2] ?? item[3];
        if (column !== undefined && value !== undefined) {
          group.columns.push(column);
          group.values.push([item.index + (item[3] === undefined ? item[0].search(/['"]/) + 1 : item[0].indexOf(value)), value]);
        }
        if (item[4] === ')') break;
      }
    } else {
      PY_MEMBER.lastIndex = from + 1;
      for (let index = 0; index < 256; index++) {
        const item = PY_MEMBER.exec(text);
        if (item === null) break;
        searched = PY_MEMBER.lastIndex;
        const column = binds.byName.get(item[1] as string);
        const value = item[2] ?? item[3] ?? item[4];
        if (column !== undefined && value !== undefined) {
          const colon = item[0].indexOf(':');
          group.columns.push(column);
          group.values.push([item.index + (item[4] === undefined ? item[0].slice(colon).search(/['"]/) + colon + 1 : item[0].indexOf(value, colon)), value]);
        }
        if (item[5] === '}') break;
      }
    }
    if (group.values.length > 0) out.push(group);
  }
}

/** The statement of `text`'s last line with a statement's word (STATEMENT_WORD), from that word to the end of `text`. */
function statementBefore(text: string): string | undefined {
  let end = text.length;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const word = STATEMENT_WORD.exec(text.slice(start, end));
    if (word !== null) return text.slice(start + word.index);
    end = start - 1;
  }
  return undefined;
}

/**
 * Binds logged beside their statement, each with the column its placeholder stands for (sqlBinds):
 * TypeORM's `-- PARAMETERS: […]` after the statement on its line, Hibernate's `binding parameter
 * [n] as [TYPE] - [value]` lines (5 and 6) after the last statement line with a `?` before them,
 * and Rails' `[["last_name", "Vlintuk"], …]`, whose pairs name their columns. At most 256 binds a
 * statement; each list, statement and line is read once.
 */
export function sqlLogBinds(text: string): LoggedBinds[] {
  const out: LoggedBinds[] = [];
  // Where the last list read ended: a statement starts after it (and after its line's start), so each character is tokenized once.
  let consumed = 0;
  let lineOf = lineStarts(text);
  for (const match of text.matchAll(TYPEORM_PARAMETERS)) {
    const at = match.index;
    const lineStart = Math.max(consumed, lineOf(at));
    consumed = at + match[0].length;
    if (at - lineStart > MAX_STATEMENT) continue;
    const binds = sqlBinds(text.slice(lineStart, at));
    if (binds === undefined) continue;
    const group: LoggedBinds = { columns: [], values: [] };
    consumed = jsonListBinds(text, at + match[0].length, binds.byPosition, group) ?? consumed;
    if (group.values.length > 0) out.push(group);
  }
  if (text.indexOf('binding parameter') !== -1) {
    let group: LoggedBinds | undefined;
    let binds: SqlBinds | undefined;
    /** Where the statement line was last looked for: each stretch of text is searched once. */
    let searched = 0;
    lineOf = lineStarts(text);
    for (const match of text.matchAll(HIBERNATE_BINDING)) {
      const lineStart = lineOf(match.index);
      // A statement line between the last binding and this one starts a new statement.
      const between = text.slice(searched, lineStart);
      searched = match.index + match[0].length;
      const statement = lastSqlLine(between);
      if (statement !== undefined) {
        binds = sqlBinds(statement);
        if (group !== undefined && group.values.length > 0) out.push(group);
        group = { columns: [], values: [] };
      }
      const column = binds?.byPosition[Number(match[1] ?? match[2]) - 1];
      const value = match[3] as string;
      if (group === undefined || column === undefined || value === '' || group.values.length >= 256) continue;
      group.columns.push(column);
      group.values.push([match.index + match[0].length - 1 - value.length, value]);
    }
    if (group !== undefined && group.values.length > 0) out.push(group);
  }
  for (const match of text.matchAll(RAILS_BINDS)) {
    const group: LoggedBinds = { columns: [], values: [] };
    RAILS_ITEM.lastIndex = match.index + 1;
    for (let index = 0; index < 256; index++) {
      const item = RAILS_ITEM.exec(text);
      if (item === null) break;
      const value = item[2] ?? item[3];
      if (value !== undefined) {
        group.columns.push(item[1] as string);
        const quoted = item[2] !== undefined;
        group.values.push([item.index + item[0].lastIndexOf(quoted ? `"${value}"` : value) + (quoted ? 1 : 0), value]);
      }
      if (item[4] === ']') break;
    }
    if (group.values.length > 0) out.push(group);
  }
  ownLineBinds(text, out);
  return out;
}

/** The start of the line of each position asked, positions asked in increasing order: each character is read once (never searched backwards). */
function lineStarts(text: string): (at: number) => number {
  let start = 0;
  let next = text.indexOf('\n');
  return (at: number): number => {
    while (next !== -1 && next < at) {
      start = next + 1;
      next = text.indexOf('\n', start);
    }
    return start;
  };
}

/** The last line of `text` that reads as a statement with a `?` (SQL_LINE), within its last MAX_STATEMENT characters. */
function lastSqlLine(text: string): string | undefined {
  const tail = text.length > MAX_STATEMENT ? text.slice(-MAX_STATEMENT) : text;
  let end = tail.length;
  while (end > 0) {
    const start = tail.lastIndexOf('\n', end - 1) + 1;
    const line = tail.slice(start, end);
    if (line.includes('?') && SQL_LINE.test(line)) return line;
    end = start - 1;
  }
  return undefined;
}

// ------------------------------------------------------------------ literals by their column
// A string literal that SQL compares with a column, or names by an alias, other than the
// `column = 'value'` after WHERE or SET that detectors.ts detectSqlAssignments reads (the ninth
// probe of 2026-12-05, L15, found these stored raw):
// - a comparison other than `=`: `last_name LIKE 'Havili%'`, `surname NOT ILIKE 'Tūhoe%'`,
//   `last_name <> 'Havili'`, `!=`, `<`, `>=`, `SIMILAR TO`, `dob BETWEEN '1979-06-21' AND
//   '1979-12-31'` (both bounds), a column in a function or cast (`lower(last_name) =
//   lower('Havili')`, `upper(surname) = 'HAVILI'`, `dob::date = …`), a typed literal (`dob = DATE
//   '1979-06-21'`, `TIMESTAMP '…'`); the column may carry its table (`p.last_name`) or quotes;
// - a literal with an alias in a select list (a CTE's, a MERGE's USING): `SELECT 'Tevita Havili'
//   AS patient_name`, `'1979-06-21'::date AS dob`, `DATE '1979-06-21' AS dob`, `CAST('1979-06-21'
//   AS date) AS dob`.
// Which column is personal is the key-name rules' (the caller's columnKinds). Read in a statement
// only (a `select`, `where`, `update`, `delete` or `merge` word); linear: one pass over the quotes,
// each literal's look-back and look-ahead bounded.

/** A literal's column before it: the column (group 1), an optional `)` and cast, the operator (group 2), a function or type word opening the literal. */
const COMPARED_BEFORE =
  /(?<![\w$])[`"[]?([A-Za-z_][\w$]{0,63})[`"\]]?(?:[ \t]{0,3}\))?(?:[ \t]{0,3}::[ \t]{0,3}[A-Za-z]{1,20})?\s{0,3}(<>|!=|>=|<=|[<>=]|(?:not\s{1,3})?(?:i?like|similar\s{1,3}to)|(?:not\s{1,3})?between)\s{0,3}(?:(?:lower|upper|trim|initcap|unaccent|lcase|ucase)[ \t]{0,3}\([ \t]{0,3})?(?:(?:date|timestamp)\s{1,3})?[NnEe]?$/i;
/** BETWEEN's second bound: `AND` after the first. */
const BETWEEN_AND = /^(?:[ \t]{0,3}::[ \t]{0,3}[A-Za-z]{1,20})?\s{1,3}and\s{1,3}(?:(?:date|timestamp)\s{1,3})?[NnEe]?$/i;
/** A literal's alias after it: an optional cast (`::date`, `AS date)` of a CAST), then `AS column` (group 1). */
const ALIAS_AFTER =
  /^(?:[ \t]{0,3}::[ \t]{0,3}[A-Za-z]{1,20}(?:[ \t]{0,3}\([ \t]{0,3}\d{1,4}[ \t]{0,3}\))?)?(?:\s{1,3}as\s{1,3}[A-Za-z]{1,20}(?:[ \t]{0,3}\([ \t]{0,3}\d{1,4}[ \t]{0,3}\))?[ \t]{0,3}\))?\s{1,3}as\s{1,3}[`"[]?([A-Za-z_][\w$]{0,63})(?![\w$(])/i;
/** A statement's word: the literals are read only in text that has one. */
const LITERAL_STATEMENT_WORD = /\b(?:select|where|update|delete|merge)\b/i;
/** Longest literal read (a name, a date, an id). */
const MAX_LITERAL = 200;
/** Most literals read in one text. */
const MAX_LITERALS = 4096;

/** A literal and the column that names it. */
export interface LiteralColumn {
  /** The column as written, without quotes or table. */
  column: string;
  /** The literal's content (from `start`, `''` inside as written), a LIKE pattern's outer `%` left out. */
  start: number;
  value: string;
}

/** Whether `text` may hold a literal that reads sqlLiteralColumns finds (a quote and a statement's word). */
export function mayHoldSqlLiterals(text: string): boolean {
  return text.includes("'") && LITERAL_STATEMENT_WORD.test(text.length > MAX_STATEMENT ? text.slice(0, MAX_STATEMENT) : text);
}

/**
 * The string literals of `text` that a comparison other than `col = '…'` or an alias names (see
 * above). Reads the first MAX_STATEMENT characters.
 */
export function sqlLiteralColumns(text: string): LiteralColumn[] {
  const found: LiteralColumn[] = [];
  const end = Math.min(text.length, MAX_STATEMENT);
  // BETWEEN's column and the end of its first bound, for the second.
  let betweenColumn: string | undefined;
  let betweenEnd = -1;
  let count = 0;
  for (let open = text.indexOf("'"); open !== -1 && open < end && count < MAX_LITERALS; open = text.indexOf("'", open)) {
    count++;
    const close = quotedEnd(text, open, 39, end);
    if (close === -1) break;
    const contentStart = open + 1;
    const content = text.slice(contentStart, close - 1);
    const next = close;
    if (content.length === 0 || content.length > MAX_LITERAL) {
      open = next;
      betweenColumn = undefined;
      continue;
    }
    let column: string | undefined;
    let like = false;
    if (betweenColumn !== undefined && BETWEEN_AND.test(text.slice(betweenEnd, open))) column = betweenColumn;
    betweenColumn = undefined;
    if (column === undefined) {
      const before = COMPARED_BEFORE.exec(text.slice(Math.max(0, open - 120), open));
      if (before !== null) {
        column = before[1] as string;
        const operator = (before[2] as string).toLowerCase();
        like = operator.endsWith('like') || operator.endsWith('to');
        if (operator.endsWith('between')) {
          betweenColumn = column;
          betweenEnd = close;
        }
      }
    }
    if (column === undefined) {
      const after = ALIAS_AFTER.exec(text.slice(close, Math.min(text.length, close + 80)));
      if (after !== null) column = after[1] as string;
    }
    if (column !== undefined) {
      // A LIKE pattern's outer wildcards are no part of the value.
      let from = 0;
      let to = content.length;
      if (like) {
        while (from < to && content.charCodeAt(from) === 37) from++;
        while (to > from && content.charCodeAt(to - 1) === 37) to--;
      }
      if (to > from) found.push({ column, start: contentStart + from, value: content.slice(from, to) });
    }
    open = next;
  }
  return found;
}
