// Direct tests of wrapped-values.ts outside `fieldChangeOf` (issue 13, mutation testing; the
// second probe's G1 and G10, the third's H1 and H19, the fourth's J2 of 2026-12-04):
// `isTypeWrapper`, `isContentMember`, `isOperatorObject`, `isOperandMember`, `attributePair` (its
// FHIR extension, Firestore field and JSON Patch / SCIM branches), `patchPathName`,
// `searchedFields`, `searchFieldBase`, `positionalPathBase`, `dataLayerBase`, `unprefixedName`
// and `extensionName`. The probe's tests go through the redactor and check what is stored; here
// each answer is pinned whole, with each bound on both of its sides.
import { describe, expect, it } from 'vitest';
import {
  attributePair,
  dataLayerBase,
  extensionName,
  isContentMember,
  isOperandMember,
  isOperatorObject,
  isTypeWrapper,
  patchPathName,
  positionalPathBase,
  searchedFields,
  searchFieldBase,
  unprefixedName,
} from './wrapped-values.js';
import type { JsonValue } from '../spec/event.js';

type Json = Record<string, JsonValue>;
const wrapper = (value: Record<string, unknown>): boolean => isTypeWrapper(value as Json);
const operator = (value: Record<string, unknown>): boolean => isOperatorObject(value as Json);
const pair = (value: Record<string, unknown>): ReturnType<typeof attributePair> => attributePair(value as Json, Object.keys(value));
/** `own` as own members over a prototype holding `inherited`. */
const over = (inherited: Record<string, unknown>, own: Record<string, unknown>): Json => Object.assign(Object.create(inherited) as Json, own) as Json;
/** An object of `count` members: `first`, then tags from `tags` (cycled, numbered past the list). */
const members = (first: Record<string, unknown>, tags: readonly string[], count: number): Record<string, unknown> => {
  const out: Record<string, unknown> = { ...first };
  for (let i = 0; Object.keys(out).length < count; i++) out[tags[i] as string] = i;
  return out;
};

describe('isTypeWrapper', () => {
  it('is a content member with tags, at most six members in all', () => {
    expect(wrapper({ S: '536228514' })).toBe(true);
    expect(wrapper({ type: 'rich_text', rich_text: [] })).toBe(true);
    const tags = ['type', 'id', 'annotations', 'href', 'link', 'end', 'format'];
    expect(wrapper(members({ S: 'x' }, tags, 6))).toBe(true);
    expect(wrapper(members({ S: 'x' }, tags, 7))).toBe(false);
    // Six content members are a wrapper too; a seventh of any kind is one too many.
    expect(wrapper({ S: 1, N: 2, SS: 3, NS: 4, L: 5, value: 6 })).toBe(true);
    expect(wrapper({ S: 1, N: 2, SS: 3, NS: 4, L: 5, value: 6, val: 7 })).toBe(false);
  });

  it('needs a content member: tags alone, an empty object and a map are none', () => {
    expect(wrapper({})).toBe(false);
    expect(wrapper({ type: 'S', id: 'x' })).toBe(false);
    expect(wrapper({ M: { ssn: { S: 'x' } } })).toBe(false);
    expect(wrapper({ mapValue: { fields: {} } })).toBe(false);
  });

  it('any other member makes a record, wherever it stands; any `@` member is a tag', () => {
    expect(wrapper({ S: 'x', name: 'y' })).toBe(false);
    expect(wrapper({ name: 'y', S: 'x' })).toBe(false);
    expect(wrapper({ id: 'p1', name: 'Vlintuk', birthDate: '1984-03-12' })).toBe(false);
    expect(wrapper({ '#text': 'Vlintuk', '@_lang': 'en' })).toBe(true);
    expect(wrapper({ '@lang': 'en', _text: 'Vlintuk' })).toBe(true);
    expect(wrapper({ '@': 'x', $t: 'y' })).toBe(true);
    expect(wrapper({ '@lang': 'en' })).toBe(false);
    expect(wrapper({ _text: 'x', 'a@': 'en' })).toBe(false);
    expect(wrapper({ _text: 'x', '': 'en' })).toBe(false);
  });

  it('counts own members only', () => {
    expect(isTypeWrapper(over({ S: 'x' }, { type: 't' }))).toBe(false);
    expect(isTypeWrapper(over({ name: 'x', surname: 'y' }, { S: 'x' }))).toBe(true);
    expect(isTypeWrapper(over({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 }, { S: 'x' }))).toBe(true);
  });

  it('isContentMember is the content set', () => {
    for (const key of ['S', 'stringValue', 'long', 'value', 'rich_text', 'Date', 'iso', '#text', '$value']) expect(isContentMember(key)).toBe(true);
    for (const key of ['M', 'mapValue', 'type', 's', 'VALUE', '@lang', '']) expect(isContentMember(key)).toBe(false);
  });
});

