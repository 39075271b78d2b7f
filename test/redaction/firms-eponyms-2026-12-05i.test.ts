// Issue 11, the sixteenth probe (2026-12-05i), over-redaction rows O1-O4
// (test/redaction/probe-2026-12-05i.cases.md): firms named after their founders (law firms, a
// payroll vendor, brokers, a reinsurer, recruitment agencies, ATS sources) read as persons; legal doctrines,
// student aid, schools and courses named after persons (O2); courts, statutes, tax offices and holidays of five
// languages (O3); form codes, box labels, coverages and counties read as phones, addresses or persons (O4).
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';
import { timeRatio } from './linear-time.js';
import { check, masked, storedResults } from './masked-text.js';

const key = () => createKeyring([new Uint8Array(32).fill(11)]);
const { stored } = storedResults(createRedactor({ pseudonymKey: key(), sessionMemory: false }));
/** Each kept value must be in the stored result, each personal value must not. */
function expectStored(result: unknown, keep: readonly string[], gone: readonly string[] = []): void {
  const out = stored(result);
  expect([out, keep.filter((value) => !out.includes(value))]).toEqual([out, []]);
  expect([out, gone.filter((value) => out.includes(value))]).toEqual([out, []]);
}

describe('O1: firms named after their founders are no persons', () => {
  it('the probe rows', () => {
    check([
      ['Outside counsel: Skadden Arps, Cravath Swaine & Moore, and Baker McKenzie.', [], ['Skadden Arps', 'Cravath Swaine & Moore', 'Baker McKenzie']],
      ['Conflicts check cleared against Freshfields Bruckhaus Deringer and Linklaters.', [], ['Freshfields Bruckhaus Deringer', 'Linklaters']],
      ['Billing reviewed by Kirkland & Ellis and Davis Polk.', [], ['Kirkland & Ellis', 'Davis Polk']],
      ['SuccessFactors Employee Central feeds UKG Pro and Ceridian Dayforce.', [], ['Ceridian Dayforce', 'UKG Pro']],
      ['Opposing counsel Skadden Arps; the court applied the Daubert standard.', [], ['Skadden Arps']],
      ['Opposing counsel is Skadden Arps; the judge applied the Daubert standard.', [], ['Skadden Arps']],
    ]);
    expectStored({ counsel: { firm: 'Wilson Sonsini Goodrich & Rosati', office: 'Palo Alto' }, opposing: { name: 'Morgan Lewis' } }, ['Wilson Sonsini Goodrich & Rosati', 'Morgan Lewis']);
    expectStored({ vendor: { name: 'Baker McKenzie', type: 'law_firm' } }, ['Baker McKenzie']);
    expectStored({ sources: [{ name: 'Indeed' }, { name: 'LinkedIn Recruiter' }, { name: 'Employee Referral' }, { name: 'Agency Harvey Nash' }] }, ['LinkedIn Recruiter', 'Employee Referral', 'Agency Harvey Nash']);
  });
  it('the held-back inputs', () => {
    check([
      ['Retained Quinn Emanuel and Gibson Dunn for the appeal.', [], ['Quinn Emanuel', 'Gibson Dunn']],
      ['Payroll runs on Ceridian Dayforce since January.', [], ['Ceridian Dayforce']],
      ['The notes were placed via Nomura Securities and Mizuho Securities.', [], ['Nomura Securities', 'Mizuho Securities']],
    ]);
    expectStored({ opposing_counsel: { name: 'Paul Weiss' } }, ['Paul Weiss']);
    expectStored({ name: 'Agency Robert Walters' }, ['Agency Robert Walters']);
  });
  it('more of the kind: other law firms, brokers, reinsurers, agencies and HR vendors', () => {
    check([
      ['Co-counsel: Wachtell Lipton and Simpson Thacher; Cleary Gottlieb for the lenders.', [], ['Wachtell Lipton', 'Simpson Thacher', 'Cleary Gottlieb']],
      ['The underwriters used Sidley Austin, the issuer Hogan Lovells and Clifford Chance.', [], ['Sidley Austin', 'Hogan Lovells', 'Clifford Chance']],
      ['In Germany, Gleiss Lutz and Hengeler Mueller advised; in London, Herbert Smith Freehills.', [], ['Gleiss Lutz', 'Hengeler Mueller', 'Herbert Smith Freehills']],
      ['Engaged Paul Hastings and Akin Gump on the restructuring.', [], ['Paul Hastings', 'Akin Gump']],
      ['Instructed Mishcon de Reya and Pinsent Masons.', [], ['Mishcon de Reya', 'Pinsent Masons']],
      ['Employment claims go to Littler Mendelson or Ogletree Deakins.', [], ['Littler Mendelson', 'Ogletree Deakins']],
      // A firm's noun right before its name (the name no list holds).
      ['We hired the law firm Odusanya Whitcombe for the lease.', [], ['Odusanya Whitcombe']],
      ['Candidates came through the recruitment agency Michael Page and the agency Hollis Brantley.', [], ['Michael Page', 'Hollis Brantley']],
      ['Sourced by Agency Robert Walters; screened by Agency Harvey Nash.', [], ['Robert Walters', 'Harvey Nash']],
      // A trade's head noun after the founder's name.
      ['Bonds were placed via Daiwa Securities and Okasan Securities.', [], ['Daiwa Securities', 'Okasan Securities']],
      ['The treaty is reinsured with Hannover Rück and Munich Re.', [], ['Hannover Rück', 'Munich Re']],
      ['Payroll moved from Paychex Flex to Ceridian Dayforce.', [], ['Paychex Flex', 'Ceridian Dayforce']],
      ['Law firms: Crowell Moring, Cozen O\'Connor, Holland & Knight.', [], ['Crowell Moring', 'Holland & Knight']],
    ]);
    expectStored({ matter: { opposingCounsel: { name: 'Quinn Emanuel' }, ourCounsel: { name: 'Gibson Dunn' } } }, ['Quinn Emanuel', 'Gibson Dunn']);
    expectStored({ candidate_sources: [{ name: 'LinkedIn Recruiter' }, { name: 'Employee Referral' }, { name: 'Agency Robert Walters' }] }, ['LinkedIn Recruiter', 'Employee Referral', 'Agency Robert Walters']);
  });
  it('keeps the persons beside these words masked', () => {
    check([
      ['Opposing counsel Maria Garcia of Skadden Arps called.', ['Maria Garcia'], ['Skadden Arps']],
      ['Recruiter Robert Walters called me about the role.', ['Robert Walters'], []],
      ['Contact Harvey Nash at the agency on Monday.', ['Harvey Nash'], []],
      ['Agency: Maria Lopez', ['Maria Lopez'], []],
      ['Opposing counsel Ngozika Obiefuna filed the motion.', ['Ngozika Obiefuna'], []],
      ['Mr. Paul Weiss signed the lease.', ['Paul Weiss'], []],
      ['The agency\'s Thandiwe Mokoena will call you.', ['Thandiwe Mokoena'], []],
      ['Referred by employee Thandiwe Mokoena.', ['Thandiwe Mokoena'], []],
    ]);
    expectStored({ opposing_counsel: { name: 'Ngozika Obiefuna-Larsen' } }, [], ['Ngozika', 'Obiefuna-Larsen']);
    expectStored({ recruiter: { name: 'Robert Walters' } }, [], ['Robert Walters']);
  });
  it('reads in linear time', () => {
    const line = 'the law firm Ab Cd and the agency Ef Gh via Ij Securities; ';
    expect(timeRatio((text) => masked(text), (n) => line.repeat(Math.ceil(n / line.length)), 12_500, 25_000)).toBeLessThanOrEqual(3);
  });
});

