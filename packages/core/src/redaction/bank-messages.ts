import { normalizeHealthId } from './health-ids.js';
import { ibanValid } from './internal/checks.js';
import { type FieldKind, pushField } from './internal/field-kinds.js';
import type { Detection } from './types.js';

/**
 * Bank messages and payment files in text (third probe of 2026-12-04, H3): SWIFT MT customer
 * transfers and statements, and NACHA ACH files, as agents read them from payment gateways,
 * treasury tools and logs. A customer's name, address and account sit in a field whatever they
 * look like (`QXARO VLINTUK` in capitals, an account of digits alone), so they are masked by
 * field, as edi.ts and hl7.ts mask X12 and HL7 v2 by position. Names in these fields are masked
 * whatever the name lists hold; a firm's name there is masked too (the field does not say which).
 *
 * SWIFT MT (SWIFT Standards MT, Category 1 and 9; a field is `:TAG:` at a line's start, or after
 * the text block's `{4:`, and runs to the next field's tag or the block's end `-}`):
 *  - 50K, 50H (ordering customer) and 59 (beneficiary customer) of MT103, MT101, MT202 COV:
 *    `[/34x]` an account line (payments.ts masks it; an IBAN is the IBAN detector's), then
 *    `4*35x` name and address: the first line is the name (`PERSON`), the others the address
 *    (`ADDRESS`);
 *  - 50F and 59F (structured party, field 50F's code words): the party identifier line
 *    `/account` or `CODE/CC/identifier` (ARNU, CCPT, DRLC, NIDN, SOSE, TXID a government id,
 *    `NATIONAL_ID`; CUST, EMPL a customer's or employee's number, `ACCOUNT_NUMBER`), then numbered
 *    lines: `1/` name, `2/` address line, `3/` country and town, `4/` date of birth (`DOB`),
 *    `5/` country and place of birth, `6/` country, issuer and customer id, `7/` country and
 *    national id, `8/` the previous line continued; a country code stays;
 *  - 86 of MT940 and MT942 (information to the account owner) in the German structure of the
 *    DFÜ-Abkommen (Anlage 3, SEPA and DTAUS business transactions): `?NN` subfields, `?31` the
 *    counterparty's account or IBAN, `?32` and `?33` their name; `?30` is their bank's BIC or
 *    sort code (kept) unless it holds an IBAN; or in the `/CODE/value` structure of Dutch and
 *    other banks (`/NAME/`, `/IBAN/`, `/ADDR/`; `/BIC/`, `/EREF/`, `/REMI/` stay).
 * Kept: the reference (20), the value date, currency and amount (32A), the statement lines (61),
 * balances (60F, 62F), bank identifier codes (50A, 52A, 57A), the remittance text (70: left to
 * the text detectors).
 *
 * NACHA (the ACH file format of the NACHA Operating Rules, Appendix Three): records of 94
 * characters, one a line. In an entry detail record (type 6, a transaction code, the receiving
 * bank's routing number, an amount of ten digits, the addenda indicator and a trace number of
 * fifteen digits at their positions) positions 13-29 are the DFI account number
 * (`ACCOUNT_NUMBER`), 40-54 the individual identification number (the receiver's number at the
 * originator, `ACCOUNT_NUMBER`) and 55-76 the individual's name (`PERSON`). The batch header's
 * company name (a firm) and the file header's bank names stay.
 *
 * Linear: the MT tags are found by indexOf and each field's lines read once; NACHA's lines once.
 *
 * Missed: MT fields on one line without their line breaks (name and address cannot be told
 * apart), `:86:` in free text (left to the text detectors), the names of NACHA's IAT addenda
 * records (710-716) and of the addenda's payment information.
 */

/**
 * A NACHA entry detail record's fields as JSON members (a fourth probe of 2026-12-04, J23: ACH
 * libraries and bank APIs write the entry as an object, moov-io/ach `individualName`,
 * `identificationNumber`, `DFIAccountNumber`): the member names of the individual identification
 * number (positions 40-54 of the record), lower case without `_`, `-`, `.`, held as its text form
 * is (`ACCOUNT_NUMBER`). The name (`individualName`) is a person's name by the key-name rules; the
 * DFI account number by the account rules. `identificationNumber` alone names no NACHA field (any
 * record has one): only with `individual` or `receiver` before it.
 */
