import { pushField } from './internal/field-kinds.js';
import { gatedTest } from './internal/prefilter.js';
import type { Detection } from './types.js';

/**
 * Crew lists and the documents of seafarers and pilots (L7 of the tenth probe, 2026-12-05c): the
 * IMO FAL Form 5 crew list, a General Declaration's crew, a manning agent's list, as agents read
 * them from port-call, shipping and airline tools.
 *  - A crew row: a line that starts with its number (`1`, `12.`, `7 |`), then names and a rank,
 *    then a nationality as an ISO 3166 alpha-3 code (`PHL`, `RUS`) and a date (`12-MAR-1975`,
 *    `12.03.1975`, `1985-11-02`, `14 Feb 1979`), then up to two cells (a place of birth) and the
 *    document's number (letters and five digits at least: `P1234567A`, `753219864`). The names
 *    (`PERSON`; the rank after them stays: a known rank, or the last word before the code), the
 *    date (`DOB`) and the number (`PASSPORT`) are masked. A row without a document number is read
 *    only in a text that calls itself a crew or passenger list (`crew`, `manifest`, `FAL`,
 *    `seafarer`), and its names must be words of letters (`1 x Dell Latitude 5420 USA 2023-…` stays).
 *  - A numbered crew entry in capitals, surname first, before ` - ` (`1. SANTOS, RICARDO JOSE - MASTER`)
 *    in such a text: the name (`PERSON`).
 *  - A seafarer's or pilot's document after its label: `SIRB`, `Seaman's book`, `Seafarer's ID`,
 *    `Discharge book`, and in a crew text `SID` and `CDC` (alone they are a state's identification
 *    number and California's corrections number, health-ids.ts's `CORRECTIONAL_ID`) (`NATIONAL_ID`); `ATPL`, `CPL`, `PPL`, `MPL`, `LAPL` (with
 *    `(A)`/`(H)`) and `Pilot licence` (`LICENSE_NUMBER`); the number holds four digits at least
 *    (`SID PH0012345`, `SIRB C0123456`, `ATPL 58812`, `CDC No: MUM 123456`). `SID S-1-5-21-…` (a
 *    Windows security identifier), `Oracle SID ORCL1` and `ATPL theory exam 2025` stay.
 * Linear: the prefilter is a gated test, lines are read once and each pattern runs once with
 * bounded repetitions.
 */
// DOCUMENT_LABEL's words as it reads them: `seamen`, a tab or two blanks inside `pilot licence` and
// `discharge book`, a label glued to its number (`SIRB2345678`) or after `_` were let through only
// from 2026-12-05 (mutation run). `SID` and `CDC` are read only in a crew text (CREW_CUE's words).
const crewHint = gatedTest(/crew|manifest|\bFAL\b|seafarer|seam[ae]n|passenger list|(?<![a-z0-9])(?:SIRB|ATPL|CPL|PPL|MPL|LAPL)|\bSID\b|\bCDC\b|pilot'?s?[ \t]+licen[cs]e|discharge[ \t]+book/i);
/** A line that starts with a row's number (crew rows need no cue when they hold a document number), indented as ROW_START allows. */
const ROW_HINT = /(?:^|\n)[ \t]*\d{1,3}[.)]?[ \t|]/;
const CREW_CUE = /crew|manifest|\bFAL\b|seafarer|seaman|passenger list/i;

