// Issue 11, left open by the leak probe of 2026-12-07 (F12) and by the named subjects of 2026-12-07d
// (docs/REDACTION.md, "Fields by company in a headerless record" and the named subjects' paragraph):
// - a headerless table (TSV or CSV lines of a tool result) whose rows hold names the name rules miss: a
//   persons' column is one where the name rules found a name whole in a row; the other rows' fields of that
//   column with a name's shape are names too (`Oberleitner Maria`, `Vanselow Grace` under `Hildegard Brunnhuber`);
//   a listed given name beside a surname's word in the next field makes the record a person's
//   (`Brunnhuber\tHildegard\tWard 3`, `van Leeuwen, Femke,Utrecht`), as do two name words beside a date of birth
//   (`Zwiebelhofer,Leberecht,3A,17/02/1949`); a listed given name repeated in a persons' column is a name
//   (the enum guard keeps a repeated word that is no listed name);
// - a named subject: a sure given name before a surname that is also a place (`Maria Jordan is catholic`), and a
//   title or an office's word before a surname (`Director Okafor earns £52,000 a year`).
// Product tables, ward codes, city lists, status enums, drug tables and software tables stay.
// Before the fix 8 of the 13 tests outside the held-back block failed (the 8 leak inputs), after it none.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '../../packages/core/src/index.js';
import { timeRatio } from './linear-time.js';
import { storedText } from './masked-text.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(11)]), sessionMemory: false });
const { stored, gone } = storedText(redactor);

describe('headerless tables whose rows hold names the name rules miss, 2026-12-08', () => {
  it.each([
    // The open leaks of docs/REDACTION.md.
    ['Hildegard Brunnhuber\t3A\tKasimir Wendelin\nOberleitner Maria\t4C\tVanselow Grace', ['Hildegard', 'Brunnhuber', 'Kasimir', 'Wendelin', 'Oberleitner', 'Maria', 'Vanselow', 'Grace'], ['\t3A\t', '\t4C\t']],
    ['Brunnhuber\tHildegard\tWard 3', ['Brunnhuber', 'Hildegard'], ['\tWard 3']],
    ['Zwiebelhofer\tLeberecht\t3A\nOberleitner\tMaria\t4C\nVanselow\tMaria\t2B', ['Zwiebelhofer', 'Leberecht', 'Oberleitner', 'Maria', 'Vanselow'], ['\t3A\n', '\t4C\n', '\t2B']],
    ['Zwiebelhofer,Leberecht,3A,17/02/1949', ['Zwiebelhofer', 'Leberecht', '17/02/1949'], [',3A,']],
    ['van Leeuwen, Femke,Utrecht', ['Leeuwen', 'Femke'], [',Utrecht']],
    // The CSV's record over three rows, a given name repeated.
    ['Zwiebelhofer,Leberecht,3A,17/02/1949\nOberleitner,Maria,4C,01/01/1950\nVanselow,Maria,2B,12/09/1962', ['Zwiebelhofer', 'Leberecht', 'Oberleitner', 'Maria', 'Vanselow', '1949', '1950', '1962'], [',3A,', ',4C,', ',2B,']],
  ])('%s', (text, raws, kept) => gone(text, raws, kept));

  it('look-alikes stay: products, ward codes, cities, status enums, drugs, software, releases, prose lists', () => {
    for (const text of [
      'Green\tBlue\tRed\nWard 3\tWard 4\tWard 5',
      'Widget Pro\t3A\tGadget Plus\nSprocket Kit\t4C\tGizmo Plus',
      'Ward 3\t3A\tStation 2\nWard 4\t4C\tStation 1',
      'Paris\tLyon\tMarseille\nBerlin\tHamburg\tMünchen',
      'Utrecht,Amsterdam,Rotterdam',
      'Active\tPending\tClosed\nActive\tPending\tOpen',
      'Aspirin\t100mg\tBayer\nIbuprofen\t200mg\tAdvil',
      'Rust\tTokio\t1.35.0\nRust\tSerde\t1.0.193',
      'Ubuntu,Focal,20.04,2020-04-23\nUbuntu,Jammy,22.04,2022-04-21',
      'Georgia\tAtlanta\t1996',
      'Victoria\tSponge\t4.50',
      'Paris, London, and Berlin',
    ]) expect([text, stored(text)]).toEqual([text, text]);
  });

  it('a table anchored by a name keeps the fields of its column that are no name', () => {
    gone('Hildegard Brunnhuber\t3A\tStation 2\nUnassigned\t4C\tStation 1\nPending Review\t2B\tStation 3', ['Hildegard', 'Brunnhuber'], ['Unassigned\t4C', 'Pending Review\t2B', 'Station 1', 'Station 3']);
    gone('Hildegard Brunnhuber\tActive\t3A\nKasimir Wendelin\tActive\t4C', ['Brunnhuber', 'Wendelin'], ['\tActive\t3A', '\tActive\t4C']);
  });
});

