import { describe, expect, it } from 'vitest';
import { detectEdi, type EdiWork, x12MemberKinds, x12SegmentOfKey } from './edi.js';
import type { Detection } from './types.js';

// Mutation testing of edi.ts (issue 13, docs/TESTING.md): direct calls with exact detections
// (type, offset, text), each separator rule, segment id rule, evidence rule and element position.
// edi.test.ts checks the probe inputs; this file pins the bounds and refusals one by one.
const edi = (text: string): string[] => {
  const out: Detection[] = [];
  detectEdi(text, out);
  return out.map((d) => `${d.type}@${d.start}:${text.slice(d.start, d.end)}`);
};
/** The detections as `TYPE:text`, for inputs whose offsets are not the point. */
const kinds = (text: string): string[] => edi(text).map((s) => s.replace(/@\d+/, ''));
const members = (segment: string, value: Record<string, unknown>): Array<[string, string]> | undefined => {
  const found = x12MemberKinds(segment, value, Object.keys(value));
  return found === undefined ? undefined : [...found];
};

/** An ISA header of 16 elements split by `e`, ISA16 `c`, then `t`. */
const isa = (e: string, c: string, t: string): string => ['ISA', '00', '          ', '00', '          ', 'ZZ', 'SENDER         ', 'ZZ', 'RECEIVER       ', '261204', '1200', '^', '00501', '000000001', '0', 'P', ''].join(e) + c + t;

describe('X12 segments: ids, offsets, line ends', () => {
  it('exact offsets of every personal element of an 837 loop', () => {
    const text = 'ST*837*1~NM1*IL*1*VLINTUK*QXARO*J***MI*W123~';
    expect(edi(text)).toEqual(['PERSON@18:VLINTUK', 'PERSON@26:QXARO', 'PERSON@32:J', 'HEALTH_PLAN_ID@39:W123']);
  });

  it('the last segment without a terminator at the end of the text keeps its last element', () => {
    expect(edi('NM1*IL*1*AB*CD')).toEqual(['PERSON@9:AB', 'PERSON@12:CD']);
  });

  it('segments end at LF, CR and CRLF as at the terminator', () => {
    expect(kinds('NM1*IL*1*AB*CD\nDMG*D8*19840312')).toEqual(['PERSON:AB', 'PERSON:CD', 'DOB:19840312']);
    expect(kinds('NM1*IL*1*AB*CD\rDMG*D8*19840312')).toEqual(['PERSON:AB', 'PERSON:CD', 'DOB:19840312']);
    expect(kinds('NM1*IL*1*AB*CD\r\nDMG*D8*19840312\r\n')).toEqual(['PERSON:AB', 'PERSON:CD', 'DOB:19840312']);
  });

  it('an id after a space, a tab or `>` is read; after other characters it is not', () => {
    for (const before of [' ', '\t', '>', 'x ']) expect(kinds(`${before}NM1*IL*1*AB*CD~`), JSON.stringify(before)).toEqual(['PERSON:AB', 'PERSON:CD']);
    for (const before of ['/', '=', 'x', '0', '9', 'a', 'z', 'A', 'Z', '@', '[', '`', '{', ':']) expect(kinds(`${before}NM1*IL*1*AB*CD~`), before).toEqual([]);
  });

  it('ids of two and three characters: N3 and N4 and PAT are read; one or four characters are no id', () => {
    expect(kinds('NM1*IL*1*AB~N3*12 ELM ST*APT 3~N4*DAYTON*OH*45402*US~PAT*01****D8*20251130~')).toEqual([
      'PERSON:AB', 'ADDRESS:12 ELM ST', 'ADDRESS:APT 3', 'ADDRESS:DAYTON', 'ADDRESS:45402', 'DOB:20251130',
    ]);
    expect(kinds('NM1*IL*1*AB~ N*12 ELM ST~ XNM1*IL*1*CD~')).toEqual(['PERSON:AB']);
  });

  it('an id must start with a capital: lower case and a leading digit are no segment', () => {
    expect(kinds('nm1*IL*1*AB~')).toEqual([]);
    expect(kinds('NM1*IL*1*AB~ 1N3*12 ELM ST~ n3*1 OAK~')).toEqual(['PERSON:AB']);
  });

  it('blanks around an element are not part of its value', () => {
    expect(edi('NM1*IL* 1 * AB *CD~')).toEqual(['PERSON@12:AB', 'PERSON@16:CD']);
  });

  it('the steps counted are the characters read plus one a segment', () => {
    const work: EdiWork = { steps: 0 };
    detectEdi('NM1*IL*1*AB~DMG*D8*19840312~', [], work);
    // X12: 11+1, 16+1 and the empty rest after the last `~` (0+1) does not start (start < length);
    // EDIFACT is not read (no `+`, no UNA).
    expect(work.steps).toBe(12 + 16);
    const both: EdiWork = { steps: 0 };
    detectEdi("NM1*IL*1*AB~NAD+BY+++A'", [], both);
    // X12: 11+1, 11+1; EDIFACT (terminator `'`): 22+1.
    expect(both.steps).toBe(12 + 12 + 23);
  });
});

