import { FIELD_DETECTIONS } from './internal/field-kinds.js';
import type { Detection } from './types.js';

/**
 * HL7 version 2 messages in text: the ADT, ORU and scheduling feeds of hospital systems, which
 * agents read from interface engines, logs and tool results. A message is segments, one per
 * line (CR, LF or both), each a three-character segment id and fields split by `|`; a field's
 * repetitions are split by `~`, its components by `^`, a component's subcomponents by `&`
 * (when the text holds an `MSH` segment, its MSH-1 and MSH-2 name these characters instead).
 *
 * The fields of the segments that describe a person, and that hold one of the identifiers of
 * HIPAA's Safe Harbor method (45 CFR 164.514(b)(2)(i): names, addresses smaller than a state,
 * dates of birth and death, telephone numbers, social security, medical record, account,
 * health plan and licence numbers), are masked by position, whatever their content looks like:
 * a record number `00482913` or a birth date `19840312` that no text detector would know. Field
 * numbers are those of HL7 v2.5.1 (chapter 3, Patient Administration: PID, NK1, MRG, PV1;
 * chapter 6, Financial Management: GT1, IN1, IN2). Within a field, the components that carry the
 * identifier are masked, each on its own (so a family name is remembered for the session like
 * any name), and the codes around them are kept (`^^^HOSP^MR`, a phone's use code `PRN`, a
 * state, a country). Segments of other types (OBX results, ORC orders, MSH itself) are left to
 * the text detectors. Linear in the text: one pass over each segment line.
 *
 * Without an MSH (segments pasted into a note), a segment must show a field as HL7 writes it
 * (hl7Evidence): log lines that start with `PID|` or `NK1|` and hold a `^` are no message.
 *
 * Missed: the free-text fields of other segments (names in NTE notes and OBX values are left to
 * the text detectors), doctors in segments other than PV1 (ORC-12, OBR-16 ordering provider),
 * and messages whose segments are not on lines of their own (one line with literal `\r`).
 */

type Kind = 'name' | 'address' | 'phone' | 'date' | 'id' | 'account' | 'ssn' | 'licence' | 'provider';

/** Field number -> kind, per segment id. */
const SEGMENT_FIELDS: ReadonlyMap<string, ReadonlyMap<number, Kind>> = new Map<string, ReadonlyMap<number, Kind>>([
  // PID: 2 patient ID, 3 identifier list, 4 alternate ID, 5 name, 6 mother's maiden name, 7 date
  // of birth, 9 alias, 11 address, 12 county, 13 home phone, 14 business phone, 18 account number,
  // 19 SSN, 20 driver's licence, 21 mother's identifier, 23 birth place, 29 date of death.
  ['PID', new Map<number, Kind>([[2, 'id'], [3, 'id'], [4, 'id'], [5, 'name'], [6, 'name'], [7, 'date'], [9, 'name'], [11, 'address'], [12, 'address'], [13, 'phone'], [14, 'phone'], [18, 'account'], [19, 'ssn'], [20, 'licence'], [21, 'id'], [23, 'address'], [29, 'date']])],
  // NK1 (next of kin): 2 name, 4 address, 5 phone, 6 business phone, 12 employee number, 16 date of
  // birth, 30 contact person's name, 31 their phone, 32 their address, 33 identifiers, 37 SSN.
  ['NK1', new Map<number, Kind>([[2, 'name'], [4, 'address'], [5, 'phone'], [6, 'phone'], [12, 'id'], [16, 'date'], [30, 'name'], [31, 'phone'], [32, 'address'], [33, 'id'], [37, 'ssn']])],
  // GT1 (guarantor): 2 number, 3 name, 4 spouse name, 5 address, 6 home phone, 7 business phone,
  // 8 date of birth, 12 SSN, 17 employer address, 18 employer phone, 19 employee ID.
  ['GT1', new Map<number, Kind>([[2, 'id'], [3, 'name'], [4, 'name'], [5, 'address'], [6, 'phone'], [7, 'phone'], [8, 'date'], [12, 'ssn'], [17, 'address'], [18, 'phone'], [19, 'id']])],
  // IN1 (insurance): 16 name of insured, 18 insured's date of birth, 19 insured's address, 36
  // policy number, 49 insured's ID number.
  ['IN1', new Map<number, Kind>([[16, 'name'], [18, 'date'], [19, 'address'], [36, 'id'], [49, 'id']])],
  // IN2: 1 insured's employee ID, 2 insured's SSN, 6 Medicare number, 8 Medicaid number.
  ['IN2', new Map<number, Kind>([[1, 'id'], [2, 'ssn'], [6, 'id'], [8, 'id']])],
  // MRG (merge): 1 prior identifier list, 2 prior alternate ID, 3 prior account number, 4 prior
  // patient ID, 5 prior visit number, 6 prior alternate visit ID, 7 prior name.
  ['MRG', new Map<number, Kind>([[1, 'id'], [2, 'id'], [3, 'account'], [4, 'id'], [5, 'id'], [6, 'id'], [7, 'name']])],
  // PV1 (visit): 7 attending, 8 referring, 9 consulting and 17 admitting doctor (XCN: an ID such
  // as the NPI, and a name: personal data of the doctor), 19 visit number, 50 alternate visit ID.
  ['PV1', new Map<number, Kind>([[7, 'provider'], [8, 'provider'], [9, 'provider'], [17, 'provider'], [19, 'id'], [50, 'id']])],
]);