describe('isOperatorObject', () => {
  it('is an operator with tags, at most eight members in all', () => {
    expect(operator({ $eq: 'approved' })).toBe(true);
    expect(operator({ $regex: '^Vl', $options: 'i' })).toBe(true);
    expect(operator({ gte: '1984-01-01', format: 'yyyy-MM-dd' })).toBe(true);
    const tags = ['$options', '$exists', '$type', 'mode', 'boost', 'format', 'relation', 'operator', 'analyzer'];
    expect(operator(members({ equals: 'x' }, tags, 8))).toBe(true);
    expect(operator(members({ equals: 'x' }, tags, 9))).toBe(false);
    expect(operator({ $eq: 1, $ne: 2, $gt: 3, $gte: 4, $lt: 5, $lte: 6, $in: 7, $nin: 8 })).toBe(true);
    expect(operator({ $eq: 1, $ne: 2, $gt: 3, $gte: 4, $lt: 5, $lte: 6, $in: 7, $nin: 8, $all: 9 })).toBe(false);
  });

  it('needs an operand; any other member makes a record, wherever it stands', () => {
    expect(operator({})).toBe(false);
    expect(operator({ $exists: true, mode: 'insensitive' })).toBe(false);
    expect(operator({ $eq: 'x', name: 'y' })).toBe(false);
    expect(operator({ name: 'y', $eq: 'x' })).toBe(false);
    // No `@` rule here.
    expect(operator({ $eq: 'x', '@type': 'y' })).toBe(false);
  });

  it('counts own members only', () => {
    expect(isOperatorObject(over({ $eq: 'x' }, { mode: 'insensitive' }))).toBe(false);
    expect(isOperatorObject(over({ name: 'x' }, { $in: ['a'] }))).toBe(true);
    expect(isOperatorObject(over({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8 }, { $in: ['a'] }))).toBe(true);
  });

  it('isOperandMember is the operator set', () => {
    for (const key of ['$eq', '_in', 'equals', 'gte', 'query', 'value', 'values', '$date', '_value']) expect(isOperandMember(key)).toBe(true);
    for (const key of ['$options', 'mode', 'format', 'name', 'EQUALS', '']) expect(isOperandMember(key)).toBe(false);
  });
});

describe('attributePair: name and value members', () => {
  it('reads the pair in any case of its member names', () => {
    expect(pair({ name: 'ssn', value: '536228514' })).toStrictEqual({ name: 'ssn', member: 'value' });
    expect(pair({ Name: 'custom:ssn', Value: 'x' })).toStrictEqual({ name: 'custom:ssn', member: 'Value' });
    expect(pair({ Key: 'LastName', Value: 'x' })).toStrictEqual({ name: 'LastName', member: 'Value' });
    expect(pair({ property: 'dob', value: 'x' })).toStrictEqual({ name: 'dob', member: 'value' });
    expect(pair({ key: 'surname', val: 'x' })).toStrictEqual({ name: 'surname', member: 'val' });
    expect(pair({ name: 'alias', values: ['x'] })).toStrictEqual({ name: 'alias', member: 'values' });
    expect(pair({ AttributeName: 'ssn', VAL: 'x' })).toStrictEqual({ name: 'ssn', member: 'VAL' });
    for (const name of ['field', 'attribute', 'propertyname', 'fieldname', 'attr']) expect(pair({ [name]: 'ssn', value: 'x' })).toStrictEqual({ name: 'ssn', member: 'value' });
  });

  it('takes the first value member and the first name member that holds a string, in the keys’ order', () => {
    expect(pair({ value: 'a', val: 'b', name: 'ssn' })).toStrictEqual({ name: 'ssn', member: 'value' });
    expect(pair({ Val: 'a', Value: 'b', name: 'ssn' })).toStrictEqual({ name: 'ssn', member: 'Val' });
    expect(pair({ name: 'ssn', key: 'dob', value: 'x' })).toStrictEqual({ name: 'ssn', member: 'value' });
    expect(pair({ name: 5, key: 'dob', value: 'x' })).toStrictEqual({ name: 'dob', member: 'value' });
    expect(pair({ name: null, value: 'x' })).toBeUndefined();
    expect(pair({ name: { first: 'x' }, value: 'x' })).toBeUndefined();
    // The keys given decide, not the object's own order.
    expect(attributePair({ name: 'ssn', key: 'dob', value: 'x', val: 'y' }, ['val', 'key', 'name', 'value'])).toStrictEqual({ name: 'dob', member: 'val' });
  });

  it('wants both a name and a value member', () => {
    expect(pair({ name: 'ssn' })).toBeUndefined();
    expect(pair({ value: 'x' })).toBeUndefined();
    expect(pair({ title: 'ssn', value: 'x' })).toBeUndefined();
    expect(pair({ name: 'ssn', data: 'x' })).toBeUndefined();
    expect(pair({})).toBeUndefined();
  });

  it("a Firestore query's `field: { fieldPath }`, only under a `field` member, only a string path", () => {
    expect(pair({ field: { fieldPath: 'ssn' }, op: 'EQUAL', value: { stringValue: 'x' } })).toStrictEqual({ name: 'ssn', member: 'value' });
    expect(pair({ Field: { fieldPath: 'dob' }, Value: 'x' })).toStrictEqual({ name: 'dob', member: 'Value' });
    expect(pair({ name: { fieldPath: 'ssn' }, value: 'x' })).toBeUndefined();
    expect(pair({ key: { fieldPath: 'ssn' }, value: 'x' })).toBeUndefined();
    expect(pair({ field: { fieldPath: 5 }, value: 'x' })).toBeUndefined();
    expect(pair({ field: {}, value: 'x' })).toBeUndefined();
    expect(pair({ field: null, value: 'x' })).toBeUndefined();
    expect(pair({ field: Object.assign(['a'], { fieldPath: 'ssn' }), value: 'x' })).toBeUndefined();
    // An unusable `field` leaves the name to the next name member.
    expect(pair({ field: { fieldPath: 5 }, name: 'dob', value: 'x' })).toStrictEqual({ name: 'dob', member: 'value' });
    expect(pair({ field: { fieldPath: 'ssn' }, name: 'dob', value: 'x' })).toStrictEqual({ name: 'ssn', member: 'value' });
  });
});

