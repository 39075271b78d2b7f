// ORM and driver debug logs that write the binds on a line of their own (sql-binds.ts ownLineBinds;
// the fourth probe of 2026-12-04, J4: SQLAlchemy's `[generated in …] (…)`, Prisma's `params: […]`,
// MyBatis' `==> Parameters: …(String)`, EF Core's `[Parameters=[@p0='…' (Size = 4000)]` stored the
// binds raw). Each bind is read as the value of the column its placeholder stands for. The inputs
// are other statements, columns and spellings than the probe's; the surnames are made up.
import { describe, expect, it } from 'vitest';
import { createKeyring } from './keys.js';
import { createRedactor } from './redactor.js';
import type { RedactionResult } from '../spec/redactor.js';
import type { UnsealedEvent } from '../spec/event.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]), sessionMemory: false });
/** `text` as stored: redacted as a tool's result, pseudonyms shortened to their type. */
const stored = (text: string): string =>
  ((redactor.redact({ v: 1, id: '01JTESTORMLOGBINDS00000000', ts: '2026-12-04T17:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', agent: { id: 'a' }, tool: { name: 'run', result: text } } as unknown as UnsealedEvent, { capture: {} }) as RedactionResult).event.tool?.result as string).replace(/:psn_[A-Za-z0-9_]+\]/g, ']');

describe('binds on their own line after or before the statement', () => {
  it.each([
    // SQLAlchemy: a tuple by position (a statement over several lines), a dict by name.
    [
      'INFO sqlalchemy.engine.Engine SELECT members.id \nFROM members \nWHERE members.family_name = ? AND members.birth_date = ?\nINFO sqlalchemy.engine.Engine [generated in 0.00041s] (\'Ombravel\', \'1966-08-19\')',
      'INFO sqlalchemy.engine.Engine SELECT members.id \nFROM members \nWHERE members.family_name = ? AND members.birth_date = ?\nINFO sqlalchemy.engine.Engine [generated in 0.00041s] (\'[PERSON]\', \'[DOB]\')',
    ],
    [
      'UPDATE applicants SET surname=%(param_1)s WHERE applicants.id = %(id_1)s\n[cached since 14.02s ago] {\'param_1\': \'Kestrulo\', \'id_1\': 7}',
      'UPDATE applicants SET surname=%(param_1)s WHERE applicants.id = %(id_1)s\n[cached since 14.02s ago] {\'param_1\': \'[PERSON]\', \'id_1\': 7}',
    ],
    ['INSERT INTO holders (given_name, family_name) VALUES (?, ?)\n[no key 0.00015s] ("Yvandre", "O\'Mbravel")', 'INSERT INTO holders (given_name, family_name) VALUES (?, ?)\n[no key 0.00015s] ("[PERSON]", "[PERSON]")'],
    // Prisma's query event as logged.
    ['prisma:query SELECT "public"."Member"."id" FROM "public"."Member" WHERE "public"."Member"."familyName" = $1 AND "public"."Member"."birthDate" = $2\nParams: ["Ombravel","1971-05-06"]', 'prisma:query SELECT "public"."Member"."id" FROM "public"."Member" WHERE "public"."Member"."familyName" = $1 AND "public"."Member"."birthDate" = $2\nParams: ["[PERSON]","[DOB]"]'],
    // MyBatis.
    ['==>  Preparing: INSERT INTO applicant (family_name, birth_date, status) VALUES (?, ?, ?)\n==> Parameters: Kestrulo(String), 1966-08-19(Date), active(String)\n<==    Updates: 1', '==>  Preparing: INSERT INTO applicant (family_name, birth_date, status) VALUES (?, ?, ?)\n==> Parameters: [PERSON](String), [DOB](Date), active(String)\n<==    Updates: 1'],
    // EF Core: by name, the statement after the parameters.
    ["Executed DbCommand (4ms) [Parameters=[@p2='Yvandre' (Size = 100), @p3='12'], CommandType='Text', CommandTimeout='30']\nUPDATE [Members] SET [Surname] = @p2 WHERE [Id] = @p3;", "Executed DbCommand (4ms) [Parameters=[@p2='[PERSON]' (Size = 100), @p3='12'], CommandType='Text', CommandTimeout='30']\nUPDATE [Members] SET [Surname] = @p2 WHERE [Id] = @p3;"],
    ["Executed DbCommand (1ms) [Parameters=[@__dob_0='1966-08-19T00:00:00.0000000' (DbType = DateTime2)], CommandType='Text', CommandTimeout='30']\nSELECT [m].[Id] FROM [Members] AS [m] WHERE [m].[DateOfBirth] = @__dob_0", "Executed DbCommand (1ms) [Parameters=[@__dob_0='[DOB]T00:00:00.0000000' (DbType = DateTime2)], CommandType='Text', CommandTimeout='30']\nSELECT [m].[Id] FROM [Members] AS [m] WHERE [m].[DateOfBirth] = @__dob_0"],
  ])('%s', (input, expected) => {
    expect(stored(input)).toBe(expected);
  });
});

describe('binds of columns that name nothing personal stay', () => {
  it.each([
    "SELECT orders.id FROM orders WHERE orders.status = ? AND orders.region = ?\n[generated in 0.0002s] ('shipped', 'emea')",
    '==>  Preparing: SELECT * FROM product WHERE product_name=? AND created_at > ?\n==> Parameters: Kestrulo(String), 2024-01-15(Date)',
    'prisma:query SELECT "Order"."id" FROM "Order" WHERE "Order"."status" = $1\nparams: ["pending"]',
    "Executed DbCommand (2ms) [Parameters=[@__code_0='Ombravel' (Size = 40)], CommandType='Text', CommandTimeout='30']\nSELECT [p].[Id] FROM [Products] AS [p] WHERE [p].[Code] = @__code_0",
  ])('%s', (input) => {
    expect(stored(input)).toBe(input);
  });
});
