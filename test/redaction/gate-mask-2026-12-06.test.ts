// The gates' mask as one pass (issue 19, 2026-12-06: internal/prefilter.ts workOutMask decides a
// masked gate alone, with a word's bit once its three rarest triples are in the text, and no index
// behind it). The gate's answer must stay the regex's, and the pass linear in the text however many
// of the gates' words share its triples.
import { describe, expect, it } from 'vitest';
import { gatedTest } from '../../packages/core/src/redaction/internal/prefilter.js';
import { timeRatio } from './linear-time.js';

/** A small deterministic generator. */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `count` words of `length` letters of `alphabet` (a small alphabet: the words share most triples). */
function wordsOf(alphabet: string, count: number, length: number, seed: number): string[] {
  const random = rng(seed);
  const out = new Set<string>();
  while (out.size < count) {
    let word = '';
    for (let k = 0; k < length; k++) word += alphabet[Math.floor(random() * alphabet.length)];
    out.add(word);
  }
  return [...out];
}

describe('the gates mask in one pass (2026-12-06)', () => {
  // 400 words of five letters: each of the 125 triples of `abcde` is in dozens of them.
  const words = wordsOf('abcde', 400, 5, 7);
  const regex = new RegExp(`(?:${words.join('|')})!`, 'i');
  const gate = gatedTest(regex);

  it('answers as the regex where a word has its three rarest triples but not all (it walks then), and where a word is whole', () => {
    const random = rng(11);
    const texts: string[] = [];
    for (let n = 0; n < 400; n++) {
      let text = '';
      const length = 3 + Math.floor(random() * 40);
      for (let k = 0; k < length; k++) text += 'abcdeABCDE! x'[Math.floor(random() * 13)];
      texts.push(text);
    }
    // Words whole (with and without their `!`), cut, their triples in another order.
    for (const word of words.slice(0, 40)) texts.push(`${word}!`, `x ${word} y`, `${word.slice(0, 4)}!`, `${word.slice(2)}${word.slice(0, 3)}!`, word.toUpperCase() + '!');
    for (const text of texts) expect(gate(text), JSON.stringify(text)).toBe(regex.test(text));
  });

  it('the gates detectors make answer as their regexes on lower-case prose that holds one word of each but never its match', () => {
    const hint = gatedTest(/(?:password|passcode|credential)s?[ \t]*[:=]/i);
    for (const text of ['the password was reviewed', 'a passcode and the credentials of the team', 'warehouse passwords pending: ', 'credential= x', 'PASSWORD : x']) expect(hint(text), text).toBe(/(?:password|passcode|credential)s?[ \t]*[:=]/i.test(text));
  });

  it('is linear: twice the text costs about twice (a text over the words alphabet, every triple met early, and one of their words joined)', () => {
    const random = rng(3);
    const letters = (n: number): string => {
      let text = '';
      while (text.length < n) text += 'abcde '[Math.floor(random() * 6)];
      return text;
    };
    expect(timeRatio(gate, letters, 400_000, 800_000)).toBeLessThan(2.6);
    const joined = (n: number): string => {
      let text = '';
      for (let k = 0; text.length < n; k++) text += `${words[k % words.length]} `;
      return text;
    };
    expect(timeRatio(gate, joined, 400_000, 800_000)).toBeLessThan(2.6);
  });
});