/** ISO 3166-1 alpha-3 codes (and the ICAO 9303 codes of documents: D for Germany, GBD…GBS, UNO, XXA…). */
const NATIONALITIES = new Set(
  ('AFG ALA ALB DZA ASM AND AGO AIA ATA ATG ARG ARM ABW AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BMU BTN BOL BES BIH BWA BVT BRA IOT BRN BGR BFA BDI CPV KHM CMR CAN CYM CAF TCD CHL CHN CXR CCK COL COM ' +
    'COG COD COK CRI CIV HRV CUB CUW CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FLK FRO FJI FIN FRA GUF PYF ATF GAB GMB GEO DEU GHA GIB GRC GRL GRD GLP GUM GTM GGY GIN GNB GUY HTI HMD VAT HND ' +
    'HKG HUN ISL IND IDN IRN IRQ IRL IMN ISR ITA JAM JPN JEY JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MAC MDG MWI MYS MDV MLI MLT MHL MTQ MRT MUS MYT MEX FSM MDA MCO MNG MNE MSR ' +
    'MAR MOZ MMR NAM NRU NPL NLD NCL NZL NIC NER NGA NIU NFK MKD MNP NOR OMN PAK PLW PSE PAN PNG PRY PER PHL PCN POL PRT PRI QAT REU ROU RUS RWA BLM SHN KNA LCA MAF SPM VCT WSM SMR STP SAU SEN SRB SYC SLE ' +
    'SGP SXM SVK SVN SLB SOM ZAF SGS SSD ESP LKA SDN SUR SJM SWE CHE SYR TWN TJK TZA THA TLS TGO TKL TON TTO TUN TUR TKM TCA TUV UGA UKR ARE GBR USA UMI URY UZB VUT VEN VNM VGB VIR WLF ESH YEM ZMB ZWE ' +
    'RKS XKX UNO UNA UNK XXA XXB XXC GBD GBN GBO GBS').split(' '),
);
/** Ranks of a ship's or an aircraft's crew, upper case, without dots. */
const RANKS = new Set([
  'MASTER', 'CAPT', 'CAPTAIN', 'CHOFF', 'CHENG', 'CE', 'CO', 'AB', 'OS', 'BOSUN', 'BSN', 'COOK', 'CHCOOK', 'MESSMAN', 'OILER', 'WIPER', 'FITTER', 'ELECTRICIAN', 'ETO', 'CADET', 'PUMPMAN', 'STEWARD',
  'FO', 'CCM', 'PURSER', 'PILOT', 'ENGINEER', 'OFFICER', 'MATE', 'DECKHAND', 'SEAMAN', 'MOTORMAN', 'GS', 'TRAINEE', 'CHIEF', 'COOK', 'COMMANDER', 'CABIN', 'CREW', 'ATTENDANT', 'FA', 'SO', 'RO', 'DPA',
  'OIC', 'WELDER', 'CARPENTER', 'LAUNDRYMAN', 'ABLE', 'ORDINARY', 'SECOND', 'THIRD', 'FOURTH', 'ENG', 'OFF', 'ASST', 'DECK', 'GALLEY', 'BOY',
]);
const RANK_SHAPE = /^(?:[1-4](?:ST|ND|RD|TH)?|[A-Z0-9]{1,3}\/[A-Z0-9]{1,3})$/;
/** A crew row's number at the line's start. */
const ROW_START = /^[ \t]*\d{1,3}[.)]?(?=[ \t|])[ \t|]*/;
/** A cell: a run of characters other than blanks, pipes, commas and semicolons. */
const CELL = /[^\s|,;]+/g;
const NAME_WORD = /^[\p{L}][\p{L}'’.-]*$/u;
/** A date of birth after the nationality, at the sticky position (after separators). */
const ROW_DATE = /[ \t|,;]*(\d{1,2}[-./ ](?:\d{1,2}|[A-Za-z]{3,9})[-./ ](?:19|20)?\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})(?![\p{L}\p{N}])/uy;
const DOCUMENT = /^(?=(?:[A-Z]*\d){5})[A-Z]{0,3}\d{5,10}[A-Z]?$/;

