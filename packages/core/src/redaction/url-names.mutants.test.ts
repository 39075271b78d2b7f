// Issue 13: direct calls of url-names.ts detectUrlNames (F13 of the probe of 2026-12-07, 1be57776 and
// 27a1a006), written from the Stryker run of 2026-12-07 (docs/TESTING.md, its row), whose only tests
// went through the redactor. Exact spans and normalized values; each rule's bounds on both sides: a
// handle of one and two characters, a site's page in another case, a repository's owner on GitHub
// and GitLab under any host spelling, the id part dropped from a name's words, four and five words
// of a route's slug, one word listed and not, a date of birth's formats and its calendar's bounds,
// the `dates` switch, a user's parameter with no `/` in the text and its placeholders.
import { describe, expect, it } from 'vitest';
import { detectUrlNames } from './url-names.js';
import type { Detection } from './types.js';

const found = (text: string, dates = true): Array<[string, string, string | undefined]> => {
  const out: Detection[] = [];
  detectUrlNames(text, out, dates);
  for (const d of out) expect(d.class).toBe(d.type === 'PERSON' ? 'pii.person' : 'pii.date_of_birth');
  return out.map((d) => [text.slice(d.start, d.end), d.type, d.normalized]);
};
const person = (value: string, normalized: string): [string, string, string] => [value, 'PERSON', normalized];

describe('social profiles', () => {
  it("the handle's span and value: lower case, `@` left out; LinkedIn, Facebook and Xing as the name's words without the id", () => {
    expect(found('https://www.linkedin.com/in/hildegard-brunnhuber-4b2a19/ ok')).toEqual([person('hildegard-brunnhuber-4b2a19', 'hildegard brunnhuber')]);
    expect(found('https://facebook.com/Ottilie.Vanselow.9')).toEqual([person('Ottilie.Vanselow.9', 'ottilie vanselow')]);
    expect(found('https://www.xing.com/profile/Hildegard_Brunnhuber')).toEqual([person('Hildegard_Brunnhuber', 'hildegard brunnhuber')]);
    expect(found('https://de.linkedin.com/in/hildegard--brunnhuber-A1B2')).toEqual([person('hildegard--brunnhuber-A1B2', 'hildegard brunnhuber')]);
    // One word keeps its id-like word; a last word of 13 or with no digit is a name's word.
    expect(found('https://linkedin.com/in/kwendelin42')).toEqual([person('kwendelin42', 'kwendelin42')]);
    expect(found('https://linkedin.com/in/hildegard-brunnhuber')).toEqual([person('hildegard-brunnhuber', 'hildegard brunnhuber')]);
    expect(found('https://linkedin.com/in/hildegard-a1b2c3d4e5f6g')).toEqual([person('hildegard-a1b2c3d4e5f6g', 'hildegard a1b2c3d4e5f6g')]);
    expect(found('https://linkedin.com/in/hildegard-a1b2c3d4e5f6')).toEqual([person('hildegard-a1b2c3d4e5f6', 'hildegard')]);
    // Other sites: the handle as written, lower case.
    expect(found('https://www.instagram.com/Ottilie.Vanselow/')).toEqual([person('Ottilie.Vanselow', 'ottilie.vanselow')]);
    expect(found('https://www.tiktok.com/@mgrzeskowiak?lang=de')).toEqual([person('mgrzeskowiak', 'mgrzeskowiak')]);
    expect(found('DM twitter.com/@lzwiebel_77 now')).toEqual([person('lzwiebel_77', 'lzwiebel_77')]);
  });

  it('a handle of two characters or more with a letter; site pages in any case, numbers and templates stay', () => {
    expect(found('https://x.com/a')).toEqual([]);
    expect(found('https://x.com/@a')).toEqual([]);
    expect(found('https://x.com/ab')).toEqual([person('ab', 'ab')]);
    expect(found('https://x.com/@ab')).toEqual([person('ab', 'ab')]);
    for (const page of ['Home', 'EXPLORE', 'settings', 'sharer.php']) expect(found(`https://x.com/${page}`)).toEqual([]);
    for (const handle of ['1234567', '$USER', '%7Buser%7D', 'user:name', 'x%20y', 'name$']) expect(found(`https://x.com/${handle}`)).toEqual([]);
  });

  it("GitHub and GitLab: a user's own URL, not a repository's owner (any host spelling)", () => {
    for (const host of ['github.com', 'www.github.com', 'GitHub.com', 'gitlab.com', 'GITLAB.COM', 'www.gitlab.com']) {
      expect(found(`https://${host}/kwendelin`)).toEqual([person('kwendelin', 'kwendelin')]);
      expect(found(`https://${host}/kwendelin/`)).toEqual([person('kwendelin', 'kwendelin')]);
      expect(found(`https://${host}/kwendelin?tab=repositories`)).toEqual([person('kwendelin', 'kwendelin')]);
      expect(found(`https://${host}/kwendelin/agent-audit`)).toEqual([]);
      expect(found(`https://${host}/kwendelin/.github`)).toEqual([]);
      expect(found(`https://${host}/kwendelin/-x`)).toEqual([]);
    }
    // Other sites read the first segment whatever follows.
    expect(found('https://x.com/kwendelin/status/1')).toEqual([person('kwendelin', 'kwendelin')]);
  });
});

