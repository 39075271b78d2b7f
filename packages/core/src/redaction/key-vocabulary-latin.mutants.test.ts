// Mutation tests for the Latin-letter vocabularies of key-vocabulary.ts (issue 13; docs/TESTING.md,
// the key-vocabulary.ts row of 2026-12-05): L3, L4 of the probe of 2026-12-05g, 537cb20 and the
// cache of 32911ce. Each word of each language read whole as its kind, as a name's first or last
// word (never inside a word), as a name part (vocabularyNameParts) and as a form's label
// (LATIN_NAME_LABEL_WORDS); in process, key-vocabulary.ts alone. The vocabularies are module-level
// tables: a run with AGENT_AUDIT_MUTATE_COVERAGE=all measures them.
import { describe, expect, it } from 'vitest';
import { LATIN_NAME_LABEL_WORDS, vocabularyFold, vocabularyKind, vocabularyNameParts } from './key-vocabulary.js';

interface Words { person?: string[]; family?: string[]; given?: string[]; pairedFamily?: string[]; generic?: string[]; dob?: string[]; phone?: string[] }
/** The languages written in Latin letters, as people write their keys (the words of the L3/L4 rows and their kind). */
const LANGUAGES: Record<string, Words> = {
  et: {
    person: ['täisnimi', 'ees- ja perekonnanimi', 'neiupõlvenimi'],
    family: ['perekonnanimi', 'perenimi'],
    given: ['eesnimi', 'eesnimed'],
    generic: ['nimi'],
    dob: ['sünniaeg', 'sünnikuupäev'],
    phone: ['telefoninumber', 'mobiil', 'mobiiltelefon', 'lauatelefon', 'kinnitelefon'],
  },
  lv: {
    person: ['vārds uzvārds', 'vārds un uzvārds', 'pilns vārds', 'dzimtais uzvārds'],
    family: ['uzvārds'],
    generic: ['vārds'],
    dob: ['dzimšanas datums'],
    phone: ['tālrunis', 'tālruņa numurs', 'tālr', 'telefons', 'telefona numurs', 'mobilais', 'mobilais tālrunis'],
  },
  lt: {
    person: ['vardas pavardė', 'vardas ir pavardė', 'mergautinė pavardė'],
    family: ['pavardė'],
    generic: ['vardas'],
    dob: ['gimimo data'],
    phone: ['telefonas', 'telefono numeris', 'tel nr', 'mobilusis', 'mobilusis telefonas', 'mob tel'],
  },
  hu: {
    person: ['teljes név', 'születési név', 'leánykori név', 'anyja neve'],
    family: ['vezetéknév', 'családnév'],
    given: ['keresztnév', 'utónév'],
    generic: ['név'],
    dob: ['születési dátum', 'születési idő'],
    phone: ['telefonszám', 'mobilszám', 'mobiltelefon', 'telefonszáma'],
  },
  ro: {
    person: ['nume complet', 'numele complet', 'nume și prenume', 'nume de familie', 'numele de familie'],
    given: ['prenume', 'prenumele'],
    generic: ['nume', 'numele'],
    dob: ['data nașterii', 'data de naștere'],
    phone: ['număr de telefon', 'numărul de telefon', 'telefon mobil'],
  },
  elLatn: {
    person: ['onomateponymo', 'onomateponimo', 'patronymo', 'patronimo', 'mitronymo', 'mitronimo'],
    family: ['eponymo', 'eponimo', 'eponymon', 'epitheto'],
    generic: ['onoma'],
    dob: ['imerominia gennisis'],
    phone: ['tilefono', 'tilefwno', 'kinito', 'kinito tilefono', 'arithmos tilefonou'],
  },
  cs: {
    person: ['celé jméno', 'jméno a příjmení', 'rodné příjmení', 'celé meno', 'meno a priezvisko', 'rodné priezvisko'],
    family: ['příjmení', 'priezvisko'],
    given: ['křestní jméno', 'krstné meno'],
    generic: ['jméno', 'meno'],
    dob: ['datum narození', 'dátum narodenia'],
    phone: ['telefonní číslo', 'telefónne číslo', 'mobilní číslo', 'mobilné číslo'],
  },
  sh: {
    person: ['ime i prezime', 'ime in priimek', 'djevojačko prezime', 'devojačko prezime'],
    family: ['prezime', 'priimek'],
    generic: ['ime'],
    dob: ['datum rođenja', 'datum rojstva'],
    phone: ['broj telefona', 'mobitel', 'mobilni', 'telefonska številka'],
  },
  bgLatn: {
    person: ['ime i familia', 'ime i familiya'],
    family: ['familiya', 'familija'],
    pairedFamily: ['familia'],
    generic: ['ime', 'imya'],
    phone: ['mobilen', 'telefonen nomer'],
  },
  sq: {
    person: ['emri i plotë', 'emër e mbiemër', 'emri dhe mbiemri'],
    family: ['mbiemri', 'mbiemër', 'mbiemer'],
    generic: ['emri', 'emër', 'emer'],
    dob: ['datëlindja', 'data e lindjes'],
    phone: ['telefoni', 'numri i telefonit', 'celulari'],
  },
  is: {
    person: ['fullt nafn', 'föðurnafn', 'móðurnafn', 'kenninafn'],
    family: ['eftirnafn'],
    given: ['fornafn', 'skírnarnafn'],
    generic: ['nafn'],
    dob: ['fæðingardagur'],
    phone: ['sími', 'símanúmer', 'farsími'],
  },
  mt: {
    person: ['isem u kunjom', 'isem sħiħ'],
    family: ['kunjom'],
    generic: ['isem'],
    phone: ['telefown', 'mobajl', 'numru tat-telefon'],
  },
  ga: {
    person: ['ainm iomlán', 'sloinne breithe'],
    family: ['sloinne'],
    given: ['céadainm'],
    generic: ['ainm'],
    phone: ['guthán', 'fón póca', 'uimhir fóin'],
  },
  cy: {
    family: ['cyfenw'],
    generic: ['enw'],
    phone: ['ffôn', 'rhif ffôn'],
  },
  sw: {
    person: ['jina kamili', 'jina la ukoo', 'jina la kwanza', 'jina la familia'],
    generic: ['jina'],
    dob: ['tarehe ya kuzaliwa'],
    phone: ['simu', 'nambari ya simu', 'namba ya simu'],
  },
  hiLatn: {
    person: ['pura naam', 'poora naam', 'pita ka naam', 'pati ka naam', 'mata ka naam'],
    generic: ['naam'],
    dob: ['janam tithi', 'janm tithi'],
  },
  // Japanese in Hepburn letters (L1 of the probe of 2026-12-05i).
  jaLatn: {
    person: ['shimei', 'seimei', 'furigana', 'shimei furigana'],
    family: ['myoji', 'myouji', 'myōji'],
    generic: ['namae'],
    dob: ['seinengappi', 'seinen gappi', 'seinengapi', 'tanjobi', 'tanjoubi', 'tanjōbi'],
    phone: ['denwa bango', 'denwa bangou', 'denwa bangō', 'keitai', 'keitai bango', 'keitai denwa', 'renrakusaki'],
  },
};
const KINDS = ['person', 'family', 'given', 'pairedFamily', 'generic', 'dob', 'phone'] as const;
/** The kind vocabularyKind gives a word of each list: family and given words are a person's. */
const KIND_OF = { person: 'person', family: 'person', given: 'person', generic: 'generic', dob: 'dob', phone: 'phone' } as const;
const entries = (): Array<[string, (typeof KINDS)[number], string]> =>
  Object.entries(LANGUAGES).flatMap(([language, words]) => KINDS.flatMap((kind) => (words[kind] ?? []).map((word): [string, (typeof KINDS)[number], string] => [language, kind, word])));

