// What internal/prefilter.ts promises, from survivors of its mutation run of 2026-12-04 (issue 13,
// docs/TESTING.md): the gate answers as the regex's `test` on every text; the mask and the index
// never say no to a text the regex matches. Each test below failed with one or more mutants of
// prefilter.ts applied. In process, direct calls.
import { describe, expect, it, vi } from 'vitest';
import { gatedTest, gateReads, MASKED_GATES } from './prefilter.js';

/** A fresh copy of the module: the gates made first have a bit of the mask, those past MASKED_GATES use the index. */
async function freshModule(): Promise<typeof gatedTest> {
  vi.resetModules();
  return (await import('./prefilter.js')).gatedTest;
}

/** The gate's answers (masked, then past the mask on texts long enough to be indexed) against the regex's. */
async function expectSame(regex: RegExp, texts: readonly string[]): Promise<void> {
  const fresh = await freshModule();
  const masked = fresh(regex);
  for (let k = 0; k < MASKED_GATES; k++) fresh(new RegExp(`w${k}x`));
  const indexed = fresh(regex);
  const plain = new RegExp(regex.source, regex.flags.replace(/[gy]/g, ''));
  const long = (text: string) => `${'~'.repeat(300)}${text}`;
  const differing = [
    ...texts.filter((text) => masked(text) !== plain.test(text)).map((text) => `masked ${JSON.stringify(text)}`),
    ...texts.filter((text) => masked(long(text)) !== plain.test(long(text))).map((text) => `masked, long ${JSON.stringify(text)}`),
    ...texts.filter((text) => indexed(long(text)) !== plain.test(long(text))).map((text) => `indexed ${JSON.stringify(text)}`),
    ...texts.filter((text) => gatedTest(regex)(text) !== plain.test(text)).map((text) => `walked ${JSON.stringify(text)}`),
  ];
  expect(differing).toEqual([]);
}

describe('gatedTest answers as the regex (2026-12-04 survivors)', () => {
  it('the v flag is not read: under i it folds as u does (ſ is s, the Kelvin sign k), which a reading without u would miss', async () => {
    expect(gateReads(new RegExp('sk', 'iv'))).toBe(false);
    await expectSame(new RegExp('sk|zz', 'iv'), ['\u017f\u212a', 'SK', 's k', 'zz']);
  });

  it('a capturing group is a group, not a lookaround (its characters are where the match starts)', async () => {
    expect(gateReads(/(ab)c/)).toBe(true);
    await expectSame(/(ab)c|zz/, ['abc', 'xabc', 'ab c', 'c']);
    // `(a?=b)` is a group whose first characters are `a?=`: no lookahead.
    await expectSame(/(a?=b)c|zz/, ['a=bc', '=bc', 'bc', 'c']);
  });

  it('a lower bound with more allowed after it: the walk asks where the first repetitions start (\\b before a{2,})', async () => {
    await expectSame(/\ba{2,}c|zz/, ['aaac', 'aac', 'x aaaac', 'ac', 'baac']);
  });

  it('a range that ends at U+0080 holds it (the first character outside ASCII)', async () => {
    await expectSame(/[\x7f-\x80]a|zz/, ['\u0080a', '\u007fa', '\u0081a']);
  });

  it('a start of one character outside ASCII is noted (the index has a place for OTHER)', async () => {
    await expectSame(/\u00e9|zz/, ['\u00e9', 'x\u00e8', 'e']);
  });

  it('two literals whose codes read alike when joined are two words (dxy and \\n\\0xy: 100,120,121 and 10,0,120,121)', async () => {
    await expectSame(/dxy|\n\0xy/, ['dxy', '\n\0xy', 'dx']);
  });

  it('a leading group with more than 256 literal starts is asked by its prefixes, every alternative of it', async () => {
    const nine = '[ab]'.repeat(9);
    // 512 literals in the group's first alternative: qqqzz after it must still be found.
    await expectSame(new RegExp(`(?:${nine}|qqq)zz`), ['qqqzz', 'bbbbbbbbbzz', 'aaaaaaaaazz', 'qqzz']);
    // 512 literals after an optional group.
    await expectSame(new RegExp(`(?:x)?${nine}`), ['bbbbbbbbb', 'xaaaaaaaaa', 'abababab']);
  });

  it('under i, Z stands for z too (the last capital), and a class after a literal U+FFFF keeps its next member', async () => {
    await expectSame(/Zq|xx/i, ['zq', 'ZQ', 'zQ', 'yq']);
    await expectSame(new RegExp('[\uffffa]b|zz'), ['ab', '\uffffb', 'b']);
  });

  it('escapes that end where they are: \\p without u is the letter p (its quantifier is read), and \\S{2} is two characters', async () => {
    await expectSame(/\pq{2}zz|y/, ['pqqzz', 'pqzz', 'zz']);
    await expectSame(/\S{2}x|zz/, ['abx', 'bx', 'a bx']);
  });

  it('the index holds a triple that shares its slot with another triple of the text', async () => {
    // Two triples of small letters whose keys hash to one slot of the index (the hash as in prefilter.ts).
    const slot = (key: number) => Math.imul(key, 0x9e3779b1) >>> 17;
    const bySlot = new Map<number, string>();
    let pair: [string, string] | undefined;
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (const a of letters) {
      for (const b of letters) {
        for (const c of letters) {
          const triple = a + b + c;
          const s = slot((triple.charCodeAt(0) << 16) | (triple.charCodeAt(1) << 8) | triple.charCodeAt(2));
          const other = bySlot.get(s);
          if (other !== undefined && pair === undefined) pair = [other, triple];
          bySlot.set(s, triple);
        }
      }
    }
    expect(pair).toBeDefined();
    const [first, second] = pair as [string, string];
    await expectSame(new RegExp(`${second}|${first}`), [`${first} ${second}`, `${second} ${first}`]);
    await expectSame(new RegExp(second), [`${first} ${second}`, `${second} ${first}`, first]);
  });
});
