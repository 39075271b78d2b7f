import type { Detection } from './types.js';
import { CAR_MAKES } from './vehicles.js';
import { eachMatch } from './internal/checks.js';
import { gatedTest } from './internal/prefilter.js';
import { PERSON_ROLE_LABEL_BEFORE, STRONG_NAME_CUE_BEFORE } from './person-labels.js';

// Street addresses in free text, English and European forms, from the shape of the street line:
//  - house number + street name + street suffix: "221B Baker Street", "1668 Glyn St",
//    "12 rue de la Paix", "74 Diakou Street" (suffixes: USPS Publication 28 primary names and
//    abbreviations; street words of French, Spanish, Italian, Portuguese, German, Dutch,
//    Scandinavian, Finnish, Hungarian, Polish, Czech and Greek);
//  - street word + house number: "Hauptstraße 5", "Kiannonkatu 98", "Avenida Paulista 1578",
//    "ul. Miła 53", "Kálmán Imre u. 12.";
//  - postal-code-first street lines: "20789 Allika 46" (a 3-6 digit number, one to three
//    capitalized words that are no common English word, a house number);
//  - units and boxes: "Apt 4B", "Suite 200", "Unit 4719", "PO Box 123", "Postfach 10 01",
//    "PSC 0413, Box 8144", "APO AE 09012";
//  - city lines: "Springfield, IL 62704" (city, two-letter state or province code, postal code),
//    "10115 Berlin" at the start of a line or after a comma.
// A street line is extended over the lines or comma-separated parts that follow it when they
// read as the rest of an address (unit, city, state code, postal code), so a whole block is one
// span. Scanning is one pass over word tokens with bounded look-ahead: linear in the input.

const USPS_SUFFIXES = `alley aly allee annex anx arcade arc avenue ave av bayou byu beach bch bend bnd bluff blf bluffs blfs bottom btm
boulevard blvd branch br bridge brg brook brk brooks burg bg burgs bypass byp camp cp canyon cyn cape cpe causeway cswy
center ctr centre centers circle cir circles cirs cliff clf cliffs clfs club clb common cmn commons corner cor corners
cors course crse court ct courts cts cove cv coves creek crk crescent cres crest crst crossing xing crossroad xrd curve
curv dale dl dam dm divide dv drive dr drives drs estate est estates ests expressway expy extension ext extensions
falls fls ferry fry field fld fields flds flat flt flats flts ford frd fords forest frst forge frg forges fork frk forks
frks fort ft freeway fwy garden gdn gardens gdns gateway gtwy glen gln glens green grn greens grove grv groves grvs
harbor hbr harbors haven hvn heights hts highway hwy hill hl hills hls hollow holw inlet inlt island is islands iss
isle junction jct junctions key ky keys knoll knl knolls lake lk lakes lks landing lndg lane ln light lgt lights
loaf lf lock lck locks lcks lodge ldg loop mall manor mnr manors meadow mdw meadows mdws mews mill ml mills mls mission
msn motorway mtwy mount mt mountain mtn mountains mtns neck nck orchard orch oval ovl overpass opas park parks parkway
pkwy parkways pass passage psge path pike pine pne pines pnes place pl plain pln plains plns plaza plz point pt points
pts port prt ports prts prairie pr radial radl ramp ranch rnch rapid rpd rapids rpds rest rst ridge rdg ridges rdgs
river riv road rd roads rds route rte row rue run shoal shl shoals shls shore shr shores shrs skyway skwy spring spg
springs spgs spur spurs square sq squares sqs station sta stravenue stra stream strm street st streets sts summit smt
terrace ter throughway trwy trace trce track trak trafficway trfy trail trl trailer trlr tunnel tunl turnpike tpke
underpass upas union un unions uns valley vly valleys vlys viaduct via view vw views vws village vlg villages vlgs ville
vl vista vis walk walks wall way wy ways well wl wells wls close gate mews wharf quay embankment promenade`;

// Street words that come before the name (or stand as their own word) in European addresses.
const STREET_WORDS = `rue avenue av boulevard bd bld bvd chemin chem allée allee impasse imp place quai cours route rte voie faubourg fg fbg via viale vicolo corso piazza
piazzale largo strada calle carrer avinguda avenida av avda ctra pza pso paseo passeig plaza plaça camino carretera ronda travesía trav rua pç sq
travessa praça praca estrada útja utja alameda largo rodovia ul ulica al aleja aleje pl plac os osiedle u utca út körút krt tér
köz sor ulice třída náměstí nám nábřeží námestie cesta trg ulitsa prospekt pr prospekt ulitsa odos οδός λεωφόρος
leoforos straße strasse str gasse weg allee platz ring damm ufer chaussee steig pfad gatan gata gränd vägen väg torget
gade vej gate veien vegen allé plass torv katu tie kuja polku tori raitti laan straat weg gracht plein dreef kade
singel steeg stræti braut vegur tänav iela gatvė prospektas
bóthar bothar sráid sraid ascaill lána cearnóg cearnog plás céide`;

// Street words that end a compound token: "Hauptstraße", "Kiannonkatu", "Magasinsgatan".
const streetEnding = /(?:straße|strasse|str\.?|gasse|gässchen|weg|allee|platz|damm|ufer|chaussee|gatan|gata|gränd|vägen|torget|gade|vej|gate|veien|vegen|katu|tie|kuja|polku|tori|laan|straat|gracht|plein|dreef|kade|singel|steeg|stræti|braut|vegur|tänav|iela|gatvė|utca|ulica|ulice)$/i;

const UNIT_WORDS = new Set(['apt', 'apartment', 'suite', 'ste', 'unit', 'flat', 'floor', 'fl', 'bldg', 'building', 'room', 'rm', 'wohnung', 'whg', 'étage', 'etage', 'piso', 'andar', 'lgh', 'apto', 'dept', 'no', 'nr']);
/** The rest of a police unit's call sign after its beat number: a radio alphabet's word (APCO or ICAO) and the car's number. */
const CALL_SIGN_AFTER = /^-(?:Adam|Boy|Baker|Charles|David|Edward|Frank|George|Henry|Ida|John|King|Lincoln|Mary|Nora|Ocean|Paul|Queen|Robert|Sam|Tom|Union|Victor|William|Young|Zebra|Alpha|Bravo|Charlie|Delta|Echo|Foxtrot|Golf|Hotel|India|Kilo|Lima|Mike|November|Oscar|Papa|Romeo|Sierra|Tango|Uniform|Whiskey|Yankee|Zulu)-\d{1,3}(?!\d)/;
const BOX_WORDS = new Set(['box', 'postbox', 'postfach', 'pobox', 'postboks', 'postilokero', 'apartado', 'bp', 'cp']);
// Lower-case words that may sit inside a street name ("rue de la Paix", "Avenida de los Andes").
// Irish `na` and `an` (`Bóthar na Trá`, `Sráid an Mhuilinn`; L3 of the probe of 2026-12-05h).
const PARTICLES = new Set(['na', 'de', 'del', 'della', 'delle', 'dei', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'les', 'los', 'las', 'el', 'van', 'von', 'der', 'den', 'het', 'am', 'an', 'im', 'auf', 'zum', 'zur', 'of', 'the', 'and', "d'", 'l', 'd', 'y', 'e', 'i', 'och', 'og']);
// The particles a street's name holds between its capitalized words ("Ludwig van Beethoven Road"):
// PARTICLES without the conjunctions, which join two names rather than sit inside one.
const NAME_PARTICLES = new Set([...PARTICLES].filter((p) => !['and', 'y', 'e', 'i', 'och', 'og', 'na'].includes(p)));
// Words that stop an address even though they are capitalized.
const STOP = new Set(['i', 'the', 'a', 'an', 'and', 'or', 'but', 'if', 'for', 'to', 'at', 'in', 'on', 'by', 'with', 'from', 'of', 'is', 'are', 'was', 'my', 'your', 'our', 'we', 'you', 'he', 'she', 'it', 'they', 'this', 'that', 'please', 'thanks', 'thank', 'after', 'before', 'call', 'phone', 'tel', 'mobile', 'fax', 'email', 'e-mail', 'desk', 'version', 'chapter', 'section', 'page', 'step', 'item', 'order', 'invoice', 'ticket', 'room', 'table', 'figure', 'line', 'level', 'grade', 'class', 'type', 'model', 'size', 'year', 'years', 'day', 'days', 'week', 'weeks', 'month', 'months', 'hours', 'minutes', 'mg', 'ml', 'kg', 'km', 'mi', 'usd', 'eur']);

const suffixes = new Set(USPS_SUFFIXES.split(/\s+/));
// Suffixes that make a lower-case line a street ("fourth avenue"), and full words that name a street with no number.
const LOWER_SUFFIXES = new Set(['street', 'avenue', 'road', 'lane', 'drive', 'boulevard', 'st', 'rd', 'ave', 'blvd', 'terrace', 'court', 'place', 'square', 'highway', 'parkway']);
const NAMED_STREET = new Set(['street', 'road', 'avenue', 'boulevard', 'lane', 'straße', 'strasse']);
const streetWords = new Set(STREET_WORDS.split(/\s+/));

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  number: boolean;
  capitalized: boolean;
}

