import type { Detection } from './types.js';
import { isStreetWordOrSuffix } from './addresses.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Person names in free text, from name lists and cues, without a model.
//
// Lists (built at build time by scripts/build-name-lists.mjs, shipped in the package): census and
// stdlib first names, census and cspell surnames, minus common English words (SCOWL); names that
// are common words ("Mark", "Grace", "Baker") and the places, medical eponyms and drug names
// below are "ambiguous": they count only next to another name or after a cue.
//
// A capitalized run of words (single spaces, initials allowed) is a name when
//  - it holds a listed name and at most two unknown capitalized words ("Nguyen Thi Mai"), or
//  - it is an ambiguous first name followed by an unknown or ambiguous surname ("Grace Okafor"), or
//  - a cue precedes it: a title (Mr, Mrs, Ms, Dr, Prof, ...), "my name is", "I'm", "patient",
//    "Dear", "Hi", a signature ("Regards,\n"), a form label ("Name:", "Patient:").
// A run is never a name when an eponym reading follows ("Parkinson's disease", "Apgar score",
// "Holter monitor") or an organisation or street word follows ("Ford Motor Company", "Baker Street").
// Lower-case text: a listed first name followed by a listed surname ("maria garcia").
// Cost: one tokenizing pass and Set lookups per word; windows around a run are bounded.

function decodeList(coded: string): Set<string> {
  const out = new Set<string>();
  if (coded === '') return out;
  let previous = '';
  for (const part of coded.split('|')) {
    const entry = previous.slice(0, part.charCodeAt(0) - 97) + part.slice(1);
    out.add(entry);
    previous = entry;
  }
  return out;
}

// Places whose names are also given names or surnames: countries, states, large cities, regions.
const PLACES = `america africa asia europe australia oceania antarctica arctic atlantic pacific
alabama alaska arizona arkansas california carolina colorado connecticut dakota delaware florida georgia hawaii idaho
illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
montana nebraska nevada hampshire jersey mexico york ohio oklahoma oregon pennsylvania rhode tennessee texas utah
vermont virginia washington wisconsin wyoming columbia ontario quebec alberta victoria queensland tasmania manitoba
england scotland wales ireland britain france germany spain italy portugal austria switzerland belgium netherlands
holland denmark sweden norway finland iceland poland czechia slovakia hungary romania bulgaria greece turkey cyprus
russia ukraine belarus estonia latvia lithuania serbia croatia slovenia bosnia albania macedonia moldova malta
china japan korea india pakistan bangladesh nepal vietnam thailand cambodia laos myanmar malaysia singapore indonesia
philippines taiwan mongolia iran iraq israel jordan lebanon syria egypt libya tunisia algeria morocco sudan ethiopia
kenya nigeria ghana senegal uganda tanzania zambia zimbabwe angola namibia botswana chad niger mali congo rwanda
canada brazil argentina chile peru bolivia ecuador colombia venezuela uruguay paraguay guyana cuba haiti jamaica
panama honduras guatemala nicaragua salvador dominica grenada barbados bahamas fiji samoa tonga zealand greenland
paris london berlin madrid rome vienna prague warsaw budapest athens lisbon dublin brussels amsterdam oslo stockholm
helsinki copenhagen moscow kyiv kiev istanbul cairo lagos nairobi tokyo beijing shanghai delhi mumbai sydney melbourne
adelaide perth brisbane auckland toronto montreal vancouver ottawa calgary regina boston chicago houston dallas austin
denver phoenix seattle portland atlanta miami orlando tampa detroit cleveland columbus cincinnati memphis nashville
charlotte raleigh richmond baltimore philadelphia pittsburgh buffalo albany hartford newark trenton dover lincoln
omaha wichita tulsa jackson madison milwaukee lansing springfield savannah charleston augusta salem eugene reno
vegas angeles francisco diego jose sacramento fresno oakland berkeley pasadena aurora troy florence alexandria
lourdes kingston hamilton wellington geneva zurich munich hamburg cologne frankfurt stuttgart dresden leipzig milan
naples venice turin genoa bologna verona marseille lyon nice toulouse bordeaux nantes lille seville valencia
barcelona bilbao porto oxford cambridge manchester liverpool leeds bristol sheffield chester lancaster york kent devon
cornwall essex surrey sussex durham westminster brooklyn manhattan bronx queens harlem hollywood malibu sheridan
shannon sherwood everest sahara nile amazon danube rhine thames hudson mississippi siberia bavaria tyrol provence
rhone rhône alps alpes loire seine garonne normandy normandie brittany bretagne burgundy bourgogne alsace lorraine
champagne aquitaine occitanie picardie auvergne savoie tuscany toscana lombardy lombardia piedmont piemonte sicily
sardinia catalonia catalunya andalusia andalucia galicia castile castilla navarra aragon saxony sachsen hesse hessen
flanders wallonia brabant limburg zeeland friesland holstein westphalia silesia moravia bohemia transylvania
dalmatia istria crimea caucasus balkans scandinavia lapland yorkshire lancashire cheshire dorset somerset cumbria
ulster munster leinster connacht highlands`;

// Medical eponyms: diseases, tests, scores, devices and signs named after people.
const EPONYMS = `parkinson alzheimer crohn hodgkin apgar holter down asperger tourette huntington cushing hashimoto
kaposi guillain barré barre gehrig raynaud sjogren sjögren wilms ewing meniere ménière paget marfan
klinefelter rett munchausen heimlich babinski pap whipple foley doppler braxton kegel lyme tay sachs fallot reye
brugada wernicke korsakoff broca burkitt hirschsprung kawasaki legionnaires lewy gaucher fabry pompe niemann duchenne
charcot dupuytren osgood schlatter peyronie ehlers danlos trendelenburg valsalva romberg snellen ishihara rorschach
gleason breslow kussmaul korotkoff cheyne zollinger sheehan langerhans purkinje kupffer golgi krukenberg virchow`;

