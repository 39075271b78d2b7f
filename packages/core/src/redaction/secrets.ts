import { labelledSeedPhrase } from './seed-phrases.js';
import { namesSecret, PASSWORD_WORDS, withoutAccents } from './key-names.js';
import type { Detection } from './types.js';
import { countAfter } from './health-ids.js';
import { derPrivateKeyBody } from './key-files.js';
import { gatedTest } from './internal/prefilter.js';
import { lineEndUntil, lineStartFrom } from './internal/lines.js';

// Extent of a secret assignment's value (`password = …`, `"secret": "…"`, `Password=…;`).
//
// A quoted value extends to its closing quote (spaces, `&`, `;`, `,` included), also when the
// quote is escaped any number of times (`\"`, `\\\"`: JSON inside JSON strings). An unquoted
// value extends to whitespace or the end of the text, except where a key=value grammar (ADO
// connection strings `;Name=`, query strings `&name=`, cookies `; name=`, `, name:`) starts the
// next pair: its separator ends the value. When unsure, more is masked, not less.
//
// No length cap on the value (issue 11): a value is masked to its end whatever its length (a
// 1,624-character private key kept its tail after 512). Only the look-ahead per separator is
// bounded (64 characters); the caller scans each value once, so the work stays linear.

/** A quoted value whose closing quote is farther than this and on a later line ends at its line's end. */
const MULTILINE_QUOTED = 512;
const nextPair = /\s{0,2}[A-Za-z_][\w.\-]{0,63}\s{0,2}[=:]/y;

const isSpace = (code: number) => code <= 32 || code === 0x85 || code === 0xa0 || code === 0x2028 || code === 0x2029;

/** [start, end) of the value that begins at `from` (after the `=` / `:`), or undefined. */
export function assignmentValue(text: string, from: number): [number, number] | undefined {
  let slashes = 0;
  while (slashes < 16 && text.charCodeAt(from + slashes) === 92) slashes++;
  const quote = text[from + slashes];
  if (quote === '"' || quote === "'" || quote === '`') {
    const closing = text.slice(from, from + slashes + 1);
    const start = from + slashes + 1;
    let close = text.indexOf(closing, start);
    // A quote escaped once more than the opening one is part of the value.
    while (close > start && text.charCodeAt(close - 1) === 92) close = text.indexOf(closing, close + 1);
    if (close === -1 || close - start > MULTILINE_QUOTED) {
      // No closing quote, or a far one on a later line: mask to the end of the line at least.
      const newline = text.slice(start, close === -1 ? text.length : close).indexOf('\n');
      if (newline !== -1) close = start + newline;
      else if (close === -1) close = text.length;
    }
    return close > start ? [start, close] : undefined;
  }
  if (slashes > 0) return undefined;
  const start = from;
  const first = text[start];
  if (first === '{') return bracedValue(text, start);
  if (first === undefined || first === '[') return undefined;
  const limit = text.length;
  let end = start;
  for (; end < limit; end++) {
    const code = text.charCodeAt(end);
    if (isSpace(code) || code === 34 /* " */) break;
    if (code === 92 /* \ */ && text.charCodeAt(end + 1) === 34) break;
    if (code === 60 /* < */ && text.charCodeAt(end + 1) === 47 /* / */) break; // `</tag>`
    if (code === 59 /* ; */ || code === 38 /* & */ || code === 44 /* , */) {
      nextPair.lastIndex = end + 1;
      if (nextPair.test(text)) break;
    }
  }
  // Trailing closers without their opener in the value belong to the surrounding text. Only
  // closers and `,;'\`` are dropped, so whether the value holds an opener is asked once per kind.
  const holds = new Map<string, boolean>();
  const hasOpener = (opener: string) => {
    let known = holds.get(opener);
    if (known === undefined) holds.set(opener, (known = text.slice(start, end).includes(opener)));
    return known;
  };
  for (;;) {
    const last = text[end - 1];
    const opener = last === ')' ? '(' : last === ']' ? '[' : last === '}' ? '{' : last === '>' ? '<' : undefined;
    if (opener !== undefined && !hasOpener(opener)) end--;
    else if (last === ',' || last === ';' || last === "'" || last === '`') end--;
    else break;
    if (end <= start) return undefined;
  }
  return end > start ? [start, end] : undefined;
}

/** Longest braced connection-string value read. */
const MAX_BRACED = 256;

/**
 * [start, end) of a braced connection-string value inside its braces (ODBC `Pwd={Tq5!Xm8Lv;x}`,
 * `PWD={…}`, ADO.NET `Password={…}` through ODBC; the ODBC connection-string grammar of
 * SQLDriverConnect: a value in `{…}` may hold `;` and `=`, `}}` is a `}`), or undefined. Only in a
 * connection string's shape: right after `=`, on one line, closed within MAX_BRACED characters by
 * a `}` followed by `;`, a blank, a quote or the text's end, and either a `;` after it or a `;`
 * before its key (`DSN=prod;UID=u;PWD={…}`), so a JSX attribute (`password={password}`) or a
 * template placeholder stays (the fourth probe of 2026-12-04, J7).
 */
function bracedValue(text: string, open: number): [number, number] | undefined {
  if (text.charCodeAt(open - 1) !== 61 /* = */) return undefined;
  const limit = Math.min(text.length, open + 1 + MAX_BRACED);
  let close = -1;
  for (let at = open + 1; at < limit; at++) {
    const code = text.charCodeAt(at);
    if (code === 10 || code === 13) return undefined;
    if (code !== 125 /* } */) continue;
    if (text.charCodeAt(at + 1) === 125) { at++; continue; }
    close = at;
    break;
  }
  if (close <= open + 1) return undefined;
  const after = text.charCodeAt(close + 1);
  if (!(Number.isNaN(after) || after === 59 || after === 34 || after === 39 || isSpace(after))) return undefined;
  if (after === 59) return [open + 1, close];
  // The key before `=` (letters, digits, blanks: `User Id`), then a `;` before it.
  let at = open - 1;
  while (at > 0 && open - at < 40 && /[\w ]/.test(text[at - 1] as string)) at--;
  return text.charCodeAt(at - 1) === 59 ? [open + 1, close] : undefined;
}

// ------------------------------------------------------- secrets outside `name = value` forms

interface Found {
  start: number;
  end: number;
  type: string;
}

