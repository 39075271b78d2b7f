import { describe, expect, it } from 'vitest';
import { detectAccountNames } from '../../packages/core/src/redaction/account-names.js';
import { detectCrewLists } from '../../packages/core/src/redaction/crew-lists.js';
import type { Detection } from '../../packages/core/src/redaction/types.js';
import { timeRatio } from './linear-time.js';
import { kept, leaks, masked } from './masked-text.js';

// Found by the analysis of the Stryker survivors of account-names.ts and crew-lists.ts (issue 13,
// 2026-12-05, mutation run of the tenth and eleventh probes' modules):
// - account-names.ts's prefilter wanted `account`, `user`, `accepted`, … but not `failed`,
//   `password for` or `macbook-`, words its patterns read: sshd's `Failed password for
//   given.surname from …`, `Password for given.surname` and `MACBOOK-GIVENSURNAME` stayed raw.
// - account-names.ts masked a closing quote or dash after an account after a label or a domain
//   (`login='given.surname'` → `login=[PERSON]`, the quote gone, the pseudonym of `surname'`).
// - crew-lists.ts's prefilter wanted `seaman` (not `seamen`), one blank inside `pilot licence` and
//   `discharge book`, and a word boundary after `SIRB`/`ATPL`/…, where DOCUMENT_LABEL reads
//   `Seamen's book`, a tab or two blanks, and a label glued to its number: such numbers stayed raw.
// - account-names.ts's prefilter folded case without Unicode (`uſer=`), its patterns with it.
// - crew-lists.ts's cheap row check wanted at most eight blanks before a row's number, the row
//   reader any number: an indented crew row in a text with no crew word stayed raw.
// - crew-lists.ts took a number for the rank when no known rank stood before the nationality, so
//   `1 x Dell Latitude 5420 USA 2023-01-15` in a passenger list was a person and a birth date.

describe('account names the prefilter let through', () => {
  it.each([
    ['Dec  3 18:04:12 web1 sshd[77]: Failed password for desmond.achterberg from 10.0.0.5 port 2201 ssh2', ['desmond', 'achterberg']],
    ['Dec  3 18:04:12 web1 sshd[77]: Failed publickey for tendai.moyo from 10.0.0.5 port 2201 ssh2', ['tendai', 'moyo']],
    ['Dec  3 18:04:12 web1 sshd[77]: Failed password for nokonkwo from 10.0.0.5 port 2201 ssh2', ['nokonkwo']],
    ['Password for tendai.moyo changed by the helpdesk.', ['tendai', 'moyo']],
    ['Host MACBOOK-TENDAIMOYO joined the domain.', ['TENDAIMOYO']],
    ['uſer=tendai.moyo', ['tendai', 'moyo']],
  ])('%s', (text, values) => {
    expect(leaks(text, values)).toEqual([]);
  });
  it('look-alikes stay', () => {
    expect(kept('sshd[77]: Failed password for svc.backup from 10.0.0.5; Failed password for docker', ['svc.backup', 'docker'])).toEqual([]);
    expect(kept('Host MACBOOK-FINANCE joined; MACBOOK-7F3KQ2M left.', ['MACBOOK-FINANCE', 'MACBOOK-7F3KQ2M'])).toEqual([]);
  });
});

describe('the quote after an account', () => {
  it.each([
    ["login='tendai.moyo' ok", "login='[PERSON]' ok"],
    ["Account Name: 'tendai.moyo'", "Account Name: '[PERSON]'"],
    ["User 'CORP\\tendai.moyo' logged on", "User 'CORP\\[PERSON]' logged on"],
  ])('%s', (text, expected) => {
    expect(masked(text)).toBe(expected);
  });
});

describe('crew rows', () => {
  it('an indented row in a text with no crew word', () => {
    const text = 'Port call report\n          1 MAKAREVICH IVAN Master RUS 12-MAR-1975 753219864';
    expect(leaks(text, ['MAKAREVICH', 'IVAN', '12-MAR-1975', '753219864'])).toEqual([]);
    expect(kept(text, ['Master RUS'])).toEqual([]);
  });
  it.each([
    ["Seamen's book no. 12345678", ['12345678']],
    ['Discharge\tBook: MUM 123456', ['123456']],
    ['SIRB2345678 issued at Manila', ['2345678']],
  ])('%s: the document number', (text, values) => {
    expect(leaks(text, values)).toEqual([]);
  });
  it('a number is no rank', () => {
    expect(kept('Passenger list\n1 x Dell Latitude 5420 USA 2023-01-15', ['x Dell Latitude 5420 USA 2023-01-15'])).toEqual([]);
  });
  it('stays linear on blanks before a row number', () => {
    const all = { names: true, dates: true, ids: true };
    expect(timeRatio((text) => detectCrewLists(text, [] as Detection[], all), (n) => `\n${' '.repeat(n - 2)}1`)).toBeLessThan(3);
    expect(timeRatio((text) => detectCrewLists(text, [] as Detection[], all), (n) => `${'\n'.padEnd(40, ' ')}`.repeat(Math.ceil(n / 40)).slice(0, n))).toBeLessThan(3);
    expect(timeRatio((text) => detectAccountNames(text, [] as Detection[]), (n) => 'Failed a for '.repeat(Math.ceil(n / 13)).slice(0, n))).toBeLessThan(3);
  });
});
