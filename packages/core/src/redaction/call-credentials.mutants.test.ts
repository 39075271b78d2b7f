// Issue 13 (mutation testing) for call-credentials.ts and internal/call-arguments.ts: direct calls,
// exact results. call-credentials.test.ts checks what is stored for the probe's kinds; these pin
// the gate, each signature's positions, the receivers a call needs, the tuple rule and the
// argument reader's bounds, with the look-alike that must find nothing beside each.
import { describe, expect, it } from 'vitest';
import { detectCallCredentials } from './call-credentials.js';
import { callArguments } from './internal/call-arguments.js';
import type { Detection } from './types.js';

const isPlaceholder = (value: string): boolean => value === 'xxx' || value.startsWith('<');
/** The detections as `TYPE:text`, in the order they were added. */
const found = (text: string): string[] => {
  const out: Detection[] = [];
  detectCallCredentials(text, out, isPlaceholder);
  for (const each of out) expect(each.class).toBe('secret');
  return out.map((each) => `${each.type}:${text.slice(each.start, each.end)}`);
};
const pair = (user: string, password: string): string[] => [`PASSWORD:${password}`, `USERNAME:${user}`];
/** The list read from the first `(`: each argument as written, its literal's value, its keyword. */
const read = (text: string) => {
  const { list, close } = callArguments(text, text.indexOf('('));
  return { close, list: list?.map((each) => [text.slice(each.start, each.end), each.value === undefined ? null : text.slice(each.value[0], each.value[1]), each.keyword ?? null]) };
};

