// ------------------------------------------------------------------------------ spoken dates
// A date of birth said aloud, as a speech-to-text transcript writes it after its cue (L11 of the
// tenth probe of 2026-12-05: `date of birth is march twelfth nineteen seventy five`, `born on the
// fourth of july nineteen fifty`, `DOB is oh three twelve eighty four` were stored raw): English
// words only, in three shapes:
//   - a month, a day (an ordinal or a number: `twelfth`, `twenty second`, `12th`, `twelve`), a year;
//   - a day, `of`, a month, a year (`the fourth of july nineteen fifty`);
//   - numbers only that read as six or eight digits of a date, month first or day first
//     (`oh three twelve eighty four`, `zero seven two two one nine nine one`).
// A year is four digits, `nineteen seventy five`, `nineteen oh five`, `two thousand (and) one`,
// `twenty twelve`, or two digits after a month and a day (`may eighty four`). A month and a day
// without a year are no date here (`born on the fourth of july`, a film's title, stays).
// Fillers and a speaker's word may stand between the cue and the date (`caller`, `uh`, `its`).
// The reader takes at most 20 words from where it starts: linear in the text over all cues.

const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, sept: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const UNITS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const ZEROS = new Set(['oh', 'o', 'zero', 'nought']);
const TEENS: Readonly<Record<string, number>> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const ORDINAL_UNITS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9 };
const ORDINALS: Readonly<Record<string, number>> = {
  ...ORDINAL_UNITS, tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};
/** Words that may stand between the cue and the date: fillers, a speaker's label, a reply's first word. */
const LEAD_WORDS = new Set(['uh', 'uhh', 'um', 'umm', 'er', 'erm', 'ah', 'caller', 'customer', 'agent', 'speaker', 'patient', 'its', 'it', 'is', 'was', 'sure', 'yes', 'yeah', 'ok', 'okay', 'so', 'thats', 'the', 'on', 'of', 'my', 'mine', 'be']);
const MAX_WORDS = 20;
const WORD = /[ \t,\-.:'’]*([a-z]+|\d{1,4}(?:st|nd|rd|th)?)/iy;

interface Word {
  lower: string;
  start: number;
  end: number;
}

/** Up to MAX_WORDS words from `at` (letters, or 1-4 digits with an ordinal's ending), with no line break between them. */
function wordsFrom(text: string, at: number): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = at;
  while (words.length < MAX_WORDS) {
    const from = WORD.lastIndex;
    const match = WORD.exec(text);
    if (match === null) break;
    const value = match[1] as string;
    const start = from + match[0].length - value.length;
    words.push({ lower: value.toLowerCase(), start, end: start + value.length });
  }
  return words;
}

/** A day of the month from `i` (`twelfth`, `twenty second`, `12th`, `twelve`, `twenty two`): [day, next index] or undefined. */
function dayAt(words: readonly Word[], i: number): [number, number] | undefined {
  const word = words[i]?.lower;
  if (word === undefined) return undefined;
  const digits = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(word);
  if (digits !== null) return [Number(digits[1]), i + 1];
  if (ORDINALS[word] !== undefined) return [ORDINALS[word] as number, i + 1];
  if (TEENS[word] !== undefined) return [TEENS[word] as number, i + 1];
  if (UNITS[word] !== undefined) return [UNITS[word] as number, i + 1];
  if (word === 'twenty' || word === 'thirty') {
    const next = words[i + 1]?.lower ?? '';
    const unit = ORDINAL_UNITS[next] ?? UNITS[next];
    return unit === undefined ? [TENS[word] as number, i + 1] : [(TENS[word] as number) + unit, i + 2];
  }
  return undefined;
}

/** Two digits from `i` (`seventy five`, `fifty`, `twelve`, `oh five`): [value, next index] or undefined. */
function pairAt(words: readonly Word[], i: number): [number, number] | undefined {
  const word = words[i]?.lower;
  if (word === undefined) return undefined;
  if (TEENS[word] !== undefined) return [TEENS[word] as number, i + 1];
  if (TENS[word] !== undefined) {
    const unit = UNITS[words[i + 1]?.lower ?? ''];
    return unit === undefined ? [TENS[word] as number, i + 1] : [(TENS[word] as number) + unit, i + 2];
  }
  if (ZEROS.has(word)) {
    const unit = UNITS[words[i + 1]?.lower ?? ''];
    return unit === undefined ? undefined : [unit, i + 2];
  }
  return undefined;
}

