// Personal data named by XML markup rather than found by its shape: an element whose (local) name
// is classified by the same key-name rules as a JSON member's (key-names.ts). ISO 20022 payment
// messages (`<Nm>RAHUL VERMA</Nm>`, `<StrtNm>Goethestraße</StrtNm>`, `<BldgNb>5</BldgNb>`,
// `<PstCd>10115</PstCd>`), HR-XML, HL7 CDA fragments and SOAP bodies were stored raw, although the
// same members as JSON were masked (a fresh probe of 2026-12-03). Secrets in XML elements are
// secrets.ts's; dates of birth in markup are detectors.ts's (detectMarkupBirthDates).
//
// Read: an element with text content and no child element (`<name>value</name>`, namespaced or
// not, attributes allowed), whose name is
//  - a person's name (isPersonKeyName: `patientName`, `FirstName`, `surname`), or ISO 20022's `Nm`
//    in a text that uses ISO 20022's element names (`<PstlAdr>`, `<StrtNm>`, `<Dbtr>`, `<Cdtr>`,
//    `<GrpHdr>`, ...; a bank's `Nm` there is masked too, on the safe side): its value masked
//    whole as PERSON;
//  - a part of a postal address below the city (isAddressPartKeyName: `StrtNm`, `BldgNb`, `PstCd`,
//    `street`, `zip`, `postalCode`), its value of the part's kind (addressPartValue): ADDRESS.
// Each value is bounded (200 characters), so a scan is linear in the text.
import { normalizeHealthId, type HealthIdKind } from './health-ids.js';
import { identifierSystemKind, kindOfOid } from './identifiers.js';
import { addressPartValue, isAddressPartKeyName, isNumberedAddressPart, isPersonKeyName } from './key-names.js';
import { ATTRIBUTE } from './markup-view.js';
import { personNormalForm } from './names.js';
import type { Detection } from './types.js';

/** `<prefix:Name attr="…">text</prefix:Name>`: group 1 the qualified name, group 2 the local name, group 3 the text. */
export const ELEMENT = /<((?:[A-Za-z_][\w.-]{0,40}:)?([A-Za-z_][\w.-]{0,60}))(?:\s[^<>]{0,200})?>([^<>]{1,200})<\/\1\s{0,3}>/g;
/** Element names that mark an ISO 20022 document (pain, pacs, camt): `Nm` there is a party's name. */
const ISO20022_MARKERS = /<(?:[\w.-]{1,40}:)?(?:PstlAdr|StrtNm|Dbtr|Cdtr|UltmtDbtr|UltmtCdtr|InitgPty|DbtrAcct|CdtrAcct|GrpHdr|CdtTrfTxInf)[\s>]/;

/**
 * Finds person names and address parts in XML elements by the element's name.
 * @param text any string; only one that holds a closing tag is scanned.
 * @param out detections are appended: PERSON (`pii.person`) and ADDRESS (`pii.address`), spans in
 *   UTF-16 code units covering the element's text without its surrounding blanks.
 */
export function detectXmlValues(text: string, out: Detection[]): void {
  if (!text.includes('</')) return;
  let iso: boolean | undefined;
  for (const match of text.matchAll(ELEMENT)) {
    const name = match[2] as string;
    const raw = match[3] as string;
    const value = raw.trim();
    if (value === '' || value.startsWith('&') || value.startsWith('${') || value.startsWith('{{')) continue;
    const start = (match.index as number) + match[0].indexOf('>') + 1 + (raw.length - raw.trimStart().length);
    const end = start + value.length;
    if (name === 'Nm' ? (iso ??= ISO20022_MARKERS.test(text)) && /\p{L}/u.test(value) : isPersonKeyName(name) && /\p{L}/u.test(value)) {
      out.push({ start, end, type: 'PERSON', class: 'pii.person', normalized: value.normalize('NFC').toLowerCase().replace(/\s+/g, ' ') });
    } else if (isAddressPartKeyName(name) && addressPartValue(isNumberedAddressPart(name), value)) {
      out.push({ start, end, type: 'ADDRESS', class: 'pii.address', normalized: value.toLowerCase().replace(/[\s,]+/g, ' ') });
    }
  }
}

