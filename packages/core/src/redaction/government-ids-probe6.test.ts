import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';
import { itinValid } from './internal/checks.js';
import { createRedactor } from './redactor.js';
import { createKeyring } from './keys.js';

// Probe 6 of 2026-12-03: `S.S.N.` dotted, an ITIN after `TIN`, the member names `tin` and `nhs`,
// an identity document's number beside its type, and a passport's MRZ as a list of lines under
// `mrz` (its names line kept the names) were stored raw.

const found = (text: string): string[] => detectSensitive(text).filter((d) => d.class === 'pii.government_id').map((d) => `${d.type}:${text.slice(d.start, d.end)}`);

describe('an SSN after a dotted label, an ITIN after a taxpayer label', () => {
  it.each([
    ['S.S.N. 536228514', 'SSN:536228514'],
    ['s.s.n.: 536-22-8514', 'SSN:536-22-8514'],
    ['S.S.N. 536 228 514', 'SSN:536 228 514'],
    ['TIN 912-70-1234', 'NATIONAL_ID:912-70-1234'],
    ['TIN: 912701234', 'NATIONAL_ID:912701234'],
    ['taxpayer id 988-94-1234', 'NATIONAL_ID:988-94-1234'],
    ['ITIN 912-70-1234', 'NATIONAL_ID:912-70-1234'],
  ])('%s', (text, value) => {
    expect(found(text)).toEqual([value]);
  });
  it('the ITIN ranges of the IRS', () => {
    for (const itin of ['912501234', '912651234', '912701234', '912881234', '912901234', '912921234', '912941234', '912991234']) expect(itinValid(itin), itin).toBe(true);
    for (const not of ['912491234', '912661234', '912691234', '912891234', '912931234', '812701234', '91270123']) expect(itinValid(not), not).toBe(false);
  });
  it('an ITIN outside the ranges, after no label, or after a lower-case tin stays', () => {
    for (const text of ['TIN 912-93-1234', 'order 912-70-1234', 'tin 912-70-1234', 'S.S. Norway 536228514']) expect(found(text), text).toEqual([]);
  });
});

const redactor = createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]), sessionMemory: false });
async function redacted(args: unknown): Promise<string> {
  const event = {
    v: 1, id: '01JABCDEFGHJKMNPQRSTVWXYZ0', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call',
    trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, agent: { id: 'bot' }, source: 'test', outcome: 'success',
    tool: { name: 'kyc', arguments: args },
  };
  const out = await redactor.redact(event as never, { capture: {} } as never);
  return JSON.stringify(out.event.tool?.arguments);
}

describe('government ids under member names and beside a document type', () => {
  it('tin and nhs', async () => {
    const out = await redacted({ tin: '536228514', nhs: '9434765919', nhs_number: '943 476 5919' });
    expect(out).not.toMatch(/536228514|9434765919|943 476/);
  });
  it.each([
    [{ document: { type: 'passport', number: 'X1234567' } }, 'X1234567', 'PASSPORT'],
    [{ document: { type: 'passport', number: '561234567' } }, '561234567', 'PASSPORT'],
    [{ id_document: { documentType: 'drivers_license', value: 'D1234-56789-01234' } }, 'D1234-56789-01234', 'DRIVER_LICENSE'],
    [{ documents: [{ type: 'national_id', number: '756.9217.0769.85' }] }, '756.9217.0769.85', 'NATIONAL_ID'],
    [{ doc: { kind: 'Passport', no: 'LA1234567' } }, 'LA1234567', 'PASSPORT'],
  ])('%j', async (args, value, type) => {
    const out = await redacted(args);
    expect(out).not.toContain(value);
    expect(out).toContain(`[${type}:psn_`);
  });
  it('an object of another type keeps its number, and a document type with no id shape too', async () => {
    for (const args of [{ item: { type: 'invoice', number: '561234567' } }, { document: { type: 'passport', number: 'valid' } }, { page: { type: 'text', value: 'hello 12' } }])
      expect(JSON.parse(await redacted(args))).toEqual(args);
  });
  it('a passport\'s MRZ as lines under mrz, every line', async () => {
    const mrz = ['P<NZLHAVILI<<TEVITA<<<<<<<<<<<<<<<<<<<<<<<<<', 'LA12345675NZL8503127M3001019<<<<<<<<<<<<<<00'];
    for (const args of [{ mrz }, { mrz: mrz.join('\n') }, { mrz_lines: mrz }, { document: { machineReadableZone: mrz } }]) {
      const out = await redacted(args);
      expect(out).not.toMatch(/HAVILI|TEVITA|LA1234567/);
      expect(out).toContain('[PASSPORT:psn_');
    }
  });
});
