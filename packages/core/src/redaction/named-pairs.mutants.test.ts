// Issue 13 (mutation testing) for named-pairs.ts: direct calls, exact results. The probe's suite
// (test/redaction/named-pairs-2026-12-04d.test.ts) checks what the redactor stores; these pin
// each reader's gate, offsets, bounds and the look-alike beside each rule, with the names asked
// of `wanted` (resolve's lengths, its namespace and URI readings).
import { describe, expect, it } from 'vitest';
import {
  distinguishedNamePairs,
  fdfPairs,
  mayHoldDistinguishedName,
  mayHoldFdf,
  mayHoldNamedPairs,
  mayHoldOfx,
  ofxPairs,
  xmlNamedPairs,
} from './named-pairs.js';
import type { TextPair } from './text-pairs.js';

const dnPairs = distinguishedNamePairs;

const WANTED = new Set(['surname', 'givenName', 'dob', 'ssn', 'LastName', 's']);
/** The names asked of `wanted` by the last call, in order. */
let asked: string[] = [];
const wanted = (name: string): boolean => {
  asked.push(name);
  return WANTED.has(name);
};
/** xmlNamedPairs as `name=value` strings, and the texts at the names' recorded starts. */
const xml = (text: string, accept: (name: string) => boolean = wanted) => {
  asked = [];
  const names = new Set<number>();
  const pairs = xmlNamedPairs(text, accept, names);
  for (const each of pairs) expect(each).toEqual({ name: each.name, start: each.start, end: each.end, lineEnd: each.end, nameEnd: each.end, quoted: true, certain: true });
  return { pairs: pairs.map((each) => `${each.name}=${text.slice(each.start, each.end)}`), names: [...names].map((at) => text.slice(at, at + 4)) };
};
const only = (text: string): string[] => xml(text).pairs;
const pair = (name: string, start: number, end: number, extra: Partial<TextPair> = {}): TextPair => ({ name, start, end, lineEnd: end, nameEnd: end, quoted: true, certain: true, ...extra });

describe('mayHoldNamedPairs', () => {
  it('needs 12 characters, a < and a naming attribute or element', () => {
    expect(mayHoldNamedPairs('<key>x</key>')).toBe(true);
    expect(mayHoldNamedPairs('<key>x</key'.slice(0, 11))).toBe(false);
    expect(mayHoldNamedPairs('name="abcdefgh"')).toBe(false);
    expect(mayHoldNamedPairs('<p>abcdefghij</p>')).toBe(false);
    expect(mayHoldNamedPairs('<x name="a"/>')).toBe(true);
  });
});

describe('xmlNamedPairs: a name element, then its value element', () => {
  it('reads the value element after blanks or none, at its exact extent; the name is recorded where it starts', () => {
    const text = '<entry>\n  <key> surname </key>\n\t<value>  Tholvenk \n</value>\n</entry>';
    const names = new Set<number>();
    expect(xmlNamedPairs(text, wanted, names)).toEqual([pair('surname', text.indexOf('Tholvenk'), text.indexOf('Tholvenk') + 8)]);
    expect([...names]).toEqual([text.indexOf('surname')]);
    expect(only('<key>dob</key><date>1984-03-12</date>')).toEqual(['dob=1984-03-12']);
  });
  it('needs a value element next, after nothing but blanks, closed at once', () => {
    expect(only('<key>surname</key>')).toEqual([]);
    expect(only('<key>surname</key><other>Kestrav</other>')).toEqual([]);
    expect(only('<key>surname</key>, <value>Kestrav</value>')).toEqual([]);
    expect(only('<key>surname</key>x<value>Kestrav</value>')).toEqual([]);
    expect(only('<key>surname</key><value/>Kestrav</value>')).toEqual([]);
    expect(only('<key>surname</key><value>Kestrav</values>')).toEqual([]);
    expect(only('<key>surname</key><value>Kestrav')).toEqual([]);
    expect(only('<key>timeout</key><value>30</value>')).toEqual([]);
  });
  it('falls back to the attributes of a name element that has no value element after it, and reads only one of the two', () => {
    expect(only('<key name="surname" value="Kestrav">dob</key></value>')).toEqual(['surname=Kestrav']);
    expect(only('<key name="surname" value="Kestrav">dob</key><value>1984-03-12</value>')).toEqual(['dob=1984-03-12']);
  });
});

