// Tests written to kill the mutants of addresses-intl.ts that addresses-intl.test.ts lets live
// (issue 13, StrykerJS): each input is named after what it means. detectIntlAddresses is called
// directly with the counts detectText passes.
import { describe, expect, it } from 'vitest';
import { detectIntlAddresses } from './addresses-intl.js';
import type { Detection } from './types.js';

const detect = (text: string, wide = /[\u0400-\uffff]/.test(text)) => {
  const out: Detection[] = [];
  detectIntlAddresses(text, out, (text.match(/\d/g) ?? []).length, (text.match(/\./g) ?? []).length, wide);
  return out;
};
const spans = (text: string, type = 'ADDRESS') => detect(text).filter((d) => d.type === type).map((d) => text.slice(d.start, d.end));

describe('Japanese place names before the block number', () => {
  it.each([
    // 一 (U+4E00) and the iteration mark 々 start or sit inside the place names.
    ['愛知県一宮市本町1-2-3', '愛知県一宮市本町1-2-3'],
    ['送付先 一宮市本町2丁目5番', '一宮市本町2丁目5番'],
    ['渋谷区代々木1-2-3', '渋谷区代々木1-2-3'],
    // Katakana with ー and ヶ inside the names.
    ['千代田区霞ヶ関1-2-3', '千代田区霞ヶ関1-2-3'],
    ['港区センター南1-2-3', '港区センター南1-2-3'],
    // Sapporo's grid: the digits 0 and 9 inside the place names.
    ['札幌市中央区北10条西9丁目', '札幌市中央区北10条西9丁目'],
    ['札幌市北区北9条西1丁目', '札幌市北区北9条西1丁目'],
  ])('%s', (text, address) => {
    expect(spans(text)).toEqual([address]);
  });

  it('leaves a number and the digits before the place names out of the span (a list number)', () => {
    expect(spans('5横浜市中区山下町1-2-3')).toEqual(['横浜市中区山下町1-2-3']);
  });

  it('walks back at most 24 characters of place names', () => {
    // The municipality (市) 25 characters back is out of reach; 24 back, in.
    expect(spans(`横浜市${'本'.repeat(24)}1-2-3`)).toEqual([]);
    expect(spans(`横浜市${'本'.repeat(23)}1-2-3`)).toEqual([`市${'本'.repeat(23)}1-2-3`]);
  });

  it('reads a prefecture with no municipality character (北海道) before the block', () => {
    expect(spans('北海道ニセコ1-2-3')).toEqual(['北海道ニセコ1-2-3']);
  });

  it('reads a postal code before place names with no municipality or prefecture', () => {
    expect(spans('〒100-0001 千代田1-1-1')).toEqual(['〒100-0001 千代田1-1-1']);
  });

  it('reads two numbers (1-1) after a prefecture or a postal code, not after a ward alone', () => {
    expect(spans('東京都千代田区永田町1-7')).toEqual(['東京都千代田区永田町1-7']);
    expect(spans('〒530-0001 大阪市北区梅田1-1')).toEqual(['〒530-0001 大阪市北区梅田1-1']);
    expect(spans('横浜市中区1-2')).toEqual([]);
    // Two numbers of two digits each are two numbers too.
    expect(spans('横浜市中区12-34')).toEqual([]);
    expect(spans('東京都千代田区永田町12-34')).toEqual(['東京都千代田区永田町12-34']);
  });

  it('reads the postal code only right before the place names, up to 12 characters back', () => {
    expect(spans('お届け先のご住所は次の通りです 〒530-0001 大阪市北区梅田1-1')).toEqual(['〒530-0001 大阪市北区梅田1-1']);
  });

  it('leaves a block number with no place names before it, even after a postal code', () => {
    expect(spans('〒100-0001 1-1-1')).toEqual([]);
  });
});

