// A change written as text (the fifth README-only probe of 2026-12-04, K4;
// test/redaction/probe-2026-12-04e.cases.md): an audit line or a note that names a field and its
// old and new values in words (`Field "Last Name" changed from "Vlintuk" to "Dorvane"`, `Updated
// date of birth from 1984-03-12 to 1984-03-21`, `changed surname Vlintuk -> Dorvane`) was stored
// raw. The probe's inputs, others of the kind, and look-alikes that must stay (text-pairs.ts changePairs).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../index.js';
import { blankMachineValues } from '../../../../test/redaction/stored.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(5)]) });

function stored(text: string): string {
  const result = redactor.redact({ v: 1, id: 'e', seq: 0, ts: '2026-12-04T00:00:00Z', stream: 's', type: 'model.response', agent: { id: 'a' }, source: 's', outcome: 'success', content: { output: text } } as never, { capture: {} } as never) as { event: { content: { output: string } } };
  return blankMachineValues(result.event.content.output);
}

/** [text, the values that must not be stored, a token type that must be there]. */
const LEAKS: Array<[string, string[], string]> = [
  // The probe's inputs.
  ['Field "Last Name" changed from "Vlintuk" to "Dorvane"', ['Vlintuk', 'Dorvane'], 'PERSON'],
  ['Updated date of birth from 1984-03-12 to 1984-03-21', ['1984-03-12', '1984-03-21'], 'DOB'],
  ['changed surname Vlintuk -> Dorvane', ['Vlintuk', 'Dorvane'], 'PERSON'],
  // Others of the kind.
  ["Patient's last name was changed from Qxaro Kestrav to Qxaro Tholvenk.", ['Kestrav', 'Tholvenk'], 'PERSON'],
  ['SSN updated from 536228514 to 412673390 by admin', ['536228514', '412673390'], 'SSN'],
  ["2026-12-01 10:00 jdoe updated field 'dob' from '1979-11-02' to '1979-12-02'", ['1979-11-02', '1979-12-02'], 'DOB'],
  ['Corrected family name: Wenlix → Orrabel', ['Wenlix', 'Orrabel'], 'PERSON'],
  ['The field “Surname” has been updated from “Kestrav” to “Dorvane”', ['Kestrav', 'Dorvane'], 'PERSON'],
  ['Audit: set social security number from 078-05-1120 to 219-09-9999', ['078-05-1120', '219-09-9999'], 'SSN'],
  ['DOB modified: 1990-07-04 -> 1990-04-07', ['1990-07-04', '1990-04-07'], 'DOB'],
  // A colon after the verb, before `from` (stored raw before the fix found by the Stryker run of 2026-12-04).
  ['Surname updated: from Vlintuk to Dorvane', ['Vlintuk', 'Dorvane'], 'PERSON'],
  ['dob was updated: from 1979-11-02 to 1979-12-02', ['1979-11-02', '1979-12-02'], 'DOB'],
  // The arrow `⇒` (read by ARROW but not let through by the gates: stored raw before the same fix).
  ['changed surname Vlintuk ⇒ Dorvane', ['Vlintuk', 'Dorvane'], 'PERSON'],
  ['DOB modified: 1990-07-04 ⇒ 1990-04-07', ['1990-07-04', '1990-04-07'], 'DOB'],
];

/** Changes of fields that hold no personal data, and `from … to` prose: stored as written. */
const KEPT = [
  'Status changed from open to closed',
  'We moved from London to Paris in 2019',
  'Changed the plan from basic to pro',
  'Flights from Vlintuk to Dorvane are cancelled',
  'name changed from billing to invoicing',
  'Priority updated from Low -> High',
  'Updated version from 1.2.3 to 1.2.4',
  'x => y',
  'Changed the deadline from 2026-12-01 to 2026-12-08',
];

describe('K4: a change written as text', () => {
  it.each(LEAKS)('%s', (text, values, type) => {
    const out = stored(text);
    for (const value of values) expect(out).not.toContain(value);
    expect(out).toContain(`[${type}:`);
  });
  it.each(KEPT)('keeps %s', (text) => {
    expect(stored(text)).toBe(text);
  });
  it('any label, verb and quoting of a change hides both values', () => {
    const labels = fc.constantFrom<[string, string, string]>(['Last Name', 'Vlintuk', 'Dorvane'], ['surname', 'Kestrav', 'Tholvenk'], ['date of birth', '1984-03-12', '1984-03-21'], ['DOB', '1979-11-02', '1979-12-02'], ['SSN', '536228514', '412673390'], ['family name', 'Wenlix', 'Orrabel']);
    const forms = fc.constantFrom(
      (l: string, a: string, b: string) => `Field "${l}" changed from "${a}" to "${b}"`,
      (l: string, a: string, b: string) => `Updated ${l} from ${a} to ${b}`,
      (l: string, a: string, b: string) => `${l} was changed from '${a}' to '${b}'.`,
      (l: string, a: string, b: string) => `changed ${l} ${a} -> ${b}`,
      (l: string, a: string, b: string) => `${l} corrected: ${a} → ${b}`,
      (l: string, a: string, b: string) => `user 42 modified ${l} from ${a} to ${b} at 10:02`,
    );
    fc.assert(fc.property(labels, forms, ([label, a, b], form) => {
      const out = stored(form(label, a, b));
      expect(out).not.toContain(a);
      expect(out).not.toContain(b);
    }), { numRuns: 80 });
  });
});
