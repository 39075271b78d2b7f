// Mutation tests for password-forms.ts (issue 13; docs/TESTING.md, the row of the detectors of
// 2026-12-03 evening): the exact span of each spelling through detectPasswordForms, in process,
// direct calls. The probe suite (test/redaction/secrets-probe6.test.ts) asks only that a secret
// span covers the password, through detectSensitive, so a span one character too wide, or another
// detector masking the same text, let mutants live.
import { describe, expect, it } from 'vitest';
import type { Detection } from './types.js';
import { detectPasswordForms } from './password-forms.js';

const detect = (text: string): Detection[] => {
  const out: Detection[] = [];
  detectPasswordForms(text, out);
  return out;
};
const found = (text: string): string[] => detect(text).map((d) => text.slice(d.start, d.end));
const pw = 'Wr0ngHorse!Batt';

describe('detectPasswordForms: the span of each spelling', () => {
  it.each([
    `$p = ConvertTo-SecureString "${pw}" -AsPlainText -Force`,
    `ConvertTo-SecureString -String '${pw}' -AsPlainText`,
    `"${pw}" | ConvertTo-SecureString -AsPlainText -Force`,
    `<entry key="db.password">${pw}</entry>`,
    `<entry key="db.password">  ${pw} </entry>`,
    `<input type="password" name="pw" value="${pw}">`,
    `<input value='${pw}' type=password>`,
    `ENV DB_PASSWORD ${pw}`,
    `setx DB_PASSWORD "${pw}"`,
    `db.password '${pw}'`,
    `rclone config create s3 s3 secret_access_key ${pw}`,
    `WIFI:T:WPA;S:HomeNet;P:${pw};;`,
    `WIFI:P:${pw};S:HomeNet;;`,
    `psk="${pw}"`,
    `wpa_psk ${pw}`,
    `creds tevita:${pw}.`,
    `u/p tevita/${pw},`,
    `u: tevita p: ${pw};`,
    `USER tevita\nPASS ${pw}`,
    `ftp> pass ${pw}`,
    `PASS ${pw}`,
    `a1 LOGIN tevita "${pw}"`,
    `mongo -u admin -p "${pw}" --authenticationDatabase admin`,
    `influx -username admin -password '${pw}'`,
    `security answer: ${pw}!`,
    `memorable word is "${pw}."`.replace('.', ''),
    `passw0rd=${pw},`,
    `p4ssword: "${pw}"`,
  ])('%s', (text) => {
    const start = text.indexOf(pw);
    expect(detect(text)).toEqual([{ start, end: start + pw.length, type: 'PASSWORD', class: 'secret' }]);
  });
  it('SMTP AUTH PLAIN: its Base64', () => expect(found('AUTH PLAIN AHRldml0YQBUcjB1YjRkb3IzeHl6 ok')).toEqual(['AHRldml0YQBUcjB1YjRkb3IzeHl6']));
  it('appends after what is there', () => {
    const out: Detection[] = [{ start: 0, end: 1, type: 'EMAIL', class: 'pii.email' }];
    detectPasswordForms(`psk=${pw}`, out);
    expect(out.map((d) => d.type)).toEqual(['EMAIL', 'PASSWORD']);
  });
});

