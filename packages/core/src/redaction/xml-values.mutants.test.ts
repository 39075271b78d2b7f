// Mutation tests for xml-values.ts (issue 13; docs/TESTING.md, the names/xml-values row of
// 2026-12-03): whole detections (span, type, class, normal form), in process, direct calls.
import { describe, expect, it } from 'vitest';
import { detectXmlValues } from './xml-values.js';
import type { Detection } from './types.js';

const detect = (text: string): Detection[] => {
  const out: Detection[] = [];
  detectXmlValues(text, out);
  return out;
};

describe('detectXmlValues: the detections it appends', () => {
  it('a person: span of the trimmed text, PERSON, pii.person, NFC lower case with blanks folded', () => {
    // 'e' + U+0301 is NFC 'é'; a tab and two blanks fold to one blank.
    const text = '<FirstName>  Ame\u0301lie\t  DUPONT </FirstName>';
    expect(detect(text)).toEqual([{ start: 13, end: 13 + 'Ame\u0301lie\t  DUPONT'.length, type: 'PERSON', class: 'pii.person', normalized: 'amélie dupont' }]);
  });
  it('an address part: ADDRESS, pii.address, lower case with blanks and commas folded', () => {
    const text = '<street>12 High St,\n Flat 3</street>';
    expect(detect(text)).toEqual([{ start: 8, end: 8 + '12 High St,\n Flat 3'.length, type: 'ADDRESS', class: 'pii.address', normalized: '12 high st flat 3' }]);
  });
  it('appends after what is already there, one detection per element, in order', () => {
    const out: Detection[] = [{ start: 0, end: 1, type: 'EMAIL', class: 'pii.email' }];
    detectXmlValues('<zip>10115</zip> and <LastName>Okafor</LastName>', out);
    expect(out.map((d) => d.type)).toEqual(['EMAIL', 'ADDRESS', 'PERSON']);
    expect(out[2]).toMatchObject({ start: 31, end: 37 });
  });
  it('needs a closing tag in the text; an opening one alone is nothing', () => {
    expect(detect('<FirstName>Amara')).toEqual([]);
    expect(detect('<FirstName>Amara<FirstName>')).toEqual([]);
  });
  it('leaves entity references, template placeholders and values of blanks alone, each on its own', () => {
    for (const value of ['&name;', '${first}', '{{ first }}', '   ']) expect(detect(`<FirstName>${value}</FirstName>`), value).toEqual([]);
    // Only at the value's start: a value with them inside is a value.
    expect(detect('<FirstName>Amara &amp; Co</FirstName>')).toHaveLength(1);
    expect(detect('<FirstName>Amara ${x}</FirstName>')).toHaveLength(1);
    expect(detect('<FirstName>Amara {{x}}</FirstName>')).toHaveLength(1);
    expect(detect('<FirstName>$Amara</FirstName>')).toHaveLength(1);
    expect(detect('<FirstName>{Amara}</FirstName>')).toHaveLength(1);
  });
  it('a person needs a letter in the value, under a person name and under Nm alike', () => {
    expect(detect('<FirstName>12345</FirstName>')).toEqual([]);
    expect(detect('<GrpHdr><Nm>12345</Nm>')).toEqual([]);
    expect(detect('<GrpHdr><Nm>Rahul Verma</Nm>')).toMatchObject([{ type: 'PERSON', normalized: 'rahul verma' }]);
  });
  it('Nm is a name only where the text uses ISO 20022 names, wherever the marker stands; other elements are read by their own names', () => {
    expect(detect('<Nm>Rahul Verma</Nm><Cdtr>x</Cdtr>')).toMatchObject([{ type: 'PERSON' }]);
    expect(detect('<Nm>Rahul Verma</Nm><Nm>Amara Okafor</Nm><Cdtr>')).toHaveLength(2);
    expect(detect('<Nm>Rahul Verma</Nm>')).toEqual([]);
    expect(detect('<Nm>Rahul Verma</Nm><status>ok</status>')).toEqual([]);
    // Nm is no address part, and a person name outside ISO 20022 still counts.
    expect(detect('<LastName>Verma</LastName><Nm>x</Nm>')).toMatchObject([{ type: 'PERSON', normalized: 'verma' }]);
  });
  it('an address part of numbers needs a digit, a named one a letter', () => {
    expect(detect('<PstCd>none</PstCd>')).toEqual([]);
    expect(detect('<StrtNm>12345</StrtNm>')).toEqual([]);
    expect(detect('<PstCd>SW1A 1AA</PstCd>')).toMatchObject([{ type: 'ADDRESS', normalized: 'sw1a 1aa' }]);
  });
});
