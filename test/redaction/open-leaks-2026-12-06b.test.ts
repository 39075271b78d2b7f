// Leaks of the README-only probe of 2026-12-06 that are no person names (test/redaction/probe-2026-12-06.cases.md;
// issue 11), fixed as kinds:
//   - L5, an account number under a member whose owner word is a payment party the list lacked (`drawer`, `debtor`,
//     `creditor`, `remitter`, `originator`, `receiver`) or a bank's own short name (`dda`, `savings` alone).
//   - L6, a cheque's MICR line as OCR writes it in ASCII, the E-13B transit and on-us symbols read as other letters
//     or punctuation (`C021000021A 004417728193C`, `:021000021: 004417728193;`).
//   - L11, a UK National Insurance number in a CSV row before a numeric field (`…,JT481922D,20-00-00,…`) or under
//     the column `ni_number` / `NI Number`, spaced (`KR 55 41 90 C`).
//   - L7, a passport's or visa's MRZ names line standing alone (no `MRZ` label, no valid data line beside it): a
//     visa's `V<` line, a surname of two parts (`TE<WHATA`), on a line of its own or in prose.
// Each block: the row's examples (tuned on), held-back inputs of the same kind (the probe's, and more written here
// before the fix, not tuned on), and look-alikes that must stay unchanged.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '@agent-audit/core';
import { masked, storedResults } from './masked-text.js';
import { timeRatio } from './linear-time.js';

const { stored, leaksIn, keptIn } = storedResults(() => createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(11)]) }));

describe('L5: an account number under a payment party\'s member or a bank\'s short name', () => {
  it.each<[Record<string, unknown>, string[]]>([
    // The row's examples.
    [{ drawer_account: '004417728193', routing: '021000021' }, ['004417728193']],
    [{ debtorAcct: '12345678', creditorAcct: '87654321' }, ['12345678', '87654321']],
    // The probe's held-back inputs.
    [{ remitterAccount: '66019283' }, ['66019283']],
    [{ originator_acct: '330019284471' }, ['330019284471']],
    [{ receiverAccount: '0044172291' }, ['0044172291']],
    [{ dda: '4417729301', savings: '4417729318' }, ['4417729301', '4417729318']],
    [{ payor_account_no: '77120044' }, ['77120044']],
    // Held back here: other payment parties (cheques, SEPA, NACHA, SWIFT) and bank words.
    [{ drawee_acct: '55019283774' }, ['55019283774']],
    [{ remitting_account: '7730019921' }, ['7730019921']],
    [{ originatingAccount: '9901882774' }, ['9901882774']],
    [{ receiving_account: '4471-0019-2283' }, ['4471-0019-2283']],
    [{ senderAccount: '60161331926819' }, ['60161331926819']],
    [{ counterparty_account: '31926819' }, ['31926819']],
    [{ payment: { debtor: { name: 'Acme Ltd' }, debtor_account: 11220033, creditor_account: '0098112277' } }, ['11220033', '0098112277']],
    [{ checking: '004417720019' }, ['004417720019']],
    [{ chequing: '5512 0038 4471' }, ['5512 0038 4471']],
    [{ dda_number: '4417729301' }, ['4417729301']],
  ])('%j', (result, values) => {
    expect([stored(result), leaksIn(result, values)]).toEqual([stored(result), []]);
  });
  it.each<[Record<string, unknown>, string[]]>([
    // Amounts, rates and flags under the bank's words; names and ids under a party's account member.
    [{ savings: '1250.00', checking: '310.55' }, ['1250.00', '310.55']],
    [{ savings: 125000, checking: 1250 }, ['125000', '1250']],
    [{ savings: '12,500', dda: 'enabled' }, ['12,500', 'enabled']],
    [{ savings_rate: '4.50', savingsGoal: 25000 }, ['4.50', '25000']],
    [{ debtor_account: 'acme-prod', creditorAccount: 'ops-team' }, ['acme-prod', 'ops-team']],
    [{ receiverAccount: 'treasury', originator_acct: 'n/a' }, ['treasury', 'n/a']],
    [{ originator_id: 'ACME', receiver: 'node-12', creditor_id: 'DE98ZZZ09999999999' }, ['node-12', 'DE98ZZZ09999999999']],
    [{ senderAccount: '2026-12-06', drawer_account: '1.2.3456' }, ['2026-12-06', '1.2.3456']],
  ])('look-alike %j', (result, values) => {
    expect([stored(result), keptIn(result, values)]).toEqual([stored(result), []]);
  });
});

