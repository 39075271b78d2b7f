// Person names that still leak (issue 11): rows of test/redaction/probe-2026-12-06.cases.md (L1, L2, L3,
// L15, L19, L20) and of test/redaction/probe-2026-12-05j.cases.md (S1, S2, S3). Each block: the row's
// examples, its held-back inputs, held-back inputs of my own of the same kind (written before the rule),
// and look-alikes that stay readable.
import { describe, expect, it } from 'vitest';
import { createRedactor } from '@agent-audit/core';
import type { Detection } from '../../packages/core/src/redaction/types.js';
import { detectFileNamePersons } from '../../packages/core/src/redaction/file-name-persons.js';
import { check, masked, storedResults, type Case } from './masked-text.js';

const stored = () => storedResults(() => createRedactor());

describe('chat-speak self-introductions and misspelled name cues (L2, L19)', () => {
  it.each<Case>([
    // L2, the row's examples
    ['hello my names jurgita petrauskiene, cant login', ['jurgita', 'petrauskiene'], ['hello my names', 'cant login']],
    ['hiya, its me tavita leota re claim 5521', ['tavita', 'leota'], ['hiya, its me', 're claim 5521']],
    ['heyy its thandiwe ndlovu lol, cant log in 2 my acct', ['thandiwe', 'ndlovu'], ['heyy its', 'lol, cant log in']],
    // L2, held back
    ['heyy its amaru condori, pls call back', ['amaru', 'condori'], ['heyy its', 'pls call back']],
    ['hi my names oyelaran, i need a new card', ['oyelaran'], ['hi my names', 'i need a new card']],
    ['ello its me nkechi obiora again', ['nkechi', 'obiora'], ['ello its me', 'again']],
    ['hiii im saltanat abenova and my app crashed', ['saltanat', 'abenova'], ['hiii im', 'and my app crashed']],
    ['hey there its tupac quispe-mamani, acct frozen??', ['tupac', 'quispe-mamani'], ['hey there its', 'acct frozen??']],
    // L2, of my own (written before the rule)
    ['heyyy its me selin aydoğdu, order never came', ['selin', 'aydoğdu'], ['heyyy its me', 'order never came']],
    ['hellooo my names wiremu ngata', ['wiremu', 'ngata'], ['hellooo my names']],
    ['hii its me, mahlet gebremedhin. pls help', ['mahlet', 'gebremedhin'], ['hii its me', 'pls help']],
    ['yoo its kofi mensah from the app', ['kofi', 'mensah'], ['yoo its', 'from the app']],
    // L19, the row's examples
    ['my nmae is jurgita petrauskiene', ['jurgita', 'petrauskiene'], ['my nmae is']],
    ['name - jurgita petrauskiene, acct 4417', ['jurgita', 'petrauskiene'], ['name -', 'acct 4417']],
    // L19, held back
    ['my anme is saltanat abenova', ['saltanat', 'abenova'], ['my anme is']],
    ['full name - nkechi obiora', ['nkechi', 'obiora'], ['full name -']],
    ['nmae: tupac condori', ['tupac', 'condori'], ['nmae:']],
    ['my naem is lwazi mahlangu', ['lwazi', 'mahlangu'], ['my naem is']],
    // L19, of my own
    ['name: thandiwe ndlovu\ndob: in my profile', ['thandiwe', 'ndlovu'], ['name:', 'dob: in my profile']],
    ['first nmae - zephra, last name - vlintuk', ['zephra', 'vlintuk'], ['first nmae -', 'last name -']],
    ['hi, my full naem is amaru condori quispe', ['amaru', 'condori', 'quispe'], ['my full naem is']],
    ['customer name – tavita leota; ref 88', ['tavita', 'leota'], ['customer name –', 'ref 88']],
  ])('%j', (text, values, kept) => check([[text, values, kept]]));

  it('in a tool result, through the redactor', () => {
    const { leaksIn, keptIn } = stored();
    const chat = { messages: ['heyy its thandiwe ndlovu lol', 'my nmae is jurgita petrauskiene'] };
    expect(leaksIn(chat, ['thandiwe', 'ndlovu', 'jurgita', 'petrauskiene'])).toEqual([]);
    expect(keptIn(chat, ['heyy its', 'lol', 'my nmae is'])).toEqual([]);
  });

  it.each([
    'hey its me again',
    'heyy its broken again lol',
    'hiii im stuck on step 2',
    'hi its fine now',
    'hey there its working now, thanks',
    'ello its me, the same customer from yesterday',
    'my names are on the form',
    'hi my names dont match on the card',
    'name: string',
    'name: nginx',
    'name: build and test',
    'name - required field',
    'file name - report.pdf',
    '- name: checkout code\n  uses: actions/checkout@v4',
    'the nmae field is misspelled in the form',
    'yoo its raining again',
  ])('look-alike %j stays', (text) => {
    expect(masked(text)).toBe(text);
  });
});

