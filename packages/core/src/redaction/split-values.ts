import type { JsonValue } from '../spec/event.js';
import { cardIssuer, ibanValid, luhnValid, ssnValid } from './internal/checks.js';
import { isDobKeyName } from './key-names.js';

// Numbers split across the members of one object, as web forms send them: a card in four boxes
// (`cc1`…`cc4`, `card_number_1`…, `ccPart1`…), an SSN in three (`ssn1`, `ssn_2`, `ssn_3`), a
// phone in parts (`phone1`…, or a North American `area_code` / `prefix` (`exchange`) / `line`).
// No member holds enough digits for a detector, so each is masked only when the parts, read in
// their order, make the whole number:
//  - a card: a stem naming one (`cc`, `card`, `pan`, `credit`, `debit`, `karte`, `tarjeta`,
//    `carte`), 13 to 19 digits with a valid Luhn check digit (ISO/IEC 7812-1) and a known issuer
//    range (four numbers of four digits pass that one time in ten: `q1`…`q4` sales stay);
//  - an SSN: a stem naming one (`ssn`, `social`), 3 + 2 + 4 digits, a valid area and group
//    (SSA rules, as the SSN detector);
//  - a phone: a stem naming one (`phone`, `tel`, `mobile`, `cellphone`, `fax`; not an extension,
//    `phone_ext1`) and 7 to 15 digits in all, or area code + prefix + line of 3 + 3 + 4 digits
//    whose area code and prefix start with 2-9 (NANP).
// Parts are the members whose names differ only by a trailing index (1-6, or 0-5), each value
// 1 to 6 digits (a string with optional spaces or dashes, or a whole number); at most 32 members
// are looked at. Every part is then masked as the whole number (one pseudonym for all of them).
// A date of birth split the same way, as web forms send it (`dob_day`/`dob_month`/`dob_year`,
// `birthYear`…, `yearOfBirth`/`monthOfBirth`, or `day`/`month`/`year`, `dd`/`mm`/`yyyy`, `d`/`m`/`y`
// under a member naming a date of birth: `dateOfBirth: { year, month, day }`): splitDateMembers.

export interface SplitPart {
  type: 'CARD' | 'SSN' | 'PHONE' | 'DOB' | 'IBAN';
  dataClass: string;
  /** The whole number, digits only (a date of birth as `YYYY-MM-DD` or `YYYY-MM`): the pseudonym's input. */
  whole: string;
  /** True for the group's first member (the vault and session memory take the whole number once). */
  first: boolean;
}

/** A name ending in an index 0-6; group 1 the stem (any characters: a spreadsheet header `Phone\n1` keeps its line break). */
const INDEXED = /^(.*?)(?:[_\-. ]?(?:part|p|no|nr|num)?)[_\-. ]?([0-6])$/is;
const PHONE_STEM = /(?:phone|tel|mobile|cellphone|cellular|fax|handy)/i;
/** Extensions are no part of the number (`phone_ext1`). */
const EXTENSION_STEM = /(?:ext|extension|durchwahl)$/i;
/** A card is read only under a name that says so: four numbers of four digits pass Luhn one time in ten (`q1`…`q4`, `room1`…). */
const CARD_STEM = /(?:cc|card|pan|credit|debit|karte|tarjeta|carte|cartao|cartão|kk)/i;
const SSN_STEM = /(?:ssn|social)/i;

function digitsOf(value: JsonValue | undefined): string | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? String(value) : undefined;
  if (typeof value !== 'string' || value.length > 12) return undefined;
  const digits = value.replace(/[\s-]/g, '');
  return /^\d{1,6}$/.test(digits) ? digits : undefined;
}

function classify(stem: string, parts: readonly string[]): Pick<SplitPart, 'type' | 'dataClass'> | undefined {
  const whole = parts.join('');
  if (CARD_STEM.test(stem) && whole.length >= 13 && whole.length <= 19 && luhnValid(whole) && cardIssuer(whole) !== undefined) return { type: 'CARD', dataClass: 'payment.card' };
  if (SSN_STEM.test(stem) && parts.length === 3 && parts[0]?.length === 3 && parts[1]?.length === 2 && parts[2]?.length === 4 && ssnValid(whole)) return { type: 'SSN', dataClass: 'pii.government_id' };
  if (PHONE_STEM.test(stem) && !EXTENSION_STEM.test(stem) && whole.length >= 7 && whole.length <= 15) return { type: 'PHONE', dataClass: 'pii.phone' };
  return undefined;
}

