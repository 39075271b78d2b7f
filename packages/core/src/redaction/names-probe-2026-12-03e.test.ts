// The rules of names.ts added for a fresh probe of 2026-12-03 (rows 48, 51, 53, 59, 61 of
// test/redaction/probe-2026-12-03.cases.md), read on detectPersons alone with their spans: a
// name in a URL path segment, a hyphenated given name after a slash, a chain of unknown words in
// capitals, a list of names after a meeting's cue, lower-case names after `pt`/`patient` and
// kinship nouns, a particle after a lower-case name, and the words that are no person: tools in a
// list, a firm's team, compounds naming an institution, a place after an institution's word, a
// surname-only word after a German preposition. The same cases through detectSensitive and an
// auditor: test/redaction/names-probe-2026-12-03e.test.ts. 'Varvio', 'Kusio', 'Tammela', 'Tevita',
// 'Sione' are on no list; 'Okafor', 'Nwosu', 'Hause', 'Becker' are listed surnames, 'Maria' ambiguous.
import { describe, expect, it } from 'vitest';
import { detectPersons } from './names.js';
import type { Detection } from './types.js';

/** `start-end:slice` of every PERSON detection, in the order found. */
const persons = (text: string): string[] => {
  const out: Detection[] = [];
  detectPersons(text, out);
  return out.map((d) => `${d.start}-${d.end}:${text.slice(d.start, d.end)}`);
};
const cases = (table: Array<[string, string[]]>) => {
  for (const [text, expected] of table) expect(persons(text), text).toEqual(expected);
};

describe('pathSegmentNames: a name as one segment of a path', () => {
  it('reads the segment alone, after another segment; `+` and a blank keep the offsets', () => {
    cases([
      ['/patients/Amara Okafor/records', ['10-22:Amara Okafor']],
      ['/users/Thandiwe+Ndlovu', ['7-22:Thandiwe+Ndlovu']],
      ['https://example.org/Thandiwe+Ndlovu?x', ['20-35:Thandiwe+Ndlovu']],
      ['/p/Ana de los Ríos#a', ['3-18:Ana de los Ríos']],
      // The scan of the whole text finds the words after the glued first one too; the longer span wins in resolveOverlaps.
      ['/a/Amara Nwosu Okafor Kusio;', ['3-27:Amara Nwosu Okafor Kusio', '9-27:Nwosu Okafor Kusio']],
    ]);
  });
  it('no path: one slash, one word, lower case, a glued end', () => {
    cases([
      ['x/Varvio Kusio', []],
      ['/maps/Kusio/', []],
      ['/users/varvio+kusio/', []],
      ['/a/Varvio Kusio9/', []],
    ]);
  });
});

describe('slashedNames: a hyphenated part is read by its pieces', () => {
  it('a listed piece makes the name', () => {
    cases([
      ['SMITH/JOHN-PAUL', ['0-15:SMITH/JOHN-PAUL']],
      ['VARVIO/JOHN-KUSIO MR', ['0-17:VARVIO/JOHN-KUSIO']],
      ['VARVIO/KUSIO-TAMMELA', []],
      ['SMITH/MARK-UP', []],
    ]);
  });
});

describe('capsBesideNames: a chain of unknown words in capitals', () => {
  it('goes on from a word taken beside a listed name, both ways', () => {
    cases([
      ['JOHN VARVIO KUSIO', ['0-17:JOHN VARVIO KUSIO']],
      ['KUSIO VARVIO JOHN', ['0-17:KUSIO VARVIO JOHN']],
      ['JOHN VARVIO KUSIO said', ['0-17:JOHN VARVIO KUSIO']],
      // A frequent word breaks the chain; so does a second blank.
      ['JOHN REPORT KUSIO', ['0-4:JOHN']],
      ['JOHN VARVIO  KUSIO', ['0-11:JOHN VARVIO']],
      // No chain without a listed name or a title at one end.
      ['VARVIO KUSIO TAMMELA', []],
    ]);
  });
  it('a title or a label passes through an ambiguous name in capitals', () => {
    cases([
      ['Beneficiary: MARIA TAMMELA KUSIO', ['13-32:MARIA TAMMELA KUSIO']],
      ['Dr. MARIA VARVIO', ['4-16:MARIA VARVIO']],
      ['to MARIA TAMMELA', []],
    ]);
  });
});

