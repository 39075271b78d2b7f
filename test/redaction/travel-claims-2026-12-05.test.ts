// Issue 11 (a mutation-testing run of airline.ts and ncpdp.ts, docs/TESTING.md rows of 2026-12-05,
// "Seen, not fixed"): leaks of the kind beside the two readers. An SSR DOCS name with a letter
// outside A-Z (`MÜLLER/HANS`) or over 41 characters, the SSR DOCA (address) and DOCO (visa) lines,
// an NCPDP name with a suffix after a comma, a date of birth not written CCYYMMDD and a field
// value past its 80th character. Each kind through detectSensitive and through createAuditor and a
// file ledger; held-back spellings beside the briefs' inputs; look-alikes stay.
import { afterAll, describe, expect, it } from 'vitest';
import { detectSensitive, type JsonValue } from '@agent-audit/core';
import { kinds, redacted, removeLedgers, stored } from './pipeline-2026-12-04f.js';

afterAll(removeLedgers);

/** A value as a whole token of the ledger's bytes (hashes hold digit runs). */
const token = (value: string): RegExp => new RegExp(`(?<![0-9A-Za-z\\u00C0-\\u024F])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![0-9A-Za-z\\u00C0-\\u024F])`, 'u');
const covered = (text: string, value: string): string[] => {
  const start = text.indexOf(value);
  return detectSensitive(text).filter((d) => d.start <= start && d.end >= start + value.length).map((d) => d.type);
};

const LONG_SURNAME = 'FERNANDEZ DE LA VEGA Y RODRIGUEZ-MONTENEGRO GALLARDO';
const cases: Array<[input: string, secrets: string[], types: string[]]> = [
  // 1. letters outside A-Z
  ['SSR DOCS LH HK1 P/DEU/C01X00T47/DEU/12MAR84/M/01MAY31/MÜLLER/HANS', ['MÜLLER', 'HANS'], ['PERSON', 'PERSON']],
  ['SSR DOCS SK HK1 P/NOR/FK7733211/NOR/03FEB79/F/22JUN30/ØSTBÅRD/ÅSLAUG', ['ØSTBÅRD', 'ÅSLAUG'], ['PERSON', 'PERSON']],
  ['DOCS P/POL/EZ4412098/POL/07SEP75/M/01JAN29/WŁODARCZYK/ŁUKASZ/PIOTR', ['WŁODARCZYK', 'ŁUKASZ', 'PIOTR'], ['PERSON', 'PERSON', 'PERSON']],
  ['SSR DOCS AF HK1 P/FRA/14KX52391/FRA/25DEC69/F/10OCT28/LÉVÊQUE/ÉLODIE/P2', ['LÉVÊQUE', 'ÉLODIE'], ['PERSON', 'PERSON']],
  // 2. a surname over 41 characters
  [`SSR DOCS IB HK1 P/ESP/XDB123456/ESP/12MAR84/M/01MAY31/${LONG_SURNAME}/JOSE MARIA/P1`, [LONG_SURNAME, 'JOSE MARIA'], ['PERSON', 'PERSON']],
  ['SSR DOCS TP HK1 P/PRT/CB9988776/PRT/02APR90/F/05MAY32/QUENTARA-VLINTUKSSON DORVANE-WENLIXBERG ARRO/MARIANA', ['QUENTARA-VLINTUKSSON DORVANE-WENLIXBERG ARRO', 'MARIANA'], ['PERSON', 'PERSON']],
  // 3. DOCA and DOCO
  ['SSR DOCA BA HK1 R/GB/12 ELMWOOD ST/LONDON//SW1A1AA/P1', ['12 ELMWOOD ST', 'LONDON', 'SW1A1AA'], ['ADDRESS', 'ADDRESS', 'ADDRESS']],
  ['SSR DOCA UA HK1 D/US/4417 QUENTARA AVE APT 9/RENO/NV/89501/P2', ['4417 QUENTARA AVE APT 9', 'RENO', '89501'], ['ADDRESS', 'ADDRESS', 'ADDRESS']],
  ['DOCA/R/DEU/HALVERSHAMWEG 7/KÖLN//50667/I', ['HALVERSHAMWEG 7', 'KÖLN', '50667'], ['ADDRESS', 'ADDRESS', 'ADDRESS']],
  ['SSR DOCO BA HK1 LONDON/V/7421985/GB/01JAN25/US/P1', ['LONDON', '7421985'], ['ADDRESS', 'NATIONAL_ID']],
  ['SSR DOCO DL HK1 MUNICH/K/33219087/US/15MAR24/US', ['MUNICH', '33219087'], ['ADDRESS', 'NATIONAL_ID']],
  ['SSR DOCO AA HK1//V/Z8812345//10FEB26/US/P1', ['Z8812345'], ['NATIONAL_ID']],
];

