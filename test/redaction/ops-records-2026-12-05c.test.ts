import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';
import { detectAccountNames } from '../../packages/core/src/redaction/account-names.js';
import { detectLatinAsianAddresses } from '../../packages/core/src/redaction/addresses-intl.js';
import { detectBai2 } from '../../packages/core/src/redaction/bank-messages.js';
import { detectCrewLists } from '../../packages/core/src/redaction/crew-lists.js';
import { timeRatio } from './linear-time.js';
import { kept, leaks } from './masked-text.js';

// Issue 11, the tenth probe (2026-12-05c), rows L6-L9:
// L6 Windows, AD and Kerberos account names written given.surname and computers named after their user;
// L7 crew lists (IMO FAL Form 5 rows, SID/SIRB/seaman's book numbers, pilot licences);
// L8 street addresses of Korea, Indonesia, the Philippines, Pakistan, Bangladesh and Ethiopia in Latin letters;
// L9 BAI2 `03` account records and `16` detail text names.

describe('L6: account names given.surname in Windows, AD and Kerberos logs', () => {
  it('the probe rows', () => {
    expect(leaks('An account failed to log on.\nAccount Name: tendai.moyo\nAccount Domain: CORP\nFailure Reason: Unknown user name or bad password.', ['tendai.moyo', 'tendai', 'moyo'])).toEqual([]);
    expect(leaks('A Kerberos authentication ticket (TGT) was requested. Account Name: ngozi.eze Supplied Realm Name: CORP.EXAMPLE.COM User ID: CORP\\ngozi.eze Client Address: ::ffff:10.1.4.22', ['ngozi', 'eze'])).toEqual([]);
    expect(leaks('User CORP\\aisha.bello logged on from 10.1.2.3', ['aisha', 'bello', '10.1.2.3'])).toEqual([]);
    expect(leaks('Security ID: S-1-5-21-3623811015-3361044348-30300820-1013  Account Name: chidi.okeke', ['chidi', 'okeke'])).toEqual([]);
    expect(leaks('Logon: user=katarzyna.nowak domain=CORP.LOCAL', ['katarzyna', 'nowak'])).toEqual([]);
    expect(leaks('sAMAccountName: fatima.alzahrani\nuserPrincipalName: fatima.alzahrani@corp.example', ['fatima', 'alzahrani'])).toEqual([]);
    expect(leaks('Event 4740: A user account was locked out. Target Account Name: rkumar  Caller Computer Name: LAPTOP-RAJESHK', ['RAJESHK'])).toEqual([]);
  });
  it('held back: other labels, separators and hosts of the kind', () => {
    expect(leaks('Target User Name: oluwaseun.adeyemi', ['oluwaseun', 'adeyemi'])).toEqual([]);
    expect(leaks('samaccountname=li.wei,ou=Staff,dc=corp', ['li.wei'])).toEqual([]);
    expect(leaks('Failed password for invalid user tomasz.zielinski from 10.0.0.9 port 22', ['tomasz', 'zielinski'])).toEqual([]);
    expect(leaks('EXAMPLE\\mariana_souza opened \\\\fs01\\share', ['mariana', 'souza'])).toEqual([]);
    expect(leaks('Logon Type 3, Account Name: ana-maria.popescu, Account Domain: CORP', ['ana-maria', 'popescu'])).toEqual([]);
    expect(leaks('username: "kwame.mensah"', ['kwame', 'mensah'])).toEqual([]);
    expect(leaks('Workstation Name: DESKTOP-AMARAOKAFOR', ['AMARAOKAFOR'])).toEqual([]);
    expect(leaks('Source Workstation: LAPTOP-JSMITH', ['JSMITH'])).toEqual([]);
  });
  it('look-alikes stay readable', () => {
    expect(kept('Account Name: svc.backup  Account Domain: CORP', ['svc.backup'])).toEqual([]);
    expect(kept('Account Name: DC01$  Account Domain: CORP', ['DC01$'])).toEqual([]);
    expect(kept('Account Name: ANONYMOUS LOGON', ['ANONYMOUS LOGON'])).toEqual([]);
    expect(kept('User NT AUTHORITY\\SYSTEM logged on', ['NT AUTHORITY\\SYSTEM'])).toEqual([]);
    expect(kept('user=app.worker domain=CORP.LOCAL', ['app.worker', 'CORP.LOCAL'])).toEqual([]);
    expect(kept('import os.path; config.yaml loaded by user=root', ['os.path', 'config.yaml', 'user=root'])).toEqual([]);
    expect(kept('Caller Computer Name: DESKTOP-7F3KQ2M', ['DESKTOP-7F3KQ2M'])).toEqual([]);
    expect(kept('Workstation Name: LAPTOP-FINANCE', ['LAPTOP-FINANCE'])).toEqual([]);
    expect(kept('Account Name: krbtgt  Service Name: krbtgt/CORP.EXAMPLE.COM', ['krbtgt'])).toEqual([]);
  });
});

