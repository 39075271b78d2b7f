// In-process tests of hl7.ts and identifiers.ts written from the survivors of a Stryker run
// (docs/TESTING.md, the hl7.ts / identifiers.ts row): each pins one decision of the detectors
// directly, with no redactor, so a mutant is killed in milliseconds.
import { describe, expect, it } from 'vitest';
import { detectHl7 } from './hl7.js';
import { isAwsAccountId, isAwsObject, isWhatsAppObject, isWhatsAppPhoneMember, valueKindOf } from './identifiers.js';
import type { Detection } from './types.js';

const spans = (text: string): Array<[string, string]> => {
  const found: Detection[] = [];
  detectHl7(text, found);
  return found.map((d) => [text.slice(d.start, d.end), d.type]);
};
const kind = (object: Record<string, unknown>) => {
  const found = valueKindOf(object, Object.keys(object));
  return typeof found === 'object' ? found.type : found;
};

describe('identifiers.ts: FHIR Identifier and ContactPoint', () => {
  it('names the kind by the type code, then the system, else IDENTIFIER', () => {
    const typed = (code: string) => ({ type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code }] }, value: 'X1' });
    expect(kind(typed('MR'))).toBe('MRN');
    expect(kind(typed('SS'))).toBe('NATIONAL_ID');
    expect(kind(typed('NNNLD'))).toBe('NATIONAL_ID');
    expect(kind(typed('NNX'))).toBe('IDENTIFIER');
    expect(kind(typed('PPN'))).toBe('PASSPORT');
    expect(kind(typed('DL'))).toBe('DRIVER_LICENSE');
    expect(kind(typed('MB'))).toBe('HEALTH_PLAN_ID');
    expect(kind(typed('AN'))).toBe('ACCOUNT_NUMBER');
    expect(kind(typed('ZZ'))).toBe('IDENTIFIER');
    // The first string code of the codings, past entries without one.
    expect(kind({ type: { coding: [null, { display: 'x' }, { code: 'MR' }, { code: 'SS' }] }, value: 'X1' })).toBe('MRN');
    // A type code decides before the system.
    expect(kind({ type: { coding: [{ code: 'PPN' }] }, system: 'http://hospital.org/mrn', value: 'X1' })).toBe('PASSPORT');
    // An unknown code falls back to the system.
    expect(kind({ type: { coding: [{ code: 'ZZ' }] }, system: 'http://hospital.org/mrn', value: 'X1' })).toBe('MRN');
    expect(kind({ type: { text: 'Badge' }, value: 'X1' })).toBe('IDENTIFIER');
  });
  it('reads the system URI', () => {
    const sys = (system: string) => kind({ system, value: '123' });
    expect(sys('http://hospital.org/MRN')).toBe('MRN');
    expect(sys('urn:x:patient-id')).toBe('MRN');
    expect(sys('http://hl7.org/fhir/sid/us-ssn')).toBe('NATIONAL_ID');
    expect(sys('urn:oid:2.16.840.1.113883.2.4.6.3')).toBe('NATIONAL_ID');
    expect(sys('https://x.org/passport')).toBe('PASSPORT');
    // The NPI as its OID (urn:oid:2.16.840.1.113883.4.6) and the `npi` key name it: a licence-like number.
    expect(sys('http://hl7.org/fhir/sid/us-npi')).toBe('LICENSE_NUMBER');
    expect(sys('oid:1.2.3/member')).toBe('HEALTH_PLAN_ID');
    expect(sys('http://x.org/medicalrecord')).toBe('MRN');
    expect(sys('urn:x:medical-record')).toBe('MRN');
    expect(sys('http://x.org/patientid')).toBe('MRN');
    expect(sys('http://x.org/license')).toBe('DRIVER_LICENSE');
    expect(sys('http://example.org/ids')).toBe('IDENTIFIER');
    expect(sys('HTTP://EXAMPLE.ORG/IDS')).toBe('IDENTIFIER');
  });
  it('is no Identifier: no URI system and no type, another member, more than 9 members, a value that is no string or number', () => {
    expect(kind({ system: 'linux', value: 'x' })).toBeUndefined();
    expect(kind({ system: 'ftp://x.org/ids', value: 'x' })).toBeUndefined();
    expect(kind({ system: 'http://x.org', value: 'x', unit: 'kg' })).toBeUndefined();
    expect(kind({ system: 'http://x.org', value: { a: 1 } })).toBeUndefined();
    expect(kind({ system: 'http://x.org', value: null })).toBeUndefined();
    expect(kind({ system: 'http://x.org', value: 12345 })).toBe('IDENTIFIER');
    expect(kind({ system: 'http://x.org', value: 'x', _value: {} })).toBe('IDENTIFIER');
    expect(kind({ type: [{ coding: [] }], value: 'x' })).toBeUndefined();
    expect(kind({ type: null, value: 'x' })).toBeUndefined();
    // A URI system beside a type that is no object: the type says nothing (no coding read from it).
    expect(kind({ system: 'http://x.org', type: null, value: 'x' })).toBe('IDENTIFIER');
    expect(kind({ system: 'http://x.org', type: 'MR', value: 'x' })).toBe('IDENTIFIER');
    expect(kind({ system: 'http://x.org', type: [{ coding: [{ code: 'MR' }] }], value: 'x' })).toBe('IDENTIFIER');
    expect(kind({ system: 'http://x.org', type: { coding: [null, 7, { code: 3 }, { code: 'PPN' }] }, value: 'x' })).toBe('PASSPORT');
    expect(kind({ type: { coding: [{ code: 'XNNNLD' }] }, value: 'x' })).toBe('IDENTIFIER');
    expect(kind({ type: { coding: [{ code: 'NNNLDX' }] }, value: 'x' })).toBe('IDENTIFIER');
    expect(kind({ system: 'x:http://x.org', value: 'x' })).toBeUndefined();
    expect(kind({ type: { coding: 'MR' }, value: 'x' })).toBeUndefined();
    const many = { system: 'http://x.org', value: 'x', use: 'a', type: { text: 't' }, period: {}, assigner: {}, id: '1', extension: [], _system: {}, _use: {} };
    expect(valueKindOf(many, Object.keys(many))).toBeUndefined();
    const nine = { system: 'http://x.org', value: 'x', use: 'a', type: { text: 't' }, period: {}, assigner: {}, id: '1', extension: [], _system: {} };
    expect(kind(nine)).toBe('IDENTIFIER');
  });
  it('a ContactPoint of phone, fax, sms or pager is a phone; of url or email no', () => {
    for (const system of ['phone', 'FAX', 'sms', 'pager']) expect(kind({ system, value: '+44 20 7946 0958', use: 'home', rank: 1 })).toBe('PHONE');
    expect(kind({ system: 'phones', value: '1' })).toBeUndefined();
    expect(kind({ system: 'cellphone', value: '1' })).toBeUndefined();
    expect(kind({ system: 7, value: '1' })).toBeUndefined();
    // A system that is no string, whatever it prints as, is neither a ContactPoint's nor a URI.
    expect(kind({ system: ['phone'], value: '1' })).toBeUndefined();
    expect(kind({ system: ['http://x.org/mrn'], value: '1' })).toBeUndefined();
    expect(kind({ system: 'url', value: 'https://x.org' })).toBeUndefined();
    expect(kind({ system: 'phone', value: '1', label: 'x' })).toBeUndefined();
    expect(kind({ system: 'phone', value: '1', _value: {} })).toBe('PHONE');
  });
  it('WhatsApp objects: a phone member and one of wa_id, messaging_product whatsapp, a wamid id', () => {
    const is = (object: Record<string, unknown>) => isWhatsAppObject(object, Object.keys(object));
    expect(is({ from: '44', wa_id: '44' })).toBe(true);
    expect(is({ to: '44', messaging_product: 'whatsapp' })).toBe(true);
    expect(is({ recipient_id: '44', id: 'wamid.X' })).toBe(true);
    expect(is({ from: '44', id: 'msg.X' })).toBe(false);
    expect(is({ from: '44', id: 7 })).toBe(false);
    expect(is({ from: '44', messaging_product: 'sms' })).toBe(false);
    expect(is({ wa_id: '44', messaging_product: 'whatsapp' })).toBe(false);
    expect(isWhatsAppPhoneMember('from') && isWhatsAppPhoneMember('recipient_id') && !isWhatsAppPhoneMember('wa_id')).toBe(true);
  });
  it('AWS objects and account ids', () => {
    const aws = (object: Record<string, unknown>) => isAwsObject(object, Object.keys(object));
    expect(aws({ Account: '1', Arn: 'x' })).toBe(true);
    expect(aws({ account: '1', region: 'x' })).toBe(true);
    expect(aws({ account: '1', AwsRegion: 'x' })).toBe(true);
    expect(aws({ account: '1', policy: 'arn:aws:iam::aws:policy/X' })).toBe(true);
    expect(aws({ account: '1', policy: 'arn:aws-us-gov:iam::1:role/X' })).toBe(true);
    expect(aws({ account: '1', policy: 'see arn:aws:iam' })).toBe(false);
    expect(aws({ account: '1', policy: 'arn:azure:x' })).toBe(false);
    expect(aws({ account: '1', regions: 'x', arns: 'y', n: 3 })).toBe(false);
    expect(aws({ account: '1', policy: ['arn:aws:iam::1:role/X'] })).toBe(false);
    expect(isAwsAccountId(['123456789012'])).toBe(false);
    expect(isAwsAccountId('12345678901a')).toBe(false);
    expect(isAwsAccountId('123456789012')).toBe(true);
    expect(isAwsAccountId('1234567890123')).toBe(false);
    expect(isAwsAccountId(' 123456789012')).toBe(false);
    expect(isAwsAccountId(123456789012)).toBe(true);
    expect(isAwsAccountId(100000000000)).toBe(true);
    expect(isAwsAccountId(99999999999)).toBe(false);
    expect(isAwsAccountId(999999999999)).toBe(true);
    expect(isAwsAccountId(1000000000000)).toBe(false);
    expect(isAwsAccountId(123456789012.5)).toBe(false);
  });
});

