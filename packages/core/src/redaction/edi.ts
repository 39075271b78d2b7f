import { type FieldKind, pushField } from './internal/field-kinds.js';
import type { Detection } from './types.js';

/**
 * EDI interchanges in text (second probe of 2026-12-04, G8): ASC X12, the format of HIPAA's
 * transactions (837 claims, 270/271 eligibility, 834 enrolment, 835 remittance), and UN/EDIFACT,
 * the format of trade and travel messages (ORDERS, INVOIC, PAXLST). Agents read them from
 * clearing-house APIs, interface engines and logs. As HL7 v2 (hl7.ts), a person's identifiers sit
 * in fixed positions whatever their content looks like (a surname in capitals, a member id, a
 * birth date `19840312` no text detector knows), so they are masked by segment and element.
 *
 * X12 (ASC X12 005010, the HIPAA implementation guides): segments end with `~`, elements are
 * split by `*`, components by `:`; an `ISA` header declares them instead (its element separator
 * is the character after `ISA`, ISA16 is the component separator and the character after ISA16
 * ends the segments). Read: NM1 of a person (NM102 = 1): last, first and middle name (NM103-105)
 * and the id (NM109: `34` an SSN, `XX` an NPI, others a member id); N3 (street lines) and N4 (city
 * and postal code; the state and country stay) unless the last NM1 named an organization (NM102 =
 * 2: a payer's or a billing provider's address stays); DMG02 (birth date); PER02 (a contact's
 * name) and its numbers (TE, FX, CP, ... as phones, EM as an email; a URL stays); REF02 after a
 * qualifier of a person's id (SY an SSN, EA a medical record number, 0B a licence, 0F, 1W, 23, 3H,
 * ABB, F6, HJ, IG, NQ, Q4 a member's or policy number); CLM01 (the patient control number, an
 * account number); INS12 and PAT06 (date of death).
 *
 * EDIFACT (ISO 9735): segments end with `'`, elements are split by `+`, components by `:`, and `?`
 * releases the next character; a `UNA` header declares them instead. Read: NAD (C058 name and
 * address lines, C080 party name, C059 street, city, postcode; the qualifier, the party's code
 * (a GLN), the country subdivision and the country stay), COM (the number of TE, FX, AL, AJ,
 * TL as a phone, of EM as an email), DTM with qualifier 329 (date of birth), CTA (the contact's
 * name). NAD names a company as often as a person: both are masked.
 *
 * Without an interchange header (ISA, GS, ST; UNA, UNB, UNH), segments pasted into a note are read
 * only when one of them shows a person's segment as the standard writes it (ediEvidence): an NM1
 * whose NM102 is 1 or 2, a DMG with a D8 date; a NAD with a two- or three-letter qualifier and a
 * name or street, a COM with a known channel, a DTM+329. Linear: one pass over the text.
 *
 * Missed: RFF (EDIFACT references; left to the text detectors), PNA and DOC of PAXLST, X12's
 * N1 loops of 834 sponsors, dates of service (DTP), and interchanges whose separators are letters.
 */

/** The kinds of field X12 and EDIFACT carry (internal/field-kinds.ts: the detection of each). */
export type Kind = Extract<FieldKind, 'name' | 'address' | 'phone' | 'email' | 'date' | 'ssn' | 'plan' | 'mrn' | 'account' | 'licence' | 'provider'>;

/** Counted work, for the linearity tests. */
export interface EdiWork {
  steps: number;
}

/** X12 REF01 qualifiers whose REF02 is a person's identifier (X12 code list 128). */
const X12_REFS: ReadonlyMap<string, Kind> = new Map<string, Kind>([
  ['SY', 'ssn'],
  ['EA', 'mrn'],
  ['0B', 'licence'],
  ...(['0F', '1W', '23', '3H', 'ABB', 'F6', 'HJ', 'IG', 'NQ', 'Q4'] as const).map((code): [string, Kind] => [code, 'plan']),
]);
/** PER communication number qualifiers (X12 code list 365) read as phones; EM is an email. */
const X12_PHONES = new Set(['TE', 'FX', 'CP', 'HP', 'WP', 'BN', 'EX', 'NP', 'TN']);
/** EDIFACT COM channel qualifiers (code list 3155) read as phones; EM is an email. */
const EDIFACT_PHONES = new Set(['TE', 'FX', 'AL', 'AJ', 'TL', 'AV']);

