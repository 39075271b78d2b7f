import type { Detection } from './types.js';
import { isAsciiAlnum } from './internal/chars.js';
import { isListedPersonName } from './names.js';
import { gatedTest } from './internal/prefilter.js';

// ------------------------------------------------------------------------- obfuscated emails
// Addresses written so that a plain `local@domain.tld` pattern does not see them, reported as the
// same EMAIL class with the canonical address as `normalized` (so `dave [at] example [dot] com`
// and `dave@example.com` get one pseudonym).
//
// The grammar: LOCAL AT DOMAIN, where DOMAIN is labels joined by DOT separators (and LOCAL may be
// too: `john [dot] smith [at] ...`).
//   AT  - a bracketed at-word: `[at]`, `(at)`, `{at}`, `<at>`, any case, spaces inside allowed,
//         the brackets matching (`@`, `arroba`, `arobase` inside brackets too);
//       - `@` with spaces (or tabs) on both sides: `dave @ example . com`;
//       - `@` glued on, when a DOT separator is obfuscated: `dave@example[dot]com`;
//       - the bare word ` at ` between spaces (the "bare form", see below).
//   DOT - a bracketed dot-word: `[dot]`, `(dot)`, `{dot}`, `<dot>`, German `(punkt)`, French
//         `(point)`, Spanish/Italian `(punto)`, Dutch `(punt)`, any case, or a bracketed `[.]`;
//       - `.` glued on both sides, or with spaces on both sides (`example . com`);
//       - the bare word ` dot ` between spaces.
// Spaces: at most three spaces or tabs around each separator and inside its brackets.
// At least one separator must be obfuscated (a plain address is the plain detector's), and the
// top-level domain must be alphabetic (2-24 letters, or punycode `xn--`).
//
// Where the only obfuscation is whitespace (`dave @ example . com`), the TLD must be a real one
// (REAL_TLDS): `x @ self.weight` is Python's matrix product, not an address.
//
// The bare form (`write to dave at example dot com`) is prose-shaped, so it is taken only when
// the structure is unambiguous: every domain separator is a dot-word (bare or bracketed; with a
// bare `at`, `available at docs.example.com` is a sentence, not an address), the TLD is a real
// one, a TLD that is also an English word (`it`, `in`, `me`, `shop`, ...) ends the clause (no word
// follows it), and neither the local part nor a domain label is a function word or one of the
// verbs that take "at" (`look at example dot com`, `visit us at ...`, `meet at the station dot`),
// and a one-word local part is taken only after a mail cue (`write to`, `email`, `contact`, ...)
// or as a field of its own (`prices at amazon dot com are low` is a sentence).
//
// Cost: one regular-expression scan for anchors (a bracketed at-word, `@`, or a bare `at`); from each anchor a
// bounded look back (the local part: 64 characters, 4 separators) and a bounded look ahead (10
// labels of 63 characters), so the work is linear in the text with a constant per anchor.

/** Counts the characters the scanner examines, for tests that check the work grows linearly. */
export interface ScanWork {
  steps: number;
}

const MAX_LOCAL = 64;
const MAX_LOCAL_SEPARATORS = 4;
const MAX_LABELS = 10;
const MAX_LABEL = 63;
const MAX_SPACES = 3;