describe('a lower-case title then a lower-case surname in chat (L1)', () => {
  it.each<Case>([
    // the row's examples
    ['she was referred by dr ndlovu last week', ['ndlovu'], ['she was referred by dr', 'last week']],
    ['i saw dr. venkataraman yesterday re my knee', ['venkataraman'], ['i saw dr.', 'yesterday re my knee']],
    ['he was seen 11/3 by dr quigley', ['quigley'], ['he was seen 11/3 by dr']],
    // held back
    ['can u ask dr okonjo-mbeki to ring me back', ['okonjo', 'mbeki'], ['can u ask dr', 'to ring me back']],
    ['appt w/ dr. tuilagi moved to friday?', ['tuilagi'], ['appt w/ dr.', 'moved to friday?']],
    ['mr vasquez-ortuño said the refund was approved', ['vasquez', 'ortuño'], ['mr', 'said the refund was approved']],
    ['mrs kaewkanya from ur billing team emailed me', ['kaewkanya'], ['mrs', 'from ur billing team emailed me']],
    ['prof. adeyinka-sule wrote the referral letter', ['adeyinka', 'sule'], ['prof.', 'wrote the referral letter']],
    // of my own (written before the rule)
    ['pls tell dr mahlangu i said thanks', ['mahlangu'], ['pls tell dr', 'i said thanks']],
    ['ms. obiora called about the bill', ['obiora'], ['ms.', 'called about the bill']],
    ['my neighbour mrs ngata has a key', ['ngata'], ['my neighbour mrs', 'has a key']],
    ['appointment with dr aydoğdu on tues', ['aydoğdu'], ['appointment with dr', 'on tues']],
    ['prof okafor marks really hard', ['okafor'], ['prof', 'marks really hard']],
    ['I SAW dr thandiwe ndlovu TODAY', ['thandiwe', 'ndlovu'], ['I SAW dr', 'TODAY']],
  ])('%j', (text, values, kept) => check([[text, values, kept]]));

  it('in a tool result, through the redactor', () => {
    const { leaksIn, keptIn } = stored();
    const chat = { text: 'she was referred by dr ndlovu last week' };
    expect(leaksIn(chat, ['ndlovu'])).toEqual([]);
    expect(keptIn(chat, ['referred by dr', 'last week'])).toEqual([]);
  });

  it.each([
    'p99 went from 200 ms to 340 ms latency',
    'timeout after 30 ms retrying',
    'the mr was merged yesterday',
    'mr pipeline failed on lint',
    'my dr appointment is at 3',
    'dr. appointment moved to friday',
    'join the ms teams call at 3',
    'open it in ms excel first',
    'ms office license expired',
    'turn left on maple dr then right',
    'big fan of dr who',
    'prof. development day on friday',
    'mrs dash seasoning is out of stock',
    'ms sql server 2019',
    'dr strange is on tonight',
  ])('look-alike %j stays', (text) => {
    expect(masked(text)).toBe(text);
  });
});

