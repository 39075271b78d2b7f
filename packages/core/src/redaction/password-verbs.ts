import type { Detection } from './types.js';
import { bareSecretLike } from './secrets.js';
import { gatedTest } from './internal/prefilter.js';

// ---------------------------------------------- a password after a verb or a preposition
// Issue 11, the fifth README-only probe of 2026-12-04 (K7, K8; test/redaction/probe-2026-12-04e.cases.md):
// an agent resetting an account, or a user telling it, writes the password after a verb or a
// preposition rather than after `is` or `:`, and these were stored raw:
//   - a verb, the password's word and `to` or `as`: `I have reset your password to Rq7mL2xWp9`,
//     `I changed the password to …`, `set my password to …`, `changed pw to …`;
//   - the value, `as` and the password's word: `Use Rq7mL2xWp9 as your temporary password`;
//   - signing in with it: `Log in with Rq7mL2xWp9`, `sign in using Rq7mL2xWp9`;
//   - Polish (`moje hasło to …`, `hasło brzmi …`, `zmieniłem hasło na …`) and Turkish, whose
//     possessive is a suffix of the word (`şifrem …`, `şifreniz: …`, `şifremi … olarak değiştirdim`).
// The grammar says where a value would stand; the word there must have a secret's shape (letters
// and digits mixed, a symbol, a long run of digits), so `reset your password to continue`, `use
// this as your password`, `log in with Google`, `şifremi unuttum` stay.

