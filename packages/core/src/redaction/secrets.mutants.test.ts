// What secrets.ts promises (issue 13, from surviving mutants of secrets.ts): where an assigned
// value starts and stops (quotes, escaped quotes, the separators of key=value grammars, trailing
// closers, the bounds), and for each form found outside `name = value` (token families, flags,
// prose, XML, .pgpass, cookies, query keys, the AWS secret on its key id's line) what is found,
// its exact span and its kind, and what is left alone.
import { describe, expect, it } from 'vitest';
import { assignmentValue, detectOtherSecrets } from './secrets.js';
import type { Detection } from './types.js';

/** The value assignmentValue gives for the text after `name=`, or undefined. */
const value = (rest: string, prefix = 'password='): string | undefined => {
  const text = prefix + rest;
  const extent = assignmentValue(text, prefix.length);
  return extent === undefined ? undefined : text.slice(extent[0], extent[1]);
};
/** What detectOtherSecrets finds, as `TYPE:text`; `PLACEHOLDER` is the only placeholder. */
const other = (text: string): string[] => {
  const out: Detection[] = [];
  detectOtherSecrets(text, out, (v) => v === 'PLACEHOLDER');
  for (const d of out) expect(d.class).toBe('secret');
  return out.map((d) => `${d.type}:${text.slice(d.start, d.end)}`);
};
const spans = (text: string): Array<[number, number]> => {
  const out: Detection[] = [];
  detectOtherSecrets(text, out, () => false);
  return out.map((d) => [d.start, d.end]);
};

describe('assignmentValue: quoted values', () => {
  it('takes the value inside each kind of quote, with spaces and separators', () => {
    expect(value('"a b&c;d,e"')).toBe('a b&c;d,e');
    expect(value("'a b;c'")).toBe('a b;c');
    expect(value('`a b;c`')).toBe('a b;c');
    expect(assignmentValue('x="S3cret"', 2)).toEqual([3, 9]);
  });
  it('an empty quoted value is no value', () => {
    expect(value('""')).toBeUndefined();
    expect(value("''")).toBeUndefined();
    expect(value('\\"\\"')).toBeUndefined();
  });
  it('a quote escaped once more than the opening one is part of the value', () => {
    expect(value('"a\\"b" rest')).toBe('a\\"b');
    expect(value('\\"a\\\\\\"b\\" rest')).toBe('a\\\\\\"b');
    expect(value('\\"S3cret\\", next')).toBe('S3cret');
    expect(value('\\\\\\"S3cret\\\\\\"}')).toBe('S3cret');
  });
  it('at most 16 escaping backslashes are read before the quote', () => {
    const sixteen = '\\'.repeat(16);
    expect(value(`${sixteen}"S3cret${sixteen}" x`)).toBe('S3cret');
    expect(value(`${'\\'.repeat(17)}"S3cret${'\\'.repeat(17)}" x`)).toBeUndefined();
    expect(value('\\S3cret')).toBeUndefined();
  });
  it('with no closing quote, the value runs to the end of the line, whatever its length (issue 11)', () => {
    expect(value('"abc def\nnext line')).toBe('abc def');
    expect(value('"abc def')).toBe('abc def');
    expect(value(`"${'x'.repeat(600)}`)).toBe('x'.repeat(600));
    expect(value(`"${'x'.repeat(20_000)}`)).toBe('x'.repeat(20_000));
    expect(value(`"${'x'.repeat(600)}\nmore`)).toBe('x'.repeat(600));
    expect(value(`"${'x'.repeat(100)}\n${'y'.repeat(600)}"`)).toBe('x'.repeat(100));
    // A closing quote on the same line closes the value at any distance.
    expect(value(`"${'x'.repeat(520)}" tail`)).toBe('x'.repeat(520));
    expect(value(`"${'x'.repeat(20_000)}" tail`)).toBe('x'.repeat(20_000));
    expect(value(`"${'x'.repeat(512)}" tail`)).toBe('x'.repeat(512));
    expect(value(`"${'x'.repeat(511)}" tail`)).toBe('x'.repeat(511));
  });
  it('a closing quote within 512 characters closes the value even past a line break; a farther one only on the same line', () => {
    const long = `${'x'.repeat(100)}\n${'y'.repeat(411)}`;
    expect(value(`"${long}" tail`)).toBe(long);
    expect(value(`"${long}y" tail`)).toBe('x'.repeat(100));
    // An escaped quote there closes nothing: the value runs to the end of its first line.
    expect(value(`"${long.slice(0, -1)}\\" tail`)).toBe('x'.repeat(100));
  });
  it('the line break is looked for only up to a far closing quote, and up to the very end when there is none (issue 13)', () => {
    // A far closing quote on the same line ends the value there, though a line break follows later.
    expect(value(`"${'x'.repeat(600)}" tail\nnext line`)).toBe('x'.repeat(600));
    // No closing quote and a line break as the last character: the value stops before it.
    expect(value('"abc def\n')).toBe('abc def');
  });
  it('escaped quotes are skipped to the closing quote', () => {
    expect(value(`"${'a\\"'.repeat(200)}\nrest`)).toBe('a\\"'.repeat(200));
    expect(value(`"${'a\\"'.repeat(200)}" rest`)).toBe('a\\"'.repeat(200));
    expect(value('"ab\\"cd\\"ef\nrest"')).toBe('ab\\"cd\\"ef\nrest');
  });
});

