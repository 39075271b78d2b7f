import { type FieldKind, pushField } from './internal/field-kinds.js';
import type { Detection } from './types.js';

/**
 * DICOM data sets in text (third probe of 2026-12-04, H2): the headers of medical images as
 * agents read them from PACS tools, DICOMweb and scripts. A patient's name, id and birth date
 * sit under a tag whatever they look like (`VLINTUK^QXARO`, `00482913`, `19840312`), so they are
 * masked by tag, as hl7.ts and edi.ts mask HL7 v2 and X12 fields by position.
 *
 * Three spellings are read:
 *  - dcmdump (DCMTK) and gdcmdump: `(0010,0010) PN [VLINTUK^QXARO]   #  14, 1 PatientName`, a tag,
 *    its value representation (VR) and the value in brackets;
 *  - pydicom's print of a data set or element: `(0010, 0010) Patient's Name   PN: 'Vlintuk^Qxaro'`,
 *    the tag, its name, the VR and a colon, the value quoted (or a list `['A', 'B']`);
 *  - the DICOM JSON model (PS3.18 F.2): `"00100010":{"vr":"PN","Value":[{"Alphabetic":"…"}]}`, also
 *    written as an object literal with single quotes or bare member names.
 *
 * Which tags are personal: the attributes of the basic application level confidentiality
 * profile (PS3.15 Annex E, table E.1-1) that identify the patient or a person in the study,
 * numbered by the data dictionary (PS3.6): see DICOM_TAGS. Any other element of VR `PN` (a
 * person name, PS3.5 6.2, a private tag's too) is a name. A name's components (family, given,
 * middle: split by `^`; its alphabetic, ideographic and phonetic groups by `=`) are masked each
 * on its own, its prefix and suffix stay (`DR`); values of a multi-valued element (split by `\`)
 * each on its own. Kept: the patient's sex, age, size and weight, the institution (a firm), the
 * modality, image attributes, study dates and UIDs (identifiers of images, not of a person).
 * Linear: one pass of two patterns over the text, each JSON element read once.
 *
 * Missed: values that a dump cut short (`(0010,0010) PN (no value available)` holds nothing), the
 * free text of other elements (comments, `(0010,21B0)` patient history: left to the text
 * detectors), binary DICOM, and dumps with the tag's keyword only (`PatientName: …`: key-names.ts).
 */

/**
 * Tag (group and element, 8 hex digits in capitals) -> kind, per PS3.6 and PS3.15 Annex E
 * table E.1-1 (the basic profile's attributes that identify a person).
 */
const DICOM_TAGS: ReadonlyMap<string, FieldKind> = new Map<string, FieldKind>([
  ['00100010', 'name'], // Patient's Name (PN)
  ['00100020', 'mrn'], // Patient ID (LO)
  ['00100030', 'date'], // Patient's Birth Date (DA)
  ['00100032', 'date'], // Patient's Birth Time (TM)
  ['00101000', 'mrn'], // Other Patient IDs (LO, retired)
  ['00101001', 'name'], // Other Patient Names (PN)
  ['00101005', 'name'], // Patient's Birth Name (PN)
  ['00101040', 'address'], // Patient's Address (LO)
  ['00101050', 'plan'], // Insurance Plan Identification (LO, retired)
  ['00101060', 'name'], // Patient's Mother's Birth Name (PN)
  ['00101090', 'mrn'], // Medical Record Locator (LO)
  ['00102154', 'phone'], // Patient's Telephone Numbers (SH)
  ['00102155', 'phone'], // Patient's Telecom Information (LT)
  ['00102297', 'name'], // Responsible Person (PN)
  ['00080050', 'mrn'], // Accession Number (SH): the order's id, an identifying number (HIPAA (R))
  ['00080090', 'name'], // Referring Physician's Name (PN)
  ['00080092', 'address'], // Referring Physician's Address (ST)
  ['00080094', 'phone'], // Referring Physician's Telephone Numbers (SH)
  ['00081048', 'name'], // Physician(s) of Record (PN)
  ['00081050', 'name'], // Performing Physician's Name (PN)
  ['00081060', 'name'], // Name of Physician(s) Reading Study (PN)
  ['00081070', 'name'], // Operators' Name (PN)
  ['00321032', 'name'], // Requesting Physician (PN)
  ['00380010', 'mrn'], // Admission ID (LO)
  ['00400006', 'name'], // Scheduled Performing Physician's Name (PN)
  ['00401010', 'name'], // Names of Intended Recipients of Results (PN)
  ['00402008', 'name'], // Order Entered By (PN)
  ['0040A123', 'name'], // Person Name (PN)
]);