// Brand and generic drug names that double as given names or surnames.
const DRUGS = `allegra lyrica ambien valium xanax cialis viagra zoloft prozac paxil lexapro celexa wellbutrin abilify
seroquel lipitor crestor zocor plavix eliquis xarelto coumadin lasix norvasc zestril synthroid tylenol advil motrin
aleve claritin zyrtec benadryl keppra lamictal topamax neurontin ativan klonopin adderall ritalin concerta vyvanse
humira enbrel remicade keytruda opdivo herceptin avastin rituxan ozempic wegovy mounjaro trulicity januvia jardiance
farxiga victoza lantus humalog novolog levemir tresiba basaglar toujeo entresto brilinta effient pradaxa savaysa
flomax proscar avodart detrol vesicare myrbetriq boniva fosamax evista prolia reclast premarin estrace provera
diflucan valtrex zovirax tamiflu augmentin keflex cipro levaquin bactrim zithromax flagyl doxy minocin`;

// Capitalized words the name lists hold that are rarely a person's name in running text:
// days, months that are no given name, nationalities and languages, form labels, honorific words.
const NOT_NAMES = new Set(`monday tuesday wednesday thursday friday saturday sunday january february march july
september october november december christmas easter labor labour thanksgiving halloween fax phone tel email mail
mobile desk website web internet inc ltd llc gmbh greek russian czech polish german french english spanish italian
dutch swedish danish norwegian finnish hungarian romanian bulgarian serbian croatian slovak slovenian slovene
ukrainian turkish arab arabic persian chinese japanese korean vietnamese thai indian american canadian mexican
brazilian argentinian african european asian latin jewish christian muslim catholic protestant hindu buddhist
republic kingdom united states union federation emirates islands god lord jesus allah buddha karma uber ok okay
bot user assistant system agent customer operator support admin hi hello dear yes no thanks regards sincerely cheers best kind warm mr mrs ms miss mx dr prof sir madam`.split(/\s+/));

// Months and seasons that are also given names: ambiguous ("June is the month", "June Okafor").
const MONTH_NAMES = 'april may june august summer autumn';

// Firms whose names are made of person names ("Morgan Stanley", "Dell"): a run that spells one of
// these (or starts one: "Johnson Controls") is a firm, unless a title precedes it ("Mr Dell").
const FIRMS = new Set(`morgan stanley|goldman sachs|johnson controls|johnson matthey|berkshire hathaway|wolters kluwer|merrill lynch|
charles schwab|wells fargo|hewlett packard|lockheed martin|ralph lauren|calvin klein|estee lauder|estée lauder|tommy hilfiger|
louis vuitton|christian dior|hugo boss|harley davidson|rolls royce|mercedes benz|eli lilly|bristol myers|thermo fisher|
arthur andersen|booz allen|marsh mclennan|raymond james|edward jones|kimberly clark|sherwin williams|jones lang lasalle|
baker mckenzie|dow jones|warner bros|bank of america|john deere|john lewis|marks and spencer|sainsbury|tesco|dell|disney|
mcdonald|mcdonalds|mcdonald's|boeing|pfizer|merck|bayer|roche|novartis|siemens|bosch|porsche|ferrari|lamborghini|philips|
nestle|nestlé|kellogg|heinz|deloitte|mckinsey|gillette|colgate|marriott|hilton|hyatt|walgreens|kroger|tesla|bloomberg|
reuters|forbes|hearst|gucci|prada|versace|armani|chanel|cartier|toyota|honda|suzuki|yamaha|mitsubishi|walmart|macy's|
sotheby's|christie's|chrysler|chevrolet|peugeot|renault|citroen|citroën|daimler|opel|michelin|dyson|wrigley|hershey|
campbell soup|johnson & johnson|procter & gamble|ernst & young|barnes & noble|dun & bradstreet|ben & jerry's`.split(/\|\s*/));

// Vietnamese: after a listed Vietnamese family name, these short given and middle names continue
// the run even though they are common English words or too short for the lists ("Nguyễn Văn An").
const VI_FAMILY = new Set('nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh doan trinh truong lam mai'.split(' '));
const VI_PARTS = new Set(`an anh bao binh chau chi cuong dung duc duy giang ha hai hanh hau hieu hoa hoai hoang hong hung huong huy
khanh khoa kim lan lien linh loan long luan mai minh my nam nga ngan ngoc nhi nhung phong phuc phuong quan quang quoc quynh
sang son tam tan thanh thao thi thien thinh tho thu thuy tien tin toan trang tri trinh trung tu tuan tuyet tung uyen van viet
vinh vu xuan yen`.split(/\s+/));

/** Lower-case word without diacritics ("nguyễn" -> "nguyen", "đức" -> "duc", "łukasz" -> "lukasz"). */
export function foldDiacritics(lower: string): string {
  return lower.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/ß/g, 'ss');
}

// A run that starts with one of these is a place ("San Bernardino", "Santa Clara", "Saint-Denis").
const PLACE_PREFIXES = new Set(['san', 'santa', 'santo', 'são', 'sao', 'saint', 'sainte', 'sankt', 'st', 'ste', 'los', 'las', 'port', 'fort', 'mount', 'lake', 'cape', 'new', 'north', 'south', 'east', 'west', 'upper', 'lower', 'bad', 'villa', 'ciudad', 'puerto', 'porto', 'monte', 'colle', 'castel']);