describe('O2: doctrines, student aid, schools and courses named after persons are no persons', () => {
  it('the probe rows', () => {
    check([
      ['The court applied the Daubert standard and the Chevron deference framework.', [], ['Daubert standard', 'Chevron deference']],
      ['Officers gave the Miranda warning; the Brady material was disclosed late.', [], ['Miranda warning', 'Brady material']],
      ['Counsel invoked the McDonnell Douglas burden-shifting test.', [], ['McDonnell Douglas']],
      ['Awarded the Fulbright Scholarship and the Marshall Scholarship; Pell Grant eligible.', [], ['Fulbright Scholarship', 'Marshall Scholarship', 'Pell Grant']],
    ]);
    expectStored({ schools: [{ name: 'Abraham Lincoln Elementary' }, { name: 'Benjamin Franklin Middle School' }, { name: 'Martin Luther King Jr. Academy' }] }, ['Abraham Lincoln Elementary', 'Benjamin Franklin Middle School', 'Martin Luther King Jr. Academy']);
    expectStored({ school: 'Benjamin Franklin Middle School', report: 'attendance_summary' }, ['Benjamin Franklin Middle School']);
    expectStored({ courses: [{ code: 'MATH 221', title: 'Linear Algebra', instructor_role: 'Lecturer' }, { code: 'ENGL 102', title: 'Shakespeare and Marlowe', credits: 3 }] }, ['Linear Algebra', 'Shakespeare and Marlowe']);
  });
  it('the held-back inputs', () => {
    check([
      ['The defense requested a Daubert hearing before trial.', [], ['Daubert hearing']],
      ['Officers gave a Garrity warning; the Giglio material was late.', [], ['Garrity warning', 'Giglio material']],
      ['She qualifies for the Pell Grant and a Stafford Loan.', [], ['Pell Grant', 'Stafford Loan']],
      ['He transferred from Thurgood Marshall Middle School in May.', [], ['Thurgood Marshall Middle School']],
    ]);
    expectStored({ school: { name: 'George Washington Carver Elementary' } }, ['George Washington Carver Elementary']);
    expectStored({ course: { code: 'ENGL 210', title: 'Chaucer and Milton' } }, ['Chaucer and Milton']);
  });
  it('more of the kind', () => {
    check([
      ['The judge held a Franks hearing and denied the Batson challenge.', [], ['Franks hearing', 'Batson challenge']],
      ['No Miranda rights were read; the Brady violation was not argued.', [], ['Miranda rights', 'Brady violation']],
      ['The Monell claim and the Bivens action were dismissed under the Strickland standard.', [], ['Monell claim', 'Bivens action', 'Strickland standard']],
      ['A Loudermill hearing is due; Weingarten rights apply.', [], ['Loudermill hearing', 'Weingarten rights']],
      ['Eligible for a Perkins Loan, a Cal Grant and the Gates Scholarship.', [], ['Perkins Loan', 'Cal Grant', 'Gates Scholarship']],
      ['Enrolled at Booker T. Washington High School, then Roberto Clemente Middle School.', [], ['Washington High School', 'Roberto Clemente Middle School']],
      ['She taught at Sojourner Truth Elementary and at Cesar Chavez Academy.', [], ['Sojourner Truth Elementary', 'Cesar Chavez Academy']],
    ]);
    expectStored({ schools: [{ name: 'Rosa Parks Elementary' }, { name: 'Jackie Robinson Middle School' }] }, ['Rosa Parks Elementary', 'Jackie Robinson Middle School']);
    expectStored({ classes: [{ sectionCode: 'HIST 301', title: 'Lincoln and Douglass' }] }, ['Lincoln and Douglass']);
    expectStored({ org: { type: 'school', name: 'Harriet Tubman Academy' } }, ['Harriet Tubman Academy']);
  });
  it('keeps the persons beside these words masked', () => {
    check([
      ['Officer Maria Garcia gave the Miranda warning.', ['Maria Garcia'], ['Miranda warning']],
      ['Miranda Okafor requested a hearing.', ['Miranda Okafor'], []],
      ['The Okafor hearing was continued to May.', ['Okafor'], []],
      ['Hugh Grant visited the school.', ['Hugh Grant'], []],
      ['Student Maria Garcia, Middle School, grade 7.', ['Maria Garcia'], []],
      ['Please call Thandiwe Mokoena at Rosa Parks Elementary.', ['Thandiwe Mokoena'], ['Rosa Parks Elementary']],
    ]);
    expectStored({ school: { name: 'Lincoln Elementary', principal: 'Thandiwe Mokoena' } }, ['Lincoln Elementary'], ['Thandiwe Mokoena']);
    expectStored({ courses: [{ title: 'Algebra I', instructor: 'Ngozika Obiefuna' }] }, ['Algebra I'], ['Ngozika Obiefuna']);
    expectStored({ students: [{ name: 'Ngozika Obiefuna' }] }, [], ['Ngozika Obiefuna']);
  });
  it('reads in linear time', () => {
    const line = 'the Daubert hearing, Pell Grant, Ab Cd Middle School and Ef Gh Jr. Academy; ';
    expect(timeRatio((text) => masked(text), (n) => line.repeat(Math.ceil(n / line.length)), 12_500, 25_000)).toBeLessThanOrEqual(3);
  });
});

