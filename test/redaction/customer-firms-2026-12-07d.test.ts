// Issue 11, an over-read left open on 2026-12-07: a firm's one-word name under a customer's role parameter
// (`https://shop.example/orders?kunde=Siemens`) was masked as a PERSON, while the same value as a JSON member
// (`{ kunde: 'Siemens' }`) was kept: the parameter's rule (detectors.ts roleParameterName) asked the firm lists
// (names.ts firmLikeName, isOrganizationValue, isListedFirm) only of values of two words or more. Now it asks them
// of every value, as the redactor's customerFirm does. A firm's legal form (`Siemens AG`, `Philips N.V.`) was kept
// already and stays so. A surname that is no listed firm stays masked (`kunde=Müller`, `kunde=Van Dijk`).
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { kept, leaks, masked } from './masked-text.js';

const persons = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('a listed firm under a customer role parameter is no person', () => {
  it.each([
    // The brief's input.
    ['https://shop.example/orders?kunde=Siemens', 'Siemens'],
    // Held back: other listed firms, role names, positions (URL, logfmt, a lone pair) and encodings.
    ['https://shop.example/orders?kunde=Porsche&ort=Berlin', 'Porsche'],
    ['https://crm.example/?klant=Philips&status=open', 'Philips'],
    ['/api/orders?cliente=Ferrari;page=2', 'Ferrari'],
    ['INFO kunde=Roche status=ok', 'Roche'],
    ['GET /search?mandant=Deloitte&jahr=2026', 'Deloitte'],
    ['?kundin=Nestl%C3%A9&x=1', 'Nestl%C3%A9'],
    ['?klant=Michelin', 'Michelin'],
  ])('%s keeps the firm', (text, firm) => {
    expect([masked(text), persons(text)]).toEqual([masked(text), []]);
    expect(kept(text, [firm])).toEqual([]);
  });

  it.each([
    // A firm's legal form after its name: kept before, kept now.
    'https://shop.example/orders?kunde=Siemens%20AG',
    'kunde=Siemens AG action=update',
    '?klant=Philips%20N.V.&x=1',
    '?cliente=Telef%C3%B3nica%20S.A.',
    '?kunde=Bosch+GmbH',
  ])('%s keeps the firm with its legal form', (text) => expect(persons(text)).toEqual([]));

  it.each([
    // Persons stay masked: surnames no firm list holds, family-first names, particles, names beside a firm's word.
    ['https://shop.example/orders?kunde=Zwiebelhofer', 'Zwiebelhofer'],
    ['https://shop.example/orders?kunde=Van%20Dijk&x=1', 'Dijk'],
    ['https://shop.example/orders?kunde=M%C3%BCller', 'M%C3%BCller'],
    ['INFO kunde=Müller status=ok', 'Müller'],
    ['?klant=Oosterhuis&x=1', 'Oosterhuis'],
    ['?cliente=Ferreira%20Lopes', 'Ferreira'],
    ['?paziente=Lombardozzi&reparto=3', 'Lombardozzi'],
    ['?kunde=Ferrari%20Marco&x=1', 'Marco'],
  ])('%s stays masked', (text, raw) => expect([masked(text), leaks(text, [raw])]).toEqual([masked(text), []]));

  it('linear: listed firms and persons under role parameters repeated', () => {
    const make = (n: number) => '?kunde=Siemens&klant=Oosterhuis&cliente=Ferrari&x=1 '.repeat(Math.ceil(n / 52)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});
