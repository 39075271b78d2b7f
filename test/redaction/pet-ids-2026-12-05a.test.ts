// L9 and O7 of the eighth probe of 2026-12-05 (test/redaction/probe-2026-12-05a.cases.md): a pet's
// microchip number (ISO 11784/11785, 15 digits, often in groups of three), which the vet, the
// chip's registry and the insurer link to the owner, was stored raw after `microchip` and under
// `microchip`, `microchipNumber`; a rabies tag's or a dog licence's `YYYY-NNNNN` was masked as a
// PHONE (`rabies tag 2026-44817`, `tag no. 2026-44817`) or a DRIVER_LICENSE (`county dog license
// 2026-44817`). Both are the owner's pseudonymous identifiers: `PET_ID` (`pii`; health-ids.ts
// OWNER_RULES, HEALTH_ID_KEYS; national-ids.ts no longer reads `dog license` as a driver's).
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';
import { detectSensitive } from '../../packages/core/src/redaction/detectors.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]), sessionMemory: false });
function stored(args: Record<string, unknown>): string {
  const result = redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', arguments: args } } as never, { capture: {} });
  if (typeof (result as { then?: unknown }).then === 'function') throw new Error('expected a synchronous redactor');
  return JSON.stringify((result as { event: { tool: { arguments: unknown } } }).event.tool.arguments);
}
const raw = (out: string, code: string): boolean => new RegExp(`(?<![0-9A-Za-z])${code}(?![0-9A-Za-z])`).test(out);
const kinds = (text: string): string[] => detectSensitive(text).filter((d) => d.type !== 'PERSON' && d.type !== 'MEDICAL_TERM').map((d) => `${d.type}:${text.slice(d.start, d.end)}`);
const tokenOf = (out: string): string | undefined => /\[PET_ID:[^\]]+\]/.exec(out)?.[0];

describe('a microchip number (L9)', () => {
  it.each([
    ['Owner: Priya Raghunathan; Pet: Biscuit (beagle), microchip 985112003456789', '985112003456789'],
    ['Microchip: 985112003456789 for Darnell Whitcombe.', '985112003456789'],
    ['microchip number 985 112 003 456 789 for the owner', '985 112 003 456 789'],
    // Held back: other chips and spellings.
    ['Microchip #: 941000024681357 scanned at intake', '941000024681357'],
    ['micro-chip no. 900-164001234567', '900-164001234567'],
    ['chip ID 956.000.012.345.678 registered', '956.000.012.345.678'],
    ['Transponder: 276098106543210', '276098106543210'],
    ['microchipped 985141002233445 in 2024', '985141002233445'],
  ])('%s', (text, value) => {
    expect(kinds(text)).toEqual([`PET_ID:${value}`]);
  });
  it('under microchip, microchipNumber, chipId beside the client, with the prose\'s pseudonym', () => {
    const out = stored({ client: { name: 'Priya Raghunathan' }, patient: { name: 'Biscuit', microchip: '985112003456789' }, microchipNumber: '941000024681357', chipId: '956000012345678' });
    for (const code of ['985112003456789', '941000024681357', '956000012345678']) expect(raw(out, code), code).toBe(false);
    expect(out.match(/\[PET_ID:/g)?.length).toBe(3);
    expect(tokenOf(stored({ note: 'microchip number 985 112 003 456 789' }))).toBe(tokenOf(stored({ microchip: '985112003456789' })));
  });
  it('look-alikes stay', () => {
    for (const text of ['chip shortage of 2026 hit 12 vendors', 'microchip order 4471 shipped', 'the chip ID register is 0x1F', 'microchip 12345 units']) expect(kinds(text), text).toEqual([]);
  });
});

describe('a rabies tag or dog licence number (O7): a pet id, no phone or driver\'s licence', () => {
  it.each([
    ['rabies tag 2026-44817', '2026-44817'],
    ['Owner Darnell Whitcombe, rabies tag 2026-44817, lives nearby', '2026-44817'],
    ['Owner reports tag no. 2026-44817 lost.', '2026-44817'],
    ['county dog license 2026-44817', '2026-44817'],
    ['Rabies tag #2026-44817', '2026-44817'],
    // Held back.
    ['Dog licence 2025-00912 renewed', '2025-00912'],
    ['pet license no. 2026-310', '2026-310'],
    ['tag # 2024-118822 on the collar', '2024-118822'],
    ['City tag 2026-5512', '2026-5512'],
    ['cat license: 2026-77120', '2026-77120'],
  ])('%s', (text, value) => {
    expect(kinds(text)).toEqual([`PET_ID:${value}`]);
  });
  it('one pseudonym for the tag in every spelling', () => {
    const tokens = ['rabies tag 2026-44817', 'tag no. 2026-44817', 'county dog license 2026-44817'].map((note) => tokenOf(stored({ note })));
    expect(tokens[0]).toBeDefined();
    expect(new Set(tokens).size).toBe(1);
  });
  it('look-alikes stay as they were', () => {
    for (const text of ['Tooth #14', 'lot K019283', 'Order #A-88412-XK', 'RMA-2026-88412', 'CB-77120', 'git tag v2026.12.05', 'tag_id=48213', 'tag no. 48213']) expect(kinds(text), text).toEqual([]);
    // A driver's licence after a bare `license` is still one.
    expect(kinds('license D1234567 expired')).toEqual(['DRIVER_LICENSE:D1234567']);
    // A phone after a tag word that is no licence is still a phone.
    expect(kinds('call 415-555-0132 about the tag')).toEqual(['PHONE:415-555-0132']);
  });
});
