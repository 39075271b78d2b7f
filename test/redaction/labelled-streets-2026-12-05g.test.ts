// L7 of test/redaction/probe-2026-12-05g.cases.md: street lines of Estonia, Czechia, Slovakia,
// Lithuania, Latvia, Greece (Latin letters), India and Sweden after an address's label or a verb of
// dwelling (`Aadress: Narva mnt 7-12`, `Bydliště: Vinohradská 1234/56`, `bydlím na Husově 12`,
// `Adresa: Obchodná 42`, `dzīvoju Elizabetes ielā 10`, `meno stin Tsimiski 44`, `ghar ka pata 14/2
// Nehru Nagar`, `bor på Storgatan 14 B`) and under `aadress`/`adresa`/`adresas`/`odos`/`ulice`/
// `vejnavn` members were stored raw (the postcode and city after them were often masked).
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '../../packages/core/src/index.js';
import { masked, storedResults } from './masked-text.js';
import { timeRatio } from './linear-time.js';

const { stored } = storedResults(() => createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(3)]) }));

describe('L7: a street after an address label or a verb of dwelling, in eight countries\' forms', () => {
  it.each([
    ['Aadress: Narva mnt 7-12, 10117 Tallinn', 'Narva mnt 7-12', 'Aadress: '],
    ['Elukoht: Tartu mnt 41-8, Tallinn', 'Tartu mnt 41-8', 'Elukoht: '],
    ['elan Riia 15-3, Tartu.', 'Riia 15-3', 'elan '],
    ['Bydliště: Vinohradská 1234/56, 120 00 Praha 2', 'Vinohradská 1234/56', 'Bydliště: '],
    ['bydlím na Husově 12, Brno', 'Husově 12', 'bydlím na '],
    ['Doručovací adresa: Karlova 27, 110 00 Praha 1, příjemce', 'Karlova 27', 'Doručovací adresa: '],
    ['rodné číslo uvedené, bývam na Mlynskej 15 v Košiciach', 'Mlynskej 15', 'bývam na '],
    ['Adresa: Obchodná 42, 811 06 Bratislava', 'Obchodná 42', 'Adresa: '],
    ['pacient, adresa Hlavná 17, Košice; kontakt', 'Hlavná 17', 'pacient, adresa '],
    ['Adresas: Gedimino pr. 9-14, Vilnius', 'Gedimino pr. 9-14', 'Adresas: '],
    ['gyvenu Taikos g. 101-7, Kaunas', 'Taikos g. 101-7', 'gyvenu '],
    ['dzīvoju Brīvības ielā 88, Rīgā', 'Brīvības ielā 88', 'dzīvoju '],
    ['Adrese: Tērbatas iela 14-6, Rīga', 'Tērbatas iela 14-6', 'Adrese: '],
    ['meno stin Ermou 23, Athina', 'Ermou 23', 'meno stin '],
    ['Adress: Drottninggatan 53 A, 111 21 Stockholm', 'Drottninggatan 53 A', 'Adress: '],
    ['och bor på Kungsgatan 7 B.', 'Kungsgatan 7 B', 'och bor på '],
    ['ghar ka pata 9/3 Gandhi Nagar, Jaipur', '9/3 Gandhi Nagar', 'ghar ka pata '],
    ['flat C-112 Sunrise Apartments, Sector 21', 'C-112 Sunrise Apartments', 'flat '],
  ])('%s', (text, street, before) => {
    const out = masked(text);
    expect(out).not.toContain(street);
    expect(out).toContain(before);
  });

  it('masks a street under the member names of these languages', () => {
    for (const [input, value] of [
      [{ aadress: 'Pärnu mnt 22-5, Tallinn' }, 'Pärnu mnt 22-5'],
      [{ adresas: 'Savanorių pr. 12-4, Kaunas' }, 'Savanorių pr. 12-4'],
      [{ adresa: 'Strada Lipscani 21, București' }, 'Lipscani 21'],
      [{ odos: 'Ermou 23' }, 'Ermou 23'],
      [{ ulice: 'Palackého 418/7', obec: 'Brno' }, 'Palackého 418/7'],
      [{ vejnavn: 'Nørrebrogade 44', postnr: '2200', by: 'København N' }, 'Nørrebrogade 44'],
    ] as const) expect(stored(input), value).not.toContain(value);
    expect(stored({ ulice: 'Palackého 418/7', obec: 'Brno' })).toContain('"obec":"Brno"');
  });

  it('keeps places, streets without a number, counts and sentences after the same words', () => {
    for (const text of [
      'Adresa: neuvedena', 'Aadress: puudub', 'bor på landet sedan 2019', 'Adress saknas', 'meno stin Athina 3 meres',
      'Narva mnt is a long road', 'adresa URL 404 nenalezena',
      'we have 14 Apartments to let', 'version 2/3 Tower Defense', 'Apartments 2026 report', 'Vilniaus g. traffic closed',
    ]) expect(masked(text), text).toBe(text);
  });

  it('stays linear in the input', () => {
    const unit = 'Adresa: Obchodná Hlavná Nová bydlím na 12/ ghar ka pata 14/2 Nehru ';
    expect(timeRatio(detectSensitive, (n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n), 20_000, 40_000)).toBeLessThanOrEqual(3);
  });
});
