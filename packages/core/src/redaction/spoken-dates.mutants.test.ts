// Mutation tests for spoken-dates.ts (issue 13; docs/TESTING.md, the spoken-dates.ts row of
// 2026-12-05): spokenDateAt called directly, the exact span of each spoken date and the shapes
// that are no date (spoken-kin-2026-12-05c.test.ts asks only that nothing raw is stored).
import { describe, expect, it } from 'vitest';
import { spokenDateAt } from './spoken-dates.js';

/** The span of `date` in `text` (its first place at or after `from`). */
const span = (text: string, date: string, from = 0): { start: number; end: number } => {
  const start = text.indexOf(date, from);
  expect(start).toBeGreaterThanOrEqual(0);
  return { start, end: start + date.length };
};
/** What spokenDateAt reads from `at`, as the text of its span. */
const read = (text: string, at = 0): string | undefined => {
  const found = spokenDateAt(text, at);
  return found === undefined ? undefined : text.slice(found.start, found.end);
};

describe('where the date is: its span in the text', () => {
  it('from the offset given, after a cue, with the punctuation between words kept inside', () => {
    const text = 'DOB: March 12th, 1984. Thanks';
    expect(spokenDateAt(text, 4)).toEqual(span(text, 'March 12th, 1984'));
    const text2 = 'date of birth is march twelfth nineteen seventy five and';
    expect(spokenDateAt(text2, 13)).toEqual(span(text2, 'march twelfth nineteen seventy five'));
  });
  it('fillers first are left out of the span, at most four of them', () => {
    expect(read('caller uh its march twelfth nineteen seventy five')).toBe('march twelfth nineteen seventy five');
    expect(read('uh um so the fourth of july nineteen fifty')).toBe('fourth of july nineteen fifty');
    expect(read('uh um er so its march twelfth nineteen seventy five')).toBeUndefined();
    expect(read('uh um er so')).toBeUndefined();
    expect(read('uh um')).toBeUndefined();
    expect(read('')).toBeUndefined();
    expect(read('   ')).toBeUndefined();
  });
  it('upper case words read as lower case ones', () => {
    expect(read('MARCH TWELFTH NINETEEN SEVENTY FIVE')).toBe('MARCH TWELFTH NINETEEN SEVENTY FIVE');
    expect(read('The Fourth Of July Nineteen Fifty')).toBe('Fourth Of July Nineteen Fifty');
  });
  it('a line break ends the words read', () => {
    expect(read('march twelfth\nnineteen seventy five')).toBeUndefined();
  });
  it('the offset is where reading starts, in the middle of a text', () => {
    const text = 'may 5 1984 then june 6 1990';
    expect(spokenDateAt(text, 15)).toEqual(span(text, 'june 6 1990'));
    expect(spokenDateAt(text, 10)).toBeUndefined();
    expect(spokenDateAt(text, 0)).toEqual(span(text, 'may 5 1984'));
  });
});

describe('a month, a day, a year', () => {
  it('days as ordinals, numbers, digits with or without an ending', () => {
    expect(read('march twelfth 1984 x')).toBe('march twelfth 1984');
    expect(read('march the twelfth 1984')).toBe('march the twelfth 1984');
    expect(read('march twelve 1984')).toBe('march twelve 1984');
    expect(read('march five 1984')).toBe('march five 1984');
    expect(read('march 3rd 1984')).toBe('march 3rd 1984');
    expect(read('march 12 1984')).toBe('march 12 1984');
    expect(read('sept 1st 1984')).toBe('sept 1st 1984');
  });
  it('three digits or an unknown word are no day', () => {
    expect(read('march 123 1984')).toBeUndefined();
    expect(read('march hello 1984')).toBeUndefined();
    expect(read('march')).toBeUndefined();
    expect(read('march the')).toBeUndefined();
  });
  it('twenty and thirty, alone or with a unit or an ordinal unit', () => {
    expect(read('march twenty first nineteen ninety')).toBe('march twenty first nineteen ninety');
    expect(read('march twenty two nineteen ninety')).toBe('march twenty two nineteen ninety');
    expect(read('march thirty first 1990')).toBe('march thirty first 1990');
    expect(read('march twenty 1990')).toBe('march twenty 1990');
    expect(read('march thirty 1990')).toBe('march thirty 1990');
    expect(read('march twenty')).toBeUndefined();
    expect(read('march thirty')).toBeUndefined();
  });
  it('a day past 31 or 0 is no date', () => {
    expect(read('march thirty two 1990')).toBeUndefined();
    expect(read('march 32 1990')).toBeUndefined();
    expect(read('march 0 1990')).toBeUndefined();
    expect(read('march 31 1990')).toBe('march 31 1990');
    expect(read('march 1 1990')).toBe('march 1 1990');
  });
  it('a month and a day with no year are no date', () => {
    expect(read('march twelfth')).toBeUndefined();
    expect(read('march twelfth at noon')).toBeUndefined();
  });
});

