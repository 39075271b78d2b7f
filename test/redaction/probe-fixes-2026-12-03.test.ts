// A fresh probe of the rules of 2026-12-02 (test/redaction/attack-2026-12-02.cases.md, "A fresh
// probe of the fixes for over-masking") and the detections still open after that round:
//  - member names decide only with the number's shape: `account` with a date, a version or an
//    AWS account id, `social` alone (a follower count), `rg` (a resource group), `nip` (an IP-like
//    value), `passport` (a package name), as JSON members, CSV columns and query parameters;
//  - one-time codes: a year, a version, a word with digits after `your code` were masked; codes
//    before their label, after a bare label, in German, French and Portuguese, spaced, missed;
//    `Account: 1234567 tickets closed` (a count); `mot de passe temporaire: expiré` (a word);
//  - new: `KVNR: A123456780` (check digit), passport and identity card MRZs (ICAO 9303), backup
//    codes and wallet seed phrases after their labels.
// The HL7 cases (segments without an MSH) are in packages/core/src/redaction/hl7.test.ts.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '@agent-audit/core';
import type { JsonValue, UnsealedEvent } from '../../packages/core/src/spec/event.js';
import { kvnrValid } from '../../packages/core/src/redaction/health-ids.js';
import { mrzCheck } from '../../packages/core/src/redaction/mrz.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]) });

function event(result: JsonValue): UnsealedEvent {
  return {
    v: 1, id: '01JABCDEFGHJKMNPQRSTVWXYZ0', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.result',
    // A trace of its own: session memory (values of earlier cases) plays no part.
    trace: { traceId: randomBytes(16).toString('hex'), spanId: 'b'.repeat(16) }, agent: { id: 'bot' }, source: 'test', outcome: 'success',
    tool: { name: 'crm.lookup', result },
  } as UnsealedEvent;
}

/** The tool result as stored, as the value itself. */
async function stored(result: JsonValue): Promise<string> {
  const out = await redactor.redact(event(result), { capture: {} } as never);
  return JSON.stringify(out.event.tool?.result);
}

