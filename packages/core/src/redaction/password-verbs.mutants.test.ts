// Issue 13: direct tests of password-verbs.ts for its Stryker run (K7, K8 of the fifth probe of
// 2026-12-04): exact spans of detectPasswordVerbs on each rule, the value's extent (quotes, the
// 128/129 bounds, sentence punctuation), and passwordShaped at each of its bounds. No ledger, no
// detectSensitive: the module's own answers.
import { describe, expect, it } from 'vitest';
import type { Detection } from './types.js';
import { detectPasswordVerbs, passwordShaped } from './password-verbs.js';

function spans(text: string): Array<[number, number, string]> {
  const out: Detection[] = [];
  detectPasswordVerbs(text, out);
  for (const d of out) {
    expect(d.type).toBe('PASSWORD');
    expect(d.class).toBe('secret');
  }
  return out.map((d) => [d.start, d.end, text.slice(d.start, d.end)]);
}
/** The one span of `value` in `text`, as detectPasswordVerbs should give it. */
function at(text: string, value: string, from = 0): Array<[number, number, string]> {
  const start = text.indexOf(value, from);
  if (start === -1) throw new Error(`${value} not in ${text}`);
  return [[start, start + value.length, value]];
}

describe('detectPasswordVerbs: a verb, the password word and to/as', () => {
  it.each([
    'I have reset your password to Rq7mL2xWp9.',
    'I changed the password to Rq7mL2xWp9 for you',
    'changed pw to Rq7mL2xWp9',
    'set the root password for db01 to Rq7mL2xWp9',
    'Updated my passwords to: Rq7mL2xWp9',
    'rotated the p/w back to Rq7mL2xWp9!',
  ])('%s', (text) => expect(spans(text)).toEqual(at(text, text.includes('Rq7mL2xWp9!') ? 'Rq7mL2xWp9!' : 'Rq7mL2xWp9')));

  it.each([
    ['reset your password to "Rq7 mL2xWp9" now', 'Rq7 mL2xWp9'],
    ['reset your password to \'hunter two!\'', 'hunter two!'],
    ['reset your password to `Rq7mL2`', 'Rq7mL2'],
    ['reset your password to “Rq7 mL2” now', 'Rq7 mL2'],
    ['reset your password to ‘Rq7 mL2’ now', 'Rq7 mL2'],
    ['reset your password to «Rq7 mL2» now', 'Rq7 mL2'],
    ['reset your password to „Rq7 mL2“ now', 'Rq7 mL2'],
    ['reset your password to "myPass word"', 'myPass word'],
  ])('a quoted value: %s', (text, value) => expect(spans(text)).toEqual(at(text, value)));

  it.each([
    'reset your password to "something you remember"',
    'reset your password to "   "',
    'reset your password to "<password>"',
    'reset your password to "{{pw}}"',
    'reset your password to "$PASS"',
    'reset your password to "Rq7mL2xWp9',
    'reset your password to "Rq7m\nL2xWp9"',
    'reset your password to «Rq7mL2xWp9"',
    'reset your password to continue',
    'reset your password to 12 characters',
    'reset your password to     Rq7mL2xWp9',
    'reset your password to ',
  ])('kept: %s', (text) => expect(spans(text)).toEqual([]));

  it('a quoted value up to 128 characters, not 129', () => {
    const v128 = `Rq7 ${'a'.repeat(124)}`;
    const t128 = `reset your password to "${v128}" ok`;
    expect(spans(t128)).toEqual(at(t128, v128));
    expect(spans(`reset your password to "${v128}b" ok`)).toEqual([]);
  });

  it('a bare word up to 128 characters; a longer one is cut at 128 and refused', () => {
    const w128 = `Rq7${'a'.repeat(125)}`;
    const t128 = `reset your password to ${w128} ok`;
    expect(spans(t128)).toEqual(at(t128, w128));
    const t129 = `reset your password to ${w128}b ok`;
    expect(spans(t129)).toEqual(at(t129, w128));
  });

  it.each([
    ['reset your password to Rq7mL2xWp9.', 'Rq7mL2xWp9'],
    ['reset your password to Rq7mL2xWp9?!', 'Rq7mL2xWp9'],
    ['reset your password to Winter2024!.', 'Winter2024!'],
    ['reset your password to Winter2024!!', 'Winter2024!!'],
    ['reset your password to Rq7mL2xWp9),', 'Rq7mL2xWp9'],
    ['reset your password to Rq7mL2xWp9]}>;:', 'Rq7mL2xWp9'],
    ['reset your password to Rq7.mL2xWp9', 'Rq7.mL2xWp9'],
    ['reset your password to Rq7mL2xWp9"', 'Rq7mL2xWp9'],
  ])('sentence punctuation is cut: %s', (text, value) => expect(spans(text)).toEqual(at(text, value)));

  it('punctuation alone is no value', () => expect(spans('reset your password to ...!?')).toEqual([]));
});

