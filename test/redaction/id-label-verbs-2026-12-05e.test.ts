// Social-insurance and id numbers after other words than their exact labels (the open part of L8
// of the twelfth README-only probe, 2026-12-05e, issue 11): a verb or a copula and an article
// between the label and the number (`meine SV-Nummer lautet …`, `mi número de la seguridad social
// es …`, `o meu NIF é …`, `ist die`, `es el`, `é o`, `est le`, `è il`), and the label that read as a
// name before such a verb (`Meine Sozialversicherungsnummer lautet …`, `Mi NUSS es el …`, `o meu NISS é …`).
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { kept, leaks } from './masked-text.js';

const ids = (text: string) => detectSensitive(text).filter((d) => d.class === 'pii.government_id').map((d) => text.slice(d.start, d.end));

describe('L8 open part: a verb or a copula and an article between the label and the number', () => {
  it.each([
    ['German SV-Nummer, lautet', 'meine SV-Nummer lautet 65 140387 W 023', '65 140387 W 023', ['meine SV-Nummer lautet']],
    ['German Sozialversicherungsnummer, lautet', 'Meine Sozialversicherungsnummer lautet 12 020379 K 015.', '12 020379 K 015', ['Meine Sozialversicherungsnummer lautet']],
    ['German Rentenversicherungsnummer, ist die', 'Seine Rentenversicherungsnummer ist die 53 270581 M 117, bitte eintragen.', '53 270581 M 117', ['Seine Rentenversicherungsnummer ist die', 'bitte eintragen']],
    ['German SV-Nr., lautete', 'Die SV-Nr. lautete 65 140387 W 023.', '65 140387 W 023', ['Die SV-Nr. lautete']],
    ['Spanish seguridad social, es', 'mi número de la seguridad social es 28 12345678 40', '28 12345678 40', ['mi número de la seguridad social es']],
    ['Spanish NUSS, es el', 'Mi NUSS es el 281234567840, gracias.', '281234567840', ['Mi NUSS es el', 'gracias']],
    ['Spanish afiliación, es el', 'Su número de afiliación es el 28/12345678/40', '28/12345678/40', ['Su número de afiliación es el']],
    ['Portuguese NIF, é', 'o meu NIF é 198765436', '198765436', ['o meu NIF é']],
    ['Portuguese contribuinte, é o', 'O meu número de contribuinte é o 198765436.', '198765436', ['O meu número de contribuinte é o']],
    ['Portuguese NISS, é', 'o meu NISS é 12345678901', '12345678901', ['o meu NISS é']],
    ['Portuguese Cartão de Cidadão, é', 'o número do meu Cartão de Cidadão é 12345678 9 ZZ1', '12345678 9 ZZ1', ['o número do meu Cartão de Cidadão é']],
    ['French NIR, est le', 'mon numéro de sécurité sociale est le 1 85 05 78 006 084 36', '1 85 05 78 006 084 36', ['mon numéro de sécurité sociale est le']],
    ['Polish dowód, wynosi', 'Numer mojego dowodu osobistego wynosi ABA 300000.', 'ABA 300000', ['Numer mojego dowodu osobistego wynosi']],
    ['Polish PESEL, brzmi', 'Mój PESEL brzmi 44051401359', '44051401359', ['Mój PESEL brzmi']],
  ])('%s', (_name, text, value, stay) => {
    expect(leaks(text, [value])).toEqual([]);
    expect(kept(text, stay)).toEqual([]);
  });

  it('keeps numbers that are none of these ids after the same verbs', () => {
    // A NIF whose check digit fails, a short number after `Versicherungsnummer … lautet`, a sum after `ist die`.
    expect(ids('o meu NIF é 123456780')).toEqual([]);
    expect(ids('Die SV-Nummer lautet noch nicht; Beitrag ist die 1234,56 EUR')).toEqual([]);
    expect(ids('Mi NUSS es el que te mandé ayer, 28 páginas.')).toEqual([]);
    expect(kept('Die Rentenversicherungsnummer ist die wichtigste Nummer im Rentenantrag.', ['Rentenversicherungsnummer ist die wichtigste Nummer'])).toEqual([]);
  });

  it('linear on hostile runs of labels and verbs', () => {
    expect(timeRatio((text) => detectSensitive(text), (n) => 'SV-Nummer lautet die '.repeat(Math.ceil(n / 21)))).toBeLessThan(3);
    expect(timeRatio((text) => detectSensitive(text), (n) => 'o meu NIF é o 1 '.repeat(Math.ceil(n / 16)))).toBeLessThan(3);
  });
});
