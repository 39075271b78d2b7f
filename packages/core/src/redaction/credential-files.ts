import { namesSecret } from './key-names.js';
import { isProseWord, SPACED_PASSWORD_LABELS } from './secrets.js';
import { basicCredentials } from './internal/checks.js';
import type { Detection } from './types.js';
import { gatedTest } from './internal/prefilter.js';

// ------------------------------------------------------- credentials in everyday file formats
// Issue 11, a fresh attacker (leak A): credentials written the way everyday files and phrases
// write them, each a family found by its grammar rather than one spelling:
//   - password hashes: every crypt(3) modular hash (`$1$`, `$2a$`/`$2b$`/`$2y$`, `$5$`, `$6$`,
//     `$apr1$`, `$y$`, `$gy$`, `$7$`, `$md5$`, `$sha1$`, `$argon2id$`, `$scrypt$`,
//     `$pbkdf2-sha256$`) and every RFC 2307 `{SCHEME}` hash (`{SHA}`, `{SSHA}`, `{SSHA512}`,
//     `{MD5}`, `{CRYPT}`, `{PBKDF2}`, `{ARGON2}`, `{CLEARTEXT}`, ...) wherever it stands: htpasswd,
//     /etc/shadow, LDIF `userPassword:`, a database dump; and the password field of a shadow line
//     (`name:HASH:lastchg:min:max:...`) whatever the hash is;
//   - a pair of a name element and a value element (a plist `<key>password</key><string>…
//     </string>`, Hadoop's `<name>fs.s3a.secret.key</name><value>…</value>`) whose name is a
//     secret's by the key-name rules;
//   - .netrc entries: `machine HOST [login U] [account A] password P` and `default … password P`,
//     tokens separated by any whitespace, line breaks included;
//   - a user and a password side by side: `login with admin / Tr0ub4dor&3`, `sign in as root/…`,
//     `creds are admin / …` (a login word, the user, a slash, the password), and `user admin pass
//     hunter2`, `username: admin, password hunter2` (a user label and its value, then a password
//     label with no colon: the user label is what makes the value a password);
//   - Docker's `"auth": "<base64 of user:password>"` in text (a config file read as a string).
// Every pattern starts at a literal and each quantifier is bounded or runs over one character
// class that the next token cannot match, so a match attempt reads a bounded number of characters
// (values are masked to their end); a text with none of the cues costs the prefilter.

/** A digit or a symbol, or a capital inside the word (`HunterTwo`; `Reset`, `Apple` are words). */
const looksSecret = (value: string) => /[^\p{L}]/u.test(value) || /\p{Ll}\p{Lu}/u.test(value);
/** A digit or a symbol: after a slash, `Google / Apple` and `GitHub / GitLab` are names of things. */
const hasNonLetter = (value: string) => /[^\p{L}]/u.test(value);
/**
 * Words said of a password or a login rather than a password (`password reset`, `pass rate`,
 * `user account password policy`, `log in with email / password`), and the names of login methods.
 */
export const LOGIN_TALK: ReadonlySet<string> = new Set(
  `reset resets policy policies manager managers field fields hint hints strength recovery change changes protected protection rule rules
requirement requirements expiry expiration length prompt dialog box form page screen file files hash hashes list store storage vault
generator complexity history rotation attempt attempts login logins logout authentication auth mark marks grade rate rates level through
check checks mismatch error errors failure failed update updates setting settings option options input entry request requests link links
reminder sync age prompt less protected required
password passwords passwort kennwort pass passwd pwd pw passphrase passcode pin pins email mail username user users phone sms otp code codes key keys
token tokens sso oauth saml ldap google apple github gitlab facebook microsoft twitter biometrics fingerprint face magic account accounts`
    .split(/\s+/)
    .filter((word) => word !== ''),
);
/**
 * A password of letters only (`hunter`, `letmein`), read where the pair's grammar says it is one
 * (issue 11, still open): lower-case letters, or any case after a lower-case user (`admin / Hunter`;
 * `Google / Apple`, `user Bob password Reset` are names and words), four or more, no prose word
 * and nothing said of a password (`reset`, `rate`, `policy`), ending its clause: the end of the
 * text or of the line, or punctuation or a quote right after it (`log in as admin / root is not
 * allowed` stays).
 */
