// L9 of the ninth probe of 2026-12-05 (test/redaction/probe-2026-12-05b.cases.md): civic and tax
// ids were stored raw after their labels and under their members: US voter ids and voter
// registration numbers, the DoD EDIPI and military service numbers, Illinois FOID card numbers,
// the UK UTR (self-assessment Unique Taxpayer Reference). Now `NATIONAL_ID` (the FOID, a firearm
// owner's licence: `LICENSE_NUMBER`), class `pii.government_id` (health-ids.ts CIVIC_RULES,
// CIVIC_ID_KEYS).
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

describe('a civic or tax id (L9)', () => {
  it.each([
    ['Voter ID 123456789, precinct 44-B, Keoni Akana', 'NATIONAL_ID:123456789'],
    ['Voter ID: 123456789', 'NATIONAL_ID:123456789'],
    ['voter registration number 0041-7723-88', 'NATIONAL_ID:0041-7723-88'],
    ['DoD ID number 1234567890 (EDIPI) for SGT Kalani Makoa', 'NATIONAL_ID:1234567890'],
    ['Service number 24781234, Pte Wiremu Tane', 'NATIONAL_ID:24781234'],
    ['FOID card number A12345678901', 'LICENSE_NUMBER:A12345678901'],
    ['UTR 1234567890 for self assessment (Mr Sione Taufa)', 'NATIONAL_ID:1234567890'],
    ['Unique Taxpayer Reference: 1234567890', 'NATIONAL_ID:1234567890'],
    // Held back.
    ['Voter registration #: VR-88412-2026', 'NATIONAL_ID:VR-88412-2026'],
    ['EDIPI: 1029384756', 'NATIONAL_ID:1029384756'],
    ['army number 30123456 (discharged 1998)', 'NATIONAL_ID:30123456'],
    ['military service no. 2478123, Sgt Hemi Walker', 'NATIONAL_ID:2478123'],
    ['FOID # 123456789', 'LICENSE_NUMBER:123456789'],
    ['SA UTR: 98765 43210', 'NATIONAL_ID:98765 43210'],
    ['unique tax reference 5566778899K', 'NATIONAL_ID:5566778899K'],
    ['Voter ID card 123456789', 'NATIONAL_ID:123456789'],
    ['Voter Reg No: 123456789', 'NATIONAL_ID:123456789'],
    ['self assessment UTR 1234567890', 'NATIONAL_ID:1234567890'],
  ])('%s', (text, kind) => {
    expect(kinds(text)).toEqual([kind]);
  });
  it('under voterId, utr, edipi, foidNumber', () => {
    const out = stored({ voterId: '123456789', utr: '1234567890', edipi: '1029384756', foidNumber: 'A12345678901', voter_registration_number: '0041-7723-88' });
    for (const code of ['123456789', '1234567890', '1029384756', 'A12345678901', '0041-7723-88']) expect(raw(out, code), code).toBe(false);
    expect(out.match(/\[NATIONAL_ID:/g)?.length).toBe(4);
    expect(out).toContain('[LICENSE_NUMBER:');
  });
  it('look-alikes stay as they were', () => {
    for (const text of ['Voter turnout 123456', 'service number 0800 123 456 for billing', 'customer service number 1300 555 0199', 'UTR region 3 prime', 'DoD directive 5400.11', 'Hunting licence no. 2026-HL-448812']) expect(kinds(text).filter((kind) => kind.startsWith('NATIONAL_ID') || kind === 'LICENSE_NUMBER:0800 123 456'), text).toEqual([]);
  });
  it('a long hostile input finishes', () => {
    const text = 'voter id UTR FOID EDIPI service number DoD ID '.repeat(5000) + ' UTR 1234567890';
    expect(kinds(text)).toEqual(['NATIONAL_ID:1234567890']);
  });
});
