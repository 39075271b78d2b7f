// National ids of the Nordic, Baltic and central European countries, Greece, Romania, Kenya and
// Tanzania in the forms people write them (L5 and L6 of the fourteenth README-only probe,
// 2026-12-05g, issue 11): ids with no rule before (Estonian isikukood, Lithuanian asmens kodas,
// Czech/Slovak rodné číslo, Hungarian személyi szám and TAJ, Norwegian fødselsnummer, Danish CPR in
// prose, Finnish henkilötunnus, Kenyan ID, Tanzanian NIDA), and supported ids in forms their label
// rule missed (a personnummer in parentheses or after `pnr`, a CNP after `CNP-ul meu este` or bare,
// an AMKA after `AMKA mou einai`, the `afm` key). Values made up with valid check digits; the
// non-personal text and numbers beside them kept.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { kept, leaks, storedResults } from './masked-text.js';

const { stored } = storedResults(createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(4)]), sessionMemory: false }));

describe('L5: national ids with no rule before, after their labels', () => {
  it.each([
    ['isikukood', 'Isikukood: 38507091237\nNimi: Kristjan Tamm', '38507091237'],
    ['isikukood in prose', 'Minu isikukood on 37612310128 ja nimi Liisa Kask.', '37612310128'],
    ['asmens kodas', 'Asmens kodas: 50102034561\nVardas: Tomas', '50102034561'],
    ['asmens kodas in prose', 'mano asmens kodas 37612310128, esu Rūta', '37612310128'],
    ['a.k.', 'klientas Darius Jankauskas, a.k. 37612310128, gyv. Vilnius', '37612310128'],
    ['rodné číslo', 'Rodné číslo: 881231/4566\nJméno: Tereza', '881231/4566'],
    ['rodné číslo woman', 'rodné číslo 955512/1235, bydlím v Brně', '955512/1235'],
    ['rodné číslo compact in prose', 'moje rodné číslo je 7601011110 a jmenuji se Jan', '7601011110'],
    ['személyi szám', 'Személyi szám: 1-760101-3219\nNév: Nagy Ágnes', '1-760101-3219'],
    ['személyi számom', 'a nevem Kovács Péter, személyi számom 28804123455, lakcímem Szeged', '28804123455'],
    ['TAJ', 'TAJ számom 123 456 782, lakcímem Szeged', '123 456 782'],
    ['fødselsnummer', 'Fødselsnummer: 31128834578\nNavn: Kari', '31128834578'],
    ['fødselsnummeret mitt er', 'jeg heter Magnus og fødselsnummeret mitt er 05050550569, kan du sjekke', '05050550569'],
    ['fnr split', 'bruker Ole Bakke (fnr 311288 34578) ringte', '311288 34578'],
    ['cpr nummer er', 'mit cpr nummer er 2411781234 og jeg hedder Søren', '2411781234'],
    ['CPR with a dash', 'Anmelder: Lars Mikkelsen, CPR 241178-1234, Jagtvej 101', '241178-1234'],
    ['henkilötunnus', 'Henkilötunnus: 241178-123E\nNimi: Aino', '241178-123E'],
    ['hetu 2000s', 'Asiakas Mikko (hetu 010203A456R) soitti', '010203A456R'],
    ['henkilötunnukseni on', 'minun henkilötunnukseni on 241178-123E ja nimeni on Ville', '241178-123E'],
    ['Kenyan ID', 'namba ya kitambulisho 28456731, jina langu ni Amina', '28456731'],
    ['Tanzanian NIDA', 'Namba ya NIDA: 19880412-12345-00001-23', '19880412-12345-00001-23'],
  ])('%s', (_name, text, value) => {
    expect(leaks(text, [value])).toEqual([]);
  });
  it('bare: a fødselsnummer with both check digits, a HETU with its check character', () => {
    expect(leaks('Søker 31128834578 — Sigrid Løvås — status: innvilget', ['31128834578'])).toEqual([]);
    expect(leaks('Potilas 241178-123E Virtanen Aino, huone 214', ['241178-123E'])).toEqual([]);
    expect(leaks('Potilas 010203A456R, huone 214', ['010203A456R'])).toEqual([]);
  });
  it('bare: a HETU alone in its string (its nine digits the only ones; found by the Stryker run of 2026-12-05)', () => {
    expect(leaks('Potilas 131052-308T Virtanen Aino', ['131052-308T'])).toEqual([]);
    expect(leaks('Potilas 241178-123E Virtanen', ['241178-123E'])).toEqual([]);
    expect(leaks('Potilas 010203A456R', ['010203A456R'])).toEqual([]);
    expect(leaks('hetu: 131052-308T', ['131052-308T'])).toEqual([]);
    expect(kept('Tilaus 241178-123F lähetetty', ['241178-123F'])).toEqual([]);
  });
  it('the neighbours stay: wrong check digits, other numbers, words', () => {
    expect(kept('Søker 31128834579 — status: innvilget', ['31128834579'])).toEqual([]);
    expect(kept('Tilaus 241178-123F lähetetty', ['241178-123F'])).toEqual([]);
    expect(kept('Asmens kodas nurodytas sutartyje; sąskaita 2026-114', ['Asmens kodas nurodytas sutartyje', '2026-114'])).toEqual([]);
    expect(kept('Taj Mahal Palace, room 412', ['Taj Mahal Palace, room 412'])).toEqual([]);
    expect(kept('Rodné číslo neuvedeno, objednávka 881231', ['Rodné číslo neuvedeno, objednávka 881231'])).toEqual([]);
  });
  it('under their keys', () => {
    const out = stored({ isikukood: '37612310128', rodneCislo: '881231/4566', szemelyiSzam: '28804123455', asmensKodas: '50102034561', tajSzam: '123456782' });
    for (const value of ['37612310128', '881231/4566', '28804123455', '50102034561', '123456782']) expect(out).not.toContain(value);
  });
});