function lettersPassword(value: string, user: string, text: string, end: number): boolean {
  if (value.length < 4 || !/^\p{L}+$/u.test(value)) return false;
  if (!/^\p{Ll}+$/u.test(value) && !/^[\p{Ll}\p{N}._-]+$/u.test(user)) return false;
  const lower = value.toLowerCase();
  if (LOGIN_TALK.has(lower) || isProseWord(lower, true)) return false;
  return /^(?:[ \t]*(?:[\r\n]|$)|[.,;!?)\]}"'`])/.test(text.slice(end, end + 8));
}
/** Trailing sentence punctuation after a value (`hunter2.`) belongs to the sentence; `!` right after it stays. */
const trimTrailing = (value: string) => value.replace(/[.,;:?)\]}>]+$/, '');

/** Any of the cues of the patterns below, in one scan: most strings hold none and cost only this. */
export const credentialFilesPrefilter = /htpasswd|smb|rpcclient|winexe|\bnet[ \t]|\$[0-9a-z-]{1,14}\$|\{[A-Za-z0-9-]{2,14}\}|<(?:key|name)>|machine|default|log(?:ged)?[ \t]?(?:in|on)|sign|cred|account|user|usr|uid|benutzer|utilisateur|usuario|auth|:\d{0,6}:\d{0,6}:|:[./0-9A-Za-z]{13}(?![./0-9A-Za-z])/i;
/** `credentialFilesPrefilter.test`, through a table of the triples its matches start with (prefilter.ts). */
const anyCredentialFileCue = gatedTest(credentialFilesPrefilter);

