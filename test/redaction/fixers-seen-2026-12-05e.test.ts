// O9-O13 of the probe of 2026-12-05e (issue 11): kinds found by the fixers of 2026-12-05e, not by the probe.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';
import { kept, leaks, masked } from './masked-text';
import { timeRatio } from './linear-time';

const types = (text: string) => detectSensitive(text).map((d) => d.type);

describe('O9: a year in date boxes before a label word is no postal code of an address', () => {
  it.each([
    ['Start 01 04 2025   End 30 11 2026', ['Start', 'End 30']],
    ['Beginn 01 04 2025   Ende 30 11 2026', ['Beginn', 'Ende 30']],
    ['Desde 01 04 2025 Hasta 30 11 2026', ['Hasta 30']],
    ['Du 01 09 2025   Au 30 06 2026', ['Au 30']],
    ['Valid 01 2025 Until 12 2026', ['Until 12']],
    ['Start 2025 End 30', ['2025 End 30']],
    ['Von 2025 Bis 30', ['2025 Bis 30']],
  ])('%s', (text, words) => {
    expect(types(text)).not.toContain('ADDRESS');
    expect(kept(text, words)).toEqual([]);
  });
  it('keeps the postal-code-first street line and a street line beside such dates', () => {
    expect(leaks('20789 Allika 46', ['Allika'])).toEqual([]);
    expect(leaks('Adresse: 28245 Puruntie 82', ['Puruntie'])).toEqual([]);
    expect(leaks('Start 01 04 2025, home 4417 Birchwood Lane, Evanston', ['Birchwood'])).toEqual([]);
  });
});

describe('O10: German sentence starts and nouns after a determiner or an adjective are no persons', () => {
  it.each([
    ['Mein Name ist Katharina Vogel und ich wohne im kleinen Dorf bei Passau.', ['Mein', 'Dorf', 'Passau'], ['Katharina Vogel']],
    ['Meine Tochter Lena wohnt in einem alten Dorf an der Elbe.', ['Meine', 'Dorf'], ['Lena']],
    ['Im kleinen Dorf lebt Herr Albrecht Sommer.', ['Im kleinen Dorf'], ['Albrecht Sommer']],
    ['Wir wohnen in einem kleinen Haus am Rande der Stadt, schreibt Jonas Becker.', ['Haus'], ['Jonas Becker']],
    ['Seine Schwester heißt Greta Lindqvist.', ['Seine'], ['Greta Lindqvist']],
    ['Mein Sohn Tobias Berger kommt morgen.', ['Mein Sohn'], ['Tobias Berger']],
    ['Meine Mutter Greta Sommer wohnt am Markt.', ['Meine Mutter', 'Markt'], ['Greta Sommer']],
    ['Unser Nachbar Müller hat angerufen.', ['Unser Nachbar'], ['Müller']],
  ])('%s', (text, words, names) => {
    expect(kept(text, words)).toEqual([]);
    expect(leaks(text, names)).toEqual([]);
  });
  it('keeps the Korean surname Im and a surname after a title', () => {
    expect(leaks('Im Yoon-ah called about the invoice.', ['Im Yoon-ah'])).toEqual([]);
    expect(leaks('Herr Dorf kommt morgen.', ['Dorf'])).toEqual([]);
    expect(leaks('meine Anna Schmidt', ['Anna Schmidt'])).toEqual([]);
    expect(leaks('Mit freundlichen Grüßen\nIhre Schmidt', ['Schmidt'])).toEqual([]);
    expect(leaks('Viele Grüße, Euer Okafor', ['Okafor'])).toEqual([]);
  });
});

describe('O11: a transcript\'s answer marker `A.` is no initial of the name after it', () => {
  it.each([
    ['Q. Please state your name.\nA. Leonora Maria Castellanos.', 'Leonora Maria Castellanos'],
    ['Q.  Your full name for the record?\nA.  Soren Tobias Lindqvist', 'Soren Tobias Lindqvist'],
    ['12   Q. Who was present?\n13   A. Priya Raghunathan and her lawyer.', 'Priya Raghunathan'],
  ])('%s', (text, name) => {
    expect(leaks(text, [name])).toEqual([]);
    expect(masked(text)).toMatch(/(?:^|\n)[ \t\d]*A\.\s+\[PERSON\]/);
  });
  it('keeps an initial that is no transcript marker', () => {
    expect(leaks('Signed: A. Leonora Castellanos', ['A. Leonora Castellanos'])).toEqual([]);
    expect(masked('Attendees:\nA. Leonora Castellanos')).toContain('[PERSON]');
  });
});

