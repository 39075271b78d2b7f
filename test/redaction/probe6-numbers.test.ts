// Probe 6 of 2026-12-03 (a fresh attacker briefed with README.md and docs/ only, ~1,850 events):
// the exact failing inputs of the kinds cards, government ids, dates of birth and death, health
// ids and IPs (/tmp/probe6/findings.md), each through createAuditor + a file ledger in a session
// of its own, as the attacker stored them; then the ledger files are read and every planted value
// searched for, with the pseudonym markers and hex runs blanked first. Each failed before the
// fixes of branch fix-numbers3 (see the commit); the unit tests beside the detectors hold the
// variants and look-alikes.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor } from '@agent-audit/core';
import { fileLedger } from '../../packages/core/src/ledger/file-ledger.js';
import { storedJsonl, blankMachineValues } from './stored.js';

type Input = Record<string, unknown>;
const text = (input: string): Input => ({ type: 'message.user', content: { input } });
const call = (name: string, args: unknown): Input => ({ type: 'tool.call', tool: { name, arguments: args } });
const result = (name: string, value: unknown): Input => ({ type: 'tool.result', tool: { name, result: value } });

/** [case id, event, parts that must not be stored]. */
const CASES: Array<[string, Input, string[]]> = [
  // cards
  ['cases1#312', text('4111111111111111|12|2027|737'), ['|737', '4111111111111111']],
  ['cases1#314', text('4111\n1111\n1111\n1111'), ['1111\\n1111']],
  ['cases1#315', text('4111 1111\n1111 1111'), ['4111 1111']],
  ['cases1#329', call('pay', { emv: '5A084111111111111111' }), ['4111111111111111']],
  ['cases8#70', text('card no 4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 exp 12/27'), ['4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1']],
  ['cases8#71', text('card no 4111\t1111\t1111\t1111 exp 12/27'), ['4111\\t1111']],
  ['cases8#77', text('card no 5 5 5 5 5 5 5 5 5 5 5 5 4 4 4 4 exp 12/27'), ['5 5 5 5 5 5 5 5 5 5 5 5 4 4 4 4']],
  ['cases8#78', text('card no 5555\t5555\t5555\t4444 exp 12/27'), ['5555\\t5555']],
  ['cases8#84', text('card no 3 7 8 2 8 2 2 4 6 3 1 0 0 0 5 exp 12/27'), ['3 7 8 2 8 2 2 4 6 3 1 0 0 0 5']],
  ['cases8#85', text('card no 3782\t8224\t6310\t005 exp 12/27'), ['3782\\t8224']],
  ['cases8#91', text('card no 6 0 1 1 1 1 1 1 1 1 1 1 1 1 1 7 exp 12/27'), ['6 0 1 1 1 1 1 1 1 1 1 1 1 1 1 7']],
  ['cases8#92', text('card no 6011\t1111\t1111\t1117 exp 12/27'), ['6011\\t1111']],
  ['cases8#98', text('card no 3 5 6 6 0 0 2 0 2 0 3 6 0 5 0 5 exp 12/27'), ['3 5 6 6 0 0 2 0 2 0 3 6 0 5 0 5']],
  ['cases8#99', text('card no 3566\t0020\t2036\t0505 exp 12/27'), ['3566\\t0020']],
  ['cases8#101', text('card no 3622 7206 2716 67 exp 12/27'), ['3622 7206 2716 67']],
  ['cases8#102', text('card no 3622-7206-2716-67 exp 12/27'), ['3622-7206-2716-67']],
  ['cases8#103', text('card no 3622.7206.2716.67 exp 12/27'), ['3622.7206.2716.67']],
  ['cases8#104', text('card no 3622  7206  2716  67 exp 12/27'), ['3622  7206  2716  67']],
  ['cases8#105', text('card no 3 6 2 2 7 2 0 6 2 7 1 6 6 7 exp 12/27'), ['3 6 2 2 7 2 0 6 2 7 1 6 6 7']],
  ['cases8#106', text('card no 3622\t7206\t2716\t67 exp 12/27'), ['3622\\t7206']],
  ['cases8#107', text('card no 3622/7206/2716/67 exp 12/27'), ['3622/7206/2716/67']],
  ['cases8#112', text('card no 2 2 2 3 0 0 3 1 2 2 0 0 3 2 2 2 exp 12/27'), ['2 2 2 3 0 0 3 1 2 2 0 0 3 2 2 2']],
  ['cases8#113', text('card no 2223\t0031\t2200\t3222 exp 12/27'), ['2223\\t0031']],
  ['cases9#6', text('4111\t1111\t1111\t1111'), ['1111\\t1111']],
  ['cases9#7', text('Card: 4 1 1 1 - 1 1 1 1 - 1 1 1 1 - 1 1 1 1'), ['1 1 1 1 - 1']],
  // government ids
  ['cases2#6', text('S.S.N. 536228514'), ['536228514']],
  ['cases2#10', text('TIN 912-70-1234'), ['912-70-1234']],
  ['cases2#62', call('kyc', { tin: '536228514' }), ['536228514']],
  ['cases2#67', call('kyc', { document: { type: 'passport', number: '561234567' } }), ['561234567']],
  ['cases2#70', call('kyc', { nhs: '9434765919' }), ['9434765919']],
  ['cases2#84', text('MRZ: P<NZLHAVILI<<TEVITA<<<<<<<<<<<<<<<<<<<<<<<\nLA1234567<NZL8503125M3001017<<<<<<<<<<<<<<08'), ['HAVILI', 'LA1234567']],
  ['cases5#254', result('ocr', { mrz: ['P<NZLHAVILI<<TEVITA<<<<<<<<<<<<<<<<<<<<<<<<<', 'LA12345675NZL8503127M3001019<<<<<<<<<<<<<<00'] }), ['HAVILI']],
  // dates of birth and death
  ['cases2#87', text('d/o/b 1984-03-12'), ['1984-03-12']],
  ['cases2#100', text('Mr Havili (41y, b. 1984-03-12)'), ['1984-03-12']],
  ['cases2#104', text('b.d. 1984/03/12'), ['1984/03/12']],
  ['cases2#105', text('Tevita Havili (*12.03.1984)'), ['12.03.1984']],
  ['cases2#109', call('ehr', { birth: '1984-03-12' }), ['1984-03-12']],
  ['cases2#110', call('ehr', { date_of_birth_str: '12/03/1984' }), ['12/03/1984']],
  ['cases2#115', call('ehr', { birthDateTime: '1984-03-12T04:30:00Z' }), ['1984-03-12']],
  ['cases2#116', result('fhir.read', { resourceType: 'Patient', birthDate: '1984-03-12', deceasedDateTime: '2024-01-05T10:00:00Z' }), ['2024-01-05']],
  ['cases5#235', text('b. 12/03/1984'), ['12/03/1984']],
  ['cases5#236', text('b: 1984-03-12'), ['1984-03-12']],
  ['cases5#237', text('DOB12031984'), ['12031984']],
  ['cases5#238', text('birth 1984-03-12'), ['1984-03-12']],
  ['cases5#239', text('DoD 2024-01-05'), ['2024-01-05']],
  ['cases5#240', text('date of death: 05/01/2024'), ['05/01/2024']],
  ['cases5#241', text('died on 5 January 2024'), ['5 January 2024']],
  ['cases5#243', text('41 y/o, DOB Mar-12-1984'), ['Mar-12-1984']],
  ['cases5#247', call('ehr', { bdate: '1984-03-12' }), ['1984-03-12']],
  ['cases5#248', call('ehr', { dateOfDeath: '2024-01-05' }), ['2024-01-05']],
  ['cases5#249', call('ehr', { deathDate: '2024-01-05' }), ['2024-01-05']],
  // health ids
  ['cases2#121', text('MRN00482913'), ['00482913']],
  ['cases2#122', text('Med Rec #: 482913'), ['482913']],
  ['cases2#123', text('med. rec. no. 482913'), ['482913']],
  ['cases2#125', text('pt id 482913'), ['482913']],
  ['cases2#142', text('IHI 8003 6012 3456 7890'), ['3456 7890']],
  ['cases2#143', text('CHI 1203841234'), ['1203841234']],
  ['cases2#147', call('ehr', { medical_record: '00482913' }), ['00482913']],
  ['cases2#152', call('ehr', { patientRef: 'Patient/00482913' }), ['00482913']],
  ['cases2#156', result('ehr', 'GET /fhir/Patient/00482913/$everything 200'), ['00482913']],
  ['cases5#205', text('mrn00482913'), ['00482913']],
  ['cases5#207', text('URN 00482913'), ['00482913']],
  ['cases5#208', text('UR number 00482913'), ['00482913']],
  ['cases5#209', text('hosp # 00482913'), ['00482913']],
  ['cases5#210', text('Pt #00482913'), ['00482913']],
  ['cases5#218', call('ehr', { patient_ref: '00482913' }), ['00482913']],
  ['cases5#219', call('ehr', { subject: 'Patient/00482913' }), ['00482913']],
  ['cases5#222', call('ehr', { medicaid: '123456789A' }), ['123456789A']],
  ['cases5#225', call('ehr', { ohip: '1234567890' }), ['1234567890']],
  ['cases5#226', call('ehr', { nhi: 'ZZZ0016' }), ['ZZZ0016']],
  ['cases5#233', result('fhir', { resourceType: 'Patient', deceasedDateTime: '2024-01-05', telecom: [{ system: 'email', value: 'a@b.org' }, { system: 'phone', value: '0412345678' }] }), ['2024-01-05']],
  ['brief: FHIR Patient resource', result('fhir', { resource: { resourceType: 'Patient', id: '00482913' } }), ['00482913']],
  ['brief: typed patient', result('crm', { resource: { type: 'patient', id: '00482913' } }), ['00482913']],
  ['brief: reference', result('fhir', { subject: { reference: 'Patient/123' } }), ['Patient/123']],
  // IPs
  ['cases2#164', text('host ip-203-0-113-57.ec2.internal'), ['203-0-113-57']],
  ['cases2#165', text('resolved 203-0-113-57.static.isp.net'), ['203-0-113-57']],
  ['brief: ec2 public name', text('ec2-203-0-113-57.compute-1.amazonaws.com'), ['203-0-113-57']],
  ['cases2#176', call('net', { client_ip: 3405803833 }), ['3405803833']],
];

