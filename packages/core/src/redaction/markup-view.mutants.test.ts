import { describe, expect, it } from 'vitest';
import { ATTRIBUTE, markupSpan, markupView, mayHoldMarkup } from './markup-view.js';

// Mutation tests of markup-view.ts (issue 13; docs/TESTING.md, its row): `markupView` called
// directly, with the exact view and, per unit of the view, the original extent it stands for
// (`from-to`: a copied unit its own character, an inserted one the next copied unit's start and
// the last copied unit's end). Fast: no redactor, no hostile sizes.
const mapped = (text: string): [string, string] | [null, null] => {
  const view = markupView(text);
  return view === undefined ? [null, null] : [view.text, view.from.map((from, k) => `${from}-${view.to[k] as number}`).join(' ')];
};

describe('markupView: the view and its map, exactly', () => {
  // Tags (names, the character after the name, unclosed and nested `<`), form fields (attribute
  // quoting, types, autocomplete tokens, selects and options), emphasis (newlines, unmatched and
  // long runs, delimiter kinds), and what a run of markup becomes (a line break, `: `, a blank, nothing).
  it.each([
    ["<input value=\"a>b\" name=x>","b\" name=x>","16-17 17-18 18-19 19-20 20-21 21-22 22-23 23-24 24-25 25-26"],
    ["*a\nb* c",null,null],
    ["*a\rb* c",null,null],
    ["*a* b*","a b*","1-2 3-4 4-5 5-6"],
    ["**a**: c* d","a: c* d","2-3 5-6 6-7 7-8 8-9 9-10 10-11"],
    ["<label>:</label><span>1</span>",": 1","7-8 22-8 22-23"],
    ["<th>a</th>b","a b","4-5 10-5 10-11"],
    ["a</th>","a","0-1"],
    ["a</dd>b","a\nb","0-1 6-1 6-7"],
    ["a<dd>b","a b","0-1 5-1 5-6"],
    ["a<dt>b","a\nb","0-1 5-1 5-6"],
    ["a</dt>b","a b","0-1 6-1 6-7"],
    ["a</dt><dd>b","a: b","0-1 10-1 10-1 10-11"],
    ["<th>Surname</th><th>DOB</th>","Surname DOB","4-5 5-6 6-7 7-8 8-9 9-10 10-11 20-11 20-21 21-22 22-23"],
    ["<input name=a value=b><b>x</b>","\na: b\nx","20-0 20-0 20-0 20-0 20-21 25-21 25-26"],
    ["<input name=a value=\"\">x","\na: x","23-0 23-0 23-0 23-0 23-24"],
    ["<p>a</p>","\na\n","3-0 3-4 8-4"],
    ["** DOB**",null,null],
    ["**DOB **",null,null],
    ["****x****",null,null],
    ["**a** <b>c</b> **d**","a c d","2-3 9-3 9-10 17-10 17-18"],
    ["x<b\tclass=y>z</b>w","xzw","0-1 12-13 17-18"],
    ["a<br/>b","a\nb","0-1 6-1 6-7"],
    ["<b-x>y</b>","<b-x>y","0-1 1-2 2-3 3-4 4-5 5-6"],
    ["<H1>Title</H1>","\nTitle\n","4-0 4-5 5-6 6-7 7-8 8-9 14-9"],
    ["<b no close at all",null,null],
    ["<b <i>x</i>","<b x","0-1 1-2 2-3 6-7"],
    ["<b>a</b><i>b</i>","ab","3-4 11-12"],
    ["<b>a</b> <i>b</i>","a b","3-4 12-4 12-13"],
    ["<input value='O\"Brien' name=x>","\nx: O\"Brien\n","14-0 14-0 14-0 14-0 14-15 15-16 16-17 17-18 18-19 19-20 20-21 30-21"],
    ["<input name=x value=abc>","\nx: abc\n","20-0 20-0 20-0 20-0 20-21 21-22 22-23 24-23"],
    ["<select name=s><option checked value=7>Seven</option></select>","\ns: 7\ns: Seven","37-0 37-0 37-0 37-0 37-38 39-38 39-38 39-38 39-38 39-40 40-41 41-42 42-43 43-44"],
    ["<input selected value name=a>","",""],
    ["<input type=SUBMIT name=a value=b>","",""],
    ["<input type=button name=a value=b>","",""],
    ["<input type=reset name=a value=b>","",""],
    ["<input type=image name=a value=b>","",""],
    ["<input type=text name=a value=b>","\na: b\n","30-0 30-0 30-0 30-0 30-31 32-31"],
    ["<input autocomplete=\" family-name\" name=a value=b>","\nfamily-name: b\n","48-0 48-0 48-0 48-0 48-0 48-0 48-0 48-0 48-0 48-0 48-0 48-0 48-0 48-0 48-49 50-49"],
    ["<input autocomplete=\"Family-Name\" name=a value=b>","\nfamily-name: b\n","47-0 47-0 47-0 47-0 47-0 47-0 47-0 47-0 47-0 47-0 47-0 47-0 47-0 47-0 47-48 49-48"],
    ["<input autocomplete=on name=a value=b>","\na: b\n","36-0 36-0 36-0 36-0 36-37 38-37"],
    ["<input autocomplete=\" \" name=a value=b>","\na: b\n","37-0 37-0 37-0 37-0 37-38 39-38"],
    ["<input autocomplete=\"section-a billing email\" value=b>","\nemail: b\n","52-0 52-0 52-0 52-0 52-0 52-0 52-0 52-0 52-53 54-53"],
    ["<input autocomplete=\"home tel\" value=b>","\ntel: b\n","37-0 37-0 37-0 37-0 37-0 37-0 37-38 39-38"],
    ["</input value=3 name=a>","",""],
    ["<b name=a value=c>x</b>","x","18-19"],
    ["<option selected value=1>a","a","25-26"],
    ["<select name=s></select><option selected value=1>a","a","49-50"],
    ["<textarea>x</textarea>","x","10-11"],
    ["<input name=a value=b> <input name=c value=d>","\na: b\n \nc: d\n","20-0 20-0 20-0 20-0 20-21 22-21 22-23 43-23 43-23 43-23 43-23 43-44 45-44"],
    ["<select name=s><option value=1>x</option><option selected value=2>Two</option></select> end","x\ns: 2\ns: Two end","31-32 64-32 64-32 64-32 64-32 64-65 66-65 66-65 66-65 66-65 66-67 67-68 68-69 87-88 88-89 89-90 90-91"],
    ["***x***","x","3-4"],
    ["_a_ and *b*","a and b","1-2 3-4 4-5 5-6 6-7 7-8 9-10"],
    ["__a_ b",null,null],
    ["*a*","a","1-2"],
    ["x *a* y","x a y","0-1 1-2 3-4 5-6 6-7"],
    ["a\r<th>b","a\rb","0-1 1-2 6-7"],
    ["a\n<th>b","a\nb","0-1 1-2 6-7"],
    ["a\t<th>b","a\tb","0-1 1-2 6-7"],
    ["a <th>b","a b","0-1 1-2 6-7"],
    ["a\u00a0<th>b","a\u00a0b","0-1 1-2 6-7"],
    ["a<th>b","a b","0-1 5-1 5-6"],
    ["a</th>\rb","a\rb","0-1 6-7 7-8"],
    ["a</th>\u00a0b","a\u00a0b","0-1 6-7 7-8"],
    ["a</th>b","a b","0-1 6-1 6-7"],
    ["*\tDOB*: 1",null,null],
    ["*\u00a0DOB*: 1",null,null],
    ["<label></label><span>1</span>",": 1","21-0 21-0 21-22"],
    ["<label>DOB: </label><span>1</span>","DOB:  1","7-8 8-9 9-10 10-11 11-12 26-12 26-27"],
    ["</td><th>x",": x","9-0 9-0 9-10"],
    ["<td>a</td><td>b</td><th>c</th>","a: b: c","4-5 14-5 14-5 14-15 24-15 24-15 24-25"],
    ["</th></tr><tr><th>x","\nx","18-0 18-19"],
    ["<dd>a</dd>b","a\nb","4-5 10-5 10-11"],
    ["<input autocomplete=\"shipping  family-name\" name=a value=b>","\nfamily-name: b\n","57-0 57-0 57-0 57-0 57-0 57-0 57-0 57-0 57-0 57-0 57-0 57-0 57-0 57-0 57-58 59-58"],
    ["**** `a`","**** a","0-1 1-2 2-3 3-4 4-5 6-7"],
    ["*a*:*b*","a:b","1-2 3-4 5-6"],
    ["*a_ b*","a_ b","1-2 2-3 3-4 4-5"],
    ["**** *a*","**** a","0-1 1-2 2-3 3-4 4-5 6-7"],
    ["<input name=a value=b></label><span>1","\na: b\n: 1","20-0 20-0 20-0 20-0 20-21 36-21 36-21 36-21 36-37"],
    ["x<b\u00a0class=y>z</b>w","xzw","0-1 12-13 17-18"],
    ["Array<string> x",null,null],
    ["<textarea name=n>hi</textarea>","\nn: hi","17-0 17-0 17-0 17-0 17-18 18-19"],
    ["<input class=button name=a value=b>","\na: b\n","33-0 33-0 33-0 33-0 33-34 35-34"],
    ["<input id=\"\" value=x>","",""],
    ["<input autocomplete=off name=a value=b>","\na: b\n","37-0 37-0 37-0 37-0 37-38 39-38"],
    ["`a` <b>c</b><p>d","a c\nd","1-2 7-2 7-8 15-8 15-16"],
    ["``a``","a","2-3"],
    ["**a**<p>b","a\nb","2-3 8-3 8-9"],
    ["<th>DOB</th><td>1</td>","DOB: 1","4-5 5-6 6-7 16-7 16-7 16-17"],
    ["<select name=s><input type=checkbox checked name=c value=v>","\nc: v\n","57-0 57-0 57-0 57-0 57-58 59-58"],
    ["<select name=s><option name=o value=1>x</option></select>","x","38-39"],
  ] as Array<[string, string | null, string | null]>)('%j', (text, view, map) => {
    expect(mapped(text)).toEqual([view, map]);
  });
});

