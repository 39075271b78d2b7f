// L8 of the sixth README-only probe of 2026-12-04 (probe-2026-12-04f.cases.md): a card's security
// code named in other words than CVV/CVC (support chats, phone orders) was stored raw beside the
// masked card: `the security code on the back is 837`, `CVV on the back: 837`, `the 3 digits on the
// back are 837`, `the three-digit code is 837`, `CSC 837`, `exp 12/27 code 837`. The row's inputs
// and other spellings of the kind through the real pipeline; look-alikes beside them stay.
import { afterAll, describe, expect, it } from 'vitest';
import type { JsonValue } from '@agent-audit/core';
import { kinds, redacted, removeLedgers, stored } from './pipeline-2026-12-04f.js';

afterAll(removeLedgers);

const CARD = 'Card 4111 1111 1111 1111, ';
// The code as a token of its own in the ledger's bytes: hashes, ids and pseudonyms are hex and
// base32, so three digits inside them (`…a837f…`) are no stored code (a fresh-clone run of
// 2026-12-04 failed on a hash holding `837` between letters).
const standalone = (code: string) => new RegExp(`(?<![0-9A-Za-z])${code}(?![0-9A-Za-z])`);

describe('L8: the row (after a masked card)', () => {
  it.each([
    ['the security code on the back is 837', '837'],
    ['CVV on the back: 837', '837'],
    ['the code on the back of the card is 837', '837'],
    ['the 3 digits on the back are 837', '837'],
    ['the three-digit code is 837', '837'],
    ['CSC 837', '837'],
    ['the 4 digits on the front are 8374', '8374'],
    ['exp 12/27 code 837', '837'],
  ])('%s', async (words, code) => {
    const { values, raw } = await stored([CARD + words]);
    const text = kinds(values[0] as JsonValue);
    expect(text).toBe(`Card [CARD], ${words.replace(code, '[CVV]')}`);
    expect(raw).not.toMatch(standalone(code));
  });
  it('the row\u2019s masked inputs stay masked', () => {
    for (const text of ['cvv 123', 'cvv2 837', 'CVC is 837', 'card verification value: 837', 'security code 8374 (amex)', 'card security code is 837']) expect(kinds(redacted(text)), text).toContain('[CVV]');
    for (const key of ['cvv', 'cvc', 'cvc2', 'csc', 'securityCode', 'card_code', 'verificationCode']) expect(kinds(redacted({ [key]: '837' })), key).not.toContain('837');
  });
});

describe('L8: other spellings of the kind (held back)', () => {
  it.each([
    ['the CVV on the back of my card is 837', '837'],
    ['security code on the reverse: 4821', '4821'],
    ['Visa ending 1111, the code on the signature strip is 837', '837'],
    ['my debit card, three digit code: 837', '837'],
    ['amex 4-digit code on the front is 8374', '8374'],
    ['Amex card CID 8374', '8374'],
    ['Exp: 09/2028 code 482', '482'],
    ['card exp. 11/26, code 731', '731'],
    ['the last 3 digits on the back are 837 for the credit card', '837'],
    ['verification code on the back = 837', '837'],
  ])('%s', async (text, code) => {
    const { values, raw } = await stored([text]);
    // `security code` is a one-time code's label too (secrets.ts pinLabels): masked either way.
    expect(kinds(values[0] as JsonValue)).toMatch(/\[(?:CVV|PASSWORD)\]/);
    expect(raw).not.toMatch(standalone(code));
  });
  it('in a chat message list', async () => {
    const { values, raw } = await stored([{ messages: [{ role: 'user', content: 'card 4111111111111111, the code on the back is 837' }] }]);
    expect(kinds(values[0] as JsonValue)).toBe('{"messages":[{"content":"card [CARD], the code on the back is [CVV]","role":"user"}]}');
    expect(raw).not.toMatch(standalone('837'));
  });
});

describe('L8: look-alikes stay as written', () => {
  it.each([
    'the three-digit code is 837',
    'CSC 837',
    'csc 837 lecture notes',
    'the error code on the front is 404',
    'call the number on the back 800 555 0100',
    'exp 12/27 qty 837',
    'the code on the back of the box is 4471',
    'the 3 digits on the back are smudged',
    'card game: 4 digits on the front are 2024-12',
    'Room CID 12345 booked',
  ])('%s', (text) => {
    expect(redacted(text)).toBe(text);
  });
});
