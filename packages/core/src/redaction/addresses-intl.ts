import type { Detection } from './types.js';
import { gatedTest } from './internal/prefilter.js';
import { isRecordNameWord } from './names.js';

// Street addresses written the way Japan, China, Korea, Russia, India and Brazil write them, and
// geographic coordinates of a person's place. addresses.ts reads English and European street
// lines from a number and a street word; these forms put the parts in another order, in scripts
// without spaces, or between commas:
//  - Japan: a municipality (市 区 町 村 郡), optionally after a prefecture (東京都, 大阪府, 北海道,
//    …県) or a postal code (〒100-0001), and a block number: 1丁目2番3号, 3丁目1-1, 1-1-1, 12番地,
//    or two numbers (1-1) after a prefecture or postal code; a building and room (…ビル 5号室).
//    In Latin letters (Japan Post's romanized order): the block number before the district and
//    the municipality's head (2-5-8 Jingumae, Shibuya-ku, Tokyo 150-0001): japaneseLatin.
//  - China: a road or lane (路 街 大道 道 巷 胡同 弄) and its number with 号, after the district,
//    city and province before it (北京市朝阳区建国路88号), then building, unit and room (2栋3单元301室);
//    or a compound's building and room (科技园南区2栋301室).
//  - Korea: a road-name address (도로명주소) after its city, county or district: 서울특별시 강남구
//    테헤란로 152, 종로구 세종대로 209; a lot address (지번) after a district: 해운대구 우동 1234-5;
//    building and unit numbers after them (101동 1203호).
//  - Russia and other Cyrillic forms: a street word (ул., улица, пр-т, проспект, пр., пер., шоссе,
//    наб., бульвар, пл., проезд, мкр., Ukrainian вул.; the abbreviations also without their dot)
//    before or after the name, and the house (д. 7, дом 7, or a number after a comma), block
//    (корп., стр.) and flat (кв. 15, or 7-15); a city (г. Москва) and a six-digit index before it.
//  - India: a house, flat, plot or door number (H.No. 12-3-456, Flat 12, 12/3) and capitalized
//    words up to a six-digit PIN code, when they hold an Indian street word (Nagar, Marg, Colony,
//    Layout, Road, Sector, Hills, …) or a state or large city.
//  - Brazil: a street word (Rua, Av., Avenida, Travessa, Alameda, Praça, Estrada, Rodovia) and its
//    name, a comma and the number (Rua das Flores, 123), then apartment, block, district, city - UF
//    and CEP.
//  - Coordinates (GDPR Art. 4(1) "location data"; HIPAA Safe Harbor, 45 CFR 164.514(b)(2)(i)(B),
//    geographic subdivisions smaller than a state): a geo URI (RFC 5870: geo:37.786971,-122.399677),
//    a latitude and longitude labelled as such (lat: 51.5074, lon: -0.1278; latitude=…&longitude=…),
//    or a pair (decimal degrees with three or more decimals, about 100 m, or degrees, minutes and
//    seconds) after words for a person's place: home, lives, my/current/last known location or
//    position, GPS, pickup, drop-off, deliver to, right before the pair. A pair with no such word stays (a city's centre in a weather
//    tool's answer: "located at 52.520008, 13.404954"); class `pii.location`, type GEO. A pair
//    written with its hemispheres (51.5074 N, 0.1278 W; 51°30'26.6"N 0°07'40.0"W) and the
//    coordinates in a map service's link (maps.google.com/?q=…, /@lat,lon,15z, OpenStreetMap
//    #map=15/lat/lon) need no such word: nothing else is written so (a probe of 2026-12-03).
// Every pattern has bounded repetitions and is run as one global search: linear in the input.

const HAN = '\\u4e00-\\u9fff\\u3400-\\u4dbf';
const DASH = '-\\u2010\\u2011\\u2012\\u2013\\u2212\\uff0d\\u30fc';

const JP_BLOCK = `(?:\\d{1,4}丁目(?:\\s?\\d{1,4}(?:番地?|[${DASH}])(?:\\s?\\d{1,4}号?)?)?|\\d{1,4}番地?(?:\\s?\\d{1,4}号)?|\\d{1,4}[${DASH}]\\d{1,4}(?:[${DASH}]\\d{1,4})?)`;
const JP_ROOM = `(?:\\s?[${HAN}\\u30a1-\\u30fa\\u30fcA-Za-z]{1,16}\\s?\\d{1,4}(?:号室|階|F))?`;
/** A block number (the place names before it are read by walking back from it). */
const JP_NUMBER = new RegExp(`(?<![${DASH}\\d])${JP_BLOCK}${JP_ROOM}`, 'gu');
const JP_MUNICIPALITY = /[市区町村郡]/u;
const JP_PREFECTURE = /^(?:北海道|東京都|京都府|大阪府|[\u4e00-\u9fff]{2,3}県)/u;
const JP_POSTAL = new RegExp(`〒\\s?\\d{3}[${DASH}]?\\d{4}\\s*$`, 'u');

// A road's numbered section (`人民南路四段12号`, `忠孝東路四段100巷5弄3號`: Chengdu's and Taipei's long roads
// are cut into 段, numbered in Han numerals or digits, or named by their direction, 东段) between the road and its number, then a lane
// (巷) and an alley (弄) in Taiwan's order, and the traditional 號 (L6 of the thirteenth probe of
// 2026-12-05f: `住址：四川省成都市武侯区人民南路四段12号` was stored raw).
const CN_ROAD = new RegExp(`(?:路|街|大道|道|巷|胡同|弄)(?:(?:[一二三四五六七八九十]{1,3}|\\d{1,2}|[东西南北中東])段)?\\s?\\d{1,5}(?:[${DASH}]\\d{1,5})?(?:巷\\s?\\d{1,4})?(?:弄\\s?\\d{1,4})?[号號](?:之\\d{1,3})?(?:院)?(?:\\s?\\d{1,4}(?:栋|棟|幢|座|号楼|號樓|楼|樓|单元|單元|层|層|室|号|號|房)(?:之\\d{1,3})?){0,4}`, 'gu');
const CN_COMPOUND = /(?:小区|花园|大厦|公寓|园|苑|村|区)\s?\d{1,4}(?:栋|幢|座|号楼)(?:\s?\d{1,3}单元)?\s?\d{1,5}(?:室|号|房)?/gu;
/** Words of a sentence before an address ("I live at", "send to"): the address starts after the last of them. */
const CN_LEAD = /(?:住在|在|到|于|是|为|址|往|自|给)/gu;

const HANGUL_WORD = /[\uac00-\ud7a3]/;
const KO_ROAD = new RegExp(`(?<![\\uac00-\\ud7a3\\d])[\\uac00-\\ud7a3\\d]{1,12}(?:로|길)\\s?\\d{1,4}(?:[${DASH}]\\d{1,4})?(?:번길\\s?\\d{1,4})?(?![\\d.])(?:,?\\s?\\d{1,4}동)?(?:\\s?\\d{1,5}호)?`, 'gu');
const KO_LOT = new RegExp(`(?<![\\uac00-\\ud7a3\\d])[\\uac00-\\ud7a3\\d]{1,8}(?:동|읍|면|리)\\s\\d{1,5}(?:[${DASH}]\\d{1,5})?(?:번지)?(?![\\d.])(?:,?\\s?\\d{1,4}동)?(?:\\s?\\d{1,5}호)?`, 'gu');
const KO_ADMIN = /(?:특별시|광역시|특별자치시|특별자치도|도|시|군|구)$/u;
const KO_DISTRICT = /(?:구|군)$/u;

const CYR_UPPER = 'А-ЯЁ';
const CYR = 'А-Яа-яЁё';
const RU_STREET_BEFORE = '(?:ул\\.?|улица|пр-т|просп\\.?|проспект|пр\\.|пер\\.?|переулок|ш\\.|шоссе|наб\\.?|набережная|б-р|бульвар|пл\\.|площадь|проезд|мкр\\.?|микрорайон|вул\\.?|вулиця)';
const RU_STREET_AFTER = '(?:улица|проспект|переулок|шоссе|набережная|бульвар|площадь|проезд)';
const RU_HOUSE = `(?:д\\.?|дом)\\s?\\d{1,4}[${CYR}]?(?:\\/\\d{1,3})?`;
/** A street (word before or after its name) and a house number; the city and index before it, the block and flat after. */
const RU_ADDRESS = new RegExp(
  `(?<![${CYR}])(?:\\d{6},\\s*)?(?:(?:г\\.?|город)\\s[${CYR_UPPER}][${CYR}-]{1,24},\\s*)?(?:${RU_STREET_BEFORE}\\s?[${CYR_UPPER}\\d][${CYR}\\d-]{0,24}(?:\\s[${CYR}][${CYR}-]{1,24}){0,2}(?:[,\\s]+${RU_HOUSE}|,\\s?\\d{1,4}[${CYR}]?(?![\\d.,]\\d))|[${CYR_UPPER}][${CYR}-]{1,24}(?:\\s[${CYR}][${CYR}-]{1,24})?\\s${RU_STREET_AFTER}[,\\s]+${RU_HOUSE})(?:[,\\s]+(?:корп\\.|к\\.|стр\\.|строение|корпус)\\s?\\d{1,3})?(?:[,\\s]+(?:кв\\.?|квартира|оф\\.?|офис)\\s?\\d{1,4}|-\\d{1,4}(?![\\d.,]\\d))?`,
  'gu',
);

/** A house or flat number, capitalized words and a six-digit PIN code (checked for an Indian word below). */
const IN_ADDRESS = /(?<![\w/-])(?:(?:H\.?\s?No\.?|House\s?No\.?|Flat\s?No\.?|Plot\s?No\.?|Door\s?No\.?|D\.\s?No\.?|Flat|Plot|Door)\s?[:.]?\s?)?\d{1,5}(?:[-/]\d{1,5}){0,3}[A-Za-z]?,?\s(?:[A-Z][A-Za-z.]{0,30}(?:\s?[-,]\s?|\s)){1,12}?[1-9]\d{2}\s?\d{3}(?![\d-])/g;
const IN_WORDS = /\b(?:Nagar|Marg|Colony|Layout|Enclave|Vihar|Bagh|Chowk|Cross|Road|Rd|Street|Lane|Sector|Phase|Block|Apartments?|Society|Hills|Puram|Pet|Palli|Pally|Halli|Wadi|Ganj|Gunj|Delhi|Mumbai|Bengaluru|Bangalore|Hyderabad|Chennai|Kolkata|Pune|Ahmedabad|Jaipur|Lucknow|Kanpur|Nagpur|Indore|Bhopal|Patna|Surat|Noida|Gurgaon|Gurugram|Chandigarh|Kochi|Thiruvananthapuram|Karnataka|Maharashtra|Tamil Nadu|Kerala|Telangana|Andhra Pradesh|Gujarat|Rajasthan|Uttar Pradesh|West Bengal|Madhya Pradesh|Bihar|Punjab|Haryana|Odisha|Assam)\b/;

const BR_STREET = '(?:Rua|R\\.|Avenida|Av\\.|Travessa|Tv\\.|Alameda|Al\\.|Praça|Pça\\.|Estrada|Estr\\.|Rodovia|Rod\\.|Largo|Viela|Beco)';
const BR_WORD = '(?:d[aeo]s?|e|[\\p{Lu}\\d][\\p{L}\\d.\'’-]{0,30})';
/**
 * Street word, name, comma and number; apartment, block, district, city - UF and CEP after it. A
 * number followed by a lower-case word that is no unit is a count in prose (`Rua Augusta, 1500
 * metros`, `Rua das Flores, 2 episódios`; a probe of 2026-12-02).
 */
const BR_ADDRESS = new RegExp(
  `(?<![\\p{L}])${BR_STREET}\\s${BR_WORD}(?:\\s${BR_WORD}){0,5},?\\s(?:n[º°o]\\.?\\s?)?\\d{1,5}[A-Za-z]?(?![\\d.,]\\d)(?!\\d)(?![ \\t]{1,2}(?!(?:apto?|apartamento|bloco|bl|casa|sala|conj|cj|andar|loja|lj|fundos|frente|esq)(?![\\p{L}]))\\p{Ll})(?:\\s?[${DASH},]\\s?(?:apto?\\.?|apartamento|bloco|bl\\.|casa|sala|conj\\.?|cj\\.?)\\s?\\d{1,5}[A-Za-z]?)*(?:\\s?[${DASH},]\\s?\\p{Lu}[\\p{L}]+(?:\\s(?:d[aeo]s?\\s)?\\p{Lu}[\\p{L}]+){0,3}){0,2}(?:\\s?[${DASH}/]\\s?[A-Z]{2}(?![\\p{L}]))?(?:,?\\s?(?:CEP:?\\s?)?\\d{5}-?\\d{3}(?!\\d))?`,
  'gu',
);

/** A word of two letters or more not ending in a dot (a street's name written out, `Augusta`, `XV`). */
const BR_NAME_WORD = /\p{L}{2,}(?![\p{L}.])/u;
/** The name after the street word's blank: a number that starts it, then all up to the next digit (the house number's). */
const BR_NAME = /^\s\d*\D*/u;

const DEGREES = '(?:-?(?:[1-8]?\\d|90)\\.\\d{3,}[,;\\s]\\s*-?(?:1[0-7]\\d|0?\\d?\\d|180)\\.\\d{3,}(?!\\d))';
const DMS = '(?:\\d{1,2}°\\s?\\d{1,2}[′\']\\s?\\d{1,2}(?:\\.\\d+)?(?:″|"|\'\')\\s?[NS][,\\s]\\s*\\d{1,3}°\\s?\\d{1,2}[′\']\\s?\\d{1,2}(?:\\.\\d+)?(?:″|"|\'\')\\s?[EW])';
const GEO_URI = /(?<![\w.-])geo:-?\d{1,2}(?:\.\d+)?,-?\d{1,3}(?:\.\d+)?(?:,-?\d+(?:\.\d+)?)?(?:;[\w=.-]{1,40}){0,4}/gi;
// The colon or equals sign may be left out (`lat 51.5074, lon -0.1278`; a probe of 2026-12-03).
const LABELLED = /\b(?:lat|latitude)["']?(?:\s*[:=]\s*|\s{1,2})["']?(-?\d{1,2}\.\d{3,})["']?\s*[,;&]?\s*["']?(?:lon|lng|long|longitude)["']?(?:\s*[:=]\s*|\s{1,2})["']?(-?\d{1,3}\.\d{3,})/gi;
/**
 * A pair written with its hemispheres (a probe of 2026-12-03): decimal degrees with four decimals
 * or more (about 10 m) and `N`/`S`, `E`/`W` after each (`51.5074 N, 0.1278 W`, `51.5074°N
 * 0.1278°W`), or degrees, minutes and seconds (`51°30'26.6"N 0°07'40.0"W`). Only coordinates
 * are written so (no version, list or amount), so no word before it is needed.
 */