describe('assignmentValue: unquoted values', () => {
  it('nothing, an object or an array is no value', () => {
    expect(value('')).toBeUndefined();
    expect(value('{"a":1}')).toBeUndefined();
    expect(value('[1,2]')).toBeUndefined();
    expect(value(' S3cret')).toBeUndefined();
  });
  it('stops at white space of every kind, at a quote, an escaped quote or a closing tag', () => {
    for (const space of [' ', '\t', '\n', '\r', '\u0001', '\u0085', '\u00a0', '\u2028', '\u2029']) expect(value(`S3cret${space}more`)).toBe('S3cret');
    expect(value('S3cr!et more')).toBe('S3cr!et');
    expect(value('S3cret"more')).toBe('S3cret');
    expect(value('S3cret\\"more')).toBe('S3cret');
    expect(value('S3c\\ret more')).toBe('S3c\\ret');
    expect(value('S3cret</password>')).toBe('S3cret');
    expect(value('S3c<ret> more')).toBe('S3c<ret>');
    expect(value('S3c/ret more')).toBe('S3c/ret');
    expect(value('S3c\u00a1ret more')).toBe('S3c\u00a1ret');
  });
  it('a separator ends the value only where the next key=value pair starts', () => {
    expect(value('S3cret;Database=x')).toBe('S3cret');
    expect(value('S3cret&user=x')).toBe('S3cret');
    expect(value('S3cret, user: x')).toBe('S3cret');
    expect(value('S3cret;  user=x')).toBe('S3cret');
    expect(value('S3cret; user =x')).toBe('S3cret');
    expect(value('S3cret; user  :x')).toBe('S3cret');
    expect(value('S3cret;_u.s-er=x')).toBe('S3cret');
    expect(value(`S3cret;a${'b'.repeat(63)}=x`)).toBe('S3cret');
    expect(value('S3cret,user=x')).toBe('S3cret');
    expect(value('S3cret&user:x')).toBe('S3cret');
    // Not a pair: the separator is part of the value.
    expect(value('S3c;ret more')).toBe('S3c;ret');
    expect(value('S3c&ret more')).toBe('S3c&ret');
    expect(value('S3c,ret more')).toBe('S3c,ret');
    expect(value('S3c;1user=x')).toBe('S3c;1user=x');
    expect(value('S3c;user   =x')).toBe('S3c;user');
    expect(value(`S3c;a${'b'.repeat(64)}=x`)).toBe(`S3c;a${'b'.repeat(64)}=x`);
    expect(value('S3c;user')).toBe('S3c;user');
    expect(value('S3c:user=x')).toBe('S3c:user=x');
  });
  it('no length cap: a value runs to its end at any length (issue 11)', () => {
    expect(value('y'.repeat(600))).toBe('y'.repeat(600));
    expect(value('y'.repeat(20_000))).toBe('y'.repeat(20_000));
    expect(value(`${'y'.repeat(511)};a=1`)).toBe('y'.repeat(511));
    expect(value(`${'y'.repeat(2000)};a=1`)).toBe('y'.repeat(2000));
    expect(value(`${'y'.repeat(2000)})))`)).toBe('y'.repeat(2000));
  });
  it('trailing closers without their opener, commas, semicolons and quotes are left out', () => {
    expect(value('S3cret)')).toBe('S3cret');
    expect(value('S3cret]')).toBe('S3cret');
    expect(value('S3cret}')).toBe('S3cret');
    expect(value('S3cret>')).toBe('S3cret');
    expect(value('S3cret,')).toBe('S3cret');
    expect(value('S3cret;')).toBe('S3cret');
    expect(value("S3cret'")).toBe('S3cret');
    expect(value('S3cret`')).toBe('S3cret');
    expect(value('S3cret)];,')).toBe('S3cret');
    expect(value('(S3cret)')).toBe('(S3cret)');
    // The opener is looked for in the value only, not in the text before it.
    expect(value('S3cret)', 'connect(password=')).toBe('S3cret');
    expect(value('[S3cret]')).toBeUndefined();
    expect(value('a[S3cret]')).toBe('a[S3cret]');
    expect(value('a{S3cret}')).toBe('a{S3cret}');
    expect(value('a<S3cret>')).toBe('a<S3cret>');
    expect(value('S3cret(x')).toBe('S3cret(x');
    expect(value('S3cret:')).toBe('S3cret:');
    expect(value('S3cret.')).toBe('S3cret.');
  });
  it('a value of closers alone is no value', () => {
    expect(value(')')).toBeUndefined();
    expect(value('),;')).toBeUndefined();
    expect(value("'")).toBeUndefined();
    expect(value(')', 'x=')).toBeUndefined();
  });
});