describe("a route's name", () => {
  it('two to four words of a name (record or given names), not five; any joiner; the span is the slug', () => {
    expect(found('/customers/maria-brunnhuber/edit')).toEqual([person('maria-brunnhuber', 'maria brunnhuber')]);
    expect(found('/customers/grace_smith')).toEqual([person('grace_smith', 'grace smith')]);
    expect(found('/clients/Ottilie.Vanselow')).toEqual([person('Ottilie.Vanselow', 'ottilie vanselow')]);
    expect(found('/members/Leberecht%20Zwiebelhofer?tab=plan')).toEqual([person('Leberecht%20Zwiebelhofer', 'leberecht zwiebelhofer')]);
    expect(found('/kunden/anna+maria+brunnhuber+wendelin')).toEqual([person('anna+maria+brunnhuber+wendelin', 'anna maria brunnhuber wendelin')]);
    expect(found('/kunden/anna+maria+brunnhuber+wendelin+jones')).toEqual([]);
    expect(found('/customers/new-maria')).toEqual([]);
    expect(found('/customers/maria-export')).toEqual([]);
  });

  it('one word: a listed name that is a record name (Schmidt, Hildegard), not a record name alone (Wendelin) or a given name alone (Maria)', () => {
    expect(found('/patients/schmidt/')).toEqual([person('schmidt', 'schmidt')]);
    expect(found('/patients/Hildegard')).toEqual([person('Hildegard', 'hildegard')]);
    expect(found('/patients/wendelin')).toEqual([]);
    expect(found('/patients/maria')).toEqual([]);
  });

  it("each word 2 to 31 letters (marks after the first), a letter first; machines' and systems' words stay", () => {
    expect(found('/customers/maria-b')).toEqual([]);
    expect(found('/customers/maria-b2')).toEqual([]);
    expect(found('/customers/maria-2b')).toEqual([]);
    expect(found('/customers/maria-')).toEqual([]);
    expect(found('/customers/ma\u0301ria-brunnhuber')).toEqual([person('ma\u0301ria-brunnhuber', 'ma\u0301ria brunnhuber')]);
    // Any word that is no frequent English word is a record's name word: 31 letters are read, 32 not.
    expect(found(`/customers/maria-${'b'.repeat(31)}`)).toHaveLength(1);
    expect(found(`/customers/maria-${'b'.repeat(32)}`)).toEqual([]);
    expect(found('/customers/maria-9brunnhuber')).toEqual([]);
    expect(found('/customers/maria-brunnhuber2')).toEqual([]);
    // One machine's or system's word is enough, even beside a given name (`anna_mac`, `anna-jenkins`), and each list alone.
    for (const slug of ['kali-linux', 'mac_mini', 'anna-admin', 'Kali_Linux', 'anna_mac', 'anna-jenkins', 'travis-jenkins']) expect([slug, found(`/Users/${slug}/`)]).toEqual([slug, []]);
  });

  it('a date of birth after the name: ISO, day-month-year, month-day-year, year-month-day; the span is the date', () => {
    expect(found('/patients/Zwiebelhofer_Leberecht_1949-02-17')).toEqual([person('Zwiebelhofer_Leberecht', 'zwiebelhofer leberecht'), ['1949-02-17', 'DOB', '1949-02-17']]);
    expect(found('/patienten/oberleitner-maria-01011950/befunde')).toEqual([person('oberleitner-maria', 'oberleitner maria'), ['01011950', 'DOB', '01011950']]);
    expect(found('/patients/maria.brunnhuber.12311950')).toEqual([person('maria.brunnhuber', 'maria brunnhuber'), ['12311950', 'DOB', '12311950']]);
    expect(found('/patients/maria_brunnhuber_19501231')).toEqual([person('maria_brunnhuber', 'maria brunnhuber'), ['19501231', 'DOB', '19501231']]);
    // By default dates are read.
    const out: Detection[] = [];
    detectUrlNames('/patients/Zwiebelhofer_Leberecht_1949-02-17', out);
    expect(out.map((d) => d.type)).toEqual(['PERSON', 'DOB']);
    // The health detector off: the name only.
    expect(found('/patients/Zwiebelhofer_Leberecht_1949-02-17', false)).toEqual([person('Zwiebelhofer_Leberecht', 'zwiebelhofer leberecht')]);
  });

  it("the date's calendar: 1900 to this year, months 1-12, the month's days; an ISO date is read as ISO only", () => {
    const dob = (date: string) => found(`/patients/maria_brunnhuber_${date}`).filter((d) => d[1] === 'DOB').map((d) => d[0]);
    const year = new Date().getUTCFullYear();
    expect(dob('1900-01-01')).toEqual(['1900-01-01']);
    expect(dob('1899-12-31')).toEqual([]);
    expect(dob(`${year}-01-01`)).toEqual([`${year}-01-01`]);
    expect(dob(`${year + 1}-01-01`)).toEqual([]);
    expect(dob('1950-12-01')).toEqual(['1950-12-01']);
    expect(dob('1950-13-01')).toEqual([]);
    expect(dob('1950-00-10')).toEqual([]);
    expect(dob('1950-01-31')).toEqual(['1950-01-31']);
    expect(dob('1950-04-31')).toEqual([]);
    expect(dob('1950-01-00')).toEqual([]);
    expect(dob('1948-02-29')).toEqual(['1948-02-29']);
    expect(dob('1949-02-29')).toEqual([]);
    // `2012-19-50` is no date as ISO; its digits as day-month-year (20.12.1950) are not read.
    expect(dob('2012-19-50')).toEqual([]);
    expect(found('/patients/maria_brunnhuber_2012-19-50')).toEqual([person('maria_brunnhuber', 'maria brunnhuber')]);
    // Eight digits: day-month-year and month-day-year.
    expect(dob('31121950')).toEqual(['31121950']);
    expect(dob('12311950')).toEqual(['12311950']);
    expect(dob('13131950')).toEqual([]);
    expect(dob('00001950')).toEqual([]);
  });
});

