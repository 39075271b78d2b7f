import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../index.js';

// Issue 19 (per-event cost): the speaker introduction of aea6058 (names.ts SPEAKER_INTRO and its
// gate mayHoldSpeakerIntro) tried every split of the words and blanks after a speaker label. Its
// gate `(?:[a-z]+[ \t,.!]*){0,4}` split the letters after `customer` or `user` into up to four
// runs in every way (a tenth of the bench's redaction CPU; `user ` and 400 letters took 13 s), and
// the rule's `[ \t]*[,.!]?[ \t]*` between fillers split each gap of blanks in two (`caller`, five
// gaps of 40 blanks and `this is 1` took 15 s). Both forms now read the same texts in linear time.
const persons = (text: string) => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

function timed(text: string): number {
  const start = performance.now();
  detectSensitive(text);
  return performance.now() - start;
}

describe('speaker introductions in linear time', () => {
  it('letters after a speaker word: no split is tried twice', () => {
    detectSensitive('warm-up: caller: yeah hi this is qxaro vlintuk');
    expect(timed(`user ${'a'.repeat(400)}.`)).toBeLessThan(1500);
    expect(timed(`the customer ${'x'.repeat(200)} ${'y'.repeat(200)} and so on.`)).toBeLessThan(1500);
  });
  it('blanks between the label, the fillers and the introduction', () => {
    const gap = ' '.repeat(40);
    expect(timed(`caller${gap}yeah${gap}yeah${gap}yeah${gap}yeah${gap}this is 1`)).toBeLessThan(1500);
    expect(timed(`Speaker 2${gap}:${gap}um${gap},${gap}okay${gap}i am 42`)).toBeLessThan(1500);
  });
  it('blanks after a speaker word with no colon: the gate reads them one way', () => {
    detectSensitive('warm-up: caller: yeah hi this is qxaro vlintuk');
    expect(timed(`caller${' '.repeat(40_000)}x`)).toBeLessThan(1500);
  });
  it('the same introductions are read', () => {
    expect(persons('caller: yeah hi this is qxaro vlintuk calling about my claim')).toEqual(['qxaro vlintuk']);
    expect(persons('caller   :   yeah  ,  hi   this is qxaro vlintuk')).toEqual(['qxaro vlintuk']);
    expect(persons('Customer: um hello, i am zephra dorvane')).toEqual(['zephra dorvane']);
    expect(persons('[caller] okay so this is wenlix dorvane')).toEqual(['wenlix dorvane']);
    expect(persons('caller: yeahim quentara bellwick')).toEqual(['quentara bellwick']);
  });
});