/** The detection of each kind (internal/field-kinds.ts): a record number `MRN`, a doctor's name `PERSON`. */
const DETECTION: Readonly<Record<Kind, { readonly type: string; readonly class: string }>> = {
  name: FIELD_DETECTIONS.name,
  address: FIELD_DETECTIONS.address,
  phone: FIELD_DETECTIONS.phone,
  date: FIELD_DETECTIONS.date,
  id: FIELD_DETECTIONS.mrn,
  account: FIELD_DETECTIONS.account,
  ssn: FIELD_DETECTIONS.ssn,
  licence: FIELD_DETECTIONS.licence,
  provider: FIELD_DETECTIONS.name,
};
/** XCN's first component: the person's ID (an NPI, a staff number). */
const PROVIDER_ID = FIELD_DETECTIONS.provider;

/**
 * The components (1-based) of a field's data type that carry the identifier; undefined: all.
 * XPN (names): family, given, middle; XAD (addresses): street (1), other designation (2), city
 * (3), postal code (5) and county or parish (9), not the state (4), country (6) or type (7); CX (ids): the
 * ID number (1); XTN (phones): the old-style number (1), email (4), area code (6), local number
 * (7), extension (8) and unformatted number (12), not the use and equipment codes or the country
 * code; XCN (doctors): the ID (1), family, given and middle name (2-4), not the title or degree.
 */
const COMPONENTS: Readonly<Record<Kind, ReadonlySet<number> | undefined>> = {
  name: new Set([1, 2, 3]),
  address: new Set([1, 2, 3, 5, 9]),
  phone: new Set([1, 4, 6, 7, 8, 12]),
  date: undefined,
  id: new Set([1]),
  account: new Set([1]),
  ssn: undefined,
  licence: new Set([1]),
  provider: new Set([1, 2, 3, 4]),
};

/** A segment line: three characters (a letter, then letters or digits) and the field separator. */
const isUpper = (code: number): boolean => code >= 65 && code <= 90;
const isUpperOrDigit = (code: number): boolean => isUpper(code) || (code >= 48 && code <= 57);

/** Finds the HL7 v2 identifier fields of `text` (see the module comment) and adds them to `out`. */
export function detectHl7(text: string, out: Detection[]): void {
  if (!mayHoldHl7(text)) return;
  let field = '|';
  let component = '^';
  let repetition = '~';
  let msh = MSH_SEPARATORS.exec(text);
  if (msh !== null && (msh[1] === msh[2] || msh[1] === msh[3] || msh[2] === msh[3])) msh = null;
  if (msh !== null) {
    field = msh[1] as string;
    component = msh[2] as string;
    repetition = msh[3] as string;
  } else if (!text.includes('^')) {
    // Segments without their MSH are read only where fields have components: a pipe-separated
    // log line `PID|1|4821|nginx|www-data|…` is no HL7 (a fresh probe's finding, 2026-12-02).
    return;
  }
  const segments: Array<[id: string, start: number, end: number, fields: ReadonlyMap<number, Kind>]> = [];
  for (let start = 0; start < text.length; ) {
    let end = start;
    while (end < text.length && !LINE_BREAKS.has(text.charCodeAt(end))) end++;
    // A segment pasted indented or quoted (`\tPID|…`, `    PID|…`, `> PID|…`): at most 8 blanks
    // and `>` before it (a fresh probe of 2026-12-03: its MRN and birth date were stored raw); or
    // numbered, as a viewer or a log shows lines (`1: PID|…`, `12. PID|…`, `3) PID|…`).
    const lineEnd = end;
    for (let k = 0; k < 8 && start < lineEnd && LINE_LEAD.has(text.charCodeAt(start)); k++) start++;
    start += lineNumber(text, start, lineEnd);
    if (end - start > 4 && isUpper(text.charCodeAt(start)) && isUpperOrDigit(text.charCodeAt(start + 1)) && isUpperOrDigit(text.charCodeAt(start + 2)) && text[start + 3] === field) {
      const id = text.slice(start, start + 3);
      const fields = SEGMENT_FIELDS.get(id);
      if (fields !== undefined) segments.push([id, start + 4, end, fields]);
    }
    start = end + 1;
  }
  // Without an MSH, one segment must show a field as HL7 writes it (hl7Evidence): a log line
  // with a `^` (`NK1|1|backup-node^secondary|replica`) is no message (a fresh probe, 2026-12-02).
  if (msh === null && !segments.some(([id, from, end, fields]) => hl7Evidence(text, id, from, end, fields))) return;
  for (const [id, from, end, fields] of segments) segment(text, id, from, end, fields, field, component, repetition, out);
}

