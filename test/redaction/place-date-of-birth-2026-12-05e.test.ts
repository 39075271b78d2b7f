// L10 of the thirteenth probe of 2026-12-05 (test/redaction/probe-2026-12-05f.cases.md): an Indonesian
// date of birth after the label of the place and date together (`Tempat/Tgl Lahir : JAKARTA,
// 07-08-1987`, `Tempat, tanggal lahir:`, `TTL:`), the date after the birthplace and a comma, was
// stored raw. Now `DOB` (detectors.ts PLACE_FIRST_LABEL, dobPlaceComma); `TTL` before a date alone
// (a cache's time-to-live) stays.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../packages/core/src/redaction/detectors.js';
import { masked } from './masked-text.js';
import { timeRatio } from './linear-time.js';

const dobs = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'DOB').map((d) => text.slice(d.start, d.end));

describe('a date of birth after the place of birth and a comma (L10)', () => {
  it.each([
    ['PROVINSI DKI JAKARTA\nNIK : 3174054708870003\nTempat/Tgl Lahir : JAKARTA, 07-08-1987\nJenis Kelamin : PEREMPUAN', '07-08-1987'],
    ['Tempat, tanggal lahir: Semarang, 3 Maret 1979', '3 Maret 1979'],
    ['TTL: Denpasar, 14-02-1995', '14-02-1995'],
    ['Tempat/Tgl. Lahir: Kota Bandar Lampung, 30 Desember 1988', '30 Desember 1988'],
    ['ttl : MEDAN, 01/10/1975 ; pekerjaan: wiraswasta', '01/10/1975'],
    ['Tgl Lahir: 12-03-1984', '12-03-1984'],
  ])('%s', (text, date) => {
    expect(dobs(text)).toEqual([date]);
    expect(masked(text)).not.toContain(date);
  });

  it('keeps a time-to-live and dates after other words', () => {
    for (const text of ['TTL: 2026-01-01', 'cache ttl: 3600', '{"ttl": "2026-12-31"}', 'TTL 86400, expires 2026-12-31', 'Tempat: Bandung, 21-06-2026 (rapat)']) expect(dobs(text), text).toEqual([]);
    expect(masked('Tempat, tanggal lahir: Bandung, 21 Juni 1992')).toContain('Tempat, tanggal lahir:');
  });

  it('reads a flood of these labels in linear time', () => {
    const unit = 'TTL: Kota Bandar Lampung Raya, Tempat/Tgl Lahir : JAKARTA, TTL: 2026-01-01 ';
    const make = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});