describe('detectOtherSecrets: token families', () => {
  it('finds each family with its kind and whole token', () => {
    const ya29 = `ya29.${'a1B2_c-D'.repeat(3)}`;
    expect(other(`token ${ya29} end`)).toEqual([`GOOGLE_OAUTH_TOKEN:${ya29}`]);
    const dop = `dop_v1_${'0123456789abcdef'.repeat(4)}`;
    expect(other(`x ${dop} y`)).toEqual([`DIGITALOCEAN_TOKEN:${dop}`]);
    const pypi = `pypi-${'AgEIcHlwaS5vcmc'.repeat(4)}`;
    expect(other(`x ${pypi} y`)).toEqual([`PYPI_TOKEN:${pypi}`]);
    const square = `sq0atp-${'A1b2C3d4e5F6g7H8i9J0kL'}`;
    expect(other(`x ${square} y`)).toEqual([`SQUARE_TOKEN:${square}`]);
    const fb = `EAACEdEose0cBA${'Zx9'.repeat(8)}`;
    expect(other(`x ${fb} y`)).toEqual([`FACEBOOK_TOKEN:${fb}`]);
  });
  it('a placeholder is not reported', () => {
    expect(other('--password PLACEHOLDER')).toEqual([]);
  });
  it('text with none of the forms yields nothing', () => {
    expect(other('just some words, 12 of them: nothing = here')).toEqual([]);
  });
});

describe('detectOtherSecrets: command-line flags', () => {
  it('takes the word after a long flag, with = or spaces, quoted or not, from three characters', () => {
    expect(other('cli --password S3cret other')).toEqual(['PASSWORD:S3cret']);
    expect(other('cli --token=abc')).toEqual(['PASSWORD:abc']);
    expect(other('cli --api-key "abcd1234" x')).toEqual(['PASSWORD:abcd1234']);
    expect(other('--secret    Xy9z')).toEqual(['PASSWORD:Xy9z']);
    expect(other('cli --password ab')).toEqual([]);
    expect(spans('cli --token=abc')).toEqual([[12, 15]]);
  });
  it('a value that is itself a flag is not a password', () => {
    expect(other('cli --password --verbose')).toEqual([]);
    expect(other('cli --token=-abc')).toEqual([]);
  });
  it('-p glued to the password after mysql, on its line or the lines it continues, within 4,096 characters', () => {
    expect(other('mysql -u root -pS3cretPw db')).toEqual(['PASSWORD:S3cretPw']);
    expect(spans('mysql -u me -pS3cretPw')).toEqual([[14, 22]]);
    expect(other('mariadb -u me -pS3cretPw')).toEqual(['PASSWORD:S3cretPw']);
    expect(other('gcc -pthread main.c')).toEqual([]);
    expect(other('mysql \n-pS3cretPw')).toEqual([]);
    expect(other('ran mysql earlier\nthen -pS3cretPw')).toEqual([]);
    expect(other(`mysql ${'x'.repeat(4080)} -pS3cretPw`)).toEqual(['PASSWORD:S3cretPw']);
    expect(other(`mysql ${'x'.repeat(4090)} -pS3cretPw`)).toEqual([]);
    expect(other(`line\nmysql -u me -pS3cretPw`)).toEqual(['PASSWORD:S3cretPw']);
    expect(other('mysql -u me -p-flag')).toEqual([]);
    expect(other('mysql -u me -pab')).toEqual([]);
  });
  it('-p glued to the password right after the mysql command word', () => {
    expect(other('mysql -pS3cretPw db')).toEqual(['PASSWORD:S3cretPw']);
    expect(spans('mysql -pS3cretPw')).toEqual([[8, 16]]);
    expect(other('mysqldump -pZx9qwer shop > dump.sql')).toEqual(['PASSWORD:Zx9qwer']);
    expect(other('run mariadb -pHunter22x now')).toEqual(['PASSWORD:Hunter22x']);
    expect(other('mysqlx-pS3cretPw')).toEqual([]);
  });
  it('-p and a space before the password only after a registry login', () => {
    expect(other('docker login -u me -p S3cretPw registry.example')).toEqual(['PASSWORD:S3cretPw']);
    expect(spans('docker login -p S3cretPw')).toEqual([[16, 24]]);
    expect(other('helm registry login -p  S3cretPw')).toEqual(['PASSWORD:S3cretPw']);
    expect(other('mysql -p S3cretPw')).toEqual([]);
    expect(other('docker login -pS3cretPw')).toEqual([]);
    expect(other('ls -p somewhere')).toEqual([]);
  });
});

