// A fresh probe of 2026-12-03 (issue 11, row 59 of probe-2026-12-03.cases.md; docs/REDACTION.md,
// "Known misses found by a fresh probe of 2026-12-03"): secret spellings still stored raw. Each
// kind is fixed as a kind, with its look-alikes that must stay:
//   1. a password word then an unquoted value with nothing between (`passwd Winter2026!`);
//   2. Redis: `requirepass`, `masterauth`, `CONFIG SET requirepass`, `AUTH …` in a Redis text, ACL `>pw`;
//   3. a password piped or here-stringed into a command that reads it on stdin (`--password-stdin`, `sudo -S`);
//   4. a command as an array of strings (`["mysql", "-u", "root", "-phunter2"]`, `{ command, args }`);
//   5. Bitcoin WIF keys (Base58Check), Ethereum keys after a cue, legacy Vault tokens (`s.`, `b.`,
//      `r.`), WordPress `*_KEY` / `*_SALT` defines.
// Every masking test here failed before the fix (the commit names the counts).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor } from '@agent-audit/core';
import { fileLedger } from '../../packages/core/src/ledger/file-ledger.js';
import type { JsonValue, UnsealedEvent } from '../../packages/core/src/spec/event.js';
import { base58Decode, isWif } from '../../packages/core/src/redaction/wallet-keys.js';
import { secretCovers as masked, secretSpans as secrets, base58Check, wif } from './secret-helpers.js';
import { storedJsonl, unescapedLines } from './stored.js';


const event = (result: unknown): UnsealedEvent => ({ type: 'tool.result', tool: { name: 'probe', result } }) as UnsealedEvent;
async function stored(result: JsonValue): Promise<string> {
  const out = await createRedactor().redact(event(result), { capture: {} } as never);
  return JSON.stringify(out.event.tool?.result);
}


describe('1. a password word then its value with nothing between', () => {
  it.each([
    ['passwd Winter2026!', 'Winter2026!'],
    ['password Hunter2-Xq9z', 'Hunter2-Xq9z'],
    ['the password is Winter2026!', 'Winter2026!'],
    ['my password Hunter2-Xq9z, keep it safe', 'Hunter2-Xq9z'],
    ['New PASSWORD Tr0ub4dor&3 for the VPN', 'Tr0ub4dor&3'],
    ['passphrase Blue_Falcon77 please', 'Blue_Falcon77'],
    ['Passwort Geheim123!', 'Geheim123!'],
    ['mot de passe Geheim123! ok', 'Geheim123!'],
    ['contraseña Clave_2026x', 'Clave_2026x'],
  ])('%s', (text, value) => expect(masked(text, value)).toBe(true));

  it('any password that mixes three kinds of characters, after any of the labels', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('password', 'passwd', 'Password', 'PASSWORD', 'passphrase', 'pw', 'Passwort', 'wachtwoord', 'senha'),
        fc.stringMatching(/^[A-Z][a-z]{4,8}[0-9]{1,4}[!#%&*+_-]?$/),
        (label, value) => masked(`${label} ${value}`, value),
      ),
    );
  });

  it.each([
    'password reset link sent',
    'password policy requires 12 characters',
    'change your password today',
    'Password 2 of 3',
    'password SHA-256 hashed',
    'password UTF-8 encoded',
    'password v2.3.1 release',
    'Click Password Reset!',
    'passwd -l bob',
    'passwd bob',
    'the password field is empty',
    'password 5f4dcc3b5aa765d61d8327deb882cf99 is an MD5 digest',
    'pwd /Users/Bob2/projects',
  ])('%s stays', (text) => expect(secrets(text)).toEqual([]));
});

describe('2. Redis passwords', () => {
  it.each([
    ['requirepass S3cret!', 'S3cret!'],
    ['# redis.conf\nbind 0.0.0.0\nrequirepass foobared\n', 'foobared'],
    ['masterauth S3cret!', 'S3cret!'],
    ['CONFIG SET requirepass "x9Kp2!ab"', 'x9Kp2!ab'],
    ["config set masterauth 'Repl1ca-Pw'", 'Repl1ca-Pw'],
    ['redis-server --requirepass S3cret! --port 6380', 'S3cret!'],
    ['redis-cli -a S3cret! ping', 'S3cret!'],
    ['redis> AUTH S3cret!', 'S3cret!'],
    ['$ redis-cli\n127.0.0.1:6379> auth S3cret!x\nOK', 'S3cret!x'],
    ['valkey: AUTH default S3cret!x', 'S3cret!x'],
    ['ACL SETUSER alice on >S3cret!x ~* +@all', 'S3cret!x'],
    ['user alice on >S3cret!x ~cached:* +get', 'S3cret!x'],
    ['REDIS_URL=redis://:pw9Xz7@cache:6379/0', 'pw9Xz7'],
  ])('%s', (text, value) => expect(masked(text, value)).toBe(true));

  it.each([
    'requirepass directive is documented',
    'set requirepass in redis.conf',
    '250 AUTH PLAIN LOGIN (not redis)',
    'redis: AUTH PLAIN dGVzdA==',
    'AUTH S3cret!',
  ])('%s stays', (text) => expect(secrets(text)).toEqual([]));
});

