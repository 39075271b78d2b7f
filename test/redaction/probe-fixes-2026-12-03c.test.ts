// The third fresh probe of 2026-12-03 (a helper briefed with the README and the docs only, about
// 1,200 inputs; section "B. Secrets" and the one-time codes of its findings): secrets stored raw in
// spellings of kinds the docs say are caught, and common kinds the docs did not name. Each kind is
// fixed as a kind (the rule, not the literal input): one describe per kind, with the look-alikes
// that must stay. Each masking test failed before its fix (the commit names the counts).
import { describe, expect, it } from 'vitest';
import { createRedactor, detectSensitive } from '@agent-audit/core';
import type { JsonValue, UnsealedEvent } from '../../packages/core/src/spec/event.js';

const event = (result: unknown): UnsealedEvent => ({ type: 'tool.result', tool: { name: 'probe', result } }) as UnsealedEvent;
async function stored(result: JsonValue): Promise<string> {
  const out = await createRedactor().redact(event(result), { capture: {} } as never);
  return JSON.stringify(out.event.tool?.result);
}
/** Whether one secret detection covers `value` inside `text` whole. */
const masked = (text: string, value: string): boolean => {
  const start = text.indexOf(value);
  if (start === -1) throw new Error(`${value} not in ${text}`);
  return detectSensitive(text).some((d) => d.start <= start && d.end >= start + value.length && d.class === 'secret');
};
/** The secret detections overlapping `value` (empty when it stays). */
const secretsOver = (text: string, value: string): string[] => {
  const start = text.indexOf(value);
  if (start === -1) throw new Error(`${value} not in ${text}`);
  return detectSensitive(text)
    .filter((d) => d.class === 'secret' && d.start < start + value.length && d.end > start)
    .map((d) => `${d.type}:${text.slice(d.start, d.end)}`);
};

describe('key names with a trailing qualifier the rules did not strip', () => {
  it.each([
    ['secret_key_base', '9f8e7d6c5b4a39281706f5e4d3c2b1a0'],
    ['password_b64', 'aHVudGVyMjI='],
    ['password_encoded', 'aHVudGVyMjI='],
    ['jwt_secret_base64', 'c2VjcmV0c2VjcmV0'],
    ['encryption_key_base64', 'c2VjcmV0c2VjcmV0'],
    ['api_secret_v2', 'hunter22xyz'],
    ['token_string', 'abc123def456'],
    ['secret_text', 'hunter22xyz'],
    ['totp_seed', 'JBSWY3DPEHPK3PXP'],
    ['key_material', 'abc123def456'],
    ['dbPassHex', '68756e746572'],
  ])('{"%s": …} is masked', async (name, value) => {
    expect(await stored({ [name]: value })).not.toContain(value);
  });
  it.each([
    ['SECRET_KEY_BASE=9f8e7d6c5b4a39281706f5e4d3c2b1a0', '9f8e7d6c5b4a39281706f5e4d3c2b1a0'],
    ['secret_key_base: 9f8e7d6c5b4a39281706f5e4d3c2b1a0', '9f8e7d6c5b4a39281706f5e4d3c2b1a0'],
    ['JWT_SECRET_BASE64="c2VjcmV0c2VjcmV0"', 'c2VjcmV0c2VjcmV0'],
  ])('in text: %s', (text, value) => expect(masked(text, value)).toBe(true));
  it('as a name/value pair', async () => {
    expect(await stored({ env: [{ name: 'SECRET_KEY_BASE', value: '9f8e7d6c5b4a3928' }] })).not.toContain('9f8e7d6c5b4a3928');
  });
  it.each([
    ['password_policy', 'min 8'],
    ['token_count', 12],
    ['max_tokens', 100],
    ['token_type', 'bearer'],
    ['secret_name', 'prod-db'],
    ['database_base_url', 'https://db.example.com'],
    ['text', 'hello world 42'],
    ['base64', 'aGVsbG8='],
    ['string_value', 'abc123def456'],
  ])('{"%s": …} stays', async (name, value) => {
    expect(await stored({ [name]: value })).toContain(JSON.stringify(value));
  });
  it.each(['max_tokens=100', 'password_policy=strict', 'token_count=42', 'tokens_v2: 4096'])('in text %s stays', (text) => {
    expect(detectSensitive(text).filter((d) => d.class === 'secret')).toEqual([]);
  });
});