/** A crypt(3) modular hash: `$id$` then salt and digest over one character class. */
const modularHash = /(?<![\w$./+=,-])\$(?:1|2[abxy]?|5|6|7|apr1|md5|sha1|y|gy|argon2(?:id|i|d)|scrypt|pbkdf2(?:-sha(?:1|256|512))?)\$[A-Za-z0-9./+=,$-]{8,}/g;
/** An RFC 2307 `{SCHEME}` hash (LDAP `userPassword`, htpasswd `{SHA}`). */
const schemeHash = /(?<![\w}])\{(?:S?SHA(?:1|224|256|384|512)?|S?MD5|CRYPT|BCRYPT|PBKDF2(?:-SHA(?:1|256|512))?|ARGON2|CLEARTEXT|PLAIN)\}([^\s"'<>{}]+)/gi;
/** A shadow(5) line: the password field, then the day and age fields (digits or empty). */
const shadowLine = /^[A-Za-z_][\w.-]{0,31}\$?:([^:\s]+):\d{0,6}:\d{0,6}:\d{0,6}:\d{0,6}:/gm;
const lockedShadow = /^(?:x|\*+|!+\*?|!!|\*LK\*|NP|LK)$/;
/** A name element then a value element (plist, Hadoop/Hive XML). */
const namedValue = /<(key|name)>([^<>]{1,128})<\/\1\s{0,3}>\s{0,200}<(string|value|data)(?:\s[^<>]{0,200})?>([^<]+)<\/\3\s{0,3}>/dg;
/** .netrc: `machine HOST` or `default`, up to three other tokens with their values, then `password`. */
const netrc = /(?<![\w.-])(?:machine[ \t\r\n]{1,8}[^\s]{1,253}|default)((?:[ \t\r\n]{1,8}(?:login|account|port|protocol|user)[ \t\r\n]{1,8}[^\s]{1,256}){0,3})[ \t\r\n]{1,8}password[ \t\r\n]{1,8}("[^"\n]*"?|\S+)/g;
/**
 * Traditional DES crypt(3) in htpasswd (issue 11, still open: `alice:abJnggxhB/yWI`): a user, a
 * colon and 13 characters of the crypt alphabet, as a line of its own (an htpasswd file, the whole
 * string) or anywhere in a text that names htpasswd. Capture 1: the hash.
 */
const desLine = /(?<![^\r\n])[A-Za-z0-9_.@-]{1,64}:([./0-9A-Za-z]{13})(?=[ \t]*(?:[\r\n]|$))/g;
const desAnywhere = /(?<![\w.@-])[A-Za-z0-9_.@-]{1,64}:([./0-9A-Za-z]{13})(?![\w./:@-])/g;
/**
 * Thirteen characters that read as a DES hash rather than a word (`status:Initializing1` is 20;
 * `name:HelloWorld` is 10): both cases and a digit, `.` or `/`, or both cases changing four or
 * more times (random salt and digest: `abJnggxhB/yWI`, `rOgUeHaShAbCd`).
 */
function desHashLike(value: string): boolean {
  if (!/[a-z]/.test(value) || !/[A-Z]/.test(value)) return false;
  if (/[0-9./]/.test(value)) return true;
  let switches = 0;
  for (let index = 1; index < value.length; index++) if (/[a-z]/.test(value[index - 1] as string) !== /[a-z]/.test(value[index] as string)) switches++;
  return switches >= 4;
}
/** A login word, an optional linking word, the user, a slash, the password. */
/** A protocol's name in capitals and its version (`HTTP/1.1`, `HTTP/2`, `RTSP/1.0"`), a quote or bracket after it. */
const PROTOCOL_VERSION = /^[A-Z][A-Z0-9]{1,7}\/\d{1,2}(?:\.\d{1,2})?["'\])]?$/;
const slashPair = /(?<![\p{L}\p{N}_])(log(?:ged)?[ \t]?in|log(?:ged)?[ \t]on|sign(?:ed)?[ \t]?in|creds?|credentials?|account)((?:[ \t]{1,3}(?:with|as|using|is|are|via))?[ \t]{0,3}:?)[ \t]{1,3}([^\s/:@,;]{1,64})[ \t]{0,3}\/[ \t]{0,3}([^\s/]\S*)/giu;
/** A user label and its value, then a password label with no colon and its value. */
const userThenPassword = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:user(?:[ _\\-]?name)?|usr|uid|login|benutzer(?:name)?|utilisateur|usuario)(?:[ \\t]{0,3}[:=][ \\t]{0,3}|[ \\t]{1,3})["']?([^\\s"',;:=]{1,64})["']?[,;]?[ \\t\\r\\n]{1,4}` +
    `(?:pass|passwd|pwd|pw|${SPACED_PASSWORD_LABELS})(?![\\p{L}\\p{N}_])(?:[ \\t]{1,3}is)?[ \\t]{1,3}(?![:=])([^\\s]+)`,
  'giu',
);
/** `htpasswd -b[…] [FILE] USER PASSWORD` (batch mode: the password on the command line; `-n`: no file). */
const htpasswdBatch = /\bhtpasswd((?:[ \t]{1,4}-[A-Za-z]{1,8}(?:[ \t]{1,4}\d{1,3})?){1,4})((?:[ \t]{1,4}[^\s-]\S*){2,3})/g;
/** Samba and Windows tools: `smbclient … -U user%password`, `--user=user%password`, `net use … /user:U PASSWORD`, `net user U PASSWORD`. */
const sambaUser = /\b(?:smbclient|rpcclient|smbcacls|smbget|smbmap|smbpasswd|winexe|net)\b[^\n|;&]{0,200}?(?:\s-U[ \t]{0,4}|\s--user(?:name)?=)["']?[^\s%"'/]{1,64}%([^\s"']+)/g;
const netUse = /\bnet[ \t]{1,4}use\b[^\n|;&]{0,200}?[ \t]\/user:[^\s]{1,128}[ \t]{1,4}([^\s/*][^\s]*)|\bnet[ \t]{1,4}user[ \t]{1,4}(?:"[^"\n]{1,64}"|[^\s/"]{1,64})[ \t]{1,4}([^\s/*][^\s]*)/gi;
/** Docker's `auth` member: base64 of `user:password`. */
const dockerAuth = /(?<![\w-])["']?auth["']?[ \t]{0,3}[:=][ \t]{0,3}["']?([A-Za-z0-9+/]{6,}={0,2})/g;

/**
 * Finds the credentials of the families above and appends them to `out` (class `secret`:
 * `PASSWORD_HASH` for a hash, `PASSWORD` otherwise). `isPlaceholder` drops documentation values.
 */
export function detectCredentialFiles(text: string, out: Detection[], isPlaceholder: (value: string) => boolean): void {
  if (!anyCredentialFileCue(text)) return;
  const push = (start: number, value: string, type: string) => {
    if (value.length >= 3 && !isPlaceholder(value)) out.push({ start, end: start + value.length, type, class: 'secret' });
  };
  // A hash starts with `$` or `{`, which the placeholder rule reads as `$VAR` or `{{ var }}`: its digest is asked instead.
  const pushHash = (start: number, value: string) => {
    const digest = value.slice(Math.max(value.lastIndexOf('$'), value.lastIndexOf('}')) + 1);
    if (digest.length >= 3 && !isPlaceholder(digest)) out.push({ start, end: start + value.length, type: 'PASSWORD_HASH', class: 'secret' });
  };
  if (text.includes('$')) {
    for (const m of text.matchAll(modularHash)) {
      const value = m[0];
      // Salt and digest: one more `$` after the scheme, and a digest of 16+ characters.
      const body = value.slice(value.indexOf('$', 1) + 1);
      const digest = body.slice(body.lastIndexOf('$') + 1);
      if (body.includes('$') && digest.length >= 16) pushHash(m.index, value);
    }
  }
  if (text.includes('{')) {
    for (const m of text.matchAll(schemeHash)) if ((m[1] ?? '').length >= 8) pushHash(m.index, m[0]);
  }
  if (text.includes(':')) {
    for (const m of text.matchAll(shadowLine)) {
      const value = (m[1] ?? '').replace(/^!+/, '');
      if (value === '' || lockedShadow.test(m[1] ?? '')) continue;
      pushHash(m.index + m[0].indexOf(':') + 1 + (m[1] ?? '').length - value.length, value);
    }
  }
  if (text.includes(':')) {
    for (const m of text.matchAll(text.includes('htpasswd') ? desAnywhere : desLine)) {
      const value = m[1] ?? '';
      if (desHashLike(value)) pushHash(m.index + m[0].length - value.length, value);
    }
  }
  if (text.includes('</')) {
    for (const m of text.matchAll(namedValue)) {
      if (!namesSecret((m[2] ?? '').trim())) continue;
      const raw = m[4] ?? '';
      const value = raw.trim();
      if (value === '') continue;
      push((m.indices?.[4]?.[0] ?? 0) + raw.indexOf(value), value, 'PASSWORD');
    }
  }
  if (/machine|default/.test(text)) {
    for (const m of text.matchAll(netrc)) {
      const value = m[2] ?? '';
      push(m.index + m[0].length - value.length, value, 'PASSWORD');
    }
  }
  if (text.includes('/')) {
    for (const m of text.matchAll(slashPair)) {
      const raw = m[4] ?? '';
      const value = trimTrailing(raw);
      const start = m.index + m[0].length - raw.length;
      if (raw.startsWith('/') || /^\d+$/.test(value)) continue;
      // A protocol and its version after a request's path (`"POST /login HTTP/1.1" 302`, `GET
      // /signin RTSP/1.0`): an access log's request line, no user and password (O1 of the probe of 2026-12-06b).
      if (PROTOCOL_VERSION.test(`${m[3] ?? ''}/${raw}`)) continue;
      // Letters only: after a login verb or `creds` with a linking word or a colon (`log in with
      // admin / letmein`, `creds: admin/hunter`), not after `account` (`account settings / billing`).
      if (!hasNonLetter(value) && !(/\S/.test(m[2] ?? '') && !/^account$/i.test(m[1] ?? '') && lettersPassword(value, m[3] ?? '', text, start + value.length))) continue;
      push(start, value, 'PASSWORD');
    }
  }
  // (A blank, tab or line break between the user and the password label is part of every match:
  // an id such as `user-1002` is not read.)
  if (/user|usr|uid|login|benutzer|utilisateur|usuario/i.test(text) && /[ \t\r\n]/.test(text)) for (const m of text.matchAll(userThenPassword)) {
    const raw = m[2] ?? '';
    const value = trimTrailing(raw);
    const start = m.index + m[0].length - raw.length;
    if (!looksSecret(value) && !lettersPassword(value, m[1] ?? '', text, start + value.length)) continue;
    push(start, value, 'PASSWORD');
  }
  if (text.includes('htpasswd')) {
    for (const m of text.matchAll(htpasswdBatch)) {
      const flags = m[1] ?? '';
      if (!/-[A-Za-z]*b/.test(flags)) continue;
      // The arguments: FILE USER PASSWORD, or USER PASSWORD with `-n`; the password is the last one read.
      const args = (m[2] ?? '').trim().split(/[ \t]+/);
      const wanted = /-[A-Za-z]*n/.test(flags) ? 2 : 3;
      if (args.length < wanted) continue;
      const value = args[wanted - 1] as string;
      // Prose about the tool (`htpasswd -b is unsafe when …`): a file that looks like a path, or a value that looks secret.
      if (!looksSecret(value) && (wanted === 2 || !/[/.]/.test(args[0] as string))) continue;
      const offset = m.index + m[0].length - (m[2] ?? '').length;
      let at = offset;
      for (let i = 0; i < wanted; i++) at = text.indexOf(args[i] as string, i === 0 ? at : at + (args[i - 1] as string).length);
      push(at, value, 'PASSWORD');
    }
  }
  if (/smb|rpcclient|winexe|net/i.test(text)) {
    for (const m of text.matchAll(sambaUser)) {
      const value = m[1] ?? '';
      push(m.index + m[0].length - value.length, value, 'PASSWORD');
    }
    for (const m of text.matchAll(netUse)) {
      const value = m[1] ?? m[2] ?? '';
      if (looksSecret(value)) push(m.index + m[0].length - value.length, value, 'PASSWORD');
    }
  }
  if (/auth/i.test(text)) {
    for (const m of text.matchAll(dockerAuth)) {
      const value = m[1] ?? '';
      if (basicCredentials(value)) push(m.index + m[0].length - value.length, value, 'PASSWORD');
    }
  }
}
