// Mutation tests for sql-binds.ts sqlLiteralColumns / mayHoldSqlLiterals (lines 725-809) and
// payments.ts detectMicrAccounts, digitsOf, countedAfter (lines 64-97) (issue 13; docs/TESTING.md,
// the row of 2026-12-07): every literal with its column, start and value; every MICR account with
// its span; each case chosen so that one or more surviving mutants of the first run answer otherwise.
import { describe, expect, it } from 'vitest';
import type { Detection } from './types.js';
import { detectMicrAccounts, detectPaymentAccounts } from './payments.js';
import { mayHoldSqlLiterals, sqlLiteralColumns } from './sql-binds.js';

const micr = (text: string): Detection[] => {
  const out: Detection[] = [];
  detectMicrAccounts(text, out);
  return out;
};
const payments = (text: string): Detection[] => {
  const out: Detection[] = [];
  detectPaymentAccounts(text, out);
  return out;
};
const account = (start: number, end: number, normalized: string): Detection => ({
  start,
  end,
  type: 'ACCOUNT_NUMBER',
  class: 'financial.account',
  normalized,
});

describe('mayHoldSqlLiterals', () => {
  it('needs a quote and a statement word, the word within MAX_STATEMENT', () => {
    expect(mayHoldSqlLiterals('select x from t')).toBe(false);
    expect(mayHoldSqlLiterals("select 'x'")).toBe(true);
    expect(mayHoldSqlLiterals("'x' the value")).toBe(false);
    // 20,005 characters, `select` after the first 20,000: not read.
    expect(mayHoldSqlLiterals(`'${' '.repeat(19_998)}select`)).toBe(false);
    // 19,999 characters, `where` at its end: read.
    expect(mayHoldSqlLiterals(`'x' ${' '.repeat(19_990)}where`)).toBe(true);
  });
});

describe('sqlLiteralColumns', () => {
  it("LIKE: the pattern's outer % left out, start after them", () => {
    expect(sqlLiteralColumns("SELECT * FROM p WHERE last_name LIKE '%Havili%'")).toEqual([
      { column: 'last_name', start: 39, value: 'Havili' },
    ]);
  });
  it('a comparison other than LIKE keeps its % (and so does an alias)', () => {
    expect(sqlLiteralColumns("SELECT * FROM p WHERE last_name <> '%Havili%'")).toEqual([
      { column: 'last_name', start: 36, value: '%Havili%' },
    ]);
    expect(sqlLiteralColumns("SELECT '%Havili%' AS last_name")).toEqual([{ column: 'last_name', start: 8, value: '%Havili%' }]);
  });
  it('SIMILAR TO is a pattern too: its outer % left out', () => {
    expect(sqlLiteralColumns("WHERE surname SIMILAR TO '%Hav%' OR nick NOT SIMILAR  TO 'Tev%'")).toEqual([
      { column: 'surname', start: 27, value: 'Hav' },
      { column: 'nick', start: 58, value: 'Tev' },
    ]);
  });
  it('a LIKE pattern of % alone gives nothing', () => {
    expect(sqlLiteralColumns("WHERE a LIKE '%' OR b LIKE '%%' OR c NOT ILIKE 'x%'")).toEqual([{ column: 'c', start: 48, value: 'x' }]);
  });
  it('BETWEEN: both bounds, with NOT, casts and typed literals', () => {
    expect(sqlLiteralColumns("WHERE dob NOT BETWEEN '1979-06-21' AND '1979-12-31'")).toEqual([
      { column: 'dob', start: 23, value: '1979-06-21' },
      { column: 'dob', start: 40, value: '1979-12-31' },
    ]);
    expect(sqlLiteralColumns("WHERE dob BETWEEN '1979-06-21'::date AND DATE '1979-12-31'")).toEqual([
      { column: 'dob', start: 19, value: '1979-06-21' },
      { column: 'dob', start: 47, value: '1979-12-31' },
    ]);
  });
  it("BETWEEN's column goes to an AND's literal only after BETWEEN, and only the next one", () => {
    // AND after a comparison other than BETWEEN: the literal after it has no column.
    expect(sqlLiteralColumns("WHERE last_name <> 'Havili' AND 'Tevita' = first_name")).toEqual([
      { column: 'last_name', start: 20, value: 'Havili' },
    ]);
    // No AND after the first bound: the next literal is its own comparison's.
    expect(sqlLiteralColumns("WHERE dob BETWEEN '1979-06-21' OR surname <> 'Havili'")).toEqual([
      { column: 'dob', start: 19, value: '1979-06-21' },
      { column: 'surname', start: 46, value: 'Havili' },
    ]);
    // An empty first bound is skipped, and BETWEEN with it.
    expect(sqlLiteralColumns("WHERE dob BETWEEN '' AND '1979-12-31'")).toEqual([]);
  });
  it("a comparison's column wins over an alias after the literal", () => {
    expect(sqlLiteralColumns("SELECT last_name <> 'Havili' AS differs FROM p")).toEqual([{ column: 'last_name', start: 21, value: 'Havili' }]);
  });
  it('a literal that nothing names gives nothing', () => {
    expect(sqlLiteralColumns("SELECT 'Havili' FROM p")).toEqual([]);
  });
  it('the look-back is the 120 characters before the quote, also at the start of a long text', () => {
    expect(sqlLiteralColumns(`WHERE last_name <> 'Havili'${' '.repeat(200)}LIMIT 1`)).toEqual([{ column: 'last_name', start: 20, value: 'Havili' }]);
  });
  it("the look-ahead is 80 characters: an alias cut by it is read as far as it goes", () => {
    const alias = 'a'.repeat(50);
    expect(sqlLiteralColumns(`SELECT 'Tevita' ::   timestamptzabcdefghi   AS   ${alias} FROM p`)).toEqual([
      { column: 'a'.repeat(46), start: 8, value: 'Tevita' },
    ]);
  });
  it('each literal read once, in order, the text between two literals never read as one', () => {
    expect(sqlLiteralColumns("WHERE c1 <> 'p' AND c2 <> ' AS alias'")).toEqual([
      { column: 'c1', start: 13, value: 'p' },
      { column: 'c2', start: 27, value: ' AS alias' },
    ]);
  });
  it('an unclosed literal ends the reading', () => {
    expect(sqlLiteralColumns("WHERE last_name <> 'Havili' AND x = 'unclosed")).toEqual([{ column: 'last_name', start: 20, value: 'Havili' }]);
  });
  it('MAX_LITERAL: a literal of 200 characters is read, one of 201 skipped', () => {
    expect(sqlLiteralColumns(`WHERE last_name <> '${'H'.repeat(200)}'`)).toEqual([{ column: 'last_name', start: 20, value: 'H'.repeat(200) }]);
    expect(sqlLiteralColumns(`WHERE last_name <> '${'H'.repeat(201)}' OR nick <> 'Tev'`)).toEqual([{ column: 'nick', start: 235, value: 'Tev' }]);
  });
  it('MAX_STATEMENT: a literal after the first 20,000 characters is not read', () => {
    expect(sqlLiteralColumns(`${' '.repeat(20_000)}WHERE last_name LIKE 'Havili%'`)).toEqual([]);
    expect(sqlLiteralColumns(`${' '.repeat(19_970)}WHERE last_name LIKE 'Havili%'`)).toEqual([
      { column: 'last_name', start: 19_992, value: 'Havili' },
    ]);
  });
  it('MAX_LITERALS: the 4,096th literal is read, the 4,097th not (empty ones count)', () => {
    const after = (empties: number) => `SELECT ${"'',".repeat(empties)} 1 WHERE last_name <> 'Havili'`;
    expect(sqlLiteralColumns(after(4095))).toEqual([{ column: 'last_name', start: 12_315, value: 'Havili' }]);
    expect(sqlLiteralColumns(after(4096))).toEqual([]);
  });
});