describe('Chinese roads and compounds', () => {
  it('leaves a road word with no name before it', () => {
    expect(spans('路88号')).toEqual([]);
    expect(spans('寄到路88号')).toEqual([]);
  });

  it('starts the address after the last lead word (寄到, 住在)', () => {
    expect(spans('我住在上海市浦东新区世纪大道100号')).toEqual(['上海市浦东新区世纪大道100号']);
    expect(spans('住在科技园南区2栋301室')).toEqual(['科技园南区2栋301室']);
  });

  it('reads a compound right after a lead word (住在小区…: the compound word is its name)', () => {
    expect(spans('住在小区2栋301室')).toEqual(['小区2栋301室']);
  });

  it('reads a compound with no place name before it (its word is its name)', () => {
    expect(spans('小区2栋301室')).toEqual(['小区2栋301室']);
  });

  it('reads a road whose place names start with 一 (U+4E00)', () => {
    expect(spans('送到 一环路88号')).toEqual(['一环路88号']);
  });

  it('walks back at most 24 Han characters before a road', () => {
    const text = `${'山'.repeat(30)}建国路88号`;
    expect(spans(text)).toEqual([`${'山'.repeat(22)}建国路88号`]);
  });
});

describe('Korean administrative units before the road', () => {
  it('reads up to three units before the road, not a fourth', () => {
    expect(spans('서울특별시 강남구 테헤란로 152')).toEqual(['서울특별시 강남구 테헤란로 152']);
    expect(spans('경기도 성남시 분당구 판교역로 235')).toEqual(['경기도 성남시 분당구 판교역로 235']);
    expect(spans('대한민국도 경기도 성남시 분당구 판교역로 235')).toEqual(['경기도 성남시 분당구 판교역로 235']);
  });

  it('needs a district (구, 군) right before a lot address, a city only above it', () => {
    expect(spans('부산광역시 해운대구 우동 1234-5')).toEqual(['부산광역시 해운대구 우동 1234-5']);
    expect(spans('부산광역시 우동 1234-5')).toEqual([]);
  });

  it('needs one space between the unit and the road', () => {
    expect(spans('강남구  테헤란로 152')).toEqual([]);
    expect(spans('강남구,테헤란로 152')).toEqual([]);
  });

  it('reads a unit at the very start of the text and one of two letters', () => {
    expect(spans('중구 세종대로 110')).toEqual(['중구 세종대로 110']);
    expect(spans('구 세종대로 110')).toEqual(['구 세종대로 110']);
  });

  it('reads a unit of up to 8 letters and not longer', () => {
    expect(spans('제주특별자치도 서귀포시 중앙로 105')).toEqual(['제주특별자치도 서귀포시 중앙로 105']);
    // A run of ten letters ending in 구: its last eight are read as the unit.
    expect(spans('가나다라마바사아자구 세종대로 209')).toEqual(['다라마바사아자구 세종대로 209']);
  });
});

describe('what the detector reports', () => {
  it('normalizes an address to lower case with single spaces for commas and runs of spaces', () => {
    const [found] = detect('г. Москва, ул. Тверская,  д. 7');
    expect(found).toMatchObject({ type: 'ADDRESS', class: 'pii.address', normalized: 'г. москва ул. тверская д. 7' });
    const [rua] = detect('Rua das Flores, 123');
    expect(rua?.normalized).toBe('rua das flores 123');
  });

  it('classes coordinates as pii.location', () => {
    expect(detect('home at 40.712776, -74.005974')).toMatchObject([{ type: 'GEO', class: 'pii.location', normalized: '40.712776 -74.005974' }]);
  });

  it('runs the Hangul and Cyrillic rules only when the text is wide', () => {
    expect(detect('서울특별시 강남구 테헤란로 152', false)).toEqual([]);
    expect(detect('улица Ленина, 5', false)).toEqual([]);
    expect(detect('서울특별시 강남구 테헤란로 152', true)).toHaveLength(1);
  });

  it('reads an Indian address of exactly seven digits (a one-digit house and the PIN)', () => {
    expect(spans('1 MG Road, Delhi 110024')).toEqual(['1 MG Road, Delhi 110024']);
  });

  it('reads a labelled latitude and longitude of exactly eight digits and two full stops', () => {
    expect(spans('lat: 1.234, lon: 5.678', 'GEO')).toEqual(['1.234, lon: 5.678']);
  });

  it('reads coordinates in degrees, minutes and seconds with one full stop or none', () => {
    expect(spans('GPS 51°30′26″N 0°7′39″W', 'GEO')).toEqual(['51°30′26″N 0°7′39″W']);
  });

  it('reads a latitude of 90 and a longitude of 180, not 181', () => {
    expect(spans('lat: 90.000, lon: 180.000', 'GEO')).toEqual(['90.000, lon: 180.000']);
    expect(spans('lat: -90.000, lon: -180.000', 'GEO')).toEqual(['-90.000, lon: -180.000']);
    expect(spans('lat: 10.123, lon: 181.123', 'GEO')).toEqual([]);
    expect(spans('lat: -95.123, lon: 10.123', 'GEO')).toEqual([]);
    expect(spans('lat: 10.123, lon: -181.123', 'GEO')).toEqual([]);
  });

  it('reads a cue right before a pair in a long text', () => {
    const text = `home at 40.712776, -74.005974 ${'and the rest of a long message about the visit. '.repeat(3)}`;
    expect(spans(text, 'GEO')).toEqual(['40.712776, -74.005974']);
    const late = `${'A long message about the visit and what was said there. '.repeat(3)}my location is 40.712776, -74.005974`;
    expect(spans(late, 'GEO')).toEqual(['40.712776, -74.005974']);
  });
});

