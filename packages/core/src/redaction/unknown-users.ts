import type { Detection } from './types.js';
import { eachMatch } from './internal/checks.js';

// A password typed into the user-name field (L10 of the probe of 2026-12-06): a login's two fields
// swapped or run together, the password is what an authentication log records as the user that does
// not exist. sshd writes `Failed password for invalid user <pw> from …` and `Invalid user <pw> from
// …`, PAM `user unknown: <pw>`, an application `unknown username "<pw>"` or `"username":"<pw>"` beside
// `user_not_found`. Such a value is masked as a PASSWORD when the log says no such user exists and the
// value has a password's shape (passwordShaped); a real user name an attacker or a typo tried
// (`invalid user admin`, `oracle`, `ubuntu`, `test123`) stays, as sshd's own logs keep it.

/** ASCII punctuation a user name holds: `.`, `_`, `-`, `@` (POSIX and most applications' user names; an email's). */
const NAME_JOINERS = '._-@';

/**
 * Whether `value` has a password's shape rather than a user name's: 8 to 64 characters with no
 * blank, no email address, and
 * - a symbol no user name holds (not `.`, `_`, `-`, `@`; a trailing `$`, a Windows machine account's,
 *   does not count) and two of lower case, upper case and digits (`Wq7!rPz2#vLm9`, `hunter2!`); or
 * - lower case, upper case, digits and a joiner, with a digit between two letters (`Pk8@wQz3Lm5t`,
 *   `J0hn.Sm1th`); or
 * - 10 characters or more of lower case, upper case and digits, two digits or more between letters
 *   and two capitals or more after the first character (`Wq7rPz2vLm9`).
 * `admin`, `oracle`, `test123`, `Admin123`, `JohnSmith1985`, `john.smith`, `ec2-user`, `DESKTOP-01$` are none.
 */
export function passwordShaped(value: string): boolean {
  const length = value.length;
  if (length < 8 || length > 64) return false;
  let lower = 0;
  let upper = 0;
  let digits = 0;
  let joiners = 0;
  let symbols = 0;
  let enclosed = 0;
  let innerCapitals = 0;
  let at = -1;
  for (let k = 0; k < length; k++) {
    const code = value.charCodeAt(k);
    if (code <= 32 || code === 127) return false;
    if (code >= 97 && code <= 122) lower++;
    else if (code >= 65 && code <= 90) {
      upper++;
      if (k > 0) innerCapitals++;
    } else if (code >= 48 && code <= 57) {
      digits++;
      if (k > 0 && k < length - 1 && isLetter(value.charCodeAt(k - 1)) && isLetter(value.charCodeAt(k + 1))) enclosed++;
    } else if (NAME_JOINERS.includes(value[k] as string)) {
      joiners++;
      if (code === 64) at = k;
    } else if (!(code === 36 && k === length - 1)) symbols++;
  }
  // An email address is the email detector's (`jsmith@example.com`).
  if (at > 0 && value.indexOf('.', at) > at + 1 && value.lastIndexOf('@') === at && symbols === 0) return false;
  const kinds = (lower > 0 ? 1 : 0) + (upper > 0 ? 1 : 0) + (digits > 0 ? 1 : 0);
  if (symbols > 0 && kinds >= 2) return true;
  if (kinds === 3 && joiners > 0 && enclosed > 0) return true;
  return kinds === 3 && symbols === 0 && length >= 10 && enclosed >= 2 && innerCapitals >= 2;
}

const isLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * Stems of the most common passwords (the tops of the breach lists: `password`, `letmein`, `qwerty`,
 * `iloveyou`, keyboard walks), matched on the value in lower case with the digits people put for
 * letters read back (`0`→o, `1`→i, `3`→e, `4`→a, `5`→s: `p4ssw0rd`, `l3tm3in`). No user name's word
 * (`admin`, `root`, `test`, `user`, `guest`, `master`), no given name (`hunter`, `michael`, `jordan`).
 */
const PASSWORD_STEMS = /password|passwd|passwort|motdepasse|contrase|letmein|welcome|iloveyou|qwerty|qwertz|azerty|asdfgh|asdf12|zxcvbn|iqaz2wsx|qazwsx|trustnoi|monkey|dragon|sunshine|princess|football|baseball|superman|batman|starwars|changeme|whatever/;
/** A season's or a month's name and a year (`Summer2024`, `winter23`, `December2025`): a password of a company's rotation. */
const SEASON_YEAR = /^(?:spring|summer|autumn|fall|winter|january|february|march|april|june|july|august|september|october|november|december)(?:19|20)?\d{2}$/i;
/** The digits read back as the letters they stand for in PASSWORD_STEMS. */
const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's' };

