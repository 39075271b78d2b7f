import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base32, base32FromHex } from './internal/base32.js';
import { createKeyring } from './keys.js';
import { pseudonym, pseudonymsUnderAllKeys, PSEUDONYM_PATTERN } from './pseudonym.js';

const ring = createKeyring([Buffer.alloc(32, 7).toString('hex'), Buffer.alloc(32, 9).toString('hex')]);

describe('pseudonym tokens stay the same across versions (ledgers written before must still join)', () => {
  // Written by the version that made a Buffer digest (4dd9787); the hex path must give the same tokens.
  it.each([
    ['EMAIL', 'alice@example.com', '[EMAIL:psn_oxpeyt_xa4x3iylnxmynf7wziamtcmb]'],
    ['PERSON', 'zoë 😀 o\u2019brien', '[PERSON:psn_oxpeyt_hmej6skgwccmwttq4pmbyelm]'],
  ])('%s %s', (type, value, token) => {
    expect(pseudonym(ring, type, value)).toBe(token);
  });

  it('every key of the ring, older keys first', () => {
    expect(pseudonymsUnderAllKeys(ring, 'IP', '::1')).toEqual(['[IP:psn_qbjc5e_7cphicij22syzsaunitawsod]', '[IP:psn_oxpeyt_vw3nqg5x7xks2gudg2ndlqtt]']);
  });

  it('is HMAC-SHA-256 over "agent-audit/pseudonym/v1\\0<type>\\0<value>", its first 120 bits in base32', () => {
    fc.assert(
      fc.property(fc.constantFrom('EMAIL', 'PHONE', 'PERSON', 'IP'), fc.string({ unit: 'grapheme', maxLength: 40 }), (type, value) => {
        const bytes = createHmac('sha256', Buffer.alloc(32, 9)).update(`agent-audit/pseudonym/v1\0${type}\0${value}`).digest();
        const token = pseudonym(ring, type, value);
        expect(token).toBe(`[${type}:psn_${ring.activeId}_${base32(bytes.subarray(0, 15))}]`);
        expect(token).toMatch(new RegExp(`^${PSEUDONYM_PATTERN.source}$`));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the HMAC of a pseudonym (RFC 2104 over two one-shot hashes, createHmac past the scratch bytes)', () => {
  it('equals createHmac for keys of one block and longer (hashed first) and values on both sides of the scratch bound', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 200 }),
        fc.constantFrom('EMAIL', 'PERSON'),
        // Up to 700 code units: the one-shot path holds 1,024 bytes (341 code units at 3 bytes each).
        fc.oneof(fc.string({ unit: 'grapheme', maxLength: 700 }), fc.string({ maxLength: 700 }), fc.string({ unit: 'binary', maxLength: 700 })),
        (secret, type, value) => {
          const keyring = createKeyring([Buffer.from(secret).toString('hex')]);
          const bytes = createHmac('sha256', Buffer.from(secret)).update(`agent-audit/pseudonym/v1\0${type}\0${value}`).digest();
          expect(pseudonym(keyring, type, value)).toBe(`[${type}:psn_${keyring.activeId}_${base32(bytes.subarray(0, 15))}]`);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('a value after a longer one under the same key is hashed alone (no bytes of the earlier value are left in)', () => {
    const keyring = createKeyring([Buffer.alloc(32, 3).toString('hex')]);
    const expected = (value: string) => `[EMAIL:psn_${keyring.activeId}_${base32(createHmac('sha256', Buffer.alloc(32, 3)).update(`agent-audit/pseudonym/v1\0EMAIL\0${value}`).digest().subarray(0, 15))}]`;
    expect(pseudonym(keyring, 'EMAIL', 'x'.repeat(300))).toBe(expected('x'.repeat(300)));
    expect(pseudonym(keyring, 'EMAIL', 'a@b.c')).toBe(expected('a@b.c'));
    expect(pseudonym(keyring, 'EMAIL', '')).toBe(expected(''));
  });
});

describe('base32FromHex', () => {
  it('gives base32() of the bytes the hex digits spell, upper or lower case', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 5, maxLength: 40 }), fc.boolean(), (bytes, upper) => {
        const usable = bytes.length - (bytes.length % 5); // 5 bytes = 10 hex digits = 8 characters
        const hex = Buffer.from(bytes).toString('hex');
        expect(base32FromHex(upper ? hex.toUpperCase() : hex, usable * 2)).toBe(base32(bytes.subarray(0, usable)));
      }),
      { numRuns: 500 },
    );
    expect(base32FromHex('fffff', 5)).toBe('7777');
    expect(base32FromHex('00000', 5)).toBe('aaaa');
    expect(base32FromHex('', 0)).toBe('');
  });

  it('refuses a count that is not a multiple of 5, one past the end, and what is not hex', () => {
    expect(() => base32FromHex('abcdef', 4)).toThrow(RangeError);
    expect(() => base32FromHex('abcd', 5)).toThrow(RangeError);
    expect(() => base32FromHex('abcd', -5)).toThrow(RangeError);
    for (const bad of ['abcdg', 'abcd/', 'abcd:', 'abcd@', 'abcd`', 'abcd ', 'abcdG']) expect(() => base32FromHex(bad, 5), bad).toThrow(/not a hex digit at 4/);
  });
});
