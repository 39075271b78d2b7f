// Contact data a sixth fresh probe of 2026-12-03 (about 1,850 events, briefed with the README and
// the docs only; /tmp/probe6/findings.md, sections emails, addresses, bank, media, fields) found
// stored raw: an email split into members, postal codes after a label, address lines under
// Stripe's and FHIR's names, coordinates as a list or one string under a location's name, bank
// accounts in ISO 20022, SWIFT MT103 and after `wire to`, provider payloads in base64 under 96
// characters (Anthropic, Gemini, Gmail), and a PostgreSQL duplicate-key detail in `error.message`.
// Each finding's input exactly, then variants of its kind and look-alikes that must stay.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, detectSensitive, fileLedger } from '../../packages/core/src/index.js';
import { completeMedia } from '../../packages/core/src/internal/media.js';
import { DEFAULT_LIMITS, newBudget, normalizeValue } from '../../packages/core/src/internal/normalize.js';
import { storedJsonl, blankMachineValues } from './stored.js';

const keyring = createKeyring([new Uint8Array(32).fill(7)]);
const redactor = createRedactor({ pseudonymKey: keyring });

/** The redacted event of one input as record() would snapshot it (media summarized first). */
function redacted(event: Record<string, unknown>): Record<string, unknown> {
  const budget = newBudget(DEFAULT_LIMITS);
  const draft = normalizeValue({ v: 1, id: 'x', ts: '2026-12-03T00:00:00.000Z', stream: 's', seq: 0, agent: { id: 'a' }, source: 's', outcome: 'success', ...event }, DEFAULT_LIMITS, budget);
  completeMedia(budget.media ?? []);
  const result = redactor.redact(draft as never, { capture: { content: 'redacted', arguments: 'redacted', result: 'redacted' } });
  if (typeof (result as { then?: unknown }).then === 'function') throw new Error('expected a synchronous redactor');
  return (result as { event: Record<string, unknown> }).event;
}
/** A stored JSON text with pseudonym tokens and hex digests blanked, for checks on short strings. */
const plain = (value: unknown): string => JSON.stringify(value).replace(/\[[A-Z_]+:psn_\w+\]/g, '[T]').replace(/[0-9a-f]{32,}/g, '<hex>');
const masked = (text: string): string => {
  let out = text;
  for (const d of [...detectSensitive(text)].sort((a, b) => b.start - a.start)) out = `${out.slice(0, d.start)}[${d.type}]${out.slice(d.end)}`;
  return out;
};

