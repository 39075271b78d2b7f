// Direct tests of the code of 0eff438 and 5b093df (K4, K5, K6 of the fifth probe of 2026-12-04;
// issue 13, mutation testing): wrapped-values.ts `fieldChangeOf` (and `memberWord`), text-pairs.ts
// `mayHoldChanges`, `changePairs` (`changeLabel`, `lineBefore`), `mayHoldFilters` and
// `filterPairs` (`encodedQuoted`). The probe's tests (field-changes-, change-text-,
// filter-expressions-2026-12-04e.test.ts) go through the redactor and check what is stored; here
// each answer is pinned whole: the field's name and members, each pair's name, value text, line
// and name extents, whether it is quoted and certain, and each bound on both of its sides.
import { describe, expect, it } from 'vitest';
import { changePairs, filterPairs, mayHoldChanges, mayHoldFilters, type TextPair } from './text-pairs.js';
import { fieldChangeOf } from './wrapped-values.js';
import type { JsonValue } from '../types.js';

const change = (value: Record<string, unknown>): ReturnType<typeof fieldChangeOf> => fieldChangeOf(value as Record<string, JsonValue>, Object.keys(value));

type Row = [name: string, value: string, line: string, nameText: string, quoted: boolean, certain: boolean];
const row = (text: string, pair: TextPair): Row => [pair.name, text.slice(pair.start, pair.end), text.slice(pair.start, pair.lineEnd), text.slice(pair.start, pair.nameEnd), pair.quoted, pair.certain];
const WANTED = new Set(['Last_Name', 'date_of_birth', 'birth', 'surname', 'ssn', 'lastname', 'familyName', 'birthdate']);
const wanted = (name: string): boolean => WANTED.has(name);
const changes = (text: string): Row[] => changePairs(text, wanted).map((pair) => row(text, pair));
const filters = (text: string): Row[] => filterPairs(text, wanted).map((pair) => row(text, pair));
/** Both values of a change under `name`, unquoted or quoted. */
const both = (name: string, old: string, now: string, quoted = false): Row[] => [[name, old, old, old, quoted, true], [name, now, now, now, quoted, true]];
const one = (name: string, value: string, quoted: boolean): Row => [name, value, value, value, quoted, true];

describe('fieldChangeOf: a change history', () => {
  it('names the field by its name member and lists the value members in order, a plain value last', () => {
    expect(change({ Field: 'LastName', OldValue: 'Vlintuk', NewValue: 'Dorvane' })).toEqual({ name: 'LastName', members: ['OldValue', 'NewValue'] });
    expect(change({ field_name: 'ssn', value: '1', values: '2', previous_value: '3' })).toEqual({ name: 'ssn', members: ['previous_value', 'value'] });
    expect(change({ 'field-name': 'ssn', old__value: '1' })).toEqual({ name: 'ssn', members: ['old__value'] });
  });

  it('asks for 2 to 12 members', () => {
    expect(change({ field: 'ssn' })).toBeUndefined();
    expect(change({ field: 'ssn', old: '1' })).toEqual({ name: 'ssn', members: ['old'] });
    const twelve: Record<string, unknown> = { field: 'ssn', old: '1' };
    for (let i = 0; i < 10; i++) twelve[`m${i}`] = i;
    expect(change(twelve)).toEqual({ name: 'ssn', members: ['old'] });
    expect(change({ ...twelve, m10: 10 })).toBeUndefined();
    expect(fieldChangeOf({ field: 'ssn', old: '1' }, [])).toBeUndefined();
  });

  it('reads member names of at most 32 characters (the same key twice, from the cache)', () => {
    const at32 = `old${'_'.repeat(29)}`;
    expect(change({ [at32]: '1', field: 'ssn' })).toEqual({ name: 'ssn', members: [at32] });
    expect(change({ [at32]: '1', field: 'ssn' })).toEqual({ name: 'ssn', members: [at32] });
    expect(change({ [`${at32}_`]: '1', field: 'ssn' })).toBeUndefined();
  });

  it('takes the first name member that holds a string of 1 to 128 characters', () => {
    expect(change({ field: 'ssn', name: 'dob', old: '1' })).toEqual({ name: 'ssn', members: ['old'] });
    expect(change({ field: '', name: 'ssn', old: '1' })).toEqual({ name: 'ssn', members: ['old'] });
    expect(change({ field: 'a'.repeat(128), old: '1' })).toEqual({ name: 'a'.repeat(128), members: ['old'] });
    expect(change({ field: 'a'.repeat(129), old: '1' })).toBeUndefined();
    expect(change({ field: 'a'.repeat(129), name: 'ssn', old: '1' })).toEqual({ name: 'ssn', members: ['old'] });
  });

  it("a Firestore field's fieldPath, only under `field` and only a string", () => {
    expect(change({ field: { fieldPath: 'ssn' }, old: '1' })).toEqual({ name: 'ssn', members: ['old'] });
    expect(change({ name: { fieldPath: 'ssn' }, old: '1' })).toBeUndefined();
    expect(change({ field: { fieldPath: 5 }, old: '1' })).toBeUndefined();
    expect(change({ field: null, old: '1' })).toBeUndefined();
    expect(change({ field: 5, old: '1' })).toBeUndefined();
    expect(change({ field: ['ssn'], old: '1' })).toBeUndefined();
    const list = Object.assign(['x'], { fieldPath: 'ssn' });
    expect(change({ field: list, old: '1' })).toBeUndefined();
  });

  it('no value member, no name member: none', () => {
    expect(change({ field: 'ssn', value: '1' })).toBeUndefined();
    expect(change({ old: '1', new: '2' })).toBeUndefined();
    expect(change({ name: 'get_ssn', input: { a: 1 } })).toBeUndefined();
  });
});

