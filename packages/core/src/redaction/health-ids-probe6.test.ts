import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';
import { createRedactor } from './redactor.js';
import { createKeyring } from './keys.js';

// Probe 6 of 2026-12-03: a medical record number glued to `MRN` or after `Med Rec #`, `med. rec.
// no.`, `pt id`, `hosp #`, `UR number`; Scotland's CHI number after `CHI` (the docs named only
// `CHI number`); FHIR references to a patient (`Patient/00482913`) and a Patient resource's id
// were stored raw.

const mrns = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'MRN').map((d) => text.slice(d.start, d.end));

describe('an MRN after other spellings of its label', () => {
  it.each([
    ['MRN00482913', '00482913'],
    ['mrn00482913', '00482913'],
    ['MRN#00482913', '00482913'],
    ['MRN-00482913', '00482913'],
    ['Med Rec #: 482913', '482913'],
    ['med. rec. no. 482913', '482913'],
    ['Med. Record No: 482913', '482913'],
    ['pt id 482913', '482913'],
    ['Pt #00482913', '00482913'],
    ['PT No. 00482913', '00482913'],
    ['hosp # 00482913', '00482913'],
    ['URN 00482913', '00482913'],
    ['UR number 00482913', '00482913'],
  ])('%s', (text, value) => {
    expect(mrns(text)).toEqual([value]);
  });
  it('any label spelling before any record number (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom('MRN', 'MRN#', 'MRN ', 'MRN: ', 'Med Rec #: ', 'med. rec. no. ', 'pt id ', 'Pt #', 'hosp # ', 'UR number '), fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 6, maxLength: 10 }), (label, digits) => {
        expect(mrns(`seen ${label}${digits} today`)).toEqual([digits]);
      }),
    );
  });
  it('look-alikes stay: a glued label of another kind, a word before the digits, CSS points, lower-case urn and ur', () => {
    for (const text of ['MRN12345678x', 'MRNabc', 'font: 12pt #333333', 'urn:isbn:0451450523', 'ur 12345678', 'chi 1203841234', 'urn 00482913', 'ptid12345678']) expect(mrns(text), text).toEqual([]);
  });
});

describe('the CHI number after CHI', () => {
  it.each([['CHI 1203841234', '1203841234'], ['CHI: 0101011234', '0101011234'], ['CHI no. 1203841234', '1203841234'], ['CHI number 1203841234', '1203841234']])('%s', (text, value) => {
    expect(mrns(text)).toEqual([value]);
  });
  it('not a value that starts with no date, nor of other length, nor after a lower-case chi', () => {
    for (const text of ['CHI 3213841234', 'CHI 1213841234', 'CHI 120384123', 'chi 1203841234', 'the chi 0101011234 test']) expect(mrns(text), text).toEqual([]);
  });
});

describe('a FHIR reference to a patient in text', () => {
  it.each([
    ['GET /fhir/Patient/00482913/$everything 200', '00482913'],
    ['"reference":"Patient/123"', '123'],
    ['https://hapi.example.org/fhir/Patient/a1b2c3-d4/_history/2', 'a1b2c3-d4'],
    ['subject: Patient/00482913.', '00482913'],
  ])('%s', (text, id) => {
    expect(mrns(text)).toEqual([id]);
  });
  it('other resources, ids without a digit, operations, file names and other spellings stay', () => {
    for (const text of ['Observation/123', 'Encounter/9988', 'Patient/$everything', 'Patient/_search?name=x', 'Patient/example', 'src/Patient/Patient2.tsx', 'patient/123', 'MyPatient/123'])
      expect(mrns(text), text).toEqual([]);
  });
});

const redactor = createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]), sessionMemory: false });
async function redacted(args: unknown): Promise<string> {
  const event = {
    v: 1, id: '01JABCDEFGHJKMNPQRSTVWXYZ0', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call',
    trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, agent: { id: 'bot' }, source: 'test', outcome: 'success',
    tool: { name: 'ehr', arguments: args },
  };
  const out = await redactor.redact(event as never, { capture: {} } as never);
  return JSON.stringify(out.event.tool?.arguments);
}

describe('a patient\'s logical id under member names and in resources', () => {
  it.each([
    [{ patientRef: 'Patient/00482913' }],
    [{ subject: 'Patient/00482913' }],
    [{ subject: { reference: 'Patient/00482913', display: 'x' } }],
    [{ resource: { resourceType: 'Patient', id: '00482913' } }],
    [{ resource: { type: 'patient', id: '00482913' } }],
    [{ entry: [{ resource: { resourceType: 'Patient', id: '00482913', active: true } }] }],
    [{ medical_record: '00482913' }],
    [{ nhs: '00482913' }],
  ])('%j', async (args) => {
    const out = await redacted(args);
    expect(out).not.toContain('00482913');
    expect(out).toContain('[MRN:psn_');
  });
  it('a text reference and a resource id of one patient share one pseudonym', async () => {
    const out = await redacted({ a: { resourceType: 'Patient', id: '00482913' }, b: 'see Patient/00482913' });
    const tokens = out.match(/\[MRN:psn_[A-Za-z0-9_]+\]/g) ?? [];
    expect(tokens).toHaveLength(2);
    expect(new Set(tokens).size).toBe(1);
  });
  it('other resources\' ids stay', async () => {
    for (const args of [{ resource: { resourceType: 'Observation', id: '123' } }, { reference: 'Observation/123' }, { resource: { type: 'order', id: '00482913' } }])
      expect(JSON.parse(await redacted(args))).toEqual(args);
  });
});
