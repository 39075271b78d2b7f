// The open parts of O3, O4, O6, L7 and L13 of the thirteenth probe of 2026-12-05
// (test/redaction/probe-2026-12-05f.cases.md): an airport routing of IATA codes joined by dashes
// (`PVG-FRA-ORD`), a US city before its state's code (`Hodgkins, IL` read as `Surname, Given`), a
// product before its model or size and a method with a number word (`Stanley Quencher H2.0`,
// `Lean Six Sigma`), a courier before its trade's word (`Kerry Express`, `Olva Courier`), an
// Indonesian drink whose lead word is a surname (`Teh Botol Sosro`), an Indonesian field label at a
// line's start (`Kantor:`), a Vietnamese count read as a house number and street (`Có 12 Người,
// quận 1`), a Chinese city after a two-letter surname in capitals (`HE Guangzhou`), and a
// Vietnamese landmark named after a person (`Lăng Chủ tịch Hồ Chí Minh`, `Trường THPT Lê Quý Đôn`).
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../packages/core/src/redaction/detectors.js';
import { masked } from './masked-text.js';
import { timeRatio } from './linear-time.js';

const cases: Array<[string, string[], string[]]> = [
  // [text, personal values that must be masked, neighbouring text that must be kept]
  ['Routing: CNSHA → SGSIN → NLRTM; air leg PVG-FRA-ORD on LH 8421.', [], ['PVG-FRA-ORD', 'LH 8421']],
  ['Itinerary: LHR-DXB-SYD-AKL booked by agent Maria Lopez', ['Maria Lopez'], ['LHR-DXB-SYD-AKL']],
  ['Sector ORD-LAX-HNL, crew chief GRANT Harlow', [], ['ORD-LAX-HNL']],
  ['Departed Facility — Hodgkins, IL 12/02/2026 11:02', [], ['Hodgkins, IL']],
  ['Arrived at Sort Facility — Jackson, MS 12/03; signed by Tom Hodgkins', ['Tom Hodgkins'], ['Jackson, MS']],
  ['Origin: Wilson, NC, US', [], ['Wilson, NC']],
  ['Bestsellers: Dyson V15 Detect, Stanley Quencher H2.0, Owala FreeSip 24oz', [], ['Stanley Quencher H2.0']],
  ['Skills: Supply Chain Management · Lean Six Sigma · Microsoft Excel', [], ['Lean Six Sigma']],
  ['Certified Six Sigma Black Belt; mentor: Dana Whitfield', ['Dana Whitfield'], ['Six Sigma Black Belt']],
  ['วัดพระแก้ว, Central World, Kerry Express, Thailand Post', [], ['Kerry Express']],
  ['destino: Miraflores; Olva Courier.', [], ['Olva Courier']],
  ['Driver Kerry Walsh of Kerry Express called', ['Kerry Walsh'], ['Kerry Express']],
  ['Shipped with Ashley Freight and Olva Cargo', [], ['Ashley Freight', 'Olva Cargo']],
  ['Produk: Indomie Goreng, Kopi Kapal Api, Teh Botol Sosro', [], ['Teh Botol Sosro']],
  ['Minum Teh Botol dingin setiap hari', [], ['Teh Botol']],
  ['Nama: Teh Siew Ling', ['Siew Ling'], []],
  ['Kantor: PT Maju Jaya\nRumah: Jl. Melati 3, Jakarta', [], ['Kantor:']],
  ['Alamat: Jl. Melati 3\nKantor: Gedung Sarinah Lt. 4', [], ['Kantor:']],
  ['Có 12 Người, quận 1', [], ['12 Người']],
  ['Nhà có 3 Phòng, phường 4', [], ['3 Phòng']],
  ['Địa chỉ: 45 Nguyễn Huệ, Quận 1', ['45 Nguyễn Huệ'], []],
  ['HE Guangzhou', [], ['HE Guangzhou']],
  ['Branch office: HU Shanghai / WU Hangzhou', [], ['HU Shanghai', 'WU Hangzhou']],
  ['name LI Zhiqiang / 李志强', ['Zhiqiang'], []],
  ['Điểm đến: Vịnh Hạ Long, Lăng Chủ tịch Hồ Chí Minh, sân bay Tân Sơn Nhất.', [], ['Lăng Chủ tịch Hồ Chí Minh']],
  ['Tham quan Bảo tàng Hồ Chí Minh, Nhà tù Hỏa Lò', [], ['Hồ Chí Minh', 'Hỏa Lò']],
  ['Trường THPT Lê Quý Đôn, Bệnh viện Bạch Mai', [], ['Lê Quý Đôn', 'Bạch Mai']],
  ['Khách hàng Nguyễn Văn An đến Lăng Chủ tịch Hồ Chí Minh', ['Nguyễn Văn An'], ['Hồ Chí Minh']],
];

describe('trade names, routings, cities, counts and landmarks are no persons (O3, O4, O6, L7, L13 of 2026-12-05f)', () => {
  it.each(cases)('%s', (text, secret, keep) => {
    const out = masked(text);
    for (const value of secret) expect(out).not.toContain(value);
    for (const value of keep) expect(out).toContain(value);
  });

  it('keeps a person in a speaker label and after a name cue', () => {
    expect(masked('Kantor: I disagree with the plan.')).not.toContain('Kantor');
    expect(masked('Patient: Hodgkins, Ilse')).not.toContain('Hodgkins');
    expect(masked('Ms Stanley Quencher called')).not.toContain('Quencher');
  });

  it('reads floods of routings, states and counts in linear time', () => {
    const unit = 'PVG-FRA-ORD Hodgkins, IL Stanley Quencher H2 Lean Six Sigma Kerry Express Có 12 Người, quận 1 HE Guangzhou Teh Botol Kantor: ';
    const make = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});
