// A date of birth after a Thai label (J25 of the fourth README-only probe of 2026-12-04): `วันเกิด
// 12/03/1984`, `เกิดวันที่ 12/03/1984`, `วัน เดือน ปี เกิด: 12 มี.ค. 2527` (a Buddhist-era year and a
// Thai month abbreviation) were stored raw. Other spellings of the kind than the row's examples,
// and Thai dates with no birth label that stay.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';

const dobs = (text: string): string[] => detectSensitive(text).filter((found) => found.type === 'DOB').map((found) => text.slice(found.start, found.end));

describe('a date after a Thai date-of-birth label', () => {
  it.each([
    ['ผู้ป่วยวันเกิด 14 ก.ค. 2511 ที่อยู่ กรุงเทพ', '14 ก.ค. 2511'],
    ['เกิดเมื่อวันที่ 14 กรกฎาคม 2511', '14 กรกฎาคม 2511'],
    ['วันเดือนปีเกิด 3 พ.ย. 2522', '3 พ.ย. 2522'],
    ['วันเกิด: 1968-07-14', '1968-07-14'],
    ['เกิด 21/08/2533', '21/08/2533'],
    ['ชื่อ สมชาย เกิดวันที่ 2 ธันวาคม 2530', '2 ธันวาคม 2530'],
  ])('%j: the date is a DOB', (text, date) => {
    expect(dobs(text)).toEqual([date]);
  });

  it.each([
    'วันที่ 12 มี.ค. 2567 ประชุม',
    'สั่งซื้อวันที่ 14/07/2568',
    'เกิดข้อผิดพลาด 12/03/2024',
    'ราคา 12 มี.ค. 2567',
  ])('%j stays', (text) => {
    expect(dobs(text)).toEqual([]);
  });
});