describe('detectCallCredentials', () => {
  it('reads nothing in a text under 12 characters, without a ( or without a cue', () => {
    expect(found('s.login("u","pw1")')).toEqual(pair('u', 'pw1'));
    expect(found('s.login("","pwd")')).toEqual(['PASSWORD:pwd']);
    expect(found('a.login("","pw")')).toEqual([]);
    expect(found('s.login("","pw1")'.slice(0, 11))).toEqual([]);
    expect(found('auth = ["user", "pwd1"]')).toEqual([]);
  });

  it('wants a password of 3 or more characters that is no placeholder; the user when a literal, not empty, no placeholder', () => {
    expect(found('s.login("uu","pwd")')).toEqual(pair('uu', 'pwd'));
    expect(found('s.login("uu","pw")')).toEqual([]);
    expect(found('s.login("u", "xxx")')).toEqual([]);
    expect(found('s.login("<u>", "pwd1")')).toEqual(['PASSWORD:pwd1']);
    expect(found('s.login(u, "pwd1")')).toEqual(['PASSWORD:pwd1']);
    expect(found('s.login("uu", pwd1)')).toEqual([]);
  });

  it('reads a known name not inside a word, up to 3 blanks before its (', () => {
    expect(found('s.login   ("uu","pwd1")')).toEqual(pair('uu', 'pwd1'));
    expect(found('s.login\t("uu","pwd1")')).toEqual(pair('uu', 'pwd1'));
    expect(found('s.login    ("uu","pwd1")')).toEqual([]);
    expect(found('s.xlogin("uu","pwd1")')).toEqual([]);
    expect(found('s.$login("uu","pwd1")')).toEqual([]);
  });

  it("'any' wants a receiver: . ?. :: -> with blanks around (3 at most after it), or a call's )", () => {
    for (const call of ['s.login', 's?.login', 's::login', 's->login', 's .login', 's\t. login', 's.   login', 's    .login', 'f(h).login', 'a[0].login', ' . login']) {
      expect(found(`${call}("uu","pwd1")`), call).toEqual(pair('uu', 'pwd1'));
    }
    for (const call of ['login', 's=>login', 's:login', 's-login', 's?login', 's.    login']) expect(found(`${call}("uu","pwd1") `), call).toEqual([]);
  });

  it('a listed receiver must be one of the list, the whole name before the dot', () => {
    expect(found('x = pymysql . connect("h","uu","pwd1")')).toEqual(pair('uu', 'pwd1'));
    expect(found('MySQLdb.connect("h","uu","pwd1")')).toEqual(pair('uu', 'pwd1'));
    expect(found('pymysql.Connect("h","uu","pwd1")')).toEqual(pair('uu', 'pwd1'));
    expect(found('Credentials::basic("uu","pwd1")')).toEqual(pair('uu', 'pwd1'));
    expect(found('db.connect("h","uu","pwd1")')).toEqual([]);
    expect(found('my_pymysql.connect("h","uu","pwd1")')).toEqual([]);
    expect(found('Other.basic("uu","pwd1")')).toEqual([]);
    expect(found('basic("uu","pwd1") Credentials')).toEqual([]);
  });

  it("a listed receiver's name: letters, digits, _ and $ belong to it, other signs end it; blanks and tabs around its dot", () => {
    for (const call of ['x1pymysql', 'x0pymysql', 'x9pymysql', '$pymysql', 'Apymysql', 'Zpymysql', 'apymysql', 'zpymysql', '_pymysql']) expect(found(`${call}.connect("h","uu","pwd1")`), call).toEqual([]);
    for (const call of [':pymysql', '[pymysql', '{pymysql', '@pymysql', 'pymysql?', 'pymysql\t', 'pymysql ']) expect(found(`${call}.connect("h","uu","pwd1")`), call).toEqual(pair('uu', 'pwd1'));
    expect(found('pymysql.\tconnect("h","uu","pwd1")')).toEqual(pair('uu', 'pwd1'));
    expect(found('s:-login("uu","pwd1")')).toEqual([]);
    expect(found('s-+login("uu","pwd1")')).toEqual([]);
    // Far from the text's start.
    expect(found(`${' '.repeat(80)}x = pymysql.connect("h","uu","pwd1")`)).toEqual(pair('uu', 'pwd1'));
  });

  it('an auth tuple that does not close is none', () => {
    expect(found('auth = ("uu", "pwd1"')).toEqual([]);
  });

  it('each signature: its positions by the number of positional arguments, keywords left out', () => {
    expect(found('getConnection("uu","pwd1")')).toEqual(pair('uu', 'pwd1'));
    expect(found('getConnection(u,"uu","pwd1")')).toEqual(pair('uu', 'pwd1'));
    expect(found('getConnection(u,"uu","pwd1",x)')).toEqual([]);
    expect(found('getConnection("pwd1") ')).toEqual([]);
    expect(found('HTTPBasicAuth(password="pwd1")')).toEqual([]);
    expect(found('HTTPBasicAuth(timeout=3, "uu", "pwd1")')).toEqual(pair('uu', 'pwd1'));
    for (const call of ['new PDO("d", "uu", "pwd1")', 'ftp_login($f, "uu", "pwd1")', 'mysqli_connect("h", "uu", "pwd1")', 'new mysqli("h", "uu", "pwd1")', 'PlainAuth("", "uu", "pwd1", "h")', 'x.simple_bind("uu","pwd1")', 'x.simple_bind_s("uu","pwd1")']) {
      expect(found(call), call).toEqual(pair('uu', 'pwd1'));
    }
    for (const call of ['HTTPBasicAuth', 'HTTPDigestAuth', 'HTTPProxyAuth', 'BasicAuth', 'DigestAuth', 'NetworkCredential', 'PasswordAuthentication', 'UsernamePasswordCredentials', 'UsernamePasswordAuthenticationToken']) {
      expect(found(`${call}("uu", "pwd1")`), call).toEqual(pair('uu', 'pwd1'));
    }
    // Too few arguments for a signature's positions.
    expect(found('new PDO("d", "pwd1")')).toEqual([]);
  });

  it('a list that does not close is no call; a call inside a list read before is not read again', () => {
    expect(found('s.login("uu", "pwd1"')).toEqual([]);
    expect(found('HTTPBasicAuth(HTTPBasicAuth("a1", "pwd1"), "pwd2")')).toEqual(['PASSWORD:pwd2']);
    // Two calls one after the other are both read.
    expect(found('s.login("u1", "pwd1"); t.login("u2", "pwd2")')).toEqual([...pair('u1', 'pwd1'), ...pair('u2', 'pwd2')]);
  });

  it('a 2-tuple given to a name ending in auth, credentials or creds, after = or :, quoted or not', () => {
    for (const tuple of ['auth = ("uu", "pwd1")', "'auth': ('uu', 'pwd1')", '"basic_auth":("uu","pwd1")', 'my_creds:("uu","pwd1")', 'CREDENTIALS = ("uu","pwd1")', 'x.Auth\t=\t("uu","pwd1")', 'Creds=("uu","pwd1")', 'AUTH=("uu","pwd1")', 'credentials=("uu","pwd1")', 'CREDS=("uu","pwd1")']) {
      expect(found(tuple), tuple).toEqual(pair('uu', 'pwd1'));
    }
    for (const tuple of ['x.auth=("uu","pwd1", "z")', 'authx = ("uu","pwd1")', 'auth == ("uu","pwd1")', 'auth    = ("uu","pwd1")', 'auth = ["uu","pwd1"]', 'xauth_ = ("uu", "pwd1")']) {
      expect(found(tuple), tuple).toEqual([]);
    }
    // A tuple inside a tuple read before is not read again.
    expect(found('auth=(auth=("uu","pwd1"), 2)')).toEqual([]);
    expect(found('auth=("u1","pwd1"), creds=("u2","pwd2")')).toEqual([...pair('u1', 'pwd1'), ...pair('u2', 'pwd2')]);
  });

  it('finds the offsets of each value', () => {
    const out: Detection[] = [];
    detectCallCredentials('s.login("qv", "Pz4!Kq9Lw")', out, isPlaceholder);
    expect(out).toEqual([
      { start: 15, end: 24, type: 'PASSWORD', class: 'secret' },
      { start: 9, end: 11, type: 'USERNAME', class: 'secret' },
    ]);
  });
});

