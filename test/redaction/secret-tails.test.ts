// Issue 11 (attack report, findings 1 and 7): a value that a secret rule decides is secret is
// masked to its end, whatever its length. The rules capped the value's span (512 characters of an
// unquoted `password=` or `GOOGLE_PRIVATE_KEY=` value, 4-8 KiB of a query, cookie, Bearer or
// `X-Amz-Signature` value, 255-300 of a token), so a longer value kept its tail in clear or was not
// found at all. And secrets in prose: a quoted password kept all but its first word, `PIN: 4821`,
// `the password is: …`, `DB_PASS=…`, `pw:` and labels in other languages were stored raw.
// Everything goes through the public redactor, as the auditor stores it, and the long values
// also through detectSensitive (the rules alone, without the redactor's base64 blobs).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '@agent-audit/core';

const redactor = createRedactor({ pseudonymKey: createKeyring([Buffer.alloc(32, 11)]), keysDir: mkdtempSync(join(tmpdir(), 'aa-tails-')) });

/** What is stored for a tool call whose argument is `text`. */
async function stored(text: string): Promise<string> {
  const result = await redactor.redact({ type: 'tool.call', tool: { name: 'shell', arguments: { command: text } } });
  const event = (result as { event?: unknown }).event ?? result;
  return JSON.stringify(event);
}

/**
 * The text with every span detectSensitive reports replaced: what the detectors alone mask. (The
 * redactor also turns base64 runs of 256+ characters into `[BLOB:…]` before detection, which
 * hides a short rule span in the stored event; this checks the rules themselves.)
 */
function detected(text: string): string {
  let out = '';
  let cursor = 0;
  for (const detection of detectSensitive(text)) {
    if (detection.start < cursor) continue;
    out += `${text.slice(cursor, detection.start)}[${detection.type}]`;
    cursor = detection.end;
  }
  return out + text.slice(cursor);
}