describe('attributePair: a FHIR extension', () => {
  const url = 'http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName';
  it('names its value[x] member by its url', () => {
    expect(pair({ url, valueString: 'Vlintuk' })).toStrictEqual({ name: url, member: 'valueString' });
    expect(pair({ valueDateTime: '1984-03-12T04:30:00Z', url })).toStrictEqual({ name: url, member: 'valueDateTime' });
    expect(pair({ url, valueHumanName: {} })).toStrictEqual({ name: url, member: 'valueHumanName' });
    expect(pair({ url, valueSt: 'x' })).toStrictEqual({ name: url, member: 'valueSt' });
    expect(pair({ url, valueString: 'a', valueCode: 'b' })).toStrictEqual({ name: url, member: 'valueString' });
    expect(pair({ url, [`valueA${'b'.repeat(24)}`]: 'x' })).toStrictEqual({ name: url, member: `valueA${'b'.repeat(24)}` });
  });

  it('wants a string `url` (that spelling) and a value[x] member of that shape', () => {
    expect(pair({ url, valueS: 'x' })).toBeUndefined();
    expect(pair({ url, [`valueA${'b'.repeat(25)}`]: 'x' })).toBeUndefined();
    expect(pair({ url, valuestring: 'x' })).toBeUndefined();
    expect(pair({ url, value1tring: 'x' })).toBeUndefined();
    expect(pair({ url, valueStr1ng: 'x' })).toBeUndefined();
    expect(pair({ url, xvalueString: 'x' })).toBeUndefined();
    expect(pair({ url, vvalueString: 'x' })).toBeUndefined();
    expect(pair({ url, ValueString: 'x' })).toBeUndefined();
    expect(pair({ url })).toBeUndefined();
    expect(pair({ valueString: 'x' })).toBeUndefined();
    expect(pair({ URL: url, valueString: 'x' })).toBeUndefined();
    expect(pair({ url: 5, valueString: 'x' })).toBeUndefined();
    // A plain `value` is a pair's value member, not a value[x].
    expect(pair({ url, value: 'x' })).toBeUndefined();
  });

  it('a name and value pair comes first', () => {
    expect(pair({ url, name: 'ssn', value: 'x', valueString: 'y' })).toStrictEqual({ name: 'ssn', member: 'value' });
  });
});

describe('attributePair: a JSON Patch or SCIM operation', () => {
  it('names its value by its path for add, replace and test, in any case', () => {
    expect(pair({ op: 'replace', path: '/patient/ssn', value: 'x' })).toStrictEqual({ name: 'patient.ssn', member: 'value' });
    expect(pair({ op: 'add', path: '/name/0/family', value: 'x' })).toStrictEqual({ name: 'name.family_name', member: 'value' });
    expect(pair({ op: 'test', path: '/dob', value: 'x' })).toStrictEqual({ name: 'dob', member: 'value' });
    expect(pair({ op: 'Replace', path: 'name.familyName', value: 'x' })).toStrictEqual({ name: 'name.familyName', member: 'value' });
    expect(pair({ value: 'x', path: '/ssn', op: 'ADD' })).toStrictEqual({ name: 'ssn', member: 'value' });
  });

  it('the path wins over a name member; a path that names nothing names no pair', () => {
    expect(pair({ op: 'replace', path: '/ssn', name: 'title', value: 'x' })).toStrictEqual({ name: 'ssn', member: 'value' });
    expect(pair({ op: 'replace', path: '/', name: 'title', value: 'x' })).toBeUndefined();
    expect(pair({ op: 'replace', path: '/0/-', value: 'x' })).toBeUndefined();
  });

  it('no patch without an operation that carries a value, a string path and a value member', () => {
    expect(pair({ op: 'remove', path: '/ssn', value: 'x' })).toBeUndefined();
    expect(pair({ op: 'move', path: '/ssn', name: 'dob', value: 'x' })).toStrictEqual({ name: 'dob', member: 'value' });
    expect(pair({ op: 5, path: '/ssn', value: 'x' })).toBeUndefined();
    expect(pair({ Op: 'replace', path: '/ssn', value: 'x' })).toBeUndefined();
    expect(pair({ op: 'replace', Path: '/ssn', value: 'x' })).toBeUndefined();
    expect(pair({ op: 'replace', path: 5, value: 'x' })).toBeUndefined();
    expect(pair({ op: 'replace', path: 5, name: 'dob', value: 'x' })).toStrictEqual({ name: 'dob', member: 'value' });
    expect(pair({ op: 'replace', path: '/ssn' })).toBeUndefined();
    expect(pair({ op: 'replace', name: 'dob', value: 'x' })).toStrictEqual({ name: 'dob', member: 'value' });
  });
});