describe('callArguments', () => {
  it('reads an empty list as none, a trailing comma as an empty argument', () => {
    expect(read('f()')).toEqual({ close: 2, list: [] });
    expect(read('f( )')).toEqual({ close: 3, list: [] });
    expect(read('f(a,)')).toEqual({ close: 4, list: [['a', null, null], ['', null, null]] });
    expect(read('f(,)')).toEqual({ close: 3, list: [['', null, null], ['', null, null]] });
  });

  it('steps over literals (an escaped quote inside) and nested brackets', () => {
    expect(read('f(a, "b,c", (d, e), [f, g], {h: i}, `j`)')).toEqual({ close: 39, list: [['a', null, null], ['"b,c"', 'b,c', null], ['(d, e)', null, null], ['[f, g]', null, null], ['{h: i}', null, null], ['`j`', 'j', null]] });
    expect(read('f("a\\"b", x)')).toEqual({ close: 11, list: [['"a\\"b"', 'a\\"b', null], ['x', null, null]] });
    expect(read('f("a)", \'b(\', `c,`)')).toEqual({ close: 18, list: [['"a)"', 'a)', null], ["'b('", 'b(', null], ['`c,`', 'c,', null]] });
  });

  it('reads no list that does not close, closes with ] or }, or holds 13 arguments', () => {
    expect(read('f("unclosed')).toEqual({ close: 11, list: undefined });
    expect(read('f("x\\")')).toEqual({ close: 7, list: undefined });
    expect(read('f(a]')).toEqual({ close: 3, list: undefined });
    expect(read('f(a}')).toEqual({ close: 3, list: undefined });
    expect(read('f(a, (b]')).toEqual({ close: 8, list: undefined });
    expect(read('f(a, (b)')).toEqual({ close: 8, list: undefined });
    expect(read('f(1,2,3,4,5,6,7,8,9,10,11,12)').list).toHaveLength(12);
    expect(read('f(1,2,3,4,5,6,7,8,9,10,11,12,13)')).toEqual({ close: 28, list: undefined });
  });

  it('reads a list of at most 1,024 characters from its (', () => {
    expect(read(`f(${'a'.repeat(1022)})`)).toEqual({ close: 1024, list: [['a'.repeat(1022), null, null]] });
    expect(read(`f(${'a'.repeat(1023)})`)).toEqual({ close: 1025, list: undefined });
    expect(read(`f("${'a'.repeat(1020)}")`)).toEqual({ close: 1024, list: [[`"${'a'.repeat(1020)}"`, 'a'.repeat(1020), null]] });
    expect(read(`f("${'a'.repeat(1021)}")`)).toEqual({ close: 1025, list: undefined });
    // The bound counts from the list's (, not from the text's start.
    expect(read(`x${' '.repeat(2000)}f(${'a'.repeat(1022)})`).list).toHaveLength(1);
  });

  it("a blank argument's start and end are where its delimiter is", () => {
    expect(callArguments('f(a,  )', 1).list?.[1]).toEqual({ start: 6, end: 6 });
    expect(callArguments('f(a,\t\n, b)', 1).list?.[1]).toEqual({ start: 6, end: 6 });
  });

  it('${ makes no value only in a template', () => {
    expect(read('f("a${b}", `c${d}`)').list).toEqual([['"a${b}"', 'a${b}', null], ['`c${d}`', null, null]]);
  });

  it('reads literals with a prefix and a conversion after them; not a template with ${, nor an expression', () => {
    expect(read("f(r'a', b\"b\", u'c', @\"d\", rb'e', RB\"f\", 'g'.encode('utf-8'), \"h\".toCharArray(), 'i'.getBytes(), `j${k}`, `l`)").list).toEqual([
      ["r'a'", 'a', null], ['b"b"', 'b', null], ["u'c'", 'c', null], ['@"d"', 'd', null], ["rb'e'", 'e', null], ['RB"f"', 'f', null],
      ["'g'.encode('utf-8')", 'g', null], ['"h".toCharArray()', 'h', null], ["'i'.getBytes()", 'i', null], ['`j${k}`', null, null], ['`l`', 'l', null],
    ]);
    expect(read(`f(bbb'x', 'x'.ToCharArray(), 'y'.encode("${'a'.repeat(22)}"), 'z'.encode("${'a'.repeat(23)}"), "a'b", 'c"d')`).list).toEqual([
      ["bbb'x'", null, null], ["'x'.ToCharArray()", 'x', null], [`'y'.encode("${'a'.repeat(22)}")`, 'y', null], [`'z'.encode("${'a'.repeat(23)}")`, null, null], ['"a\'b"', "a'b", null], ["'c\"d'", 'c"d', null],
    ]);
    expect(read("f(\"e\" + \"f\", 'g'.upper(), 'h\\'i', \"j\", '')").list).toEqual([['"e" + "f"', null, null], ["'g'.upper()", null, null], ["'h\\'i'", "h\\'i", null], ['"j"', 'j', null], ["''", '', null]]);
  });

  it('reads a keyword argument (not ==) by its name, of at most 41 characters, blanks around each argument trimmed', () => {
    expect(read("f(x='a', y == 'b', 'c' , ' d ')").list).toEqual([['x=\'a\'', null, 'x'], ["y == 'b'", null, null], ["'c'", 'c', null], ["' d '", ' d ', null]]);
    expect(read("f(abc='v', _x =  'w', 1a='z', \t\n'q'\n)").list).toEqual([["abc='v'", null, 'abc'], ["_x =  'w'", null, '_x'], ["1a='z'", null, null], ["'q'", 'q', null]]);
    expect(read(`f(${'k'.repeat(41)}='v')`).list).toEqual([[`${'k'.repeat(41)}='v'`, null, 'k'.repeat(41)]]);
    expect(read(`f(${'k'.repeat(42)}='v')`).list).toEqual([[`${'k'.repeat(42)}='v'`, null, null]]);
  });
});