// ------------------------------------------------------------------------------ the tag walk
//
// HL7 CDA R2 and v3 documents, and tables written in XML cells, need an element's place among its
// ancestors or siblings, which one element at a time (ELEMENT) does not give. xmlTags walks the
// tags of a text once, left to right (a tag is read over at most MAX_TAG_ATTRIBUTES characters,
// comments, processing instructions and CDATA are text), and the readers below keep what they need
// of the tree as they go (a stack of open element names, the rows and cells of a table).

/** A start, end or empty-element tag: group 1 `/` for an end tag, 2 the local name past a namespace prefix, 3 the attributes (an empty element's `/` at their end). */
const TAG = /<(\/?)(?:[A-Za-z_][\w.-]{0,40}:)?([A-Za-z_][\w.-]{0,60})((?:\s|\/)[^<>]{0,1024})?>/g;

/** One tag of the walk: where it is, its local name in lower case, its kind, and where its attributes are. */
export interface XmlTag {
  start: number;
  end: number;
  name: string;
  closing: boolean;
  /** An empty-element tag (`<id … />`, `<br/>`). */
  empty: boolean;
  /** Where the attributes start (the name's end) and end (before `/>` or `>`). */
  attributesStart: number;
  attributesEnd: number;
}

/** The tags of `text`, in order (see the walk's comment above). */
export function* xmlTags(text: string): Generator<XmlTag> {
  const pattern = new RegExp(TAG);
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const attributes = match[3] ?? '';
    const empty = attributes.endsWith('/');
    const end = match.index + match[0].length;
    yield { start: match.index, end, name: (match[2] as string).toLowerCase(), closing: match[1] === '/', empty, attributesStart: end - 1 - attributes.length, attributesEnd: end - 1 - (empty ? 1 : 0) };
  }
}

/** A tag's attributes by lower-cased local name (past a prefix: `ss:Index` is `index`): each value and where it starts. */
export function xmlAttributes(text: string, tag: XmlTag): Map<string, { value: string; start: number }> {
  const out = new Map<string, { value: string; start: number }>();
  const inside = text.slice(0, tag.attributesEnd);
  ATTRIBUTE.lastIndex = tag.attributesStart;
  for (let match = ATTRIBUTE.exec(inside); match !== null && match[0].length > 0; match = ATTRIBUTE.exec(inside)) {
    const value = match[2] ?? match[3] ?? match[4];
    if (value === undefined) continue;
    const name = (match[1] as string).toLowerCase();
    const quote = match[2] !== undefined || match[3] !== undefined ? 1 : 0;
    out.set(name.slice(name.lastIndexOf(':') + 1), { value, start: match.index + match[0].length - value.length - quote });
  }
  return out;
}

// ------------------------------------------------------------------ HL7 CDA R2 and v3 values
//
// Two kinds of a patient's data that CDA writes without a name a key rule reads (a fresh probe of
// 2026-12-04, H10):
//  - an instance identifier (HL7 v3 data type II: `<id root="2.16.840.1.113883.4.1"
//    extension="536228514"/>`, attributes in any order): its `root` OID names the scheme of the id
//    in `extension` (identifiers.ts kindOfOid, one table with FHIR's `urn:oid:` systems: an SSN, a
//    US state's driver's licence, an NPI, a passport by country, a BSN, CPR, NIR, NHS number, ...),
//    and any `<id>` of a `patientRole` (CDA's record target) or of a v3 `patient` whose root the
//    table does not hold is the patient's record number (MRN). Other ids (`<id root="…19.5"
//    extension="ORD-2291"/>` of an order, a document's) stay;
//  - a person name (data type PN): the parts `family`, `given`, `prefix`, `suffix` of a `<name>`
//    (or its text when it has no parts) under a person (`patient`, `guardianPerson`,
//    `assignedPerson`, `relatedPerson` of an informant or participant, `associatedPerson`,
//    `informationRecipient`, a related `subject`, v3 `patientPerson`, `identifiedPerson`) are a
//    person's name whatever the name lists hold; a prefix holds a Dutch voorvoegsel or a
//    nobility particle as often as a title (`<prefix qualifier="VV">van der</prefix>`). The names
//    of organizations and places (`representedOrganization`, `manufacturerOrganization`,
//    `location`, `healthCareFacility`) stay.