describe("a person's name inside a file name or an object key, its words joined by _ - . (L20)", () => {
  it.each<Case>([
    // the row's examples
    ['-rw-r----- 1 hr hr 184220 Dec  4 09:12 Payslip_Thandiwe_Ndlovu_Nov2026.pdf\n-rw-r----- 1 hr hr 88101 Dec  4 09:12 Passport_Scan_FIFITA_Siosaia.jpg', ['Thandiwe', 'Ndlovu', 'FIFITA', 'Siosaia'], ['Payslip_', '_Nov2026.pdf', 'Passport_Scan_', '.jpg']],
    ['s3://claims-docs/members/W774102983/Ndlovu_Thandiwe_ID.jpg', ['Ndlovu', 'Thandiwe'], ['s3://claims-docs/members/', '_ID.jpg']],
    ['s3://claims-docs/statements/Gebremedhin-Mahlet-bank-statement.pdf', ['Gebremedhin', 'Mahlet'], ['s3://claims-docs/statements/', '-bank-statement.pdf']],
    ['/srv/uploads/kyc/2026/12/leota.tavita.drivers-licence.png', ['leota', 'tavita'], ['/srv/uploads/kyc/2026/12/', '.drivers-licence.png']],
    // held back
    ['attached: Referral_Letter_Oyelaran_Bakre_2026-12-01.pdf', ['Oyelaran', 'Bakre'], ['attached: Referral_Letter_', '_2026-12-01.pdf']],
    ['-rw-r----- 1 hr hr 22011 Dec  4 09:12 contract_TUPAQ_CONDORI_signed.pdf', ['TUPAQ', 'CONDORI'], ['contract_', '_signed.pdf']],
    ['Saved scan to /mnt/kyc/inbox/nkechi.obiora.utility-bill.jpg', ['nkechi', 'obiora'], ['Saved scan to /mnt/kyc/inbox/', '.utility-bill.jpg']],
    // of my own (written before the rule)
    ['Uploaded: KYC_Selin_Aydogdu_Passport.pdf', ['Selin', 'Aydogdu'], ['Uploaded: KYC_', '_Passport.pdf']],
    ['scan-amaru-condori-payslip-oct.pdf', ['amaru', 'condori'], ['scan-', '-payslip-oct.pdf']],
    ['/data/hr/payroll/2026/mensah.kofi.p60.pdf', ['mensah', 'kofi'], ['/data/hr/payroll/2026/', '.p60.pdf']],
    ['Thandiwe_Ndlovu_CV.pdf', ['Thandiwe', 'Ndlovu'], ['_CV.pdf']],
    ['mv Bank_Statement_NGATA_Wiremu_2026-11.pdf archive/', ['NGATA', 'Wiremu'], ['mv Bank_Statement_', '_2026-11.pdf archive/']],
  ])('%j', (text, values, kept) => check([[text, values, kept]]));

  // Found by the Stryker run of file-name-persons.ts (issue 13): a name word with a combining mark,
  // as macOS writes file names (NFD: `José` as `Jose` + U+0301), was no name word, so the name was
  // stored (the normalized form's NFC was never reached).
  it.each<Case>([
    ['Payslip_Jose\u0301_Garci\u0301a_Nov2026.pdf', ['Jose\u0301', 'Garci\u0301a'], ['Payslip_', '_Nov2026.pdf']],
    ['/Users/hr/Desktop/Passport_Scan_Zoe\u0308_Mu\u0308ller.jpg', ['Zoe\u0308', 'Mu\u0308ller'], ['/Users/hr/Desktop/Passport_Scan_', '.jpg']],
    ['contract_Franc\u0327ois_Lefe\u0300vre_signed.pdf', ['Franc\u0327ois', 'Lefe\u0300vre'], ['contract_', '_signed.pdf']],
    ['Bank_Statement_Nguye\u0302\u0303n_Tha\u0300nh.pdf', ['Nguye\u0302\u0303n', 'Tha\u0300nh'], ['Bank_Statement_', '.pdf']],
  ])('decomposed (NFD) %j', (text, values, kept) => check([[text, values, kept]]));

  // Found by the Stryker run of file-name-persons.ts (issue 13, `run.length <= 3` → `true` survived):
  // four name words, two given names and two surnames (Iberian, Latin American, Filipino names), were
  // no run, and the whole name was stored.
  it.each<Case>([
    ['Passport_Ana_Lucia_Ferreira_Santos.pdf', ['Ana', 'Lucia', 'Ferreira', 'Santos'], ['Passport_', '.pdf']],
    ['s3://kyc/Payslip-Thandiwe-Nomsa-Ndlovu-Moyo-Nov2026.pdf', ['Thandiwe', 'Nomsa', 'Ndlovu', 'Moyo'], ['s3://kyc/Payslip-', '-Nov2026.pdf']],
    ['/uploads/kyc/leota.tavita.siosaia.fifita.drivers-licence.png', ['leota', 'tavita', 'siosaia', 'fifita'], ['/uploads/kyc/', '.drivers-licence.png']],
  ])('four name words %j', (text, values, kept) => check([[text, values, kept]]));

  it('a decomposed name takes the pseudonym of the composed one', () => {
    const out: Detection[] = [];
    detectFileNamePersons('Payslip_Jose\u0301_Garci\u0301a.pdf', out);
    expect(out.map((detection) => detection.normalized)).toEqual(['jos\u00e9 garc\u00eda']);
  });

  it('under a member, through the redactor', () => {
    const { leaksIn, keptIn } = stored();
    const key = { Key: 'hr/references/saltanat-abenova-reference.docx' };
    expect(leaksIn(key, ['saltanat', 'abenova'])).toEqual([]);
    expect(keptIn(key, ['hr/references/', '-reference.docx'])).toEqual([]);
    const mail = { attachments: [{ filename: 'MRI_Report_Lwazi_Mahlangu.pdf' }] };
    expect(leaksIn(mail, ['Lwazi', 'Mahlangu'])).toEqual([]);
    expect(keptIn(mail, ['MRI_Report_', '.pdf'])).toEqual([]);
    const list = ['s3://claims-docs/members/W1/Ndlovu_Thandiwe_ID.jpg', 's3://claims-docs/x/Gebremedhin-Mahlet-bank-statement.pdf'];
    expect(leaksIn(list, ['Ndlovu', 'Thandiwe', 'Gebremedhin', 'Mahlet'])).toEqual([]);
  });

  it.each([
    'Quarterly_Report_Q3_2026.pdf',
    'invoice_template_v2.docx',
    'see README.md and CHANGELOG.md',
    'Passport_Renewal_Guide_UK.pdf',
    'kubernetes-deployment-notes.pdf',
    'Monthly_Bank_Statement_Template.xlsx',
    'annual-leave-policy-2026.pdf',
    'node_modules/react-dom/index.js',
    'utility_bill_sample.png',
    'Payslip_Nov2026.pdf',
    'Parkinson_Disease_Referral_Guidelines.pdf',
    'London_Office_Lease.pdf',
    'Microsoft_Teams_Setup_Guide.pdf',
    'terraform-state-backup.json',
    'Acme_Globex_merger_terms.pdf',
    'IMG_20261204_091233.jpg',
    'screenshot-2026-12-04-at-09.12.33.png',
    'Re\u0301sume\u0301_Template_Modern.docx',
    'Cafe\u0301_Menu_Winter.pdf',
    'Acme_Globex_Initech_Hooli_merger.pdf',
  ])('look-alike %j stays', (text) => {
    expect(masked(text)).toBe(text);
  });
});

