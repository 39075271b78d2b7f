// Japanese and Korean names and keys (the second README-only probe of 2026-12-04, G18): katakana
// names after a cue or before `と申します`, `저는 … 입니다`, and the keys 氏名, 生年月日, 성명, 생년월일.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';
import { createKeyring } from './keys.js';
import { createRedactor } from './redactor.js';
import type { RedactionResult } from '../spec/redactor.js';
import type { UnsealedEvent } from '../spec/event.js';

const persons = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('Japanese names written in katakana, and names before と申します', () => {
  it.each([
    ['私の名前はクザロ・ヴリンタクです', 'クザロ・ヴリンタク'],
    ['ドルヴァン・ウェンリクスと申します', 'ドルヴァン・ウェンリクス'],
    ['患者：クザロ・ヴリンタク', 'クザロ・ヴリンタク'],
    ['氏名：エリカ', 'エリカ'],
    ['私の名前はエリカです', 'エリカ'],
    ['クザロ・ヴリンタクさんが来院', 'クザロ・ヴリンタク'],
    ['山田太郎と申します', '山田太郎'],
    ['マリア ガルシアといいます', 'マリア ガルシア'],
    ['エリカと申します', 'エリカ'],
  ])('%s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });

  it.each(['ファイルの名前はレポートです', '担当はサポートです', 'ソフトウェア・エンジニアです', 'コーヒー・ショップに行きました', 'エンジニアさん', '私はエンジニアです', 'これはデータベースといいます'])('%s: no person', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('Korean: 저는 … 입니다', () => {
  it.each([
    ['저는 박서준입니다', '박서준'],
    ['나는 김민준이야', '김민준'],
    ['저는 이수진이에요', '이수진'],
  ])('%s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });
  it.each(['저는 오늘 바빠요', '저는 학생입니다', '저는 정말 좋아요'])('%s: no person', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('Japanese, Chinese and Korean keys of a name or a date of birth', () => {
  const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(6)]) });
  const args = (values: Record<string, unknown>): Record<string, unknown> =>
    ((redactor.redact({ v: 1, id: '01JTESTCJK0000000000000000', ts: '2026-12-04T12:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'a' }, tool: { name: 'register', arguments: values } } as unknown as UnsealedEvent, { capture: {} }) as RedactionResult).event.tool?.arguments ?? {}) as Record<string, unknown>;

  it('masks 氏名, 姓名, 성명, フリガナ and 生年月日, 出生日期, 생년월일, 誕生日', () => {
    const out = args({ 氏名: 'クシャルスク ウェン', フリガナ: 'クシャルスク ウェン', 姓名: '王伟', 성명: '박서준', 生年月日: '1984年3月12日', 出生日期: '1984-03-12', 생년월일: '1984-03-12', 誕生日: '3月12日' });
    for (const key of ['氏名', 'フリガナ', '姓名', '성명']) expect(out[key]).toMatch(/^\[PERSON:/);
    for (const key of ['生年月日', '出生日期', '생년월일']) expect(out[key]).toMatch(/^\[DOB:/);
    expect(out['氏名']).toBe(out['フリガナ']);
  });

  it('名前 and 이름 ("name") are a person’s beside a family name or personal members, a thing’s otherwise', () => {
    expect(args({ 姓: '山田', 名前: '太郎' })['名前']).toMatch(/^\[PERSON:/);
    expect(args({ 名前: '山田太郎', 生年月日: '1984-03-12' })['名前']).toMatch(/^\[PERSON:/);
    expect(args({ 이름: '박서준', 생년월일: '1984-03-12' })['이름']).toMatch(/^\[PERSON:/);
    expect(args({ 名前: 'レポート.pdf', サイズ: 3 })).toEqual({ 名前: 'レポート.pdf', サイズ: 3 });
    expect(args({ 이름: '보고서', 件名: '会議' })).toEqual({ 이름: '보고서', 件名: '会議' });
  });
});
