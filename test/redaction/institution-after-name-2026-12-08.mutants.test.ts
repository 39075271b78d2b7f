// Issue 13, the Stryker run of 2026-12-08 on name-contexts.ts institutionSide, institutionAfterComma and its gate in
// dropContextNonPersons, and place-heads.ts isPlaceBodyLead's compounds (2026-12-07d's over-reads session,
// institution-after-name-2026-12-07d.test.ts): an institution ended by a body's tail (`Acıbadem Hastanesi`), one holding a
// hospital's compound after its first word (`Städtische Frauenklinik Nord`), a compound head of three letters or more
// before its end (`Augenklinik`), blanks around the comma; persons with long surnames stay persons.
import { describe, expect, it } from 'vitest';
import { kept, leaks, masked } from './masked-text.js';

describe('an institution after a person\'s name and a comma: the edges', () => {
  it.each([
    ['Patient: Amara Okafor, Acıbadem Hastanesi', 'Amara Okafor', 'Acıbadem Hastanesi'],
    ['Patient: Amara Okafor, Städtische Frauenklinik Nord', 'Amara Okafor', 'Frauenklinik Nord'],
    ['Patient: Amara Okafor,  Hôpital Necker', 'Amara Okafor', 'Hôpital Necker'],
    ['Patient: Amara Okafor, Hôpital  Necker', 'Amara Okafor', 'Necker'],
    ['Überwiesen an die Augenklinik Tübingen.', undefined, 'Augenklinik Tübingen'],
  ])('%s', (text, person, institution) => {
    if (person !== undefined) expect([masked(text), leaks(text, [person])]).toEqual([masked(text), []]);
    expect([masked(text), kept(text, [institution])]).toEqual([masked(text), []]);
  });

  it.each([
    // Surnames of nine letters or more, and of a compound's end (`Zentrum` is no surname here, `Oosterhuis` is one).
    ['Patients: Amara Okafor, Lena Oosterhuis', ['Amara Okafor', 'Lena Oosterhuis']],
    ['Patients: Amara Okafor, Kasimir Zwiebelhofer', ['Amara Okafor', 'Kasimir Zwiebelhofer']],
    ['Patient: Lena Vogt, Zimmer 4', ['Lena Vogt']],
  ])('persons stay masked: %s', (text, persons) => expect([masked(text), leaks(text, persons)]).toEqual([masked(text), []]));
});
