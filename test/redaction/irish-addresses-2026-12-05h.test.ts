// L3 of the fifteenth probe of 2026-12-05 (test/redaction/probe-2026-12-05h.cases.md): Irish street
// words (`Bóthar`, `Sráid`, `Ascaill`, `Lána`, `Cearnóg`, `Plás`, `Céide`, `Br.`), an Eircode on the city
// line, and postal-code members of other countries (`eircode`, `cap`, `pincode`, `kod_pocztowy`, …).
// Through detectSensitive and a tool result as stored; the words without a house number stay.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '../../packages/core/src/index.js';
import { timeRatio } from './linear-time.js';
import { check, storedResults } from './masked-text.js';

const { leaksIn, keptIn } = storedResults(createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(5)]), sessionMemory: false }), 'c');

describe('L3: Irish street words and postal-code members', () => {
  it('masks streets named with the Irish street words, in text and under address members', () => {
    check([
      ['Shipping to 17 Sráid an Mhuilinn, Cork T12 K8AF for Ciarán Ó Dubhghaill.', ['Sráid an Mhuilinn', 'T12 K8AF'], ['Shipping to']],
      ['address 9 Bóthar Bhaile Átha Cliath, Dundalk.', ['Bóthar Bhaile'], ['address']],
      ['Deliver to 12 Ascaill an Chuain, Sligo', ['Ascaill an Chuain'], ['Deliver to']],
      ['I live at 5 Lána na Siopaí, Kilkenny', ['Lána na Siopaí'], ['I live at']],
      ['Deliver to 3 Cearnóg Mhuirfean, Dublin 2', ['Cearnóg Mhuirfean'], ['Deliver to']],
      ['Send it to 8 Plás an Mhargaidh, Ennis', ['Plás an Mhargaidh'], ['Send it to']],
      ['Meet at 14 Céide na Mara, Bray', ['Céide na Mara'], ['Meet at']],
      ['Address: 6 Br. na hAbhann, Tralee', ['Br. na hAbhann'], ['Address:']],
    ]);
    expect(leaksIn({ merge_fields: { FNAME: 'Eoghan', MMERGE6: '22 Bóthar na Trá, Galway H91 X2F4' } }, ['Bóthar na Trá', 'H91 X2F4'])).toEqual([]);
    expect(leaksIn({ address: '8 Quay Street, Galway H91 K2C3' }, ['H91 K2C3', 'K2C3'])).toEqual([]);
    expect(leaksIn({ address: 'Flat 2, 5 Sráid na Siopaí, Ennis V95 X2Y3' }, ['Siopaí', 'V95 X2Y3'])).toEqual([]);
    expect(leaksIn({ address: 'Unit 4, 22 Plás an Mhargaidh, Galway H91 K2C3' }, ['Mhargaidh', 'H91 K2C3'])).toEqual([]);
  });

  it('keeps the Irish words without a house number, and prose about them', () => {
    check([
      ['Bóthar is the Irish word for road; sráid is street.', [], ['Bóthar is the', 'sráid is street']],
      ['The Céide Fields are a neolithic site in Mayo.', [], ['Céide Fields']],
      ['Plás and Cearnóg both translate as place or square.', [], ['Plás and Cearnóg']],
    ]);
  });

  it('reads postal-code members of other countries', () => {
    const value = { eircode: 'D08 VF8H', home: { Eircode: 'F94 K7W2' }, it: { cap: '00184', codice_postale: '20121' }, in: { pincode: '560001', pin_code: '110 001' }, pl: { kod_pocztowy: '00-950' }, fi: { postinumero: '00100' }, hu: { iranyitoszam: '1051' }, cz: { psc: '110 00' } };
    expect(leaksIn(value, ['D08 VF8H', 'F94 K7W2', '00184', '20121', '560001', '110 001', '00-950', '00100', '1051', '110 00'])).toEqual([]);
  });

  it('keeps what those member names hold when it is no postal code', () => {
    const value = { cap: 100, limits: { cap: '5000 requests' }, spend: { cap: 'none' }, pincode: 'n/a', eircode: 'unknown', psc: 'pending' };
    expect(keptIn(value, ['5000 requests', 'none', 'n/a', 'unknown', 'pending'])).toEqual([]);
  });

  it('stays linear in the input', () => {
    const unit = '12 Bóthar na Sráid Br. Céide 4 Plás ';
    expect(timeRatio(detectSensitive, (n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n), 20_000, 40_000)).toBeLessThanOrEqual(3);
  });
});
