// An assignment through an index in code (text-pairs.ts textPairs; the fourth probe of 2026-12-04,
// J18: `row["surname"] = "…"`, `data['date_of_birth'] = '…'` stored raw while `patient.lastName =
// "…"` was masked). The quoted key inside the brackets names the value, as a member's name does.
// The inputs are other keys and languages than the probe's; the surnames are made up.
import { describe, expect, it } from 'vitest';
import { createKeyring } from './keys.js';
import { createRedactor } from './redactor.js';
import type { RedactionResult } from '../spec/redactor.js';
import type { UnsealedEvent } from '../spec/event.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]), sessionMemory: false });
/** `text` as stored: redacted as a tool's result, pseudonyms shortened to their type. */
const stored = (text: string): string =>
  ((redactor.redact({ v: 1, id: '01JTESTINDEXASSIGN00000000', ts: '2026-12-04T17:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', agent: { id: 'a' }, tool: { name: 'run', result: text } } as unknown as UnsealedEvent, { capture: {} }) as RedactionResult).event.tool?.result as string).replace(/:psn_[A-Za-z0-9_]+\]/g, ']');

describe('an assignment through a quoted index', () => {
  it.each([
    ['rec["family_name"] = "Ombravel";', 'rec["family_name"] = "[PERSON]";'],
    ["$member['surname'] = 'Kestrulo';", "$member['surname'] = '[PERSON]';"],
    ["form['birthdate'] = '1966-08-19'", "form['birthdate'] = '[DOB]'"],
    ['out["dateOfBirth"]="1971-05-06"', 'out["dateOfBirth"]="[DOB]"'],
    ["applicant['givenName'] = 'Yvandre'", "applicant['givenName'] = '[PERSON]'"],
    ['ctx.patient["familyName"] = "Ombravel"\nctx.patient["dob"] = "1966-08-19"', 'ctx.patient["familyName"] = "[PERSON]"\nctx.patient["dob"] = "[DOB]"'],
    ["df.loc[0, 'surname'] = 'Kestrulo'", "df.loc[0, 'surname'] = '[PERSON]'"],
  ])('%s', (input, expected) => {
    expect(stored(input)).toBe(expected);
  });
});

describe('indexes that name nothing personal stay', () => {
  it.each([
    'row["status"] = "Active";',
    "headers['Accept'] = 'application/json'",
    'items[0] = "Ombravel release notes"',
    "opts['mode'] = 'Kestrulo'",
    'cache["build"] = "1966-08-19"',
  ])('%s', (input) => {
    expect(stored(input)).toBe(input);
  });
});
