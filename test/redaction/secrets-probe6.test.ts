// The sixth fresh probe of 2026-12-03 (issue 11; rows 20-27 of probe-2026-12-03e.cases.md;
// /tmp/probe6/findings.md, sections "secrets", "passwords", "Over-masking"): secrets a fresh
// attacker found stored raw, fixed as kinds, each with look-alikes that must stay:
//   1. prefixed tokens of more providers (Groq, Grafana, Docker Hub, Google refresh tokens, …),
//      Twilio ids and auth tokens near a Twilio cue, Okta tokens near an Okta cue, TOTP seeds;
//   2. secret files and blocks: PuTTY `.ppk`, Kubernetes Secrets (YAML text and objects),
//      kubeconfig `client-key-data`, `.npmrc` `_auth=` / `_password=`;
//   3. passwords in more spellings (PowerShell, Java XML properties, `ENV NAME value`, Wi-Fi,
//      `creds user:pass`, protocol transcripts, door codes, security answers) and typed into a
//      password field by a browser or computer-use tool;
//   4. a password whose tail reads as a name (`Wr0ngHorse!Batt`) masked whole;
//   5. code that refers to a secret without holding one stays readable.
// Every masking test here failed before the fix (the commit names the counts).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, detectSensitive } from '@agent-audit/core';
import { fileLedger } from '../../packages/core/src/ledger/file-ledger.js';
import type { JsonValue, UnsealedEvent } from '../../packages/core/src/spec/event.js';
import { secretCovers as masked, secretSpans as secrets } from './secret-helpers.js';
import { storedJsonl, unescapedLines } from './stored.js';

/** Random characters of an alphabet (a token's body). */
const random = (length: number, alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'): string => {
  const bytes = randomBytes(length);
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[(bytes[i] as number) % alphabet.length];
  // A body of a random token holds a digit, a capital and a small letter (the validators ask for them).
  const tail = [/[A-Z]/, /[a-z]/, /\d/].map((kind) => [...alphabet].find((c) => kind.test(c)) ?? '').join('');
  return `${out.slice(0, length - tail.length)}${tail}`;
};
const HEX = '0123456789abcdef';

const event = (tool: { name: string; arguments: unknown }): UnsealedEvent => ({ type: 'tool.call', tool }) as UnsealedEvent;
async function storedArguments(name: string, args: JsonValue): Promise<string> {
  const out = await createRedactor().redact(event({ name, arguments: args }), { capture: {} } as never);
  return JSON.stringify(out.event.tool?.arguments);
}

