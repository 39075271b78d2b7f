// Non-personal numbers masked as personal ones of the wrong type (O5 of the thirteenth README-only
// probe, 2026-12-05f, issue 11): a German dosage schedule (`Tropfen 20-20-20-20`: morning, noon,
// evening, night) as a PHONE, a courier's waybill number under `운송장번호` (a 12-digit number that
// passes Luhn) as a CARD, a Korean business registration number (사업자등록번호, `124-81-00998`) as an
// MRN, and a bank's routing number and sort code beside the bank's name or SWIFT code as ACCOUNT_NUMBER.
// The row's inputs, others of each kind made up here, and the personal numbers beside them that stay masked.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { kept, leaks, storedResults } from './masked-text.js';

const { stored } = storedResults(createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(4)]), sessionMemory: false }));

describe('O5: dosage schedules, waybills, business numbers and bank codes', () => {
  it('the probe rows', () => {
    expect(kept('Rp. Ibuprofen 600 mg Filmtabletten N2 S. 1-1-1; Pantoprazol 40 mg 1-0-0; Novaminsulfon 500 mg Tropfen 20-20-20-20.', ['20-20-20-20'])).toEqual([]);
    expect(stored({ 배송지: '서울특별시 강남구 테헤란로 152', 운송장번호: '6893-1120-4457' })).toContain('6893-1120-4457');
    expect(kept('사업자등록번호: 124-81-00998 (삼성전자주식회사), 통신판매업신고 2026-서울강남-01234', ['124-81-00998'])).toEqual([]);
    const bank = stored({ aba: '021000021', bankIban: 'DE89370400440532013000', sortCode: '20-00-00', swift: 'CHASUS33' });
    expect(bank).toContain('021000021');
    expect(bank).toContain('20-00-00');
    expect(bank).not.toContain('DE89370400440532013000');
  });
  it.each([
    ['drops', 'Metamizol 500 mg Tropfen 20-20-20-20', '20-20-20-20'],
    ['tablets', 'Insulin Actrapid 12-10-8 IE; Ramipril 5 mg Tabletten 1-0-1', '12-10-8'],
    ['after a unit', 'Prednisolon 5 mg 10-10-5-5 nach dem Essen', '10-10-5-5'],
    ['a schedule label', 'Dosierung: 15-15-15-15 Tropfen', '15-15-15-15'],
  ])('a dosage schedule: %s', (_name, text, value) => {
    expect(kept(text, [value])).toEqual([]);
  });
  it.each([
    ['송장번호', { 송장번호: '6893-1120-4457' }],
    ['주문번호', { 주문번호: '6893-1120-4457' }],
    ['trackingNumber', { trackingNumber: '6893-1120-4457' }],
  ])('a 12-digit number under %s', (_name, value) => {
    expect(stored(value)).toContain('6893-1120-4457');
  });
  it('a 12-digit number after a waybill or tracking label in text', () => {
    expect(kept('운송장번호: 6893-1120-4457 (CJ대한통운)', ['6893-1120-4457'])).toEqual([]);
    expect(kept('Tracking number 6893 1120 4457', ['6893 1120 4457'])).toEqual([]);
  });
  it.each([
    ['with a colon', '사업자등록번호: 220-81-62517 (네이버)', '220-81-62517'],
    ['short label', '사업자번호 120-86-53322', '120-86-53322'],
    ['English', 'Business Registration No. 124-81-00998', '124-81-00998'],
  ])('a Korean business registration number: %s', (_name, text, value) => {
    expect(kept(text, [value])).toEqual([]);
  });
  it('bank codes beside the bank', () => {
    expect(stored({ aba: '026009593', bank: 'Bank of America' })).toContain('026009593');
    expect(stored({ routingNumber: '021000021', bankName: 'JPMorgan Chase', accountNumber: '31926819' })).toContain('021000021');
    expect(stored({ routingNumber: '021000021', bankName: 'JPMorgan Chase', accountNumber: '31926819' })).not.toContain('31926819');
    expect(stored({ sort_code: '40-47-84', bic: 'MIDLGB22' })).toContain('40-47-84');
  });
  it('still masked: phones, cards, hospital registration numbers and bank codes alone', () => {
    expect(leaks('Rückruf unter 030 20 20 20 20', ['20 20 20 20'])).toEqual([]);
    expect(leaks('Karte 4111 1111 1111 1111', ['4111 1111 1111 1111'])).toEqual([]);
    expect(leaks('환자 등록번호: 12345678', ['12345678'])).toEqual([]);
    expect(stored({ cardNumber: '6893-1120-4457' })).not.toContain('6893-1120-4457');
    expect(stored({ aba: '021000021', routing_number: '021000021' })).not.toContain('021000021');
    expect(stored({ sort_code: '20-00-00', accountNumber: '31926819' })).not.toContain('20-00-00');
  });
  it('linear: schedules and labels repeated', () => {
    const make = (n: number) => 'Tropfen 20-20-20-20; 운송장번호: 6893-1120-4457; 사업자등록번호: 220-81-62517. '.repeat(Math.ceil(n / 68)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});
