// A headerless TSV or CSV (F12 of the README-only leak probe of 2026-12-07, issue 11): in
// `Zwiebelhofer\tLeberecht\t17.02.1949\t3A\nOberleitner\tMaria\t01.01.1950\t4C` the first row's names were masked
// (the name rules found them) but its date of birth kept, and the second row was stored whole. A record is read
// by the company of its fields only beside a direct identifier (an email, a phone, an SSN, ...); a person's name
// found whole over two fields (surname, given name), or over one beside a date of a year of birth, makes the row a
// person's too, and rows of the same width are read by the same columns (column-wise, from the rows of the text).
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { storedText } from './masked-text.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) });
const { stored, gone } = storedText(redactor);

describe('F12: rows of a headerless table read by the row found to hold a person', () => {
  it.each([
    ['Zwiebelhofer\tLeberecht\t17.02.1949\t3A\nOberleitner\tMaria\t01.01.1950\t4C', ['Zwiebelhofer', 'Leberecht', '17.02.1949', 'Oberleitner', 'Maria', '01.01.1950'], ['\t3A\n', '\t4C']],
    ['Hildegard Brunnhuber;1948-07-03;Station 4\nKasimir Wendelin;1951-11-30;Station 2\n', ['Brunnhuber', '1948-07-03', 'Kasimir', 'Wendelin', '1951-11-30'], [';Station 4', ';Station 2']],
    ['4471,Brunnhuber,Hildegard,03/07/1948,open\n4472,Vanselow,Ottilie,12/09/1962,closed\n4473,Grzeskowiak,Marta,05/05/1977,open', ['Brunnhuber', '03/07/1948', 'Vanselow', 'Ottilie', '12/09/1962', 'Grzeskowiak', 'Marta', '05/05/1977'], ['4471,', '4472,', ',closed', '4473,']],
  ])('%s', (text, raws, kept) => gone(text, raws, kept));
  // A salutation or a title before the masked name (`Frau [PERSON]`, `Mr [PERSON]`, `Dr. [PERSON]`): the field is
  // still a person's name (found after this finding's fix, 2026-12-07, issue 13: the dates of birth were kept).
  it.each([
    ['Frau Walburga Eichinger\t04.05.1938\tStation 1\nHerr Korbinian Stadlmayr\t21.08.1941\tStation 3', ['Eichinger', '04.05.1938', 'Stadlmayr', '21.08.1941'], ['Frau ', '\tStation 1\nHerr ', '\tStation 3']],
    ['Mrs Walburga Eichinger,04/05/1938,Ward 1\nMr Korbinian Stadlmayr,21/08/1941,Ward 3', ['Eichinger', '04/05/1938', 'Stadlmayr', '21/08/1941'], ['Mrs ', ',Ward 1\nMr ', ',Ward 3']],
    ['Dr. Walburga Eichinger\tStation 1\t04.05.1938', ['Eichinger', '04.05.1938'], ['Dr. ', '\tStation 1\t']],
  ])('%s', (text, raws, kept) => gone(text, raws, kept));
  it('tables with no person stay: products, logs, places, recent dates', () => {
    for (const text of [
      'Widget\tBlue\t2024-01-15\t4C\nGadget\tGreen\t2024-02-01\t3A',
      '2026-12-07\tcheckout\t200\t15ms\n2026-12-07\tlogin\t401\t3ms',
      'Paris\tFrance\t1950\nBerlin\tGermany\t1949',
      'Monday,Tuesday,Wednesday\nThursday,Friday,Saturday',
      'Green\tBlue\tRed\nWard 3\tWard 4\tWard 5',
    ]) expect([text, stored(text)]).toEqual([text, text]);
  });
  // A surname and a sure given name side by side are a name since 2026-12-08 (tables-left-2026-12-08.test.ts); the
  // row of colours under them stays.
  it('a surname and a given name in two fields, colours under them', () => {
    gone('Brunnhuber\tHildegard\tWard 3\nGreen\tBlue\tRed', ['Brunnhuber', 'Hildegard'], ['\tWard 3\nGreen\tBlue\tRed']);
  });
  it('a list of names in prose makes no column of the lines after it', () => {
    gone('Attendees: Hildegard Brunnhuber, Kasimir Wendelin, and the team\nNext: Sprint Review, Planning, Retro', ['Brunnhuber', 'Wendelin'], ['Sprint Review, Planning, Retro']);
  });
});

describe('linear time', () => {
  it('a long headerless table', () => {
    const rows = ['Zwiebelhofer\tLeberecht\t17.02.1949\t3A\n', 'Oberleitner\tMaria\t01.01.1950\t4C\n', 'Widget\tBlue\t2024-01-15\t4C\n'];
    expect(timeRatio((text) => stored(text), (n) => Array.from({ length: Math.ceil(n / 32) }, (_, i) => rows[i % 3]).join(''), 12_500, 25_000)).toBeLessThanOrEqual(3);
  });
});
