// A person's name whose given name and surname are joined by a dot or an underscore in running
// text, with no account's label before it (issue 11 of 2026-12-06, found through the auditor):
// `Jan.Kowalski` was stored `[PERSON].Kowalski` (the given name read alone, the surname glued to
// it by the dot and left raw), `Maria.Garcia` and `Jan_Kowalski` raw. Directories and chat tools
// write a person so (`given.surname`, an account's shape: account-names.ts reads it after a label).
//  - `Given.Surname`, `given.surname`, `Given_Surname`: two words and no more (`a.b.c`, a domain
//    `maria.garcia.com`, a mailbox `maria.garcia@…`, a path are other rules'), the first a given
//    name of the lists (names.ts isGivenNameWord, also one that is a common word: `Maria`, `John`),
//    the whole a person's login by the home folder's test (isPersonLogin), the second a listed
//    surname (isListedPersonName, or one that is a common word too: `Smith`; or a double-barrelled
//    one with a listed part, each part in the first's case: `maria_garcia-lopez`), no firm
//    (`Chase.Bank`: firmLikeName) and no service's part (`svc.backup`): masked as one PERSON.
//  - a title glued to a surname (`Dr.Smith`, `Mrs.Nowak`, `Prof.Okafor-Brooks`): the surname is a PERSON, the title stays
//    (`Mr.Robot`, `St.Louis`: no listed surname, and `St` is no person's title).
//  - a PERSON span found by the other rules and glued by `.` or `_` to a capitalized listed name word
//    on either side (`Anna Nowak.Smith`, `Jan.Kowalski` when only `Jan` was read): the span takes
//    that word, so no half of a name stays raw.
// Code stays (`Math.Floor`, `System.Console`, `React.Component`, `Object.Keys`, `config.yaml`): its
// words are no given name and surname. Linear: one scan with bounded words, a bounded look at each
// PERSON span's two ends.
import { firmLikeName, isListedFirm, foldDiacritics, isAmbiguousPersonName, isFoldedGivenName, isGivenNameWord, isHyphenatedSurname, isListedPersonName, isPersonLogin, isRecordNameWord, isVoiceNamespace, pushPerson } from './names.js';
import type { Detection } from './types.js';