describe('fieldChangeOf: validation errors', () => {
  it("pydantic's loc: its last name that is no index, beside input", () => {
    expect(change({ loc: ['body', 'ssn', 0], input: 'x' })).toEqual({ name: 'ssn', members: ['input'] });
    expect(change({ loc: ['ssn', 7, '12'], input: 'x' })).toEqual({ name: 'ssn', members: ['input'] });
    expect(change({ loc: ['ssn', '12a'], input: 'x' })).toEqual({ name: '12a', members: ['input'] });
    expect(change({ loc: ['ssn', 'a12'], input: 'x' })).toEqual({ name: 'a12', members: ['input'] });
    expect(change({ loc: ['ssn', 'b'.repeat(128)], input: 'x' })).toEqual({ name: 'b'.repeat(128), members: ['input'] });
    expect(change({ loc: ['ssn', 'b'.repeat(129)], input: 'x' })).toEqual({ name: 'ssn', members: ['input'] });
    expect(change({ loc: ['body', 'ssn'], msg: 'x' })).toBeUndefined();
    expect(change({ loc: 'body.ssn', input: 'x' })).toBeUndefined();
    expect(change({ loc: [0, 1], input: 'x' })).toBeUndefined();
  });

  it('a loc of at most 16 items', () => {
    expect(change({ loc: [...Array<string>(15).fill('a'), 'ssn'], input: 'x' })).toEqual({ name: 'ssn', members: ['input'] });
    expect(change({ loc: [...Array<string>(16).fill('a'), 'ssn'], input: 'x' })).toBeUndefined();
  });

  it("AJV's instancePath or dataPath beside data: the path's last field", () => {
    expect(change({ instancePath: '/patient/ssn', data: 'x' })).toEqual({ name: 'ssn', members: ['data'] });
    expect(change({ dataPath: '.patient.ssn', data: 'x' })).toEqual({ name: 'ssn', members: ['data'] });
    expect(change({ instancePath: '/a/name/family', data: 'x' })).toEqual({ name: 'family_name', members: ['data'] });
    expect(change({ instancePath: '/s', data: 'x' })).toEqual({ name: 's', members: ['data'] });
    expect(change({ instancePath: '/', data: 'x' })).toBeUndefined();
    expect(change({ instancePath: '/0', data: 'x' })).toBeUndefined();
    expect(change({ instancePath: '/ssn', message: 'x' })).toBeUndefined();
    expect(change({ instancePath: 5, data: 'x' })).toBeUndefined();
    expect(change({ schemaPath: '/ssn', data: 'x' })).toBeUndefined();
  });

  it('a change comes before an error', () => {
    expect(change({ field: 'ssn', rejectedValue: '1', loc: ['dob'], input: 'x' })).toEqual({ name: 'ssn', members: ['rejectedValue'] });
    expect(change({ field: 'ssn', loc: ['dob'], input: 'x' })).toEqual({ name: 'dob', members: ['input'] });
    expect(change({ loc: ['dob'], input: 'x', instancePath: '/ssn', data: 'y' })).toEqual({ name: 'dob', members: ['input'] });
    expect(change({ loc: ['dob'], instancePath: '/ssn', data: 'y' })).toEqual({ name: 'ssn', members: ['data'] });
  });
});

