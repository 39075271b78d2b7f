// Mutation tests for special-categories.ts (issue 13; docs/TESTING.md, the row of 2026-12-07): the
// GDPR Art. 9 special categories under their labels, called directly (detectSpecialCategories and
// SPECIAL_CATEGORY_KEYS), every detection with its offsets, type, class and normalized value, each
// rule at its bound (the link's blanks, the value's words and 40 characters, the clause's end, the
// copula's capital, GdB's spelling and degree) beside a look-alike that must stay.
import { describe, expect, it } from 'vitest';
import { detectSpecialCategories, SPECIAL_CATEGORY_KEYS } from './special-categories.js';
import type { Detection } from './types.js';

/** [type, the value's text, start] of each detection. */
const found = (text: string): Array<[string, string, number]> => {
  const out: Detection[] = [];
  detectSpecialCategories(text, out);
  return out.map((d) => [d.type, text.slice(d.start, d.end), d.start]);
};
const one = (text: string): Detection => {
  const out: Detection[] = [];
  detectSpecialCategories(text, out);
  expect(out).toHaveLength(1);
  return out[0] as Detection;
};

describe('the categories: each label group, its type and class', () => {
  it.each([
    // The loose labels, after a blank alone, then the strict ones after a colon.
    ['Konfession rk,', 'RELIGION', 'pii.special.religion', 'rk'],
    ['faith: Sikh', 'RELIGION', 'pii.special.religion', 'Sikh'],
    ['Gewerkschaft ver.di', 'TRADE_UNION', 'pii.special.trade_union', 'ver.di'],
    ['union member: Unite', 'TRADE_UNION', 'pii.special.trade_union', 'Unite'],
    ['Sexual orientation gay,', 'SEXUAL_ORIENTATION', 'pii.special.sexual_orientation', 'gay'],
    ['sexuality: bisexual', 'SEXUAL_ORIENTATION', 'pii.special.sexual_orientation', 'bisexual'],
    ['Ethnicity Roma;', 'ETHNIC_ORIGIN', 'pii.special.ethnic_origin', 'Roma'],
    ['race: Black', 'ETHNIC_ORIGIN', 'pii.special.ethnic_origin', 'Black'],
    ['Political affiliation Labour,', 'POLITICAL_OPINION', 'pii.special.political_opinion', 'Labour'],
    ['political party: Labour', 'POLITICAL_OPINION', 'pii.special.political_opinion', 'Labour'],
    ['GdB 50', 'DISABILITY', 'phi.disability', '50'],
    ['disability: deaf', 'DISABILITY', 'phi.disability', 'deaf'],
  ])('%s', (text, type, cls, value) => {
    const d = one(text);
    expect([d.type, d.class, text.slice(d.start, d.end), d.normalized]).toEqual([type, cls, value, value.toUpperCase()]);
  });
  it('a strict label after a blank alone or a copula: kept', () => {
    for (const text of ['faith Sikh,', 'union member Unite,', 'sexuality gay,', 'race Black,', 'political party Labour,', 'disability deaf,', 'faith is Sikh', 'race is Black']) expect(found(text), text).toEqual([]);
  });
  it('the same in a text with a colon elsewhere (past the text gate): only the colon\'s value', () => {
    const text = 'Religion: Sikh; faith Sikh, union member Unite, race Black, disability deaf, race is Black';
    expect(found(text)).toEqual([['RELIGION', 'Sikh', 10]]);
  });
  it('every label of the list, in each language, with a colon (the text gate lets each through)', () => {
    const labels = ['Konfession', 'Religionszugehörigkeit', 'Religionszugehorigkeit', 'religion', 'religious affiliation', 'religious denomination', 'religious belief', 'religious beliefs', 'Bekenntnis', 'confession religieuse', 'religión', 'religione', 'religie', 'wyznanie', 'faith', 'Kirchensteuermerkmal',
      'Gewerkschaft', 'Gewerkschaftsmitglied', 'Gewerkschaftsmitgliedschaft', 'trade union', 'trade union membership', 'syndicat', 'sindicato', 'sindacato', 'vakbond', 'związek zawodowy', 'zwiazek zawodowy', 'union member', 'union membership',
      'sexual orientation', 'sexuelle Orientierung', 'orientation sexuelle', 'orientación sexual', 'orientamento sessuale', 'seksuele geaardheid', 'orientacja seksualna', 'sexuality',
      'ethnicity', 'ethnic origin', 'ethnic group', 'ethnic background', 'ethnische Herkunft', 'ethnie', 'origine ethnique', 'origen étnico', 'etnia', 'etniciteit', 'pochodzenie etniczne', 'race',
      'political affiliation', 'political opinion', 'political opinions', 'political views', 'party membership', 'Parteimitgliedschaft', 'Parteizugehörigkeit', 'affiliation politique', 'afiliación política', 'affiliazione politica', 'partijlidmaatschap', 'political party',
      'disability', 'disability status', 'disability degree', 'discapacidad', 'disabilità', 'niepełnosprawność'];
    const missed = labels.filter((label) => found(`${label}: Quaker`).length !== 1);
    expect(missed).toEqual([]);
  });
});