describe('L7: crew lists', () => {
  it('the probe rows', () => {
    const fal = 'CREW LIST - MV OCEAN STAR IMO 9321483\nNo. Surname Given names Rank Nationality DOB Passport\n1 DELA CRUZ JUAN MIGUEL Master PHL 12-MAR-1975 P1234567A\n2 PETROV IVAN SERGEEVICH Ch.Eng RUS 03-JUL-1980 753219864\n3 RAHMAN MOHAMMED ABDUR AB BGD 21-JAN-1992 BH0456789';
    expect(leaks(fal, ['DELA CRUZ', 'JUAN MIGUEL', 'P1234567A', 'PETROV', 'IVAN SERGEEVICH', '753219864', 'RAHMAN', 'BH0456789', '12-MAR-1975', '03-JUL-1980'])).toEqual([]);
    expect(kept(fal, ['Master', 'PHL', 'RUS', 'BGD', 'IMO 9321483'])).toEqual([]);
    expect(leaks('1 DELA CRUZ JUAN MIGUEL MASTER PHL 12-MAR-1975 P1234567A', ['DELA', 'CRUZ', 'JUAN', 'MIGUEL', 'P1234567A', '12-MAR-1975'])).toEqual([]);
    const spaced = 'Crew list\nNo  Family name  Given names  Rank  Nationality  Date of birth  Passport no.\n1  DELA CRUZ  JUAN MIGUEL  Master  PHL  12.03.1975  P1234567A\n2  PETROV  IVAN  C/E  RUS  03.07.1980  753219864';
    expect(leaks(spaced, ['DELA CRUZ', 'JUAN MIGUEL', 'P1234567A', 'PETROV', '753219864', '12.03.1975', '03.07.1980'])).toEqual([]);
    expect(kept(spaced, ['C/E  RUS'])).toEqual([]);
    expect(leaks('CREW: 1. SANTOS, RICARDO JOSE - MASTER - SID PH0012345\n2. BALOGUN, ADEBAYO - BOSUN - SID NG0098765', ['SANTOS', 'RICARDO', 'JOSE', 'PH0012345', 'BALOGUN', 'ADEBAYO', 'NG0098765'])).toEqual([]);
    expect(leaks('Seafarer: Reynaldo Bautista Macaraeg, SIRB C0123456, Seaman book NG0098765', ['Macaraeg', 'C0123456', 'NG0098765'])).toEqual([]);
    expect(leaks('Licence: ATPL 58812 issued to Capt. Aroha Ngata; medical class 1 exp 2027-03', ['58812', 'Aroha'])).toEqual([]);
    expect(leaks('GENERAL DECLARATION - Flight QR707\nCrew: CAPT AL-MANSOURI KHALID, F/O SILVA RICARDO, CCM NAKAMURA YUKI\nLicence: ATPL 58812 (Khalid Al-Mansouri)', ['58812', 'KHALID', 'NAKAMURA'])).toEqual([]);
  });
  it('held back: other ranks, codes, dates and document labels', () => {
    expect(leaks('4 OKONKWO CHINEDU EMEKA BOSUN NGA 1985-11-02 A09876543', ['OKONKWO', 'CHINEDU', 'EMEKA', 'A09876543', '1985-11-02'])).toEqual([]);
    expect(leaks('12. NGUYEN VAN AN 2/O VNM 05/06/1990 C1234567', ['NGUYEN', 'VAN AN', 'C1234567', '05/06/1990'])).toEqual([]);
    expect(leaks('7 | KOWALSKI | JAN | Cook | POL | 14 Feb 1979 | EA1234567', ['KOWALSKI', 'EA1234567', '14 Feb 1979'])).toEqual([]);
    expect(leaks("Seaman's book no. 0123456 issued Manila", ['0123456'])).toEqual([]);
    expect(leaks('Seafarer ID Document: IND-SID-4455667', ['4455667'])).toEqual([]);
    expect(leaks('Crew change: CDC No: MUM 123456', ['123456'])).toEqual([]);
    expect(leaks('Pilot licence CPL(A) 778812', ['778812'])).toEqual([]);
    expect(leaks('PPL No. AU-223344 (holder Tamati Walker)', ['223344'])).toEqual([]);
  });
  it('look-alikes stay readable', () => {
    expect(kept('1 x Dell Latitude 5420 USA 2023-01-15 SN8H2K3L4', ['Dell Latitude 5420 USA 2023-01-15'])).toEqual([]);
    expect(kept('SID S-1-5-21-3623811015-3361044348-30300820-1013', ['S-1-5-21-3623811015-3361044348-30300820-1013'])).toEqual([]);
    expect(kept('ATPL theory exam 2025: 14 subjects, pass mark 75%', ['ATPL theory exam 2025: 14 subjects'])).toEqual([]);
    expect(kept('Oracle SID ORCL1 on port 1521', ['SID ORCL1'])).toEqual([]);
    // Outside a crew text `SID`/`CDC` are a state id and a corrections number (correctional-ids-2026-12-05b).
    expect(kept('session SID 12345678', ['SID 12345678'])).toEqual([]);
    expect(detectSensitive('CDC# K12345, inmate at CSP Solano').map((d) => d.type).filter((type) => type !== 'PERSON')).toEqual(['CORRECTIONAL_ID']);
    expect(kept('Route: 1 MANILA PORT CALL PHL 2026-12-01 ETA0600', ['ETA0600'])).toEqual([]);
  });
});