/** The first 8-character piece of `value` found in `output` (JSON-escaped as stored), or undefined. */
function leakedPiece(value: string, output: string): string | undefined {
  const pieces = new Set<string>();
  for (let index = 0; index + 8 <= output.length; index++) pieces.add(output.slice(index, index + 8));
  const escaped = JSON.stringify(value).slice(1, -1);
  for (let index = 0; index + 8 <= escaped.length; index++) {
    const piece = escaped.slice(index, index + 8);
    if (pieces.has(piece)) return piece;
  }
  return undefined;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const BASE64 = `${ALNUM}+/`;
const HEX = '0123456789abcdef';

/** A deterministic pseudo-random value of `length` characters from `alphabet`, with a digit and both cases when the alphabet has them. */
function valueOf(alphabet: string, length: number, seed: number): string {
  let state = seed >>> 0 || 1;
  let out = '';
  for (let index = 0; index < length; index++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    out += alphabet[(state >>> 0) % alphabet.length];
  }
  // Rules check for a digit and mixed case; put them at the start.
  const head = alphabet === HEX ? '7f' : alphabet.includes('a') ? 'Q7x' : '';
  return (head + out).slice(0, length);
}

interface Kind {
  name: string;
  /** Shortest value the rule takes as a secret. */
  min: number;
  alphabet: string;
  /** The text holding the value, and the part of it that must not be stored. */
  make: (value: string) => { text: string; secret: string };
}

const plain = (build: (value: string) => string) => (value: string) => ({ text: build(value), secret: value });

const kinds: Kind[] = [
  { name: 'an unquoted env value (GOOGLE_PRIVATE_KEY=)', min: 3, alphabet: BASE64, make: plain((v) => `$ cat .env\nNODE_ENV=production\nGOOGLE_PRIVATE_KEY=${v}\nPORT=8080\n`) },
  { name: 'an unquoted password= value', min: 3, alphabet: ALNUM, make: plain((v) => `password=${v} next`) },
  { name: 'a quoted password value with spaces', min: 3, alphabet: `${ALNUM}   `, make: (v) => ({ text: `password: "Q${v}9"`, secret: `Q${v}9` }) },
  { name: 'a --password= flag', min: 3, alphabet: ALNUM, make: plain((v) => `wget --password=${v} https://example.org/f`) },
  { name: 'a quoted --password flag', min: 3, alphabet: `${ALNUM}  `, make: (v) => ({ text: `tool --password "Q${v}9" --verbose`, secret: `Q${v}9` }) },
  { name: 'an ADO connection string Password=', min: 3, alphabet: ALNUM, make: plain((v) => `Server=db;User Id=sa;Password=${v};Encrypt=true`) },
  { name: 'a DB_PASS= env value', min: 3, alphabet: ALNUM, make: plain((v) => `DB_HOST=db\nDB_PASS=${v}\n`) },
  { name: 'a query access_token', min: 3, alphabet: `${ALNUM}-_.`, make: plain((v) => `GET https://api.example.org/cb?access_token=${v}&state=1`) },
  { name: 'a short query key (?pass=)', min: 3, alphabet: ALNUM, make: plain((v) => `curl 'https://router.example/login?user=admin&pass=${v}'`) },
  { name: 'an X-Amz-Signature', min: 8, alphabet: HEX, make: plain((v) => `https://bucket.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=${v}`) },
  { name: 'a Cookie header value', min: 3, alphabet: ALNUM, make: plain((v) => `Cookie: session=${v}; theme=dark`) },
  { name: 'a Bearer token', min: 8, alphabet: `${ALNUM}-._~`, make: plain((v) => `Authorization: Bearer ${v}`) },
  {
    name: 'a Basic credential',
    min: 3,
    alphabet: ALNUM,
    make: (v) => {
      const encoded = Buffer.from(`admin:${v}`).toString('base64');
      return { text: `Authorization: Basic ${encoded}`, secret: encoded.slice(12) };
    },
  },
  { name: 'curl -u user:password', min: 3, alphabet: ALNUM, make: plain((v) => `curl -u admin:${v} https://example.org`) },
  { name: 'URL credentials', min: 3, alphabet: ALNUM, make: plain((v) => `postgres://app:${v}@db.internal:5432/app`) },
  { name: 'an XML password element', min: 3, alphabet: ALNUM, make: plain((v) => `<config><password>${v}</password></config>`) },
  { name: 'a .pgpass line', min: 3, alphabet: ALNUM, make: plain((v) => `db.example.org:5432:app:alice:${v}`) },
  { name: 'mysql -p<password>', min: 3, alphabet: ALNUM, make: plain((v) => `mysql -u root -p${v} app`) },
  { name: 'a prose password', min: 3, alphabet: ALNUM, make: (v) => ({ text: `my password is "Q${v} 9z" ok`, secret: `Q${v} 9z` }) },
  { name: 'a GitHub token', min: 36, alphabet: ALNUM, make: plain((v) => `token ghp_${v}`) },
  { name: 'an OpenAI key', min: 40, alphabet: ALNUM, make: plain((v) => `OPENAI sk-proj-${v}`) },
  { name: 'a Slack token', min: 10, alphabet: ALNUM, make: plain((v) => `slack xoxb-1234-${v}`) },
  { name: 'a GitLab token', min: 20, alphabet: ALNUM, make: plain((v) => `gitlab glpat-${v}`) },
  { name: 'a Google OAuth token', min: 20, alphabet: ALNUM, make: plain((v) => `google ya29.${v}`) },
  { name: 'a Stripe key', min: 10, alphabet: ALNUM, make: plain((v) => `stripe sk_live_${v}`) },
  { name: 'a JWT payload', min: 8, alphabet: `${ALNUM}-_`, make: (v) => ({ text: `jwt eyJhbGciOiJIUzI1NiJ9.eyJ${v}.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c`, secret: v }) },
];

describe('a secret value is masked to its end whatever its length (issue 11)', () => {
  it.each(kinds.map((kind) => [kind.name, kind] as const))('%s: no 8-character piece of a value of 1..20,000 characters is stored', async (_name, kind) => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 20_000 }), fc.integer({ min: 1, max: 2 ** 31 - 1 }), async (length, seed) => {
        const value = valueOf(kind.alphabet, Math.max(kind.min, length), seed);
        const { text, secret } = kind.make(value);
        expect(leakedPiece(secret, await stored(text)), `${kind.name}, ${value.length} characters, stored`).toBeUndefined();
        expect(leakedPiece(secret, detected(text)), `${kind.name}, ${value.length} characters, detectSensitive`).toBeUndefined();
      }),
      { numRuns: 12, examples: [[511, 1], [513, 2], [1624, 3], [4097, 4], [8193, 5], [20_000, 6]] },
    );
  }, 120_000);
});

