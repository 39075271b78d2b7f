// Over-redaction of the README-only leak probe of 2026-12-07 (issue 11), O2-O5: look-alikes that were
// masked as PERSON (or PHONE) and left the ledger without the hospital, the diagnosis, the drug or the
// document's heading. Each kind is read by its mechanism (names.ts, place-heads.ts, look-alike-runs.ts,
// phone rules), not by the probe's literal words; persons written beside these words stay masked.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';
import { kept, leaks, masked } from './masked-text.js';

describe('O2: a hospital, a clinic or a ward named after a person or a place is an organisation', () => {
  it.each([
    ['Ingresado en el Hospital Gregorio Marañón el 3 de marzo.', 'Hospital Gregorio Marañón'],
    ['Trasladado al Hospital Universitario La Paz para cirugía.', 'Hospital Universitario La Paz'],
    ['Ospedale: Policlinico Gemelli, reparto di cardiologia.', 'Policlinico Gemelli'],
    ['Opgenomen in het Erasmus MC in Rotterdam.', 'Erasmus MC'],
    ['Przyjęty do Szpital Bielański w Warszawie.', 'Szpital Bielański'],
    ['Skierowany do Centrum Zdrowia Dziecka.', 'Centrum Zdrowia Dziecka'],
    ['Behandeld in het Antoni van Leeuwenhoek in Amsterdam.', 'Antoni van Leeuwenhoek'],
    ['Przeniesiony do Szpital im. Mikołaja Kopernika w Łodzi.', 'Szpital im. Mikołaja Kopernika'],
    ['Admitted to Lister Ward on 4 May.', 'Lister Ward'],
    ['Reviewed by Ward Sister.', 'Ward Sister'],
    ['Samples shipped to Charité Berlin for sequencing.', 'Charité Berlin'],
  ])('%s', (text, name) => {
    expect([masked(text), kept(text, [name])]).toEqual([masked(text), []]);
  });
  it.each([
    ['Patient Gregorio Marañón was admitted.', 'Gregorio Marañón'],
    ['Dr. Gregorio Marañón examined the patient.', 'Gregorio Marañón'],
    ['Dr. Elena Ruiz Ortega la atendió en el Hospital Gregorio Marañón.', 'Elena Ruiz Ortega'],
    ['Emma Ward was admitted to Lister Ward.', 'Emma Ward'],
    ['Dr Ward reviewed the patient on the ward.', 'Dr Ward'],
    ['Pacjent Jan Kowalski, Szpital Bielański, sala 4.', 'Jan Kowalski'],
    ['Patiënt: Antoni van Leeuwenhoek, geboren 12-03-1950.', 'Antoni van Leeuwenhoek'],
    ['Kontakt: Anna Nowak, Centrum Zdrowia Dziecka.', 'Anna Nowak'],
  ])('a person beside them stays masked: %s', (text, person) => {
    expect([masked(text), leaks(text, [person])]).toEqual([masked(text), []]);
  });
});

describe('O3: an eponym after a disease word of another language', () => {
  it.each([
    ["Diagnostic : syndrome de Gilles de la Tourette depuis l'enfance.", 'Gilles de la Tourette'],
    ['Diagnosi: morbo di Cooley.', 'Cooley'],
    ['Diagnose: ziekte van Pfeiffer.', 'Pfeiffer'],
    ['Bekend met ziekte van Kahler.', 'Kahler'],
  ])('%s', (text, name) => {
    expect([masked(text), kept(text, [name])]).toEqual([masked(text), []]);
  });
  it.each([
    ["La maladie de Jean s'aggrave.", 'Jean'],
    ['De ziekte van Jan de Vries is stabiel.', 'Jan de Vries'],
    ['Choroba Jana Kowalskiego postępuje.', 'Jana Kowalskiego'],
    ['Mme Claire Dubois, maladie de Crohn.', 'Claire Dubois'],
  ])('a person stays masked: %s', (text, person) => {
    expect([masked(text), leaks(text, [person])]).toEqual([masked(text), []]);
  });
});

describe('O4: a drug, its brand or its generic maker', () => {
  it.each([
    ['Medikation: Voltaren, Paracetamol Sandoz, Omeprazol Teva.', ['Voltaren', 'Paracetamol Sandoz', 'Omeprazol Teva']],
    ['Nimmt Voltaren seit Jahren.', ['Voltaren']],
    ['Medikamente: Voltaren Gel, Ibuprofen', ['Voltaren Gel']],
  ])('%s', (text, names) => {
    expect([masked(text), kept(text, names)]).toEqual([masked(text), []]);
  });
  it.each([
    ['Medikation verordnet von Maria Sandoz.', 'Maria Sandoz'],
    ['Rückfrage bei Frau Teva Goldberg.', 'Teva Goldberg'],
  ])('a person stays masked: %s', (text, person) => {
    expect([masked(text), leaks(text, [person])]).toEqual([masked(text), []]);
  });
});

