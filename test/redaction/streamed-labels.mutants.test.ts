// Issue 13: direct calls of streamed-labels.ts labelAtEnd and memberValueAtStart (L3 of the probe of
// 2026-12-06b), written from the Stryker run of 2026-12-06 (docs/TESTING.md, the row of the third
// session's new files), whose only tests went through the redactor's streamed chunks
// (probe-2026-12-06b.test.ts). Each boundary below fails with its mutant made: the 64-character
// window, blanks and quotes before the end, the separators, a member's quoted name and where it
// stops, the copula, the words' characters and count, the names tried longest first; the value's
// quote, its end characters, its 128-character limit, a value cut again.
import { describe, expect, it } from 'vitest';
import { labelAtEnd, memberValueAtStart } from '../../packages/core/src/redaction/streamed-labels.js';

const only = (...names: string[]) => (name: string): boolean => names.includes(name);
const any = (): boolean => true;
/** The names labelAtEnd asks about, in order. */
function asked(text: string): string[] {
  const names: string[] = [];
  labelAtEnd(text, (name) => {
    names.push(name);
    return false;
  });
  return names;
}

describe('labelAtEnd: words', () => {
  it('a label then a copula, the copula no word of the label, in any case', () => {
    expect(labelAtEnd('Your new password is ', only('password'))).toEqual({ name: 'password', member: false, open: 0 });
    expect(asked('Your new password is ')).toEqual(['Your new password', 'new password', 'password']);
    expect(asked('the PIN was')).toEqual(['the PIN', 'PIN']);
    expect(asked('codes are ')).toEqual(['codes']);
    expect(asked('codes were ')).toEqual(['codes']);
    expect(asked('code IS ')).toEqual(['code']);
    expect(asked('code Is\t')).toEqual(['code']);
    // After a separator a copula is a word.
    expect(asked('is: ')).toEqual(['is']);
    expect(asked('PIN is: ')).toEqual(['PIN is', 'is']);
    // A copula before the label's last word is a word of it.
    expect(asked('the password was PIN ')).toEqual(['password was PIN', 'was PIN', 'PIN']);
    expect(asked('status = ')).toEqual(['status']);
    expect(asked('island ')).toEqual(['island']);
  });

  it('at most three words, the longest tried first, one blank, tab or no-break space between them', () => {
    expect(asked('my bank card PIN: ')).toEqual(['bank card PIN', 'card PIN', 'PIN']);
    expect(labelAtEnd('date\tof\u00a0birth: ', only('date of birth'))).toEqual({ name: 'date of birth', member: false, open: 0 });
    expect(labelAtEnd('Date of birth:', only('Date of birth'))?.name).toBe('Date of birth');
    // Two blanks end the label.
    expect(asked('date  of birth: ')).toEqual(['of birth', 'birth']);
    // A word that is no word character before the label's first word ends it too.
    expect(asked('(card PIN: ')).toEqual(['card PIN', 'PIN']);
    expect(asked('x—password: ')).toEqual(['password']);
    expect(asked('PIN')).toEqual(['PIN']);
    expect(asked('')).toEqual([]);
    expect(asked('   ')).toEqual([]);
  });

  it("a word's characters: letters and digits of any script, _ - .", () => {
    expect(asked('DB_PASSWORD=')).toEqual(['DB_PASSWORD']);
    expect(asked('one-time code: ')).toEqual(['one-time code', 'code']);
    expect(asked('acct no. ')).toEqual(['acct no.', 'no.']);
    expect(asked('pin2: ')).toEqual(['pin2']);
    // Each end of the ASCII ranges: a z, A Z, 0 9.
    expect(asked('fizz: ')).toEqual(['fizz']);
    expect(asked('ZIP: ')).toEqual(['ZIP']);
    expect(asked('Apin: ')).toEqual(['Apin']);
    expect(asked('apin: ')).toEqual(['apin']);
    expect(asked('pin0: ')).toEqual(['pin0']);
    expect(asked('pin9: ')).toEqual(['pin9']);
    expect(asked('Geburtsdatum: ')).toEqual(['Geburtsdatum']);
    expect(asked('contraseña: ')).toEqual(['contraseña']);
    expect(asked('пароль: ')).toEqual(['пароль']);
    expect(asked('暗証番号：')).toEqual(['暗証番号']);
    expect(asked('Zz{pin: ')).toEqual(['pin']);
    expect(asked('a@pin: ')).toEqual(['pin']);
    expect(asked('a/pin: ')).toEqual(['pin']);
    expect(asked('a`pin: ')).toEqual(['pin']);
    expect(asked('a[pin: ')).toEqual(['pin']);
  });

  it('a word with no letter ends the label (a value cut short)', () => {
    expect(labelAtEnd('SSN 536-22-', any)).toBeUndefined();
    expect(asked('SSN 536 22')).toEqual([]);
    expect(asked('PIN 2 ')).toEqual([]);
    expect(asked('the 2nd PIN: ')).toEqual(['the 2nd PIN', '2nd PIN', 'PIN']);
  });

  it('an opening quote at the end, blanks around it and around the separator', () => {
    expect(labelAtEnd('password is "', only('password'))).toEqual({ name: 'password', member: false, open: 34 });
    expect(labelAtEnd("password : '", only('password'))).toEqual({ name: 'password', member: false, open: 39 });
    expect(labelAtEnd('password :  "  ', only('password'))).toEqual({ name: 'password', member: false, open: 34 });
    expect(labelAtEnd('password：', only('password'))).toEqual({ name: 'password', member: false, open: 0 });
    expect(labelAtEnd('password;', only('password'))).toBeUndefined();
    expect(labelAtEnd('password ""', only('password'))).toBeUndefined();
  });

  it('reads 64 characters back from the end, no more', () => {
    expect(labelAtEnd(`password:${' '.repeat(55)}`, only('password'))?.name).toBe('password');
    expect(labelAtEnd(`password:${' '.repeat(56)}`, only('password'))).toBeUndefined();
    expect(asked(`password:${' '.repeat(56)}`)).toEqual(['assword']);
    // A word cut by the window: its part in the window is read.
    expect(asked(`${'x'.repeat(100)} password: `)).toEqual([`${'x'.repeat(53)} password`, 'password']);
    expect(asked(`${'a '.repeat(40)}pin: `)).toEqual(['a a pin', 'a pin', 'pin']);
    expect(asked(`${'y'.repeat(70)}`)).toEqual(['y'.repeat(64)]);
  });
});