describe('3. a password on a command’s standard input', () => {
  it.each([
    ['echo "Hunter2-Xq9z" | docker login -u bob --password-stdin', 'Hunter2-Xq9z'],
    ["echo 'pw9Xq' | sudo -S apt update", 'pw9Xq'],
    ['echo pw9Xq77 | sudo -kS -u root ls', 'pw9Xq77'],
    ["printf '%s' pw9Xq | sudo -S ls", 'pw9Xq'],
    ["printf '%s\\n' \"Tr1cky Pass9\" | podman login quay.io -u bob --password-stdin", 'Tr1cky Pass9'],
    ['echo -n "Hunter2-Xq9z" | helm registry login r.example.com -u bob --password-stdin', 'Hunter2-Xq9z'],
    ['docker login -u bob --password-stdin <<< "Hunter2-Xq9z"', 'Hunter2-Xq9z'],
    ["sudo -S apt update <<< 'pw9Xq77'", 'pw9Xq77'],
    ['gh auth login --with-token <<< ghx_Abc123Def456', 'ghx_Abc123Def456'],
    ["echo 'bob:S3cret!x' | chpasswd", 'S3cret!x'],
    ['echo Hunter2x | passwd --stdin bob', 'Hunter2x'],
  ])('%s', (text, value) => expect(masked(text, value)).toBe(true));

  it('any value echoed into any receiver', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z][A-Za-z0-9!%+_-]{5,20}$/),
        fc.constantFrom("'", '"', ''),
        fc.constantFrom('docker login -u bob --password-stdin', 'sudo -S whoami', 'nerdctl login --username bob --password-stdin reg.io', 'oras login -u bob --password-stdin reg.io'),
        (value, quote, receiver) => masked(`echo ${quote}${value}${quote} | ${receiver}`, value),
      ),
    );
  });

  it.each([
    'docker login -u bob',
    'sudo -S apt update',
    'echo done | tee log.txt',
    'echo "$REGISTRY_PASSWORD" | docker login -u bob --password-stdin',
    'echo ${TOKEN} | docker login --password-stdin',
    'cat ~/pw.txt | docker login --password-stdin',
    'echo hello | grep h; sudo -S ls',
  ])('%s stays', (text) => expect(secrets(text)).toEqual([]));
});