describe('hl7.ts: segments, fields and components', () => {
  it('masks by kind and component, keeps the rest', () => {
    expect(spans('MSH|^~\\&|A\rPID|1|P2|ID3^^^H^MR|ALT4|FAM^GIV^MID^SUF^DR|MOM^X|19840312|F|ALIAS||1 MAIN ST^APT 2^CITY^ST^12345^USA^H^^COUNTY|CNTY|^PRN^PH^me@x.org^44^20^7946^12^^^^0207946|WORK||||ACCT|SSN1|DL1^ST')).toEqual([
      ['P2', 'MRN'], ['ID3', 'MRN'], ['ALT4', 'MRN'], ['FAM', 'PERSON'], ['GIV', 'PERSON'], ['MID', 'PERSON'], ['MOM', 'PERSON'], ['X', 'PERSON'],
      ['19840312', 'DOB'], ['ALIAS', 'PERSON'], ['1 MAIN ST', 'ADDRESS'], ['APT 2', 'ADDRESS'], ['CITY', 'ADDRESS'], ['12345', 'ADDRESS'], ['COUNTY', 'ADDRESS'], ['CNTY', 'ADDRESS'],
      ['me@x.org', 'PHONE'], ['20', 'PHONE'], ['7946', 'PHONE'], ['12', 'PHONE'], ['0207946', 'PHONE'], ['WORK', 'PHONE'], ['ACCT', 'ACCOUNT_NUMBER'], ['SSN1', 'SSN'], ['DL1', 'LICENSE_NUMBER'],
    ]);
  });
  it('trims blanks inside a component, skips empty ones and HL7 nulls, splits repetitions', () => {
    expect(spans('MSH|^~\\&|A\nPID|1||  A1  ^^^H~""~B2^^^H||  ^GIV')).toEqual([['A1', 'MRN'], ['B2', 'MRN'], ['GIV', 'PERSON']]);
    expect(spans('MSH|^~\\&|A\nPID|1||"x"~"""~A"~"A')).toEqual([['"x"', 'MRN'], ['"""', 'MRN'], ['A"', 'MRN'], ['"A', 'MRN']]);
  });
  it('a doctor: the ID as PROVIDER_ID, the name as PERSON, title and degree kept', () => {
    expect(spans('MSH|^~\\&|A\nPV1|1|I|W||||123^SMITH^JOHN^Q^JR^DR')).toEqual([['123', 'PROVIDER_ID'], ['SMITH', 'PERSON'], ['JOHN', 'PERSON'], ['Q', 'PERSON']]);
  });
  it('segment lines: three characters, a letter first, then the field separator; CR, LF or both between them', () => {
    expect(spans('MSH|^~\\&|A\r\nPID|1||A1^^^H\r\n\r\nNK1|1|FAM^GIV')).toEqual([['A1', 'MRN'], ['FAM', 'PERSON'], ['GIV', 'PERSON']]);
    expect(spans('MSH|^~\\&|A\npid|1||A1^^^H')).toEqual([]);
    expect(spans('MSH|^~\\&|A\n1ID|1||A1^^^H')).toEqual([]);
    expect(spans('MSH|^~\\&|A\nPID-1||A1^^^H')).toEqual([]);
    expect(spans('MSH|^~\\&|A\nPID|')).toEqual([]);
    expect(spans('MSH|^~\\&|A\nPID|1')).toEqual([]);
  });
  it('the Set ID: digits or blanks before the first field separator, for PID, NK1, GT1, IN1, PV1 (not IN2, MRG)', () => {
    expect(spans('MSH|^~\\&|A\nPID| 1 ||A1^^^H')).toEqual([['A1', 'MRN']]);
    expect(spans('MSH|^~\\&|A\nPID|1a||A1^^^H')).toEqual([]);
    expect(spans('MSH|^~\\&|A\nPID|0||A1^^^H')).toEqual([['A1', 'MRN']]);
    expect(spans('MSH|^~\\&|A\nPID|9||A1^^^H')).toEqual([['A1', 'MRN']]);
    expect(spans('MSH|^~\\&|A\nPID|/||A1^^^H')).toEqual([]);
    expect(spans('MSH|^~\\&|A\nPID|:||A1^^^H')).toEqual([]);
    expect(spans('MSH|^~\\&|A\nNK1|x|FAM^GIV')).toEqual([]);
    expect(spans('MSH|^~\\&|A\nIN2|E1|S2')).toEqual([['E1', 'MRN'], ['S2', 'SSN']]);
    expect(spans('MSH|^~\\&|A\nMRG|P1^^^H')).toEqual([['P1', 'MRN']]);
  });
  it('separators from MSH-1 and MSH-2 (field, component, repetition)', () => {
    expect(spans('MSH#$%\\&#A\nPID#1##A1$$$H%B2$$$H##FAM$GIV')).toEqual([['A1', 'MRN'], ['B2', 'MRN'], ['FAM', 'PERSON'], ['GIV', 'PERSON']]);
    expect(spans('x\nMSH|^~\\&|A\nPID|1||A1^^^H')).toEqual([['A1', 'MRN']]);
  });
  it('without an MSH: one segment must show an HL7 field; then all segments are read', () => {
    // CX: ID, two empty components, an authority.
    expect(spans('PID|1||A1^^^H')).toEqual([['A1', 'MRN']]);
    expect(spans('PID|1||A1^^^')).toEqual([]);
    expect(spans('PID|1||A1^^H^MR')).toEqual([]);
    expect(spans('PID|1||^^^H^MR|x^y')).toEqual([]);
    expect(spans('PID|1||x~A1^^^H')).toEqual([['x', 'MRN'], ['A1', 'MRN']]);
    expect(spans('MRG|P1^^^H')).toEqual([['P1', 'MRN']]);
    expect(spans('MRG|||||||FAM^GIV^^^^^L')).toEqual([['FAM', 'PERSON'], ['GIV', 'PERSON']]);
    // The account kind takes the CX shape too.
    expect(spans('MRG|||A1^^^H')).toEqual([['A1', 'ACCOUNT_NUMBER']]);
    // A DT/DTM date in a date field only (a `^` elsewhere: a text without one is never read).
    const dob = (date: string) => spans(`PID|1||||Doe^Jane||${date}`);
    expect(dob('19840312')).toEqual([['Doe', 'PERSON'], ['Jane', 'PERSON'], ['19840312', 'DOB']]);
    expect(dob('1984031212')).toHaveLength(3);
    expect(dob('19840312123456.1234-0500')).toHaveLength(3);
    expect(dob('20991231')).toHaveLength(3);
    expect(dob('18000101')).toHaveLength(3);
    for (const bad of ['17840312', '21840312', '19841312', '19840012', '19840332', '19840300', '198403121', '1984031212345678', '19840312.1', '19840312+05', 'x19840312', '19840312x']) expect(dob(bad), bad).toEqual([]);
    expect(spans('PID|1||||Doe^Jane|19840312')).toEqual([]);
    expect(spans('GT1|1||Doe^Jane|||||20240229')).toEqual([['Doe', 'PERSON'], ['Jane', 'PERSON'], ['20240229', 'DOB']]);
    expect(spans('PID|1||||Doe^Jane||x~19840312')).toHaveLength(4);
    // An XPN in capitals in a name field.
    expect(spans('NK1|1|OKAFOR^CHIDI')).toEqual([['OKAFOR', 'PERSON'], ['CHIDI', 'PERSON']]);
    expect(spans('NK1|1|VAN&DER&BERG^ANNA^M')).toEqual([['VAN&DER&BERG', 'PERSON'], ['ANNA', 'PERSON'], ['M', 'PERSON']]);
    expect(spans("NK1|1|O'NEIL-SMITH^MARY ANN")).toEqual([["O'NEIL-SMITH", 'PERSON'], ['MARY ANN', 'PERSON']]);
    expect(spans('NK1|1|Okafor^Chidi')).toEqual([]);
    expect(spans('NK1|1|OKAFOR^chidi')).toEqual([]);
    expect(spans('NK1|1|OKAFOR^')).toEqual([]);
    expect(spans('NK1|1|OKAFOR1^CHIDI')).toEqual([]);
    expect(spans('NK1|1|^CHIDI')).toEqual([]);
    expect(spans('NK1|1||OKAFOR^CHIDI')).toEqual([]);
    // An XCN with a numeric ID in a doctor's field.
    expect(spans('PV1|1|I|||||123^Smith')).toEqual([['123', 'PROVIDER_ID'], ['Smith', 'PERSON']]);
    expect(spans('PV1|1|I|||||123^Smith^John')).toEqual([['123', 'PROVIDER_ID'], ['Smith', 'PERSON'], ['John', 'PERSON']]);
    expect(spans('PV1|1|I|||||12^Smith')).toEqual([]);
    expect(spans('PV1|1|I|||||123^smith1')).toEqual([]);
    expect(spans('PV1|1|I|||||a123^Smith')).toEqual([]);
    expect(spans('PV1|1|I|||||D1^^^H')).toEqual([['D1', 'PROVIDER_ID'], ['H', 'PERSON']]);
    expect(spans(`PV1|1|I${'|'.repeat(17)}V1^^^H`)).toEqual([['V1', 'MRN']]);
    // The Set ID rule holds for the evidence too: a segment that is none gives none.
    expect(spans('PID|x||A1^^^H')).toEqual([]);
    expect(spans('PID|x||A1^^^H\nNK1|1|backup^node')).toEqual([]);
    // Without a `^` in the text, not even a date makes it HL7 (a pipe log with a date).
    expect(spans('PID|1||||||19840312')).toEqual([]);
    // Any segment of the text gives the evidence; each segment is then read.
    expect(spans('NK1|1|backup^node\nPID|1||A1^^^H')).toEqual([['backup', 'PERSON'], ['node', 'PERSON'], ['A1', 'MRN']]);
    expect(spans('NK1|1|backup^node\nPID|1||A1^^H')).toEqual([]);
    // A field of no identifier kind gives no evidence.
    expect(spans('PID|1||||Doe^Jane|||19840312')).toEqual([]);
    expect(spans('PID|1||||||||||A1^^^H')).toEqual([]);
  });
});
