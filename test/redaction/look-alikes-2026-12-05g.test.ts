// Look-alikes the fourteenth README-only probe (2026-12-05g, issue 11) found masked:
// O2 companies with a legal form of the Nordics, Finland, Czechia (…) or of an Indian group read as persons;
// O3 company registry, invoice and payment reference numbers read as phones, a police unit's call sign as an address;
// O4 streets, squares and places without a number and property names read as persons;
// O5 greetings and thanks of Czech, Slovak, Danish, Estonian, Greek (Latin letters) and Swahili read as persons;
// O6 games, characters, works and products named after persons read as persons (one as an address).
// The rows' inputs, their held-back inputs, other spellings of each kind made up here, and the
// persons in the same frames that stay masked.
import { describe, expect, it } from 'vitest';
import { createRedactor, detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { check, leaks, masked, storedResults, type Case } from './masked-text.js';

const unchanged = (text: string): void => expect(masked(text)).toBe(text);

describe('O2: a name before a legal form is a company', () => {
  it.each([
    // The row's inputs.
    'CVR-nr. 22756214 (Novo Nordisk A/S), ',
    'Y-tunnus 0112038-9 (Nokia Oyj)',
    'Škoda Auto a.s., Kofola ČeskoSlovensko',
    'Tata Consultancy Services, Infosys, Reliance Jio',
    'supplier Nokia Oyj',
    // Held back.
    'Supplier: Orkla ASA, Ørsted A/S, Fortum Oyj, Kofola a.s., Wipro Limited',
    'Customers: Novo Nordisk A/S and Nokia Oyj',
    'Vendor: Tata Consultancy Services; Reliance Jio',
    // The kind: the legal forms of the EU countries and the Nordics.
    'Payee: Lindqvist Bygg AB, org.nr 556677-8899',
    'Leverandør: Hansen Rør ApS',
    'Toimittaja: Virtanen Oy',
    'Dodavatel: Novák Stavby s.r.o.',
    'Szállító: Kovács Építő Kft.',
    'Furnizor: Popescu Construct S.R.L.',
    'Tarnija: Tamm Ehitus OÜ',
    'Piegādātājs: Ozols SIA',
    'Tiekėjas: Petraitis UAB',
    'Lieferant: Müller Bau GmbH',
    'Dostawca: Kowalski Budownictwo sp. z o.o.',
    'Fornitore: Rossi Costruzioni S.p.A.',
  ])('%s', (text) => unchanged(text));

  it('keeps persons beside a company and a name before a word in capitals that is no legal form', () => {
    check([
      ['contact: Mikko Korhonen, Nokia Oyj', ['Mikko Korhonen'], ['Nokia Oyj']],
      ['Kontakt: Lena Vogt, Novo Nordisk A/S', ['Lena Vogt'], ['Novo Nordisk A/S']],
      ['Kristian Herzog as guardian', ['Kristian Herzog'], []],
      ['Signed: Anna Lindqvist, Volvo AB', ['Anna Lindqvist'], ['Volvo AB']],
    ] as Case[]);
  });

  it('reads the table in a company-name member beside an address', () => {
    const { keptIn } = storedResults(() => createRedactor());
    expect(keptIn({ companyName: 'Kovács Építő Kft.', address: { street: 'Fő utca 12', city: 'Budapest' } }, ['Kovács Építő Kft.'])).toEqual([]);
  });
});

describe('O3: registry, invoice and reference numbers are no phones', () => {
  it.each([
    'Organisationsnummer 556036-0793 (Volvo Personvagnar AB)',
    'cégjegyzékszám 01-10-041683',
    'Faktura 2026-11873, OCR 4455, KID 0048812993021',
    'Organisationsnummer 556703-7485',
    'Faktura 2026-22104, KID 0031187720014',
    'cégjegyzékszám 01-09-562739',
    'Unit 4-Adam-12 responded to the call',
    'Org.nr: 559112-4410',
    'Organisasjonsnummer 923 609 016',
    'Fakturanummer: 2026-004417',
    'IČO 274 50 577',
    'Registrikood 10137025',
    'Y-tunnus 2331972-7',
    'adószám 12345678-2-42',
    'KID-nr. 1234567890128',
    'unit 2-Lincoln-7 en route',
  ])('%s', (text) => unchanged(text));

  it('a call sign under a member', () => {
    const { keptIn } = storedResults(() => createRedactor());
    expect(keptIn({ badge: 'Unit 4-Adam-12' }, ['Unit 4-Adam-12'])).toEqual([]);
    expect(keptIn({ unit: '2-Adam-7' }, ['2-Adam-7'])).toEqual([]);
  });

  it('keeps phones after the same words in lower case and a flat after `Unit`', () => {
    expect(leaks('call my kid 555-123-4567', ['555-123-4567'])).toEqual([]);
    expect(leaks('ocr 555-123-4567 please', ['555-123-4567'])).toEqual([]);
    expect(leaks('Unit 4, 12 Main Street, Springfield', ['Unit 4, 12 Main Street'])).toEqual([]);
    expect(leaks('Tel. 08-555 123 45, faktura till Anna', ['08-555 123 45'])).toEqual([]);
  });
});

describe('O4: streets, squares, places and properties without a number', () => {
  it.each([
    'Famous streets: Drottninggatan, Karl Johans gate, Strøget, Calea Victoriei.',
    'Gustav Adolfs torg',
    'Properties: The Ellington, Juniper Court Apartments, Harbor View Lofts, Maple Ridge Townhomes',
    'Szent István nap',
    'Ziua Națională a României',
    // Held back.
    'Shops on Drottninggatan and Kungsgatan; Gustav Adolfs torg',
    'birth_place: Bergen, Norway',
    'Properties: Harbor View Lofts, Maple Ridge Townhomes',
    'Walk along Calea Victoriei to Piața Revoluției',
    // The kind.
    'Meet at Kongens Nytorv or Rådhuspladsen; then Frederiks allé',
    'Strada Lipscani and Bulevardul Unirii are closed',
    'Walk to Náměstí Míru, then Agios Nikolaos',
    'Born in Tartu, Estonia; raised in Kaunas, Lithuania',
    'Listings: Cedar Point Condos, Riverside Residences',
  ])('%s', (text) => unchanged(text));

  it('keeps persons in the same frames', () => {
    check([
      ['birth_place: Bergen, Norway; mother: Ingrid Bergen', ['Ingrid Bergen'], ['Bergen, Norway']],
      ['Contact: Gustav Lindqvist, torg manager', ['Gustav Lindqvist'], []],
      ['Patient: Ingrid Berg, Norway', ['Ingrid Berg'], []],
    ] as Case[]);
  });
});

describe('O5: greetings and thanks are no persons', () => {
  it.each([
    'Veselé Vánoce!',
    'Veselé Vianoce!',
    'Tak for din ordre!',
    'Häid jõule!',
    'Kala Christougenna kai Eftychismeno to Neo Etos!',
    'Asante sana, hakuna matata',
    // Held back.
    'Veselé Vánoce a šťastný nový rok!',
    'Tak for din ordre og god weekend',
    'Asante sana kwa ununuzi wako',
    'Häid jõule ja head uut aastat',
    // The kind.
    'Glædelig jul og godt nytår!',
    'God jul och gott nytt år',
    'Hyvää joulua!',
    'Heri ya Krismasi na Mwaka Mpya',
    'Boldog karácsonyt!',
    'Linksmų Kalėdų!',
  ])('%s', (text) => unchanged(text));

  it('keeps the name after a greeting and a person named Tak', () => {
    check([
      ['Veselé Vánoce, Jana Nováková!', ['Jana Nováková'], ['Veselé Vánoce']],
      ['Kala Christougenna Maria Papadopoulou', ['Maria Papadopoulou'], ['Kala Christougenna']],
      ['Tak for the files, Tak Wing Chan', ['Tak Wing Chan'], ['Tak for the files']],
    ] as Case[]);
  });
});

describe('O6: games, characters, works and products named after persons', () => {
  it.each([
    "Top played: Elden Ring, Baldur's Gate 3, Stardew Valley, Minecraft 1.21, Hollow Knight",
    'Lara Croft skin',
    'Agatha Christie novels, Sherlock Holmes, Frida Kahlo prints',
    'BILLY bookcase, MALM bed',
    'Beck Depression Inventory',
    'Spearman rho',
    'Wilcoxon signed-rank',
    // Held back.
    'Now playing: Elden Ring, Stardew Valley, Hollow Knight',
    "Baldur's Gate 3 patch 7 is out",
    'IKEA order: BILLY bookcase, MALM bed frame',
    'Scales: Beck Depression Inventory; tests: Wilcoxon signed-rank',
    'Reads Agatha Christie novels and Sherlock Holmes',
    // The kind.
    'Hamilton Anxiety Rating Scale and Kendall tau',
    'Stephen King novels, Andy Warhol prints',
    'KALLAX shelf, POÄNG chair',
    'Favourite games: Elden Ring, Hollow Knight',
    'Hercule Poirot and Harry Potter',
  ])('%s', (text) => unchanged(text));

  it('keeps persons in the same frames', () => {
    check([
      ['Maria Garcia prints the report tomorrow', ['Maria Garcia'], []],
      ['SMITH bed 4, JONES bed 5', ['JONES'], []],
      ['Players: Maria Garcia, Ingrid Lindqvist', ['Maria Garcia', 'Ingrid Lindqvist'], []],
      ['Dr. Hamilton Anxiety Rating Scale reviewer', [], []],
      ['Karl Johans gate 14, 0154 Oslo', ['Karl Johans gate 14'], []],
    ] as Case[]);
  });
});

describe('linear time', () => {
  it('the legal forms, the street words, the greetings and the works', () => {
    const unit = 'Novo Nordisk A/S, Kofola a.s., Gustav Adolfs torg, Bergen, Norway, Veselé Vánoce, Agatha Christie novels, BILLY bookcase; Faktura 2026-11873, Unit 4-Adam-12. ';
    const make = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    expect(timeRatio((text) => detectSensitive(text), make)).toBeLessThanOrEqual(3);
  });

  it('a long run of blanks and legal-form look-alikes', () => {
    const make = (n: number) => `Anna Berg${' A'.repeat(Math.ceil(n / 2))}`.slice(0, n);
    expect(timeRatio((text) => detectSensitive(text), make)).toBeLessThanOrEqual(3);
  });
});