describe('detectOtherSecrets: prose', () => {
  it('takes the word after "password is" and its kin', () => {
    expect(other('my wifi password is W1nter-Fox-89 ok')).toEqual(['PASSWORD:W1nter-Fox-89']);
    expect(other('the pin code was 4821 yes')).toEqual(['PASSWORD:4821']);
    expect(other('Passphrase changed to "Tr0ub4dor"')).toEqual(['PASSWORD:Tr0ub4dor']);
    expect(spans('password is S3cret')).toEqual([[12, 18]]);
    expect(spans('password is "S3cret"')).toEqual([[13, 19]]);
  });
  it('trailing punctuation ends the sentence, not the password, but ! right after it belongs to it', () => {
    expect(other('my password is W1nter-Fox-89.')).toEqual(['PASSWORD:W1nter-Fox-89']);
    expect(other('password is Sec!ret, ok?')).toEqual(['PASSWORD:Sec!ret']);
    expect(other('the pin is 4821).')).toEqual(['PASSWORD:4821']);
    expect(other('my password is Winter2024!')).toEqual(['PASSWORD:Winter2024!']);
    expect(other('my password is Winter2024!!')).toEqual(['PASSWORD:Winter2024!!']);
    expect(other('my password is Winter2024!.')).toEqual(['PASSWORD:Winter2024!']);
    expect(spans('password is S3cret!.')).toEqual([[12, 19]]);
    // A value of punctuation alone is kept whole.
    expect(other('the password is !!!!')).toEqual(['PASSWORD:!!!!']);
    expect(other('the password is ?!?!')).toEqual(['PASSWORD:?!?!']);
  });
  it('a plain word (one case, letters only) is not a password', () => {
    expect(other('the password is banana')).toEqual([]);
    expect(other('the password is BANANA')).toEqual([]);
    expect(other('the password is Banana')).toEqual(['PASSWORD:Banana']);
    expect(other('the password is hunter22')).toEqual(['PASSWORD:hunter22']);
    expect(other('the password is ab-cd')).toEqual(['PASSWORD:ab-cd']);
  });
});

describe('detectOtherSecrets: an unquoted prose value of several words', () => {
  it('runs over words joined by one to three blanks, to a clause end (kept), a line break, a quote or a prose word (not kept)', () => {
    expect(other('my password is correct horse battery staple')).toEqual(['PASSWORD:correct horse battery staple']);
    expect(other('password is alpha  bravo\tcharlie    delta')).toEqual(['PASSWORD:alpha  bravo\tcharlie']);
    expect(other('password is alpha bravo charlie.')).toEqual(['PASSWORD:alpha bravo charlie']);
    expect(other('password is alpha bravo charlie!')).toEqual(['PASSWORD:alpha bravo charlie!']);
    expect(other('password is alpha bravo, charlie delta echo')).toEqual([]); // two plain words
    expect(other('password is alpha bravo charlie, delta')).toEqual(['PASSWORD:alpha bravo charlie']);
    expect(other('password is alpha bravo charlie; delta')).toEqual(['PASSWORD:alpha bravo charlie']);
    expect(other('password is alpha bravo charlie\ndelta')).toEqual(['PASSWORD:alpha bravo charlie']);
    expect(other('password is alpha bravo charlie "delta"')).toEqual(['PASSWORD:alpha bravo charlie']);
    expect(other('password is alpha bravo charlie (new)')).toEqual(['PASSWORD:alpha bravo charlie']);
    expect(other('password is alpha bravo charlie - ask me')).toEqual(['PASSWORD:alpha bravo charlie']);
    expect(other('password is alpha bravo charlie for the wifi')).toEqual(['PASSWORD:alpha bravo charlie']);
    expect(other('password is alpha bravo charlie ok')).toEqual(['PASSWORD:alpha bravo charlie']);
    expect(spans('password is alpha bravo charlie')).toEqual([[12, 31]]);
  });

  it('a run not taken is no value: a label inside it is read again', () => {
    expect(other('password is foo password is Hunter2x')).toEqual(['PASSWORD:Hunter2x']);
    expect(other('the secret is out pin: 4821')).toEqual(['PASSWORD:4821']);
  });

  it('at most ten words', () => {
    const words = 'alpha bravo charlie delta echo foxtrot golf hotel india juliett kilo lima'.split(' ');
    expect(other(`password is ${words.join(' ')}`)).toEqual([`PASSWORD:${words.slice(0, 10).join(' ')}`]);
  });

  it('which words make a secret: the first one as before, or three or more, or two with one that looks secret', () => {
    expect(other('password is alpha bravo')).toEqual([]);
    expect(other('password is alpha Bravo')).toEqual(['PASSWORD:alpha Bravo']);
    expect(other('password is alpha 42')).toEqual(['PASSWORD:alpha 42']);
    expect(other('password is Tr1cky Pass9 ok')).toEqual(['PASSWORD:Tr1cky Pass9']);
    // A spaced dash: only a first word that looks secret, extended.
    expect(other('password - alpha bravo charlie')).toEqual([]);
    expect(other('password - S3cret bravo')).toEqual(['PASSWORD:S3cret bravo']);
    // A PIN of digit groups; a PIN and a word is the PIN alone only if the PIN is one.
    expect(other('PIN: 12 34 56')).toEqual(['PASSWORD:12 34 56']);
    expect(other('PIN: 12 34 ab')).toEqual([]);
    expect(other('PIN: 4821 please')).toEqual(['PASSWORD:4821']);
    // A weak label: after `:` three words or more, after `is` only a first word that looks secret.
    expect(other('secret: alpha bravo charlie')).toEqual(['PASSWORD:alpha bravo charlie']);
    expect(other('secret: alpha bravo')).toEqual([]);
    expect(other('the secret is alpha bravo charlie')).toEqual([]);
    expect(other('the secret is Zq8-kLm bravo')).toEqual(['PASSWORD:Zq8-kLm bravo']);
  });

  it('a first word that is prose, a participle or an adverb starts no passphrase', () => {
    for (const text of ['the password is the same as before', 'the password was emailed separately to you', 'the password was successfully changed today', 'the password is too weak for this', 'password is required for all users', 'the password is case sensitive too']) {
      expect(other(text), text).toEqual([]);
    }
  });
});

