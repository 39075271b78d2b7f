// Issue 11, F12 of the leak probe of 2026-12-07 (`INFO kunde=Zwiebelhofer vorname=[PERSON] …`): a customer's,
// client's or patient's role as a query or form parameter's name in German, Dutch, French, Spanish, Italian,
// Portuguese and Polish (`kunde=`, `klant=`, `cliente=`, `paziente=`, `pacjent=`), a customer's name as one word
// (`kundenname=`, `nom_client=`, `nombre_cliente=`, `klantnaam=`), and a log line's pairs separated by blanks
// (logfmt), where a pair led by a blank was read only beside `&` or `;`. The English parameters (`customer=`,
// `last_name=`) were read already: the same mechanism (detectors.ts detectParameters, key-names.ts
// DEFAULT_PERSON_KEYS). Look-alikes: a role's value that is no name (`kunde=neu`, `kunde=4471`, `kunde=Alle`,
// `klant=Acme BV`) and pairs of other names.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../packages/core/src/index.js';
import { timeRatio } from './linear-time.js';
import { kept, leaks, masked } from './masked-text.js';

describe('role and name parameters of other languages, 2026-12-07b', () => {
  it.each([
    ['INFO kunde=Zwiebelhofer vorname=Leberecht geburtsdatum=17.02.1949', ['Zwiebelhofer', 'Leberecht'], ['INFO kunde=', ' vorname=']],
    ['https://crm.example.de/suche?kunde=Zwiebelhofer&ort=Berlin', ['Zwiebelhofer'], ['?kunde=', '&ort=Berlin']],
    ['kundenname=Zwiebelhofer&seite=2', ['Zwiebelhofer'], ['&seite=2']],
    ['klant=Oosterhuis&status=open', ['Oosterhuis'], ['&status=open']],
    ['GET /zoeken?cliente=Olaizola%20Etxeberria&pagina=2', ['Olaizola', 'Etxeberria'], ['&pagina=2']],
    ['INFO kunde=Zwiebelhofer', ['Zwiebelhofer'], ['INFO kunde=']],
    ['nom_client=Vaucouleurs&page=1', ['Vaucouleurs'], ['&page=1']],
    // logfmt's quoted values (found after the first run: `klant=Van Dijk` unquoted is cut at the blank, as logfmt reads it).
    ['ts=1 klant="Van Dijk" x=1', ['Van Dijk'], ['klant="', '" x=1']],
    ['vorname="Leberecht Maria" nachname="Zwiebelhofer"', ['Leberecht', 'Zwiebelhofer'], ['vorname="', '" nachname="']],
    ['msg="kunde=Zwiebelhofer" x=1', ['Zwiebelhofer'], ['msg="kunde=']],
  ])('%s', (text, values, labels) => {
    expect([masked(text), leaks(text, values)]).toEqual([masked(text), []]);
    expect([masked(text), kept(text, labels)]).toEqual([masked(text), []]);
    expect(detectSensitive(text).map((d) => d.type)).toContain('PERSON');
  });

  it.each([
    // Held back while the rule was written: other languages, a form body, a logfmt line, encodings.
    ['POST /api body: kundin=Brunnhuber&tarif=basis', ['Brunnhuber']],
    ['https://ehr.example.it/cerca?paziente=Lombardozzi&reparto=3', ['Lombardozzi']],
    ['level=warn klantnaam=Van+der+Berg action=update', ['Van+der+Berg']],
    ['?nombre_cliente=Ib%C3%A1%C3%B1ez&pagina=2', ['Ib%C3%A1%C3%B1ez']],
    ['asegurado=Quispe+Mamani&poliza=activa', ['Quispe', 'Mamani']],
    ['pacjent=Przybylski&oddzial=4', ['Przybylski']],
  ])('held back: %s', (text, values) => {
    expect([masked(text), leaks(text, values)]).toEqual([masked(text), []]);
  });

  it('look-alikes stay: a role value that is no name, other pairs, prose', () => {
    const text = '?kunde=neu&seite=2 ?kunde=4471&x=1 INFO kunde=Alle ?klant=Acme%20BV&x=1 level=info msg=done ?cliente=todos&x=1 ' +
      'kunden=42&x=1 a=1 b=2 ort=Berlin status=open Der Kunde ist zufrieden. kunde="neu" title="Hello World" ';
    expect(kept(text, ['kunde=neu', 'kunde=4471', 'kunde=Alle', 'klant=Acme%20BV', 'msg=done', 'cliente=todos', 'kunden=42', 'ort=Berlin', 'status=open', 'Der Kunde ist zufrieden.', 'kunde="neu"', 'title="Hello World"'])).toEqual([]);
    // A quoted URL's own parameters are still read inside it.
    expect(leaks('url="https://x.example/?email=a@b.co&last_name=Vogt" x=1', ['a@b.co', 'Vogt'])).toEqual([]);
  });

  it('linear: a long logfmt line of role and name pairs', () => {
    const make = (n: number) => 'kunde=Zwiebelhofer vorname="Leberecht Maria" x=1 klant=Oosterhuis&y=2 msg="a=" '.repeat(Math.ceil(n / 80)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});
