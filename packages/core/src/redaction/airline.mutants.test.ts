// Mutation tests for airline.ts (issue 13; docs/TESTING.md, the airline.ts row of 2026-12-05):
// the exact spans, types and normalized forms of an SSR DOCS line's fields through
// detectAirlineDocs, in process, direct calls (the L1 suite asks only that nothing raw is stored).
import { describe, expect, it } from 'vitest';
import type { Detection } from './types.js';
import { type AirlineKinds, detectAirlineDocs } from './airline.js';

const ALL: AirlineKinds = { names: true, dates: true, ids: true };
const detect = (text: string, kinds: AirlineKinds = ALL): Detection[] => {
  const out: Detection[] = [];
  detectAirlineDocs(text, out, kinds);
  return out;
};
/** The detection of `value`, found at its `nth` place (0 the first) in `text`. */
const at = (text: string, value: string, type: string, normalized: string, nth = 0): Detection => {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(value, start + 1);
  const cls = type === 'PERSON' ? 'pii.person' : type === 'DOB' ? 'pii.date_of_birth' : 'pii.government_id';
  return { start, end: start + value.length, type, class: cls, normalized };
};

describe('an SSR DOCS line: each field at its offset', () => {
  it('a PNR line after other text: number, date of birth and the names, in that order', () => {
    const text = ' 6 SSR DOCS BA HK1 P/GB/533380006/GB/12MAR84/M/01MAY31/VLINTUK/QXARO/P1';
    expect(detect(text)).toEqual([
      at(text, '533380006', 'PASSPORT', '533380006'),
      at(text, '12MAR84', 'DOB', '12mar84'),
      at(text, 'VLINTUK', 'PERSON', 'vlintuk'),
      at(text, 'QXARO', 'PERSON', 'qxaro'),
    ]);
  });
  it('a value written twice (date of birth = expiry, surname = given name) takes its own place', () => {
    const text = 'pax 2: DOCS P/GB/AB12/GB/12MAR84/M/12MAR84/SMITH/SMITH/SMITH';
    expect(detect(text)).toEqual([
      at(text, 'AB12', 'PASSPORT', 'AB12'),
      at(text, '12MAR84', 'DOB', '12mar84', 0),
      at(text, 'SMITH', 'PERSON', 'smith', 0),
      at(text, 'SMITH', 'PERSON', 'smith', 1),
      at(text, 'SMITH', 'PERSON', 'smith', 2),
    ]);
  });
  it('two lines: each read', () => {
    const text = 'DOCS P/GB/111222/GB/01JAN90/M//ONE/UNO\nDOCS P/FR/333444/FR/02FEB91/F//TWO/DOS';
    expect(detect(text).map((d) => text.slice(d.start, d.end))).toEqual(['111222', '01JAN90', 'ONE', 'UNO', '333444', '02FEB91', 'TWO', 'DOS']);
  });
  it('no DOCS word: nothing', () => {
    expect(detect('SSR DOCX BA HK1 P/GB/533380006/GB/12MAR84/M/01MAY31/VLINTUK/QXARO')).toEqual([]);
  });
});

describe('the document type', () => {
  it.each([
    ['P', 'PASSPORT'],
    ['p', 'PASSPORT'],
    ['PP', 'PASSPORT'],
    ['pd', 'PASSPORT'],
    ['I', 'NATIONAL_ID'],
    ['ID', 'NATIONAL_ID'],
    ['IP', 'NATIONAL_ID'],
    ['A', 'NATIONAL_ID'],
    ['C', 'NATIONAL_ID'],
  ])('%s: %s', (type, kind) => {
    const text = `DOCS ${type}/GB/ab1234/GB/12MAR84/M/01MAY31/LEE/ANN`;
    expect(detect(text)[0]).toEqual({ start: 5 + type.length + 4, end: 5 + type.length + 10, type: kind, class: 'pii.government_id', normalized: 'AB1234' });
  });
});

