// L16 of the seventh README-only probe of 2026-12-04 (probe-2026-12-04g.cases.md): an SQL
// `INSERT … VALUES` with no column list (mysqldump, sqlite's .dump) stored its names and dates of
// birth raw, while the same rows with `(first_name, last_name, dob)` were masked. The table's
// CREATE TABLE in the same text names the columns; without one, each row's quoted values are read
// by their shapes, as a headerless record. The row's inputs and other spellings of the kind through
// the real pipeline; look-alikes beside them stay as written.
import { afterAll, describe, expect, it } from 'vitest';
import type { JsonValue } from '@agent-audit/core';
import { kinds, redacted, removeLedgers, stored } from './pipeline-2026-12-04f.js';

afterAll(removeLedgers);

describe('L16: the row', () => {
  it.each([
    ["INSERT INTO `customers` VALUES (1,'Qxaro','Vlintuk','qxaro.v@example.org','1984-03-12'),(2,'Orvenna','Thistlecrake','orvenna@example.org','1985-07-14');", "INSERT INTO `customers` VALUES (1,'[PERSON]','[PERSON]','[EMAIL]','[DOB]'),(2,'[PERSON]','[PERSON]','[EMAIL]','[DOB]');"],
    ["INSERT INTO `patients` VALUES (7,'Dorric','Halversham','536-22-8514','1979-02-11','217-555-0142');", "INSERT INTO `patients` VALUES (7,'[PERSON]','[PERSON]','[SSN]','[DOB]','[PHONE]');"],
    ["INSERT INTO members VALUES ('Quentara','Bellwick','1990-06-17','quentara@example.org');", "INSERT INTO members VALUES ('[PERSON]','[PERSON]','[DOB]','[EMAIL]');"],
    ["INSERT INTO users VALUES(1,'Quentara Bellwick','1990-06-17');", "INSERT INTO users VALUES(1,'[PERSON]','[DOB]');"],
  ])('%s', async (input, expected) => {
    const { values, raw } = await stored([input]);
    expect(kinds(values[0] as JsonValue)).toBe(expected);
    for (const value of ['Qxaro', 'Vlintuk', 'Thistlecrake', 'Dorric', 'Halversham', 'Quentara', 'Bellwick', '1984-03-12', '1979-02-11', '1990-06-17']) expect(raw).not.toContain(value);
  });
  it('the row\u2019s masked input stays masked: a column list', () => {
    expect(kinds(redacted("INSERT INTO members (first_name,last_name,dob) VALUES ('Quentara','Bellwick','1990-06-17');"))).toBe("INSERT INTO members (first_name,last_name,dob) VALUES ('[PERSON]','[PERSON]','[DOB]');");
  });
});

describe('L16: other spellings of the kind (held back)', () => {
  it.each([
    // A mysqldump with its CREATE TABLE: the columns named there decide.
    ["CREATE TABLE `people` (\n  `id` int NOT NULL,\n  `given` text,\n  `family_name` text,\n  `birth_date` date,\n  PRIMARY KEY (`id`)\n);\nINSERT INTO `people` VALUES (1,'Merrow','Castellane','2001-01-09');", "INSERT INTO `people` VALUES (1,'[PERSON]','[PERSON]','[DOB]');"],
    // sqlite's .dump quotes the table with double quotes.
    ["CREATE TABLE \"clients\"(id INTEGER PRIMARY KEY, last_name TEXT, first_name TEXT, dob TEXT);\nINSERT INTO \"clients\" VALUES(4,'Feltsby','Brannoch','1977-10-30');", "INSERT INTO \"clients\" VALUES(4,'[PERSON]','[PERSON]','[DOB]');"],
    ["INSERT INTO \"contacts\" VALUES(3,'Brannoch','Feltsby','brannoch@example.net');", "INSERT INTO \"contacts\" VALUES(3,'[PERSON]','[PERSON]','[EMAIL]');"],
    ["INSERT IGNORE INTO staff VALUES (12, 'Pelisse', 'Amberwick', '1969-04-02', NULL);", "INSERT IGNORE INTO staff VALUES (12, '[PERSON]', '[PERSON]', '[DOB]', NULL);"],
    ["INSERT INTO db.patients VALUES (1,'Orvenna Thistlecrake','12/03/1984','orvenna@example.org');", "INSERT INTO db.patients VALUES (1,'[PERSON]','[DOB]','[EMAIL]');"],
    ["INSERT INTO `t` VALUES (1,'Castellane','Merrow','415-555-0134'),(2,'Vlintuk','Qxaro','217-555-0142');", "INSERT INTO `t` VALUES (1,'[PERSON]','[PERSON]','[PHONE]'),(2,'[PERSON]','[PERSON]','[PHONE]');"],
  ])('%s', async (input, expected) => {
    const { values } = await stored([input]);
    const text = kinds(values[0] as JsonValue);
    expect(text.slice(text.indexOf('INSERT'))).toBe(expected);
  });
});

describe('L16: look-alikes stay as written', () => {
  it.each([
    "INSERT INTO products VALUES (1,'Widget','Blue',9.99,'2024-01-01');",
    "INSERT INTO log VALUES (1,'checkout','200','2026-12-04');",
    "INSERT INTO orders VALUES (1,'Pending','Shipped','2026-11-02',42);",
    "INSERT INTO settings VALUES ('theme','dark'),('locale','en-US');",
    "CREATE TABLE items (id int, sku text, colour text);\nINSERT INTO items VALUES (1,'AB-442','Green');",
  ])('%s', (input) => {
    expect(redacted(input)).toBe(input);
  });
});