/** Two words joined by one `.` or `_`, no third part, no mailbox, path or identifier around them. Groups: 1 the first word, 2 the joiner, 3 the second. */
const JOINED_PAIR = /(?<![\p{L}\p{M}\p{N}_.@/\\:#$%&=+-])(\p{L}[\p{L}\p{M}'’]{1,30})([._])(\p{L}[\p{L}\p{M}'’]{1,30}(?:-\p{L}[\p{L}\p{M}'’]{1,30})?)(?![\p{L}\p{M}\p{N}_@/\\'’-]|[.:][\p{L}\p{N}])/gu;
/** Titles a surname follows glued by their dot (`Dr.Smith`). */
const TITLES = new Set(['Dr', 'Mr', 'Mrs', 'Ms', 'Mx', 'Prof', 'Miss']);
/** Parts that name a service, a role or a file, never a person's given name or surname (as account-names.ts's). */
const NOT_NAME_PARTS = new Set(['svc', 'service', 'app', 'admin', 'root', 'test', 'demo', 'bot', 'api', 'dev', 'prod', 'config', 'backup', 'worker', 'build', 'yaml', 'json', 'txt', 'pdf', 'local', 'com', 'org', 'net', 'max', 'min', 'sum', 'avg', 'abs', 'mean', 'floor', 'round']);

/**
 * Three words joined by one `.` or `_` throughout (`anna.maria.nowak`, `Anna.Maria.Nowak`, `JAN.PAWEL.KOWALSKI`), no fourth part:
 * two given names (or a given name and one initial) and a surname. Groups: 1, 3, 4 the words, 2 the joiner.
 */
const JOINED_TRIPLE = /(?<![\p{L}\p{M}\p{N}_.@/\\:#$%&=+-])(\p{L}[\p{L}\p{M}'’]{1,30})([._])(\p{L}[\p{L}\p{M}'’]{0,30})\2(\p{L}[\p{L}\p{M}'’]{1,30}(?:-\p{L}[\p{L}\p{M}'’]{1,30})?)(?![\p{L}\p{M}\p{N}_@/\\'’-]|[.:_][\p{L}\p{N}])/gu;
/** A span's last word. */
const LAST_WORD = /\p{L}[\p{L}\p{M}'’]*$/u;
const capitalized = (word: string): boolean => /^\p{Lu}\p{Ll}[\p{Ll}\p{M}'’]*$/u.test(word);
/** All capitals, as directories and forms write a name (`JAN.KOWALSKI`); two letters or more. */
const upperCase = (word: string): boolean => /^\p{Lu}[\p{Lu}\p{M}'’]+$/u.test(word);
const lowerCase = (word: string): boolean => /^\p{Ll}[\p{Ll}\p{M}'’]*$/u.test(word);
/** Every part of a word split at its hyphens has `shape` (`Okafor-Brooks` capitalized, `garcia-lopez` in lower case). */
const everyPart = (word: string, shape: (part: string) => boolean): boolean => word.split('-').every(shape);
const capitalize = (word: string): string => (word[0] as string).toUpperCase() + word.slice(1);
/** A listed name that is no common word, also written with its accents (`Wiśniewski` as `Wisniewski`). */
const listedName = (word: string): boolean => isListedPersonName(word) || isListedPersonName(foldDiacritics(word.toLowerCase()));
/** A listed surname, also one that is a common word (`Smith`, `Hill`), or a double-barrelled one with a listed part (`Okafor-Brooks`). */
const surnameWord = (word: string): boolean =>
  word.includes('-') ? isHyphenatedSurname(word) && word.split('-').some((part) => listedName(part)) : listedName(word) || isAmbiguousPersonName(word);

/** Whether `first` `second` (as written, joined by a dot or an underscore) are a given name and a surname. */
function givenAndSurname(first: string, second: string): boolean {
  const bothCapitalized = capitalized(first) && everyPart(second, capitalized);
  // In capitals (`JAN.KOWALSKI`, `MARIA_GARCIA`) as in lower case: a surname that is a common word too needs a given name that is none.
  if (!bothCapitalized && !(lowerCase(first) && everyPart(second, lowerCase)) && !(upperCase(first) && everyPart(second, upperCase))) return false;
  const lowerFirst = first.toLowerCase();
  const lowerSecond = second.toLowerCase();
  // A speech engine's voice (`Polly.Joanna`, `Polly.Brian`) names no person (O3 of 2026-12-05d).
  if (NOT_NAME_PARTS.has(lowerFirst) || NOT_NAME_PARTS.has(lowerSecond) || isVoiceNamespace(lowerFirst)) return false;
  const given = capitalize(lowerFirst);
  const surname = lowerSecond.split('-').map(capitalize).join('-');
  // A listed given name (also one that is a common word: `Maria`, `John`) and a listed surname; or an
  // unlisted given name that is no English word (`Siosaia`) before a surname that is no common word (`Fifita`).
  // A given name of the other languages' lists with its accents dropped or kept (`joao.silva`, `Conceicao.Lima`: isFoldedGivenName) counts as a listed one.
  const named = isGivenNameWord(given) || isFoldedGivenName(given) ? surnameWord(surname) : bothCapitalized && isRecordNameWord(given) && !isAmbiguousPersonName(given) && !surname.includes('-') && listedName(surname);
  if (!named) return false;
  // In lower case a surname that is a common word too (`grace.hill`, `mark.down`) is no name unless the given name is no word.
  // (A double-barrelled surname has a listed part: surnameWord.)
  if (!bothCapitalized && !second.includes('-') && !listedName(second) && !listedName(first)) return false;
  return (surname.includes('-') || isPersonLogin(foldDiacritics(`${lowerFirst}.${lowerSecond}`))) && !firmLikeName(`${given} ${surname}`) && !isListedFirm(`${given} ${surname}`);
}

/** The accented letters of each plain letter that the name lists' Romance given names hold (`José`, `Inês`, `João`, `André`, `Lucía`, `Ramón`). */
const ACCENTED: Readonly<Record<string, string>> = { a: 'áàâãä', e: 'éèêë', i: 'íìîï', o: 'óòôõö', u: 'úùûü', n: 'ñ', c: 'ç' };
/**
 * Whether `word` (capitalized, ASCII letters) or the word with one of its letters accented passes `test`: a name written
 * in a login's or a mailbox's letters loses its accents (`jose` for `José`, `joao` for `João`), while the lists hold the
 * name as it is spelt. At most 24 letters, a few accents each: a bounded number of look-ups per word.
 */
function listedUnaccented(word: string, test: (word: string) => boolean): boolean {
  if (test(word)) return true;
  if (word.length > 24 || !/^[A-Za-z]+$/.test(word)) return false;
  for (let i = 0; i < word.length; i++) {
    const accents = ACCENTED[(word[i] as string).toLowerCase()];
    if (accents === undefined) continue;
    for (const accent of accents) if (test(word.slice(0, i) + (i === 0 ? accent.toUpperCase() : accent) + word.slice(i + 1))) return true;
  }
  return false;
}

/** Whether `first`, `middle`, `last` (joined by `.` or `_`, one case throughout) are two given names, or a given name and an initial, and a surname. */
function givenMiddleSurname(first: string, middle: string, last: string): boolean {
  const sameCase = (test: (word: string) => boolean): boolean => test(first) && test(last) && (middle.length === 1 || test(middle));
  if (!sameCase(capitalized) && !sameCase(lowerCase) && !sameCase(upperCase)) return false;
  const given = capitalize(first.toLowerCase());
  const second = capitalize(middle.toLowerCase());
  if (NOT_NAME_PARTS.has(first.toLowerCase()) || NOT_NAME_PARTS.has(middle.toLowerCase()) || NOT_NAME_PARTS.has(last.toLowerCase())) return false;
  // The middle word a given name of the lists, a listed name, or a name word that is no English word (`Pawel`); either given
  // name also as the lists spell it with an accent (`maria.jose.garcia`, `jose.maria.garcia`: `José`; compound given names).
  // Either given name may also be one of the other languages' lists with every accent dropped (`joao.pedro.silva`,
  // `maria.conceicao.santos`: isFoldedGivenName, `João`, `Conceição`), or kept (`joão.pedro.silva`).
  if (!isGivenNameWord(given) && !isFoldedGivenName(given) && !listedUnaccented(given, (word) => word !== given && (isGivenNameWord(word) || listedName(word)))) return false;
  if (middle.length > 1 && !isRecordNameWord(second) && !isFoldedGivenName(second) && !listedUnaccented(second, (word) => isGivenNameWord(word) || listedName(word))) return false;
  // The surname as givenAndSurname reads it after the first given name (a listed surname; in lower case or capitals one that is no common word).
  return givenAndSurname(first, last) || (middle.length > 1 && givenAndSurname(middle, last));
}

/** A PERSON span glued by `.` or `_` to a capitalized word that with it spells a listed firm named after persons (`Goldman.Sachs`, `Morgan.Stanley`). */
function firmGlued(text: string, start: number, end: number): boolean {
  const next = text.charCodeAt(end);
  const previous = text.charCodeAt(start - 1);
  if (next !== 46 && next !== 95 && previous !== 46 && previous !== 95) return false;
  const span = text.slice(start, end);
  const after = /^[._](\p{Lu}[\p{L}\p{M}'’]{1,30})/u.exec(text.slice(end, end + 32));
  if (after !== null && isListedFirm(`${span} ${after[1] as string}`)) return true;
  const before = /(\p{Lu}[\p{L}\p{M}'’]{1,30})[._]$/u.exec(text.slice(Math.max(0, start - 32), start));
  return before !== null && isListedFirm(`${before[1] as string} ${span}`);
}

/**
 * A capitalized surname right after `at` (a `.` or `_` there) that ends at no further joiner: its end, or -1. A
 * surname that is a common word too (`Floor`, `Smith`) only after a given name (`Jan.Smith`; `call Math.Floor` stays).
 */
function nameWordAfter(text: string, at: number, lastWord: string): number {
  const joiner = text.charCodeAt(at);
  if (joiner !== 46 && joiner !== 95) return -1;
  const match = /^\p{Lu}\p{Ll}[\p{Ll}\p{M}'’]{0,30}(?:-\p{Lu}\p{Ll}[\p{Ll}\p{M}'’]{0,30})?(?![\p{L}\p{M}\p{N}_@/\\'’-]|[.:][\p{L}\p{N}])/u.exec(text.slice(at + 1, at + 66));
  if (match === null) return -1;
  const word = match[0];
  const strong = word.includes('-') ? surnameWord(word) : listedName(word);
  if (!strong && !(isGivenNameWord(lastWord) && surnameWord(word))) return -1;
  return at + 1 + word.length;
}

/** A capitalized given name right before `at` (a `.` or `_` at `at - 1`) with no joiner before it: its start, or -1. */
function givenNameBefore(text: string, at: number): number {
  const joiner = text.charCodeAt(at - 1);
  if (joiner !== 46 && joiner !== 95) return -1;
  const match = /(?<![\p{L}\p{M}\p{N}_.@/\\:-])\p{Lu}\p{Ll}[\p{Ll}\p{M}'’]{0,30}$/u.exec(text.slice(Math.max(0, at - 34), at - 1));
  if (match === null || !isGivenNameWord(match[0])) return -1;
  return at - 1 - match[0].length;
}

/**
 * Whether `text` holds a `.` or `_` between a letter and a letter, as JOINED_PAIR's and
 * JOINED_TRIPLE's first joiner stands (a letter, a mark or an apostrophe before it, a letter after
 * it): a plain scan, where the two regexes (Unicode property classes, a lookbehind) cost a few
 * microseconds on each fresh id (`call_0000ubk1`, `msg_01…`, `user_1234`; issue 19). Exact as a no: a
 * character outside ASCII counts as a letter on either side, an ASCII one only as `[A-Za-z]` (or `'`
 * before the joiner), as `\p{L}` and `\p{M}` read ASCII.
 */
function mayHoldJoinedWords(text: string): boolean {
  for (let i = 2; i + 1 < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 46 && code !== 95) continue;
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(i + 1);
    if ((before >= 128 || before === 39 || isAsciiLetter(before)) && (after >= 128 || isAsciiLetter(after))) return true;
  }
  return false;
}
const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * Persons written `Given.Surname` (see above) pushed to `out`, and the PERSON spans from
 * `personsFrom` on widened over a name word glued to them. Asked only for a text holding `.` or `_`.
 */
export function detectDottedNames(text: string, out: Detection[], personsFrom: number): void {
  // A firm named after persons written with a dot (`Morgan.Stanley`, `Goldman.Sachs`): the other rules' PERSON span on one of its words goes, as with a blank.
  let kept = personsFrom;
  for (let k = personsFrom; k < out.length; k++) {
    const found = out[k] as Detection;
    if (!(found.type === 'PERSON' && firmGlued(text, found.start, found.end))) out[kept++] = found;
  }
  out.length = kept;
  const count = out.length;
  for (let k = personsFrom; k < count; k++) {
    const found = out[k] as Detection;
    if (found.type !== 'PERSON') continue;
    const end = nameWordAfter(text, found.end, LAST_WORD.exec(text.slice(Math.max(found.start, found.end - 32), found.end))?.[0] ?? '');
    const start = givenNameBefore(text, found.start);
    if (end > 0 || start >= 0) pushPerson(text, out, start >= 0 ? start : found.start, end > 0 ? end : found.end);
  }
  if (!mayHoldJoinedWords(text)) return;
  JOINED_PAIR.lastIndex = 0;
  for (const match of text.matchAll(JOINED_PAIR)) {
    const first = match[1] as string;
    const second = match[3] as string;
    const at = match.index as number;
    if (match[2] === '.' && (TITLES.has(first) || (upperCase(first) && TITLES.has(capitalize(first.toLowerCase())))) && (everyPart(second, capitalized) || (upperCase(second) && upperCase(first))) && surnameWord(upperCase(second) ? capitalize(second.toLowerCase()) : second)) {
      pushPerson(text, out, at + first.length + 1, at + match[0].length);
      continue;
    }
    if (givenAndSurname(first, second)) pushPerson(text, out, at, at + match[0].length);
  }
  // Three parts need two joiners of one kind (a plain search, before the scan).
  const dot = text.indexOf('.');
  const underscore = text.indexOf('_');
  if ((dot === -1 || text.indexOf('.', dot + 1) === -1) && (underscore === -1 || text.indexOf('_', underscore + 1) === -1)) return;
  JOINED_TRIPLE.lastIndex = 0;
  for (const match of text.matchAll(JOINED_TRIPLE)) {
    if (givenMiddleSurname(match[1] as string, match[3] as string, match[4] as string)) pushPerson(text, out, match.index as number, (match.index as number) + match[0].length);
  }
}