describe('markupView: limits and character classes', () => {
  it('a letter, digit or Latin-1 letter beside a delimiter is a word character (no emphasis); a blank or punctuation is not', () => {
    for (const c of ['0', '9', 'A', 'Z', 'a', 'z', '\u00c0', '\u00e9', '\u00ff', '\u4e2d']) {
      expect(markupView(`${c}*DOB*: 1`), `before ${c}`).toBeUndefined();
      expect(markupView(`x *DOB*${c} 1`), `after ${c}`).toBeUndefined();
    }
    for (const c of ['/', ':', '@', '[', '{', '\u00bf', '\u00d7', '\u00f7', ' ', '\t', '\u00a0']) {
      expect(markupView(`${c}*DOB*: 1`)?.text, `before ${c}`).toBe(`${c}DOB: 1`);
      expect(markupView(`x *DOB*${c} 1`)?.text, `after ${c}`).toBe(`x DOB${c} 1`);
    }
  });

  it('a tag is read over at most 512 characters from its `<` to its `>`', () => {
    const tag = (n: number): string => `<b ${'a'.repeat(n)}>x</b>`;
    expect(markupView(tag(508))?.text).toBe('x');
    expect(markupView(tag(509))?.text).toBe(`<b ${'a'.repeat(509)}>x`);
  });

  it('a field name is taken up to 64 characters', () => {
    expect(markupView(`<input name=${'n'.repeat(64)} value=v>`)?.text).toBe(`\n${'n'.repeat(64)}: v\n`);
    expect(markupView(`<input name=${'n'.repeat(65)} value=v>`)?.text).toBe('');
  });

  it('mayHoldMarkup: six characters or more with a `<`, `*`, backtick or `_`', () => {
    expect(mayHoldMarkup('ab<cd')).toBe(false);
    for (const c of ['<', '*', '`', '_']) expect(mayHoldMarkup(`abcde${c}`), c).toBe(true);
    expect(mayHoldMarkup('abcdef')).toBe(false);
  });

  it('markupSpan: an empty or reversed span, or one of inserted units only, stands for nothing', () => {
    const view = markupView('<dt>DOB</dt><dd>1984</dd>');
    expect(view?.text).toBe('\nDOB: 1984\n');
    const v = view as NonNullable<typeof view>;
    expect(markupSpan(v, 1, 1)).toBeUndefined();
    expect(markupSpan(v, 2, 1)).toBeUndefined();
    expect(markupSpan(v, 4, 6)).toBeUndefined();
    expect(markupSpan(v, 1, 4)).toEqual([4, 7]);
    expect(markupSpan(v, 1, 10)).toEqual([4, 20]);
    expect(markupSpan(v, 0, 11)).toEqual([4, 20]);
  });

  it('ATTRIBUTE reads a name and its double-quoted, single-quoted or bare value', () => {
    const all = (text: string): string[][] => {
      const out: string[][] = [];
      ATTRIBUTE.lastIndex = 0;
      for (let m = ATTRIBUTE.exec(text); m !== null; m = ATTRIBUTE.exec(text)) out.push([m[1] as string, m[2] ?? m[3] ?? m[4] ?? '-']);
      return out;
    };
    expect(all(' a="1 2" b=\'3\' c=4 d / e = 5')).toEqual([['a', '1 2'], ['b', '3'], ['c', '4'], ['d', '-'], ['e', '5']]);
  });
});

