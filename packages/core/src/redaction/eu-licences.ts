import type { Detection } from './types.js';

/**
 * The numbered fields of an EU driving licence as OCR returns its card (Directive 2006/126/EC,
 * Annex I: `1.` surname, `2.` given names, `3.` date and place of birth, `4a.` issue date, `4b.`
 * expiry, `4c.` issuing authority, `4d.` another number, `5.` licence number, `7.` signature, `8.`
 * address, `9.` categories), on lines of their own or on one line. The date of birth after `3.` and
 * the number after `5.` were stored raw, as was the surname on one line (L7 of the probe of
 * 2026-12-06c). Read only where the card's shape is there: fields `1.`, `2.`, `3.` and `5.` in the
 * card's order (`4a.`-`4d.` between them or not), `1.` and `2.` names (capitalized words, with particles and commas), `3.` a
 * date first, `5.` a number of the licences' shapes (letters, digits, `/`, `-`, four digits or more);
 * the fields' values are then masked by their numbers: `1.` and `2.` as PERSON, `3.` as DOB (the
 * date and the place), `5.` as DRIVER_LICENSE, `8.` as ADDRESS. A numbered list (`1. Open the app
 * 2. Tap Settings …`) has no names there and stays.
 * One pass over the markers; each value is read up to the next marker or the line's end.
 */
const MARKER = /(?<![\p{L}\p{N}.])(1|2|3|4a|4b|4c|4d|5|7|8|9)\.[ \t]+/gu;

const KINDS: Readonly<Record<string, readonly [string, string]>> = {
  '1': ['PERSON', 'pii.person'],
  '2': ['PERSON', 'pii.person'],
  '3': ['DOB', 'pii.date_of_birth'],
  '5': ['DRIVER_LICENSE', 'pii.government_id'],
  '8': ['ADDRESS', 'pii.address'],
};
/** The order of the fields on the card (`4a.`-`4d.` in any order among themselves: the UK card prints `4a. 4c.` then `4b.`). */
const ORDER: Readonly<Record<string, number>> = { '1': 1, '2': 2, '3': 3, '4a': 4, '4b': 4, '4c': 4, '4d': 4, '5': 5, '7': 6, '8': 7, '9': 8 };
/** A date as field 3 starts (`12.08.1964`, `14/07/1990`, `21-06-1979`). */
const DATE_START = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}/;

/** A surname's particle in lower case (`van der Berg`, `Quarvell de la Fuente`, `GARCÍA y LÓPEZ`). */
const PARTICLE = '(?:da|das|de|del|della|der|des|di|do|dos|du|la|le|van|von|den|ten|ter|y|e|zu|af|av)';
/**
 * A name's value: one to eight capitalized words, one blank or a comma and a blank between them, lower-case
 * particles before or between them (`MUSTERMANN`, `ANNA MARIA`, `Dubois`, `RODRIGUES DOS SANTOS FERREIRA DA
 * COSTA`, `MARIE, ANNE`, `van der Berg`, `ST. JOHN`). Words and separators share no character: linear.
 */
const NAME_VALUE = new RegExp(`^(?:${PARTICLE}[ \\t]){0,3}\\p{Lu}[\\p{L}'’.\\-]*(?:,?[ \\t](?:\\p{Lu}[\\p{L}'’.\\-]*|${PARTICLE}(?=[ \\t]))){0,7}$`, 'u');
/** A licence number's value: letters, digits, blanks, `/` and `-` (Portugal's `L-1234567 8`), up to 24 characters, four digits or more. */
const NUMBER_VALUE = /^[A-Z0-9][A-Z0-9/ \-]{3,23}$/;

/** Whether the text may hold a licence's fields: `1.`, `3.` and `5.` (plain `includes`, no gate). */
export function mayHoldEuLicence(text: string): boolean {
  return text.includes('1.') && text.includes('3.') && text.includes('5.');
}