describe('which fields are there', () => {
  it('no number, no nationality, no gender, no expiry, one name', () => {
    const text = 'DOCS P/GB//GB/12MAR84///VLINTUK';
    expect(detect(text)).toEqual([at(text, '12MAR84', 'DOB', '12mar84'), at(text, 'VLINTUK', 'PERSON', 'vlintuk')]);
  });
  it('no names at all', () => {
    const text = 'DOCS P/GB/533380006/GB/12MAR84/M/01MAY31';
    expect(detect(text)).toEqual([at(text, '533380006', 'PASSPORT', '533380006'), at(text, '12MAR84', 'DOB', '12mar84')]);
  });
  it('a number of letters only is no document number', () => {
    const text = 'DOCS P/GB/ABCDEF/GB/12MAR84/M/01MAY31/VLINTUK';
    expect(detect(text)).toEqual([at(text, '12MAR84', 'DOB', '12mar84'), at(text, 'VLINTUK', 'PERSON', 'vlintuk')]);
  });
  it('three names, the third too; the holder flag H is none', () => {
    const text = 'SSR DOCS AF HK1/P/FRA/14KX52391/FRA/03FEB1979/F/22JUN30/MOLLQUIST/ZEPHRA/ANNE/H';
    expect(detect(text)).toEqual([
      at(text, '14KX52391', 'PASSPORT', '14KX52391'),
      at(text, '03FEB1979', 'DOB', '03feb1979'),
      at(text, 'MOLLQUIST', 'PERSON', 'mollquist'),
      at(text, 'ZEPHRA', 'PERSON', 'zephra'),
      at(text, 'ANNE', 'PERSON', 'anne'),
    ]);
  });
  it('a name of two letters is one; of one letter none', () => {
    const text = 'DOCS P/CN/E1234567/CN/05MAY88/M/01JAN30/LI/X';
    expect(detect(text, { names: true, dates: false, ids: false })).toEqual([at(text, 'LI', 'PERSON', 'li')]);
  });
  it('a name with blanks: the trailing blank left out, the inner ones one space in the normalized form', () => {
    const text = 'DOCS P/GB/123456/GB/12MAR84/M/01MAY31/VAN  DER BERG/ANNE MARIE /H';
    expect(detect(text, { names: true, dates: false, ids: false })).toEqual([
      at(text, 'VAN  DER BERG', 'PERSON', 'van der berg'),
      at(text, 'ANNE MARIE', 'PERSON', 'anne marie'),
    ]);
  });
  it('a name at the text end with a trailing blank', () => {
    const text = 'DOCS P/GB/123456/GB/12MAR84/M/01MAY31/QXARO ';
    expect(detect(text, { names: true, dates: false, ids: false })).toEqual([at(text, 'QXARO', 'PERSON', 'qxaro')]);
  });
});

describe('the kinds asked for', () => {
  const text = 'DOCS P/GB/533380006/GB/12MAR84/M/01MAY31/VLINTUK/QXARO';
  it('ids only', () => {
    expect(detect(text, { names: false, dates: false, ids: true })).toEqual([at(text, '533380006', 'PASSPORT', '533380006')]);
  });
  it('dates only', () => {
    expect(detect(text, { names: false, dates: true, ids: false })).toEqual([at(text, '12MAR84', 'DOB', '12mar84')]);
  });
  it('names only', () => {
    expect(detect(text, { names: true, dates: false, ids: false })).toEqual([at(text, 'VLINTUK', 'PERSON', 'vlintuk'), at(text, 'QXARO', 'PERSON', 'qxaro')]);
  });
  it('none', () => {
    expect(detect(text, { names: false, dates: false, ids: false })).toEqual([]);
  });
});

