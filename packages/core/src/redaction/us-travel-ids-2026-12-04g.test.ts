import { describe, expect, it } from 'vitest';
import { createRedactor } from '../index.js';

// L3 of the seventh probe of 2026-12-04 (test/redaction/probe-2026-12-04g.cases.md): US
// immigration and trusted-traveller numbers (A-Number, I-94 admission number, USCIS number, Known
// Traveler Number, Redress number, Global Entry PASSID) were stored raw after their labels and
// under their JSON members. national-ids.ts US_TRAVEL_KINDS (behind a gate), key-names.ts.
const redactor = createRedactor({ pseudonymKey: new Uint8Array(32).fill(5) });
function stored(result: unknown): unknown {
  const out = redactor.redact({ v: 1, id: 'e', seq: 0, ts: '2026-12-04T00:00:00Z', stream: 's', type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result } } as never, { capture: {} } as never) as { event: { tool: { result: unknown } } };
  return out.event.tool.result;
}
const text = (value: string): string => stored(value) as string;
const ID = /\[NATIONAL_ID:psn_[a-z0-9_]+\]/;

describe('L3: US immigration and trusted-traveller numbers', () => {
  it('text: after their labels', () => {
    for (const [note, value] of [
      ['Alien Registration Number: A123456789', 'A123456789'],
      ['A-Number: A123456789, filed with the I-9', 'A123456789'],
      ['I-94 12345678901 on file', '12345678901'],
      ['Known Traveler Number: 98765432', '98765432'],
      ['KTN 98765432 and Global Entry', '98765432'],
      ['Global Entry PASSID 123456789', '123456789'],
      ['Known Traveler Number: 98765432  Redress: 1234567 for the trip', '1234567'],
      // held back
      ['USCIS number 987654321 on the EAD', '987654321'],
      ['I-94 admission number: 9876543210A', '9876543210A'],
      ['A# 098765432 per the receipt notice', '098765432'],
      ['redress control number 7654321', '7654321'],
      ['trusted traveler number TT1234567', 'TT1234567'],
      ['NEXUS number 112233445 renewed', '112233445'],
      ['Alien No. A-087-654-321', 'A-087-654-321'],
    ] as const) {
      const out = text(note);
      expect(out, note).not.toContain(value);
      expect(out, note).toMatch(ID);
    }
  });

  it('JSON: under their members', () => {
    const out = JSON.stringify(stored({ alienRegistrationNumber: 'A123456789', aNumber: 'A123456789', i94Number: '12345678901', alienNumber: 'A123456789', uscisNumber: '123456789', knownTravelerNumber: '98765432', redressNumber: '1234567', ktn: '98765432',
      // held back
      globalEntryPassId: '123456789', i94: '12345678901', known_traveller_number: '98765432', redress: '7654321', a_number: 'A087654321', trustedTravelerId: 'TT1234567' }));
    for (const value of ['A123456789', '12345678901', '123456789', '98765432', '1234567', '7654321', 'A087654321', 'TT1234567']) expect(out, value).not.toContain(value);
  });

  it('look-alikes stay: a number in prose, an A-series part, a redress of grievances, a count after KTN in lower case', () => {
    for (const note of [
      'a number 12345678 of times',
      'Part A123456789 shipped',
      'the redress of grievances since 1791',
      'Form I-94 instructions, page 2',
      'known traveler programs grew 12% in 2026',
      'ktn 98765432',
      'boarding pass id 12345678',
    ]) expect(stored({ note }), note).toEqual({ note });
    for (const value of [{ aNumber: 12 }, { redress: 'pending' }, { ktn: 'not provided' }]) expect(stored(value)).toEqual(value);
  });
});