describe('the pair rule\'s other orders (added after the fix, not counted before)', () => {
  it('a sure given name then a listed surname; a particle-led surname of two particles', () => {
    gone('Hildegard\tOkafor\tWard 3', ['Hildegard', 'Okafor'], ['\tWard 3']);
    gone('van der Meulen;Hildegard;Station 2', ['Meulen', 'Hildegard'], [';Station 2']);
  });
  // Open (found writing the test above, 2026-12-08): the name rules mask `van der Meulen` whole, and an unlisted given name
  // beside a token makes no pair (a token beside any unknown word would read `[PERSON],Widget`).
  it.fails('open: a particle-led surname the name rules mask, then an unlisted given name', () => gone('van der Meulen;Kasimir;Station 2', ['Meulen', 'Kasimir'], [';Station 2']));
  it('a given name the lists also hold as a word beside a name word makes no pair (`Red`, `Ward`)', () => {
    for (const text of ['Widget\tRed\t4.99', 'Sprocket\tWard\t3A']) expect([text, stored(text)]).toEqual([text, text]);
  });
});

describe('named subjects left open on 2026-12-07d', () => {
  it.each([
    ['Maria Jordan is catholic', ['Maria', 'Jordan', 'catholic'], [' is ']],
    ['Director Okafor earns £52,000 a year', ['Okafor', '52,000'], ['Director', 'earns', 'a year']],
  ])('%s', (text, raws, labels) => gone(text, raws, labels));

  it('look-alikes stay: places led by a compass word, roles with no name', () => {
    for (const text of ['West Jordan is Muslim', 'North Jordan is catholic', 'The Director earns £52,000 a year', 'Director General earns £52,000 a year', 'Sales Director earns £52,000 a year', 'Maria Street is catholic']) expect([text, stored(text)]).toEqual([text, text]);
  });
});

describe('held back while the rules were written (tried once at the end: 6 of 9 passed)', () => {
  it.each([
    ['Kranzberger,Lieselotte,2B,04/11/1938', ['Kranzberger', 'Lieselotte', '04/11/1938'], [',2B,']],
    ['de Groot, Anouk,Rotterdam', ['Groot', 'Anouk'], ['Rotterdam']],
    ['Kranzberger\tLieselotte\t04.11.1938\t2B\nHuemer\tAnna\t02.02.1944\t3C\nWaldhauser\tAnna\t09.09.1940\t1A', ['Kranzberger', 'Huemer', 'Anna', 'Waldhauser', '1944', '1940'], ['\t2B\n', '\t3C\n', '\t1A']],
    ['Sofia Chester is muslim', ['Sofia', 'Chester', 'muslim'], [' is ']],
    ['Professor Adeyemi earns $120,000 a year', ['Adeyemi', '120,000'], ['earns']],
  ])('held back: %s', (text, raws, labels) => gone(text, raws, labels));

  // Failed when tried (still open, docs/REDACTION.md): the name rules run on over the tab into `Zimmer` (no anchor), an
  // unlisted given name (`Alois`) beside a surname with no date of birth, `Manager` is no title of the lists. Each passes
  // as a failing test and turns red once read.
  it.fails('held back, open: Lieselotte Kranzberger\tZimmer 12\tAlois Pfannenstiel\nHuemer Theresa\tZimmer 14\tWaldhauser Rose', () =>
    gone('Lieselotte Kranzberger\tZimmer 12\tAlois Pfannenstiel\nHuemer Theresa\tZimmer 14\tWaldhauser Rose', ['Kranzberger', 'Pfannenstiel', 'Huemer', 'Theresa', 'Waldhauser', 'Rose'], ['Zimmer 12', 'Zimmer 14']));
  it.fails('held back, open: Pfannenstiel\tAlois\tZimmer 12', () => gone('Pfannenstiel\tAlois\tZimmer 12', ['Pfannenstiel', 'Alois'], ['Zimmer 12']));
  // Open when the rules of this file were written; read since the later change of the same day in personal-subjects.ts (a
  // word the name rules read as a person is a subject: test/redaction/named-subjects-persons-2026-12-08.test.ts).
  it('held back, read since: Manager Kowalczyk earns €61,000 a year', () => gone('Manager Kowalczyk earns €61,000 a year', ['Kowalczyk', '61,000'], ['earns']));

  it('held back look-alikes stay', () => {
    for (const text of ['Rome\tMilan\tNaples\nTurin\tGenoa\tBologna', 'Oracle\tLinux\t8.6\nRed Hat\tEnterprise\t9.2', 'South Jordan is catholic', 'Gold\tSilver\tBronze\nGold\tSilver\tBronze']) expect([text, stored(text)]).toEqual([text, text]);
  });
});

describe('linear time', () => {
  it('a long headerless table of names the name rules miss, lines of given names and surnames, and candidates with no value', () => {
    const rows = ['Hildegard Brunnhuber\t3A\tKasimir Wendelin\n', 'Oberleitner Maria\t4C\tVanselow Grace\n', 'Brunnhuber\tHildegard\tWard 3\n', 'Zwiebelhofer,Leberecht,3A,17/02/1949\n', 'Widget\tBlue\t2024-01-15\n'];
    expect(timeRatio((text) => stored(text), (n) => Array.from({ length: Math.ceil(n / 32) }, (_, i) => rows[i % rows.length]).join(''), 12_500, 25_000)).toBeLessThanOrEqual(3);
  });
  it('named subjects: a flood of titles and given names before a place and a verb with no value', () => {
    const make = (n: number) => 'Director Okafor earns Maria Jordan is West Jordan is Dr Okafor earns '.repeat(Math.ceil(n / 70)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});
