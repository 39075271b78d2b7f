import { countAfter, type HealthIdKind } from './health-ids.js';
import type { Detection } from './types.js';
import { gatedTest } from './internal/prefilter.js';

// Postal codes after their label in text: `postcode SW1A 1AA`, `post code: SW1A1AA`,
// `zip 90210-1234`, `ZIP code 10001`, `PLZ 10115`, `CP 75008`, `CEP 01234-567`,
// `code postal 75008`, `Eircode D02 X285`. HIPAA Safe Harbor names the ZIP code among the
// geographic identifiers to remove ("all geographic subdivisions smaller than a State, including
// street address, city, county, precinct, ZIP code, and their equivalent geocodes, except for the
// initial three digits of the ZIP code" when the three-digit area holds more than 20,000 people,
// 45 CFR 164.514(b)(2)(i)(B)); GDPR Art. 4(1) makes any of them personal data beside a person. The
// code is masked whole (its first three digits are not kept: whether the area is large enough is
// census data this library does not carry). A sixth fresh probe of 2026-12-03 found `postcode
// SW1A 1AA`, `zip 90210-1234` and `Eircode D02 X285` stored raw: the address detector reads a
// postal code only on a city line after a street (`Springfield, IL 62704`, `10115 Berlin` at a
// line's start), and the key rules only member names (`{"postcode": …}` was masked).
//
// The value after the label has one of the shapes postal codes are written in: a UK postcode
// (outward code, optional space, inward code: `SW1A 1AA`, `M1 1AE`, `SW1A1AA`), an Irish Eircode
// (`D02 X285`), a Canadian code (`K1A 0B1`), a Dutch one (`1012 AB`), or 3 to 8 digits with at
// most one space or dash inside (`90210`, `90210-1234` ZIP+4, `111 21`, `00-590`, `01234-567`).
// Other countries' codes are digits only, so they are read only after a label: a bare number is
// no postal code. `CP` (French, Spanish, Mexican code postal) only in capitals and with 4 or 5
// digits (`cp 75008 /tmp` is a copy). A number followed by a plural noun is a count (`zip 12345
// files`); a value glued to more letters or digits is something else.

const LABEL =
  /(?<![\p{L}\p{N}_])(?:(?:post(?:al)?[ _-]?code|postcode|zip(?:[ _-]?code|\+4)?|zipcode|plz|postleitzahl|code[ _-]postal|c[óo]digo[ _-]postal|cod\.? postal|cep|eircode|postnummer|postnr\.?|c\.p\.|(CP)))(?![\p{L}\p{N}_])/giu;
/** LABEL's test through the prefilter (gatedTest: the same answer; most texts hold no postal-code label and cost one bit test). */
const anyLabel = gatedTest(LABEL);
/** After the label: `number`, `is`, a colon, `=`, `#`, a dash, quotes, and blanks. */
const FILLER = /["']?[ \t\u00a0]{0,3}(?:(?:is|was|ist|es|est)[ \t\u00a0]{1,2})?[:=#：\-–]?[ \t\u00a0]{0,3}["']?/iy;
/** The code's shapes, tried in this order at the value's start (sticky). */
const SHAPES = [
  // UK: outward code (A9, A99, A9A, AA9, AA99, AA9A), optional blank, inward code (9AA).
  /[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[ABD-HJLNP-UW-Z]{2}/iy,
  // Eircode: a routing key (a letter and two digits, or D6W) and four characters.
  /(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?[0-9AC-FHKNPRTV-Y]{4}/iy,
  // Canada: A9A 9A9.
  /[ABCEGHJ-NPRSTVXY]\d[A-Z][ \t-]?\d[A-Z]\d/iy,
  // Netherlands: 9999 AA.
  /[1-9]\d{3}[ \t]?[A-Z]{2}(?![A-Za-z])/iy,
  // Digits: 3 to 8, at most one blank or dash inside (ZIP+4, `111 21`, `00-590`, CEP `01234-567`).
  /(?:\d{3,5}|\d{2}(?=[ \t-]\d{3}))(?:[ \t-]\d{2,4})?/y,
];
const GLUED = /[\p{L}\p{N}_@]/u;
/** A blank and a digit, or a dash or dot and a digit, right after the code's digits. */
const MORE_DIGITS = /^(?:[ \t]{1,2}|[ \t]?[-.][ \t]?)\d/;

/**
 * Finds postal codes right after a postal-code label.
 * @param text any string; the caller runs it only when the text holds a digit and letters.
 * @param out detections are appended: ADDRESS (`pii.address`), normalized as under a `postcode` member.
 */
export function detectLabelledPostcodes(text: string, out: Detection[]): void {
  if (!anyLabel(text)) return;
  LABEL.lastIndex = 0;
  for (let match = LABEL.exec(text); match !== null; match = LABEL.exec(text)) {
    const label = match[0];
    // `CP` only as written in capitals.
    if (match[1] !== undefined && label !== 'CP') continue;
    FILLER.lastIndex = match.index + label.length;
    const from = match.index + label.length + (FILLER.exec(text)?.[0].length ?? 0);
    // Something must part the label from the value: `zip90210` is an identifier.
    if (from === match.index + label.length) continue;
    for (const shape of SHAPES) {
      shape.lastIndex = from;
      const value = shape.exec(text);
      if (value === null) continue;
      const end = from + value[0].length;
      // A shape that reads into a longer word or number is not the code; the next shape may be.
      // `90210-1234x`, `SW1A 1AAB`: no code.
      if (end < text.length && GLUED.test(text[end] as string)) continue;
      const code = value[0];
      if (shape === SHAPES[4]) {
        if (match[1] !== undefined && !/^\d{5}$|^\d{4}-\d{3}$/.test(code)) break;
        if (countAfter(text, end)) break;
        // More digit groups after it on its line: a longer number (Turkish `Cep: 0532 123 45 67`, the mobile, after the
        // word Brazil's CEP is written with; L9 of the README-only probe of 2026-12-06b), no postal code.
        if (MORE_DIGITS.test(text.slice(end, end + 4))) break;
      }
      // Normalized as a postal code under its member name is (redactor.ts), so both join.
      out.push({ start: from, end, type: 'ADDRESS', class: 'pii.address', normalized: code.toLowerCase().replace(/[\s,]+/g, ' ') });
      LABEL.lastIndex = end;
      break;
    }
  }
}

/**
 * Postal-code member names that name other things as often, read only when the value has the
 * country's code's shape (L3 of the probe of 2026-12-05h): Italy's `cap` (codice di avviamento
 * postale, five digits; also a limit's cap), India's `pincode`/`pin_code` (six digits, the first
 * not 0, `560001` or `560 001`; a 4-digit `pin_code` is no postal code) and Czechia's and
 * Slovakia's `psc` (PSČ, `110 00`). The whole value, as a string (a number under `cap` is a limit).
 */
const POSTCODE_KIND = (accept: RegExp): HealthIdKind => ({ type: 'ADDRESS', class: 'pii.address', accept: (value: string) => accept.test(value) });
export const POSTCODE_MEMBERS: ReadonlyMap<string, HealthIdKind> = new Map([
  ['cap', POSTCODE_KIND(/^\d{5}$/)],
  ['pincode', POSTCODE_KIND(/^[1-9]\d{2} ?\d{3}$/)],
  ['psc', POSTCODE_KIND(/^\d{3} ?\d{2}$/)],
]);
