// Numbers that a company gives a person and that link records to them, after their labels and
// under their members (the ninth probe of 2026-12-05 found each stored raw):
//  - L1, a SIM and its subscriber: the ICCID (ITU-T E.118: 19 or 20 digits starting with the
//    telecom industry's `89`, the last a Luhn check digit; 18-22 after its label), the eSIM's EID
//    (GSMA SGP.02/SGP.29: 32 digits starting with `89`) and the IMSI (ITU-T E.212: 14 or 15 digits,
//    the country and network codes and the subscriber's number), as `DEVICE_ID` (`pii`), the IMEI's
//    type. After `ICCID`, `SIM card number (ICCID)`, `SIM serial`, `eSIM EID`, `EID`, `EUICC ID`,
//    `IMSI`, `imsi=`; without a label, an ICCID whose Luhn check holds and a 32-digit EID, each a
//    number of its own (no card, phone or account has their shape and prefix).
//  - L5, frequent-flyer and hotel loyalty numbers after the programme's words (`Frequent flyer
//    number BA 12345678`, `AAdvantage number 7JK44B2`, `SkyMiles # 9012345678`, `Marriott Bonvoy
//    member 123456789`, `loyalty number`, `rewards number`), as `ACCOUNT_NUMBER` (a loyalty account
//    holds points that are spent as money): four digits or more.
//  - L6, an employee's, a staff member's and a badge's number (`Employee #E-104477`, `employee
//    number 104477`, `EmpID 104477`, `Staff no. 88123`, `Badge #004512`, `personnel number`,
//    `Personalnummer`), as `IDENTIFIER` (`pii`): four digits or more.
//  - L7, a mortgage loan's and an escrow's number (`loan number 0041178823`, `Loan # …`, `Escrow #:
//    2026-4471-LK`, `escrow no. 01-88421-KM`), as `ACCOUNT_NUMBER`: five digits or more.
//  - L10, a household's supply and library numbers: the UK electricity MPAN (its 13-digit core, or
//    the 21 digits with its supplementary data) and gas MPRN (6-10 digits), a meter's serial, a
//    library card's barcode, as `IDENTIFIER` (`pii`; a meter serial as `DEVICE_ID`).
// A number after the label that counts something (`employee 1200 hours`, `Rapid Rewards 50000
// points`: health-ids.ts countAfter), a date or a version stays. Under the health detector's switch,
// as the other labelled identifiers (health-ids.ts). Linear: one label pattern (behind a gate of
// its words), each value read once, at most 48 characters.
import type { Detection } from './types.js';
import type { HealthIdKind } from './health-ids.js';
import { countAfter, groupedValue, normalizeHealthId } from './health-ids.js';
import { luhnValid } from './internal/checks.js';
import { countDigits, isAsciiAlnum } from './internal/chars.js';
import { notAnIdNumber } from './key-names.js';
import { gatedTest } from './internal/prefilter.js';

