// Issue 11, "redaction that holds against real inputs": a fresh attacker stored `EHR ID 7736251`
// in clear. The kind is HIPAA Safe Harbor's labelled identifiers (45 CFR 164.514(b)(2)(i)):
// medical record numbers, health plan beneficiary numbers, account numbers, certificate and
// licence numbers, vehicle identifiers and device serial numbers. A value after its label (in
// text, and as a JSON member name) is masked, and the formats with a checksum or a defined shape
// (NHS number, NPI, DEA number, VIN, Medicare MBI) also without one. Structural ids of the
// project, order/invoice/ticket numbers, SKUs, drug names and dosages stay.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../spec/event.js';
import { detectSensitive } from './detectors.js';
import { deaValid, mbiValid, nhsNumberValid, npiValid, vinValid } from './health-ids.js';
import { createKeyring } from './keys.js';
import { createRedactor } from './redactor.js';

const HIPAA = new Set(['MRN', 'HEALTH_PLAN_ID', 'ACCOUNT_NUMBER', 'LICENSE_NUMBER', 'VEHICLE_ID', 'LICENSE_PLATE', 'DEVICE_ID']);
const ids = (text: string) =>
  detectSensitive(text)
    .filter((d) => HIPAA.has(d.type))
    .map((d) => [d.type, text.slice(d.start, d.end)]);

const redactor = createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]), sessionMemory: false });
async function redactArguments(args: JsonValue): Promise<JsonValue> {
  const event = {
    v: 1, id: '01JABCDEFGHJKMNPQRSTVWXYZ0', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call',
    trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, agent: { id: 'bot' }, source: 'test', outcome: 'success',
    tool: { name: 'ehr.lookup', callId: 'call_7736251', arguments: args },
  } as never;
  return (await redactor.redact(event, { capture: { arguments: 'redacted' } } as never)).event.tool?.arguments as JsonValue;
}

describe('checksums of the health identifiers', () => {
  it('NHS number: modulus 11, weights 10..2 (NHS Data Dictionary)', () => {
    expect(nhsNumberValid('9434765919')).toBe(true);
    expect(nhsNumberValid('9434765918')).toBe(false);
    expect(nhsNumberValid('4000000004')).toBe(true);
    expect(nhsNumberValid('943476591')).toBe(false);
  });
  it('NPI: Luhn over 80840 and the ten digits (45 CFR 162.406, CMS)', () => {
    expect(npiValid('1234567893')).toBe(true);
    expect(npiValid('1234567890')).toBe(false);
    expect(npiValid('3234567893')).toBe(false);
  });
  it('DEA number: two letters, seven digits, (d1+d3+d5) + 2(d2+d4+d6) mod 10', () => {
    expect(deaValid('AB1234563')).toBe(true);
    expect(deaValid('AB1234564')).toBe(false);
    expect(deaValid('QB1234563')).toBe(false);
  });
  it('VIN: 17 characters without I, O, Q, check digit at position 9 (49 CFR 565.15)', () => {
    expect(vinValid('1HGCM82633A004352')).toBe(true);
    expect(vinValid('1M8GDM9AXKP042788')).toBe(true);
    expect(vinValid('1HGCM82643A004352')).toBe(false);
    expect(vinValid('1HGCM82633A00435I')).toBe(false);
  });
  it('Medicare MBI: the CMS format (C A AN N A AN N A A N N, no S L O I B Z)', () => {
    expect(mbiValid('1EG4TE5MK73')).toBe(true);
    expect(mbiValid('1EG4TE5MK7')).toBe(false);
    expect(mbiValid('1SG4TE5MK73')).toBe(false);
    expect(mbiValid('0EG4TE5MK73')).toBe(false);
  });
});