describe("a kinship noun then the relative's given name in parentheses (L3)", () => {
  it.each<Case>([
    // the row's examples
    ['Rx 4471823 | Metformin 500 mg #60 | pickup by: wife (Ngozi)', ['Ngozi'], ['Metformin 500 mg', 'pickup by: wife (']],
    ['Collected by: mother (Hinemoa) at 16:40, ID checked.', ['Hinemoa'], ['Collected by: mother (', ') at 16:40, ID checked.']],
    ['Seen with son (Tavita) and husband (Siosaia).', ['Tavita', 'Siosaia'], ['Seen with son (', 'and husband (']],
    ['Pickup: daughter-in-law (Nomvula); brother (Wiremu) to call.', ['Nomvula', 'Wiremu'], ['Pickup: daughter-in-law (', 'brother (', 'to call']],
    ['Contacts: father (Yerlan), aunt (Thandiwe).', ['Yerlan', 'Thandiwe'], ['Contacts: father (', 'aunt (']],
    // held back
    ['Visited by sister (Oyelaran) on ward 4B.', ['Oyelaran'], ['Visited by sister (', ') on ward 4B.']],
    ['Escort: grandson (Tupaq) waited in reception', ['Tupaq'], ['Escort: grandson (', ') waited in reception']],
    ['Consent given by stepfather (Bekzat) by phone.', ['Bekzat'], ['Consent given by stepfather (', ') by phone.']],
    ['Interpreter not needed - niece (Lwazi) translated.', ['Lwazi'], ['Interpreter not needed - niece (', ') translated.']],
    ['Carer: uncle (Tsegaye), lives with patient', ['Tsegaye'], ['Carer: uncle (', '), lives with patient']],
    // of my own (written before the rule)
    ['NOK: partner (Keoni), mobile on file', ['Keoni'], ['NOK: partner (', '), mobile on file']],
    ['Next of kin: Mother (Amaru Condori), tel on file', ['Amaru', 'Condori'], ['Next of kin: Mother (', '), tel on file']],
    ['accompanied by foster mother (Zephra) today', ['Zephra'], ['accompanied by foster mother (', ') today']],
    ['brother-in-law (Tavita) to collect meds', ['Tavita'], ['brother-in-law (', ') to collect meds']],
    ['Collected by granddaughter (Ama).', ['Ama'], ['Collected by granddaughter (']],
    ['Collected by: WIFE (Ngozi)', ['Ngozi'], ['Collected by: WIFE (']],
  ])('%j', (text, values, kept) => check([[text, values, kept]]));

  it('in a pharmacy log, through the redactor', () => {
    const { leaksIn, keptIn } = stored();
    const log = { rows: ['Rx 4471823 | pickup by: wife (Ngozi)', 'Collected by: mother (Hinemoa) at 16:40'] };
    expect(leaksIn(log, ['Ngozi', 'Hinemoa'])).toEqual([]);
    expect(keptIn(log, ['pickup by: wife', 'Collected by: mother', 'at 16:40'])).toEqual([]);
  });

  it.each([
    'Next of kin: mother (deceased).',
    'father (unknown), mother (Unknown)',
    'Daughter (LPA) manages the account.',
    'son (NOK) informed',
    'daughter (Minor) present',
    'brother (Twin) also a patient',
    'mother (Primary Carer) attends',
    'son (Adult) lives away',
    'uncle (Paternal), aunt (Maternal)',
    'mother (Mum) prefers calls',
    'son (16) attends school',
    'mother (see notes)',
    'Mother (English) and father (French) speak to her.',
    'wife (Spouse) consented',
    'husband (Retired) at home',
    'Brother (HL-L2350DW) printer offline',
    'sister (Ward Sister) on duty',
    'father (Step) not involved',
    'mother (Biological) not in contact',
  ])('look-alike %j stays', (text) => {
    expect(masked(text)).toBe(text);
  });
});

