// A payer's or payee's initial and surname in capitals in a bank statement's description, after a
// transaction code (L15 of probe-2026-12-06, issue 11): `FPI T NDLOVU RENT DEC`, `DD GEBREMEDHIN M`,
// `CHQ 001043 PAID TO W NGATA`, `FASTER PAYMENT RECEIVED FROM O OYELARAN-BAKRE REF 4471` were stored
// raw in CSV and fixed-width exports: a surname in capitals the lists lack, beside one letter, is no
// name to the other rules. The codes are those UK banks print on statements (BACS/Faster Payments:
// `FPI`/`FPO` faster payment in/out, `DD` direct debit, `STO`/`SO` standing order, `BGC` bank giro
// credit, `BP` bill payment, `TFR` transfer, `CHQ` cheque, `BACS`).
import type { Detection } from './types.js';
import { isListedPersonName, isRecordNameWord } from './names.js';
import { gatedTest } from './internal/prefilter.js';

/** A transaction code at a field's start, with its direction words (`CHQ 001043 PAID TO`, `FASTER PAYMENT RECEIVED FROM`). */
const CODE = '(?:FPI|FPO|DD|STO|SO|BGC|BP|BACS|TFR(?:[ \\t]+(?:FROM|TO))?|CHQ(?:[ \\t]+\\d{3,8})?(?:[ \\t]+PAID[ \\t]+TO)?|FASTER[ \\t]+PAYMENTS?(?:[ \\t]+(?:RECEIVED|SENT|IN|OUT))?[ \\t]+(?:FROM|TO))';
/** A surname in capitals (a hyphenated second part allowed). */
const SURNAME = "[A-Z][A-Z'’]{2,30}(?:-[A-Z][A-Z'’]{1,30})?";
/**
 * Group 1: one or two initials and a surname (`T NDLOVU`, `K J MENSAH`, `MR T NDLOVU`); group 2: a surname and one or
 * two initials (`GEBREMEDHIN M`). The code starts a field: the text's or a line's start, after `,`, `;`, a tab, `|`, `"`,
 * two blanks, or a date's or a number's digit and blanks.
 */
const STATEMENT_PAYEE = new RegExp(`(?:^|(?<=[,;\\t|"\\n]|[ \\t]{2}|\\d[ \\t]))${CODE}[ \\t]{1,2}(?:(?:MRS?|MS|MISS|DR)[ \\t])?(?:((?:[A-Z][ \\t]){1,2}${SURNAME})|(${SURNAME}(?:[ \\t][A-Z]){1,2}))(?![\\p{L}\\p{N}&'’-])`, 'gmu');
/**
 * A surname in capitals alone after a code, with no initial (`DD NDLOVU`, `STO NDLOVU RENT`, `TFR TO MS PARATA`; the
 * open part of L15 of probe-2026-12-06): group 1 a title before it, group 2 the surname. Read by lonePayees only where
 * something says the word is a person's (a title, the same surname with an initial elsewhere in the text, a person's
 * purpose after it): a direct debit's or a payment's originator alone in capitals is a firm's as often (`DD NETFLIX`,
 * `DD HASTINGS`, `FPO HILTON`), and the lists read brands as name words.
 */
const LONE_PAYEE = new RegExp(`(?:^|(?<=[,;\\t|"\\n]|[ \\t]{2}|\\d[ \\t]))${CODE}[ \\t]{1,2}(?:(MRS?|MS|MISS|DR)[ \\t])?(${SURNAME})(?![\\p{L}\\p{N}&'’-]|[ \\t][A-Z](?![\\p{L}\\p{N}]))`, 'gmu');
/** What a person is paid or pays for, right after the surname (`STO NDLOVU RENT`, `FPI NDLOVU LOAN REPAYMENT`, `FPO NDLOVU GIFT`). */
const PERSON_PURPOSE_AFTER = /^[ \t]{1,2}(?:RENT|LOAN|GIFT|BIRTHDAY|BDAY|XMAS|CHRISTMAS|POCKET[ \t]MONEY|PAYBACK|REPAYMENT|CHILDCARE|BABYSITTING|TUTORING|WEDDING|HOUSEKEEPING|ALLOWANCE)(?![\p{L}\p{N}])/u;
/** A code's start, as CODE spells it (a short code and a blank, or `FASTER` and `PAYMENT` with blanks between: `FASTER PAYMENTS`, `FASTER\tPAYMENT`), and HOLDER_PAYEE's labels (one gate: the prefilter's mask holds 62, all taken). */
const mayHoldStatementCode = gatedTest(/(?:FPI|FPO|DD|STO|SO|BGC|BP|BACS|TFR|CHQ)[ \t]|FASTER[ \t]+PAYMENT|[Hh]older|HOLDER|[Pp]aye[er]|PAYE[ER]|[Bb]eneficiar|BENEFICIAR|[Rr]emitter|REMITTER/);
/** A firm's word after the name (`DD J SAINSBURY PLC`, `A TO Z STORAGE` is no name either). */
const FIRM_AFTER = /^[ \t]{1,2}(?:PLC|LTD|LIMITED|LLP|LLC|INC|CO|GROUP|HOLDINGS|&|AND|STORES?|UK)(?![\p{L}\p{N}])/u;

