// What session-memory.ts promises (issue 13, from a reading of its surviving mutants): which
// values are remembered (length, numbers, case mapping), how a value is found again (case
// folding of ASCII and other letters at each place a scan compares them, word boundaries at the
// ends of every letter and digit range, the longest value at a position, the scan going on after
// a match), the bounds (values per prefix, values per memory, sessions), the recency order of
// values and sessions, and the snapshot handed to another thread. Exact and fast: no timers.
import { describe, expect, it } from 'vitest';
import { MAX_REMEMBERED_CHARS, MIN_REMEMBERED_CHARS, SessionMemory, SessionValues, memoryKey } from './session-memory.js';

const as = (normalized: string) => ({ type: 'PERSON', class: 'pii.person', normalized });
/** A memory holding these values (each masked as itself). */
const holding = (...raws: string[]) => {
  const values = new SessionValues(64);
  for (const raw of raws) values.remember(raw, as(raw.trim().toLowerCase()));
  return values;
};
/** The recurrences found, as [start, end, normalized]. */
const hits = (values: SessionValues, text: string) => values.find(text).map((hit) => [hit.start, hit.end, hit.normalized]);
const starts = (values: SessionValues, text: string) => values.find(text).map((hit) => hit.start);

describe('which values are remembered', () => {
  it('four to 128 characters after trimming', () => {
    expect(MIN_REMEMBERED_CHARS).toBe(4);
    expect(MAX_REMEMBERED_CHARS).toBe(128);
    const values = new SessionValues(64);
    expect(values.remember('abc', as('abc'))).toBe(false);
    expect(values.remember('  abc  ', as('abc'))).toBe(false);
    expect(values.remember(' abcd ', as('abcd'))).toBe(true);
    expect(values.remember('b'.repeat(128), as('b128'))).toBe(true);
    expect(values.remember('c'.repeat(129), as('c129'))).toBe(false);
    expect(values.entries().map(([lower]) => lower)).toEqual(['abcd', 'b'.repeat(128)]);
    expect(values.size).toBe(2);
  });

  it('numbers (digits, blanks and . , - /) from six digits on; anything with a letter from four characters', () => {
    const values = new SessionValues(64);
    for (const raw of ['12345', '12 345', '1.234,5', '12-345', '12/345', '1 2 3 4 5']) expect(values.remember(raw, as(raw))).toBe(false);
    expect(values.size).toBe(0);
    for (const raw of ['123456', '123 456', '1.234.567', '12-34/56', 'x1234', '1234x', 'a123']) expect(values.remember(raw, as(raw))).toBe(true);
    expect(values.size).toBe(7);
  });

  it('not a value whose lower-case form has another length (offsets would not match)', () => {
    const values = new SessionValues(64);
    expect(values.remember('İstanbul', as('istanbul'))).toBe(false);
    expect(values.size).toBe(0);
  });

  it('a value seen again in another spelling of its gaps is the same value', () => {
    const values = new SessionValues(64);
    expect(values.remember('okafor amara', as('okafor amara'))).toBe(true);
    expect(values.remember('Okafor, Amara', as('other'))).toBe(false);
    expect(values.remember('okafor.amara', as('other'))).toBe(false);
    expect(values.size).toBe(1);
    expect(values.entries().map(([lower]) => lower)).toEqual(['okafor amara']);
  });

  it('keeps a copy of type, class and normalized form; a value seen again keeps its first one', () => {
    const values = new SessionValues(64);
    const value = { type: 'EMAIL', class: 'pii.contact', normalized: 'a@b.example' };
    expect(values.remember('a@b.example', value)).toBe(true);
    value.normalized = 'changed';
    expect(values.remember('A@B.EXAMPLE', { type: 'OTHER', class: 'x', normalized: 'y' })).toBe(false);
    expect(values.find('mail A@b.Example now')).toEqual([{ start: 5, end: 16, type: 'EMAIL', class: 'pii.contact', normalized: 'a@b.example' }]);
    expect(values.entries()).toEqual([['a@b.example', { type: 'EMAIL', class: 'pii.contact', normalized: 'a@b.example' }]]);
  });
});

