import { addressPartValue, columnKinds, emailColumnValue, NUMBER_KIND_DETECTIONS, holdsNoIdentifier, type ColumnKind } from './key-names.js';
import { personNormalForm } from './names.js';
import type { Detection } from './types.js';

// A database's constraint message quotes the row's values beside their columns' names:
// PostgreSQL's `Key (last_name, dob)=(havili, 1984-03-12) already exists.` (unique violation,
// SQLSTATE 23505), `… is not present in table "t".` and `… is still referenced from table "t".`
// (foreign keys, 23503), `… conflicts with existing key (…)=(…).` (exclusion, 23P01): the
// message's DETAIL, which drivers put into the error's message (node-postgres `detail`, Prisma,
// SQLAlchemy's IntegrityError text). A sixth fresh probe of 2026-12-03 found
// `{"error":{"message":"Key (last_name, dob)=(havili, 1984-03-12) already exists"}}` stored raw:
// a lower-case surname and a date with no birth label. The column list is read as a column table's
// header and SQL's column list are (key-names.ts columnKinds), and each value is masked by its column's name: a person's name
// (`last_name`, `first_name`, `patient_name`; a generic `name` beside another personal column), a
// date of birth (`dob`, `birth_date`), a government id (`ssn`, `national_id`), a part of a postal
// address (`postcode`, `street`), a card, phone or account number, an email, a secret. Values are
// split at `, ` when that gives one per column; otherwise (a value holding `, `) the whole tuple is
// masked as its first personal column's kind. Other columns (`id`, `tenant_id`, `sku`) stay, and
// the text detectors still read them.

/**
 * `Key (columns)=(`, or an exclusion violation's `… conflicts with existing key (columns)=(`: group 1
 * the column list (no parentheses: expression indexes are not read).
 */
const KEY_DETAIL = /\b(?:Key|existing key) \(([^()=\n]{1,512})\)=\(/g;
/** What ends the values: the message's words after them, or the line's last `)`. */
const VALUES_END = /\) (?:already exists|is not present in table|is still referenced from table|conflicts with existing key)/g;

const PERSON = { type: 'PERSON', class: 'pii.person' };
const KINDS: Partial<Record<ColumnKind, { type: string; class: string }>> = {
  identity: { type: 'SSN', class: 'pii.government_id' },
  email: { type: 'EMAIL', class: 'pii.email' },
  secret: { type: 'SECRET', class: 'secret' },
  ...NUMBER_KIND_DETECTIONS,
};
/** A government id's column (`passport`, `national_id`) is masked as `identity`'s (SSN), as before. */
const GOVERNMENT_ID_KINDS: ReadonlySet<ColumnKind> = new Set(['NATIONAL_ID', 'PASSPORT', 'DRIVER_LICENSE', 'SOCIAL', 'RG', 'NIP', 'IK', 'ANUMBER']);

/**
 * Finds the values of a database constraint message's key by their columns' names.
 * @param text any string holding `)=(`.
 * @param out detections are appended, one per value whose column names personal data.
 */
export function detectKeyDetails(text: string, out: Detection[]): void {
  KEY_DETAIL.lastIndex = 0;
  // The next line break and the next VALUES_END at or after a position, asked at positions that
  // only grow: each search starts where the last one's answer no longer holds, so the text is read
  // once. Searched afresh for every key, both read on to the text's end (quadratic; issue 11).
  let newline = -2;
  let ending: RegExpExecArray | null | undefined;
  for (let m = KEY_DETAIL.exec(text); m !== null; m = KEY_DETAIL.exec(text)) {
    const columns = (m[1] as string).split(',').map((column) => column.trim().replace(/^"|"$/g, ''));
    if (columns.length > 32 || columns.some((column) => column === '')) continue;
    const kinds = columnKinds(columns);
    if (kinds.every((kind) => kind === 'none')) continue;
    const from = m.index + m[0].length;
    if (newline !== -1 && newline < from) newline = text.indexOf('\n', from);
    const lineEnd = newline === -1 ? text.length : newline;
    if (ending === undefined || (ending !== null && ending.index < from)) {
      VALUES_END.lastIndex = from;
      ending = VALUES_END.exec(text);
    }
    const to = ending !== null && ending.index < lineEnd ? ending.index : text.lastIndexOf(')', lineEnd - 1);
    if (to < from) continue;
    KEY_DETAIL.lastIndex = to;
    const tuple = text.slice(from, to);
    const values = tuple.split(', ');
    if (values.length === columns.length) {
      let at = from;
      for (let c = 0; c < values.length; c++) {
        const value = values[c] as string;
        pushColumnValue(out, kinds[c] as ColumnKind, at, value);
        at += value.length + 2;
      }
    } else {
      pushColumnValue(out, kinds.find((kind) => kind !== 'none') as ColumnKind, from, tuple);
    }
  }
}

/**
 * Appends the detection of one value under a column of `kind` (key-names.ts columnKind), from
 * `start` in the text; its blanks around are left out. Nothing for `none`, an empty value, SQL's
 * `null`, a placeholder under a government id (holdsNoIdentifier), a name without a letter, an
 * address part not of its part's shape (addressPartValue), an email's not of an email's
 * (emailColumnValue: `x`, `n/a`). Also SQL's values (detectors.ts).
 */
export function pushColumnValue(out: Detection[], kind: ColumnKind, start: number, value: string): void {
  const trimmed = value.trim();
  if (kind === 'none' || trimmed === '' || trimmed === 'null') return;
  const id = kind === 'identity' || GOVERNMENT_ID_KINDS.has(kind);
  if (id && holdsNoIdentifier(trimmed)) return;
  start += value.length - value.trimStart().length;
  const end = start + trimmed.length;
  if (kind === 'person') {
    if (/\p{L}/u.test(trimmed)) out.push({ start, end, ...PERSON, normalized: personNormalForm(trimmed) });
  } else if (kind === 'dob') {
    // As under a `dob` member (redactor.ts): the value as written, lower case.
    out.push({ start, end, type: 'DOB', class: 'pii.date_of_birth', normalized: trimmed.toLowerCase() });
  } else if (kind === 'address' || kind === 'addressNumber') {
    if (addressPartValue(kind === 'addressNumber', trimmed)) out.push({ start, end, type: 'ADDRESS', class: 'pii.address', normalized: trimmed.toLowerCase().replace(/[\s,]+/g, ' ') });
  } else if (kind !== 'email' || emailColumnValue(trimmed)) {
    const { type, class: dataClass } = KINDS[id ? 'identity' : kind] as { type: string; class: string };
    out.push({ start, end, type, class: dataClass, normalized: type === 'EMAIL' ? trimmed.toLowerCase() : type === 'SECRET' ? trimmed : trimmed.replace(/[\s\-./()]/g, '').toUpperCase() });
  }
}
