// L2 of the ninth probe of 2026-12-05 (test/redaction/probe-2026-12-05b.cases.md): vehicle plates
// after labels other than `license plate`, `numberplate`, `Kennzeichen`, `Immatriculation` were
// stored raw (`Plate`, `Tag:`, `reg no.`, `Registration:`, `rego`, `vehicle reg`), and so were
// plates under `plate` and `registration` members; `numberplate WX19 KLM` kept its last group raw.
// Now `LICENSE_PLATE` (`pii`; health-ids.ts CIVIC_RULES, CIVIC_ID_KEYS): after a vehicle's label a
// plate of letters and digits, after a bare `Registration:`, `reg no.`, `Tag:` a plate's shape
// of the UK, the US, Australia or New Zealand.
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

describe('a vehicle plate after its label (L2)', () => {
  it.each([
    ['Plate 7ABC123 (CA) belongs to the claimant', '7ABC123'],
    ['plate 8XYZ123 seen leaving the lot, driver Keoni Akana', '8XYZ123'],
    ['Tag: 7ABC123 (CA) towed from Main St', '7ABC123'],
    ['reg no. AB12 CDE, keeper Siobhan Ní Bhraonáin', 'AB12 CDE'],
    ['Registration: AB12 CDE (silver Ford Focus)', 'AB12 CDE'],
    ['vehicle reg KX19 ABC parked in bay 4', 'KX19 ABC'],
    ['Vehicle Reg No: KX19 ABC', 'KX19 ABC'],
    ['Vehicle rego: ABC123, registered owner Aroha Ngata', 'ABC123'],
    ['numberplate WX19 KLM', 'WX19 KLM'],
    // Held back.
    ['Car reg: LB07 SEO, clamped at 09:40', 'LB07 SEO'],
    ['rego 123ABC expired last month', '123ABC'],
    ['PLATE: 5KJD882', '5KJD882'],
    ['Registration number: M123 ABC', 'M123 ABC'],
    ['TAG# 4GHT512 (TX)', '4GHT512'],
    ['vehicle plate number: B-MK 4721', 'B-MK 4721'],
    ['reg. no. AB12 CDE', 'AB12 CDE'],
    ['Registration: ABC123, the car was towed', 'ABC123'],
  ])('%s', (text, value) => {
    expect(kinds(text)).toEqual([`LICENSE_PLATE:${value}`]);
  });
  it('under plate and registration members', () => {
    const out = stored({ vehicle: { vin: '1HGCM82633A004352', plate: '7ABC123', ownerName: 'Wiremu Ngata' }, claim: { plate: '8XYZ123', state: 'CA' }, car: { registration: 'AB12 CDE', make: 'Ford' } });
    for (const code of ['7ABC123', '8XYZ123', 'AB12 CDE', '1HGCM82633A004352', 'Ngata']) expect(raw(out, code), code).toBe(false);
    expect(out.match(/\[LICENSE_PLATE:/g)?.length).toBe(3);
    const token = (value: string) => /\[LICENSE_PLATE:[^\]]+\]/.exec(value)?.[0];
    expect(token(stored({ note: 'Plate 7ABC123 (CA)' }))).toBe(token(stored({ plate: '7ABC123' })));
  });
  it('look-alikes stay as they were', () => {
    for (const text of ['Plate armor and plate 3 of the slide', 'Registration opens Monday; registration fee $40', 'git tag v2026.12.05', 'Tag: v1.2.3', 'Tag: latest', 'image tag: ABC1234', 'Asset Tag: ABC123', 'Company Reg No 04123456', 'Company Reg No SC123456', 'VAT Reg. No. GB123456789', 'Registration: 2026-12-01', 'tag: ABC123', 'plate reader 4 installed', 'Tag ABC123 on the shelf', 'TAG: ABC123', 'Registration: ABC123 for the workshop', 'Voter Reg No: 123456789']) expect(kinds(text).filter((kind) => kind.startsWith('LICENSE_PLATE')), text).toEqual([]);
    const out = stored({ registration: 'open', plate: 'dinner', event: { registration: 'REG-2026-0041' } });
    expect(out).not.toContain('LICENSE_PLATE');
  });
  it('a long hostile input finishes', () => {
    const text = 'Plate AB12 AB12 AB12 Tag: reg no. rego '.repeat(5000) + ' plate 7ABC123';
    expect(kinds(text).filter((kind) => kind === 'LICENSE_PLATE:7ABC123')).toEqual(['LICENSE_PLATE:7ABC123']);
  });
});