/** Elements whose `<name>` is a person's (HL7 CDA R2, HL7 v3 RIM entities), in lower case. */
const PERSON_ENTITIES: ReadonlySet<string> = new Set(['patient', 'guardianperson', 'assignedperson', 'relatedperson', 'associatedperson', 'informationrecipient', 'subject', 'patientperson', 'identifiedperson', 'maintainingperson']);
/** The parts of a PN (HL7 v3 data types, ENXP). */
const NAME_PARTS: ReadonlySet<string> = new Set(['family', 'given', 'prefix', 'suffix']);
/** Whose `<id>` with a root of its own is the patient's record number. */
const PATIENT_ROLES: ReadonlySet<string> = new Set(['patientrole', 'patient']);
const PATIENT_RECORD: HealthIdKind = { type: 'MRN', class: 'phi' };
/** Deepest stack of open elements kept. */
const MAX_DEPTH = 256;

/** Which CDA values detectCdaValues looks for. */
export interface CdaValueKinds {
  /** Government ids by their root (class `pii.government_id`). */
  governmentIds: boolean;
  /** Record numbers and plan ids (class `phi`). */
  health: boolean;
  /** Names of persons. */
  names: boolean;
}

/**
 * Finds a patient's identifiers and persons' names in HL7 CDA R2 (C-CDA) and HL7 v3 XML by where
 * they stand (see above).
 * @param text any string; read only when it holds `<`.
 * @param out detections are appended: an id's `extension` value (type and class of its scheme:
 *   NATIONAL_ID, DRIVER_LICENSE, PASSPORT, LICENSE_NUMBER as `pii.government_id`, MRN and
 *   HEALTH_PLAN_ID as `phi`; normalized as health-ids.ts normalizeHealthId, as a FHIR Identifier's
 *   value), a name part's text as PERSON; spans in UTF-16 code units, without surrounding blanks.
 */
export function detectCdaValues(text: string, out: Detection[], kinds: CdaValueKinds): void {
  if (text.indexOf('<') < 0) return;
  const stack: string[] = [];
  // The last start tag, when the next tag may close it with text alone between them.
  let open: XmlTag | undefined;
  // The system of the FHIR XML Identifier being read.
  let system: string | undefined;
  for (const tag of xmlTags(text)) {
    if (tag.closing) {
      if (open !== undefined && open.name === tag.name && kinds.names) cdaName(text, open, tag, stack, out);
      open = undefined;
      // Back to the element this closes (a few unclosed HTML-style elements are passed over).
      for (let k = stack.length - 1; k >= 0 && k >= stack.length - 8; k--) {
        if (stack[k] === tag.name) {
          stack.length = k;
          break;
        }
      }
      continue;
    }
    if (tag.name === 'id' && (kinds.governmentIds || kinds.health)) cdaId(text, tag, stack[stack.length - 1], kinds, out);
    else if (tag.attributesEnd > tag.attributesStart && stack[stack.length - 1] === 'name' && (tag.name === 'family' || tag.name === 'given') && kinds.names) fhirNamePart(text, tag, out);
    else if (tag.attributesEnd > tag.attributesStart && stack[stack.length - 1] === 'identifier' && (tag.name === 'system' || tag.name === 'value')) {
      const value = xmlAttributes(text, tag).get('value');
      if (tag.name === 'system') system = value?.value;
      else if (value !== undefined && system !== undefined) fhirIdentifier(value, system, kinds, out);
    } else if (tag.name === 'identifier') system = undefined;
    if (tag.empty) {
      open = undefined;
      continue;
    }
    open = tag;
    if (stack.length < MAX_DEPTH) stack.push(tag.name);
  }
}

