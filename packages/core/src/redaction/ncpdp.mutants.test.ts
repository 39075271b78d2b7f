// Mutation tests for ncpdp.ts (issue 13; docs/TESTING.md, the ncpdp.ts row of 2026-12-05): the
// exact spans and types of an NCPDP claim's fields through detectNcpdp, in process, direct calls
// (the L5 suite goes through the pipeline and a ledger).
import { describe, expect, it } from 'vitest';
import type { Detection } from './types.js';
import { detectNcpdp } from './ncpdp.js';

const detect = (text: string): Detection[] => {
  const out: Detection[] = [];
  detectNcpdp(text, out);
  return out;
};
const found = (text: string): string[] => detect(text).map((d) => `${d.type}:${text.slice(d.start, d.end)}`);

describe('the fields of a claim', () => {
  it('each kind with its exact span and detection', () => {
    const text = 'AM01~C4 19840312~C5 1~CA QXARO~CB VLINTUK~CM 12 ELMWOOD ST~CO NV~CP89501';
    const span = (value: string) => ({ start: text.indexOf(value), end: text.indexOf(value) + value.length });
    expect(detect(text)).toEqual([
      { ...span('19840312'), type: 'DOB', class: 'pii.date_of_birth' },
      { ...span('QXARO'), type: 'PERSON', class: 'pii.person', normalized: 'qxaro' },
      { ...span('VLINTUK'), type: 'PERSON', class: 'pii.person', normalized: 'vlintuk' },
      { ...span('12 ELMWOOD ST'), type: 'ADDRESS', class: 'pii.address' },
      { ...span('89501'), type: 'ADDRESS', class: 'pii.address' },
    ]);
  });
  it('every field id of the table', () => {
    const text = 'AM04|CA=ANA|CB=ORR|CC=BEA|CD=LUND|2J=KAI|DR=MOSS|C4=19791231|CM=1 ELM|CN=RENO|CP=89501|CQ=7755550142|PM=7755550143|HN=a@b.io|C2=XJH1|CY=P77|C5=2|CO=NV|D7=12345';
    expect(found(text)).toEqual([
      'PERSON:ANA', 'PERSON:ORR', 'PERSON:BEA', 'PERSON:LUND', 'PERSON:KAI', 'PERSON:MOSS', 'DOB:19791231', 'ADDRESS:1 ELM', 'ADDRESS:RENO', 'ADDRESS:89501',
      'PHONE:7755550142', 'PHONE:7755550143', 'EMAIL:a@b.io', 'HEALTH_PLAN_ID:XJH1', 'MRN:P77',
    ]);
  });
});

