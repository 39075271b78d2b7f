import { describe, expect, it } from 'vitest';
import {
  GERMAN_ADJECTIVE_TAILS,
  LEAD_CONNECTORS,
  PLACE_BODY_LEADS,
  PLACE_BODY_TAILS,
  headForm,
  isPlaceBodyLead,
  isPlaceBodyTail,
  placeBodyLeadBefore,
} from './place-heads.js';

// Issue 13: place-heads.ts under Stryker (docs/TESTING.md). Each function called directly, no
// names detector: the sets' members (one per line of their lists), headForm's two rules, the
// German adjective's tails, the lead and its connectors before a run.

describe('the word sets', () => {
  it('PLACE_BODY_LEADS: a member of each line, and no empty or glued member', () => {
    for (const word of ['schloss', 'palast', 'ponte', 'loggia', 'château', 'musée', 'castillo', 'alcazar', 'mosteiro', 'estação', 'paleis', 'kasteel', 'pałac', 'kościół', 'katedra', 'agencia', 'diputación', 'ministero', 'administracion', 'krajowa', 'państwowy', 'festa', 'fiesta', 'federal'])
      expect(PLACE_BODY_LEADS.has(word), word).toBe(true);
    for (const word of ['', 'palast\nponte', 'federal ', 'Schloss', 'scala']) expect(PLACE_BODY_LEADS.has(word), JSON.stringify(word)).toBe(false);
  });

  it('PLACE_BODY_TAILS: a member of each line, and no empty or glued member', () => {
    for (const word of ['sarayı', 'kulesi', 'parkı', 'müdürlüğü', 'valiliği', 'kaymakamlığı', 'bayramı', 'lighthouse', 'travail', 'telekom', 'dom', 'tor', 'münster'])
      expect(PLACE_BODY_TAILS.has(word), word).toBe(true);
    for (const word of ['', 'parkı\nmüdürlüğü', 'Kulesi', 'vecchio']) expect(PLACE_BODY_TAILS.has(word), JSON.stringify(word)).toBe(false);
  });

  it('GERMAN_ADJECTIVE_TAILS and LEAD_CONNECTORS', () => {
    expect([...GERMAN_ADJECTIVE_TAILS]).toEqual(['dom', 'tor', 'münster']);
    for (const word of ['di', 'della', 'dell', 'alla', 'al', 'do', 'das', 'du', 'des', 'la', 'les', 'y', 'e', 'i']) expect(LEAD_CONNECTORS.has(word), word).toBe(true);
    for (const word of ['', ' ', 'd', 'di da', 'von']) expect(LEAD_CONNECTORS.has(word), JSON.stringify(word)).toBe(false);
  });
});

describe('headForm', () => {
  it("drops every `İ`'s dot (U+0307), keeps the rest", () => {
    expect(headForm('mahkemesi\u0307')).toBe('mahkemesi');
    expect(headForm('i\u0307dari\u0307')).toBe('idari');
    expect(headForm('\u0307')).toBe('');
    expect(headForm('kulesi')).toBe('kulesi');
    expect(headForm('')).toBe('');
  });

  it('cuts a Turkish case ending after an apostrophe, not a leading one', () => {
    expect(headForm("mahkemesi'ne")).toBe('mahkemesi');
    expect(headForm('sarayı’nda')).toBe('sarayı');
    expect(headForm("k'")).toBe('k');
    expect(headForm("'kulesi")).toBe("'kulesi");
    expect(headForm('’kulesi')).toBe('’kulesi');
    expect(headForm("a'b'c")).toBe('a');
    expect(headForm('i\u0307l\u0307e\u0307\'de')).toBe('ile');
  });
});

describe('isPlaceBodyLead', () => {
  it('a lead in its head form', () => {
    expect(isPlaceBodyLead('schloss')).toBe(true);
    expect(isPlaceBodyLead('teatro')).toBe(true);
    expect(isPlaceBodyLead("palazzo'")).toBe(true);
    expect(isPlaceBodyLead('pi\u0307azza')).toBe(true);
    expect(isPlaceBodyLead('scala')).toBe(false);
    expect(isPlaceBodyLead('bộ')).toBe(true);
    expect(isPlaceBodyLead('sở')).toBe(true);
    expect(isPlaceBodyLead('')).toBe(false);
  });
});