describe("a payer's or payee's initial and surname in capitals after a bank statement's transaction code (L15)", () => {
  it.each<Case>([
    // the row's example
    ['Date,Description,Amount\n01/12/2026,FPI T NDLOVU RENT DEC,950.00\n03/12/2026,DD GEBREMEDHIN M,-35.00\n04/12/2026,CHQ 001043 PAID TO W NGATA,-250.00', ['NDLOVU', 'GEBREMEDHIN', 'NGATA'], ['FPI ', ' RENT DEC,950.00', '03/12/2026,DD ', ',-35.00', 'CHQ 001043 PAID TO ', ',-250.00']],
    // held back
    ['05/12/2026 FASTER PAYMENT RECEIVED FROM O OYELARAN-BAKRE REF 4471 +300.00', ['OYELARAN', 'BAKRE'], ['FASTER PAYMENT RECEIVED FROM ', ' REF 4471 +300.00']],
    ['06/12/2026,STO K KAHANANUI SAVINGS,-100.00', ['KAHANANUI'], ['06/12/2026,STO ', ' SAVINGS,-100.00']],
    ['07/12/2026  BGC Z VLINTUK WAGES  1,820.00', ['VLINTUK'], ['07/12/2026  BGC ', ' WAGES  1,820.00']],
    // of my own (written before the rule)
    ['09/12/2026,BP A MAHLANGU POCKET MONEY,-20.00', ['MAHLANGU'], ['09/12/2026,BP ', ' POCKET MONEY,-20.00']],
    ['10/12/2026,FPO N OBIORA LOAN REPAY,-150.00', ['OBIORA'], ['10/12/2026,FPO ', ' LOAN REPAY,-150.00']],
    ['11/12/2026;SO T LEOTA RENT;-400,00', ['LEOTA'], ['11/12/2026;SO ', ' RENT;-400,00']],
    ['12/12/2026  DD AYDOGDU S  GYM  -29.99', ['AYDOGDU'], ['12/12/2026  DD ', 'GYM  -29.99']],
    ['14/12/2026,FASTER PAYMENT TO T NDLOVU REF RENT,-900.00', ['NDLOVU'], ['FASTER PAYMENT TO ', ' REF RENT,-900.00']],
    ['15/12/2026\tTFR FROM K J MENSAH\t250.00', ['MENSAH'], ['TFR FROM ', '\t250.00']],
  ])('%j', (text, values, kept) => check([[text, values, kept]]));

  // Found while analysing statement-payees.ts for its Stryker run (issue 13): the gate asked `FASTER
  // PAYMENT` and a blank, so the plural the rule reads (`FASTER PAYMENTS RECEIVED FROM`) and a tab or two
  // blanks inside the code never reached it.
  it.each<Case>([
    ['16/12/2026,FASTER PAYMENTS RECEIVED FROM O OYELARAN-BAKRE REF 4471,300.00', ['OYELARAN', 'BAKRE'], ['FASTER PAYMENTS RECEIVED FROM ', ' REF 4471,300.00']],
    ['17/12/2026,FASTER PAYMENTS TO T NDLOVU,-900.00', ['NDLOVU'], ['FASTER PAYMENTS TO ', ',-900.00']],
    ['18/12/2026\tFASTER\tPAYMENT RECEIVED FROM W NGATA\t120.00', ['NGATA'], ['FASTER\tPAYMENT RECEIVED FROM ', '\t120.00']],
    ['19/12/2026  FASTER  PAYMENT OUT TO Z VLINTUK  -45.00', ['VLINTUK'], ['FASTER  PAYMENT OUT TO ', '  -45.00']],
  ])('the plural code and blanks inside it %j', (text, values, kept) => check([[text, values, kept]]));

  it('as a JSON description, through the redactor', () => {
    const { leaksIn, keptIn } = stored();
    const rows = [{ date: '2026-12-01', description: 'FPI T NDLOVU RENT DEC', amount: 950 }, { date: '2026-12-03', description: 'DD GEBREMEDHIN M', amount: -35 }];
    expect(leaksIn(rows, ['NDLOVU', 'GEBREMEDHIN'])).toEqual([]);
    expect(keptIn(rows, ['FPI', 'RENT DEC', 'DD'])).toEqual([]);
  });

  it.each([
    '01/12/2026,DD VODAFONE LTD,-35.00',
    '02/12/2026,DD COUNCIL TAX,-140.00',
    '03/12/2026,BGC HMRC VAT REFUND,410.00',
    '04/12/2026,STO SAVINGS ACCOUNT,-100.00',
    '05/12/2026,DD E ON ENERGY,-60.00',
    '06/12/2026,FPI A PLAN INSURANCE REF 4471,25.00',
    '07/12/2026,DD BT GROUP PLC,-45.00',
    '08/12/2026,CHQ 001045 PAID IN,300.00',
    '09/12/2026,BP O2 UK,-20.00',
    '10/12/2026,DD J SAINSBURY PLC,-12.00',
    '11/12/2026,DD NOW TV,-9.99',
    '12/12/2026,FPO A TO Z STORAGE,-30.00',
    'DD MM YYYY is the date format',
  ])('look-alike %j stays', (text) => {
    expect(masked(text)).toBe(text);
  });
});

