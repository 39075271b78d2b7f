// Places of several words read as persons (O1 of the README-only leak probe of 2026-12-07, issue 11):
// `Den Haag`, `Zielona Góra`, `Reggio Emilia`, `Alcalá de Henares`, `Bergen op Zoom` (→ `[PERSON] op
// Zoom`), `Ostrów Wielkopolski` were masked as PERSON in letters and notes, and the ledger lost where a
// patient was treated or a customer lives in town (a city alone identifies nobody). Other European
// cities of several words of the kind; persons beside them stay masked.
import { describe, expect, it } from 'vitest';
import { kept, leaks } from './masked-text.js';

describe('O1: European places of several words', () => {
  it.each([
    ['Die Patientin wurde nach Den Haag verlegt.', 'Den Haag'],
    ['Szpital Wojewódzki w Zielona Góra, oddział kardiologii.', 'Zielona Góra'],
    ['Trasferito a Reggio Emilia il 3 marzo.', 'Reggio Emilia'],
    ['Ingresó en Alcalá de Henares por la tarde.', 'Alcalá de Henares'],
    ['Opgenomen in Bergen op Zoom na de val.', 'Bergen op Zoom'],
    ['Przyjęty w Ostrów Wielkopolski w nocy.', 'Ostrów Wielkopolski'],
    ['Verlegt nach Frankfurt am Main, dann Freiburg im Breisgau.', 'Frankfurt am Main'],
    ['Kontrolle in Freiburg im Breisgau.', 'Freiburg im Breisgau'],
    ['Wohnt in Mülheim an der Ruhr.', 'Mülheim an der Ruhr'],
    ['Gezien in Alphen aan den Rijn.', 'Alphen aan den Rijn'],
    ['Przeniesiony do Jelenia Góra.', 'Jelenia Góra'],
    ['Traslado a Palma de Mallorca.', 'Palma de Mallorca'],
    ['Ricoverato a La Spezia.', 'La Spezia'],
    ['Transféré à Aix-en-Provence puis au Havre.', 'Aix-en-Provence'],
  ])('%s', (text, place) => {
    expect(kept(text, [place])).toEqual([]);
  });
  it('a person beside the place is still masked', () => {
    expect(leaks('Frau Hildegard Brunnhuber wurde nach Den Haag verlegt; Anna Kowalska aus Zielona Góra.', ['Hildegard Brunnhuber', 'Kowalska'])).toEqual([]);
  });
});
