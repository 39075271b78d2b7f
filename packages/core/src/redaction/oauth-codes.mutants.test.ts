// Issue 13: direct tests of oauth-codes.ts for its Stryker run (K19 of the fifth probe of
// 2026-12-04): exact detections of detectOAuthCodes, the 2,048-character bounds of runAround on
// both sides, authCodeShaped and isOAuthCodeObject at each of their bounds.
import { describe, expect, it } from 'vitest';
import type { Detection } from './types.js';
import { authCodeShaped, detectOAuthCodes, isOAuthCodeObject } from './oauth-codes.js';

function codes(text: string): Detection[] {
  const out: Detection[] = [];
  detectOAuthCodes(text, out);
  return out;
}
function at(text: string, value: string): Detection[] {
  const start = text.indexOf(value);
  if (start === -1) throw new Error(`${value} not in ${text}`);
  return [{ start, end: start + value.length, type: 'URL_SECRET', class: 'secret' }];
}

describe('detectOAuthCodes', () => {
  it.each([
    ['https://app.example.com/callback?code=4/0AX4XfWhXq2Lm9Pz3Vb8&state=xyz', '4/0AX4XfWhXq2Lm9Pz3Vb8'],
    ['https://app.example.com/done?state=xyz&code=SplxlOBeZQQYbYS6WxSbIA', 'SplxlOBeZQQYbYS6WxSbIA'],
    ['POST /token code=ab12cd34&grant_type=authorization_code', 'ab12cd34'],
    ['body: code=ab12cd34&type=authorization_code', 'ab12cd34'],
    ['body: code=ab12cd34&type=AUTHORIZATION_CODE', 'ab12cd34'],
    ['https://x.example/cb?code=ab12cd34', 'ab12cd34'],
    ['https://x.example/?code=ab12cd34#state=1', 'ab12cd34'],
    ['"code=ab12cd34&client_id=web"', 'ab12cd34'],
    ['x code=ab12cd34&redirect_uri=https://a', 'ab12cd34'],
  ])('%s', (text, value) => expect(codes(text)).toEqual(at(text, value)));

  it.each([
    'https://shop.example.com/cart?code=SUMMER2024X&ref=mail',
    'https://app.example.com/callback?code=unchanged&state=xyz',
    'https://app.example.com/callback?code=abcdefgh&state=xyz',
    'https://app.example.com/callback?code=ab12cd3&state=xyz',
    'https://x.example/?code=ab12cd34,state:x',
    'https://x.example/?code=ab12cd34state=x',
    'state=CA, see https://shop.example.com/p?code=SUMMER2024X',
    'https://app.example.com/callback code',
    'no code here',
  ])('kept: %s', (text) => expect(codes(text)).toEqual([]));

  it('two codes, each beside its own members', () => {
    const text = 'a https://x/callback?code=ab12cd34&state=1 b https://y/p?code=Zz99Yy88&client_id=2';
    expect(codes(text)).toEqual([...at(text, 'ab12cd34'), ...at(text, 'Zz99Yy88')]);
  });

  it('the run stops at a blank, a quote or an angle bracket on either side', () => {
    for (const stop of [' ', '"', "'", '<', '>', '\n', '\t']) {
      expect(codes(`callback?x=1${stop}?code=ab12cd34`)).toEqual([]);
      expect(codes(`?code=ab12cd34${stop}&state=1`)).toEqual([]);
    }
    expect(codes('callback?x=1&code=ab12cd34')).toEqual(at('callback?x=1&code=ab12cd34', 'ab12cd34'));
  });

  it('the run reaches 2,048 characters before the code, not more', () => {
    // The callback's path must lie inside the run: `callback` + n letters + `?code=`.
    const make = (n: number) => `callback${'a'.repeat(n)}?code=ab12cd34`;
    expect(codes(make(2034))).toEqual(at(make(2034), 'ab12cd34'));
    expect(codes(make(2035))).toEqual([]);
    // Not at the text's start: a blank before the path.
    const spaced = (n: number) => `x callback${'a'.repeat(n)}?code=ab12cd34`;
    expect(codes(spaced(2034))).toEqual(at(spaced(2034), 'ab12cd34'));
    expect(codes(spaced(2035))).toEqual([]);
  });

  it('the run reaches 2,048 characters from the code, not more', () => {
    const make = (n: number) => `x?code=ab12cd34&${'a'.repeat(n)}&state=1`;
    // The run ends 2,048 characters after the code's start (index 7): `&state=` must end before 2,055.
    const inside = make(2032);
    expect(codes(inside)).toEqual(at(inside, 'ab12cd34'));
    expect(codes(make(2033))).toEqual([]);
  });
});

