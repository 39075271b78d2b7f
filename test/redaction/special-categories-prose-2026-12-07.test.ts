// Issue 11: the special categories of personal data (GDPR Art. 9(1)) said in lower-case prose with no label and no
// colon, the open part of F14 of the leak probe of 2026-12-07 (docs/REDACTION.md, "Special categories"): a person's
// pronoun and a copula before a religion, a sexual orientation or a disability (`he is catholic`, `she's gay`, `i am
// registered disabled`), a statement of membership of a trade union (`i'm a member of the unite union`, `she joined
// the union`, `ich bin in der gewerkschaft`), a possessive and a category's noun (`my religion is islam`), and `GdB 50`
// as a text of its own. Look-alikes: the same words about things (`catholic church on main st`, `the union of two
// sets`, `gay-lussac`, `european union`, `the account is disabled`).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { kept, leaks } from './masked-text.js';

const types = (text: string): string[] => detectSensitive(text).map((d) => d.type);

describe('special categories in lower-case prose', () => {
  it.each([
    // [text, values that must be masked, the type]: each stored raw before.
    ["i'm a member of the unite union", ['unite union'], 'TRADE_UNION'],
    ['he is catholic', ['catholic'], 'RELIGION'],
    ["she's gay", ['gay'], 'SEXUAL_ORIENTATION'],
    ['my religion is islam', ['islam'], 'RELIGION'],
    ['ich bin in der gewerkschaft', ['gewerkschaft'], 'TRADE_UNION'],
    ['i am registered disabled', ['registered disabled'], 'DISABILITY'],
    ['GdB 50', ['50'], 'DISABILITY'],
  ])('%j (the brief\'s)', (text, values, type) => {
    expect(leaks(text, values)).toEqual([]);
    expect(types(text)).toContain(type);
  });

  it.each([
    // Held back while the rules were written: other pronouns, copulas, adverbs, values and languages.
    ['my brother says he\'s a practising muslim, fyi', ['muslim'], 'RELIGION'],
    ['they are jewish and vegetarian', ['jewish'], 'RELIGION'],
    ['we were roman catholic.', ['roman catholic'], 'RELIGION'],
    ['her faith is buddhism', ['buddhism'], 'RELIGION'],
    ["i'm bisexual btw", ['bisexual'], 'SEXUAL_ORIENTATION'],
    ['she is a lesbian', ['lesbian'], 'SEXUAL_ORIENTATION'],
    ['er ist schwul', ['schwul'], 'SEXUAL_ORIENTATION'],
    ['he joined the union last year', ['union'], 'TRADE_UNION'],
    ['she is a paid-up member of the national education union', ['national education union'], 'TRADE_UNION'],
    ["i'm a union member", ['union member'], 'TRADE_UNION'],
    ['sie ist gewerkschaftsmitglied', ['gewerkschaftsmitglied'], 'TRADE_UNION'],
    ['my son is registered blind', ['registered blind'], 'DISABILITY'],
    ['ich bin schwerbehindert', ['schwerbehindert'], 'DISABILITY'],
  ])('%j (held back)', (text, values, type) => {
    expect(leaks(text, values)).toEqual([]);
    expect(types(text)).toContain(type);
  });

  it('property: each pronoun and copula, a value, the clause\'s end', () => {
    fc.assert(
      fc.property(
        fc.constantFrom("i'm", 'i am', "he's", 'he is', "she's", 'she is', 'they are', 'we are', 'he was'),
        fc.constantFrom('catholic', 'muslim', 'hindu', 'sikh', 'atheist', 'gay', 'lesbian', 'disabled'),
        fc.constantFrom('', '.', ', ok', ' and happy', ' too'),
        (subject, value, tail) => !leaks(`${subject} ${value}${tail}`, [value]).length,
      ),
      { numRuns: 150 },
    );
  });
});

describe('look-alikes stay', () => {
  it.each([
    ['the catholic church on main st', ['catholic church']],
    ['the union of two sets is a set', ['union of two sets']],
    ['gay-lussac law relates pressure and temperature', ['gay-lussac']],
    ['the uk left the european union', ['european union']],
    ['he joined the european union delegation', ['european union']],
    ['she is a member of the credit union', ['credit union']],
    ['the account is disabled', ['disabled']],
    ['it is disabled by default', ['disabled']],
    ['the feature was disabled', ['disabled']],
    ['he is catholic school educated', ['catholic school']],
    ['my religion is important to me', ['important to me']],
    ['we are a catholic charity', ['catholic charity']],
    ['SELECT a UNION SELECT b', ['UNION SELECT']],
    ['the gdb 12.1 debugger', ['gdb 12.1']],
    ['GDB 7', ['GDB 7']],
  ])('%j', (text, parts) => expect(kept(text, parts)).toEqual([]));
});

describe('linear time', () => {
  it('cues and values repeated', () => {
    const make = (n: number) => "he is catholic, i'm a member of the unite union, the union of two sets, the account is disabled. ".repeat(Math.ceil(n / 97)).slice(0, n);
    expect(timeRatio(detectSensitive, make, 20_000, 40_000)).toBeLessThanOrEqual(2.6);
  });
  it('a member of a long run of words before union', () => {
    const make = (n: number) => `i'm a member of the ${'big '.repeat(Math.ceil(n / 4))}union`;
    expect(timeRatio(detectSensitive, make, 20_000, 40_000)).toBeLessThanOrEqual(2.6);
  });
});
