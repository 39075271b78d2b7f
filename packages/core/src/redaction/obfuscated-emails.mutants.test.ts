// What obfuscated-emails.ts promises (issue 13, from surviving mutants of obfuscated-emails.ts):
// each separator of the grammar (bracketed at- and dot-words, `@` and `.` with spaces, the bare
// words), its spacing and bracket rules, the characters of local parts, labels and top-level
// domains, the bounds (3 spaces, 64 local characters, 5 local parts, 10 labels of 63 characters,
// TLDs of 2-24 letters or punycode), the bare form's rules (dot-words only, real TLDs, word TLDs end
// the clause, prose words, the mail cue or a field of its own), and the look-alikes left alone.
// In process: obfuscated-emails.ts alone, no other detector.
import { describe, expect, it } from 'vitest';
import { detectObfuscatedEmails, isProseWord, type ScanWork } from './obfuscated-emails.js';
import type { Detection } from './types.js';

/** Each address found: `span => normalized`. */
const found = (text: string): string[] => {
  const out: Detection[] = [];
  detectObfuscatedEmails(text, out);
  for (const d of out) {
    expect(d.type).toBe('EMAIL');
    expect(d.class).toBe('pii.email');
  }
  return out.map((d) => `${text.slice(d.start, d.end)} => ${d.normalized}`);
};
/** The one address found in `text`, normalized, or undefined when none is. */
const one = (text: string): string | undefined => {
  const all = found(text);
  expect(all.length, text).toBeLessThanOrEqual(1);
  return all[0]?.split(' => ')[1];
};

describe('the at separator', () => {
  it('takes every bracket pair, any case, the @ and the at-words inside, with up to three spaces or tabs', () => {
    expect(found('dave[at]example[dot]com')).toEqual(['dave[at]example[dot]com => dave@example.com']);
    expect(one('dave(AT)example(dot)com')).toBe('dave@example.com');
    expect(one('dave{At}example{dot}com')).toBe('dave@example.com');
    expect(one('dave<aT>example<dot>com')).toBe('dave@example.com');
    expect(one('dave[@]example[dot]com')).toBe('dave@example.com');
    expect(one('dave (arroba) example (punto) es')).toBe('dave@example.es');
    expect(one('dave [arobase] example [point] fr')).toBe('dave@example.fr');
    expect(one('dave [ \t at   ] example [dot] com')).toBe('dave@example.com');
    expect(one('dave[   @   ]example[dot]com')).toBe('dave@example.com');
  });
  it('refuses a mismatched bracket, another word, four spaces, and a bracket with no word', () => {
    for (const text of ['dave[at)example[dot]com', 'dave(at]example(dot)com', 'dave [ta] example [dot] com', 'dave [atx] example [dot] com', 'dave [att] example [dot] com',
      'dave [    at] example [dot] com', 'dave [at    ] example [dot] com', 'dave [] example [dot] com', 'dave [arobases] example [dot] com', 'dave [at', 'dave [@', 'dave [a']) {
      expect(found(text), text).toEqual([]);
    }
  });
  it('takes `@` with spaces or tabs on both sides, or glued on when a dot is obfuscated', () => {
    expect(found('dave @ example . com')).toEqual(['dave @ example . com => dave@example.com']);
    expect(found('dave\t@\texample\t.\tcom')).toEqual(['dave\t@\texample\t.\tcom => dave@example.com']);
    expect(found('dave @ example.com')).toEqual(['dave @ example.com => dave@example.com']);
    expect(found('dave@example[dot]com')).toEqual(['dave@example[dot]com => dave@example.com']);
    expect(found('dave@example . com')).toEqual(['dave@example . com => dave@example.com']);
    // Spaced on one side only, or plain: not this detector's.
    for (const text of ['dave @example . com', 'dave@ example . com', 'dave@example.com', '@ example . com', 'a@b.c.com']) expect(found(text), text).toEqual([]);
  });
  it('with whitespace the only obfuscation, the TLD is a real one', () => {
    expect(found('y = x @ self.weight')).toEqual([]);
    expect(found('dave@example . weight')).toEqual([]);
    expect(found('dave @ example . weight')).toEqual([]);
    expect(one('dave @ example . museum')).toBe('dave@example.museum');
    // A bracketed separator needs no real TLD.
    expect(one('dave [at] example [dot] weight')).toBe('dave@example.weight');
    expect(one('dave@example[dot]weight')).toBe('dave@example.weight');
  });
});