describe('patchPathName', () => {
  it('joins a JSON Pointer’s segments by `.`, without indexes, `-` and empty segments', () => {
    expect(patchPathName('/patient/ssn')).toBe('patient.ssn');
    expect(patchPathName('/patients/0/lastName')).toBe('patients.lastName');
    expect(patchPathName('/aliases/-')).toBe('aliases');
    expect(patchPathName('//a//b/')).toBe('a.b');
    expect(patchPathName('ssn')).toBe('ssn');
    expect(patchPathName('/x/12a/a12/-a/a-')).toBe('x.12a.a12.-a.a-');
  });

  it('reads `~1` and `~0` escapes, every one of them', () => {
    expect(patchPathName('/a~1b~1c/d')).toBe('a/b/c.d');
    expect(patchPathName('/a~0b~0c')).toBe('a~b~c');
    expect(patchPathName('/a~01')).toBe('a~1');
  });

  it('reads a SCIM path: filters out, `.` and `:` as separators', () => {
    expect(patchPathName('addresses[type eq "home"].streetAddress')).toBe('addresses.streetAddress');
    expect(patchPathName('emails[type eq "work"][primary eq true].value')).toBe('emails');
    expect(patchPathName('a[x]b[y]')).toBe('ab');
    expect(patchPathName('urn:ietf:params:scim:schemas:core:2.0:User:name.familyName')).toBe('urn.ietf.params.scim.schemas.core.User.name.familyName');
  });

  it('drops a last `value` or `values` (any case) after another segment', () => {
    expect(patchPathName('/x/value')).toBe('x');
    expect(patchPathName('/x/Values')).toBe('x');
    expect(patchPathName('/x/VALUE')).toBe('x');
    expect(patchPathName('/value')).toBe('value');
    expect(patchPathName('/x/valuex')).toBe('x.valuex');
    expect(patchPathName('/x/avalue')).toBe('x.avalue');
    expect(patchPathName('/x/valuess')).toBe('x.valuess');
    expect(patchPathName('/x/value/y')).toBe('x.value.y');
  });

  it('a FHIR HumanName part after `name` or `names` (any case)', () => {
    expect(patchPathName('/name/0/family')).toBe('name.family_name');
    expect(patchPathName('/Names/given')).toBe('Names.given_name');
    expect(patchPathName('/NAME/text/value')).toBe('NAME.full_name');
    expect(patchPathName('/name/suffix')).toBe('name.suffix');
    expect(patchPathName('/family')).toBe('family');
    expect(patchPathName('/xname/family')).toBe('xname.family');
    expect(patchPathName('/namex/family')).toBe('namex.family');
    expect(patchPathName('/namess/family')).toBe('namess.family');
    expect(patchPathName('/name/a/family')).toBe('name.a.family');
    expect(patchPathName('/name/family/a')).toBe('name.family.a');
  });

  it('no name for a path of no segment or over 256 characters', () => {
    expect(patchPathName('')).toBeUndefined();
    expect(patchPathName('/')).toBeUndefined();
    expect(patchPathName('/0/-/12')).toBeUndefined();
    expect(patchPathName('[x]')).toBeUndefined();
    expect(patchPathName(`/${'a'.repeat(255)}`)).toBe('a'.repeat(255));
    expect(patchPathName(`/${'a'.repeat(256)}`)).toBeUndefined();
  });
});

describe('searchedFields', () => {
  it('the fields of a string query, a `^boost` cut off', () => {
    expect(searchedFields({ query: 'Vlintuk', fields: ['last_name^3', 'first_name'] })).toStrictEqual(['last_name', 'first_name']);
    expect(searchedFields({ query: 'Vlintuk', fields: 'surname' })).toStrictEqual(['surname']);
    expect(searchedFields({ query: 'x', fields: ['a^b^c'] })).toStrictEqual(['a']);
    expect(searchedFields({ query: 'x', fields: ['^2'] })).toStrictEqual(['^2']);
    expect(searchedFields({ query: 'x', fields: ['b^'] })).toStrictEqual(['b']);
    expect(searchedFields({ query: '', fields: ['a'] })).toStrictEqual(['a']);
  });

  it('`default_field` when there is no `fields`', () => {
    expect(searchedFields({ query: 'x', default_field: 'ssn' })).toStrictEqual(['ssn']);
    expect(searchedFields({ query: 'x', fields: null, default_field: 'ssn' })).toStrictEqual(['ssn']);
    expect(searchedFields({ query: 'x', fields: ['a'], default_field: 'ssn' })).toStrictEqual(['a']);
  });

  it('1 to 8 strings of at most 128 characters, else none', () => {
    const eight = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    expect(searchedFields({ query: 'x', fields: eight })).toStrictEqual(eight);
    expect(searchedFields({ query: 'x', fields: [...eight, 'i'] })).toBeUndefined();
    expect(searchedFields({ query: 'x', fields: [] })).toBeUndefined();
    expect(searchedFields({ query: 'x', fields: ['a'.repeat(128)] })).toStrictEqual(['a'.repeat(128)]);
    expect(searchedFields({ query: 'x', fields: ['a', 'a'.repeat(129)] })).toBeUndefined();
    expect(searchedFields({ query: 'x', fields: ['a', 5] })).toBeUndefined();
    expect(searchedFields({ query: 'x', fields: 5 })).toBeUndefined();
    expect(searchedFields({ query: 'x', fields: { a: 'b' } })).toBeUndefined();
    expect(searchedFields({ query: 'x' })).toBeUndefined();
  });

  it('only for a string `query`', () => {
    expect(searchedFields({ fields: ['a'] })).toBeUndefined();
    expect(searchedFields({ query: 5, fields: ['a'] })).toBeUndefined();
    expect(searchedFields({ query: { match: 'x' }, fields: ['a'] })).toBeUndefined();
  });
});