describe('labelled health identifiers in text (the attack and its kind)', () => {
  const cases: Array<[text: string, type: string, value: string]> = [
    ['EHR ID 7736251', 'MRN', '7736251'],
    ['MRN: 12345678', 'MRN', '12345678'],
    ['Patient ID #A-889123', 'MRN', 'A-889123'],
    ['EMR number: 55-10923', 'MRN', '55-10923'],
    ['chart no. 0045-221 reviewed', 'MRN', '0045-221'],
    ['chart number: CH99812', 'MRN', 'CH99812'],
    ['encounter number 20231104-77', 'MRN', '20231104-77'],
    ['visit # V0098812 closed', 'MRN', 'V0098812'],
    ['hospital number H1234567', 'MRN', 'H1234567'],
    ['NHS number 943 476 5919', 'MRN', '943 476 5919'],
    ['NHS No: 9434765919', 'MRN', '9434765919'],
    ['member id=XJH123456789', 'HEALTH_PLAN_ID', 'XJH123456789'],
    ['Subscriber ID: W123456789', 'HEALTH_PLAN_ID', 'W123456789'],
    ['policy number PLC-4471-2290', 'HEALTH_PLAN_ID', 'PLC-4471-2290'],
    ['Medicaid ID 98765432B', 'HEALTH_PLAN_ID', '98765432B'],
    ['Medicare number 1EG4-TE5-MK73', 'HEALTH_PLAN_ID', '1EG4-TE5-MK73'],
    ['account number 00123456789 on file', 'ACCOUNT_NUMBER', '00123456789'],
    ['DEA number AB1234563', 'LICENSE_NUMBER', 'AB1234563'],
    ['NPI: 1234567893', 'LICENSE_NUMBER', '1234567893'],
    ['medical license no. MD-448812', 'LICENSE_NUMBER', 'MD-448812'],
    ['VIN 1HGCM82633A004352', 'VEHICLE_ID', '1HGCM82633A004352'],
    ['license plate: 7ABC123', 'LICENSE_PLATE', '7ABC123'],
    ['device serial: PM-88213-XZ', 'DEVICE_ID', 'PM-88213-XZ'],
    ['pacemaker serial number 4471AB992', 'DEVICE_ID', '4471AB992'],
    ['IMEI 490154203237518', 'DEVICE_ID', '490154203237518'],
    // Labels written as member names in a log line or JSON text.
    ['the patient_id is P-7736251', 'MRN', 'P-7736251'],
    ['MEMBER-ID: XJH123456789', 'HEALTH_PLAN_ID', 'XJH123456789'],
    ['{"policy_number": "PLC-4471-2290", "status": "active"}', 'HEALTH_PLAN_ID', 'PLC-4471-2290'],
    // Other languages.
    ['Patientennummer: 4471123', 'MRN', '4471123'],
    ['numéro de dossier médical 2023-44817', 'MRN', '2023-44817'],
    ['número de historia clínica 0045123', 'MRN', '0045123'],
    ['Versichertennummer A123456789', 'HEALTH_PLAN_ID', 'A123456789'],
    ['病历号 20231145', 'MRN', '20231145'],
    ['환자번호: 12345678', 'MRN', '12345678'],
  ];
  it.each(cases)('%s', (text, type, value) => {
    expect(ids(text)).toEqual([[type, value]]);
  });
});

describe('checksummed health identifiers without a label', () => {
  it.each([
    ['referral for 943 476 5919 received', 'MRN', '943 476 5919'],
    ['signed by the prescriber, 1234567893, today', 'LICENSE_NUMBER', '1234567893'],
    ['script AB1234563 for oxycodone', 'LICENSE_NUMBER', 'AB1234563'],
    ['the car 1HGCM82633A004352 was towed', 'VEHICLE_ID', '1HGCM82633A004352'],
    ['beneficiary card 1EG4-TE5-MK73', 'HEALTH_PLAN_ID', '1EG4-TE5-MK73'],
    ['eligibility for 1EG4TE5MK73 confirmed', 'HEALTH_PLAN_ID', '1EG4TE5MK73'],
  ])('%s', (text, type, value) => {
    expect(ids(text)).toEqual([[type, value]]);
  });
});