// Words after a run that make it something other than a person.
const NOT_PERSON_AFTER = new Set(`inc incorporated corp corporation co company companies llc llp ltd limited plc gmbh ag sa sas spa bv nv
group holdings partners associates bank bancorp capital fund trust foundation institute university college school
academy hospital clinic center centre medical health labs laboratories pharma pharmaceuticals motors motor airlines
airways systems technologies technology solutions software industries international global enterprises
street st avenue ave road rd lane ln drive dr boulevard blvd court ct place pl square sq way parkway pkwy highway hwy
terrace crescent close circle plaza bridge river lake mountain mountains mount park island islands bay beach valley
county city town village province state district region hotel restaurant cafe bar pub church cathedral temple
station airport stadium arena hall library museum gallery theatre theater street's
disease diseases syndrome syndromes disorder lymphoma sarcoma carcinoma tumor tumour palsy score scale monitor
monitoring test tests testing sign signs reflex reflexes catheter procedure maneuver manoeuvre operation operations
law laws effect effects principle theorem equation index criteria classification classifications method methods
number numbers constant distribution cell cells node nodes fracture fractures cyst cysts gland glands duct ducts
phenomenon triad stain staining smear valve shunt tube technique approach incision position test's
orchestra band choir ensemble quartet trio agency studio studios records media press publishing publishers books
research consulting consultants ventures investments investment ratings insurance assurance energy power foods
brands stores store shop shops market markets mall restaurants services service network networks communications
telecom airlines logistics transport shipping construction builders properties realty estate estates farms farm
winery brewery pharmacy therapeutics biosciences bioscience genomics diagnostics devices electronics robotics
analytics labs lab`.split(/\s+/));
// Company-form abbreviations, counted only when capitalized ("Nordic Tools AS", not "Kristian Herzog as guardian").
const COMPANY_FORMS = new Set(['ag', 'kg', 'oy', 'oyj', 'ab', 'as', 'asa', 'aps', 'spa', 'srl', 'sarl', 'bvba', 'nv', 'kft', 'zrt', 'doo', 'sro', 'sa', 'sas', 'bv', 'co', 'se', 'kk']);

// Cues before a run: titles, introductions, salutations, signatures and form labels.
const CUE_BEFORE = /(?:\b(?:mr|mrs|ms|mss|miss|mx|dr|drs|prof|professor|sir|dame|lady|lord|rev|reverend|fr|father|sister|brother|herr|frau|mme|mlle|mde|sr|sra|srta|dott|dottssa|sig|sigra|nurse|doctor|patient|patients|dear|hi|hello|hey|thanks|thank you|cc|attn|attention|c\/o|signed|regards|sincerely|cheers|best|yours|faithfully|truly|(?:my|his|her|their|your|the)\s(?:full\s|first\s|last\s|maiden\s|given\s|family\s)?name\s(?:is|was)|i'm|i’m|i am|this is|call me|named|called|(?:full |first |last |family |given |patient |legal |maiden |account |customer |contact )?name(?:\s?\?)?|patient|from|to|by|author|contact|attendee|customer|client|guest|recipient|sender|holder|cardholder|employee|physician|surgeon|said|asked|told|replied|wrote|thanked|emailed|texted|called|calls me|call me|named (?:him|her|them|it)|(?:known|referred to) as|aka|a\.k\.a\.)\.?,?:?\s{1,4})$/i;
// Cues that only count when the run is not a single common-looking word ("by Jane Doe", "To: Ann").
const WEAK_CUE = /\b(?:from|to|by|author|contact|hi|hello|hey|thanks|thank you|cc|best|named|called|this is)\.?,?:?\s{1,4}$/i;

const PLACE_OR_EMPLOYER_BEFORE = /\b(?:in|at|near|into|across|around|outside|inside|based in|originally from|moved to|returned to|travell?ing to|flew to|work(?:s|ed|ing)? (?:for|at)|employed (?:by|at)|joined|became|acquired by|subsidiary of)\s{1,3}$/i;

const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'le', 'la', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'zu', 'y']);

interface NameLists {
  first: Set<string>;
  last: Set<string>;
  ambiguousFirst: Set<string>;
  ambiguousLast: Set<string>;
  frequent: Set<string>;
  stop: Set<string>;
  /**
   * Hashes (wordHash) of the lower-case words whose identity matters when written in lower
   * case: listed names, particles, the words after a run that make it no person, firm words.
   * Any other lower-case ASCII word is skipped without making a string of it.
   */
  lowerKeep: Set<number>;
}

/** FNV-1a over the ASCII letters of text[start, end), lower-cased, as a small integer (no string made). */
function wordHash(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let k = start; k < end; k++) hash = Math.imul(hash ^ (text.charCodeAt(k) | 32), 16777619);
  return hash & 0x3fffffff;
}

/** One shared token for lower-case words that matter to no rule (see NameLists.lowerKeep). */
const OTHER_WORD: Token = Object.freeze({ start: -1, end: -1, kind: 'W', capitalized: false, lower: '', possessive: false }) as Token;

declare const __dirname: string | undefined;

/**
 * Where the name lists are: `dist/data/person-names.txt` next to the bundles (ESM and CJS alike)
 * in the package; `assets/data/person-names.txt` when running from the sources.
 */
function dataFile(): string {
  const base = typeof __dirname === 'string' ? __dirname : fileURLToPath(new URL('.', import.meta.url));
  const bundled = join(base, 'data', 'person-names.txt');
  return existsSync(bundled) ? bundled : join(base, '..', '..', 'assets', 'data', 'person-names.txt');
}

let lists: NameLists | undefined;
/**
 * The name lists, read and decoded once (about 20 ms). Throws when the data file is missing (a
 * re-bundled copy of the package without dist/data/): the redactor then masks the strings it
 * could not check and reports the error, rather than letting names through unchecked.
 */
