// Mutation tests for cut-values.ts (issue 13; docs/TESTING.md, the cut-values.ts row of
// 2026-12-05): cutValueAtEnd called directly, in process, with exact spans, types, classes and
// normalized values (L9 of the probe of 2026-12-05i, test/redaction/streamed-values-2026-12-05i.test.ts,
// goes through the auditor and asks only that the pieces leak or stay). Each bound is tried on both
// sides: the blanks and separators left out at the end, a phone's 24 characters and 5 to 14 digits,
// the characters a `+` may follow, an IBAN's 10 characters and its country's length, each shape of a
// cue's value with the separators it takes, the detectors enabled. The patterns are module-level: a
// run with AGENT_AUDIT_MUTATE_COVERAGE=all measures them.
import { describe, expect, it } from 'vitest';
import { cutValueAtEnd } from './cut-values.js';
import { BUILTIN_DETECTORS } from './detectors.js';

const ALL: ReadonlySet<string> = new Set(BUILTIN_DETECTORS);
const without = (...names: string[]): ReadonlySet<string> => new Set([...ALL].filter((name) => !names.includes(name)));

/** What cutValueAtEnd finds at the end of `text`: `TYPE class start-end normalized`. */
function cut(text: string, enabled: ReadonlySet<string> = ALL): string | undefined {
  const found = cutValueAtEnd(text, enabled);
  return found === undefined ? undefined : `${found.type} ${found.class} ${found.start}-${found.end} ${found.normalized}`;
}
/** The expected answer for `value`, the last occurrence of it in `text`. */
function expected(text: string, value: string, type: string, normalized = value): string {
  const start = text.lastIndexOf(value);
  const cls = { PHONE: 'pii.phone', IBAN: 'financial.iban', DOB: 'pii.date_of_birth', SSN: 'pii.government_id' }[type];
  return `${type} ${cls} ${start}-${start + value.length} ${normalized}`;
}
const LONG = `${'x'.repeat(70)} `;

describe('an international phone number begun', () => {
  it.each([
    ['+33 6 12', '+33 6 12', '+33612'],
    ['x +33 6 12', '+33 6 12', '+33612'],
    ['  +33 6 12', '+33 6 12', '+33612'],
    ['x +33-6-12', '+33-6-12', '+33612'],
    ['x +33.6.12', '+33.6.12', '+33612'],
    ['x +33612', '+33612', '+33612'],
    ['x +33 0612', '+33 0612', '+330612'],
    ['x +1 2345', '+1 2345', '+12345'],
    ['x +420 12', '+420 12', '+42012'],
    ['x +12345678901234', '+12345678901234', '+12345678901234'],
    // 24 characters after the `+`, the most read back.
    ['x +12 3 4 5 6 7 8 9 0 1 2 3', '+12 3 4 5 6 7 8 9 0 1 2 3', '+1234567890123'],
    // What may stand before the `+`.
    ['x (+33 6 12', '+33 6 12', '+33612'],
    ['x:+33 6 12', '+33 6 12', '+33612'],
    ['x"+33 6 12', '+33 6 12', '+33612'],
    ["x'+33 6 12", '+33 6 12', '+33612'],
    ['x\t+33 6 12', '+33 6 12', '+33612'],
    ['x \t +33 6 12', '+33 6 12', '+33612'],
    ['a ( +33 6 12', '+33 6 12', '+33612'],
    ['a: +33 6 12', '+33 6 12', '+33612'],
    ['a, +33 6 12', '+33 6 12', '+33612'],
    // Blanks and separators after the last group: up to three blanks, then up to two separators.
    ['x +33 6 12 ', '+33 6 12', '+33612'],
    ['x +33 6 12   ', '+33 6 12', '+33612'],
    ['x +33 6 12     ', '+33 6 12', '+33612'],
    ['x +33 6 12\t', '+33 6 12', '+33612'],
    ['x +33 6 12\u00a0', '+33 6 12', '+33612'],
    ['x +33 6 12-', '+33 6 12', '+33612'],
    ['x +33 6 12--', '+33 6 12', '+33612'],
    ['x +33 6 12.', '+33 6 12', '+33612'],
    ['x +33 6 12/', '+33 6 12', '+33612'],
    ['x +33 6 12 /', '+33 6 12', '+33612'],
    ['x +33 6 12\t/', '+33 6 12', '+33612'],
    ['x +33 6 12\u00a0/', '+33 6 12', '+33612'],
    ['x +33 6 12\t\t\t\t', '+33 6 12', '+33612'],
    ['x +33 6 12\u00a0\u00a0\u00a0\u00a0', '+33 6 12', '+33612'],
    // The digits' bounds.
    ['x +33 6 10', '+33 6 10', '+33610'],
    ['x +33 6 19', '+33 6 19', '+33619'],
    [`${LONG}+33 6 12`, '+33 6 12', '+33612'],
  ])('%j: %j', (text, value, normalized) => {
    expect(cut(text)).toBe(expected(text, value, 'PHONE', normalized));
  });

  it.each([
    'x +33 6 12      ', // six blanks
    'x +33 6 12---', // three separators
    'x +33/6/12', // `/` is no separator inside a number
    'x +33  6 12', // two blanks
    'x +33 -6 12',
    'x +33 6 1a2',
    'x +33 6 12 a',
    'x +33 6 12a',
    'x +33 6 12:',
    'x +33 6 1/',
    // 25 characters after the `+`.
    'x +123 4 5 6 7 8 9 0 1 2 3 4',
    // Too few or too many digits, or no calling code.
    'x +3361',
    'x +33 61',
    'x +1 234',
    'x +420 1',
    'x +123456789012345',
    'x +999 12345',
    'x +044 123',
    // What may not stand before the `+`: a letter, a number and a blank (a sum), an operator, `[`, another `+`.
    'x+33 6 12',
    'a+33 6 12',
    'x[+33 6 12',
    'x ++33 6 12',
    '3 +33 6 12',
    '4\t+33 6 12',
    '3 \t +33 6 12',
    '3  +33 6 12',
    'a = +33 6 12',
    'a + +33 6 12',
    'a - +33 6 12',
    'a * +33 6 12',
    'a / +33 6 12',
    'a < +33 6 12',
    'a > +33 6 12',
    'a ^ +33 6 12',
    'a % +33 6 12',
    // Four characters or fewer after the blanks.
    '+331',
    '+331    ',
  ])('%j: none', (text) => {
    expect(cut(text)).toBeUndefined();
  });

  it('only when the phone detector is enabled', () => {
    expect(cut('x +33 6 12', without('phone'))).toBeUndefined();
    expect(cut('x +33 6 12', new Set(['phone']))).toBe(expected('x +33 6 12', '+33 6 12', 'PHONE', '+33612'));
  });
});

