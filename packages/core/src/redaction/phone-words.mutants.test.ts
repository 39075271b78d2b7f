// What phone-words.ts promises (issue 13, from surviving mutants): a run of digit words and
// digit groups joined by short gaps is a phone number when it holds seven digit words and is no
// count, or when the phone context (the dispatcher's rule, given here as a function) holds and
// it has three digit words and seven digits; exact spans, digits as the normalized value, and
// every run read on its own. In process, `detectPhoneWords` called directly.
import { describe, expect, it } from 'vitest';
import type { Detection } from './types.js';
import { detectPhoneWords } from './phone-words.js';

/** [text found, digits] of each run; `context` answers the phone-word test. */
function found(text: string, context: (text: string, start: number, end: number) => boolean = () => false): Array<[string, string | undefined]> {
  const out: Detection[] = [];
  detectPhoneWords(text, out, context);
  for (const d of out) {
    expect(d.type).toBe('PHONE');
    expect(d.class).toBe('pii.phone');
  }
  return out.map((d) => [text.slice(d.start, d.end), d.normalized]);
}
const always = () => true;

describe('seven digit words, without a phone word', () => {
  it('takes exactly seven, not six, and does not ask the context', () => {
    const asked: number[] = [];
    expect(found('ring five five five one two three four now', () => (asked.push(1), false))).toEqual([['five five five one two three four', '5551234']]);
    expect(asked).toEqual([]);
    expect(found('five five five one two three')).toEqual([]);
  });

  it('does not count a digit group among the words', () => {
    // Six words and a group: seven digits, six of them words.
    expect(found('five five five one two three 4')).toEqual([]);
    expect(found('five five five one two three 4', always)).toEqual([['five five five one two three 4', '5551234']]);
  });

  it('leaves counting up or down alone unless a phone word stands before it', () => {
    for (const text of ['one two three four five six seven', 'zero one two three four five six', 'nine eight seven six five four three', 'three four five six seven eight nine']) {
      expect(found(text), text).toEqual([]);
    }
    expect(found('one two three four five six seven', always)).toEqual([['one two three four five six seven', '1234567']]);
    // Not a count: the same digits out of order.
    expect(found('one two three four five seven six')).toEqual([['one two three four five seven six', '1234576']]);
  });
});

describe('after a phone word (the context)', () => {
  it('needs three digit words and seven digits', () => {
    expect(found('five five 12345', always)).toEqual([]);
    expect(found('five five 1234 5', always)).toEqual([]);
    expect(found('five five five 1234', always)).toEqual([['five five five 1234', '5551234']]);
    expect(found('five five five 123', always)).toEqual([]);
    expect(found('five five five 1234')).toEqual([]);
  });

  it('is asked with the run itself: the text, its start and its end', () => {
    const asked: Array<[string, number, number]> = [];
    const text = 'tel: nine one seven 555 0132 ok';
    expect(found(text, (t, start, end) => (asked.push([t, start, end]), true))).toEqual([['nine one seven 555 0132', '9175550132']]);
    expect(asked).toEqual([[text, 5, 28]]);
  });
});

describe('the gaps that join a run', () => {
  it.each([' ', ',', '-', '.', '\t', '\u00a0', ', ', ' - ', ' . ', ' ,-'])('joins words by %j', (gap) => {
    const words = ['five', 'five', 'five', 'one', 'two', 'three', 'four'];
    const text = words.join(gap);
    expect(found(`x ${text} x`)).toEqual([[text, '5551234']]);
  });

  it.each([';', '/', ':', '\n', '  , ', ' -- ', '_', '+'])('a gap of %j ends the run', (gap) => {
    const text = ['five', 'five', 'five', 'one', 'two', 'three', 'four'].join(gap);
    expect(found(text)).toEqual([]);
    expect(found(text, always)).toEqual([]);
  });

  it('reads a run starting at index 1 as any other', () => {
    expect(found(' five five five one two three four')).toEqual([['five five five one two three four', '5551234']]);
    expect(found(' five; five five five one two three four')).toEqual([['five five five one two three four', '5551234']]);
  });

  it('reads two runs in one text each on its own', () => {
    expect(found('five five five one two three four; six six six seven eight nine zero')).toEqual([
      ['five five five one two three four', '5551234'],
      ['six six six seven eight nine zero', '6667890'],
    ]);
    // The first run's words do not count for the second.
    expect(found('five five five one two three four; 555 one two 1234')).toEqual([['five five five one two three four', '5551234']]);
    // A run too short is dropped, and the next starts afresh.
    expect(found('five five five one two three; four five six seven eight nine zero')).toEqual([['four five six seven eight nine zero', '4567890']]);
    // Nor does a `double` left at the end of the first.
    expect(found('five five five one two three four double; five five five one two three four')).toEqual([
      ['five five five one two three four', '5551234'],
      ['five five five one two three four', '5551234'],
    ]);
  });
});

describe('oh, o, double and triple, digit groups', () => {
  it('reads a bare o as zero only inside a run', () => {
    expect(found('o five five five one two three four')).toEqual([['five five five one two three four', '5551234']]);
    expect(found('five o five five one two three four')).toEqual([['five o five five one two three four', '50551234']]);
    expect(found('oh five five five one two three')).toEqual([['oh five five five one two three', '0555123']]);
  });

  it('needs a digit word other than a bare o somewhere in the text', () => {
    // A group opens a run that o's continue, but nothing here is a digit word standing alone.
    expect(found('555 o o o o o o o', always)).toEqual([]);
    expect(found('555 o o o o o o oh', always)).toEqual([['555 o o o o o o oh', '5550000000']]);
  });

  it('reads double and triple as two and three of the next word, not of a group', () => {
    expect(found('double five triple oh one two')).toEqual([['double five triple oh one two', '5500012']]);
    expect(found('DOUBLE FIVE TRIPLE OH ONE TWO')).toEqual([['DOUBLE FIVE TRIPLE OH ONE TWO', '5500012']]);
    expect(found('double 5 five five five one two three', always)).toEqual([['double 5 five five five one two three', '5555123']]);
    expect(found('five five five double 1234', always)).toEqual([['five five five double 1234', '5551234']]);
  });

  it('ends a run at `double double`, dropping both, and starts again after them', () => {
    expect(found('double double five five five one two three four')).toEqual([['five five five one two three four', '5551234']]);
  });

  it('leaves a trailing double or a joined word out of the span', () => {
    expect(found('five five five one two three four double')).toEqual([['five five five one two three four', '5551234']]);
  });

  it('opens a run with a digit group that words continue', () => {
    expect(found('555 one two three four', always)).toEqual([['555 one two three four', '5551234']]);
    expect(found('555 1234 one two three', always)).toEqual([['555 1234 one two three', '5551234123']]);
    // A group not joined to the words after it stays out.
    expect(found('555; one two three four', always)).toEqual([]);
    expect(found('12; one two three 4567', always)).toEqual([['one two three 4567', '1234567']]);
  });

  it('reads every digit word, in any case', () => {
    expect(found('Zero Oh Nought One Two Three Four Five Six Seven Eight Nine Niner')).toEqual([
      ['Zero Oh Nought One Two Three Four Five Six Seven Eight Nine Niner', '0001234567899'],
    ]);
  });
});