describe('X12 headers and evidence', () => {
  it('ISA, GS or ST mark an interchange: PER alone is read after any of them', () => {
    expect(kinds('ST*837*1~PER*IC*ANNA LEE~')).toEqual(['PERSON:ANNA LEE']);
    expect(kinds('GS*HC*S*R~PER*IC*ANNA LEE~')).toEqual(['PERSON:ANNA LEE']);
    expect(kinds('ISA*00~PER*IC*ANNA LEE~')).toEqual(['PERSON:ANNA LEE']);
    expect(kinds('XY*00~PER*IC*ANNA LEE~')).toEqual([]);
  });

  it('without a header or a person segment as the standard writes it, nothing is read', () => {
    // The gate (EDI_HINT) needs ISA, NM1*, DMG*, PER* or CLM*: an ST header with a REF alone is not looked at.
    expect(kinds('ST*837*1~REF*SY*536228514~')).toEqual([]);
    expect(kinds('CLM*PCN4471*125~')).toEqual([]);
  });

  it('NM1 is evidence with NM101 of 2-3 capitals or digits, NM102 of 1 or 2, NM103 a name', () => {
    expect(kinds('NM1*IL*1*AB~')).toEqual(['PERSON:AB']);
    expect(kinds('NM1*1P*1*AB~')).toEqual(['PERSON:AB']);
    expect(kinds('NM1*ABC*1*AB~')).toEqual(['PERSON:AB']);
    // An organization is evidence too: the PER after it is read.
    expect(kinds('NM1*PR*2*ACME~PER*IC*ANNA LEE~')).toEqual(['PERSON:ANNA LEE']);
    expect(kinds("NM1*IL*1*O'BRIEN, A. & SONS-2~")).toEqual(["PERSON:O'BRIEN, A. & SONS-2"]);
    for (const text of ['NM1*il*1*AB~', 'NM1*I*1*AB~', 'NM1*ILXX*1*AB~', 'NM1*xIL*1*AB~', 'NM1*ILx*1*AB~', 'NM1*IL*3*AB~', 'NM1*IL*12*AB~', 'NM1*IL*31*AB~', 'NM1*IL*1*9AB~', 'NM1*IL*1*AB#~', 'NM1*IL*1~', 'NM1*IL*1*~']) {
      expect(kinds(text), text).toEqual([]);
    }
  });

  it('DMG is evidence with D8 and a date of 18xx, 19xx or 20xx, eight digits', () => {
    for (const date of ['18990101', '19840312', '20010101']) expect(kinds(`DMG*D8*${date}~`), date).toEqual([`DOB:${date}`]);
    for (const text of ['DMG*D6*19840312~', 'DMG*D8*17840312~', 'DMG*D8*1984031~', 'DMG*D8*198403121~', 'DMG*D8*x19840312~', 'DMG*D8*19840312x~', 'DMG*D8*1984031x~']) {
      expect(kinds(text), text).toEqual([]);
    }
  });
});

