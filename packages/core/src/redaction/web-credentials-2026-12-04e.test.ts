// The fifth README-only probe of 2026-12-04 (test/redaction/probe-2026-12-04e.cases.md; issue 11),
// rows K11, K19 and K20 as kinds: credentials a web call carries other than in a header or a
// secret's parameter name. K11: a Discord webhook URL (its token shorter than Discord's 68
// characters was stored raw). K19: an OAuth authorization code as `code=` in a callback or a token
// request, and `code` beside OAuth's members in JSON; the PKCE `code_verifier`. K20: curl's `-b` /
// `--cookie` pairs. Look-alikes that stay: the API's documentation URL, a promo `?code=`, a postal
// `{ code, state }`, a cookie file.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, detectSensitive, fileLedger } from '@agent-audit/core';
import type { JsonValue } from '../spec/event.js';
import { blankMachineValues, storedJsonl } from '../../../../test/redaction/stored.js';

function masked(text: string, value: string): boolean {
  const start = text.indexOf(value);
  if (start === -1) throw new Error(`${value} not in ${text}`);
  return detectSensitive(text).some((d) => d.class === 'secret' && d.start <= start && d.end >= start + value.length);
}
const secrets = (text: string): string[] => detectSensitive(text).filter((d) => d.class === 'secret').map((d) => text.slice(d.start, d.end));
const redactor = createRedactor({ pseudonymKey: createKeyring([Buffer.alloc(32, 73)]) });
/** What a tool result becomes in the stored event. */
function stored(result: JsonValue): string {
  const event = { v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result } };
  const out = redactor.redact(event as never, { capture: {} } as never) as unknown as { event: { tool: { result: JsonValue } } };
  return JSON.stringify(out.event.tool.result);
}

describe('K11: Discord webhook URLs', () => {
  const token = 'Xq2Lm9Pz3Vb8Nc4Wd6Fg1Hj5Kt7Rw0Yu-abcdEFGH';
  it.each([
    // The probe's input.
    [`https://discord.com/api/webhooks/123456789012345678/${token}`, token],
    // Other spellings: the old domain, a client's subdomain, an API version, a query or a suffix after the token, percent-encoded, in JSON.
    [`DISCORD_HOOK=https://discordapp.com/api/webhooks/123456789012345678/${token}`, token],
    [`POST https://canary.discord.com/api/v10/webhooks/123456789012345678/${token}?wait=true`, token],
    [`https://ptb.discord.com/api/webhooks/123456789012345678/${token}/slack`, token],
    [`{"url":"https%3A%2F%2Fdiscord.com%2Fapi%2Fwebhooks%2F123456789012345678%2F${token}"}`, token],
    ['https://discord.com/api/webhooks/1180000000000000001/aBcD1234eFgH5678iJkL9012mNoP3456qRsT7890uVwX1234yZaB5678cDeF9012gHiJ', 'aBcD1234eFgH5678iJkL9012mNoP3456qRsT7890uVwX1234yZaB5678cDeF9012gHiJ'],
  ])('%s', (text, value) => expect(masked(text, value)).toBe(true));

  it('any token of 16 or more URL-safe characters after a webhook id', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17,19}$/), fc.stringMatching(/^[A-Za-z0-9_-]{16,80}$/), fc.constantFrom('discord.com', 'discordapp.com', 'ptb.discord.com'), (id, secret, host) => {
        fc.pre(/\d/.test(secret) && /[A-Za-z]/.test(secret));
        return masked(`hook: https://${host}/api/webhooks/${id}/${secret} ok`, secret);
      }),
    );
  });

  it.each([
    'POST https://discord.com/api/webhooks/{webhook.id}/{webhook.token}',
    'https://discord.com/api/webhooks/123456789012345678/XXXXXXXXXXXXXXXXXXXXXXXX',
    'https://discord.com/channels/123456789012345678/123456789012345679',
    'https://discord.com/developers/docs/resources/webhook',
  ])('kept: %s', (text) => expect(secrets(text)).toEqual([]));

  it.each([
    // Kept by the probe: masked before, and now.
    'https://hooks.slack.com/services/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',
  ])('still masked: %s', (text) => expect(secrets(text).length).toBeGreaterThan(0));
});

