// L8 of the thirteenth probe of 2026-12-05 (test/redaction/probe-2026-12-05f.cases.md): a Korean name in
// Hangul as the value of a courier's recipient key (`{"수령인":"김민준"}`, `{"받는분":"이서연"}`) and
// after English `… number of` was stored raw. Now the recipient and sender keys of Korean, Chinese
// and Japanese waybills are strong person roles (key-names.ts STRONG_PERSON_ROLES), a Hangul or Han
// value of more than four syllables stays (a warehouse, a firm), and `of` is an English cue before a
// Korean name of three syllables or more (names.ts KO_VERB_CUE).
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';
import { masked, storedResults } from './masked-text.js';

const { stored } = storedResults(createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]), sessionMemory: false }), 'c');

describe('a Korean name under a courier key and after `of` (L8)', () => {
  it.each([
    [{ 수령인: '정하늘', 연락처: '010-5555-0142', 택배사: 'CJ대한통운' }, '정하늘', 'CJ대한통운'],
    [{ 받는분: '한지민', 메모: '문 앞에 놓아주세요' }, '한지민', '문 앞에 놓아주세요'],
    [{ 받는사람: '오세훈', 보내는분: '최유리' }, '오세훈', '"보내는분"'],
    [{ 收件人: '刘德明', 寄件人: '京东自营仓' }, '刘德明', '京东自营仓'],
  ])('%j', (result, name, kept) => {
    const out = stored(result);
    expect(out).not.toContain(name);
    expect(out).toContain(kept);
  });

  it('keeps warehouses and firms under those keys', () => {
    expect(stored({ 수령인: '서울물류센터', 보내는분: '(주)카카오' })).toBe(JSON.stringify({ 보내는분: '(주)카카오', 수령인: '서울물류센터' }));
  });

  it.each([
    ['The resident registration number of 윤서준 is on file.', '윤서준', 'The resident registration number of '],
    ['Please attach the passport copy of 송지아 to the claim.', '송지아', 'Please attach the passport copy of '],
  ])('%s', (text, name, kept) => {
    expect(masked(text)).not.toContain(name);
    expect(masked(text)).toContain(kept);
  });

  it('keeps Korean words after `of` that are no names', () => {
    for (const text of ['the price of 김치찌개 is 9000 won', 'a photo of 서울타워 at night', 'the end of 고객 정보 section']) expect(masked(text), text).toBe(text);
  });
});
