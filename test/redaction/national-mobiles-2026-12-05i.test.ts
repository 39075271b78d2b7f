// Nine-digit national mobiles written 3-3-3 with no country code after a weak cue (the sixteenth
// README-only probe of 2026-12-05i, L6; issue 11): `Spoke with insured … at 512 345 678`, `Number(s)
// to port: 912 345 678;`, `Parent/Guardian: Maria Lopes, 934 567 890` were stored raw (3-3-3 reads as
// a number with thousands' blanks unless a phone word is near); after `call me back on`, `tel.` or
// `Contacto` they were masked. A nine-digit number valid in Poland, Portugal or Spain is a phone after a
// conversation's `at`/`on`, a number-porting cue, or right after a person's name and a comma; amounts,
// counts and other nine-digit figures stay.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';
import { masked } from './masked-text.js';
import { timeRatio } from './linear-time.js';

describe('a 3-3-3 national mobile after a weak cue is masked', () => {
  it.each([
    ['Spoke with insured Przemysław Grzegorczyk at 512 345 678.', '512 345 678'],
    ['Spoke with insured Joaquim Bastos at 912 345 678.', '912 345 678'],
    ['Spoke with subscriber at 512 345 678', '512 345 678'],
    ['Talked to the tenant on 601 234 567 about the lease.', '601 234 567'],
    ['Left a voicemail for the claimant at 698 765 432.', '698 765 432'],
    ['Number(s) to port: 912 345 678;', '912 345 678'],
    ['Numbers to port: 512 345 678 and 601 234 567', '601 234 567'],
    ['Porting number 934 567 890 from Vodafone', '934 567 890'],
    ['MSISDN 512 345 678 moved to the new SIM', '512 345 678'],
    ['Parent/Guardian: Maria Lopes, 934 567 890', '934 567 890'],
    ['Parent/Guardian: Przemysław Grzegorczyk, 512 345 678', '512 345 678'],
    ['Witness: Joaquim Figueiredo Bastos, 912 345 678, present.', '912 345 678'],
    ['Spoke with the claimant at 601.234.567', '601.234.567'],
    ['Number to port: 512345678', '512345678'],
  ])('%j', (text, number) => {
    expect(masked(text)).not.toContain(number);
    expect(detectSensitive(text).some((d) => d.type === 'PHONE' && text.slice(d.start, d.end) === number)).toBe(true);
  });
});

describe('other nine-digit figures stay', () => {
  it.each([
    'The budget is 512 345 678 euros',
    'valued at 512 345 678',
    'Revenue grew to 612 345 678 at year end',
    'Population at 912 345 678',
    'The port handled 512 345 678 tonnes.',
    'Report 2026, 512 345 678 rows processed',
    'Priced at 912 345 678 after we spoke.',
    'Maria Lopes, 934 567 890 views on her channel',
    'Ports 512 345 678 are open',
    'Transfer to port 601 234 567 failed',
  ])('%j', (text) => {
    expect(detectSensitive(text).filter((d) => d.type === 'PHONE')).toEqual([]);
  });
});

// The open part of L6: calling verbs of other languages before the number (`llamé al 612 345 678`,
// `liguei para 912 345 678`, `dzwoniłem pod 512 345 678`); a lower-case `al` before a number is the
// Spanish `al`, no Polish street word (`Llamé al 612` was read as an address).
describe('a nine-digit national mobile after a calling verb of another language is masked', () => {
  it.each([
    ['llamé al 612 345 678 y no contestó', '612 345 678'],
    ['Ayer la llamó al 655 443 322 dos veces.', '655 443 322'],
    ['Llámeme al 698 112 233 por la tarde.', '698 112 233'],
    ['Marqué el 611 223 344 sin respuesta', '611 223 344'],
    ['liguei para 912 345 678 e ninguém atendeu', '912 345 678'],
    ['Ela ligou para o 936 554 221 às 15h.', '936 554 221'],
    ['Telefonei para 961 002 334 ontem.', '961 002 334'],
    ['dzwoniłem pod 512 345 678 wczoraj', '512 345 678'],
    ['Zadzwoniła pod 604 998 112 po południu.', '604 998 112'],
    ['Oddzwoń pod 788123456 jutro', '788123456'],
    ['Ho chiamato il 312 445 667 stamattina', '312 445 667'],
    ["Je l'ai appelée au 612 998 877 hier.", '612 998 877'],
  ])('%j', (text, number) => {
    expect(masked(text)).not.toContain(number);
    expect(detectSensitive(text).some((d) => d.type === 'PHONE' && text.slice(d.start, d.end) === number)).toBe(true);
  });
  it.each([
    'Pagué 612 345 678 pesos por la casa.',
    'Zamówienie pod numerem 512 345 678 wysłane',
    'Llamamos a 3 clientes; ventas 612 345 678',
    'Hola al 69 de la lista',
    'appel 2026: 512 345 678 dossiers',
  ])('stays: %j', (text) => {
    expect(detectSensitive(text).filter((d) => d.type === 'PHONE')).toEqual([]);
  });
  it('a Polish street after `al.` stays an address', () => {
    expect(masked('al. Jerozolimskie 123, 00-001 Warszawa')).toBe('[ADDRESS]');
  });
});

describe('linear time', () => {
  it('many 3-3-3 numbers after names and commas', () => {
    const ratio = timeRatio((text) => detectSensitive(text), (n) => 'Spoke with Maria Lopes at 512 345 678, Jan Kowalski, 601 234 567; '.repeat(Math.ceil(n / 66)));
    expect(ratio).toBeLessThan(3);
  });
});
