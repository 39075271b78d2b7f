// Issue 13: direct calls of cookies.ts sessionCookieObject (L2 of the probe of 2026-12-06b, 7fc539e3),
// written from the Stryker run of 2026-12-06 (docs/TESTING.md, the row of the third session's new
// files), whose only tests went through the redactor (probe-2026-12-06b.test.ts: a few cookies a
// case). Each boundary below fails with its mutant made: the member count, the lengths of the name
// and the value, the cookie members in any case, Amazon's regional names, the site-bound short
// names and their domains, the random and encoded values under a plain name.
import { describe, expect, it } from 'vitest';
import { sessionCookieObject } from '../../packages/core/src/redaction/cookies.js';

const PLAIN = 'abcdefghij';
const RANDOM = 'Zt8Qm2Lp5Rx9Vw3Nc7Bd1Fh4';
const is = (value: Record<string, unknown>): boolean => sessionCookieObject(value, Object.keys(value));
const cookie = (name: unknown, value: unknown, more: Record<string, unknown> = { path: '/' }): Record<string, unknown> => ({ name, value, ...more });

describe('sessionCookieObject: the object and its lengths', () => {
  it('reads up to 24 members, not 25', () => {
    const members = (count: number): Record<string, unknown> => {
      const object: Record<string, unknown> = cookie('user_session', PLAIN);
      for (let k = Object.keys(object).length; k < count; k++) object[`x${k}`] = k;
      return object;
    };
    expect(Object.keys(members(24))).toHaveLength(24);
    expect(is(members(24))).toBe(true);
    expect(is(members(25))).toBe(false);
    // The count is of `keys`, not of the object's own members.
    expect(sessionCookieObject(cookie('user_session', PLAIN), ['name', 'value', 'path', ...Array.from({ length: 22 }, (_, k) => `k${k}`)])).toBe(false);
  });

  it('needs a string name and a string value', () => {
    expect(is(cookie(7, PLAIN))).toBe(false);
    expect(is(cookie('user_session', 12345678901))).toBe(false);
    expect(is(cookie(undefined, PLAIN))).toBe(false);
  });

  it('takes a value of 8 characters up to 4,096, a name up to 128', () => {
    expect(is(cookie('session', 'abcdefg'))).toBe(false);
    expect(is(cookie('session', 'abcdefgh'))).toBe(true);
    expect(is(cookie('session', 'a'.repeat(4096)))).toBe(true);
    expect(is(cookie('session', 'a'.repeat(4097)))).toBe(false);
    expect(is(cookie(`session${'x'.repeat(121)}`, PLAIN))).toBe(true);
    expect(is(cookie(`session${'x'.repeat(122)}`, PLAIN))).toBe(false);
  });

  it('needs one cookie member besides name and value, in any case', () => {
    expect(is(cookie('user_session', PLAIN, {}))).toBe(false);
    expect(is(cookie('user_session', PLAIN, { kind: 'x', label: 'y' }))).toBe(false);
    expect(is(cookie('user_session', PLAIN, { HttpOnly: true }))).toBe(true);
    expect(is(cookie('user_session', PLAIN, { SameSite: 'Lax' }))).toBe(true);
    expect(is(cookie('user_session', PLAIN, { kind: 'x', expirationDate: 1 }))).toBe(true);
    // The members come from `keys`, not from the object.
    expect(sessionCookieObject(cookie('user_session', PLAIN), ['name', 'value'])).toBe(false);
  });
});

describe('sessionCookieObject: the name', () => {
  it('a listed session cookie with a plain value, in any case', () => {
    for (const name of ['li_at', 'LI_AT', 'SAPISID', 'sapisid', '__Secure-1PSID', 'kdt', 'x-main', '.ASPXAUTH', 'MoodleSession']) expect(is(cookie(name, PLAIN)), name).toBe(true);
  });

  it("Amazon's regional forms read as its -main names", () => {
    for (const name of ['at-acbuk', 'x-acbde', 'AT-ACBJP', 'sess-at-acbfr']) expect(is(cookie(name, PLAIN)), name).toBe(true);
    // Not a region: one letter, three letters, or not at the end.
    for (const name of ['at-acbu', 'at-acbukx', 'x-acbuk-y', 'at-acb', 'at-acb12']) expect(is(cookie(name, PLAIN)), name).toBe(false);
    // Only at the end: a session word that runs through `-acb` and two letters is read as written.
    expect(is(cookie('app-acbsession', PLAIN))).toBe(true);
    expect(is(cookie('x-acbtoken', PLAIN))).toBe(true);
  });

  it('a name that says session, auth, token, login, logged, remember or ends in sid', () => {
    for (const name of ['xsessx', 'myauth', 'csrftoken2', 'loginstate', 'wordpress_logged_in_abc', 'rememberme', 'app_sid', 'app.sid', 'app-sid']) expect(is(cookie(name, PLAIN)), name).toBe(true);
    for (const name of ['author', 'appsid', 'app_sidx', 'lang', '_ga', 'consent']) expect(is(cookie(name, PLAIN)), name).toBe(false);
  });

  it("a site's short name only on that site or its subdomains", () => {
    expect(is(cookie('d', PLAIN, { domain: 'slack.com' }))).toBe(true);
    expect(is(cookie('d', PLAIN, { domain: '.slack.com' }))).toBe(true);
    expect(is(cookie('d', PLAIN, { domain: 'App.Slack.COM' }))).toBe(true);
    expect(is(cookie('D', PLAIN, { domain: 'slack.com' }))).toBe(true);
    expect(is(cookie('xs', PLAIN, { domain: 'www.instagram.com' }))).toBe(true);
    expect(is(cookie('ct0', PLAIN, { domain: 'twitter.com' }))).toBe(true);
    expect(is(cookie('d', PLAIN, { domain: 'example.com' }))).toBe(false);
    expect(is(cookie('d', PLAIN, { domain: 'notslack.com' }))).toBe(false);
    expect(is(cookie('d', PLAIN, { domain: 'slack.com.example.org' }))).toBe(false);
    expect(is(cookie('fr', PLAIN, { domain: 'instagram.com' }))).toBe(false);
    expect(is(cookie('d', PLAIN, { path: '/' }))).toBe(false);
    expect(is(cookie('d', PLAIN, { domain: 7 }))).toBe(false);
    expect(is(cookie('lang', PLAIN, { domain: 'slack.com' }))).toBe(false);
  });
});

describe('sessionCookieObject: the value under a plain name', () => {
  it('a random token or an encoded JSON payload is a session', () => {
    expect(is(cookie('pref', RANDOM))).toBe(true);
    expect(is(cookie('pref', `eyJ${'a'.repeat(21)}`))).toBe(true);
    expect(is(cookie('pref', `eyJ${'a'.repeat(20)}`))).toBe(false);
    expect(is(cookie('pref', PLAIN))).toBe(false);
    expect(is(cookie('_ga', 'GA1.2.1234567890.1700000000'))).toBe(false);
  });
});