/** The kind of an element: by its tag, else a name for VR PN; undefined: not personal. */
export function dicomElementKind(tag: string, vr: string | undefined): FieldKind | undefined {
  return DICOM_TAGS.get(tag.toUpperCase()) ?? (vr === 'PN' ? 'name' : undefined);
}

/** A dump's tag: `(0010,0010)`, `(0010, 0010)`. */
const HAS_TAG = /\([0-9A-Fa-f]{4}, ?[0-9A-Fa-f]{4}\)/;
/** A JSON element's key: 8 hex digits, quoted or bare, before `:` and `{`. */
const HAS_JSON_TAG = /["']?[0-9A-Fa-f]{8}["']?\s{0,4}:\s{0,4}\{/;

/**
 * A dump line's element: group 1-2 the tag, then either dcmdump's VR (3) and bracketed value (4),
 * or pydicom's name, VR (5) and the value to the line's end (6).
 */
const DUMP_ELEMENT = /\(([0-9A-Fa-f]{4}), ?([0-9A-Fa-f]{4})\)[ \t]{1,8}(?:([A-Z]{2})[ \t]{1,8}\[([^\]\r\n]{0,1024})\]|[^\r\n:]{0,80}?[ \t]([A-Z]{2}):[ \t]{0,4}([^\r\n]{0,1024}))/g;

/** Finds the personal elements of DICOM dumps and DICOM JSON in `text` (see the module comment). */
export function detectDicom(text: string, out: Detection[]): void {
  if (text.includes('(') && HAS_TAG.test(text)) dumpElements(text, out);
  if ((text.includes('vr"') || text.includes("vr'") || text.includes('vr:')) && HAS_JSON_TAG.test(text)) jsonElements(text, out);
}