/** Something that may be X12 or EDIFACT: a header, or a person's segment id before the default separator. */
const EDI_HINT = /(?:^|[^A-Za-z0-9])(?:ISA[^A-Za-z0-9\s]|UNA[^A-Za-z0-9\s]|(?:NM1|DMG|PER|CLM)\*|(?:UNB|UNH|NAD|COM|DTM|CTA)\+)/;

/** Finds the identifier elements of X12 and EDIFACT segments in `text` (see the module comment). */
export function detectEdi(text: string, out: Detection[], work?: EdiWork): void {
  if (!EDI_HINT.test(text)) return;
  if (text.includes('ISA') || text.includes('*')) detectX12(text, out, work);
  if (text.includes('UNA') || text.includes('+')) detectEdifact(text, out, work);
}

const isAlnum = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isBlank = (code: number): boolean => code === 32 || code === 9 || code === 13 || code === 10 || code === 62;

/** One segment: its id and its elements as [start, end) offsets (1-based: elements[0] is the id). */
interface Segment {
  id: string;
  elements: Array<[number, number]>;
}

/**
 * Splits `text` into segments: a segment ends at `terminator` (or a line break) and starts at its
 * id, 2-3 capitals or digits right before its first element separator (after blanks, `>`, or
 * prose: `the claim had NM1*IL*…`). `release` escapes the next character (EDIFACT's `?`).
 */
function segments(text: string, element: string, terminator: string, release: string | undefined, work: EdiWork | undefined): Segment[] {
  const found: Segment[] = [];
  const length = text.length;
  let start = 0;
  while (start < length) {
    let end = start;
    let first = -1;
    while (end < length) {
      const char = text[end] as string;
      if (char === release) {
        end += 2;
        continue;
      }
      if (char === terminator || char === '\n' || char === '\r') break;
      if (first === -1 && char === element) first = end;
      end++;
    }
    if (work !== undefined) work.steps += end - start + 1;
    if (end > length) end = length;
    if (first > start) {
      // The id: the letters and digits right before the first separator, after a blank or the segment's start.
      let idStart = first;
      while (idStart > start && first - idStart < 4 && isAlnum(text.charCodeAt(idStart - 1))) idStart--;
      const idLength = first - idStart;
      const before = idStart === start || isBlank(text.charCodeAt(idStart - 1));
      const id = text.slice(idStart, first);
      if (before && idLength >= 2 && idLength <= 3 && /^[A-Z][A-Z0-9]{1,2}$/.test(id)) {
        const elements: Array<[number, number]> = [[idStart, first]];
        let from = first + 1;
        for (let i = from; i <= end; i++) {
          // A release as the text's last character escapes nothing: the element still ends at `end`.
          if (i < end - 1 && text[i] === release) {
            i++;
            continue;
          }
          if (i < end && text[i] !== element) continue;
          elements.push([from, i]);
          from = i + 1;
        }
        found.push({ id, elements });
      }
    }
    start = end + 1;
  }
  return found;
}

/** The X12 separators an ISA header declares (element, component, terminator), else the defaults. */
function x12Separators(text: string): [string, string, string] {
  const isa = /(?:^|[^A-Za-z0-9])ISA([^A-Za-z0-9\s])/.exec(text);
  if (isa !== null) {
    const element = isa[1] as string;
    let at = isa.index + isa[0].length;
    // ISA has 16 elements: after the 16th separator come ISA16 (one character) and the terminator.
    for (let count = 1; count < 16 && at < text.length && at - isa.index < 256; at++) if (text[at] === element) count++;
    const component = text[at];
    const terminator = text[at + 1];
    if (component !== undefined && terminator !== undefined && component !== element && terminator !== element && terminator !== component && !isAlnum(component.charCodeAt(0)) && !isAlnum(terminator.charCodeAt(0)) && terminator !== ' ') return [element, component, terminator];
  }
  return ['*', ':', '~'];
}

/** The EDIFACT separators a UNA header declares (component, element, release, terminator), else the defaults. */
function edifactSeparators(text: string): [string, string, string | undefined, string] {
  const una = /(?:^|[^A-Za-z0-9])UNA([^A-Za-z0-9\s])([^A-Za-z0-9\s])(.)(.)(.)(.)/s.exec(text);
  if (una !== null) {
    const [, component, element, , release, , terminator] = una as unknown as [string, string, string, string, string, string, string];
    if (component !== element && terminator !== element && terminator !== component && !isAlnum(terminator.charCodeAt(0))) return [component, element, release === ' ' ? undefined : release, terminator];
  }
  return [':', '+', '?', "'"];
}

