// Values named by markup rather than by their own key (the fourth README-only probe of 2026-12-04;
// test/redaction/probe-2026-12-04d.cases.md): J1, a value named by an XML attribute or a sibling
// element (SAML Attribute Name/FriendlyName with AttributeValue, `<field name>`, `<param name
// value>`, `<entry key>`, `<key>…</key><value>`, plist `<key>…</key><string>`) was stored raw.
// Inputs of the same kinds as the probe's, held back (other names, values and spellings), and
// look-alikes that must stay. J12, an LDAP distinguished name's `cn` (LDIF `dn:`, `memberOf`), and
// J19, a PDF form's FDF `/T (name) /V (value)` pair, J10, OFX statement fields (`NAME`, `ACCTID`,
// closed or not) and J23's XML part (ACORD `LicensePermitNumber`) were stored raw too. The redacted
// strings are checked directly.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '@agent-audit/core';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(5)]) });

function redacted(text: string): string {
  const result = redactor.redact({ v: 1, id: 'e', seq: 0, ts: '2026-12-04T00:00:00Z', stream: 's', type: 'model.response', agent: { id: 'a' }, source: 's', outcome: 'success', content: { output: text } } as never, { capture: {} } as never) as { event: { content: { output: string } } };
  return result.event.content.output;
}

/** [text, the values that must not be stored, the token type each is stored as]. */
const LEAKS: Array<[string, string[], string]> = [
  ['<saml2:Attribute Name="http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname"><saml2:AttributeValue xsi:type="xs:string">Qxaro</saml2:AttributeValue></saml2:Attribute>', ['Qxaro'], 'PERSON'],
  ['<Attribute Name="urn:oid:2.5.4.42" FriendlyName="givenName" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri">\n  <AttributeValue>Wenlix</AttributeValue>\n</Attribute>', ['Wenlix'], 'PERSON'],
  ['<saml:Attribute Name="birthdate"><saml:AttributeValue>1984-03-12</saml:AttributeValue></saml:Attribute>', ['1984-03-12'], 'DOB'],
  ['<Attribute Name="custom:ssn"><AttributeValue>536228514</AttributeValue></Attribute>', ['536228514'], 'SSN'],
  ['<Attribute Name="familyName"><AttributeValue>Kestrav</AttributeValue><AttributeValue>Tholvenk</AttributeValue></Attribute>', ['Kestrav', 'Tholvenk'], 'PERSON'],
  ['<field name="family_name">Kestrav</field>', ['Kestrav'], 'PERSON'],
  ['<param name="dateOfBirth" value="1984-03-12"/>', ['1984-03-12'], 'DOB'],
  ["<property name='customer.lastName' value='Tholvenk'/>", ['Tholvenk'], 'PERSON'],
  ['<entry key="date_of_birth">1981-05-06</entry>', ['1981-05-06'], 'DOB'],
  ['<entry>\n  <key>surname</key>\n  <value>Tholvenk</value>\n</entry>', ['Tholvenk'], 'PERSON'],
  ['<dict>\n\t<key>familyName</key>\n\t<string>Kestrav</string>\n\t<key>birthDate</key>\n\t<date>1984-03-12T00:00:00Z</date>\n</dict>', ['Kestrav', '1984-03-12'], 'PERSON'],
];

/** Named values that are no personal data: stored as written. */
const KEPT = [
  '<param name="timeout" value="30"/><param name="retries" value="3"/>',
  '<entry key="log.level">DEBUG</entry>',
  '<dict><key>CFBundleIdentifier</key><string>com.example.notes</string><key>CFBundleVersion</key><string>1.2.3</string></dict>',
  '<Attribute Name="role"><AttributeValue>admin</AttributeValue></Attribute>',
  '<field name="status">Active</field>',
  '<property name="dataSource.url" value="jdbc:postgresql://db/app"/>',
  '<entry><key>region</key><value>eu-west-1</value></entry>',
];

describe('J1: a value named by an XML attribute or a sibling element', () => {
  it.each(LEAKS)('%s', (text, values, type) => {
    const out = redacted(text);
    for (const value of values) expect(out).not.toContain(value);
    expect(out).toContain(`[${type}:`);
  });
  it('keeps the naming attribute and element as written', () => {
    expect(redacted('<field name="surname">Vlintuk</field>')).toMatch(/^<field name="surname">\[PERSON:[^\]]+\]<\/field>$/);
    expect(redacted('<entry><key>lastName</key><value>Vlintuk</value></entry>')).toMatch(/^<entry><key>lastName<\/key><value>\[PERSON:[^\]]+\]<\/value><\/entry>$/);
  });
  it.each(KEPT)('keeps %s', (text) => {
    expect(redacted(text)).toBe(text);
  });
});