describe('searchFieldBase', () => {
  it('a multi-field name without `.keyword` or `.raw`', () => {
    expect(searchFieldBase('last_name.keyword')).toBe('last_name');
    expect(searchFieldBase('ssn.raw')).toBe('ssn');
    expect(searchFieldBase('a.b.keyword')).toBe('a.b');
    expect(searchFieldBase('s.raw')).toBe('s');
    expect(searchFieldBase(`${'a'.repeat(120)}.raw`)).toBe('a'.repeat(120));
  });

  it('none for anything else', () => {
    expect(searchFieldBase(`${'a'.repeat(121)}.raw`)).toBeUndefined();
    expect(searchFieldBase('.keyword')).toBeUndefined();
    expect(searchFieldBase('ssn.keywords')).toBeUndefined();
    expect(searchFieldBase('ssn.raw.x')).toBeUndefined();
    expect(searchFieldBase('ssnxraw')).toBeUndefined();
    expect(searchFieldBase('ssn.Keyword')).toBeUndefined();
    expect(searchFieldBase('ssn.rawkeyword')).toBeUndefined();
    expect(searchFieldBase('ssn')).toBeUndefined();
  });
});

describe('positionalPathBase', () => {
  it('a MongoDB field path without its positional operators and indexes', () => {
    expect(positionalPathBase('patients.$.lastName')).toBe('patients.lastName');
    expect(positionalPathBase('visits.$[v].ssn')).toBe('visits.ssn');
    expect(positionalPathBase('patients.$[].dob')).toBe('patients.dob');
    expect(positionalPathBase('patients.0.ssn')).toBe('patients.ssn');
    expect(positionalPathBase('a.12.$[x_1].b')).toBe('a.b');
    expect(positionalPathBase('.0.ssn')).toBe('.ssn');
    expect(positionalPathBase(`${'a'.repeat(122)}.$.ssn`)).toBe(`${'a'.repeat(122)}.ssn`);
  });

  it('none when nothing is taken out, everything is, or the key is long', () => {
    expect(positionalPathBase('a.b')).toBeUndefined();
    expect(positionalPathBase('ssn')).toBeUndefined();
    expect(positionalPathBase('$')).toBeUndefined();
    expect(positionalPathBase('$.0')).toBeUndefined();
    expect(positionalPathBase('a.$x')).toBeUndefined();
    expect(positionalPathBase('a.x$')).toBeUndefined();
    expect(positionalPathBase('a.$[v-1]')).toBeUndefined();
    expect(positionalPathBase('a.$[v]x')).toBeUndefined();
    expect(positionalPathBase('a.$$')).toBeUndefined();
    expect(positionalPathBase('a.12b')).toBeUndefined();
    expect(positionalPathBase('a.b12')).toBeUndefined();
    expect(positionalPathBase(`${'a'.repeat(123)}.$.ssn`)).toBeUndefined();
  });
});

describe('dataLayerBase', () => {
  it('the name without its last word `Data`', () => {
    expect(dataLayerBase('National_ID_Data')).toBe('National_ID');
    expect(dataLayerBase('PassportData')).toBe('Passport');
    expect(dataLayerBase('ab-data')).toBe('ab');
    expect(dataLayerBase('ab.DATA')).toBe('ab');
    expect(dataLayerBase('abData')).toBe('ab');
    expect(dataLayerBase('ab__Data')).toBe('ab_');
    expect(dataLayerBase('x.DATA')).toBe('x.');
    expect(dataLayerBase(`${'a'.repeat(120)}_Data`)).toBe('a'.repeat(120));
    expect(dataLayerBase(`${'a'.repeat(120)}Data`)).toBe('a'.repeat(120));
  });

  it('none for anything else', () => {
    expect(dataLayerBase('Data')).toBeUndefined();
    expect(dataLayerBase('aData')).toBeUndefined();
    expect(dataLayerBase('_Data')).toBeUndefined();
    expect(dataLayerBase('abDaTa')).toBeUndefined();
    expect(dataLayerBase('abDatum')).toBeUndefined();
    expect(dataLayerBase('ab_Datax')).toBeUndefined();
    expect(dataLayerBase('ab Data')).toBe('ab ');
    expect(dataLayerBase(`${'a'.repeat(121)}_Data`)).toBeUndefined();
    expect(dataLayerBase(`${'a'.repeat(121)}Data`)).toBeUndefined();
  });
});

describe('unprefixedName', () => {
  it('the part after the last `:`, `.` or `/`', () => {
    expect(unprefixedName('custom:ssn')).toBe('ssn');
    expect(unprefixedName('attributes.birthdate')).toBe('birthdate');
    expect(unprefixedName('user/last_name')).toBe('last_name');
    expect(unprefixedName('dev:custom:dob')).toBe('dob');
    expect(unprefixedName('a:b.c/d')).toBe('d');
    expect(unprefixedName('a/b:c.d')).toBe('d');
    expect(unprefixedName('a.b/c:d')).toBe('d');
    expect(unprefixedName('a:b')).toBe('b');
  });

  it('none without a prefix or a name after it', () => {
    expect(unprefixedName('ssn')).toBeUndefined();
    expect(unprefixedName(':ssn')).toBeUndefined();
    expect(unprefixedName('.ssn')).toBeUndefined();
    expect(unprefixedName('/ssn')).toBeUndefined();
    expect(unprefixedName('ssn:')).toBeUndefined();
    expect(unprefixedName('a.ssn/')).toBeUndefined();
    expect(unprefixedName('')).toBeUndefined();
  });

  it('past 64 characters, what a FHIR extension’s url names', () => {
    expect(unprefixedName(`${'x'.repeat(60)}:ssn`)).toBe('ssn');
    expect(unprefixedName(`${'x'.repeat(61)}:ssn`)).toBeUndefined();
    expect(unprefixedName(`${'x'.repeat(56)}/patient-dob`)).toBe('dob');
    expect(unprefixedName(`${'x'.repeat(52)}/patient-dob`)).toBe('patient-dob');
    expect(unprefixedName('http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName')).toBe('mothersMaidenName');
  });
});

