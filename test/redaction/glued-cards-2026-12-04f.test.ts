// L2 of the sixth README-only probe of 2026-12-04 (probe-2026-12-04f.cases.md): a card number
// glued to letters before it was stored raw: a GDS form of payment (`FOP CCVI4111111111111111/1227`,
// `FP CCMC5555555555554444/0128`), a card-type prefix (`VI4111…`), `cc=x4111…`, `CARD4111…END`,
// since a number glued to a letter was read as an identifier. Now a Luhn-valid run of 13-19 digits
// after letters (from a word's start) is a card when its issuer prefix and length are a card
// brand's with a fixed range (Maestro's wide one aside). The row's inputs and other spellings of
// the kind through the real pipeline; look-alikes beside them stay as written.
import { afterAll, describe, expect, it } from 'vitest';
import type { JsonValue } from '@agent-audit/core';
import { detectSensitive } from '@agent-audit/core';
import { kinds, redacted, removeLedgers, stored } from './pipeline-2026-12-04f.js';

afterAll(removeLedgers);

const cards = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'CARD').map((d) => text.slice(d.start, d.end));

describe('L2: the row', () => {
  it.each([
    ['FOP CCVI4111111111111111/1227', '4111111111111111', 'FOP CCVI[CARD]/1227'],
    ['FP CCMC5555555555554444/0128', '5555555555554444', 'FP CCMC[CARD]/0128'],
    ['FOP CCAX378282246310005/0527', '378282246310005', 'FOP CCAX[CARD]/0527'],
    ['payment VI4111111111111111 exp 1227', '4111111111111111', 'payment VI[CARD] exp 1227'],
    ['cc=x4111111111111111', '4111111111111111', 'cc=x[CARD]'],
    ['ref CARD4111111111111111END', '4111111111111111', 'ref CARD[CARD]END'],
  ])('%s', async (input, number, expected) => {
    const { values, raw } = await stored([input]);
    expect(kinds(values[0] as JsonValue)).toBe(expected);
    expect(raw).not.toContain(number);
  });
  it('an e-ticket line and a JSON form of payment', async () => {
    const { values, raw } = await stored(['TKT 1252345678901 VLINTUK/QXARO MR  FOP CCVI4111111111111111/1227', { fop: 'CCVI4111111111111111/1227' }]);
    expect(kinds(values[0] as JsonValue)).toContain('FOP CCVI[CARD]/1227');
    expect(kinds(values[1] as JsonValue)).toBe('{"fop":"CCVI[CARD]/1227"}');
    expect(raw).not.toContain('4111111111111111');
  });
  it('the row\u2019s masked inputs stay masked', () => {
    for (const text of ['card: VISA4111111111111111', 'card: 4111111111111111', 'card=4111 1111 1111 1111', 'card 4111-1111-1111-1111']) expect(kinds(redacted(text)), text).toMatch(/\[CARD\]/);
  });
});

describe('L2: other spellings of the kind (held back)', () => {
  it.each([
    ['FOP CCCA5105105105105100/0926', '5105105105105100'],
    ['FOP CCDS6011111111111117/0329', '6011111111111117'],
    ['FP CCDC36227206271667/1028', '36227206271667'],
    ['FOP CCJC3530111333300000/0430', '3530111333300000'],
    ['paid with mc5555555555554444 yesterday', '5555555555554444'],
    ['Amex AX371449635398431 exp 0727', '371449635398431'],
    ['card#VISA4012888888881881', '4012888888881881'],
    ['pan=PAN378282246310005;', '378282246310005'],
    ['ccnum=X4111111111111111&exp=1227', '4111111111111111'],
    ['B4012888888881881', '4012888888881881'],
    ['card 4111111111111111/1227', '4111111111111111'],
    ['charge 5105105105105100/12/27 now', '5105105105105100'],
    ['FOP CCVI4012888888881881 / 0928', '4012888888881881'],
  ])('%s', async (input, number) => {
    const { values, raw } = await stored([input]);
    expect(kinds(values[0] as JsonValue)).toContain('[CARD]');
    expect(raw).not.toContain(number);
  });
  it('a JSON member of a form of payment', () => {
    expect(kinds(redacted({ formOfPayment: 'CCAX378282246310005/0527', amount: '412.50' }))).toBe('{"amount":"412.50","formOfPayment":"CCAX[CARD]/0527"}');
  });
});

describe('L2: look-alikes stay as written', () => {
  it.each([
    'U62928788557186',
    'ref XY5012345678901236',
    'id Q670333333333338',
    'INV4111111111111112',
    'SKU1234567890123456',
    'TKT 1252345678901',
    'a1b24111111111111111',
    'hash 9f4111111111111111',
    'order ABC123456789012',
    'lot 4111111111111111D2799',
    'page 4111/1111/1111/1227',
    'ratio 4111111111111112/1227',
    'batch 1234567890123/0112',
  ])('%s', (text) => {
    expect(cards(text)).toEqual([]);
    expect(redacted(text)).toBe(text);
  });
});
