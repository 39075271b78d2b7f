// Issue 13: direct calls of special-categories.ts detectProseCategories (special categories in lower-case
// prose, 20e305ae), written from the Stryker run of 2026-12-07 (docs/TESTING.md, its row), whose only tests
// went through detectSensitive. Each of the thirteen forms (the last one too: the loop over the groups
// must reach it) with its exact span, type and class; look-alikes that must stay.
import { describe, expect, it } from 'vitest';
import { detectProseCategories } from './special-categories.js';
import type { Detection } from './types.js';

const found = (text: string): Array<[string, string, string]> => {
  const out: Detection[] = [];
  detectProseCategories(text, out);
  return out.map((d) => [text.slice(d.start, d.end), d.type, d.class]);
};
const RELIGION = ['RELIGION', 'pii.special.religion'] as const;
const UNION = ['TRADE_UNION', 'pii.special.trade_union'] as const;
const ORIENTATION = ['SEXUAL_ORIENTATION', 'pii.special.sexual_orientation'] as const;
const DISABILITY = ['DISABILITY', 'phi.disability'] as const;

describe('detectProseCategories: each form, its span and its kind', () => {
  it.each([
    ["i'm a devout roman catholic.", 'roman catholic', RELIGION],
    ['she is gay', 'gay', ORIENTATION],
    ['he was registered disabled', 'registered disabled', DISABILITY],
    ['i am a member of the unite union', 'unite union', UNION],
    ['we joined the gmb union', 'gmb union', UNION],
    ['he is a union member', 'union member', UNION],
    ['my religion is islam', 'islam', RELIGION],
    ['her sexuality is straight', 'straight', ORIENTATION],
    ['registered blind', 'registered blind', DISABILITY],
    ['ich bin in der gewerkschaft', 'gewerkschaft', UNION],
    ['er ist schwul', 'schwul', ORIENTATION],
    ['sie ist katholisch', 'katholisch', RELIGION],
    ['wir sind schwerbehindert', 'schwerbehindert', DISABILITY],
    ['I AM MUSLIM', 'MUSLIM', RELIGION],
  ] as const)('%s', (text, value, [type, klass]) => {
    expect(found(`note: ${text}`)).toEqual([[value, type, klass]]);
  });

  it("every value of the forms passes the gate: `jew`, `jehovah's witness`, German `bisexuell` (until 2026-12-07 the gate held none of them and the line was stored raw)", () => {
    expect(found("i'm a jew")).toEqual([['jew', ...RELIGION]]);
    expect(found('he is a devout jew.')).toEqual([['jew', ...RELIGION]]);
    expect(found("she is a jehovah's witness")).toEqual([["jehovah's witness", ...RELIGION]]);
    expect(found('er ist bisexuell')).toEqual([['bisexuell', ...ORIENTATION]]);
  });

  // `bi` is one of ORIENTATIONS; the gate reads it as a word (`\bbi\b`, h/leaks of 2026-12-07; a
  // two-letter substring would open the gate for most texts).
  it("`i'm bi` (the gate reads it as a word)", () => {
    expect(found("i'm bi")).toEqual([['bi', ...ORIENTATION]]);
  });

  it('several in one text, each at its own place', () => {
    const text = 'hi. i am jewish and he is bisexual; wir sind schwerbehindert. she joined the unite union';
    expect(found(text)).toEqual([
      ['jewish', ...RELIGION], ['bisexual', ...ORIENTATION], ['schwerbehindert', ...DISABILITY], ['unite union', ...UNION],
    ]);
  });

  it('the value spelled with two blanks keeps its span; its normalized form is one token', () => {
    const out: Detection[] = [];
    detectProseCategories('i am roman  catholic', out);
    expect(out.map((d) => [d.start, d.end, d.normalized])).toEqual([[5, 20, 'ROMANCATHOLIC']]);
  });

  it('look-alikes stay', () => {
    // `Maria is catholic` stayed until 2026-12-07d (a name as the subject; personal-subjects.ts since): a place's name stays.
    for (const text of ['the catholic church', 'i am catholic school educated', 'the account is disabled', 'european union', 'they are members of the unite union', 'Ireland is catholic', 'Jordan is Muslim']) {
      expect([text, found(text)]).toEqual([text, []]);
    }
  });

  it('a given name as the subject: the value, and the name as a PERSON only with `persons`', () => {
    expect(found('Maria is catholic')).toEqual([['catholic', ...RELIGION]]);
    const out: Detection[] = [];
    detectProseCategories('Maria is catholic', out, true);
    expect(out.map((d) => [d.start, d.end, d.type, d.class])).toEqual([[9, 17, 'RELIGION', 'pii.special.religion'], [0, 5, 'PERSON', 'pii.person']]);
  });
});