describe('the dot separator', () => {
  it('takes every bracket, any case, the dot-words of five languages and a bracketed dot', () => {
    expect(one('a [at] b [DOT] com')).toBe('a@b.com');
    expect(one('a [at] b (Punkt) de')).toBe('a@b.de');
    expect(one('a [at] b {point} fr')).toBe('a@b.fr');
    expect(one('a [at] b <punto> it')).toBe('a@b.it');
    expect(one('a [at] b (punt) nl')).toBe('a@b.nl');
    expect(one('a [at] b [.] com')).toBe('a@b.com');
    expect(one('a [at] b [ . ] com')).toBe('a@b.com');
    expect(one('a [at] b [   dot   ] com')).toBe('a@b.com');
  });
  it('refuses a mismatched bracket, another word, a dot spaced on one side, four spaces', () => {
    for (const text of ['a [at] b [dot) com', 'a [at] b [dots] com', 'a [at] b [pointer] com', 'a [at] b [do] com', 'a [at] b [dotdot] com', 'a [at] b .com', 'a [at] b. com',
      'a [at] b [    dot] com', 'a [at] b    [dot] com', 'a [at] b [dot]    com', 'a [at]    b [dot] com', 'a [at] b [..] com', 'a [at] b []', 'a [at] b [']) {
      expect(found(text), text).toEqual([]);
    }
    expect(one('a [at] b . com')).toBe('a@b.com');
    expect(one('a [at] b.com')).toBe('a@b.com');
    expect(one('a [at] b   .   com')).toBe('a@b.com');
  });
  it('takes the bare word dot, any case, between spaces', () => {
    expect(one('a [at] b dot com')).toBe('a@b.com');
    expect(one('a [at] b DoT com')).toBe('a@b.com');
    expect(one('a [at] b\tdot\tcom')).toBe('a@b.com');
    for (const text of ['a [at] b dotty com', 'a [at] b dot', 'a [at] b xdot com', 'a [at] b dotcom', 'a [at] b d0t com', 'a [at] b dat com', 'a [at] b dog com']) {
      expect(found(text), text).toEqual([]);
    }
  });
});