describe('xmlNamedPairs: an element named by an attribute', () => {
  it('reads a value attribute (`value`, else `val`) at its exact extent', () => {
    const text = '<param name="dob" value="1984-03-12"/>';
    const names = new Set<number>();
    expect(xmlNamedPairs(text, wanted, names)).toEqual([pair('dob', 25, 35)]);
    expect([...names]).toEqual([13]);
    expect(only("<param key='ssn' val='536228514'/>")).toEqual(['ssn=536228514']);
    expect(only('<param key="ssn" val="1" value="2"/>')).toEqual(['ssn=2']);
    expect(only('<x name="surname" value="Kestrav">Tholvenk</x>')).toEqual(['surname=Kestrav']);
  });
  it('reads its own text, trimmed', () => {
    const text = '<field name="surname">\n Kestrav\t</field>';
    expect(xmlNamedPairs(text, wanted, new Set())).toEqual([pair('surname', 24, 31)]);
    expect(only('<x key=s>V</x>')).toEqual(['s=V']);
  });
  it('asks the naming attributes in order and stops at the first taken', () => {
    expect(xml('<Attribute Name="urn:oid:2.5.4.42" FriendlyName="givenName"><AttributeValue>Wenlix</AttributeValue></Attribute>')).toEqual({ pairs: ['givenName=Wenlix'], names: ['give'] });
    expect(asked).toEqual(['urn:oid:2.5.4.42', '42', 'givenName']);
    expect(xml('<x name="surname" key="dob" value="V"/>')).toEqual({ pairs: ['surname=V'], names: ['surn'] });
    expect(xml('<x name="timeout" value="30"/>')).toEqual({ pairs: [], names: [] });
  });
  it('skips form controls, closing tags, short attribute runs, empty elements without a value attribute, and values that are markup or templates', () => {
    expect(only('<input name="surname" value="Kestrav">')).toEqual([]);
    expect(only('<a></field name="surname" value="Kestrav">')).toEqual([]);
    expect(only('<field name="surname"/><value>Kestrav</value>')).toEqual([]);
    expect(only('<field name>Kestrav</field>')).toEqual([]);
    for (const value of ['< 5', '&lt;b&gt;', '${SURNAME}', '{{ surname }}', '   ']) expect(only(`<field name="surname">${value}</field>`)).toEqual([]);
    expect(only('<field name="surname">$x {y}</field>')).toEqual(['surname=$x {y}']);
    expect(only('<field name="surname">Kestrav</other>')).toEqual([]);
    expect(only('<field name="surname">Kestrav')).toEqual([]);
  });
  it('reads a value of up to 256 characters', () => {
    expect(only(`<field name="surname">${'a'.repeat(256)}</field>`)).toEqual([`surname=${'a'.repeat(256)}`]);
    expect(only(`<field name="surname">${'a'.repeat(257)}</field>`)).toEqual([]);
  });
});

describe('xmlNamedPairs: value elements inside a named element', () => {
  it('reads each value element up to the closing tag, skipping other elements and their text', () => {
    expect(only('<Attribute Name="surname"><AttributeValue>Kestrav</AttributeValue><b>c</b><AttributeValue>Tholvenk</AttributeValue></Attribute><AttributeValue>Orlonde</AttributeValue>')).toEqual(['surname=Kestrav', 'surname=Tholvenk']);
    expect(only('<value name="surname"><value>Kestrav</value></value>')).toEqual(['surname=Kestrav']);
    expect(only('<Attribute Name="surname"><b></b></Attribute><AttributeValue>Kestrav</AttributeValue>')).toEqual([]);
  });
  it('skips a value element that is empty, holds markup or is not closed, and ends at the text end', () => {
    expect(only('<Attribute Name="surname"><AttributeValue/>Kestrav</AttributeValue></Attribute>')).toEqual([]);
    expect(only('<Attribute Name="surname"><AttributeValue><b>x</b></AttributeValue></Attribute>')).toEqual([]);
    expect(only('<Attribute Name="surname"><x/><AttributeValue>Kestrav</AttributeValue>')).toEqual(['surname=Kestrav']);
  });
  it('looks at 24 tags after the named one', () => {
    expect(only(`<Attribute Name="surname">${'<x/>'.repeat(23)}<AttributeValue>Kestrav</AttributeValue></Attribute>`)).toEqual(['surname=Kestrav']);
    expect(only(`<Attribute Name="surname">${'<x/>'.repeat(24)}<AttributeValue>Kestrav</AttributeValue></Attribute>`)).toEqual([]);
  });
});