/** A CX identifier with its empty check digit and scheme components, then the authority: `00482913^^^HOSP^MR`. */
const CX_SHAPE = /^[^^~&]+\^\^\^[^^~&]/;
/** An HL7 DT/DTM date of 1800-2099: YYYYMMDD, then hours, minutes, seconds (a fraction only after them) and a zone, optional. */
const DTM_SHAPE = /^(1[89]|20)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:\d{2}(?:\d{2}(?:\d{2}(?:\.\d{1,4})?)?)?)?(?:[+-]\d{4})?$/;
/** An XPN in capitals, as registration systems write names: `OKAFOR^AMARA`, `GARCIA^MARIA^L`. */
const XPN_CAPITALS = /^[A-Z][A-Z'\- ]*(?:&[A-Z][A-Z'\- ]*)*\^[A-Z][A-Z'\- ]*(?:\^|$)/;
/** An XCN with its ID first: digits, then a family name (`1234567893^SMITH^JOHN`). */
const XCN_SHAPE = /^\d{3,}\^\p{L}[\p{L}'\- ]*(?:\^|$)/u;

/**
 * Whether one segment of a text without an MSH shows a field as HL7 writes it, so the text is a
 * message pasted without its header (a note, a log of an interface engine) and not a log line
 * that happens to start with `PID|` or `NK1|` and hold a `^`: a field of an identifier kind in
 * the CX shape (ID, two empty components: `00482913^^^HOSP^MR`), a date field of a DT/DTM date
 * (`19840312`), a name field of an XPN in capitals (`OKAFOR^AMARA`), or a doctor's field of an
 * XCN with a numeric ID (`1234567893^SMITH^JOHN`). Only the default separators (`|^~&`): a
 * message with others has its MSH.
 */
function hl7Evidence(text: string, id: string, from: number, end: number, fields: ReadonlyMap<number, Kind>): boolean {
  if (!setIdFirst(text, id, from, end, '|')) return false;
  let number = 1;
  let start = from;
  for (let i = from; i <= end; i++) {
    if (i < end && text[i] !== '|') continue;
    const kind = fields.get(number);
    if (kind !== undefined && i > start) {
      for (const value of text.slice(start, i).split('~')) {
        if (kind === 'date' ? DTM_SHAPE.test(value) : kind === 'name' ? XPN_CAPITALS.test(value) : kind === 'provider' ? XCN_SHAPE.test(value) || CX_SHAPE.test(value) : (kind === 'id' || kind === 'account') && CX_SHAPE.test(value)) return true;
      }
    }
    number++;
    start = i + 1;
  }
  return false;
}

/** A segment id of the table at the start of a line, followed by a field separator. */
/**
 * An MSH segment at the start of a line: MSH-1 (the field separator) and the first two characters of
 * MSH-2 (the component and repetition separators). HL7 v2.5.1 2.5.4: delimiters are characters other
 * than letters, digits and blanks, each different; a line `MSH|deploy|prod` names no delimiters (its
 * letters were taken for them: a fresh probe of 2026-12-03), so the text is read as without an MSH.
 */
const MSH_SEPARATORS = /(?:^|[\r\n\u0085\u2028\u2029])[ \t>]{0,8}(?:[\[L]?\d{1,6}(?:[:.)\]|][ \t]{0,3}|[ \t]{1,3}(?:\|[ \t]{0,3})?))?MSH([^\p{L}\p{N}\s])([^\p{L}\p{N}\s])([^\p{L}\p{N}\s])/u;
/** A segment of the table at the start of a line (after at most 8 blanks or `>`, and a line number), then a separator (MSH-1 may name any). */
const SEGMENT_START = /(?:^|[\r\n\u0085\u2028\u2029])[ \t>]{0,8}(?:[\[L]?\d{1,6}(?:[:.)\]|][ \t]{0,3}|[ \t]{1,3}(?:\|[ \t]{0,3})?))?(?:PID|NK1|GT1|IN1|IN2|MRG|PV1)[^\r\n\u0085\u2028\u2029\w]/;
/** Blanks and the quote mark that may lead a pasted segment's line: space, tab, `>`. */
const LINE_LEAD = new Set([32, 9, 62]);
/**
 * Line ends between segments: CR and LF (HL7 v2 uses CR), and NEL, LINE SEPARATOR and PARAGRAPH
 * SEPARATOR (U+0085, U+2028, U+2029), which text from editors and JSON carries (a probe of 2026-12-03).
 */