const NUMBERED_ENTRY = /(?<![\p{L}\p{N}])\d{1,3}[.)][ \t]+([A-Z][A-Z'-]+(?:,?[ \t]+[A-Z][A-Z'-]+){1,5})(?=[ \t]+[-–][ \t]+)/gu;
const DOCUMENT_LABEL =
  /(?<![\p{L}\p{N}])(?:SIRB|SID|CDC|[Ss]eam[ae]n'?s?[ \t]+(?:[Rr]ecord[ \t]+)?(?:[Bb]ook|ID)|[Ss]eafarer'?s?[ \t]+(?:ID(?:[ \t]+[Dd]ocument)?|[Ii]dentity[ \t]+[Dd]ocument|(?:[Rr]ecord[ \t]+)?[Bb]ook)|[Dd]ischarge[ \t]+[Bb]ook|(?:ATPL|CPL|PPL|MPL|LAPL)(?:\([AH]\))?|[Pp]ilot'?s?[ \t]+[Ll]icen[cs]e)(?:[ \t]*(?:[Nn]o\.?|[Nn]umber|#))?[ \t]*[:.#-]?[ \t]*((?:[A-Z]{1,4}[ -]?)?\d{4,10}[A-Z]?)(?![\p{L}\p{N}-])/gu;
const PILOT = /^(?:ATPL|CPL|PPL|MPL|LAPL|[Pp]ilot)/;
const AMBIGUOUS_LABEL = /^(?:SID|CDC)/;

/** The kinds of value the caller's switches let through (names: person; dates: health; ids: ssn). */
export interface CrewKinds {
  names: boolean;
  dates: boolean;
  ids: boolean;
}

export function detectCrewLists(text: string, out: Detection[], kinds: CrewKinds): void {
  if (!crewHint(text) && !ROW_HINT.test(text)) return;
  const cued = CREW_CUE.test(text);
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    crewRow(text, start, end, cued, out, kinds);
    start = end + 1;
  }
  if (cued && kinds.names) {
    for (const match of text.matchAll(NUMBERED_ENTRY)) {
      const name = match[1] as string;
      const at = (match.index as number) + match[0].length - name.length;
      pushField(out, text, at, at + name.length, 'name');
    }
  }
  if (kinds.ids) for (const match of text.matchAll(DOCUMENT_LABEL)) {
    // `SID` and `CDC` alone are a state's identification number and California's corrections
    // number elsewhere (health-ids.ts, CORRECTIONAL_ID; `session SID 12345678`): a seafarer's only in a crew text.
    if (!cued && AMBIGUOUS_LABEL.test(match[0])) continue;
    const value = match[1] as string;
    const at = (match.index as number) + match[0].length - value.length;
    pushField(out, text, at, at + value.length, PILOT.test(match[0]) ? 'licence' : 'nationalId');
  }
}

/** One line `[start, end)` read as a crew row. */
function crewRow(text: string, start: number, end: number, cued: boolean, out: Detection[], kinds: CrewKinds): void {
  const line = text.slice(start, end);
  const head = ROW_START.exec(line);
  if (head === null) return;
  const cells: Array<[string, number]> = [];
  CELL.lastIndex = head[0].length;
  for (let cell = CELL.exec(line); cell !== null && cells.length < 24; cell = CELL.exec(line)) cells.push([cell[0], cell.index]);
  for (let code = 2; code < cells.length - 1; code++) {
    if (!NATIONALITIES.has((cells[code] as [string, number])[0])) continue;
    const codeEnd = (cells[code] as [string, number])[1] + 3;
    ROW_DATE.lastIndex = codeEnd;
    const born = ROW_DATE.exec(line);
    if (born === null) continue;
    const dateAt = born.index + born[0].length - (born[1] as string).length;
    const afterDate = born.index + born[0].length;
    // The document: one of the next three cells after the date.
    let document: [string, number] | undefined;
    let seen = 0;
    for (const cell of cells) {
      if (cell[1] < afterDate) continue;
      if (DOCUMENT.test(cell[0])) {
        document = cell;
        break;
      }
      if (++seen === 3) break;
    }
    if (document === undefined && !cued) return;
    // Names, then the rank: known ranks from the end, or the last cell.
    let last = code - 1;
    const rankOf = (cell: string) => cell.toUpperCase().replace(/\./g, '');
    const before = last;
    while (last >= 1 && (RANKS.has(rankOf((cells[last] as [string, number])[0])) || RANK_SHAPE.test((cells[last] as [string, number])[0].toUpperCase()))) last--;
    // No known rank: the last cell is the rank, if it holds a letter (`1 x Dell Latitude 5420 USA …` is no row).
    if (last === before) {
      if (!/\p{L}/u.test((cells[last] as [string, number])[0])) return;
      last--;
    }
    if (last < 1) return;
    for (let index = 0; index <= last; index++) if (!NAME_WORD.test((cells[index] as [string, number])[0])) return;
    const first = cells[0] as [string, number];
    const lastName = cells[last] as [string, number];
    if (kinds.names) pushField(out, text, start + first[1], start + lastName[1] + lastName[0].length, 'name');
    if (kinds.dates) out.push({ start: start + dateAt, end: start + dateAt + (born[1] as string).length, type: 'DOB', class: 'pii.date_of_birth', normalized: (born[1] as string).toLowerCase() });
    if (kinds.ids && document !== undefined) out.push({ start: start + document[1], end: start + document[1] + document[0].length, type: 'PASSPORT', class: 'pii.government_id', normalized: document[0] });
    return;
  }
}