describe('labels and the top-level domain', () => {
  it('labels hold ASCII letters, digits and hyphens of every range, and letters of any script', () => {
    expect(one('a [at] AZaz09-x [dot] com')).toBe('a@azaz09-x.com');
    expect(one('a [at] bücher [dot] de')).toBe('a@bücher.de');
    expect(one('a [at] b [dot] рф')).toBe('a@b.рф');
    // A character just outside each ASCII range ends the label.
    for (const [char, label] of [['/', 'x'], [':', 'x'], ['[', 'x'], ['`', 'x'], ['{', 'x'], ['_', 'x']]) {
      expect(found(`a [at] b${char}${label} [dot] com`), char).toEqual([]);
    }
  });
  it('the TLD is 2 to 24 letters of any case, or punycode of 6 to 63 characters', () => {
    expect(one('a [at] b [dot] AZ')).toBe('a@b.az');
    expect(one('a [at] b [dot] za')).toBe('a@b.za');
    expect(one(`a [at] b [dot] ${'x'.repeat(24)}`)).toBe(`a@b.${'x'.repeat(24)}`);
    expect(found(`a [at] b [dot] ${'x'.repeat(25)}`)).toEqual([]);
    expect(found('a [at] b [dot] x')).toEqual([]);
    for (const tld of ['c0m', 'co9', 'c-m', 'x1', '٣٣']) expect(found(`a [at] b [dot] ${tld}`), tld).toEqual([]);
    expect(one('a [at] b [dot] xn--p1')).toBe('a@b.xn--p1');
    expect(one('a [at] b [dot] XN--P1AI')).toBe('a@b.xn--p1ai');
    expect(one(`a [at] b [dot] xn--${'a'.repeat(59)}`)).toBe(`a@b.xn--${'a'.repeat(59)}`);
    expect(found('a [at] b [dot] xn--p')).toEqual([]);
    expect(found('a [at] b [dot] xn--p_1')).toEqual([]);
    expect(found('a [at] b [dot] xn--p1ä')).toEqual([]);
  });
  it('takes the longest run of labels that ends in a TLD; a TLD followed by _ is none', () => {
    expect(found('a [at] b [dot] com [dot] 42')).toEqual(['a [at] b [dot] com => a@b.com']);
    expect(found('a [at] b [dot] com_x')).toEqual([]);
    expect(found('a [at] b [dot] c [dot] com_x')).toEqual(['a [at] b [dot] c => a@b.c'].filter(() => false));
    expect(one('a [at] b [dot] co [dot] uk')).toBe('a@b.co.uk');
  });
  it('reads labels of at most 63 characters, and at most 10 of them', () => {
    expect(one(`a [at] ${'b'.repeat(63)} [dot] com`)).toBe(`a@${'b'.repeat(63)}.com`);
    expect(found(`a [at] ${'b'.repeat(64)} [dot] com`)).toEqual([]);
    const labels = 'bcdefghijklm'.split('').map((c) => c + c);
    expect(one(`a [at] ${labels.join(' [dot] ')}`)).toBe(`a@${labels.slice(0, 10).join('.')}`);
    expect(one(`a [at] ${labels.slice(0, 10).join(' [dot] ')}`)).toBe(`a@${labels.slice(0, 10).join('.')}`);
  });
  it('needs a domain of two labels', () => {
    for (const text of ['a [at] com', 'a [at] [dot] com', 'a [at] ', 'a [at]']) expect(found(text), text).toEqual([]);
  });
});

