// Mutation tests for gedcom.ts (issue 13; docs/TESTING.md, the gedcom.ts row of 2026-12-05):
// detectGedcom, dropGedcomTagNames and gedcomCue called directly, in process, with exact spans in
// the order found (the L1/O1 suite, test/redaction/gedcom-2026-12-05g.test.ts, goes through
// detectSensitive and asks only that values leak or stay).
import { describe, expect, it } from 'vitest';
import { detectGedcom, dropGedcomTagNames, gedcomCue } from './gedcom.js';
import type { Detection } from './types.js';

const ALL = { names: true, dates: true, addresses: true, contacts: true };
type Kinds = typeof ALL;
/** detectGedcom on `text` after `before` (detections made by hand): `TYPE:value` in the order of `out`. */
function found(text: string, kinds: Kinds = ALL, before: Detection[] = []): string[] {
  const out = [...before];
  detectGedcom(text, out, kinds);
  return out.map((d) => `${d.type}:${text.slice(d.start, d.end)}`);
}
/** A detection of `type` over the `nth` occurrence of `value` in `text`, or over `[start, end)`. */
function at(text: string, value: string, type = 'PERSON', nth = 0): Detection {
  let start = -1;
  for (let index = 0; index <= nth; index++) start = text.indexOf(value, start + 1);
  if (start === -1) throw new Error(`${value} not in ${text}`);
  return { start, end: start + value.length, type, class: 'x' };
}
const span = (start: number, end: number, type = 'PERSON'): Detection => ({ start, end, type, class: 'x' });

