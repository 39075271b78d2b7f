// The fifth README-only probe of 2026-12-04 (test/redaction/probe-2026-12-04e.cases.md; issue 11),
// rows K7 and K8 as kinds: a password after a verb or a preposition (`reset your password to …`,
// `Use … as your temporary password`, `Log in with …`), and in Polish and Turkish prose (`moje
// hasło to …`, `şifrem …`). The probe's inputs, other spellings of the same grammar, and the
// look-alikes that must stay (`reset your password to continue`, `Use 1Password as your password
// manager`, `Send the password to Bob2024`).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, detectSensitive, fileLedger } from '@agent-audit/core';
import { blankMachineValues, storedJsonl } from '../../../../test/redaction/stored.js';

/** Whether one secret detection covers `value` inside `text` whole. */
function masked(text: string, value: string): boolean {
  const start = text.indexOf(value);
  if (start === -1) throw new Error(`${value} not in ${text}`);
  return detectSensitive(text).some((d) => d.class === 'secret' && d.start <= start && d.end >= start + value.length);
}
const secrets = (text: string): string[] => detectSensitive(text).filter((d) => d.class === 'secret').map((d) => text.slice(d.start, d.end));

describe('K7: a password after a verb or a preposition', () => {
  it.each([
    // The probe's inputs.
    ['Use Rq7mL2xWp9 as your temporary password.', 'Rq7mL2xWp9'],
    ['I have reset your password to Rq7mL2xWp9.', 'Rq7mL2xWp9'],
    ['I changed the password to Rq7mL2xWp9 for you', 'Rq7mL2xWp9'],
    ['Log in with Rq7mL2xWp9 and change it', 'Rq7mL2xWp9'],
    ['Your account was unlocked; sign in using Rq7mL2xWp9', 'Rq7mL2xWp9'],
    ['I set my password to Tq5Xm8Lvq2 yesterday', 'Tq5Xm8Lvq2'],
    ['changed pw to Tq5Xm8Lvq2', 'Tq5Xm8Lvq2'],
    // Other spellings of the same grammar.
    ["I've updated the admin password for db01 to Kx9mP2wq!", 'Kx9mP2wq!'],
    ['We rotated the root passphrase to "Kx9 mP2!" today', 'Kx9 mP2!'],
    ["use 'hunter22' as the new password", 'hunter22'],
    ['Please use Wn4-Rt7-Zq2 as your one-time password, then pick your own.', 'Wn4-Rt7-Zq2'],
    ['reset your passcode to 99218834', '99218834'],
    ['Resetting the password to hunter22 now', 'hunter22'],
    ['logon with the password Qx8Lm2Zp and confirm', 'Qx8Lm2Zp'],
    ['Sign-in using Winter2026! then change it', 'Winter2026!'],
    ['login with Zq9#Lm2p', 'Zq9#Lm2p'],
    // A password with an `@` is no email.
    ['reset your password to P@ssw0rd', 'P@ssw0rd'],
    ['Log in with Adm1n@2026 and change it', 'Adm1n@2026'],
  ])('%s', (text, value) => expect(masked(text, value)).toBe(true));

  it('any mixed password after any setting verb, possessive and password word', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('reset', 'set', 'changed', 'updated', 'I have changed', 'we rotated', 'Changing'),
        fc.constantFrom('your', 'the', 'my', 'the admin', 'your new'),
        fc.constantFrom('password', 'Password', 'pw', 'passphrase', 'passcode'),
        fc.constantFrom('to', 'as'),
        fc.stringMatching(/^[A-Z][a-z]{2,6}[0-9]{1,4}[a-zA-Z]{0,3}[!#%&*+_-]?$/),
        fc.constantFrom('', '.', ' for you', ', thanks'),
        (verb, whose, label, link, value, tail) => masked(`${verb} ${whose} ${label} ${link} ${value}${tail}`, value),
      ),
    );
  });

  it('any mixed password before `as your … password`, and after `log in with`', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z][a-z]{3,5}[0-9]{1,3}[A-Za-z0-9]{1,5}$/),
        fc.constantFrom('your', 'the', 'a'),
        fc.constantFrom('', ' temporary', ' new', ' initial'),
        fc.constantFrom('.', '', ' and change it', ', then reset it'),
        (value, whose, qualifier, tail) => masked(`Use ${value} as ${whose}${qualifier} password${tail}`, value) && masked(`Log in with ${value}${tail}`, value),
      ),
    );
  });

  it.each([
    // Kept by the probe: these were masked, and are.
    ['Your password has been set to Rq7mL2xWp9', 'Rq7mL2xWp9'],
    ['Your new password is Rq7mL2xWp9', 'Rq7mL2xWp9'],
    ['The temporary password is now Rq7mL2xWp9', 'Rq7mL2xWp9'],
    ['Temporary password: Rq7mL2xWp9', 'Rq7mL2xWp9'],
    ['login: qvlintuk / pw: Rq7mL2xWp9', 'Rq7mL2xWp9'],
  ])('still masked: %s', (text, value) => expect(masked(text, value)).toBe(true));

  it.each([
    'reset your password to continue',
    'Please reset your password to regain access.',
    'change your password to something stronger',
    'set the password to 12 characters or more',
    'reset the password to default',
    'Use 1Password as your password manager',
    'use Bitwarden2 as the password vault',
    'Use this as your password.',
    'Send the password to Bob2024',
    'Log in with Google',
    'sign in with your email',
    'log in with user42 to see it',
    'Sign in using SSO2 or your badge',
    'changed the password hashing to SHA-256',
    'updated the password policy to v2.3.1',
    'set your password to ${NEW_PASSWORD}',
    'reset your password to <new password>',
    // Sign-in methods and products named with digits, and hyphenated words.
    'Sign in with OAuth2',
    'log in with Office365 today',
    'Log in with Microsoft365 or SAML2',
    // The `!`s after a word are the value's to valueAt (`Winter2024!`), and were a method's too until
    // issue 13's Stryker tests (2026-12-04).
    'Sign in with Office365!',
    'Just log in with Microsoft365!!',
    'Use Wi-Fi-Direct as the password.',
  ])('kept: %s', (text) => expect(secrets(text)).toEqual([]));
});