function nameLists(): NameLists {
  if (lists) return lists;
  const file = dataFile();
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new Error(`person-name lists not found at ${file}: ship dist/data/person-names.txt with the bundle, or disable the 'person' detector`, { cause });
  }
  const sections = new Map<string, string>();
  for (const line of raw.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0 && !line.startsWith('#')) sections.set(line.slice(0, tab), line.slice(tab + 1));
  }
  const list = (name: string) => decodeList(sections.get(name) ?? '');
  lists = {
    first: list('FIRST_NAMES'),
    last: list('SURNAMES'),
    ambiguousFirst: list('AMBIGUOUS_FIRST_NAMES'),
    ambiguousLast: list('AMBIGUOUS_SURNAMES'),
    frequent: list('FREQUENT_WORDS'),
    stop: new Set([...PLACES.split(/\s+/), ...EPONYMS.split(/\s+/), ...DRUGS.split(/\s+/), ...MONTH_NAMES.split(' ')]),
    lowerKeep: new Set<number>(),
  };
  const keep = lists.lowerKeep;
  const add = (word: string) => {
    if (/^[a-z]+$/.test(word)) keep.add(wordHash(word, 0, word.length));
  };
  for (const set of [lists.first, lists.last, PARTICLES, NOT_PERSON_AFTER]) for (const word of set) add(word);
  for (const firm of FIRMS) for (const word of firm.split(/[ &']+/)) add(word);
  add('disease');
  add('syndrome');
  return lists;
}

/** Word kinds: F first name, L surname, f/l ambiguous first/surname, U unknown capitalized word, I initial, W other. */
type Kind = 'F' | 'L' | 'f' | 'l' | 'U' | 'I' | 'W';

interface Token {
  start: number;
  end: number;
  kind: Kind;
  capitalized: boolean;
  lower: string;
  /** The token ended in `'s`: the span stops before it. */
  possessive: boolean;
}

const letterOrMark = /[\p{L}\p{M}]/u;
/** A letter or combining mark at text[index]; ASCII answered without a regex. */
function isLetter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return letterOrMark.test(text[index] as string);
}
const upper = /\p{Lu}/u;
const ascii = /^[\x00-\x7f]*$/;
const isDigitCode = (code: number) => code >= 48 && code <= 57;
/**
 * One pass without allocation that rules out most strings: ASCII text with no capital letter
 * starting a word (camelCase keys do not count) and no lower-case listed first name followed by
 * another word cannot hold a name. Other scripts and capitals go to the full scan.
 */
function nothingToFind(text: string, l: NameLists): boolean {
  const length = text.length;
  let k = 0;
  while (k < length) {
    const code = text.charCodeAt(k);
    if (code >= 128) return false;
    const upperFirst = code >= 65 && code <= 90;
    if (!upperFirst && !(code >= 97 && code <= 122)) {
      k++;
      continue;
    }
    const start = k;
    let allUpper = upperFirst;
    for (k++; k < length; k++) {
      const c = text.charCodeAt(k);
      if (c >= 97 && c <= 122) allUpper = false;
      else if (!(c >= 65 && c <= 90)) break;
    }
    if (k < length && text.charCodeAt(k) >= 128) return false;
    const size = k - start;
    const after = k < length ? text.charCodeAt(k) : 32;
    if (upperFirst) {
      // A capitalized word that could be a name: not an initial, not an acronym of three letters
      // or fewer ("EUR"), not glued to digits or identifier characters ("ORD-2026", "DE89").
      const before = start > 0 ? text.charCodeAt(start - 1) : 32;
      const glued = glue(before) || glue(after) || (after === 45 && isDigitCode(text.charCodeAt(k + 1))) || (before === 45 && isDigitCode(text.charCodeAt(start - 2)));
      if (!glued && size >= 2 && !(allUpper && size <= 3)) return false;
    } else if (after === 32 && size > 2 && l.lowerKeep.has(wordHash(text, start, k)) && l.first.has(text.slice(start, k).toLowerCase())) {
      // A lower-case listed first name followed by a space could start "maria garcia".
      return false;
    }
  }
  return true;
}

/** text[start, end) holds ASCII letters only. */
function asciiLetters(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k) | 32;
    if (code < 97 || code > 122) return false;
  }
  return true;
}
const isUpperAscii = (code: number) => code >= 65 && code <= 90;
const isSpaceCode = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 160;
/** Digits and identifier characters: `_ / \\ @ # $ % & = + <` next to a word. */
const glue = (code: number) => isDigitCode(code) || code === 95 || code === 47 || code === 92 || code === 64 || code === 35 || code === 36 || code === 37 || code === 38 || code === 61 || code === 43;

function kindOf(lower: string, capitalized: boolean, allCaps: boolean, l: NameLists): Kind {
  if (NOT_NAMES.has(lower) || NOT_PERSON_AFTER.has(lower) || PLACE_PREFIXES.has(lower)) return 'W';
  if (/['’]/.test(lower) && !/^(?:o|d|l|mc|di|de|da)['’]/.test(lower)) return 'W';
  if (l.stop.has(lower)) return l.first.has(lower) || l.ambiguousFirst.has(lower) ? 'f' : 'l';
  if (l.first.has(lower)) return 'F';
  if (l.last.has(lower)) return 'L';
  if (l.ambiguousFirst.has(lower)) return 'f';
  if (l.ambiguousLast.has(lower)) return 'l';
  // Names written with diacritics the lists lack ("Nguyễn", "Đặng", "Łukasz"): looked up folded.
  if (lower.charCodeAt(0) > 127 || !ascii.test(lower)) {
    const folded = foldDiacritics(lower);
    if (folded !== lower && ascii.test(folded)) {
      const kind = kindOf(folded, capitalized, allCaps, l);
      if (kind !== 'U' && kind !== 'W') return kind;
    }
  }
  if (!capitalized || allCaps || l.frequent.has(lower) || lower.length < 2) return 'W';
  return 'U';
}

const strong = (kind: Kind) => kind === 'F' || kind === 'L';
const nameLike = (kind: Kind) => kind !== 'W';

/**
 * Finds person names in free text.
 *
 * @param text any string (a message, a tool result, a JSON document as text)
 * @param out detections are appended here: `{ type: 'PERSON', class: 'pii.person' }`, spans in
 *   UTF-16 code units, `normalized` the lower-cased name with single spaces
 */