describe('1. prefixed tokens of more providers (gitleaks shapes)', () => {
  const tokens: Array<[string, string]> = [
    ['Groq', `gsk_${random(52)}`],
    ['Grafana service account', `glsa_${random(32)}_${random(8, HEX)}`],
    ['Grafana Cloud', `glc_${random(48)}`],
    ['Docker Hub', `dckr_pat_${random(27)}`],
    ['Google refresh token', `1//0${random(100, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')}`],
    ['New Relic', `NRAK-${random(27, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`],
    ['Figma', `figd_${random(40)}`],
    ['Notion', `ntn_${random(46)}`],
    ['Notion (legacy)', `secret_${random(43)}`],
    ['Airtable', `pat${random(14)}.${random(64, HEX)}`],
    ['Replicate', `r8_${random(37)}`],
    ['xAI', `xai-${random(80)}`],
    ['Perplexity', `pplx-${random(48)}`],
    ['Pinecone', `pcsk_${random(6)}_${random(64)}`],
    ['LangSmith', `lsv2_pt_${random(32, HEX)}_${random(10, HEX)}`],
    ['Netlify', `nfp_${random(36)}`],
    ['age', `AGE-SECRET-KEY-1${random(58, 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L')}`],
    ['Alibaba', `LTAI${random(20)}`],
    ['Tencent', `AKID${random(32)}`],
    ['Mapbox', `sk.eyJ1Ijoi${random(50)}.${random(22)}`],
    ['Contentful', `CFPAT-${random(43)}`],
    ['Linear OAuth', `lin_oauth_${random(64, HEX)}`],
    ['Mailchimp', `${random(32, HEX)}-us12`],
    ['Discord bot', `MT${random(22)}.${random(6)}.${random(38)}`],
  ];
  it.each(tokens)('%s: bare, in a call, in an error message', (_, token) => {
    for (const text of [`here you go: ${token}`, `client = Client("${token}")`, `Incorrect API key provided: ${token}.`, `log: using credential ${token} for request 42`]) {
      expect(masked(text, token), text).toBe(true);
    }
  });
  it('a Zapier catch hook', () => expect(masked('POST https://hooks.zapier.com/hooks/catch/1234567/67mpac5/ now', 'hooks/catch/1234567/67mpac5')).toBe(true));
  it('a service key named in prose (`my dd key is …`)', () => {
    for (const [text, value] of [
      ['my dd key is a45265f210b1546fb8aebbe72a2d68fa', 'a45265f210b1546fb8aebbe72a2d68fa'],
      ['my heroku key is 89f6aed5-a6ec-40fb-a613-0e7a2f2ad91c', '89f6aed5-a6ec-40fb-a613-0e7a2f2ad91c'],
      ['our algolia api key: e1bb55c97a561531e43673f925e41507', 'e1bb55c97a561531e43673f925e41507'],
    ]) expect(masked(text as string, value as string), text).toBe(true);
  });
  it('a TOTP seed after its label', () => {
    expect(masked('TOTP secret JBSWY3DPEHPK3PXP', 'JBSWY3DPEHPK3PXP')).toBe(true);
    expect(masked('2FA secret: JBSW Y3DP EHPK 3PXP', 'JBSW Y3DP EHPK 3PXP')).toBe(true);
    // The label spelled out (the rule read it, the gate before it did not know the word).
    expect(masked('two-factor secret JBSWY3DPEHPK3PXP', 'JBSWY3DPEHPK3PXP')).toBe(true);
    expect(masked('my Two Factor key: JBSW Y3DP EHPK 3PXP', 'JBSW Y3DP EHPK 3PXP')).toBe(true);
  });
  it('Twilio: ids with a Twilio cue, an auth token beside an account SID; an AC id alone stays', () => {
    const sid = `AC${random(32, HEX)}`;
    const key = `SK${random(32, HEX)}`;
    const token = random(32, HEX);
    expect(masked(`client = twilio.Client("${sid}", "${token}")`, token)).toBe(true);
    expect(masked(`client = Client("${sid}", "${token}")`, token)).toBe(true);
    expect(masked(`twilio api key ${key}`, key)).toBe(true);
    expect(secrets(`account ${sid}`)).toEqual([]);
  });
  it('Okta tokens near an Okta cue', () => {
    const token = `00${random(40)}`;
    expect(masked(`Authorization: SSWS ${token}`, token)).toBe(true);
    expect(masked(`okta api token ${token}`, token)).toBe(true);
  });
  it('look-alikes stay: words and ids with the same prefixes', () => {
    for (const text of [
      'use gsk_ as the prefix of Groq keys',
      'the glsa_ and glc_ prefixes are Grafana tokens',
      'dckr_pat_ tokens replace passwords',
      'see 1//comment in the code',
      'secret_santa_list_2024 is ready',
      'patch.md and pattern.ts changed',
      'r8_ and xai- prefixes',
      'lsv2_pt_ keys come from LangSmith',
      'the AGE-SECRET-KEY-1 prefix',
      'md5 d41d8cd98f00b204e9800998ecf8427e of the file',
      'the primary key is created_at_2024_01_15',
      'the cache key is user:42',
      'my ssh key is on the laptop',
      'commit 3f2a9c7e1b4d8f6a0c5e9b2d7a1f4c8e3b6d9a2f',
      'TOTP secret rotation is documented',
      'order 00123456789012345678901234567890123456789012 shipped',
    ]) expect(secrets(text), text).toEqual([]);
  });
});

