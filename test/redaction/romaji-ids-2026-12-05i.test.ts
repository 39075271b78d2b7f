// Issue 11, the sixteenth probe (2026-12-05i), rows L1, L4 and L5 (test/redaction/probe-2026-12-05i.cases.md):
// Japanese records written in romanized Japanese (`Shimei:`, `Seinengappi:`, `Kojin bango:`, `MNP yoyaku bango`, a
// chōme-banchi-gō address with no ward after it; `Koza:` read as a person), student ids in school-record shapes
// (a OneRoster-like student's `identifier`, `student.id` of a disclosure log, `former student (ID …)`, `(grade 5, ID …)`,
// the French INE) and personal ids after labels of other languages (`PIS`, `personeelsnummer`, `Kundennummer`,
// `emp E-…`) were stored raw.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';
import { timeRatio } from './linear-time.js';
import { check, storedResults } from './masked-text.js';

const { stored, leaksIn, keptIn } = storedResults(() => createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]), sessionMemory: false }), 'c');

describe('L1: romanized Japanese labels and block-number addresses', () => {
  it('the probe rows: labels', () => {
    check([
      ['Shimei: KUROYANAGI Tsubasa\nMy Number: 1234 5678 9012\nSeinengappi: 1991/11/03\nKoza: DE89370400440532013000', ['KUROYANAGI', 'Tsubasa', '1991/11/03', 'DE89370400440532013000'], ['Shimei:', 'Seinengappi:', 'Koza:']],
      ['Kojin bango: 5819 3374 2286', ['5819 3374 2286'], ['Kojin bango:']],
      ['Shimei: KUROYANAGI Tsubasa, Seinengappi: 1991/11/03, Kojin bango: 4829 1735 6602.', ['KUROYANAGI', 'Tsubasa', '1991/11/03', '4829 1735 6602'], ['Seinengappi:', 'Kojin bango:']],
      ['MNP yoyaku bango 1234567890', ['1234567890'], ['MNP yoyaku bango']],
    ]);
    expect(leaksIn({ seinengappi: '1993-07-22' }, ['1993-07-22'])).toEqual([]);
  });
  it('more of the kind: other labels, members, a spouse\'s number, an employee number', () => {
    check([
      ['Kyuyo meisaisho\nShimei: HAYASHIDA Minori\nShain bango: 48812', ['HAYASHIDA', 'Minori', '48812'], ['Kyuyo meisaisho', 'Shain bango:']],
      ['Seinen gappi: 1987-04-09; keitai: 090-4412-7781', ['1987-04-09'], ['Seinen gappi:']],
      ['Nenmatsu chosei: Kojin bango: 6120 9934 1187, haigusha no kojin bango 4409 2215 7730', ['6120 9934 1187', '4409 2215 7730'], ['Nenmatsu chosei:']],
      ['Koza: 1234567 (Futsu), Ginko: Mizuho', [], ['Koza:', 'Ginko:']],
    ]);
    expect(leaksIn({ jugyoin: { seinengappi: '1990-06-30', kojin_bango: '3318 4427 9905', shimei: 'MORISHITA Kazunori' } }, ['1990-06-30', '3318 4427 9905', 'MORISHITA'])).toEqual([]);
    expect(leaksIn({ mnp_yoyaku_bango: '5512340987', tanjobi: '1987-04-09', denwa_bango: '090-4412-7781' }, ['5512340987', '1987-04-09', '090-4412-7781'])).toEqual([]);
    check([['Scores by player: 1-2-3 Oka-kun', [], ['1-2-3 Oka-kun']]]);
  });
  it('the probe rows: a chōme-banchi-gō address with no ward after it', () => {
    check([
      ["f Employee's address and ZIP code 2-14-7 Jingumae, Springfield IL 62704", ['2-14-7 Jingumae'], ["f Employee's address and ZIP code"]],
      ['Inspected 2-14-7 Jingumae on 11/30', ['2-14-7 Jingumae'], ['Inspected', 'on 11/30']],
      ['Home address (number and street): 1-3-5 Kichijoji-Honcho', ['1-3-5 Kichijoji-Honcho', 'Honcho'], ['Home address (number and street):']],
    ]);
  });
  it('more of the kind: other districts, a name before it, a member', () => {
    check([
      ['Site visit at 4-11-2 Shirokanedai; roof damage noted.', ['4-11-2 Shirokanedai'], ['roof damage noted']],
      ["Employee's name and address: Sato Haruki, 6-2-14 Yutenji, Toronto ON M5V 2T6", ['6-2-14 Yutenji'], ["Employee's name and address:"]],
      ['Address line 2: 1-8 Kamiuma', ['1-8 Kamiuma'], ['Address line 2:']],
    ]);
    expect(leaksIn({ box_f_employee_address: '3-8-12 Nishiazabu, Springfield IL 62704' }, ['3-8-12 Nishiazabu'])).toEqual([]);
  });
  it('keeps look-alikes: scores, versions, English words after three numbers, two numbers with no cue', () => {
    check([
      ['Final score 2-1-0 Banana split; ratio 3-2-1 Kenya; version 1-2-3 Release', [], ['2-1-0 Banana', '3-2-1 Kenya', '1-2-3 Release']],
      ['Build 10-20-30 Docker; pages 1-5 Tokyo guide; 4-2 Osaka won', [], ['10-20-30 Docker', '1-5 Tokyo', '4-2 Osaka']],
    ]);
  });
});