describe("labelAtEnd: a member's quoted name", () => {
  it('a JSON or Python member name, a value quote after it or none', () => {
    expect(labelAtEnd('{"cvv":"', only('cvv'))).toEqual({ name: 'cvv', member: true, open: 34 });
    expect(labelAtEnd("{'api_key': '", only('api_key'))).toEqual({ name: 'api_key', member: true, open: 39 });
    expect(labelAtEnd('{"card_number":', only('card_number'))).toEqual({ name: 'card_number', member: true, open: 0 });
    expect(labelAtEnd('{"card number" = ', only('card number'))).toEqual({ name: 'card number', member: true, open: 0 });
    expect(labelAtEnd('"cvv":"', only('cvv'))).toEqual({ name: 'cvv', member: true, open: 34 });
  });

  it('refused by decides: no fallback to words', () => {
    expect(asked('{"note":"')).toEqual(['note']);
    expect(labelAtEnd('{"note":"', only('note '))).toBeUndefined();
  });

  it('no name: empty, a line break, a backslash or another quote inside, or no opening quote in the window', () => {
    expect(asked('{"":"')).toEqual([]);
    expect(asked('{"pass\nword":"')).toEqual([]);
    expect(asked('{"pass\\word":"')).toEqual([]);
    // An escaped quote is read as the name's opening one (the name's end only).
    expect(asked('{"pass\\"word":"')).toEqual(['word']);
    expect(asked(`{"pass'word":"`)).toEqual(['pass\'word']);
    expect(asked(`{'pass"word':"`)).toEqual(['pass"word']);
    expect(asked('cvv":"')).toEqual([]);
    // A member's name is read in the end's last 136 characters (MEMBER_NAME_WINDOW; 64 until 2026-12-06e).
    expect(asked(`${'x'.repeat(200)}"${'a'.repeat(133)}":`)).toEqual(['a'.repeat(133)]);
    expect(asked(`${'x'.repeat(200)}"${'a'.repeat(134)}":`)).toEqual([]);
    expect(asked(`"${'a'.repeat(133)}":`)).toEqual(['a'.repeat(133)]);
    expect(asked(`"${'a'.repeat(134)}":`)).toEqual([]);
    expect(asked(`"${'a'.repeat(135)}":`)).toEqual([]);
    // A line break or a backslash right after the opening quote.
    expect(asked('{"a\nb":"')).toEqual([]);
    expect(asked('{"a\\b":"')).toEqual([]);
  });
});

