import type { Detection } from './types.js';
import { gatedTest } from './internal/prefilter.js';
import { normalizeHealthId } from './health-ids.js';
import { isRandomToken } from './key-names.js';

// ------------------------------------------------- a browser's session cookie as an object
// L2 of the README-only probe of 2026-12-06b (issue 11): browser agents return the cookie jar as
// objects (Playwright's `context.cookies()`, the Chrome DevTools Protocol's `Network.Cookie`,
// Puppeteer's `page.cookies()`: `{ name, value, domain, path, expires, httpOnly, secure, sameSite }`),
// and a cookie whose name holds no secret word (`session_id`, `auth` and `remember_token` were
// masked by the member-name rules) was stored with its value: GitHub's `user_session`, LinkedIn's
// `li_at`, Google's `SAPISID`, Slack's `d`. Whoever holds such a value is logged in as the person
// (RFC 6265 §8.4: a cookie that identifies a session is a bearer credential). A cookie object's
// `value` is a secret when its name is a well-known session cookie's (SESSION_COOKIE_NAMES, with a
// site's domain for short names that mean nothing elsewhere), when the name says session, auth,
// token, login or remember, or when the value has a random token's shape (key-names.ts
// isRandomToken, or 24+ base64url characters of a JSON payload `eyJ…`). Analytics and preference
// cookies (`_ga`, `_fbp`, `lang`, a consent string) have none of these and stay.

/**
 * Well-known session and login cookies, lower case, from each site's or framework's own pages and
 * cookie policies: GitHub (`user_session`, `__Host-user_session_same_site`, `_gh_sess`), LinkedIn
 * (`li_at`, `li_rm`), Google accounts (`SID`, `HSID`, `SSID`, `APISID`, `SAPISID`, `LSID`, `OSID`,
 * `SIDCC`, `__Secure-1PSID`, `__Secure-3PSID`, their `PAPISID`, `PSIDTS`, `PSIDCC` kin), Facebook and
 * Instagram (`xs`, `fr`, `sessionid`), X (`auth_token`, `ct0`, `kdt`), Amazon (`at-main`,
 * `sess-at-main`, `x-main`, `session-token` and their `-acbXX` regional forms), Slack (`d`, `d-s`),
 * Microsoft (`ESTSAUTH`, `ESTSAUTHPERSISTENT`, `.AspNetCore.Cookies`, `.ASPXAUTH`), Atlassian
 * (`cloud.session.token`, `tenant.session.token`), Reddit (`reddit_session`, `token_v2`), Roblox
 * (`.ROBLOSECURITY`), frameworks (`connect.sid`, `JSESSIONID`, `PHPSESSID`, `ASP.NET_SessionId`,
 * `laravel_session`, `_session_id`, `remember_user_token`, `MoodleSession`, `wordpress_logged_in_…`).
 */
const SESSION_COOKIE_NAMES: ReadonlySet<string> = new Set([
  'user_session', '__host-user_session_same_site', '_gh_sess', 'li_at', 'li_rm',
  'sid', 'hsid', 'ssid', 'apisid', 'sapisid', 'lsid', 'osid', 'sidcc',
  '__secure-1psid', '__secure-3psid', '__secure-1papisid', '__secure-3papisid', '__secure-1psidts', '__secure-3psidts', '__secure-1psidcc', '__secure-3psidcc',
  'auth_token', 'kdt', 'at-main', 'sess-at-main', 'x-main', 'session-token',
  'estsauth', 'estsauthpersistent', '.aspnetcore.cookies', '.aspxauth', 'cloud.session.token', 'tenant.session.token',
  'reddit_session', 'token_v2', '.roblosecurity', 'connect.sid', 'jsessionid', 'phpsessid', 'asp.net_sessionid',
  'laravel_session', '_session_id', 'remember_user_token', 'moodlesession',
]);
/** Short names that are a session cookie only on their site (`d` is Slack's, `xs` Facebook's): the name and a domain it must end with. */
const SITE_SESSION_COOKIES: ReadonlyMap<string, readonly string[]> = new Map([
  ['d', ['slack.com']],
  ['d-s', ['slack.com']],
  ['xs', ['facebook.com', 'instagram.com', 'messenger.com']],
  ['fr', ['facebook.com']],
  ['ct0', ['x.com', 'twitter.com']],
]);
/** A name that says what the cookie holds: a session, an authentication, a token, a login, a remembered login. */
const SESSION_WORD = /sess|auth(?!or)|token|login|logged|remember|(?:^|[_.-])sid$/i;
/** Members a cookie object has besides `name` and `value` (one of them makes the object a cookie). */
const COOKIE_MEMBERS: ReadonlySet<string> = new Set(['domain', 'path', 'expires', 'expirationdate', 'httponly', 'secure', 'samesite', 'hostonly', 'session']);
/** A JSON payload in base64url (`eyJ…`, `{"` encoded), 24 characters or more: a signed or encoded session. */
const ENCODED_JSON = /^eyJ[A-Za-z0-9_-]{21,}(?:\.[A-Za-z0-9_-]*){0,2}={0,2}$/;

