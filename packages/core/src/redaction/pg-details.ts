import {
  DEFAULT_IDENTITY_KEYS,
  addressPartValue,
  governmentIdKey,
  hasSurnameKey,
  holdsNoIdentifier,
  isAddressPartKeyName,
  isDobKeyName,
  isGenericNameKey,
  isNumberedAddressPart,
  isPersonKeyName,
  matchKeyName,
  namesSecret,
  normalizeKeyName,
  numberKeyKind,
} from './key-names.js';
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
// header is (redactor.ts), and each value is masked by its column's name: a person's name
// (`last_name`, `first_name`, `patient_name`; a generic `name` beside another personal column), a
// date of birth (`dob`, `birth_date`), a government id (`ssn`, `national_id`), a part of a postal
// address (`postcode`, `street`), a card, phone or account number, an email, a secret. Values are
// split at `, ` when that gives one per column; otherwise (a value holding `, `) the whole tuple is
// masked as its first personal column's kind. Other columns (`id`, `tenant_id`, `sku`) stay, and
// the text detectors still read them.

/** `Key (columns)=(`: group 1 the column list (no parentheses: expression indexes are not read). */
const KEY_DETAIL = /\bKey \(([^()=\n]{1,512})\)=\(/g;
/** What ends the values: the message's words after them, or the line's last `)`. */
const VALUES_END = /\) (?:already exists|is not present in table|is still referenced from table|conflicts with existing key)/g;

type ColumnKind = { type: string; class: string } | 'person' | 'dob' | 'address' | 'addressNumber' | undefined;

const PERSON = { type: 'PERSON', class: 'pii.person' };
const KINDS = {
  SSN: { type: 'SSN', class: 'pii.government_id' },
  EMAIL: { type: 'EMAIL', class: 'pii.email' },
  SECRET: { type: 'SECRET', class: 'secret' },
  CARD: { type: 'CARD', class: 'payment.card' },
  PHONE: { type: 'PHONE', class: 'pii.phone' },
  ACCOUNT: { type: 'ACCOUNT_NUMBER', class: 'financial.account' },
};
const identityKeyNames = DEFAULT_IDENTITY_KEYS.map(normalizeKeyName);
const EMAIL_COLUMN = /^(?:e?mail|emailaddress|mailaddress|correo|courriel|useremail|contactemail)$/;

function columnKind(name: string, personal: boolean): ColumnKind {
  if (isPersonKeyName(name)) return 'person';
  if (isDobKeyName(name)) return 'dob';
  if (isAddressPartKeyName(name)) return isNumberedAddressPart(name) ? 'addressNumber' : 'address';
  if (matchKeyName(name, identityKeyNames) !== undefined || governmentIdKey(name) !== undefined) return KINDS.SSN;
  if (EMAIL_COLUMN.test(normalizeKeyName(name))) return KINDS.EMAIL;
  if (namesSecret(name)) return KINDS.SECRET;
  const number = numberKeyKind(name);
  if (number !== undefined) return KINDS[number];
  return personal && isGenericNameKey(name) ? 'person' : undefined;
}

/**
 * Finds the values of a database constraint message's key by their columns' names.
 * @param text any string holding `)=(`.
 * @param out detections are appended, one per value whose column names personal data.
 */
export function detectKeyDetails(text: string, out: Detection[]): void {
  KEY_DETAIL.lastIndex = 0;
  for (let m = KEY_DETAIL.exec(text); m !== null; m = KEY_DETAIL.exec(text)) {
    const columns = (m[1] as string).split(',').map((column) => column.trim().replace(/^"|"$/g, ''));
    if (columns.length > 32 || columns.some((column) => column === '')) continue;
    const first = columns.map((column) => columnKind(column, false));
    const personal = first.some((kind) => kind !== undefined) || hasSurnameKey(columns);
    const kinds = personal ? columns.map((column) => columnKind(column, true)) : first;
    if (kinds.every((kind) => kind === undefined)) continue;
    const from = m.index + m[0].length;
    const lineEnd = text.indexOf('\n', from) === -1 ? text.length : text.indexOf('\n', from);
    VALUES_END.lastIndex = from;
    const ending = VALUES_END.exec(text);
    const to = ending !== null && ending.index < lineEnd ? ending.index : text.lastIndexOf(')', lineEnd - 1);
    if (to < from) continue;
    KEY_DETAIL.lastIndex = to;
    const tuple = text.slice(from, to);
    const values = tuple.split(', ');
    if (values.length === columns.length) {
      let at = from;
      for (let c = 0; c < values.length; c++) {
        const value = values[c] as string;
        push(out, kinds[c], at, value);
        at += value.length + 2;
      }
    } else {
      push(out, kinds.find((kind) => kind !== undefined), from, tuple);
    }
  }
}

function push(out: Detection[], kind: ColumnKind, start: number, value: string): void {
  const trimmed = value.trim();
  // `null` is SQL's; under an identity column a placeholder is no identifier (holdsNoIdentifier).
  if (kind === undefined || trimmed === '' || trimmed === 'null' || (kind === KINDS.SSN && holdsNoIdentifier(trimmed))) return;
  start += value.length - value.trimStart().length;
  const end = start + trimmed.length;
  if (kind === 'person') {
    if (/\p{L}/u.test(trimmed)) out.push({ start, end, ...PERSON, normalized: personNormalForm(trimmed) });
  } else if (kind === 'dob') {
    // As under a `dob` member (redactor.ts): the value as written, lower case.
    out.push({ start, end, type: 'DOB', class: 'pii.date_of_birth', normalized: trimmed.toLowerCase() });
  } else if (kind === 'address' || kind === 'addressNumber') {
    if (addressPartValue(kind === 'addressNumber', trimmed)) out.push({ start, end, type: 'ADDRESS', class: 'pii.address', normalized: trimmed.toLowerCase().replace(/[\s,]+/g, ' ') });
  } else {
    out.push({ start, end, type: kind.type, class: kind.class, normalized: kind.type === 'EMAIL' ? trimmed.toLowerCase() : kind.type === 'SECRET' ? trimmed : trimmed.replace(/[\s\-./()]/g, '').toUpperCase() });
  }
}
