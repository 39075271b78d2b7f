// Issue 13 (mutation testing) for sql-binds.ts: direct calls, exact results. sql-binds.test.ts
// checks what the redactor stores for the probe's kinds; these pin each rule of the tokenizer, of
// the contexts a bind is read in, of boundStatementOf and of the logged binds, with the look-alike
// that must map nothing beside each.
import { describe, expect, it } from 'vitest';
import { MAX_STATEMENT, boundStatementOf, isSqlStatement, mayHoldLoggedBinds, sqlBinds, sqlLogBinds, type LoggedBinds } from './sql-binds.js';

/** The binds as plain data: positions (holes as null) and the names in insertion order; undefined when none. */
const binds = (statement: string): { p: (string | null)[]; n: [string, string][] } | undefined => {
  const found = sqlBinds(statement);
  return found === undefined ? undefined : { p: Array.from(found.byPosition, (column) => column ?? null), n: [...found.byName] };
};
const columns = (statement: string): (string | null)[] | undefined => binds(statement)?.p;
const where = (condition: string): (string | null)[] | undefined => columns(`SELECT * FROM t WHERE ${condition}`);

describe('isSqlStatement', () => {
  it('reads the statement words, after at most 16 blanks or parentheses', () => {
    for (const start of ['SELECT 1', 'insert into t', 'UPDATE t', 'delete from t', 'WITH x AS (SELECT 1)', 'MERGE INTO t', 'replace into t', 'UPSERT INTO t', 'call p()', 'exec p', 'EXECUTE p', 'values (1)', ' ( (select 1', `${' '.repeat(16)}select 1`]) {
      expect(isSqlStatement(start), start).toBe(true);
    }
    for (const start of ['selection of plans', `${' '.repeat(17)}select 1`, 'order select', 'x'.repeat(70), `${' '.repeat(60)}select 1`, '']) expect(isSqlStatement(start), start).toBe(false);
  });
});