function dumpElements(text: string, out: Detection[]): void {
  DUMP_ELEMENT.lastIndex = 0;
  for (let m = DUMP_ELEMENT.exec(text); m !== null; m = DUMP_ELEMENT.exec(text)) {
    const tag = `${m[1] as string}${m[2] as string}`;
    const vr = m[3] ?? m[5];
    const kind = dicomElementKind(tag, vr);
    if (kind === undefined) continue;
    const raw = m[4] ?? (m[6] as string);
    // dcmdump's value ends before the closing bracket.
    const from = m.index + m[0].length - raw.length - (m[4] === undefined ? 0 : 1);
    if (m[4] !== undefined) {
      values(text, from, from + raw.length, kind, out);
      continue;
    }
    // pydicom: `'value'`, `"value"`, `['a', 'b']`, or a bare value (a number).
    const quoted = raw.match(/^\s*[[(]?\s*['"]/);
    if (quoted === null) {
      const bare = /^[^\s#]+/.exec(raw);
      if (bare !== null) values(text, from, from + bare[0].length, kind, out);
      continue;
    }
    const end = from + raw.length;
    for (let i = from + quoted[0].length - 1; i < end; i++) {
      const quote = text[i];
      if (quote !== "'" && quote !== '"') continue;
      let close = i + 1;
      while (close < end && text[close] !== quote) close++;
      if (close >= end) break;
      values(text, i + 1, close, kind, out);
      i = close;
    }
  }
}

/** The spans of one string of a DICOM JSON element's Value (the redactor's walk of a parsed document): its values, a name by its components. */
export function dicomValueSpans(value: string, kind: FieldKind): Detection[] {
  const out: Detection[] = [];
  values(value, 0, value.length, kind, out);
  return out;
}

/** A DICOM JSON element's key: a tag of 8 hex digits (PS3.18 F.2.1). */
export const isDicomTag = (key: string): boolean => key.length === 8 && /^[0-9A-Fa-f]{8}$/.test(key);

/** Masks one element's value at `[from, to)`: each of its values (split by `\`), a name by its components. */
function values(text: string, from: number, to: number, kind: FieldKind, out: Detection[]): void {
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && text[i] !== '\\') continue;
    if (kind === 'name') nameComponents(text, start, i, out);
    else pushField(out, text, start, i, kind);
    start = i + 1;
  }
}

/** A PN value (PS3.5 6.2): groups split by `=`, components by `^`; family, given and middle names masked, prefix and suffix kept. */
function nameComponents(text: string, from: number, to: number, out: Detection[]): void {
  let index = 1;
  let start = from;
  for (let i = from; i <= to; i++) {
    const char = i < to ? text[i] : '=';
    if (char !== '^' && char !== '=') continue;
    if (index <= 3) pushField(out, text, start, i, 'name');
    index = char === '^' ? index + 1 : 1;
    start = i + 1;
  }
}

/** A DICOM JSON element's key (group 2) and the `{` of its object. */
const JSON_ELEMENT = /(["']?)([0-9A-Fa-f]{8})\1\s{0,4}:\s{0,4}\{/g;
/** The VR member at an element object's start: `"vr":"PN"`, `vr:'PN'`. */
const JSON_VR = /^\s{0,8}["']?vr["']?\s{0,4}:\s{0,4}["']([A-Z]{2})["']/;
/** The Value member's name right before its array's `[`. */
const VALUE_MEMBER = /Value["']?\s{0,4}:\s{0,4}$/;
/** The longest text VALUE_MEMBER matches (`Value"    :    `): how far before a `[` it is looked for. */
const VALUE_MEMBER_REACH = 15;
/** How far an element's members are read (its VR and Value): a personal element is short. */
const JSON_ELEMENT_WINDOW = 4096;

function jsonElements(text: string, out: Detection[]): void {
  JSON_ELEMENT.lastIndex = 0;
  for (let m = JSON_ELEMENT.exec(text); m !== null; m = JSON_ELEMENT.exec(text)) {
    const open = m.index + m[0].length;
    const vr = JSON_VR.exec(text.slice(open, open + 64))?.[1];
    const kind = dicomElementKind(m[2] as string, vr);
    if (kind === undefined) continue;
    // The element's members, up to its closing brace (strings skipped), at most JSON_ELEMENT_WINDOW characters.
    const limit = Math.min(text.length, open + JSON_ELEMENT_WINDOW);
    let i = open;
    let depth = 0;
    for (; i < limit; i++) {
      const char = text[i];
      if (char === '"' || char === "'") {
        const close = text.indexOf(char, i + 1);
        if (close === -1) break;
        i = close;
        continue;
      }
      if (depth === 0 && char === '}') break;
      if (char === '[' || char === '{') {
        // The Value array: its strings that are no member names are the values.
        if (depth === 0 && char === '[' && VALUE_MEMBER.test(text.slice(Math.max(open, i - VALUE_MEMBER_REACH), i))) {
          i = arrayValues(text, i + 1, limit, kind, out);
          continue;
        }
        depth++;
      } else if (char === ']' || char === '}') depth--;
    }
    JSON_ELEMENT.lastIndex = Math.max(JSON_ELEMENT.lastIndex, i);
  }
}

/** Masks the strings of a Value array from `from` to its `]`; returns the `]`'s offset. */
function arrayValues(text: string, from: number, limit: number, kind: FieldKind, out: Detection[]): number {
  let depth = 0;
  for (let i = from; i < limit; i++) {
    const char = text[i];
    if (char === '"' || char === "'") {
      const close = text.indexOf(char, i + 1);
      if (close === -1 || close >= limit) return limit;
      // A member name (`"Alphabetic":`) is no value.
      let after = close + 1;
      while (after < limit && (text[after] === ' ' || text[after] === '\t')) after++;
      if (text[after] !== ':') values(text, i + 1, close, kind, out);
      i = close;
      continue;
    }
    if (char === '[' || char === '{') depth++;
    else if (char === ']' || char === '}') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return limit;
}
