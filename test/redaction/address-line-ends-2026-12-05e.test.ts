// Issue 11, the twelfth probe (2026-12-05e), row O2 (test/redaction/probe-2026-12-05e.cases.md): an
// address ran over the line break into the next line's label or amount (addresses.ts extendBlock read
// the next line's first words as a city and its first number as a postal code): `…, IL 60201\nGross
// 4,120.00` → `[ADDRESS],120.00`, `LOCATION:…, Evanston\nEND:VEVENT` → `[ADDRESS]:VEVENT`.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../packages/core/src/index.js';
import { timeRatio } from './linear-time.js';
import { kept, leaks, masked } from './masked-text.js';

describe('O2: an address ends at its line when the next line is another field', () => {
  it('the probe rows: payslip, W-2, W-4, 1099, deposition, iCalendar, FNOL, ACORD, Lohnabrechnung', () => {
    const cases: Array<[string, string[], string[]]> = [
      ['Address: 4417 Birchwood Lane, Evanston, IL 60201\nGross 4,120.00  Federal W/H 512.40', ['4417 Birchwood Lane', 'Evanston', '60201'], ['Gross 4,120.00  Federal W/H 512.40']],
      // The W-2's box 1 amount is the employee's pay under a compensation label: masked as SALARY since the lead's
      // decision of 2026-12-07 (compensation.ts; GDPR: data about an identifiable employee). What this suite guards is
      // that the address does not run over the line into it: the label stays and no ADDRESS placeholder reaches it
      // (checked below); the amount itself may be masked.
      ["f Employee's address and ZIP code 915 Alder Crest Avenue Seattle WA 98103\n1 Wages, tips, other compensation 98211.40", ['915 Alder Crest Avenue', '98103'], ['\n1 Wages, tips, other compensation ']],
      ['Address: 4417 Birchwood Lane\nCity or town, state, and ZIP code: Evanston, IL 60201', ['4417 Birchwood Lane', 'Evanston', '60201'], ['City or town, state, and ZIP code: ']],
      ['A. 4417 Birchwood Lane, Evanston.\nQ. Date of birth?', ['4417 Birchwood Lane', 'Evanston'], ['Q. Date of birth?']],
      ['LOCATION:4417 Birchwood Lane, Evanston\nEND:VEVENT', ['4417 Birchwood Lane', 'Evanston'], ['END:VEVENT']],
      ['Loss location: 4417 Birchwood Lane, Evanston\nContact: 312-555-0148', ['4417 Birchwood Lane', 'Evanston', '312-555-0148'], ['Contact: ']],
      ["INSURED'S MAILING ADDRESS: 4417 BIRCHWOOD LANE EVANSTON IL 60201\nDATE OF BIRTH: 03/14/1987", ['4417 BIRCHWOOD LANE', '60201', '03/14/1987'], ['DATE OF BIRTH: ']],
      ['Herrn\nDariusz Kowalczyk\nLindenstraße 14\n50674 Köln\nPers.-Nr. 40719   Steuer-ID 47 036 892 816', ['Lindenstraße 14', '50674', 'Köln'], ['Pers.-Nr. 40719']],
    ];
    for (const [text, values, labels] of cases) {
      expect([masked(text), leaks(text, values)]).toEqual([masked(text), []]);
      expect([masked(text), kept(text, labels)]).toEqual([masked(text), []]);
    }
    // The lines after the address hold no address placeholder: a payslip's or a W-2's amount is no postal code,
    // whether it is kept (an amount with no pay label in sight) or masked as a salary (under its label).
    const w2 = masked("f Employee's address and ZIP code 915 Alder Crest Avenue Seattle WA 98103\n1 Wages, tips, other compensation 98211.40");
    expect(w2.split('\n')[1]).toMatch(/^1 Wages, tips, other compensation \[SALARY[^\]]*\]$/);
    expect(masked('Address: 4417 Birchwood Lane, Evanston, IL 60201\nGross 4,120.00  Federal W/H 512.40').split('\n')[1]).not.toMatch(/ADDRESS|STREET/);
  });
  it('more of the kind: other labels, amounts and turns after an address', () => {
    const cases: Array<[string, string[], string[]]> = [
      ['Home address: 88 Quarry Hill Road, Burlington, VT 05401\nEmployer: Harcourt Logistics', ['88 Quarry Hill Road', 'Burlington', '05401'], ['Employer: Harcourt Logistics']],
      ['Ship to: 2210 Peachtree Ridge Drive, Atlanta, GA 30309\nTotal 1,249.00 USD', ['2210 Peachtree Ridge Drive', 'Atlanta', '30309'], ['Total 1,249.00 USD']],
      ['DESCRIPTION:Site visit\nLOCATION:12 Orchard Lane, Skokie\nDTSTART:20261210T090000Z', ['12 Orchard Lane', 'Skokie'], ['DTSTART:20261210T090000Z']],
      ['A: 7 Willow Court, Naperville.\nQ: And how long have you lived there?', ['7 Willow Court', 'Naperville'], ['Q: And how long']],
      ['Anschrift: Bahnhofstraße 3\n80335 München\nGeburtsdatum: 14.03.1987', ['Bahnhofstraße 3', '80335', 'München'], ['Geburtsdatum: ']],
      ['Mailing address: 915 Alder Crest Avenue\nState or province: WA', ['915 Alder Crest Avenue'], ['State or province: WA']],
    ];
    for (const [text, values, labels] of cases) {
      expect([masked(text), leaks(text, values)]).toEqual([masked(text), []]);
      expect([masked(text), kept(text, labels)]).toEqual([masked(text), []]);
    }
  });
  it('kept: blocks that go on over their lines (city, postal code, country) stay whole', () => {
    const blocks: Array<[string, string[]]> = [
      ['Ship to:\n221B Baker Street\nLondon\nNW1 6XE\nUnited Kingdom', ['Baker Street', 'London', 'NW1 6XE', 'United Kingdom']],
      ['Send it to 4417 Birchwood Lane\nEvanston, IL 60201\nUSA', ['Birchwood', 'Evanston', '60201', 'USA']],
      ['Lindenstraße 14\n50674 Köln\nDeutschland', ['Lindenstraße', '50674', 'Köln', 'Deutschland']],
      ['Address: 12 High Street\nLeeds\nLS6 2AB', ['High Street', 'Leeds', 'LS6 2AB']],
      ['Address: Hauptstraße 5\nFrankfurt am Main', ['Hauptstraße 5', 'Frankfurt am Main']],
    ];
    for (const [text, values] of blocks) {
      expect([masked(text), leaks(text, values)]).toEqual([masked(text), []]);
      expect(detectSensitive(text).filter((d) => d.type === 'ADDRESS')).toHaveLength(1);
    }
  });
  it('linear: addresses before labels, repeated', () => {
    const make = (n: number) => 'LOCATION:4417 Birchwood Lane, Evanston, IL 60201\nEND:VEVENT\nGross 4,120.00\n'.repeat(Math.ceil(n / 72)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});
