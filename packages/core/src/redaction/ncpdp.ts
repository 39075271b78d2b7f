import { type FieldKind, pushField } from './internal/field-kinds.js';
import type { Detection } from './types.js';

/**
 * NCPDP Telecommunication Standard pharmacy claims in text (L5 of the seventh probe of
 * 2026-12-04): the format pharmacies send claims to PBMs in (B1 billing, E1 eligibility). A
 * transaction is segments of fields; each field is a two-character field id then its value, the
 * fields split by the field separator 0x1C (FS), the segments by 0x1E (RS) and 0x1D (GS). Logs and
 * notes show the separators as `<FS>`, `\x1c`, `\u001c`, `|`, `~` or line breaks, and a blank or
 * `=` may stand between id and value (`CA QXARO~CB VLINTUK~C4 19840312`). A segment starts with its
 * id field `AM` and two digits (`AM01` the patient segment, `AM04` the insured's, `AM03` the
 * prescriber's). Read by field id (the Telecommunication Standard's data dictionary, vD.0):
 * CA/CB the patient's first and last name, CC/CD the cardholder's, 2J/DR the prescriber's, C4 the
 * date of birth (CCYYMMDD; logs and notes also write it CCYY-MM-DD, CCYY/MM/DD or MM/DD/CCYY), CM the street, CN the city, CP the ZIP code, CQ and PM phones, HN an
 * email, C2 the cardholder id (a member id), CY the patient id. The state (CO), gender (C5) and
 * the claim's codes stay.
 *
 * Read only with evidence that the text is such a claim: a segment id field (`AM01`) or two of the
 * patient's or cardholder's name and birth fields (CA, CB, CC, CD, C4) with values of their shape,
 * so prose with `| CA |` or `~CB` stays. Missed: a claim whose fields are separate strings of a JSON
 * array (`['AM01','CAQUENTARA']`: each string is read alone), the response segments (AM20-AM29).
 *
 * A value is read whole up to its separator, whatever its length (issue 11: a street past the
 * 80th character kept its end raw); a name may hold a suffix after a comma (`VLINTUK, JR`: the
 * whole field one name, it was stored raw). A name of more than 35 characters is masked but is no
 * evidence of a claim (prose after `| CA ` is long).
 */

/** A field: after a separator (or the text's start), its two-character id, an optional blank or `=`, its value up to the next separator. */
const FIELD = /(?<=^|[\x1c\x1d\x1e|~\n\r]|<[FGR]S>|\\x1[cdeCDE]|\\u001[cdeCDE])[ \t]{0,2}([A-Z0-9]{2})[ =:]?([^\x1c\x1d\x1e|~\n\r<\\]*)/g;
const KINDS: Readonly<Record<string, FieldKind>> = {
  CA: 'name', CB: 'name', CC: 'name', CD: 'name', '2J': 'name', DR: 'name',
  C4: 'date', CM: 'address', CN: 'address', CP: 'address', CQ: 'phone', PM: 'phone', HN: 'email', C2: 'plan', CY: 'mrn',
};
/** A name's letters (tested on the trimmed value: no two runs of blanks to backtrack between). */
const NAME = /^\p{L}[\p{L}\p{M}'’., -]*$/u;
/** The longest name that counts as evidence of a claim (its blanks at either end left out; 35 before issue 11 made names of any length a name). */
const EVIDENCE_NAME_LENGTH = 35;
const DATE = /^[ \t]*(?:(?:19|20)\d{2}([-/.]?)(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12]\d|3[01])|(?:0[1-9]|1[0-2])\/(?:0[1-9]|[12]\d|3[01])\/(?:19|20)\d{2})[ \t]*$/;
const SEGMENT = /^(?:0[1-9]|1[0-6])[ \t]*$/;
const EVIDENCE = new Set(['CA', 'CB', 'CC', 'CD', 'C4']);

/** A field's value has its kind's shape (a name of letters, a date as CCYYMMDD, something for the rest). */
function shaped(kind: FieldKind, value: string): boolean {
  if (kind === 'name') return NAME.test(value.trim());
  if (kind === 'date') return DATE.test(value);
  return /[\p{L}\d]/u.test(value);
}

export function detectNcpdp(text: string, out: Detection[]): void {
  const fields: Array<[id: string, start: number, end: number, kind: FieldKind]> = [];
  let segment = false;
  const evidence = new Set<string>();
  FIELD.lastIndex = 0;
  for (let match = FIELD.exec(text); match !== null; match = FIELD.exec(text)) {
    if (match[0] === '') {
      FIELD.lastIndex++;
      continue;
    }
    const id = match[1] as string;
    const value = match[2] as string;
    if (id === 'AM' && SEGMENT.test(value)) segment = true;
    const kind = KINDS[id];
    if (kind === undefined || !shaped(kind, value)) continue;
    if (EVIDENCE.has(id) && (kind !== 'name' || value.trim().length <= EVIDENCE_NAME_LENGTH)) evidence.add(id);
    const end = match.index + match[0].length;
    fields.push([id, end - value.length, end, kind]);
  }
  if (!segment && evidence.size < 2) return;
  for (const [, start, end, kind] of fields) pushField(out, text, start, end, kind);
}
