// Direct tests of every rule of text-pairs.ts (issue 13, mutation testing of the code of
// 2026-12-04). text-pairs.test.ts goes through the redactor and checks what is stored, so the
// scanner's bounds (3 blanks, 8 escapes, 64-character keys, 256-character values, 40 columns), its
// character classes, the line and next-pair rules and `certain` were pinned only where a stored
// value changed. Here each pair is read whole: its name, the text of its value, of its line value
// and of its name value, whether it is quoted and whether it is certain.
import { describe, expect, it } from 'vitest';
import { elementPairs, mayHoldPairs, textPairs, type TextPair } from './text-pairs.js';

type Row = [name: string, value: string, line: string, name: string, quoted: boolean, certain: boolean];
const row = (text: string, pair: TextPair): Row => [pair.name, text.slice(pair.start, pair.end), text.slice(pair.start, pair.lineEnd), text.slice(pair.start, pair.nameEnd), pair.quoted, pair.certain];
const rows = (text: string, wanted: (name: string) => boolean = () => true): Row[] => textPairs(text, wanted).map((pair) => row(text, pair));
/** name, value: the two columns most tests need. */
const pairs = (text: string, wanted?: (name: string) => boolean): Array<[string, string]> => rows(text, wanted).map(([name, value]) => [name, value]);
const first = (text: string): Row | undefined => rows(text)[0];

describe('mayHoldPairs', () => {
  it('asks for 4 characters and a `=`, a `:` or a closing tag', () => {
    expect(['abc=', 'abc:', 'a</b', 'a=bc'].map(mayHoldPairs)).toEqual([true, true, true, true]);
    expect(['a=b', 'abcd', 'ab<c', 'ab/c', ''].map(mayHoldPairs)).toEqual([false, false, false, false, false]);
  });
});

describe('textPairs: separators', () => {
  it('reads texts of 4 characters and more', () => {
    expect(pairs('a=bc')).toEqual([['a', 'bc']]);
    expect(pairs('a=b')).toEqual([]);
  });

  it('`=`, `:` and `=>` separate; `==`, `=~`, `::`, `:=` and `://` do not', () => {
    expect(pairs('key=v1')).toEqual([['key', 'v1']]);
    expect(pairs('key:v1')).toEqual([['key', 'v1']]);
    expect(pairs('key => v1')).toEqual([['key', 'v1']]);
    expect(pairs('key=>v1')).toEqual([['key', 'v1']]);
    for (const text of ['key==v1', 'key=~v1', 'key::v1', 'key:=v1', 'see http://host/x']) expect(pairs(text), text).toEqual([]);
  });
});

