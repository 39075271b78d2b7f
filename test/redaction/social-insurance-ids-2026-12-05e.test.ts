// Social-insurance and identity-card numbers after their own labels (L8 of the twelfth README-only
// probe, 2026-12-05e, issue 11): the German Sozialversicherungs-/Rentenversicherungsnummer
// (`SV-Nr. 65 140387 W 023`), the Spanish número de afiliación a la Seguridad Social (`Nº Afiliación
// SS: 28 12345678 40`), the Portuguese Cartão de Cidadão (`12345678 9 ZZ1`) and NIF (`NIF 198765436`,
// mod-11 check), the Polish dowód osobisty in its inflected forms (`numer dowodu osobistego: ABA
// 300000`) and the Turkish TCKN after `TC`/`TCKN` (checksum) were stored raw; the Steuer-ID, DNI, NIR,
// BSN, PESEL and codice fiscale beside them were masked. The row's inputs, other numbers and
// spellings of each kind made up here (the Portuguese NISS beside the NIF too), and look-alikes that stay.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { kept, leaks } from './masked-text.js';

const ids = (text: string) => detectSensitive(text).filter((d) => d.class === 'pii.government_id').map((d) => text.slice(d.start, d.end));

describe('L8: social-insurance and identity-card numbers after their own labels', () => {
  it('the probe rows', () => {
    const payslip = 'Pers.-Nr. 40719   Steuer-ID 47 036 892 816   SV-Nr. 65 140387 W 023\nSteuerklasse III';
    expect(leaks(payslip, ['65 140387 W 023', '47 036 892 816'])).toEqual([]);
    expect(kept(payslip, ['Pers.-Nr. 40719', 'Steuerklasse III'])).toEqual([]);
    expect(leaks('Meine steuerliche Identifikationsnummer ist 47036892816 und meine Sozialversicherungsnummer 12 020379 K 015.', ['12 020379 K 015'])).toEqual([]);
    expect(leaks('DNI: 12345678Z   Nº Afiliación SS: 28 12345678 40\nDomicilio: C/ Alcalá 142', ['28 12345678 40'])).toEqual([]);
    expect(leaks('sou a Sra. Mariana Figueiredo Lopes, residente em Lisboa, NIF 198765436.', ['198765436'])).toEqual([]);
    expect(leaks('Mariana Figueiredo Lopes, portadora do Cartão de Cidadão n.º 12345678 9 ZZ1, constitui seu bastante procurador', ['12345678 9 ZZ1'])).toEqual([]);
    expect(leaks('Seria i numer dowodu osobistego: ABA 300000, właściciel Agnieszka Wróblewska.', ['ABA 300000'])).toEqual([]);
    expect(leaks("İSTANBUL ANADOLU AİLE MAHKEMESİ'NE\nDAVACI: Elif Yıldırım (TC: 10457328954)\nADRES: Kadıköy", ['10457328954'])).toEqual([]);
  });

  it.each([
    ['SV-Nummer', 'SV-Nummer: 53 270581 M 117', '53 270581 M 117'],
    ['Versicherungsnummer, compact', 'Versicherungsnummer 15070649C103 laut Ausweis', '15070649C103'],
    ['RV-Nr.', 'RV-Nr. 65 170839 J 000, Deutsche Rentenversicherung Bund', '65 170839 J 000'],
    ['Austrian SV-Nummer (10 digits, check digit)', 'Sozialversicherungsnummer 1237 010180', '1237 010180'],
    ['número de afiliación a la Seguridad Social', 'número de afiliación a la Seguridad Social 08 76543210 12', '08 76543210 12'],
    ['N.º de afiliación', 'N.º de afiliación: 46/10293847/55', '46/10293847/55'],
    ['Cartão de Cidadão with a colon', 'Cartão de Cidadão: 87654321 0 ZX4', '87654321 0 ZX4'],
    ['CC n.º', 'Titular do CC n.º 11223344 5 ZY2, residente no Porto', '11223344 5 ZY2'],
    ['NIF with a colon', 'NIF: 245678913', '245678913'],
    ['número de contribuinte', 'número de contribuinte 123456789', '123456789'],
    ['NISS', 'NIF: 245678913   NISS: 12034567891', '12034567891'],
    ['dowodem osobistym', 'legitymujący się dowodem osobistym CAX 734512', 'CAX 734512'],
    ['nr dowodu', 'nr dowodu: AXB123456', 'AXB123456'],
    ['T.C. No', 'T.C. No: 10000000146', '10000000146'],
    ['TCKN with a colon', 'Başvuran TCKN: 10000000146, telefon yok', '10000000146'],
  ])('%s', (_name, text, value) => {
    expect(leaks(text, [value])).toEqual([]);
  });

  it('keeps numbers the labels do not name', () => {
    // A Portuguese NIF whose check digit is wrong, a Turkish number whose checksum fails after a bare `TC`.
    expect(ids('NIF 198765437')).toEqual([]);
    expect(ids('TC 12345678901')).toEqual([]);
    // A cost centre and a proof of payment.
    expect(ids('Kostenstelle CC 4071 9, Buchung 2026')).toEqual([]);
    expect(ids('dowód wpłaty nr 2026/11/0042')).toEqual([]);
    // A German personnel number beside the SV number.
    expect(kept('SV-Nr. 65 140387 W 023   Pers.-Nr. 40719', ['40719'])).toEqual([]);
  });

  it('linear on hostile runs of labels', () => {
    expect(timeRatio((text) => detectSensitive(text), (n) => 'SV-Nr. 65 140387 W '.repeat(Math.ceil(n / 19)))).toBeLessThan(3);
    expect(timeRatio((text) => detectSensitive(text), (n) => 'dowodu osobistego AB '.repeat(Math.ceil(n / 21)))).toBeLessThan(3);
    expect(timeRatio((text) => detectSensitive(text), (n) => '(TC: 1045732895) '.repeat(Math.ceil(n / 17)))).toBeLessThan(3);
  });
});
