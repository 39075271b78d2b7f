// L3 of the ninth probe of 2026-12-05 (test/redaction/probe-2026-12-05b.cases.md): correctional
// identifiers, GDPR Art. 10 data (criminal convictions and offences), were stored raw after their
// labels and under their members: a BOP register number (`48213-074`), CDCR, TDCJ, DOC and NY DIN
// numbers, the FBI number and a state SID, a jail's booking number, `Inmate #`, `offender ID`.
// Now `CORRECTIONAL_ID` (`pii.government_id`; health-ids.ts CIVIC_RULES, CIVIC_ID_KEYS).
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';
import { detectSensitive } from '../../packages/core/src/redaction/detectors.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]), sessionMemory: false });
function stored(args: Record<string, unknown>): string {
  const result = redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', arguments: args } } as never, { capture: {} });
  if (typeof (result as { then?: unknown }).then === 'function') throw new Error('expected a synchronous redactor');
  return JSON.stringify((result as { event: { tool: { arguments: unknown } } }).event.tool.arguments);
}
const raw = (out: string, code: string): boolean => new RegExp(`(?<![0-9A-Za-z])${code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![0-9A-Za-z])`).test(out);
const kinds = (text: string): string[] => detectSensitive(text).filter((d) => d.type !== 'PERSON' && d.type !== 'MEDICAL_TERM').map((d) => `${d.type}:${text.slice(d.start, d.end)}`);

describe('a correctional id after its label (L3)', () => {
  it.each([
    ['BOP register number 48213-074 (FCI Sheridan)', '48213-074'],
    ['Federal Register Number: 48213-074', '48213-074'],
    ['Inmate number: 48213-074', '48213-074'],
    ['CDCR #: AY4471, housing 3-A-112', 'AY4471'],
    ['Inmate #A123456 moved to segregation', 'A123456'],
    ['offender ID 1187724 — parole hearing set', '1187724'],
    ['booking number 2026-0041877 for the arrestee', '2026-0041877'],
    // Held back: other spellings of the kind.
    ['Register No. 31766-057 at USP Atlanta', '31766-057'],
    ['TDCJ number 01987654 (Huntsville Unit)', '01987654'],
    ['prisoner no. 884213 released on licence', '884213'],
    ['Offender #: 1187724', '1187724'],
    ['inmate_id=1187724', '1187724'],
    ['Booking No. 2025-118822', '2025-118822'],
    ['jail ID 2026-004417 for the detainee', '2026-004417'],
    ['CDC# K12345, inmate at CSP Solano', 'K12345'],
    ['TDCJ 02345678', '02345678'],
  ])('%s', (text, value) => {
    expect(kinds(text)).toEqual([`CORRECTIONAL_ID:${value}`]);
  });
  it.each([
    ['TDCJ# 02345678, SID# 08812345', ['02345678', '08812345']],
    ['FBI No. 482913AB7, SID CA12345678', ['482913AB7', 'CA12345678']],
    ['DOC # 1187724 — offender Kalinda Yunupingu transferred', ['1187724']],
    ['inmate Tavita Faleolo (DIN 19A1234) called his sister', ['19A1234']],
    ['Booking #2026-0041877 Subject: Tavita Leota Faleolo, DOB 1990-07-21', ['2026-0041877']],
    ['Inmate: RAHIMOV, DILSHOD  Reg. No. 48213-074  Unit B-3', ['48213-074']],
    ['| Inmate | Reg No |\n|:--|--:|\n| Lachlan Ferreira-Blaine | 48213-074 |', ['48213-074']],
    // Held back.
    ['NY DOCCS DIN: 21B0456, parole board date set', ['21B0456']],
    ['Parolee SID # 12345678 reported; FBI # 7744210KA1', ['12345678', '7744210KA1']],
  ])('%s', (text, values) => {
    const found = kinds(text).filter((kind) => kind.startsWith('CORRECTIONAL_ID:'));
    expect(found).toEqual(values.map((value) => `CORRECTIONAL_ID:${value}`));
  });
  it('under inmateNumber, inmate_id, cdcrNumber, offenderId; registerNumber of its shape', () => {
    const out = stored({ inmateNumber: '48213-074', offenderName: 'Tavita Faleolo', cdcrNumber: 'AY4471', inmate_id: '1187724', registerNumber: '31766-057', offenderId: 'OF-99812', tdcj_number: '02345678' });
    for (const code of ['48213-074', 'AY4471', '1187724', '31766-057', 'OF-99812', '02345678', 'Faleolo']) expect(raw(out, code), code).toBe(false);
    expect(out.match(/\[CORRECTIONAL_ID:/g)?.length).toBe(6);
    // One pseudonym in text and under its member.
    const token = (value: string) => /\[CORRECTIONAL_ID:[^\]]+\]/.exec(value)?.[0];
    expect(token(stored({ note: 'BOP register number 48213-074' }))).toBe(token(stored({ inmateNumber: '48213-074' })));
  });
  it('look-alikes stay as they were', () => {
    for (const text of ['session SID 12345678', 'Oracle SID=ORCL1', 'DIN 5008 letter', 'DIN A4 paper', 'see doc #12345 for details', 'booking number 3456789012 for your hotel stay', 'inmate count 1450 this week', 'Register now: 50 seats left', 'Windows SID S-1-5-21-3623811015-3361044348-30300820-1013', 'FBI agents 12 in total', 'CDC 2019 guidelines', 'CDC 12345 report', 'TDCJ 2024 budget']) expect(kinds(text), text).toEqual([]);
    const out = stored({ registerNumber: 'R-12', bookingNumber: 'HX7Q2P', regNo: '04123456' });
    expect(out).not.toContain('CORRECTIONAL_ID');
    // A booking's number is a thing's (key-names.ts), no phone.
    expect(stored({ bookingNumber: '0176 1234 5678' })).toBe('{"bookingNumber":"0176 1234 5678"}');
  });
  it('a long hostile input finishes', () => {
    const text = 'Inmate # Reg. No. SID DOC # booking number '.repeat(5000) + ' 48213-074';
    expect(kinds(text)).toEqual(['CORRECTIONAL_ID:48213-074']);
  });
});
