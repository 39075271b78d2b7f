// Names in URLs (F13 of the README-only leak probe of 2026-12-07, issue 11): a profile's slug on a social or
// professional site (`linkedin.com/in/hildegard-brunnhuber-4b2a19/`, `facebook.com/ottilie.vanselow.9`,
// `x.com/kwendelin`), a CRM's or an EHR's route whose segment after a collection of persons is a name's slug
// (`crm.internal/customers/hildegard-brunnhuber/edit`, `ehr.local/#/patients/Zwiebelhofer_Leberecht_1949-02-17`)
// and a query parameter naming the user (`reset?…&u=kwendelin`) were stored whole. A profile's handle and a
// login are online identifiers of a natural person (GDPR Art. 4(1), Recital 30): masked as `PERSON`, as a
// handle after its cue is (account-names.ts). The host, the route's words and the other parameters stay.
import type { Detection } from './types.js';
import { gatedTest } from './internal/prefilter.js';
import { isGivenNameWord, isListedPersonName, isRecordNameWord, MACHINE_FOLDER_WORDS, SYSTEM_FOLDER_ACCOUNTS } from './names.js';

/**
 * The sites whose first path segment (or the segment after `/in/`, `/pub/`, `/profile/`) is a person's profile.
 * Repositories stay: `github.com/<owner>/<repo>` is read only when the owner's segment is the URL's last.
 */
const SOCIAL_HOSTS = 'linkedin\\.com/(?:in|pub)|xing\\.com/profile|facebook\\.com|fb\\.com|instagram\\.com|twitter\\.com|x\\.com|tiktok\\.com|threads\\.net|github\\.com|gitlab\\.com|medium\\.com';
/** Collections of persons in a route (English, German, Dutch, French, Spanish, Italian, Portuguese, Polish). */
const PERSON_COLLECTIONS = 'customers?|clients?|patients?|members?|contacts?|people|persons?|employees?|users?|accounts?|profiles?|residents?|tenants?|students?|candidates?|applicants?|kunden?|patienten|mitglieder|klanten|pati[eë]nten|leden|pacientes?|clientes?|socios?|pazienti|clienti|utenti|utilisateurs|patients|usuarios?|utilizadores|pacjenci|klienci';
/** Query parameters naming the user. */
const USER_PARAMS = 'u|user|username|user_name|userName|login|uname|usr';

const SEGMENT = "[^\\s/?#&\"'<>()\\[\\]{}]{1,100}";
const PERSON_ROUTE = new RegExp(
  `(?<![\\w-])((?:[\\w-]{1,63}\\.){0,2}(?:${SOCIAL_HOSTS}))/(@?${SEGMENT})` +
    `|/(${PERSON_COLLECTIONS})/(${SEGMENT})(?=[/?#&\\s"'<>)\\]]|$)` +
    `|(?<=\\S)[?&](${USER_PARAMS})=([^\\s&#;"'<>]{1,100})`,
  'giu',
);
/** The gate: a social host, a collection of persons between slashes, or a user's parameter. */
const mayHoldPersonRoute = gatedTest(new RegExp(`${SOCIAL_HOSTS.replace(/\\\\/g, '\\')}/|/(?:${PERSON_COLLECTIONS})/|[?&](?:${USER_PARAMS})=`, 'i'));

/** A site's own pages, never a profile: the first segment after one of SOCIAL_HOSTS. */
const SITE_PAGES = new Set(`about help login logout signup signin register settings privacy policies policy legal terms tos home explore search
hashtag share sharer sharer.php intent i p reel reels tv stories story explore watch groups group events event pages page marketplace gaming ads
business jobs company school feed messages notifications compose status features pricing topics trending sponsors orgs organizations enterprise
security new marketplace collections apps issues pulls codespaces contact readme site blog docs developers developer direct accounts api oauth
dialog plugins tr photo.php story.php permalink.php profile.php home.php l.php watch live video videos music tag tags discover foryou following
auth session sessions download downloads careers press newsroom partners solutions products learning premium sales help-center notes lists`.split(/\s+/));

/** Values of a user's parameter that name nobody (placeholders, the current user, flags). */
const NO_USER = new Set('me self current guest anonymous anon admin root null undefined none true false all any default'.split(' '));

/** A date after a name's slug in a route: the person's date of birth (`Zwiebelhofer_Leberecht_1949-02-17`, `…-01011950`). */
const SLUG_DATE = /[_\-.](\d{4}-\d{2}-\d{2}|\d{8})$/;
/** An id after a profile's name (`-4b2a19`, `.9`, `-a1b2c3d4`): digits, or letters and digits with a digit. */
const PROFILE_ID_PART = /^(?=[a-z]*\d)[a-z\d]{1,12}$/i;