describe('vocabularyKind: each word whole', () => {
  it.each(Object.entries(LANGUAGES))('%s', (_language, words) => {
    for (const kind of ['person', 'family', 'given', 'generic', 'dob', 'phone'] as const) {
      for (const word of words[kind] ?? []) {
        expect(vocabularyKind(word), word).toBe(KIND_OF[kind]);
        expect(vocabularyKind(word.toUpperCase()), word).toBe(KIND_OF[kind]);
        expect(vocabularyKind(word.replace(/ /g, '_')), word).toBe(KIND_OF[kind]);
        // Written as one word: a word of several is then read whole only (`mobilaistālrunis`).
        expect(vocabularyKind(word.replace(/ /g, '')), word).toBe(KIND_OF[kind]);
      }
    }
  });
  it('a vocabulary lacking a kind or a part adds no word of it (the lists are read as they are)', () => {
    expect(vocabularyKind('Stryker was here')).toBeUndefined();
    expect(vocabularyNameParts('Stryker was here')).toBeUndefined();
  });
  it('a family word that is a common word of other languages is no key alone (`familia`: a product family in Spanish)', () => {
    expect(vocabularyKind('familia')).toBeUndefined();
  });
});

describe('vocabularyKind: a one-word person, dob or phone word as a name\'s first or last word', () => {
  const oneWord = entries().filter(([, kind, word]) => kind !== 'generic' && kind !== 'pairedFamily' && !/[\s-]/.test(word));
  it.each(oneWord)('%s %s %s', (_language, kind, word) => {
    const expected = KIND_OF[kind as keyof typeof KIND_OF];
    expect(vocabularyKind(`klient_${word}`)).toBe(expected);
    expect(vocabularyKind(`${word}_klienta`)).toBe(expected);
  });
  it('each separator and a camelCase step split the words', () => {
    for (const name of ['klientoPavarde', 'kliento_pavarde', 'kliento.pavarde', 'kliento-pavarde', "kliento'pavarde", 'kliento’pavarde', 'klientoʼpavarde', 'kliento pavarde', 'kliento\tpavarde', 'kliento__pavarde', 'klientoPAVARDE', 'KLIENTO_PAVARDE', 'pavardeKliento', 'Pavarde_kliento', 'x_pavarde', '_pavarde_x', 'x_pavarde_', 'eponymo_pelati', 'klientoPavardė']) {
      expect(vocabularyKind(name), name).toBe('person');
    }
    expect(vocabularyKind('tilefono_pelati')).toBe('phone');
    expect(vocabularyKind('pelatiSunniaeg')).toBe('dob');
  });
  it('never inside a word, never a word of several, never a generic word, never in the middle', () => {
    for (const name of ['time', 'runtime', 'mime', 'prenumeration', 'abonentprenume', 'prenumerationid', 'kliento_pavardex', 'klientopavarde', 'klient_mobtel', 'klient_telnr', 'klient_ime', 'ime_klienta', 'nume_produs', 'produs_nume', 'x_pavarde_x', 'klient_familia', 'pavarde2_x', 'pavardeklienta']) {
      expect(vocabularyKind(name), name).toBeUndefined();
    }
  });
});

