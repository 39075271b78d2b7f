// L5 of the ninth probe of 2026-12-05 (test/redaction/probe-2026-12-05b.cases.md): frequent-flyer
// and hotel loyalty numbers were stored raw after their programme's words and under their members
// (travel agencies, airline support), while a Known Traveler Number beside them was masked. Now
// they are ACCOUNT_NUMBER (commercial-ids.ts), with an airline's two-letter code before the digits.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';
import { detectSensitive } from '../../packages/core/src/redaction/detectors.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]), sessionMemory: false });
function stored(args: Record<string, unknown>): string {
  const result = redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', arguments: args } } as never, { capture: {} });
  if (typeof (result as { then?: unknown }).then === 'function') throw new Error('expected a synchronous redactor');
  return JSON.stringify((result as { event: { tool: { arguments: unknown } } }).event.tool.arguments);
}
const raw = (out: string, code: string): boolean => new RegExp(`(?<![0-9A-Za-z])${code}(?![0-9A-Za-z])`).test(out);
const found = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'ACCOUNT_NUMBER').map((d) => text.slice(d.start, d.end));

describe('a loyalty number after its programme', () => {
  it.each([
    // The probe's inputs.
    ['Frequent flyer number BA 12345678 for Mrs Adaeze Okonkwo-Eze', 'BA 12345678'],
    ['Frequent flyer: QF 1234567', 'QF 1234567'],
    ['AAdvantage number 7JK44B2 for Mr Sione Taufa', '7JK44B2'],
    ['SkyMiles # 9012345678, Diamond Medallion', '9012345678'],
    ['Marriott Bonvoy member 123456789 Ngaire Whakarau', '123456789'],
    // Held back: other programmes and spellings.
    ['frequent flier no. UA-XK445821 on the booking', 'UA-XK445821'],
    ['FF number: 1234567 (Qantas)', '1234567'],
    ['MileagePlus # KX445821 added', 'KX445821'],
    ['Hilton Honors # 912345678 for the stay', '912345678'],
    ['loyalty number: 4471229 for the guest', '4471229'],
    ['Flying Blue 1234567890 Gold', '1234567890'],
  ])('%s', (text, value) => {
    expect(found(text)).toEqual([value]);
  });
});

describe('under members', () => {
  it('frequentFlyerNumber, frequent_flyer, ffNumber, loyaltyNumber', () => {
    const out = stored({ frequentFlyerNumber: 'UA-XK445821', knownTravelerNumber: '98765432', frequent_flyer: 'BA12345678', ffNumber: '1234567', airline: 'QF', loyaltyNumber: '123456789' });
    for (const code of ['UA-XK445821', '98765432', 'BA12345678', '1234567', '123456789']) expect(raw(out, code), code).toBe(false);
    expect(out).toContain('"QF"');
  });
});

describe('look-alikes stay', () => {
  it.each([
    'Rapid Rewards 50000 points expire soon',
    'IHG One Rewards 2026 promo',
    'frequent flyer programme terms 2026',
    'loyalty number field is empty',
    'Status: Delta SkyMiles Diamond Medallion',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('hostile input', () => {
  it('200 KB of programme words completes', () => {
    const text = 'frequent flyer number BA '.repeat(9000);
    expect(text.length).toBeGreaterThan(200_000);
    expect(Array.isArray(found(text))).toBe(true);
  });
});