function push(out: Detection[], text: string, from: number, to: number, kind: Kind, release?: string): void {
  while (from < to && text.charCodeAt(from) === 32) from++;
  while (to > from && text.charCodeAt(to - 1) === 32) to--;
  // A release character alone, or a lone separator, is no value.
  if (to - from === 1 && text[from] === release) return;
  pushField(out, text, from, to, kind);
}

/** The element's text, its value as written (releases kept). */
const value = (text: string, element: [number, number] | undefined): string => (element === undefined ? '' : text.slice(element[0], element[1]).trim());

function detectX12(text: string, out: Detection[], work: EdiWork | undefined): void {
  const [element, , terminator] = x12Separators(text);
  const found = segments(text, element, terminator, undefined, work);
  if (found.length === 0) return;
  const header = found.some((s) => s.id === 'ISA' || s.id === 'GS' || s.id === 'ST');
  if (!header && !found.some((s) => x12Evidence(text, s))) return;
  // Whether the last NM1 named a person (undefined before any): an organization's address stays.
  let person: boolean | undefined;
  for (const { id, elements } of found) {
    const fields = x12Fields(id, (n) => value(text, elements[n]), person);
    person = fields.person;
    for (const [n, kind] of fields.kinds) {
      const e = elements[n];
      if (e !== undefined) push(out, text, e[0], e[1], kind);
    }
  }
}

/**
 * The personal elements of one X12 segment (see the module comment), by position: `valueAt(n)` is
 * element n's text ('' when absent), `person` whether the last NM1 named a person (undefined before
 * any; NM102 = 1 a person). Returns the positions with their kinds and the new `person`. Shared by
 * the text reader and the JSON one (x12MemberKinds), so both read the same table.
 */
function x12Fields(id: string, valueAt: (n: number) => string, person: boolean | undefined, nm102Missing: 'person' | 'organization' = 'organization'): { kinds: Array<[number, Kind]>; person: boolean | undefined } {
  const kinds: Array<[number, Kind]> = [];
  switch (id) {
    case 'NM1': {
      const type = valueAt(2);
      person = type === '1' || (type === '' && nm102Missing === 'person' && !X12_ORGANIZATION_ENTITIES.has(valueAt(1)));
      if (!person) break;
      kinds.push([3, 'name'], [4, 'name'], [5, 'name']);
      const qualifier = valueAt(8);
      kinds.push([9, qualifier === '34' ? 'ssn' : qualifier === 'XX' ? 'provider' : 'plan']);
      break;
    }
    case 'N3':
      if (person !== false) kinds.push([1, 'address'], [2, 'address']);
      break;
    case 'N4':
      if (person !== false) kinds.push([1, 'address'], [3, 'address']);
      break;
    case 'DMG':
      kinds.push([2, 'date']);
      break;
    case 'PER':
      kinds.push([2, 'name']);
      for (const n of [3, 5, 7]) {
        const qualifier = valueAt(n);
        if (qualifier === 'EM') kinds.push([n + 1, 'email']);
        else if (X12_PHONES.has(qualifier)) kinds.push([n + 1, 'phone']);
      }
      break;
    case 'REF': {
      const kind = X12_REFS.get(valueAt(1));
      if (kind !== undefined) kinds.push([2, kind]);
      break;
    }
    case 'CLM':
      kinds.push([1, 'account']);
      break;
    case 'INS':
      kinds.push([12, 'date']);
      break;
    case 'PAT':
      kinds.push([6, 'date']);
      break;
  }
  return { kinds, person };
}

/** NM101 entity codes of organizations (X12 code list 98): a payer, a billing or pay-to provider, a facility, a sponsor. */
const X12_ORGANIZATION_ENTITIES: ReadonlySet<string> = new Set(['PR', '85', '87', '41', '40', 'PE', '2B', '36', 'FA', '77', 'TT', 'Y2', 'P5', 'IN']);

// ------------------------------------------------------------------------ X12 segments as JSON
//
// The same segments as JSON objects (a fourth probe of 2026-12-04, J6): clearing-house APIs and
// EDI translators write a segment as an object under its id, its elements by position (`NM103`,
// `NM1_03`, `NM1-03`, `03`), or by the X12 element dictionary's names, with the position after
// them as Stedi's Guide JSON does (`name_last_or_organization_name_03`) or without
// (`identificationCode`, `dateTimePeriod`, `referenceIdentificationQualifier`; REF's short
// `qualifier`/`value`). The segment's id is its member's name or that name's last or first
// `_`-word (`subscriber_name_NM1`, `NM1_SubscriberName`), in capitals. The element table is the
// text reader's (x12Fields); without NM102, an NM1 names a person unless NM101 names an
// organization (`PR` a payer, `85` a billing provider, ...).