describe('vocabularyNameParts', () => {
  it.each(entries().filter(([, kind]) => kind === 'family' || kind === 'given' || kind === 'generic' || kind === 'pairedFamily'))('%s %s %s', (language, part, word) => {
    expect(vocabularyNameParts(word)).toContainEqual({ part, vocabulary: language });
  });
  it('exact answers, several vocabularies for one word, and none', () => {
    expect(vocabularyNameParts('perekonnanimi')).toEqual([{ part: 'family', vocabulary: 'et' }]);
    expect(vocabularyNameParts('Uzvārds')).toEqual([{ part: 'family', vocabulary: 'lv' }]);
    expect(vocabularyNameParts('uzvards')).toEqual([{ part: 'family', vocabulary: 'lv' }]);
    expect(vocabularyNameParts('PRENUME')).toEqual([{ part: 'given', vocabulary: 'ro' }]);
    expect(vocabularyNameParts('ime')).toEqual([{ part: 'generic', vocabulary: 'sh' }, { part: 'generic', vocabulary: 'bgLatn' }]);
    expect(vocabularyNameParts('familia')).toEqual([{ part: 'pairedFamily', vocabulary: 'bgLatn' }]);
    expect(vocabularyNameParts('föðurnafn')).toBeUndefined();
    for (const name of ['täisnimi', 'sünniaeg', 'telefon', 'имя', 'фамилия', 'soyad', 'ad', 'nama', 'order', 'klientoPavarde', '']) expect(vocabularyNameParts(name), name).toBeUndefined();
  });
  it('the same answer when asked again (the cache), undefined and not null for none', () => {
    for (let i = 0; i < 3; i++) {
      expect(vocabularyNameParts('eesnimi')).toEqual([{ part: 'given', vocabulary: 'et' }]);
      expect(vocabularyNameParts('order_id')).toBeUndefined();
      expect(vocabularyNameParts('Vezetéknév')).toEqual([{ part: 'family', vocabulary: 'hu' }]);
    }
  });
  it('names of 40 characters at most', () => {
    expect(vocabularyNameParts(`${'_'.repeat(27)}perekonnanimi`)).toEqual([{ part: 'family', vocabulary: 'et' }]);
    expect(vocabularyNameParts(`${'_'.repeat(28)}perekonnanimi`)).toBeUndefined();
    expect(vocabularyNameParts(`${'_'.repeat(28)}perekonnanimi`)).toBeUndefined();
  });
  it('more names than the cache holds: each still read right', () => {
    for (let i = 0; i < 5000; i++) expect(vocabularyNameParts(`field_${i}`)).toBeUndefined();
    expect(vocabularyNameParts('prezime')).toEqual([{ part: 'family', vocabulary: 'sh' }]);
  });
});

