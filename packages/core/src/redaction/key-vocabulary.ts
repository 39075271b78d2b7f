import { RecentMap } from './internal/recent.js';
/**
 * Member and column names for personal data in the languages and scripts that key-names.ts's
 * English and Western European lists do not hold, one vocabulary per language (the fifth probe of
 * 2026-12-04, K1: `{фамилия:'Влинтук'}`, `{تاريخ_الميلاد:'1984-03-12'}`, `{soyadi:'Vlintuk'}`,
 * `{ngay_sinh:'12/03/1984'}`, `{επώνυμο:'Βλίντουκ'}`, `{जन्म_तिथि:…}`, `{手机:'13812345678'}` were
 * stored raw). Each language's words say which of four things a member holds:
 * - `person`: a person's name or a part of it (surname, full name, patronymic, given name when the
 *   word is used only for a person's);
 * - `generic`: a word for "name" that names things as often (`имя`, `الاسم`, `όνομα`, `नाम`, `ad`,
 *   `tên`): a person's only beside a surname or other personal data, as English `name` is;
 * - `dob`: a date of birth;
 * - `phone`: a phone or mobile number.
 * Words are written as people write them (accents, spaces or `_` between words); they are compared
 * folded (vocabularyFold): lower case, no separators, Latin and Greek accents off, Turkish `ı`,
 * Vietnamese `đ` and Polish `ł` as `i`, `d`, `l`, Greek final sigma as `σ`, Arabic short vowels,
 * tatweel and hamza seats off, Icelandic `ð`/`þ` and Maltese `ħ` as `d`/`th`/`h`, NFKC. A name is the word whole, or (for words of five characters or
 * more, `person`, `dob` and `phone` only) starts or ends with it: whose it is comes after the word
 * in Russian, Arabic, Greek and Vietnamese (`дата_рождения_клиента`, `ngay_sinh_khach_hang`) and
 * before it in Turkish, Hindi and the CJK languages (`musteri_dogum_tarihi`, `客户手机号`), which
 * are matched as an ending only. The vocabularies written in Latin letters (`words`: Estonian, Latvian,
 * Lithuanian, Hungarian, Romanian, Greek transliterated, …) are matched as key-names.ts's lists are:
 * the word whole or as the name's first or last word, never inside a word (`ime` of `time`), and
 * their family and given words also make an object's or a table header's name members
 * (vocabularyNameParts; L3, L4 of probe 2026-12-05g).
 */

type VocabularyKind = 'person' | 'generic' | 'dob' | 'phone';
interface Vocabulary {
  person?: readonly string[];
  /** A family name's words and a given name's (`person` words too), which also make an object's name members (nameMemberPart). */
  family?: readonly string[];
  given?: readonly string[];
  /** Family words that are common words of other languages (`familia`: a product family in Spanish): a family member only beside this vocabulary's own given or generic word, no person's key alone. */
  pairedFamily?: readonly string[];
  generic?: readonly string[];
  dob?: readonly string[];
  phone?: readonly string[];
  /** Written without spaces between words (Chinese, Japanese, Thai): a word is matched as the name's ending only. */
  endingOnly?: boolean;
  /**
   * Written in Latin letters, as key-names.ts's lists: a word is matched whole or as the name's
   * first or last word (`klientoPavarde`, `eponymo_pelati`), never as a part of a word (`prenume`
   * is no part of Swedish `prenumeration`, `ime` none of `time`, `runtime`, `mime`).
   */
  words?: boolean;
}