export const tokenPattern = /\d{1,10}(?:[A-Za-z](?![\p{L}\d]))?|[\p{L}\p{M}]+(?:['’.\-][\p{L}\p{M}]+)*\.?/gu;
/** tokenPattern, sticky: tokenize() asks it for the end of the token at lastIndex. */
const tokenAt = new RegExp(tokenPattern.source, 'uy');

/** The lower-cased word without one final '.' (as `.replace(/\.$/, '')`, with no string made when there is none). */
function lowerWithoutDot(value: string): string {
  const lower = value.toLowerCase();
  return lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower;
}

/**
 * The tokens tokenPattern finds, found without a match array per token: a token starts at the
 * first digit or letter (tokenPattern's two alternatives start with one and always match there),
 * and `tokenAt`, the same pattern sticky, gives its end. ASCII starts are found by code; at a
 * non-ASCII code unit the sticky pattern decides (a letter or mark starts a token) and a code
 * point that starts none is stepped over whole, as the global search does.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (code < 128) {
      const lower = code | 32;
      if (!((code >= 48 && code <= 57) || (lower >= 97 && lower <= 122))) {
        index++;
        continue;
      }
    }
    tokenAt.lastIndex = index;
    if (!tokenAt.test(text)) {
      index += code >= 0xd800 && code <= 0xdbff && index + 1 < length && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    const end = tokenAt.lastIndex;
    const value = text.slice(index, end);
    const number = code >= 48 && code <= 57;
    const first = value[0] ?? '';
    tokens.push({
      start: index,
      end,
      text: value,
      lower: lowerWithoutDot(value),
      number,
      capitalized: !number && first !== first.toLowerCase(),
    });
    index = end;
  }
  return tokens;
}

// The patterns of the scanner's hot functions, made once: a regular-expression literal inside a
// function is a new RegExp object each time it is evaluated (ECMA-262, "Regular Expression
// Literals", Evaluation), thousands per hostile tool result. None has the g or y flag, so test()
// and exec() keep no state in them.
const HOUSE_NUMBER = /^\d{1,6}[A-Za-z]?$/;
const WHITESPACE = /\s/;
const GLUED_BEFORE = /[\p{L}\d$€£#@/.\-+_]/u;
const OPENING_BEFORE = /[\s,(:;"']/;
const UNIT_OR_RANGE = /^[/\-\u2013]$/;
const MILITARY_STATE = /^(?:AA|AE|AP)$/;
/** The route words of rural and highway contract addresses (`RR`, `R.R.`, `HC`, `HCR`), and the parts after their number (`Box`, `Site`, `Comp`). */
const RURAL_ROUTE = new Set(['rr', 'r.r', 'hc', 'hcr']);
const RURAL_PARTS = new Set(['box', 'site', 'comp', 'compartment']);
/** Between a route word, its number and its parts: blanks, a comma, a number sign (`R.R. #1, Site 4`). */
const RURAL_GAP = /^,?[ \t]{0,2}#?$/;
const GENERAL_DELIVERY_GAP = /^[ \t]{1,2}$/;
/** A comma or a line break, then a capital: the city line after `General Delivery`. */
const CITY_LINE_AFTER = /^(?:,[ \t]*\n?|[ \t]*\n)[ \t]*\p{Lu}/u;
const YEAR = /^(?:19|20)\d{2}$/;
const POSTAL_DIGITS = /^\d{4,5}$/;
const LINE_START_BEFORE = /(?:^|[\n,])[ \t]*$/;
const ENDS_CITY_LINE = /^[\s,.]/;
const UNIT_GAP = /^[ ,]{1,3}$/;
const BLOCK_GAP = /^(?:\.?,?[ \t]{0,3}(?:\n[ \t]*){0,2},?[ \t]*(?:\n[ \t]*)?|\.? {1,3})$/;
const WORD_GAP = /^ {1,2}$/;
const OPEN_PAREN_GAP = /^ ?\($/;
const CLOSE_PAREN_GAP = /^\) ?$/;
const POSTAL_CODE = /^\d{3,6}(?:-\d{3,4})?$/;
const NOT_POSTAL_CHAR = /[^\d-]/;
// An Irish Eircode too (`H91 X2F4`, `D6W Y2K8`: a routing key and four characters of its alphabet; L3 of 2026-12-05h).
const POSTCODE = /^(?:[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d|\d{4} ?[A-Z]{2}|\d{2}-\d{3}|(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4})(?![\p{L}\d])/u;
const MORE_DIGITS_AFTER = /^[ .\-(]{0,2}\d/;
/** A postal code of two groups (`111 51`, `110 00`, `1100-053`) then a city's capital, a comma, a line break or the end (extendBlock). */
const SPLIT_POSTCODE = /^(?:\d{3} \d{2}|\d{4}-\d{3})(?=[ \t]*(?:[,\n]|$)|[ \t]{1,2}\p{Lu})/u;
// French street words of two letters (`12 bd Haussmann`, `3 pl Bellecour`, `5 fg Saint-Honoré`):
// a street word only before a capitalized name.
const SHORT_STREET_WORDS = new Set(['bd', 'av', 'pl', 'fg']);
/**
 * French `all.` (allée) is a street word only with its dot and before a lower-case French particle
 * (`3 all. des Tilleuls`, `12 All. de la Paix`; a probe of 2026-12-03 found it raw): `all` is an
 * English word, and `3 all. Then …` ends a sentence.
 */
/** The Irish street words (STREET_WORDS): `an` after one is the article, not English `an`. */
const IRISH_STREET_WORDS: ReadonlySet<string> = new Set(['bóthar', 'bothar', 'br', 'sráid', 'sraid', 'ascaill', 'lána', 'cearnóg', 'cearnog', 'plás', 'céide']);
/**
 * Irish `Br.` (bóthar, road) is a street word only so written, with its dot, and before an Irish
 * article (`6 Br. na hAbhann`, `9 Br. an Chalaidh`; L3 of the probe of 2026-12-05h): `3 br` is three
 * bedrooms.
 */
const isDottedBothar = (token: Token, next: Token | undefined): boolean =>
  token.text === 'Br.' && next !== undefined && (next.lower === 'na' || next.lower === 'an');
const isDottedAllee = (token: Token, next: Token | undefined): boolean =>
  token.lower === 'all' && token.text.length === 4 && next !== undefined && !next.capitalized && PARTICLES.has(next.lower) && FRENCH_PARTICLES.has(next.lower);
const FRENCH_PARTICLES = new Set(['de', 'des', 'du', 'la', 'le', 'les', 'd', 'l']);
// The house number's repetition index of French and Italian addresses (`12 bis`, `12bis`, `7 ter`, `3 quater`).
const REPETITION = new Set(['bis', 'ter', 'quater']);
// A number sign between a Spanish, Portuguese or Italian street and its number (`Calle Mayor nº 12`,
// `n.º 12`, `no. 12`, `núm. 12`, `n° 12`; `nº` is `no` in the NFKC view the detectors also read), after
// a comma or not.
const NUMBER_SIGN = /^,? (?:n[º°ªo]\.?|n\.[º°o]|nro?\.?|n[úu]m\.?|n\.) ?(?=\d)/i;
// What may follow the house number of a comma form on its line (`Calle Mayor, 12 bajo`, `Via Roma, 12
// int. 3`): floors, doors, stairs, units of Spanish, Portuguese, Italian and French; any other
// lower-case word makes the number a count in prose (`Main Street, 5 stars`, `Rua Augusta, 1500 metros`).
const AFTER_HOUSE_NUMBER = new Set('bajo bajos entlo entresuelo ático atico piso planta puerta pta esc escalera izq izqda izda izquierda dcha dch derecha int interno scala piano andar apto apt ap sala bloco bloque bl casa lote loja lj fundos frente dto esq bis ter quater y e et s sn km'.split(' '));
// A Spanish or Portuguese floor and door after the number (`Calle Mayor, 12, 3º B`, `12 2ª izda`, `1500, 2º esq`, `12 bajo`; `3o B` in the
// NFKC view), or a repetition index at the end of its part (German `Hauptstraße 5 bis 7 Uhr` keeps `bis`).
const FLOOR_AFTER = /^,? ?(?:\d{1,2}(?: ?[ºª°]|[oa])(?: ?(?:[A-Z]|izda|izq|dcha|dch|izquierda|derecha|esq|dto|dt|esquerdo|direito|fte|frente)(?![\p{L}\d]))?|bajo|entlo|ático|(?:bis|ter|quater)(?=$|[,;)\n]))(?![\p{L}\d])/u;
// Words before a French house number that may precede it on its line (`au 12, rue de la Paix`, `chez … à 12, …`).
const BEFORE_FRENCH_NUMBER = new Set(['au', 'à', 'a', 'en', 'at', 'in', 'no', 'na', 'al', 'dal', 'sito', 'presso', 'domicilié', 'domiciliée', 'demeurant', 'habite', 'adresse']);

/** The text after a comma form's house number reads as prose: a lower-case word other than a floor, door or unit follows on the line. */
function proseAfterNumber(text: string, end: number): boolean {
  const word = /^[ \t]{1,2}(\p{Ll}[\p{L}]*)/u.exec(text.slice(end, end + 24))?.[1];
  return word !== undefined && !AFTER_HOUSE_NUMBER.has(word);
}

const isHouseNumber = (token: Token | undefined) => token !== undefined && token.number && HOUSE_NUMBER.test(token.text);
// `OS` in capitals is an operating system (`Mac OS X 10_15_7`, `Intel Mac OS X 10`: O4 of the probe of
// 2026-12-05d), not Polish `os.` (osiedle), which is written `os.` or `Os.`.
const isStreetWord = (token: Token) => !token.number && (streetWords.has(token.lower) || streetEnding.test(token.lower)) && token.text !== 'OS';
/** True for a street suffix or street word, lower-case ("street", "rd", "parks", "rue", "straße"). */
export const isStreetWordOrSuffix = (lower: string): boolean => suffixes.has(lower) || streetWords.has(lower) || (lower.length > 5 && streetEnding.test(lower));
const isSuffix = (token: Token) => !token.number && suffixes.has(token.lower);
/**
 * True when tokens[j] is a number of up to four digits with its English ordinal's letters glued
 * after it, the ones the number takes (`5th`, `121st`, `42nd`, `23RD`, `11th`, `13th`): the
 * tokenizer splits them (`5` + `th`), and an ordinal is a US street's name (`1600 5th Ave`,
 * `12 East 96th Street`), stored raw until the probe of 2026-12-06c (L1).
 */
function ordinalAt(tokens: readonly Token[], j: number): boolean {
  const number = tokens[j];
  const letters = tokens[j + 1];
  if (number === undefined || letters === undefined || !number.number || number.text.length > 4 || letters.start !== number.end || letters.text.length !== 2) return false;
  const n = Number(number.text);
  const expected = n % 100 >= 11 && n % 100 <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return letters.lower === expected && /^\d+$/.test(number.text);
}
// Words after which a lower-case `via` is Italian's street word: a locative or a verb of living
// ("abito in via Roma 12", "residente a via ...", "vivo en la via ..."), or English `at`/`to`/`on`
// before an Italian address. After any other word `via` is the English preposition ("shipped via
// UPS 1Z…", "paid via PayPal 12 times", "arrived via Route 66"; O1 of 2026-12-04f).
const VIA_LEADS = new Set(['in', 'a', 'al', 'alla', 'di', 'da', 'della', 'dalla', 'nella', 'sulla', 'presso', 'sito', 'sita', 'siti', 'site', 'sede', 'residente', 'residenti', 'domiciliato', 'domiciliata', 'domicilio', 'indirizzo', 'abito', 'abita', 'abitiamo', 'vivo', 'vive', 'viviamo', 'en', 'la', 'na', 'em', 'at', 'to', 'on']);
/**
 * A street word at `tokens[j]`, but not a lower-case `via` after a word that is not one of
 * VIA_LEADS on the same line: there it is the English preposition. At the start of the text or a
 * line, or after punctuation (`Indirizzo: via Roma 12`, `Milano, via Roma 12`), it stays a street word.
 */
function isStreetWordAt(text: string, tokens: readonly Token[], j: number): boolean {
  const token = tokens[j] as Token;
  if (!isStreetWord(token)) return false;
  if (token.text !== 'via') return true;
  const before = tokens[j - 1];
  if (before === undefined || before.number) return true;
  for (let at = before.end; at < token.start; at++) {
    const code = text.charCodeAt(at);
    if (code !== 32 && code !== 9) return true;
  }
  return VIA_LEADS.has(before.lower);
}
/**
 * An article or preposition elided before a capitalized name, one token with it: Italian `dell'`,
 * `dall'`, `nell'`, `sull'`, `all'`, `d'`, `l'`, `degl'` (`Via dell'Indipendenza 56`, `Corso d'Italia
 * 12`), French `d'`, `l'` (`rue de l'Église`). Such a token is a word of a street's name (L10 of the
 * probe of 2026-12-05e: `residente in Via dell'Indipendenza 56, 40121 Bologna` kept the street raw).
 */
/** An Irish name with its initial mutation before the capital (`na hAbhann`, `na gCloch`, `an tSléibhe`, `na bhFál`). */
const IRISH_MUTATED_NAME = /^(?:h|t-?|n-?|m|g|bh|b|d)\p{Lu}\p{Ll}/u;
const ELIDED_NAME = /^(?:[dl]|dell|dall|nell|sull|all|coll|degl|dagl|negl|sugl)['’]\p{Lu}/u;
const isNameWord = (token: Token | undefined) =>
  token !== undefined && !token.number && (token.capitalized || PARTICLES.has(token.lower) || ELIDED_NAME.test(token.text)) && !STOP.has(token.lower) && token.text.length <= 30;

/** The text between two tokens is a plain word gap (spaces, at most one comma). */
function gapOk(text: string, a: Token, b: Token, allowComma = false): boolean {
  // /^ {1,3}$/, or /^,? {1,3}$/ with allowComma, read in place: called for most pairs of words of
  // a scanned window, where a slice per call was a string made per word.
  let at = a.end;
  const end = b.start;
  if (allowComma && at < end && text.charCodeAt(at) === 44) at++;
  const spaces = end - at;
  if (spaces < 1 || spaces > 3) return false;
  for (let i = at; i < end; i++) if (text.charCodeAt(i) !== 32) return false;
  return true;
}

/**
 * Finds street addresses in free text.
 *
 * @param text any string
 * @param out detections are appended here: `{ type: 'ADDRESS', class: 'pii.address' }`, spans in
 *   UTF-16 code units; `normalized` is the lower-cased address with single spaces
 */
/** A letter or a digit (a word's character for span ends). */
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function detectAddresses(text: string, out: Detection[]): void {
  if (!mayHoldAddress(text)) return;
  const spans: Array<[number, number]> = [];
  // Every form holds a number or a full street word: only the text around those is tokenized
  // (150 characters before, 250 after, widened to whitespace), so prose without them costs one
  // native scan.
  const windows: Array<[number, number]> = [];
  for (const anchor of [digitRun, namedStreetWord, homeOnWord]) {
    anchor.lastIndex = 0;
    for (let match = anchor.exec(text); match !== null; match = anchor.exec(text)) {
      let from = Math.max(0, match.index - 150);
      let to = Math.min(text.length, match.index + match[0].length + 250);
      while (from > 0 && from > match.index - 190 && !WHITESPACE.test(text[from - 1] ?? '')) from--;
      while (to < text.length && to < match.index + 300 && !WHITESPACE.test(text[to] ?? '')) to++;
      const last = windows[windows.length - 1];
      if (anchor === digitRun && last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
      else windows.push([from, to]);
      if (anchor === digitRun) anchor.lastIndex = Math.max(anchor.lastIndex, to - 150);
    }
  }
  windows.sort((a, b) => a[0] - b[0]);
  // Overlapping windows are scanned as one: a named street whose first words end a number's
  // window ("ref 7 … Marina Fort Street") is read whole, not from where that window stopped.
  let current: [number, number] | undefined;
  for (const window of windows) {
    if (current !== undefined && window[0] <= current[1]) {
      current[1] = Math.max(current[1], window[1]);
      continue;
    }
    if (current !== undefined) scanWindow(text.slice(current[0], current[1]), current[0], spans);
    current = [window[0], window[1]];
  }
  if (current !== undefined) scanWindow(text.slice(current[0], current[1]), current[0], spans);
  finish(text, spans, out);
}

const digitRun = /\d+/g;

const isWordLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7);
const isBlank = (code: number) => code === 32 || code === 9 || code === 0xa0;

/**
 * Cheap prefilter, one pass without allocation: every form holds a number next to a word across
 * a space ("221B Baker", "Hauptstraße 5", "IL 62704", "Unit 4/17"), or a full street word ("Abbey
 * Road"), or "corner of". Ids, emails, timestamps, phone numbers and IBANs (digits glued to
 * letters or to other digits) have none, and skip the tokenizer.
 */
function mayHoldAddress(text: string): boolean {
  const length = text.length;
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) {
      index++;
      continue;
    }
    // A digit run [start, index): a word one to three blanks before it, as the forms allow
    // ("Street 5", "IL 62704", "Apt  4B") ...
    const start = index;
    let gap = start;
    while (gap > 0 && start - gap < 3 && isBlank(text.charCodeAt(gap - 1))) gap--;
    // (a number sign glued to it: "Calle Mayor nº12")
    if (start >= 1 && gap === start && (text.charCodeAt(start - 1) === 0xba || text.charCodeAt(start - 1) === 0xb0)) return true;
    if (gap < start && gap >= 1) {
      const before = text.charCodeAt(gap - 1);
      // (a number sign too: "Calle Mayor nº 12", "n° 12")
      if (isWordLetter(before) || before === 46 || before === 0xba || before === 0xaa || before === 0xb0) return true;
      // ... or a word and a comma ("Plaza Mayor, 3", "Av. de América, 35").
      if (before === 44 && gap >= 2 && isWordLetter(text.charCodeAt(gap - 2))) return true;
    }
    while (index < length && text.charCodeAt(index) >= 48 && text.charCodeAt(index) <= 57) index++;
    // ... or after it, past one letter and a comma ("221B Baker", "12, rue", "4 ul").
    let k = index;
    if (k < length && isWordLetter(text.charCodeAt(k)) && !(k + 1 < length && isWordLetter(text.charCodeAt(k + 1)))) k++;
    // ... or its repetition index ("12bis rue").
    else if (text.startsWith('bis', k) || text.startsWith('ter', k)) k += 3;
    // ... or an ordinal's letters, a street's name ("1600 5th Ave", "121ST ST": L1 of the probe of 2026-12-06c).
    else if (ordinalLetters(text, k)) k += 2;
    if (k < length && text.charCodeAt(k) === 44) k++;
    if (k < length && (isBlank(text.charCodeAt(k)) || text.charCodeAt(k) === 10)) {
      while (k < length && k - index < 4 && (isBlank(text.charCodeAt(k)) || text.charCodeAt(k) === 10)) k++;
      if (k < length && isWordLetter(text.charCodeAt(k))) return true;
    }
  }
  return anyNamedStreetWord(text) || (text.length >= 12 && anyCornerOf(text)) || anyHomeOnWord(text);
}
/** An English ordinal's two letters at `at` (`st`, `nd`, `rd`, `th`, any case) with no letter after them. */
function ordinalLetters(text: string, at: number): boolean {
  const pair = text.slice(at, at + 2).toLowerCase();
  return (pair === 'st' || pair === 'nd' || pair === 'rd' || pair === 'th') && !isWordLetter(text.charCodeAt(at + 2));
}
const namedStreetWord = /(?:Street|Road|Avenue|Boulevard|Lane|Straße|Strasse)\b/g;
/** A home's cue before a capitalized word (`I live on Kestrel`, `my home is on Larkspur`): the only other anchor of a street with no number and no full street word (HOME_ON_BEFORE). */
export const homeOnWord = /(?:[Ll]ive[sd]?|[Ll]iving|[Rr]eside[sd]?|[Rr]esiding|(?:[Hh]ome|[Hh]ouse|[Aa]partment|[Ff]lat|[Pp]lace|[Cc]ottage|[Cc]ondo)[ \t]+is)[ \t]+on[ \t]+\p{Lu}/gu;
/** The tests of mayHoldAddress through the prefilter's tables (prefilter.ts gatedTest: the same answers; most texts hold none of the words and cost one bit test). */
const anyNamedStreetWord = gatedTest(namedStreetWord);
const anyCornerOf = gatedTest(/corner of/i);
const anyHomeOnWord = gatedTest(homeOnWord);

/** Street lines, units, boxes and city lines of one window, as spans of the whole text. */
function scanWindow(text: string, offset: number, found: Array<[number, number]>): void {
  const tokens = tokenize(text);
  // Every form but a named street ("Abbey Road") holds a number within a few words: words far
  // from any number are skipped with one comparison.
  const nextNumber = new Int32Array(tokens.length + 1);
  nextNumber[tokens.length] = 2 ** 30;
  for (let k = tokens.length - 1; k >= 0; k--) nextNumber[k] = (tokens[k] as Token).number ? k : (nextNumber[k + 1] as number);
  const spans: Array<[number, number]> = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index] as Token;
    const near = (nextNumber[index] as number) - index <= 7 || (token.capitalized && (namedStreetAhead(tokens, index) || homeOnBefore(text, token.start)));
    const end = near ? streetLineAt(text, tokens, index) : -1;
    if (end === -1) {
      index++;
      continue;
    }
    const extended = extendBlock(text, tokens, end);
    const start = tokens[index] as Token;
    const last = tokens[extended] as Token;
    spans.push([start.start, last.end]);
    index = extended + 1;
  }
  for (const [start, end] of spans) found.push([start + offset, end + offset]);
}