describe('look-alikes and prose stay (false positives)', () => {
  it.each([
    'patient ID verified',
    'chart shows improvement',
    'the patient number was not given',
    'member since 2019',
    'policy number format is documented',
    'order ORD-2024-257956 shipped',
    'order number 12345678 shipped',
    'invoice INV-000123456',
    'invoice number 4471-2290-33',
    'see ticket JIRA-0360 for details',
    'SKU 4471-220-19 restocked',
    'epoch 1611382031',
    'took 1234567893 ms',
    'amoxicillin 500 mg three times a day',
    'metformin 1000mg twice daily, lisinopril 10 mg',
    'build 20231104 deployed',
    'request 4e6cbc03-b710-4d04-a4e1-becdf4388ef1 completed',
    'vin rouge 2019',
    'dental plaque index 45',
    'the VIN is on the dashboard',
    'device id unknown',
    'MRN 1234',
  ])('%s', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('health identifiers as JSON member names', () => {
  it('masks the value whole under mrn, medicalRecordNumber, patient_id, memberId, policyNumber, vin, deviceSerial and kin', async () => {
    const input = {
      mrn: '12345678', medicalRecordNumber: 'A-1234', patient_id: 'P-7736251', ehrId: '7736251', memberId: 'XJH123456789',
      subscriber_id: 'W123456789', policyNumber: 'PLC-4471', medicareNumber: '1EG4TE5MK73', vin: '1HGCM82633A004352',
      licensePlate: '7ABC123', deviceSerial: 'PM-88213-XZ', npi: '1234567893', deaNumber: 'AB1234563', encounterNumber: 'E-20231104',
    };
    const out = (await redactArguments(input)) as Record<string, string>;
    for (const [key, value] of Object.entries(input)) {
      expect(out[key], key).toMatch(/^\[[A-Z_]+:psn_[A-Za-z0-9_]+\]$/);
      expect(JSON.stringify(out), key).not.toContain(value);
    }
    expect(out.vin).toMatch(/^\[VEHICLE_ID:/);
    expect(out.memberId).toMatch(/^\[HEALTH_PLAN_ID:/);
    expect(out.deviceSerial).toMatch(/^\[DEVICE_ID:/);
  });

  it('leaves structural members, order, invoice, ticket numbers, SKUs, drugs and doses alone', async () => {
    const input = {
      id: '7736251', callId: 'call_7736251', traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7', toolName: 'lookup_patient',
      orderNumber: 'ORD-2024-257956', invoiceNumber: 'INV-000123456', ticketNumber: 'OPS-2056', sku: 'SKU-88213-BLU', drug: 'Lisinopril',
      dose: '10 mg', frequency: 'one or two tablets three times a day', requestId: 'req_7736251', encounterStatus: 'finished',
    };
    expect(await redactArguments(input)).toEqual(input);
  });

  it('the same record number in text and under its member gets one pseudonym', async () => {
    const out = (await redactArguments({ mrn: '7736251', note: 'EHR ID 7736251' })) as Record<string, string>;
    expect(out.note).toBe(`EHR ID ${out.mrn}`);
  });
});

describe('hostile inputs for the health identifiers', () => {
  it('finishes on 200 000-character runs of each cue', () => {
    const n = 200_000;
    for (const cue of ['EHR ID ', 'MRN: 1', 'member id=', 'Patient ID #A-', 'NHS 943 ', '1HGCM82633A00435', 'AB123456', '1EG4-', 'policy number ', '病历号', 'device serial: PM-']) {
      const text = cue.repeat(Math.ceil(n / cue.length));
      expect(Array.isArray(detectSensitive(text)), cue).toBe(true);
    }
  });
});

describe('a number inside a phone number is no NHS number', () => {
  it('leaves the 3-3-4 tail of an international number to the phone detector (property found it)', () => {
    const text = '+49 (0) 308 471 2662 today';
    expect(ids(text)).toEqual([]);
    expect(detectSensitive(text).map((d) => [d.type, text.slice(d.start, d.end)])).toEqual([['PHONE', '+49 (0) 308 471 2662']]);
  });
});

describe('a NANP phone that passes the NHS check is a phone (a probe of 2026-12-03 typed it MRN)', () => {
  const all = (text: string) => detectSensitive(text).map((d) => [d.type, text.slice(d.start, d.end)]);
  it('after a phone word, or with dashes and no health word in the text', () => {
    expect(all('call 808-555-0199')).toEqual([['PHONE', '808-555-0199']]);
    expect(all('phone: 808-555-0199')).toEqual([['PHONE', '808-555-0199']]);
    expect(all('mobile 943 476 5919')).toEqual([['PHONE', '943 476 5919']]);
    expect(all('Noelani Akana, 808-555-0199')).toEqual([['PERSON', 'Noelani Akana'], ['PHONE', '808-555-0199']]);
  });
  it('an NHS number with spaces, or with dashes beside a health word, stays an MRN', () => {
    expect(ids('Jane Doe, 943 476 5919')).toEqual([['MRN', '943 476 5919']]);
    expect(ids('patient 943-476-5919 admitted')).toEqual([['MRN', '943-476-5919']]);
    expect(ids('NHS 943 476 5919')).toEqual([['MRN', '943 476 5919']]);
  });
});

describe('an NPI without its label needs a clinical word before it', () => {
  it('leaves an epoch that passes the NPI check alone when the clinical word comes after it', () => {
    expect(ids('epoch 1611382031 from the provider feed')).toEqual([]);
    expect(ids('provider 1611382031')).toEqual([['LICENSE_NUMBER', '1611382031']]);
  });
});

// A fresh probe of 2026-12-03 (row 59): the bank and branch codes of other countries were stored raw.
describe('bank codes of other countries (ACCOUNT_NUMBER, financial.account)', () => {
  it.each([
    ['sort code 20-00-00', '20-00-00'],
    ['Sort Code: 200000', '200000'],
    ['sort-code 20 00 00', '20 00 00'],
    ['SORT_CODE=40-47-84', '40-47-84'],
    ['routing 021000021', '021000021'],
    ['Routing number: 011000015', '011000015'],
    ['ABA 011000015', '011000015'],
    ['ABA routing # 026009593', '026009593'],
    ['RTN: 021000021', '021000021'],
    ['BSB 062-000', '062-000'],
    ['bsb: 062000', '062000'],
    ['CLABE 002010077777777771', '002010077777777771'],
    ['CLABE interbancaria: 002 010 07777777777 1', '002 010 07777777777 1'],
    ['acc# 12345678', '12345678'],
    ['acc 12345678', '12345678'],
    ['acct no. 12345678', '12345678'],
    ['a/c 12345678', '12345678'],
  ])('%s', (text, value) => {
    expect(ids(text)).toEqual([['ACCOUNT_NUMBER', value]]);
  });

  it('a sort code and the account number after it, each', () => {
    expect(ids('sort code 20-00-00, acc 12345678')).toEqual([['ACCOUNT_NUMBER', '20-00-00'], ['ACCOUNT_NUMBER', '12345678']]);
    expect(ids('BSB: 062000 acc 12345678')).toEqual([['ACCOUNT_NUMBER', '062000'], ['ACCOUNT_NUMBER', '12345678']]);
  });

  it('a CLABE without its label when its bank code is listed and its check digit holds', () => {
    expect(ids('send to 002010077777777771 please')).toEqual([['ACCOUNT_NUMBER', '002010077777777771']]);
    expect(ids('Transferir a 646180157000000004')).toEqual([['ACCOUNT_NUMBER', '646180157000000004']]);
    // Wrong check digit, an unlisted bank code, inside a path, after a thing's label. (After a
    // transfer verb any account number is one, checked or not: payments.ts, `send to 0020…772`.)
    for (const text of ['the 002010077777777772 batch', 'user 123456789012345678 joined', 'https://discord.com/channels/002010077777777771/1', 'order 002010077777777771', 'https://example.com/users/002010077777777771/posts']) {
      expect(ids(text), text).toEqual([]);
    }
  });

  it('a routing number without its label only after a word of banking, and when its ABA check holds', () => {
    expect(ids('wire it to bank 026009593 today')).toEqual([['ACCOUNT_NUMBER', '026009593']]);
    for (const text of ['id 021000021', 'ref 026009593', 'bank transfer ref 026009593', 'bank 123456789', 'routing 123456789', 'ABA 021000022', 'RTN: 131000021', 'call 021000021']) {
      expect(ids(text), text).toEqual([]);
    }
  });

  it('leaves other numbers after these words', () => {
    for (const text of ['sort code 2024 review', 'sort code by name', 'BSB 12345', 'sort code 20-00-00-00-00', 'routing table 10.0.0.0/8', 'CLABE 12345', 'accuracy 123456789', 'acc 1234 tickets', 'Sort code: 1234567']) {
      expect(ids(text), text).toEqual([]);
    }
  });

  it('checks the ABA 3-7-1 weights and the CLABE weighted check digit', async () => {
    const { abaValid, clabeValid } = await import('./internal/checks.js');
    expect(['021000021', '011000015', '026009593', '111000025', '322271627'].map(abaValid)).toEqual([true, true, true, true, true]);
    // A failing sum; a prefix no Federal Reserve district or thrift uses (13-20, 33-60, 73-79, 81-99).
    expect(['021000022', '123456789', '131000021', '501000018', '901000011', '02100002'].map(abaValid)).toEqual([false, false, false, false, false, false]);
    expect(['002010077777777771', '032180000118359719', '014027000005555558'].map(clabeValid)).toEqual([true, true, true]);
    expect(['002010077777777772', '123456789012345678', '00201007777777777'].map(clabeValid)).toEqual([false, false, false]);
  });

  it('under their member names', async () => {
    const out = (await redactArguments({ sort_code: '20-00-00', sortCode: '200000', bsb: '062-000', clabe: '002010077777777771', aba: '021000021', routing_number: '021000021', abaRoutingNumber: '011000015' })) as Record<string, string>;
    for (const [key, value] of Object.entries(out)) expect(value, key).toMatch(/^\[ACCOUNT_NUMBER:psn_/);
    // In text and under a key: one pseudonym.
    expect(out.aba).toBe(out.routing_number);
  });
});
