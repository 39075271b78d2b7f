// CEF extension fields (text-pairs.ts fieldLabels and the `duser`/`suser` rule; the fourth probe of
// 2026-12-04, J11: `duser=Zephra Mollquist`, `cs2Label=dob cs2=1979-11-02`, `cs4Label=patientName
// cs4=…` stored raw). A custom field is named by its sibling label (ArcSight CEF `csNLabel`,
// `cnNLabel`, `flexStringNLabel`, `deviceCustomDateNLabel`); a user-name field holds an account or
// a display name, and only a display name is masked. The inputs are other fields, labels and
// spellings than the probe's; the surnames are made up.
import { describe, expect, it } from 'vitest';
import { createKeyring } from './keys.js';
import { createRedactor } from './redactor.js';
import type { RedactionResult } from '../spec/redactor.js';
import type { UnsealedEvent } from '../spec/event.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]), sessionMemory: false });
/** `text` as stored: redacted as a tool's result, pseudonyms shortened to their type. */
const stored = (text: string): string =>
  ((redactor.redact({ v: 1, id: '01JTESTCEFFIELDS0000000000', ts: '2026-12-04T17:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', agent: { id: 'a' }, tool: { name: 'run', result: text } } as unknown as UnsealedEvent, { capture: {} }) as RedactionResult).event.tool?.result as string).replace(/:psn_[A-Za-z0-9_]+\]/g, ']');
const HEAD = 'CEF:0|Vendor|EHR|3.2|4012|record viewed|3|';

describe('a CEF field named by its label', () => {
  it.each([
    [`${HEAD}cs1Label=Patient Name cs1=Ombravel Kestrulo act=view`, `${HEAD}cs1Label=Patient Name cs1=[PERSON] act=view`],
    [`${HEAD}cs5Label=birthdate cs5=1966-08-19 cn1Label=visits cn1=3`, `${HEAD}cs5Label=birthdate cs5=[DOB] cn1Label=visits cn1=3`],
    [`${HEAD}flexString1Label=mothersMaidenName flexString1=Yvandre`, `${HEAD}flexString1Label=mothersMaidenName flexString1=[PERSON]`],
    [`${HEAD}deviceCustomDate1Label=dateOfBirth deviceCustomDate1=Aug 19 1966 rt=1733328000000`, `${HEAD}deviceCustomDate1Label=dateOfBirth deviceCustomDate1=[DOB] rt=1733328000000`],
    [`${HEAD}cs6=Kestrulo cs6Label=familyName`, `${HEAD}cs6=[PERSON] cs6Label=familyName`],
  ])('%s', (input, expected) => {
    expect(stored(input)).toBe(expected);
  });
});

describe('a CEF user-name field holding a display name', () => {
  it.each([
    [`${HEAD}suser=Ombravel Kestrulo duser=svc-backup`, `${HEAD}suser=[PERSON] duser=svc-backup`],
    [`${HEAD}duser=Yvandre Ombravel dhost=ws-17`, `${HEAD}duser=[PERSON] dhost=ws-17`],
  ])('%s', (input, expected) => {
    expect(stored(input)).toBe(expected);
  });
});

describe('CEF fields that name nothing personal stay', () => {
  it.each([
    `${HEAD}suser=admin duser=root`,
    `${HEAD}suser=Helpdesk Bot act=reset`,
    `${HEAD}duser=Backup Service`,
    `${HEAD}cs1Label=region cs1=West Wing cs2Label=mode cs2=Kestrulo`,
    `${HEAD}cs3Label=build cs3=1966-08-19`,
  ])('%s', (input) => {
    expect(stored(input)).toBe(input);
  });
});
