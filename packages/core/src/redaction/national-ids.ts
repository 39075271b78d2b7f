import { detectMrz } from './mrz.js';
import { detectEuLicenceFields, mayHoldEuLicence } from './eu-licences.js';
import { gatedTest } from './internal/prefilter.js';
import type { Detection } from './types.js';
import { itinValid, luhnValid, ssnValid } from './internal/checks.js';
import { isSeparator, MAX_SEPARATOR } from './internal/separators.js';
import { countCapitals, countDigits, isAsciiAlnum } from './internal/chars.js';
import { PET_WORD_SOURCE } from './internal/pet-words.js';

// ------------------------------------------------------------------------------- national ids
// Government identifiers other than the US SSN (detectSsns in detectors.ts), under the `ssn`
// detector's switch, class `pii.government_id` like the SSN. Two ways in, as Presidio's and
// Google DLP's national-id recognizers work:
//  - without a label, only where the format is distinctive and a checksum strong: UK National
//    Insurance number (prefix rules), Spanish DNI/NIE (check letter mod 23), Italian codice fiscale
//    (check character), French NIR (key 97 - n mod 97, 15 digits), Chinese resident id (ISO 7064
//    MOD 11-2, 18 characters with a birth date), Brazilian CPF as written (`529.982.247-25`, two
//    mod-11 check digits);
//  - right after a label, in the country's language too (`PESEL:`, `BSN`, `SIN`, `Steuer-ID`,
//    `Ausweisnummer`, `CPF`, `Aadhaar`, `personnummer`, `주민등록번호`, `マイナンバー`, `passport no.`,
//    `driver's license`, `ITIN`, `身份证号`, `my social is`): a
//    value of the format that label names. After its own label the shape suffices (a specimen or
//    a mistyped number is still the person's id as they gave it); after a generic label
//    (`national id`, `tax id`, `identity number`) the value must pass one of the checksums.
// Groups are joined by the separators of every number detector (internal/separators.ts: space,
// dash, dot, slash, up to three characters, or none).

const allDigits = /^\d+$/;

// ---------------------------------------------------------------------------------- checksums

/** UK NINO prefix (HMRC): first letter not D, F, I, Q, U, V; second not D, F, I, O, Q, U, V; BG, GB, KN, NK, NT, TN, ZZ never issued. */
export function ninoPrefixValid(prefix: string): boolean {
  if (!/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]$/.test(prefix)) return false;
  return !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(prefix);
}

/** Spanish DNI (`12345678Z`) or NIE (`X1234567L`, X/Y/Z read as 0/1/2): the letter is `TRWAGMYFPDXBNJZSQVHLCKE`[number mod 23]. */
export function spanishIdValid(compact: string): boolean {
  const match = /^([XYZ]\d{7}|\d{8})([A-Z])$/.exec(compact);
  if (match === null) return false;
  const body = match[1] as string;
  const number = Number(body[0] === 'X' ? `0${body.slice(1)}` : body[0] === 'Y' ? `1${body.slice(1)}` : body[0] === 'Z' ? `2${body.slice(1)}` : body);
  if (/^(\d)\1+$/.test(body)) return false;
  return 'TRWAGMYFPDXBNJZSQVHLCKE'[number % 23] === match[2];
}

const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
/** Omocodia: digits of a codice fiscale replaced by letters when two people would share one. */
const CF_DIGIT_LETTERS = 'LMNPQRSTUV';
const cfShape = /^[A-Z]{6}[0-9LMNP-V]{2}[ABCDEHLMPRST][0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{3}[A-Z]$/;

/** Italian codice fiscale: shape (with omocodia), day 1-31 or 41-71, and the check character (odd/even tables, sum mod 26). */
export function codiceFiscaleValid(code: string): boolean {
  if (!cfShape.test(code)) return false;
  const digit = (char: string) => (char >= '0' && char <= '9' ? Number(char) : CF_DIGIT_LETTERS.indexOf(char));
  const day = digit(code[9] as string) * 10 + digit(code[10] as string);
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return false;
  let sum = 0;
  for (let index = 0; index < 15; index++) {
    const code0 = code.charCodeAt(index);
    const value = code0 <= 57 ? code0 - 48 : code0 - 65;
    // Positions 1, 3, 5, ... (1-based) use the odd table.
    sum += index % 2 === 0 ? (CF_ODD[value] as number) : value;
  }
  return String.fromCharCode(65 + (sum % 26)) === code[15];
}

/** French NIR (numéro de sécurité sociale), 15 characters: key = 97 - (first 13 mod 97), Corsica's 2A/2B read as 19/18. */
export function nirValid(compact: string): boolean {
  const match = /^([1-478])(\d{2})(\d{2})(\d{2}|2[AB])(\d{6})(\d{2})$/.exec(compact);
  if (match === null) return false;
  const month = Number(match[3]);
  if (month === 0 || (month >= 13 && month <= 19) || (month >= 43 && month <= 49)) return false;
  const department = match[4] === '2A' ? '19' : match[4] === '2B' ? '18' : (match[4] as string);
  const number = Number(`${match[1]}${match[2]}${match[3]}${department}${match[5]}`);
  return 97 - (number % 97) === Number(match[6]);
}

/** Polish PESEL: weights 1,3,7,9,1,3,7,9,1,3, check (10 - sum mod 10) mod 10, month with its century offset, day 1-31. */
export function peselValid(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let sum = 0;
  for (let index = 0; index < 10; index++) sum += (digits.charCodeAt(index) - 48) * (weights[index] as number);
  if ((10 - (sum % 10)) % 10 !== digits.charCodeAt(10) - 48) return false;
  const month = Number(digits.slice(2, 4)) % 20;
  const day = Number(digits.slice(4, 6));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** Dutch BSN: the 11-proof, 9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 (mod 11). */
export function bsnValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 8; index++) sum += (digits.charCodeAt(index) - 48) * (9 - index);
  sum -= digits.charCodeAt(8) - 48;
  return sum % 11 === 0;
}

/** Canadian SIN: nine digits, Luhn, not starting with 0 or 8 (not issued). */
export function sinValid(digits: string): boolean {
  return /^[1-79]\d{8}$/.test(digits) && luhnValid(digits);
}

/**
 * German Steuer-IdNr: 11 digits, not starting with 0; in the first ten exactly one digit occurs
 * twice or three times (never three in a row) and the others at most once; check digit by
 * ISO 7064 MOD 11,10.
 */