describe('the label: its word alone', () => {
  it('not inside a longer word, before or after', () => {
    expect(found('xReligion: Muslim')).toEqual([]);
    expect(found('Religions: Muslim')).toEqual([]);
    expect(found('_race: Black')).toEqual([]);
    expect(found('Religion: Muslim')).toEqual([['RELIGION', 'Muslim', 10]]);
  });
  it('each label in a text: two in one line', () => {
    expect(found('Religion: Muslim; race: Black')).toEqual([['RELIGION', 'Muslim', 10], ['ETHNIC_ORIGIN', 'Black', 24]]);
  });
});

describe('the text gate', () => {
  it('a colon, `=` or a full-width colon lets the lower-case labels in', () => {
    expect(found('religion: Muslim')).toEqual([['RELIGION', 'Muslim', 10]]);
    expect(found('religion=Muslim')).toEqual([['RELIGION', 'Muslim', 9]]);
    expect(found('religion：Muslim')).toEqual([['RELIGION', 'Muslim', 9]]);
  });
  it('without one, only the capitalized labels that stand before their value', () => {
    expect(found('Religion is Catholic')).toEqual([['RELIGION', 'Catholic', 12]]);
    expect(found('GDB 50,')).toEqual([['DISABILITY', '50', 4]]);
    expect(found('Grad der Behinderung 70')).toEqual([['DISABILITY', '70', 21]]);
    expect(found('Schwerbehinderung ja,')).toEqual([['DISABILITY', 'ja', 18]]);
    expect(found('Trade union Unite,')).toEqual([['TRADE_UNION', 'Unite', 12]]);
    expect(found('Syndicat CGT,')).toEqual([['TRADE_UNION', 'CGT', 9]]);
    expect(found('Sindicato CCOO,')).toEqual([['TRADE_UNION', 'CCOO', 10]]);
    expect(found('Vakbond FNV,')).toEqual([['TRADE_UNION', 'FNV', 8]]);
    expect(found('Bekenntnis ev,')).toEqual([['RELIGION', 'ev', 11]]);
    expect(found('Religious affiliation Quaker,')).toEqual([['RELIGION', 'Quaker', 22]]);
    expect(found('religion rk,')).toEqual([]);
  });
});

describe('the link: blanks, a colon, `=`, a copula', () => {
  it('up to three blanks before the colon and after it', () => {
    expect(found('Religion:Muslim')).toEqual([['RELIGION', 'Muslim', 9]]);
    expect(found('Religion   :   Muslim')).toEqual([['RELIGION', 'Muslim', 15]]);
    expect(found('Religion    : Muslim')).toEqual([]);
    expect(found('Religion:    Muslim')).toEqual([]);
    expect(found('Religion\t:\tMuslim')).toEqual([['RELIGION', 'Muslim', 11]]);
  });
  it('a loose label: one to three blanks then one word to the clause end; none is no link', () => {
    expect(found('Konfession   rk,')).toEqual([['RELIGION', 'rk', 13]]);
    expect(found('Konfession\trk,')).toEqual([['RELIGION', 'rk', 11]]);
    expect(found('Konfession/rk,')).toEqual([]);
  });
  it('each copula, then a capital', () => {
    for (const [copula, at] of [['is', 12], ['ist', 13], ['est', 13], ['es', 12], ['è', 11], ['jest', 14], ['was', 13], ['war', 13], ['era', 13]] as const) {
      expect(found(`Religion ${copula} Catholic`), copula).toEqual([['RELIGION', 'Catholic', at]]);
    }
    expect(found('Religion is important')).toEqual([]);
    expect(found('Religion is cAtholic')).toEqual([]);
    expect(found('Religion is Hindu and Jain')).toEqual([['RELIGION', 'Hindu and Jain', 12]]);
  });
});

