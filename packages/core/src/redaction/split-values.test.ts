// A card, SSN or phone number split across the members of one object, as web forms send them
// (issue 11, still open from an attack report: `{"cc1":"4242","cc2":"4242",...}` was stored raw,
// no part holding enough digits for a detector). Each part is masked as the whole number.
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonValue, UnsealedEvent } from '../spec/event.js';
import { createRedactor } from './redactor.js';
import { createKeyring } from './keys.js';
import { splitNumberMembers } from './split-values.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]) });

async function redacted(result: JsonValue): Promise<{ result: JsonValue; classes: readonly string[] }> {
  const event: UnsealedEvent = {
    v: 1, id: '01JABCDEFGHJKMNPQRSTVWXYZ0', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.result',
    trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, agent: { id: 'bot' }, source: 'test', outcome: 'success',
    tool: { name: 'checkout', result },
  };
  const out = await redactor.redact(event, { capture: {} } as never);
  return { result: out.event.tool?.result as JsonValue, classes: out.data?.classes ?? [] };
}

describe('numbers split across members', () => {
  it.each([
    [{ cc1: '4242', cc2: '4242', cc3: '4242', cc4: '4242', name: 'card' }, ['cc1', 'cc2', 'cc3', 'cc4'], 'CARD'],
    [{ card_number_1: 4111, card_number_2: 1111, card_number_3: 1111, card_number_4: 1111 }, ['card_number_1', 'card_number_2', 'card_number_3', 'card_number_4'], 'CARD'],
    [{ ccPart1: '5500 00', ccPart2: '0000 0000 04' }, undefined, undefined],
    [{ ccPart1: '550000', ccPart2: '000000', ccPart3: '0004' }, ['ccPart1', 'ccPart2', 'ccPart3'], 'CARD'],
    [{ ssn1: '536', ssn2: '22', ssn3: '1846' }, ['ssn1', 'ssn2', 'ssn3'], 'SSN'],
    [{ social_0: '536', social_1: '22', social_2: '1846' }, ['social_0', 'social_1', 'social_2'], 'SSN'],
    [{ phone1: '415', phone2: '555', phone3: '0132' }, ['phone1', 'phone2', 'phone3'], 'PHONE'],
    [{ area_code: '415', prefix: '555', line: '0132', ext: '12' }, ['area_code', 'prefix', 'line'], 'PHONE'],
    [{ phoneAreaCode: '415', phoneExchange: '555', phoneLineNumber: '0132' }, ['phoneAreaCode', 'phoneExchange', 'phoneLineNumber'], 'PHONE'],
    // The area-code box holding the country code too (a mutation tester's find: stored raw).
    [{ area_code: '1415', prefix: '555', line: '0132' }, ['area_code', 'prefix', 'line'], 'PHONE'],
    [{ area_code: '1 415', prefix: '555', line: '0132' }, ['area_code', 'prefix', 'line'], 'PHONE'],
  ] as const)('%j', async (input, masked, type) => {
    const { result } = await redacted(input as unknown as JsonValue);
    const out = result as Record<string, JsonValue>;
    for (const [key, value] of Object.entries(input)) {
      if (masked?.includes(key as never)) expect(out[key], key).toMatch(new RegExp(`^\\[${type}:psn_[a-z0-9_]+\\]$`));
      else expect(out[key], key).toEqual(value);
    }
    // One pseudonym for all the parts: the whole number's.
    if (masked !== undefined) expect(new Set(masked.map((key) => out[key])).size).toBe(1);
  });

  it.each([
    { v1: '4242', v2: '4242', v3: '4242', v4: '4241' },
    { social1: '000', social2: '22', social3: '1846' },
    { social1: '123', social2: '45', social3: '6789' },
    { line1: '12', line2: '34' },
    { step1: 3, step2: 4, step3: 5 },
    { page1: '415', page2: '555', page3: '0132' },
    { cc1: '4242', cc3: '4242', cc4: '4242', cc5: '4242' },
    { area_code: '415', prefix: '55', line: '0132' },
    // A fresh attacker's business data: Luhn passes one time in ten.
    { region: 'EMEA', q1: 4200, q2: 3850, q3: 4100, q4: 3976 },
    { m1: 5240, m2: 5310, m3: 5475, m4: 5502 },
    { room1: '2301', room2: '2302', room3: '2303', room4: '2306' },
    { phone_ext1: '101', phone_ext2: '102', phone_ext3: '103' },
    { cell1: '12', cell2: '345', cell3: '67', cell4: '8901' },
    { area_code: '200', prefix: '100', line: '1000' },
    { area_code: '1100', prefix: '555', line: '0132' },
    { area_code: '2415', prefix: '555', line: '0132' },
  ])('leaves %j', async (input) => {
    expect((await redacted(input as JsonValue)).result).toEqual(input);
  });

  it('an area code given with the country code 1 is the same number as without it', async () => {
    const withCountry = (await redacted({ area_code: '1415', prefix: '555', line: '0132' })).result as Record<string, string>;
    const without = (await redacted({ area_code: '415', prefix: '555', line: '0132' })).result as Record<string, string>;
    expect(withCountry.area_code).toBe(without.area_code);
  });

  it('gives the parts the same pseudonym as the whole number written in one member', async () => {
    const split = (await redacted({ cc1: '4242', cc2: '4242', cc3: '4242', cc4: '4242' })).result as Record<string, string>;
    const whole = (await redacted({ card_number: '4242424242424242' })).result as Record<string, string>;
    expect(split.cc1).toBe(whole.card_number);
  });

  it('classifies the event by what the parts make', async () => {
    expect((await redacted({ social1: '536', social2: '22', social3: '1846' })).classes).toContain('pii.government_id');
  });

  // Property: any Luhn-valid Visa number cut into 3 or 4 parts of at most 6 digits, under any
  // card stem and indexing style, is masked part by part.
  it('masks any valid card cut into parts, under any card stem (property)', async () => {
    const luhn = (body: string) => {
      let sum = 0;
      for (let i = 0; i < body.length; i++) {
        let d = Number(body[body.length - 1 - i]);
        if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
      }
      return body + String((10 - (sum % 10)) % 10);
    };
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^4\d{14}$/), fc.constantFrom('cc', 'card', 'creditCard_', 'pan-', 'cardNumber', 'cc_num_part'), fc.constantFrom(0, 1), fc.integer({ min: 3, max: 4 }), async (body, stem, base, count) => {
        const number = luhn(body);
        const size = Math.ceil(number.length / count);
        const input: Record<string, string> = {};
        for (let i = 0; i < count; i++) input[`${stem}${base + i}`] = number.slice(i * size, (i + 1) * size);
        const out = (await redacted(input)).result as Record<string, string>;
        for (const key of Object.keys(input)) expect(out[key]).toMatch(/^\[CARD:psn_/);
      }),
      { seed: 11, numRuns: 200 },
    );
  });
});

describe('splitNumberMembers', () => {
  it('looks at 2 to 32 members only', () => {
    expect(splitNumberMembers({ cc1: '4242424242424242' }, ['cc1'])).toBeUndefined();
    const many: Record<string, string> = { cc1: '4242', cc2: '4242', cc3: '4242', cc4: '4242' };
    for (let i = 0; i < 29; i++) many[`k${i}`] = 'x';
    expect(splitNumberMembers(many, Object.keys(many))).toBeUndefined();
  });

  it('marks the first part of each group for the vault and session memory', () => {
    const parts = splitNumberMembers({ cc1: '4242', cc2: '4242', cc3: '4242', cc4: '4242' }, ['cc1', 'cc2', 'cc3', 'cc4']);
    expect([...(parts?.values() ?? [])].map((part) => part.first)).toEqual([true, false, false, false]);
    expect(parts?.get('cc3')).toEqual({ type: 'CARD', dataClass: 'payment.card', whole: '4242424242424242', first: false });
  });
});