const SIM: HealthIdKind = { type: 'DEVICE_ID', class: 'pii' };
const ACCOUNT: HealthIdKind = { type: 'ACCOUNT_NUMBER', class: 'financial.account' };
const PERSONAL: HealthIdKind = { type: 'IDENTIFIER', class: 'pii' };
/** An amount: a number of three digits or more, or thousands grouped, a currency's sign or code before or after. */
const SALARY_AMOUNT = /^(?:[£$€]|(?:GBP|EUR|USD|CHF|PLN)[ \t]?)?(?:\d{1,3}(?:[,.' \u00a0]\d{3})+|\d{3,9})(?:[.,]\d{1,2})?(?:[ \t]?[kK])?(?:[ \t]?(?:[£$€]|GBP|EUR|USD|CHF|PLN|zł))?$/;
const SALARY: HealthIdKind = { type: 'SALARY', class: 'financial.salary', accept: (value: string) => SALARY_AMOUNT.test(value) };

/** Member names (normalized: lower case, no `_`, `-`, `.` or blanks) whose value is one of these numbers, masked whole. */
export const COMMERCIAL_ID_KEYS: ReadonlyMap<string, HealthIdKind> = new Map<string, HealthIdKind>([
  ...['iccid', 'simserial', 'simserialnumber', 'simcardnumber', 'simnumber', 'esimeid', 'euiccid', 'imsi', 'subscriberimsi'].map((key) => [key, SIM] as const),
  // A handset's IMEI and a CDMA handset's MEID (14 hex digits) under a device's member (L11 of the probe of 2026-12-06c:
  // `{deviceImei: '356938035643809', meid: 'A0000049B1D9F3'}` was stored raw; `imei` alone was masked).
  ...['deviceimei', 'imeinumber', 'imeino', 'handsetimei', 'phoneimei', 'meid', 'devicemeid', 'meidnumber', 'meidhex', 'meiddec'].map((key) => [key, SIM] as const),
  ...['frequentflyernumber', 'frequentflyer', 'frequentflyerno', 'frequentflyerid', 'frequentflier', 'frequentfliernumber', 'ffnumber', 'ffn', 'ffno', 'loyaltynumber', 'loyaltyid', 'loyaltyno', 'loyaltyaccount', 'loyaltyaccountnumber', 'loyaltymemberid', 'loyaltymembernumber', 'rewardsnumber', 'rewardsid', 'rewardsmemberid', 'aadvantagenumber', 'skymilesnumber', 'mileageplusnumber', 'bonvoynumber', 'honorsnumber'].map((key) => [key, ACCOUNT] as const),
  ...['employeeid', 'employeenumber', 'employeeno', 'employeenr', 'empid', 'empno', 'empnumber', 'staffid', 'staffnumber', 'staffno', 'badgeid', 'badgenumber', 'badgeno', 'personnelnumber', 'personnelno', 'personnelid', 'payrollnumber', 'payrollno', 'payrollid', 'personalnummer', 'personeelsnummer', 'werknemersnummer', 'medewerkernummer', 'shainbango', 'shainbangou', 'jugyoinbango', 'jugyoinbangou', 'kundennummer', 'kundennr', 'mnpyoyakubango', 'mnpyoyakubangou', 'mnpreservationnumber'].map((key) => [key, PERSONAL] as const),
  // A bank's short names of an account standing alone (L5 of the probe of 2026-12-06): `dda` (a demand deposit
  // account, US core banking) takes an account's 6 to 17 digits; `savings`, `checking` and `chequing` name an
  // amount as often (`{"savings":"1250.00"}`, `{"savings":125000}`), so only 8 to 17 digits written as a string of
  // digits, blanks and dashes (no decimal point or comma) are the account's number.
  ...['dda', 'ddanumber', 'ddano', 'ddaaccount', 'ddaacct'].map((key) => [key, { ...ACCOUNT, accept: (value: string) => /^\d[\d -]{4,22}\d$/.test(value) && /^\d{6,17}$/.test(value.replace(/[ -]/g, '')) }] as const),
  ...['savings', 'checking', 'chequing'].map((key) => [key, { ...ACCOUNT, accept: (value: string) => /^\d[\d -]{6,22}\d$/.test(value) && /^\d{8,17}$/.test(value.replace(/[ -]/g, '')) }] as const),
  ...['loannumber', 'loanno', 'loanid', 'loanaccount', 'loanaccountnumber', 'mortgagenumber', 'mortgageloannumber', 'mortgageaccountnumber', 'escrownumber', 'escrowno', 'escrowid', 'escrowfilenumber'].map((key) => [key, ACCOUNT] as const),
  ...['mpan', 'mpancore', 'mprn', 'librarycard', 'librarycardnumber', 'librarybarcode', 'librarypatronid'].map((key) => [key, PERSONAL] as const),
  // A person's pay under a member named for it (the lead's decision of 2026-12-07, compensation.ts: an amount under a
  // compensation label is personal data about the employee): `{ salary: 61250 }`, `{ salary_gbp: '61250' }`,
  // `{ grossPay: '3,450.00' }`. Only an amount: `{ salary: 'competitive' }`, `{ bonus: true }`, `{ salary: 12 }` stay.
  ...['salary', 'salarygbp', 'salaryeur', 'salaryusd', 'salaryamount', 'salaryannual', 'salarymonthly', 'annualsalary', 'monthlysalary', 'basesalary', 'basicsalary',
    'grosssalary', 'netsalary', 'currentsalary', 'startingsalary', 'newsalary', 'wage', 'wages', 'annualwage', 'grosswage', 'grosspay', 'netpay', 'basepay', 'basicpay',
    'takehomepay', 'remuneration', 'totalcompensation', 'annualcompensation', 'basecompensation', 'annualbonus', 'bonusamount', 'pension', 'monthlypension', 'annualpension',
    'pensionamount', 'gehalt', 'bruttogehalt', 'nettogehalt', 'jahresgehalt', 'monatsgehalt', 'lohn', 'bruttolohn', 'nettolohn', 'rente', 'salaire', 'salairebrut',
    'salairenet', 'salaireannuel', 'salario', 'salariobruto', 'sueldo', 'sueldobruto', 'stipendio', 'retribuzione', 'salaris', 'brutosalaris', 'pensja', 'wynagrodzenie',
  ].map((key) => [key, SALARY] as const),
]);

interface Rule {
  /** Label spellings (a regular-expression source, case-insensitive; a blank is a blank, `_`, `-` or nothing). */
  labels: string;
  kind: HealthIdKind;
  /** The value as it may follow this label (compact: upper case, separators removed). */
  accept: (compact: string) => boolean;
  /** The label must stand apart from its value by a blank (`emp E-771023`; `EMP-4471` is an id of its own). */
  blankAfter?: boolean;
}

const NO = '(?: number| no\\.?| nr\\.?| num\\.?| id| #)';
/** Letters and digits, `min`-`max` long, with `digits` digits or more. */
const token = (digits: number, min: number, max: number) => (compact: string) => compact.length >= min && compact.length <= max && countDigits(compact) >= digits;

const RULES: Rule[] = [
  { labels: `iccid${NO}?|sim(?: card)?(?: serial)?${NO}|sim serial|sim card`, kind: SIM, accept: (c) => /^89\d{16,20}$/.test(c) },
  { labels: `(?:e-?sim )?eid${NO}?|euicc(?: id)?${NO}?`, kind: SIM, accept: (c) => /^89\d{30}$/.test(c) },
  { labels: `imsi${NO}?`, kind: SIM, accept: (c) => /^\d{14,15}$/.test(c) },
  { labels: `frequent fl[yi]er(?: program(?:me)?)?${NO}?|ff(?: number| no\\.?| #)|ffn|aadvantage${NO}?|skymiles${NO}?|mileage ?plus${NO}?|executive club${NO}?|flying blue${NO}?|miles ?(?:&|and) ?more${NO}?|krisflyer${NO}?|aeroplan${NO}?|asia miles${NO}?|rapid rewards${NO}?|trueblue${NO}?|(?:marriott )?bonvoy(?: member)?${NO}?|hilton honors(?: member)?${NO}?|world of hyatt${NO}?|ihg(?: one)? rewards${NO}?|loyalty(?: program(?:me)?| card| member(?:ship)?)?${NO}|rewards (?:member(?:ship)?|card)?${NO}`, kind: ACCOUNT, accept: token(4, 5, 20) },
  { labels: `employee${NO}?|emp\\.?${NO}|empid|emp#|staff${NO}|personnel${NO}|payroll${NO}|badge${NO}?|personal(?:nummer|-?nr\\.?)|mitarbeiter(?:nummer|-?nr\\.?)|matricule|num[ée]ro d'employ[ée]|n[úu]mero de empleado`, kind: PERSONAL, accept: token(4, 4, 16) },
  // L5 of probe-2026-12-05i: the same in Dutch (`personeelsnummer`, `werknemersnummer`, `medewerkernummer`) and in
  // romanized Japanese (`shain bango`, `jugyoin bango`); `emp` alone before a number with a letter prefix or none
  // (`(emp E-771023)`; a count after it stays: `emp 40 hours`); a German customer number, also `beim abgebenden
  // Anbieter` (a number port's form: `Kundennummer beim abgebenden Anbieter 1200448812`); Japan's MNP reservation
  // number (`MNP yoyaku bango`, `MNP予約番号`: ten digits that carry a subscriber's number to a new carrier).
  // A utility's or a bank's contract account (`Vertragskonto 40-118.832`, `Kundenkonto`) and the Dutch `klantnummer`: the
  // customer's number, an IDENTIFIER (O5 of the leak probe of 2026-12-07, where `Vertragskonto` was stored as a PHONE).
  { labels: `personeels(?:nummer|-?nr\\.?)|werknemers(?:nummer|-?nr\\.?)|medewerker(?:s)?(?:nummer|-?nr\\.?)|shain bang(?:ou|o|ō)|j[uū]gy[oō]u?in bang(?:ou|o|ō)`, kind: PERSONAL, accept: token(4, 4, 16) },
  { labels: 'emp', kind: PERSONAL, accept: (c) => /^[A-Z]{0,3}\d{4,12}$/.test(c), blankAfter: true },
  { labels: 'kunden(?:nummer|-?nr\\.?)(?: (?:beim|bei|vom|des) (?:(?:abgebenden|aufnehmenden|bisherigen|alten|neuen) )?(?:anbieter|anbieters|provider|providers|netzbetreiber|netzbetreibers|versorger|versorgers))?|kd\\.?-?nr\\.?|vertragskonto(?:nummer|-?nr\\.?)?|kundenkonto(?:nummer|-?nr\\.?)?|klant(?:nummer|nr\\.?)', kind: PERSONAL, accept: token(5, 5, 16) },
  { labels: 'mnp (?:yoyaku bang(?:ou|o|ō)|reservation (?:number|no\\.?|code)|yoyaku)|mnp予約番号|mnp', kind: PERSONAL, accept: (c) => /^\d{10}$/.test(c) },
  { labels: `(?:mortgage |home |auto |car |student |personal )?loan${NO}?|mortgage${NO}|escrow(?: file)?${NO}?`, kind: ACCOUNT, accept: token(5, 5, 24) },
  { labels: 'mpan(?: core)?|mprn|meter point (?:administration|reference) number|(?:electricity |gas )?supply number', kind: PERSONAL, accept: (c) => /^(?:\d{6,10}|\d{13}|\d{21})$/.test(c) },
  { labels: `(?:electricity |gas )?meter serial${NO}?`, kind: SIM, accept: token(4, 5, 20) },
  { labels: `library card${NO}?|library (?:barcode|patron${NO}|card barcode)`, kind: PERSONAL, accept: token(5, 5, 20) },
];

const labelPattern = new RegExp(`(?<![A-Za-z])(?:${RULES.map((rule) => `(${rule.labels.replace(/ /g, '[ _\\-]?')})`).join('|')})(?![A-Za-z])`, 'gi');
/** The labels' gate (prefilter.ts): text without one of these words costs nothing more. Also cookies.ts detectAccountIdCookies' names (one gate: the mask's 62 are taken). */
export const mayHoldCommercialLabel = gatedTest(/iccid|sim|eid|euicc|imsi|fl[yi]er|ff|aadvantage|skymiles|mileage|executive club|flying blue|miles|aeroplan|rewards|trueblue|bonvoy|honors|hyatt|loyalty|emp|staff|personnel|payroll|badge|personal|mitarbeiter|matricule|employ|empleado|personeel|werknemer|medewerker|shain|gy[oō]u?in|kunden|kd\.?-?nr|vertragskonto|klant|mnp|loan|mortgage|escrow|mpan|mprn|meter|supply|library|c_user|ds_user_id|twid/i);
/** After the label: a parenthesised abbreviation (`(ICCID)`), a number word, `is`, a colon, `=` or `#`, quotes. */
const labelFiller = /["']?[ \t\u00a0]{0,3}(?:\([A-Za-z]{2,6}\)[ \t\u00a0]{0,2})?(?:(?:number|no|nr|num|id|#)\.?)?[ \t\u00a0]{0,3}(?:(?:is|was)[ \t\u00a0]{1,2})?[:=#：\-–]?\s{0,3}(?:#[ \t]?)?["']?/iy;

/** A label that ends in a number word, or a filler with one or with `:`, `=`, `#`: what follows is the value, not a count. */
const EXPLICIT_LABEL = /(?:number|no\.?|nr\.?|num\.?|id|#)$/i;
const EXPLICIT_FILLER = /[:=#：]|number|no|nr|num|id/i;

/**
 * The value at `from` (health-ids.ts groupedValue): groups of ASCII letters and digits joined by a
 * dash, dot or slash, or by one blank before a group holding a digit (`BA 12345678`, `8961 0100
 * 0012 3456 789`, `01-88421-KM`), eight groups and 48 characters at most; a word first only as an
 * airline's code of two or three characters.
 */
const valueAt = (text: string, from: number): [number, number] | undefined => groupedValue(text, from, 8, 48, 3);

/**
 * Finds SIM, loyalty, employee, loan, escrow, supply and library numbers after their labels (see
 * above).
 * @param text any string mayHoldCommercialLabel accepts, with four digits or more.
 * @param out detections are appended.
 */
export function detectCommercialIds(text: string, out: Detection[]): void {
  labelPattern.lastIndex = 0;
  for (let match = labelPattern.exec(text); match !== null; match = labelPattern.exec(text)) {
    let which = 1;
    while (which <= RULES.length && match[which] === undefined) which++;
    const rule = RULES[which - 1] as Rule;
    const label = match[0];
    if (rule.blankAfter === true && text.charCodeAt(match.index + label.length) !== 32) continue;
    labelFiller.lastIndex = match.index + label.length;
    const filler = labelFiller.exec(text);
    const from = match.index + label.length + (filler === null ? 0 : filler[0].length);
    // The label must be followed by something: a blank, a colon, `#`, `=`.
    if (from === match.index + label.length && isAsciiAlnum(label.charCodeAt(label.length - 1))) continue;
    const found = valueAt(text, from);
    if (found === undefined) continue;
    const [start, end] = found;
    if (end < text.length && /[\p{L}\p{N}_]/u.test(text[end] as string)) continue;
    const value = text.slice(start, end);
    const compact = value.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
    if (!rule.accept(compact) || notAnIdNumber(value)) continue;
    // After a bare programme word a number of things is a count (`Rapid Rewards 50000 points`); after a number word or a colon it is the value (`loan_id=0041178823 status=…`).
    const explicit = EXPLICIT_LABEL.test(label) || (filler !== null && EXPLICIT_FILLER.test(filler[0]));
    if (!explicit && countAfter(text, end)) continue;
    out.push({ start, end, type: rule.kind.type, class: rule.kind.class, normalized: normalizeHealthId(value) });
    labelPattern.lastIndex = end;
  }
}

/** Fifteen digits of their own (an IMEI: a TAC of eight, a serial of six, a Luhn check digit). */
const BARE_FIFTEEN = /(?<![\w.+\-/])\d{15}(?![\w\-]|[.,]\d)/g;
/** A handset's cue shortly before an IMEI with no label: `*#06#` (the code that shows it), `device`, `phone`, `handset`, `serial`, `stolen`, `lost`, `blacklist`, up to 48 characters before (a second IMEI after the first). */
const HANDSET_CUE_BEFORE = /(?:\*#06#|(?<![\p{L}])(?:device|phone|handset|mobile|serial|stolen|lost|blacklist(?:ed)?|tracker))[^\n]{0,48}$/iu;
/**
 * An IMEI with no `IMEI` label (L11 of the probe of 2026-12-06c: `*#06# shows 356938035643809`, `device
 * 356938035643809 reported lost`, `serial 490154203237518 is blacklisted` were stored raw): fifteen digits of
 * their own whose Luhn check holds, not an American Express card's (`34`, `37`), after a handset's cue.
 * @param text any string with 15 digits or more.
 */
export function detectBareImeis(text: string, out: Detection[]): void {
  BARE_FIFTEEN.lastIndex = 0;
  for (let match = BARE_FIFTEEN.exec(text); match !== null; match = BARE_FIFTEEN.exec(text)) {
    const digits = match[0];
    if (digits.startsWith('34') || digits.startsWith('37') || !luhnValid(digits)) continue;
    if (!HANDSET_CUE_BEFORE.test(text.slice(Math.max(0, match.index - 64), match.index))) continue;
    out.push({ start: match.index, end: match.index + 15, type: SIM.type, class: SIM.class, normalized: digits });
  }
}

/** An ICCID (19-20 digits from `89`) or an EID (32 digits from `89`), a number of its own. */
const BARE_SIM = /(?<![\w.+\-/])89(?:\d{17,18}|\d{30})(?![\w\-]|[.,]\d)/g;

/**
 * Finds an ICCID whose Luhn check holds and an eSIM EID without a label (see above).
 * @param text any string with 19 digits or more.
 */
export function detectBareSimIds(text: string, out: Detection[]): void {
  BARE_SIM.lastIndex = 0;
  for (let match = BARE_SIM.exec(text); match !== null; match = BARE_SIM.exec(text)) {
    const digits = match[0];
    if (digits.length !== 32 && !luhnValid(digits)) continue;
    out.push({ start: match.index, end: match.index + digits.length, type: SIM.type, class: SIM.class, normalized: digits });
  }
}

/** `savings`, `checking`, `chequing` alone (COMMERCIAL_ID_KEYS: an account's number of 8 to 17 digits, or a balance). */
const BALANCE_OR_ACCOUNT_KEYS: ReadonlySet<string> = new Set(['savings', 'checking', 'chequing']);
/** Sibling members (lower case, no `_`, `-`, `.`) that say an object's numbers are money: a currency, a unit, a balance's or an amount's name. */
const MONEY_SIBLINGS: ReadonlySet<string> = new Set([
  'currency', 'currencycode', 'ccy', 'cur', 'iso4217', 'unit', 'units', 'minorunits', 'decimals', 'balance', 'balances', 'total', 'totals', 'amount', 'amounts',
  'available', 'availablebalance', 'current', 'currentbalance', 'ledger', 'ledgerbalance', 'interest', 'interestrate', 'apy', 'apr', 'rate', 'networth', 'assets',
  'liabilities', 'investments', 'retirement', 'brokerage', 'cash', 'credit', 'loans', 'mortgage', 'sum', 'subtotal', 'asof', 'asofdate',
]);
/** Parent members (the same form) of an object of balances: `balances: {savings, checking}`, `totals`, `assets`. */
const MONEY_PARENTS: ReadonlySet<string> = new Set(['balance', 'balances', 'totals', 'amounts', 'assets', 'holdings', 'networth', 'summary', 'portfolio', 'accountbalances', 'deposits', 'funds', 'budget', 'spending', 'goals']);
const foldName = (name: string): string => (name.length > 32 ? '' : name.toLowerCase().replace(/[\s_.\-]/g, ''));

/**
 * The members `savings`, `checking`, `chequing` of `value` (an object with `keys`, under `parent`) that hold an
 * amount, not an account's number (the open part of L5 of the probe of 2026-12-06: `{"savings":"12500000",
 * "currency":"USD"}` was masked as an ACCOUNT_NUMBER): when a sibling names money (`currency`, `balance`, `amount`,
 * `interest`, `unit`, …: MONEY_SIBLINGS), the parent names balances (`balances`, `totals`, `assets`: MONEY_PARENTS),
 * or another of the three holds a number with a decimal point (balances side by side). Undefined when none (an
 * account's number alone, or beside `routing`, `dda`, `bank` stays an account: masked). At most 32 members read.
 */
export function balanceMembers(value: Readonly<Record<string, unknown>>, keys: readonly string[], parent: string | undefined): ReadonlySet<string> | undefined {
  if (keys.length > 32) return undefined;
  let named: string[] | undefined;
  // (`savings`, `checking`, `chequing`: seven or eight characters; the length first, most objects have none.)
  for (const key of keys) if (key.length >= 7 && key.length <= 8 && BALANCE_OR_ACCOUNT_KEYS.has(key.toLowerCase())) (named ??= []).push(key);
  if (named === undefined) return undefined;
  const money = (parent !== undefined && MONEY_PARENTS.has(foldName(parent)))
    || keys.some((key) => MONEY_SIBLINGS.has(foldName(key)))
    || named.some((key) => {
      const each = value[key];
      return (typeof each === 'number' && !Number.isInteger(each)) || (typeof each === 'string' && /^-?[\d,]*\d\.\d{1,4}$/.test(each.trim()));
    });
  return money ? new Set(named) : undefined;
}

/** Whether a text pair's key is `savings`, `checking` or `chequing` alone. */
export const isBalanceOrAccountKey = (name: string): boolean => BALANCE_OR_ACCOUNT_KEYS.has(foldName(name));
/** A money's key in text, then `:` or `=` (`currency=USD`, `balance: …`, `"amount":`): read only where a `savings`/`checking` pair is. */
const MONEY_KEY_TEXT = /(?:^|[^\p{L}])(?:currency|currency_code|ccy|balance|available_balance|amount|total|interest|interest_rate|apy|unit|units)["']?[ 	]*[:=]/iu;
/** In text (`savings=12500000 currency=USD`): whether a money's key stands in the same text, as a sibling member in an object (balanceMembers). */
export const moneyKeyInText = (text: string): boolean => MONEY_KEY_TEXT.test(text);
