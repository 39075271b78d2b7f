// The third probe of 2026-12-04, H6 (probe-2026-12-04c.cases.md): provider tokens whose prefix is
// distinctive enough to be found on its own were masked only after a key word (`TOKEN=…`, `the key
// …`) and stored raw in prose (`use fw_… for the call`): Fireworks `fw_`, Cerebras `csk-`, Pinecone
// `pcsk_`, Neon `napi_`, PlanetScale `pscale_pw_`, Tailscale `tskey-auth-`, Sentry `sntrys_eyJ`,
// Braintree `access_token$production$`, Square `EAAA`, Firebase Cloud Messaging `…:APA91b`,
// Atlassian `ATATT3`, Replicate `r8_`. Either no rule knew the prefix, or the rule asked for one
// exact length the token did not have. The kind: a token with a distinctive prefix, anywhere in
// text, at any length in its documented range. The inputs here are held back: other bodies, other
// lengths, other sentences than the probe's.
//
// Then every prefixed rule of the project (provider-tokens.ts, detectors.ts, secrets.ts) gets a
// sample of its documented shape in prose; a family of provider-tokens.ts without a sample here
// fails the last test. Look-alikes (identifiers with these prefixes, too short or of words; git
// SHAs; UUIDs) stay.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createRedactor, detectSensitive } from '@agent-audit/core';
import type { UnsealedEvent } from '../../packages/core/src/spec/event.js';
import { PREFIXED_TOKEN_GATES } from '../../packages/core/src/redaction/provider-tokens.js';
import { secretCovers } from './secret-helpers.js';

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const LOWER36 = 'abcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const URLSAFE = `${BASE62}-_`;

/** Random characters of an alphabet, with a digit and a letter of each case the alphabet has (a token's body). */
function random(length: number, alphabet = BASE62): string {
  const bytes = randomBytes(length);
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[(bytes[i] as number) % alphabet.length];
  const tail = [/[A-Z]/, /[a-z]/, /\d/].map((kind) => [...alphabet].find((c) => kind.test(c)) ?? '').join('');
  return `${out.slice(0, length - tail.length)}${tail}`;
}
const uuid = () => `${random(8, HEX)}-${random(4, HEX)}-${random(4, HEX)}-${random(4, HEX)}-${random(12, HEX)}`;

/** Sentences that name no key: the token must be found by its prefix. */
const prose = (token: string): string[] => [
  `use ${token} for the call`,
  `here it is: ${token}.`,
  `it failed with ${token}, so I retried`,
  `(${token})`,
  `paste \`${token}\` into the form`,
  token,
];

function unmasked(token: string): string[] {
  return prose(token).filter((text) => !secretCovers(text, token));
}

