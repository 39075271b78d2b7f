// Issue 13: the readers of the README-only probe of 2026-12-06c's fixes (test/redaction/probe-2026-12-06c.cases.md, its
// "fixed" column), written from the Stryker run of 2026-12-06e (docs/TESTING.md, its row). Their tests went through the
// auditor and a file ledger (probe-2026-12-06c.test.ts: whether the value was stored), too slow to run per mutant, and
// the unit suites beside the modules never reached them. Each reader called directly, every span with its offset:
// - national-ids.ts zaIdValid (month, the month's days, the citizenship digit, Luhn) and detectZaIds (the id's word,
//   a thing's word before it, the window), detectLatamLabelledIds (CURP, a person's RFC, CNH: the label picks the shape);
// - commercial-ids.ts detectBareImeis (Luhn, no American Express prefix, the handset's cue within its window);
// - wallet-keys.ts isExtendedPrivateKey, isBip38 (bytes, version, checksum) and the 64-byte list (a Solana keypair);
// - provider-tokens.ts the TOTP setup key, the device user code and the Vault/BitLocker key shares, with their gates.
import { describe, expect, it } from 'vitest';
import type { Detection } from '../../packages/core/src/redaction/types.js';
import { detectNationalIds, zaIdValid } from '../../packages/core/src/redaction/national-ids.js';
import { detectBareImeis } from '../../packages/core/src/redaction/commercial-ids.js';
import { detectWalletKeys, isBip38, isExtendedPrivateKey } from '../../packages/core/src/redaction/wallet-keys.js';
import { detectProviderTokens } from '../../packages/core/src/redaction/provider-tokens.js';
import { base58Check } from './secret-helpers.js';

/** `TYPE:value@start` of each detection `detect` appends, in order. */
const found = (detect: (text: string, out: Detection[]) => void, text: string): string[] => {
  const out: Detection[] = [];
  detect(text, out);
  return out.map((d) => `${d.type}:${text.slice(d.start, d.end)}@${d.start}`);
};
const nationalIds = (text: string): string[] => {
  const out: Detection[] = [];
  detectNationalIds(text, out, (text.match(/\d/g) ?? []).length, () => false);
  for (const d of out) expect([d.class, d.normalized]).toEqual(['pii.government_id', text.slice(d.start, d.end)]);
  return out.map((d) => `${d.type}:${text.slice(d.start, d.end)}@${d.start}`);
};

describe('zaIdValid: a South African identity number whole', () => {
  it('a valid one; each check failing alone', () => {
    expect(zaIdValid('8001015009087')).toBe(true);
    expect(zaIdValid('8001015009088')).toBe(false); // Luhn
    expect(zaIdValid('8001015009384')).toBe(false); // citizenship digit 3 (Luhn holds)
    expect(['8001015009087', '8001015009186', '8001015009285'].map(zaIdValid)).toEqual([true, true, true]); // 0, 1, 2
    expect(['800101500908', '80010150090877', '8001015009O87', 'x8001015009087'].map(zaIdValid)).toEqual([false, false, false, false]);
    expect(zaIdValid('80010150090878')).toBe(false); // 14 digits whose month, day, digit 10 and Luhn hold
  });
  it('the month 01-12 and a day the month has (Luhn holds in each)', () => {
    expect(['8000015009089', '8013015009082'].map(zaIdValid)).toEqual([false, false]); // month 00, 13
    expect(['8012315009081', '8001315009084'].map(zaIdValid)).toEqual([true, true]); // 31 December, 31 January
    expect(['8012005009086', '8012325009089'].map(zaIdValid)).toEqual([false, false]); // day 00, 32
    expect(['8002295009086', '8002305009084'].map(zaIdValid)).toEqual([true, false]); // 29, 30 February
    expect(['8004305009080', '8004315009088'].map(zaIdValid)).toEqual([true, false]); // 30, 31 April
  });
});