describe('the value', () => {
  it('up to four words, one or two blanks apart; a fifth, or three blanks, ends it', () => {
    expect(found('ethnicity: Hispanic or Latino Black')).toEqual([['ETHNIC_ORIGIN', 'Hispanic or Latino Black', 11]]);
    expect(found('ethnicity: Hispanic or Latino Black Roma')).toEqual([['ETHNIC_ORIGIN', 'Hispanic or Latino Black', 11]]);
    expect(found('ethnicity: Hispanic  Latino')).toEqual([['ETHNIC_ORIGIN', 'Hispanic  Latino', 11]]);
    expect(found('ethnicity: Hispanic   Latino')).toEqual([['ETHNIC_ORIGIN', 'Hispanic', 11]]);
    expect(found('ethnicity: Hispanic\tLatino')).toEqual([['ETHNIC_ORIGIN', 'Hispanic\tLatino', 11]]);
  });
  it('at most 40 characters', () => {
    const forty = `${'A'.repeat(19)} ${'B'.repeat(20)}`;
    expect(found(`ethnicity: ${forty}`)).toEqual([['ETHNIC_ORIGIN', forty, 11]]);
    expect(found(`ethnicity: ${forty}B`)).toEqual([]);
  });
  it('the characters a word holds: letters, digits, marks, `.`, `\'`, `’`, `-`, `/`', () => {
    expect(found('ethnicity: Me\u0301tis')).toEqual([['ETHNIC_ORIGIN', 'Me\u0301tis', 11]]);
    expect(found('union member: ver.di')).toEqual([['TRADE_UNION', 'ver.di', 14]]);
    expect(found("religion: Jehovah's Witness")).toEqual([['RELIGION', "Jehovah's Witness", 10]]);
    expect(found('religion: Jehovah’s Witness')).toEqual([['RELIGION', 'Jehovah’s Witness', 10]]);
    expect(found('ethnicity: Afro-Caribbean')).toEqual([['ETHNIC_ORIGIN', 'Afro-Caribbean', 11]]);
    expect(found('religion: Sunni/Shia')).toEqual([['RELIGION', 'Sunni/Shia', 10]]);
    expect(found('disability: Grade2')).toEqual([['DISABILITY', 'Grade2', 12]]);
    expect(found('disability: Grade 2')).toEqual([['DISABILITY', 'Grade 2', 12]]);
    expect(found('GdB: 100')).toEqual([['DISABILITY', '100', 5]]);
  });
  it('trailing `.`, `-` and `/` are not the value', () => {
    expect(found('religion: Muslim.')).toEqual([['RELIGION', 'Muslim', 10]]);
    expect(found('religion: Muslim..')).toEqual([['RELIGION', 'Muslim', 10]]);
    expect(found('ethnicity: Afro-')).toEqual([['ETHNIC_ORIGIN', 'Afro', 11]]);
    expect(found('religion: Sunni/')).toEqual([['RELIGION', 'Sunni', 10]]);
    expect(found('religion: Sunni./-')).toEqual([['RELIGION', 'Sunni', 10]]);
  });
  it('a value starts with a letter or digit', () => {
    expect(found('religion: -Muslim')).toEqual([]);
    expect(found('religion: (Muslim)')).toEqual([]);
  });
});

