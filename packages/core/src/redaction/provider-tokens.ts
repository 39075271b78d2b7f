import type { Detection } from './types.js';
import { entropy, randomHex } from './internal/checks.js';
import { includesBy } from './internal/chars.js';
import { gatedTest } from './internal/prefilter.js';

// --------------------------------------------------- prefixed tokens of more providers
// Issue 11, the sixth fresh probe of 2026-12-03 (about 1,850 events, README and docs only): the
// tokens of these providers were stored raw when they stood alone in text (`here you go: gsk_…`,
// `client = Groq("gsk_…")`, `Incorrect API key provided: gsk_….`). None is in secretlint's
// recommended preset (@secretlint/secretlint-rule-preset-recommend 11.7: aws, gcp, github, npm,
// openai, anthropic, linear, slack, sendgrid, shopify, 1password, basicauth, privatekey,
// database-connection-string); the shapes are gitleaks' rules (config/gitleaks.toml, the rule id
// in each comment) or, where gitleaks has none, the provider's documented prefix and length.
// Each pattern starts at a literal prefix and its quantifiers are bounded: linear.
//
// The third probe of 2026-12-04 (H6): a token whose prefix is distinctive enough to be found on its
// own is found anywhere in text, in prose too (`use fw_… for the call`), not only after a key word.
// Fireworks, Cerebras, Neon, PlanetScale, Tailscale, Sentry, Braintree, Square, Firebase Cloud
// Messaging, HubSpot and Meta had no rule (only the assignment rule after `TOKEN=` masked them);
// Atlassian, Pinecone and Replicate had one of a single exact length, which a token one character
// shorter or longer, or with a `-`, did not have. A family's length is a range now: its lower
// bound at or below the documented length (a key cut short or typed by hand is still the key), its
// upper bound a cap that keeps the scan linear. Every family names its gate, a necessary literal
// part of a match (in practice its prefix): the prose prefilter is the union of the gates, so no
// family can be left out of it (prefixed-tokens-prose.test.ts puts a sample of each in prose).

interface TokenFamily {
  type: string;
  /**
   * A regex source every match holds (its prefix, literal but for a class or two): the families
   * run only where one of the gates is in the text (anyProviderCue). Also the family's key in the
   * prose test.
   */
  gate: string;
  pattern: RegExp;
  validate?: (value: string) => boolean;
}

/** Letters of both cases or a digit beside letters: a random token, not a word or a run of one character. */
const randomLike = (value: string) => /\d/.test(value) && /[A-Za-z]/.test(value) && entropy(value) > 3;
const mixedRandom = (value: string) => /\d/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value);
/** Words and numbers joined by `_` or `-` (`created_at_2024_01_15`, `register_value_for_cpu_0001`): an identifier, no token. */
const joinedWords = (value: string) => /[_\-]/.test(value) && value.split(/[_\-]/).every((part) => /^(?:[A-Za-z]*|\d*)$/.test(part));
/** A random body that may hold `_` or `-`: randomLike, and not words joined by them. */
export const randomBody = (value: string): boolean => randomLike(value) && !joinedWords(value);

