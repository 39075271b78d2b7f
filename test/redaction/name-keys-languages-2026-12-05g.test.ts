// Name keys, columns and labels of Estonian, Latvian, Lithuanian, Hungarian, Romanian, Greek (in
// Latin letters) and the other languages key-vocabulary.ts's `words` vocabularies hold (L3 and L4
// of the fourteenth README-only probe, 2026-12-05g, issue 11): `{eesnimi, perekonnanimi}`,
// `{vards, uzvards}`, `{vardas, pavarde}`, `{vezeteknev, keresztnev}`, `{nume, prenume}`,
// `{onoma, eponymo}`, `Prenume: Ana-Maria` and a genealogy CSV's `given` column were stored raw
// unless the lists knew the name. Names made up; the keys' look-alikes (`time`, `runtime`, `mime`,
// Swedish `prenumeration`, a Spanish `{nombre, familia}` product) kept.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '@agent-audit/core';
import { check, storedResults } from './masked-text.js';

const { stored, leaksIn, keptIn } = storedResults(createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(6)]), sessionMemory: false }));

describe('L3: name-part keys of the Baltic, central and south-east European languages', () => {
  it.each([
    // The probe's inputs and the held-back ones (H008-H013).
    [{ isikukood: '38507091237', eesnimi: 'Liisa', perekonnanimi: 'Kask' }, ['Liisa', 'Kask']],
    [{ eesnimi: 'Kadri', perekonnanimi: 'Mets' }, ['Kadri', 'Mets']],
    [{ vards: 'Ilze', uzvards: 'Ozoliņa' }, ['Ilze', 'Ozoliņa']],
    [{ vards: 'Anna', uzvards: 'Liepiņa' }, ['Anna', 'Liepiņa']],
    [{ pavarde: 'Petrauskienė' }, ['Petrauskienė']],
    [{ vardas: 'Jonas', pavarde: 'Žukauskas' }, ['Jonas', 'Žukauskas']],
    [{ keresztnev: 'Péter' }, ['Péter']],
    [{ vezeteknev: 'Horváth', keresztnev: 'Zsófia' }, ['Horváth', 'Zsófia']],
    [{ nume: 'Dumitrescu', prenume: 'Ioana' }, ['Dumitrescu', 'Ioana']],
    [{ onoma: 'Giorgos', eponymo: 'Konstantinidis' }, ['Giorgos', 'Konstantinidis']],
    [{ onoma: 'Eleni', eponymo: 'Papadopoulou' }, ['Eleni', 'Papadopoulou']],
    // With their marks, in other cases, compound and nested.
    [{ 'Vārds': 'Dzintra', 'Uzvārds': 'Kalniņa' }, ['Dzintra', 'Kalniņa']],
    [{ 'Pavardė': 'Vaitkutė', 'Vardas': 'Rūta' }, ['Vaitkutė', 'Rūta']],
    [{ 'Vezetéknév': 'Szűcs', 'Utónév': 'Boglárka' }, ['Szűcs', 'Boglárka']],
    [{ klient: { prenumele: 'Oana', numele: 'Vlăduțoiu' } }, ['Oana', 'Vlăduțoiu']],
    [{ klientoPavarde: 'Qxarienė' }, ['Qxarienė']],
    [{ eponymo_pelati: 'Vlintoudaki' }, ['Vlintoudaki']],
    // The kind: Czech/Slovak, Croatian/Serbian/Slovene, Bulgarian (Latin letters), Albanian, Icelandic, Maltese, Irish, Turkish.
    [{ 'jméno': 'Tereza', 'příjmení': 'Qxarová' }, ['Tereza', 'Qxarová']],
    [{ meno: 'Zuzana', priezvisko: 'Vlintuková' }, ['Zuzana', 'Vlintuková']],
    [{ ime: 'Ivan', prezime: 'Qxarić' }, ['Ivan', 'Qxarić']],
    [{ ime: 'Mojca', priimek: 'Vlintušek' }, ['Mojca', 'Vlintušek']],
    [{ ime: 'Desislava', familia: 'Qxarova' }, ['Desislava', 'Qxarova']],
    [{ emri: 'Arbër', mbiemri: 'Qxaraj' }, ['Arbër', 'Qxaraj']],
    [{ fornafn: 'Sigrún', 'föðurnafn': 'Qxarsdóttir' }, ['Sigrún', 'Qxarsdóttir']],
    [{ isem: 'Marija', kunjom: 'Qxarbela' }, ['Marija', 'Qxarbela']],
    [{ ainm: 'Siobhán', sloinne: 'Ní Qxaráin' }, ['Siobhán', 'Ní Qxaráin']],
    [{ ad: 'Elif', soyad: 'Qxaroğlu' }, ['Elif', 'Qxaroğlu']],
  ])('%j', (value, names) => {
    expect([stored(value), leaksIn(value, names)]).toEqual([stored(value), []]);
  });

  it('masks the names after a form\'s labels in those languages, and keeps the labels', () => {
    check([
      ['Nume: POPESCU\nPrenume: Andrei-Mihai', ['POPESCU', 'Andrei-Mihai'], ['Nume:', 'Prenume:']],
      ['Prenume: Ana-Maria', ['Ana-Maria'], ['Prenume:']],
      ['Eesnimi: Kadri\nPerekonnanimi: Mets', ['Kadri', 'Mets'], ['Eesnimi:', 'Perekonnanimi:']],
      ['Uzvārds: Ozoliņa\nVārds: Ilze', ['Ozoliņa', 'Ilze'], ['Uzvārds:', 'Vārds:']],
      ['Pavardė: Žukauskas\nVardas: Jonas', ['Žukauskas', 'Jonas'], ['Pavardė:', 'Vardas:']],
      ['Vezetéknév: Horváth\nKeresztnév: Zsófia', ['Horváth', 'Zsófia'], ['Vezetéknév:', 'Keresztnév:']],
      ['Eponymo: Papadopoulou\nOnoma: Eleni', ['Papadopoulou', 'Eleni'], ['Eponymo:', 'Onoma:']],
      ['Prezime: Qxarić\nIme: Ivan', ['Qxarić'], ['Prezime:', 'Ime:']],
      ['Mbiemri: Qxaraj', ['Qxaraj'], ['Mbiemri:']],
    ]);
  });

  it('keeps keys and labels that only contain those words, and a blank form', () => {
    for (const value of [{ time: 'Noon', runtime: 'Quartz', mime: 'Text' }, { prenumeration: 'Quartz Weekly' }, { nombre: 'Tornillo', familia: 'Ferreteria' }, { anime: 'Naruto', regime: 'Keto' }]) {
      expect([stored(value), keptIn(value, Object.values(value))]).toEqual([stored(value), []]);
    }
    check([
      ['Runtime: Quartz\nTime: Monday\nMIME: Text', [], ['Quartz', 'Monday', 'Text']],
      ['Nume:\nPrenume:\nCNP:', [], ['Nume:', 'Prenume:']],
      ['Name: Nev Campbell', ['Campbell'], ['Name:']],
    ]);
  });
});