/** The value of markers[k], up to the next marker or the line's end, less trailing blanks and commas. */
function valueEnd(text: string, markers: ReadonlyArray<{ start: number; valueStart: number }>, k: number): number {
  const marker = markers[k] as { valueStart: number };
  const next = k + 1 < markers.length ? (markers[k + 1] as { start: number }).start : text.length;
  let end = marker.valueStart;
  while (end < next && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  while (end > marker.valueStart && /[\s,;]/.test(text[end - 1] as string)) end--;
  return end;
}

/** Whether a field's value has its field's shape (names, a date first, a licence number). */
function fieldShape(field: string, value: string): boolean {
  if (field === '1' || field === '2') return NAME_VALUE.test(value);
  if (field === '3') return DATE_START.test(value);
  if (field === '5') return NUMBER_VALUE.test(value) && (value.match(/\d/g) ?? []).length >= 4;
  return true;
}

export function detectEuLicenceFields(text: string, out: Detection[]): void {
  const markers: Array<{ field: string; start: number; valueStart: number }> = [];
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m !== null; m = MARKER.exec(text)) markers.push({ field: m[1] as string, start: m.index, valueStart: m.index + m[0].length });
  // A card is a run of markers in the card's order (none before the one before it); its fields then decide.
  let from = 0;
  while (from < markers.length) {
    let to = from + 1;
    while (to < markers.length && (ORDER[(markers[to] as { field: string }).field] as number) >= (ORDER[(markers[to - 1] as { field: string }).field] as number)) to++;
    const shaped = new Set<string>();
    for (let k = from; k < to; k++) {
      const marker = markers[k] as { field: string; valueStart: number };
      if (fieldShape(marker.field, text.slice(marker.valueStart, valueEnd(text, markers, k)))) shaped.add(marker.field);
    }
    if (shaped.has('1') && shaped.has('2') && shaped.has('3') && shaped.has('5')) {
      for (let k = from; k < to; k++) {
        const marker = markers[k] as { field: string; valueStart: number };
        const kind = KINDS[marker.field];
        const end = valueEnd(text, markers, k);
        if (kind === undefined || end <= marker.valueStart) continue;
        const value = text.slice(marker.valueStart, end);
        out.push({ start: marker.valueStart, end, type: kind[0], class: kind[1], normalized: value.toLowerCase() });
      }
    }
    from = to;
  }
}

/**
 * The same card's fields as an object's members named by their numbers, as an OCR service returns
 * them in JSON (`{ocr:{'1':'ROSSI','2':'GIULIA','3':'22/05/1988 ROMA','5':'U1B23C456D'}}`: the date of
 * birth and the number were stored raw; the open part of L7 of the probe of 2026-12-06c). The card's
 * shape as in text: members `1`, `2`, `3` and `5` (a dot after the number or not), each a string of its
 * field's shape (fieldShape); then the members `1`, `2`, `3`, `5`, `8` are masked whole, as their fields
 * in text are (KINDS: type and class; normalized in lower case, as in text, so one pseudonym). Returns
 * member name → [type, class], or undefined (no card: `{"1":"Open the app","3":"12.08.2024 update"}`,
 * a list's indexes, more than 24 members).
 */
export function euLicenceMembers(value: Readonly<Record<string, unknown>>, keys: readonly string[]): ReadonlyMap<string, readonly [string, string]> | undefined {
  if (keys.length < 4 || keys.length > 24) return undefined;
  const fields = new Map<string, string>();
  for (const key of keys) {
    const field = key.endsWith('.') ? key.slice(0, -1) : key;
    if (ORDER[field] !== undefined && !fields.has(field)) fields.set(field, key);
  }
  for (const field of ['1', '2', '3', '5']) {
    const key = fields.get(field);
    const text = key === undefined ? undefined : value[key];
    if (typeof text !== 'string' || !fieldShape(field, text.trim())) return undefined;
  }
  const out = new Map<string, readonly [string, string]>();
  for (const [field, key] of fields) {
    const kind = KINDS[field];
    if (kind !== undefined && typeof value[key] === 'string' && (value[key] as string).trim() !== '') out.set(key, kind);
  }
  return out;
}
