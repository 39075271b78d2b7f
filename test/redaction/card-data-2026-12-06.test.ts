// Card data and device ids of the README-only probe of 2026-12-06 (test/redaction/probe-2026-12-06.cases.md;
// issue 11): L21 a magnetic stripe's track 2 after the number (`;4111…=2809101…?`: the PAN was masked,
// the expiry, service code and discretionary data stored), L18 a card number after its label that fails
// Luhn by a typo, L8 a card's security code read aloud in a call transcript, L22 mobile advertising ids
// (IDFA, AAID) under their members and after their labels. Each row's examples, its held-back inputs
// (written by the probe, not tuned on), inputs of the same kinds written here, and look-alikes that stay.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, detectSensitive, fileLedger } from '@agent-audit/core';
import { masked } from './masked-text.js';


const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(6)]) });
function argumentsOf(args: Record<string, unknown>): string {
  const result = redactor.redact({ v: 1, id: '01JCARDDATA000000000000000', ts: '2026-12-06T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'a' }, tool: { name: 't', arguments: args } } as never, { capture: {} }) as { event: { tool: { arguments: unknown } } };
  return JSON.stringify(result.event.tool.arguments);
}

describe('L21: track 2 after the card number is masked with it (PCI DSS 3.3.1.1)', () => {
  it.each([
    // The row's example and its held-back inputs.
    ['T2: ;4111111111111111=28091010000012300000?', 'T2: ;[CARD]?'],
    ['track2=;5454545454545454=27121011234567890000?', 'track2=;[CARD]?'],
    ['raw swipe ;378282246310005=301210112345? LRC ok', 'raw swipe ;[CARD]? LRC ok'],
    ['DE35=4111111111111111=2812101000004420', 'DE35=[CARD]'],
    // The binary-coded form with `D`, and track 1's data after the name field.
    ['track2=5105105105105100D28121011234567', 'track2=[CARD]'],
    [';378282246310005D2612101?', ';[CARD]?'],
    ['%B4111111111111111^DOE/JOHN^2812101000000000000000?', '%B[CARD]^[PERSON]^[CARD]?'],
    ['DE45=B5500000000000004^DORVANE/WENLIX^2612101', 'DE45=B[CARD]^[PERSON]^[CARD]'],
  ])('%j', (text, expected) => {
    expect(masked(text)).toBe(expected);
  });
  it('under a member, the whole track', () => {
    const out = argumentsOf({ track2: '4111111111111111=29062010000098700000' });
    expect(out).not.toMatch(/2906|20100000987/);
    expect(out).toMatch(/"track2":"\[CARD:psn_[^\]]+\]"/);
  });
  it('the same card has one pseudonym with or without its track', () => {
    const out = argumentsOf({ a: '4111111111111111', b: ';4111111111111111=28091010000012300000?' });
    const tokens = out.match(/\[CARD:psn_[^\]]+\]/g) ?? [];
    expect(tokens).toHaveLength(2);
    expect(tokens[0]).toBe(tokens[1]);
  });
  it('the longest tail a track 2 holds (21 digits after the number of 15), and one digit more', () => {
    expect(masked(`;378282246310005=2812101${'0'.repeat(14)}?`)).toBe(';[CARD]?');
    expect(masked(`;378282246310005=2812101${'0'.repeat(15)}?`)).toBe(`;[CARD]=2812101${'0'.repeat(15)}?`);
  });
  it('every span is the card\'s class', () => {
    for (const text of ['T2: ;4111111111111111=28091010000012300000?', '%B4111111111111111^DOE/JOHN^2812101000000000000000?', 'card number 4111 1111 1111 1112']) {
      for (const d of detectSensitive(text).filter((d) => d.type === 'CARD')) expect(d.class).toBe('payment.card');
    }
  });
  it.each([
    // A delimited record's expiry and security code (securityCodeAfter reads them), no month after the separator,
    // a track 1 with no month after its name field, a caret with no name field, a number that is no card, a tail
    // too long for a track 2.
    ['4111111111111111,1227,737', '[CARD],1227,[CVV]'],
    // Only `=` or `D` leads a track's tail: digits after another separator that read as a track's `YYMM` stay.
    ['4111111111111111,2812,ok', '[CARD],2812,ok'],
    ['%B4111111111111111^DOE/JOHN^9913101?', '%B[CARD]^[PERSON]^9913101?'],
    ['4111111111111111^x', '[CARD]^x'],
    ['lot 4111111111111111D2799', 'lot 4111111111111111D2799'],
    ['x 4111111111111111=1399', 'x [CARD]=1399'],
    ['a=4111111111111111=28121010000000000000000000000000000', 'a=[CARD]=28121010000000000000000000000000000'],
    ['x=4111111111111112=2812101', 'x=4111111111111112=2812101'],
  ])('look-alike %j', (text, expected) => {
    expect(masked(text)).toBe(expected);
  });
});

describe('L18: a card number after its label that fails Luhn by a typo', () => {
  it.each([
    ['card number 4111 1111 1111 1112 keeps failing', 'card number [CARD] keeps failing'],
    ['my card is 5454 5454 5454 5455 but it says invalid', 'my card is [CARD] but it says invalid'],
    ['debit card no 4929 1234 5678 9013 pls retry', 'debit card no [CARD] pls retry'],
    ['card # 378282246310006', 'card # [CARD]'],
    ['credit card: 4000 0566 5566 5550', 'credit card: [CARD]'],
    ['CC# 6011-1111-1111-1118 declined', 'CC# [CARD] declined'],
    // A repeated first digit is no reason to keep it.
    ['card number 5500 0000 0000 0005', 'card number [CARD]'],
  ])('%j', (text, expected) => {
    expect(masked(text)).toBe(expected);
  });
  it.each([
    // No card label, no issuer's prefix, one digit, a card's last four.
    'order 4111 1111 1111 1112 shipped',
    'card number 1234 5678 9012 3456',
    'card number 0000 0000 0000 0000',
    'card ending 1112',
    'gift card 9999 8888 7777 6666',
    // One digit throughout; OCR letters for digits in a number that fails Luhn (ocr-id-values.test.ts keeps it too).
    'card number 5555 5555 5555 5555',
    'card 4III 1111 1111 1112',
  ])('look-alike %j', (text) => {
    expect(masked(text)).toBe(text);
  });
});

describe('L8: a card security code read aloud', () => {
  it.each([
    ['Caller: the three digit code on the back is five five eight', 'Caller: the three digit code on the back is [CVV]'],
    ['the cvv is nine one seven', 'the cvv is [CVV]'],
    // Held back.
    ['CUSTOMER: security number on the back, um, three oh nine', 'CUSTOMER: security number on the back, um, [CVV]'],
    ['caller: cvc is four four one', 'caller: cvc is [CVV]'],
    ['Agent: the 3 digits on the reverse? Caller: seven two six', 'Agent: the 3 digits on the reverse? Caller: [CVV]'],
    ['and the card verification code is one eight eight', 'and the card verification code is [CVV]'],
    // Amex's four-digit CID.
    ['the four digit code on the front is four two one eight', 'the four digit code on the front is [CVV]'],
    ['Agent: and the CID? Customer: four two one eight', 'Agent: and the CID? Customer: [CVV]'],
  ])('%j', (text, expected) => {
    expect(masked(text)).toBe(expected);
  });
  it('digits and words mixed, and one pseudonym with the written code', () => {
    expect(masked('the cvv is 7 three 7')).toBe('the cvv is [CVV]');
    const out = argumentsOf({ a: 'the cvv is seven three seven', b: 'CVV: 737' });
    const tokens = out.match(/\[CVV:psn_[^\]]+\]/g) ?? [];
    expect(tokens).toHaveLength(2);
    expect(tokens[0]).toBe(tokens[1]);
    for (const d of detectSensitive('the cvv is nine one seven')) expect(d.class).toBe('secret');
  });
  it('read by the card detector: not with the card detector off', () => {
    expect(detectSensitive('the cvv is nine one seven', { builtins: ['phone'] })).toEqual([]);
    expect(detectSensitive('the cvv is nine one seven', { builtins: ['card'] }).map((d) => d.type)).toEqual(['CVV']);
  });
  it.each([
    'the cvv field has three digits',
    'I have three kids aged one two and five',
    'the security code is one of the checks',
    'press one two three to continue',
  ])('look-alike %j', (text) => {
    expect(masked(text)).toBe(text);
  });
});