describe('L8: street addresses of Korea, Indonesia, the Philippines, Pakistan, Bangladesh and Ethiopia in Latin letters', () => {
  it('the probe rows', () => {
    expect(leaks('Ship to 15 Teheran-ro 22-gil, Gangnam-gu, Seoul 06142', ['Teheran', '22-gil'])).toEqual([]);
    expect(leaks('address: 123 Sejong-daero, Jung-gu, Seoul', ['Sejong'])).toEqual([]);
    expect(leaks('Alamat: Jl. Jend. Sudirman No. 45, RT 03/RW 05, Kebayoran Baru, Jakarta Selatan', ['Sudirman', 'No. 45', 'RT 03/RW 05'])).toEqual([]);
    expect(leaks('Address: Blk 5 Lot 12, Brgy. San Isidro, Quezon City 1100', ['Blk 5 Lot 12', 'San Isidro'])).toEqual([]);
    expect(leaks('Address: House 12, Street 5, F-7/2, Islamabad', ['House 12', 'Street 5'])).toEqual([]);
    expect(leaks('Address: House 45, Road 11, Dhanmondi, Dhaka 1209', ['House 45', 'Road 11'])).toEqual([]);
    expect(leaks('Address: Bole Sub-City, Woreda 03, House No. 1122, Addis Ababa', ['1122', 'Woreda 03'])).toEqual([]);
    expect(leaks('CN23 CUSTOMS DECLARATION\nSender: Hyun-woo Jung, 15 Teheran-ro 22-gil, Gangnam-gu, Seoul 06142\nAddressee: Aigerim Nurlanovna, 45 Abay Ave, Almaty 050000', ['Teheran', '45 Abay'])).toEqual([]);
  });
  it('held back: the same forms spelled otherwise', () => {
    expect(leaks('Deliver to: Haeundae-ro 570beon-gil 12, Haeundae-gu, Busan', ['Haeundae-ro 570beon-gil 12'])).toEqual([]);
    expect(leaks('addr 42 Gangnam-daero 94-gil, Seocho-gu', ['Gangnam-daero'])).toEqual([]);
    expect(leaks('Kirim ke Jalan Diponegoro No. 7A, Menteng, Jakarta Pusat', ['Diponegoro No. 7A'])).toEqual([]);
    expect(leaks('alamat jln. Merdeka no 12 Bandung', ['Merdeka no 12'])).toEqual([]);
    expect(leaks('Block 7 Lot 3 Phase 2, Brgy. Mabuhay, Cavite', ['Block 7 Lot 3'])).toEqual([]);
    expect(leaks('House No. 23, Street No. 14, G-9/1, Islamabad', ['House No. 23', 'Street No. 14'])).toEqual([]);
    expect(leaks('House #7, Road #4, Gulshan-2, Dhaka', ['House #7', 'Road #4'])).toEqual([]);
    expect(leaks('Kirkos Sub-City, Kebele 05, House No. 512, Addis Ababa', ['512'])).toEqual([]);
  });
  it('look-alikes stay readable', () => {
    expect(kept('Sold 12 house plants and 5 road signs', ['12 house plants', '5 road signs'])).toEqual([]);
    expect(kept('House 12 of the tournament draw, Street 5 Fighter', ['House 12'])).toEqual([]);
    expect(kept('Set log level via --ro flag; the pro-gil group', ['--ro flag'])).toEqual([]);
    expect(kept('Block 5 failed: 12 lots of tests', ['Block 5 failed: 12 lots'])).toEqual([]);
    expect(kept('Woreda 03 reported 1122 cases of malaria', ['Woreda 03 reported 1122 cases'])).toEqual([]);
    expect(kept('Read-only mode: Config-ro 3 replicas', ['Config-ro 3 replicas'])).toEqual([]);
  });
});