const NANP_PARTS: ReadonlyArray<readonly string[]> = [
  ['areacode', 'area'],
  ['prefix', 'exchange', 'exchangecode', 'centraloffice'],
  ['line', 'linenumber', 'subscriber', 'subscribernumber', 'suffix'],
];
const NANP_NAMES: ReadonlySet<string> = new Set(NANP_PARTS.flat());
/** nanpName's cache: '' for a key that names no part. */
const nanpNames = new Map<string, string>();
/** The NANP part a key names (`area_code`, `phoneLine`), normalized as NANP_PARTS spells them; undefined for other keys. */
function nanpName(key: string): string | undefined {
  // Key names recur in every event: each is normalized once (bounded, names of up to 64 characters).
  const known = nanpNames.get(key);
  if (known !== undefined) return known === '' ? undefined : known;
  const name = key.toLowerCase().replace(/[_\-. ]/g, '').replace(/^phone/, '');
  const part = NANP_NAMES.has(name) ? name : undefined;
  if (key.length <= 64) {
    if (nanpNames.size >= 4096) nanpNames.clear();
    nanpNames.set(key, part ?? '');
  }
  return part;
}

/**
 * The members of `object` that hold parts of one split number, each with what it is part of.
 *
 * @param object a JSON object as the redactor walks it
 * @param keys its member names
 * @returns undefined when no group of members makes a number
 */
export function splitNumberMembers(object: Readonly<Record<string, JsonValue>>, keys: readonly string[], parent?: string): Map<string, SplitPart> | undefined {
  if (keys.length < 2 || keys.length > 32) return undefined;
  let out: Map<string, SplitPart> | undefined = splitDateMembers(object, keys, parent);
  let groups: Map<string, Array<{ key: string; index: number; digits: string }>> | undefined;
  for (const key of keys) {
    // INDEXED ends in a digit 0-6: other keys (most) are not read by it.
    const last = key.charCodeAt(key.length - 1);
    if (!(last >= 48 && last <= 54)) continue;
    const match = INDEXED.exec(key);
    if (match === null) continue;
    const digits = digitsOf(object[key]);
    if (digits === undefined) continue;
    const stem = (match[1] as string).toLowerCase().replace(/[_\-. ]/g, '');
    groups ??= new Map();
    const group = groups.get(stem) ?? [];
    group.push({ key, index: Number(match[2]), digits });
    groups.set(stem, group);
  }
  for (const [stem, group] of groups ?? []) {
    if (group.length < 2) continue;
    group.sort((a, b) => a.index - b.index);
    // Consecutive indexes from 0 or 1: the parts of one number, in order.
    const base = group[0]?.index as number;
    if (base > 1 || group.some((part, i) => part.index !== base + i)) continue;
    const kind = classify(stem, group.map((part) => part.digits));
    if (kind === undefined) continue;
    const whole = group.map((part) => part.digits).join('');
    out ??= new Map();
    group.forEach((part, i) => out?.set(part.key, { ...kind, whole, first: i === 0 }));
  }
  // A North American number in named parts: area code, prefix (exchange), line.
  // Only the keys that name a part are kept (the last of each name wins, as in a Map of all keys).
  let parts: Map<string, string> | undefined;
  for (const key of keys) {
    const name = nanpName(key);
    if (name !== undefined) (parts ??= new Map()).set(name, key);
  }
  if (parts === undefined) return out;
  const normalized = parts;
  const named = NANP_PARTS.map((names) => names.map((name) => normalized.get(name)).find((key) => key !== undefined));
  if (named.every((key) => key !== undefined)) {
    const digits = named.map((key) => digitsOf(object[key as string]));
    // NANP: the area code and the prefix start with 2-9 (ATIS-0300070). An area-code box may hold
    // the country code 1 too (`1415`, `1 415`): the number is the same, named without it.
    if (/^1[2-9]\d\d$/.test(digits[0] ?? '')) digits[0] = (digits[0] as string).slice(1);
    if (/^[2-9]\d\d$/.test(digits[0] ?? '') && /^[2-9]\d\d$/.test(digits[1] ?? '') && digits[2]?.length === 4) {
      const whole = digits.join('');
      out ??= new Map();
      named.forEach((key, i) => out?.set(key as string, { type: 'PHONE', dataClass: 'pii.phone', whole, first: i === 0 }));
    }
  }
  return out;
}