describe('member names: the value must have the shape of the number the name says (fresh probe, 2026-12-02)', () => {
  const masked: Array<[string, JsonValue, string, RegExp]> = [
    ['an account number', { account: '4830291175' }, '4830291175', /ACCOUNT_NUMBER/],
    ['12 digits under account without an AWS context', { account: '123456789012', currency: 'EUR' }, '123456789012', /ACCOUNT_NUMBER/],
    ['a Brazilian RG', { rg: '12.345.678-9' }, '12.345.678-9', /NATIONAL_ID/],
    ['an RG with its state', { patient_rg: 'MG-12.345.678' }, 'MG-12.345.678', /NATIONAL_ID/],
    ['a Polish NIP with its check digit', { nip: '123-456-32-18' }, '123-456-32-18', /NATIONAL_ID/],
    ['a compact NIP', { nip: '1234563218' }, '1234563218', /NATIONAL_ID/],
    ['a passport number', { passport: 'X1234567' }, 'X1234567', /PASSPORT/],
    ['a UK NINO in groups under passport-like id names', { nationalInsuranceNumber: 'AB 12 34 56 C' }, 'AB 12 34 56 C', /NATIONAL_ID/],
    ['an SSN under social', { social: '536228514' }, '536228514', /NATIONAL_ID/],
    ['an SSN as a number under social', { social: 536228514 }, '536228514', /NATIONAL_ID/],
    ['a dashed SSN under social', { social: '536-22-8514' }, '536-22-8514', /NATIONAL_ID|SSN/],
    ['a Canadian SIN under social', { social: '046 454 286' }, '046 454 286', /NATIONAL_ID/],
    ['social_security (any id shape)', { social_security: '12345678' }, '12345678', /NATIONAL_ID/],
    ['an account column of a CSV', 'name,account,email\nbob,4830291175,b@x.org', '4830291175', /ACCOUNT_NUMBER/],
    ['nip and social as query parameters', 'GET /x?nip=1234563218&social=536228514 HTTP/1.1', '1234563218', /NATIONAL_ID/],
  ];
  for (const [name, input, raw, type] of masked) {
    it(`masks ${name}`, async () => {
      const out = await stored(input);
      expect(out, out).not.toContain(raw);
      expect(out, out).toMatch(type);
    });
  }

  const kept: Array<[string, JsonValue]> = [
    ['a date under account', { account: '2024-01-15' }],
    ['a European date under account', { account: '15.01.2024' }],
    ['a version or an OID under account', { account: '1.2.3456.7890' }],
    ['an AWS account id beside an ARN', { Account: '123456789012', Policy: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
    ['an AWS account id beside a region (CDK env)', { env: { account: '123456789012', region: 'us-east-1' } }],
    ['a follower count under social', { social: 1234567 }],
    ['a follower count as a string', { social: '1234567' }],
    ['nine digits that are no SSN nor SIN under social', { social: '900123457' }],
    ['a resource group under rg', { rg: 'us-east-1-00012345' }],
    ['a resource group name', { rg: 'rg-prod-001' }],
    ['an IP-like value under nip', { nip: '10.0.0.12345' }],
    ['ten digits failing the NIP check', { nip: '1234563219' }],
    ['a package and build under passport', { passport: 'passport-js 0.6.0 build 12345' }],
    ['a date under pesel', { pesel: '2024-01-15' }],
    ['dates and versions in CSV columns zip and account', 'zip,account\nyes,2024-01-15\ndeflate,1.2.3456.7890'],
    ['look-alikes as query parameters', 'GET /x?nip=10.0.0.12345&rg=rg-prod-001&social=1234567 HTTP/1.1'],
  ];
  for (const [name, input] of kept) {
    it(`keeps ${name}`, async () => {
      expect(await stored(input)).toBe(JSON.stringify(typeof input === 'string' ? input : JSON.parse(JSON.stringify(input, (key, value) => (value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, value[k]])) : value)))));
    });
  }

  it('an IP address under account is an IP, not an account number', async () => {
    const out = await stored({ account: '10.0.0.12' });
    expect(out).not.toContain('ACCOUNT_NUMBER');
  });
});

/** The detections overlapping `value` in `text`, as `TYPE:text`. */
function covering(text: string, value: string): string[] {
  const start = text.indexOf(value);
  if (start === -1) throw new Error(`${value} not in ${text}`);
  const end = start + value.length;
  return detectSensitive(text)
    .filter((d) => d.start < end && d.end > start)
    .map((d) => `${d.type}:${text.slice(d.start, d.end)}`);
}
/** `value` lies wholly inside one detection of a type matching `type`. */
function maskedAs(text: string, value: string, type: RegExp): boolean {
  const start = text.indexOf(value);
  const end = start + value.length;
  return detectSensitive(text).some((d) => d.start <= start && d.end >= end && type.test(d.type));
}

describe('one-time codes: a code has a code\'s shape, wherever its label is (fresh probe, 2026-12-02)', () => {
  const found: Array<[string, string]> = [
    ['Ihr Code lautet 481516', '481516'],
    ['Votre code est 481516', '481516'],
    ['Seu código é 481516', '481516'],
    ['O seu código é 481516', '481516'],
    ['Your code is: 4 8 1 5 1 6', '4 8 1 5 1 6'],
    ['PIN: 4 8 2 1', '4 8 2 1'],
    ['Use 481516 as your verification code', '481516'],
    ['G-481516 is your Google verification code.', '481516'],
    ['481516 ist Ihr Bestätigungscode', '481516'],
    ['481516 est votre code de vérification', '481516'],
    ['SMS-TAN 481516', '481516'],
    ['Ihre mTAN 481516 gilt 5 Minuten', '481516'],
    ['OTP 481516', '481516'],
    ['one time password 481516', '481516'],
    ['verification code 481516', '481516'],
    ['Your code is 482913', '482913'],
    ['Your code is G-481516', 'G-481516'],
    ['Your code is AB12CD', 'AB12CD'],
    ['TAN: 482913', '482913'],
    // A word of another script after a password label is still masked (only accented Latin letters became letters).
    ['пароль: секрет', 'секрет'],
    ['Passwort: Grüße123', 'Grüße123'],
  ];
  for (const [text, value] of found) it(`masks ${value} in ${JSON.stringify(text)}`, () => expect(maskedAs(text, value, /PASSWORD/), covering(text, value).join()).toBe(true));

  const kept: Array<[string, string]> = [
    ['Your code is 404-compliant now', '404-compliant'],
    ['Your code is v2.3.1', 'v2.3.1'],
    ['Your code is 2024', '2024'],
    ['2024 is your year', '2024'],
    ['OTP 2024', '2024'],
    ['tan 45 degrees', '45'],
    ['error code 404', '404'],
    ['Ihr Code ist fehlerhaft', 'fehlerhaft'],
    ['mot de passe temporaire: expiré', 'expiré'],
    ['Passwort: gelöscht', 'gelöscht'],
    ['backup codes are stored in the vault', 'stored'],
  ];
  for (const [text, value] of kept) it(`keeps ${value} in ${JSON.stringify(text)}`, () => expect(covering(text, value)).toEqual([]));
});