/**
 * A label right before an address that says it is an organisation's own (O1 of the probe of
 * 2026-12-05a): `Visit us at` opening a sentence, `Our store:`, `Our office is at`, `Return items to our warehouse at`,
 * `Head office:`, `Registered office:`, `Company address:`, `Headquarters:`. A business's address is
 * no personal data (GDPR protects natural persons; HIPAA Safe Harbor's geographic identifiers are an
 * individual's), as an organisation's line is no person's phone (detectors.ts ORGANIZATION_LINE_BEFORE).
 * Only words that name a business's premises count: `I live at`, `Ship to:`, `Our customer lives at`,
 * `our home`, `our address`, a guest's `Come visit us at`, and `Business address:` and `Return address:`
 * (a sole trader's home, a letter's sender) stay masked. Read on the 64 characters before an address found, so
 * text with no address costs nothing; one pass, no nested quantifier.
 */
const ORGANIZATION_ADDRESS_BEFORE = /(?:(?:^|[.!?\n|•·][ \t]*)visit[ \t]us(?:[ \t](?:at|in|on))?|(?:^|[^\p{L}])(?:(?:our|the[ \t]company['’]s)[ \t](?:store|shop|showroom|office|offices|head[ \t]office|headquarters|hq|warehouse|factory|plant|branch|premises|restaurant|bakery|clinic|pharmacy|returns[ \t](?:centre|center|department|address))(?:[ \t](?:is|are))?(?:[ \t](?:located|based|situated))?(?:[ \t](?:at|in|on))?|(?:head|registered|main|corporate)[ \t]offices?(?:[ \t]address)?|(?:company|corporate|store|shop|registered|head[ \t]office|headquarters|hq|warehouse)[ \t]address|headquarters|hq))[ \t]*[:\-]?[ \t]*(?:\n[ \t]*)?$/iu;
/**
 * A street-named institution (issue 11, the probe of 2026-12-07, O2: `Great Ormond Street Hospital, London WC1N 3JH`
 * was stored as `[ADDRESS] Hospital`): a street's words with no house number right before an institution's head noun
 * are that institution's name, no one's address; an institution's name is no personal data. The head noun is written with
 * its capital, as a name's (`the Main Street hotel` is read as before). A patient's street with a
 * number stays an address (`12 Great Ormond Street`), and so does the street alone (`lives on Great Ormond Street`).
 */
const INSTITUTION_HEADS = "(?:Hospital|Infirmary|Hospice|Clinic|Clinics|(?:Medical|Health|Community)[ \\t]+Cent(?:re|er)|Surgery|Medical[ \\t]+Practice|School|Academy|College|University|Library|Museum|Church|Cathedral|Chapel|Mosque|Synagogue|Temple|Station|Hotel)";
const INSTITUTION_AFTER = new RegExp(`^[ \\t]{1,2}(?:(?:Children|Women|Ladies)['’]s[ \\t]+|Primary[ \\t]+|Secondary[ \\t]+|High[ \\t]+|Tube[ \\t]+|Underground[ \\t]+)?${INSTITUTION_HEADS}(?![\\p{L}])`, 'u');
/**
 * An institution's own address, right after its name and a comma (`St Thomas' Hospital, Westminster Bridge Road, London
 * SE1 7EH`, `Harley Street Clinic, 35 Weymouth Street`): the institution's premises, kept as an organisation's own address
 * after its label is (ORGANIZATION_ADDRESS_BEFORE). The name is one to five capitalized words and a head noun written
 * with its capital; `the clinic, 12 Oak Road` (no name) and `lives at 12 Great Ormond Street` stay masked.
 */
// Not `Church`, `Chapel`, `Temple`, `Station` or `Hotel` here: surnames as well (`Charlotte Church, 12 Oak Road`).
const INSTITUTION_OWN_HEADS = '(?:Hospital|Infirmary|Hospice|Clinic|(?:Medical|Health|Community)[ \\t]+Cent(?:re|er)|Surgery|Medical[ \\t]+Practice|School|Academy|College|University|Library|Museum|Cathedral|Mosque|Synagogue)';
const INSTITUTION_NAME_BEFORE = new RegExp(`(?:^|[^\\p{L}])\\p{Lu}[\\p{L}'’.-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’.-]*){0,4}[ \\t]+(?:(?:Children|Women)['’]s[ \\t]+)?${INSTITUTION_OWN_HEADS}[ \\t]*,[ \\t]*(?:\\n[ \\t]*)?$`, 'u');
/** The span after an organisation's own address, joined to it by nothing but blanks and commas (the city line read apart). */
const JOINED_GAP = /^[\s,]{0,6}$/;

const STATUTE_ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:art|arts|artt|article|articles|articolo|articoli|artículo|artículos|artigo|artigos|artikel|§§?)\.?º?[ \t\u00a0]{0,2}$/iu;
/** Adds the corner and city-line forms, merges the spans of one block and emits detections. */
function finish(text: string, spans: Array<[number, number]>, out: Detection[]): void {
  // "the corner of Dalbraut 99 and Frederikke Coves", "at the corner of 5th Avenue and Main Street".
  if (/corner of/i.test(text)) for (const match of text.matchAll(cornerOf)) spans.push([match.index, match.index + match[0].length]);
  // "Springfield, IL 62704": city, state or province code, postal code; its start is a word.
  // Anchored on ", ST 12345" (cheap to find), then the city words are looked for just before it.
  for (const match of eachMatch(stateZip, text)) {
    const from = Math.max(0, match.index - 80);
    const city = cityBefore.exec(text.slice(from, match.index));
    if (city) spans.push([from + city.index, match.index + match[0].length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const span of spans) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && span[0] <= previous[1] + 6 && /^[\s,]*$/.test(text.slice(previous[1], Math.max(previous[1], span[0])))) previous[1] = Math.max(previous[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  // The end of the last address kept as an organisation's own (ORGANIZATION_ADDRESS_BEFORE): a span right after it is its rest.
  let ownedEnd = -1;
  const owned: Array<[number, number]> = [];
  for (const [start, end] of merged) {
    // A street's words naming an institution (`Great Ormond Street Hospital`): its name, no address.
    if (INSTITUTION_AFTER.test(text.slice(end, end + 48)) && !/\d/.test(text.slice(start, end))) continue;
    const before = text.slice(Math.max(0, start - 64), start);
    if ((ownedEnd >= 0 && JOINED_GAP.test(text.slice(ownedEnd, start))) || ORGANIZATION_ADDRESS_BEFORE.test(before) || INSTITUTION_NAME_BEFORE.test(before)) {
      ownedEnd = end;
      owned.push([start, end]);
      continue;
    }
    ownedEnd = -1;
    // A statute's article number, not a house number (`art. 18 dello Statuto dei Lavoratori`, `artículo 56 del Estatuto`;
    // O3 of the probe of 2026-12-05i): a span that starts with a digit right after an article's word or `§`.
    if (isDigitCode(text.charCodeAt(start)) && STATUTE_ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 14), start))) continue;
    let stop = end;
    // A span never ends inside a word: `London NW8` ended after `NW`, the `8` of the postcode
    // district left in clear (a fresh probe of 2026-12-03). At most 16 more characters.
    if (stop > start && WORD_CHAR.test(text[stop - 1] ?? '')) for (let k = 0; k < 16 && WORD_CHAR.test(text[stop] ?? ''); k++) stop++;
    while (stop > start && /[\s,]/.test(text[stop - 1] ?? '')) stop--;
    // A full stop ends the sentence unless it ends an abbreviation ("Glyn St.", "Kossuth u. 12.").
    if (text[stop - 1] === '.') {
      const word = /[\p{L}\d]+$/u.exec(text.slice(Math.max(start, stop - 12), stop - 1))?.[0].toLowerCase() ?? '';
      if (!(suffixes.has(word) || streetWords.has(word) || /^\d{1,5}$/.test(word))) stop--;
    }
    const value = text.slice(start, stop);
    out.push({ start, end: stop, type: 'ADDRESS', class: 'pii.address', normalized: value.toLowerCase().replace(/[\s,]+/g, ' ') });
  }
  // An organisation's own address holds a street's and a city's words, no person's (`Rochester` in
  // `200 First St SW, Rochester, MN`): the names detectPersons found inside one (it runs first) are
  // dropped with it. One pass; the spans are sorted and apart, so each name looks up its span by halving.
  if (owned.length > 0) removePersonsInside(out, owned);
}

function removePersonsInside(out: Detection[], spans: ReadonlyArray<readonly [number, number]>): void {
  let kept = 0;
  for (const found of out) {
    let inside = false;
    if (found.type === 'PERSON') {
      let low = 0;
      let high = spans.length - 1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        const span = spans[mid] as readonly [number, number];
        if (found.start < span[0]) high = mid - 1;
        else if (found.start >= span[1]) low = mid + 1;
        else {
          inside = found.end <= span[1];
          break;
        }
      }
    }
    if (!inside) out[kept++] = found;
  }
  out.length = kept;
}

/**
 * A home's street named with no house number after `I live on`, `lives on`, `my home is on` (L15
 * of probe-2026-12-05g: `I live on Tamarack Ridge Parkway`, `Kestrel Terrace`, `Larkspur Way` were
 * stored raw where `… Road` was masked): there any suffix of the street detector's one list
 * (USPS_SUFFIXES, full words) ends the street, not only NAMED_STREET's; not a place's word that
 * names no street (`lives on Long Island`, `on Lake Geneva`: HOME_NOT_STREET). Anchored, on the 28
 * characters before the street's first word.
 */
const HOME_ON_BEFORE = /(?<![\p{L}])(?:live[sd]?|living|reside[sd]?|residing|(?:home|house|apartment|flat|place|cottage|condo)[ \t]+is)[ \t]+on[ \t]+$/iu;
const HOME_NOT_STREET = new Set(['island', 'islands', 'isle', 'is', 'iss', 'lake', 'lakes', 'lk', 'lks', 'river', 'riv', 'mountain', 'mountains', 'mount', 'mt', 'mtn', 'mtns', 'beach', 'bch', 'key', 'keys', 'ky', 'station', 'sta', 'union', 'un', 'uns', 'unions', 'mall', 'club', 'clb', 'forest', 'frst', 'campus', 'farm', 'ranch', 'rnch', 'port', 'prt', 'harbor', 'hbr', 'shore', 'shr', 'shores', 'shrs', 'coast']);
export function homeOnBefore(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 2);
  // `on` and a blank right before: one cheap test before the regex.
  return at >= 4 && (c === 110 || c === 78 || text.charCodeAt(at - 3) === 110 || text.charCodeAt(at - 3) === 78) && HOME_ON_BEFORE.test(text.slice(Math.max(0, at - 28), at));
}
/** A suffix of the street detector's list (USPS_SUFFIXES) written out (three letters or more, no abbreviation of two) that names a street. */
function homeStreetSuffix(lower: string): boolean {
  return lower.length >= 3 && suffixes.has(lower) && !HOME_NOT_STREET.has(lower);
}

function namedStreetAhead(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) if (NAMED_STREET.has((tokens[k] as Token).lower)) return true;
  return false;
}