describe('after a blank alone: one word that ends its clause', () => {
  it.each([
    ['Konfession rk', 'rk'],
    ['Konfession rk,', 'rk'],
    ['Konfession rk ,', 'rk'],
    ['Konfession rk;', 'rk'],
    ['Konfession rk)', 'rk'],
    ['Konfession rk]', 'rk'],
    ['Konfession rk\r\n', 'rk'],
    ['Konfession rk\nx', 'rk'],
    ['Konfession rk (Kirchensteuer)', 'rk'],
    ['Konfession rk.', 'rk'],
    ['Konfession rk. Steuerklasse 1', 'rk'],
    ['Konfession rk.\nx', 'rk'],
  ])('%j', (text, value) => {
    expect(found(text)).toEqual([['RELIGION', value, 11]]);
  });
  it.each([
    ['Konfession rk katholisch,'],
    ['Konfession rk\tkatholisch,'],
    ['Konfession rk  ,'],
    ['Konfession rk(x)'],
    ['Konfession rk:x'],
    ['Konfession rk.x y'],
    ['Konfession rk x'],
    ['the Religion of the patient'],
  ])('%j: kept', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('values that say nothing, digits, no letter', () => {
  it.each(['none', 'None', 'n/a', 'na', 'keine', 'keiner', 'aucun', 'aucune', 'ningun', 'ninguna', 'nessun', 'nessuna', 'geen', 'brak', 'not stated', 'not given', 'not disclosed', 'not specified', 'prefer not to say', 'unknown', 'unbekannt'])('%s: kept', (value) => {
    expect(found(`religion: ${value}`)).toEqual([]);
  });
  it('a value that only starts or ends with such a word: masked', () => {
    expect(found('religion: Nanakpanthi')).toEqual([['RELIGION', 'Nanakpanthi', 10]]);
    expect(found('religion: Sanatana')).toEqual([['RELIGION', 'Sanatana', 10]]);
    expect(found('religion: Nonesuch')).toEqual([['RELIGION', 'Nonesuch', 10]]);
    expect(found('religion: Jain none')).toEqual([['RELIGION', 'Jain none', 10]]);
  });
  it('a digit: not a category (race: 10k, party: 4); a disability may hold one', () => {
    expect(found('race: 10k')).toEqual([]);
    expect(found('religion: 7th Day Adventist')).toEqual([]);
    expect(found('religion: Adventist 7')).toEqual([]);
    expect(found('disability: 50')).toEqual([['DISABILITY', '50', 12]]);
  });
});

describe('GdB: its own capitals and a degree of two or three digits', () => {
  it('GdB and GDB, not gdb or Gdb (the GNU debugger)', () => {
    expect(found('GdB: 50')).toEqual([['DISABILITY', '50', 5]]);
    expect(found('GDB: 50')).toEqual([['DISABILITY', '50', 5]]);
    expect(found('gdb: 50')).toEqual([]);
    expect(found('Gdb: 50')).toEqual([]);
    expect(found('gDB: 50')).toEqual([]);
  });
  it('the degree: two or three digits only', () => {
    expect(found('GdB: 5')).toEqual([]);
    expect(found('GdB: 1000')).toEqual([]);
    expect(found('GdB: 50a')).toEqual([]);
    expect(found('GdB: a50')).toEqual([]);
    expect(found('GdB: ja')).toEqual([]);
    expect(found('grad der behinderung: hoch')).toEqual([]);
    expect(found('Grad der Behinderung: 70')).toEqual([['DISABILITY', '70', 22]]);
  });
  it('the other disability labels take a word', () => {
    expect(found('Schwerbehinderungsgrad: hoch')).toEqual([['DISABILITY', 'hoch', 24]]);
    expect(found('disability status: Blind')).toEqual([['DISABILITY', 'Blind', 19]]);
  });
});

describe('the detection', () => {
  it('offsets, type, class and the normalized value (upper case, no blanks or hyphens)', () => {
    const text = 'Name X; ethnicity: Afro-Caribbean Roma';
    expect(one(text)).toEqual({ start: 19, end: 38, type: 'ETHNIC_ORIGIN', class: 'pii.special.ethnic_origin', normalized: 'AFROCARIBBEANROMA' });
  });
  it('appends to what is there', () => {
    const out: Detection[] = [{ start: 0, end: 1, type: 'X', class: 'x' }];
    detectSpecialCategories('religion: Sikh', out);
    expect(out.map((d) => d.type)).toEqual(['X', 'RELIGION']);
  });
});

describe('SPECIAL_CATEGORY_KEYS: the member names and the values they accept', () => {
  const groups: Array<[string, string, string[]]> = [
    ['RELIGION', 'pii.special.religion', ['religion', 'religiousaffiliation', 'religiousdenomination', 'religiousbelief', 'religiousbeliefs', 'konfession', 'religionszugehorigkeit', 'religionszugehoerigkeit', 'bekenntnis', 'religionsbekenntnis', 'religione', 'religie', 'wyznanie']],
    ['TRADE_UNION', 'pii.special.trade_union', ['tradeunion', 'tradeunionmembership', 'unionmember', 'unionmembership', 'gewerkschaft', 'gewerkschaftsmitglied', 'gewerkschaftsmitgliedschaft', 'syndicat', 'sindicato', 'sindacato', 'vakbond']],
    ['SEXUAL_ORIENTATION', 'pii.special.sexual_orientation', ['sexualorientation', 'sexuelleorientierung', 'orientationsexuelle', 'orientacionsexual', 'orientamentosessuale', 'seksuelegeaardheid', 'orientacjaseksualna']],
    ['ETHNIC_ORIGIN', 'pii.special.ethnic_origin', ['ethnicity', 'ethnicorigin', 'ethnicgroup', 'ethnicbackground', 'race', 'ethnischeherkunft', 'ethnie', 'origineethnique', 'etnia', 'etniciteit']],
    ['POLITICAL_OPINION', 'pii.special.political_opinion', ['politicalaffiliation', 'politicalopinion', 'politicalopinions', 'politicalviews', 'partymembership', 'parteimitgliedschaft', 'parteizugehorigkeit', 'parteizugehoerigkeit', 'affiliationpolitique']],
    ['DISABILITY', 'phi.disability', ['gdb', 'gradderbehinderung', 'disabilitydegree', 'degreeofdisability', 'schwerbehinderungsgrad']],
  ];
  it('each name, its type and class; no other', () => {
    const seen: string[] = [];
    for (const [type, cls, keys] of groups) {
      for (const key of keys) {
        const kind = SPECIAL_CATEGORY_KEYS.get(key);
        expect([key, kind?.type, kind?.class]).toEqual([key, type, cls]);
        seen.push(key);
      }
    }
    expect([...SPECIAL_CATEGORY_KEYS.keys()].sort()).toEqual(seen.sort());
    expect(SPECIAL_CATEGORY_KEYS.get('')).toBeUndefined();
  });
  it('a word value: letters, no digit, at most 40 characters, not a `none`', () => {
    const accept = SPECIAL_CATEGORY_KEYS.get('religion')?.accept as (value: string) => boolean;
    expect(accept('Muslim')).toBe(true);
    expect(accept('A'.repeat(40))).toBe(true);
    expect(accept('A'.repeat(41))).toBe(false);
    expect(accept('10k')).toBe(false);
    expect(accept('Adventist 7')).toBe(false);
    expect(accept('..')).toBe(false);
    expect(accept('none')).toBe(false);
    expect(accept('n/a')).toBe(false);
    expect(accept('Nanakpanthi')).toBe(true);
  });
  it('a degree: a number from 10 to 100', () => {
    const accept = SPECIAL_CATEGORY_KEYS.get('gdb')?.accept as (value: string) => boolean;
    expect(['9', '09', '10', '50', '100', '101', '1000', '50a', 'a50', 'enabled'].map(accept)).toEqual([false, false, true, true, true, false, false, false, false, false]);
  });
});

// Found by the tests above (2026-12-07): the copula read as the start of a longer word (`ist` as `is`,
// `est` as `es`, `Islam` as `Is`), a full stop after a word read alone, and the text gate missing
// two labels of the list (`sindacato`, `seksuele geaardheid`). Held back from the fix: these.
describe('bugs found: each stored raw before the fix', () => {
  it.each([
    ['Religion Islam,', 'RELIGION', 'Islam'],
    ['Religion Ismaili;', 'RELIGION', 'Ismaili'],
    ['Konfession est Catholique', 'RELIGION', 'Catholique'],
    ['Religion ist Evangelisch', 'RELIGION', 'Evangelisch'],
    ['Ethnicity Isan,', 'ETHNIC_ORIGIN', 'Isan'],
    ['Gewerkschaft ver.di. Konfession rk', 'TRADE_UNION', 'ver.di'],
    ['GdB 50. Merkzeichen G', 'DISABILITY', '50'],
    ['sindacato: CGIL', 'TRADE_UNION', 'CGIL'],
    ['Sindacato CGIL,', 'TRADE_UNION', 'CGIL'],
    ['seksuele geaardheid: homo', 'SEXUAL_ORIENTATION', 'homo'],
  ])('%s', (text, type, value) => {
    expect(found(text)[0]).toEqual([type, value, text.indexOf(value)]);
  });
  it('look-alikes: a copula that is a word start, prose', () => {
    expect(found('Religion isolates nobody')).toEqual([]);
    expect(found('Religion estimated at 40%')).toEqual([]);
    expect(found('Religion is important to her')).toEqual([]);
    expect(found('Gewerkschaft ver.di und Arbeitgeber')).toEqual([]);
    expect(found('a sindacato meeting; the seksuele voorlichting')).toEqual([]);
  });
});
