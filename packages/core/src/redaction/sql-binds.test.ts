// SQL bind parameters and T-SQL literals (a fresh README-only probe of 2026-12-04, H16:
// `{ sql: '… WHERE ssn = $1 AND last_name = $2 …', params: ['536228514', 'Vlintuk', '1984-03-12'] }`
// stored raw; `@LastName = N'Vlintuk'` stored `@LastName = [PERSON:…]'Vlintuk'`; `binds: { ':dob': … }`
// raw). The inputs here are other spellings of the same kinds than the probe's.
import { describe, expect, it } from 'vitest';
import { MAX_STATEMENT, sqlBinds, sqlLogBinds } from './sql-binds.js';
import { createKeyring } from './keys.js';
import { createRedactor } from './redactor.js';
import type { RedactionResult } from '../spec/redactor.js';
import type { UnsealedEvent } from '../spec/event.js';

describe('sqlBinds', () => {
  it.each([
    ['SELECT id FROM members WHERE family_name = $2 AND birth_date = $1', ['birth_date', 'family_name']],
    ['UPDATE members SET surname = ?, phone = ? WHERE m.id = ?', ['surname', 'phone', 'id']],
    ['insert into "members" ("first_name", `last_name`, [date_of_birth]) values (?, ?, ?), (?, ?, ?)', ['first_name', 'last_name', 'date_of_birth', 'first_name', 'last_name', 'date_of_birth']],
    ['SELECT * FROM p WHERE lower(surname) = lower(%s) AND dob BETWEEN %s AND %s AND ssn NOT IN (%s, %s)', ['surname', 'dob', 'dob', 'ssn', 'ssn']],
    ['SELECT * FROM p WHERE surname::text = $1::text AND ssn = ANY($2) AND $3 = email AND dob = CAST($4 AS date)', ['surname', 'ssn', 'email', 'dob']],
    ["SELECT * FROM p WHERE surname NOT ILIKE :1 AND note = 'a = ?' -- dob = ?\n AND dob = :2", ['surname', 'dob']],
    ["SELECT doc ? 'k' FROM t WHERE ssn = $1", ['ssn']],
    ['DELETE FROM members WHERE (surname, dob) NOT IN (($1, $2), ($3, $4)) AND (SELECT 1) = 1', ['surname', 'dob', 'surname', 'dob']],
  ])('%s', (statement, columns) => {
    expect(sqlBinds(statement)?.byPosition).toEqual(columns);
  });

  it('names binds by their names: Oracle, T-SQL, pyformat', () => {
    expect([...(sqlBinds('SELECT * FROM p WHERE Surname = @sn AND DateOfBirth = @dob')?.byName ?? [])]).toEqual([['sn', 'Surname'], ['dob', 'DateOfBirth']]);
    expect([...(sqlBinds('INSERT INTO p (given_name, national_id) VALUES (:gn, to_char(:nid))')?.byName ?? [])]).toEqual([['gn', 'given_name'], ['nid', 'national_id']]);
    expect([...(sqlBinds('SELECT 1 FROM p WHERE family_name = %(fam)s')?.byName ?? [])]).toEqual([['fam', 'family_name']]);
    // A procedure's parameter names its value.
    expect([...(sqlBinds('EXEC dbo.usp_FindMember @Surname = @p1, @DateOfBirth = @p2')?.byName ?? [])]).toEqual([['p1', 'Surname'], ['p2', 'DateOfBirth']]);
  });

  it('maps nothing where no column names a bind', () => {
    expect(sqlBinds('SELECT count(*) FROM t LIMIT $1 OFFSET $2')).toBeUndefined();
    expect(sqlBinds('SELECT $1::int + $2')).toBeUndefined();
  });

  it('reads a statement longer than its cap only to the cap, in one pass', () => {
    const long = `SELECT * FROM p WHERE surname = ? AND ${'x = 1 AND '.repeat(5000)}dob = ?`;
    expect(long.length).toBeGreaterThan(MAX_STATEMENT);
    expect(sqlBinds(long)?.byPosition).toEqual(['surname']);
    // Unclosed quotes and parentheses end the statement, not the scan's bound.
    expect(sqlBinds(`SELECT * FROM p WHERE surname = ? AND note = '${'('.repeat(30_000)}`)?.byPosition).toEqual(['surname']);
    for (const flood of ['"', '[', '%(', '/*', "'", '`', 'lower(']) expect(sqlBinds(`SELECT * FROM p WHERE surname = ? AND ${flood.repeat(100_000)}`)?.byPosition).toEqual(['surname']);
  });
});

