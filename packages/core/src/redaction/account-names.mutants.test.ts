import { describe, expect, it } from 'vitest';
import { accountPersonValue, detectAccountNames, listedAccountPersonValue } from './account-names.js';
import type { Detection } from './types.js';

// Issue 13: account-names.ts under Stryker (docs/TESTING.md). Each function called directly, no
// redactor: every detection as [text, start, end, type], in the order found. Invented names
// (`qxaro.vlintuk`) are no listed names; `marisol`, `quintanilla`, `mquintanilla` are.
const found = (text: string): Array<[string, number, number, string]> => {
  const out: Detection[] = [];
  detectAccountNames(text, out);
  return out.map((d) => [text.slice(d.start, d.end), d.start, d.end, d.type]);
};
const person = (text: string, value: string, from = 0): [string, number, number, string] => {
  const at = text.indexOf(value, from);
  return [value, at, at + value.length, 'PERSON'];
};

describe('accountPersonValue', () => {
  it.each([
    // given.surname, given_surname: two letters a part at least, 5 to 63 characters.
    ['ab.cd', true],
    ['a.bcd', false],
    ['abc.d', false],
    [`${'a'.repeat(31)}.${'b'.repeat(31)}`, true],
    [`${'a'.repeat(32)}.${'b'.repeat(31)}`, false],
    [`${'a'.repeat(31)}.${'b'.repeat(32)}`, false],
    ['qxaro_vlintuk', true],
    ["ana-maria.o'neil", true],
    ['qxaro.vlintuk.jr', false],
    ['qxaro-vlintuk', false],
    [' qxaro.vlintuk', false],
    ['qxaro.vlintuk ', false],
    ['9xaro.vlintuk', false],
    ['qxaro.9lintuk', false],
    ['qxaro.vlint9k', false],
    ['qxa9o.vlintuk', false],
    // A service's or a role's part, a file's or a domain's ending; in any case.
    ['svc.vlintuk', false],
    ['qxaro.backup', false],
    ['SVC.Vlintuk', false],
    ['qxaro.YAML', false],
    ['config.yaml', false],
    ['yaml.qxaro', true],
    // An initial and a listed surname; a word that is not.
    ['mquintanilla', true],
    ['Mquintanilla', true],
    ['docker', false],
    ['quintanilla', false],
  ] as Array<[string, boolean]>)('%s', (value, expected) => {
    expect(accountPersonValue(value)).toBe(expected);
  });
});

describe('listedAccountPersonValue', () => {
  it.each([
    // given.surname with a listed part, first or last, in any case.
    ['marisol.qxvrt', true],
    ['qxvrt.quintanilla', true],
    ['Marisol_Qxvrt', true],
    // No listed part: a slug, a cursor.
    ['qxaro.vlintuk', false],
    ['nightly_build', false],
    // Not an account of a person at all.
    ['svc.quintanilla', false],
    // One word: an initial and a listed surname needs no listed part.
    ['mquintanilla', true],
  ] as Array<[string, boolean]>)('%s', (value, expected) => {
    expect(listedAccountPersonValue(value)).toBe(expected);
  });
});

