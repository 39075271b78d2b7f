// Names after role and kinship words of Finnish, Swahili, Slovak, Czech and Romanian that the
// fourteenth README-only probe (2026-12-05g, issue 11) found stored raw:
// L8 a full name after `Asiakas` (customer), `imetumwa kwa` (M-Pesa's "sent to", the name in
//    capitals), `Mweka hazina:` (treasurer), `manželka` (wife), `Beneficiar` (an id between).
// The row's inputs, the other words of the same families made up here, and the text that stays.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { check, kept } from './masked-text.js';

describe('L8: role and kinship words of Finnish, Swahili, Slovak/Czech and Romanian', () => {
  it('the probe rows', () => {
    check([
      ['Asiakas Mikko Juhani Korhonen (hetu 131052-308T) soitti Kelaan eilen', ['Mikko', 'Juhani', 'Korhonen'], ['Asiakas ', ' soitti Kelaan eilen']],
      ['QK12XY Imethibitishwa. Ksh2,500.00 imetumwa kwa AMINA ODHIAMBO 0722 987 654 mnamo 5/12/26', ['AMINA', 'ODHIAMBO'], ['imetumwa kwa ']],
      ['Kamati: Mwenyekiti: Juma Ali; Mweka hazina: Halima Said', ['Halima', 'Said'], ['Mweka hazina: ']],
      ['kontakt manželka Eva Balážová 0908 765 432', ['Eva', 'Balážová'], ['kontakt manželka ']],
      ['Beneficiar 1850709123455 POPESCU ANDREI-MIHAI', ['POPESCU', 'ANDREI-MIHAI'], ['Beneficiar ']],
    ]);
  });

  it.each([
    ['a Finnish patient', 'Potilas Aino Kaarina Virtanen kotiutettiin', ['Aino', 'Virtanen'], ['Potilas ', ' kotiutettiin']],
    ['a Finnish wife', 'yhteyshenkilö vaimo Liisa Mäkinen 040 123 4567', ['Liisa', 'Mäkinen'], ['vaimo ']],
    ['a Finnish treasurer with a colon', 'Rahastonhoitaja: Sanna Lehtonen', ['Sanna', 'Lehtonen'], ['Rahastonhoitaja: ']],
    ['a Swahili customer', 'Mteja Wanjiru Njoroge alipiga simu', ['Wanjiru', 'Njoroge'], ['Mteja ', ' alipiga simu']],
    ['a Swahili wife with a possessive', 'mke wake Zawadi Achieng 0722 111 222', ['Zawadi', 'Achieng'], ['mke wake ']],
    ['an M-Pesa receipt', 'Umepokea Ksh1,000.00 kutoka kwa JOHN KAMAU 0722111222', ['JOHN', 'KAMAU'], ['kutoka kwa ']],
    ['a Swahili secretary', 'Katibu: Baraka Otieno', ['Baraka', 'Otieno'], ['Katibu: ']],
    ['a Slovak patient', 'Pacientka Zuzana Hrušková, nar. 1985', ['Zuzana', 'Hrušková'], ['Pacientka ']],
    ['a Czech husband', 'kontaktní osoba manžel Petr Dvořák', ['Petr', 'Dvořák'], ['manžel ']],
    ['a Romanian wife', 'soția Ioana Dumitrescu a sunat', ['Ioana', 'Dumitrescu'], ['soția ', ' a sunat']],
    ['a Romanian son', 'Fiul Andrei Popa', ['Andrei', 'Popa'], ['Fiul ']],
    ['a Romanian beneficiary without an id', 'Beneficiar Ionescu Vasile', ['Ionescu', 'Vasile'], ['Beneficiar ']],
  ])('%s', (_kind, text, values, neighbours) => {
    check([[text, values, neighbours]]);
  });

  it('keeps firms and institutions after these words', () => {
    check([
      ['Beneficiar SC Dacia Group SRL, IBAN RO49AAAA1B31007593840000', [], ['Dacia Group SRL']],
      ['Pacient Spitalul Judetean Cluj', [], ['Spitalul Judetean Cluj']],
      ['Secretar General Ministerul Finantelor', [], ['Ministerul Finantelor']],
      ['Destinatar Banca Transilvania', [], ['Banca Transilvania']],
      ['tcp SYN Flood detected', [], ['SYN Flood']],
      ['Wake Forest University', [], ['Wake Forest University']],
    ]);
  });

  it('runs in linear time', () => {
    const unit = 'Asiakas Mikko Korhonen; imetumwa kwa AMINA ODHIAMBO 0722 987 654; manželka Eva Balážová; Beneficiar 1850709123455 POPESCU ANDREI; ';
    const make = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    expect(timeRatio((text) => detectSensitive(text), make)).toBeLessThanOrEqual(3);
  });

  it('leaves the neighbouring text of a name alone', () => {
    expect(kept('Asiakas Heikki Juhani Nieminen soitti.', ['Asiakas ', ' soitti.'])).toEqual([]);
  });
});
