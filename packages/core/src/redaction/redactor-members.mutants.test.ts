// The redactor's member names and the objects under number keys (issue 13): the 20 mutants of
// redactor.ts that survived the run of 2026-12-03 (b36186f; docs/TESTING.md, the `key-names.ts`
// row and its survivors block): a member name under custom rules or recalled from session memory
// (line 610 of 5216c7f), and what an object under a phone, account or card key passes to its
// `data`, `value` and `number` members (line 672 of 5216c7f). In process, no I/O.
import { describe, expect, it } from 'vitest';
import type { JsonValue, UnsealedEvent } from '../spec/event.js';
import type { RedactionResult } from '../spec/redactor.js';
import type { Detector } from './types.js';
import { createRedactor, type RedactorOptions } from './redactor.js';
import { createKeyring } from './keys.js';
import { pseudonym } from './pseudonym.js';

const ring = createKeyring([new Uint8Array(32).fill(7)]);
const tok = (type: string, normalized: string): string => pseudonym(ring, type, normalized);

function ev(overrides: Partial<UnsealedEvent> = {}): UnsealedEvent {
  return {
    v: 1,
    id: '01JABCDEFGHJKMNPQRSTVWXYZ0',
    ts: '2026-01-01T00:00:00.000Z',
    stream: 's',
    seq: 0,
    type: 'tool.call',
    agent: { id: 'bot' },
    source: 'test',
    outcome: 'success',
    ...overrides,
  };
}

async function attrs(value: Record<string, JsonValue>, options: RedactorOptions = {}): Promise<JsonValue> {
  const result: RedactionResult = await createRedactor({ pseudonymKey: ring, ...options }).redact(ev({ attrs: value }), { capture: {} } as never);
  return result.event.attrs as JsonValue;
}

describe('member names (redactor.ts 610)', () => {
  it('a field abbreviation as a member name still goes through custom rules (`Arn` under a rule that finds it)', async () => {
    const arn: Detector = { name: 'arn', detect: (text) => (text === 'Arn' ? [{ start: 0, end: 3, type: 'TAG', class: 'c1' }] : []) };
    expect(await attrs({ Arn: 'x' }, { detectors: [arn] })).toEqual({ [tok('TAG', 'Arn')]: 'x' });
    // Without the rule the abbreviation is structure.
    expect(await attrs({ Arn: 'x' })).toEqual({ Arn: 'x' });
  });

  it('custom rules that do not find it leave a field abbreviation as it is (any custom rule made `Arn`, `Max` PERSON)', async () => {
    const none: Detector = { name: 'none', detect: () => [] };
    expect(await attrs({ Arn: 'arn:aws:iam::123456789012:user/x', Max: 3 }, { detectors: [none] })).toEqual({ Arn: 'arn:aws:iam::123456789012:user/x', Max: 3 });
  });

  it('a member name seen clean is masked once the session remembers it as a value', async () => {
    const redactor = createRedactor({ pseudonymKey: ring });
    const run = async (value: Record<string, JsonValue>): Promise<JsonValue> => (await redactor.redact(ev({ session: 's1', attrs: value }), { capture: {} } as never)).event.attrs as JsonValue;
    expect(await run({ AB12345: 1 })).toEqual({ AB12345: 1 });
    expect(await run({ ssn: 'AB12345' })).toEqual({ ssn: tok('SSN', 'AB12345') });
    expect(await run({ AB12345: 1 })).toEqual({ [tok('SSN', 'AB12345')]: 1 });
  });

  it('a field abbreviation is not recalled as a member name, even when the session remembers it as a name', async () => {
    const redactor = createRedactor({ pseudonymKey: ring });
    const run = async (value: Record<string, JsonValue>): Promise<JsonValue> => (await redactor.redact(ev({ session: 's2', attrs: value }), { capture: {} } as never)).event.attrs as JsonValue;
    // `Sept`: session memory keeps values of four characters or more.
    expect(await run({ first_name: 'Sept' })).toEqual({ first_name: tok('PERSON', 'sept') });
    expect(await run({ Sept: 3 })).toEqual({ Sept: 3 });
  });

  it('nor with custom rules, which alone read it', async () => {
    const none: Detector = { name: 'none', detect: () => [] };
    const redactor = createRedactor({ pseudonymKey: ring, detectors: [none] });
    const run = async (value: Record<string, JsonValue>): Promise<JsonValue> => (await redactor.redact(ev({ session: 's3', attrs: value }), { capture: {} } as never)).event.attrs as JsonValue;
    // `Sept`: session memory keeps values of four characters or more.
    expect(await run({ first_name: 'Sept' })).toEqual({ first_name: tok('PERSON', 'sept') });
    expect(await run({ Sept: 3 })).toEqual({ Sept: 3 });
  });
});

describe('an object under a number key passes its kind to data, value and number (redactor.ts 672)', () => {
  it('phone', async () => {
    expect(await attrs({ phone: { number: '5550100' } })).toEqual({ phone: { number: tok('PHONE', '5550100') } });
  });

  it('account number', async () => {
    expect(await attrs({ account_number: { number: '12345678' } })).toEqual({ account_number: { number: tok('ACCOUNT_NUMBER', '12345678') } });
  });

  it('card', async () => {
    expect(await attrs({ card: { number: '12345678' } })).toEqual({ card: { number: tok('CARD', '12345678') } });
  });

  it('the same members under other keys are read as usual: a date-of-birth key passes nothing on', async () => {
    expect(await attrs({ dob: { data: 'withheld', number: 12 } })).toEqual({ dob: { data: 'withheld', number: 12 } });
    expect(await attrs({ misc: { number: '5550100' } })).toEqual({ misc: { number: '5550100' } });
  });
});
