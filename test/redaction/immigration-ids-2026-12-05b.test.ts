// L4 of the ninth probe of 2026-12-05 (test/redaction/probe-2026-12-05b.cases.md): immigration case
// and document numbers beside the A-Number, I-94, KTN and Redress (2026-12-04g L3) were stored raw:
// USCIS receipt numbers (a service centre's three letters and ten digits), SEVIS ids, US visa foil
// and control numbers, UK BRP numbers and UKVI share codes, IRCC application numbers, Australian
// visa grant numbers. Now `NATIONAL_ID` (`pii.government_id`; health-ids.ts CIVIC_RULES,
// detectCivicIds, CIVIC_ID_KEYS).
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

describe('an immigration case or document number (L4)', () => {
  it.each([
    ['USCIS receipt number EAC2190012345 for the I-130', 'EAC2190012345'],
    ['Receipt #: IOE0912345678 (I-765) for Chukwuemeka Obiora', 'IOE0912345678'],
    ['My case number is WAC2290123456, can you check status?', 'WAC2290123456'],
    ['I-797 receipt LIN2390876543 for Mrs Aigerim Nurlanovna', 'LIN2390876543'],
    ['SEVIS ID N0012345678, F-1 student Hiroshi Tanabe-Okoye', 'N0012345678'],
    ['SEVIS #: N0012345678', 'N0012345678'],
    ['US visa number 21004567 (red number, bottom right)', '21004567'],
    ['BRP number ZU1234567, UCI 1122-3344', 'ZU1234567'],
    ['Biometric Residence Permit ZU1234567 expires 2029', 'ZU1234567'],
    ['UKVI share code W2X 4K7 9PL for right to work', 'W2X 4K7 9PL'],
    ['Share code: W2X 4K7 9PL', 'W2X 4K7 9PL'],
    ['Application number: W307123456 (IRCC)', 'W307123456'],
    ['Australian visa grant number 0123456789012 for Nguyen Van Thanh', '0123456789012'],
    ['Visa Grant Number: 0123456789012 (subclass 482)', '0123456789012'],
    // Held back: other centres and spellings.
    ['Case status for SRC2190054321 shows approved', 'SRC2190054321'],
    ['receipt no. NBC9912345678 (I-485)', 'NBC9912345678'],
    ['SEVIS number: N0098765432 (DS-2019)', 'N0098765432'],
    ['visa foil no. 33445566', '33445566'],
    ['BRP: RF9876543 collected from the post office', 'RF9876543'],
    ['right to work share code: HX7 2QP 9LM', 'HX7 2QP 9LM'],
    ['IRCC application #E001234567 for permanent residence', 'E001234567'],
    ['VGN 9876543210123 granted by Home Affairs', '9876543210123'],
    ['IRCC file number W307123456', 'W307123456'],
    ['case EAC 2190012345 transferred', 'EAC 2190012345'],
  ])('%s', (text, value) => {
    expect(kinds(text)).toEqual([`NATIONAL_ID:${value}`]);
  });
  it('a foil and its control number', () => {
    expect(kinds('Visa foil number 21004567 issued at Lagos, control no. 20261234567890')).toEqual(['NATIONAL_ID:21004567', 'NATIONAL_ID:20261234567890']);
  });
  it('under receiptNumber, sevisId, visaNumber, caseNumber, brpNumber', () => {
    const out = stored({ receiptNumber: 'EAC2190012345', sevisId: 'N0012345678', visaNumber: '21004567', caseNumber: 'MSC2190012345', applicant: 'Aigerim Nurlanovna', brpNumber: 'ZU1234567', visaGrantNumber: '0123456789012' });
    for (const code of ['EAC2190012345', 'N0012345678', '21004567', 'MSC2190012345', 'ZU1234567', '0123456789012']) expect(raw(out, code), code).toBe(false);
    expect(out.match(/\[NATIONAL_ID:/g)?.length).toBe(6);
    const token = (value: string) => /\[NATIONAL_ID:[^\]]+\]/.exec(value)?.[0];
    expect(token(stored({ note: 'SEVIS ID N0012345678' }))).toBe(token(stored({ sevisId: 'N0012345678' })));
  });
  it('look-alikes stay as they were', () => {
    for (const text of ['USCIS form I-130 and I-765', 'Form I-797C notice', 'application number 12345', 'job application number A123456789 for the role', 'share code with the team', 'visa card ending 4242', 'control number 12345678901234 of the batch', 'grant number 1234567890123 from the foundation', 'EAC2190012345X', 'Receipt #: 88123 for the coffee']) expect(kinds(text).filter((kind) => kind.startsWith('NATIONAL_ID')), text).toEqual([]);
    // The A-Number and the UCI as before.
    expect(kinds('A-Number: A123456789')).toEqual(['NATIONAL_ID:A123456789']);
  });
  it('a long hostile input finishes', () => {
    const text = 'SEVIS visa foil share code IRCC application number EAC '.repeat(4000) + ' EAC2190012345';
    expect(kinds(text)).toEqual(['NATIONAL_ID:EAC2190012345']);
  });
});
