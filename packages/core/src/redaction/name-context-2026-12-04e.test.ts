// A one-word name under a generic `name` member, or quoted alone in an error (the fifth README-only
// probe of 2026-12-04, K13; test/redaction/probe-2026-12-04e.cases.md): `{ name: 'Mollquist', role:
// 'patient' }` and `KeyError: 'Vlintuk'` were stored raw. A generic name is a person's when the
// object says it is a person (a person's role as its `role`, `relationship` or `type`, a person's
// attribute such as `age` beside it), and a KeyError's key when it is one word with a name's shape.
// Tool and function names, teams, systems' roles and ordinary keys stay. A lone `{ name: 'Vlintuk' }`
// of a name no list holds stays open (a tool's or a product's name as often).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../index.js';
import { blankMachineValues } from '../../../../test/redaction/stored.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(5)]) });

function stored(value: unknown): string {
  const result = redactor.redact({ v: 1, id: 'e', seq: 0, ts: '2026-12-04T00:00:00Z', stream: 's', type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', content: { output: value } } as never, { capture: {} } as never) as { event: { content: { output: unknown } } };
  return blankMachineValues(JSON.stringify(result.event.content.output));
}

/** [input, the name that must not be stored]. */
const LEAKS: Array<[unknown, string]> = [
  // The probe's inputs.
  [{ name: 'Mollquist', role: 'patient' }, 'Mollquist'],
  ["KeyError: 'Vlintuk'", 'Vlintuk'],
  // Others of the kind.
  [{ name: 'Kestrav', relationship: 'guardian' }, 'Kestrav'],
  [{ type: 'patient', name: 'Tholvenk', ward: '4B' }, 'Tholvenk'],
  [{ participants: [{ name: 'Wenlix', role: 'Doctor' }, { name: 'Orrabel', role: 'patient' }] }, 'Wenlix'],
  [{ name: 'Zephra', age: 41 }, 'Zephra'],
  [{ nombre: 'Dorvane', gender: 'female' }, 'Dorvane'],
  [{ name: 'Qxaro', pronouns: 'they/them' }, 'Qxaro'],
  ['Traceback (most recent call last):\n  File "app.py", line 12, in lookup\n    return patients[surname]\nKeyError: "Mollquist"', 'Mollquist'],
  [{ error: "KeyError: 'Kestrav'", status: 500 }, 'Kestrav'],
];

/** Tool and function names, systems' roles, teams and ordinary keys: stored as written. */
const KEPT: unknown[] = [
  { role: 'tool', name: 'search' },
  { type: 'function', name: 'Lookup' },
  { type: 'tool', name: 'Calculator' },
  { name: 'Engineering', role: 'member' },
  { role: 'assistant', name: 'Planner' },
  { type: 'service', name: 'Gateway' },
  { kind: 'doctor', name: 'Reviewer' },
  { name: 'search' },
  { name: 'Checkout' },
  { name: 'nginx-7c9f', age: '3d' },
  "KeyError: 'user_id'",
  "KeyError: 'Authorization'",
  "KeyError: 'Paris'",
  "KeyError: 'Content-Type'",
  'KeyError: 0',
];

describe('K13: a one-word name under a generic name member, by its object', () => {
  it.each(LEAKS)('%j', (input, name) => {
    const out = stored(input);
    expect(out).not.toContain(name);
    expect(out).toContain('[PERSON:');
  });
  it.each(KEPT)('keeps %j', (input) => {
    expect(JSON.parse(stored(input))).toEqual(input);
  });
  it('any person role under any party member hides the name', () => {
    const members = fc.constantFrom('role', 'Role', 'relationship', 'relation', 'personType', 'party_type', 'participantType', 'contact_type');
    const roles = fc.constantFrom('patient', 'guardian', 'spouse', 'employee', 'tenant', 'student', 'Patient', 'doctor', 'nurse', 'caregiver');
    const names = fc.constantFrom('Mollquist', 'Vlintuk', 'Kestrav', 'Tholvenk', 'Zephra');
    const keys = fc.constantFrom('name', 'Name', 'nom', 'nombre');
    fc.assert(fc.property(members, roles, names, keys, (member, role, name, key) => {
      expect(stored({ [key]: name, [member]: role })).not.toContain(name);
    }), { numRuns: 100 });
  });
  it('any made-up one-word name as a KeyError key is hidden, quoted either way', () => {
    fc.assert(fc.property(fc.constantFrom('Mollquist', 'Vlintuk', 'Kestrav', 'Tholvenk', 'Zephra', 'Orrabel'), fc.constantFrom("'", '"'), (name, quote) => {
      expect(stored(`KeyError: ${quote}${name}${quote}`)).not.toContain(name);
    }), { numRuns: 30 });
  });
});
