// Unit tests for the lines of names.ts and script-names.ts changed for the sixth fresh probe of
// 2026-12-03 (test/redaction/probe-2026-12-03e.cases.md rows 80-84; issue 11): two unlisted words
// in capitals in a payment's or a record's context (capsPairsInContext), an identity label, an age
// and sex or an address after a name (IDENTITY_LABEL_AFTER, AGE_SEX_AFTER, EMAIL_AFTER), `name=`,
// clinical titles, the siblings of a list of people (listSiblings), a lone surrogate in a name,
// court cases, place heads, Thai given name and surname after a noun. In process, detectPersons and
// detectScriptNames called directly; the same cases through detectSensitive and an auditor are in
// test/redaction/names-probe6.test.ts. 'Havili', 'Tawhiri', 'Srisuk', 'Tevita', 'Ngaio' are on no list.
import { describe, expect, it } from 'vitest';
import { detectPersons } from './names.js';
import { detectScriptNames } from './script-names.js';
import type { Detection } from './types.js';

const persons = (text: string): string[] => {
  const out: Detection[] = [];
  detectPersons(text, out);
  return out.map((d) => text.slice(d.start, d.end));
};
const cases = (table: Array<[string, string[]]>) => {
  for (const [text, expected] of table) expect(persons(text), text).toEqual(expected);
};

describe('two unlisted words in capitals in context (capsPairsInContext)', () => {
  it('after each payment cue, `name=`, a header, an age and sex; before an identity label or an address; as the whole value', () => {
    cases([
      ['Transfer from TEVITA HAVILI', ['TEVITA HAVILI']],
      ['Transferred to TEVITA HAVILI', ['TEVITA HAVILI']],
      ['Payment to TEVITA HAVILI', ['TEVITA HAVILI']],
      ['Paid TEVITA HAVILI', ['TEVITA HAVILI']],
      ['Wired to TEVITA HAVILI', ['TEVITA HAVILI']],
      ['Zahlung an TEVITA HAVILI', ['TEVITA HAVILI']],
      // (`von` before a name is read as the surname's particle: masked with it.)
      ['Überweisung von TEVITA HAVILI', ['von TEVITA HAVILI']],
      ['CARD 1111 TEVITA HAVILI COUNTDOWN', ['TEVITA HAVILI']],
      ['CARD XXXX1111 TEVITA HAVILI', ['TEVITA HAVILI']],
      ['name=TEVITA HAVILI', ['TEVITA HAVILI']],
      ['From: TEVITA HAVILI', ['TEVITA HAVILI']],
      ['TEVITA HAVILI <t@x.org>', ['TEVITA HAVILI']],
      ['TEVITA HAVILI SSN 536-22-8514', ['TEVITA HAVILI']],
      ['TEVITA HAVILI DOB 1984-03-12', ['TEVITA HAVILI']],
      ['TEVITA HAVILI 41M', ['TEVITA HAVILI']],
      ['  TEVITA HAVILI ', ['TEVITA HAVILI']],
    ]);
  });
  it('not without context, nor for frequent or English-looking words, nor for a pair with a short word', () => {
    cases([
      ['Visited TEVITA HAVILI COUNTDOWN today', []],
      ['TEVITA HAVILI was here', []],
      ['Transfer to CHECKING ACCOUNT', []],
      ['Payment to NETFLIX SUBSCRIPTION', []],
      ['Transfer from HSBC UK', []],
      ['Pay Bill', []],
      ['ACCESS DENIED', []],
      ['name=ORDER STATUS', []],
      ['CARD 1111 EXPIRED', []],
    ]);
  });
});

describe('mixed case: an identity label, an age and sex, an address after; `name=` before', () => {
  it('cues a run of unlisted words', () => {
    cases([
      ['Tevita Havili SSN 536-22-8514', ['Tevita Havili']],
      ['Tevita Havili, MRN 00482913', ['Tevita Havili']],
      ['Tevita Havili NHI ZAA0067', ['Tevita Havili']],
      ['Havili SSN 536-22-8514', ['Havili']],
      ['Tevita Havili <t@x.org>', ['Tevita Havili']],
      ['name=Tevita Havili; dob=1984', ['Tevita Havili']],
      ['patient_name=Tevita Havili; x=1', ['Tevita Havili']],
      ['Pt: Havili T. 41M', ['Havili T']],
      ['41M Havili presenting', ['Havili']],
    ]);
  });
  it('not for a label without a value, nor `=` after another key', () => {
    cases([
      ['Tevita Havili SSN', []],
      ['status=Tevita Havili', []],
      ['Order Status SSN', []],
    ]);
  });
});