export const NACHA_ID_MEMBERS: ReadonlySet<string> = new Set([
  'individualidnumber', 'individualidentificationnumber', 'individualidno', 'individualidentification',
  'receiveridnumber', 'receiveridentificationnumber', 'receiverindividualid', 'receiverid',
]);

/** An MT field tag this reader knows, read at a `:` found by indexOf. */
const MT_TAG = /:(50[HKF]|59F?|86):/y;
/** The next field's tag, or the text block's end, at a line's start. */
const MT_NEXT = /^[ \t>]{0,8}(?::\d{2}[A-Z]?:|-\}|-$)/;
/** The party identifier of 50F: a code, a country and the identifier. */
const PARTY_CODE = /^(ARNU|CCPT|CUST|DRLC|EMPL|NIDN|SOSE|TXID)\/[A-Z]{2}\/(?:.*\/)?/;
/** The kind of each numbered line of 50F and 59F, and whether a country code leads it. */
const NUMBERED: Readonly<Record<string, [FieldKind, boolean]>> = {
  '1': ['name', false],
  '2': ['address', false],
  '3': ['address', true],
  '4': ['date', false],
  '5': ['address', true],
  '6': ['nationalId', true],
  '7': ['nationalId', true],
};

/** Finds the personal fields of SWIFT MT messages and NACHA files in `text` (see the module comment). */
export function detectBankMessages(text: string, out: Detection[]): void {
  if (text.includes(':50') || text.includes(':59') || text.includes(':86:')) swiftFields(text, out);
  if (text.length >= 94) nachaEntries(text, out);
}

/** The lines of a field from `from` (after its tag) as [start, end) offsets, up to the next tag or `max` lines. */
function fieldLines(text: string, from: number, max: number): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  let start = from;
  while (start <= text.length && lines.length < max) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const lineEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    const line = text.slice(start, lineEnd);
    if (lines.length > 0 && (MT_NEXT.test(line) || line.trim() === '')) break;
    // The last line may end with the block's `-}`.
    const close = line.indexOf('-}');
    lines.push([start, close === -1 ? lineEnd : start + close]);
    if (close !== -1) break;
    start = end + 1;
  }
  return lines;
}

/** Whether the tag's `:` at `at` starts its line (after at most 8 blanks or `>`), or follows the text block's `{4:`. */
function atLineStart(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && at - i < 8 && (text[i - 1] === ' ' || text[i - 1] === '\t' || text[i - 1] === '>')) i--;
  return i === 0 || text[i - 1] === '\n' || text[i - 1] === '\r' || (i >= 3 && text.startsWith('{4:', i - 3));
}

function swiftFields(text: string, out: Detection[]): void {
  // The candidates: each `:50`, `:59`, `:86:` (a time `10:59:00` is one, and fails at its line's start).
  const tags: Array<[at: number, tag: string]> = [];
  for (const cue of [':50', ':59', ':86:']) {
    for (let at = text.indexOf(cue); at !== -1; at = text.indexOf(cue, at + 1)) {
      MT_TAG.lastIndex = at;
      const tag = MT_TAG.exec(text);
      if (tag !== null && atLineStart(text, at)) tags.push([at + tag[0].length, tag[1] as string]);
    }
  }
  tags.sort((a, b) => a[0] - b[0]);
  let done = 0;
  for (const [from, tag] of tags) {
    if (from < done) continue;
    const lines = fieldLines(text, from, tag === '86' ? 16 : 6);
    if (tag === '86') information(text, lines, out);
    else if (tag === '50F' || tag === '59F') structuredParty(text, lines, out);
    else freeParty(text, lines, out);
    done = lines[lines.length - 1]?.[1] ?? from;
  }
}

/** 50K, 50H, 59: an optional `/account` line, then the name line and up to three address lines. */
function freeParty(text: string, lines: Array<[number, number]>, out: Detection[]): void {
  let name = true;
  lines.forEach(([start, end], index) => {
    if (index === 0 && text[start] === '/') return;
    if (index > 4) return;
    pushField(out, text, start, end, name ? 'name' : 'address');
    name = false;
  });
}