describe('4. a command as an array of strings', () => {
  it.each<[JsonValue, string]>([
    [['mysql', '-u', 'root', '-phunter2xyz'], 'hunter2xyz'],
    [['/usr/bin/psql', '--password=x7Yq9', '-h', 'db'], 'x7Yq9'],
    [['curl', '-u', 'admin:S3cret77', 'https://api.example.com'], 'S3cret77'],
    [['sshpass', '-p', 'pw9Xq77', 'ssh', 'deploy@host'], 'pw9Xq77'],
    [['docker', 'login', '-p', 'pw9Xq77', 'registry.io'], 'pw9Xq77'],
    [['sudo', 'mysql', '-uroot', '-phunter2xyz'], 'hunter2xyz'],
    [['zip', '-P', 'Zip-Pw-77', 'out.zip', 'a.txt'], 'Zip-Pw-77'],
    [['npx', '-y', '@acme/mcp-server', '--api-key', 'Tr1cky Pass9'], 'Tr1cky Pass9'],
    [{ command: 'mysql', args: ['-u', 'root', '-phunter2xyz'] }, 'hunter2xyz'],
    [{ command: 'docker', args: ['login', '-u', 'bob', '-p', 'Pw9Xq-77'] }, 'Pw9Xq-77'],
    [{ mcpServers: { db: { command: 'redis-cli', args: ['-h', 'cache', '-a', 'R3dis-Pw'] } } }, 'R3dis-Pw'],
    [JSON.stringify(['mysql', '-u', 'root', '-phunter2xyz']), 'hunter2xyz'],
    ['spawn(["mysql", "-u", "root", "-phunter2xyz"])', 'hunter2xyz'],
    ["subprocess.run(['sshpass', '-p', 'pw9Xq77', 'ssh', 'host'])", 'pw9Xq77'],
  ])('%j', async (value, secret) => {
    const out = await stored(value);
    expect(out).not.toContain(secret);
    expect(out).toMatch(/\[(?:PASSWORD|BASIC_AUTH):psn_/);
  });

  it.each<JsonValue>([
    ['docker', 'login', '-u', 'bob'],
    ['ls', '-la', 'p4ssw0rd.txt'],
    ['git', 'commit', '-m', 'fix password reset'],
    ['mysql', '-u', 'root', '-p'],
    ['password', 'reset', 'link'],
    { command: 'node', args: ['server.js', '--port', '8080'] },
  ])('%j stays', async (value) => {
    expect(JSON.parse(await stored(value))).toEqual(value);
  });
});

describe('5. wallet keys, legacy Vault tokens, WordPress keys and salts', () => {
  it('Bitcoin WIF keys (mainnet and testnet, compressed or not) are masked with no label', () => {
    for (const [text, key] of [
      ['5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ', '5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ'],
      ['import KwDiBf89QgGbjEhKnhXJuH7LrciVrZi3qYjgd9M7rFU73sVHnoWn into the wallet', 'KwDiBf89QgGbjEhKnhXJuH7LrciVrZi3qYjgd9M7rFU73sVHnoWn'],
    ]) {
      expect(secrets(text as string)).toEqual([`WALLET_PRIVATE_KEY:${key}`]);
    }
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.constantFrom(0x80, 0xef), fc.boolean(), (key, version, compressed) => {
        const text = wif(key, version, compressed);
        return masked(`key: ${text}`, text) && masked(`${text}\n`, text);
      }),
    );
  });

  it("decodes the Bitcoin wiki's WIF example to version 0x80, its key and its checksum", () => {
    const bytes = base58Decode('5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ') as Uint8Array;
    expect(Buffer.from(bytes).toString('hex')).toBe('800c28fca386c7a227600b2fe50b7cae11ec86d3bf1fbe471be89827e19d72aa1d507a5b8d');
    expect(base58Decode('0OIl')).toBeUndefined();
    expect(Buffer.from(base58Decode('11') as Uint8Array).toString('hex')).toBe('0000');
    expect(isWif('5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ')).toBe(true);
    // A 38-byte payload whose 34th byte is no compression flag is no WIF.
    const payload = Buffer.concat([Buffer.from([0x80]), randomBytes(32), Buffer.from([0x02])]);
    expect(isWif(base58Check(payload))).toBe(false);
  });

  it('Base58 runs without a valid checksum stay (one character changed, IPFS CIDs, other versions)', () => {
    const good = wif(randomBytes(32), 0x80, true);
    const changed = good.slice(0, 20) + (good[20] === 'A' ? 'B' : 'A') + good.slice(21);
    expect(secrets(changed)).toEqual([]);
    expect(secrets('cid QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG pinned')).toEqual([]);
    // A Base58Check string of version 0x00 (an address-like payload of the same length) is no key.
    expect(secrets(wif(randomBytes(32), 0x00, true))).toEqual([]);
    // A random run of the right length and first character: its checksum fails (all but 1 in 2^32).
    fc.assert(fc.property(fc.stringMatching(/^[5KLc][1-9A-HJ-NP-Za-km-z]{50,51}$/), (text) => !secrets(`x ${text} y`).some((span) => span.startsWith('WALLET_PRIVATE_KEY'))));
  });

  it('Ethereum private keys after a cue', () => {
    const hex = randomBytes(32).toString('hex');
    for (const text of [`private key: 0x${hex}`, `privkey ${hex}`, `my eth key is ${hex}`, `PRIVATE_KEY=0x${hex}`, `wallet private key (hex): "${hex}"`, `signing key = 0x${hex}`]) {
      expect(masked(text, hex), text).toBe(true);
    }
  });
  it('64 hex digits without a cue stay (SHA-256 digests, transaction hashes, commit ids)', () => {
    const hex = randomBytes(32).toString('hex');
    for (const text of [`sha256 ${hex}`, `tx 0x${hex} confirmed`, `commit ${hex.slice(0, 40)}`, `${hex}  file.tar.gz`, `public key ${hex}`, `private key fingerprint ${hex}`]) {
      expect(secrets(text), text).toEqual([]);
    }
  });

  it('legacy Vault tokens s., b., r.', () => {
    for (const token of ['s.Qf1s5zigZ4LX6vTJiHxe7Vbm', 'r.Qf1s5zigZ4LX6vTJiHxe7Vbm', 'b.AAAAAQJEH5VXjfjDREIsBPA0nu9b2ss1VUKkzK', 's.Qf1s5zigZ4LX6vTJiHxe7Vbm.Xy7Qp']) {
      expect(masked(`VAULT_TOKEN ${token}`, token), token).toBe(true);
      expect(masked(`vault login ${token}`, token), token).toBe(true);
    }
    expect(secrets('hvr.CAESIBhG2Wb9Xq1ZpLm3NvTk7RsQ')).toEqual(['VAULT_TOKEN:hvr.CAESIBhG2Wb9Xq1ZpLm3NvTk7RsQ']);
  });
  it('s. in prose and letters-only runs stay', () => {
    for (const text of ['e.g. s.t. i.e. x.s.js', 'this holds s.t. x > 0', 's.AbcdefghijklmnopqrstuvWx', 'see rs.Qf1s5zigZ4LX6vTJiHxe7Vbm', 'file.s.Qf1s5zigZ4LX6vTJiHxe7Vbm']) {
      expect(secrets(text), text).toEqual([]);
    }
  });

  it('WordPress keys and salts', () => {
    for (const name of ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']) {
      const value = 'k#8Zx!q@j ~kP;|v]';
      expect(masked(`define('${name}', '${value}');`, value), name).toBe(true);
      expect(masked(`define( "${name}",   "${value}" );`, value), name).toBe(true);
      expect(masked(`WORDPRESS_${name}=k8Zxq3jkPz9`, 'k8Zxq3jkPz9'), name).toBe(true);
    }
  });
  it('a list of the names, and other WordPress constants, stay', () => {
    for (const text of ["['AUTH_KEY', 'NONCE_KEY', 'AUTH_SALT']", "define('WP_DEBUG', true);", "define('DB_NAME', 'wordpress');", "define('WP_CACHE_KEY_SALT', 'mysite_');"]) {
      expect(secrets(text), text).toEqual([]);
    }
  });
});

