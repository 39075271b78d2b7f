// O3 and O4 of the thirteenth probe of 2026-12-05 (test/redaction/probe-2026-12-05f.cases.md):
// Vietnamese words and place names (`Vịnh Hạ Long`, `Chợ Bến Thành`, `Phố cổ Hội An`, ward and city
// names after `phường`/`TP.`, the card title `CĂN CƯỚC CÔNG DÂN`, `Địa chỉ`, `Điểm đến`), Indonesian
// and romanised Thai administrative units and card fields (`Kel. Kebon Sirih`, `Jakarta Pusat`,
// `Agama : ISLAM`, `Tambon Suthep`, `Amphoe Mueang`) and products (`Indomie Goreng`, `Kopi Kapal
// Api`) were read as persons. Now place-heads.ts reads their heads and the units before them,
// names.ts the card's field labels, the words and the multi-word places.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../packages/core/src/redaction/detectors.js';
import { masked } from './masked-text.js';
import { timeRatio } from './linear-time.js';

const persons = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('Vietnamese, Indonesian and Thai places and card fields are no persons (O3, O4)', () => {
  it.each([
    'Lịch trình: Vịnh Hạ Long, Chợ Bến Thành, Phố cổ Hội An, Đà Nẵng',
    'CĂN CƯỚC CÔNG DÂN\nSố / No.: [redacted]',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nChứng minh nhân dân',
    'Địa chỉ văn phòng: tầng 5, phường Bến Nghé, Quận 1, TP. Hồ Chí Minh',
    'Điểm đến: Chợ Đà Lạt, Vịnh Nha Trang',
    'Alamat: Kel. Menteng Atas, Kec. Setiabudi, Jakarta Selatan',
    'Agama : KATOLIK\nPekerjaan : KARYAWAN SWASTA\nKewarganegaraan : WNI',
    'Office: Tambon Chalong, Amphoe Mueang, Phuket',
    'Dikirim dari Gudang Shopee Cibitung; isi: Indomie Goreng, Kopi Kapal Api',
  ])('%s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it('still masks the persons beside them', () => {
    expect(masked('Họ và tên: NGUYỄN VĂN AN, phường Bến Nghé')).not.toContain('NGUYỄN VĂN AN');
    expect(masked('Nama : SITI AMINAH\nAgama : ISLAM')).not.toContain('SITI AMINAH');
    expect(masked('Nama : SITI AMINAH\nAgama : ISLAM')).toContain('Agama : ISLAM');
    expect(masked('Người nhận: Trần Thị Mai, Quận 1')).not.toContain('Trần Thị Mai');
    expect(masked('Contact Khun Somchai at Tambon Chalong office')).toContain('Tambon Chalong');
    // A Vietnamese name before a verb of saying and a colon, and a name with every syllable capitalized, stay names.
    expect(masked('Mai trả lời: vâng ạ')).not.toContain('Mai');
    expect(masked('Trần Thị Mai:  đã nhận hàng')).not.toContain('Trần Thị Mai');
  });

  it('reads floods of these heads, units and labels in linear time', () => {
    const unit = 'CĂN CƯỚC CÔNG DÂN Mai\nĐịa chỉ: phường Bến Nghé, Kel. Menteng, Tambon Chalong, Agama : ISLAM, Jakarta Pusat ';
    const make = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    expect(timeRatio(detectSensitive, make, 25_000, 50_000)).toBeLessThanOrEqual(3);
  });
});