describe('L6: a MICR line whose E-13B symbols OCR read as other letters or punctuation', () => {
  it.each<[unknown, string[]]>([
    // The row's examples (the first also L5's `micr2`).
    [{ micr: 'C021000021A 004417728193C 1043', drawer_account: '004417728193', payee: 'Anhelina Bondarenko' }, ['004417728193', 'Bondarenko']],
    [{ micr: 'C021000021A 004417728193C 1043' }, ['004417728193']],
    ['MICR line: C026009593C 4417720019A 0215', ['4417720019']],
    // The probe's held-back inputs.
    ['OCR MICR: A011000015A 7730019921C 2201', ['7730019921']],
    [{ micrLine: 'A122000247A 99018827741C 0310' }, ['99018827741']],
    ['micr: C071000013C 55120038D4471C 887', ['55120038D4471', '551200384471']],
    ['E13B read: :021000021: 004417728193; 1043', ['004417728193']],
    // Held back here: other letters and marks for the two symbols, mixed in one line, blanks in the account.
    ['cheque OCR: :026009593: 4471882019: 1002', ['4471882019']],
    [';122000247; 99018827741A 0310', ['99018827741']],
    [{ micr_line: 'C071000013A 0044 1772 8193C' }, ['0044 1772 8193']],
    ['scan 2: A021000021C 4830291175A 1001', ['4830291175']],
    ['deposit image read C011000015C 44170038D19C', ['44170038D19']],
  ])('%j', (result, values) => {
    expect([stored(result), leaksIn(result, values)]).toEqual([stored(result), []]);
  });
  it.each([
    // A routing number that fails the ABA check, no account after the transit field, no on-us mark closing the
    // account, eight digits, an account of letters, a time.
    'part C123456789A 4471C in stock',
    'ref C021000021A pending',
    'Order A123456780A 4471 shipped',
    'SKU C12345678C 2201',
    'log: :021000021: event 4471;',
    'at 10:30:00; 1043 rows',
  ])('look-alike %j', (text) => {
    expect(masked(text)).toBe(text);
    expect(stored(text)).toBe(JSON.stringify(text));
  });
  it('twice the text costs about twice the time (MICR lines and their marks on one line)', () => {
    const unit = 'C021000021A 004417728193C 1043 :021000021: 4471; C123456789C ';
    const make = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    expect(timeRatio(detectSensitive, make, 25_000, 50_000)).toBeLessThanOrEqual(3);
  });
});

describe('L11: a UK National Insurance number in a delimited row and under `ni_number` / `NI Number`', () => {
  it.each<[unknown, string[]]>([
    // The row's examples.
    ['emp_no,full_name,ni_number,sort_code,account_no,gross,tax_code\n00417,Hinemoa Parata,JT481922D,20-00-00,41772819,2100.00,1257L\n00418,Tama Ngata,NP612844B,20-00-00,41772820,2200.00,1257L', ['JT481922D', 'NP612844B']],
    // The probe's held-back inputs.
    ['Employee,NI Number,Tax Code\nJo Bloggs,KR 55 41 90 C,1257L', ['KR 55 41 90 C', 'KR554190C']],
    ['staff_id,ni_no,start_date\n7781,NP612844B,2026-01-02', ['NP612844B']],
    ['id;national_insurance;dept\n12;PW774102A;Claims', ['PW774102A']],
    ['payroll_id\tni_num\tgross\n55\tHM209944D\t2100.00', ['HM209944D']],
    ['worker,NINO,hours\nJo Bloggs,TB330127A,37.5', ['TB330127A']],
    // Held back here: spaced under `ni_number`, other delimiters, the member in JSON, a prefixed column, prose.
    ['name,ni_number,dept\nTama Ngata,NP 61 28 44 B,Claims', ['NP 61 28 44 B']],
    ['NI Number;Hours\nJT 48 19 22 D;37.5', ['JT 48 19 22 D']],
    ['emp,employee_ni_number,gross\n9,WK112233A,1800', ['WK112233A']],
    [{ ni_number: 'JT481922D' }, ['JT481922D']],
    [{ 'NI Number': 'KR 55 41 90 C' }, ['KR 55 41 90 C']],
    [{ employees: [{ niNumber: 'NP 612844 B', hours: 37 }] }, ['NP 612844 B']],
    ['Payslip for M. Ngata: JT481922D, 37.5 hours at 14.20', ['JT481922D']],
    // Written with the column rule (`ni_number` and `NI Number` named no id): a NINO with no suffix letter under them.
    [{ ni_number: 'JT481922' }, ['JT481922']],
    ['full_name,NI Number,gross\nTama Ngata,JT 48 19 22,2100.00', ['JT 48 19 22']],
  ])('%j', (result, values) => {
    expect([stored(result), leaksIn(result, values)]).toEqual([stored(result), []]);
  });
  it.each<[unknown, string[]]>([
    // A prefix HMRC never issues (D, Q first; O second), values that are no id under the column, a number before it.
    ['code,qty\nDF123456A,12\nQQ123456C,10\nAO123456B,3', ['DF123456A', 'QQ123456C', 'AO123456B']],
    ['sku,ni_number,qty\nAB-1,pending,3', ['AB-1', 'pending']],
    [{ ni_number: '2024-01-15', ni_status: 'verified' }, ['2024-01-15', 'verified']],
    ['lot 12,AB123456C', ['12,AB123456C']],
  ])('look-alike %j', (result, values) => {
    expect([stored(result), keptIn(result, values)]).toEqual([stored(result), []]);
  });
});