describe('what each rule leaves', () => {
  it('a value of 3 characters is a password, of 2 not; a variable or a template is none', () => {
    expect(found('ENV DB_PASSWORD abc')).toEqual(['abc']);
    expect(found('ENV DB_PASSWORD ab')).toEqual([]);
    for (const value of ['$DB_PASS', '${DB_PASS}', '$_x1', '{{ db_pass }}']) expect(found(`setx DB_PASSWORD "${value}"`), value).toEqual([]);
    expect(found('setx DB_PASSWORD "$1abc"')).toEqual(['$1abc']);
  });
  it('an element or config name that names no secret keeps its value', () => {
    expect(found(`<entry key="db.user">${pw}</entry>`)).toEqual([]);
    expect(found(`<entry key="db.password">   </entry>`)).toEqual([]);
    expect(found(`db.username ${pw}`)).toEqual([]);
  });
  it('an input that is no password field, or has no value, keeps it', () => {
    expect(found(`<input type="text" value="${pw}">`)).toEqual([]);
    expect(found('<input type="password" value="">')).toEqual([]);
    expect(found('<input type="password" name="pw">')).toEqual([]);
  });
  it('a config name then a bare value: only one that looks like a password; after ENV or quoted, any', () => {
    expect(found('db.password hunter')).toEqual([]);
    expect(found('db.password "hunter"')).toEqual(['hunter']);
    expect(found('ENV DB_PASSWORD hunter')).toEqual(['hunter']);
    expect(found('db.password "   "')).toEqual([]);
    expect(found('db.password Hunter22x')).toEqual(['Hunter22x']);
  });
  it('Wi-Fi: after = or quoted, 8 characters or a digit; bare, a password-like word', () => {
    expect(found('psk=abcdefgh')).toEqual(['abcdefgh']);
    expect(found('psk=abcdefg')).toEqual([]);
    expect(found('wifi password: abc1')).toEqual([]);
    expect(found('psk="abc1"')).toEqual(['abc1']);
    expect(found('psk abcdefghij')).toEqual([]);
    expect(found('psk Hunter22x')).toEqual(['Hunter22x']);
    expect(found('WIFI:T:WPA;S:HomeNet;;')).toEqual([]);
  });
  it('a user and a password: trailing punctuation off; a port, a URL or a word stays', () => {
    expect(found('login tevita:8080')).toEqual([]);
    expect(found('login tevita://host')).toEqual([]);
    expect(found('login tevita:password')).toEqual([]);
    expect(found('login tevita:h4x)')).toEqual(['h4x']);
  });
  it('PASS without an FTP session: only a password-like word', () => {
    expect(found('PASS src/app.test.ts (12 tests)')).toEqual([]);
    expect(found('USER tevita\nPASS hunter')).toEqual(['hunter']);
    expect(found('331 Password required\nPASS hunter')).toEqual(['hunter']);
  });
  it('a security answer: a prose word stays, a quoted one not; trailing punctuation off', () => {
    expect(found('security answer: required')).toEqual([]);
    expect(found('security answer: "required"')).toEqual(['required']);
    expect(found('security answer: Fluffy2009.')).toEqual(['Fluffy2009']);
    expect(found('security answer: "Fluffy2009."')).toEqual(['Fluffy2009.']);
  });
  it('the leet label: password= and passwd: are not its', () => {
    expect(found(`password=${pw}`)).toEqual([]);
    expect(found(`passwd: ${pw}`)).toEqual([]);
    expect(found(`pa55wd=${pw};`)).toEqual([pw]);
  });
});

describe('the survivors of the Stryker run (2026-12-03 evening)', () => {
  it('a value under 3 characters from any rule is none; `$` or `{{` only at its start voids it', () => {
    expect(found('<entry key="db.password">ab</entry>')).toEqual([]);
    expect(found('security answer: "ab"')).toEqual([]);
    expect(found('setx DB_PASSWORD "ab$Cd12"')).toEqual(['ab$Cd12']);
  });
  it('a word is quoted only when a quote opens and closes it', () => {
    expect(found("a1 LOGIN tevita ab'cd'")).toEqual(["ab'cd'"]);
    expect(found("a1 LOGIN tevita 'ab'cd")).toEqual(["'ab'cd"]);
  });
  it('trailing punctuation: the whole run at the end only, after each user-and-password form', () => {
    for (const [form, tail] of [
      ['login tevita:', ''],
      ['u/p tevita/', ''],
      ['u: tevita p: ', ''],
    ]) {
      expect(found(`${form}a..b1)${tail}`), form).toEqual(['a..b1']);
      expect(found(`${form}h4x.)${tail}`), form).toEqual(['h4x']);
    }
    expect(found('login tevita:ab12')).toEqual(['ab12']);
    expect(found('login tevita:12ab')).toEqual(['12ab']);
    expect(found('security answer: Fluffy2009.!')).toEqual(['Fluffy2009']);
    // A participle or an adverb as the answer is prose (isProseWord's first-word reading).
    expect(found('security answer: forwarded')).toEqual([]);
    expect(found('memorable word was thoroughly')).toEqual([]);
    expect(found('p4ssword=a,b1')).toEqual(['a,b1']);
    expect(found('p4ssword=h4x,;')).toEqual(['h4x']);
  });
  it('the Wi-Fi QR code: a P field is the first after WIFI: or a ;, not inside the SSID', () => {
    expect(found('WIFI:S:aWIFI:P:x;P:realpass1;;')).toEqual(['realpass1']);
  });
  it('Wi-Fi keys: a quoted value without = is read as given; `wifi` without a hyphen is a cue', () => {
    expect(found('wpa_psk "abcdefgh"')).toEqual(['abcdefgh']);
    expect(found('wifi password: abcdefgh1')).toEqual(['abcdefgh1']);
  });
  it('`u :` with a blank is a user label; an indented USER line is an FTP session', () => {
    expect(found('u : tevita p : Hunter22x')).toEqual(['Hunter22x']);
    expect(found('  USER tevita\nPASS hunter')).toEqual(['hunter']);
  });
});
