import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';
import { isDobKeyName } from './key-names.js';
import { createRedactor } from './redactor.js';
import { createKeyring } from './keys.js';

// Probe 6 of 2026-12-03: dates of birth after other cues (`d/o/b`, `b.`, `b.d.`, `birth`, the
// genealogical `*`, `DOB` glued to its digits, `Mar-12-1984`) and dates of death (HIPAA Safe
// Harbor (C) names the death date) were stored raw, in text and under member names.

const dobs = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'DOB').map((d) => text.slice(d.start, d.end));

describe('a date of birth after other cues', () => {
  it.each([
    ['d/o/b 1984-03-12', '1984-03-12'],
    ['D/O/B: 12/03/1984', '12/03/1984'],
    ['Mr Havili (41y, b. 1984-03-12)', '1984-03-12'],
    ['b. 12/03/1984', '12/03/1984'],
    ['b: 1984-03-12', '1984-03-12'],
    ['b.d. 1984/03/12', '1984/03/12'],
    ['Tevita Havili (*12.03.1984)', '12.03.1984'],
    ['Max Mustermann, * 12.03.1984 in Köln', '12.03.1984'],
    ['DOB12031984', '12031984'],
    ['dob19840312', '19840312'],
    ['birth 1984-03-12', '1984-03-12'],
    ['41 y/o, DOB Mar-12-1984', 'Mar-12-1984'],
    ['DOB Mar/12/1984', 'Mar/12/1984'],
  ])('%s', (text, date) => {
    expect(dobs(text)).toEqual([date]);
  });
});

describe('a date of death (masked as DOB, as HL7 PID-29 is)', () => {
  it.each([
    ['DoD 2024-01-05', '2024-01-05'],
    ['date of death: 05/01/2024', '05/01/2024'],
    ['died on 5 January 2024', '5 January 2024'],
    ['died 2024-01-05', '2024-01-05'],
    ['deceased: 2024-01-05', '2024-01-05'],
    ['passed away on 5 January 2024', '5 January 2024'],
    ['Sterbedatum: 05.01.2024', '05.01.2024'],
    ['gestorben am 05.01.2024', '05.01.2024'],
    ['décédé le 5 janvier 2024', '5 janvier 2024'],
    ['fecha de defunción: 05/01/2024', '05/01/2024'],
    ['Tevita Havili (*12.03.1984, †05.01.2024)', '05.01.2024'],
  ])('%s', (text, date) => {
    expect(dobs(text)).toContain(date);
  });
  it('any birth or death cue with any date form (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom('d/o/b', 'b.', 'b.d.', 'birth', 'DoD', 'died', 'date of death', 'deceased', 'DOB'), fc.constantFrom(' ', ': ', ' - '), fc.constantFrom('1984-03-12', '12/03/1984', '12.03.1984', '12 March 1984', 'Mar-12-1984'), (cue, link, date) => {
        expect(dobs(`note ${cue}${link}${date}`)).toEqual([date]);
      }),
    );
  });
  it('dates after other words, a year alone, and look-alikes stay', () => {
    for (const text of ['released 2024-01-05', 'meeting b 2024-01-05', 'sub: 2024-01-05', 'Tab. 12.03.1984', 'died in 2024', 'births 2024-01-05 to 2024-02-01', 'a*12.03.1984', '* 12.03.1984 release notes', 'deadline 2024-01-05', 'build 12031984'])
      expect(dobs(text), text).toEqual([]);
  });
});

const redactor = createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]), sessionMemory: false });
async function redacted(args: Record<string, unknown>): Promise<string> {
  const event = {
    v: 1, id: '01JABCDEFGHJKMNPQRSTVWXYZ0', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call',
    trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, agent: { id: 'bot' }, source: 'test', outcome: 'success',
    tool: { name: 'ehr', arguments: args },
  };
  const out = await redactor.redact(event as never, { capture: {} } as never);
  return JSON.stringify(out.event.tool?.arguments);
}

describe('dates of birth and death under member names', () => {
  it.each(['bdate', 'birthDateTime', 'birth_time', 'date_of_birth_str', 'dob_iso', 'birthDateText', 'deceasedDateTime', 'deceased_date', 'dateOfDeath', 'death_date', 'deathDate', 'date_of_death', 'sterbedatum', 'fecha_de_defuncion'])('%s', async (key) => {
    expect(isDobKeyName(key), key).toBe(true);
    const out = await redacted({ [key]: '1984-03-12T04:30:00Z' });
    expect(out).not.toContain('1984');
    expect(out).toContain('[DOB:psn_');
  });
  it('birth, death, died, deceased, dod alone when the value starts with a date', async () => {
    for (const key of ['birth', 'death', 'died', 'deceased', 'dod']) {
      const out = await redacted({ [key]: '2024-01-05' });
      expect(out, key).toContain('[DOB:psn_');
    }
    expect(JSON.parse(await redacted({ birth: 'Auckland', deceased: 'no', dod: 'All tests pass' }))).toEqual({ birth: 'Auckland', deceased: 'no', dod: 'All tests pass' });
  });
  it('a FHIR Patient with birthDate and deceasedDateTime', async () => {
    const out = await redacted({ resourceType: 'Patient', birthDate: '1984-03-12', deceasedDateTime: '2024-01-05T10:00:00Z', deceasedBoolean: true });
    expect(out).not.toMatch(/1984|2024/);
    expect(out).toContain('"deceasedBoolean":true');
  });
  it('other date keys and words after a DOB key that are no form of it stay', () => {
    for (const key of ['birthdate_format', 'birthday_party', 'updated_date', 'death_count', 'dod', 'births']) expect(isDobKeyName(key), key).toBe(false);
  });
});