describe('L7: an MRZ names line standing alone', () => {
  it.each<[unknown, string[]]>([
    // The row's examples (a visa's line; a passport's whose data line is malformed; a short line).
    ['V<ETHGEBREMEDHIN<<MAHLET<ALEMU<<<<<<<<<<<<<<', ['GEBREMEDHIN', 'MAHLET', 'ALEMU']],
    ['P<NZLTE<WHATA<<RANGI<TAMA<<<<<<<<<<<<<<<<<<<\nLX1234<<NZL850112', ['TE<WHATA', 'RANGI', 'TAMA']],
    ['V<USABRZECZYSZCZYKIEWICZ<<IOLANTHE<<<<', ['BRZECZYSZCZYKIEWICZ', 'IOLANTHE']],
    // The probe's held-back inputs.
    ['scan ok V<KAZABENOVA<<SALTANAT<BEKOVNA<<<<<<<<<<<<<<', ['ABENOVA', 'SALTANAT', 'BEKOVNA']],
    ['P<PERCONDORI<MAMANI<<AMARU<TUPAQ<<<<<<<<<<<<', ['CONDORI', 'MAMANI', 'AMARU', 'TUPAQ']],
    [{ text: 'V<NGAOBIORA<<NKECHI<ADAEZE<<<<<<<<<<<<<<<<<<' }, ['OBIORA', 'NKECHI', 'ADAEZE']],
    ['front side read; bottom lines:\nP<ZAFMAHLANGU<<LWAZI<SIPHO<<<<<<<<<<<<<<<<<<', ['MAHLANGU', 'LWAZI', 'SIPHO']],
    // Held back here: a visa's MRV-B (36), Germany's `D<<`, a line cut short by OCR, an identity card's first line. (A
    // TD1 card's third line alone, `ID back: VLINTUK<<ZEPHRA<ANNE<<<…` with no document code, still fails: open.)
    ['V<GHAOWUSU<ANSAH<<KWABENA<<<<<<<<<<<', ['OWUSU', 'ANSAH', 'KWABENA']],
    ['OCR: P<D<<HALVERSCHEID<<JORIS<TILMAN<<<<<<<<<<<<< end', ['HALVERSCHEID', 'JORIS', 'TILMAN']],
    ['page 2 P<IDNSETIAWAN<<BAGUS<<<<<<<', ['SETIAWAN', 'BAGUS']],
    [{ mrz_line1: 'I<PHLDELA<CRUZ<<MARIA<LUZ<<<<<' }, ['DELA<CRUZ', 'MARIA<LUZ']],
  ])('%j', (result, values) => {
    expect([stored(result), leaksIn(result, values)]).toEqual([stored(result), []]);
  });
  it.each([
    // Code and shell with `<<` (lower case, a heredoc, a shift), a ruler of `<`, capitals without the names' `<<`.
    'std::cout << VALUE << std::endl;',
    'cat <<EOF > out.txt',
    'x = A<<B<<C',
    '<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<',
    'MERGE CONFLICT <<<<<<< HEAD',
    'STATUS<OK<READY<<<',
  ])('look-alike %j', (text) => {
    expect(masked(text)).toBe(text);
  });
  it('twice the text costs about twice the time (names lines and `<<` runs on one line)', () => {
    const unit = 'P<NZLTE<WHATA<<RANGI<TAMA<<<<<<<<<<<<<<<<<<< A<<B<<C V<UTO<<X<<<< ';
    const make = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    expect(timeRatio(detectSensitive, make, 25_000, 50_000)).toBeLessThanOrEqual(3);
    // A names line and a word on each of many lines (each word's line is looked up).
    const line = 'x P<NZLTE<WHATA<<RANGI<TAMA<<<<<<<<<<<<<<<<<<<\n';
    const lines = (n: number) => line.repeat(Math.ceil(n / line.length)).slice(0, n);
    expect(timeRatio(detectSensitive, lines, 25_000, 50_000)).toBeLessThanOrEqual(3);
  });
});
