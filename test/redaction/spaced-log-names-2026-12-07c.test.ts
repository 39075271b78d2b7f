// Issue 11, left open by h/leaks 2026-12-07b: an unquoted logfmt value with a blank under a person's or a
// role's name (`klant=Van Dijk`, `kunde=Müller Schmidt`, `customer=Jane Doe status=ok`) was cut at the blank
// (`Van` read alone, `Müller` raw). Now capitalized words after the blank, particles between them, up to the
// next `name=` or the line's end are the value (detectors.ts SPACED_NAME_REST); under English `customer`,
// `client`, `patient` only with a listed name word in it. Look-alikes: prose after a value, firms, statuses,
// other names' values.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../packages/core/src/index.js';
import { timeRatio } from './linear-time.js';
import { check, kept, leaks, masked } from './masked-text.js';

describe('a spaced name as an unquoted logfmt value, 2026-12-07c', () => {
  it('the whole name is the value', () => {
    check([
      ['klant=Van Dijk', ['Van', 'Dijk'], ['klant=']],
      ['kunde=Müller Schmidt', ['Müller', 'Schmidt'], ['kunde=']],
      ['customer=Jane Doe status=ok', ['Jane', 'Doe'], ['customer=', ' status=ok']],
      ['INFO kunde=Zwiebelhofer Leberecht action=update', ['Zwiebelhofer', 'Leberecht'], ['INFO kunde=', ' action=update']],
      ['vorname=Leberecht Maria nachname=Zwiebelhofer', ['Leberecht', 'Maria', 'Zwiebelhofer'], ['vorname=', ' nachname=']],
      ['ts=1 klant=Van der Berg status=open\nts=2 x=1', ['Van der Berg'], ['ts=1 klant=', ' status=open\nts=2 x=1']],
    ]);
  });

  it.each([
    // Held back while the rule was written.
    ['level=warn cliente=Ferreira Lopes action=login', ['Ferreira', 'Lopes']],
    ['patient=Amara Okafor ward=4', ['Amara', 'Okafor']],
    ['paziente=Lombardozzi Rita\n', ['Lombardozzi', 'Rita']],
    ['INFO kundin=Brunnhuber Hildegard tarif=basis', ['Brunnhuber', 'Hildegard']],
  ])('held back: %s', (text, values) => {
    expect([masked(text), leaks(text, values)]).toEqual([masked(text), []]);
  });

  it('look-alikes stay: prose after a value, firms, statuses, other names', () => {
    const text = 'kunde=Neu angelegt x=1\nkunde=Neu Anlage x=1\nclient=Mozilla Firefox x=1\nclient=Google Chrome version=120\n' +
      'msg=Hello World x=1\ntitle=Hello World x=1\ncustomer=Acme Corp status=ok\nkunde=Siemens AG action=update\nklant=Acme BV status=open\n' +
      'customer=VIP Gold status=ok\nlevel=info customer=New Customer\n';
    expect(kept(text, ['Neu angelegt', 'Neu Anlage', 'Mozilla Firefox', 'Google Chrome', 'Hello World x=1\ntitle=Hello World', 'Acme Corp', 'Siemens AG', 'Acme BV', 'VIP Gold', 'New Customer'])).toEqual([]);
  });

  it('linear: spaced values and blanks repeated', () => {
    const make = (n: number) => 'kunde=Van der Berg Maria x=1 klant=Van Dijk y=2 customer=Jane Doe   z '.repeat(Math.ceil(n / 70)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
    const blanks = (n: number) => `kunde=Zwiebelhofer${' Van'.repeat(Math.ceil(n / 4))}`.slice(0, n);
    expect(timeRatio(detectSensitive, blanks)).toBeLessThanOrEqual(3);
  });
});