describe('memberValueAtStart', () => {
  it('after an opening quote: up to the closing one', () => {
    expect(memberValueAtStart('737","exp":"12/28"}', 34)).toEqual({ start: 0, end: 3 });
    expect(memberValueAtStart("sk-live-1', 'x': 1", 39)).toEqual({ start: 0, end: 9 });
    expect(memberValueAtStart(`a"b'`, 39)).toEqual({ start: 0, end: 3 });
    expect(memberValueAtStart('  737"', 34)).toEqual({ start: 0, end: 5 });
    expect(memberValueAtStart('"', 34)).toBeUndefined();
    expect(memberValueAtStart('', 34)).toBeUndefined();
  });

  it('a backslash or a line break before the closing quote: no value', () => {
    expect(memberValueAtStart('ab\\"c"', 34)).toBeUndefined();
    expect(memberValueAtStart('ab\ncd"', 34)).toBeUndefined();
    expect(memberValueAtStart('ab\\', 34)).toBeUndefined();
  });

  it('a string that ends inside the value: its part up to the end', () => {
    expect(memberValueAtStart('7371', 34)).toEqual({ start: 0, end: 4 });
    expect(memberValueAtStart('a'.repeat(127), 34)).toEqual({ start: 0, end: 127 });
    expect(memberValueAtStart('a'.repeat(128), 34)).toEqual({ start: 0, end: 128 });
    expect(memberValueAtStart('a'.repeat(129), 34)).toBeUndefined();
    expect(memberValueAtStart(`  "${'a'.repeat(126)}`, 0)).toEqual({ start: 3, end: 129 });
    expect(memberValueAtStart(`  "${'a'.repeat(128)}`, 0)).toEqual({ start: 3, end: 131 });
    expect(memberValueAtStart(`  "${'a'.repeat(129)}`, 0)).toBeUndefined();
  });

  it('128 characters at most', () => {
    expect(memberValueAtStart(`${'a'.repeat(128)}"`, 34)).toEqual({ start: 0, end: 128 });
    expect(memberValueAtStart(`${'a'.repeat(129)}"`, 34)).toBeUndefined();
    expect(memberValueAtStart(`${'a'.repeat(200)}"`, 34)).toBeUndefined();
    expect(memberValueAtStart(`${'a'.repeat(128)},`, 0)).toEqual({ start: 0, end: 128 });
    expect(memberValueAtStart('a'.repeat(128), 0)).toEqual({ start: 0, end: 128 });
    expect(memberValueAtStart(`${'a'.repeat(129)},`, 0)).toBeUndefined();
    expect(memberValueAtStart('a'.repeat(129), 0)).toBeUndefined();
    expect(memberValueAtStart(`  "${'a'.repeat(128)}"`, 0)).toEqual({ start: 3, end: 131 });
    expect(memberValueAtStart(`  "${'a'.repeat(129)}"`, 0)).toBeUndefined();
    expect(memberValueAtStart(`  ${'a'.repeat(128)} `, 0)).toEqual({ start: 2, end: 130 });
    expect(memberValueAtStart(`  ${'a'.repeat(129)} `, 0)).toBeUndefined();
  });

  it('with no opening quote: blanks, then a quoted value or a number or word up to , } ] ; a quote or a blank', () => {
    expect(memberValueAtStart(' \t\u00a0"737", ', 0)).toEqual({ start: 4, end: 7 });
    expect(memberValueAtStart(" 'abc'", 0)).toEqual({ start: 2, end: 5 });
    expect(memberValueAtStart('737,"x":1', 0)).toEqual({ start: 0, end: 3 });
    expect(memberValueAtStart(' 737}', 0)).toEqual({ start: 1, end: 4 });
    expect(memberValueAtStart('737]', 0)).toEqual({ start: 0, end: 3 });
    expect(memberValueAtStart('737;', 0)).toEqual({ start: 0, end: 3 });
    expect(memberValueAtStart('737"', 0)).toEqual({ start: 0, end: 3 });
    expect(memberValueAtStart("737'", 0)).toEqual({ start: 0, end: 3 });
    expect(memberValueAtStart('737 was', 0)).toEqual({ start: 0, end: 3 });
    expect(memberValueAtStart('737\tx', 0)).toEqual({ start: 0, end: 3 });
    expect(memberValueAtStart('737\u00a0x', 0)).toEqual({ start: 0, end: 3 });
    expect(memberValueAtStart('true', 0)).toEqual({ start: 0, end: 4 });
    expect(memberValueAtStart('a:b.c-d', 0)).toEqual({ start: 0, end: 7 });
    expect(memberValueAtStart('   ', 0)).toBeUndefined();
    expect(memberValueAtStart(',x', 0)).toBeUndefined();
    expect(memberValueAtStart('', 0)).toBeUndefined();
  });
});
