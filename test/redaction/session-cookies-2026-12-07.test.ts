// Web frameworks' session cookies as `name=value` in text (issue 11, F11 of the README-only leak
// probe of 2026-12-07: `session cookie=sid=s%3A8f2b…Yy1Zz2` in a log line was stored raw; a `Cookie:`
// header line and curl's `-b` were masked). A session cookie is a bearer credential (RFC 6265 §8.4).
// cookies.ts detectSessionCookiePairs: the pairs of text whose name is a framework's session cookie
// (express-session, cookie-session, Koa, Rails, Laravel, CodeIgniter, Django, PHP, ASP.NET, Java),
// and express-session's signed value `s:<id>.<signature>` with no name before it. Look-alikes of the
// names (`session_timeout`, `sessions`), short or wordy values (`sid=ORCL`, `session=new`), a
// Windows SID, and `word:word.word` runs stay.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createKeyring, createRedactor, detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { kept, leaks, storedResults } from './masked-text.js';

const SIGNED = 's:J8mK2pQ9vX4nR7tL1wZ6yB3cF5hD0gE.T9kLmN2pQ4rS6tU8vW0xY1zA3bC5dE7fG9hI1jK3lM';
const ENCODED = 's%3AJ8mK2pQ9vX4nR7tL1wZ6yB3cF5hD0gE.T9kLmN2pQ4rS6tU8vW0xY1zA3bC5dE7fG9hI1jK3lM';

