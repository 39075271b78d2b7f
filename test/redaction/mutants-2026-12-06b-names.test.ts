// Issue 13: names.ts's lines of 2026-12-06's second session (e72cfc9a, 23435a16, da15f360), from the
// survivors of their Stryker run (docs/TESTING.md, the row "name-contexts.ts and names.ts of 2026-12-06's
// second session"): isKoreanName (a role key's one Hangul word), the Korean trial label with and without a
// colon, a memorial's head after a place's words. Direct calls; each test was seen to fail with a mutant
// of that run made by hand.
import { describe, expect, it } from 'vitest';
import type { Detection } from '../../packages/core/src/redaction/types.js';
import { detectKoreanNames, isKoreanName } from '../../packages/core/src/redaction/names.js';

describe('isKoreanName: one Hangul word that reads as a Korean name', () => {
  it('a family name and one to three given syllables, a compound family name with two', () => {
    for (const word of ['이준호', '김민준', '이준', '남궁민수']) expect(isKoreanName(word)).toBe(true);
  });
  it('one syllable, more than five, four without a compound family name, a trial noun, a title, other scripts', () => {
    for (const word of ['이', '남궁민수호', '이준호민수', '김민준호', '안전성', '선생님', '이준호a', 'a이준호', 'Lee']) expect(isKoreanName(word)).toBe(false);
  });
});

describe('detectKoreanNames: a trial label before a name', () => {
  const names = (text: string): string[] => {
    const out: Detection[] = [];
    detectKoreanNames(text, out);
    return out.map((d) => text.slice(d.start, d.end));
  };
  it('with no colon, before a record\'s punctuation or the line\'s end; with a colon, before a particle', () => {
    expect(names('피험자 이준호, 방문 3')).toEqual(['이준호']);
    expect(names('피험자 이준호')).toEqual(['이준호']);
    expect(names('피험자: 이준호가 왔다')).toEqual(['이준호']);
    expect(names('대상자 전원이 동의했다')).toEqual([]);
    expect(names('대상자 안전성, 1차')).toEqual([]);
  });
});
