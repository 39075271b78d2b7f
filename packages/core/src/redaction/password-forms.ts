import type { Detection } from './types.js';
import { namesSecret } from './key-names.js';
import { bareSecretLike, isProseWord } from './secrets.js';
import { gatedTest } from './internal/prefilter.js';

// ------------------------------------------------------------ more spellings of a password
// Issue 11, the sixth fresh probe of 2026-12-03 (about 1,850 events, README and docs only): these
// spellings of a password were stored raw (or half masked: the tail of `Wr0ngHorse!Batt` read as a
// name and its head kept). Each is a grammar, found from a literal:
//   - PowerShell: `ConvertTo-SecureString "…" -AsPlainText` (`-String "…"` too) and `"…" |
//     ConvertTo-SecureString -AsPlainText`: the quoted literal;
//   - Java properties as XML (`<entry key="db.password">…</entry>`) and every element whose `key` or
//     `name` attribute names a secret, its text; `<input type="password" value="…">`;
//   - a secret's config name then its value with a blank between: Dockerfile's legacy `ENV
//     DB_PASSWORD …`, Windows `setx DB_PASSWORD "…"`, `rclone config create … secret_access_key …`
//     (a name with `_` or `.` that names a secret by the key-name rules; unquoted after no
//     command, the value must look like a password by itself);
//   - Wi-Fi: the `P:` field of a Wi-Fi QR code (`WIFI:T:WPA;S:ssid;P:…;;`, the ZXing format), `psk=…`,
//     `wpa_psk …`, `wpa_passphrase=…`, `WPA key …`;
//   - a user and a password: `creds tevita:…`, `login tevita:…` (no colon after the label),
//     `u/p tevita/…`, `u: tevita p: …`;
//   - protocol transcripts: FTP `PASS …` (after `USER` or at an `ftp>` prompt), IMAP `a1 LOGIN user
//     pass`, SMTP `AUTH PLAIN <Base64>`; `mongo … -p "…"`, `influx -password …`;
//   - a security answer or memorable word after its label (`security answer: Fluffy2009`);
//   - `passw0rd=`, `p4ssword:` (the label's digits for letters).