/** A year from `i`; two digits alone only when `short` (after a month and a day): [year, next index] or undefined. */
function yearAt(words: readonly Word[], i: number, short: boolean): [number, number] | undefined {
  const word = words[i]?.lower;
  if (word === undefined) return undefined;
  if (/^(?:1[89]|20)\d\d$/.test(word)) return [Number(word), i + 1];
  if (word === 'two' && words[i + 1]?.lower === 'thousand') {
    let next = i + 2;
    if (words[next]?.lower === 'and') next++;
    const unit = UNITS[words[next]?.lower ?? ''];
    const rest = pairAt(words, next) ?? (unit === undefined ? undefined : ([unit, next + 1] as [number, number]));
    return rest === undefined ? [2000, i + 2] : [2000 + rest[0], rest[1]];
  }
  if (word === 'nineteen' || word === 'eighteen' || word === 'twenty') {
    const rest = pairAt(words, i + 1);
    if (rest !== undefined) return [(word === 'nineteen' ? 1900 : word === 'eighteen' ? 1800 : 2000) + rest[0], rest[1]];
  }
  if (!short) return undefined;
  const pair = pairAt(words, i);
  return pair === undefined || pair[0] < 10 ? pair : [1900 + pair[0], pair[1]];
}

const validDay = (month: number, day: number): boolean => month >= 1 && month <= 12 && day >= 1 && day <= 31;

/** Six or eight digits said as numbers from `i` that read as a date (MMDDYY, DDMMYY, MMDDYYYY, DDMMYYYY): the next index or -1. */
function numericDateAt(words: readonly Word[], i: number): number {
  let digits = '';
  let k = i;
  while (k < words.length && digits.length < 8) {
    const word = (words[k] as Word).lower;
    if (ZEROS.has(word)) digits += '0';
    else if (UNITS[word] !== undefined) digits += String(UNITS[word]);
    else if (TEENS[word] !== undefined) digits += String(TEENS[word]);
    else if (TENS[word] !== undefined) {
      const unit = UNITS[words[k + 1]?.lower ?? ''];
      digits += String((TENS[word] as number) + (unit ?? 0));
      if (unit !== undefined) k++;
    } else break;
    k++;
  }
  if (k - i < 3) return -1;
  const pair = (at: number): number => Number(digits.slice(at, at + 2));
  if (digits.length === 6 && (validDay(pair(0), pair(2)) || validDay(pair(2), pair(0)))) return k;
  if (digits.length === 8 && /^(?:19|20)$/.test(digits.slice(4, 6)) && (validDay(pair(0), pair(2)) || validDay(pair(2), pair(0)))) return k;
  return -1;
}

/**
 * The date of birth said in words that starts at `at` (after a cue and its link), fillers first
 * allowed: its start and end in `text`, or undefined.
 */
export function spokenDateAt(text: string, at: number): { start: number; end: number } | undefined {
  const words = wordsFrom(text, at);
  let i = 0;
  while (i < 4 && i < words.length && LEAD_WORDS.has((words[i] as Word).lower)) i++;
  if (i >= words.length) return undefined;
  const begin = i;
  let end = -1;
  const month = MONTHS[words[i]?.lower ?? ''];
  if (month !== undefined) {
    // A month, `the`, a day, `of`? , a year.
    let k = i + 1;
    if (words[k]?.lower === 'the') k++;
    const day = dayAt(words, k);
    if (day !== undefined && validDay(month, day[0])) {
      const year = yearAt(words, day[1], true);
      if (year !== undefined) end = year[1];
    }
  } else {
    const day = dayAt(words, i);
    if (day !== undefined && words[day[1]]?.lower === 'of') {
      const named = MONTHS[words[day[1] + 1]?.lower ?? ''];
      if (named !== undefined && validDay(named, day[0])) {
        const year = yearAt(words, day[1] + 2, true);
        if (year !== undefined) end = year[1];
      }
    }
    if (end === -1) end = numericDateAt(words, i);
  }
  if (end === -1) return undefined;
  // (wordsFrom reads no line break: the date is on one line.)
  return { start: (words[begin] as Word).start, end: (words[end - 1] as Word).end };
}