describe("a user's query parameter", () => {
  it('the value decoded as the normalized form; with no `/` in the text too', () => {
    expect(found('login?user=kwendelin')).toEqual([person('kwendelin', 'kwendelin')]);
    expect(found('https://x.example/reset?token=abc&u=KWendelin&next=1')).toEqual([person('KWendelin', 'kwendelin')]);
    expect(found('/a?login=leberecht%40example.org')).toEqual([person('leberecht%40example.org', 'leberecht@example.org')]);
    // A malformed escape: the value as written is checked, and `%` keeps it out.
    expect(found('/a?user=kw%E0endelin')).toEqual([]);
  });

  it('three characters or more with a letter; placeholders and templates stay', () => {
    expect(found('/a?user=ab')).toEqual([]);
    expect(found('/a?user=abc')).toEqual([person('abc', 'abc')]);
    expect(found('/a?user=12345')).toEqual([]);
    for (const value of ['me', 'Guest', 'ANONYMOUS', 'root', 'undefined', 'default', '%7Buser%7D', '$USER', '%3Cname%3E', 'a%25b']) expect(found(`/a?user=${value}`)).toEqual([]);
  });
});

describe('the gate', () => {
  it('text with neither `/` nor `=`, or no host, collection or parameter, is not read', () => {
    expect(found('maria brunnhuber on x dot com')).toEqual([]);
    expect(found('customers: maria-brunnhuber')).toEqual([]);
    expect(found('https://example.org/maria-brunnhuber')).toEqual([]);
  });
});