describe('the local part', () => {
  it('holds letters, digits and . _ % + - \' of every range, and letters of any script', () => {
    expect(one("AZaz09._%+-' [at] b [dot] com")).toBe("azaz09._%+-'@b.com");
    expect(one('jürgen [at] b [dot] de')).toBe('jürgen@b.de');
    for (const char of ['/', ':', '@', '[', '`', '{', ',', '!']) {
      expect(found(`x${char}dave [at] b [dot] com`), char).toEqual([`dave [at] b [dot] com => dave@b.com`]);
    }
  });
  it('reads at most 64 characters back, and drops leading dots', () => {
    expect(one(`${'x'.repeat(70)} [at] b [dot] com`)).toBe(`${'x'.repeat(64)}@b.com`);
    expect(one(`${'x'.repeat(64)} [at] b [dot] com`)).toBe(`${'x'.repeat(64)}@b.com`);
    expect(found('...dave [at] b [dot] com')).toEqual(['dave [at] b [dot] com => dave@b.com']);
    expect(found('dave. [at] b [dot] com')).toEqual([]);
    expect(found('[at] b [dot] com')).toEqual([]);
    expect(found('... [at] b [dot] com')).toEqual([]);
  });
  it('joins parts by a bracketed dot always, and by a spaced dot or a bare dot only when the domain uses one', () => {
    expect(one('john [dot] smith [at] example [dot] com')).toBe('john.smith@example.com');
    expect(one('john[.]smith[at]example[dot]com')).toBe('john.smith@example.com');
    expect(one('john (punkt) smith [at] example [dot] com')).toBe('john.smith@example.com');
    expect(one('john . smith @ example . com')).toBe('john.smith@example.com');
    expect(one('john . smith [at] example [dot] com')).toBe('smith@example.com');
    expect(one('john. smith @ example . com')).toBe('smith@example.com');
    expect(one('john .smith @ example . com')).toBe('smith@example.com');
    expect(one('john dot smith [at] example dot com')).toBe('john.smith@example.com');
    expect(one('john dot smith [at] example [dot] com')).toBe('smith@example.com');
    expect(one('john xdot smith [at] example dot com')).toBe('smith@example.com');
    expect(one('john [dot) smith [at] example [dot] com')).toBe('smith@example.com');
    expect(one('john [dots] smith [at] example [dot] com')).toBe('smith@example.com');
    expect(one('john [..] smith [at] example [dot] com')).toBe('smith@example.com');
    expect(one('dot] smith [at] example [dot] com')).toBe('smith@example.com');
  });
  it('reads at most five parts', () => {
    expect(one('a [dot] b [dot] c [dot] d [dot] e [dot] f [at] x [dot] com')).toBe('b.c.d.e.f@x.com');
    expect(one('b [dot] c [dot] d [dot] e [dot] f [at] x [dot] com')).toBe('b.c.d.e.f@x.com');
  });
  it('reports the whole span, from the local part to the TLD, and goes on after it', () => {
    const text = 'to: a [at] b [dot] com, c (at) d (dot) org; e@f[dot]net';
    const out: Detection[] = [];
    detectObfuscatedEmails(text, out);
    expect(out.map((d) => [d.start, d.end, d.normalized])).toEqual([
      [4, 22, 'a@b.com'],
      [24, 42, 'c@d.org'],
      [44, 55, 'e@f.net'],
    ]);
  });
});