describe('detectGedcom: what each tag holds', () => {
  it('a record with exact detections, types, classes and normalized names', () => {
    const text = '0 @I1@ INDI\n1 NAME Anna Kristina /Lindqvist/\n1 BIRT\n2 DATE 14 MAR 1952\n2 PLAC Uppsala';
    const out: Detection[] = [];
    detectGedcom(text, out, ALL);
    const s = (value: string) => ({ start: text.indexOf(value), end: text.indexOf(value) + value.length });
    expect(out).toEqual([
      { ...s('Anna Kristina'), type: 'PERSON', class: 'pii.person', normalized: 'anna kristina' },
      { ...s('Lindqvist'), type: 'PERSON', class: 'pii.person', normalized: 'lindqvist' },
      { ...s('14 MAR 1952'), type: 'DOB', class: 'pii.date_of_birth' },
    ]);
  });

  it('each name tag', () => {
    const text = '0 @I1@ INDI\n1 NAME Wenna /Trebilcock/\n2 GIVN Wenna\n2 SURN Trebilcock\n2 NICK Winnie\n2 _MARNM Polglase\n2 _AKA Wen\n2 _MARN Polly\n2 _BIRN Pascoe';
    expect(found(text)).toEqual(['PERSON:Wenna', 'PERSON:Trebilcock', 'PERSON:Wenna', 'PERSON:Trebilcock', 'PERSON:Winnie', 'PERSON:Polglase', 'PERSON:Wen', 'PERSON:Polly', 'PERSON:Pascoe']);
  });

  it('the parts of a name: given names, the surname between slashes, a suffix; no part without a letter', () => {
    expect(found('0 HEAD\n1 NAME Caspian /Fennimore/ Jr.')).toEqual(['PERSON:Caspian', 'PERSON:Fennimore', 'PERSON:Jr.']);
    expect(found('0 HEAD\n1 NAME /Fennimore/')).toEqual(['PERSON:Fennimore']);
    expect(found('0 HEAD\n1 NAME Caspian //')).toEqual(['PERSON:Caspian']);
    expect(found('0 HEAD\n1 NAME Caspian / 1901 /')).toEqual(['PERSON:Caspian']);
    expect(found('0 HEAD\n1 NAME Ýr /Þórsdóttir/')).toEqual(['PERSON:Ýr', 'PERSON:Þórsdóttir']);
    expect(found('0 HEAD\n1 NAME 12 / 34')).toEqual([]);
  });

  it('a name part stops at its line: a slash on a later line is not the surname\'s', () => {
    expect(found('0 HEAD\n1 NAME Caspian Fennimore\n1 NOTE see a/b')).toEqual(['PERSON:Caspian Fennimore']);
    expect(found('0 HEAD\n1 NAME Caspian /Fennimore\n1 NOTE see a/b')).toEqual(['PERSON:Caspian', 'PERSON:Fennimore']);
  });

  it('a date under each birth event; not under others, not at level 1, not under a birth two levels up', () => {
    for (const event of ['BIRT', 'CHR', 'BAPM', 'CHRA']) expect(found(`0 @I1@ INDI\n1 ${event}\n2 DATE 3 JUL 1940`), event).toEqual(['DOB:3 JUL 1940']);
    for (const event of ['DEAT', 'MARR', 'BURI', 'RESI']) expect(found(`0 @I1@ INDI\n1 ${event}\n2 DATE 3 JUL 1940`), event).toEqual([]);
    expect(found('0 @I1@ INDI\n1 DATE 3 JUL 1940\n1 NAME Ysolde /Marsh/')).toEqual(['PERSON:Ysolde', 'PERSON:Marsh']);
    expect(found('0 HEAD\n1 BIRT\n2 SOUR @S1@\n3 DATE 3 JUL 1940')).toEqual([]);
    expect(found('1 DATE 3 JUL 1940\n0 HEAD')).toEqual([]);
  });

  it('the parent of a line is the last line one level up: deeper lines of an earlier event are forgotten', () => {
    expect(found('0 @I1@ INDI\n1 EVEN\n2 BIRT\n1 DEAT\n3 DATE 1 JAN 1900')).toEqual([]);
    expect(found('0 @I1@ INDI\n1 BIRT\n2 DATE 1 JAN 1900\n1 DEAT\n2 DATE 2 FEB 1950')).toEqual(['DOB:1 JAN 1900']);
    expect(found('0 @I1@ INDI\n1 DEAT\n2 DATE 2 FEB 1950\n1 BIRT\n2 DATE 1 JAN 1900')).toEqual(['DOB:1 JAN 1900']);
    expect(found('0 @I1@ INDI\n1 BIRT\n1 DEAT\n2 DATE 2 FEB 1950')).toEqual([]);
  });

  it('a level of two digits', () => {
    expect(found('0 HEAD\n1 BIRT\n10 NAME Osric')).toEqual(['PERSON:Osric']);
  });

  it('addresses, phones and e-mails', () => {
    const text = '0 @I1@ INDI\n1 RESI\n2 ADDR 14 Heron Lane\n3 ADR1 Flat 2\n3 ADR2 Duluth\n2 PHON +1 218 555 0142\n2 EMAIL o.q@example.org';
    expect(found(text)).toEqual(['ADDRESS:14 Heron Lane', 'ADDRESS:Flat 2', 'ADDRESS:Duluth', 'PHONE:+1 218 555 0142', 'EMAIL:o.q@example.org']);
  });

  it('each kind only when asked for', () => {
    const text = '0 @I1@ INDI\n1 NAME Osric /Penn/\n1 BIRT\n2 DATE 12 APR 1872\n1 RESI\n2 ADDR 14 Heron Lane\n2 PHON 218 555 0142\n2 EMAIL o@p.org';
    const none = { names: false, dates: false, addresses: false, contacts: false };
    expect(found(text, none)).toEqual([]);
    expect(found(text, { ...none, names: true })).toEqual(['PERSON:Osric', 'PERSON:Penn']);
    expect(found(text, { ...none, dates: true })).toEqual(['DOB:12 APR 1872']);
    expect(found(text, { ...none, addresses: true })).toEqual(['ADDRESS:14 Heron Lane']);
    expect(found(text, { ...none, contacts: true })).toEqual(['PHONE:218 555 0142', 'EMAIL:o@p.org']);
  });

  it('a pointer, an empty value and blanks only are no value', () => {
    expect(found('0 HEAD\n1 NAME @N1@\n1 BIRT\n2 DATE @D1@')).toEqual([]);
    expect(found('0 HEAD\n1 NAME\n1 BIRT\n2 DATE')).toEqual([]);
    expect(found('0 HEAD\n1 NAME   \n1 BIRT\n2 DATE \t')).toEqual([]);
    expect(found('0 HEAD\n1 NAME Osric @N1@')).toEqual(['PERSON:Osric @N1@']);
  });

  it('CRLF lines', () => {
    expect(found('0 @I1@ INDI\r\n1 NAME Ottoline /Quennell/\r\n1 BIRT\r\n2 DATE 9 DEC 1933\r\n2 ADDR 14 Heron Lane\r\n')).toEqual(['PERSON:Ottoline', 'PERSON:Quennell', 'DOB:9 DEC 1933', 'ADDRESS:14 Heron Lane']);
  });

  it('the line form: indentation, an xref, the tag\'s length and characters, a blank after the tag', () => {
    expect(found('  0 HEAD\n\t1 NAME Osric')).toEqual(['PERSON:Osric']);
    expect(found('0 HEAD\n1 @N1@ NAME Osric')).toEqual(['PERSON:Osric']);
    expect(found('0 HEAD\n1\t@N1@\tNAME\tOsric')).toEqual(['PERSON:Osric']);
    expect(found('0 HEAD\n1 NAMEOsric /X/')).toEqual([]);
    expect(found('0 HEAD\n1 name Osric')).toEqual([]);
    expect(found('0 HEAD\n1NAME Osric')).toEqual([]);
    expect(found('0 HEAD\n123 NAME Osric')).toEqual([]);
    expect(found('0 HEAD\nx1 NAME Osric')).toEqual([]);
    expect(found('0 HEAD\n1 @@ NAME Osric')).toEqual([]);
    expect(found(`0 HEAD\n1 @${'N'.repeat(30)}@ NAME Osric`)).toEqual(['PERSON:Osric']);
    expect(found(`0 HEAD\n1 @${'N'.repeat(31)}@ NAME Osric`)).toEqual([]);
    expect(found('0 HEAD\n1 @N\n1@ NAME Osric')).toEqual([]);
    expect(found('0 HEAD\n1 @N1@NAME Osric')).toEqual([]);
  });
});