describe('detectOtherSecrets: XML elements', () => {
  it('takes the trimmed text of a secret element', () => {
    expect(other('<config><password>S3cret</password></config>')).toEqual(['PASSWORD:S3cret']);
    expect(spans('<password>S3cret</password>')).toEqual([[10, 16]]);
    expect(spans('<ns:token type="x">  S3cret \n</ns:token >')).toEqual([[21, 27]]);
    expect(other('<Client_Secret>abc</Client_Secret>')).toEqual(['PASSWORD:abc']);
  });
  it('an element of white space only is nothing', () => {
    expect(other('<password>   </password>')).toEqual([]);
  });
});

describe('detectOtherSecrets: .pgpass lines', () => {
  it('takes the last field of a host:port:db:user:password line', () => {
    expect(other('db.example.com:5432:app:alice:S3cretPw')).toEqual(['PASSWORD:S3cretPw']);
    expect(other('# comment\nlocalhost:*:*:bob:Pw0rd!\nnext')).toEqual(['PASSWORD:Pw0rd!']);
    expect(spans('h:1:d:u:S3cret')).toEqual([[8, 14]]);
    expect(other('#h:1:d:u:S3cret')).toEqual([]);
  });
});

describe('detectOtherSecrets: cookies', () => {
  it('every value of a Cookie or Set-Cookie header, not its attributes', () => {
    expect(other('Cookie: session=abc123; theme=dark; Path=/x; Secure')).toEqual(['SESSION_COOKIE:abc123', 'SESSION_COOKIE:dark']);
    expect(other('set-cookie: sid=Zx9Qw; Domain=example.com; Max-Age=3600; HttpOnly')).toEqual(['SESSION_COOKIE:Zx9Qw']);
    expect(spans('Cookie: a=xyz; bb=uvw')).toEqual([
      [10, 13],
      [18, 21],
    ]);
  });
  it('the value is trimmed', () => {
    expect(spans('Cookie: a= xyz ; b=1')).toEqual([[11, 14]]);
  });
  it('a value equal to its name is found where the value is', () => {
    expect(spans('Cookie: abc=abc')).toEqual([[12, 15]]);
    expect(spans('Cookie: abc=c=c')).toEqual([[12, 15]]);
  });
  it('an empty or short value, or a part without =, is nothing', () => {
    expect(other('Cookie: a=; b=xy; flag; c=  ; d=long1')).toEqual(['SESSION_COOKIE:long1']);
    expect(other('Cookie: noequalsatall')).toEqual([]);
  });
});

describe('detectOtherSecrets: query keys', () => {
  it('?auth=, &pass=, ;pin= values', () => {
    expect(other('https://x.example/a?auth=abc123&x=1')).toEqual(['URL_SECRET:abc123']);
    expect(other('/login?user=u&pass=S3cret#top')).toEqual(['URL_SECRET:S3cret']);
    expect(other('/p;pin=4821')).toEqual(['URL_SECRET:4821']);
    expect(spans('/a?auth=abc123')).toEqual([[8, 14]]);
  });
  it('key= only for a value of 12 or more characters with digits and letters', () => {
    expect(other('/a?key=abcdef123456')).toEqual(['URL_SECRET:abcdef123456']);
    expect(other('/a?KEY=abcdef123456')).toEqual(['URL_SECRET:abcdef123456']);
    expect(other('/a?key=abcdef12345')).toEqual([]);
    expect(other('/a?key=abcdefghijklm')).toEqual([]);
    expect(other('/a?key=1234567890123')).toEqual([]);
    expect(other('/a?KEY=sort')).toEqual([]);
  });
});

describe('detectOtherSecrets: the AWS secret on its key id line', () => {
  const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
  it('takes a 40-character mixed secret after the key id', () => {
    const text = `AKIAIOSFODNN7EXAMPLE ${secret}`;
    expect(other(text)).toEqual([`AWS_SECRET_KEY:${secret}`]);
    expect(spans(text)).toEqual([[21, 61]]);
    expect(other(`aws ASIAIOSFODNN7EXAMPLE:${secret}\n`)).toEqual([`AWS_SECRET_KEY:${secret}`]);
  });
  it('not on the next line, not past 300 characters, not without digits, lower and upper case', () => {
    expect(other(`AKIAIOSFODNN7EXAMPLE\n${secret}`)).toEqual([]);
    expect(other(`AKIAIOSFODNN7EXAMPLE ${'-'.repeat(250)} ${secret}`)).toEqual([]);
    expect(other(`AKIAIOSFODNN7EXAMPLE ${'-'.repeat(200)} ${secret}`)).toEqual([`AWS_SECRET_KEY:${secret}`]);
    expect(other(`AKIAIOSFODNN7EXAMPLE ${secret.toLowerCase()}`)).toEqual([]);
    expect(other(`AKIAIOSFODNN7EXAMPLE ${secret.toUpperCase()}`)).toEqual([]);
    expect(other(`AKIAIOSFODNN7EXAMPLE ${secret.replace(/\d/g, 'x')}`)).toEqual([]);
    expect(other(`${secret} AKIAIOSFODNN7EXAMPLE`)).toEqual([]);
  });
});