describe('an IBAN begun', () => {
  it.each([
    ['Pay goes to DE89 3704 0044 ', 'DE89 3704 0044', 'DE8937040044'],
    ['DE89 3704 00', 'DE89 3704 00', 'DE89370400'],
    ['DE89370400', 'DE89370400', 'DE89370400'],
    ['DE89 3704 0044 053', 'DE89 3704 0044 053', 'DE8937040044053'],
    ['DE89 3704 0044 0532 0130 0', 'DE89 3704 0044 0532 0130 0', 'DE8937040044053201300'],
    ['DE89-3704-0044-0532-0130-0', 'DE89-3704-0044-0532-0130-0', 'DE8937040044053201300'],
    ['DE8937040044053201300', 'DE8937040044053201300', 'DE8937040044053201300'],
    ['DE89-3704-0044 ', 'DE89-3704-0044', 'DE8937040044'],
    ['NL91-ABNA-0417-', 'NL91-ABNA-0417', 'NL91ABNA0417'],
    ['NL91-ABNA-0417-16', 'NL91-ABNA-0417-16', 'NL91ABNA041716'],
    ['FR76 3000 6000 0112 3456 7890 18', 'FR76 3000 6000 0112 3456 7890 18', 'FR763000600001123456789018'],
    // Seven groups of four (Russia's 33 characters), compact or with hyphens; six and a part (Saint Lucia's 32, Malta's 31).
    ['RU02 0445 2560 0407 0281 0412 3456 7890', 'RU02 0445 2560 0407 0281 0412 3456 7890', 'RU020445256004070281041234567890'],
    ['RU02-0445-2560-0407-0281-0412-3456-7890', 'RU02-0445-2560-0407-0281-0412-3456-7890', 'RU020445256004070281041234567890'],
    ['RU0204452560040702810412345678', 'RU0204452560040702810412345678', 'RU0204452560040702810412345678'],
    ['RU02 0445 2560 0407 0281 0412 3456', 'RU02 0445 2560 0407 0281 0412 3456', 'RU02044525600407028104123456'],
    ['LC55 HEMM 0001 0001 0012 0012 0002', 'LC55 HEMM 0001 0001 0012 0012 0002', 'LC55HEMM00010001001200120002'],
    ['MT84 MALT 0110 0001 2345 MTLC AST0 0', 'MT84 MALT 0110 0001 2345 MTLC AST0 0', 'MT84MALT011000012345MTLCAST00'],
    [`${LONG}DE89 3704 0044`, 'DE89 3704 0044', 'DE8937040044'],
    [`${LONG}(DE89 3704 0044`, 'DE89 3704 0044', 'DE8937040044'],
  ])('%j: %j', (text, value, normalized) => {
    expect(cut(text)).toBe(expected(text, value, 'IBAN', normalized));
  });

  it.each([
    'DE89 3704 0', // 9 characters
    'DE8937040',
    'DE89370400440532013000', // the whole IBAN: the ordinary detector's
    'DE89 3704 0044 0532 0130 00 ',
    'FR76 3000 6000 0112 3456 7890 189',
    'MT84 MALT 0110 0001 2345 MTLC AST0 012 3', // a part of three, then more
    'DE89 3704 0044 05321',
    'DE89 370 0044',
    'DE89 3704-0044', // blanks and hyphens mixed
    'XX89 3704 0044', // no such country
    'de89 3704 0044',
    'DEx9 3704 0044',
    'D1 89 3704 0044',
    'DE8 3704 0044',
    'XDE89 3704 0044', // inside a word
    'xDE89 3704 0044',
    '5DE89 3704 0044',
    'DE893704004405320130000000000000000',
  ])('%j: none', (text) => {
    expect(cut(text)).toBeUndefined();
  });

  it('only when the IBAN detector is enabled', () => {
    expect(cut('Pay DE89 3704 0044', without('iban'))).toBeUndefined();
    expect(cut('Pay DE89 3704 0044', new Set(['iban']))).toBe(expected('Pay DE89 3704 0044', 'DE89 3704 0044', 'IBAN', 'DE8937040044'));
  });
});