// Steps counted (`work`): each character of the scan, each character an `indexOf` passed over
// (`<b no close`: 1 + 9 + 9 + 10), each attribute read, each copied character and each character
// `lastShown` looked back over.
const STEPS: Record<string, number> = {
  '<label>DOB:</label> <span>x</span> <input name=a value=b>': 79,
  '<b no close': 29,
  '<b>x <i no close': 48,
  '**a** b `c` d': 18,
  '<select name=s><option selected value=1>One</option></select>': 90,
  // The next `>` is looked for once (not again from the second and third `<b`), an attribute of any tag is read.
  '<b <b <b>': 22,
  '<b class=x>y</b>': 23,
};

describe('markupView: the work it counts (the linearity measure of markup-view.test.ts)', () => {
  it.each([
    ['<label>DOB:</label> <span>x</span> <input name=a value=b>'],
    ['<b no close'],
    ['<b>x <i no close'],
    ['**a** b `c` d'],
    ['<select name=s><option selected value=1>One</option></select>'],
    ['<b <b <b>'],
    ['<b class=x>y</b>'],
  ])('%j', (text) => {
    const work = { steps: 0 };
    markupView(text, work);
    expect(work.steps).toBe(STEPS[text]);
  });
});

describe('markupView: an empty attribute names no field (found by Stryker, 2026-12-04)', () => {
  // `name=""` beside an `id` (a blank name is common in generated forms): the field is the id's,
  // as the file's rule says (the autofill name, else the name, else the id); an empty name hid it.
  it.each([
    ['<input name="" id="ssn" value="536228514">', '\nssn: 536228514\n'],
    ["<input id='last_name' name='' value='Vlintuk'>", '\nlast_name: Vlintuk\n'],
    ['<input name="" value="x">', ''],
    ['<select name="" id="dob"><option selected value="1984-03-12">12 March</option></select>', '\ndob: 1984-03-12\ndob: 12 March'],
  ])('%j', (text, view) => {
    expect(markupView(text)?.text).toBe(view);
  });
});