describe('vocabularyFold: letters with no decomposition', () => {
  it('Icelandic ð and þ, Maltese ħ', () => {
    expect(vocabularyFold('ð')).toBe('d');
    expect(vocabularyFold('Ð')).toBe('d');
    expect(vocabularyFold('þ')).toBe('th');
    expect(vocabularyFold('Þ')).toBe('th');
    expect(vocabularyFold('ħ')).toBe('h');
    expect(vocabularyFold('Ħ')).toBe('h');
    expect(vocabularyFold('ððþþħħ')).toBe('ddththhh');
    expect(vocabularyFold('föðurnafn')).toBe('fodurnafn');
    expect(vocabularyFold('sħiħ')).toBe('shih');
  });
});

describe('LATIN_NAME_LABEL_WORDS', () => {
  it('the person, family, given and generic words, lower case, with and without their marks, once each, longest first', () => {
    const expected = new Set<string>();
    for (const words of Object.values(LANGUAGES)) {
      for (const word of [...(words.person ?? []), ...(words.family ?? []), ...(words.given ?? []), ...(words.generic ?? [])]) {
        expected.add(word.toLowerCase());
        expected.add(word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC'));
      }
    }
    expect([...LATIN_NAME_LABEL_WORDS].sort()).toEqual([...expected].sort());
    expect(new Set(LATIN_NAME_LABEL_WORDS).size).toBe(LATIN_NAME_LABEL_WORDS.length);
    for (let i = 1; i < LATIN_NAME_LABEL_WORDS.length; i++) expect((LATIN_NAME_LABEL_WORDS[i - 1] as string).length).toBeGreaterThanOrEqual((LATIN_NAME_LABEL_WORDS[i] as string).length);
  });
  it('examples: both spellings, no dob or phone word, no other script, no paired family word', () => {
    for (const word of ['uzvārds', 'uzvards', 'vezetéknév', 'vezeteknev', 'prenume', 'nume', 'perekonnanimi', 'eesnimi', 'nimi', 'föðurnafn', 'foðurnafn', 'ime i prezime']) {
      expect(LATIN_NAME_LABEL_WORDS, word).toContain(word);
    }
    for (const word of ['sünniaeg', 'telefoninumber', 'Uzvārds', 'фамилия', 'soyad', 'janam tithi', 'familia']) expect(LATIN_NAME_LABEL_WORDS, word).not.toContain(word);
  });
});