describe('K19: OAuth authorization codes and PKCE verifiers', () => {
  const code = '4/0AX4XfWhXq2Lm9Pz3Vb8Nc4Wd6Fg';
  const verifier = 'Zk8Qw2Lp9Xv4Rt6Yu1Io3Pa5Sd7Fg9Hj0Kl2Zx4Cv6Bn8';
  it.each([
    // The probe's input.
    [`https://app.example.com/callback?code=${code}&state=xyz`, code],
    // Other spellings: state first, a request line, a fragment, a form body, percent-encoded, a verifier in text.
    ['GET /oauth2/callback?state=af0ifjsldkj&code=SplxlOBeZQQYbYS6WxSbIA HTTP/1.1', 'SplxlOBeZQQYbYS6WxSbIA'],
    ['Redirected to https://myapp.example/auth/redirect?code=AbC123xyz456def', 'AbC123xyz456def'],
    ['https://myapp.example/#code=AbC123xyz456&state=1', 'AbC123xyz456'],
    ['grant_type=authorization_code&code=SplxlOBeZQQYbYS6WxSbIA&redirect_uri=https%3A%2F%2Fclient.example.com%2Fcb', 'SplxlOBeZQQYbYS6WxSbIA'],
    ['curl -X POST https://oauth2.googleapis.com/token -d "code=4%2F0AX4XfWhXq2Lm9Pz3Vb8&client_id=abc.apps.googleusercontent.com&grant_type=authorization_code"', '4%2F0AX4XfWhXq2Lm9Pz3Vb8'],
    [`grant_type=authorization_code&code_verifier=${verifier}`, verifier],
    [`code_verifier: ${verifier}`, verifier],
    [`{"code_verifier": "${verifier}"}`, verifier],
  ])('%s', (text, value) => expect(masked(text, value)).toBe(true));

  it('a code of any shape in a callback with its state', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9_-]{6,60}$/), fc.constantFrom('/callback', '/oauth/callback', '/auth/redirect', '/signin-oidc', ''), (secret, path) => {
        fc.pre(/\d/.test(secret) && secret.length >= 8);
        return masked(`https://app.example.com${path}?code=${secret}&state=Zq9`, secret) && masked(`https://app.example.com${path}?state=Zq9&code=${secret}`, secret);
      }),
    );
  });

  it.each<[Record<string, JsonValue>, string[]]>([
    // The probe's token request, and a callback's parameters as an object.
    [{ code, grant_type: 'authorization_code', code_verifier: verifier }, [code, verifier]],
    [{ code: 'SplxlOBeZQQYbYS6WxSbIA', redirect_uri: 'https://client.example.com/cb', client_id: 's6BhdRkqt3' }, ['SplxlOBeZQQYbYS6WxSbIA']],
    [{ code, state: 'xyz' }, [code]],
    [{ code: 'aBc123', grantType: 'authorization_code' }, ['aBc123']],
    [{ authorization_code: code, codeVerifier: verifier }, [code, verifier]],
  ])('JSON %j', (value, raws) => {
    const out = stored(value);
    for (const raw of raws) expect(out).not.toContain(JSON.stringify(raw).slice(1, -1));
  });

  it.each<[JsonValue, string]>([
    [{ code: '94107', state: 'CA' }, '94107'],
    [{ code: 'E404', state: 'failed' }, 'E404'],
    [{ code: 'US', name: 'United States' }, 'US'],
    [{ code: 'SUMMER2024', discount: 10 }, 'SUMMER2024'],
  ])('kept JSON %j', (value, kept) => expect(stored(value)).toContain(kept));

  it.each([
    'https://shop.example.com/promo?code=SUMMER2024',
    'https://www.iso.org/lookup?code=ABCD12345',
    'https://example.com/countries?code=US&state=CA',
    'exit code=137 state=failed',
    // A word is no code; OAuth's members count in the same URL or body only, not elsewhere on the line.
    'https://app.example.com/callback?code=unchanged&state=xyz',
    'state=CA, see https://shop.example.com/promo?code=SUMMER2024X',
  ])('kept: %s', (text) => expect(secrets(text)).toEqual([]));
});