describe('textPairs: the key, read backwards', () => {
  it('up to 3 blanks before the separator', () => {
    expect(pairs('key   = v1')).toEqual([['key', 'v1']]);
    expect(pairs('key\t\t\t= v1')).toEqual([['key', 'v1']]);
    expect(pairs('key    = v1')).toEqual([]);
  });

  it("a closing quote, double or single, escaped up to 8 times; a closing `]`", () => {
    expect(pairs('"key": v1')).toEqual([['key', 'v1']]);
    expect(pairs("'key': v1")).toEqual([['key', 'v1']]);
    expect(pairs(`key${'\\'.repeat(8)}": v1`)).toEqual([['key', 'v1']]);
    expect(pairs(`key${'\\'.repeat(9)}": v1`)).toEqual([]);
    expect(pairs('contact[last_name]=v1')).toEqual([['last_name', 'v1']]);
    expect(pairs('key`: v1')).toEqual([]);
  });

  it('keys of 64 characters; a longer run of key characters is no key', () => {
    const key = `k${'x'.repeat(63)}`;
    expect(pairs(`${key}=v1`)).toEqual([[key, 'v1']]);
    expect(pairs(`x${key}=v1`)).toEqual([]);
  });

  it('key characters: digits, letters, `_`, `-` and `.`; the characters just outside each range end a key', () => {
    expect(pairs('_09AZaz-.x=v1')).toEqual([['_09AZaz-.x', 'v1']]);
    expect(pairs('x/k1=1 @k2=2 [k3=3 `k4=4 {k5=5 ~k6=6')).toEqual([['k1', '1'], ['k2', '2'], ['k3', '3'], ['k4', '4'], ['k5', '5'], ['k6', '6']]);
    // A `:` before a key ends it (the pair before, unwanted here, takes nothing).
    expect(pairs('ab:cd=v1', (name) => name !== 'ab')).toEqual([['cd', 'v1']]);
    expect(pairs('a b=v1', (name) => name !== 'a')).toEqual([['b', 'v1']]);
  });

  it('a key starts with a letter or `_`, not a digit, `-` or `.`, and not after `$`', () => {
    for (const key of ['Ab', 'Zb', 'ab', 'zb', '_b']) expect(pairs(`${key}=v1`), key).toEqual([[key, 'v1']]);
    for (const text of ['9ab=v1', '-ab=v1', '.ab=v1', '$HOME=v1', 'x $HOME=v1']) expect(pairs(text), text).toEqual([]);
  });

  it("trailing dots and dashes are no part of a key's name", () => {
    expect(pairs('Note.-: v1')).toEqual([['Note', 'v1']]);
    expect(pairs('Note-.: v1')).toEqual([['Note', 'v1']]);
    expect(pairs('x -.: v1')).toEqual([]);
  });

  it('asks wanted about each key and keeps only the wanted ones', () => {
    const asked: string[] = [];
    expect(pairs('a=1 bb=2 cc=3', (name) => (asked.push(name), name !== 'bb'))).toEqual([['a', '1'], ['cc', '3']]);
    expect(asked).toEqual(['a', 'bb', 'cc']);
  });

  it('a key inside a value taken before is not read; one right after a quoted value is', () => {
    expect(pairs('msg="k1=x" k2=y')).toEqual([['msg', 'k1=x'], ['k2', 'y']]);
    expect(pairs('k1="x"k2=y')).toEqual([['k1', 'x'], ['k2', 'y']]);
    expect(pairs('k1=a:b:c k2=y')).toEqual([['k1', 'a:b:c'], ['k2', 'y']]);
    // A closing quote's key read backwards: the last word of a quoted value is no key.
    expect(pairs('k1="x y": 1')).toEqual([['k1', 'x y']]);
  });
});

describe('textPairs: the value', () => {
  it('up to 3 blanks after the separator', () => {
    expect(pairs('key=   v1')).toEqual([['key', 'v1']]);
    expect(pairs('key=    v1')).toEqual([]);
  });

  it('none at the end, at a line break, before `{` or `[`', () => {
    for (const text of ['abcd=', 'abc= ', 'key:\nv1', 'key:\rv1', 'key={v1', 'key=[v1', 'key=""', "key=''"]) expect(pairs(text), text).toEqual([]);
  });

  it('quoted with `"`, `\'`, a backtick or escaped quotes: the quotes are not the value', () => {
    for (const text of ['key="a b"', "key='a b'", 'key=`a b`', 'key=\\"a b\\"']) {
      expect(rows(text), text).toEqual([['key', 'a b', 'a b', 'a b', true, true]]);
    }
    const text = 'x key="a b" y';
    const [pair] = textPairs(text, () => true);
    expect(pair).toEqual({ name: 'key', start: 7, end: 10, lineEnd: 10, nameEnd: 10, quoted: true, certain: true });
  });

  it('a quoted value is read in a view of 256 characters after its opening quote', () => {
    const whole = `key="${'x'.repeat(255)}" tail`;
    expect(textPairs(whole, () => true).map((pair) => [pair.start, pair.end])).toEqual([[5, 260]]);
    const open = `key="${'x'.repeat(300)}" tail`;
    expect(textPairs(open, () => true).map((pair) => [pair.start, pair.end])).toEqual([[5, 261]]);
  });

  it('an unquoted value ends at a blank, a control character, quotes, `,;&<>)]}`, NEL, NBSP and the Unicode line breaks', () => {
    for (const end of [' ', '\t', '\u0001', ' ', '"', "'", ',', ';', '&', '<', '>', ')', ']', '}', '\u0085', '\u00a0', '\u2028', '\u2029']) {
      expect(pairs(`key=a${end}b`), JSON.stringify(end)).toEqual([['key', 'a']]);
    }
    for (const inside of ['!', '#', '(', '*', '/', '[', '{', '|', '~', '\u0084', '\u00a1', 'é']) {
      expect(pairs(`key=a${inside}b`), JSON.stringify(inside)).toEqual([['key', `a${inside}b`]]);
    }
  });

  it("the sentence's punctuation after a token is not the value's", () => {
    expect(pairs('key=a.b.:!?|')).toEqual([['key', 'a.b']]);
    expect(pairs('key=a.. next')).toEqual([['key', 'a']]);
    expect(pairs('key=... next')).toEqual([]);
  });

  it('an unquoted value is read over 256 characters at most', () => {
    const text = `key=${'x'.repeat(300)}`;
    expect(textPairs(text, () => true).map((pair) => [pair.start, pair.end, pair.lineEnd])).toEqual([[4, 260, 260]]);
  });
});

