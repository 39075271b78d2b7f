// The second probe of 2026-12-04 (G11, G12, G19): the scanner's own extents for the new value
// shapes (a constructor call's literal argument, a list of quoted values), the date a
// date-of-birth key's value starts with (detectors.ts birthDateEnd), and the SQL IN lists and COPY
// rows as detectSensitive reports them. The end-to-end cases are in
// test/redaction/probe-2026-12-04b-pairs.test.ts.
import { describe, expect, it } from 'vitest';
import { BUILTIN_DETECTORS, birthDateEnd, detectBuiltin } from './detectors.js';
import { textPairs } from './text-pairs.js';

const all = (): boolean => true;
/** Each pair as [name, value], the value read from its start to its end (a quoted one without its quotes). */
const pairs = (text: string): Array<[string, string]> => textPairs(text, all).map((pair) => [pair.name, text.slice(pair.start, pair.end)]);
/** The DOB and PERSON spans of detectBuiltin, as [type, text]. */
const spans = (text: string): Array<[string, string]> =>
  detectBuiltin(text, new Set(BUILTIN_DETECTORS))
    .filter((d) => d.type === 'DOB' || d.type === 'PERSON')
    .sort((a, b) => a.start - b.start)
    .map((d) => [d.type, text.slice(d.start, d.end)]);

describe('text pairs: constructor calls and lists', () => {
  it('reads a call’s literal argument as the value', () => {
    expect(pairs('dob: ISODate("1971-05-06")')).toEqual([['dob', '1971-05-06']]);
    expect(pairs("dob: new Date('1971-05-06T00:00:00Z'), x=1")).toEqual([['dob', '1971-05-06T00:00:00Z'], ['x', '1']]);
    expect(pairs('ssn: NumberLong(536228514)')).toEqual([['ssn', '536228514']]);
    expect(pairs('dob=datetime.date(1971, 5, 6) a=b')).toEqual([['dob', '1971, 5, 6'], ['a', 'b']]);
    expect(pairs('dob = LocalDate.of( 1971,5,6 );')).toEqual([['dob', '1971,5,6']]);
  });

  it('does not read machine ids, calls on variables or empty calls as a literal', () => {
    expect(pairs('_id: ObjectId("5f1d7ac2e4b0a1b2c3d4e5f6")')).toEqual([['_id', 'ObjectId(']]);
    expect(pairs('u: UUID("0b5c…")')[0]?.[1]).toBe('UUID(');
    expect(pairs('dob: normalize(raw)')[0]?.[1]).toBe('normalize(raw');
    expect(pairs('dob: today()')[0]?.[1]).toBe('today(');
  });

  it('reads each quoted item of a list, up to 16, and no list with an unquoted item', () => {
    expect(pairs("'given': ['Qxaro', \"Bel\"], 'family': 'Dorvane'")).toEqual([['given', 'Qxaro'], ['given', 'Bel'], ['family', 'Dorvane']]);
    expect(pairs('given: []')).toEqual([]);
    expect(pairs("given: ['a', b]")).toEqual([]);
    const many = `given: [${Array.from({ length: 20 }, (_, i) => `'n${i}'`).join(', ')}]`;
    expect(pairs(many)).toHaveLength(16);
  });
});

describe('birthDateEnd: the date a date-of-birth value starts with', () => {
  it.each([
    ['1984-03-12', 10],
    ['1984-03-12T00:00:00Z', 10],
    ['12/03/1984 (verified)', 10],
    ['11 / 02 / 1979', 14],
    ['1971, 5, 6', 10],
    ['1971,5,6)', 8],
    ['twelfth of March, 1984', 22],
    ['unknown', -1],
    ['n/a', -1],
    ['1984', -1],
    ['2024, 13', -1],
  ])('%j → %i', (value, end) => {
    expect(birthDateEnd(value)).toBe(end);
  });
});

describe('SQL IN lists and COPY rows (detectBuiltin)', () => {
  it('reads row values by position and a column’s list by its column', () => {
    expect(spans("WHERE (last_name, dob) IN (('Vlintuk','1984-03-12'), ('Dorvane', '1979-11-02'))")).toEqual([
      ['PERSON', 'Vlintuk'], ['DOB', '1984-03-12'], ['PERSON', 'Dorvane'], ['DOB', '1979-11-02'],
    ]);
    expect(spans("WHERE (id, last_name) IN ((7, 'Vlintuk'))")).toEqual([['PERSON', 'Vlintuk']]);
    expect(spans("where surname not in ('Vlintuk', 'Dorvane') and id in (1, 2)")).toEqual([['PERSON', 'Vlintuk'], ['PERSON', 'Dorvane']]);
    expect(spans("WHERE (status, region) IN (('open', 'Vlintuk'))")).toEqual([]);
  });

  it('reads COPY text rows by their columns, up to the end marker, null fields skipped', () => {
    const copy = 'COPY patients (first_name, last_name, dob) FROM stdin;\nWenlix\tDorvane\t1979-11-02\n\\N\tVlintuk\t\\N\n\\.\nAfter\tThe\t1984-03-12\n';
    // The person detector reads the two words a tab joins as well (a18a005): the same spans twice in the raw list, resolved later.
    expect(spans(copy)).toEqual([['PERSON', 'Wenlix'], ['PERSON', 'Wenlix'], ['PERSON', 'Dorvane'], ['PERSON', 'Dorvane'], ['DOB', '1979-11-02'], ['PERSON', 'Vlintuk']]);
    expect(spans('COPY orders (id, status) FROM stdin;\n1\tVlintuk\n\\.')).toEqual([]);
  });
});