describe('an email address split into a local part and a domain', () => {
  it('the findings: {user, host} and {local, domain} (cases8#61, cases1#173)', () => {
    const a = redacted({ type: 'tool.call', tool: { name: 'mail', arguments: { user: 'tevita.havili', host: 'gmail.com' } } });
    const b = redacted({ type: 'tool.call', tool: { name: 'mail.send', arguments: { recipient: { local: 'amara.okafor', domain: 'nhs.net' } } } });
    expect(plain(a)).not.toContain('tevita.havili');
    expect(plain(b)).not.toContain('amara.okafor');
    expect(JSON.stringify(a)).toMatch(/"user":"\[EMAIL:psn_/);
    expect(JSON.stringify(b)).toContain('"domain":"nhs.net"');
  });

  it('masks the local part with the pseudonym of the joined address, in every member spelling', () => {
    const whole = redacted({ type: 'tool.call', tool: { name: 'm', arguments: { to: 'Amara.Okafor@nhs.net' } } });
    const token = (whole.tool as { arguments: { to: string } }).arguments.to;
    for (const args of [{ mailbox: 'amara.okafor', domain: 'nhs.net' }, { localPart: 'Amara.Okafor', domain: 'NHS.net' }, { local_part: 'amara.okafor', domain: 'nhs.net' }, { username: 'amara.okafor', domain: 'nhs.net', display: 'x' }, { user: 'amara.okafor', host: 'nhs.net' }]) {
      const out = redacted({ type: 'tool.call', tool: { name: 'm', arguments: args } });
      expect(JSON.stringify(out), JSON.stringify(args)).toContain(token);
    }
  });

  it('leaves connections, hosts that are no domain and lone members', () => {
    for (const args of [
      { user: 'postgres', host: 'localhost' },
      { user: 'deploy', host: '10.0.0.5' },
      { user: 'app', host: 'db.example.com', port: 5432, database: 'orders' },
      { user: 'admin', host: 'imap.example.com', password: 'x' },
      { domain: 'example.com', tld: 'com' },
      { local: 'en-US', domain: 'example' },
    ]) {
      const out = redacted({ type: 'tool.call', tool: { name: 'm', arguments: args } });
      const kept = (out.tool as { arguments: Record<string, unknown> }).arguments;
      expect(kept.user ?? kept.local, JSON.stringify(args)).toBe((args as Record<string, unknown>).user ?? (args as Record<string, unknown>).local);
    }
  });
});

describe('postal codes after a label', () => {
  it.each([
    ['postcode SW1A 1AA', 'postcode [ADDRESS]'],
    ['post code: SW1A1AA', 'post code: [ADDRESS]'],
    ['zip 90210-1234', 'zip [ADDRESS]'],
    ['ZIP code 10001', 'ZIP code [ADDRESS]'],
    ['PLZ 10115', 'PLZ [ADDRESS]'],
    ['CP 75008', 'CP [ADDRESS]'],
    ['Eircode D02 X285', 'Eircode [ADDRESS]'],
    ['Postal code: K1A 0B1', 'Postal code: [ADDRESS]'],
    ['Postleitzahl 10115, Berlin', 'Postleitzahl [ADDRESS], Berlin'],
    ['CEP 01310-100', 'CEP [ADDRESS]'],
    ['code postal 75008 Paris', 'code postal [ADDRESS] Paris'],
    ['my zip is 02139.', 'my zip is [ADDRESS].'],
    ['postcode=M1 1AE', 'postcode=[ADDRESS]'],
  ])('%s', (text, expected) => {
    expect(masked(text)).toBe(expected);
  });

  it('any label spelling, separator and code shape', () => {
    const labels = ['postcode', 'Postcode', 'post code', 'postal code', 'zip', 'ZIP', 'zip code', 'zipcode', 'PLZ', 'Postleitzahl', 'CEP', 'code postal', 'código postal', 'Eircode'];
    const codes = ['SW1A 1AA', 'EC1A1BB', 'M1 1AE', 'B33 8TH', '90210', '90210-1234', '10115', '111 21', '00-590', '1012 AB', 'K1A 0B1', 'D02 X285'];
    fc.assert(
      fc.property(fc.constantFrom(...labels), fc.constantFrom(' ', ': ', ' = ', ':', ' is ', ' - ', '\t'), fc.constantFrom(...codes), fc.constantFrom('', '.', ', London', ' thanks'), (label, separator, code, after) => {
        const text = `${label}${separator}${code}${after}`;
        const start = label.length + separator.length;
        const found = detectSensitive(text);
        for (let k = start; k < start + code.length; k++) expect(found.some((d) => d.start <= k && k < d.end), `${text} at ${k}`).toBe(true);
      }),
      { numRuns: 300, seed: 20261203 },
    );
  });

  it('leaves labels without a code, counts, commands and look-alikes', () => {
    for (const text of ['zip code is required', 'zip 12345 files', 'cp 75008 /tmp', 'gzip 10115', 'unzip 2024 archive', 'postcode lookup failed', 'ZIP compression level 9', 'Order 90210-1234 shipped', 'SW1A 1AA is a famous address', 'CP 3', 'zip90210']) {
      expect(detectSensitive(text).filter((d) => d.type === 'ADDRESS'), text).toEqual([]);
    }
  });

  it('postal codes under their member names (already masked; kept so)', () => {
    const out = redacted({ type: 'tool.call', tool: { name: 'x', arguments: { postcode: 'SW1A 1AA', postal_code: '10001', zip: '90210-1234', zipCode: 90210, plz: '10115' } } });
    expect(plain(out)).not.toMatch(/SW1A|10001|90210|10115/);
  });
});

describe('address lines under Stripe and FHIR names', () => {
  it('the findings: address.line1, addr1, FHIR address[].line and address[].text (cases1#127, #129, #135, #136)', () => {
    const events = [
      { type: 'tool.call', tool: { name: 'ship', arguments: { address: { line1: 'Joaquin Suarez 2906' } } } },
      { type: 'tool.call', tool: { name: 'ship', arguments: { addr1: 'Joaquin Suarez 2906', addr2: 'Piso 3' } } },
      { type: 'tool.result', tool: { name: 'fhir.read', result: { resourceType: 'Patient', address: [{ line: ['Joaquin Suarez 2906'], postalCode: '11300' }] } } },
      { type: 'tool.result', tool: { name: 'fhir.read', result: { resourceType: 'Patient', address: [{ text: 'Joaquin Suarez 2906, Montevideo' }] } } },
    ];
    for (const event of events) expect(plain(redacted(event)), JSON.stringify(event)).not.toMatch(/Suarez|2906|11300|Piso/);
  });

  it('Stripe addresses, FHIR Address with district, other names of an address object', () => {
    const out = redacted({
      type: 'tool.result',
      tool: {
        name: 'x',
        result: {
          customer: { name: 'x', address: { line1: '510 Townsend St', line2: 'Apt 4', city: 'San Francisco', postal_code: '94103', state: 'CA', country: 'US' } },
          shipping: { address: { line1: '27 Kauri Rd', city: 'Whangarei', country: 'NZ' } },
          patient: { resourceType: 'Patient', address: [{ use: 'home', line: ['12 Rue de Rivoli', 'Bâtiment B'], city: 'Paris', district: 'Île-de-France Nord', postalCode: '75001', country: 'FR' }] },
          billing_address: { line1: 'Hauptstraße 5' },
          loose: { line1: 'Flat 3, 12 High St', city: 'Leeds', postcode: 'LS6 2AB' },
        },
      },
    });
    const text = plain(out);
    for (const raw of ['Townsend', 'Apt 4', '94103', 'Kauri', 'Rivoli', 'Bâtiment', 'Île-de-France', '75001', 'Hauptstraße', 'High St', 'LS6']) expect(text, raw).not.toContain(raw);
    for (const kept of ['San Francisco', '"CA"', 'Whangarei', 'Paris', '"home"', 'Leeds']) expect(text, kept).toContain(kept);
  });

  it('leaves `line1` and `text` outside an address, and machine addresses', () => {
    const args = {
      diff: { line1: 'const a = 1;', line2: 'const b = 2;' },
      poem: { line1: 'Shall I compare thee', line2: 'to a summer day' },
      ipAddress: { text: 'primary', line1: 'eth0' },
      message: { text: 'hello', use: 'greeting' },
      fromAddress: { text: 'noreply' },
    };
    const out = redacted({ type: 'tool.call', tool: { name: 'x', arguments: args } });
    expect((out.tool as { arguments: unknown }).arguments).toEqual(args);
  });
});

describe('coordinates as a list or one string under a location name', () => {
  it('the findings: coords list and position string (cases1#138, #139)', () => {
    const a = redacted({ type: 'tool.result', tool: { name: 'maps.geocode', result: { coords: [37.4224764, -122.0842499] } } });
    const b = redacted({ type: 'tool.result', tool: { name: 'maps.geocode', result: { position: '37.4224764,-122.0842499' } } });
    for (const out of [a, b]) expect(plain(out)).not.toMatch(/37\.4224|122\.0842/);
    expect(JSON.stringify(a)).toMatch(/"coords":\["\[GEO:psn_/);
  });

  it('GeoJSON Points (longitude first), latlng strings, other location names', () => {
    const out = redacted({
      type: 'tool.result',
      tool: {
        name: 'x',
        result: {
          location: { type: 'Point', coordinates: [-122.0842499, 37.4224764] },
          geometry: { type: 'Point', coordinates: [174.7633, -36.8485, 12] },
          latlng: '37.4224,-122.0842',
          home_coords: ['51.50740', '-0.12780'],
          lngLat: [-0.1278, 51.5074],
          gps: '(48.85837, 2.29448)',
        },
      },
    });
    expect(plain(out)).not.toMatch(/122\.08|37\.42|174\.76|36\.84|51\.507|0\.127|48\.858|2\.294/);
  });

  it("keeps a city's precision and lists that are no place", () => {
    const args = {
      coords: [51.5, -0.12],
      location: { type: 'Point', coordinates: [-122.08, 37.42] },
      latlng: '37.42,-122.08',
      position: [0.125, 0.375, 1.5],
      coordinates: [1200.125, 800.5],
      location_id: 'loc_123',
      scores: [37.4224764, -122.0842499],
    };
    const out = redacted({ type: 'tool.result', tool: { name: 'x', result: args } });
    expect((out.tool as { result: unknown }).result).toEqual(args);
  });
});

describe('bank accounts in payment messages', () => {
  it('the findings: ISO 20022 Othr/Id, MT103 :50K:, wire to (cases1#357, #347, #342)', () => {
    expect(masked('<DbtrAcct><Id><Othr><Id>9876543210</Id></Othr></Id></DbtrAcct><Dbtr><Nm>TEVITA HAVILI</Nm></Dbtr>')).toBe('<DbtrAcct><Id><Othr><Id>[ACCOUNT_NUMBER]</Id></Othr></Id></DbtrAcct><Dbtr><Nm>[PERSON]</Nm></Dbtr>');
    expect(masked(':50K:/12345678\nSIOSAIA FIFITA\n1 MAIN ST')).toBe(':50K:/[ACCOUNT_NUMBER]\n[PERSON]\n[ADDRESS]');
    expect(masked('Please wire to 9876543210 at Chase')).toBe('Please wire to [ACCOUNT_NUMBER] at Chase');
  });

  it.each([
    ['<ns:CdtrAcct>\n  <ns:Id>\n    <ns:Othr>\n      <ns:Id>DE-4471-2290</ns:Id>\n    </ns:Othr>\n  </ns:Id>\n</ns:CdtrAcct>', '<ns:CdtrAcct>\n  <ns:Id>\n    <ns:Othr>\n      <ns:Id>[ACCOUNT_NUMBER]</ns:Id>\n    </ns:Othr>\n  </ns:Id>\n</ns:CdtrAcct>'],
    ['<Acct><Id><Othr><Id>0012345678</Id></Othr></Id></Acct>', '<Acct><Id><Othr><Id>[ACCOUNT_NUMBER]</Id></Othr></Id></Acct>'],
    ['<CdtrAcct><Id><IBAN>GB82WEST12345698765432</IBAN></Id></CdtrAcct>', '<CdtrAcct><Id><IBAN>[IBAN]</IBAN></Id></CdtrAcct>'],
    // The name line after the account is masked too since the third probe of 2026-12-04, H3 (bank-messages.ts).
    [':59:/12345678\n1/NAME', ':59:/[ACCOUNT_NUMBER]\n[PERSON]'],
    ['{4:\n:20:REF1\n:50A:/00123456789\nABCDUS33\n:59F:/987654321\n1/NAME\n-}', '{4:\n:20:REF1\n:50A:/[ACCOUNT_NUMBER]\nABCDUS33\n:59F:/[ACCOUNT_NUMBER]\n1/[PERSON]\n-}'],
    ['wire to account 9876543210', 'wire to account [ACCOUNT_NUMBER]'],
    ['transfer 500 EUR to 12345678 today', 'transfer 500 EUR to [ACCOUNT_NUMBER] today'],
    ['please send the money to 4830 2911 75', 'please send the money to [ACCOUNT_NUMBER]'],
    ['Deposit it into 000123456789.', 'Deposit it into [ACCOUNT_NUMBER].'],
  ])('%s', (text, expected) => {
    expect(masked(text)).toBe(expected);
  });

  it('leaves ids of parties, counts, years and references', () => {
    for (const text of ['<Dbtr><Id><OrgId><Othr><Id>123456789</Id></Othr></OrgId></Id></Dbtr>', 'send to 100000 users', 'transfer to 2025', ':20:REF123456789', 'pay to order of ACME', 'the wire to 12 customers', 'moved to 1234 5']) {
      expect(detectSensitive(text).filter((d) => d.type === 'ACCOUNT_NUMBER'), text).toEqual([]);
    }
  });
});

describe('provider payloads in base64, whatever their length', () => {
  const secret = 'VGV2aXRhIEhhdmlsaSA1MzYyMjg1MTQ=';
  it('the findings: Anthropic document source, Gemini inline_data, Gmail payload.body.data (cases4#11, #16, #19)', () => {
    const anthropic = redacted({ type: 'tool.call', tool: { name: 'anthropic', arguments: { messages: [{ role: 'user', content: [{ type: 'document', source: { type: 'base64', media_type: 'text/plain', data: secret } }] }] } } });
    const gemini = redacted({ type: 'tool.call', tool: { name: 'gemini', arguments: { contents: [{ parts: [{ inline_data: { mime_type: 'text/plain', data: secret } }] }] } } });
    const gmail = redacted({ type: 'tool.result', tool: { name: 'gmail', result: { payload: { body: { data: 'SGksIG15IFNTTiBpcyA1MzYtMjItODUxNCAtLSBUZXZpdGE' } } } } });
    for (const out of [anthropic, gemini]) {
      expect(JSON.stringify(out)).not.toContain(secret);
      expect(JSON.stringify(out)).toMatch(/"data":\{"bytes":23,"mimeType":"text\/plain","sha256":"[0-9a-f]{64}"\}/);
    }
    const body = JSON.stringify(gmail);
    expect(body).not.toContain('SGksIG15');
    expect(body).not.toContain('536-22-8514');
    expect(body).toMatch(/"data":"Hi, my SSN is \[SSN:psn_\w+\] -- Tevita"/);
  });

  it('images, camelCase Gemini, Gmail parts and attachments', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]).toString('base64');
    const out = redacted({
      type: 'tool.result',
      tool: {
        name: 'x',
        result: {
          image: { type: 'image', source: { type: 'base64', media_type: 'image/png', data: png } },
          inlineData: { mimeType: 'application/pdf', data: 'JVBERi0xLjQK' },
          message: { payload: { mimeType: 'multipart/alternative', parts: [
            { mimeType: 'text/plain', body: { size: 26, data: Buffer.from('Call me on +44 7700 900123').toString('base64url') } },
            { mimeType: 'image/png', filename: 'a.png', body: { attachmentId: 'ANGjdJ', size: 11, data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]).toString('base64url') } },
          ] } },
        },
      },
    });
    const text = JSON.stringify(out);
    expect(text).not.toContain(png.slice(0, 8));
    expect(text).not.toContain('JVBERi0x');
    expect(text).toContain('"mimeType":"application/pdf"');
    expect(text).not.toContain('7700 900123');
    expect(text).toMatch(/"data":"Call me on \[PHONE:psn_\w+\]"/);
    expect(text).toMatch(/"data":\{"bytes":11,"mimeType":"image\/png"/);
  });

  it('in JSON held in a string (a tool result as text)', () => {
    const out = redacted({ type: 'tool.result', tool: { name: 'x', result: JSON.stringify({ source: { type: 'base64', media_type: 'text/plain', data: secret } }) } });
    expect(JSON.stringify(out)).not.toContain(secret);
  });

  it('leaves data members of other shapes', () => {
    const args = {
      a: { type: 'text', media_type: 'text/plain', data: 'Plain text document' },
      b: { body: { data: 'hello world', size: 3 } },
      c: { body: { data: 'abcd', size: 99 } },
      d: { size: 10, data: 'page1' },
      f: { body: { data: 'ok' } },
      g: { response: { body: { data: 'success' } } },
      e: { inline_data: { data: 'not base64!', mime_type: 'text/plain' } },
    };
    const out = redacted({ type: 'tool.call', tool: { name: 'x', arguments: args } });
    expect((out.tool as { arguments: unknown }).arguments).toEqual(args);
  });
});