const VOCABULARIES: Readonly<Record<string, Vocabulary>> = {
  ru: {
    person: ['фамилия', 'отчество', 'фио', 'полное имя', 'имя фамилия', 'имя и фамилия', 'фамилия имя', 'фамилия имя отчество', 'девичья фамилия', 'имя отчество'],
    generic: ['имя'],
    dob: ['дата рождения', 'день рождения', 'дата рожд', 'др'],
    phone: ['телефон', 'тел', 'мобильный', 'мобильный телефон', 'моб телефон', 'сотовый', 'сотовый телефон', 'номер телефона', 'контактный телефон'],
  },
  uk: {
    person: ['прізвище', 'по батькові', 'піб', "повне ім'я", "ім'я та прізвище"],
    generic: ["ім'я", 'імя'],
    dob: ['дата народження', 'день народження'],
    phone: ['мобільний', 'мобільний телефон', 'номер телефону', 'контактний телефон'],
  },
  bg: {
    person: ['презиме', 'бащино име', 'пълно име', 'име и фамилия'],
    generic: ['име'],
    dob: ['дата на раждане', 'рождена дата'],
    phone: ['мобилен', 'мобилен телефон', 'телефонен номер'],
  },
  ar: {
    person: ['اسم العائلة', 'اللقب', 'الاسم الكامل', 'الاسم الأول', 'الاسم الاول', 'اسم الأب', 'اسم الاب', 'الاسم الثلاثي', 'الاسم الرباعي', 'الاسم الأخير', 'الاسم الاخير', 'الاسم الشخصي', 'الكنية'],
    generic: ['الاسم', 'اسم'],
    dob: ['تاريخ الميلاد', 'تاريخ الولادة', 'تاريخ ميلاد', 'تاريخ الميلاد الميلادي', 'تاريخ الميلاد الهجري'],
    phone: ['هاتف', 'الهاتف', 'رقم الهاتف', 'رقم هاتف', 'جوال', 'الجوال', 'رقم الجوال', 'رقم جوال', 'موبايل', 'رقم الموبايل', 'تلفون', 'رقم التلفون', 'الهاتف المحمول', 'محمول'],
  },
  he: {
    person: ['שם משפחה', 'שם פרטי', 'שם מלא'],
    generic: ['שם'],
    dob: ['תאריך לידה'],
    phone: ['טלפון', 'נייד', 'מספר טלפון', 'טלפון נייד'],
  },
  fa: {
    person: ['نام خانوادگی', 'نام و نام خانوادگی'],
    generic: ['نام'],
    dob: ['تاریخ تولد'],
    phone: ['تلفن', 'شماره تلفن', 'موبایل', 'شماره موبایل', 'تلفن همراه'],
  },
  el: {
    person: ['επώνυμο', 'ονοματεπώνυμο', 'πατρώνυμο', 'μητρώνυμο', 'πατρώνυμο', 'όνομα πατρός', 'όνομα μητρός', 'βαπτιστικό'],
    generic: ['όνομα'],
    dob: ['ημερομηνία γέννησης', 'ημ γέννησης', 'ημερ γέννησης', 'γενέθλια'],
    phone: ['τηλέφωνο', 'τηλ', 'κινητό', 'κινητό τηλέφωνο', 'αριθμός τηλεφώνου', 'σταθερό'],
  },
  hi: {
    person: ['उपनाम', 'पूरा नाम', 'कुलनाम', 'पिता का नाम', 'माता का नाम', 'पति का नाम', 'नाम उपनाम'],
    generic: ['नाम'],
    dob: ['जन्म तिथि', 'जन्मतिथि', 'जन्म दिनांक', 'जन्म तारीख', 'जन्मदिन', 'जन्म की तारीख'],
    phone: ['फ़ोन', 'फोन', 'मोबाइल', 'फ़ोन नंबर', 'फोन नंबर', 'मोबाइल नंबर', 'दूरभाष', 'संपर्क नंबर'],
    endingOnly: true,
  },
  tr: {
    person: ['soyad', 'soyadı', 'soyisim', 'ad soyad', 'adı soyadı', 'ad soyadı', 'isim soyisim', 'tam ad', 'tam adı', 'kızlık soyadı', 'baba adı', 'anne adı'],
    generic: ['ad', 'adı', 'isim'],
    dob: ['doğum tarihi', 'doğum günü', 'doğum tarih', 'dogum trh'],
    phone: ['cep telefonu', 'cep tel', 'telefon numarası', 'cep numarası', 'ev telefonu', 'iş telefonu'],
    endingOnly: true,
  },
  vi: {
    person: ['họ tên', 'họ và tên', 'tên đầy đủ', 'họ tên đầy đủ', 'tên khai sinh'],
    generic: ['tên'],
    dob: ['ngày sinh', 'ngày tháng năm sinh', 'sinh ngày', 'ngay thang nam sinh'],
    phone: ['số điện thoại', 'điện thoại', 'sđt', 'số di động', 'di động', 'điện thoại di động'],
  },
  id: {
    person: ['nama lengkap', 'nama belakang', 'nama depan', 'nama keluarga', 'nama ibu kandung'],
    generic: ['nama'],
    dob: ['tanggal lahir', 'tgl lahir'],
    phone: ['nomor telepon', 'no telepon', 'telepon', 'no hp', 'nomor hp', 'ponsel'],
  },
  th: {
    person: ['นามสกุล', 'ชื่อเต็ม', 'ชื่อ-นามสกุล', 'ชื่อนามสกุล'],
    generic: ['ชื่อ'],
    dob: ['วันเกิด', 'วันเดือนปีเกิด'],
    phone: ['เบอร์โทร', 'เบอร์โทรศัพท์', 'โทรศัพท์', 'มือถือ', 'เบอร์มือถือ'],
    endingOnly: true,
  },
  // Name, date-of-birth and phone keys in Latin letters of Estonian, Latvian, Lithuanian, Hungarian,
  // Romanian, Greek (transliterated), Czech, Slovak, Croatian/Serbian/Bosnian, Slovenian, Bulgarian
  // (transliterated), Albanian, Icelandic, Maltese, Irish, Welsh, Swahili and Hindi (transliterated)
  // (L3, L4, L16 of the fourteenth probe, 2026-12-05g: `{eesnimi:'Liisa', perekonnanimi:'Kask'}`,
  // `{vards, uzvards}`, `{pavarde}`, `{keresztnev}`, `{nume, prenume}`, `{onoma, eponymo}`,
  // `{tilefono:'6971234567'}` were stored raw). Their word for "name" is generic, as English `name`.
  et: {
    person: ['täisnimi', 'ees- ja perekonnanimi', 'neiupõlvenimi'],
    family: ['perekonnanimi', 'perenimi'],
    given: ['eesnimi', 'eesnimed'],
    generic: ['nimi'],
    dob: ['sünniaeg', 'sünnikuupäev'],
    phone: ['telefoninumber', 'mobiil', 'mobiiltelefon', 'lauatelefon', 'kinnitelefon'],
    words: true,
  },
  lv: {
    person: ['vārds uzvārds', 'vārds un uzvārds', 'pilns vārds', 'dzimtais uzvārds'],
    family: ['uzvārds'],
    generic: ['vārds'],
    dob: ['dzimšanas datums'],
    phone: ['tālrunis', 'tālruņa numurs', 'tālr', 'telefons', 'telefona numurs', 'mobilais', 'mobilais tālrunis'],
    words: true,
  },
  lt: {
    person: ['vardas pavardė', 'vardas ir pavardė', 'mergautinė pavardė'],
    family: ['pavardė'],
    generic: ['vardas'],
    dob: ['gimimo data'],
    phone: ['telefonas', 'telefono numeris', 'tel nr', 'mobilusis', 'mobilusis telefonas', 'mob tel'],
    words: true,
  },
  hu: {
    person: ['teljes név', 'születési név', 'leánykori név', 'anyja neve'],
    family: ['vezetéknév', 'családnév'],
    given: ['keresztnév', 'utónév'],
    generic: ['név'],
    dob: ['születési dátum', 'születési idő'],
    phone: ['telefonszám', 'mobilszám', 'mobiltelefon', 'telefonszáma'],
    words: true,
  },
  ro: {
    person: ['nume complet', 'numele complet', 'nume și prenume', 'nume de familie', 'numele de familie'],
    given: ['prenume', 'prenumele'],
    generic: ['nume', 'numele'],
    dob: ['data nașterii', 'data de naștere'],
    phone: ['număr de telefon', 'numărul de telefon', 'telefon mobil'],
    words: true,
  },
  elLatn: {
    person: ['onomateponymo', 'onomateponimo', 'patronymo', 'patronimo', 'mitronymo', 'mitronimo'],
    family: ['eponymo', 'eponimo', 'eponymon', 'epitheto'],
    generic: ['onoma'],
    dob: ['imerominia gennisis'],
    phone: ['tilefono', 'tilefwno', 'kinito', 'kinito tilefono', 'arithmos tilefonou'],
    words: true,
  },
  cs: {
    person: ['celé jméno', 'jméno a příjmení', 'rodné příjmení', 'celé meno', 'meno a priezvisko', 'rodné priezvisko'],
    family: ['příjmení', 'priezvisko'],
    given: ['křestní jméno', 'krstné meno'],
    generic: ['jméno', 'meno'],
    dob: ['datum narození', 'dátum narodenia'],
    phone: ['telefonní číslo', 'telefónne číslo', 'mobilní číslo', 'mobilné číslo'],
    words: true,
  },
  sh: {
    person: ['ime i prezime', 'ime in priimek', 'djevojačko prezime', 'devojačko prezime'],
    family: ['prezime', 'priimek'],
    generic: ['ime'],
    dob: ['datum rođenja', 'datum rojstva'],
    phone: ['broj telefona', 'mobitel', 'mobilni', 'telefonska številka'],
    words: true,
  },
  bgLatn: {
    person: ['ime i familia', 'ime i familiya'],
    family: ['familiya', 'familija'],
    pairedFamily: ['familia'],
    generic: ['ime', 'imya'],
    phone: ['mobilen', 'telefonen nomer'],
    words: true,
  },
  sq: {
    person: ['emri i plotë', 'emër e mbiemër', 'emri dhe mbiemri'],
    family: ['mbiemri', 'mbiemër', 'mbiemer'],
    generic: ['emri', 'emër', 'emer'],
    dob: ['datëlindja', 'data e lindjes'],
    phone: ['telefoni', 'numri i telefonit', 'celulari'],
    words: true,
  },
  is: {
    person: ['fullt nafn', 'föðurnafn', 'móðurnafn', 'kenninafn'],
    family: ['eftirnafn'],
    given: ['fornafn', 'skírnarnafn'],
    generic: ['nafn'],
    dob: ['fæðingardagur'],
    phone: ['sími', 'símanúmer', 'farsími'],
    words: true,
  },
  mt: {
    person: ['isem u kunjom', 'isem sħiħ'],
    family: ['kunjom'],
    generic: ['isem'],
    phone: ['telefown', 'mobajl', 'numru tat-telefon'],
    words: true,
  },
  ga: {
    person: ['ainm iomlán', 'sloinne breithe'],
    family: ['sloinne'],
    given: ['céadainm'],
    generic: ['ainm'],
    phone: ['guthán', 'fón póca', 'uimhir fóin'],
    words: true,
  },
  // Japanese written in Latin letters (Hepburn), as romanized records and forms write their labels (L1 of probe
  // 2026-12-05i: `Shimei: KUROYANAGI Tsubasa`, `{seinengappi:'1993-07-22'}` were stored raw): `shimei`/`seimei` (full
  // name), `furigana` (the name's reading), `myoji` (family name); `namae` is "name", generic; `seinengappi` and
  // `tanjobi` a date of birth; `denwa bango`, `keitai` a phone.
  jaLatn: {
    person: ['shimei', 'seimei', 'furigana', 'shimei furigana'],
    family: ['myoji', 'myouji', 'myōji'],
    generic: ['namae'],
    dob: ['seinengappi', 'seinen gappi', 'seinengapi', 'tanjobi', 'tanjoubi', 'tanjōbi'],
    phone: ['denwa bango', 'denwa bangou', 'denwa bangō', 'keitai', 'keitai bango', 'keitai denwa', 'renrakusaki'],
    words: true,
  },
  cy: {
    family: ['cyfenw'],
    generic: ['enw'],
    phone: ['ffôn', 'rhif ffôn'],
    words: true,
  },
  sw: {
    person: ['jina kamili', 'jina la ukoo', 'jina la kwanza', 'jina la familia'],
    generic: ['jina'],
    dob: ['tarehe ya kuzaliwa'],
    phone: ['simu', 'nambari ya simu', 'namba ya simu'],
    words: true,
  },
  hiLatn: {
    person: ['pura naam', 'poora naam', 'pita ka naam', 'pati ka naam', 'mata ka naam'],
    generic: ['naam'],
    dob: ['janam tithi', 'janm tithi'],
    words: true,
  },
  // Chinese and Japanese names, surnames and dates of birth are key-names.ts's lists (G18); their phones here.
  zh: {
    phone: ['手机', '手机号', '手机号码', '电话', '电话号码', '联系电话', '移动电话', '固定电话', '座机', '手機', '手機號', '手機號碼', '電話', '電話號碼', '聯絡電話', '聯繫電話', '行動電話'],
    endingOnly: true,
  },
  ja: {
    phone: ['電話番号', '携帯', '携帯番号', '携帯電話', '携帯電話番号', '連絡先電話番号', '固定電話'],
    endingOnly: true,
  },
  ko: {
    phone: ['전화', '전화번호', '휴대폰', '휴대폰번호', '핸드폰', '핸드폰번호', '휴대전화', '연락처'],
    endingOnly: true,
  },
};