describe('L5: an isikukood under the short key ik', () => {
  it('masked when it passes the check', () => {
    expect(stored({ isik: 'Kadri Mets', ik: '37612310128' })).not.toContain('37612310128');
    expect(stored({ klient: { ik: '50102034561' } })).not.toContain('50102034561');
  });
  it('another value under ik stays', () => {
    expect(stored({ ik: '37612310129' })).toContain('37612310129');
    expect(stored({ ik: 'IK-2026-0042' })).toContain('IK-2026-0042');
  });
});

describe('L6: listed ids in forms their label rule missed', () => {
  it.each([
    ['personnummer in parentheses', 'Patient: Sjöberg, Ingrid (880412-5238)\nAnhörig: dotter', '880412-5238'],
    ['pnr 12 digits', 'Kund: Oskar Lindqvist, pnr 198804125238, c/o Andersson', '198804125238'],
    ['pnr 10 digits', '1 NOTE pnr 010203-9872', '010203-9872'],
    ['CNP-ul meu este', 'mă numesc Ioana, CNP-ul meu este 2880412120031 și locuiesc', '2880412120031'],
    ['CNP bare before a name', 'Beneficiar 1760101400123 POPESCU ANDREI-MIHAI suma 1.200 lei', '1760101400123'],
    ['AMKA mou einai', 'o AMKA mou einai 24127812345, meno stin Tsimiski 44', '24127812345'],
  ])('%s', (_name, text, value) => {
    expect(leaks(text, [value])).toEqual([]);
  });
  it('the afm key', () => {
    expect(stored({ onoma: 'Giorgos', afm: '094259216' })).not.toContain('094259216');
  });
  it('the neighbours stay', () => {
    expect(kept('Order (880412-5239) shipped', ['880412-5239'])).toEqual([]);
    expect(kept('EAN 1760101400124 POPESCU SRL', ['1760101400124'])).toEqual([]);
    expect(kept('PNR ABC123 confirmed', ['PNR ABC123'])).toEqual([]);
  });
});

describe('linear time', () => {
  it('labels and numbers repeated', () => {
    const make = (n: number) => 'Isikukood 38507091237, rodné číslo 881231/4566, hetu 241178-123E (880412-5238) 31128834578 CNP-ul meu este 2880412120031. '.repeat(Math.ceil(n / 110)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
  it('one HETU, the only number of a long string (read from nine digits)', () => {
    const make = (n: number) => `Potilas 241178-123E ${'Virtanen Aino, huone A-B; '.repeat(Math.ceil(n / 26))}`.slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});