describe('O5: headings, kinship words, colleagues, roles, firms, memos and account numbers', () => {
  it.each([
    ['INFORME DE ALTA\nPaciente: varón de 67 años.', ['INFORME DE ALTA']],
    ['Haar zoon komt morgen op bezoek.', ['Haar zoon']],
    ['Sehr geehrte Frau Kollegin,\nvielen Dank für die Überweisung.', ['Frau Kollegin']],
    ['Sehr geehrter Herr Kollege,\nanbei der Befund.', ['Herr Kollege']],
    ['Seen by Registrar.', ['Registrar']],
    ['Kind regards,\nClaims Team\nAviva', ['Aviva']],
    ['Verwendungszweck: Darlehen Rückzahlung Max', ['Darlehen Rückzahlung']],
  ])('%s', (text, names) => {
    expect([masked(text), kept(text, names)]).toEqual([masked(text), []]);
  });
  it.each([
    ['Verwendungszweck: Darlehen Rückzahlung Max', 'Max'],
    ['Haar zoon Pieter Jansen komt morgen.', 'Pieter Jansen'],
    ['Sehr geehrte Frau Kollegin Dr. Rautenstrauch,', 'Rautenstrauch'],
    ['Kind regards,\nAviva Cohen\nClaims Team', 'Aviva Cohen'],
    ['Seen by Registrar Tom Hughes.', 'Tom Hughes'],
    ['Rückruf unter 0171 2345678 erbeten.', '0171 2345678'],
  ])('a person or a phone stays masked: %s', (text, value) => {
    expect([masked(text), leaks(text, [value])]).toEqual([masked(text), []]);
  });
});

// Held back while the rules were written, then run once: the same kinds with other words.
describe('held-back look-alikes of the same kinds', () => {
  it.each([
    ['Ingresó en el Hospital Ramón y Cajal de Madrid.', ['Ramón y Cajal']],
    ["Ricoverata all'Ospedale Niguarda per accertamenti.", ['Ospedale Niguarda']],
    ['Przyjęta do Szpital im. Jana Pawła II w Krakowie.', ['Jana Pawła II']],
    ['Behandeld in het Radboud UMC.', ['Radboud UMC']],
    ['Transferred to Nightingale Ward overnight.', ['Nightingale Ward']],
    ['Discussed with Ward Manager.', ['Ward Manager']],
    ['Proben an Helios Berlin versandt.', ['Helios Berlin']],
    ['Diagnose: Morbus Bechterew.', ['Morbus Bechterew']],
    ['Diagnóstico: enfermedad de Hodgkin.', ['Hodgkin']],
    ['Rozpoznanie: choroba Leśniowskiego-Crohna.', ['Leśniowskiego-Crohna']],
    ['Medikation: Ibuprofen Ratiopharm 400 mg, Metoprolol Stada.', ['Ibuprofen Ratiopharm', 'Metoprolol Stada']],
    ['Nurofen Forte bei Bedarf.', ['Nurofen Forte']],
    ['Ramipril Hexal 5 mg.', ['Ramipril Hexal']],
    ['RAPPORT DE SORTIE\nPatient de 67 ans.', ['RAPPORT DE SORTIE']],
    ['LETTERA DI DIMISSIONE\nPaziente di 67 anni.', ['LETTERA DI DIMISSIONE']],
    ['Zijn vrouw belde gisteren.', ['Zijn vrouw']],
    ['Sehr geehrter Herr Doktor,\nanbei der Befund.', ['Herr Doktor']],
    ['Seen by Consultant.', ['Consultant']],
    ['Best regards,\nCustomer Services\nAviva', ['Aviva']],
  ])('%s', (text, names) => {
    expect([masked(text), kept(text, names)]).toEqual([masked(text), []]);
  });
  it.each([
    ['Verwendungszweck: Miete Rückzahlung Anna', 'Anna'],
    ['Patient Ramón Cajal was admitted.', 'Ramón Cajal'],
    ['Dr. Helena Berlin reviewed.', 'Helena Berlin'],
    ['Zijn vrouw Marieke de Boer belde.', 'Marieke de Boer'],
    ['INFORME DE ALTA\nJUAN', 'JUAN'],
  ])('a person stays masked: %s', (text, person) => {
    expect([masked(text), leaks(text, [person])]).toEqual([masked(text), []]);
  });
});

describe("O5: a contract account number is the customer's identifier, not a phone", () => {
  it.each([
    ['Vertragskonto 40-118.832, Abschlag 84 EUR', '40-118.832'],
    ['Vertragskonto: 4011 8832 17', '4011 8832 17'],
    ['Klantnummer 06-1234 5678', '06-1234 5678'],
  ])('%s', (text, value) => {
    const found = detectSensitive(text).filter((d) => text.slice(d.start, d.end) === value);
    expect(found.map((d) => d.type)).toEqual(['IDENTIFIER']);
  });
  it('a phone after another label stays a phone', () => {
    const text = 'Vertragskonto 40-118.832, Rückruf unter 0171 2345678.';
    expect(detectSensitive(text).map((d) => d.type)).toEqual(['IDENTIFIER', 'PHONE']);
  });
});

describe('the new rules read bounded text around a run', () => {
  // Each rule reads at most 48 characters beside a run (a fixed slice), so its work per run is bounded: twice the
  // text holds twice the runs and gives twice the detections; floods of the rules' own cues stay fast.
  it('twice the text gives twice the detections', () => {
    const unit = 'Ingresado en el Hospital Gregorio Marañón; Diagnose: ziekte van Pfeiffer; Paracetamol Sandoz; Dr. Elena Ruiz. ';
    const count = (n: number) => detectSensitive(unit.repeat(n)).length;
    expect(count(200)).toBe(2 * count(100));
  });
  it.each([
    ['disease words and particles', `syndrome ${'de '.repeat(4000)}Tourette`],
    ['named-after marks', `Szpital ${'im. '.repeat(4000)}Kopernika`],
    ['a heading in capitals', `INFORME ${'DE '.repeat(4000)}ALTA\n`],
    ['team lines', `${'Claims Team\n'.repeat(2000)}Aviva`],
    ['dosage forms', `${'Voltaren Gel '.repeat(2000)}`],
  ])('a flood of %s', (_, text) => {
    detectSensitive('warm-up: Hospital Gregorio Marañón');
    const start = performance.now();
    detectSensitive(text);
    expect(performance.now() - start).toBeLessThan(5000);
  });
});