describe('H6: a distinctive-prefix token in prose, without a key word', () => {
  // Other bodies and lengths than the probe's, in the documented range of each.
  const tokens: Array<[string, string]> = [
    ['Fireworks, documented length', `fw_${random(24)}`],
    ['Fireworks, longer', `fw_${random(32)}`],
    ['Cerebras', `csk-${random(48, LOWER36)}`],
    ['Cerebras, shorter', `csk-${random(40, LOWER36)}`],
    ['Pinecone, a shorter key', `pcsk_${random(5)}_${random(48)}`],
    ['Pinecone, documented', `pcsk_${random(6)}_${random(63)}`],
    ['Neon', `napi_${random(64, LOWER36)}`],
    ['Neon, mixed case', `napi_${random(56)}`],
    ['PlanetScale password', `pscale_pw_${random(43, URLSAFE)}`],
    ['PlanetScale service token', `pscale_tkn_${random(43, URLSAFE)}`],
    ['PlanetScale OAuth token', `pscale_oauth_${random(40, URLSAFE)}`],
    ['Tailscale auth key', `tskey-auth-k${random(10)}CNTRL-${random(34)}`],
    ['Tailscale API key', `tskey-api-k${random(12)}CNTRL-${random(30)}`],
    ['Tailscale OAuth client', `tskey-client-k${random(9)}CNTRL-${random(32)}`],
    ['Sentry organization token', `sntrys_eyJpYXQiOjE3${random(120, `${BASE62}+/`)}=_${random(43)}`],
    ['Sentry user token', `sntryu_${random(64, HEX)}`],
    ['Braintree production', `access_token$production$${random(16, LOWER36)}$${random(32, HEX)}`],
    ['Braintree sandbox', `access_token$sandbox$${random(16, LOWER36)}$${random(32, HEX)}`],
    ['Square production', `EAAAE${random(59, URLSAFE)}`],
    ['Square sandbox', `EAAAl${random(59, URLSAFE)}`],
    ['Firebase Cloud Messaging server key', `AAAA${random(7, URLSAFE)}:APA91b${random(134, URLSAFE)}`],
    ['Atlassian API token, 192', `ATATT3xFfGF0${random(171, URLSAFE)}=${random(8, HEX).toUpperCase()}`],
    ['Atlassian API token, shorter', `ATATT3xFfGF0${random(120, URLSAFE)}=${random(8, HEX).toUpperCase()}`],
    ['Atlassian org API key', `ATCTT3xFfGN0${random(171, URLSAFE)}=${random(8, HEX).toUpperCase()}`],
    ['Replicate, with a dash', `r8_${random(20)}-${random(16)}`],
    ['Replicate, longer', `r8_${random(40)}`],
  ];
  it.each(tokens)('%s: masked whole in prose', (_, token) => {
    expect(unmasked(token)).toEqual([]);
  });
  it("the probe's own input, and a held-back one, stored through a redactor", async () => {
    const neon = `napi_${random(64, LOWER36)}`;
    const event = { type: 'tool.call', tool: { name: 'deploy', arguments: { note: 'use fw_Xq2Lm9Pz3Vb8Nc4Wd6Fg1Hj5 for the call', next: `then ${neon} for the branch` } } } as UnsealedEvent;
    const stored = JSON.stringify((await createRedactor().redact(event, { capture: {} } as never)).event.tool?.arguments);
    expect(stored).not.toContain('Xq2Lm9Pz3Vb8Nc4Wd6Fg1Hj5');
    expect(stored).not.toContain(neon.slice(5));
    expect(stored).toContain('for the call');
  });
});

describe('well-known prefixed tokens still missing', () => {
  const tokens: Array<[string, string]> = [
    ['HubSpot private app token (na1)', `pat-na1-${uuid()}`],
    ['HubSpot private app token (eu1)', `pat-eu1-${uuid()}`],
    ['Meta page access token', `EAAC${random(160)}`],
    ['Meta business token', `EAAM${random(120)}`],
  ];
  it.each(tokens)('%s: masked whole in prose', (_, token) => {
    expect(unmasked(token)).toEqual([]);
  });
});