/**
 * Whether `value`, of a user name's shape (letters, digits and `.`, `_`, `-`, `@` only), is still a
 * password typed into the user-name field (the open part of L10 of the probe of 2026-12-06:
 * `invalid user hunter2hunter2`): 8 to 64 characters holding a digit, and a common password's stem
 * (PASSWORD_STEMS: `qwerty123`, `Passw0rd2024`, `letmein99`), a season's or a month's name and a year
 * (`Summer2024`), or one part of three characters or more written twice or more (`hunter2hunter2`,
 * `abc123abc123`). A user name an attacker or a typo tried stays (`admin`, `oracle`, `test123`,
 * `Admin123`, `JohnSmith1985`, `hunter1990`, `www-data`): nothing of a password's own there.
 */
export function typedPasswordName(value: string): boolean {
  const length = value.length;
  if (length < 8 || length > 64 || !/^[A-Za-z0-9._@-]+$/.test(value) || !/\d/.test(value) || !/[A-Za-z]/.test(value)) return false;
  const lower = value.toLowerCase();
  let folded = '';
  for (let k = 0; k < length; k++) folded += LEET[lower[k] as string] ?? lower[k];
  if (PASSWORD_STEMS.test(folded) || SEASON_YEAR.test(value)) return true;
  // A part written twice or more, whole (`hunter2hunter2`): each divisor of the length, at most 64 checks of 64 characters.
  for (let unit = 3; unit <= length / 2; unit++) {
    if (length % unit !== 0) continue;
    if (lower.slice(0, unit).repeat(length / unit) === lower) return true;
  }
  return false;
}
/** A password's shape (passwordShaped) or a password of a user name's shape (typedPasswordName). */
const typedPassword = (value: string): boolean => passwordShaped(value) || typedPasswordName(value);

/**
 * A log's words that no such user exists, then the user's name (`invalid user `, `Illegal user `,
 * `user unknown: `, `unknown user(name) "`, `no such user: `, `nonexistent user `, `user not found: `),
 * quoted or not. Group 1: the value (up to the next blank or quote).
 */
