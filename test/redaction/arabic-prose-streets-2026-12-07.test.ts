// Issue 11: the Arabic street words in prose, decided as the Persian ones were on 2026-12-07 (docs/REDACTION.md, the
// Persian/Arabic street row): a street's word (`شارع`, `طريق`, `جادة`, `زقاق`, `درب`), its name, a comma and a listed
// city (AR_PLACES) are an address in prose, with no cue and no number. A street alone, a square's, a corniche's or a
// quarter's word before a city, and a word that is no listed city stay.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { masked } from './masked-text.js';

const spans = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'ADDRESS').map((d) => text.slice(d.start, d.end));

describe('Arabic streets: a street, a comma and a listed city in prose', () => {
  it.each([
    // [text, the address, what stays]: each stored raw before (no cue, no number).
    ['زرت شارع الحمراء، بيروت اليوم', 'شارع الحمراء، بيروت', 'اليوم'],
    ['شارع فلسطين، جدة اليوم', 'شارع فلسطين، جدة', 'اليوم'],
    ['وصل الطرد إلى شارع التحلية، جدة أمس', 'شارع التحلية، جدة', 'أمس'],
    ['أنا في طريق الملك فهد، الرياض الآن', 'طريق الملك فهد، الرياض', 'الآن'],
    ['قال: شارع فلسطين، جدة', 'شارع فلسطين، جدة', 'قال:'],
  ])('%j: the street and the city are an address', (text, address, stays) => {
    expect(spans(text)).toEqual([address]);
    expect(masked(text)).toContain(stays);
  });

  it('held back: other street words, names and cities, blanks around the comma, a word after', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('شارع', 'طريق', 'جادة', 'زقاق', 'درب', 'وشارع', 'بشارع'),
        fc.constantFrom('الرشيد', 'المعز', 'الاستقلال', 'النصر', 'الملك عبدالعزيز'),
        fc.constantFrom('بغداد', 'القاهرة', 'عمان', 'دمشق', 'الدوحة', 'الدار البيضاء'),
        fc.constantFrom('، ', '،', ' ، ', ', '),
        fc.constantFrom('', 'اليوم', 'أمس', 'مساء'),
        (street, name, city, comma, tail) => {
          const address = `${street} ${name}${comma}${city}`;
          const text = `ذهبت إلى ${address}${tail === '' ? '' : ` ${tail}`}`;
          const found = spans(text);
          return found.length === 1 && found[0]!.endsWith(city) && found[0]!.includes(name);
        },
      ),
      { numRuns: 150 },
    );
  });

  it.each([
    // A famous street visited, no city after it; a street and a word that is no listed city; a square, a corniche and a
    // quarter before a city (a landmark's or a place of the city); `عن طريق` ("by way of"); a street described.
    'زرت شارع الحمراء',
    'زرت شارع الحمراء أمس مع أصدقائي',
    'شارع الحمراء، مزدحم جدا',
    'شارع الحمراء مشهور بالمقاهي',
    'ميدان التحرير، القاهرة',
    'مشينا على كورنيش النيل، القاهرة',
    'يقع المطعم في حي السفارات، الرياض',
    'تواصل معنا عن طريق البريد، الرياض',
    'هو حي يرزق',
  ])('%j stays', (text) => expect(spans(text)).toEqual([]));

  it.each([
    ['أسكن في 24 شارع الحمراء، بيروت', '24 شارع الحمراء، بيروت'],
    ['العنوان: شارع جامعة الدول العربية، المهندسين، الجيزة', 'شارع جامعة الدول العربية، المهندسين، الجيزة'],
    ['خیابان ولیعصر، تهران دیروز رسید', 'خیابان ولیعصر، تهران'],
  ])('%j stays masked as before', (text, address) => expect(spans(text)).toEqual([address]));

  it('twice the streets cost about twice the time', () => {
    const make = (n: number): string => 'زرت شارع الحمراء، بيروت اليوم و '.repeat(Math.ceil(n / 32));
    expect(timeRatio((text) => detectSensitive(text), make, 20_000, 40_000)).toBeLessThan(2.6);
  });
});