describe('X12 element table (x12Fields)', () => {
  it('NM108 decides NM109: 34 an SSN, XX an NPI, anything else a member id', () => {
    expect(kinds('NM1*IL*1*AB*****34*412673390~')).toEqual(['PERSON:AB', 'SSN:412673390']);
    expect(kinds('NM1*85*1*AB*****XX*1234567893~')).toEqual(['PERSON:AB', 'PROVIDER_ID:1234567893']);
    expect(kinds('NM1*IL*1*AB*****MI*W77~')).toEqual(['PERSON:AB', 'HEALTH_PLAN_ID:W77']);
  });

  it('NM1 without NM102 in text names no person; NM102 = 2 neither', () => {
    expect(kinds('ST*1~NM1*IL**AB*CD~N3*1 ELM~')).toEqual([]);
    expect(kinds('ST*1~NM1*IL*2*AB*CD~N3*1 ELM~')).toEqual([]);
  });

  it('N3 and N4 before any NM1 and after a person are read; after an organization they stay; N4 state and country stay', () => {
    expect(kinds('ST*1~N3*1 ELM~N4*DAYTON*OH*45402*US~NM1*IL*1*AB~N3*2 OAK~NM1*PR*2*ACME~N3*PO BOX 1~N4*EL PASO*TX*79998~NM1*IL*1*CD~N4*LEEDS**LS1~')).toEqual([
      'ADDRESS:1 ELM', 'ADDRESS:DAYTON', 'ADDRESS:45402', 'PERSON:AB', 'ADDRESS:2 OAK', 'PERSON:CD', 'ADDRESS:LEEDS', 'ADDRESS:LS1',
    ]);
  });

  it('PER: the name and the numbers after TE, FX, EM at PER03, 05 and 07; a URL and an unknown qualifier stay', () => {
    expect(kinds('ST*1~PER*IC*ANNA LEE*TE*4155550132*EM*a@b.org*FX*4155550199~')).toEqual(['PERSON:ANNA LEE', 'PHONE:4155550132', 'EMAIL:a@b.org', 'PHONE:4155550199']);
    expect(kinds('ST*1~PER*IC**UR*www.example.com*ZZ*12345*CP*4155550100~')).toEqual(['PHONE:4155550100']);
  });

  it('REF: the qualifiers of a person id; others stay', () => {
    expect(kinds('ST*1~PER*IC~REF*SY*536228514~REF*EA*MR77~REF*0B*D1234~REF*1W*W5~REF*EI*741234567~REF**X9~REF*ABB*P3~')).toEqual([
      'SSN:536228514', 'MRN:MR77', 'LICENSE_NUMBER:D1234', 'HEALTH_PLAN_ID:W5', 'HEALTH_PLAN_ID:P3',
    ]);
  });

  it('CLM01, INS12 and PAT06, nothing else of them', () => {
    expect(kinds('ST*1~CLM*PCN4471*125***11:B:1~INS*Y*18*030*XN*A*E**FT*N*N*D8*20260101*X~PAT*01*2*3*4*D8*20251130*7~')).toEqual([
      'ACCOUNT_NUMBER:PCN4471', 'DOB:20260101', 'DOB:20251130',
    ]);
  });
});