describe('a name glued to `#`, after a capitalized word that is no name, after a number (S1, S2, S3)', () => {
  it.each<Case>([
    // S1, the row's
    ['Ticket #Maria Lopes, 934567890', ['Maria', 'Lopes', '934567890'], ['Ticket #']],
    ['Ticket #Zephra Vlintuk called', ['Zephra', 'Vlintuk'], ['Ticket #', 'called']],
    ['Assigned to #Thandiwe Ndlovu', ['Thandiwe', 'Ndlovu'], ['Assigned to #']],
    ['Owner #Selin Aydoğdu', ['Selin', 'Aydoğdu'], ['Owner #']],
    // S1, of my own
    ['(#Amara Okafor) escalated the case', ['Amara', 'Okafor'], ['escalated the case']],
    ['cc #Kofi Mensah, #Wiremu Ngata', ['Kofi', 'Mensah', 'Wiremu', 'Ngata'], ['cc #']],
    // S2, the row's
    ['Kundennummer Maria Lopes', ['Maria', 'Lopes'], ['Kundennummer']],
    ['Rechnungsnummer Maria Lopes', ['Maria', 'Lopes'], ['Rechnungsnummer']],
    ['Kontonummer Maria Lopes.', ['Maria', 'Lopes'], ['Kontonummer']],
    ['Kundennummer Maria Lopes hat angerufen', ['Maria', 'Lopes'], ['Kundennummer', 'hat angerufen']],
    ['Kundennummer Maria Garcia', ['Maria', 'Garcia'], ['Kundennummer']],
    ['Kontonummer Anna Berg', ['Anna', 'Berg'], ['Kontonummer']],
    ['Kundennummer Selin Aydoğdu', ['Selin', 'Aydoğdu'], ['Kundennummer']],
    // S2, of my own
    ['Kundin Maria Ndlovu ruft zurück', ['Maria', 'Ndlovu'], ['Kundin', 'ruft zurück']],
    ['Vorgangsnummer Thandiwe Ndlovu', ['Thandiwe', 'Ndlovu'], ['Vorgangsnummer']],
    ['Versicherungsnummer Anna Lopes', ['Anna', 'Lopes'], ['Versicherungsnummer']],
    // S3, the row's
    ['Code 0123 Maria Lopes', ['Maria', 'Lopes'], ['Code 0123']],
    ['ref 0123 Maria Lopes', ['Maria', 'Lopes'], ['ref 0123']],
    ['IBAN PT50 0002 0123 Zephra Vlintuk', ['Zephra', 'Vlintuk'], ['IBAN PT50 0002 0123']],
    ['Ticket 4471 Thandiwe Ndlovu', ['Thandiwe', 'Ndlovu'], ['Ticket 4471']],
    // S3, of my own
    ['Case 88213 Amara Okafor, callback requested', ['Amara', 'Okafor'], ['Case 88213', 'callback requested']],
    ['Order #55102 Selin Aydoğdu', ['Selin', 'Aydoğdu'], ['Order #55102']],
    ['Member ID W774102983 Tavita Leota', ['Tavita', 'Leota', 'W774102983'], ['Member ID']],
  ])('%j', (text, values, kept) => check([[text, values, kept]]));

  it.each([
    '#Black Friday sale starts now',
    'Follow #Throwback Thursday posts',
    'Tag it #General Chat',
    'C# Language Basics',
    'Kundennummer Hauptstraße 12',
    'Rechnungsnummer Dezember Abschlag',
    'Lives at 12 Maria Street',
    'Ticket 4471 High Priority',
    'Order 4471 Express Delivery',
    'Case 12 Main Street',
  ])('look-alike %j: no person', (text) => {
    expect(masked(text)).not.toContain('[PERSON]');
  });
});
