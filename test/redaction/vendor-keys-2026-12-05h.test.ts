// L4 of the fifteenth probe of 2026-12-05 (test/redaction/probe-2026-12-05h.cases.md): Segment's write
// key (`writeKey`, `write_key`, `analytics.load("…")`, `curl -u KEY:`) and Shopify's `X-Shopify-Hmac-Sha256`
// were stored raw while other vendors' signature headers were masked: names ending in `key` holding a
// random token, the signature-header list as one list, a key as curl's Basic user with an empty password.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '../../packages/core/src/index.js';
import { timeRatio } from './linear-time.js';
import { check, storedResults } from './masked-text.js';

const { leaksIn, keptIn } = storedResults(createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(5)]), sessionMemory: false }), 'c');

describe('L4: Segment write keys and vendor signature headers', () => {
  const KEY = 'Rt5Yb8Nc2Lp0Qw7Xz4Vd9Kf1Hs3Gj6Ma';
  it('masks a write key under its member names and after its text cues', () => {
    expect(leaksIn({ sources: [{ name: 'web-prod', writeKey: KEY }], segment: { write_key: 'Wm3Kq8Zt1Rb6Yn4Pc9Ld2Fx7Hs0Gv5Ja' }, rudder: { sourceWriteKey: 'Hn4Xq8Rt2Lm6Vw0Zb3Kp7Yc1Gf5Ds9Ja' }, sdkKey: 'Pq7Lm2Xv9Rt4Bn8Wc3Zy6Hd1Fs5Ja0Ek', ingestKey: 'Ab3Cd5Ef7Gh9Jk2Lm4Np6Qr8St1Uv3Wx' }, [KEY, 'Wm3Kq8Zt1Rb6Yn4Pc9Ld2Fx7Hs0Gv5Ja', 'Hn4Xq8Rt2Lm6Vw0Zb3Kp7Yc1Gf5Ds9Ja', 'Pq7Lm2Xv9Rt4Bn8Wc3Zy6Hd1Fs5Ja0Ek', 'Ab3Cd5Ef7Gh9Jk2Lm4Np6Qr8St1Uv3Wx'])).toEqual([]);
    check([
      [`analytics.load("${KEY}");`, [KEY], ['analytics.load']],
      [`window.analytics.load('${KEY}', { integrations: { All: true } })`, [KEY], ['analytics.load']],
      [`curl https://api.segment.io/v1/track -u ${KEY}: -d '{"event":"Signed Up"}'`, [KEY], ['api.segment.io', 'Signed Up']],
      [`curl --user ${KEY}: https://api.example.com/v1/identify`, [KEY], ['api.example.com']],
      [`const writeKey = "${KEY}";`, [KEY], ['writeKey']],
      [`SEGMENT_WRITE_KEY=${KEY}`, [KEY], ['SEGMENT_WRITE_KEY=']],
      ['X-Shopify-Hmac-Sha256: bG9vayBhdCB0aGlzIGhtYWMgdmFsdWUgaGVyZSE=', ['bG9vayBhdCB0aGlzIGhtYWMgdmFsdWUgaGVyZSE='], ['X-Shopify-Hmac-Sha256']],
    ]);
  });

  it('masks every vendor signature header, Shopify and Intercom HMACs and Discord Ed25519 among them', () => {
    const headers = {
      'X-Shopify-Hmac-Sha256': '7OxWLEeHUqSeM1h/ENRxNA==',
      'X-Shopify-Hmac-SHA256': 'bG9vayBhdCB0aGlzIGhtYWMgdmFsdWUgaGVyZSE=',
      'X-Intercom-Hmac-SHA256': 'RSOYDt4T1cUTdK1PDd93/VVr8B8=',
      'X-Hmac-Sha256': 'c2lnbmF0dXJlLXZhbHVlLTEyMzQ1Ng==',
      'X-Signature-Ed25519': 'aabbccddeeff00112233445566778899aabbccddeeff00112233445566778899',
      'X-Hub-Signature-256': 'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17',
    };
    expect(leaksIn({ headers }, Object.values(headers))).toEqual([]);
  });

  it('keeps key names that hold no random token, and curl users with a name', () => {
    const value = {
      primaryKey: 'id', sortKey: 'createdAt', partitionKey: 'tenant_id', routingKey: 'orders.created', cacheKey: 'user:42:profile',
      i18nKey: 'checkout.button.pay', objectKey: 'uploads/2026/12/report.pdf', issueKey: 'PROJ-123', projectKey: 'PROJ',
      idempotencyKey: '8a5f2b7c-3c1e-4f2a-9b6d-1e2f3a4b5c6d', hashKey: 'a3f9c2e18b7d4f60a3f9c2e18b7d4f60', publicKey: 'MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=',
      hmacAlgorithm: 'sha256', signatureVersion: 'v1',
    };
    expect(keptIn(value, Object.values(value))).toEqual([]);
    check([
      ['curl -u admin: http://localhost:9200/_cat/indices', [], ['admin:']],
      ['curl -u elastic: https://es.internal:9200', [], ['elastic:']],
      ['analytics.load("web") then analytics.track("Signed Up")', [], ['analytics.load("web")', 'Signed Up']],
      ['sort_key=createdAt; cacheKey: user-profile-v2; primaryKey: "Rt5Yb8Nc2Lp0Qw7Xz4Vd9Kf1Hs3Gj6Ma"', [], ['createdAt', 'user-profile-v2', 'Rt5Yb8Nc2Lp0Qw7Xz4Vd9Kf1Hs3Gj6Ma']],
      ['The monkey: a key that opens the turkey: pen', [], ['monkey: a key', 'turkey: pen']],
    ]);
  });

  it('stays linear in the input', () => {
    const unit = 'analytics.load("Zq81Lw curl -u Ab3Cd5Ef7Gh9Jk2Lm4Np6 -u ';
    expect(timeRatio(detectSensitive, (n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n), 20_000, 40_000)).toBeLessThanOrEqual(3);
  });
});