/** 50F, 59F: the party identifier, then numbered lines `1/` to `8/`. */
function structuredParty(text: string, lines: Array<[number, number]>, out: Detection[]): void {
  let previous: FieldKind = 'name';
  lines.forEach(([start, end], index) => {
    const line = text.slice(start, end);
    if (index === 0) {
      const code = PARTY_CODE.exec(line);
      if (code !== null) pushField(out, text, start + code[0].length, end, code[1] === 'CUST' || code[1] === 'EMPL' ? 'account' : 'nationalId');
      if (code !== null || line.startsWith('/')) return;
    }
    const numbered = /^([1-8])\//.exec(line);
    if (numbered === null) return;
    const number = numbered[1] as string;
    if (number === '8') {
      pushField(out, text, start + 2, end, previous);
      return;
    }
    const [kind, country] = NUMBERED[number] as [FieldKind, boolean];
    const lead = country ? (/^[A-Z]{2}\//.exec(line.slice(2))?.[0].length ?? 0) : 0;
    pushField(out, text, start + 2 + lead, end, kind);
    previous = kind;
  });
}

/** `?NN` subfields of the DFÜ structure: the counterparty's account (31), name (32, 33), and an IBAN in 30. */
const SUBFIELD = /\?(\d{2})/g;
/** A BIC (ISO 9362: bank, country, location, optional branch) or a German sort code (BLZ, 8 digits): a bank's, kept. */
const BANK_CODE = /^(?:[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?|\d{8})$/;
/** `/CODE/value` of the SWIFT-style structure: NAME, IBAN, ADDR and their value up to the next `/CODE/`. */
const SLASH_FIELD = /\/(NAME|IBAN|ADDR)\/([^/\r\n]+(?:\/(?![A-Z]{2,4}\/)[^/\r\n]*)*)/g;

function information(text: string, lines: Array<[number, number]>, out: Detection[]): void {
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (first === undefined || last === undefined) return;
  const [from, to] = [first[0], last[1]];
  const field = text.slice(from, to);
  if (/\?\d{2}/.test(field)) {
    const marks: Array<[number, string]> = [];
    SUBFIELD.lastIndex = 0;
    for (let m = SUBFIELD.exec(field); m !== null; m = SUBFIELD.exec(field)) marks.push([m.index, m[1] as string]);
    marks.forEach(([at, code], index) => {
      const start = from + at + 3;
      const end = from + (marks[index + 1]?.[0] ?? field.length);
      if (code === '32' || code === '33') linePieces(text, start, end, 'name', out);
      else if (code === '31' || code === '30') account(text, start, end, code === '30', out);
    });
    return;
  }
  SLASH_FIELD.lastIndex = 0;
  for (let m = SLASH_FIELD.exec(field); m !== null; m = SLASH_FIELD.exec(field)) {
    const start = from + m.index + (m[1] as string).length + 2;
    const end = start + (m[2] as string).length;
    if (m[1] === 'IBAN') account(text, start, end, false, out);
    else linePieces(text, start, end, m[1] === 'NAME' ? 'name' : 'address', out);
  }
}

/** A value that a line break may cut (MT lines are 65 characters): each line's piece on its own. */
function linePieces(text: string, from: number, to: number, kind: FieldKind, out: Detection[]): void {
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && text[i] !== '\n') continue;
    pushField(out, text, start, i, kind);
    start = i + 1;
  }
}

/** An account field: an IBAN (ISO 13616 check) as `IBAN`, else digits as `ACCOUNT_NUMBER`; a bank's code stays, and in `?30` anything but an IBAN. */
function account(text: string, from: number, to: number, ibanOnly: boolean, out: Detection[]): void {
  while (from < to && /\s/.test(text[from] as string)) from++;
  while (to > from && /\s/.test(text[to - 1] as string)) to--;
  const value = text.slice(from, to);
  const compact = value.replace(/[\s-]/g, '').toUpperCase();
  if (ibanValid(compact)) {
    out.push({ start: from, end: to, type: 'IBAN', class: 'financial.iban', normalized: compact });
    return;
  }
  if (ibanOnly || BANK_CODE.test(compact) || !/\d/.test(compact)) return;
  pushField(out, text, from, to, 'account', normalizeHealthId(value));
}