describe('the bare form', () => {
  it('takes `at` and `dot` words after a mail cue, any case, with a real TLD', () => {
    expect(found('write to dave at example dot com')).toEqual(['dave at example dot com => dave@example.com']);
    expect(one('Please write to Sam At Example Dot Com')).toBe('sam@example.com');
    expect(one('email dave at example [dot] com')).toBe('dave@example.com');
    expect(one('contact: dave at mail dot example dot co dot uk')).toBe('dave@mail.example.co.uk');
  });
  it('every domain separator is a dot-word: a plain or spaced dot makes it a sentence', () => {
    for (const text of ['write to dave at example.com', 'write to dave at example . com', 'write to dave at mail.example dot com', 'the docs are available at docs.example.com']) {
      expect(found(text), text).toEqual([]);
    }
  });
  it('needs a real TLD', () => {
    expect(found('write to dave at example dot weight')).toEqual([]);
    expect(found('write to dave at example dot xn--p1ai')).toEqual([]);
    expect(one('write to dave at example dot museum')).toBe('dave@example.museum');
  });
  it('a TLD that is also a word ends the clause', () => {
    expect(one('write to dave at example dot it')).toBe('dave@example.it');
    expect(one('write to dave at example dot it.')).toBe('dave@example.it');
    expect(one('write to dave at example dot it, thanks')).toBe('dave@example.it');
    expect(one('write to dave at example dot it 4 me')).toBe('dave@example.it');
    expect(found('write to dave at example dot it is near')).toEqual([]);
    expect(found('write to dave at example dot shop today')).toEqual([]);
    // A TLD that is no word may go on into the sentence.
    expect(one('write to dave at example dot com today')).toBe('dave@example.com');
    // The longest run that ends well: `co dot uk is` ends in a word TLD going on, `co` is one.
    expect(one('write to dave at example dot de dot in here')).toBe('dave@example.de');
  });
  it('refuses a prose word as a domain label or as the local part', () => {
    for (const text of ['write to dave at the dot com', 'write to dave at example dot the dot com', 'look at example dot com', 'visit us at example dot com', 'He works at Google dot com now', 'email me at example dot com']) {
      expect(found(text), text).toEqual([]);
    }
    expect(isProseWord('Look')).toBe(true);
    expect(isProseWord('dave')).toBe(false);
  });
  it('a local part needs a letter', () => {
    expect(found('write to 12345 at example dot com')).toEqual([]);
    expect(found('write to 1.2 at example dot com')).toEqual([]);
    expect(one('write to 1x at example dot com')).toBe('1x@example.com');
  });
  it('a local part spelled like a mailbox needs no cue', () => {
    expect(one('I think john.smith at example dot com is right')).toBe('john.smith@example.com');
    expect(one('I think jane_doe at example dot com is right')).toBe('jane_doe@example.com');
    expect(one('I think jane+news at example dot com is right')).toBe('jane+news@example.com');
    expect(one('I think jane%x at example dot com is right')).toBe('jane%x@example.com');
    expect(one('I think john dot smith at example dot com is right')).toBe('john.smith@example.com');
    // A one-word local part that is no listed name and has no digit (a listed name such as `jane`
    // is taken without a cue now: bare-emails.test.ts).
    expect(found('I think sales at example dot com is right')).toEqual([]);
    expect(found("I think jane-doe at example dot com is right")).toEqual([]);
  });
  it('a one-word local part is taken as a field of its own: the whole text, or after a line, colon, quote, bracket or comma, with no word after it', () => {
    expect(one('dave at example dot com')).toBe('dave@example.com');
    expect(one('dave at example dot com.')).toBe('dave@example.com');
    expect(one('dave at example dot com, thanks')).toBe('dave@example.com');
    expect(one('Support: dave at example dot com')).toBe('dave@example.com');
    expect(one('Support:   dave at example dot com')).toBe('dave@example.com');
    expect(one('line\ndave at example dot com')).toBe('dave@example.com');
    expect(one('("dave at example dot com")')).toBe('dave@example.com');
    expect(one('a, dave at example dot com')).toBe('dave@example.com');
    // `sales`: no listed name (`dave` is, and is taken in mid-sentence now: bare-emails.test.ts).
    for (const text of ['Support: sales at example dot com today', 'Support sales at example dot com', 'prices at amazon dot com are low', 'so sales at example dot com']) {
      expect(found(text), text).toEqual([]);
    }
  });
  it('the mail cue is looked for in the 48 characters before the local part', () => {
    const gap = (n: number) => 'x'.repeat(n);
    // `sales`: no listed name, so only the cue can make it a mailbox.
    expect(one(`write ${gap(41)} sales at example dot com is it`)).toBe('sales@example.com');
    expect(found(`write ${gap(42)} sales at example dot com is it`)).toEqual([]);
    expect(found(`an ${gap(60)} sales at example dot com is it`)).toEqual([]);
  });
  it('a bare `at` needs a space or tab on both sides and a whole word', () => {
    expect(one('write to dave\tat\texample dot com')).toBe('dave@example.com');
    for (const text of ['write to dave at  example dot comma', 'write to dave ate example dot com', 'write to dave attic example dot com', 'write to daveat example dot com']) {
      expect(found(text), text).toEqual([]);
    }
  });
});