const USER_AFTER = /(?<![\p{L}\p{N}_])(?:(?:invalid|illegal|unknown|nonexistent|non-existent|non-existing)[ \t]+user(?:[ _]?name)?|user(?:[ _]?name)?[ \t]+(?:unknown|not[ \t]+found|does[ \t]+not[ \t]+exist)|no[ \t]+such[ \t]+user(?:[ _]?name)?)(?![\p{L}\p{N}_])[ \t]{0,2}[:=]?[ \t]{0,2}["'‘“`]?([^\s"'’”`]{8,64})/giu;
/**
 * The user's name before the words that it does not exist (`user "<pw>" not found`, `User <pw>
 * does not exist`, `user '<pw>' unknown`). Group 1: the value.
 */
const USER_BEFORE = /(?<![\p{L}\p{N}_])user(?:[ _]?name)?[ \t]{1,2}["'‘“`]?([^\s"'’”`]{8,64})["'’”`]?[ \t]{1,2}(?:not[ \t]+found|does[ \t]+not[ \t]+exist|doesn['’]t[ \t]+exist|is[ \t]+unknown|unknown|is[ \t]+invalid)(?![\p{L}\p{N}])/giu;
/** A code or phrase of a failed login's reason that no such user exists (`user_not_found`, `UNKNOWN_USER`, `UserNotFoundException`, `no such user`). */
export const USER_NOT_FOUND = /(?<![\p{L}])(?:user[ _\-]?not[ _\-]?found|unknown[ _\-]?user|no[ _\-]?such[ _\-]?user|invalid[ _\-]?user(?:name)?|nonexistent[ _\-]?user|user[ _\-]?does[ _\-]?not[ _\-]?exist|user[ _\-]?unknown)(?:exception|error)?(?![\p{L}])/iu;
/** A user-name member in a log line's text (`username=…`, `"username":"…"`, `user: …`, `login=…`), beside USER_NOT_FOUND. Group 1: the value. */
const USER_MEMBER = /(?<![\p{L}\p{N}_])["']?(?:user(?:[ _\-]?name)?|login(?:[ _\-]?name)?|account(?:[ _\-]?name)?|principal)["']?[ \t]{0,2}[:=][ \t]{0,2}["']?([^\s"',;}]{8,64})/giu;
/**
 * Every cue above holds `user` (`invalid user`, `user unknown`, `user_not_found`, `unknown_user`, a
 * `username` member): the gate, three plain searches (no prefilter gate: the mask's 62 are the
 * other detectors', prefilter.mutants.test.ts).
 */
const anyUserCue = (text: string): boolean => text.includes('user') || text.includes('User') || text.includes('USER');
/** How far from a user-name member USER_NOT_FOUND may stand: its line's or object's reach. */
const REASON_REACH = 240;

/** Passwords a log records as a user that does not exist (see above): PASSWORD, class `secret`. */
export function detectUnknownUserPasswords(text: string, out: Detection[]): void {
  if (!anyUserCue(text)) return;
  const push = (match: RegExpExecArray): void => {
    const value = match[1] as string;
    if (!typedPassword(value)) return;
    const start = match.index + match[0].lastIndexOf(value);
    out.push({ start, end: start + value.length, type: 'PASSWORD', class: 'secret' });
  };
  for (const match of eachMatch(USER_AFTER, text)) push(match);
  for (const match of eachMatch(USER_BEFORE, text)) push(match);
  if (!USER_NOT_FOUND.test(text)) return;
  for (const match of eachMatch(USER_MEMBER, text)) {
    const value = match[1] as string;
    if (!typedPassword(value)) continue;
    // The reason in the same line or record: within REASON_REACH characters either side.
    const around = text.slice(Math.max(0, match.index - REASON_REACH), match.index + match[0].length + REASON_REACH);
    if (USER_NOT_FOUND.test(around)) push(match);
  }
}

/** Member names of a user's name in a log record (`username`, `user_name`, `userName`, `user`, `login`, `account`, `principal`), compared lower case without `_`/`-`. */
const USER_MEMBERS: ReadonlySet<string> = new Set(['user', 'username', 'login', 'loginname', 'account', 'accountname', 'principal', 'userid', 'subject']);

/**
 * Whether a member beside the user's name says no such user exists (USER_NOT_FOUND): a string of at most
 * 200 characters, or such a string in a list or an object one level down (`"errors": ["user_not_found"]`,
 * `"error": {"code": "UserNotFoundException"}`: such records kept the password raw), at most 32 of them read.
 */
function saysNoSuchUser(child: unknown): boolean {
  if (typeof child === 'string') return child.length <= 200 && USER_NOT_FOUND.test(child);
  if (child === null || typeof child !== 'object') return false;
  const values: unknown[] = Array.isArray(child) ? child : Object.values(child as Record<string, unknown>);
  if (values.length > 32) return false;
  for (const value of values) if (typeof value === 'string' && value.length <= 200 && USER_NOT_FOUND.test(value)) return true;
  return false;
}

/**
 * Whether an object with these member names may hold a password typed as the user's name
 * (unknownUserPasswordMember): at most 32 members, one of them a user's (USER_MEMBERS).
 * unknownUserPasswordMember returns undefined for any other set of names; a function of the names alone.
 */
export function hasUserMember(keys: readonly string[]): boolean {
  return keys.length <= 32 && keys.some((key) => USER_MEMBERS.has(key.toLowerCase().replace(/[_\-]/g, '')));
}
/**
 * The member of a log record that holds a password typed as the user's name (`{"reason":
 * "user_not_found", "username": "Tr5#Lq9zWm2x"}`): a user-name member (USER_MEMBERS) with a value of
 * a password's shape beside a member that says no such user exists (saysNoSuchUser: a string, or one
 * in a list or an object one level down). At most 32 members are read; undefined when there is none.
 */
export function unknownUserPasswordMember(value: Record<string, unknown>, keys: readonly string[]): string | undefined {
  if (keys.length > 32) return undefined;
  let member: string | undefined;
  for (const key of keys) {
    const child = value[key];
    if (typeof child === 'string' && USER_MEMBERS.has(key.toLowerCase().replace(/[_\-]/g, '')) && typedPassword(child)) {
      member = key;
      break;
    }
  }
  if (member === undefined) return undefined;
  for (const key of keys) {
    const child = value[key];
    if (key !== member && saysNoSuchUser(child)) return member;
  }
  return undefined;
}
