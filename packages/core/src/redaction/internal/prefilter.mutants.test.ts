// What internal/prefilter.ts promises (issue 13, from surviving mutants of prefilter.ts): gatedTest
// answers as regex.test does, for each piece of syntax the reader takes; what it cannot read leaves
// plain regex.test (gateReads false); and the gate is a gate: positions whose first characters start
// no alternative are not given to the regex (counted through RegExp.prototype.test, which the gate
// calls once per position it probes). In process, direct calls.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gatedTest, gateReads } from './prefilter.js';

function expectSame(regex: RegExp, texts: readonly string[]): void {
  const gated = gatedTest(regex);
  const plain = new RegExp(regex.source, regex.flags.replace(/[gy]/g, ''));
  const differing = texts.filter((text) => gated(text) !== plain.test(text));
  expect(differing).toEqual([]);
}

/** Every string of up to `length` characters over `alphabet`. */
function allStrings(alphabet: readonly string[], length: number): string[] {
  let level = [''];
  const out = [''];
  for (let i = 0; i < length; i++) {
    level = level.flatMap((s) => alphabet.map((c) => s + c));
    out.push(...level);
  }
  return out;
}

/** How many times the gate asked the regex (RegExp.prototype.test) while answering for `text`. */
function probes(regex: RegExp, text: string): { answer: boolean; probes: number } {
  const gated = gatedTest(regex);
  const spy = vi.spyOn(RegExp.prototype, 'test');
  try {
    const answer = gated(text);
    return { answer, probes: spy.mock.calls.length };
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('gatedTest: each piece of syntax read, and answers as the regex', () => {
  const cases: Array<[RegExp, string[]]> = [
    [/ab?c/, ['ac', 'abc', 'abbc', 'a', 'ab', 'xac']],
    [/ab*c/, ['ac', 'abc', 'abbbc', 'ab', 'xab']],
    [/ab+c/, ['ac', 'abc', 'abbbc', 'ab']],
    [/ab{2}c/, ['abc', 'abbc', 'abbbc', 'ac']],
    [/ab{2,}c/, ['abc', 'abbc', 'abbbbc']],
    [/ab{0,2}c/, ['ac', 'abc', 'abbc', 'abbbc']],
    [/ab{1,3}?c/, ['ac', 'abc', 'abbbc', 'abbbbc']],
    [/x(?:ab|cd)+y/, ['xaby', 'xcdaby', 'xy', 'xacy']],
    [/(?=ab)a|z/, ['ab', 'a', 'z']],
    [/(?!b)ab|qq/, ['ab', 'qq', 'b']],
    [/(?<=x)ab/, ['xab', 'ab', 'yab']],
    [/(?<!x)ab/, ['xab', 'ab', 'yab']],
    [/^ab|cd$/, ['ab', 'xab', 'cd', 'cdx']],
    [/a.c/, ['abc', 'a\u00e9c', 'a\nc', 'ac']],
    [/[a-c]x|[^a-z]y/, ['ax', 'bx', 'cx', 'dx', 'Ay', 'ay', '\u00e9y', 'y']],
    [/\bab\B/, ['ab', 'abc', 'xab', ' abc']],
    [/\d\w\s/, ['1a ', '12\t', 'a1 ', '1_\n', '1-\u00a0']],
    [/\D\W\S/, ['a- ', 'a-b', '1-b', 'é-é']],
    [/\p{L}1|\P{L}2/u, ['a1', 'é1', '11', '12', 'a2']],
    [/\t\n\r|\v\f|\0x/, ['\t\n\r', '\v\f', '\0x', 'tnr', 'vf']],
    [/\x41\u0042|\.\*/, ['AB', 'ab', '.*', 'x*']],
    [/[\t\n][\x41-\x43][\u0061b]|[\b]q/, ['\tAa', '\nCb', '\tDa', '\bq', 'bq']],
    [/[\d_][\w.][\s-]/, ['1a ', '_.-', 'aa ', '1a\u2003']],
    [/[\p{L}]x/u, ['ax', 'éx', '1x']],
    [/😀a|b😀/u, ['😀a', 'b😀', '😀', 'a']],
    [/[😀]a/u, ['😀a', 'a']],
    [/ab/i, ['AB', 'aB', 'Ab', 'ab', 'a']],
    [/[a-c]z/i, ['AZ', 'bz', 'Cz', 'dz']],
    [/\u212aey|ſa/iu, ['key', 'KEY', '\u212aey', 'sa', 'SA', 'ſa']],
    [/[é]s/iu, ['És', 'és', 'es']],
    [/\w\wq/iu, ['\u212a\u017fq', 'k\u017fq', 'abq']],
    [/[\u0080-\u00ff]a|\x80b/, ['\u0080a', '\u00ffa', '\u0080b', 'a']],
    [/[a-]b|[-a]c/, ['ab', '-b', 'ac', '-c', 'b']],
    [/\$\^\(\)\[\]\{\}\|\\\//, ['$^()[]{}|\\/', '$^']],
    [/\x80ab|zz/, ['\u0080ab', 'zz', 'ab']],
    [/a\x80b|qq/, ['a\u0080b', 'ab', 'qq']],
    [/ab\x80|qq/, ['ab\u0080', 'ab', 'qq']],
    [/a[^b]|xy/, ['ac', 'a\u00e9', 'ab', 'xy']],
    [/ab[^c]|xy/, ['abd', 'ab\u00e9', 'abc', 'xy']],
    [/a[\u0080-\u00ff]|zz/, ['a\u00e9', 'a\u0080', 'zz', 'a']],
    [/a\wz/, ['aBz', 'a_z', 'a1z', 'abz', 'a-z']],
  ];

  it('reads each of them (gateReads)', () => {
    const unread = cases.map(([regex]) => regex).filter((regex) => !gateReads(regex));
    expect(unread).toEqual([]);
  });

  it('answers as the regex on the cases and on every short string over their characters', () => {
    for (const [regex, texts] of cases) {
      const alphabet = [...new Set([...texts.join('')])].slice(0, 7);
      expectSame(regex, [...texts, ...allStrings(alphabet, alphabet.length > 5 ? 3 : 4)]);
    }
  });

  it('answers again the same way (no state kept between calls), also for g and y regexes', () => {
    for (const regex of [/ab/g, /ab/y, /ab/gy, /(a)\1/g, /(a)\1/gy]) {
      const gated = gatedTest(regex);
      const text = regex.source === 'ab' ? 'xxab' : 'xxaa';
      expect([gated(text), gated(text), gated(text)]).toEqual([true, true, true]);
      expect(gated('xx')).toBe(false);
      expect(gated(text)).toBe(true);
    }
  });

  it('a position past a character outside ASCII is still read: the regex searches the rest', () => {
    expectSame(/ab/, ['\u00e9ab', '\u00e9\u00e9ab', 'é', '\u0080ab', '\u007fab']);
    expectSame(/a\u00e9/, ['xa\u00e9', 'a\u00e9', 'ae']);
  });
});

describe('gateReads: what the reader gives up on (then the gate is regex.test itself)', () => {
  it('does not read backreferences, named groups, \\c, \\k, quantified assertions, nested classes, class ranges of sets, or bad escapes', () => {
    const unread = [/(a)\1/, /(?<n>a)/, /\cA/, /(?<n>a)\k<n>/, /(?=a)+b/, /[[]a/, /[\d-z]/, /[a-\d]/, /\xg/, /\xga1/, /\ug/, /\x4/, /\u004/, /a{x}/, /a{,2}/, /x*|y/, /(?:)/, /a|/, /\p{L/];
    expect(unread.filter((regex) => gateReads(regex))).toEqual([]);
    // The v flag (set operations) is not read, even where the source would be.
    expect(gateReads(new RegExp('ab', 'v'))).toBe(false);
    expect(gatedTest(new RegExp('ab', 'v'))('xab')).toBe(true);
  });

  it('gives up on a prefix that needs more than 32 levels to work out, and reads 30', () => {
    expect(gateReads(new RegExp(`${'x?'.repeat(40)}y`))).toBe(false);
    expect(gateReads(new RegExp(`${'x?'.repeat(28)}y`))).toBe(true);
    expectSame(new RegExp(`${'x?'.repeat(40)}y`), ['y', 'xy', 'xxy', 'z', 'x']);
  });

  it('reads an escaped character of no letter and a literal }, ] and lone braces', () => {
    expect(gateReads(/\-a|\/b/)).toBe(true);
    expect(gateReads(/a]/)).toBe(false);
    expect(gateReads(/a}/)).toBe(false);
    expectSame(/a]|b}/, ['a]', 'b}', 'a', 'b']);
  });
});

describe('gatedTest: the gate skips what starts no alternative', () => {
  it('asks the regex nowhere in a text none of whose triples starts a word', () => {
    expect(probes(/pass|token/, 'xxxx yyyy zzzz')).toEqual({ answer: false, probes: 0 });
    expect(probes(/pass|token/i, 'qqqq')).toEqual({ answer: false, probes: 0 });
    // First character fits, second does not; first two fit, third does not.
    expect(probes(/pass|token/, 'pxpxpx tx')).toEqual({ answer: false, probes: 0 });
    expect(probes(/pass|token/, 'paxpaxtox')).toEqual({ answer: false, probes: 0 });
  });

  it('asks it once at each position whose first three characters start a word, and at a word of one or two characters', () => {
    expect(probes(/pass|token/, 'xpasx tokx')).toEqual({ answer: false, probes: 2 });
    expect(probes(/pass|token/, 'xpas')).toEqual({ answer: false, probes: 1 });
    expect(probes(/pass|token/, 'xx pass')).toEqual({ answer: true, probes: 1 });
    expect(probes(/q|pw/, 'xqx')).toEqual({ answer: true, probes: 1 });
    expect(probes(/zq|pw/, 'xpwx')).toEqual({ answer: true, probes: 1 });
    expect(probes(/zq|pw/, 'xpxzxpqz')).toEqual({ answer: false, probes: 0 });
    // A word of two at the end of the text: the pair ends it.
    expect(probes(/zq|pw/, 'xxpw')).toEqual({ answer: true, probes: 1 });
    // Two characters of a longer word at the end: no third to come, nothing asked.
    expect(probes(/pass/, 'xxpa')).toEqual({ answer: false, probes: 0 });
    expect(probes(/pass/, 'xxp')).toEqual({ answer: false, probes: 0 });
  });

  it('hands the rest of the text to the regex at the first character outside ASCII, not before', () => {
    expect(probes(/pass/, 'xxxx\u00e9xx')).toEqual({ answer: false, probes: 1 });
    expect(probes(/pass/, 'xx\u00e9 pass')).toEqual({ answer: true, probes: 1 });
    // A first character that can go on outside ASCII (`.`) asks the regex there; one that cannot, not.
    expect(probes(/a.b|zz/, 'a\u00e9b')).toEqual({ answer: true, probes: 1 });
    expect(probes(/ax|zz/, 'a\u00e9b')).toEqual({ answer: false, probes: 1 });
    expect(probes(/ab.c|zz/, 'ab\u00e9c')).toEqual({ answer: true, probes: 1 });
    expect(probes(/abx|zz/, 'ab\u00e9c')).toEqual({ answer: false, probes: 1 });
  });

  it('the tables hold only what the alternatives start with: cases, classes and quantifiers add no other characters', () => {
    // Near misses first, the match last: each near miss probed would be counted.
    expect(probes(/abc/, 'ABC Abc aBc abC')).toEqual({ answer: false, probes: 0 });
    expect(probes(/abc/i, 'xbc abd Abc')).toEqual({ answer: true, probes: 1 });
    expect(probes(/[b-d]xy/, 'axy exy bxz dxy')).toEqual({ answer: true, probes: 1 });
    expect(probes(/a?bc/, 'abd bd bcx')).toEqual({ answer: true, probes: 1 });
    expect(probes(/ab{2}c/, 'abc abbc')).toEqual({ answer: true, probes: 1 });
    expect(probes(/a\dz/, 'a1y aby a9z')).toEqual({ answer: true, probes: 1 });
    expect(probes(/a\sz/, 'a y a_z a\tz')).toEqual({ answer: true, probes: 1 });
    expect(probes(/a\wz/, 'a-z a_y a1z')).toEqual({ answer: true, probes: 1 });
    expect(probes(/(?:ab|cd)e/, 'abx cdx ace cde')).toEqual({ answer: true, probes: 1 });
    expect(probes(/x(?=y)z|q/, 'xyz xzz')).toEqual({ answer: false, probes: 1 });
    // A negated class may start with anything: each 'Xab' is asked.
    expect(probes(/[^a-z]ab/, 'aab Aab 1ac')).toEqual({ answer: true, probes: 2 });
    expect(probes(/\x41b|\u0043d/, 'ab cd Ax Cd')).toEqual({ answer: true, probes: 1 });
    expect(probes(/\tq|\nr/, '\tr \nq \nr')).toEqual({ answer: true, probes: 1 });
    expect(probes(/[\t]q|[\n]r/, '\tr \nq \nr')).toEqual({ answer: true, probes: 1 });
    expect(probes(/\vq|\fr|\0s|\rt/, '\vr \fq \0t \rs \rt')).toEqual({ answer: true, probes: 1 });
    expect(probes(/[\v]q|[\f]r|[\0]s|[\r]t/, '\vr \fq \0t \rs \rt')).toEqual({ answer: true, probes: 1 });
    expect(probes(/a[\b]c/, 'abc a\bc')).toEqual({ answer: true, probes: 1 });
  });

  it('with i and u, s and k stand for ſ and the Kelvin sign, and a set with characters outside ASCII may hold s or k', () => {
    expect(probes(/sk/iu, 'xx SK')).toEqual({ answer: true, probes: 1 });
    expect(probes(/[é]s/iu, 'ks ss')).toEqual({ answer: false, probes: 2 });
    expect(probes(/[é]s/i, 'ks ss')).toEqual({ answer: false, probes: 0 });
    expect(probes(/\ws/iu, 'ks')).toEqual({ answer: true, probes: 1 });
    // \w may go on outside ASCII only under both i and u (ſ, the Kelvin sign): else the next character decides.
    expect(probes(/a\w/, 'a\u00e9')).toEqual({ answer: false, probes: 1 });
    expect(probes(/a\w/u, 'a\u00e9')).toEqual({ answer: false, probes: 1 });
    expect(probes(/a\w/iu, 'a\u00e9')).toEqual({ answer: false, probes: 2 });
  });
});
