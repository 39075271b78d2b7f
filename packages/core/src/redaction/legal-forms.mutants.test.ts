// Mutation tests for legal-forms.ts (issue 13; docs/TESTING.md, the legal-forms.ts row of
// 2026-12-05): the table, its keys, LEGAL_FORM_AFTER and legalFormWord read directly, in process
// (O2 of the probe of 2026-12-05g, test/redaction/look-alikes-2026-12-05g.test.ts, goes through
// detectSensitive with a score of the forms). Nearly all of the file is module-level (the table,
// the weak forms, the patterns built from them): a run with AGENT_AUDIT_MUTATE_COVERAGE=all measures it.
import { describe, expect, it } from 'vitest';
import { LEGAL_FORM_AFTER, LEGAL_FORM_KEYS, LEGAL_FORM_SPELLINGS, legalFormKey, legalFormWord } from './legal-forms.js';

/** The legal forms of each country as they are written (the EU, the Nordics, the UK, Switzerland, the US, Australia). */
const FORMS: Record<string, string[]> = {
  dk: ['A/S', 'ApS', 'I/S', 'K/S', 'P/S', 'IVS', 'AMBA', 'A.m.b.A.', 'SMBA'],
  se: ['AB', 'HB', 'KB', 'Ek. för.'],
  no: ['AS', 'ASA', 'ANS', 'NUF'],
  fi: ['Oy', 'Oyj', 'OY', 'OYJ', 'Ab', 'Abp', 'Ky', 'Tmi'],
  is: ['hf.', 'ehf.'],
  ee: ['OÜ', 'MTÜ'],
  lv: ['SIA'],
  lt: ['UAB', 'VšĮ'],
  cz: ['a.s.', 'a. s.', 's.r.o.', 's. r. o.', 'spol. s r.o.', 'v.o.s.', 'k.s.', 'z.s.'],
  hu: ['Kft.', 'Kft', 'Zrt.', 'Zrt', 'Nyrt.', 'Nyrt', 'Bt.', 'Kkt.'],
  ro: ['S.R.L.', 'SRL', 'S.A.', 'SA', 'SRL-D'],
  pl: ['sp. z o.o.', 'Sp. z o.o.', 'sp.k.', 'sp.j.', 'S.A.'],
  de: ['GmbH', 'gGmbH', 'AG', 'KG', 'OHG', 'GbR', 'KGaA', 'e.V.', 'e.K.', 'UG'],
  ch: ['Sàrl'],
  nl: ['B.V.', 'BV', 'N.V.', 'NV', 'VOF', 'C.V.'],
  be: ['BVBA', 'SPRL', 'CommV'],
  fr: ['SAS', 'SASU', 'SARL', 'EURL', 'SNC', 'SCI', 'S.A.S.'],
  lu: ['S.à r.l.', 'S.à.r.l.'],
  it: ['S.p.A.', 'SpA', 'S.r.l.', 'Srl', 'S.a.s.', 'S.n.c.', 'S.r.l.s.'],
  es: ['S.L.', 'S.L.U.', 'SLU', 'S.Coop.'],
  pt: ['Lda.', 'Lda', 'Unipessoal Lda.'],
  gr: ['A.E.', 'E.P.E.', 'EPE', 'I.K.E.', 'IKE', 'O.E.'],
  bg: ['OOD', 'EOOD', 'EAD'],
  hr: ['d.o.o.', 'd.d.', 'j.d.o.o.'],
  ie: ['DAC', 'CLG', 'ULC'],
  eu: ['SE', 'SCE', 'EEIG', 'EWIV'],
  uk: ['Ltd', 'Ltd.', 'Limited', 'PLC', 'plc', 'p.l.c.', 'LLP'],
  us: ['Inc', 'Inc.', 'Corp', 'Corp.', 'LLC', 'L.L.C.', 'LP'],
  au: ['Pty', 'Pty Ltd'],
};
/** Forms that are also words or abbreviations of their own: read only where the name ends. */
const WEAK = ['AS', 'AB', 'Ab', 'SA', 'SE', 'AG', 'KG', 'HB', 'KB', 'LP', 'UG', 'BV', 'NV', 'Ky', 'Pty', 'Ltd', 'Inc', 'Corp', 'Limited'];
const ALL = [...new Set(Object.values(FORMS).flat())];
const STRONG = ALL.filter((form) => !WEAK.includes(form));

describe('the table', () => {
  it('holds every form of every country, and nothing else', () => {
    expect([...LEGAL_FORM_SPELLINGS].sort()).toEqual([...ALL].sort());
  });
  it.each(Object.entries(FORMS))('%s: each form, as written, ends a name (and its key is known)', (_country, forms) => {
    for (const form of forms) {
      expect(legalFormWord(form, ''), form).toBe(true);
      expect(LEGAL_FORM_AFTER.test(` ${form}`), form).toBe(true);
      expect(LEGAL_FORM_AFTER.test(` Acme ${form}`), form).toBe(true);
      expect(LEGAL_FORM_KEYS.has(legalFormKey(form)), form).toBe(true);
    }
  });
});

