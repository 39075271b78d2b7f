import { countAfter, normalizeHealthId } from './health-ids.js';
import { abaValid, ibanValid } from './internal/checks.js';
import type { Detection } from './types.js';

// Bank account numbers as payment messages carry them, where no `account` label stands before the
// number (a sixth fresh probe of 2026-12-03 found each stored raw; an IBAN in the same places was
// masked by its checksum):
//  - ISO 20022 (pain.001, pacs.008, camt.05x): an account that is no IBAN is an `<Othr><Id>` in the
//    `<Id>` of an account element, `<DbtrAcct>`, `<CdtrAcct>`, `<DbtrAgtAcct>`, `<CdtrAgtAcct>`,
//    `<IntrmyAgt1Acct>`, `<ChrgsAcct>`, camt's `<Acct>` (ISO 20022 `CashAccount40`:
//    `Id/Othr/Id`, Max34Text), namespaced or not: `<DbtrAcct><Id><Othr><Id>9876543210</Id>`. The
//    `<Othr><Id>` of a party's `<OrgId>` or `<PrvtId>` is no account and is left to other rules.
//  - SWIFT MT103 (and MT101, MT202 COV): the ordering customer's and the beneficiary's account is
//    the field's first line after a slash, `:50K:/12345678`, `:50A:/…`, `:50F:/…`, `:59:/…`,
//    `:59A:/…`, `:59F:/…` (SWIFT Standards MT, field 50a "[/34x]", field 59a "[/34x]").
//  - In prose, a number right after a transfer verb and `to`/`into`: `Please wire to 9876543210`,
//    `transfer 500 EUR to 12345678`, `send the money into 9876543210` (6 to 34 digits; `account`
//    between them is the account label's rule, health-ids.ts). A count stays (`send to 100000
//    users`), and so does a number of fewer than six digits (`transfer to 2025`).
//  - A cheque's MICR line (ANSI X9.13, E-13B): the routing number between two transit symbols,
//    then the on-us field, the account, closed by the on-us symbol: `⑆021000021⑆ 4830291175⑈ 1234`,
//    `⑈004417⑈ ⑆021000021⑆ 4830291175⑈` (a business cheque's serial first). OCR and reader output
//    write the symbols as letters: the MICR fonts' `A` (transit) and `C` (on-us), TOAD's `T` and
//    `O`, readers' `T`/`U` and `t`/`o`; the dash `⑉` as `D`. With letters, the routing number must
//    pass the ABA check and the on-us letter must close the account (`A123456789A 42C` with a bad
//    check stays); with the symbols, the transit pair alone is a MICR line. A Canadian transit
//    (`⑆12345⑉678⑆`, branch and institution) counts too. The routing number stays (a bank's).
//    OCR of a cheque image also reads each symbol as another letter or mark (L6 of the probe of
//    2026-12-06): the transit symbol as `C`, `:` or `;`, the on-us symbol as `A`, `;` or `:`, the
//    two transit symbols unlike (`C021000021A 004417728193C`, `:021000021: 004417728193;`,
//    `C026009593C 4417720019A`). Any of these marks around nine digits that pass the ABA check,
//    then an account closed by an on-us mark, is a MICR line; a Canadian transit only between two
//    like symbols of TOAD or the MICR font.
// All as ACCOUNT_NUMBER (`financial.account`), normalized as the labelled account (upper case,
// blanks and dashes removed), so `:59:/12345678` and `account 12345678` get one pseudonym.

/** An account's `<Id><Othr><Id>VALUE</Id>`: group 1 the namespace prefix, group 2 the value. */
const ISO_ACCOUNT = /<((?:[A-Za-z_][\w.-]{0,40}:)?)(?:DbtrAcct|CdtrAcct|DbtrAgtAcct|CdtrAgtAcct|IntrmyAgt[123]Acct|ChrgsAcct|Acct|RltdAcct|DbtrAcctId|CdtrAcctId)>\s{0,40}<\1Id>\s{0,40}<\1Othr>\s{0,40}<\1Id>\s{0,8}([^<>\s][^<>]{0,39}?)\s{0,8}<\/\1Id>/dg;
/** An MT field 50a or 59a and its account line: group 1 the account (34 characters at most). */
const MT_ACCOUNT = /(?:^|[\s{}])(?::(?:50[AFGHK]|59[AF]?):)\/([A-Za-z0-9][A-Za-z0-9 -]{0,40})/dgm;
/** A transfer verb, an optional object (`it`, `the money`, an amount), `to`/`into`, then the number (group 1). */
const TRANSFER =
  /(?<![\p{L}\p{N}])(?:wire|wired|wiring|transfer|transferred|send|sent|remit|remitted|pay|paid|deposit|deposited)(?:[ \t]{1,3}(?:it|them|the (?:money|funds|payment|balance|rest|amount)|funds|money|payment|(?:(?:USD|EUR|GBP|AUD|NZD|CAD|CHF|[$€£])[ \t]?)?\d[\d,.]{0,15}(?:[ \t]?(?:USD|EUR|GBP|AUD|NZD|CAD|CHF|dollars|euros|pounds|k))?))?[ \t]{1,3}(?:to|into)[ \t]{1,3}(?:(?:my|our|his|her|their|the|this)[ \t]{1,3})?(\d[\d \-]{4,44}\d)(?![\p{L}\p{N}_])/dgiu;