describe('every prefixed rule: a sample of its documented shape in prose', () => {
  // Keyed by the rule's prefix, as the gates of provider-tokens.ts name them (PREFIXED_TOKEN_GATES).
  const samples: Record<string, string[]> = {
    // provider-tokens.ts
    gsk_: [`gsk_${random(52)}`],
    glsa_: [`glsa_${random(32)}_${random(8, HEX)}`],
    glc_: [`glc_${random(48)}`],
    dckr_: [`dckr_pat_${random(27, URLSAFE)}`, `dckr_oat_${random(32, URLSAFE)}`],
    '1\\/\\/0': [`1//0${random(100, URLSAFE)}`],
    'NR(?:AK|II|JS)-': [`NRAK-${random(27, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`, `NRII-${random(32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`, `NRJS-${random(19, HEX)}`],
    'fig[dou]_': [`figd_${random(40)}`],
    ntn_: [`ntn_${random(46)}`],
    secret_: [`secret_${random(43)}`],
    'pat[A-Za-z0-9]{14}\\.': [`pat${random(14)}.${random(64, HEX)}`],
    r8_: [`r8_${random(37)}`],
    'xai-': [`xai-${random(80)}`],
    'pplx-': [`pplx-${random(48)}`, `pplx-${random(48, HEX)}`],
    pcsk_: [`pcsk_${random(6)}_${random(63)}`],
    lsv2_: [`lsv2_pt_${random(32, HEX)}_${random(10, HEX)}`, `lsv2_sk_${random(32, HEX)}_${random(10, HEX)}`],
    nfp_: [`nfp_${random(36)}`],
    'AGE-SECRET-KEY-': [`AGE-SECRET-KEY-1${random(58, 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L')}`],
    LTAI: [`LTAI${random(20)}`],
    AKID: [`AKID${random(32)}`],
    'sk\\.eyJ': [`sk.eyJ1Ijoi${random(50)}.${random(22)}`],
    'CFPAT-': [`CFPAT-${random(43)}`],
    lin_oauth_: [`lin_oauth_${random(64, HEX)}`],
    '-us\\d': [`${random(32, HEX)}-us12`],
    'hooks\\.zapier': ['https://hooks.zapier.com/hooks/catch/1234567/67mpac5/'],
    '\\.[A-Za-z0-9_\\-]{6}\\.': [`MT${random(22)}.${random(6)}.${random(38)}`],
    fw_: [`fw_${random(24)}`],
    'csk-': [`csk-${random(48, LOWER36)}`],
    napi_: [`napi_${random(64, LOWER36)}`],
    pscale_: [`pscale_pw_${random(43, URLSAFE)}`],
    'tskey-': [`tskey-auth-k${random(10)}CNTRL-${random(34)}`],
    'sntry[su]_': [`sntrys_eyJpYXQiOjE3${random(150, `${BASE62}+/`)}_${random(43)}`, `sntryu_${random(64, HEX)}`],
    'access_token\\$': [`access_token$production$${random(16, LOWER36)}$${random(32, HEX)}`],
    EAAA: [`EAAAE${random(59, URLSAFE)}`],
    APA91b: [`AAAA${random(7, URLSAFE)}:APA91b${random(134, URLSAFE)}`],
    'AT[AC]TT3': [`ATATT3xFfGF0${random(171, URLSAFE)}=${random(8, HEX).toUpperCase()}`],
    'pat-': [`pat-na1-${uuid()}`],
    'EAA[CM]': [`EAAC${random(160)}`],
    // detectors.ts
    'sk-ant-': [`sk-ant-api03-${random(93, URLSAFE)}AA`],
    'sk-': [`sk-proj-${random(48)}T3BlbkFJ${random(48)}`, `sk-${random(32, HEX)}`],
    AKIA: [`AKIA${random(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`],
    ghp_: [`ghp_${random(36)}`, `gho_${random(36)}`, `ghs_${random(36)}`, `github_pat_${random(22)}_${random(59)}`],
    AIza: [`AIza${random(35, URLSAFE)}`],
    hf_: [`hf_${random(34)}`],
    npm_: [`npm_${random(36)}`],
    'SG.': [`SG.${random(22, URLSAFE)}.${random(43, URLSAFE)}`],
    shpat_: [`shpat_${random(32, HEX)}`, `shpss_${random(32, HEX)}`],
    lin_api_: [`lin_api_${random(40)}`],
    ops_ey: [`ops_eyJ${random(250)}`],
    'glpat-': [`glpat-${random(20, URLSAFE)}`, `glrt-${random(20)}`],
    'xoxb-': [`xoxb-${random(11, '0123456789')}-${random(12, '0123456789')}-${random(24)}`],
    'xapp-': [`xapp-1-A${random(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}-${random(13, '0123456789')}-${random(64, HEX)}`],
    sk_live_: [`sk_live_${random(24)}`, `rk_live_${random(24)}`, `whsec_${random(32)}`],
    'GOCSPX-': [`GOCSPX-${random(28, URLSAFE)}`],
    'hvs.': [`hvs.${random(90)}`],
    'dp.pt.': [`dp.pt.${random(43)}`],
    'PMAK-': [`PMAK-${random(24, HEX)}-${random(34, HEX)}`],
    dapi: [`dapi${random(32, HEX)}`],
    sbp_: [`sbp_${random(40, HEX)}`],
    'key-': [`key-${random(32, HEX)}`],
    // secrets.ts
    'ya29.': [`ya29.${random(120, URLSAFE)}`],
    dop_v1_: [`dop_v1_${random(64, HEX)}`],
    'pypi-': [`pypi-AgEIcHlwaS5vcmc${random(70, URLSAFE)}`],
    'sq0atp-': [`sq0atp-${random(22, URLSAFE)}`],
    EAACEdEose0cBA: [`EAACEdEose0cBA${random(30)}`],
  };
  it.each(Object.entries(samples))('%s', (_, tokens) => {
    for (const token of tokens) expect(unmasked(token), token).toEqual([]);
  });
  it('every family of provider-tokens.ts has a sample here', () => {
    expect(PREFIXED_TOKEN_GATES.filter((gate) => samples[gate] === undefined)).toEqual([]);
  });
});