/**
 * A house, plot, flat or door number written with its own word before the street (L11 of the probe of
 * 2026-12-05j: `House No. 14, Nsuom Street` was stored whole, or `House No. 14,` stayed before
 * `[ADDRESS]`), as Ghana, Nigeria, Kenya and India write it: `House No.`, `Hse No.`, `Hse. No.`, `H/No.`, `H.No.`,
 * `Plot No.`, `Flat No.`, `Door No.`, `House Number`, `House #`, in any case, and the blanks up to the
 * number. Read only at a token that is one of HOUSE_LEAD_WORDS.
 */
const HOUSE_LEAD = /(?:house|hse\.?|h[ \t]?[/.]|plot|flat|door)[ \t]{0,2}(?:no\.?|number|#)[ \t]{0,2}(?=\d)/iy;
/** After such a lead, more words that end a street's or an estate's name, as Ghana and India write them (`Akwatia Line`, `Sakumono Estate`, `Jayanagar Layout`). */
const LEAD_STREET_ENDS = new Set(['line', 'link', 'estate', 'layout']);
const HOUSE_LEAD_WORDS = new Set(['house', 'hse', 'h', 'h.no', 'plot', 'flat', 'door']);

/** If a street line, unit, box or city line starts at tokens[i], the index of its last token; else -1. */
function streetLineAt(text: string, tokens: Token[], i: number, afterLead = false): number {
  const token = tokens[i] as Token;
  const next = tokens[i + 1];
  const before = token.start > 0 ? text[token.start - 1] ?? '' : '';
  // A house number's own word leads the street line that follows its number (HOUSE_LEAD): the
  // number-led form is read from the number, a comma after it allowed, and the span starts at the word.
  if (!token.number && HOUSE_LEAD_WORDS.has(token.lower) && next !== undefined) {
    HOUSE_LEAD.lastIndex = token.start;
    const lead = HOUSE_LEAD.exec(text);
    if (lead !== null) {
      const numberAt = token.start + lead[0].length;
      for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
        if ((tokens[k] as Token).start !== numberAt) continue;
        const line = streetLineAt(text, tokens, k, true);
        if (line !== -1) return line;
        break;
      }
    }
  }
  if (!afterLead && GLUED_BEFORE.test(before) && !(before === '.' && token.start > 1 && text[token.start - 2] === ' ')) {
    // Glued to something else (an id, a price, a version): not an address start.
    if (!OPENING_BEFORE.test(before)) return -1;
  }

  // Units and boxes: "Apt 4B", "Suite 200", "PO Box 123", "P.O. Box 12", "PSC 0413, Box 8144", "APO AE 09012".
  if (!token.number) {
    const lower = token.lower;
    // `Dept. 23` alone is a court's or a firm's department (O4 of the probe of 2026-12-05i); beside a street it is read with the street's line.
    if (UNIT_WORDS.has(lower) && lower !== 'no' && lower !== 'nr' && lower !== 'room' && lower !== 'floor' && lower !== 'dept' && token.capitalized && isHouseNumber(next) && next !== undefined && gapOk(text, token, next)) {
      // A police unit's call sign (`Unit 4-Adam-12`, `unit 2-Lincoln-7`: a beat, a radio alphabet's word,
      // a car; O3 of the probe of 2026-12-05g) is no flat.
      if (lower === 'unit' && CALL_SIGN_AFTER.test(text.slice(next.end, next.end + 16))) return -1;
      // "Unit 4/17 Smith Street" (Australian unit/house number): the street line goes on.
      if (text.charCodeAt(next.end) === 47) {
        const line = streetLineAt(text, tokens, i + 1);
        if (line !== -1) return line;
      }
      return after(tokens, i + 1, text);
    }
    if ((lower === 'p.o' || lower === 'po' || lower === 'p.o.' || lower === 'post') && next !== undefined) {
      let j = i + 1;
      if (tokens[j]?.lower === 'office') j++;
      if (tokens[j] !== undefined && BOX_WORDS.has((tokens[j] as Token).lower) && isHouseNumber(tokens[j + 1])) return after(tokens, j + 1, text);
    }
    if (BOX_WORDS.has(lower) && lower !== 'bp' && lower !== 'cp' && (token.capitalized || lower === 'box') && isHouseNumber(next) && lower !== 'box') return after(tokens, i + 1, text);
    if ((lower === 'psc' || lower === 'cmr' || lower === 'unit') && isHouseNumber(next) && tokens[i + 2]?.lower === 'box' && isHouseNumber(tokens[i + 3])) return after(tokens, i + 3, text);
    // Rural routes and highway contract routes (USPS Publication 28: `RR 2 Box 118`, `HC 64 Box 2210`,
    // `RR 1, Quillonville`) and Canadian rural addresses (`R.R. #1, Site 4, Comp 12`), in capitals;
    // the city line after them is read by extendBlock. A highway contract needs its box (`HC 64
    // sensor` is no address); a rural route alone needs a comma and a place after it, and an
    // address cue before it or a postal code after the place.
    if (RURAL_ROUTE.has(lower) && token.text === token.text.toUpperCase() && isHouseNumber(next) && next !== undefined && RURAL_GAP.test(text.slice(token.end, next.start))) {
      let j = i + 1;
      for (let k = 0; k < 3; k++) {
        const part = tokens[j + 1];
        const number = tokens[j + 2];
        if (part === undefined || number === undefined || !RURAL_PARTS.has(part.lower) || !isHouseNumber(number)) break;
        if (!RURAL_GAP.test(text.slice((tokens[j] as Token).end, part.start)) || !RURAL_GAP.test(text.slice(part.end, number.start))) break;
        j += 2;
      }
      if (j > i + 1) return after(tokens, j, text);
      if (lower !== 'hc' && lower !== 'hcr' && text.charCodeAt(next.end) === 44 && tokens[j + 1]?.capitalized === true && !STOP.has((tokens[j + 1] as Token).lower)) {
        // ... after an address cue (`lives at RR 1, Quillonville`), or with a postal code on the city line.
        if (ADDRESS_CUE_BEFORE.test(text.slice(Math.max(0, token.start - 40), token.start))) return j;
        const block = extendBlock(text, tokens, j);
        if (block > j && (tokens[block] as Token).number) return j;
      }
    }
    // General delivery (USPS Publication 28, Canada Post): `General Delivery, Quillonville WY 82001`,
    // when the city line after a comma or a line break (extendBlock reads it) ends in a postal
    // code (`General Delivery, Returns and Refunds` is a department).
    if (lower === 'general' && token.capitalized && next?.lower === 'delivery' && next.capitalized && GENERAL_DELIVERY_GAP.test(text.slice(token.end, next.start)) && CITY_LINE_AFTER.test(text.slice(next.end, next.end + 8))) {
      const block = extendBlock(text, tokens, i + 1);
      if (block > i + 1 && (tokens[block] as Token).number) return i + 1;
    }
    if ((lower === 'apo' || lower === 'fpo' || lower === 'dpo') && MILITARY_STATE.test(next?.text ?? '') && isHouseNumber(tokens[i + 2]) && token.text === token.text.toUpperCase()) return i + 2;

    // Street word + name words + house number: "Avenida Paulista 1578", "ul. Miła 53", "Hauptstraße 5".
    // Spanish `C/` (calle) before the name, in either case: "C/ Mayor 12", "C/Alcalá 45", "c/ Mayor 12".
    const calle = (token.text === 'C' || token.text === 'c') && text.charCodeAt(token.end) === 47;
    if (token.capitalized || isStreetWordAt(text, tokens, i) || calle) {
      let j = i;
      let street = false;
      let words = 0;
      if (calle && next !== undefined && next.capitalized && next.start - token.end <= 2 && (next.start === token.end + 1 || text.charCodeAt(token.end + 1) === 32)) {
        j = i + 1;
        street = true;
        words = 1;
      }
      while (j < tokens.length && words < 5) {
        const current = tokens[j] as Token;
        const streetWord = isStreetWordAt(text, tokens, j);
        if (current.number || !(isNameWord(current) || streetWord)) break;
        if (streetWord) street = true;
        words++;
        const following = tokens[j + 1];
        if (following === undefined || !gapOk(text, current, following)) {
          j++;
          break;
        }
        j++;
      }
      let number = tokens[j];
      const lastWord = tokens[j - 1];
      // After a leading street word the number may follow a comma, as Spanish, Italian and
      // Portuguese write it: "Av. de la Constitución, 20", "Plaza Mayor, 3", "Via Roma, 12".
      // (A leading street word or `C/` is what makes `street` true here: the test is theirs alone.)
      const commaNumber = streetWords.has(token.lower) || calle;
      // ... and a number sign: "Calle Mayor nº 12", "C/Mayor nº 12", "Pza. Mayor, nº 3".
      const sign = commaNumber && lastWord !== undefined ? NUMBER_SIGN.exec(text.slice(lastWord.end, lastWord.end + 10)) : null;
      if (sign !== null && lastWord !== undefined) {
        let k = j;
        while (k < tokens.length && k < j + 3 && (tokens[k] as Token).start < lastWord.end + sign[0].length) k++;
        if (tokens[k]?.start === lastWord.end + sign[0].length) {
          j = k;
          number = tokens[k];
        }
      }
      const signed = sign !== null && number !== undefined && number.start === (lastWord as Token).end + sign[0].length;
      if (street && words >= 1 && lastWord !== undefined && isHouseNumber(number) && number !== undefined && (signed || gapOk(text, lastWord, number, commaNumber))) {
        // "Hauptstraße 5", but not "Street 5" alone nor a title followed by a year.
        // A bare street word that is also an English word ("Gate 22", "exit 12") needs a name.
        if (words === 1 && (!streetEnding.test(lastWord.lower) || streetWords.has(lastWord.lower))) return -1;
        // A lower-case `al` with no dot before the number is the Spanish and Italian `al` ("to the"),
        // not Polish `al.` (aleja), which comes before the street's name: `Llamé al 612 345 678`,
        // `Hola al 698` (L6 of the probe of 2026-12-05i).
        if (lastWord.text === 'al') return -1;
        if (YEAR.test(number.text) && !streetEnding.test(lastWord.lower) && !streetWords.has(token.lower)) return -1;
        // After a comma a year is a year ("Via Appia, 2000 years old"), and a number before a
        // word of prose a count ("Avenue Q, 2 tickets", "Route via Gateway, 12 hops").
        if (YEAR.test(number.text) && text.charCodeAt(lastWord.end) === 44) return -1;
        if (text.charCodeAt(lastWord.end) === 44 && proseAfterNumber(text, number.end)) return -1;
        // `Gate` after an English possessive (`Baldur's Gate 3`, `Traitor's Gate 2`: O6 of the probe of
        // 2026-12-05g) is a title's or a gate's: the Norwegian street's genitive takes no apostrophe (`Karl Johans gate 1`).
        if (lastWord.text === 'Gate' && /['’]s[ \t]$/.test(text.slice(Math.max(0, lastWord.start - 3), lastWord.start))) return -1;
        return after(tokens, j, text);
      }
      // A named street without a number: "Marina Fort Street", "Abbey Road" (capitalized words + full street word).
      for (let k = j - 1; k > i; k--) {
        const word = tokens[k] as Token;
        if ((NAMED_STREET.has(word.lower) || (homeOnBefore(text, token.start) && homeStreetSuffix(word.lower))) && word.capitalized && (!word.text.endsWith('.') || (!NAMED_STREET.has(word.lower) && word.text.length - 1 === word.lower.length && homeOnBefore(text, token.start)))) {
          // Capitalized words, with particles inside the name but not at its ends: "Ludwig van
          // Beethoven Road", "Tour de France Road" (not a conjunction: "Maria and Abbey Road").
          const name = tokens.slice(i, k);
          if (name.every((w, n) => (w.capitalized || (n > 0 && n < name.length - 1 && NAME_PARTICLES.has(w.lower))) && !NAMED_STREET.has(w.lower))) {
            // ... and its house number after it, as European addresses write it: "Main Street 5, Springfield".
            const houseNumber = tokens[k + 1];
            if (houseNumber !== undefined && isHouseNumber(houseNumber) && gapOk(text, word, houseNumber) && !proseAfterNumber(text, houseNumber.end)) return after(tokens, k + 1, text);
            // A named street, a comma and a year is a title and its year ("Penny Lane, 1967",
            // "Abbey Road, 1969 album", "Wall Street, 1987": a probe of 2026-12-03), no address.
            if (houseNumber !== undefined && YEAR.test(houseNumber.text) && text.charCodeAt(word.end) === 44 && !/^[ \t]*,/.test(text.slice(houseNumber.end, houseNumber.end + 4))) return -1;
            // After a label of a person's name or role (`Contact: Maria Lane, DOB 1970-02-03`,
            // `Tenant: Maria Lane, 555-0100`, `Patient: Grace Lane`: person-labels.ts), a given
            // name and a street's word with no house number are the person's name and surname
            // (names.ts reads them so), not a named street (issue 11 of 2026-12-05).
            if (name.length === 1 && personLabelBefore(text, token.start)) return -1;
            return k;
          }
          break;
        }
      }
    }
    return -1;
  }

  // Number-led forms.
  if (!isHouseNumber(token)) return -1;
  // The minutes or seconds of a time of day (`Boarding at 10:30, Gate B12`, `departs 08:15, gate
  // C41`) or the second number of a ratio or a verse (`3:16`): a number glued after a digit and a
  // colon is never a house number (O1 of the probe of 2026-12-05c).
  if (token.start >= 2 && text.charCodeAt(token.start - 1) === 58 && isDigitCode(text.charCodeAt(token.start - 2))) return -1;
  let j = i + 1;
  // "1987 74 Diakou Street", "17151 2450 Crown St": a postal code or second number before the street.
  // "4/17 Smith Street": an Australian unit number before the house number; "10-12 Smith Street",
  // "10–12 High Street": a range of house numbers (a hyphen or an en dash, glued on both sides).
  // Not an ordinal, the street's name: "1600 5th Ave" (L1 of the probe of 2026-12-06c).
  if (isHouseNumber(tokens[j]) && !ordinalAt(tokens, j) && (gapOk(text, token, tokens[j] as Token) || (UNIT_OR_RANGE.test(text[token.end] ?? '') && (tokens[j] as Token).start === token.end + 1))) j++;
  // "12 bis, rue de la Paix", "12bis rue de la Paix": the repetition index goes with the number.
  const index = tokens[j];
  if (index !== undefined && REPETITION.has(index.text) && (index.start === (tokens[j - 1] as Token).end || gapOk(text, tokens[j - 1] as Token, index))) j++;
  const nameStart = j;
  let words = 0;
  let suffixAt = -1;
  let streetWordAt = -1;
  // After an address cue (`ship to`, `I live at`, `my address is`) a lower-case line ends at any
  // street suffix (`42 quillon row`, `7 marlow close`), not only a full street word (K18 of 2026-12-04e).
  // So does a line followed by a town and a UK postcode after a comma (`14 wellbrook close, sevenoaks
  // tn13 2qp`: F10 of the leak probe of 2026-12-07): the postcode's shape is the cue.
  const cued = ADDRESS_CUE_BEFORE.test(text.slice(Math.max(0, token.start - 40), token.start)) || POSTCODE_LINE_AHEAD.test(text.slice(token.end, token.end + 120));
  while (j < tokens.length && words < 6) {
    const current = tokens[j] as Token;
    const previous = tokens[j - 1] as Token;
    // French writes a comma after the house number before a leading street word: "12, boulevard Haussmann".
    if (!gapOk(text, previous, current, j === nameStart && !current.number && (afterLead || streetWords.has(current.lower)))) break;
    // An ordinal is one word of the street's name (`5th`, `121st`, `East 96th`), its letters no suffix.
    if (ordinalAt(tokens, j)) {
      words++;
      j += 2;
      continue;
    }
    // Lower-case lines ("3747 3911 fourth avenue") count only up to a full street word.
    // Irish `an` (an English stop word) right after an Irish street word: `Sráid an Mhuilinn`.
    const lowerWord = !current.capitalized && !current.number && (!STOP.has(current.lower) || (current.lower === 'an' && IRISH_STREET_WORDS.has(previous.lower))) && current.text.length <= 20;
    if (current.number || !(isNameWord(current) || isStreetWord(current) || lowerWord || (afterLead && current.capitalized && LEAD_STREET_ENDS.has(current.lower)))) break;
    if (current.capitalized ? (isSuffix(current) || (afterLead && LEAD_STREET_ENDS.has(current.lower))) && words >= 1 : (LOWER_SUFFIXES.has(current.lower) || (cued && isSuffix(current))) && words >= 1) suffixAt = j;
    if (isStreetWord(current) && (current.capitalized || current.text.length >= 3 || (SHORT_STREET_WORDS.has(current.lower) && tokens[j + 1]?.capitalized === true))) streetWordAt = j;
    else if (isDottedAllee(current, tokens[j + 1]) || isDottedBothar(current, tokens[j + 1])) streetWordAt = j;
    words++;
    j++;
  }
  if (suffixAt !== -1 || (streetWordAt !== -1 && (streetEnding.test((tokens[streetWordAt] as Token).lower) || words >= 2))) {
    let end = Math.max(suffixAt, streetWordAt);
    // Words after a leading street word belong to it: "12 rue de la Paix", "137 Avenue Teboulbi".
    if (streetWordAt !== -1 && streetWordAt >= suffixAt) {
      end = j - 1;
      // ... up to the last capitalized word: "12 rue de la Paix demain" ends at "Paix".
      while (end > streetWordAt && !(tokens[end] as Token).capitalized && !ELIDED_NAME.test((tokens[end] as Token).text) && !IRISH_MUTATED_NAME.test((tokens[end] as Token).text)) end--;
      // The French comma ("12, rue de la Paix") and a two-letter abbreviation ("12 bd Haussmann")
      // need the street's name, and the comma a line start, a comma or a preposition before the
      // number: "It cost 12, boulevard prices", "Chapter 12, rue de la Paix is" are prose.
      const comma = text.slice((tokens[nameStart - 1] as Token).end, (tokens[nameStart] as Token).start).includes(',');
      // A lower-case street word followed by lower-case words that are no particle and no house
      // number after them is prose too ("cost 12 boulevard prices are high"; not "36 rue de
      // pologne" nor "947 trg revolucije 17", lower-case lines of the dataset).
      const leading = tokens[streetWordAt] as Token;
      const prose = streetWordAt === nameStart && !leading.capitalized && j - 1 > streetWordAt && !PARTICLES.has((tokens[streetWordAt + 1] as Token).lower) && tokens[j]?.number !== true;
      if (((comma && !afterLead) || prose || SHORT_STREET_WORDS.has(leading.lower) || leading.lower === 'all') && end === streetWordAt) return -1;
      if (comma && !afterLead) {
        const word = /(\p{L}+)[ \t]+$/u.exec(text.slice(Math.max(0, token.start - 24), token.start))?.[1];
        if (word !== undefined && !BEFORE_FRENCH_NUMBER.has(word.toLowerCase())) return -1;
      }
    }
    while (end > nameStart && PARTICLES.has((tokens[end] as Token).lower)) end--;
    if (isHouseNumber(tokens[end + 1]) && gapOk(text, tokens[end] as Token, tokens[end + 1] as Token)) end++;
    const line = after(tokens, end, text);
    return cued && !(tokens[end] as Token).capitalized ? lowerCityAfter(tokens, line, text) : line;
  }
  // "20789 Allika 46", "28245 Puruntie 82": number, one to three unknown capitalized words, house number.
  if (words >= 1 && words <= 3 && token.text.length >= 3 && j === nameStart + words && isHouseNumber(tokens[j]) && gapOk(text, tokens[j - 1] as Token, tokens[j] as Token)) {
    const name = tokens.slice(nameStart, j);
    if (name.every((word) => word.capitalized && word.text.length >= 3 && !citationWord(word)) && !YEAR.test((tokens[j] as Token).text) && !decimalAt(text, (tokens[j] as Token).end) && !courseCodeBefore(text, token) && !yearBeforeLabel(text, token, name[0] as Token)) return after(tokens, j, text);
  }
  // "Springfield, IL 62704" is found from the city word; "10115 Berlin" at the start of a line or after a comma.
  // A model year before a car's make is no postal code before a city (`2019 Honda Civic`, `2021 Subaru Outback`;
  // the open part of O2 of the README-only probe of 2026-12-06b; vehicles.ts CAR_MAKES).
  if (POSTAL_DIGITS.test(token.text) && words >= 1 && words <= 3 && (token.start === 0 || LINE_START_BEFORE.test(text.slice(Math.max(0, token.start - 8), token.start))) && !(YEAR.test(token.text) && CAR_MAKES.has((tokens[nameStart] as Token).lower))) {
    const lineEnd = tokens[nameStart + words - 1] as Token;
    const rest = text.slice(lineEnd.end, lineEnd.end + 2);
    if (rest === '' || ENDS_CITY_LINE.test(rest)) {
      if (tokens.slice(nameStart, nameStart + words).every((word) => word.capitalized)) return nameStart + words - 1;
    }
  }
  return -1;
}

/**
 * A word of the postal-code-first form that makes it a citation or a code rather than a street (O1
 * of the probe of 2026-12-05e: `550 U.S. 544`, `410 Ill. App. 3d`, `755 ILCS 5/9`, `310 MNC 260`): an
 * abbreviation with its dot (a reporter's, a statute's: `U.S.`, `Ill.`, `App.`) or an acronym of two
 * to four capitals (`ILCS`, `MNC`). Street and place names are written out (`20789 Allika 46`).
 */
const citationWord = (word: Token): boolean => word.text.endsWith('.') || (word.text.length <= 4 && word.text === word.text.toUpperCase());
/**
 * A course's department code right before its three- or four-digit number (`CHEM 101 General
 * Chemistry 3`, `CS 1010 Intro Programming 4`: a catalogue line whose credits have no decimal): two
 * to five capitals and one blank. A postal code leading a street line has no such word before it.
 */
const courseCodeBefore = (text: string, token: Token): boolean => {
  if (token.text.length > 4) return false;
  const code = /(?:^|[^\p{L}\p{N}])(\p{Lu}{2,5})[ \t]$/u.exec(text.slice(Math.max(0, token.start - 7), token.start))?.[1];
  // A military mail line's own word (`PSC 0413`, `CMR 450`, `UNIT 2050`) is no course's.
  return code !== undefined && code !== 'PSC' && code !== 'CMR' && code !== 'UNIT';
};
/**
 * A year before a label's word, not a postal code before a street (O9 of the probe of 2026-12-05e,
 * found by its fixers: `Start 01 04 2025   End 30 11 2026`, dates in two-digit boxes with labels,
 * read `2025 End 30` as an address): a number of 1900-2099 that ends a date in boxes (`01 04 2025`,
 * `01 2025`) or is followed by a word of a period's start or end (`End`, `Bis`, `Hasta`, `Until`).
 */
function yearBeforeLabel(text: string, number: Token, word: Token): boolean {
  if (!YEAR.test(number.text)) return false;
  return DATE_BOXES_BEFORE.test(text.slice(Math.max(0, number.start - 12), number.start)) || PERIOD_WORDS.has(word.lower);
}
/** A day and a month, or a month, in boxes of one or two digits right before a year (`01 04 `, `1.4.`, `04/`). */
const DATE_BOXES_BEFORE = /(?:^|[^\d])\d{1,2}[ \t./-]{1,3}(?:\d{1,2}[ \t./-]{1,3})?$/;
/** Words of a period's start and end in the languages of the probes (capitalized as labels). */
const PERIOD_WORDS = new Set(
  'start end from to until till through thru since begin beginn ende bis von ab seit desde hasta inicio fin final début debut fin au du dal al inizio fine dall van tot begin einde vanaf od do koniec początek początku başlangıç bitiş'.split(' '),
);
/** A decimal point and a digit right after a number (`3.0`, `4.0` of a course line's credits): the number is no house number. */
const decimalAt = (text: string, end: number): boolean => text.charCodeAt(end) === 46 && isDigitCode(text.charCodeAt(end + 1));

/** A label of a person's name or role right before `at` (`Name:`, `Patient:`, `Contact:`, `Tenant:`, `Emergency contact:`). */
function personLabelBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 32), at);
  return STRONG_NAME_CUE_BEFORE.test(before.slice(-24)) || PERSON_ROLE_LABEL_BEFORE.test(before);
}
/** Words that say an address follows (`ship to`, `deliver it to`, `I live at`, `my address is`, `moved to`), right before its house number. */
/** The rest of a street line, a comma, a town and a UK postcode (any case) ahead on the same line (LOWER_CITY_POSTCODE's shape). */
const POSTCODE_LINE_AHEAD = /^[^\n\r,]{1,60},[ \t]?(?:[a-z][a-z'.-]{1,24} ){0,2}[a-z][a-z'.-]{1,24},? [a-z]{1,2}\d[a-z\d]? ?\d[abd-hjlnp-uw-z]{2}(?![a-z\d])/i;
const ADDRESS_CUE_BEFORE = /(?<![\p{L}])(?:ship(?:ping)?|deliver(?:y)?|send|mail|post|forward|move[ds]?)(?:\s+(?:it|them|this|everything))?\s+to\s+$|(?<![\p{L}])(?:live[sd]?|living|reside[sd]?|residing|located|staying|stay)\s+(?:at|on)\s+$|(?<![\p{L}])address(?:\s+(?:is|was|now))?\s*[:=-]?\s*$/iu;
/** Where a clause ends after a lower-case address's city words: the end, a line break or punctuation. */
const CLAUSE_END = /^[ \t]*(?:$|[\r\n.,;!?)\]])/;