describe('account labels: a count after the number, a compound Konto (fresh probe, 2026-12-02)', () => {
  it('keeps a count after a bare account label', () => {
    expect(covering('Account: 1234567 tickets closed', '1234567')).toEqual([]);
    expect(covering('account 31926819 users migrated', '31926819')).toEqual([]);
  });
  it('still masks an account number before a verb or at the end', () => {
    for (const [text, value] of [['Account 31926819 has been closed', '31926819'], ['Account: 4830291175', '4830291175'], ['account 31926819 pays', '31926819']]) {
      expect(maskedAs(text as string, value as string, /ACCOUNT_NUMBER/), text).toBe(true);
    }
  });
  it('masks an account number after Bankkonto, Girokonto, Sparkonto', () => {
    for (const label of ['Bankkonto', 'Girokonto:', 'Sparkonto Nr.']) expect(maskedAs(`${label} 98765432`, '98765432', /ACCOUNT_NUMBER/), label).toBe(true);
  });
});

describe('KVNR: the German health insurance number after its label, by its check digit', () => {
  it('computes the check digit (letter as 01-26, weights 1-2, digit sums, mod 10)', () => {
    expect(kvnrValid('A123456780')).toBe(true);
    expect(kvnrValid('Z987654320')).toBe(false);
    for (let check = 0; check <= 9; check++) expect(kvnrValid(`A12345678${check}`), String(check)).toBe(check === 0);
    // K = 11: digits 1 1 1 2 3 4 5 6 7 8 -> 1+2+1+4+3+8+5+3+7+7 = 41 -> 1
    expect(kvnrValid('K123456781')).toBe(true);
    expect(kvnrValid('a123456780')).toBe(false);
    expect(kvnrValid('A12345678')).toBe(false);
  });
  it('masks a valid KVNR after KVNR, KV-Nr., Krankenversichertennummer; after its own label a wrong check digit too (a typo is still the patient’s number, 2026-12-03); not a bare one', () => {
    for (const text of ['KVNR: A123456780', 'KV-Nr. A123456780', 'kvnr A123456780', 'Krankenversichertennummer: A123456780']) expect(maskedAs(text, 'A123456780', /HEALTH_PLAN_ID/), text).toBe(true);
    expect(maskedAs('KVNR: A123456781', 'A123456781', /HEALTH_PLAN_ID/)).toBe(true);
    expect(covering('build A123456780 passed', 'A123456780')).toEqual([]);
  });
});