/** A NACHA entry detail record: record type 6, transaction code, routing number and check digit, account, amount, id, name, discretionary data, addenda indicator, trace number. */
const NACHA_ENTRY = /^6[2-5]\d\d{9}[ -~]{17}\d{10}[ -~]{15}[ -~]{22}[ -~]{2}[01]\d{15}$/;

function nachaEntries(text: string, out: Detection[]): void {
  for (let start = 0; start + 94 <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const lineEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    if (lineEnd - start === 94 && text.charCodeAt(start) === 54 && NACHA_ENTRY.test(text.slice(start, lineEnd))) {
      const accountFrom = start + 12;
      const accountTo = start + 29;
      pushField(out, text, accountFrom, accountTo, 'account', normalizeHealthId(text.slice(accountFrom, accountTo).trim()));
      pushField(out, text, start + 39, start + 54, 'account', normalizeHealthId(text.slice(start + 39, start + 54).trim()));
      pushField(out, text, start + 54, start + 76, 'name');
    }
    start = end + 1;
  }
}

/**
 * BAI2 cash-management files (the BAI Cash Management Balance Reporting Specifications, version 2;
 * L9 of the tenth probe, 2026-12-05c): records of comma-separated fields, one a line, each ended by
 * `/`, a record code first. Read:
 *  - `03` account identifier: `03,<customer account number>,<currency>,<type code>,…`, the account
 *    (`ACCOUNT_NUMBER`) when it holds four digits at least and the currency (three capitals) and the
 *    type code (three digits) are where they belong, or empty;
 *  - `16` transaction detail: `16,<type code>,<amount>,<funds type>,<bank ref>,<customer ref>,<text>`
 *    (funds type `S` adds three fields, `V` two; `D` a count of pairs) and the `88` continuation
 *    records after it: in the text, the counterparty's name after a cue (`FROM`, `TO`, `ORDER OF`,
 *    `ORIG:`, `BNF:`, `IND NAME:`, `NAME:`, `PAYER`, `PAYEE`, `SENDER`, `RECEIVER`), two to four words
 *    of letters up to a word with a digit, a stop word (`SSN`, `REF`, `ID`, `OF`, …) or punctuation
 *    (`PERSON`). A run whose first word names an account or a payment (`SAVINGS ACCOUNT`,
 *    `PAYROLL`, `INTEREST`) or that holds a firm's word (`INC`, `LLC`, `BANK`) stays.
 * Kept: the file and group headers (01, 02: the banks' and the receiver's routing numbers), amounts,
 * type codes, the trailers (49, 98, 99), a one-word counterparty (a firm or a word cannot be told apart).
 * Linear: each line is read once; the cue search runs on the detail's text only.
 */
export function detectBai2(text: string, out: Detection[], kinds: { names: boolean; accounts: boolean }): void {
  let start = 0;
  let inDetail = false;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const lineEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    let from = start;
    while (from < lineEnd && (text[from] === ' ' || text[from] === '\t')) from++;
    const code = text.slice(from, from + 3);
    if (code === '03,') {
      inDetail = false;
      if (kinds.accounts) {
        const account = BAI_ACCOUNT.exec(text.slice(from, Math.min(lineEnd, from + 64)));
        if (account !== null) pushField(out, text, from + 3, from + 3 + (account[1] as string).length, 'account');
      }
    } else if (code === '16,') {
      const textAt = kinds.names ? detailTextAt(text, from, lineEnd) : -1;
      inDetail = textAt !== -1;
      if (inDetail) baiNames(text, textAt, lineEnd, out);
    } else if (code === '88,' && inDetail) {
      baiNames(text, from + 3, lineEnd, out);
    } else inDetail = false;
    start = end + 1;
  }
}

/** Whether `text` may hold a BAI2 account or detail record: `03,` or `16,` at its start or a line's. */
export function mayHoldBai2(text: string): boolean {
  return text.startsWith('03,') || text.startsWith('16,') || text.includes('\n03,') || text.includes('\n16,');
}