describe('finding a value again', () => {
  it('upper-case ASCII at every place a scan compares it: the first three, the print (up to 8), the rest', () => {
    const values = holding('abcdefghijkz', 'zyxw', 'mnop');
    expect(hits(values, 'ABCDEFGHIJKZ')).toEqual([[0, 12, 'abcdefghijkz']]);
    expect(hits(values, 'ZYXW MNOP')).toEqual([[0, 4, 'zyxw'], [5, 9, 'mnop']]);
    expect(hits(values, 'abcDefghijkZ aBcdefGhijkz')).toEqual([[0, 12, 'abcdefghijkz'], [13, 25, 'abcdefghijkz']]);
    // An upper-case letter after the print matches its own lower-case letter only.
    expect(hits(values, 'ABCDEFGHIJKY abcdefghijKy')).toEqual([]);
    // A and Z as the second character (the scan's pair filter), and at each place after it.
    expect(starts(holding('azbcazbcazbc'), 'AZBCAZBCAZBC')).toEqual([0]);
  });

  it('the print (up to 16 characters): upper-case and non-ASCII letters inside it and after it, values alike in their first 8 or 16', () => {
    // Phone numbers of one bucket that differ only in their last digits; emails alike to the 16th character.
    const values = holding('+44 20 7946 0101', '+44 20 7946 0102', '+44 20 7946 0103', 'jane.doe123@example.com', 'jane.doe123@example.org');
    expect(hits(values, 'call +44 20 7946 0102 or +442079460103')).toEqual([
      [5, 21, '+44 20 7946 0102'],
      [25, 38, '+44 20 7946 0103'],
    ]);
    expect(hits(values, 'JANE.DOE123@EXAMPLE.ORG, jane.doe123@example.com')).toEqual([
      [0, 23, 'jane.doe123@example.org'],
      [25, 48, 'jane.doe123@example.com'],
    ]);
    expect(hits(values, '+44 20 7946 0104 jane.doe123@example.net')).toEqual([]);
    // Upper-case ASCII at the 9th to 16th character and after the 16th.
    const long = holding('abcdefghijklmnopqrst');
    expect(starts(long, 'abcdefghIJKLMNOPqrst abcdefghijklmnopQRST')).toEqual([0, 21]);
    expect(starts(long, 'abcdefghIJKLMNOX abcdefghijklmnopQRSX')).toEqual([]);
    // Non-ASCII letters there: folded to the value's (the print stops at them), or another letter.
    const accents = holding('abcdefghijk\u00e9mnopq\u00e9');
    expect(starts(accents, 'ABCDEFGHIJKEMNOPQE abcdefghijk\u00c9mnopq\u00c9')).toEqual([0, 19]);
    expect(starts(accents, 'abcdefghijk\u00f8mnopqe abcdefghijkemnopq\u00f6')).toEqual([]);
    // U+212A KELVIN SIGN lower-cases to ASCII k: inside the print and after it.
    expect(starts(holding('abcdefghijklmnop'), 'ABCDEFGHIJ\u212ALMNOP')).toEqual([0]);
    expect(starts(holding('abcdefghijklmnopqk'), 'ABCDEFGHIJKLMNOPQ\u212A')).toEqual([0]);
    // The same 16 characters and more: told apart after the print.
    const tails = holding('abcdefghijklmnopXY', 'abcdefghijklmnopXZ');
    expect(hits(tails, 'abcdefghijklmnopxz abcdefghijklmnopxy')).toEqual([
      [0, 18, 'abcdefghijklmnopxz'],
      [19, 37, 'abcdefghijklmnopxy'],
    ]);
  });

  it('the characters next to A-Z are not folded: @ [ against ` {', () => {
    // In the first three (the bucket), inside the print (4-8), after it (sameLower). The grave
    // accent is a separator (typed for an apostrophe): `bcd and ab`d keep three characters (not
    // remembered), abcdefgh`x has a gap.
    const values = holding('`bcd', '{bcd', 'ab`d', 'ab{d', 'abcdefgh`x', 'abcdefgh{x');
    expect(values.size).toBe(4);
    expect(hits(values, '@bcd [bcd ab@d ab[d abcdefgh@x abcdefgh[x')).toEqual([]);
    expect(starts(values, '`BCD {BCD AB`D AB{D ABCDEFGH`X ABCDEFGH{X')).toEqual([5, 15, 20, 31]);
  });

  it('letters outside ASCII, in the bucket, the print and the rest', () => {
    const values = holding('ærøskøbing', 'smørrebrød', 'abcdefghijæ');
    expect(starts(values, 'ÆRØSKØBING SMØRREBRØD ABCDEFGHIJÆ')).toEqual([0, 11, 22]);
    // A non-ASCII code that does not fold to the value's: not found.
    expect(starts(values, 'ærøskøbinx smörrebröd abcdefghijé')).toEqual([]);
    // U+212A KELVIN SIGN lower-cases to ASCII k, after the print too.
    expect(starts(holding('abcdefghik'), 'ABCDEFGHI\u212A')).toEqual([0]);
  });

  it('a value exactly as long as the text, at its end, and texts shorter than four', () => {
    const values = holding('abcd');
    expect(starts(values, 'abcd')).toEqual([0]);
    expect(starts(values, 'x abcd')).toEqual([2]);
    expect(starts(values, 'abc')).toEqual([]);
    expect(new SessionValues(4).find('abcd')).toEqual([]);
  });

  it('word boundaries before a value, at the ends of each range of letters and digits', () => {
    const values = holding('abcd');
    // Letters and digits (and Latin-1 and other letters below U+2000, but × and ÷) continue a word.
    for (const before of ['0', '9', 'A', 'Z', 'a', 'z', 'À', 'ÿ', 'Ā', '\u1fff']) expect(starts(values, `${before}abcd`)).toEqual([]);
    // Punctuation right outside each range, ×, ÷ and U+2000 do not.
    for (const before of ['/', ':', '@', '[', '`', '{', '¿', '×', '÷', '\u2000']) expect(starts(values, `${before}abcd`)).toEqual([1]);
  });

  it('word boundaries after a value that ends with a letter or digit, and none after one that does not', () => {
    const values = holding('abcd', 'wxy5');
    for (const after of ['0', '9', 'A', 'Z', 'a', 'z', 'À', 'ÿ', '\u1fff']) expect(starts(values, `abcd${after} wxy5${after}`)).toEqual([]);
    for (const after of ['/', ':', '@', '[', '`', '{', '¿', '×', '÷', '\u2000']) expect(starts(values, `abcd${after} wxy5${after}`)).toEqual([0, 6]);
    // A value ending in punctuation (not a separator: those are trimmed) may be followed by a word.
    expect(hits(holding('corp+'), 'corp+x')).toEqual([[0, 5, 'corp+']]);
    // A value starting with punctuation may follow a word.
    expect(hits(holding('+corp'), 'x+corp')).toEqual([[1, 6, '+corp']]);
  });

  it('a value that starts with a non-ASCII letter after a word character is inside the word', () => {
    expect(starts(holding('ørsted'), 'xørsted')).toEqual([]);
    expect(starts(holding('ørsted'), 'x ørsted')).toEqual([2]);
  });

  it('the longest value at a position, whichever was remembered first', () => {
    expect(hits(holding('amara', 'amara okafor'), 'Amara Okafor')).toEqual([[0, 12, 'amara okafor']]);
    expect(hits(holding('amara okafor', 'amara'), 'Amara Okafor')).toEqual([[0, 12, 'amara okafor']]);
    expect(hits(holding('amara okafor', 'amara'), 'Amara Okafo')).toEqual([[0, 5, 'amara']]);
  });

  it('the scan goes on right after a match, not inside it', () => {
    // Values that overlap: the second starts inside the first match and is not found there.
    expect(hits(holding('abcd efgh', 'efgh ijkl'), 'abcd efgh ijkl')).toEqual([[0, 9, 'abcd efgh']]);
    // The next value right after a match, one character on.
    expect(hits(holding('abcd', 'wxyz'), 'abcd,wxyz')).toEqual([[0, 4, 'abcd'], [5, 9, 'wxyz']]);
    // Right after a value ending in punctuation, a value starts a new word.
    expect(hits(holding('abcd+', 'wxyz'), 'abcd+wxyz')).toEqual([[0, 5, 'abcd+'], [5, 9, 'wxyz']]);
    // After a value ending in a letter, the next word character is still inside a word.
    expect(hits(holding('abc-d', 'd-wxy'), 'abc-d-wxy')).toEqual([[0, 5, 'abc-d']]);
  });

  it('values that start with an ASCII character followed by another one', () => {
    const values = holding('jürgen', 'jo-ann', 'jörg');
    expect(starts(values, 'JÜRGEN JO-ANN JÖRG jürgen')).toEqual([0, 7, 14, 19]);
    // U+0080 is the first code that is not ASCII, as the first or the second character.
    expect(starts(holding('\u0080abcd', 'a\u0080bcd'), 'x \u0080abcd a\u0080bcd')).toEqual([2, 8]);
    // Only ASCII starts: a text whose second character is not ASCII is skipped.
    expect(starts(holding('jo-ann'), 'jü jo-ann')).toEqual([3]);
  });

  it('a value whose first character is followed by separators (the start filter walks over them)', () => {
    const values = holding('J. Smith', 'k - lund');
    expect(values.size).toBe(2);
    expect(hits(values, 'J. Smith and K-Lund')).toEqual([[0, 8, 'j. smith'], [13, 19, 'k - lund']]);
    expect(starts(values, 'see j smith, J.Smith, J.  Smith')).toEqual([4, 13, 22]);
    // Far into a text (the walk is bounded from the position, not from the text's start).
    const far = `${'x'.repeat(100)} J. Smith`;
    expect(starts(values, far)).toEqual([101]);
  });

  it('no recurrence: the same frozen empty list', () => {
    const values = holding('abcd');
    const none = values.find('nothing here');
    expect(none).toEqual([]);
    expect(Object.isFrozen(none)).toBe(true);
    expect(values.find('abcd')).not.toBe(none);
  });
});

