// Landmarks, streets named after persons and public bodies of eight languages read as persons (the
// twelfth README-only probe of 2026-12-05e, O5 and O6): `Brandenburger Tor`, `Ponte Vecchio`,
// `piazza Giuseppe Garibaldi`, `Topkapı Sarayı`, `Agenzia delle Entrate`, `Urząd Skarbowy`,
// `Gelir İdaresi Başkanlığı` were masked. A place's or a body's head word before or after the run
// (or a street's word in lower case before a full name) makes it that place; persons beside them stay masked.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';
import { kept, leaks } from './masked-text.js';
import { timeRatio } from './linear-time.js';

describe('landmarks and streets named after persons (O5)', () => {
  it.each([
    ['Sehenswürdigkeiten: Kölner Dom, Brandenburger Tor, Schloss Neuschwanstein.', ['Kölner Dom', 'Brandenburger Tor', 'Schloss Neuschwanstein']],
    ['Wir treffen uns am Ulmer Münster, danach Burg Hohenzollern und Schloss Sanssouci.', ['Ulmer Münster', 'Burg Hohenzollern', 'Schloss Sanssouci']],
    ['Itinerario: Ponte Vecchio, Galleria degli Uffizi, Teatro alla Scala, Palazzo Pitti.', ['Ponte Vecchio', 'Galleria degli Uffizi', 'Teatro alla Scala', 'Palazzo Pitti']],
    ['Ci vediamo in piazza Giuseppe Garibaldi, poi via Giuseppe Verdi e corso Vittorio Emanuele.', ['piazza Giuseppe Garibaldi', 'via Giuseppe Verdi', 'corso Vittorio Emanuele']],
    ['Rendez-vous place Charles de Gaulle, puis avenue Victor Hugo et rue Émile Zola.', ['place Charles de Gaulle', 'avenue Victor Hugo', 'rue Émile Zola']],
    ['Visitamos la Sagrada Família y la calle de Alfonso XII, luego la Torre de Belém.', ['Sagrada Família', 'calle de Alfonso XII', 'Torre de Belém']],
    ['Passeio: Avenida da Liberdade, Avenida Paulista, Mosteiro dos Jerónimos.', ['Avenida da Liberdade', 'Avenida Paulista', 'Mosteiro dos Jerónimos']],
    ['Route: Paleis Het Loo, Vondelpark, Kasteel de Haar.', ['Paleis Het Loo', 'Kasteel de Haar']],
    ['Zwiedzanie: Pałac Kultury i Nauki, Lotnisko Chopina, Rondo Daszyńskiego, Most Poniatowskiego.', ['Pałac Kultury', 'Lotnisko Chopina', 'Rondo Daszyńskiego', 'Most Poniatowskiego']],
    ['Gezi: Topkapı Sarayı, Galata Kulesi, Atatürk Havalimanı, Bağdat Caddesi, Dolmabahçe Sarayı, Süleymaniye Camii.', ['Topkapı Sarayı', 'Galata Kulesi', 'Atatürk Havalimanı', 'Bağdat Caddesi', 'Dolmabahçe Sarayı', 'Süleymaniye Camii']],
    ['Nearby: Grosse Point Lighthouse, Checkpoint Charlie, Marblehead Lighthouse.', ['Grosse Point Lighthouse', 'Checkpoint Charlie', 'Marblehead Lighthouse']],
  ])('%s', (text, places) => {
    expect(kept(text, places)).toEqual([]);
  });

  it('a city after a street abbreviated `Dr`, and a station named after a street', () => {
    // No person after the street's `Dr`. Since L10 of the probe of 2026-12-06b (29cdd170) the city, state and ZIP
    // join the street's ADDRESS (a ZIP code is an identifier: HIPAA 45 CFR 164.514(b)(2)(i)(B)), so the line is one address.
    const employer = 'c Employer\'s name, address, and ZIP code Harcourt Logistics LLC 100 N Wacker Dr Chicago IL 60606';
    expect(detectSensitive(employer).map((d) => [d.type, employer.slice(d.start, d.end)])).toEqual([['ADDRESS', '100 N Wacker Dr Chicago IL 60606']]);
    const mail = 'Mail to 915 Alder Crest Dr Seattle WA 98103';
    expect(detectSensitive(mail).map((d) => [d.type, mail.slice(d.start, d.end)])).toEqual([['ADDRESS', '915 Alder Crest Dr Seattle WA 98103']]);
    expect(kept('Nearby: Dempster Street Metra, Howard Street station, Main Street Station.', ['Dempster Street Metra', 'Howard Street station'])).toEqual([]);
    expect(leaks('Seen by Dr Leonora Castellanos at 4 Main St; Dr. Wrenfield, Tobiah', ['Castellanos', 'Wrenfield'])).toEqual([]);
  });

  it('persons beside the places stay masked', () => {
    expect(leaks('Treffen mit Leonora Castellanos am Brandenburger Tor.', ['Castellanos'])).toEqual([]);
    expect(leaks('Ci vediamo in piazza Garibaldi con Giuseppe Lindqvist.', ['Lindqvist'])).toEqual([]);
    expect(leaks('Sent via Maria Garcia yesterday.', ['Garcia'])).toEqual([]);
    expect(leaks('Dom Phillips wrote the report.', ['Phillips'])).toEqual([]);
    expect(leaks('Spotkanie z Janem Kowalskim przy Pałacu Kultury.', ['Kowalskim'])).toEqual([]);
  });
});