/**
 * A lower-case street line after an address cue takes the city (and state) words after it when
 * they end the clause: `ship to 42 quillon row springfield il`, `i live at 7 marlow close bristol.`
 * (K18 of the probe of 2026-12-04e); at most three words, none a stop word (`… row tomorrow
 * please` keeps `please` and so stays at `row`). Returns the last token's index.
 */
function lowerCityAfter(tokens: Token[], last: number, text: string): number {
  let k = last;
  while (k < last + 3) {
    const next = tokens[k + 1];
    if (next === undefined || next.number || next.capitalized || STOP.has(next.lower) || next.text.length > 24 || !WORD_GAP.test(text.slice((tokens[k] as Token).end, next.start))) break;
    k++;
  }
  return k > last && CLAUSE_END.test(text.slice((tokens[k] as Token).end, (tokens[k] as Token).end + 4)) ? k : last;
}

/** True for the code of an ASCII digit. */
const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

/** Index of the last token of a street line ending at tokens[end], with a trailing unit. */
function after(tokens: Token[], end: number, text: string): number {
  let last = end;
  // "Via Roma 12 bis", "Calle Mayor, 12, 3º B", "Calle Mayor, 12 bajo": the repetition index, floor and door.
  if ((tokens[last] as Token).number) {
    const floor = FLOOR_AFTER.exec(text.slice((tokens[last] as Token).end, (tokens[last] as Token).end + 16));
    if (floor !== null) {
      const stop = (tokens[last] as Token).end + floor[0].length;
      while (tokens[last + 1] !== undefined && (tokens[last + 1] as Token).end <= stop) last++;
    }
  }
  // "ul. Marszałkowska 12/5", "Rua X 12/3": the flat number after a slash.
  const flat = tokens[last + 1];
  if (flat !== undefined && (tokens[last] as Token).number && isHouseNumber(flat) && text.charCodeAt((tokens[last] as Token).end) === 47 && flat.start === (tokens[last] as Token).end + 1) last++;
  // "Suite 697 Apt. 397": units right after the line.
  for (let k = 0; k < 3; k++) {
    const unit = tokens[last + 1];
    const number = tokens[last + 2];
    if (unit === undefined || number === undefined) break;
    // Polish "m. 3" / "lok. 3" (mieszkanie, lokal) only after a street line, with its dot.
    const polishFlat = unit.text === 'm.' || unit.lower === 'lok' || unit.lower === 'lokal';
    if (!(UNIT_WORDS.has(unit.lower) || polishFlat) || !isHouseNumber(number) || !UNIT_GAP.test(text.slice((tokens[last] as Token).end, unit.start))) break;
    last += 2;
  }
  return last;
}

