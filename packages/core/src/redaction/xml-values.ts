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