/**
 * Finds names in URLs of `text` (see the file's comment): for each match of PERSON_ROUTE,
 * - a social host's first segment (after `@` on TikTok, Threads, Medium) that is no page of the site: a
 *   profile, masked whole (its words joined by spaces as the normalized form, an id part left out of it);
 *   on GitHub and GitLab only when the URL ends there (a repository's owner stays);
 * - the segment after a collection of persons that is a name's slug: two to four words of letters joined by
 *   `-`, `_`, `.`, `+` or `%20`, each a record's name word (no frequent English word, no route's word) or a given
 *   name of the lists (`maria`, `grace`), or one listed name; a date after it (`_1949-02-17`, `-01011950`) is the person's date of birth;
 * - a user's parameter's value with a letter that is no placeholder.
 * `dates`: whether dates of birth are looked for (the `health` detector is on). Linear: one pass of a regex whose parts are bounded (a segment of at most 100 characters).
 */
export function detectUrlNames(text: string, out: Detection[], dates = true): void {
  if (!text.includes('/') && !text.includes('=')) return;
  if (!mayHoldPersonRoute(text)) return;
  PERSON_ROUTE.lastIndex = 0;
  for (let m = PERSON_ROUTE.exec(text); m !== null; m = PERSON_ROUTE.exec(text)) {
    const end = m.index + m[0].length;
    if (m[2] !== undefined) socialProfile(text, m[1] as string, m[2], end, out);
    else if (m[4] !== undefined) routeName(m[4], end, out, dates);
    else if (m[6] !== undefined) userParameter(m[6], end, out);
  }
}

function socialProfile(text: string, host: string, segment: string, end: number, out: Detection[]): void {
  const handle = segment.startsWith('@') ? segment.slice(1) : segment;
  if (handle.length < 2 || SITE_PAGES.has(handle.toLowerCase()) || !/\p{L}/u.test(handle) || /[{}$%<>:]/.test(handle)) return;
  const lowerHost = host.toLowerCase();
  // A repository's owner (`github.com/vitest-dev/vitest`) stays: only the profile's own URL is read.
  if ((lowerHost.endsWith('github.com') || lowerHost.endsWith('gitlab.com')) && /^\/[\w.-]/.test(text.slice(end, end + 2))) return;
  const start = end - handle.length;
  const words = handle.toLowerCase().split(/[-._]|%20/).filter((part) => part !== '');
  const nameWords = words.length > 1 && PROFILE_ID_PART.test(words[words.length - 1] as string) ? words.slice(0, -1) : words;
  out.push({ start, end, type: 'PERSON', class: 'pii.person', normalized: lowerHost.includes('linkedin') || lowerHost.includes('facebook') || lowerHost.includes('xing') ? nameWords.join(' ') : handle.toLowerCase() });
}

function routeName(segment: string, end: number, out: Detection[], dates: boolean): void {
  const start = end - segment.length;
  const date = SLUG_DATE.exec(segment);
  const slug = date === null ? segment : segment.slice(0, date.index);
  const words = slug.split(/[-_.+]|%20/);
  if (words.length > 4 || words.some((word) => !/^\p{L}[\p{L}\p{M}]{1,30}$/u.test(word))) return;
  // A machine's or a system's folder or account (`/Users/mac_mini/`, `/home/kali_linux/`; names.ts keeps them as home folders too).
  if (words.some((word) => MACHINE_FOLDER_WORDS.has(word.toLowerCase()) || SYSTEM_FOLDER_ACCOUNTS.has(word.toLowerCase()))) return;
  const capitalized = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase());
  const named = words.length >= 2 ? capitalized.every((word) => isRecordNameWord(word) || isGivenNameWord(word)) : isListedPersonName(capitalized[0] as string) && isRecordNameWord(capitalized[0] as string);
  if (!named) return;
  out.push({ start, end: start + slug.length, type: 'PERSON', class: 'pii.person', normalized: words.join(' ').toLowerCase() });
  if (dates && date !== null && birthDate(date[1] as string)) {
    const at = start + date.index + 1;
    out.push({ start: at, end: at + (date[1] as string).length, type: 'DOB', class: 'pii.date_of_birth', normalized: date[1] as string });
  }
}

function userParameter(value: string, end: number, out: Detection[]): void {
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    // A malformed escape: the value as written.
  }
  if (decoded.length < 3 || !/\p{L}/u.test(decoded) || /[{}$<>%]/.test(decoded) || NO_USER.has(decoded.toLowerCase())) return;
  out.push({ start: end - value.length, end, type: 'PERSON', class: 'pii.person', normalized: decoded.toLowerCase() });
}

/** Whether `1949-02-17`, `17021949`, `02171949` or `19490217` is a valid date from 1900 to this year. */
function birthDate(value: string): boolean {
  const date = value.replace(/-/g, '');
  const latest = new Date().getUTCFullYear();
  const valid = (year: number, month: number, day: number) => year >= 1900 && year <= latest && month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  const n = (a: number, b: number) => Number(date.slice(a, b));
  return valid(n(0, 4), n(4, 6), n(6, 8)) || (!value.includes('-') && (valid(n(4, 8), n(2, 4), n(0, 2)) || valid(n(4, 8), n(0, 2), n(2, 4))));
}