describe('isPlaceBodyTail', () => {
  it('a tail in its head form, whatever word is before it', () => {
    expect(isPlaceBodyTail('kulesi', undefined)).toBe(true);
    expect(isPlaceBodyTail('kulesi', 'galata')).toBe(true);
    expect(isPlaceBodyTail("mahkemesi'ne", 'aile')).toBe(true);
    expect(isPlaceBodyTail("dairesi'ne", 'vergi')).toBe(true);
    // `AİLE MAHKEMESİ` lower-cased: `mahkemesi̇` (i and U+0307).
    expect(isPlaceBodyTail('mahkemesi\u0307', 'ai\u0307le')).toBe(true);
    expect(isPlaceBodyTail('vali\u0307li\u0307ği\u0307', 'istanbul')).toBe(true);
    expect(isPlaceBodyTail('müdürlüğü', undefined)).toBe(true);
    expect(isPlaceBodyTail('vecchio', 'ponte')).toBe(false);
    expect(isPlaceBodyTail('', 'ponte')).toBe(false);
  });

  it('dom, tor and münster only after a German place adjective in -er of four letters or more', () => {
    for (const tail of ['dom', 'tor', 'münster']) {
      expect(isPlaceBodyTail(tail, 'kölner'), tail).toBe(true);
      expect(isPlaceBodyTail(tail, 'aber'), tail).toBe(true);
      expect(isPlaceBodyTail(tail, 'ber'), tail).toBe(false);
      expect(isPlaceBodyTail(tail, 'er'), tail).toBe(false);
      expect(isPlaceBodyTail(tail, 'köln'), tail).toBe(false);
      expect(isPlaceBodyTail(tail, 'erfurt'), tail).toBe(false);
      expect(isPlaceBodyTail(tail, undefined), tail).toBe(false);
      expect(isPlaceBodyTail(tail, ''), tail).toBe(false);
    }
    expect(isPlaceBodyTail("dom'da", 'kölner')).toBe(true);
  });

  it('Finnish and Hungarian compounds by their end, after three letters or more (O2 of 2026-12-05j)', () => {
    expect(isPlaceBodyTail('sähkölaitos', 'tampereen')).toBe(true);
    expect(isPlaceBodyTail('államkincstár', 'magyar')).toBe(true);
    expect(isPlaceBodyTail('gyámhatóság', undefined)).toBe(true);
    expect(isPlaceBodyTail('abclaitos', undefined)).toBe(true);
    expect(isPlaceBodyTail('ablaitos', undefined)).toBe(false);
    expect(isPlaceBodyTail('laitosx', undefined)).toBe(false);
    expect(isPlaceBodyTail('szolgálat', 'gyermekjóléti')).toBe(true);
    expect(isPlaceBodyTail('energia', 'helsingin')).toBe(true);
    expect(isPlaceBodyTail('kamara', 'ibrahim')).toBe(false);
    expect(isPlaceBodyTail('keskusta', undefined)).toBe(false);
  });
});

describe('placeBodyLeadBefore', () => {
  it('a capitalized lead and blanks right before the run', () => {
    expect(placeBodyLeadBefore('Teatro ')).toBe(true);
    expect(placeBodyLeadBefore('Visit the Schloss ')).toBe(true);
    expect(placeBodyLeadBefore('Teatro\t')).toBe(true);
    expect(placeBodyLeadBefore('Teatro  \t ')).toBe(true);
    expect(placeBodyLeadBefore('Teatro')).toBe(false);
    expect(placeBodyLeadBefore('teatro ')).toBe(false);
    expect(placeBodyLeadBefore('TEATRO ')).toBe(false);
    expect(placeBodyLeadBefore('Teatro, ')).toBe(false);
    expect(placeBodyLeadBefore('Teatro Scala')).toBe(false);
    expect(placeBodyLeadBefore('Scala ')).toBe(false);
    expect(placeBodyLeadBefore('T ')).toBe(false);
    expect(placeBodyLeadBefore('Pi\u0307azza ')).toBe(true);
    expect(placeBodyLeadBefore('')).toBe(false);
  });

  it('up to two connectors between the lead and the run', () => {
    expect(placeBodyLeadBefore('Palazzo di ')).toBe(true);
    expect(placeBodyLeadBefore('Comune di ')).toBe(false);
    expect(placeBodyLeadBefore('Teatro alla ')).toBe(true);
    expect(placeBodyLeadBefore('Avenida da ')).toBe(true);
    expect(placeBodyLeadBefore('Palacio de la ')).toBe(true);
    expect(placeBodyLeadBefore('Palacio de  la ')).toBe(true);
    expect(placeBodyLeadBefore('Palacio de\tla\t')).toBe(true);
    expect(placeBodyLeadBefore('Palacio de la de ')).toBe(false);
    expect(placeBodyLeadBefore('Teatro foo ')).toBe(false);
    expect(placeBodyLeadBefore('Teatro di foo ')).toBe(false);
    expect(placeBodyLeadBefore('Teatro foo di ')).toBe(false);
    expect(placeBodyLeadBefore('Teatro di')).toBe(false);
    expect(placeBodyLeadBefore('Teatro Di ')).toBe(false);
  });

  it('read on the last 40 characters only', () => {
    const pad = ' '.repeat(33);
    expect(placeBodyLeadBefore(`Teatro${pad}`)).toBe(true);
    expect(placeBodyLeadBefore(`Teatro${pad} `)).toBe(true);
    expect(placeBodyLeadBefore(`Teatro${pad}  `)).toBe(false);
    expect(placeBodyLeadBefore(`${'x'.repeat(60)} Teatro di `)).toBe(true);
  });
});
