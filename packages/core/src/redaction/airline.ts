// An airline reservation's APIS data as a GDS writes it (L1 of the sixth README-only probe of
// 2026-12-04): the special service request DOCS, whose fields IATA fixes in their order, after
// the SSR code and, in a PNR, an airline code and a status with its count (`HK1`):
//   SSR DOCS BA HK1 P/GB/533380006/GB/12MAR84/M/01MAY31/VLINTUK/QXARO/P1
//   DOCS P/GBR/533380006/GBR/12MAR84/M/01MAY31/VLINTUK/QXARO/JAMES/H   (NDC, a Type B message)
// 1 document type (P passport, I/ID/C/A identity documents), 2 issuing country, 3 document
// number, 4 nationality, 5 date of birth (DDMMMYY), 6 gender (M, F, U, X, MI, FI: an infant),
// 7 expiry (DDMMMYY), 8 surname, 9 first given name, 10 second given name, then the holder flag
// `H` or a passenger association (`P1`). The number (a passport's or an identity document's), the
// date of birth and the names were stored raw; they are masked each by its kind, so a name takes
// the pseudonym it has elsewhere. The expiry and the countries stay. The date of birth must be
// there (APIS asks for it), a month's abbreviation in it: `docs/en/us/…` is a path.
// A name is any letters (`MÜLLER`, `ØSTBÅRD`, `WŁODARCZYK`, `LÉVÊQUE`: GDSs transliterate, logs and
// NDC JSON often do not), blanks, `'` and `-`, of any length up to its slash (a long Spanish or
// Portuguese surname; issue 11: a name over 41 characters and a letter outside A-Z were read as
// no name, the names stored raw).
//
// The two other APIS requests (issue 11), same head (`SSR DOCA BA HK1 `, or `DOCA/` in a Type B):
//   SSR DOCA BA HK1 R/GB/12 ELMWOOD ST/LONDON//SW1A1AA/P1      (an address)
// 1 type (R residence, D destination), 2 country, 3 street, 4 city, 5 state or province, 6 postal
// code, then the infant flag `I` or a passenger association: the street, the city and the postal
// code are masked as ADDRESS; the country and the state stay (as NCPDP's state does).
//   SSR DOCO BA HK1 LONDON/V/7421985/GB/01JAN25/US/P1           (another travel document)
// 1 place of birth, 2 document type (V visa, K redress number, R known traveller number), 3 the
// document's number, 4 place of issue (a country), 5 issue date, 6 the country the visa is for,
// then `I` or an association: the place of birth masked as ADDRESS (a location), the number as
// NATIONAL_ID (what a DOCS number of a document other than a passport gets); the countries and the
// issue date stay (as DOCS's expiry does).
// Open: a place of birth over 81 characters (the line is no DOCO then, see DOCO); a DOCA or DOCO
// line with fewer than four digits in its text (detectors.ts' count before the gate).
import type { Detection } from './types.js';
import { gatedTest } from './internal/prefilter.js';

/** A name: a letter, then letters, marks, blanks, `'` and `-`, whatever its length (the slash or a character of no name ends it). */
const NAME = `\\p{L}[\\p{L}\\p{M}'\\- ]*`;
const DATE = `\\d{1,2}(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\\d{2}(?:\\d{2})?`;
const DOCS = new RegExp(
  `(?<![A-Za-z0-9])DOCS(?:[ \\t]+[A-Z0-9]{2}(?:[ \\t]+[A-Z]{2}\\d{1,3})?)?[ \\t/]+` +
    `([A-Z]{1,2})/([A-Z]{2,3})?/([A-Z0-9]{4,20})?/([A-Z]{2,3})?/(${DATE})/([MFUX]I?)?/(${DATE})?` +
    `(?:/(${NAME}))?(?:/(${NAME}))?(?:/(${NAME}))?`,
  'giu',
);
/** An SSR's head before its first field: the code, then an airline code and a status with its count, or a slash. */
const HEAD = `(?:[ \\t]+[A-Z0-9]{2}(?:[ \\t]+[A-Z]{2}\\d{1,3})?)?(?:[ \\t]+/?|/)`;
/** A free-text field of DOCA: anything but the slash, a line break or a quote (unbounded: each ends at its slash, and a DOCA's own slashes end the scan of the one before). */
const FREE = `[^/\\r\\n"]*`;
const DOCA = new RegExp(`(?<![A-Za-z0-9])DOCA${HEAD}([RD])/([A-Z]{2,3})?/(${FREE})/(${FREE})(?:/(${FREE})(?:/(${FREE}))?)?`, 'gi');
/**
 * DOCO's place of birth is bounded (81 characters): it is the first field, so an unbounded one would
 * be scanned to the line's end from every `DOCO` of a line without the `/V/` after it (quadratic).
 */