/** The X12 segments x12Fields reads, as a member name gives them (`NM1`, `subscriber_name_NM1`, `NM1_Subscriber`). */
const X12_SEGMENT_KEY = /(?:^|_)(NM1|N3|N4|DMG|PER|REF|CLM|INS|PAT)(?:_|$)/;
/** Element names of the X12 dictionary (and common short forms), lower case without `_`, by segment. */
const X12_ELEMENT_NAMES: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  NM1: {
    entityidentifiercode: 1, entitytypequalifier: 2, entitytype: 2, namelastororganizationname: 3, namelast: 3, lastname: 3,
    namefirst: 4, firstname: 4, namemiddle: 5, middlename: 5, nameprefix: 6, namesuffix: 7,
    identificationcodequalifier: 8, idcodequalifier: 8, idqualifier: 8, identificationcode: 9, idcode: 9,
  },
  N3: { addressinformation: 1, addressline1: 1, addressline2: 2 },
  N4: { cityname: 1, city: 1, stateorprovincecode: 2, postalcode: 3, zipcode: 3, countrycode: 4 },
  DMG: { datetimeperiodformatqualifier: 1, dateformatqualifier: 1, datetimeperiod: 2, birthdate: 2, dateofbirth: 2, gendercode: 3 },
  PER: {
    contactfunctioncode: 1, name: 2, communicationnumberqualifier: 3, communicationnumber: 4,
    communicationnumberqualifier2: 5, communicationnumber2: 6, communicationnumberqualifier3: 7, communicationnumber3: 8,
  },
  REF: { referenceidentificationqualifier: 1, referenceidqualifier: 1, qualifier: 1, referenceidentification: 2, referenceid: 2, value: 2, identifier: 2 },
  CLM: { claimsubmitteridentifier: 1, patientcontrolnumber: 1, claimid: 1 },
  INS: { date: 12, datetimeperiod: 12 },
  PAT: { datetimeperiod: 6 },
};

/**
 * The segment id an X12 segment written as JSON stands under (`NM1`, `subscriber_name_NM1`), or
 * undefined. One regular-expression test of a short name.
 */
export function x12SegmentOfKey(key: string): string | undefined {
  const length = key.length;
  if (length < 2 || length > 96) return undefined;
  // Most member names end in a lower-case letter: one character test before the expression.
  const last = key.charCodeAt(length - 1);
  const first = key.charCodeAt(0);
  if (!X12_LAST.has(last) && !(X12_FIRST.has(first) && key.charCodeAt(2) === 95) && !(X12_FIRST.has(first) && key.charCodeAt(3) === 95)) return undefined;
  return X12_SEGMENT_KEY.exec(key)?.[1];
}
/** The last character of a segment id (`NM1`, `N3`, `N4`, `DMG`, `PER`, `REF`, `CLM`, `INS`, `PAT`) and the first. */
const X12_LAST: ReadonlySet<number> = new Set([...'134GFRMST'].map((char) => char.charCodeAt(0)));
const X12_FIRST: ReadonlySet<number> = new Set([...'NDPRCI'].map((char) => char.charCodeAt(0)));

/**
 * The personal members of an X12 segment written as a JSON object (see above): each member's
 * name, its element's position read from the name, and that element's kind in x12Fields' table.
 * `segment` is x12SegmentOfKey's id; members whose value is no string or number are left out.
 * Returns the member names with their kinds, or undefined when none is personal.
 */
export function x12MemberKinds(segment: string, value: Readonly<Record<string, unknown>>, keys: readonly string[]): Map<string, Kind> | undefined {
  const names = X12_ELEMENT_NAMES[segment] ?? {};
  const byPosition = new Map<number, string>();
  for (const key of keys) {
    const item = value[key];
    if (typeof item !== 'string' && typeof item !== 'number') continue;
    const position = elementPosition(segment, key, names);
    if (position !== undefined && !byPosition.has(position)) byPosition.set(position, key);
  }
  if (byPosition.size === 0) return undefined;
  const valueAt = (n: number): string => {
    const key = byPosition.get(n);
    return key === undefined ? '' : String(value[key]).trim();
  };
  const { kinds } = x12Fields(segment, valueAt, undefined, 'person');
  let found: Map<string, Kind> | undefined;
  for (const [n, kind] of kinds) {
    const key = byPosition.get(n);
    if (key !== undefined) (found ??= new Map()).set(key, kind);
  }
  return found;
}