/** An `03` record's account, currency and type code (the record's first 64 characters). */
const BAI_ACCOUNT = /^03,([A-Za-z0-9-]{4,35}),(?:[A-Z]{3})?,(?:\d{3})?(?:,|\/|$)/;
/** The fields of a `16` record before its text: type code, amount, funds type (and its own fields). */
const BAI_DETAIL = /^16,\d{3},[+-]?\d{0,18},([012SVDZ]?),/;

/** Where a `16` record's text starts, or -1 when the record is not one. */
function detailTextAt(text: string, from: number, lineEnd: number): number {
  const head = BAI_DETAIL.exec(text.slice(from, Math.min(lineEnd, from + 40)));
  if (head === null) return -1;
  const funds = head[1];
  // After the funds type: bank reference and customer reference; `S` has three availability fields
  // before them, `V` a date and a time.
  let commas = funds === 'S' ? 5 : funds === 'V' ? 4 : funds === 'D' ? -1 : 2;
  if (commas === -1) return -1;
  let at = from + head[0].length;
  while (commas > 0 && at < lineEnd) {
    const next = text.indexOf(',', at);
    if (next === -1 || next >= lineEnd) return -1;
    at = next + 1;
    commas--;
  }
  return at;
}

/** A cue before a counterparty's name in a detail's text. */
const BAI_CUE = /\b(?:FROM|TO|ORDER OF|ORIG(?:INATOR)?|BNF|BENEFICIARY|IND(?:IVIDUAL)? NAME|NAME|PAYER|PAYEE|SENDER|RECEIVER|REMITTER)\b[ \t]*[:=]?[ \t]*/gi;
/** A word of a name: letters, `-` and `'`. */
const BAI_WORD = /[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'-]{0,29}/y;
/** Words that end a name or show that none follows. */
const BAI_STOP = new Set([
  'ssn', 'ref', 'id', 'of', 'the', 'and', 'for', 'on', 'at', 'by', 'to', 'from', 'via', 'acct', 'account', 'trn', 'tin', 'ein', 'co', 'entry', 'descr', 'memo', 'date',
  'savings', 'checking', 'dda', 'loan', 'card', 'credit', 'debit', 'payroll', 'interest', 'deposit', 'transfer', 'wire', 'ach', 'atm', 'branch', 'merchant', 'treasury', 'irs', 'fed', 'fedwire',
  'order', 'name', 'orig', 'bnf', 'zelle', 'check', 'cheque', 'invoice', 'refund', 'fee', 'fees', 'tax', 'settlement', 'sweep', 'investment', 'money', 'market', 'cash', 'balance', 'your', 'our',
]);
/** Words of a firm's name: a run holding one stays. */
const BAI_FIRM = new Set(['inc', 'llc', 'ltd', 'corp', 'corporation', 'company', 'bank', 'na', 'group', 'trust', 'fund', 'plc', 'gmbh', 'lp', 'llp', 'services', 'insurance', 'university', 'county', 'city', 'state', 'dept']);

/** Masks the names after a cue in a detail's text `[from, to)`. */
function baiNames(text: string, from: number, to: number, out: Detection[]): void {
  const line = text.slice(from, to);
  BAI_CUE.lastIndex = 0;
  for (let cue = BAI_CUE.exec(line); cue !== null; cue = BAI_CUE.exec(line)) {
    let at = cue.index + cue[0].length;
    const first = at;
    let last = at;
    let words = 0;
    let firm = false;
    while (words < 4) {
      BAI_WORD.lastIndex = at;
      const word = BAI_WORD.exec(line);
      if (word === null) break;
      const after = line.charCodeAt(at + word[0].length);
      if (after >= 48 && after <= 57) break;
      const lower = word[0].toLowerCase();
      if (BAI_STOP.has(lower)) break;
      if (BAI_FIRM.has(lower)) firm = true;
      words++;
      at += word[0].length;
      last = at;
      while (line[at] === ' ' || line[at] === '\t') at++;
    }
    if (words >= 2 && !firm) pushField(out, text, from + first, from + last, 'name');
    if (last > BAI_CUE.lastIndex) BAI_CUE.lastIndex = last;
  }
}