describe('X12 separators declared by ISA', () => {
  it('an ISA after prose or a line break declares its separators too', () => {
    expect(kinds(`log: ${isa('|', '^', '!')}NM1|IL|1|AB|CD!`)).toEqual(['PERSON:AB', 'PERSON:CD']);
    expect(kinds(`x\n${isa('|', '^', '!')}NM1|IL|1|AB|CD!`)).toEqual(['PERSON:AB', 'PERSON:CD']);
  });

  it('a letter or digit as the terminator is refused (the defaults hold); the characters beside them are taken', () => {
    for (const t of ['0', '9', 'A', 'Z', 'a', 'z']) expect(kinds(`${isa('*', '^', t)}\nNM1*IL*1*AB${t}CD*EF~`), t).toEqual([`PERSON:AB${t}CD`, 'PERSON:EF']);
    for (const t of ['/', ':', '@', '[', '`', '{']) expect(kinds(`${isa('*', '^', t)}\nNM1*IL*1*AB${t}CD*EF~`), t).toEqual(['PERSON:AB']);
  });

  it('a letter or digit as ISA16 is refused', () => {
    for (const c of ['0', '9', 'A', 'Z', 'a', 'z']) expect(kinds(`${isa('*', c, '!')}\nNM1*IL*1*AB!CD*EF~`), c).toEqual(['PERSON:AB!CD', 'PERSON:EF']);
    expect(kinds(`${isa('*', '/', '!')}\nNM1*IL*1*AB!CD*EF~`)).toEqual(['PERSON:AB']);
  });

  it('ISA16 or the terminator equal to another separator, or a blank terminator, is refused', () => {
    const after = '\nNM1|IL|1|AB|CD!\nNM1*IL*1*EF*GH~';
    expect(kinds(`${isa('|', '^', '!')}${after}`)).toEqual(['PERSON:AB', 'PERSON:CD']);
    for (const [c, t] of [['|', '!'], ['^', '|'], ['!', '!'], ['^', ' ']] as const) expect(kinds(`${isa('|', c, t)}${after}`), c + t).toEqual(['PERSON:EF', 'PERSON:GH']);
  });

  it('a cut ISA (no ISA16, or no terminator after it) falls back to the defaults without failing', () => {
    expect(kinds('ISA*00*01')).toEqual([]);
    expect(kinds(isa('*', ':', ''))).toEqual([]);
    expect(kinds(`${isa('*', '', '')}`)).toEqual([]);
  });

  it('the separators are counted over the first 256 characters after ISA only', () => {
    // 16 separators further on than that: the declared `!` is not taken.
    const long = `ISA*${'x'.repeat(253)}^!*1*2*3*4*5*6*7*8*9*10*11*12*13*14*:!`;
    expect(kinds(`${long}\nNM1*IL*1*AB!CD*EF~`)).toEqual(['PERSON:AB!CD', 'PERSON:EF']);
  });
});