describe('legalFormKey and LEGAL_FORM_KEYS', () => {
  it.each([
    ['A/S', 'as'],
    ['s.r.o.', 'sro'],
    ['s. r. o.', 'sro'],
    ['spol. s r.o.', 'spolsro'],
    ['Sp. z o.o.', 'spzoo'],
    ['Ek. för.', 'ekför'],
    ['GmbH', 'gmbh'],
    ['S.à r.l.', 'sàrl'],
    ['Pty\tLtd', 'ptyltd'],
    ['SRL-D', 'srl-d'],
  ])('%j is %j', (form, key) => {
    expect(legalFormKey(form)).toBe(key);
  });
  it('the keys are the forms\' keys, lower case', () => {
    expect([...LEGAL_FORM_KEYS].sort()).toEqual([...new Set(ALL.map((form) => form.toLowerCase().replace(/[./\s]+/g, '')))].sort());
    for (const key of ['as', 'aps', 'oyj', 'sro', 'kft', 'srl', 'gmbh', 'ltd', 'spzoo', 'ptyltd']) expect(LEGAL_FORM_KEYS.has(key), key).toBe(true);
    expect(LEGAL_FORM_KEYS.has('GMBH')).toBe(false);
  });
});

describe('legalFormWord', () => {
  it('a strong form ends a name whatever follows', () => {
    for (const form of STRONG) expect(legalFormWord(form, ' Trustee'), form).toBe(true);
  });
  it('a weak form only where the name ends', () => {
    for (const form of WEAK) {
      expect(legalFormWord(form, ' Trustee'), form).toBe(false);
      expect(legalFormWord(form, ' trustee'), form).toBe(false);
      for (const after of ['', ' ', '\n', '\r\nx', ', ', ';', ':', '.', ')', ']', '}', "'", '"', '|', '!', '?', ' and Co', ' og', ' och', ' eller', ' ja', ' tai', ' a', ' und', ' et', ' e', ' y', ' i', ' & Co', ' (', ' or', '\tand', '  ,']) {
        expect(legalFormWord(form, after), `${form}${JSON.stringify(after)}`).toBe(true);
      }
    }
  });
  it('a conjunction must be a whole word', () => {
    for (const after of [' andrew', ' org', ' ego', ' a1', ' &x', ' (x']) expect(legalFormWord('AS', after), after).toBe(false);
  });
  it('no form: a word that is none, or a form in another case', () => {
    for (const word of ['Smith', 'as', 'ab', 'gmbh', 'OYj', '', 'A/S ']) expect(legalFormWord(word, ''), word).toBe(false);
  });
});

describe('LEGAL_FORM_AFTER', () => {
  it('a form one blank or tab after the name, or after one or two more capitalized words', () => {
    for (const text of [' A/S', '\tA/S', ' Nordisk A/S', ' Auto Nordisk A/S', ' Auto a.s.', ' Construct S.R.L.', " O'Neil A/S", ' Smith&Co A/S', ' Hans-Peter A/S', ' Ørsted A/S', ` A${'b'.repeat(30)} GmbH`]) {
      expect(LEGAL_FORM_AFTER.test(text), text).toBe(true);
    }
  });
  it('not after three words, a lower-case word, a one-letter word, a word of 32 letters, or with no blank', () => {
    for (const text of [' One Two Three A/S', ' auto A/S', ' A A/S', ` A${'b'.repeat(31)} GmbH`, 'A/S', '  A/S', ' Auto  A/S', 'x A/S']) {
      expect(LEGAL_FORM_AFTER.test(text), text).toBe(false);
    }
  });
  it('a strong form before any non-letter, not inside a longer word', () => {
    for (const text of [' GmbH,', ' GmbH ', ' GmbH Trustee', ' ASA.', ' Oyj)', ' SASU', ' Kft.', ' Kft']) expect(LEGAL_FORM_AFTER.test(text), text).toBe(true);
    for (const text of [' GmbHx', ' GmbH2', ' Oyjä', ' Kftx', ' SxAx', ' S-A-', ' axsx']) expect(LEGAL_FORM_AFTER.test(text), text).toBe(false);
  });
  it('the blanks inside a form may be a blank, a tab or none', () => {
    for (const text of [' Ek. för.', ' Ek.\tför.', ' Ek.för.', ' Kowalski sp. z o.o.', ' Kowalski sp.zo.o.', ' a. s.', ' Pty Ltd Trustee', ' Pty\tLtd Trustee']) {
      expect(LEGAL_FORM_AFTER.test(text), text).toBe(true);
    }
    expect(LEGAL_FORM_AFTER.test(' Ek.  för.')).toBe(false);
  });
  it('a weak form only where the name ends', () => {
    for (const form of WEAK) {
      expect(LEGAL_FORM_AFTER.test(` ${form} Trustee`), form).toBe(false);
      expect(LEGAL_FORM_AFTER.test(` ${form}x`), form).toBe(false);
      for (const after of ['', ',', '.', ' and', ' och', ' & Co', '\n']) expect(LEGAL_FORM_AFTER.test(` ${form}${after}`), `${form}${after}`).toBe(true);
    }
    expect(LEGAL_FORM_AFTER.test(' Garcia AS TRUSTEE')).toBe(false);
    expect(LEGAL_FORM_AFTER.test(' Garcia AS')).toBe(true);
  });
});
