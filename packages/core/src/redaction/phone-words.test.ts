// Issue 11, "redaction that holds against real inputs": a fresh attacker stored phone numbers
// written in words (`five five five, one two three, four five six seven`) and numbers after a
// phone label in another script (`هاتف: …`) in clear. The kind: a phone number as a person
// dictates it (digit words, `oh` for zero, `double`/`triple`), after a phone label or as a run
// of seven or more digit words; and phone labels of other languages and scripts.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';

const phones = (text: string) =>
  detectSensitive(text)
    .filter((d) => d.type === 'PHONE')
    .map((d) => [text.slice(d.start, d.end), d.normalized]);

describe('phone numbers in words', () => {
  it.each([
    ['call me on five five five, one two three, four five six seven', 'five five five, one two three, four five six seven', '5551234567'],
    ['oh two oh seven nine four six oh nine five eight', 'oh two oh seven nine four six oh nine five eight', '02079460958'],
    ['my number is double five five, one two three, four five six seven thanks', 'double five five, one two three, four five six seven', '5551234567'],
    ['text me at four one five triple five oh one three two', 'four one five triple five oh one three two', '4155550132'],
    ['Phone: nine one seven 555 0132', 'nine one seven 555 0132', '9175550132'],
    ['mobile - zero seven seven double oh nine eight seven six five four', 'zero seven seven double oh nine eight seven six five four', '07700987654'],
    ['Seven Eight Two - Four Four One - Nine Nine Three Zero', 'Seven Eight Two - Four Four One - Nine Nine Three Zero', '7824419930'],
  ])('%s', (text, value, digits) => {
    expect(phones(text)).toEqual([[value, digits]]);
  });

  it.each([
    'one or two tablets three times a day',
    'five of the seven patients improved',
    'take one tablet two times daily for seven days',
    'one two three four five six',
    'count one two three four five six seven eight nine ten',
    'Oh, one more thing: two of them left',
    'phone me in five or ten minutes',
    'one, two, three, go',
  ])('leaves %s alone', (text) => {
    expect(phones(text)).toEqual([]);
  });
});

describe('phone labels in other languages and scripts', () => {
  it.each([
    ['هاتف: 0501234567', '0501234567'],
    ['رقم الهاتف 0501234567', '0501234567'],
    ['טלפון: 0501234567', '0501234567'],
    ['फ़ोन: 9876543210', '9876543210'],
    ['फोन 9876543210', '9876543210'],
    ['тел. 9161234567', '9161234567'],
    ['телефон: 4951234567', '4951234567'],
    ['电话：13812345678', '13812345678'],
    ['電話 0312345678', '0312345678'],
    ['전화 01012345678', '01012345678'],
    ['telefon: 5321234567', '5321234567'],
    ['τηλ. 2101234567', '2101234567'],
    ['τηλέφωνο 2101234567', '2101234567'],
  ])('%s', (text, value) => {
    expect(phones(text).map(([found]) => found)).toEqual([value]);
  });

  it('reads number words after a label in another script', () => {
    expect(phones('телефон: five five five one two three four').map(([found]) => found)).toEqual(['five five five one two three four']);
  });

  it.each(['Телевизор 4951234567', 'τηλεόραση 2101234567', 'عدد 0501234567', 'total 4951234567'])('leaves %s alone', (text) => {
    expect(phones(text)).toEqual([]);
  });
});

describe('hostile inputs for phone words', () => {
  it('finishes on 200 000-character runs of each cue', () => {
    const n = 200_000;
    for (const cue of ['five ', 'phone five ', 'double ', 'oh, ', 'one or ', 'هاتف ', 'тел. ', '电话', 'five 1 ']) {
      const text = cue.repeat(Math.ceil(n / cue.length));
      expect(Array.isArray(detectSensitive(text)), cue).toBe(true);
    }
  });
});