describe('abbreviations of password: pw, p/w, pword, pswd, psw, passw', () => {
  it.each([
    ['pw=Hunter2Xq9z', 'Hunter2Xq9z'],
    ['PW=Hunter2Xq9z', 'Hunter2Xq9z'],
    ['p/w: Hunter2Xq9z', 'Hunter2Xq9z'],
    ['pswd=hunter22', 'hunter22'],
    ['pword: hunter22', 'hunter22'],
    ['DB_PSW=hunter22', 'hunter22'],
  ])('in text: %s', (text, value) => expect(masked(text, value)).toBe(true));
  it.each(['pword', 'pswd', 'psw', 'passw'])('{"%s": …} is masked', async (name) => {
    expect(await stored({ [name]: 'hunter22' })).not.toContain('hunter22');
  });
  it.each(['cd $PWD/src', 'the pw is on the wiki', 'pwsh -File x.ps1', 'pw_policy=strict'])('%s stays', (text) => {
    expect(detectSensitive(text).filter((d) => d.class === 'secret')).toEqual([]);
  });
});

describe('names ending in pass: PASS alone, after an owner word (become_pass)', () => {
  it.each([
    ['export PASS=hunter22', 'hunter22'],
    ['become_pass=hunter22', 'hunter22'],
    ['ansible_become_pass: hunter22', 'hunter22'],
    ['ansible_ssh_pass: hunter22', 'hunter22'],
  ])('%s', (text, value) => expect(masked(text, value)).toBe(true));
  it.each(['boarding_pass=AB12CD', 'bus_pass: 42AB17', 'export COMPASS=north'])('%s stays', (text) => {
    expect(detectSensitive(text).filter((d) => d.class === 'secret')).toEqual([]);
  });
});

describe('one-time codes and PINs after a bare label, in any case, spaced, or assigned', () => {
  it.each([
    ['Twój kod to 482913', '482913'],
    ['kod sms to 482913', '482913'],
    ['SMS code 482913', '482913'],
    ['Auth Code 482913', '482913'],
    ['auth code 482913', '482913'],
    ['authorization code: 482913', '482913'],
    ['OTP=482913', '482913'],
    ['otp_code = "482913"', '482913'],
    ['OTP 4 8 2 9 1 3', '4 8 2 9 1 3'],
    ['PIN=4821', '4821'],
    ['ATM PIN 4821', '4821'],
  ])('%s', (text, value) => expect(masked(text, value)).toBe(true));
  it.each([
    ['Code: 482913', '482913'],
    ['code 482913', '482913'],
    ['OTP 2024', '2024'],
    ['Our PIN 2024 policy', '2024'],
    ['PIN codes are sent by post', 'post'],
    ['Send the password to Bob2024', 'Bob2024'],
    ['status code 2000', '2000'],
    ['auth code 404-compliant', '404'],
    ['GPIO pin=13', '13'],
  ])('%s stays', (text, value) => expect(secretsOver(text, value)).toEqual([]));
});

describe('a Discord webhook whose token is longer than the rule expected', () => {
  it('is masked to the token end', () => {
    const token = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrst';
    const text = `https://discord.com/api/webhooks/123456789012345678/${token} sent`;
    const hit = detectSensitive(text).find((d) => d.type === 'DISCORD_WEBHOOK');
    expect(hit && text.slice(hit.start, hit.end).endsWith(token)).toBe(true);
  });
});

describe('SQL: a password clause and a password column', () => {
  it.each([
    ["ALTER USER app WITH PASSWORD 'S3cr3tPw'", 'S3cr3tPw'],
    ["CREATE ROLE app LOGIN PASSWORD 'wintersun';", 'wintersun'],
    ["CREATE USER bob IDENTIFIED BY 'Tr0ub4dor3'", 'Tr0ub4dor3'],
    ["CREATE USER 'bob'@'%' IDENTIFIED WITH mysql_native_password BY 'Tr0ub4dor3';", 'Tr0ub4dor3'],
    ['ALTER USER scott IDENTIFIED BY Tr0ub4dor3;', 'Tr0ub4dor3'],
    ["alter user app with password 'It''s9Secret'", "It''s9Secret"],
    ["INSERT INTO users (email, password) VALUES ('a@b.co','hunter22')", 'hunter22'],
    ["INSERT INTO accounts (id, pin, name) VALUES (1, 4821, 'x'), (2, 9012, 'y')", '9012'],
  ])('%s', (text, value) => expect(masked(text, value)).toBe(true));
  it.each([
    ["INSERT INTO users (email, password_hint) VALUES ('a@b.co','first pet')", 'first pet'],
    ["SELECT * FROM users WHERE email = 'a@b.co'", 'a@b.co'],
    ["click the password 'Reset' link", 'Reset'],
    ['the bug was identified by Alice', 'Alice'],
  ])('%s stays (no secret)', (text, value) => expect(secretsOver(text, value)).toEqual([]));
});

