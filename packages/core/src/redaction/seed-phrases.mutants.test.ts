// Mutation tests for the seed phrase written as one token (seed-phrases.ts, the change of
// 2026-12-03 afternoon; issue 13, docs/TESTING.md): whole detections, in process, direct calls.
import { describe, expect, it } from 'vitest';
import { detectSeedPhrases } from './seed-phrases.js';
import type { Detection } from './types.js';

// BIP-39 test vectors (trezor/python-mnemonic): 12 and 18 words.
const TWELVE = 'legal winner thank year wave sausage worth useful legal winner thank yellow';
const EIGHTEEN = 'legal winner thank year wave sausage worth useful legal winner thank year wave sausage worth useful legal will';

const detect = (text: string): Detection[] => {
  const out: Detection[] = [];
  detectSeedPhrases(text, out);
  return out;
};

describe('a seed phrase written as one token', () => {
  it('the whole token: its span, SEED_PHRASE, class secret, the words in lower case joined by blanks', () => {
    for (const joiner of ['-', '_', '.']) {
      const token = TWELVE.split(' ').join(joiner);
      const text = `file ${token.toUpperCase()} end`;
      expect(detect(text), joiner).toEqual([{ start: 5, end: 5 + token.length, type: 'SEED_PHRASE', class: 'secret', normalized: TWELVE }]);
    }
  });
  it('with dots, a file extension after the words is left out of the span; a word of the phrase is not taken for one', () => {
    const token = TWELVE.split(' ').join('.');
    expect(detect(`${token}.txt`)).toEqual([{ start: 0, end: token.length, type: 'SEED_PHRASE', class: 'secret', normalized: TWELVE }]);
    // Eighteen words and an extension: nineteen, so the last is dropped.
    const long = EIGHTEEN.split(' ').join('.');
    expect(detect(`x ${long}.json`)).toEqual([{ start: 2, end: 2 + long.length, type: 'SEED_PHRASE', class: 'secret', normalized: EIGHTEEN }]);
    // With '-' or '_' a thirteenth word is part of the token: nothing (no phrase of 13 words).
    for (const joiner of ['-', '_']) expect(detect(`${TWELVE.split(' ').join(joiner)}${joiner}txt`), joiner).toEqual([]);
  });
  it('every token in the text, each on its own', () => {
    const a = TWELVE.split(' ').join('-');
    const b = EIGHTEEN.split(' ').join('_');
    const found = detect(`${a} and ${b}`);
    expect(found.map((d) => [d.start, d.end, d.normalized])).toEqual([
      [0, a.length, TWELVE],
      [a.length + 5, a.length + 5 + b.length, EIGHTEEN],
    ]);
  });
  it('the same token twice in two calls: the scan starts over each time', () => {
    const text = `seed ${TWELVE.split(' ').join('-')}`;
    expect(detect(text)).toHaveLength(1);
    expect(detect(text)).toHaveLength(1);
  });
});