/**
 * A MICR line's transit field and the on-us field after it: group 1 the opening transit symbol,
 * group 2 the routing number, group 3 the closing transit symbol, group 4 the account (4 to 20
 * digits, blanks and dashes between), group 5 the on-us symbol closing it, if any.
 */
const MICR = /(?<![\p{L}\p{N}])([⑆ATtC:;])(\d{9}|\d{5}[⑉D-]\d{3})([⑆ATtC:;])[ \t]{0,3}(\d(?:[ ⑉D-]?\d){3,19})(?:[ \t]{0,2}([⑈COUoA;:])(?![\p{L}])|(?![\p{L}\p{N}⑈]))/dgu;
/** A transit letter or mark and nine digits: the cue of a MICR line written in letters. */
const MICR_LETTER_CUE = /[ATtC:;]\d{9}[ATtC:;]/;
/** A US routing number: nine digits (a Canadian transit is five, a mark, three). */
const US_ROUTING = /^\d{9}$/;
/** The transit letters of TOAD and the MICR font, which may enclose a Canadian transit (`T12345-678T`). */
const LIKE_TRANSIT_LETTERS = 'ATt';

/** Whether `text` may hold a MICR line (a transit symbol, or a transit letter around nine digits). */
export const mayHoldMicr = (text: string): boolean => text.includes('⑆') || MICR_LETTER_CUE.test(text);

/**
 * Finds the account of a cheque's MICR line (E-13B symbols or their letters; see above).
 * @param text any string mayHoldMicr accepts.
 * @param out detections are appended: ACCOUNT_NUMBER (`financial.account`), normalized to its digits.
 */
export function detectMicrAccounts(text: string, out: Detection[]): void {
  MICR.lastIndex = 0;
  for (let m = MICR.exec(text); m !== null; m = MICR.exec(text)) {
    const routing = m[2] as string;
    const open = m[1] as string;
    const close = m[3] as string;
    // The E-13B symbols: a transit pair of symbols (the on-us symbol optional).
    if (open === '⑆' || close === '⑆') {
      if (open !== close) continue;
    } else {
      // Letters and marks: the on-us mark closes the account and a US routing number passes its
      // check; a Canadian transit only between two like letters (`T12345-678T`).
      if (m[5] === undefined || m[5] === '⑈') continue;
      // A Canadian transit has nine characters too (`12345-678`): the US one is nine digits.
      if (US_ROUTING.test(routing) ? !abaValid(routing) : open !== close || !LIKE_TRANSIT_LETTERS.includes(open)) continue;
    }
    const [start, end] = (m.indices as RegExpIndicesArray)[4] as [number, number];
    out.push({ start, end, type: 'ACCOUNT_NUMBER', class: 'financial.account', normalized: (m[4] as string).replace(/\D/g, '') });
  }
}

const digitsOf = (value: string): number => value.replace(/\D/g, '').length;
/** Plurals without an `s` that a number counts (`send to 123456 people`); countAfter reads those with one. */
const IRREGULAR_COUNT = /[ \t]{1,3}(?:people|children|men|women|staff|personnel|folk)(?![\p{L}])/iuy;
const countedAfter = (text: string, end: number): boolean => {
  IRREGULAR_COUNT.lastIndex = end;
  return countAfter(text, end) || IRREGULAR_COUNT.test(text);
};

/**
 * Finds bank account numbers in ISO 20022 account elements, SWIFT MT fields 50a/59a and after a
 * transfer verb.
 * @param text any string with six or more digits.
 * @param out detections are appended: ACCOUNT_NUMBER (`financial.account`).
 */
export function detectPaymentAccounts(text: string, out: Detection[]): void {
  const push = (start: number, value: string): void => {
    const compact = value.replace(/[\s-]/g, '').toUpperCase();
    // An IBAN is the IBAN detector's (its own type and checksum).
    if (ibanValid(compact)) return;
    out.push({ start, end: start + value.length, type: 'ACCOUNT_NUMBER', class: 'financial.account', normalized: normalizeHealthId(value) });
  };
  if (text.includes('</')) {
    ISO_ACCOUNT.lastIndex = 0;
    for (let m = ISO_ACCOUNT.exec(text); m !== null; m = ISO_ACCOUNT.exec(text)) {
      const value = (m[2] as string).trimEnd();
      if (/\d/.test(value)) push((m.indices as RegExpIndicesArray)[2]?.[0] as number, value);
    }
  }
  if (text.includes(':/')) {
    MT_ACCOUNT.lastIndex = 0;
    for (let m = MT_ACCOUNT.exec(text); m !== null; m = MT_ACCOUNT.exec(text)) {
      const value = (m[1] as string).trimEnd();
      const count = digitsOf(value);
      if (count >= 4 && value.replace(/[\s-]/g, '').length <= 34) push((m.indices as RegExpIndicesArray)[1]?.[0] as number, value);
    }
  }
  TRANSFER.lastIndex = 0;
  for (let m = TRANSFER.exec(text); m !== null; m = TRANSFER.exec(text)) {
    const value = m[1] as string;
    const count = digitsOf(value);
    const [start, end] = (m.indices as RegExpIndicesArray)[1] as [number, number];
    if (count < 6 || count > 34 || countedAfter(text, end)) continue;
    push(start, value);
  }
}