describe('detectGedcom: when the text is GEDCOM', () => {
  it('two lines with a known tag at least', () => {
    expect(found('1 NAME Osric /Penn/')).toEqual([]);
    expect(found('1 NAME Osric /Penn/\n1 XYZW 2')).toEqual([]);
    expect(found('1 NAME Osric /Penn/\n1 SEX M')).toEqual(['PERSON:Osric', 'PERSON:Penn']);
    expect(found('')).toEqual([]);
    expect(found('no lines here', ALL, [span(0, 2)])).toEqual(['PERSON:no']);
  });

  it('each known tag counts', () => {
    const known = ['HEAD', 'TRLR', 'INDI', 'FAM', 'NAME', 'GIVN', 'SURN', 'SEX', 'BIRT', 'DEAT', 'BURI', 'CHR', 'BAPM', 'MARR', 'DIV', 'RESI', 'PLAC', 'DATE', 'ADDR', 'HUSB', 'WIFE', 'CHIL', 'FAMC', 'FAMS', 'NOTE', 'SOUR', 'OCCU', 'EVEN', 'GEDC', 'CHAR', 'SUBM'];
    for (const tag of known) expect(found(`0 ${tag}\n1 NAME Osric`), tag).toEqual(['PERSON:Osric']);
    for (const tag of ['NICK', 'XYZ', '_AKA', 'PHON', 'EMAIL', 'CHRA', 'ADR1']) expect(found(`0 ${tag}\n1 NAME Osric`), tag).toEqual([]);
  });
});