describe('L4: a CSV column named by a name part', () => {
  it.each([
    // The probe's inputs and the held-back ones (H014, H016).
    ['person_id,given,surname,maiden_name,birth_date,birth_place,living\nP1,Chidinma,Eze-Oyelaran,Adebayo,1979-02-11,"Houston, TX",Y', ['Chidinma', 'Eze-Oyelaran']],
    ['id,given,surname\n1,Wilhelmina,Quarrington\n2,Torvald,Haugen', ['Wilhelmina', 'Quarrington', 'Torvald', 'Haugen']],
    ['vastaja_id,eesnimi,perekonnanimi,isikukood,kommentaar\n77,Mart,Saar,38507091237,hea', ['Mart', 'Saar']],
    ['vastaja,eesnimi,perekonnanimi\n1,Mart,Saar\n2,Kadri,Mets', ['Mart', 'Saar', 'Kadri', 'Mets']],
    // Kept passing (H015), other separators and languages.
    ['given_name,family_name,dob\nTorvald,Haugen,1990-01-02', ['Torvald', 'Haugen']],
    ['ID;Given;Surname\n4;Qxaro;Vlintuk', ['Qxaro', 'Vlintuk']],
    ['nr\tvards\tuzvards\n1\tDzintra\tKalniņa', ['Dzintra', 'Kalniņa']],
    ['id,nume,prenume\n1,Vlăduțoiu,Oana', ['Vlăduțoiu', 'Oana']],
    ['id,keresztnev,vezeteknev\n1,Boglárka,Szűcs', ['Boglárka', 'Szűcs']],
  ])('%s', (text, names) => {
    expect([stored(text), leaksIn(text, names)]).toEqual([stored(text), []]);
  });

  it('keeps the numbers of `first`/`last` columns and the other columns', () => {
    for (const [text, keep] of [
      ['first,last,count\n1,100,5\n101,200,7', ['1,100,5', '101,200,7']],
      ['id,given,surname,year\n1,Torvald,Haugen,1901', ['1,', '1901']],
    ] as const) {
      expect([stored(text), keptIn(text, keep)]).toEqual([stored(text), []]);
    }
  });

  it('a hostile input: a wide header and many rows', () => {
    const text = `id,given,surname\n${'1,Qxaro,Vlintuk\n'.repeat(10_000)}`;
    expect(stored(text)).not.toContain('Qxaro');
  });
});