const families: TokenFamily[] = [
  // Groq API keys: `gsk_` and 52 Base62 characters (console.groq.com; gitleaks has no rule).
  { type: 'GROQ_KEY', gate: 'gsk_', pattern: /\bgsk_[A-Za-z0-9]{48,56}(?![A-Za-z0-9_\-])/g, validate: (value) => mixedRandom(value.slice(4)) },
  // gitleaks grafana-service-account-token `glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}` (a CRC32 checksum last)
  // and grafana-cloud-api-token `glc_[A-Za-z0-9+/]{32,400}={0,3}`.
  { type: 'GRAFANA_TOKEN', gate: 'glsa_', pattern: /\bglsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}(?![A-Za-z0-9_\-])/g },
  { type: 'GRAFANA_TOKEN', gate: 'glc_', pattern: /\bglc_[A-Za-z0-9+/]{32,400}={0,3}(?![A-Za-z0-9+/=_\-])/g, validate: (value) => randomLike(value.slice(4)) },
  // Docker Hub personal and organisation access tokens: `dckr_pat_` / `dckr_oat_` and 27 or more characters.
  { type: 'DOCKER_HUB_TOKEN', gate: 'dckr_', pattern: /\bdckr_(?:pat|oat)_[A-Za-z0-9_\-]{24,64}(?![A-Za-z0-9_\-])/g, validate: (value) => randomLike(value.slice(9)) },
  // Google OAuth 2.0 refresh tokens `1//0…` (and `1//` then a letter: Google's other regions), 40 or more Base64url characters.
  { type: 'GOOGLE_OAUTH_TOKEN', gate: '1\\/\\/0', pattern: /(?<![A-Za-z0-9_\-/:])1\/\/0[A-Za-z0-9_\-]{40,512}(?![A-Za-z0-9_\-])/g, validate: (value) => randomLike(value.slice(4)) },
  // gitleaks new-relic-user-api-key `NRAK-[a-z0-9]{27}`, new-relic-insert-key `NRII-[a-z0-9-]{32}`, new-relic-browser-api-token `NRJS-[a-f0-9]{19}`.
  { type: 'NEW_RELIC_KEY', gate: 'NR(?:AK|II|JS)-', pattern: /\b(?:NRAK-[A-Za-z0-9]{23,35}|NRII-[A-Za-z0-9\-]{28,40}|NRJS-[a-f0-9]{16,27})(?![A-Za-z0-9_\-])/g, validate: (value) => /\d/.test(value.slice(5)) },
  // Figma personal access tokens `figd_…` (and `figo_`/`figu_` OAuth tokens).
  { type: 'FIGMA_TOKEN', gate: 'fig[dou]_', pattern: /\bfig[dou]_[A-Za-z0-9_\-]{38,64}(?![A-Za-z0-9_\-])/g, validate: (value) => randomLike(value.slice(5)) },
  // Notion integration tokens: `ntn_` (since 2024) and the older `secret_` and 43 Base62 characters.
  { type: 'NOTION_TOKEN', gate: 'ntn_', pattern: /\bntn_[A-Za-z0-9]{40,56}(?![A-Za-z0-9_\-])/g, validate: (value) => randomLike(value.slice(4)) },
  { type: 'NOTION_TOKEN', gate: 'secret_', pattern: /\bsecret_[A-Za-z0-9]{36,51}(?![A-Za-z0-9_\-])/g, validate: (value) => mixedRandom(value.slice(7)) },
  // gitleaks airtable-personnal-access-token `pat[A-Za-z0-9]{14}\.[a-f0-9]{64}`.
  { type: 'AIRTABLE_TOKEN', gate: 'pat[A-Za-z0-9]{14}\\.', pattern: /\bpat[A-Za-z0-9]{14}\.[a-f0-9]{64}(?![A-Za-z0-9_\-])/g },
  // Replicate API tokens: `r8_` and 37 characters (gitleaks/betterleaks replicate-api-token `r8_[A-Za-z0-9]{37}`;
  // truffleHog's and Kingfisher's `r8_[0-9A-Za-z-_]{37}`): read from 30 to 64 of those (H6: a body
  // with a `-`, or one longer or shorter than 37, was stored raw), not words joined by `_` (`r8_plan`).
  { type: 'REPLICATE_TOKEN', gate: 'r8_', pattern: /\br8_[A-Za-z0-9_\-]{30,64}(?![A-Za-z0-9_\-])/g, validate: (value) => randomBody(value.slice(3)) },
  // xAI (`xai-` and 80 Base62 characters), Perplexity (`pplx-` and 48), Pinecone (`pcsk_<id>_<key>`).
  { type: 'XAI_KEY', gate: 'xai-', pattern: /\bxai-[A-Za-z0-9]{70,90}(?![A-Za-z0-9_\-])/g, validate: (value) => mixedRandom(value.slice(4)) },
  // Perplexity's keys are as often lower-case hex (`pplx-` + 48 hex; betterleaks perplexity-api-key
  // `pplx-[a-zA-Z0-9]{48}`): such a body was stored whole until the probe of 2026-12-04 (F5).
  { type: 'PERPLEXITY_KEY', gate: 'pplx-', pattern: /\bpplx-[A-Za-z0-9]{40,56}(?![A-Za-z0-9_\-])/g, validate: (value) => mixedRandom(value.slice(5)) || randomHex(value.slice(5)) },
  // Pinecone: betterleaks pinecone-api-key.2 and truffleHog `pcsk_[A-Za-z0-9]{5,6}_[A-Za-z0-9]{63}`; read
  // as `pcsk_` and 32 to 120 Base62 characters and `_` (H6: a key id or body of another length was stored raw).
  { type: 'PINECONE_KEY', gate: 'pcsk_', pattern: /\bpcsk_[A-Za-z0-9_]{32,120}(?![A-Za-z0-9_\-])/g, validate: (value) => randomBody(value.slice(5)) },
  // LangSmith personal (`lsv2_pt_`) and service (`lsv2_sk_`) keys: 32 hex, `_`, 10 hex.
  { type: 'LANGSMITH_KEY', gate: 'lsv2_', pattern: /\blsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}(?![A-Za-z0-9_\-])/g },
  // Netlify personal access tokens `nfp_` and 36 or more Base62 characters.
  { type: 'NETLIFY_TOKEN', gate: 'nfp_', pattern: /\bnfp_[A-Za-z0-9]{36,48}(?![A-Za-z0-9_\-])/g, validate: (value) => randomLike(value.slice(4)) },
  // gitleaks age-secret-key `AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}` (Bech32's alphabet).
  { type: 'AGE_SECRET_KEY', gate: 'AGE-SECRET-KEY-', pattern: /\bAGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}(?![A-Za-z0-9])/g },
  // gitleaks alibaba-access-key-id `LTAI[a-z0-9]{20}` (case-insensitive; older ids are shorter).
  { type: 'ALIBABA_KEY', gate: 'LTAI', pattern: /\bLTAI[A-Za-z0-9]{12,20}(?![A-Za-z0-9_\-])/g, validate: (value) => mixedRandom(value.slice(4)) },
  // Tencent Cloud SecretId `AKID` and 32 Base62 characters.
  { type: 'TENCENT_KEY', gate: 'AKID', pattern: /\bAKID[A-Za-z0-9]{28,40}(?![A-Za-z0-9_\-])/g, validate: (value) => mixedRandom(value.slice(4)) },
  // Mapbox secret tokens `sk.eyJ…` (a JWT-like body; `pk.` tokens are public).
  { type: 'MAPBOX_TOKEN', gate: 'sk\\.eyJ', pattern: /\bsk\.eyJ[A-Za-z0-9_\-]{20,512}\.[A-Za-z0-9_\-]{16,128}(?![A-Za-z0-9_\-])/g },
  // Contentful personal access tokens `CFPAT-` and 43 characters.
  { type: 'CONTENTFUL_TOKEN', gate: 'CFPAT-', pattern: /\bCFPAT-[A-Za-z0-9_\-]{36,51}(?![A-Za-z0-9_\-])/g, validate: (value) => randomLike(value.slice(6)) },
  // gitleaks linear-client-secret: Linear's OAuth tokens `lin_oauth_` and 64 hex.
  { type: 'LINEAR_KEY', gate: 'lin_oauth_', pattern: /\blin_oauth_[a-f0-9]{56,72}(?![A-Za-z0-9_\-])/g },
  // gitleaks mailchimp-api-key: 32 hex and the data centre (`-us12`).
  { type: 'MAILCHIMP_KEY', gate: '-us\\d', pattern: /(?<![A-Za-z0-9_\-])[a-f0-9]{32}-us\d{1,2}(?![A-Za-z0-9_\-])/g, validate: (value) => /[a-f]/.test(value) && /\d/.test(value.slice(0, 32)) },
  // Zapier's catch hooks: the account id and the hook's key are what lets anyone post to it.
  { type: 'ZAPIER_WEBHOOK', gate: 'hooks\\.zapier', pattern: /https:\/\/hooks\.zapier\.com\/hooks\/catch\/\d{3,12}\/[A-Za-z0-9]{5,16}\/?/g },
  // gitleaks discord-client-secret aside, a Discord bot token: the bot id in Base64 (`M`, `N`, `O` first), a
  // timestamp (6) and an HMAC (27 to 38), dot-separated.
  {
    type: 'DISCORD_BOT_TOKEN',
    gate: '\\.[A-Za-z0-9_\\-]{6}\\.',
    pattern: /(?<![A-Za-z0-9_\-.])[MNO][A-Za-z0-9_\-]{23,25}\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,38}(?![A-Za-z0-9_\-]|\.[A-Za-z0-9])/g,
    validate: (value) => mixedRandom(value),
  },
  // ---- the third probe of 2026-12-04, H6: found in prose by their prefix alone.
  // Fireworks AI API keys: `fw_` and 24 Base62 characters (Warp's default secret-redaction rule
  // "Fireworks API Key" `\bfw_[a-zA-Z0-9]{24}\b`; gitleaks has none): read from 20 to 64, a digit, a
  // letter and more than 3 bits of entropy per character (`fw_update`, `fw_ABCDEF…` of capitals stay).
  { type: 'FIREWORKS_KEY', gate: 'fw_', pattern: /\bfw_[A-Za-z0-9]{20,64}(?![A-Za-z0-9_\-])/g, validate: (value) => randomLike(value.slice(3)) },
  // Cerebras API keys: `csk-` and 48 lower-case letters and digits (betterleaks cerebras-api-key
  // `csk-[a-z0-9]{48}`, truffleHog's cerebras detector): read from 32 to 64 of either case (`csk-v2` stays).
  { type: 'CEREBRAS_KEY', gate: 'csk-', pattern: /\bcsk-[A-Za-z0-9]{32,64}(?![A-Za-z0-9_\-])/g, validate: (value) => randomLike(value.slice(4)) },
  // Neon API keys: `napi_` and 64 characters (betterleaks neon-api-key `napi_[A-Za-z0-9]{64}`): read
  // from 40 to 80 (`napi_create_function`, an N-API call, holds `_` and stays).
  { type: 'NEON_KEY', gate: 'napi_', pattern: /\bnapi_[A-Za-z0-9]{40,80}(?![A-Za-z0-9_\-])/g, validate: (value) => randomLike(value.slice(5)) },
  // PlanetScale passwords, service tokens and OAuth tokens (gitleaks planetscale-password
  // `pscale_pw_[\w=\.-]{32,64}`, planetscale-api-token `pscale_tkn_…`, planetscale-oauth-token
  // `pscale_oauth_…`); a sentence's full stop after the token is no part of it.
  {
    type: 'PLANETSCALE_TOKEN',
    gate: 'pscale_',
    pattern: /\bpscale_(?:pw|tkn|oauth)_[A-Za-z0-9_=.\-]{31,63}[A-Za-z0-9_=\-](?![A-Za-z0-9_=\-]|\.[A-Za-z0-9])/g,
    validate: (value) => randomBody(value.slice(value.indexOf('_', 7) + 1)),
  },
  // Tailscale keys `tskey-<kind>-<id>-<secret>` (auth, api, client, webhook, scim; truffleHog's
  // tailscale detector `tskey-[a-z]+-[0-9A-Za-z_]+-[0-9A-Za-z_]+`, betterleaks tailscale-api-key.1
  // `tskey-api-[A-Za-z0-9_-]{20,36}`): the kind, then 20 to 160 characters that read as random.
  { type: 'TAILSCALE_KEY', gate: 'tskey-', pattern: /\btskey-[a-z]{3,10}-[A-Za-z0-9_\-]{20,160}(?![A-Za-z0-9_\-])/g, validate: (value) => randomBody(value.slice(value.indexOf('-', 6) + 1)) },
  // Sentry organization auth tokens `sntrys_eyJ…` (Base64 of a JSON claim set, `_`, a 43-character
  // signature: gitleaks sentry-org-token, which also asks for the `region_url` claim; truffleHog
  // `sntrys_eyJ[a-zA-Z0-9=_+/]{197}`): read as `sntrys_eyJ` and 40 to 800 of those characters. User
  // auth tokens: gitleaks sentry-user-token `sntryu_[a-f0-9]{64}`.
  { type: 'SENTRY_TOKEN', gate: 'sntry[su]_', pattern: /\b(?:sntrys_eyJ[A-Za-z0-9+/=_]{40,800}|sntryu_[a-f0-9]{64})(?![A-Za-z0-9+/=_\-])/g, validate: (value) => randomLike(value.slice(7)) },
  // Braintree access tokens `access_token$production$<16>$<32 hex>` (gitleaks' first default rule set,
  // testdata/config/simple.toml "PayPal Braintree access token"), sandbox ones too; 8 to 32 and 24 to 64.
  { type: 'BRAINTREE_TOKEN', gate: 'access_token\\$', pattern: /\baccess_token\$(?:production|sandbox)\$[0-9a-z]{8,32}\$[0-9a-f]{24,64}(?![A-Za-z0-9])/g },
  // Square access tokens `EAAA` and 60 characters (gitleaks square-access-token `(?:EAAA|sq0atp-)[\w-]{22,60}`;
  // `sq0atp-` is secrets.ts'): read as `EAAA` and 22 to 100 Base64url characters that read as random.
  { type: 'SQUARE_TOKEN', gate: 'EAAA', pattern: /\bEAAA[A-Za-z0-9_\-+=]{22,100}(?![A-Za-z0-9_\-+=])/g, validate: (value) => randomBody(value.slice(4)) },
  // Firebase Cloud Messaging legacy server keys `AAAA<7>:APA91b<134>` (SonarSource's secrets rule S6710,
  // legacy-fcm-api-key `[\w\-]{11}:apa91b[\w\-+]{134}`): 7 to 16 characters, `:APA91b`, 100 to 200 more.
  { type: 'FCM_SERVER_KEY', gate: 'APA91b', pattern: /(?<![A-Za-z0-9_\-])[A-Za-z0-9_\-]{7,16}:APA91b[A-Za-z0-9_\-+]{100,200}(?![A-Za-z0-9_\-+])/g, validate: (value) => randomLike(value.slice(value.indexOf(':') + 7)) },
  // Atlassian API tokens `ATATT3` + 186 (gitleaks atlassian-api-token `ATATT3[A-Za-z0-9_\-=]{186}`) and
  // organization API keys `ATCTT3` (truffleHog's atlassian detector `ATCTT3xFfG[A-Za-z0-9+/=_-]+=[A-Za-z0-9]{8}`):
  // read from 40 to 400 (H6: one character fewer than 186 was stored raw; detectors.ts held the rule until then).
  { type: 'ATLASSIAN_TOKEN', gate: 'AT[AC]TT3', pattern: /\bAT[AC]TT3[A-Za-z0-9_\-+/=]{40,400}(?![A-Za-z0-9_\-+/=])/g, validate: (value) => randomBody(value.slice(6)) },
  // HubSpot private app access tokens `pat-<region>-<uuid>` (HubSpot's private apps documentation:
  // `pat-na1-…`, `pat-eu1-…`); no Airtable `pat<14>.` look-alike, whose gate is above.
  { type: 'HUBSPOT_TOKEN', gate: 'pat-', pattern: /\bpat-(?:na|eu|ap)\d{1,2}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![A-Za-z0-9_\-])/g },
  // Meta (Facebook, Instagram, WhatsApp) access tokens `EAAC…`/`EAAM…` (gitleaks facebook-page-access-token
  // `EAA[MC][a-z0-9]{100,}`, case-insensitive); secrets.ts keeps the Graph API Explorer's `EAACEdEose0cBA…`.
  { type: 'FACEBOOK_TOKEN', gate: 'EAA[CM]', pattern: /\bEAA[CM][A-Za-z0-9]{100,600}(?![A-Za-z0-9_\-])/g, validate: (value) => randomLike(value.slice(4)) },
];

