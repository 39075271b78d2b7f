import type { Detection } from './types.js';
import { callArguments, type CallArgument } from './internal/call-arguments.js';
import { gatedTest } from './internal/prefilter.js';

// ------------------------------------------------- a user and a password passed by position
// The third probe of 2026-12-04 (H5) found passwords stored raw when code passes them by position
// rather than by name (`password="…"` was masked): `s.login('qxaro.v','…')`, `HTTPBasicAuth('qv','…')`,
// `pymysql.connect('db','billing','…','prod')`, `new NetworkCredential("qvlintuk","…")`,
// `DriverManager.getConnection(url,"sa","…")`, `requests.get(url, auth=("qvlintuk", "…"))`.
// The kind: a call whose signature takes a user and a password at known positions, and a 2-tuple
// given to `auth` or `credentials`. Each signature below comes from its library's documentation;
// a call is read only when the password's argument is a string literal (an identifier, `login(user,
// password)`, holds no value here). The password is masked as PASSWORD; the user beside it, when a
// literal too, as USERNAME, as a URL's userinfo masks the user with the password
// (`postgres://user:pass@…` is one URL_CREDENTIALS span): the two are one credential.
// Not signatures: `psycopg2.connect` takes only a DSN by position (its `password=…` is masked as an
// assignment), `mysql.createConnection({ … })` and other option objects are keyed (`password: …`).

/** What a known call needs before its name, and where its user and its password are by the number of arguments. */
interface CallSignature {
  /** The receivers or modules that must stand before the name (`pymysql.connect`), or 'any' when any must (`s.login(`, not a bare `login(`). */
  qualified?: readonly string[] | 'any';
  /** The [user, password] positions for a call of `count` positional arguments, or undefined when none. */
  positions: (count: number) => readonly [number, number] | undefined;
}
const FIRST_TWO = (): readonly [number, number] => [0, 1];
const SECOND_AND_THIRD = (): readonly [number, number] => [1, 2];

/** The known signatures, by the call's name. */
const SIGNATURES: ReadonlyMap<string, CallSignature> = new Map<string, CallSignature>([
  // Python smtplib.SMTP.login(user, password), imaplib.IMAP4.login(user, password), ftplib.FTP.login(user,
  // passwd, acct); Apache Commons Net FTPClient.login(username, password); Ruby Net::FTP#login(user, passwd).
  ['login', { qualified: 'any', positions: FIRST_TWO }],
  // Python requests.auth.HTTPBasicAuth / HTTPDigestAuth / HTTPProxyAuth(username, password); httpx.BasicAuth /
  // DigestAuth(username, password); aiohttp.BasicAuth(login, password).
  ['HTTPBasicAuth', { positions: FIRST_TWO }],
  ['HTTPDigestAuth', { positions: FIRST_TWO }],
  ['HTTPProxyAuth', { positions: FIRST_TWO }],
  ['BasicAuth', { positions: FIRST_TWO }],
  ['DigestAuth', { positions: FIRST_TWO }],
  // .NET System.Net.NetworkCredential(userName, password[, domain]).
  ['NetworkCredential', { positions: FIRST_TWO }],
  // Java java.net.PasswordAuthentication(userName, char[] password); Apache HttpClient
  // UsernamePasswordCredentials(userName, password); Spring Security
  // UsernamePasswordAuthenticationToken(principal, credentials); OkHttp Credentials.basic(username, password).
  ['PasswordAuthentication', { positions: FIRST_TWO }],
  ['UsernamePasswordCredentials', { positions: FIRST_TWO }],
  ['UsernamePasswordAuthenticationToken', { positions: FIRST_TWO }],
  ['basic', { qualified: ['Credentials'], positions: FIRST_TWO }],
  // JDBC java.sql.DriverManager.getConnection(url, user, password); javax.sql.DataSource.getConnection(username, password).
  ['getConnection', { positions: (count) => (count === 2 ? [0, 1] : count === 3 ? [1, 2] : undefined) }],
  // PHP PDO::__construct(dsn, username, password[, options]); mysqli::__construct and
  // mysqli_connect(hostname, username, password[, database]); ftp_login(ftp, username, password).
  ['PDO', { positions: SECOND_AND_THIRD }],
  ['mysqli', { positions: SECOND_AND_THIRD }],
  ['mysqli_connect', { positions: SECOND_AND_THIRD }],
  ['ftp_login', { positions: SECOND_AND_THIRD }],
  // PyMySQL before 1.0 and mysqlclient (MySQLdb): connect(host, user, password, database).
  ['connect', { qualified: ['pymysql', 'MySQLdb'], positions: SECOND_AND_THIRD }],
  ['Connect', { qualified: ['pymysql', 'MySQLdb'], positions: SECOND_AND_THIRD }],
  // Go net/smtp.PlainAuth(identity, username, password, host).
  ['PlainAuth', { positions: SECOND_AND_THIRD }],
  // python-ldap LDAPObject.simple_bind_s / simple_bind(who, cred).
  ['simple_bind_s', { qualified: 'any', positions: FIRST_TWO }],
  ['simple_bind', { qualified: 'any', positions: FIRST_TWO }],
]);