const push = (out: Detection[], start: number, value: string) => {
  if (value.length >= 3 && !/^\$\{?[A-Za-z_]/.test(value) && !value.startsWith('{{')) out.push({ start, end: start + value.length, type: 'PASSWORD', class: 'secret' });
};
/** [start, value] of a shell-quoted or bare word at `at`: a quoted word without its quotes. */
const unquoted = (word: string, at: number): [number, string] => (/^(["']).*\1$/s.test(word) && word.length >= 2 ? [at + 1, word.slice(1, -1)] : [at, word]);
/**
 * The answers `pattern` (securityAnswer, securityAnswerIntl: the answer in group 1) finds in `text`:
 * a quoted one without its quotes, a bare one without the punctuation after it and only when it is
 * no common word (`My first pet was lovely`).
 */
function pushAnswers(text: string, pattern: RegExp, out: Detection[]): void {
  for (const m of text.matchAll(pattern)) {
    const word = m[1] as string;
    const [start, raw] = unquoted(word, m.index + m[0].length - word.length);
    const value = raw === word ? raw.replace(/[.,;:!?)]+$/, '') : raw;
    if (raw === word && isProseWord(value.toLowerCase(), true)) continue;
    push(out, start, value);
  }
}

const secureString = /ConvertTo-SecureString\b(?:[ \t]{1,4}-String)?[ \t]{1,4}(["'])((?:(?!\1)[^\r\n]){1,256})\1/gi;
const pipedSecureString = /(["'])((?:(?!\1)[^\r\n|]){1,256})\1[ \t]*\|[ \t]*ConvertTo-SecureString\b/gi;
const keyedElement = /<([A-Za-z_][\w.\-:]{0,40})\s[^<>]{0,200}?\b(?:key|name)[ \t]*=[ \t]*(["'])([^"'<>]{1,128})\2[^<>]{0,200}?>([^<]{1,512})<\/\1[ \t]*>/g;
const inputTag = /<input\b[^<>]{0,400}>/gi;
const passwordType = /\btype[ \t]*=[ \t]*["']?password\b/i;
const valueAttribute = /\bvalue[ \t]*=[ \t]*(?:"([^"<>]*)"|'([^'<>]*)')/i;
/** A config name with `_` or `.` then blanks and its value; group 1 a command before it (`ENV`, `setx`). */
const nameThenValue = /(?<![\w.\-$])(?:(ENV|setx|SETX|Setx)[ \t]{1,4})?([A-Za-z][A-Za-z0-9]*(?:[._][A-Za-z0-9]+){1,6})[ \t]{1,4}("[^"\r\n]{1,256}"|'[^'\r\n]{1,256}'|[^\s"'=:]{3,256})/g;
/** A blank or a tab anywhere. */
const BLANK_OR_TAB = /[ \t]/;
const wifiQr = /\bWIFI:((?:[^;\r\n\\]|\\.){0,128};){1,8}/g;
const wifiKey = /(?<![\w\-])(?:wpa[_\-]?psk|wpa[_\-]?passphrase|psk|(?:wpa2?|wep|wifi|wi-fi|wlan)[ _\-]?(?:key|pass(?:word|phrase)?))(?:[ \t]{0,3}([=:])[ \t]{0,3}|[ \t]{1,3})("[^"\r\n]{1,128}"|'[^'\r\n]{1,128}'|[^\s"';]{6,128})/gi;
const userColonPass = /(?<![\p{L}\p{N}_])(?:creds?|credentials?|login)[ \t]{1,3}[^\s:@/"'=]{1,64}:([^\s"']{3,})/giu;
const userSlashPass = /(?<![\p{L}\p{N}_/])u\/p[ \t]{0,3}:?[ \t]{1,3}[^\s/]{1,64}\/([^\s]{3,})/giu;
const userThenP = /(?<![\p{L}\p{N}_])u(?:ser)?[ \t]{0,2}:[ \t]{0,3}\S{1,64}[ \t,;]{1,4}p(?:w|wd|ass)?[ \t]{0,2}:[ \t]{0,3}([^\s"']{3,})/giu;
const ftpPass = /(?:^|\n)[ \t]*(?:ftp>[ \t]*(?:pass|PASS)|PASS)[ \t]+([^\s]{3,})/g;
const imapLogin = /(?:^|\n)[ \t]*[A-Za-z0-9.]{1,10}[ \t]+LOGIN[ \t]+("[^"\r\n]{1,128}"|[^\s"]{1,128})[ \t]+("[^"\r\n]{1,256}"|[^\s"]{3,256})/g;
const authPlain = /\bAUTH[ \t]+PLAIN[ \t]+([A-Za-z0-9+/]{8,}={0,2})(?![A-Za-z0-9+/=])/g;
const mongoPassword = /\b(?:mongo|mongosh|mongodump|mongorestore|mongoexport|mongoimport)\b[^\n|;&]{0,200}?[ \t]-p[ \t]{1,4}("[^"\r\n]{1,256}"|'[^'\r\n]{1,256}'|[^\s"'-][^\s"']{2,})/g;
const influxPassword = /\binflux\b[^\n|;&]{0,200}?[ \t]-password[ \t]{1,4}("[^"\r\n]{1,256}"|'[^'\r\n]{1,256}'|[^\s"'-][^\s"']{2,})/g;
const securityAnswer = /(?<![\p{L}\p{N}_])(?:security answer|secret answer|answer to (?:the |my |your )?security question|memorable (?:word|information|phrase))s?(?:[ \t]{0,3}[:=]|[ \t]{1,3}(?:is|was)[ \t]{0,3}:?|[ \t]{1,3}[-–—](?=[ \t]))[ \t]{0,3}("[^"\r\n]{1,128}"|'[^'\r\n]{1,128}'|[^\s"']{3,128})/giu;
/**
 * The same in other languages, a mother's maiden name and a first pet's name given as one (F11 of the
 * leak probe of 2026-12-07: `Sicherheitsantwort: …`, `la respuesta secreta es Chiquitín`,
 * `Mädchenname der Mutter: Oberleitner`, `nazwisko panieńskie matki: …`, `my first pet was called
 * Biscuit` were stored raw): the label, a colon or the language's copula, then the answer. The
 * English mother's maiden name in prose is a name statement (names.ts NAME_STATEMENT_BEFORE).
 */
const securityAnswerIntl = /(?<![\p{L}\p{N}_])(?:sicherheitsantwort|geheime antwort|antwort auf (?:die |meine |ihre )?sicherheitsfrage|r[ée]ponse (?:secr[èe]te|de s[ée]curit[ée])|r[ée]ponse [àa] (?:la |ma |votre )?question (?:secr[èe]te|de s[ée]curit[ée])|respuesta secreta|respuesta a (?:la |mi |su )?pregunta (?:secreta|de seguridad)|risposta (?:segreta|di sicurezza)|risposta alla (?:mia |sua )?domanda (?:segreta|di sicurezza)|geheim antwoord|beveiligingsantwoord|antwoord op (?:de |mijn |uw |je )?beveiligingsvraag|tajna odpowied[źz]|odpowied[źz] (?:na pytanie )?(?:pomocnicz[ae]|kontroln[ae])|(?:m[äa]dchenname|geburtsname) der mutter|nazwisko panie[ńn]skie matki|nom de jeune fille de (?:la |ma |votre |sa )?m[èe]re|apellido de soltera de (?:la |mi |su |tu )?madre|cognome da nubile (?:della |di )(?:mia |sua |tua )?madre|meisjesnaam van (?:de |mijn |uw |je )?moeder|(?:first|childhood) pet['’]s name|name of (?:my|your|the) first pet|first pet (?:was|is) (?:called|named)|erstes haustier (?:hie[ßs]|hei[ßs]t)|premier animal (?:s['’]appelait|s['’]appelle)|primera mascota se llamaba|primo animale si chiamava)(?:[ \t]{0,3}[:=：]|[ \t]{1,3}(?:is|was|ist|war|lautet|lautete|est|était|es|era|è|to|jest|by[łl]a?)[ \t]{0,3}:?|(?<=hie[ßs]|hei[ßs]t|appelait|appelle|llamaba|chiamava|called|named))[ \t]{0,3}("[^"\r\n]{1,128}"|'[^'\r\n]{1,128}'|[^\s"']{3,128})/giu;
const leetPassword = /(?<![\w.\-])(p[a4@][s5$]{2}(?:w[o0]rd|wd))[ \t]{0,3}[=:][ \t]{0,3}("[^"\r\n]{1,256}"|'[^'\r\n]{1,256}'|[^\s"']{3,256})/gi;

/**
 * The cues of the spellings below other than an element (`<`) and a config name (`_`, `.`), in one
 * gated scan (prefilter.ts): where it finds none, none of their rules is read. (One native
 * alternation that also held `_` and `.` passed nearly every text and cost 2.5% of the sealing
 * CPU of hotpath-compare's events by itself, 2026-12-03.)
 */
export const passwordFormsCues = /SecureString|ENV|setx|WIFI|psk|wpa|wep|wi-?fi|wlan|cred|login|u\/p|u[ \t]{0,2}:|user[ \t]{0,2}:|PASS|LOGIN|AUTH|ftp>|mongo|influx|answer|memorable|p[a4@][s5$]{2}|antwort|r[ée]ponse|respuesta|risposta|antwoord|odpowied|der mutter|panie[ńn]skie|jeune fille|de soltera|da nubile|meisjesnaam|pet['’]s name|first pet|haustier|premier animal|primera mascota|primo animale/i;
const anyPasswordFormCue = gatedTest(passwordFormsCues);
/** securityAnswerIntl's cues (after the gate above passed). */
const INTL_ANSWER_CUE = /antwort|r[ée]ponse|respuesta|risposta|antwoord|odpowied|der mutter|panie[ńn]skie|jeune fille|de soltera|da nubile|meisjesnaam|pet['’]s name|first pet|haustier|premier animal|primera mascota|primo animale/i;

export function detectPasswordForms(text: string, out: Detection[]): void {
  const cued = anyPasswordFormCue(text);
  if (cued && /SecureString/i.test(text)) {
    for (const m of text.matchAll(secureString)) push(out, m.index + m[0].length - 1 - (m[2] as string).length, m[2] as string);
    for (const m of text.matchAll(pipedSecureString)) push(out, m.index + 1, m[2] as string);
  }
  if (text.includes('<')) {
    for (const m of text.matchAll(keyedElement)) {
      if (!namesSecret(m[3] as string)) continue;
      const raw = m[4] as string;
      const value = raw.trim();
      if (value !== '') push(out, m.index + m[0].lastIndexOf(raw) + raw.indexOf(value), value);
    }
    for (const m of text.matchAll(inputTag)) {
      if (!passwordType.test(m[0])) continue;
      const value = valueAttribute.exec(m[0]);
      const found = value?.[1] ?? value?.[2];
      if (value !== null && found !== undefined && found !== '') push(out, m.index + value.index + value[0].length - 1 - found.length, found);
    }
  }
  // (A blank or a tab between the name and its value is part of every match: an id such as
  // `call_00000ffp`, which holds `_` and no blank, is not read.)
  if ((text.includes('_') || text.includes('.')) && BLANK_OR_TAB.test(text)) {
    for (const m of text.matchAll(nameThenValue)) {
      if (!namesSecret(m[2] as string)) continue;
      const word = m[3] as string;
      const [start, value] = unquoted(word, m.index + m[0].length - word.length);
      if (m[1] !== undefined || value !== word ? value.trim() !== '' : bareSecretLike(value)) push(out, start, value);
    }
  }
  if (!cued) return;
  if (text.includes('WIFI:')) {
    for (const m of text.matchAll(wifiQr)) {
      const body = m[0];
      const field = /(?:^WIFI:|;)P:((?:[^;\\]|\\.){1,128});/.exec(body);
      if (field !== null) push(out, m.index + field.index + field[0].length - 1 - (field[1] as string).length, field[1] as string);
    }
  }
  if (/psk|wpa|wep|wi-?fi|wlan/i.test(text)) {
    for (const m of text.matchAll(wifiKey)) {
      const word = m[2] as string;
      const [start, value] = unquoted(word, m.index + m[0].length - word.length);
      if (m[1] !== undefined || value !== word ? value.length >= 8 || /\d/.test(value) : bareSecretLike(value)) push(out, start, value);
    }
  }
  if (/cred|login/i.test(text)) {
    for (const m of text.matchAll(userColonPass)) {
      const value = (m[1] as string).replace(/[.,;)]+$/, '');
      if (value.startsWith('//') || /^\d+$/.test(value) || !/[^\p{L}]/u.test(value)) continue;
      push(out, m.index + m[0].length - (m[1] as string).length, value);
    }
  }
  if (/u\/p/i.test(text)) for (const m of text.matchAll(userSlashPass)) push(out, m.index + m[0].length - (m[1] as string).length, (m[1] as string).replace(/[.,;)]+$/, ''));
  if (/u(?:ser)?[ \t]{0,2}:/i.test(text)) for (const m of text.matchAll(userThenP)) push(out, m.index + m[0].length - (m[1] as string).length, (m[1] as string).replace(/[.,;)]+$/, ''));
  if (/PASS|ftp>/.test(text) && /ftp>|(?:^|\n)[ \t]*USER[ \t]|\b331\b/.test(text)) {
    for (const m of text.matchAll(ftpPass)) push(out, m.index + m[0].length - (m[1] as string).length, m[1] as string);
  } else if (text.includes('PASS')) {
    // No FTP session around it: `PASS` then a word that is a password by itself (a test runner's `PASS src/app.test.ts` stays).
    for (const m of text.matchAll(ftpPass)) if (bareSecretLike(m[1] as string)) push(out, m.index + m[0].length - (m[1] as string).length, m[1] as string);
  }
  if (text.includes('LOGIN')) {
    for (const m of text.matchAll(imapLogin)) {
      const word = m[2] as string;
      const [start, value] = unquoted(word, m.index + m[0].length - word.length);
      push(out, start, value);
    }
  }
  if (text.includes('AUTH')) for (const m of text.matchAll(authPlain)) push(out, m.index + m[0].length - (m[1] as string).length, m[1] as string);
  if (text.includes('mongo')) {
    for (const m of text.matchAll(mongoPassword)) {
      const word = m[1] as string;
      const [start, value] = unquoted(word, m.index + m[0].length - word.length);
      push(out, start, value);
    }
  }
  if (text.includes('influx')) {
    for (const m of text.matchAll(influxPassword)) {
      const word = m[1] as string;
      const [start, value] = unquoted(word, m.index + m[0].length - word.length);
      push(out, start, value);
    }
  }
  if (/answer|memorable/i.test(text)) pushAnswers(text, securityAnswer, out);
  if (INTL_ANSWER_CUE.test(text)) pushAnswers(text, securityAnswerIntl, out);
  if (/p[a4@][s5$]{2}/i.test(text)) {
    for (const m of text.matchAll(leetPassword)) {
      // `password=` and `passwd:` are the assignment rule's: a digit or a symbol for a letter here.
      if (/^pass(?:word|wd)$/i.test(m[1] as string)) continue;
      const word = m[2] as string;
      const [start, value] = unquoted(word, m.index + m[0].length - word.length);
      push(out, start, value.replace(/[,;]+$/, ''));
    }
  }
}