describe('detectZaIds (through detectNationalIds): after an id\'s word', () => {
  it('the id\'s words, at their offset', () => {
    expect(nationalIds('ID number 8001015009087, Sipho')).toEqual(['NATIONAL_ID:8001015009087@10']);
    expect(nationalIds('SA ID: 8001015009087')).toEqual(['NATIONAL_ID:8001015009087@7']);
    expect(nationalIds('my id number is 8001015009087')).toEqual(['NATIONAL_ID:8001015009087@16']);
    expect(nationalIds('SA ID: 8001015009087 and then a long tail of words past the window of 48')).toEqual(['NATIONAL_ID:8001015009087@7']);
    expect(nationalIds('x ID 8001015009087 and ID 9202204720083')).toEqual(['NATIONAL_ID:8001015009087@5', 'NATIONAL_ID:9202204720083@26']);
  });
  it('no word, a thing\'s id, a decimal, a wrong check digit, a word far before: nothing', () => {
    for (const text of ['8001015009087', 'Order ID 8001015009087 shipped', 'ID: 8001015009087.5', 'ID 8001015009088', `ID ${'a'.repeat(50)} 8001015009087`, 'an ID of the person, his 8001015009087']) expect(nationalIds(text), text).toEqual([]);
  });
});

describe('detectLatamLabelledIds: CURP, RFC, CNH after their own label', () => {
  it('each label with its shape and type', () => {
    expect(nationalIds('Mi CURP es GODE561231HDFRRN09 y mi RFC GODE561231GR8')).toEqual(['NATIONAL_ID:GODE561231HDFRRN09@11', 'NATIONAL_ID:GODE561231GR8@39']);
    expect(nationalIds('mi RFC GODE561231GRA')).toEqual(['NATIONAL_ID:GODE561231GRA@7']); // six digits in all
    expect(nationalIds('mi curp HEGG560427MVZRRL04 porfa')).toEqual(['NATIONAL_ID:HEGG560427MVZRRL04@8']);
    expect(nationalIds('CNH nº 02650306461, validade')).toEqual(['DRIVER_LICENSE:02650306461@7']);
    expect(nationalIds('Carteira de motorista (CNH): 02650306461')).toEqual(['DRIVER_LICENSE:02650306461@29']);
  });
  it('a value of another label\'s shape, a short or long one, lower case: nothing', () => {
    for (const text of ['curp GODE561231GR8', 'rfc GODE561231HDFRRN09', 'cnh GODE561231HDFRRN09', 'CNH 0265030646', 'CNH 026503064612', 'CURP GODE561231HDFRRN0', 'RFC GODE561231GR', 'mi curp hegg560427mvzrrl04', 'RFC 7231 section 5', 'curp: pending until 2026; CNH 123456 categoria B']) expect(nationalIds(text), text).toEqual([]);
  });
});

describe('detectBareImeis: fifteen digits after a handset\'s cue', () => {
  it('each IMEI at its offset', () => {
    expect(found(detectBareImeis, '*#06# shows 356938035643809 / 490154203237518')).toEqual(['DEVICE_ID:356938035643809@12', 'DEVICE_ID:490154203237518@30']);
    expect(found(detectBareImeis, 'device 356938035643809 reported lost')).toEqual(['DEVICE_ID:356938035643809@7']);
    expect(found(detectBareImeis, `device ${'a'.repeat(40)} 356938035643809`)).toEqual([`DEVICE_ID:356938035643809@48`]);
  });
  it('no cue, a cue too far, an American Express prefix, a wrong check digit: nothing', () => {
    for (const text of ['356938035643809', `device ${'a'.repeat(50)} 356938035643809`, 'device 346938035643802', 'device 376938035643805', 'device 356938035643808']) expect(found(detectBareImeis, text), text).toEqual([]);
  });
});

/** A BIP-32 extended key: version, depth, fingerprint, child, chain code, then `lead` and 32 key bytes (78 bytes), Base58Check. */
const extendedKey = (version: number, lead = 0): string => {
  const payload = new Uint8Array(78);
  new DataView(payload.buffer).setUint32(0, version);
  for (let k = 13; k < 78; k++) payload[k] = (k * 29 + 7) & 0xff;
  payload[45] = lead;
  return base58Check(payload);
};
/** A BIP-38 key: 0x01, `flag`, 37 bytes, Base58Check. */
const bip38 = (flag: number, first = 0x01, length = 39): string => {
  const payload = new Uint8Array(length);
  payload[0] = first;
  payload[1] = flag;
  for (let k = 2; k < length; k++) payload[k] = (k * 53 + 3) & 0xff;
  return base58Check(payload);
};