/** The prefixed families' gates, types and patterns (cut-secrets.ts reads the fixed prefixes among the gates). */
export const PREFIXED_TOKEN_FAMILIES: ReadonlyArray<Readonly<Pick<TokenFamily, 'type' | 'gate' | 'pattern'>>> = families;

/** The gates of the prefixed families (a regex source each, read by the prose prefilter and the prose test). */
export const PREFIXED_TOKEN_GATES: readonly string[] = families.map((family) => family.gate);

/**
 * ElevenLabs API keys: `sk_` and 48 hex (betterleaks elevenlabs-api-key `sk_[0-9a-f]{48}`; the probe
 * of 2026-12-04, F5). Outside the families: `sk_` in the case-insensitive gate would let every
 * `task_`, `risk_`, `disk_` through to all of them; a plain `includes` gates this one.
 */
const elevenLabsKey = /\bsk_[a-f0-9]{48}(?![A-Za-z0-9_\-])/g;

/** Any of the families' gates, and the cue words of the rules below, in one scan. */
const prefilterSource = new RegExp(`${[...new Set(PREFIXED_TOKEN_GATES)].join('|')}|twilio|AC[a-f0-9]{32}|okta|SSWS|totp|otp|2fa|mfa|authenticator|factor`, 'i');
/** The prefilter read through gatedTest (prefilter.ts): as a native alternation it cost 2.3% of the sealing CPU of hotpath-compare's events, 2026-12-03. */
const anyProviderCue = gatedTest(prefilterSource);
/**
 * keyProse's necessary part: a blank or a tab, then `key`, `token`, `secret` (after `api` and a
 * blank, a tab, `_` or `-`), as the rule reads them. The gate reads the blank only (a `[ \t]`
 * class made gatedTest's gate 6% slower over long strings, 2026-12-03); a text with a tab is asked
 * the whole pattern (until then `my dd<TAB>key is …` was stored raw: mutation testing).
 */