describe('EDIFACT', () => {
  it('exact offsets, blanks inside an element trimmed', () => {
    const text = "UNH+1'NAD+BY+++ DORVANE :WENLIX'";
    expect(edi(text)).toEqual(['PERSON@16:DORVANE', 'PERSON@25:WENLIX']);
  });

  it('NAD: C058 lines, C080 name parts 1-5, C059 street lines 1-4, city, postcode; party id, subdivision and country stay', () => {
    const text = "UNH+1'NAD+BY+5412345000013::9+L1:L2+N1:N2:N3:N4:N5:F+S1:S2:S3:S4:S5+CITY+YK+PC1+GB'";
    expect(kinds(text)).toEqual([
      'ADDRESS:L1', 'ADDRESS:L2', 'PERSON:N1', 'PERSON:N2', 'PERSON:N3', 'PERSON:N4', 'PERSON:N5',
      'ADDRESS:S1', 'ADDRESS:S2', 'ADDRESS:S3', 'ADDRESS:S4', 'ADDRESS:CITY', 'ADDRESS:PC1',
    ]);
  });

  it('a NAD with a short name list, no street, stops cleanly', () => {
    expect(kinds("UNH+1'NAD+BY+++ANNA'")).toEqual(['PERSON:ANNA']);
    expect(kinds("UNH+1'NAD+BY'")).toEqual([]);
  });

  it('COM: the channel decides; one component, three, or an unknown channel stay', () => {
    expect(kinds("UNH+1'COM+4155550132: TE 'COM+a@b.org:EM'COM+4155550100:AV'COM+4155550111'COM+4155550122:AH'COM'COM+'")).toEqual([
      'PHONE:4155550132', 'EMAIL:a@b.org', 'PHONE:4155550100',
    ]);
  });

  it('DTM: only qualifier 329 is a birth date; a DTM without a date stays', () => {
    expect(kinds("UNH+1'DTM+ 329 :19840312:102'DTM+137:20261204:102'DTM+329'DTM'")).toEqual(['DOB:19840312']);
  });

  it('CTA: the contact name (C056 second component) only', () => {
    expect(kinds("UNH+1'CTA+IC+DEPT1:ANNA LEE:X'")).toEqual(['PERSON:ANNA LEE']);
  });

  it('UNB, UNH and a UNA read as an id mark an interchange: CTA alone is read after them', () => {
    expect(kinds("UNB+UNOA:2'CTA+IC+:ANNA LEE'")).toEqual(['PERSON:ANNA LEE']);
    expect(kinds("UNH+1+ORDERS'CTA+IC+:ANNA LEE'")).toEqual(['PERSON:ANNA LEE']);
    // `UNA++` declares the same character twice, so the defaults hold and `UNA` is read as a segment id.
    expect(kinds("UNA++.? '\nCTA+IC+:ANNA LEE'")).toEqual(['PERSON:ANNA LEE']);
    expect(kinds("XYZ+1'CTA+IC+:ANNA LEE'")).toEqual([]);
  });

  it('evidence: NAD with a 2-3 character qualifier and a letter in C058, C080 or C059', () => {
    expect(kinds("NAD+BY++ANNA LEE'")).toEqual(['ADDRESS:ANNA LEE']);
    expect(kinds("NAD+BYX+++ANNA'")).toEqual(['PERSON:ANNA']);
    expect(kinds("NAD+BY++++1 ELM'")).toEqual(['ADDRESS:1 ELM']);
    for (const text of ["NAD+B+++ANNA'", "NAD+BYXX+++ANNA'", "NAD+by+++ANNA'", "NAD+BY+++12:34+5'", "NAD+BY+++++LEEDS++LS1'", "NAD+BY+X'"]) expect(kinds(text), text).toEqual([]);
  });

  it('evidence: COM with two components and a known channel, EM included', () => {
    expect(kinds("COM+a@b.org:EM'")).toEqual(['EMAIL:a@b.org']);
    expect(kinds("COM+4155550132:TE'")).toEqual(['PHONE:4155550132']);
    for (const text of ["COM+4155550132:TE:X'", "COM+4155550132:AH'", "COM+4155550132'"]) expect(kinds(text), text).toEqual([]);
  });

  it('evidence: DTM+329 with six to eight digits', () => {
    for (const date of ['840312', '1984031', '19840312']) expect(kinds(`DTM+329:${date}'`), date).toEqual([`DOB:${date}`]);
    for (const text of ["DTM+329:12345'", "DTM+329:198403121'", "DTM+329:x840312'", "DTM+329:840312x'", "DTM+329'", "DTM+137:19840312'"]) expect(kinds(text), text).toEqual([]);
  });

  it('CTA and RFF alone are no evidence', () => {
    expect(kinds("CTA+IC+:ANNA LEE'")).toEqual([]);
  });

  it('a released blank alone is no value; a release character escapes separators and terminators', () => {
    expect(kinds("UNH+1'NAD+BY+++? :WENLIX'")).toEqual(['PERSON:WENLIX']);
    expect(kinds("UNH+1'NAD+BY+++A?:B:C?'D'")).toEqual(['PERSON:A?:B', "PERSON:C?'D"]);
  });
});

describe('EDIFACT separators declared by UNA', () => {
  const after = "\nNAD+BY+++DORVANE:WENLIX'";
  it('a UNA that repeats a separator or ends segments with a letter is refused (the defaults hold)', () => {
    for (const una of ['UNA||.? ~', 'UNA:|.? |', 'UNA|+.? |', 'UNA:+.? E']) expect(kinds(`${una}${after}`), una).toEqual(['PERSON:DORVANE', 'PERSON:WENLIX']);
  });

  it('a UNA after prose declares its separators; a blank release means none', () => {
    expect(kinds('see UNA|*.\\ ~\nNAD*BY***ANNA|LEE~')).toEqual(['PERSON:ANNA', 'PERSON:LEE']);
    expect(kinds("UNA:+.  '\nNAD+BY+++ANNA :LEE'")).toEqual(['PERSON:ANNA', 'PERSON:LEE']);
    // No release and no terminator at the end: the last element and component are kept.
    expect(kinds('UNA:+.  \'\nNAD+BY+++ANNA:LEE')).toEqual(['PERSON:ANNA', 'PERSON:LEE']);
  });
});

