// A date of birth with its label noun after the date (J14 of the fourth README-only probe of
// 2026-12-04): `1979-11-02 is my date of birth`, `12.03.1984 ist mein Geburtsdatum`, `19/11/1979 è
// la mia data di nascita`, `12 Mart 1984 doğumluyum` were stored raw (the verb-final cue read verbs
// only). Other spellings of the kind than the row's examples, and dates before other nouns that stay.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';

const dobs = (text: string): string[] => detectSensitive(text).filter((found) => found.type === 'DOB').map((found) => text.slice(found.start, found.end));

describe('a date before its date-of-birth label and a copula or possessive', () => {
  it.each([
    ['1968-07-14 was her date of birth', '1968-07-14'],
    ['14.07.1968 war sein Geburtsdatum', '14.07.1968'],
    ['14/07/1968 es mi fecha de nacimiento', '14/07/1968'],
    ['14-07-1968 is mijn geboortedatum', '14-07-1968'],
    ['14/07/1968 é a minha data de nascimento', '14/07/1968'],
    ['14.07.1968 to moja data urodzenia', '14.07.1968'],
    ['July 14, 1968 is my birthday', 'July 14, 1968'],
    ['Note: 1961-07-14 is his DOB, please update the record', '1961-07-14'],
    ['7 Temmuz 1968 doğumluyum', '7 Temmuz 1968'],
    ['21.08.1990 est la date de naissance de mon fils', '21.08.1990'],
  ])('%j: the date is a DOB', (text, date) => {
    expect(dobs(text)).toEqual([date]);
  });

  it.each([
    '2024-01-15 was the release date; birthday party on Friday',
    '12.03.1984 Geburtstag der Firma',
    '2026-12-04 is the birthday of the company',
    '2025-06-01: the date of birth field is now required',
    '2026-03-12 is the DOB cutoff for enrolment',
    '2026-12-04: my birthday party is booked',
  ])('%j stays', (text) => {
    expect(dobs(text)).toEqual([]);
  });
});
