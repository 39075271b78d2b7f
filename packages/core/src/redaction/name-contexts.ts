import type { Detection } from './types.js';
import { firmLikeName, firmPartAt, GERMAN_KIN_NOUNS, isAmbiguousPersonName, isGivenNameWord, isHyphenatedSurname, isListedPersonName, isOrganizationValue, isRecordNameWord, pushPerson } from './names.js';
import { gatedTest } from './internal/prefilter.js';
import { isPlaceBodyLead, isPlaceBodyTail } from './place-heads.js';
import { SpanGrid } from './internal/span-grid.js';

// Person names read by their context, and words that are no persons there: the name rows of the
// ninth README-only probe (test/redaction/probe-2026-12-05b.cases.md L12, L13, L14, L17, O1-O3).
// Kept apart from names.ts's run logic: detectors.ts calls detectContextNames after detectPersons
// (it adds persons) and dropContextNonPersons (it removes or trims the persons detectPersons found
// where the context says they are none). Each rule has its own gate; every regex is linear (bounded
// repetitions, no nested unbounded quantifier).

/** One word of a name as written: a capital, then letters, marks, apostrophes, hyphens (not `AND`, which joins two names in capitals). */
const NAME_WORD = "(?!AND(?![\\p{L}\\p{M}'’-]))\\p{Lu}[\\p{L}\\p{M}'’-]{0,30}";
/** A full name: two to five such words joined by one blank or tab. */
const SIDE = `${NAME_WORD}(?:[ \\t]${NAME_WORD}){1,4}`;

/** A word in title case (`MOANA` → `Moana`), for the list checks that read a capitalized word. */
function titleCase(word: string): string {
  return word.length === 0 ? word : (word[0] as string) + word.slice(1).toLowerCase();
}

/** Particles inside a name (`Rangi Te Whata`, `Anna van den Berg`): no name word of their own. */
const INNER_PARTICLES = new Set(['te', 'de', 'da', 'di', 'du', 'del', 'der', 'den', 'van', 'von', 'la', 'le', 'el', 'al', 'bin', 'ibn', 'ter', 'ten', 'mc', 'mac', 'ap', 'ben', 'dos', 'das']);

/** A word (any case, hyphenated parts each) that may be part of a person's name: listed, or unknown and no common word. */
function nameWord(word: string): boolean {
  const parts = word.replace(/[.’']+$/, '').split('-');
  return parts.every((part) => part.length >= 2 && (isListedPersonName(part) || isRecordNameWord(titleCase(part))));
}

/** Whether `side` (two to five capitalized words) reads as one person's full name: first and last words are name words, the inner ones name words or particles, no firm's word. */
function fullName(side: string): boolean {
  const words = side.split(/[ \t]+/);
  if (words.length < 2 || firmLikeName(side) || institutionSide(words)) return false;
  // A name that is a word too (`Maria Garcia`, `John Smith`) counts here: the label names persons.
  return words.every((word, k) => nameWord(word) || isAmbiguousPersonName(word) || (k > 0 && k < words.length - 1 && INNER_PARTICLES.has(word.toLowerCase())));
}

/**
 * Hospitals' and clinics' head nouns of eight languages (place-heads.ts PLACE_BODY_LEADS' health words), read anywhere in
 * a side (`Städtisches Klinikum Karlsruhe`), and the ends of German and Dutch compounds naming one
 * (`Universitätsklinikum`, `Kreiskrankenhaus`, `Frauenklinik`, `Kantonsspital`, `Universitätsmedizin`, `Herzzentrum`).
 */
const HEALTH_HEADS: ReadonlySet<string> = new Set('hospital hôpital hopital ospedale policlinico poliklinik poliklinika klinikum krankenhaus ziekenhuis szpital clínica clinica clinique klinika klinik sanatorium sanatorio centrum'.split(' '));
const HEALTH_COMPOUND_END = /(?:klinikum|krankenhaus|klinik|spital|ziekenhuis|medizin|zentrum)$/u;
/**
 * Whether a side (its words) names an institution rather than a person (2026-12-07d: `Patient: Amara Okafor, Hôpital
 * Pitié-Salpêtrière` was masked whole): led by a landmark's or a body's head (place-heads.ts isPlaceBodyLead:
 * `Hôpital`, `Ospedale`, `Szpital`), ended by one (isPlaceBodyTail: `… Hastanesi`), or holding a hospital's head or a
 * compound of one (HEALTH_HEADS, HEALTH_COMPOUND_END after three letters: `Universitätsklinikum Heidelberg`).
 */
function institutionSide(words: readonly string[]): boolean {
  const lower = words.map((word) => word.toLowerCase());
  if (isPlaceBodyLead(lower[0] as string) || isPlaceBodyTail(lower[lower.length - 1] as string, lower[lower.length - 2])) return true;
  return lower.some((word) => HEALTH_HEADS.has(word) || ACADEMIC_HEADS.has(word) || (word.length >= 9 && HEALTH_COMPOUND_END.test(word)) || (word.length >= 6 && ACADEMIC_COMPOUND_END.test(word)));
}
/**
 * Universities, colleges and institutes of nine languages, and Dutch university medical centres (names-left 2026-12-07f:
 * `Anna van Dijk, Erasmus Universiteit`, `Sanne van der Linden, Radboudumc Nijmegen` masked the institution as a second
 * person): a head read anywhere in the side, or the end of a compound (`Humboldt-Universität`, `Radboudumc`, `Fachhochschule`).
 */
const ACADEMIC_HEADS: ReadonlySet<string> = new Set(
  'universiteit universität universitat university universidad universidade università universita université universite uniwersytet hogeschool hochschule academie akademie academy instituut institut institute istituto instituto umc'.split(' '),
);
const ACADEMIC_COMPOUND_END = /(?:universiteit|universität|hogeschool|hochschule|instituut|umc)$/u;

// ----------------------------------------------------------------------------- labelled parties
// L12: two full names joined by `&` after a label naming persons (`Borrower(s): Tevita Fifita &
// Mele Fifita`, `Guarantors: Maria Garcia & John Smith`): names.ts keeps `X & Y` as a firm
// (`Ernst & Young`), but after a person's label, with two words or more on each side, both are
// persons. L17: the parties of a conveyance, in capitals after `GRANTOR:`/`GRANTEE:` (`GRANTEE:
// MOANA PARATA, a married woman`, `GRANTOR: RANGI TE WHATA and ARIHIA TE WHATA`), and a name after
// `vested in` (`title vested in Lokelani Kealoha, a single woman`). A side that is a firm
// (`… Holdings LLC`), holds a common word (`City of …`, `Platform Team`) or is a listed firm is left.
const PARTY_LABELS = 'co-?borrowers?|borrowers?|co-?owners?|home ?owners?|owners?|parents?|co-?tenants?|tenants?|guarantors?|patients?|grantors?|grantees?|trustors?|vestees?|buyers?|sellers?|purchasers?|co-?applicants?|applicants?|landlords?|trustees?|beneficiar(?:y|ies)|spouses?|guardians?|heirs?|residents?|occupants?|claimants?|mortgagors?|lessees?|lessors?|debtors?|co-?signers?|signers?|signatories|witnesses|executors?|donors?|couple|children|students?|insured';
/** Labels whose value alone is one party of a deed: a single name in capitals after them counts too. */
const DEED_LABELS = /^(?:grantors?|grantees?|trustors?|vestees?)$/i;
const PARTY_LABEL = new RegExp(`(?<![\\p{L}\\p{N}-])(${PARTY_LABELS})(?:\\((?:s|es)\\))?[ \\t]{0,2}[:=][ \\t]{0,3}|(?<![\\p{L}])vested[ \\t]in[ \\t]{1,2}`, 'giu');
const PARTY_GATE = gatedTest(new RegExp(`(?:${PARTY_LABELS})(?:\\((?:s|es)\\))?[ \\t]{0,2}[:=]|vested[ \\t]in`, 'i'));
/** The names after such a label: sides joined by commas and one `&`, `and` or `AND`, ending at punctuation, a line's end or a lower-case word. */
const PARTY_SIDES = new RegExp(`(${SIDE})((?:,[ \\t]{1,2}${SIDE}){0,4})(?:,?[ \\t]{1,2}(?:&|and|AND)[ \\t]{1,2}(${SIDE}))?(?![\\p{L}\\p{M}\\p{N}'’-])`, 'uy');

function labelledParties(text: string, out: Detection[]): void {
  PARTY_LABEL.lastIndex = 0;
  let label: RegExpExecArray | null;
  while ((label = PARTY_LABEL.exec(text)) !== null) {
    const at = label.index + label[0].length;
    PARTY_SIDES.lastIndex = at;
    const sides = PARTY_SIDES.exec(text);
    if (sides === null) continue;
    const word = label[1];
    const vested = word === undefined;
    const deed = vested || DEED_LABELS.test(word);
    const first = sides[1] as string;
    const listed = (sides[2] ?? '').split(/,[ \t]{1,2}/).filter((side) => side !== '');
    const last = sides[3];
    // Alone, a name counts only after a deed's label in capitals or after `vested in`: elsewhere
    // names.ts reads a single name after a label, and a firm after `Owner:` stays a firm.
    const alone = listed.length === 0 && last === undefined;
    if (alone && !(deed && (vested || first === first.toUpperCase()))) continue;
    const all = [first, ...listed, ...(last === undefined ? [] : [last])];
    const spans: Array<[number, number]> = [];
    let from = at;
    for (const side of all) {
      const start = text.indexOf(side, from);
      spans.push([start, start + side.length]);
      from = start + side.length;
    }
    // A listed firm (`Johnson Controls`, `Wells Fargo`) on either side: no persons.
    if (!all.every(fullName) || spans.some(([start, end]) => firmPartAt(text, start, text.indexOf(' ', start) > 0 && text.indexOf(' ', start) < end ? text.indexOf(' ', start) : end))) continue;
    // The next label is looked for from this one's end, not from the names' end: a label glued to
    // the last name (`… & John Smith Sellers: Tevita Fifita & …`) is read too (no name holds a `:`).
    for (const [start, end] of spans) pushPerson(text, out, start, end);
  }
}

// ----------------------------------------------------------------------------- Turkish case suffixes
// L14: a Turkish name with a case suffix after an apostrophe (`Ayşe Kaya'nın`, `Mehmet Öztürk'e`,
// `Zeynep Demir'den`): the suffixed word is one token for names.ts and no listed surname, so the
// whole name was left (or only the given name masked). Two to four capitalized words before an
// apostrophe and a suffix of case (genitive, dative, ablative, locative, accusative, instrumental)
// are a name, without the suffix, after dropping the nouns that lead it (`Hasta`, `Müşteri`,
// `Dosya`) and unless a word is a common one or an institution's (`Yapı Kredi'nin`, `Türk
// Telekom'un`, `… Bankası'nın`). Gate: an apostrophe in the text.
const TURKISH_SUFFIXED = /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{Ll}\p{M}]{1,30}(?:[ \t]\p{Lu}[\p{Ll}\p{M}]{1,30}){1,4})['’](?:n[ıiuü]n|[ıiuü]n|y?[ıiuü]|y?[ae]|n[ae]|[dt][ae]n?|n[dt][ae]n?|[dt][ae]ki|y?l[ae]|d[ıiuü]r)(?![\p{L}\p{M}])/gu;
/** Words that lead a name in Turkish notes (patient, customer, file, sir/madam, the honourable) and are no part of it. */
const TURKISH_LEADS = new Set(['hasta', 'müşteri', 'dosya', 'sayın', 'bay', 'bayan', 'doktor', 'dr', 'avukat', 'av', 'öğrenci', 'personel', 'çalışan', 'abone', 'kullanıcı', 'veli', 'danışan', 'başvuran', 'sanık', 'davacı', 'davalı', 'mağdur', 'şikayetçi', 'alıcı', 'gönderen', 'kiracı', 'ev', 'sahibi', 'not', 'konu', 'bilgi', 'rapor', 'talep']);
/** Turkish given names that are English words too (isRecordNameWord refuses them). */
const TURKISH_SHORT_GIVEN = new Set(['can', 'nur', 'ali', 'ece', 'ay', 'gül', 'cem', 'naz', 'ela', 'efe', 'eda', 'tan', 'ilker', 'sena', 'ada', 'arda', 'deniz', 'umut', 'barış', 'kaan']);
/** Words of firms, institutions and places in Turkish (and possessive compounds ending in -sı, -leri, -lığı): no person's. */
const TURKISH_NOT_NAMES = new Set(['türk', 'türkiye', 'telekom', 'kredi', 'yapı', 'hava', 'yolları', 'holding', 'banka', 'bank', 'sigorta', 'enerji', 'petrol', 'grup', 'vakıf', 'vakıflar', 'ziraat', 'halk', 'iş', 'garanti', 'emlak', 'devlet', 'milli', 'cumhuriyet', 'ticaret', 'sanayi', 'teknoloji', 'otomotiv', 'medya', 'yayın', 'gıda', 'tekstil', 'inşaat', 'lojistik', 'kargo', 'market', 'mağaza', 'merkez', 'şube', 'il', 'ilçe', 'mahalle', 'cadde', 'sokak', 'bulvar', 'meydan', 'köy', 'kent', 'şehir', 'dağ', 'göl', 'havalimanı', 'havaalanı', 'istanbul', 'ankara', 'izmir', 'bursa', 'antalya', 'adana', 'konya', 'kayseri', 'trabzon', 'eskişehir', 'gaziantep', 'real', 'google', 'apple', 'microsoft', 'amazon', 'cloud', 'music']);
const TURKISH_COMPOUND_ENDING = /(?:s[ıiuü]|l[ae]r[ıi]|l[ıiuü][ğg][ıiuü]|nde|nda)$/u;

function turkishSuffixedNames(text: string, out: Detection[]): void {
  TURKISH_SUFFIXED.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TURKISH_SUFFIXED.exec(text)) !== null) {
    const words = (match[1] as string).split(/[ \t]/);
    let lead = 0;
    while (lead < words.length - 2 && TURKISH_LEADS.has((words[lead] as string).toLocaleLowerCase('tr'))) lead++;
    const name = words.slice(lead);
    // The given name first: a lead word that is no name (`Dosya`, `Hasta`) is left out above.
    if (TURKISH_LEADS.has((name[0] as string).toLocaleLowerCase('tr'))) name.shift();
    if (name.length < 2) continue;
    const turkishWord = (word: string): boolean => {
      const lower = word.toLocaleLowerCase('tr');
      if (TURKISH_NOT_NAMES.has(lower) || TURKISH_LEADS.has(lower)) return false;
      return TURKISH_SHORT_GIVEN.has(lower) || (isRecordNameWord(word) && !TURKISH_COMPOUND_ENDING.test(lower)) || isListedPersonName(word);
    };
    // The surname keeps its suffix off; an institution's compound (`Bankası`) before the apostrophe is no surname.
    if (!name.every(turkishWord)) continue;
    const start = match.index + (match[1] as string).length - name.join(' ').length;
    pushPerson(text, out, start, match.index + (match[1] as string).length);
  }
}