describe('detectPasswordVerbs: the value before `as your password`', () => {
  it.each([
    ['Use Rq7mL2xWp9 as your temporary password.', 'Rq7mL2xWp9'],
    ['Use "Rq7 mL2xWp9" as your password', 'Rq7 mL2xWp9'],
    ['Use “Rq7 mL2” as the new password, then', 'Rq7 mL2'],
    ['Enter 99218834 as your password and go', '99218834'],
    ['Set Rq7mL2xWp9 as my new admin password; done', 'Rq7mL2xWp9'],
  ])('%s', (text, value) => expect(spans(text)).toEqual(at(text, value)));

  it.each([
    'use this as your password',
    'Use "Rq7 mL2\' as your password',
    'Use "this one" as your password',
    'Use Rq7mL2xWp9 as your password manager',
    'Use abc as your password',
    'Use "<pw1>" as your password',
  ])('kept: %s', (text) => expect(spans(text)).toEqual([]));

  it('the word before reaches 128 characters back, not more', () => {
    const w = `Rq7${'a'.repeat(125)}`;
    const text = `x ${w} as your password`;
    expect(spans(text)).toEqual(at(text, w));
    const q = `Rq7 ${'a'.repeat(124)}`;
    const quoted = `x "${q}" as your password`;
    expect(spans(quoted)).toEqual(at(quoted, q));
    expect(spans(`x "${q}b" as your password`)).toEqual([]);
  });

  it('at the text start', () => {
    const text = 'Rq7mL2xWp9 as your password';
    expect(spans(text)).toEqual(at(text, 'Rq7mL2xWp9'));
    const quoted = '"Rq7 mL2" as your password';
    expect(spans(quoted)).toEqual(at(quoted, 'Rq7 mL2'));
  });

  it('a tab around as', () => {
    const text = 'Use Rq7mL2xWp9\tas\tyour password';
    expect(spans(text)).toEqual(at(text, 'Rq7mL2xWp9'));
  });
});

describe('detectPasswordVerbs: sign in with', () => {
  it.each([
    ['Log in with Rq7mL2xWp9! and change it', 'Rq7mL2xWp9!'],
    ['sign in using Rq7mL2xWp9! today', 'Rq7mL2xWp9!'],
    ['logon with the password hunter22', 'hunter22'],
    ['Log-in with pw 99218834', '99218834'],
    ['sign in with "Rq7 mL2"', 'Rq7 mL2'],
  ])('%s', (text, value) => expect(spans(text)).toEqual(at(text, value)));

  it.each([
    'log in with hunter22',
    'Log in with Google',
    'Sign in with OAuth2.0x',
    'sign in with Office365!',
    'log in with bob@example.com',
    'log in with 99218834',
  ])('kept: %s', (text) => expect(spans(text)).toEqual([]));
});

describe('detectPasswordVerbs: Polish and Turkish', () => {
  it.each([
    ['moje hasło to Tq5Xm8Lvq2', 'Tq5Xm8Lvq2'],
    ['Hasło brzmi: Tq5Xm8Lvq2.', 'Tq5Xm8Lvq2'],
    ['zmieniłem hasło na Tq5Xm8Lvq2', 'Tq5Xm8Lvq2'],
    ['şifrem Tq5Xm8Lvq2', 'Tq5Xm8Lvq2'],
    ['Yeni şifreniz: Tq5Xm8Lvq2', 'Tq5Xm8Lvq2'],
    ['parolam 99218834', '99218834'],
  ])('%s', (text, value) => expect(spans(text)).toEqual(at(text, value)));

  it.each(['şifremi unuttum', 'moje hasło to tajemnica', 'hasło to 2024'])('kept: %s', (text) => expect(spans(text)).toEqual([]));
});

