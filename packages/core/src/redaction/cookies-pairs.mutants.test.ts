// Issue 13: direct calls of cookies.ts detectSessionCookiePairs (F11 of the probe of 2026-12-07,
// 9f8aea8d) and detectAccountIdCookies' gate of that commit, written from the Stryker run of
// 2026-12-07 (docs/TESTING.md, its row), whose only tests went through detectSensitive. Exact spans;
// each bound on both sides: the signed value's 46 characters and its mixed case, the value's 16
// characters, two digits and two letters (each of 0, 9, a, z, A, Z counted), the trailing full stop
// or colon, a quote before the value, the `__Host-`/`__Secure-` prefix, a name glued to the one before.
import { describe, expect, it } from 'vitest';
import { detectAccountIdCookies, detectSessionCookiePairs } from './cookies.js';
import type { Detection } from './types.js';

const pairs = (text: string): string[] => {
  const out: Detection[] = [];
  detectSessionCookiePairs(text, out);
  for (const d of out) {
    expect(d.type).toBe('SESSION_COOKIE');
    expect(d.class).toBe('secret');
  }
  return out.map((d) => text.slice(d.start, d.end));
};
const ids = (text: string): string[] => {
  const out: Detection[] = [];
  detectAccountIdCookies(text, out);
  for (const d of out) {
    expect(d.type).toBe('IDENTIFIER');
    expect(d.class).toBe('pii');
  }
  return out.map((d) => text.slice(d.start, d.end));
};

// The shortest signed value read with no name: `s:`, 16 id characters, `.`, 27 of the signature: 46.
const SHORTEST = 's:Ab3dE5fG7hJ9kL1m.Yz2Ab4Cd6Ef8Gh0Ij2Kl4Mn6Op8';

describe('express-signed values with no name', () => {
  it('46 characters are read, as the whole text too; `s%3A` as well as `s:`', () => {
    expect(SHORTEST).toHaveLength(46);
    expect(pairs(SHORTEST)).toEqual([SHORTEST]);
    expect(pairs(`"${SHORTEST}"`)).toEqual([SHORTEST]);
    const encoded = SHORTEST.replace('s:', 's%3A');
    expect(pairs(encoded)).toEqual([encoded]);
    expect(pairs(`cookie is ${encoded}, ok`)).toEqual([encoded]);
    // One signature character fewer: 45 characters, no signed value.
    expect(pairs(SHORTEST.slice(0, -1))).toEqual([]);
  });

  it('needs a digit, a capital and two small letters after `s:` (not a word run)', () => {
    expect(pairs('s:AbcdEfghIjklMnop.QrstUvwxYzabCdefGhijKlmnOpq')).toEqual([]);
    expect(pairs('s:ab3de5fg7hj9kl1m.yz2ab4cd6ef8gh0ij2kl4mn6op8')).toEqual([]);
    // One small letter after `s:` (the `s` itself is not counted).
    expect(pairs('s:AB3DE5FG7HJ9KL1M.YZ2AB4CD6EF8GH0IJ2KL4MN6OPx')).toEqual([]);
    expect(pairs('s:AB3DE5FG7HJ9KL1M.YZ2AB4CD6EF8GH0IJ2KL4MN6OPxy')).toEqual(['s:AB3DE5FG7HJ9KL1M.YZ2AB4CD6EF8GH0IJ2KL4MN6OPxy']);
  });
});