describe("textPairs: a value's line", () => {
  it('leading a line (blanks, `- `, `export ` before the key), a value runs to the line end', () => {
    expect(first('key=a b')).toEqual(['key', 'a', 'a b', 'a', false, true]);
    expect(first('x\nkey=a b\ny')).toEqual(['key', 'a', 'a b', 'a', false, true]);
    expect(first('x\rkey=a b\ry')).toEqual(['key', 'a', 'a b', 'a', false, true]);
    expect(first('  - key: a b')).toEqual(['key', 'a', 'a b', 'a', false, true]);
    expect(first('\t- \tkey: a b')).toEqual(['key', 'a', 'a b', 'a', false, true]);
    expect(first('export KEY=a b')).toEqual(['KEY', 'a', 'a b', 'a', false, true]);
    expect(first('"key": a b')).toEqual(['key', 'a', 'a b', 'a', false, true]);
    expect(first('\\"key\\": a b')).toEqual(['key', 'a', 'a b', 'a', false, true]);
    expect(first("'key': a b")).toEqual(['key', 'a', 'a b', 'a', false, true]);
  });

  it('not leading its line: its first token only', () => {
    for (const text of ['x key=a b', '--- key: a b', '-- key=a b', 'export x key=a b', '"key=a b', 'x\n"key=a b', 'y x\nz key=a b', '(key": a b', "(key': a b", 'x "key": a b', 'x \\"key\\": a b']) {
      expect(first(text)?.slice(0, 3), text).toEqual(['key', 'a', 'a']);
    }
  });

  it('a key up to 40 columns into its line leads it', () => {
    expect(first(`${' '.repeat(40)}key: a b`)?.[2]).toBe('a b');
    expect(first(`x\n${' '.repeat(40)}key: a b`)?.[2]).toBe('a b');
    expect(first(`${' '.repeat(41)}key: a b`)?.[2]).toBe('a');
  });

  it('only when the line ends within 256 characters of the value', () => {
    const fits = `key=a ${'b'.repeat(254)}`;
    expect(first(fits)?.[2]).toBe(fits.slice(4));
    expect(first(`${fits}b`)?.[2]).toBe('a');
    expect(first(`${fits}\nnext`)?.[2]).toBe(fits.slice(4));
  });

  it('a comment after blanks and the line-end punctuation are cut', () => {
    expect(first('key: a b  # c d')?.[2]).toBe('a b');
    expect(first('key: a b\t; c d')?.[2]).toBe('a b');
    expect(first('key: a b#c')?.[2]).toBe('a b#c');
    expect(first('key: a b.')?.[2]).toBe('a b');
    expect(first('key: a b # c\nnext: 1')?.[2]).toBe('a b');
  });

  it("after `:`, up to the line's next pair; after `=`, its first token when another pair follows", () => {
    expect(first('key: a b c: d')).toEqual(['key', 'a', 'a b', 'a', false, true]);
    expect(first('key=a b c=d')).toEqual(['key', 'a', 'a', 'a', false, true]);
    expect(rows('key: a b c: d')[1]).toEqual(['c', 'd', 'd', 'd', false, true]);
  });

  it('what starts a next pair: a blank, `,`, `;`, `&` or a quote, a key, up to 3 blanks, `=` or `:`', () => {
    for (const text of ['key: a b: 1', 'key: a,b: 1', 'key: a;b: 1', 'key: a&b: 1', 'key: a"b": 1', "key: a 'b': 1", 'key: a b_c.d-e: 1', 'key: a _b: 1', 'key: a Zb: 1', 'key: a b   : 1', 'key: a b= 1', 'key: a b\t: 1']) {
      expect(first(text)?.[2], text).toBe('a');
    }
    expect(first(`key: a b${'c'.repeat(63)}: 1`)?.[2]).toBe('a');
  });

  it('not a next pair: a digit first, a key of 65 characters, 4 blanks, `==`, `::`, `:/`, `:=`', () => {
    for (const text of ['key: a 9b: 1', `key: a b${'c'.repeat(64)}: 1`, 'key: a b    : 1', 'key: a b== 1', 'key: a b:: 1', 'key: a b:/ 1', 'key: a b:= 1', 'key: a b-c d']) {
      expect(first(text)?.[2], text).toBe(text.slice(5));
    }
  });
});