describe('after an account label', () => {
  it.each([
    'Account Name: qxaro.vlintuk',
    'Account Name:\tqxaro.vlintuk',
    'Target User Name: qxaro.vlintuk',
    'subject account_name=qxaro.vlintuk',
    'New UserName: qxaro.vlintuk',
    'sAMAccountName: qxaro_vlintuk',
    'user=qxaro.vlintuk domain=CORP',
    'username: "qxaro.vlintuk"',
    'Logon Name: qxaro.vlintuk',
    'uid=qxaro.vlintuk,ou=people',
    'sshd: Invalid user qxaro.vlintuk from 10.0.0.1',
    "ana-maria.o'neil is user ana-maria.o'neil",
  ])('%s', (text) => {
    const value = text.endsWith("o'neil") ? "ana-maria.o'neil" : text.includes('qxaro_vlintuk') ? 'qxaro_vlintuk' : 'qxaro.vlintuk';
    expect(found(text)).toEqual([person(text, value, text.lastIndexOf(value))]);
  });
  // A closing quote or a dash after the account is not the account (it was masked with it until 2026-12-05, mutation run).
  it.each(["login='qxaro.vlintuk'", "user: 'qxaro.vlintuk''", "run as 'CORP\\qxaro.vlintuk'", 'account CORP\\qxaro.vlintuk- done'])('%s: the account without its quote', (text) => {
    expect(found(text)).toEqual([person(text, 'qxaro.vlintuk')]);
  });
  it('each account of a text, at its place', () => {
    const text = 'Account Name: qxaro.vlintuk\nAccount Name: dorric.halversham';
    expect(found(text)).toEqual([person(text, 'qxaro.vlintuk'), person(text, 'dorric.halversham')]);
  });
  it.each([
    // A service's word, a file, a domain, one word, an email, three parts, a letter or digit after it.
    'Account Name: svc.vlintuk',
    'Account Name: qxaro.backup',
    'Account Name: config.yaml',
    'Account Name: corp.local',
    'Account Name: qxarovlintuk',
    'Account Name: q.vlintuk',
    'user: qxaro.vlintuk@example.com',
    'user: qxaro.vlintuk.jr',
    'user: qxaro.vlintuk9',
    'user: qxaro.vlintuk$',
    'user: qxaro.vlintuk_x',
    // No label: a word ending in `user`, a value glued to `username` by no separator.
    'superuser qxaro.vlintuk',
    'no label qxaro.vlintuk here',
  ])('%s: none', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('after a NetBIOS domain and a backslash', () => {
  it.each([
    ['User CORP\\qxaro.vlintuk logged on', 'qxaro.vlintuk'],
    ['ID: CORP\\\\qxaro.vlintuk', 'qxaro.vlintuk'],
    ['(CORP-2\\qxaro_vlintuk)', 'qxaro_vlintuk'],
  ])('%s', (text, value) => {
    expect(found(text)).toEqual([person(text, value)]);
  });
  it.each([
    'from corp\\qxaro.vlintuk',
    'xCORP\\qxaro.vlintuk',
    'CORP\\\\\\qxaro.vlintuk',
    'CORP\\svc.backup',
    'NT AUTHORITY\\SYSTEM',
  ])('%s: none', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('cloud and host accounts', () => {
  it.each([
    ['arn:aws:iam::123456789012:user/ops/qxaro.vlintuk', 'qxaro.vlintuk'],
    ['arn:aws:iam::123456789012:user/qxaro.vlintuk', 'qxaro.vlintuk'],
    ['arn:aws-us-gov:iam::123456789012:user/a/b/qxaro.vlintuk,', 'qxaro.vlintuk'],
    ['arn:aws:sts::123456789012:assumed-role/AdminRole/qxaro.vlintuk', 'qxaro.vlintuk'],
    ['arn:aws:iam::123456789012:user/mquintanilla', 'mquintanilla'],
    ['sshd[1]: Accepted publickey for qxaro.vlintuk from 10.0.0.5', 'qxaro.vlintuk'],
    ['sshd[1]: Accepted publickey for mquintanilla from 10.0.0.5', 'mquintanilla'],
    ['bastion sudo:  qxaro.vlintuk : TTY=pts/0', 'qxaro.vlintuk'],
    ['bastion sudo[881]: qxaro.vlintuk\t: TTY=pts/0', 'qxaro.vlintuk'],
    ['bastion SUDO: qxaro.vlintuk    : TTY=pts/0', 'qxaro.vlintuk'],
    ['bastion su: (to root) qxaro.vlintuk on pts/1', 'qxaro.vlintuk'],
    ['bastion su[77]: (to sudo) qxaro.vlintuk on pts/1', 'qxaro.vlintuk'],
  ])('%s', (text, value) => {
    expect(found(text)).toEqual([person(text, value)]);
  });
  it('sshd\'s `invalid user` is also an account label: found twice', () => {
    const text = 'sshd[1]: Failed keyboard-interactive/pam for invalid user qxaro.vlintuk from 10.0.0.5';
    expect(found(text)).toEqual([person(text, 'qxaro.vlintuk'), person(text, 'qxaro.vlintuk')]);
  });
  // The prefilter let these through until 2026-12-05 (mutation run): no `accepted`, `user`, `account` in them.
  it.each([
    ['sshd[77]: Failed password for qxaro.vlintuk from 10.0.0.5 port 2201 ssh2', 2],
    ['sshd[77]: Failed publickey for mquintanilla from 10.0.0.5', 1],
    ['Password for qxaro.vlintuk changed', 1],
    // The patterns fold case by Unicode (`ſ` is `s`); the prefilter too since 2026-12-05.
    ['uſer=qxaro.vlintuk', 1],
  ])('%s: read without another cue', (text, times) => {
    const value = text.includes('mquintanilla') ? 'mquintanilla' : 'qxaro.vlintuk';
    expect(found(text)).toEqual(Array.from({ length: times }, () => person(text, value)));
  });
  it('a dash inside the account stays in it', () => {
    const text = 'sshd[1]: Accepted publickey for ana-maria.vlintuk from 10.0.0.5';
    expect(found(text)).toEqual([person(text, 'ana-maria.vlintuk')]);
  });
  it('a quote or a dash after the account is not the account', () => {
    const text = "sshd[1]: Accepted publickey for qxaro.vlintuk'' from 10.0.0.5";
    expect(found(text)).toEqual([person(text, 'qxaro.vlintuk')]);
    const dashed = 'sshd[1]: Accepted publickey for qxaro.vlintuk- from 10.0.0.5';
    expect(found(dashed)).toEqual([person(dashed, 'qxaro.vlintuk')]);
  });
  it.each([
    // One word that is no initial and a listed surname, a service's account, sudo not followed by ` :`.
    'sshd[1]: Accepted publickey for docker from 10.0.0.9',
    'sshd[1]: Accepted publickey for svc.backup from 10.0.0.9',
    'bastion sudo: qxaro.vlintuk on host',
    'bastion sudo: qxaro.vlintuk: TTY=pts/0',
    'bastion sudo: qxaro.vlintuk x : TTY=pts/0',
    'bastion sudo: qxaro.vlintuk     : TTY=pts/0',
    'bastion sudo:  mquintanilla TTY=pts/0 :',
    'arn:aws:sts::123456789012:assumed-role/EKSNodeRole/i-0abc123def4567890',
    'arn:aws:iam::123456789012:user/qxaro.vlintuk@example.com',
  ])('%s: none', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('a computer named after its user', () => {
  it.each([
    ['host LAPTOP-QXAROV joined', 'QXAROV'],
    ['DESKTOP-AMARAOKAFOR', 'AMARAOKAFOR'],
    ['(MBP-VLIN)', 'VLIN'],
    // The prefilter let `MACBOOK-` through until 2026-12-05 (mutation run).
    ['host MACBOOK-QXAROVLINTUK joined', 'QXAROVLINTUK'],
  ])('%s', (text, value) => {
    expect(found(text)).toEqual([person(text, value)]);
  });
  it.each(['DESKTOP-7F3KQ2M', 'LAPTOP-FINANCE', 'LAPTOP-Finance', 'laptop-qxarov', 'LAPTOP-QXA', 'LAPTOP-QXAROV2', 'XLAPTOP-QXAROV'])('%s: none', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('the prefilter', () => {
  it('a text with none of the cues is not read', () => {
    expect(found('qxaro.vlintuk and dorric_halversham')).toEqual([]);
  });
});
