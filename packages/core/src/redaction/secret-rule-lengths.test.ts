// The secret rules of detectors.ts (`detectSecretSpans`) run only on texts long enough to hold a
// match of theirs (prefilter.ts minMatchLength): a short text holding a secret's word (`sess-1a`)
// ran all ~45 of them. Same findings; the rules that cannot match are not run.
import { describe, expect, it, vi } from 'vitest';
import { detectSensitive } from './detectors.js';
import { minMatchLength } from './internal/prefilter.js';

/** The sources of the regexes run (RegExp.prototype.exec) while `text` is read. */
function sourcesRun(text: string): Set<string> {
  const spy = vi.spyOn(RegExp.prototype, 'exec');
  try {
    detectSensitive(text);
    return new Set(spy.mock.contexts.map((regex) => (regex as RegExp).source));
  } finally {
    spy.mockRestore();
  }
}

// Two of the secret rules: an Anthropic key (33 characters at least) and a Slack token (15).
const ANTHROPIC = String.raw`\bsk-ant-(?:api|admin|oat|sid)\d{2}-[A-Za-z0-9_\-]{20,}`;
const SLACK = String.raw`\bxox[abposre]-[A-Za-z0-9\-]{10,}`;

describe('secret rules skip texts shorter than their shortest match', () => {
  it('a short text with a secret word runs neither rule; a long one runs both', () => {
    for (const text of ['sess-1a', 'session_id', 'pass=x', 'token xyz']) {
      const run = sourcesRun(text);
      expect([run.has(ANTHROPIC), run.has(SLACK)]).toEqual([false, false]);
    }
    const long = sourcesRun('the session token was rotated by the nightly job today');
    expect([long.has(ANTHROPIC), long.has(SLACK)]).toEqual([true, true]);
  });

  it('a match of exactly the shortest length is still found', () => {
    // xox + b + - + 10 characters with a digit: 15, the rule's least.
    expect(detectSensitive('xoxb-12345abcde').filter((d) => d.type === 'SLACK_TOKEN').map((d) => [d.start, d.end])).toEqual([[0, 15]]);
    expect(detectSensitive('xoxb-12345abcd').filter((d) => d.type === 'SLACK_TOKEN')).toEqual([]);
  });
});

describe('minMatchLength', () => {
  it('counts characters, least counts and shortest alternatives; assertions and lookarounds are none', () => {
    expect(minMatchLength(/ab{2,}c/)).toBe(4);
    expect(minMatchLength(/x|yz/)).toBe(1);
    expect(minMatchLength(/(?:ab)?c(?:de|f){2}/)).toBe(3);
    expect(minMatchLength(/(?:^|\s)-u\b/)).toBe(2);
    expect(minMatchLength(/(?<=\/bot)\d{5}(?!x)/)).toBe(5);
    expect(minMatchLength(/[a-z]{3,}(?=ab)/i)).toBe(3);
    expect(minMatchLength(/a*/)).toBe(0);
  });

  it('is 0 (no bound) for what the reader does not take', () => {
    expect(minMatchLength(/(a)\1bcdef/)).toBe(0);
    expect(minMatchLength(/(?<n>ab)cdef/)).toBe(0);
    expect(minMatchLength(new RegExp('abcdef', 'v'))).toBe(0);
  });

  it('no match is shorter: every match of small regexes over every string of up to 5 characters', () => {
    const sources = ['ab{2,}c', 'x|yz', '(?:ab)?c(?:a|bc){2}', '(?:^|b)a{2,3}', '(?<=a)b+c?', 'a(?!b)..', '(?:a|b)*c', '\\bab\\B.', 'c{0,2}ba'];
    const alphabet = ['a', 'b', 'c', ' '];
    let texts = [''];
    const all: string[] = [''];
    for (let k = 0; k < 5; k++) {
      texts = texts.flatMap((text) => alphabet.map((c) => text + c));
      all.push(...texts);
    }
    const shorter: string[] = [];
    for (const source of sources) {
      const least = minMatchLength(new RegExp(source));
      const regex = new RegExp(source, 'g');
      for (const text of all) {
        for (const match of text.matchAll(regex)) if (match[0].length < least) shorter.push(`${source} ${JSON.stringify(text)}`);
      }
    }
    expect(shorter).toEqual([]);
  });
});