/** J12: [text, the name that must not be stored]. */
const DN_LEAKS: Array<[string, string]> = [
  ['dn: cn=Kestrav Tholvenk,ou=people,dc=example,dc=org', 'Tholvenk'],
  ['manager: cn=Wenlix Dorvane, ou=staff, dc=corp, dc=example', 'Dorvane'],
  ['memberOf: CN=Orlith Vasquendt,OU=Finance,DC=corp,DC=example', 'Vasquendt'],
  ['{"distinguishedName":"CN=Tholvenk\\, Kestrav,OU=Staff,DC=corp,DC=example"}', 'Tholvenk'],
  ['ldapsearch -b "cn=Zephra Mollquist+uid=zmoll,ou=people,dc=example,dc=org"', 'Mollquist'],
];
/** J12 look-alikes: groups, hosts, service accounts and certificate names in DNs. */
const DN_KEPT = [
  'memberOf: CN=Domain Admins,CN=Users,DC=corp,DC=example',
  'CN=Backup Operators,CN=Builtin,DC=corp,DC=example',
  'dn: cn=admin,dc=example,dc=org',
  'CN=Domain Controllers,CN=Users,DC=corp',
  'issuer=CN=DigiCert Global Root CA,O=DigiCert Inc,C=US',
  'CN=Vpn Gateway,OU=Hosts,DC=corp',
  'cn=readonly,ou=services,dc=example,dc=org',
];
/** J19: [FDF text, the values that must not be stored]. */
const FDF_LEAKS: Array<[string, string[]]> = [
  ['<< /T (FamilyName) /V (Kestrav) >> << /T (BirthDate) /V (1984-03-12) >>', ['Kestrav', '1984-03-12']],
  ['<</T(MothersMaidenName)/V(Vasquendt)>>', ['Vasquendt']],
  ['<</V(Tholvenk)/T(form1[0].Page1[0].LastName[0])>>', ['Tholvenk']],
  ['/Fields [ << /T (last_name) /V (Orlith) >> ]', ['Orlith']],
  ['<< /T (LastName) /V (Tholvenk \\(Jr\\)) >> << /T (Amount) /V (12) >>', ['Tholvenk']],
];
const FDF_KEPT = ['<< /T (Amount) /V (120.00) >> << /T (Country) /V (US) >>', '<</T(Agree)/V /Yes>>', '<< /T (Comments) /V (see attached) >>'];

describe('J12: the cn of an LDAP distinguished name', () => {
  it.each(DN_LEAKS)('%s', (text, name) => {
    const out = redacted(text);
    expect(out).not.toContain(name);
    expect(out).toContain('[PERSON:');
  });
  it.each(DN_KEPT)('keeps %s', (text) => {
    expect(redacted(text)).toBe(text);
  });
});

describe('J19: PDF form fields (FDF /T and /V)', () => {
  it.each(FDF_LEAKS)('%s', (text, values) => {
    const out = redacted(text);
    for (const value of values) expect(out).not.toContain(value);
  });
  it.each(FDF_KEPT)('keeps %s', (text) => {
    expect(redacted(text)).toBe(text);
  });
});

/** J10: [OFX text, the values that must not be stored]. */
const OFX_LEAKS: Array<[string, string[]]> = [
  ['<STMTTRN>\n<TRNTYPE>CREDIT\n<DTPOSTED>20261201\n<TRNAMT>250.00\n<NAME>KESTRAV THOLVENK\n<MEMO>Zelle\n</STMTTRN>', ['KESTRAV THOLVENK']],
  ['<STMTTRN><TRNTYPE>DEBIT<NAME>ORLITH VASQUENDT<MEMO>Dinner</STMTTRN>', ['ORLITH VASQUENDT']],
  ['<BANKACCTFROM><BANKID>121000358<ACCTID>5500112233<ACCTTYPE>SAVINGS</BANKACCTFROM>', ['5500112233']],
  ['<CCACCTFROM>\n<ACCTID>7720019933184\n</CCACCTFROM>', ['7720019933184']],
  ['<ACCTID>000998877665</ACCTID>', ['000998877665']],
];
const OFX_KEPT = [
  '<STMTTRN><TRNTYPE>DEBIT<NAME>AMAZON MKTPLACE PMTS<MEMO>order</STMTTRN>',
  '<STMTTRN><TRNTYPE>CREDIT<NAME>PAYROLL DEPOSIT</NAME><TRNAMT>1200.00<FITID>20261201001</STMTTRN>',
  '<STMTTRN><TRNTYPE>FEE<NAME>MONTHLY SERVICE FEE<TRNAMT>-5.00</STMTTRN>',
];
/** J23 (the XML part): ACORD's licence number. */
const ACORD_LEAKS: Array<[string, string]> = [
  ['<DriverInfo><License><LicenseTypeCd>Driver</LicenseTypeCd><LicensePermitNumber>D4417729</LicensePermitNumber><StateProvCd>CA</StateProvCd></License></DriverInfo>', 'D4417729'],
  ['<acord:LicensePermitNumber>K22019934</acord:LicensePermitNumber>', 'K22019934'],
];
const ACORD_KEPT = ['<License><LicensePermitNumber>pending</LicensePermitNumber><StateProvCd>CA</StateProvCd></License>'];

describe('J10: OFX statement fields, closed or not', () => {
  it.each(OFX_LEAKS)('%s', (text, values) => {
    const out = redacted(text);
    for (const value of values) expect(out).not.toContain(value);
  });
  it.each(OFX_KEPT)('keeps %s', (text) => {
    expect(redacted(text)).toBe(text);
  });
});

describe('J23: ACORD LicensePermitNumber', () => {
  it.each(ACORD_LEAKS)('%s', (text, value) => {
    const out = redacted(text);
    expect(out).not.toContain(value);
    expect(out).toContain('[DRIVER_LICENSE:');
  });
  it.each(ACORD_KEPT)('keeps %s', (text) => {
    expect(redacted(text)).toBe(text);
  });
});

describe('the readers stay linear on long hostile input (bounded by the test timeout)', () => {
  it.each([
    ['named attributes', '<entry key="last_name"><entry key="dob">'.repeat(5000)],
    ['name elements', '<key>lastName</key><key>'.repeat(8000)],
    ['SAML attributes without values', '<Attribute Name="surname"><x>'.repeat(6000)],
    ['DN cn runs', 'cn=' + 'A\\,'.repeat(60000)],
    ['DN cn= repeated', 'cn=Ab Cd'.repeat(20000)],
    ['FDF fields', '/T (LastName) /V ('.repeat(10000)],
    ['OFX names', '<STMTTRN><NAME>'.repeat(12000)],
  ])('%s', (_kind, text) => {
    expect(typeof redacted(text)).toBe('string');
  });
});
