// What credential-files.ts promises (issue 13, from surviving mutants): each family (crypt(3)
// and `{SCHEME}` hashes, shadow lines, plist/Hadoop pairs, .netrc, user/password pairs, htpasswd,
// Samba and `net` commands, Docker auth) masks exactly its value, with its type, asks the
// placeholder rule about the value (a hash: its digest) and leaves prose alone. In process,
// `detectCredentialFiles` called directly with a placeholder rule of the test's own: it refuses
// `changeme` and a value starting with `$`, `%` or `{` (the real rule reads those as `$VAR`,
// `%VAR%`, `{{ var }}`), so a hash asked whole instead of by its digest is seen.
import { describe, expect, it } from 'vitest';
import type { Detection } from './types.js';
import { credentialFilesPrefilter, detectCredentialFiles } from './credential-files.js';

let asked: string[] = [];
const placeholder = (value: string) => {
  asked.push(value);
  return value === 'changeme' || /^[$%{]/.test(value);
};

/** [type, text masked] of each detection, in the order found. */
function found(text: string): Array<[string, string]> {
  asked = [];
  const out: Detection[] = [];
  detectCredentialFiles(text, out, placeholder);
  for (const d of out) expect(d.class).toBe('secret');
  return out.map((d) => [d.type, text.slice(d.start, d.end)]);
}
const values = (text: string) => found(text).map(([, value]) => value);

describe('crypt(3) modular hashes', () => {
  it('masks the whole hash and asks the placeholder rule about its digest', () => {
    const hash = '$1$saltsalt$2vnaRpHa6Jxjz5n83ok8Z0';
    expect(found(`erin:${hash}`)).toEqual([['PASSWORD_HASH', hash]]);
    expect(asked).toEqual(['2vnaRpHa6Jxjz5n83ok8Z0']);
  });

  it('needs a salt and a digest of sixteen characters or more', () => {
    expect(values('h $6$saltsalt$abcdefghijklmnop x')).toEqual(['$6$saltsalt$abcdefghijklmnop']);
    expect(values('h $6$saltsalt$abcdefghijklmno x')).toEqual([]);
    // No `$` between salt and digest.
    expect(values('h $6$abcdefghijklmnopqrstuvwx x')).toEqual([]);
    // The rounds of bcrypt count as the part before the digest.
    expect(values('$2b$12$abcdefghijklmnopqrstuv')).toEqual(['$2b$12$abcdefghijklmnopqrstuv']);
  });

  it('drops a placeholder digest', () => {
    expect(values('$5$rounds=5000$saltsalt$changeme')).toEqual([]);
  });
});

describe('RFC 2307 {SCHEME} hashes', () => {
  it('masks the scheme and a value of eight characters or more', () => {
    expect(found('bob:{SHA}5en6G6MezRroT3XKqkdPOmY/BfQ=')).toEqual([['PASSWORD_HASH', '{SHA}5en6G6MezRroT3XKqkdPOmY/BfQ=']]);
    expect(asked).toEqual(['5en6G6MezRroT3XKqkdPOmY/BfQ=']);
    expect(values('userPassword: {ssha}abcdefgh')).toEqual(['{ssha}abcdefgh']);
    expect(values('userPassword: {SSHA}abcdefg')).toEqual([]);
  });
});

describe('shadow(5) lines', () => {
  it('masks the password field whatever the hash, after any leading !', () => {
    expect(found('root:x:0:0\nalice:hunter22:19000:0:99999:7:::\n')).toEqual([['PASSWORD_HASH', 'hunter22']]);
    expect(found('alice:!!hunter22:19000:0:99999:7:::')).toEqual([['PASSWORD_HASH', 'hunter22']]);
    expect(asked).toEqual(['hunter22']);
    // Only the leading ! are the lock; one inside is the password's.
    expect(found('alice:pa!ss123:19000:0:99999:7:::')).toEqual([['PASSWORD_HASH', 'pa!ss123']]);
  });

  it('leaves locked and empty fields alone', () => {
    for (const field of ['x', '*', '**', '!', '!!', '!*', '*LK*', 'NP', 'LK']) expect(values(`daemon:${field}:19000:0:99999:7:::`), field).toEqual([]);
  });

  it('asks about the digest after the last $ or }, and needs three characters of it', () => {
    expect(values('bob:$x$changeme:19000:0:99999:7:::')).toEqual([]);
    expect(asked).toEqual(['changeme']);
    expect(values('bob:{x}changeme:19000:0:99999:7:::')).toEqual([]);
    expect(asked).toEqual(['changeme']);
    expect(values('bob:$x$ab:19000:0:99999:7:::')).toEqual([]);
    expect(values('bob:$x$abc:19000:0:99999:7:::')).toEqual(['$x$abc']);
  });
});

describe('name and value elements (plist, Hadoop)', () => {
  it('masks the trimmed value under a secret name', () => {
    expect(found('<key>password</key>\n<string>\n  hunter22\n</string>')).toEqual([['PASSWORD', 'hunter22']]);
    expect(values('<key> password </key><string>hunter22</string>')).toEqual(['hunter22']);
    expect(values('<name>fs.s3a.secret.key</name><value type="x">wJalrXUtnFEMIK</value>')).toEqual(['wJalrXUtnFEMIK']);
  });

  it('leaves other names, placeholders and empty values alone', () => {
    expect(values('<key>CFBundleName</key><string>MyApp</string>')).toEqual([]);
    expect(values('<key>password</key><string>changeme</string>')).toEqual([]);
    expect(values('<key>password</key><string>   </string>')).toEqual([]);
    expect(values('<key>password</key><string>ab</string>')).toEqual([]);
    expect(values('<key>password</key><string>abc</string>')).toEqual(['abc']);
  });
});

describe('.netrc', () => {
  it('masks the password token, quoted or not', () => {
    expect(found('machine h account a password Hunt3r2\n')).toEqual([['PASSWORD', 'Hunt3r2']]);
    expect(values('machine example.com account alice password "two words" x')).toEqual(['"two words"']);
    expect(values('default\n  account anonymous\n  password guest@x')).toEqual(['guest@x']);
  });
});

describe('a user and a password after a slash', () => {
  it('masks the password, without the sentence punctuation after it', () => {
    expect(found('login with admin / Tr0ub4dor&3.')).toEqual([['PASSWORD', 'Tr0ub4dor&3']]);
    expect(values('creds are admin / Pa55w0rd),;')).toEqual(['Pa55w0rd']);
    expect(values('creds are admin / Pa55!')).toEqual(['Pa55!']);
    expect(values('creds are admin / Pa.55w0rd')).toEqual(['Pa.55w0rd']);
    expect(values('creds are admin / Pa55/')).toEqual(['Pa55/']);
  });

  it('needs a password with a non-letter that is not all digits', () => {
    expect(values('Sign in with Google / Apple')).toEqual([]);
    expect(values('login as admin / 123456')).toEqual([]);
    expect(values('login as admin / 123456x')).toEqual(['123456x']);
    expect(values('login as admin / x123456')).toEqual(['x123456']);
  });
});

describe('a user label, its value, then a password label', () => {
  it('masks a value that looks secret: a non-letter, or a capital inside the word; letters only after a lower-case user name', () => {
    expect(found('user admin pass hunter2.')).toEqual([['PASSWORD', 'hunter2']]);
    expect(values('user admin pass HunterTwo')).toEqual(['HunterTwo']);
    // Letters only (credential-pairs.test.ts): a password after a user name written as one.
    expect(values('user admin pass Hunter')).toEqual(['Hunter']);
    expect(values('user Bob password Reset')).toEqual([]);
  });
});

describe('htpasswd in batch mode', () => {
  it('masks the password: the third argument, or the second with -n', () => {
    expect(found('run htpasswd -b /etc/.htpasswd alice S3cret!x now')).toEqual([['PASSWORD', 'S3cret!x']]);
    expect(values('htpasswd -nb alice S3cret!x')).toEqual(['S3cret!x']);
    expect(values('htpasswd -bn alice S3cret!x')).toEqual(['S3cret!x']);
    expect(values('htpasswd -B -b -C 10 f alice S3cret!x')).toEqual(['S3cret!x']);
    expect(values('htpasswd -b  f  alice  S3cret!x')).toEqual(['S3cret!x']);
  });

  it('needs -b, and enough arguments', () => {
    expect(values('htpasswd -c /etc/.htpasswd alice S3cret!x')).toEqual([]);
    expect(values('htpasswd -b /etc/.htpasswd S3cret!x')).toEqual([]);
  });

  it('tells a file from prose when the password looks like a word', () => {
    expect(values('htpasswd -cb .htpasswd bob letmein')).toEqual(['letmein']);
    expect(values('htpasswd -b conf/users bob letmein')).toEqual(['letmein']);
    expect(values('htpasswd -b is unsafe when')).toEqual([]);
    expect(values('htpasswd -nb alice letmein')).toEqual([]);
    expect(values('htpasswd -nb alice letme1n')).toEqual(['letme1n']);
    // With -n the first argument is the user: a dot in it makes no file of it.
    expect(values('htpasswd -nb alice.smith letmein')).toEqual([]);
  });

  it('masks the password where it stands, not where its spelling first occurs', () => {
    const text = 'htpasswd -b /tmp/pw1 pw1 pw1';
    const out: Detection[] = [];
    detectCredentialFiles(text, out, () => false);
    expect(out.map((d) => [d.start, d.end])).toEqual([[text.length - 3, text.length]]);
  });

  it('reads the arguments from the command on, not from text before it', () => {
    const text = 'file alice S3cret!x: htpasswd -b f alice S3cret!x';
    const out: Detection[] = [];
    detectCredentialFiles(text, out, () => false);
    expect(out.map((d) => [d.start, d.end])).toEqual([[text.length - 8, text.length]]);
  });
});

describe('Samba and Windows commands', () => {
  it('masks the password after user%', () => {
    expect(found('smbclient //srv/share -U alice%Hunter22 -c ls')).toEqual([['PASSWORD', 'Hunter22']]);
    expect(values('rpcclient --user=alice%Hunter22 10.0.0.5')).toEqual(['Hunter22']);
    expect(values("smbmap --username='alice%Hunter22'")).toEqual(['Hunter22']);
  });

  it('masks the password of net use and net user when it looks secret', () => {
    expect(found('net use \\\\srv\\share /user:CORP\\admin Hunter22')).toEqual([['PASSWORD', 'Hunter22']]);
    expect(values('net user alice Hunter22 /add')).toEqual(['Hunter22']);
    expect(values('net user alice Welcome /add')).toEqual([]);
    expect(values('net use \\\\srv\\share /user:CORP\\admin Welcome')).toEqual([]);
  });
});

describe("Docker's auth member", () => {
  it('masks base64 of user:password, nothing else', () => {
    expect(found('{"auths":{"r.example.com":{"auth":"YWxpY2U6aHVudGVyMg=="}}}')).toEqual([['PASSWORD', 'YWxpY2U6aHVudGVyMg==']]);
    // `nocolonhere`: no user:password inside.
    expect(values(`{"auth":"${Buffer.from('nocolonhere').toString('base64')}"}`)).toEqual([]);
  });
});

describe('the prefilter', () => {
  it('returns before any pattern when no cue is in the text', () => {
    expect(credentialFilesPrefilter.test('nothing to see here: just words')).toBe(false);
    expect(values('nothing to see here: just words')).toEqual([]);
    expect(asked).toEqual([]);
  });

  // Found by this file: the prefilter lacked the cues `account` and `log on` (a slash pair), `uid`,
  // `benutzer`, `utilisateur`, `usuario` (a user label) and `net` before anything but `u`
  // (`net ads join -U …%…`, `net rpc … -U …%…`), so these were never read.
  it.each([
    ['account admin / Tr0ub4dor&3', 'Tr0ub4dor&3'],
    ['log on as admin / Pa55w0rd!', 'Pa55w0rd!'],
    ['uid admin pass hunter2', 'hunter2'],
    ['benutzer admin passwort hunter2', 'hunter2'],
    ['usuario admin contraseña hunter2', 'hunter2'],
    ['utilisateur admin mot de passe hunter2', 'hunter2'],
    ['net ads join -U Administrator%Passw0rd', 'Passw0rd'],
    ['net rpc shutdown -U admin%Pass123 -S host', 'Pass123'],
  ])('lets through every cue of the patterns after it: %s', (text, value) => {
    expect(values(text)).toEqual([value]);
  });
});