describe('detectOtherSecrets: labels in scripts without spaces (2026-12-02)', () => {
  it('takes the value after the label and a colon, a copula or a topic particle, to a blank, CJK punctuation or a letter of those scripts', () => {
    expect(other('パスワード: abc123')).toEqual(['PASSWORD:abc123']);
    expect(other('パスワードはabc123です')).toEqual(['PASSWORD:abc123']);
    expect(other('密码是abc123，谢谢')).toEqual(['PASSWORD:abc123']);
    expect(other('비밀번호는 Hunter2!')).toEqual(['PASSWORD:Hunter2!']);
    expect(other('パスワード: abc123. ok')).toEqual(['PASSWORD:abc123']);
  });

  it('takes a quoted value whole, spaces included', () => {
    expect(other('密码：「S3cret pass」')).toEqual(['PASSWORD:S3cret pass']);
    expect(other('パスワード: "S3cret pass" です')).toEqual(['PASSWORD:S3cret pass']);
  });

  it('leaves letters only, n/a, placeholders and nothing', () => {
    expect(other('パスワード: abcdef')).toEqual([]);
    expect(other('パスワード: n/a')).toEqual([]);
    expect(other('パスワード: PLACEHOLDER')).toEqual([]);
    expect(other('パスワード: ')).toEqual([]);
    expect(other('パスワード: 「」')).toEqual([]);
  });
});

describe('detectOtherSecrets: config spellings (2026-12-02)', () => {
  it('takes the value attribute of an element whose key or name attribute names a secret', () => {
    expect(other('<add key="ApiSecret" value="S3cr3t!"/>')).toEqual(['PASSWORD:S3cr3t!']);
    expect(other("<param name='password' value='Tr1cky Pass'>")).toEqual(['PASSWORD:Tr1cky Pass']);
    expect(other('<add key="Title" value="Hello"/>')).toEqual([]);
    expect(other('<param name="password" value=""/>')).toEqual([]);
    expect(other('<param name="password" value="  "/>')).toEqual([]);
  });

  it('takes the password of sshpass -p, redis-cli -a, ldap tools -w and openssl pass:', () => {
    expect(other('sshpass -p S3cret ssh host')).toEqual(['PASSWORD:S3cret']);
    expect(other("sshpass -p 'S3cret' ssh host")).toEqual(['PASSWORD:S3cret']);
    expect(other('sshpass -p -x')).toEqual([]);
    expect(other('redis-cli -h h -a S3cret ping')).toEqual(['PASSWORD:S3cret']);
    expect(other('ldapsearch -x -w S3cret')).toEqual(['PASSWORD:S3cret']);
    // Found twice: the prose rule reads `pass:` as a label too.
    expect(other('openssl rsa -passout pass:S3cret')).toEqual(['PASSWORD:S3cret', 'PASSWORD:S3cret']);
  });

  it('takes the password of a user:password pair after a credentials label, not a port, a URL or a plain word', () => {
    expect(other('creds: admin:Tr1cky#Pass87')).toEqual(['PASSWORD:Tr1cky#Pass87']);
    expect(other('creds: admin:Tr1cky#Pass87.')).toEqual(['PASSWORD:Tr1cky#Pass87']);
    expect(other('x login=admin:S3cret ok')).toEqual(['PASSWORD:S3cret']);
    expect(other('creds: db:5432')).toEqual([]);
    expect(other('login: https://x.test')).toEqual([]);
    expect(other('credentials = deploy:secret')).toEqual([]);
  });

  it('takes a long key-like value after a token label without a colon: digits and letters both', () => {
    expect(other('twilio auth token 0123456789abcdef0123456789abcdef')).toEqual(['PASSWORD:0123456789abcdef0123456789abcdef']);
    expect(other('the secret Ab1234567890123456789012345 ok')).toEqual(['PASSWORD:Ab1234567890123456789012345']);
    expect(other('api key abcdefghijklmnopqrstuvwxyzab')).toEqual([]);
    expect(other('api key 012345678901234567890123456')).toEqual([]);
  });

  it('takes a card security code after its label', () => {
    expect(other('CVV: 737')).toEqual(['CVV:737']);
    expect(other('cvc2 4821 ok')).toEqual(['CVV:4821']);
    expect(other('CVV: 73712')).toEqual([]);
  });

  it('takes a quoted --flag value to its closing quote, spaces included', () => {
    expect(other('--password="Tr1cky Pass9" x')).toEqual(['PASSWORD:Tr1cky Pass9']);
    expect(other("--password 'Tr1cky Pass9'")).toEqual(['PASSWORD:Tr1cky Pass9']);
    expect(other('--password=Tr1ckyPass9 x')).toEqual(['PASSWORD:Tr1ckyPass9']);
    expect(other('--password=-x')).toEqual([]);
  });
});

