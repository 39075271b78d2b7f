// Issue 13: addresses-intl.ts detectArabicAddresses (L7 of the probe of 2026-12-06b), written from the Stryker run of
// 2026-12-06d (docs/TESTING.md, the row of the Arabic and Turkish address readers), whose only tests went through the
// redactor (probe-2026-12-06b.test.ts "L7": which words were stored). Called directly, every span as written and its
// type and class: a street with a number, with another part, alone as the whole text, after a cue; buildings and flats
// only two together or after a cue; a post box alone.
import { describe, expect, it } from 'vitest';
import { detectArabicAddresses } from '../../packages/core/src/redaction/addresses-intl.js';
import type { Detection } from '../../packages/core/src/redaction/types.js';

const spans = (text: string): string[] => {
  const out: Detection[] = [];
  detectArabicAddresses(text, out);
  for (const d of out) expect([d.type, d.class]).toEqual(['ADDRESS', 'pii.address']);
  return out.map((d) => text.slice(d.start, d.end));
};

describe('detectArabicAddresses: when a run of parts is an address', () => {
  it('a street with a number, or with another part', () => {
    expect(spans('أسكن في 24 شارع الحمراء، بيروت')).toEqual(['24 شارع الحمراء، بيروت']);
    expect(spans('شارع فلسطين 12')).toEqual(['شارع فلسطين 12']);
    expect(spans('شارع فلسطين، عمارة 14')).toEqual(['شارع فلسطين، عمارة 14']);
    expect(spans('قطعة 5، شارع 10، منزل 20، السالمية')).toEqual(['قطعة 5، شارع 10، منزل 20، السالمية']);
  });

  it('a quarter and its city alone are an address only as the whole text (blanks and a full stop around)', () => {
    // A street's word and a listed city are an address in prose too since 2026-12-07 (arabic-prose-streets-2026-12-07.test.ts);
    // a quarter's (`حي`) keeps the rule of the whole text.
    expect(spans('حي العليا، الرياض')).toEqual(['حي العليا، الرياض']);
    expect(spans('  حي العليا، الرياض. ')).toEqual(['حي العليا، الرياض']);
    expect(spans('حي العليا، الرياض اليوم')).toEqual([]);
    expect(spans('قال: حي العليا، الرياض')).toEqual([]);
    expect(spans('شارع فلسطين، جدة')).toEqual(['شارع فلسطين، جدة']);
    expect(spans('شارع فلسطين')).toEqual([]);
  });

  it('after a cue, a street and its parts', () => {
    expect(spans('العنوان: شارع جامعة الدول العربية، المهندسين، الجيزة')).toEqual(['شارع جامعة الدول العربية، المهندسين، الجيزة']);
    expect(spans('Address: شارع الاستقلال 45، عمّان')).toEqual(['شارع الاستقلال 45، عمّان']);
  });

  it('a flat or a building: two together, or one after a cue; a post box alone', () => {
    expect(spans('شقة 5')).toEqual([]);
    expect(spans('عنواني: شقة 5')).toEqual(['شقة 5']);
    expect(spans('شقة 5 عمارة 14')).toEqual(['شقة 5 عمارة 14']);
    expect(spans('شقة 5، عمارة 14')).toEqual(['شقة 5، عمارة 14']);
    expect(spans('أقيم في شقة 5، عمارة 14، شارع فلسطين، جدة')).toEqual(['شقة 5، عمارة 14، شارع فلسطين، جدة']);
    expect(spans('ص.ب 1234، الرياض 11431')).toEqual(['ص.ب 1234، الرياض 11431']);
  });

  it('look-alikes stay', () => {
    for (const text of ['شارع الحمراء مشهور بالمقاهي', 'ميدان التحرير، القاهرة', 'زرت حي الحمراء، بيروت اليوم', 'هو حي يرزق', 'تواصل معنا عن طريق البريد الإلكتروني']) expect(spans(text), text).toEqual([]);
  });
});