/** A verb that gives a password its value. */
const SETTING_VERBS = '(?:re)?set(?:ting)?|chang(?:e|ed|es|ing)|updat(?:e|ed|es|ing)|rotat(?:e|ed|es|ing)|switch(?:ed|es|ing)?|modif(?:y|ied|ies|ying)|configur(?:e|ed|es|ing)|mak(?:e|ing)|made';
/** The English words for a password (a PIN and one-time codes are secrets.ts's pinLabels). */
const LABELS = 'pass(?:word|wd|phrase|code)|pass code|pw|p/w';
/** Words that may stand between the verb and the password's word (`your`, `the admin`, `my new Wi-Fi`). */
const BETWEEN = '[\\p{L}\\p{N}\'’\\-]{1,20}';
/** `reset your password to …`, `changed pw to …`, `set the root password for db01 to …`. */
const verbThenTo = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${SETTING_VERBS})(?:[ \\t]{1,3}${BETWEEN}){0,3}?[ \\t]{1,3}(?:${LABELS})s?` +
    `(?:[ \\t]{1,3}(?:for|of|on)(?:[ \\t]{1,3}${BETWEEN}){1,3}?)?(?:[ \\t]{1,3}back)?[ \\t]{1,3}(?:to|as|into)(?:[ \\t]{0,3}:)?[ \\t]{1,3}`,
  'giu',
);
/** `… as your temporary password`: the word before it is the value (passwordBefore). */
const asYourPassword = new RegExp(
  `[ \\t]{1,3}as[ \\t]{1,3}(?:your|the|a|an|my|our|their|his|her|its)(?:[ \\t]{1,3}(?:new|temporary|temp|initial|one[ -]time|default|first|login|account|admin|root|wi-?fi|vpn|master)){0,2}[ \\t]{1,3}(?:${LABELS})` +
    // The password's word ends the phrase: `as your password manager` names a thing.
    `(?=[ \\t]*(?:$|[\\r\\n.,;:!?)]|[ \\t](?:and|for|to|until|when|at|on|next|from|if|then|but|so|or|please|[-–—])(?![\\p{L}\\p{N}_])))`,
  'giu',
);
/** `Log in with …`, `sign in using …`, `logon with the password …`. */
const signInWith = /(?<![\p{L}\p{N}_])(?:log[ \t-]?in|log[ \t]?on|sign[ \t-]?in)[ \t]{1,3}(?:with|using|via)[ \t]{1,3}(?:(?:the|your|my)[ \t]{1,3})?(?:(?:new|temporary|temp)[ \t]{1,3})?(?:(?:pass(?:word|code)|pw)[ \t]{1,3})?/giu;
/** Polish: `hasło to …`, `hasło brzmi …`, `moje hasło jest …`, `hasło zostało zmienione na …`, `zmieniłem hasło na …`; `hasło do` and up to five words (`Hasło do portalu płacowego to …`; L7 of 2026-12-05i; `Hasło do nowego portalu płacowego firmy to …`, its open part). */
const polish = /(?<![\p{L}\p{N}_])(?:has[lł]o|has[lł]a)(?:[ \t]{1,3}(?:tymczasowe|nowe|jednorazowe|domy[sś]lne|startowe|pocz[aą]tkowe))?(?:[ \t]{1,3}do(?:[ \t]{1,3}[\p{L}\p{N}_.\-@]{1,40}){1,5})?(?:[ \t]{1,3}(?:zosta[lł]o|jest|by[lł]o|teraz|zmienione|zmieniono|ustawione|ustawiono|zresetowane|zresetowano|obecnie)){0,3}[ \t]{1,3}(?:to|brzmi|jest|na|teraz)(?:[ \t]{0,3}:)?[ \t]{1,3}/giu;
/**
 * Turkish: the word's possessive (`şifrem` my, `şifren`, `şifreniz` your, `şifresi`, `şifremiz`;
 * `parolam`, `parolanız`) and its accusative (`şifremi`, `şifrenizi`, `parolamı`), then the value
 * with or without a colon (`şifrem Tq5Xm8Lvq2`, `yeni şifreniz: …`, `şifremi … olarak değiştirdim`).
 * The bare word (`şifre …`, `şifre: …`) is the other rules'.
 */
const turkish = /(?<![\p{L}\p{N}_])(?:[sş]ifre|parola)(?:m|n|miz|m[iı]z|niz|n[iı]z|s[iı])(?:[iı]|y[iı]|n[iı])?(?:[ \t]{1,3}(?:[sş]u|[sş]udur|olarak))?(?:[ \t]{0,3}[:=]|[ \t]{1,3}[-–—])?[ \t]{1,3}/giu;

/**
 * Five more languages' grammar of "my password is …" (L7 of the seventeenth probe, 2026-12-05j), each a
 * label with its possessive, what may stand between, and the link; the value must be passwordShaped:
 *   - Vietnamese: `mật khẩu` (or the chat abbreviation `mk`) and up to eight syllables (`mới của tôi`,
 *     `tài khoản điện lực của tôi`), then `là` ("is") or the setting verb's `thành` ("into": `đổi mật khẩu (wifi)
 *     thành …`; `thành công`, success, is no password's shape); `mk:` with a colon (`mật khẩu:` is secrets.ts's),
 *     and `mật khẩu` with one to four syllables and a colon (`Mật khẩu mới: …`, `mật khẩu wifi mới: …`; the open
 *     part of L7 of 2026-12-05j);
 *   - Finnish: `salasana` and its possessives (`salasanani` my, `salasanasi` your, `salasanansa`) before
 *     `on`/`oli` ("is"/"was") or, for a possessive, a colon; the translative `salasanaksi` ("to the password");
 *   - Hungarian: the possessive `jelszavam`/`jelszavad`/`jelszava`/`jelszavunk` (the copula is left out:
 *     `A jelszavam Debrecen.4026!`), a time word (`most`, `jelenleg`) or a colon between;
 *   - Swahili: `nenosiri` or `nywila` and up to four words (`langu`, `jipya`, `la akaunti yangu`), then `ni`
 *     ("is") or a colon;
 *   - Arabic: `كلمة المرور` / `كلمة السر` / `كلمة سر` and up to three words (`الخاصة بي`, `الجديدة`), then the
 *     pronoun copula `هي`/`هى` or a colon.
 */
const languages = new RegExp(
  [
    '(?:m[aậ]t[ \\t]kh[aẩ]u|mk)(?:[ \\t]{1,3}[\\p{L}\\p{M}\\p{N}]{1,12}){0,8}?[ \\t]{1,3}(?:l[àa]|th[àa]nh)|mk[ \\t]{0,2}[:：]|m[aậ]t[ \\t]kh[aẩ]u(?:[ \\t]{1,3}[\\p{L}\\p{M}\\p{N}]{1,12}){1,4}?[ \\t]{0,2}[:：]',
    'salasana(?:ni|si|nsa|mme|nne)(?:[ \\t]{1,3}(?:on|oli)|[ \\t]{0,2}[:：])|salasana[ \\t]{1,3}(?:on|oli)|salasanaks(?:i|eni|esi)',
    'jelszav(?:am|ad|a|unk|atok|uk)(?:[ \\t]{1,3}(?:most|jelenleg|mostantól|pedig|már|ma))?(?:[ \\t]{0,2}[:：])?',
    '(?:nenosiri|nywila)(?:[ \\t]{1,3}\\p{L}{1,12}){0,4}?(?:[ \\t]{1,3}ni|[ \\t]{0,2}[:：])',
    'كلمة[ \\t](?:المرور|السر|سر)(?:[ \\t]{1,3}[\\p{L}\\p{M}]{1,15}){0,3}?(?:[ \\t]{1,3}(?:هي|هى)|[ \\t]{0,2}[:：])',
  ]
    .map((alternative) => `(?<![\\p{L}\\p{M}\\p{N}_])(?:${alternative})(?![\\p{L}\\p{M}\\p{N}_])[ \\t]{1,3}`)
    .join('|'),
  'giu',
);
const languageCue = /m[aậ]t[ \t]kh[aẩ]u|mk|salasan|jelszav|nenosiri|nywila|كلمة/i;

/** The first characters of every rule above, in one gated scan (prefilter.ts): most texts hold none. */
export const passwordVerbsCues = /pass|pw|p\/w|log[ \t-]?in|log[ \t]?on|sign[ \t-]?in|has[lł]|[sş]ifre|parola|m[aậ]t[ \t]kh[aẩ]u|mk(?:[ \t]|[:：])|salasan|jelszav|nenosiri|nywila|كلمة/i;
const anyCue = gatedTest(passwordVerbsCues);

const QUOTES: Record<string, string> = { '"': '"', "'": "'", '`': '`', '“': '”', '‘': '’', '«': '»', '„': '“' };

/** The value at `from`: a quoted run to its closing quote, or a word without its sentence's punctuation. */
function valueAt(text: string, from: number): { start: number; value: string; quoted: boolean } | undefined {
  const close = QUOTES[text[from] ?? ''];
  if (close !== undefined) {
    const end = text.indexOf(close, from + 1);
    if (end === -1 || end - from > 129 || text.slice(from + 1, end).includes('\n')) return undefined;
    return { start: from + 1, value: text.slice(from + 1, end), quoted: true };
  }
  const m = /[^\s"'`“”‘’«»]{1,128}/y;
  m.lastIndex = from;
  const word = m.exec(text);
  if (word === null) return undefined;
  // Sentence punctuation after it is no part of it; the `!`s right after a value are (`Winter2024!`).
  const value = word[0].replace(/[.,;:!?)\]}>]+$/, (tail) => (tail.length === word[0].length ? tail : (/^!*/.exec(tail)?.[0] ?? '')));
  return { start: from, value, quoted: false };
}

