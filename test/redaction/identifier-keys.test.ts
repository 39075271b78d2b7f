// Attack round 2026-12-02 (test/redaction/attack-2026-12-02.cases.md), the STRUCTURE kind: values
// stored raw although the name next to them says what they are.
//   0/0b/6 national ids, tax, passport, licence, social security and account numbers under JSON
//          member names (`pesel`, `bsn`, `steuerId`, `passport`, `drivers_license`, `social`,
//          `account`, `acct`, Plaid `ach[].account`, `phone_numbers[].data`, WhatsApp `wa_id`/`from`);
//   5      FHIR Identifier objects (`{ system, value }`, `{ type: { coding: [{ code: 'MR' }] }, value }`);
//   7      session ids in query parameters, `key=value` log pairs and `[name, value]` header pairs;
//   4/16   dates of birth under XML element/attribute names, vCard `BDAY`, SQL INSERT columns.
// Each value must be absent from what the redactor returns and from the stored ledger lines; the
// look-alikes (an account NAME, `toolName`, `accountType`, `{"license":"MIT"}`, ...) stay as they are.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor } from '@agent-audit/core';
import type { JsonValue, UnsealedEvent } from '../../packages/core/src/spec/event.js';
import { fileLedger } from '../../packages/core/src/ledger/file-ledger.js';
import { governmentIdKeyKind, isBareAccountKeyName, numberKeyKind } from '../../packages/core/src/redaction/key-names.js';
import { storedJsonl, unescapedLines } from './stored.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]) });

function event(result: JsonValue): UnsealedEvent {
  return {
    v: 1, id: '01JABCDEFGHJKMNPQRSTVWXYZ0', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.result',
    // A trace of its own: session memory (values of earlier cases) plays no part.
    trace: { traceId: randomBytes(16).toString('hex'), spanId: 'b'.repeat(16) }, agent: { id: 'bot' }, source: 'test', outcome: 'success',
    tool: { name: 'crm.lookup', result },
  } as UnsealedEvent;
}

/** The tool result as stored: once as the value itself, once as a JSON string (how the attack recorded it). */
async function stored(result: JsonValue): Promise<string[]> {
  const direct = await redactor.redact(event(result), { capture: {} } as never);
  const asText = await redactor.redact(event(typeof result === 'string' ? result : JSON.stringify(result)), { capture: {} } as never);
  return [JSON.stringify(direct.event.tool?.result), JSON.stringify(asText.event.tool?.result)];
}