describe('mayHoldChanges', () => {
  it("asks for 12 characters and ' from ' with ' to ', or an arrow", () => {
    expect(['a from b to ', 'ab a -> b cd', 'ab a → b cde', 'ab a => b cd', 'ab a ⇒ b cde'].map(mayHoldChanges)).toEqual([true, true, true, true, true]);
    expect(['a from b to', 'a from b too', 'a frm b to c', 'a - > b cdef', 'ab a ⇐ b cde', 'a->b'].map(mayHoldChanges)).toEqual([false, false, false, false, false, false]);
  });
});

describe('changePairs: from … to', () => {
  it('a quoted label and quoted values', () => {
    expect(changes('Field "Last Name" changed from "Vlintuk" to "Dorvane"')).toEqual(both('Last_Name', 'Vlintuk', 'Dorvane', true));
    expect(changes('changed surname from "Vlintuk"   to "Dorvane"')).toEqual(both('surname', 'Vlintuk', 'Dorvane', true));
    expect(changes("changed surname from 'Vlintuk'\tto 'Dorvane'")).toEqual(both('surname', 'Vlintuk', 'Dorvane', true));
  });

  it("a quoted old value asks for ' to ' within 12 characters after it", () => {
    expect(changes('changed surname from "Vlintuk" and more')).toEqual([]);
    expect(changes('changed surname from "Vlintuk"        to "Dorvane"')).toEqual(both('surname', 'Vlintuk', 'Dorvane', true));
    expect(changes('changed surname from "Vlintuk"         to "Dorvane"')).toEqual([]);
    expect(changes('changed surname from "Vlintuk" x to "Dorvane"')).toEqual([]);
  });

  it('an unquoted old value runs to the first  to  within 64 characters', () => {
    expect(changes('Updated date of birth from 1984-03-12 to 1984-03-21')).toEqual(both('date_of_birth', '1984-03-12', '1984-03-21'));
    expect(changes('surname has been updated from Vlintuk to Dorvane')).toEqual(both('surname', 'Vlintuk', 'Dorvane'));
    expect(changes('changed surname from Qxaro Vlintuk to Dorvane to Keth')).toEqual([['surname', 'Qxaro', 'Qxaro Vlintuk', 'Qxaro Vlintuk', false, true], ['surname', 'Dorvane', 'Dorvane', 'Dorvane', false, true]]);
    expect(changes(`changed surname from ${'A'.repeat(64)} to Dorvane`)).toEqual(both('surname', 'A'.repeat(64), 'Dorvane'));
    expect(changes(`changed surname from ${'A'.repeat(65)} to Dorvane`)).toEqual([]);
    expect(changes('surname changed from Vlintuk\n to Dorvane')).toEqual([]);
    expect(changes('surname changed from Vlintuk to\nDorvane')).toEqual([]);
    expect(changes('surname changed from Vlintuk to {x}')).toEqual([['surname', 'Vlintuk', 'Vlintuk', 'Vlintuk', false, true]]);
  });

  it('a verb after the label, or anywhere before it on its line', () => {
    expect(changes('ssn set from 536228514 to 412673390')).toEqual(both('ssn', '536228514', '412673390'));
    expect(changes('surname changed from Vlintuk to Dorvane')).toEqual(both('surname', 'Vlintuk', 'Dorvane'));
    expect(changes('surname changed:from Vlintuk to Dorvane')).toEqual([]);
    expect(changes('surname changed: from Vlintuk to Dorvane')).toEqual(both('surname', 'Vlintuk', 'Dorvane'));
    expect(changes('surname was updated: \t from "Vlintuk" to "Dorvane"')).toEqual(both('surname', 'Vlintuk', 'Dorvane', true));
    expect(changes('surname was changed from Vlintuk to Dorvane')).toEqual(both('surname', 'Vlintuk', 'Dorvane'));
    expect(changes('changed the surname from Vlintuk to Dorvane')).toEqual(both('surname', 'Vlintuk', 'Dorvane'));
    expect(changes('a letter from Vlintuk to Dorvane')).toEqual([]);
    expect(changes('the surname from Vlintuk to Dorvane')).toEqual([]);
    expect(changes('status changed from open to closed')).toEqual([]);
  });

  it('the line before from: not past a line break, at most 96 characters', () => {
    expect(changes('changed\nsurname from Vlintuk to Dorvane')).toEqual([]);
    expect(changes('changed\rsurname from Vlintuk to Dorvane')).toEqual([]);
    expect(changes('note\nsurname changed from Vlintuk to Dorvane')).toEqual(both('surname', 'Vlintuk', 'Dorvane'));
    expect(changes(`changed ${'x'.repeat(79)} surname from Vlintuk to Dorvane`)).toEqual(both('surname', 'Vlintuk', 'Dorvane'));
    expect(changes(`changed ${'x'.repeat(80)} surname from Vlintuk to Dorvane`)).toEqual([]);
  });

  it('labels: quoted in any of three quotes, else the longest run of the last 4 words that is wanted', () => {
    expect(changes('“Last Name” changed from Vlintuk to Dorvane')).toEqual(both('Last_Name', 'Vlintuk', 'Dorvane'));
    expect(changes("'Last Name' changed from Vlintuk to Dorvane")).toEqual(both('Last_Name', 'Vlintuk', 'Dorvane'));
    expect(changes('" Last - Name " changed from Vlintuk to Dorvane')).toEqual(both('Last_Name', 'Vlintuk', 'Dorvane'));
    expect(changes('"--" changed from Vlintuk to Dorvane')).toEqual([]);
    expect(changes('"Surname" changed from Vlintuk to Dorvane')).toEqual([]);
    expect(changes('changed date of birth from 1984 to 1985')).toEqual(both('date_of_birth', '1984', '1985'));
    expect(changes('changed birth from 1984 to 1985')).toEqual(both('birth', '1984', '1985'));
    expect(changes('changed x date of birth from 1984 to 1985')).toEqual(both('date_of_birth', '1984', '1985'));
    expect(changes('changed  ,  from 1984 to 1985')).toEqual([]);
  });

  it('every from of the text, each with its own label', () => {
    expect(changes('changed surname from Vlintuk to Dorvane; changed ssn from 536228514 to 412673390')).toEqual([...both('surname', 'Vlintuk', 'Dorvane;'), ...both('ssn', '536228514', '412673390')].map((r, i) => (i === 1 ? ['surname', 'Dorvane', 'Dorvane', 'Dorvane', false, true] : r)));
    expect(changes('changed surname from  to Dorvane')).toEqual([]);
    expect(changes('changed surname from {a} to Dorvane')).toEqual([]);
  });
});

