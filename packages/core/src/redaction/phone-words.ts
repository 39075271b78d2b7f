import type { Detection } from './types.js';

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

const DIGIT_OF: Record<string, string> = {
  zero: '0', oh: '0', o: '0', nought: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', niner: '9',
};
/** A digit word, `double`/`triple`, or a group of 1-4 digits, standing alone (not inside a word or a longer number). */
const tokenPattern = /(?<![A-Za-z0-9_'’])(?:(zero|oh|o|nought|one|two|three|four|five|six|seven|eight|nine|niner)|(double|triple)|(\d{1,4}))(?![A-Za-z0-9_'’])/gi;
/** Cheap test first: one digit word standing alone (`phone`, `someone`, `ohm` do not count). */
const digitWordCue = /(?<![A-Za-z])(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|niner)(?![A-Za-z])/i;
const COUNTS = '0123456789 9876543210';

/** A gap of one to three spaces, commas, dashes or dots between two tokens of a run. */
function joins(text: string, from: number, to: number): boolean {
  const length = to - from;
  if (length < 1 || length > 3) return false;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code !== 32 && code !== 44 && code !== 45 && code !== 46 && code !== 9 && code !== 0xa0) return false;
  }
  return true;
}

/** True when a phone word stands before `start` (or after `end`): the dispatcher's phone context. */
type PhoneContext = (text: string, start: number, end: number) => boolean;

/**
 * Phone numbers written in words in one string (see above); `context`: the phone detector's
 * rule for a phone word near a number. Linear: one scan for tokens, one context test per run.
 */
export function detectPhoneWords(text: string, out: Detection[], context: PhoneContext): void {
  if (!digitWordCue.test(text)) return;
  let start = -1;
  let end = -1;
  let lastEnd = -1;
  let digits: string[] = [];
  let wordDigits = 0;
  let repeat = 0;
  const flush = () => {
    if (start !== -1 && wordDigits > 0 && digits.length >= 7) {
      const value = digits.join('');
      const count = COUNTS.includes(value);
      if ((wordDigits >= 7 && !count) || (wordDigits >= 3 && context(text, start, end))) {
        out.push({ start, end, type: 'PHONE', class: 'pii.phone', normalized: value });
      }
    }
    start = -1;
    end = -1;
    digits = [];
    wordDigits = 0;
    repeat = 0;
  };
  tokenPattern.lastIndex = 0;
  for (let match = tokenPattern.exec(text); match !== null; match = tokenPattern.exec(text)) {
    const at = match.index;
    const word = match[1]?.toLowerCase();
    const multiplier = match[2]?.toLowerCase();
    if (start !== -1 && !joins(text, lastEnd, at)) flush();
    if (start === -1) {
      // A bare `o` does not start a run (`O positive`, `o`); a digit group alone starts none either.
      if (word === 'o' || (word === undefined && multiplier === undefined)) {
        lastEnd = at + match[0].length;
        if (word === undefined && multiplier === undefined) {
          // A digit group may open a run that words continue (`555 one two three four`).
          start = at;
          end = at + match[0].length;
          for (const digit of match[3] as string) digits.push(digit);
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
    if (word !== undefined) {
      const digit = DIGIT_OF[word] as string;
      const times = repeat === 0 ? 1 : repeat;
      for (let k = 0; k < times; k++) digits.push(digit);
      wordDigits += times;
    } else {
      // `double 5` is read as written.
      for (const digit of match[3] as string) digits.push(digit);
    }
    repeat = 0;
    end = lastEnd;
  }
  flush();
}
