// Mutation tests for the walk's name-only gates (issue 13; docs/TESTING.md, the row of
// 2026-12-06f): wrapped-values.ts mayBeAttributePair and mayBeFieldChange, unknown-users.ts
// hasUserMember, contact-shapes.ts mayBeSplitEmail called directly on lists of member names, each
// answer exact, at each bound (members counted, a name's length) and for each spelling the gate
// folds (case, `_`, `-`); and redactor.ts objectShape through a warm redactor (a shape is looked
// up by its first name and its length: sets of names sharing them must not share a shape). Each
// test kills mutants that object-shapes.test.ts let survive.
import { describe, expect, it } from 'vitest';
import type { JsonValue, UnsealedEvent } from '../spec/event.js';
import { createRedactor } from './redactor.js';
import { createKeyring } from './keys.js';
import { mayBeAttributePair, mayBeFieldChange } from './wrapped-values.js';
import { hasUserMember } from './unknown-users.js';
import { mayBeSplitEmail } from './contact-shapes.js';

/** `count` member names `m1`, `m2`, … besides those given. */
const padded = (names: readonly string[], count: number): string[] => [...names, ...Array.from({ length: count - names.length }, (_, i) => `m${i + 1}`)];

describe('mayBeAttributePair', () => {
  it('a pair value member as written: any case, `_` and `-` left out (at the start too)', () => {
    const cases: string[][] = [['name', 'value'], ['Value'], ['VAL'], ['property_value'], ['Property-Value'], ['_value'], ['-values'], ['attribute_Values']];
    expect(cases.map(mayBeAttributePair)).toEqual(cases.map(() => true));
  });
  it('a member name of more than 24 characters is none, even one that folds to a pair value', () => {
    expect(mayBeAttributePair(['value' + '_'.repeat(19)])).toBe(true); // 24 characters
    expect(mayBeAttributePair(['value' + '_'.repeat(20)])).toBe(false); // 25
  });
  it('an XML text member in an object of up to 4 members', () => {
    expect(mayBeAttributePair(['#text', '@type'])).toBe(true);
    expect(mayBeAttributePair(padded(['$t'], 4))).toBe(true);
    expect(mayBeAttributePair(padded(['_text'], 5))).toBe(false);
    expect(mayBeAttributePair(['#TEXT', '@type'])).toBe(false);
  });
  it('a FHIR extension: `url` and a `value[x]` member, both', () => {
    expect(mayBeAttributePair(['url', 'valueString'])).toBe(true);
    expect(mayBeAttributePair(['url', 'valueXy'])).toBe(true);
    expect(mayBeAttributePair(['extension', 'url', 'valueCodeableConcept'])).toBe(true);
    expect(mayBeAttributePair(['valueString'])).toBe(false);
    expect(mayBeAttributePair(['url', 'valuestring'])).toBe(false);
    expect(mayBeAttributePair(['url', 'valueX'])).toBe(false);
    expect(mayBeAttributePair(['url', 'name'])).toBe(false);
    expect(mayBeAttributePair(['uri', 'valueString'])).toBe(false);
  });
  it('no other names', () => {
    expect(mayBeAttributePair(['name', 'label', 'id'])).toBe(false);
    expect(mayBeAttributePair([])).toBe(false);
  });
});

describe('mayBeFieldChange', () => {
  it('2 to 12 members, one of a changed value (as written: case, `_`, `-`)', () => {
    expect(mayBeFieldChange(['field', 'Old_Value'])).toBe(true);
    expect(mayBeFieldChange(['field', 'new-value'])).toBe(true);
    expect(mayBeFieldChange(padded(['rejectedValue'], 12))).toBe(true);
    expect(mayBeFieldChange(padded(['rejectedValue'], 13))).toBe(false);
    expect(mayBeFieldChange(['old'])).toBe(false);
    expect(mayBeFieldChange(['field', 'type'])).toBe(false);
  });
  it('pydantic\'s `loc` and `input`, both', () => {
    expect(mayBeFieldChange(['input', 'loc', 'msg'])).toBe(true);
    expect(mayBeFieldChange(['loc', 'msg'])).toBe(false);
    expect(mayBeFieldChange(['input', 'msg'])).toBe(false);
  });
  it('AJV\'s `data` and `instancePath` (or `dataPath`), both', () => {
    expect(mayBeFieldChange(['data', 'instancePath'])).toBe(true);
    expect(mayBeFieldChange(['data', 'dataPath'])).toBe(true);
    expect(mayBeFieldChange(['data', 'message'])).toBe(false);
    expect(mayBeFieldChange(['instancePath', 'message'])).toBe(false);
    expect(mayBeFieldChange(['dataPath', 'message'])).toBe(false);
  });
});

describe('hasUserMember', () => {
  it('a user\'s member as written (case, `_`, `-`), in up to 32 members', () => {
    expect(hasUserMember(['reason', 'User_Name'])).toBe(true);
    expect(hasUserMember(['user-id'])).toBe(true);
    expect(hasUserMember(['LOGIN'])).toBe(true);
    expect(hasUserMember(padded(['username'], 32))).toBe(true);
    expect(hasUserMember(padded(['username'], 33))).toBe(false);
    expect(hasUserMember(['reason', 'password'])).toBe(false);
    expect(hasUserMember([])).toBe(false);
  });
});