describe('resolve (through xmlNamedPairs and fdfPairs)', () => {
  it('asks the name as written up to 64 characters, then past a namespace or a URI path up to 64, never an empty name', () => {
    const n64 = 'n'.repeat(63) + 's';
    const accept = (name: string): boolean => {
      asked.push(name);
      return name === n64 || name === 's' || name.startsWith('n');
    };
    expect(xml(`<field name="${n64}">V</field>`, accept).pairs).toEqual([`${n64}=V`]);
    expect(xml(`<field name="${n64}n">V</field>`, accept).pairs).toEqual([]);
    expect(asked).toEqual([]);
    expect(xml(`<field name="http://x/${'n'.repeat(64)}">V</field>`, accept).pairs).toEqual([`${'n'.repeat(64)}=V`]);
    expect(xml(`<field name="http://x/${'n'.repeat(65)}">V</field>`, accept).pairs).toEqual([]);
    expect(xml('<field name="">V</field><key></key><value>W</value>', accept).pairs).toEqual([]);
    expect(asked).toEqual([]);
    expect(xml('<field name="custom:s">V</field>', accept).pairs).toEqual(['s=V']);
    expect(asked).toEqual(['custom:s', 's']);
  });
  it('reads names of up to 256 characters (a long URI by its last segment)', () => {
    const at256 = `http://example.org/${'p'.repeat(256 - 23)}/ssn`;
    expect(at256.length).toBe(256);
    expect(only(`<field name="${at256}">V</field>`)).toEqual(['ssn=V']);
    expect(only(`<field name="${at256}x">V</field>`.replace('/ssnx', 'x/ssn'))).toEqual([]);
  });
});

describe('distinguished names', () => {
  it('mayHoldDistinguishedName needs 8 characters, an = and cn=', () => {
    expect(mayHoldDistinguishedName('cn=A,o=b')).toBe(true);
    expect(mayHoldDistinguishedName('cn=A,o=')).toBe(false);
    expect(mayHoldDistinguishedName('cn  =A,o=bc')).toBe(false);
    expect(mayHoldDistinguishedName('ou=A,o=b,c')).toBe(false);
    expect(mayHoldDistinguishedName('CN =Ab,o=x')).toBe(true);
  });
  const dn = (text: string): string[] => {
    const pairs = distinguishedNamePairs(text);
    for (const each of pairs) expect(each).toEqual(pair(each.name === 'CN' ? 'CN' : 'cn', each.start, each.end, { loneName: true }));
    return pairs.map((each) => text.slice(each.start, each.end));
  };
  it('reads the cn up to an unescaped , or + before another RDN, blanks before it dropped', () => {
    expect(distinguishedNamePairs('dn: cn=Kestrav Tholvenk,ou=people')).toEqual([pair('cn', 7, 23, { loneName: true })]);
    expect(dn('CN=Tholvenk\\, Kestrav,OU=Staff')).toEqual(['Tholvenk\\, Kestrav']);
    expect(dn('cn=Zephra Mollquist+uid=zmoll,ou=people')).toEqual(['Zephra Mollquist']);
    expect(dn('manager: cn = Wenlix Dorvane  , ou=staff')).toEqual(['Wenlix Dorvane']);
    expect(dn('cn=Wenlix Dorvane\t,ou=staff')).toEqual(['Wenlix Dorvane\t']);
    expect(dn('cn=A B,ou=x cn=C D,o=y')).toEqual(['A B', 'C D']);
  });
  it('reads nothing without a next RDN, for an empty value, or past a character that ends a DN', () => {
    expect(dn('cn=Kestrav Tholvenk')).toEqual([]);
    expect(dn('cn=Kestrav Tholvenk, and more')).toEqual([]);
    expect(dn('cn=,ou=people')).toEqual([]);
    expect(dn('cn=Ab\\')).toEqual([]);
    for (const end of [';', '"', "'", '\n', '\r', ')', ']', '/', '<']) expect(dn(`cn=Kestrav Tholvenk${end}x,ou=people`)).toEqual([]);
  });
  it('reads the next cn after the value, not inside it', () => {
    expect(dn('cn=x cn=Kestrav,ou=p')).toEqual(['x cn=Kestrav']);
  });
  it('reads a value of up to 128 characters, escapes counted', () => {
    expect(dn(`cn=${'a'.repeat(128)},ou=p`)).toEqual(['a'.repeat(128)]);
    expect(dn(`cn=${'a'.repeat(129)},ou=p`)).toEqual([]);
    expect(dn(`cn=${'a'.repeat(126)}\\,,ou=p`)).toEqual([`${'a'.repeat(126)}\\,`]);
    expect(dn(`cn=${'a'.repeat(127)}\\,,ou=p`)).toEqual([]);
  });
});