const LINE_BREAKS = new Set([13, 10, 0x85, 0x2028, 0x2029]);
/**
 * The length of a line number at `at`, as viewers and `cat -n` show them (`1: `, `12. `, `3) `,
 * `[12] `, `12 | `, `L12 `, `12\t`: an optional `[` or `L`, 1-6 digits, then `:`, `.`, `)`, `]` or
 * `|` and up to 3 blanks, or blanks alone), else 0. A fresh probe of 2026-12-03 found the
 * `cat -n` layout, `12 PID|…`, `[12] PID|…` stored raw.
 */
function lineNumber(text: string, at: number, end: number): number {
  let i = at;
  const bracket = text[i] === '[';
  if (bracket || text[i] === 'L') i++;
  const digits = i;
  while (i < end && i - digits < 6 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  if (i === digits || i >= end) return 0;
  const mark = text[i] === ':' || text[i] === '.' || text[i] === ')' || text[i] === ']' || text[i] === '|';
  if (bracket && text[i] !== ']') return 0;
  if (mark) i++;
  const blanks = i;
  for (let k = 0; k < 3 && i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9); k++) i++;
  if (!mark && i === blanks) return 0;
  // `12 | PID`: a bar after the blanks.
  if (!mark && text[i] === '|') {
    i++;
    for (let k = 0; k < 3 && i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9); k++) i++;
  }
  return i - at;
}
function mayHoldHl7(text: string): boolean {
  return SEGMENT_START.test(text);
}

/** Segments whose first field is a Set ID (a sequence number or nothing): a line `PID|USER|CMD` is no segment. */
const SET_ID_FIRST = new Set(['PID', 'NK1', 'GT1', 'IN1', 'PV1']);

/** The first field of a segment of SET_ID_FIRST is digits or blanks. */
function setIdFirst(text: string, id: string, from: number, end: number, field: string): boolean {
  if (!SET_ID_FIRST.has(id)) return true;
  for (let i = from; i < end && text[i] !== field; i++) {
    const code = text.charCodeAt(i);
    if ((code < 48 || code > 57) && code !== 32) return false;
  }
  return true;
}

function segment(text: string, id: string, from: number, end: number, fields: ReadonlyMap<number, Kind>, field: string, component: string, repetition: string, out: Detection[]): void {
  if (!setIdFirst(text, id, from, end, field)) return;
  let number = 1;
  let start = from;
  for (let i = from; i <= end; i++) {
    if (i < end && text[i] !== field) continue;
    const kind = fields.get(number);
    if (kind !== undefined && i > start) fieldParts(text, start, i, kind, component, repetition, out);
    number++;
    start = i + 1;
  }
}

/** Adds the components of one field that carry the identifier, each repetition on its own (a component's subcomponents together: `van&der&Berg`). */
function fieldParts(text: string, from: number, to: number, kind: Kind, component: string, repetition: string, out: Detection[]): void {
  const wanted = COMPONENTS[kind];
  const { type, class: dataClass } = DETECTION[kind];
  let index = 1;
  let start = from;
  for (let i = from; i <= to; i++) {
    const char = i < to ? text[i] : repetition;
    if (char !== component && char !== repetition) continue;
    if (wanted === undefined || wanted.has(index)) {
      let a = start;
      let b = i;
      while (a < b && text.charCodeAt(a) === 32) a++;
      while (b > a && text.charCodeAt(b - 1) === 32) b--;
      // `""` is HL7's explicit null.
      if (b > a && !(b - a === 2 && text[a] === '"' && text[a + 1] === '"')) out.push(kind === 'provider' && index === 1 ? { start: a, end: b, ...PROVIDER_ID } : { start: a, end: b, type, class: dataClass });
    }
    if (char === component) index++;
    else if (char === repetition) index = 1;
    start = i + 1;
  }
}