/** An `<id root extension>`'s extension, when its root or its place names its kind. */
function cdaId(text: string, tag: XmlTag, parent: string | undefined, kinds: CdaValueKinds, out: Detection[]): void {
  if (tag.attributesEnd - tag.attributesStart < 12) return;
  const attributes = xmlAttributes(text, tag);
  const root = attributes.get('root');
  const extension = attributes.get('extension');
  if (root === undefined || extension === undefined) return;
  const kind = kindOfOid(root.value.trim()) ?? (parent !== undefined && PATIENT_ROLES.has(parent) && /^\d+(?:\.\d+)+$|^[0-9a-f]{8}-/i.test(root.value.trim()) ? PATIENT_RECORD : undefined);
  if (kind === undefined || (kind.class === 'phi' ? !kinds.health : !kinds.governmentIds)) return;
  const value = extension.value.trim();
  if (value === '' || !/[\p{L}\p{N}]/u.test(value)) return;
  const start = extension.start + extension.value.indexOf(value);
  out.push({ start, end: start + value.length, type: kind.type, class: kind.class, normalized: normalizeHealthId(value) });
}

/**
 * A name part's text (`<family>Vlintuk</family>`), or a `<name>`'s own text, under a person. A
 * `family` or `given` part is a PN's wherever its `<name>` is (an organization's name, ON, has no
 * such parts); a `prefix` or `suffix` only under a person.
 */
function cdaName(text: string, open: XmlTag, close: XmlTag, stack: readonly string[], out: Detection[]): void {
  // The stack still holds the element being closed on top.
  const depth = stack.length;
  const isPart = NAME_PARTS.has(open.name) && stack[depth - 2] === 'name' && (open.name === 'family' || open.name === 'given' || PERSON_ENTITIES.has(stack[depth - 3] as string));
  const isName = !isPart && open.name === 'name' && PERSON_ENTITIES.has(stack[depth - 2] as string);
  if (!isPart && !isName) return;
  const raw = text.slice(open.end, close.start);
  const value = raw.trim();
  if (value === '' || value.length > 200 || !/\p{L}/u.test(value) || value.startsWith('&') || value.startsWith('${') || value.startsWith('{{')) return;
  const start = open.end + (raw.length - raw.trimStart().length);
  out.push({ start, end: start + value.length, type: 'PERSON', class: 'pii.person', normalized: personNormalForm(value) });
}

// --------------------------------------------------------------------- tables in XML cells
//
// A table written in markup cells (a fresh probe of 2026-12-04, H9): an HTML `<table>` (`<tr>`,
// `<th>`, `<td>`; end tags HTML lets out are read as there), a SpreadsheetML worksheet (ECMA-376
// Part 1 §18.3: `<sheetData><row><c r="B2" t="inlineStr"><is><t>…</t></is></c>`, `<c><v>…</v></c>`),
// a WordprocessingML table (`<w:tr><w:tc>…<w:t>…</w:t>`), an OpenDocument table
// (`<table:table-row><table:table-cell><text:p>…`), and SpreadsheetML 2003 (`<Row><Cell><Data>`).
// Its first row of two or more cells that all read as column names is its header; the rows after
// it are its data rows, and the redactor decides each column by its header as a member by its
// name (redactor.ts columnDecisions, as for a table in text). A cell's column is its place, or
// its `r` reference (`B2`), `ss:Index`, `colspan` or `table:number-columns-repeated` where
// given. A worksheet cell of type `s` holds an index into the shared strings: it reads as that
// string when the text holds the shared strings too (a cell masked so masks that string).
//
// The shared strings alone (`xl/sharedStrings.xml`: `<sst><si><t>Last name</t></si><si><t>SSN</t>…`)
// are a list without rows. It is read as a table by a weaker reading: its leading strings that
// read as column names are the header (the redactor ends it at the last one that names a kind of
// personal data), and the strings after it are taken as rows of the header's width. Excel writes
// each distinct string once, in the order it first meets them, and numbers are no strings: the
// columns may slip, so each value there must have its column's shape (redactor.ts).

