// A fresh probe of 2026-12-03 (row 59): a phone under `to` or `contact` outside a WhatsApp object
// was stored raw when written compact (`{"to": "07700900123"}`), which the text detectors take
// only after a phone word. Members that say where a message goes (key-names.ts
// isRecipientKeyName) hold a phone when libphonenumber-js parses the value as one
// (detectors.ts recipientPhone); dates, languages, ranges and names under them stay.
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonValue, UnsealedEvent } from '../spec/event.js';
import { recipientPhone } from './detectors.js';
import { isRecipientKeyName } from './key-names.js';
import { createKeyring } from './keys.js';
import { createRedactor } from './redactor.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]), sessionMemory: false });
async function stored(result: JsonValue): Promise<Record<string, JsonValue>> {
  const out = await redactor.redact({ type: 'tool.result', tool: { name: 'sms', result } } as UnsealedEvent, { capture: {} } as never);
  return out.event.tool?.result as Record<string, JsonValue>;
}

describe('isRecipientKeyName', () => {
  it.each(['to', 'from', 'contact', 'recipient', 'sender', 'phone_to', 'smsTo', 'sms_from', 'whatsapp_to', 'emergency_contact', 'to_number', 'fromNumber', 'destination', 'callee'])('%s', (name) => {
    expect(isRecipientKeyName(name)).toBe(true);
  });
  it.each(['total', 'today', 'contact_email', 'from_date', 'valid_from', 'date_to', 'price_from', 'toggle', 'contacts_count', 'route_to', 'a_b_c_to'])('not %s', (name) => {
    expect(isRecipientKeyName(name)).toBe(false);
  });
});

describe('recipientPhone', () => {
  it.each([
    ['+44 7700 900123', '+447700900123'],
    ['+447700900123', '+447700900123'],
    ['0044 7700 900123', '+447700900123'],
    ['07700 900123', '07700900123'],
    ['07700900123', '07700900123'],
    ['015112345678', '015112345678'],
    ['0612345678', '0612345678'],
    ['(415) 555-0134', '4155550134'],
    ['4155550134', '4155550134'],
    ['14155550134', '14155550134'],
    ['447700900123', '447700900123'],
  ])('%s', (value, normalized) => {
    expect(recipientPhone(value)).toBe(normalized);
  });
  it.each(['2026-12-03', '20261203', 'en', '100', '1700000000', '1733212800000', '123456789', '0000000000', '1.2.3', '1500.00', '10000000', '+1', '12:30', 'bob@example.com', '0123'])('not %s', (value) => {
    expect(recipientPhone(value)).toBeUndefined();
  });
});

describe('phones under recipient members, through the redactor', () => {
  it('masks a phone that parses, in any grouping, under each recipient name', async () => {
    const names = fc.constantFrom('to', 'from', 'contact', 'recipient', 'phone_to', 'sms_to', 'whatsapp', 'emergency_contact');
    const grouped = fc.tuple(fc.constantFrom('07700900123', '015112345678', '4155550134', '+447700900123'), fc.constantFrom('', ' ', '-', '.')).map(([digits, separator]) => {
      const plus = digits.startsWith('+') ? '+' : '';
      const body = plus === '' ? digits : digits.slice(1);
      return plus + body.slice(0, 4) + separator + body.slice(4, 7) + separator + body.slice(7);
    });
    await fc.assert(
      fc.asyncProperty(names, grouped, async (name, value) => {
        const out = await stored({ [name]: value, ok: true });
        expect(out[name]).toMatch(/^\[PHONE:psn_/);
      }),
      { numRuns: 60 },
    );
  });

  it('leaves dates, languages, ranges, emails-free text and names under them', async () => {
    expect(await stored({ to: '2026-12-03', from: '2026-12-01' })).toEqual({ from: '2026-12-01', to: '2026-12-03' });
    expect(await stored({ to: 'en', from: 'de' })).toEqual({ from: 'de', to: 'en' });
    expect(await stored({ from: 100, to: 200 })).toEqual({ from: 100, to: 200 });
    expect(await stored({ from: '1700000000', to: '1700003600' })).toEqual({ from: '1700000000', to: '1700003600' });
    expect(await stored({ contact: 'support team', to: 'main' })).toEqual({ contact: 'support team', to: 'main' });
  });

  it('a from/to table of numbers makes no column a person\'s name', async () => {
    const out = await stored({ csv: 'name,from,to\nbuild,100,200\ndeploy,200,300' });
    expect(out.csv).toBe('name,from,to\nbuild,100,200\ndeploy,200,300');
  });
});