describe('clinical titles (CLINICAL_TITLE_BEFORE)', () => {
  it('cue a lone unlisted surname; not an English-looking or frequent word', () => {
    cases([
      ['RN Tawhiri gave 5mg', ['Tawhiri']],
      ['NP Srisuk reviewed', ['Srisuk']],
      ['LPN Havili', ['Havili']],
      ['RN Handover at 0700', []],
      ['NP Complete', []],
      ['rn Tawhiri', []],
    ]);
  });
});

describe('the siblings of a list of people (listSiblings)', () => {
  it('every item of the shape once one is found, or when the items carry a sex or an age', () => {
    cases([
    ]);
    expect(persons('1) Garcia, Maria\n2) Havili, Tevita')).toEqual(expect.arrayContaining(['Garcia, Maria', 'Havili, Tevita']));
    // (A listed name the other rules find as well stays found: detections may overlap here.)
    expect(persons('1. FIFITA, Siosaia (M)\n2. HAVILI, Tevita (M)')).toEqual(expect.arrayContaining(['FIFITA, Siosaia', 'HAVILI, Tevita']));
    expect(persons('HAVILI T, GARCIA M, TAWHIRI N')).toEqual(expect.arrayContaining(['HAVILI T', 'GARCIA M', 'TAWHIRI N']));
    expect(persons('- HAVILI, Tevita (41M)')).toContain('HAVILI, Tevita');
    expect(persons('- HAVILI, Tevita (41M)\n- TAWHIRI, Ngaio (F)')).toEqual(expect.arrayContaining(['HAVILI, Tevita', 'TAWHIRI, Ngaio']));
  });
  it('not a list without a found name or a mark, nor items of frequent words, nor one item', () => {
    cases([
      ['1. Havili, Tevita\n2. Tawhiri, Ngaio', []],
      ['1. Notes, General\n2. Results, Pending', []],
      ['HAVILI T, TAWHIRI N', []],
      ['- Intro, Overview (M)', []],
    ]);
  });
});

describe('a lone surrogate inside a name (LONE_SURROGATE_GAP)', () => {
  it('joins the words around it; so does an emoji between two name-like words (L8 of the probe of 2026-12-05a: gapJoins)', () => {
    expect(persons('Tevita \uD800 Havili')).toEqual(['Tevita \uD800 Havili']);
    expect(persons('Tevita \uFFFD Havili')).toEqual(['Tevita \uFFFD Havili']);
    expect(persons('Tevita\uDC00Havili')).toEqual(['Tevita\uDC00Havili']);
    expect(persons('Tevita \uD83D\uDE00 Havili')).toEqual(['Tevita \uD83D\uDE00 Havili']);
    expect(persons('Go Team \uD83D\uDE00 Rocket')).toEqual([]);
  });
});

describe('court cases and place heads stay; shops named after people', () => {
  it('reads `X v. Y` as a case, a place noun after a common word as a place', () => {
    cases([
      ['Baker v. Carr', []],
      ['Marbury v. Madison', []],
      ['Roe v Wade', []],
      ['Brown vs. Board', []],
      ['Rose Garden', []],
      ['Covent Garden', []],
      ['Harvey Nichols', []],
      ['Ted Baker', []],
      ['Daan v.d. Meulen', ['Daan v.d. Meulen']],
      ['Rose Garcia', ['Rose Garcia']],
      ['Dr Baker v. the board', ['Baker']],
    ]);
  });
});

describe('Thai given name and surname after a noun (THAI_GIVEN_SURNAME)', () => {
  const thai = (text: string): string[] => {
    const out: Detection[] = [];
    detectScriptNames(text, out);
    return out.filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));
  };
  it('two words after ผู้ป่วย, คนไข้, ลูกค้า; not a clause', () => {
    expect(thai('ผู้ป่วย สมชาย ใจดี')).toEqual(['สมชาย ใจดี']);
    expect(thai('คนไข้ สมหญิง รักไทย.')).toEqual(['สมหญิง รักไทย']);
    expect(thai('ลูกค้า สมหญิง รักไทย มาถึงแล้ว')).toEqual(['สมหญิง รักไทย']);
    expect(thai('ผู้ป่วย อาการ ดีขึ้น')).toEqual([]);
    expect(thai('ลูกค้า ต้องการ คืนเงิน')).toEqual([]);
    expect(thai('ผู้ป่วย สมชาย')).toEqual([]);
  });
});