describe('survivors of the after run (686ad8a)', () => {
  it('keeps brackets and separators around Japanese place names out of the span (full-width bracket, middle dot)', () => {
    expect(spans('（横浜市中区山下町1-2-3）')).toEqual(['横浜市中区山下町1-2-3']);
    expect(spans('東京・横浜市中区山下町1-2-3')).toEqual(['横浜市中区山下町1-2-3']);
    expect(spans('（北京市朝阳区建国路88号）')).toEqual(['北京市朝阳区建国路88号']);
  });

  it.each([[0x3400], [0x4dbf], [0x9fff]])('reads the ideograph U+%s at the edge of a CJK block inside a place name', (code) => {
    const place = `${String.fromCharCode(code)}环路88号`;
    expect(spans(`送到 ${place}`)).toEqual([place]);
  });

  it('reads katakana at the edges of its block (ァ, ヺ) inside a place name', () => {
    expect(spans('送付先 港区ァヺ1-2-3')).toEqual(['港区ァヺ1-2-3']);
  });

  it('leaves a road with no name after a one-character lead word (在路88号)', () => {
    expect(spans('在路88号')).toEqual([]);
  });

  it('runs the Han rules only when the text is wide, which is the default', () => {
    expect(detect('北京市朝阳区建国路88号', false)).toEqual([]);
    const out: Detection[] = [];
    detectIntlAddresses('北京市朝阳区建国路88号', out, 2, 0);
    expect(out.map((d) => d.type)).toEqual(['ADDRESS']);
  });

  it('leaves a number and a six-digit amount with no Indian word', () => {
    expect(spans('Invoice 12, Total Amount Due 450000')).toEqual([]);
  });

  it('reports a Brazilian street line as an ADDRESS', () => {
    expect(spans('Entrega: Rua das Flores, 123.')).toEqual(['Rua das Flores, 123']);
  });

  // A leak: the quick test before the Brazilian pattern wanted a space after the street word, the
  // pattern any white space, so a tab (a table cell copied from a spreadsheet) hid the address.
  it('reads a Brazilian street line with a tab or no-break space after the street word', () => {
    expect(spans('Rua\tdas Flores, 123')).toEqual(['Rua\tdas Flores, 123']);
    expect(spans('Av.\u00a0Paulista, 1578')).toEqual(['Av.\u00a0Paulista, 1578']);
  });

  it('reads a geo URI', () => {
    expect(spans('at geo:37.786971,-122.399677', 'GEO')).toEqual(['geo:37.786971,-122.399677']);
  });

  it('leaves a pair of decimal degrees with no cue before it', () => {
    expect(spans('located at 52.520008, 13.404954', 'GEO')).toEqual([]);
  });
});
