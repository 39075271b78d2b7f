// Issue 13: direct calls of file-name-persons.ts detectFileNamePersons (L20 of the probe of
// 2026-12-06, 94b4aeef), written from the Stryker run of 2026-12-06 (docs/TESTING.md, the row of the
// third session's new files), whose tests went through names-open-2026-12-06b.test.ts. Each
// boundary below fails with its mutant made: the extension's stem and its 120-character window,
// the parts and the one joiner between a run's words, two or three words, a personal document's
// word or a listed name, the spans and their normalized words, every file of a listing.
import { describe, expect, it } from 'vitest';
import type { Detection } from '../../packages/core/src/redaction/types.js';
import { detectFileNamePersons } from '../../packages/core/src/redaction/file-name-persons.js';

/** The detections as `text[start, end)=normalized`. */
function found(text: string): string[] {
  const out: Detection[] = [];
  detectFileNamePersons(text, out);
  for (const detection of out) expect([detection.type, detection.class]).toEqual(['PERSON', 'pii.person']);
  return out.map((detection) => `${text.slice(detection.start, detection.end)}=${detection.normalized}`);
}

describe('detectFileNamePersons', () => {
  it("two or three name words beside a personal document's word", () => {
    expect(found('Payslip_Thandiwe_Ndlovu_Nov2026.pdf')).toEqual(['Thandiwe_Ndlovu=thandiwe ndlovu']);
    expect(found('Ndlovu_Thandiwe_ID.jpg')).toEqual(['Ndlovu_Thandiwe=ndlovu thandiwe']);
    expect(found('leota.tavita.drivers-licence.png')).toEqual(['leota.tavita=leota tavita']);
    expect(found('kyc/passport-Selin-Ayse-Yilmaz.heic')).toEqual(['Selin-Ayse-Yilmaz=selin ayse yilmaz']);
  });

  it('a listed name needs no document word; unknown words without either stay', () => {
    expect(found('notes_Thandiwe_Garcia.txt')).toEqual(['Thandiwe_Garcia=thandiwe garcia']);
    expect(found('notes_Garcia_Thandiwe.txt')).toEqual(['Garcia_Thandiwe=garcia thandiwe']);
    expect(found('notes_Thandiwe_Ndlovu.txt')).toEqual([]);
    // Decomposed (macOS, NFD): the listed name is read composed, and so is the pseudonym's form.
    expect(found('notes_Thandiwe_Garci\u0301a.txt')).toEqual(['Thandiwe_Garci\u0301a=thandiwe garc\u00eda']);
    expect(found('Acme_Globex_merger_terms.pdf')).toEqual([]);
    expect(found('Quarterly_Report_Q3_2026.pdf')).toEqual([]);
    expect(found('Monthly_Bank_Statement_Template.xlsx')).toEqual([]);
  });

  it('two to four name words; five are no name', () => {
    expect(found('Payslip_Thandiwe_Nomsa_Ndlovu.pdf')).toEqual(['Thandiwe_Nomsa_Ndlovu=thandiwe nomsa ndlovu']);
    expect(found('Payslip_Thandiwe_Nomsa_Ndlovu_Moyo.pdf')).toEqual(['Thandiwe_Nomsa_Ndlovu_Moyo=thandiwe nomsa ndlovu moyo']);
    expect(found('Payslip_Thandiwe_Nomsa_Ndlovu_Moyo_Tavita.pdf')).toEqual([]);
    // Three letters are a name word (composed, when written decomposed).
    expect(found('Payslip_Lwazi_Ngo.pdf')).toEqual(['Lwazi_Ngo=lwazi ngo']);
    expect(found('Payslip_Lwazi_Ngo\u0302.pdf')).toEqual(['Lwazi_Ngo\u0302=lwazi ng\u00f4']);
  });

  it('a lone name word, words of fewer than three letters, words with digits, two joiners: no run', () => {
    expect(found('Payslip_Ndlovu.pdf')).toEqual([]);
    expect(found('Payslip_Li_Na.pdf')).toEqual([]);
    expect(found('Payslip_Li\u0301_Na\u0301.pdf')).toEqual([]);
    expect(found('Payslip_\u0301Thandiwe_Ndlovu.pdf')).toEqual([]);
    expect(found('Payslip_Thandiwe_Ndlovu_Payslip.pdf')).toEqual(['Thandiwe_Ndlovu=thandiwe ndlovu']);
    expect(found('Payslip_Thandiwe2_Ndlovu.pdf')).toEqual([]);
    expect(found('Payslip_Thandiwe__Ndlovu.pdf')).toEqual([]);
    expect(found('Payslip_Thandiwe_2026_Ndlovu.pdf')).toEqual([]);
  });

  it('the run ends at a word that is no name word', () => {
    expect(found('Thandiwe_Ndlovu-2026_payslip.pdf')).toEqual(['Thandiwe_Ndlovu=thandiwe ndlovu']);
    expect(found('Thandiwe_Ndlovu_payslip_Leota_Tavita.pdf')).toEqual(['Thandiwe_Ndlovu=thandiwe ndlovu', 'Leota_Tavita=leota tavita']);
  });

  it('every file of a listing; the stem stops at a blank, a slash or a colon', () => {
    expect(found('ls: Payslip_Thandiwe_Ndlovu.pdf Ndlovu_Thandiwe_ID.jpg')).toEqual(['Thandiwe_Ndlovu=thandiwe ndlovu', 'Ndlovu_Thandiwe=ndlovu thandiwe']);
    expect(found('s3://bucket/Leota_Tavita_passport.png')).toEqual(['Leota_Tavita=leota tavita']);
    // One name word before the stem, a blank between, is the stem's first word's given name (F13 of the leak probe of
    // 2026-12-07, `Hildegard Brunnhuber_03071948.pdf`): read with it since then.
    expect(found('Thandiwe Ndlovu_payslip.pdf')).toEqual(['Thandiwe Ndlovu=thandiwe ndlovu']);
    expect(found('.pdf Thandiwe_Ndlovu')).toEqual([]);
  });

  it('reads 120 characters of the stem before the extension', () => {
    const pad = (n: number): string => '1'.repeat(n);
    // Stem: `Thandiwe_Ndlovu_` (16) + digits + `_payslip` (8).
    expect(found(`Thandiwe_Ndlovu_${pad(96)}_payslip.pdf`)).toEqual(['Thandiwe_Ndlovu=thandiwe ndlovu']);
    expect(found(`Thandiwe_Ndlovu_${pad(97)}_payslip.pdf`)).toEqual(['handiwe_Ndlovu=handiwe ndlovu']);
  });

  it('no file name: no extension, no dot', () => {
    expect(found('Payslip_Thandiwe_Ndlovu')).toEqual([]);
    expect(found('Payslip_Thandiwe_Ndlovu pdf')).toEqual([]);
    expect(found('Payslip_Thandiwe_Ndlovu.pdfx')).toEqual([]);
    expect(found('')).toEqual([]);
  });
});