/** [case, input, raw values that must not be stored] */
const leaks: Array<[string, JsonValue, string[]]> = [
  ['pesel', { pesel: '44051401359' }, ['44051401359']],
  ['bsn', { bsn: '111222333' }, ['111222333']],
  ['steuerId', { steuerId: '86095742719' }, ['86095742719']],
  ['cpf', { cpf: '52998224725' }, ['52998224725']],
  ['aadhaar', { aadhaar: '234567890123' }, ['234567890123']],
  ['sin', { sin: '046454286' }, ['046454286']],
  ['passport', { passport: 'X1234567' }, ['X1234567']],
  ['drivers_license', { drivers_license: 'W315-4271-8832' }, ['W315-4271-8832']],
  ['social', { social: '536228514' }, ['536228514']],
  ['kontonummer', { kontonummer: '4830291175' }, ['4830291175']],
  ['kvnr', { kvnr: 'A123456780' }, ['A123456780']],
  ['tax_number', { tax_number: '86095742719' }, ['86095742719']],
  ['numbers as JSON numbers', { pesel: 44051401359, account: 123456789012 }, ['44051401359', '123456789012']],
  ['other languages', { numero_de_pasaporte: 'PAB123456', codiceFiscale: 'RSSMRA85T10A562S', rijbewijsnummer: '5012345678', nrDowodu: 'ABC123456', numeroSecu: '185057800608436', customerPassportNo: 'C01X00T47' }, ['PAB123456', 'RSSMRA85T10A562S', '5012345678', 'ABC123456', '185057800608436', 'C01X00T47']],
  ['account', { account: '123456789012' }, ['123456789012']],
  ['acct', { acct: '123456789012' }, ['123456789012']],
  ['bankAccount', { bankAccount: '123456789012' }, ['123456789012']],
  ['Plaid ach', { numbers: { ach: [{ account: '1111222233330000', routing: '011401533', account_id: 'vzeNDwK7KQIm4yEog683uElbp9GRLEFXGK98D' }] } }, ['1111222233330000']],
  ['Plaid phone_numbers', { owners: [{ phone_numbers: [{ data: '1112223333', primary: false, type: 'home' }] }] }, ['1112223333']],
  ['WhatsApp contact and message', { contacts: [{ profile: { name: 'Kerry' }, wa_id: '447700900123' }], messages: [{ from: '447700900123', id: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=', type: 'text' }] }, ['447700900123']],
  ['WhatsApp pair', { wa_id: '447700900123', from: '447700900123' }, ['447700900123']],
  ['FHIR identifier system', { resourceType: 'Patient', identifier: [{ system: 'http://hospital.org/mrn', value: 'H-5520031' }] }, ['H-5520031']],
  ['FHIR identifier type MR', { identifier: [{ type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }] }, value: '00482913' }] }, ['00482913']],
  ['FHIR identifier BSN oid', { identifier: [{ system: 'urn:oid:2.16.840.1.113883.2.4.6.3', value: '999911120' }] }, ['999911120']],
  ['FHIR identifier use/assigner', { identifier: { use: 'official', system: 'http://hl7.org/fhir/sid/us-ssn', value: '536228514', assigner: { display: 'SSA' } } }, ['536228514']],
  ['FHIR ContactPoint phone', { telecom: [{ system: 'phone', value: '020 7946 0958', use: 'home' }] }, ['7946 0958']],
  ['query session_id', 'GET /account?session_id=7f3c9a2b1e4d5f6a HTTP/1.1', ['7f3c9a2b1e4d5f6a']],
  ['query sessionid', '/cb?sessionid=7f3c9a2b1e4d5f6a9e8d', ['7f3c9a2b1e4d5f6a9e8d']],
  ['log sessionid=', 'login ok user=bob sessionid=7f3c9a2b1e4d5f6a9e8d', ['7f3c9a2b1e4d5f6a9e8d']],
  ['query sessionId', 'GET /x?sessionId=Zk3mQ9vL2pR8tY4wN6bC1xH5 HTTP/1.1', ['Zk3mQ9vL2pR8tY4wN6bC1xH5']],
  ['PHPSESSID', 'Set PHPSESSID=q8a7s6d5f4g3h2j1k0l9 then retry', ['q8a7s6d5f4g3h2j1k0l9']],
  ['query government ids', 'GET /p?pesel=44051401359&passport_no=X1234567 HTTP/1.1', ['44051401359', 'X1234567']],
  ['header pair X-Session', { headers: [['X-Session', 'Zk3mQ9vL2pR8tY4wN6bC1xH5'], ['Accept', 'application/json']] }, ['Zk3mQ9vL2pR8tY4wN6bC1xH5']],
  ['XML DateOfBirth', '<Patient><DateOfBirth>1975-04-23</DateOfBirth></Patient>', ['1975-04-23']],
  ['FHIR XML birthDate', '<Patient xmlns="http://hl7.org/fhir"><birthDate value="1975-04-23"/></Patient>', ['1975-04-23']],
  ['XML dob attribute', '<patient id="7" dob="23.04.1975"/>', ['23.04.1975']],
  ['vCard BDAY', 'BEGIN:VCARD\nVERSION:3.0\nFN:Jan Kowalski\nBDAY:1979-06-21\nEND:VCARD', ['1979-06-21']],
  ['vCard BDAY;VALUE=date', 'BEGIN:VCARD\r\nBDAY;VALUE=date:19790621\r\nEND:VCARD', ['19790621']],
  ['SQL INSERT', "INSERT INTO customers (first_name, last_name, city, dob) VALUES ('Tomasz', 'Nowak', 'Krakow', '1982-09-30'), ('Anna', 'O''Brien', 'Cork', '1990-01-02');", ['Tomasz', 'Nowak', '1982-09-30', 'Anna', "O''Brien", '1990-01-02']],
];

describe('values named by their member, element or parameter name (attack 2026-12-02, structure)', () => {
  for (const [name, input, values] of leaks) {
    it(`masks ${name}`, async () => {
      for (const out of await stored(input)) {
        for (const value of values) expect(out, `${name}: ${value} in ${out}`).not.toContain(value);
        expect(out).toContain('psn_');
      }
    });
  }
});

/** [case, input]: stored exactly as given. */
const lookalikes: Array<[string, JsonValue]> = [
  ['account names and metadata', { account: 'acme-prod', accountType: 'checking', accountName: 'Main', acct: 42, account_status: 'open', toolName: 'lookup', fileName: 'report.pdf', sessionCount: 1234567 }],
  ['an account name with a year', { account: 'prod-2024', acct: 'eu-west' }],
  ['words under id names', { license: 'MIT', social: 'twitter', passport: 'valid', passport_expiry: '2030-01-01', passportCountry: 'DE', steuerId: 'n/a' }],
  ['record ids and amounts', { document_id: 'doc-1234567', identity_id: '1234567', social_id: '1234567890', license_code: 'AB12345', tax: 123456, tax_rate: '19.00', taxAmount: 123456, run: 1234567 }],
  ['not an Identifier', { system: 'linux', value: 'x86_64-12345' }],
  ['a FHIR Quantity', { system: 'http://unitsofmeasure.org', value: 72, unit: 'kg', code: 'kg' }],
  ['a FHIR ContactPoint url', { system: 'url', value: 'https://example.org', use: 'work' }],
  ['from/to outside WhatsApp', { from: '2024-01-01', to: '2024-12-31', range: 'year' }],
  ['session words', { session: 'morning', session_name: 'standup', sessionCount: 3 }],
  ['a log line without a session id', 'user=bob session=morning count=3'],
  ['a query without a session id', 'GET /x?page=2&sort=name HTTP/1.1'],
  ['a query with id words and no id', 'GET /x?license=MIT&passport=valid&account=acme-prod HTTP/1.1'],
  ['other XML dates', '<created>2024-01-01</created><birthPlace>Lyon</birthPlace><dob>unknown</dob>'],
  ['an INSERT of products', "INSERT INTO products (name, created) VALUES ('Widget', '1982-09-30')"],
  ['counts of phones', { phones: 3, phone_count: 1234567 }],
];

describe('look-alikes stay as they are', () => {
  for (const [name, input] of lookalikes) {
    it(`keeps ${name}`, async () => {
      const [direct, asText] = await stored(input);
      expect(direct).toBe(JSON.stringify(typeof input === 'string' ? input : JSON.parse(JSON.stringify(input, Object.keys(input as object).sort()))));
      expect(asText).not.toContain('psn_');
    });
  }
});

describe('key classification', () => {
  it('names government ids in the common languages, not metadata or record ids', () => {
    for (const name of ['pesel', 'bsn', 'steuerId', 'cpf', 'aadhaar', 'sin', 'kvnr', 'tax_number', 'taxNo', 'nationalInsuranceNumber', 'codice_fiscale', 'numeroSecu', 'dni', 'nif', 'patient_pesel', 'sozialversicherungsnummer', 'burgerservicenummer', 'social']) {
      expect(governmentIdKeyKind(name), name).toBe('NATIONAL_ID');
    }
    for (const name of ['passport', 'passport_no', 'passportNumber', 'reisepass', 'passeport', 'numero_de_pasaporte', 'paszport', 'paspoort']) expect(governmentIdKeyKind(name), name).toBe('PASSPORT');
    for (const name of ['drivers_license', 'driverLicenseNumber', 'fuehrerschein', 'permis_de_conduire', 'rijbewijs', 'prawo_jazdy', 'licence_no']) expect(governmentIdKeyKind(name), name).toBe('DRIVER_LICENSE');
    for (const name of ['toolName', 'fileName', 'accountType', 'sessionCount', 'passport_expiry', 'passportCountry', 'document_id', 'identity_id', 'social_id', 'license', 'license_code', 'tax', 'tax_rate', 'taxAmount', 'socialLinks', 'business']) {
      expect(governmentIdKeyKind(name), name).toBeUndefined();
    }
  });

  it('names bare account keys (decided by the value) and WhatsApp/phone lists', () => {
    for (const name of ['account', 'acct', 'konto', 'compte', 'cuenta', 'conto', 'rekening', 'checking_account', 'bankKonto']) expect(isBareAccountKeyName(name), name).toBe(true);
    for (const name of ['accountType', 'account_id', 'accountName', 'user_account', 'accounts', 'accountant']) expect(isBareAccountKeyName(name), name).toBe(false);
    expect(numberKeyKind('wa_id')).toBe('PHONE');
    expect(numberKeyKind('phone_numbers')).toBe('PHONE');
    expect(numberKeyKind('rekeningnummer')).toBe('ACCOUNT');
    expect(numberKeyKind('account')).toBeUndefined();
  });
});

describe('stored ledger lines (createAuditor + fileLedger)', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-identifier-keys-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('hold none of the named values in clear', async () => {
    const dir = path.join(root, 'ledger');
    const errors: unknown[] = [];
    const auditor = createAuditor({ agent: { id: 'atk' }, sink: fileLedger({ dir }), redactor: createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]) }), onError: (e) => errors.push(e) });
    auditor.run({ session: 's-identifier-keys', actor: { id: 'u1', type: 'user' } }, () => {
      for (const [, input] of leaks) {
        auditor.record({ type: 'tool.result', tool: { name: 'crm.lookup', result: typeof input === 'string' ? input : JSON.stringify(input) } });
        auditor.record({ type: 'tool.call', tool: { name: 'crm.update', arguments: { payload: input } } });
      }
    });
    await auditor.flush();
    await auditor.close();
    expect(errors).toEqual([]);
    const raw = storedJsonl(dir);
    expect(raw).toContain('s-identifier-keys');
    const text = unescapedLines(raw);
    for (const [name, , values] of leaks) {
      for (const value of values) {
        expect(raw, `${name}: ${value}`).not.toContain(JSON.stringify(value).slice(1, -1));
        expect(text, `${name}: ${value}`).not.toContain(value);
      }
    }
  });
});