describe('mayBeSplitEmail', () => {
  it('2 to 8 members, a local part\'s and a domain\'s (keyed as normalizeKeyName reads them)', () => {
    expect(mayBeSplitEmail(['host', 'user'])).toBe(true);
    expect(mayBeSplitEmail(['Local_Part', 'Domain-Name'])).toBe(true);
    expect(mayBeSplitEmail(padded(['mailbox', 'domain'], 8))).toBe(true);
    expect(mayBeSplitEmail(padded(['mailbox', 'domain'], 9))).toBe(false);
  });
  it('both members: a local part alone or a domain alone is none', () => {
    expect(mayBeSplitEmail(['user', 'server'])).toBe(false);
    expect(mayBeSplitEmail(['domain', 'type'])).toBe(false);
    expect(mayBeSplitEmail([])).toBe(false);
  });
});

describe('objectShape: sets of names sharing a first name', () => {
  const key = new Uint8Array(32).fill(7);
  const event = (result: JsonValue, i: number): UnsealedEvent => ({
    v: 1,
    id: `01JABCDEFGHJKMNPQRSTVWXY${String(i).padStart(2, '0')}`,
    ts: '2026-01-01T00:00:00.000Z',
    stream: 's',
    seq: i,
    type: 'tool.result',
    agent: { id: 'bot' },
    source: 'test',
    outcome: 'success',
    tool: { name: 'lookup', result },
  });
  const stored = async (redactor: ReturnType<typeof createRedactor>, result: JsonValue, i: number): Promise<string> => JSON.stringify((await redactor.redact(event(result, i), {})).event.tool?.result);

  it('a shape is another set\'s only when every name is the same: first name and length shared, a later name not', async () => {
    const warm = createRedactor({ pseudonymKey: createKeyring([key]), sessionMemory: false });
    // Sorted member names: [field, new, old] then [field, note, old]; [host, user] then [host, use]: the same first name and length.
    expect(await stored(warm, { field: 'ssn', new: '536-22-8514', old: '536-22-8515' }, 0)).not.toContain('536-22-85');
    expect(await stored(warm, { field: 'Status', note: 'closed', old: 'open' }, 1)).toBe('{"field":"Status","note":"closed","old":"open"}');
    expect(await stored(warm, { host: 'gmail.com', user: 'tevita.havili' }, 2)).not.toContain('tevita.havili');
    expect(await stored(warm, { host: 'gmail.com', use: 'tevita.havili' }, 3)).toBe('{"host":"gmail.com","use":"tevita.havili"}');
    // And the other way round: a shape that says nothing, then one that must mask.
    const other = createRedactor({ pseudonymKey: createKeyring([key]), sessionMemory: false });
    expect(await stored(other, { host: 'gmail.com', use: 'tevita.havili' }, 4)).toBe('{"host":"gmail.com","use":"tevita.havili"}');
    expect(await stored(other, { host: 'gmail.com', user: 'tevita.havili' }, 5)).not.toContain('tevita.havili');
  });
  it('a vendor\'s pair is read in an object of up to 64 members, the gate\'s bound the walk\'s (2026-12-07)', async () => {
    // The earlier row's six survivors of redactor.ts 999 (`keys.length <= 64 && mayBeAttributePair(keys)`): values that only
    // the pair's name masks (an SSN, a date of birth, a passport number, an unlisted surname with no cue), at 64 members.
    const warm = createRedactor({ pseudonymKey: createKeyring([key]), sessionMemory: false });
    const pairs: Array<[string, string]> = [['ssn', '536228514'], ['date_of_birth', '1981-06-17'], ['passport_number', 'X4471209'], ['lastname', 'Vlintuk']];
    let i = 10;
    for (const [name, secret] of pairs) {
      const object: Record<string, JsonValue> = { propertyName: name, propertyValue: secret };
      for (const m of padded([], 62)) object[m] = 1;
      expect(Object.keys(object)).toHaveLength(64);
      expect(await stored(warm, object, i++)).not.toContain(secret);
    }
  });
  it('a longer set after a shorter one with the same names first is its own shape', async () => {
    const warm = createRedactor({ pseudonymKey: createKeyring([key]), sessionMemory: false });
    expect(await stored(warm, { host: 'gmail.com' }, 0)).toBe('{"host":"gmail.com"}');
    expect(await stored(warm, { host: 'gmail.com', user: 'tevita.havili' }, 1)).not.toContain('tevita.havili');
    expect(await stored(warm, { host: 'gmail.com', user: 'tevita.havili', x: 1 }, 2)).not.toContain('tevita.havili');
  });
  it('a set of names whose first name was seen alone is its own shape (looked up by length first)', async () => {
    const warm = createRedactor({ pseudonymKey: createKeyring([key]), sessionMemory: false });
    // `aaaa_first` sorts first and is no other test's: its one-name shape is made first here.
    expect(await stored(warm, { aaaa_first: 1 }, 0)).toBe('{"aaaa_first":1}');
    expect(await stored(warm, { aaaa_first: 1, host: 'gmail.com', user: 'tevita.havili' }, 1)).not.toContain('tevita.havili');
  });
});
