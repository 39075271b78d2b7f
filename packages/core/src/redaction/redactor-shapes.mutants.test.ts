// Mutation tests for redactor.ts shapeOf and objectShape (issue 13; docs/TESTING.md, the row of
// objectShape and shapeOf): each field of a shape called directly on lists of member names, at
// each bound of members counted (the bound true, one more false) and with one member that is no
// trigger beside the trigger (`some`, not `every`); objectShape's cache by identity (a set of names
// seen before answers the shape made then; a set over 64 names, or none, is worked out afresh; at
// most 8 sets per first name, the oldest dropped; all dropped past 4,096 first names). The walk's
// tests (object-shapes.test.ts) reach these only through whole events, where a gate that lets more
// objects through changes nothing they can see.
import { describe, expect, it, vi } from 'vitest';
import { objectShape, shapeOf } from './redactor.js';

/** `count` member names: those given, then `m1`, `m2`, … (names no gate reads). */
const padded = (names: readonly string[], count: number, pad = 'm'): string[] => [...names, ...Array.from({ length: count - names.length }, (_, i) => `${pad}${i + 1}`)];

/** A shape without its names, for comparing whole. */
const fields = (keys: readonly string[]): Record<string, unknown> => {
  const { keys: _keys, ...rest } = shapeOf(keys);
  return rest;
};
const NOTHING = {
  humanName: false,
  genericName: false,
  surnamed: false,
  business: false,
  bankCode: false,
  companyAddress: false,
  personalSibling: false,
  nameParts: new Set(),
  columnTable: false,
  describedFields: false,
  coordinates: false,
  registryId: false,
  documentNumber: false,
  studentId: false,
  fieldChange: false,
  attributePair: false,
  userMember: false,
  splitEmail: false,
  typeMember: false,
};

describe('shapeOf: a set of names no gate reads says nothing', () => {
  it('one name, two, 16, and none; over 16 no name parts', () => {
    for (const keys of [['m1'], ['m1', 'm2'], padded([], 16), []]) expect(fields(keys), String(keys.length)).toEqual(NOTHING);
    expect(fields(padded([], 17))).toEqual({ ...NOTHING, nameParts: undefined });
    expect(fields(padded([], 100))).toEqual({ ...NOTHING, nameParts: undefined });
    const keys = ['m1'];
    expect(shapeOf(keys).keys).toBe(keys);
  });
});

/** [field, a trigger set of names, the bound of members] of the gates that count members and read one name. */
const BOUNDED: Array<[keyof typeof NOTHING, string[], number]> = [
  ['genericName', ['name'], 64],
  ['business', ['place_id'], 64],
  ['bankCode', ['Sort_Code'], 32],
  ['companyAddress', ['registered_office'], 64],
  ['registryId', ['registryId'], 64],
  ['documentNumber', ['docNo'], 16],
  ['studentId', ['localId'], 64],
  ['attributePair', ['value'], 64],
  ['columnTable', ['columns', 'rows'], 16],
  ['describedFields', ['ticket_fields', 'custom_fields'], 16],
  ['coordinates', ['lat', 'lng'], 32],
];

describe('shapeOf: each gate at its bound of members', () => {
  it.each(BOUNDED)('%s: %j among up to %i members', (field, names, bound) => {
    expect(shapeOf(names)[field], 'alone').toBe(true);
    expect(shapeOf(padded(names, names.length + 1))[field], 'beside another name').toBe(true);
    expect(shapeOf(padded(names, bound))[field], 'at the bound').toBe(true);
    expect(shapeOf(padded(names, bound + 1))[field], 'one more').toBe(false);
  });
  it('humanName: `family` or `given` among up to 9 members a HumanName has (`_` members counted)', () => {
    expect(shapeOf(['family']).humanName).toBe(true);
    expect(shapeOf(padded(['given'], 9, '_')).humanName).toBe(true);
    expect(shapeOf(padded(['given'], 10, '_')).humanName).toBe(false);
  });
  it('nameParts: the given and family members among up to 16 members, none over 16', () => {
    expect(shapeOf(padded(['first', 'last'], 16)).nameParts).toEqual(new Set(['first', 'last']));
    expect(shapeOf(padded(['first', 'last'], 17)).nameParts).toBeUndefined();
  });
});