describe('detectOtherSecrets: prose values, quotes, PINs and first words (2026-12-02)', () => {
  it('takes a quoted prose value to its closing quote on the line, escaped quotes and spaces included', () => {
    expect(other('the password is: "Tr1cky Pass9" ok')).toEqual(['PASSWORD:Tr1cky Pass9']);
    expect(other('password: "Tr1cky\\"Quote Pass9" ok')).toEqual(['PASSWORD:Tr1cky\\"Quote Pass9']);
    expect(other('password: "Tr1cky \\\\ Pass9" ok')).toEqual(['PASSWORD:Tr1cky \\\\ Pass9']);
    expect(other('password: “Tr1cky Pass9” ok')).toEqual(['PASSWORD:Tr1cky Pass9']);
    expect(other('password: «Tr1cky Pass9» ok')).toEqual(['PASSWORD:Tr1cky Pass9']);
  });

  it('reads an unclosed or empty quote as no quote: the word after it', () => {
    expect(other('password: "Tr1cky')).toEqual(['PASSWORD:Tr1cky']);
    expect(other('password: "abc1\ndef" x')).toEqual(['PASSWORD:abc1']);
    expect(other('password: "" hunter2')).toEqual([]);
  });

  it('a PIN is four to twelve digits, digit groups joined by dashes, or letters with digits; spaced groups of digits', () => {
    expect(other('PIN: 4821')).toEqual(['PASSWORD:4821']);
    expect(other('PIN: 0000-1234')).toEqual(['PASSWORD:0000-1234']);
    expect(other('PIN: 12-34-56')).toEqual(['PASSWORD:12-34-56']);
    expect(other('PIN: ab12')).toEqual(['PASSWORD:ab12']);
    expect(other('pin is 12 34 56')).toEqual(['PASSWORD:12 34 56']);
    expect(other('PIN: 48')).toEqual([]);
    expect(other('PIN: abcd')).toEqual([]);
    expect(other('PIN: 1234567890123')).toEqual([]);
    expect(other('PIN: x1234')).toEqual(['PASSWORD:x1234']);
    expect(other('pin is 12 34 ab')).toEqual([]);
  });

  it('a first word that reads as a participle or an adverb is no value; a capital inside or a digit makes one', () => {
    expect(other('password is emailed')).toEqual([]);
    expect(other('the password was emailed to you')).toEqual([]);
    expect(other('password is Emailed2')).toEqual(['PASSWORD:Emailed2']);
    expect(other('password is hunterTwo')).toEqual(['PASSWORD:hunterTwo']);
    expect(other('password is hunter')).toEqual([]);
    expect(other('password: hunter2 for the wifi')).toEqual(['PASSWORD:hunter2']);
    expect(other('password is Tr1cky9, ok')).toEqual(['PASSWORD:Tr1cky9']);
  });

  it('after a weak label: something besides letters, not digits and punctuation alone; several words after a colon only', () => {
    expect(other('token: 123.45')).toEqual([]);
    expect(other('secret: 12%')).toEqual([]);
    expect(other('secret: 1234-5678')).toEqual([]);
    expect(other('secret: ab1')).toEqual(['PASSWORD:ab1']);
    expect(other('token: alpha bravo charlie')).toEqual(['PASSWORD:alpha bravo charlie']);
    expect(other('token - alpha bravo charlie')).toEqual([]);
    expect(other('password - Step 2')).toEqual([]);
  });

  it('goes on after each value: several on one line', () => {
    expect(other('password: abc123. password: xyz789')).toEqual(['PASSWORD:abc123', 'PASSWORD:xyz789']);
    expect(other('password is abc123 and the pin is 4821')).toEqual(['PASSWORD:abc123', 'PASSWORD:4821']);
    expect(other('password is correct horse battery staple. pin: 4821')).toEqual(['PASSWORD:correct horse battery staple', 'PASSWORD:4821']);
  });

  it('an XML element\'s value is trimmed; white space alone is nothing', () => {
    expect(other('<password> S3cret </password>')).toEqual(['PASSWORD:S3cret']);
    expect(other('<password>   </password>')).toEqual([]);
    expect(other('<title>S3cret</title>')).toEqual([]);
  });
});

describe('detectOtherSecrets: found leaks (2026-12-02, mutation run of secrets.ts 158-257/330-414)', () => {
  it('any number of blanks or tabs between the label or its link and the value', () => {
    expect(other('password:    Tr1cky9')).toEqual(['PASSWORD:Tr1cky9']);
    expect(other('the password is     Tr1cky9 ok')).toEqual(['PASSWORD:Tr1cky9']);
    expect(other('my wifi password is\t\t\t\tcorrect horse battery staple')).toEqual(['PASSWORD:correct horse battery staple']);
    expect(other('PIN:        4821')).toEqual(['PASSWORD:4821']);
    expect(other('パスワード:      abc123')).toEqual(['PASSWORD:abc123']);
    // Blanks, then the end of the line: no value (the next line is not read).
    expect(other('password:        \nTr1cky9')).toEqual([]);
  });
  it('a label inside a run of words taken as a value is read again: its own value is found too', () => {
    expect(other('wifi password is Hunter2x pin: 4821')).toEqual(['PASSWORD:Hunter2x pin', 'PASSWORD:4821']);
    expect(other('the password is Hunter2x pin is 4821')).toEqual(['PASSWORD:Hunter2x pin', 'PASSWORD:4821']);
    expect(other('password is alpha bravo-pin: 4821')).toEqual(['PASSWORD:alpha bravo-pin', 'PASSWORD:4821']);
    // Words of the run that are no label give nothing more.
    expect(other('password is correct horse battery staple')).toEqual(['PASSWORD:correct horse battery staple']);
  });
  it('a card verification value after its label (the label has none of the words the prefilters looked for)', () => {
    expect(other('card verification value: 123')).toEqual(['CVV:123']);
    expect(other('Card Verification Value is 4821')).toEqual(['CVV:4821']);
    expect(other('card security value: 737')).toEqual(['CVV:737']);
  });
});
describe('detectOtherSecrets: an unclosed quote, then blanks (2026-12-02)', () => {
  it('the value is the word after the blanks', () => {
    expect(other('the password is " Tr1cky9')).toEqual(['PASSWORD:Tr1cky9']);
    expect(other('password: «  Tr1cky9 ok')).toEqual(['PASSWORD:Tr1cky9']);
    expect(other('password: "\tTr1cky9')).toEqual(['PASSWORD:Tr1cky9']);
    expect(other('password: " \nTr1cky9')).toEqual([]);
  });
});