describe('changePairs: arrows', () => {
  it('->, => and → after a verb or a label with a colon', () => {
    expect(changes('changed surname Vlintuk -> Dorvane')).toEqual(both('surname', 'Vlintuk', 'Dorvane'));
    expect(changes('surname: Vlintuk -> Dorvane')).toEqual(both('surname', 'Vlintuk', 'Dorvane'));
    expect(changes('surname changed: Vlintuk -> Dorvane')).toEqual(both('surname', 'Vlintuk', 'Dorvane'));
    expect(changes("surname: 'Vlintuk' => 'Dorvane'")).toEqual(both('surname', 'Vlintuk', 'Dorvane', true));
    expect(changes('surname: "Vlintuk" → "Dorvane"')).toEqual(both('surname', 'Vlintuk', 'Dorvane', true));
    expect(changes('changed surname Vlintuk ⇒ Dorvane')).toEqual(both('surname', 'Vlintuk', 'Dorvane'));
    expect(changes('surname: Vlintuk->Dorvane')).toEqual(both('surname', 'Vlintuk', 'Dorvane'));
    expect(changes('surname Vlintuk -> Dorvane')).toEqual([]);
    expect(changes('status: open -> closed')).toEqual([]);
  });

  it('the old value: one token or a quoted string of at most 64 characters, right before the arrow', () => {
    expect(changes(`surname: ${'A'.repeat(64)} -> Dorvane`)).toEqual(both('surname', 'A'.repeat(64), 'Dorvane'));
    expect(changes(`surname: "${'A'.repeat(64)}" -> Dorvane`)).toEqual([['surname', 'A'.repeat(64), 'A'.repeat(64), 'A'.repeat(64), true, true], ['surname', 'Dorvane', 'Dorvane', 'Dorvane', false, true]]);
    expect(changes('surname: -> Dorvane')).toEqual([]);
    expect(changes('changed\nsurname: Vlintuk -> Dorvane')).toEqual(both('surname', 'Vlintuk', 'Dorvane'));
    expect(changes('changed\nsurname Vlintuk -> Dorvane')).toEqual([]);
    expect(changes('changed surname Vlintuk -> {x}')).toEqual([['surname', 'Vlintuk', 'Vlintuk', 'Vlintuk', false, true]]);
  });

  it('every arrow of the text', () => {
    expect(changes('surname: Vlintuk -> Dorvane, ssn: 536228514 -> 412673390')).toEqual([...both('surname', 'Vlintuk', 'Dorvane'), ...both('ssn', '536228514', '412673390')]);
  });

  it('from … to and an arrow in one text', () => {
    expect(changes('changed surname from Vlintuk to Dorvane; ssn: 536228514 -> 412673390')).toEqual([['surname', 'Vlintuk', 'Vlintuk', 'Vlintuk', false, true], ['surname', 'Dorvane;', 'Dorvane;', 'Dorvane;', false, true], ...both('ssn', '536228514', '412673390')].map((r, i) => (i === 1 ? ['surname', 'Dorvane', 'Dorvane', 'Dorvane', false, true] : r)));
  });
});

