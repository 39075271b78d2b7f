// HL7 CDA R2 / v3 and FHIR XML values placed by their markup (a fresh README-only probe of
// 2026-12-04, H10: `<id root="2.16.840.1.113883.4.1" extension="…"/>` and a `<family>` given alone
// were stored raw). The inputs here are other spellings of that kind than the probe's.
import { describe, expect, it } from 'vitest';
import { createKeyring } from './keys.js';
import { createRedactor } from './redactor.js';
import { identifierSystemKind, kindOfOid, valueKindOf } from './identifiers.js';
import type { RedactionResult } from '../spec/redactor.js';
import type { UnsealedEvent } from '../spec/event.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) });
const redact = (result: unknown): unknown =>
  (redactor.redact({ v: 1, id: '01JTESTCDA00000000000000000', ts: '2026-12-04T12:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', agent: { id: 'a' }, tool: { name: 'ehr_read', result } } as unknown as UnsealedEvent, { capture: {} }) as RedactionResult).event.tool?.result;
const text = (xml: string): string => redact(xml) as string;

describe('kindOfOid: one table of identifier schemes for CDA roots and FHIR urn:oid systems', () => {
  it('names the schemes of the HL7 OID registry, states and countries below their arcs', () => {
    expect(kindOfOid('2.16.840.1.113883.4.1')?.type).toBe('NATIONAL_ID');
    expect(kindOfOid('2.16.840.1.113883.4.3.25')?.type).toBe('DRIVER_LICENSE');
    expect(kindOfOid('2.16.840.1.113883.4.330.826')?.type).toBe('PASSPORT');
    expect(kindOfOid('2.16.840.1.113883.4.6')?.type).toBe('LICENSE_NUMBER');
    expect(kindOfOid('1.2.208.176.1.2')?.type).toBe('NATIONAL_ID');
    expect(kindOfOid('2.16.840.1.113883.4.927')?.type).toBe('HEALTH_PLAN_ID');
    for (const other of ['2.16.840.1.113883.19.5', '2.16.840.1.113883.6.1', '2.16.840.1.113883.4.3.x', '2.16.840.1.113883.4.11', '2.16.840.1.113883.4.1.9', `2.16.840.1.113883.4.3.${'1'.repeat(70)}`]) expect(kindOfOid(other), other).toBeUndefined();
  });
  it('is what a FHIR Identifier system as urn:oid names, and the FHIR sid of the same scheme names the same', () => {
    expect(identifierSystemKind('urn:oid:2.16.840.1.113883.4.330.276')?.type).toBe('PASSPORT');
    expect(identifierSystemKind('urn:oid:2.16.840.1.113883.4.6')).toEqual(identifierSystemKind('http://hl7.org/fhir/sid/us-npi'));
    expect(identifierSystemKind('urn:oid:2.16.840.1.113883.4.1')).toEqual(identifierSystemKind('http://hl7.org/fhir/sid/us-ssn'));
    expect(valueKindOf({ system: 'urn:oid:1.2.250.1.213.1.4.8', value: '184037511542317' }, ['system', 'value'])).toMatchObject({ type: 'NATIONAL_ID' });
  });
});