export function steuerIdValid(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const counts = new Array<number>(10).fill(0);
  for (let index = 0; index < 10; index++) counts[digits.charCodeAt(index) - 48] = (counts[digits.charCodeAt(index) - 48] as number) + 1;
  const repeated = counts.filter((count) => count >= 2);
  if (repeated.length !== 1 || (repeated[0] as number) > 3) return false;
  if (/(\d)\1\1/.test(digits.slice(0, 10))) return false;
  let product = 10;
  for (let index = 0; index < 10; index++) {
    let sum = (digits.charCodeAt(index) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = (11 - product) % 10;
  return check === digits.charCodeAt(10) - 48;
}

const CN_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** Chinese resident identity number (GB 11643): 18 characters, a birth date, ISO 7064 MOD 11-2 check (0-9 or X). */
export function chineseIdValid(compact: string): boolean {
  const match = /^[1-8]\d{5}((?:19|20)\d{2})(\d{2})(\d{2})\d{3}[0-9X]$/.exec(compact);
  if (match === null) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  let sum = 0;
  for (let index = 0; index < 17; index++) sum += (compact.charCodeAt(index) - 48) * (CN_WEIGHTS[index] as number);
  return '10X98765432'[sum % 11] === compact[17];
}

/**
 * Argentine CUIL/CUIT of a person (AFIP, RG 10/1997): 11 digits, the holder's kind (20, 23, 24, 27:
 * a person; 30, 33, 34 a company, no personal data), the DNI's 8 digits, a check digit: 11 - the sum
 * of the first ten by 5,4,3,2,7,6,5,4,3,2 mod 11 (11 gives 0; 10 is never issued: the kind becomes 23).
 */
export function cuilValid(digits: string): boolean {
  if (!/^2[0347]\d{9}$/.test(digits)) return false;
  const weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let index = 0; index < 10; index++) sum += (digits.charCodeAt(index) - 48) * (weights[index] as number);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === digits.charCodeAt(10) - 48;
}

/** Brazilian CPF: 11 digits, two mod-11 check digits (weights 10..2, then 11..2); one digit repeated is no CPF. */
export function cpfValid(digits: string): boolean {
  if (!/^\d{11}$/.test(digits) || /^(\d)\1{10}$/.test(digits)) return false;
  for (const length of [9, 10]) {
    let sum = 0;
    for (let index = 0; index < length; index++) sum += (digits.charCodeAt(index) - 48) * (length + 1 - index);
    if (((sum * 10) % 11) % 10 !== digits.charCodeAt(length) - 48) return false;
  }
  return true;
}

/** Japanese My Number (個人番号): 12 digits, check digit by weights 2..7, 2..6 from the right, 11 - (sum mod 11), 0 when the remainder is 0 or 1. */
export function myNumberValid(digits: string): boolean {
  if (!/^\d{12}$/.test(digits)) return false;
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += (digits.charCodeAt(11 - n) - 48) * (n <= 6 ? n + 1 : n - 5);
  const remainder = sum % 11;
  return (remainder <= 1 ? 0 : 11 - remainder) === digits.charCodeAt(11) - 48;
}

/**
 * Swiss social security number (AHV/AVS, AHVN13): 13 digits starting with 756 (ISO 3166 numeric
 * for Switzerland), written `756.9217.0769.85`; the last digit is an EAN-13 check digit (weights
 * 1 and 3 from the left, (10 - sum mod 10) mod 10). Source: Federal Social Insurance Office,
 * "Die neue AHV-Nummer" (2008).
 */
export function ahvValid(digits: string): boolean {
  if (!/^756\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 12; index++) sum += (digits.charCodeAt(index) - 48) * (index % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(12) - 48;
}

/**
 * Singapore NRIC / FIN (`S1234567D`): a prefix letter S, T (citizens and permanent residents,
 * born before and from 2000) or F, G (foreigners), seven digits and a check letter: weights
 * 2,7,6,5,4,3,2, plus 4 for T and G, the sum mod 11 indexes `JZIHGFEDCBA` (S, T) or
 * `XWUTRQPNMLK` (F, G). The M series (from 2022) has another table and is accepted by shape
 * after a label only.
 */
export function nricValid(compact: string): boolean {
  const match = /^([STFG])(\d{7})([A-Z])$/.exec(compact);
  if (match === null) return false;
  const prefix = match[1] as string;
  const body = match[2] as string;
  const weights = [2, 7, 6, 5, 4, 3, 2];
  let sum = prefix === 'T' || prefix === 'G' ? 4 : 0;
  for (let index = 0; index < 7; index++) sum += (body.charCodeAt(index) - 48) * (weights[index] as number);
  const table = prefix === 'S' || prefix === 'T' ? 'JZIHGFEDCBA' : 'XWUTRQPNMLK';
  return table[sum % 11] === match[3];
}

/**
 * Hong Kong identity card number (`A123456(3)`): one or two letters, six digits and a check
 * character. Weights 9..2 over the (space-padded) letters and digits, a letter worth 10-35 and
 * the padding 36; check = 11 - sum mod 11, written `A` for 10 and `0` for 11.
 */
export function hkidValid(compact: string): boolean {
  const match = /^([A-Z]{1,2})(\d{6})([0-9A])$/.exec(compact);
  if (match === null) return false;
  const letters = match[1] as string;
  const body = letters.length === 1 ? ` ${letters}${match[2]}` : `${letters}${match[2]}`;
  let sum = 0;
  for (let index = 0; index < 8; index++) {
    const code = body.charCodeAt(index);
    const value = code === 32 ? 36 : code >= 65 ? code - 55 : code - 48;
    sum += value * (9 - index);
  }
  const check = 11 - (sum % 11);
  return (check === 10 ? 'A' : check === 11 ? '0' : String(check)) === match[3];
}

/**
 * Romanian personal numeric code (CNP, `1850312400127`): 13 digits, the sex and century (1-8), the
 * birth date (YYMMDD), a county (01-52), a serial, and a check digit: the first twelve weighted
 * 2,7,9,1,4,6,3,5,8,2,7,9, the sum mod 11 (10 counts as 1). Law 1/1971 and the Romanian
 * population register's rules (the second probe of 2026-12-04 found it stored raw after `CNP`).
 */
export function cnpValid(digits: string): boolean {
  if (!/^[1-8]\d{12}$/.test(digits)) return false;
  const month = Number(digits.slice(3, 5));
  const day = Number(digits.slice(5, 7));
  const county = Number(digits.slice(7, 9));
  if (month < 1 || month > 12 || day < 1 || day > 31 || county < 1 || (county > 52 && county !== 70)) return false;
  const weights = '279146358279';
  let sum = 0;
  for (let index = 0; index < 12; index++) sum += (digits.charCodeAt(index) - 48) * (weights.charCodeAt(index) - 48);
  const check = sum % 11 === 10 ? 1 : sum % 11;
  return check === digits.charCodeAt(12) - 48;
}

/** UAE Emirates ID (`784-1985-1234567-1`): 15 digits, 784 (ISO 3166 numeric for the UAE), the holder's birth year, Luhn. */
export function emiratesIdValid(digits: string): boolean {
  return /^784(?:19|20)\d{10}$/.test(digits) && luhnValid(digits);
}

/**
 * Thai citizen id (เลขประจำตัวประชาชน, 13 digits, `1 1037 00123 45 8`): the first digit the holder's
 * category (1-8), the check digit (11 - Σ dᵢ·(13-i) mod 11) mod 10 over the first twelve
 * (Department of Provincial Administration).
 */
export function thaiIdValid(digits: string): boolean {
  if (!/^[1-8]\d{12}$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 12; index++) sum += (digits.charCodeAt(index) - 48) * (13 - index);
  return (11 - (sum % 11)) % 10 === digits.charCodeAt(12) - 48;
}

/** Indonesian province codes (Kemendagri): Sumatra 11-19, Riau Islands 21, Java 31-36, Bali and Nusa Tenggara 51-53, Kalimantan 61-65, Sulawesi 71-76, Maluku 81-82, Papua 91-97. */
const NIK_PROVINCE = /^(?:1[1-9]|21|3[1-6]|5[1-3]|6[1-5]|7[1-6]|8[12]|9[1-7])$/;
/**
 * Indonesian NIK (Nomor Induk Kependudukan, on the KTP): 16 digits, the province (NIK_PROVINCE),
 * regency and district (01-99 each), the birth date DDMMYY with 40 added to a woman's day, and a
 * serial 0001-9999 (Permendagri; no check digit).
 */
export function nikValid(digits: string): boolean {
  if (!/^\d{16}$/.test(digits) || !NIK_PROVINCE.test(digits.slice(0, 2))) return false;
  if (digits.slice(2, 4) === '00' || digits.slice(4, 6) === '00' || digits.slice(12) === '0000') return false;
  const day = Number(digits.slice(6, 8));
  const month = Number(digits.slice(8, 10));
  return ((day >= 1 && day <= 31) || (day >= 41 && day <= 71)) && month >= 1 && month <= 12;
}

/** Vietnamese province codes of the CCCD (Circular 07/2016/TT-BCA): 63 provinces and cities, 001 Hà Nội to 096 Cà Mau. */
const CCCD_PROVINCES = new Set('001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 036 037 038 040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 074 075 077 079 080 082 083 084 086 087 089 091 092 093 094 095 096'.split(' '));
/**
 * Vietnamese citizen id (Căn cước công dân, CCCD, 12 digits): the province of birth
 * (CCCD_PROVINCES), a digit for sex and century (0/1 born 1900-1999, 2/3 2000-2099), the two last
 * digits of the birth year (not in the future), a serial of six (no check digit).
 */
export function cccdValid(digits: string, year = new Date().getUTCFullYear()): boolean {
  if (!/^\d{12}$/.test(digits) || !CCCD_PROVINCES.has(digits.slice(0, 3))) return false;
  const century = digits.charCodeAt(3) - 48;
  if (century > 3) return false;
  const born = (century < 2 ? 1900 : 2000) + Number(digits.slice(4, 6));
  return born <= year && digits.slice(6) !== '000000';
}

/**
 * Indian Permanent Account Number (`ABCPE1234F`): five letters, four digits, a letter; the fourth
 * letter is the holder's status (P a person, C a company, H a Hindu undivided family, F a firm, A
 * an association, T a trust, B a body of individuals, L a local authority, J an artificial
 * juridical person, G a government). Income Tax Department, Notification 2003. No public checksum.
 */
const panShape = /^[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z]$/;

/**
 * Any of the checksummed national numbers (for a value after a generic label such as `national id`).
 * After these labels an ITIN too (IRS format: 9, then 50-65, 70-88, 90-92 or 94-99 in the 4th-5th
 * digits; `TIN 912-70-1234` was stored raw, probe 6 of 2026-12-03).
 */
function anyChecksum(compact: string): boolean {
  if (allDigits.test(compact)) {
    if (compact.length === 9) return bsnValid(compact) || sinValid(compact) || ssnValid(compact);
    if (compact.length === 11) return peselValid(compact) || steuerIdValid(compact) || cpfValid(compact);
    if (compact.length === 12) return myNumberValid(compact);
    if (compact.length === 13) return ahvValid(compact) || cnpValid(compact) || thaiIdValid(compact);
    if (compact.length === 15) return nirValid(compact) || emiratesIdValid(compact);
  }
  return spanishIdValid(compact) || codiceFiscaleValid(compact) || chineseIdValid(compact) || nirValid(compact) || nricValid(compact) || hkidValid(compact);
}

// ------------------------------------------------------------------------------------- labels

type Kind = 'eeIk' | 'lvPk' | 'czRc' | 'huSzig' | 'huTaj' | 'noFnr' | 'dkCpr' | 'fiHetu' | 'keId' | 'tzNida' | 'sePnr' | 'arCuil' | 'coCc' | 'usAlien' | 'usI94' | 'usTraveller' | 'usRedress' | 'deSv' | 'esNuss' | 'ptCc' | 'ptNif' | 'ptNiss' | 'plId' | 'trTc' | 'tr' | 'cl' | 'th' | 'sa' | 'ng' | 'il' | 'ro' | 'ch' | 'sg' | 'hk' | 'ae' | 'inPan' | 'idNik' | 'vnCccd' | 'vnCmnd' | 'nino' | 'es' | 'esNif' | 'it' | 'fr' | 'pl' | 'grAmka' | 'grAfm' | 'ruInn' | 'ruSnils' | 'bgEgn' | 'plNip' | 'brRg' | 'nl' | 'ca' | 'deTax' | 'deId' | 'cn' | 'br' | 'in' | 'se' | 'kr' | 'jp' | 'idCard' | 'passport' | 'licence' | 'itin' | 'social' | 'generic' | 'jpKojin' | 'brPis' | 'frIne';

interface KindRule {
  /** Label spellings (a regular-expression source, case-insensitive). */
  labels: string;
  /** The value as it may follow this label (compact: upper case, separators removed). */
  accept: (compact: string) => boolean;
  type: string;
}

const idToken = (min: number, max: number, digits: number) => (compact: string) =>
  compact.length >= min && compact.length <= max && /^[A-Z0-9]+$/.test(compact) && countDigits(compact) >= digits;

// Longer spellings before their prefixes (`social insurance` before `social`).
const KINDS: Array<[Kind, KindRule]> = [
  // Switzerland, Singapore, Hong Kong, the UAE, India's tax number (a probe of 2026-12-03: each
  // was stored raw after its label). `AVS`, `FIN`, `EID` and `PAN` in capitals only.
  // Turkey, Chile, Thailand, Saudi Arabia, Nigeria, Israel (J15 of the fourth probe of 2026-12-04:
  // `TC kimlik numaram 10000000146`, `mi RUT es 12.345.678-5`, `เลขประจำตัวประชาชน 1-1017-00203-45-1`,
  // `رقم الإقامة 2123456789`, `my NIN is 12345678901`, `תעודת הזהות שלי 000000018` were stored raw).
  // After its own label the shape suffices, as for the others: TC kimlik 11 digits, the first not
  // 0 (Nüfus ve Vatandaşlık İşleri); RUT/RUN 7 or 8 digits and a check digit or K (Servicio de
  // Impuestos Internos, mod 11); the Thai citizen id 13 digits (Department of Provincial
  // Administration); a Saudi national id (1…) or iqama (2…) 10 digits (Absher); the Nigerian NIN
  // 11 digits (NIMC); the Israeli teudat zehut up to 9 digits (Population Authority).
  // Social-insurance and identity-card numbers after their own labels (L8 of the twelfth probe,
  // 2026-12-05e: each was stored raw while the Steuer-ID, DNI, NIR, BSN and PESEL beside them were
  // masked). The German Versicherungsnummer of the Rentenversicherung (`SV-Nr. 65 140387 W 023`: area,
  // birth date DDMMYY, the birth name's initial, serial and check digit; Deutsche Rentenversicherung),
  // which the Swiss AHV number shares the word Sozialversicherungsnummer with, and Austria's (ten
  // digits, the fourth a check digit over the others, then the DDMMYY birth date); the Spanish número
  // de afiliación a la Seguridad Social (NUSS, 12 digits: province, number, control); the Portuguese
  // Cartão de Cidadão (`12345678 9 ZZ1`: civil id, its check digit, version letters, check digit;
  // `CC` in capitals only) and NIF / número de contribuinte (9 digits, mod-11 check digit, a person's
  // first digit 1-4) and NISS (número de identificação da segurança social: 11 digits from 1 or 2); the Polish dowód osobisty in its cases (`dowodu osobistego`, `dowodem
  // osobistym`, `nr dowodu`: three letters and six digits); the Turkish TCKN after `TC`, `T.C.` or
  // `TCKN` (its two check digits: `TC` alone names the republic too).
  ['deSv', { labels: '(?:sozial|renten)?versicherungs-?(?:nummer|nr\\.?)|(?:sv|rv|vs)-?(?:nummer|nr\\.?)', accept: (c) => /^\d{8}[A-Z]\d{3}$/.test(c) || /^756\d{10}$/.test(c) || austrianSvValid(c), type: 'NATIONAL_ID' }],
  ['esNuss', { labels: 'n[úu]mero de (?:la )?seguridad social|(?:n\\.?[º°o]\\.?\\s?(?:de\\s)?)?afiliaci[óo]n(?:\\s(?:a\\s(?:la\\s)?)?(?:ss|s\\.s\\.|seguridad social))?|nuss|naf', accept: (c) => /^\d{12}$/.test(c), type: 'NATIONAL_ID' }],
  // Latin America (L15, L16 of the thirteenth probe, 2026-12-05f: `CUIL 27284557315`, `Cédula de
  // ciudadanía No. 1.020.734.556`, `C.C. 52.884.213 de Bogotá` were stored raw): the Argentine
  // CUIL/CUIT of a person as 11 digits (its kind and check digit: cuilValid; a company's `CUIT
  // 30-…` stays), and the Colombian cédula de ciudadanía or de extranjería (Registraduría: up to 10
  // digits, no check digit; old ones of 6 to 8) after its name or `C.C.`/`CC` in capitals, which
  // also names the Portuguese Cartão de Cidadão (its shape `123456789ZZ1` accepted here too).
  // Nordic, Baltic and central European ids, Kenya's and Tanzania's (L5, L6 of the fourteenth probe,
  // 2026-12-05g: each was stored raw after its label). After its own label the id's structure (a
  // birth date where it holds one) and its check digit where the scheme has one: the Estonian
  // isikukood and Lithuanian asmens kodas (`a.k.`; isikukoodValid), the Czech/Slovak rodné číslo
  // (rodneValid), the Hungarian személyi szám (szigValid) and TAJ (9 digits: the probe's own TAJ
  // fails its CDV, and a mistyped number is still the person's), the Norwegian fødselsnummer and
  // D-nummer (fnrValid), the Danish CPR (cprValid: a date, no mod 11 since 2007), the Finnish
  // henkilötunnus (hetuValid), the Kenyan national ID (7-9 digits after `kitambulisho`), the
  // Tanzanian NIDA number (nidaShape), and a Swedish personnummer after `pnr` (personnummerValid).
  ['eeIk', { labels: 'isikukood(?:i|iga)?|asmens[ \t]+kod(?:as|o|ą|u)|a\\.k\\.', accept: isikukoodValid, type: 'NATIONAL_ID' }],
  // The Latvian personas kods (`120389-12346`: DDMMYY, the century digit, a serial and a check digit; since 2017 new
  // codes begin `32` and hold no date): 11 digits, a hyphen after six or none, after `personas kods` in its cases or
  // `pers. kods` (the open part of L5 of 2026-12-05g; the shape suffices after the label, as for the TAJ).
  ['lvPk', { labels: 'personas[ \t]+kod(?:s|a|u|am|ā)|pers\\.[ \t]?kod(?:s|a|u)', accept: (c) => /^\d{11}$/.test(c), type: 'NATIONAL_ID' }],
  ['czRc', { labels: 'rodn[ée](?:ho)?[ \t]+[čc][íi]sl(?:o|a|em)|r\\.[ \t]?[čc]\\.', accept: rodneValid, type: 'NATIONAL_ID' }],
  ['huSzig', { labels: 'szem[ée]lyi[ \t]+(?:sz[áa]m(?:om|a|ot|át)?|azonos[íi]t[óo](?:[ \t]+jel(?:e|em)?)?)', accept: szigValid, type: 'NATIONAL_ID' }],
  ['huTaj', { labels: 'taj(?:[ \t\\-]?sz[áa]m(?:om|a|ot|át)?)?', accept: (c) => /^\d{9}$/.test(c), type: 'NATIONAL_ID' }],
  ['noFnr', { labels: 'f[øo]dselsnummer(?:et)?|f[øo]dselsnr\\.?|fnr|d-nummer(?:et)?', accept: fnrValid, type: 'NATIONAL_ID' }],
  ['dkCpr', { labels: 'cpr(?:-?(?:nummer|nr\\.?))?', accept: cprValid, type: 'NATIONAL_ID' }],
  ['fiHetu', { labels: 'henkil[öo]tunnu(?:s|kseni|ksesi|ksen|kset)|hetu', accept: hetuValid, type: 'NATIONAL_ID' }],
  ['keId', { labels: 'kitambulisho(?:[ \t]+cha[ \t]+taifa)?', accept: (c) => /^\d{7,9}$/.test(c), type: 'NATIONAL_ID' }],
  ['tzNida', { labels: 'nida', accept: nidaShape, type: 'NATIONAL_ID' }],
  ['sePnr', { labels: 'pnr|p-nr\\.?', accept: personnummerValid, type: 'NATIONAL_ID' }],
  ['arCuil', { labels: 'c\\.u\\.i\\.[lt]\\.?|cuil|cuit|clave [úu]nica de identificaci[óo]n (?:laboral|tributaria)', accept: cuilValid, type: 'NATIONAL_ID' }],
  ['coCc', { labels: 'c[ée]dula de (?:ciudadan[íi]a|extranjer[íi]a)|c\\.c\\.|cc', accept: (c) => /^\d{6,10}$/.test(c) || /^\d{9}[A-Z]{2}\d$/.test(c), type: 'NATIONAL_ID' }],
  ['ptCc', { labels: 'cart[ãa]o de cidad[ãa]o', accept: (c) => /^\d{9}[A-Z]{2}\d$/.test(c), type: 'NATIONAL_ID' }],
  ['ptNiss', { labels: 'niss|n[úu]mero de identifica[çc][ãa]o (?:da )?seguran[çc]a social|n[úu]mero da seguran[çc]a social', accept: (c) => /^[12]\d{10}$/.test(c), type: 'NATIONAL_ID' }],
  ['ptNif', { labels: 'n[úu]mero de contribuinte|contribuinte', accept: ptNifValid, type: 'NATIONAL_ID' }],
  ['plId', { labels: 'dow[óo]d(?:u|em|zie)?(?:\\s+osobist(?:y|ego|ym))?', accept: (c) => /^[A-Z]{3}\d{6}$/.test(c) || idToken(5, 14, 4)(c), type: 'NATIONAL_ID' }],
  ['trTc', { labels: 'tckn|t\\.c\\.?(?=\\s{0,2}(?:no\\b|:|\\d))|tc(?=\\s{0,2}(?:no\\b|:|\\d))', accept: tcknValid, type: 'NATIONAL_ID' }],
  ['tr', { labels: "t\\.?\\s?c\\.?\\s?kimlik|kimlik", accept: (c) => /^[1-9]\d{10}$/.test(c), type: 'NATIONAL_ID' }],
  ['cl', { labels: 'rol [úu]nico (?:tributario|nacional)|rut|run', accept: (c) => /^\d{7,8}[\dK]$/.test(c), type: 'NATIONAL_ID' }],
  ['th', { labels: 'เลขประจำตัวประชาชน|เลขบัตรประจำตัวประชาชน|เลขบัตรประชาชน|บัตรประจำตัวประชาชน|บัตรประชาชน|thai (?:national |citizen )?id(?: card)?', accept: (c) => /^\d{13}$/.test(c), type: 'NATIONAL_ID' }],
  ['sa', { labels: 'رقم الإقامة|رقم الاقامة|رقم الهوية(?: الوطنية)?|الهوية الوطنية|iqama(?: id)?|saudi (?:national )?id', accept: (c) => /^[12]\d{9}$/.test(c), type: 'NATIONAL_ID' }],
  ['ng', { labels: 'national identification number|nin', accept: (c) => /^\d{11}$/.test(c) || anyChecksum(c) || itinValid(c), type: 'NATIONAL_ID' }],
  ['il', { labels: 'תעודת (?:ה)?זהות|מספר (?:ה)?זהות|ת\\.ז\\.?|ת"ז|teudat[ _-]?zehut', accept: (c) => /^\d{5,9}$/.test(c), type: 'NATIONAL_ID' }],
  ['ro', { labels: 'cod numeric personal|cnp(?:-ul)?', accept: cnpValid, type: 'NATIONAL_ID' }],
  ['ch', { labels: 'ahv-?(?:nummer|nr\\.?)|ahvn13|ahv|num[ée]ro avs|avs|sozialversicherungsnummer', accept: (c) => /^756\d{10}$/.test(c), type: 'NATIONAL_ID' }],
  ['sg', { labels: 'nric(?:/fin)?|fin', accept: (c) => /^[STFGM]\d{7}[A-Z]$/.test(c), type: 'NATIONAL_ID' }],
  ['hk', { labels: 'hkid(?: card)?|hong kong identity card|hong kong id(?: card)?|香港身份證(?:號碼)?|身份證號碼', accept: (c) => /^[A-Z]{1,2}\d{6}[0-9A]?$/.test(c), type: 'NATIONAL_ID' }],
  ['ae', { labels: 'emirates id(?: card)?|eid', accept: (c) => /^784\d{12}$/.test(c), type: 'NATIONAL_ID' }],
  ['inPan', { labels: 'permanent account number|pan card|pan', accept: (c) => panShape.test(c), type: 'NATIONAL_ID' }],
  ['nino', { labels: 'national insurance(?: number| no\\.?| #)?|ni (?:number|no\\.?|#)|nino', accept: (c) => /^[A-Z]{2}\d{6}[A-D]?$/.test(c), type: 'NATIONAL_ID' }],
  // A DNI of Argentina (7 or 8 digits, `DNI 7.123.456`) and of Peru with the card's check character
  // after it (`DNI N° 45872319-4`, `DNI 41234567-K`; RENIEC publishes no algorithm for it, so the
  // shape after the label suffices; L18 of the thirteenth probe, 2026-12-05f: stored raw).
  ['es', { labels: 'documento nacional de identidad|d\\.n\\.i\\.?|dni', accept: (c) => /^(?:\d{7,8}|\d{8}[A-Z0-9]|[XYZ]\d{7}[A-Z])$/.test(c) || ptNifValid(c), type: 'NATIONAL_ID' }],
  ['esNif', { labels: 'nif|nie', accept: (c) => /^(?:\d{8}[A-Z]?|[XYZ]\d{7}[A-Z])$/.test(c) || ptNifValid(c), type: 'NATIONAL_ID' }],
  ['it', { labels: 'codice fiscale|cod\\.? ?fisc\\.?|c\\.f\\.|cf', accept: (c) => cfShape.test(c), type: 'NATIONAL_ID' }],
  ['fr', { labels: "num[ée]ro de s[ée]curit[ée] sociale|n° de s[ée]curit[ée] sociale|s[ée]curit[ée] sociale|num[ée]ro insee|num[ée]ro de s[ée]cu|carte vitale|nir", accept: (c) => /^[1-478]\d{4}(?:\d{2}|2[AB])\d{6}(?:\d{2})?$/.test(c), type: 'NATIONAL_ID' }],
  ['pl', { labels: 'pesel', accept: (c) => /^\d{11}$/.test(c), type: 'NATIONAL_ID' }],
  // Labels written in Greek and Cyrillic script (the tenth probe of 2026-12-05, L4: `ΑΜΚΑ
  // 12037112345` was stored raw; `AMKA: …` was masked by its key only): Greece's social security
  // number ΑΜΚΑ (11 digits, the first six a DDMMYY birth date) and tax number ΑΦΜ (9 digits, mod-11
  // check), Russia's ИНН (10 or 12 digits, check digits) and СНИЛС (11 digits, check number),
  // Bulgaria's ЕГН (10 digits, check digit), each also in its Latin spelling (amka, afm, snils,
  // egn). A letter of the label's script must not touch it (`ИННОВАЦИЯ`).
  ['grAmka', { labels: '(?<![\u0370-\u03ff])(?:αμκα|α\\.μ\\.κ\\.α\\.?)(?![\u0370-\u03ff])|amka', accept: amkaShape, type: 'NATIONAL_ID' }],
  ['grAfm', { labels: '(?<![\u0370-\u03ff])(?:αφμ|α\\.φ\\.μ\\.?)(?![\u0370-\u03ff])|afm', accept: afmValid, type: 'NATIONAL_ID' }],
  ['ruInn', { labels: '(?<![\u0400-\u04ff])инн(?![\u0400-\u04ff])', accept: innValid, type: 'NATIONAL_ID' }],
  ['ruSnils', { labels: '(?<![\u0400-\u04ff])снилс(?![\u0400-\u04ff])|snils', accept: snilsValid, type: 'NATIONAL_ID' }],
  ['bgEgn', { labels: '(?<![\u0400-\u04ff])егн(?![\u0400-\u04ff])|egn', accept: egnValid, type: 'NATIONAL_ID' }],
  // Poland's tax number and Brazil's Registro Geral after their labels (a probe of 2026-12-03: `NIP:
  // 123-456-32-18` was typed PHONE, `RG 12.345.678-9` stored raw); capitals only (`rg`, `nip`).
  ['plNip', { labels: 'nip', accept: (c) => /^(?:PL)?\d{10}$/.test(c), type: 'NATIONAL_ID' }],
  ['brRg', { labels: 'registro geral|rg', accept: (c) => /^\d{7,9}[\dX]$/.test(c), type: 'NATIONAL_ID' }],
  ['nl', { labels: 'burgerservicenummer|sofi-?nummer|bsn', accept: (c) => /^\d{8,9}$/.test(c), type: 'NATIONAL_ID' }],
  ['ca', { labels: "social insurance(?: number| no\\.?)?|num[ée]ro d'assurance sociale|sin|nas", accept: (c) => /^\d{9}$/.test(c), type: 'NATIONAL_ID' }],
  ['deTax', { labels: 'steuerliche identifikationsnummer|steueridentifikationsnummer|steuer-identifikationsnummer|steuer-?id(?:-?nr\\.?)?|identifikationsnummer|idnr', accept: (c) => /^\d{11}$/.test(c), type: 'NATIONAL_ID' }],
  ['deId', { labels: '(?:personal)?ausweis(?:-?nummer|-?nr\\.?)?', accept: (c) => /^[CFGHJKLMNPRTVWXYZ0-9]{9,10}$/.test(c) && countDigits(c) >= 1, type: 'NATIONAL_ID' }],
  ['cn', { labels: '公民身份号码|居民身份证(?:号码|号)?|身份证(?:号码|号)?', accept: (c) => /^(?:\d{17}[\dX]|\d{15})$/.test(c), type: 'NATIONAL_ID' }],
  ['br', { labels: 'cadastro de pessoas f[íi]sicas|cpf', accept: (c) => /^\d{11}$/.test(c), type: 'NATIONAL_ID' }],
  ['in', { labels: 'aadhaa?r(?: card)?|आधार(?: संख्या| नंबर)?', accept: (c) => /^[2-9]\d{11}$/.test(c), type: 'NATIONAL_ID' }],
  ['se', { labels: 'personnummer|personnr|samordningsnummer', accept: (c) => /^(?:\d{2})?\d{10}$/.test(c), type: 'NATIONAL_ID' }],
  ['kr', { labels: '주민등록번호|주민번호|resident registration number|rrn', accept: (c) => /^\d{13}$/.test(c), type: 'NATIONAL_ID' }],
  ['jp', { labels: 'マイナンバー|個人番号|my number', accept: (c) => /^\d{12}$/.test(c), type: 'NATIONAL_ID' }],
  ['idCard', { labels: "id card|identity card|identity document|carte d'identit[ée]|carta d'identit[àa]|documento de identidad|c[ée]dula(?: de identidad)?|identiteitskaart|id-kaart", accept: idToken(5, 14, 4), type: 'NATIONAL_ID' }],
  // The passport words of the Baltic, Nordic, central and south-east European languages, Greek (in
  // Latin letters and Greek), Turkish, Swahili, Maltese and Icelandic (L16 of probe 2026-12-05g:
  // `pasas 23456789` was stored raw), in their cases (`paso`, `pasą`, `pases`, `passin`,
  // `útlevelem`, `pașaportul`); the short ones that are words elsewhere (`pass`, `pas`, `pase`, `paso`:
  // English, French, Dutch, Spanish) only with a number word or a colon after them (PASSPORT_NUMBERED_ONLY).
  ['passport', { labels: 'reisepass(?:nummer)?|passnummer|pass-nr\\.?|passport|passeport|pasaporte|passaporto|paszport|paspoort|护照(?:号码|号)?|旅券番号|여권번호'
    + '|pasas|pasą|pases|pasu|passi(?:n|a)?|pass|paso|pase|pas|[úu]tlev[ée]l(?:sz[áa]m(?:a|om)?|em|e|et)?|[úu]tlevel(?:em|e|et)|pa[șşs]aport(?:ul|ului|a|ë|e|i|u)?|pasaportë|diavat[ií]rio(?:u)?|(?<![\u0370-\u03ff])διαβατ[ήη]ρ[ιί]ο(?:υ)?(?![\u0370-\u03ff])'
    + '|cestovn(?:[íý]|[ée]ho)[ \\t]+pas(?:u)?|paso[šs](?:a)?|putovnic[aeu]|potn(?:i|ega)[ \\t]+list(?:a)?|pasport|passaporte|passaport|vegabr[ée]f(?:s)?|pasipoti', accept: idToken(6, 12, 5), type: 'PASSPORT' }],
  ['licence', { labels: "driver[’']?s?[’']? licen[cs]e|driving licen[cs]e|f[üu]hrerschein(?:nummer)?|permis de conduire|licencia de conducir|carnet de conducir|patente di guida|prawo jazdy|rijbewijs(?:nummer)?|dl", accept: idToken(5, 18, 4), type: 'DRIVER_LICENSE' }],
  ['itin', { labels: 'individual taxpayer identification(?: number)?|itin', accept: (c) => /^9\d{8}$/.test(c), type: 'NATIONAL_ID' }],
  ['social', { labels: 'social', accept: ssnValid, type: 'SSN' }],
  ['generic', { labels: 'national id(?:entity|entification)?(?: card)?(?: number| no\\.?)?|national identity number|national number|identity number|personal (?:id|identification|identity) number|tax(?:payer)? id(?:entification)?(?: number)?|citizen id|tin', accept: (c) => anyChecksum(c) || itinValid(c), type: 'NATIONAL_ID' }],
];

/** A Portuguese NIF of a person (first digit 1-4; 5-9 are companies, the state and others): 9 digits, the last 11 - (Σ dᵢ·(9-i) mod 11), 0 for 10 or 11. */
function ptNifValid(c: string): boolean {
  if (!/^[1-4]\d{8}$/.test(c)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(c[i]) * (9 - i);
  const check = 11 - (sum % 11);
  return (check >= 10 ? 0 : check) === Number(c[8]);
}
/** A Turkish TCKN: 11 digits, not starting with 0; the 10th (7·Σodd - Σeven) mod 10 of the first nine, the 11th Σ of the first ten mod 10. */
function tcknValid(c: string): boolean {
  if (!/^[1-9]\d{10}$/.test(c)) return false;
  const d = Array.from(c, Number);
  const odd = (d[0] as number) + (d[2] as number) + (d[4] as number) + (d[6] as number) + (d[8] as number);
  const even = (d[1] as number) + (d[3] as number) + (d[5] as number) + (d[7] as number);
  if ((((odd * 7 - even) % 10) + 10) % 10 !== d[9]) return false;
  return d.slice(0, 10).reduce((a, b) => a + b, 0) % 10 === d[10];
}
/** A Hungarian TAJ number: 9 digits, the last Σ of the first eight times 3 and 7 alternately, mod 10 (NEAK). */
export function tajValid(c: string): boolean {
  if (!/^\d{9}$/.test(c)) return false;
  let sum = 0;
  for (let k = 0; k < 8; k++) sum += (c.charCodeAt(k) - 48) * (k % 2 === 0 ? 3 : 7);
  return sum % 10 === c.charCodeAt(8) - 48;
}
/**
 * A person's national number that a table's generic `id` column holds beside a person's columns
 * (redactor.ts maskTableColumns; L4 of the seventeenth probe, 2026-12-05j): a Turkish TCKN (its two
 * check digits), a Vietnamese CCCD (province, century and birth year) or a Hungarian TAJ (its check
 * digit), an isikukood, a fødselsnummer or a CNP, written compact or in groups of blanks. Row numbers and order ids fail the checks.
 */
export function tableNationalId(value: string): string | undefined {
  if (value.length > 16 || !/^\d[\d ]{7,14}\d$/.test(value)) return undefined;
  const c = value.replace(/ /g, '');
  // And the ids of other countries whose checks are as strong (a date and one or two check digits; the open part of L4 of
  // 2026-12-05j): an Estonian isikukood or Lithuanian asmens kodas, a Norwegian fødselsnummer, a Romanian CNP.
  return tcknValid(c) || cccdValid(c) || tajValid(c) || isikukoodValid(c) || fnrValid(c) || cnpValid(c) ? c : undefined;
}
/** An Austrian Sozialversicherungsnummer: 10 digits, the fourth Σ of the others times 3,7,9,5,8,4,2,1,6 mod 11 (10 never issued), the last six a DDMMYY birth date. */
function austrianSvValid(c: string): boolean {
  if (!/^\d{10}$/.test(c)) return false;
  const d = Array.from(c, Number);
  const weights = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6];
  const sum = d.reduce((total, digit, i) => total + digit * (weights[i] as number), 0);
  return sum % 11 === d[3];
}

/** A day 1-31 and a month 1-12 at `day`, `month` of `c` (two digits each). */
function dayMonth(c: string, day: number, month: number): boolean {
  const d = Number(c.slice(day, day + 2));
  const m = Number(c.slice(month, month + 2));
  return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}
/**
 * An Estonian isikukood or a Lithuanian asmens kodas: 11 digits, the sex and century (1-6), the
 * birth date YYMMDD, a serial and a check digit: Σ dᵢ·(1,2,…,9,1) mod 11, or when that is 10 with
 * the weights 3,…,9,1,2,3 (10 again gives 0).
 */
export function isikukoodValid(c: string): boolean {
  if (!/^[1-6]\d{10}$/.test(c) || !dayMonth(c, 5, 3)) return false;
  let check = weighted(c, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11;
  if (check === 10) check = (weighted(c, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11) % 10;
  return check === Number(c[10]);
}
/**
 * A Czech or Slovak rodné číslo (`YYMMDD/NNNN`): the birth date with 50 added to a woman's month
 * (20 or 70 from 2004), then a serial; ten digits (from 1954) divisible by 11, or the first nine's
 * remainder 10 and a last digit 0; nine digits before 1954.
 */
export function rodneValid(c: string): boolean {
  if (!/^\d{9,10}$/.test(c)) return false;
  const month = Number(c.slice(2, 4)) % 50;
  const day = Number(c.slice(4, 6));
  if (!((month >= 1 && month <= 12) || (month >= 21 && month <= 32)) || day < 1 || day > 31) return false;
  if (c.length === 9) return Number(c.slice(0, 2)) < 54;
  const remainder = Number(c.slice(0, 9)) % 11;
  return (remainder === 10 ? 0 : remainder) === Number(c[9]);
}
/** A Hungarian személyi szám (`1-850709-1249`): 11 digits, sex and century (1-8), YYMMDD, serial, check Σ dᵢ·i (or ·(11-i) from 1997) mod 11. */
export function szigValid(c: string): boolean {
  if (!/^[1-8]\d{10}$/.test(c) || !dayMonth(c, 5, 3)) return false;
  const check = Number(c[10]);
  return weighted(c, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) % 11 === check || weighted(c, [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]) % 11 === check;
}
/** A Norwegian fødselsnummer or D-nummer (day + 40): 11 digits, DDMMYY, a serial, two mod-11 check digits (weights 3,7,6,1,8,9,4,5,2 and 5,4,3,2,7,6,5,4,3,2). */
export function fnrValid(c: string): boolean {
  if (!/^\d{11}$/.test(c)) return false;
  const day = Number(c.slice(0, 2)) % 40;
  const month = Number(c.slice(2, 4)) % 40;
  if (day < 1 || day > 31 || month < 1 || month > 12) return false;
  const k1 = (11 - (weighted(c, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11)) % 11;
  const k2 = (11 - (weighted(c, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
  return k1 === Number(c[9]) && k2 === Number(c[10]);
}
/** A Danish CPR number: 10 digits, DDMMYY and a serial (the mod-11 check was dropped in 2007). */
function cprValid(c: string): boolean {
  return /^\d{10}$/.test(c) && dayMonth(c, 0, 2);
}
const HETU_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';
/** A Finnish henkilötunnus (`131052-308T`, `010203A456R`): DDMMYY, the century sign (-, +, A-F, U-Y; a dash may be dropped as a separator), a serial and the check character of DDMMYYNNN mod 31. */
export function hetuValid(c: string): boolean {
  const match = /^(\d{6})[+\-A-FU-Y]?(\d{3})([0-9A-FHJ-NPR-Y])$/.exec(c);
  if (match === null || !dayMonth(c, 0, 2)) return false;
  return HETU_CHECK[Number(`${match[1]}${match[2]}`) % 31] === match[3];
}
/** A Tanzanian NIDA number (`19850709-12345-00001-23`): 20 digits, the birth date YYYYMMDD first. */
function nidaShape(c: string): boolean {
  return /^(?:19|20)\d{18}$/.test(c) && dayMonth(c, 6, 4);
}
/** A Swedish personnummer or samordningsnummer (day + 60), 10 or 12 digits: YYMMDD, a serial, the Luhn digit over the last ten. */
export function personnummerValid(c: string): boolean {
  if (!/^(?:18|19|20)?\d{10}$/.test(c)) return false;
  const ten = c.slice(-10);
  const day = Number(ten.slice(4, 6));
  const month = Number(ten.slice(2, 4));
  if (month < 1 || month > 12 || !((day >= 1 && day <= 31) || (day >= 61 && day <= 91))) return false;
  return luhnValid(ten);
}
/** A Greek AMKA: 11 digits whose first six are a DDMMYY date of birth. */
function amkaShape(c: string): boolean {
  if (!/^\d{11}$/.test(c)) return false;
  const day = Number(c.slice(0, 2));
  const month = Number(c.slice(2, 4));
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}
/** A Greek ΑΦΜ: 9 digits, the last the sum of the others times 2^8…2^1, mod 11, mod 10. */
function afmValid(c: string): boolean {
  if (!/^\d{9}$/.test(c) || c === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(c[i]) * 2 ** (8 - i);
  return (sum % 11) % 10 === Number(c[8]);
}
const weighted = (c: string, weights: readonly number[]) => weights.reduce((sum, w, i) => sum + w * Number(c[i]), 0);
/** A Russian ИНН: 10 digits (an organisation's) or 12 (a person's), with their check digits. */
function innValid(c: string): boolean {
  if (/^\d{10}$/.test(c)) return (weighted(c, [2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10 === Number(c[9]);
  if (!/^\d{12}$/.test(c)) return false;
  return (weighted(c, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10 === Number(c[10]) && (weighted(c, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10 === Number(c[11]);
}
/** A Russian СНИЛС: 11 digits, the last two the check number of the first nine. */
function snilsValid(c: string): boolean {
  if (!/^\d{11}$/.test(c)) return false;
  const sum = weighted(c, [9, 8, 7, 6, 5, 4, 3, 2, 1]);
  const check = sum < 100 ? sum : sum === 100 || sum === 101 ? 0 : (sum % 101) % 100;
  return check === Number(c.slice(9));
}
/** A Bulgarian ЕГН: 10 digits, the last a weighted check digit (10 written 0). */
function egnValid(c: string): boolean {
  if (!/^\d{10}$/.test(c)) return false;
  return (weighted(c, [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11) % 10 === Number(c[9]);
}

/** Short labels that are ordinary words in lower case (Spanish `sin`, Polish `nie`, `dl`): only as written in capitals. */
const CAPITALS_ONLY = new Set(['pis', 'pasep', 'ine', 'cc', 'c.c.', 'tc', 't.c.', 't.c', 'naf', 'avs', 'fin', 'eid', 'pan', 'sin', 'nas', 'dl', 'tin', 'cf', 'nie', 'nif', 'nir', 'nin', 'rrn', 'rg', 'nip', 'rut', 'run']);

const labelPattern = new RegExp(`(?<![A-Za-z])(?:${KINDS.map(([, rule]) => `(${rule.labels})`).join('|')})(?![A-Za-z])`, 'gi');
/**
 * After the label: `number`/`no.`/`#` (Turkish with its possessive, `numaram`, `numarası`, `No'm`;
 * Thai `เลขที่`), a possessive (`שלי`, `of mine`), a copula (`is`, `to`, `jest`, `es`, `är`, `هو`, `הוא`,
 * `คือ`), a colon or an equals sign, in any order a person writes them (J15 of the fourth probe of
 * 2026-12-04: `Mój PESEL to 44051401359` was stored raw); a verb that says what the number is and an
 * article after it (`lautet`, `ist die`, `es el`, `é o`, `est le`, `brzmi`, `wynosi`: the open part of
 * L8 of 2026-12-05e, `meine SV-Nummer lautet 65 140387 W 023`); and the document's own number word after a
 * comma or semicolon, as I-9 notes write a document's title and then its number (`U.S. Passport, document
 * number …`, `Passport; Document number: …`, `Reisepass, Dokumentnummer …`; L10 of 2026-12-05i), also with the
 * number word first as the Romance languages and Polish write it (`Pasaporte, número de documento …`, `Passaporte,
 * número do documento …`, `Carte d'identité, numéro du document …`, `Passaporto, numero del documento …`, `Paszport,
 * numer dokumentu …`, after a comma, a semicolon, a colon or nothing; the open part of that row).
 */
const labelFiller = /[ \t\u00a0]{0,3}(?:\([A-Za-z]{2,4}\)[ \t\u00a0]{0,2})?(?:[,;][ \t\u00a0]{0,3}(?:document|doc\.?|dokument|documento)[ \t\u00a0]{0,2}(?=number|nummer|num|no|nr|#)|[,;:]?[ \t\u00a0]{0,3}(?:n[úu]mero|num[ée]ro|numero|n\.?[º°o]\.?|nr\.?|numer)[ \t\u00a0]{0,2}(?:(?:de|do|du|del|dello)[ \t\u00a0]{1,2})?(?:documento|document|doc\.|dokumentu)(?![A-Za-z]))?(?:(?:number|nummer|num[ée]ro|n[úu]mero|numurs|numeris|numer|sz[áa]ma|sz[áa]m|numaras[ıi]|numaram|numaran|numara|no['’](?:m|su|n)|num|no|nr|n\.[º°o]|n°|nº|č|เลขที่|#)\.?)?[ \t\u00a0]{0,3}(?:(?:שלי|שלו|שלה|of mine|mitt|min|meu|mou)(?![A-Za-z])[ \t\u00a0]{0,2})?(?:(?:is|was|ist|war|lautet|lautete|es|era|est|était|è|é|foi|to|jest|brzmi|wynosi|är|er|je|on|este|einai|yra|ir|هو|هي|הוא|היא|คือ)[ \t\u00a0]{1,2}(?:(?:the|die|der|el|le|la|il|lo|o|a)[ \t\u00a0]{1,2})?)?[:=#：\-–]?\s{0,3}(?:#[ \t]?)?/iy;

/** What parts a value from the next group: blanks, or a sentence's end (a dot and blanks) before a letter. */
const SENTENCE_GAP = /^(?:[ \u00a0]+.|\.[ \u00a0]+[A-Za-z])$/s;

/** Groups of a labelled value (letters and digits, joined by separators) at `from`: at most 8 groups and 40 characters. */
/** Abbreviations of a document's dates and class printed after its number: expiry, issue, birth, class. */
const VALIDITY_ABBREVIATIONS = new Set(['exp', 'iss', 'dob', 'cls', 'ex', 'rev']);
function labelledValue(text: string, from: number, accept: (compact: string) => boolean): [number, number, string] | undefined {
  const starts: number[] = [];
  const ends: number[] = [];
  let index = from;
  const length = text.length;
  while (starts.length < 8 && index < length && index - from < 40 && isAsciiAlnum(text.charCodeAt(index))) {
    const start = index;
    while (index < length && index - from < 40 && isAsciiAlnum(text.charCodeAt(index))) index++;
    const group = text.slice(start, index);
    // A word (`issued`, `expires`) is not part of an id; short letter groups are (`QQ`, `C`, `GBR`),
    // but not a validity field's abbreviation (`DL: MN K417-208-331-590  Exp 2029-08-19`: L2 of probe 2026-12-05f).
    if (starts.length > 0 && countDigits(group) === 0 && (group.length > 3 || VALIDITY_ABBREVIATIONS.has(group.toLowerCase()))) break;
    starts.push(start);
    ends.push(index);
    let gap = 0;
    while (gap < MAX_SEPARATOR && isSeparator(text.charCodeAt(index + gap))) gap++;
    if (gap === 0 || !isAsciiAlnum(text.charCodeAt(index + gap))) break;
    index += gap;
  }
  // The longest window of groups from the first that has the label's format.
  for (let last = starts.length - 1; last >= 0; last--) {
    const end = ends[last] as number;
    if (isAsciiAlnum(text.charCodeAt(end))) continue;
    // A dash, dot or slash after it ties the next group to it: not a number of its own. A dot then
    // a blank before a word is a sentence's end (`BSN 111222333. SSN 536-22-8514.`: the BSN was
    // stored raw; a fresh probe of 2026-12-04, H23).
    if (last < starts.length - 1 && !SENTENCE_GAP.test(text.slice(end, starts[last + 1]) + text.charAt(starts[last + 1] as number))) continue;
    let compact = '';
    for (let group = 0; group <= last; group++) compact += text.slice(starts[group], ends[group]);
    compact = compact.toUpperCase();
    if (accept(compact)) return [from, end, compact];
  }
  return undefined;
}

/** Passport words that are other words elsewhere (`pass`, `pas`, `pase`, `paso`): a label only with a number word, `č.`, a colon or `#` after them. */
const PASSPORT_NUMBERED_ONLY = new Set(['pass', 'pas', 'pase', 'paso']);
const NUMBERED_FILLER = /(?:n(?:o|r|um|umber|ummer|umer|umurs|umeris|umero|úmero)|č|szám|#|:)/i;

function detectLabelled(text: string, out: Detection[], pattern = labelPattern, kinds = KINDS): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    let which = 1;
    while (which <= kinds.length && match[which] === undefined) which++;
    const rule = (kinds[which - 1] as [Kind, KindRule])[1];
    const label = match[0];
    if (CAPITALS_ONLY.has(label.toLowerCase()) && label !== label.toUpperCase()) continue;
    // A Latin letter with a mark right after the label (`pasė…` read as `pas`): the label is a part of a word.
    const after = text.charCodeAt(match.index + label.length);
    if (after >= 0xc0 && after <= 0x24f && after !== 0xd7 && after !== 0xf7) continue;
    labelFiller.lastIndex = match.index + label.length;
    const filler = labelFiller.exec(text);
    if (PASSPORT_NUMBERED_ONLY.has(label.toLowerCase()) && (filler === null || !NUMBERED_FILLER.test(filler[0]))) continue;
    const from = match.index + label.length + (filler === null ? 0 : filler[0].length);
    const found = labelledValue(text, from, rule.accept);
    if (found === undefined) continue;
    const [start, end, compact] = found;
    out.push({ start, end, type: rule.type, class: rule.type === 'STUDENT_ID' ? 'pii' : 'pii.government_id', normalized: compact });
    pattern.lastIndex = end;
  }
}

// ---------------------------------------------------------------------------------- unlabelled
// Not glued to letters or digits, not part of a longer number (`+44 …`, `1.5…`, `12 34 56 78 …`).
// `_` is no letter here: in a file name or a field it separates parts as `-` and `.` do (`DNI_73918246H.jpg`,
// `scan_48291735S_front.png`; F13 of the probe of 2026-12-07). Only the patterns below with a strong check use these.
const NOT_AFTER = '(?<![A-Za-z0-9+]|[0-9][ \\u00a0\\-./,]{1,3})';
const NOT_BEFORE = '(?![A-Za-z0-9]|[ \\u00a0\\-./,]{1,3}[0-9])';
const SEP = '[ \\u00a0\\-./]{0,3}';
/**
 * A UK NINO: the prefix, six digits in pairs or whole (`QQ 12 34 56 C`, `NP 612844 B`), the suffix
 * letter. Its suffix letter ends the number, so a comma and a digit after it start a new field
 * (`…,JT481922D,20-00-00,…` in a payroll CSV; L11 of the probe of 2026-12-06), not a longer number:
 * only blanks, dashes, dots and slashes before a digit say that. Its prefix letters start a field
 * too, so a number and a comma before them are the row's previous field (`12,AB123456C` in a
 * headerless CSV; the open part of L11, 2026-12-06c): NINO_NOT_AFTER is NOT_AFTER without the comma.
 */
/** A number and a comma right before a NINO (`12,`, `1,234,`): its field is read for a thing's label before it. */
const NUMBER_COMMA_BEFORE = /\d[\d,]{0,20},$/;
const NINO_NOT_AFTER = '(?<![A-Za-z0-9+]|[0-9][ \\u00a0\\-./]{1,3})';
const ninoPattern = new RegExp(`${NINO_NOT_AFTER}([A-Z]{2})(${SEP})(\\d{2})(?:\\2(\\d{2})\\2(\\d{2})|(\\d{4}))\\2([A-D])(?![A-Za-z0-9]|[ \\u00a0\\-./]{1,3}[0-9])`, 'g');
const spanishPattern = new RegExp(`${NOT_AFTER}(\\d{8}|\\d{2}\\.\\d{3}\\.\\d{3}|[XYZ]-?\\d{7})-?([A-Z])${NOT_BEFORE}`, 'g');
/**
 * A Ghana Card PIN (`GHA-123456789-0`): its parts joined by a dash, a blank, a dot or nothing, each
 * join on its own (`GHA 718204356 3`, `GHA.718204356.3`, `GHA718204356 3`; the open part of L4 of
 * 2026-12-05j), as the card detector reads a card's groups.
 */
const ghanaCardPattern = /(?<![A-Za-z0-9_])GHA[\-. \u00a0]?\d{9}[\-. \u00a0]?\d(?![A-Za-z0-9_]|[\-./][0-9])/g;
const cpfPattern = new RegExp(`${NOT_AFTER}\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}${NOT_BEFORE}`, 'g');
const fiscalPattern = /(?<![A-Za-z0-9])[A-Z]{6}[0-9LMNP-V]{2}[ABCDEHLMPRST][0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{3}[A-Z](?![A-Za-z0-9])/g;
const nirPattern = new RegExp(`${NOT_AFTER}([1-478])(${SEP})(\\d{2})\\2(\\d{2})\\2(\\d{2}|2[AB])\\2(\\d{3})\\2(\\d{3})\\2(\\d{2})${NOT_BEFORE}`, 'g');
// Glued to a Han label is fine (`身份证号11010519491231002X`): only ASCII letters and digits bound it.
const chinesePattern = /(?<![A-Za-z0-9+]|[0-9][ \-./])[1-8]\d{16}[0-9Xx](?![A-Za-z0-9]|[ \-./][0-9])/g;

// Without a label (L5, L6 of the fourteenth probe, 2026-12-05g), only where the check is strong:
// a Finnish henkilötunnus with its century sign and check character (`131052-308T`; mod 31 and a
// date), a Norwegian fødselsnummer of 11 digits (a date and two mod-11 check digits), a Romanian
// CNP of 13 digits of a person born 1900-2099 or a resident (sex digit 1, 2, 5-8, a date, a county,
// the check digit), a Swedish personnummer in parentheses (`Sjöberg, Ingrid (850709-2388)`: a date
// and the Luhn digit; bare, `YYMMDD-NNNN` is any dated serial as often).
const hetuPattern = /(?<![A-Za-z0-9_+\-./])\d{6}[+\-A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y](?![A-Za-z0-9_]|[\-./][0-9])/g;
const fnrPattern = new RegExp(`${NOT_AFTER}\\d{11}${NOT_BEFORE}`, 'g');
const cnpPattern = new RegExp(`${NOT_AFTER}[125-8]\\d{12}${NOT_BEFORE}`, 'g');
const parenthesisedPnrPattern = /\(((?:19|20)?\d{6})[-+]?(\d{4})\)/g;
// Swiss AHV as written (`756.9217.0769.85`, one separator throughout) and the Emirates ID as
// written (`784-1985-1234567-1`); compact, only after a label.
const ahvPattern = new RegExp(`${NOT_AFTER}756([ \\u00a0.\\-])(\\d{4})\\1(\\d{4})\\1(\\d{2})${NOT_BEFORE}`, 'g');
const emiratesPattern = new RegExp(`${NOT_AFTER}784([ \\u00a0\\-])((?:19|20)\\d{2})\\1(\\d{7})\\1(\\d)${NOT_BEFORE}`, 'g');
// Singapore NRIC/FIN (checksum), and a Hong Kong identity card number as printed, its check
// character in parentheses (checksum).
const letterIdPattern = /(?<![A-Za-z0-9_])(?:([STFG]\d{7}[A-Z])|([A-Z]{1,2}\d{6}) ?\(([0-9A])\))(?![A-Za-z0-9_])/g;
// An Indian PAN of a person (fourth letter P; no checksum, so only the person's status letter,
// which is what makes it personal data).
/** A person's PAN anywhere in `text`, unless a label of a thing comes right before it. */
function detectUnlabelledPans(text: string, out: Detection[], thingLabel: ThingLabel): void {
  panPattern.lastIndex = 0;
  for (let m = panPattern.exec(text); m !== null; m = panPattern.exec(text)) {
    if (!thingLabel(text, m.index)) out.push({ start: m.index, end: m.index + m[0].length, type: 'NATIONAL_ID', class: 'pii.government_id', normalized: m[0] });
  }
}

/** True when a label right before `start` makes the value an identifier of a thing (`Invoice #`, `order`, `SKU`): detectors.ts's rule for phones and SSNs. */
type ThingLabel = (text: string, start: number) => boolean;

/**
 * The ids of strong formats with no label. `capitals`: how many ASCII capitals `text` holds. Each
 * pattern is case-sensitive, and a pattern whose match needs more capitals or digits than the text
 * holds is not run (an id of lower-case letters and digits, `call_0000abcd`, runs none of the
 * letter-led ones; issue 19): NINO three (two before, one after), DNI/NIE one (the check letter),
 * codice fiscale nine, NRIC/FIN two with seven digits, HKID one with six digits and its check
 * character's parenthesis, PAN six.
 */
function detectUnlabelled(text: string, out: Detection[], digits: number, thingLabel: ThingLabel, capitals: number): void {
  const push = (start: number, end: number, compact: string) => {
    if (!thingLabel(text, start)) out.push({ start, end, type: 'NATIONAL_ID', class: 'pii.government_id', normalized: compact });
  };
  if (digits >= 6 && capitals >= 3) {
    ninoPattern.lastIndex = 0;
    for (let m = ninoPattern.exec(text); m !== null; m = ninoPattern.exec(text)) {
      // After a number and a comma, the number must be no thing's either (`lot 12,AB123456C` is a lot's code).
      const field = NUMBER_COMMA_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index));
      if (field !== null && thingLabel(text, m.index - field[0].length)) continue;
      if (ninoPrefixValid(m[1] as string)) push(m.index, m.index + m[0].length, `${m[1]}${m[3]}${m[6] ?? `${m[4]}${m[5]}`}${m[7]}`);
    }
  }
  if (digits >= 7 && capitals >= 1) {
    spanishPattern.lastIndex = 0;
    for (let m = spanishPattern.exec(text); m !== null; m = spanishPattern.exec(text)) {
      const compact = m[0].replace(/[.\-]/g, '');
      if (spanishIdValid(compact)) push(m.index, m.index + m[0].length, compact);
    }
  }
  if (digits >= 11) {
    cpfPattern.lastIndex = 0;
    for (let m = cpfPattern.exec(text); m !== null; m = cpfPattern.exec(text)) {
      const compact = m[0].replace(/\D/g, '');
      if (cpfValid(compact)) push(m.index, m.index + m[0].length, compact);
    }
  }
  // A Ghana Card's personal id number (NIA: `GHA-`, nine digits, a check digit; `GHA-718204356-3`; L4 of the
  // seventeenth probe, 2026-12-05j: stored raw after `Ghana Card` and `My Ghana Card is`): the country's
  // code in capitals makes the shape its own label.
  if (digits >= 10 && text.includes('GHA')) {
    ghanaCardPattern.lastIndex = 0;
    for (let m = ghanaCardPattern.exec(text); m !== null; m = ghanaCardPattern.exec(text)) push(m.index, m.index + m[0].length, m[0].replace(/[\-. \u00a0]/g, ''));
  }
  // Omocodia replaces digits of a codice fiscale by letters: any count of digits.
  if (capitals >= 9) {
    fiscalPattern.lastIndex = 0;
    for (let m = fiscalPattern.exec(text); m !== null; m = fiscalPattern.exec(text)) {
      if (codiceFiscaleValid(m[0])) push(m.index, m.index + m[0].length, m[0]);
    }
  }
  if (digits >= 13) {
    nirPattern.lastIndex = 0;
    for (let m = nirPattern.exec(text); m !== null; m = nirPattern.exec(text)) {
      const compact = `${m[1]}${m[3]}${m[4]}${m[5]}${m[6]}${m[7]}${m[8]}`;
      if (nirValid(compact)) push(m.index, m.index + m[0].length, compact);
    }
  }
  // A HETU holds nine digits (`241178-123E`): read in a string that holds no other.
  if (digits >= 9) {
    hetuPattern.lastIndex = 0;
    for (let m = hetuPattern.exec(text); m !== null; m = hetuPattern.exec(text)) {
      if (hetuValid(m[0])) push(m.index, m.index + m[0].length, m[0]);
    }
  }
  if (digits >= 10) {
    if (text.includes('(')) {
      parenthesisedPnrPattern.lastIndex = 0;
      for (let m = parenthesisedPnrPattern.exec(text); m !== null; m = parenthesisedPnrPattern.exec(text)) {
        const compact = `${m[1]}${m[2]}`;
        if (personnummerValid(compact)) push(m.index + 1, m.index + m[0].length - 1, compact);
      }
    }
  }
  if (digits >= 11) {
    fnrPattern.lastIndex = 0;
    for (let m = fnrPattern.exec(text); m !== null; m = fnrPattern.exec(text)) {
      if (fnrValid(m[0])) push(m.index, m.index + m[0].length, m[0]);
    }
  }
  if (digits >= 13) {
    cnpPattern.lastIndex = 0;
    for (let m = cnpPattern.exec(text); m !== null; m = cnpPattern.exec(text)) {
      if (cnpValid(m[0])) push(m.index, m.index + m[0].length, m[0]);
    }
  }
  if (digits >= 13 && text.includes('756')) {
    ahvPattern.lastIndex = 0;
    for (let m = ahvPattern.exec(text); m !== null; m = ahvPattern.exec(text)) {
      const compact = `756${m[2]}${m[3]}${m[4]}`;
      if (ahvValid(compact)) push(m.index, m.index + m[0].length, compact);
    }
  }
  if (digits >= 15 && text.includes('784')) {
    emiratesPattern.lastIndex = 0;
    for (let m = emiratesPattern.exec(text); m !== null; m = emiratesPattern.exec(text)) {
      const compact = `784${m[2]}${m[3]}${m[4]}`;
      if (emiratesIdValid(compact)) push(m.index, m.index + m[0].length, compact);
    }
  }
  if ((digits >= 7 && capitals >= 2) || (digits >= 6 && capitals >= 1 && text.includes('('))) {
    letterIdPattern.lastIndex = 0;
    for (let m = letterIdPattern.exec(text); m !== null; m = letterIdPattern.exec(text)) {
      const compact = m[1] ?? `${m[2]}${m[3]}`;
      if (m[1] !== undefined ? nricValid(compact) : hkidValid(compact)) push(m.index, m.index + m[0].length, compact);
    }
  }
  if (capitals >= 6) detectUnlabelledPans(text, out, thingLabel);
  if (digits >= 17) {
    chinesePattern.lastIndex = 0;
    for (let m = chinesePattern.exec(text); m !== null; m = chinesePattern.exec(text)) {
      const compact = m[0].toUpperCase();
      if (chineseIdValid(compact)) push(m.index, m.index + m[0].length, compact);
    }
  }
}

/**
 * National identifiers in one string (its separators and digits already folded to ASCII by the
 * dispatcher); `digits`: how many ASCII digits it holds; `thingLabel`: the dispatcher's rule for
 * labels of things (an unlabelled id after `Invoice #` is an invoice number).
 */
/**
 * A South African identity number (13 digits: the birth date YYMMDD, a gender serial of four, the
 * citizenship digit 0, 1 or 2, a digit once for race, now 8 or 9, and a Luhn check digit; Identification
 * Act 68 of 1997), whole: month 01-12, a day the month has, the citizenship digit, the Luhn sum.
 */
export function zaIdValid(c: string): boolean {
  if (!/^\d{13}$/.test(c)) return false;
  const month = Number(c.slice(2, 4));
  const day = Number(c.slice(4, 6));
  if (month < 1 || month > 12 || day < 1 || day > ([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number)) return false;
  return (c[10] === '0' || c[10] === '1' || c[10] === '2') && luhnValid(c);
}
/** Thirteen digits alone (not inside a longer number, an id or a decimal). */
const THIRTEEN_DIGITS = /(?<![A-Za-z0-9_+.\-])\d{13}(?![A-Za-z0-9_]|[.,\-]\d)/g;
/**
 * An id's word right before the number: `ID`, `ID number`, `ID no:`, `SA ID:`, `Identity number`, `my id
 * number is`, `identiteitsnommer` (Afrikaans), `, ID 8001015009087` after a phone (L8 of the probe of
 * 2026-12-06c: all stored raw; `idNumber` as a member was masked); up to three blanks or tabs between its words
 * (`ID  number`), as a thing's label before it reads them (THING_BEFORE_ID).
 */
const ZA_ID_LABEL_BEFORE = /(?<![A-Za-z])(?:id|i\.d\.|identity|identiteitsnommer|identiteit)(?:[ \t]{1,3}(?:number|no\.?|nr\.?|nommer|document))?(?:[ \t]{1,3}(?:is|was))?[ \t]{0,3}[:#=]?[ \t]{0,3}$/i;
/**
 * A thing's word before `ID` (`Order ID`, `transaction id`, `Ticket ID`, `Order-ID`, `order_id`): that thing's id, no
 * person's. Any run of blanks, tabs, `_` or `-` between them (the window is 48 characters): until 2026-12-06f one
 * only, so `order  ID 8001015009087` (two blanks) was read as a South African id (issue 11).
 */
const THING_BEFORE_ID = /(?<![A-Za-z])(?:order|invoice|transaction|txn|tracking|shipment|request|session|trace|span|correlation|message|event|ticket|case|product|item|sku|device|account|customer|client|user|member|employee|student|policy|claim|record|batch|job|build|run|object|file|document|app|application|merchant|payment|reference|ref)[\p{Zs}\t_\-]*$/iu;
function detectZaIds(text: string, out: Detection[]): void {
  THIRTEEN_DIGITS.lastIndex = 0;
  for (let match = THIRTEEN_DIGITS.exec(text); match !== null; match = THIRTEEN_DIGITS.exec(text)) {
    if (!zaIdValid(match[0])) continue;
    const window = text.slice(Math.max(0, match.index - 48), match.index);
    const label = ZA_ID_LABEL_BEFORE.exec(window);
    if (label === null || THING_BEFORE_ID.test(window.slice(0, label.index))) continue;
    out.push({ start: match.index, end: match.index + 13, type: 'NATIONAL_ID', class: 'pii.government_id', normalized: match[0] });
  }
}

/**
 * Mexico's CURP and a person's RFC, Brazil's CNH after their own label in forms the text pairs do not read (L15 of the
 * probe of 2026-12-06c: `mi curp HEGG560427MVZRRL04`, `Mi CURP es …`, `mi RFC GODE561231GR8`, `CNH nº 02650306461`,
 * `Carteira de motorista (CNH): …` were stored raw; `CURP: …`, `Número da CNH: …` were masked as pairs): the label in
 * any case, a closing parenthesis, a link (`es`, `é`, `is`, `nº`, `n.º`, `no.`, `número`, `num.`) and `:`/`#`/`=`, then
 * the value whole in capitals and of its id's shape: a CURP's 18 characters (name letters, birth date, sex, state,
 * consonants, a check digit), a person's RFC (four letters, birth date, a three-character homoclave), a CNH's eleven
 * digits. `RFC 7231`, `curp: pending`, `CNH 123` stay.
 */
const LATAM_LABELLED_ID = /(?<![\p{L}\p{N}])(curp|rfc|cnh)\)?(?:[ \t]{1,3}(?:es|é|e|is|era|n[º°o]\.?|n\.[º°o]|n[úu]mero|num\.?))?[ \t]{0,3}[:#=]?[ \t]{0,3}([\p{L}\p{N}&]{11,18})(?![\p{L}\p{N}])/giu;
const CURP_SHAPE = /^[A-Z][AEIOUX][A-Z]{2}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[HMX][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[A-Z0-9]\d$/;
const PERSON_RFC_SHAPE = /^[A-ZÑ&]{4}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[A-Z0-9]{2}[0-9A]$/;
function detectLatamLabelledIds(text: string, out: Detection[]): void {
  LATAM_LABELLED_ID.lastIndex = 0;
  for (let match = LATAM_LABELLED_ID.exec(text); match !== null; match = LATAM_LABELLED_ID.exec(text)) {
    const label = (match[1] as string).toLowerCase();
    const value = match[2] as string;
    const start = match.index + match[0].length - value.length;
    if (label === 'cnh' ? !/^\d{11}$/.test(value) : !(label === 'curp' ? CURP_SHAPE : PERSON_RFC_SHAPE).test(value)) continue;
    out.push({ start, end: start + value.length, type: label === 'cnh' ? 'DRIVER_LICENSE' : 'NATIONAL_ID', class: 'pii.government_id', normalized: value });
  }
}
/** Whether a text may hold such a label (a plain test, no prefilter gate: the gates' mask is full). */
const MAY_HOLD_LATAM_LABEL = /curp|rfc|cnh/i;

export function detectNationalIds(text: string, out: Detection[], digits: number, thingLabel: ThingLabel, capitals = countCapitals(text)): void {
  // A South African id after an id's word (its own pass: `ID` is too common a word for labelPattern).
  if (digits >= 13) detectZaIds(text, out);
  // Mexico's CURP and RFC, Brazil's CNH after their labels with no colon (L15 of the probe of 2026-12-06c).
  if (digits >= 6 && MAY_HOLD_LATAM_LABEL.test(text)) detectLatamLabelledIds(text, out);
  // An EU driving licence's numbered fields as OCR returns the card (eu-licences.ts; L7 of the probe of 2026-12-06c).
  if (digits >= 8 && mayHoldEuLicence(text)) detectEuLicenceFields(text, out);
  // Passport and identity card machine-readable zones (mrz.ts): two or three lines of `<`-padded capitals.
  if (digits >= 12 && text.length >= 36) detectMrz(text, out); // a TD2 data line alone is 36 characters
  detectUnlabelled(text, out, digits, thingLabel, capitals);
  detectLabelled(text, out);
  if (mayHoldLicenceWord(text)) detectBareLicences(text, out);
  if (digits >= 7) detectUsTravelIds(text, out);
  if (digits >= 9 && mayHoldAsiaLabel(text)) detectLabelled(text, out, asiaLabelPattern, ASIA_KINDS);
  if (digits >= 9 && mayHoldLatinLateLabel(text)) detectLabelled(text, out, latinLateLabelPattern, LATIN_LATE_KINDS);
}

// ------------------------------------------------------------------- a licence with no driver word
/**
 * A driver's licence number after `license`, `licence`, `lic`, `Lic #` or `Drivers Lic.` with no
 * driver word (L7 of the sixth probe of 2026-12-04: `license D1234567 expired`, `Licence:
 * DORVA801129WX9AB`, `lic# S53041298765`, `Drivers Lic. S530-4129-8765` were stored raw). The
 * word names software licences too (`MIT license`, `License: Apache-2.0`, `license key …`), so the
 * value must have a licence number's shape (licenceShape); after `license no.`/`number` the
 * professional licence rule of health-ids.ts reads it. Gated on `lic` (gatedTest): text without
 * it costs nothing more.
 */
const mayHoldLicenceWord = gatedTest(/lic/i);
const bareLicenceLabel = /(?<![A-Za-z])(?:drivers?['’]?s?['’]? lic\.?|licen[cs]e|lic\.?)(?![A-Za-z])/gi;
/** A number word in the filler after the label: `license no.`, `license number` are health-ids.ts's. */
const NUMBER_WORD_FILLER = /n(?:o|r|um|umber)\b/i;
/** An animal's word right before `license` (`dog license`, `pet licence`, `canine license`: internal/pet-words.ts): a pet's licence. */
const PET_BEFORE = new RegExp(`(?<![A-Za-z])(?:${PET_WORD_SOURCE})[ _\\-]?$`, 'i');
/** A year, a dash and a serial of four to six digits (`2026-44817`): a dated record number. */
const DATED_SERIAL = /^(?:19|20)\d{2}-\d{4,6}$/;
/**
 * The shapes of driver's licence numbers (compact, upper case): a letter or two and 5 to 14 digits
 * (most US states, `D1234567`, `S53041298765`), 7 to 12 digits but not two years (`2024-2025`),
 * the 16 characters of a GB licence (`DORVA801129WX9AB`: surname, birth date, initials, check).
 */
function licenceShape(compact: string, stateGlued = true): boolean {
  if (/^[A-Z]{1,2}\d{5,14}$/.test(compact)) return true;
  // The issuing state's code before the number (`MN K417-208-331-590`, `MA S82031457`), as DMV
  // abstracts and rental agreements print it (L3 of probe 2026-12-05f).
  if (stateGlued && stateCodedLicence(compact)) return true;
  if (/^\d{7,12}$/.test(compact)) return !/^(?:19|20)\d{2}(?:19|20)\d{2}$/.test(compact);
  // Washington's licence before 2018: `WDL` and nine letters and digits (`WDLQXZ8821PK`; L12 of probe 2026-12-05g).
  if (WA_WDL.test(compact)) return true;
  return /^[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}$/.test(compact);
}
const WA_WDL = /^WDL(?=[A-Z0-9]*\d)[A-Z0-9*]{9}$/;

/**
 * A JSON member's value under `license`/`licence` that is a driver's licence (L12 of probe
 * 2026-12-05g: a background check's `{mvr:{license:'OR 7281934'}}` was stored raw): a US state's
 * code and a blank or none, then a number of a licence's shape (licenceShape) in groups of letters
 * and digits joined by one blank or dash. The word names software licences too, which have no such
 * shape (`MIT`, `Apache-2.0`, `GPL-3.0-or-later`, `CC BY 4.0`, `2024-2025`, `MIT-2024-00012`); a dated serial
 * (`2026-44817`) is a permit's record number, not read here.
 */
export function driverLicenceMemberValue(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed.length < 5 || trimmed.length > 28 || !/^[A-Z0-9]+(?:[ -][A-Z0-9]+)*$/.test(trimmed)) return false;
  const state = /^([A-Z]{2}) (?=[A-Z]?\d|WDL)/.exec(trimmed);
  const rest = state !== null && US_STATE_CODES.has(state[1] as string) ? trimmed.slice(3) : trimmed;
  if (DATED_SERIAL.test(rest)) return false;
  // A state's code glued to the number is not read here: `MIT-2024-00012` is no Michigan licence.
  return licenceShape(rest.replace(/[ -]/g, ''), false);
}

/** The two-letter codes of the US states, DC and the territories (USPS Publication 28). */
const US_STATE_CODES = new Set('AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP'.split(' '));
/** A state's code and a licence number of a letter and 7 to 14 digits, or 7 to 12 digits (compact): `MNK417208331590`, `MAS82031457`. */
function stateCodedLicence(compact: string): boolean {
  return US_STATE_CODES.has(compact.slice(0, 2)) && (/^(?:[A-Z]\d{7,14}|\d{7,12})$/.test(compact.slice(2)) || WA_WDL.test(compact.slice(2)));
}
/** A state's code of two capitals, a blank and a licence number's start right at the value (`MA S82031457`, `FL S530-…`). */
const STATE_CODE_AT = /[A-Z]{2}[ \t]{1,2}(?:[A-Z]?\d|WDL)/y;

function detectBareLicences(text: string, out: Detection[]): void {
  bareLicenceLabel.lastIndex = 0;
  for (let match = bareLicenceLabel.exec(text); match !== null; match = bareLicenceLabel.exec(text)) {
    const labelEnd = match.index + match[0].length;
    // A pet's licence (`county dog license 2026-44817`) is health-ids.ts's PET_ID, no driver's (O7 of 2026-12-05a).
    if (PET_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    labelFiller.lastIndex = labelEnd;
    const filler = labelFiller.exec(text);
    const from = labelEnd + (filler === null ? 0 : filler[0].length);
    // After `Lic No:` only a number with its state's code is read here (`Lic No: MA S82031457`); others are health-ids.ts's professional licences.
    STATE_CODE_AT.lastIndex = from;
    const stateCoded = STATE_CODE_AT.test(text) && US_STATE_CODES.has(text.slice(from, from + 2));
    if (filler !== null && NUMBER_WORD_FILLER.test(filler[0]) && !stateCoded) continue;
    const found = labelledValue(text, from, stateCoded ? stateCodedLicence : licenceShape);
    if (found === undefined) continue;
    const [start, end, compact] = found;
    // A year, a dash and a serial (`licence 2026-44817`, `fishing licence 2026-44817`): a county's or
    // an agency's dated record number, as a permit's or a case's is written; no state writes a
    // driver's licence so. The holder's licence still: masked, as the professional licence rule of
    // health-ids.ts masks `licence no. 2026-44817` (misc brief of 2026-12-05, item 4).
    const dated = DATED_SERIAL.test(text.slice(start, end));
    out.push({ start, end, type: dated ? 'LICENSE_NUMBER' : 'DRIVER_LICENSE', class: 'pii.government_id', normalized: compact });
    bareLicenceLabel.lastIndex = end;
  }
}


// US immigration and trusted-traveller numbers after their labels (L3 of the seventh probe of
// 2026-12-04: `Alien Registration Number: A123456789`, `I-94 12345678901`, `KTN 98765432`, `Global
// Entry PASSID 123456789`, `Redress: 1234567` were stored raw): the A-Number (`A` and 8 or 9 digits),
// the USCIS number (9 digits), the I-94 admission number (11 characters), the Known Traveler Number
// (8 to 10 characters), the Redress number (7 digits), PASSID, NEXUS, SENTRI (9 digits). Read only when
// the gate (prefilter.ts) finds one of the labels: they cost nothing on other text.
const US_TRAVEL_KINDS: Array<[Kind, KindRule]> = [
  ['usAlien', { labels: 'alien registration(?: number| no\\.?| #)?|alien (?:number|no\\.?|#)|a-number|a-no\\.?|a#|uscis(?: a#)?', accept: (c) => /^A?\d{8,9}$/.test(c), type: 'NATIONAL_ID' }],
  ['usI94', { labels: 'i-?94(?: admission)?(?: record)?', accept: (c) => /^[0-9A-Z]{11}$/.test(c) && countDigits(c) >= 9, type: 'NATIONAL_ID' }],
  ['usTraveller', { labels: 'known travell?er(?: id)?|trusted travell?er(?: id)?|ktn|(?:global entry )?passid|global entry pass id|global entry|nexus|sentri', accept: (c) => /^[0-9A-Z]{8,10}$/.test(c) && countDigits(c) >= 7, type: 'NATIONAL_ID' }],
  ['usRedress', { labels: 'redress(?: control)?', accept: (c) => /^\d{7}$/.test(c), type: 'NATIONAL_ID' }],
];
const usTravelLabelPattern = new RegExp(`(?<![A-Za-z])(?:${US_TRAVEL_KINDS.map(([, rule]) => `(${rule.labels})`).join('|')})(?![A-Za-z])`, 'gi');
const mayHoldUsTravelLabel = gatedTest(/alien|a-n|a-#|a#|uscis|i-?94|known travel|trusted travel|ktn|passid|global entry|nexus|sentri|redress/i);

/** The labelled US immigration and trusted-traveller numbers of one string (US_TRAVEL_KINDS). */
function detectUsTravelIds(text: string, out: Detection[]): void {
  if (!mayHoldUsTravelLabel(text)) return;
  const found: Detection[] = [];
  detectLabelled(text, found, usTravelLabelPattern, US_TRAVEL_KINDS);
  for (const detection of found) {
    const label = text.slice(Math.max(0, detection.start - 24), detection.start);
    if (/ktn\W*$/i.test(label) && !/KTN\W*$/.test(label)) continue;
    out.push(detection);
  }
}

// Indonesia's NIK and Vietnam's CCCD after their labels (L9 and L11 of the thirteenth probe of
// 2026-12-05f: `NIK : 3174054708870003`, `NIK saya 3273012106920001`, `No. KTP …`, `CCCD:
// 079092004567`, `Số CCCD …`, `Căn cước công dân số: …` and the card's `CĂN CƯỚC CÔNG DÂN` title
// over `Số / No.: 001187012345` were stored raw). The value must have the id's structure (nikValid:
// province, date of birth; cccdValid: province, century, birth year), not any run of 16 or 12
// digits. Read only when the gate finds one of the labels.
const ASIA_KINDS: Array<[Kind, KindRule]> = [
  ['idNik', { labels: 'nomor induk kependudukan|nik(?:[ \t]+(?:saya|anda|ku|pemohon|penerima))?|(?:no(?:mor)?\.?[ \t]?)?e?-?ktp(?:[ \t]+(?:saya|anda))?', accept: nikValid, type: 'NATIONAL_ID' }],
  ['vnCccd', { labels: '(?:s[ốo][ \t]+)?cccd|c[ăa]n[ \t]+c[ưu][ớơo]c(?:[ \t]+c[ôo]ng[ \t]+d[âa]n)?(?:[^\n]{0,40}\n[ \t]*s[ốo][ \t]*/[ \t]*no\.?|[ \t]+s[ốo])?', accept: cccdValid, type: 'NATIONAL_ID' }],
  // The card the CCCD replaced, the chứng minh nhân dân (CMND): nine digits (the 2012 card twelve, as the CCCD),
  // no check digit, so only after its own label: `CMND`, `Số CMND`, `CMND số`, `Chứng minh nhân dân (số)` (the open
  // part of L11 of 2026-12-05f: `CMND: 123456789` was stored raw).
  ['vnCmnd', { labels: '(?:s[ốo][ \t]+)?cmnd(?:[ \t]+s[ốo])?|ch[ứu]ng[ \t]+minh(?:[ \t]+nh[âa]n[ \t]+d[âa]n)?(?:[ \t]+s[ốo])?', accept: (c) => /^\d{9}$/.test(c) || cccdValid(c), type: 'NATIONAL_ID' }],
];
const asiaLabelPattern = new RegExp(`(?<![A-Za-z\u00c0-\u1eff])(?:${ASIA_KINDS.map(([, rule]) => `(${rule.labels})`).join('|')})(?![A-Za-z\u00c0-\u1eff])`, 'gi');
const mayHoldAsiaLabel = gatedTest(/nik|ktp|kependudukan|cccd|cmnd|c[ăa]n c|ch[ứu]ng minh/i);

/**
 * Labels written in Latin letters of Japan, Brazil and France that name a person's number (L1, L4, L5 of probe
 * 2026-12-05i: `Kojin bango: 5819 3374 2286`, `PIS 120.5423.432-1`, `numéro INE 1234567890A` were stored raw): Japan's
 * My Number in Hepburn (`kojin bango`, the `個人番号` of a gensen chōshūhyō; 12 digits, as after `My Number`), Brazil's
 * PIS/PASEP (the worker's social-integration number on a holerite: 11 digits, `NNN.NNNNN.NN-N` as written) and the
 * French student's INE (identifiant national élève: ten digits and a letter, or nine and two letters), a
 * STUDENT_ID. `PIS`, `PASEP` and `INE` in capitals only (CAPITALS_ONLY). Their own gated pass, so text without them
 * pays one gate.
 */
const LATIN_LATE_KINDS: Array<[Kind, KindRule]> = [
  ['jpKojin', { labels: 'kojin[ \t_-]?bang(?:ou|o|ō)|(?:haigusha|fuyo|fuyou)[ \t]no[ \t]kojin[ \t]bang(?:ou|o|ō)', accept: (c) => /^\d{12}$/.test(c), type: 'NATIONAL_ID' }],
  ['brPis', { labels: 'pis[ \t]?/[ \t]?pasep|pis-pasep|pis|pasep|nis[ \t]?/[ \t]?pis|n[úu]mero (?:do )?pis', accept: (c) => /^\d{11}$/.test(c), type: 'NATIONAL_ID' }],
  ['frIne', { labels: "identifiant national (?:[ée]l[èe]ve|[ée]tudiant)|num[ée]ro ine|n° ine|ine", accept: (c) => /^(?:\d{10}[A-Z]|\d{9}[A-Z]{2})$/.test(c), type: 'STUDENT_ID' }],
];
const latinLateLabelPattern = new RegExp(`(?<![A-Za-z\u00c0-\u024f])(?:${LATIN_LATE_KINDS.map(([, rule]) => `(${rule.labels})`).join('|')})(?![A-Za-z\u00c0-\u024f])`, 'gi');
const mayHoldLatinLateLabel = gatedTest(/[Kk]ojin|KOJIN|PIS|PASEP|INE|[Ii]dentifiant national|[Nn]um[ée]ro (?:ine|do pis|pis)|[Nn]° ine/);

const PAN_KINDS = KINDS.filter(([kind]) => kind === 'inPan');
const panLabelPattern = new RegExp(`(?<![A-Za-z])(?:(${(PAN_KINDS[0] as [Kind, KindRule])[1].labels}))(?![A-Za-z])`, 'gi');
const panPattern = /(?<![A-Za-z0-9_])[A-Z]{3}P[A-Z]\d{4}[A-Z](?![A-Za-z0-9_])/g;

/**
 * The one national id with four digits, an Indian PAN (`ABCPE1234F`), in a string that holds
 * exactly four ASCII digits (the dispatcher scans strings with five or more with
 * `detectNationalIds`, which finds PANs too): a person's PAN anywhere, any PAN after its label.
 */
export function detectIndianPans(text: string, out: Detection[], thingLabel: ThingLabel, capitals = countCapitals(text)): void {
  // A PAN has six capitals (detectUnlabelled).
  if (capitals >= 6) detectUnlabelledPans(text, out, thingLabel);
  detectLabelled(text, out, panLabelPattern, PAN_KINDS);
}