describe('detectMicrAccounts', () => {
  it('E-13B: a transit pair, the on-us symbol optional, normalized to digits', () => {
    expect(micr('⑆021000021⑆ 12345678')).toEqual([account(12, 20, '12345678')]);
    expect(micr('⑆021000021⑆ 1234-5678⑈')).toEqual([account(12, 21, '12345678')]);
  });
  it('a transit symbol with a letter on the other side is no MICR line', () => {
    expect(micr('⑆021000021T 12345678;')).toEqual([]);
    expect(micr('T021000021⑆ 12345678;')).toEqual([]);
  });
  it('letters: an on-us mark other than ⑈ closes the account and the routing number passes its check', () => {
    expect(micr('T021000021T 1234 5678;')).toEqual([account(12, 21, '12345678')]);
    expect(micr('T021000021T 12345678⑈')).toEqual([]);
    expect(micr('T021000021T 12345678')).toEqual([]);
    expect(micr('T021000022T 12345678;')).toEqual([]);
  });
  it('letters: a Canadian transit between two like A, T or t', () => {
    expect(micr('T12345-678T 1234567;')).toEqual([account(12, 19, '1234567')]);
    expect(micr('A12345D678A 1234567:')).toEqual([account(12, 19, '1234567')]);
    expect(micr('C12345-678C 1234567;')).toEqual([]);
    expect(micr('T12345-678A 1234567;')).toEqual([]);
  });
});

describe('detectPaymentAccounts: digitsOf and countedAfter', () => {
  it('six digits or more, not a count of people', () => {
    expect(payments('wire it to 123456789')).toEqual([account(11, 20, '123456789')]);
    expect(payments('wire it to 12--------3')).toEqual([]);
    // Digits counted, not separators: 8 digits and 2 dashes.
    expect(payments('wire it to 12-34-5678')).toEqual([account(11, 21, '12345678')]);
    expect(payments('send to 123456 people')).toEqual([]);
    expect(payments('send to 123456 patients')).toEqual([]);
  });
});
