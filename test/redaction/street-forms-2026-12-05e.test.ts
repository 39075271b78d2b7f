// Issue 11, the twelfth probe (2026-12-05e), row L10 (test/redaction/probe-2026-12-05e.cases.md): street
// forms with no street word where the address scanner looks for one: German streets led by a preposition
// and article (`Am Südpark 7a`, `An der Alster 12`, `Im Tal 4`), Italian streets with an elided article
// (`Via dell'Indipendenza 56`), Turkish `… Caddesi No: 212 Daire: 9` / `Cad. No: 45 D: 7`. The street
// and number were stored raw, the postcode and city after them masked.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../packages/core/src/index.js';
import { timeRatio } from './linear-time.js';
import { kept, leaks, masked } from './masked-text.js';

const check = (text: string, values: string[], around: string[] = []) => {
  expect([masked(text), leaks(text, values)]).toEqual([masked(text), []]);
  expect([masked(text), kept(text, around)]).toEqual([masked(text), []]);
};

describe('L10: German, Italian and Turkish street forms', () => {
  it('the probe rows', () => {
    check('Bitte senden Sie die Unterlagen an Frau Henrike Vosskamp, Am Südpark 7a, 04275 Leipzig.', ['Am Südpark 7a', 'Südpark', '04275'], ['Bitte senden Sie die Unterlagen an ']);
    check("Io sottoscritto, residente in Via dell'Indipendenza 56, 40121 Bologna, dichiaro", ["dell'Indipendenza", '56,', '40121'], ['Io sottoscritto, residente in', ', dichiaro']);
    check('Merhaba, adresim Bağdat Caddesi No: 212 Daire: 9, Suadiye/Kadıköy/İstanbul. Teşekkürler', ['Bağdat Caddesi No: 212', 'Daire: 9', 'Suadiye'], ['Merhaba, adresim', 'Teşekkürler']);
    check('ADRES: Atatürk Cad. No: 45 D: 7 Kadıköy/İstanbul', ['Atatürk Cad', 'No: 45', 'D: 7', 'Kadıköy'], ['ADRES: ']);
  });
  it('more German streets led by a preposition', () => {
    check('Anschrift: Am Lindenhof 3, 10115 Berlin', ['Lindenhof 3', '10115'], ['Anschrift: ']);
    check('Die Wohnung liegt An den Eichen 27b, 50667 Köln, 2. OG', ['Eichen 27b', '50667'], ['Die Wohnung liegt', '2. OG']);
    check('Rechnung an: Auf dem Berge 5 37073 Göttingen', ['Berge 5', '37073'], ['Rechnung an: ']);
    check('Mieter wohnt Unter den Linden 77, 10117 Berlin', ['Linden 77', '10117'], ['Mieter wohnt']);
    check('Zum Sportplatz 2, 01067 Dresden', ['Sportplatz 2', '01067']);
  });
  it('more Italian and French names with an elided article', () => {
    check("domiciliata in Piazza dell'Unità 3, 34121 Trieste", ["dell'Unità 3", '34121'], ['domiciliata in']);
    check("Sede: Corso d'Italia 12, 00198 Roma", ["d'Italia 12", '00198']);
    check("Livraison au 12 rue de l'Église, 75001 Paris", ["rue de l'Église", '75001'], ['Livraison au']);
  });
  it('more Turkish streets', () => {
    check('Adres: Atatürk Bulvarı No: 101/3 Çankaya/Ankara', ['Atatürk Bulvarı No: 101/3', 'Çankaya'], ['Adres: ']);
    check('Teslimat: Gül Sokak No: 8 Kat: 2, Bornova/İzmir', ['Gül Sokak No: 8', 'Kat: 2', 'Bornova'], ['Teslimat: ']);
    check('Caferağa Mah. Mühürdar Cd. No:12 D:4 Kadıköy/İstanbul', ['Caferağa', 'Mühürdar', 'No:12', 'D:4', 'Kadıköy']);
  });
  it('kept: German prose with capitalized nouns, Turkish street names without a number, dates', () => {
    for (const text of ['Am Montag 3 Termine und am Dienstag 4 Termine.', 'Im Jahr 2026 kamen viele.', 'Am 5. Mai 2026 in Leipzig', 'Bağdat Caddesi çok kalabalık bugün.', 'Im Kapitel 3 steht es anders.', 'Unter den Top 10 der Liga']) {
      // (`Bağdat Caddesi` alone read as a person is row O5's, not this one's: no address here.)
      expect([text, detectSensitive(text).filter((d) => d.type === 'ADDRESS')]).toEqual([text, []]);
    }
  });
  it('linear: repeated street forms and hostile runs', () => {
    const make = (n: number) => 'An der Alster 12, 20099 Hamburg; Bağdat Caddesi No: 212 Daire: 9; Am Am Am Caddesi Caddesi '.repeat(Math.ceil(n / 90)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});