describe('F11: session cookies in log lines and name=value text', () => {
  it.each([
    // The probe's (its value as the probe wrote it, signed and percent-encoded).
    ['session cookie=sid=s%3A8f2b3c4d5e6f7a8b9c0dAaBbCc.Xx9Ww8Vv7Uu6Tt5Ss4Rr3Qq2Pp1Oo0NnMmLlKkJjIiHhYy1Zz2', 's%3A8f2b3c4d5e6f7a8b9c0dAaBbCc.Xx9Ww8Vv7Uu6Tt5Ss4Rr3Qq2Pp1Oo0NnMmLlKkJjIiHhYy1Zz2'],
    [`connect.sid=${ENCODED}`, ENCODED],
    [`2026-12-07T10:00:00Z INFO set connect.sid=${SIGNED} path=/`, SIGNED],
    [`Cookie: connect.sid=${SIGNED}`, SIGNED],
    // Other frameworks' names.
    ['laravel_session=eyJpdiI6IkR2bVwvT0xQbmFXYWJnPT0iLCJ2YWx1ZSI6IlF', 'eyJpdiI6IkR2bVwvT0xQbmFXYWJnPT0iLCJ2YWx1ZSI6IlF'],
    ['GET / _myapp_session=ZXhhbXBsZTEyMw%3D%3D--9f8e7d6c5b4a39281706f5e4d3c2b1a0 200', 'ZXhhbXBsZTEyMw%3D%3D--9f8e7d6c5b4a39281706f5e4d3c2b1a0'],
    ['ci_session=a1b2c3d4e5f6a7b8c9d0', 'a1b2c3d4e5f6a7b8c9d0'],
    ['koa.sess=eyJwYXNzcG9ydCI6eyJ1c2VyIjoxMjN9fQ==', 'eyJwYXNzcG9ydCI6eyJ1c2VyIjoxMjN9fQ=='],
    ['cookies: __Host-sid=k9x2m4p7q1w3e5r8t0y6; theme=dark', 'k9x2m4p7q1w3e5r8t0y6'],
    ['.AspNetCore.Session=CfDJ8ABC123def456GHI789', 'CfDJ8ABC123def456GHI789'],
    // The signed value with no name or after a colon.
    [`req.cookies={"connect.sid":"${SIGNED}"}`, SIGNED],
    [`connect.sid: ${SIGNED}`, SIGNED],
  ])('%s', (text, value) => {
    expect(leaks(text, [value])).toEqual([]);
    expect(detectSensitive(text).map((d) => d.type)).toContain('SESSION_COOKIE');
  });

  it.each([
    // Held back while the rule was written.
    ['debug: sess=Zm9vYmFyMTIzNDU2Nzg5MGFiY2RlZg', 'Zm9vYmFyMTIzNDU2Nzg5MGFiY2RlZg'],
    ['upstream got sid=u7Yh2kLp9QwErTy3 for user 42', 'u7Yh2kLp9QwErTy3'],
    ['x-forwarded: shop_session=3c9f1a7e2b8d4c6f0a5e9b1d7c3f8a2e', '3c9f1a7e2b8d4c6f0a5e9b1d7c3f8a2e'],
    ['rack.session=BAh7B0kiD3Nlc3Npb25faWQGOgZFVEkiRTc2Y2Yx--2a9b1c3d4e5f60718293a4b5c6d7e8f901234567', 'BAh7B0kiD3Nlc3Npb25faWQGOgZFVEkiRTc2Y2Yx--2a9b1c3d4e5f60718293a4b5c6d7e8f901234567'],
    ['session: s%3AaB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1x.Yz2Ab4Cd6Ef8Gh0Ij2Kl4Mn6Op8Qr0St2Uv4Wx6Yz8Ab0', 's%3AaB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1x.Yz2Ab4Cd6Ef8Gh0Ij2Kl4Mn6Op8Qr0St2Uv4Wx6Yz8Ab0'],
  ])('held back: %s', (text, value) => {
    expect(leaks(text, [value])).toEqual([]);
  });

  it('look-alikes stay', () => {
    const text = 'sid=ORCL; session=new; session_timeout=3600; sessions=12; see session=abc123; ' +
      'sid=S-1-5-21-3623811015-3361044348-30300820-1013; Notes: this.is.not.a.cookie; ' +
      'class:MyComponentNameIsLong.someMethodNameThatIsLongToo; status:succeeded.everything_went_fine_and_well_today; ' +
      'sessionStorage=enabled; consider=s:abc.def; assid=Q1w2E3r4T5y6U7i8O9p0';
    expect(kept(text, ['sid=ORCL', 'session=new', 'session_timeout=3600', 'sessions=12', 'abc123', 'S-1-5-21-3623811015-3361044348-30300820-1013',
      'this.is.not.a.cookie', 'MyComponentNameIsLong.someMethodNameThatIsLongToo', 'succeeded.everything_went_fine_and_well_today', 'sessionStorage=enabled', 's:abc.def', 'Q1w2E3r4T5y6U7i8O9p0'])).toEqual([]);
  });

  it('through the redactor: a log line as a tool result, and its class', () => {
    const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) });
    const { stored } = storedResults(redactor);
    const out = stored(`127.0.0.1 - GET /account 200 session cookie=sid=${ENCODED} ua=curl`);
    expect(out).not.toContain('J8mK2pQ9vX4nR7tL1wZ6yB3cF5hD0gE');
    expect(out).toContain('ua=curl');
  });

  it('any framework name with a random value', () => {
    fc.assert(
      fc.property(fc.constantFrom('connect.sid', 'sid', 'PHPSESSID', 'JSESSIONID', 'laravel_session', 'ci_session', '_shop_session', 'sessionid', 'ASP.NET_SessionId', 'sess'), fc.stringMatching(/^[A-Za-z0-9]{24,40}$/), fc.constantFrom('', 'log: ', 'GET /?a=1&'), (name, id, before) => {
        fc.pre((id.match(/\d/g) ?? []).length >= 2 && (id.match(/[A-Za-z]/g) ?? []).length >= 2);
        expect(leaks(`${before}${name}=${id}`, [id])).toEqual([]);
      }),
    );
  });

  it('linear: pairs and signed values repeated, and `=` runs', () => {
    const make = (n: number) => `sid=${SIGNED} connect.sid=x sid=sid=sid= ${SIGNED} `.repeat(Math.ceil(n / 190)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
    const equalsRun = (n: number) => `sid=${'a1'.repeat(n)}`.slice(0, n);
    expect(timeRatio(detectSensitive, equalsRun)).toBeLessThanOrEqual(3);
  });
});