describe('machine-readable zones of passports and identity cards (ICAO 9303)', () => {
  const td3 = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10';
  const td1 = 'I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<';
  const pad = (text: string, length: number) => text + '<'.repeat(length - text.length);
  // The attack's zone (#15): its document number's check digit is right, the dates' are not.
  const attack = `${pad('P<GBRSMITH<<JOHN<PETER', 44)}\n${pad('1234567897GBR8501017M3001014', 42)}<0`;
  it('computes check digits (weights 7, 3, 1; A-Z 10-35; < 0)', () => {
    expect(mrzCheck('L898902C36', 0, 9, 9)).toBe(true);
    expect(mrzCheck('7408122', 0, 6, 6)).toBe(true);
    expect(mrzCheck('7408123', 0, 6, 6)).toBe(false);
    expect(mrzCheck('<<<<<<<<<<', 0, 9, 9)).toBe(true);
  });
  for (const [name, zone] of [['a TD3 passport zone', td3], ['a TD1 identity card zone', td1], ['the attack\'s zone', attack]]) {
    it(`masks ${name} whole`, async () => {
      const text = `Scanned page:\n${zone as string}\nend of scan`;
      expect(maskedAs(text, zone as string, /PASSPORT/), covering(text, zone as string).join()).toBe(true);
      const out = await stored(text);
      for (const part of ['ERIKSSON', 'SMITH', 'L898902C3', '740812', '1234567897', '850101']) expect(out).not.toContain(part);
    });
  }
  it('keeps lines of < and capitals that are no zone: rulers, wrong check digits, no names line, bad dates', () => {
    const rows = [
      `${'<'.repeat(44)}\n${'<'.repeat(44)}`,
      `P<${'<'.repeat(42)}\n${'A'.repeat(44)}`,
      `${pad('P<GBRSMITH<<JOHN<PETER', 44)}\n${pad('1234567890GBR8501010M3001011', 42)}<0`,
      `${pad('P<GBR1234<<JOHN', 44)}\n${pad('1234567897GBR8501017M3001014', 42)}<0`,
      `${pad('P<GBRSMITH<<JOHN', 44)}\n${pad('1234567897GBR8513017M3001014', 42)}<0`,
    ];
    // No zone whole; a names line of its own structure is masked alone since L7 of the probe of 2026-12-06
    // (`P<GBRSMITH<<JOHN<PETER<<<…`: the holder's names), the data line under it never.
    for (const text of rows) expect(detectSensitive(text).filter((d) => d.type === 'PASSPORT' && d.end > text.indexOf('\n')), text).toEqual([]);
  });
});

describe('backup codes and wallet seed phrases after their labels', () => {
  const phrase = 'abandon ability able about above absent absorb abstract absurd abuse access accident';
  it('masks each backup code of the list', () => {
    for (const [text, codes] of [
      ['Backup codes: 7f2k-9x3m 4h8q-2w6z', ['7f2k-9x3m', '4h8q-2w6z']],
      ['Your backup codes are 7f2k-9x3m, 4h8q-2w6z. Keep them safe.', ['7f2k-9x3m', '4h8q-2w6z']],
      ['recovery codes:\n1234 5678\n8765 4321\nKeep them safe', ['1234', '5678', '8765', '4321']],
      ['Wiederherstellungscodes:\n- a1b2c-3d4e5\n- f6g7h-8i9j0', ['a1b2c-3d4e5', 'f6g7h-8i9j0']],
      // A note in parentheses after the label (raw before, a probe of 2026-12-03).
      ['Recovery codes (save these): 7f2k-9x3m 4h8q-2w6z', ['7f2k-9x3m', '4h8q-2w6z']],
      ['Backup codes (keep safe):\n7f2k-9x3m\n4h8q-2w6z', ['7f2k-9x3m', '4h8q-2w6z']],
    ] as Array<[string, string[]]>) {
      for (const code of codes) expect(maskedAs(text, code, /PASSWORD/), `${code} in ${text}`).toBe(true);
    }
    expect(covering('Backup codes: 7f2k-9x3m 4h8q-2w6z. Keep them safe.', 'Keep')).toEqual([]);
    for (const [text, value] of [['Backup codes (10 left)', '10'], ['the recovery codes (see docs) are stored in vault', 'stored'], ['Backup codes: 10 left', '10'], ['recovery codes: 2 of 10 used', '2 of 10'], ['backup codes: none generated', 'none']]) {
      expect(detectSensitive(text).filter((d) => d.type === 'PASSWORD'), `${value} in ${text}`).toEqual([]);
    }
  });
  it('masks a seed phrase of 12 or 24 words whole, on its line, quoted, numbered', () => {
    for (const text of [`wallet seed phrase: ${phrase}`, `Recovery phrase:\n${phrase}\nDone`, `mnemonic: "${phrase}"`, `secret recovery phrase is ${phrase} ${phrase}`, `seed phrase: ${phrase} and then some more words`, `seed phrase (keep offline): ${phrase}`]) {
      expect(maskedAs(text, phrase, /SEED_PHRASE/), text).toBe(true);
    }
    const numbered = `seed words: ${phrase.split(' ').map((word, i) => `${i + 1}. ${word}`).join(' ')}`;
    expect(maskedAs(numbered, '12. accident', /SEED_PHRASE/)).toBe(true);
  });
  it('keeps prose after the labels, other counts of words, a number seed', () => {
    for (const text of [
      'seed phrase is a list of words you must never share with anyone at all, ever',
      'mnemonic: mov eax ebx',
      `mnemonic: ${phrase.split(' ').slice(0, 11).join(' ')}`,
      'seed: 42',
      'the seed words are twelve plain english words the wallet shows once at setup time',
    ]) {
      expect(detectSensitive(text).filter((d) => d.type === 'PASSWORD' || d.type === 'SEED_PHRASE'), text).toEqual([]);
    }
  });
});

