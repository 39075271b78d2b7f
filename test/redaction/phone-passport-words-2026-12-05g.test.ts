// Phone keys and words, "call me" and passport words of the Baltic, Nordic, central and south-east
// European languages, Greek in Latin letters and Swahili (L16 of the fourteenth README-only probe,
// 2026-12-05g, issue 11): `{tilefono:'6971234567'}`, `helistage mulle 5123 4567` (Estonian "call
// me", an 8-digit mobile with no trunk `0`) and `pasas 23456789` (Lithuanian) were stored raw.
// Numbers made up; counts, steps, order numbers and the ambiguous short words (`pass`, `pas`,
// `paso`) without a number word kept.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '@agent-audit/core';
import { check, storedResults } from './masked-text.js';
import { timeRatio } from './linear-time.js';

const { stored, leaksIn } = storedResults(createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]), sessionMemory: false }));

describe('L16: phones and passports after the words of those languages', () => {
  it.each([
    // The probe's inputs and the held-back one (H061).
    [{ tilefono: '6971234567' }, ['6971234567']],
    [{ tilefono: '6944123456' }, ['6944123456']],
    // The kind: phone keys of those languages.
    [{ kinito: '6944123456' }, ['6944123456']],
    [{ telefonas: '61234567' }, ['61234567']],
    [{ 'tālrunis': '29123456' }, ['29123456']],
    [{ puhelin: '0401234567' }, ['0401234567']],
    [{ telefoni: '0691234567' }, ['0691234567']],
    [{ kinnitelefon: '6123456' }, ['6123456']],
    [{ mobiil: '51234567' }, ['51234567']],
    [{ telefonszam: '301234567' }, ['301234567']],
    [{ kliento_telefonas: '61234567' }, ['61234567']],
    [{ pasas: '23456789' }, ['23456789']],
    [{ utlevel: 'BE1234567' }, ['BE1234567']],
  ])('%j', (value, numbers) => {
    expect([stored(value), leaksIn(value, numbers)]).toEqual([stored(value), []]);
  });

  it('masks a number after a phone word or a "call me" of those languages', () => {
    check([
      ['"helistage mulle 5123 4567"', ['5123 4567'], ['helistage mulle']],
      ['helistage mulle 5555 1234', ['5555 1234'], ['helistage mulle']],
      ['Helista mulle, palun: 5123 4567', ['5123 4567'], ['Helista mulle']],
      ['zvaniet man 2912 3456', ['2912 3456'], ['zvaniet man']],
      ['skambinkite man 6123 4567', ['6123 4567'], ['skambinkite man']],
      ['Tālrunis: 29 123 456', ['29 123 456'], ['Tālrunis:']],
      ['tilefono mou 694 412 3456', ['694 412 3456'], ['tilefono mou']],
      ['hívjon: 30 123 4567', ['30 123 4567'], ['hívjon:']],
      ['kinnitelefon 612 3456', ['612 3456'], ['kinnitelefon']],
      ['soita minulle 4012 3456', ['4012 3456'], ['soita minulle']],
      ['zavolejte mi 602 123 456', ['602 123 456'], ['zavolejte mi']],
      ['nipigie 712 345 678', ['712 345 678'], ['nipigie']],
    ]);
  });

  it('masks a passport number after the passport words of those languages', () => {
    check([
      ['pasas 23456789', ['23456789'], ['pasas']],
      ['pasas 23456789, išduotas 2020', ['23456789'], ['pasas', 'išduotas 2020']],
      ['Paso numeris: 23456789', ['23456789'], ['Paso numeris:']],
      ['Pases Nr. LV1234567', ['LV1234567'], ['Pases Nr.']],
      ['passi number AB1234567', ['AB1234567'], ['passi number']],
      ['Passin numero: XP1234567', ['XP1234567'], ['Passin numero:']],
      ['útlevél száma: BE1234567', ['BE1234567'], ['útlevél száma:']],
      ['útlevélszám: BE1234567', ['BE1234567'], ['útlevélszám:']],
      ['pașaportul meu este 055123456', ['055123456'], ['pașaportul meu este']],
      ['to diavatirio mou einai AK1234567', ['AK1234567'], ['diavatirio mou einai']],
      ['pas č. 45123456', ['45123456'], ['pas č.']],
      ['Pass nr: KF0123456', ['KF0123456'], ['Pass nr:']],
      ['pasaport numaram U12345678', ['U12345678'], ['pasaport numaram']],
    ]);
  });

  it('keeps counts, steps, orders and short words that are no passport or phone word', () => {
    check([
      ['we pass 100000 tests', [], ['100000']],
      ['boarding pass 1234567', [], ['1234567']],
      ['pas de 1000000 euros', [], ['1000000']],
      ['il a fait 10000 pas', [], ['10000']],
      ['paso 123456 de la receta', [], ['123456']],
      ['Tellimus 5123 4567 kinnitatud', [], ['5123 4567']],
      ['Arve nr 5123 4567', [], ['5123 4567']],
      ['simulate 5123 4567 rows', [], ['5123 4567']],
      ['automobil 5123 4567', [], ['5123 4567']],
    ]);
  });

  it('stays linear in the input', () => {
    const unit = 'helistage mulle pasas pass nr soita ';
    expect(timeRatio(detectSensitive, (n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n), 20_000, 40_000)).toBeLessThanOrEqual(3);
  });
});
