// Labels, mailbox and office names, and English named things read as persons (the twelfth
// README-only probe of 2026-12-05e, O4 and O7): `Insured DOB:`, `Accounts Payable <ap@…>`, `Employer
// PAYE reference`, `NISS:`, `Cartão de Cidadão n.º`, `AİLE MAHKEMESİ'NE`, `Agent's` after a
// signature's blank (as a password); `(Noble Numbat)`, `Fenwick tree`, `Pearson correlation`,
// `Federal Pell Grant`, `Lloyd's of London`, `List-Id: Harcourt Announcements`. The persons beside
// them stay masked.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';
import { kept, leaks, masked } from './masked-text.js';
import { timeRatio } from './linear-time.js';

describe('labels, mailbox and office names (O4)', () => {
  it.each([
    ['FIRST NOTICE OF LOSS\nInsured: Leonora Castellanos\nInsured DOB: 03/14/1987\nDescription: kitchen fire, insured reports smoke damage.', ['Insured DOB', 'insured reports'], ['Castellanos', '03/14/1987']],
    ['Policyholder: Ezequiel Marchetti\nPolicyholder DOB: 1990-02-11\nClaimant DOB: 1988-05-02', ['Policyholder DOB', 'Claimant DOB'], ['Marchetti']],
    ['Insured: State Farm policyholder\nInsured vehicle: 2021 Honda Accord', ['Insured vehicle'], []],
    ['To: Accounts Payable <ap@harcourt.example>\nCc: Accounts Receivable <ar@harcourt.example>\nBcc: Billable Hours <hours@harcourt.example>', ['Accounts Payable', 'Accounts Receivable', 'Billable Hours'], []],
    ['1 Employer PAYE reference 123/AB45678\nEmployer PAYE ref: 475/HB12345', ['Employer PAYE reference', 'Employer PAYE ref'], []],
    ['NIF: 245678913   NISS: 12345678901\nNUSS: 28/12345678/40', ['NISS:', 'NUSS:'], []],
    ['Mariana Figueiredo Lopes, portadora do Cartão de Cidadão n.º 12345678 9 ZZ1, residente em Lisboa.', ['Cartão de Cidadão'], ['Figueiredo Lopes']],
    ["İSTANBUL ANADOLU ... AİLE MAHKEMESİ'NE\nDAVACI: Elif Yıldırım", ["AİLE MAHKEMESİ'NE"], ['Yıldırım']],
    ["Principal's signature: ________  Agent's phone: 617-555-0193\nWitness signature: ______   Notary's commission no.: 4417", ["Agent's phone", "Notary's commission"], ['617-555-0193']],
  ])('%s', (text, stays, gone) => {
    expect(kept(text, stays)).toEqual([]);
    expect(leaks(text, gone)).toEqual([]);
  });

  it('a signature that is written stays masked as before', () => {
    expect(masked('signature: s3cr3t-Val9e')).not.toContain('s3cr3t-Val9e');
  });
});

describe('English named things (O7)', () => {
  it.each([
    ['Ubuntu 24.04.1 LTS (Noble Numbat), Ubuntu 22.04 LTS (Jammy Jellyfish), Debian 13 (Trixie), Debian 12 (Bookworm).', ['Noble Numbat', 'Jammy Jellyfish', 'Trixie']],
    ['Fenwick tree, Pearson correlation, Spearman rank correlation, Kendall coefficient, Cartesian tree.', ['Fenwick tree', 'Pearson correlation', 'Spearman rank correlation', 'Kendall coefficient']],
    ['Aid: Federal Pell Grant, Federal Perkins Loan; Lloyd\'s of London syndicate 2623.', ['Federal Pell Grant', 'Federal Perkins Loan', "Lloyd's of London"]],
    ['List-Id: Harcourt Announcements <announce.harcourt.example>\nList-Id: Harcourt Alerts <alerts.harcourt.example>\nList-Id: Okafor Updates <updates.okafor.example>', ['Harcourt Announcements', 'Harcourt Alerts', 'Okafor Updates']],
  ])('%s', (text, stays) => {
    expect(kept(text, stays)).toEqual([]);
  });

  it('persons stay masked', () => {
    expect(leaks('Report by Maria Pearson, reviewed by John Grant.', ['Pearson', 'Grant'])).toEqual([]);
    expect(leaks('Hugh Grant and Tobiah Wrenfield met Judge Ines Abernathy.', ['Grant', 'Wrenfield', 'Abernathy'])).toEqual([]);
    expect(leaks('From: Leonora Castellanos <leonora@posteo.net>', ['Castellanos'])).toEqual([]);
  });

  it('linear time', () => {
    expect(timeRatio((text) => detectSensitive(text), (n) => 'Insured DOB: Ubuntu 1 (Noble Numbat) Lloyd\'s of '.repeat(Math.ceil(n / 48)))).toBeLessThan(3);
  });
});