describe('authCodeShaped', () => {
  it.each([
    ['abcdefg1', true],
    ['abcdef1', false],
    ['12345678', true],
    ['abcdefgh', false],
    ['ABCDEFGH', false],
    ['abcdEFGH', true],
    ['abcdefgH', true],
    ['Abcdefgh', true],
    ['ABCDEFGh', true],
    ['4/0AX4Xf', true],
    ['--------', false],
  ])('%s → %s', (value, expected) => expect(authCodeShaped(value)).toBe(expected));
});

describe('isOAuthCodeObject', () => {
  it.each([
    [{ code: 'ab12cd34', state: 'x' }, ['code', 'state'], true],
    [{ code: 'ab12cd34', session_state: 'x' }, ['code', 'session_state'], true],
    [{ code: 'ab12cd34' }, ['code', 'sessionState'], true],
    [{ code: 'ab12cd34' }, ['code', 'redirect_uri'], true],
    [{ code: 'ab12cd34' }, ['code', 'redirectUri'], true],
    [{ code: 'ab12cd34' }, ['code', 'redirect_url'], true],
    [{ code: 'ab12cd34' }, ['code', 'client_id'], true],
    [{ code: 'ab12cd34' }, ['code', 'clientId'], true],
    [{ code: 'ab12cd34' }, ['code', 'iss'], true],
    [{ code: 'ab12cd34' }, ['code', 'states'], false],
    [{ code: 'ab12cd34' }, ['code', 'xstate'], false],
    [{ code: 'ab12cd34' }, ['code', 'country'], false],
    [{ code: 'CA', state: 'x' }, ['code', 'state'], false],
    [{ code: 'abcdefgh', state: 'x' }, ['code', 'state'], false],
    [{ code: 'abcd', grant_type: 'authorization_code' }, ['code', 'grant_type'], true],
    [{ code: 'abc', grant_type: 'authorization_code' }, ['code', 'grant_type'], false],
    [{ code: 'abcd', grantType: 'authorization_code' }, ['code', 'grantType'], true],
    [{ code: 'abcd', code_verifier: 'v' }, ['code', 'code_verifier'], true],
    [{ code: 'abcd', codeVerifier: 'v' }, ['code', 'codeVerifier'], true],
    [{ code: 'abcd', grant_type: 'refresh_token' }, ['code', 'grant_type'], false],
    [{ code: 'ab12cd34', grant_type: 'refresh_token' }, ['code', 'grant_type'], false],
    [{ code: 1234, grant_type: 'authorization_code' }, ['code', 'grant_type'], false],
    [{ code: undefined, grant_type: 'authorization_code' }, ['code', 'grant_type'], false],
    [{ code: 'a1'.repeat(1024), grant_type: 'authorization_code' }, ['code', 'grant_type'], true],
    [{ code: `${'a1'.repeat(1024)}b`, grant_type: 'authorization_code' }, ['code', 'grant_type'], false],
    [{ code: `${'a1'.repeat(1024)}b`, state: 'x' }, ['code', 'state'], false],
  ])('%j with keys %j → %s', (value, keys, expected) => expect(isOAuthCodeObject(value as Record<string, unknown>, keys as string[])).toBe(expected));
});

describe('from the survivors of the first Stryker run (issue 13)', () => {
  it('a code near the start of a long text', () => {
    const text = `https://a/callback?code=ab12cd34 ${'y'.repeat(3000)}`;
    expect(codes(text)).toEqual(at(text, 'ab12cd34'));
  });
  it('a member inside the code at the run start is the code', () => expect(codes('x code=ab12cd34,state=1')).toEqual([]));
});