const STATE_CODE = /^[A-Z]{2}$/;
/** Labels of a person's identifiers in capitals, as they follow a name or an address in a record (names.ts IDENTITY_LABEL_AFTER's). */
const IDENTITY_LABELS: ReadonlySet<string> = new Set(['DOB', 'SSN', 'SIN', 'MRN', 'NHI', 'NINO', 'DOD', 'EIN', 'ITIN', 'TIN', 'NPI']);
/** A compass point after a street's suffix (`Queen St W`, `Main Street North`, `Ave NW`). */
const STREET_DIRECTION = /^(?:[NSEW]|NE|NW|SE|SW|North|South|East|West|Northeast|Northwest|Southeast|Southwest)$/;
/** What ends the line after such a compass point: the end, a comma, a line break (`Meet at 12 Main St. West of …` is prose). */
const DIRECTION_END = /^[ \t]*(?:$|[\r\n,;)])/;
/** Lower-case city words, a two-letter state and a US ZIP code (`honolulu hi 96813`, `austin, tx 78701-1234`). */
const LOWER_CITY_ZIP = /^(?:[a-z][a-z'.-]{1,24} ){0,2}[a-z][a-z'.-]{1,24},? [a-z]{2},? \d{5}(?:-\d{4})?(?![\d-])/;
/**
 * Lower-case town words and a UK postcode in lower case (`bristol bs8 1th`, `sevenoaks tn13 2qp`,
 * `london wc1n3ax`: F10 of the leak probe of 2026-12-07): the outward code (A9, A99, A9A, AA9, AA99,
 * AA9A), an optional blank and the inward code (a digit and two of the letters Royal Mail uses there).
 */
const LOWER_CITY_POSTCODE = /^(?:[a-z][a-z'.-]{1,24} ){0,2}[a-z][a-z'.-]{1,24},? [a-z]{1,2}\d[a-z\d]? ?\d[abd-hjlnp-uw-z]{2}(?![a-z\d])/;
/** `in`, a city of one or two capitalized words, and a UK postcode or a US state and ZIP code (`in Leeds LS6 2AB`, `in Austin, TX 78701`). */
const CITY_POSTCODE_AFTER_IN = /^in (?:\p{Lu}[\p{L}'.-]{1,24} ){0,1}\p{Lu}[\p{L}'.-]{1,24},? (?:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]{2} \d{5}(?:-\d{4})?)(?![A-Za-z\d])/u;

/**
 * Extends an address that ends at tokens[end] over what follows in the same block: up to five
 * parts separated by a comma or a line break, each a unit, a city (capitalized or upper-case
 * words), a state code, a postal code, or a mix ("Colorado Springs, CO 80903", "LONDON").
 */
function extendBlock(text: string, tokens: Token[], end: number): number {
  let last = end;
  // The block so far ends in a postal code (`…, IL 60201`, `50674 Köln`): the address is whole, and
  // only a country's name may follow on a line of its own.
  let complete = zipAt(tokens, end);
  for (let part = 0; part < 5; part++) {
    const next = tokens[last + 1];
    if (next === undefined) break;
    const gap = text.slice((tokens[last] as Token).end, next.start);
    if (gap.length > 14 || !BLOCK_GAP.test(gap)) break;
    if (gap.includes('\n') && otherFieldLine(text, next.start, complete)) break;
    const lineBreak = gap.includes('\n') || gap.includes(',');
    let j = last + 1;
    let taken = 0;
    while (j < tokens.length && taken < 5) {
      const current = tokens[j] as Token;
      if (j > last + 1) {
        const inner = text.slice((tokens[j - 1] as Token).end, current.start);
        if (!WORD_GAP.test(inner) && !OPEN_PAREN_GAP.test(inner) && !CLOSE_PAREN_GAP.test(inner)) break;
      }
      const postal = current.number && POSTAL_CODE.test(text.slice(current.start, current.end + 5).split(NOT_POSTAL_CHAR)[0] ?? '');
      const unit = !current.number && UNIT_WORDS.has(current.lower) && isHouseNumber(tokens[j + 1]);
      if (unit) {
        j += 2;
        taken += 2;
        continue;
      }
      // UK, Canadian, Dutch and Polish postcodes: "NW1 6XE", "K1A 0B1", "1012 AB", "00-590".
      const postcode = POSTCODE.exec(text.slice(current.start, current.start + 9));
      if (postcode) {
        complete = true;
        const stop = current.start + postcode[0].length;
        while (j < tokens.length && (tokens[j] as Token).end <= stop) {
          j++;
          taken++;
        }
        continue;
      }
      // An identity label after the street line (`12 Main Street, DOB 1970-02-03`, `…, SSN …`) starts
      // another field, as after a person's name; not a city (issue 11 of 2026-12-05).
      if (!current.number && IDENTITY_LABELS.has(current.text)) break;
      // A ZIP+4 after a state code, no comma before it (`Chicago IL 60641-4215`, `CHICAGO IL 60641-4215`: L10 of the probe of 2026-12-06b): the code whole.
      if (current.number && j > 0 && zipPlusFourAt(text, tokens, j)) {
        complete = true;
        const stop = current.end + 5;
        while (j < tokens.length && (tokens[j] as Token).end <= stop) {
          j++;
          taken++;
        }
        continue;
      }
      // A postal code written in two groups after a comma or a line break, then a city, a comma or the end: Sweden's,
      // Czechia's, Slovakia's and Greece's `111 51`, `110 00`, `105 63`, Portugal's `1100-053` (issue 11, L9's open part:
      // `Drottninggatan 5, 111 51, Stockholm` ended before the code). A third group (`416 60 039`) is a phone's.
      if (current.number && lineBreak && taken === 0) {
        const split = SPLIT_POSTCODE.exec(text.slice(current.start, current.start + 14));
        if (split !== null) {
          complete = true;
          const stop = current.start + split[0].length;
          while (j < tokens.length && (tokens[j] as Token).end <= stop) {
            j++;
            taken++;
          }
          continue;
        }
      }
      // A number followed by more digits on the line ("416 60 039 office") is a phone, not a postal code.
      if (current.number && MORE_DIGITS_AFTER.test(text.slice(current.end, current.end + 3))) break;
      // "Main Street, 5 stars": a short number after a comma before a word of prose is a count (a
      // postal code of four digits or more before a city in lower case still joins: "…, 75002 paris").
      if (current.number && current.text.length <= 3 && !gap.includes('\n') && proseAfterNumber(text, current.end)) break;
      // An amount with a thousands separator or cents (`Gross 4,120.00` on the next line) is no postal code.
      if (current.number && AMOUNT_AFTER.test(text.slice(current.end, current.end + 4))) break;
      // A street line of its own after a unit (`Apartment 3, 17 Sráid an Mhuilinn, Cork`): the whole
      // line, its lower-case particles too (L3 of the probe of 2026-12-05h; bounded: streetLineAt reads
      // at most six words and its units).
      if (taken === 0 && lineBreak && current.number && isHouseNumber(current) && !isHouseNumber(tokens[j + 1])) {
        const line = streetLineAt(text, tokens, j);
        if (line > j + 1) {
          taken += line + 1 - j;
          j = line + 1;
          continue;
        }
      }
      if (postal || (current.number && isHouseNumber(current) && lineBreak)) {
        if (current.text.length >= 4) complete = true;
        j++;
        taken++;
        continue;
      }
      // A city of capitalized words, a state code and a ZIP code right after the street line, no comma
      // between (`2219 Esplanade Ave New Orleans LA 70119-1122`; L10 of the probe of 2026-12-06b): the
      // code at the end makes the words a city.
      if (!current.number && taken === 0 && !lineBreak && current.capitalized) {
        const zip = CITY_STATE_ZIP.exec(text.slice(current.start, current.start + 72));
        if (zip !== null) {
          const stop = current.start + zip[0].length;
          complete = true;
          while (j < tokens.length && (tokens[j] as Token).end <= stop) {
            j++;
            taken++;
          }
          continue;
        }
      }
      // A city and state in lower case before a ZIP code (`…, honolulu hi 96813`) or a town before a UK
      // postcode (`…, bristol bs8 1th`, F10 of 2026-12-07), or `in` and a
      // city before a postcode (`… Lane in Leeds LS6 2AB`): a probe of 2026-12-03 found them stored
      // raw after the masked street line. The code at the end is what makes them part of it.
      if (!current.number && taken === 0 && ((lineBreak && !current.capitalized) || (!lineBreak && current.lower === 'in'))) {
        const tail = text.slice(current.start, current.start + 72);
        const zip = lineBreak ? (LOWER_CITY_ZIP.exec(tail) ?? LOWER_CITY_POSTCODE.exec(tail)) : CITY_POSTCODE_AFTER_IN.exec(tail);
        if (zip !== null) {
          const stop = current.start + zip[0].length;
          while (j < tokens.length && (tokens[j] as Token).end <= stop) {
            j++;
            taken++;
          }
          continue;
        }
      }
      // A state or province code that is also a word (`ON`, `IN`, `OR`, `ME`, `HI`) after a city or a comma: `Toronto ON M5V 2T6`, `Portland, OR 97201` (K18 of the probe of 2026-12-04e).
      const stateWord = STATE_CODE.test(current.text) && (taken > 0 || lineBreak);
      if (!current.number && (current.capitalized || current.lower === 'nan') && (!STOP.has(current.lower) || stateWord) && current.text.length <= 30) {
        // Part of a city or country name; a lone lower-case sentence word ends the block.
        // A compass point right after the street line belongs to it (`Queen St W`, `Queen Street West`; K18).
        if (!lineBreak && taken === 0 && last === end && STREET_DIRECTION.test(current.text) && WORD_GAP.test(gap) && DIRECTION_END.test(text.slice(current.end, current.end + 3))) {
          j++;
          taken++;
          continue;
        }
        if (!lineBreak && taken === 0 && !STATE_CODE.test(current.text) && !(current.text === current.text.toUpperCase() && current.text.length > 2)) {
          // A capitalized word right after a street line, without comma or line break, is a city only if upper-case.
          break;
        }
        j++;
        taken++;
        continue;
      }
      break;
    }
    if (taken === 0) break;
    last = j - 1;
  }
  return last;
}

/** A thousands group or cents glued after a number: `4,120`, `512.40`. */
const AMOUNT_AFTER = /^[.,]\d{2}/;
/** A field's label opening a line: words, then a colon (`Department: Finance`, `END:VEVENT`, `DATE OF BIRTH:`, `Contact:`); not a URL's `://`. */
const LABEL_LINE = /^\p{L}[\p{L}\d '’.()/-]{0,40}?:(?!\/\/)/u;
/**
 * A line of one to three words, then an amount with a thousands group or cents (`Gross 4,120.00`,
 * `Net Pay $3,201.55`, `Total EUR 512.40`): a payslip's or an invoice's row, no city and postal code.
 */
const AMOUNT_LINE = /^\p{Lu}[\p{L}'’.-]*(?:[ \t]+[\p{L}'’.-]+){0,2}[ \t]+(?:[$€£]|USD |EUR |GBP )?\d{1,3}(?:[.,'’ ]\d{3})*[.,]\d{2}(?!\d)/u;
/** A transcript's turn opening a line: `Q.`, `A.`, `Q:`, `A:`. */
const TURN_LINE = /^[QA][.:][ \t]/;
/** A capitalized word, then a lower-case word on the line (`City or town, state`, `Year built`). */
const LOWER_SECOND_WORD = /^\p{Lu}[\p{L}'’.-]*[ \t]+(\p{Ll}[\p{L}'’]*)/u;
/** Lower-case words inside a city's name: `Frankfurt am Main`, `Newcastle upon Tyne`, `Rio de Janeiro`, `Châlons-en-Champagne` written apart. */
const CITY_INNER_WORDS: ReadonlySet<string> = new Set([...PARTICLES, 'upon', 'on', 'sur', 'sous', 'en', 'bei', 'ob', 'in', 'a', 'al']);
/** A line of one to four capitalized words and nothing else (a country: `USA`, `United Kingdom`, `Deutschland`). */
const COUNTRY_LINE = /^\p{Lu}[\p{L}'’.-]{1,30}(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]{0,30}|of|and|the)){0,3}[ \t]*\r?$/u;

/** Capitalized words of a city (one to three), a state code and a US ZIP code, ZIP+4 too (`New Orleans LA 70119-1122`, `Austin TX 78746`). */
const CITY_STATE_ZIP = /^(?:\p{Lu}[\p{L}'.-]{1,24} ){0,2}\p{Lu}[\p{L}'.-]{1,24},? [A-Z]{2} \d{5}(?:-\d{4})?(?![\d-])/u;
/** A ZIP+4 (`60641-4215`) at tokens[at], after a state code (`IL`), nothing glued after it. */
function zipPlusFourAt(text: string, tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  const state = tokens[at - 1];
  return /^\d{5}$/.test(token.text) && state !== undefined && STATE_CODE.test(state.text) && /^-\d{4}(?![\d-])/.test(text.slice(token.end, token.end + 6));
}
/** A US ZIP code after a state code (`IL 60201`, `WA 98103`) at tokens[at]. */
function zipAt(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  const state = tokens[at - 1];
  return token.number && /^\d{5}$/.test(token.text) && state !== undefined && STATE_CODE.test(state.text);
}

/**
 * Whether the line starting at `from` is another field rather than the rest of an address (O2 of
 * the probe of 2026-12-05e: `…, IL 60201\nGross 4,120.00` took `Gross 4` as a city and a postal
 * code, `…, Evanston\nEND:VEVENT` took `END`): a label and its colon, a transcript's turn, a
 * capitalized word before a lower-case one that no city's name holds (`City or town, …`); after a
 * postal code (`complete`) anything but a country's name on its own line. Reads at most 80
 * characters of the line, once per line break in a block: linear.
 */
function otherFieldLine(text: string, from: number, complete: boolean): boolean {
  let to = text.indexOf('\n', from);
  if (to < 0 || to - from > 80) to = Math.min(text.length, from + 80);
  const line = text.slice(from, to);
  if (LABEL_LINE.test(line) || TURN_LINE.test(line) || AMOUNT_LINE.test(line)) return true;
  const second = LOWER_SECOND_WORD.exec(line)?.[1];
  if (second !== undefined && !CITY_INNER_WORDS.has(second)) return true;
  return complete && !COUNTRY_LINE.test(line);
}

const cornerOf = /\b(?:the )?corner of (?:[\p{L}\p{M}\d'.\-]{1,30} ){1,5}?(?:and|&) [\p{Lu}\d][\p{L}\p{M}\d'.\-]{0,30}(?: [\p{Lu}\d][\p{L}\p{M}\d'\-]{0,30}){0,3}/giu;
const stateZip = /, ?[A-Z]{2} \d{5}(?:-\d{4})?(?!\d)/g;
const cityBefore = /(?<![\p{L}\d])(?:\p{Lu}[\p{L}'.\-]{1,24} ){0,2}\p{Lu}[\p{L}'.\-]{1,24}$/u;