describe('FDF fields', () => {
  it('mayHoldFdf needs 12 characters and a /V after /T or up to 300 characters before it', () => {
    expect(mayHoldFdf('/T(ab)/V(cd)')).toBe(true);
    expect(mayHoldFdf('/T(a)/V(cd)')).toBe(false);
    expect(mayHoldFdf('/V (Kestrav) /T (LastName)')).toBe(true);
    expect(mayHoldFdf(`/V (a)${' '.repeat(294)}/T (LastName)`)).toBe(true);
    expect(mayHoldFdf(`/V (a)${' '.repeat(295)}/T (LastName)`)).toBe(false);
    expect(mayHoldFdf(`/T (LastName)${' '.repeat(300)}/V (a)`)).toBe(true);
    expect(mayHoldFdf('/X (LastName) /V (Kestrav)')).toBe(false);
    expect(mayHoldFdf('/T (LastName) /X (Kestrav)')).toBe(false);
  });
  const fdf = (text: string): string[] => {
    asked = [];
    const pairs = fdfPairs(text, wanted);
    for (const each of pairs) expect(each).toEqual(pair(each.name, each.start, each.end));
    return pairs.map((each) => `${each.name}=${text.slice(each.start, each.end)}`);
  };
  it('reads /T then /V and /V then /T at the value exact extent, trimmed', () => {
    expect(fdfPairs('<< /T (LastName) /V ( Kestrav ) >>', wanted)).toEqual([pair('LastName', 22, 29)]);
    expect(fdfPairs('<</V( Tholvenk )/T(form1[0].Page1[0].LastName[0])>>', wanted)).toEqual([pair('LastName', 6, 14)]);
    expect(fdf('/T ( LastName ) /V (Kestrav)')).toEqual(['LastName=Kestrav']);
  });
  it('reads a value holding escaped parentheses at its own extent', () => {
    expect(fdf('<< /T (LastName) /V (Smith \\(Jr\\)) >>')).toEqual(['LastName=Smith \\(Jr\\)']);
    expect(fdf('<< /V (Smith \\(Jr\\)) /T (LastName) >>')).toEqual(['LastName=Smith \\(Jr\\)']);
  });
  it('drops indexes of up to four digits, and skips names not taken and blank values', () => {
    expect(fdf('/T (form.s[12]) /V (x)')).toEqual(['s=x']);
    expect(fdf('/T (form.s[1234]) /V (x)')).toEqual(['s=x']);
    expect(fdf('/T (form.s[12345]) /V (x)')).toEqual([]);
    expect(fdf('/T (s[a]) /V (x)')).toEqual([]);
    expect(fdf('/T (Amount) /V (120.00)')).toEqual([]);
    expect(fdf('/T (LastName) /V (  )')).toEqual([]);
    expect(fdf('/T ([0]) /V (x)')).toEqual([]);
    expect(asked).toEqual([]);
  });
});

describe('OFX', () => {
  it('mayHoldOfx needs 12 characters, a < and an OFX tag or header', () => {
    expect(mayHoldOfx('<ACCTID>1234')).toBe(true);
    expect(mayHoldOfx('<ACCTID>123')).toBe(false);
    expect(mayHoldOfx('<STMTTRN>abc')).toBe(true);
    expect(mayHoldOfx('<OFX>abcdefg')).toBe(true);
    expect(mayHoldOfx('OFXHEADER:100 <x>')).toBe(true);
    expect(mayHoldOfx('OFXHEADER:100 DATA')).toBe(false);
    expect(mayHoldOfx('<NAME>KESTRAV THOLVENK')).toBe(false);
  });
  it('reads ACCTID, BANKID and NAME (a lone name) up to the next tag or line end, trimmed', () => {
    const text = '<BANKID> 121000358 <ACCTID>5500112233\n<NAME>KESTRAV THOLVENK \n<NAME>  <MEMO>x';
    expect(ofxPairs(text)).toEqual([
      pair('routingNumber', 9, 18),
      pair('accountNumber', 27, 37),
      pair('NAME', 44, 60, { loneName: true }),
    ]);
  });
});

describe('survivors of the first run (reports/stryker-named-pairs-after.json)', () => {
  it('reads tags only: attribute-like text before the first tag is no tag (44)', () => {
    expect(only('name=surname value=Kestrav <b>x</b>')).toEqual([]);
  });
  it('takes a name only from a name element (120), recorded at its first non-blank character (161)', () => {
    expect(only('<b>surname</b><value>Kestrav</value>')).toEqual([]);
    expect(xml('<key>  surname </key><value>Kestrav</value>')).toEqual({ pairs: ['surname=Kestrav'], names: ['surn'] });
  });
  it('needs a , or + after the cn, whatever follows (370), and trims its blanks down to its start (382, 383)', () => {
    expect(dnPairs('cn=Kestrav Tholvenk;ou=people')).toEqual([]);
    expect(dnPairs('cn=  ,ou=x')).toEqual([pair('cn', 4, 4, { loneName: true })]);
  });
  it('trims an FDF value with more blanks on one side than the other (458, 461)', () => {
    expect(fdfPairs('/T (LastName) /V (  Kestrav )', wanted)).toEqual([pair('LastName', 20, 27)]);
    expect(fdfPairs('/V (Kestrav   ) /T (LastName)', wanted)).toEqual([pair('LastName', 4, 11)]);
  });
});