describe('a password word then a quoted value in log prose', () => {
  it.each([
    ['Error: authentication failed for user "app" with password "S3cr3t!"', 'S3cr3t!'],
    ["login rejected: password 'hunter2x' expired", 'hunter2x'],
  ])('%s', (text, value) => expect(masked(text, value)).toBe(true));
  it.each([
    ['enter your password "carefully"', 'carefully'],
    ['the password "field" is required', 'field'],
  ])('%s stays', (text, value) => expect(secretsOver(text, value)).toEqual([]));
});

describe('code and config: a subscript and a call whose first argument names the secret', () => {
  it.each([
    ['os.environ["DB_PASSWORD"] = "hunter2xyz"', 'hunter2xyz'],
    ["$_ENV['API_TOKEN'] = 'abc123def456';", 'abc123def456'],
    ["define('DB_PASSWORD','hunter2xyz');", 'hunter2xyz'],
    ["define( 'AUTH_KEY',  'k3Y!x#9zQ' );", 'k3Y!x#9zQ'],
    ['os.environ.setdefault("SECRET_KEY", "django-insecure-x7!k")', 'django-insecure-x7!k'],
  ])('%s', (text, value) => expect(masked(text, value)).toBe(true));
  it.each([
    ['required: ["password", "email"]', 'email'],
    ['fields = ("password", "username")', 'username'],
    ['the secret, which rotates daily', 'which'],
    ["define('DB_HOST', 'localhost');", 'localhost'],
  ])('%s stays', (text, value) => expect(secretsOver(text, value)).toEqual([]));
});

describe('YAML environment lists: - name: X then value: …', () => {
  const yaml = 'env:\n  - name: DB_PASSWORD\n    value: hunter22\n  - name: API_TOKEN\n    value: "abc123def456" # rotated\n  - name: LOG_LEVEL\n    value: debug\n  - name: STRIPE_SECRET_KEY\n    valueFrom:\n      secretKeyRef: {name: s, key: k}';
  it.each(['hunter22', 'abc123def456'])('%s is masked', (value) => expect(masked(yaml, value)).toBe(true));
  it.each(['debug', 'secretKeyRef', '# rotated'])('%s stays', (value) => expect(secretsOver(yaml, value)).toEqual([]));
});

describe('command lines: connect strings and the password flags of archivers and key tools', () => {
  it.each([
    ['jdbc:oracle:thin:scott/Tr0ub4dor3@db:1521/ORCL', 'Tr0ub4dor3'],
    ['sqlplus app/hunter22@db', 'hunter22'],
    ['sqlplus -s -L app/hunter22@//db:1521/x', 'hunter22'],
    ['az login -u bob@corp.com -p S3cr3tPw', 'S3cr3tPw'],
    ['zip -r -P S3cr3tPw out.zip dir', 'S3cr3tPw'],
    ['unzip -P S3cr3tPw out.zip', 'S3cr3tPw'],
    ['7z a -pS3cr3tPw out.7z dir', 'S3cr3tPw'],
    ['unrar x -pS3cr3tPw a.rar', 'S3cr3tPw'],
    ['openssl enc -aes-256-cbc -k S3cr3tPw -in a -out b', 'S3cr3tPw'],
    ['keytool -list -keystore k.jks -storepass S3cr3tPw -keypass K3yPw99', 'S3cr3tPw'],
    ['keytool -list -keystore k.jks -storepass S3cr3tPw -keypass K3yPw99', 'K3yPw99'],
  ])('%s', (text, value) => expect(masked(text, value)).toBe(true));
  it.each([
    ['jdbc:oracle:thin:@db:1521/ORCL', 'db'],
    ['sqlplus /nolog @script.sql', 'script.sql'],
    ['zip -r out.zip dir', 'dir'],
    ['7z a -p out.7z dir', 'out.7z'],
    ['see pages 3/4@home for the zip file', '4'],
  ])('%s stays', (text, value) => expect(secretsOver(text, value)).toEqual([]));
});

describe('Azure subscription and function keys', () => {
  it.each([
    ['Ocp-Apim-Subscription-Key: 0123456789abcdef0123456789abcdef', '0123456789abcdef0123456789abcdef'],
    ['x-functions-key: abcDEF123456ghi==', 'abcDEF123456ghi=='],
  ])('%s', (text, value) => expect(masked(text, value)).toBe(true));
  it.each(['subscriptionKey', 'Ocp-Apim-Subscription-Key', 'x-functions-key'])('{"%s": …} is masked', async (name) => {
    expect(await stored({ [name]: '0123456789abcdef' })).not.toContain('0123456789abcdef');
  });
  it.each([['subscription_id', 'sub-12345678'], ['function_name', 'resize-image']])('{"%s": …} stays', async (name, value) => {
    expect(await stored({ [name]: value })).toContain(value);
  });
});