/** A member name as the vocabularies compare it (see the module's comment). */
export function vocabularyFold(name: string): string {
  let folded = name.normalize('NFKC').toLowerCase().replace(/[\s_.\-'’ʼ\u200c\u200d\u0640]/g, '');
  if (/[^\x00-\x7f]/.test(folded)) {
    folded = folded
      .replace(/ı/g, 'i').replace(/đ/g, 'd').replace(/ł/g, 'l').replace(/ς/g, 'σ')
      // Icelandic `ð`, `þ` and Maltese `ħ`, which have no decomposition (`föðurnafn` as `fodurnafn`).
      .replace(/ð/g, 'd').replace(/þ/g, 'th').replace(/ħ/g, 'h')
      // Arabic short vowels and the hamza seats (`الأول`, `الاول`)
      .replace(/[\u064b-\u065f\u0670]/g, '').replace(/[أإآ]/g, 'ا');
    if (/[\p{Script=Latin}\p{Script=Greek}]/u.test(folded)) {
      folded = folded.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
    }
    // Devanagari nukta forms are one spelling: NFKC leaves `फ़` (U+095E) decomposed, the precomposed one too.
  }
  return folded;
}

interface Entry { word: string; kind: VocabularyKind; start: boolean; end: boolean }
const KINDS = ['generic', 'person', 'dob', 'phone'] as const;
/** A vocabulary's words of one kind, its family and given words among its `person` ones. */
const wordsOf = (vocabulary: Vocabulary, kind: VocabularyKind): readonly string[] =>
  kind === 'person' ? [...(vocabulary.person ?? []), ...(vocabulary.family ?? []), ...(vocabulary.given ?? [])] : (vocabulary[kind] ?? []);
const WHOLE: ReadonlyMap<string, VocabularyKind> = new Map(
  Object.values(VOCABULARIES).flatMap((vocabulary) => KINDS.flatMap((kind) => wordsOf(vocabulary, kind).map((word) => [vocabularyFold(word), kind] as const))),
);
/**
 * Words also taken as a name's start or end (not `generic`), longest first: in a language written
 * without spaces or with whose before the word (endingOnly), as the end only, from two characters;
 * else from five, and a word of ASCII letters (Turkish, Vietnamese, Indonesian written without
 * their marks) as the start from seven only (`hoten` is also the start of `hotend`). Not the
 * vocabularies matched by whole words (`words`: FIRST_OR_LAST).
 */
const AFFIXES: readonly Entry[] = Object.values(VOCABULARIES)
  .filter((vocabulary) => vocabulary.words !== true)
  .flatMap((vocabulary) => (['person', 'dob', 'phone'] as const).flatMap((kind) => wordsOf(vocabulary, kind).map((word) => {
    const folded = vocabularyFold(word);
    const ascii = /^[a-z]+$/.test(folded);
    return vocabulary.endingOnly === true
      ? { word: folded, kind, start: false, end: folded.length >= 2 }
      : { word: folded, kind, start: folded.length >= (ascii ? 7 : 5), end: folded.length >= 5 };
  })))
  .filter((entry) => entry.start || entry.end)
  .sort((a, b) => b.word.length - a.word.length);
/** The one-word `person`, `dob` and `phone` words of the `words` vocabularies, as a name's first or last word (`klientoPavarde`, `tilefono_pelati`). */
const FIRST_OR_LAST: ReadonlyMap<string, VocabularyKind> = new Map(
  Object.values(VOCABULARIES)
    .filter((vocabulary) => vocabulary.words === true)
    .flatMap((vocabulary) => (['person', 'dob', 'phone'] as const).flatMap((kind) => wordsOf(vocabulary, kind).filter((word) => !/[\s-]/.test(word)).map((word) => [vocabularyFold(word), kind] as const))),
);
/** The first and last two letters of every ASCII vocabulary word, for a quick no: most member names are English. */
const ASCII_WORDS = [...WHOLE.keys(), ...AFFIXES.map((entry) => entry.word), ...FIRST_OR_LAST.keys()].filter((word) => /^[a-z]+$/.test(word));
const ASCII_STARTS: ReadonlySet<string> = new Set(ASCII_WORDS.map((word) => word.slice(0, 2)));
const ASCII_ENDS: ReadonlySet<string> = new Set(ASCII_WORDS.map((word) => word.slice(-2)));

const cache = new Map<string, VocabularyKind | null>();

/**
 * What a member or column name names in one of the vocabularies: `person`, `generic`, `dob`,
 * `phone`, or undefined. Names over 64 characters name nothing.
 */
export function vocabularyKind(name: string): VocabularyKind | undefined {
  if (name.length === 0 || name.length > 64) return undefined;
  let kind = cache.get(name);
  if (kind === undefined) {
    kind = readVocabularyKind(name) ?? null;
    if (cache.size >= 4096) cache.clear();
    cache.set(name, kind);
  }
  return kind ?? undefined;
}

function readVocabularyKind(name: string): VocabularyKind | undefined {
  const folded = vocabularyFold(name);
  if (folded.length === 0) return undefined;
  // An ASCII name no Latin vocabulary word starts or ends: English `lastName`, `order_id` (the common case).
  if (/^[\x00-\x7f]*$/.test(folded) && !ASCII_STARTS.has(folded.slice(0, 2)) && !ASCII_ENDS.has(folded.slice(-2))) return undefined;
  const whole = WHOLE.get(folded);
  if (whole !== undefined) return whole;
  for (const entry of AFFIXES) {
    if (folded.length <= entry.word.length) continue;
    if ((entry.end && folded.endsWith(entry.word)) || (entry.start && folded.startsWith(entry.word))) return entry.kind;
  }
  const words = nameWords(name);
  if (words.length < 2) return undefined;
  return FIRST_OR_LAST.get(words[words.length - 1] as string) ?? FIRST_OR_LAST.get(words[0] as string);
}

/** A member name's words folded (camelCase and separators split): `klientoPavarde` is `kliento`, `pavarde`. */
function nameWords(name: string): string[] {
  return name.slice(0, 64).replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').split(/[\s_.\-'’ʼ]+/).filter((word) => word.length > 0).map(vocabularyFold);
}