/** Look-alikes that must be stored as they are. */
const KEPT: Array<[string, Input, string]> = [
  ['another resource', result('fhir', { reference: 'Observation/123', resource: { resourceType: 'Observation', id: '998877' } }), 'Observation/123'],
  ['another resource id', result('fhir', { resource: { resourceType: 'Observation', id: '998877' } }), '998877'],
  ['a file name', text('release-10-2-3-4.zip'), 'release-10-2-3-4.zip'],
  ['a Luhn-failing tab row', text('4111\t1111\t1111\t1112'), '4111\\t1111\\t1111\\t1112'],
  ['a plain date', text('deadline 2024-01-05'), '2024-01-05'],
  ['a count', call('stats', { count: 3405803833 }), '3405803833'],
  ['a birth place', call('ehr', { birth: 'Auckland' }), 'Auckland'],
];

/** A stored line with the pseudonym markers and hex runs blanked (a random pseudonym or digest may hold any short string). */
const blanked = (raw: string): string => blankMachineValues(raw).replace(/\[[A-Z_]+:psn_\w+\]/g, '[]').replace(/[0-9a-f]{32,}/g, '#');

describe('probe 6 (numbers): the failing inputs through createAuditor + a file ledger', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-probe6-numbers-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('store none of the planted values, each in a session of its own, and keep the look-alikes', async () => {
    const dir = path.join(root, 'ledger');
    const errors: unknown[] = [];
    const auditor = createAuditor({ agent: { id: 'probe6' }, sink: fileLedger({ dir }), redactor: createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]) }), onError: (e) => errors.push(e) });
    const all = [...CASES.map(([id, input]) => [id, input] as const), ...KEPT.map(([id, input]) => [id, input] as const)];
    all.forEach(([id, input], index) => {
      auditor.run({ session: `zq${index}x`, actor: { id: 'u1', type: 'user' } }, () => {
        auditor.record({ ...(input as object), attrs: { caseno: id } } as never);
      });
    });
    await auditor.flush();
    await auditor.close();
    expect(errors).toEqual([]);
    const lines = storedJsonl(dir).split('\n').filter(Boolean);
    const lineOf = (id: string): string => {
      const line = lines.find((candidate) => (JSON.parse(candidate) as { attrs?: { caseno?: string } }).attrs?.caseno === id);
      expect(line, id).toBeDefined();
      return line as string;
    };
    for (const [id, , parts] of CASES) {
      const stored = blanked(lineOf(id));
      for (const part of parts) expect(stored, `${id}: ${part}`).not.toContain(part);
    }
    for (const [id, , kept] of KEPT) expect(lineOf(id), id).toContain(kept);
  });
});