describe('bounds and recency', () => {
  it('nine values sharing two characters but not the third are all kept (eight per bucket)', () => {
    const values = new SessionValues(64);
    for (const third of 'abcdefghi') values.remember(`xa${third}vier`, as(third));
    expect(values.size).toBe(9);
    expect(values.find('xaavier xaivier XAEVIER').map((hit) => hit.normalized)).toEqual(['a', 'i', 'e']);
    // The same nine sharing three characters: the first is dropped.
    const shared = new SessionValues(64);
    for (const last of 'abcdefghi') shared.remember(`xav${last}ier`, as(last));
    expect(shared.size).toBe(8);
    expect(shared.entries().map(([lower]) => lower)).toEqual([...'bcdefghi'].map((last) => `xav${last}ier`));
  });

  it('a full bucket drops its oldest entry, not the least recently seen value', () => {
    const values = new SessionValues(64);
    for (const last of 'abcdefgh') values.remember(`xav${last}ier`, as(last));
    values.remember('xavaier', as('again')); // seen again: most recent, still first of its bucket
    values.remember('xavzier', as('z'));
    expect(values.size).toBe(8);
    expect(values.entries().map(([lower]) => lower)).toEqual([...'bcdefgh'].map((last) => `xav${last}ier`).concat(['xavzier']));
    expect(values.find('xavaier xavbier xavzier').map((hit) => hit.normalized)).toEqual(['b', 'z']);
  });

  it('forgets a value from the middle of its bucket and keeps the chain', () => {
    const values = new SessionValues(3);
    values.remember('xavaier', as('a'));
    values.remember('xavbier', as('b'));
    values.remember('xavcier', as('c'));
    values.remember('xavaier', as('a')); // recency: b, c, a (bucket: a, b, c)
    values.remember('other', as('o')); // forgets b, the bucket's middle
    expect(values.entries().map(([lower]) => lower)).toEqual(['xavcier', 'xavaier', 'other']);
    values.remember('xavdier', as('d')); // forgets c: the bucket is a, d
    expect(values.find('xavaier xavbier xavcier xavdier other').map((hit) => hit.normalized)).toEqual(['a', 'd', 'o']);
    values.remember('xaveier', as('e')); // forgets a, the bucket's head
    expect(values.find('xavaier xavdier xaveier other').map((hit) => hit.normalized)).toEqual(['d', 'e', 'o']);
  });

  it('forgets a value third in its bucket (the walk along the chain), and it is not found again', () => {
    const values = new SessionValues(3);
    values.remember('xavaier', as('a'));
    values.remember('xavbier', as('b'));
    values.remember('xavcier', as('c')); // bucket: a, b, c
    values.remember('xavaier', as('a'));
    values.remember('xavbier', as('b')); // recency: c, a, b
    values.remember('other', as('o')); // forgets c, the bucket's third
    expect(values.size).toBe(3);
    expect(values.entries().map(([lower]) => lower)).toEqual(['xavaier', 'xavbier', 'other']);
    expect(values.find('xavaier xavbier xavcier other').map((hit) => hit.normalized)).toEqual(['a', 'b', 'o']);
  });

  it('a forgotten value starting with a non-ASCII letter leaves the others with that letter found', () => {
    const values = new SessionValues(2);
    values.remember('ærøskøbing', as('1'));
    values.remember('æble olsen', as('2'));
    values.remember('xyzw', as('3')); // forgets ærøskøbing
    expect(values.find('ÆRØSKØBING ÆBLE OLSEN xyzw').map((hit) => hit.normalized)).toEqual(['2', '3']);
    values.remember('jürgen', as('4')); // forgets æble olsen
    values.remember('jürgen weiß', as('5')); // forgets xyzw
    expect(values.find('æble olsen xyzw jürgen weiß jürgen').map((hit) => hit.normalized)).toEqual(['5', '4']);
    values.remember('abcd', as('6')); // forgets jürgen
    expect(values.find('jürgen weiß jürgen abcd').map((hit) => hit.normalized)).toEqual(['5', '6']);
  });

  it('values are found after many forgotten, with the start index rebuilt at 16 and at the count', () => {
    for (const max of [1, 2, 15, 16, 17, 40]) {
      const values = new SessionValues(max);
      const word = (i: number) => `${String.fromCharCode(97 + (i % 26), 97 + (Math.floor(i / 26) % 26))}q${i}`;
      for (let i = 0; i < 80; i++) {
        values.remember(word(i), as(`p${i}`));
        // The values kept and the two forgotten last (light enough for a run under coverage).
        const from = Math.max(0, i + 1 - max - 2);
        const text = Array.from({ length: i + 1 - from }, (_, k) => word(from + k)).join(' ');
        const expected = Array.from({ length: Math.min(max, i + 1) }, (_, k) => `p${i + 1 - Math.min(max, i + 1) + k}`);
        expect(values.find(text).map((hit) => hit.normalized)).toEqual(expected);
      }
    }
  });

  it('the work of a scan: one step a position, one more per entry compared', () => {
    const values = holding('abcd', 'abce', 'abcf');
    const work = { steps: 0 };
    values.find('xx abcf yy', work);
    // Positions 0 to 3, three entries of the bucket at 3; the scan goes on after the match (4..6 skipped).
    expect(work.steps).toBe(4 + 3);
    const none = { steps: 0 };
    values.find('zzzzzzzz', none);
    expect(none.steps).toBe(5);
    // An empty memory, or a text shorter than any value, is not scanned at all.
    const empty = { steps: 0 };
    expect(new SessionValues(4).find('abcd abcd', empty)).toEqual([]);
    expect(empty.steps).toBe(0);
    values.find('abc', empty);
    expect(empty.steps).toBe(0);
  });
});