export function detectPersons(text: string, out: Detection[]): void {
  if (!upper.test(text) && !text.includes(' ')) return;
  const l = nameLists();
  if (nothingToFind(text, l)) return;
  const tokens: Token[] = [];
  // One pass over the characters (no regex, no match objects): words are letters and marks,
  // with inner apostrophes and hyphens ("O'Brien", "Nwosu-Okafor").
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (!isLetter(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let j = i + 1;
    while (j < length) {
      if (isLetter(text, j)) j++;
      else {
        const d = text.charCodeAt(j);
        if ((d === 39 || d === 0x2019 || d === 45) && j + 1 < length && isLetter(text, j + 1)) j += 2;
        else break;
      }
    }
    i = j;
    const size = j - start;
    if (size > 40) continue;
    let end = j;
    let possessive = false;
    if (size > 2 && text.charCodeAt(end - 1) === 115 /* s */ && (text.charCodeAt(end - 2) === 39 || text.charCodeAt(end - 2) === 0x2019)) {
      end -= 2;
      possessive = true;
    }
    // Words glued to digits or identifier characters ("ORD-2024", "9TY09", "user_Name") are no names.
    const before = start > 0 ? text.charCodeAt(start - 1) : 32;
    const after = j < length ? text.charCodeAt(j) : 32;
    if (glue(before) || glue(after) || (after === 45 && isDigitCode(text.charCodeAt(j + 1))) || (before === 45 && isDigitCode(text.charCodeAt(start - 2))) || (before === 46 && start > 1 && !isSpaceCode(text.charCodeAt(start - 2)))) {
      tokens.push({ start, end, kind: 'W', capitalized: false, lower: '', possessive });
      continue;
    }
    const head = text.charCodeAt(start);
    // Most words of prose are lower-case ASCII words no rule cares about: skipped without a string.
    if (head >= 97 && head <= 122 && asciiLetters(text, start, end) && !l.lowerKeep.has(wordHash(text, start, end))) {
      tokens.push(OTHER_WORD);
      continue;
    }
    const value = text.slice(start, end);
    // ASCII lower-case letters are by far the most common start: one comparison.
    const capitalized = head >= 97 && head <= 122 ? false : (head >= 65 && head <= 90) || value[0] !== (value[0] ?? '').toLowerCase();
    let kind: Kind = 'W';
    let lower: string;
    if (!capitalized) {
      // Lower-case words matter only as "maria garcia" (lists hold no one- or two-letter names
      // that are no common word): at most two lookups.
      lower = value;
      if (value.length > 2) {
        if (l.first.has(lower)) kind = l.stop.has(lower) ? 'W' : 'F';
        else if (l.last.has(lower)) kind = l.stop.has(lower) ? 'W' : 'L';
      }
    } else if (value.length === 1) {
      lower = value.toLowerCase();
      kind = 'I';
    } else {
      lower = (ascii.test(value) ? value : value.normalize('NFC')).toLowerCase();
      const allCaps = value === value.toUpperCase();
      kind = kindOf(lower, true, allCaps, l);
      // "NaN", "JavaScriptX": a capital after lower-case letters at the end is a token, not a name ("McDonald" is).
      if (!allCaps && value.length > 2 && isUpperAscii(value.charCodeAt(value.length - 1))) kind = 'W';
      // Upper-case words are names only when listed and longer than an acronym ("MARIA GARCIA",
      // "JOHN SMITH", not "ORD" or "TY"); an ambiguous one ("SMITH") counts next to a listed one.
      if (allCaps && kind !== 'W' && value.length <= 3) kind = 'W';
    }
    tokens.push({ start, end, kind, capitalized, lower, possessive });
  }

  const people: Array<[number, number]> = [];
  const orgLists = new OrgLists(text.includes(' and ') || text.includes(' & ') ? firmLists(text, l, people) : []);
  const peopleLists = new OrgLists(people);
  let index = 0;
  while (index < tokens.length) {
    const head = tokens[index];
    if (head === undefined) break;
    if (head.capitalized && head.kind === 'W' && head.lower.length >= 3 && !head.possessive && salutationWord(text, head)) {
      // "Cheers,\nMere", "Hi Will,": a common word standing as the name of a greeting or sign-off.
      push(text, out, head.start, head.end);
      index++;
      continue;
    }
    if (!head.capitalized || head.kind === 'W') {
      // Lower-case names: a listed first name followed by a listed surname ("maria garcia").
      const next = tokens[index + 1];
      if (!head.capitalized && head.kind === 'F' && next !== undefined && !next.capitalized && (next.kind === 'L' || next.kind === 'F') && text.slice(head.end, next.start) === ' ' && !head.possessive) {
        if (!eponymAfter(text, tokens, index + 1, l)) push(text, out, head.start, next.end);
        index += 2;
        continue;
      }
      index++;
      continue;
    }
    // Collect a run of capitalized name-like tokens joined by single spaces (initials may carry a dot).
    const run: Token[] = [head];
    let cursor = index + 1;
    const vietnamese = VI_FAMILY.has(head.lower.charCodeAt(0) > 127 || !ascii.test(head.lower) ? foldDiacritics(head.lower) : head.lower);
    while (cursor < tokens.length && run.length < 6) {
      const previous = run[run.length - 1] as Token;
      const candidate = tokens[cursor] as Token;
      const gap = text.slice(previous.end, candidate.start);
      const joined = gap === ' ' || gap === '\u00a0' || (previous.kind === 'I' && (gap === '. ' || gap === '.'));
      if (!joined || previous.possessive) break;
      if (candidate.capitalized && nameLike(candidate.kind)) {
        run.push(candidate);
        cursor++;
        continue;
      }
      if (vietnamese && candidate.capitalized && candidate.end - candidate.start <= 6 && VI_PARTS.has(foldDiacritics(text.slice(candidate.start, candidate.end).toLowerCase()))) {
        run.push({ ...candidate, kind: 'f' });
        cursor++;
        continue;
      }
      // "Ludwig van Beethoven": a particle between capitalized words.
      const after = tokens[cursor + 1];
      if (!candidate.capitalized && PARTICLES.has(candidate.lower) && after !== undefined && after.capitalized && nameLike(after.kind) && text.slice(candidate.end, after.start) === ' ') {
        run.push(candidate, after);
        cursor += 2;
        continue;
      }
      break;
    }
    while (run.length > 0 && (run[run.length - 1] as Token).kind === 'I') run.pop();
    if (run.length > 0) decide(text, tokens, index, run, out, l, orgLists, peopleLists);
    index = Math.max(cursor, index + 1);
  }
}

function decide(text: string, tokens: Token[], index: number, run: Token[], out: Detection[], l: NameLists, orgLists: OrgLists, peopleLists: OrgLists): void {
  const first = run[0] as Token;
  const last = run[run.length - 1] as Token;
  const named = run.filter((token) => token.kind !== 'I' && !PARTICLES.has(token.lower));
  if (named.length === 0 || named.length > 4) return;
  if (eponymAfter(text, tokens, index + run.length - 1, l)) return;
  if (placeOrShip(text, tokens, index) || streetAhead(text, tokens, index + run.length - 1, run.length > 1)) return;

  const before = text.slice(Math.max(0, first.start - 40), first.start);
  const titled = TITLE_BEFORE.test(before);
  // Firms named after people: "Morgan Stanley", "Johnson Controls", "we bought from Dell", and
  // "Ernst & Young"-style pairs joined by an ampersand.
  if (!titled && (firmAt(text, tokens, index) || ampersandFirm(text, first.start, last.end + (last.possessive ? 2 : 0)))) return;
  // "Joaquin Suarez 2906", "9816 214 Pavlou Drandaki": words next to a house number are a street.
  const b1 = before.charCodeAt(before.length - 1);
  const b2 = before.charCodeAt(before.length - 2);
  if (((b1 === 32 || b1 === 9) && b2 >= 48 && b2 <= 57) || /^ \d{1,5}(?:[A-Za-z])?(?![\d.,:/-]\d)(?:$|[\s,.;!?)])/.test(text.slice(last.end + (last.possessive ? 2 : 0), last.end + 10))) return;
  // "in Bremen Ohlenhof", "I work for Wolters Kluwer": a place or an employer, unless clearly a full name.
  const strongNamed = named.filter((token) => strong(token.kind)).length;
  if (strongNamed < 2 && PLACE_OR_EMPLOYER_BEFORE.test(before)) return;
  const strongCount = strongNamed;
  // Cues decide only runs without a listed name, or with a lone one.
  const needsCue = strongCount === 0 || (named.length === 1 && !strong((named[0] as Token).kind));
  // No cue from a line's "Word: text" shape: "Echo: hello" and "Authorization: Bearer" are no speakers.
  // A greeting or a sign-off that stands as one ("Hi Wiremu," / "Best,\nTamati") is a full cue.
  const salutation = needsCue && named.length <= 3 && !named.some((token) => NOT_SALUTED.has(token.lower)) && greetingAround(text, before, last.end + (last.possessive ? 2 : 0));
  const cue = needsCue && (salutation || CUE_BEFORE.test(before));
  const weak = cue && !salutation && WEAK_CUE.test(before);
  const unknown = named.filter((token) => token.kind === 'U').length;
  const firstKind = (named[0] as Token).kind;
  let accept: boolean;
  if (named.length === 1) {
    const only = named[0] as Token;
    const inFirm = orgLists.has(only.start);
    const inPeople = peopleLists.has(only.start);
    // "Don't go to town, Mark!", "Remember me, Maria?": a name called out between a comma and ! or ?.
    const vocative = (only.kind === 'f' || only.kind === 'l') && /, $/.test(before) && /^[!?]/.test(text.slice(only.end + (only.possessive ? 2 : 0), only.end + 3));
    accept = strong(only.kind) ? !inFirm : (cue && !weak) || (!inFirm && inPeople && !l.stop.has(only.lower)) || vocative;
  } else if (strongCount >= 1) {
    accept = unknown <= 2;
  } else if (firstKind === 'f') {
    accept = named.slice(1).every((token) => token.kind === 'U' || token.kind === 'l' || token.kind === 'L') && !named.slice(1).every((token) => l.stop.has(token.lower));
  } else if (unknown === named.length && named.length <= 3) {
    // Two or three unknown capitalized words ("Krisztián Szöllösy", "Chihiro Fukunaga"): a name
    // when nothing marks them as an organisation, place or title (checked above), or after a cue.
    accept = cue || !titleCasePhrase(text, tokens, index, index + run.length - 1);
  } else {
    accept = cue && (!weak || unknown >= 1);
  }
  if (accept && named.length === 1 && l.stop.has((named[0] as Token).lower) && !cue) accept = false;
  if (!accept) return;
  push(text, out, first.start, last.end);
}

