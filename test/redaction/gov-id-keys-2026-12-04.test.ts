import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../packages/core/src/index.js';

// The second probe of 2026-12-04, G3: abbreviated government-id keys were stored raw
// (test/redaction/probe-2026-12-04b.cases.md).
const redactor = createRedactor({ pseudonymKey: new Uint8Array(32).fill(7) });
function stored(key: string, value: string): string {
  const out = redactor.redact({ v: 1, id: 'e', seq: 0, ts: '2026-12-04T00:00:00Z', stream: 's', type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result: { [key]: value } } } as never, { capture: {} } as never) as { event: { tool: { result: Record<string, string> } } };
  return out.event.tool.result[key] as string;
}
const spellings = (words: string[]): string[] => [
  words.join('_'),
  words.join('-'),
  words.map((w, i) => (i === 0 ? w : w[0]?.toUpperCase() + w.slice(1))).join(''),
  words.join('_').toUpperCase(),
];

const masked: Array<[string[], string, string]> = [
  [['ss', 'no'], '536228514', 'NATIONAL_ID'],
  [['ss', 'number'], '536228514', 'NATIONAL_ID'],
  [['soc', 'sec'], '536228514', 'NATIONAL_ID'],
  [['ssn', 'full'], '536-22-8514', '(?:SSN|NATIONAL_ID)'],
  [['ssn', 'raw'], '536228514', '(?:SSN|NATIONAL_ID)'],
  [['gov', 'id'], '536228514', 'NATIONAL_ID'],
  [['govt', 'id'], '536228514', 'NATIONAL_ID'],
  [['nat', 'id'], '536228514', 'NATIONAL_ID'],
  [['ssnum'], '536228514', 'NATIONAL_ID'],
  [['taxpayer', 'id'], '536228514', 'NATIONAL_ID'],
  [['dl', 'no'], 'D1234567', 'DRIVER_LICENSE'],
  [['dl', 'number'], 'D1234567', 'DRIVER_LICENSE'],
  [['dln'], 'D1234567', 'DRIVER_LICENSE'],
  [['passport', 'num'], 'X12345678', 'PASSPORT'],
  [['passportnum'], 'X12345678', 'PASSPORT'],
];

describe('G3: abbreviated government-id keys mask their value, in every spelling', () => {
  it.each(masked)('%j', (words, value, type) => {
    for (const key of spellings(words)) expect(stored(key, value), key).toMatch(new RegExp(`^\\[${type}:psn_`));
  });

  it('keys that name other things keep their value', () => {
    for (const [key, value] of [
      ['page_no', '536228514'],
      ['pp_no', 'X12345678'],
      ['download_id', '536228514'],
      ['dl_count', '536228514'],
      ['ss_id', 'X12345678'],
      ['nat_gateway_id', 'nat-0123456789abcdef0'],
      ['full_name_length', '12'],
      ['value', 'D1234567'],
      ['tax_rate', '19.5'],
    ] as const) {
      expect(stored(key, value), key).toBe(value);
    }
  });

  it('a form word after any listed id key keeps it masked (property over the words and their case)', () => {
    fc.assert(
      fc.property(fc.constantFrom('ssn', 'passport', 'tax_id', 'driver_license', 'nino'), fc.constantFrom('full', 'raw', 'plain', 'clear', 'unmasked', 'value', 'text'), fc.boolean(), (id, form, upper) => {
        const key = `${id}_${form}`;
        const value = id === 'passport' ? 'X12345678' : id === 'driver_license' ? 'D1234567' : id === 'nino' ? 'AB123456C' : '536228514';
        expect(stored(upper ? key.toUpperCase() : key, value)).toMatch(/^\[[A-Z_]+:psn_/);
      }),
      { numRuns: 200 },
    );
  });
});