describe('X12 segments as JSON', () => {
  it('x12SegmentOfKey: the id alone, first or last `_`-word; not in the middle, not too long', () => {
    expect(['N3', 'NM1', 'subscriber_name_NM1', 'NM1_first', 'N3_city', 'DMG', 'PAT', 'REF_x', 'CLM', 'INS', 'PER', 'N4'].map(x12SegmentOfKey)).toEqual(['N3', 'NM1', 'NM1', 'NM1', 'N3', 'DMG', 'PAT', 'REF', 'CLM', 'INS', 'PER', 'N4']);
    expect(x12SegmentOfKey(`NM1_${'a'.repeat(92)}`)).toBe('NM1');
    for (const key of ['N', '', 'loop_NM1_subscriber', 'ab_NM1_c', 'abc_NM1_d', 'Name1', 'NM12', `NM1_${'a'.repeat(93)}`, `${'a'.repeat(93)}_NM1`, 'xNM1']) expect(x12SegmentOfKey(key), key).toBeUndefined();
  });

  it('positions: NM103, NM1_03, NM1-3, NM1.04, nm1_05, 09, Stedi names with a position, dictionary names', () => {
    expect(members('NM1', { NM102: '1', NM103: 'A', 'NM1-4': 'B', 'NM1.05': 'C', '09': 'X1' })).toEqual([['NM103', 'name'], ['NM1-4', 'name'], ['NM1.05', 'name'], ['09', 'plan']]);
    expect(members('NM1', { nm1_03: 'A', NM1_04: 'B' })).toEqual([['nm1_03', 'name'], ['NM1_04', 'name']]);
    expect(members('NM1', { name_first_04: 'A', identification_code_qualifier_08: 'XX', identification_code_09: '1234567893' })).toEqual([['name_first_04', 'name'], ['identification_code_09', 'provider']]);
    expect(members('NM1', { 'name.last': 'A', 'name first': 'B', 'middle-name': 'C', idQualifier: '34', idCode: '1' })).toEqual([['name.last', 'name'], ['name first', 'name'], ['middle-name', 'name'], ['idCode', 'ssn']]);
  });

  it('names that give no position stay: unknown names, a position with letters around it, `_NN` after an unknown name', () => {
    expect(members('NM1', { xyz03: 'A', x03: 'B', foo_03: 'C', NM1x03: 'D', NM1034: 'E', lastName9x: 'F' })).toBeUndefined();
  });

  it('the first member of a position wins; `_NN` is a position only at the end of the name', () => {
    expect(members('NM1', { NM103: 'A', lastName: 'B' })).toEqual([['NM103', 'name']]);
    expect(members('NM1', { name_first_03_2: 'A', NM104: 'B' })).toEqual([['name_first_03_2', 'name']]);
  });

  it('NM102 missing: a person unless NM101 names an organization; 2 an organization; blanks trimmed', () => {
    expect(members('NM1', { NM103: 'A' })).toEqual([['NM103', 'name']]);
    expect(members('NM1', { NM101: 'IL', NM103: 'A' })).toEqual([['NM103', 'name']]);
    expect(members('NM1', { NM101: 'PR', NM103: 'A' })).toBeUndefined();
    expect(members('NM1', { NM101: 'IL', NM102: '2', NM103: 'A' })).toBeUndefined();
    expect(members('NM1', { NM101: 'PR', NM102: ' 1 ', NM103: 'A' })).toEqual([['NM103', 'name']]);
  });

  it('only strings and numbers are read', () => {
    expect(members('NM1', { NM103: { a: 1 }, lastName: 'B', NM109: 12345 })).toEqual([['lastName', 'name'], ['NM109', 'plan']]);
    expect(members('NM1', { NM103: null, NM104: true })).toBeUndefined();
  });

  it('the other segments by dictionary name; a segment without a table reads positions only', () => {
    expect(members('DMG', { dateFormatQualifier: 'D8', dateOfBirth: '19840312' })).toEqual([['dateOfBirth', 'date']]);
    expect(members('REF', { qualifier: 'SY', value: '536228514' })).toEqual([['value', 'ssn']]);
    expect(members('REF', { qualifier: 'EI', value: '1' })).toBeUndefined();
    expect(members('PER', { name: 'ANNA', communicationNumberQualifier2: 'EM', communicationNumber2: 'a@b.org' })).toEqual([['name', 'name'], ['communicationNumber2', 'email']]);
    expect(members('ISA', { ISA06: 'SENDER' })).toBeUndefined();
  });
});