describe('sqlBinds: the tokenizer', () => {
  it('reads quoted names: doubled quotes kept, brackets, dotted names keep their last part', () => {
    expect(where('"a""b" = ?')).toEqual(['a""b']);
    expect(where('[last name] = ? AND `dob` = ?')).toEqual(['last name', 'dob']);
    expect(where('p.surname = ? AND "t"."dob" = ? AND [s].[ssn] = ?')).toEqual(['surname', 'dob', 'ssn']);
  });

  it('reads a quoted name of at most 128 characters', () => {
    for (const [open, close] of [['[', ']'], ['"', '"'], ['`', '`']]) {
      expect(where(`${open}${'a'.repeat(128)}${close} = ?`)).toEqual(['a'.repeat(128)]);
      expect(where(`${open}${'a'.repeat(129)}${close} = ?`)).toBeUndefined();
    }
    // An unclosed quote is one character: the name after it is read.
    expect(where('"surname = ?')).toEqual(['surname']);
    expect(where('[surname = ?')).toEqual(['surname']);
  });

  it('steps over string literals, a doubled quote inside them, and an unclosed one to the end', () => {
    expect(where("x = 'it''s = ?' AND y = ?")).toEqual(['y']);
    expect(where("x = 'a' AND y = ? AND z = 'b")).toEqual(['y']);
    expect(where("x = 'unclosed AND y = ?")).toBeUndefined();
  });

  it("reads N'…', E'…', U&'…', X'…', B'…' as literals (no word), another letter or two as a word", () => {
    // `? = word` takes the word on the right as the column; a literal is none.
    for (const prefix of ['N', 'n', 'E', 'e', 'X', 'x', 'B', 'b', 'U', 'u']) expect(where(`? = ${prefix}'v'`), prefix).toBeUndefined();
    expect(where("? = Q'v'")).toEqual(['Q']);
    expect(where("? = NN'v'")).toEqual(['NN']);
    // A prefixed literal that does not close is the rest.
    expect(where("? = surname AND N'x = ? ")).toEqual(['surname']);
  });

  it('skips -- comments to their line end and /* */ comments, an unclosed one to the end', () => {
    expect(where('surname = ? -- dob = ?\nAND ssn = ?')).toEqual(['surname', 'ssn']);
    expect(where('surname = ? /* dob = ? */ AND ssn = ?')).toEqual(['surname', 'ssn']);
    expect(where('surname = ? /* dob = ? AND ssn = ?')).toEqual(['surname']);
    // One dash is an operator, not a comment.
    expect(where('a - 1 = ? AND dob = ?')).toEqual([null, 'dob']);
  });

  it('numbers $n and ?n binds by their numbers, :n in order with its digits as its name', () => {
    expect(where('surname = ?2 AND dob = ?1')).toEqual(['dob', 'surname']);
    expect(where('surname = $3 AND dob = $1')).toEqual(['dob', null, 'surname']);
    expect(binds('SELECT * FROM t WHERE surname = :2 AND dob = :1')).toEqual({ p: ['surname', 'dob'], n: [['2', 'surname'], ['1', 'dob']] });
    // The first column a number is given keeps it.
    expect(where('surname = ?1 AND dob = ?1')).toEqual(['surname']);
    // Six digits at most are read; positions from 4,096 on map nothing.
    expect(where('surname = $4096')?.[4095]).toBe('surname');
    expect(where('surname = $4097')).toBeUndefined();
    expect(where('surname = $1000001')).toBeUndefined();
    // `$0000002` reads as `$000000`: no number, a bind by its place.
    expect(where('dob = ? AND surname = $0000002')).toEqual(['dob', 'surname']);
  });

  it('reads a bare ? as an operator in a statement that numbers its binds (jsonb ?)', () => {
    expect(where('surname = $1 AND doc ? dob AND x = ? AND dob = $2')).toEqual(['surname', 'dob']);
    expect(where('surname = ? AND dob = ?')).toEqual(['surname', 'dob']);
  });

  it('reads :name, @name and $name binds, not after a word character (x:y, y$h) nor :: (a cast)', () => {
    expect(binds('SELECT * FROM t WHERE a::text = :b AND c = x:d AND e = $f AND g = y$h AND i = @j')).toEqual({ p: ['a', 'e', 'i'], n: [['b', 'a'], ['f', 'e'], ['j', 'i']] });
    // `@` before a digit is no bind, `?x` is a bare bind then a word.
    expect(where('a = @1 AND b = ?x')).toEqual(['b']);
    expect(binds('SELECT * FROM t WHERE dob = :dob_2$x')?.n).toEqual([['dob_2$x', 'dob']]);
  });

  it('reads @@ROWCOUNT as no bind', () => {
    expect(where('surname = @@rowcount AND dob = ?')).toEqual(['dob']);
    expect(binds('SELECT * FROM t WHERE surname = @@x')).toBeUndefined();
  });

  it('reads %s and %(name)s (a name of at most 64 characters, a word), other % as an operator', () => {
    expect(binds('SELECT * FROM t WHERE surname = %(sn)s AND dob = %(d-x)s AND ssn = %s')).toEqual({ p: ['surname', 'ssn'], n: [['sn', 'surname']] });
    const long = 'n'.repeat(64);
    expect(binds(`SELECT * FROM t WHERE surname = %(${long})s`)?.n).toEqual([[long, 'surname']]);
    expect(binds(`SELECT * FROM t WHERE surname = %(${long}n)s`)).toBeUndefined();
    expect(binds('SELECT * FROM t WHERE surname = %(1x)s')).toBeUndefined();
    expect(binds('SELECT * FROM t WHERE surname = %(sn)')).toBeUndefined();
    expect(where('a % 2 = ? AND dob = %s')).toEqual([null, 'dob']);
  });

  it('reads each comparison operator, of one or two characters', () => {
    expect(where('a = ? AND b == ? AND c != ? AND d <> ? AND e <= ? AND f >= ? AND g < ? AND h > ?')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    // `!` alone and `=>` are not one operator before the bind.
    expect(where('a ! ? AND b = ?')).toEqual([null, 'b']);
  });
});

describe('sqlBinds: the character classes', () => {
  it('a word: ASCII letters, _, letters from U+00C0, digits and $ after its start; other signs end it', () => {
    expect(where('a = ? AND Z = ? AND z = ? AND _x = ?')).toEqual(['a', 'Z', 'z', '_x']);
    expect(where('prénom = ? AND Àge = ?')).toEqual(['prénom', 'Àge']);
    expect(where('a0b = ? AND a9b = ? AND a$b = ?')).toEqual(['a0b', 'a9b', 'a$b']);
    // `^`, `|`, `{`, `@`, U+00BF are no word's characters: the word after them is the column.
    expect(where('a^b = ? AND a|b = ? AND a{b = ? AND a¿b = ? AND a`b = ?')).toEqual(['b', 'b', 'b', 'b', 'b']);
    expect(where('@ = ? AND b = ?')).toEqual([null, 'b']);
  });

  it('a number: every digit 0 to 9', () => {
    expect(where('surname = $10')?.[9]).toBe('surname');
    expect(where('surname = $9')?.[8]).toBe('surname');
    expect(where('surname = ?10')?.[9]).toBe('surname');
  });

  it('an unclosed quote before a name is no empty name', () => {
    for (const quote of ['[', '"', '`']) expect(where(`? = ${quote}x`), quote).toBeUndefined();
  });
});

describe('sqlBinds: where a bind is read', () => {
  it('the operand on either side of a comparison, a cast on the left, a call around the column', () => {
    expect(where('$1 = surname AND $2 = lower(dob) AND $3 = AND')).toEqual(['surname']);
    expect(where('ssn::text = $1::text AND $2::text = dob::text')).toEqual(['ssn']);
    expect(where('lower(surname) = lower(?) AND upper(t.dob) = ?')).toEqual(['surname', 'dob']);
    // Keywords are no column, on either side.
    expect(where('where = ? AND null = ?')).toBeUndefined();
    expect(where('? = null AND ? = case')).toBeUndefined();
    // `(x) = ?` after a keyword is not a call.
    expect(where('count(*) = ? AND (surname) = ?')).toEqual([null, 'surname']);
  });

  it('LIKE and its kin, NOT before them, BETWEEN … AND, NOT BETWEEN', () => {
    expect(where('surname REGEXP ? AND a RLIKE ? AND b GLOB ? AND c MATCH ? AND d ILIKE ? AND e LIKE ? AND f NOT LIKE ?')).toEqual(['surname', 'a', 'b', 'c', 'd', 'e', 'f']);
    expect(where('dob NOT BETWEEN ? AND ? AND ssn BETWEEN ? AND ?')).toEqual(['dob', 'dob', 'ssn', 'ssn']);
    expect(where('x AND ? AND y = 1')).toBeUndefined();
    expect(where('surname SIMILAR TO ?')).toBeUndefined();
  });

  it('IN and NOT IN lists, = ANY, <> ALL, = SOME; a call or a comparison inside a list is its own', () => {
    expect(where('surname IN (?, ?) AND dob NOT IN (?) AND ssn = ANY(?) AND a <> ALL(?) AND b = SOME(?)')).toEqual(['surname', 'surname', 'dob', 'ssn', 'a', 'b']);
    expect(where('lower(surname) IN (lower(?), ?)')).toEqual([null, 'surname']);
    expect(where('x = ANY (?) AND ANY(?)')).toEqual(['x']);
    expect(where('surname NOT IN (?) AND x NOT ANY(?)')).toEqual(['surname']);
  });

  it("an INSERT's columns by position, each row of VALUES, with or without INTO", () => {
    expect(columns('INSERT t (surname, dob) VALUES (?, ?)')).toEqual(['surname', 'dob']);
    expect(columns('INSERT (surname, dob) VALUES (?, ?)')).toEqual(['surname', 'dob']);
    expect(columns('INSERT INTO t(surname, dob) VALUES (?, lower(?)), (?, ?)')).toEqual(['surname', 'dob', 'surname', 'dob']);
    expect(columns('INSERT INTO t (surname, dob) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET ssn = ?')).toEqual(['surname', 'dob', 'ssn']);
    // A row after a tuple that is no VALUES row starts nothing.
    expect(columns('INSERT INTO t (surname, dob) SELECT x FROM y WHERE (1, 2), (?, ?)')).toBeUndefined();
  });

  it('a call at its first argument is the call’s value; a later argument is none', () => {
    expect(where('dob = to_date(?, ?) AND surname = coalesce(x, ?) AND ssn = lower(trim(?))')).toEqual(['dob', null, null, 'ssn']);
    expect(where('lower(?) = surname')).toBeUndefined();
  });

  it("an EXEC's parameter names the bind after it, at the statement's top level only", () => {
    expect(binds('EXEC p @a = @p1, @b = 5')).toEqual({ p: ['a'], n: [['p1', 'a']] });
    expect(binds('EXECUTE p @Surname = ?')).toEqual({ p: ['Surname'], n: [] });
    // Outside an EXEC a T-SQL variable is a bind of its own.
    expect(binds('SELECT * FROM t WHERE @a = ?')).toEqual({ p: [null, 'a'], n: [] });
    expect(binds('UPDATE t SET @a = ?')).toEqual({ p: [null, 'a'], n: [] });
  });

  it('row values: a group of two or more names alone before IN gives each row its columns', () => {
    expect(where('(surname, dob) IN ((?, ?))')).toEqual(['surname', 'dob']);
    expect(where('(surname, dob) NOT IN ((?, ?), (?, ?))')).toEqual(['surname', 'dob', 'surname', 'dob']);
    for (const lookAlike of ['(surname) IN ((?))', '(surname, x + 1) IN ((?, ?))', '(surname, dob) IN (?, ?)', '(surname dob, ssn) IN ((?, ?))', '(surname, dob) AND x IN ((?, ?))', '(surname, (dob)) IN ((?, ?))']) {
      expect(where(lookAlike), lookAlike).toBeUndefined();
    }
    expect(where('(a, b) = (?, ?) AND surname = ?')).toEqual([null, null, 'surname']);
  });

  it('the first column a named bind is given keeps it, each occurrence takes a position', () => {
    expect(binds('SELECT * FROM t WHERE surname = :a AND dob = :a')).toEqual({ p: ['surname', 'dob'], n: [['a', 'surname']] });
    expect(binds('SELECT * FROM t WHERE x = :a AND dob = :a')).toEqual({ p: ['x', 'dob'], n: [['a', 'x']] });
    expect(binds('SELECT * FROM t WHERE 1 = :a AND dob = :a')).toEqual({ p: [null, 'dob'], n: [['a', 'dob']] });
  });
});

describe('sqlBinds: the survivors of the first run (each test named for what it pins)', () => {
  /** `statement` placed so that its character `at` sits at MAX_STATEMENT (blanks before it). */
  const atCap = (statement: string, at: number): string => `SELECT * FROM t WHERE ${' '.repeat(MAX_STATEMENT - 22 - at)}${statement}`;

  it('a word, a number and a %(name)s that cross MAX_STATEMENT are read to it only', () => {
    expect(atCap('? = surname', 7)).toHaveLength(MAX_STATEMENT + 4);
    expect(sqlBinds(atCap('? = surname', 7))?.byPosition).toEqual(['sur']);
    expect(sqlBinds(atCap('surname = $12', 12))?.byPosition).toEqual(['surname']);
    expect(sqlBinds(atCap('surname = %(sn)s', 14))).toBeUndefined();
    // A bind at MAX_STATEMENT is past the cap; one before it is read.
    expect(sqlBinds(atCap('surname = ?', 10))).toBeUndefined();
    expect(sqlBinds(atCap('surname = ?', 11))?.byPosition).toEqual(['surname']);
    expect(sqlBinds(atCap('surname = %(sn)s', 15))?.byName.get('sn')).toBe('surname');
  });

  it('reads at most 8,192 tokens', () => {
    // 5 tokens, 8,185 commas, then `surname = ?`: the bind is the 8,193rd.
    expect(sqlBinds(`SELECT * FROM t WHERE ${','.repeat(8185)} surname = ?`)).toBeUndefined();
    expect(sqlBinds(`SELECT * FROM t WHERE ${','.repeat(8184)} surname = ?`)?.byPosition).toEqual(['surname']);
  });

  it('keeps 256 open parentheses at most, and 1,024 names in a list', () => {
    expect(where(`${'('.repeat(255)}surname IN (?)`)).toEqual(['surname']);
    expect(where(`${'('.repeat(256)}surname IN (?)`)).toBeUndefined();
    const names = Array.from({ length: 1025 }, (_, index) => `c${index}`);
    const insert = columns(`INSERT INTO t (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`);
    expect(insert).toHaveLength(1024);
    expect(insert?.[1023]).toBe('c1023');
  });

  it('a literal, @@x, a lone @ and a prefixed literal are tokens: a group holding one is no row value', () => {
    for (const member of ["'x'", "N'x'", '@@x', '@']) expect(where(`(surname, ${member}) IN ((?, ?))`), member).toBeUndefined();
    // A lone @ does not step over the ) after it.
    expect(where('surname IN (?, @) AND dob = ?')).toEqual(['surname', 'dob']);
    // A % that starts no bind stands between a word and its (: no call.
    expect(where('x = surname %(%s)')).toBeUndefined();
    expect(where('surname = % x)s')).toBeUndefined();
  });

  it('%(name)s after a )s, and the token after it', () => {
    expect(binds('SELECT * FROM t WHERE (x)s%(d)s = dob')).toEqual({ p: ['dob'], n: [['d', 'dob']] });
    expect(binds('SELECT * FROM t WHERE %(d)s = dob')).toEqual({ p: ['dob'], n: [['d', 'dob']] });
  });

  it('operators: a sign before = is no operator, => is two, <? is < then a bind', () => {
    expect(where('a *= ? AND dob = ?')).toEqual([null, 'dob']);
    expect(where('a => ? AND b = ?')).toEqual([null, 'b']);
    expect(where('a <? AND b = ?')).toEqual(['a', 'b']);
    expect(where('surname = ?@ AND dob = ?')).toEqual(['surname', 'dob']);
    expect(where('surname = ?::text AND dob = ?')).toEqual(['surname', 'dob']);
  });

  it('comments: /*/ opens one, a / alone does not, -- at the end ends the text', () => {
    expect(where('surname = ? /*/ dob = ? */ AND ssn = ?')).toEqual(['surname', 'ssn']);
    expect(where('a / 2 = ? AND dob = ?')).toEqual([null, 'dob']);
    expect(where('surname = ? -- dob = ?')).toEqual(['surname']);
    expect(where('? = ][x]')).toBeUndefined();
  });

  it('a named bind is no column, except a T-SQL @name; an @ or $ after a word character starts no bind', () => {
    expect(binds('SELECT * FROM t WHERE :1 = ? AND dob = :2')).toEqual({ p: [null, null, 'dob'], n: [['2', 'dob']] });
    expect(binds('SELECT * FROM t WHERE :a = ? AND dob = :b')).toEqual({ p: [null, null, 'dob'], n: [['b', 'dob']] });
    expect(binds('SELECT * FROM t WHERE b = ?x')).toEqual({ p: ['b'], n: [] });
    expect(binds('INSERT INTO t (surname) VALUES (x@d)')).toEqual({ p: ['surname'], n: [['d', 'surname']] });
    expect(binds('INSERT INTO t (surname) VALUES (1$h)')).toBeUndefined();
  });

  it('the operand before a comparison: no cast before a non-word, a call form needs its (', () => {
    expect(where("a::'x' = ?")).toBeUndefined();
    expect(where("(surname 'x' = ?)")).toBeUndefined();
    expect(where('x a b) = ?')).toBeUndefined();
    expect(where('dob BETWEEN 1 OR ?')).toBeUndefined();
  });

  it('reads statements that start or end on a bind or an operator', () => {
    expect(sqlBinds('= ?')).toBeUndefined();
    expect(binds('? = surname')).toEqual({ p: ['surname'], n: [] });
    expect(where('surname = ? AND ? =')).toEqual(['surname']);
    expect(binds(') surname = ?')).toEqual({ p: ['surname'], n: [] });
    expect(sqlBinds('VALUES (?)')).toBeUndefined();
    expect(sqlBinds('x y z = surname AND f(?)')).toBeUndefined();
  });

  it("an INSERT's column list: INTO's keyword is no table, a keyword may be a column, a group at its first place", () => {
    expect(columns('INSERT INTO (surname, dob) VALUES (?, ?)')).toBeUndefined();
    expect(columns('INSERT INTO t (date, surname) VALUES (?, ?)')).toEqual(['date', 'surname']);
    expect(columns('INSERT INTO t ((a), b) VALUES (?, ?)')).toEqual([null, 'b']);
    expect(columns('INSERT ((a), b) VALUES (?, ?)')).toEqual([null, 'b']);
  });

  it("an EXEC's parameter is skipped at the top level only: inside parentheses it takes a place", () => {
    expect(binds('EXEC p @s = @p1, @t = (@a = ?)')).toEqual({ p: ['s', null, 'a'], n: [['p1', 's']] });
  });

  it('a named bind takes a place in a numbered statement; a bare ? there takes none', () => {
    expect(binds('SELECT * FROM t WHERE dob = :d AND surname = $2')).toEqual({ p: ['dob', 'surname'], n: [['d', 'dob']] });
    expect(where('surname = ? LIMIT $1')).toBeUndefined();
  });
});

describe('boundStatementOf', () => {
  const statement = 'SELECT * FROM t WHERE surname = ?';
  const of = (value: Record<string, unknown>, keys = Object.keys(value)) => {
    const found = boundStatementOf(value as never, keys);
    return found === undefined ? undefined : { member: found.member, p: [...found.binds.byPosition] };
  };

  it('takes the first bind member of the keys given, a list, an object or a JSON list in a string', () => {
    expect(of({ sql: statement, params: ['a'] })).toEqual({ member: 'params', p: ['surname'] });
    expect(of({ sql: statement, params: ['a'], values: ['b'] }, ['sql', 'values', 'params'])).toEqual({ member: 'values', p: ['surname'] });
    expect(of({ sql: statement, binds: { a: 1 } })).toEqual({ member: 'binds', p: ['surname'] });
    expect(of({ sql: statement, params: '["a"]' })).toEqual({ member: 'params', p: ['surname'] });
    for (const params of [null, 5, 'a', true]) expect(of({ sql: statement, params }), String(params)).toBeUndefined();
    expect(of({ sql: statement, params: ['a'] }, ['sql'])).toBeUndefined();
  });

  it('reads the statement from sql, query, text, statement in that order, a string only', () => {
    expect(of({ sql: 5, query: 'SELECT * FROM t WHERE a = ?', text: 'SELECT * FROM t WHERE b = ?', params: [] }, ['params'])?.p).toEqual(['a']);
    expect(of({ text: 'SELECT * FROM t WHERE b = ?', statement: 'SELECT * FROM t WHERE c = ?', params: [] }, ['params'])?.p).toEqual(['b']);
    expect(of({ statement: 'SELECT * FROM t WHERE c = ?', params: [] }, ['params'])?.p).toEqual(['c']);
    expect(of({ sql: 'hello surname = ?', params: [] })).toBeUndefined();
    expect(of({ sql: 'SELECT ? + ?', params: [] })).toBeUndefined();
    expect(of({ params: [] })).toBeUndefined();
  });

  it("joins Prisma's strings with $1, $2, …: 2 to 1,024 strings, all strings, a statement first", () => {
    expect(of({ strings: ['SELECT * FROM t WHERE a = ', ' AND b = ', ' AND c = ', ''], values: [] })?.p).toEqual(['a', 'b', 'c']);
    expect(of({ strings: ['SELECT * FROM t WHERE a = ', ''], values: [] })?.p).toEqual(['a']);
    expect(of({ strings: ['SELECT * FROM t WHERE a = ', ...Array<string>(1023).fill('')], values: [] })?.p).toEqual(['a']);
    expect(of({ strings: ['SELECT * FROM t WHERE a = ', ...Array<string>(1024).fill('')], values: [] })).toBeUndefined();
    expect(of({ strings: ['SELECT * FROM t WHERE a = ?'], values: [] })).toBeUndefined();
    expect(of({ strings: ['SELECT * FROM t WHERE a = ', 5], values: [] })).toBeUndefined();
    expect(of({ strings: 'SELECT * FROM t WHERE a = $1', values: [] })).toBeUndefined();
    expect(of({ sql: 'SELECT * FROM t WHERE z = ?', strings: ['SELECT * FROM t WHERE a = ', ''], values: [] })?.p).toEqual(['z']);
  });
});

describe('logged binds', () => {
  /** Each value must be where it says, and the results as plain data. */
  const logged = (text: string): LoggedBinds[] => {
    const out = sqlLogBinds(text);
    for (const group of out) for (const [start, value] of group.values) expect(text.slice(start, start + value.length)).toBe(value);
    return out;
  };

  it('mayHoldLoggedBinds wants a [ and one of the three markers', () => {
    expect(['x [ PARAMETERS', 'PARAMETERS', 'a [binding parameter', '[["x', '[x', '["x', 'binding parameter'].map(mayHoldLoggedBinds)).toEqual([true, false, true, true, false, false, false]);
  });

  it("TypeORM: each list's strings and numbers by position, null taking its place; one list a line", () => {
    const text = 'q: SELECT * FROM t WHERE a = $1 AND b = $2 AND c = $3 AND d = $4 AND e = $5 -- PARAMETERS: [ "x\\"y" , 12.5e3,null,"z",-4]';
    expect(logged(text)).toEqual([{ columns: ['a', 'b', 'd', 'e'], values: [[94, 'x\\"y'], [102, '12.5e3'], [115, 'z'], [118, '-4']] }]);
    const two = 'SELECT * FROM t WHERE a = $1 -- PARAMETERS: ["x"]\nSELECT * FROM t WHERE b = $1 -- PARAMETERS: ["y", "w"]';
    expect(logged(two)).toEqual([{ columns: ['a'], values: [[46, 'x']] }, { columns: ['b'], values: [[96, 'y']] }]);
    // The second marker on one line reads the statement after the first list only.
    const same = 'SELECT * FROM t WHERE a = $1 -- PARAMETERS: ["x"] ; UPDATE t SET b = $1 -- PARAMETERS: ["y"]';
    expect(logged(same)).toEqual([{ columns: ['a'], values: [[46, 'x']] }, { columns: ['b'], values: [[89, 'y']] }]);
    expect(logged('SELECT 1 -- PARAMETERS: ["x"]')).toEqual([]);
    expect(logged('SELECT * FROM t WHERE status = $1 -- PARAMETERS: [true]')).toEqual([]);
    // A list that stops reading (no , or ]) keeps what it read.
    expect(logged('SELECT * FROM t WHERE a = $1 AND b = $2 -- PARAMETERS: ["x", {')).toEqual([{ columns: ['a'], values: [[57, 'x']] }]);
  });

  it('TypeORM: at most 256 values a list, and a statement of at most MAX_STATEMENT characters', () => {
    const many = `SELECT * FROM t WHERE a IN (${Array.from({ length: 300 }, (_, index) => `$${index + 1}`).join(', ')}) -- PARAMETERS: [${Array.from({ length: 300 }, () => '"v"').join(',')}]`;
    expect(logged(many)[0]?.values.length).toBe(256);
    const long = `SELECT * FROM t WHERE a = $1 ${' '.repeat(20_000)}-- PARAMETERS: ["x"]`;
    expect(logged(long)).toEqual([]);
    const fits = `SELECT * FROM t WHERE a = $1 ${' '.repeat(19_900)}-- PARAMETERS: ["x"]`;
    expect(logged(fits)).toHaveLength(1);
  });

  it('Hibernate: the binds after the last statement line with a ?, a new statement line starting a new group', () => {
    const text = [
      'select * from t where a=? and b=?',
      'binding parameter [2] as [VARCHAR] - [bee]',
      'binding parameter [1] as [VARCHAR] - []',
      'update t set c=? where d=?',
      'binding parameter (1:VARCHAR) <- [cee]',
      'binding parameter (3:VARCHAR) <- [x]',
      'binding parameter (2:VARCHAR) <- [dee]',
    ].join('\n');
    expect(logged(text)).toEqual([{ columns: ['b'], values: [[72, 'bee']] }, { columns: ['c', 'd'], values: [[178, 'cee'], [254, 'dee']] }]);
    expect(logged('binding parameter [1] as [VARCHAR] - [bee]')).toEqual([]);
    // A line with SQL's words but no ?, or a ? but no SQL, is no statement line.
    expect(logged('select * from t where a=?\nselect 1\nwhere b=?\nbinding parameter [1] as [VARCHAR] - [bee]')).toEqual([{ columns: ['a'], values: [[83, 'bee']] }]);
    // A statement line on the binding's own line is not read (the binding's line starts after it).
    expect(logged('select * from t where a=? binding parameter [1] as [VARCHAR] - [bee]')).toEqual([]);
  });

  it('Hibernate: a statement line in the last MAX_STATEMENT characters before the binding only', () => {
    expect(logged(`select * from t where a=?\n${'x'.repeat(20_000)}\nbinding parameter [1] as [VARCHAR] - [bee]`)).toEqual([]);
    expect(logged(`select * from t where a=?\n${'x'.repeat(19_900)}\nbinding parameter [1] as [VARCHAR] - [bee]`)).toHaveLength(1);
  });

  it('Hibernate: at most 256 values a statement', () => {
    const text = `insert into t (a) values (?)\n${'binding parameter [1] as [VARCHAR] - [v]\n'.repeat(300)}`;
    expect(logged(text)[0]?.values.length).toBe(256);
  });

  it("Rails: each pair's name and its string or number; nil and booleans hold no value", () => {
    expect(logged('X [["a", "x\\"y"], ["b.c", 12], ["d", nil], ["e", true], ["g", false]] then [["f", -1.5]]')).toEqual([
      { columns: ['a', 'b.c'], values: [[10, 'x\\"y'], [26, '12']] },
      { columns: ['f'], values: [[82, '-1.5']] },
    ]);
    expect(logged('[["a", 1]')).toEqual([]);
    expect(logged('[["a", nil]]')).toEqual([]);
    // A value that appears in its name is found after it.
    expect(logged('[["v1", "v"]]')).toEqual([{ columns: ['v1'], values: [[9, 'v']] }]);
    expect(logged('[["n12", 12]]')).toEqual([{ columns: ['n12'], values: [[9, '12']] }]);
  });

  it('TypeORM: the statement after a list not read, an empty string, the end of a list, the statement bounds', () => {
    expect(logged('SELECT 1 -- PARAMETERS: ["x"] ; UPDATE t SET b = $1 -- PARAMETERS: ["y"]')).toEqual([{ columns: ['b'], values: [[69, 'y']] }]);
    expect(logged('SELECT * FROM t WHERE a = $1 AND b = $2 -- PARAMETERS: ["", "x"]')).toEqual([{ columns: ['a', 'b'], values: [[57, ''], [61, 'x']] }]);
    expect(logged('SELECT * FROM t WHERE a = $1 AND b = $2 -- PARAMETERS: ["x"] "y"]')).toEqual([{ columns: ['a'], values: [[57, 'x']] }]);
    expect(logged('"surname" = $1 -- PARAMETERS: ["x"]')).toEqual([{ columns: ['surname'], values: [[32, 'x']] }]);
    const statement = 'SELECT * FROM t WHERE a = $1 ';
    expect(logged(`${statement}${' '.repeat(MAX_STATEMENT - statement.length)}-- PARAMETERS: ["x"]`)).toHaveLength(1);
    expect(logged(`${statement}${' '.repeat(MAX_STATEMENT - statement.length + 1)}-- PARAMETERS: ["x"]`)).toEqual([]);
    expect(logged(`${'x'.repeat(19_990)}\n${statement}-- PARAMETERS: ["x"]`)).toHaveLength(1);
  });

  it('Hibernate: no empty group for a statement whose binds map no column, first or last', () => {
    const text = [
      'select * from orders limit ?',
      'binding parameter [1] as [INTEGER] - [20]',
      'select * from member where surname=?',
      'binding parameter [1] as [VARCHAR] - [Dorvane]',
      'select * from orders limit ?',
      'binding parameter [1] as [INTEGER] - [10]',
    ].join('\n');
    expect(logged(text)).toEqual([{ columns: ['surname'], values: [[146, 'Dorvane']] }]);
  });

  it('Hibernate: the statement line is one line, found within the last MAX_STATEMENT characters', () => {
    expect(logged('select * from t where a=?\nand b=?\nbinding parameter [2] as [VARCHAR] - [bee]')).toEqual([]);
    const text = `${'x'.repeat(15_000)}\nselect * from t where a=?\n${'y'.repeat(15_000)}\nbinding parameter [1] as [VARCHAR] - [bee]`;
    expect(logged(text)).toEqual([{ columns: ['a'], values: [[30_066, 'bee']] }]);
  });

  it('Rails: an empty string, and no pair after the list ends', () => {
    expect(logged('[["a", ""]]')).toEqual([{ columns: ['a'], values: [[8, '']] }]);
    expect(logged('[["a", 1]]["b", 2]]')).toEqual([{ columns: ['a'], values: [[7, '1']] }]);
  });

  it('Rails: at most 256 pairs a list', () => {
    expect(logged(`[${Array.from({ length: 300 }, () => '["a", 1]').join(', ')}]`)[0]?.values.length).toBe(256);
  });
});