describe("a value its cue makes one: a date of birth's or an SSN's start", () => {
  it.each([
    // A day and a month before their year, each separator.
    ['born 02.08.', '02.08.', 'DOB'],
    ['born 2.8.', '2.8.', 'DOB'],
    ['born 02/08/', '02/08/', 'DOB'],
    ['born 02-08-', '02-08-', 'DOB'],
    ['born 3/12/', '3/12/', 'DOB'],
    ['Born: 02.08.', '02.08.', 'DOB'],
    ['Geburtsdatum: 14.03.', '14.03.', 'DOB'],
    ['Date of death: 02.08.', '02.08.', 'DOB'],
    ['born 02.08. ', '02.08.', 'DOB'],
    ['born 02.08.   ', '02.08.', 'DOB'],
    ['born 02.08.\u00a0', '02.08.', 'DOB'],
    ['born 02.08.\t', '02.08.', 'DOB'],
    // A year and a month before the day; a year before the month.
    ['Date of birth: 1984-03-', '1984-03-', 'DOB'],
    ['Date of birth: 1984/3/', '1984/3/', 'DOB'],
    ['born 1984.03.', '1984.03.', 'DOB'],
    ['Date of birth: 1984-', '1984-', 'DOB'],
    ['Date of birth: 1984/', '1984/', 'DOB'],
    ['Date of birth: 1984.', '1984.', 'DOB'],
    ['born 2004-', '2004-', 'DOB'],
    // A day and a month's name, a month's name and a day.
    ['born on 12 March', '12 March', 'DOB'],
    ['born 12 March.', '12 March.', 'DOB'],
    ['born 12 Sept.', '12 Sept.', 'DOB'],
    ['born 12th March', '12th March', 'DOB'],
    ['born 12 of March', '12 of March', 'DOB'],
    ['born on the 12th of March', '12th of March', 'DOB'],
    ['nacido el 12 de marzo', '12 de marzo', 'DOB'],
    ['geboren am 12. März', '12. März', 'DOB'],
    ['née le 1er mars', '1er mars', 'DOB'],
    ['born 12. září', '12. září', 'DOB'],
    // The letters' bounds at the end: `A`, `Z`, `a`, `z`.
    ['DOB 12 MAJA', '12 MAJA', 'DOB'],
    ['DOB 12 MÄRZ', '12 MÄRZ', 'DOB'],
    ['urodzony 12 maja', '12 maja', 'DOB'],
    ['DOB 12 MAR', '12 MAR', 'DOB'],
    // A short word between the day and the month's name, after each ordinal.
    ['born on the 1st of March', '1st of March', 'DOB'],
    ['born on the 2nd of March', '2nd of March', 'DOB'],
    ['born on the 3rd of March', '3rd of March', 'DOB'],
    ['né le 1er de mars', '1er de mars', 'DOB'],
    ['born 12. of March', '12. of March', 'DOB'],
    ['born March 12', 'March 12', 'DOB'],
    ['born March 12,', 'March 12,', 'DOB'],
    ['born March 12th,', 'March 12th,', 'DOB'],
    // A day with its ordinal's letters after a month's name (issue 13: none was found before).
    ['born March 12th', 'March 12th', 'DOB'],
    ['born on March 1st', 'March 1st', 'DOB'],
    ['born March 2nd', 'March 2nd', 'DOB'],
    ['born March 3rd', 'March 3rd', 'DOB'],
    // An SSN's area and group, the two with a blank, the area alone.
    ['SSN 536-22-', '536-22-', 'SSN'],
    ['ssn 536-22-', '536-22-', 'SSN'],
    ['SSN 536 22', '536 22', 'SSN'],
    ['SSN 536 22 ', '536 22', 'SSN'],
    ['SSN 536-', '536-', 'SSN'],
    // A three-letter month's name before the day.
    ['born Mar 12', 'Mar 12', 'DOB'],
    ['DOB Sep 3,', 'Sep 3,', 'DOB'],
    // Only the end's shape gives the filler, not a date or number earlier in the text.
    ['born 1984-03-12; SSN 536-', '536-', 'SSN'],
    ['SSN 536-22-8514; born 12 March', '12 March', 'DOB'],
    ['Room 101 22; SSN 536-', '536-', 'SSN'],
    ['ref 123-x, born 12 March', '12 March', 'DOB'],
    // Far into a longer text (the windows of 40 and 64 characters).
    [`${LONG}Date of birth: 02.08.`, '02.08.', 'DOB'],
    [`${LONG}SSN 536-22-`, '536-22-', 'SSN'],
    [`${LONG}born on 12 March`, '12 March', 'DOB'],
  ])('%j: %j', (text, value, type) => {
    expect(cut(text)).toBe(expected(text, value, type));
  });

  it.each([
    // No cue.
    'Meeting on 12.03.',
    'Build 536-22-',
    'On 12 March',
    'Releases are tagged 2026-',
    // A date of birth complete before the date at the end; another kind of number across the seam.
    'DOB 02.08.1969 and 12.03.',
    'Member ID 936-22-',
    // The shapes' bounds.
    'born 02.08.    ',
    'born 02.08',
    'born 02.08/',
    'born 102.08.',
    'born 1.02.08.',
    'born /02.08.',
    'born -02.08.',
    'born 1884-',
    'born 2104-',
    'DOB 1984-03',
    'SSN 536-22-8',
    'SSN 536-22',
    'SSN 536-2',
    'SSN 53-22-',
    'SSN 5362-22-',
    'SSN 536 2',
    'SSN 5366 22',
    'SSN 536/',
    'SSN 1536-',
    'SSN -536-',
    'SSN .536-22-',
    'SSN /536 22',
    'born on 12.  March',
    'born 12 Marchxxxxxxxxxxxx',
    'born on March',
    'Meeting March 12th',
    'born 12th',
    'born March 123rd',
    'born March 12thx',
    'born in March',
    // The cue too far before the value for the detector.
    'Date of birth of the insured person, as given: 02.08.',
  ])('%j: none', (text) => {
    expect(cut(text)).toBeUndefined();
  });

  it('read by the detectors enabled: dates of birth by health, SSNs by ssn', () => {
    expect(cut('born 02.08.', new Set(['health']))).toBe(expected('born 02.08.', '02.08.', 'DOB'));
    expect(cut('born 02.08.', without('health'))).toBeUndefined();
    expect(cut('SSN 536-22-', new Set(['ssn']))).toBe(expected('SSN 536-22-', '536-22-', 'SSN'));
    expect(cut('SSN 536-22-', without('ssn'))).toBeUndefined();
    expect(cut('born 02.08.', new Set(['phone', 'iban']))).toBeUndefined();
    expect(cut('born on 12 March', new Set())).toBeUndefined();
  });
});