describe('L4: student ids in school-record shapes', () => {
  it('the probe rows', () => {
    expect(leaksIn({ student: { familyName: 'Tapsell', givenName: 'Ngaio', identifier: 'S20190417' } }, ['S20190417'])).toEqual([]);
    expect(leaksIn({ disclosureLog: [{ student: { id: '20419932', name: 'Ngaio Tapsell' } }] }, ['20419932'])).toEqual([]);
    check([
      ['I am Ngaio Tapsell, former student (ID S20190417, class of 2019)', ['S20190417'], ['former student (ID', 'class of 2019']],
      ['the student, Ngaio Tapsell (grade 5, ID 4410287)', ['4410287'], ['(grade 5, ID']],
      ['numéro INE 1234567890A', ['1234567890A'], ['numéro INE']],
    ]);
  });
  it('more of the kind: other members and parents, other spellings', () => {
    expect(leaksIn({ students: [{ localId: 'ST-558812', name: 'Aroha Whaanga' }] }, ['ST-558812'])).toEqual([]);
    expect(leaksIn({ pupil: { id: 77120331, stateId: 'NZ-4410287' } }, ['77120331', 'NZ-4410287'])).toEqual([]);
    expect(leaksIn({ ine: '0987654321B' }, ['0987654321B'])).toEqual([]);
    check([
      ['Request from a former student (student no. 88120455) for records', ['88120455'], ['former student']],
      ['Present: the pupil, Tama Ruru (year 9, ID 6631907), and a parent.', ['6631907'], ['(year 9, ID']],
      ["Identifiant national élève : 112233445AB", ['112233445AB'], ['Identifiant national élève']],
      ['INE: 2204567890K', ['2204567890K'], ['INE:']],
    ]);
  });
  it('keeps look-alikes: a student object\'s system keys and words, grades, a line of text', () => {
    expect(keptIn({ student: { sourcedId: 'stu-9931', status: 'active', grade: '05', id: 'a3f0c2de-19b4-4c55-9d1e-0f6b2a7c8e91' } }, ['stu-9931', 'active', 'a3f0c2de-19b4-4c55-9d1e-0f6b2a7c8e91'])).toEqual([]);
    expect(keptIn({ course: { id: 'MATH-2041', title: 'Algebra' } }, ['MATH-2041'])).toEqual([]);
    check([
      ['Online line: INE 1234 and ine 1234567890A', [], ['INE 1234', 'ine 1234567890A']],
      ['(grade 5, ID card photo required)', [], ['ID card photo']],
    ]);
  });
});