describe('extensionName', () => {
  it('the last path segment, past a resource name and a dash', () => {
    expect(extensionName('http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName')).toBe('mothersMaidenName');
    expect(extensionName('http://x.org/ext/ssn')).toBe('ssn');
    expect(extensionName('/ssn')).toBe('ssn');
    expect(extensionName('a/b-c-d')).toBe('c-d');
    expect(extensionName('a/b-c')).toBe('c');
    expect(extensionName('a/-ssn')).toBe('-ssn');
    expect(extensionName('a/ssn-')).toBe('ssn-');
    expect(extensionName('a/-')).toBe('-');
    expect(extensionName('a-b/c')).toBe('c');
    expect(extensionName(`${'a'.repeat(254)}/b`)).toBe('b');
  });

  it('none without a segment after a slash, or past 256 characters', () => {
    expect(extensionName('ssn')).toBeUndefined();
    expect(extensionName('patient-ssn')).toBeUndefined();
    expect(extensionName('http://x.org/')).toBeUndefined();
    expect(extensionName('/')).toBeUndefined();
    expect(extensionName('')).toBeUndefined();
    expect(extensionName(`${'a'.repeat(255)}/b`)).toBeUndefined();
  });
});

// The module's member sets, each member once (issue 13: their literals are module-level, tested by a
// run with AGENT_AUDIT_MUTATE_COVERAGE=all): a set emptied or a member misspelt fails here.
describe('the member sets, each member', () => {
  it('a content member makes a wrapper, alone or beside a tag', () => {
    for (const key of ['S', 'N', 'SS', 'NS', 'L', 'stringValue', 'integerValue', 'doubleValue', 'numberValue', 'timestampValue', 'arrayValue', 'listValue', 'values', 'string', 'int', 'long', 'double', 'float', 'value', 'Value', 'val', 'rich_text', 'title', 'plain_text', 'text', 'content', 'number', 'date', 'start', 'email', 'phone_number', 'Date', 'DateTime', 'dateTime', 'iso', '#text', '_text', '_', '$t', '$value']) {
      expect(isContentMember(key)).toBe(true);
      expect(wrapper({ [key]: 'x', type: 't' })).toBe(true);
    }
  });

  it('a tag member is read beside a content member, never as one', () => {
    for (const key of ['type', 'id', 'annotations', 'href', 'link', 'end', 'time_zone', '@type', '_type', 'kind', 'dataType', 'format', 'precision', 'timezone', 'timeZone', 'calendar', 'lang', 'language', 'xml:lang', '$', '_attributes']) {
      expect(isContentMember(key)).toBe(false);
      expect(wrapper({ S: 'x', [key]: 't' })).toBe(true);
      expect(wrapper({ [key]: 't' })).toBe(false);
    }
  });

  it('an operator makes an operator object, alone or beside a tag', () => {
    for (const key of ['$eq', '$ne', '$gt', '$gte', '$lt', '$lte', '$in', '$nin', '$all', '$regex', '$not', '$elemMatch', '$each', '$like', '$notLike', '$iLike', '$notILike', '$startsWith', '$endsWith', '$substring', '$contains', '$notContains', '$containsi', '$notContainsi', '$startsWithi', '$endsWithi', '$eqi', '$nei', '$between', '$notBetween', '$notIn', '_eq', '_neq', '_gt', '_gte', '_lt', '_lte', '_in', '_nin', '_like', '_ilike', '_nlike', '_nilike', '_similar', '_nsimilar', '_regex', '_iregex', '_nregex', '_niregex', '_contains', '_ncontains', '_icontains', '_starts_with', '_nstarts_with', '_istarts_with', '_ends_with', '_nends_with', '_iends_with', '_between', '_nbetween', '_value', 'equals', 'not', 'in', 'notIn', 'lt', 'lte', 'gt', 'gte', 'contains', 'startsWith', 'endsWith', 'has', 'hasSome', 'hasEvery', 'eq', 'neq', 'ne', 'inq', 'nin', 'between', 'like', 'nlike', 'ilike', 'nilike', 'regexp', 'query', 'from', 'to', 'value', 'values', '$date', '$numberLong', '$numberInt', '$numberDouble', '$numberDecimal']) {
      expect(isOperandMember(key)).toBe(true);
      expect(operator({ [key]: 'x', mode: 'insensitive' })).toBe(true);
    }
  });

  it('an operator tag is read beside an operator, never as one', () => {
    for (const key of ['$options', '$exists', '$type', '$size', '$mod', '$position', '$slice', '$sort', 'mode', 'boost', 'format', 'time_zone', 'relation', 'operator', 'fuzziness', 'analyzer', 'slop', 'case_insensitive', 'rewrite', 'minimum_should_match', 'zero_terms_query', 'prefix_length', 'max_expansions', 'lenient', 'fuzzy_transpositions', 'include_lower', 'include_upper', '_name', '_type', '_useParameter', '_multipleParameters', '_is_null', '_null', '_nnull', '_empty', '_nempty']) {
      expect(isOperandMember(key)).toBe(false);
      expect(operator({ $eq: 'x', [key]: 't' })).toBe(true);
      expect(operator({ [key]: 't' })).toBe(false);
    }
  });

  it('a pair’s name members and value members', () => {
    for (const key of ['name', 'key', 'property', 'field', 'attribute', 'attributename', 'propertyname', 'fieldname', 'attr']) expect(pair({ [key]: 'ssn', value: 'x' })).toStrictEqual({ name: 'ssn', member: 'value' });
    for (const key of ['value', 'val', 'values']) expect(pair({ name: 'ssn', [key]: 'x' })).toStrictEqual({ name: 'ssn', member: key });
  });

  it('no set holds an empty name', () => {
    expect(operator({ $eq: 'x', '': 't' })).toBe(false);
    expect(pair({ '': 'ssn', value: 'x' })).toBeUndefined();
    expect(pair({ name: 'ssn', '': 'x' })).toBeUndefined();
    expect(pair({ op: '', path: '/ssn', value: 'x' })).toBeUndefined();
  });
});