const HEMISPHERE_PAIR = /(?<![\d.\w])(?:(?:[1-8]?\d|90)\.\d{4,}\s?°?\s?[NS][,;]?\s{1,3}(?:1[0-7]\d|0?\d?\d|180)\.\d{4,}\s?°?\s?[EW]|\d{1,2}°\s?\d{1,2}[′']\s?\d{1,2}(?:\.\d+)?(?:″|"|'')\s?[NS][,;]?\s{0,3}\d{1,3}°\s?\d{1,2}[′']\s?\d{1,2}(?:\.\d+)?(?:″|"|'')\s?[EW])(?![\p{L}\p{N}])/gu;
/**
 * A link to a map service (Google Maps, Apple Maps, OpenStreetMap, Bing, Waze, HERE), with or
 * without its scheme, up to a blank, quote or angle bracket: the coordinates in it (MAP_COORDS)
 * are a place someone looked up or shared.
 */
const MAP_LINK = /(?:https?:\/\/)?(?:[\w-]+\.)*(?:google\.[a-z]{2,3}(?:\.[a-z]{2})?\/maps|maps\.google\.[a-z]{2,3}(?:\.[a-z]{2})?|goo\.gl\/maps|maps\.app\.goo\.gl|maps\.apple\.com|openstreetmap\.org|osm\.org|bing\.com\/maps|waze\.com|wego\.here\.com|share\.here\.com)[^\s"'<>]{0,400}/gi;
const MAP_HINT = /maps|openstreetmap|osm\.org|waze\.com|here\.com/i;
/**
 * Coordinates in a map link: `?q=51.5074,-0.1278` (`q`, `ll`, `sll`, `query`, `center`,
 * `daddr`, `saddr`, `destination`, `origin`, `cp`, `pin`, `to`, `from`; a comma, `%2C`, `~` or `+`
 * between), `/@51.5074,-0.1278,15z`, `/dir/51.5,-0.12/…`, OpenStreetMap's `#map=15/51.5074/-0.1278`
 * and `?mlat=51.5074&mlon=-0.1278`; groups 1 and 2 or 3 and 4 or 5 and 6 are latitude and longitude.
 */
const MAP_COORDS = /(?:[?&;](?:q|ll|sll|query|center|daddr|saddr|destination|origin|cp|pin|to|from|mlat)=|\/@|\/dir\/|\/place\/|\/search\/)(-?\d{1,2}\.\d+)(?:,|%2C|~|\+|\s)\+?(?:[?&;]mlon=)?(-?\d{1,3}\.\d+)|#map=\d{1,2}\/(-?\d{1,2}\.\d+)\/(-?\d{1,3}\.\d+)|[?&;]mlat=(-?\d{1,2}\.\d+)&(?:amp;)?mlon=(-?\d{1,3}\.\d+)/gi;
/** A coordinate pair; the words before it decide (CUE_BEFORE). */
const PAIR = new RegExp(`(?<![\\d.])(?:${DEGREES}|${DMS})`, 'gu');
/**
 * Words that make the pair a person's place, right before it: `home at`, `home location`, `lives
 * near`, `my/current/last known location`, `GPS:`, `GPS coordinates`, `pickup at`, `drop-off
 * location`, `deliver to`. A word with anything else between (`temperature at home: 21.500,
 * 22.750`, `GPS accuracy 12.345, 67.890 ms`) is no cue.
 */
const CUE_BEFORE = /\b(?:(?:home|house|residence|apartment|flat)\s+(?:is\s+)?(?:at|near|location|position|coordinates|gps)|(?:lives?|living|resides|stays?|staying)\s+(?:at|near|in)|(?:my|current|last\s+known|home|patient'?s?|user'?s?|customer'?s?|caller'?s?)\s+(?:location|position|coordinates|gps)|gps(?:\s+(?:coordinates|position|location|fix))?|coordinates\s+of\s+(?:the\s+)?(?:patient|user|customer|caller)|pick-?\s?up(?:\s+(?:at|location|point))?|drop-?\s?off(?:\s+(?:at|location|point))?|deliver(?:y)?\s+(?:to|at|location))\s*(?:is\s+|was\s+)?[:=]?\s*(?:at\s+|near\s+)?["']?$/iu;

function push(out: Detection[], text: string, start: number, end: number, type: 'ADDRESS' | 'GEO'): void {
  if (end <= start) return;
  const value = text.slice(start, end);
  out.push({ start, end, type, class: type === 'GEO' ? 'pii.location' : 'pii.address', normalized: value.toLowerCase().replace(/[\s,]+/g, ' ') });
}

// ------------------------------------------------------------ Japanese addresses in Latin letters
/**
 * Japanese addresses romanized (L5 of the sixth probe of 2026-12-04: `2-5-8 Jingumae, Shibuya-ku,
 * Tokyo`, `4-2-8 Shibakoen, Minato-ku, Tokyo 105-0011`, `Address line 1: 2-5-8 Jingumae` were
 * stored raw). Japan Post's romanized order: the chōme-banchi-gō number (`2-5-8`, `1-1`) before the
 * district, then the ward, city, town or county with its head (`Shibuya-ku`, `Sapporo-shi`,
 * `Quillon-cho`, `-machi`, `-gun`, `-mura`), the prefecture or city, and a postal code `NNN-NNNN`
 * with no `〒`; or the municipality with its head first and the number after the district
 * (`Minato-ku, Shibakoen 4-2-8`). The number-first form is an address when a part holds a head, a
 * postal code follows, or an address cue stands before it (`Address line 1:`, `I live at`); two
 * numbers alone (`1-1 Oshiage`) need the head, the code or the cue too. Gated on a digit, a dash and
 * a digit (gatedTest): text without one costs nothing more.
 */
const mayHoldBlockNumber = gatedTest(/\d-\d/);
/** A municipality's head (`-ku`, `-shi`, …): the head-first order is looked for only in text holding one. */
const mayHoldJapaneseHead = gatedTest(/-(?:ku|shi|ch[oō]|machi|gun|mura)/i);
/** The block number before a capitalized word: `2-5-8 Jingumae`, `3-14-1 Quillon-cho`, `1-1, Oshiage`. */
const JP_LATIN_NUMBER = /(?<![\p{L}\d./:#+-])\d{1,4}-\d{1,4}(?:-\d{1,4})?(?![\d-])(?:,[ \t]?|[ \t])(?=\p{Lu})/gu;
/** One comma-separated part: one to three capitalized words (a romanized place, macrons too), a postal code after them or alone. */
const JP_LATIN_PART = /(?:\p{Lu}[\p{Ll}āēīōū'’]{1,24}(?:-\p{L}[\p{Ll}āēīōū]{1,7})?(?:[ \t]\p{Lu}[\p{Ll}āēīōū'’]{1,24}(?:-\p{L}[\p{Ll}āēīōū]{1,7})?){0,2})(?:[ \t]+\d{3}-\d{4}(?![\d-]))?|\d{3}-\d{4}(?![\d-])/uy;
/** A municipality's or town's head after its name. */
const JP_HEAD = /\p{Ll}-(?:ku|shi|ch[oō]|machi|gun|mura|son|ken)(?![\p{L}])/u;
const JP_POSTCODE = /\d{3}-\d{4}$/;
/** The municipality first, then the district and the block number (`Minato-ku, Shibakoen 4-2-8`). */
const JP_LATIN_HEAD_FIRST = /(?<![\p{L}])\p{Lu}\p{Ll}{1,24}-(?:ku|shi|ch[oō]|machi|gun|mura),?[ \t](?:\p{Lu}[\p{Ll}āēīōū]{1,24}(?:-(?:ch[oō]|machi))?,?[ \t]){1,2}\d{1,4}-\d{1,4}(?:-\d{1,4})?(?![\d-])/gu;
/**
 * An address cue just before the number: `Address:`, `Address line 1:`, `I live at`, `ship to`; a form's longer
 * address label (`Employee's address and ZIP code`, `Home address (number and street):`, `name and address: Tanaka
 * Yui,`: L1 of probe-2026-12-05i) with up to 30 characters of its words, a note in parentheses or a name after it.
 */
const JP_CUE_BEFORE = /(?:\baddress(?:[ \t]?line[ \t]?\d)?|\baddress(?:[ \t]+(?:and|&)[ \t]+(?:zip|postal|post)[ \t]?code)?[ \t]*(?:\([^()\n\d]{0,30}\))?[ \t]*:(?:[ \t]*\p{Lu}[\p{L}'’-]{1,24}(?:[ \t]\p{Lu}[\p{L}'’-]{1,24}){0,2},)?|\b(?:lives?|living|resides?|located|staying)[ \t]+(?:at|in)|\b(?:ship(?:ping)?|deliver(?:y)?|send(?: it)?|mail(?: it)?|forward)[ \t]+to)[ \t]*[:=]?[ \t]*["']?$/iu;

/** A chōme, banchi and gō: three numbers (`2-14-7`), the block of one building, which nothing else numbers so before a place's name. */
const THREE_BLOCK_NUMBERS = /^\d{1,2}-\d{1,3}-\d{1,3}[, \t]/;
/** Honorifics after a romanized name (`-kun`, `-san`): no place's part. */
const HONORIFICS: ReadonlySet<string> = new Set(['san', 'kun', 'chan', 'sama', 'sensei', 'senpai', 'dono', 'tan']);
/** Hepburn romanization's syllables (a consonant or two and a vowel, a syllabic `n`, a doubled consonant), a word of them whole. */
const HEPBURN_WORD = /^(?:(?:[kgszjtdnhbpmr]y?|ch|sh|ts|f|w|y)?[aiueoāīūēō]|n(?![aiueoy])|[kstpgc](?=[kstpgc]))+$/;
/**
 * Whether the word at `at` (its parts joined by hyphens: `Kichijoji-Honcho`) reads as a romanized Japanese place: five
 * letters or more, every part Hepburn (`Jingumae`, `Shimokitazawa`, `Nakameguro`, `Hiroo`; L1 of probe-2026-12-05i:
 * `Inspected 2-14-7 Jingumae on 11/30` was stored raw), the first no frequent English word (`Banana`, `Kenya`).
 * Asked only after a three-number block.
 */
function hepburnPlace(text: string, at: number): boolean {
  const word = /^\p{Lu}[\p{Ll}āēīōū]{1,24}(?:-\p{L}[\p{Ll}āēīōū]{1,12})?(?![\p{L}\d])/u.exec(text.slice(at, at + 40))?.[0];
  if (word === undefined || word.replace('-', '').length < 5) return false;
  const parts = word.toLowerCase().split('-');
  if (!parts.every((part) => part.length >= 2 && HEPBURN_WORD.test(part))) return false;
  // A name with its honorific (`Oka-kun`, `Tanaka-san`) is a person's.
  if (parts.length > 1 && HONORIFICS.has(parts[parts.length - 1] as string)) return false;
  // No English word the lists know (`Banana`, `Kenya`, `Karate`): a listed name or an unknown word (isRecordNameWord).
  return isRecordNameWord(word.split('-')[0] as string);
}

/**
 * A North American state or province and its postal code after the street's parts (`2-14-7 Jingumae, Springfield IL 62704`,
 * `5-1-20 Hiroo, Toronto ON M5V 2T6`, as a W-2 or T4 prints a Japanese street on a US or Canadian city line): part of the
 * address (the open part of L1 of probe-2026-12-05i left `IL 62704` after it). Only read after an address found so.
 */
const STATE_POSTAL_AFTER = /^,?[ \t]{1,2}[A-Z]{2},?[ \t]{1,2}(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)(?![\p{L}\d-])/u;

function japaneseLatin(text: string, out: Detection[]): void {
  // A comma, a blank or a tab follows the block number in every match (`ORD-2026-000123` holds none: issue 19).
  const parted = text.includes(' ') || text.includes(',') || text.includes('\t');
  if (parted) for (const match of text.matchAll(JP_LATIN_NUMBER)) {
    const start = match.index;
    let end = start + match[0].length;
    let at = end;
    let head = false;
    let postcode = false;
    let parts = 0;
    while (parts < 5) {
      JP_LATIN_PART.lastIndex = at;
      const part = JP_LATIN_PART.exec(text);
      if (part === null) break;
      parts++;
      end = at + part[0].length;
      if (JP_HEAD.test(part[0])) head = true;
      if (JP_POSTCODE.test(part[0])) postcode = true;
      if (postcode) break;
      // The next part after a comma (a line break too: a label's value on its lines).
      const gap = /^,[ \t]{0,2}(?:\r?\n[ \t]*)?|^[ \t]{0,2}\r?\n[ \t]*/.exec(text.slice(end, end + 8));
      if (gap === null) break;
      at = end + gap[0].length;
    }
    if (parts === 0) continue;
    if (head || postcode || JP_CUE_BEFORE.test(text.slice(Math.max(0, start - 48), start)) || (THREE_BLOCK_NUMBERS.test(match[0]) && hepburnPlace(text, start + match[0].length))) {
      const cityLine = postcode ? null : STATE_POSTAL_AFTER.exec(text.slice(end, end + 24));
      push(out, text, start, cityLine === null ? end : end + cityLine[0].length, 'ADDRESS');
    }
  }
  if (!mayHoldJapaneseHead(text)) return;
  for (const match of text.matchAll(JP_LATIN_HEAD_FIRST)) {
    const start = match.index;
    let end = start + match[0].length;
    // ... and the city and postal code after it.
    const rest = /^,[ \t]?\p{Lu}\p{Ll}{1,24}(?:[ \t]+\d{3}-\d{4}(?![\d-]))?/u.exec(text.slice(end, end + 40));
    if (rest !== null) end += rest[0].length;
    push(out, text, start, end, 'ADDRESS');
  }
}

const hasHan = /[\u4e00-\u9fff\u3400-\u4dbf]/;
const hasHangul = /[\uac00-\ud7a3]/;
const hasCyrillic = /[А-Яа-яЁё]/;

const isHanCode = (code: number) => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
/** Kanji, katakana and the marks inside Japanese place names (ヶ 々 ー); hiragana ends a place name (particles). */
const isJpPlace = (code: number) => isHanCode(code) || (code >= 0x30a1 && code <= 0x30fa) || code === 0x30fc || code === 0x3005 || code === 0x30f6;

const isDigitCode = (code: number) => code >= 48 && code <= 57;

/** Japanese: a block number after place names that hold a municipality, or a prefecture or postal code before two numbers. */
function japanese(text: string, out: Detection[]): void {
  for (const match of text.matchAll(JP_NUMBER)) {
    const at = match.index as number;
    let start = at;
    // Digits inside the place names too: Sapporo's grid (北1条西2丁目), numbered districts.
    while (start > 0 && at - start < 24 && (isJpPlace(text.charCodeAt(start - 1)) || isDigitCode(text.charCodeAt(start - 1)))) start--;
    while (start < at && isDigitCode(text.charCodeAt(start))) start++;
    if (start === at) continue;
    const places = text.slice(start, at);
    const postal = JP_POSTAL.exec(text.slice(Math.max(0, start - 12), start));
    const prefecture = JP_PREFECTURE.test(places);
    if (!JP_MUNICIPALITY.test(places) && !prefecture && postal === null) continue;
    // Two numbers only (1-1) could be anything after a ward name; a prefecture or postal code makes it an address.
    if (/^\d{1,4}[-\u2010-\u2013\u2212\uff0d\u30fc]\d{1,4}$/u.test(match[0]) && !prefecture && postal === null) continue;
    push(out, text, postal === null ? start : start - postal[0].length, at + match[0].length, 'ADDRESS');
  }
}

/** Chinese: a road (or a compound) and its number, with the district, city and province before it. */
function chinese(text: string, out: Detection[]): void {
  for (const pattern of [CN_ROAD, CN_COMPOUND]) {
    for (const match of text.matchAll(pattern)) {
      const at = match.index as number;
      let start = at;
      while (start > 0 && at - start < 24 && isHanCode(text.charCodeAt(start - 1))) start--;
      // A road has a name (one Han character at least); a compound's word (小区) is its own name.
      if (pattern === CN_ROAD && start === at) continue;
      let lead = -1;
      for (const word of text.slice(start, at).matchAll(CN_LEAD)) lead = (word.index as number) + word[0].length;
      if (lead !== -1 && pattern === CN_ROAD && start + lead === at) continue;
      push(out, text, lead === -1 ? start : start + lead, at + match[0].length, 'ADDRESS');
    }
  }
}

/** Korean: a road or lot and its number after administrative units (city, county, district), which join the span. */
function korean(text: string, out: Detection[]): void {
  for (const [pattern, unit] of [[KO_ROAD, KO_ADMIN], [KO_LOT, KO_DISTRICT]] as const) {
    for (const match of text.matchAll(pattern)) {
      const at = match.index as number;
      let start = at;
      for (let words = 0; words < 3; words++) {
        if (start < 2 || text.charCodeAt(start - 1) !== 32) break;
        let from = start - 1;
        while (from > 0 && start - 1 - from < 8 && HANGUL_WORD.test(text[from - 1] as string)) from--;
        const word = text.slice(from, start - 1);
        // The unit right before the road decides (a district before a lot); higher units may precede it.
        if (!(words === 0 ? unit : KO_ADMIN).test(word)) break;
        start = from;
      }
      if (start === at) continue;
      push(out, text, start, at + match[0].length, 'ADDRESS');
    }
  }
}

// ------------------------------------------------------------------- Thailand and Vietnam
// Addresses written in Thai and Vietnamese, and Thailand's in Latin letters (L13 of the thirteenth
// probe of 2026-12-05f: `ที่อยู่ 99/123 หมู่บ้านพฤกษา ถนนรามอินทรา แขวงท่าแร้ง …`, `55/7 หมู่ 3 ตำบลสุเทพ …`,
// `45 Nguyễn Huệ, phường Bến Nghé, Quận 1`, `12 Lê Lợi, …` kept the house number and street raw):
//  - Thai: a house number (`99/123`), then a word of the address's parts (หมู่ village number,
//    หมู่บ้าน village, ซอย/ซ. lane, ถนน/ถ. road, แขวง/ตำบล/ต. subdistrict, เขต/อำเภอ/อ. district,
//    อาคาร building), then the parts in Thai letters, digits and blanks up to the line's end or
//    other characters (160 at most): the whole address with its province and postcode.
//  - Thailand in Latin letters: a house number, `Moo`/`Soi` and its number or name (`55/7 Moo 3`,
//    `88/1 Soi Sukhumvit 55`); the tambon, amphoe and province after it stay (public places).
//  - Vietnamese: a house number (`45`, `Số 12`, `12A`, `45/7`), a lane (ngõ, ngách, hẻm, kiệt and
//    its number), an optional street word (đường, phố) and a street of one to five capitalized
//    syllables, when a comma and a ward, district or city word follow (phường, quận, huyện, xã,
//    thị trấn, P., Q., TP., thành phố, tỉnh): the house number and street; the ward and district
//    after it are public places and stay. Capitals read without the `i` flag (under it `\p{Lu}`
//    matches any letter).
const TH_PART = '(?:หมู่บ้าน|หมู่ที่|หมู่|ม\\.|ซอย|ซ\\.|ถนน|ถ\\.|แขวง|ตำบล|ต\\.|เขต|อำเภอ|อ\\.|อาคาร)';
const TH_ADDRESS = new RegExp(`(?<![\\d/])\\d{1,5}(?:/\\d{1,4})?[ \\t\\u00a0]{1,2}${TH_PART}[\\u0e01-\\u0e5b0-9/.\\- \\t\\u00a0]{0,160}`, 'gu');
const TH_LATIN = /(?<![\w/])\d{1,5}(?:\/\d{1,4})?,?[ \t]{1,2}(?:Moo|Mu|M\.)[ \t]?\d{1,3}(?![\w])|(?<![\w/])\d{1,5}(?:\/\d{1,4})?,?[ \t]{1,2}Soi[ \t]\p{Lu}[\p{L}]{1,20}(?:[ \t]\d{1,3}(?![\w]))?/gu;
// The hint takes every form TH_LATIN reads: `Moo3` and `M.3` have no blank before the number (issue 13's run of 2026-12-05).
const TH_LATIN_HINT = /\b(?:Moo|Mu|M\.)[ \t]?\d|\bSoi[ \t]/;
/** TH_LATIN_HINT's test through the prefilter (gatedTest: the same answer, one bit test for most texts). */
const anyThaiLatinHint = gatedTest(TH_LATIN_HINT);
const VI_ADMIN = '(?:[Pp]hường|[Qq]uận|[Hh]uyện|[Xx]ã|[Tt]hị trấn|[Tt]hị xã|P\\.|Q\\.|TP\\.?|[Tt]hành phố|[Tt]ỉnh)';
const VI_SYLLABLE = '\\p{Lu}[\\p{Ll}\\p{M}]{0,7}';
const VI_ADDRESS = new RegExp(`(?<![\\p{L}\\p{N}/])(?:[Ss]ố[ \\t]+)?\\d{1,5}[A-Z]?(?:/\\d{1,4}[A-Z]?)?(?:[ \\t]+(?:ngõ|ngách|hẻm|kiệt|Ngõ|Hẻm)[ \\t]+\\d{1,4}(?:/\\d{1,4})?){0,2}(?:[ \\t]+(?:đường|phố|Đường|Phố))?[ \\t]+${VI_SYLLABLE}(?:[ \\t]+${VI_SYLLABLE}){0,4}(?=[ \\t]*,[ \\t]*${VI_ADMIN}(?![\\p{L}]))`, 'gu');
const mayHoldVietAdmin = gatedTest(/phường|quận|huyện|xã|thị trấn|thị xã|p\.|q\.|tp|thành phố|tỉnh/i);

/** Thai and Vietnamese addresses, and Thailand's in Latin letters (see above). */
function thaiVietnamese(text: string, out: Detection[], wide: boolean): void {
  if (wide && /[\u0e01-\u0e5b]/.test(text)) {
    for (const match of text.matchAll(TH_ADDRESS)) {
      const end = (match.index as number) + match[0].replace(/[ \t\u00a0.\-/]+$/, '').length;
      push(out, text, match.index as number, end, 'ADDRESS');
    }
  }
  if (anyThaiLatinHint(text)) for (const match of text.matchAll(TH_LATIN)) push(out, text, match.index as number, (match.index as number) + match[0].length, 'ADDRESS');
  if (mayHoldVietAdmin(text)) {
    for (const match of text.matchAll(VI_ADDRESS)) {
      const start = match.index as number;
      if (viCount(text, start, match[0])) continue;
      push(out, text, start, start + match[0].length, 'ADDRESS');
    }
  }
}

/**
 * A count of things, not a house number and a street (L13 of 2026-12-05f: `Có 12 Người, quận 1`,
 * `Nhà có 3 Phòng, phường 4` were read as addresses): the number follows a Vietnamese word of having,
 * counting or amount (`có`, `gồm`, `khoảng`, `hơn`, `mua`; not `tới` or `đến`, which lead an address), or the word after it is a noun that is
 * counted (`người`, `phòng`, `căn`, `chiếc`, `tầng`, …) with no `đường`/`phố` before it.
 */
const VI_COUNT_BEFORE = /(?:^|[^\p{L}])(?:có|gồm|khoảng|hơn|thêm|mua|bán|tổng cộng)[ \t]+$/iu;
const VI_COUNTED_NOUNS = new Set('người phòng căn chiếc cái con lần ngày tháng năm giờ phút tầng em cháu học sinh nhân viên khách bộ đôi cặp hộp gói túi kg km suất vé xe ghế bàn giường món'.split(' '));
function viCount(text: string, start: number, value: string): boolean {
  if (VI_COUNT_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return true;
  const words = /^(?:[Ss]ố[ \t]+)?\d{1,5}[A-Z]?(?:\/\d{1,4}[A-Z]?)?[ \t]+(\p{L}[\p{L}\p{M}]*)/u.exec(value);
  return words !== null && VI_COUNTED_NOUNS.has((words[1] as string).toLowerCase());
}

/** Brazilian street words, for a quick test before the full pattern. */
const BR_HINT = /\b(?:R(?:ua|\.)|Av(?:enida|\.)|T(?:ravessa|v\.)|Al(?:ameda|\.)|Pra[çc]a|Pça\.|Estr(?:ada|\.)|Rod(?:ovia|\.)|Largo|Viela|Beco)\s/;
const LAT_HINT = /lat/i;
/**
 * An NMEA 0183 sentence that carries a position (`$GPRMC`, `$GPGGA`, `$GPGLL`, `$GNGNS`; talkers GP,
 * GN, GL, GA, GB, BD): its latitude `ddmm.mmmm,N|S` and longitude `dddmm.mmmm,E|W` fields (the
 * standard's field order, a fix's time or status before them), as GPS receivers and telematics
 * units log them (L4 of the README-only probe of 2026-12-06b: stored raw). From the latitude to the
 * longitude's hemisphere.
 */
const NMEA_POSITION = /\$(?:GP|GN|GL|GA|GB|BD)(?:RMC|GGA|GLL|GNS),(?:[^,\r\n*]{0,12},){0,2}(\d{4}\.\d{1,6},[NS],\d{5}\.\d{1,6},[EW])(?![\w.])/g;
const GEO_HINT = /geo:/i;
/** BR_HINT's, GEO_HINT's and MAP_HINT's tests through the prefilter (gatedTest: the same answers, one bit test for most texts). */
const anyBrazilHint = gatedTest(BR_HINT);
const anyGeoHint = gatedTest(GEO_HINT);
const anyMapHint = gatedTest(MAP_HINT);
const HEMISPHERE_HINT = /[\d°"″']\s?[NS](?![A-Za-z])/;
/**
 * A latitude and a longitude in degrees and minutes or degrees, minutes and seconds, with their hemispheres' letters after
 * or before them (issue 11, L4's open part: `51°30.123'N 0°07.456'W`, a chart plotter's `N 51° 30.123' W 000° 07.456'`,
 * `51 30 07.4 N, 0 07 39.1 W` with blanks for signs (two digits each of minutes and seconds then), and `lat: 40°44'55.7"N, lon: 73°59'07.5"W` with the longitude's label
 * between were stored raw): minutes with two decimals or more (about 20 m), or seconds. HEMISPHERE_PAIR reads the decimal
 * and the signed DMS forms with the letters after and no label.
 */
const SEXA_MINUTES = "[0-5]?\\d\\.\\d{2,6}['′]?";
const SEXA_SECONDS = `\\d{1,2}['′]\\s?\\d{1,2}(?:\\.\\d{1,4})?(?:″|"|'')`;
const SEXA_BLANK = '[0-5]\\d [0-5]\\d(?:\\.\\d{1,4})?';
const sexagesimal = (degrees: string): string => `(?:${degrees}°\\s?(?:${SEXA_MINUTES}|${SEXA_SECONDS})|${degrees} (?:${SEXA_BLANK}|[0-5]?\\d\\.\\d{2,6}))`;
const SEXA_LAT = sexagesimal('(?:[1-8]?\\d|90)');
const SEXA_LON = sexagesimal('(?:1[0-7]\\d|0?\\d?\\d|180)');
const LON_LABEL = `(?:(?:lon|lng|long|longitude)["']?\\s{0,2}[:=]\\s{0,2})?`;
const SEXAGESIMAL_PAIR = new RegExp(
  `(?<![\\d.\\w])(?:${SEXA_LAT}\\s?[NS][,;]?\\s{0,3}${LON_LABEL}${SEXA_LON}\\s?[EW]|[NS]\\s?${SEXA_LAT}[,;]?\\s{1,3}${LON_LABEL}[EW]\\s?${SEXA_LON})(?![\\p{L}\\p{N}])`,
  'gu',
);
const SEXAGESIMAL_HINT = /[\d°"″'′]\s?[NS](?![A-Za-z])|(?<![A-Za-z])[NS]\s?\d{1,2}[°\s]/;

/**
 * Finds street addresses of Japan, China, Korea, Russia, India and Brazil, and coordinates of a
 * person's place (see above).
 *
 * @param text any string with at least one digit
 * @param out detections are appended here: `{ type: 'ADDRESS', class: 'pii.address' }` or
 *   `{ type: 'GEO', class: 'pii.location' }`, spans in UTF-16 code units
 * @param digits the number of ASCII digits in `text` (the caller counts them once for every detector)
 * @param dots the number of full stops in `text`
 * @param wide false when `text` has no character from U+0400 on (no Cyrillic, Han or Hangul to look for)
 */
export function detectIntlAddresses(text: string, out: Detection[], digits: number, dots: number, wide = true): void {
  if (digits >= 2 && text.includes('-') && mayHoldBlockNumber(text)) japaneseLatin(text, out);
  if (wide && hasHan.test(text)) {
    japanese(text, out);
    chinese(text, out);
  }
  if (wide && hasHangul.test(text)) korean(text, out);
  thaiVietnamese(text, out, wide);
  if (wide && hasCyrillic.test(text)) for (const match of text.matchAll(RU_ADDRESS)) push(out, text, match.index as number, (match.index as number) + match[0].length, 'ADDRESS');
  // A house number and a six-digit PIN: seven digits at least.
  // (A blank after the house number is part of every match: `ORD-2026-000002` is not read.)
  if (digits >= 7 && /\s/.test(text)) {
    for (const match of text.matchAll(IN_ADDRESS)) {
      if (IN_WORDS.test(match[0])) push(out, text, match.index as number, (match.index as number) + match[0].length, 'ADDRESS');
    }
  }
  if (anyBrazilHint(text)) {
    for (const match of text.matchAll(BR_ADDRESS)) {
      // After an abbreviated street word (`R.`, `Av.`) the name holds a word with no dot (`R. Augusta, 1500`, `R. XV, 1`):
      // abbreviations alone are a court rule's citation (`Fed. R. Civ. P. 12`, `Fed. R. Evid. 803`; O1 of 2026-12-05e).
      // The name runs from the blank to the house number; a number that starts it is a date's day
      // (`R. 25 de Março, 1000`, `Av. 7 de Setembro, 100`; issue 13's run of 2026-12-05).
      const blank = match[0].search(/\s/);
      if (match[0].charCodeAt(blank - 1) === 46 && !BR_NAME_WORD.test((BR_NAME.exec(match[0].slice(blank)) as RegExpExecArray)[0])) continue;
      push(out, text, match.index as number, (match.index as number) + match[0].length, 'ADDRESS');
    }
  }
  if (digits >= 9 && (text.includes('$G') || text.includes('$BD'))) {
    for (const match of text.matchAll(NMEA_POSITION)) {
      const first = (match.index as number) + match[0].length - (match[1] as string).length;
      push(out, text, first, (match.index as number) + match[0].length, 'GEO');
    }
  }
  if (anyGeoHint(text)) for (const match of text.matchAll(GEO_URI)) push(out, text, match.index as number, (match.index as number) + match[0].length, 'GEO');
  // Two decimal degrees with three decimals each, or degrees, minutes and seconds.
  const pair = (dots >= 2 && digits >= 8) || text.includes('°');
  if (pair && LAT_HINT.test(text)) {
    for (const match of text.matchAll(LABELLED)) {
      if (Math.abs(Number(match[1])) > 90 || Math.abs(Number(match[2])) > 180) continue;
      const first = (match.index as number) + match[0].indexOf(match[1] as string);
      push(out, text, first, (match.index as number) + match[0].length, 'GEO');
    }
  }
  if (digits >= 4 && anyMapHint(text)) {
    for (const link of text.matchAll(MAP_LINK)) {
      const base = link.index as number;
      for (const match of link[0].matchAll(MAP_COORDS)) {
        const lat = match[1] ?? match[3] ?? match[5];
        const lon = match[2] ?? match[4] ?? match[6];
        if (lat === undefined || lon === undefined || Math.abs(Number(lat)) > 90 || Math.abs(Number(lon)) > 180) continue;
        const first = base + (match.index as number) + match[0].indexOf(lat);
        push(out, text, first, base + (match.index as number) + match[0].length, 'GEO');
      }
    }
  }
  // Pairs with their hemispheres need no cue; one after a cue is not reported twice.
  let lettered: Set<number> | undefined;
  if (pair && HEMISPHERE_HINT.test(text)) {
    for (const match of text.matchAll(HEMISPHERE_PAIR)) {
      (lettered ??= new Set()).add(match.index as number);
      push(out, text, match.index as number, (match.index as number) + match[0].length, 'GEO');
    }
  }
  // Degrees and minutes, or minutes and seconds, with hemispheres' letters (SEXAGESIMAL_PAIR): a pair HEMISPHERE_PAIR read is not reported twice.
  if (digits >= 6 && SEXAGESIMAL_HINT.test(text)) {
    for (const match of text.matchAll(SEXAGESIMAL_PAIR)) {
      if (lettered?.has(match.index as number) === true) continue;
      push(out, text, match.index as number, (match.index as number) + match[0].length, 'GEO');
    }
  }
  if (pair) {
    for (const match of text.matchAll(PAIR)) {
      const at = match.index as number;
      if (lettered?.has(at) === true) continue;
      if (CUE_BEFORE.test(text.slice(Math.max(0, at - 64), at))) push(out, text, at, at + match[0].length, 'GEO');
    }
  }
}

// ------------------------------------------- Korean, Indonesian, Philippine, South Asian and Ethiopian addresses in Latin letters
/**
 * Street addresses of Korea, Indonesia, the Philippines, Pakistan, Bangladesh and Ethiopia as they
 * are written in Latin letters (L8 of the tenth probe, 2026-12-05c): each names its street or plot
 * with a word addresses.ts does not know, or puts the number first and the street word after it.
 *  - Korea (road-name address, romanized): a capitalized road name joined to `-daero`, `-ro` or
 *    `-gil`, a branch road after it (`22-gil`, `570beon-gil`) and the building number before or
 *    after (`15 Teheran-ro 22-gil`, `Haeundae-ro 570beon-gil 12`, `123 Sejong-daero`); a number is
 *    needed on one side;
 *  - Indonesia: `Jl.`, `Jln.` or `Jalan`, up to six words and the house number `No. 45`
 *    (`Jl. Jend. Sudirman No. 45`), and the neighbourhood units after it (`RT 03/RW 05`);
 *  - the Philippines: a subdivision's block and lot (`Blk 5 Lot 12`, `Block 7 Lot 3`), a phase and
 *    the barangay after it (`, Brgy. San Isidro`);
 *  - Pakistan and Bangladesh: a house or plot number, a comma and a street, road or lane number
 *    (`House 12, Street 5`, `House No. 23, Street No. 14`, `House #7, Road #4`, `Plot 9, Lane 3`);
 *  - Ethiopia: a woreda or kebele, a comma and the house number (`Woreda 03, House No. 1122`).
 * Kept: the district, city and postal code after them (addresses.ts's and postcodes.ts's), words of
 * these forms without their numbers (`Teheran-ro` alone, `Block 5 failed`, `House 12 of the draw`,
 * `Woreda 03 reported 1122 cases`).
 * Linear: the hint is a cheap test of the words; each pattern is one global search with bounded
 * repetitions.
 */
const latinAsiaHint = gatedTest(/-(?:ro|gil|daero)\b|\bj(?:ln?|alan)\b|\bbl(?:k|ock)\b|\b(?:house|plot|flat|woreda|kebele)\b/i);
const KR_LATIN = /(?<![\p{L}\p{N}-])(?:\d{1,4}(?:-\d{1,4})?[ \t]+)?[A-Z][a-z]{1,20}(?:-[a-z]{1,3})?-(?:daero|ro|gil)(?:[ \t]+\d{1,4}(?:beon)?-?(?:gil|ro))?(?:[ \t]+\d{1,4}(?:-\d{1,4})?)?(?![\p{L}\p{N}])/gu;
const ID_LATIN = /\b(?:J[Ll][Nn]?|j[l]n?|J[Aa][Ll][Aa][Nn]|jalan)\.?[ \t]+(?:[A-Za-z][A-Za-z'.]{0,20}[ \t]+){1,6}?[Nn][Oo]\.?[ \t]*\d{1,4}[A-Za-z]?\b(?:,?[ \t]*RT\.?[ \t]*\d{1,3}[ \t]*\/[ \t]*RW\.?[ \t]*\d{1,3})?/g;
const PH_LATIN = /\b(?:Blk|BLK|Block|BLOCK)\.?[ \t]*\d{1,4}[A-Z]?,?[ \t]+(?:Lot|LOT)\.?[ \t]*\d{1,4}[A-Z]?\b(?:,?[ \t]+Phase[ \t]*\d{1,2}[A-Z]?)?(?:,[ \t]*(?:Brgy\.?|Barangay)[ \t]+[A-Z][A-Za-z.'-]{0,20}(?:[ \t]+[A-Z][A-Za-z.'-]{0,20}){0,3})?/g;
const SA_LATIN = /\b(?:House|HOUSE|Plot|PLOT|Flat|FLAT)[ \t]*(?:No\.?|#|Number)?[ \t]*\d{1,5}[A-Z]?(?:\/\d{1,4}[A-Z]?)?,[ \t]*(?:Street|STREET|St\.?|Road|ROAD|Rd\.?|Lane|LANE|Gali|Block|Sector)[ \t]*(?:No\.?|#)?[ \t]*\d{1,4}[A-Z]?\b/g;
const ET_LATIN = /\b(?:Woreda|WOREDA|Kebele|KEBELE)[ \t]*\d{1,3},[ \t]*(?:House|HOUSE)[ \t]*(?:No\.?|#|Number)?[ \t]*\d{1,6}\b/g;

/** The Latin-letter forms above, each an `ADDRESS`. */
export function detectLatinAsianAddresses(text: string, out: Detection[]): void {
  if (!latinAsiaHint(text)) return;
  for (const pattern of [KR_LATIN, ID_LATIN, PH_LATIN, SA_LATIN, ET_LATIN]) {
    for (const match of text.matchAll(pattern)) {
      const value = match[0];
      // A Korean road needs its building number before it, a numbered branch road, or its
      // building number after it at the end of the address's line part (`Haeundae-ro 12,`).
      if (pattern === KR_LATIN && !krRoad(text, value, (match.index as number) + value.length)) continue;
      push(out, text, match.index as number, (match.index as number) + value.length, 'ADDRESS');
    }
  }
}

/** Whether a romanized Korean road `value` ending at `end` holds its building number (see KR_LATIN). */
function krRoad(text: string, value: string, end: number): boolean {
  if (/^\d/.test(value) || /\d(?:beon)?-?(?:gil|ro)\b/.test(value)) return true;
  if (!/\d$/.test(value)) return false;
  const next = text.charCodeAt(end);
  return Number.isNaN(next) || next === 44 || next === 10 || next === 13 || next === 59;
}

// ------------------------------------------------ German streets led by a preposition, Turkish streets
/**
 * Two European street forms with no street word where addresses.ts looks for one (L10 of the
 * twelfth probe, 2026-12-05e: the street and number were stored raw, the postcode and city after
 * them masked):
 *  - German streets named by a preposition and its article (`Am Südpark 7a`, `An der Alster 12`,
 *    `Im Tal 4`, `Auf dem Berge 5`, `Zum Sportplatz 2`, `Unter den Linden 77`): the preposition, one
 *    to three capitalized words and a house number (no year), when a five-digit postcode and a
 *    capitalized city follow (`, 04275 Leipzig`): German capitalizes every noun, so `Am Montag 3
 *    Termine` or `Im Jahr 2026` without a postcode after them stay;
 *  - Turkish streets (`Bağdat Caddesi No: 212 Daire: 9`, `Atatürk Cad. No: 45 D: 7`, `Gül Sokak No: 8
 *    Kat: 2`, `Atatürk Bulvarı No: 101/3`): one to three capitalized words, the street word (`Caddesi`,
 *    `Cad.`, `Cd.`, `Sokak`, `Sokağı`, `Sok.`, `Sk.`, `Bulvarı`, `Blv.`), `No` and the building number,
 *    the flat, floor and block after it (`Daire`, `D`, `Kat`, `K`, `Blok`), a neighbourhood before it
 *    (`Caferağa Mah.`), and the district and city after it when written with slashes
 *    (`Suadiye/Kadıköy/İstanbul`). `No` and its number are what make it an address: `Bağdat Caddesi`
 *    alone is a street's name.
 * Each is one global search with bounded repetitions, behind a cheap gate: linear in the input.
 */
const mayHoldGermanPrepositionStreet = gatedTest(/\b(?:Am|Im|Beim|Zum|Zur|An|In|Auf|Unter|Hinter|Vor|Über|Bei|Neben)\s/);
/**
 * The preposition, its article, one to three capitalized words and a house number (no year); then
 * an optional postcode and city: five digits (Germany), or four (Austria, Switzerland: `1060 Wien`,
 * `8001 Zürich`), a country's letter before it allowed (`A-1060`, `CH-8001`, `D-04275`). Group 1 is
 * the postcode with its letter.
 */
const DE_PREPOSITION_STREET =
  /(?<![\p{L}\p{N}])(?:Am|Im|Beim|Zum|Zur|(?:An|In|Auf|Unter|Hinter|Vor|Über|Bei|Neben)[ \t]+(?:der|dem|den))[ \t]+\p{Lu}[\p{L}'’.-]{1,30}(?:[ \t]+\p{Lu}[\p{L}'’.-]{1,30}){0,2}[ \t]+(?!(?:19|20)\d\d(?!\d))\d{1,4}[a-z]?(?:[-/]\d{1,4}[a-z]?)?(?![\p{L}\p{N}])(?:,?[ \t]+((?:(?:A|CH|D)-)?\d{4,5})[ \t]+\p{Lu}[\p{L}.-]{1,30}(?![\p{L}\p{N}]))?/gu;
/**
 * An address's cue before a German preposition street with no postcode after it (`wohnhaft Am
 * Südpark 7a`, `Anschrift: Im Tal 4`, `Lieferadresse: An der Alster 12`, `Frau Henrike Vosskamp, Am
 * Südpark 7a`): a word of dwelling or an address's label, or a titled person and a comma, right before.
 */
const DE_ADDRESS_CUE_BEFORE = /(?<![\p{L}])(?:wohnhaft|wohnt|wohne|wohnen|wohnend|ansässig|gemeldet|anschrift|adresse|lieferadresse|rechnungsadresse|postanschrift|hausanschrift|wohnort|wohnsitz|wohnadresse|absender|empfänger|zustelladresse|lieferanschrift|rechnungsanschrift|sitz)(?:[ \t]+(?:in|ist|lautet))?[ \t]*:?[ \t]*$/iu;
const DE_PERSON_COMMA_BEFORE = /(?:Herrn?|Frau|Familie|Dr\.|Prof\.)[ \t]+(?:\p{Lu}[\p{L}'’-]+[ \t]+){0,3}\p{Lu}[\p{L}'’-]+[ \t]*,[ \t]*$/u;
const mayHoldTurkishStreet = gatedTest(/(?:caddesi|cadde|cad\.|cd\.|sokak|sokağı|sok\.|sk\.|bulvarı|bulvar|blv\.)[\s,]*(?:no|\d)/i);
/**
 * A street's name word: a capitalized word, or a numbered street's number and its dot (`1203. Sokak`, `7. Cadde`: İzmir's and
 * Ankara's numbered streets; L9 of the README-only probe of 2026-12-06b).
 */
const TR_NAME_WORD = `(?:\\p{Lu}[\\p{L}'’-]{0,30}|\\d{1,5}\\.)`;
const TR_STREET_WORD = '(?:Caddesi|Cadde|Cad\\.|Cd\\.|Sokak|Sokağı|Sok\\.|Sk\\.|Bulvarı|Bulvar|Blv\\.)';
/** The flat, floor, block and inner door after the building number (`Daire: 9`, `Daire 4`, `D: 7`, `Kat 2`, `İç Kapı No: 3`); `D` and `K` need their colon or dot. */
const TR_UNITS = '(?:,?[ \\t]*(?:(?:Daire|Kat|Blok)[:.]?|[DK][:.]|(?:İç|Dış)[ \\t]+Kapı[ \\t]+No[:.]?)[ \\t]*\\d{1,4}[A-Za-z]?(?![\\p{L}\\p{N}])){0,3}';
/** A Turkish postal code: five digits, the first two a province's plate code (01-81). */
const TR_POSTCODE = '(?:0[1-9]|[1-7]\\d|8[01])\\d{3}(?![\\p{L}\\p{N}])';
/**
 * The district and province after the street (L9 of the README-only probe of 2026-12-06b: `, 34728 Kadıköy/İstanbul` was left
 * raw after the street's span): the postal code and one to four places joined by slashes (blanks around them too: `Kadıköy /
 * İstanbul`), or the places alone when two or more are joined so, a postal code after them allowed (`Kadıköy/İstanbul 34728`).
 * Commas only join them too (issue 11, L9's open part: `, 34728, Kadıköy, İstanbul`, `, 34710 Kadıköy, İstanbul`, `, Kızılay,
 * Ankara, 06420`): after a postal code, or places before one. `place` is a place's word (capitalized, or any case for the
 * lower-case form), `listed` one after a comma.
 */
const trCity = (place: string, listed = place): string =>
  `(?:,?[ \\t]+(?:${TR_POSTCODE}(?:[ \\t]+${place}|,[ \\t]*${listed})(?:[ \\t]?\\/[ \\t]?${place}|,[ \\t]*${listed}){0,3}|${place}(?:[ \\t]?\\/[ \\t]?${place}){1,3}(?:,?[ \\t]+${TR_POSTCODE})?|${listed}(?:,[ \\t]*${listed}){1,2},?[ \\t]+${TR_POSTCODE}))?`;
/** A lower-case place after a comma is no conjunction or pronoun of the sentence (`…, 34740, kadıköy, istanbul`; not `, ve …`). */
const TR_LOWER_LISTED_PLACE = '(?!(?:ve|ile|de|da|ama|için|bu|şu|o|ben|sen|biz|siz)(?![\\p{L}]))[\\p{L}]{2,30}';
const TR_STREET = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\p{Lu}[\\p{L}'’-]{1,30}[ \\t]+(?:Mahallesi|Mah\\.|Mh\\.),?[ \\t]+)?(?:${TR_NAME_WORD}[ \\t]+){1,3}${TR_STREET_WORD}[ \\t,]*No[:.]?[ \\t]*\\d{1,5}[A-Za-z]?(?:\\/\\d{1,4}[A-Za-z]?)?(?![\\p{L}\\p{N}])${TR_UNITS}${trCity('\\p{Lu}\\p{L}{1,30}')}`,
  'gu',
);
/**
 * The same street in lower case as chat writes it (`adresim bağdat caddesi no: 212 daire: 9,
 * kadıköy/istanbul`), or without `No` (`Bağdat Caddesi 212/9`, `Gül Sokak 8 Kat: 2`, `İstiklal Caddesi
 * 101, Beyoğlu/İstanbul`): one or two name words in any case (not a word of the sentence's cue:
 * `adresim`, `evim`, `teslimat`), the street word in any case, `No` optional; without `No` the number
 * needs a flat after a slash, a flat's or floor's label, the slashed district and city after it, or
 * a postal code and its place (checked in code: group 1 is `No`, group 2 the rest).
 */
const TR_STREET_LOOSE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?!(?:adres\\p{L}*|ev\\p{L}*|teslimat\\p{L}*|ikamet\\p{L}*|oturdu\\p{L}*|otur\\p{L}*|burası|şurası|yer\\p{L}*|ve|ile|de|da)[ \\t])(?:[\\p{L}'’-]{2,30}|\\d{1,5}\\.)[ \\t]+){1,2}(?:[Cc]addesi|[Cc]adde|[Cc]ad\\.|[Cc]d\\.|[Ss]okak|[Ss]okağı|[Ss]ok\\.|[Ss]k\\.|[Bb]ulvarı|[Bb]ulvar|[Bb]lv\\.)[ \\t,]*([Nn][Oo][:.]?[ \\t]*)?\\d{1,5}[A-Za-z]?((?:\\/\\d{1,4}[A-Za-z]?)?(?![\\p{L}\\p{N}])(?:,?[ \\t]*(?:[Dd]aire|D|d|[Kk]at|K|k|[Bb]lok)[:.][ \\t]*\\d{1,4}[A-Za-z]?(?![\\p{L}\\p{N}])){0,3}${trCity('[\\p{L}]{2,30}', TR_LOWER_LISTED_PLACE)})`,
  'gu',
);

/** The German and Turkish street forms above, each an `ADDRESS`. */
export function detectPrepositionAndTurkishStreets(text: string, out: Detection[]): void {
  if (mayHoldGermanPrepositionStreet(text)) {
    for (const match of text.matchAll(DE_PREPOSITION_STREET)) {
      const postcode = match[1];
      // Five digits, or four with a country's letter, make it an address alone; four digits
      // without one (`Im Kapitel 3, 2000 Beispiele`) or none need an address's cue before it.
      const alone = postcode !== undefined && (postcode.length >= 6 || /^\d{5}$/.test(postcode));
      const before = alone ? '' : text.slice(Math.max(0, match.index - 48), match.index);
      if (!alone && !DE_ADDRESS_CUE_BEFORE.test(before) && !DE_PERSON_COMMA_BEFORE.test(before)) continue;
      push(out, text, match.index, match.index + match[0].length, 'ADDRESS');
    }
  }
  if (mayHoldTurkishStreet(text)) {
    for (const match of text.matchAll(TR_STREET)) push(out, text, match.index, match.index + match[0].length, 'ADDRESS');
    for (const match of text.matchAll(TR_STREET_LOOSE)) {
      if (match[1] === undefined && !/^\/|[:.]|\/|\d{5}/.test(match[2] ?? '')) continue;
      push(out, text, match.index, match.index + match[0].length, 'ADDRESS');
    }
  }
}

// ------------------------------------------------------------- Colombian and Peruvian street forms
/**
 * Two Latin American street forms addresses.ts does not read (L17 and L18 of the thirteenth probe,
 * 2026-12-05f: `Carrera 43A # 1 Sur-100`, `Calle 93B # 13-47`, `Jr. Junín 345` were stored raw):
 *  - Colombia's `Vía Número # Placa` (the nomenclature of Bogotá, Medellín, Cali and most cities):
 *    the road's type (`Calle`, `Cl.`, `Cll`, `Carrera`, `Cra.`, `Kr`, `Diagonal`, `Dg.`,
 *    `Transversal`, `Tv.`, `Avenida Carrera`, `AK`, `AC`, `Circular`), its number with letters,
 *    `Bis` and a cardinal point (`43A`, `40A Bis`, `1 Sur`), `#` or `No.`/`N°`/`Nro.`, the crossing
 *    road's number likewise, a dash and the plate (`13-47`, `1 Sur-100`, `68C-61`); the number sign,
 *    the dash and the plate are what make it an address (`Calle 8 del mapa` stays);
 *  - Peru's jirón (`Jr.`, `Jirón`): up to five name words (particles `de`, `la`, `del`, … between,
 *    a date's day first: `Jr. 28 de Julio`), `N°`/`Nro.` and the number (`Jr. de la Unión 840`,
 *    `Jr. Ica N° 426`). English writes `Jr.` after a person's name (`Robert Downey Jr. Award
 *    2024`): a capitalized word right before it (other than `Dirección`, `Domicilio`) refuses it.
 * The district, city and department after them are left to the other readers. Each is one global
 * search with bounded repetitions behind a cheap gate: linear in the input.
 */
const mayHoldColombianStreet = gatedTest(/(?:calle|cl|cll|carrera|cra|kra|kr|diagonal|diag|dg|transversal|transv|tv|ak|ac|circular)\.?[ \t]{0,2}\d/i);
const CO_NUMBER = '\\d{1,3}(?:[ \\t]?[A-Z]{1,2}(?![\\p{L}]))?(?:[ \\t]+(?:Bis|BIS|bis)(?:[ \\t]?[A-Z](?![\\p{L}]))?)?(?:[ \\t]+(?:Sur|SUR|Este|ESTE|Norte|NORTE|Oeste|OESTE)(?![\\p{L}]))?';
const CO_STREET = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:Avenida|Av\\.|AV\\.?)[ \\t]+(?:Carrera|Calle|Cra\\.?|Kr\\.?|Cl\\.?)|Calle|CALLE|Cl\\.?|CL\\.?|Cll\\.?|CLL\\.?|Carrera|CARRERA|Cra\\.?|CRA\\.?|Kra\\.?|KRA\\.?|Kr\\.?|KR\\.?|Diagonal|DIAGONAL|Diag\\.?|Dg\\.?|DG\\.?|Transversal|TRANSVERSAL|Transv\\.?|Tv\\.?|TV\\.?|AK|AC|Circular|CIRCULAR)[ \\t]{0,2}${CO_NUMBER}[ \\t]*(?:#|N[º°oO]\\.?|N\\.[º°o]|Nro\\.?|NRO\\.?|N[úu]mero)[ \\t]*${CO_NUMBER}[ \\t]*[-–][ \\t]*\\d{1,3}[A-Z]?(?![\\p{L}\\p{N}])(?:[ \\t]+(?:Sur|SUR|Este|ESTE|Norte|NORTE|Oeste|OESTE)(?![\\p{L}]))?`,
  'gu',
);
const mayHoldJiron = gatedTest(/jr\.|jir[óo]n/i);
const PE_PARTICLES = '(?:de|del|la|las|los|el|y)';
const PE_JIRON = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:Jr\\.|JR\\.|Jirón|Jiron|JIRÓN|JIRON)[ \\t]+(?:\\d{1,2}[ \\t]+de[ \\t]+)?(?:${PE_PARTICLES}[ \\t]+){0,3}\\p{Lu}[\\p{L}'’-]{0,30}\\.?(?:[ \\t]+(?:${PE_PARTICLES}[ \\t]+){0,2}\\p{Lu}[\\p{L}'’-]{0,30}\\.?){0,4},?[ \\t]+(?:(?:N[º°o]\\.?|Nro\\.?|#)[ \\t]*)?\\d{1,5}[A-Z]?(?![\\p{L}\\p{N}])`,
  'gu',
);
/** A capitalized word right before `Jr.` (a person's name: English `Junior`), unless it is an address label. */
const NAME_BEFORE_JUNIOR = /\p{Lu}[\p{L}'’-]*[ \t]{1,3}$/u;
const ADDRESS_LABEL_BEFORE = /(?:direcci[óo]n|domicilio)[ \t]{1,3}$/iu;

/** The Colombian and Peruvian street forms above, each an `ADDRESS`. */
export function detectLatinAmericanStreets(text: string, out: Detection[]): void {
  if (mayHoldColombianStreet(text)) for (const match of text.matchAll(CO_STREET)) push(out, text, match.index, match.index + match[0].length, 'ADDRESS');
  if (mayHoldJiron(text)) {
    for (const match of text.matchAll(PE_JIRON)) {
      const before = text.slice(Math.max(0, match.index - 40), match.index);
      if (NAME_BEFORE_JUNIOR.test(before) && !ADDRESS_LABEL_BEFORE.test(before)) continue;
      push(out, text, match.index, match.index + match[0].length, 'ADDRESS');
    }
  }
}

// ------------------------------------------------- streets after a label of eight countries' forms
/**
 * A street line right after an address's label or a verb of dwelling of Estonia, Czechia, Slovakia,
 * Lithuania, Latvia, Romania, Greece (Latin letters), India (Hinglish) and Sweden (L7 of probe
 * 2026-12-05g: `Aadress: Narva mnt 7-12`, `Bydliště: Vinohradská 1234/56`, `bydlím na Husově 12`,
 * `Adresa: Obchodná 42`, `dzīvoju Elizabetes ielā 10`, `meno stin Tsimiski 44` were stored raw; these
 * languages write a street's name with no street word, as an adjective or a genitive):
 *  - after the cue, one to three capitalized words, an optional street word of those languages
 *    (`mnt`, `pst`, `g.`, `pr.`, `al.`, `ielā`, `iela`, `gatvė`, `ul.`, `nám.`), and the house number
 *    with a flat or an orientation number (`7-12`, `1234/56`, `14 B`), not a year;
 *  - India's house number first (`14/2 Nehru Nagar`, `B-204 Shanti Apartments`): a number with a
 *    slash or a block's letter, one or two capitalized words and a locality's word (`Nagar`,
 *    `Colony`, `Apartments`, `Vihar`, `Enclave`, …), with no cue needed; a plain number only after
 *    the cue (`ghar ka pata`, `pata`, `flat`, `house no.`).
 * One gated search each, bounded repetitions: linear in the input.
 */
// The gate takes every cue STREET_CUE reads (issue 13's run of 2026-12-05: `dieuthinsi`, a tab or colon after `elan`/`flat`, two blanks in `meno  stin` were refused by it).
const mayHoldStreetCue = gatedTest(/aadress|elukoht|elan[ \t:]|adres|bydli|bydl[íi]m|b[ýy]vam|trval|gyvenu|dz[īi]voju|meno[ \t]+st|die[fu]th|odos|pata|bor[ \t]+(?:p[åa]|i)[ \t:]|flat[ \t:]|house no/i);
const STREET_CUE = '(?:aadress|elukoht|elan|adresa|adresas|adrese|adress|doru[čc]ovac[íi] adresa|bydli[šs]t[ěe]|bydlisko|(?:bydl[íi]m|b[ýy]vam)(?:[ \\t]+(?:na|v|ve))?|trval[ýé] (?:pobyt|bydli[šs]t[ěe])|gyvenu|dz[īi]voju|meno[ \\t]+st(?:in|i|on|o)|diefthinsi|dieuthinsi|odos|(?:ghar ka |mera )?pata|bor[ \\t]+(?:på|pa|i)|flat|house no\\.?)';
const STREET_WORD = '(?:mnt\\.?|pst\\.?|tn\\.?|tee|g\\.|gatv[ėe]|pr\\.|al\\.|iel[āa]|ul\\.|ulica|n[áa]m\\.|n[áa]m[ěe]st[íi]|str\\.|strada|calea|gatan|v[äa]gen)';
const HOUSE = '(?!(?:19|20)\\d\\d(?![\\d/-]))\\d{1,5}[a-zA-Z]?(?:[/-]\\d{1,4}[a-zA-Z]?)?(?:[ \\t][A-H](?![\\p{L}\\p{N}]))?(?![\\p{L}\\p{N}%])';
const LABELLED_STREET = new RegExp(
  `(?<![\\p{L}])${STREET_CUE}[ \\t]*:?[ \\t]*((?:\\p{Lu}[\\p{L}'’-]{1,30}[ \\t]+){0,2}\\p{Lu}[\\p{L}'’-]{1,30}(?:[ \\t]+${STREET_WORD})?[ \\t]+${HOUSE})`,
  'giu',
);
const IN_LOCALITY = '(?:Nagar|Colony|Apartments?|Apts?\\.?|Society|Enclave|Vihar|Puram|Layout|Extension|Niwas|Sadan|Bagh|Ganj|Towers?|Residency|Heights|Complex|Marg)';
const mayHoldIndianLocality = gatedTest(/nagar|colony|apart|apt|society|enclave|vihar|puram|layout|extension|niwas|sadan|bagh|ganj|tower|residency|heights|complex|marg/i);
const IN_HOUSE_FIRST = new RegExp(
  `(?<![\\p{L}\\p{N}/-])((?:[A-Z]-?\\d{1,4}|\\d{1,4}/\\d{1,4}[A-Z]?)[ \\t,]+(?:\\p{Lu}[\\p{L}'’-]{1,30}[ \\t]+){1,2}${IN_LOCALITY})(?![\\p{L}])`,
  'gu',
);
const IN_HOUSE_AFTER_CUE = new RegExp(
  `(?<![\\p{L}])(?:ghar ka pata|pata|flat|house no\\.?|makan)[ \\t]*:?[ \\t]*(\\d{1,4}[ \\t,]+(?:\\p{Lu}[\\p{L}'’-]{1,30}[ \\t]+){1,2}${IN_LOCALITY})(?![\\p{L}])`,
  'giu',
);

const WORD_AFTER_NUMBER = /[ \t]+\p{Ll}{3,}/uy;

/** The street lines above, each an `ADDRESS` (group 1 of each pattern: the cue stays). */
export function detectLabelledStreets(text: string, out: Detection[]): void {
  if (mayHoldStreetCue(text)) {
    for (const match of text.matchAll(LABELLED_STREET)) {
      const street = match[1] as string;
      // The cue is matched without regard to case; the street's first letter must be a capital as written.
      if (!/^\p{Lu}/u.test(street)) continue;
      const end = (match.index as number) + match[0].length;
      // A number the word after it counts is no house's (`meno stin Athina 3 meres`: three days).
      WORD_AFTER_NUMBER.lastIndex = end;
      if (WORD_AFTER_NUMBER.test(text)) continue;
      const start = end - street.length;
      push(out, text, start, start + street.length, 'ADDRESS');
    }
  }
  if (mayHoldIndianLocality(text)) {
    for (const pattern of [IN_HOUSE_FIRST, IN_HOUSE_AFTER_CUE]) {
      for (const match of text.matchAll(pattern)) {
        const value = match[1] as string;
        const start = (match.index as number) + match[0].length - value.length;
        push(out, text, start, start + value.length, 'ADDRESS');
      }
    }
  }
}

// ------------------------------------------------ lower-case European streets after a cue (chat)
/**
 * A street line in lower case after a verb of dwelling or a statement of one's address, as chat writes it in Spanish,
 * Polish, German, French, Italian and Portuguese (issue 11, the open part of F10 of the leak probe of 2026-12-07: `mi
 * dirección es calle del pez 18, 28004 madrid`, `mieszkam na ul. długiej 17/4 w gdańsku` were stored raw; the other
 * readers need a capitalized name). The English form is addresses.ts' (`I live at` + a lower-case line, ADDRESS_CUE_BEFORE).
 *  - the cue (EU_CUE): `mi dirección/domicilio es`, `vivo/vive/vivimos/resido en`, `mieszkam/mieszka/mieszkamy na/przy/w`,
 *    `mój adres to`, `wohne/wohnt/wohnen in/an/auf (der)`, `wohnhaft in`, `meine adresse ist/lautet`, `j'habite (au/à)`,
 *    `habite/habitons au/à`, `mon adresse est`, `abito/abita/vivo/risiedo in/a`, `(il) mio indirizzo è`, `moro/mora na/no/em`,
 *    `(a) minha morada é`, `(o) meu endereço é`, and an article after it;
 *  - a street's word of those languages (EU_STREET_WORD: `calle`, `c/`, `avenida`, `paseo`, `plaza`, `ul.`, `ulica`,
 *    `al.`, `os.`, `rue`, `boulevard`, `via`, `corso`, `rua`, `travessa`, …) and one to four words of its name, or a German
 *    street glued to its word (`lindenstraße`, `goethestr.`, `berliner straße`), then the house number (`18`, `17/4`,
 *    `5a`, after a comma or `nº` too); or the house number first, then the street's word and name (`j'habite au 12 rue
 *    de la paix`);
 *  - then, each optional: a Spanish floor (`, 3º b`, `2º izq`; `3o b` too, the view's NFKC spelling of `º`), a Polish flat (`m. 12`), a postcode and one word of
 *    its town (`, 28004 madrid`, `00-950 warszawa`, `1200-095 lisboa`), a Polish town after `w` ending the clause
 *    (`w gdańsku`), one word of a town after a comma ending the clause (`, milano`; not a closing word: `gracias`).
 * The house number must end the clause or come before one of these parts or a conjunction (`vivo en la calle mayor
 * desde hace 3 años` stays: a duration). Without the cue a street's word and a number are left to the other readers
 * (`pasé por la calle 3 veces`, `add 5 ul. of buffer` stay). The gate (mayHoldEuCue) is one masked prefilter slot; the
 * search is one global regex from the cue with bounded repetitions: linear in the input.
 */
const mayHoldEuCue = gatedTest(/direcci[oó]n|domicilio|viv[oei]|resid|risied|mieszka|adres|wohn|habit|abit|indirizzo|mor[oa] |moramos|morada|endere/i);
const EU_CUE =
  "(?:mi[ \\t]+(?:direcci[oó]n|domicilio)[ \\t]+es|(?:viv(?:o|e|imos|iamo)|resid(?:o|e)|risied(?:o|e)|abit(?:o|a|iamo))[ \\t]+(?:en|in|a|al)|" +
  'miesz(?:kam|ka|kamy)[ \\t]+(?:na|przy|w)|m[oó]j[ \\t]+adres[ \\t]+to|(?:wohn(?:e|t|en)|wohnhaft)[ \\t]+(?:in|an|auf|am|im)|meine[ \\t]+adresse[ \\t]+(?:ist|lautet)|' +
  "(?:j['’]|nous[ \\t]+|il[ \\t]+|elle[ \\t]+)?habit(?:e|ons|ent)(?:[ \\t]+(?:au|à|a|en))?|mon[ \\t]+adresse[ \\t]+est|(?:il[ \\t]+)?mio[ \\t]+indirizzo[ \\t]+(?:è|e)|" +
  '(?:mor(?:o|a|amos))[ \\t]+(?:na|no|em)|(?:a[ \\t]+)?minha[ \\t]+morada[ \\t]+(?:é|e)|(?:o[ \\t]+)?meu[ \\t]+endere[cç]o[ \\t]+(?:é|e))' +
  '[ \\t]*:?[ \\t]*(?:(?:la|el|der|die|dem|den|la|le|a|o)[ \\t]+)?';
const EU_STREET_WORD =
  '(?:calle|c/|avenida|avda\\.?|av\\.|paseo|plaza|pza\\.|camino|carretera|ctra\\.|ronda|traves[ií]a|glorieta|' +
  'ul\\.|ulica|ulicy|al\\.|aleja|alei|os\\.|osiedle|osiedlu|pl\\.|plac|placu|' +
  'rue|avenue|boulevard|bd|all[ée]e|impasse|chemin|place|quai|' +
  'via|viale|piazza|piazzale|corso|vicolo|largo|' +
  'rua|travessa|pra[çc]a|estrada|alameda)';
/** A German street's word glued to its name or after an adjective (`lindenstraße`, `goethestr.`, `berliner straße`). */
const EU_GERMAN_STREET = '(?:[\\p{L}-]{2,24}(?:er|sche)[ \\t]+)?[\\p{L}-]{0,30}(?:straße|strasse|str\\.|weg|gasse|allee|platz|damm|ufer)(?![\\p{L}])';
/** Words that end a street's name: the six languages' conjunctions and prepositions of time, and closing words. */
const EU_NOT_NAME =
  '(?:desde|hace|con|por|para|que|pero|porque|cuando|donde|hasta|seit|mit|f[uü]r|aber|weil|wenn|bis|od|przez|ale|bo|gdzie|' +
  'depuis|avec|pour|mais|quand|o[uù]|dans|per|che|ma|quando|dove|h[áa]|com|mas|onde|since|with|and|but|' +
  'gracias|danke|merci|grazie|obrigad[oa]|dzi[eę]kuj[eę]|thanks|bitte|porfa|saludos|pozdrawiam)(?![\\p{L}])';
const EU_NAME_WORD = `(?!${EU_NOT_NAME})\\p{L}[\\p{L}'’.-]{0,24}`;
const EU_HOUSE = '(?:n[º°o]\\.?[ \\t]*)?\\d{1,4}(?:[a-z](?![\\p{L}]))?(?:[ \\t]?[/-][ \\t]?\\d{1,4}(?:[a-z](?![\\p{L}]))?)?(?![\\p{L}\\p{N}])';
/** What may follow a house number: the clause's end, a part of the tail (EU_TAIL), or a conjunction. */
const EU_HOUSE_END = `(?=[ \\t]*(?:$|[,.;:!?)\\n])|[ \\t]+(?:w|we|y|i|und|et|e|m\\.|m[ \\t]|piso|puerta|pta\\.|esc\\.|bajo|wohnung|whg\\.|étage|apt\\.|apto\\.?|int\\.|interno)(?![\\p{L}]))`;
const EU_TOWN_WORD = `(?!${EU_NOT_NAME})\\p{L}[\\p{L}'’-]{1,24}`;
const EU_CLAUSE_END = '(?=[ \\t]*(?:$|[,.;!?)\\n]))';
const EU_TAIL =
  '(?:,?[ \\t]*\\d{1,2}(?:[ \\t]?[ºª°]|[oa])[ \\t]?(?:izq(?:da|uierda)?\\.?|dcha\\.?|derecha|[a-z](?![\\p{L}]))?' +
  '|[ \\t]+m\\.?[ \\t]?\\d{1,4}(?![\\p{L}\\p{N}])' +
  `|,?[ \\t]*(?:\\d{5}|\\d{4}-\\d{3}|\\d{2}-\\d{3}|\\d{4})[ \\t]+${EU_TOWN_WORD}` +
  `|[ \\t]+(?:w|we)[ \\t]+${EU_TOWN_WORD}${EU_CLAUSE_END}` +
  `|,[ \\t]*${EU_TOWN_WORD}${EU_CLAUSE_END})`;
const EU_STREET = new RegExp(
  `(?<![\\p{L}])${EU_CUE}(` +
    `(?:${EU_STREET_WORD}(?:[ \\t]+|(?<=/)[ \\t]*)${EU_NAME_WORD}(?:[ \\t]+${EU_NAME_WORD}){0,3}|${EU_GERMAN_STREET}),?[ \\t]*${EU_HOUSE}${EU_HOUSE_END}` +
    `|(?:n[º°o]\\.?[ \\t]*)?\\d{1,4}(?:bis|ter|[a-z])?(?![\\p{L}\\p{N}]),?[ \\t]+${EU_STREET_WORD}(?:[ \\t]+${EU_NAME_WORD}){1,5}?(?=[ \\t]*(?:$|[,.;!?)\\n])|[ \\t]+${EU_NOT_NAME})` +
    `)(?:${EU_TAIL}){0,3}`,
  'giu',
);

/** Lower-case European street lines after a cue (see above), each an `ADDRESS` from the street's word or number. */
export function detectCuedLowerStreets(text: string, out: Detection[]): void {
  if (!mayHoldEuCue(text)) return;
  for (const match of text.matchAll(EU_STREET)) {
    const end = (match.index as number) + match[0].length;
    const start = end - match[0].length + match[0].indexOf(match[1] as string);
    push(out, text, start, end, 'ADDRESS');
  }
}

// ---------------------------------------------------------------------------------- Arabic addresses
/**
 * Street addresses written in Arabic (L7 of the README-only probe of 2026-12-06b: `وعنواني: حي النخيل، شارع الأمير سلطان،
 * مبنى 12، الرياض 12382`, `أسكن في 24 شارع الحمراء، بيروت`, `{العنوان:'شارع الملك فهد، حي العليا، الرياض'}` were stored
 * raw while the name and the phone beside them were masked: no Arabic street word was read). An address is a run of parts
 * joined by the Arabic comma `،`, a comma, a line break or blanks:
 *  - a street's part: a street word (`شارع`, `ش.`, `طريق`, `حي`, `ميدان`, `جادة`, `زقاق`, `حارة`, `كورنيش`, `درب`, `ممر`,
 *    `مجمع`, `ضاحية`, `محلة`; `و` or `ب` glued before it) and its name, one to four words (no function word: `في`, `من`,
 *    `منذ`, …) or a number (`شارع 9`), a house number after it allowed (`شارع الاستقلال 45`) and before it (`24 شارع الحمراء`);
 *    `حي` (also "alive") only before a word with the article `ال` or a number, `طريق` not after `عن` (`عن طريق`, "by way of");
 *  - a building's, a flat's, a floor's, a block's or a box's part: its word (`مبنى`, `عمارة`, `بناية`, `برج`, `شقة`, `طابق`,
 *    `الطابق`, `الدور`, `فيلا`, `منزل`, `قطعة`, `بلوك`, `ص.ب`, `صندوق بريد`, `الرمز البريدي`, `رمز بريدي`) and its number,
 *    `رقم` and a colon between allowed (`مبنى 12`, `شقة رقم 4`);
 *  - after those, after a comma or a line break, the district, city or country: one to three words and a postal code
 *    (`الرياض 12382`, `جدة 23452`), or the code alone, ending where the text, its line or its clause ends.
 * Digits are ASCII, Arabic-Indic (`٠`-`٩`) or Eastern Arabic-Indic (`۰`-`۹`); words may hold the short vowels, the shadda,
 * tatweel (`شـارع`) and ZWNJ; blanks the bidirectional marks (LRM, RLM, ALM). A run with a street's part (a box's counts
 * as one) is an address when it holds a number, a second street's or building's part, an address's cue before it
 * (`عنواني`, `العنوان:`, `عنوان المنزل:`, `Address:`, `أسكن في`, `التوصيل إلى`, …), or when it is the whole text (a
 * member's value) of a street's part and a city part after a comma, the street's word one of `شارع`, `ش.`, `طريق`, `حي`,
 * `زقاق`, `حارة`, `جادة`; a run of buildings', flats' and floors' parts only is one when it holds two or follows a cue
 * (`الدور 3` is also a role, `قطعة 3` a piece). A name ends at a function, time or length word, and a number after it is
 * a house number when it is no year and no word follows it on the clause (`بطول 12 كيلومترا`, `عام 1950`). A square or a
 * landmark named in prose stays (`زرت ميدان التحرير في القاهرة`), as do `عن طريق البريد` and `هو حي يرزق`. One global
 * search for the part words, each run read forward by sticky patterns over at most eight parts: linear in the input.
 */
const AR_LETTER = '\\u0620-\\u063f\\u0641-\\u064a\\u066e\\u066f\\u0671-\\u06d3\\u06d5\\u06ee\\u06ef\\u06fa-\\u06fc\\u06ff\\u0750-\\u077f';
const AR_MARK = '\\u0610-\\u061a\\u0640\\u064b-\\u065f\\u0670\\u06d6-\\u06ed\\u200c\\u200d';
const AR_DIGIT = '0-9\\u0660-\\u0669\\u06f0-\\u06f9';
const AR_BLANK = '[ \\t\\u00a0\\u200e\\u200f\\u061c]';
const AR_END = `(?![${AR_LETTER}${AR_MARK}])`;
/** A word written with its short vowels, shadda or tatweel between the letters (`شَارِع`, `شـارع`). */
const arSpelled = (word: string): string => [...word].map((letter) => (letter === ' ' ? `${AR_BLANK}{1,2}` : letter === '.' ? '\\.' : `${letter}[${AR_MARK}]{0,3}`)).join('');
const AR_STREET_WORDS = ['شارع', 'طريق', 'حي', 'ميدان', 'جادة', 'زقاق', 'حارة', 'كورنيش', 'درب', 'ممر', 'مجمع', 'ضاحية', 'محلة',
  // Persian (issue 11, L7's open part): street, alley, boulevard, highway, quarter, estate; `میدان` is the Arabic square's.
  'خیابان', 'کوچه', 'بلوار', 'بزرگراه', 'کوی', 'شهرک',
  // Urdu: lane, quarter, road (`سڑک`, `روڈ`), sector (a colony's and a town's word follows their name: `ماڈل ٹاؤن`, a place's).
  'گلی', 'محلہ', 'سڑک', 'روڈ', 'سیکٹر'];
/**
 * The street words that make a member's whole value of a street and a city an address, by their first letter: `شارع`/`ش.`,
 * `طريق`, `حي`/`حارة`, `زقاق`, `جادة` (a square, a corniche or a complex may be a landmark's: `ميدان التحرير، القاهرة`).
 */
const AR_CORE_STREET = /^(?:[وب][\u0610-\u061a\u0640\u064b-\u065f\u0670]*)?(?:[شطحزج]|خیابان|کوچه|بلوار|گلی|محلہ)/u;
/**
 * The street words whose part, a comma and a listed city (AR_PLACES) are an address in prose too, with no cue and no
 * number (`خیابان ولیعصر، تهران دیروز رسید`, `کوچه نیلوفر، اصفهان`, `زرت شارع الحمراء، بيروت اليوم`; issue 11,
 * 2026-12-07): a street's, an alley's, a boulevard's, a highway's, a lane's, a road's, an avenue's: Persian and Urdu
 * `خیابان`, `کوچه`, `بلوار`, `بزرگراه`, `گلی`, `سڑک`, `روڈ`, Arabic `شارع`, `طريق`, `جادة`, `زقاق`, `درب`. A quarter, an
 * estate, a sector, a square, a corniche or a complex (`کوی`, `شهرک`, `محلہ`, `سیکٹر`, `حي`, `حارة`, `ميدان`, `كورنيش`,
 * `مجمع`) before a city names a place of the city or a landmark. Decided for both scripts at once (until the second
 * commit of 2026-12-07 the Arabic words kept L7's rule of 2026-12-06b, a street and its city only as the whole text): the
 * street's name and the city together say where a person was, location data either way; a street with no city stays.
 */
const AR_PROSE_STREET = new RegExp(`^(?:[وب][${AR_MARK}]{0,2})?(?:${['خیابان', 'کوچه', 'بلوار', 'بزرگراه', 'گلی', 'سڑک', 'روڈ', 'شارع', 'طريق', 'جادة', 'زقاق', 'درب'].map(arSpelled).join('|')})${AR_END}`, 'u');
/** A post box's and a postal code's words: a part of their own, as `PO Box 123` is (`ص.ب 1234`, `الرمز البريدي: 12382`). */
const AR_BOX_WORDS = ['صندوق بريد', 'الرمز البريدي', 'رمز بريدي', 'ص.ب', 'ص. ب', 'کد پستی', 'صندوق پستی', 'پوسٹ کوڈ'];
const AR_UNIT_WORDS = [...AR_BOX_WORDS, 'مبنى', 'عمارة', 'بناية', 'برج', 'شقة', 'طابق', 'الطابق', 'الدور', 'فيلا', 'منزل', 'قطعة', 'بلوك',
  // Persian: the house's plate number, a unit, a floor, a building; Urdu: a house (`مکان نمبر 12`), a flat, a block.
  'پلاک', 'واحد', 'طبقه', 'ساختمان', 'مکان', 'فلیٹ', 'بلاک'];
const AR_STREET_WORD = `(?:${AR_STREET_WORDS.map(arSpelled).join('|')}|ش\\.)`;
const AR_UNIT_WORD = `(?:${AR_UNIT_WORDS.map(arSpelled).join('|')})`;
const AR_BOX = new RegExp(`^(?:[وب][${AR_MARK}]{0,2})?(?:${AR_BOX_WORDS.map(arSpelled).join('|')})`, 'u');
const AR_NUMBER = `[${AR_DIGIT}]{1,10}(?:[/-][${AR_DIGIT}]{1,5})?(?![${AR_DIGIT}])`;
/** `رقم` ("number"), Persian `شماره`, Urdu `نمبر`. */
const AR_NUMBER_WORD = `(?:${arSpelled('رقم')}|شماره|نمبر)`;
/**
 * Persian, Urdu and Arabic words of a day or a moment (yesterday, today, tomorrow, tonight, last night, now, this year,
 * last year): no street's or place's name, so an address's span ends before them. Until 2026-12-06f the Persian and
 * Urdu ones were read as a street's name or a city's part (`آدرس: خیابان آزادی دیروز رفتم` stored the span `خیابان
 * آزادی دیروز رفتم`; issue 11). The ZWNJ of `پس‌فردا` is a mark the words read.
 */
const AR_TIME_WORDS = ['دیروز', 'امروز', 'فردا', 'پریروز', 'پس‌فردا', 'پسفردا', 'دیشب', 'امشب', 'پریشب', 'فرداشب', 'حالا', 'اکنون', 'هم‌اکنون', 'امسال', 'پارسال', 'هفته', 'هفتهٔ',
  'آج', 'کل', 'پرسوں', 'ابھی', 'آجکل', 'البارحة', 'بالأمس', 'امس', 'الليلة', 'حاليا', 'غدًا', 'صباحا', 'مساء', 'مساءً'];
/** Words that end a street's name or a city's part: prepositions, conjunctions, pronouns and time words (AR_TIME_WORDS). */
const AR_STOP_WORDS = ['في', 'من', 'إلى', 'الى', 'على', 'عن', 'مع', 'منذ', 'قرب', 'بالقرب', 'بجانب', 'خلف', 'أمام', 'امام', 'مقابل', 'عند', 'بين', 'هو', 'هي', 'هم', 'كان', 'كانت', 'قد', 'لا', 'لم', 'لن', 'ما', 'أن', 'ان', 'إن', 'الذي', 'التي', 'و', 'أو', 'او', 'ثم', 'حتى', 'لكن', 'هذا', 'هذه', 'ذلك', 'تلك', 'هنا', 'هناك', 'يوم', 'اليوم', 'غدا', 'أمس', 'كل', 'بعد', 'قبل', 'عندما', 'رقم', 'شكرا', 'وشكرا', 'الآن', 'الان', 'جدا', 'مزدحم', 'طويل',
  // Words of time, length and price before a number (`عام 1950`, `بطول 12 كيلومترا`): no street's name.
  'عام', 'العام', 'سنة', 'السنة', 'شهر', 'ساعة', 'الساعة', 'بطول', 'بعرض', 'بمساحة', 'بسعر', 'بتكلفة', 'حوالي', 'نحو',
  // Persian and Urdu function words (in, from, to, with, that, this, is, and, of).
  'در', 'از', 'به', 'با', 'که', 'این', 'آن', 'را', 'تا', 'برای', 'است', 'هست', 'میں', 'سے', 'کو', 'کا', 'کی', 'کے', 'ہے', 'ہیں', 'اور', 'پر', 'تک', 'نے', 'یہ', 'وہ', 'ہوں', 'تھا', 'تھی',
  ...AR_TIME_WORDS];
// A stop word with its short vowels or tatweel (`غداً`) stops the name as written bare.
// A Persian superlative (`طولانی‌ترین`, `بزرگترین`: an adjective's `ترین`, its ZWNJ before or none) is the sentence's, no
// name's word: `خیابان ولیعصر طولانی‌ترین خیابان تهران است` ("… is Tehran's longest street") named two streets in prose and
// was read as one address of two parts until 2026-12-07 (issue 11).
// Read after the word, a fixed lookbehind (a lookahead over the word's letters cost 30% more CPU on Persian prose).
const AR_NOT_SUPERLATIVE = '(?<!ترین)';
const AR_WORD = `(?!(?:${AR_STOP_WORDS.join('|')})[${AR_MARK}]*${AR_END})(?!${AR_STREET_WORD}${AR_END}|${AR_UNIT_WORD}${AR_END})[${AR_LETTER}][${AR_LETTER}${AR_MARK}]{0,24}${AR_NOT_SUPERLATIVE}${AR_END}`;
/** A year (`1950`, `٢٠٢٤`): no house number after a street's name. */
const AR_YEAR = `(?:[1\u0661\u06f1][9\u0669\u06f9]|[2\u0662\u06f2][0\u0660\u06f0])[${AR_DIGIT}]{2}(?![${AR_DIGIT}])`;
/** A house number after a street's name, not a year and with no word after it on the clause (`بطول 12 كيلومترا` counts). */
const AR_HOUSE_AFTER = `(?:${AR_BLANK}{1,2}(?:${AR_NUMBER_WORD}${AR_BLANK}{0,2}:?${AR_BLANK}{0,2})?(?!${AR_YEAR})${AR_NUMBER}(?!${AR_BLANK}{1,2}[${AR_LETTER}]))?`;
/** The first part's word (global search): a street's or a building's, with `و` or `ب` glued before it. */
const AR_PART_WORD = new RegExp(`(?<![${AR_LETTER}${AR_MARK}])(?:[وب][${AR_MARK}]{0,2})?(?:${AR_STREET_WORD}|${AR_UNIT_WORD})${AR_END}`, 'gu');
/** A street's part (sticky): its word and its name (a word glued to `و`, "and", ends it after the first), a house number after it. */
/**
 * `امام` (Imam) opening a street's name after a Persian street word (`خیابان امام خمینی`, `بلوار امام رضا`): a stop word
 * elsewhere, Arabic's "in front of" written without its hamza (issue 11, 2026-12-07: `خیابان امام خمینی، مشهد` was no
 * street's part).
 */
const AR_IMAM_AFTER_FA = `(?<=(?:${['خیابان', 'کوچه', 'بلوار', 'بزرگراه'].join('|')})${AR_BLANK}{1,2})امام${AR_END}`;
const AR_STREET_PART = new RegExp(
  `(?:[وب][${AR_MARK}]{0,2})?${AR_STREET_WORD}${AR_END}(?:${AR_BLANK}{1,2}(?:${AR_NUMBER_WORD}${AR_BLANK}{0,2})?${AR_NUMBER}|${AR_BLANK}{1,2}(?:${AR_IMAM_AFTER_FA}|${AR_WORD})(?:${AR_BLANK}{1,2}(?!و)${AR_WORD}){0,3}${AR_HOUSE_AFTER})`,
  'uy',
);
/** A building's, flat's, floor's, block's or box's part (sticky): its word and number. */
const AR_UNIT_PART = new RegExp(`(?:[وب][${AR_MARK}]{0,2})?${AR_UNIT_WORD}${AR_END}${AR_BLANK}{0,2}[:.]?${AR_BLANK}{0,2}(?:${AR_NUMBER_WORD}${AR_BLANK}{0,2}:?${AR_BLANK}{0,2})?${AR_NUMBER}`, 'uy');
/** A district's, city's or country's part (sticky): one to three words and a postal code, or the code alone. */
/** A postal code: five digits (a ZIP+4's four after a dash), or Iran's ten (`۱۲۳۴۵۶۷۸۹۰`, `12345-67890`). */
const AR_POSTCODE = `(?:[${AR_DIGIT}]{5}(?:-[${AR_DIGIT}]{4,5})?|[${AR_DIGIT}]{10})(?![${AR_DIGIT}])`;
const AR_CITY_PART = new RegExp(`(?:${AR_WORD}(?:${AR_BLANK}{1,2}${AR_WORD}){0,2}(?:${AR_BLANK}{1,2}${AR_POSTCODE})?|${AR_POSTCODE})`, 'uy');
/** Between parts: a comma (Arabic or Latin) or a line break (group 1), or blanks before a street's or building's part. */
const AR_GAP = new RegExp(`${AR_BLANK}*([،,]|\\r?\\n)${AR_BLANK}*|${AR_BLANK}{1,2}(?=(?:[وب][${AR_MARK}]{0,2})?(?:${AR_STREET_WORD}|${AR_UNIT_WORD})${AR_END})`, 'uy');
/** Where a city's part may end: the text's end, a line's, a clause's punctuation, a quote or a bracket. */
const AR_CITY_END = /^(?:$|[\s.،,؛:;!?؟)\]}"'»”-])/u;
/** A house number right before the first part (`24 شارع الحمراء`, `رقم 7 شارع …`). */
const AR_HOUSE_BEFORE = new RegExp(`(?<![${AR_DIGIT}${AR_LETTER}])(?:${AR_NUMBER_WORD}${AR_BLANK}{0,2})?[${AR_DIGIT}]{1,5}${AR_BLANK}{1,2}$`, 'u');
/** `عن طريق` ("by way of"): no road. */
const AR_BY_WAY_OF = new RegExp(`(?<![${AR_LETTER}])عن${AR_BLANK}{1,2}$`, 'u');
/** `حي` before neither the article nor a number is the adjective "alive" (`هو حي يرزق`). */
const AR_ALIVE = new RegExp(`^(?:[وب][${AR_MARK}]{0,2})?ح[${AR_MARK}]{0,3}ي[${AR_MARK}]{0,3}${AR_BLANK}{1,2}(?!ا[${AR_MARK}]{0,3}ل|[${AR_DIGIT}]|${AR_NUMBER_WORD})`, 'u');
/** Persian and Urdu address cues: `آدرس`, `آدرسم`, `آدرس من`, `نشانی`, `ساکن`, `مقیم`, `پتہ`/`پته`, `میرا پتہ`, `رہائش`, `رہتا ہوں`. */
const AR_FA_UR_CUE = `آدرس[${AR_LETTER}]{0,2}(?:${AR_BLANK}{1,2}(?:من|منزل|خانه))?|نشانی(?:${AR_BLANK}{1,2}(?:من|منزل))?|ساکن|مقیم|پت[ہه]|رہائش|(?:رہتا|رہتی|رہتے)(?:${AR_BLANK}{1,2}(?:ہوں|ہیں|ہے))?`;
/** An address's cue right before the run: `عنواني:`, `العنوان:`, `عنوان المنزل:`, `Address:`, `أسكن في`, `التوصيل إلى`, … */
const AR_CUE_BEFORE = new RegExp(
  `(?:(?<![${AR_LETTER}])(?:[وف]?(?:ال)?عنوان[${AR_LETTER}${AR_MARK}]{0,6}(?:${AR_BLANK}{1,2}[${AR_LETTER}][${AR_LETTER}${AR_MARK}]{1,12}){0,2}|(?:أ|ا|ي|ت|ن)(?:سكن|قيم|عيش|قطن)|سكني|(?:ال)?(?:توصيل|شحن|تسليم)|(?:أ|ا|إ)?رس(?:ل|لوا|ال)|مقر${AR_BLANK}{1,2}(?:ال)?إقامت[${AR_LETTER}]{0,2}|محل${AR_BLANK}{1,2}(?:ال)?إقامت[${AR_LETTER}]{0,2}|${AR_FA_UR_CUE})|\\b(?:address(?:[ \\t]?line[ \\t]?\\d)?|adres|adresse|ship(?:ping)?[ \\t]+to|deliver(?:y)?[ \\t]+to))(?:${AR_BLANK}{1,2}(?:في|إلى|الى|على|ب|ل))?${AR_BLANK}*[:：]?${AR_BLANK}*$`,
  'iu',
);
/**
 * The gate: a letter the readers read (AR_LETTER, the Arabic Supplement's `ݐ` and `ە` too). Until 2026-12-06e it read
 * U+0620-U+06D2 only, so a place's word of the other letters after a cue (`Address: ݐݑݒ, 12345`) was skipped while
 * `Address: المهندسين, 12345` was masked (found by issue 13's Stryker run: the gate's mutant survived).
 */
const hasArabicLetter = new RegExp(`[${AR_LETTER}]`, 'u');
const AR_HAS_DIGIT = new RegExp(`[${AR_DIGIT}]`);
/**
 * A city's part and a comma right before the run, the city first as Persian writes it (`آدرس: تهران، خیابان ولیعصر، …`):
 * taken into the span when a cue or the start of the text or its line is before it (group 1: the city's words).
 */
const AR_CITY_BEFORE = new RegExp(`(?<![${AR_LETTER}${AR_MARK}])(${AR_WORD}(?:${AR_BLANK}{1,2}${AR_WORD}){0,2})${AR_BLANK}*[،,]${AR_BLANK}*$`, 'u');
/**
 * An address's cue (forward, global) for a run of places with no street's or building's word (`العنوان: المهندسين، الجيزة`,
 * `عنواني: الزمالك، القاهرة`; issue 11, L7's open part): `عنوان`/`العنوان`/`عنواني` and the home's or shipment's word,
 * `أسكن في`, `أقيم في`, `آدرس`, `نشانی`, `پتہ`, `Address`, then a colon or blanks.
 */
const AR_CUE_AHEAD = new RegExp(
  `(?<![${AR_LETTER}${AR_MARK}])(?:[وف]?(?:ال)?عنوان(?:ي|نا|ه|ها)?(?:${AR_BLANK}{1,2}(?:ال)?(?:منزل|سكن|شحن|توصيل|بيت|عمل)(?:ي)?)?|(?:أ|ا|ن)(?:سكن|قيم|عيش)${AR_BLANK}{1,2}في|سكني${AR_BLANK}{1,2}في|${AR_FA_UR_CUE}|(?<![A-Za-z])[Aa]ddress)${AR_BLANK}{0,2}[:：]?${AR_BLANK}{0,2}(?:هو${AR_BLANK}{1,2})?`,
  'gu',
);
/** Letters folded for the list of places (marks, the hamza's alefs, `ى`, `ة`, Persian and Urdu `ی`, `ک`, `ہ`). */
const arFold = (word: string): string => word.replace(new RegExp(`[${AR_MARK}]`, 'gu'), '').replace(/[أإآٱ]/g, 'ا').replace(/[ىیے]/g, 'ي').replace(/ک/g, 'ك').replace(/[ةہۃ]/g, 'ه');
/**
 * Cities and countries of Arabic, Persian and Urdu addresses: a run of places after a cue with no street's word is an
 * address when its last part is one of these or holds a postal code (a title under `العنوان` with a comma stays).
 */
const AR_PLACES = new Set([
  'الرياض', 'جدة', 'مكة', 'مكة المكرمة', 'المدينة', 'المدينة المنورة', 'الدمام', 'الخبر', 'الظهران', 'الطائف', 'تبوك', 'أبها', 'بريدة', 'الأحساء', 'حائل', 'نجران', 'جازان', 'ينبع', 'القطيف', 'خميس مشيط',
  'القاهرة', 'الجيزة', 'الإسكندرية', 'المنصورة', 'طنطا', 'أسيوط', 'الأقصر', 'أسوان', 'بورسعيد', 'السويس', 'الإسماعيلية', 'الزقازيق', 'شرم الشيخ', 'الغردقة',
  'بيروت', 'طرابلس', 'صيدا', 'صور', 'دمشق', 'حلب', 'حمص', 'اللاذقية', 'حماة', 'عمان', 'إربد', 'الزرقاء', 'العقبة', 'بغداد', 'البصرة', 'الموصل', 'أربيل', 'النجف', 'كربلاء',
  'الكويت', 'الدوحة', 'المنامة', 'مسقط', 'أبوظبي', 'أبو ظبي', 'دبي', 'الشارقة', 'عجمان', 'العين', 'صنعاء', 'عدن', 'تونس', 'صفاقس', 'سوسة', 'الجزائر', 'وهران', 'قسنطينة',
  'الرباط', 'الدار البيضاء', 'مراكش', 'فاس', 'طنجة', 'أكادير', 'بنغازي', 'مصراتة', 'الخرطوم', 'أم درمان', 'نواكشوط', 'القدس', 'رام الله', 'غزة', 'نابلس', 'الخليل', 'بيت لحم', 'جنين',
  'السعودية', 'مصر', 'لبنان', 'الأردن', 'العراق', 'الإمارات', 'قطر', 'البحرين', 'عمان', 'سلطنة عمان', 'اليمن', 'سوريا', 'فلسطين', 'المغرب', 'ليبيا', 'السودان', 'موريتانيا',
  'تهران', 'مشهد', 'اصفهان', 'شیراز', 'تبریز', 'کرج', 'قم', 'اهواز', 'کرمان', 'رشت', 'یزد', 'همدان', 'ایران', 'کابل', 'هرات', 'مزار شریف', 'قندهار', 'افغانستان',
  'لاہور', 'کراچی', 'اسلام آباد', 'راولپنڈی', 'فیصل آباد', 'ملتان', 'پشاور', 'کوئٹہ', 'حیدرآباد', 'سیالکوٹ', 'گوجرانوالہ', 'پاکستان',
].map(arFold));
const AR_DIGITS_RUN = new RegExp(`${AR_BLANK}*[${AR_DIGIT}-]+$`, 'u');
/** Whether a place's part names a listed city or country (its words or the whole, a postal code after it cut off) or holds a postal code. */
function arListedPlace(part: string): boolean {
  if (new RegExp(AR_POSTCODE, 'u').test(part)) return true;
  const words = arFold(part.replace(AR_DIGITS_RUN, '')).trim();
  return AR_PLACES.has(words) || words.split(/[ \t\u00a0\u200e\u200f\u061c]+/).some((word) => AR_PLACES.has(word));
}

/** The length of a place's part's first one to three words that are a listed city or country (AR_PLACES), 0 when none. */
function arListedPrefix(part: string): number {
  const words = [...part.matchAll(/[^ \t\u00a0\u200e\u200f\u061c]+/gu)];
  for (let count = Math.min(3, words.length); count > 0; count--) {
    const last = words[count - 1] as RegExpMatchArray & { index: number };
    const end = last.index + last[0].length;
    if (AR_PLACES.has(arFold(part.slice(0, end)).replace(/[ \t\u00a0\u200e\u200f\u061c]+/gu, ' '))) return end;
  }
  return 0;
}

/** Arabic street addresses (see above), each an `ADDRESS`. */
export function detectArabicAddresses(text: string, out: Detection[]): void {
  if (!hasArabicLetter.test(text)) return;
  AR_PART_WORD.lastIndex = 0;
  let covered = 0;
  for (let first = AR_PART_WORD.exec(text); first !== null; first = AR_PART_WORD.exec(text)) {
    const at = first.index;
    const end = arabicRun(text, at, out);
    if (end > 0) AR_PART_WORD.lastIndex = covered = end;
  }
  // Places alone after a cue (no street's word): two to four parts joined by commas, the last a listed city or country or
  // a postal code, ending where the clause ends.
  AR_CUE_AHEAD.lastIndex = 0;
  for (let cue = AR_CUE_AHEAD.exec(text); cue !== null; cue = AR_CUE_AHEAD.exec(text)) {
    const start = cue.index + cue[0].length;
    if (start < covered) continue;
    const end = arabicPlaces(text, start);
    if (end > 0) {
      push(out, text, start, end, 'ADDRESS');
      AR_CUE_AHEAD.lastIndex = end;
    } else if (cue[0].length === 0) AR_CUE_AHEAD.lastIndex++;
  }
}

/** The end of two to four places from `start` joined by commas, the first no listed place, the last one or a postal code; 0 when none. */
function arabicPlaces(text: string, start: number): number {
  let cursor = start;
  let parts = 0;
  let end = 0;
  let first = '';
  let last = '';
  while (parts < 4) {
    AR_CITY_PART.lastIndex = cursor;
    const part = AR_CITY_PART.exec(text);
    if (part === null) break;
    parts++;
    end = cursor + part[0].length;
    if (parts === 1) first = part[0];
    last = part[0];
    AR_GAP.lastIndex = end;
    const gap = AR_GAP.exec(text);
    if (gap === null || gap[1] === undefined || gap[1].includes('\n')) break;
    cursor = end + gap[0].length;
  }
  if (parts < 2 || !AR_CITY_END.test(text.slice(end, end + 1))) return 0;
  // A district before the city: a city and its country alone (`أسكن في جدة، السعودية`) name no one's home.
  return arListedPlace(last) && !arListedPlace(first) ? end : 0;
}

/** Reads the run of parts from the part word at `at`; pushes it when it is an address, and answers its end (0 when none). */
function arabicRun(text: string, at: number, out: Detection[]): number {
  const before = text.slice(Math.max(0, at - 64), at);
  const house = AR_HOUSE_BEFORE.exec(before);
  let start = house === null ? at : at - house[0].length;
  // A city and a comma before it, after a cue or at the text's or line's start (Persian's order: `تهران، خیابان …`).
  if (house === null) {
    const city = AR_CITY_BEFORE.exec(before);
    if (city !== null) {
      const from = at - city[0].length;
      const head = text.slice(Math.max(0, from - 64), from);
      if (/(?:^|\n)[ \t]*$/.test(head) || AR_CUE_BEFORE.test(head)) start = from;
    }
  }
  let end = at;
  let cursor = at;
  let parts = 0;
  let places = 0;
  let streets = 0;
  let units = 0;
  let core = false;
  // A street's part, a comma and a listed city right after it (AR_PROSE_STREET): an address in prose too.
  let proseCity = false;
  let cityCut = 0;
  // After a comma or a line break a city's part may follow.
  let afterComma = false;
  while (parts < 8) {
    let part: RegExpExecArray | null = null;
    let kind: 'street' | 'unit' | 'city' = 'street';
    AR_STREET_PART.lastIndex = cursor;
    part = AR_STREET_PART.exec(text);
    if (part !== null) {
      if (AR_ALIVE.test(text.slice(cursor, cursor + 16))) part = null;
      else if (/^(?:[وب])?ط/u.test(part[0]) && AR_BY_WAY_OF.test(text.slice(Math.max(0, cursor - 8), cursor))) part = null;
    }
    if (part === null) {
      kind = 'unit';
      AR_UNIT_PART.lastIndex = cursor;
      part = AR_UNIT_PART.exec(text);
    }
    if (part === null && parts > 0 && afterComma) {
      kind = 'city';
      AR_CITY_PART.lastIndex = cursor;
      part = AR_CITY_PART.exec(text);
      if (part !== null && !AR_CITY_END.test(text.slice(cursor + part[0].length, cursor + part[0].length + 1))) part = null;
    }
    if (part === null) break;
    parts++;
    if (kind === 'city') {
      places++;
      // In prose the city's part ends with the listed place (`… تهران رسید`: `رسید`, "arrived", is the sentence's).
      const listed = parts === 2 && streets === 1 && AR_PROSE_STREET.test(text.slice(at, end)) ? arListedPrefix(part[0]) : 0;
      if (listed > 0) {
        proseCity = true;
        // (A postal code after the city stays in the part: `تهران ۱۲۳۴۵۶۷۸۹۰`.)
        if (!AR_HAS_DIGIT.test(part[0])) cityCut = listed;
      }
    }
    // A box's or a postal code's number is an address alone, as `PO Box 123` is.
    else if (kind === 'unit' && !AR_BOX.test(part[0])) units++;
    else {
      streets++;
      if (parts === 1 && AR_CORE_STREET.test(part[0])) core = true;
    }
    end = cursor + (cityCut > 0 ? cityCut : part[0].length);
    cityCut = 0;
    AR_GAP.lastIndex = end;
    const gap = AR_GAP.exec(text);
    if (gap === null) break;
    afterComma = gap[1] !== undefined;
    cursor = end + gap[0].length;
  }
  if (parts === 0) return 0;
  // A street with a number, another part, a cue before it or the whole text to itself; buildings, flats and boxes (also
  // a role, a piece, a tower: `الدور 3`, `قطعة 3`, `برج 5`) only two together or after a cue.
  const digit = AR_HAS_DIGIT.test(text.slice(start, end));
  const whole = core && places > 0 && text.slice(0, start).trim() === '' && /^[\s.]*$/u.test(text.slice(end));
  const cue = (): boolean => AR_CUE_BEFORE.test(text.slice(Math.max(0, start - 64), start));
  if (!(streets > 0 ? digit || streets + units >= 2 || whole || proseCity || cue() : units >= 2 || (units > 0 && cue()))) return 0;
  push(out, text, start, end, 'ADDRESS');
  return end;
}