describe('the survivors of the Stryker run (ed903df)', () => {
  it('a text ending in a release character keeps its last element and component (was: dropped, the name stored raw)', () => {
    const text = "UNH+1'NAD+BY+++ANNA:LEE?";
    const out: Detection[] = [];
    detectEdi(text, out);
    expect(out.map((d) => [d.type, d.start, d.end])).toEqual([['PERSON', 15, 19], ['PERSON', 20, 24]]);
    expect(kinds("UNH+1'NAD+BY+++ ?")).toEqual([]);
  });

  it('an EDIFACT-only text costs no X12 pass (steps)', () => {
    const work: EdiWork = { steps: 0 };
    detectEdi("NAD+BY+++A'", [], work);
    expect(work.steps).toBe(11);
  });

  it('a release escapes an element separator; a value starting with a release is kept; a declared release is honoured', () => {
    expect(kinds("UNH+1'NAD+BY+++A?+B:C'")).toEqual(['PERSON:A?+B', 'PERSON:C']);
    expect(kinds("UNH+1'NAD+BY+++?+AB:C'")).toEqual(['PERSON:?+AB', 'PERSON:C']);
    expect(kinds("UNA:+.? '\nNAD+BY+++A?+B:C'")).toEqual(['PERSON:A?+B', 'PERSON:C']);
  });

  it('a UNA at the very start declares its separators', () => {
    expect(kinds('UNA|*.? ~NAD*BY***ANNA|LEE~')).toEqual(['PERSON:ANNA', 'PERSON:LEE']);
  });

  it('the 256-character ISA bound counts from the ISA, not from the text start', () => {
    const long = `ISA*${'x'.repeat(237)}^!${'x'.repeat(20)}`; // the match starts at the \n before ISA
    expect(kinds(`log: ab\n${long}\nNM1*IL*1*AB!CD*EF~`)).toEqual(['PERSON:AB!CD', 'PERSON:EF']);
  });

  it('evidence is one segment enough, and only the segments named: NM102 of one digit, DMG, DTM, COM channels', () => {
    expect(kinds('NM1*IL*12*AB~PER*IC*ANNA~')).toEqual([]);
    expect(kinds('NM1*IL*31*AB~PER*IC*ANNA~')).toEqual([]);
    expect(kinds('ABC*D8*19840312~PER*IC*ANNA~')).toEqual([]);
    expect(kinds("NAD+BY+++ANNA'CTA+IC+:BOB'")).toEqual(['PERSON:ANNA', 'PERSON:BOB']);
    expect(kinds("COM+4155550132:AH'CTA+IC+:BOB'")).toEqual([]);
    expect(kinds("XYZ+329:19840312'CTA+IC+:BOB'")).toEqual([]);
    expect(kinds("DTM+137:19840312'CTA+IC+:BOB'")).toEqual([]);
    expect(kinds("NAD+BY+++12'")).toEqual([]);
    expect(kinds("NAD+ BY +++ANNA'")).toEqual(['PERSON:ANNA']);
  });

  it('x12SegmentOfKey: an id in the middle of a name that starts with a segment letter is no id', () => {
    expect(x12SegmentOfKey('Payer_NM1_x')).toBeUndefined();
  });

  it('x12MemberKinds: REF dictionary names that start with REF; a Stedi position wins over the dictionary one', () => {
    expect(members('REF', { referenceIdentificationQualifier: 'SY', referenceIdentification: '1' })).toEqual([['referenceIdentification', 'ssn']]);
    expect(members('NM1', { name_first_05: 'A', NM104: 'B' })).toEqual([['NM104', 'name'], ['name_first_05', 'name']]);
  });
});
