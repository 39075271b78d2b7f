// Personal data named by XML markup (xml-values.ts): a fresh probe of 2026-12-03 found ISO 20022
// names and addresses stored raw in XML although the same members were masked as JSON.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';
import { detectXmlValues } from './xml-values.js';
import type { Detection } from './types.js';

const found = (text: string): string[] => {
  const out: Detection[] = [];
  detectXmlValues(text, out);
  return out.map((d) => `${d.type}:${text.slice(d.start, d.end)}`);
};

describe('XML elements named like a person or an address part', () => {
  it('ISO 20022: a party name and the parts of its postal address', () => {
    const pain = '<Dbtr><Nm>RAHUL VERMA</Nm><PstlAdr><StrtNm>Goethestraße</StrtNm><BldgNb>5</BldgNb><PstCd>10115</PstCd><TwnNm>Berlin</TwnNm><Ctry>DE</Ctry></PstlAdr></Dbtr>';
    expect(found(pain)).toEqual(['PERSON:RAHUL VERMA', 'ADDRESS:Goethestraße', 'ADDRESS:5', 'ADDRESS:10115']);
  });
  it('person and address members of other vocabularies, namespaced, with attributes and blanks', () => {
    expect(found('<hr:FirstName lang="en"> Amara </hr:FirstName><hr:LastName>Okafor</hr:LastName><zip>02139</zip><street>12 High St</street>')).toEqual([
      'PERSON:Amara',
      'PERSON:Okafor',
      'ADDRESS:02139',
      'ADDRESS:12 High St',
    ]);
  });
  it('leaves other elements, empty and placeholder values, child elements, and Nm outside ISO 20022', () => {
    for (const text of ['<status>ok</status><city>Berlin</city><country>DE</country>', '<name></name><zip> </zip>', '<street>${STREET}</street><FirstName>{{ first }}</FirstName>', '<Nm>10 nm</Nm> wavelength', '<person><name><given>Amara</given></name></person>', '<zip>none</zip>']) {
      expect(found(text), text).toEqual([]);
    }
  });
  it('is run by detectSensitive, and finishes on a long run of elements', () => {
    const text = '<PstlAdr><StrtNm>Goethestraße</StrtNm><PstCd>10115</PstCd></PstlAdr>';
    const spans = detectSensitive(text).map((d) => `${d.type}:${text.slice(d.start, d.end)}`);
    expect(spans).toContain('ADDRESS:Goethestraße');
    expect(spans).toContain('ADDRESS:10115');
    const many = '<zip>10115</zip>'.repeat(20_000);
    expect(found(many)).toHaveLength(20_000);
  });
});