describe('O3: courts, statutes, tax offices and holidays of five languages are no persons', () => {
  it('the probe rows', () => {
    check([
      ['Ação no Tribunal do Trabalho de Lisboa; artigo 351.º do Código do Trabalho.', [], ['Tribunal do Trabalho de Lisboa', 'Código do Trabalho']],
      ['Ricorso al Tribunale di Milano, Sezione Lavoro; art. 18 dello Statuto dei Lavoratori.', [], ['Tribunale di Milano', 'Sezione Lavoro', 'Statuto dei Lavoratori']],
      ['Demanda ante el Juzgado de lo Social n.º 4 de Madrid; artículo 56 del Estatuto de los Trabajadores.', [], ['Juzgado de lo Social', 'Estatuto de los Trabajadores']],
      ['Pozew do Sądu Okręgowego w Krakowie; art. 45 Kodeksu pracy.', [], ['Sądu Okręgowego w Krakowie', 'Kodeksu pracy']],
      ['Hearing set before the Landgericht Frankfurt am Main and the Oberlandesgericht Hamm.', [], ['Landgericht Frankfurt am Main', 'Oberlandesgericht Hamm']],
      ['Payroll cut-off moves for Martin Luther King Jr. Day, Juneteenth, Tag der Deutschen Einheit and Toussaint.', [], ['Tag der Deutschen Einheit', 'Toussaint']],
    ]);
    expectStored({ vat: { country: 'DE', kz81: 18210.5, kz66: 4401.2, taxOffice: 'Finanzamt München Abt. II' } }, ['Finanzamt München Abt. II']);
  });
  it('the held-back inputs', () => {
    check([
      ['Ricorso al Tribunale di Torino, Sezione Lavoro.', [], ['Tribunale di Torino', 'Sezione Lavoro']],
      ['Despido improcedente según el Estatuto de los Trabajadores.', [], ['Estatuto de los Trabajadores']],
      ['Berufung beim Oberlandesgericht Hamm; Steuernummer beim Finanzamt Köln-Mitte.', [], ['Oberlandesgericht Hamm', 'Finanzamt Köln-Mitte']],
      ['Apelacja do Sądu Okręgowego w Poznaniu.', [], ['Sądu Okręgowego w Poznaniu']],
    ]);
  });
  it('more of the kind', () => {
    check([
      ['Klage beim Arbeitsgericht Bielefeld, dann Landesarbeitsgericht Hamm; Finanzamt Bochum-Süd.', [], ['Arbeitsgericht Bielefeld', 'Landesarbeitsgericht Hamm', 'Finanzamt Bochum-Süd']],
      ['Ricorso alla Corte di Cassazione; art. 2087 del Codice Civile.', [], ['Corte di Cassazione', 'Codice Civile']],
      ['Recurso ante la Audiencia Nacional y el Tribunal Supremo.', [], ['Audiencia Nacional', 'Tribunal Supremo']],
      ['Recurso para o Tribunal da Relação de Coimbra.', [], ['Tribunal da Relação de Coimbra']],
      ['Skarga do Sądu Rejonowego dla Krakowa; art. 30 Kodeksu pracy.', [], ['Sądu Rejonowego dla Krakowa']],
      ['Büro bleibt am Tag der Arbeit geschlossen.', [], ['Tag der Arbeit']],
    ]);
    expectStored({ holidays: [{ name: 'Martin Luther King Jr. Day', date: '2027-01-18' }, { name: 'Pfingstmontag' }, { name: 'Toussaint' }] }, ['Pfingstmontag', '"Toussaint"']);
    expectStored({ calendar: { holiday: { name: 'Toussaint', date: '2027-11-01' }, approver: 'Thandiwe Mokoena' } }, ['"Toussaint"'], ['Thandiwe Mokoena']);
  });
  it('keeps the persons beside these words masked', () => {
    check([
      ['Richter Matthias Okonkwo am Oberlandesgericht Hamm entschied.', ['Matthias Okonkwo'], ['Oberlandesgericht Hamm']],
      ['Avvocato Giulia Bianchi davanti al Tribunale di Milano.', ['Giulia Bianchi'], ['Tribunale di Milano']],
      ['Tag Maria Garcia in the photo.', ['Maria Garcia'], []],
      ['Toussaint Okafor called about his claim.', ['Toussaint Okafor'], []],
      ['Sachbearbeiterin beim Finanzamt: Henrike Wiesenthal-Brück.', ['Henrike', 'Wiesenthal-Brück'], []],
    ]);
  });
  it('reads in linear time', () => {
    const line = 'al Tribunale di Ab, Sezione Cd; Finanzamt Ef; Tag der Gh Ij; Toussaint; ';
    expect(timeRatio((text) => masked(text), (n) => line.repeat(Math.ceil(n / line.length)), 12_500, 25_000)).toBeLessThanOrEqual(3);
  });
});

