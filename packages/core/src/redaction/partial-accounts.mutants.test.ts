// Issue 13: direct calls of partial-accounts.ts detectPartialAccounts (F14 of the probe of 2026-12-07,
// 17025f65), written from the Stryker run of 2026-12-07 (docs/TESTING.md, its row), whose only tests
// went through detectSensitive. Exact spans, types and normalized values; each bound on both sides:
// 5, 6, 15 and 16 card digits, an IBAN's four characters after its check digits and three, one case
// of its country code, the detectors switched off one at a time, the announcement before the value
// (never inside it), group 1 (`first … of the card`) and group 2 (`card starts`, `IBAN's first`).
import { describe, expect, it } from 'vitest';
import { detectPartialAccounts } from './partial-accounts.js';
import type { Detection } from './types.js';

const found = (text: string, cards = true, ibans = true): Array<[string, string, string | undefined]> => {
  const out: Detection[] = [];
  detectPartialAccounts(text, out, cards, ibans);
  for (const d of out) expect(d.class).toBe(d.type === 'CARD' ? 'payment.card' : 'financial.iban');
  return out.map((d) => [text.slice(d.start, d.end), d.type, d.normalized]);
};

describe('detectPartialAccounts: cards', () => {
  it('6 to 15 digits, not 5 or 16, in groups or not, with the digits as the value', () => {
    expect(found('first digits of the card: 45567')).toEqual([]);
    expect(found('first digits of the card: 455673')).toEqual([['455673', 'CARD', '455673']]);
    expect(found('first digits of the card: 4556 73')).toEqual([['4556 73', 'CARD', '455673']]);
    expect(found('first digits of the card: 4556-7375-1234-567')).toEqual([['4556-7375-1234-567', 'CARD', '455673751234567']]);
    expect(found('first digits of the card: 4556 7375 1234 5678')).toEqual([]);
    expect(found('first digits of the card: 4556737512345678')).toEqual([]);
    expect(found('the card starts with 4556 7375, then')).toEqual([['4556 7375', 'CARD', '45567375']]);
  });

  it('the span is the value at the end of the match, in a longer text and twice', () => {
    const text = 'Caller: first eight digits of the card: 4556 7375. Later: my card starts with 5105 1051 0510 ok';
    expect(found(text)).toEqual([['4556 7375', 'CARD', '45567375'], ['5105 1051 0510', 'CARD', '510510510510']]);
  });

  it('group 1 (a fragment of the card) and group 2 (the card, then its fragment or its start), PAN too', () => {
    expect(found('leading 8 digits on the PAN: 45567375')).toEqual([['45567375', 'CARD', '45567375']]);
    expect(found("PAN's first digits are 45567375")).toEqual([['45567375', 'CARD', '45567375']]);
    expect(found('Card number begins 45567375')).toEqual([['45567375', 'CARD', '45567375']]);
    expect(found('initial six digits from their debit card = 455673')).toEqual([['455673', 'CARD', '455673']]);
  });

  it('no announcement: the card or PAN and a number alone stay, whatever the number holds', () => {
    expect(found('card: 4556 7375 was declined, the first time')).toEqual([]);
    expect(found('card number 45567375 (first attempt)')).toEqual([]);
    expect(found('PAN 4556 7375 1234, first time')).toEqual([]);
  });

  it('cards off: no card; IBANs still read', () => {
    expect(found('first digits of the card: 455673', false, true)).toEqual([]);
    expect(found('iban starts DE89 3704', false, true)).toEqual([['DE89 3704', 'IBAN', 'DE893704']]);
  });
});

describe('detectPartialAccounts: IBANs', () => {
  it("country code, check digits and four characters or more; three stay; the value's letters upper-cased", () => {
    expect(found('iban starts DE89 3704 0044')).toEqual([['DE89 3704 0044', 'IBAN', 'DE8937040044']]);
    expect(found('IBAN begins GB29NWBK')).toEqual([['GB29NWBK', 'IBAN', 'GB29NWBK']]);
    expect(found('IBAN begins GB29 NWB')).toEqual([]);
    expect(found('Iban beginning with fr76 3000 6000')).toEqual([['fr76 3000 6000', 'IBAN', 'FR7630006000']]);
    expect(found('first 8 characters of the IBAN: GB29 NWBK')).toEqual([['GB29 NWBK', 'IBAN', 'GB29NWBK']]);
    expect(found("my IBAN number's first characters: NL91 ABNA 0417")).toEqual([['NL91 ABNA 0417', 'IBAN', 'NL91ABNA0417']]);
  });

  it("the country code in one case only; digits where the check digits are; an IBAN's object and a card's value stay apart", () => {
    expect(found('iban starts De89 3704 0044')).toEqual([]);
    expect(found('iban starts dE89 3704 0044')).toEqual([]);
    expect(found('iban starts 4556 7375 1234')).toEqual([]);
    expect(found('the card starts with DE89 3704')).toEqual([]);
  });

  it('IBANs off: no IBAN; cards still read', () => {
    expect(found('iban starts DE89 3704 0044', true, false)).toEqual([]);
    expect(found('first digits of the card: 455673', true, false)).toEqual([['455673', 'CARD', '455673']]);
  });

  it('no announcement: the IBAN and its value stay', () => {
    expect(found('IBAN: DE89 3704 0044 (first payment)')).toEqual([]);
    expect(found('IBAN DE89 3704 0044 and first name')).toEqual([]);
  });

  it('no fragment word anywhere: nothing read', () => {
    expect(found('card number 4556 7375 iban DE89 3704 0044')).toEqual([]);
  });
});