// 2026-12-07 (issue 13, docs/TESTING.md, the row of wrapped-values.ts 152-246 and 398-403): the lines changed since
// the runs above and never run: the vendors' spellings of a pair (PAIR_STEMS, fc65dd73: a generic `name`/`key` in
// objects of up to 8 members, a vendor's name in any), and the XML text typed by its `type` attribute (xmlTypedText,
// d9842b0f). Written from the survivors of that day's before run.
describe('attributePair: a vendor’s spelling and the 8-member bound of a generic name', () => {
  /** `first` and numbered filler members `m1`, `m2`, … up to `count` members. */
  const padded = (first: Record<string, unknown>, count: number): Record<string, unknown> => {
    const out: Record<string, unknown> = { ...first };
    for (let i = 1; Object.keys(out).length < count; i++) out[`m${i}`] = i;
    return out;
  };
  it('each stem as itself or with name, label or key; its value member; any case, `_` and `-` left out', () => {
    for (const stem of ['property', 'field', 'attribute', 'attr', 'tab', 'parameter', 'param', 'setting', 'column', 'customfield', 'trait', 'claim']) {
      for (const name of [stem, `${stem}name`, `${stem}label`, `${stem}key`]) expect(pair(padded({ [name]: 'ssn', value: 'x' }, 9)), name).toStrictEqual({ name: 'ssn', member: 'value' });
      for (const member of [`${stem}value`, `${stem}values`]) expect(pair({ [member]: 'x', tabLabel: 'ssn' }), member).toStrictEqual({ name: 'ssn', member });
    }
    expect(pair({ Property_Name: 'ssn', 'property-value': 'x' })).toStrictEqual({ name: 'ssn', member: 'property-value' });
    expect(pair({ Custom_Field_Name: 'dob', Custom_Field_Value: 'x' })).toStrictEqual({ name: 'dob', member: 'Custom_Field_Value' });
    // A space is no separator of a member's name; the stems' words run together only.
    expect(pair({ 'custom field': 'ssn', value: 'x' })).toBeUndefined();
    expect(pair({ namekey: 'ssn', value: 'x' })).toBeUndefined();
    expect(pair({ label: 'ssn', value: 'x' })).toBeUndefined();
  });

  it('a generic name or key in up to 8 members, a vendor’s name in up to any', () => {
    expect(pair(padded({ name: 'ssn', value: 'x' }, 8))).toStrictEqual({ name: 'ssn', member: 'value' });
    expect(pair(padded({ name: 'ssn', value: 'x' }, 9))).toBeUndefined();
    expect(pair(padded({ Key: 'ssn', Value: 'x' }, 9))).toBeUndefined();
    expect(pair(padded({ propertyName: 'ssn', propertyValue: 'x' }, 9))).toStrictEqual({ name: 'ssn', member: 'propertyValue' });
    expect(pair(padded({ tabLabel: 'ssn', value: 'x' }, 64))).toStrictEqual({ name: 'ssn', member: 'value' });
    // In a large object a generic name is passed over for a vendor's after it, and alone names nothing.
    expect(pair(padded({ name: 'Deal', propertyName: 'ssn', propertyValue: 'x' }, 11))).toStrictEqual({ name: 'ssn', member: 'propertyValue' });
    expect(pair(padded({ key: 'Deal', value: 'x', tabLabel: 'dob' }, 9))).toStrictEqual({ name: 'dob', member: 'value' });
    expect(pair(padded({ name: 'ssn', propertyValue: 'x' }, 9))).toBeUndefined();
    // Both members still wanted in a large object.
    expect(pair(padded({ propertyName: 'ssn' }, 9))).toBeUndefined();
    expect(pair(padded({ propertyValue: 'x' }, 9))).toBeUndefined();
    expect(pair(padded({ propertyName: 5, propertyValue: 'x' }, 9))).toBeUndefined();
    // A large object has no patch, XML text or FHIR extension reading: only a vendor's pair.
    expect(pair(padded({ op: 'replace', path: '/ssn', value: 'x' }, 9))).toBeUndefined();
    expect(pair(padded({ url: 'http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName', valueString: 'x' }, 9))).toBeUndefined();
    expect(pair(padded({ op: 'replace', path: '/ssn', value: 'x' }, 8))).toStrictEqual({ name: 'ssn', member: 'value' });
    expect(pair(padded({ url: 'http://x/ext/ssn', valueString: 'x' }, 8))).toStrictEqual({ name: 'http://x/ext/ssn', member: 'valueString' });
    // A Firestore `field: { fieldPath }` in a large object names its pair too.
    expect(pair(padded({ field: { fieldPath: 'ssn' }, value: 'x' }, 9))).toStrictEqual({ name: 'ssn', member: 'value' });
  });

  it('a member name of more than 24 characters is no pair member', () => {
    expect(pair({ ['property_' + '_'.repeat(11) + 'name']: 'ssn', value: 'x' })).toStrictEqual({ name: 'ssn', member: 'value' }); // 24
    expect(pair({ ['property_' + '_'.repeat(12) + 'name']: 'ssn', value: 'x' })).toBeUndefined(); // 25
    expect(pair({ name: 'ssn', ['value' + '_'.repeat(19)]: 'x' })).toStrictEqual({ name: 'ssn', member: 'value' + '_'.repeat(19) });
    expect(pair({ name: 'ssn', ['value' + '_'.repeat(20)]: 'x' })).toBeUndefined();
  });
});

