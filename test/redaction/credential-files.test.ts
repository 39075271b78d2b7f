// Issue 11, a fresh attacker (leak A, item 2): credentials written the way everyday files and
// phrases write them were stored in clear through `createAuditor(...).record(...)`:
//   - a user and a password side by side: `login with admin / Tr0ub4dor&3`, `user admin pass
//     hunter2`, `username: admin, password hunter2` (a password label with no colon is taken
//     after a user label and its value);
//   - password hashes (htpasswd `alice:$apr1$…`, `bob:{SHA}…`, `carol:$2y$10$…`, /etc/shadow
//     `root:$6$…:19000:0:99999:7:::`, LDAP `{SSHA}`): every crypt(3) modular hash and every
//     RFC 2307 `{SCHEME}` hash, wherever it stands;
//   - a plist or other XML pair of a name element and a value element (`<key>password</key>
//     <string>hunter2</string>`, `<key>apiKey</key>`, `<key>token</key>`, Hadoop's
//     `<name>fs.s3a.secret.key</name><value>…</value>`), decided by the key-name rules;
//   - .netrc entries (`machine x login y password z`, `default login y password z`, over lines).
// The existing rules (.pgpass lines, Docker `auths`, git-credentials URLs) are checked beside
// them. Prose that names these things without a value stays unmasked.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, detectSensitive } from '@agent-audit/core';
import { fileLedger } from '../../packages/core/src/ledger/file-ledger.js';
import { storedJsonl, unescapedLines } from './stored.js';

const masked = (text: string) => detectSensitive(text).filter((d) => d.class === 'secret').map((d) => text.slice(d.start, d.end));

/** [family, text, the value that must be masked] */
const families: Array<[string, string, string]> = [
  ['pair', 'login with admin / Tr0ub4dor&3', 'Tr0ub4dor&3'],
  ['pair', 'you can log in as admin / Tr0ub4dor&3 for now', 'Tr0ub4dor&3'],
  ['pair', 'sign in with root/Sup3r$ecret', 'Sup3r$ecret'],
  ['pair', 'creds are admin / hunter2', 'hunter2'],
  ['pair', 'user admin pass hunter2', 'hunter2'],
  ['pair', 'username admin password hunter2', 'hunter2'],
  ['pair', 'username: admin, password hunter2', 'hunter2'],
  ['pair', 'user=admin passwd Tr0ub4dor&3', 'Tr0ub4dor&3'],
  ['pair', 'account admin / Tr0ub4dor&3', 'Tr0ub4dor&3'],
  ['pair', 'log on as admin / Pa55w0rd!', 'Pa55w0rd!'],
  ['pair', 'uid admin pass hunter2', 'hunter2'],
  ['pair', 'benutzer admin passwort hunter2', 'hunter2'],
  ['pair', 'usuario admin contraseña hunter2', 'hunter2'],
  ['hash', 'alice:$apr1$r31.....$HqJZimcKQFAMYayBlzkrA/', '$apr1$r31.....$HqJZimcKQFAMYayBlzkrA/'],
  ['hash', 'bob:{SHA}5en6G6MezRroT3XKqkdPOmY/BfQ=', '{SHA}5en6G6MezRroT3XKqkdPOmY/BfQ='],
  ['hash', 'carol:$2y$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy', '$2y$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy'],
  ['hash', 'root:$6$saltsalt$qFmFH.bQmmtXzyBY0s9v7Oicd2z4XSIecDzlB5KiA2/jctKu9YterLp8wwnSq.qc.eoxqOmSuNp2xS0ktL3nh/:19000:0:99999:7:::', '$6$saltsalt$qFmFH.bQmmtXzyBY0s9v7Oicd2z4XSIecDzlB5KiA2/jctKu9YterLp8wwnSq.qc.eoxqOmSuNp2xS0ktL3nh/'],
  ['hash', 'dave:$y$j9T$F5Jx5fExrKuPp53xLKQ..1$X3DX6M94c7o.9agCG9G317fhZg9SqC.5i5rd.RhAtQ7:19000:0:99999:7:::', '$y$j9T$F5Jx5fExrKuPp53xLKQ..1$X3DX6M94c7o.9agCG9G317fhZg9SqC.5i5rd.RhAtQ7'],
  ['hash', 'userPassword: {SSHA}DkMTwBl+a/3DQTxCYEApdUtNXGgdUac3', '{SSHA}DkMTwBl+a/3DQTxCYEApdUtNXGgdUac3'],
  ['hash', 'erin:$1$saltsalt$2vnaRpHa6Jxjz5n83ok8Z0', '$1$saltsalt$2vnaRpHa6Jxjz5n83ok8Z0'],
  ['hash', 'stored hash $argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG', '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG'],
  ['plist', '<key>password</key><string>hunter2</string>', 'hunter2'],
  ['plist', '<dict>\n\t<key>apiKey</key>\n\t<string>abc123def456</string>\n</dict>', 'abc123def456'],
  ['plist', '<key>token</key>\n<string>xyzzyplugh</string>', 'xyzzyplugh'],
  ['plist', '<property><name>fs.s3a.secret.key</name><value>wJalrXUtnFEMIK7MDENGbPxRfiCY</value></property>', 'wJalrXUtnFEMIK7MDENGbPxRfiCY'],
  ['netrc', 'machine api.example.com login alice password hunter2', 'hunter2'],
  ['netrc', 'machine api.example.com\n  login alice\n  password hunter2\n', 'hunter2'],
  ['netrc', 'default login anonymous password guest@', 'guest@'],
  ['netrc', 'machine ftp.example.org password s3cret login bob', 's3cret'],
  ['netrc', 'machine example.com login alice password "two words"', '"two words"'],
  ['tool', 'htpasswd -b /etc/nginx/.htpasswd alice Hunter22', 'Hunter22'],
  ['tool', 'htpasswd -nbB alice S3cret!pw', 'S3cret!pw'],
  ['tool', 'htpasswd -cb .htpasswd bob letmein', 'letmein'],
  ['tool', 'smbclient //srv/share -U alice%Hunter22', 'Hunter22'],
  ['tool', 'rpcclient --user=alice%Hunter22 10.0.0.5', 'Hunter22'],
  ['tool', 'net use \\\\srv\\share /user:CORP\\admin Hunter22', 'Hunter22'],
  ['tool', 'net user alice Hunter22 /add', 'Hunter22'],
  ['tool', 'net ads join -U Administrator%Passw0rd', 'Passw0rd'],
  ['tool', 'net rpc shutdown -U admin%Pass123 -S host', 'Pass123'],
  ['pgpass', 'db.example.com:5432:appdb:alice:hunter2', 'hunter2'],
  ['pgpass', '*:*:*:postgres:Tr0ub4dor&3', 'Tr0ub4dor&3'],
  ['docker', '{"auths":{"registry.example.com":{"auth":"YWxpY2U6aHVudGVyMg=="}}}', 'YWxpY2U6aHVudGVyMg=='],
  ['git-credentials', 'https://alice:ghp_R8x2mK9vQ4pL7nZ3wT6yB1cF5hJ0sD8aE2gU@github.com\nhttps://bob:hunter2@gitlab.com', 'hunter2'],
];