describe('mayHoldFilters', () => {
  it('asks for 8 characters and an operator between blanks, + or %20, or a string function', () => {
    expect(['a eq "bc"', 'a+ne+b12', 'a%20co%20b', 'contains(', 'x startswith(', 'endswith(a'].map(mayHoldFilters)).toEqual([true, true, true, true, true, true]);
    expect(['a eq "b', 'a equals b', 'aeq b cde', 'contains (a,b)', 'a  e q b c'].map(mayHoldFilters)).toEqual([false, false, false, false, false]);
  });
});

describe('filterPairs', () => {
  it('the whole path if wanted, else its last segment after . or /', () => {
    expect(filters('lastname eq "Vlintuk"')).toEqual([one('lastname', 'Vlintuk', true)]);
    expect(filters('name.familyName eq "Vlintuk"')).toEqual([one('familyName', 'Vlintuk', true)]);
    expect(filters('name/familyName eq "Vlintuk"')).toEqual([one('familyName', 'Vlintuk', true)]);
    expect(filters('a/b.familyName eq "Vlintuk"')).toEqual([one('familyName', 'Vlintuk', true)]);
    expect(filters('a.b/familyName eq "Vlintuk"')).toEqual([one('familyName', 'Vlintuk', true)]);
    expect(filters('familyName.x eq "Vlintuk"')).toEqual([]);
    expect(filters("status eq 'active'")).toEqual([]);
  });

  it('every comparison, quoted or one token', () => {
    expect(filters("lastname eq 'Vlintuk' and birthdate eq 1984-03-12")).toEqual([one('lastname', 'Vlintuk', true), one('birthdate', '1984-03-12', false)]);
    expect(filters("lastname ne 'Vlintuk' or lastname sw 'Dor'")).toEqual([one('lastname', 'Vlintuk', true), one('lastname', 'Dor', true)]);
    expect(filters('birthdate eq 1984-03-12 and ssn eq 536228514')).toEqual([one('birthdate', '1984-03-12', false), one('ssn', '536228514', false)]);
    expect(filters('lastname eq {x}')).toEqual([]);
  });

  it('URL-encoded quotes, closed within 200 characters', () => {
    expect(filters('lastname%20eq%20%27Vlintuk%27')).toEqual([one('lastname', 'Vlintuk', true)]);
    expect(filters('lastname+eq+%22Vlintuk%22+and+ssn+eq+%22536228514%22')).toEqual([one('lastname', 'Vlintuk', true), one('ssn', '536228514', true)]);
    expect(filters('lastname eq %27Vlintuk%22 x')).toEqual([one('lastname', '%27Vlintuk%22', false)]);
    expect(filters(`lastname eq %27${'x'.repeat(197)}%27`)).toEqual([one('lastname', 'x'.repeat(197), true)]);
    expect(filters(`lastname eq %27${'x'.repeat(198)}%27`)).toEqual([one('lastname', `%27${'x'.repeat(198)}%27`, false)]);
    expect(filters('lastname eq %2Vlintuk')).toEqual([one('lastname', '%2Vlintuk', false)]);
  });

  it("OData's string functions", () => {
    expect(filters("contains(lastname,'Vlin')")).toEqual([one('lastname', 'Vlin', true)]);
    expect(filters("startswith( name/familyName , 'Vl')")).toEqual([one('familyName', 'Vl', true)]);
    expect(filters("endswith(lastname,%27tuk%27) and lastname eq 'Vlintuk'")).toEqual([one('lastname', 'Vlintuk', true), one('lastname', 'tuk', true)]);
  });
});

