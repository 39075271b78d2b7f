import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../index.js';

// Leaks the probes of 2026-12-04 left open (issue 11, person names), one kind per block: a name
// continued on the next line after its label (L11 of test/redaction/probe-2026-12-04g.cases.md),
// parties named in a case citation (L2, the part left open), a strong label's two-word name before
// more fields, whitespace other than one space inside a name's cue, and lower-case
// self-introductions of unlisted words with English-looking endings.
const persons = (text: string) => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('L11: a name continued on the next line after its label', () => {
  it('the probe row', () => {
    expect(persons('Name of insured: Brannoch\nFeltsby\nPolicy: HO-4471920')).toEqual(['Brannoch', 'Feltsby']);
    expect(persons('Patient Name: Dorric\nHalversham    MRN: 884211')).toEqual(['Dorric', 'Halversham']);
  });
  it('held back: other labels, a listed surname, the end of the text, a tab', () => {
    expect(persons('Claimant: Quentara\nBellwick')).toEqual(['Quentara', 'Bellwick']);
    expect(persons('Full name: Maria\nGarcia\r\nDOB: 1980-02-03')).toEqual(['Maria', 'Garcia']);
    expect(persons('Insured Name: Seraphina\nKeelworth\tPolicy No: HO-1')).toEqual(['Seraphina', 'Keelworth']);
  });
  it('a label, a sentence or a common word on the next line stays', () => {
    expect(persons('Name: Dorric\nPolicy: X')).toEqual(['Dorric']);
    expect(persons('Name: Dorric\nThe claim was filed')).toEqual(['Dorric']);
    expect(persons('Name: Dorric\nApproved\n')).toEqual(['Dorric']);
    expect(persons('Status: open\nHalversham')).toEqual([]);
  });
});

describe('L2: parties named in a case citation', () => {
  it('the probe row', () => {
    expect(persons('Bellwick v. Halversham, 512 F.3d 101 (7th Cir. 2008) held that')).toEqual(['Bellwick', 'Halversham']);
    expect(persons('Palladine v. Keelworth, 2026 WL 441201 (N.D. Ill. 2026)')).toEqual(['Palladine', 'Keelworth']);
  });
  it('held back: a signal before the case, a government party, In re', () => {
    expect(persons('See Quentara Bellwick v. Dorric Halversham, 12 Cal. 4th 55 (1995).')).toEqual(['Quentara Bellwick', 'Dorric Halversham']);
    expect(persons('State v. Halversham, 2019-Ohio-442')).toEqual(['Halversham']);
    expect(persons('People v. Keelworth (2011) 51 Cal.4th 1')).toEqual(['Keelworth']);
    expect(persons('United States v. Thistlecrake, 512 F.3d 101')).toEqual(['Thistlecrake']);
    expect(persons('Commonwealth v. Brannoch, 420 Mass. 1')).toEqual(['Brannoch']);
    expect(persons('as held in In re Feltsby, 300 B.R. 12')).toEqual(['Feltsby']);
    expect(persons('STATE OF OHIO v. DORRIC HALVERSHAM, Case No. CR-2026-0442')).toEqual(['DORRIC HALVERSHAM']);
  });
  it('governments and organisations stay, so do names with no citation', () => {
    expect(persons('Brown v. Board of Education, 347 U.S. 483 (1954)')).toEqual(['Brown']);
    expect(persons('Acme Corp. v. Globex Inc., 512 F.3d 101')).toEqual([]);
    expect(persons('Bellwick v. Department of Labor, 512 F.3d 101')).toEqual(['Bellwick']);
    expect(persons('In re Grand Jury Subpoena, 512 F.3d 101')).toEqual([]);
    expect(persons('the v. 2 release notes')).toEqual([]);
    expect(persons('Baker v. Carr')).toEqual([]);
    expect(persons('Roe v Wade was overturned')).toEqual([]);
  });
});

describe('a strong label\'s two-word name before punctuation and more fields', () => {
  it('the probe input', () => {
    expect(persons('Patient: Joy Field, DOB 1980-02-03')).toEqual(['Joy Field']);
  });
  it('held back: other surnames that are street words, other fields after them', () => {
    expect(persons('Name: Hope Brook; MRN 12345')).toEqual(['Hope Brook']);
    expect(persons('Customer name: Faith Lodge, tel 555-0134')).toEqual(['Faith Lodge']);
    expect(persons('Patient: Ivy Parks, DOB 01/02/1980')).toEqual(['Ivy Parks']);
  });
  it('a street after no name label stays a street', () => {
    expect(persons('Delivered to Joy Field, 12 Elm St')).not.toContain('Joy Field 12');
    expect(persons('Address: Brook Field 12, Leeds')).toEqual([]);
  });
});

describe('whitespace other than one space inside a name cue', () => {
  it('the probe input', () => {
    expect(persons('maiden name\tis Thistlecrake')).toEqual(['Thistlecrake']);
  });
  it('held back: blanks and tabs elsewhere in the cue', () => {
    expect(persons('maiden name  is Thistlecrake')).toEqual(['Thistlecrake']);
    expect(persons('mother\'s maiden\tname is Mollquist')).toEqual(['Mollquist']);
    expect(persons('my name  is Thistlecrake')).toEqual(['Thistlecrake']);
    expect(persons('my  last name was Brannoch')).toEqual(['Brannoch']);
  });
  it('a thing\'s name stays', () => {
    expect(persons('the file name\tis Config')).toEqual([]);
    expect(persons('the  file  name is Config')).toEqual([]);
  });
});

describe('lower-case self-introductions of unlisted words with English-looking endings', () => {
  it('the probe inputs', () => {
    expect(persons('hi this is dorric halversham')).toEqual(['dorric halversham']);
    expect(persons('hey this is mollquist branner')).toEqual(['mollquist branner']);
  });
  it('held back: other introductions and endings', () => {
    expect(persons('hi i am tavric ollenby calling about my bill')).toEqual(['tavric ollenby']);
    expect(persons('Caller: yeah this is brennist ollenby')).toEqual(['brennist ollenby']);
    expect(persons("hello it's brennist caldow")).toEqual(['brennist caldow']);
    expect(persons('my name is dorric halversham')).toEqual(['dorric halversham']);
  });
  it('English words stay', () => {
    expect(persons('this is great stuff')).toEqual([]);
    expect(persons('this is electric blue')).toEqual([]);
    expect(persons('this is realistic')).toEqual([]);
    expect(persons('hi this is classic rock')).toEqual([]);
    expect(persons('hi this is electric blue')).toEqual([]);
    expect(persons('hi i am optimistic today')).toEqual([]);
    expect(persons('hello it is realistic enough')).toEqual([]);
    expect(persons('hi this is fantastic news')).toEqual([]);
  });
});
