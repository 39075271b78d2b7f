import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';

// The fourth README-only probe of 2026-12-04, Q3 (test/redaction/probe-2026-12-04d.cases.md): a
// form's or a table's field label was read as a name after the cue `Name`: `First Name    Last
// Name    Status` masked `Last`, `Item    First Name Field    Required` masked `Field`. The kind: a
// lone word of a name field's label before `Name` (`Last Name`, `Maiden Name`), and a form's noun
// right after a `Name` label, are labels, not values. Names after such labels stay masked.
const persons = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('field labels are no names', () => {
  it.each([
    'First Name    Last Name    Status',
    'ID    Last Name    First Name    Dept',
    'Item    First Name Field    Required',
    'Given Name / Family Name / Maiden Name',
    'Patient Name    Middle Name    DOB',
    'Name    Required    Format',
  ])('%s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it('names after such labels are still masked', () => {
    expect(persons('Last Name: Vlintuk')).toEqual(['Vlintuk']);
    expect(persons('First Name Qxaro Last Name Vlintuk')).toEqual(expect.arrayContaining(['Vlintuk']));
    expect(persons('Customer name Garcia')).toEqual(['Garcia']);
    expect(persons('Dear Maria Garcia,')).toEqual(['Maria Garcia']);
  });
});