describe('member names that abbreviate a field and are also a listed name (2026-12-03: {"Arn": …} of an AWS reply was stored as {"[PERSON:…]": …})', () => {
  it('keeps them as member names, in any case', async () => {
    const reply = { Arn: 'arn:aws:iam::123456789012:user/deploy', UserId: 'AIDAEXAMPLEUSERID', Sid: 'AllowS3' };
    expect(await stored(reply)).toContain('"Arn":');
    expect(await stored(reply)).toContain('"Sid":');
    for (const key of ['Min', 'Max', 'MAX', 'Jan', 'Dec', 'Lon', 'Alt', 'Aud', 'Ref', 'Ver']) {
      expect(await stored({ [key]: 1 }), key).toBe(`{"${key}":1}`);
    }
  });

  it('masks the same words where they are a name: as values, beside another name, and listed names as member names', async () => {
    expect(await stored({ name: 'Max' })).not.toContain('Max');
    expect(await stored('Max Okafor signed the form')).not.toMatch(/Max|Okafor/);
    // Other listed names as member names are masked as before (a map keyed by patients' names).
    expect(await stored({ Amara: 3, 'Tjarda Ylvisaker': 1 })).not.toMatch(/Amara|Tjarda|Ylvisaker/);
  });
});

describe('seed phrases, recovery codes and one-time codes under their member names (a probe of 2026-12-03: stored raw)', () => {
  const phrase = 'abandon ability able about above absent absorb abstract absurd abuse access accident';
  it.each([
    ['mnemonic', { mnemonic: phrase }],
    ['seed_phrase', { seed_phrase: phrase }],
    ['recoveryPhrase', { recoveryPhrase: phrase }],
    ['secret_recovery_phrase', { secret_recovery_phrase: phrase }],
    ['ethers wallet.mnemonic.phrase', { wallet: { mnemonic: { phrase } } }],
    ['a mnemonic as a list of words', { mnemonic: phrase.split(' ') }],
  ] as Array<[string, JsonValue]>)('%s', async (_name, value) => {
    expect(await stored(value)).not.toMatch(/abandon|absurd|accident/);
  });

  it.each([
    ['backup_codes', { backup_codes: ['7f2k-9x3m', '4h8q-2w6z'] }, /7f2k|4h8q/],
    ['recoveryCodes', { recoveryCodes: ['12345678', '87654321'] }, /12345678|87654321/],
    ['backupCode', { backupCode: '7f2k9x3m' }, /7f2k9x3m/],
    ['otp_code', { otp_code: '481516' }, /481516/],
    ['verification_code', { verification_code: '481516' }, /481516/],
    ['smsCode as a number', { smsCode: 481516 }, /481516/],
    ['totp', { totp: '481516' }, /481516/],
  ] as Array<[string, JsonValue, RegExp]>)('%s', async (_name, value, raw) => {
    expect(await stored(value)).not.toMatch(raw);
  });

  it('keeps flags and counts about them', async () => {
    expect(await stored({ verification_code_sent: true, mfa_enabled: true, backup_codes_left: 8 })).toBe('{"backup_codes_left":8,"mfa_enabled":true,"verification_code_sent":true}');
  });
});