describe("a database constraint's key detail in error.message", () => {
  it('the finding: Key (last_name, dob)=(havili, 1984-03-12) (cases10#2)', () => {
    const out = redacted({ type: 'error', error: { message: 'Key (last_name, dob)=(havili, 1984-03-12) already exists' } });
    expect(plain(out)).not.toMatch(/havili|1984-03-12/);
    expect(JSON.stringify(out)).toMatch(/Key \(last_name, dob\)=\(\[PERSON:psn_\w+\], \[DOB:psn_\w+\]\) already exists/);
  });

  it.each([
    ['ERROR: duplicate key value violates unique constraint "patients_uq"\nDETAIL: Key (first_name, last_name, date_of_birth)=(Tevita, Havili, 1984-03-12) already exists.', 'ERROR: duplicate key value violates unique constraint "patients_uq"\nDETAIL: Key (first_name, last_name, date_of_birth)=([PERSON], [PERSON], [DOB]) already exists.'],
    ['Key (ssn)=(536228514) already exists.', 'Key (ssn)=([SSN]) already exists.'],
    ['Key (name, dob)=(siosaia fifita, 1990-01-02) already exists', 'Key (name, dob)=([PERSON], [DOB]) already exists'],
    ['Key (phone_number)=(0211234567) is not present in table "contacts".', 'Key (phone_number)=([PHONE]) is not present in table "contacts".'],
    ['Key ("postcode", surname)=(SW1A 1AA, Havili) already exists.', 'Key ("postcode", surname)=([ADDRESS], [PERSON]) already exists.'],
    ['Key (surname, dob)=(Havili, Jr, 1984-03-12) already exists.', 'Key (surname, dob)=([PERSON]) already exists.'],
  ])('%s', (text, expected) => {
    expect(masked(text)).toBe(expected);
  });

  it('leaves keys of columns that hold no personal data', () => {
    for (const text of ['Key (id)=(5) is not present in table "users".', 'Key (tenant_id, sku)=(4, AB-12) already exists.', 'Key (order_id, line)=(1001, 2) already exists.', 'Key (lower(email::text))=(x) already exists.']) {
      expect(masked(text), text).toBe(text);
    }
  });
});