/** A date's part by its word: the words themselves, and the short forms (`dd`, `mm`, `yyyy`, `yy`). */
const DATE_PART_WORDS: ReadonlyMap<string, DatePart> = new Map([['day', 'day'], ['month', 'month'], ['year', 'year'], ['dd', 'day'], ['mm', 'month'], ['yyyy', 'year'], ['yy', 'year']]);
/** Bare member names of a date's parts, read only under a member naming a date of birth (`dob: { d, m, y }`). */
const BARE_DATE_PARTS: ReadonlyMap<string, DatePart> = new Map([...DATE_PART_WORDS, ['d', 'day'], ['m', 'month'], ['y', 'year']]);
type DatePart = 'day' | 'month' | 'year';
/** A member name that says birth: `dob`, `birth`, `born` (and the words of the DOB keys in other languages). */
const BIRTH_STEM = /(?:dob|birth|born|geburt|naissance|nacimiento|nascita|geboorte)/;
/** A date part after its stem (`dobday`, `patientbirthyear`), or before `ofbirth` (`yearofbirth`). */
const STEM_PART = /^(.*?)(day|month|year|dd|mm|yyyy|yy)$/;
const PART_OF_BIRTH = /^(day|month|year)of(birth)$/;
/** Last characters of the member names a date's part can have (`day`, `dd`, `d`, `month`, `birth`, `year`, `mm`, `m`, `yy`): others are not read. */
const DATE_PART_ENDS = new Set([100, 104, 109, 114, 121]);
/** datePartOf's cache: the stem and the part as `stem\tpart`, '' for a name that is no part. */
const datePartNames = new Map<string, string>();
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The stem (`''` for a bare part) and the part a member name names, or undefined (cached, names of up to 64 characters). */
function datePartOf(key: string): [string, DatePart] | undefined {
  const known = datePartNames.get(key);
  if (known === undefined) {
    const name = key.toLowerCase().replace(/[_\-. ]/g, '');
    let found = '';
    const bare = BARE_DATE_PARTS.get(name);
    if (bare !== undefined) found = `\t${bare}`;
    else {
      const of = PART_OF_BIRTH.exec(name);
      const stemmed = of === null ? STEM_PART.exec(name) : null;
      if (of !== null) found = `${of[2] as string}\t${of[1] as string}`;
      else if (stemmed !== null && BIRTH_STEM.test(stemmed[1] as string)) found = `${stemmed[1] as string}\t${DATE_PART_WORDS.get(stemmed[2] as string) as string}`;
    }
    if (key.length <= 64) {
      if (datePartNames.size >= 4096) datePartNames.clear();
      datePartNames.set(key, found);
    }
    if (found === '') return undefined;
    const tab = found.indexOf('\t');
    return [found.slice(0, tab), found.slice(tab + 1) as DatePart];
  }
  if (known === '') return undefined;
  const tab = known.indexOf('\t');
  return [known.slice(0, tab), known.slice(tab + 1) as DatePart];
}

/** A date part's value, normalized (`03`, `1985`), or undefined when it is none of that part: a day 1-31, a month 1-12 or its English name, a year of two digits or 1870 to 2099. */
function datePartValue(part: DatePart, value: JsonValue | undefined): string | undefined {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) return undefined;
    value = String(value);
  }
  if (typeof value !== 'string' || value.length > 12) return undefined;
  const text = value.trim().toLowerCase();
  if (part === 'year') {
    if (/^\d{2}$/.test(text)) return text;
    return /^\d{4}$/.test(text) && Number(text) >= 1870 && Number(text) <= 2099 ? text : undefined;
  }
  if (part === 'month' && /^[a-z]{3,9}\.?$/.test(text)) {
    const index = MONTHS.indexOf(text.slice(0, 3));
    return index >= 0 && ('january february march april may june july august september october november december'.split(' ')[index] as string).startsWith(text.replace(/\.$/, '')) ? String(index + 1).padStart(2, '0') : undefined;
  }
  if (!/^\d{1,2}$/.test(text)) return undefined;
  const number = Number(text);
  return number >= 1 && number <= (part === 'day' ? 31 : 12) ? String(number).padStart(2, '0') : undefined;
}

/**
 * The members of `object` that hold the parts of one date of birth: a year and a month (a day too,
 * or not) whose names share a stem that says birth (`dob_day`, `dobMonth`, `patient_birth_year`,
 * `yearOfBirth`/`monthOfBirth`), or bare part names (`day`, `dd`, `d`, ...) when the object is under a
 * member naming a date of birth (`parent`: `dob`, `dateOfBirth`, `birth`, key-names.ts isDobKeyName),
 * each value of its part's shape (datePartValue). Every part is masked as the whole date (`YYYY-MM-DD`,
 * or `YYYY-MM` without a day): one pseudonym for all of them. A year alone (`birth_year`) is no date
 * of birth here, and no other date is read (`start_day`, `expiry_month`, a report's `{ year, month }`).
 */