describe('the year', () => {
  it('four digits of 18xx, 19xx or 20xx only', () => {
    expect(read('may fifth 1899 x')).toBe('may fifth 1899');
    expect(read('may fifth 2024')).toBe('may fifth 2024');
    expect(read('may fifth 1799')).toBeUndefined();
    expect(read('may fifth 2100')).toBeUndefined();
    expect(read('may fifth 984')).toBeUndefined();
    expect(read('may fifth 1984th')).toBeUndefined();
  });
  it('nineteen, eighteen and twenty with two digits', () => {
    expect(read('may fifth nineteen seventy five x')).toBe('may fifth nineteen seventy five');
    expect(read('may fifth nineteen fifty x')).toBe('may fifth nineteen fifty');
    expect(read('may fifth nineteen seventy')).toBe('may fifth nineteen seventy');
    expect(read('may fifth nineteen oh five x')).toBe('may fifth nineteen oh five');
    expect(read('may fifth nineteen zero five')).toBe('may fifth nineteen zero five');
    expect(read('may fifth eighteen sixty five')).toBe('may fifth eighteen sixty five');
    expect(read('may fifth twenty twelve x')).toBe('may fifth twenty twelve');
    expect(read('may fifth twenty oh one')).toBe('may fifth twenty oh one');
    expect(read('may fifth nineteen seventeen')).toBe('may fifth nineteen seventeen');
  });
  it('nineteen alone, or with oh and no unit, is a two-digit year (19) after a month and a day', () => {
    expect(read('may fifth nineteen')).toBe('may fifth nineteen');
    expect(read('may fifth nineteen oh')).toBe('may fifth nineteen');
    expect(read('may fifth nineteen oh x')).toBe('may fifth nineteen');
  });
  it('two thousand, with and, a unit or two digits', () => {
    expect(read('may fifth two thousand x')).toBe('may fifth two thousand');
    expect(read('may fifth two thousand')).toBe('may fifth two thousand');
    expect(read('may fifth two thousand and')).toBe('may fifth two thousand');
    expect(read('may fifth two thousand and one x')).toBe('may fifth two thousand and one');
    expect(read('may fifth two thousand one')).toBe('may fifth two thousand one');
    expect(read('may fifth two thousand and twelve')).toBe('may fifth two thousand and twelve');
    expect(read('may fifth two thousand twenty two')).toBe('may fifth two thousand twenty two');
    expect(read('may fifth two thousand oh five')).toBe('may fifth two thousand oh five');
    expect(read('may fifth two')).toBeUndefined();
    expect(read('may fifth two cats')).toBeUndefined();
    expect(read('may fifth three thousand')).toBeUndefined();
  });
  it('two digits alone after a month and a day (`may fifth eighty four`), one digit with oh', () => {
    expect(read('may fifth eighty four x')).toBe('may fifth eighty four');
    expect(read('may fifth eighty')).toBe('may fifth eighty');
    expect(read('may fifth oh five')).toBe('may fifth oh five');
    expect(read('may fifth oh')).toBeUndefined();
    expect(read('may fifth oh x')).toBeUndefined();
    expect(read('may fifth twelve')).toBe('may fifth twelve');
    expect(read('may fifth hello')).toBeUndefined();
    expect(read('may fifth five')).toBeUndefined();
    expect(read('may fifth hello five')).toBeUndefined();
    expect(read('may fifth five seventy')).toBeUndefined();
    expect(read('may fifth twelve twelve')).toBe('may fifth twelve');
  });
});