describe('end to end: nothing of these reaches the ledger', () => {
  it('createAuditor + file ledger, every finding of these kinds', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-probe6-contact-'));
    try {
      const auditor = createAuditor({
        agent: { id: 'probe6' },
        sink: fileLedger({ dir: path.join(dir, 'ledger'), keyDir: path.join(dir, 'keys'), fsync: false }),
        redactor: createRedactor({ keysDir: path.join(dir, 'keys') }),
        capture: { content: 'redacted', arguments: 'redacted', result: 'redacted' },
      });
      const events: Array<Record<string, unknown>> = [
        { type: 'tool.call', tool: { name: 'mail', arguments: { user: 'tevita.havili', host: 'gmail.com' } } },
        { type: 'tool.call', tool: { name: 'mail.send', arguments: { recipient: { local: 'amara.okafor', domain: 'nhs.net' } } } },
        { type: 'message.user', content: { input: 'postcode SW1A 1AA' } },
        { type: 'message.user', content: { input: 'zip 90210-1234' } },
        { type: 'tool.call', tool: { name: 'ship', arguments: { address: { line1: 'Joaquin Suarez 2906' } } } },
        { type: 'tool.result', tool: { name: 'fhir.read', result: { resourceType: 'Patient', address: [{ line: ['Joaquin Suarez 2906'], postalCode: '11300' }] } } },
        { type: 'tool.result', tool: { name: 'fhir.read', result: { resourceType: 'Patient', address: [{ text: 'Joaquin Suarez 2906, Montevideo' }] } } },
        { type: 'tool.result', tool: { name: 'maps.geocode', result: { coords: [37.4224764, -122.0842499] } } },
        { type: 'tool.result', tool: { name: 'iso20022', result: '<DbtrAcct><Id><Othr><Id>9876543210</Id></Othr></Id></DbtrAcct><Dbtr><Nm>TEVITA HAVILI</Nm></Dbtr>' } },
        { type: 'message.user', content: { input: ':50K:/12345678\nSIOSAIA FIFITA\n1 MAIN ST' } },
        { type: 'message.user', content: { input: 'Please wire to 9876543210 at Chase' } },
        { type: 'tool.call', tool: { name: 'anthropic', arguments: { messages: [{ role: 'user', content: [{ type: 'document', source: { type: 'base64', media_type: 'text/plain', data: 'VGV2aXRhIEhhdmlsaSA1MzYyMjg1MTQ=' } }] }] } } },
        { type: 'tool.call', tool: { name: 'gemini', arguments: { contents: [{ parts: [{ inline_data: { mime_type: 'text/plain', data: 'VGV2aXRhIEhhdmlsaSA1MzYyMjg1MTQ=' } }] }] } } },
        { type: 'tool.result', tool: { name: 'gmail', result: { payload: { body: { data: 'SGksIG15IFNTTiBpcyA1MzYtMjItODUxNCAtLSBUZXZpdGE' } } } } },
        { type: 'error', error: { message: 'Key (last_name, dob)=(havili, 1984-03-12) already exists' } },
      ];
      for (const [i, event] of events.entries()) auditor.record({ ...event, session: `c${i}` } as never);
      await auditor.flush();
      await auditor.close();
      const stored = blankMachineValues(storedJsonl(path.join(dir, 'ledger'))).replace(/\[[A-Z_]+:psn_\w+\]/g, '[T]').replace(/[0-9a-f]{32,}/g, '<hex>');
      for (const raw of ['tevita.havili', 'amara.okafor', 'SW1A', '90210', 'Suarez', '2906', '11300', '37.4224', '122.0842', '9876543210', '12345678', 'VGV2aXRh', 'SGksIG15', '8514', 'havili', 'HAVILI', '1984-03-12']) expect(stored, raw).not.toContain(raw);
      expect(stored).toContain('nhs.net');
      expect(stored).toContain('Key (last_name, dob)=');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