// Survivors of the run of secrets.ts 158-257/330-414 at 0431fba (2026-12-02, docs/TESTING.md).
describe('detectOtherSecrets: survivors of the prose, PIN and config rules (2026-12-02)', () => {
  it('after a weak label, a symbol or a capital inside the word makes a secret; capitals alone do not', () => {
    expect(other('secret: ab!cd')).toEqual(['PASSWORD:ab!cd']);
    expect(other('secret: hunterTwo')).toEqual(['PASSWORD:hunterTwo']);
    expect(other('secret: ABC')).toEqual([]);
    expect(other('secret: 12ab')).toEqual(['PASSWORD:12ab']);
  });

  it('a PIN of dashed digit groups is that from its start to its end; letters need a digit', () => {
    expect(other('PIN: +12-34')).toEqual([]);
    expect(other('PIN: 12-34+')).toEqual([]);
    expect(other('PIN: abCd')).toEqual([]);
    // Spaced digits: all of the words digits, four or more of them together.
    expect(other('PIN: ab 12 34')).toEqual([]);
    expect(other('PIN: 1 2 3')).toEqual([]);
  });

  it('a backslash escapes only inside ASCII quotes, and not a line break', () => {
    expect(other('password: “Tr1cky\\” Pass9” ok')).toEqual(['PASSWORD:Tr1cky\\']);
    expect(other('password: "abc1\\\ndef" x')).toEqual(['PASSWORD:abc1\\']);
  });

  it('an unclosed quote is no quote: its word is trimmed and ends its run as any other', () => {
    expect(other('password: "Tr1cky.')).toEqual(['PASSWORD:Tr1cky']);
    expect(other('password: "abc1.\nx')).toEqual(['PASSWORD:abc1']);
    expect(other('password: "Tr1cky ok then')).toEqual(['PASSWORD:Tr1cky']);
    // An empty 「」 is no quote: the word after the opener, from the closer (not a word end).
    expect(other('password: 「」S3cret')).toEqual(['PASSWORD:」S3cret']);
  });

  it('a quoted value is taken whole, letters only too; blanks only, n/a and placeholders are not', () => {
    expect(other('the password is "banana"')).toEqual(['PASSWORD:banana']);
    expect(other('password: "   " ok')).toEqual([]);
    expect(other('password: n/a')).toEqual([]);
    expect(other('password: "PLACEHOLDER"')).toEqual([]);
    expect(other('パスワード: "   "')).toEqual([]);
  });

  it('a value read is not read again for a label inside its first word', () => {
    expect(other('password: pin:1234')).toEqual(['PASSWORD:pin:1234']);
  });

  it('prose words: trailing punctuation only is dropped before the lookup; participles and adverbs are 5+ letters, first word only', () => {
    expect(other('password is a.m bravo charlie')).toEqual(['PASSWORD:a.m bravo charlie']);
    expect(other('password is alpha bravo charlie thanks!!')).toEqual(['PASSWORD:alpha bravo charlie']);
    expect(other('the password was emailed securely overnight')).toEqual([]);
    expect(other('password is correct horse battery stapled')).toEqual(['PASSWORD:correct horse battery stapled']);
    expect(other('password is red horse battery')).toEqual(['PASSWORD:red horse battery']);
    expect(other('password is fully charged battery')).toEqual([]);
    expect(other('password is w1cked horse battery')).toEqual(['PASSWORD:w1cked horse battery']);
    expect(other('password is needle horse battery')).toEqual(['PASSWORD:needle horse battery']);
    expect(other('password is 2024ed horse battery')).toEqual(['PASSWORD:2024ed horse battery']);
  });

  it('an XML element not named like a secret, a value attribute of blanks, a flag after a tool flag, a password starting with digits', () => {
    expect(other('<password>S3cret</password><title>Hunter2</title>')).toEqual(['PASSWORD:S3cret']);
    expect(other('<param name="password" value="   "/>')).toEqual([]);
    expect(other('sshpass -p -verbose ssh host')).toEqual([]);
    expect(other('creds: admin:123abc')).toEqual(['PASSWORD:123abc']);
  });
});