describe("textPairs: a name's words", () => {
  it('up to three capitalized words after a capitalized first, on the same stretch of line', () => {
    expect(first('key=Ann Bee Cee Dee Eee')?.[3]).toBe('Ann Bee Cee Dee');
    expect(first('key=Ann Bee')?.[3]).toBe('Ann Bee');
    expect(first('key=Ann   Bee')?.[3]).toBe('Ann   Bee');
    expect(first('key=Ann\tBee')?.[3]).toBe('Ann\tBee');
    expect(first('key=Ann    Bee')?.[3]).toBe('Ann');
    expect(first('key=ann Bee')?.[3]).toBe('ann');
    expect(first('key=Ann bee Cee')?.[3]).toBe('Ann');
    expect(first('key=Ann, Bee')?.[3]).toBe('Ann');
    expect(first('key=Ann Bee Cee: 1')?.[3]).toBe('Ann Bee');
    expect(first('key=Ann Bee c=1')?.[3]).toBe('Ann Bee');
  });

  it("a word is a capital, then up to 40 letters, marks, apostrophes, dots and dashes", () => {
    expect(first('key=Ann O’Neil J. Bee-Cee')?.[3]).toBe('Ann O’Neil J. Bee-Cee');
    expect(first('key=Ann Be\u0301e')?.[3]).toBe('Ann Be\u0301e');
    expect(first('key=Ann Éva')?.[3]).toBe('Ann Éva');
    expect(first(`key=Ann B${'e'.repeat(40)}`)?.[3]).toBe(`Ann B${'e'.repeat(40)}`);
    expect(first(`key=Ann B${'e'.repeat(41)}`)?.[3]).toBe('Ann');
    expect(first(`key=A${'n'.repeat(40)} Bee`)?.[3]).toBe(`A${'n'.repeat(40)} Bee`);
    expect(first(`key=A${'n'.repeat(41)} Bee`)?.[3]).toBe(`A${'n'.repeat(41)}`);
    for (const word of ['Bee1', '1Bee', 'B/e', 'B=e', 'B:e']) expect(first(`key=Ann ${word}`)?.[3], word).toBe('Ann');
    expect(first('key=A1 Bee')?.[3]).toBe('A1');
  });
});

describe('textPairs: certain', () => {
  it('after `=`, leading its line, beside a pair before it on its line, or before another pair', () => {
    expect(first('see key=v1')?.[5]).toBe(true);
    expect(first('key: v1')?.[5]).toBe(true);
    expect(rows('see a: 1 then key: v1')[1]).toEqual(['key', 'v1', 'v1', 'v1', false, true]);
    expect(first('see key: v1 b: 1')?.[5]).toBe(true);
  });

  it('a lone `key: value` inside a sentence is not; a pair on the line before does not count', () => {
    expect(first('see key: v1')).toEqual(['key', 'v1', 'v1', 'v1', false, false]);
    expect(rows('a=1\nsee key: v1')[1]).toEqual(['key', 'v1', 'v1', 'v1', false, false]);
    expect(rows('a=1\rsee key: v1')[1]).toEqual(['key', 'v1', 'v1', 'v1', false, false]);
    // An unwanted pair before it on the line still counts.
    expect(rows('see a: 1 then key: v1', (name) => name === 'key')).toEqual([['key', 'v1', 'v1', 'v1', false, true]]);
  });
});

describe('elementPairs', () => {
  it('an element with text: its local name, its trimmed text, quoted and certain', () => {
    const text = '<r><ns:ssn a="1">  v 1 </ns:ssn><b> </b><c>w</c></r>';
    expect(elementPairs(text, () => true)).toEqual([
      { name: 'ssn', start: 19, end: 22, lineEnd: 22, nameEnd: 22, quoted: true, certain: true },
      { name: 'c', start: 43, end: 44, lineEnd: 44, nameEnd: 44, quoted: true, certain: true },
    ]);
    expect(text.slice(19, 22)).toBe('v 1');
    expect(elementPairs(text, (name) => name !== 'ssn').map((pair) => pair.name)).toEqual(['c']);
    expect(elementPairs('<a>x<a>', () => true)).toEqual([]);
  });
});
