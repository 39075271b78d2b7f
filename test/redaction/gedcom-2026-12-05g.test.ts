// GEDCOM records the fourteenth README-only probe (2026-12-05g, issue 11) found stored raw or over-read:
// L1 the surname between the slashes of `1 NAME Given /Surname/` and the values of `2 SURN` / `2 GIVN` stayed raw
//    when the name lists did not know them, and the `2 DATE` under `1 BIRT` was never read as a date of birth;
// O1 GEDCOM tags in capitals (`BIRT`, `BURI`, `MARR`) read as persons, `2 PLAC St. <Saint> Church` read as an
//    address (the level a house number) and the saint as a person, and `2 PLAC <city>\n1 RESI\n2 ADDR <street>`
//    masked as one address across the lines.
// The row's inputs, other records of each kind made up here, and the neighbouring text that stays.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { kept, leaks, masked } from './masked-text.js';

describe('L1: names and birth dates of GEDCOM records by tag', () => {
  it('the probe rows', () => {
    const chidinma = '0 @I14@ INDI\n1 NAME Chidinma /Eze-Oyelaran/\n2 GIVN Chidinma\n2 SURN Eze-Oyelaran\n1 SEX F\n1 BIRT\n2 DATE 11 FEB 1979\n2 PLAC Portland, OR';
    expect(leaks(chidinma, ['Chidinma', 'Eze-Oyelaran', '11 FEB 1979'])).toEqual([]);
    expect(kept(chidinma, ['0 @I14@ INDI', '1 NAME ', '2 SURN ', '1 SEX F', '1 BIRT\n2 DATE ', '2 PLAC Portland, OR'])).toEqual([]);
    const barnaby = '0 HEAD\n1 GEDC\n2 VERS 5.5.1\n0 @I15@ INDI\n1 NAME Barnaby /Colquhoun/\n1 BIRT\n2 DATE 19 August 1983';
    expect(leaks(barnaby, ['Barnaby', 'Colquhoun', '19 August 1983'])).toEqual([]);
    expect(kept(barnaby, ['0 HEAD\n1 GEDC\n2 VERS 5.5.1\n0 @I15@ INDI\n1 NAME '])).toEqual([]);
    expect(leaks('1 NAME Anna Kristina /Lindqvist/\n1 BIRT\n2 DATE 14 MAR 1952', ['Anna Kristina', 'Lindqvist', '14 MAR 1952'])).toEqual([]);
  });

  it.each([
    ['an unlisted double surname', '0 @I3@ INDI\n1 NAME Ysolde /Threlkeld-Marsh/\n2 SURN Threlkeld-Marsh\n1 BIRT\n2 DATE 3 JUL 1940', ['Threlkeld-Marsh', '3 JUL 1940']],
    ['a christening date', '0 @I4@ INDI\n1 NAME Osric /Pennywhistle/\n1 CHR\n2 DATE 12 APR 1872\n2 PLAC Whitby', ['Pennywhistle', '12 APR 1872']],
    ['a nickname and a married name', '0 @I8@ INDI\n1 NAME Wenna /Trebilcock/\n2 NICK Winnie\n2 _MARNM Polglase\n1 SEX F', ['Trebilcock', 'Winnie', 'Polglase']],
    ['a surname with a suffix', '0 @I9@ INDI\n1 NAME Caspian /Fennimore/ Jr.\n1 BIRT\n2 DATE ABT 1901', ['Caspian', 'Fennimore', 'ABT 1901']],
    ['CRLF lines', '0 @I1@ INDI\r\n1 NAME Ottoline /Quennell/\r\n1 BIRT\r\n2 DATE 9 DEC 1933\r\n', ['Ottoline', 'Quennell', '9 DEC 1933']],
  ])('%s', (_kind, text, values) => {
    expect(leaks(text, values)).toEqual([]);
  });

  it('keeps the dates of other events, pointers and the tags', () => {
    const text = '0 @I9@ INDI\n1 NAME Anselm /Quarrington/\n1 SEX M\n1 DEAT\n2 DATE 17 JAN 2019\n1 FAMS @F2@\n0 @F2@ FAM\n1 HUSB @I9@\n1 MARR\n2 DATE 12 JUN 1970';
    expect(leaks(text, ['Anselm', 'Quarrington'])).toEqual([]);
    expect(kept(text, ['1 DEAT\n2 DATE 17 JAN 2019\n1 FAMS @F2@\n0 @F2@ FAM\n1 HUSB @I9@\n1 MARR\n2 DATE 12 JUN 1970'])).toEqual([]);
  });

  it('a level and a tag in prose are no GEDCOM line (one line only)', () => {
    const dobs = detectSensitive('1 DATE 12 JUN 1970 was our wedding').filter((d) => d.type === 'DOB');
    expect(dobs).toEqual([]);
  });

  it('runs in linear time', () => {
    const unit = '0 @I1@ INDI\n1 NAME Ottoline /Quennell/\n2 SURN Quennell\n1 BIRT\n2 DATE 9 DEC 1933\n2 PLAC St. Mary Church, Duluth\n1 RESI\n2 ADDR 14 Heron Lane\n';
    const make = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    expect(timeRatio((text) => detectSensitive(text), make)).toBeLessThanOrEqual(3);
  });
});

describe('O1: GEDCOM tags and places are no persons and no addresses', () => {
  it('the probe rows', () => {
    const tags = 'Tags used: INDI, FAM, BIRT, DEAT, BURI, PLAC, CHR, MARR, NOTE';
    expect(masked(tags)).toBe(tags);
    const place = '0 @I15@ INDI\n1 NAME Barnaby /Colquhoun/\n1 BIRT\n2 DATE 19 August 1983\n2 PLAC St. Olaf Lutheran Church, Portland';
    expect(kept(place, ['2 PLAC St. Olaf Lutheran Church, Portland'])).toEqual([]);
    const resi = '0 @I1@ INDI\n1 NAME Philippa /Wainwright/\n1 BIRT\n2 PLAC Portland, OR\n1 RESI\n2 ADDR 2718 Juniper Hollow Road';
    expect(kept(resi, ['2 PLAC Portland, OR\n1 RESI\n2 ADDR '])).toEqual([]);
    expect(leaks(resi, ['2718 Juniper Hollow Road', 'Juniper', 'Road'])).toEqual([]);
  });

  it.each([
    ['a list of events', 'Events recorded: BIRT, CHR, MARR, BURI, DEAT, CREM, PROB'],
    ['a marriage in a church', '1 MARR\n2 DATE 12 JUN 2010\n2 PLAC St. Bridget Church, Galway'],
    ['a burial', '1 BURI\n2 DATE 3 MAY 1990\n2 PLAC St. Anne Cemetery, Trondheim'],
    ['a residence without a street', '1 RESI\n2 DATE 1920\n2 PLAC Bergen, Hordaland, Norway'],
  ])('%s', (_kind, text) => {
    expect(masked(text)).toBe(text);
  });

  it('a listed name in capitals outside a list of tags is still a person', () => {
    expect(masked('Contact MARR, Thaddeus about the BIRT record')).not.toContain('Thaddeus');
  });
});