describe('detectGedcom: over-reads dropped', () => {
  const text = 'Note: Osric\n0 @I1@ INDI\n1 BIRT\n2 PLAC St. Olaf Church, Portland\n1 RESI\n2 ADDR 2718 Juniper Road';

  it('a finding over a line\'s level or tag', () => {
    expect(found(text, ALL, [at(text, '2 PLAC St.', 'ADDRESS')])).toEqual(['ADDRESS:2718 Juniper Road']);
    expect(found(text, ALL, [at(text, '1 BIRT', 'DOB')])).toEqual(['ADDRESS:2718 Juniper Road']);
    expect(found(text, ALL, [at(text, 'PLAC', 'PHONE')])).toEqual(['ADDRESS:2718 Juniper Road']);
    expect(found(text, ALL, [at(text, ' ', 'PHONE', 4)])).toEqual(['ADDRESS:2718 Juniper Road']);
  });

  it('a finding at the value\'s start stays', () => {
    expect(found(text, ALL, [at(text, 'Portland', 'ADDRESS'), at(text, '2718', 'PHONE')])).toEqual(['ADDRESS:Portland', 'PHONE:2718', 'ADDRESS:2718 Juniper Road']);
    expect(found(text, ALL, [at(text, 'St. Olaf Church', 'ADDRESS')])).toEqual(['ADDRESS:St. Olaf Church', 'ADDRESS:2718 Juniper Road']);
  });

  it('a person or an address running into the next line; not another type, not to the line break only', () => {
    expect(found(text, ALL, [at(text, 'Portland\n1', 'ADDRESS')])).toEqual(['ADDRESS:2718 Juniper Road']);
    expect(found(text, ALL, [at(text, 'Portland\n1', 'PERSON')])).toEqual(['ADDRESS:2718 Juniper Road']);
    expect(found(text, ALL, [at(text, 'Portland\n1', 'DOB')])).toEqual(['DOB:Portland\n1', 'ADDRESS:2718 Juniper Road']);
    expect(found(text, ALL, [at(text, 'Portland\n', 'ADDRESS')])).toEqual(['ADDRESS:Portland\n', 'ADDRESS:2718 Juniper Road']);
  });

  it('before the first line: dropped only when a person or an address runs past its start', () => {
    expect(found(text, ALL, [at(text, 'Osric')])).toEqual(['PERSON:Osric', 'ADDRESS:2718 Juniper Road']);
    expect(found(text, ALL, [at(text, 'Osric\n')])).toEqual(['PERSON:Osric\n', 'ADDRESS:2718 Juniper Road']);
    expect(found(text, ALL, [at(text, 'Osric\n0')])).toEqual(['ADDRESS:2718 Juniper Road']);
    expect(found(text, ALL, [at(text, 'Osric\n0', 'ADDRESS')])).toEqual(['ADDRESS:2718 Juniper Road']);
    expect(found(text, ALL, [at(text, 'Osric\n0', 'DOB')])).toEqual(['DOB:Osric\n0', 'ADDRESS:2718 Juniper Road']);
  });

  it('a person inside a place, not one in another tag or running past the place\'s end', () => {
    expect(found(text, ALL, [at(text, 'Olaf'), at(text, 'Church', 'ADDRESS')])).toEqual(['ADDRESS:Church', 'ADDRESS:2718 Juniper Road']);
    expect(found(text, ALL, [at(text, 'Portland')])).toEqual(['ADDRESS:2718 Juniper Road']);
    expect(found(text, ALL, [at(text, 'Juniper')])).toEqual(['PERSON:Juniper', 'ADDRESS:2718 Juniper Road']);
    expect(found(text, ALL, [at(text, 'Portland\n')])).toEqual(['PERSON:Portland\n', 'ADDRESS:2718 Juniper Road']);
    const crlf = '0 HEAD\r\n2 PLAC St. Olaf\r\n1 RESI';
    expect(found(crlf, ALL, [at(crlf, 'Olaf')])).toEqual([]);
    expect(found(crlf, ALL, [at(crlf, 'Olaf\r')])).toEqual(['PERSON:Olaf\r']);
  });

  it('the kept findings keep their order; each line found by its start among many', () => {
    const lines = Array.from({ length: 9 }, (_, i) => `${i % 3} PLAC Place${i}`).join('\n');
    const before = Array.from({ length: 9 }, (_, i) => at(lines, `Place${i}`, i % 2 === 0 ? 'PERSON' : 'ADDRESS'));
    const tags = Array.from({ length: 9 }, (_, i) => at(lines, 'PLAC', 'PHONE', i));
    expect(found(lines, ALL, [...before, ...tags])).toEqual(['ADDRESS:Place1', 'ADDRESS:Place3', 'ADDRESS:Place5', 'ADDRESS:Place7']);
  });
});

