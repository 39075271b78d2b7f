// Street addresses of Japan, China, Korea, Russia, India and Brazil, and coordinates of a
// person's place (addresses-intl.ts; issue 11: a fresh attacker's addresses in these forms and
// coordinates reached the ledger). Through detectSensitive, so the rules are checked as the
// redactor runs them, after overlap resolution.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectIntlAddresses } from './addresses-intl.js';
import { detectSensitive, resolveOverlaps } from './detectors.js';
import type { Detection } from './types.js';

// The cases call the detector directly, with the counts detectText passes (fast enough for
// mutation testing); the last block checks that detectSensitive runs it.
const spans = (text: string, type = 'ADDRESS') => {
  const out: Detection[] = [];
  detectIntlAddresses(text, out, (text.match(/\d/g) ?? []).length, (text.match(/\./g) ?? []).length, /[\u0400-\uffff]/.test(text));
  return resolveOverlaps(out).filter((d) => d.type === type).map((d) => text.slice(d.start, d.end));
};

describe('addresses by country', () => {
  it.each([
    ['〒100-0001 東京都千代田区千代田1-1-1', '〒100-0001 東京都千代田区千代田1-1-1'],
    ['大阪府大阪市北区梅田3丁目1番1号', '大阪府大阪市北区梅田3丁目1番1号'],
    ['私は横浜市中区山下町1-2-3に住んでいます', '横浜市中区山下町1-2-3'],
    ['住所：札幌市中央区北1条西2丁目 ', '札幌市中央区北1条西2丁目'],
    ['北京市朝阳区建国路88号', '北京市朝阳区建国路88号'],
    ['我住在上海市浦东新区世纪大道100号', '上海市浦东新区世纪大道100号'],
    ['广东省深圳市南山区科技园南区2栋301室', '广东省深圳市南山区科技园南区2栋301室'],
    ['寄到杭州市西湖区文三路398号3单元502室，谢谢', '杭州市西湖区文三路398号3单元502室'],
    ['서울특별시 강남구 테헤란로 152', '서울특별시 강남구 테헤란로 152'],
    ['주소: 종로구 세종대로 209, 감사합니다', '종로구 세종대로 209'],
    ['부산광역시 해운대구 우동 1234-5', '부산광역시 해운대구 우동 1234-5'],
    ['성남시 분당구 판교역로 235 101동 1203호', '성남시 분당구 판교역로 235 101동 1203호'],
    ['г. Москва, ул. Тверская, д. 7, кв. 15', 'г. Москва, ул. Тверская, д. 7, кв. 15'],
    ['Адрес: Невский проспект, д. 28, Санкт-Петербург', 'Невский проспект, д. 28'],
    ['улица Ленина, 5', 'улица Ленина, 5'],
    ['г Москва, ул Тверская, д 7, кв 15', 'г Москва, ул Тверская, д 7, кв 15'],
    ['Москва, ул. Тверская, 7-15', 'ул. Тверская, 7-15'],
    ['г. Киев, вул. Хрещатик, 22', 'г. Киев, вул. Хрещатик, 22'],
    ['190000, г. Казань, пр-т Победы, дом 12, корп. 2, кв. 40', '190000, г. Казань, пр-т Победы, дом 12, корп. 2, кв. 40'],
    ['Flat 12, MG Road, Bengaluru, Karnataka 560001', 'Flat 12, MG Road, Bengaluru, Karnataka 560001'],
    ['H.No. 12-3-456, Banjara Hills, Hyderabad 500034', 'H.No. 12-3-456, Banjara Hills, Hyderabad 500034'],
    ['ship to 12/3 Lajpat Nagar, New Delhi - 110024 today', '12/3 Lajpat Nagar, New Delhi - 110024'],
    ['Rua das Flores, 123, apto 45, Centro, São Paulo - SP, 01234-567', 'Rua das Flores, 123, apto 45, Centro, São Paulo - SP, 01234-567'],
    ['Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200', 'Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200'],
  ])('%s', (text, address) => {
    expect(spans(text)).toEqual([address]);
  });

  it.each([
    '市場1-2位',
    '第3章88号文件',
    '版本 3.2.1 发布了',
    '세 번째로 2개',
    '2024년 3월 5일',
    'ул. Ленина',
    'ул. Тверская закрыта до 7 вечера',
    'Санкт-Петербург 2024',
    'Invoice 12, Total Amount Due 450000',
    'A rua estava vazia, 3 carros',
    'Order 1234 shipped 2024-05-01',
  ])('leaves %s', (text) => {
    expect(spans(text)).toEqual([]);
  });

  // Property: a Brazilian street line of any listed street word, a name of one to four words and
  // a number, with or without its apartment, city - UF and CEP, is one span, whole.
  it('reads Brazilian street lines whole, in their usual spellings (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Rua', 'R.', 'Avenida', 'Av.', 'Travessa', 'Alameda', 'Praça', 'Estrada'),
        fc.array(fc.constantFrom('das', 'Flores', 'Brigadeiro', 'Faria', 'Lima', 'São', 'João', 'XV', 'de', 'Novembro'), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 99999 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (street, words, number, apartment, city, cep) => {
          if (/^(?:das|de)$/.test(words[0] as string)) words = ['Flores', ...words];
          const line = `${street} ${words.join(' ')}, ${number}${apartment ? ', apto 12' : ''}${city ? ' - Bela Vista, São Paulo - SP' : ''}${cep ? ', 01310-200' : ''}`;
          expect(spans(`Entrega: ${line}.`)).toEqual([line]);
        },
      ),
      { seed: 11, numRuns: 300 },
    );
  });
});