const DOCO = new RegExp(`(?<![A-Za-z0-9])DOCO${HEAD}((?:[^/\\s"][^/\\r\\n"]{0,80})?)/([VKR])/([A-Z0-9]{1,25})?(?=/|[ \\t]*$|[ \\t]*[\\r\\n"])`, 'gi');
/** The SSR codes' words (one shared index: most texts hold none). */
const anyDocsWord = gatedTest(/doc[sao]/i);

/**
 * A boarding pass's barcode (IATA BCBP, Resolution 792): format code `M`, the number of legs, the
 * passenger's name field (`SURNAME/GIVEN TITLE` padded with blanks), the electronic ticket
 * indicator (`E` or a blank), the booking reference (7), the airports (3 and 3) and the carrier
 * (3): `M1MÜLLER/HANS        EABC123 FRAJFKLH 0400 …`. The name field is 20 bytes; a scanner's or
 * an app's UTF-8 decoding writes a letter outside ASCII in two or three of them (`Ü`, `Ø`, `Ễ`),
 * so the field is 20 characters, or as many as make 20 bytes (bcbpField). names.ts reads the
 * field of ASCII capitals only; a name with another letter (`MÜLLER/HANS`, `ØSTERGÅRD/SØREN`,
 * `NGUYỄN/VĂN AN`) was stored raw (the misc brief of 2026-12-05, item 2). The airports and the
 * carrier after it make the line a boarding pass, whatever the field's length.
 */