describe('name=value pairs', () => {
  it("the value's span: after a quote, without a sentence's full stop or colons after it", () => {
    expect(pairs('sid=k9x2m4p7q1w3e5r8t0y6')).toEqual(['k9x2m4p7q1w3e5r8t0y6']);
    expect(pairs('set sid="k9x2m4p7q1w3e5r8t0y6" ok')).toEqual(['k9x2m4p7q1w3e5r8t0y6']);
    expect(pairs("set sid='k9x2m4p7q1w3e5r8t0y6'")).toEqual(['k9x2m4p7q1w3e5r8t0y6']);
    expect(pairs('It was sid=k9x2m4p7q1w3e5r8t0y6.')).toEqual(['k9x2m4p7q1w3e5r8t0y6']);
    expect(pairs('It was sid=k9x2m4p7q1w3e5r8t0y6...')).toEqual(['k9x2m4p7q1w3e5r8t0y6']);
    expect(pairs('sid=k9x2m4p7q1w3e5r8t0y6.: next')).toEqual(['k9x2m4p7q1w3e5r8t0y6']);
    expect(pairs('sid=k9x2m4p7.q1w3e5r8t0y6')).toEqual(['k9x2m4p7.q1w3e5r8t0y6']);
  });

  it('16 characters or more, not 15; a Windows SID at its start only', () => {
    expect(pairs('sid=k9x2m4p7q1w3e5r8')).toEqual(['k9x2m4p7q1w3e5r8']);
    expect(pairs('sid=k9x2m4p7q1w3e5r')).toEqual([]);
    expect(pairs('sid=S-1-5-21-3623811015-3361044348')).toEqual([]);
    expect(pairs('sid=ab12cd34S-1-5-21-3623811015')).toEqual(['ab12cd34S-1-5-21-3623811015']);
  });

  it('two digits and two letters, 0 and 9, a and z, A and Z each counted; other characters not', () => {
    expect(pairs('sid=0-1-----------a-z')).toEqual(['0-1-----------a-z']);
    expect(pairs('sid=9-8-----------A-Z')).toEqual(['9-8-----------A-Z']);
    expect(pairs('sid=12ab------------')).toEqual(['12ab------------']);
    expect(pairs('sid=ab12------------')).toEqual(['ab12------------']);
    // One digit or one letter: no session id, whatever the rest.
    expect(pairs('sid=1abcdefghijklmnop')).toEqual([]);
    expect(pairs('sid=a123456789012345')).toEqual([]);
    expect(pairs('sid=1a//::++%%!!**~~__')).toEqual([]);
    // Numbers joined by `-` or `_` (a range, a date, a counter) hold no letter: kept.
    for (const value of ['1024-2048-4096-8192', '1024_2048_4096_8192', '2026/12/07+10:00:00.123']) expect([value, pairs(`sid=${value}`)]).toEqual([value, []]);
    // `/`, `:`, `@`-like neighbours of the ranges are no digits or letters.
    expect(pairs('sid=1/:a~*!%+_-.---')).toEqual([]);
  });

  it('the signed form under its name: any length of the parts from 8', () => {
    expect(pairs('connect.sid=s:abcdefgh.ijklmnop')).toEqual(['s:abcdefgh.ijklmnop']);
    expect(pairs('connect.sid=s%3Aabcdefgh.ijklmnop')).toEqual(['s%3Aabcdefgh.ijklmnop']);
  });

  it("the name: a framework's, any case, after `__Host-` or `__Secure-`, not glued to a longer name", () => {
    for (const name of ['sid', 'SID', 'connect.sid', 'PHPSESSID', 'JSESSIONID', 'ASP.NET_SessionId', '.AspNetCore.Session', 'laravel_session', '_my-app_session', 'x_session_id', '__Host-sid', '__Secure-connect.sid', '__host-sess',
      // Each end of the name characters' ranges inside a name: 0, 9, a, z, A, Z.
      'shop0_session', 'shop9_session', 'fizz_session', 'FIZZ_SESSION', 'ZOO_SESSION', 'rack.session', 'koa.sess']) {
      expect([name, pairs(`a ${name}=k9x2m4p7q1w3e5r8t0y6 b`)]).toEqual([name, ['k9x2m4p7q1w3e5r8t0y6']]);
    }
    for (const name of ['xsid', 'sids', 'session_timeout', 'sessions', '__Other-sid', 'my.sid', 'sid-x']) {
      expect([name, pairs(`a ${name}=k9x2m4p7q1w3e5r8t0y6 b`)]).toEqual([name, []]);
    }
    // The characters next to the name characters' ranges end a name: `/`, `:`, `@`, `[`, `` ` ``, `{`, `~`, and past ASCII.
    for (const before of ['/', ':', '@', '[', '`', '{', '~', 'é', '|']) {
      expect([before, pairs(`cookie${before}sid=k9x2m4p7q1w3e5r8t0y6`)]).toEqual([before, ['k9x2m4p7q1w3e5r8t0y6']]);
    }
    // `=` with no name, and one pair after another.
    expect(pairs('=k9x2m4p7q1w3e5r8t0y6')).toEqual([]);
    expect(pairs('theme=dark; sid=k9x2m4p7q1w3e5r8t0y6; sess=Zm9vYmFyMTIzNDU2Nzg5')).toEqual(['k9x2m4p7q1w3e5r8t0y6', 'Zm9vYmFyMTIzNDU2Nzg5']);
    // A short value under the name, then a pair that is one.
    expect(pairs('sid=ORCL sid=k9x2m4p7q1w3e5r8t0y6')).toEqual(['k9x2m4p7q1w3e5r8t0y6']);
    expect(pairs('sid= x')).toEqual([]);
  });
});

describe("detectAccountIdCookies' gate", () => {
  it('each name alone is read; a name in capitals is not', () => {
    expect(ids('c_user=100012345678901')).toEqual(['100012345678901']);
    expect(ids('ds_user_id=48213377120')).toEqual(['48213377120']);
    expect(ids('twid=u%3D1455823301234567890')).toEqual(['u%3D1455823301234567890']);
    expect(ids('C_USER=100012345678901')).toEqual([]);
    // A value of zeros is no account id.
    expect(ids('c_user=00000000')).toEqual([]);
  });
});
