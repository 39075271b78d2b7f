// X3 of "Open parts of earlier probes, fixed 2026-12-05" (test/redaction/probe-2026-12-04g.cases.md;
// issue 11: look-alikes must stay): schema text, a column named `name` followed by its SQL type
// (`name VARCHAR(40) NOT NULL`), masked the type as a person (names.ts NOT_NAMES now holds SQL
// type names). Prisma's `name String` and TypeScript's `name: string` were kept already.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';

const persons = (text: string) => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('X3: a column named `name` followed by its type is a schema', () => {
  it('the probe row', () => {
    for (const text of ['CREATE TABLE t (name varchar(40), email varchar(80))', 'name VARCHAR(40) NOT NULL', 'model User {\n  id Int @id\n  name String\n}', 'interface User { name: string; email: string }']) expect(persons(text), text).toEqual([]);
  });
  it('held back: other types and spellings', () => {
    for (const text of ['CREATE TABLE t (name VARCHAR(40) NOT NULL, email VARCHAR(80))', 'name NVARCHAR(100) NULL', 'name CHAR(10)', 'name CLOB', 'name BIGINT', 'name NCHAR(5)', 'Name VARCHAR(40)', 'name Varchar(40)', 'name TINYTEXT', 'ALTER TABLE users ADD COLUMN name VARCHAR(80)']) expect(persons(text), text).toEqual([]);
  });
  it('the boundary: a value after `name` stays a name', () => {
    expect(persons('name Qxaro Vlintuk')).toEqual(['Qxaro Vlintuk']);
    expect(persons("INSERT INTO t (name) VALUES ('Qxaro Vlintuk')")).toEqual(['Qxaro Vlintuk']);
  });
});