describe('stored ledger lines (createAuditor + fileLedger)', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-secrets-probe-e-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const key = randomBytes(32);
  const wifKey = wif(key, 0x80, true);
  const ethKey = randomBytes(32).toString('hex');
  const texts: Array<[string, string]> = [
    ['passwd Winter2026!', 'Winter2026!'],
    ['password Hunter2-Xq9z', 'Hunter2-Xq9z'],
    ['requirepass S3cr3t-Redis', 'S3cr3t-Redis'],
    ['CONFIG SET masterauth "Ma5ter-Auth"', 'Ma5ter-Auth'],
    ['echo "Dock3r-Pw-77" | docker login -u bob --password-stdin', 'Dock3r-Pw-77'],
    ["echo 'Sud0-Pw-77' | sudo -S apt update", 'Sud0-Pw-77'],
    [`bitcoin ${wifKey}`, wifKey],
    [`eth private key: 0x${ethKey}`, ethKey],
    ['VAULT_TOKEN s.Qf1s5zigZ4LX6vTJiHxe7Vbm', 'Qf1s5zigZ4LX6vTJiHxe7Vbm'],
    ["define('NONCE_SALT', 'zq|8#Lp; v]Wx');", 'zq|8#Lp; v]Wx'],
  ];
  const argv: Array<[JsonValue, string]> = [
    [['mysql', '-u', 'root', '-pMy5ql-Pw'], 'My5ql-Pw'],
    [['curl', '-u', 'admin:Cu7l-Pw'], 'Cu7l-Pw'],
    [['sshpass', '-p', 'Ssh-Pw-77', 'ssh', 'host'], 'Ssh-Pw-77'],
    [{ command: 'docker', args: ['login', '-p', 'Dock-Arg-77'] }, 'Dock-Arg-77'],
  ];

  it('hold none of the values in clear', async () => {
    const dir = path.join(root, 'ledger');
    const errors: unknown[] = [];
    const auditor = createAuditor({ agent: { id: 'probe-e' }, sink: fileLedger({ dir }), redactor: createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]) }), onError: (e) => errors.push(e) });
    auditor.run({ session: 's-secrets-probe-e', actor: { id: 'u1', type: 'user' } }, () => {
      for (const [text] of texts) {
        auditor.record({ type: 'message.user', content: { input: text } });
        auditor.record({ type: 'tool.call', tool: { name: 'shell.exec', arguments: { command: text } } });
      }
      for (const [args] of argv) auditor.record({ type: 'tool.call', tool: { name: 'process.spawn', arguments: { argv: args } } });
    });
    await auditor.flush();
    await auditor.close();
    expect(errors).toEqual([]);
    const raw = storedJsonl(dir);
    expect(raw).toContain('s-secrets-probe-e');
    const lines = unescapedLines(raw);
    for (const [, value] of [...texts, ...argv]) {
      expect(raw, value).not.toContain(JSON.stringify(value).slice(1, -1));
      expect(lines, value).not.toContain(value);
    }
  });
});