describe('O4: form codes, box labels, coverages and counties are no phones, addresses or persons', () => {
  it('the probe rows', () => {
    check([
      ['Coverage form CG 00 01 04 13; endorsement CG 20 10 12 19; ISO HO 00 03.', [], ['CG 00 01 04 13', 'CG 20 10 12 19', 'HO 00 03']],
      ['Umsatzsteuer-Voranmeldung Kz. 81, Kz. 66; TVA déductible ligne 20; IVA modelo 303 casilla 27.', [], ['Umsatzsteuer-Voranmeldung Kz. 81', 'Kz. 66']],
      ['Coverages: Bodily Injury Liability, Property Damage Liability, Personal Injury Protection, Uninsured Motorist.', [], ['Personal Injury Protection', 'Uninsured Motorist']],
    ]);
    expectStored({ court: { name: 'Superior Court of California', county: 'Alameda', division: 'Civil' }, judgeCode: 'JMF', department: 'Dept. 23' }, ['Superior Court of California', 'Alameda', 'Dept. 23']);
  });
  it('the held-back inputs', () => {
    check([
      ['Added endorsement CG 20 26 04 13 (additional insured).', [], ['CG 20 26 04 13']],
      ['Coverages: Collision, Comprehensive, Uninsured Motorist, Medical Payments.', [], ['Uninsured Motorist']],
    ]);
    expectStored({ court: { department: 'Dept. 14', county: 'Sonoma' } }, ['Dept. 14', 'Sonoma']);
  });
  it('more of the kind', () => {
    check([
      ['Attach CA 20 48 10 13 and IL 00 17 11 98 to the policy.', [], ['CA 20 48 10 13', 'IL 00 17 11 98']],
      ['Underinsured Motorist and Uninsured Motorists Property Damage apply.', [], ['Underinsured Motorist', 'Uninsured Motorists']],
      ['Hearing in Dept. 23 at 9am; Kz. 83 remains.', [], ['Dept. 23', 'Kz. 83']],
    ]);
    expectStored({ venue: { county: 'Marion', parish: 'Orleans', province: 'Alberta' } }, ['Marion', 'Orleans', 'Alberta']);
  });
  it('keeps persons, phones and addresses beside these words masked', () => {
    check([
      ['Ring me on 20 10 12 19 after work.', ['20 10 12 19'], []],
      ['Her number is 20 10 12 19.', ['20 10 12 19'], []],
      ['Ship to Apt 4B, 100 Main Street, Springfield IL 62704.', ['100 Main Street'], []],
      ['Insured Maria Garcia has Uninsured Motorist coverage.', ['Maria Garcia'], ['Uninsured Motorist']],
    ]);
    expectStored({ claimant: { name: 'Marion Okafor', county: 'Marion' } }, ['"Marion"'], ['Marion Okafor']);
  });
  it('reads in linear time', () => {
    const line = 'CG 20 10 12 19; Dept. 23; Kz. 81; Uninsured Motorist; ';
    expect(timeRatio((text) => masked(text), (n) => line.repeat(Math.ceil(n / line.length)), 12_500, 25_000)).toBeLessThanOrEqual(3);
  });
});