describe('a value of its kind\u2019s shape only', () => {
  it.each([
    ['AM01~CA 12345~C4 19840312', ['DOB:19840312']],
    ['AM01~CA QXARO~C4 2026', ['PERSON:QXARO']],
    ['AM01~C4 19841312~CB ORR', ['PERSON:ORR']],
    ['AM01~CM ---~CN RENO', ['ADDRESS:RENO']],
    ['AM01~CN -.-~CP 89501', ['ADDRESS:89501']],
    ['AM01~CQ ()~CN Zürich', ['ADDRESS:Zürich']],
    ['AM01~CA 12QXARO~CB ORR', ['PERSON:ORR']],
    ['AM01~CA QXARO2~CB ORR', ['PERSON:ORR']],
    ['AM01~CA QXARO 12~CB ORR', ['PERSON:ORR']],
    ['AM01~C4 X19840312~CB ORR', ['PERSON:ORR']],
    ['AM01~C4 198403129~CB ORR', ['PERSON:ORR']],
    ['AM01~C4 19840312 ~CB ORR', ['DOB:19840312', 'PERSON:ORR']],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('the evidence that the text is a claim', () => {
  it.each([
    ['CA QXARO~CB VLINTUK~C4 19840312', ['PERSON:QXARO', 'PERSON:VLINTUK', 'DOB:19840312']],
    ['CB VLINTUK~C4 19840312', ['PERSON:VLINTUK', 'DOB:19840312']],
    ['CA QXARO~C4 19840312', ['PERSON:QXARO', 'DOB:19840312']],
    ['CC IDRIS~CD VALE~CN RENO', ['PERSON:IDRIS', 'PERSON:VALE', 'ADDRESS:RENO']],
    ['AM01~CN RENO', ['ADDRESS:RENO']],
    ['AM16~CN RENO', ['ADDRESS:RENO']],
    ['AM01 ~CN RENO', ['ADDRESS:RENO']],
  ])('%j: read', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
  it.each([
    'CA QXARO',
    'CA QXARO~CA VLINTUK',
    'CA QXARO~C5 01',
    'CA QXARO~AM 01x',
    'AM99~CA QXARO',
    'AM00~CA QXARO',
    'AM17~CA QXARO',
    'AM101~CA QXARO',
    'CM 12 ELM~CN RENO~CP 89501~CQ 7755550142',
    'C4 19840312 build id',
    'CA 12345~CB 67890',
  ])('%j: not a claim', (text) => {
    expect(detect(text)).toEqual([]);
  });
});

describe('separators', () => {
  it.each([
    ['AM01\u001cC419790211\u001cCADORRIC\u001eAM04\u001dCDHALVERSHAM', ['DOB:19790211', 'PERSON:DORRIC', 'PERSON:HALVERSHAM']],
    ['AM01<FS>CAORVENNA<GS>CBTHISTLE<RS>C4 19850714', ['PERSON:ORVENNA', 'PERSON:THISTLE', 'DOB:19850714']],
    ['AM01\\x1cCAMERROW\\x1DCBCAST\\u001cC4:19880109', ['PERSON:MERROW', 'PERSON:CAST', 'DOB:19880109']],
    ['AM01\r\n  CAPELISSE\n\tCBAMBER', ['PERSON:PELISSE', 'PERSON:AMBER']],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
  it('a second text after a first: each read from its start', () => {
    expect(found('AM01~CA ONE')).toEqual(['PERSON:ONE']);
    expect(found('AM01~CA TWO')).toEqual(['PERSON:TWO']);
  });
});

// Issue 11 (the survivors' "Seen, not fixed" of the 2026-12-05 run): a suffix after a comma, a
// date of birth with separators, a value past its 80th character.
describe('issue 11: names with a suffix, dates with separators, long values', () => {
  it.each([
    ['AM01~CA QXARO~CB VLINTUK, JR', ['PERSON:QXARO', 'PERSON:VLINTUK, JR']],
    ['CA QXARO~CB VLINTUK, JR.', ['PERSON:QXARO', 'PERSON:VLINTUK, JR.']],
    ['AM01~CA QXARO~C4 1984-03-12', ['PERSON:QXARO', 'DOB:1984-03-12']],
    ['AM01~CA QXARO~C4 1984/03/12', ['PERSON:QXARO', 'DOB:1984/03/12']],
    ['AM01~CA QXARO~C4 1984.03.12', ['PERSON:QXARO', 'DOB:1984.03.12']],
    ['AM01~CA QXARO~C4 03/12/1984', ['PERSON:QXARO', 'DOB:03/12/1984']],
    ['CB VLINTUK~C4 1984-03-12', ['PERSON:VLINTUK', 'DOB:1984-03-12']],
    ['AM01~CA QXARO~C4 1984-03/12', ['PERSON:QXARO']],
    ['AM01~CA QXARO~C4 1984-13-12', ['PERSON:QXARO']],
    ['AM01~CA QXARO~C4 13/12/1984', ['PERSON:QXARO']],
    ['AM01~CA QXARO~C4 198403-12', ['PERSON:QXARO']],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
  it('a street of 120 characters: the whole value', () => {
    const street = `${'X'.repeat(110)} TYBURNHOL`;
    expect(found(`AM01~CM ${street}~CN RENO`)).toEqual([`ADDRESS:${street}`, 'ADDRESS:RENO']);
  });
  it('a name over 35 characters is masked in a claim, but is no evidence of one', () => {
    const long = `${'QUENTARA-'.repeat(4)}VLINTUK`;
    expect(found(`AM01~CB ${long}`)).toEqual([`PERSON:${long}`]);
    expect(found(`CA ${long}~C4 19840312`)).toEqual([]);
    const edge = 'Q'.repeat(35);
    expect(found(`CA ${edge} ~C4 19840312`)).toEqual([`PERSON:${edge}`, 'DOB:19840312']);
    expect(found(`CA ${edge}Q~C4 19840312`)).toEqual([]);
  });
});