const TITLE_BEFORE = /\b(?:mr|mrs|ms|mx|dr|prof|sir|dame|herr|frau|mme|mlle)\.?\s{1,2}$/i;
const GREETING_BEFORE = /(?:^|[\n.!?]\s{0,3}|^\s{1,3})(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening)|thanks|thank you|cheers)[ \t]{1,3}$/i;
const SIGN_OFF_BEFORE = /(?:^|\n)[ \t]*(?:best|best regards|best wishes|kind regards|warm regards|warmest regards|regards|cheers|thanks|many thanks|thanks again|thank you|sincerely|yours(?: truly| sincerely| faithfully)?|warmly|love|take care|all the best|ta)[,.!]?[ \t]*\r?\n[ \t]*(?:-{1,2}[ \t]*)?$/i;

/**
 * "Hi Wiremu," / "Dear Aroha:" / "Hello Mere!" (a greeting, then the name closing its clause) and
 * "Best,\nTamati" / "Cheers,\n-- Mere" (a sign-off line, then the name alone on its line).
 */
function greetingAround(text: string, before: string, end: number): boolean {
  const after = text.slice(end, end + 3);
  if (GREETING_BEFORE.test(before)) return after === '' || /^\s*(?:[,!:;\n—–-]|$)/.test(after);
  return SIGN_OFF_BEFORE.test(before) && (after === '' || /^[ \t]*(?:\r?\n|$|,)/.test(after));
}

