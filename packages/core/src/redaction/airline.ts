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
import type { Detection } from './types.js';
import { gatedTest } from './internal/prefilter.js';

const NAME = `[A-Z][A-Z'\\- ]{0,40}`;
const DATE = `\\d{1,2}(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\\d{2}(?:\\d{2})?`;
const DOCS = new RegExp(
  `(?<![A-Za-z0-9])DOCS(?:[ \\t]+[A-Z0-9]{2}(?:[ \\t]+[A-Z]{2}\\d{1,3})?)?[ \\t/]+` +
    `([A-Z]{1,2})/([A-Z]{2,3})?/([A-Z0-9]{4,20})?/([A-Z]{2,3})?/(${DATE})/([MFUX]I?)?/(${DATE})?` +
    `(?:/(${NAME}))?(?:/(${NAME}))?(?:/(${NAME}))?(?=/|[^A-Za-z'\\- ]|$)`,
  'gi',
);
/** The SSR code's word (one shared index: most texts hold none). */
const anyDocsWord = gatedTest(/docs/i);

export interface AirlineKinds {
  names: boolean;
  dates: boolean;
  ids: boolean;
}

export function detectAirlineDocs(text: string, out: Detection[], kinds: AirlineKinds): void {
  if (!anyDocsWord(text)) return;
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
      out.push({ start: field[0], end: field[0] + value.length, type: 'PERSON', class: 'pii.person', normalized: value.toLowerCase().replace(/\s+/g, ' ') });
    }
  }
}
