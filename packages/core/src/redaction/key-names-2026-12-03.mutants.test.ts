// What key-names.ts promises for the lines the redaction work of 2026-12-03 (afternoon) changed
// (issue 13, from mutants of those lines): telephony member names hold a phone number, a name
// without its qualifiers is read as a name as written is (a password suffix, a vendor's key, a
// qualifier with digits of its own), words of letters outside ASCII alone still lose their accents,
// and the caches of normalizeKeyName and isBareAccountKeyName give the same answers as the first
// reading. In process, key-names.ts alone.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SECRET_KEYS, isBareAccountKeyName, matchKeyName, normalizeKeyName, numberKeyKind, withoutAccents } from './key-names.js';

const secret = (name: string) => matchKeyName(name, DEFAULT_SECRET_KEYS);

describe('numberKeyKind: telephony records', () => {
  it("a caller's or callee's id, ANI, DNIS, CLI and MSISDN hold a phone number", () => {
    const names = ['caller_id', 'callerId', 'caller', 'callee', 'callee_id', 'called_number', 'calling_number', 'ani', 'DNIS', 'cli', 'clid', 'msisdn'];
    expect(names.map((name) => [name, numberKeyKind(name)])).toEqual(names.map((name) => [name, 'PHONE']));
  });

  it('other call fields do not', () => {
    for (const name of ['call_count', 'caller_name', 'call_duration', 'animal']) expect(numberKeyKind(name)).not.toBe('PHONE');
  });
});

describe('matchKeyName: without its qualifiers, a name is read as a name as written is', () => {
  it('a password suffix (`db_pass` then a qualifier)', () => {
    expect(secret('db_pass_encoded')).toBe('password');
    expect(secret('smtp_pass_hex')).toBe('password');
    expect(secret('boarding_pass_hex')).toBeUndefined();
  });

  it("a vendor's key (`stripe_key` then a qualifier)", () => {
    expect(secret('stripe_key_hex')).toBe('apikey');
    expect(secret('encryption_key_base64')).toBe('apikey');
    expect(secret('sort_key_hex')).toBeUndefined();
  });

  it('a qualifier with digits of its own (`b64`) is dropped whole', () => {
    expect(secret('api_secret_b64')).toBeDefined();
    expect(secret('token_b64')).toBeDefined();
  });
});

describe('withoutAccents', () => {
  it('takes the accents off words written wholly outside ASCII, and returns ASCII as it is', () => {
    expect(withoutAccents('é')).toBe('e');
    expect(withoutAccents('ñ')).toBe('n');
    expect(withoutAccents('éà')).toBe('ea');
    expect(withoutAccents('contraseña')).toBe('contrasena');
    expect(withoutAccents('password')).toBe('password');
    expect(withoutAccents('')).toBe('');
  });
});

describe('the caches of key names', () => {
  it('normalizeKeyName answers the same the second time, for short and long names', () => {
    const long = `${'Ab_'.repeat(30)}Key`;
    for (const name of ['X-Api-Key', 'db_PASS', long]) {
      const first = normalizeKeyName(name);
      expect(normalizeKeyName(name)).toBe(first);
    }
    expect(normalizeKeyName(long)).toBe(`${'ab'.repeat(30)}key`);
  });

  it('isBareAccountKeyName answers the same the second time, true and false', () => {
    for (const [name, bare] of [['account', true], ['bank_account', true], ['account_type', false], ['x'.repeat(70), false]] as const) {
      expect(isBareAccountKeyName(name)).toBe(bare);
      expect(isBareAccountKeyName(name)).toBe(bare);
    }
  });

  it('still answers after more than 4,096 names (the caches are cleared, not stuck)', () => {
    for (let i = 0; i < 4200; i++) {
      expect(normalizeKeyName(`Key_${i}`)).toBe(`key${i}`);
      expect(isBareAccountKeyName(`account_${i}_x`)).toBe(false);
    }
    expect(isBareAccountKeyName('account')).toBe(true);
    expect(normalizeKeyName('X-Api-Key')).toBe('xapikey');
  });
});