describe('public bodies, companies and holidays of Spain, Italy, Poland, Turkey and France (O6)', () => {
  it.each([
    ['Trámites: Agencia Tributaria, Agencia Estatal de Meteorología, Junta de Andalucía.', ['Agencia Tributaria', 'Agencia Estatal', 'Junta de Andalucía']],
    ['Enti: Agenzia delle Entrate, Comune di Milano, Regione Lombardia, Provincia di Torino.', ['Agenzia delle Entrate', 'Comune di Milano', 'Regione Lombardia', 'Provincia di Torino']],
    ['Enti: Guardia di Finanza, Poste Italiane, Agenzia delle Dogane.', ['Guardia di Finanza', 'Poste Italiane', 'Agenzia delle Dogane']],
    ['Instytucje: Urząd Skarbowy Warszawa-Śródmieście, Krajowa Administracja Skarbowa, Urząd Miasta Krakowa.', ['Urząd Skarbowy', 'Krajowa Administracja Skarbowa', 'Urząd Miasta Krakowa']],
    ['Kurumlar: e-Devlet Kapısı, Türk Telekom, Gelir İdaresi Başkanlığı, Nüfus Müdürlüğü, Vergi Dairesi, Ziraat Bankası, Türk Hava Yolları, Kadıköy Belediyesi.', ['Türk Telekom', 'e-Devlet Kapısı', 'Gelir İdaresi Başkanlığı', 'Nüfus Müdürlüğü', 'Vergi Dairesi', 'Ziraat Bankası', 'Türk Hava Yolları', 'Kadıköy Belediyesi']],
    ['Organismes : Pôle emploi (France Travail), Assurance Maladie.', ['France Travail']],
    ['Termine: 06.01.2027 (Epifania), 29.10.2026 (Cumhuriyet Bayramı), 25.04.2027 (Festa della Liberazione).', ['Epifania', 'Cumhuriyet Bayramı', 'Festa della Liberazione']],
  ])('%s', (text, bodies) => {
    expect(kept(text, bodies)).toEqual([]);
  });

  it('persons beside the bodies stay masked', () => {
    expect(leaks('Pratica di Giulia Bianchi presso Agenzia delle Entrate.', ['Bianchi'])).toEqual([]);
    expect(leaks('Başvuran Mehmet Karaoğlu, Vergi Dairesi Kadıköy.', ['Karaoğlu'])).toEqual([]);
  });
});

describe('linear time', () => {
  it('a hostile list of leads, connectors and tails', () => {
    expect(timeRatio((text) => detectSensitive(text), (n) => 'Teatro alla Scala, Palazzo di Giuseppe Verdi, '.repeat(Math.ceil(n / 46)))).toBeLessThan(3);
    expect(timeRatio((text) => detectSensitive(text), (n) => 'Galata Kulesi, poi via Maria Garcia, '.repeat(Math.ceil(n / 37)))).toBeLessThan(3);
  });
});
