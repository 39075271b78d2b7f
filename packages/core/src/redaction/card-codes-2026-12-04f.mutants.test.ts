import { describe, expect, it } from 'vitest';
import { detectOtherSecrets } from './secrets.js';
import type { Detection } from './types.js';

// Issue 13: direct calls on the card-code and one-time-code readers of 2026-12-04 in secrets.ts
// (cardCodePlaced, cardCodeCounted, cardCodeCaps, cardCodeAfterExpiry and their context: L8 of the
// sixth probe; otpWords: L9; the SIM PUK/PIN2 labels: L4 of the seventh), written for a Stryker run
// on detectOtherSecrets' lines 1071-1091 (docs/TESTING.md). Exact [start, value, type] of
// detectOtherSecrets (no placeholder check); a value found by two rules is listed twice.
function found(text: string): Array<[number, string, string]> {
  const out: Detection[] = [];
  detectOtherSecrets(text, out, () => false);
  return out.map((d) => [d.start, text.slice(d.start, d.end), d.type]);
}

describe('card codes, one-time codes, SIM codes', () => {
  it.each([
    ["the security code on the back is 837", [[33, "837", "CVV"]]],
    ["security code on the back: 837", [[27, "837", "CVV"]]],
    ["verification code on the front = 8370", [[33, "8370", "CVV"]]],
    ["CVV on the back: 837", [[17, "837", "CVV"]]],
    ["CVC on the reverse reads 837", [[25, "837", "CVV"]]],
    ["cvn at the signature strip shows 837", [[33, "837", "CVV"]]],
    ["csc on the signature panel was 837", [[31, "837", "CVV"]]],
    ["cid on the signature box were 837", [[30, "837", "CVV"]]],
    // A digit count and "on the back" are a card's security code on their own since 99c149c (card-code-counts-2026-12-05).
    ["the 3 digits on the back are 837", [[29, "837", "CVV"]]],
    ["the 3 digits on the back are 837 and my card is visa", [[29, "837", "CVV"]]],
    ["the digits on the back of the card are 837", [[39, "837", "CVV"]]],
    ["the code on the back of my visa: 837", [[33, "837", "CVV"]]],
    ["code on the back of your amex # 837", [[32, "837", "CVV"]]],
    ["code on the back of his mastercard is 837", [[38, "837", "CVV"]]],
    ["code on the back of her credit card is 837", [[39, "837", "CVV"]]],
    ["code on the back of this debit card is 837", [[39, "837", "CVV"]]],
    ["the code on the back is 837", []],
    ["the code on the back is 837 for the card", [[24, "837", "CVV"]]],
    ["the code on the back is 837 for the 4111 1111 1111 1111", [[24, "837", "CVV"]]],
    ["the code on the back is 83", []],
    ["the code on the back is 83712", [[24, "83712", "PASSWORD"]]],
    ["the code on the back is 837-1", []],
    ["the code on the back is 837 1", [[24, "837 1", "PASSWORD"]]],
    ["the code on the back is 837x", []],
    ["the security code on the back is 837.", [[33, "837", "CVV"]]],
    ["three-digit code is 837 on my card", [[20, "837", "CVV"]]],
    // The code alone since 99c149c: `card` after it is no part of a password (card-code-counts-2026-12-05).
    ["4 digit security code: 8371 card", [[23, "8371", "CVV"], [23, "8371", "CVV"]]],
    ["four digits 8371 card", [[12, "8371", "CVV"]]],
    ["3 digit verification code 837 card", [[26, "837", "CVV"]]],
    ["3 digit cvv code 837 card", [[17, "837", "CVV"]]],
    ["3 digit number 837 card", [[15, "837", "CVV"]]],
    ["3 digits 837", []],
    ["CSC 837", []],
    ["CSC: 837 card", [[5, "837", "CVV"]]],
    ["CID is 8371 card", [[7, "8371", "CVV"]]],
    ["csc 837 card", []],
    ["exp 12/27 code 837", [[15, "837", "CVV"]]],
    ["expiry 12/2027 cvv 837", [[19, "837", "CVV"], [19, "837", "CVV"]]],
    ["expiration date: 1/27, security code is 837", [[40, "837", "CVV"], [40, "837", "CVV"]]],
    ["expires 12 / 27 csc: 837", [[21, "837", "CVV"]]],
    ["exp. 13/27 code 837", []],
    ["exp 12/27 card 837", []],
    ["the code I got by sms is 771204", [[25, "771204", "PASSWORD"]]],
    ["code received: 771204", [[15, "771204", "PASSWORD"]]],
    ["the code you sent me is 771204", [[24, "771204", "PASSWORD"]]],
    ["the six digit code: 771204", [[20, "771204", "PASSWORD"]]],
    ["6-digit code: 771204", [[14, "771204", "PASSWORD"]]],
    ["4 digit PIN is 7712", [[15, "7712", "PASSWORD"], [15, "7712", "PASSWORD"]]],
    ["my authenticator shows 771204", [[23, "771204", "PASSWORD"]]],
    ["Google Authenticator code 771204", [[26, "771204", "PASSWORD"]]],
    ["authenticator app says: 771204", [[24, "771204", "PASSWORD"]]],
    ["I just got a text with 771204", [[23, "771204", "PASSWORD"]]],
    ["received an SMS saying the code: 771204", [[33, "771204", "PASSWORD"], [33, "771204", "PASSWORD"]]],
    ["PIN sent to your phone: 7712", [[24, "7712", "PASSWORD"]]],
    ["code from the text message: 771204", [[28, "771204", "PASSWORD"]]],
    ["otp via email is 771204", [[17, "771204", "PASSWORD"]]],
    ["passcode I got is 7712", [[18, "7712", "PASSWORD"]]],
    ["one-time password we received: 771204", [[31, "771204", "PASSWORD"]]],
    ["the code I got is 2026", []],
    ["the code I got is 123 456", [[18, "123 456", "PASSWORD"]]],
    ["code received: AB-771204", [[15, "AB-771204", "PASSWORD"]]],
    ["code received: 771204 times", []],
    ["code received: 12", []],
    ["PUK 44120983", []],
    ["SIM PUK: 44120983", [[9, "44120983", "PASSWORD"]]],
    ["puk2 code 44120983", [[10, "44120983", "PASSWORD"]]],
    ["PIN2 9921", [[5, "9921", "PASSWORD"]]],
    ["pin-2: 9921", [[7, "9921", "PASSWORD"]]],
    ["puk=44120983", [[4, "44120983", "PASSWORD"]]],
    ["pin2=9921", [[5, "9921", "PASSWORD"]]],
  ] as Array<[string, Array<[number, string, string]>]>)('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('a label with a digit of its own is no count of digits', () => {
  // `cvv2`, `cvc2` name the code as `cvv`, `CVC` do: they need no card in the text (they were read
  // as `3 digits`, which needs one, and the code stayed: found by this file's mutation analysis).
  it.each([
    ['cvv2 on the back is 837', [[20, '837', 'CVV']]],
    ['CVC2 on the back: 837', [[18, '837', 'CVV']]],
    ['cvc2 in the rear says 837', [[22, '837', 'CVV']]],
  ] as Array<[string, Array<[number, string, string]>]>)('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('otpWords: which value check each label takes (issue 13, the survivors of 1086-1089)', () => {
  // `pin` and `passcode` take pinLike (letters of any case with digits: `g-481516`); the other labels
  // (`code`, `otp`, `one-time password`, `number` after a count) codeLike (capitals only:
  // `G-481516`); the authenticator and message forms, with no label word, digits only; each also
  // takes the value's digits alone (`481 516`). A year or a count after it is none.
  it.each([
    ['the code I got is G-481516', [[18, 'G-481516', 'PASSWORD']]],
    ['the code I got is g-481516', []],
    ['the otp I got is G-481516', [[17, 'G-481516', 'PASSWORD']]],
    ['the pin I got is g-481516', [[17, 'g-481516', 'PASSWORD']]],
    ['the PIN I got is g-481516', [[17, 'g-481516', 'PASSWORD']]],
    ['the Passcode I got is g-481516', [[22, 'g-481516', 'PASSWORD']]],
    ['the passcode I got is G-481516', [[22, 'G-481516', 'PASSWORD']]],
    ['one-time pin we received: g-481516', []],
    ['one-time pin we received: G-481516', [[26, 'G-481516', 'PASSWORD']]],
    ['6-digit code: G-481516', [[14, 'G-481516', 'PASSWORD']]],
    ['6-digit code: g-481516', []],
    ['6-digit pin: g-481516', [[13, 'g-481516', 'PASSWORD'], [13, 'g-481516', 'PASSWORD']]],
    ['6-digit passcode: g-481516', [[18, 'g-481516', 'PASSWORD'], [18, 'g-481516', 'PASSWORD']]],
    // `number` needs another cue word of the gate in the text (`sms`).
    ['6-digit number: G-481516 (sms)', [[16, 'G-481516', 'PASSWORD']]],
    ['6-digit number: g-481516 (sms)', []],
    ['my authenticator shows G-481516', []],
    ['I just got a text with G-481516', []],
    ['my authenticator shows 481 516', [[23, '481 516', 'PASSWORD']]],
    ['my authenticator shows 481-516', [[23, '481-516', 'PASSWORD']]],
    ['the pin I got is 481 516', [[17, '481 516', 'PASSWORD']]],
    ['the pin I got is 2026', []],
    ['the pin I got is 2026 now', []],
    ['my authenticator shows 1999', []],
    ['the pin I got is 481516 files', []],
    ['the pin I got is 481516 today', [[17, '481516', 'PASSWORD']]],
  ] as Array<[string, Array<[number, string, string]>]>)('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