describe('detectPasswordVerbs: texts without a cue', () => {
  it.each(['', 'I changed it to Rq7mL2xWp9', 'Use Rq7mL2xWp9 as your key'])('%s', (text) => expect(spans(text)).toEqual([]));

  it('several rules in one text, in rule order', () => {
    const text = 'Log in with Rq7mL2xWp9! then reset your password to Tq5Xm8Lvq2; moje hasło to Zp3Kd8Wq1x';
    expect(spans(text).map((s) => s[2])).toEqual(['Tq5Xm8Lvq2', 'Rq7mL2xWp9!', 'Zp3Kd8Wq1x']);
  });
});

describe('passwordShaped', () => {
  it.each([
    ['ab1c', true],
    ['ab1', false],
    ['a1'.repeat(64), true],
    [`${'a1'.repeat(64)}b`, false],
    ['hunter22', true],
    ['Rq7mL2xWp9', true],
    ['123456', true],
    ['12345', false],
    ['99218834', true],
    ['Pa$$word', true],
    ['Pa$$word!', true],
    ['pass-word', false],
    ['E-Devlet', false],
    ['Wi-Fi', false],
    ['Single-Sign-On', false],
    ["O'Brien's", false],
    ['Sunshine!', false],
    ['Sun.shine!x', true],
    ['Sun.shine', false],
    ['Sun.shine!', false],
    ['Sun_shine', true],
    ['<pass1>', false],
    ['{pw12}', false],
    ['[ab12]', false],
    ['$PASS1', false],
    ['%ab12', false],
    ['*ab12', false],
    ['#ab12', false],
    ['@ab12', false],
    ['~ab12', false],
    ['/ab12', false],
    ['\\ab12', false],
    ['.ab12', false],
    ['(ab12', false],
    ['http://a1b2', false],
    ['a1b2://x', false],
    ['ab1://x', false],
    ['bob1@example.com', false],
    ['bob1@example.c0m', true],
    ['b@b@x1.com', true],
    ['v2.3.1', false],
    ['2.3', false],
    ['2.3x', true],
    ['SHA-256', false],
    ['AES256', false],
    ['TLS1.3', false],
    ['aSHA-256', true],
    ['SHA-256z!', true],
    ['ABCDEFG1', true],
    ['A1', false],
  ])('%s → %s', (value, expected) => expect(passwordShaped(value)).toBe(expected));

  it('digits alone only when allowed', () => {
    expect(passwordShaped('123456', false)).toBe(false);
    expect(passwordShaped('1234567890', true)).toBe(true);
    expect(passwordShaped('12ab34', false)).toBe(true);
  });

  it('placeholders of x and *', () => {
    expect(passwordShaped('xxxx')).toBe(false);
    expect(passwordShaped('XXXX')).toBe(false);
    expect(passwordShaped('xxxx1')).toBe(true);
    expect(passwordShaped('x1xx')).toBe(true);
  });
});

describe('from the survivors of the first Stryker run (issue 13)', () => {
  it.each([
    ['ab1c*', true],
    ['bob1@example.co1', true],
    ['ab2.3', true],
    ['v12.3.1', false],
    ['v2.10', false],
    ['TLS1.3-rc1', false],
    ['AES256-GCM', false],
    ['1234-5678', false],
    ['Sun.shine!!', false],
  ])('passwordShaped(%s) → %s', (value, expected) => expect(passwordShaped(value)).toBe(expected));

  it.each([
    ['reset your password to "Rq7 mL2"\nthen log out', 'Rq7 mL2'],
    ['reset your password to "Pa$$ 1"', 'Pa$$ 1'],
    ['Say "hi1" and use Rq7mL2xWp9 as your password', 'Rq7mL2xWp9'],
    ['signin with Rq7mL2xWp9!', 'Rq7mL2xWp9!'],
    ['sign in with Office!365', 'Office!365'],
  ])('%j', (text, value) => expect(spans(text)).toEqual(at(text, value)));

  it('the word before `as your password` in a long text', () => {
    const text = `Rq7mL2xWp9 as your password. ${'x'.repeat(200)}`;
    expect(spans(text)).toEqual(at(text, 'Rq7mL2xWp9'));
  });

  it('a method with two `!`s', () => expect(spans('Just log in with Microsoft365!!')).toEqual([]));
});