const anyKeyInProse = gatedTest(/ (?:api[ _\-]?)?(?:key|token|secret)\b|(?:write|read)[ _\-]?key/i);
const keyAfterBlankOrTab = /[ \t](?:api[ \t_\-]?)?(?:key|token|secret)\b/i;

/**
 * Twilio (gitleaks twilio-api-key `SK[0-9a-fA-F]{32}`): an account SID `AC` + 32 hex is an id,
 * masked only where the text names Twilio; an API key `SK` + 32 hex the same (a bare `SK…` hex
 * run is as often a hash's name). An auth token is 32 hex with no prefix: masked where the text
 * names Twilio or holds an account SID (`twilio.Client("AC…", "<32 hex>")`); an `AC…` id alone
 * stays. As the value of a key (`TWILIO_API_KEY=SK…`) the assignment rule masks any of them.
 */
const twilioCue = /twilio/i;
const twilioId = /(?<![A-Za-z0-9_\-])(?:AC|SK)[a-f0-9]{32}(?![A-Za-z0-9_\-])/g;
const twilioSid = /(?<![A-Za-z0-9_\-])AC[a-f0-9]{32}(?![A-Za-z0-9_\-])/;
const hex32 = /(?<![A-Za-z0-9_\-])[a-f0-9]{32}(?![A-Za-z0-9_\-])/g;
/**
 * Okta API tokens (gitleaks okta-access-token `00[A-Za-z0-9=_\-]{40}` after an `okta` cue), also
 * after Okta's `SSWS` scheme: masked only where the text names Okta.
 */