describe('2. secret files and blocks', () => {
  it('a PuTTY key: the Private-Lines block and its MAC; the public half and the comment stay', () => {
    const priv = `AAABAQ${random(60)}`;
    const mac = random(40, HEX);
    const pub = `AAAAB3NzaC1yc2E${random(40)}`;
    const ppk = `PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: rsa-key\nPublic-Lines: 1\n${pub}\nPrivate-Lines: 2\n${priv}\n${priv.slice(0, 20)}xY9\nPrivate-MAC: ${mac}`;
    expect(masked(ppk, priv)).toBe(true);
    expect(masked(ppk, `${priv.slice(0, 20)}xY9`)).toBe(true);
    expect(masked(ppk, mac)).toBe(true);
    expect(masked(ppk, pub)).toBe(false);
    expect(masked(ppk, 'Comment: rsa-key')).toBe(false);
  });
  it('a Kubernetes Secret manifest: every value under data and stringData, block scalars whole', () => {
    const manifest =
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n  DB_URL: cG9zdGdyZXM6Ly9hZG1pbjpTM2NyZXQhQGRiOjU0MzIvYXBw\n' +
      '  tls.key: LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0t\nstringData:\n  config: |\n    user=admin\n    pass=Hunter2x\n  plain: "Wr0ngHorse!Batt"\n';
    for (const value of ['cG9zdGdyZXM6Ly9hZG1pbjpTM2NyZXQhQGRiOjU0MzIvYXBw', 'LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0t', 'user=admin\n    pass=Hunter2x', 'Wr0ngHorse!Batt']) {
      expect(masked(manifest, value), value).toBe(true);
    }
    expect(masked(manifest, 'name: db')).toBe(false);
  });
  it('a ConfigMap keeps its data', () => {
    expect(secrets('apiVersion: v1\nkind: ConfigMap\ndata:\n  LOG_LEVEL: debug\n  REGION: eu-west-1\n')).toEqual([]);
  });
  it('a Kubernetes Secret as an object (a tool call): data and stringData masked, metadata kept', async () => {
    const out = await storedArguments('k8s.apply', {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'db' },
      data: { 'db-url': 'cG9zdGdyZXM6Ly9hOldyMG5nSG9yc2UhQmF0dEBkYi94' },
      stringData: { 'db-url': 'Wr0ngHorse!Batt' },
    });
    expect(out).not.toContain('cG9zdGdyZXM6Ly9hOldy');
    expect(out).not.toContain('Wr0ngHorse');
    expect(out).toContain('"name":"db"');
    expect(out).toContain('db-url');
  });
  it('kubeconfig client-key-data and .npmrc credentials', () => {
    const key = random(120, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
    expect(masked(`users:\n- name: admin\n  user:\n    client-key-data: ${key}\n`, key)).toBe(true);
    expect(masked('_auth=dGV2aXRhOkh1bnRlcjIheA==\nemail=a@b.co', 'dGV2aXRhOkh1bnRlcjIheA==')).toBe(true);
    expect(masked('//registry.example.com/:_password=SHVudGVyMiF4\n', 'SHVudGVyMiF4')).toBe(true);
    expect(secrets('_auth=${NPM_AUTH}')).toEqual([]);
  });
});