/**
 * Whether a word in a password's place has a password's shape: letters and digits mixed (`hunter22`,
 * `Rq7mL2xWp9`), three kinds of characters (bareSecretLike), or six or more digits (`99218834`;
 * not a year). Not a URL, a path, a placeholder (`<password>`, `{{pw}}`, `$PASS`, `***`), an
 * email, a count (`12 characters`) nor a version.
 */
export function passwordShaped(value: string, digitsAlone = true): boolean {
  if (value.length < 4 || value.length > 128) return false;
  if (/^[<{[$%*#@~/\\.(]|:\/\/|^\*+$|^x+$/i.test(value) || /^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$/.test(value)) return false;
  // A version or a standard's name (`v2.3.1`, `SHA-256`, `AES256`, `TLS1.3`: `changed the password hashing to SHA-256`).
  if (/^v?\d+(?:\.\d+)+$|^[A-Z]{2,6}[-_/]?\d+(?:[-_.][A-Za-z0-9]+)*$/.test(value)) return false;
  if (/^\d+$/.test(value)) return digitsAlone && value.length >= 6;
  // Without a digit, a symbol other than a word's hyphen or apostrophe (`E-Devlet`, `Wi-Fi`, `Single-Sign-On` are words).
  return (/\d/.test(value) && /\p{L}/u.test(value)) || (bareSecretLike(value) && /[^\p{L}\p{N}'’.\-]/u.test(value.replace(/[.!?]+$/, '')));
}

/** Sign-in methods and products named with digits (`Sign in with OAuth2`, `log in with Office365`): no password. */
const SIGN_IN_METHODS = /^(?:o?auth|openid|oidc|saml|office|microsoft|m365|windows|win|webauthn|fido|passkey|sso|ldap|kerberos|azure|entra|google|apple|github|gitlab)[\d.\-]*\w{0,3}$/i;

/** A quoted value after the grammar: a secret unless it reads as words (`"something you remember"`). */
const quotedShaped = (value: string) => value.trim() !== '' && !/^[<{[$%*]/.test(value) && (/\d/.test(value) || /[^\p{L}\p{M}\s'’-]/u.test(value) || /\p{Ll}\p{Lu}/u.test(value));

export function detectPasswordVerbs(text: string, out: Detection[]): void {
  if (!anyCue(text)) return;
  const push = (found: { start: number; value: string } | undefined) => {
    if (found !== undefined) out.push({ start: found.start, end: found.start + found.value.length, type: 'PASSWORD', class: 'secret' });
  };
  /** The value after a grammar that ends at `from`; `shaped` decides for an unquoted word. */
  const after = (from: number, shaped: (value: string) => boolean) => {
    const found = valueAt(text, from);
    if (found === undefined) return undefined;
    return (found.quoted ? quotedShaped(found.value) : shaped(found.value)) ? found : undefined;
  };
  if (/pass|pw|p\/w/i.test(text)) {
    for (const m of text.matchAll(verbThenTo)) push(after(m.index + m[0].length, passwordShaped));
    if (/[ \t]as[ \t]/i.test(text)) {
      for (const m of text.matchAll(asYourPassword)) {
        // The word before ` as your password` (a quoted one to its opening quote).
        const before = text.slice(Math.max(0, m.index - 130), m.index);
        const quoted = /(["'`“‘«])([^"'`“”‘’«»\n]{1,128})(["'`”’»])$/.exec(before);
        if (quoted !== null && QUOTES[quoted[1] as string] === quoted[3] && quotedShaped(quoted[2] as string)) {
          push({ start: m.index - (quoted[2] as string).length - 1, value: quoted[2] as string });
          continue;
        }
        const word = /[^\s"'`“”‘’«»]{4,128}$/.exec(before);
        if (word !== null && passwordShaped(word[0])) push({ start: m.index - word[0].length, value: word[0] });
      }
    }
  }
  if (/log[ \t-]?[io]n|sign[ \t-]?in/i.test(text)) {
    // No password's word before it: the value needs three kinds of characters, and an email or a username is none.
    // A method's name is one with the `!`s valueAt keeps after a word (`Sign in with Office365!`).
    for (const m of text.matchAll(signInWith)) {
      const named = /pass|pw/i.test(m[0]);
      push(after(m.index + m[0].length, (value) => (named ? passwordShaped(value) : bareSecretLike(value) && passwordShaped(value) && !SIGN_IN_METHODS.test(value.replace(/!+$/, '')))));
    }
  }
  if (/has[lł]/i.test(text)) for (const m of text.matchAll(polish)) push(after(m.index + m[0].length, passwordShaped));
  if (/[sş]ifre|parola/i.test(text)) for (const m of text.matchAll(turkish)) push(after(m.index + m[0].length, passwordShaped));
  if (languageCue.test(text)) for (const m of text.matchAll(languages)) push(after(m.index + m[0].length, passwordShaped));
}