describe('through the redactor', () => {
  const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) });
  const redact = (args: Record<string, unknown>) =>
    ((redactor.redact({ v: 1, id: '01JTESTSQLB0000000000000000', ts: '2026-12-04T16:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'a' }, tool: { name: 'db', arguments: args } } as unknown as UnsealedEvent, { capture: {} }) as RedactionResult).event.tool?.arguments ?? {}) as Record<string, unknown>;
  const plain = redact({ surname: 'Qorvath', family_name: 'Dorvane', dob: '1979-11-02', ssn: '412673390', given_name: 'Qxaro' }) as Record<string, string>;

  it("masks the probe's inputs", () => {
    const out = redact({ sql: 'SELECT * FROM patients WHERE ssn = $1 AND last_name = $2 AND dob = $3', params: ['536228514', 'Vlintuk', '1984-03-12'], named: { sql: 'SELECT * FROM p WHERE dob = :dob', binds: { ':dob': '1984-03-12' } }, q: "EXEC dbo.FindPatient @LastName = N'Vlintuk'" });
    expect(out.params).toEqual([expect.stringMatching(/^\[SSN:/), expect.stringMatching(/^\[PERSON:/), expect.stringMatching(/^\[DOB:/)]);
    expect((out.named as { binds: Record<string, string> }).binds[':dob']).toBe((out.params as string[])[2]);
    expect(out.q).toMatch(/^EXEC dbo\.FindPatient @LastName = N'\[PERSON:[^\]]+\]'$/);
  });

  it('masks positional binds by their columns (node-postgres { text, values }, mysql2 { sql, values })', () => {
    const pg = redact({ text: 'SELECT id FROM members WHERE surname = $1 AND dob = $2 AND ssn = $3', values: ['Qorvath', '1979-11-02', '412673390'] });
    expect(pg.values).toEqual([plain.surname, plain.dob, plain.ssn]);
    const mysql = redact({ sql: 'UPDATE members SET family_name = ?, given_name = ? WHERE id = ?', values: ['Dorvane', 'Qxaro', 17] });
    expect(mysql.values).toEqual([plain.family_name, plain.given_name, 17]);
    // A number under an SSN's column.
    expect((redact({ sql: 'SELECT * FROM members WHERE ssn = ?', params: [412673390] }).params as string[])[0]).toBe(plain.ssn);
  });

  it('masks knex { sql, bindings } of an insert, row by row', () => {
    const out = redact({ method: 'insert', sql: 'insert into "members" ("given_name", "surname") values (?, ?), (?, ?)', bindings: ['Qxaro', 'Qorvath', 'Lidmara', 'Dorvane'] });
    expect((out.bindings as string[]).every((value) => /^\[PERSON:/.test(value))).toBe(true);
    expect((out.bindings as string[])[1]).toBe(plain.surname);
  });

  it('masks an IN list, = ANY of an array and BETWEEN', () => {
    const out = redact({ sql: 'DELETE FROM members WHERE ssn IN ($1, $2) OR surname = ANY($3) OR dob BETWEEN $4 AND $5', params: ['412673390', '536228514', ['Qorvath', 'Dorvane'], '1979-01-01', '1979-11-02'] });
    const params = out.params as [string, string, string[], string, string];
    expect(params[0]).toBe(plain.ssn);
    expect(params[1]).toMatch(/^\[SSN:/);
    expect(params[2]).toEqual([plain.surname, expect.stringMatching(/^\[PERSON:/)]);
    expect(params[4]).toBe(plain.dob);
  });

  it('masks row values by position: (a, b) IN ((?, ?), (?, ?))', () => {
    const out = redact({ sql: 'SELECT id FROM members WHERE (family_name, birth_date) IN ((?, ?), (?, ?))', params: ['Dorvane', '1979-11-02', 'Qorvath', '1979-11-02'] });
    expect(out.params).toEqual([plain.family_name, plain.dob, plain.surname, plain.dob]);
    const kept = { sql: 'SELECT * FROM orders WHERE (id, status) IN ((?, ?))', params: [7, 'open'] };
    expect(redact(kept)).toEqual(kept);
  });

  it('masks named binds as an object: Oracle, T-SQL and pyformat names, with or without their sigil', () => {
    const oracle = redact({ sql: 'SELECT * FROM members WHERE national_id = :nid AND surname = :sn', binds: { ':nid': '412673390', sn: 'Qorvath' } });
    expect(oracle.binds).toEqual({ ':nid': plain.ssn, sn: plain.surname });
    const tsql = redact({ query: 'SELECT * FROM members WHERE Surname = @s AND DateOfBirth = @d', parameters: { '@s': 'Qorvath', '@d': '1979-11-02' } });
    expect(tsql.parameters).toEqual({ '@d': plain.dob, '@s': plain.surname });
    const python = redact({ statement: 'SELECT * FROM members WHERE lower(family_name) = lower(%(fam)s) AND birth_date = %(b)s', params: { fam: 'Dorvane', b: '1979-11-02' } });
    expect(python.params).toEqual({ b: plain.dob, fam: plain.family_name });
    // A bind no column names is read by its own name.
    expect(redact({ sql: 'SELECT * FROM members WHERE surname = :sn OR dob > :birth_date', binds: { ':birth_date': '1979-11-02', sn: 'x' } }).binds).toMatchObject({ ':birth_date': plain.dob });
  });

  it('masks named placeholders bound by a list in the order they occur (node-oracledb)', () => {
    expect(redact({ sql: 'SELECT * FROM members WHERE surname = :sn AND national_id = :nid', binds: ['Qorvath', '412673390'] }).binds).toEqual([plain.surname, plain.ssn]);
  });

  it('masks bind objects: the RDS Data API { name, value: { stringValue } }, node-oracledb { val }', () => {
    const rds = redact({ sql: 'SELECT * FROM members WHERE surname = :sn AND dob = :d', parameters: [{ name: 'sn', value: { stringValue: 'Qorvath' } }, { name: 'd', value: { stringValue: '1979-11-02' } }] });
    expect(rds.parameters).toEqual([{ name: 'sn', value: { stringValue: plain.surname } }, { name: 'd', value: { stringValue: plain.dob } }]);
    expect(redact({ sql: 'UPDATE members SET family_name = :f WHERE id = :id', binds: { f: { val: 'Dorvane', type: 2001 }, id: 5 } }).binds).toEqual({ f: { type: 2001, val: plain.family_name }, id: 5 });
  });

  it("masks Prisma's $queryRaw template { strings, values } and its query event's params string", () => {
    expect(redact({ strings: ['SELECT * FROM members WHERE surname = ', ' AND ssn = ', ''], values: ['Qorvath', '412673390'] }).values).toEqual([plain.surname, plain.ssn]);
    const event = redact({ query: 'SELECT "public"."members"."id" FROM "public"."members" WHERE "public"."members"."dob" = $1 LIMIT $2', params: '["1979-11-02",1]', duration: 2 });
    expect(event.params).toBe(`["${plain.dob}",1]`);
  });

  it('keeps binds of columns that name no personal data, and objects that are no statement', () => {
    const kept = [
      { sql: 'SELECT * FROM orders WHERE status = $1 AND amount > $2 AND created_at > $3', params: ['active', 42, '2024-01-01'] },
      { sql: 'SELECT * FROM jobs WHERE name = ? AND queue = ?', params: ['nightly-export', 'default'] },
      { sql: 'SELECT * FROM orders WHERE order_id = @OrderId', parameters: { OrderId: 'ORD-2291' } },
      { query: 'SELECT * FROM audit WHERE created_at > $1 LIMIT $2', params: ['1984-03-12', 50] },
      { text: 'Select a plan below for $1 a month', values: ['Premium', 'Basic'] },
    ];
    for (const args of kept) expect(redact(args)).toEqual(args);
  });
});

describe('T-SQL and PostgreSQL string literals in text', () => {
  const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) });
  const redact = (q: string) =>
    (((redactor.redact({ v: 1, id: '01JTESTSQLB0000000000000000', ts: '2026-12-04T16:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'a' }, tool: { name: 'db', arguments: { q } } } as unknown as UnsealedEvent, { capture: {} }) as RedactionResult).event.tool?.arguments ?? {}) as Record<string, string>).q as string;
  const person = /\[PERSON:psn_[a-z0-9]+_[a-z2-7]+\]/.source;
  const dob = /\[DOB:psn_[a-z0-9]+_[a-z2-7]+\]/.source;

  it("masks the content of N'…' and keeps its prefix: an EXEC's parameters", () => {
    const out = redact("EXEC dbo.usp_UpdateMember @Surname = N'Qorvath', @DateOfBirth = N'1979-11-02', @MemberRef = N'MBR-5521'");
    expect(out).toMatch(new RegExp(`^EXEC dbo\\.usp_UpdateMember @Surname = N'${person}', @DateOfBirth = N'${dob}', @MemberRef = N'MBR-5521'$`));
  });

  it("masks N'…' and E'…' literals in a SET, a WHERE, an INSERT's VALUES and an IN list", () => {
    expect(redact("UPDATE members SET family_name = N'Dorvane', birth_date = N'1979-11-02' WHERE id = 9")).toMatch(new RegExp(`family_name = N'${person}', birth_date = N'${dob}' WHERE`));
    expect(redact("SELECT * FROM members WHERE surname = E'Qorvath'")).toMatch(new RegExp(`surname = E'${person}'$`));
    expect(redact("INSERT INTO members (given_name, date_of_birth) VALUES (N'Lidmara', N'1979-11-02')")).toMatch(new RegExp(`VALUES \\(N'${person}', N'${dob}'\\)`));
    expect(redact("SELECT * FROM members WHERE family_name IN (N'Qorvath', N'Dorvane')")).toMatch(new RegExp(`IN \\(N'${person}', N'${person}'\\)`));
  });

  it("masks sp_executesql's values by the columns their parameters stand for, named or by position", () => {
    const named = redact("EXEC sp_executesql N'UPDATE members SET family_name = @fn WHERE birth_date = @b', N'@fn nvarchar(80), @b date', @fn = N'Qorvath', @b = '1979-11-02'");
    expect(named).toMatch(new RegExp(`SET family_name = @fn WHERE birth_date = @b', N'@fn nvarchar\\(80\\), @b date', @fn = N'${person}', @b = '${dob}'$`));
    const positional = redact("exec sp_executesql N'SELECT id FROM members WHERE surname = @s AND national_id = @n', N'@s nvarchar(80), @n char(9)', N'Dorvane', '412673390'");
    expect(positional).toMatch(new RegExp(`N'@s nvarchar\\(80\\), @n char\\(9\\)', N'${person}', '\\[(?:SSN|NATIONAL_ID):`));
  });

  it('keeps placeholders in a statement, and literals of columns that name no personal data', () => {
    for (const kept of [
      'SELECT * FROM members WHERE family_name = :fn AND surname = @sn',
      "EXEC dbo.usp_GetOrder @OrderId = N'ORD-2291', @Status = N'open'",
      "UPDATE orders SET status = N'shipped' WHERE order_id = N'ORD-2291'",
    ]) expect(redact(kept)).toBe(kept);
  });
});

describe('binds logged beside their statement', () => {
  const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) });
  const redact = (q: string) =>
    (((redactor.redact({ v: 1, id: '01JTESTSQLB0000000000000000', ts: '2026-12-04T16:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', agent: { id: 'a' }, tool: { name: 'logs', arguments: { q } } } as unknown as UnsealedEvent, { capture: {} }) as RedactionResult).event.tool?.arguments ?? {}) as Record<string, string>).q as string;
  const token = (type: string) => new RegExp(`\\[${type}:psn_[a-z0-9]+_[a-z2-7]+\\]`).source;

  it("masks TypeORM's -- PARAMETERS: list by the statement's columns", () => {
    const out = redact('query: UPDATE "member" SET "family_name" = $1, "birth_date" = $2 WHERE "id" IN ($3) -- PARAMETERS: ["Qorvath","1979-11-02",17]');
    expect(out).toMatch(new RegExp(`-- PARAMETERS: \\["${token('PERSON')}","${token('DOB')}",17\\]$`));
  });

  it("masks Hibernate's binding parameter lines (5 and 6) by the last statement line before them", () => {
    const out = redact([
      'Hibernate: select m1_0.id from member m1_0 where m1_0.surname=? and m1_0.national_id=?',
      'TRACE o.h.t.d.s.BasicBinder - binding parameter [1] as [VARCHAR] - [Dorvane]',
      'TRACE o.h.t.d.s.BasicBinder - binding parameter [2] as [VARCHAR] - [412673390]',
      'Hibernate: update orders set status=? where order_ref=?',
      'TRACE org.hibernate.orm.jdbc.bind - binding parameter (1:VARCHAR) <- [Dorvane-Rush]',
      'TRACE org.hibernate.orm.jdbc.bind - binding parameter (2:VARCHAR) <- [ORD-2291]',
      'Hibernate: insert into member (given_name,birth_date) values (?,?)',
      'TRACE org.hibernate.orm.jdbc.bind - binding parameter (1:VARCHAR) <- [Lidmara]',
      'TRACE org.hibernate.orm.jdbc.bind - binding parameter (2:DATE) <- [1979-11-02]',
    ].join('\n')).split('\n');
    expect(out[1]).toMatch(new RegExp(`- \\[${token('PERSON')}\\]$`));
    expect(out[2]).toMatch(/- \[\[(?:SSN|NATIONAL_ID):/);
    // The second statement's columns name no personal data: its binds stay.
    expect(out[4]).toMatch(/<- \[Dorvane-Rush\]$/);
    expect(out[5]).toMatch(/<- \[ORD-2291\]$/);
    expect(out[7]).toMatch(new RegExp(`<- \\[${token('PERSON')}\\]$`));
    expect(out[8]).toMatch(new RegExp(`<- \\[${token('DOB')}\\]$`));
  });

  it("masks Rails' binds, named by their pairs", () => {
    const out = redact('  Member Load (0.6ms)  SELECT "members".* FROM "members" WHERE "members"."surname" = $1 AND "members"."date_of_birth" = $2 LIMIT $3  [["surname", "Qorvath"], ["date_of_birth", "1979-11-02"], ["LIMIT", 1]]');
    expect(out).toMatch(new RegExp(`\\[\\["surname", "${token('PERSON')}"\\], \\["date_of_birth", "${token('DOB')}"\\], \\["LIMIT", 1\\]\\]$`));
  });

  it('reads floods of log markers in one pass (the test timeout bounds it)', () => {
    const typeorm = `SELECT * FROM member WHERE surname = $1 ${'-- PARAMETERS: ["x", '.repeat(20_000)}`;
    const hibernate = `select 1 from member where surname=?\n${'select '.repeat(3000)}\n${'binding parameter [1] as [VARCHAR] - [x]\n'.repeat(5000)}`;
    const rails = '[["surname", '.repeat(20_000);
    const oneLine = `select 1 from member where surname=? ${'binding parameter [1] as [VARCHAR] - [x] '.repeat(20_000)}`;
    for (const flood of [typeorm, hibernate, rails, oneLine]) expect(sqlLogBinds(flood).length).toBeLessThan(2);
    // sp_executesql heads with unclosed statements, through the redactor.
    expect(redact(`${"EXEC sp_executesql N'SELECT * FROM member WHERE surname = @s ".repeat(5000)}@x`)).toContain('sp_executesql');
  });

  it('keeps logged binds of columns that name no personal data', () => {
    for (const kept of [
      'query: SELECT * FROM "orders" WHERE "status" = $1 AND "amount" > $2 AND "created_at" > $3 -- PARAMETERS: ["active",42,"2024-01-01"]',
      '  Order Load (0.3ms)  SELECT "orders".* FROM "orders" WHERE "orders"."status" = $1 LIMIT $2  [["status", "open"], ["LIMIT", 1]]',
      'select o1_0.id from orders o1_0 where o1_0.order_ref=?\nbinding parameter [1] as [VARCHAR] - [ORD-2291]',
    ]) expect(redact(kept)).toBe(kept);
  });
});