describe('3. passwords in more spellings', () => {
  const pw = 'Wr0ngHorse!Batt';
  it.each([
    `$password = ConvertTo-SecureString "${pw}" -AsPlainText -Force`,
    `$cred = New-Object PSCredential("admin", (ConvertTo-SecureString "${pw}" -AsPlainText -Force))`,
    `ConvertTo-SecureString -String '${pw}' -AsPlainText -Force`,
    `"${pw}" | ConvertTo-SecureString -AsPlainText -Force`,
    `<entry key="db.password">${pw}</entry>`,
    `<entry key="jdbc.password">${pw}</entry>`,
    `<add key="DbPassword" value="${pw}"/>`,
    `<property name="password" value="${pw}"/>`,
    `<input type="password" name="pw" value="${pw}">`,
    `ENV DB_PASSWORD ${pw}`,
    `ENV POSTGRES_PASSWORD ${pw}`,
    `setx DB_PASSWORD "${pw}"`,
    `rclone config create s3 s3 secret_access_key ${pw}`,
    `creds tevita:${pw}`,
    `login tevita:${pw}`,
    `credentials: tevita/${pw}`,
    `u/p tevita/${pw}`,
    `u: tevita p: ${pw}`,
    `WIFI:T:WPA;S:HomeNet;P:${pw};;`,
    `WIFI:S:HomeNet;T:WPA;P:${pw};;`,
    `psk=${pw}`,
    `psk="${pw}"`,
    `wpa_psk ${pw}`,
    `wpa_passphrase=${pw}`,
    `WPA key ${pw}`,
    `my password's ${pw}`,
    `passw0rd=${pw}`,
    `ftp> pass ${pw}`,
    `USER tevita\nPASS ${pw}`,
    `a1 LOGIN tevita ${pw}`,
    `mongo -u admin -p "${pw}" --authenticationDatabase admin`,
    `influx -password ${pw}`,
    `security answer: ${pw}`,
    `password: !vault |\n  ${pw}`,
  ])('%s', (text) => expect(masked(text, pw), text).toBe(true));
  it('SMTP AUTH PLAIN, door and alarm codes, security answers', () => {
    expect(masked('AUTH PLAIN AHRldml0YQBUcjB1YjRkb3IzeHl6', 'AHRldml0YQBUcjB1YjRkb3IzeHl6')).toBe(true);
    for (const text of ['unlock code 4821', 'door code 4821#', 'alarm code: 4821', 'the gate code is 4821']) expect(masked(text, '4821'), text).toBe(true);
    expect(masked('safe combination 12-34-56', '12-34-56')).toBe(true);
    expect(masked('answer to security question: Fluffy2009', 'Fluffy2009')).toBe(true);
    expect(masked('memorable word: fluffy', 'fluffy')).toBe(true);
  });
  it('any Wi-Fi QR code: the P field whatever the order of the fields', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(['T:WPA', 'S:HomeNet', 'H:false'], { minLength: 1 }), fc.stringMatching(/^[A-Za-z0-9!#%*+-]{8,20}$/), fc.nat(3), (fields, secret, at) => {
        const all = [...fields];
        all.splice(Math.min(at, all.length), 0, `P:${secret}`);
        return masked(`scan WIFI:${all.join(';')};;`, `P:${secret}`.slice(2));
      }),
    );
  });
  it('look-alikes stay', () => {
    for (const text of [
      'ENV NODE_ENV production',
      'ENV DB_PASSWORD_FILE /run/secrets/db',
      'PASS src/app.test.ts (12 tests)',
      'the psk field is required',
      'WPA key length is 8 to 63 characters',
      'login tevita:8080',
      'the door code is on the fridge',
      'the gate code 2024',
      'security answer: required',
      '<entry key="db.url">jdbc:postgresql://db/app</entry>',
      '<input type="text" value="Hunter2x">',
      'ConvertTo-SecureString $plain -AsPlainText -Force',
      "the token's expiry is 1h",
      'unlock code path in the firmware',
    ]) expect(secrets(text), text).toEqual([]);
  });
});