describe('L22: mobile advertising ids', () => {
  it('under their members', () => {
    const out = argumentsOf({ device: { advertising_id: '38400000-8cf0-11bd-b23e-10b96e40000d', idfa: '6D92078A-8246-4BA4-AE5B-76104861E7DC' }, gaid: 'cdda802e-fb9c-47ad-9866-0794d394c912', user: { adId: '7b3c9a1e-2f4d-4e6a-8b0c-5d2e8a9b1f3c' }, openrtb: { device: { ifa: 'AEBE52E7-03EE-455A-B3C4-E57283966239' } } });
    for (const raw of ['38400000-8cf0', '6D92078A', 'cdda802e', '7b3c9a1e', 'AEBE52E7']) expect(out).not.toContain(raw);
    expect(out.match(/\[DEVICE_ID:psn_/g)).toHaveLength(5);
  });
  it.each([
    ['install attributed: idfa=E621E1F8-C36C-495A-93FC-0C247A3E6E5F campaign=winter', 'install attributed: idfa=[DEVICE_ID] campaign=winter'],
    ['AAID 9a1f3c7d-5e2a-4b8c-9f3b-2c9d1e7a4f6b opted out: false', 'AAID [DEVICE_ID] opted out: false'],
    ['advertising id: 38400000-8cf0-11bd-b23e-10b96e40000d', 'advertising id: [DEVICE_ID]'],
    ['Google Ad ID 1b2c3d4e-5f60-4718-8a9b-0c1d2e3f4a5b', 'Google Ad ID [DEVICE_ID]'],
  ])('after their labels: %j', (text, expected) => {
    expect(masked(text)).toBe(expected);
  });
  it('the all-zero id of limited ad tracking, an ad\'s own number and other UUIDs stay', () => {
    expect(masked('IDFA 00000000-0000-0000-0000-000000000000')).toBe('IDFA 00000000-0000-0000-0000-000000000000');
    expect(masked('request id 9a1f3c7d-5e2a-4b8c-9f3b-2c9d1e7a4f6b')).toBe('request id 9a1f3c7d-5e2a-4b8c-9f3b-2c9d1e7a4f6b');
    const out = argumentsOf({ ad: { adId: '123456' }, ifa: '00000000-0000-0000-0000-000000000000', requestId: '7b3c9a1e-2f4d-4e6a-8b0c-5d2e8a9b1f3c', traceId: 'cdda802e-fb9c-47ad-9866-0794d394c912' });
    expect(out).toBe(JSON.stringify({ ad: { adId: '123456' }, ifa: '00000000-0000-0000-0000-000000000000', requestId: '7b3c9a1e-2f4d-4e6a-8b0c-5d2e8a9b1f3c', traceId: 'cdda802e-fb9c-47ad-9866-0794d394c912' }));
  });
});

describe('through an auditor into the ledger files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aa-card-data-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('none of the raw values reaches a segment file', async () => {
    const auditor = createAuditor({ agent: { id: 'cards' }, sink: fileLedger({ dir: join(dir, 'ledger'), keyDir: join(dir, 'keys'), fsync: false }), redactor: createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) }), redactionWorker: false });
    auditor.record({ type: 'tool.result', session: 'c1', tool: { name: 'pos.swipe', result: { track2: ';4111111111111111=28091010000012300000?', note: 'card number 4111 1111 1111 1112 keeps failing' } } });
    auditor.record({ type: 'message.user', session: 'c1', content: { input: 'Agent: the 3 digits on the reverse? Caller: seven two six' } });
    auditor.record({ type: 'tool.call', session: 'c1', tool: { name: 'ads.attribute', arguments: { idfa: 'E621E1F8-C36C-495A-93FC-0C247A3E6E5F' } } });
    await auditor.close();
    let stored = '';
    const walk = (at: string): void => {
      for (const entry of readdirSync(at, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(at, entry.name));
        else stored += readFileSync(join(at, entry.name), 'utf8');
      }
    };
    walk(join(dir, 'ledger'));
    expect(stored.length).toBeGreaterThan(0);
    for (const raw of ['28091010000012300000', '4111 1111 1111 1112', 'seven two six', 'E621E1F8']) expect(stored).not.toContain(raw);
  });
});