describe('a day, of, a month, a year', () => {
  it('the fourth of july nineteen fifty; numbers and digits for the day', () => {
    expect(read('the fourth of july nineteen fifty x')).toBe('fourth of july nineteen fifty');
    expect(read('twenty second of march 1984')).toBe('twenty second of march 1984');
    expect(read('12th of march 1984')).toBe('12th of march 1984');
    expect(read('the 4 of july eighty four')).toBe('4 of july eighty four');
  });
  it('no year, no month, no `of`, or a day past 31: no date', () => {
    expect(read('the fourth of july')).toBeUndefined();
    expect(read('the fourth of july parade')).toBeUndefined();
    expect(read('the fourth of march')).toBeUndefined();
    expect(read('the fourth of never 1984')).toBeUndefined();
    expect(read('the fourth of')).toBeUndefined();
    expect(read('the fourth')).toBeUndefined();
    expect(read('the fourth in july 1984')).toBeUndefined();
    expect(read('the fourth july 1984')).toBeUndefined();
    expect(read('thirty two of july 1984')).toBeUndefined();
    expect(read('the 0 of july 1984')).toBeUndefined();
  });
});

describe('six or eight digits said as numbers', () => {
  it('month first or day first, six digits', () => {
    expect(read('oh three twelve eighty four x')).toBe('oh three twelve eighty four');
    expect(read('twelve twelve eighty')).toBe('twelve twelve eighty');
    expect(read('twenty one oh three eighty four')).toBe('twenty one oh three eighty four');
    expect(read('nought three one two eight four')).toBe('nought three one two eight four');
  });
  it('eight digits with a year of 19 or 20', () => {
    expect(read('zero seven two two one nine nine one')).toBe('zero seven two two one nine nine one');
    expect(read('oh one oh one twenty ten')).toBe('oh one oh one twenty ten');
    expect(read('twelve twelve nineteen eighty four five')).toBe('twelve twelve nineteen eighty four');
    expect(read('oh one oh one twenty one ninety')).toBeUndefined();
    expect(read('oh one oh one eighteen ninety')).toBeUndefined();
    expect(read('thirteen thirteen nineteen eighty')).toBeUndefined();
    expect(read('thirteen twelve nineteen eighty')).toBe('thirteen twelve nineteen eighty');
  });
  it('digits that make no date, or too few or too many, are none', () => {
    expect(read('thirteen thirteen eighty four')).toBeUndefined();
    expect(read('oh oh twelve eighty four')).toBeUndefined();
    expect(read('oh three forty four')).toBeUndefined();
    expect(read('oh three twelve eighty')).toBe('oh three twelve eighty');
    expect(read('oh three twelve')).toBeUndefined();
    expect(read('twelve twelve nineteen eighty')).toBe('twelve twelve nineteen eighty');
    expect(read('twelve twelve nineteen eight')).toBeUndefined();
    expect(read('one two three four five six seven')).toBeUndefined();
    expect(read('twelve thirteen eighty four')).toBe('twelve thirteen eighty four');
    expect(read('thirteen twelve eighty four')).toBe('thirteen twelve eighty four');
    expect(read('thirty one twelve eighty')).toBe('thirty one twelve eighty');
    expect(read('thirty two twelve eighty')).toBeUndefined();
  });
  it('a month or day of 0 in either place is none', () => {
    expect(read('twelve oh oh eighty four')).toBeUndefined();
    expect(read('oh one oh oh eighty four')).toBeUndefined();
    expect(read('oh oh oh one eighty four')).toBeUndefined();
  });
});