// Words that close a greeting without being a name ("Hi there,", "Thanks all!", "Best,\nThe team").
const NOT_SALUTED = new Set('there all everyone everybody team folks guys friends again both you sir madam back world mate buddy dude love darling honey sweetie babe again anyway guys ladies gentlemen colleagues everybody'.split(' '));

/** A capitalized common word that closes a greeting or stands alone after a sign-off line. */
function salutationWord(text: string, token: Token): boolean {
  const after = token.end < text.length ? text.charCodeAt(token.end) : -1;
  if (!(after === -1 || after === 44 || after === 33 || after === 58 || after === 10 || after === 13)) return false;
  if (NOT_NAMES.has(token.lower) || NOT_SALUTED.has(token.lower) || NOT_PERSON_AFTER.has(token.lower) || PLACE_PREFIXES.has(token.lower)) return false;
  if (token.lower !== text.slice(token.start, token.end).toLowerCase() || token.start === 0) return false;
  return greetingAround(text, text.slice(Math.max(0, token.start - 40), token.start), token.end);
}

/** A firm of FIRMS starts at tokens[index] (one to three words: "Dell", "Morgan Stanley", "Bank of America"). */
function firmAt(text: string, tokens: Token[], index: number): boolean {
  let phrase = '';
  for (let k = index; k < index + 4 && k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (k > index) {
      const gap = text.slice((tokens[k - 1] as Token).end, token.start);
      if (gap === ' & ') phrase += ' &';
      else if (gap !== ' ' && gap !== '-') break;
      phrase += ' ';
    }
    phrase += token.lower === '' ? text.slice(token.start, token.end).toLowerCase() : token.lower;
    if (token.possessive) phrase += "'s";
    if (FIRMS.has(phrase)) {
      // A one-word firm ("Dell") only when it stands alone, not as part of a longer name ("Michael Dell").
      if (k > index) return true;
      const previous = tokens[index - 1];
      const next = tokens[index + 1];
      const joinedBefore = previous !== undefined && previous.capitalized && text.slice(previous.end, token.start) === ' ';
      const joinedAfter = next !== undefined && next.capitalized && text.slice(token.end + (token.possessive ? 2 : 0), next.start) === ' ';
      return !joinedBefore && !joinedAfter;
    }
  }
  return false;
}

/** "Ernst & Young", "Procter & Gamble": a capitalized word joined to the run by " & ". */
function ampersandFirm(text: string, start: number, end: number): boolean {
  return /^ & \p{Lu}/u.test(text.slice(end, end + 4)) || /\p{Lu}[\p{L}'’]* & $/u.test(text.slice(Math.max(0, start - 32), start));
}

/** "Tube Snake Boogie": the run continues a capitalized phrase (a title, a heading, a firm). */
function titleCasePhrase(text: string, tokens: Token[], firstIndex: number, lastIndex: number): boolean {
  const previous = tokens[firstIndex - 1];
  const next = tokens[lastIndex + 1];
  const first = tokens[firstIndex] as Token;
  const last = tokens[lastIndex] as Token;
  if (previous !== undefined && previous.capitalized && text.slice(previous.end, first.start) === ' ') return true;
  return next !== undefined && next.capitalized && text.slice(last.end, next.start) === ' ';
}


/** "San Bernardino", "USS Mahler": a place prefix or a ship prefix right before the run. */
function placeOrShip(text: string, tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1];
  const first = tokens[index] as Token;
  if (previous !== undefined && PLACE_PREFIXES.has(previous.lower) && previous.capitalized && /^[ \-]$/.test(text.slice(previous.end, first.start))) return true;
  return /\b(?:USS|USNS|USNV|USCGC|HMS|HMCS|HMAS|HMNZS|RMS|SS|MV)\s$/.test(text.slice(Math.max(0, first.start - 7), first.start));
}

/** "Isaac Lodge Street", "Elisabeth Parks" near a house number: a street named after someone. */
function streetAhead(text: string, tokens: Token[], lastIndex: number, several: boolean): boolean {
  for (let k = several ? lastIndex : lastIndex + 1; k <= lastIndex + 2; k++) {
    const token = tokens[k];
    if (token === undefined) return false;
    if (k > lastIndex) {
      const previous = tokens[k - 1] as Token;
      if (!/^ {1,2}$/.test(text.slice(previous.end, token.start)) || !token.capitalized) return false;
    }
    if (isStreetWordOrSuffix(token.lower)) {
      if (/^(?:street|road|avenue|lane|boulevard|drive|str|straße|strasse|rue|via|calle|rua)$/.test(token.lower) && k > lastIndex) return true;
      const window = text.slice(Math.max(0, tokens[lastIndex]!.start - 60), token.end + 30);
      if (/\d/.test(window)) return true;
    }
  }
  return false;
}

/**
 * Spans of "Davis, Reynolds and Williamson" lists that read as a firm's name: after "the", "at",
 * "from", "for", "with", "of", "joined", or followed by a capitalized word or "is a".
 */