describe('attributePair: an XML element’s text typed by its `type` attribute', () => {
  it('an `@` or `-` attribute, with a namespace or none, beside a text member', () => {
    for (const text of ['#text', '_text', '_', '$t', '$value']) expect(pair({ '@type': 'Employee_ID', [text]: '21001' }), text).toStrictEqual({ name: 'Employee_ID', member: text });
    for (const attribute of ['@type', '@_type', '@wd:type', '@_wd:type', '-type', '-wd:type']) expect(pair({ [attribute]: 'SSN', '#text': 'x' }), attribute).toStrictEqual({ name: 'SSN', member: '#text' });
    // Not an attribute's spelling: no `@` or `-` first, another name, a non-string type.
    for (const attribute of ['type', 'wd:type', '+type', '@kind', '@types']) expect(pair({ [attribute]: 'SSN', '#text': 'x' }), attribute).toBeUndefined();
    expect(pair({ '@type': 5, '#text': 'x' })).toBeUndefined();
    // A list is no type, though it has a length (survivor 142 of the after run: `typeof item === 'string'` → `true`).
    expect(pair({ '@type': ['SSN'], '#text': 'x' })).toBeUndefined();
    expect(pair({ '#text': 'x' })).toBeUndefined();
    expect(pair({ '@type': 'SSN' })).toBeUndefined();
  });

  it('the attributes in `$` or `_attributes`, own and strings only', () => {
    expect(pair({ $: { 'wd:type': 'Employee_ID' }, _: '21001' })).toStrictEqual({ name: 'Employee_ID', member: '_' });
    expect(pair({ _attributes: { type: 'SSN' }, _text: 'x' })).toStrictEqual({ name: 'SSN', member: '_text' });
    expect(pair({ $: { lang: 'en', type: 'SSN' }, _: 'x' })).toStrictEqual({ name: 'SSN', member: '_' });
    expect(pair({ $: { type: 5 }, _: 'x' })).toBeUndefined();
    expect(pair({ $: { type: ['SSN'] }, _: 'x' })).toBeUndefined();
    expect(pair({ $: { kind: 'SSN' }, _: 'x' })).toBeUndefined();
    expect(pair({ $: null, _: 'x' })).toBeUndefined();
    expect(pair({ $: 'SSN', _: 'x' })).toBeUndefined();
    expect(pair({ $: ['SSN'], _: 'x' })).toBeUndefined();
    expect(pair({ $: Object.assign(['a'], { type: 'SSN' }), _: 'x' })).toBeUndefined();
    expect(pair({ $: over({ type: 'SSN' }, {}), _: 'x' })).toBeUndefined();
    expect(pair({ attributes: { type: 'SSN' }, _text: 'x' })).toBeUndefined();
    // An unusable `$` leaves the type to an attribute member after it.
    expect(pair({ $: null, '@type': 'SSN', '#text': 'x' })).toStrictEqual({ name: 'SSN', member: '#text' });
  });

  it('a type of 1 to 64 characters, in an object of up to 4 members', () => {
    expect(pair({ '@type': '', '#text': 'x' })).toBeUndefined();
    expect(pair({ '@type': 'a', '#text': 'x' })).toStrictEqual({ name: 'a', member: '#text' });
    expect(pair({ '@type': 'T'.repeat(64), '#text': 'x' })).toStrictEqual({ name: 'T'.repeat(64), member: '#text' });
    expect(pair({ '@type': 'T'.repeat(65), '#text': 'x' })).toBeUndefined();
    expect(pair({ '@type': 'SSN', '#text': 'x', '@lang': 'en', '@id': '1' })).toStrictEqual({ name: 'SSN', member: '#text' });
    expect(pair({ '@type': 'SSN', '#text': 'x', '@lang': 'en', '@id': '1', '@ref': '2' })).toBeUndefined();
    // A name and value pair comes first.
    expect(pair({ name: 'dob', value: 'x', '@type': 'SSN', '#text': 'y' })).toStrictEqual({ name: 'dob', member: 'value' });
  });
});