describe('identity keys keep placeholders, dates and small numbers (a probe of 2026-12-03: {"ssn":"unknown"} was stored as [SSN:…])', () => {
  it.each([
    [{ national_id: 'N/A' }], [{ ssn: 'unknown' }], [{ national_id: 'pending' }], [{ tax_id: '2024-01-15' }], [{ passport_number: 'none' }],
    [{ ssn: '' }], [{ ssn: null }], [{ national_id: 12 }], [{ ssn: 'not provided' }], [{ tax_id: '***' }], [{ ssn: 'REDACTED' }],
  ] as Array<[JsonValue]>)('%j', async (value) => {
    expect(await stored(value)).toBe(JSON.stringify(value));
  });

  it('masks every other value, whatever it looks like', async () => {
    for (const value of [{ ssn: '123-45-6789' }, { ssn: 123456789 }, { tax_id: 'DE123456789' }, { ssn: '***-**-6789' }, { national_id: 'ZXQWVB' }] as JsonValue[]) {
      expect(await stored(value), JSON.stringify(value)).toMatch(/\[SSN:/);
    }
    // A passport number under `passport_number` is a PASSPORT, as under `passport` (a probe of 2026-12-03: stored as [SSN:…]).
    expect(await stored({ passport_number: 'X1234567' })).toMatch(/^\{"passport_number":"\[PASSPORT:psn_[a-z0-9_]+\]"\}$/);
    expect(await stored({ passport_number: 'X1234567' })).toBe((await stored({ passport: 'X1234567' })).replace('"passport"', '"passport_number"'));
  });
});

describe('identity document numbers under their member names (a probe of 2026-12-03, kind 13: stored raw or typed as a card)', () => {
  it.each([
    [{ id_number: 'AB1234567' }, /NATIONAL_ID/],
    [{ idNumber: 'X1234567' }, /NATIONAL_ID/],
    [{ ID_No: '12345678Z' }, /NATIONAL_ID/],
    [{ carte_identite: '880692310285' }, /NATIONAL_ID/],
    [{ carta_identita: 'CA00000AA' }, /NATIONAL_ID/],
    [{ id_card: 'AB123456' }, /NATIONAL_ID/],
  ] as Array<[JsonValue, RegExp]>)('%j', async (value, type) => {
    const out = await stored(value);
    expect(out).toMatch(type);
    expect(out).not.toMatch(/CARD:/);
    expect(out).not.toContain(Object.values(value as Record<string, string>)[0]);
  });
  it('the id number of a thing, flags and words stay', async () => {
    for (const value of [{ order_id_number: '12345678' }, { id_number: 7 }, { id_number: 'unknown' }, { id_card: 'front.png' }, { id_number_verified: true }] as JsonValue[]) {
      expect(await stored(value), JSON.stringify(value)).toBe(JSON.stringify(value));
    }
  });
  it('in a query too', () => {
    const text = 'https://x.test/?passport_number=X12345678&id_number=AB1234567&id_card=AB123456';
    expect(maskedAs(text, 'X12345678', /PASSPORT/)).toBe(true);
    expect(maskedAs(text, 'AB1234567', /NATIONAL_ID/)).toBe(true);
    expect(maskedAs(text, 'AB123456', /NATIONAL_ID/)).toBe(true);
  });
});

describe('an account number in an object or a list under an account key (a probe of 2026-12-03: stored raw)', () => {
  it.each([
    [{ account: { number: '4830291175' } }], [{ account: [{ number: '4830291175' }] }], [{ account: { value: '4830291175' } }], [{ accounts: ['4830291175'] }], [{ bank_accounts: [{ data: '4830291175' }] }],
  ] as Array<[JsonValue]>)('%j', async (value) => {
    expect(await stored(value)).not.toContain('4830291175');
    expect(await stored(value)).toContain('[ACCOUNT_NUMBER:');
  });

  it('names, ids, dates and small numbers in them stay', async () => {
    for (const value of [{ accounts: 1234567 }, { accounts: ['acme-prod', 'acme-dev'] }, { account: { name: 'acme-prod', number: '2024-01-15' } }, { accounts: [{ id: 'a1', name: 'Ops' }] }, { account: { number: 12 } }] as JsonValue[]) {
      expect(await stored(value)).toBe(JSON.stringify(value));
    }
  });
});

describe('the KVNR after other labels, and with a wrong check digit after its own (a probe of 2026-12-03: stored raw)', () => {
  it.each(['Versichertennr. A123456780', 'Versicherten-Nr.: A123456780', 'Vers.-Nr. A123456780', 'KVNR: A123456789'])('%s', (text) => {
    const found = detectSensitive(text).map((d) => text.slice(d.start, d.end));
    expect(found.join(' ')).toMatch(/A12345678[09]/);
  });

  it('a KVNR label before no KVNR masks nothing', () => {
    expect(detectSensitive('KVNR: pending')).toEqual([]);
    expect(detectSensitive('KVNR A12345')).toEqual([]);
  });
});

describe('a number that counts the word after it is no one-time code (a probe of 2026-12-03: `Your code is 3000 lines` was masked)', () => {
  const found = (text: string) => detectSensitive(text).map((d) => text.slice(d.start, d.end));
  it.each(['Your code is 3000 lines', 'Your code is 1024 bytes', 'Your code is 250 tests'])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
  it.each(['Your code is 481516', 'Your code is 481516 thanks', 'Your code is 4821 thanks', 'Your code is 481516 expires in 10 minutes', 'Account: 1234567 thanks'])('%s keeps its code masked', (text) => {
    expect(found(text).join(' ')).toMatch(/\d{4,}/);
  });
});

describe('a date or a version after an account word in text is no account number (a probe of 2026-12-03)', () => {
  const found = (text: string) => detectSensitive(text).map((d) => text.slice(d.start, d.end));
  it.each(['Account: 2024-01-15', 'account 2024-01-15 review', 'Konto 2024-01-15', 'Konto: 1.2.3456.7890'])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
  it('an account number still is', () => {
    expect(found('Account: 4830291175')).toEqual(['4830291175']);
  });
});

describe('a passport MRZ data line on its own (a probe of 2026-12-03: the document number and dates were stored raw)', () => {
  const line = 'L898902C36UTO7408122F1204159ZE184226B<<<<<10';
  it('is masked as a line of its own, in text and as a member value', async () => {
    expect(detectSensitive(line).map((d) => line.slice(d.start, d.end))).toEqual([line]);
    expect(await stored({ mrz_line2: line })).not.toContain('L898902C3');
    expect(await stored(`Scanned:\n${line}\nend`)).not.toContain('7408122');
  });
  it('needs two of its three check digits to hold', () => {
    // The document number's and the birth date's check digits wrong: one of three holds.
    expect(detectSensitive('L898902C31UTO7408121F1204159ZE184226B<<<<<10')).toEqual([]);
  });
});

describe('a seed phrase after a dash or an arrow (a probe of 2026-12-03: stored raw)', () => {
  const words = 'abandon ability able about above absent absorb abstract absurd abuse access accident';
  it.each([`seed phrase — ${words}`, `seed phrase -> ${words}`, `recovery phrase - ${words}`, `mnemonic → ${words}`])('%s', (text) => {
    expect(detectSensitive(text).map((d) => text.slice(d.start, d.end)).join(' ')).toMatch(/abandon[\s\S]*accident/i);
  });
  it('prose after a dash is no phrase', () => {
    expect(detectSensitive('The seed - it was planted in spring by the farmer who grew many big trees')).toEqual([]);
  });
});

describe('one-time codes after other phrasings and in other scripts (a probe of 2026-12-03, kind 8: stored raw)', () => {
  it.each([
    ['The code is 481516', '481516'],
    ['Your code 481516', '481516'],
    ['SMS: Your code 481516 expires in 10 minutes', '481516'],
    ['Your WhatsApp code: 481-516', '481-516'],
    ['Your Uber code: 4815', '4815'],
    ['Your PayPal code is 123456', '123456'],
    ['Your Google code: G-481516', 'G-481516'],
    ['Ваш код: 481516', '481516'],
    ['Код подтверждения: 481516', '481516'],
    ['Twój kod: 481516', '481516'],
    ['Din kod: 481516', '481516'],
    ['Kodunuz: 481516', '481516'],
    ['Il codice è 481516', '481516'],
    ['验证码：481516', '481516'],
    ['您的验证码是481516，请勿泄露', '481516'],
    ['認証コード：481516', '481516'],
    ['인증번호: 481516', '481516'],
    ['인증 코드는 481516입니다', '481516'],
  ])('%s', (text, code) => {
    expect(maskedAs(text, code, /PASSWORD/), text).toBe(true);
  });
  it.each([
    'The code is 404',
    'The code is 2024',
    'The code is on line 42',
    'the code is 1500 lines long',
    'your code 1500000 lines',
    'Your Zip code: 94107',
    'your zip code is 94107',
    'Your Promo code: SAVE20',
    'Your Tracking code: 1Z999AA10123456784',
    'Kodak film 1234',
    '验证码已发送',
    'Country code 44, area code 415',
  ])('leaves %s', (text) => {
    expect(detectSensitive(text).filter((d) => d.type === 'PASSWORD'), text).toEqual([]);
  });
});

describe('names of standards and business terms read as codes (a probe of 2026-12-03, kind 18: masked)', () => {
  it.each([
    ['The code is RFC7231 compliant', 'RFC7231'],
    ['Your code is RFC7231 compliant', 'RFC7231'],
    ['Your code is ES2022', 'ES2022'],
    ['Your code is SHA256', 'SHA256'],
    ['The code is AB12CD', 'AB12CD'],
    ['Compile with C99 and code coverage', 'C99'],
    ['Use C99 code style', 'C99'],
    ['our B2B code', 'B2B'],
    ['We sell B2B; diagnosis pending', 'B2B'],
  ])('%s keeps %s', (text, value) => {
    expect(covering(text, value), text).toEqual([]);
  });
  it.each([
    ['Your code is AB12CD', 'AB12CD', /PASSWORD/],
    ['Your code: X7Y9Z2', 'X7Y9Z2', /PASSWORD/],
    ['Diagnosis: C50.9 breast cancer', 'C50.9', /ICD10/],
    ['ICD-10 code E11 for diabetes', 'E11', /ICD10/],
    ['The patient was diagnosed with J45 asthma', 'J45', /ICD10/],
    ['Condition code B20', 'B20', /ICD10/],
    ['ICD code C7A', 'C7A', /ICD10/],
    ['code E11.9', 'E11.9', /ICD10/],
  ])('%s masks %s', (text, value, type) => {
    expect(maskedAs(text, value, type), text).toBe(true);
  });
});

describe('a passport MRZ inside prose (a probe of 2026-12-03, kind 6: stored raw)', () => {
  const names = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<';
  const data = 'L898902C36UTO7408122F1204159ZE184226B<<<<<10';
  it('both lines in a sentence, a data line alone in a sentence', () => {
    const text = `Scanned passport: ${names} and ${data} from the kiosk`;
    expect(maskedAs(text, names, /PASSPORT/)).toBe(true);
    expect(maskedAs(text, data, /PASSPORT/)).toBe(true);
    expect(maskedAs(`The MRZ reads ${data} today`, data, /PASSPORT/)).toBe(true);
    expect(maskedAs(`name ${names} ok`, names, /PASSPORT/)).toBe(true);
  });
});