describe('O12: season\'s greetings are no persons', () => {
  it.each([
    ['Feliz Navidad, Ana García!', ['Feliz Navidad'], ['Ana García']],
    ['Feliz Año Nuevo y Frohe Weihnachten, Joyeux Noël, Buon Natale', ['Feliz Año Nuevo', 'Frohe Weihnachten', 'Joyeux Noël', 'Buon Natale'], []],
    ['Frohe Weihnachten, Anna Schmidt!', ['Frohe Weihnachten'], ['Anna Schmidt']],
    ['Joyeux Noël Marie Dubois', ['Joyeux Noël'], ['Marie Dubois']],
    ['Feliz Natal e Próspero Ano Novo', ['Feliz Natal', 'Próspero Ano Novo'], []],
    ['Frohes Neues Jahr und Frohe Ostern', ['Frohes Neues Jahr', 'Frohe Ostern'], []],
    ['Buona Pasqua, Joyeuses Pâques, Bonne Année', ['Buona Pasqua', 'Joyeuses Pâques', 'Bonne Année'], []],
    ['Prettige Kerstdagen, Wesołych Świąt', ['Prettige Kerstdagen', 'Wesołych Świąt'], []],
  ])('%s', (text, words, names) => {
    expect(kept(text, words)).toEqual([]);
    expect(leaks(text, names)).toEqual([]);
  });
  it('keeps persons named Natale, Noël or Feliz', () => {
    expect(leaks('Natale Rossi ha chiamato.', ['Natale Rossi'])).toEqual([]);
    expect(leaks('Noël Dupont a appelé.', ['Noël Dupont'])).toEqual([]);
    expect(leaks('Contact: Feliz Moreno', ['Feliz Moreno'])).toEqual([]);
  });
});

describe('O13: a public agency\'s acronym after an agency label or an article is no person', () => {
  it.each([
    ['Organismo: SEPE\nTitular: María López Fernández', ['SEPE'], ['María López Fernández']],
    ['Entidad: DIAN\nContribuyente: Andrés Felipe Castaño', ['DIAN'], ['Andrés Felipe Castaño']],
    ['Institución: SENA, aprendiz Laura Restrepo', ['SENA'], ['Laura Restrepo']],
    ['Behörde: SEPE (Spanien)', ['SEPE'], []],
    ['Agency: SENA', ['SENA'], []],
    ['Estoy inscrita en el SEPE desde marzo, dice Carmen Ruiz.', ['SEPE'], ['Carmen Ruiz']],
    ['Trámite en el SEPE de Ana Ruiz', ['SEPE'], ['Ana Ruiz']],
  ])('%s', (text, words, names) => {
    expect(kept(text, words)).toEqual([]);
    expect(leaks(text, names)).toEqual([]);
  });
  it('keeps a person in capitals after a person label and a name after an agency label', () => {
    expect(leaks('Titular: SEPE MARTINEZ', ['SEPE MARTINEZ'])).toEqual([]);
    expect(leaks('Agency: Maria Lopez', ['Maria Lopez'])).toEqual([]);
    expect(leaks('Dear DIAN,', ['DIAN'])).toEqual([]);
  });
});

describe('linear time of the new rules', () => {
  it('grows linearly', () => {
    const unit = 'Start 01 04 2025   End 30 11 2026. Mein Name ist Lena im kleinen Dorf.\nQ. Name?\nA. Leonora Maria Castellanos.\nFeliz Navidad, Joyeux Noël. Organismo: SEPE. ';
    expect(timeRatio((text) => detectSensitive(text), (size) => unit.repeat(Math.ceil(size / unit.length)), 20_000, 40_000)).toBeLessThanOrEqual(3);
  });
});