describe('L9: BAI2 account records and detail text', () => {
  it('the probe rows', () => {
    const file = '01,121000358,987654321,261205,0930,1,80,,2/\n02,987654321,121000358,1,261204,,USD,2/\n03,4401938821,USD,010,500000,,/\n16,165,150000,Z,8877665544,,ZELLE FROM PRIYA VENKATESAN/\n88,MEMO RENT DEC/\n49,650000,4/\n98,650000,1,6/\n99,650000,1,8/';
    expect(leaks(file, ['4401938821', 'PRIYA', 'VENKATESAN'])).toEqual([]);
    expect(kept(file, ['01,121000358,987654321,261205', '16,165,150000', '49,650000,4/'])).toEqual([]);
    expect(leaks('03,0012345678,USD,010,1200,,/', ['0012345678'])).toEqual([]);
    expect(leaks('16,195,25000,Z,9988776655,,ACH CREDIT FROM KALEIALOHA MAKOA SSN 536228514/', ['KALEIALOHA', 'MAKOA', '536228514'])).toEqual([]);
  });
  it('held back: other account shapes, detail texts and continuations', () => {
    expect(leaks('03,000123-4567,,010,+120050,,/', ['000123-4567'])).toEqual([]);
    expect(leaks('16,475,9900,0,CHK1023,,CHECK PAID TO ORDER OF LEILANI KAHANANUI/', ['LEILANI', 'KAHANANUI'])).toEqual([]);
    expect(leaks('16,301,120000,Z,,,WIRE IN ORIG:CARLOS MENDOZA RUIZ REF 7788/', ['CARLOS', 'MENDOZA'])).toEqual([]);
    expect(leaks('16,142,5000,Z,ABC,,ACH CREDIT\n88,IND NAME:HIROSHI TANAKA ID 4455/', ['HIROSHI', 'TANAKA'])).toEqual([]);
    expect(leaks('16,469,2500,Z,,,ZELLE TO Maria Gonzalez Lopez/', ['Maria', 'Gonzalez'])).toEqual([]);
  });
  it('look-alikes stay readable', () => {
    expect(kept('16,165,150000,Z,8877665544,,PAYROLL DEPOSIT/', ['PAYROLL DEPOSIT'])).toEqual([]);
    expect(kept('16,495,1000,Z,,,INTEREST FROM 2026-11-01 TO 2026-11-30/', ['INTEREST FROM 2026-11-01 TO 2026-11-30'])).toEqual([]);
    expect(kept('16,195,5000,Z,,,TRANSFER FROM SAVINGS ACCOUNT/', ['TRANSFER FROM SAVINGS ACCOUNT'])).toEqual([]);
    expect(kept('03,USD,010,500000', ['03,USD,010,500000'])).toEqual([]);
    expect(kept('values: 03,15,2026,010,500', ['03,15,2026,010,500'])).toEqual([]);
    expect(kept('02,987654321,121000358,1,261204,,USD,2/', ['987654321', '121000358'])).toEqual([]);
  });
});