describe('isExtendedPrivateKey and isBip38', () => {
  const XPRV = extendedKey(0x0488ade4);
  const TPRV = extendedKey(0x04358394);
  it('a private key\'s version, its key data from 0x00, 82 bytes with a checksum', () => {
    expect([XPRV.slice(0, 4), XPRV.length, isExtendedPrivateKey(XPRV)]).toEqual(['xprv', 111, true]);
    expect([TPRV.slice(0, 4), isExtendedPrivateKey(TPRV)]).toEqual(['tprv', true]);
    expect(isExtendedPrivateKey(extendedKey(0x0488ade4, 2))).toBe(false); // a public key's 0x02
    expect(isExtendedPrivateKey(`${XPRV.slice(0, -1)}${XPRV.endsWith('j') ? 'k' : 'j'}`)).toBe(false); // checksum
    expect(isExtendedPrivateKey(extendedKey(0x0488b21e))).toBe(false); // xpub
    expect(isExtendedPrivateKey(`x${XPRV}`)).toBe(false);
    expect(isExtendedPrivateKey(`${XPRV}0`)).toBe(false); // wrong length
  });
  it('BIP-38: 0x01 then 0x42 or 0x43, 43 bytes with a checksum', () => {
    expect([bip38(0x42).slice(0, 2), bip38(0x42).length, isBip38(bip38(0x42)), isBip38(bip38(0x43))]).toEqual(['6P', 58, true, true]);
    expect([isBip38(bip38(0x44)), isBip38(bip38(0x42, 0x02)), isBip38(bip38(0x42, 0x01, 40)), isBip38('0OIl')]).toEqual([false, false, false, false]);
    const key = bip38(0x42);
    expect(isBip38(`${key.slice(0, -1)}${key.endsWith('j') ? 'k' : 'j'}`)).toBe(false);
  });
  it('found in text at their offsets; other lengths and starts are not', () => {
    const key = bip38(0x42);
    expect(bip38(0x43).slice(0, 2)).toBe('6Q'); // valid, but no `6P`: not read in text
    expect(found(detectWalletKeys, `k ${bip38(0x43)} x`)).toEqual([]);
    expect(found(detectWalletKeys, `key ${XPRV} here, and ${key}.`)).toEqual([`WALLET_PRIVATE_KEY:${XPRV}@4`, `WALLET_PRIVATE_KEY:${key}@${4 + XPRV.length + 11}`]);
    expect(found(detectWalletKeys, `key ${extendedKey(0x0488b21e)} and x${key.slice(1)} and ${key}1 and 7${key.slice(1)}`)).toEqual([]);
  });
});

describe('a Solana keypair: a list of exactly 64 bytes', () => {
  const bytes = (n: number, big = -1): string => Array.from({ length: n }, (_, k) => (k === big ? 256 : (k * 37 + 11) % 256)).join(',');
  it('64 numbers of 0-255 in brackets, blanks allowed', () => {
    const text = `solana-keygen output: [${bytes(64)}]`;
    expect(found(detectWalletKeys, text)).toEqual([`WALLET_PRIVATE_KEY:[${bytes(64)}]@22`]);
    expect(found(detectWalletKeys, `[ ${bytes(64).replaceAll(',', ', ')} ]`)).toEqual([`WALLET_PRIVATE_KEY:[ ${bytes(64).replaceAll(',', ', ')} ]@0`]);
  });
  it('63 or 65 numbers, or one above 255: nothing', () => {
    for (const list of [bytes(63), bytes(65), bytes(64, 5)]) expect(found(detectWalletKeys, `[${list}]`)).toEqual([]);
  });
});