describe('K8: passwords in Polish and Turkish prose', () => {
  it.each([
    // The probe's inputs.
    ['moje hasło to Tq5Xm8Lvq2', 'Tq5Xm8Lvq2'],
    ['şifrem Tq5Xm8Lvq2', 'Tq5Xm8Lvq2'],
    ['şifrem Tq5Xm8Lvq2 olarak değiştirildi', 'Tq5Xm8Lvq2'],
    // Other spellings: Polish copulas and `na` after changing or setting, without diacritics.
    ['Twoje nowe hasło to Kx9mP2wq', 'Kx9mP2wq'],
    ['hasło tymczasowe brzmi Tq5Xm8Lvq2.', 'Tq5Xm8Lvq2'],
    ['zmieniłem hasło na Tq5Xm8Lvq2', 'Tq5Xm8Lvq2'],
    ['haslo zostalo zmienione na Tq5Xm8Lvq2', 'Tq5Xm8Lvq2'],
    ['hasło do wifi to Kot12345', 'Kot12345'],
    // Turkish: the possessive and accusative suffixes, `şu`, a colon, `parola`.
    ['yeni şifreniz: Tq5Xm8Lvq2', 'Tq5Xm8Lvq2'],
    ['Şifreniz Tq5Xm8Lvq2 olarak belirlendi', 'Tq5Xm8Lvq2'],
    ['şifremi Tq5Xm8Lvq2 olarak değiştirdim', 'Tq5Xm8Lvq2'],
    ['sifrem su: Tq5Xm8Lvq2', 'Tq5Xm8Lvq2'],
    ['parolanız Tq5Xm8Lvq2', 'Tq5Xm8Lvq2'],
    ['wifi parolası Kedi2024x', 'Kedi2024x'],
  ])('%s', (text, value) => expect(masked(text, value)).toBe(true));

  it('any mixed password after any Turkish possessive of şifre or parola', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('şifrem', 'şifren', 'şifreniz', 'şifresi', 'şifremi', 'şifrenizi', 'sifrem', 'Şifreniz', 'parolam', 'parolanız', 'parolanızı'),
        fc.constantFrom(' ', ': ', ' şu: '),
        fc.stringMatching(/^[A-Za-z][a-z]{1,5}[0-9]{2,4}[A-Za-z]{0,3}$/),
        fc.constantFrom('', ' olarak değiştirildi', '.'),
        (label, link, value, tail) => masked(`${label}${link}${value}${tail}`, value),
      ),
    );
  });

  it.each([
    // Kept by the probe: masked before, and now.
    ['hasło: Tq5Xm8Lvq2', 'Tq5Xm8Lvq2'],
    ['şifre: Tq5Xm8Lvq2', 'Tq5Xm8Lvq2'],
    ['hasło jest Tq5Xm8Lvq2', 'Tq5Xm8Lvq2'],
  ])('still masked: %s', (text, value) => expect(masked(text, value)).toBe(true));

  it.each(['şifreniz E-Devlet üzerinden gönderildi', 'şifremi unuttum', 'şifreniz güncellendi', 'şifrem yok', 'moje hasło to tajemnica', 'hasło to podstawa bezpieczeństwa', 'zmieniłem hasło na nowe', 'parolanız en az 8 karakter olmalı'])('kept: %s', (text) => expect(secrets(text)).toEqual([]));
});

describe('K7, K8 in the ledger', () => {
  it('stores none of the passwords; the look-alikes stay', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'probe-20261204e-k7-'));
    const auditor = createAuditor({ agent: { id: 'probe' }, sink: fileLedger({ dir: join(dir, 'ledger') }), redactor: createRedactor({ pseudonymKey: createKeyring([Buffer.alloc(32, 71)]) }) });
    const outputs = [
      'Use Rq7mL2xWp9 as your temporary password.',
      'I have reset your password to Rq7mL2xWp9.',
      'Log in with Rq7mL2xWp9 and change it',
      'changed pw to Tq5Xm8Lvq2',
      'moje hasło to Kx9mP2wq',
      'şifrem Wn4Rt7Zq2 olarak değiştirildi',
      'reset your password to continue; Use 1Password as your password manager',
    ];
    for (const result of outputs) auditor.record({ type: 'tool.result', tool: { name: 't', result } });
    auditor.record({ type: 'model.response', content: { messages: [{ role: 'user', content: 'I set my password to Hq3Vn7Lp2z yesterday' }] } } as never);
    await auditor.close();
    const text = blankMachineValues(storedJsonl(join(dir, 'ledger'))).replace(/\[[A-Z_]+:psn_\w+\]/g, ' ').replace(/[0-9a-f]{32,}/g, '<hex>');
    for (const raw of ['Rq7mL2xWp9', 'Tq5Xm8Lvq2', 'Kx9mP2wq', 'Wn4Rt7Zq2', 'Hq3Vn7Lp2z']) expect(text, raw).not.toContain(raw);
    for (const kept of ['reset your password to continue', 'Use 1Password as your password manager']) expect(text).toContain(kept);
  });
});