describe('SSR DOCS, DOCA and DOCO: every personal field, through detectSensitive', () => {
  it.each(cases)('%s', (input, secrets, types) => {
    expect(secrets.map((value) => covered(input, value)[0])).toEqual(types);
  });
});

describe('SSR DOCS, DOCA and DOCO: nothing raw in the ledger', () => {
  it('all lines, each its own session', async () => {
    const { values, raw } = await stored(cases.map(([input]) => input));
    expect(cases.flatMap(([, secrets]) => secrets).filter((value) => token(value).test(raw))).toEqual([]);
    // The countries, the gender, the expiry and the visa's issue date stay.
    expect(kinds(values[0] as JsonValue)).toBe('SSR DOCS LH HK1 P/DEU/[PASSPORT]/DEU/[DOB]/M/01MAY31/[PERSON]/[PERSON]');
    expect(kinds(values[6] as JsonValue)).toBe('SSR DOCA BA HK1 R/GB/[ADDRESS]/[ADDRESS]//[ADDRESS]/P1');
    expect(kinds(values[9] as JsonValue)).toBe('SSR DOCO BA HK1 [ADDRESS]/V/[NATIONAL_ID]/GB/01JAN25/US/P1');
  });
});

const claims: Array<[input: string, secrets: string[], types: string[]]> = [
  // 4. a suffix after a comma, a date of birth with separators, a value past 80 characters
  ['AM01~CA QXARO~CB VLINTUK, JR', ['VLINTUK, JR'], ['PERSON']],
  ['AM01|CA=DORRIC|CB=HALVERSHAM, III|C4=19790211', ['HALVERSHAM, III'], ['PERSON']],
  ['AM01~CA QXARO~CB VLINTUK~C4 1984-03-12', ['1984-03-12'], ['DOB']],
  ['CA ORVENNA~CB THISTLECRAKE~C4 1985/07/14', ['1985/07/14', 'ORVENNA', 'THISTLECRAKE'], ['DOB', 'PERSON', 'PERSON']],
  [`AM01~CA QXARO~CB VLINTUK~CM ${'X'.repeat(78)} TYBURNHOLT~CN RENO`, [`${'X'.repeat(78)} TYBURNHOLT`], ['ADDRESS']],
  [`AM01~CA QXARO~CB VLINTUK~CM C/O ${'HALVERSHAM QUENTARA COURT '.repeat(3)}TYBURNHOLT`, [`C/O ${'HALVERSHAM QUENTARA COURT '.repeat(3)}TYBURNHOLT`], ['ADDRESS']],
  [`AM01~CB ${'QUENTARA-'.repeat(9)}VLINTUK~CA QXARO`, [`${'QUENTARA-'.repeat(9)}VLINTUK`], ['PERSON']],
];

describe('NCPDP: every personal field, through detectSensitive', () => {
  it.each(claims)('%s', (input, secrets, types) => {
    expect(secrets.map((value) => covered(input, value)[0])).toEqual(types);
  });
});

describe('NCPDP: nothing raw in the ledger', () => {
  it('all claims', async () => {
    const { values, raw } = await stored(claims.map(([input]) => input));
    for (const value of ['VLINTUK', 'HALVERSHAM', 'JR', 'III', '1984-03-12', '1985/07/14', 'TYBURNHOLT', 'QUENTARA']) expect(raw).not.toMatch(token(value));
    expect(kinds(values[0] as JsonValue)).toBe('AM01~CA [PERSON]~CB [PERSON]');
    expect(kinds(values[2] as JsonValue)).toBe('AM01~CA [PERSON]~CB [PERSON]~C4 [DOB]');
    expect(kinds(values[4] as JsonValue)).toBe('AM01~CA [PERSON]~CB [PERSON]~CM [ADDRESS]~CN [ADDRESS]');
  });
});

describe('look-alikes stay as written', () => {
  it.each([
    'see docs/en/us/12MAR84/readme',
    'DOCA build 12 failed on node 4',
    'Files under docs/a/b/c/d/ROOT 2024',
    'The DOCO team met on 01JAN25 in room 12',
    'DOCA R/GB is the doc type cue in build 7 of 2026',
    'CA~NV~OR regions, 2024-03-12',
    'The CA office in CB county, C4 section 1984-03-12',
    'CACHE hit ratio 99% | CB rate 12, JR 3',
  ])('%j', (input) => {
    expect(redacted(input)).toBe(input);
  });
});
