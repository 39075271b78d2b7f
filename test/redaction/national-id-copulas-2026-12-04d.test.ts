// National ids after their label and a copula or possessive word, and ids of countries not listed
// (J15 of the fourth README-only probe of 2026-12-04): `Mój PESEL to 44051401359`, `TC kimlik
// numaram 10000000146`, `mi RUT es 12.345.678-5`, Thai `เลขประจำตัวประชาชน …`, Saudi `رقم الإقامة …`,
// `my NIN is …`, Israeli `תעודת הזהות שלי …`, and `{주민등록번호}`, `{teudat_zehut}` keys were stored
// raw. Other spellings of the kind than the row's examples, and look-alikes that stay.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '@agent-audit/core';
import type { JsonValue, UnsealedEvent } from '@agent-audit/core';

const ids = (text: string): string[] => detectSensitive(text).filter((found) => found.type === 'NATIONAL_ID').map((found) => text.slice(found.start, found.end));

describe('a national id after its label and a copula, a possessive or a number word with a suffix', () => {
  it.each([
    ['Mój PESEL jest 90090515836', '90090515836'],
    ['T.C. Kimlik numarası: 12345678950', '12345678950'],
    ['kimlik numaran 12345678950', '12345678950'],
    ["TC Kimlik No'su 12345678950", '12345678950'],
    ['su RUT es 7.654.321-K', '7.654.321-K'],
    ['รหัสบัตรประชาชน เลขที่ 3-1006-01234-56-7', '3-1006-01234-56-7'],
    ['เลขบัตรประชาชน คือ 3100601234567', '3100601234567'],
    ['رقم الهوية الوطنية 1087654321', '1087654321'],
    ['Iqama number: 2456789012', '2456789012'],
    ['NIN: 70123456789', '70123456789'],
    ['ת"ז 123456782', '123456782'],
    ['מספר הזהות שלו הוא 123456782', '123456782'],
  ])('%j: the id is masked', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it.each([
    'kimlik doğrulama 2 adımda',
    'Kimlik kartı yenilendi 2024',
    'the NIN of 12 lines',
    'RUT es 12',
    'we run it 12345678 times',
    'PESEL to pole obowiązkowe',
    'my rut is 12345678 miles deep',
  ])('%j stays', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('a national id under a key of its country', () => {
  const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]) });
  const redacted = async (result: Record<string, JsonValue>): Promise<Record<string, JsonValue>> => {
    const event = { id: 'e1', ts: '2026-12-04T00:00:00.000Z', agent: { id: 'a' }, type: 'tool.result', tool: { name: 'lookup', result } } as unknown as UnsealedEvent;
    const out = await redactor.redact(event, {});
    return out.event.tool?.result as Record<string, JsonValue>;
  };

  it('Hangul, Thai, Arabic and Hebrew keys and the transliterated Israeli one', async () => {
    const out = await redacted({ 외국인등록번호: '9001015234567', เลขประจำตัวประชาชน: '3100601234567', 'رقم الإقامة': '2456789012', 'מספר זהות': '123456782', teudatZehut: '123456782', iqama_number: '2456789012' });
    for (const value of Object.values(out)) expect(value).toMatch(/^\[NATIONAL_ID:psn_/);
  });

  it('look-alike keys stay', async () => {
    const out = await redacted({ run: '12345678', runNumber: 7, kimlikDogrulama: 'ok' });
    expect(out).toEqual({ run: '12345678', runNumber: 7, kimlikDogrulama: 'ok' });
  });
});