/** The part of a name a `words` vocabulary's word names: `family`, `given`, `generic`, or `pairedFamily` (a family word only beside its vocabulary's given or generic word), with the vocabulary. */
export interface NamePart { part: 'family' | 'given' | 'generic' | 'pairedFamily'; vocabulary: string }
const NAME_PARTS: ReadonlyMap<string, readonly NamePart[]> = (() => {
  const parts = new Map<string, NamePart[]>();
  for (const [vocabulary, words] of Object.entries(VOCABULARIES)) {
    if (words.words !== true) continue;
    for (const part of ['family', 'given', 'generic', 'pairedFamily'] as const) {
      for (const word of words[part] ?? []) {
        const folded = vocabularyFold(word);
        parts.set(folded, [...(parts.get(folded) ?? []), { part, vocabulary }]);
      }
    }
  }
  return parts;
})();
/**
 * vocabularyNameParts' answers by member name (null: none). Member names recur in every event of
 * a kind, and vocabularyFold (NFKC, lower case, a replace) cost about 2.5% of the sealing step's
 * CPU when each object's members were folded again (the record-path profile of 2026-12-05,
 * eleventh session). Bounded: RecentMap, up to 2 x 2,048 names of at most 40 characters.
 */
const namePartsByName = new RecentMap<string, readonly NamePart[] | null>(2048);
/** What part of a person's name a member name (whole) names in the `words` vocabularies (key-names.ts nameMembers). */
export function vocabularyNameParts(name: string): readonly NamePart[] | undefined {
  if (name.length > 40) return undefined;
  const known = namePartsByName.get(name);
  if (known !== undefined) return known ?? undefined;
  const found = NAME_PARTS.get(vocabularyFold(name));
  namePartsByName.set(name, found ?? null);
  return found;
}
/**
 * The `person`, `family`, `given` and `generic` words of the `words` vocabularies as written and
 * without their marks, longest first: a form's name labels in text (names.ts: `Prenume:`,
 * `Uzvārds:`, `Vezetéknév:`).
 */
export const LATIN_NAME_LABEL_WORDS: readonly string[] = [...new Set(Object.values(VOCABULARIES)
  .filter((vocabulary) => vocabulary.words === true)
  .flatMap((vocabulary) => [...wordsOf(vocabulary, 'person'), ...(vocabulary.generic ?? [])])
  .flatMap((word) => [word.toLowerCase(), word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC')]))]
  .sort((a, b) => b.length - a.length);