// The same weakness in rules of one exact length (the H6 merge's report): a token a few characters
// shorter (cut short, hand-typed) or longer (a provider's newer format) than the documented
// length stayed raw. Each is read over a range of lengths around it, its body still random.
describe('prefixed rules of one documented length: a token a few characters off it is masked too', () => {
  const offLength: Array<[string, (n: number) => string, number]> = [
    ['npm_', (n) => `npm_${random(n)}`, 36],
    ['GOCSPX-', (n) => `GOCSPX-${random(n, URLSAFE)}`, 28],
    ['CFPAT-', (n) => `CFPAT-${random(n)}`, 43],
    ['AKID', (n) => `AKID${random(n)}`, 32],
    ['secret_', (n) => `secret_${random(n)}`, 43],
    ['lin_oauth_', (n) => `lin_oauth_${random(n, HEX)}`, 64],
    ['AIza', (n) => `AIza${random(n, URLSAFE)}`, 35],
    ['NRAK-', (n) => `NRAK-${random(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`, 27],
    ['key-', (n) => `key-${random(n, HEX)}`, 32],
  ];
  it.each(offLength)('%s', (_, make, length) => {
    for (const n of [length - 4, length - 1, length + 1, length + 6]) {
      const token = make(n);
      expect(unmasked(token), `${token} (${n})`).toEqual([]);
    }
  });
  it('identifiers of those prefixes and lengths stay: npm_ and GOCSPX- words joined by _ or -, a key- word', () => {
    for (const text of ['export npm_package_dependencies_typescript_version now', 'read npm_config_registry_url_for_this_project', 'GOCSPX-client-secret-placeholder-value here', 'see key-rotation-policy-for-the-prod-cluster']) {
      expect(detectSensitive(text), text).toEqual([]);
    }
  });
});

describe('look-alikes stay', () => {
  it.each([
    'run fw_update before the reboot',
    'call napi_create_function from the addon',
    'the csk-v2 cluster is up',
    'see r8_plan for details',
    'r8_register_value_name_for_cpu_0001 is set',
    'pcsk_ prefix marks a key',
    'the tskey-auth-key docs',
    'fw_ABCDEFGHIJKLMNOPQRSTUVWX is all capitals',
    'commit 4b825dc642cb6eb9a060e54bf8d69288fbee4904 merged',
    'request 3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b done',
    'access_token$production$ is the prefix',
    'EAAA is a prefix of Square tokens',
    'APA91b starts a registration id',
    'ATATT3 starts an Atlassian token',
    'pat-na1-setup was renamed',
  ])('%s', (text) => {
    expect(detectSensitive(text).filter((d) => d.class === 'secret')).toEqual([]);
  });
});
