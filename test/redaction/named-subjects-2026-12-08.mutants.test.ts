// Issue 13, the Stryker run of 2026-12-08 on names.ts givenNameTier and the dispatcher's `persons` arguments
// (detectors.ts detectText: detectCompensation's and detectProseCategories' third argument, `(on & PERSON) !== 0`),
// the code of 2026-12-07d's leaks session (named-subjects-2026-12-07d.test.ts reached them through a redactor with every
// detector on). Here: givenNameTier called directly at each of its answers and shapes, with the name lists missing,
// and the dispatcher with the `person`, `iban` and `special` detectors each on or off.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectSensitive } from '@agent-audit/core';
import { givenNameTier } from '../../packages/core/src/redaction/names.js';

const found = (text: string, builtins?: readonly string[]): string[] =>
  detectSensitive(text, builtins === undefined ? {} : { builtins: builtins as never }).map((d) => `${d.type}:${text.slice(d.start, d.end)}`).sort();

describe('givenNameTier', () => {
  it('2 for a listed given name that is no place, month or team word, and for an accented one the lists lack', () => {
    expect(['Amara', 'Pedro', 'Anna', 'Lucía', 'Zoë', 'Mélanie'].map(givenNameTier)).toEqual([2, 2, 2, 2, 2, 2]);
  });

  it('1 for a listed given name that is a place, a month or a team word', () => {
    // `Care` is a listed given name and a team's word only (names.ts TEAM_WORDS); `Jordan`, `Paris` places, `April` a month.
    expect(['Jordan', 'Paris', 'April', 'Care'].map(givenNameTier)).toEqual([1, 1, 1, 1]);
  });

  it('0 for a word no list holds as a given name, and for one of NOT_NAMES (`Christian`, a listed given name and a creed)', () => {
    expect(['Apple', 'Christmas', 'Monday', 'Christian'].map(givenNameTier)).toEqual([0, 0, 0, 0]);
  });

  it('0 for a listed name not written as one capitalized word: lower case, capitals, a capital inside or at the end, a digit, two words', () => {
    // `ANna` and `AnnA` hold `Nna` and `Ann`, a capital and lower-case letters: the whole word must be one.
    expect(['amara', 'AMARA', 'ANna', 'AnnA', 'Anna1', 'Anna Okafor', 'A'].map(givenNameTier)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('givenNameTier with the name lists missing', () => {
  afterEach(() => {
    vi.doUnmock('node:fs');
    vi.resetModules();
  });

  it('answers 0 (no throw, no other value)', async () => {
    vi.resetModules();
    vi.doMock('node:fs', async (importOriginal) => {
      const actual = await importOriginal<typeof import('node:fs')>();
      return {
        ...actual,
        readFileSync: (path: string, ...rest: unknown[]) => {
          if (String(path).endsWith('person-names.bin')) throw new Error('ENOENT');
          return (actual.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
        },
      };
    });
    const names = await import('../../packages/core/src/redaction/names.js');
    expect(['Amara', 'Lucía', 'Jordan'].map((word) => names.givenNameTier(word))).toEqual([0, 0, 0]);
  });
});

describe('the dispatcher: a named subject is a PERSON only with the person detector on', () => {
  it('a salary earned: the name with `person` and `iban`, the amount alone with `iban`, nothing with `person` alone', () => {
    expect(found('Maria earns 61k a year', ['iban', 'person'])).toEqual(['PERSON:Maria', 'SALARY:61k']);
    expect(found('Maria earns 61k a year', ['iban'])).toEqual(['SALARY:61k']);
    expect(found('Maria earns 61k a year', ['person'])).toEqual([]);
  });

  it('a special category: the name with `person` and `special`, the value alone with `special`, nothing with `person` alone', () => {
    expect(found('Maria is catholic', ['special', 'person'])).toEqual(['PERSON:Maria', 'RELIGION:catholic']);
    expect(found('Maria is catholic', ['special'])).toEqual(['RELIGION:catholic']);
    expect(found('Maria is catholic', ['person'])).toEqual([]);
  });

  it('the prose categories of a text of four letters, the dispatcher\'s bound (`im bi`)', () => {
    expect(found('im bi', ['special'])).toEqual(['SEXUAL_ORIENTATION:bi']);
    expect(found('im bi')).toEqual(['SEXUAL_ORIENTATION:bi']);
  });
});