// The open part of O4: a state employer account (unemployment insurance, withholding) is a business's
// registration number, no person's account; a person's bank account beside such words stays masked.
describe("O4: an employer's state account number is no person's account", () => {
  it('the probe row', () => {
    check([['Federal EIN 36-4417210; state employer account 123-4567-8; NAICS 484121.', [], ['state employer account 123-4567-8', '36-4417210']]]);
  });
  it('more of the kind: other labels and members', () => {
    check([
      ["Employer's account number: 2200417-3 (Department of Labor)", [], ['2200417-3']],
      ['SUTA account 44-10293-7 rate 2.7%', [], ['44-10293-7']],
      ['UI account no. 0093311 for the quarterly wage report', [], ['0093311']],
      ['Unemployment insurance account number 1208844-2', [], ['1208844-2']],
      ['Withholding account 71029384 (Illinois)', [], ['71029384']],
    ]);
    expectStored({ employer: { name: 'Harcourt Logistics LLC', employerAccountNumber: '123-4567-8', sui_account_no: '55-20114-0' } }, ['123-4567-8', '55-20114-0']);
  });
  it("keeps a person's and an employer's bank account masked", () => {
    check([
      ['Direct deposit to account 123-4567-8 at Chase', ['123-4567-8'], []],
      ["Employer's bank account 44102938 for the refund", ['44102938'], []],
      ["Employee's account no. 55-123456-7", ['55-123456-7'], []],
      ['ui account 12345678', ['12345678'], []],
    ]);
    expectStored({ employee: { accountNumber: '123-4567-8', employerBankAccountNumber: '98127731' } }, [], ['123-4567-8', '98127731']);
  });
});