/** `word` in any case, letter by letter (`[cC][aA]…`): the labels below are read so, their values in capitals. */
const anyCase = (word: string): string => word.replace(/[a-z]/g, (letter) => `[${letter}${letter.toUpperCase()}]`);
/**
 * A card's or an account's holder, a payee, a payer, a beneficiary or a remitter named in a card
 * authorisation's or a payment's log line, then (a title and) one or two initials and a surname in
 * capitals, or the surname and its initials, with no colon needed (O6 of probe-2026-12-06: `Auth
 * request: PAN 411111******1111, cardholder T NDLOVU, amount 12.00` stored `NDLOVU`; `cardholder: T
 * NDLOVU` with its colon was masked). Group 1: initials and surname; group 2: surname and initials.
 */
const HOLDER_PAYEE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${anyCase('card')}[ \\t-]?${anyCase('holder')}|(?:${anyCase('account')}|${anyCase('acct')}|${anyCase('acc')}|[aA]/[cC])[ \\t-]?${anyCase('holder')}|${anyCase('payee')}|${anyCase('payer')}|${anyCase('beneficiary')}|${anyCase('remitter')})(?:[ \\t]${anyCase('name')})?[ \\t]{0,2}[:#=]?[ \\t]{1,3}(?:(?:MRS?|MS|MISS|DR)\\.?[ \\t])?(?:((?:[A-Z]\\.?[ \\t]){1,2}${SURNAME})|(${SURNAME}(?:[ \\t][A-Z]\\.?){1,2}))(?![\\p{L}\\p{N}&'’-])`, 'gu');

/** A surname in capitals the lists lack or hold: each part a record's name word or a listed name (`NDLOVU`, `OYELARAN-BAKRE`; not `PLAN`, `SAVINGS`, `COUNCIL`). */
function surnameWord(word: string): boolean {
  return word.split('-').every((part) => {
    const title = part.charAt(0) + part.slice(1).toLowerCase();
    return part.length >= 3 && (isRecordNameWord(title) || isListedPersonName(part));
  });
}

/**
 * Finds the payer's or payee's name after a bank statement's transaction code: an initial or two and a surname in
 * capitals (`FPI T NDLOVU RENT DEC`), or the surname then its initials at the description's end or before another
 * word (`DD GEBREMEDHIN M`, `DD FIFITA S INSURANCE`), a title allowed before (`TFR TO MS H PARATA`). The surname must
 * read as a name (no English word, place or firm's word of the lists: `FPI A PLAN INSURANCE`, `STO SAVINGS ACCOUNT`,
 * `DD COUNCIL TAX` stay), and no firm's word may follow (`DD J SAINSBURY PLC`). Linear: one regex pass with bounded
 * repetitions, behind a gate on the codes.
 *
 * @param text any string (a statement's CSV or fixed-width lines, a JSON `description`)
 * @param out detections are appended here: `{ type: 'PERSON', class: 'pii.person' }`, the initials and the surname
 *   (UTF-16 offsets), `normalized` the words in lower case with single blanks
 */
export function detectStatementPayees(text: string, out: Detection[]): void {
  if (!mayHoldStatementCode(text)) return;
  const surnames = new Set<string>();
  pushPayees(text, text.matchAll(STATEMENT_PAYEE), out, surnames);
  pushPayees(text, text.matchAll(HOLDER_PAYEE), out, surnames);
  lonePayees(text, out, surnames);
}

/**
 * A surname alone after a code (LONE_PAYEE) that reads as a name (surnameWord), no firm's word after it, and a title
 * before it (`TFR TO MS PARATA`), or the same surname read with its initials elsewhere in the text (`surnames`, from
 * pushPayees: `FPI T NDLOVU RENT DEC` … `DD NDLOVU`), or a person's purpose after it (`STO NDLOVU RENT`): a PERSON. One
 * regex pass and a set's lookups (linear).
 */
function lonePayees(text: string, out: Detection[], surnames: ReadonlySet<string>): void {
  for (const match of text.matchAll(LONE_PAYEE)) {
    const surname = match[2] as string;
    const end = (match.index as number) + match[0].length;
    if (!surnameWord(surname) || FIRM_AFTER.test(text.slice(end, end + 12))) continue;
    const after = text.slice(end, end + 24);
    if (match[1] === undefined && !surnames.has(surname) && !PERSON_PURPOSE_AFTER.test(after)) continue;
    out.push({ start: end - surname.length, end, type: 'PERSON', class: 'pii.person', normalized: surname.toLowerCase() });
  }
}

/** Each match's name (group 1 or 2) whose surname reads as a name and after which no firm's word stands, as a PERSON; its surname into `surnames`. */
function pushPayees(text: string, matches: Iterable<RegExpMatchArray>, out: Detection[], surnames: Set<string>): void {
  for (const match of matches) {
    const name = (match[1] ?? match[2]) as string;
    const end = (match.index as number) + match[0].length;
    const surname = name.split(/[ \t]/).find((word) => word.replace(/\.$/, '').length > 1) as string;
    if (!surnameWord(surname) || FIRM_AFTER.test(text.slice(end, end + 12))) continue;
    surnames.add(surname);
    out.push({ start: end - name.length, end, type: 'PERSON', class: 'pii.person', normalized: name.toLowerCase().replace(/[ \t]+/g, ' ') });
  }
}
