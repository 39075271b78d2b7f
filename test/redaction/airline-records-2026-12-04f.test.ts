// L1 of the sixth README-only probe of 2026-12-04 (probe-2026-12-04f.cases.md): airline
// reservation formats stored raw: a PNR's name elements `SURNAME/GIVEN TITLE`, the SSR DOCS line
// (IATA's APIS fields in their order: document type, issuing country, number, nationality, date of
// birth DDMMMYY, gender, expiry, surname, given names), a boarding pass's barcode (BCBP: `M1`, then
// the 20-character name field), an e-ticket line and an NDC order's JSON. The row's inputs and
// other spellings of the kind through the real pipeline; look-alikes beside them stay.
import { afterAll, describe, expect, it } from 'vitest';
import type { JsonValue } from '@agent-audit/core';
import { kinds, redacted, removeLedgers, stored } from './pipeline-2026-12-04f.js';

afterAll(removeLedgers);

const RAW = ['VLINTUK', 'QXARO', 'DORVANE', 'WENLIX', 'Vlintuk', 'Qxaro', '533380006', '12MAR84'];
const rawIn = (raw: string): string[] => RAW.filter((value) => raw.includes(value));

describe('L1: the row', () => {
  it('a PNR display: both names, the passport number and the date of birth', async () => {
    const pnr = ' 1.VLINTUK/QXARO MR  2.DORVANE/WENLIX MRS\n 3 AP LON 020 7946 0123\n 4 APE QXARO@EXAMPLE.COM\n 6 SSR DOCS BA HK1 P/GB/533380006/GB/12MAR84/M/01MAY31/VLINTUK/QXARO/P1';
    const { values, raw } = await stored([pnr]);
    const text = kinds(values[0] as JsonValue);
    expect(text).toMatch(/^ 1\.\[PERSON\] MR {2}2\.\[PERSON\] MRS\n/);
    expect(text).toContain('P/GB/[PASSPORT]/GB/[DOB]/M/01MAY31/');
    expect(rawIn(raw)).toEqual([]);
  });
  it.each([
    'SSR DOCS YY HK1 P/GB/533380006/GB/12MAR84/M/01MAY31/VLINTUK/QXARO',
    'Passenger VLINTUK/QXARO MR DOB 12MAR84',
    'Name: VLINTUK/QXARO MR',
    'Booking for VLINTUK/QXARO MR confirmed',
    'pax: DORVANE/WENLIX MRS',
    'Vlintuk/Qxaro Mr',
    'M1VLINTUK/QXARO MR    EABC123 LHRJFKBA 0117 123Y012A0001 100',
    'TKT 1252345678901 VLINTUK/QXARO MR  FOP CCVI4111111111111111/1227',
  ])('%s', async (input) => {
    const { values, raw } = await stored([input]);
    expect(kinds(values[0] as JsonValue)).toContain('[PERSON]');
    expect(rawIn(raw)).toEqual([]);
  });
  it('an NDC order in JSON', async () => {
    const { values, raw } = await stored([{ name: 'VLINTUK/QXARO MR', ssr: ['DOCS P/GB/533380006/GB/12MAR84/M/01MAY31/VLINTUK/QXARO'] }]);
    expect(kinds(values[0] as JsonValue)).toMatch(/^\{"name":"\[PERSON\] MR","ssr":\["DOCS P\/GB\/\[PASSPORT\]\/GB\/\[DOB\]\/M\/01MAY31\/\[PERSON\]/);
    expect(rawIn(raw)).toEqual([]);
  });
  it('the row\u2019s masked inputs stay masked', () => {
    expect(kinds(redacted({ guest: 'Vlintuk, Qxaro' }))).toBe('{"guest":"[PERSON]"}');
    expect(kinds(redacted('MR QXARO VLINTUK'))).toBe('MR [PERSON]');
    expect(kinds(redacted({ surname: 'VLINTUK', givenNames: 'QXARO', dateOfBirth: '1984-03-12' }))).toBe('{"dateOfBirth":"[DOB]","givenNames":"[PERSON]","surname":"[PERSON]"}');
  });
});

describe('L1: other spellings of the kind (held back)', () => {
  it.each([
    ['SSR DOCS AF HK1/P/FRA/14KX52391/FRA/03FEB1979/F/22JUN30/MOLLQUIST/ZEPHRA/ANNE/H', ['14KX52391', '03FEB1979', 'MOLLQUIST', 'ZEPHRA', 'ANNE']],
    ['3.SSR DOCS LH HK1 I/DEU/L01X00T47/DEU/07SEP75/M/01JAN29/BRANNOCH/SELLWYN', ['L01X00T47', '07SEP75', 'BRANNOCH', 'SELLWYN']],
    ['docs p/nzl/la1234567/nzl/25dec69/fi/10oct28/havili/tevita', ['la1234567', '25dec69', 'havili', 'tevita']],
    [' 1.1MOLLQUIST/ZEPHRA MS', ['MOLLQUIST', 'ZEPHRA']],
    ['2.BRANNOCH/SELLWYN', ['BRANNOCH', 'SELLWYN']],
    ['Traveller: HAVILI/TEVITA JAMES MSTR', ['HAVILI', 'TEVITA JAMES']],
    ['Guest MOLLQUIST/ZEPHRA', ['MOLLQUIST', 'ZEPHRA']],
    ['M2BRANNOCH/SELLWYN DR  EXYZ987 FRAJFKLH 0400 ', ['BRANNOCH', 'SELLWYN']],
    ['Seat 12A assigned to Mollquist/Zephra Ms', ['Mollquist', 'Zephra']],
    ['ETKT 2201234567890 FOR DORVANE/WENLIX MRS', ['DORVANE', 'WENLIX']],
  ] as const)('%s', async (input, values) => {
    const { raw } = await stored([input]);
    for (const value of values) expect(raw, value).not.toContain(value);
  });
});

describe('L1: look-alikes stay as written', () => {
  it.each([
    'and/or',
    'TCP/IP stack',
    'Name: TCP/IP',
    'LHR/JFK DR3 gate',
    'KL/AF codeshare',
    'I/O error',
    'YES/NO',
    'see docs/en/us/1234/guide/intro/setup',
    'DOCS P/GB/ready/GB/MAY/M//draft',
    'read the DOCS page',
    'M1 motorway 20 miles/hour heading',
    '1. TCP/IP basics',
    'AC/DC tour',
  ])('%s', (text) => {
    expect(redacted(text)).toBe(text);
  });
});