/** A cell's text: each text node in it (a rich text run is one node), by its place in the text. */
export type MarkupCell = Array<{ start: number; end: number }>;

/** A table read from markup: its header row's names (`''` for a column without one) and its data rows (a cell per column, undefined where none). */
export interface MarkupTable {
  header: string[];
  /** The header's cells (a column's name as written). */
  headerCells: MarkupCell[];
  rows: Array<Array<MarkupCell | undefined>>;
  /** Shared strings read as rows (the weaker reading). */
  list: boolean;
}

const ROW_ELEMENTS: ReadonlySet<string> = new Set(['tr', 'row', 'table-row']);
const CELL_ELEMENTS: ReadonlySet<string> = new Set(['td', 'th', 'c', 'tc', 'table-cell', 'cell']);
/** A table's own edge: rows after it start another table. */
const TABLE_ELEMENTS: ReadonlySet<string> = new Set(['table', 'sheetdata', 'tbl', 'sst', 'tbody', 'thead']);
/** Elements whose text is no cell's value: a formula, a phonetic reading, a field's code, a script. */
const NOT_VALUE_ELEMENTS: ReadonlySet<string> = new Set(['f', 'rph', 'instrtext', 'deltext', 'script', 'style', 'annotation']);
/** Most columns read; cells past it are left out. */
const MAX_TABLE_COLUMNS = 64;
/** Most tables read in one text. */
const MAX_MARKUP_TABLES = 32;
/** Rows looked at for the header before a table is given up. */
const HEADER_ROWS = 3;
/** A column's name: one to four words, the first starting with a letter, at most 64 characters. */
export const HEADER_NAME = /^(?=[^\n]{1,64}$)[\p{L}_][\p{L}\p{N}_.#/()-]*(?: [\p{L}\p{N}_.#/()-]+){0,3}$/u;
/** Longest shared strings header. */
const MAX_LIST_HEADER = 32;

/** Whether `text` may hold a table in markup: a row's or a shared string's tag (one pattern test; callers gate on `</`). */
const MAY_HOLD_TABLE = /<(?:[A-Za-z_][\w.-]{0,40}:)?(?:tr|TR|row|Row|table-row|si)[\s/>]/;

/**
 * The tables written in markup cells in `text` (see above), at most 32, each with a header; one
 * walk over the text's tags. `namesKind` tells whether a column's name names a kind of personal
 * data: the shared strings' header ends at its last such name.
 */
export function markupTables(text: string, namesKind: (name: string) => boolean): MarkupTable[] {
  if (!MAY_HOLD_TABLE.test(text)) return [];
  const tables: MarkupTable[] = [];
  // The rows of the table being read: per row, per column, its cell.
  let rows: Array<Array<MarkupCell | undefined>> = [];
  let row: Array<MarkupCell | undefined> | undefined;
  let cell: MarkupCell | undefined;
  let column = 0;
  /** Shared strings (`<si>`), in order, and per worksheet cell of type `s` the row, column and index it holds. */
  const shared: MarkupCell[] = [];
  let item: MarkupCell | undefined;
  const sharedCells: Array<{ row: Array<MarkupCell | undefined>; column: number; index: number }> = [];
  let sharedCell: { row: Array<MarkupCell | undefined>; column: number } | undefined;
  // Inside an element whose text is no value (its depth), and inside a `<v>` of a shared string's cell.
  let skipped = 0;
  let inValue = false;
  let last = 0;
  const endCell = (): void => {
    cell = undefined;
    sharedCell = undefined;
  };
  // Whether the open row has a cell (a shared string's is filled in at the end).
  let rowCells = false;
  const endRow = (): void => {
    endCell();
    if (row !== undefined && rowCells) rows.push(row);
    row = undefined;
  };
  const endTable = (): void => {
    endRow();
    if (rows.length >= 2 && tables.length < MAX_MARKUP_TABLES) tables.push({ header: [], headerCells: [], rows, list: false });
    rows = [];
  };
  for (const tag of xmlTags(text)) {
    // The text before this tag belongs to the open cell or shared string.
    if (tag.start > last && skipped === 0) {
      let start = last;
      let end = tag.start;
      while (start < end && isBlank(text.charCodeAt(start))) start++;
      while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
      if (end > start) {
        if (inValue && sharedCell !== undefined) {
          const index = Number(text.slice(start, end));
          if (Number.isInteger(index) && index >= 0) sharedCells.push({ ...sharedCell, index });
        } else if (cell !== undefined) cell.push({ start, end });
        else if (item !== undefined) item.push({ start, end });
      }
    }
    last = tag.end;
    const name = tag.name;
    if (skipped > 0) {
      if (NOT_VALUE_ELEMENTS.has(name) && !tag.empty) skipped += tag.closing ? -1 : 1;
      continue;
    }
    if (NOT_VALUE_ELEMENTS.has(name)) {
      if (!tag.closing && !tag.empty) skipped = 1;
      continue;
    }
    if (name === 'v' && sharedCell !== undefined) {
      inValue = !tag.closing && !tag.empty;
      continue;
    }
    if (name === 'si') {
      if (tag.closing) {
        if (item !== undefined) shared.push(item);
        item = undefined;
      } else if (tag.empty) shared.push([]);
      else item = [];
      continue;
    }
    if (TABLE_ELEMENTS.has(name)) {
      if (name !== 'tbody' && name !== 'thead') endTable();
      continue;
    }
    if (ROW_ELEMENTS.has(name)) {
      endRow();
      if (!tag.closing && !tag.empty) {
        row = [];
        rowCells = false;
        column = 0;
      }
      continue;
    }
    if (!CELL_ELEMENTS.has(name) || row === undefined) continue;
    endCell();
    if (tag.closing) continue;
    const attributes = tag.attributesEnd > tag.attributesStart ? xmlAttributes(text, tag) : undefined;
    const at = cellColumn(attributes);
    if (at !== undefined) column = at;
    const span = Math.min(MAX_TABLE_COLUMNS, Math.max(1, Number(attributes?.get('colspan')?.value ?? attributes?.get('number-columns-repeated')?.value ?? 1) || 1));
    if (column < MAX_TABLE_COLUMNS && !tag.empty) {
      rowCells = true;
      if (name === 'c' && attributes?.get('t')?.value === 's') sharedCell = { row, column };
      else row[column] = cell = [];
    }
    column += span;
  }
  endTable();
  // Worksheet cells that hold a shared string's index: that string's text.
  for (const { row: holder, column: at, index } of sharedCells) {
    const text = shared[index];
    if (text !== undefined && text.length > 0) holder[at] = text;
  }
  for (const table of tables) {
    // The header: the first of the first rows with two cells or more that all read as names.
    for (let r = 0; r < Math.min(HEADER_ROWS, table.rows.length - 1); r++) {
      const header = headerNames(text, table.rows[r] as Array<MarkupCell | undefined>);
      if (header === undefined) continue;
      table.header = header;
      table.headerCells = (table.rows[r] as Array<MarkupCell | undefined>).filter((cell): cell is MarkupCell => cell !== undefined);
      table.rows = table.rows.slice(r + 1);
      break;
    }
  }
  const out = tables.filter((table) => table.header.length > 0);
  // The shared strings alone: a header run, then rows of its width.
  if (shared.length >= 4 && sharedCells.length === 0 && out.length < MAX_MARKUP_TABLES) {
    const header: string[] = [];
    while (header.length < Math.min(MAX_LIST_HEADER, shared.length - 1)) {
      const name = cellText(text, shared[header.length] as MarkupCell);
      if (name === undefined || !HEADER_NAME.test(name)) break;
      header.push(name);
    }
    while (header.length > 0 && !namesKind(header[header.length - 1] as string)) header.pop();
    if (header.length >= 2) {
      const rows: MarkupCell[][] = [];
      for (let at = header.length; at < shared.length; at += header.length) rows.push(shared.slice(at, at + header.length));
      out.push({ header, headerCells: shared.slice(0, header.length), rows, list: true });
    }
  }
  return out;
}

/** A cell's column (from 0) by its reference (`r="AB12"`, ECMA-376) or its `ss:Index` (from 1), or undefined. */
function cellColumn(attributes: Map<string, { value: string; start: number }> | undefined): number | undefined {
  const reference = attributes?.get('r')?.value;
  if (reference !== undefined) {
    const letters = /^([A-Za-z]{1,3})\d{1,7}$/.exec(reference)?.[1];
    if (letters !== undefined) {
      let at = 0;
      for (const letter of letters.toUpperCase()) at = at * 26 + letter.charCodeAt(0) - 64;
      return at - 1;
    }
  }
  const index = Number(attributes?.get('index')?.value);
  return Number.isInteger(index) && index >= 1 ? index - 1 : undefined;
}

/** A row's cells as column names, when it has two or more and each that holds text reads as a name. */
function headerNames(text: string, row: ReadonlyArray<MarkupCell | undefined>): string[] | undefined {
  const names: string[] = [];
  let named = 0;
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    const name = cell === undefined || cell.length === 0 ? '' : cellText(text, cell);
    if (name === undefined || (name !== '' && !HEADER_NAME.test(name))) return undefined;
    if (name !== '') named++;
    names.push(name);
  }
  return named >= 2 ? names : undefined;
}