describe('shapeOf: the gates of two names and of several kinds', () => {
  it('surnamed: a generic name and a surname member, both, in up to 64 members', () => {
    expect(shapeOf(['name', 'surname']).surnamed).toBe(true);
    expect(shapeOf(padded(['name', 'surname'], 64)).surnamed).toBe(true);
    expect(shapeOf(padded(['name', 'surname'], 65)).surnamed).toBe(false);
    expect(shapeOf(['surname']).surnamed).toBe(false);
    expect(shapeOf(['name']).surnamed).toBe(false);
  });
  it('columnTable and describedFields: a list\'s member alone or a rows\' member alone is none', () => {
    for (const keys of [['columns'], ['rows'], ['ticket_fields'], ['custom_fields'], ['columns', 'm1'], ['m1', 'rows']]) {
      expect([shapeOf(keys).columnTable, shapeOf(keys).describedFields], String(keys)).toEqual([false, false]);
    }
    expect([shapeOf(['ticket_fields', 'rows']).columnTable, shapeOf(['ticket_fields', 'rows']).describedFields]).toEqual([false, true]);
  });
  it('coordinates: a latitude and a longitude of one kind (degrees, or degrees times 10^7)', () => {
    expect(shapeOf(['latE7', 'lngE7']).coordinates).toBe(true);
    expect(shapeOf(padded(['latitudeE7', 'longitudeE7'], 32)).coordinates).toBe(true);
    expect(shapeOf(padded(['latitudeE7', 'longitudeE7'], 33)).coordinates).toBe(false);
    for (const keys of [['lat'], ['lng'], ['latE7'], ['lngE7'], ['latE7', 'lng'], ['lat', 'lngE7']]) expect(shapeOf(keys).coordinates, String(keys)).toBe(false);
  });
  it('personalSibling and typeMember: one such member among others, in any number of members', () => {
    expect(shapeOf(['email']).personalSibling).toBe(true);
    expect(shapeOf(padded(['email'], 100)).personalSibling).toBe(true);
    for (const name of ['schemas', 'type', 'kind', '@odata.type']) expect(shapeOf(padded([name], 100)).typeMember, name).toBe(true);
    expect(shapeOf(['schema', 'types', 'Type']).typeMember).toBe(false);
  });
});

describe('objectShape: worked out once per set of names', () => {
  it('the same names (another list) answer the shape made for them; another name at any place, or another length, is another shape', () => {
    const shape = objectShape(['cache_a', 'host', 'user']);
    expect(shape.splitEmail).toBe(true);
    expect(objectShape(['cache_a', 'host', 'user'])).toBe(shape);
    const other = objectShape(['cache_a', 'host', 'usr']);
    expect([other.keys, other.splitEmail]).toEqual([['cache_a', 'host', 'usr'], false]);
    expect(objectShape(['cache_a', 'hosts', 'user']).keys).toEqual(['cache_a', 'hosts', 'user']);
    expect(objectShape(['cache_a', 'host']).keys).toEqual(['cache_a', 'host']);
    expect(objectShape(['cache_a', 'host', 'user', 'x']).keys).toEqual(['cache_a', 'host', 'user', 'x']);
    // Each kept beside the others under the one first name.
    expect(objectShape(['cache_a', 'host', 'user'])).toBe(shape);
    expect(objectShape(['cache_a', 'host', 'usr'])).toBe(other);
  });
  it('up to 64 names are kept; over 64, and no name, are worked out afresh each time', () => {
    expect(objectShape(padded(['cache_b'], 64))).toBe(objectShape(padded(['cache_b'], 64)));
    const long = padded(['cache_c'], 65);
    const first = objectShape(long);
    expect(first.keys).toBe(long);
    expect(objectShape(long)).not.toBe(first);
    expect(objectShape([])).not.toBe(objectShape([]));
    expect(objectShape([]).keys).toEqual([]);
  });
  it('at most 8 sets under one first name: a ninth drops the oldest', () => {
    const set = (k: number): string[] => ['cache_d', `n${k}`];
    const shapes = Array.from({ length: 8 }, (_, k) => objectShape(set(k)));
    for (let k = 0; k < 8; k++) expect(objectShape(set(k)), `set ${k} of 8`).toBe(shapes[k]);
    objectShape(set(8));
    expect(objectShape(set(1)), 'the second, kept').toBe(shapes[1]);
    expect(objectShape(set(0)), 'the oldest, dropped').not.toBe(shapes[0]);
  });
  it('every set is dropped when a 4,097th first name comes (a fresh module: none kept before)', async () => {
    vi.resetModules();
    const fresh = await import('./redactor.js');
    const shape = fresh.objectShape(['first_0']);
    for (let k = 1; k < 4096; k++) fresh.objectShape([`first_${k}`]);
    expect(fresh.objectShape(['first_0']), '4,096 first names kept').toBe(shape);
    fresh.objectShape(['first_4096']);
    expect(fresh.objectShape(['first_0']), 'dropped').not.toBe(shape);
  });
});