const oktaToken = /(?<![A-Za-z0-9_\-])00[A-Za-z0-9_\-]{40}(?![A-Za-z0-9_\-])/g;
const oktaCue = /okta|SSWS/i;
/**
 * A TOTP seed after its label (`TOTP secret JBSWY3DPEHPK3PXP`, `2FA secret: …`, `authenticator
 * key = …`): 16 to 128 Base32 characters (RFC 4648; RFC 6238's seeds are 80 bits or more; up to 64 until 2026-12-07),
 * in groups of four too (`JBSW Y3DP EHPK 3PXP`).
 */
const totpSecret = /(?<![A-Za-z0-9_])(?:totp|otp|2fa|mfa|authenticator|two[ -]factor)[ _\-]?(?:secret|seed|key)(?:[ \t]{0,3}[:=]|[ \t]{1,3}(?:is|was)[ \t]{0,3}:?)?[ \t]{1,3}["']?([A-Z2-7]{4}(?:[ ]?[A-Z2-7]{4}){3,31}={0,6}|[a-z2-7]{16,128}={0,6})(?![A-Za-z0-9])/gi;

/**
 * The labels a TOTP seed follows on an authenticator's set-up page, under its QR code, with a word of two-factor near it
 * or none (`Can't scan the QR? Enter this key: jbsw y3dp ehpk 3pxp`, `2FA backup: secret key JBSW Y3DP …`, L5 of the
 * probe of 2026-12-06c; `input JBSWY3DPEHPK3PXP in your app`; `Enter this code in your app: …`, `recovery seed: …`,
 * `MFA secret …`). A kind, not a list of phrases (issue 11, 2026-12-07; until then a list, `TOTP_SETUP_LABELS`, that
 * lacked `type this code`, `recovery seed`, `authenticator code`): a head (`key`, `secret`, `seed`, `code`; or a bare
 * `input`) after up to three words of set-up, manual entry or an authenticator (`setUpWords`) or of pointing (`this`,
 * `following`), with an article or a possessive before them and a verb of typing before all (`enter`, `type`, …), and
 * after the head where the seed goes (`manually`, `below`, `in your authenticator app`). It is a label when it holds a
 * set-up word, a pointing word before a head other than `code` (`this key`; `use this code` is a coupon's as often), a
 * verb of typing, or where the seed goes: `api key`, `the key`, `this code` alone label nothing.
 */
export const TOTP_LABEL_KIND = {
  verbs: ['enter', 'type', 'input', 'add', 'paste', 'copy'],
  determiners: ['the', 'your', 'my', 'our', 'a', 'an'],
  setUpWords: ['setup', 'set-up', 'set up', 'manual', 'entry', 'secret', 'recovery', 'backup', '2fa', 'mfa', 'totp', 'otp', 'authenticator',
    'authentication', 'two-factor', 'two factor', '2-step', 'two-step', '2sv'],
  pointingWords: ['this', 'following'],
  heads: ['key', 'secret', 'seed', 'code'],
} as const;
/** Words of the kind as a regex alternation: a blank inside a word is one to three blanks or tabs. */
const totpWords = (list: readonly string[]): string => list.map((w) => w.split(' ').join('[ \\t]{1,3}')).join('|');
/** A head, or a bare `input` (`input JBSWY3DPEHPK3PXP in your app`), as a whole word: the scan and its only gate. */
const totpHead = new RegExp(`(?<![A-Za-z0-9_\\-])(?:${TOTP_LABEL_KIND.heads.join('|')}|input)(?![A-Za-z0-9_\\-])`, 'gi');
/**
 * The words before a head, read on the 100 characters before it (a label is at most about 70): a verb, an article, then
 * up to three set-up or pointing words, each followed by blanks or tabs, to the head.
 */
const totpLabelBefore = new RegExp(`(?<![A-Za-z0-9_\\-])(?:(${totpWords(TOTP_LABEL_KIND.verbs)})[ \\t]{1,3})?(?:(?:${totpWords(TOTP_LABEL_KIND.determiners)})[ \\t]{1,3})?((?:(?:${totpWords([...TOTP_LABEL_KIND.setUpWords, ...TOTP_LABEL_KIND.pointingWords])})[ \\t]{1,3}){0,3})$`, 'i');
const totpSetUpWord = new RegExp(`(?<![A-Za-z0-9_\\-])(?:${totpWords(TOTP_LABEL_KIND.setUpWords)})(?![A-Za-z0-9_\\-])`, 'i');
/**
 * After the head: where the seed goes (`manually`, `below`, `here`, `in your authenticator app`, `into the app`), then
 * `:`/`=`/`is`, then blanks, a tab or a line's end (the seed on the next line, as a page copied whole writes it).
 */
const totpAfterHead = /(?:[ \t]{1,3}(manually|below|here|(?:in|into|on)[ \t]{1,3}(?:(?:your|the|an?|my)[ \t]{1,3})?(?:[A-Za-z0-9\-]{2,20}[ \t]{1,3}){0,2}(?:authenticator|app|application|phone|device)(?![A-Za-z0-9])))?(?:[ \t]{1,3}manually)?(?:[ \t]{0,3}[:=]|[ \t]{1,3}(?:is|was)(?:[ \t]{0,3}:)?)?(?:[ \t]{1,3}|[ \t]{0,3}\r?\n[ \t]{0,3}|(?<=[:=]))["'`]?/iy;
/**
 * A TOTP seed (RFC 4648 Base32; RFC 4226 recommends 160 bits, 32 characters, but seeds of 16 to 128 occur: 26, 52, 64,
 * 103), of one case: 16 to 128 characters unbroken, with `=` padding or none, or in groups of four with one blank between
 * as authenticator apps show it (`JBSW Y3DP EHPK 3PXP`), and a last group of one to three (`HXDM VJEC JJWS RB3H WIZR
 * 4IFU GF`) unless a word of the seed's case follows it (`jbsw y3dp ehpk 3pxp in your app`: `in` is a word).
 * Case-sensitive: a word after an upper-case seed is no group of it.
 */
const totpSeed = /([A-Z2-7]{4}(?: [A-Z2-7]{4}){3,31}(?: [A-Z2-7]{1,3}(?![ \t]{1,3}[A-Z]))?|[a-z2-7]{4}(?: [a-z2-7]{4}){3,31}(?: [a-z2-7]{1,3}(?![ \t]{1,3}[a-z]))?|[A-Z2-7]{16,128}={0,6}|[a-z2-7]{16,128}={0,6})(?![A-Za-z0-9])/y;

/**
 * Google Authenticator's export (`otpauth-migration://offline?data=…`, the QR code of "Transfer accounts"): its `data` is
 * a protocol buffer, Base64 and URL-encoded, holding every account's seed, so the whole value is the secret. An
 * `otpauth://totp/…?secret=…` URI is caught already by its `secret` parameter (URL_SECRET); this one has no such name.
 */
const totpMigration = /otpauth-migration:\/\/[A-Za-z]{0,20}\?(?:[A-Za-z0-9_.\-]{1,20}=[^\s&#"'<>]{0,200}&){0,4}data=([A-Za-z0-9+/=%_\-]{16,})/gi;

/** The seed after a TOTP label at `head` (a totpHead match), or undefined: the label read back from the head, then the seed. */
function totpSeedAfter(text: string, head: RegExpMatchArray & { index: number }): { start: number; end: number } | undefined {
  totpAfterHead.lastIndex = head.index + head[0].length;
  const after = totpAfterHead.exec(text);
  if (after === null) return undefined;
  totpSeed.lastIndex = totpAfterHead.lastIndex;
  const seed = totpSeed.exec(text);
  if (seed === null) return undefined;
  const value = seed[1] as string;
  // Base32 seeds hold digits 2-7 nearly always: a word of capitals, or groups of words, does not pass.
  if (!/[2-7]/.test(value) || !/[A-Za-z]/.test(value)) return undefined;
  const headWord = head[0].toLowerCase();
  if (headWord !== 'input' && after[1] === undefined) {
    const before = totpLabelBefore.exec(text.slice(Math.max(0, head.index - 100), head.index));
    const words = before?.[2] ?? '';
    const labelled = before?.[1] !== undefined || totpSetUpWord.test(words) || (headWord !== 'code' && words !== '');
    if (!labelled) return undefined;
  }
  return { start: seed.index, end: seed.index + value.length };
}

/**
 * HashiCorp Vault's unseal and recovery key shares as `vault operator init` prints them (`Unseal Key 1:
 * …`, `Recovery Key 2: …`: Base64 or hex), the share given to `vault operator unseal`, and a BitLocker
 * recovery key (eight groups of six digits) after `recovery key` (L4 of the probe of 2026-12-06c: the
 * shares were stored raw beside a masked root token). `Recovery key rotation is scheduled`, `unseal key
 * shares: 5` stay: the label needs its colon, and the value 20 key characters or the BitLocker shape.
 */
const keyShare = /(?<![A-Za-z0-9_])(?:(?:unseal|recovery)[ \t]key(?:[ \t]\d{1,2})?[ \t]{0,3}[:=]|vault[ \t]operator[ \t]unseal)[ \t]{1,3}["']?(\d{6}(?:-\d{6}){7}|[A-Za-z0-9+/]{20,}={0,2})(?![A-Za-z0-9+/=])/gi;

/**
 * An OAuth device-authorization user code (RFC 8628 3.3: eight or nine capitals and digits, often `XXXX-XXXX`) as
 * CLIs print it: `enter the code F7KQ9XWZL to authenticate` (Azure CLI), `enter code: 8F3K-9QXZ`, `copy your
 * one-time code: 4C2F-8B1D` (GitHub CLI), `and type RLHM3QZ8K`, in a text that names a device login
 * (`devicelogin`, `login/device`, `deviceauth`, `/device`, `/activate`, `device code`); L12 of the probe of
 * 2026-12-06c: stored raw. `enter the code you received` and a code of letters only outside a device login stay.
 */
const deviceUserCode = /(?<![A-Za-z0-9_])(?:(?:enter|type|input)(?:[ \t]+the)?(?:[ \t]+(?:code|one-time[ \t]+code))?|one-time[ \t]+code|user[ \t]+code)[ \t]{0,3}(?:is[ \t]{1,3})?:?[ \t]{0,3}["']?([A-Z0-9]{4}-[A-Z0-9]{4}|[A-Z0-9]{8,9})(?![A-Za-z0-9-])/g;
const deviceLoginCue = /devicelogin|login\/device|deviceauth|\/device\b|\/activate\b|device[ _]code|device[ _]login/i;

/**
 * A service's key named in prose with its owner before it (`my dd key is a4526…`, `the heroku key:
 * 89f6aed5-…`, `our algolia api key = …`): a possessive or article, one word naming the service,
 * `key`/`token`/`secret`, `is`/`was`/`:`/`=`, then 20 to 128 key characters with digits and
 * letters that read as random (not `created_at_2024_01_15`, words joined by `_`).
 */
const keyProse = /(?<![\p{L}\p{N}_])(?:my|the|our|your|his|her|their|this|that)[ \t]{1,3}[A-Za-z][A-Za-z0-9.\-]{0,20}[ \t]{1,3}(?:api[ \t_\-]?)?(?:key|token|secret)(?:[ \t]{1,3}(?:is|was)[ \t]{0,3}:?|[ \t]{0,3}[:=])[ \t]{0,3}["'`]?([A-Za-z0-9_\-]{20,128})(?![A-Za-z0-9_\-])/giu;

/**
 * A write key (or read key) named in prose, with the source it writes to between (`Segment writeKey for ios-prod is …`,
 * `The Segment write key for the web source is …`, `RudderStack write key for staging: …`; the open part of L4 of
 * 2026-12-05h, where keyProse wanted one word between the article and `key`): `write key`/`writeKey`/`write_key`, up to
 * three words after `for`/`of` and an article, `is`/`was`/`:`/`=`, then a key as keyProse's.
 */
const writeKeyProse = /(?<![\p{L}\p{N}_])(?:write|read)[ \t_\-]?key(?:[ \t]{1,3}(?:for|of)(?:[ \t]{1,3}(?:the|a|an|our|my|your|this|that|its))?(?:[ \t]{1,3}[A-Za-z0-9_.\-]{1,30}){1,3}?)?(?:[ \t]{1,3}(?:is|was)[ \t]{0,3}:?|[ \t]{0,3}[:=])[ \t]{0,3}["'`]?([A-Za-z0-9_\-]{20,128})(?![A-Za-z0-9_\-])/giu;

/** The cues of a key share or a recovery key (`unseal`, `recovery`, either case of the rest), a gate: the same answers as `includes` of `nseal`, `ecovery`, `NSEAL` and `ECOVERY`, which searched the whole text one by one before 2026-12-07. */
const mayHoldKeyShareCue = gatedTest(/nseal|ecovery|NSEAL|ECOVERY/);

/** Prefixed tokens of the providers above, Twilio's and Okta's near their cues, TOTP seeds after their label. */
export function detectProviderTokens(text: string, out: Detection[]): void {
  if (anyKeyInProse(text) || (text.includes('\t') && keyAfterBlankOrTab.test(text))) {
    for (const pattern of [keyProse, writeKeyProse]) {
      for (const m of text.matchAll(pattern)) {
        const value = m[1] as string;
        if (!/\d/.test(value) || !/[A-Za-z]/.test(value) || joinedWords(value) || entropy(value) <= 3) continue;
        const start = m.index + m[0].length - value.length;
        out.push({ start, end: start + value.length, type: 'PASSWORD', class: 'secret' });
      }
    }
  }
  // (includesBy: the same answers as `includes`, searched by a character rarer in prose than the first.)
  if (includesBy(text, 'sk_', 2)) {
    for (const m of text.matchAll(elevenLabsKey)) {
      if (randomHex(m[0].slice(3))) out.push({ start: m.index, end: m.index + m[0].length, type: 'ELEVENLABS_KEY', class: 'secret' });
    }
  }
  if (includesBy(text, 'otpauth-migration:', 7) || includesBy(text, 'OTPAUTH-MIGRATION:', 7)) {
    for (const m of text.matchAll(totpMigration)) {
      const value = m[1] as string;
      const start = m.index + m[0].length - value.length;
      out.push({ start, end: start + value.length, type: 'TOTP_SECRET', class: 'secret' });
    }
  }
  // No gate of its own (the prefilter's mask is full): the scan for a head is the gate, a label read back from each.
  // (The seeds' starts: totpSecret below reads `TOTP secret …` too, and its seed is pushed once.)
  let seeded: Set<number> | undefined;
  for (const head of text.matchAll(totpHead)) {
    const seed = totpSeedAfter(text, head);
    if (seed === undefined) continue;
    out.push({ ...seed, type: 'TOTP_SECRET', class: 'secret' });
    (seeded ??= new Set()).add(seed.start);
  }
  if ((text.includes('code') || includesBy(text, 'type ', 2)) && deviceLoginCue.test(text)) {
    for (const m of text.matchAll(deviceUserCode)) {
      const value = m[1] as string;
      // Eight capitals of an English word (`REQUIRED`) are no code: a digit, or a hyphen between two groups of four.
      if (!/\d/.test(value) && !value.includes('-')) continue;
      const start = m.index + m[0].length - value.length;
      out.push({ start, end: start + value.length, type: 'SECRET', class: 'secret' });
    }
  }
  if (mayHoldKeyShareCue(text)) {
    for (const m of text.matchAll(keyShare)) {
      const value = m[1] as string;
      // A share is random: digits and letters both (Base64, hex), or BitLocker's digits in their groups.
      if (!/^\d{6}-/.test(value) && !(/\d/.test(value) && /[A-Za-z]/.test(value))) continue;
      const start = m.index + m[0].length - value.length;
      out.push({ start, end: start + value.length, type: 'SECRET', class: 'secret' });
    }
  }
  if (!anyProviderCue(text)) return;
  for (const family of families) {
    family.pattern.lastIndex = 0;
    for (const m of text.matchAll(family.pattern)) {
      if (family.validate !== undefined && !family.validate(m[0])) continue;
      out.push({ start: m.index, end: m.index + m[0].length, type: family.type, class: 'secret' });
    }
  }
  const namesTwilio = twilioCue.test(text);
  if (namesTwilio) {
    for (const m of text.matchAll(twilioId)) out.push({ start: m.index, end: m.index + m[0].length, type: 'TWILIO_KEY', class: 'secret' });
  }
  if (namesTwilio || twilioSid.test(text)) {
    for (const m of text.matchAll(hex32)) {
      if (/\d/.test(m[0]) && /[a-f]/.test(m[0]) && entropy(m[0]) > 3) out.push({ start: m.index, end: m.index + m[0].length, type: 'TWILIO_KEY', class: 'secret' });
    }
  }
  if (oktaCue.test(text)) {
    for (const m of text.matchAll(oktaToken)) if (mixedRandom(m[0])) out.push({ start: m.index, end: m.index + m[0].length, type: 'OKTA_TOKEN', class: 'secret' });
  }
  if (/totp|otp|2fa|mfa|authenticator|factor/i.test(text)) {
    for (const m of text.matchAll(totpSecret)) {
      const value = m[1] as string;
      // Base32 seeds hold digits 2-7 nearly always; a word of 16 letters does not pass.
      if (!/[2-7]/.test(value)) continue;
      const start = m.index + m[0].length - value.length;
      if (seeded?.has(start) === true) continue;
      out.push({ start, end: start + value.length, type: 'TOTP_SECRET', class: 'secret' });
    }
  }
}