// ----------------------------------------------------------------------------- families
// L13: a surname named as a family or a household (`the Havili family`, `The Nakamura-Reyes
// family`, `the Kahananui household`) or in the plural with a person's context (`the Fifitas
// donated`, `Dinner with the Havilis tonight`). A family's name is a person's name (church,
// charity, school and social-care notes); names.ts reads it only when listed. The surname must be
// no common word (`the Royal family`, `the Rose family` stay); the plural only of a surname ending
// in `a`, `i` or `o` (Polynesian, Japanese, Spanish names: `Fifitas`, `Havilis`, `Garcias`), no people's
// or team's name (`the Bahamas`, `the Zulus`, `the Broncos`), next to a person's verb or after
// `with`, `to`, `for`, `visited`. The plural is masked whole; its normal form is the surname's.
const FAMILY_OF = /(?<![\p{L}\p{N}])[Tt]he[ \t](\p{Lu}[\p{Ll}\p{M}'’]{1,30}(?:-\p{Lu}[\p{Ll}\p{M}'’]{1,30}){0,2})[ \t](?:[Ff]amil(?:y|ies)|[Hh]ousehold|clan|kids|children)(?![\p{L}])/gu;
const FAMILY_OF_THINGS_AFTER = /^ of\b/;
const ADJECTIVE_ENDING = /(?:ian|ean|ese|ish|ic|ical)$/;
/** Products, systems and styles that name families of things: no surnames. */
const NOT_FAMILY_NAMES = new Set(['linux', 'unix', 'windows', 'pixel', 'galaxy', 'iphone', 'ipad', 'android', 'apache', 'intel', 'ryzen', 'xeon', 'cortex', 'python', 'java', 'debian', 'ubuntu', 'mozilla', 'chrome', 'kindle', 'surface', 'xbox', 'playstation', 'lego', 'barbie', 'marvel', 'disney', 'pokemon', 'pokémon', 'tudor']);
const FAMILY_GATE = /amil|ousehold|clan|kids|children/;
/** FAMILY_GATE as a gate (the same answers; before 2026-12-07 a search of the whole text per call). */
const mayHoldFamilyWord = gatedTest(FAMILY_GATE);
// The plural may be possessive (`the Havilis' house`): an apostrophe after its `s` that no letter or digit follows.
const FAMILY_PLURAL = /(?<![\p{L}\p{N}])([Tt]he)[ \t](\p{Lu}\p{Ll}[\p{Ll}\p{M}'’]{1,28}[aio])s(?:(?=['’](?![\p{L}\p{N}]))|(?![\p{L}\p{N}'’-]))/gu;
/** FAMILY_PLURAL without its look-arounds: a tab after `the`, an apostrophe or a mark inside the name (`the Ke'alohas`) pass too. */
const PLURAL_GATE = /[Tt]he[ \t]\p{Lu}\p{Ll}[\p{Ll}\p{M}'’]{1,28}[aio]s/u;
const PLURAL_PERSON_BEFORE = /(?:^|[^\p{L}])(?:with|to|for|from|visited|visit|visiting|invited|invite|thank|thanked|met|called|and|&|by|saw|see|join|joined|dinner at|lunch at|stayed with|housed)[ \t]{1,2}$/iu;
const PLURAL_PERSON_AFTER = /^,?[ \t]{1,2}(?:donated|gave|visited|came|come|arrived|moved|called|said|asked|paid|sent|hosted|invited|stayed|left|brought|thanked|told|wrote|emailed|attended|missed|were|are|have|had|will|live|lived|signed|returned|dropped|picked|took|joined)(?![\p{L}])|^['’]s?[ \t]/u;
const NOT_FAMILY_PLURALS = new Set(['bahama', 'america', 'antilla', 'philippina', 'hindu', 'zulu', 'maori', 'inca', 'maya', 'aztec', 'navajo', 'eskimo', 'latino', 'latina', 'filipino', 'filipina', 'chicano', 'somali', 'israeli', 'iraqi', 'saudi', 'bengali', 'nepali', 'kiwi', 'pakistani', 'afghani', 'omani', 'qatari', 'kuwaiti', 'yemeni', 'punjabi', 'gujarati', 'maasai', 'masai', 'samoa', 'tonga', 'fiji', 'bronco', 'ninja', 'sopranino', 'gaucho', 'apache', 'cherokee', 'tutsi', 'hutu', 'swahili', 'azteca', 'toyota', 'honda', 'mazda', 'nissan', 'tesla', 'kia', 'pizza', 'pasta', 'taco', 'burrito', 'sushi', 'tapa', 'mojito', 'piña', 'colada', 'stradivari', 'stradivariu', 'dorito', 'oreo', 'emoji', 'avocado', 'tomato', 'potato', 'mango', 'banana', 'panda', 'koala', 'gorilla', 'llama', 'alpaca', 'iguana', 'cobra', 'dingo', 'kangaroo', 'gecko', 'zebu', 'emu', 'kudu', 'impala', 'puma', 'jaguar']);

function familyNames(text: string, out: Detection[]): void {
  if (mayHoldFamilyWord(text)) {
    FAMILY_OF.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = FAMILY_OF.exec(text)) !== null) {
      const name = match[1] as string;
      const parts = name.split('-');
      // `the Linux family of systems`, `the Pixel family`, `The Victorian family home`: a family of things, or an adjective.
      if (FAMILY_OF_THINGS_AFTER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 4))) continue;
      if (!parts.every((part) => isListedPersonName(part) || (isRecordNameWord(part.replace(/['’]s?$/, '')) && !NOT_FAMILY_NAMES.has(part.toLowerCase()) && !ADJECTIVE_ENDING.test(part)))) continue;
      const start = match.index + match[0].indexOf(name, 3);
      pushPerson(text, out, start, start + name.replace(/['’]s?$/, '').length);
    }
  }
  if (PLURAL_GATE.test(text)) {
    FAMILY_PLURAL.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = FAMILY_PLURAL.exec(text)) !== null) {
      const stem = match[2] as string;
      const lower = stem.toLowerCase();
      // The plural itself must be no known word, place or name (`the Paris office`, `to the Cyprus`: a `-us` ending is Latin, not a plural).
      if (NOT_FAMILY_PLURALS.has(lower) || !(isRecordNameWord(stem) || isListedPersonName(stem)) || !isRecordNameWord(`${stem}s`) || isListedPersonName(`${stem}s`)) continue;
      const start = match.index + (match[1] as string).length + 1;
      const end = start + stem.length + 1;
      if (!PLURAL_PERSON_BEFORE.test(text.slice(Math.max(0, match.index - 16), match.index)) && !PLURAL_PERSON_AFTER.test(text.slice(end, end + 16))) continue;
      out.push({ start, end, type: 'PERSON', class: 'pii.person', normalized: stem.normalize('NFC').toLowerCase() });
    }
  }
}

/**
 * Persons found by their context (labelled parties, Turkish case suffixes, families; see above),
 * pushed onto `out` after names.ts's detectPersons has run on the same text.
 */
export function detectContextNames(text: string, out: Detection[]): void {
  if (PARTY_GATE(text)) labelledParties(text, out);
  if (LONE_GATE(text)) {
    const lone = out.length;
    // The rules below ask whether a span is found already once per match: the grid answers from the detections near it.
    const grid = new SpanGrid(out);
    grids.set(out, grid);
    try {
      if (AGE_CUE.test(text)) ageAppositiveSubjects(text, out);
      if (text.includes(', ')) roleAppositiveSubjects(text, out);
      loneGivenNames(text, out);
      namedByVerb(text, out);
      if (out.length > lone) repeatedNames(text, out, lone);
    } finally {
      grids.delete(out);
    }
    grid.removeDropped();
  }
  if (TITLE_DASH_GATE(text)) titleSurnames(text, out);
  if (text.includes("'") || text.includes('’')) turkishSuffixedNames(text, out);
  familyNames(text, out);
}

// ----------------------------------------------------------------------------- lone names in case notes
// L1 and L3 of the seventeenth probe (2026-12-05j): a surname or a given name that stands alone, with
// no label and no list holding it, where the sentence says a person is named.

/** A word that may be a person's name alone (any case; each part of a hyphenated word): a record's name word (no place, month, frequent or stop word) or a listed given name. `Monday`, `Boston`, `Keytruda`, `Company` are none. */
function loneNameWord(word: string): boolean {
  const parts = word.replace(/[’']$/, '').split('-');
  return parts.length <= 3 && !isOrganizationValue(word) && parts.every((part) => part.length >= 2 && (isRecordNameWord(titleCase(part)) || isGivenNameWord(titleCase(part))));
}
/** One given name or surname as written: a capital, then small letters and marks, one or two hyphenated parts more. */
const GIVEN = "\\p{Lu}[\\p{Ll}\\p{M}'’]{1,30}(?:-\\p{Lu}[\\p{Ll}\\p{M}'’]{1,30}){0,2}";
/** A name in a list: one or two such words (`Defne`, `Minh Anh`). */
const GIVEN_ITEM = `${GIVEN}(?:[ \\t]${GIVEN})?`;
/** Pushes each span of `items` (text offsets) as a person when every word of every item is a lone name word or the span is `allowed`; false when one is neither. */
function pushNames(text: string, out: Detection[], spans: ReadonlyArray<readonly [number, number]>, allowed?: (span: readonly [number, number]) => boolean): boolean {
  for (const span of spans) {
    const [start, end] = span;
    if (allowed?.(span) === true) continue;
    if (!text.slice(start, end).split(/[ \t]+/).every(loneNameWord) || firmLikeName(text.slice(start, end))) return false;
  }
  // A span the name rules found already (`met Amara Okafor`) is not pushed twice.
  for (const [start, end] of spans) if (!personAt(out, start, end)) pushPerson(text, out, start, end);
  return true;
}
/** Whether a person found already covers text[start, end). */
function personAt(out: readonly Detection[], start: number, end: number): boolean {
  const grid = grids.get(out);
  return grid !== undefined ? grid.find(start, end, true, 'PERSON') !== undefined : out.some((found) => found.type === 'PERSON' && found.start <= start && found.end >= end);
}
/** The grid of each `out` while detectContextNames's lone-name rules run on it. */
// SpanGrid lives in internal/span-grid.ts (names.ts's shortPinyinSurnames uses it too); exported here for its test.
export { SpanGrid };
const grids = new WeakMap<readonly Detection[], SpanGrid>();
/** The spans of the names GIVEN_ITEM finds in `list` (a matched list starting at text offset `at`). */
function itemSpans(list: string, at: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const item = new RegExp(GIVEN_ITEM, 'gu');
  for (let m = item.exec(list); m !== null; m = item.exec(list)) spans.push([at + m.index, at + m.index + m[0].length]);
  return spans;
}

// L1: a surname alone as the subject of a narrative before an age appositive (`Narrative:
// Karaosmanoğlu, a 47-year-old participant (subject 104-0037), …`, `Case summary: Oyelaran-Mbeki, a
// 35-year-old woman`): one to three capitalized words before `, a NN-year-old` (months, weeks too)
// and up to three words then a person's noun (participant, patient, man, woman, male, boy, infant,
// …); German `, ein 52-jähriger Teilnehmer`, Dutch `, een 70-jarige deelnemer`, French, Spanish and
// Portuguese `, une patiente de 63 ans`, `, un varón de 41 años`. The words must be lone name words
// (no place, drug, month or frequent word: `Boston, a 3-year-old program`, `Meanwhile, a …`), and
// none after a preposition of place (`In Kumasi, a 5-year-old boy`). Gate: `old`, `jährig`,
// `jarig`, `ans`, `años`, `anos` in the text.
const EN_PERSON_NOUNS = 'participant|patient|subject|volunteer|man|woman|male|female|boy|girl|child|infant|baby|toddler|neonate|newborn|adolescent|teenager|teen|youth|adult|mother|father|son|daughter|wife|husband|widow|widower|grandmother|grandfather|gentleman|lady|individual|person|resident|student|pupil|client|tenant|customer|employee|worker|veteran|retiree|pensioner|primigravida|multigravida|smoker|nonsmoker';
const AGE_APPOSITIVE = new RegExp(
  [
    `,[ \\t]{1,2}an?[ \\t]\\d{1,3}[- ](?:year|yr|month|week)s?[- ]old[ \\t](?:[\\p{L}-]{2,20}[ \\t]){0,3}(?:${EN_PERSON_NOUNS})s?(?![\\p{L}])`,
    ",[ \\t]{1,2}eine?[ \\t]\\d{1,3}-?jährige[rn]?[ \\t](?:\\p{Ll}[\\p{Ll}-]{1,20}[ \\t]){0,2}(?:Teilnehmer(?:in)?|Patient(?:in)?|Proband(?:in)?|Mann|Frau|Junge|Mädchen|Kind|Säugling|Mutter|Vater|Schüler(?:in)?|Bewohner(?:in)?)(?![\\p{L}])",
    ",[ \\t]{1,2}een[ \\t]\\d{1,3}-?jarige[ \\t](?:\\p{Ll}[\\p{Ll}-]{1,20}[ \\t]){0,2}(?:man|vrouw|deelnemer|deelneemster|patiënt|patiente|jongen|meisje|kind|baby|moeder|vader)(?![\\p{L}])",
    ",[ \\t]{1,2}(?:un|une|una|um|uma)[ \\t](?:patiente?|paciente|participante?|homme|femme|var[oó]n|mujer|hombre|homem|mulher|sujet|sujeto|enfant|garçon|fille|niño|niña|menino|menina)[ \\t](?:\\p{Ll}{1,20}[ \\t]){0,3}\\d{1,3}[ \\t](?:ans|años|anos)(?![\\p{L}])",
  ].join('|'),
  'gu',
);
const AGE_CUE = /\d[- ](?:years?|yrs?|months?|weeks?)[- ]old|\d-?jährig|\d-?jarig|\d[ \t](?:ans|años|anos)/u;
/** Up to three capitalized words right before a comma (group 1). */
const WORDS_BEFORE_COMMA = /(?:^|[^\p{L}\p{M}\p{N}'’-])((?:\p{Lu}[\p{L}\p{M}'’-]{0,40}[ \t]){0,2}\p{Lu}[\p{L}\p{M}'’-]{1,40})$/u;
const PLACE_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom|[Tt]o|[Ii]nto|[Oo]utside|[Ii]nside|[Aa]round|[Aa]cross|[Tt]owards?|[Ii]m|[Aa]us|[Dd]ans|[Ee]n|[Aa]|[Ii]n[ \t]the)[ \t]{1,2}$/u;

const isCapitals = (word: string): boolean => word === word.toUpperCase();

function ageAppositiveSubjects(text: string, out: Detection[]): void {
  AGE_APPOSITIVE.lastIndex = 0;
  for (let m = AGE_APPOSITIVE.exec(text); m !== null; m = AGE_APPOSITIVE.exec(text)) subjectBeforeComma(text, out, m.index, loneNameWord);
}

/** The subject before the comma at text[comma]: the longest run of up to three capitalized words that pass `nameWord` and end there, pushed as a person (see above). */
function subjectBeforeComma(text: string, out: Detection[], comma: number, nameWord: (word: string) => boolean): void {
  const from = Math.max(0, comma - 128);
  const before = WORDS_BEFORE_COMMA.exec(text.slice(from, comma));
  if (before === null) return;
  const words = (before[1] as string).split(/[ \t]/);
  // The name is the longest run of lone name words that ends at the comma (`Narrative` is no part of it).
  let keep = 0;
  // A word in capitals is an acronym here (`Sources told CNN, a 30-year-old man`): a narrative writes the name in title case.
  // A preposition of place that the lists hold as a name too (`In`, `Im`, `Aus`, `Dans`) ends the run: it is read below as
  // the preposition before the name (`In Kaduna, a 5-year-old boy`), not as the name's first word.
  while (keep < words.length && !isCapitals(words[words.length - 1 - keep] as string) && nameWord(words[words.length - 1 - keep] as string) && !PLACE_PREPOSITION_BEFORE.test(`${words[words.length - 1 - keep] as string} `)) keep++;
  if (keep === 0) return;
  const name = words.slice(words.length - keep).join(' ');
  const start = comma - name.length;
  if (firmLikeName(name) || PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return;
  if (!personAt(out, start, comma)) pushPerson(text, out, start, comma);
}

// L1's open part (2026-12-06): the same subject before an appositive with no age that names a person's role in the
// narrative and is closed by a comma or a parenthesis (`Karaosmanoğlu, the index participant, reported nausea`, `Narrative:
// Owusu-Ansah, a participant in cohort B, reported …`, `…, the index patient (subject 301-0009), developed …`): `the`,
// `a` or `an`, up to three words in lower case or digits, a person's noun (EN_PERSON_NOUNS), and perhaps `in`, `of`,
// `at`, `from`, `on`, `with`, `under` and up to 40 characters of the same clause. A noun that names firms, places and
// bodies as often (`participant`, `subject`, `client`, `member`, `adult`: `Oxfam, a participant in the coalition`,
// `Paracetamol, the usual adult, 1 g dose`) counts only with a trial's word among the words before it (`index`,
// `randomised`, `enrolled`, `first`, `second`, a digit, …: TRIAL_MODIFIER) or a trial's place after it (`in cohort B`,
// `in the placebo arm`, `at site 12`: TRIAL_TAIL). A sentence's adverb before it is none (`Clinically, the patient, who
// …`: an unlisted word ending in `-ly`), nor a role's or a trade's word (`Investigator, the patient, and the sponsor`,
// `Coordinator`, `Physician`, `Pharmacist`, `Radiologist`: ROLE_WORD). Gate: one alternative of LONE_GATE (`, the `,
// `, a `, `, an ` before up to three words and the noun), and `, ` in the text.
const ROLE_APPOSITIVE = new RegExp(`,[ \\t]{1,2}(?:the|an?)[ \\t]((?:[\\p{Ll}\\p{N}][\\p{L}\\p{N}-]{0,20}[ \\t]){0,3})(${EN_PERSON_NOUNS})(?![\\p{L}\\p{N}'’-])((?:[ \\t](?:in|of|at|from|on|with|under)[ \\t][^,;:.()\\n]{1,40})?)(?=[ \\t]{0,2}[,(])`, 'gu');
/** Person's nouns that firms, places and bodies take too (a participant in a coalition, a client, a subject of the crown). */
const SHARED_PERSON_NOUNS: ReadonlySet<string> = new Set('participant subject volunteer individual person resident student client tenant customer employee worker adult youth male female veteran'.split(' '));
const TRIAL_MODIFIER = /(?:^|[ \t])(?:index|randomi[sz]ed|enrolled|screened|consented|treated|study|trial|first|second|third|fourth|fifth|sixth|last|\d{1,4})[ \t]/u;
const TRIAL_TAIL = /^[ \t](?:in|on|at|from)[ \t](?:the[ \t])?(?:cohort|arm|group|placebo|control|treatment|active|study|trial|site|centre|center|clinic|part|phase|stage|dose)(?![\p{L}])/iu;
/** Roles and trades named as a list's items beside a person's noun (`Investigator, the patient, …`): no surname. */
const ROLE_WORD = /(?:ologist|ician|iatrist|ator|apist|acist|giver|ographer|worker|officer|manager|nurse|sponsor|monitor|investigator)$/;

function roleAppositiveSubjects(text: string, out: Detection[]): void {
  ROLE_APPOSITIVE.lastIndex = 0;
  for (let m = ROLE_APPOSITIVE.exec(text); m !== null; m = ROLE_APPOSITIVE.exec(text)) {
    if (SHARED_PERSON_NOUNS.has(m[2] as string) && !TRIAL_MODIFIER.test(` ${m[1] as string}`) && !TRIAL_TAIL.test(m[3] as string)) continue;
    subjectBeforeComma(text, out, m.index, roleSubjectWord);
  }
}
/** A lone name word that is no adverb the lists lack (`Clinically`) and no role's or trade's word (ROLE_WORD). */
function roleSubjectWord(word: string): boolean {
  const lower = word.toLowerCase();
  return loneNameWord(word) && !ROLE_WORD.test(lower) && !(lower.endsWith('ly') && !isListedPersonName(word));
}

// L3: a child's or a relative's given name alone in case notes.
// - after `met` (`met Gülşen and Defne at the family home`, `Met Kofi, Ama and Yaw at school`): one to
//   six names joined by commas, `and` or `&`, then a place's or a time's word or punctuation;
// - in a list after a label of children (`Children: Zeynep (5), Kerem (9).`, `Kinder:`, `Siblings:`,
//   `Çocuklar:`), an age in parentheses after a name allowed;
// - after a meeting's noun and `for`, before `on` and a date (`the review meeting for Nnamdi on 3
//   January`, `planning meeting for Kwabena on Monday`);
// - after a kinship noun that opens a clause or follows a possessive (`daughter Abena (LPA) manages`,
//   `Elderly customer; son Oluwaseun (POA)`, `his mother Szabolcs on …`), before punctuation or a word
//   in lower case;
// - in a court's caption (`IN THE MATTER OF ZEYNEP KORKMAZOĞLU-BAŞ, a minor`, `In the Matter of the
//   Guardianship of …`), before `, a minor`, `, a child`, `, deceased` or the line's end;
// - as the subject of `showed me his room`, `told us her …` at a clause's start.
// Every word must be a lone name word (loneNameWord): `met Monday and Tuesday`, `Children: 2 (ages 5,
// 9)`, `Children: None`, `meeting for Q3`, `meeting for Finance`, `daughter company (LPA)`, `IN THE
// MATTER OF THE ESTATE OF` stay. A name found once is masked again later by the session's memory
// (`Emir was asleep`). Each rule has its own literal gate.
/** The labels of a list of children (`Children:`, `Kinder:`, `Çocuklar:`), for the rule, its test and the gate. */
const CHILD_WORDS = '[Cc]hild(?:ren)?|CHILDREN|[Kk]ids|[Ss]iblings|[Dd]ependants|[Dd]ependents|[Gg]randchildren|Kinder|Geschwister|Enfants|Hijos|Filhos|Figli|Kinderen|Çocuklar|Lapset|Gyermekek|Gyerekek|Watoto';
/** The nouns of `… meeting for X on <date>`. */
const MEETING_NOUNS = 'meeting|appointment|visit|assessment|hearing|conference|consultation|interview|placement|birthday';
const MET_CUE = /(?<![\p{L}])[Mm]et(?:[ \t]{1,2}with)?[ \t]{1,2}(?=\p{Lu})/gu;
const MET_LIST = new RegExp(`${GIVEN_ITEM}(?:(?:,[ \\t]{1,2}|,?[ \\t]{1,2}(?:and|&)[ \\t]{1,2})${GIVEN_ITEM}){0,5}(?=[ \\t]{0,2}(?:[.,;:!?()]|$)|[ \\t]{1,2}(?:at|in|on|with|today|yesterday|this|alone|together|separately|briefly|again|outside|inside|before|after|during|for|and|who|while|when|to|together)(?![\\p{L}]))`, 'uy');
const CHILD_LABEL = new RegExp(`(?<![\\p{L}\\p{N}])(?:${CHILD_WORDS}|Çocukları)[ \\t]{0,2}(?:\\(\\d{1,2}\\)[ \\t]{0,2})?:[ \\t]{0,3}(?=\\p{Lu})`, 'gu');
const AGE_IN_PARENS = "(?:[ \\t]{0,2}\\((?:aged?[ \\t])?\\d{1,2}(?:[ \\t]?(?:y|yo|yrs?|years?|mo|months?|J\\.?|Jahre|ans|años|yaş|v\\.?|év(?:es)?))?\\))?";
const CHILD_LIST = new RegExp(`${GIVEN_ITEM}${AGE_IN_PARENS}(?:(?:[,;][ \\t]{1,2}|,?[ \\t]{1,2}(?:and|&|und|et|y|e|ve|ja|és|na)[ \\t]{1,2})${GIVEN_ITEM}${AGE_IN_PARENS}){0,9}(?![\\p{L}\\p{M}'’-])`, 'uy');
const MET_CUE_TEST = /[Mm]et[ \t]{1,2}(?:with[ \t]{1,2})?\p{Lu}/u;
const CHILD_CUE = `(?:${CHILD_WORDS})[ \\t]{0,2}(?:\\(\\d{1,2}\\)[ \\t]{0,2})?:`;
const CHILD_CUE_TEST = new RegExp(CHILD_CUE, 'u');
const MEETING_CUE_TEST = new RegExp(`(?:${MEETING_NOUNS})[ \\t]{1,2}for[ \\t]{1,2}\\p{Lu}`, 'u');
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?(?![\\p{L}])';
const MEETING_FOR = new RegExp(`(?<![\\p{L}])(?:${MEETING_NOUNS})[ \\t]{1,2}for[ \\t]{1,2}(${GIVEN})[ \\t]{1,2}on[ \\t]{1,2}(?:\\d{1,2}(?:st|nd|rd|th)?[ \\t]{1,2}${MONTH}|${MONTH}[ \\t]{1,2}\\d{1,2}(?!\\d)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\\d{1,2}[./]\\d{1,2}(?!\\d)|the[ \\t]\\d{1,2}(?:st|nd|rd|th))`, 'gu');
const KIN_WORDS = 'son|daughter|wife|husband|mother|father|mom|mum|dad|brother|sister|nephew|niece|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|stepson|stepdaughter|stepmother|stepfather|sibling|cousin|aunt|uncle';
const KIN_OPENS = new RegExp(`(?:^|[.;:!?\\n(,][ \\t]{0,3}|(?<![\\p{L}])(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Yy]our|[Oo]ur)[ \\t]{1,2})(?:${KIN_WORDS})[ \\t]{1,2}(${GIVEN})(?=[ \\t]{0,2}[(,;.]|[ \\t]{1,2}\\p{Ll}|[ \\t]*$)`, 'gmu');
/** A kinship noun in lower case (`Uncle Ben`, `Mother Teresa` are titles), then a capital. */
const KIN_CUE = `(?:${KIN_WORDS})[ \\t]{1,2}\\p{Lu}`;
const KIN_CUE_TEST = new RegExp(KIN_CUE, 'u');
const CAPTION = /(?<![\p{L}])(?:IN THE MATTER OF|In the Matter of|In the matter of|In The Matter Of)[ \t]{1,2}(?:(?:THE|[Tt]he)[ \t](?:GUARDIANSHIP|ADOPTION|WELFARE|CUSTODY|ESTATE|[Gg]uardianship|[Aa]doption|[Ww]elfare|[Cc]ustody|[Ee]state)[ \t](?:OF|[Oo]f)[ \t]{1,2})?((?:\p{Lu}[\p{L}\p{M}'’-]{1,30}[ \t]){0,3}\p{Lu}[\p{L}\p{M}'’-]{1,30})/gu;
const CAPTION_TAIL = /^(?:,[ \t]{0,2}(?:an?[ \t]{1,2})?(?:minors?|child(?:ren)?|infant|juvenile|youth|deceased|incapacitated|alleged|dependent|protected|adult)(?![\p{L}])|[ \t]*(?:\r?\n|$))/iu;
const SUBJECT_SHOWED = new RegExp(`(?:^|[.;!?\\n][ \\t]{0,3})(${GIVEN})[ \\t](?:showed|told|gave|hugged|brought|drew)[ \\t](?:me|us)[ \\t](?:his|her)(?![\\p{L}])`, 'gmu');

// L9's and L3's open parts (2026-12-06): a kinship noun written with a capital, English at a sentence's start or German
// as German writes its nouns, before one name word alone (`Mutter Demir ruft an`, `Mother Ndlovu rang the ward`,
// `Daughter Abena (LPA) manages the account`, `Gespräch mit Vater Ndlovu`). The noun opens a clause (the text's or a
// line's start, `.`, `;`, `:`, `!`, `?`, `(`, `,`) or follows a German article or possessive, or a preposition or a
// conjunction (`mit`, `bei`, `with`, `and`, …); the word (or two: `Daughter Zephra Vlintuk (LPA)`) is a lone name word the lists lack (a listed name is names.ts's:
// `Uncle Ben` is a brand there, `Mother Okafor` a person), no kinship noun, no German noun by its ending (`-ung`,
// `-heit`, `-schaft`, …) nor a personified noun (`Mutter Erde`, `Vater Staat`, `Kind Gottes`: KIN_PERSONIFIED), nor the
// plural of a common word (`Kind Snacks`); then punctuation, a word in lower case, a digit or the line's end. The noun
// stays readable: a person names.ts found over both words (`Vater Yıldız`, `Grandma Ndlovu`) is cut to the name, unless
// the noun is an English word that is a name too (`Son Heung-min`: `Son` a family name; `Cousin`, `Husband`).
const KIN_TITLES_EN = 'Mother|Father|Mum|Mom|Dad|Son|Daughter|Brother|Sister|Aunt|Auntie|Uncle|Grandmother|Grandfather|Grandma|Grandpa|Granny|Gran|Wife|Husband|Niece|Nephew|Cousin|Stepmother|Stepfather|Stepson|Stepdaughter|Grandson|Granddaughter';
const KIN_TITLES_DE = [...GERMAN_KIN_NOUNS].map((noun) => (noun[0] as string).toUpperCase() + noun.slice(1)).join('|');
const KIN_TITLE_WORDS: ReadonlySet<string> = new Set([...KIN_TITLES_EN.toLowerCase().split('|'), ...GERMAN_KIN_NOUNS]);
const KIN_TITLE = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}'’-])(${KIN_TITLES_EN}|${KIN_TITLES_DE})[ \\t]{1,2}(${GIVEN}(?:[ \\t]${GIVEN})?)(?=[ \\t]{0,2}[(),;.:!?]|[ \\t]{1,2}[\\p{Ll}\\d+]|[ \\t]*$)`, 'gmu');
const KIN_TITLE_TEST = new RegExp(`(?:${KIN_TITLES_EN}|${KIN_TITLES_DE}) \\p{Lu}`, 'u');
const KIN_TITLE_LEAD_BEFORE = /(?:^|[.;:!?(\n,][ \t]{0,3}|(?:^|[^\p{L}])(?:[Dd](?:ie|er|as|en|em|es)|[Ee]ine[mnrs]?|[Mm]eine[mnrs]?|[Ss]eine[mnrs]?|[Ii]hre[mnrs]?|[Uu]nsere[mnrs]?|mit|von|bei|für|und|an|zu|zur|zum|with|by|and|&|to|from|for|called|visited|saw|met)[ \t]{1,2})$/u;
/** Nouns that a kinship noun personifies or makes a title of (German capitalizes them; English ones are common words the lists mark). */
const KIN_PERSONIFIED: ReadonlySet<string> = new Set('erde natur staat kirche rhein gottes heimat sonne mond zeit oberin courage unser vaterland land welt theresa teresa goose'.split(' '));
const GERMAN_NOUN_SUFFIX = /(?:ung|heit|keit|schaft|tät|nis|tum|chen|lein|ismus|haus|amt)$/u;
/** Whether `word` after a capitalized kinship noun is a name the lists lack (see above); `listed` words are names.ts's. */
function kinTitleName(word: string): boolean {
  const lower = word.toLowerCase();
  if (KIN_TITLE_WORDS.has(lower) || KIN_PERSONIFIED.has(lower) || GERMAN_NOUN_SUFFIX.test(lower) || isListedPersonName(word)) return false;
  // `Snacks`, `Printers`: the plural of a word that is no name.
  if (lower.length > 4 && lower.endsWith('s') && !loneNameWord(word.slice(0, -1))) return false;
  return loneNameWord(word);
}

function kinTitledNames(text: string, out: Detection[]): void {
  KIN_TITLE.lastIndex = 0;
  for (let m = KIN_TITLE.exec(text); m !== null; m = KIN_TITLE.exec(text)) {
    if (!KIN_TITLE_LEAD_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    const kin = m[1] as string;
    let word = m[2] as string;
    // Two words: a given name and a surname (`Daughter Zephra Vlintuk (LPA)`), each a name word, one at least the lists lack.
    const two = word.includes(' ') || word.includes('\t');
    // A possessive (`Mum Ndlovu's flat`) is no part of the name.
    if (/['’]s$/.test(word) && word.length > 4) word = word.slice(0, -2);
    word = word.replace(/['’]$/, '');
    const start = m.index + m[0].length - (m[2] as string).length;
    const end = start + word.length;
    // A person names.ts found over the noun and the word: cut to the word, or dropped for a personified noun (`Vater Staat`).
    if (two) {
      const words = word.split(/[ \t]/);
      if (words.every((part) => kinTitleName(part) || isListedPersonName(part) || isGivenNameWord(part)) && words.some(kinTitleName) && !personAt(out, start, end)) pushPerson(text, out, start, end);
      continue;
    }
    const whole = grids.get(out)?.exact(m.index, end);
    if (whole !== undefined && KIN_PERSONIFIED.has(word.toLowerCase())) {
      grids.get(out)?.drop(whole);
      continue;
    }
    // Not an English noun that is a name too (`Son Heung-min`, `Cousin`: a surname): both words stay masked, as before.
    if (whole !== undefined && !isListedPersonName(kin) && (GERMAN_KIN_NOUNS.has(kin.toLowerCase()) || !isAmbiguousPersonName(kin)) && (kinTitleName(word) || isListedPersonName(word) || isGivenNameWord(word))) {
      const cut: Detection[] = [];
      pushPerson(text, cut, start, end);
      whole.start = start;
      whole.normalized = (cut[0] as Detection).normalized;
      continue;
    }
    if (kinTitleName(word) && !personAt(out, start, end)) pushPerson(text, out, start, end);
  }
}

/**
 * L3 of probe-2026-12-06: a kinship noun, then the relative's given name in parentheses, as pharmacy, ward and
 * safeguarding logs write who collected or visited (`pickup by: wife (Ngozi)`, `Collected by: mother (Hinemoa) at
 * 16:40`, `daughter-in-law (Nomvula)`, `foster mother (Zephra)`; names the lists hold were masked, others stored raw).
 * The noun in any case, with `step`, `grand`, `great-grand`, `-in-law`, `partner`, `spouse`, `fiancé(e)`; inside the
 * parentheses one or two name words (lone name words: listed, or unknown and no English word) and nothing else. What
 * stays: a word that describes the relative (`mother (deceased)`, `daughter (Minor)`, `son (Adult)`, `uncle
 * (Paternal)`, `father (Step)`, `mother (Biological)`: KIN_PARENS_NOT_NAMES, and the English words of the lists), an
 * acronym (`Daughter (LPA)`, `son (NOK)`), an age, a language (`Mother (English)`), a model (`Brother (HL-L2350DW)`).
 */
const KIN_PARENS_WORDS = `(?:(?:step|grand|great-?grand|foster[ \\t])?(?:${KIN_WORDS}|child|parent|partner|spouse|fianc[ée]e?|carer)(?:-in-law)?)`;
const KIN_PARENS = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}'’-])${KIN_PARENS_WORDS}[ \\t]{0,2}\\((${GIVEN_ITEM})\\)`, 'giu');
// Asked only behind LONE_GATE, which holds the same cue: no gate of its own (the prefilter's mask has 62).
const KIN_PARENS_TEST = (text: string): boolean => KIN_PARENS_CUE.test(text);
const KIN_PARENS_CUE = new RegExp(`(?:${KIN_WORDS}|child|parent|partner|spouse|fianc[ée]e?|carer|-in-law)[ \\t]{0,2}\\(\\p{Lu}`, 'iu');
/** Words in parentheses after a kinship noun that describe the relative, not name them. */
const KIN_PARENS_NOT_NAMES: ReadonlySet<string> = new Set('deceased unknown minor adult twin primary carer step biological adoptive foster paternal maternal spouse retired estranged legal mum mom dad nok lpa poa none other'.split(' '));
function kinParenthesizedNames(text: string, out: Detection[]): void {
  KIN_PARENS.lastIndex = 0;
  for (let m = KIN_PARENS.exec(text); m !== null; m = KIN_PARENS.exec(text)) {
    const words = (m[1] as string).split(/[ \t]/);
    if (words.some((word) => KIN_PARENS_NOT_NAMES.has(word.toLowerCase()) || KIN_TITLE_WORDS.has(word.toLowerCase()))) continue;
    // The name ends one character before the match's end, at its closing parenthesis.
    const end = m.index + m[0].length - 1;
    pushNames(text, out, [[end - (m[1] as string).length, end]]);
  }
}

// ----------------------------------------------------------------------------- names after "is called" verbs
// F8 of the leak probe of 2026-12-07: `mein Sohn heißt Korbinian`, `mio padre si chiama Gianfranco`, `mijn man heet
// Sjoerd`, `mój brat nazywa się Przemysław` were stored raw (a given name the lists lack). A person's noun after a
// possessive (`mein Sohn`, `la mia collega`, `my son`), or the speaker (`ich heiße`, `mi chiamo`, `me llamo`), then
// the language's naming verb, then one or two capitalized words: a person, when the first is a name's word
// (loneNameWord: no common, place or month word) or a listed given name. `das Dorf heißt Oberammergau`, `die Firma
// heißt Siemens`, `mein Hund heißt Bello` (no person's noun) and `ich heiße Sie willkommen` (a pronoun) stay.

/** The naming verbs, as the shared gate (LONE_GATE) reads them before a capital. */
const NAMING_VERBS = "heißt|heisst|hieß|hiess|heiße|heisse|heet|heette|si chiama|mi chiamo|nazywa się|nazywał się|nazywała się|nazywam się|ma na imię|mam na imię|se llama|se llamaba|me llamo|s'appelle|s’appelle|s'appelait|s’appelait|m'appelle|m’appelle|is called|is named|was called|was named|chama-se|se chama|me chamo";
const NAMED_PERSON_NOUNS =
  'sohn|tochter|mann|frau|ehemann|ehefrau|vater|mutter|bruder|schwester|opa|oma|onkel|tante|enkel|enkelin|neffe|nichte|cousin|cousine|freund|freundin|partner|partnerin|kollege|kollegin|nachbar|nachbarin|chef|chefin|betreuer|betreuerin|' +
  'padre|madre|figlio|figlia|marito|moglie|fratello|sorella|nonno|nonna|zio|zia|cugino|cugina|amico|amica|compagno|compagna|collega|' +
  'man|vrouw|zoon|dochter|vader|moeder|broer|zus|zuster|oom|neef|nicht|vriend|vriendin|' +
  'brat|siostra|syn|córka|mąż|żona|ojciec|matka|mama|tata|dziadek|babcia|wujek|ciocia|kuzyn|kuzynka|przyjaciel|przyjaciółka|kolega|koleżanka|partnerka|' +
  'hijo|hija|marido|esposo|esposa|mujer|hermano|hermana|abuelo|abuela|tío|tía|primo|prima|amigo|amiga|novio|novia|pareja|compañero|compañera|' +
  'père|mère|fils|fille|mari|femme|époux|épouse|frère|sœur|soeur|oncle|ami|amie|copain|copine|compagne|collègue|' +
  'pai|mãe|filho|filha|irmão|irmã|' +
  'son|daughter|husband|wife|father|mother|dad|mum|mom|brother|sister|grandfather|grandmother|grandpa|grandma|uncle|aunt|nephew|niece|friend|boyfriend|girlfriend|colleague';
const NAMED_POSSESSIVES =
  'mein|meine|meinem|meiner|sein|seine|ihr|ihre|unser|unsere|dein|deine|euer|eure|' +
  'mio|mia|tuo|tua|suo|sua|nostro|nostra|il mio|la mia|il suo|la sua|il nostro|la nostra|' +
  'mijn|zijn|haar|onze|ons|jouw|' +
  'mój|moja|mojego|twój|twoja|jego|jej|nasz|nasza|' +
  'mi|tu|su|nuestro|nuestra|' +
  'mon|ma|ton|ta|son|sa|notre|' +
  'meu|minha|seu|sua|o meu|a minha|' +
  'my|his|her|our|their|your';
const NAME_AFTER = "\\p{Lu}[\\p{Ll}\\p{M}'’-]{1,30}";
const NAMED_BY_VERB = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:(?:${NAMED_POSSESSIVES})[ \\t]{1,2}(?:${NAMED_PERSON_NOUNS})|ich|io|ik|ja|yo|je|eu|I)?[ \\t]{0,2}(?<![\\p{L}\\p{M}])(?:${NAMING_VERBS})[ \\t]{1,2}(${NAME_AFTER}(?:[ \\t]${NAME_AFTER})?)(?![\\p{L}\\p{M}\\p{N}])`,
  'giu',
);
/** Words after a naming verb that are no name (`ich heiße Sie willkommen`). */
const NAMED_NOT_NAMES = new Set(['sie', 'ihnen', 'euch', 'dich', 'lei', 'usted', 'vous']);
/** The subjects of the first person: a naming verb after them names the speaker. */
const FIRST_PERSON_NAMING = /^(?:ich heiße|ich heisse|mi chiamo|me llamo|je m['’]appelle|nazywam się|mam na imię|ik heet|me chamo)$/iu;

function namedByVerb(text: string, out: Detection[]): void {
  NAMED_BY_VERB.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = NAMED_BY_VERB.exec(text)) !== null) {
    const name = match[1] as string;
    const lead = match[0].slice(0, match[0].length - name.length).trim().replace(/[ \t]+/g, ' ');
    // A person's noun before the verb, or the speaker's own verb (`ich heiße`, `me llamo`): the verb alone names a village too.
    const verbAt = lead.search(new RegExp(`(?:${NAMING_VERBS})$`, 'iu'));
    const subject = lead.slice(0, verbAt).trim();
    if (subject === '' && !FIRST_PERSON_NAMING.test(lead)) continue;
    const words = name.split(/[ \t]/);
    const first = words[0] as string;
    if (NAMED_NOT_NAMES.has(first.toLowerCase()) || !(loneNameWord(first) || isListedPersonName(first))) continue;
    // A second word that is no name's (`heißt Korbinian Und`) is left out.
    const keep = words.length > 1 && (loneNameWord(words[1] as string) || isListedPersonName(words[1] as string)) ? name : first;
    const start = match.index + match[0].length - name.length;
    if (!personAt(out, start, start + keep.length)) pushPerson(text, out, start, start + keep.length);
  }
}

/**
 * One prefilter walk for all the cues of L1 and L3 (each rule then asks its own): a text with none pays this one test.
 * Its alternatives are literals with a rare triple each (the prefilter's mask keeps most texts from the walk): the age
 * appositive's `year-old`, `jährig`, `jarig` and the Romance person's nouns, `met `, a children's label and its colon,
 * a meeting's noun and ` for `, a kinship noun and a blank, the caption's `ATTER OF`, `showed me h…`. One blank between
 * the words of a cue (the rules allow two or a tab; the gate does not).
 */
const LONE_GATE = gatedTest(
  new RegExp(
    [
      `, (?:the|an?) (?:[\\p{Ll}\\p{N}][\\p{L}\\p{N}-]{0,20} ){0,3}(?:${EN_PERSON_NOUNS})(?![\\p{L}\\p{N}'’-])`,
      'year-old|years-old|year old|years old|yr-old|yrs-old|month-old|months-old|month old|months old|week-old|weeks-old|jährig|jarig|(?:patiente?|paciente|participante|homme|femme|var[oó]n|mujer|hombre|homem|mulher|sujet|sujeto|enfant|garçon|fille|niño|niña|menino|menina) ',
      '[Mm]et (?:with )?\\p{Lu}',
      `(?:${CHILD_WORDS})(?::| \\()`,
      `(?:${MEETING_NOUNS}) for \\p{Lu}`,
      `(?:${KIN_WORDS}) \\p{Lu}`,
      `(?:${KIN_WORDS}|child|parent|partner|spouse|carer|-in-law|${KIN_WORDS.toUpperCase()}|PARTNER|SPOUSE|${KIN_WORDS.replace(/(^|\|)([a-z])/g, (_, bar: string, letter: string) => bar + letter.toUpperCase())}|Partner|Spouse|Carer) ?\\(\\p{Lu}`,
      `(?:${KIN_TITLES_EN}|${KIN_TITLES_DE}) \\p{Lu}`,
      'ATTER OF|atter [Oo]f',
      `(?:${NAMING_VERBS}) \\p{Lu}`,
      '(?:showed|told|gave|hugged|brought|drew) (?:me|us) h',
    ].join('|'),
    'u',
  ),
);

/** After each match of `cue` (global), the names of the `list` (sticky) that starts right there. */
function listsAfter(text: string, out: Detection[], cue: RegExp, list: RegExp): void {
  cue.lastIndex = 0;
  for (let m = cue.exec(text); m !== null; m = cue.exec(text)) {
    const at = m.index + m[0].length;
    list.lastIndex = at;
    const found = list.exec(text);
    if (found === null) continue;
    const spans = itemSpans(found[0], at);
    // A month that is a given name (`April`, `May`, `June`, `July`, `August`) is a child's or a relative's name in the
    // list when an age in parentheses follows it or another item is a name that is no month (`Children: April (5)`,
    // `met June and Kofi`); `met June and July`, `met June 12` stay.
    const month = (span: readonly [number, number]): boolean => MONTH_GIVEN_NAMES.has(text.slice(span[0], span[1]));
    const named = spans.some((span) => !month(span));
    pushNames(text, out, spans, (span) => month(span) && (named || AGE_PARENS_AFTER.test(text.slice(span[1], span[1] + 4))));
  }
}
/** Months that are given names too; a name of a list only beside another name or an age (listsAfter). */
const MONTH_GIVEN_NAMES: ReadonlySet<string> = new Set(['April', 'May', 'June', 'July', 'August']);
const AGE_PARENS_AFTER = /^[ \t]{0,2}\(\d/;

function loneGivenNames(text: string, out: Detection[]): void {
  if (MET_CUE_TEST.test(text)) listsAfter(text, out, MET_CUE, MET_LIST);
  if (CHILD_CUE_TEST.test(text)) listsAfter(text, out, CHILD_LABEL, CHILD_LIST);
  if (MEETING_CUE_TEST.test(text)) {
    MEETING_FOR.lastIndex = 0;
    for (let m = MEETING_FOR.exec(text); m !== null; m = MEETING_FOR.exec(text)) {
      const start = m.index + m[0].indexOf(m[1] as string, m[0].indexOf(' for') + 4);
      pushNames(text, out, [[start, start + (m[1] as string).length]]);
    }
  }
  if (KIN_CUE_TEST.test(text)) {
    KIN_OPENS.lastIndex = 0;
    for (let m = KIN_OPENS.exec(text); m !== null; m = KIN_OPENS.exec(text)) {
      const end = m.index + m[0].length;
      pushNames(text, out, [[end - (m[1] as string).length, end]]);
    }
  }
  if (KIN_TITLE_TEST.test(text)) kinTitledNames(text, out);
  if (KIN_PARENS_TEST(text)) kinParenthesizedNames(text, out);
  if (text.includes('ATTER OF') || text.includes('atter of') || text.includes('atter Of')) {
    CAPTION.lastIndex = 0;
    for (let m = CAPTION.exec(text); m !== null; m = CAPTION.exec(text)) {
      const end = m.index + m[0].length;
      if (CAPTION_TAIL.test(text.slice(end, end + 40))) pushNames(text, out, [[end - (m[1] as string).length, end]]);
    }
  }
  if (text.includes(' me h') || text.includes(' us h')) {
    SUBJECT_SHOWED.lastIndex = 0;
    for (let m = SUBJECT_SHOWED.exec(text); m !== null; m = SUBJECT_SHOWED.exec(text)) {
      const start = m.index + m[0].indexOf(m[1] as string);
      pushNames(text, out, [[start, start + (m[1] as string).length]]);
    }
  }
}

/**
 * The other places in `text` where a name found at out[from…] stands again as a whole word, in the
 * same spelling (`met Ayşe and Emir at the flat. Emir was asleep.`): a later sentence's subject is
 * the same person. Names of four letters or more only; at most 16 names and 64 places.
 */
function repeatedNames(text: string, out: Detection[], from: number): void {
  const seen = new Set<string>();
  const to = Math.min(out.length, from + 16);
  let pushed = 0;
  for (let k = from; k < to; k++) {
    const found = out[k] as Detection;
    const name = text.slice(found.start, found.end);
    if (name.length < 4 || seen.has(name)) continue;
    seen.add(name);
    for (let at = text.indexOf(name); at !== -1 && pushed < 64; at = text.indexOf(name, at + name.length)) {
      if (at === found.start || /[\p{L}\p{M}\p{N}'’-]/u.test(text.charAt(at - 1)) || /[\p{L}\p{M}\p{N}-]/u.test(text.charAt(at + name.length))) continue;
      if ((grids.get(out)?.find(at, at + name.length, false) ?? out.find((other) => other.start < at + name.length && other.end > at)) !== undefined) continue;
      pushPerson(text, out, at, at + name.length);
      pushed++;
    }
  }
}

// L1 of probe 2026-12-05h: CRMs title a deal, an opportunity or a case by its contact's surname, a
// dash and what it is about (HubSpot `dealname: 'Mokoena-Pillay - Enterprise upgrade'`, quoted in
// an answer: `deal "Adeyemi-Brooks - Renewal FY27"`). A double-barrelled surname (names.ts
// isHyphenatedSurname) that opens a text, a line or a quotation before ` - `, ` – ` or ` — ` is a
// person's; `Follow-Up - notes`, `Roll-Out - Q3`, `Wi-Fi - Guest network` stay. One match per place
// a text, line or quotation opens (the word's letters then the dash): linear.
const TITLE_SURNAME = /(?:^|(?<=[\n"“„«'‘(]))(\p{Lu}[\p{Ll}\p{M}'’]{1,30}(?:-\p{Lu}[\p{Ll}\p{M}'’]{1,30}){1,2})[ \t]{1,3}[-–—][ \t]{1,3}(?=[\p{L}\p{N}])/gu;
const TITLE_DASH_GATE = gatedTest(/\p{Ll}-\p{Lu}/u);
function titleSurnames(text: string, out: Detection[]): void {
  if (!text.includes(' - ') && !text.includes(' – ') && !text.includes(' — ')) return;
  TITLE_SURNAME.lastIndex = 0;
  for (let m = TITLE_SURNAME.exec(text); m !== null; m = TITLE_SURNAME.exec(text)) {
    const word = m[1] as string;
    if (isHyphenatedSurname(word)) pushPerson(text, out, m.index, m.index + word.length);
  }
}

// ----------------------------------------------------------------------------- no persons here
// O1: a syslog (RFC 3164) line starts with a timestamp and the host and program: `Dec  5 04:12:01
// bastion CRON[991]: …`. A month that is a given name (`Jan`, `Jun`, `Dec`) with a blank-padded day,
// and a program in capitals (`CRON`), were masked as persons, and the session's memory of `CRON`
// then garbled `/etc/cron.hourly`. A person found inside such a header is dropped.
const SYSLOG_HEADER = /^(?:<\d{1,3}>)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d\d:\d\d:\d\d [^\s]{1,64} [^\s[:]{1,64}(?:\[\d{1,10}\])?:/gm;
// The gate's line starts are SYSLOG_HEADER's (`^` under the m flag): after \n, \r, U+2028, U+2029.
const SYSLOG_GATE = /(?:^|[\n\r\u2028\u2029])(?:<\d{1,3}>)?[A-S][a-u][a-y] [ \d]\d \d\d:/;

// O2: `Reg` (registration, register) before `No`, `No.`, `Nr`, `Number`, `#`, `Date` (`Company Reg
// No 04123456`, `VAT Reg. No. GB…`, `| Reg No |`, `Reg Date:`) is no person's name (`Reg` is a
// listed given name: `Reg Smith called`, `Dear Reg,` stay persons).
const REG_WORD_END = /(?:^|[ \t])(?:Reg|REG)$/;
const REG_LABEL_AFTER = /^\.?[ \t]{0,2}(?:No|NO|no|Nr|NR|nr|Num|Number|number|NUMBER|#|Date|DATE|date|Office|office|Mark|mark)(?![\p{L}])/u;

// O3: hotel and airline loyalty programmes named after a firm and a word of honour (`Marriott
// Bonvoy`, `Hilton Honors`, `Diamond Medallion`): a person found over one is trimmed to the words
// beside it that still make a name (two or more), or dropped (`Redeem Marriott Bonvoy points`).
const LOYALTY = /(?<![\p{L}])(?:marriott[ \t]bonvoy|bonvoy|hilton[ \t]honou?rs|(?:diamond|platinum|gold|silver)[ \t]medallion|medallion|skymiles|aadvantage|mileageplus|krisflyer|asia[ \t]miles|flying[ \t]blue|rapid[ \t]rewards|world[ \t]of[ \t]hyatt|ihg[ \t](?:one[ \t])?rewards|wyndham[ \t]rewards|choice[ \t]privileges|radisson[ \t]rewards|accor[ \t]live[ \t]limitless|executive[ \t]club|avios|aeroplan)(?![\p{L}])/iu;
const LOYALTY_GATE = gatedTest(/bonvoy|honou?rs|medallion|skymiles|aadvantage|mileageplus|krisflyer|asia[ \t]miles|flying[ \t]blue|rapid[ \t]rewards|hyatt|ihg|wyndham|privileges|radisson|accor|executive[ \t]club|avios|aeroplan/i);

// O1 of the twelfth probe (2026-12-05e): a state's abbreviation that opens a statute's or a court
// rule's name in a citation (`Cal. Civ. Code 1798.100`, `Tex. Fam. Code`, `Del. Code Ann.`: Bluebook
// table T1) is no person, though `Cal` and `Del` are listed given names: a one-word person of two to
// five letters right before its dot and another abbreviation with its dot (no honorific: `Cal. Dr.
// Roe joined` keeps `Cal`), or `Code`, `Stat.`, `Laws`, `R.` (`Fed. R. Civ. P.`).
const STATUTE_AFTER = /^\.[ \t](?!(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Sr|Jr)\.)(?:\p{Lu}\p{Ll}{1,5}\.[ \t]|Code(?![\p{L}])|Stat\.|Laws(?![\p{L}])|R\.[ \t])/u;
const STATUTE_GATE = /\p{Lu}\p{Ll}{1,4}\.[ \t]\p{Lu}/u;

/** A part of text[start, end) that still reads as a name of two words or more, or undefined. */
/**
 * An institution after a person's name and a comma (2026-12-07d: `Patient: Amara Okafor, Hôpital Pitié-Salpêtrière` was
 * one PERSON, `…, Ospedale San Raffaele` a second): a span whose words after its first comma are an institution's
 * (institutionSide) ends before that comma, the person's part kept whatever its length; a span of an institution's
 * words right after a comma and a blank is dropped. `null` for a span left as it is. Bounded: one slice per span.
 */
function institutionAfterComma(text: string, found: Detection): [number, number] | undefined | null {
  if (found.end - found.start > 120) return null;
  const span = text.slice(found.start, found.end);
  const comma = span.indexOf(',');
  if (comma > 0) {
    const rest = span.slice(comma + 1).trim();
    if (rest === '' || !institutionSide(rest.split(/[ \t]+/))) return null;
    const person = span.slice(0, comma).trimEnd();
    return person === '' ? undefined : [found.start, found.start + person.length];
  }
  return /,[ \t]{1,2}$/.test(text.slice(Math.max(0, found.start - 3), found.start)) && institutionSide(span.split(/[ \t]+/)) ? undefined : null;
}

function remainder(text: string, start: number, end: number): [number, number] | undefined {
  const part = text.slice(start, end);
  const trimmed = part.trim();
  if (trimmed.split(/[ \t]+/).length < 2) return undefined;
  const from = start + part.indexOf(trimmed);
  return [from, from + trimmed.length];
}

/**
 * Removes or trims the PERSON detections at out[from…] that the context says are none (syslog
 * headers, `Reg No`, loyalty programmes; see above). Each check has its own gate: texts without
 * the cue pay one test each.
 */
export function dropContextNonPersons(text: string, out: Detection[], from: number): void {
  if (out.length === from) return;
  const headers: Array<[number, number]> = [];
  if (SYSLOG_GATE.test(text)) {
    SYSLOG_HEADER.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = SYSLOG_HEADER.exec(text)) !== null) headers.push([match.index, match.index + match[0].length]);
  }
  const reg = text.includes('Reg') || text.includes('REG');
  const loyalty = LOYALTY_GATE(text);
  const statute = text.includes('. ') && STATUTE_GATE.test(text);
  // A person's span running on over a comma into an institution, or an institution's own after a comma (institutionSide).
  const commas = text.includes(', ');
  if (headers.length === 0 && !reg && !loyalty && !statute && !commas) return;
  // One pass that writes the kept detections back (no splice per detection: 12,000 syslog lines
  // would make it quadratic); headers are in text order, looked up by binary search.
  const inHeader = (found: Detection): boolean => {
    let low = 0;
    let high = headers.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const [start, end] = headers[middle] as [number, number];
      if (found.start < start) high = middle - 1;
      else if (found.start >= end) low = middle + 1;
      else return found.end <= end;
    }
    return false;
  };
  const added: Detection[] = [];
  let write = from;
  for (let k = from; k < out.length; k++) {
    const found = out[k] as Detection;
    let keep: [number, number] | undefined | null = null;
    if (found.type === 'PERSON') {
      if (headers.length > 0 && inHeader(found)) keep = undefined;
      else if (reg && REG_WORD_END.test(text.slice(Math.max(found.start, found.end - 4), found.end)) && REG_LABEL_AFTER.test(text.slice(found.end, found.end + 8))) {
        // `Charity Reg. No.`: the words before `Reg` stay a person only when two or more remain.
        keep = remainder(text, found.start, found.end - 3);
      } else if (statute && found.end - found.start <= 5 && found.end - found.start >= 2 && text.charCodeAt(found.end) === 46 && STATUTE_AFTER.test(text.slice(found.end, found.end + 12)) && !/[ \t]/.test(text.slice(found.start, found.end))) {
        keep = undefined;
      } else if (loyalty) {
        const programme = LOYALTY.exec(text.slice(found.start, found.end));
        if (programme !== null) keep = remainder(text, found.start + programme.index + programme[0].length, found.end) ?? remainder(text, found.start, found.start + programme.index);
      }
    }
    if (keep === null && commas && found.type === 'PERSON') keep = institutionAfterComma(text, found);
    if (keep === null) out[write++] = found;
    else if (keep !== undefined) pushPerson(text, added, keep[0], keep[1]);
  }
  out.length = write;
  for (const found of added) out.push(found);
}

