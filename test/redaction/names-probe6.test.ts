// The sixth fresh probe of 2026-12-03 (test/redaction/probe-2026-12-03e.cases.md rows 80-84;
// issue 11): person names in free text stored raw, and words that are no person masked as one.
// Leaks, by mechanism: unlisted names in capitals after a payment cue, as a whole value, before an
// identity label or an address in angle brackets (`Transfer from TEVITA HAVILI to NGAIO TAWHIRI`,
// `Tevita Havili SSN 536-22-8514`, `KYC: name=Tevita Havili`); the later items of a list of people
// (`1. FIFITA, Siosaia (M)\n2. HAVILI, Tevita (M)`, `HAVILI T, FIFITA S, TAWHIRI N`); clinical
// cues (`RN Tawhiri`, `NP Srisuk`, `Pt: Havili T. 41M`, `41M Havili presenting`); a Thai given
// name and surname after a noun (`ผู้ป่วย สมชาย ใจดี`); a lone surrogate inside a name.
// Over-masking: `Rose Garden`, `Harvey Nichols` (a shop), court cases (`Baker v. Carr`).
// Through the public API: detectSensitive, and an auditor with a file ledger.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, detectSensitive, fileLedger } from '@agent-audit/core';
import { storedJsonl, unescapedLines, blankMachineValues } from './stored.js';

const persons = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));
/** What is left of `text` where a detection masks nothing (every detection blanked). */
const left = (text: string): string => {
  let out = text;
  for (const d of [...detectSensitive(text)].sort((a, b) => b.start - a.start)) out = out.slice(0, d.start) + ' # ' + out.slice(d.end);
  return out;
};
/** Stored text with pseudonym tokens and hex runs blanked, so that short checks cannot match a random token or hash. */
const readable = (stored: string): string => blankMachineValues(stored).replace(/\[[A-Z_]+:psn_\w+\]/g, ' ').replace(/[0-9a-f]{32,}/gi, ' ');
const unmasked = (text: string, pieces: string[]): string[] => pieces.filter((piece) => left(text).toLowerCase().includes(piece.toLowerCase()));

// Unlisted names (Tongan, Māori, Thai): the lists hold none of them.
const GIVEN = ['TEVITA', 'NGAIO', 'SIOSAIA', 'KAEWKLA', 'TAMATEA'];
const FAMILY = ['HAVILI', 'TAWHIRI', 'FIFITA', 'SRISUK', 'PAEWAI'];
const cap = (word: string): string => word[0] + word.slice(1).toLowerCase();

