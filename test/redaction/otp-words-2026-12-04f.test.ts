// L9 of the sixth README-only probe of 2026-12-04 (probe-2026-12-04f.cases.md): one-time sign-in
// codes a user reads out in words other than the listed labels were stored raw: `the code I got by
// sms is 771204`, `I just got a text with 771204`, `code received: 771204`, `the six digit code:
// 771204`, `my authenticator shows 771204`, `PIN sent to your phone: 7712`. The row's inputs and
// other spellings of the kind through the real pipeline; look-alikes beside them stay.
import { afterAll, describe, expect, it } from 'vitest';
import type { JsonValue } from '@agent-audit/core';
import { kinds, redacted, removeLedgers, stored } from './pipeline-2026-12-04f.js';

afterAll(removeLedgers);

describe('L9: the row', () => {
  it.each([
    ['the code I got by sms is 771204', '771204'],
    ['I just got a text with 771204', '771204'],
    ['code from the text message: 771204', '771204'],
    ['code received: 771204', '771204'],
    ['the six digit code: 771204', '771204'],
    ['the code you sent me is 771204', '771204'],
    ['my authenticator shows 771204', '771204'],
    ['Google Authenticator code 771204', '771204'],
    ['PIN sent to your phone: 7712', '7712'],
  ])('%s', async (text, code) => {
    const { values, raw } = await stored([text]);
    expect(kinds(values[0] as JsonValue)).toBe(text.replace(code, '[PASSWORD]'));
    expect(raw).not.toMatch(new RegExp(`(?<![0-9A-Za-z])${code}(?![0-9A-Za-z])`));
  });
  it('the row\u2019s masked inputs stay masked', () => {
    for (const text of ['OTP 771204', 'Your OTP is 771204', '2FA code: 771204', 'my one-time code is 771204', 'my sms code 771204', 'the code is 771204', 'here is the verification code 771204', 'Your verification code is 482913']) expect(kinds(redacted(text)), text).toMatch(/\[(?:PASSWORD|SECRET)\]/);
    for (const key of ['otp', 'otpCode', 'mfaCode', 'smsCode', 'totp', 'verification_code']) expect(kinds(redacted({ [key]: '771204' })), key).not.toContain('771204');
  });
});

describe('L9: other spellings of the kind (held back)', () => {
  it.each([
    ['the code they texted me is 482913', '482913'],
    ['the code that was sent to my phone is 482913', '482913'],
    ['code sent via SMS: 482913', '482913'],
    ['8-digit code: 48291377', '48291377'],
    ['4 digit PIN is 4821', '4821'],
    ['Microsoft Authenticator app says 482913', '482913'],
    ['received an SMS saying 482913', '482913'],
    ['got an email with the code 482913', '482913'],
    ['the OTP you sent me is 482913', '482913'],
    ['passcode from the app: 482913', '482913'],
    ['the 6-digit code I received is 482 913', '482 913'],
  ])('%s', async (text, code) => {
    const { values, raw } = await stored([text]);
    expect(kinds(values[0] as JsonValue)).toBe(text.replace(code, '[PASSWORD]'));
    expect(raw).not.toMatch(new RegExp(`(?<![0-9A-Za-z])${code}(?![0-9A-Za-z])`));
  });
});

describe('L9: look-alikes stay as written', () => {
  it.each([
    'I got a text with 3 photos',
    'code received: 2024',
    'the six digit code: 2024 rules',
    'error code received: 500',
    'code from the email: see below',
    'The authenticator app is 2 years old',
    'got a text with 1200 words in it',
    'the code you sent me is broken',
    'a 4 digit number: 1984',
    'the code I got by email is in the attachment',
  ])('%s', (text) => {
    expect(redacted(text)).toBe(text);
  });
});