describe('look-alikes', () => {
  it('leaves prose, operators, mentions and plain addresses alone', () => {
    for (const text of [
      'meet at the station dot', 'at 5 dot 30', 'arrive at 5 dot in the morning', 'Python 3.12 at python dot org', 'HEAD is at 3f2c1a9 in repo example.com',
      'out = a @ b.T', 'thanks @ team.lead for the review', 'connect the dots at scale; on the dot at nine', 'see @mention and a@b', 'Look at the diagram (dot) above at right',
      '', '@', ' at ', '[at]', '(@)',
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });
});

describe('the work counter', () => {
  const steps = (text: string): number => {
    const work: ScanWork = { steps: 0 };
    detectObfuscatedEmails(text, [], work);
    return work.steps;
  };
  it('counts at least every character of each address found, and adds to what is there', () => {
    for (const text of ['dave [at] example [dot] com', 'dave @ example . com', 'write to dave at example dot com', 'john [dot] smith [at] example [dot] co [dot] uk', 'a [at] b']) {
      expect(steps(text), text).toBeGreaterThanOrEqual(text.length - 9);
      expect(steps(text), text).toBeLessThan(text.length * 3);
    }
    const work: ScanWork = { steps: 100 };
    detectObfuscatedEmails('dave [at] example [dot] com', [], work);
    expect(work.steps).toBeGreaterThan(100);
    // Without a counter the scan runs the same.
    expect(one('dave [at] example [dot] com')).toBe('dave@example.com');
  });
  it('counts a refused anchor too', () => {
    expect(steps('x [ab] y')).toBeGreaterThan(0);
    expect(steps('x @ y')).toBeGreaterThan(0);
    expect(steps('nothing here')).toBe(0);
  });
});

describe('more of the grammar (from the survivors of the after run)', () => {
  it('at- and dot-words are ASCII words in any case: a Kelvin sign (which lower-cases to k) is no k', () => {
    expect(found('a [at] b (pun\u212At) de')).toEqual([]);
    expect(found('a [at] b (PUN\u212AT) de')).toEqual([]);
    expect(one('a [at] b (PUNKT) de')).toBe('a@b.de');
  });
  it('a punycode TLD may hold hyphens after xn--', () => {
    expect(one('a [at] b [dot] xn--vermgensberater-ctb')).toBe('a@b.xn--vermgensberater-ctb');
  });
  it('at most three spaces between the local part and a bracketed at', () => {
    expect(one('dave   [at] b [dot] com')).toBe('dave@b.com');
    expect(found('dave    [at] b [dot] com')).toEqual([]);
  });
  it('a bare dot-word is dot itself, not another word of three letters', () => {
    expect(found('a [at] b not com')).toEqual([]);
    expect(one('john and smith [at] example dot com')).toBe('smith@example.com');
  });
  it('a bracket that is no at-word after domain-like text finds nothing', () => {
    expect(found('ab [dot] com (ax)')).toEqual([]);
    expect(found('ab [dot] com (at]')).toEqual([]);
  });
  it('a label over 63 characters anywhere refuses the whole domain', () => {
    expect(found(`a [at] b [dot] com [dot] ${'c'.repeat(64)}`)).toEqual([]);
  });
  it('the 64 characters of a local part count across its parts', () => {
    const text = `${'a'.repeat(30)} [dot] ${'b'.repeat(30)} [dot] ${'c'.repeat(30)} [at] x [dot] com`;
    expect(one(text)).toBe(`${'a'.repeat(4)}.${'b'.repeat(30)}.${'c'.repeat(30)}@x.com`);
  });
  it('a glued @ with a plain dot and an obfuscated one is found', () => {
    expect(one('dave@example.co[dot]uk')).toBe('dave@example.co.uk');
  });
  it('a bracketed at with plain dots needs no real TLD; a spaced @ with a bracketed dot neither', () => {
    expect(one('dave [at] example.weight')).toBe('dave@example.weight');
    expect(one('dave @ example.co [dot] weight')).toBe('dave@example.co.weight');
  });
  it('the local part takes the separators of the domain as found, not of labels past the TLD', () => {
    expect(one('john . smith [at] example [dot] com . 42')).toBe('smith@example.com');
    expect(one('john [dot] smith @ example . com')).toBe('john.smith@example.com');
  });
  it('the work for an address does not depend on where it is in the text', () => {
    const steps = (text: string) => {
      const work: ScanWork = { steps: 0 };
      detectObfuscatedEmails(text, [], work);
      return work.steps;
    };
    expect(steps(`${'x'.repeat(1000)} dave [at] example [dot] com`)).toBe(steps(' dave [at] example [dot] com'));
  });
});