describe('3b. text typed into a password field by a browser or computer-use tool', () => {
  const pw = 'Tr0ub4dor3xyz';
  it.each<[string, Record<string, JsonValue>]>([
    ['browser_type', { element: 'Password field', ref: 'e34', text: pw, submit: true }],
    ['browser.type', { selector: '#password', text: pw }],
    ['playwright.fill', { selector: 'input[type=password]', value: pw }],
    ['browser.fill', { selector: 'input[name="pass"]', value: pw }],
    ['fill', { ref: 'input[name=pwd]', value: pw }],
    ['login', { field: 'password', value: pw }],
    ['login', { label: 'Password', input: pw }],
    ['form.fill', { label: 'PIN', value: '4821' }],
    ['form.fill', { placeholder: 'CVV', text: '737' }],
    ['form.fill', { name: 'newPassword', value: pw }],
  ])('%s %j', async (name, args) => {
    const out = await storedArguments(name, args);
    const typed = (args.text ?? args.value ?? args.input) as string;
    expect(out).not.toContain(`"${typed}"`);
    expect(out).toContain('[SECRET:');
  });
  it('in a list of fields too', async () => {
    const out = await storedArguments('form.submit', { inputs: [{ id: 'pass', value: pw }], data: [{ label: 'Password', answer: pw }] });
    expect(out).not.toContain(pw);
  });
  it('fields about a password that take none, and other fields, keep their text', async () => {
    for (const args of [
      { selector: '#forgot-password', text: 'Forgot password?' },
      { element: 'Show password toggle', text: 'Show' },
      { selector: '#email', text: 'Look at the report' },
      { element: 'Search box', text: 'password managers compared' },
    ]) {
      const out = await storedArguments('browser_type', args);
      expect(out, JSON.stringify(args)).toContain(args.text);
    }
  });
});

describe('4. a password whose tail reads as a name is masked whole', () => {
  it('any password context, a capitalized word after a symbol', () => {
    fc.assert(
      fc.property(
        fc.constantFrom((p: string) => `password: ${p}`, (p: string) => `psk=${p}`, (p: string) => `<entry key="db.password">${p}</entry>`, (p: string) => `ENV DB_PASSWORD ${p}`, (p: string) => `creds tevita:${p}`, (p: string) => `my password's ${p}`),
        fc.constantFrom('Wr0ngHorse', 'Blue7Falcon', 'Tr0ub4dor'),
        fc.constantFrom('!', '#', '&', '*'),
        fc.constantFrom('Batt', 'Smith', 'Tevita', 'Havili'),
        (form, head, symbol, tail) => {
          const value = `${head}${symbol}${tail}`;
          const text = form(value);
          const start = text.indexOf(value);
          const found = detectSensitive(text).filter((d) => d.start < start + value.length && d.end > start);
          return found.length === 1 && found[0]?.class === 'secret' && found[0].start <= start && found[0].end >= start + value.length;
        },
      ),
    );
  });
});

describe('5. code that refers to a secret without holding one stays readable', () => {
  it.each([
    'const password = process.env.DB_PASSWORD',
    'const token = await getToken();\nconst secret = config.secretName;',
    'password = os.environ["DB_PASSWORD"]',
    'token: ${{ secrets.GITHUB_TOKEN }}',
    'let apiKey = keyring.get_password("svc", "me");',
    'api_key = settings.API_KEY',
    'password = getpass()',
    'const secret = new SecretClient(vaultUrl, credential);',
    'password = os.getenv("DB_PASSWORD")',
    'String password = System.getenv("DB_PASSWORD");',
    '$password = Read-Host -AsSecureString',
  ])('%s', (text) => expect(secrets(text), text).toEqual([]));
  it('literal passwords still masked (dots, calls in prose)', () => {
    for (const [text, value] of [
      ['password=Correct.Horse9', 'Correct.Horse9'],
      ['DB_PASSWORD=Hunter2.x', 'Hunter2.x'],
      ['const password = "Hunter2!x";', 'Hunter2!x'],
      ['password: Summer.Time', 'Summer.Time'],
    ]) expect(masked(text as string, value as string), text).toBe(true);
  });
});

