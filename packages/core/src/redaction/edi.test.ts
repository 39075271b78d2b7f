import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';
import { detectEdi, type EdiWork } from './edi.js';
import type { Detection } from './types.js';

// Second probe of 2026-12-04, G8 (test/redaction/probe-2026-12-04b.cases.md): X12 and EDIFACT
// segments were stored raw. edi.ts masks a person's elements by segment and position.
const found = (text: string): string[] => detectSensitive(text).map((d) => `${d.type}:${text.slice(d.start, d.end)}`);
const edi = (text: string): string[] => {
  const out: Detection[] = [];
  detectEdi(text, out);
  return out.map((d) => `${d.type}:${text.slice(d.start, d.end)}`);
};

describe('X12 (HIPAA transactions)', () => {
  it('an 837 subscriber loop: name, member id, birth date, address, contact, SSN, claim account', () => {
    const text = 'ST*837*0001*005010X222A1~NM1*IL*1*VLINTUK*QXARO****MI*536228514~DMG*D8*19840312*M~N3*12 QUILLON ROW~N4*SPRINGFIELD*IL*62704~PER*IC*DORVANE WENLIX*TE*4155550132*EM*dw@example.org~REF*SY*536228514~CLM*PCN4471*125***11:B:1~SE*9*0001~';
    expect(edi(text)).toEqual([
      'PERSON:VLINTUK', 'PERSON:QXARO', 'HEALTH_PLAN_ID:536228514', 'DOB:19840312', 'ADDRESS:12 QUILLON ROW', 'ADDRESS:SPRINGFIELD', 'ADDRESS:62704',
      'PERSON:DORVANE WENLIX', 'PHONE:4155550132', 'EMAIL:dw@example.org', 'SSN:536228514', 'ACCOUNT_NUMBER:PCN4471',
    ]);
  });

  it('a 270 eligibility request pasted without its header, one segment a line (held-out names and ids)', () => {
    const text = 'NM1*IL*1*OKAFOR*AMARA*J***MI*XJH123456789~\nREF*0F*W77120334~\nDMG*D8*19710506*F~\nN3*48 HARTWELL LANE*APT 3~\nN4*DAYTON*OH*45402~';
    expect(edi(text)).toEqual(['PERSON:OKAFOR', 'PERSON:AMARA', 'PERSON:J', 'HEALTH_PLAN_ID:XJH123456789', 'HEALTH_PLAN_ID:W77120334', 'DOB:19710506', 'ADDRESS:48 HARTWELL LANE', 'ADDRESS:APT 3', 'ADDRESS:DAYTON', 'ADDRESS:45402']);
  });

  it('an 834 member: NM1 with an SSN qualifier (34), INS with a date of death, a patient with PAT06', () => {
    expect(edi('INS*Y*18*030*XN*A*E**FT*N*N*D8*20260101~NM1*IL*1*HAVILI*TEVITA****34*412673390~')).toEqual(['DOB:20260101', 'PERSON:HAVILI', 'PERSON:TEVITA', 'SSN:412673390']);
    expect(edi('NM1*QC*1*DORVANE*WENLIX~PAT*01****D8*20251130~')).toEqual(['PERSON:DORVANE', 'PERSON:WENLIX', 'DOB:20251130']);
  });

  it('honours the separators an ISA header declares (element, ISA16 component, terminator)', () => {
    const isa = 'ISA|00|          |00|          |ZZ|SENDER         |ZZ|RECEIVER       |261204|1200|^|00501|000000001|0|P|>!';
    expect(edi(`${isa}GS|HC|S|R|20261204|1200|1|X|005010X222A1!NM1|IL|1|VLINTUK|QXARO!DMG|D8|19840312!`)).toEqual(['PERSON:VLINTUK', 'PERSON:QXARO', 'DOB:19840312']);
    // Declared `*` and a line break after each `~`.
    const star = 'ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *261204*1200*^*00501*000000001*0*P*:~\n';
    expect(edi(`${star}ST*270*1~\nNM1*IL*1*QXARSK*ILENA~\n`)).toEqual(['PERSON:QXARSK', 'PERSON:ILENA']);
  });

  it('a segment after prose on its line is read (`the claim had NM1*…`)', () => {
    expect(edi('the claim had NM1*IL*1*VLINTUK*QXARO****MI*536228514~ in it')).toEqual(['PERSON:VLINTUK', 'PERSON:QXARO', 'HEALTH_PLAN_ID:536228514']);
  });

  it("an organization's name, id and address stay; codes and qualifiers stay", () => {
    const text = 'ST*837*0001~NM1*PR*2*ACME HEALTH PLAN*****PI*60054~N3*PO BOX 981114~N4*EL PASO*TX*79998~REF*EI*741234567~NM1*IL*1*VLINTUK*QXARO~';
    const spans = edi(text);
    expect(spans).toEqual(['PERSON:VLINTUK', 'PERSON:QXARO']);
  });

  it('look-alikes are no X12: arithmetic, Markdown, globs, log lines', () => {
    for (const text of ['order 2*3*4~ and NM1 rules', 'compute a*b*c~d with NM1 as the name', '**NM1** is the name segment', 'SELECT * FROM t WHERE a*2 > 3', 'PER*IC is a qualifier pair', 'REF*SY*536228514~ alone', 'ls NM1*IL*1*.txt']) {
      expect(edi(text), text).toEqual([]);
    }
  });
});