describe('kind 80: unlisted names in capitals or mixed case after a payment cue, as a whole value, before an identity label', () => {
  it.each([
    ['Transfer from TEVITA HAVILI to NGAIO TAWHIRI ref rent', ['TEVITA', 'HAVILI', 'NGAIO', 'TAWHIRI']],
    ['TEVITA HAVILI', ['TEVITA', 'HAVILI']],
    ['Tevita Havili SSN 536-22-8514', ['Tevita', 'Havili']],
    ['TEVITA HAVILI SSN 536-22-8514', ['TEVITA', 'HAVILI']],
    ['Tevita Havili DOB 1984-03-12', ['Tevita', 'Havili']],
    ['Tevita Havili, MRN 00482913', ['Tevita', 'Havili']],
    ['Tevita Havili passport LA1234567', ['Tevita', 'Havili']],
    ['KYC: name=Tevita Havili; dob=1984-03-12; ssn=536228514', ['Tevita', 'Havili']],
    ['KYC: full_name=TEVITA HAVILI; dob=1984-03-12', ['TEVITA', 'HAVILI']],
    ['Paid to Tevita Havili', ['Tevita', 'Havili']],
    ['Send to NGAIO TAWHIRI', ['NGAIO', 'TAWHIRI']],
    ['Sent from Ngaio Tawhiri', ['Ngaio', 'Tawhiri']],
    ['Pay TEVITA HAVILI 200 NZD', ['TEVITA', 'HAVILI']],
    ['Zahlung an HAVILI TEVITA, Verwendungszweck Miete', ['HAVILI', 'TEVITA']],
    ['POS 03/12 CARD 1111 TEVITA HAVILI COUNTDOWN AKL', ['TEVITA', 'HAVILI']],
    ['From: TEVITA HAVILI <th@x.org>', ['TEVITA', 'HAVILI']],
  ])('%s', (text, pieces) => {
    expect(unmasked(text, pieces)).toEqual([]);
  });

  it('any two unlisted words in capitals after a payment cue, or before an identity label', () => {
    fc.assert(
      fc.property(fc.constantFrom(...GIVEN), fc.constantFrom(...FAMILY), fc.constantFrom('Transfer from ', 'Transfer to ', 'Payment to ', 'Paid to ', 'Sent to ', 'Wire to ', 'Refund to '), fc.constantFrom('', ' ref rent', ' 120.00', ' on 03/12'), (given, family, cue, tail) => {
        expect(unmasked(`${cue}${given} ${family}${tail}`, [given, family])).toEqual([]);
      }),
      { numRuns: 80 },
    );
    fc.assert(
      fc.property(fc.constantFrom(...GIVEN), fc.constantFrom(...FAMILY), fc.boolean(), fc.constantFrom(' SSN 536-22-8514', ' DOB 12/03/1984', ', MRN 00482913', ' D.O.B. 1984-03-12'), (given, family, capitals, label) => {
        const name = capitals ? `${given} ${family}` : `${cap(given)} ${cap(family)}`;
        expect(unmasked(`${name}${label}`, [given, family])).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });

  it.each([
    'Pay Bill',
    'Transfer to Savings Account',
    'Transfer to CHECKING ACCOUNT',
    'Payment to NETFLIX SUBSCRIPTION',
    'Refund to VISA CARD',
    'Transfer from HSBC UK',
    'Payment from Acme Holdings',
    'ACCESS DENIED',
    'NOT FOUND',
    'INTERNAL SERVER ERROR',
    'Order ORD-2026-0042 SSN field empty',
    'Error: status=PENDING REVIEW',
  ])('no person: %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('kind 81: the later items of a list of people', () => {
  it.each([
    ['Found 2 patients:\n1. FIFITA, Siosaia (M) \n2. HAVILI, Tevita (M)', ['FIFITA', 'Siosaia', 'HAVILI', 'Tevita']],
    ['1. Havili, Tevita\n2. Fifita, Siosaia\n3. Tawhiri, Ngaio', ['Havili', 'Tevita', 'Fifita', 'Siosaia', 'Tawhiri', 'Ngaio']],
    ['Patients today: HAVILI T, FIFITA S, TAWHIRI N', ['HAVILI', 'FIFITA', 'TAWHIRI']],
    ['- HAVILI, Tevita (41M)\n- TAWHIRI, Ngaio (F)', ['HAVILI', 'Tevita', 'TAWHIRI', 'Ngaio']],
    ['Ward list:\n* Paewai, Tamatea (62F)\n* Srisuk, Kaewkla (M)\n* Havili, Tevita', ['Paewai', 'Tamatea', 'Srisuk', 'Kaewkla', 'Havili', 'Tevita']],
  ])('%s', (text, pieces) => {
    expect(unmasked(text, pieces)).toEqual([]);
  });

  it('every item of a numbered list once one is a listed name, any length and order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...FAMILY), fc.constantFrom(...GIVEN)), { minLength: 1, maxLength: 4 }), fc.nat(4), fc.constantFrom('.', ')'), (unlisted, at, mark) => {
        const items = unlisted.map(([family, given]) => `${cap(family)}, ${cap(given)}`);
        items.splice(Math.min(at, items.length), 0, 'Garcia, Maria');
        const text = items.map((item, k) => `${k + 1}${mark} ${item}`).join('\n');
        expect(unmasked(text, unlisted.flat())).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it.each(['1. Notes, General\n2. Results, Pending', 'Vitamins: VITAMIN D, VITAMIN C', '1. Intro, Overview\n2. Setup, Install', 'Grades: GROUP A, GROUP B, GROUP C'])('no person: %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('kind 82: clinical cues', () => {
  it.each([
    ['Discussed with Dr Ngata and RN Tawhiri', ['Ngata', 'Tawhiri']],
    ['RN Tawhiri gave 5mg', ['Tawhiri']],
    ['NP Srisuk reviewed', ['Srisuk']],
    ['LPN Paewai checked obs', ['Paewai']],
    ['Pt: Havili T. 41M', ['Havili']],
    ['Summary: 41M Havili presenting with chest pain', ['Havili']],
    ['Dr Tawhiri', ['Tawhiri']],
    ['NOK: Ngaio Tawhiri', ['Ngaio', 'Tawhiri']],
  ])('%s', (text, pieces) => {
    expect(unmasked(text, pieces)).toEqual([]);
  });

  it.each(['RN on duty overnight', 'Pt: stable overnight', 'NP Complete problems', 'Summary: 41M Presenting Complaint', 'RN Handover at 0700'])('no person: %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('kind 83: Thai names after a noun; a lone surrogate inside a name', () => {
  it.each([
    ['ผู้ป่วย สมชาย ใจดี', ['สมชาย', 'ใจดี']],
    ['ลูกค้า สมหญิง รักไทย มาถึงแล้ว', ['สมหญิง', 'รักไทย']],
    ['นาย สมชาย ใจดี', ['สมชาย', 'ใจดี']],
  ])('%s', (text, pieces) => {
    expect(unmasked(text, pieces)).toEqual([]);
  });

  it.each(['ผู้ป่วย อาการ ดีขึ้น', 'ลูกค้า ต้องการ คืนเงิน', 'ผู้ป่วย มีไข้ สูง'])('no person: %s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it.each(['Tevita \uD800 Havili \uDFFF 536-22-8514', 'Tevita \uFFFD Havili SSN 536-22-8514', 'Tevita\uDC00Havili called'])('%j', (text) => {
    expect(unmasked(text, ['Tevita', 'Havili'])).toEqual([]);
  });
});

describe('kind 84: over-masking (should stay readable)', () => {
  it.each(['Note: Birmingham.', 'Note: Chelsea.', 'Note: Rose Garden.', 'Note: Harvey Nichols.', 'Baker v. Carr', 'Landmark case about Marbury v. Madison', 'Roe v Wade was overturned', 'see Brown vs. Board', 'Lunch at Covent Garden', 'Meet at Trafalgar Square'])('%s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it('names around them stay masked', () => {
    expect(persons('Dr Baker v. the board')).toEqual(['Baker']);
    expect(persons('Daan v.d. Meulen')).toEqual(['Daan v.d. Meulen']);
    expect(persons('Rose Garcia')).toEqual(['Rose Garcia']);
  });
});

describe('end to end: an auditor with a file ledger', () => {
  it('stores no piece of the names, and keeps the look-alikes readable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aa-names-probe6-'));
    const auditor = createAuditor({ agent: { id: 'bank-bot' }, sink: fileLedger({ dir }), redactor: createRedactor({ pseudonymKey: createKeyring([Buffer.alloc(32, 29)]) }) });
    auditor.record({ type: 'message.user', content: { input: 'Transfer from TEVITA HAVILI to NGAIO TAWHIRI ref rent' } });
    auditor.record({ type: 'message.user', content: { input: 'Tevita Havili SSN 536-22-8514' } });
    auditor.record({ type: 'message.user', content: { input: 'KYC: name=Tevita Havili; dob=1984-03-12; ssn=536228514' } });
    auditor.record({ type: 'message.user', content: { input: 'TEVITA HAVILI' } });
    auditor.record({ type: 'tool.result', tool: { name: 'mcp_fetch', result: { content: [{ type: 'text', text: 'Found 2 patients:\n1. FIFITA, Siosaia (M) \n2. HAVILI, Tevita (M)' }], isError: false } } });
    auditor.record({ type: 'message.user', content: { input: 'Patients today: HAVILI T, FIFITA S, TAWHIRI N' } });
    auditor.record({ type: 'message.user', content: { input: 'RN Tawhiri gave 5mg; Pt: Havili T. 41M' } });
    auditor.record({ type: 'message.user', content: { input: 'ผู้ป่วย สมชาย ใจดี' } });
    auditor.record({ type: 'message.user', content: { input: 'Tevita \uD800 Havili \uDFFF 536-22-8514' } });
    auditor.record({ type: 'tool.result', tool: { name: 'docs', result: { title: 'Baker v. Carr', summary: 'Landmark case about Marbury v. Madison', note: 'Note: Birmingham. Rose Garden. Harvey Nichols.' } } });
    await auditor.close();
    const all = unescapedLines(storedJsonl(dir));
    expect(all.length).toBeGreaterThan(0);
    const text = readable(all);
    for (const piece of ['Tevita', 'Havili', 'Ngaio', 'Tawhiri', 'Siosaia', 'Fifita', 'สมชาย', 'ใจดี', '536-22-8514']) expect(text.toLowerCase().includes(piece.toLowerCase()), piece).toBe(false);
    for (const kept of ['Baker v. Carr', 'Marbury v. Madison', 'Birmingham', 'Rose Garden', 'Harvey Nichols', 'ref rent', 'gave 5mg']) expect(text, kept).toContain(kept);
  });
});