/** Amazon's regional forms (`at-acbuk`, `sess-at-acbde`) are its names with the region after `-acb`. */
const regionless = (name: string): string => name.replace(/-acb[a-z]{2}$/, '-main');

/**
 * Whether `value` (with member names `keys`) is a cookie object whose `value` holds a session
 * credential: a string `name` and a string `value`, one more cookie member (`domain`, `path`,
 * `expires`, `httpOnly`, `secure`, `sameSite`, ...), and a session cookie's name (a listed one, one
 * of a site's short names with that site's domain, or a session word) or a value of a random
 * token's shape. At most 24 members read.
 */
export function sessionCookieObject(value: Readonly<Record<string, unknown>>, keys: readonly string[]): boolean {
  if (keys.length > 24) return false;
  const name = value.name;
  const cookie = value.value;
  if (typeof name !== 'string' || typeof cookie !== 'string' || cookie.length < 8 || name.length > 128 || cookie.length > 4096) return false;
  if (!keys.some((key) => COOKIE_MEMBERS.has(key.toLowerCase()))) return false;
  const lower = regionless(name.toLowerCase());
  if (SESSION_COOKIE_NAMES.has(lower) || SESSION_WORD.test(lower)) return true;
  const sites = SITE_SESSION_COOKIES.get(lower);
  const domain = typeof value.domain === 'string' ? value.domain.toLowerCase() : '';
  if (sites !== undefined && sites.some((site) => domain === site || domain.endsWith(`.${site}`))) return true;
  return isRandomToken(cookie) || ENCODED_JSON.test(cookie);
}

// ------------------------------------------------- a social network's account id in a cookie
// Facebook's `c_user`, Instagram's `ds_user_id` and X's `twid` (`u%3D<id>`) hold the logged-in
// account's numeric id: no credential (the session is `xs`, `sessionid`, `auth_token`), but the
// person's identifier on the site, which the site's pages and APIs resolve to the person (GDPR
// recital 30: an online identifier). A `Cookie:` header's values were masked as session cookies
// (secrets.ts); as a cookie object, a member, `c_user=<id>` in other text and a Netscape
// `cookies.txt` line (`.facebook.com TRUE / TRUE <expiry> c_user <id>`, tab-separated) they were
// stored (REDACTION.md, the open part of L2 of the probe of 2026-12-06b). Masked as `IDENTIFIER`,
// class `pii`, with one pseudonym for the value wherever it stands.

/** The account-id cookies, lower case. */
const ACCOUNT_ID_COOKIE_NAMES: ReadonlySet<string> = new Set(['c_user', 'ds_user_id', 'twid']);
/** An account id's value: 4 to 20 digits (`twid`'s after `u%3D` or `u=`). */
const ACCOUNT_ID_VALUE = /^\d{4,20}$/;
const TWID_VALUE = /^u(?:%3D|=)\d{4,20}$/i;