describe('EDIFACT (trade and travel messages)', () => {
  it('NAD party name and street, COM phone and email, DTM+329 birth date, CTA contact', () => {
    const text = "UNB+UNOA:2+SENDER+RECEIVER+261204:1200+1'UNH+1+ORDERS:D:96A:UN'NAD+BY+++DORVANE:WENLIX+12 QUILLON ROW+SPRINGFIELD++62704+US'CTA+IC+:QXARO VLINTUK'COM+4155550132:TE'COM+dw@example.org:EM'DTM+329:19840312:102'";
    expect(edi(text)).toEqual(['PERSON:DORVANE', 'PERSON:WENLIX', 'ADDRESS:12 QUILLON ROW', 'ADDRESS:SPRINGFIELD', 'ADDRESS:62704', 'PERSON:QXARO VLINTUK', 'PHONE:4155550132', 'EMAIL:dw@example.org', 'DOB:19840312']);
  });

  it('segments pasted without UNB/UNH, held-out names, unstructured C058 lines', () => {
    expect(edi("NAD+BY+++HAVILI:TEVITA+9 ELM STREET+LEEDS++LS1 4AP+GB'COM+07700900123:AL'")).toEqual(['PERSON:HAVILI', 'PERSON:TEVITA', 'ADDRESS:9 ELM STREET', 'ADDRESS:LEEDS', 'ADDRESS:LS1 4AP', 'PHONE:07700900123']);
    expect(edi("NAD+DP++OKAFOR AMARA:48 HARTWELL LANE:DAYTON OH'")).toEqual(['ADDRESS:OKAFOR AMARA', 'ADDRESS:48 HARTWELL LANE', 'ADDRESS:DAYTON OH']);
  });

  it('honours UNA separators and the release character', () => {
    expect(edi("UNA:+.? 'NAD+BY+++O?'BRIEN:WENLIX+12?+14 QUILLON ROW'")).toEqual(["PERSON:O?'BRIEN", 'PERSON:WENLIX', 'ADDRESS:12?+14 QUILLON ROW']);
    expect(edi('UNA|*.\\ ~UNB*UNOA|2*S*R~NAD*BY***QXARSK|ILENA*3 MILL ROAD~COM*4155550199|TE~')).toEqual(['PERSON:QXARSK', 'PERSON:ILENA', 'ADDRESS:3 MILL ROAD', 'PHONE:4155550199']);
  });

  it('codes and references of trade stay: GLNs, document dates, web addresses, country codes', () => {
    const text = "UNH+1+INVOIC:D:96A:UN'NAD+SU+5412345000013::9'NAD+BY+5412345000020::9'DTM+137:20261204:102'COM+www.example.com:AH'RFF+ON:ORD-4471'";
    expect(edi(text)).toEqual([]);
    for (const look of ["a+b+c'", "it's NAD+ day", "COM+1 = 2'", 'DTM+329 is the birth date qualifier', 'NAD+BY']) expect(edi(look), look).toEqual([]);
  });
});

describe('through detectSensitive', () => {
  it('the probe inputs are masked; an X12 separator in prose is not', () => {
    expect(found('NM1*IL*1*VLINTUK*QXARO****MI*536228514~DMG*D8*19840312*M~')).toEqual(['PERSON:VLINTUK', 'PERSON:QXARO', 'HEALTH_PLAN_ID:536228514', 'DOB:19840312']);
    expect(found("NAD+BY+++DORVANE:WENLIX+12 QUILLON ROW+CITY++ZIP+CC'COM+4155550132:TE'")).toEqual(['PERSON:DORVANE', 'PERSON:WENLIX', 'ADDRESS:12 QUILLON ROW', 'ADDRESS:CITY', 'ADDRESS:ZIP', 'PHONE:4155550132']);
    expect(found('version 2*3*4~ of the build')).toEqual([]);
  });
});

describe('linear work', () => {
  it('a hostile 512 KiB string: twice the input, at most 2.2x the steps', () => {
    const units = ['NM1*IL*1*A*B~', "NAD+BY+++A:B+C'", '?'.repeat(7) + '+', 'NM1*' + '*'.repeat(50), "UNA:+.? '" + "'".repeat(20), 'x'.repeat(40) + '*'];
    for (const unit of units) {
      const steps = (n: number) => {
        const work: EdiWork = { steps: 0 };
        detectEdi(`ISA*UNA:+.? 'NM1*IL*1*X*Y~${unit.repeat(Math.ceil(n / unit.length)).slice(0, n)}`, [], work);
        return work.steps;
      };
      const small = steps(256 * 1024);
      const large = steps(512 * 1024);
      expect(large / small, unit).toBeLessThan(2.2);
      expect(large, unit).toBeLessThan(8 * 512 * 1024);
    }
  });
});
