// Issue 11, the thirteenth probe (2026-12-05f), rows O1, O6 and O7 (test/redaction/probe-2026-12-05f.cases.md):
// firms and brands in comma lists read as `Surname, Given` (`Procter & Gamble, Morgan Stanley` →
// `Procter & [PERSON] Stanley`), lists of carriers, couriers and auditors and a carrier, vessel or app under
// its key read as persons, and the Portuguese verb `Quero` at a sentence's start read as a surname.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';
import { timeRatio } from './linear-time.js';
import { check, masked, storedResults } from './masked-text.js';

const { stored } = storedResults(createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]), sessionMemory: false }));

describe('O1: firms in a comma list are no `Surname, Given`', () => {
  it('the probe rows', () => {
    check([
      ['Experience at: Johnson & Johnson, Procter & Gamble, Morgan Stanley, Goldman Sachs, Ernst & Young, Charles Schwab.', [], ['Procter & Gamble, Morgan Stanley', 'Ernst & Young, Charles Schwab']],
      ['Programs: Flying Blue, Hertz Gold Plus Rewards', [], ['Flying Blue, Hertz Gold Plus Rewards']],
    ]);
  });
  it('more of the kind: firms joined by &, brands led by a word, listed firms after the comma', () => {
    check([
      ['Past employers: Marks & Spencer, Edward Jones and Deloitte', [], ['Marks & Spencer, Edward Jones']],
      ['Portfolio: Barnes & Noble, Morgan Stanley, Tesco', [], ['Barnes & Noble, Morgan Stanley']],
      ['Rewards: Skywards Gold, Hilton Honors', [], ['Skywards Gold, Hilton Honors']],
      ['Suppliers: Dun & Bradstreet, Lockheed Martin, Siemens', [], ['Dun & Bradstreet, Lockheed Martin']],
    ]);
  });
  it('still reads a person written family name first', () => {
    check([
      ['Patient: Okafor, Chidinma', ['Okafor, Chidinma'], ['Patient: ']],
      ['Contact Garcia, Maria for the keys', ['Garcia, Maria'], ['for the keys']],
      ['Smith, John A. signed the form', ['Smith, John'], ['signed the form']],
    ]);
  });
});

describe('O1 and O6: lists after a label of firms by their trade role', () => {
  it('the probe rows', () => {
    check([
      ['Carriers: Hapag-Lloyd, Evergreen Marine, Yang Ming, ONE, C.H. Robinson, Expeditors', [], ['Yang Ming', 'C.H. Robinson', 'Expeditors']],
      ['Auditors: Ernst & Young, Grant Thornton, Baker Tilly', [], ['Grant Thornton', 'Baker Tilly']],
    ]);
  });
  it('more of the kind', () => {
    check([
      ['Couriers: Aramex, Blue Dart, Gati, Delhivery, Ekart Logistics', [], ['Blue Dart', 'Delhivery', 'Ekart Logistics']],
      ['Lenders: Quicken Loans, Guild Mortgage, Fairway Independent; rates vary', [], ['Guild Mortgage', 'Fairway Independent']],
      ['Hotels: Hilton Garden Inn, Marriott Marquis, Conrad Dublin', [], ['Marriott Marquis', 'Conrad Dublin']],
    ]);
  });
  it('keeps a person named in prose after such a label, and a titled person in the list', () => {
    check([
      ['Vendors: please ask Maria Garcia about the invoice', ['Maria Garcia'], ['Vendors: please ask ']],
      ['Brokers: Dr. Rosalind Thackeray, Edward Jones, Charles Schwab', ['Rosalind Thackeray'], ['Edward Jones', 'Charles Schwab']],
    ]);
  });
  it('a carrier, a vessel and an app under their keys', () => {
    const out = stored({ vessel: 'Maersk Eindhoven', carrier: 'Yang Ming', app: 'Northwind Tracker', airline: 'Cathay Pacific', recipient: 'Rosalind Thackeray' });
    for (const value of ['Maersk Eindhoven', 'Yang Ming', 'Northwind Tracker', 'Cathay Pacific']) expect(out).toContain(value);
    expect(out).not.toContain('Rosalind Thackeray');
  });
  it('reads in linear time', () => {
    const line = 'Carriers: Yang Ming, C.H. Robinson, Expeditors, Procter & Gamble, Morgan Stanley\n';
    expect(timeRatio((text) => masked(text), (n) => line.repeat(Math.ceil(n / line.length)), 12_500, 25_000)).toBeLessThanOrEqual(3);
  });
});

describe('O7: a Romance verb of wanting at a sentence start is no name', () => {
  it('the probe rows', () => {
    check([
      ['Oi, sou João Pedro Albuquerque, e moro na Rua Augusta 1500. Quero trocar o produto.', ['João Pedro Albuquerque'], ['Quero trocar o produto.']],
      ['Quero trocar o produto, por favor.', [], ['Quero trocar o produto']],
    ]);
  });
  it('more of the kind', () => {
    check([
      ['Boa tarde. Quero cancelar o pedido 4471.', [], ['Quero cancelar o pedido']],
      ['Quero um reembolso.', [], ['Quero um reembolso']],
      ['Hola. Quiero devolver las zapatillas.', [], ['Quiero devolver']],
    ]);
  });
  it('keeps the surname as a name elsewhere', () => {
    check([['Contact Maria Quero about it', ['Maria Quero'], ['about it']]]);
  });
});
