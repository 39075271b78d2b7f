import { describe, expect, it } from 'vitest';
import { detectIntlAddresses } from './addresses-intl.js';
import type { Detection } from './types.js';

// Issue 13: direct calls on the reader of Japanese addresses in Latin letters (addresses-intl.ts
// japaneseLatin, L5 of the sixth probe of 2026-12-04), written for a Stryker run on its lines
// (docs/TESTING.md): exact spans and normalized values of the number-first order (a head, a postal
// code or a cue needed) and the head-first order, the parts' gaps, bounds and the gates.
const countDigits = (text: string): number => [...text].filter((c) => c >= '0' && c <= '9').length;
function found(text: string, digits = countDigits(text)): Array<[string, string, string | undefined]> {
  const out: Detection[] = [];
  detectIntlAddresses(text, out, digits, 0, false);
  return out.map((d) => [d.type, text.slice(d.start, d.end), d.normalized]);
}

describe('japaneseLatin', () => {
  it.each([
    ["2-5-8 Jingumae, Shibuya-ku, Tokyo", [["ADDRESS", "2-5-8 Jingumae, Shibuya-ku, Tokyo", "2-5-8 jingumae shibuya-ku tokyo"]]],
    ["4-2-8 Shibakoen, Minato-ku, Tokyo 105-0011", [["ADDRESS", "4-2-8 Shibakoen, Minato-ku, Tokyo 105-0011", "4-2-8 shibakoen minato-ku tokyo 105-0011"], ["ADDRESS", "Minato-ku, Tokyo 105-0011", "minato-ku tokyo 105-0011"]]],
    ["Address line 1: 2-5-8 Jingumae", [["ADDRESS", "2-5-8 Jingumae", "2-5-8 jingumae"]]],
    ["Address: 2-5-8 Jingumae", [["ADDRESS", "2-5-8 Jingumae", "2-5-8 jingumae"]]],
    ["I live at 1-1 Oshiage", [["ADDRESS", "1-1 Oshiage", "1-1 oshiage"]]],
    ["ship to \"1-1 Oshiage", [["ADDRESS", "1-1 Oshiage", "1-1 oshiage"]]],
    ["1-1 Oshiage", []],
    ["1-1, Oshiage, Sumida-ku", [["ADDRESS", "1-1, Oshiage, Sumida-ku", "1-1 oshiage sumida-ku"]]],
    ["3-14-1 Quillon-cho", [["ADDRESS", "3-14-1 Quillon-cho", "3-14-1 quillon-cho"]]],
    ["3-14-1 Quillon-chō", [["ADDRESS", "3-14-1 Quillon-chō", "3-14-1 quillon-chō"]]],
    ["1-2-3 Kita-machi", [["ADDRESS", "1-2-3 Kita-machi", "1-2-3 kita-machi"]]],
    ["1-2-3 Nishi-gun", [["ADDRESS", "1-2-3 Nishi-gun", "1-2-3 nishi-gun"]]],
    ["1-2-3 Oka-mura", [["ADDRESS", "1-2-3 Oka-mura", "1-2-3 oka-mura"]]],
    ["1-2-3 Oka-son", [["ADDRESS", "1-2-3 Oka-son", "1-2-3 oka-son"]]],
    ["1-2-3 Oka-ken", [["ADDRESS", "1-2-3 Oka-ken", "1-2-3 oka-ken"]]],
    ["1-2-3 Oka-kun", []],
    ["1-2-3 Chuo 060-0001", [["ADDRESS", "1-2-3 Chuo 060-0001", "1-2-3 chuo 060-0001"]]],
    ["1-2-3 Chuo, 060-0001", [["ADDRESS", "1-2-3 Chuo, 060-0001", "1-2-3 chuo 060-0001"]]],
    ["1-2-3 Chuo Sapporo Hokkaido, Japan, Asia, Earth, Moon, Sun-ku", []],
    ["2-5-8 Jingumae,\nShibuya-ku", [["ADDRESS", "2-5-8 Jingumae,\nShibuya-ku", "2-5-8 jingumae shibuya-ku"]]],
    ["2-5-8 Jingumae\n  Shibuya-ku", [["ADDRESS", "2-5-8 Jingumae\n  Shibuya-ku", "2-5-8 jingumae shibuya-ku"]]],
    // A district no list or Hepburn reading makes an address alone (`Quillon`: L1 of probe-2026-12-05i reads `2-5-8 Jingumae` alone).
    ["2-5-8 Quillon,   Shibuya-ku", []],
    ["page 2-5-8 Jingumae, Shibuya-ku", [["ADDRESS", "2-5-8 Jingumae, Shibuya-ku", "2-5-8 jingumae shibuya-ku"]]],
    ["v1.2-5-8 Jingumae, Shibuya-ku", []],
    ["12345-1 Jingumae, Shibuya-ku", []],
    ["1-2-3-4 Jingumae, Shibuya-ku", []],
    ["2-5-8 jingumae, Shibuya-ku", []],
    ["2-5-8 Jingumae, Shibuya-ku, Tokyo 105-00111", [["ADDRESS", "2-5-8 Jingumae, Shibuya-ku, Tokyo", "2-5-8 jingumae shibuya-ku tokyo"]]],
    ["Minato-ku, Shibakoen 4-2-8", [["ADDRESS", "Minato-ku, Shibakoen 4-2-8", "minato-ku shibakoen 4-2-8"]]],
    ["Minato-ku Shibakoen 4-2-8, Tokyo 105-0011", [["ADDRESS", "4-2-8, Tokyo 105-0011", "4-2-8 tokyo 105-0011"], ["ADDRESS", "Minato-ku Shibakoen 4-2-8, Tokyo 105-0011", "minato-ku shibakoen 4-2-8 tokyo 105-0011"]]],
    ["Sapporo-shi, Chuo-ku Kita 1-2-3", [["ADDRESS", "Chuo-ku Kita 1-2-3", "chuo-ku kita 1-2-3"]]],
    ["Sapporo-shi, Chuo Kita Odori 1-2-3", []],
    ["Xminato-ku, Shibakoen 4-2-8", [["ADDRESS", "Xminato-ku, Shibakoen 4-2-8", "xminato-ku shibakoen 4-2-8"]]],
    ["Minato-ku, Shibakoen 4-2-8-9", []],
    ["Minato-ku, Shibakoen 4-2", [["ADDRESS", "Minato-ku, Shibakoen 4-2", "minato-ku shibakoen 4-2"]]],
    ["Minato-ku, Shibakoen 4-2-8, Tokyo", [["ADDRESS", "Minato-ku, Shibakoen 4-2-8, Tokyo", "minato-ku shibakoen 4-2-8 tokyo"]]],
    ["Minato-ku, Shibakoen 4-2-8, Tokyo 105-00112", [["ADDRESS", "Minato-ku, Shibakoen 4-2-8, Tokyo", "minato-ku shibakoen 4-2-8 tokyo"]]],
    ["1-2 Oshiage 5-6 Kita-ku", [["ADDRESS", "5-6 Kita-ku", "5-6 kita-ku"]]],
    ["the score was 2-1 Arsenal", []],
  ] as Array<[string, Array<[string, string, string]>]>)('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('the gates: two digits, a dash (the caller\u2019s digit count)', () => {
    expect(found('I live at 1-1 Oshiage', 1)).toEqual([]);
    expect(found('I live at 1-1 Oshiage', 2)).toEqual([['ADDRESS', '1-1 Oshiage', '1-1 oshiage']]);
    expect(found('I live at 1\u20111 Oshiage, Sumida-ku')).toEqual([]);
  });

  it('the class of the detections', () => {
    const out: Detection[] = [];
    detectIntlAddresses('Minato-ku, Shibakoen 4-2-8', out, 3, 0, false);
    expect(out).toEqual([{ start: 0, end: 26, type: 'ADDRESS', class: 'pii.address', normalized: 'minato-ku shibakoen 4-2-8' }]);
  });

  it('a postal code ends the address; a gap is a comma or a line break right after a part', () => {
    expect(found('1-2-3 Chuo 060-0001, Tokyo')).toEqual([['ADDRESS', '1-2-3 Chuo 060-0001', '1-2-3 chuo 060-0001']]);
    // `Quillon`: no Hepburn word, so no address alone (L1 of probe-2026-12-05i reads `2-5-8 Jingumae` alone).
    expect(found('2-5-8 Quillon.Ab-ku,X')).toEqual([]);
    expect(found('2-5-8 Quillon.Ab-ku\nX')).toEqual([]);
    expect(found('2-5-8 Quillon.\nShibuya-ku')).toEqual([]);
  });
});