// The open part of L4: a student's number under the number members of a student's object
// (`{pupil:{number}}`), and right after the bare word with no label (`student S2298431 was absent`).
describe('L4: student numbers under number members and after the bare word', () => {
  it('structured: number members of a student object', () => {
    expect(leaksIn({ pupil: { number: 'P-771204', name: 'Aroha Whaanga' } }, ['P-771204'])).toEqual([]);
    expect(leaksIn({ learners: [{ no: '20230917', yearGroup: 9 }, { nr: 'L-55102', yearGroup: 8 }] }, ['20230917', 'L-55102'])).toEqual([]);
    expect(leaksIn({ student: { upn: 'H801200001001', uln: '4410287790' } }, ['H801200001001', '4410287790'])).toEqual([]);
  });
  it('prose: the bare word and the number', () => {
    check([
      ['Attendance: student S3318420 was absent twice.', ['S3318420'], ['Attendance: student', 'was absent']],
      ['Pupil 40918273 missed the exam.', ['40918273'], ['missed the exam']],
      ['Student 6612093 has a 504 plan.', ['6612093'], ['has a 504 plan']],
      ["L'élève 771204 est absent.", ['771204'], ['est absent']],
      ['Alumna 2041187 matriculada en 3º', ['2041187'], ['matriculada']],
      ['Learner ST-448120 completed the module.', ['ST-448120'], ['completed the module']],
    ]);
  });
  it('keeps look-alikes: counts, years, ranges, decimals, other objects', () => {
    check([
      ['student 3 of 25 passed; Student 2024 cohort; pupil 5 of 30', [], ['student 3 of 25', 'Student 2024 cohort', 'pupil 5 of 30']],
      ['student 12000 loans were forgiven; Student 2024-2025 year', [], ['12000 loans', '2024-2025']],
      ['The student 123456.78 average; students 55120 enrolled', [], ['123456.78', '55120']],
    ]);
    expect(keptIn({ course: { number: 'MATH-10120' }, student: { number: 3, grade: '05' } }, ['MATH-10120', '"number":3'])).toEqual([]);
  });
});

describe('L5: personal ids after labels of other languages and abbreviations', () => {
  it('the probe rows', () => {
    check([
      ['CPF 529.982.247-25 — PIS 120.5423.432-1', ['120.5423.432-1'], ['— PIS']],
      ['mijn personeelsnummer is 88213', ['88213'], ['mijn personeelsnummer is']],
      ['Kundennummer beim abgebenden Anbieter 1200448812', ['1200448812'], ['Kundennummer beim abgebenden Anbieter']],
      ['Thanks — Ifeoma Okafor (emp E-771023) will cover.', ['E-771023'], ['(emp ', 'will cover']],
    ]);
  });
  it('more of the kind', () => {
    check([
      ['PIS/PASEP: 170.33259.50-4', ['170.33259.50-4'], ['PIS/PASEP:']],
      ['Werknemersnummer: 440918; medewerkernummer 55102', ['440918', '55102'], ['Werknemersnummer:']],
      ['Kunden-Nr. 7788123, Vertragskonto 1', ['7788123'], ['Kunden-Nr.']],
      ['Kundennummer beim aufnehmenden Anbieter: 3300912245', ['3300912245'], ['Kundennummer']],
      ['escalated by emp 104477 on Friday', ['104477'], ['escalated by emp']],
      ['MNP予約番号 9912345678', ['9912345678'], ['MNP予約番号']],
    ]);
    expect(leaksIn({ personeelsnummer: '88213', kundennummer: '1200448812', pis: '120.5423.432-1' }, ['88213', '1200448812', '120.5423.432-1'])).toEqual([]);
  });
  it('keeps look-alikes: counts, lower-case words, other numbers', () => {
    check([
      ['emp 40 hours this week; temp 37.5; Pisa 2026 trip', [], ['emp 40 hours', 'Pisa 2026']],
      ['pis 12345678901 is no label in lower case', [], ['pis 12345678901']],
      ['MNP success rate 1234567890 ports', [], ['1234567890']],
    ]);
    expect(stored({ note: 'Kundennummer fehlt' })).toContain('Kundennummer fehlt');
  });
});

describe('linear time', () => {
  it('reads long texts of the new labels and addresses in linear time', () => {
    const line = 'Kojin bango: 5819 3374 2286, PIS 120.5423.432-1, Inspected 2-14-7 Jingumae, emp E-771023, (grade 5, ID 4410287) student S2298431 pupil 12 ';
    const make = (n: number) => line.repeat(Math.ceil(n / line.length)).slice(0, n);
    expect(timeRatio((text) => detectSensitive(text), make, 20_000, 40_000)).toBeLessThan(3);
    const blocks = (n: number) => '1-2-3 Kakakakakakaka 4-5-6 '.repeat(Math.ceil(n / 27)).slice(0, n);
    expect(timeRatio((text) => detectSensitive(text), blocks, 20_000, 40_000)).toBeLessThan(3);
  });
});