describe('SessionMemory', () => {
  const person = as('x');
  it('memoryKey: the session, else the trace, else none; empty strings are none', () => {
    expect(memoryKey('a', 't')).toBe('s\0a');
    expect(memoryKey('', 't')).toBe('t\0t');
    expect(memoryKey(undefined, 't')).toBe('t\0t');
    expect(memoryKey('', '')).toBeUndefined();
    expect(memoryKey(undefined, undefined)).toBeUndefined();
  });

  it('of(): one memory for an event with a session or a trace, none without', () => {
    const memory = new SessionMemory();
    expect(memory.of(undefined, undefined)).toEqual([]);
    expect(memory.of('', '')).toEqual([]);
    const [bySession] = memory.of('x', undefined);
    bySession?.remember('Zephyrine', person);
    // A session and a trace with the same name are different memories.
    expect(memory.of(undefined, 'x')[0]?.find('Zephyrine')).toEqual([]);
    expect(memory.of('', 'x')[0]?.find('Zephyrine')).toEqual([]);
    expect(memory.of('x', 'other')[0]?.find('Zephyrine')).toHaveLength(1);
    expect(memory.of('x', undefined)[0]).toBe(bySession);
  });

  it('defaults: 1,000 sessions and 256 values each', () => {
    const memory = new SessionMemory();
    for (let s = 0; s < 1001; s++) memory.of(`s${s}`, undefined)[0]?.remember('Zephyrine', person);
    expect(memory.size).toBe(1000);
    expect(memory.snapshot('s0', undefined)).toEqual([{ key: 's\0s0', values: [] }]);
    expect(memory.snapshot('s1', undefined)[0]?.values).toHaveLength(1);
    const [values] = memory.of('big', undefined);
    for (let i = 0; i < 300; i++) values?.remember(`${String.fromCharCode(97 + (i % 26), 97 + Math.floor(i / 26))}q${i}`, person);
    expect(values?.size).toBe(256);
  });

  it('limits below one are one; fractions are cut', () => {
    const one = new SessionMemory({ maxSessions: 0, maxValues: 0 });
    one.of('a', undefined)[0]?.remember('Alpha Alpha', person);
    one.of('a', undefined)[0]?.remember('Bravo Bravo', person);
    one.of('b', undefined)[0]?.remember('Charlie Charlie', person);
    expect(one.size).toBe(1);
    expect(one.snapshot('b', undefined)[0]?.values.map(([lower]) => lower)).toEqual(['charlie charlie']);
    const cut = new SessionMemory({ maxSessions: 2.9, maxValues: 2.9 });
    for (const s of ['a', 'b', 'c']) for (const v of ['Alpha Alpha', 'Bravo Bravo', 'Charlie Charlie']) cut.of(s, undefined)[0]?.remember(v, person);
    expect(cut.size).toBe(2);
    expect(cut.snapshot('c', undefined)[0]?.values.map(([lower]) => lower)).toEqual(['bravo bravo', 'charlie charlie']);
    expect(cut.snapshot('a', undefined)[0]?.values).toEqual([]);
  });

  it('a session joins the LRU with its first value only; later values do not refresh it, of() does', () => {
    const memory = new SessionMemory({ maxSessions: 2 });
    const [a] = memory.of('a', undefined);
    a?.remember('Alpha Alpha', person);
    const [b] = memory.of('b', undefined);
    b?.remember('Bravo Bravo', person);
    a?.remember('Another Alpha', person); // not through of(): a stays the least recent
    memory.of('c', undefined)[0]?.remember('Charlie Charlie', person);
    expect(memory.snapshot('a', undefined)[0]?.values).toEqual([]);
    expect(memory.snapshot('b', undefined)[0]?.values).toHaveLength(1);
    memory.of('b', undefined); // b is the most recent now
    memory.of('d', undefined)[0]?.remember('Delta Delta', person); // c goes
    expect(memory.snapshot('c', undefined)[0]?.values).toEqual([]);
    expect(memory.snapshot('b', undefined)[0]?.values).toHaveLength(1);
    expect(memory.size).toBe(2);
  });

  it('snapshot() and load(): the values least recent first; a loaded session replaces and refreshes', () => {
    const memory = new SessionMemory({ maxSessions: 2 });
    memory.of('a', undefined)[0]?.remember('Alpha Alpha', as('a1'));
    memory.of('a', undefined)[0]?.remember('Alpha Beta', as('a2'));
    memory.of('b', undefined)[0]?.remember('Bravo Bravo', as('b1'));
    expect(memory.snapshot(undefined, undefined)).toEqual([]);
    expect(memory.snapshot('a', 'trace')).toEqual([{ key: 's\0a', values: [['alpha alpha', as('a1')], ['alpha beta', as('a2')]] }]);
    expect(memory.snapshot(undefined, 't')).toEqual([{ key: 't\0t', values: [] }]);
    // Loading a: its values replaced, and a is the most recent (b goes when c comes).
    memory.load([{ key: 's\0a', values: [['Alpha Gamma', as('a3')]] }]);
    expect(memory.snapshot('a', undefined)[0]?.values).toEqual([['alpha gamma', as('a3')]]);
    memory.of('c', undefined)[0]?.remember('Charlie Charlie', person);
    expect(memory.snapshot('b', undefined)[0]?.values).toEqual([]);
    expect(memory.snapshot('a', undefined)[0]?.values).toHaveLength(1);
    // An empty snapshot of a session not remembered makes none; of a remembered one, empties it.
    memory.load([{ key: 's\0z', values: [] }]);
    expect(memory.size).toBe(2);
    expect(memory.snapshot('c', undefined)[0]?.values).toHaveLength(1); // nothing was made room for
    expect(memory.snapshot('a', undefined)[0]?.values).toHaveLength(1);
    memory.load([{ key: 's\0a', values: [] }]);
    expect(memory.size).toBe(2);
    expect(memory.snapshot('a', undefined)[0]?.values).toEqual([]);
    // Values a memory would refuse are refused on load too.
    memory.load([{ key: 's\0y', values: [['ab', person]] }]);
    expect(memory.snapshot('y', undefined)[0]?.values).toEqual([]);
    // Loaded with room to spare, a remembered session moves to the most recent end too.
    const three = new SessionMemory({ maxSessions: 3 });
    for (const s of ['a', 'b']) three.of(s, undefined)[0]?.remember(`Session ${s}`, person);
    three.load([{ key: 's\0a', values: [['Session A', person]] }]);
    for (const s of ['c', 'd']) three.of(s, undefined)[0]?.remember(`Session ${s}`, person);
    expect(['a', 'b', 'c', 'd'].map((s) => three.snapshot(s, undefined)[0]?.values.length)).toEqual([1, 0, 1, 1]);
    // A loaded session keeps the memory's bound on values.
    const small = new SessionMemory({ maxValues: 1 });
    small.load([{ key: 's\0q', values: [['Alpha Alpha', person], ['Bravo Bravo', person]] }]);
    expect(small.snapshot('q', undefined)[0]?.values.map(([lower]) => lower)).toEqual(['bravo bravo']);
  });
});