describe('secrets in prose (issue 11)', () => {
  /** Stores each text; returns those where `secret` is stored. */
  async function leaks(cases: ReadonlyArray<readonly [string, string]>): Promise<string[]> {
    const out: string[] = [];
    for (const [text, secret] of cases) if ((await stored(text)).includes(secret)) out.push(text);
    return out;
  }
  /** Returns the texts that are not stored unchanged. */
  async function changed(texts: readonly string[]): Promise<string[]> {
    const out: string[] = [];
    for (const text of texts) if (!(await stored(text)).includes(JSON.stringify(text))) out.push(text);
    return out;
  }

  it('a quoted password after a label is masked whole, spaces included', async () => {
    expect(
      await leaks([
        ['my password is "Tr1cky Pass9"', 'Pass9'],
        ['password is "correct horse battery staple"', 'battery'],
        ['the password is: “Tr1cky Pass9”', 'Pass9'],
        ["Passwort: 'Geheim 123 Wort'", 'Wort'],
      ]),
    ).toEqual([]);
    expect(await changed(['the password is required', 'the password "policy" is strict'])).toEqual([]);
  });

  it('`<label> is <value>` and `<label>: <value>` with a secret label are masked; prose about passwords is not', async () => {
    expect(
      await leaks([
        ['the password is: Tr1cky#Pass', 'Tr1cky#Pass'],
        ['password - Tr1cky#Pass', 'Tr1cky#Pass'],
        ['pw: Hunter2Xq9z', 'Hunter2Xq9z'],
        ['pwd is Hunter2Xq9z', 'Hunter2Xq9z'],
        ['passphrase: Blue7-Otter', 'Blue7-Otter'],
        ['the secret is Zq8-kLm', 'Zq8-kLm'],
        ['your api key is ab12cd34ef56', 'ab12cd34ef56'],
        ['token: Xk9-RtY2pQ', 'Xk9-RtY2pQ'],
      ]),
    ).toEqual([]);
    expect(
      await changed([
        'the password policy requires 12 characters',
        'Reset your password to continue.',
        'The password was correct.',
        'the token is expired',
        'secret: 42 items',
        'pass: 12/12 tests',
        'max_tokens: 4096',
      ]),
    ).toEqual([]);
  });

  it('PIN and one-time codes after their label are masked; PIN as a word is not', async () => {
    expect(
      await leaks([
        ['PIN: 4821', '4821'],
        ['Your PIN code: 90317', '90317'],
        ['otp: 483920', '483920'],
        ['your verification code is 483920', '483920'],
      ]),
    ).toEqual([]);
    expect(await changed(['PIN codes are sent by post', 'the PIN is printed on the card', 'pin: 3.2.1'])).toEqual([]);
  });

  it('labels in other languages are masked', async () => {
    expect(
      await leaks([
        ['Passwort: Geheim123!', 'Geheim123!'],
        ['Das Passwort ist Sommer2024', 'Sommer2024'],
        ['mot de passe : Secret123!', 'Secret123!'],
        ['contraseña: Secreta123!', 'Secreta123!'],
        ['senha: Segredo123', 'Segredo123'],
        ['wachtwoord: Geheim123', 'Geheim123'],
      ]),
    ).toEqual([]);
    expect(await changed(['Le mot de passe est obligatoire.', 'Das Passwort ist falsch.'])).toEqual([]);
  });

  // Attack 11b finding 1: the label and the value may be joined by a verb phrase, a `for the
  // <word>` qualifier, a parenthesised note or an arrow, not only by `is` or `:`.
  it('a verb phrase, a qualifier, a note or an arrow between the label and the value (issue 11, 11b finding 1)', async () => {
    expect(
      await leaks([
        ['password is set to Zx9!qwerty ok', 'Zx9!qwerty'],
        ['password was set to Zx9!qwerty ok', 'Zx9!qwerty'],
        ['password has been set to Zx9!qwerty ok', 'Zx9!qwerty'],
        ['the password was changed to Zx9!qwerty ok', 'Zx9!qwerty'],
        ['password has been reset to Zx9!qwerty ok', 'Zx9!qwerty'],
        ['the admin password is set to Zx9!qwerty and the PIN was set to 4821', 'Zx9!qwerty'],
        ['the admin password is set to Zx9!qwerty and the PIN was set to 4821', '4821'],
        ['PIN was set to 4821 ok', '4821'],
        ['passcode is set to Zx9!qwerty ok', 'Zx9!qwerty'],
        ['the password for the VPN is Zx9!qwerty ok', 'Zx9!qwerty'],
        ['password for admin is Zx9!qwerty ok', 'Zx9!qwerty'],
        ['the router password is still Zx9!qwerty ok', 'Zx9!qwerty'],
        ['password is currently Zx9!qwerty ok', 'Zx9!qwerty'],
        ['the password you need is Zx9!qwerty ok', 'Zx9!qwerty'],
        ['the password, which is Zx9!qwerty, works', 'Zx9!qwerty'],
        ['password is - Zx9!qwerty', 'Zx9!qwerty'],
        ['password (temporary): Zx9!qwerty', 'Zx9!qwerty'],
        ['password (case sensitive): Caps#Lock9', 'Caps#Lock9'],
        ['password → Arrow#9z', 'Arrow#9z'],
        ['password -> Arrow#9z', 'Arrow#9z'],
        ['the new password was updated to "Two Words 8" today', 'Words 8'],
        ['PIN is 0000-1234', '0000-1234'],
        ['the Wi-Fi key is Tr1cky-Pass9', 'Tr1cky-Pass9'],
        ['Passwort ist jetzt Geheim!77', 'Geheim!77'],
        ['Passwort wurde gesetzt auf Geheim!77', 'Geheim!77'],
        ['Das Passwort wurde geändert auf Geheim!78', 'Geheim!78'],
        ['le mot de passe est maintenant Soleil#2024', 'Soleil#2024'],
        ['la contraseña es ahora Secreta#2024', 'Secreta#2024'],
      ]),
    ).toEqual([]);
    expect(
      await changed([
        'the password policy requires 12 characters',
        'the password was changed yesterday',
        'the password has been reset to its default',
        'PIN codes are sent by post',
        'the token is expired',
        'password is required',
        'the password is set to expire in 90 days',
        'Send the password to Bob2024 by mail',
        'the password for admin is required',
        'the password (see policy) must be long',
        'the PIN was changed on 2024-01-15',
        'Das Passwort wurde geändert.',
      ]),
    ).toEqual([]);
  });

  it('a backslash-escaped quote inside a quoted value does not end it (issue 11, 11b finding 1)', async () => {
    expect(
      await leaks([
        ['the password is "Tr1cky\\"Quote Pass9"', 'Quote Pass9'],
        ['the password is "Tr1cky\\"Quote Pass9"', 'Pass9'],
        ["my password is 'it\\'s Blue 42' ok", 'Blue 42'],
      ]),
    ).toEqual([]);
    // An even run of backslashes escapes itself: the quote after it closes the value.
    expect(await stored('the password is "Ends\\\\" and then more')).toContain('and then more');
  });

  // A fresh attacker's finding 2: an unquoted passphrase in prose kept all but its first word
  // (or all of it, its first word being a plain word). The value now runs to the end of its
  // clause (secrets.ts, proseRun).
  it('an unquoted password of several words is masked to the end of its clause (issue 11, fresh attacker, finding 2)', async () => {
    const cases: Array<[string, string]> = [
      ['my password is correct horse battery staple', 'correct horse battery staple'],
      ['passphrase: correct horse battery staple', 'correct horse battery staple'],
      ['the new password will be purple monkey dishwasher 42', 'purple monkey dishwasher 42'],
      ['Password: correct horse battery staple\nuser: amara', 'correct horse battery staple'],
      ['my password is Tr1cky Pass9 ok', 'Tr1cky Pass9'],
      ['the wifi password is now Blue Otter River; the guest one is shorter', 'Blue Otter River'],
      ['my passphrase is correct horse battery staple. Keep it safe', 'correct horse battery staple'],
      ['new passphrase → maple tundra orbit velvet', 'maple tundra orbit velvet'],
      ['the password has been changed to lunar pepper anvil and the PIN is 4821', 'lunar pepper anvil'],
      ['PIN: 12 34 56', '12 34 56'],
      ['secret: purple monkey dishwasher', 'purple monkey dishwasher'],
      ['Passwort: grüne Katze Fahrrad', 'grüne Katze Fahrrad'],
    ];
    const leaked: string[] = [];
    for (const [text, secret] of cases) {
      const out = await stored(text);
      // No word of the value is stored (words of 4+ characters: `the`, `is` may be prose elsewhere).
      for (const word of secret.split(' ').filter((w) => w.length >= 4 || /\d/.test(w))) if (out.includes(word)) leaked.push(`${text} -> ${word}`);
    }
    expect(leaked).toEqual([]);
    // The value ends with its clause: what follows is kept.
    expect(await stored('my password is correct horse battery staple, the user is amara.okafor')).toContain('the user is');
    expect(await stored('my password is Tr1cky Pass9 ok')).toContain(' ok');
    expect(await stored('my password is correct horse battery staple and my username is bob')).toContain('and my username is bob');
  });

  it('prose that mentions a password (what it is like, what to do with it) is not masked (issue 11, fresh attacker, finding 2)', async () => {
    expect(
      await changed([
        'reset your password via the link',
        'password policy requires 12 characters',
        'forgot password?',
        'Forgot your password? Reset it from the login page.',
        'the password is case sensitive',
        'the password was changed yesterday',
        'the password was emailed to you separately',
        'your password is too weak',
        'the password is the same as before',
        'Your password is about to expire',
        'password was updated last week',
        'the password is stored encrypted at rest',
        'the password will be sent by email',
        'the password is required for all users',
        'the password is incorrect, please try again',
        'the password has been reset successfully',
        'the PIN is printed on the back of the card',
        'the secret is out of the bag now',
        'the secret is purple monkey dishwasher',
        'password - Step 2 of the setup',
        'Das Passwort ist nicht mehr gültig',
        'le mot de passe est trop court',
        'the password is eight random words',
      ]),
    ).toEqual([]);
  });

  it('names ending in PASS or PWD are secret names (DB_PASS, SMTP_PWD, adminPass)', async () => {
    expect(
      await leaks([
        ['DB_PASS=QuotedPw9', 'QuotedPw9'],
        ['DB_PASS="Quoted Pw 9!"', 'Quoted Pw 9!'],
        ['SMTP_PWD=mailPw77', 'mailPw77'],
        ['db_pass: Hunter2x', 'Hunter2x'],
        ['{"adminPass":"Hunter2x"}', 'Hunter2x'],
      ]),
    ).toEqual([]);
    expect(await changed(['boarding_pass=AB12345', 'first pass: 3 errors'])).toEqual([]);
  });
});