describe('credentials in everyday file formats and phrases', () => {
  for (const family of [...new Set(families.map(([name]) => name))]) {
    it(`masks the ${family} family`, () => {
      for (const [, text, value] of families.filter(([name]) => name === family)) {
        const spans = masked(text);
        expect(spans.some((span) => span.includes(value)), `${text} -> ${JSON.stringify(spans)}`).toBe(true);
      }
    });
  }

  it('leaves prose about logins, hashes, plists and netrc files alone', () => {
    const prose = [
      'login with your admin account / SSO',
      'log in as admin / root is not allowed',
      'user guide pass rate',
      'the user admin passed the test',
      'username admin password reset link',
      'user Bob password Reset',
      'Sign in with Google / Apple',
      'log in with GitHub / GitLab',
      'login with SSO / SAML',
      'price: $5$ per item and $10$ total',
      'see {SHA} docs for the hash scheme',
      'set $1$ and $2$ in the template',
      '<key>CFBundleName</key><string>MyApp</string>',
      '<key>password_policy_url</key><string>https://example.com/policy</string>',
      '<key>passwordRequired</key><true/>',
      '<name>fs.defaultFS</name><value>hdfs://namenode:8020</value>',
      'the machine was restarted; login failed; password expired',
      'machine learning login password reset',
      'root:x:0:0:root:/root:/bin/bash',
      'daemon:*:19000:0:99999:7:::',
      'nobody:!:19000::::::',
      'run htpasswd -c to create the file',
      'htpasswd -b is unsafe on shared hosts',
      'htpasswd -b is unsafe when others can list processes',
      'use the net user command to list accounts',
      'smbclient -U alice //srv/share',
    ];
    for (const text of prose) expect(masked(text), text).toEqual([]);
  });
});

describe('hostile input', () => {
  const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  it('finishes on 200,000 characters of each cue and still masks the value after it', () => {
    const units = ['htpasswd -b a b ', 'smbclient -U a%', 'net user a ', 'net use /user:a ', 'machine a password "', '$1$', '$2y$10$', '{SHA}', '$apr1$a$', 'login with a / ', 'user a pass ', 'machine a ', 'machine a login b ', '<key>password</key>', '<key>a</key><string>', ' / ', 'login ', 'password '];
    for (const unit of units) {
      const text = `${fill(unit, 200_000)}\nmachine h login u password Hunt3r2Zq\n`;
      expect(masked(text).some((span) => span.includes('Hunt3r2Zq')), JSON.stringify(unit)).toBe(true);
    }
  });
});

describe('stored ledger lines (createAuditor + fileLedger)', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-credential-files-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('hold none of the credentials in clear', async () => {
    const dir = path.join(root, 'ledger');
    const errors: unknown[] = [];
    const auditor = createAuditor({ agent: { id: 'atk' }, sink: fileLedger({ dir }), redactor: createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]) }), onError: (e) => errors.push(e) });
    auditor.run({ session: 's-credential-files', actor: { id: 'u1', type: 'user' } }, () => {
      for (const [, text] of families) {
        auditor.record({ type: 'message.user', content: { input: text } });
        auditor.record({ type: 'tool.call', tool: { name: 'fs.write', arguments: { path: '/tmp/file', content: text } } });
      }
    });
    await auditor.flush();
    await auditor.close();
    expect(errors).toEqual([]);
    const raw = storedJsonl(dir);
    expect(raw).toContain('s-credential-files');
    const text = unescapedLines(raw);
    for (const [family, , value] of families) {
      expect(raw, `${family}: ${value}`).not.toContain(JSON.stringify(value).slice(1, -1));
      expect(text, `${family}: ${value}`).not.toContain(JSON.stringify(value).slice(1, -1));
    }
  });
});