// Issue 11 (the survivors' "Seen, not fixed" of the 2026-12-05 run): letters outside A-Z, a name
// over 41 characters, SSR DOCA and DOCO.
describe('issue 11: names of any letters and length', () => {
  it('MÜLLER/HANS: both names, normalized in lower case', () => {
    const text = 'SSR DOCS LH HK1 P/DEU/C01X00T47/DEU/12MAR84/M/01MAY31/MÜLLER/HANS';
    expect(detect(text, { names: true, dates: false, ids: false })).toEqual([at(text, 'MÜLLER', 'PERSON', 'müller'), at(text, 'HANS', 'PERSON', 'hans')]);
  });
  it('a decomposed letter (U and a combining diaeresis) is one name, normalized to NFC', () => {
    const text = 'DOCS P/DEU/C01X00T47/DEU/12MAR84/M/01MAY31/MU\u0308LLER/ÉLODIE';
    expect(detect(text, { names: true, dates: false, ids: false })).toEqual([at(text, 'MU\u0308LLER', 'PERSON', 'müller'), at(text, 'ÉLODIE', 'PERSON', 'élodie')]);
  });
  it('a surname of 52 characters and the given names after it', () => {
    const surname = 'FERNANDEZ DE LA VEGA Y RODRIGUEZ-MONTENEGRO GALLARDO';
    const text = `DOCS P/ESP/XDB123456/ESP/12MAR84/M/01MAY31/${surname}/JOSE MARIA/P1`;
    expect(detect(text, { names: true, dates: false, ids: false })).toEqual([at(text, surname, 'PERSON', surname.toLowerCase()), at(text, 'JOSE MARIA', 'PERSON', 'jose maria')]);
  });
});

describe('issue 11: SSR DOCA (an address)', () => {
  const ADDRESSES: AirlineKinds = { names: false, dates: false, ids: false, addresses: true };
  const address = (text: string, value: string): Detection => ({ start: text.indexOf(value), end: text.indexOf(value) + value.length, type: 'ADDRESS', class: 'pii.address' });
  it('street, city and postal code; the country and the state stay', () => {
    const text = 'SSR DOCA UA HK1 D/US/4417 QUENTARA AVE/RENO/NV/89501/P2';
    expect(detect(text, ADDRESSES)).toEqual([address(text, '4417 QUENTARA AVE'), address(text, 'RENO'), address(text, '89501')]);
  });
  it('an empty state, a blank street, no postal code', () => {
    const text = 'DOCA/R/GB/ /LONDON/';
    expect(detect(text, ADDRESSES)).toEqual([address(text, 'LONDON')]);
    const two = 'SSR DOCA BA HK1 R/GB/12 ELMWOOD ST/LONDON//SW1A1AA/P1';
    expect(detect(two, ADDRESSES)).toEqual([address(two, '12 ELMWOOD ST'), address(two, 'LONDON'), address(two, 'SW1A1AA')]);
  });
  it('the address switch off (or absent): nothing', () => {
    const text = 'SSR DOCA BA HK1 R/GB/12 ELMWOOD ST/LONDON//SW1A1AA/P1';
    expect(detect(text)).toEqual([]);
    expect(detect(text, { names: true, dates: true, ids: true, addresses: false })).toEqual([]);
  });
  it('no type R or D: no DOCA', () => {
    expect(detect('SSR DOCA BA HK1 X/GB/12 ELMWOOD ST/LONDON//SW1A1AA', ADDRESSES)).toEqual([]);
  });
});

describe('issue 11: SSR DOCO (a visa, a redress or known traveller number)', () => {
  const text = 'SSR DOCO BA HK1 NEW YORK/V/7421985/GB/01JAN25/US/P1';
  const place = { start: text.indexOf('NEW YORK'), end: text.indexOf('NEW YORK') + 8, type: 'ADDRESS', class: 'pii.address' };
  const number = { ...at(text, '7421985', 'NATIONAL_ID', '7421985') };
  it('the place of birth and the number; the countries and the issue date stay', () => {
    expect(detect(text, { names: true, dates: true, ids: true, addresses: true })).toEqual([place, number]);
  });
  it('each by its switch', () => {
    expect(detect(text, { names: false, dates: false, ids: true, addresses: false })).toEqual([number]);
    expect(detect(text, { names: false, dates: false, ids: false, addresses: true })).toEqual([place]);
  });
  it('no place of birth; a number at the end in lower case', () => {
    const two = 'ssr doco aa hk1//k/z8812345';
    expect(detect(two, { names: false, dates: false, ids: true, addresses: true })).toEqual([{ start: two.indexOf('z8812345'), end: two.length, type: 'NATIONAL_ID', class: 'pii.government_id', normalized: 'Z8812345' }]);
  });
  it('a number of letters only is none; an unknown document type is no DOCO', () => {
    expect(detect('SSR DOCO BA HK1 LONDON/V/ABCDEF/GB/01JAN25/US', { names: false, dates: false, ids: true, addresses: false })).toEqual([]);
    expect(detect('SSR DOCO BA HK1 LONDON/P/7421985/GB/01JAN25/US', { names: false, dates: false, ids: true, addresses: true })).toEqual([]);
  });
});