/** Fixed-prefix token families (gitleaks / secretlint shapes). */
const tokenFamilies: Array<[string, RegExp]> = [
  ['GOOGLE_OAUTH_TOKEN', /\bya29\.[A-Za-z0-9_\-]{20,}/g],
  ['DIGITALOCEAN_TOKEN', /\bdo[opr]_v1_[a-f0-9]{64}\b/g],
  ['PYPI_TOKEN', /\bpypi-[A-Za-z0-9_\-]{50,}/g],
  ['SQUARE_TOKEN', /\bsq0(?:atp|csp|idp)-[A-Za-z0-9_\-]{22,}/g],
  ['FACEBOOK_TOKEN', /\bEAACEdEose0cBA[A-Za-z0-9]{20,}/g],
  // An Ansible vault's body: the hex lines after its `$ANSIBLE_VAULT;1.1;AES256` header (in a vault
  // file, or indented under a YAML key's `!vault |`), masked as one span, the header left as it is.
  // Ciphertext under the vault's password, which offline guessing attacks (a probe of 2026-12-03).
  ['ANSIBLE_VAULT', /(?<=\$ANSIBLE_VAULT;\d\.\d;AES256(?:;[\w.-]{1,64})?[ \t]*\r?\n[ \t]*)[0-9a-f]{2,80}(?:[ \t]*\r?\n[ \t]*[0-9a-f]{2,80})*/g],
];
/** Command-line flags whose next word (or `=value`) is a secret. */
/** Words before a secret's word in an option's name that make it an option about the secret. */
const OPTION_VERBS = /(?:^|-)(?:require|requires|enable|disable|no|max|min|use|allow|skip|show|hide|print|reset|check|verify|validate|generate|gen|rotate|prompt|ask|read|ignore|with|without|auto|default|expire|expires|ttl|length|len|count|limit|type|mode|format|file|env|from|stdin)-/;
// `--db-password`, `--admin-pass`, `--github-token`, `--stripe-api-key` too: an owner's name and a
// dash before the secret's word (a probe of 2026-12-03: `--db-password Blue-Falcon-77` was stored raw).
const longFlag = /(?:^|\s)--((?:[a-z0-9]{1,20}-){0,2})(?:password|passwd|pass|token|auth-token|access-token|api-key|apikey|secret|client-secret|private-key-passphrase|passphrase)(?:=|\s{1,4})(["']?)([^\s"']{3,})/gi;
/** `-p<password>` glued (mysql family), `-p <password>` after a registry login. */
const shortFlag = /(?:^|\s)-p(\s{1,4})?([^\s"'\-][^\s"']{2,})/g;
// The line before the match, which ends before the space of ` -p`: `mysql -pX` ends in `mysql`.
const mysqlContext = /\b(?:mysql\w{0,10}|mariadb\w{0,10})(?:\s|$)/;
// `az login -u … -p …`, `oc login`, `cf login` take a password after `-p` too (a probe of 2026-12-03).
const loginContext = /\b(?:docker|podman|buildah|skopeo|nerdctl|helm registry|oras|az|oc|cf)\s{1,4}login\b/;
/**
 * Prose: `my wifi password is W1nter-Fox-89`, `the password is: "Tr1cky Pass9"`, `PIN: 4821`,
 * `pw: Hunter2Xq9z`, `Passwort: Geheim123!`, `mot de passe : …`, `contraseña: …`. A secret's
 * label, then a linking phrase, `:`, a spaced dash or an arrow; the value is read by proseValue
 * (a quoted value, or a first word) and proseRun (the words after an unquoted first word).
 * The label must stand alone (`password policy`, `PIN codes` are not labels of a value).
 *
 * The linking phrase is a small bounded grammar (issue 11, attack 11b finding 1): after the label
 * an optional `for [the] <word>` of up to six words (`the password for the VPN is`, `La clave del
 * portal de nóminas es`: L7 of 2026-12-05i; `La contraseña del portal web de los empleados nuevos es`, its
 * open part) and an optional parenthesised
 * note (`password (temporary):`), then up to three linking words (`has been`, `was`, `is`, `will`,
 * `you need`, `wurde`, `a été`, …) and a last one that can stand before a value (`is`, `was`,
 * `now`, `still`, `currently`, `set to`, `reset to`, `changed to`, `ist jetzt`, `gesetzt auf`,
 * `est maintenant`, `es ahora`, …), an optional `:`, dash or arrow after it. (`=>` is the
 * assignment rule's: `apikey => …` is found there once.) Every repetition but the last is
 * bounded and each word is a literal, so a match attempt reads a bounded number of characters
 * and then the blanks before the value, any number of them (`password:    Tr1cky9` was missed
 * past three): nothing follows them in the pattern, so they are read once, never backtracked.
 */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Scripts written without spaces between words: a label there is found inside a run of letters (`我的密码是…`). */
const spacelessScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
/** A password word as a pattern: a space or hyphen inside is any blank or hyphen, or none (`mot de passe`, `palavra-passe`). */
const labelPattern = (word: string) => escapeRegExp(word).replace(/[ -]/g, '[ \\t\\-]?');
/** PASSWORD_WORDS (key-names.ts, the one list) and their spellings without accents, longest first. */
const passwordLabelWords = [...new Set(PASSWORD_WORDS.flatMap((word) => [word, withoutAccents(word)]))].sort((a, b) => b.length - a.length);
/** The password words of scripts written with spaces as one alternation, longest first (also credential-files.ts). */
export const SPACED_PASSWORD_LABELS = passwordLabelWords.filter((word) => !spacelessScript.test(word)).map(labelPattern).join('|');
const strongLabels = `(?:${SPACED_PASSWORD_LABELS})s?`;
const spacelessLabels = passwordLabelWords.filter((word) => spacelessScript.test(word)).map(labelPattern).join('|');
/**
 * A password label in a script without spaces (`パスワード: …`, `密码是…`, `비밀번호는 …`,
 * `รหัสผ่าน: …`): the label anywhere in a run of letters, then one or two links: a colon, `=`, a
 * copula or a topic particle (`是`, `为`, `は`, `が`, `는`, `은`, `이`, `가`, `คือ`). The value
 * (spacelessValue) runs to a blank, a quote, CJK punctuation or a letter of those scripts.
 */
const spacelessProse = new RegExp(`(?:${spacelessLabels})(?:[ \\t]{0,3}(?:[:：=＝]|是|为|為|は|が|는|은|이|가|คือ))(?:[ \\t]{0,3}(?:[:：=＝]|是|为|為))?[ \\t]*`, 'gu');
const spacelessValueEnd = /[\s"'“”‘’«»„`「」『』、。，．：；！？（）【】\u3000\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
// One-time and access codes too (a bank's TAN, an SMS or 2FA code, `your code is …`), in the
// languages of the other labels. A PIN's value is pinLike; a one-time code's is codeLike.
const pinLabels =
  // A SIM's PUK, PUK2 and PIN2 (L4 of the seventh probe of 2026-12-04: `PUK 44120983`, `PIN2 9921`).
  '(?:sim[ -]?)?puk[ -]?[12]?(?:[ -]?(?:code|number|nr))?|pin-?2|' +
  'pin(?:[ -]?(?:code|number|nummer|nr))?|code pin|geheimzahl|otp|m?tan|sms[ -]?tan|one[ -]time (?:code|password|passcode)|verification code|security code|passcode|' +
  '(?:2fa|mfa|two[ -]factor|auth(?:entication|ori[sz]ation)?|login|sign[ -]in|sms|access|confirmation|activation) code|' +
  // Codes that open a door, a gate, an alarm or a safe (the sixth fresh probe of 2026-12-03: `unlock code 4821`, `alarm code: 4821`).
  '(?:door|gate|unlock|alarm|lock|keypad|garage|entry|building|lockbox|key[ -]?safe) code|(?:safe|lock|locker|padlock|vault) combination|' +
  // `your code` and its spellings (`Ihr Code lautet …`, `Votre code est …`, `Seu código é …`).
  '(?:your|ihr|dein|votre|ton|(?:o )?seu|(?:o )?teu|su|tu|il tuo|il suo|uw|je) (?:code|c[óo]digo|codice)|' +
  'bestätigungscode|sicherheitscode|zugangscode|code de (?:vérification|confirmation|sécurité)|c[óo]digo de (?:verificaci[óo]n|seguridad|confirmaci[óo]n|acceso)|codice (?:di verifica|otp)|verificatiecode|c[óo]digo de verifica[çc][ãa]o|' +
  // `The code is 481516`, `Il codice è …`: the code a message is about (its value must be codeLike;
  // `the code is 404`, `the code is 2024`, `the code is on line 42` stay). A probe of 2026-12-03.
  '(?:the|le|el|il|der|de|o) (?:code|c[óo]digo|codice)|' +
  // Russian, Polish, the Nordic languages and Turkish (a probe of 2026-12-03: `Ваш код: 481516`).
  '(?:ваш|твой) код|код (?:подтверждения|доступа|из смс|из sms)|(?:проверочный|одноразовый) код|' +
  'twój kod|kod (?:weryfikacyjny|jednorazowy|sms|dostępu|potwierdzający)|din (?:kod|kode)|verifieringskod|engångskod|bekræftelseskode|bekreftelseskode|engangskode|' +
  'kodunuz|(?:doğrulama|onay|güvenlik) kodu';
/**
 * `Your WhatsApp code: 481-516`, `Your Uber code is 4815`, `Ihr PayPal-Code lautet …`: a service's
 * name (a capitalized word, case-sensitive, so `your zip code` is no service) between `your` and
 * `code`, then a colon or a linking word, then a codeLike value. Kinds of code that are no
 * secret (`Your Promo code`, `Your Zip code`, `Your Tracking code`) are not services.
 * A probe of 2026-12-03.
 */
const serviceCode = /(?<![\p{L}\p{N}_])(?:[Yy]our|YOUR|[Ii]hr|[Dd]ein|[Vv]otre|[Ss]u|[Tt]u|[Ss]eu|[Uu]w|[Jj]e) (\p{Lu}[\p{L}\p{N}]{1,19})[ -]?(?:code|Code|CODE|c[óo]digo|codice|kod|kode)(?:[ \t]{0,3}[:：]|[ \t]{1,3}(?:is|ist|lautet|est|es|é|è))[ \t]*([A-Z0-9][A-Z0-9-]{3,14})(?![\p{L}\p{N}_]|[.,]\d)/gu;
const notServices = /^(?:Rust|Kotlin|Ruby|Go|Java|Python|Swift|Scala|Docker|PR|MR|Terraform|Ansible|Source|Test|Sample|Example|Demo|Starter|Template|Legacy|Old|New|Production|Prod|Staging|Dev|Frontend|Backend|React|Vue|Angular|Node|JavaScript|TypeScript|PHP|Perl|Haskell|Elixir|Erlang|Clojure|Dart|Flutter|Lua|Julia|Fortran|Pascal|Delphi|Assembly|Shell|Bash|SQL|HTML|CSS|Copilot|Lambda|Kubernetes|Helm|Zip|Postal|Post|Postcode|Area|Country|Dial|Promo|Promotion|Discount|Coupon|Voucher|Referral|Invite|Invitation|Gift|Error|Status|Exit|Return|Response|Tracking|Booking|Reservation|Reference|Order|Product|Source|Program|Programme|Course|Class|Room|Seat|Flight|Gate|Airport|Currency|Language|Region|Tax|Billing|Discount|Dress|Color|Colour|Sort|Bank|Branch|Swift|Routing|Postleit|Gutschein|Rabatt|Aktions|Fehler|Code)$/;
/**
 * One-time code labels of scripts written without spaces (`验证码：481516`, `您的验证码是481516`,
 * `認証コード：481516`, `인증번호: 481516`): the label, a colon, `=`, a copula or a topic particle,
 * then 4 to 10 digits that are codeLike. A probe of 2026-12-03.
 */
const spacelessCode = /(?:验证码|驗證碼|校验码|校驗碼|动态码|動態碼|认证码|認證碼|确认码|確認碼|認証コード|確認コード|認証番号|確認番号|ワンタイムパスワード|인증[ ]?번호|인증[ ]?코드|확인[ ]?코드|보안[ ]?코드)(?:[ \t]{0,3}(?:[:：=＝]|是|为|為|は|が|는|은|이|가))*[ \t]*(\d{4,10})(?!\d)/gu;
/** The labels of pinLabels that name a PIN (its value pinLike); the others name a one-time code (codeLike). */
const pinWord = /^(?:pin|code pin|geheimzahl|passcode|(?:sim[ -]?)?puk|sim[ -]?pin)/i;
const weakLabels = 'pass|secret|token|api[ _\\-]?key|access key|(?:wi-?fi|wlan|wpa2?|wep|network) (?:key|passphrase)|clave|code secret';
const wordEnd = '(?![\\p{L}\\p{N}_])';
/** Words that may stand between a label and the last linking word. */
const linkWords =
  'is|was|are|were|has|have|had|been|being|will|would|should|must|shall|can|just|also|then|now|still|currently|be|which|that|you|we|need|' +
  'set|reset|changed|updated|rotated|ist|war|wurde|wird|nun|jetzt|est|a|été|était|es|era|ha|sido|é|foi|è|är|jest';
/** The last linking word, right before the value. */
const lastLinkWords =
  'is|was|are|were|be|been|now|still|currently|ist|war|lautet|jetzt|nun|est|était|maintenant|es|era|ahora|è|é|är|jest|wa|' +
  '(?:set|reset|changed|updated|rotated|gesetzt|geändert|geaendert|changé|modifié|défini|cambiada|cambiado|establecida|alterada|definida)[ \\t]{1,3}(?:to|as|auf|à|a|en|para)';
/**
 * Qualifiers that may follow a password label before its linking phrase (attack 2026-12-02 #2:
 * `mot de passe temporaire : …`, `contraseña provisional: …`, `password temporanea: …`, `senha
 * provisória é …`, `Passwort vorläufig: …`): temporary, provisional, new, initial, one-time,
 * default, current in the label languages, one or two of them. A literal list: a word that is not
 * one (`password policy: …`, `password length: 12`) still ends the label.
 */
const qualifierWords =
  'temporary|temp|provisional|new|initial|one[ -]time|default|current|' +
  'temporaire|provisoire|nouveau|nouvel|nouvelle|initiale?|actuel|actuelle|unique|à usage unique|par défaut|' +
  'temporal|provisional|provisoria|provisorio|nueva|nuevo|inicial|actual|de un solo uso|por defecto|' +
  'temporanea|temporaneo|provvisoria|provvisorio|nuova|nuovo|iniziale|attuale|monouso|predefinita|' +
  'provisória|provisório|temporária|temporário|temporaria|temporario|nova|novo|atual|padrão|padrao|' +
  'neu|neues|vorläufig|vorlaeufig|temporär|temporaer|einmalig|tijdelijk|tijdelijke|nieuw|nieuwe|eenmalig|standaard';
const prose = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:(${strongLabels})|(${pinLabels})|(${weakLabels}))${wordEnd}` +
    `(?:[ \\t]{1,3}(?:${qualifierWords})${wordEnd}){0,2}` +
    `(?:[ \\t]{1,3}(?:for|to|of|on|für|pour|para|de|du|do|da|del|della|dello|di|van|voor|vom|zum)(?:[ \\t]{1,3}(?:the|my|your|our|this|that|a|an|der|die|das|le|la|el|il|lo|o|os|as|het|mijn|mon|ma|mi|tu|il mio|la mia))?((?:[ \\t]{1,3}[\\p{L}\\p{N}_.\\-]{1,40}${wordEnd}){1,6}))?` +
    `(?:[ \\t]{0,3}\\([^()\\n]{1,60}\\))?` +
    `(?:,?(?:[ \\t]{1,3}(?:${linkWords})${wordEnd}){0,3}[ \\t]{1,3}(?:${lastLinkWords})${wordEnd}(?:[ \\t]{0,3}[:：]|[ \\t]{1,3}(?:[-–—→⇒]|->)(?=[ \\t]))?` +
    `|[ \\t]{0,3}[:：]|[ \\t]{1,3}([-–—])(?=[ \\t])|[ \\t]{0,3}(?:[→⇒]|->)|['’]s(?=[ \\t]))[ \\t]*`,
  'giu',
);
/** The words of prose's qualifier (its group 4) are three or more. */
const LONG_QUALIFIER = /^(?:[ \t]{1,3}\S+){3}/;
/** prose's match ends in a linking word (no `:`, dash, arrow or `'s`). */
const LINK_WORD_END = /(?<!['’])\p{L}[ \t]*$/u;
/** Any character of a script written without spaces: the spacelessProse rule runs only then. */
const spacelessLabelHint = /[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const notAValue = /^(?:n\/?a|tbd|todo|unknown|unset|not set|none|\?+)$/i;
const proseQuotes: Record<string, string> = { '"': '"', "'": "'", '`': '`', '“': '”', '‘': '’', '„': '“', '«': '»', '»': '«', '「': '」' };
// A secret needs something besides letters: a digit, a symbol, a capital inside the word (`hunterTwo`).
const looksSecretStrict = (value: string) => /\p{N}|[^\p{L}\p{M}]|\p{Ll}\p{Lu}/u.test(value);
// `4821`, `0000-1234` (digit groups joined by dashes), or letters with digits.
const pinLike = (value: string) => /^\d{4,12}$/.test(value) || /^\d{2,6}(?:-\d{2,6}){1,3}$/.test(value) || (/\d/.test(value) && /\p{L}/u.test(value) && looksSecretStrict(value));
/** A year (`Your code is 2024`): no one-time code. */
const yearLike = /^(?:19|20)\d\d$/;
/**
 * A one-time code as services send them: 4 to 12 digits (not a year), digit groups joined by a
 * dash (`481-516`), a letter prefix and a dash (`G-481516`), or 4 to 10 capitals and digits with
 * two digits or more (`AB12CD`). Not a word with digits (`404-compliant`), a version (`v2.3.1`).
 */
const codeLike = (value: string) =>
  digitsCodeLike(value) || /^[A-Z]{1,3}-\d{4,10}$/.test(value) || (/^[A-Z0-9]{4,10}$/.test(value) && /\d.*\d/.test(value) && /[A-Z]/.test(value) && !standardName.test(value));
/** A code of digits: 4 to 12 (not a year), or digit groups joined by dashes (`481-516`). */
const digitsCodeLike = (value: string) => (/^\d{4,12}$/.test(value) && !yearLike.test(value)) || (/^\d{2,6}(?:-\d{2,6}){1,3}$/.test(value) && !rangeOrDate(value));
/**
 * Digit groups joined by dashes that are a date (`2024-01-15`), a range of years (`2024-2025`) or
 * of round numbers (`10-20`, `100-200`): no code (a fresh probe of 2026-12-03).
 */
const rangeOrDate = (value: string): boolean => {
  const groups = value.split('-');
  if (/^(?:19|20)\d\d-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])$/.test(value)) return true;
  if (groups.length === 2 && groups.every((group) => yearLike.test(group))) return true;
  return groups.length === 2 && groups.every((group) => group.endsWith('0')) && Number(groups[0]) < Number(groups[1]);
};
/**
 * A one-time code said or typed in groups after its label (F11 of the leak probe of 2026-12-07: `the
 * code I got is 47 12 90`, `OTP: 471 290` were stored raw): the part of `value` to mask. Groups of 2
 * to 4 digits joined by one blank or dash, all of one length, 4 to 10 digits in all, are the code
 * whole; no date or range (`2024-01-15`, `10-20`), no two years (`2024 2025`). Groups of unequal
 * lengths (`4821 12 times`, `12 30 45 6`) are no spelling of one code: then the first group alone,
 * when it is a code by itself (4 to 10 digits, no year), or nothing. A value without a separator, or
 * of single digits spaced (`4 8 2 1`), is returned as it is.
 */
export function groupedCode(value: string): string | undefined {
  if (!/\d[ -]\d\d/.test(value)) return value;
  const groups = value.split(/[ -]/);
  const first = groups[0] as string;
  const even = groups.every((group) => group.length === first.length);
  const digits = first.length * groups.length;
  if (even && digits >= 4 && digits <= 10 && !rangeOrDate(value.replace(/ /g, '-')) && !groups.every((group) => yearLike.test(group))) return value;
  return first.length >= 4 && !yearLike.test(first) ? first : undefined;
}
/** The names of standards and specifications (`RFC7231`, `ES2022`, `ISO27001`, `CVE2024`, `SHA256`, `UTF8`, `X509`, `C99`): no one-time code. */
const standardName = /^(?:(?:RFC|ES|ISO|IEC|IEEE|ECMA|CVE|CWE|PEP|JSR|HTTP|TLS|SSL|SHA|MD|UTF|UCS|ANSI|DIN|EN|BS|NIST|FIPS|SP|SOC|PCI|WCAG|IPV|CPP|CXX|GNU|GNUC|PY|NODE|JAVA|JDK|SQL|SQLITE|HL|FHIR|DICOM|USB|DDR|PCIE|AES|RSA|ECDSA|ARM|AMD|X86|BASE|FP|BF|INT|UINT|FLOAT|H|CP|WIN|MISRA|OWASP|COBOL|FORTRAN|GPT|CRC|DO|MIPS|RISCV|LPDDR|GDDR|HDMI|DP|WIFI|LTE|IP|OS|API|SDK|V|VER)\d+[A-Z]?|X509|C(?:89|90|95|99|11|17|18|23))$/;
/** The generic code labels of pinLabels (`the code`, `il codice`): their value must be digitsCodeLike. */
const genericCodeLabel = /^(?:the|le|el|il|der|de|o) /i;
/**
 * A one-time code before its label, as SMS texts put it: `G-481516 is your Google verification
 * code`, `Use 481516 as your verification code`, `481516 est votre code de vérification`, `481516
 * ist Ihr Bestätigungscode`; the code (4 to 10 digits, not a year; a letter prefix kept) in group 1.
 * At most two words (a service's name) between `your` and the code word.
 */
const codeBeforeLabel = /(?<![\p{L}\p{N}_\-])(?:[A-Z]{1,3}-)?(\d{4,10})[ \t]{1,3}(?:is|as|est|ist|é|es|è)[ \t]{1,3}(?:your|votre|ihr|dein|o seu|seu|su|tu|il tuo|uw|je)(?:[ \t]{1,3}[\p{L}\-]{1,20}){0,2}?[ \t]{1,3}(?:(?:verification|security|login|sign[ -]in|confirmation|one[ -]time|access|activation|2fa|mfa|auth(?:entication)?) )?(?:code|otp|tan|passcode|bestätigungscode|sicherheitscode|code de (?:vérification|confirmation)|c[óo]digo(?: de verifica(?:ci[óo]n|[çc][ãa]o))?|codice(?: di verifica)?|verificatiecode)(?![\p{L}\p{N}_])/giu;
/**
 * Backup and recovery codes after their label (`Backup codes: 7f2k-9x3m 4h8q-2w6z`, `recovery
 * codes:\n1234 5678\n…`, `Wiederherstellungscodes`, `codes de secours`, `códigos de respaldo`):
 * a note in parentheses may follow the label (`Recovery codes (save these):`, a probe of
 * 2026-12-03), then the list that follows, each code 6 or more letters and digits with a digit (dashes between
 * groups; Google's `1234 5678` as one), masked one by one up to the first item that is no code
 * (a word, a count: `Backup codes: 10 left`).
 */
const backupCodesLabel = /(?<![\p{L}\p{N}_])(?:(?:backup|recovery|emergency|scratch|one[ -]time)[ _-]?codes?|(?:Backup|Wiederherstellungs|Notfall)-?codes?|codes? de (?:secours|récupération|sauvegarde)|c[óo]digos? de (?:respaldo|recuperaci[óo]n|backup|recupera[çc][ãa]o)|codici di (?:backup|recupero)|back-?upcodes?|herstelcodes?)(?:[ \t]*\([^()\r\n]{1,40}\))?(?:[ \t]{1,3}(?:are|is|sind|lauten|sont|son|sono|zijn))?[ \t]*[:：=]?\s*/giu;
const backupCodeItem = /(?:[-*•][ \t]+|\d{1,2}[.)][ \t]+)?(\d{4} \d{4}|[A-Za-z0-9]{2,12}(?:-[A-Za-z0-9]{2,12}){0,3})(?=[\s,;]|\.(?:\s|$)|$)[ \t,;]*(?:\r?\n[ \t]*)?/y;
/** A backup code: 6 or more letters and digits (dashes and Google's middle blank aside) with a digit; `10 left`, `2 remaining` are counts. */
const backupCode = (item: string): boolean => /\d/.test(item) && item.replace(/[- ]/g, '').length >= 6;
/**
 * A wallet's seed phrase after its label (`seed phrase: …`, `mnemonic: …`, `recovery phrase`,
 * `secret recovery phrase`, `backup phrase`, `seed words`): 12, 15, 18, 21 or 24 words (BIP-39's
 * lengths) of 3 to 8 lower-case letters (the lengths of the BIP-39 word lists' Latin-script
 * words), blanks, commas or line breaks between them, numbered or not (`1. abandon 2. ability`),
 * masked whole. The word list itself is not checked (a phrase with a typo is as secret).
 */
const seedPhraseLabel = /(?<![\p{L}\p{N}_])(?:(?:wallet|secret|crypto)[ _-])?(?:(?:wallet|secret|recovery|backup|seed|mnemonic)[ _-]?(?:phrase|words)|mnemonic|seed|bip[ -]?39(?: phrase| words| mnemonic)?|phrase de récupération|Wiederherstellungsphrase|frase (?:semilla|de recuperaci[óo]n|di recupero|de recupera[çc][ãa]o))(?:[ \t]*\([^()\r\n]{1,40}\))?(?:[ \t]{1,3}(?:ist|is|are|was|were|sind|sont|sono|son|est|es|è|é|são))?[ \t]*(?:[:：=]|[—–→]|->|-(?=[ \t]))?\s*["'“]?/giu;
const seedWord = /(?:\d{1,2}[.)][ \t]*)?([a-z]{3,8})(?![\p{L}\p{N}_'-])[ \t,]*(?:\r?\n[ \t]*)?/uy;
const SEED_LENGTHS = new Set([12, 15, 18, 21, 24]);

/**
 * A one-time code label then the code with nothing between (`SMS-TAN 481516`, `OTP 481516`,
 * `one time password 481516`, `verification code 481516`): digits only, 4 to 10, not a year.
 * `TAN`, `OTP` as written in capitals (`tan 45` is a tangent).
 */
const bareCodeLabel = /(?<![\p{L}\p{N}_])(?:(?:SMS[ -]?|m|M)?TAN|OTP|PIN)[ \t]{1,3}(\d{2,4}(?:[ -]\d{2,4}){1,4}(?![\p{L}\p{N}_]|[.,]\d)|\d{4,10}|\d(?: \d){3,9})(?![\p{L}\p{N}_]|[.,]\d)/gu;
/**
 * The word labels of bareCodeLabel in any case (`SMS code 482913`, `Auth Code 482913`; a probe of
 * 2026-12-03 found the capitals stored raw), with the copula of the label's language that the linking
 * grammar does not hold (Polish `to`: `Twój kod to 482913`; a bare English `to` links nothing, `Send
 * the password to Bob2024`). The value is digits, or single digits spaced (`OTP 4 8 2 9 1 3`).
 * `passcode 99218834` and `access code 482193` too, with no copula (K22 of the fifth probe of
 * 2026-12-04: `my passcode is …` was masked, the bare label and its number not). A PIN after the
 * Polish copula (`Mój PIN to 7716`) and after a chat's question mark and `its` (`my pin number? its
 * 0451`, `my PIN? it's 8824`; F11 of the leak probe of 2026-12-07: stored raw).
 */
const bareCodeWords = /(?<![\p{L}\p{N}_])(?:one[ -]time (?:code|password|passcode|pin)|(?:sim[ -]?)?puk[ -]?[12]?(?:[ -]?code)?|pin-?2|pass[ -]?code|access code|(?:door|gate|unlock|alarm|lock|keypad|garage|entry|building|lockbox|key[ -]?safe) code|(?:safe|lock|locker|padlock|vault) combination|(?:verification|confirmation|activation|login|sign[ -]in|2fa|mfa|sms|auth(?:entication|ori[sz]ation)?) code|bestätigungscode|code de vérification|c[óo]digo de verifica(?:ci[óo]n|[çc][ãa]o)|(?:twój|twoj) kod(?:[ \t]{1,3}to)?|kod (?:weryfikacyjny|jednorazowy|sms)(?:[ \t]{1,3}to)?|(?:m[óo]j|tw[óo]j) (?:pin|kod pin|numer pin)(?:[ \t]{1,3}to)?|my pin(?: number| code)?\?[ \t]{1,3}(?:it['’]?s|it is))[ \t]{1,3}(\d{2,4}(?:[ -]\d{2,4}){1,4}(?![\p{L}\p{N}_]|[.,]\d)|\d{4,10}|\d(?: \d){3,9})(?![\p{L}\p{N}_]|[.,]\d)/giu;
/**
 * A PIN or one-time code written as an assignment (`PIN=4821`, `OTP=482913`, `otp_code = "482913"`): the
 * assignment rule leaves numbers of up to 5 digits, this takes them after these names (a query's
 * `?pin=4821` is shortQueryKey's).
 */
const codeAssignment = /(?<![\p{L}\p{N}_?&;])(?:t?otp|pin|pin-?2|puk[ _-]?[12]?|pin[_ -]?code|passcode|m?tan|(?:sms|mfa|2fa|otp|auth|verification)[_ -]?code)[ \t]{0,3}(?:=|:=)[ \t]{0,3}["']?(\d{4,10})(?![\p{L}\p{N}_]|[.,]\d)/giu;
/**
 * A password word then a quoted value with nothing between: SQL (`ALTER USER app WITH PASSWORD 'S3cr3tPw'`,
 * `CREATE ROLE app LOGIN PASSWORD '…'`, `CREATE USER bob IDENTIFIED BY '…'`, MySQL's `IDENTIFIED WITH
 * mysql_native_password BY '…'`) and log prose (`authentication failed for user "app" with password "S3cr3t!"`).
 * The quoted value to its closing quote on its line (`''` and backslash escapes inside), at most 256
 * characters; after a label in lower case the value must look like a secret (a digit, a symbol or a
 * capital inside: `the password 'Reset' link` stays). Oracle's unquoted `IDENTIFIED BY Tr0ub4dor3` in capitals only (`identified by Alice` is prose).
 * Not after a dash: `--password 'Tr1cky Pass9'` is longFlag's. A probe of 2026-12-03.
 */
const quotedPassword = /(?<![\p{L}\p{N}_\-])(?:password|passwd|passphrase|identified(?:[ \t]{1,3}with[ \t]{1,3}[\w$]{1,64})?[ \t]{1,3}by)[ \t]{1,3}(?:'((?:[^'\\\r\n]|''|\\.){1,256})'|"((?:[^"\\\r\n]|\\.){1,256})")/giu;
const oracleIdentifiedBy = /\bIDENTIFIED[ \t]{1,3}BY[ \t]{1,3}([^\s;'"]{3,128})/g;
/**
 * Oracle's `user/password@database` connect string after a tool or a thin JDBC URL (`sqlplus app/hunter22@db`,
 * `sqlplus -s scott/tiger@ORCL`, `jdbc:oracle:thin:scott/Tr0ub4dor3@db:1521/ORCL`, `rman`, `sqlldr`,
 * `expdp`, `impdp`, `dgmgrl`): the part between `/` and `@`. A probe of 2026-12-03. RMAN's connect
 * keywords too, in a text that names one of these tools (`rman target sys/Ch4ngeMe@prod catalog
 * rco/Pw2@cat`, `target=…`; seen while writing mutation tests, 2026-12-03 evening).
 */
const oracleConnect = /(?:\bjdbc:oracle:[a-z]{1,10}:|\b(?:sqlplus|sqlldr|rman|expdp|impdp|dgmgrl)(?:[ \t]{1,4}-[A-Za-z]{1,10}){0,4}[ \t]{1,4}|\b(?:target|catalog|auxiliary)[ \t]{0,4}=?[ \t]{0,4})[A-Za-z0-9_$#.]{1,64}\/([^\s@/"']{1,128})@/gi;
/**
 * An environment list in YAML (Kubernetes, Compose): `- name: DB_PASSWORD` then `value: …` on the next
 * line, whose name is a secret's by the key-name rules; the value quoted or to the end of its line (a
 * comment after ` #` left out). The same pair as a JSON object is the structure-aware rule's.
 * A probe of 2026-12-03.
 */
const yamlEnvPair = /^[ \t]*-[ \t]{1,8}name:[ \t]{0,8}(["']?)([A-Za-z_][\w.\-]{0,63})\1[ \t]*\r?\n[ \t]{1,32}value:[ \t]{0,8}/gm;

/**
 * A YAML key naming a secret whose value is not on its line (a probe of 2026-12-03: stored raw):
 * `password:` then the value indented on the next line, or a block scalar (`password: |`,
 * `token: >-`), a YAML tag before it too (Ansible's `db_password: !vault |` and the vault's
 * `$ANSIBLE_VAULT;1.1;AES256` lines, which only the tag was masked of: a probe of 2026-12-03).
 * Group 1 is the key's indentation, group 2 the key.
 */
const yamlBlockKey = /^([ \t]*)(?:- )?["']?([A-Za-z_][\w.-]{0,60})["']?[ \t]*:[ \t]*(?:!{1,2}[\w.\/-]{1,40}[ \t]+)?([|>][+-]?\d?[+-]?)?[ \t]*(?:#[^\r\n]*)?\r?\n/gm;
/** A line of a nested mapping or list (`min_length: 12`, `- item`): the key's value is no scalar. */
const yamlEntry = /^(?:-(?:[ \t]|$)|["']?[\w.-]{1,60}["']?[ \t]*:(?:[ \t]|$))/;

/** `Your code 481516` (nothing between): 6 to 8 digits, the lengths services send (a count, `your code 1500 lines`, is shorter or followed by its noun). */
const bareYourCode = /(?<![\p{L}\p{N}_])(?:your|votre|ihr|dein|su|tu|seu|uw) (?:code|c[óo]digo|codice)[ \t]{1,3}(\d{6,8})(?![\p{L}\p{N}_]|[.,]\d)/giu;

/**
 * The value after a prose label at `from`: a quoted value whole (to its closing quote on the same
 * line, spaces included), else the word up to whitespace or a quote, whatever its length.
 */
function proseValue(text: string, from: number): { start: number; end: number; quoted: boolean } | undefined {
  const opener = text[from] ?? '';
  const closer = proseQuotes[opener];
  if (closer !== undefined) {
    // A backslash escapes the next character inside an ASCII-quoted value (`"Tr1cky\"Quote Pass9"`
    // is one value, issue 11): one forward pass to the closing quote on the line.
    const escapes = opener === closer;
    let close = from + 1;
    for (; close < text.length; close++) {
      const character = text[close];
      if (character === '\n' || character === closer) break;
      if (escapes && character === '\\' && text[close + 1] !== '\n') close++;
    }
    if (close < text.length && text[close] === closer && close > from + 1) return { start: from + 1, end: close, quoted: true };
    // No closing quote: the word after it, and after the blanks after it (`password is " Tr1cky9`).
    from++;
    while (text[from] === ' ' || text[from] === '\t') from++;
  }
  let end = from;
  while (end < text.length && !/[\s"'“”‘’«»„`]/.test(text[end] as string)) end++;
  return end > from ? { start: from, end, quoted: false } : undefined;
}

// An unquoted value in prose may be several words (`my password is correct horse battery staple`,
// `passphrase: purple monkey dishwasher 42`, issue 11): after the first word it runs on over
// words joined by one to three blanks, to the end of its clause, and stops before a prose word.
/** Words one unquoted prose value may hold: a diceware passphrase has up to eight. */
const MAX_PROSE_WORDS = 10;
/**
 * Words that are prose, not part of a passphrase: a value stops before them (`Hunter2 ok`,
 * `hunter2 for the wifi`), and a value that starts with one is not a passphrase (`its default`,
 * `too short`, `required for login`). Function words (articles, pronouns, prepositions,
 * auxiliaries, conjunctions, negation) in English and the other label languages (romanized Japanese's
 * copula and particles too: `… wa Sakura!Yuki2026 desu`), common adverbs
 * and time words, replies, and what is said of a password rather than what it is.
 */
const PROSE_WORDS: ReadonlySet<string> = new Set(
  `a an the this that these those it its it's i me my mine you your yours we us our they them their he him his she her one
which what who whom whose where when why how some any no none not nothing every each all both either neither other another
and or but nor so yet then than because if unless until while though although since whereas
in on at to for from by with without of via into onto over under after before about around as like out up down off through
within per between against across along toward towards upon near behind beyond above below
is are was were be been being am has have had do does did done will would can could should must may might shall
also just still now already again here there too very only even ever never always often usually sometimes maybe perhaps
today tonight yesterday tomorrow soon later earlier ago last next week weeks month months year years day days hour hours
minute minutes morning evening night recently currently
ok okay yes yeah yep nope please pls thanks thank thx cheers lol hi hello regards
same different new old default temporary current previous initial
required optional mandatory needed necessary missing empty blank invalid incorrect wrong valid expired expires expiring
weak strong secure insecure long short hard easy simple complex
hidden visible encrypted hashed masked redacted stored saved sent shown displayed provided attached included enclosed
generated changed updated reset rotated set created managed known unknown forgotten lost compromised leaked locked
case sensitive insensitive characters character chars letters letter digits digit numbers number symbols words word
minimum maximum min max length least most more less enough
und oder aber nicht kein keine nur noch sehr zu mit für im der die das den dem ein eine einen ist sind war wird wurde
et ou mais ne pas trop très avec pour dans sur le la les un une de des du est sont
y o pero no muy demasiado con para en el los las una es son
desu deshita da datta masu mashita wa ga wo ni mo ka moji ijou ijō ika kudasai`
    .split(/\s+/)
    .filter((word) => word !== ''),
);
/** A code's run of words up to the first (after its first) with a lower-case letter: `8371 card` → `8371`. */
function codeWords(phrase: string): string {
  const lower = /[ \t]+\S*\p{Ll}/u.exec(phrase);
  return lower === null ? phrase : phrase.slice(0, lower.index);
}
/** After the first word: blanks, then a word (up to a blank, a quote or the end). */
const nextProseWord = /[ \t]{1,3}([^\s"'“”‘’«»„`]+)/y;
/** A word ending with these ends its clause (`.`, `,`, `;`, `:`, `!`, `?`, closers): the value ends with it. */
const clauseEnd = /[.,;:!?)\]}>]$/;
/** A word starting with these is not a passphrase's: a note or an aside (`(temporary)`, `- ask IT`). */
const asideStart = /^[([{<\-–—=]/;
/** Whether a word (trailing punctuation aside) is a prose word; a first word also when it reads as a participle or an adverb (`emailed`, `successfully`). */
export function isProseWord(word: string, first: boolean): boolean {
  const lower = word.replace(/[.,;:!?)\]}>]+$/, '').toLowerCase();
  if (PROSE_WORDS.has(lower)) return true;
  return first && lower.length >= 5 && /^\p{L}+(?:ed|ly)$/u.test(lower);
}

/**
 * The end of an unquoted prose value's run of words and their count: from its first word
 * [start, end), over the next words joined by one to three blanks, until a line break, a quote, a
 * word that ends its clause (kept), an aside, a prose word (not kept) or MAX_PROSE_WORDS. A first
 * word that is prose, an aside or ends its clause is a run of one. Reads each word once.
 */
function proseRun(text: string, start: number, end: number): { end: number; words: number } {
  const first = text.slice(start, end);
  if (isProseWord(first, true) || clauseEnd.test(first) || asideStart.test(first)) return { end, words: 1 };
  let words = 1;
  while (words < MAX_PROSE_WORDS) {
    nextProseWord.lastIndex = end;
    const next = nextProseWord.exec(text);
    if (next === null) break;
    const word = next[1] as string;
    if (asideStart.test(word) || isProseWord(word, false)) break;
    end = nextProseWord.lastIndex;
    words++;
    if (clauseEnd.test(word)) break;
  }
  return { end, words };
}

/** An XML element whose name (its local part) names a secret (isSecretKeyName: `<password>`, `<Credential>`, `<apiKey>`, `<ns:clientSecret>`). */
const xmlElement = /<((?:[A-Za-z_][\w.\-]{0,40}:)?([A-Za-z_][\w.\-]{0,60}))(?:\s[^<>]{0,200})?>([^<]+)<\/\1\s{0,3}>/g;
/** `<add key="ApiSecret" value="…"/>` (.NET appSettings), `<param name="password" value="…">`: the name attribute names the secret, the value attribute holds it. */
const xmlNameValue = /<[A-Za-z_][\w.\-:]{0,60}\s(?:[^<>]{0,200}?\s)?(?:key|name)\s{0,3}=\s{0,3}(["'])([^"'<>]{1,64})\1\s(?:[^<>]{0,200}?\s)?value\s{0,3}=\s{0,3}(["'])([^"'<>]*)\3/g;
/**
 * Command-line tools whose flag takes a password: `sshpass -p …`, `redis-cli -a …` (`keydb-cli`),
 * `ldapsearch -w …` (the ldap tools), `openssl … -passin pass:…`.
 */
// Archivers and key tools too (a probe of 2026-12-03): `zip -P …`/`unzip -P …`, `7z a -p…`/`unrar x -p…`
// (glued), `openssl enc -k …`/`-K <hex>`, `-storepass …`/`-keypass …` of keytool and jarsigner (`-srcstorepass`, `-destkeypass`).
const toolFlag = /\b(?:sshpass\s{1,4}-p|(?:redis|keydb|valkey)-cli\b[^\n|;&]{0,200}?\s-a|ldap(?:search|modify|add|delete|whoami|passwd|compare|modrdn)\b[^\n|;&]{0,200}?\s-w|(?:un)?zip\b[^\n|;&]{0,200}?\s-P(?=[ \t])|(?:7z[ar]?|(?:un)?rar)\b[^\n|;&]{0,200}?\s-p(?=[^\s-])|openssl\b[^\n|;&]{0,200}?\s-[kK](?=[ \t])|\s-(?:src|dest|new)?(?:storepass|keypass)(?=[ \t]))\s{0,4}(["']?)([^\s"']{3,})|\s-pass(?:in|out)?\s{1,4}pass:(\S{3,})/g;
/**
 * A `user:password` pair after a credentials label (`creds: admin:Tr1cky#Pass87`,
 * `credentials = deploy:S3cret!x`): the part after the first colon, when it looks like a secret
 * and is not a port or a URL's rest (`login: https://…`, `creds: db:5432`).
 */
const credentialPair = /(?<![\p{L}\p{N}_])(?:creds?|credentials?|login)[ \t]{0,3}[:=][ \t]{0,3}[^\s:@/"']{1,64}:([^\s"']{3,})/giu;
/**
 * A token's label with no colon or linking word, then a long key-like value (`twilio auth token
 * 0123456789abcdef…`, `api key AbC123…`): 24+ letters, digits, `_` or `-`, digits and letters mixed.
 */
const bareTokenLabel = /(?<![\p{L}\p{N}_])(?:auth[ _\-]?token|access[ _\-]?token|api[ _\-]?key|secret[ _\-]?key|token|secret)[ \t]{1,3}([A-Za-z0-9_\-]{24,})(?![A-Za-z0-9_\-])/giu;
/**
 * A card's security code after its label: `CVV: 737`, `cvv 123`, `CVC2 4821`, `card security code: 123`, a count of its
 * digits in parentheses between (`CVC (3 digits): 837`; the misc brief of 2026-12-05, item 1) (`CSC`, `CID` only as member
 * names: course and content ids).
 */
const cardCode = /(?<![\p{L}\p{N}_])(?:cvv2?|cvc2?|cvn|card (?:security|verification) (?:code|value)|security code)(?:[ \t]{0,3}\((?:3|4|three|four)[ -]digits?\))?(?:[ \t]{0,3}(?:[:=#]|is|-)?)[ \t]{0,3}(\d{3,4})(?![\p{N}])/giu;
/**
 * A card's security code named in other words (L8 of the sixth probe of 2026-12-04: support chats
 * and phone orders, `the security code on the back is 837`, `CVV on the back: 837`, `the 3 digits
 * on the back are 837`, `the three-digit code is 837`, `CSC 837`, `exp 12/27 code 837` were stored
 * raw). Three forms, each 3-4 digits with no digit, letter or another group after them:
 * - a code's label then where it is printed (`on the back`, `on the front of the card`, `on the
 *   signature strip`), then a link (`:`, `is`, `are`, `reads`);
 * - a code named by its count of digits (`3 digits`, `three-digit code`, `4 digit security code`)
 *   or as `CSC`/`CID` in capitals, then a link or a blank;
 * - `code` or a code's label right after a card's expiry (`exp 12/27 code 837`).
 * Group 1 of the first form is the label: a bare `code` or `digits` there, and the counted or
 * capitalized forms of the second, count only in a text about a card (cardCodeContext: a card's
 * word or 13-19 digits), or with `of the card` after the place; a count with a place says so
 * itself (`the 3-digit code on the back is 837`). The prefilter (otherPrefilter) reads
 * `digit`, `csc`, `cid` for them.
 */
const CARD_CODE_VALUE = `(\\d{3,4})(?![\\p{L}\\p{N}_]|[ \\t]?[-.\\/]?[ \\t]?\\d)`;
const CARD_CODE_LINK = `(?:[ \\t]{0,3}[:=#]|[ \\t]{1,3}(?:is|are|was|were|reads?|says?|shows?)(?:[ \\t]{0,3}:)?)`;
const CARD_CODE_COUNTED = `(?:3|4|three|four)[ -]digits?(?:[ \\t](?:security[ \\t]|verification[ \\t]|cvv[ \\t])?(?:code|number))?`;
const cardCodePlaced = new RegExp(
  `(?<![\\p{L}\\p{N}_])(security[ \\t]code|verification[ \\t]code|cvv2?|cvc2?|cvn|csc|cid|${CARD_CODE_COUNTED}|code|digits)` +
    `[ \\t]{1,3}(?:on|at|from|in)[ \\t]{1,3}(?:the[ \\t]{1,3})?(?:back|front|reverse|rear|signature[ \\t](?:strip|panel|box))((?:[ \\t]{1,3}of[ \\t]{1,3}(?:the|my|your|his|her|this)[ \\t]{1,3}(?:card|visa|amex|mastercard|credit[ \\t]card|debit[ \\t]card))?)` +
    `${CARD_CODE_LINK}[ \\t]{0,3}${CARD_CODE_VALUE}`,
  'giu',
);
const cardCodeCounted = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${CARD_CODE_COUNTED})(?:${CARD_CODE_LINK}|(?=[ \\t]))[ \\t]{0,3}${CARD_CODE_VALUE}`, 'giu');
/** `CSC`, `CID` in capitals only (in lower case, a course's or a content's id). */
const cardCodeCaps = new RegExp(`(?<![\\p{L}\\p{N}_])(?:CSC|CID)(?:${CARD_CODE_LINK}|(?=[ \\t]))[ \\t]{0,3}${CARD_CODE_VALUE}`, 'gu');
const cardCodeAfterExpiry = new RegExp(`(?<![\\p{L}\\p{N}_])exp(?:iry|iration|ires)?(?:[ \\t]date)?\\.?[ \\t]{0,2}:?[ \\t]{0,2}(?:0?[1-9]|1[0-2])[ \\t]?[/-][ \\t]?(?:\\d{4}|\\d{2}),?[ \\t]{1,3}(?:code|security[ \\t]code|cvv2?|cvc2?|csc|cid|cvn)${CARD_CODE_LINK}?[ \\t]{0,3}${CARD_CODE_VALUE}`, 'giu');
/** The cues of the forms above (one shared index of the text: most texts hold none). */
const anyCardCodeCue = gatedTest(/back|front|reverse|rear|signature|digit|three|four|CSC|CID|exp/i);
/** A text about a card: a card's word, or a run of 13-19 digits (blanks or dashes between). */
const cardCodeContext = /(?<![\p{L}])(?:card|visa|amex|master[ -]?card|discover|credit|debit|cc)(?![\p{L}])|\d(?:[ -]?\d){12,18}/iu;
/** The labels of cardCodePlaced that need cardCodeContext (or `of the card`): a bare `code`, `digits`. */
const bareCardCodeLabel = /^(?:code|digits)$/i;

/**
 * A one-time code named in other words than the labels of pinLabels (L9 of the sixth probe of
 * 2026-12-04: `the code I got by sms is 771204`, `code received: 771204`, `the code you sent me is
 * 771204`, `the six digit code: 771204`, `my authenticator shows 771204`, `Google Authenticator
 * code 771204`, `I just got a text with 771204`, `PIN sent to your phone: 7712` were stored raw):
 * - `code`, `PIN`, `OTP`, `passcode` then how it came (`I got by sms`, `you sent me`, `received`,
 *   `sent to your phone`, `from the text message`, `via email`), then `:` or `is`;
 * - a code by its count of digits (`six digit code`, `6-digit code`, `4 digit PIN`), then `:` or `is`;
 * - an authenticator app's code (`authenticator code`, `authenticator shows`, `Authenticator app
 *   says`), then the value;
 * - a message that brought it (`got a text with`, `received an SMS saying`, `got an email with
 *   the code`).
 * The value is a code's (codeLike; a PIN's, pinLike; digits alone after the message form).
 * Group 1: the label word, group 2: the value.
 */
const OTP_HOW = `(?:(?:that|which)[ \\t])?(?:(?:I|we|you|they|it)[ \\t](?:just[ \\t])?(?:got|get|received|was[ \\t]sent|were[ \\t]sent|have|sent|texted|emailed|gave)(?:[ \\t](?:me|us))?|(?:(?:was|were|got)[ \\t])?(?:just[ \\t])?(?:sent|texted|emailed|received|delivered))` +
  `(?:[ \\t](?:to|on)[ \\t](?:me|us|you|your|my)(?:[ \\t](?:phone|mobile|cell|number|email|e-mail|device|inbox))?|[ \\t](?:by|via|over|through|in)[ \\t](?:(?:the|a|an)[ \\t])?(?:sms|text(?:[ \\t]message)?|email|e-mail|phone|app|whatsapp|message))?(?:[ \\t](?:just[ \\t])?now)?` +
  `|from[ \\t](?:(?:the|your|my|a|an)[ \\t])?(?:sms|text(?:[ \\t]message)?|email|e-mail|app|authenticator(?:[ \\t]app)?|message)` +
  `|(?:by|via)[ \\t](?:sms|text(?:[ \\t]message)?|email|e-mail)`;
const OTP_LINK = `(?:[ \\t]{0,3}[:：=]|[ \\t]{1,3}(?:is|was|reads|says)(?:[ \\t]{0,3}:)?)[ \\t]{0,3}`;
const OTP_VALUE = `(\\d{2,4}(?:[ -]\\d{2,4}){1,4}(?![\\p{L}\\p{N}_]|[.,]\\d)|\\d{4,10}|\\d(?: \\d){3,9}|[A-Z]{1,3}-\\d{4,10})(?![\\p{L}\\p{N}_]|[.,]\\d)`;
const otpWords = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:` +
    `(code|pin|otp|passcode|one[ \\t-]time[ \\t](?:code|password|pin))[ \\t]{1,3}(?:${OTP_HOW})${OTP_LINK}` +
    `|(?:(?:4|5|6|7|8|four|five|six|seven|eight)[ \\t-]digits?[ \\t](code|pin|passcode|number|otp))(?:[ \\t]{1,3}(?:${OTP_HOW}))?${OTP_LINK}` +
    `|authenticator(?:[ \\t]app)?(?:[ \\t](?:code|token))?(?:[ \\t]{1,3}(?:shows|says|displays|reads|gives(?:[ \\t]me)?|is))?[ \\t]{0,3}:?[ \\t]{1,3}` +
    `|(?:got|get|received|getting)[ \\t](?:a|an|the)[ \\t](?:text|sms|text[ \\t]message|message|email|e-mail)[ \\t](?:with|saying|that[ \\t]says)(?:[ \\t](?:the[ \\t])?(?:code|pin)(?:[ \\t]{0,3}:)?)?[ \\t]{1,3}` +
    `)${OTP_VALUE}`,
  'giu',
);
const anyOtpWordsCue = gatedTest(/code|pin|otp|passcode|authenticator|one[ \t-]time|text|sms|message|mail/i);

const pgpassLine = /^[^:\s#][^:\s]{0,254}:(?:\d{1,5}|\*):[^:\s]{1,255}:[^:\s]{1,255}:((?:[^:\s\\]|\\\S)+)$/gm;
const cookieHeader = /\b(?:Set-)?Cookie\s{0,3}:[ \t]{0,3}([^\r\n]+)/gi;
const cookieAttributes = new Set(['path', 'domain', 'expires', 'max-age', 'samesite', 'secure', 'httponly', 'priority', 'partitioned', 'version', 'comment']);
/**
 * curl's `-b`/`--cookie` with `name=value` pairs (K20 of the fifth probe of 2026-12-04: `curl -b
 * "session=8f3c…" https://…` was stored raw; the same pairs as a `Cookie:` header line were masked).
 * Each pair's value, as the header's; an argument with no `=` is a cookie file (`-b cookies.txt`).
 * `-b` (its argument after blanks or none: `-b'sid=…'`) after `curl` in its command only (its line and
 * the lines it continues: continuedCommand); `--cookie` after any command (httpie and wget spell
 * theirs differently).
 */
const curlCookie = /(?<=[\s;|&(\[,"'])(?:(-b)[ \t]{0,4}|--cookie(?:[ \t]{1,4}|=))("[^"\r\n]{1,4096}"|'[^'\r\n]{1,4096}'|[^\s"']{1,4096})/g;
const shortQueryKey = /[?&;](auth|pass|passcode|pin|key)=([^&\s#"'<>]{3,})/gi;
const awsKeyId = /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g;
const awsSecretNearby = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;

// ------------------------------------------- a fresh probe of 2026-12-03 (issue 11, row 59)

/**
 * The password words of `barePassword`: PASSWORD_WORDS (spaced scripts) and `passwd`, less `pwd`
 * (the shell's command: `pwd /Users/Bob2`) and Italian `parola` (also "word").
 */
const barePasswordLabels = [...passwordLabelWords.filter((word) => !spacelessScript.test(word) && word !== 'pwd' && word !== 'parola'), 'passwd']
  .sort((a, b) => b.length - a.length)
  .map(labelPattern)
  .join('|');
/**
 * A password word then its value with nothing between: no colon, `=` or linking word (`passwd
 * Winter2026!`, `password Hunter2-Xq9z`, `Passwort Geheim123!`; a fresh probe of 2026-12-03). The
 * word after the label is the value only when it looks like a password by itself (bareSecretLike):
 * `password reset link sent`, `password policy requires`, `change your password today` stay. Not
 * after a dash, a dot or a name character (`--password …` is longFlag's, `user.password` a member).
 */
const barePassword = new RegExp(`(?<![\\p{L}\\p{N}_\\-./])(?:${barePasswordLabels})s?[ \\t]{1,3}(?=[^\\s"'\`])`, 'giu');
const bareWord = /[^\s"'`]+/y;
/** Whether a text holds one of barePassword's labels (a table of the triples they start with: most texts hold none). */
const anyBarePasswordLabel = gatedTest(new RegExp(barePasswordLabels, 'iu'));
/**
 * A word that is a password with no label's help: 6 to 128 characters, three of lower case, upper
 * case, digits and symbols, a digit or a symbol that is no sentence's punctuation (`Reset!` is a
 * word), not a path, a URL, an option, a placeholder, nor a standard's or a version's name
 * (`SHA-256`, `UTF-8`, `AES-256-GCM`, `v2.3.1`).
 */
export const bareSecretLike = (value: string): boolean => {
  if (value.length < 6 || value.length > 128 || /^[-/~.$%{<[(#@&*=\\]/.test(value) || value.includes('://')) return false;
  const classes = Number(/[a-z]/.test(value)) + Number(/[A-Z]/.test(value)) + Number(/\d/.test(value)) + Number(/[^A-Za-z0-9]/.test(value));
  if (classes < 3) return false;
  if (!/\d/.test(value) && !/[^\p{L}\p{M}]/u.test(value.replace(/[.!?,;:]+$/, ''))) return false;
  return !/^(?:[A-Z]{2,6}[-_/]?\d+(?:[-_.][A-Za-z0-9]+)*|v?\d+(?:\.\d+)+\S*)$/.test(value);
};
/**
 * Redis's password directives (redis.conf `requirepass …`, `masterauth …`, `CONFIG SET requirepass
 * "…"`, `redis-server --requirepass …`; a fresh probe of 2026-12-03). At a line's start, after
 * `CONFIG SET` or a dash the value is any word; elsewhere (prose) it must look like a secret.
 */
const redisDirective = /(?<![\p{L}\p{N}_])(?:requirepass|masterauth)(?:[ \t]{1,4}|[ \t]{0,3}=[ \t]{0,3})(?=\S)/giu;
const redisDirectiveAnchor = /(?:^|\n)[ \t]*$|CONFIG[ \t]{1,4}SET[ \t]{1,4}$|--$/i;
/**
 * Redis's `AUTH <password>` and `AUTH <user> <password>` (redis-cli, a session's transcript, in a
 * text that names Redis, Valkey or KeyDB or port 6379): the words after it, to the end of the line
 * (`AUTH` in capitals, or after a prompt `…> auth …`). SMTP's `AUTH PLAIN`, `AUTH LOGIN` are no Redis.
 */
const redisContext = /redis|valkey|keydb|:63[78]\d\b/i;
const redisAuth = /(?:(?<![\p{L}\p{N}_\-])AUTH|(?<=>[ \t]{0,3})auth)[ \t]{1,4}("[^"\r\n]{1,256}"|'[^'\r\n]{1,256}'|[^\s"']{1,256})(?:[ \t]{1,4}("[^"\r\n]{1,256}"|'[^'\r\n]{1,256}'|[^\s"']{1,256}))?/gu;
const smtpMechanisms = /^(?:PLAIN|LOGIN|CRAM-MD5|DIGEST-MD5|XOAUTH2?|GSSAPI|NTLM|EXTERNAL|ANONYMOUS|SCRAM-SHA-\d+|OAUTHBEARER)$/i;
/** Redis ACL rules: `ACL SETUSER alice on >S3cret! ~* +@all`, an ACL file's `user alice on >S3cret! …`: the words after `>` and `<` are passwords. */
const redisAcl = /(?:\bACL[ \t]{1,4}SETUSER|^[ \t]*user(?=[ \t]{1,4}\S+[ \t]{1,4}(?:on|off|reset|resetpass|nopass|>)(?:[ \t]|$)))[ \t]{1,4}\S+([^\r\n]*)/gim;
const aclPassword = /(?<=[ \t])[<>]([^\s]{1,256})/g;
/**
 * A password written to a command's standard input (a fresh probe of 2026-12-03): `echo "…" |
 * docker login -u bob --password-stdin`, `echo '…' | sudo -S apt update`, `printf '%s' … | …`,
 * and here-strings, `… --password-stdin <<< "…"`. The receivers: a `--password-stdin` flag (docker,
 * podman, helm, oras, skopeo, crane: any `--pass…-stdin`), `sudo -S` / `--stdin`, `passwd --stdin`,
 * `chpasswd` (`user:password`, the part after the colon), gh's `--with-token`, `vault login -`,
 * `smbpasswd -s`, openssl's `-passin stdin`. The value: the quoted argument whole, else a word;
 * `$PW`, `"${TOKEN}"` are placeholders. `sudo -S` with nothing piped and `echo done | tee log` stay.
 */
const echoedValue = /(?<![\p{L}\p{N}_\-])(?:echo(?:[ \t]{1,3}-[neE]{1,3})*|printf(?:[ \t]{1,3}(?:'[^'\r\n]{0,20}%[^'\r\n]{0,20}'|"[^"\r\n]{0,20}%[^"\r\n]{0,20}"|%[^\s|]{0,20}))?)[ \t]{1,3}("(?:[^"\\\r\n]|\\.){1,256}"|'[^'\r\n]{1,256}'|[^\s|;&'"]{1,256})[ \t]*\|(?!\|)/gu;
const hereString = /<<<[ \t]*("(?:[^"\\\r\n]|\\.){1,256}"|'[^'\r\n]{1,256}'|[^\s|;&'"]{1,256})/g;
const stdinReceiver = /--pass(?:word|wd)?[-_]stdin\b|(?<![\w-])sudo\b[^\n;&|]{0,200}?[ \t](?:-[A-Za-z]*S[A-Za-z]*|--stdin)(?![\w-])|(?<![\w-])passwd\b[^\n;&|]{0,200}?[ \t]--stdin\b|(?<![\w-])chpasswd\b|--with-token\b|(?<![\w-])vault[ \t]{1,4}login\b[^\n;&|]{0,200}?[ \t]-(?=[ \t]|$)|(?<![\w-])smbpasswd\b[^\n;&|]{0,200}?[ \t]-s\b|-passin[ \t]{1,4}stdin\b/;
/** The command a pipe feeds: from after `|` to the end of its segment (a line break, `;`, `&&`, `||`, the next `|`). */
function pipedCommand(text: string, from: number): string {
  const end = /[\r\n;|]|&&/.exec(text.slice(from, from + 400));
  return text.slice(from, from + (end === null ? Math.min(400, text.length - from) : end.index));
}
/** The command before a here-string at `at`: back to the start of its segment. */
function commandBefore(text: string, at: number): string {
  const from = Math.max(0, at - 400);
  const segment = text.slice(from, at);
  const and = segment.lastIndexOf('&&');
  const cut = Math.max(segment.lastIndexOf('\n'), segment.lastIndexOf(';'), segment.lastIndexOf('|'), and === -1 ? -1 : and + 1);
  return segment.slice(cut + 1);
}
/** [start, end) of the text a shell word at `at` spells: a quoted word without its quotes, and without trailing `\n` escapes. */
function shellWord(word: string, at: number): [number, number] {
  let inner = word;
  let start = at;
  if (word.length >= 2 && (word[0] === '"' || word[0] === "'") && word.endsWith(word[0])) {
    inner = word.slice(1, -1);
    start++;
  }
  while (/\\[nr]$/.test(inner)) inner = inner.slice(0, -2);
  return [start, start + inner.length];
}
/**
 * WordPress's secret keys and salts (`define('LOGGED_IN_KEY', '…')`, `define( 'NONCE_SALT', '…' );`,
 * the Docker image's `WORDPRESS_AUTH_SALT=…`; a fresh probe of 2026-12-03): AUTH, SECURE_AUTH,
 * LOGGED_IN and NONCE, each a `_KEY` and a `_SALT`, in capitals as WordPress writes them. The
 * value's extent is assignmentValue's.
 */
const wordpressSecret = /(?<![A-Za-z0-9_])(?:(?:WORDPRESS|WP)_)?(?:SECURE_AUTH|AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)(?![A-Za-z0-9_])(["']?)[ \t]{0,3}(,|=>|=|:)[ \t]{0,3}/g;

// A Latin letter with a diacritic is a letter (`expiré`, `gelöscht` are words: a fresh probe,
// 2026-12-02, found `mot de passe temporaire: expiré` masked). Letters of other scripts still
// count as something besides ASCII letters, as before (`пароль: секрет` is masked).
const looksSecret = (value: string) => /\d/.test(value) || (/[a-z]/.test(value) && /[A-Z]/.test(value)) || /[^A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0300-\u036F]/.test(value);
/** Trailing punctuation ends the sentence, except the `!`s right after the value (`Winter2024!`); punctuation alone stays. */
const trimTrailing = (value: string) => value.replace(/[.,;:!?)\]}>]+$/, (tail) => (tail.length === value.length ? tail : (/^!*/.exec(tail)?.[0] ?? '')));

function lineAround(text: string, index: number): string {
  // Read back 200 characters at most (to the text's start on one long line was quadratic; issue 11).
  return text.slice(lineStartFrom(text, index + 1, index - 200), index);
}
/**
 * The command before `index`: its line and the lines it continues, those that end in `\` (a shell),
 * `` ` `` (PowerShell) or `^` (cmd), up to 4,096 characters back. Browsers' "Copy as cURL" writes
 * one option a line (`curl 'https://…' \` then `-H '…' \`, `-b 'session=…'`): a `-b` there has
 * its `curl` lines above it.
 */
function continuedCommand(text: string, index: number): string {
  const floor = Math.max(0, index - 4096);
  // No line start before `floor` is read (issue 11: the text's start on one long line, quadratic).
  let start = lineStartFrom(text, index, floor);
  while (start > floor) {
    const end = text[start - 2] === '\r' ? start - 2 : start - 1;
    const last = text[end - 1];
    if (last !== '\\' && last !== '`' && last !== '^') break;
    start = lineStartFrom(text, end, floor);
  }
  return text.slice(start, index);
}

export const otherPrefilter = new RegExp(`ya29\\.|ANSIBLE_VAULT|do[opr]_v1_|pypi-|sq0|EAACEdEose0cBA|--|-p|pass|pw|pin|puk|secret|token|key|cookie|auth|AKIA|ASIA|:\\d{1,5}:|:\\*:|otp|code|c[óo]digo|codice|tan\\b|seed|mnemonic|phrase|(?:wallet|recovery|backup)[ _-]?words|bip.?39|frase|(?:security|verification) value|geheimzahl|clave|cred|login|cv[vcn]|combination|sshpass|-cli|ldap|identified|jdbc:oracle|sqlplus|sqlldr|rman|expdp|impdp|dgmgrl|openssl|sudo|curl|<<<|setuser|on[ \t]{1,4}>|_salt|digit|csc|cid|authenticator|(?:got|get|received|getting) (?:a|an|the) (?:text|sms|message|email|e-mail)|код|kod|验证|驗證|校验|校驗|动态|動態|认证|認證|确认|確認|認証|コード|ワンタイム|번호|코드|${passwordLabelWords.map(labelPattern).join('|')}`, 'i');

// ------------------------------------ a password as the default of a configuration placeholder
// K12 of the fifth probe of 2026-12-04: `password: ${DB_PASS:Tq5Xm8Lvq2}` was stored raw (a value
// that starts with `${` is a reference to a secret, not one). The default after the name is a
// literal, and under a secret's name it is the secret: Spring's `${name:default}`, the shell's and
// docker-compose's `${NAME:-default}`, `${NAME-default}`, `${NAME:=default}`, `${NAME=default}`;
// Helm's `{{ .Values.dbPassword | default "…" }}`; an environment lookup then `||`, `??`, `or` or
// `?:` and a quoted literal (`process.env.DB_PASSWORD || '…'`, `os.getenv('DB_PASS') or '…'`,
// `ENV['DB_PASSWORD'] || '…'`). The name is the placeholder's or the member's it is assigned to
// (`spring.datasource.password=${DB:…}`). `${DB_PASSWORD}`, `${DB_PASSWORD:-}`, `${DB_PASSWORD:?required}` hold none.
/** Spring's `${a.b:default}` (group 1, `:` then an optional `-` or `=`), or the shell's `${NAME-default}` (group 2). */
const placeholderDefault = /\$\{(?:([A-Za-z_][\w.\-]{0,80}):[-=]?|([A-Za-z_]\w{0,80})[-=])([^{}\r\n]{1,256})\}/g;
/** The member a placeholder is assigned to, at the end of the text before it (`password: `, `DB_PASS=`, `"password": "`). */
const assignedTo = /(?:^|[\s{,;(])["']?([A-Za-z_][\w.\-]{0,63})["']?[ \t]*(?:=|:|=>)[ \t]*["']?$/;
const helmDefault = /\{\{-?[ \t]*\.?([\w.\-]{1,120})[ \t]*\|[ \t]*default[ \t]+(?:"((?:[^"\\\r\n]|\\.){1,256})"|'([^'\r\n]{1,256})'|`([^`\r\n]{1,256})`)/g;
const envLookupDefault = /(?:process\.env\.|process\.env\[["']|import\.meta\.env\.|os\.getenv\([ \t]*["']|os\.environ(?:\.get\([ \t]*|\[)["']|ENV\[["']|getenv\([ \t]*["']|\$env:|Deno\.env\.get\([ \t]*["'])([A-Za-z_]\w{0,80})["']?[ \t]*[\])]?[ \t]*(?:\|\||\?\?|\bor\b|\?:)[ \t]*(?:"((?:[^"\\\r\n]|\\.){1,256})"|'([^'\r\n]{1,256})'|`([^`\r\n]{1,256})`)/g;

function detectPlaceholderDefaults(text: string, push: (start: number, value: string, type: string) => void): void {
  if (text.includes('${')) {
    for (const m of text.matchAll(placeholderDefault)) {
      const name = (m[1] ?? m[2]) as string;
      const raw = m[3] as string;
      const value = raw.trim();
      // `${DB_PASSWORD:?required}` is an error message, `${A:${B}}` another placeholder.
      if (value === '' || value.startsWith('?') || value.startsWith('$')) continue;
      const line = text.slice(lineStartFrom(text, m.index + 1, m.index - 120), m.index);
      const member = assignedTo.exec(line)?.[1];
      if (!namesSecret(name) && !(member !== undefined && namesSecret(member))) continue;
      push(m.index + m[0].length - 1 - raw.length + raw.indexOf(value), value, 'PASSWORD');
    }
  }
  if (text.includes('default')) {
    for (const m of text.matchAll(helmDefault)) {
      const value = m[2] ?? m[3] ?? m[4] ?? '';
      const last = (m[1] as string).split('.').pop() ?? '';
      if (value.trim() !== '' && namesSecret(last)) push(m.index + m[0].length - 1 - value.length, value, 'PASSWORD');
    }
  }
  if (/\|\||\?\?|\?:|\bor\b/.test(text)) {
    for (const m of text.matchAll(envLookupDefault)) {
      const value = m[2] ?? m[3] ?? m[4] ?? '';
      if (value.trim() !== '' && namesSecret(m[1] as string)) push(m.index + m[0].length - 1 - value.length, value, 'PASSWORD');
    }
  }
}

/**
 * Secrets written other than as `name = value`: fixed-prefix token families, command-line flags,
 * prose, XML elements, `.pgpass` lines, every Cookie/Set-Cookie value, `?auth=` style query
 * parameters, and the 40-character secret on the line of an AWS key id. Linear: every pattern is
 * anchored on a literal and bounded.
 */
export function detectOtherSecrets(text: string, out: Detection[], isPlaceholder: (value: string) => boolean): void {
  if (!otherPrefilter.test(text)) return;
  const found: Found[] = [];
  const push = (start: number, value: string, type: string) => {
    if (value.length >= 3 && !isPlaceholder(value)) found.push({ start, end: start + value.length, type });
  };
  /** A word at `at` as push's arguments: a quoted word without its quotes. */
  const spanOf = (word: string, at: number): [number, string, string] => {
    const [start, end] = shellWord(word, at);
    return [start, text.slice(start, end), 'PASSWORD'];
  };
  for (const [type, pattern] of tokenFamilies) for (const m of text.matchAll(pattern)) push(m.index, m[0], type);
  for (const m of text.matchAll(longFlag)) {
    // An option about the secret is no secret's option (`--require-password yes`, `--max-token 4096`,
    // `--enable-token auth` in a help text: a fresh probe of 2026-12-03).
    if (m[1] !== '' && OPTION_VERBS.test(m[1] as string)) continue;
    const value = m[3] ?? '';
    if (value.startsWith('-')) continue;
    const start = m.index + m[0].length - value.length;
    // `--password="Tr1cky Pass9"`: a quoted value to its closing quote, spaces included.
    const quoted = m[2] === '' ? undefined : assignmentValue(text, start - 1);
    if (quoted !== undefined) push(quoted[0], text.slice(quoted[0], quoted[1]), 'PASSWORD');
    else push(start, value, 'PASSWORD');
  }
  if (text.includes('-p')) {
    for (const m of text.matchAll(shortFlag)) {
      const value = m[2] ?? '';
      const before = continuedCommand(text, text.charCodeAt(m.index) === 45 ? m.index : m.index + 1);
      const spaced = m[1] !== undefined;
      if (spaced ? !loginContext.test(before) : !mysqlContext.test(before)) continue;
      push(m.index + m[0].length - value.length, value, 'PASSWORD');
    }
  }
  prose.lastIndex = 0;
  for (let m = prose.exec(text); m !== null; m = prose.exec(text)) {
    // A qualifier of three to six words (`del portal de nóminas`) only after a password's or a
    // secret's word (not a PIN's or a code's) and before a linking word: `Failed password for invalid
    // user oracle from ::1`, `the code on the back of the box is 4471` stay (L7 of 2026-12-05i).
    if (m[4] !== undefined && LONG_QUALIFIER.test(m[4]) && (m[2] !== undefined || !LINK_WORD_END.test(m[0]))) continue;
    const found = proseValue(text, m.index + m[0].length);
    if (found === undefined) continue;
    // Scanning goes on after the value's first word: it is read once, whatever its length. The
    // words after it are read again, taken as a value or not, so that a label among them is
    // found with its own value (`password is Hunter2x pin: 4821`: `4821` was left after the run
    // `Hunter2x pin`); a word is in at most ten runs (MAX_PROSE_WORDS).
    prose.lastIndex = Math.max(prose.lastIndex, found.end);
    // An unquoted value: its first word, or the run of words after it (proseRun).
    const run = found.quoted ? undefined : proseRun(text, found.start, found.end);
    const raw = text.slice(found.start, found.end);
    let value = found.quoted ? raw : trimTrailing(raw);
    if (!found.quoted) {
      // A spaced dash (`password - Step 2`) is a weaker sign than `is` or `:`: something besides letters is needed.
      const strongEnough = m[5] === undefined ? looksSecret(value) : looksSecretStrict(value);
      // `the code` names a code generically: its value must be digits (`The code is RFC7231 compliant` stays).
      const valueLike = m[2] === undefined || pinWord.test(m[2]) ? pinLike : genericCodeLabel.test(m[2]) ? digitsCodeLike : codeLike;
      // After a code label, a number that counts the word after it is no code (`Your code is 3000 lines`: a fresh probe of 2026-12-03).
      const firstIsSecret = m[1] !== undefined ? strongEnough : m[2] !== undefined ? valueLike(value) && !(/^\d+$/.test(value) && countAfter(text, found.start + value.length)) : looksSecretStrict(value) && !/^[\d.,%+/\-]+$/.test(value);
      if (run !== undefined && run.words > 1) {
        // Several words: a secret when the first one is; after a password label and a linking
        // phrase or `:` (not a spaced dash), three or more words (a passphrase: proseRun left
        // prose words out) or two of which one looks secret (`hunter 2`, `Correct Horse`); a PIN
        // when its digits are one (`12 34 56`); after a weak label (`secret`, `token`), three
        // or more words after `:`.
        const phrase = trimTrailing(text.slice(found.start, run.end));
        const several =
          m[1] !== undefined ? m[5] === undefined && (run.words >= 3 || phrase.split(/[ \t]+/).some(looksSecret))
          : m[2] !== undefined ? /^[\d \t]+$/.test(phrase) && valueLike(phrase.replace(/[ \t]+/g, ''))
          : run.words >= 3 && /[:：]/.test(m[0]);
        if (!firstIsSecret && !several) continue;
        // After a PIN or code label, a word with a lower-case letter is no part of the code (`4 digit
        // security code: 8371 card` masked `8371 card`, and the card's code lost its CVV reading to
        // the longer span; the misc brief of 2026-12-05, item 1): the run ends before it
        // (`AB12 CD34 EF` stays whole).
        value = m[2] === undefined || several ? phrase : codeWords(phrase);
      } else if (!firstIsSecret) continue;
    } else if (value.trim() === '') continue;
    // A run of words is checked whole: its first word alone may read as a placeholder (`4` of `4 8 1 5 1 6`).
    // A placeholder that ends a sentence is one without the full stop: trimTrailing would take its
    // closer with it (`the password is <password>.` masked `<password`, `[redacted].` `[redacted`).
    const checked = value.length > raw.length ? value : raw;
    if (notAValue.test(value) || isPlaceholder(checked) || isPlaceholder(checked.replace(/[.,;:!?]+$/, ''))) continue;
    push(found.start, value, 'PASSWORD');
  }
  if (spacelessLabelHint.test(text)) {
    for (const m of text.matchAll(spacelessCode)) {
      const value = m[1] as string;
      if (codeLike(value)) push(m.index + m[0].length - value.length, value, 'PASSWORD');
    }
    for (const m of text.matchAll(spacelessProse)) {
      const from = m.index + m[0].length;
      let found = proseQuotes[text[from] ?? ''] === undefined ? undefined : proseValue(text, from);
      if (found === undefined || !found.quoted) {
        let end = from;
        while (end < text.length && !spacelessValueEnd.test(text[end] as string)) end++;
        found = end > from ? { start: from, end, quoted: false } : undefined;
      }
      if (found === undefined) continue;
      const raw = text.slice(found.start, found.end);
      const value = found.quoted ? raw : trimTrailing(raw);
      if (value.trim() === '' || (!found.quoted && !looksSecret(value)) || notAValue.test(value) || isPlaceholder(raw)) continue;
      push(found.start, value, 'PASSWORD');
    }
  }
  if (text.includes(':\n') || text.includes(':\r\n') || /:[ \t]*(?:!{1,2}[\w.\/-]{1,40}[ \t]+)?[|>]/.test(text)) {
    for (const m of text.matchAll(yamlBlockKey)) {
      // A block scalar under a name that is no secret's (`key: |`, `sp_key`, `clientKey`) is read when
      // its first line starts as DER does in base64 (`M`): a private key's body is secret by its own
      // structure (key-files.ts derPrivateKeyBody; L9 of the probe of 2026-12-06).
      const named = namesSecret(m[2] as string);
      if (!named && (m[3] === undefined || !/^[ \t]*M/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 64)))) continue;
      // The lines indented deeper than the key are its value (a plain scalar on the next line, or
      // a block scalar after `|` or `>`): masked as one span, from the first character to the last.
      const indent = (m[1] as string).length;
      let end = m.index + m[0].length;
      let first = -1;
      let last = -1;
      for (let line = end; line < text.length; ) {
        let next = text.indexOf('\n', line);
        if (next === -1) next = text.length;
        const content = text.slice(line, next).replace(/\r$/, '');
        const lead = content.length - content.trimStart().length;
        if (content.trim() !== '' && lead <= indent) break;
        // A comment line is no value (`token:\n    # rotate daily\n    ttl: 24h`: a fresh probe of 2026-12-03).
        if (content.trimStart().startsWith('#')) {
          line = next + 1;
          continue;
        }
        if (content.trim() !== '') {
          // A plain value on the next lines cannot be a mapping or a list (a block scalar can hold anything).
          if (first === -1 && m[3] === undefined && yamlEntry.test(content.trimStart())) break;
          if (first === -1) first = line + lead;
          last = line + content.trimEnd().length;
        }
        line = next + 1;
        end = line;
      }
      // Prose (three or more words without a digit: `password: |\n  See the vault for details`) describes the secret.
      const value = first !== -1 && last > first ? text.slice(first, last) : '';
      if (!named) {
        if (derPrivateKeyBody(value)) push(first, value, 'PRIVATE_KEY');
        continue;
      }
      if (value !== '' && !(/(?:\S+\s+){2}\S/.test(value) && !/\d/.test(value))) push(first, value, 'PASSWORD');
    }
  }
  if (text.includes('<')) {
    for (const m of text.matchAll(xmlElement)) {
      if (!namesSecret(m[2] ?? '')) continue;
      const raw = m[3] ?? '';
      const value = raw.trim();
      if (value === '') continue;
      push(m.index + m[0].indexOf('>') + 1 + raw.indexOf(value), value, 'PASSWORD');
    }
    for (const m of text.matchAll(xmlNameValue)) {
      if (!namesSecret(m[2] ?? '')) continue;
      const value = m[4] ?? '';
      if (value.trim() !== '') push(m.index + m[0].length - value.length - 1, value, 'PASSWORD');
    }
  }
  if (/sshpass|-cli|ldap|-pass|zip|7z|rar|openssl|pass\s/.test(text)) {
    for (const m of text.matchAll(toolFlag)) {
      const value = m[2] ?? m[3] ?? '';
      if (value.startsWith('-')) continue;
      push(m.index + m[0].length - value.length, value, 'PASSWORD');
    }
  }
  if (/cred|login/i.test(text)) {
    for (const m of text.matchAll(credentialPair)) {
      const value = trimTrailing(m[1] ?? '');
      if (value.startsWith('//') || /^\d+$/.test(value) || !looksSecret(value)) continue;
      push(m.index + m[0].length - (m[1] ?? '').length, value, 'PASSWORD');
    }
  }
  if (/token|key|secret/i.test(text)) {
    for (const m of text.matchAll(bareTokenLabel)) {
      const value = m[1] ?? '';
      if (/\d/.test(value) && /[A-Za-z]/.test(value)) push(m.index + m[0].length - value.length, value, 'PASSWORD');
    }
  }
  if (/cod[ei]|c[óo]digo/i.test(text)) {
    for (const label of text.matchAll(backupCodesLabel)) {
      let at = label.index + label[0].length;
      for (let codes = 0; codes < 32; codes++) {
        backupCodeItem.lastIndex = at;
        const item = backupCodeItem.exec(text);
        if (item === null || !backupCode(item[1] as string)) break;
        push(item.index + item[0].indexOf(item[1] as string), item[1] as string, 'PASSWORD');
        at = backupCodeItem.lastIndex;
      }
    }
  }
  // Every label of seedPhraseLabel holds one of these (`wallet words`, `recovery words`, `backup words` too).
  if (/seed|mnemonic|phrase|words|bip[ -]?39|frase/i.test(text)) {
    for (const label of text.matchAll(seedPhraseLabel)) {
      const from = label.index + label[0].length;
      let at = from;
      let end = from;
      let words = 0;
      while (words < 25) {
        seedWord.lastIndex = at;
        const word = seedWord.exec(text);
        if (word === null) break;
        words++;
        end = word.index + word[0].indexOf(word[1] as string) + (word[1] as string).length;
        at = seedWord.lastIndex;
      }
      // The phrase ends there: at the text's end, a line break, a quote or punctuation (not more words on its line).
      let next = end;
      while (next < text.length && (text[next] === ' ' || text[next] === '\t' || text[next] === ',')) next++;
      if (SEED_LENGTHS.has(words) && (next === text.length || !/[\p{L}\p{N}]/u.test(text[next] as string))) push(from, text.slice(from, end), 'SEED_PHRASE');
      else {
        // Capitalized words, or more words after the phrase: the BIP-39 list says where it ends.
        const phrase = labelledSeedPhrase(text, from);
        if (phrase !== undefined) push(phrase[0], text.slice(phrase[0], phrase[1]), 'SEED_PHRASE');
      }
    }
  }
  if (/pin|puk|otp|tan|code/i.test(text) && text.includes('=')) {
    for (const m of text.matchAll(codeAssignment)) push(m.index + m[0].length - (m[1] as string).length, m[1] as string, 'PASSWORD');
  }
  if (/password|passwd|passphrase|identified/i.test(text)) {
    for (const m of text.matchAll(quotedPassword)) {
      const value = m[1] ?? m[2] ?? '';
      // A lower-case label in prose needs a value that looks like a secret (`the password 'Reset' button`
      // stays); SQL's capitals do not (`WITH PASSWORD 'secret'`).
      const sql = /^(?:PASSWORD|PASSWD|IDENTIFIED)/.test(m[0]);
      if (value.trim() !== '' && !notAValue.test(value) && (sql || looksSecretStrict(value))) push(m.index + m[0].length - value.length - 1, value, 'PASSWORD');
    }
    for (const m of text.matchAll(oracleIdentifiedBy)) push(m.index + m[0].length - (m[1] as string).length, m[1] as string, 'PASSWORD');
  }
  // A fresh probe of 2026-12-03 (issue 11, row 59): a password word then its value with nothing between.
  if (anyBarePasswordLabel(text)) {
    barePassword.lastIndex = 0;
    for (let m = barePassword.exec(text); m !== null; m = barePassword.exec(text)) {
      bareWord.lastIndex = m.index + m[0].length;
      const word = bareWord.exec(text);
      if (word === null) continue;
      const value = trimTrailing(word[0]);
      if (bareSecretLike(value) && !isPlaceholder(value)) push(word.index, value, 'PASSWORD');
    }
  }
  if (/requirepass|masterauth|auth|setuser|on[ \t]{1,4}>/i.test(text)) {
    for (const m of text.matchAll(redisDirective)) {
      const extent = assignmentValue(text, m.index + m[0].length);
      if (extent === undefined) continue;
      const value = text.slice(extent[0], extent[1]);
      const quoted = extent[0] > m.index + m[0].length;
      // A config line (the value ends its line), `CONFIG SET`, `--requirepass`: any word; in prose, one
      // that looks like a secret (`requirepass directive is documented` stays).
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      const lineStart = /(?:^|\n)[ \t]*$/.test(before);
      const anchored = quoted || (redisDirectiveAnchor.test(before) && (!lineStart || /^[ \t]*(?:#.*)?(?:\r?\n|$)/.test(text.slice(extent[1], extent[1] + 200))));
      if (anchored || (looksSecretStrict(value) && !isProseWord(value, true))) push(extent[0], value, 'PASSWORD');
    }
    if (redisContext.test(text)) {
      for (const m of text.matchAll(redisAuth)) {
        const first = m[1] as string;
        if (smtpMechanisms.test(first)) continue;
        const second = m[2];
        const at = m.index + m[0].indexOf(first, 4);
        // `AUTH <user> <password>`: the password is the second word; the first is masked too when it looks like a secret.
        if (second === undefined || looksSecretStrict(first)) push(...spanOf(first, at));
        if (second !== undefined) push(...spanOf(second, m.index + m[0].length - second.length));
      }
    }
    for (const m of text.matchAll(redisAcl)) {
      const rules = m[1] as string;
      const base = m.index + m[0].length - rules.length;
      for (const p of rules.matchAll(aclPassword)) push(base + p.index + 1, p[1] as string, 'PASSWORD');
    }
  }
  if (text.includes('|') || text.includes('<<<')) {
    for (const m of text.matchAll(echoedValue)) {
      const receiver = stdinReceiver.exec(pipedCommand(text, m.index + m[0].length));
      if (receiver === null) continue;
      const word = m[1] as string;
      let [start, end] = shellWord(word, m.index + m[0].lastIndexOf(word));
      // `echo 'bob:S3cret!' | chpasswd`: the password after the user's name.
      if (receiver[0] === 'chpasswd') start = Math.max(start, text.indexOf(':', start) + 1 || start);
      push(start, text.slice(start, end), 'PASSWORD');
    }
    if (text.includes('<<<')) {
      for (const m of text.matchAll(hereString)) {
        if (!stdinReceiver.test(commandBefore(text, m.index))) continue;
        const word = m[1] as string;
        const [start, end] = shellWord(word, m.index + m[0].length - word.length);
        push(start, text.slice(start, end), 'PASSWORD');
      }
    }
  }
  detectPlaceholderDefaults(text, push);
  if (/_key|_salt/i.test(text)) {
    for (const m of text.matchAll(wordpressSecret)) {
      // `,` only after `define(` and the name's quote: a list of names (`['AUTH_KEY', 'NONCE_KEY']`) stays.
      if (m[2] === ',' && !(m[1] !== '' && /define[ \t]{0,3}\([ \t]{0,3}["']$/.test(text.slice(Math.max(0, m.index - 12), m.index)))) continue;
      const extent = assignmentValue(text, m.index + m[0].length);
      if (extent !== undefined) push(extent[0], text.slice(extent[0], extent[1]), 'PASSWORD');
    }
  }
  if (/jdbc:oracle|sqlplus|sqlldr|rman|expdp|impdp|dgmgrl/i.test(text)) {
    for (const m of text.matchAll(oracleConnect)) push(m.index + m[0].length - 1 - (m[1] as string).length, m[1] as string, 'PASSWORD');
  }
  if (text.includes('value:')) {
    for (const m of text.matchAll(yamlEnvPair)) {
      if (!namesSecret(m[2] as string)) continue;
      const from = m.index + m[0].length;
      let lineEnd = text.indexOf('\n', from);
      if (lineEnd === -1) lineEnd = text.length;
      const line = text.slice(from, lineEnd).replace(/\r$/, '');
      const quote = line[0] === '"' || line[0] === "'" ? line[0] : undefined;
      const close = quote === undefined ? -1 : line.indexOf(quote, 1);
      const value = quote !== undefined && close > 1 ? line.slice(1, close) : line.replace(/[ \t]+#.*$/, '').trimEnd();
      if (value !== '' && !notAValue.test(value)) push(from + (quote !== undefined && close > 1 ? 1 : 0), value, 'PASSWORD');
    }
  }
  if (/cod[ei]|c[óo]digo|otp|tan\b|one.time|kod|PIN|combination/i.test(text)) {
    for (const m of text.matchAll(serviceCode)) {
      const value = m[2] as string;
      if (!notServices.test(m[1] as string) && codeLike(value) && !countAfter(text, m.index + m[0].length)) push(m.index + m[0].length - value.length, value, 'PASSWORD');
    }
    for (const m of text.matchAll(codeBeforeLabel)) if (!yearLike.test(m[1] as string)) push(m.index + m[0].indexOf(m[1] as string), m[1] as string, 'PASSWORD');
    for (const rule of [bareCodeLabel, bareCodeWords]) {
      for (const m of text.matchAll(rule)) {
        const value = groupedCode(m[1] as string);
        if (value !== undefined && !yearLike.test(value)) push(m.index + m[0].length - (m[1] as string).length, value, 'PASSWORD');
      }
    }
    for (const m of text.matchAll(bareYourCode)) if (!countAfter(text, m.index + m[0].length)) push(m.index + m[0].length - (m[1] as string).length, m[1] as string, 'PASSWORD');
  }
  if (/cv[vcn]|code|(?:security|verification) value/i.test(text)) for (const m of text.matchAll(cardCode)) push(m.index + m[0].length - (m[1] ?? '').length, m[1] ?? '', 'CVV');
  if (anyCardCodeCue(text)) {
    let context: boolean | undefined;
    const aboutCard = (): boolean => (context ??= cardCodeContext.test(text));
    for (const m of text.matchAll(cardCodePlaced)) {
      const value = m[3] as string;
      // A count of digits and where on the card it is printed say it is the card's (`the 3-digit code on the back is 837`;
      // the misc brief of 2026-12-05, item 1): only a bare `code` or `digits` needs a card in the text.
      if (bareCardCodeLabel.test(m[1] as string) && (m[2] as string) === '' && !aboutCard()) continue;
      push(m.index + m[0].length - value.length, value, 'CVV');
    }
    for (const counted of [cardCodeCounted, cardCodeCaps]) for (const m of text.matchAll(counted)) if (aboutCard()) push(m.index + m[0].length - (m[1] as string).length, m[1] as string, 'CVV');
    for (const m of text.matchAll(cardCodeAfterExpiry)) push(m.index + m[0].length - (m[1] as string).length, m[1] as string, 'CVV');
  }
  if (anyOtpWordsCue(text)) {
    for (const m of text.matchAll(otpWords)) {
      const value = groupedCode(m[3] as string);
      if (value === undefined) continue;
      const label = (m[1] ?? m[2] ?? '').toLowerCase();
      const valueLike = label === 'pin' || label === 'passcode' ? pinLike : m[1] === undefined && m[2] === undefined ? digitsCodeLike : codeLike;
      const plain = value.replace(/[ -]/g, '');
      if (!(valueLike(value) || digitsCodeLike(plain)) || yearLike.test(plain) || countAfter(text, m.index + m[0].length)) continue;
      push(m.index + m[0].length - (m[3] as string).length, value, 'PASSWORD');
    }
  }
  if (text.includes(':')) for (const m of text.matchAll(pgpassLine)) push(m.index + m[0].length - (m[1] ?? '').length, m[1] ?? '', 'PASSWORD');
  if (/cookie/i.test(text)) {
    for (const m of text.matchAll(cookieHeader)) {
      const header = m[1] ?? '';
      const base = m.index + m[0].length - header.length;
      let offset = 0;
      for (const part of header.split(';')) {
        const eq = part.indexOf('=');
        const name = part.slice(0, eq).trim().toLowerCase();
        const value = eq === -1 ? '' : part.slice(eq + 1).trim();
        if (eq !== -1 && value !== '' && !cookieAttributes.has(name)) push(base + offset + part.indexOf(value, eq + 1), value, 'SESSION_COOKIE');
        offset += part.length + 1;
      }
    }
  }
  if ((text.includes('-b') || text.includes('--cookie')) && text.includes('=')) {
    for (const m of text.matchAll(curlCookie)) {
      if (m[1] === '-b' && !/\bcurl(?:\.exe)?\b/.test(continuedCommand(text, m.index))) continue;
      const word = m[2] as string;
      const quoted = word[0] === '"' || word[0] === "'";
      const body = quoted ? word.slice(1, -1) : word;
      let offset = m.index + m[0].length - word.length + (quoted ? 1 : 0);
      for (const part of body.split(';')) {
        const eq = part.indexOf('=');
        const name = part.slice(0, eq).trim().toLowerCase();
        const value = eq === -1 ? '' : part.slice(eq + 1).trim();
        if (eq > 0 && value !== '' && !cookieAttributes.has(name)) push(offset + part.indexOf(value, eq + 1), value, 'SESSION_COOKIE');
        offset += part.length + 1;
      }
    }
  }
  if (text.includes('=')) {
    for (const m of text.matchAll(shortQueryKey)) {
      const value = m[2] ?? '';
      if (m[1]?.toLowerCase() === 'key' && !(value.length >= 12 && /\d/.test(value) && /[A-Za-z]/.test(value))) continue;
      push(m.index + m[0].length - value.length, value, 'URL_SECRET');
    }
  }
  for (const m of text.matchAll(awsKeyId)) {
    // Its line's end within 300 characters, read no further (issue 11: on to the line's end for every key id was quadratic).
    const stop = lineEndUntil(text, m.index, m.index + 300);
    const from = m.index + m[0].length;
    for (const s of text.slice(from, stop).matchAll(awsSecretNearby)) {
      if (/\d/.test(s[0]) && /[a-z]/.test(s[0]) && /[A-Z]/.test(s[0])) push(from + s.index, s[0], 'AWS_SECRET_KEY');
    }
  }
  // A card's security code read by a code label too (`security code: 8371`): the card's reading, one
  // pseudonym for the code however the text labels it (CVV and PASSWORD tie on priority).
  const cards = found.some((f) => f.type === 'CVV') ? new Set(found.filter((f) => f.type === 'CVV').map((f) => `${f.start}:${f.end}`)) : undefined;
  for (const f of found) if (cards === undefined || f.type !== 'PASSWORD' || !cards.has(`${f.start}:${f.end}`)) out.push({ start: f.start, end: f.end, type: f.type, class: 'secret' });
}
