// P3 of the fifth probe of 2026-12-04 (test/redaction/probe-2026-12-04e.cases.md): product, colour
// and campaign names under keys that name a thing's attribute (`tier`, `color`, `segment`,
// `product_name`, `campaign.name`) were masked as persons (`Rose Gold`, `Hunter Green`, `Summer Sale`).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRedactor } from './redactor.js';

const key = new Uint8Array(32).fill(5);
const resultOf = (redactor: ReturnType<typeof createRedactor>, result: unknown, session = 's1'): Record<string, unknown> =>
  (redactor.redact({ v: 1, type: 'tool.result', session, tool: { name: 'catalog.lookup', result } } as never, {} as never) as { event: { tool: { result: Record<string, unknown> } } }).event.tool.result;

describe('thing names under a thing attribute\'s key (P3)', () => {
  it('keeps the probe\'s values and their kind', () => {
    const redactor = createRedactor({ pseudonymKey: key });
    expect(resultOf(redactor, { tier: 'Rose Gold', segment: 'Summer Sale', color: 'Hunter Green' })).toEqual({ color: 'Hunter Green', segment: 'Summer Sale', tier: 'Rose Gold' });
    expect(resultOf(redactor, { product: 'Rose Gold', edition: 'Summer Sale' })).toEqual({ edition: 'Summer Sale', product: 'Rose Gold' });
    expect(resultOf(redactor, { product_name: 'Hunter Green Jacket' })).toEqual({ product_name: 'Hunter Green Jacket' });
    expect(resultOf(redactor, { campaign: { name: 'Summer Sale' } })).toEqual({ campaign: { name: 'Summer Sale' } });
    expect(resultOf(redactor, { items: [{ colour: 'Rose Gold', sku: 'RG-15' }] })).toEqual({ items: [{ colour: 'Rose Gold', sku: 'RG-15' }] });
  });

  it('still masks a listed full name, a sentence, and the same words under a person\'s key', () => {
    const redactor = createRedactor({ pseudonymKey: key });
    expect(String(resultOf(redactor, { colour: 'Amara Okafor' }).colour)).toMatch(/^\[PERSON:/);
    expect(String(resultOf(redactor, { color: 'note: Amara Okafor asked for it.' }).color)).toMatch(/\[PERSON:/);
    expect(String(resultOf(redactor, { customer: 'Rose Gold' }, 's2').customer)).toMatch(/^\[PERSON:/);
    expect(JSON.stringify(resultOf(redactor, { customer: { name: 'Hunter Green' } }, 's3').customer)).toMatch(/\[PERSON:/);
  });

  it('a value this session knows as a person\'s stays masked under a thing\'s key (session memory)', () => {
    const redactor = createRedactor({ pseudonymKey: key });
    const first = String(resultOf(redactor, { customer: 'Rose Gold' }, 'sess-m').customer);
    expect(first).toMatch(/^\[PERSON:/);
    expect(resultOf(redactor, { tier: 'Rose Gold' }, 'sess-m').tier).toBe(first);
  });

  it('property: any two capitalized words of the lists under a thing key are kept as written unless a listed full name', () => {
    const redactor = createRedactor({ pseudonymKey: key });
    fc.assert(
      fc.property(fc.constantFrom('color', 'colour', 'tier', 'segment', 'edition', 'productName', 'variant_name', 'brand'), fc.constantFrom('Rose Gold', 'Hunter Green', 'Summer Sale', 'Ruby Red', 'Jade Classic', 'Ivy Edition'), (member, value) => {
        expect(resultOf(redactor, { [member]: value }, `p-${member}-${value}`)[member]).toBe(value);
      }),
      { numRuns: 60 },
    );
  });
});