describe('cuedNameLists: names after a meeting cue or a label', () => {
  it('every member of the list, names of two words too', () => {
    cases([
      ['Meeting with Tevita, Sione and Losa', ['13-19:Tevita', '21-26:Sione', '31-35:Losa']],
      ['Sync with Tevita Kusio, Sione and Losa.', ['10-22:Tevita Kusio', '24-29:Sione', '34-38:Losa']],
      ['ATTENDEES: Tevita, Sione', ['11-17:Tevita', '19-24:Sione']],
      ['Apologies: Tevita & Sione', ['11-17:Tevita', '20-25:Sione']],
    ]);
  });
  it('no list of people: a team, a place, a bot, software, a cue missing, a capitalized word after it', () => {
    cases([
      ['Meeting with Tevita, Billing and Losa', []],
      ['Meeting with Tevita, Paris and Losa', []],
      // (A list after `with` that is no list of people reads as a firm's name, as before.)
      ['Meeting with Tevita, Jenkins and Losa', []],
      ['Tevita, Sione and Losa', []],
      ['Meeting with Tevita, Sione and Losa Corp', []],
    ]);
  });
});

describe('lowerCaseAfterPersonNoun', () => {
  it('a listed name after pt or patient; any name-shaped word after a possessive and a kinship noun', () => {
    cases([
      ['pt nwosu', ['3-8:nwosu']],
      ['PT. okafor', ['4-10:okafor']],
      ['patient amara okafor', ['8-20:amara okafor']],
      ['her son tevita', ['8-14:tevita']],
      ['our grandma sione went', ['12-17:sione']],
    ]);
  });
  it('no name: unlisted words after pt, English words after a kinship noun, no possessive, a file name', () => {
    cases([
      ['pt tevita', []],
      ['pt afebrile', []],
      ['her son cooks', []],
      ['her son walked', []],
      ['her son quickly', []],
      ['the son tevita', []],
      ['her son tevita.jpg', []],
      ['her son will', []],
      ['her son van', []],
    ]);
  });
});

describe('lowerCasePair: no pair with a particle second', () => {
  it('Er kam von der Arbeit', () => {
    cases([
      ['kam von der', []],
      ['maria van', []],
      ['maria garcia', ['0-12:maria garcia']],
    ]);
  });
});

describe('words that are no person', () => {
  it('a bot in a list with other software; a bot alone in a list of people stays', () => {
    cases([
      ['We use Jenkins, Ansible, Terraform and Grafana', []],
      ['Jenkins or GitLab', []],
      ['Jenkins & Kafka', []],
      ['Jenkins, Okafor and Nwosu', ['0-7:Jenkins', '9-15:Okafor', '20-25:Nwosu']],
      ['Ask Jenkins about Grafana', ['4-11:Jenkins']],
    ]);
  });
  it("a firm's name and its team", () => {
    cases([
      ['Best,\nAcme Billing', []],
      ['Best,\nAcme Support Team', []],
      ['Best,\nAcme Support', []],
      ['Best,\nMaria Billing', ['6-19:Maria Billing']],
      ['Best,\nTevita', ['6-12:Tevita']],
    ]);
  });
  it('compounds that name an institution; a place after an institution word', () => {
    cases([
      ['Karolinska Universitetssjukhuset', []],
      ['Sahlgrenska Universitetssjukhuset', []],
      ['Kreiskrankenhaus', []],
      ['Stadtsparkasse Okafor', ['15-21:Okafor']],
      ['Queen Elizabeth Hospital Okafor', []],
      ['Hospital okafor', []],
      ['the hospital Okafor runs', ['13-19:Okafor']],
      ['Chelsea', []],
      ['Chelsea Okafor', ['0-14:Chelsea Okafor']],
    ]);
  });
  it('a surname-only word after a German preposition of place or time; a given name or a title stays', () => {
    cases([
      ['nach Hause', []],
      ['zu Hause', []],
      ['seit Becker', []],
      ['nach Maria Becker', ['5-17:Maria Becker']],
      ['zu Herrn Becker', ['3-15:Herrn Becker']],
      ['mit Becker', ['4-10:Becker']],
    ]);
  });
});
