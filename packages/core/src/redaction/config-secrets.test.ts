// Secrets in config and command-line spellings (attack 11c, finding F5): .NET appSettings
// `<add key="ApiSecret" value="…"/>`, `<Credential>…</Credential>`, `stripe_key=…`,
// `sshpass -p …`, `redis-cli -a …`, `mysql -pSECRET` were stored raw.
import { describe, expect, it } from 'vitest';
import { isSecretKeyName } from './key-names.js';
import { BUILTIN_DETECTORS, detectBuiltin } from './detectors.js';

const masked = (text: string) => detectBuiltin(text, new Set(BUILTIN_DETECTORS)).map((d) => text.slice(d.start, d.end));

describe('secrets in config spellings', () => {
  it.each([
    ['<add key="ApiSecret" value="Vn3kP8qZ5mXt2w"/>', 'Vn3kP8qZ5mXt2w'],
    ["<add name='DbPassword' value='Qz8mWx2Lp4'/>", 'Qz8mWx2Lp4'],
    ['<param name="password" value="Hunter2Xq9z" />', 'Hunter2Xq9z'],
    ['<Credential>Rb7nQ3xK9mPz</Credential>', 'Rb7nQ3xK9mPz'],
    ['<ns:clientSecret>Rb7nQ3xK9mPy</ns:clientSecret>', 'Rb7nQ3xK9mPy'],
    ['<pass>Rb7nQ3xK9mPw</pass>', 'Rb7nQ3xK9mPw'],
    ['<Passwort>Rb7nQ3xK9mPv</Passwort>', 'Rb7nQ3xK9mPv'],
    ['stripe_key=Kx93mLq0Pz7Ytr4Wv2', 'Kx93mLq0Pz7Ytr4Wv2'],
    ['OPENAI_KEY=Kx93mLq0Pz7Ytr4Wv3', 'Kx93mLq0Pz7Ytr4Wv3'],
    ['sshpass -p Tr1cky#Pass88 ssh admin@host', 'Tr1cky#Pass88'],
    ['redis-cli -h cache.local -p 6379 -a Tr1ckyPass90 ping', 'Tr1ckyPass90'],
    ['ldapsearch -x -D cn=admin -w Tr1ckyPass91 -b dc=x', 'Tr1ckyPass91'],
    ['openssl pkcs12 -in a.p12 -passin pass:Tr1ckyPass92', 'Tr1ckyPass92'],
    ['mysql -u root -pSECRETpw99 mydb', 'SECRETpw99'],
  ])('%s', (text, secret) => expect(masked(text)).toContain(secret));

  it.each([
    '<add key="LogLevel" value="Warning"/>',
    '<add key="ApiSecretName" value="prod-api"/>',
    '<title>Password reset</title>',
    '<p>Your token expired</p>',
    '<key>Dock</key>',
    'sort_key=created_at',
    'primary_key=user_id123456',
    'cache_key=v2-users-list-2024',
    'redis-cli -h cache.local ping',
    'ssh -p 2222 admin@host',
  ])('nothing: %s', (text) => expect(masked(text)).toEqual([]));

  it.each(['stripe_key', 'OPENAI_KEY', 'twilioKey', 'sendgrid_api_key'])('%s names a secret', (name) => expect(isSecretKeyName(name)).toBe(true));
  it.each(['sort_key', 'primary_key', 'cache_key', 'public_key', 'foreign_key', 'idempotency_key', 'partition_key', 'key'])('%s does not', (name) => {
    expect(isSecretKeyName(name)).toBe(false);
  });

  it.each([
    ['creds: admin:Tr1cky#Pass87', 'Tr1cky#Pass87'],
    ['credentials = deploy:S3cret!x9', 'S3cret!x9'],
    ['twilio auth token 0123456789abcdef0123456789abcdef', '0123456789abcdef0123456789abcdef'],
    ['use api key Ab3dE6gH9jK2mN5pQ8sT1vW4yZ', 'Ab3dE6gH9jK2mN5pQ8sT1vW4yZ'],
  ])('labels without a colon before the secret: %s', (text, secret) => expect(masked(text).some((span) => span.includes(secret))).toBe(true));

  it.each([
    'login: https://example.org/signin',
    'creds: db:5432',
    'creds: see:vault',
    'the token abcdefghijklmnopqrstuvwxyzab is letters only',
    'token count 123456789012345678901234',
    'max_tokens 4096',
  ])('nothing: %s', (text) => expect(masked(text)).toEqual([]));
});