// From the survivors of the first Stryker run (reports/stryker-changes-after.json, at f6ea8d5).
describe('survivors of the first run', () => {
  it('fieldChangeOf reads only the keys it is given, at least 2', () => {
    expect(fieldChangeOf({ loc: ['ssn'], input: 'x' }, ['loc'])).toBeUndefined();
    expect(fieldChangeOf({ loc: ['ssn'], input: 'x' }, ['loc', 'input'])).toEqual({ name: 'ssn', members: ['input'] });
  });

  it('fieldChangeOf: a loc holding null, a path that is no string or of 1 character', () => {
    expect(change({ loc: ['ssn', null], input: 'x' })).toEqual({ name: 'ssn', members: ['input'] });
    expect(change({ instancePath: ['/ssn', '/dob'], data: 'x' })).toBeUndefined();
    expect(change({ dataPath: 's', data: 'x' })).toBeUndefined();
    expect(change({ dataPath: '.s', data: 'x' })).toEqual({ name: 's', members: ['data'] });
  });

  it('changePairs: a quoted label with signs around it, a run of blanks, a carriage return', () => {
    expect(changes('"-Last Name-" changed from Vlintuk to Dorvane')).toEqual(both('Last_Name', 'Vlintuk', 'Dorvane'));
    expect(changes('changed date \t of birth from 1984 to 1985')).toEqual(both('date_of_birth', '1984', '1985'));
    expect(changes('changed\r surname from Vlintuk to Dorvane')).toEqual([]);
    expect(changes('changed\r\nsurname from Vlintuk to Dorvane')).toEqual([]);
  });

  it('changePairs asks wanted for no empty name', () => {
    const asked: string[] = [];
    const empty = (name: string): boolean => { asked.push(name); return name === ''; };
    expect(changePairs('"--" changed from Vlintuk to Dorvane', empty)).toEqual([]);
    expect(changePairs('changed x from Vlintuk to Dorvane', empty)).toEqual([]);
    expect(asked).toEqual(['changed_x', 'x']);
  });

  it('changePairs: more than one blank around to, after a label colon; the new value of an arrow read as a name', () => {
    expect(changes('changed surname from "Vlintuk" to  "Dorvane"')).toEqual(both('surname', 'Vlintuk', 'Dorvane', true));
    expect(changes('changed surname from Vlintuk  to Dorvane')).toEqual(both('surname', 'Vlintuk', 'Dorvane'));
    expect(changes('changed surname from Vlintuk to  Dorvane')).toEqual(both('surname', 'Vlintuk', 'Dorvane'));
    expect(changes('surname:  Vlintuk -> Dorvane')).toEqual(both('surname', 'Vlintuk', 'Dorvane'));
    expect(changes('changed surname Vlintuk -> Dorvane Keth')).toEqual([['surname', 'Vlintuk', 'Vlintuk', 'Vlintuk', false, true], ['surname', 'Dorvane', 'Dorvane', 'Dorvane Keth', false, true]]);
  });

  it('changePairs: no old value before an arrow', () => {
    expect(changes('changed surname a> -> Dorvane')).toEqual([]);
    expect(changes('changed surname\n-> Dorvane')).toEqual([]);
  });

  it('filterPairs: only %27 and %22 open an encoded literal', () => {
    expect(filters('lastname eq Vl1 or Vl1')).toEqual([one('lastname', 'Vl1', false)]);
  });
});