describe('coordinates of a person\'s place (GEO, pii.location)', () => {
  it.each([
    ['home at 40.712776, -74.005974', '40.712776, -74.005974'],
    ['lat: 51.5074, lon: -0.1278', '51.5074, lon: -0.1278'],
    ['?latitude=48.85661&longitude=2.35222', '48.85661&longitude=2.35222'],
    ['my location is 51°30′26″N 0°7′39″W', '51°30′26″N 0°7′39″W'],
    ['geo:37.786971,-122.399677;u=35', 'geo:37.786971,-122.399677;u=35'],
    ['patient lives near 52.3676, 4.9041', '52.3676, 4.9041'],
    ['GPS 35.6895 139.6917', '35.6895 139.6917'],
    ['current location: 51.5074, -0.1278', '51.5074, -0.1278'],
    ['pickup at 40.7128, -74.0060 please', '40.7128, -74.0060'],
  ])('%s', (text, geo) => {
    expect(spans(text, 'GEO')).toEqual([geo]);
  });

  it.each(['located at 52.520008, 13.404954', 'pi is 3.14159, e is 2.71828', 'home page 2', 'position 1.250, 2.500', 'lat: 95.1234, lon: 10.1234', 'temperature at home: 21.500, 22.750', 'GPS accuracy 12.345, 67.890 ms', 'home 3.141592, 2.718281', 'home: 23.456, 12.345 (prices in EUR)'])('leaves %s', (text) => {
    expect(spans(text, 'GEO')).toEqual([]);
  });
});

describe('through detectSensitive', () => {
  it.each([
    ['北京市朝阳区建国路88号', 'ADDRESS', 'pii.address'],
    ['서울특별시 강남구 테헤란로 152', 'ADDRESS', 'pii.address'],
    ['улица Ленина, 5', 'ADDRESS', 'pii.address'],
    ['12/3 Lajpat Nagar, New Delhi - 110024', 'ADDRESS', 'pii.address'],
    ['Rua das Flores, 123', 'ADDRESS', 'pii.address'],
    ['home at 40.712776, -74.005974', 'GEO', 'pii.location'],
  ])('%s', (text, type, dataClass) => {
    const found = detectSensitive(text).filter((d) => d.type === type);
    expect(found.map((d) => d.class)).toEqual([dataClass]);
  });

  it('counts digits and full stops for it, and reads Han, Hangul and Cyrillic only where they are', () => {
    // Without the wide flag the scripts' rules are not run.
    const out: Detection[] = [];
    detectIntlAddresses('北京市朝阳区建国路88号', out, 2, 0, false);
    expect(out).toEqual([]);
    // Six digits cannot hold a house number and a PIN.
    detectIntlAddresses('12 MG Road, Delhi 11002', out, 7, 0, false);
    expect(out).toEqual([]);
    detectIntlAddresses('12 MG Road, Delhi 110024', out, 8, 0, false);
    expect(out.length).toBe(1);
  });
});