describe('a CDA instance identifier whose root names its scheme', () => {
  it('masks the extension by its root, attributes in any order and quoting, namespaced or not', () => {
    const out = text(`<hl7:id assigningAuthorityName="SSA" extension='412673390' root='2.16.840.1.113883.4.1'/>`);
    expect(out).not.toContain('412673390');
    expect(out).toMatch(/extension='\[NATIONAL_ID:psn_/);
    expect(text('<id root="2.16.840.1.113883.4.330.826" extension="925665416"></id>')).toMatch(/extension="\[PASSPORT:psn_/);
    expect(text('<id extension="D1234-5678-90" root="2.16.840.1.113883.4.3.36"/>')).toMatch(/extension="\[DRIVER_LICENSE:psn_/);
    expect(text('<id root="2.16.840.1.113883.2.4.6.3" extension="111222333"/>')).toMatch(/\[NATIONAL_ID:psn_/);
    expect(text('<id root="2.16.840.1.113883.2.1.4.1" extension="943 476 5919"/>')).toMatch(/extension="\[NATIONAL_ID:psn_[^"]*\]"/);
    expect(text('<id root="1.2.208.176.1.2" extension="0707614285"/>')).toMatch(/\[NATIONAL_ID:psn_/);
    expect(text('<assignedAuthor><id root="2.16.840.1.113883.4.6" extension="1234567893"/></assignedAuthor>')).toMatch(/\[LICENSE_NUMBER:psn_/);
  });
  it('the same SSN under its root and in a FHIR identifier with that scheme gets one pseudonym', () => {
    const cda = text('<id root="2.16.840.1.113883.4.1" extension="412673390"/>');
    const fhir = redact({ identifier: [{ system: 'http://hl7.org/fhir/sid/us-ssn', value: '412673390' }] }) as { identifier: Array<{ value: string }> };
    expect(cda).toContain(fhir.identifier[0]?.value);
  });
  it('a patientRole id with a root of its own is the patient’s record number', () => {
    const out = text('<recordTarget><patientRole><id root="1.3.6.1.4.1.22812.3.99" extension="00558177"/><addr/></patientRole></recordTarget>');
    expect(out).not.toContain('00558177');
    expect(out).toMatch(/\[MRN:psn_/);
  });
  it('keeps ids of orders, documents and templates, codes, and an id without an extension', () => {
    for (const xml of [
      '<inFulfillmentOf><order><id root="2.16.840.1.113883.19.5" extension="ORD-4471"/></order></inFulfillmentOf>',
      '<ClinicalDocument><id root="2.16.840.1.113883.19.5.99999.1" extension="TT988"/><templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/></ClinicalDocument>',
      '<code code="8480-6" codeSystem="2.16.840.1.113883.6.1" displayName="Systolic blood pressure"/>',
      '<id root="2.16.840.1.113883.4.1" nullFlavor="UNK"/>',
      '<id root="2.16.840.1.113883.4.1" extension=""/>',
    ]) expect(text(xml), xml).toBe(xml);
  });
});

describe('a person name’s parts in CDA and FHIR XML', () => {
  it('masks a family name given alone, under a guardian, a related person and bare', () => {
    const guardian = text('<guardian><guardianPerson><name><family>Qxarsk</family></name></guardianPerson></guardian>');
    expect(guardian).not.toContain('Qxarsk');
    expect(text('<informant><relatedEntity classCode="PRS"><relatedPerson><name><given>Wenlix</given></name></relatedPerson></relatedEntity></informant>')).not.toContain('Wenlix');
    expect(text('<name><family>Dorvane</family></name>')).not.toContain('Dorvane');
    expect(text('<assignedPerson><name>Tolvek Marrish</name></assignedPerson>')).not.toContain('Marrish');
    expect(text('<patient><name><prefix qualifier="VV">van der</prefix><family>Brakel</family></name></patient>')).not.toMatch(/van der|Brakel/);
    expect(text('<Patient><name><family value="Qxarsk"/></name></Patient>')).not.toContain('Qxarsk');
  });
  it('masks a FHIR XML identifier whose system names its scheme', () => {
    const out = text('<identifier><system value="urn:oid:2.16.840.1.113883.4.1"/><value value="412673390"/></identifier>');
    expect(out).not.toContain('412673390');
  });
  it('keeps the names of organizations and places, and a font’s family', () => {
    for (const xml of [
      '<representedOrganization><name>Harbourview Clinic</name></representedOrganization>',
      '<manufacturerOrganization><name>Acme Devices</name></manufacturerOrganization>',
      '<location><healthCareFacility><location><name>Ward Seven</name></location></healthCareFacility></location>',
      '<fonts><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>',
      '<representedOrganization><name><prefix>The</prefix></name></representedOrganization>',
    ]) expect(text(xml), xml).toBe(xml);
  });
});
