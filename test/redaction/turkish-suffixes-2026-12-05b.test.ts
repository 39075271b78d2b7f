// L14 of the ninth probe of 2026-12-05 (test/redaction/probe-2026-12-05b.cases.md): a Turkish name
// with a case suffix after an apostrophe (`Ayşe Kaya'nın`, `Mehmet Öztürk'e`, `Zeynep Demir'den`)
// was stored raw, or only its given name masked (`[PERSON] Aydın'ın`): the suffixed word is one
// token and no listed surname. Now the words before the apostrophe are the name and the suffix stays
// (name-contexts.ts turkishSuffixedNames); a noun that leads it (`Hasta`, `Müşteri`, `Dosya`) stays,
// firms, institutions and places do (`Yapı Kredi'nin`, `İstanbul Havalimanı'na`).
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../packages/core/src/index.js';

const persons = (text: string) => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('L14: Turkish names with a case suffix', () => {
  it.each([
    // The probe's inputs.
    ["Ayşe Kaya'nın telefon numarası değişti", 'Ayşe Kaya'],
    ["Mehmet Öztürk'e e-posta gönderildi", 'Mehmet Öztürk'],
    ["Zeynep Demir'den gelen dilekçe", 'Zeynep Demir'],
    ["Emre Çelik'in adresi güncellendi", 'Emre Çelik'],
    ["Dosya Can Yücel'e iletildi", 'Can Yücel'],
    ["Hasta Elif Şahin'in tahlilleri çıktı", 'Elif Şahin'],
    ["Müşteri Serkan Koç'a ulaşılamadı", 'Serkan Koç'],
    ["Ahmet Yılmaz'ın telefonu 0532 555 01 43", 'Ahmet Yılmaz'],
    ["Burak Aydın'ın TC kimlik numarası", 'Burak Aydın'],
    // Held back: three names, a typographic apostrophe, other suffixes, a title.
    ["Ayşe Nur Kaya'nın dosyası", 'Ayşe Nur Kaya'],
    ['Fatma Arslan’la görüşüldü', 'Fatma Arslan'],
    ["Sayın Hakan Kurt'un başvurusu", 'Hakan Kurt'],
    ["Kemal Aksoy'dan ödeme alındı", 'Kemal Aksoy'],
  ])('%s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });

  it('boundaries: firms, places and one word with a suffix', () => {
    for (const text of ["Microsoft'un yeni ürünü", "Ankara'da toplantı", "İstanbul'dan geldi", "Yapı Kredi'nin şubesi", "Garanti Bankası'nın müşterisi", "İstanbul Havalimanı'na gitti", "Koç Holding'in hisseleri", "Real Madrid'in maçı", "Google Cloud'un", "Apple Music'e ekle", "Visit Hawai'i today"]) {
      expect(persons(text)).toEqual([]);
    }
  });

  it('a hostile input: suffixed words repeated', () => {
    expect(persons("Ayşe Kaya'nın ".repeat(15_000)).length).toBeGreaterThan(0);
    expect(detectSensitive("A'a ".repeat(50_000))).toBeDefined();
  });
});
