// K17 and P6 of the fifth probe of 2026-12-04 (test/redaction/probe-2026-12-04e.cases.md): a phone
// number that is a whole segment of a URL path was stored raw (the phone detector drops numbers
// glued to `/`); toll-free numbers (a business's, never a person's) and FedEx-style groups of four
// were masked as personal phones.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectBuiltin } from './detectors.js';
import { createRedactor } from './redactor.js';

const phones = (text: string): string[] => detectBuiltin(text, new Set(['phone'])).filter((d) => d.type === 'PHONE').map((d) => text.slice(d.start, d.end));

describe('a phone number as a URL path segment (K17)', () => {
  it('reads an international number alone in its segment, in any path', () => {
    expect(phones('https://api.example.com/lookup/phone/+14155550132')).toEqual(['+14155550132']);
    expect(phones('{"path":"/v1/sms/+447700900123/messages"}')).toEqual(['+447700900123']);
    expect(phones('https://x.example/v2/users/+1-415-555-0132')).toEqual(['+1-415-555-0132']);
    expect(phones('GET /users/+14155550132 HTTP/1.1')).toEqual(['+14155550132']);
    expect(phones('https://api.example.com/contacts/+33612345678?fields=name')).toEqual(['+33612345678']);
  });

  it('reads a bare number after a segment that names a phone', () => {
    expect(phones('https://api.example.com/customers/by-phone/4155550132')).toEqual(['4155550132']);
    expect(phones('/api/msisdn/447700900123/status')).toEqual(['447700900123']);
    expect(phones('https://crm.example.com/search/phone/02079460958')).toEqual(['02079460958']);
  });

  it('keeps numeric ids of other segments, and numbers glued inside a segment', () => {
    expect(phones('https://api.example.com/orders/4155550132')).toEqual([]);
    expect(phones('https://api.example.com/v1/items/4155550132/reviews')).toEqual([]);
    expect(phones('/phone/4155550132abc')).toEqual([]);
    expect(phones('/files/report-4155550132.pdf')).toEqual([]);
  });

  it('is stored masked in a tool call URL, with the same pseudonym as the number written in prose', () => {
    const redactor = createRedactor({ pseudonymKey: new Uint8Array(32).fill(3) });
    const done = redactor.redact({ v: 1, type: 'tool.call', tool: { name: 'http.get', arguments: { url: 'https://api.example.com/lookup/phone/+14155550132', note: 'call +1 415 555 0132' } } } as never) as { event: { tool: { arguments: { url: string; note: string } } } };
    const { url, note } = done.event.tool.arguments;
    expect(url).not.toContain('4155550132');
    const token = /\[PHONE:[^\]]+\]/.exec(url)?.[0];
    expect(token).toBeDefined();
    expect(note).toContain(token as string);
  });

  it('property: any E.164 number of a valid NANP shape alone in a path segment is found', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 9 }), fc.integer({ min: 10, max: 99 }), fc.integer({ min: 2, max: 9 }), fc.integer({ min: 0, max: 9999 }), fc.constantFrom('/', '?x=1', '', '#top'), (a, b, c, last, tail) => {
        const number = `+1${a}${b}${c}55${String(last).padStart(4, '0')}`;
        const found = phones(`https://api.example.com/v1/people/${number}${tail}`);
        // libphonenumber judges the number; every one it accepts written alone is accepted in the path too.
        expect(found).toEqual(phones(`call ${number} now`));
      }),
      { numRuns: 200 },
    );
  });
});

describe('toll-free numbers and groups of four (P6)', () => {
  it('keeps NANP toll-free and UK freephone numbers, in any spelling', () => {
    expect(phones('Call 1-800-275-2273 or 0800 123 4567 (freephone)')).toEqual([]);
    expect(phones('Call us Mon-Fri at 1-800-555-0199 (toll free)')).toEqual([]);
    expect(phones('Helpline 0800 028 0258')).toEqual([]);
    expect(phones('phone: +1 (888) 555-0142')).toEqual([]);
    expect(phones('tel +44 808 157 0192')).toEqual([]);
    expect(phones('call 877.555.0100')).toEqual([]);
  });

  it('still masks the geographic and mobile numbers beside them', () => {
    expect(phones('Call 1-800-275-2273 or my cell 415-555-0132')).toEqual(['415-555-0132']);
    expect(phones('tel +44 20 7946 0958')).toEqual(['+44 20 7946 0958']);
    expect(phones('ring 0808? no: 07700 900123')).toEqual(['07700 900123']);
    // 1 800 as an area code of no toll-free plan elsewhere: 801 is Utah's.
    expect(phones('call 1-801-555-0142')).toEqual(['1-801-555-0142']);
  });

  it('keeps groups of four without a trunk 0 (a tracking or account number) unless a phone word is beside them', () => {
    expect(phones('FedEx 7489 2348 1234')).toEqual([]);
    expect(phones('shipment 7489 2348 1234 left the depot')).toEqual([]);
    expect(phones('my phone is 7489 2348 1234')).toEqual(['7489 2348 1234']);
    // A trunk 0 in groups of four is a national number (German mobile).
    expect(phones('x 0176 1234 5678 y')).toEqual(['0176 1234 5678']);
  });
});