// A fresh probe of 2026-12-03 (row 59): coordinates with their hemispheres, labelled without a
// colon, and in map links were stored raw.
describe('coordinates with hemispheres, labels without a colon, map links (GEO)', () => {
  it.each([
    ['GPS: 51.5074 N, 0.1278 W', '51.5074 N, 0.1278 W'],
    ['51.5074 N, 0.1278 W', '51.5074 N, 0.1278 W'],
    ['at 51.5074°N 0.1278°W', '51.5074°N 0.1278°W'],
    ['33.8688 S, 151.2093 E', '33.8688 S, 151.2093 E'],
    [`51°30'26.6"N 0°07'40.0"W`, `51°30'26.6"N 0°07'40.0"W`],
    ['51°30′26″N, 0°7′39″W', '51°30′26″N, 0°7′39″W'],
    ['lat 51.5074, lon -0.1278', '51.5074, lon -0.1278'],
    ['latitude 48.8566 longitude 2.3522', '48.8566 longitude 2.3522'],
    ['https://maps.google.com/?q=51.5074,-0.1278', '51.5074,-0.1278'],
    ['see maps.google.com/?q=40.7128,-74.0060 ok', '40.7128,-74.0060'],
    ['https://www.google.com/maps/@51.5074,-0.1278,15z', '51.5074,-0.1278'],
    ['https://www.google.co.uk/maps/place/Big+Ben/@51.5007292,-0.1268141,17z/data=x', '51.5007292,-0.1268141'],
    ['https://www.google.com/maps/search/?api=1&query=47.5951518%2C-122.3316393', '47.5951518%2C-122.3316393'],
    ['https://www.openstreetmap.org/#map=15/51.5074/-0.1278', '51.5074/-0.1278'],
    ['https://maps.apple.com/?ll=51.5074,-0.1278&q=Home', '51.5074,-0.1278'],
    ['https://www.bing.com/maps?cp=51.5074~-0.1278&lvl=15', '51.5074~-0.1278'],
    ['https://waze.com/ul?ll=51.5074,-0.1278&navigate=yes', '51.5074,-0.1278'],
  ])('%s', (text, geo) => {
    expect(spans(text, 'GEO')).toEqual([geo]);
  });

  it('both pairs of an OpenStreetMap link with a marker', () => {
    expect(spans('https://www.openstreetmap.org/?mlat=51.5074&mlon=-0.1278#map=15/51.5074/-0.1278', 'GEO')).toEqual(['51.5074&mlon=-0.1278', '51.5074/-0.1278']);
  });

  it.each([
    'version 1.5, 2.0',
    'v1.2.3 and 2.10.4',
    'prices 51.5074, 0.1278 EUR',
    'total 1234.5678 N',
    'The 2.5 N force at 3.0 W',
    'torque 51.5074 N, 0.1278 Wh',
    'https://github.com/org/repo/releases/tag/v51.5074',
    'https://example.com/maps/v2/51.5074,0.1278',
    'https://maps.google.com/?q=Big+Ben',
    'https://www.google.com/maps/@95.5074,-0.1278,15z',
    'lat 5 lon 6',
    'latency 51.5074, long 0.1278',
  ])('leaves %s', (text) => {
    expect(spans(text, 'GEO')).toEqual([]);
  });
});