/** Whether `value` is an account-id cookie's value under `name` (ACCOUNT_ID_COOKIE_NAMES). */
export function accountIdCookieValue(name: string, value: string): boolean {
  const lower = name.toLowerCase();
  if (!ACCOUNT_ID_COOKIE_NAMES.has(lower)) return false;
  return lower === 'twid' ? TWID_VALUE.test(value) : ACCOUNT_ID_VALUE.test(value) && /[1-9]/.test(value);
}

/** Whether `value` (with member names `keys`) is a cookie object (sessionCookieObject's shape) of an account-id cookie. */
export function accountIdCookieObject(value: Readonly<Record<string, unknown>>, keys: readonly string[]): boolean {
  if (keys.length > 24 || typeof value.name !== 'string' || typeof value.value !== 'string') return false;
  return keys.some((key) => COOKIE_MEMBERS.has(key.toLowerCase())) && accountIdCookieValue(value.name, value.value);
}

/**
 * An account-id cookie's name, then `=`, a tab (cookies.txt) or a quoted member's colon, then the
 * value (group 2: the name; 3: the value). Not inside a longer name (`xc_user`, `c_user_pref`).
 */
const ACCOUNT_ID_COOKIE = /(?<![\w.-])(["']?)(c_user|ds_user_id|twid)\1(?:=|\t|[ \t]{0,2}:[ \t]{0,2}["']?)((?:u(?:%3D|=))?\d{4,20})(?![\w%])/gi;

/** Account-id cookies in text: `c_user=100012345678901`, a cookies.txt line, `"ds_user_id": "…"` (IDENTIFIER, `pii`). */
export function detectAccountIdCookies(text: string, out: Detection[]): void {
  // Cookie names are written in small letters (detectors.ts asks commercial-ids.ts's gate, which holds them, first).
  if (!text.includes('c_user') && !text.includes('ds_user_id') && !text.includes('twid')) return;
  for (const match of text.matchAll(ACCOUNT_ID_COOKIE)) {
    const name = match[2] as string;
    const value = match[3] as string;
    if (!accountIdCookieValue(name, value)) continue;
    const start = (match.index as number) + match[0].length - value.length;
    out.push({ start, end: start + value.length, type: 'IDENTIFIER', class: 'pii', normalized: normalizeHealthId(value) });
  }
}

// ------------------------------------------------- a framework's session cookie as `name=value` in text
// F11 of the README-only leak probe of 2026-12-07 (issue 11): an Express session cookie in a log line,
// `session cookie=sid=s%3A8f2b…Yy1Zz2`, was stored raw (a `Cookie:` header line and curl's `-b` were
// masked, and the assignment rule masks names holding a secret's word: `sessionid=`, `PHPSESSID=`).
// A session cookie is a bearer credential (RFC 6265 §8.4): whoever holds the value is logged in as
// the person. Here the `name=value` pairs of text anywhere (a log line, a query, a `k=v` list) whose
// name is a web framework's session cookie: express-session's `connect.sid` (and `sid`, the name its
// documentation's examples use), cookie-session's and Koa's `sess`/`session`, Rails' `_session_id`
// and cookie store `_<app>_session`, Laravel's `laravel_session` and `<app>_session`, CodeIgniter's
// `ci_session`, Django's `sessionid`, PHP's `PHPSESSID`, ASP.NET's `ASP.NET_SessionId` and
// `.AspNetCore.Session`, Java's `JSESSIONID` (a `__Host-`/`__Secure-` prefix read through). The value
// must look like one: express-session's signed `s:<id>.<signature>` (`s%3A` encoded), or 16 or more
// token characters with two digits and two letters (`sid=ORCL`, `session=new`, a Windows account's
// SID `S-1-5-21-…` stay). Type `SESSION_COOKIE`, as a `Cookie:` header's values.

/** Every name of SESSION_PAIR_NAME holds `sid` or `sess`: the prefilter's gate (one bit of its mask for text without either). */
const sessionNameCue = gatedTest(/sid|sess/i);
/** A framework's session cookie name (lower case, its `__Host-`/`__Secure-` prefix removed). */
const SESSION_PAIR_NAME = /^(?:connect\.sid|sid|sessid|phpsessid|jsessionid|asp\.net_sessionid|\.aspnetcore\.session|sess|session|session[_-]?id|sessionid|moodlesession|rack\.session|express\.sess|koa\.sess|_?[a-z0-9][a-z0-9-]{0,30}_session(?:_id)?)$/;
/** express-session's signed value: `s:` (or `s%3A`), the session id, `.`, the HMAC signature. */
const EXPRESS_SIGNED = /^s(?::|%3A)[A-Za-z0-9_\-+/%=]{8,}\.[A-Za-z0-9_\-+/%=]{8,}$/i;
/**
 * express-session's signed value with no name before it (a JSON member `"connect.sid":"s:…"`, YAML or
 * a log's `connect.sid: s:…`, the value alone): `s:` or `s%3A`, a session id of 16-64 base64url
 * characters, `.`, the base64 HMAC-SHA256 signature (43 characters; 27-88 read, `%2B`, `%2F` encoded
 * too). The shape is the module's own (cookie-signature's `sign`), no word or path has it.
 */
const EXPRESS_SIGNED_ANYWHERE = /(?<![A-Za-z0-9_%])s(?::|%3[Aa])[A-Za-z0-9_-]{16,64}\.(?:[A-Za-z0-9+/]|%2[BbFf]){27,88}(?![A-Za-z0-9+/%])/g;
/** The characters of a cookie's value as text carries it unquoted (RFC 6265 cookie-octets less `,`, `;`, quotes and brackets). */
const SESSION_VALUE = /["']?([A-Za-z0-9_\-+/%.:!*~]{8,4096}={0,2})/y;
const isPairNameChar = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45 || code === 46;

/** Whether `value` looks like a session id: the signed form, or 16+ token characters with two digits and two letters. */
function sessionValue(value: string): boolean {
  if (EXPRESS_SIGNED.test(value)) return true;
  if (value.length < 16 || /^S-1-\d/.test(value)) return false;
  let digits = 0;
  let letters = 0;
  for (let i = 0; i < value.length && (digits < 2 || letters < 2); i++) {
    const code = value.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
    else if ((code | 32) >= 97 && (code | 32) <= 122) letters++;
  }
  return digits >= 2 && letters >= 2;
}

/** A session cookie's `name=value` in text (see above): each `=` once, its name read back at most 64 characters (to the previous `=` at most). */
export function detectSessionCookiePairs(text: string, out: Detection[]): void {
  if (text.length >= 46 && (text.includes('s:') || text.includes('s%3'))) {
    for (const m of text.matchAll(EXPRESS_SIGNED_ANYWHERE)) {
      // Its digits and letters mixed (a session id and a signature), not a word's run.
      if (/\d/.test(m[0]) && /[A-Z]/.test(m[0]) && /[a-z].*[a-z]/.test(m[0].slice(2))) out.push({ start: m.index, end: m.index + m[0].length, type: 'SESSION_COOKIE', class: 'secret' });
    }
  }
  if (!text.includes('=') || !sessionNameCue(text)) return;
  for (let eq = text.indexOf('='); eq !== -1; eq = text.indexOf('=', eq + 1)) {
    let start = eq;
    while (start > 0 && eq - start < 64 && isPairNameChar(text.charCodeAt(start - 1))) start--;
    if (start === eq || (start > 0 && isPairNameChar(text.charCodeAt(start - 1)))) continue;
    const name = text.slice(start, eq).toLowerCase().replace(/^__(?:host|secure)-/, '');
    if (!SESSION_PAIR_NAME.test(name)) continue;
    SESSION_VALUE.lastIndex = eq + 1;
    const match = SESSION_VALUE.exec(text);
    if (match === null) continue;
    let value = match[1] as string;
    // A sentence's full stop or colon after the value is no part of it.
    value = value.replace(/[.:]+$/, '');
    if (!sessionValue(value)) continue;
    const valueStart = match.index + match[0].length - (match[1] as string).length;
    out.push({ start: valueStart, end: valueStart + value.length, type: 'SESSION_COOKIE', class: 'secret' });
  }
}