/** A known call's name and its `(`; group 1 the name. What stands before it is read backwards (receiverOf). */
const KNOWN_CALL = new RegExp(`(?<![\\w$])(${[...SIGNATURES.keys()].join('|')})[ \\t]{0,3}\\(`, 'g');
const isNameChar = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 36;
/**
 * What a call's name at `at` is a member of: the name before its `.`, `?.`, `::` or `->` (`s` of
 * `s.login`, `Credentials` of `Credentials.basic`), '' after a `)` or `]` (`SMTP_SSL(h).login`), or
 * undefined when the name stands alone.
 */
function receiverOf(text: string, at: number): string | undefined {
  let end = at;
  while (end > 0 && at - end < 3 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  const before = text.charCodeAt(end - 1);
  if (before === 46 /* . */) end -= text.charCodeAt(end - 2) === 63 /* ?. */ ? 2 : 1;
  else if ((before === 58 && text.charCodeAt(end - 2) === 58) || (before === 62 && text.charCodeAt(end - 2) === 45)) end -= 2;
  else return undefined;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  let start = end;
  while (start > 0 && end - start < 64 && isNameChar(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}
/**
 * A 2-tuple given to a name that ends in `auth`, `credentials` or `creds` (requests and httpx
 * `auth=("user", "…")`, `session.auth = (…)`, Elasticsearch's `basic_auth=(…)` and `http_auth=(…)`,
 * a dict's `'auth': (…)`): its `(`.
 */
const AUTH_TUPLE = /(?<![\w$])[\w$]{0,40}(?:auth|Auth|AUTH|credentials|Credentials|CREDENTIALS|creds|Creds|CREDS)["']?[ \t]{0,3}[=:][ \t]{0,3}\(/g;
/** The names KNOWN_CALL and AUTH_TUPLE start at, in one gated scan (prefilter.ts): a text with none costs the scan. */
const anyCallCue = gatedTest(/login|auth|credential|creds|getConnection|PDO|mysqli|connect|simple_bind/i);

/**
 * Masks the literal password, and the literal user beside it, of a call whose signature takes both
 * at known positions (SIGNATURES: smtplib, imaplib, ftplib, requests, httpx, aiohttp, .NET
 * NetworkCredential, java.net, Apache HttpClient, Spring Security, OkHttp, JDBC, PHP PDO, mysqli
 * and ftp, PyMySQL, mysqlclient, Go net/smtp, python-ldap), and of a 2-tuple given to `auth` or
 * `credentials`. Adds PASSWORD and USERNAME detections (class `secret`) to `out`. Linear: each
 * list is read once (a call found inside a list read before is not read again), over at most
 * 1,024 characters.
 *
 * @example
 * ```ts
 * detectCallCredentials('s.login("qv", "Pz4!Kq9Lw")', out, isPlaceholder); // USERNAME 9-11, PASSWORD 15-24
 * ```
 */
export function detectCallCredentials(text: string, out: Detection[], isPlaceholder: (value: string) => boolean): void {
  if (text.length < 12 || text.indexOf('(') === -1 || !anyCallCue(text)) return;
  let consumed = 0;
  for (const match of text.matchAll(KNOWN_CALL)) {
    const open = (match.index as number) + match[0].length - 1;
    if (open < consumed) continue;
    const signature = SIGNATURES.get(match[1] as string) as CallSignature;
    if (signature.qualified !== undefined) {
      const receiver = receiverOf(text, match.index as number);
      if (receiver === undefined || (signature.qualified !== 'any' && !signature.qualified.includes(receiver))) continue;
    }
    const call = callArguments(text, open);
    consumed = call.close;
    if (call.list === undefined) continue;
    const positional = call.list.filter((each) => each.keyword === undefined);
    const positions = signature.positions(positional.length);
    if (positions !== undefined) pushPair(text, positional[positions[0]], positional[positions[1]], out, isPlaceholder);
  }
  if (!/auth|cred/i.test(text)) return;
  consumed = 0;
  for (const match of text.matchAll(AUTH_TUPLE)) {
    const open = (match.index as number) + match[0].length - 1;
    if (open < consumed) continue;
    const tuple = callArguments(text, open);
    consumed = tuple.close;
    if (tuple.list?.length === 2) pushPair(text, tuple.list[0], tuple.list[1], out, isPlaceholder);
  }
}

/** The password when it is a literal that is no placeholder (3 or more characters, as an assignment's), then the user when it is a literal. */
function pushPair(text: string, user: CallArgument | undefined, password: CallArgument | undefined, out: Detection[], isPlaceholder: (value: string) => boolean): void {
  if (password?.value === undefined) return;
  const [start, end] = password.value;
  const value = text.slice(start, end);
  if (value.length < 3 || isPlaceholder(value)) return;
  out.push({ start, end, type: 'PASSWORD', class: 'secret' });
  if (user?.value === undefined) return;
  const [userStart, userEnd] = user.value;
  if (userEnd > userStart && !isPlaceholder(text.slice(userStart, userEnd))) out.push({ start: userStart, end: userEnd, type: 'USERNAME', class: 'secret' });
}