function splitDateMembers(object: Readonly<Record<string, JsonValue>>, keys: readonly string[], parent: string | undefined): Map<string, SplitPart> | undefined {
  let groups: Map<string, Partial<Record<DatePart, [string, string]>>> | undefined;
  let birthParent: boolean | undefined;
  for (const key of keys) {
    if (!DATE_PART_ENDS.has(key.charCodeAt(key.length - 1) | 32)) continue;
    const named = datePartOf(key);
    if (named === undefined) continue;
    const [stem, part] = named;
    if (stem === '') {
      birthParent ??= parent !== undefined && parent.length <= 64 && (BIRTH_STEM.test(parent.toLowerCase()) || isDobKeyName(parent));
      if (!birthParent) continue;
    }
    const value = datePartValue(part, object[key]);
    if (value === undefined) continue;
    groups ??= new Map();
    const group = groups.get(stem) ?? {};
    if (group[part] === undefined) group[part] = [key, value];
    groups.set(stem, group);
  }
  let out: Map<string, SplitPart> | undefined;
  for (const group of groups?.values() ?? []) {
    const { year, month, day } = group;
    if (year === undefined || month === undefined) continue;
    const whole = `${year[1]}-${month[1]}${day === undefined ? '' : `-${day[1]}`}`;
    const members = [year[0], month[0], ...(day === undefined ? [] : [day[0]])];
    out ??= new Map();
    for (const key of keys) if (members.includes(key)) out.set(key, { type: 'DOB', dataClass: 'pii.date_of_birth', whole, first: key === keys.find((name) => members.includes(name)) });
  }
  return out;
}

/** A group of a number as one item of a list: 1 to 6 digits (a string, or a whole number), a phone's country code with its `+`. */
const DIGIT_GROUP = /^\+?\d{1,6}$/;
/** A phone's first group as area-code boxes send it, in parentheses (`(415)`, `(020)`, `(+44)`): group 1 the digits. */
const PHONE_AREA_GROUP = /^\((\+?\d{1,5})\)$/;
/** A group of an IBAN: 1 to 6 letters and digits. */
const IBAN_GROUP = /^[A-Za-z0-9]{1,6}$/;

/**
 * A number given as a list of its groups under a member naming a card, a phone or an account, as
 * forms of four card boxes or three phone boxes send it (L12 of the probe of 2026-12-06:
 * `{"card_number": ["4111", "1111", "1111", "1111"]}`, `{"phone": ["415", "555", "0198"]}`,
 * `{"iban": ["GB29", "NWBK", …]}`, the groups as numbers too): the whole number, when the groups
 * joined in order make one of the kind the member names, else undefined. No item alone holds
 * enough for a detector, and each is masked as the whole number (one pseudonym for all):
 *  - `CARD`: 2 to 8 groups of digits, 13 to 19 digits with a valid Luhn check digit and a known
 *    issuer range, as split members are read;
 *  - `PHONE`: 7 to 15 digits in 3 to 6 groups, or in 2 when the first starts with `+` or `0` (a
 *    country code or a trunk prefix: `["07700", "900417"]`); a list of two extensions stays; the
 *    first group may stand in parentheses, as an area code's box writes it (`["(415)", "555", "0198"]`);
 *  - `ACCOUNT` (an account or IBAN member): 2 to 10 groups of letters and digits that make a valid
 *    IBAN (ISO 13616 mod-97).
 * A list whose items are whole numbers of their own (`phones: ["+44 7700 900123", …]`) holds no
 * groups and is read item by item as before.
 */
export function digitGroupsOf(kind: 'CARD' | 'PHONE' | 'ACCOUNT', items: readonly JsonValue[]): Omit<SplitPart, 'first'> | undefined {
  if (items.length < 2 || items.length > 10) return undefined;
  const groups: string[] = [];
  for (const item of items) {
    let text = typeof item === 'number' ? (Number.isSafeInteger(item) && item >= 0 ? String(item) : '') : typeof item === 'string' ? item.trim() : '';
    // A phone's first group in parentheses (`["(415)", "555", "0198"]`; the open part of L12 of 2026-12-06): its digits.
    if (kind === 'PHONE' && groups.length === 0) text = PHONE_AREA_GROUP.exec(text)?.[1] ?? text;
    if (!(kind === 'ACCOUNT' ? IBAN_GROUP : DIGIT_GROUP).test(text)) return undefined;
    groups.push(text);
  }
  const whole = groups.join('');
  if (kind === 'ACCOUNT') {
    const compact = whole.toUpperCase();
    return ibanValid(compact) ? { type: 'IBAN', dataClass: 'financial.iban', whole: compact } : undefined;
  }
  if (whole.indexOf('+') > 0) return undefined;
  const digits = whole.replace('+', '');
  if (kind === 'CARD') return items.length <= 8 && !whole.startsWith('+') && digits.length >= 13 && digits.length <= 19 && luhnValid(digits) && cardIssuer(digits) !== undefined ? { type: 'CARD', dataClass: 'payment.card', whole: digits } : undefined;
  const first = groups[0] as string;
  if (items.length > 6 || (items.length === 2 && !first.startsWith('+') && !first.startsWith('0'))) return undefined;
  return digits.length >= 7 && digits.length <= 15 ? { type: 'PHONE', dataClass: 'pii.phone', whole } : undefined;
}