const AT_WORDS = new Set(['at', 'arroba', 'arobase']);
// Where an anchor may be: an opening bracket before `a` or `@`, ` at ` (any case), an `@`.
const CANDIDATE = /[[({<][ \t]{0,3}[aA@]|[ \t][aA][tT][ \t]|@/g;
/**
 * A gate of what every match of CANDIDATE starts with (an opening bracket, ` at ` or `\tat` in any
 * case, an `@`): a text it says no to holds no anchor, so the loop over CANDIDATE's matches finds
 * none (2026-12-07, issue 19: its first search read the whole of every text of prose). A superset
 * of CANDIDATE, which the gates' reader does not read (`[[` and the blanks before `a`).
 */
const mayHoldCandidate = gatedTest(/[\[({<@]|[ \t]at[ \t]/i);
const DOT_WORDS = new Set(['dot', 'punkt', 'point', 'punto', 'punt']);
const CLOSE_OF: Record<string, string> = { '[': ']', '(': ')', '{': '}', '<': '>' };
const OPEN_OF: Record<string, string> = { ']': '[', ')': '(', '}': '{', '>': '<' };

const nonAsciiLabel = /[\p{L}\p{M}\p{N}]/u;
const nonAsciiLetter = /[\p{L}\p{M}]/u;
const isSpace = (code: number) => code === 32 || code === 9;
function isLabelChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return isAsciiAlnum(code) || code === 45;
  return nonAsciiLabel.test(text[index] ?? '');
}
function isLocalChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  // . _ % + - '
  if (code < 128) return isAsciiAlnum(code) || code === 46 || code === 95 || code === 37 || code === 43 || code === 45 || code === 39;
  return nonAsciiLabel.test(text[index] ?? '');
}
/** An alphabetic top-level domain of 2-24 letters, or a punycode one. */
function validTld(text: string, start: number, end: number): boolean {
  if (end - start >= 6 && text.slice(start, start + 4).toLowerCase() === 'xn--') {
    for (let i = start + 4; i < end; i++) if (!isAsciiAlnum(text.charCodeAt(i)) && text.charCodeAt(i) !== 45) return false;
    return end - start <= 63;
  }
  if (end - start < 2 || end - start > 24) return false;
  for (let i = start; i < end; i++) if (!isLetter(text, i)) return false;
  return true;
}
function isLetter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return nonAsciiLetter.test(text[index] ?? '');
}

// Country-code TLDs (ISO 3166 and the delegated exceptions uk, eu, ac, su) and the generic ones.
const COUNTRY_TLDS = `ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs bt bw
by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi fj fk fm fo fr
ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke
kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw
mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd
se sg sh si sk sl sm sn so sr ss st su sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va
vc ve vg vi vn vu wf ws ye yt za zm zw`;
const LEGACY_TLDS = 'com net org edu gov mil int info biz name pro mobi aero coop museum jobs travel tel asia cat post';
// Newer generic TLDs in common use for mail; all of them are words, so in the bare form they must end the clause.
const WORD_GENERIC_TLDS = `app dev xyz online site shop store tech blog cloud email club live life world today news page art design
agency digital space website top vip win link click global group media solutions network company center academy studio
team zone city support services systems software consulting capital ventures partners finance money bank law legal
health care clinic dental family love wiki fun one host press social games io ai gmbh ltd inc llc london berlin nyc
paris tokyo wien koeln hamburg bayern swiss amsterdam brussels`;
// Country codes that are also English words.
const WORD_COUNTRY_TLDS = 'ad am as at be by do id in is it me my no so to us';

const words = (list: string) => list.split(/\s+/).filter((w) => w !== '');
const REAL_TLDS = new Set([...words(COUNTRY_TLDS), ...words(LEGACY_TLDS), ...words(WORD_GENERIC_TLDS)]);
const WORD_TLDS = new Set([...words(WORD_COUNTRY_TLDS), ...words(WORD_GENERIC_TLDS)]);

// Words that stand before or after "at" in prose, never a mailbox or a domain label in the bare
// form: pronouns, determiners, forms of "be", adverbs, and the verbs that take "at".
const PROSE_WORDS: ReadonlySet<string> = new Set(words(`i me you he him she her it we us they them one ones this that these those there here who
whom what which whoever someone anyone everyone something anything everything nothing nobody somebody everybody the a an
my your our his its their all both each every some any no not and or but nor so then than just only even also still again
once back up down out in on off over under into onto upon home now later soon early late right left directly exactly
least most more less best better worse worst good bad well great is are was were be been being am i'm you're we're
they're he's she's it's that's there's let's look looks looked looking meet meets met meeting arrive arrives arrived
arriving stay stays stayed staying live lives lived living work works worked working aim aims aimed aiming point points
pointed pointing stare stares stared staring glance glanced laugh laughed laughing smile smiled wait waited waiting stop
stops stopped start starts started begin begins began end ends ended find found available located hosted reach reached
reachable posted published listed see seen visit visited visiting held open opens opened close closes closed get got
arrival shot shoot shooting`));

/** Whether `word` is one of the prose words the bare form refuses as a local part or a domain label. */
export const isProseWord = (word: string): boolean => PROSE_WORDS.has(word.toLowerCase());

// A word before the address that says it is one: `write to`, `email:`, `contact`, `Kontakt`, ...
const MAIL_CUE = /(?:^|[^\p{L}\p{N}])(?:e-?mails?|e-?mailed|mail|mailed|mailbox|inbox|write|wrote|contact|contacted|reach|send|sent|address|ping|message|courriel|kontakt|schreib\p{L}*|correo|adresse|(?:to|from|cc|bcc|reply-to)[ \t]*:)(?![\p{L}\p{N}])/iu;
// Characters before a local part that start a field rather than continue a sentence.
const FIELD_START = new Set(['\n', '\r', ':', '"', "'", '(', '[', '<', '{', ',', ';', '=', '|', '*', '-', '>', '`']);

/**
 * The bare form's local part: it holds a letter and is no prose word (`look`, `me`, `prices`
 * mid-sentence); a one-word local part needs a mail cue shortly before it or to start a field
 * (the string, a line, after a colon, quote, bracket or comma), unless it is spelled like a
 * mailbox (`john.smith`, `jane_doe`, `john dot smith`). A field is the address alone: no word
 * follows it (`prices at amazon dot com are low` is a sentence).
 */
function bareLocalPart(text: string, parts: readonly string[], localStart: number, end: number, tld: string): boolean {
  const local = parts.join('.');
  if (!/\p{L}/u.test(local)) return false;
  if (parts.length > 1 || /[._+%]/.test(local)) return true;
  if (PROSE_WORDS.has(local.toLowerCase())) return false;
  const before = skipSpacesBack(text, localStart);
  const after = skipSpacesForward(text, end, text.length);
  const fieldEnds = after === text.length || !isLetter(text, after);
  if (fieldEnds && (before === 0 || FIELD_START.has(text[before - 1] as string))) return true;
  if (MAIL_CUE.test(text.slice(Math.max(0, localStart - 48), localStart))) return true;
  return mailboxWord(local) && !WORD_TLDS.has(tld);
}

/**
 * A one-word local part that reads as a mailbox in mid-sentence with no mail cue (issue 11, still
 * open: `ask dave at example dot com`): a listed first name or surname that is no common word
 * (`dave`, `okafor`; names.ts), or letters with digits (`dave84`, `jdoe2`). The caller asks for a
 * TLD that is no English word too (`com`, `org`, `de`; not `me`, `in`, `shop`). `prices at amazon
 * dot com are low`, `meet at home dot`, `mark at example dot com` (a common word) stay.
 */
function mailboxWord(local: string): boolean {
  if (local.length > 32) return false;
  if (/^\p{L}+$/u.test(local)) return isListedPersonName(local);
  return /^[\p{L}\p{N}-]+$/u.test(local) && /\p{L}/u.test(local) && /\p{N}/u.test(local);
}

type Separator = 'plain' | 'spaced' | 'bracket' | 'word';

function skipSpacesForward(text: string, index: number, limit: number): number {
  let end = index;
  while (end < limit && end - index < MAX_SPACES && isSpace(text.charCodeAt(end))) end++;
  return end;
}
function skipSpacesBack(text: string, index: number): number {
  let start = index;
  while (start > 0 && index - start < MAX_SPACES && isSpace(text.charCodeAt(start - 1))) start--;
  return start;
}

/** Whether [start, start + 3) spells `dot` in any case. */
function isDotWord(text: string, start: number): boolean {
  return (text.charCodeAt(start) | 32) === 100 && (text.charCodeAt(start + 1) | 32) === 111 && (text.charCodeAt(start + 2) | 32) === 116;
}

/** Lower-cased letters of the ASCII word at [start, end), or '' when it is not one. */
function asciiWord(text: string, start: number, end: number): string {
  if (end - start > 8) return '';
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (!((code >= 65 && code <= 90) || (code >= 97 && code <= 122))) return '';
  }
  return text.slice(start, end).toLowerCase();
}

/** A dot separator starting at `index` (right after a label): its kind and where the next label starts. */
function dotSeparatorAt(text: string, index: number, length: number): { kind: Separator; next: number } | undefined {
  const afterSpaces = skipSpacesForward(text, index, length);
  const spacedBefore = afterSpaces > index;
  const char = text[afterSpaces];
  if (char === '.') {
    const next = skipSpacesForward(text, afterSpaces + 1, length);
    const spacedAfter = next > afterSpaces + 1;
    if (spacedBefore !== spacedAfter) return undefined;
    return { kind: spacedBefore ? 'spaced' : 'plain', next };
  }
  if (char !== undefined && CLOSE_OF[char] !== undefined) {
    const wordStart = skipSpacesForward(text, afterSpaces + 1, length);
    let wordEnd = wordStart;
    if (text[wordStart] === '.') wordEnd++;
    else while (wordEnd < length && wordEnd - wordStart <= 6 && isLetter(text, wordEnd)) wordEnd++;
    if (text[wordStart] !== '.' && !DOT_WORDS.has(asciiWord(text, wordStart, wordEnd))) return undefined;
    const close = skipSpacesForward(text, wordEnd, length);
    if (text[close] !== CLOSE_OF[char]) return undefined;
    return { kind: 'bracket', next: skipSpacesForward(text, close + 1, length) };
  }
  if (spacedBefore && isDotWord(text, afterSpaces) && isSpace(text.charCodeAt(afterSpaces + 3))) {
    return { kind: 'word', next: skipSpacesForward(text, afterSpaces + 3, length) };
  }
  return undefined;
}

/** A dot separator ending at `index` (right before a label): its kind and where it starts. */
function dotSeparatorBefore(text: string, index: number): { kind: Separator; start: number } | undefined {
  const beforeSpaces = skipSpacesBack(text, index);
  const spacedAfter = beforeSpaces < index;
  const char = text[beforeSpaces - 1];
  if (char === '.') {
    // A glued dot is part of the local part's own run; only the spaced one is a separator here.
    const start = skipSpacesBack(text, beforeSpaces - 1);
    if (!spacedAfter || start === beforeSpaces - 1) return undefined;
    return { kind: 'spaced', start };
  }
  if (char !== undefined && OPEN_OF[char] !== undefined) {
    const wordEnd = skipSpacesBack(text, beforeSpaces - 1);
    let wordStart = wordEnd;
    if (text[wordEnd - 1] === '.') wordStart--;
    else while (wordStart > 0 && wordEnd - wordStart <= 6 && isLetter(text, wordStart - 1)) wordStart--;
    if (text[wordEnd - 1] !== '.' && !DOT_WORDS.has(asciiWord(text, wordStart, wordEnd))) return undefined;
    const open = skipSpacesBack(text, wordStart) - 1;
    if (open < 0 || text[open] !== OPEN_OF[char]) return undefined;
    return { kind: 'bracket', start: skipSpacesBack(text, open) };
  }
  if (spacedAfter && beforeSpaces >= 4 && isDotWord(text, beforeSpaces - 3) && isSpace(text.charCodeAt(beforeSpaces - 4))) {
    return { kind: 'word', start: skipSpacesBack(text, beforeSpaces - 3) };
  }
  return undefined;
}

/** The end of a bracketed at-word (`[at]`, `( AT )`, `{@}`, `(arroba)`) opening at `index`, or -1. */
function bracketedAtEnd(text: string, index: number, length: number): number {
  const close = CLOSE_OF[text[index] as string];
  const wordStart = skipSpacesForward(text, index + 1, length);
  let wordEnd = wordStart;
  if (text.charCodeAt(wordStart) === 64) wordEnd++;
  else {
    while (wordEnd < length && wordEnd - wordStart <= 7 && isLetter(text, wordEnd)) wordEnd++;
    if (!AT_WORDS.has(asciiWord(text, wordStart, wordEnd))) return -1;
  }
  const closeAt = skipSpacesForward(text, wordEnd, length);
  return text[closeAt] === close ? closeAt + 1 : -1;
}

// Reused by every call (the scan is synchronous): the labels and separators of one candidate.
const labelStarts: number[] = [];
const labelEnds: number[] = [];
const separators: Separator[] = [];

// ------------------------------------------------------------- the joined form
// `dave-at-example-dot-com`, `dave_at_example_dot_com`, `john-dot-smith-at-example-dot-co-dot-uk`
// (issue 11, leak A): the at- and dot-words joined to the labels by one joiner, a dash or an
// underscore, the same throughout. From each `J at J` anchor: the domain is the words after it
// joined by J (a label of one to four words, `my-site`), labels split by `J dot J`; it ends at
// the last label that is a real TLD (REAL_TLDS) of one word, not followed by `_` and a word when
// J is `_` (`cache_at_startup_dot_net_handler` is an identifier), while a dash after it ends the
// address as for plain addresses (`dave-at-example-dot-com-thanks`). The local part is the run
// of local characters before the anchor (64 at most, back to an earlier `J at J`), its
// `J dot J` read as dots. No label word and no last local word is a prose word
// (`look-at-example-dot-com`, `meet-at-the-station-dot-com`), and the local part holds a letter.
// Cost: one regular-expression scan for anchors; per anchor at most MAX_JOINED_WORDS words of
// MAX_LABEL characters ahead and MAX_LOCAL characters back.

const JOINED_CANDIDATE = /[-_][aA][tT][-_]/g;
const MAX_JOINED_WORDS = 24;
const MAX_JOINED_LABEL_WORDS = 4;

function detectJoinedEmails(text: string, out: Detection[], work?: ScanWork): void {
  const length = text.length;
  let steps = 0;
  JOINED_CANDIDATE.lastIndex = 0;
  for (let candidate = JOINED_CANDIDATE.exec(text); candidate !== null; candidate = JOINED_CANDIDATE.exec(text)) {
    const anchor = candidate.index;
    JOINED_CANDIDATE.lastIndex = anchor + 1;
    const joiner = text.charCodeAt(anchor);
    steps++;
    if (text.charCodeAt(anchor + 3) !== joiner) continue;
    // The words after the anchor, joined by the joiner.
    const wordStarts: number[] = [];
    const wordEnds: number[] = [];
    let position = anchor + 4;
    while (wordStarts.length < MAX_JOINED_WORDS) {
      let end = position;
      while (end < length && end - position <= MAX_LABEL && isJoinedWordChar(text, end)) end++;
      steps += end - position + 1;
      if (end === position || end - position > MAX_LABEL) break;
      wordStarts.push(position);
      wordEnds.push(end);
      if (text.charCodeAt(end) !== joiner) break;
      position = end + 1;
    }
    // Labels: runs of words split by `dot`; the address ends at the last acceptable TLD.
    const labels: string[] = [];
    let current: string[] = [];
    let best: { labels: string[]; end: number } | undefined;
    let valid = true;
    for (let i = 0; i < wordStarts.length && valid; i++) {
      const word = text.slice(wordStarts[i], wordEnds[i]);
      const lower = word.toLowerCase();
      if (lower === 'at' || PROSE_WORDS.has(lower)) valid = false;
      else if (lower === 'dot') {
        if (current.length === 0) valid = false;
        else {
          labels.push(current.join('-'));
          current = [];
        }
      } else {
        current.push(word);
        if (current.length > MAX_JOINED_LABEL_WORDS) valid = false;
        else if (current.length === 1 && labels.length > 0 && REAL_TLDS.has(lower) && validTld(text, wordStarts[i] as number, wordEnds[i] as number)) {
          const end = wordEnds[i] as number;
          // A TLD running on into `_` is no address (`_dot_net_handler`); a dash after it ends the address.
          const next = text.charCodeAt(end);
          if (joiner === 95 ? !(next === 95 && isJoinedWordChar(text, end + 1)) : next !== 95) best = { labels: [...labels, word], end };
        }
      }
    }
    if (best === undefined) continue;
    // The local part: local characters before the anchor, back to an earlier anchor.
    let start = anchor;
    while (start > 0 && anchor - start < MAX_LOCAL && isLocalChar(text, start - 1)) start--;
    steps += anchor - start + 1;
    let local = text.slice(start, anchor);
    const joinerChar = String.fromCharCode(joiner);
    const earlier = local.toLowerCase().lastIndexOf(`${joinerChar}at${joinerChar}`);
    if (earlier !== -1) {
      start += earlier + 4;
      local = text.slice(start, anchor);
    }
    while (local !== '' && /^[.\-_'%+]/.test(local)) {
      local = local.slice(1);
      start++;
    }
    if (!/\p{L}/u.test(local)) continue;
    const localWords = local.split(joinerChar);
    if (PROSE_WORDS.has((localWords.at(-1) as string).toLowerCase())) continue;
    const dotted = local.replace(new RegExp(`\\${joinerChar}dot\\${joinerChar}`, 'gi'), '.');
    const address = `${dotted}@${best.labels.join('.')}`;
    out.push({ start, end: best.end, type: 'EMAIL', class: 'pii.email', normalized: address.toLowerCase() });
    JOINED_CANDIDATE.lastIndex = best.end;
  }
  if (work) work.steps += steps;
}

/** A character of a word in the joined form: a letter or a digit (no joiner). */
function isJoinedWordChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return isAsciiAlnum(code);
  return nonAsciiLabel.test(text[index] ?? '');
}

/**
 * Finds obfuscated email addresses (see the grammar above) and appends them to `out` as EMAIL
 * detections whose `normalized` is the plain address. `work`, when given, counts the characters
 * examined.
 */
export function detectObfuscatedEmails(text: string, out: Detection[], work?: ScanWork): void {
  const length = text.length;
  let steps = 0;
  // Anchors: an `@`, the opening bracket of a bracketed at-word, or the word `at` between spaces
  // or tabs (any case). CANDIDATE finds where one may be; the checks below confirm it.
  CANDIDATE.lastIndex = 0;
  for (let candidate = mayHoldCandidate(text) ? CANDIDATE.exec(text) : null; candidate !== null; candidate = CANDIDATE.exec(text)) {
    let index = candidate.index;
    CANDIDATE.lastIndex = index + 1;
    const code = text.charCodeAt(index);
    let anchorEnd: number;
    let atKind: 'bracket' | 'glued' | 'spaced' | 'bare';
    if (code === 64) {
      anchorEnd = index + 1;
      const spacedBefore = index > 0 && isSpace(text.charCodeAt(index - 1));
      if (spacedBefore !== isSpace(text.charCodeAt(anchorEnd))) continue;
      atKind = spacedBefore ? 'spaced' : 'glued';
    } else if (isSpace(code)) {
      index++;
      anchorEnd = index + 2;
      atKind = 'bare';
    } else {
      anchorEnd = bracketedAtEnd(text, index, length);
      steps += 4;
      if (anchorEnd < 0) continue;
      atKind = 'bracket';
    }
    steps++;
    const anchorStart = index;
    const bare = atKind === 'bare';

    // The domain: labels joined by dot separators, looking ahead from the anchor.
    labelStarts.length = 0;
    labelEnds.length = 0;
    separators.length = 0;
    let position = skipSpacesForward(text, anchorEnd, length);
    let tooLong = false;
    while (labelStarts.length < MAX_LABELS) {
      let end = position;
      while (end < length && isLabelChar(text, end)) {
        end++;
        if (end - position > MAX_LABEL) break;
      }
      steps += end - position + 1;
      if (end - position > MAX_LABEL) {
        tooLong = true;
        break;
      }
      if (end === position) break;
      labelStarts.push(position);
      labelEnds.push(end);
      const separator = dotSeparatorAt(text, end, length);
      steps += 4;
      if (separator === undefined) break;
      separators.push(separator.kind);
      position = separator.next;
    }
    if (tooLong || labelStarts.length < 2) continue;

    // The longest run of labels that ends in an acceptable top-level domain.
    let count = labelStarts.length;
    let accepted = false;
    for (; count >= 2; count--) {
      const tldStart = labelStarts[count - 1] as number;
      const tldEnd = labelEnds[count - 1] as number;
      if (text[tldEnd] === '_' || !validTld(text, tldStart, tldEnd)) continue;
      const tld = text.slice(tldStart, tldEnd).toLowerCase();
      const used = separators.slice(0, count - 1);
      // A plain address is the plain detector's (and so is every shorter run of it).
      if (atKind === 'glued' && used.every((kind) => kind === 'plain')) break;
      const onlyWhitespace = (atKind === 'spaced' || atKind === 'glued') && used.every((kind) => kind === 'plain' || kind === 'spaced');
      if ((bare || onlyWhitespace) && !REAL_TLDS.has(tld)) continue;
      if (bare) {
        if (used.some((kind) => kind !== 'word' && kind !== 'bracket')) continue;
        if (WORD_TLDS.has(tld)) {
          const after = skipSpacesForward(text, tldEnd, length);
          if (after > tldEnd && after < length && isLetter(text, after)) continue;
        }
        let prose = false;
        for (let i = 0; i < count - 1 && !prose; i++) prose = PROSE_WORDS.has(text.slice(labelStarts[i], labelEnds[i]).toLowerCase());
        if (prose) continue;
      }
      accepted = true;
      break;
    }
    if (!accepted) continue;
    const tldEnd = labelEnds[count - 1] as number;
    const labels: string[] = [];
    for (let i = 0; i < count; i++) labels.push(text.slice(labelStarts[i], labelEnds[i]));
    // Separators the local part may use: a bracketed dot-word always, a bare `dot` or a spaced
    // `.` only when the domain is spelled that way too (`john dot smith at example dot com`).
    const domainKinds = new Set(separators.slice(0, count - 1));

    // The local part: runs of local characters joined by dot separators, looking back.
    const localEnd = atKind === 'glued' ? anchorStart : skipSpacesBack(text, anchorStart);
    const parts: string[] = [];
    let localStart = localEnd;
    let localChars = 0;
    let cursor = localEnd;
    while (parts.length <= MAX_LOCAL_SEPARATORS) {
      let start = cursor;
      while (start > 0 && localChars + (cursor - start) < MAX_LOCAL && isLocalChar(text, start - 1)) start--;
      steps += cursor - start + 1;
      // A local part cannot start or end with a dot.
      while (start < cursor && text[start] === '.') start++;
      if (start === cursor || text[cursor - 1] === '.') break;
      parts.unshift(text.slice(start, cursor));
      localChars += cursor - start;
      localStart = start;
      const separator = dotSeparatorBefore(text, start);
      steps += 4;
      if (separator === undefined || (separator.kind !== 'bracket' && !domainKinds.has(separator.kind))) break;
      cursor = separator.start;
    }
    if (parts.length === 0) continue;
    if (bare && !bareLocalPart(text, parts, localStart, tldEnd, (labels[count - 1] as string).toLowerCase())) continue;

    const address = `${parts.join('.')}@${labels.join('.')}`;
    out.push({ start: localStart, end: tldEnd, type: 'EMAIL', class: 'pii.email', normalized: address.toLowerCase() });
    CANDIDATE.lastIndex = tldEnd;
  }
  if (work) work.steps += steps;
  if (text.includes('-') || text.includes('_')) detectJoinedEmails(text, out, work);
}

// ------------------------------------------------------------------------- mistyped addresses
/**
 * Consumer mailbox providers whose name after `@` is an address even when the rest is mistyped
 * (MISTYPED_DOMAIN): names that are no host of their own in logs and shells (`root@mail`,
 * `git@web` stay).
 */
const MAIL_PROVIDERS = 'gmail googlemail yahoo ymail rocketmail hotmail outlook icloud aol protonmail proton gmx yandex zoho fastmail tutanota naver hanmail rediffmail libero virgilio wanadoo laposte btinternet bigpond optusnet sympatico comcast sbcglobal earthlink seznam'.split(' ');
/**
 * After `@`: a provider of MAIL_PROVIDERS, then a comma for a dot (`gmail,com`, `yahoo,co,uk`), a
 * blank before the dot (`outlook .com`), the dot dropped (`gmailcom`), or no top-level domain at
 * all (`gmail`, `hotmail`), and then no more of an address or a word. Groups: 1 the provider, 2 the
 * top-level domain after a comma, 3 after a blank and a dot, 4 glued on.
 */
const MISTYPED_DOMAIN = new RegExp(`(${MAIL_PROVIDERS.join('|')})(?:,([a-z]{2,6}(?:,[a-z]{2})?)|[ \\t]\\.([a-z]{2,6}(?:\\.[a-z]{2})?)|(com|net|couk)|)(?![\\p{L}\\p{N}_@-]|[.,][\\p{L}\\p{N}])`, 'iuy');

/**
 * Email addresses as customers mistype them at a consumer mailbox provider (L16 of the probe of
 * 2026-12-06 found the mailbox stored: `thandiwe.ndlovu@gmail,com`, `…@gmail`, `…@gmailcom`, `…@outlook .com`):
 * a local part glued to `@` and MISTYPED_DOMAIN after it. Reported as `EMAIL` (class `pii.email`) with
 * the address as meant as `normalized` (`thandiwe.ndlovu@gmail.com`; the provider alone when no
 * top-level domain was typed), so a later correct spelling gets the same pseudonym. Reads from each
 * `@` a bounded local part back and one sticky match forward: linear in the text.
 */
export function detectMistypedEmails(text: string, out: Detection[]): void {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < MAX_LOCAL && isLocalChar(text, start - 1)) start--;
    // The local part starts with a letter or digit and is not the end of a longer run of local characters.
    while (start < at && !isAsciiAlnum(text.charCodeAt(start))) start++;
    if (start === at || (start > 0 && isLocalChar(text, start - 1) && at - start >= MAX_LOCAL)) continue;
    MISTYPED_DOMAIN.lastIndex = at + 1;
    const match = MISTYPED_DOMAIN.exec(text);
    if (match === null) continue;
    const tld = (match[2] ?? '').replace(/,/g, '.') || match[3] || (match[4] === undefined ? '' : match[4].toLowerCase() === 'couk' ? 'co.uk' : match[4]);
    const normalized = `${text.slice(start, at)}@${match[1] as string}${tld === '' ? '' : `.${tld}`}`.toLowerCase();
    out.push({ start, end: at + 1 + match[0].length, type: 'EMAIL', class: 'pii.email', normalized });
  }
}