describe('linear time on hostile inputs of these shapes', () => {
  // Each new reader timed alone (the whole pipeline's time on these texts is the other detectors'),
  // through test/redaction/linear-time.ts (best of five after a warm-up, up to five attempts).
  const all = { names: true, accounts: true, dates: true, ids: true };
  const shapes: Array<[string, (size: number) => string, (text: string) => void]> = [
    ['BAI2 detail cues', (size) => `16,165,1,Z,,,${'FROM A '.repeat(size / 7)}/`, (text) => detectBai2(text, [], all)],
    ['BAI2 records', (size) => '03,0012345678,USD,010,1,,/\n16,165,1,Z,,,TO AB CD/\n88,NAME:EF GH/\n'.repeat(size / 64), (text) => detectBai2(text, [], all)],
    ['account labels', (size) => 'Account Name: a.b user=c_d CORP\\e.f LAPTOP-ABCD '.repeat(size / 50), (text) => detectAccountNames(text, [])],
    ['account runs', (size) => `user=${'a'.repeat(size)}.b`, (text) => detectAccountNames(text, [])],
    ['domain runs', (size) => `${'A'.repeat(size)}\\`, (text) => detectAccountNames(text, [])],
    ['crew rows', (size) => '1 AA BB CC MASTER PHL 12-MAR-1975 P1234567A\n'.repeat(size / 44), (text) => detectCrewLists(text, [], all)],
    ['crew cells', (size) => `CREW\n1 ${'AA '.repeat(size / 3)}PHL 12-MAR-1975`, (text) => detectCrewLists(text, [], all)],
    ['crew documents', (size) => 'SID SIRB CDC ATPL 1234 Seaman book '.repeat(size / 35), (text) => detectCrewLists(text, [], all)],
    ['numbered entries', (size) => `CREW: 1. ${'AB, '.repeat(size / 4)}- MASTER`, (text) => detectCrewLists(text, [], all)],
    ['address words', (size) => `Jl. ${'Aa '.repeat(size / 3)}Blk 5 House 1, Woreda 2, Aa-ro 1`, (text) => detectLatinAsianAddresses(text, [])],
    ['address repeats', (size) => 'Blk 5 Lot 1, Brgy. A B House 1, Street 2 Teheran-ro 2-gil 3, Jl. A No. 4 '.repeat(size / 72), (text) => detectLatinAsianAddresses(text, [])],
  ];
  for (const [name, make, run] of shapes) {
    it(`${name}: twice the input, at most about three times the time`, { timeout: 60_000 }, () => {
      // 100 and 200 KB: most of these readers take 1-2 ms on 50 KB, where a millisecond of another
      // process's burst alone gave 3.55 (load 12, 2026-12-05); a quadratic rule still gives ~4x.
      expect(timeRatio(run, make, 100_000, 200_000, 2)).toBeLessThan(3.2);
    });
  }
  it('the whole pipeline on a 100 KB crew list and BAI2 file finishes', { timeout: 60_000 }, () => {
    expect(detectSensitive('1 AA BB CC MASTER PHL 12-MAR-1975 P1234567A\n'.repeat(2300)).length).toBeGreaterThan(0);
    expect(detectSensitive('03,0012345678,USD,010,1,,/\n16,165,1,Z,,,TO AB CD/\n'.repeat(2000)).length).toBeGreaterThan(0);
  });
});
