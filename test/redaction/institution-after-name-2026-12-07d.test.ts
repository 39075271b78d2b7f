// Issue 11, an over-read left open on 2026-12-07: after a person's label, a person's name and a comma, an institution
// (`Patient: Amara Okafor, Hôpital Pitié-Salpêtrière`) was masked with the name as one PERSON, or on its own as a second
// person (`…, Ospedale San Raffaele`): name-contexts.ts labelledParties read every capitalized run after `Patient:` and a
// comma as another party, and a hospital's head noun of another language (`Hôpital`, `Ospedale`, `Klinikum`: place-heads.ts
// PLACE_BODY_LEADS) or a body's compound (`Universitätsklinikum`) did not stop it. Decided: an institution is no person;
// a side of the parties led by a body's head (or ending in one, or a compound of one) is an institution, and the label's
// parties are then left to the name scan, which masks the person before the comma. The person stays masked.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { kept, leaks, masked } from './masked-text.js';

describe('an institution after a person\'s name and a comma is no person', () => {
  it.each([
    // [text, the person (masked), the institution (kept)]
    ['Patient: Amara Okafor, Hôpital Pitié-Salpêtrière', 'Amara Okafor', 'Hôpital Pitié-Salpêtrière'],
    ['Patient: Amara Okafor, Ospedale San Raffaele', 'Amara Okafor', 'Ospedale San Raffaele'],
    ['Patient: Amara Okafor, Klinikum rechts der Isar', 'Amara Okafor', 'Klinikum rechts der Isar'],
    ['Patient: Amara Okafor, Hospital Universitario La Paz', 'Amara Okafor', 'Hospital Universitario La Paz'],
    ['Patient: Amara Okafor, Charité – Universitätsmedizin Berlin', 'Amara Okafor', 'Universitätsmedizin Berlin'],
    // Held back: other heads, languages, labels and names.
    ['Patient: Lena Vogt, Universitätsklinikum Heidelberg', 'Lena Vogt', 'Universitätsklinikum Heidelberg'],
    ['Patient: Lena Vogt, Hôpital Necker', 'Lena Vogt', 'Hôpital Necker'],
    ['Patients: Lena Vogt, Krankenhaus Nordwest', 'Lena Vogt', 'Krankenhaus Nordwest'],
    ['Patient: Tevita Havili, Szpital Bielański', 'Tevita Havili', 'Szpital Bielański'],
    ['Patient: Donatella Scarpellini, Policlinico Gemelli', 'Donatella Scarpellini', 'Policlinico Gemelli'],
    ['Patient: Kasimir Wendelin, Städtisches Klinikum Karlsruhe', 'Kasimir Wendelin', 'Klinikum Karlsruhe'],
    ['Patient: Amara Okafor, Clínica Dávila, Santiago', 'Amara Okafor', 'Clínica Dávila'],
    ['Patient: Amara Okafor, Centrum Zdrowia Dziecka', 'Amara Okafor', 'Centrum Zdrowia Dziecka'],
  ])('%s', (text, person, institution) => {
    expect([masked(text), leaks(text, [person])]).toEqual([masked(text), []]);
    expect([masked(text), kept(text, [institution])]).toEqual([masked(text), []]);
  });

  it.each([
    // Two persons after a parties' label stay two persons; a person named like a body's head is no head (`Hospital` is no given name here).
    ['Patients: Amara Okafor, Lena Vogt', ['Amara Okafor', 'Lena Vogt']],
    ['Patients: Amara Okafor, Lena Vogt & Tevita Havili', ['Amara Okafor', 'Lena Vogt', 'Tevita Havili']],
    ['Guarantors: Maria Garcia & John Smith', ['Maria Garcia', 'John Smith']],
    ['Patient: Amara Okafor, Ward 4', ['Amara Okafor']],
    ['Patient: Amara Okafor, Hôpital Necker. Contact: Lena Vogt', ['Amara Okafor', 'Lena Vogt']],
  ])('persons stay masked: %s', (text, persons) => expect([masked(text), leaks(text, persons)]).toEqual([masked(text), []]));

  it.each([
    // A German or Dutch compound of a hospital's head before a place (place-heads.ts LEAD_COMPOUND_ENDS): the place was read as a surname.
    ['Samples sent to Universitätsklinikum Heidelberg.', 'Universitätsklinikum Heidelberg'],
    ['Verlegt ins Kreiskrankenhaus Sigmaringen am 3. Mai.', 'Kreiskrankenhaus Sigmaringen'],
    ['Nachsorge im Herzzentrum Leipzig.', 'Herzzentrum Leipzig'],
    ['Überwiesen an das Kantonsspital Aarau.', 'Kantonsspital Aarau'],
    ['Opgenomen in het Stadsziekenhuis Venlo.', 'Stadsziekenhuis Venlo'],
  ])('a hospital\'s compound head before a place: %s', (text, institution) => expect([masked(text), kept(text, [institution])]).toEqual([masked(text), []]));

  it.each([
    ['Dr. Heidelberg rief an.', 'Heidelberg'],
    ['Frau Dr. Lena Vogt, Herzzentrum Leipzig', 'Lena Vogt'],
    ['Patientin Lena Leipzig, Zimmer 4', 'Lena Leipzig'],
  ])('a person beside them stays masked: %s', (text, person) => expect([masked(text), leaks(text, [person])]).toEqual([masked(text), []]));

  it('linear: labels, names and institutions repeated', () => {
    const make = (n: number) => 'Patient: Amara Okafor, Hôpital Necker; Patients: Lena Vogt, Klinikum Nord & Jan Berg\n'.repeat(Math.ceil(n / 84)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});