describe('issue 11: linear time', () => {
  it('many DOCO words on one line without a document: each read once (an unbounded place of birth took 36 s)', () => {
    const text = 'DOCO LONDON '.repeat(20000);
    const started = performance.now();
    expect(detect(text, { names: true, dates: true, ids: true, addresses: true })).toEqual([]);
    expect(performance.now() - started).toBeLessThan(3000);
  });
  it('a place of birth of 81 characters is read; of 82 the line is no DOCO', () => {
    const place = `${'Q'.repeat(80)}X`;
    expect(detect(`DOCO ${place}/V/7421985/GB`, { names: false, dates: false, ids: false, addresses: true })).toEqual([{ start: 5, end: 86, type: 'ADDRESS', class: 'pii.address' }]);
    expect(detect(`DOCO Q${place}/V/7421985/GB`, { names: false, dates: false, ids: true, addresses: true })).toEqual([]);
  });
});

// Issue 13, from the Stryker run of 2026-12-05 (the DOCA/DOCO lines): pushValue's blanks at either
// end of a field are left out of its span (spaces and tabs, at the start and at the end), and a
// DOCO without a document number still places its place of birth right.
describe('issue 13: the blanks around a DOCA or DOCO field', () => {
  const ADDRESSES: AirlineKinds = { names: false, dates: false, ids: false, addresses: true };
  const span = (text: string, value: string, nth = 0): Detection => {
    let start = -1;
    for (let i = 0; i <= nth; i++) start = text.indexOf(value, start + 1);
    return { start, end: start + value.length, type: 'ADDRESS', class: 'pii.address' };
  };
  it('spaces before and after a DOCA street, city and postal code', () => {
    const text = 'SSR DOCA BA HK1 R/GB/  12 ELMWOOD ST  / LONDON //  SW1A1AA /P1';
    expect(detect(text, ADDRESSES)).toEqual([span(text, '12 ELMWOOD ST'), span(text, 'LONDON'), span(text, 'SW1A1AA')]);
  });
  it('tabs before and after a DOCA field', () => {
    const text = 'DOCA/D/US/\t4417 QUENTARA AVE\t/\tRENO\t/NV/\t89501\t';
    expect(detect(text, ADDRESSES)).toEqual([span(text, '4417 QUENTARA AVE'), span(text, 'RENO'), span(text, '89501')]);
  });
  it('a space and a tab mixed at each end', () => {
    const text = 'DOCA/R/GB/ \t12 ELMWOOD ST\t /LONDON/';
    expect(detect(text, ADDRESSES)).toEqual([span(text, '12 ELMWOOD ST'), span(text, 'LONDON')]);
  });
  it('blanks after a DOCO place of birth', () => {
    const text = 'SSR DOCO BA HK1 NEW YORK  /V/7421985/GB/01JAN25/US/P1';
    expect(detect(text, ADDRESSES)).toEqual([span(text, 'NEW YORK')]);
    const tab = 'DOCO PARIS\t/V/7421985/GB';
    expect(detect(tab, ADDRESSES)).toEqual([span(tab, 'PARIS')]);
  });
  it('a DOCO without a number: the place of birth at its place, no id', () => {
    const text = 'SSR DOCO BA HK1 NEW YORK/V//GB/01JAN25/US/P1';
    expect(detect(text, { names: true, dates: true, ids: true, addresses: true })).toEqual([span(text, 'NEW YORK')]);
  });
});
