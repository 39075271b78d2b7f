// J21 of the fourth README-only probe of 2026-12-04 (probe-2026-12-04d.cases.md): a name after a
// German remittance noun and its number (`Rechnung 4711 Qxaro Vlintuk`, a transfer's
// Verwendungszweck) was stored raw: the number was read as a house number. Other nouns, numbers
// and names of the kind here; the purpose words that follow a reference must stay.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';

const persons = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('J21: a name after a remittance noun and its number', () => {
  it.each([
    ['Kundennummer 55102 Torvek Almstrad', 'Torvek Almstrad'],
    ['Rechnungsnr. 2026-114 Ildren Bravosk', 'Ildren Bravosk'],
    ['Vertrag 8812 Brellin Oskardy', 'Brellin Oskardy'],
    ['Kd.-Nr. 55102 Isvane Queraldo', 'Isvane Queraldo'],
    ['{"verwendungszweck":"Mitgliedsnummer 3301 Ulmoth Kestravin"}', 'Ulmoth Kestravin'],
    ['Invoice 4711 Orlima Trevasco', 'Orlima Trevasco'],
    ['Auftrag 901 Torvek Almstrad geb. 01.02.1970', 'Torvek Almstrad'],
  ])('%s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });
});

describe('J21 look-alikes: a transfer\'s purpose and a street after the number stay', () => {
  it.each(['Rechnung 4711 Miete Dezember', 'Rechnung 4711 Wartung Heizung', 'Vertrag 8812 Abschlag Strom', 'Rechnung 4711 Berlin Mitte', 'Bestellung 77 Versand Express', 'Rechnung 12 Hauptstraße', 'Rechnung 4711 Fensterputz Treppenhaus', 'Auftrag 55 Heizungswartung'])('%s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});