const BCBP = /(?<![\p{L}\p{N}])M[1-4](\p{Lu}[\p{Lu}\p{M}\/'\-. ]{1,19})[E ][A-Z0-9 ]{7}[A-Z]{3}[A-Z]{3}[A-Z0-9]{2}[A-Z0-9 ]/gu;
const BCBP_TITLE = / (?:MRS?|MS|MSTR|MISS|DR|PROF|CHD|INF)$/;
/** A BCBP's format code and legs before a capital (one shared index: most texts hold none). */
const anyBcbpStart = gatedTest(/M[1-4]\p{Lu}/u);
/** Bytes of `value` in UTF-8. */
function utf8Length(value: string): number {
  let bytes = 0;
  for (const character of value) {
    const code = character.codePointAt(0) as number;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
/** Whether a BCBP's name field is as long as IATA sets it: 20 characters, or 20 bytes in UTF-8. */
const bcbpField = (field: string): boolean => field.length === 20 || utf8Length(field) === 20;

function detectBcbp(text: string, out: Detection[]): void {
  for (const match of text.matchAll(BCBP)) {
    const field = match[1] as string;
    if (!bcbpField(field)) continue;
    const trimmed = field.replace(/ +$/, '');
    const title = BCBP_TITLE.exec(trimmed);
    const name = title === null ? trimmed : trimmed.slice(0, title.index);
    if (name.indexOf('/') <= 0 || name.endsWith('/')) continue;
    const start = match.index + 2;
    out.push({ start, end: start + name.length, type: 'PERSON', class: 'pii.person', normalized: name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ') });
  }
}

export interface AirlineKinds {
  names: boolean;
  dates: boolean;
  ids: boolean;
  /** DOCA's address fields and DOCO's place of birth (the address switch; off when absent). */
  addresses?: boolean;
}

export function detectAirlineDocs(text: string, out: Detection[], kinds: AirlineKinds): void {
  if (kinds.names && anyBcbpStart(text)) detectBcbp(text, out);
  if (!anyDocsWord(text)) return;
  detectDocs(text, out, kinds);
  detectDocaDoco(text, out, kinds);
}

/** Pushes `value`, found at `start` of the text, its blanks at either end left out; an id's `normalized` form is the value in capitals. */
function pushValue(out: Detection[], start: number, value: string, type: 'ADDRESS' | 'NATIONAL_ID'): void {
  let from = 0;
  let to = value.length;
  while (from < to && (value.charCodeAt(from) === 32 || value.charCodeAt(from) === 9)) from++;
  while (to > from && (value.charCodeAt(to - 1) === 32 || value.charCodeAt(to - 1) === 9)) to--;
  if (to <= from) return;
  if (type === 'ADDRESS') out.push({ start: start + from, end: start + to, type, class: 'pii.address' });
  else out.push({ start: start + from, end: start + to, type, class: 'pii.government_id', normalized: value.slice(from, to).toUpperCase() });
}

/** DOCA's street, city and postal code; DOCO's place of birth and document number. */
function detectDocaDoco(text: string, out: Detection[], kinds: AirlineKinds): void {
  if (kinds.addresses === true) {
    for (const m of text.matchAll(DOCA)) {
      // The fields after the country, each after its slash: street (3), city (4), state (5), postal code (6).
      let at = m.index + m[0].length;
      const starts: number[] = [];
      for (let g = 6; g >= 3; g--) {
        const value = m[g];
        if (value === undefined) continue;
        const start = at - value.length;
        starts[g] = start;
        at = start - 1;
      }
      for (const g of [3, 4, 6]) {
        const value = m[g];
        if (value !== undefined && /[\p{L}\d]/u.test(value)) pushValue(out, starts[g] as number, value, 'ADDRESS');
      }
    }
  }
  if (kinds.addresses !== true && !kinds.ids) return;
  for (const m of text.matchAll(DOCO)) {
    const end = m.index + m[0].length;
    const number = m[3];
    const numberStart = end - (number ?? '').length;
    // The place of birth ends before `/V/` and the number.
    const place = m[1] as string;
    const placeStart = numberStart - 3 - place.length;
    if (kinds.addresses === true && /\p{L}/u.test(place)) pushValue(out, placeStart, place, 'ADDRESS');
    if (kinds.ids && number !== undefined && /\d/.test(number)) pushValue(out, numberStart, number, 'NATIONAL_ID');
  }
}

function detectDocs(text: string, out: Detection[], kinds: AirlineKinds): void {
  for (const m of text.matchAll(DOCS)) {
    // Each field's offset: the groups follow one another, `/` between them.
    let at = m.index + m[0].length;
    const fields: Array<[number, string | undefined]> = [];
    for (let g = 10; g >= 1; g--) {
      const value = m[g];
      if (value !== undefined) {
        // The last place the value ends by `at` (a field never holds `/`).
        const start = m[0].lastIndexOf(value, at - m.index - value.length) + m.index;
        fields[g] = [start, value];
        at = start;
      }
    }
    const type = (m[1] as string).toUpperCase();
    const number = fields[3];
    if (kinds.ids && number !== undefined && /\d/.test(number[1] as string)) {
      const passport = type === 'P' || (type.length === 2 && type[0] === 'P');
      out.push({ start: number[0], end: number[0] + (number[1] as string).length, type: passport ? 'PASSPORT' : 'NATIONAL_ID', class: 'pii.government_id', normalized: (number[1] as string).toUpperCase() });
    }
    const born = fields[5];
    if (kinds.dates && born !== undefined) out.push({ start: born[0], end: born[0] + (born[1] as string).length, type: 'DOB', class: 'pii.date_of_birth', normalized: (born[1] as string).toLowerCase() });
    if (!kinds.names) continue;
    for (let g = 8; g <= 10; g++) {
      const field = fields[g];
      if (field === undefined) continue;
      const value = (field[1] as string).trimEnd();
      // The holder flag `H` after the given names is no name.
      if (value.length < 2) continue;
      out.push({ start: field[0], end: field[0] + value.length, type: 'PERSON', class: 'pii.person', normalized: value.normalize('NFC').toLowerCase().replace(/\s+/g, ' ') });
    }
  }
}