/** An element's position by its member name: a number at its end after the segment's id or a `_`, else the dictionary's name. */
function elementPosition(segment: string, key: string, names: Readonly<Record<string, number>>): number | undefined {
  const compact = key.toLowerCase().replace(/[_.\s-]/g, '');
  const named = names[compact] ?? names[compact.replace(/\d+$/, '')];
  const upper = key.toUpperCase();
  // `NM103`, `NM1_03`, `NM1-3`; `03`, `3`; Stedi's `name_first_04`.
  if (upper.startsWith(segment)) {
    const rest = key.slice(segment.length).replace(/^[_.-]/, '');
    if (/^\d{1,2}$/.test(rest)) return Number(rest);
  }
  if (/^\d{1,2}$/.test(key)) return Number(key);
  const stedi = /_(\d{2})$/.exec(key);
  if (stedi !== null && named !== undefined) return Number(stedi[1]);
  return named;
}

/** An X12 segment as the standard writes it: NM1 with NM102 of 1 or 2 and a name that starts with a letter, or DMG with a D8 date. */
function x12Evidence(text: string, { id, elements }: Segment): boolean {
  if (id === 'NM1') return elements.length >= 4 && /^[0-9A-Z]{2,3}$/.test(value(text, elements[1])) && /^[12]$/.test(value(text, elements[2])) && /^\p{L}[\p{L}\p{N}'&,. -]*$/u.test(value(text, elements[3]));
  if (id === 'DMG') return value(text, elements[1]) === 'D8' && /^(?:18|19|20)\d{6}$/.test(value(text, elements[2]));
  return false;
}

/** Offsets of the components of an element, split by `component` (release-aware). */
function components(text: string, [from, to]: [number, number], component: string, release: string | undefined): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to - 1 && text[i] === release) {
      i++;
      continue;
    }
    if (i < to && text[i] !== component) continue;
    parts.push([start, Math.min(i, to)]);
    start = i + 1;
  }
  return parts;
}

function detectEdifact(text: string, out: Detection[], work: EdiWork | undefined): void {
  const [component, element, release, terminator] = edifactSeparators(text);
  const found = segments(text, element, terminator, release, work);
  if (found.length === 0) return;
  const header = found.some((s) => s.id === 'UNA' || s.id === 'UNB' || s.id === 'UNH');
  if (!header && !found.some((s) => edifactEvidence(text, s, component, release))) return;
  for (const { id, elements } of found) {
    const parts = (n: number): Array<[number, number]> => (elements[n] === undefined ? [] : components(text, elements[n], component, release));
    const mask = (n: number, kind: Kind, wanted?: readonly number[]) => {
      parts(n).forEach(([from, to], index) => {
        if (wanted === undefined || wanted.includes(index + 1)) push(out, text, from, to, kind, release);
      });
    };
    switch (id) {
      case 'NAD':
        mask(3, 'address');
        mask(4, 'name', [1, 2, 3, 4, 5]);
        mask(5, 'address', [1, 2, 3, 4]);
        mask(6, 'address');
        mask(8, 'address');
        break;
      case 'COM': {
        const [number, qualifier] = parts(1);
        if (number === undefined || qualifier === undefined) break;
        const code = text.slice(qualifier[0], qualifier[1]).trim();
        if (code === 'EM') push(out, text, number[0], number[1], 'email', release);
        else if (EDIFACT_PHONES.has(code)) push(out, text, number[0], number[1], 'phone', release);
        break;
      }
      case 'DTM': {
        const [qualifier, date] = parts(1);
        if (qualifier !== undefined && date !== undefined && text.slice(qualifier[0], qualifier[1]).trim() === '329') push(out, text, date[0], date[1], 'date', release);
        break;
      }
      case 'CTA':
        mask(2, 'name', [2]);
        break;
    }
  }
}

/** An EDIFACT segment as the standard writes it (see the module comment). */
function edifactEvidence(text: string, { id, elements }: Segment, component: string, release: string | undefined): boolean {
  const parts = (n: number): string[] => (elements[n] === undefined ? [] : components(text, elements[n] as [number, number], component, release).map(([a, b]) => text.slice(a, b).trim()));
  if (id === 'NAD') return /^[A-Z0-9]{2,3}$/.test(parts(1)[0] ?? '') && elements.length >= 4 && [3, 4, 5].some((n) => parts(n).some((p) => /\p{L}/u.test(p)));
  if (id === 'COM') return parts(1).length === 2 && (EDIFACT_PHONES.has(parts(1)[1] as string) || parts(1)[1] === 'EM');
  if (id === 'DTM') return parts(1)[0] === '329' && /^\d{6,8}$/.test(parts(1)[1] ?? '');
  return false;
}
