import type { Detection } from './types.js';
import { gatedTest } from './internal/prefilter.js';
import { luhnValid, ssnValid } from './internal/checks.js';

// ------------------------------------------------------------------------------ phone words
// A phone number as a person dictates it (issue 11, a fresh attacker's finding):
// `five five five, one two three, four five six seven`, `oh two oh seven nine four six oh nine
// five eight`, `double five`, `triple five`, words mixed with digit groups after a label
// (`Phone: nine one seven 555 0132`). Under the `phone` detector's switch, type `PHONE`, class
// `pii.phone`, the digits as its canonical value (so it joins the number written in digits).
//
// A run is digit words and digit groups of 1-4 digits joined by one to three spaces, commas,
// dashes or dots. It is a phone number when it holds seven or more digit words and is not a
// count (`one two three four five six seven eight nine`), or when a phone word stands before it
// (detectors.ts: `phone`, `call`, `mobile`, `tel`, and the labels of other scripts) and it holds
// seven digits or more, three of them in words. `one or two tablets three times a day`, `five of
// the seven patients` hold no run. `oh` is zero anywhere in a run, a bare `o` only inside one.

// Digit words of English, German, French, Spanish and Italian (issue 11, still open: `null eins
// sieben sechs …`, `zéro six un deux …`, `cero seis …`, `tre quattro …` were not read). A run keeps
// to one language: a word of another (`due` in an English run, `six` is English and French)
// ends it, so words of several languages that happen to stand side by side make no number. The
// accents may be left out (`zero`, `funf`, `fuenf`). German `null` is also JSON's and SQL's null:
// a run of nothing but `null` is none (`[null, null, null, null, null, null, null]`).
const EN = 1;
const DE = 2;
const FR = 4;
const ES = 8;
const IT = 16;
const ALL = EN | DE | FR | ES | IT;
/** Each digit word: its digit and the languages it is a digit in. */
const DIGIT_WORDS: Record<string, readonly [string, number]> = {
  zero: ['0', EN | FR | IT], oh: ['0', EN], o: ['0', EN], nought: ['0', EN], one: ['1', EN], two: ['2', EN], three: ['3', EN], four: ['4', EN], five: ['5', EN],
  six: ['6', EN | FR], seven: ['7', EN], eight: ['8', EN], nine: ['9', EN], niner: ['9', EN],
  null: ['0', DE], eins: ['1', DE], zwei: ['2', DE], zwo: ['2', DE], drei: ['3', DE], vier: ['4', DE], fünf: ['5', DE], fuenf: ['5', DE], funf: ['5', DE],
  sechs: ['6', DE], sieben: ['7', DE], acht: ['8', DE], neun: ['9', DE],
  zéro: ['0', FR], un: ['1', FR], deux: ['2', FR], trois: ['3', FR], quatre: ['4', FR], cinq: ['5', FR], sept: ['7', FR], huit: ['8', FR], neuf: ['9', FR],
  cero: ['0', ES], uno: ['1', ES | IT], dos: ['2', ES], tres: ['3', ES], cuatro: ['4', ES], cinco: ['5', ES], seis: ['6', ES], siete: ['7', ES], ocho: ['8', ES], nueve: ['9', ES],
  due: ['2', IT], tre: ['3', IT], quattro: ['4', IT], cinque: ['5', IT], sei: ['6', IT], sette: ['7', IT], otto: ['8', IT], nove: ['9', IT],
};
const WORD_ALTERNATIVES = Object.keys(DIGIT_WORDS).sort((a, b) => b.length - a.length).join('|');
// English numbers of two digits as a caller says them in groups (`five three six, twenty-two,
// eighty-five fourteen`: an SSN read aloud; the third probe of 2026-12-04, H14): the teens, and the
// tens alone or with a unit joined by a dash or a blank (`twenty-two`, `eighty five`).
const TEENS: Record<string, string> = { ten: '10', eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17', eighteen: '18', nineteen: '19' };
const TENS: Record<string, string> = { twenty: '2', thirty: '3', forty: '4', fourty: '4', fifty: '5', sixty: '6', seventy: '7', eighty: '8', ninety: '9' };
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
/**
 * A token: a two-digit English number (group 1 the tens, 2 a unit after them, 3 a teen), a digit
 * word (4), `double`/`triple` (5), or a group of 1-4 digits (6), standing alone (not inside a word
 * or a longer number).
 */
const tokenPattern = new RegExp(
  `(?<![\\p{L}\\p{M}0-9_'’])(?:(${Object.keys(TENS).join('|')})(?:[- ](${UNITS}))?|(${Object.keys(TEENS).join('|')})|(${WORD_ALTERNATIVES})|(double|triple)|(\\d{1,4}))(?![\\p{L}\\p{M}0-9_'’])`,
  'giu',
);
/** Cheap test first: one digit word standing alone (`phone`, `someone`, `ohm` do not count). */
export const digitWordCue = new RegExp(`(?<![\\p{L}])(?:${WORD_ALTERNATIVES.replace(/\|o(?=\||$)/, '')})(?![\\p{L}])`, 'iu');
/**
 * `digitWordCue.test`, in two parts with the same answer: the words of three letters or more
 * through the gate's index (prefilter.ts), `oh` and `un` by a native regex. (Their pairs are in
 * most prose, `john`, `under`, so the gate walked most texts: 2.4% of the sealing CPU, 2026-12-03.)
 */
const SHORT_DIGIT_WORDS = Object.keys(DIGIT_WORDS).filter((word) => word.length === 2);
const longDigitWord = gatedTest(new RegExp(`(?<![\\p{L}])(?:${WORD_ALTERNATIVES.split('|').filter((word) => word.length >= 3).join('|')})(?![\\p{L}])`, 'iu'));
const shortDigitWord = new RegExp(`(?<![\\p{L}])(?:${SHORT_DIGIT_WORDS.join('|')})(?![\\p{L}])`, 'iu');
export const anyDigitWord = (text: string): boolean => longDigitWord(text) || shortDigitWord.test(text);
/** Counting up or down (`one two three … nine ten eleven`), no number: the run's digits are a part of one of these. */
const COUNTS = '0123456789101112131415161718192021222324252627282930 3029282726252423222120191817161514131211109876543210';

/**
 * A gap of one to three spaces, commas, dashes or dots between two tokens of a run; or, in a
 * transcript, up to two spoken fillers or a spoken dash between such separators (`five three six
 * uh two two`, `four one one one, um, four one one one`, `four one five dash five five five`; L10
 * of the tenth probe of 2026-12-05 found them raw: a filler ended the run). GAP_WORDS is anchored
 * and bounded (a gap of at most 24 characters is read): linear.
 */
function joins(text: string, from: number, to: number): boolean {
  const length = to - from;
  if (length < 1) return false;
  if (length <= 3) {
    let plain = true;
    for (let index = from; index < to; index++) {
      const code = text.charCodeAt(index);
      if (code !== 32 && code !== 44 && code !== 45 && code !== 46 && code !== 9 && code !== 0xa0) plain = false;
    }
    if (plain) return true;
  }
  return length >= 4 && length <= 24 && GAP_WORDS.test(text.slice(from, to));
}
/** Spoken fillers and a spoken dash between the groups of a number read aloud (see joins). */
const GAP_WORDS = /^[ \t,.\-\u00a0]{1,3}(?:(?:u+h+|u+m+|u+h+m+|e+r+m*|a+h+|e+h+|h+m+|dash|hyphen)[ \t,.\-\u00a0]{1,3}){1,2}$/i;

/** Which kinds a spoken number may be reported as (the detectors' switches: phone, ssn, card). */
export interface SpokenKinds {
  phone: boolean;
  ssn: boolean;
  card: boolean;
  /** An id read aloud after its letter and its label (the health detector's switch; SPOKEN_ID_LEAD). */
  ids?: boolean;
}
const ALL_KINDS: SpokenKinds = { phone: true, ssn: true, card: true, ids: true };
/**
 * An id's label, then the id's letter said alone or with a word for it (`member id is w two three
 * …`, `policy number is k as in kilo seven seven …`, `my member number is h eight one …`; L10 of the
 * tenth probe of 2026-12-05 found them raw: the digits alone were a count, and a letter no part of
 * a run). Group 1 the label's noun, 2 the letter and what follows it up to the run, 3 the letter,
 * 4 the word said for it (its first letter must be the letter). Read in the 72 characters before a run only: linear.
 */
const SPOKEN_ID_LEAD = /(?<![\p{L}\p{N}])(member|subscriber|policy|insurance|patient|medical[ \t]record|account|student)[ \t]{1,3}(?:id|number|no\.?|num|#)(?:[ \t]{1,3}(?:is|was))?[ \t,:]{0,3}(?:(?:u+h+|u+m+|e+r+)[ \t,]{1,3})?((\p{L})(?:[ \t]{1,3}as[ \t]{1,3}in[ \t]{1,3}(\p{L}{2,16}))?[ \t,.\-]{1,3})$/iu;
/** The detection an id of SPOKEN_ID_LEAD becomes, by its label's noun (the types of the same labels written: health-ids.ts). */
function spokenIdKind(noun: string): { type: string; class: string } {
  if (noun === 'account') return { type: 'ACCOUNT_NUMBER', class: 'financial.account' };
  if (noun === 'student') return { type: 'STUDENT_ID', class: 'pii' };
  if (noun === 'patient' || noun.startsWith('medical')) return { type: 'MRN', class: 'phi' };
  return { type: 'HEALTH_PLAN_ID', class: 'phi' };
}
/**
 * A social security number's cue right before a spoken run (`my social is`, `SSN:`, `social
 * security number`, `soc sec no.`): nine digits that pass the SSN rules there are an SSN.
 */
const SSN_SPOKEN_CUE = /(?:\bssn|\bsocial(?:[ \t]+security)?|\bsoc\.?[ \t]+sec\.?)(?:[ \t]+(?:number|no\.?|num|#))?[ \t]*(?:[:#=-]|\bis\b|\bwas\b|\bit'?s\b)?[ \t,]*(?:uh+|um+|er+)?[ \t,]*$/i;

/**
 * A card's security code read aloud (L8 of the probe of 2026-12-06: `the cvv is nine one seven`,
 * `the three digit code on the back is five five eight`, `Agent: the 3 digits on the reverse?
 * Caller: seven two six` were stored raw in call transcripts): three or four digits, one or more in words,
 * right after its name (`CVV`, `CVC`, `CID`, `CSC`, `security code`, `card verification code`) or
 * its description (`three digit code`, `the digits on the back`; Amex's four on the front), a link word (`is`, `are`, `:`),
 * a filler, and a speaker's label between. PCI DSS 3.3.1.2 forbids storing the card verification
 * code after authorization: type `CVV`, class `secret`, as written after a label (secrets.ts).
 */
const CVV_SPOKEN_CUE = /(?:\bcv[vc]2?|\bcid|\bcsc|\bsecurity[ \t]+(?:code|number|digits)|\bcard[ \t]+verification[ \t]+(?:code|value|number)|\b(?:three|four|3|4)[ \t-]+digits?(?:[ \t]+(?:code|number))?|\b(?:code|number|digits)[ \t]+on[ \t]+the[ \t]+(?:back|reverse|front))(?:[ \t]+on[ \t]+the[ \t]+(?:back|reverse|front)(?:[ \t]+of[ \t]+(?:the|your|my)[ \t]+card)?)?[ \t]*(?:[:#=-]|\bis\b|\bare\b|\bwas\b|\bit'?s\b)?[ \t,?]*(?:(?:uh+|um+|er+)[ \t,]+)?(?:(?:caller|customer|client|cust|member|user)[ \t]*:[ \t]*)?(?:(?:uh+|um+|er+)[ \t,]+)?$/i;

/**
 * A bank's sort code's label right before a spoken run (`sort code two zero four five seven seven`, `my sort code is forty,
 * twelve, ninety-one`, `the BSB is …`; issue 11, 2026-12-07: six digit words are under the seven a run needs alone, and
 * were stored raw while `sort code 20-45-77` is masked): six digits there, three or more in words, are the sort code
 * (UK, Pay.UK) or BSB (Australia, AusPayNet), type `ACCOUNT_NUMBER` as written after the label (health-ids.ts), under the
 * same switch. Read in the 48 characters before a run of six digits only: linear.
 */
const SORT_CODE_SPOKEN_CUE = /(?:\bsort[ \t-]?code|\bbsb)(?:[ \t]+(?:number|no\.?|num|#))?[ \t]*(?:[:#=-]|\bis\b|\bwas\b|\bit'?s\b)?[ \t,]*(?:(?:uh+|um+|er+)[ \t,]+)?$/i;

/** True when a phone word stands before `start` (or after `end`): the dispatcher's phone context. */
type PhoneContext = (text: string, start: number, end: number) => boolean;

/**
 * Phone numbers written in words in one string (see above); `context`: the phone detector's
 * rule for a phone word near a number. Linear: one scan for tokens, one context test per run.
 */
export function detectPhoneWords(text: string, out: Detection[], context: PhoneContext, kinds: SpokenKinds = ALL_KINDS): void {
  if (!anyDigitWord(text)) return;
  let start = -1;
  let end = -1;
  let lastEnd = -1;
  let digits: string[] = [];
  let wordDigits = 0;
  let nulls = 0;
  let languages = ALL;
  let repeat = 0;
  const flush = () => {
    if (start !== -1 && kinds.card && (digits.length === 3 || digits.length === 4) && wordDigits > 0 && CVV_SPOKEN_CUE.test(text.slice(Math.max(0, start - 64), start))) {
      out.push({ start, end, type: 'CVV', class: 'secret', normalized: digits.join('') });
    } else if (start !== -1 && kinds.ids !== false && digits.length === 6 && wordDigits >= 3 && SORT_CODE_SPOKEN_CUE.test(text.slice(Math.max(0, start - 48), start))) {
      out.push({ start, end, type: 'ACCOUNT_NUMBER', class: 'financial.account', normalized: digits.join('') });
    } else if (start !== -1 && wordDigits > nulls && digits.length >= 7) {
      const value = digits.join('');
      const count = COUNTS.includes(value);
      const lead = kinds.ids === false || wordDigits < 3 ? null : SPOKEN_ID_LEAD.exec(text.slice(Math.max(0, start - 72), start));
      if (lead !== null && (lead[4] === undefined || (lead[4][0] as string).toLowerCase() === (lead[3] as string).toLowerCase())) {
        const kind = spokenIdKind((lead[1] as string).toLowerCase());
        out.push({ start: start - (lead[2] as string).length, end, type: kind.type, class: kind.class, normalized: `${(lead[3] as string).toUpperCase()}${value}` });
      } else if (kinds.ssn && value.length === 9 && wordDigits >= 3 && ssnValid(value) && SSN_SPOKEN_CUE.test(text.slice(Math.max(0, start - 48), start))) {
        out.push({ start, end, type: 'SSN', class: 'pii.government_id', normalized: value });
      } else if (kinds.card && value.length >= 13 && value.length <= 19 && wordDigits >= 7 && !count && luhnValid(value)) {
        out.push({ start, end, type: 'CARD', class: 'payment.card', normalized: value });
      } else if (kinds.phone && ((wordDigits >= 7 && !count) || (wordDigits >= 3 && context(text, start, end)))) {
        out.push({ start, end, type: 'PHONE', class: 'pii.phone', normalized: value });
      }
    }
    start = -1;
    end = -1;
    digits = [];
    wordDigits = 0;
    nulls = 0;
    languages = ALL;
    repeat = 0;
  };
  tokenPattern.lastIndex = 0;
  for (let match = tokenPattern.exec(text); match !== null; match = tokenPattern.exec(text)) {
    const at = match.index;
    // A two-digit number in words (`twenty-two`, `fourteen`): English, two digits from words.
    const tens = match[1]?.toLowerCase();
    const teen = match[3]?.toLowerCase();
    if (tens !== undefined || teen !== undefined) {
      if (start !== -1 && (!joins(text, lastEnd, at) || (languages & EN) === 0)) flush();
      if (start === -1) start = at;
      const pair = teen !== undefined ? (TEENS[teen] as string) : `${TENS[tens as string] as string}${match[2] === undefined ? '0' : (DIGIT_WORDS[match[2].toLowerCase()] as readonly [string, number])[0]}`;
      digits.push(pair[0] as string, pair[1] as string);
      wordDigits += 2;
      languages &= EN;
      repeat = 0;
      lastEnd = at + match[0].length;
      end = lastEnd;
      continue;
    }
    const word = match[4]?.toLowerCase();
    const multiplier = match[5]?.toLowerCase();
    const entry = word === undefined ? undefined : DIGIT_WORDS[word];
    if (start !== -1 && !joins(text, lastEnd, at)) flush();
    // A word of another language ends the run; it may start the next one.
    if (start !== -1 && entry !== undefined && (languages & entry[1]) === 0) flush();
    if (start === -1) {
      // A bare `o` does not start a run (`O positive`, `o`); a digit group alone starts none either.
      if (word === 'o' || (word === undefined && multiplier === undefined)) {
        lastEnd = at + match[0].length;
        if (word === undefined && multiplier === undefined) {
          // A digit group may open a run that words continue (`555 one two three four`).
          start = at;
          end = at + match[0].length;
          for (const digit of match[6] as string) digits.push(digit);
        }
        continue;
      }
      start = at;
    }
    lastEnd = at + match[0].length;
    if (multiplier !== undefined) {
      // `double double` is no number.
      if (repeat !== 0) {
        flush();
        continue;
      }
      repeat = multiplier === 'double' ? 2 : 3;
      continue;
    }
    if (entry !== undefined) {
      const times = repeat === 0 ? 1 : repeat;
      for (let k = 0; k < times; k++) digits.push(entry[0]);
      wordDigits += times;
      if (word === 'null') nulls += times;
      languages &= entry[1];
    } else {
      // `double 5` is read as written.
      for (const digit of match[6] as string) digits.push(digit);
    }
    repeat = 0;
    end = lastEnd;
  }
  flush();
}

// ------------------------------------------------------------------ house numbers read aloud
// A house number said in words before a street's name and word, as a caller reads an address (issue 11, 2026-12-07:
// `one twelve lindwurm strasse`, `twenty two baker street` were stored raw; the address rules read digits only). Two to
// four number words (digits, teens, tens with or without a unit: `one twelve`, `four fifty seven`, `seven oh three`), one
// or two words of the street's name and a street's word (`street`, `road`, `avenue`, `lane`, `drive`, `boulevard`,
// `terrace`, `crescent`, German `strasse`/`straße`, `gasse`, `weg`, `allee`, `platz`, also glued to the name:
// `lindwurmstrasse`). One number word (`two way street`, `a one lane road`), no name before the street's word (`twenty
// twenty road trip`), a function word as the name (`one of the streets`) and a year said as two pairs (`nineteen ninety
// abbey road`: `nineteen`/`twenty` and a ten or a teen) stay. Type `ADDRESS`, under the address detector's switch. Gated
// by the street's words (one masked prefilter slot); one global search with bounded repetitions: linear in the input.
const SPOKEN_TENS = 'twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety';
const SPOKEN_TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const SPOKEN_NUMBER_WORD = `(?:(?:${SPOKEN_TENS})(?:[- ](?:${UNITS}))?|${SPOKEN_TEENS}|${UNITS}|zero|oh)`;
const SPOKEN_STREET_WORD = '(?:street|road|avenue|lane|drive|boulevard|terrace|crescent|strasse|straße|gasse|weg|allee|platz)';
const SPOKEN_NOT_NAME = `(?:the|a|an|of|on|in|at|to|from|or|and|by|this|that|these|those|my|your|his|her|their|our|its|way|lane|side|${SPOKEN_TENS}|${SPOKEN_TEENS}|${UNITS}|zero|oh)(?![\\p{L}])`;
export const mayHoldSpokenStreet = gatedTest(/street|road|avenue|lane|drive|boulevard|terrace|crescent|strasse|straße|gasse|weg|allee|platz/i);
const SPOKEN_HOUSE_STREET = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(${SPOKEN_NUMBER_WORD}(?:[ \\t]+${SPOKEN_NUMBER_WORD}){1,3})[ \\t]+` +
    `(?:(?:(?!${SPOKEN_NOT_NAME})[\\p{L}'’-]{2,24}[ \\t]+){1,2}${SPOKEN_STREET_WORD}|(?!${SPOKEN_NOT_NAME})\\p{L}{2,24}(?:strasse|straße|gasse|weg|allee|platz))(?![\\p{L}])`,
  'giu',
);
/** A year said as two pairs (`nineteen ninety`, `twenty twenty-one`), no house number. */
const SPOKEN_YEAR = new RegExp(`^(?:nineteen|twenty)[ \\t]+(?:(?:${SPOKEN_TENS})(?:[- ](?:${UNITS}))?|${SPOKEN_TEENS})$`, 'i');

/** House numbers read aloud before a street (see above), each an `ADDRESS` of the number and the street. */
export function detectSpokenHouseNumbers(text: string, out: Detection[]): void {
  if (!mayHoldSpokenStreet(text)) return;
  for (const match of text.matchAll(SPOKEN_HOUSE_STREET)) {
    if (SPOKEN_YEAR.test(match[1] as string)) continue;
    const start = match.index as number;
    out.push({ start, end: start + match[0].length, type: 'ADDRESS', class: 'pii.address', normalized: match[0].toLowerCase().replace(/\s+/g, ' ') });
  }
}