describe('stored ledger lines (createAuditor + fileLedger)', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-secrets-probe6-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const groq = `gsk_${random(52)}`;
  const grafana = `glsa_${random(32)}_${random(8, HEX)}`;
  const docker = `dckr_pat_${random(27)}`;
  const refresh = `1//0${random(90)}`;
  const twilioToken = random(32, HEX);
  const texts: Array<[string, string]> = [
    [`client = Groq("${groq}")`, groq],
    [`grafana: ${grafana}`, grafana],
    [`echo ${docker} | docker login -u me --password-stdin`, docker],
    [`here you go: ${refresh}`, refresh],
    [`client = twilio.Client("AC${random(32, HEX)}", "${twilioToken}")`, twilioToken],
    ['$password = ConvertTo-SecureString "Wr0ngHorse!Batt" -AsPlainText -Force', 'Wr0ngHorse'],
    ['<entry key="db.password">Pr0perty!Pw</entry>', 'Pr0perty!Pw'],
    ['ENV DB_PASSWORD D0cker!Env', 'D0cker!Env'],
    ['WIFI:T:WPA;S:HomeNet;P:W1fi-Secret-9;;', 'W1fi-Secret-9'],
    ['creds tevita:Cr3ds!Pair', 'Cr3ds!Pair'],
    ['_auth=dGV2aXRhOkh1bnRlcjIheA==', 'dGV2aXRhOkh1bnRlcjIheA=='],
    ['PuTTY-User-Key-File-2: ssh-rsa\nPrivate-Lines: 1\nAAABAQ3GFfBU6Aol6fLsU59RHkUgfTztJpfm\nPrivate-MAC: a56a6ded2ae3ae5930c06f861a34043aed7954c8', 'AAABAQ3GFfBU6Aol6fLsU59RHkUgfTztJpfm'],
    ['apiVersion: v1\nkind: Secret\ndata:\n  DB_URL: cG9zdGdyZXM6Ly9hZG1pbjpTM2NyZXQ=\n', 'cG9zdGdyZXM6Ly9hZG1pbjpTM2NyZXQ='],
  ];
  const calls: Array<[string, JsonValue, string]> = [
    ['browser_type', { element: 'Password field', ref: 'e34', text: 'Typ3d!Secret' }, 'Typ3d!Secret'],
    ['browser.fill', { selector: '#password', value: 'F1lled!Secret' }, 'F1lled!Secret'],
    ['k8s.apply', { apiVersion: 'v1', kind: 'Secret', stringData: { url: 'K8s!Str1ngData' } }, 'K8s!Str1ngData'],
  ];
  const kept = ['const password = process.env.DB_PASSWORD', 'const secret = config.secretName;'];

  it('hold none of the values in clear, and keep code that only refers to a secret', async () => {
    const dir = path.join(root, 'ledger');
    const errors: unknown[] = [];
    const auditor = createAuditor({ agent: { id: 'probe6' }, sink: fileLedger({ dir }), redactor: createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]) }), onError: (e) => errors.push(e) });
    auditor.run({ session: 's-secrets-probe6', actor: { id: 'u1', type: 'user' } }, () => {
      for (const [text] of texts) {
        auditor.record({ type: 'message.user', content: { input: text } });
        auditor.record({ type: 'tool.result', tool: { name: 'shell', result: { stdout: text, exitCode: 0 } } });
      }
      for (const [name, args] of calls) auditor.record({ type: 'tool.call', tool: { name, arguments: args } });
      for (const text of kept) auditor.record({ type: 'tool.call', tool: { name: 'code', arguments: { patch: text } } });
    });
    await auditor.flush();
    await auditor.close();
    expect(errors).toEqual([]);
    const raw = storedJsonl(dir);
    expect(raw).toContain('s-secrets-probe6');
    const lines = unescapedLines(raw);
    for (const [, value] of texts) {
      expect(raw, value).not.toContain(JSON.stringify(value).slice(1, -1));
      expect(lines, value).not.toContain(value);
    }
    for (const [, , value] of calls) expect(lines, value).not.toContain(value);
    for (const text of kept) expect(lines, text).toContain(JSON.stringify(text).slice(1, -1));
  });
});