describe('dropGedcomTagNames', () => {
  const drop = (text: string, out: Detection[], from = 0): string[] => {
    dropGedcomTagNames(text, out, from);
    return out.map((d) => `${d.type}:${text.slice(d.start, d.end)}`);
  };

  it('persons that are tags among three tags or more', () => {
    const text = 'Tags used: INDI, FAM, BIRT, DEAT, Osric';
    expect(drop(text, [at(text, 'INDI'), at(text, 'FAM'), at(text, 'BIRT'), at(text, 'DEAT'), at(text, 'Osric')])).toEqual(['PERSON:Osric']);
  });

  it('each tag word', () => {
    const words = 'INDI FAM BIRT DEAT BURI CHR MARR PLAC BAPM CREM PROB RESI OCCU NOTE SOUR DIV EVEN CENS EMIG IMMI NATU GRAD RETI WILL FAMC FAMS HUSB WIFE CHIL SEX GIVN SURN'.split(' ');
    for (const word of words) {
      const text = `Events: ${word}, BURI, MARR, BIRT`;
      expect(drop(text, [at(text, word)]), word).toEqual([]);
    }
    const text = 'Events: DATE, BIRT, MARR, BURI';
    expect(drop(text, [at(text, 'DATE')])).toEqual(['PERSON:DATE']);
  });

  it('fewer than three tags: nothing dropped', () => {
    const text = 'Contact MARR, Thaddeus about the BIRT record';
    expect(drop(text, [at(text, 'MARR'), at(text, 'Thaddeus')])).toEqual(['PERSON:MARR', 'PERSON:Thaddeus']);
    const three = 'MARR, BIRT, BURI';
    expect(drop(three, [at(three, 'MARR')])).toEqual([]);
  });

  it('a tag inside a word, a number or an underscore is no tag', () => {
    for (const [text, start] of [['XBIRT BURI MARR CHR', 1], ['BIRTX BURI MARR CHR', 0], ['2BIRT BURI MARR CHR', 1], ['BIRT2 BURI MARR CHR', 0], ['_BIRT BURI MARR CHR', 1], ['BIRT_ BURI MARR CHR', 0], ['ÉBIRT BURI MARR CHR', 1], ['BIRTé BURI MARR CHR', 0]] as const) {
      expect(drop(text, [span(start, start + 4)]), text).toEqual(['PERSON:BIRT']);
    }
  });

  it('only a person, only at a tag, only three or four capitals', () => {
    const text = 'Tags: BIRT, DEAT, MARR, FAMS';
    expect(drop(text, [at(text, 'BIRT', 'ADDRESS'), at(text, 'BIRT, DEAT'), at(text, 'IRT'), at(text, 'BIRT'), span(text.indexOf('MARR'), text.indexOf('MARR') + 2)])).toEqual(['ADDRESS:BIRT', 'PERSON:BIRT, DEAT', 'PERSON:IRT', 'PERSON:MA']);
    const lower = 'Tags: Birt, BIRT, MARR, BURI';
    expect(drop(lower, [at(lower, 'Birt')])).toEqual(['PERSON:Birt']);
  });

  it('the detections before `from` are left as they are', () => {
    const text = 'Tags: BIRT, DEAT, MARR';
    const first = at(text, 'BIRT');
    expect(drop(text, [first, at(text, 'DEAT'), at(text, 'MARR')], 1)).toEqual(['PERSON:BIRT']);
    expect(drop(text, [first, at(text, 'DEAT'), { ...at(text, 'MARR'), type: 'DOB' }], 1)).toEqual(['PERSON:BIRT', 'DOB:MARR']);
    expect(drop(text, [first], 1)).toEqual(['PERSON:BIRT']);
  });

  it('a hole in the list is skipped', () => {
    const text = 'Tags: BIRT, DEAT, MARR, Osric';
    const out = [at(text, 'BIRT'), at(text, 'Osric')];
    out.length = 3;
    out[2] = at(text, 'MARR');
    delete out[1];
    expect(drop(text, out)).toEqual([]);
  });

  it('twice on the same pattern: the scan starts afresh', () => {
    const text = 'Tags: BIRT, DEAT, MARR';
    expect(drop(text, [at(text, 'BIRT')])).toEqual([]);
    expect(drop(text, [at(text, 'BIRT')])).toEqual([]);
  });
});

describe('gedcomCue', () => {
  it.each([
    ['1 NAME', true],
    ['0 @I1@ INDI', true],
    ['x\n2 _MARNM', true],
    ['x\n \t3\tN', true],
    ['1  NAME', true],
    ['x\n2\t \tDATE', true],
    ['4 NAME', false],
    ['1 name', false],
    ['1NAME', false],
    ['x 1 NAME', false],
    ['x\r1 NAME', false],
    ['1 #NAME', false],
    ['', false],
  ])('%j', (text, expected) => {
    expect(gedcomCue(text)).toBe(expected);
  });
});