/** A cell's text, its runs joined (at most 256 characters), or undefined when longer. */
export function cellText(text: string, cell: MarkupCell): string | undefined {
  let out = '';
  for (const { start, end } of cell) {
    if (out.length + end - start > 256) return undefined;
    out += text.slice(start, end);
  }
  return out.trim();
}

const isBlank = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;

/** FHIR XML's HumanName part (`<name><family value="Vlintuk"/>`, HL7 FHIR R4 XML): its `value` attribute. */
function fhirNamePart(text: string, tag: XmlTag, out: Detection[]): void {
  const attribute = xmlAttributes(text, tag).get('value');
  if (attribute === undefined) return;
  const value = attribute.value.trim();
  if (value === '' || value.length > 200 || !/\p{L}/u.test(value)) return;
  const start = attribute.start + attribute.value.indexOf(value);
  out.push({ start, end: start + value.length, type: 'PERSON', class: 'pii.person', normalized: personNormalForm(value) });
}

/** FHIR XML's Identifier (`<identifier><system value="urn:oid:2.16.840.1.113883.4.1"/><value value="…"/>`): its value when the system names a scheme identifiers.ts knows. */
function fhirIdentifier(attribute: { value: string; start: number }, system: string, kinds: CdaValueKinds, out: Detection[]): void {
  const kind = identifierSystemKind(system);
  if (kind === undefined || (kind.class === 'phi' ? !kinds.health : !kinds.governmentIds)) return;
  const value = attribute.value.trim();
  if (value === '' || !/[\p{L}\p{N}]/u.test(value)) return;
  const start = attribute.start + attribute.value.indexOf(value);
  out.push({ start, end: start + value.length, type: kind.type, class: kind.class, normalized: normalizeHealthId(value) });
}

/**
 * Whether `at` is inside a tag of an HL7 v3 coded value (data types CD, CE, CV: `<code code="8480-6"
 * codeSystem="2.16.840.1.113883.6.1" displayName="Systolic blood pressure"/>`): its
 * `displayName` is the code's text, no person's display name. The tag is looked for within 1,024
 * characters either side.
 */
export function inCodedTag(text: string, at: number): boolean {
  const open = text.lastIndexOf('<', at);
  if (open < 0 || at - open > 1024 || text.lastIndexOf('>', at) > open) return false;
  const close = text.indexOf('>', at);
  if (close < 0 || close - at > 1024) return false;
  const tag = text.slice(open, close);
  return tag.includes('codeSystem=') || tag.includes('codesystem=');
}
