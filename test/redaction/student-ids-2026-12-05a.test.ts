// L5 of the eighth probe of 2026-12-05 (test/redaction/probe-2026-12-05a.cases.md): a school's
// number for its student (FERPA, 34 CFR 99.3: part of the education record) was stored raw after
// its label (`Student ID: S00482913`, `student number 00482913`) and under its members
// (`studentId`, `student_number`, `sisId`, `sis_id`), while the student's name, the guardians'
// email and the date of birth beside it were masked. Now `STUDENT_ID` (`pii`), health-ids.ts
// OWNER_RULES and HEALTH_ID_KEYS.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';
import { detectSensitive } from '../../packages/core/src/redaction/detectors.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(5)]), sessionMemory: false });
function stored(args: Record<string, unknown>): string {
  const result = redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', arguments: args } } as never, { capture: {} });
  if (typeof (result as { then?: unknown }).then === 'function') throw new Error('expected a synchronous redactor');
  return JSON.stringify((result as { event: { tool: { arguments: unknown } } }).event.tool.arguments);
}
const raw = (out: string, code: string): boolean => new RegExp(`(?<![0-9A-Za-z])${code}(?![0-9A-Za-z])`).test(out);
const students = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'STUDENT_ID').map((d) => text.slice(d.start, d.end));

describe('a student id after its label', () => {
  it.each([
    // The probe's inputs.
    ['Student: Aaliyah Venkataraman  Student ID: S00482913  Grade 7', 'S00482913'],
    ['Student number 00482913 for Darnell Whitcombe.', '00482913'],
    ['student id 2026004471 for the spring term', '2026004471'],
    // Held back: other spellings and languages of the same label.
    ['Student No. 7731-0042 enrolled in Grade 9', '7731-0042'],
    ['student_id=4471982 grade=7', '4471982'],
    ['SIS ID: 99120034 (PowerSchool)', '99120034'],
    ['Pupil number 310044871, Year 5', '310044871'],
    ['Matrikelnummer 3318274 der Studentin', '3318274'],
    ['numéro d\'étudiant 21904417', '21904417'],
    ['número de alumno 55012398', '55012398'],
    ['numero di matricola 884213', '884213'],
    ['leerlingnummer 1200455', '1200455'],
  ])('%s', (text, value) => {
    expect(students(text)).toEqual([value]);
  });
  it('is stored as a pseudonym in prose', () => {
    const out = stored({ note: 'Student: Aaliyah Venkataraman  Student ID: S00482913  Grade 7, guardian at home' });
    expect(out).not.toContain('S00482913');
    expect(out).toContain('[STUDENT_ID:');
  });
});

describe('a student id under its member', () => {
  it('studentId, student_number, sisId, sis_id and the same in other languages', () => {
    const out = stored({ studentId: 'S00482913', student_number: '00482913', sisId: 'S7700411', student: { sis_id: '00482914', legal_name: 'Darnell Whitcombe', dob: '2013-04-02' }, matrikelnummer: '3318274', numero_etudiant: '21904417', pupilId: 'P-55120' });
    for (const code of ['S00482913', '00482913', 'S7700411', '00482914', '3318274', '21904417']) expect(raw(out, code), code).toBe(false);
    expect(out).not.toContain('P-55120');
    expect(out.match(/\[STUDENT_ID:/g)?.length).toBe(7);
  });
  it('the same id in prose and under its member has one pseudonym', () => {
    const prose = stored({ note: 'Student ID: S00482913' });
    const member = stored({ studentId: 'S00482913' });
    const token = /\[STUDENT_ID:[^\]]+\]/.exec(prose)?.[0];
    expect(token).toBeDefined();
    expect(/\[STUDENT_ID:[^\]]+\]/.exec(member)?.[0]).toBe(token);
  });
});

describe('look-alikes stay', () => {
  it.each([
    'student 3 of 12 passed',
    'Student: 12 enrolled this year',
    'student discount code SAVE20',
    'Students 2026 cohort',
    'the school id is 4410 on the district map',
    'sister id card',
  ])('%s', (text) => {
    expect(students(text)).toEqual([]);
  });
  it('a school\'s own id under schoolId stays', () => {
    expect(stored({ schoolId: '4410023', gradeLevel: '7' })).toContain('4410023');
  });
});
