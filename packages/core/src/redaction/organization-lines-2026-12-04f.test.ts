import { describe, expect, it } from 'vitest';
import { createRedactor } from '../index.js';

// O4 of the sixth probe of 2026-12-04 (test/redaction/probe-2026-12-04f.cases.md): an
// organisation's line labelled as such (`Hospital main line (937) 208-8000`, `Pharmacy: …`,
// `Customer service: +44 …`) and a toll-free number or an organisation's line under a JSON phone
// member (`{ name: 'Acme Store', supportPhone: '1-800-275-2273' }`) were masked as a person's
// phone, and the store's `name` beside them as a person. detectors.ts ORGANIZATION_LINE_BEFORE,
// key-names.ts isOrganizationLineKey, redactor.ts (a toll-free number under a phone key).
const redactor = createRedactor({ pseudonymKey: new Uint8Array(32).fill(5) });
function stored(result: unknown): unknown {
  const out = redactor.redact({ v: 1, id: 'e', seq: 0, ts: '2026-12-04T00:00:00Z', stream: 's', type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result } } as never, { capture: {} } as never) as { event: { tool: { result: unknown } } };
  return out.event.tool.result;
}
const PHONE = /\[PHONE:psn_[a-z0-9_]+\]/;
const PERSON = /^\[PERSON:psn_[a-z0-9_]+\]$/;

describe('O4: an organisation\'s line is no person\'s phone', () => {
  it('text: a number right after a label naming an organisation\'s line stays', () => {
    for (const note of [
      'Hospital main line (937) 208-8000',
      'Pharmacy: (937) 208-8100',
      'Clinic fax 937.208.8002',
      'Front desk 937-208-8000',
      'Customer service: +44 20 7946 0000',
      'Our office number is 020 7946 0001',
      // held back
      'Switchboard: 020 7946 0002',
      'Reception - 0161 496 0003',
      'Help desk line 415-555-0150',
      'Store phone: (415) 555-0133',
      'Branch number 0161 496 0004',
      'customer care 0161 496 0005',
    ]) expect(stored({ note }), note).toEqual({ note });
  });

  it('text: a person\'s line, a bare phone or fax label, still masked', () => {
    for (const note of [
      'Phone: (937) 208-8000',
      'Fax: (937) 208-8001',
      'my office number is 020 7946 0001',
      'Her direct line: (937) 208-8000',
      'Patient phone (937) 208-8000',
      'Mobile: 07700 900123',
      'call the patient at the clinic, (937) 208-8000',
    ]) expect((stored({ note }) as { note: string }).note, note).toMatch(PHONE);
  });

  it('JSON: a toll-free number under a phone member, and an organisation\'s line, stay with the store\'s name', () => {
    for (const result of [
      { name: 'Acme Store', supportPhone: '1-800-275-2273' },
      { name: 'Acme Store', phone: '1-800-275-2273' },
      { name: 'Acme Store', customerServicePhone: '0800 123 4567' },
      { name: 'Acme Store', companyPhone: '(937) 223-4400' },
      { name: 'Acme Store', storePhone: '(937) 223-4402' },
      // held back
      { name: 'Acme Store', supportPhone: '+44 20 7946 0000' },
      { name: 'Northgate Pharmacy', pharmacy_fax: '(937) 208-8101' },
      { name: 'Riverside Hotel', hotel_phone_number: '+1 (415) 555-0134' },
      { name: 'Acme', mobile: '+1 (888) 555-0142' },
    ]) expect(stored(result), JSON.stringify(result)).toEqual(result);
  });

  it('JSON: a person\'s phones stay masked, and so does a name beside them; an identifier key still takes a number with its calling code as a phone', () => {
    const person = stored({ name: 'Qxaro Vlintuk', officePhone: '(937) 223-4400', customerPhone: '(937) 223-4401', workPhone: '+44 20 7946 0000' }) as Record<string, string>;
    expect(person.name).toMatch(PERSON);
    for (const key of ['officePhone', 'customerPhone', 'workPhone']) expect(person[key], key).toMatch(PHONE);
    const patient = stored({ patient: { name: 'Qxaro Vlintuk', phone: '1-800-275-2273', dob: '1984-03-12' } }) as { patient: Record<string, string> };
    expect(patient.patient.name).toMatch(PERSON);
    expect(patient.patient.phone).toBe('1-800-275-2273');
    expect((stored({ sku: '+44 20 7946 0000' }) as { sku: string }).sku).toMatch(PHONE);
    expect((stored({ name: 'Acme Store', faxNumber: '(937) 223-4401' }) as { faxNumber: string }).faxNumber).toMatch(PHONE);
  });
});