describe('K20: session cookies given to curl', () => {
  it.each([
    // The probe's input.
    ['curl -b "session=8f3c2a9d7e1b4c6a0f5e3d2c1b9a8e7f" https://x.example.com', ['8f3c2a9d7e1b4c6a0f5e3d2c1b9a8e7f']],
    // Other spellings: `--cookie`, single quotes, several pairs, unquoted, after the URL, `--cookie=`.
    ["curl -sS --cookie 'sid=8f3c2a9d7e1b; csrftoken=Xk29aLm0Qp' https://x", ['8f3c2a9d7e1b', 'Xk29aLm0Qp']],
    ['curl https://x.example.com -b JSESSIONID=9A8B7C6D5E4F3A2B1C0D', ['9A8B7C6D5E4F3A2B1C0D']],
    ['curl --cookie=auth=eyXq2Lm9Pz3Vb8 https://x', ['eyXq2Lm9Pz3Vb8']],
    ['$ curl -L -b "connect.sid=s%3Aab12cd34ef56.Xq2Lm9Pz" -o out.html https://x', ['s%3Aab12cd34ef56.Xq2Lm9Pz']],
  ])('%s', (text, values) => {
    for (const value of values) expect(masked(text, value), value).toBe(true);
  });

  it('any cookie value after -b or --cookie', () => {
    fc.assert(
      fc.property(fc.constantFrom('-b ', '--cookie ', '-b', '--cookie='), fc.constantFrom('session', 'sid', 'PHPSESSID', '__Host-id'), fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9%._-]{6,38}[A-Za-z0-9]$/), fc.constantFrom('"', "'", ''), (flag, name, value, quote) => {
        fc.pre(/\d/.test(value) && /[A-Za-z]/.test(value));
        return masked(`curl -s ${flag}${quote}${name}=${value}${quote} https://x.example.com`, value);
      }),
    );
  });

  it.each([
    ['curl -s -b "session=aa0_-Jax" https://x.example.com', 'aa0_-Jax'],
    ['Cookie: session=aa0_-Jax; theme=dark', 'aa0_-Jax'],
  ])('a value with a name-like run is masked whole: %s', (text, value) => {
    expect(detectSensitive(text).some((d) => d.type === 'SESSION_COOKIE' && text.slice(d.start, d.end) === value)).toBe(true);
    expect(stored(text)).not.toContain('aa0_');
  });

  // Found writing the Stryker tests of issue 13 (2026-12-04): a command continued over lines, as
  // browsers' "Copy as cURL" writes it (one option a line), had its `-b` on a line without `curl`.
  it.each([
    ["curl 'https://x.example.com/api' \\\n  -H 'Accept: application/json' \\\n  -b 'session=8f3c2a9d7e1b4c6a; theme=dark' \\\n  --compressed", ['8f3c2a9d7e1b4c6a']],
    ['curl https://x.example.com \\\r\n  -b "uid=8f3c2a9d7e1b"', ['8f3c2a9d7e1b']],
    ['curl.exe https://x.example.com `\n  -b "sid=Xq2Lm9Pz3Vb8"', ['Xq2Lm9Pz3Vb8']],
    ['curl "https://x.example.com" ^\n  -H "Accept: */*" ^\n  -b "sid=Xq2Lm9Pz3Vb8"', ['Xq2Lm9Pz3Vb8']],
  ])('a command over several lines: %s', (text, values) => {
    for (const value of values) expect(masked(text, value), value).toBe(true);
  });

  it.each(['curl https://x.example.com\ntar -b "x=8f3c2a9d7e1b"', 'curl https://x.example.com;\n  gcc -b "X=8f3c2a9d7e1b"'])('kept: -b on a line that continues no curl: %s', (text) => expect(secrets(text)).toEqual([]));

  it('a command as an array', () => {
    expect(stored(['curl', '-b', 'session=8f3c2a9d7e1b4c6a', 'https://x.example.com'])).not.toContain('8f3c2a9d7e1b4c6a');
  });

  it.each([
    // Kept by the probe: masked before, and now.
    ['Cookie: sessionid=8f3c2a9d7e1b4c6a0f5e', '8f3c2a9d7e1b4c6a0f5e'],
  ])('still masked: %s', (text, value) => expect(masked(text, value)).toBe(true));

  it.each(['curl -b cookies.txt -c cookies.txt https://x.example.com', 'tar -b 20 -cf out.tar x=1', 'gcc -b i386 -DX=1 main.c', 'wget --load-cookies cookies.txt https://x'])('kept: %s', (text) => expect(secrets(text)).toEqual([]));
});

describe('K11, K19, K20 in the ledger', () => {
  it('stores none of the tokens, codes and cookies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'probe-20261204e-k19-'));
    const auditor = createAuditor({ agent: { id: 'probe' }, sink: fileLedger({ dir: join(dir, 'ledger') }), redactor: createRedactor({ pseudonymKey: createKeyring([Buffer.alloc(32, 74)]) }) });
    auditor.record({ type: 'tool.result', tool: { name: 't', result: 'https://discord.com/api/webhooks/123456789012345678/Xq2Lm9Pz3Vb8Nc4Wd6Fg1Hj5Kt7Rw0Yu-abcdEFGH' } });
    auditor.record({ type: 'tool.result', tool: { name: 't', result: 'https://app.example.com/callback?code=4/0AX4XfWhXq2Lm9Pz3Vb8Nc4Wd6Fg&state=xyz' } });
    auditor.record({ type: 'tool.call', tool: { name: 'http', args: { code: '4/0AX4XfWhXq2Lm9Pz3Vb8Nc4Wd6Fg', grant_type: 'authorization_code', code_verifier: 'Zk8Qw2Lp9Xv4Rt6Yu1Io3Pa5Sd7Fg9Hj0Kl2Zx4Cv6Bn8' } } } as never);
    auditor.record({ type: 'tool.call', tool: { name: 'shell', args: { command: 'curl -b "session=8f3c2a9d7e1b4c6a0f5e3d2c1b9a8e7f" https://x.example.com' } } } as never);
    await auditor.close();
    const text = blankMachineValues(storedJsonl(join(dir, 'ledger'))).replace(/\[[A-Z_]+:psn_\w+\]/g, ' ');
    for (const raw of ['Xq2Lm9Pz3Vb8Nc4Wd6Fg1Hj5Kt7Rw0Yu', '0AX4XfWhXq2Lm9Pz3Vb8Nc4Wd6Fg', 'Zk8Qw2Lp9Xv4Rt6Yu1Io3Pa5Sd7Fg9Hj0Kl2Zx4Cv6Bn8', '8f3c2a9d7e1b4c6a0f5e3d2c1b9a8e7f']) expect(text, raw).not.toContain(raw);
  });
});