function firmLists(text: string, l: NameLists, people: Array<[number, number]>): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  // Looked for around each " and " / " & " only (a bounded window each): linear in the text.
  const joins: number[] = [];
  for (const word of [' and ', ' & ']) for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) joins.push(at);
  joins.sort((x, y) => x - y);
  let covered = -1;
  for (const at of joins) {
    if (at < covered) continue;
    const from = Math.max(0, at - 130);
    const window = text.slice(from, at + 40);
    for (const match of window.matchAll(firmList)) {
      const start = from + match.index;
      const end = start + match[0].length;
      if (end <= at) continue;
      const before = text.slice(Math.max(0, start - 12), start);
      const after = text.slice(end, end + 12);
      if (/\b(?:the|at|from|for|with|of|joined|by|to)\s$/i.test(before) || /^(?:'s)? (?:\p{Lu}|is an? |was an? )/u.test(after)) found.push([start, end]);
      // Otherwise a list of people when it holds a listed name: its other members count too
      // ("our founders: Kónya, Becker and Vasquez").
      else if (match[0].split(/,? (?:and|&) |, /).some((word) => { const lower = word.toLowerCase(); return (l.first.has(lower) || l.last.has(lower)) && !l.stop.has(lower); })) people.push([start, end]);
      covered = end;
      break;
    }
  }
  return found;
}

const firmList = /(?<![\p{L}])\p{Lu}[\p{L}'’\-]{1,30}(?:, \p{Lu}[\p{L}'’\-]{1,30}){1,3},? (?:and|&) \p{Lu}[\p{L}'’\-]{1,30}/gu;

/** Firm-name lists in text order, asked about increasing positions only: linear overall. */
class OrgLists {
  private cursor = 0;
  constructor(private readonly spans: ReadonlyArray<[number, number]>) {}
  has(position: number): boolean {
    while (this.cursor < this.spans.length && (this.spans[this.cursor] as [number, number])[1] <= position) this.cursor++;
    const span = this.spans[this.cursor];
    return span !== undefined && position >= span[0];
  }
}

/** True when the run ending at tokens[lastIndex] reads as an eponym or an organisation/place name. */
function eponymAfter(text: string, tokens: Token[], lastIndex: number, l: NameLists): boolean {
  const last = tokens[lastIndex];
  if (last === undefined) return false;
  const next = tokens[lastIndex + 1];
  if (next === undefined) return false;
  const gap = text.slice(last.end + (last.possessive ? 2 : 0), next.start);
  if (gap !== ' ' && gap !== '-' && gap !== "' " && gap !== '’ ') return false;
  if (NOT_PERSON_AFTER.has(next.lower)) return true;
  if (COMPANY_FORMS.has(next.lower) && next.capitalized) return true;
  // "Parkinson's disease", "Hodgkin lymphoma": an eponym in the stop list followed by a medical word.
  if (l.stop.has(last.lower) && (next.lower === 'disease' || next.lower === 'syndrome')) return true;
  return false;
}

function push(text: string, out: Detection[], start: number, end: number): void {
  const value = text.slice(start, end);
  out.push({ start, end, type: 'PERSON', class: 'pii.person', normalized: value.normalize('NFC').toLowerCase().replace(/\s+/g, ' ') });
}

// ---------------------------------------------------------------------------------- Han names
// Chinese names have no case and no spaces around them in Chinese prose, so without a word
// segmenter only names that stand apart are found: a run of two or three Han characters set off
// by spaces, punctuation or Latin text, starting with one of the common family names (the ~120
// most frequent cover about 90% of the population), either three characters long
// ("Patient 王小明 arrived") or after a cue ("患者 李华", "姓名：王芳", "Dr 张伟"), or followed by an
// honorific ("陈先生", "林女士"). Names inside unbroken Chinese sentences are missed.
const HAN_FAMILY = new Set(Array.from('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由'));
const HAN_COMPOUND = new Set(['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '司徒', '夏侯', '长孙', '宇文', '端木', '歐陽', '諸葛']);
const HAN_HONORIFIC = /^(?:先生|女士|小姐|太太|同学|老师|医生|醫生|教授|师傅)/;
const HAN_CUE = /(?:患者|病人|病患|姓名|名字|客户|客戶|联系人|聯絡人|收件人|寄件人|先生|女士|医生|醫生|护士|用户|用戶|员工|員工|(?:\b(?:patient|name|mr|mrs|ms|dr|dear|hi|hello|contact|customer|client|from|to|by|signed)\.?))[\s:：,，、]{0,3}$/i;
const isHan = (code: number) => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);

/** Chinese names in Han script that stand apart from the text around them (see above). */
export function detectHanNames(text: string, out: Detection[]): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (!isHan(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < length && isHan(text.charCodeAt(i))) i++;
    const size = i - start;
    if (size < 2 || size > 6) continue;
    const run = text.slice(start, i);
    const compound = HAN_COMPOUND.has(run.slice(0, 2));
    if (!compound && !HAN_FAMILY.has(run[0] as string)) continue;
    const honorific = HAN_HONORIFIC.exec(run.slice(size - 2));
    const nameSize = honorific && size - 2 >= 1 ? size - 2 : size;
    if (nameSize > (compound ? 4 : 3)) continue;
    const cue = honorific !== null && nameSize < size ? true : HAN_CUE.test(text.slice(Math.max(0, start - 12), start));
    if (!(cue || nameSize === (compound ? 4 : 3))) continue;
    out.push({ start, end: start + nameSize, type: 'PERSON', class: 'pii.person', normalized: run.slice(0, nameSize) });
  }
}

/**
 * The other spellings of a person's name worth remembering in a session once the full name was
 * seen: "Tapsell, Wiremu" and "Tapsell Wiremu" (family name first), and each part that is a name
 * rather than a common word ("Wiremu", "Tapsell"; not "Grace" or "Baker", which would mask the
 * word wherever it recurs). Parts shorter than four characters are not returned.
 */
export function personNameVariants(name: string): string[] {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4) return [];
  const l = nameLists();
  const out: string[] = [];
  const last = words[words.length - 1] as string;
  const rest = words.slice(0, -1).join(' ');
  out.push(`${last}, ${rest}`, `${last} ${rest}`);
  for (const word of words) {
    if (word.length < 4 || word.endsWith('.')) continue;
    const lower = word.toLowerCase();
    if (PARTICLES.has(lower)) continue;
    const kind = kindOf(lower, true, false, l);
    if (kind === 'F' || kind === 'L' || kind === 'U') out.push(word);
  }
  return out;
}
