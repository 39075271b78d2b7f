// L13 of the thirteenth probe of 2026-12-05 (test/redaction/probe-2026-12-05f.cases.md): addresses of
// Thailand and Vietnam written in their own language kept the house number and street raw (`ที่อยู่
// 99/123 หมู่บ้านพฤกษา ถนนรามอินทรา …`, `55/7 หมู่ 3 ตำบลสุเทพ …`, `45 Nguyễn Huệ, phường Bến Nghé, Quận 1`).
// Now addresses-intl.ts reads a Thai house number before an address part's word and the parts after
// it, Thailand's `Moo`/`Soi` in Latin letters, and a Vietnamese house number and street before a
// comma and a ward, district or city word.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../packages/core/src/redaction/detectors.js';
import { timeRatio } from './linear-time.js';

const addresses = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'ADDRESS').map((d) => text.slice(d.start, d.end));

describe('Thai and Vietnamese addresses in their own language (L13)', () => {
  it.each([
    ['ที่อยู่ 88/12 ซอยลาดพร้าว 71 ถนนลาดพร้าว แขวงสะพานสอง เขตวังทองหลาง กรุงเทพฯ 10310\nโทร 02-555-0101', '88/12 ซอยลาดพร้าว 71 ถนนลาดพร้าว แขวงสะพานสอง เขตวังทองหลาง กรุงเทพฯ 10310'],
    ['ส่งที่ 14 หมู่ 6 ตำบลหนองป่าครั่ง อำเภอเมือง เชียงใหม่ 50000', '14 หมู่ 6 ตำบลหนองป่าครั่ง อำเภอเมือง เชียงใหม่ 50000'],
    ['Deliver to 212/4 Moo 9, Tambon Chalong, Amphoe Mueang, Phuket 83130', '212/4 Moo 9'],
    ['Address: 88/1 Soi Ari 4, Phaya Thai, Bangkok 10400', '88/1 Soi Ari 4'],
    ['Địa chỉ: 27 Trần Hưng Đạo, phường Phan Chu Trinh, quận Hoàn Kiếm, Hà Nội', '27 Trần Hưng Đạo'],
    ['Giao hàng: Số 8 ngõ 115 phố Nguyễn Khang, phường Yên Hòa, quận Cầu Giấy', 'Số 8 ngõ 115 phố Nguyễn Khang'],
    ['Người nhận ở 102/5 đường Cách Mạng Tháng Tám, P. 11, Q. 3, TP. HCM', '102/5 đường Cách Mạng Tháng Tám'],
  ])('%s', (text, address) => {
    expect(addresses(text).some((found) => found.includes(address)), JSON.stringify(addresses(text))).toBe(true);
  });

  it('keeps numbers of other things', () => {
    for (const text of ['รหัสสินค้า 12 ชิ้น ราคา 500 บาท', 'ห้อง 12 หมายเลข 5', 'Version 3 Moo cow', 'Phòng 3, Quận 1', 'Tổng cộng 12 sản phẩm, giao trong 3 ngày', 'Quận 1 có 12 phường']) expect(addresses(text), text).toEqual([]);
  });

  it('reads floods of house numbers and parts in linear time', () => {
    const unit = '99/12 หมู่ 3 ถนน 12 Moo 4, 5 Soi Ari 45 Nguyễn Huệ Lê Lợi Bến, Có 12, phường ';
    const make = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});