describe('provider-tokens.ts: TOTP setup keys, device user codes, key shares', () => {
  it('a TOTP secret in groups of four after its key word, in any case', () => {
    expect(found(detectProviderTokens, '2FA backup: secret key JBSW Y3DP EHPK 3PXP, recovery codes')).toEqual(['TOTP_SECRET:JBSW Y3DP EHPK 3PXP@23']);
    expect(found(detectProviderTokens, 'Authenticator setup key: 5ZRK 2QBL ODFE 6HVN')).toEqual(['TOTP_SECRET:5ZRK 2QBL ODFE 6HVN@25']);
    expect(found(detectProviderTokens, 'Enter this key: jbsw y3dp ehpk 3pxp')).toEqual(['TOTP_SECRET:jbsw y3dp ehpk 3pxp@16']);
    expect(found(detectProviderTokens, 'SECRET KEY JBSW Y3DP EHPK 3PXP')).toEqual(['TOTP_SECRET:JBSW Y3DP EHPK 3PXP@11']);
    expect(found(detectProviderTokens, 'setup Key JBSW Y3DP EHPK 3PXP')).toEqual(['TOTP_SECRET:JBSW Y3DP EHPK 3PXP@10']);
  });
  it('no digit of base32 (2-7), no letter, three groups: no TOTP secret', () => {
    for (const text of ['secret key ABCD EFGH IJKL MNOP', 'secret key 2345 6723 4567 2345', 'secret key JBSW Y3DP EHPK']) expect(found(detectProviderTokens, text), text).toEqual([]);
  });
  it('a device login\'s user code: a digit or two groups of four', () => {
    expect(found(detectProviderTokens, 'open https://microsoft.com/devicelogin and enter the code F7KQ9XWZL to authenticate.')).toEqual(['SECRET:F7KQ9XWZL@58']);
    expect(found(detectProviderTokens, 'go to github.com/login/device and enter code: 8F3K-9QXZ')).toEqual(['SECRET:8F3K-9QXZ@46']);
    expect(found(detectProviderTokens, 'devicelogin: type ABCD-EFGH')).toEqual(['SECRET:ABCD-EFGH@18']);
    expect(found(detectProviderTokens, 'go to github.com/login/device and enter code: REQUIRED')).toEqual([]);
    expect(found(detectProviderTokens, 'enter the code F7KQ9XWZL to authenticate')).toEqual([]);
  });
  it('Vault\'s unseal and recovery key shares, BitLocker\'s groups, in any case', () => {
    expect(found(detectProviderTokens, 'Unseal Key 1: 4jYbl2CBIv6SpkKj6Hos9iD32k5RfGkLzlosrrq/JgOm')).toEqual(['SECRET:4jYbl2CBIv6SpkKj6Hos9iD32k5RfGkLzlosrrq/JgOm@14']);
    expect(found(detectProviderTokens, 'vault operator unseal 4jYbl2CBIv6SpkKj6Hos9iD32k5RfGkLzlosrrq/JgOm')).toEqual(['SECRET:4jYbl2CBIv6SpkKj6Hos9iD32k5RfGkLzlosrrq/JgOm@22']);
    expect(found(detectProviderTokens, 'Recovery Key 2: 123456-234567-345678-456789-567890-678901-789012-890123')).toEqual(['SECRET:123456-234567-345678-456789-567890-678901-789012-890123@16']);
    expect(found(detectProviderTokens, 'UNSEAL KEY 1: 4jYbl2CBIv6SpkKj6Hos9iD32k5R')).toEqual(['SECRET:4jYbl2CBIv6SpkKj6Hos9iD32k5R@14']);
    expect(found(detectProviderTokens, 'RECOVERY KEY: 4jYbl2CBIv6SpkKj6Hos9iD32k5R')).toEqual(['SECRET:4jYbl2CBIv6SpkKj6Hos9iD32k5R@14']);
  });
  it('each of them of class secret', () => {
    const out: Detection[] = [];
    for (const text of ['secret key JBSW Y3DP EHPK 3PXP', 'devicelogin: type ABCD-EFGH', 'Unseal Key 1: 4jYbl2CBIv6SpkKj6Hos9iD32k5R']) detectProviderTokens(text, out);
    expect(out.map((d) => d.class)).toEqual(['secret', 'secret', 'secret']);
  });
  it('a share of letters alone or digits alone: nothing', () => {
    for (const text of ['Unseal Key 1: abcdefghijklmnopqrstuvwxyz', 'Unseal Key 1: 12345678901234567890123']) expect(found(detectProviderTokens, text), text).toEqual([]);
  });
});
